"""Normalised sentence text, number tokens and confidence intervals: what every rule reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.effects.names import _find_anchors

# ---------------------------------------------------------------------------------------------------------
# Normalisation: one character for one character, so offsets into the normalised text are offsets into the
# original sentence (``EffectSize.text`` quotes the original).

_CHAR_MAP = str.maketrans(
    {
        "\u2212": "-",  # minus sign
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\ufe63": "-",
        "\uff0d": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2236": ":",
        "\u2019": "'",
        "\u00d7": "x",
    }
)
_MIDDLE_DOT = re.compile(r"(?<=\d)[\u00b7\u2219\u22c5](?=\d)")  # "0·56" (Lancet) is 0.56
# a sentence in Spanish, French or Portuguese ("OR 2,08; IC95% 1,73 a 2,50") writes its CI "IC" and decimals
# with a comma: the label is read as "CI", a comma between digits as a point and "a" between numbers as "to"
_ROMANCE_CI = re.compile(r"\bIC(?=\s?(?:del\s+|de\s+)?9[059]\s?%)|(?<=9[059]%\s)IC\b|(?<=9[059]%)IC\b")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_ROMANCE_TO = re.compile(r"(?<=\d)\s(a)\s(?=[-+]?\d)")
# a header naming the CI and then a P for trend ("RR (95% CI; P, trend)", "relative risk (RR), 95% confidence
# interval (CI), P for trend ... were", "RR 95% CI, and P for trend ... were"), and a later bracket "(b-c; 0.07)"
_TREND_HEADER = re.compile(
    r"\b(?:CIs?|confidence\s+intervals?)(?:\s*\(CIs?\))?\s*[;,]\s*(?:and\s+)?(?:the\s+)?"
    r"P\s*(?:,\s*|\s+for\s+|-)trend\b",
    re.I,
)
_TREND_ITEM = re.compile(r"(?<=\d)(\s*[(\[]\s*\d*\.?\d+\s*(?:-|to)\s*\d*\.?\d+\s*[;,]) 0(?=\.\d+\s*[)\]])")
# a source's "Cl" (lower-case L) for "CI" before a range: "(OR = 1.9; Cl, 1.1 to 3.3)", "95% Cl=1.6-4.0"
_CL_TYPO = re.compile(
    r"(?:(?<=9[059]%\s)|(?<=9[059]%)|(?<=[;,(]\s)|(?<=[;,(]))Cl(?=\s*[,:=]?\s*[-+]?\d*\.?\d+\s*(?:-|to)\s*[-+]?\.?\d)"
)
# an editor's note inside a number range ("1.04[corrected]-1.29") is blanked out, keeping the offsets
_EDITORIAL = re.compile(r"\[(?:corrected|sic)\]", re.I)
# a CI of a percent change in direction words ("(95% CI, 79% higher to 75% lower)") is rewritten as a signed range
# ("-75% to 79%", padded with spaces to the same length)
_UP = r"(?:higher|greater|more|increased?)"
_DOWN = r"(?:lower|less|fewer|reduced|reduction|decreased?)"
_WORDED_CI = re.compile(
    r"(?<=CI)(?P<pre>\s*[,:=]?\s*)(?P<a>\d+(?:\.\d+)?)\s*%\s+(?P<da>"
    + _UP
    + "|"
    + _DOWN
    + r")\s+to\s+(?P<b>\d+(?:\.\d+)?)\s*%\s+(?P<db>"
    + _UP
    + "|"
    + _DOWN
    + r")\b(?=\s*[)\]])"
)


def _signed_ci(m: re.Match[str]) -> str:
    a = ("-" if re.fullmatch(_DOWN, m.group("da")) else "") + m.group("a")
    b = ("-" if re.fullmatch(_DOWN, m.group("db")) else "") + m.group("b")
    if a.startswith("-") == b.startswith("-"):
        return m.group(0)  # "5% higher to 40% higher" is left alone
    lo, hi = (a, b) if a.startswith("-") else (b, a)
    body = f"{lo}% to {hi}%"
    return (m.group("pre") + body).ljust(len(m.group(0)))


# A number as a token of its own: not glued to letters ("Ad36", "w-3", "IL-6", "sMD-2") or to another number
# ("1.17-2.56" gives 1.17 only; the range is read by the CI patterns). A sign may be spaced ("- 7.0").
_NUM_TOKEN = re.compile(
    r"(?<![\w.\-+/])(?<!\d,)(?:(?P<sign>[-+])\s?)?(?P<num>\d+(?:\.\d+)?|\.\d+)(?![\d\w]|\.\d)"
)
# (in a range, a thousands separator is allowed: "168.2, 3,229.2")
_NUM = r"[-+]?\s?(?:\d{1,3}(?:,\d{3})+(?!\d|,\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"

# ---------------------------------------------------------------------------------------------------------
# Confidence intervals.

_CI_NAME = (  # "95% confidence interval [CI]", "... {CI}", "CI"; "confidence interval (CI = 1.01-1.09)"
    r"(?:CIs?|Cr(?:ed)?Is?|(?i:confidence\s+intervals?|confidence\s+limits?|credible\s+intervals?))"
    r"(?:\s*[(\[{]\s*(?:\d{2}\s*%\s*)?(?:CIs?|Cr(?:ed)?Is?)\s*[)\]}]|\s*,\s*CI\b"
    r"|\s*[(\[]\s*CIs?(?=\s*[=:]\s*[-+]?\s?\.?\d))?"
)
_CI_HEAD = (  # "95% CI", "CI 95%", "95%"
    rf"(?:(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s*(?:%|percent)\s*)?{_CI_NAME}(?:\s*(?P<lvl3>9[059])\s*%)?"
    r"|(?P<lvl2>9[059])\s*%)"
)
_RANGE = (
    rf"(?P<lo>{_NUM})\s*(?P<lp>%|percent\b)?\s*(?:-|to|,)\s*(?P<hi>{_NUM})\s*(?P<hp>%|percent\b)?(?!\d|\.\d)"
)
_RANGE_NO_COMMA = (
    rf"(?P<lo>{_NUM})\s*(?P<lp>%|percent\b)?\s*(?:-|to)\s*(?P<hi>{_NUM})\s*(?P<hp>%|percent\b)?(?!\d|\.\d|%)"
)
# "(95% CI 1.17-2.56", "[CI -26.9 to -3.7]", "(0.52-0.99)", "(0.19-0.86, p=0.02)": without "CI", the range fills
# its bracket or is followed by a P value
_CI_PAREN = re.compile(
    rf"\s*[(\[]\s*(?:(?P<head>{_CI_HEAD})\s*[:=,]?\s*)?{_RANGE}"
    r"(?P<close>\s*[)\]]|\s*[;,]\s*(?=[Pp]\s*(?:[=<>\u2264\u2265]|-?\s*values?\b|[-(]?\s*(?:for\s+)?trend)|P(?i:trend))"
    r"|\s*[;,]\s*(?=(?:NS|N\.S\.|n\.s\.|ns)\s*[)\]])"  # "(0.84, 1.19; NS)"
    # "(a-b; 3rd tertile, c-d units)": a label of the estimate after a ";", to the bracket's end
    r"|\s*;\s*(?=\d*[A-Za-z][^()\[\];]{0,60}[)\]]))?"
)
# ", 95% CI 1.17-2.56", "; 95% confidence interval [CI], 0.44 to 1.79", "and 95% confidence interval 0.2-1.1",
# "with narrow confidence limits ranging from -1.4 to 1.8", "1.04:95% confidence interval 0.89 to 1.22"
_CI_SEP = re.compile(
    r"\s*[,;:]?\s*(?:(?:and|with)\s+(?:a\s+|the\s+)?"
    r"(?:[a-z]+\s+(?=[\d.]*\s*(?:%|percent|confidence|credible|C)))?)?"
    rf"(?P<head>{_CI_HEAD})\s*[:=,]?\s*(?:(?:ranging|ranged)\s+)?(?:from\s+)?[(\[]?\s*{_RANGE}"
)
# "(90%CI: 1.01;1.34)": bounds split by ";" in a bracket that says "CI" (must contain the estimate)
_CI_SEMICOLON = re.compile(
    rf"\s*[(\[]\s*(?P<head>{_CI_HEAD})\s*[:=,]?\s*(?P<lo>{_NUM})\s*(?P<lp>%)?\s*;\s*(?P<hi>{_NUM})\s*(?P<hp>%)?\s*[)\]]"
)
# ", -4.36 to -2.89" / "; 9 to 17" (no CI label: must contain the estimate)
_CI_BARE = re.compile(rf"\s*[,;]\s*{_RANGE_NO_COMMA}")
# a short qualifier between an estimate and a CI that says "CI": "1.3 in the Zorvan cohort [95% CI 1.1-1.5]"
_QUALIFIER = re.compile(r"\s+(?:in|for|among|with)(?:\s+[A-Za-z][\w\-/'+]*){1,4}?(?=\s*[(\[,;])")
# a longer one (a number allowed: "3.5 for current smokers in A relative to hospital controls (95% CI 1.6-7.5)", "0.56
# from 8 case-control studies (95% CI ...", "0.72 from 11 studies, comprising a total of 2041 knights (95% CI ...",
# "0.68 for an increment of 1 serving per day; 95% CI, ...", "0.93 per 10 mm Hg increase in A, 95% CI ..."), when the
# CI says "CI" and holds the estimate
_LONG_QUALIFIER = re.compile(
    r"\s+(?:in|for|among|with|from|per)(?:\s+(?!(?:and|or|but|whereas|while|than|was|were|is|are)\b)[A-Za-z0-9][\w\-/'+]*)"
    r"{1,10}?(?:,\s+(?:comprising|including|involving|totall?ing)(?:\s+(?:a\s+total\s+of|in\s+total))?"
    r"(?:\s+[A-Za-z0-9][\w\-/'+,]*){1,6}?)?(?=\s*[(\[]|\s*[,;]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?(?:CI|confidence\s+interval))"
)
# the estimate in another unit, between it and a CI that says "CI": "-200 kJ (-48 kcal) (95% CI ..."
_CONVERTED = re.compile(r"\s*[(\[]\s*[-+]?\s?\d[\d.,]*\s*[A-Za-z\u00b5\u03bc][\w/.\u00b5\u03bc]*\s*[)\]]")
_BEFORE_P = re.compile(r"\s*[;,]\s*(?=[Pp]\b|[Pp]-?\s*values?\b)")
_CI_LEVEL_MENTION = re.compile(
    r"(?<![\d.])(\d{2}(?:\.\d+)?)\s*(?:%|percent)\s*(?:CI|Cr(?:ed)?I|confidence|credible)", re.I
)
# units between an estimate and its CI: "-23.5 pg/ml [", "6.2 mL/min per 1.73 m(2) (", "13 sandflies per trap;"
_UNITS = re.compile(
    r"(?:\s+(?!(?:and|or|for|in|among|with|but|versus|vs|compared|than|respectively)\b)"
    r"(?:per\s+\d+(?:\.\d+)?\s*)?[A-Za-z\u00b5\u03bc\u00b0][\w/\u00b5\u03bc\u00b0.\u00b2\u00b3\-]*(?:\(\d\))?){1,4}"
)

_ABBREVIATION_DOT = re.compile(r"\b(?:vs|v|e\.g|i\.e|al|cf|approx|ca|Fig|Figs|No)\.$")
_CLAUSE_WORDS = re.compile(r"\b(?:but|whereas|while|although|however)\b", re.I)
_ADJACENT = re.compile(r"[\s,;:(\[]*")


@dataclass
class _Effect:
    """An effect while the sentence is being read; ``start``/``end`` index the sentence."""

    measure: str | None
    value: float | None
    start: int
    end: int
    ci_level: float | None = None
    ci_lower: float | None = None
    ci_upper: float | None = None
    p_value: float | None = None
    p_relation: str | None = None
    p_end: int | None = None
    p_from: int | None = None  # where a P value of this effect may start, when before ``end``
    bracketed: bool = False  # a percent change alone in its bracket ("(12%)"), which a list may repeat
    place: str | None = (
        None  # where a percent change read from its clause sat ("bracket", "object"), for its list
    )


@dataclass
class _CI:
    lower: float
    upper: float
    level: float | None
    end: int
    percent: bool


class _Sentence:
    """The normalised text plus what every rule needs: bracket depths, number tokens, anchors."""

    def __init__(self, original: str) -> None:
        self.original = original
        text = _MIDDLE_DOT.sub(".", original.translate(_CHAR_MAP))
        if "IC" in text and _ROMANCE_CI.search(text):
            text = _ROMANCE_CI.sub("CI", text)
            text = _ROMANCE_TO.sub(" - ", _DECIMAL_COMMA.sub(".", text))
        if "Cl" in text:
            text = _CL_TYPO.sub("CI", text)
        if "[" in text:
            text = _EDITORIAL.sub(lambda m: " " * len(m.group(0)), text)
        if "CI" in text and " to " in text:
            text = _WORDED_CI.sub(_signed_ci, text)
        if "trend" in text and (header := _TREND_HEADER.search(text)):
            # "RR (95% CI; P, trend) ... was a (b-c; 0.07)": the bare last number of each later bracket is the P
            # value the header names ("; 0" -> ";P=", same length)
            text = text[: header.end()] + _TREND_ITEM.sub(r"\g<1>P=", text[header.end() :])
        self.text = text
        depth, depths = 0, []
        for ch in text:
            depths.append(depth)
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
        depths.append(depth)
        self.depth = depths
        self.numbers = list(_NUM_TOKEN.finditer(text))
        self.number_at = {m.start(): m for m in self.numbers}
        self.consumed: list[tuple[int, int]] = []  # spans already read (estimates, CIs, P values)
        self.anchors = _find_anchors(text)

    def is_consumed(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.consumed)

    def clause_break(
        self, start: int, end: int, depth0: int, words: bool = True, semicolons: bool = True
    ) -> bool:
        """True when a clause ends between ``start`` and ``end`` for something read at depth ``depth0``:
        (``semicolons``) a semicolon at the top level (or outside the group that held it), a sentence end, or
        (``words``) "but" / "whereas" / ..."""
        text = self.text
        for i in range(start, end):
            if semicolons and text[i] == ";" and (self.depth[i] == 0 or self.depth[i] < depth0):
                return True
            if (  # a sentence end, but not "vs. Zorvatin"
                text[i] == "."
                and text[i + 1 : i + 2] == " "
                and text[i + 2 : i + 3].isupper()
                and not _ABBREVIATION_DOT.search(text, max(0, i - 6), i + 1)
            ):
                return True
        return words and any(
            self.depth[m.start() + start] <= depth0 for m in _CLAUSE_WORDS.finditer(text[start:end])
        )


def _number(raw: str) -> float:
    return float(raw.replace(" ", "").replace(",", ""))


def _level_before(s: _Sentence, pos: int) -> float | None:
    """The last CI level the sentence stated before ``pos`` ("(95% CI)", "with 95% confidence intervals")."""
    level = None
    for m in _CI_LEVEL_MENTION.finditer(s.text, 0, pos):
        level = float(m.group(1))
    return level


def _ci_after(s: _Sentence, pos: int, value: float, allow_units: bool = True) -> _CI | None:
    """The CI right after an estimate ending at ``pos`` (optionally after its unit), else None."""
    text = s.text
    # where a CI may start, whether it must say "CI", whether it must hold the value
    starts = [(pos, False, False)]
    if allow_units:
        unit = _UNITS.match(text, pos)
        if unit and unit.end() - pos <= 40:
            starts.append((unit.end(), False, False))
        qualifier = _QUALIFIER.match(text, pos)
        if qualifier:
            starts.append((qualifier.end(), True, False))
        elif long_qualifier := _LONG_QUALIFIER.match(text, pos):
            starts.append((long_qualifier.end(), True, True))
        converted = _CONVERTED.match(text, unit.end()) if unit else None
        if converted:
            starts.append((converted.end(), True, False))
        # "(pooled RR: 1.04; P = 0.63, 95% CI: 0.9 to 1.2)": a CI that says "CI" after the estimate's P value
        before_p = _BEFORE_P.match(text, pos)
        if before_p:
            starts.extend((b, True, False) for a, b in s.consumed if a == before_p.end())
    for start, headed_only, holds in starts:
        for pattern in (_CI_PAREN, _CI_SEP, _CI_BARE, _CI_SEMICOLON):
            m = pattern.match(text, start)
            if not m:
                continue
            headed = bool(m.groupdict().get("head"))
            if headed_only and not headed:
                continue
            if pattern is _CI_PAREN and not headed and not m.group("close"):
                continue
            lower, upper = _number(m.group("lo")), _number(m.group("hi"))
            if upper < 0 < lower <= -upper and re.search(r"\d\s*--\s*\d", m.group(0)):
                upper = -upper  # "(1.70--2.25)": a doubled dash
            must_hold = holds or not headed or pattern is _CI_SEMICOLON
            if must_hold and not (lower - 1e-9 <= value <= upper + 1e-9):
                continue
            level = m.groupdict().get("lvl") or m.groupdict().get("lvl2") or m.groupdict().get("lvl3")
            level_value = float(level) if level else _level_before(s, start)
            percent = bool(m.group("lp") or m.group("hp"))
            return _CI(lower, upper, level_value, m.end(), percent)
    return None
