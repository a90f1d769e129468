"""A change compared between groups, its sizes given after the comparison: "An increase in A was significantly
greater in B than in C [x% (95% CI a-b) vs. y% (95% CI c-d), P]", "A increased significantly more (P) in B than in C
(x% and y%, respectively)", "Weight loss was greater in B than in C (x% vs. y% at 1 year; ...)", "The percentage
increase in A was larger for B (x%) than for C (y%)". The comparative says the percentages are sizes of the change
(not levels, as in "lower in B (x% vs y%)"), so each is read with the change's direction, and a CI in the bracket
right after a size that holds it is its own (with or without percent signs)."""

from __future__ import annotations

import re

from rag.effects.lexicon import pattern
from rag.effects.percent_clause import _P_BRACKET, _SHARE
from rag.effects.percent_context import _PCT_TOKEN, _PERCENT_QUANTITY, _magnitude, _window_start
from rag.effects.percent_direction import _NEGATIVE
from rag.effects.text import _CLAUSE_WORDS, _ci_after, _Effect, _Sentence

_WORDS = (
    r"[^\d%;:.()\[\]]"  # words between, no number and no bracket (a P value's bracket is taken out first)
)
_GROUP = rf"(?:in|for|among|with|on)\s+{_WORDS}{{1,60}}?"
# the change (a noun as the subject, or a verb), the comparative of its size and what it is compared with, up to
# the bracket of its sizes (or of the first group's size)
_COMPARED_BEFORE = re.compile(
    # (the change words from the lexicon: "the suppression of A was greater in B (x% vs y%)")
    rf"(?<![\-\w])(?:(?P<pct>percent(?:age)?\s+)?(?P<noun>{pattern('noun')})|(?P<verb>{pattern('past')}))\b"
    rf"(?P<what>{_WORDS}{{0,80}}?)"
    r"\b(?:was|were)?\s*(?:(?:statistically\s+)?(?:significantly|substantially|markedly|considerably|much|far|"
    r"slightly)\s+)?(?:greater|larger|more|smaller|less|bigger)\b"
    rf"(?:\s+(?P<than>{_GROUP}\s+than\s+(?:{_GROUP}|{_WORDS}{{1,40}}?))|\s+(?P<first>{_GROUP}))\s*[(\[]\s*$",
    re.I,
)
_COMPARATIVE = re.compile(r"\b(?:greater|larger|more|smaller|less|bigger)\b", re.I)
_OWN_CI = re.compile(
    r"\s*[(\[]\s*\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)\b[^()\[\]]{0,40}[)\]]", re.I
)
# between two sizes of the bracket: "vs.", "versus", "and", or "at 1 year; " before the next pair
_NEXT = re.compile(
    r"(?:\s+(?:at|after|over)\s+[^;,()\[\]%]{1,25}?)?\s*(?:[;,]\s*)?(?:(?:vs\.?|versus|and)\s+)?(?=[-+]?\d)",
    re.I,
)
_BRACKET_TAIL = re.compile(  # the bracket ends, after "respectively", a time or a P value
    r"(?:\s+(?:at|after|over)\s+[^;,()\[\]%]{1,25}?)?\s*(?:,\s*respectively\s*)?(?:[;,]\s*[Pp]\b[^()\[\]]*)?[)\]]",
    re.I,
)
# "(x%) than for C (y%)": the second group's size in a bracket of its own
_THAN_ITEM = re.compile(rf"\s*than\s+{_GROUP}\s*[(\[]\s*", re.I)


def _compared_changes(s: _Sentence, m: re.Match[str]) -> list[_Effect]:
    """The sizes of a change compared between groups, when ``m`` is the first of them (see the module docstring);
    an empty list when it is not."""
    text = s.text
    start = _window_start(s, m.start(), 250)
    if not _COMPARATIVE.search(text, start, m.start()):
        return []  # (a quick test first: most mentions have no comparative before them)
    before = _P_BRACKET.sub(lambda p: " " * len(p.group(0)), text[start : m.start()])
    found = _COMPARED_BEFORE.search(before)
    if not found or m.group("spread") or _CLAUSE_WORDS.search(found.group(0)):
        return []
    if _SHARE.search(found.group("what")) and not found.group("pct"):
        return []  # "the reduction in the rate of A was greater in B (x% vs y%)": rates, more often levels
    if _PERCENT_QUANTITY.search(found.group(0)):
        return []  # "the decrease in HbA1c was greater in B (x% vs y%)": percentage points
    word = found.group("noun") or found.group("verb")
    negative = bool(_NEGATIVE.match(word))  # ("lost" too)
    sizes = [m]
    if found.group("than"):  # every size of the bracket: "x% (CI) vs. y% (CI)", "x% and y%, respectively"
        pos = own.end() if (own := _OWN_CI.match(text, m.end())) else m.end()
        while (
            (sep := _NEXT.match(text, pos)) and sep.end() > pos and (nxt := _PCT_TOKEN.match(text, sep.end()))
        ):
            sizes.append(nxt)
            pos = own.end() if (own := _OWN_CI.match(text, nxt.end())) else nxt.end()
        if len(sizes) < 2 or not _BRACKET_TAIL.match(text, pos):
            return []
    else:  # "larger for B (x%) than for C (y%)"
        close = re.compile(r"\s*[)\]]").match(text, m.end())
        item = _THAN_ITEM.match(text, close.end()) if close else None
        nxt = _PCT_TOKEN.match(text, item.end()) if item else None
        if not nxt or not re.match(r"\s*[)\]]", text[nxt.end() :]):
            return []
        sizes.append(nxt)
    if any(k.group("spread") or k.group("ci") for k in sizes):
        return []
    out = []
    for k in sizes:
        magnitude = _magnitude(k)
        neg = (negative and k.group("sign") != "+") or k.group("sign") == "-"
        effect = _Effect("percent_change", -magnitude if neg else magnitude, k.start(), k.end())
        if (own := _OWN_CI.match(text, k.end())) and (
            ci := _ci_after(s, k.end(), magnitude, allow_units=False)
        ):
            lo, hi = min(ci.lower, ci.upper), max(ci.lower, ci.upper)
            if ci.end <= own.end() and lo - 1e-9 <= magnitude <= hi + 1e-9:
                effect.ci_level = ci.level
                effect.ci_lower, effect.ci_upper = (-hi + 0.0, -lo + 0.0) if neg else (ci.lower, ci.upper)
                effect.end = ci.end
        out.append(effect)
    return out
