"""Effect sizes read from one sentence as structured data (``EffectSize``), with compiled regexes only.

Why rules and not a model: the estimates in abstracts are written in a small set of stereotyped forms
("OR 0.71 (95% CI 0.55-0.92; P = 0.01)", "a 23% lower risk", "r = 0.45"), every number must be copied
exactly, and the extractor runs on every quoted sentence at answer time. A rule that misreads is a bug we
can see in ``python -m eval.bench_effects --verbose``; it never invents a number that is not in the text.

What counts as an effect (the labelled set ``eval/labels/effect_sizes.jsonl`` follows the same rules):

* a point estimate of a *named* measure: mean difference (MD), weighted / standardised mean difference (WMD,
  SMD, Hedges' g, Cohen's d), odds ratio (OR, aOR, summary OR), relative risk / risk ratio (RR), hazard ratio
  (HR, relative hazard), risk difference (RD; an "absolute risk reduction" of 11% is RD -11), incidence rate
  ratio / rate ratio (IRR), a correlation coefficient (r, rho, Spearman's / Pearson's coefficient; not R²,
  not an intraclass correlation). The name the sentence defines wins: "rate ratio [RR] = 0.80" is an IRR,
  and an abbreviation spelled out as something else ("heart rate (HR)", "Mediterranean diet (MD)") is not a
  measure in that sentence, unless it is used in the full form "MD -0.3; 95% CI -3.7 to 3.1". A bare
  "differences" after a mean-difference name refers back to it ("weighted mean differences ... [differences
  in glimmer: -0.9 (-1.6, -0.2)]"). Several values after one name are several effects, whether listed ("HRs
  were 0.82 (0.70-0.96) and 0.75 (0.60-0.93)"), one per parenthesis ("age (HR 1.6; 1.5-1.7), female sex
  (0.7; 0.6-0.8)"), after "but" ("in women (HR 1.9, 1.1-3.8) but not in men (1.2, 0.7-2.1)") or tied to
  their name only by a label ("RRs of A v B (males 3.1, females 2.4)", "(r=0.81), followed by zorvatin
  (0.78)"). The extractor takes a value further on in such a list when it comes with its CI, or, without
  one, when it sits exactly like the first value did (alone in its bracket, after a label, before the same
  unit word or a "± spread", at the same bracket depth). A spelled-out mean difference may carry a spread
  ("was 0.6 ± 0.8 units (95% CI 0.5-0.7)": MD 0.6, the spread is not a CI).
  A value of a reference category ("1 (reference)"), a range of estimates ("ranged from 0.56 to 0.72"; but
  "ranging from 1.3 [95% CI 1.1-1.5] in A to 2.5 (95% CI 2.2-2.8) in B" gives two) and a bare difference
  without a measure name ("1.9-point difference") are not effects;
* a relative change in percent with a direction word: "reduced LDL by 12%", "a 23% lower risk", "increased
  by 15.2%", "declined 38%", "(mean increase 20%)", or a signed "-50%". The direction gives the sign (reduce,
  lower, decrease, decline, fall, less => negative). Prevalences ("32% of participants"), ranges ("by
  20-29%"), bounds ("up to 40%", "more than 50%", "time to 50% reduction"), thresholds ("detection by a 5%
  increase in size") and exposure steps ("for each 1% increase in price", "a dose reduction by 50% reduces
  the risk", "a 10% increase in price lowers demand") are not;
* a P value. It attaches to the effect it follows in the same parenthesis or clause (at most one per
  effect); any other P value is an effect of its own with ``measure=None``. A significance threshold stated
  as method ("P < 0.05 was considered significant") is not a P value of a result.

The confidence interval is the range that follows the estimate: "(95% CI 1.17-2.56)", ", 95% CI -2.44 to
-0.64", "[CI, 0.4-11.9]", "(0.52, 0.99)", ", -4.36 to -2.89"; a CI that says "CI" may come after a short
qualifier ("0.3 for zorvatin (95% CI 0.2-0.7)") or the estimate in another unit ("-200 kJ (-48 kcal) (95% CI
-400, 10)"). Its level is the one stated with it, else the last level the sentence stated before it ("ORs
(95% CI) were 0.72 (0.52-0.99), ..."), else None. A range with no CI label must contain the estimate. A percent change takes a CI only when the bounds are percentages
("by 24% (19% to 28%)" gives -24, -28 to -19); "34% lower hazard (95% CI: 0.59, 0.75)" gives no CI, because
that interval belongs to a hazard ratio the sentence does not state. Numbers are read as printed: unicode
minus, en dashes and Lancet-style middle dots ("0·56") are normalised; ``ci_lower``/``ci_upper`` keep the
printed order.

Benchmark: ``python -m eval.bench_effects [--verbose]`` scores the extractor on 575 hand-labelled real
sentences (tuning, held-out, blind and blind2 splits; see that module). Known misses (from blind2, drawn
before the latest rules and scored before and after them): a list that goes on across semicolons ("HRs were:
for A, x (CI), y (CI); for B, z (CI), ..."), lists without CIs that do not repeat the first value's shape
("rate ratios across quintiles were 1.00, x, y and z", "mean differences were A (+x g/d); B (+y mg/d)"), a
measure named only in a header far from its values ("(mean difference, 95% CI) ... A (x cm, 95% CI ...)"),
percentages tied to a change only by a label ("a reduction in the risk of A (x%)") or with the CI between
number and direction ("an x% (95% CI a%, b%) lower risk"), "increased (x%)", "P < or = x", responder
thresholds read as changes ("x% showed 50% improvement"), "confidence limits ranging from a to b", and the
unit "D" (dioptre) read as days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.schemas import EffectSize

__all__ = ["extract_effects"]

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

# A number as a token of its own: not glued to letters ("Ad36", "w-3", "IL-6", "sMD-2") or to another number
# ("1.17-2.56" gives 1.17 only; the range is read by the CI patterns). A sign may be spaced ("- 7.0").
_NUM_TOKEN = re.compile(
    r"(?<![\w.\-+/])(?<!\d,)(?:(?P<sign>[-+])\s?)?(?P<num>\d+(?:\.\d+)?|\.\d+)(?![\d\w]|\.\d)"
)
_NUM = r"[-+]?\s?(?:\d+(?:\.\d+)?|\.\d+)"

# ---------------------------------------------------------------------------------------------------------
# Measure names. Full names are matched case-insensitively, abbreviations case-sensitively (so the word "or"
# is never an odds ratio). "ARR" is an absolute risk *reduction*: an RD whose printed value is negated.

_FULL_NAMES: tuple[tuple[str, str], ...] = (
    ("SMD", r"standard(?:i[sz]ed)?\s+mean\s+differences?|hedges'?\s*g|cohen'?s\s+d"),
    ("WMD", r"weighted\s+mean\s+differences?"),
    ("MD", r"(?:mean|average)\s+differences?|differences?\s+in\s+(?:the\s+)?means"),
    ("OR", r"odds\s+ratios?|relative\s+odds"),
    ("HR", r"(?:sub-?distribution\s+|cause-specific\s+)?hazard\s+(?:rate\s+)?ratios?|relative\s+hazards?"),
    ("IRR", r"incidence[-\s]+rate\s+ratios?|(?:incidence\s+|mortality\s+)?rate\s+ratios?"),
    ("RR", r"relative\s+risks?|risk\s+ratios?"),
    ("ARR", r"absolute\s+risk\s+reductions?"),
    ("RD", r"(?:absolute\s+)?risk\s+differences?|absolute\s+risk\s+increases?"),
    (
        "correlation",
        r"(?<!intraclass\s)(?<!intra-class\s)(?:(?:spearman|pearson)(?:'s)?\s+)?(?:rank\s+|partial\s+)?"
        r"correlation\s+coefficients?|spearman(?:'s)?\s+(?:rho|\u03c1)",
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
    "RH": None,  # relative hazard, only when the sentence defines it
}
_ABBR_RE = re.compile(
    r"(?<![\w\-/])(?P<abbr>aIRR|IRR|aOR|AOR|SOR|OR|aRR|ARR|RR|aHR|AHR|HR|RD|WMD|SMD|MD|RH)s?(?![\w\-])"
)
# a symbol for a correlation coefficient must be followed by "=" or ":" ("r = 0.45", "rho = -0.31")
_CORR_SYMBOL_RE = re.compile(r"(?<![\w])(?:r|R|rs|r\(s\)|r_s|rho|Rho|\u03c1)(?=\s*[=:])")
# an abbreviation used as a measure name whatever the sentence spelled it out as: value and a CI that says "CI"
_STRONG_FORM = re.compile(
    r"\s*[:=,]?\s*[-+]?\s?(?:\d+(?:\.\d+)?|\.\d+)\s*[;,(\[]\s*(?:\d{2}(?:\.\d+)?\s*%\s*)?"
    r"(?:CI|confidence\s+interval)",
    re.I,
)
# "odds ratio (OR)", "rate ratio [RR]": the abbreviation that a full name defines in this sentence
_DEFINITION_RE = re.compile(r"\s*[(\[]\s*(?P<abbr>[A-Za-z]{1,5}?)s?\s*[)\]]")
# an abbreviation of ours that the sentence spells out as something else: its initials match the words before
_ACRONYM_RE = re.compile(r"[(\[]\s*(?P<abbr>[A-Za-z]{2,5}?)s?\s*[)\]]")
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "to", "a", "an", "for", "on", "with"})

# ---------------------------------------------------------------------------------------------------------
# Confidence intervals.

_CI_NAME = (
    r"(?:CIs?|CrIs?|confidence\s+intervals?|confidence\s+limits?|credible\s+intervals?)"
    r"(?:\s*[(\[]\s*(?:\d{2}\s*%\s*)?CIs?\s*[)\]]|\s*,\s*CI\b)?"
)
_CI_HEAD = rf"(?:(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s*(?:%|percent)\s*)?{_CI_NAME}|(?P<lvl2>9[059])\s*%)"
_RANGE = rf"(?P<lo>{_NUM})\s*(?P<lp>%)?\s*(?:-|to|,)\s*(?P<hi>{_NUM})\s*(?P<hp>%)?(?!\d|\.\d)"
_RANGE_NO_COMMA = rf"(?P<lo>{_NUM})\s*(?P<lp>%)?\s*(?:-|to)\s*(?P<hi>{_NUM})\s*(?P<hp>%)?(?!\d|\.\d|%)"
# "(95% CI 1.17-2.56", "[CI -26.9 to -3.7]", "(0.52-0.99)"
_CI_PAREN = re.compile(rf"\s*[(\[]\s*(?:(?P<head>{_CI_HEAD})\s*[:=,]?\s*)?{_RANGE}(?P<close>\s*[)\]])?")
# ", 95% CI 1.17-2.56", "; 95% confidence interval [CI], 0.44 to 1.79", "and 95% confidence interval 0.2-1.1"
_CI_SEP = re.compile(
    rf"\s*[,;]?\s*(?:and\s+(?:a\s+|the\s+)?)?(?P<head>{_CI_HEAD})\s*[:=,]?\s*[(\[]?\s*{_RANGE}"
)
# ", -4.36 to -2.89" / "; 9 to 17" (no CI label: must contain the estimate)
_CI_BARE = re.compile(rf"\s*[,;]\s*{_RANGE_NO_COMMA}")
# a short qualifier between an estimate and a CI that says "CI": "1.3 in the Zorvan cohort [95% CI 1.1-1.5]"
_QUALIFIER = re.compile(r"\s+(?:in|for|among|with)(?:\s+[A-Za-z][\w\-/'+]*){1,4}?(?=\s*[(\[,;])")
# the estimate in another unit, between it and a CI that says "CI": "-200 kJ (-48 kcal) (95% CI ..."
_CONVERTED = re.compile(r"\s*[(\[]\s*[-+]?\s?\d[\d.,]*\s*[A-Za-z\u00b5\u03bc][\w/.\u00b5\u03bc]*\s*[)\]]")
_CI_LEVEL_MENTION = re.compile(
    r"(?<![\d.])(\d{2}(?:\.\d+)?)\s*(?:%|percent)\s*(?:CI|CrI|confidence|credible)", re.I
)
# units between an estimate and its CI: "-23.5 pg/ml [", "6.2 mL/min per 1.73 m(2) (", "13 sandflies per trap;"
_UNITS = re.compile(
    r"(?:\s+(?!(?:and|or|for|in|among|with|but|versus|vs|compared|than|respectively)\b)"
    r"(?:per\s+\d+(?:\.\d+)?\s*)?[A-Za-z\u00b5\u03bc\u00b0][\w/\u00b5\u03bc\u00b0.\u00b2\u00b3\-]*(?:\(\d\))?){1,4}"
)

# ---------------------------------------------------------------------------------------------------------
# Filters for candidate estimate values.

# the estimate follows the name directly or after one of these ("OR = 2.3", "HR of 0.46", "RRs were 0.8")
_LEAD_END = re.compile(
    r"(?:[=:,;(\[]|\b(?:of|was|were|is|are|being|be|approximately|approximated|about|around|nearly|value|values|"
    r"estimates?|and|or|versus|vs\.?)\b)\s*$",
    re.I,
)
_HEADER_GAP = re.compile(
    rf"\s*(?:[(\[][^()\[\]\d]{{0,20}}(?:\d{{2}}(?:\.\d+)?\s*(?:%|percent)\s*)?{_CI_NAME}[^()\[\]\d]{{0,5}}[)\]])?\s*",
    re.I,
)
_COUNT_UNITS = (
    r"patients|participants|subjects|women|men|children|infants|individuals|people|persons|cases|controls|"
    r"studies|trials|RCTs|cohorts|articles|events|deaths|years?|yrs?|months?|mo|weeks?|wks?|days?|d|hours?|"
    r"hrs?|h|minutes?|mins?|seconds?|sec|s|ms|bpm|beats|breaths|servings?|cups?|times|fold"
)
# after a value: a CI level ("95% CI"), a range ("50-99"), a spread ("± 5", "(SD"), a reference category,
# a fold change or a count / time unit ("24 months", "2 studies", "72 bpm")
_REJECT_AFTER = re.compile(
    r"\s*(?:%\s*(?:CI|CrI|confidence|credible)|(?:-|to)\s*[-+]?\s?\.?\d|\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d|"
    r"range|IQR|ref)|(?:SD|SEM)\b|-?\s*fold\b|x\s*10|" + rf"(?:{_COUNT_UNITS})\b)",
    re.I,
)
_REJECT_BEFORE = re.compile(
    r"(?:\b(?:per|each|every|type|grade|stage|quintiles?|quartiles?|tertiles?|deciles?|Q|aged?|than|"
    r"over|under|within|after|before|days?|weeks?|months?|years?|top|bottom|groups?|arms?|models?|tables?|"
    r"fig|figures?|phase|class)\s*|\b(?:SD|SE|SEM|IQR|range)\s*[:=,]?\s*|(?<![\w(])(?:n|N|I\(2\)|I2|I\^2|k|df)\s*=\s*|[<>\u2264\u2265]\s*=?\s*|"
    r"\bor\s*=\s*)$"
)
# "ranged from 0.56 to 0.72" is a range, not an estimate, unless each value has its own CI ("ORs ranging from 1.3
# in A [95% CI 1.1-1.5] to 2.5 in B (95% CI 2.2-2.8)")
_RANGE_BEFORE = re.compile(r"\b(?:from|between|ranging|ranged)\s*$", re.I)
_SPREAD_AFTER = re.compile(r"\s*(?:\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d)\b|(?:SD|SEM)\b)")
_PLUS_MINUS = re.compile(r"\s*(?:\u00b1|\+/-)\s*\d+(?:[.,]\d+)*")
# the shapes of list items without a CI (``_shape``): "(0.78)" / "(r=0.81)", "(males 3.1," / ", females 2.4)"
_ALONE_BEFORE = re.compile(r"[(\[]\s*(?:[A-Za-z]{1,5}\s*[=:]?\s*)?$")
_LABEL_BEFORE = re.compile(r"[(\[,;]\s*[A-Za-z][\w\-]*\s+$")
_NOT_UNIT = re.compile(
    r"and|or|for|in|among|with|but|versus|vs|compared|than|respectively|from|at|on|to|of|by|per|after|before|"
    r"during|when|which|that|is|was|were|are|the|an?|as|if|within|between",
    re.I,
)
_NEXT_LABELLED = re.compile(r"\s*[,;]\s*[A-Za-z][\w\-]*\s+\d*\.?\d+\s*[,;)\]]")
_RATIO_MEASURES = frozenset({"OR", "RR", "HR", "IRR"})
_PERCENT_OK = frozenset({"MD", "WMD", "RD", "ARR"})

# ---------------------------------------------------------------------------------------------------------
# P values.

_P_RE = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:all|both)\s+)?"
    r"(?:[Pp](?:\s*-?\s*values?|s|'s)?(?:\s*[-(]?\s*(?:for\s+)?(?:linear\s+)?"
    r"(?:trend|interaction|heterogeneity|het|int|difference|nonlinearity)\s*\)?)?|P(?:trend|interaction|het))"
    r"\s*(?P<rel><=|>=|=<|=>|\u2264|\u2265|<|>|=|less\s+than|greater\s+than|of|was|:)\s*"
    r"(?P<num>10\s*(?:\^|\()\s*-\s*\d+\s*\)?|(?:\d*\.\d+|\d+)(?:\s*x\s*10\s*(?:\^|\()?\s*-\s*\d+\s*\)?|"
    r"\s*[eE]-?\d+)?)(?!\d|\.\d)"
)
# "P for trend 0.022", "p for interaction 0.09": a qualified P value may drop its "="
_P_QUALIFIED_BARE = re.compile(
    r"(?<![A-Za-z0-9])[Pp]\s*[-(]?\s*(?:for\s+)?(?:linear\s+)?(?:trend|interaction|heterogeneity)\s*\)?\s+"
    r"(?P<num>\d*\.\d+)(?!\d|\.\d)"
)
_P_MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?P<num>\d*\.\d+)(?=\s*(?:,|\)|;|and\b|respectively))")
_P_THRESHOLD_AFTER = re.compile(
    r"^\s*\)?\s*,?\s*(?:was|were|is|are)\s+(?:considered|regarded|accepted|set|defined|taken|deemed|used|"
    r"chosen)",
    re.I,
)
_P_THRESHOLD_BEFORE = re.compile(
    r"(?:significan\w*\s+(?:level|threshold)|level\s+of\s+significance|alpha|\u03b1|set\s+at|defined\s+as|"
    r"considered\s+(?:statistically\s+)?significant\s+(?:at|if|when|for))\s*(?:of|at|was|as|:|=|the)?\s*\(?$",
    re.I,
)
_RELATIONS = {"<": "<", ">": ">", "=": "=", "<=": "<=", ">=": ">=", "=<": "<=", "=>": ">=", "\u2264": "<="}
_RELATIONS |= {"\u2265": ">=", "of": "=", "was": "=", ":": "=", "less than": "<", "greater than": ">"}

# ---------------------------------------------------------------------------------------------------------
# Percent changes.

_PCT_TOKEN = re.compile(
    r"(?<![\w.\-+/%\u00b1])(?:(?P<sign>[-+])\s?)?(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
)
_NEG_WORDS = (
    r"reduc\w*|decreas\w*|lower\w*|declin\w*|drop\w*|fell|fall\w*|diminish\w*|less|fewer|smaller|loss"
)
_NEGATIVE = re.compile(rf"^(?:{_NEG_WORDS})$", re.I)
# "23% lower risk", "an 18% reduction", "a 30% relative risk reduction", "80% more broccoli"
_PCT_FOLLOWED_BY_DIRECTION = re.compile(
    r"\s*(?:(?:relative|absolute|risk|overall|net|mean|average|significant|significantly)\s+){0,2}"
    r"(?P<dir>reduction|decrease|decline|drop|fall|lower|less|fewer|smaller|loss|increase|rise|higher|greater|"
    r"more|larger|elevation|improvement|gain|excess)\b",
    re.I,
)
# "24% and 32% higher": the direction after the last item of a list of percentages
_PCT_LIST_AHEAD = re.compile(r"(?:\s*,\s*\d+(?:\.\d+)?\s*%)*\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?\s*%")
_PCT_BOUND_BEFORE = re.compile(
    r"(?:\b(?:each|every|per|criteria\s+of|criterion\s+of|threshold\s+of|cut-?off\s+of|at\s+least|"
    r"more\s+than|less\s+than|greater\s+than|up\s+to|over|under|within|time\s+to)\s*|[<>\u2264\u2265]\s*)$",
    re.I,
)
# "reduced ... by 12%", "increases of the ratio by 303.4%"
_APPROX = r"(?:(?:approximately|about|around|nearly|almost|roughly)\s+)?"  # "by approximately 25%"
_PCT_BY_BEFORE = re.compile(
    rf"\bby\s+(?:{_APPROX}|(?:an\s+average\s+of|a\s+mean\s+of|on\s+average|only|some|~|\u2248)\s*)$",
    re.I,
)
_DIRECTION_WORD = re.compile(
    r"\b(?P<dir>reduc(?:e|ed|es|ing|tions?)|decreas(?:ed|es|ing|e)|lower(?:ed|ing|s)?|declin(?:ed|es|ing|e)|"
    r"drop(?:ped|s)?|fell|fall(?:s|en)?|diminish(?:ed|es)?|cut|increas(?:ed|es|ing|e)|rais(?:e|ed|es|ing)|rose|"
    r"ris(?:e|es|en)|elevat(?:e|ed|es|ion)|improv(?:e|ed|es|ing|ement)|gain(?:ed|s)?|grew|higher|greater|"
    r"smaller|larger)\b",
    re.I,
)
# "declined 38%", "increased approximately 15%", "(mean increase 20%)", "a reduction of 25%"
_PCT_WORD_BEFORE = re.compile(
    r"(?<!each\s)(?<!every\s)(?<!per\s)\b(?P<dir>reduced|decreased|lowered|declined|dropped|fell|increased|"
    r"rose|raised|elevated|improved|reduction|decrease|decline|drop|fall|increase|rise|elevation|improvement|"
    rf"gain)s?\s+(?:of\s+)?{_APPROX}$",
    re.I,
)
# a change that is the means or the cause, not a result: "detection by a 5% increase in size", "a dose
# reduction by 50% significantly reduces the risk", "a 10% increase in price lowers demand"
_PCT_CRITERION_BEFORE = re.compile(
    r"\b(?:detect\w*|diagnos\w*|defin\w*|identif\w*|classif\w*)\s+(?:\w+\s+){0,3}?(?:by|as)\s+an?\s+$", re.I
)
_PCT_CAUSE_AFTER = re.compile(
    r"\s*(?:(?:reduction|decrease|decline|drop|fall|increase|rise|gain)s?\s+"
    r"in\s+(?:(?!and\b|or\b|but\b)[\w\-]+\s+){1,3})?(?:\w+ly\s+)?"
    r"(?:(?:reduce|lower|increase|raise|decrease|prevent|cause|improve)s|leads\s+to|results\s+in)\b",
    re.I,
)
_PCT_CONTINUE_BEFORE = re.compile(r"(?:\band|\bversus|\bvs\.?|,)\s+(?:by\s+)?$", re.I)
_PCT_RANGE_BEFORE = re.compile(r"\d\s*%?\s*(?:-|to)\s*$")
_PCT_RANGE_AFTER = re.compile(r"\s*(?:-|to)\s*[-+]?\d")
_PCT_OF_AFTER = re.compile(r"\s+of\b|\s*(?:CI|CrI|confidence|credible)\b", re.I)

_SIGNED_BEFORE = re.compile(r"(?:^|[(\[,;:=]|\b(?:and|or|versus|vs\.?))\s*$")

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
        self.consumed: list[tuple[int, int]] = []  # spans already read (estimates, CIs, P values)
        self.anchors = _find_anchors(text)

    def is_consumed(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.consumed)

    def clause_break(self, start: int, end: int, depth0: int, words: bool = True) -> bool:
        """True when a clause ends between ``start`` and ``end`` for something read at depth ``depth0``:
        a semicolon at the top level (or outside the group that held it), a sentence end, or (``words``)
        "but" / "whereas" / ..."""
        text = self.text
        for i in range(start, end):
            if text[i] == ";" and (self.depth[i] == 0 or self.depth[i] < depth0):
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
    return float(raw.replace(" ", ""))


def _p_number(raw: str) -> float | None:
    """A P value as a float: "0.001", ".04", "2 x 10(-5)", "1e-6", "10(-4)"; "001" (dropped point) is 0.001."""
    raw = raw.replace(" ", "")
    m = re.fullmatch(r"(?:(\d*\.?\d+)x)?10(?:\^|\()?-(\d+)\)?", raw)
    if m and (m.group(1) or "(" in raw or "^" in raw):
        return float(m.group(1) or 1) * 10 ** -int(m.group(2))
    if re.fullmatch(r"0\d+", raw):
        return float("." + raw)
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if value <= 1 else None


def _level_before(s: _Sentence, pos: int) -> float | None:
    """The last CI level the sentence stated before ``pos`` ("(95% CI)", "with 95% confidence intervals")."""
    level = None
    for m in _CI_LEVEL_MENTION.finditer(s.text, 0, pos):
        level = float(m.group(1))
    return level


def _ci_after(s: _Sentence, pos: int, value: float, allow_units: bool = True) -> _CI | None:
    """The CI right after an estimate ending at ``pos`` (optionally after its unit), else None."""
    text = s.text
    starts = [(pos, False)]
    if allow_units:
        unit = _UNITS.match(text, pos)
        if unit and unit.end() - pos <= 40:
            starts.append((unit.end(), False))
        qualifier = _QUALIFIER.match(text, pos)
        if qualifier:
            starts.append((qualifier.end(), True))
        converted = _CONVERTED.match(text, unit.end()) if unit else None
        if converted:
            starts.append((converted.end(), True))
    for start, headed_only in starts:
        for pattern in (_CI_PAREN, _CI_SEP, _CI_BARE):
            m = pattern.match(text, start)
            if not m:
                continue
            headed = bool(m.groupdict().get("head"))
            if headed_only and not headed:
                continue
            if pattern is _CI_PAREN and not headed and not m.group("close"):
                continue
            lower, upper = _number(m.group("lo")), _number(m.group("hi"))
            if not headed and not (lower - 1e-9 <= value <= upper + 1e-9):
                continue
            level = m.groupdict().get("lvl") or m.groupdict().get("lvl2")
            level_value = float(level) if level else _level_before(s, start)
            percent = bool(m.group("lp") or m.group("hp"))
            return _CI(lower, upper, level_value, m.end(), percent)
    return None


def _find_anchors(text: str) -> list[tuple[int, int, str]]:
    """Measure names in the sentence as (start, end, measure), the end past any "(ABBR)" it defines."""
    defined: dict[str, str | None] = {}
    anchors: list[tuple[int, int, str]] = []
    for m in _FULL_NAME_RE.finditer(text):
        measure = m.lastgroup or ""
        end = m.end()
        d = _DEFINITION_RE.match(text, end)
        if d:
            defined[d.group("abbr")] = measure
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
        measure = defined.get(m.group("abbr"), _ABBREVIATIONS[m.group("abbr")])
        if measure is None and _STRONG_FORM.match(text, m.end()):  # "mean duration (MD) ... MD -0.3; 95% CI"
            measure = _ABBREVIATIONS[m.group("abbr")]
        if measure is None:
            continue
        start, end = m.start(), m.end()
        if start and text[start - 1] in "([" and text[end : end + 1] in ")]":
            start, end = start - 1, end + 1  # "[RD] -0.004": the brackets belong to the name
        anchors.append((start, end, measure))
    for m in _CORR_SYMBOL_RE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in anchors):
            anchors.append((m.start(), m.end(), "correlation"))
    return sorted(anchors)


def _value_ok(
    s: _Sentence, m: re.Match[str], measure: str, continuation: bool, end: int | None = None
) -> bool:
    """Whether a number token can be the estimate of ``measure`` (see the module docstring); ``end`` is where
    the value's own text ends (after a skipped "± spread"). A value after "from" / "ranging" / "between" is
    checked by the caller (it needs its own CI)."""
    text = s.text
    value = _number(m.group(0))
    after = text[m.end() if end is None else end :]
    if _REJECT_AFTER.match(after):
        return False
    if re.match(r"\s*%", after) and measure not in _PERCENT_OK:
        return False
    if _REJECT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return False
    if measure in _RATIO_MEASURES and value <= 0:
        return False
    if measure == "correlation" and abs(value) > 1:
        return False
    is_year = "." not in m.group("num") and 1900 <= value <= 2100
    return continuation or not is_year


def _shape(s: _Sentence, m: re.Match[str], end: int) -> str | None:
    """How a value without a CI sits in its list, for telling a parallel list item from a stray number: alone in
    its bracket ("(r=0.81)", "(0.78)"), after a label ("(males 3.1, females 2.4)"), before a spread ("= -0.004
    ± 0.037") or before a unit word ("0.5 lines"); None for anything else."""
    text = s.text
    before = text[max(0, m.start() - 30) : m.start()]
    if re.match(r"\s*[)\]]", text[end:]) and _ALONE_BEFORE.search(before):
        return "alone"
    if re.match(r"\s*[,;)\]]", text[end:]) and _LABEL_BEFORE.search(before):
        return "label"
    if _PLUS_MINUS.match(text, m.end()):
        return "spread"
    unit = re.match(r"\s+([A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc]*)", text[end:])
    if unit and not _NOT_UNIT.fullmatch(unit[1]):
        return "unit " + unit.group(1).lower()
    return None


def _read_anchor(s: _Sentence, start: int, end: int, measure: str) -> list[_Effect]:
    """The estimates that follow one measure name: the first value, then any list continuing it."""
    text = s.text
    depth0 = s.depth[start]
    limit = min([a for a, _, _ in s.anchors if a >= end] + [len(text)])  # up to the next measure name
    # "mean difference was 0.6 ± 0.8 units (95% CI 0.5-0.7)": after a spelled-out difference, a spread is skipped
    spread_ok = measure in _DIFFERENCE_MEASURES and text[start].isalpha() and not _ABBR_RE.match(text, start)
    effects: list[_Effect] = []
    first_shape: tuple[str | None, int] = (None, 0)  # the first value's shape and depth, when it had no CI
    cursor = end
    for m in s.numbers:
        if m.start() < cursor or s.is_consumed(m.start()):
            continue
        if m.start() >= limit:
            break
        gap = text[cursor : m.start()]
        first = not effects
        if len(gap) > (250 if first else 150):
            break
        if min(s.depth[cursor : m.start() + 1]) < depth0:
            # only "..., female sex (0.72; 0.61-0.84)": the group closed, and a new one opened on the value
            reopened = s.depth[m.start()] == depth0 and re.search(r"[(\[]\s*$", gap)
            if first or not reopened or min(s.depth[cursor : m.start() + 1]) < depth0 - 1:
                break
        if first and ";" in gap and re.search(r"\w", gap.split(";")[0]):
            break
        # "in women (HR 1.9, 95% CI 1.1-3.8) but not in men (1.2, 95% CI 0.7-2.1)": after "but" / "whereas" a list
        # goes on only with a value that opens a parenthesis of its own (and, below, has its CI)
        if (
            not first
            and not re.fullmatch(r"\s*;\s*", gap)
            and s.clause_break(cursor, m.start(), depth0)
            and (not re.search(r"[(\[]\s*$", gap) or s.clause_break(cursor, m.start(), depth0, words=False))
        ):
            break
        lead = bool(_LEAD_END.search(gap) or (first and _HEADER_GAP.fullmatch(gap)))
        if not first and re.search(r"\bto\s*$", gap):
            lead = True  # "from 1.3 [CI] to 2.5 [CI]"
        spread = _PLUS_MINUS.match(text, m.end()) if spread_ok else None
        if first and lead and not spread and _SPREAD_AFTER.match(text, m.end()):
            break  # "MD of 56.77 (SD: 16.35)": the number after the name is a mean, not an estimate
        if not _value_ok(s, m, measure, continuation=not first, end=spread.end() if spread else None):
            continue
        value = _number(m.group(0))
        percent = re.match(r"\s*%", text[m.end() :])  # "ARR, 11.3%; 95% CI, ..."
        value_end = m.end() + percent.end() if percent else m.end()
        ci = _ci_after(s, spread.end() if spread else value_end, value)
        if not ci and _RANGE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        shape = _shape(s, m, value_end) if not ci and "." in m.group("num") else None
        if first and not lead and shape == "label" and _NEXT_LABELLED.match(text, value_end):
            lead = True  # "relative risks of A v B (males 3.1, females 2.4)"
        # further on in a list, a value without a CI counts only in the same shape and depth as the first one
        parallel = not first and shape is not None and first_shape == (shape, s.depth[m.start()])
        if (not first or len(gap) > 60) and not ci and not parallel:
            continue  # far from its name, or further on in a list, an estimate must come with its CI
        if not (lead or (first and ci) or parallel):
            continue
        if not ci and "." not in m.group("num") and not re.fullmatch(r"[\s=:,]*", gap):
            continue  # "cut-off points of 10, 20": a whole number away from its name needs a CI to count
        if not first and ci and not (ci.lower - 1e-9 <= value <= ci.upper + 1e-9):
            continue
        if first and not ci:
            first_shape = (shape, s.depth[m.start()])
        value_end = spread.end() if spread else value_end
        effect = _Effect(measure, value, start if first else m.start(), ci.end if ci else value_end)
        if ci:
            effect.ci_level, effect.ci_lower, effect.ci_upper = ci.level, ci.lower, ci.upper
        if measure == "ARR":  # an absolute risk reduction of 11% is a risk difference of -11
            effect.measure = "RD"
            if value > 0:
                effect.value = -value
                if ci:
                    effect.ci_lower, effect.ci_upper = -ci.upper, -ci.lower
        effects.append(effect)
        s.consumed.append((m.start(), effect.end))
        cursor = effect.end
    return effects


def _percent_changes(s: _Sentence) -> list[_Effect]:
    """Relative changes in percent, signed by their direction word (see the module docstring)."""
    text = s.text
    out: list[_Effect] = []
    for m in _PCT_TOKEN.finditer(text):
        if s.is_consumed(m.start()):
            continue
        before, after = text[: m.start()], text[m.end() :]
        if _PCT_RANGE_BEFORE.search(before) or _PCT_RANGE_AFTER.match(after) or _PCT_OF_AFTER.match(after):
            continue
        if _PCT_CRITERION_BEFORE.search(before) or _PCT_CAUSE_AFTER.match(after):
            continue
        direction, start = None, m.start()
        follow = _PCT_FOLLOWED_BY_DIRECTION.match(after)
        follow_end = m.end() + follow.end() if follow else m.end()
        if not follow and (listed := _PCT_LIST_AHEAD.match(after)):
            follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, listed.end())  # "24% and 32% higher"
        if follow and not _PCT_BOUND_BEFORE.search(before):
            direction, end = follow.group("dir"), follow_end
        else:
            end = m.end()
            if _PCT_BOUND_BEFORE.search(before) and not _PCT_BY_BEFORE.search(before):
                continue
            if re.search(r"\bup\s+to\s*$", before, re.I):
                continue
            by = _PCT_BY_BEFORE.search(before)
            word = _PCT_WORD_BEFORE.search(before)
            if by:
                window_start = max(0, by.start() - 150)
                for i in range(by.start() - 1, window_start - 1, -1):
                    if (text[i] == ";" and s.depth[i] == 0) or text[i : i + 2] == ". ":
                        window_start = i + 1
                        break
                words = list(_DIRECTION_WORD.finditer(text, window_start, by.start()))
                if words:
                    direction, start = words[-1].group("dir"), words[-1].start()
            elif word:
                direction, start = word.group("dir"), word.start()
            elif _PCT_CONTINUE_BEFORE.search(before):
                previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 120]
                if previous:
                    ref = previous[-1]
                    between = range(ref.end, m.start())
                    if s.depth[ref.end] == s.depth[m.start()] and all(
                        s.depth[i] >= s.depth[ref.end] for i in between
                    ):
                        direction = "lower" if (ref.value or 0) < 0 else "higher"
            if direction is None and m.group("sign") and _SIGNED_BEFORE.search(before):
                direction = "lower" if m.group("sign") == "-" else "higher"  # "(-50%, p < 0.003)"
            if direction is None:
                continue
        magnitude = float(m.group("num"))
        negative = bool(_NEGATIVE.match(direction)) or m.group("sign") == "-"
        effect = _Effect("percent_change", -magnitude if negative else magnitude, min(start, m.start()), end)
        ci = _ci_after(s, end, magnitude, allow_units=False)
        if ci and ci.percent:
            effect.ci_level = ci.level
            if negative and m.group("sign") != "-" and min(ci.lower, ci.upper) >= 0:
                effect.ci_lower, effect.ci_upper = -ci.upper, -ci.lower
            else:
                effect.ci_lower, effect.ci_upper = ci.lower, ci.upper
            effect.end = ci.end
        s.consumed.append((m.start(), effect.end))
        out.append(effect)
    return out


