from dataclasses import replace

import pytest

from rag.outcomes import (
    broader_forms,
    defined_abbreviations,
    intervention_forms,
    intervention_groups,
    outcome_of,
    worded_outcome,
)
from rag.synonyms import SynonymTable, table

FICTIONAL = SynonymTable.parse(
    "outcome\tdozing\tnodding off\tmicrosleep\tyawn count\n"
    "outcome\tyawn count\tyawns\n"
    "outcome\tnap quality\t\tdozing\n"
)


def test_an_outcome_is_reported_by_its_forms_and_its_surrogates_only():
    dozing = outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL)
    assert dozing.reported_by("Fictional drops reduced nodding off in the afternoon.")
    assert dozing.reported_by("Microsleeps were rarer.")  # a narrower form
    assert dozing.reported_by("The yawn count fell by 30%.")  # a surrogate the table names
    assert not dozing.reported_by("Fictional drops improved the mood of invented adults.")


def test_surrogates_bear_one_way_and_a_narrower_outcome_reads_its_broadest_group():
    yawns = outcome_of(FICTIONAL.by_key["yawn count"], FICTIONAL)
    assert not yawns.reported_by("Fictional drops reduced dozing.")  # dozing is no surrogate of yawns
    assert outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL).reported_by("Nap quality was better.")


@pytest.mark.parametrize(
    ("outcome", "reports", "does_not"),
    [
        ("depression", "Quillmorin eased depressive symptoms.", "Quillmorin limited immune depression."),
        ("weight loss", "Zorvatin lowered body weight and BMI.", "Zorvatin lowered the odds of tooth loss."),
        ("bone density", "Quillmorin raised osteocalcin.", "Quillmorin lowered mortality."),
        ("blood pressure", "Systolic BP fell by 4 mmHg.", "Quillmorin lowered triglycerides."),
        ("inflammation", "Quillmorin lowered inflammatory activity.", "Quillmorin slowed tumour growth."),
        ("acne", "Zorvatin cleared acne vulgaris in invented teenagers.", "Zorvatin cleared eczema."),
        ("heart health", "Zorvatin widened the invented arteries.", "Zorvatin widened the invented airways."),
        (  # "CV" for cardiovascular, as trials abbreviate it (PubMedQA 23999452)
            "cardiovascular disease",
            "Zorvatin raised the risk of CV outcomes in invented adults.",
            "Zorvatin raised the CV of fasting glucose.",
        ),
    ],
)
def test_shipped_table_outcomes(outcome, reports, does_not):
    asked = outcome_of(table().by_key[outcome])
    assert asked.reported_by(reports) and not asked.reported_by(does_not)


def test_phrases_in_which_a_form_means_something_else_do_not_report_the_outcome():
    synonyms = SynonymTable.parse(
        "outcome\tdozing\t\t\t\tdozing engine | dozed valve\n"
        "intervention\tquillmorin\t\t\t\tquillmorin ring\n"
    )
    dozing = outcome_of(synonyms.by_key["dozing"], synonyms)
    assert not dozing.reported_by("The dozing engines of invented ships stalled.")
    assert not dozing.reported_by(
        "A dozed valve leaked."
    )  # stems meet, the phrase still means an engine part
    assert dozing.reported_by(
        "Dozing engines stalled and dozing in the afternoon fell."
    )  # a real mention too
    asked = replace(dozing, intervention=intervention_forms(synonyms.by_key["quillmorin"]))
    asked = replace(asked, intervention_excludes=synonyms.by_key["quillmorin"].excludes)
    assert asked.names_intervention("Quillmorin reduced dozing.")
    assert not asked.names_intervention("Quillmorin rings reduced dozing.")
    assert asked.without_excluded("Quillmorin rings, dozing engines.") == " " * 16 + ", " + " " * 14 + "."


def test_abbreviations_a_text_defines_and_the_outcome_they_report_there():
    text = "Dozing was rated on the Fictional Afternoon Nodding Off Scale (FANOS). FANOS scores fell."
    assert defined_abbreviations(text) == (("Fictional Afternoon Nodding Off Scale", "FANOS"),)
    dozing = outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL)
    assert not dozing.reported_by("FANOS scores fell.")
    assert dozing.in_source(text).reported_by("FANOS scores fell.")


