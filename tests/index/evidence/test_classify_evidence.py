"""``classify_by_rules`` (``index.evidence``): publication types first, then the title before the abstract,
the defaults and the API.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from index.evidence import STUDY_TYPES, EvidenceLevel, classify_by_rules
from tests.index.evidence import _text

# --- publication types ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("types", "level", "study_type"),
    [
        (["Journal Article", "Meta-Analysis"], 1, "meta-analysis"),
        (["Systematic Review", "Review"], 1, "systematic review"),
        (["Randomized Controlled Trial", "Multicenter Study"], 2, "randomized trial"),
        (["Clinical Trial, Phase III"], 2, "randomized trial"),
        (["Practice Guideline"], 2, "guideline"),
        (["Guideline", "Review"], 2, "guideline"),
        (["Consensus Development Conference"], 2, "guideline"),
        (["Case Reports", "Journal Article"], 4, "case report"),
        (["Randomized Controlled Trial, Veterinary"], 4, "animal study"),
    ],
)
def test_informative_publication_types_decide(types: list[str], level: int, study_type: str) -> None:
    result = classify_by_rules(types, "Zinc lozenges and the common cold", "A short text about nothing.")
    assert result == EvidenceLevel(level, study_type, "publication_types")


def test_strongest_publication_type_wins() -> None:
    result = classify_by_rules(["Review", "Meta-Analysis", "Randomized Controlled Trial"], "Tea", "")
    assert (result.level, result.study_type) == (1, "meta-analysis")


def test_publication_types_beat_misleading_text() -> None:
    title = "Green kale extract lowers blood pressure: a meta-analysis"
    result = classify_by_rules(["Randomized Controlled Trial"], title, "")
    assert result == EvidenceLevel(2, "randomized trial", "publication_types")


def test_publication_type_matching_ignores_case_and_whitespace() -> None:
    assert classify_by_rules(["  meta-analysis "], "x", "").level == 1


def test_review_type_upgraded_by_systematic_methods_in_text() -> None:
    abstract = (
        "We systematically searched MEDLINE and EMBASE up to 2015. Twenty-one trials met the inclusion "
        "criteria. Pooled estimates were obtained with a random-effects model."
    )
    result = classify_by_rules(["Review"], "Walnuts and lipids", abstract)
    assert result.level == 1
    assert result.basis == "text"


def test_plain_review_type_is_narrative() -> None:
    result = classify_by_rules(["Review", "Journal Article"], "Walnuts and lipids", "Walnuts are discussed.")
    assert result == EvidenceLevel(3, "narrative review", "publication_types")


def test_generic_clinical_trial_needs_randomisation_in_text() -> None:
    open_label = "Fourteen adults received 2 g of cinnamon daily for 8 weeks in an open-label study."
    randomised = "Forty adults were randomly assigned to cinnamon or placebo capsules for 8 weeks."
    assert classify_by_rules(["Clinical Trial"], "Cinnamon", open_label) == EvidenceLevel(
        3, "non-randomized trial", "publication_types"
    )
    assert classify_by_rules(["Clinical Trial"], "Cinnamon", randomised).level == 2


def test_observational_type_takes_subtype_from_text() -> None:
    abstract = (
        "In this prospective cohort of 12,000 nurses followed for 10 years, hazard ratios were estimated."
    )
    result = classify_by_rules(["Observational Study"], "Egg intake and stroke", abstract)
    assert result == EvidenceLevel(3, "cohort study", "publication_types")


def test_uninformative_types_fall_back_to_text() -> None:
    result = classify_by_rules(["Journal Article", "Comparative Study"], "Beet juice in rats", "")
    assert result == EvidenceLevel(4, "animal study", "text")


# --- title --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level", "study_type"),
    [
        ("Oat beta-glucan and LDL cholesterol: a systematic review and meta-analysis", 1, "meta-analysis"),
        ("Fermented foods and mood: a systematic review", 1, "systematic review"),
        ("A randomised, double-blind trial of ginger for motion sickness", 2, "randomized trial"),
        ("Practice guideline for the dietary management of gout", 2, "guideline"),
        ("Coffee and gallstones: a case-control study in two cities", 3, "case-control study"),
        ("Salt intake in schoolchildren: a cross-sectional survey", 3, "cross-sectional study"),
        ("Nut intake and mortality in a prospective cohort of farmers", 3, "cohort study"),
        ("Sesame oil attenuates colitis in mice", 4, "animal study"),
        ("Quercetin slows growth of HepG2 cells", 4, "in vitro study"),
        ("Severe hyponatraemia after herbal tea: a case report", 4, "case report"),
        ("Dietary fibre and the gut: a narrative review", 3, "narrative review"),
    ],
)
def test_title_design(title: str, level: int, study_type: str) -> None:
    assert _text(title) == EvidenceLevel(level, study_type, "text")


def test_title_outweighs_abstract() -> None:
    abstract = "Earlier work in rats suggested benefit. Mice were fed the extract for 4 weeks."
    assert _text("Pumpkin seed oil for hair loss: a randomized placebo-controlled trial", abstract).level == 2


# --- defaults and API ---------------------------------------------------------------------------------------


def test_default_with_own_data_is_level_3_other() -> None:
    abstract = "We measured hand-grip strength in volunteers; mean strength was 31 kg (p = 0.2 by sex)."
    assert _text("Grip strength and breakfast", abstract) == EvidenceLevel(3, "other", "text")
    # Counted people measured once, nothing given to them, no time passing: a cross-sectional comparison (round 8).
    counted = "We measured hand-grip strength in 48 volunteers; mean strength was 31 kg (p = 0.2 by sex)."
    assert _text("Grip strength and breakfast", counted) == EvidenceLevel(3, "cross-sectional study", "text")


def test_default_without_data_is_narrative_review() -> None:
    abstract = "Sugar has long been blamed for many ills. The story is more complicated than it seems."
    assert _text("Sweet truths", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_empty_input_is_level_3_other() -> None:
    assert classify_by_rules([], "", "") == EvidenceLevel(3, "other", "text")


def test_result_is_frozen() -> None:
    result = _text("Anything")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.level = 1  # type: ignore[misc]


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_emitted_study_types_come_from_the_vocabulary() -> None:
    cases = [
        ("Oat bran: a meta-analysis", ""),
        ("", "We describe 3 cases of rash after eating mango."),
        ("", "Here we show that the kinase phosphorylates the receptor in HeLa cells and binds DNA."),
        ("Sweet truths", "Sugar has long been blamed for many ills."),
    ]
    for title, abstract in cases:
        assert _text(title, abstract).study_type in STUDY_TYPES
