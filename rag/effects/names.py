"""Measure names: full names, abbreviations and correlation symbols, and the anchors they give."""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------------------
# Measure names. Full names are matched case-insensitively, abbreviations case-sensitively (so the word "or"
# is never an odds ratio). "ARR" is an absolute risk *reduction*: an RD whose printed value is negated.

_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("SMD", r"standard(?:i[sz]ed)?\s+mean\s+differences?|hedges'?\s*g|cohen'?s\s+d"),
    ("WMD", r"weighted\s+mean\s+differences?"),
    ("MD", r"(?:mean|average)\s+differences?|differences?\s+in\s+(?:the\s+)?means"),
    ("OR", r"odds\s+ratios?|relative\s+odds"),
    ("HR", r"(?:sub-?distribution\s+|cause-specific\s+)?hazards?\s+(?:rate\s+)?ratios?|relative\s+hazards?"),
    ("IRR", r"incidence[-\s]+rate\s+ratios?|(?:incidence\s+|mortality\s+)?rate\s+ratios?"),
    ("RR", r"(?<!excess\s)relative\s+risks?|risk\s+ratios?"),  # (an excess relative risk is RR - 1)
    ("ARR", r"absolute\s+risk\s+reductions?"),
    # ("absolute difference, 4.2 percent": a difference of two percentages named without "risk")
    (
        "RD",
        r"(?:absolute\s+)?risk\s+differences?|absolute\s+risk\s+increases?"
        r"|absolute\s+differences?(?=\s*(?:,|:|of)?\s*[-+\u2212]?\d+(?:[.\u00b7]\d+)?\s*(?:%|percent\b))",
    ),
    (
        "correlation",
        # (the word first, then what must not precede it: a pattern that opens with lookbehinds is slow)
        r"(?:(?:spearman|pearson)(?:'s)?\s+)?(?:rank\s+|partial\s+)?"
        r"correlation(?<!intraclass\scorrelation)(?<!intra-class\scorrelation)\s+(?:coefficients?|ind(?:ex|ices))"
        r"|spearman(?:'s)?\s+(?:rho|\u03c1)"
        r"|\bcorrelation(?<!intraclass\scorrelation)(?<!intra-class\scorrelation)(?:"
        # "(correlation, 0.97)", "a correlation of -0.42": the bare word, right before a value it can be
        r"(?=\s*(?:[,:=]|of\b|was\b)\s*[-+]?\s?(?:0?\.\d|1\.0))"
        # "CES-D correlations were 0.38 (95% CI ...) for A and 0.24 (...) for B": the plural before "were"
        r"|s(?=\s+were\s+[-+]?\s?(?:0?\.\d|1\.0))"
        # "the correlation between A and B was 0.333": what it relates, then a copula and the value
        # (not "when the correlation ... was 0.75", a condition; "the kappa coefficient for the correlation": kappa)
        r"|(?<!\bwhen\sthe\scorrelation)(?<!\bif\sthe\scorrelation)(?<!\bfor\sthe\scorrelation)"
        r"(?=\s+(?:between|of)\s(?:[^\d;()\[\]]|(?<![\w.])\d+-(?=[A-Za-z])){1,60}?\b(?:was|were|is|of)\s*[-+]?\s?"
        r"(?:0?\.\d|1\.0)))"
        # "the scale correlated .72 with a longer questionnaire": the verb, then the coefficient and "with"
        r"|\bcorrelated(?=\s+[-+]?\s?(?:0?\.\d+|1\.0+)\s+with\b)"
        # "A correlated (r[df]) with B (-.32, p < .01), C (...)": the coefficient alone, first in the bracket that
        # follows what it relates
        r"|\bcorrelated(?=(?:\s+\([^()]{1,12}\))?\s+(?:to|with)\s+[^()\d;.]{1,60}?\(\s*[-+\u2212]?\s?"
        r"(?:0?\.\d+|1\.0+)\s*[,;)])",
    ),
)
_FULL_NAME_RE = re.compile("|".join(f"(?P<{m}>{p})" for m, p in _FULL_NAMES), re.I)
_DIFFERENCE_MEASURES = frozenset({"MD", "WMD", "SMD"})
_BARE_DIFFERENCE_RE = re.compile(r"\bdifferences?\b", re.I)
_ABBREVIATIONS: dict[str, str | None] = {
    "MD": "MD",
    "WMD": "WMD",
    "SMD": "SMD",
    "OR": "OR",
    "aOR": "OR",
    "AOR": "OR",
    "SOR": "OR",
    "RR": "RR",
    "aRR": "RR",
    "HR": "HR",
    "aHR": "HR",
    "AHR": "HR",
    "RD": "RD",
    "ARR": "ARR",
    "IRR": "IRR",
    "aIRR": "IRR",
    "RH": None,  # relative hazard, when the sentence defines it or in the full form (see _STRONG_ONLY)
    "RHR": None,  # a ratio of hazards (ratios), or a resting heart rate: see _STRONG_ONLY
    "ARD": None,  # an adjusted / absolute risk difference, or a disease ("aortic root diameter"): see _STRONG_ONLY
}
# abbreviations that are a measure only when used in the full form "RHR = 1.71; 95% CI ..." and not spelled out as
# something else in the sentence ("resting heart rate (RHR)"): "RHR, the ratio of breast vs ovarian cancer hazard
# ratios" is a hazard ratio; so is "RH, 0.64; 95% CI, 0.50-0.82" (a relative hazard), unless the sentence spells RH
# out as something else ("relative humidity (RH)")
# "ARD, -15.0% [95.5% CI, -26.3% to -3.8%]" is a risk difference in that form (its value may be a percentage)
_STRONG_ONLY = {"RHR": "HR", "RH": "HR", "ARD": "RD"}
_ABBR_RE = re.compile(
    r"(?<![\w\-/])(?P<abbr>aIRR|IRR|aOR|AOR|SOR|OR|aRR|ARR|RR|aHR|AHR|RHR|HR|ARD|RD|WMD|SMD|MD|RH)s?(?![\w\-])"
    # "A and AHR prevalence were x and y%": an abbreviation naming what is counted, not a measure
    r"(?!\s+(?:prevalence|incidence)\b)"
)
# a symbol for a correlation coefficient must be followed by "=" or ":" ("r = 0.45", "rho = -0.31", "rS = 0.37")
# ("ρ42 = -0.43": rho with its degrees of freedom; "| R | = 0.28": its absolute value; "r (s )= 0.90": spaced);
# or, opening a bracket, by its value ("(rs 0.738, P ..."); or "r values of 0.85 and 0.90"
_CORR_SYMBOL_RE = re.compile(
    r"(?<![\w])(?:r|R|rs|Rs|rS|r\s?\(\s?s\s?\)|r_s|rho|Rho|\u03c1\d*)(?=\s*[=:])"
    r"|\|\s?[rR]\s?\|(?=\s*[=:])"
    r"|(?<=[(\[])(?:r|rs|rho|\u03c1)(?=\s+[-+]?\s?0?\.\d+\s*[,;)\]])"
    r"|(?<![\w])(?:r|rho)\s+values?(?=\s+of\s+[-+]?\s?0?\.\d)"
)
# an abbreviation used as a measure name whatever the sentence spelled it out as: value and a CI that says "CI"
_STRONG_FORM = re.compile(
    r"\s*[:=,]?\s*[-+]?\s?(?:\d+(?:\.\d+)?|\.\d+)\s*%?\s*[;,(\[]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?"
    r"(?:CI|confidence\s+interval)",
    re.I,
)
# "odds ratio (OR)", "rate ratio [RR]": the abbreviation that a full name defines in this sentence
_DEFINITION_RE = re.compile(r"\s*[(\[]\s*(?P<abbr>[A-Za-z]{1,5}?)s?\s*[)\]]")
# an abbreviation of ours that the sentence spells out as something else: its initials match the words before
_ACRONYM_RE = re.compile(r"[(\[]\s*(?P<abbr>[A-Za-z]{2,5}?)s?\s*[)\]]")
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "to", "a", "an", "for", "on", "with"})


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in _SMALL_WORDS).lower()


