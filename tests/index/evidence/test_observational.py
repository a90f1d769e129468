"""Observational designs (``index.evidence.observational``): cohort, case-control, cross-sectional and
ecological studies, autopsy series.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- abstract and traps -------------------------------------------------------------------------------------


def test_case_control_from_abstract() -> None:
    abstract = (
        "We enrolled 210 cases and 420 matched controls; odds ratios were computed by logistic regression."
    )
    assert _text("Spicy food and ulcers", abstract) == EvidenceLevel(3, "case-control study", "text")


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_chart_review_with_cases_and_controls_is_case_control() -> None:
    abstract = (
        "We identified 52 women with placental inflammation; 52 women without it served as controls. "
        "Maternal medical records were reviewed for signs of infection (p = 0.02)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_declared_design_beats_cohort_as_a_word() -> None:
    abstract = (
        "This was a cross-sectional study of 560 healthy women aged 19-65 years. "
        "Hormone levels correlated with appetite in the total cohort of women (p < 0.05). "
        "In the older cohort, no correlation was found."
    )
    assert _text("", abstract) == EvidenceLevel(3, "cross-sectional study", "text")


def test_cross_sectional_diameter_is_anatomy() -> None:
    abstract = (
        "We compared 102 infants with the condition with 51 infants without it, who served as controls. "
        "The mucosa made up one third of the cross-sectional diameter of the mass (p < 0.01)."
    )
    assert _text("", abstract).study_type == "case-control study"


def test_patients_who_underwent_surgery_over_years_are_a_cohort() -> None:
    abstract = (
        "We examined 806 patients who underwent surgery for stomach cancer between 1992 and 2007. "
        "Survival of patients with invasion of the colon wall was worse (p < 0.01)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "cohort study", "text")


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


def test_an_autopsy_series_is_a_human_observational_study() -> None:
    abstract = (
        "Brains from 40 infant autopsies were examined for mercury. Mercury levels were raised in 30% of "
        "brains without histologic change (p = 0.3). In comparison with experimental studies in animals, "
        "this study found no toxicity."
    )
    assert _text("Brain mercury at autopsy", abstract) == EvidenceLevel(3, "cross-sectional study", "text")


# --- round 6: the held-out-5 causes (all snippets invented) ---------------------------------------------------


def test_cadavers_only_counted_stay_an_autopsy_series_of_people() -> None:
    abstract = (
        "Using published reports, the authors correlated disc degeneration with age and sex in 600 discs "
        "from 273 cadavers. Male discs were more degenerated than female discs (p < 0.05)."
    )
    assert _text("", abstract).level == 3


# --- round 6, after held-out-6 was scored once (all snippets invented) -----------------------------------------


def test_ecological_speciation_is_biology_not_an_ecological_study() -> None:
    assert _text("Genetic tests for ecological speciation in kale beetles") != EvidenceLevel(
        3, "ecological study", "text"
    )
    assert _text("Kale intake and stroke: an ecological study") == EvidenceLevel(
        3, "ecological study", "text"
    )


# --- round 8: three doubtful round-7 moves and the held-out-7 essay (all snippets invented) -------------------


def test_a_design_setting_and_participants_heading_declares_the_design() -> None:
    abstract = (
        "Design, Setting, and Participants A population-based, nested case-control study of primary care "
        "patients from 2005 to 2010. Exposure to swine manure was estimated for each patient. "
        "Results Of 446,480 patients, 1539 cases and 2914 controls were included (odds ratio 1.38)."
    )
    assert _text("Kale farms and infection", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_counted_people_measured_once_are_a_cross_sectional_comparison() -> None:
    abstract = (
        "We compared 36 healthy volunteers (vegetarian, n = 19; omnivore, n = 17). Insulin sensitivity "
        "indices were higher in the kale eaters (P = 0.02)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "cross-sectional study", "text")
    # Something given to them, or weeks passing, is not a one-time measurement.
    fed = "We compared 36 healthy volunteers after ingestion of kale. Insulin sensitivity rose (P = 0.02)."
    assert _text("", fed) == EvidenceLevel(3, "other", "text")


# --- round 8, after held-out-8 was scored once (all snippets invented) -----------------------------------------


def test_people_in_an_experiment_with_stimuli_are_not_a_cross_sectional_survey() -> None:
    abstract = (
        "Seventeen kale eaters and 14 comparison subjects viewed films in an experiment; brain activation "
        "differed between groups (P < 0.01)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "other", "text")


# --- round 10: "<any word> survey" was a cross-sectional cue (an empty alternative); only surveys of people are --


def test_survey_as_a_verb_or_an_imaging_survey_is_not_a_cross_sectional_cue() -> None:
    abstract = (
        "We used bisulfite sequencing to survey twelve species of kale moulds. Methylation of their genomes "
        "depended on one enzyme, and mutant strains lacking it lost methylation at 80% of sites."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    imaging = (
        "A whole body skeletal survey and magnetic resonance imaging were compared in 30 patients with "
        "myeloma of the kale bone before therapy. The skeletal survey missed lesions in 9 patients (30%)."
    )
    assert _text("", imaging) == EvidenceLevel(3, "other", "text")


def test_surveys_of_people_by_kind_name_or_response_are_cross_sectional() -> None:
    kinds = (
        "Online surveys were distributed to kale growers and to agronomists via two mailing lists. "
        "Analyzable responses were obtained from 412 growers and 38 agronomists (p < 0.05)."
    )
    assert _text("", kinds) == EvidenceLevel(3, "cross-sectional study", "text")
    answered = (
        "Of 248 kale eaters contacted, 147 completed the survey. Most (62%) reported bloating after meals, "
        "and 20% had a physician's diagnosis."
    )
    assert _text("", answered) == EvidenceLevel(3, "cross-sectional study", "text")
    named = (
        "We analysed kale intake of 5,012 adults in the National Kale and Nutrition Examination Survey "
        "2009-2010. Intake was higher in women (p = 0.01)."
    )
    assert _text("", named) == EvidenceLevel(3, "cross-sectional study", "text")


# --- round 10, after held-out-10 was scored once (all snippets invented) -----------------------------------------


def test_a_prevalence_title_over_an_abstract_that_names_nobody_is_not_a_survey_of_people() -> None:
    abstract = (
        "Sixty samples of kale, kale juice and kale powder were collected from markets and analysed for "
        "aluminium by atomic absorption spectrometry. Most market kale samples (65%) exceeded the limit, "
        "and boiling in aluminium pots raised the levels further (p < 0.05)."
    )
    title = "Prevalence of aluminium residues in kale products"
    assert _text(title, abstract) == EvidenceLevel(4, "laboratory study", "text")
    people = "Kale intake was recorded in 400 adults; 12% ate kale daily."
    assert _text("Prevalence of kale eating among adults", people) == EvidenceLevel(
        3, "cross-sectional study", "text"
    )


# --- round 12, after held-out-12 was scored once (all snippets invented) -----------------------------------------


def test_a_survey_of_products_is_not_a_survey_of_people() -> None:
    abstract = (
        "Criteria for authentic kale juice were developed from the chemical analysis of 45 commercial juice "
        "samples from 23 manufacturers. In addition to analysis of commercial juice samples bought in 2031, "
        "published data were considered. In this survey of commercial kale juices, only 6 of 23 met all criteria."
    )
    assert _text("Detecting adulterated kale juice", abstract) == EvidenceLevel(4, "laboratory study", "text")
    people = (
        "Kale intake was taken from the Continuing Survey of Food Intakes by Individuals. In this survey of food "
        "intakes, 12% of 9,000 adults ate kale weekly."
    )
    assert _text("Kale eating in the nation", people) == EvidenceLevel(3, "cross-sectional study", "text")


def test_a_cross_sectional_survey_of_stores_is_not_a_survey_of_people() -> None:
    # Round 14: shops surveyed are not people surveyed; a survey of shoppers still is.
    abstract = (
        "A cross-sectional survey of 225 stores in Kale County recorded whether kale was stocked. Kale was "
        "stocked in 40% of stores, more often in large ones (p < 0.01)."
    )
    assert _text("Kale in stores", abstract).study_type != "cross-sectional study"
    shoppers = abstract.replace("225 stores", "225 shoppers").replace(
        "whether kale was stocked", "kale purchases"
    )
    assert _text("Kale in stores", shoppers).study_type == "cross-sectional study"
