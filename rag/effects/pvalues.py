"""P values of results, and which effect each belongs to."""

from __future__ import annotations

import re

from rag.effects.text import _ADJACENT, _Effect, _Sentence

# ---------------------------------------------------------------------------------------------------------
# P values.

_P_RE = re.compile(  # "2p<0.0001" and "two-sided significance [2p]=0.0005" are two-sided P values
    r"(?<![A-Za-z0-9])(?:(?:all|both)\s+)?(?:2\s?(?=[Pp]\s*[<>=\u2264\u2265])|\[\s*2(?=[Pp]\s*\]\s*[<>=]))?"
    # ("p-linear-trend<0.001": a qualifier joined by hyphens; "P for heterogeneity between data sources = x";
    # "p adjusted = x")
    r"(?:[Pp]p?(?:\s*-?\s*values?|s|'s)?(?:\s*[-(]?\s*(?:for\s+)?(?:(?!for\b)[A-Za-z][\w\-]*?(?:\s+|-))?"
    r"(?:trend|interaction|heterogeneity|het|int|difference|nonlinearity|adjusted)\s*\)?"
    r"(?:\s+(?:across|over|among|between)(?:\s+[A-Za-z][\w\-]*){1,3}?)?)?|P(?i:trend|interaction|het)"
    r"|P[A-Z]{1,4}-[A-Z]{1,4}(?=\s*=))"  # "PAO-PL = .5657": subscripted with the two groups it compares
    r"(?:(?<=2[Pp])\s*\])?\s*(?::\s*(?=[<>=\u2264\u2265]))?(?P<rel>[<>]\s*or\s*=|<=|>=|=\s*<|=\s*>|\u2264|\u2265|<|>|=|less\s+than|greater\s+than|of|was|:)\s*"
    # ("p<0,05": a decimal comma right after "0", no space, not a list of whole numbers "0,1,2")
    r"(?P<num>10\s*(?:\^|\()\s*-\s*\d+\s*\)?|(?:\d*\.\d+|0,\d+(?!,\d)|\d+)(?:\s*x\s*10\s*(?:\^|\()?\s*-\s*\d+\s*\)?|"
    r"\s*[eE]-?\d+)?)(?!\d|\.\d)"
)
# "P for trend 0.022", "p for interaction 0.09", "P for trend, 0.10": a qualified P value may drop its "="
_P_QUALIFIED_BARE = re.compile(
    r"(?<![A-Za-z0-9])[Pp]\s*[-(]?\s*(?:for\s+)?(?:(?!for\b)[A-Za-z][\w\-]*\s+)?(?:trend|interaction|heterogeneity)\s*\)?(?:\s*,)?\s+"
    r"(?P<num>\d*\.\d+)(?!\d|\.\d)"
)
# "(P = 0.0045 and 0.0096, respectively)", "p-values = 0.02 and < 0.001" ("P =.85,.86, and.16": no space); not an
# estimate with its own CI ("p=0.0012, and 0.61, 99% CI 0.50-0.74": round 27)
_P_MORE = re.compile(
    r"\s*(?:,\s*(?:and\b\s*)?|and\b\s*)(?:(?P<rel><=|>=|\u2264|\u2265|<|>|=)\s*)?(?P<num>\d*\.\d+)"
    r"(?=\s*(?:,|\)|;|and\b|respectively))(?!\s*[,;]?\s*(?:\d+(?:\.\d+)?\s*%\s*)?(?:CI|confidence)\b)"
)
# "(hazard ratio, 0.59; 95 percent confidence interval, 0.43 to 0.81; P 0.001)": a P value with no sign, alone
# in its part of a bracket
_P_BARE = re.compile(r"(?<=[(\[;,])\s*(?P<p>[Pp])\s+(?P<num>\d*\.\d+)(?=\s*[)\];,])")
# "the interaction P value (.07) was not significant": the value alone in a bracket after "P value"
_P_VALUE_BRACKET = re.compile(r"(?<![A-Za-z0-9])(?P<p>[Pp])[-\s]?values?\s*[(\[]\s*(?P<num>\d*\.\d+)\s*[)\]]")
_P_THRESHOLD_AFTER = re.compile(
    r"^\s*\)?\s*,?\s*(?:(?:was|were|is|are)\s+)?"
    r"(?:considered|regarded|accepted|set|defined|taken|deemed|used|chosen)",
    re.I,
)
_P_THRESHOLD_BEFORE = re.compile(
    r"(?:significan\w*\s+(?:level|threshold)|level\s+of\s+significance|(?<![\w\-])(?:alpha|\u03b1)|set\s+at|defined\s+as|"
    r"considered\s+(?:to\s+be\s+)?(?:statistically\s+)?significant\s+(?:at|if|when|for))\s*(?:of|at|was|as|:|=|the)?\s*\(?$"
    # a threshold named with the results it sorts: "at genome-wide significance (P < 5 x 10(-8))",
    # "Significant results (p<0.05) were ...", "changes marked as significant (P < 0.05)"
    r"|\bat\s+(?:[\w\-]+\s+){0,2}significance\s*[(\[,]?\s*$"
    # what a test was used for: "procedures to determine significant differences (P < or = 0.05)"
    r"|\bto\s+(?:determine|detect|identify|test|assess)\s+(?:[\w\-]+\s+){0,2}significant\s+differences?\s*[(\[]\s*$"
    r"|(?:\bsignificant\s+(?:results?|findings?)|\b(?:marked|flagged|indicated|denoted)\s+(?:as\s+)?significant)"
    r"\s*[(\[]\s*$",
    re.I,
)
_P_RANGE_AFTER = re.compile(r"\s*(?:-|to)\s*(?:[Pp]\s*[<>=]\s*)?\d*\.\d")  # (and "P<0.05 to P<0.01")
# "0.004 <= p < 0.001", "0.02 >= P >= .0001": a P value bounded on both sides is a range; so is "... to P<0.01"
_P_RANGE_BEFORE = re.compile(r"\d\s*(?:[<>]\s*or\s*=|<=|=<|>=|=>|\u2264|\u2265|<|>)\s*$|\d\s*to\s*$")
_RELATIONS = {"<": "<", ">": ">", "=": "=", "<=": "<=", ">=": ">=", "=<": "<=", "=>": ">=", "\u2264": "<="}
_RELATIONS |= {"\u2265": ">=", "of": "=", "was": "=", ":": "=", "less than": "<", "greater than": ">"}
_RELATIONS |= {"= <": "<", "= >": ">"}  # "p = < 0.0001" (a spaced "=<" is read as printed: "<")


