"""Where the direction of a percent change comes from: a direction word after the number ("a 23% lower risk"), or
words before it ("reduced A by 12%", "a reduction of 25%", "increased (31%)"), or the change it continues in a
list ("by 12% and 20%", "(B, 9% [CI]; ...)"), or its own sign ("-50%")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.effects.lexicon import CHANGE_NOUNS, CHANGE_PAST, CHANGE_WORDS, COMPARATIVE_DOWN, DOWN_WORDS, pattern
from rag.effects.percent_clause import _clause_change, _labelled_item, _list_item
from rag.effects.percent_context import (
    _APPROX,
    _PCT_BOUND_BEFORE,
    _PERCENT_QUANTITY,
    _PERCENT_UNIT_AFTER,
    _in_exposure_step,
    _units_then_or,
    _window_start,
)
from rag.effects.text import _CLAUSE_WORDS, _Effect, _Sentence

_NEGATIVE = re.compile(rf"^(?:{DOWN_WORDS}|{'|'.join(COMPARATIVE_DOWN)})$", re.I)
_NOUN_WORD = (  # a word that can be a noun a change is of
    r"(?!(?:of|in|the|an?|and|or|to|for|with|at|on|by|from|was|were|is|are|had|has|showed|than|vs|who|that|which|"
    r"absolute|partial|complete|total|no|any)\b)(?![A-Za-z]+(?:ed|ing|ly)\b)[A-Za-z][\w\-]*"
)
# "23% lower risk", "an 18% reduction", "x and y%, respectively, higher", "80% more broccoli" (an "absolute"
# change is not relative)
_PCT_FOLLOWED_BY_DIRECTION = re.compile(
    r"(?:\s*,\s*respectively\s*,)?\s*(?:(?:relative|risk|overall|net|mean|average|significant|significantly)\s+){0,2}"
    # (a plural noun: "x and y% reductions in A"; not a verb, "x% (...) decreases A")
    r"(?P<dir>reductions?|(?:decrease|decline|increase)(?:s(?=\s+(?:in|of)\b))?|drop|fall|lower|less|fewer|smaller|"
    rf"{pattern('process_noun', without=('los', 'stimulat', 'amplif', 'augment'))}|"
    r"loss|rise|higher|greater|more|larger|longer|shorter|elevation|improvement|gain|excess|faster|slower|decrement|"
    r"lowering(?=\s+(?:of|in)\b)|"  # "an x% lowering of A"
    r"(?:above|below)(?=\s+(?:the\s+|th(?:ose|at)\s+of\s+(?:the\s+)?)?(?:[\w\-]+\s+)?(?:controls?|baseline|placebo|"
    r"pre-?\w+)\b)|"
    r"(?:reduced|decreased|lowered|increased|elevated)(?=\s+[A-Za-z])"
    r"(?!\s+(?:to|from|by|with|in|at|for|and|or|dose|doses|dosage)\b))\b"
    # "a 13% odds reduction", "10% weight loss": a noun the change is of, before a direction noun (one word, not
    # a verb, adverb or qualifier: "17% experienced improvement", "20% absolute risk reduction"); two more words
    # before a risk noun ("27% gout flare risk reduction")
    rf"|\s*(?:{_NOUN_WORD}\s+){{0,2}}(?<=\s)(?:risk|odds|hazard|mortality|incidence)\s+(?P<dir3>reduction|increase)s?\b"
    rf"|\s*{_NOUN_WORD}\s+"
    r"(?P<dir2>reduction|decrease|decline|drop|fall|loss|increase|rise|gain|improvement|elevation)s?\b"
    # "5% and 10% weight loss thresholds", "a 10% weight loss goal": a target, not a result
    r"(?!\s+(?:thresholds?|goals?|targets?|criteria|criterion|cut-?offs?)\b)",
    re.I,
)
# "a 19% (95% CI 7%, 29%) lower risk", "37% (HR 0.63; 95% CI 0.45-0.88) reduced risk": a bracket in between
_BRACKET = re.compile(r"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]]){0,120}[)\]]")
# "24% and 32% higher": the direction after the last item of a list of percentages; each may have its bracket
# ("23% (p = 0.006) and 27% (p = 0.009) lower")
_ITEM_BRACKET = r"(?:\s*[(\[][^()\[\]]{1,60}[)\]])?"
# (or its CI before its percent sign: "x (95% CI a, b) % and y (95% CI c, d) % higher")
_INNER_CI = r"(?:\s*\(\s*\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)\b[^()%]{1,40}\))?"
_PCT_LIST_AHEAD = re.compile(
    rf"{_ITEM_BRACKET}(?:\s*,\s*\d+(?:\.\d+)?{_INNER_CI}\s*%{_ITEM_BRACKET})*\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?"
    rf"{_INNER_CI}\s*%{_ITEM_BRACKET}"
)
_PCT_BY_BEFORE = re.compile(
    rf"(?:\bby\s+(?:{_APPROX}|(?:an\s+average\s+of|a\s+mean\s+of|an?\s+estimated|on\s+average|only|some|~|\u2248|\u223c)\s*)|"
    r"\bi\.e\.,?\s*|\bnamely,?\s*)$",  # "with a similar increase for B, i.e. 38%"
    re.I,
)
# "decreased by x and y%", "by x, y and z%", "by x or y%": "by" before the first of the numbers sharing the
# percent sign
_PCT_BY_SHARED_BEFORE = re.compile(
    rf"\bby\s+{_APPROX}\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*(?:,\s*(?:and|or)|,|\s+(?:and|or))\s+$", re.I
)
_DIRECTION_WORD = (
    re.compile(  # "reduced A by 12%", "enhanced A by 45%", "attenuated A by 40%" (the lexicon's words)
        rf"\b(?P<dir>{CHANGE_WORDS}|higher|greater|smaller|larger)\b", re.I
    )
)
# ("a loss of 5% was observed in x%": more often a criterion)
_OF_NOUNS = pattern("noun", without=("los", "prolong"))
# "declined 38%", "increased approximately 15%", "(mean increase 20%)", "a reduction of 25%"
_PCT_WORD_BEFORE = re.compile(
    r"(?<!each\s)(?<!every\s)(?<!per\s)(?<!absolute\s)"
    rf"\b(?P<dir>{CHANGE_PAST}|{_OF_NOUNS})"
    # ("an average reduction of total serum cholesterol of 11%", "increases in serum A and B of 17.5% and 4%",
    # "projected to increase another 64%")
    r"s?\s+(?:(?:(?:in|of)\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}\s+)?of\s+"
    # "a mean reduction at day 7 of 38%", "increased at an average annual rate of 5.8%"
    r"|(?:at|on|after)\s+(?:day|week|month|year)\s+\d+\s+of\s+"
    r"|at\s+an?\s+(?:(?:average|mean)\s+)?(?:annual|yearly|monthly)\s+rate\s+of\s+)?"
    rf"(?:another\s+|a\s+further\s+|an\s+additional\s+)?{_APPROX}$"
    # "the risk reduction was 12%", "the decrease reached about 35%": a change noun, then a copula
    rf"|(?<!absolute\s)\b(?P<dir2>{pattern('size_noun', without=('cut',))})s?\s+"
    rf"(?:was|were|is|are|reached|averaged|amounted\s+to)\s+{_APPROX}$"
    # "the increase in glimmer uptake was 850%", "The mean decrease in A after B was 41%": the change noun after
    # an article or qualifier (not "the risk of injurious falls in A was"), what it is in (words, or brackets
    # without "%": "The annual decrease (mean +/- SD) of A", "in A across B (a-b units)"), a copula
    r"|\b(?:the|mean|average|median|overall|relative|percent(?:age)?|net|annual)\s+"
    rf"(?P<dir3>{CHANGE_NOUNS})s?\s+(?:[(\[][^()\[\]%;]{{1,60}}[)\]]\s+)?"
    r"(?:in|of)\s+(?:(?:(?!(?:was|were|is|are|and|or|but|than)\b)[A-Za-z][\w\-/']*|[(\[][^()\[\]%;]{1,60}[)\]])\s+)"
    rf"{{1,8}}?(?:was|were|is|are|reached|averaged|amounted\s+to)\s+{_APPROX}$",
    re.I,
)
# a change in words, with its size in a bracket of its own: "a reduction in the risk of A (12%), B (21%)",
# "increased (31%)"; the words between may not hold a number or close a clause
_CHANGE_WORD = re.compile(
    rf"(?<!\d\s)\b(?:(?P<noun>{pattern('size_noun', without=('gain',))})"
    r"(?:\s+(?:in|of)(?:\s+(?!(?:and|or|but|while|whereas|with|was|were|is|are|at|during|after|before|who|"
    r"which|that|than|compared)\b)[A-Za-z][\w\-/']*){1,6}?)?"
    rf"|(?P<verb>{pattern('past', without=('improv', 'gain'))}|increase|decrease)"
    r"(?:\s+(?!(?:and|or|but|in|at|with|by|to|from|for|during|after|before|than|the|an?|who|which|that)\b)"
    rf"[A-Za-z][\w\-/']*){{0,3}}?)\s*[(\[]\s*{_APPROX}$",
    re.I,
)
_UNSIGNED_LEVEL_VS = re.compile(
    r"(?<![-+\d.\s])\s*\d+(?:\.\d+)?\s*(?:\u00b1|\+/-)\s*\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus)\s*$", re.I
)
# the next item of a list of changes "of A of x%": ", of B of y%", " and in B of y%" (after the last one's bracket)
_PCT_OF_ITEM = re.compile(
    r"\s*(?:[(\[][^()\[\]]{0,40}[)\]])?\s*(?P<item>,\s*(?:and\s+)?|and\s+)(?:in|of)\s+(?:the\s+)?[A-Za-z][\w\-]*"
    rf"(?:\s+[A-Za-z][\w\-]*){{0,2}}\s+(?:of|by)\s+{_APPROX}$",
    re.I,
)
# "a reduction of x% compared with y% in B", "x% with A but only y% with B": a change compared with another
_PCT_CONTINUE_BEFORE = re.compile(
    r"(?:\band|\bbut(?:\s+only)?|\bversus|\bvs\.?|,|\bcompared\s+(?:with|to))\s+(?:by\s+)?$", re.I
)
# (and "a change of -36%", "lower after A than after B, with a mean treatment effect of -14%")
_SIGNED_BEFORE = re.compile(
    r"(?:^|[(\[,;:=]|\b(?:and|or|versus|vs\.?)|\b(?:changes?|treatment\s+effects?)\s+(?:of|was|were|by)"
    # "the annual change in A was +1.4%/yr", "the mean changes from baseline in A were +8.8% and +1.2%"
    r"|\bchanges?(?:\s+(?!(?:was|were)\b)[A-Za-z][\w\-]*){1,10}\s+(?:was|were)"
    r"|\band\s+(?:for|in)(?:\s+[A-Za-z][\w\-]*){1,3})\s*$",  # "... and for B +2.6%/yr"
    re.I,
)
# "rates increased (2.7% per year)": a change alone in its bracket may carry its time unit
_PER_TIME = re.compile(r"(?:\s*(?:per|/|a|an)\s*(?:year|yr|annum|decade|month|week|day))?\s*[)\]]", re.I)
# "increased by 52 g (50%)": a change given in units, then in percent in a bracket
_UNITS_THEN_BRACKET = re.compile(
    rf"\bby\s+{_APPROX}[-+]?\d+(?:\.\d+)?\s*[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc.]*\s*[(\[]\s*$", re.I
)
_BRACKET_OPEN = re.compile(rf"[(\[]\s*{_APPROX}$", re.I)
_ITEM_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# the list items between: ", breast, large bowel, skin melanoma, and lymphomas ("
_LIST_TAIL = re.compile(rf"\s*,[^\d;()\[\]]*?,?\s+and\s+[^\d;()\[\]]+[(\[]\s*{_APPROX}", re.I)
_CLOSE = re.compile(r"\s*[)\]]")


@dataclass
class _Direction:
    """A direction word (its sign by ``_NEGATIVE``) for a mention, where the change's text starts and ends, and
    where a CI may start when a bracket sits between the number and a direction word after it."""

    word: str
    start: int
    end: int
    ci_pos: int | None = None
    bracketed: bool = False  # alone in its bracket after a change in words, like "(12%)"
    by_read: bool = False  # read after "by", which a later "by y%" of the same list may continue
    place: str | None = None  # where a change read from its clause sat ("bracket", "object"), for its list


def _word_after(s: _Sentence, m: re.Match[str]) -> tuple[re.Match[str] | None, int, int | None]:
    """A direction word after the number: right after it ("23% lower"), after the last item of a list of
    percentages ("24% and 32% higher") or after a bracket ("19% (95% CI 7%, 29%) lower"); with where the words
    end and where a CI in that bracket starts."""
    after = s.text[m.end() :]
    follow = _PCT_FOLLOWED_BY_DIRECTION.match(after)
    follow_end, ci_pos = m.end() + follow.end() if follow else m.end(), None
    if not follow and (listed := _PCT_LIST_AHEAD.match(after)):
        follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, listed.end())
    if not follow and (bracket := _BRACKET.match(after)):
        follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, bracket.end())
        if follow:
            follow_end, ci_pos = m.end() + follow.end(), m.end()
    if not follow and (close := _CLOSE.match(after)) and re.search(r"[(\[]\s*$", s.text[: m.start()]):
        # "was significantly (39%) lower", "some 79 ml (4.3%) lower": alone in its bracket, before the word
        follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, close.end())
        follow = follow if follow and follow.group("dir") else None
        follow_end = m.end() + follow.end() if follow else m.end()
    return follow, follow_end, ci_pos


def _bracketed_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> tuple[str, int] | None:
    """The direction (and where its word starts) of a percentage alone in its bracket after a change in words:
    "a reduction in the risk of A (12%)", "increased (31%)", or further on in that list, "..., B (21%)"; not
    when levels are being compared ("(12.5%) compared with B (3.1%)")."""
    text = s.text
    if not _PER_TIME.match(text, m.end()) or not _BRACKET_OPEN.search(text, 0, m.start()):
        return None
    if re.match(r"\s*[)\]]\s*(?:compared|vs\.?|versus|than)\b", text[m.end() :], re.I):
        return None
    word = _CHANGE_WORD.search(text, _window_start(s, m.start(), 120), m.start())
    if word:
        return word.group("noun") or word.group("verb"), word.start()
    previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 250]
    if not previous:
        return None
    ref = previous[-1]
    between = text[ref.end : m.start()]
    direction = "lower" if (ref.value or 0) < 0 else "higher"
    if (
        ref.bracketed
        and len(between) <= 60
        and not re.search(r"\d|;", between)
        and not _CLAUSE_WORDS.search(between)
    ):
        return direction, m.start()
    # "cancers of testis (12% increase, ...), breast, skin melanoma (approximately 9-10%), and lymphomas
    # (approximately 7%)": a list whose first item's bracket opened with the change
    if _BRACKET_OPEN.search(text, 0, ref.start) and s.depth[ref.start] == s.depth[m.start()]:
        closing = next((i for i in range(ref.end, m.start()) if s.depth[i + 1] < s.depth[ref.start]), None)
        if closing is not None:
            rest = _ITEM_BRACKETS.sub("", text[closing + 1 : m.start()])
            if _LIST_TAIL.fullmatch(rest) and not _CLAUSE_WORDS.search(rest):
                return direction, m.start()
    return None


def _direction_before(
    s: _Sentence, m: re.Match[str], out: list[_Effect], last_by: tuple[str, int] | None
) -> _Direction | None:
    """The direction of a mention from the words before it, or from the change it continues (None: no change)."""
    text = s.text
    before, after = text[: m.start()], text[m.end() :]
    if _PCT_BOUND_BEFORE.search(before) and not _PCT_BY_BEFORE.search(before):
        return None
    if re.search(r"\bup\s+to\s*$", before, re.I):
        return None
    direction, start, bracketed, by_read = None, m.start(), False, False
    by = _PCT_BY_BEFORE.search(before)
    shared_by = None if by else _PCT_BY_SHARED_BEFORE.search(before)
    by = by or shared_by
    if not by and re.match(r"\s*[)\]]", after):
        by = _UNITS_THEN_BRACKET.search(before)  # "increased by 52 g (50%)"
    by = by or _units_then_or(before)  # "reduced by 2.1 kg or 3.4%", "a reduction of 2.86 cm or 0.97%"
    word = _PCT_WORD_BEFORE.search(before)
    if by:
        window_start = _window_start(s, by.start(), 150)
        # (not the noun of an exposure step: "with each SD increase in A, and by y% among B")
        found = _DIRECTION_WORD.finditer(text, window_start, by.start())
        words = [w for w in found if not _in_exposure_step(text, w.start(), w.group("dir"))]
        if words:
            direction, start = words[-1].group("dir"), words[-1].start()
            if any(e.end > start for e in out):  # "increased A by 12% and B by 20%": the second
                start = by.start()
            if shared_by:
                start = m.start()  # "by x and y%": the numbers before it come first
        elif last_by and not s.clause_break(last_by[1], by.start(), 0) and by.start() - last_by[1] <= 400:
            # "decreased by 69% (OR ...) in women who ..., by 64% (OR ...) in ...": the list goes on
            direction, start = last_by[0], by.start()
        by_read = True
    elif word:
        group = next(g for g in ("dir", "dir2", "dir3") if word.group(g))
        direction, start = word.group(group), word.start(group)
    elif _PCT_CONTINUE_BEFORE.search(before):
        previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 120]
        if previous:
            ref = previous[-1]
            between = range(ref.end, m.start())
            if s.depth[ref.end] == s.depth[m.start()] and all(
                s.depth[i] >= s.depth[ref.end] for i in between
            ):
                direction = "lower" if (ref.value or 0) < 0 else "higher"
    elif (item := _PCT_OF_ITEM.search(before)) and (
        previous := [e for e in out if e.end == item.start() and not e.bracketed]
    ):
        # "a reduction of A of 11% (p < 0.001), of B of 6%": the next item of the list
        direction = "lower" if (previous[-1].value or 0) < 0 else "higher"
        start = item.end("item")
    elif found := _bracketed_change(s, m, out):
        (direction, start), bracketed = found, True
    if direction is None and (found_item := _labelled_item(s, m, out)):
        direction = found_item
    # "(-50%, p < 0.003)"; not after an unsigned level with its spread ("(8.6 +/- 2.2% vs. -0.8 +/- 1.1%)": values
    # of a measure in percent, compared)
    if (
        direction is None
        and m.group("sign")
        and _SIGNED_BEFORE.search(before)
        and not _UNSIGNED_LEVEL_VS.search(before)
        and not (
            m.group("spread")
            and (
                _PERCENT_QUANTITY.search(text, max(0, m.start() - 250), m.start())
                or _PERCENT_UNIT_AFTER.match(after)
            )
        )
    ):
        direction = "lower" if m.group("sign") == "-" else "higher"
    place = None
    if direction is None and (clause := _clause_change(s, m, out)):
        direction, start, place = clause
    elif direction is None and (item := _list_item(s, m, out)):
        direction, place = item
    bracketed = bracketed or place == "bracket"
    if direction is None:
        return None
    return _Direction(direction, start, m.end(), bracketed=bracketed, by_read=by_read, place=place)
