"""MeSH headings (``index.evidence.mesh``): below publication types, above what the text only inferred.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

from index.evidence import EvidenceLevel, classify_by_rules

_NEUTRAL = (
    "Weight gain was recorded weekly for 10 weeks; it was 12% higher with the enriched feed (p = 0.01)."
)


def _mesh(abstract: str, mesh: list[str], title: str = "", types: list[str] | None = None) -> EvidenceLevel:
    return classify_by_rules(types or [], title, abstract, mesh)


# --- MeSH headings (round 4) ----------------------------------------------------------------------------------


def test_mesh_is_optional_and_empty_mesh_changes_nothing() -> None:
    assert classify_by_rules([], "", _NEUTRAL) == _mesh(_NEUTRAL, []) == EvidenceLevel(3, "other", "text")


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


def test_random_allocation_of_images_to_readers_is_not_a_trial() -> None:
    # Round 17: "Random Allocation" given to a retrospective imaging study whose images "were randomly assigned to
    # two blinded readers".
    readers = (
        "We reviewed 80 patients with kale stones. Images were randomly assigned to two blinded readers, who "
        "recorded stone size; agreement was 85% (p = 0.01)."
    )
    assert _mesh(readers, ["Humans", "Random Allocation"]).level == 3
    diets = readers.replace(
        "Images were randomly assigned to two blinded readers", "Patients were randomly given"
    )
    assert _mesh(diets, ["Humans", "Random Allocation"]).level == 2


def test_a_randomisation_test_under_random_allocation_is_not_a_trial() -> None:
    # Round 18: a permutation test of significance is no allocation, under the MeSH heading as in the text.
    abstract = (
        "We compared kale intake of 80 adults with and without kale-pox. Differences in intake were tested for "
        "significance by a randomisation test (p = 0.01)."
    )
    assert _mesh(abstract, ["Humans", "Random Allocation"]).level == 3
    allocated = abstract.replace("by a randomisation test", "after the adults were randomly given kale")
    assert _mesh(allocated, ["Humans", "Random Allocation"]).level == 2