def _p_values(s: _Sentence) -> list[tuple[int, int, float, str]]:
    """Every P value of a result as (start, end, value, relation); method thresholds are left out."""
    text = s.text
    out: list[tuple[int, int, float, str]] = []
    for m in _P_RE.finditer(text):
        if _P_THRESHOLD_AFTER.match(text[m.end() : m.end() + 60]) or _P_THRESHOLD_BEFORE.search(
            text[max(0, m.start() - 60) : m.start()]
        ):
            continue
        value = _p_number(m.group("num"))
        if value is None:
            continue
        relation = _RELATIONS[re.sub(r"\s+", " ", m.group("rel")).lower()]
        out.append((m.start(), m.end(), value, relation))
        pos = m.end()
        while more := _P_MORE.match(text, pos):  # "(P = 0.0045 and 0.0096, respectively)"
            extra = _p_number(more.group("num"))
            if extra is None:
                break
            out.append((more.start("num"), more.end(), extra, relation))
            pos = more.end()
    for m in _P_QUALIFIED_BARE.finditer(text):
        value = _p_number(m.group("num"))
        if value is not None and not any(a <= m.start() < b for a, b, _, _ in out):
            out.append((m.start(), m.end(), value, "="))
    return sorted(out)


def _attach_p(
    s: _Sentence, effects: list[_Effect], p_values: list[tuple[int, int, float, str]]
) -> list[_Effect]:
    """Give each P value to the effect it follows in the same parenthesis or clause, else make it its own."""
    alone: list[_Effect] = []
    for start, end, value, relation in p_values:
        before = [e for e in effects if e.start < start and e.end <= start]
        target = max(before, key=lambda e: e.start) if before else None
        if target is not None and any(target.start < e.start < start for e in effects):
            target = None
        if target is not None and target.p_value is None:
            gap_ok = _ADJACENT.fullmatch(s.text, target.end, start) is not None
            if gap_ok or not s.clause_break(target.end, start, s.depth[target.start]):
                target.p_value, target.p_relation, target.p_end = value, relation, end
                continue
        alone.append(_Effect(None, None, start, end, p_value=value, p_relation=relation))
    return alone


