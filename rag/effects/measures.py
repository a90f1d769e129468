"""Estimates of named measures: the values after each name, with their CIs, and lists of them."""

from __future__ import annotations

import re

from rag.effects.names import _ABBR_RE, _DIFFERENCE_MEASURES
from rag.effects.text import _CI_NAME, _RANGE_NO_COMMA, _ci_after, _Effect, _level_before, _number, _Sentence

# ---------------------------------------------------------------------------------------------------------
# Filters for candidate estimate values.

# the estimate follows the name directly or after one of these ("OR = 2.3", "HR of 0.46", "RRs were 0.8")
_LEAD_END = re.compile(
    r"(?:[=:,;(\[]|\b(?:of|was|were|is|are|being|be|approximately|approximated|about|around|nearly|value|values|"
    r"estimates?|respectively|and|or|versus|vs\.?)\b)\s*$",
    re.I,
)
_HEADER_GAP = re.compile(
    rf"\s*(?:[(\[][^()\[\]\d]{{0,20}}(?:\d{{2}}(?:\.\d+)?\s*(?:%|percent)\s*)?{_CI_NAME}"
    # "(95% CI; P, trend)": the header names a P for trend too
    r"(?:\s*[;,]\s*(?:and\s+)?P(?:\s*,\s*|\s+for\s+|-)trend)?"
    rf"[^()\[\]\d]{{0,5}}[)\]])?\s*",
    re.I,
)
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
# "ranged from 0.56 to 0.72" is a range, not an estimate, unless each value has its own CI ("ORs ranging from 1.3
# in A [95% CI 1.1-1.5] to 2.5 in B (95% CI 2.2-2.8)")
_RANGE_BEFORE = re.compile(  # (and the range's second value: "ranging between -0.24 and -0.29")
    r"\b(?:from|between|ranging|ranged)\s*$|\b(?:rang\w*|varied)\s+(?:from\s+|between\s+)?[-+]?\d*\.?\d+\s*(?:to|and)\s*$",
    re.I,
)
_SPREAD_AFTER = re.compile(r"\s*(?:\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d)\b|(?:SD|SEM)\b)")
# "were small: 2.25 mm (SD 3.0), 0.02 mm (3.0), ...": a difference given with its spread, after an optional unit
_UNIT_SPREAD = re.compile(
    r"\s*(?:[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc]*\s*)?(?:\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d)\b)"
)
_PLUS_MINUS = re.compile(r"\s*(?:\u00b1|\+/-)\s*\d+(?:[.,]\d+)*")
# the shapes of list items without a CI (``_shape``): "(0.78)" / "(r=0.81)", "(males 3.1," / ", females 2.4)"
_ALONE_BEFORE = re.compile(r"[(\[]\s*(?:[A-Za-z]{1,5}\s*[=:]?\s*)?$")
_P_TO_CLOSE = re.compile(r"\s*[;,]\s*[Pp](?:\s*-?\s*values?)?\s*[=<>\u2264\u2265][^()\[\]]{0,30}[)\]]")
_LABEL_BEFORE = re.compile(r"[(\[,;]\s*[A-Za-z][\w\-]*\s+$")
_NOT_UNIT = re.compile(
    r"and|or|for|in|among|with|but|versus|vs|compared|than|respectively|from|at|on|to|of|by|per|after|before|"
    r"during|when|which|that|is|was|were|are|the|an?|as|if|within|between",
    re.I,
)
# "HRs were 0.76 for glimmer and 0.77 for zorvatin": a value before its label, and the gap to the next such value
_BEFORE_LABEL = re.compile(r"\s+(for|in|among)\s+(?:the\s+)?[A-Za-z]")
_LABEL_THEN_NEXT = re.compile(r"\s+(?:for|in|among)\s+[^\d;()\[\]]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)")
_NEXT_LABELLED = re.compile(r"\s*[,;]\s*[A-Za-z][\w\-]*\s+\d*\.?\d+\s*[,;)\]]")
# a value explicitly signed, alone in its bracket with its unit: "(+4.2 g/d)", "(-0.38 cm)"
_SIGNED_ALONE_AFTER = re.compile(r"[^()\[\];\d]{0,60}?[)\]]")
# what introduces a list item (``_prefix_shape``): after the last ":" / ";" / copula before it
_PREFIX_SPLIT = re.compile(r"[:;]|\b(?:were|was|are|is|as\s+follows)\b", re.I)
_PREPOSITIONS = frozenset({"for", "in", "among", "with", "at", "during", "from", "on"})
_COPULA = re.compile(r"\b(?:were|was|are|is)\b", re.I)
# "1.00, 1.21, 1.44, and 1.93": a list of bare values (``_bare_list``)
_BARE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "were 0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively": labels between the values, "respectively" at
# the end (after the last label)
_LABELLED_END = re.compile(r"(?:\s+(?:for|in|among)\s[^\d;()\[\]]{1,60}?)?\s*,?\s*respectively\b", re.I)
# "The adjusted HR for A in squires was 0.77 (CI); in B, 0.88 (CI)": the label of the first value, before its copula
_LABEL_COPULA = re.compile(
    r"\b(for|in|among)\s+(?:(?!\b(?:for|in|among)\s)[^\d;()\[\]]){1,40}?\s+(?:was|were|is|are)\s*$", re.I
)
# "(95% confidence intervals = 0.41-0.91, 0.44-0.99, and 0.50-1.10, respectively)": one CI per listed value
_LISTED_CI_HEAD = re.compile(
    rf"\s*,?\s*(?:respectively\s*,?\s*)?[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s*%\s*)?{_CI_NAME}\s*[:=,]?\s*",
    re.I,
)
_LISTED_CI = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?{_RANGE_NO_COMMA}")
# "(mean difference, 95% CI)": a measure name alone in its bracket, a header for values further on
# "(risk ratio [95% CI]) was 1.12 (0.94-1.34) in A, ...": the CI level may sit in a bracket of its own
_HEADER_TAIL = re.compile(
    rf"\s*(?:[,;]\s*(?:\d{{2}}(?:\.\d+)?\s*%\s*)?{_CI_NAME}\s*|[(\[]\s*(?:\d{{2}}(?:\.\d+)?\s*%\s*)?{_CI_NAME}\s*[)\]]\s*)?"
    r"[)\]]",
    re.I,
)
# "the correlation between the 24-hour A score and 3-month B volume was 0.72": what it relates, then a copula
_RELATED_COPULA = re.compile(r"\s+between\s[^;()\[\]]{1,80}?\s(?:was|were|is)\s*", re.I)
_RANGE_MEAN = re.compile(
    r"\b(?:rang\w*|varied)\s+(?:from\s+|between\s+)?[-+]?\d*\.?\d+[^;()\[\]]{0,80}?\b(?:to|and)\s+[-+]?\d*\.?\d+"
    r"[^;()\[\]\d]{0,60}?[(\[]\s*(?:mean|average)\s*[:=,]?\s*$",
    re.I,
)
# a whole number right after its name, or said to be approximate ("a risk ratio of about 8")
_WHOLE_GAP = re.compile(
    r"[\s=:,]*|\s+(?:of|was|is|were)\s+(?:about|approximately|around|nearly|roughly)\s+", re.I
)
# a bracket opened by a few words that qualify a measure name: "[age- and energy-adjusted hazard ratio"
_QUALIFIED_HEADER_OPEN = re.compile(r"[(\[]\s*(?:[A-Za-z][\w\-]*\s+){1,4}$")
_RATIO_MEASURES = frozenset({"OR", "RR", "HR", "IRR"})
_PERCENT_OK = frozenset({"MD", "WMD", "RD", "ARR"})
_UNIT_OK = _DIFFERENCE_MEASURES | {"RD", "ARR"}
# a term of a regression equation is not an estimate: "Y=0.68+1.26X"
_EQUATION_BEFORE = re.compile(r"(?<![\w.])[XYxy]\s*=\s*$")
_EQUATION_AFTER = re.compile(r"\s*[-+]\s*\d*\.?\d+\s*\*?\s*[A-Za-z]\b")
# "(0.08 (0.05 to 0.14)/1000 live-births)": a value per so many people is a rate, not a ratio
_PER_COUNT = re.compile(r"\s*[)\]]?\s*/\s*\d")
# "1.00, 1.08 (95% CI": the next value with its bracket
_NEXT_WITH_CI = re.compile(r"\s*,\s*\d*\.?\d+\s*[(\[]")
# after the bracket a name opened closed: a label, then "and" before the next value ("...) in A and 0.96 (")
_OUTER_ITEM_GAP = re.compile(
    r"[)\]]\s*(?:in|for|among|with)\s[^;()\[\]]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I
)
# "was 0.333; this value was -0.768 for ...": a clause that refers back to the estimate gives another one
_ANAPHOR = re.compile(
    r"\s*[;,]\s*(?:and\s+|whereas\s+|while\s+)?(?:this|that|the\s+corresponding|the\s+same|the)\s+"
    r"(?:value|figure|estimate|coefficient|correlation|ratio)\s+(?:was|is)\s+",
    re.I,
)


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
    if _REJECT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
        return False
    if measure in _RATIO_MEASURES and value <= 0:
        return False
    if _EQUATION_BEFORE.search(text, 0, m.start()) or _EQUATION_AFTER.match(text, m.end()):
        return False
    if measure == "correlation" and abs(value) > 1:
        return False
    is_year = "." not in m.group("num") and 1900 <= value <= 2100
    return continuation or not is_year


