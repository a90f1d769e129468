"""Percent changes in forms of their own, read when no direction word, clause change or list gives one:

- a change given in units, its percentage in the bracket after (after a CI in units, with a spread or a P value),
  and the next items of that list: "increased 5.7 units (95% CI, a to b units; 16.0%) vs 0.9 units (...; 4.1%)",
  "lowered 6.3 units (25.8%; P < a) in A and 0.4 units (1.7%; P = b) in B", "by 16.7 +/- 8.9 units (87.9 +/- 49%)";
- a percentage called a change in its own bracket, signed by the change of its clause or the list it continues:
  "the mean reductions were: A (10.9 units [5.1% change]), B (...)", "increased by 2.3 points (a 5.4% relative
  worsening)";
- sizes listed after a colon that ends a change's clause: "was reduced for all foods: A, x +/- y%; B, z +/- w%".

Each is a shape that a level or a share does not take: a percentage after units or a colon list is sized by the
change verb before it, and "x% change" names itself."""

from __future__ import annotations

import re

from rag.effects.lexicon import pattern
from rag.effects.percent_context import _APPROX, _window_start
from rag.effects.percent_direction import _DIRECTION_WORD, _Direction
from rag.effects.text import _CLAUSE_WORDS, _Effect, _Sentence

_NUM = r"[-+]?\d+(?:\.\d+)?"
_SPREAD = r"(?:\s*(?:\+/-|\u00b1)\s*\d+(?:\.\d+)?)?"
# a unit: one token ("mg/dL", "micromol/L", "kcal"), not a word that goes on the sentence
_UNIT = (
    r"(?!(?:in|of|and|or|to|at|for|with|vs|versus|times|fold|patients|subjects|participants|cases|points?)\b)"
    r"[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc.]*"
)
_VERB = pattern("past", without=("improv", "gain"))  # the lexicon's change verbs and nouns
_NOUN = pattern("size_noun", without=("cut", "gain"))
# "(95% CI, 4.4 to 7.0 units; " before the percentage: the CI of the change in units
_UNITS_CI = r"(?:\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)\b[^()\[\];%]{1,60};\s*)?"
_UNITS_THEN_PCT = re.compile(
    rf"(?:(?<![\w\-])(?P<verb>{_VERB})\s+(?:by\s+)?|\b(?:an?\s+)?(?P<noun>{_NOUN})\s+of\s+|\b(?P<by>by)\s+"
    rf"|(?P<next>\bvs\.?|\bversus|\band|,)\s+(?:an?\s+(?P<next_noun>{_NOUN})\s+of\s+)?)"
    rf"{_APPROX}{_NUM}{_SPREAD}\s*{_UNIT}\s*[(\[]\s*{_UNITS_CI}$",
    re.I,
)
_SIZE_CLOSES = re.compile(
    r"\s*(?:[;,]\s*[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than)[^()\[\]]{0,30})?[)\]]", re.I
)
# "[5.1% change]", "(a 5.4% relative worsening)": the bracket names the percentage a change
_NAMED_BEFORE = re.compile(r"[(\[]\s*(?:an?\s+)?$", re.I)
_NAMED_AFTER = re.compile(r"\s*(?:relative\s+)?(?:change|worsening)\s*[)\]]", re.I)
# "reduced for all foods: A, " / "; B, " / "; 15% C, ": an item's label before its size
_COLON_FIRST = re.compile(r":\s*[A-Za-z][^;:%\d()\[\]]{0,40},\s*$")
_COLON_NEXT = re.compile(r";\s*(?:and\s+)?(?:\d+(?:\.\d+)?\s*%\s+)?[A-Za-z][^;:%\d()\[\]]{0,40},\s*$", re.I)
_COLON_CLAUSE = re.compile(rf"(?<![\w\-])(?P<verb>{_VERB})\b[^.;:()\[\]\d%]{{0,80}}$", re.I)
_ITEM_ENDS = re.compile(r"\s*(?:[;.]|$)")
_SHARE = re.compile(
    r"\b(?:proportions?|prevalence|percentages?(?!\s+points?\b)|rates?|incidence|frequenc(?:y|ies))\b", re.I
)


def _form_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """The direction of a mention in one of the module's forms, or None."""
    return _units_then_percent(s, m, out) or _named_change(s, m, out) or _colon_item(s, m, out)