def extract_effects(sentence: str) -> list[EffectSize]:
    """Every effect estimate and P value the sentence states, in reading order (rules in the module doc).

    Pure and fast (compiled regexes only): ``extract_effects("MD 1.86, 95% CI 1.17-2.56")`` gives one
    ``EffectSize(measure="MD", value=1.86, ci_level=95, ci_lower=1.17, ci_upper=2.56, ...)``."""
    if not sentence or not any(ch.isdigit() for ch in sentence):
        return []
    s = _Sentence(sentence)
    p_values = _p_values(s)
    s.consumed.extend((start, end) for start, end, _, _ in p_values)  # a P value is never an estimate
    effects: list[_Effect] = []
    for start, end, measure in s.anchors:
        if s.is_consumed(start):
            continue
        effects.extend(_read_anchor(s, start, end, measure))
    effects.extend(_percent_changes(s))
    effects.sort(key=lambda e: e.start)
    effects.extend(_attach_p(s, effects, p_values))
    effects.sort(key=lambda e: e.start)
    out: list[EffectSize] = []
    for e in effects:
        end = e.end
        if e.p_end is not None and e.p_end - e.end <= 80:
            end = e.p_end
        out.append(
            EffectSize(
                measure=e.measure,  # type: ignore[arg-type]
                value=e.value,
                ci_level=e.ci_level,
                ci_lower=e.ci_lower,
                ci_upper=e.ci_upper,
                p_value=e.p_value,
                p_relation=e.p_relation,  # type: ignore[arg-type]
                text=sentence[e.start : end].strip(),
            )
        )
    return out
