"""Signed or bracketed percentages that are levels, tolerances or interval ends, not changes (round 25): asked after
``percent_context._not_a_change``, with the changes already read.

- a tolerance: "less than + or - 10% from the mean", "(sampling error, ± 4.4%)", and a spread after a level;
- the ends of an interval printed with a comma right after the number it holds: "0.0 [-1.2%, 0.3%]";
- a pair of signed percentages compared ("(+1.2% vs +9.2%, p<0.0001)", "were -7.4% and -1.1%") in a clause that
  names no change anywhere: signed levels (a calibration error, a rate), not changes;
- the second of two categories ("showed normal mucosa (69%) or mild increase in lymphocytes (31%)"): after a share
  alone in its bracket that is no change, an "or" goes on listing shares;
- a share of energy, or its change, in percentage points (round 26): "fat (-1.07% en)", "protein (-0.35% energy
  (en)", "20.9% E", "5% of total energy";
- a potency's definition (round 27): "inhibited A by 50% (IC50) at 7-85 nM" names the inhibitory concentration;
- an absolute change or difference (round 28): "(absolute mortality increase 0.2%)" is in percentage points."""

from __future__ import annotations

import re

from rag.effects.percent_context import _PCT_TOKEN
from rag.effects.text import _Effect, _Sentence

_TOLERANCE_BEFORE = re.compile(r"(?:\+\s*or\s*|\+\s*/\s*-\s*|\u00b1\s*|\bplus\s+or\s+minus\s+)$", re.I)
_NUM = r"[-+]?\s?\d+(?:\.\d+)?"
# "0.0 [-1.2%, 0.3%]": a number, then the two ends of its interval, each a percentage, split by a comma
_INTERVAL = re.compile(rf"(?P<num>{_NUM})\s*%?\s*[(\[]\s*(?P<lo>{_NUM})\s*%\s*,\s*(?P<hi>{_NUM})\s*%\s*[)\]]")
# what joins two compared percentages: "+1.2% vs +9.2%", "-7.4% and -1.1%" (a spread or a short bracket between)
_JOIN = re.compile(
    r"(?:\s*(?:\u00b1|\+/-)\s*\d+(?:\.\d+)?\s*%?)?(?:\s*[(\[][^()\[\]]{0,40}[)\]])?\s*,?\s*"
    r"(?:and|or|versus|vs\.?|v)\s*",
    re.I,
)
# a word that names a change (or a difference between groups) anywhere in the clause
_CHANGE_NAMED = re.compile(
    r"chang|reduc|decreas|increas|lower|higher|improv|declin|\bro[sz]e|\bris|\bfell|\bfall|drop|gain|loss|lost|"
    r"\bless\b|\bmore\b|greater|smaller|larger|elevat|diminish|\bgrew|growth|shrink|worsen|delta|\u0394|differen|"
    r"baseline|effect|\braised?\b|relative",
    re.I,
)
# "(69%) or mild increase in intraepithelial lymphocytes (": a share alone in its bracket, "or", the next category
# "(-1.07% en)", "-0.35% energy", "5% of total energy", "20.9% E": a share of energy (its change is in points)
_ENERGY_SHARE_AFTER = re.compile(r"\s*(?:(?i:en|energy|of\s+(?:total\s+)?energy)\b|E\b)")
# "by 50% (IC50)", "50% (EC(50))": the percentage defines a potency (an inhibitory or effective concentration)
# (or after its noun, with more in the bracket: "50% inhibition (I(50) DPPH)")
_POTENCY_AFTER = re.compile(
    r"(?:\s+(?:[A-Za-z\-]+\s+)?inhibit\w*)?\s*[(\[]\s*(?:IC|EC|ED|I)\s*\(?50\)?\s*(?:[)\]]|(?<=\))\s*[A-Za-z])",
    re.I,
)
# "(absolute mortality increase 0.2%)", "an absolute reduction in risk of 0.5%": a difference of two percentages
_ABSOLUTE_BEFORE = re.compile(
    r"\babsolute\s+(?:[A-Za-z]+\s+){0,2}(?:increase|reduction|decrease|difference|excess)s?"
    r"(?:\s+(?:in|of)\s+[A-Za-z]+)?\s*(?:of|was|were|,|:)?\s*(?:about\s+|approximately\s+)?$",
    re.I,
)
_OR_CATEGORY = re.compile(
    r"[(\[]\s*(?P<pct>\d+(?:\.\d+)?\s*%)\s*[)\]]\s*,?\s+or\s+[^()\[\]\d;]{1,80}[(\[]\s*$", re.I
)


def _level_not_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> bool:
    """Whether a mention is a tolerance, an interval end, a signed level compared or a category share (see the
    module docstring)."""
    text = s.text
    if _TOLERANCE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True
    if _ENERGY_SHARE_AFTER.match(text, m.end()) or _POTENCY_AFTER.match(text, m.end()):
        return True
    if _ABSOLUTE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return True
    for interval in _INTERVAL.finditer(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        if m.start() in (interval.start("lo"), interval.start("hi")):
            value = float(interval.group("num").replace(" ", ""))
            lo, hi = (float(interval.group(g).replace(" ", "")) for g in ("lo", "hi"))
            if lo - 1e-9 <= value <= hi + 1e-9:
                return True
    if m.group("sign") and _signed_pair(s, m) and not _CHANGE_NAMED.search(text, *_clause(s, m)):
        return True
    category = _OR_CATEGORY.search(text, max(0, m.start() - 120), m.start())
    return bool(
        category
        and re.match(r"\s*[)\]]", text[m.end() :])
        and not any(e.start <= category.start("pct") < e.end for e in out)
    )


def _signed_pair(s: _Sentence, m: re.Match[str]) -> bool:
    """Whether a signed mention is compared with another signed percentage right before or after it."""
    text = s.text
    after = _JOIN.match(text, m.end())
    if after and (other := _PCT_TOKEN.match(text, after.end())) and other.group("sign"):
        return True
    for other in _PCT_TOKEN.finditer(text, max(0, m.start() - 80), m.start()):
        join = _JOIN.match(text, other.end())
        if other.group("sign") and join and join.end() == m.start():
            return True
    return False


def _clause(s: _Sentence, m: re.Match[str]) -> tuple[int, int]:
    """The clause around a mention: from the last top-level ";" or sentence end before it to the next one after."""
    start, end = max(0, m.start() - 250), min(len(s.text), m.end() + 250)
    for i in range(m.start() - 1, start - 1, -1):
        if s.clause_break(i, i + 1, 0, words=False):
            start = i + 1
            break
    for i in range(m.end(), end):
        if s.clause_break(i, i + 1, 0, words=False):
            end = i
            break
    return start, end
