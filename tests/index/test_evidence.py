"""Evidence-level classifier: publication types first, then title and abstract, with the known traps.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import dataclasses

import pytest

from index.evidence import STUDY_TYPES, EvidenceLevel, classify_evidence


def _text(title: str, abstract: str = "") -> EvidenceLevel:
    return classify_evidence([], title, abstract)


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
    result = classify_evidence(types, "Zinc lozenges and the common cold", "A short text about nothing.")
    assert result == EvidenceLevel(level, study_type, "publication_types")


def test_strongest_publication_type_wins() -> None:
    result = classify_evidence(["Review", "Meta-Analysis", "Randomized Controlled Trial"], "Tea", "")
    assert (result.level, result.study_type) == (1, "meta-analysis")


def test_publication_types_beat_misleading_text() -> None:
    title = "Green kale extract lowers blood pressure: a meta-analysis"
    result = classify_evidence(["Randomized Controlled Trial"], title, "")
    assert result == EvidenceLevel(2, "randomized trial", "publication_types")


def test_publication_type_matching_ignores_case_and_whitespace() -> None:
    assert classify_evidence(["  meta-analysis "], "x", "").level == 1


def test_review_type_upgraded_by_systematic_methods_in_text() -> None:
    abstract = (
        "We systematically searched MEDLINE and EMBASE up to 2015. Twenty-one trials met the inclusion "
        "criteria. Pooled estimates were obtained with a random-effects model."
    )
    result = classify_evidence(["Review"], "Walnuts and lipids", abstract)
    assert result.level == 1
    assert result.basis == "text"


def test_plain_review_type_is_narrative() -> None:
    result = classify_evidence(["Review", "Journal Article"], "Walnuts and lipids", "Walnuts are discussed.")
    assert result == EvidenceLevel(3, "narrative review", "publication_types")


def test_generic_clinical_trial_needs_randomisation_in_text() -> None:
    open_label = "Fourteen adults received 2 g of cinnamon daily for 8 weeks in an open-label study."
    randomised = "Forty adults were randomly assigned to cinnamon or placebo capsules for 8 weeks."
    assert classify_evidence(["Clinical Trial"], "Cinnamon", open_label) == EvidenceLevel(
        3, "non-randomized trial", "publication_types"
    )
    assert classify_evidence(["Clinical Trial"], "Cinnamon", randomised).level == 2


def test_observational_type_takes_subtype_from_text() -> None:
    abstract = (
        "In this prospective cohort of 12,000 nurses followed for 10 years, hazard ratios were estimated."
    )
    result = classify_evidence(["Observational Study"], "Egg intake and stroke", abstract)
    assert result == EvidenceLevel(3, "cohort study", "publication_types")


def test_uninformative_types_fall_back_to_text() -> None:
    result = classify_evidence(["Journal Article", "Comparative Study"], "Beet juice in rats", "")
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


def test_adherence_to_guidelines_in_title_is_not_a_guideline() -> None:
    abstract = "We followed 9,000 adults for 12 years in a prospective cohort; hazard ratios were computed."
    result = _text("Adherence to national dietary guidelines and mortality", abstract)
    assert result == EvidenceLevel(3, "cohort study", "text")


def test_randomised_animal_study_in_title_is_animal() -> None:
    assert _text("A randomized feeding trial of flax in laying hens").level == 4


def test_review_title_with_systematic_methods_is_level_1() -> None:
    abstract = "This article systematically reviews 52 published studies of plant sterols and colon cancer."
    assert _text("Plant sterols and cancer: a review of the evidence", abstract).level == 1


# --- abstract and traps -------------------------------------------------------------------------------------


def test_meta_analysis_mentioned_in_background_is_not_a_meta_analysis() -> None:
    abstract = (
        "A recent meta-analysis suggested that cocoa flavanols lower blood pressure. "
        "We recruited 310 adults in a cross-sectional study and measured cocoa intake by questionnaire. "
        "Intake was associated with lower systolic pressure (p = 0.02)."
    )
    assert _text("Cocoa and blood pressure in bus drivers", abstract) == EvidenceLevel(
        3, "cross-sectional study", "text"
    )


def test_meta_analysis_from_methods() -> None:
    abstract = (
        "We searched PubMed and Embase for prospective studies. Eighteen cohorts were included. "
        "The pooled relative risk for the highest versus lowest intake was 0.88 (95% CI 0.80-0.96)."
    )
    assert _text("Legume intake and coronary events", abstract).level == 1


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


def test_systematic_review_of_animal_studies_is_level_1() -> None:
    abstract = (
        "We systematically searched three databases for studies of curcumin in rodent models of "
        "arthritis. Twenty-six studies in rats and mice met the inclusion criteria."
    )
    assert _text("Curcumin in rodent arthritis", abstract) == EvidenceLevel(1, "systematic review", "text")


def test_narrative_review_that_quotes_cohorts() -> None:
    abstract = (
        "Several prospective cohort studies have associated olive oil with lower stroke risk. "
        "This review summarizes the proposed mechanisms and the gaps in the evidence."
    )
    assert _text("Olive oil and the brain", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_guideline_from_abstract() -> None:
    abstract = (
        "An expert panel reviewed the evidence on iron supplementation in pregnancy. "
        "The panel recommends screening for anaemia at the first visit. This guideline replaces the 2009 one."
    )
    assert _text("Iron in pregnancy", abstract) == EvidenceLevel(2, "guideline", "text")


def test_case_report_from_abstract() -> None:
    abstract = "A 62-year-old woman presented with jaundice after taking a turmeric supplement for 3 months."
    assert _text("Liver injury and turmeric", abstract) == EvidenceLevel(4, "case report", "text")


def test_in_vitro_from_abstract() -> None:
    abstract = (
        "Colon cancer cell lines were treated with the extract for 48 h. "
        "Cells were incubated with increasing doses and cell viability fell by 40%."
    )
    assert _text("Aronia extract and colon cancer", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_animal_protein_is_food_not_subject() -> None:
    abstract = (
        "Thirty men with high cholesterol ate diets in which animal protein was replaced by soy protein. "
        "Subjects received each diet for 4 weeks and plasma cholesterol fell by 9% (p < 0.01)."
    )
    assert _text("Soy and cholesterol in men", abstract).level == 3


def test_case_control_from_abstract() -> None:
    abstract = (
        "We enrolled 210 cases and 420 matched controls; odds ratios were computed by logistic regression."
    )
    assert _text("Spicy food and ulcers", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_food_chemistry_without_people_is_laboratory() -> None:
    abstract = "Samples were analysed by HPLC for nitrate content. Spinach contained 2,100 mg/kg on average."
    assert _text("Nitrate in leafy greens at market", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


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
    assert classify_evidence([], "", "") == EvidenceLevel(3, "other", "text")


def test_result_is_frozen() -> None:
    result = _text("Anything")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.level = 1  # type: ignore[misc]


def test_meta_analysis_of_cohorts_titled_by_its_cohorts() -> None:
    abstract = (
        "Relevant studies were identified by searching PubMed through 2019. Summary relative risks were "
        "calculated with a random-effects model across 14 cohorts."
    )
    assert _text("Citrus intake and stroke in prospective cohort studies", abstract).level == 1


def test_guideline_built_on_systematic_reviews_stays_a_guideline() -> None:
    abstract = "Systematic reviews of the literature were conducted to inform the recommendations."
    assert _text("Updated guidelines for the treatment of head lice", abstract).study_type == "guideline"


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


def test_ewes_are_animals() -> None:
    abstract = "Catheters were implanted in 10 pregnant ewes. Uterine blood flow fell to 70% of baseline."
    assert _text("", abstract) == EvidenceLevel(4, "animal study", "text")


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


def test_chart_review_with_cases_and_controls_is_case_control() -> None:
    abstract = (
        "We identified 52 women with placental inflammation; 52 women without it served as controls. "
        "Maternal medical records were reviewed for signs of infection (p = 0.02)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_implications_are_discussed_does_not_make_a_review() -> None:
    abstract = (
        "We surveyed 310 adults about their beliefs on food marketing; 62% distrusted advertising. "
        "The implications of these findings for health messaging are discussed."
    )
    assert _text("Beliefs about food adverts", abstract).study_type != "narrative review"


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


def test_cell_biology_without_numbers_is_in_vitro() -> None:
    abstract = (
        "Here we show that the binding protein stabilises the mRNA of a survival gene in HL60 cells. "
        "Knockdown of the protein lowered mRNA and protein levels of the gene."
    )
    assert _text("Regulation of a survival gene", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_knockout_mice_without_numbers_are_an_animal_study() -> None:
    abstract = (
        "Here we show that the enzyme controls lipid secretion. "
        "Mice lacking the enzyme in the liver show reduced plasma lipids and secrete lipid-poor particles."
    )
    assert _text("An enzyme and lipid secretion", abstract) == EvidenceLevel(4, "animal study", "text")


def test_protein_structure_is_a_laboratory_study() -> None:
    abstract = (
        "Herein we present the crystal structure of the human motor protein at 2.2 A resolution. "
        "Binding assays showed that its second domain binds single-stranded DNA and RNA."
    )
    assert _text("Structure of a motor protein", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_molecular_work_on_patient_biopsies_is_laboratory() -> None:
    abstract = (
        "By analysing whole-exome sequencing of metastatic biopsies from patients, "
        "we observed shared mutations. "
        "Genome-wide DNA methylation analysis revealed epigenetic differences between the tumour types. "
        "The genomic data point to divergent clonal evolution."
    )
    assert _text("Clonal evolution of a resistant tumour", abstract).level == 4


def test_review_titled_by_its_cells_is_a_review() -> None:
    abstract = (
        "Pigment cells of the eye suppress T cell activation in vitro. "
        "This review focuses on the immunosuppressive role of these cells."
    )
    assert _text("Role of ocular epithelial cells in immune privilege", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )


def test_own_findings_without_numbers_are_not_an_essay() -> None:
    abstract = (
        "The present study asked whether attention changes how tone of voice is processed. "
        "Participants listened to words at two positions while brain potentials were recorded. "
        "Potentials differed with the tone of voice whether attended or not."
    )
    assert _text("", abstract) == EvidenceLevel(3, "other", "text")


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


def test_hyphenated_randomized_crossover_is_a_randomized_trial() -> None:
    abstract = "A randomized-crossover intervention with 3 diets of 5 weeks each was conducted in 45 adults."
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")


def test_counted_participants_keep_molecular_measurements_a_human_study() -> None:
    abstract = (
        "We examined 102 healthy men for the association between fitness and T cell ageing. "
        "Blood lymphocytes were analysed for surface receptor expression and gene transcripts. "
        "Receptor expression and molecular markers of senescence fell with fitness (p < 0.01)."
    )
    assert _text("", abstract).level == 3


def test_dietary_protein_is_not_molecular_biology() -> None:
    abstract = (
        "We examined the incidence of the disease and the intake of animal protein and dietary protein "
        "in one country from 1966 to 1985; incidence correlated with protein intake (r = 0.9)."
    )
    assert _text("", abstract).level == 3


def test_emitted_study_types_come_from_the_vocabulary() -> None:
    cases = [
        ("Oat bran: a meta-analysis", ""),
        ("", "We describe 3 cases of rash after eating mango."),
        ("", "Here we show that the kinase phosphorylates the receptor in HeLa cells and binds DNA."),
        ("Sweet truths", "Sugar has long been blamed for many ills."),
    ]
    for title, abstract in cases:
        assert _text(title, abstract).study_type in STUDY_TYPES


# --- MeSH headings (round 4) ----------------------------------------------------------------------------------

_NEUTRAL = (
    "Weight gain was recorded weekly for 10 weeks; it was 12% higher with the enriched feed (p = 0.01)."
)


def _mesh(abstract: str, mesh: list[str], title: str = "", types: list[str] | None = None) -> EvidenceLevel:
    return classify_evidence(types or [], title, abstract, mesh)


def test_mesh_is_optional_and_empty_mesh_changes_nothing() -> None:
    assert classify_evidence([], "", _NEUTRAL) == _mesh(_NEUTRAL, []) == EvidenceLevel(3, "other", "text")


def test_animals_without_humans_is_an_animal_study() -> None:
    assert _mesh(_NEUTRAL, ["Animals", "Body Weight", "Diet"]) == EvidenceLevel(4, "animal study", "mesh")


def test_animals_with_humans_is_not_decided_by_mesh() -> None:
    assert _mesh(_NEUTRAL, ["Animals", "Humans", "Diet"]) == EvidenceLevel(3, "other", "text")


def test_mesh_matching_ignores_case_and_whitespace() -> None:
    assert _mesh(_NEUTRAL, ["  animals "]).level == 4


def test_animals_without_humans_overrides_a_randomized_trial_read_from_text() -> None:
    abstract = "Forty-eight were randomly assigned to the enriched or the standard feed. " + _NEUTRAL
    assert _mesh(abstract, []).level == 2
    assert _mesh(abstract, ["Animals", "Random Allocation"]) == EvidenceLevel(4, "animal study", "mesh")


def test_animals_without_humans_keeps_a_review_and_a_meta_analysis() -> None:
    review = "This review summarizes what is known about gut hormones in ruminants and their feed intake."
    assert _mesh(review, ["Animals"]) == EvidenceLevel(3, "narrative review", "text")
    meta = (
        "We searched PubMed for feeding trials. Pooled estimates were computed with a random-effects model."
    )
    assert _mesh(meta, ["Animals"]).level == 1


def test_a_survey_of_people_about_animals_is_not_an_animal_study() -> None:
    # Veterinarians answer questionnaires; the indexer left out "Humans".
    abstract = "Online surveys were sent to 900 veterinarians about feline anaemia; 41% replied (p = 0.2)."
    result = _mesh(abstract, ["Animals", "Surveys and Questionnaires", "Cat Diseases"])
    assert result.level == 3


def test_design_headings_refine_an_inferred_observational_type() -> None:
    abstract = "Records of 410 patients were retrieved and outcomes compared by sex (p = 0.04)."
    assert _mesh(abstract, ["Humans"]) == EvidenceLevel(3, "other", "text")
    assert _mesh(abstract, ["Humans", "Retrospective Studies"]) == EvidenceLevel(3, "cohort study", "mesh")
    assert _mesh(abstract, ["Humans", "Cohort Studies"]) == EvidenceLevel(3, "cohort study", "mesh")
    assert _mesh(abstract, ["Humans", "Cross-Sectional Studies"]).study_type == "cross-sectional study"
    both = ["Humans", "Retrospective Studies", "Case-Control Studies"]
    assert _mesh(abstract, both) == EvidenceLevel(3, "case-control study", "mesh")


def test_timing_headings_do_not_overrule_cued_designs() -> None:
    # "Prospective Studies" is also given to trials: a cued non-randomized trial stays one.
    abstract = "Twenty adults received 3 g of fenugreek daily for 6 weeks; fasting glucose fell by 8%."
    assert _mesh(abstract, ["Humans"]).study_type == "non-randomized trial"
    assert _mesh(abstract, ["Humans", "Prospective Studies"]).study_type == "non-randomized trial"


def test_a_declared_design_beats_the_design_headings() -> None:
    abstract = "This was a cross-sectional study of 560 adults; 31% used supplements (p = 0.02)."
    assert _mesh(abstract, ["Humans", "Cohort Studies"]) == EvidenceLevel(3, "cross-sectional study", "text")


def test_as_topic_headings_do_not_name_this_study_design() -> None:
    abstract = "Records of 410 patients were retrieved and outcomes compared by sex (p = 0.04)."
    topical = ["Humans", "Randomized Controlled Trials as Topic", "Meta-Analysis as Topic"]
    assert _mesh(abstract, topical) == EvidenceLevel(3, "other", "text")


def test_blinding_headings_back_a_trial_only_with_words_of_allocation_in_the_text() -> None:
    # Blinding without a design word the text rules accept: the text alone reads an uncontrolled intervention.
    # (Parallel arms, "received the gel or a placebo gel", are read as a trial from the text since round 5.)
    trial = (
        "Sixty patients used the gel in a double-blind fashion for 6 weeks; itching fell by 40% (p = 0.03)."
    )
    assert _mesh(trial, ["Humans"]).level == 3
    assert _mesh(trial, ["Humans", "Double-Blind Method"]) == EvidenceLevel(2, "randomized trial", "mesh")
    # "Random Allocation" is also given to random sampling: no trial without allocation words.
    sampled = "We interviewed 400 randomly selected households; 22% stored rice for over a year (p = 0.01)."
    assert _mesh(sampled, ["Humans", "Random Allocation"]).level == 3
    no_cue = "Records of 410 patients were retrieved and outcomes compared by sex (p = 0.04)."
    assert _mesh(no_cue, ["Humans", "Double-Blind Method"]).level == 3


def test_mesh_sits_below_publication_types() -> None:
    assert _mesh(_NEUTRAL, ["Animals"], types=["Review"]) == EvidenceLevel(
        3, "narrative review", "publication_types"
    )
    assert _mesh(_NEUTRAL, ["Animals"], types=["Randomized Controlled Trial"]).level == 2
    observational = _mesh(_NEUTRAL, ["Humans", "Case-Control Studies"], types=["Observational Study"])
    assert observational == EvidenceLevel(3, "case-control study", "publication_types")


def test_mesh_sits_above_weak_text_defaults_but_below_a_named_design() -> None:
    essay = "Vitamin C has a long and contested history. Its story is more complicated than it seems."
    assert _mesh(essay, ["Humans", "Retrospective Studies"]) == EvidenceLevel(3, "cohort study", "mesh")
    titled = _mesh(_NEUTRAL, ["Humans", "Cohort Studies"], title="Fennel tea and colic: a case-control study")
    assert titled == EvidenceLevel(3, "case-control study", "text")


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


def test_one_in_vitro_mention_in_an_essay_is_not_an_in_vitro_study() -> None:
    abstract = (
        "River blindness still afflicts millions of villagers. The ability to grow the worm in vitro lends "
        "hope that new drugs can be screened. New treatments are also needed for severe disease."
    )
    assert _text("Worm biology and new treatments", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_one_animal_experiment_cited_in_an_essay_is_not_an_animal_study() -> None:
    abstract = (
        "Fasting lengthens life in hamsters. Whether it slows ageing in general is unclear. "
        "The evidence for and against this idea is considered."
    )
    assert _text("Fasting and ageing", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_one_animal_sentence_with_procedures_of_its_own_is_still_an_animal_study() -> None:
    abstract = (
        "Tumour cells were injected into skin grafts on nude mice. "
        "The grafts grew as nodules and invaded nearby vessels."
    )
    assert _text("Skin grafts and melanoma", abstract).level == 4


def test_hyphenated_cell_compound_in_title_is_not_in_vitro() -> None:
    abstract = (
        "We examined 90 patients with glioma treated within trials. A gene signature predicted poor "
        "survival (hazard ratio 2.1, 95% CI 1.3-3.4) in a multivariable model adjusted for age."
    )
    result = _text('Stem cell-related "renewal" signature and survival in glioma', abstract)
    assert result == EvidenceLevel(3, "cohort study", "text")
    assert _text("Effects of a spice on stem cells", "").level == 4


def test_validation_cohort_in_a_molecular_paper_is_laboratory_work() -> None:
    abstract = (
        "Here we show that the microRNA is silenced by promoter methylation in kidney cancer. "
        "We show that it targets a transcription factor and lowers its mRNA and protein levels. "
        "Overexpression of the microRNA in cancer cells reduced cell viability. "
        "In a patient cohort, methylation of the gene was associated with relapse (hazard ratio 1.9)."
    )
    assert _text("", abstract).level == 4


def test_supplemented_volunteers_in_a_molecular_paper_stay_a_human_study() -> None:
    abstract = (
        "The purpose of this study was to test supplementation with a herb extract in healthy male volunteers. "
        "Antioxidant enzymes were measured in neutrophils. Inflammatory cytokines and receptor expression "
        "were determined. The extract protected neutrophil proteins against oxidative damage."
    )
    assert _text("", abstract).level == 3


def test_methods_paper_with_longitudinal_samples_is_not_a_cohort() -> None:
    abstract = (
        "We propose an alternative approach by constructing a hierarchical phylogenetic model. "
        "We first explore the history of the mitochondrial genes of a rodent. "
        "We analyse 50 bacterial genes and the sequences of each gene. "
        "We also examine viral sequences sampled longitudinally from patients."
    )
    assert _text("Hierarchical models for multipartite sequence data", abstract).level == 4


def test_enzyme_kinetics_on_compounds_is_laboratory_work() -> None:
    abstract = (
        "Polyphenol fractions were isolated from two legumes. All compounds inhibited the oxidase and their "
        "Ki values ranged from 13 to 767 uM."
    )
    assert _text("Legume flavonoids as oxidase inhibitors", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2013", "\u2014", "\u2212"])
def test_unicode_hyphens_read_as_ascii(dash: str) -> None:
    assert _text(f"Kale and mood: a meta{dash}analysis", "Kale was studied.").level == 1
    abstract = f"This was a case{dash}control study of 200 cases and 400 controls; odds ratio 1.4."
    assert _text("Kale and gout", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_soft_hyphen_and_no_break_space_do_not_split_words() -> None:
    assert _text("Kale and mood: a meta\u00adanalysis", "").level == 1
    assert _text("Kale and mood: a\u00a0systematic\u00a0review", "").level == 1


def test_biological_heterogeneity_is_not_a_meta_analysis() -> None:
    abstract = (
        "We sequenced 40 regions of six kale-fed tumours. Intratumor heterogeneity was extensive. "
        "Clonal heterogeneity was seen in 30% of regions, and heterogeneity of expression was marked."
    )
    assert _text("Heterogeneity of kale-fed tumours", abstract).level != 1


@pytest.mark.parametrize(
    "statistic",
    [
        "Heterogeneity between studies was moderate.",
        "There was considerable heterogeneity across the included trials.",
        "Between-study heterogeneity was low.",
        "Heterogeneity was substantial (I2 = 72%).",
        "Heterogeneity was substantial (I² = 72%).",
    ],
)
def test_statistical_heterogeneity_still_marks_a_meta_analysis(statistic: str) -> None:
    abstract = f"The summary relative risk was 0.85 (95% CI 0.77-0.94). {statistic}"
    assert _text("Kale intake and stroke", abstract) == EvidenceLevel(1, "meta-analysis", "text")


def test_fried_food_chemistry_without_people_is_laboratory_work() -> None:
    abstract = (
        "Plantain slices were fried in palm oil or olive oil at 170 C. "
        "Acrylamide concentrations in the crisps were 30% lower in olive oil than in palm oil."
    )
    assert _text("Acrylamide in plantain crisps", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_cadaveric_knees_are_laboratory_work() -> None:
    abstract = (
        "The purpose of this cadaveric study was to measure tunnel lengths. Eight fresh cadaveric knees were "
        "used. Tunnel length was 25 mm at 70 degrees and 32 mm at 90 degrees (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_a_beamline_described_is_laboratory_work() -> None:
    abstract = (
        "Two beamlines for crystallography are available to users. The beamlines have CCD detectors. "
        "The wavelength is tunable from 5 to 16 keV. In this article the instrumentation is described."
    )
    assert _text("Crystallography facilities at a kale institute", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


def test_tumour_genomics_without_people_is_laboratory_work() -> None:
    abstract = (
        "We describe a gene expression-based classification of kale tumours into four subtypes. "
        "Somatic mutations and copy number changes define the subtypes. "
        "We provide a framework that unifies genomic and transcriptomic data."
    )
    assert _text("Genomic subtypes of kale tumours", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_yeast_treated_with_salts_is_laboratory_work() -> None:
    abstract = (
        "Yeast cells treated with lithium took up plasmid DNA. Conditions for transformation of the yeast "
        "were studied with caesium. Linear plasmid DNA was also taken up by treated yeast."
    )
    assert _text("Transformation of kale yeast", abstract).level == 4


def test_an_essay_about_bacteria_stays_an_essay() -> None:
    abstract = (
        "Bacteria in the gut shape health. Bacterial communities differ between people who eat fibre and "
        "those who do not. Probiotic bacteria may help, and fungi are also present."
    )
    assert _text("Gut microbes and health", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_human_milk_samples_from_counted_women_are_a_human_study() -> None:
    abstract = (
        "Breast milk samples from 59 mothers were analysed. Women who used more cooking oil had higher "
        "phenol concentrations in milk (p < 0.05), and the food pattern of cooking oil was associated with it."
    )
    assert _text("Phenols in human milk", abstract).level == 3


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


def test_an_expert_consultation_that_recommends_is_guidance() -> None:
    abstract = (
        "The society convened a panel of experts to review kale in clinics. This report summarises what the "
        "panel considered. The need for kale labelling was emphasised."
    )
    title = "Kale in clinics: report of an International Kale Agency consultation"
    assert _text(title, abstract) == EvidenceLevel(2, "guideline", "text")
    assert _text("Kale in clinics", abstract) == EvidenceLevel(2, "guideline", "text")


def test_an_expert_consultation_without_recommendations_is_a_review() -> None:
    abstract = (
        "An expert group was convened to review kale. This report summarises the literature and its history."
    )
    title = "Kale in history: report of an expert consultation"
    assert _text(title, abstract) == EvidenceLevel(3, "narrative review", "text")


def test_an_expert_panel_adjudicating_a_cohort_is_not_guidance() -> None:
    abstract = (
        "An expert panel was convened to adjudicate outcomes in 2,000 adults followed for 5 years. "
        "Kale eaters had 20% fewer strokes (p = 0.01); kale should be studied in trials."
    )
    assert _text("Kale and stroke", abstract).level == 3


def test_a_model_of_guidelines_is_not_a_guideline() -> None:
    abstract = (
        "We used a Markov model to project costs under the guidelines. Costs fell by 10% over 20 years."
    )
    assert _text("The impact of the new kale guidelines on costs", abstract) == EvidenceLevel(
        3, "other", "text"
    )
    # the title alone no longer says guideline, and a model under a guideline title is not one either
    assert _text("Kale guidelines and stroke", abstract).level == 3
    assert _text("Kale guidelines for adults", "The panel recommends two servings a day.").level == 2


def test_an_autopsy_series_is_a_human_observational_study() -> None:
    abstract = (
        "Brains from 40 infant autopsies were examined for mercury. Mercury levels were raised in 30% of "
        "brains without histologic change (p = 0.3). In comparison with experimental studies in animals, "
        "this study found no toxicity."
    )
    assert _text("Brain mercury at autopsy", abstract) == EvidenceLevel(3, "cross-sectional study", "text")


def test_a_necropsy_of_animals_is_still_an_animal_study() -> None:
    abstract = (
        "Autopsies of 20 pigs fed kale were performed. Pigs fed kale had smaller livers (p < 0.05). "
        "The pigs were housed in pens and fed for 12 weeks."
    )
    assert _text("Kale and liver size", abstract).level == 4


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


def test_an_institutional_database_searched_is_not_a_systematic_review() -> None:
    abstract = (
        "Our prospectively maintained institutional database was searched for eligible patients. "
        "Patients were randomly assigned to kale gel or no gel (n = 40 each); pain did not differ (p = 0.6)."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")
    literature = "The hospital library database and MEDLINE were searched; 12 studies were included."
    assert _text("", literature).level == 1


def test_records_reviewed_after_a_long_subject_are_a_chart_review_not_a_review() -> None:
    abstract = (
        "The medical records of 40 patients with kale poisoning who presented to one clinic from 2001 to "
        "2010 were reviewed retrospectively. Mortality was 10% (4 of 40)."
    )
    assert _text("", abstract).study_type != "narrative review"
    essay = "Case reports of kale poisoning in the published literature were reviewed."
    assert _text("", essay) == EvidenceLevel(3, "narrative review", "text")


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


def test_chickens_something_was_done_to_are_animals_but_chicken_sold_is_food() -> None:
    assert _text("Kale virus and adiposity in a chicken model").level == 4
    abstract = (
        "Twelve chickens were inoculated with the virus and six with medium. "
        "Visceral fat was greater in the inoculated chickens (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "animal study", "text")
    food = (
        "Fat content of whole chickens sold in 20 supermarkets was 30% higher than in 1980. "
        "We surveyed 400 shoppers about chicken purchases."
    )
    assert _text("", food).level == 3


def test_a_year_before_a_word_for_people_counts_nobody() -> None:
    abstract = (
        "We assessed the 2001 feeding recommendations for infants. Home-prepared kale milks provided 30% "
        "of the vitamin C required. The kale milks provided less than 50% of zinc and iodine. "
        "Commercial formula contained all required fatty acids."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_cadavers_dissected_are_laboratory_work_even_when_called_human() -> None:
    abstract = (
        "The aim of this study was to describe the fascia of the neck. Fascial layers were examined by "
        "dissection in ten adult human cadavers. The fascia did not reach the midline."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_cadavers_only_counted_stay_an_autopsy_series_of_people() -> None:
    abstract = (
        "Using published reports, the authors correlated disc degeneration with age and sex in 600 discs "
        "from 273 cadavers. Male discs were more degenerated than female discs (p < 0.05)."
    )
    assert _text("", abstract).level == 3


def test_serum_from_an_intervention_tested_on_cells_is_a_human_study() -> None:
    abstract = (
        "Serum samples were obtained from ten men before and after a 2-week kale diet intervention. "
        "The serum was used to stimulate prostate cells in culture. "
        "Growth of the cells was 14% lower with serum drawn after the diet (p < 0.05)."
    )
    assert _text(
        "Effect of a kale diet on the growth of prostate epithelial cells", abstract
    ) == EvidenceLevel(3, "non-randomized trial", "text")
    cells_only = "Prostate cells were treated with kale extract in culture. Growth fell by 14% (p < 0.05)."
    assert _text("Kale extract and prostate epithelial cells", cells_only).level == 4


# --- round 6, after held-out-6 was scored once (all snippets invented) -----------------------------------------


def test_material_work_that_names_no_person_is_laboratory_work() -> None:
    abstract = (
        "We measured the transfer of bacterial cells from kale leaves to steel surfaces. "
        "Transfer was 12% after 1 min and 30% after 10 min (p < 0.05)."
    )
    assert _text("", abstract).level == 4
    facilities = (
        "We examined the impact of a kale law on the quality of kitchens. All kitchens were inspected "
        "twice; the passing rate rose from 31% to 78%."
    )
    assert _text("", facilities).level == 3
    simulation = (
        "This study was a computer simulation of four trials of kale storage. The red blood cell storage "
        "time was categorized in four ways; power was below 80% (p < 0.05)."
    )
    assert _text("", simulation).level == 3


def test_ecological_speciation_is_biology_not_an_ecological_study() -> None:
    assert _text("Genetic tests for ecological speciation in kale beetles") != EvidenceLevel(
        3, "ecological study", "text"
    )
    assert _text("Kale intake and stroke: an ecological study") == EvidenceLevel(
        3, "ecological study", "text"
    )


def test_molecular_work_in_the_passive_is_laboratory_work() -> None:
    abstract = (
        "DNA was isolated from kale pollen. Gene fragments were identified and sequenced, and a PCR assay "
        "was tested on three plant species. Molecular probes detected the DNA of each taxon."
    )
    assert _text("", abstract).level == 4


# --- round 7: the held-out-6 leftovers and two over-broad round-6 moves (all snippets invented) ---------------


def test_channels_recorded_in_a_named_cell_line_are_in_vitro_work() -> None:
    abstract = (
        "Mutation screening of the KALE1 gene was performed in 40 families with palpitations. "
        "One variant was found in 1 family with a high prevalence of hypertension. "
        "Patch-clamp studies of the variant channel expressed in CHO cells showed a larger current."
    )
    assert _text("", abstract) == EvidenceLevel(4, "in vitro study", "text")
    # "CHO" alone is carbohydrate in a feeding study, and the prevalence of a disease is a survey's design.
    feeding = (
        "Twelve cyclists ingested 60 g/h CHO from kale drink during exercise. Power rose by 4% (p < 0.05)."
    )
    assert _text("", feeding).level == 3
    survey = "We surveyed 900 adults. The prevalence of hypertension was 31% (95% CI 28-34)."
    assert _text("", survey) == EvidenceLevel(3, "cross-sectional study", "text")


def test_genetic_linkage_mapping_in_families_is_laboratory_work() -> None:
    abstract = (
        "DESIGN A genome-wide scan of families affected by kale intolerance with microsatellite markers, "
        "followed by linkage analysis. SUBJECTS Members of 4 families with several affected individuals. "
        "RESULTS A maximum lod score of 4.1 was obtained for a marker on chromosome 2q."
    )
    assert _text("Mapping of a gene for kale intolerance", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )
    # Record linkage joins databases: a cohort of people, not genetics.
    records = (
        "Record linkage analysis was used to join kale purchase data with hospital records. "
        "In this cohort of 52,000 adults, 310 strokes occurred during follow-up (hazard ratio 0.8)."
    )
    assert _text("", records).level == 3


def test_mechanical_testing_of_tissue_is_laboratory_work() -> None:
    abstract = (
        "In the present study, we describe experiments on the fracture toughness of kale stalks. "
        "We examine how the propagating crack interacts with the fibres of the stalk."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Without a word of mechanics or another laboratory cue the same frame stays level 3.
    plain = "In the present study, we describe kale markets. We examine how prices vary between seasons."
    assert _text("", plain).level == 3


def test_a_bioinformatics_software_tool_is_laboratory_work() -> None:
    abstract = (
        "KaleDraw is a software tool for drawing RNA structures, designed for web servers. "
        "It is free software, available at http://kaledraw.example.org."
    )
    assert _text("KaleDraw: drawing of structures", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # A tool with no molecular word (a scheduling app) is not laboratory work.
    clinic = (
        "KaleBook is a software tool for booking appointments, designed for web servers. "
        "It is free software, available at http://kalebook.example.org."
    )
    assert _text("KaleBook: booking online", clinic).level == 3


def test_a_disease_burden_model_is_about_people_not_laboratory_work() -> None:
    abstract = (
        "This study was conducted to estimate the health burden of 6 pathogens in kale. The pathogens "
        "examined were Escherichia coli and Listeria. The disease burden was measured as cost of illness and "
        "QALYs. Two pathogens caused 70% of the illnesses and deaths."
    )
    assert _text("", abstract).level == 3
    # The same pathogens moved around a kitchen, with no illness counted, remain laboratory work.
    lab = (
        "This study was conducted to measure the transfer of 6 pathogens from kale to boards. The pathogens "
        "examined were Escherichia coli and Listeria. Transfer was 12% after 1 min (p < 0.05)."
    )
    assert _text("", lab).level == 4


def test_specimens_from_a_quarter_million_people_are_a_human_study() -> None:
    abstract = (
        "Blood samples from more than a quarter million people in Kaleland were screened by electrophoresis. "
        "Mutant haemoglobins were detected in 3% of samples. The globin chains of the mutants were sequenced. "
        "Twenty mutant proteins were analysed structurally."
    )
    assert _text("", abstract).level == 3
    # "A million people" quoted as a burden in an introduction counts nobody.
    burden = (
        "Kale blight kills a million people each year. Mutant proteins of the fungus were purified. "
        "The mutant enzymes were analysed structurally. Their binding sites were sequenced, and the "
        "receptor domain was crystallised."
    )
    assert _text("", burden).level == 4


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


def test_cows_milk_in_a_trial_title_is_food_not_an_animal_subject() -> None:
    abstract = (
        "Sixty children were randomly assigned to a cow's milk free diet or their usual diet (p < 0.05)."
    )
    assert _text("Cow's milk and kale constipation: a randomized clinical trial", abstract) == EvidenceLevel(
        2, "randomized trial", "text"
    )
    assert _text("Kale extract in cows: a randomized trial").level == 4


def test_an_analysis_of_the_results_of_counted_trials_is_a_meta_analysis() -> None:
    abstract = (
        "DESIGN Analysis of the results of 40 crossover trials and 8 randomised trials of kale intake. "
        "Blood pressure fell by 5 mm Hg on average."
    )
    assert _text("", abstract) == EvidenceLevel(1, "meta-analysis", "text")
    # One trial's own results analysed are not a synthesis.
    single = (
        "Eighty adults were randomly assigned to kale or placebo. Analysis of the results showed a 5% fall."
    )
    assert _text("", single).level == 2


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


def test_bacterial_isolates_dated_by_admissions_are_laboratory_work() -> None:
    abstract = (
        "The aim of this study was to evaluate the kale-extract MIC for isolates of MRSA. MRSA isolates from "
        "samples of patients admitted from January 2007 to December 2009 were assessed. A total of 93 MRSA "
        "isolates were studied. The MICs were 1 mg/L for 19 isolates (20%)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Patients treated over the same span, with no material, remain a cohort.
    patients = (
        "Patients treated with kale from January 2007 to December 2009 were assessed. "
        "Of 93 patients, 19 (20%) relapsed."
    )
    assert _text("", patients).level == 3


def test_here_we_with_any_verb_is_own_work_but_here_we_review_is_a_review() -> None:
    abstract = (
        "Calorie restriction extends life-span in many organisms. Here, we mimicked calorie restriction in "
        "yeast and showed a longer life-span. This was not seen in a mutant strain."
    )
    assert _text("Kale and life-span", abstract).level == 4
    review = (
        "Calorie restriction extends life-span in many organisms. Here, we review calorie restriction in "
        "yeast and its longer life-span."
    )
    assert _text("Kale and life-span", review) == EvidenceLevel(3, "narrative review", "text")


def test_in_this_review_with_a_comma_is_still_a_review() -> None:
    abstract = (
        "DNA methylation changes with age, and the genome and gene expression change with it. Epigenetic "
        "marks near gene promoters associate with gene expression. In this review, we focus on kale and "
        "discuss the dynamics of DNA methylation."
    )
    assert _text("DNA methylation and kale", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_food_samples_purchased_and_analysed_are_laboratory_work() -> None:
    abstract = (
        "A national investigation of gluten in kale flours was performed. Samples (n = 640) were purchased "
        "in eight cities and analysed; 61 of the 640 (9.5%) were contaminated."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


# --- round 8: three doubtful round-7 moves and the held-out-7 essay (all snippets invented) -------------------


def test_a_genetic_risk_estimate_is_a_study_of_people() -> None:
    abstract = (
        "Genome-wide scans identify regions linked to kale allergy. Here, we have localized the association in "
        "the KALE1 gene region to two groups of SNPs (odds ratio = 2.0, 95% confidence interval 1.7-2.4; "
        "P = 1e-20). Susceptibility genotypes were associated with lower levels of the soluble marker."
    )
    assert _text("", abstract).level == 3
    # The same molecular frame without a risk estimate for the variants stays laboratory work.
    molecular = abstract.replace(" (odds ratio = 2.0, 95% confidence interval 1.7-2.4; P = 1e-20)", "")
    assert _text("", molecular).level == 4


def test_here_we_model_and_review_is_a_review() -> None:
    abstract = (
        "Kale microRNAs regulate gene expression by binding to target mRNAs. Competition for binding is a "
        "principle of regulation. Here, we quantitatively model competition effects and review the role of "
        "endogenous sponges."
    )
    assert _text("Competition between kale microRNA targets", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )
    # Modelling and showing something is own work.
    own = (
        "Kale microRNAs regulate gene expression by binding to target mRNAs. Competition for binding is a "
        "principle of regulation. Here, we quantitatively model competition effects and show that sponges "
        "release the targets."
    )
    assert _text("Competition between kale microRNA targets", own).level == 4


def test_animals_and_cells_the_field_is_using_are_the_topic_of_an_essay() -> None:
    abstract = (
        "The KALE2 protein is a component of the membrane complex required for autophagy. A dominant mutation "
        "in KALE2 removes a binding site and causes dementia. Its phenotypes include misregulation of "
        "receptors. Currently, transgenic flies, mice and human cell lines are being used to understand them."
    )
    assert _text("The role of KALE2 in autophagy", abstract) == EvidenceLevel(3, "narrative review", "text")
    # Transgenic mice something was done to are this paper's subjects.
    own = abstract.replace("are being used to understand them", "were fed kale for 4 weeks")
    assert _text("The role of KALE2 in autophagy", own).level == 4


def test_a_stem_cell_transplant_or_circulating_tumour_cells_in_counted_patients_is_clinical() -> None:
    abstract = (
        "We compared survival in 516 patients treated with stem cell transplantation or transfusions. "
        "Thirty-year survival was 82% vs 85% (P = 0.4)."
    )
    assert _text("Survival after stem cell transplantation and kale", abstract).level == 3
    ctc = "Sixty-eight patients were followed. Kale intake correlated with progression (P = 0.01)."
    assert _text("Circulating tumor cells and kale in breast cancer", ctc).level == 3
    # Stem cells themselves, or a transplant title over an abstract that counts nobody, are still cell work.
    assert _text("Kale extract expands human stem cells").level == 4
    method = "Here we combined PCR with deep sequencing to quantify T cell receptor diversity in recipients."
    assert _text("T-cell repertoire after stem cell transplantation", method).level == 4


def test_in_vitro_fertilization_of_patients_is_clinical_but_of_frog_embryos_is_not() -> None:
    abstract = (
        "Prospective study of in vitro fertilization outcome. From 1998 to 1999, 224 patients underwent "
        "antral follicle assessment before kale. The in vitro fertilization pregnancy rate was 51% vs 19% "
        "(P < 0.05). Kale was a better predictor of in vitro fertilization outcome than age."
    )
    assert _text("", abstract).level == 3
    frogs = (
        "Diploid embryos of Xenopus can be generated year round. An investigator can generate hundreds of "
        "embryos by in vitro fertilization. This allows molecular manipulation of gene products."
    )
    assert _text("", frogs).level == 4


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


def test_a_randomized_cross_over_study_written_in_two_words_is_a_trial() -> None:
    abstract = (
        "DESIGN: A randomized cross over dietary intervention study. Forty-five men ate kale or meat for one "
        "month each. In the men, in vitro LDL oxidation lag phase was significantly longer on kale (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(2, "randomized trial", "text")
    # Without randomisation the same crossover is a non-randomized trial.
    assert _text("", abstract.replace("randomized ", "")).level == 3


def test_a_report_of_a_joint_fao_who_expert_committee_that_recommends_is_guidance() -> None:
    abstract = (
        "This report represents the conclusions of a Joint FAO/WHO Expert Committee convened to evaluate kale "
        "additives. Annexed are tables of the Committee's recommendations for intakes."
    )
    title = "Evaluation of certain kale additives. Report of the Joint FAO/WHO Expert Committee on Additives."
    assert _text(title, abstract) == EvidenceLevel(2, "guideline", "text")
    # Without a recommendation the committee's report is a review.
    plain = "This report summarises the discussions of a Joint FAO/WHO Expert Committee on kale additives."
    assert _text(title, plain).level == 3


def test_a_meta_analysis_of_all_prospective_studies_is_level_1() -> None:
    abstract = (
        "We followed 57,689 men and 73,175 women; 388 developed the disease (relative risk 1.6, 95% CI "
        "1.1-2.2). The meta-analysis of all prospective studies confirmed a moderately elevated risk with kale."
    )
    assert _text("Kale and disease", abstract) == EvidenceLevel(1, "meta-analysis", "text")
    cited = abstract.replace("The meta-analysis", "A recent meta-analysis")
    assert _text("Kale and disease", cited).level == 3


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


def test_colony_forming_assays_are_cell_culture_but_colony_forming_units_are_a_dose() -> None:
    abstract = (
        "Clonogenicity of kale-treated CD34+ progenitors was increased (78% vs 15%). Replating efficiency of "
        "colony-forming progenitors was also increased, as in fetal livers with trisomy (P < .001)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "in vitro study", "text")
    dose = (
        "Healthy subjects consumed 10^9 colony-forming units of kale lactobacilli daily. Phagocytic capacity "
        "of their leukocytes rose by 20% (P < .01), and it rose again in a second colony-forming units trial."
    )
    assert _text("", dose).level == 3


def test_people_in_an_experiment_with_stimuli_are_not_a_cross_sectional_survey() -> None:
    abstract = (
        "Seventeen kale eaters and 14 comparison subjects viewed films in an experiment; brain activation "
        "differed between groups (P < 0.01)."
    )
    assert _text("", abstract) == EvidenceLevel(3, "other", "text")


# --- round 9, after held-out-9 was scored once (all snippets invented) -----------------------------------------


def test_the_published_literature_reviewed_for_articles_of_a_kind_is_a_systematic_review() -> None:
    abstract = (
        "Objectives: We synthesised the evidence on low-level kale exposure. Data sources and extraction: We "
        "reviewed the published literature for original human epidemiologic research articles that reported a "
        "kale biomarker. We excluded case series, as well as studies of populations with unusual kale intake. "
        "Data synthesis: Effects on growth were inconsistent."
    )
    assert _text("Evidence on the health effects of kale", abstract) == EvidenceLevel(
        1, "systematic review", "text"
    )
    # Literature read without a kind of article sought is a narrative overview.
    narrative = "We reviewed the published literature on kale exposure. Effects on growth were inconsistent."
    assert _text("Kale exposure", narrative).level == 3


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


def test_current_knowledge_and_future_directions_in_a_title_is_a_review() -> None:
    abstract = (
        "Kale receptors recognise microbial patterns; one member was initially discovered in Drosophila. They "
        "activate signalling pathways and cytokine production. Modulation of the signalling is a therapeutic "
        "strategy, but no molecule has proven efficacy."
    )
    title = "Current knowledge and future directions of kale receptor signaling in sepsis"
    assert _text(title, abstract) == EvidenceLevel(3, "narrative review", "text")
    assert _text("Kale receptor signaling in sepsis", abstract).level == 4


def test_two_works_cited_by_name_with_nothing_done_here_is_a_review() -> None:
    abstract = (
        "The transcription factor KALE3 is critical for islet development. Disrupted expression of KALE3 early "
        "in mouse pancreas development abrogates the formation of islets. After injury of the adult mouse "
        "pancreas, KALE3 is activated in progenitor cells (Xu et al, Collombat et al). Its role directs "
        "attention to therapies that enhance its expression."
    )
    assert _text("KALE3: a master regulator of islets", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )
    # One cited method that a laboratory paper builds on does not make it a review.
    lab = abstract.replace("(Xu et al, Collombat et al)", "(Xu et al)")
    assert _text("KALE3: a master regulator of islets", lab).level == 4


def test_genes_silenced_in_three_dimensional_cultures_are_in_vitro_work() -> None:
    abstract = (
        "Here, we analyzed the factors involved in chemoresistance in patients with kale carcinoma. We found "
        "that IL6 from fibroblasts upregulated the KALE7 receptor. KALE7 knockdown inhibited proliferation. "
        "KALE7 silencing significantly decreased stemness genes and proliferation of tumour cells in "
        "three-dimensional culture systems. In clinical samples, patients with high KALE7 had worse survival."
    )
    assert _text("Fibroblast IL6 promotes chemoresistance via KALE7", abstract) == EvidenceLevel(
        4, "in vitro study", "text"
    )
    # Gene silencing as the background mechanism is not an experiment.
    background = (
        "Most patients carry mutations in KALE8, which facilitates gene silencing. Patients with kale "
        "syndrome lose speech. Here we describe 300 patients followed for ten years."
    )
    assert _text("Kale syndrome", background).level == 3


def test_specimens_counted_from_patients_are_a_study_of_the_patients() -> None:
    abstract = (
        "100 specimens of kale-leaf lesions from Danish patients and 20 normal biopsy specimens were investigated "
        "for viral DNA by PCR. Viral DNA was identified in 4 of 90 lesions and in none of the normal specimens. "
        "The low presence of viral DNA does not support a role of the virus."
    )
    assert _text("", abstract).level == 3
    # Specimens of plants without people are laboratory work.
    plants = abstract.replace("kale-leaf lesions from Danish patients", "kale leaves from Danish farms")
    assert _text("", plants).level == 4


def test_polysaccharides_tested_for_radical_scavenging_are_laboratory_work() -> None:
    abstract = (
        "Water-soluble polysaccharides were separated from an aqueous kale extract. Four polysaccharide fractions "
        "were obtained by changing the ethanol concentration. Antioxidant activity tests revealed that one "
        "fraction showed good capability of scavenging hydroxyl free radical."
    )
    assert _text("Antioxidant polysaccharides from kale", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )
    # Radicals scavenged in the plasma of people who ate kale are their intervention.
    eaten = (
        "Twenty volunteers ate kale for four weeks. Plasma antioxidant activity tests revealed more scavenging "
        "of hydroxyl radicals after the intervention."
    )
    assert _text("Kale and plasma antioxidants", eaten).level == 3