def _new_abbreviations(
    text: str, definitions: list[tuple[str, str, int, int, int]]
) -> dict[str, tuple[str, int]]:
    """Abbreviations, not among ours, that a measure name defines ("adjusted risk difference [ARD]"), with the
    measure and where the definition ends; only when they are the initials of the name and the words just
    before it. ``definitions`` holds (abbreviation, measure, name start, bracket start, bracket end)."""
    out: dict[str, tuple[str, int]] = {}
    for abbr, measure, start, bracket, end in definitions:
        if abbr in _ABBREVIATIONS or len(abbr) < 2 or not abbr.isupper():
            continue
        if _initials(text[max(0, start - 40) : bracket]).endswith(abbr.lower()):
            out.setdefault(abbr, (measure, end))
    return out


def _find_anchors(text: str) -> list[tuple[int, int, str]]:
    """Measure names in the sentence as (start, end, measure), the end past any "(ABBR)" it defines."""
    defined: dict[str, str | None] = {}
    definitions: list[tuple[str, str, int, int, int]] = []
    anchors: list[tuple[int, int, str]] = []
    for m in _FULL_NAME_RE.finditer(text):
        measure = m.lastgroup or ""
        end = m.end()
        d = _DEFINITION_RE.match(text, end)
        if d:
            defined[d.group("abbr")] = measure
            definitions.append((d.group("abbr"), measure, m.start(), d.start(), d.end()))
            end = d.end()
        anchors.append((m.start(), end, measure))
    # "weighted mean differences ... [differences in glimmer: -0.9 (...)]": a bare "difference" after a
    # mean-difference name refers back to it
    named = [(a, measure) for a, _, measure in anchors if measure in _DIFFERENCE_MEASURES]
    for m in _BARE_DIFFERENCE_RE.finditer(text):
        earlier = [measure for a, measure in named if a < m.start()]
        if earlier and not any(a <= m.start() < b for a, b, _ in anchors):
            anchors.append((m.start(), m.end(), earlier[-1]))
    for m in _ACRONYM_RE.finditer(text):  # "heart rate (HR)", "Mediterranean diet (MD)": not a measure here
        abbr = m.group("abbr")
        if abbr in _ABBREVIATIONS and abbr not in defined:
            words = [w for w in re.findall(r"[A-Za-z]+", text[max(0, m.start() - 80) : m.start()])]
            words = [w for w in words if w.lower() not in _SMALL_WORDS][-len(abbr) :]
            if "".join(w[0] for w in words).lower() == abbr.lower():
                defined[abbr] = None
    for m in _ABBR_RE.finditer(text):
        if any(a <= m.start() < b for a, b, _ in anchors):
            continue
        abbr = m.group("abbr")
        measure = defined.get(abbr, _ABBREVIATIONS[abbr])
        if measure is None and _STRONG_FORM.match(text, m.end()):  # "mean duration (MD) ... MD -0.3; 95% CI"
            measure = _ABBREVIATIONS[abbr] or (_STRONG_ONLY.get(abbr) if abbr not in defined else None)
        if measure is None:
            continue
        start, end = m.start(), m.end()
        if start and text[start - 1] in "([" and text[end : end + 1] in ")]":
            start, end = start - 1, end + 1  # "[RD] -0.004": the brackets belong to the name
        anchors.append((start, end, measure))
    # "adjusted risk difference [ARD], 9.0% ...; (ARD, 3.3% ...)": an abbreviation the sentence defines for a
    # measure name, when its letters are the initials of the words it stands for
    for abbr, (measure, defined_at) in _new_abbreviations(text, definitions).items():
        for m in re.finditer(rf"(?<![\w\-/]){re.escape(abbr)}s?(?![\w\-])", text[defined_at:]):
            start = defined_at + m.start()
            if not any(a <= start < b for a, b, _ in anchors):
                anchors.append((start, defined_at + m.end(), measure))
    for m in _CORR_SYMBOL_RE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in anchors):
            anchors.append((m.start(), m.end(), "correlation"))
    return sorted(anchors)
