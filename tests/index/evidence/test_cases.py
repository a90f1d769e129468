"""Case reports and case series (``index.evidence.cases``).

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import pytest

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- abstract and traps -------------------------------------------------------------------------------------


def test_case_report_from_abstract() -> None:
    abstract = "A 62-year-old woman presented with jaundice after taking a turmeric supplement for 3 months."
    assert _text("Liver injury and turmeric", abstract) == EvidenceLevel(4, "case report", "text")


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_model_base_case_is_not_a_case_report() -> None:
    abstract = (
        "A Markov model estimated costs and quality-adjusted life-years. "
        "In the base case, in a 79-year-old woman, screening was not cost-effective (USD 140,000 per QALY); "
        "it was cost-effective when the risk of fracture was 30% higher."
    )
    assert _text("Is screening for brittle bones worth it?", abstract) == EvidenceLevel(3, "other", "text")


def test_handful_of_described_cases_is_a_case_series() -> None:
    abstract = "We describe 14 cases of a rare leukaemia with an unusual translocation seen at two clinics."
    assert _text("An unusual leukaemia", abstract) == EvidenceLevel(4, "case series", "text")


def test_case_reported_in_the_passive_or_presented_is_a_case_report() -> None:
    passive = "A case of gluten intolerance presenting with knee swelling in a boy aged 9 years is reported."
    presenting = "We are presenting a 63-year-old male seen in emergency with a painful abdomen."
    assert _text("", passive) == EvidenceLevel(4, "case report", "text")
    assert _text("", presenting) == EvidenceLevel(4, "case report", "text")


def test_a_series_of_hundreds_of_cases_is_not_a_case_series() -> None:
    abstract = (
        "We genotyped a series of 266 cases and 1,000 population controls; "
        "a common variant was associated with the malformation (odds ratio 2.5, p < 0.001)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "case-control study", "text")


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


def test_a_handful_of_counted_patients_is_a_case_series() -> None:
    abstract = (
        "Between 2001 and 2010, all patients treated with high-dose kale extract were identified. "
        "Nine patients (4 female) were included; 5 of 9 patients (56%) improved and 2 had adverse events."
    )
    assert _text("", abstract) == EvidenceLevel(4, "case series", "text")


def test_n_equals_few_patients_is_a_case_series() -> None:
    abstract = "Patients with kale allergy (n = 7) were described. Four of them (57%) had urticaria."
    assert _text("", abstract) == EvidenceLevel(4, "case series", "text")


@pytest.mark.parametrize(
    "abstract",
    [
        # planned: a prospective pilot study
        "Nine patients received kale extract in a prospective pilot study; 5 of 9 patients improved (56%).",
        # a feeding experiment in a few people
        "Eight women consumed 300 g of kale; plasma lutein rose by 40% from baseline (p < 0.05).",
        # more than a dozen counted
        "Twenty-four patients developed the syndrome; 18 of 24 patients (75%) recovered.",
        "Two hundred forty-one patients were analysed; 6.5% died.",
        # controls
        "Nine patients and 12 healthy controls were compared; the patients had lower lutein (p = 0.01).",
    ],
)
def test_counted_patients_in_a_planned_or_larger_study_are_not_a_case_series(abstract: str) -> None:
    assert _text("", abstract).level == 3


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


def test_operations_counted_set_the_size_of_a_series() -> None:
    abstract = (
        "Our aim was to evaluate, retrospectively, the outcome of kale-assisted surgery. "
        "18 consecutive laparoscopic adrenalectomies were performed from 1996 to 2005. "
        "In three cases we switched to open surgery; blood loss was 180 mL."
    )
    assert _text("", abstract).level == 3
    few = (
        "Five adrenalectomies were performed with kale-assisted surgery. In three cases we switched to open "
        "surgery; blood loss was 180 mL."
    )
    assert _text("", few) == EvidenceLevel(4, "case series", "text")


# --- round 8, after held-out-8 was scored once (all snippets invented) -----------------------------------------


def test_clinical_histories_presented_make_a_case_series() -> None:
    abstract = (
        "From 3,000 swallowed kale stalks we analysed four that migrated. Three clinical histories are "
        "presented, describing the migration in each of them."
    )
    assert _text("", abstract) == EvidenceLevel(4, "case series", "text")


def test_patients_counted_by_the_authors_make_a_case_series_but_focus_groups_do_not() -> None:
    abstract = (
        "We examined six patients with confusion after a kale-related infarct. Memory loss was severe in five "
        "patients, and imaging in three patients showed reduced perfusion."
    )
    assert _text("", abstract) == EvidenceLevel(4, "case series", "text")
    qualitative = (
        "We conducted three focus groups among patients (six to eight per group) about kale. Barriers were "
        "lack of time and unclear roles."
    )
    assert _text("", qualitative).level == 3


# --- round 9, after held-out-9 was scored once (all snippets invented) -----------------------------------------


def test_case_designs_named_as_eligibility_criteria_do_not_make_a_case_series() -> None:
    abstract = (
        "To focus on large studies we excluded case series of kale poisoning. Kale intake in the remaining "
        "populations was unrelated to growth."
    )
    assert _text("Kale and growth", abstract).level != 4
    # The paper's own series still is one.
    own = "We report a case series of four patients with kale poisoning. All four recovered within a week."
    assert _text("Kale poisoning", own) == EvidenceLevel(4, "case series", "text")


def test_the_authors_presenting_data_on_counted_cohorts_is_not_a_case_report() -> None:
    abstract = (
        "The authors analysed the survival of 834 women who developed recurrent kale allergy between 1974 and "
        "2000, divided into five cohorts by year of recurrence. Survival improved across the cohorts (P<0.001). "
        "For these cohorts, the authors present data suggesting that the prognosis improved."
    )
    assert _text("", abstract).level == 3
    # "The authors describe" one patient is still a case.
    case = "The authors describe a farmer who developed a rash after handling kale. The rash resolved."
    assert _text("", case).level == 4


# --- round 10: a held-out-9 miss, fixed before held-out-10 was drawn (all snippets invented) -------------------


def test_an_effect_measured_in_a_handful_of_patients_is_an_experiment_not_a_case_series() -> None:
    experiment = (
        "The effect of kale juice on gastric pH was measured in 9 patients during endoscopy. "
        "Gastric pH rose from 2.1 to 3.4 within ten minutes in every patient."
    )
    assert _text("", experiment).level == 3
    # Nine patients described, with nothing measured as an effect, stay a case series.
    series = (
        "Nine patients developed jaundice after drinking kale juice. "
        "Bilirubin peaked at 12 mg/dL, and all recovered within 3 months."
    )
    assert _text("", series) == EvidenceLevel(4, "case series", "text")


# --- round 10, after held-out-10 was scored once (all snippets invented) -----------------------------------------


def test_case_reports_used_as_surveillance_data_are_not_a_case_report() -> None:
    abstract = (
        "Kale fever case reports, testing of blood donors and of clinic attenders were used to monitor the "
        "epidemic. Prevalence was 1% in donors and 6.3% (95% CI 5.0-8.0) in clinic attenders."
    )
    assert _text("", abstract).level == 3
    assert _text("", "We report a case of kale fever in a 40-year-old farmer.") == EvidenceLevel(
        4, "case report", "text"
    )


# --- round 13, after held-out-13 was scored once (all snippets invented) -----------------------------------------


def test_case_series_that_a_review_reads_are_not_its_design() -> None:
    abstract = (
        "Kale was used to treat gout before colchicine. We describe the historical use of kale in gout; discuss "
        "how kalein may modulate urate crystals; and review three clinical trials and ten case series in which "
        "kale has been used to treat gout."
    )
    assert _text("Kale in the treatment of gout", abstract) == EvidenceLevel(3, "narrative review", "text")
    # A case described, with the case reports reviewed, is still a case report.
    case = (
        "We report a case of kale toxicity in a 45-year-old man who ate 2 kg of kale a day, and review the case "
        "reports published since 1990."
    )
    assert _text("Kale toxicity", case) == EvidenceLevel(4, "case report", "text")


def test_cases_presented_by_the_article_or_named_by_their_count_are_a_case_series() -> None:
    # Round 15: "This article presents two cases", "To report three cases", "These four cases may belong to".
    article = (
        "Kale erosion has many causes. This article presents two cases involving kale-stained teeth in heavy "
        "kale juice drinkers. The examples show how the drinking method shapes the lesions."
    )
    assert _text("Kale juice and teeth", article) == EvidenceLevel(4, "case series", "text")
    aim = (
        "To report three cases illustrating that kale rash can spread to the scalp. Two patients had a rash "
        "after kale salad. A third had both lesions."
    )
    assert _text("", aim).level == 4
    counted = (
        "To investigate the role of kale virus in patients with slow myelopathy. Antibodies were positive in "
        "the serum of all patients. These four cases may belong to a variant form of kale myelopathy."
    )
    assert _text("", counted).level == 4


def test_patients_who_completed_the_study_are_no_counted_case_series() -> None:
    # Round 19: "Curcumin was administered orally ... in eight patients ... Five patients completed the study".
    abstract = (
        "The present report describes the efficacy of kale extract in patients with kale pseudotumours. Kale "
        "extract was administered orally at 375 mg three times a day for 6-22 months in eight patients. Five "
        "patients completed the study, of whom four recovered completely. No side effect was noted."
    )
    assert _text("Kale extract in kale pseudotumours", abstract).level == 3
    # ... while a handful of treated patients counted and described is still a case series.
    series = abstract.replace("completed the study, of whom four", "were seen again, and four")
    assert _text("Kale extract in kale pseudotumours", series) == EvidenceLevel(4, "case series", "text")


def test_a_title_about_one_patient_is_a_case_report() -> None:
    # Round 21: "Bowel obsession syndrome in a patient with ulcerative colitis", told in its abstract as "the first
    # study on successful psychotherapy of a male patient".
    abstract = (
        "Kale obsession is a compulsive fear of missing greens. Only sparse case studies have been published. This "
        "is the first study on successful psychotherapy of a male patient with gout and kale obsession."
    )
    assert _text("Kale obsession in a patient with gout", abstract) == EvidenceLevel(4, "case report", "text")
    # ... while a title about patients in the plural does not name one.
    assert _text("Kale obsession in patients with gout", abstract).level == 3


def test_case_series_pooled_as_a_models_data_source_are_no_case_series() -> None:
    # Round 21: a Markov model estimating efficacy from "registry cohort data, pooled case series, and ...".
    abstract = (
        "We evaluated kale and spinach, using a decision-analytic Markov model. We estimated efficacy using three "
        "data sources: registry cohort data, pooled case series, and recent trials. When cohort and pooled case "
        "series data were used, kale was preferred (p < 0.05)."
    )
    assert _text("", abstract).level == 3
    # ... while a case series of the authors' own still is one.
    own = abstract + " We also report a case series of nine patients treated with kale."
    assert _text("", own) == EvidenceLevel(4, "case series", "text")


def test_operations_counted_past_a_dozen_are_no_case_series() -> None:
    # Round 22: "we performed 20 mandibular reconstructions ..., 9 with virtual planning and 11 freehand cases".
    abstract = (
        "Our study was designed to determine whether virtual planning of kale grafts saves operating time. All "
        "consecutive cases of kale graft surgery were evaluated during a 2-year period. During the period, we "
        "performed 20 jaw reconstructions using kale grafts, 9 with virtual planning and 11 freehand cases. One "
        "minute of operating time cost US $47.50, and planning saved 35% of the time."
    )
    assert _text("", abstract).level == 3
    # ... while ten operations split the same way are still a handful of cases.
    handful = (
        abstract.replace("20 jaw", "10 jaw").replace("9 with", "4 with").replace("11 freehand", "6 freehand")
    )
    assert _text("", handful) == EvidenceLevel(4, "case series", "text")


def test_pregnancies_counted_past_a_dozen_are_no_case_series() -> None:
    # Round 23: "evaluated in 100 uneventful twin pregnancies ... compared with those observed in 16 twin
    # pregnancies", then subgroups "(n = 8)", "(n = 5)", "(n = 3)".
    abstract = (
        "Serum kale-protein concentrations were evaluated in 90 uneventful twin pregnancies, and these values were "
        "compared with those observed in 14 twin pregnancies with growth restriction. In pregnancies with growth "
        "restriction (n = 9), kale-protein levels were low, whereas kalin levels were normal in most cases. When "
        "one fetus had died (n = 5), both levels were low. "
        "Thus kale-protein is a good indicator of growth restriction."
    )
    assert _text("Kale-protein in twin pregnancy", abstract).level == 3
    # ... while ten pregnancies in all, split the same way, are still a handful of cases.
    handful = abstract.replace("90 uneventful", "two uneventful").replace("14 twin", "8 twin")
    assert _text("Kale-protein in twin pregnancy", handful) == EvidenceLevel(4, "case series", "text")
