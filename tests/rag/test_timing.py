"""Questions about timing and the findings that speak of it, on fictional sentences."""

import pytest

from rag.timing import asked_timing, speaks_of_timing


@pytest.mark.parametrize(
    ("question", "timing"),
    [
        ("Is it better to take zorvatin in the morning?", "in the morning"),
        ("Should I take zorvatin at night or in the morning?", "at night"),
        ("Should zorvatin be taken with food?", "with food"),
        ("Is zorvatin on an empty stomach bad for you?", "on an empty stomach"),
        ("Does taking zorvatin before bed help sleep?", "before bed"),
        ("When is the best time to take zorvatin?", "best time"),
        ("Does the timing of zorvatin intake matter?", "timing"),
    ],
)
def test_questions_that_ask_about_timing(question, timing):
    assert asked_timing(question) == timing


@pytest.mark.parametrize(
    "question",
    [
        "Does zorvatin help morning sickness?",  # a condition named after a time of day
        "Does zorvatin help night sweats?",
        "Is zorvatin safe?",
        "Does eating breakfast help weight loss?",  # breakfast is what is asked about, not when
    ],
)
def test_questions_that_do_not(question):
    assert asked_timing(question) is None


def test_findings_that_speak_of_timing():
    assert speaks_of_timing("Zorvatin taken at bedtime shortened invented sleep latency.")
    assert speaks_of_timing("Taken with the largest meal, zorvatin raised serum levels by half.")
    assert speaks_of_timing("Zorvatin given 30 min before exercise did not change fatigue.")
    assert not speaks_of_timing("Zorvatin reduced fatigue scores by 4.1 points.")
    assert not speaks_of_timing("Nightshade vegetables did not change fatigue.")
