"""Relative changes in percent, signed by their direction word.

Every "x%" mention of the sentence is read in turn: ``percent_context`` first rules out the mentions that are no
change whatever their words (ranges, bounds, thresholds, targets, projections, ...), ``percent_direction`` then
finds the word that gives the change its direction, and what is left is read here: the signed value, its CI (in
percent, after the change's words or in the bracket before its direction word) and the numbers that share its
percent sign."""

from __future__ import annotations

import re

from rag.effects.percent_compared import _compared_changes
from rag.effects.percent_context import (
    _IN_PERCENT_QUANTITY,
    _PCT_ARM_BEFORE,
    _PCT_BOUND_BEFORE,
    _PCT_TOKEN,
    _magnitude,
    _not_a_change,
    _points_of_quantity,
)
from rag.effects.percent_default import _default_change
from rag.effects.percent_direction import _NEGATIVE, _Direction, _direction_before, _word_after
from rag.effects.percent_forms import _form_change
from rag.effects.percent_items import _interval_item, _item_change, _signed_list_item
from rag.effects.percent_levels import _level_not_change
from rag.effects.percent_shared import _SHARED_TAIL, _shared_change
from rag.effects.text import _ci_after, _Effect, _Sentence

_PER_TIME_AFTER = re.compile(r"\s*/\s*(?:y|yr|year|mo|month|wk|week)\b(?=\s*[(\[])", re.I)
# "(-10.72%; 95% CI: -13.78, -7.55)": a CI named right after a signed change in its bracket
_NAMED_CI_NEXT = re.compile(r"\s*[;,:]\s*\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)\b", re.I)
_RISK_NOUN = re.compile(r"\s+(?:risk|odds|hazard|incidence|likelihood|rate)\b", re.I)
# what a change is in, up to a bracket that gives a CI: "reduction in the risk of death in A (95% CI ..."
_CHANGED_PHRASE = re.compile(
    r"\s+(?:in|of)\s+[^()\[\];\d]{1,100}?(?=\s*[(\[]\s*(?:(?:\d{2}(?:\.\d+)?\s*(?:%|percent)\s*)?"
    r"(?:CI|Cr(?:ed)?I|confidence|credible)\b|"
    # or a bracket that holds only a range in percent: "a 22% reduction in CHD events (17% to 27%)"
    r"[-+]?\d+(?:\.\d+)?\s*%\s*(?:-|to|,)\s*[-+]?\d+(?:\.\d+)?\s*%\s*[)\]]))",
    re.I,
)
# "(respectively, 183 and 163% above controls)", "by x or y%", "with x and y% reductions", "showed x and y%
# increases": a number sharing the percent sign of the next one; each may carry its spread or P value bracket
# ("by x (P < a), y (P < b) and z%", round 34), and a signed pair may be joined by "versus" ("; -x versus -y%")
_SHARED_SIGN_BEFORE = re.compile(
    r"(?:[(\[,;:]|\b(?:by|respectively,?|were|was|are|is|an?|with|[A-Za-z]+ed))\s*(?P<sign>-(?=\d))?"
    rf"(?P<num>\d+(?:\.\d+)?){_SHARED_TAIL}\s*"
    r"(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|(?<=\d)\s+(?:versus|vs\.?)\s+)$",
    re.I,
)


def _percent_changes(s: _Sentence) -> list[_Effect]:
    """Relative changes in percent, signed by their direction word (see the module docstring)."""
    text = s.text
    out: list[_Effect] = []
    last_by: tuple[str, int] | None = None  # the direction and end of the last "by x%" change
    for m in _PCT_TOKEN.finditer(text):
        if s.is_consumed(m.start()) or _not_a_change(s, m) or _level_not_change(s, m, out):
            continue
        follow, follow_end, ci_pos = _word_after(s, m)
        if follow and follow_end == m.end() + follow.end():
            if _PCT_ARM_BEFORE.search(text, max(0, m.start() - 260), m.start()):
                continue  # "(i) caloric restriction (30% reduction), ...": an arm of the design
            if _IN_PERCENT_QUANTITY.match(text, follow_end):
                continue  # "a 5% improvement in left ventricular ejection fraction": percentage points
        if follow and not _PCT_BOUND_BEFORE.search(text, 0, m.start()):
            word = follow.group("dir") or follow.group("dir2") or follow.group("dir3")
            found = _Direction(word, m.start(), follow_end, ci_pos)
        else:
            # (an unsigned item of a list that prints its signs is a rise, whatever the list's words say)
            found = _signed_list_item(s, m) or _direction_before(s, m, out, last_by)
            found = found or _form_change(s, m, out) or _item_change(s, m, out) or _shared_change(s, m, out)
            if found is None:  # "the increase in A was greater in B than in C (x% vs y%)": every size at once
                compared = _compared_changes(s, m)
                for effect in compared:
                    s.consumed.append((effect.start, effect.end))
                    out.append(effect)
                found = None if compared else _default_change(s, m, out)
                if found is None:
                    continue
            found.ci_pos = ci_pos
        if not follow and _points_of_quantity(s, m, [(e.start, e.end) for e in out]):
            continue  # "FMD increased (by x%, ...)", "HbA1c level (-x%; P = ...)": percentage points
        effect = _change(s, m, found, follow_end if follow else None)
        if found.by_read:
            last_by = (found.word, effect.end)
        out.extend(_shared_sign(s, m.start(), effect))
        s.consumed.append((m.start(), effect.end))
        out.append(effect)
        out.extend(_interval_item(s, effect))  # "(-1.8% [a%, b%] A, 0.0 [c%, d%] B": the next item
    return out