@pytest.mark.parametrize(
    ("words", "key"),
    [
        ("snorvel-associated itching", "itching"),
        ("neural tube defects", "tube"),  # "defects" says what kind, not of what
        ("the risk of glimmer rash", "rash"),
        ("Glimmer Rash", "Rash"),  # a title-case question keeps its spelling
        ("stress in ventilated snorvel patients", "stress"),  # who and when follow "in", "with", ...
        ("hepatic fibrosis in rats with snorvel-induced itching", "fibrosis"),
        ("glimmerography use", "glimmerography"),  # how much it is used says what is measured, not of what
        ("clinical glimmer rash", "rash"),
        ("snorvel wounds heal faster", "heal"),  # how fast says how much, not what
        ("glimmer attacks", "glimmer"),  # "asthma attacks", "migraine attacks", "gout flares"
        ("snorvel flares in children", "snorvel"),
    ],
)
def test_an_outcome_the_table_does_not_know_is_reported_by_its_key_word(words, key):
    asked = worded_outcome(words)
    assert asked is not None and asked.worded and asked.concept.synonyms == (key,)
    assert asked.concept.name == " ".join(words.split())


def test_a_process_is_reported_with_what_it_is_of():
    """ "Does calcium interfere with iron absorption?" had been answered "yes" on a finding about calcium
    absorption; "turmeric absorption" is reported in curcumin's bioavailability (the table knows turmeric)."""
    glimmer = worded_outcome("glimmer absorption")
    assert glimmer is not None and glimmer.reported_by("Zorvatin halved glimmer absorption in squires.")
    assert glimmer.reported_by("The bioavailability of glimmer rose twofold.")
    assert not glimmer.reported_by("Zorvatin halved snorvel absorption in squires.")
    assert worded_outcome("snorvel status").concept.synonyms == ("snorvel status",)
    turmeric = worded_outcome("turmeric absorption")
    assert turmeric.reported_by("Snorvel increased the bioavailability of curcumin by 2000% in squires.")


def test_a_title_may_name_an_everyday_outcome_for_findings_that_measure_it_in_other_words():
    """ "Improved word list recall" reports memory in a trial titled "... improves memory"; the title alone
    counts only for an outcome in the question's words beside no table intervention."""
    from index.store import StoredSentence, StoredSource
    from rag.outcomes import reporting

    source = StoredSource(
        "a",
        "fx",
        "Snorvel improves memory in invented adults",
        "",
        [],
        2030,
        None,
        None,
        None,
        None,
        [],
        [],
        2,
        "x",
    )
    recall = StoredSentence(
        0, "a#0", "a", 0, "sentence", "RESULTS", "Word list recall improved (P = 0.04).", 0, 37
    )
    asked = worded_outcome("memory")
    assert reporting(asked, {"a": source})(recall)
    beside_table_intervention = replace(
        asked, intervention=(frozenset({"snorvel"}),), intervention_groups=("snorvel",)
    )
    assert not reporting(beside_table_intervention, {"a": source})(recall)


def _titled(source_id: str, title: str, abstract: str = ""):
    from index.store import StoredSource

    return StoredSource(source_id, "fx", title, abstract, [], 2030, None, None, None, None, [], [], 2, "x")


def _finding(source_id: str, text: str):
    from index.store import StoredSentence

    return StoredSentence(0, f"{source_id}#0", source_id, 0, "sentence", "RESULTS", text, 0, len(text))


def _asking(outcome: str, intervention: str, synonyms: SynonymTable | None = None):
    """The outcome a question names, asked of the intervention, as ``rag.question`` reads it."""
    synonyms = synonyms or table()
    concept = synonyms.by_key[intervention]
    return replace(
        outcome_of(synonyms.by_key[outcome], synonyms),
        intervention=intervention_forms(concept),
        intervention_groups=intervention_groups(concept, synonyms),
        broader_intervention=broader_forms(concept, synonyms),
    )


def test_a_worded_intervention_beside_a_worded_outcome_is_named_by_the_finding_or_its_title():
    """ "Is fasting good for the brain?" had been answered by a trial of lavender oil and brain waves: with both
    sides in the question's own words, the findings on the outcome must still be on the intervention."""
    from rag.outcomes import reporting
    from rag.question import question_terms

    asked = question_terms("Is snorvel fasting good for the glimmer?", {}, 1000).outcome
    sources = {
        "a": _titled("a", "Inhaled zorvatin oil and the moods of fictional adults"),
        "b": _titled("b", "Snorvel fasting in fictional adults: a made-up trial"),
    }
    reports = reporting(asked, sources)
    assert not reports(_finding("a", "Zorvatin oil raised glimmer waves."))
    assert reports(_finding("a", "During snorvel fasting, glimmer waves rose."))
    assert reports(_finding("b", "Glimmer waves rose."))
    # an untitled source (PubMedQA's) is not held to it: a technical question's shape often names no
    # intervention ("... room for improvement?") or words it otherwise than the abstract does
    untitled = {"c": _titled("c", "", "Zorvatin oil was inhaled by invented adults.")}
    assert reporting(asked, untitled)(_finding("c", "Zorvatin oil raised glimmer waves."))


