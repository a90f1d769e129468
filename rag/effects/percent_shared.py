"""Percent changes in two list forms that the direction rules do not reach (round 34):

- numbers sharing one later percent sign when each item carries its own P value bracket or spread, or the list is
  introduced by a change verb without "by": "fell by 30 (P < 0.05), 20 (P < 0.05) and 10% (P = 0.2)", "rose
  by 40+/-6 and 8+/-2%", "(dropped 22.5 and 19.8%; P = ...)". The plain "by x, y and z%" is read by
  ``percent_direction``; the numbers before the last are taken by ``percent._shared_sign`` with ``_SHARED_TAIL``;
- a size printed with its SD in a bracket after the sentence says "mean (SD)" near a change word: "shrank by a
  mean (SD) of 12.5% (3.1%) and 2.0% (1.4%)", "mean [SD] decline in A of 9% [4%] in B vs 31% [6%] in C". The SD
  bracket is a spread, not a second change, and later items given the same way continue the list."""

from __future__ import annotations

import re

from rag.effects.lexicon import CHANGE_PAST
from rag.effects.percent_context import _window_start
from rag.effects.percent_direction import _DIRECTION_WORD, _Direction
from rag.effects.text import _Effect, _Sentence

_NUM = r"\d+(?:\.\d+)?"
# what may follow a number of a shared-sign list: its spread and a bracket holding only its P value
_SHARED_TAIL = rf"(?:\s*(?:\u00b1|\+/-)\s*{_NUM})?(?:\s*[(\[]\s*p\b[^()\[\]%]{{0,30}}[)\]])?"
_JOIN = r"(?:\s*,\s+(?:(?:and|or)\s+)?|\s+(?:and|or|versus|vs\.?)\s+)"  # ("12,15%" is no list)
# "by 30 (P < 0.05), 20 (P < 0.05) and " / "dropped 22.5 and ": the list before the last number's percent sign
_SHARED_LIST_BEFORE = re.compile(
    rf"(?:\b(?P<by>by)|\b(?P<verb>{CHANGE_PAST}))\s+(?P<first>{_NUM}){_SHARED_TAIL}(?:{_JOIN}{_NUM}{_SHARED_TAIL})*"
    rf"{_JOIN}$",
    re.I,
)
_MEAN_SD = re.compile(r"\bmean\s*[(\[]\s*(?:SD|s\.d\.|standard\s+deviation)\s*[)\]]", re.I)
# the SD of the size, alone in its bracket: "20.7% (8.6%)", "8% [9%]"
_SD_BRACKET = re.compile(rf"\s*[(\[]\s*{_NUM}\s*%\s*[)\]]")
# where the first size sits: "of x%", "by x%", "<units>, or x%" (not a level: "from", "to", "was")
_SIZE_BEFORE = re.compile(r"\b(?:of|by|or)\s*$", re.I)
# a later size after the previous one, its label and "and" / "vs": "(8.6%) and ", "[9%] in A vs "
_NEXT_BEFORE = re.compile(r"^[^\d;()\[\]]{0,60}?\b(?:and|vs\.?|versus)\s*$", re.I)


def _shared_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """The direction of a mention in one of the module's forms, or None."""
    return _shared_list_change(s, m) or _mean_sd_change(s, m, out)


def _shared_list_change(s: _Sentence, m: re.Match[str]) -> _Direction | None:
    """The last item of "by x (P), y (P) and z%" or "<verb> x and y%": the direction of the list's change word."""
    if m.group("sign"):
        return None
    text = s.text
    found = _SHARED_LIST_BEFORE.search(text, max(0, m.start() - 150), m.start())
    if not found or s.clause_break(found.start(), m.start(), s.depth[m.start()]):
        return None
    if found.group("verb"):
        return _Direction(found.group("verb"), m.start(), m.end())
    words = list(_DIRECTION_WORD.finditer(text, _window_start(s, found.start(), 150), found.start()))
    return _Direction(words[-1].group("dir"), m.start(), m.end()) if words else None


def _mean_sd_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """A size with its SD in a bracket, after "mean (SD)" and a change word in its clause: the word's direction,
    the change running over the SD bracket (so the SD is never read as a change). The first size sits after "of",
    "by" or "or"; a later one after the previous size, a label and "and" / "vs"."""
    text = s.text
    sd = _SD_BRACKET.match(text, m.end())
    if m.group("sign") or m.group("spread") or not sd:
        return None
    if not _SIZE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        previous = [e for e in out if e.end <= m.start() and _SD_BRACKET.search(text, e.start, e.end)]
        if not previous or not _NEXT_BEFORE.match(text[previous[-1].end : m.start()]):
            return None
    start = _window_start(s, m.start(), 200)
    marker = _MEAN_SD.search(text, start, m.start())
    if not marker:
        return None
    # the change word next to the marker: just before it ("lost a mean (SD) of") or after it ("mean [SD] decline")
    words = list(_DIRECTION_WORD.finditer(text, max(start, marker.start() - 40), m.start()))
    if not words or s.clause_break(marker.start(), m.start(), s.depth[m.start()]):
        return None
    return _Direction(words[0].group("dir"), m.start(), sd.end())
