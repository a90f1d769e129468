"""The last resort for a percentage no rule placed: a change word of the lexicon in its clause gives it a direction,
unless something marks the percentage as a level, a share, a spread, a CI level, a bound or a criterion.

The rules before this one each ask for a size's exact place ("reduced A by x%", "a x% reduction", "reductions in A
(x%)"); blind samples kept finding new places ("loss of A in B (32%), C (13%)", "asthma (14%) and ADHD (46%)
prescriptions increased", "(AUC values: 22%; P)"). The places a level or a share takes are fewer, so this default
rules them out instead of asking for a size's place."""

from __future__ import annotations

import re

from rag.effects.lexicon import CHANGE_WORDS, direction
from rag.effects.percent_clause import _NOT_SIZE_AFTER
from rag.effects.percent_context import (
    _PCT_BOUND_BEFORE,
    _PERCENT_QUANTITY,
    _lost_weight,
    _magnitude,
    _window_start,
)
from rag.effects.percent_direction import _Direction
from rag.effects.text import _CLAUSE_WORDS, _Effect, _Sentence

# a change word, not part of a compound ("cholesterol-lowering") nor after a count ("30 improved (56%)")
_CHANGE = re.compile(rf"(?<![\-\w])(?<!\d\s)(?:{CHANGE_WORDS}|changes?)\b(?!-)", re.I)
# where an item of a change's sizes sits: alone in a bracket ("(32%)", "(AUC values: 22%", "(with WB, 38%"), after
# a comma, colon or "and" of a list ("..., 25.1% after 2 years, and 22.3%")
_ITEM_BEFORE = re.compile(
    r"(?:[(\[,:;]|\band|\bor)\s*(?:[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?\s*[,:=]\s*)?"
    r"(?:(?:approximately|about|around|nearly|almost|roughly)\s+|[~\u2248\u223c]\s*)?$",
    re.I,
)
# what right before it makes it a level, a share or a spread: "to 45%", "in 12%", "than 20%", "vs 11%", "12 (30%)",
# "(n = 5, 12%)", "33% (8.6%)", "patients (12%)", "below 8%"
_LEVEL_BEFORE = re.compile(
    r"(?:\b(?:to|from|in|at|than|vs\.?|versus|v\.|of|below|above|under|over|only|just|reach(?:ed|ing)?|was|were|is|"
    r"are)|[=<>\u2264\u2265]|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s*[(\[]|\d\s*%\s*[(\[]|"
    r"\bn\s*=\s*\d+\s*[,;]|\d\s*/\s*\d+\s*[,;(\[]|\b(?:\d+|[a-z]+)\s+(?:out\s+)?of\s+(?:the\s+)?\d*[^()\[\]]{0,40}[(\[]|"
    r"\bdifference\b[^()\[\]]{0,30}|\d,|(?<![.\d/\u00b1+-])\b\d+\s+(?:[A-Za-z]+\s+){0,2}[A-Za-z]+s\s*[(\[]|"
    # "most flares (72.4%)", "all helms (12%)": a share of a count
    r"\b(?:most|many|some|all|half|majority)\s+(?:of\s+)?(?:the\s+)?(?:[A-Za-z][\w\-]*\s+){0,2}[(\[]|"
    r"\b(?:patients|participants|subjects|women|men|children|people|individuals|cases|controls|respondents)"
    r"\s*[(\[])\s*(?:(?:approximately|about|around|nearly|almost|roughly)\s+|[~\u2248\u223c]\s*)?$",
    re.I,
)
# what may follow an item: the bracket closes, the list or clause goes on
_ITEM_AFTER = re.compile(
    r"\s*(?:$|[)\],;.:]|(?:and|or|in|for|after|at|with|during|over|respectively|when|since|following|on)\b"
    # or its CI: "5.1% (95% CI 4.8, 5.4) in A, 5.2% (4.9, 5.6) in B"
    r"|[(\[]\s*(?:\d{2}(?:\.\d+)?\s*%\s*CI\b|-?\d+(?:\.\d+)?\s*(?:,|to)\s*-?\d+(?:\.\d+)?\s*[)\]]))",
    re.I,
)
# "percent change per SD of A ... for B (3.25%; 95% CI ...)": a header naming the sizes changes, signed as printed
_PERCENT_CHANGE = re.compile(r"(?:\bpercent(?:age)?|%)\s+$", re.I)
# what right after it makes it a level: "x% of", "(x%) of", "x% vs y%", "x% to y%", "x% (n = 12)", "x% (12 of 40)",
# "x% CI", "x% +/- y%", "x% in the patients"
_LEVEL_AFTER = re.compile(
    r"\s*(?:[)\]]\s*)?(?:of\b|vs\.?|versus|v\.|than\b|to\s+\d|-\s*\d|or\s+(?:more|less|greater|higher|lower)\b|"
    r"CIs?\b|confiden|\u00b1|\+/-|[(\[]\s*(?:n\s*=|\d+\s*/\s*\d+|\w+\s+of\s+\d)|(?:in|among|for)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}(?:patients|participants|subjects|women|men|children|people|individuals|cases|controls)\b)",
    re.I,
)
# a percentage of the clause no rule read (not a CI level): a level, so the list it heads is one too
_PCT = re.compile(r"\d\s*(?:%|percent\b)(?!\s*(?:CIs?\b|confiden|credible))", re.I)
# what in the rest of its list makes the items levels: "(66.7% and 68.2% versus 12.5%", "(69% in 2001 to 80%",
# "(30.4% or 146/480", "(1.5% or 1%)", "(94% and 69% of patients", "to 52, 55, and 69%"
_LEVEL_LIST = re.compile(
    r"\b(?:vs\.?|versus|v\.|to|from)\s*[-+]?\d|\d\s*%?\s*(?:or\s+\d|/\s*\d|of\b)|\bin\s+(?:19|20)\d\d\b|\bn\s*=",
    re.I,
)
# words of the clause that name a level or a share ("the prevalence of A was reduced in 12%"); after a change word
# they are its own ("inhibition rates were x%")
_SHARE = re.compile(
    r"\b(?:proportions?|prevalence|percentages?|rates?|incidence|frequenc(?:y|ies)|shares?|fractions?|"
    r"patients|participants|subjects|cases|women|men|children|people|individuals|respondents|responders|those|"
    r"accuracy|sensitivity|specificity|survival|mortality|yield|efficiency|adherence|compliance|reclassification)\b",
    re.I,
)
# ("inhibition rates were x%"; "participants lost x% of their weight, y% after 2 years": the people who lost it)
_OWN_SHARE = re.compile(rf"\b(?:{CHANGE_WORDS})\s+(?:rates?|percentages?)\b|\b\w+\s+(?=lost\b)", re.I)
# the comparator's level, unless a P value says the change is compared ("reduced A (P), compared with B (26%)")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to)\b", re.I)
_P = re.compile(r"\b[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than)")
_ASSOCIATED = re.compile(r"\b(?:associated|linked)\s+with\s+(?:an?\s+|the\s+)?$", re.I)
# where a share was seen: "an improved RR was seen in the HIA (10.5%)"
_SEEN = re.compile(r"\b(?:seen|observed|found|noted|occurred|reported|detected)\s+(?:in|among|after)\b", re.I)
# a list that prints its signs: an unsigned item is a rise, whatever the words ("[changes: 11% and -1.4% ...]")
_SIGNED = re.compile(r"(?<![\w.])[-+\u2212]\s?\d+(?:\.\d+)?\s*%")
# after the list, the verb it is the subject of: "asthma (14%) and ADHD (46%) prescriptions increased"
_SUBJECT_LIST = re.compile(r"^[^;]*[)\]]\s*(?:[A-Za-z][\w\-/]*\s+){1,3}$")