def test_a_compound_word_names_the_worded_intervention_it_ends_in():
    """ "Do berries improve memory?": a blueberry trial is a berry trial; short words end too many others."""
    from rag.question import question_terms

    berries = question_terms("Do snorvel berries improve glimmer?", {}, 1000).outcome
    assert berries.names_intervention("Snorvel blueberries raised glimmer scores.")
    assert not berries.names_intervention("Snorvel beer raised glimmer scores.")
    oil = question_terms("Does snorvel oil improve glimmer?", {}, 1000).outcome
    # "oil" is too short to end "soil"
    assert not oil.names_intervention("Snorvel soil raised glimmer scores.")


def test_an_abbreviation_a_source_defines_for_the_intervention_names_it_there():
    """ "No damaging effect of HP diets on kidney" is on a high-protein diet where the abstract writes
    "high-protein (HP) diets"; elsewhere "HS" names nothing."""
    from rag.outcomes import reporting
    from rag.question import question_terms

    asked = question_terms("Does a high-snorvel diet harm the glimmer?", {}, 1000).outcome
    defined = "A high-snorvel (HS) diet was given to invented adults. HS diets did not harm the glimmer."
    sources = {"a": _titled("a", "Snorvel intake and health", defined), "b": _titled("b", "Snorvel intake")}
    assert reporting(asked, sources)(_finding("a", "HS diets did not harm the glimmer."))
    assert not reporting(asked, sources)(_finding("b", "HS diets did not harm the glimmer."))


def test_without_a_title_the_opening_sentence_of_the_abstract_stands_in_for_it():
    """PubMedQA's abstracts have no title: "Invented sailors experience profound glimmer." says what a trial of
    snorvel studies, whose findings report the biomarker ("did not reduce squirmin") instead of the word."""
    from index.store import StoredSentence, StoredSource
    from rag.outcomes import reporting

    abstract = (
        "Invented sailors experience profound glimmer. Squirmin marks it. Snorvel did not reduce squirmin."
    )
    untitled = StoredSource("a", "fx", "", abstract, [], 2030, None, None, None, None, [], [], 2, "x")
    finding = StoredSentence(
        0, "a#2", "a", 2, "sentence", "CONCLUSIONS", "Snorvel did not reduce squirmin.", 0, 32
    )
    assert reporting(worded_outcome("glimmer"), {"a": untitled})(finding)
    other = StoredSource(
        "b", "fx", "", "Squirmin is measured. " + abstract, [], 2030, None, None, None, None, [], [], 2, "x"
    )
    assert not reporting(worded_outcome("glimmer"), {"b": other})(replace(finding, source_id="b"))


def test_a_worded_outcome_is_reported_by_findings_that_name_its_key_word_or_an_abbreviation_for_it():
    itching = worded_outcome("snorvel-associated itching")
    assert itching.reported_by("Quillmorin halved itching in invented adults.")
    assert not itching.reported_by("Quillmorin halved sneezing in invented adults.")
    tube = worded_outcome("neural tube defects").in_source("Neural tube defects (NTDs) were counted.")
    assert tube.reported_by("Quillmorin users had fewer NTDs.")


def test_outcomes_joined_by_and_or_have_a_key_word_each():
    asked = worded_outcome("itching and the function of the snorvel")
    assert asked.concept.synonyms == ("itching", "snorvel")
    assert asked.reported_by("Quillmorin halved itching.") and asked.reported_by("Snorvel mobility rose.")
    assert worded_outcome("men and women") is None


@pytest.mark.parametrize(
    "words",
    [
        "men",
        "diabetics",
        "vegans",
        "older",
        "cancer patients",
        "your health",
        "nonoperatively",
        "risk",
        "",
        "clinical outcome",
    ],
)
def test_words_that_name_who_is_studied_or_nothing_specific_are_no_outcome(words):
    assert worded_outcome(words) is None


