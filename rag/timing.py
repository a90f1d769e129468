"""Questions about when to take or do something: only findings that speak of timing answer them.

"Is it better to take vitamin D in the morning?" asks about the time of day, not about vitamin D. Its topic words
let a source in that mentions the morning anywhere, and a finding on vitamin D and diabetes then decided "yes":
a stretch. A question that names a time of day, a time relative to sleep or meals, or timing itself is decided
only by findings that speak of timing; when none does, the answer cites what its sources found and says that
none of it speaks of timing. Conditions named after a time ("morning sickness", "night sweats") are no timing.
"""

from __future__ import annotations

import re

_MEALS = r"(?:food|meals?|a\s+meal|breakfast|lunch|dinner|supper|eating)"
TIMING_QUESTION = re.compile(
    r"\b(?:in|during)\s+the\s+(?:morning|afternoon|evening|night|day(?:time)?)\b(?!\s+(?:sickness|sweats?))"
    r"|\bat\s+(?:night|bedtime|breakfast|lunch|dinner|supper)\b"
    rf"|\b(?:before|after)\s+(?:bed(?:time)?|going\s+to\s+bed|sleep(?:ing)?|{_MEALS})\b"
    rf"|\b(?:with|without)\s+{_MEALS}\b"
    r"|\bon\s+an?\s+empty\s+stomach\b"
    r"|\b(?:time\s+of\s+(?:the\s+)?day|timing|best\s+time|what\s+time)\b"
    r"|\b(?:morning|evening|night|bedtime)\s+or\s+(?:morning|evening|night|bedtime)\b",
    re.IGNORECASE,
)
# How findings speak of timing: a time of day, sleep or meals, a clock time, timing itself, or when a treatment
# starts. A meal in a finding may be what was eaten rather than when, "early" may be an early stage: the
# looseness is on the side of letting a finding decide.
_TIMING_FINDING = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|night-?time|nightly|overnight|nocturnal|bedtime|daytime)\b"
    r"|\b(?:before|after)\s+(?:bed|sleep)\b"
    r"|\b(?:time\s+of\s+(?:the\s+)?day|timing|timed|circadian|chrono\w+|diurnal)\b"
    r"|\b(?:breakfast|lunch|dinner|supper|meals?|mealtimes?|postprandial|preprandial|empty\s+stomach|fasted)\b"
    r"|\b\d{1,2}(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)|\bo['’]clock\b"
    # when a treatment starts: "delayed surgery", "early feeding", "within 24 hours", "30 min before"
    r"|\b(?:delay\w*|early|late)\b|\bwithin\s+\d+\s*(?:min\w*|h|hours?|days?)\b"
    r"|\b\d+\s*(?:min\w*|h|hours?)\s+(?:before|after)\b",
    re.IGNORECASE,
)


def asked_timing(question: str) -> str | None:
    """The words in which the question asks about timing ("in the morning", "on an empty stomach"), if it does."""
    match = TIMING_QUESTION.search(question)
    return " ".join(match.group(0).split()) if match else None


def speaks_of_timing(text: str) -> bool:
    """Does a finding speak of when something was taken or done?"""
    return bool(_TIMING_FINDING.search(text))
