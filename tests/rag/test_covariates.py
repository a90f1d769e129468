"""What a finding adjusted for is not what it is about."""

import pytest

from rag.covariates import without_covariates

SNORVEL = (
    "After adjustments for age, smoking, snorvel intake, family history of T2D, and body mass index, the "
    "quillmorin score was associated with an increased risk of T2D."
)


@pytest.mark.parametrize(
    ("text", "blanked", "kept"),
    [
        (SNORVEL, "snorvel", "the quillmorin score was associated"),
        (
            "Quillmorin lowered risk (adjusted for age, sex and snorvel), and zorvatin did not.",
            "snorvel",
            "zorvatin",
        ),
        (
            "Models were adjusted for snorvel and tea; quillmorin remained associated with T2D.",
            "snorvel",
            "quillmorin",
        ),
        (
            "Controlling for potential confounders, snorvel users had a lower risk.",
            "confounders",
            "snorvel users",
        ),
        ("After adjusting for age, snorvel reduced the risk.", "age", "snorvel reduced"),
    ],
)
def test_the_covariates_of_an_adjustment_list_are_blanked_and_the_finding_kept(text, blanked, kept):
    out = without_covariates(text)
    assert len(out) == len(text)
    assert blanked not in out and kept in out


def test_a_sentence_without_adjustment_is_unchanged():
    text = "Snorvel intake was associated with lower risk of T2D (HR 0.9)."
    assert without_covariates(text) == text


def test_an_intervention_named_only_as_a_covariate_is_not_named():
    from rag.question import question_terms

    outcome = question_terms("Does coffee reduce the risk of type 2 diabetes?", {}, 1000).outcome
    assert outcome is not None
    assert not outcome.names_intervention(SNORVEL.replace("snorvel", "coffee"))
    assert outcome.names_intervention("Coffee intake was associated with a lower risk of T2D.")
