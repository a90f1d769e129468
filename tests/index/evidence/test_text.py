"""Text every rule reads (``index.evidence.text``): normalisation, background sentences and own findings.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

import pytest

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

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


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_own_findings_without_numbers_are_not_an_essay() -> None:
    abstract = (
        "The present study asked whether attention changes how tone of voice is processed. "
        "Participants listened to words at two positions while brain potentials were recorded. "
        "Potentials differed with the tone of voice whether attended or not."
    )
    assert _text("", abstract) == EvidenceLevel(3, "other", "text")


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


@pytest.mark.parametrize("dash", ["\u2010", "\u2011", "\u2013", "\u2014", "\u2212"])
def test_unicode_hyphens_read_as_ascii(dash: str) -> None:
    assert _text(f"Kale and mood: a meta{dash}analysis", "Kale was studied.").level == 1
    abstract = f"This was a case{dash}control study of 200 cases and 400 controls; odds ratio 1.4."
    assert _text("Kale and gout", abstract) == EvidenceLevel(3, "case-control study", "text")


def test_soft_hyphen_and_no_break_space_do_not_split_words() -> None:
    assert _text("Kale and mood: a meta\u00adanalysis", "").level == 1
    assert _text("Kale and mood: a\u00a0systematic\u00a0review", "").level == 1


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


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


# --- round 10, after held-out-10 was scored once (all snippets invented) -----------------------------------------


def test_a_method_applied_is_a_procedure_of_this_work() -> None:
    abstract = (
        "A hydrophobicity algorithm was applied to the sequences of 40 kale peptides and the best cut-off "
        "determined. The mean score of the amphipathic peptides was 0.46 against 0.33 for the control peptides "
        "(P = 0.004). Several new members of this peptide class were identified using this approach."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Applied to people, it is still a study of people.
    people = (
        "A kale education programme was applied in 40 schools and 1,200 children were surveyed before and after. "
        "Kale intake rose by 20% (P = 0.004)."
    )
    assert _text("", people).level == 3


# --- round 12, after held-out-12 was scored once (all snippets invented) -----------------------------------------


def test_we_have_found_is_own_work_but_we_have_previously_shown_is_not() -> None:
    abstract = (
        "We have found that epithelial cells engage in kalin-mediated adhesion that uses calcium in unexpected "
        "ways. Calcium stimulates filopodia, which embed into neighbouring cells. Kalin complexes cluster at "
        "filopodia tips. In keratinocytes null for alpha-kalin, actin reorganization is prevented."
    )
    assert _text("Kalin drives cell-cell adhesion", abstract).level == 4
    earlier = abstract.replace("We have found", "We have previously shown")
    assert _text("Kalin drives cell-cell adhesion", earlier).level == 3


# --- round 13, after held-out-13 was scored once (all snippets invented) -----------------------------------------


def test_we_describe_a_role_for_is_own_work_but_the_role_of_in_a_review_is_not() -> None:
    abstract = (
        "Dendritic cells migrate along kale-rich stromal scaffolds. Here, we describe a role for KLR-2 in the "
        "motility of dendritic cells. KLR-2 deficiency in dendritic cells impaired their entry into lymphatics. "
        "KLR-2 activation triggered cell spreading via RhoA signaling and actin protrusions."
    )
    assert _text("KLR-2 and dendritic cell motility", abstract).level == 4
    review = abstract.replace("Here, we describe a role for", "In this review we describe the role of")
    assert _text("KLR-2 and dendritic cell motility", review) == EvidenceLevel(3, "narrative review", "text")


def test_our_results_define_a_pathway_is_own_work() -> None:
    abstract = (
        "The kale precursor protein is cleaved at the membrane. Because this pathway precludes kalein formation, "
        "an alternative pathway was sought. Incubation of endothelial cells with an antibody revealed its "
        "targeting to lysosomes. Our results define a second processing pathway for the kale precursor protein."
    )
    assert _text("Targeting of the kale precursor protein to lysosomes", abstract).level == 4


# --- round 18, after held-out-18 was scored once (all snippets invented) -----------------------------------------


def test_we_provide_evidence_that_is_own_work_but_evidence_for_in_a_review_is_not() -> None:
    # "Using several biochemical approaches, ..., we provide the first direct evidence that procaspase-9 ...".
    abstract = (
        "According to dogma, kalases are activated by proximity, but some studies infer another route. Using "
        "several biochemical approaches, we provide the first direct evidence that prokalase dimerizes within "
        "the kale complex. Prokalase could also bind via its small domain to the kale receptor. Thus, the kale "
        "complex mediates the formation of kalase dimers."
    )
    assert _text("The kale complex induces kalase dimers", abstract).level == 4
    review = (
        "Kalase blockers are costly and must be injected. In the current report, we describe an alternative, "
        "kale, which can block kalase signalling in cell and animal models. In addition, we provide evidence for "
        "the activities of kale against the diseases for which kalase blockers are used. Mechanisms by which kale "
        "inhibits the kalase receptor pathway are also discussed."
    )
    assert _text("Kale: an oral blocker of kalase", review) == EvidenceLevel(3, "narrative review", "text")


def test_a_tool_that_can_be_downloaded_is_own_work() -> None:
    # "The latest software version of REST ... can be downloaded at http://..." (no AVAILABILITY heading).
    abstract = (
        "Real-time kale PCR is the most suitable method for quantifying kale mRNA. Published equations for the "
        "relative expression ratio compare one control with one sample. Therefore a new software tool was "
        "established, which compares two groups of transcripts. The latest version can be downloaded at "
        "http://kale.example.org/rest/."
    )
    assert _text("Relative expression of kale transcripts", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


# --- round 19, after held-out-19 was scored once (all snippets invented) -----------------------------------------


def test_studies_or_models_that_demonstrate_something_are_others_work() -> None:
    # "The overall conclusions from these human studies are corroborated by observations in mouse mammary tumour
    # models that also demonstrate immune enhancement of breast cell proliferation in vitro ...".
    review = (
        "Kale cancer is a complex disease. Evaluation of the role of the immune response in kale cancer is also "
        "complex. There is substantial information that the immune response may even facilitate kale cancer. "
        "The evidence includes studies in kale cancer patients that show a correlation between in vitro assays "
        "of immune reactivity and poor prognosis. "
        "These human findings are corroborated by observations in mouse kale tumour models that also "
        "demonstrate immune enhancement of kale cell proliferation in vitro."
    )
    assert _text("Immunological enhancement of kale cancer", review) == EvidenceLevel(
        3, "narrative review", "text"
    )
