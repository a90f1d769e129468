"""How a value further on sits in a list of estimates after one measure name.

Kept apart from ``measures`` because a list is judged by its shape, not by the name: ``_shape`` says how a
value without a CI sits ("(0.78)" alone in its bracket, "(+4.2 g/d)" signed with a unit, "females 2.4" after a
label, "0.76 for A" before its label, before a unit word or a "± spread"), ``_prefix_shape`` how the text
before an item introduces it ("for A, 0.81"), ``_bare_list`` reads a list of bare values whole ("1.00, 1.21,
1.44 and 1.93"; "0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively") and ``_listed_cis`` the CIs given
together after one. ``measures._read_anchor`` compares a later value's shape with the first value's, and
``_names_respectively`` gives the values after a list of names their names in order ("relative risk and odds ratio
were a (...) and b (...), respectively"). The gaps after which a later value still goes on are kept here too:
a label and "and" after the name's own bracket (``_OUTER_ITEM_GAP``), a clause that refers back to the estimate
("this value was", ``_ANAPHOR``; "whereas it was", with a CI only, ``_ANAPHOR_IT``).
"""

from __future__ import annotations

import re

from rag.effects.measure_values import _value_of, _value_ok
from rag.effects.text import _CI_NAME, _RANGE_NO_COMMA, _ci_after, _Effect, _level_before, _number, _Sentence

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
# a value explicitly signed, alone in its bracket with its unit: "(+4.2 g/d)", "(-0.38 cm)"
_SIGNED_ALONE_AFTER = re.compile(r"[^()\[\];\d]{0,60}?[)\]]")
# what introduces a list item (``_prefix_shape``): after the last ":" / ";" / copula before it
_PREFIX_SPLIT = re.compile(r"[:;]|\b(?:were|was|are|is|as\s+follows)\b", re.I)
_PREPOSITIONS = frozenset({"for", "in", "among", "with", "at", "during", "from", "on"})
# "1.00, 1.21, 1.44, and 1.93": a list of bare values (``_bare_list``)
_BARE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "were 0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively": labels between the values, "respectively" at
# the end (after the last label, which may hold a short bracket without a number: "fat mass [kg] for B,
# respectively")
_LABELLED_END = re.compile(
    r"(?:\s+(?:for|in|among)\s(?:[^\d;()\[\]]|[(\[][^\d;()\[\]]{1,15}[)\]]){1,100}?)?\s*,?\s*respectively\b",
    re.I,
)
# "(95% confidence intervals = 0.41-0.91, 0.44-0.99, and 0.50-1.10, respectively)": one CI per listed value
_LISTED_CI_HEAD = re.compile(
    rf"\s*,?\s*(?:respectively\s*,?\s*)?[(\[]\s*(?:(?P<lvl>\d{{2}}(?:\.\d+)?)\s*%\s*)?{_CI_NAME}\s*[:=,]?\s*",
    re.I,
)
_LISTED_CI = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?{_RANGE_NO_COMMA}")

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
# "was 1.74 (95% CI ...), whereas it was 0.97 (95% CI ...)": "it" refers back to the estimate (with a CI only)
_ANAPHOR_IT = re.compile(
    r"(?:\s+(?:in|for|among)\s[^\d;()\[\]]{1,40}?)?\s*[;,]?\s*(?:and|whereas|while|but)\s+it\s+(?:was|is)\s+",
    re.I,
)


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
    """Where the text between two list values starts after the last bracket closed in it (", p=0.01), B "); a
    bracket of words alone is part of the label (", high-density glimmer (HDG) 0.91 (CI)")."""
    gap = _WORD_BRACKET.sub(lambda b: " " * len(b.group(0)), s.text[start:end])
    return start + max(gap.rfind(")"), gap.rfind("]")) + 1


_WORD_BRACKET = re.compile(r"[(\[][^\d()\[\];]{1,20}[)\]]")


def _same_prefix(first: tuple[str, str] | None, item: tuple[str, str] | None) -> bool:
    """Whether a list item is introduced like the first value; after "for A 2.51 (CI)" the preposition is not
    repeated (", B 0.91 (CI), and C 1.71 (CI)")."""
    return item == first or (first is not None and first[0] in _PREPOSITIONS and item == ("label", first[1]))


def _bare_list(
    s: _Sentence,
    m: re.Match[str],
    measure: str,
    length: int = 0,
    bracketed: bool = False,
    pair: bool = False,
) -> list[re.Match[str]] | None:
    """ "were 1.00, 1.21, 1.44, and 1.93": three or more values with decimals and no CIs, the last after "and"
    or (``bracketed``: the name opened the bracket) before the bracket's end or a ";" ("(R = 0.27, 0.27, 0.33;
    ..."), or two or more before "respectively" ("of 2.2 and 1.9, respectively": the word ties them to their
    labels; then labels may sit between them, "0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively"), or
    (``pair``: a plural name and "were" before it) two joined by "and" that end the clause ("RRs ... were 0.78
    and 0.55."); with ``length``, a list of that many, however it ends; else None."""
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
                pair
                and len(items) == 2
                and separator.strip() == "and"
                and re.match(r"\s*(?:[.;]|$)", s.text[pos:])
            )
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


# "relative risk and odds ratio were 0.10 (...) and 1.00 (...), respectively": names listed before their values
_NAME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _names_respectively(s: _Sentence, i: int, found: list[_Effect], read: list[int]) -> None:
    """When anchor ``i`` ends a list of names that gave no estimates of their own, and its values, as many as the
    names, are followed by "respectively", each value takes its name in order."""
    if len(found) < 2:
        return
    names = [s.anchors[i]]
    j = i - 1
    while j >= 0 and not read[j] and _NAME_LIST_GAP.fullmatch(s.text, s.anchors[j][1], names[0][0]):
        names.insert(0, s.anchors[j])
        j -= 1
    if len(names) != len(found) or len({m for _, _, m in names}) < 2:
        return
    last = found[-1].end
    tail = _RESPECTIVELY.search(s.text, last, last + 60)
    if not tail or any(last <= n.start() < tail.start() and not s.is_consumed(n.start()) for n in s.numbers):
        return
    found[0].start = min(found[0].start, names[0][0])
    for effect, (_, _, measure) in zip(found, names, strict=True):
        effect.measure = measure