def _p_number(raw: str) -> float | None:
    """A P value as a float: "0.001", ".04", "2 x 10(-5)", "1e-6", "10(-4)"; "001" (dropped point) is 0.001;
    "0,05" (a European decimal comma) is 0.05."""
    raw = raw.replace(" ", "").replace(",", ".")
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
        if (
            value is None
            or _P_RANGE_AFTER.match(text, m.end())
            or _P_RANGE_BEFORE.search(text, max(0, m.start() - 15), m.start())
        ):
            continue  # "Ptrend = 0.11-0.52", "0.004 <= p < 0.001": a range of P values is no P value of a result
        relation = _RELATIONS[re.sub(r"\s*or\s*=", "=", re.sub(r"\s+", " ", m.group("rel")).lower())]
        out.append((m.start(), m.end(), value, relation))
        pos = m.end()
        while more := _P_MORE.match(text, pos):  # "(P = 0.0045 and 0.0096, respectively)"
            extra = _p_number(more.group("num"))
            if extra is None:
                break
            more_relation = _RELATIONS[more.group("rel")] if more.group("rel") else relation
            out.append(
                (
                    more.start("num") if not more.group("rel") else more.start("rel"),
                    more.end(),
                    extra,
                    more_relation,
                )
            )
            pos = more.end()
    bare = [*_P_QUALIFIED_BARE.finditer(text), *_P_BARE.finditer(text), *_P_VALUE_BRACKET.finditer(text)]
    for m in bare:
        start = m.start("p") if "p" in m.groupdict() else m.start()
        value = _p_number(m.group("num"))
        if _P_RANGE_AFTER.match(text, m.end()) or _P_THRESHOLD_AFTER.match(text[m.end() : m.end() + 60]):
            continue
        if value is not None and not any(a <= start < b for a, b, _, _ in out):
            out.append((start, m.end(), value, "="))
    return sorted(out)


# a P value shared by a list: "1.31 and 1.07, respectively; P=0.10", "(r = 0.18, 0.13 respectively, p>0.05 for each)"
# (and "by 53% and 56%, respectively, compared with that at week 0 (P < 0.0005)", "..., respectively, at 2 years (P")
_SHARED_BEFORE = re.compile(
    r"\brespectively\s*[,;:]?"
    r"(?:\s*(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s[^;()\[\]]{0,40}?"
    r"|\s*(?:at|after)\s+\d+\s+(?:years?|months?|weeks?|days?)\b)?"
    r"\s*[(\[]?\s*$",
    re.I,
)
_SHARED_AFTER = re.compile(r"\s*(?:for|in)\s+(?:each|both|all)\b", re.I)
# between two values of one list: ", ", " and ", " for A and "
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+)|\s+(?:for|in|among|with)\s[^\d;()\[\]]{0,50}?(?:,\s*(?:and\s+)?|\s+and\s+)",
    re.I,
)