def _change(s: _Sentence, m: re.Match[str], found: _Direction, follow_end: int | None) -> _Effect:
    """The signed change of a mention with its direction, and its CI when the bounds are percentages (or, in the
    bracket before a direction word, when they hold the change)."""
    text, end, ci_pos = s.text, found.end, found.ci_pos
    if end == m.end() and ci_pos is None and (per_time := _PER_TIME_AFTER.match(text, end)):
        end = per_time.end()  # "(-7.0%/y [95% CI, -8.8% to -5.2%]": a rate per time, then its CI
    magnitude = _magnitude(m)
    # a printed "+" is kept ("lower A (-x% vs +y%)": the second arm rose)
    negative = (bool(_NEGATIVE.match(found.word)) and m.group("sign") != "+") or m.group("sign") == "-"
    effect = _Effect(
        "percent_change", -magnitude if negative else magnitude, min(found.start, m.start()), end
    )
    effect.bracketed, effect.place = found.bracketed, found.place
    if ci_pos == m.end():
        effect.p_from = m.end()  # "a 58% (p < 0.01) reduction": a P value in the bracket is the change's
    if ci_pos is None and (noun := _RISK_NOUN.match(text, end)):
        # "lower risk (CI"
        ci_pos = end if _ci_after(s, end, magnitude, allow_units=False) else noun.end()
    ci = _ci_after(s, end if ci_pos is None else ci_pos, magnitude, allow_units=False)
    # "by 20% (95% CI, 9 to 30)", "42% less (95% CI, 4 to 64)", "by 3.4% (1.8-5.0)": a CI right after the change,
    # without percent signs, is its own if it holds the size
    own = ci is not None and not ci.percent and ci.lower - 1e-9 <= magnitude <= ci.upper + 1e-9
    # "(-1.8% [-5.0%, -0.9%] ...": a bracket that does not say "CI" may hold the printed (negative) change
    if not ci and m.group("sign") == "-":
        ci = _ci_after(s, end if ci_pos is None else ci_pos, -magnitude, allow_units=False)
    if not ci and ci_pos is None:  # "a 10.0% lower CFR (95% CI: -17.0%, -2.5%)": after the noun it changes
        ci = _ci_after(s, end, magnitude)
    if not ci and ci_pos is None and (phrase := _CHANGED_PHRASE.match(text, end)):
        # "a 22 percent reduction in the risk of death from any cause in A (95 percent CI, 0 to 40 percent)"
        ci = _ci_after(s, phrase.end(), magnitude, allow_units=False)
    # "30% (95% CI 1, 51) higher": in the bracket between a change and its direction word, a CI holding the change
    # is its own, with or without percent signs
    between = ci_pos == m.end() and follow_end is not None and ci is not None and ci.end <= follow_end
    # "by 13 (95% CI 9, 18) %": the CI before the percent sign is the change's, if it holds it
    if m.group("ci"):
        inner = _ci_after(s, m.end("num"), magnitude, allow_units=False)
        if (
            inner
            and min(inner.lower, inner.upper) - 1e-9 <= magnitude <= max(inner.lower, inner.upper) + 1e-9
        ):
            ci, between = inner, True
    # a CI named right after a signed change, without percent signs, is its own if it holds the printed value
    signed = (
        ci is not None
        and m.group("sign") is not None
        and _NAMED_CI_NEXT.match(text, end) is not None
        and ci.lower - 1e-9 <= (-magnitude if m.group("sign") == "-" else magnitude) <= ci.upper + 1e-9
    )
    if ci and (ci.percent or signed or own or (between and ci.lower - 1e-9 <= magnitude <= ci.upper + 1e-9)):
        effect.ci_level = ci.level
        # "x% lower (95% CI, -a% to b%)": a CI of the unsigned size, one bound negative, is negated too (not one
        # that holds the signed change, "a decrease of x% (-a% to b%)" with -a < -x < b)
        lo, hi = min(ci.lower, ci.upper), max(ci.lower, ci.upper)
        holds = lo - 1e-9 <= magnitude <= hi + 1e-9 and not lo - 1e-9 <= -magnitude <= hi + 1e-9
        if negative and m.group("sign") != "-" and (lo >= 0 or holds):
            effect.ci_lower, effect.ci_upper = -hi + 0.0, -lo + 0.0
        else:
            effect.ci_lower, effect.ci_upper = ci.lower, ci.upper
        effect.end = max(ci.end, end)
    return effect


def _shared_sign(s: _Sentence, pos: int, effect: _Effect) -> list[_Effect]:
    """The numbers before a percent change at ``pos`` that share its percent sign and direction ("(respectively,
    183 and 163% above controls)", "by 12, 15 and 20%"), in reading order."""
    found: list[_Effect] = []
    while (m := _SHARED_SIGN_BEFORE.search(s.text, max(0, pos - 70), pos)) and not s.is_consumed(
        m.start("num")
    ):
        if re.search(r"\bor\s+$", m.group(0)) and not m.group(0).lower().startswith("by"):
            break  # "with 5 or 10% weight loss": a definition; only "by x or y%" shares
        versus = re.search(r"\b(?:versus|vs\.?)\s+$", m.group(0), re.I)
        if versus and (not m.group("sign") or re.search("\u00b1|\\+/-", m.group(0))):
            break  # "x versus -y%": only a pair that prints both signs shares, without spreads (as before)
        magnitude = float(m.group("num"))
        value = -magnitude if (effect.value or 0) < 0 or m.group("sign") else magnitude
        first = m.start("sign") if m.group("sign") else m.start("num")
        found.insert(0, _Effect("percent_change", value, first, m.end("num")))
        s.consumed.append((first, m.end("num")))
        pos = first
    return found
