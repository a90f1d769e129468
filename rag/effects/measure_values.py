"""Which number tokens can be the estimate of a named measure, whatever list they sit in.

Kept apart from ``measures`` (which walks the text after a name) because these checks look only at the few
characters around one number: not a CI level, range, spread, count or time unit after it ("95% CI", "50-99",
"± 5", "24 months"); not a threshold, category, group, "n =" or "R² =" before it; not a term of a regression
equation; a ratio above 0, a correlation within [-1, 1], a year only further on in a list. ``measure_lists``
and ``measures`` both ask ``_value_ok``.
"""

from __future__ import annotations

import re

from rag.effects.names import _DIFFERENCE_MEASURES
from rag.effects.text import _number, _Sentence

# ---------------------------------------------------------------------------------------------------------
# Filters for candidate estimate values.

_COUNT_UNITS = (
    r"patients|participants|subjects|women|men|children|infants|individuals|people|persons|cases|controls|"
    r"studies|trials|RCTs|cohorts|articles|events|deaths|years?|yrs?|months?|mo|weeks?|wks?|days?|(?-i:d)|hours?|"
    r"hrs?|h|minutes?|mins?|seconds?|sec|s|ms|bpm|beats|breaths|servings?|cups?|times|fold"
)
# after a value: a CI level ("95% CI"), a range ("50-99"), a spread ("± 5", "(SD"), a reference category,
# a fold change or a count / time unit ("24 months", "2 studies", "72 bpm")
_REJECT_AFTER = re.compile(
    r"\s*(?:%\s*(?:CI|Cr(?:ed)?I|confidence|credible)|(?:-|to)\s*[-+]?\s?\.?\d|\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d|"
    r"range|IQR|ref)|(?:SD|SEM)\b|-?\s*fold\b|x\s*10|(?:-|to)\s*(?:r|rs|rho|R)\s*=|"
    + rf"(?:{_COUNT_UNITS})\b)",
    re.I,
)
# "MD -2.4 days, 95% CI -3.7 to -1.0": a difference may be counted in time units when its CI follows
_TIME_UNIT_CI = re.compile(
    r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\s*[,;(\[]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?"
    r"(?:CI|Cr(?:ed)?I|confidence)\b",
    re.I,
)
_REJECT_BEFORE = re.compile(
    r"(?:\b(?:per|each|every|type|grade|stage|quintiles?|quartiles?|tertiles?|deciles?|Q|aged?|than|"
    r"over|under|within|after|before|days?|weeks?|months?|years?|top|bottom|groups?|arms?|models?|tables?|"
    r"fig|figures?|phase|class)\s*|\b(?:SD|SE|SEM|IQR|range)\s*[:=,]?\s*|(?<![\w(])(?:n|N|I\(2\)|I2|I\^2|k|df)\s*=\s*|"
    r"(?<!\w)[Rr](?:\(2\)|2|\^2|\u00b2)\s*[=:]\s*|[<>\u2264\u2265]\s*=?\s*|"
    r"\bor\s*=\s*|\d\s*(?:-|to)\s*(?:r|rs|rho|R)\s*=\s*)$"
)
_MODEL_BEFORE = re.compile(r"\bmodels?\s*$", re.I)
_RATIO_MEASURES = frozenset({"OR", "RR", "HR", "IRR"})
# a ratio has no unit: "relative risk [RR] per one SD [= x kg] increment: y" (x is the step, not the RR)
_RATIO_UNIT_AFTER = re.compile(
    r"\s*(?:k?g|mg|[\u00b5\u03bcu]g|mcg|ng|m?l|mL|dL|cm|mm|kcal|kJ|mmol|[\u00b5\u03bcu]mol|nmol|IU)(?![\w\-])"
)
_PERCENT_OK = frozenset({"MD", "WMD", "RD", "ARR"})
_UNIT_OK = _DIFFERENCE_MEASURES | {"RD", "ARR"}
# a term of a regression equation is not an estimate: "Y=0.68+1.26X"
_EQUATION_BEFORE = re.compile(r"(?<![\w.])[XYxy]\s*=\s*$")
_EQUATION_AFTER = re.compile(r"\s*[-+]\s*\d*\.?\d+\s*\*?\s*[A-Za-z]\b")


def _value_of(m: re.Match[str], measure: str) -> float:
    """The number a token stands for; a correlation printed without its point ("r=-04418") is -0.4418."""
    if measure == "correlation" and re.fullmatch(r"0\d+", m.group("num")):
        return float((m.group("sign") or "") + "0." + m.group("num")[1:])
    return _number(m.group(0))


def _value_ok(
    s: _Sentence, m: re.Match[str], measure: str, continuation: bool, end: int | None = None
) -> bool:
    """Whether a number token can be the estimate of ``measure`` (see the module docstring); ``end`` is where
    the value's own text ends (after a skipped "± spread"). A value after "from" / "ranging" / "between" is
    checked by the caller (it needs its own CI)."""
    text = s.text
    value = _value_of(m, measure)
    after = text[m.end() if end is None else end :]
    if _REJECT_AFTER.match(after) and not (measure in _UNIT_OK and _TIME_UNIT_CI.match(after)):
        return False
    if re.match(r"\s*%", after) and measure not in _PERCENT_OK:
        return False
    rejected = _REJECT_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
    if rejected and not (_MODEL_BEFORE.search(rejected.group(0)) and m.group("num").startswith(("0.", "."))):
        return False  # ("in the dominant model 0.76 (CI)": a model's number is never below one)
    if measure in _RATIO_MEASURES and (value <= 0 or _RATIO_UNIT_AFTER.match(after)):
        return False
    if _EQUATION_BEFORE.search(text, 0, m.start()) or _EQUATION_AFTER.match(text, m.end()):
        return False
    if measure == "correlation" and abs(value) > 1:
        return False
    is_year = "." not in m.group("num") and 1900 <= value <= 2100
    return continuation or not is_year