def _shape(s: _Sentence, m: re.Match[str], end: int) -> str | None:
    """How a value without a CI sits in its list, for telling a parallel list item from a stray number: alone in
    its bracket ("(r=0.81)", "(0.78)"), signed and alone in its bracket with a unit ("(+4.2 g/d)"), after a
    label ("(males 3.1, females 2.4)"), before a spread ("= -0.004 ± 0.037"), before a unit word ("0.5
    lines") or before its label ("0.76 for glimmer and 0.77 for zorvatin"); None for anything else."""
    text = s.text
    before = text[max(0, m.start() - 30) : m.start()]
    # ("(OR: 3.342; P-value = 0.006), B (1.988; P-value = 0.002)": alone but for its P value)
    if (re.match(r"\s*[)\]]", text[end:]) or _P_TO_CLOSE.match(text, end)) and _ALONE_BEFORE.search(before):
        return "alone"
    if m.group("sign") and re.search(r"[(\[]\s*$", before) and _SIGNED_ALONE_AFTER.match(text, end):
        return "signed"
    if "." not in m.group("num"):
        return None
    if re.match(r"\s*[,;)\]]", text[end:]) and _LABEL_BEFORE.search(before):
        return "label"
    if _PLUS_MINUS.match(text, m.end()):
        return "spread"
    unit = re.match(r"\s+([A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc]*)", text[end:])
    if unit and not _NOT_UNIT.fullmatch(unit[1]):
        return "unit " + unit.group(1).lower()
    if before_label := _BEFORE_LABEL.match(text, end):
        return "before " + before_label.group(1).lower()
    return None


