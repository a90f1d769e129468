"""Estimates of named measures: the values after each name, with their CIs, and lists of them.

``_read_anchor`` walks the numbers after one measure name up to the next name: the first value may follow
directly, after a copula or after a header bracket ("(mean difference, 95% CI)", "RR (95% CI; P, trend) ...
was"); further values go on the list when they come with their CI or sit like the first one did (shapes in
``measure_lists``), and stop at a clause break. Whether a single number can be an estimate at all is
``measure_values``'s question.
"""

from __future__ import annotations

import re

from rag.effects.measure_lists import (
    _ANAPHOR,
    _ANAPHOR_IT,
    _LABEL_THEN_NEXT,
    _NEXT_WITH_CI,
    _OUTER_ITEM_GAP,
    _PLUS_MINUS,
    _PREPOSITIONS,
    _bare_list,
    _gap_tail,
    _listed_cis,
    _prefix_shape,
    _same_prefix,
    _shape,
)
from rag.effects.measure_values import _RATIO_MEASURES, _value_of, _value_ok
from rag.effects.names import _ABBR_RE, _DIFFERENCE_MEASURES
from rag.effects.text import _CI_NAME, _ci_after, _Effect, _number, _Sentence

# the estimate follows the name directly or after one of these ("OR = 2.3", "HR of 0.46", "RRs were 0.8")
_LEAD_END = re.compile(
    r"(?:[=:,;(\[]|\b(?:of|was|were|is|are|being|be|approximately|approximated|about|around|nearly|value|values|"
    r"estimates?|respectively|and|or|versus|vs)\b|\bvs\.)\s*$",  # ("vs." too: "in A vs. 1.8 (CI) in B")
    re.I,
)
_HEADER_GAP = re.compile(
    rf"\s*(?:[(\[][^()\[\]\d]{{0,20}}(?:\d{{2}}(?:\.\d+)?\s*(?:%|percent)\s*)?{_CI_NAME}"
    # "(95% CI; P, trend)": the header names a P for trend too
    r"(?:\s*[;,]\s*(?:and\s+)?P(?:\s*,\s*|\s+for\s+|-)trend)?"
    rf"[^()\[\]\d]{{0,5}}[)\]])?\s*",
    re.I,
)
# "ranged from 0.56 to 0.72" is a range, not an estimate, unless each value has its own CI ("ORs ranging from 1.3
# in A [95% CI 1.1-1.5] to 2.5 in B (95% CI 2.2-2.8)")
_RANGE_BEFORE = re.compile(  # (and the range's second value: "ranging between -0.24 and -0.29", "between 1.15 and")
    r"\b(?:from|between|ranging|ranged)\s*$|\b(?:rang\w*|varied)\s+(?:from\s+|between\s+)?[-+]?\d*\.?\d+\s*(?:to|and)\s*$"
    r"|\bbetween\s+[-+]?\d*\.?\d+\s*and\s*$",
    re.I,
)
# the same before a correlation symbol: "ranged from r = 0.22 (with A) to r = 0.81 (with B)", "the range was r = ..."
_RANGE_BEFORE_SYMBOL = re.compile(
    r"\b(?:from|between|range\s+(?:was|is))\s*$|\b(?:rang\w*|varied)\s+(?:was\s+|is\s+)?(?:from\s+|between\s+)?"
    r"(?:r|rs|rho|R)\s*=\s*[-+]?\d*\.?\d+\s*(?:[(\[][^()\[\]]{0,80}[)\]]\s*)?(?:to|and)\s*$",
    re.I,
)
# "an RR of 1.4 (CI), and a prevalence after 42 weeks of 1.44 (CI)": a value that another quantity introduces is
# not the measure's, and ends its list
_OTHER_QUANTITY = re.compile(
    r"\b(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:prevalence|incidence|rate|mean|median|proportion|percentage|level|"
    r"concentration)s?\b[^;()\[\]]{0,60}?\b(?:of|was|were|is)\s*$",
    re.I,
)
_SPREAD_AFTER = re.compile(r"\s*(?:\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d)\b|(?:SD|SEM)\b)")
# "were small: 2.25 mm (SD 3.0), 0.02 mm (3.0), ...": a difference given with its spread, after an optional unit
_UNIT_SPREAD = re.compile(
    r"\s*(?:[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc]*\s*)?(?:\u00b1|\+/-|[(\[]\s*(?:SD|SE|SEM|s\.d)\b)"
)
# "relative risks of A v B (males 3.1, females 2.4)": a labelled value, then the next labelled one
_NEXT_LABELLED = re.compile(r"\s*[,;]\s*[A-Za-z][\w\-]*\s+\d*\.?\d+\s*[,;)\]]")
_COPULA = re.compile(r"\b(?:were|was|are|is)\b", re.I)
# "The adjusted HR for A in squires was 0.77 (CI); in B, 0.88 (CI)": the label of the first value, before its copula
_LABEL_COPULA = re.compile(
    r"\b(for|in|among)\s+(?:(?!\b(?:for|in|among)\s)[^\d;()\[\]]){1,40}?\s+(?:was|were|is|are)\s*$", re.I
)
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
# "(0.08 (0.05 to 0.14)/1000 live-births)": a value per so many people is a rate, not a ratio
_PER_COUNT = re.compile(r"\s*[)\]]?\s*/\s*\d")


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
    symbol = measure == "correlation" and end - start <= 5  # "r", "rho", "r(s)"
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
        if not first and _OTHER_QUANTITY.search(gap):
            break
        rest = gap[_HEADER_GAP.match(gap).end() :] if first and ";" in gap else gap  # "(95% CI; P, trend)"
        if first and ";" in rest and re.search(r"\w", rest.split(";")[0]):
            break
        # "in women (HR 1.9, 95% CI 1.1-3.8) but not in men (1.2, 95% CI 0.7-2.1)": after "but" / "whereas" a
        # list goes on only with a value that opens a parenthesis of its own (and, below, has its CI); after a
        # ";" only with a value introduced like the first ("for A, 0.81 (CI) ...; for B, 0.77 (CI)")
        anaphor = not first and _ANAPHOR.fullmatch(gap)
        it_anaphor = not first and not anaphor and _ANAPHOR_IT.fullmatch(gap)
        if (
            not first
            and not anaphor
            and not it_anaphor
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
        if it_anaphor:
            if not ci:
                break
            lead = True
        if first and not ci and symbol and _RANGE_BEFORE_SYMBOL.search(text, max(0, start - 150), start):
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
            # "corresponding RRs ... were 0.78 and 0.55.": a plural name and "were" make two values a list
            pair = first and text[end - 1] == "s" and re.search(r"\bwere\s*$", gap)
            bare = _bare_list(s, m, measure, 0 if first else bare_length, bool(opened), bool(pair))
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
            and re.match(r"\s*(?:[,;]|and\b)", text[(tail := _gap_tail(s, cursor, m.start())) : m.start()])
            and _same_prefix(first_prefix, _prefix_shape(s, tail, m.start()))
        ):
            # "were for A 2.34 (95% CI ...), for B 2.50 (95% CI ...)", "were as follows: A 1.87 (95% CI ..., p=0.01),
            # B 1.06 (0.83-1.36)", "(odds ratios: men 0.31 (95% CI ...); women 0.33 (0.18 to 0.59))": labelled like
            # the first
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
