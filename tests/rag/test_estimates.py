"""What a finding's own estimates say. Sentences are invented (zorvatin, glimmer are made up)."""

import numpy as np
import pytest

from rag.direction import as_stated, stated_direction
from rag.estimates import ratio_direction, states_null, with_null_estimates
from rag.verdict import sentence_stance
from tests.rag.test_direction import asked

YES_NO_MAYBE = np.asarray([[0.7, 0.2, 0.1]])


@pytest.mark.parametrize(
    ("sentence", "null"),
    [
        ("For zorvatin users the RR of glimmer was 0.95 (95% CI 0.78-1.15).", True),
        ("The RRs for glimmer were 0.95 (95% CI 0.78-1.15) and 1.03 (95% CI 0.97-1.10) for frost.", True),
        ("Zorvatin was linked to glimmer (OR 1.20, 95% CI 0.90 to 1.60; P = 0.21).", True),
        ("Zorvatin raised glimmer scores (P = 0.44).", True),
        ("Zorvatin raised glimmer scores (P > 0.05).", True),
        ("Zorvatin lowered glimmer risk (HR 0.62, 95% CI 0.48-0.80).", False),  # shows an effect
        ("Zorvatin raised glimmer scores (P < 0.001).", False),
        (
            "Glimmer fell with zorvatin (RR 0.96, 95% CI 0.88-1.04) and frost rose (RR 1.5, 95% CI 1.2-1.9).",
            False,
        ),
        ("Zorvatin lowered glimmer mortality (RR 0.97, 95% CI 0.94 to 1.00).", False),  # ends at 1: rounded?
        ("Zorvatin raised glimmer scores (P < 0.1).", False),  # says neither
        ("Zorvatin lowered glimmer scores in the invented cohort.", False),  # no estimate at all
        ("Zorvatin was as effective as fluoxetine for glimmer (P = 0.71).", False),  # an active comparator
        # a result worded as null, with no significant result beside it
        ("Invented trials suggest a small, non-significant benefit of zorvatin for glimmer.", True),
        ("The fall in glimmer did not reach statistical significance.", True),
        ("Zorvatin significantly lowered glimmer, but its effect on frost was not significant.", False),
        (
            "A nonsignificant trend towards less glimmer (HR 0.80, 95% CI 0.70-0.90).",
            False,
        ),  # the CI shows one
    ],
)
def test_a_finding_whose_every_estimate_spans_no_effect_states_a_null_result(sentence, null):
    assert states_null(sentence) is null


def test_the_way_significant_ratios_point():
    assert ratio_direction("Glimmer risk was lower with zorvatin (HR 0.62, 95% CI 0.48-0.80).") == "down"
    assert ratio_direction("Zorvatin users had more glimmer (OR 1.8, 95% CI 1.2-2.7).") == "up"
    assert ratio_direction("Zorvatin and glimmer (OR 1.1, 95% CI 0.8-1.5).") is None  # no effect shown
    both = "Glimmer (OR 0.5, 95% CI 0.3-0.8) and frost (OR 2.0, 95% CI 1.4-2.9) with zorvatin."
    assert ratio_direction(both) is None


def test_support_with_null_estimates_turns_to_no_effect_unless_the_question_claims_no_difference():
    null = "For zorvatin users the RR of glimmer was 0.95 (95% CI 0.78-1.15)."
    swapped = with_null_estimates(YES_NO_MAYBE, [null], "Does zorvatin lower glimmer risk?")
    assert swapped[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
    assert sentence_stance(swapped[0], null) == "no_effect"  # not "contradicts": its numbers show no effect
    same = with_null_estimates(YES_NO_MAYBE, [null], "Is zorvatin as safe as placebo?")
    assert same[0].tolist() == pytest.approx([0.7, 0.2, 0.1])
    shown = "Zorvatin lowered glimmer risk (HR 0.62, 95% CI 0.48-0.80)."
    assert with_null_estimates(YES_NO_MAYBE, [shown], "Does zorvatin lower glimmer risk?")[0][0] == 0.7


def test_a_ratio_gives_the_direction_where_the_words_do_not():
    outcome = asked("Does soy increase breast cancer risk?")
    sentence = "For the highest soy intake, the hazard ratio of breast cancer was 0.62 (95% CI 0.48-0.80)."
    assert stated_direction(sentence, outcome) == "down"
    assert as_stated(YES_NO_MAYBE, [sentence], "Does soy increase breast cancer risk?", outcome)[
        0
    ].tolist() == (pytest.approx([0.2, 0.7, 0.1]))