def test_a_finding_about_another_intervention_only_is_not_about_the_asked_one():
    """ "Selenium, important in immune function, is found in dates" says nothing about zinc."""
    synonyms = SynonymTable.parse(
        "intervention\tquillmorin\t\tquillmorin gel\n"
        "intervention\tmorin compounds\t\tquillmorin\n"
        "intervention\tzorvatin\n"
        "outcome\tdozing\n"
    )
    asked = _asking("dozing", "quillmorin", synonyms)
    assert asked.intervention_groups == ("quillmorin", "morin compounds")
    assert not asked.about_another_intervention("Quillmorin gel and zorvatin reduced dozing.")  # names it
    assert not asked.about_another_intervention("Dozing fell by a third in invented adults.")  # names none
    # which interventions a sentence names is read with the shipped table
    zinc = table().by_key["zinc"]
    asked = replace(
        asked, intervention=intervention_forms(zinc), intervention_groups=intervention_groups(zinc)
    )
    assert asked.about_another_intervention("Selenium is important in immune function.")
    assert not asked.about_another_intervention("Zinc and selenium are important in immune function.")


def test_a_finding_is_about_the_intervention_when_it_or_its_source_s_title_names_it():
    """ "Systolic BP decreased" in a trial of berries says nothing about vitamin C; "It lowered systolic BP" in a
    source titled after vitamin C does."""
    from rag.outcomes import reporting

    asked = _asking("blood pressure", "vitamin c")
    sources = {
        "a": _titled("a", "Invented berries and the blood of fictional adults"),
        "b": _titled("b", "Ascorbic acid in fictional adults: a made-up trial"),
    }
    reports = reporting(asked, sources)
    assert not reports(_finding("a", "Systolic blood pressure decreased by 7 mm Hg."))
    assert reports(_finding("a", "Vitamin C lowered systolic blood pressure by 7 mm Hg."))
    assert reports(_finding("b", "It lowered systolic blood pressure by 7 mm Hg."))
    # the same for an intervention in the question's words: "Does snorvel fasting lower blood pressure?" is not
    # answered by a potato trial whose abstract mentions snorvel fasting glucose in passing
    from rag.question import question_terms

    worded = question_terms("Does snorvel fasting lower blood pressure?", {}, 1000).outcome
    sources = {
        "a": _titled("a", "Invented potatoes and fictional adults", "Snorvel fasting glucose was measured."),
        "b": _titled("b", "Snorvel fasting in fictional adults: a made-up trial"),
    }
    reports = reporting(worded, sources)
    assert not reports(_finding("a", "Systolic blood pressure decreased by 7 mm Hg."))
    assert reports(_finding("b", "Systolic blood pressure decreased by 7 mm Hg."))


def test_an_intervention_the_table_does_not_know_is_named_by_all_its_content_words():
    from rag.outcomes import worded_intervention

    assert worded_intervention("red snorvel rice")[0] == frozenset({"red", "snorvel", "rice"})
    # written as one word too: "Kiwifruit consumption may improve sleep" names kiwi fruit
    assert worded_intervention("kiwi fruit") == (frozenset({"kiwi", "fruit"}), frozenset({"kiwifru"}))
    assert worded_intervention("glimmer oil") == (
        frozenset({"glimmer", "oil"}),
    )  # cut, "glimmeroil" is "glimmer"
    assert worded_intervention("eating snorvel daily") == (frozenset({"snorvel"}),)  # how it is taken
    assert worded_intervention("too much") == ()
    # the form it comes in: a trial of snorvel extract or a review of snorvels is on snorvel juice too
    assert worded_intervention("snorvel juice") == (frozenset({"snorvel"}),)
    assert worded_intervention("juice") == (frozenset({"juic"}),)
    # "A vs. B", "A or B": each alternative is the intervention, so a source on either names it
    assert worded_intervention("snorvel vs. glimmer nuts") == (
        frozenset({"snorvel"}),
        frozenset({"glimmer", "nut"}),
    )
    assert worded_intervention("snorvel or red zorvatin") == (
        frozenset({"snorvel"}),
        frozenset({"red", "zorvati"}),
        frozenset({"redzorv"}),
    )
    # foods rich in a nutrient are named by the nutrient: "Do potassium-rich foods lower stroke risk?" had no
    # verdict, as "Higher dietary potassium intake is associated with lower rates of stroke" names no food
    snorvel = (frozenset({"snorvel"}),)
    assert worded_intervention("snorvel-rich foods") == snorvel
    assert worded_intervention("foods rich in snorvel") == snorvel
    assert worded_intervention("a diet rich in snorvel") == snorvel
    assert worded_intervention("processed snorvel foods") == (frozenset({"process", "snorvel", "food"}),)
    # an amount is not what is taken: "walking 10,000 steps" is named by a source on walking steps
    assert worded_intervention("walking 10000 snorvel steps") == (frozenset({"walk", "snorvel", "step"}),)
    assert worded_intervention("omega-3 snorvel") == (frozenset({"omega3", "omega", "3", "snorvel"}),)