def _share_p(s: _Sentence, effects: list[_Effect], target: _Effect) -> None:
    """Give the P value of ``target``, the last value of a list, to the values before it in that list (same
    measure, no P value of their own, only list separators or labels between)."""
    earlier = sorted((e for e in effects if e.start < target.start), key=lambda e: e.start, reverse=True)
    following = target
    for e in earlier:
        if e.measure != target.measure or e.p_value is not None or e.end > following.start:
            break
        if not _LIST_GAP.fullmatch(s.text, e.end, following.start):
            break
        e.p_value, e.p_relation = target.p_value, target.p_relation
        following = e


def _list_before(s: _Sentence, effects: list[_Effect], target: _Effect) -> list[_Effect]:
    """``target`` and the values of its list before it (same measure, no P value, only list separators or
    labels between), in reading order."""
    items = [target]
    for e in sorted((e for e in effects if e.start < target.start), key=lambda e: e.start, reverse=True):
        following = items[0]
        if e.measure != target.measure or e.p_value is not None or e.end > following.start:
            break
        if not _LIST_GAP.fullmatch(s.text, e.end, following.start):
            break
        items.insert(0, e)
    return items


_OTHER_COMPARISON = re.compile(
    r"\b(?:and|with|but|while|whereas)\s+(?:lower|higher|reduced|increased|decreased|elevated)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:levels?|concentrations?|values?|scores?)\b",
    re.I,
)
# (and "P = a and P = b compared with placebo, respectively", round 34)
_RESPECTIVELY_AFTER = re.compile(
    r"(?:\s*(?:compared\s+(?:with|to)|relative\s+to|versus|vs\.?)\s[^;()\[\]\d]{0,40}?)?\s*,?\s*respectively\b",
    re.I,
)
_BOTH = re.compile(r"(?:both|all)\s", re.I)  # "(RR a, CI, and b, CI; both p<x)": the list's P value


def _p_from(effect: _Effect) -> int:
    return effect.end if effect.p_from is None else effect.p_from


def _attach_p(
    s: _Sentence, effects: list[_Effect], p_values: list[tuple[int, int, float, str]]
) -> list[_Effect]:
    """Give each P value to the effect it follows in the same parenthesis or clause, else make it its own."""
    alone: list[_Effect] = []
    # "decreased by x and y%, respectively (P < a and b, respectively)": a list of P values, each to
    # the value of a list of effects in the same place
    p_values = list(p_values)
    k = 0
    while k < len(p_values):
        run = [p_values[k]]
        while k + len(run) < len(p_values) and run[-1][1] <= p_values[k + len(run)][0] <= run[-1][1] + 20:
            run.append(p_values[k + len(run)])
        if len(run) > 1 and _RESPECTIVELY_AFTER.match(s.text, run[-1][1]):
            start = run[0][0]
            before = [e for e in effects if e.start < start and _p_from(e) <= start]
            target = max(before, key=lambda e: e.start) if before else None
            if target is not None and target.p_value is None and not s.clause_break(target.end, start, 0):
                items = _list_before(s, effects, target)
                if len(items) == len(run):
                    for e, (_, p_end, value, relation) in zip(items, run, strict=True):
                        e.p_value, e.p_relation, e.p_end = value, relation, p_end
                    del p_values[k : k + len(run)]
                    continue
        k += len(run)
    for start, end, value, relation in p_values:
        before = [e for e in effects if e.start < start and _p_from(e) <= start]
        target = max(before, key=lambda e: e.start) if before else None
        if target is not None and any(target.start < e.start < start for e in effects):
            target = None
        if target is not None and target.p_value is None:
            gap_ok = _ADJACENT.fullmatch(s.text, _p_from(target), start) is not None
            # "A (-13.8%) and B (P = 0.069, ...)": not from inside a bracket that closed before the P value
            closed = min(s.depth[_p_from(target) : start + 1]) < s.depth[target.start]
            # "x% increases in A, concomitantly with C and lower levels of B (P < a)": the P is the second
            # comparison's
            other = _OTHER_COMPARISON.search(s.text, _p_from(target), start)
            if gap_ok or not (
                closed or other or s.clause_break(_p_from(target), start, s.depth[target.start])
            ):
                target.p_value, target.p_relation, target.p_end = value, relation, end
                listed_p = any(end <= a <= end + 20 for a, _, _, _ in p_values)  # "P = 0.01 and 0.02"
                if not listed_p and (
                    _SHARED_BEFORE.search(s.text, max(0, start - 80), start)
                    or _BOTH.match(s.text, start)
                    or _SHARED_AFTER.match(s.text, end)
                ):
                    _share_p(s, effects, target)
                continue
        alone.append(_Effect(None, None, start, end, p_value=value, p_relation=relation))
    return alone