def _prefix_shape(s: _Sentence, start: int, end: int) -> tuple[str, str] | None:
    """How the text before a list item introduces it, read after the last ":", ";" or "were": the preposition
    it starts with ("for glimmer, 0.81") or "label" ("quillmorin (+96"), and its last punctuation; ("", "")
    right after the ":" or ";"; None when that text is long or holds a number of its own."""
    parts = _PREFIX_SPLIT.split(s.text[start:end])
    segment = re.sub(r"^\s*(?:and\s+)?", "", parts[-1])
    if len(parts) > 1 and not segment.strip():
        return "", ""  # right after the ":" or ";" ("were small: 2.25 mm ...; 0.83 mm ...")
    words = re.findall(r"[A-Za-z][\w\-/']*", segment)
    if not words or len(words) > 8 or re.search(r"(?<![\w\-])\d", segment):
        return None
    head = words[0].lower() if words[0].lower() in _PREPOSITIONS else "label"
    tail = segment.rstrip()[-1:]
    return head, tail if tail in ",:([" else ""


def _gap_tail(s: _Sentence, start: int, end: int) -> int:
    """Where the text between two list values starts after the last bracket closed in it (", p=0.01), B ")."""
    gap = s.text[start:end]
    return start + max(gap.rfind(")"), gap.rfind("]")) + 1


