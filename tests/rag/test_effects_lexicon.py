"""The change lexicon of percent changes (round 29, ``rag/effects/lexicon.py``): which words go up, down or are no
change, covered by stems and suffixes; and the shapes its words now fill ("attenuated A by x%", "caused x% depletion",
"mildly suppressed A (x%)", "the attenuation of A was x%", "a depletion of x%"; after blind28's score "x% longer",
"a x% prolongation"), on fictional sentences (glimmer, zorvatin, squires and helms do not exist)."""

import re

import pytest

from rag.effects.lexicon import NOT_CHANGE, direction, is_down, pattern
from tests.rag.effect_cases import C, changes_of, effects_of


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # the frequent change words of the pool's shapes, and their long tail by stem and suffix
        ("inhibited", "down"),
        ("Inhibition", "down"),
        ("suppresses", "down"),
        ("attenuated", "down"),
        ("depletion", "down"),
        ("downregulated", "down"),
        ("lessened", "down"),
        ("losses", "down"),
        ("lost", "down"),
        ("fell", "down"),
        ("fewer", "down"),
        ("enhanced", "up"),
        ("enhancement", "up"),
        ("grown", "up"),
        ("boosted", "up"),
        ("amplified", "up"),
        ("upregulation", "up"),
        ("rose", "up"),
        ("greater", "up"),
        # changes without a direction of their own
        ("change", "change"),
        ("difference", "change"),
        # frequent fillers that are no change
        ("accounted", None),
        ("reported", None),
        ("prevalence", None),
        ("patients", None),
        # not a change word that only begins like one ("raisin", "growth", "stimulation": a thing or a procedure)
        ("raisins", None),
        ("growth", None),
        ("stimulation", None),
    ],
)
def test_lexicon_direction(word, expected):
    assert direction(word) == expected


def test_lexicon_kinds():
    nouns = re.compile(rf"^(?:{pattern('noun')})$", re.I)
    past = re.compile(rf"^(?:{pattern('past')})$", re.I)
    size = re.compile(rf"^(?:{pattern('size_noun')})$", re.I)
    assert nouns.match("depletion") and nouns.match("reductions") and not nouns.match("reduced")
    assert past.match("attenuated") and past.match("grown") and not past.match("attenuation")
    # a bracket "<noun> (x%)" takes only nouns that always name a change, not "loss" or "depletion" (conditions)
    assert size.match("decrease") and not size.match("loss") and not size.match("depletion")
    assert is_down("shrank") and not is_down("augmented")
    assert "accounted" in NOT_CHANGE and direction("accounted") is None
    assert not re.fullmatch(pattern(without=("improv",)), "improved")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "<word> A by x%" with a change verb no earlier round named
        ("Zorvatin attenuated glimmer release by 40% in squires.", [C(-40.0)]),
        ("Helm polishing boosted glimmer output by 25%.", [C(25.0)]),
        ("Zorvatin lessened squire fatigue by about 30%.", [C(-30.0)]),
        # "x% <noun>": a change noun after the percentage
        ("Zorvatin caused 68% depletion in squire glimmer.", [C(-68.0)]),
        # "<verb> A (x%)": the size alone in its bracket after a change verb
        ("Zorvatin only mildly suppressed helm glimmer (24%).", [C(-24.0)]),
        # "the <noun> of A was x%": a change noun before a copula
        ("The attenuation of glimmer by zorvatin was 37%.", [C(-37.0)]),
        # "a <noun> of x%"
        ("Squires showed a depletion of 45% in helm glimmer.", [C(-45.0)]),
    ],
)
def test_round29_lexicon_shapes(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after blind28's score: "x% longer / shorter" are comparatives, "a x% prolongation" a rise
        ("Zorvatin gave squires a 30% longer life span.", [C(30.0)]),
        ("Helm polishing gave a 12% shorter glimmer time.", [C(-12.0)]),
        ("We measured a 9% prolongation from baseline in the lag time of glimmer.", [C(9.0)]),
    ],
)
def test_round29_after_blind28(sentence, expected):
    assert effects_of(sentence) == expected


def test_round29_guards():
    # a potency's definition after its noun is no change
    assert changes_of("Glimmer was measured as the zorvatin dose giving 50% inhibition (I(50) DPPH).") == []
    # a procedure or a condition in a bracket is no change: "stimulation (22%)", "iron depletion (12%)"
    assert (
        changes_of(
            "More squires were pain-free after helm stimulation (39%) than after sham stimulation (22%)."
        )
        == []
    )
    assert changes_of("Glimmer depletion (12%) was common among the squires.") == []
    # "injurious falls ... was x%" is a share
    assert (
        changes_of("The attributable risk for falls in squires given zorvatin was 28.1% (95% CI 16.7, 43.2).")
        == []
    )
    # "QT prolongation (12%)" is a condition some had
    assert changes_of("Glimmer prolongation (12%) was seen in squires given zorvatin.") == []
    # "exceeded x%" is a level
    assert changes_of("Glimmer uptake exceeded 50% in squires.") == []
