"""Syntheses, guidance and narrative reviews (``index.evidence.syntheses``, ``index.evidence.reviews``).

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import pytest

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- title --------------------------------------------------------------------------------------------------


def test_adherence_to_guidelines_in_title_is_not_a_guideline() -> None:
    abstract = "We followed 9,000 adults for 12 years in a prospective cohort; hazard ratios were computed."
    result = _text("Adherence to national dietary guidelines and mortality", abstract)
    assert result == EvidenceLevel(3, "cohort study", "text")


def test_review_title_with_systematic_methods_is_level_1() -> None:
    abstract = "This article systematically reviews 52 published studies of plant sterols and colon cancer."
    assert _text("Plant sterols and cancer: a review of the evidence", abstract).level == 1


# --- abstract and traps -------------------------------------------------------------------------------------


def test_meta_analysis_from_methods() -> None:
    abstract = (
        "We searched PubMed and Embase for prospective studies. Eighteen cohorts were included. "
        "The pooled relative risk for the highest versus lowest intake was 0.88 (95% CI 0.80-0.96)."
    )
    assert _text("Legume intake and coronary events", abstract).level == 1


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


# --- defaults and API ---------------------------------------------------------------------------------------


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


def test_implications_are_discussed_does_not_make_a_review() -> None:
    abstract = (
        "We surveyed 310 adults about their beliefs on food marketing; 62% distrusted advertising. "
        "The implications of these findings for health messaging are discussed."
    )
    assert _text("Beliefs about food adverts", abstract).study_type != "narrative review"


def test_review_titled_by_its_cells_is_a_review() -> None:
    abstract = (
        "Pigment cells of the eye suppress T cell activation in vitro. "
        "This review focuses on the immunosuppressive role of these cells."
    )
    assert _text("Role of ocular epithelial cells in immune privilege", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


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


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


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


def test_in_this_review_with_a_comma_is_still_a_review() -> None:
    abstract = (
        "DNA methylation changes with age, and the genome and gene expression change with it. Epigenetic "
        "marks near gene promoters associate with gene expression. In this review, we focus on kale and "
        "discuss the dynamics of DNA methylation."
    )
    assert _text("DNA methylation and kale", abstract) == EvidenceLevel(3, "narrative review", "text")


# --- round 8: three doubtful round-7 moves and the held-out-7 essay (all snippets invented) -------------------


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


# --- round 8, after held-out-8 was scored once (all snippets invented) -----------------------------------------


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


# --- round 10, after held-out-10 was scored once (all snippets invented) -----------------------------------------


def test_recommendations_in_a_title_are_guidance_only_when_issued_or_given() -> None:
    review = (
        "Evidence on lifestyle and kale intolerance is sparse, and conclusions cannot be made before more "
        "studies have been performed."
    )
    assert _text("Lifestyle recommendations for kale intolerance", review) == EvidenceLevel(
        3, "narrative review", "text"
    )
    # "who" is not the WHO.
    assert _text("Recommendations for people who eat kale", review).level == 3
    studied = (
        "DESIGN: A researcher posing as a customer asked kale shops for advice. PARTICIPANTS: All kale shops "
        "(N = 40). RESULTS: Shop staff readily recommend kale pills, at costs that varied tenfold."
    )
    assert _text("Kale shop recommendations for gout", studied).level == 3
    issued = "This article reviews the statement of the academy on kale in infancy."
    assert _text("American Academy of Kale recommendations on infant feeding", issued) == EvidenceLevel(
        2, "guideline", "text"
    )
    advising = (
        "Patients with gout should limit kale to two servings a week; we recommend yearly urate checks."
    )
    assert _text("Recommendations for kale intake in gout", advising) == EvidenceLevel(2, "guideline", "text")


# --- round 11, before held-out-11 was scored (all snippets invented) ---------------------------------------------


def test_a_study_counting_what_shops_recommend_is_not_guidance() -> None:
    studied = (
        "OBJECTIVE: To evaluate advice given by staff of kale stalls. METHODS: A caller posing as a customer "
        "phoned 120 kale stalls and asked for recommendations for gout. RESULTS: Ninety-one percent of stalls "
        "(88%) offered recommendations for gout. Only 4.2% recommended a safe dose, and 12 of 140 "
        "recommendations were for products that should be avoided."
    )
    assert _text("Kale stall recommendations for gout", studied).level == 3
    # Guidance that quotes one proportion still recommends.
    advising = "Patients with gout should keep kale below 5% of energy; we recommend yearly urate checks."
    assert _text("Recommendations for kale intake in gout", advising) == EvidenceLevel(2, "guideline", "text")


def test_a_commentary_citing_by_number_without_we_is_a_review() -> None:
    commentary = (
        "Kale-derived peptides slow the growth of tumour cells [1]. KP-7 binds the kinase domain of KALK1 [2, 3]. "
        "Treatment of leukaemia cells with KP-7 induces apoptosis, while normal cells tolerate it [4-6]. "
        "The current publication in the journal now shows that KP-7 does not damage DNA. "
        "This study reveals a weakness of cancer cells."
    )
    assert _text("KP-7: a weakness of cancer?", commentary) == EvidenceLevel(3, "narrative review", "text")
    # The authors' own work ("here we show") is a laboratory paper, references or not.
    own = commentary.replace("The current publication in the journal now shows", "Here we show")
    assert _text("KP-7: a weakness of cancer?", own).level == 4


# --- round 12, after held-out-12 was scored once (all snippets invented) -----------------------------------------


def test_in_the_present_paper_we_review_is_a_review() -> None:
    # Needed once fruit flies became animals: the background "In fruit flies, ..." must not make it animal work.
    abstract = (
        "Kale restriction extends longevity in many organisms. In fruit flies, an imbalance of kale amino acids "
        "is thought to underlie the benefit. In the present paper we review two conserved signal transduction "
        "pathways that sense amino acids. The kinase KCN2 binds uncharged tRNAs, and the kinase KOR regulates "
        "growth. These pathways may contribute to the regulation of longevity."
    )
    assert _text("Amino acid sensing in kale restriction", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )


# --- round 13, after held-out-13 was scored once (all snippets invented) -----------------------------------------


def test_a_title_asking_whether_physicians_follow_guidelines_is_not_guidance() -> None:
    abstract = (
        "Charts of patients who received kale tablets between 2001 and 2003 at two Kaleton clinics were "
        "retrospectively reviewed. Only 61% of patients were started on the first-line product, and 88% stayed "
        "on kale tablets until they died."
    )
    result = _text("Do physicians follow kale prescribing guidelines?", abstract)
    assert result.level == 3
    # Guidelines named without a verb of following still head guidance.
    assert _text("Kale prescribing guidelines", abstract) == EvidenceLevel(2, "guideline", "text")


def test_we_searched_for_evidence_in_own_specimens_is_not_a_literature_search() -> None:
    abstract = (
        "We searched for evidence of kale-related pathology in brain specimens from a series of 112 autopsies "
        "of residents of Kaleton. Serum kalein had been measured in 1990. Kale plaques were more frequent in "
        "subjects in the highest quartile of serum kalein (p < 0.01)."
    )
    assert _text("Kale plaques and serum kalein: the Kaleton Study", abstract).level == 3
    # Published work searched for is a literature search.
    searched = abstract.replace(
        "We searched for evidence of kale-related pathology in brain specimens from a series of 112 autopsies "
        "of residents of Kaleton.",
        "We searched for studies of kale-related pathology published up to 2012.",
    )
    assert _text("Kale plaques and serum kalein", searched).level == 1


def test_a_systematic_search_for_stores_is_not_a_literature_search() -> None:
    abstract = (
        "DESIGN: Systematic search strategy to identify all stores within 20 miles of Kaleton City Hall by "
        "searching online Yellow Pages. We visited each store and bought every unique kale tablet. Lead in each "
        "tablet was measured by x-ray fluorescence. RESULTS: Nine (15%) of 60 tablets contained lead."
    )
    assert _text("Lead in kale tablets", abstract).level != 1


def test_a_closing_is_discussed_yields_to_work_of_this_paper() -> None:
    # Round 14: "The possibility that ... is discussed" closes a primary paper that tells its own work.
    abstract = (
        "Kalein is a natural antibody abundant in humans. We have previously found that kalein binds porcine "
        "kalocytes. In the present study, we tested whether kalein stimulates the kalocytes of patients with "
        "kale disease. Kalein binding was assessed in kalocyte preparations, and it increased cAMP synthesis in "
        "these cells. The possibility that kalein acts through the kale receptor is discussed."
    )
    assert _text("Stimulation of kalocytes by kalein", abstract).study_type != "narrative review"
    # Without work of its own, the closing sentence still makes an essay a review.
    essay = (
        "Kalein is a natural antibody abundant in humans. It binds the kalocytes of many mammals. Kale disease "
        "remains poorly understood. The possibility that kalein acts through the kale receptor is discussed."
    )
    assert _text("Kalein and kalocytes", essay).study_type == "narrative review"
    # "We have shown" in such an abstract recalls earlier work and does not outweigh the review cue.
    recalled = essay.replace(
        "It binds the kalocytes of many mammals.",
        "In a randomised pilot study we have shown that a kale-free diet helps (P = 0.002).",
    )
    assert _text("Kalein and kalocytes", recalled).study_type == "narrative review"


def test_data_from_published_reports_collected_and_analysed_are_a_pooled_analysis() -> None:
    # Round 14: others' published data analysed together.
    abstract = (
        "Kale intake during growth may influence peak bone mass. To assess kale requirements, 412 kale balances "
        "from previously published reports have been collected and analysed according to age. Kale intake was "
        "the main determinant of kale balance."
    )
    assert _text("Kale and peak bone mass", abstract) == EvidenceLevel(1, "meta-analysis", "text")
    # The same balances measured here are a primary study.
    own = abstract.replace("from previously published reports have been collected", "have been measured")
    assert _text("Kale and peak bone mass", own).level == 3


def test_technique_experiments_with_a_closing_is_discussed_are_own_work() -> None:
    # Round 15: "Genomic blot hybridization experiments show ...", "No hybridization was observed in ...",
    # closing "The evolution of this telomere-associated DNA is discussed".
    abstract = (
        "A cloned 300-bp DNA fragment from the kale genome has been localized to the telomeres. No "
        "hybridization was observed in other regions of the chromosomes. Genomic blot hybridization "
        "experiments show that the sequence is a repeated unit. The evolution of this DNA is discussed."
    )
    assert _text("Repeats in kale telomeres", abstract).level == 4
    review = abstract.replace("Genomic blot hybridization experiments", "Previous experiments")
    assert _text("Repeats in kale telomeres", review) == EvidenceLevel(3, "narrative review", "text")


def test_review_that_relates_what_studies_have_demonstrated_is_still_a_review() -> None:
    # Round 17: "This review summarizes novel studies ...; these studies have demonstrated ..." under a title
    # naming cells ("... stem cell biology").
    abstract = (
        "PURPOSE OF REVIEW Recent studies revealed that kale extracts may alter stem cells. This review "
        "summarizes novel studies of kale and stem cells; these studies have demonstrated new mechanisms. "
        "SUMMARY Kale may matter for stem cell biology."
    )
    assert _text("Kale in stem cell biology", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_a_non_systematic_literature_review_is_no_systematic_review() -> None:
    # Round 21: "A non-systematic literature review was performed on PubMed" read as a systematic review.
    abstract = (
        "This review examined the literature on kale and muscle repair. A non-systematic literature review was "
        "performed on PubMed of publications from 1970 to 2015. A total of 37 studies were retained. More studies "
        "are needed."
    )
    assert _text("Kale and muscle repair", abstract) == EvidenceLevel(3, "narrative review", "text")
    assert _text("Kale and muscle repair: a non-systematic review").level == 3
    # ... while a systematic one still is.
    systematic = abstract.replace("A non-systematic", "A systematic")
    assert _text("Kale and muscle repair", systematic) == EvidenceLevel(1, "systematic review", "text")


def test_we_conducted_a_systematic_review_is_level_1() -> None:
    # Round 21: "EVIDENCE ACQUISITION We conducted a systematic review of all the published studies ...".
    abstract = (
        "The objective of this review was to compare kale and spinach for ovulation induction. EVIDENCE "
        "ACQUISITION We conducted a systematic review of all the published studies comparing kale and spinach, "
        "identified through the Entrez search engine. Kale appears as effective as spinach."
    )
    assert _text("REVIEW: Kale for ovulation induction", abstract) == EvidenceLevel(
        1, "systematic review", "text"
    )
    # ... and a review the authors conducted without saying it was systematic stays narrative.
    narrative = abstract.replace("a systematic review", "a review")
    assert _text("REVIEW: Kale for ovulation induction", narrative).level == 3


def test_authors_pooling_their_own_declared_cohorts_is_no_meta_analysis() -> None:
    # Round 23: "Design A prospective cohort study of women and men ... associated with ... mortality in pooled
    # analysis (Hazard Ratio ...)" in a paper titled "...: Two cohort Studies".
    abstract = (
        "Objective To examine kale intake and mortality. Design A prospective cohort study of women and men, "
        "followed from 1980 until 2006. Setting The Kale Nurses Study and the Kale Farmers Study. Participants "
        "81,200 women and 40,100 men. Results Kale intake was associated with lower mortality in pooled analysis "
        "(HR 0.88, 95% CI 0.80-0.97). The pooled HR for cardiovascular death was 0.84 (95% CI 0.74-0.95)."
    )
    assert _text("Kale and mortality: two cohort studies", abstract) == EvidenceLevel(
        3, "cohort study", "text"
    )
    # ... while the same pooling with a meta-analysis named stays level 1.
    meta = abstract.replace("in pooled analysis", "in this meta-analysis")
    assert _text("Kale and mortality: two cohort studies", meta).level == 1


def test_this_overview_with_its_topic_before_the_verb_is_a_review() -> None:
    # Round 23: "This overview of ultraviolet (UV) phototoxicity considers the interaction of ... light with the
    # retina" (then a literature survey and "presentation of experimental results").
    abstract = (
        "OBJECTIVE: This overview of kale-light (KL) phototoxicity considers the interaction of short-wavelength "
        "light with the retina. METHODS: The damage mechanisms are illustrated with a literature survey and "
        "presentation of experimental results. RESULTS: Depending on the wavelength and exposure duration, light "
        "interacts with tissue by thermal, mechanical or photochemical mechanisms. Photochemical damage proceeds "
        "through reactions involving reactive oxygen species. CONCLUSIONS: The retina is at risk from the longer KL "
        "wavelengths that reach it."
    )
    assert _text("Kale-light phototoxicity to the retina", abstract) == EvidenceLevel(
        3, "narrative review", "text"
    )
    # ... but "a review of" records is a chart review, not the paper calling itself a review.
    chart = "A review of medical records of 40 patients describes kale-light burns. Burns healed in 30 (75%)."
    assert _text("Kale-light burns", chart).study_type != "narrative review"


def test_focus_groups_reported_to_a_guidelines_committee_are_no_guidance() -> None:
    # Round 23: "... conducted qualitative research with consumers (using focus groups) and registered dietitians
    # (using telephone interviews)"; the findings "were reported to the Dietary Guidelines Advisory Committee".
    abstract = (
        "To explore how to communicate advice on kale, the Kale Information Council conducted qualitative research "
        "with consumers (using focus groups) and dietitians (using telephone interviews) in 1998. Findings were "
        "reported to the Kale Guidelines Advisory Committee. Messages about kale must be clear and motivating."
    )
    assert _text("Developing kale guidance messages", abstract).level == 3
    # ... while the same title over a body's advice stays guidance.
    advice = (
        "The Kale Council reviewed the evidence on kale. Adults should eat kale twice a week. The committee "
        "recommends kale for children."
    )
    assert _text("Developing kale guidance messages", advice) == EvidenceLevel(2, "guideline", "text")