def test_a_group_that_includes_the_intervention_names_it_in_a_source_that_names_the_intervention_itself():
    """ "Does fish oil help depression?" read no finding of a meta-analysis titled after omega-3 fatty acids whose
    trials dosed EPA and DHA, and answered "yes" from a dropout count, where "Does omega-3 help depression?"
    answered "no" from the same meta-analysis. Where the source names the intervention itself, the group that
    includes it speaks of it; elsewhere it does not (flaxseed's omega-3 is no fish oil)."""
    from rag.outcomes import reporting

    synonyms = SynonymTable.parse(
        "intervention\tquillmorin\t\tquillmorin gel\n"
        "intervention\tmorin compounds\tmorins\tquillmorin\n"
        "outcome\tdozing\n"
    )
    asked = _asking("dozing", "quillmorin", synonyms)
    broader = asked.with_broader_names()
    assert broader.names_intervention("Morin compounds reduced dozing.")
    assert not asked.names_intervention("Morin compounds reduced dozing.")
    assert not broader.names_intervention("Quill compounds reduced dozing.")
    # with the shipped table: fish oil, omega-3 fatty acids and depression
    asked = _asking("depression", "fish oil")
    sources = {
        "a": _titled("a", "Omega-3 fatty acids for invented squires", "Trials dosed EPA and DHA in squires."),
        "b": _titled("b", "Omega-3 fatty acids for invented squires", "Trials dosed flaxseed in squires."),
    }
    reports = reporting(asked, sources)
    finding = "Omega-3 fatty acids did not reduce depression scores in squires."
    assert reports(_finding("a", finding))
    assert not reports(_finding("b", finding))


def test_cholesterol_eaten_is_not_cholesterol_measured():
    """ "Do eggs raise cholesterol?" had answered "no" mostly from findings where cholesterol is what is eaten
    ("dietary cholesterol provided by eggs does not increase the risk for heart disease") or what an egg holds
    ("range production did not influence the cholesterol level in the egg")."""
    cholesterol = outcome_of(table().by_key["cholesterol"])
    assert cholesterol.reported_by("Invented snorvels raised serum cholesterol by a tenth.")
    assert cholesterol.reported_by("Snorvels raised LDL cholesterol in squires.")
    for eaten in [
        "Dietary cholesterol from snorvels did not increase the risk of glimmer disease.",
        "Squires should limit their cholesterol intake and their intake of cholesterol-rich foods.",
        "Squires should limit their intake of cholesterol.",
        "Housing did not influence the cholesterol level in the egg of invented hens.",
    ]:
        assert not cholesterol.reported_by(eaten), eaten


def test_a_diet_named_for_weight_loss_does_not_report_weight_loss():
    """ "Is a low-carb diet good for weight loss?" had answered "no" from a conclusion on blood lipids that names
    its comparison diet "a high-carbohydrate, low-fat weight-loss diet"; a diet, programme, drug or surgery named
    for weight loss is no finding on weight loss."""
    weight_loss = outcome_of(table().by_key["weight loss"])
    assert weight_loss.reported_by("Weight loss was similar with both invented snorvel diets.")
    for named_for_it in [
        "A snorvel diet lowered lipids more than a high-carbohydrate weight-loss diet.",
        "Squires in the weight loss programme ate more glimmers.",
        "Weight-loss drugs raised invented glimmer scores.",
    ]:
        assert not weight_loss.reported_by(named_for_it), named_for_it


def test_a_definition_spells_the_abbreviation_in_its_long_form():
    """Schwartz and Hearst: every letter of the abbreviation, in order, the first opening a word. The shortest run
    of words starting with the first letter had read "alpha-linolenic acid (ALA)" as "acid"."""
    text = "Squires ate alpha-glimmeric acid (AGA). Zorvatin (ZV) was given (P < 0.05)."
    assert defined_abbreviations(text) == (("alpha-glimmeric acid", "AGA"), ("Zorvatin", "ZV"))
    assert defined_abbreviations("An unbalanced (bracket. Then snorvel rash (SR) flared.") == (
        ("snorvel rash", "SR"),
    )