def _default_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """The direction of a percentage no rule placed, from a change word of its clause (the module docstring)."""
    text = s.text
    if _lost_weight(s, m):  # "lost an average of 15% of fat mass"
        return _Direction("lost", m.start(), m.end(), place="default")
    if m.group("spread") or m.group("sign"):
        return None  # a mean with its spread is as often a level; a signed one has its own rules
    if not _ITEM_BEFORE.search(text, max(0, m.start() - 40), m.start()) or not _ITEM_AFTER.match(
        text, m.end()
    ):
        return None
    if _LEVEL_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _LEVEL_AFTER.match(text, m.end()):
        return None
    if _NOT_SIZE_AFTER.match(text, m.end()):  # "(78%) compared with A (only 61%)"
        return None
    if _PCT_BOUND_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return None
    start, end = _clause(s, m.start())
    depth = s.depth[m.start()]
    words = [w for w in _CHANGE.finditer(text, start, m.start()) if s.depth[w.start()] <= depth]
    word = words[-1] if words else None
    if word is None:  # "asthma (14%) and ADHD (46%) prescriptions increased": a change word after it
        word = next((w for w in _CHANGE.finditer(text, m.end(), end) if s.depth[w.start()] <= depth), None)
    if word is None:
        return None
    if direction(word.group(0)) not in ("up", "down") and not (
        direction(word.group(0)) == "change" and _PERCENT_CHANGE.search(text, 0, word.start())
    ):
        return None
    after = word.start() > m.start()
    lo, hi = (m.end(), word.start()) if after else (word.end(), m.start())
    between = text[lo:hi]
    if after and not (_SUBJECT_LIST.match(between) and word.group(0).lower().endswith("ed")):
        return None
    if _SHARE.search(_OWN_SHARE.sub("", text[start : m.start()])) or _SEEN.search(between):
        return None  # "the prevalence of A was reduced (12%)", "most injuries (81.1%)", "local control rates"
    if (
        not after
        and re.fullmatch(r"\s*[(\[]\s*", between)
        and direction(word.group(0))
        and not word.group(0).lower().endswith("ed")
    ):
        return None  # "hair loss (40%)", "clinical improvement (71%)": a condition's share
    if _ASSOCIATED.search(text, max(0, word.start() - 30), word.start()):
        return None  # "associated with improved patency (85%)": an outcome's level
    if re.search(r"\bfrom\b", between) or (_COMPARED.search(between) and not _P.search(between)):
        return None
    if _PERCENT_QUANTITY.search(between) or _SIGNED.search(text, start, _list_end(s, m.start(), end)):
        return None
    if any(lo < e.end <= hi and e.place != "default" for e in out):
        return None  # the word has its own size ("reduced A by 20% (from 40% to 32%)")
    read = [(e.start, e.end) for e in out]
    if any(not any(a <= p.start() < b for a, b in read) for p in _PCT.finditer(text, start, m.start())):
        return None  # "reduced A to 36% and 63%", "occurred in 22% after A and 24% after B": levels
    if _LEVEL_LIST.search(text[m.start() : _list_end(s, m.start(), end)]) or _LEVEL_LIST.search(between):
        return None
    if word.start() > m.start() and _SHARE.search(text, start, m.start()):
        return None  # "Among participants who ..., 11.7% with A progressed"
    if _magnitude(m) < 5 and _PERCENT_QUANTITY.search(text, start, end):
        return None  # "HbA1c declined, 0.5%": percentage points
    return _Direction(word.group(0), m.start(), m.end(), place="default")


def _clause(s: _Sentence, pos: int) -> tuple[int, int]:
    """Where the clause holding ``pos`` starts and ends (a ";" or ". ", or "but", "whereas", ... at its depth)."""
    text, depth = s.text, s.depth[pos]
    start = _window_start(s, pos, 250)
    for w in _CLAUSE_WORDS.finditer(text, start, pos):
        if s.depth[w.start()] <= depth:
            start = w.end()
    end = len(text)
    for i in range(pos, len(text)):
        if (text[i] == ";" and s.depth[i] <= depth) or text[i : i + 2] == ". ":
            end = i
            break
    if w := next((w for w in _CLAUSE_WORDS.finditer(text, pos, end) if s.depth[w.start()] <= depth), None):
        end = w.start()
    return start, end


def _list_end(s: _Sentence, pos: int, end: int) -> int:
    """Where the list holding ``pos`` ends: its bracket's close, else the clause's end."""
    depth = s.depth[pos]
    if depth:
        for i in range(pos, end):
            if s.depth[i] < depth:
                return i
    return end