def _previous(s: _Sentence, m: re.Match[str], out: list[_Effect], place: str, reach: int) -> _Effect | None:
    """The last effect read in ``place`` that ends within ``reach`` characters before the mention, in its clause."""
    found = [e for e in out if e.place == place and e.end <= m.start() and m.start() - e.end <= reach]
    if not found or _CLAUSE_WORDS.search(s.text, found[-1].end, m.start()):
        return None
    return found[-1]


def _sign_word(effect: _Effect) -> str:
    return "lower" if (effect.value or 0) < 0 else "higher"


def _units_then_percent(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """A change given in units, its percentage in the bracket after ("increased x units (CI; y%) vs z units (w%)")."""
    text = s.text
    if not _SIZE_CLOSES.match(text, m.end()):
        return None
    lead = _UNITS_THEN_PCT.search(text, max(0, m.start() - 160), m.start())
    if not lead:
        return None
    if lead.group("verb") or lead.group("noun"):
        word = lead.group("verb") or lead.group("noun")
    elif lead.group("by"):  # "a marked increase in A by x units (y%)": the change word of the clause
        if (word := _clause_word(s, lead.start())) is None:
            return None
    else:  # the next item of the list: its own change noun, or the previous item's direction
        ref = _previous(s, m, out, "units", 120)
        if ref is None:
            return None
        word = lead.group("next_noun") or _sign_word(ref)
    return _Direction(word, m.start(), m.end(), place="units")


def _named_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """A percentage its bracket calls a change ("(x units [y% change])"), signed by the previous such item or else
    by the change word of its clause."""
    text = s.text
    if not _NAMED_AFTER.match(text, m.end()) or not _NAMED_BEFORE.search(
        text, max(0, m.start() - 5), m.start()
    ):
        return None
    ref = _previous(s, m, out, "named", 250)
    if ref is not None:
        return _Direction(_sign_word(ref), m.start(), m.end(), place="named")
    word = _clause_word(s, m.start())
    return None if word is None else _Direction(word, m.start(), m.end(), place="named")


def _clause_word(s: _Sentence, pos: int) -> str | None:
    """The last direction word of the clause before ``pos`` (not in a deeper bracket, not of a share)."""
    text = s.text
    words = [
        w
        for w in _DIRECTION_WORD.finditer(text, _window_start(s, pos, 200), pos)
        if s.depth[w.start()] <= s.depth[pos] and not _CLAUSE_WORDS.search(text, w.end(), pos)
    ]
    if not words or _SHARE.search(text, words[-1].end(), pos):
        return None
    return words[-1].group("dir")


def _colon_item(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """An item ("were reduced for all foods: A, x +/- y%; B, z%") of a list of a list after a colon that ends a change's
    clause (the first signed by its verb, the next by the first)."""
    text = s.text
    if s.depth[m.start()] or not _ITEM_ENDS.match(text, m.end()):
        return None
    window = max(0, m.start() - 60)
    if (first := _COLON_FIRST.search(text, window, m.start())) is not None:
        verb = _COLON_CLAUSE.search(text, max(0, first.start() - 100), first.start())
        if not verb or _SHARE.search(text, _window_start(s, verb.start(), 80), first.start()):
            return None
        _label_percentages(s, m.end())
        return _Direction(verb.group("verb"), m.start(), m.end(), place="colon")
    if _COLON_NEXT.search(text, window, m.start()) and (ref := _previous(s, m, out, "colon", 80)):
        return _Direction(_sign_word(ref), m.start(), m.end(), place="colon")
    return None


# "; 15% C, x%": a percentage in a later item's label ("15% coconut flakes") is part of its name
_NEXT_ITEM = re.compile(
    r"\s*;\s*(?:and\s+)?(?:(?P<pct>\d+(?:\.\d+)?\s*%)\s+)?[A-Za-z][^;:%\d()\[\]]{0,40},\s*"
    rf"{_NUM}{_SPREAD}\s*%"
)


def _label_percentages(s: _Sentence, pos: int) -> None:
    """Marks as read the percentages that name the later items of a colon list after ``pos``."""
    while item := _NEXT_ITEM.match(s.text, pos):
        if item.group("pct"):
            s.consumed.append((item.start("pct"), item.end("pct")))
        pos = item.end()
