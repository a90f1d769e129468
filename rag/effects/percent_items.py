"""Percent changes in list and bracket forms of their own (round 25), read when no other rule gave a direction:

- a bracket that opens with a change symbol: "(DeltaHR after atropine, 11+/-21% versus 62+/-17%; P)", "(Δ 105%;
  ...)", "(Δ−39%: ...)" (the sign as printed; not right after a change already read, where "(Δ = x%)" is the
  difference between two changes);
- a change verb, then its groups each with the size alone in its bracket: "growth was reduced in the 2-week (13%)
  and in the Long-Term (14%) groups" (not a count, "increased in 21 of 50 patients (42%)");
- a list of sizes alone in their brackets that print their signs: an unsigned item is a rise ("improved A (56.6%), B
  (-7.8%), C (-7.3%), and D (6.07%)"); an item may pair two arms ("at A (5.4% vs 1.1%), B (1.6% vs -1.2%), C (3.3% vs
  -0.7%)", round 26);
- after a change read, "as did" and items each with the size alone in its bracket, in the change's direction: "A
  decreased (by 66%) as did B (55%), C (33%) and D (40%)" (round 26);
- after a signed change and its interval in percent, the next item given the same way without its percent sign:
  "(-1.8% [-5.0%, -0.9%] vegan, 0.0 [-1.2%, 0.3%] low-cal; P)"."""

from __future__ import annotations

import re

from rag.effects.lexicon import pattern
from rag.effects.percent_direction import _Direction
from rag.effects.text import _ci_after, _Effect, _Sentence

_NUM = r"[-+]?\d+(?:\.\d+)?"
_WORD = r"[A-Za-z][\w\-]*"
# "(DeltaHR after atropine, ", "(Δ ", "(Δ−", "[ΔSBP: "
_DELTA_OPENS = re.compile(
    rf"[(\[]\s*(?:(?<![A-Za-z])Delta(?=[A-Z\s])|[\u0394\u2206])\s?(?:{_WORD})?(?:\s+{_WORD}){{0,3}}\s*[,:=]?\s*$"
)
_VERB = pattern("past", without=("improv", "gain"))  # the lexicon's change verbs
# "reduced in the 2-week (": a change verb, "in" and a group's label (words, or a number joined to a word)
_GROUP_OPENS = re.compile(
    rf"(?<![\w\-])(?P<verb>{_VERB})\s+(?:\w+ly\s+)?(?:in|among)\s+(?:the\s+)?"
    r"(?:(?!(?:of|and|or|patients|subjects|participants|cases|women|men|children)\b)(?:\d+-)?[A-Za-z][\w\-]*\s*)"
    r"{1,4}[(\[]\s*$",
    re.I,
)
_ALONE_CLOSES = re.compile(r"\s*[)\]]")
# "(by 66%) as did cholylglycine hydrolase (": a change read, "as did", then items each alone in its bracket
_AS_DID_OPENS = re.compile(
    r"[)\]]?\s*,?\s*\bas\s+(?:did|does|do|were|was)\s+"
    r"(?:[^()\[\]\d;]{1,60}?[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]\s*,?\s*(?:and\s+)?)*[^()\[\]\d;]{1,60}?[(\[]\s*$",
    re.I,
)
# "A (56.6%), B (-7.8%), ... and D (6.07%)": an item alone in its bracket after a short label
_ITEM = rf"[(\[]\s*{_NUM}\s*%\s*(?:(?:vs\.?|versus)\s*{_NUM}\s*%\s*)?[)\]]"
_ITEM_RE = re.compile(_ITEM, re.I)
_ITEM_BEFORE = re.compile(rf"{_ITEM}\s*,\s*(?:and\s+)?[^()\[\]\d;,]{{1,60}}?\s*[(\[]\s*$", re.I)
_ITEM_AFTER = re.compile(rf"\s*,\s*(?:and\s+)?[^()\[\]\d;,]{{1,60}}?\s*{_ITEM}", re.I)
_SIGNED_ITEM = re.compile(r"(?:[(\[]|\bvs\.?|\bversus)\s*[-+]\d+(?:\.\d+)?\s*%", re.I)
# " vegan, 0.0 [": the previous item's label, then the next value
_INTERVAL_NEXT = re.compile(rf"\s+(?:{_WORD}\s+){{0,2}}{_WORD}\s*,\s*(?:and\s+)?(?P<num>{_NUM})(?=\s*[(\[])")