def _bare_list(
    s: _Sentence, m: re.Match[str], measure: str, length: int = 0, bracketed: bool = False
) -> list[re.Match[str]] | None:
    """ "were 1.00, 1.21, 1.44, and 1.93": three or more values with decimals and no CIs, the last after "and"
    or (``bracketed``: the name opened the bracket) before the bracket's end or a ";" ("(R = 0.27, 0.27, 0.33;
    ..."), or two or more before "respectively" ("of 2.2 and 1.9, respectively": the word ties them to their
    labels; then labels may sit between them, "0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively");
    with ``length``, a list of that many, however it ends; else None."""
    if re.search(r"\d\s*(?:,|\band)\s*$", s.text[max(0, m.start() - 12) : m.start()]):
        return None  # the list began before this value
    items, pos, separator = [m], m.end(), ""
    unlabelled: tuple[int, int, str] | None = None  # the list up to its first label: (length, end, separator)
    while True:
        sep = _BARE_SEP.match(s.text, pos)
        nxt = s.number_at.get(sep.end()) if sep else None
        if nxt is None and not length and (sep := _LABEL_THEN_NEXT.match(s.text, pos)):
            nxt = s.number_at.get(sep.end())  # "0.41 and 0.25 for A and 0.33 ..."
            if nxt is not None and unlabelled is None:
                unlabelled = (len(items), pos, separator)
        if nxt is None:
            break
        items.append(nxt)
        pos, separator = nxt.end(), sep.group(0)
    if unlabelled and not _LABELLED_END.match(s.text, pos):
        # labels between the values need "respectively" at the end: else the list ends at the first label
        items, pos, separator = items[: unlabelled[0]], unlabelled[1], unlabelled[2]
        unlabelled = None
    if length:
        if len(items) != length:
            return None
    elif unlabelled:
        pass
    elif (
        len(items) < 2
        or not (
            ("and" in separator and len(items) > 2)
            or _LABELLED_END.match(s.text, pos)  # "were x and y among A and B, respectively"
            or (
                bracketed
                and len(items) > 2
                and re.match(r"\s*[;)\]]", s.text[pos:])
                and s.depth[pos] == s.depth[m.start()]
            )
        )
    ):
        return None
    if any("." not in item.group("num") or s.is_consumed(item.start()) for item in items):
        return None
    if not all(_value_ok(s, item, measure, continuation=True) for item in items):
        return None
    if _ci_after(s, items[-1].end(), _value_of(items[-1], measure)):
        return None
    return items


def _listed_cis(s: _Sentence, pos: int, values: list[float]) -> list[tuple[float, float, float | None, int]]:
    """The CIs given together after a list of values ("were 0.61, 0.66 and 0.74 (95% CIs 0.41-0.91,
    0.44-0.99 and 0.50-1.10, respectively)") as (lower, upper, level, end), one per value and each holding
    it; else []."""
    head = _LISTED_CI_HEAD.match(s.text, pos)
    if not head:
        return []
    level = float(head.group("lvl")) if head.group("lvl") else _level_before(s, head.end())
    out, pos = [], head.end()
    for value in values:
        m = _LISTED_CI.match(s.text, pos)
        if not m:
            return []
        lower, upper = _number(m.group("lo")), _number(m.group("hi"))
        if not lower - 1e-9 <= value <= upper + 1e-9:
            return []
        out.append((lower, upper, level, m.end()))
        pos = m.end()
    if re.match(r"\s*,?\s*\d", s.text[pos:]):
        return []  # more CIs than values
    return out


