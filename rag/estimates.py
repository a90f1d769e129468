"""What a finding's own numbers say: whether its estimates show an effect, and which way a ratio points.

The stance model reads words. "Compared with low drinking, the RRs for the highest consumption of coffee were
0.95 (95% CI 0.78-1.15) for CHD" has no words of a null result and was read as support for "Does coffee
increase the risk of heart disease?"; its interval, which holds 1, says there was no clear difference. So a
finding whose every estimate spans no effect (an interval around the null value, or P ≥ 0.05) and none shows
one is a null result, whatever its words. The estimates come from ``rag.effects``, the same reading the answer
shows beside each takeaway.

A ratio whose interval lies wholly below 1 (or above it) also says which way the risk moved, which
``rag.direction`` uses when the words around the outcome do not say it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from rag.effects import extract_effects
from rag.outcomes import Direction
from rag.schemas import EffectSize
from rag.stance import CLASSES, claims_no_difference, flipped

RATIOS = frozenset({"OR", "RR", "HR", "IRR"})
SIGNIFICANCE = 0.05


def null_value(effect: EffectSize) -> float:
    """The value of "no effect" on the estimate's scale: 1 for a ratio, 0 for a difference or correlation."""
    return 1.0 if effect.measure in RATIOS else 0.0


def shows_effect(effect: EffectSize) -> bool | None:
    """True when an estimate shows an effect (its interval excludes no effect, or P < 0.05), False when it
    shows none (its interval holds no effect, or P ≥ 0.05), None when it says neither ("P < 0.1", a point
    estimate alone, or an interval that ends at no effect: "RR 0.97, 0.94 to 1.00" may be rounded)."""
    if effect.ci_lower is not None and effect.ci_upper is not None and effect.measure is not None:
        low, high = sorted((effect.ci_lower, effect.ci_upper))
        null = null_value(effect)
        return None if null in (low, high) else not low < null < high
    if effect.p_value is None or effect.p_relation is None:
        return None
    if effect.p_relation in ("<", "<="):
        return True if effect.p_value <= SIGNIFICANCE else None
    return effect.p_value < SIGNIFICANCE if effect.p_relation == "=" else False


# "as effective as fluoxetine (P = 0.71)": no difference from an active treatment is not a null result.
_ACTIVE_COMPARISON = re.compile(
    r"\b(?:similar(?:ly)? to|comparable (?:to|with)|as (?:effective|efficacious|good) as|equivalent to|"
    r"non-?inferior)\b",
    re.I,
)


# A result worded as null: "a small, non-significant benefit", "did not reach statistical significance".
_WORDED_NULL = re.compile(
    r"\bnon-?\s?significant(?:ly)?\b|\binsignificant(?:ly)?\b|\b(?:not|no) (?:statistically )?significant(?:ly)?\b|"
    r"\bdid not (?:reach|attain|achieve) (?:statistical )?significance\b",
    re.I,
)
_SIGNIFICANT = re.compile(r"\bsignifican(?:t|tly|ce)\b", re.I)


@lru_cache(maxsize=20_000)
def states_null(text: str) -> bool:
    """Does a sentence state estimates, none of which shows an effect, or word its result as not significant
    with no significant result beside it (and not against an active treatment)?"""
    verdicts = [shows_effect(e) for e in extract_effects(text)]
    if True in verdicts or _ACTIVE_COMPARISON.search(text):
        return False
    return False in verdicts or _worded_null(text)


def _worded_null(text: str) -> bool:
    """ "a small, non-significant benefit" with no other "significant(ly)" in the sentence."""
    return bool(_WORDED_NULL.search(text)) and not _SIGNIFICANT.search(_WORDED_NULL.sub(" ", text))


@lru_cache(maxsize=20_000)
def ratio_direction(text: str) -> Direction | None:
    """The way a sentence's ratios that show an effect point: "down" when all lie below 1 (a lower risk),
    "up" when all lie above it; None when there are none or they point both ways."""
    return _one_side(e.value for e in extract_effects(text) if e.measure in RATIOS and shows_effect(e))


def _one_side(values: Iterable[float | None]) -> Direction | None:
    sides = {"down" if v < 1 else "up" for v in values if v is not None and v != 1}
    return sides.pop() if len(sides) == 1 else None  # type: ignore[return-value]


def with_null_estimates(probabilities: np.ndarray, texts: list[str], question: str) -> np.ndarray:
    """Stance probabilities (one row per sentence) with yes and no swapped where the model reads support but
    the sentence's estimates show no effect: the model's confidence stays, the side follows the numbers. Not
    for a question that claims no difference itself ("Is X as safe as Y?"): there no difference is support."""
    if claims_no_difference(question) or not texts:
        return probabilities
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    return np.stack(
        [
            flipped(p) if p[yes] > p[no] and states_null(t) else p
            for p, t in zip(probabilities, texts, strict=True)
        ]
    )