def _item_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """The direction of a mention in one of the module's forms, or None."""
    return _delta_change(s, m, out) or _group_change(s, m) or _as_did_change(s, m, out)


def _delta_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """A percentage first in a bracket that opens with a change symbol ("(ΔHR after A, x%"), signed as printed."""
    text = s.text
    opens = _DELTA_OPENS.search(text, max(0, m.start() - 60), m.start())
    if not opens or any(e.end <= opens.start() and not text[e.end : opens.start()].strip() for e in out):
        return None
    return _Direction("lower" if m.group("sign") == "-" else "higher", m.start(), m.end())


def _group_change(s: _Sentence, m: re.Match[str]) -> _Direction | None:
    """A size alone in its bracket after a change verb and the group it is in ("reduced in the A (x%)")."""
    if not _ALONE_CLOSES.match(s.text, m.end()) or m.group("sign"):
        return None
    opens = _GROUP_OPENS.search(s.text, max(0, m.start() - 80), m.start())
    if not opens:
        return None
    return _Direction(opens.group("verb"), opens.start(), m.end(), bracketed=True)


def _as_did_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> _Direction | None:
    """A size alone in its bracket after "as did" and its item, right after a change read ("A decreased (by 66%) as
    did B (55%)"): the change's direction."""
    if not out or m.group("sign") or not _ALONE_CLOSES.match(s.text, m.end()):
        return None
    opens = _AS_DID_OPENS.search(s.text, max(0, m.start() - 250), m.start())
    if not opens or out[-1].value is None or not any(e.end == opens.start() for e in out):
        return None
    return _Direction("lower" if out[-1].value < 0 else "higher", m.start(), m.end(), bracketed=True)


def _signed_list_item(s: _Sentence, m: re.Match[str]) -> _Direction | None:
    """An unsigned size alone in its bracket, in a list of such items of which at least two print their sign."""
    text = s.text
    if m.group("sign"):
        return None
    # the item that holds the mention: alone in its bracket, or one arm of a pair
    around = (i for i in _ITEM_RE.finditer(text, max(0, m.start() - 30), min(len(text), m.end() + 30)))
    item = next((i for i in around if i.start() < m.start() and m.end() <= i.end()), None)
    if item is None:
        return None
    items, pos = [item.group(0)], item.start() + 1
    while before := _ITEM_BEFORE.search(text, max(0, pos - 80), pos):
        items.append(before.group(0))
        pos = before.start() + 1  # (after the bracket that opens the earlier item)
    pos = item.end()
    while after := _ITEM_AFTER.match(text, pos):
        items.append(after.group(0))
        pos = after.end()
    if sum(bool(_SIGNED_ITEM.search(item)) for item in items) < 2:
        return None
    return _Direction("higher", m.start(), m.end(), bracketed=True)


def _interval_item(s: _Sentence, effect: _Effect) -> list[_Effect]:
    """The next item after a signed change with its interval in percent, given the same way ("-1.8% [a%, b%] A, 0.0
    [c%, d%] B"): its value as printed, with its interval (which must hold it)."""
    text = s.text
    if effect.ci_lower is None or text[effect.start] not in "+-" or text[effect.end - 1] not in ")]":
        return []
    item = _INTERVAL_NEXT.match(text, effect.end)
    if not item or s.is_consumed(item.start("num")):
        return []
    value = float(item.group("num"))
    ci = _ci_after(s, item.end("num"), value, allow_units=False)
    if not ci or not ci.percent:
        return []
    found = _Effect("percent_change", value + 0.0, item.start("num"), ci.end)
    found.ci_level, found.ci_lower, found.ci_upper = ci.level, ci.lower, ci.upper
    s.consumed.append((found.start, found.end))
    return [found]