def _read_anchor(s: _Sentence, start: int, end: int, measure: str) -> list[_Effect]:
    """The estimates that follow one measure name: the first value, then any list continuing it."""
    text = s.text
    depth0 = s.depth[start]
    limit = min([a for a, _, _ in s.anchors if a >= end] + [len(text)])  # up to the next measure name
    # "mean difference was 0.6 ± 0.8 units (95% CI 0.5-0.7)": after a spelled-out difference, a spread is skipped
    spread_ok = measure in _DIFFERENCE_MEASURES and text[start].isalpha() and not _ABBR_RE.match(text, start)
    effects: list[_Effect] = []
    first_shape: tuple[str | None, int] = (None, 0)  # the first value's shape and depth, when it had no CI
    first_prefix: tuple[str, str] | None = None  # how the first value was introduced ("for glimmer, 0.81")
    first_label: tuple[str, str] | None = (
        None  # its label before a copula ("in squires was 0.77"), as ("in", ",")
    )
    after_colon = False  # whether the first value came after a ":" ("were as follows: A 1.87 (CI)")
    bare_length = 0  # the length of the first value's list of bare values, if it began one
    cursor = end
    opener = start - 1 if start and text[start - 1] in "([" else None
    if opener is None and (qualified := _QUALIFIED_HEADER_OPEN.search(text, max(0, start - 50), start)):
        opener = qualified.start()  # "[age- and energy-adjusted hazard ratio (95% confidence interval)]"
    if opener is not None and (header := _HEADER_TAIL.match(text, end)):
        # "(mean difference, 95% CI) ... glimmer (-0.38 cm, 95% CI ...)": the values come after the bracket
        cursor, depth0 = header.end(), s.depth[opener]
    started = False
    own_bracket = (start > 0 and text[start - 1] in "([") or text[start] in "(["
    for m in s.numbers:
        if m.start() < cursor or s.is_consumed(m.start()):
            continue
        if m.start() >= limit:
            break
        gap = text[cursor : m.start()]
        first = not started
        if len(gap) > (250 if first else 150):
            break
        outer = False
        if min(s.depth[cursor : m.start() + 1]) < depth0:
            # only "..., female sex (0.72; 0.61-0.84)": the group closed, and a new one opened on the value
            reopened = s.depth[m.start()] == depth0 and re.search(r"[(\[]\s*$", gap)
            # or "(RR: 0.88; CI ...) in A and 0.96 (0.91, 1.02) in B": the name opened the group, and a value
            # with its CI follows it after a label and "and"
            outer = (
                not first
                and own_bracket
                and s.depth[m.start()] == depth0 - 1
                and min(s.depth[cursor : m.start() + 1]) == depth0 - 1
            )
            if not outer and (first or not reopened or min(s.depth[cursor : m.start() + 1]) < depth0 - 1):
                break
            if outer and not _OUTER_ITEM_GAP.search(gap):
                continue
        rest = gap[_HEADER_GAP.match(gap).end() :] if first and ";" in gap else gap  # "(95% CI; P, trend)"
        if first and ";" in rest and re.search(r"\w", rest.split(";")[0]):
            break
        # "in women (HR 1.9, 95% CI 1.1-3.8) but not in men (1.2, 95% CI 0.7-2.1)": after "but" / "whereas" a
        # list goes on only with a value that opens a parenthesis of its own (and, below, has its CI); after a
        # ";" only with a value introduced like the first ("for A, 0.81 (CI) ...; for B, 0.77 (CI)")
        anaphor = not first and _ANAPHOR.fullmatch(gap)
        if (
            not first
            and not anaphor
            and not re.fullmatch(r"\s*;\s*", gap)
            and s.clause_break(cursor, m.start(), depth0)
            and (not re.search(r"[(\[]\s*$", gap) or s.clause_break(cursor, m.start(), depth0, words=False))
            and (
                s.clause_break(cursor, m.start(), depth0, semicolons=False)
                or first_prefix is None
                or _prefix_shape(s, cursor, m.start()) not in {first_prefix, first_label} - {None}
            )
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
        value = _value_of(m, measure)
        percent = re.match(r"\s*%", text[m.end() :])  # "ARR, 11.3%; 95% CI, ..."
        value_end = m.end() + percent.end() if percent else m.end()
        ci = _ci_after(s, spread.end() if spread else value_end, value)
        if not ci and (outer or _RANGE_BEFORE.search(text, max(0, m.start() - 40), m.start())):
            continue
        if measure in _RATIO_MEASURES and _PER_COUNT.match(text, ci.end if ci else value_end):
            continue
        if (
            first
            and not ci
            and measure in _RATIO_MEASURES
            and value == 1
            and _NEXT_WITH_CI.match(text, value_end)
        ):
            continue  # "were 1.00, 1.08 (95% CI 0.97-1.19), 1.20 (...)": the reference category leads the list
        bare = None
        if not ci and ((first and lead and len(gap) <= 150) or (not first and bare_length)):
            # "... 1.93 (P = 0.002) in A and 1.00, 1.12, ..., 2.67 in B": further on, a list as long as the
            # first
            opened = first and start > 0 and text[start - 1] in "([" and re.fullmatch(r"\s*[=:]\s*", gap)
            bare = _bare_list(s, m, measure, 0 if first else bare_length, bracketed=bool(opened))
        if bare:
            reference = measure in _RATIO_MEASURES and _number(bare[0].group(0)) == 1  # "1.00, 1.21, ..."
            items = bare[1:] if reference else bare
            values = [_value_of(item, measure) for item in items]
            cis = _listed_cis(s, bare[-1].end(), values)
            for k, (item, value) in enumerate(zip(items, values, strict=True)):
                effect = _Effect(measure, value, start if first and not k else item.start(), item.end())
                if cis:
                    effect.ci_lower, effect.ci_upper, effect.ci_level, _ = cis[k]
                effects.append(effect)
            cursor = cis[-1][3] if cis else bare[-1].end()
            s.consumed.append((m.start(), cursor))
            started, bare_length = True, len(bare)
            continue
        shape = _shape(s, m, value_end) if not ci else None
        if first and not lead and shape == "label" and _NEXT_LABELLED.match(text, value_end):
            lead = True  # "relative risks of A v B (males 3.1, females 2.4)"
        # "mean differences ... were glimmer (+4.2 g/d); quillmorin (+96 ug/d), ...": a signed value alone in
        # its bracket after a difference name and a verb, with no other number between
        signed_first = (
            first
            and shape == "signed"
            and measure in _DIFFERENCE_MEASURES
            and _COPULA.search(gap)
            and not any(cursor <= n.start() < m.start() and not s.is_consumed(n.start()) for n in s.numbers)
        )
        # further on in a list, a value without a CI counts only in the same shape and depth as the first one
        parallel = not first and shape is not None and first_shape == (shape, s.depth[m.start()])
        if parallel and shape and shape.startswith("before ") and not _LABEL_THEN_NEXT.fullmatch(gap):
            parallel = False  # "0.76 for glimmer and 0.77 for ...": only the label and "and" between
        parallel = parallel or bool(anaphor)
        # "the mean differences between A and B ... were small: 2.25 mm (SD 3.0)": far from a spelled-out
        # difference name, a value given with its spread
        with_spread = first and spread_ok and lead and not ci and _UNIT_SPREAD.match(text, value_end)
        # "coefficients ... ranged from 0.22 for A to 0.80 for B (mean: 0.45)": the mean of a range of estimates
        range_mean = first and not ci and "." in m.group("num") and _RANGE_MEAN.search(gap)
        lead = lead or bool(range_mean)
        if (
            (not first or (len(gap) > 60 and not _RELATED_COPULA.fullmatch(gap)))
            and not ci
            and not parallel
            and not signed_first
            and not with_spread
            and not range_mean
        ):
            continue  # far from its name, or further on in a list, an estimate must come with its CI
        if (
            not first
            and ci
            and not lead
            and first_prefix is not None
            and (first_prefix[0] in _PREPOSITIONS or (first_prefix[0] == "label" and after_colon))
            and re.match(r"\s*(?:,|and\b)", text[(tail := _gap_tail(s, cursor, m.start())) : m.start()])
            and _prefix_shape(s, tail, m.start()) == first_prefix
        ):
            # "were for A 2.34 (95% CI ...), for B 2.50 (95% CI ...)", "were as follows: A 1.87 (95% CI ..., p=0.01),
            # B 1.06 (0.83-1.36)": labelled like the first
            lead = True
        if not (lead or (first and ci) or parallel or signed_first):
            continue
        if not ci and "." not in m.group("num") and shape != "signed" and not _WHOLE_GAP.fullmatch(gap):
            continue  # "cut-off points of 10, 20": a whole number away from its name needs a CI to count
        if not first and ci and not (ci.lower - 1e-9 <= value <= ci.upper + 1e-9):
            continue
        if first and not ci:
            first_shape = (shape, s.depth[m.start()])
        if first:
            first_prefix = _prefix_shape(s, cursor, m.start())
            after_colon = bool(re.search(r":[^;:]*$", gap))
            if ci and (label := _LABEL_COPULA.search(gap)):
                first_label = (label.group(1).lower(), ",")  # "...; in B, 0.91 (CI)" goes on the list
        value_end = spread.end() if spread else value_end
        effect = _Effect(measure, value, start if first else m.start(), ci.end if ci else value_end)
        if ci:
            effect.ci_level, effect.ci_lower, effect.ci_upper = ci.level, ci.lower, ci.upper
            if any(value_end <= a < ci.end and text[a] in "Pp" for a, _ in s.consumed):
                effect.p_from = value_end  # "RR: 1.04; P = 0.63, 95% CI: 0.9 to 1.2": the P is the estimate's
        if measure == "ARR":
            # an absolute risk reduction of 11% is a risk difference of -11, one printed -12 is +12
            effect.measure, effect.value = "RD", -value + 0.0
            if ci:
                effect.ci_lower, effect.ci_upper = -ci.upper + 0.0, -ci.lower + 0.0
        effects.append(effect)
        s.consumed.append((m.start(), effect.end))
        started, cursor = True, effect.end
    return effects
