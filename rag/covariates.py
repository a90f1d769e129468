"""What a finding adjusted for is not what it is about.

"After adjustments for age, smoking, coffee intake and body mass index, the score was associated with an
increased risk of T2D" names coffee only as a covariate: it says nothing about coffee and diabetes. The list
after "adjusted / controlling / accounting for" runs over short comma-separated items ("family history of
T2D", "and body mass index") and ends at the first part that is long or has a verb ("the score for high animal
protein and fat was associated ..."), or at the bracket that encloses it.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LIST_START = re.compile(
    r"\b(?:adjust(?:ed|ing|ments?)?|controll?(?:ed|ing)|accounting|correct(?:ed|ing)|stratif(?:ied|ying))"
    r"(?:\s+\w+){0,2}?\s+for\s+",
    re.IGNORECASE,
)
_ITEM_END = re.compile(r"[,;)\]]")
# A part of the list with one of these is the sentence going on, not a covariate.
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|remained|showed|shows|reduced|increased|decreased|lowered|"
    r"raised|improved|associated|related|linked|predicted|found|observed)\b",
    re.IGNORECASE,
)
MAX_ITEM_WORDS = 5  # "family history of T2D", "and body mass index"


@lru_cache(maxsize=20_000)  # a sentence is checked for the intervention and for others, often twice each
def without_covariates(text: str) -> str:
    """``text`` with every list of adjustment covariates blanked out (same length, so offsets still hold)."""
    spans = [_covariate_span(text, match.end()) for match in _LIST_START.finditer(text)]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _covariate_span(text: str, start: int) -> tuple[int, int]:
    end = start
    while end < len(text):
        stop = _ITEM_END.search(text, end)
        item_end = stop.start() if stop else len(text)
        item = text[end:item_end]
        if len(item.split()) > MAX_ITEM_WORDS or _VERB.search(item):
            break
        end = item_end
        if stop is None or stop.group() in ")]":
            break
        end = stop.end()
    return start, end
