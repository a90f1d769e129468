"""Randomized and non-randomized trials (``index.evidence.trials``), and randomized units that are not people.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import pytest

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- title --------------------------------------------------------------------------------------------------


def test_randomised_animal_study_in_title_is_animal() -> None:
    assert _text("A randomized feeding trial of flax in laying hens").level == 4


# --- abstract and traps -------------------------------------------------------------------------------------


def test_randomly_selected_survey_is_not_an_rct() -> None:
    abstract = (
        "Households were randomly selected from the electoral roll and 1,204 adults completed a "
        "telephone survey about supplement use. Prevalence of vitamin D use was 31%."
    )
    assert _text("Supplement use among urban adults", abstract) == EvidenceLevel(
        3, "cross-sectional study", "text"
    )


def test_rats_in_background_of_human_trial() -> None:
    abstract = (
        "In rats, the extract reduced fasting glucose. "
        "Sixty patients with prediabetes were randomly assigned to the extract or placebo for 12 weeks. "
        "Fasting glucose fell by 0.4 mmol/l more with the extract (p = 0.01)."
    )
    assert _text("Bitter gourd extract in prediabetes", abstract) == EvidenceLevel(
        2, "randomized trial", "text"
    )


def test_randomised_mice_are_an_animal_study() -> None:
    abstract = (
        "Forty mice were randomly assigned to a high-fat diet with or without the powder. "
        "After 8 weeks the mice fed the powder gained 12% less weight (p < 0.05)."
    )
    assert _text("Matcha powder and weight gain", abstract) == EvidenceLevel(4, "animal study", "text")


def test_rct_named_in_an_essay_is_not_an_rct() -> None:
    abstract = (
        "Clinicians are taught to distrust anything that is not a double-blind, randomized controlled "
        "trial. Diets cannot be blinded, so dietary advice is undervalued in medical practice."
    )
    assert _text("Why doctors ignore diet", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_rcts_called_for_in_future_are_not_this_study() -> None:
    abstract = (
        "Vitamin K has been linked to bone health in observational work. "
        "Randomised controlled trials of vitamin K for fracture prevention have yet to be performed. "
        "We discuss the mechanisms by which vitamin K may act on bone."
    )
    assert _text("Vitamin K and the skeleton", abstract).level == 3


def test_secondary_analysis_of_trial_arms_is_not_an_rct() -> None:
    abstract = (
        "Participants (n = 900) were drawn from the placebo arms of two randomized trials and followed "
        "for 3 years; dietary nitrate was estimated at baseline and hazard ratios computed."
    )
    assert _text("Dietary nitrate and adenoma recurrence", abstract).level == 3


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_non_randomized_study_is_not_a_randomized_trial() -> None:
    abstract = (
        "This prospective, non-randomized study compared two ways of closing the wound. "
        "Thirty patients were operated on with the new technique; complications fell from 20% to 7%."
    )
    assert _text("Wound closure after hernia repair", abstract) == EvidenceLevel(
        3, "non-randomized trial", "text"
    )


def test_phase_one_trial_is_non_randomized() -> None:
    abstract = (
        "In a phase I trial we gave 40 patients escalating doses of the drug; the top dose was 30 mg/m2."
    )
    assert _text("Dose finding for a plum-seed extract", abstract) == EvidenceLevel(
        3, "non-randomized trial", "text"
    )


def test_hyphenated_randomized_crossover_is_a_randomized_trial() -> None:
    abstract = "A randomized-crossover intervention with 3 diets of 5 weeks each was conducted in 45 adults."
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")


# --- text rules added with round 4 ----------------------------------------------------------------------------


def test_groups_formed_randomly_is_a_randomized_trial() -> None:
    adverb = "A trial was set up. 120 healthy volunteers were divided into three groups randomly (p = 0.04)."
    manner = (
        "Fifty patients were allocated to two groups (double blind, randomized manner); pain fell by 30%."
    )
    assert _text("", adverb) == EvidenceLevel(2, "randomized trial", "text")
    assert _text("", manner) == EvidenceLevel(2, "randomized trial", "text")


def test_randomized_fashion_without_allocation_is_not_enough() -> None:
    abstract = (
        "The protocol compared two steroids in a randomised fashion. We studied marker clearance in 240 "
        "children treated on the protocol; clearance was slower with one steroid (p = 0.01)."
    )
    assert _text("", abstract).level == 3


def test_randomized_teeth_are_a_laboratory_experiment() -> None:
    abstract = (
        "Eight extracted human molars were randomly assigned to each juice. "
        "Lesion depth was greater with the citrus juice (84 vs 22 microm, P < 0.05)."
    )
    assert _text("Erosion by fruit juices", abstract) == EvidenceLevel(4, "laboratory study", "text")


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


def test_placebo_arms_without_the_word_randomized_are_a_trial() -> None:
    abstract = (
        "A total of 120 adults with bloating received the kale enzyme or placebo with meals for 8 weeks. "
        "Symptoms fell more in the enzyme group than in the placebo group (p = 0.02)."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")


@pytest.mark.parametrize(
    "abstract",
    [
        "We examined the placebo arm of the KALE trial in 300 patients. Volumes were larger in men (p < 0.01).",
        "Subjects pooled from the control arms of two trials (n = 1164) were studied; OR 1.4 (95% CI 1.1-1.8).",
        "In an open-label study, 40 adults took kale after a placebo run-in; glucose fell 5% (p = 0.03).",
        "The placebo effect in kale studies is large; 30% of people feel better on anything.",
    ],
)
def test_placebo_mentions_that_are_not_parallel_arms_are_not_a_trial(abstract: str) -> None:
    assert _text("Kale", abstract).level == 3


def test_placebo_arms_in_rats_are_an_animal_study() -> None:
    abstract = (
        "Forty rats received kale or placebo for 4 weeks. The kale group gained 12% less weight (p < 0.05)."
    )
    assert _text("", abstract).level == 4


# --- round 6: the held-out-5 causes (all snippets invented) ---------------------------------------------------


def test_post_hoc_comparison_of_a_trials_arms_is_a_randomized_trial() -> None:
    abstract = (
        "This was a post hoc analysis of an RCT of kale juice vs. water in 200 adults. "
        "Adenoma detection was 26% with kale juice and 16% with water (p = 0.04)."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")
    one_arm = (
        "This was a post hoc analysis of an RCT of kale juice versus water; only the control arm of the "
        "trial (n = 90) was followed, and hazard ratios were computed."
    )
    assert _text("", one_arm).level == 3


# --- round 8, after held-out-8 was scored once (all snippets invented) -----------------------------------------


def test_a_randomized_cross_over_study_written_in_two_words_is_a_trial() -> None:
    abstract = (
        "DESIGN: A randomized cross over dietary intervention study. Forty-five men ate kale or meat for one "
        "month each. In the men, in vitro LDL oxidation lag phase was significantly longer on kale (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")
    # Without randomisation the same crossover is a non-randomized trial.
    assert _text("", abstract.replace("randomized ", "")).level == 3


# --- round 11, after held-out-11 was scored once (all snippets invented) -----------------------------------------


def test_placebo_among_treatments_under_a_title_of_time_passing_is_a_trial() -> None:
    abstract = (
        "We evaluated changes in kale enzyme activity in 40 women during a 100-d supplementation study. Subjects "
        "received one of three treatments: placebo, 50 mg kale extract, or 100 mg kale extract daily. Kale extract "
        "significantly increased enzyme activity from baseline values."
    )
    assert _text("Longitudinal changes of kale enzyme activity in women", abstract) == EvidenceLevel(
        2, "randomized trial", "text"
    )
    # A longitudinal study named as such stays a cohort, and a trial named as missing is not one.
    cohort = (
        "In 2001, 3,000 women were recruited into a prospective study and assessed yearly for gout. The relative "
        "risk for daily kale was 1.2 (95% confidence interval 1.1-1.4). In the absence of a large randomized "
        "trial, these findings are the best evidence to date."
    )
    assert _text("A longitudinal study of kale and gout", cohort) == EvidenceLevel(3, "cohort study", "text")


def test_one_arm_of_someone_elses_trial_is_not_randomized_here() -> None:
    abstract = (
        "Thirty patients randomized to the intervention arm of a trial of kale counselling were included. Patients "
        "recorded their kale intake in a diary for a year, and 90% of diary entries matched the scale readings."
    )
    assert _text("Reliability of kale diaries", abstract).level == 3
    both = abstract.replace(
        "to the intervention arm of a trial of", "to the intervention arm or the control arm of"
    )
    assert _text("Reliability of kale diaries", both) == EvidenceLevel(2, "randomized trial", "text")


# --- round 12, after held-out-12 was scored once (all snippets invented) -----------------------------------------


def test_pills_given_randomly_and_double_blind_against_placebo_are_a_trial() -> None:
    abstract = (
        "The study was performed on 50 patients with kale intolerance. After a washout, 23 patients were planned "
        "to receive 4 pills/day for 6 weeks randomly and in a double blind manner, each containing kale powder, "
        "and 27 patients placebo. Pain scores were compared among groups. Eight patients dropped out."
    )
    assert _text("Kale powder for kale intolerance", abstract) == EvidenceLevel(2, "randomized trial", "text")


# --- round 13, after held-out-13 was scored once (all snippets invented) -----------------------------------------


def test_parallel_groups_given_real_or_sham_procedure_are_a_trial() -> None:
    abstract = (
        "A total of 96 adults with kale elbow were recruited. They were given either kale acupuncture (n = 32), "
        "sham kale acupuncture (n = 33), or no treatment (n = 31) for 4 weeks. Pain fell significantly in the "
        "kale and sham acupuncture groups but not in the no-treatment group."
    )
    assert _text("Kale acupuncture for kale elbow", abstract) == EvidenceLevel(2, "randomized trial", "text")
    # One sham procedure given to everyone is no control arm.
    single = (
        "Twenty volunteers were given a sham feeding test with kale, and gastric kalein secretion rose "
        "significantly (p < 0.05)."
    )
    assert _text("Sham feeding with kale", single).level == 3


def test_crossover_in_a_randomised_order_is_a_randomized_trial() -> None:
    # Round 15: "In a crossover trial, 24 subjects received, in a randomised order, a high and a low ... diet".
    abstract = (
        "AIMS: To test a kale-rich diet on vessel function. METHODS AND RESULTS: In a crossover trial, 20 "
        "subjects received, in a randomised order, a 14-day high-kale and a 14-day low-kale diet. Vessel "
        "dilation increased after the high-kale diet (p < 0.001)."
    )
    assert _text("Kale and vessels", abstract) == EvidenceLevel(2, "randomized trial", "text")
    fixed = abstract.replace("in a randomised order", "in a fixed order")
    assert _text("Kale and vessels", fixed).level == 3


def test_substudy_of_a_trial_comparing_two_drugs_is_a_randomized_trial() -> None:
    # Round 15: "Drug A vs. drug B in patients with diabetes: a substudy from the XYZ trial".
    abstract = (
        "We analysed patients with diabetes (n = 4000) and without (n = 12000). Kalorel reduced the primary "
        "endpoint (HR 0.88, 95% CI 0.76-1.03) consistent with the overall cohort."
    )
    title = "Kalorel vs. kalidogrel in patients with diabetes: a substudy from the KALE trial"
    assert _text(title, abstract) == EvidenceLevel(2, "randomized trial", "text")
    assert _text("Kalorel in patients with diabetes: a substudy from the KALE trial", abstract).level == 3


def test_children_who_randomly_received_treatments_are_in_a_randomized_trial() -> None:
    # Round 17: "Children randomly received 1 of 4 ... treatments" allocates them, whoever is the subject.
    abstract = (
        "We tested kale drinks on appetite. Forty children randomly received 1 of 3 kale drinks on three "
        "mornings. Appetite was lower after the green drink (p < 0.01)."
    )
    assert _text("Kale drinks and appetite", abstract) == EvidenceLevel(2, "randomized trial", "text")
    fixed = abstract.replace("randomly received", "received")
    assert _text("Kale drinks and appetite", fixed).level == 3


def test_drinks_taken_by_a_randomized_procedure_are_a_randomized_trial() -> None:
    # Round 17: a cross-over whose subjects drank "according to a randomized procedure".
    abstract = (
        "Twelve healthy men drank kale juice or water on separate days according to a randomized procedure. "
        "Plasma nitrate rose after kale juice (p < 0.001)."
    )
    assert _text("Kale juice and plasma nitrate", abstract) == EvidenceLevel(2, "randomized trial", "text")
    fixed = abstract.replace("according to a randomized procedure", "in a fixed order")
    assert _text("Kale juice and plasma nitrate", fixed).level == 3


def test_images_randomly_assigned_to_readers_are_not_a_randomized_trial() -> None:
    # Round 17: "renal units ... were randomly assigned to two blinded readers" shares out the reading.
    abstract = (
        "We retrospectively reviewed 60 patients with kale stones imaged by two methods. Images were randomly "
        "assigned to two blinded readers, who recorded stone size. Agreement was 85% (p < 0.05)."
    )
    assert _text("Two imaging methods for kale stones", abstract).level == 3
    treated = abstract.replace("assigned to two blinded readers", "assigned to two kale diets")
    assert _text("Two imaging methods for kale stones", treated).level == 2


def test_a_randomisation_test_is_no_allocation() -> None:
    # Round 18: "the expression ratio results ... are tested for significance by a randomisation test".
    abstract = (
        "We developed a software tool that compares two groups of kale transcripts. Ratios of the four kale "
        "genes are tested for significance by a randomisation test. The tool can be downloaded at "
        "http://kale.example.org/."
    )
    assert _text("A kale expression tool", abstract).level == 4
    allocated = abstract.replace("by a randomisation test", "after randomisation of 40 patients to kale")
    assert _text("A kale expression tool", allocated).level == 2


def test_a_randomized_trial_called_for_as_indicated_is_not_this_study() -> None:
    # Round 22: a device series of 58 whose closing sentence says "a prospective, randomized trial is indicated".
    abstract = (
        "Our experience with the kale pump is presented to outline its benefits. Detailed records were kept for "
        "all patients undergoing kale pump insertion. Forty kale pumps were inserted over 5 years, with a survival "
        "rate of 74%. Improvements in patient selection lead us to believe that a prospective, randomized trial is "
        "indicated to study the role of the kale pump."
    )
    assert _text("", abstract).level == 3
    # ... while a randomized trial told as done is this study's design.
    done = abstract.replace(
        "lead us to believe that a prospective, randomized trial is indicated",
        "and a prospective, randomized trial was conducted",
    )
    assert _text("", done) == EvidenceLevel(2, "randomized trial", "text")


def test_a_bracketed_abbreviation_inside_the_design_name_keeps_the_trial() -> None:
    # Round 22: "in a prospective, double-blind, randomized, placebo (PBO) control trial" was read as non-randomized.
    abstract = (
        "The aim of this study was to evaluate kale extract in women with gout in a prospective, double-blind, "
        "randomized, placebo (PBO) control trial. Thirty women received lifestyle advice and 1500 mg of kale "
        "extract or placebo for 4 months. Serum urate fell significantly only with kale extract."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")
    # ... while the bracket alone does not make a trial randomized.
    open_trial = abstract.replace("double-blind, randomized, ", "")
    assert _text("", open_trial).level == 3


def test_one_arm_of_a_trial_named_by_its_acronym_is_not_this_studys_allocation() -> None:
    # Round 23: "a cohort study of 5,586 men ... who were randomized to the placebo arm of the PCPT".
    abstract = (
        "We investigated kale intake and gout risk in the Kale Gout Prevention Trial (KGPT). We conducted a study "
        "of 4,210 men aged 50 years or older who were randomized to the placebo arm of the KGPT between 1995 and "
        "1998. Kale intake was recorded at entry. Men eating kale daily had a lower risk of gout (OR=0.61, 95% CI "
        "0.44-0.85)."
    )
    assert _text("Kale and gout in the placebo arm of a prevention trial", abstract).level == 3
    # ... while men randomized to kale or placebo in this study are a trial.
    trial = abstract.replace("to the placebo arm of the KGPT", "to kale or placebo")
    assert _text("Kale and gout", trial) == EvidenceLevel(2, "randomized trial", "text")
