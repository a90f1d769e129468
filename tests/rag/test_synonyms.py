"""The synonym table: its groups, includes, exclusions and matching, and the outcomes sentences report.

Mechanics are tested on a small fictional table (``conftest.py``); a few tests pin the shipped table's key
groups."""

import pytest

from rag.outcomes import names_itself, outcome_of
from rag.synonyms import TABLE_PATH, SynonymTable, phrase_key, table


def test_table_groups_resolve_includes_transitively(fictional):
    quill = fictional.by_key["quillmorin"]
    assert quill.kind == "intervention" and quill.synonyms == ("quillmorine", "QLM", "Quillium nocturna")
    assert quill.includes == (
        "QM-7",
        "quillmorin-7",
        "quillmorin oil",
    )  # the QM-7 group comes whole ("QM7" is
    # "QM-7" to matching; its spelling still counts in sources through the joined variant)
    assert frozenset({"qm7"}) in quill.alternative_tokens
    assert fictional.by_key["quill plants"].includes[:2] == ("quillmorin", "quillmorine")
    assert [c.name for c in fictional.broader["QM-7"]] == ["quillmorin"]  # nearest only, not "quill plants"
    assert fictional.by_key[phrase_key("Quillmorin-7")].name == "QM-7"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("remedy\tquillmorin\n", "expected 'kind<TAB>name"),
        ("intervention\n", "expected 'kind<TAB>name"),
        ("intervention\tquillmorin\tQLM\nintervention\tzorvatin\tqlm\n", "in two groups"),
        ("outcome\tdozing\t\t\tyawn count\n", "related to 'yawn count', which is no group"),
        ("outcome\tdozing\t\t\t-yawn count\n", "related to 'yawn count', which is no group"),
        ("outcome\tdozing\t\t\t\t\t\n", "expected 'kind<TAB>name"),
    ],
)
def test_malformed_tables_are_rejected_with_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        SynonymTable.parse(text, "fict.tsv")


def test_a_related_group_after_a_dash_bears_the_other_way_round():
    synonyms = SynonymTable.parse(
        "outcome\tdozing\t\t\t-alertness | yawn count\noutcome\talertness\noutcome\tyawn count\n"
    )
    dozing = synonyms.by_key["dozing"]
    assert dozing.related == ("alertness", "yawn count") and dozing.inverse == ("alertness",)
    assert [c.name for c in synonyms.related["dozing"]] == ["alertness", "yawn count"]


def test_phrases_a_group_excludes_are_blanked_out_of_a_text():
    synonyms = SynonymTable.parse("intervention\tzorvatin\t\t\t\tzorvatin channel | zorvatin score\n")
    zorvatin = synonyms.by_key["zorvatin"]
    text = "Zorvatin-channel blockers and zorvatin scores rose; zorvatin pills did not."
    blanked = text.replace("Zorvatin-channel", " " * 16).replace("zorvatin scores", " " * 15)
    assert zorvatin.without_excluded(text) == blanked
    assert synonyms.by_key["zorvatin"].without_excluded("Zorvatin pills.") == "Zorvatin pills."
    calcium = table().by_key["calcium"]  # the shipped table: drugs and scores are not the mineral
    assert calcium.without_excluded("calcium channel blockers") == " " * 16 + "blockers"
    assert "calcium" not in calcium.without_excluded("coronary artery calcium score")


def test_matching_ignores_case_hyphens_spaces_and_plurals(fictional):
    for question in (
        "Does QUILLMORINE help?",
        "Does qm-7 help?",
        "Does QM 7 help?",
        "Does qm7 help?",
        "Do quillmorins help?",
        "Do QM-7s help?",  # the plural of a name that ends in a number ("omega-3s")
    ):
        assert [m.concept.name for m in fictional.find(question)] in (["quillmorin"], ["QM-7"]), question
    found = fictional.find("Is Quillium-nocturna good for winter tiredness?")
    assert [(m.text, m.concept.name) for m in found] == [
        ("Quillium-nocturna", "quillmorin"),
        ("winter tiredness", "seasonal fatigue"),
    ]


def test_a_phrase_matches_in_british_or_american_spelling():
    synonyms = SynonymTable.parse("outcome\tzorvic tumor\tzorvic haemoglobin\n")
    for question in ("Does it shrink zorvic tumours?", "Is zorvic hemoglobin raised?"):
        assert [m.concept.name for m in synonyms.find(question)] == ["zorvic tumor"], question
    assert phrase_key("Zorvic Tumour") == phrase_key("zorvic tumor") == "zorvic tumor"


def test_longest_match_wins_and_words_are_bounded(fictional):
    found = fictional.find("Seasonal fatigue, fatigue and quillmorin-7")
    assert [m.concept.name for m in found] == ["seasonal fatigue", "fatigue", "QM-7"]
    assert fictional.find("Does antiquillmorin or quillmorinex help?") == []


def test_short_capital_abbreviations_match_only_in_capitals_unless_all_lower_case(fictional):
    assert [m.concept.name for m in fictional.find("Does QLM shorten SOL?")] == [
        "quillmorin",
        "sleep latency",
    ]
    assert (
        fictional.find("Does a Sol festival need qlm?") == []
    )  # capitals used, so these are words, not codes
    assert [m.concept.name for m in fictional.find("does qlm shorten sol")] == ["quillmorin", "sleep latency"]


def test_shipped_table_is_small_and_knows_the_reference_topic():
    shipped = table()
    assert 60 <= len(shipped.concepts) <= 200
    assert TABLE_PATH.name == "synonyms.tsv"
    k2 = shipped.by_key["menaquinone"]
    assert k2.name == "vitamin K2" and {"MK-7", "menaquinone-7", "MK-4"} <= set(k2.alternatives)
    assert shipped.by_key["bmd"].name == shipped.by_key["bone mineral density"].name == "bone density"
    assert {"EPA", "DHA", "fish oil"} <= set(shipped.by_key["n 3 fatty acids"].alternatives)
    assert "cholecalciferol" in shipped.by_key["vitamin d"].alternatives  # through vitamin D3
    assert "vitamin D" not in shipped.by_key["cholecalciferol"].alternatives  # narrower is not broader
    assert shipped.by_key["tv"].name == shipped.by_key["watching television"].name == "television viewing"
    # "non-alcoholic fatty liver" speaks of no alcohol: a hibiscus trial had answered "Is alcohol bad for the liver?"
    alcohol = shipped.by_key["alcohol"]
    assert "alcohol" not in alcohol.without_excluded(
        "Glimmer non-alcoholic fatty liver; alcohol-free zorvatin."
    )
    assert "alcohol" in alcohol.without_excluded("Alcohol intake raised glimmer liver enzymes.").lower()


def test_reported_outcomes_lift_narrow_markers_to_their_group():
    from rag.synonyms import broadest, reported_outcomes, table

    sentences = [
        "In this fictional trial zorvatin raised osteocalcin and bone-specific alkaline phosphatase.",
        "Zorvatin lowered undercarboxylated osteocalcin in invented patients.",
    ]
    assert [c.name for c in reported_outcomes(sentences)][:1] == ["bone turnover markers"]
    osteocalcin = next(c for c in table().concepts if c.name == "osteocalcin")
    assert broadest(osteocalcin).name == "bone turnover markers"
    assert reported_outcomes(["Zorvatin is an invented plant extract."]) == []


def test_reported_outcomes_can_ask_for_those_most_sentences_name():
    from rag.synonyms import reported_outcomes

    sentences = [
        "Zorvatin eased depressive symptoms in invented adults.",
        "Zorvatin was well tolerated.",
        "Zorvatin users slept longer.",
    ]
    assert [c.name for c in reported_outcomes(sentences)][:1] == ["depression"]
    assert reported_outcomes(sentences, at_least_half=True) == []  # one of three
    assert [c.name for c in reported_outcomes(sentences[:2], at_least_half=True)] == ["depression"]  # half


def test_everyday_names_of_diets_and_drinks():
    """ "Does keto work?" had abstained on an unknown word; "Does soda cause diabetes?" found no finding on soda
    where the sources speak of sugar-sweetened beverages."""
    shipped = table()
    assert shipped.by_key["keto"].name == "ketogenic diet"
    assert "keto" not in shipped.by_key["keto"].without_excluded("Invented keto acids rose.").lower()
    soda = shipped.by_key["soda"]
    assert soda.name == "soft drinks" and "SSB" in soda.alternatives  # sugary drinks are soft drinks
    assert "soda" not in soda.without_excluded("Baking soda and soda water were given.").lower()


def test_vit_is_typed_for_vitamin():
    """ "can i take vit d with k2": the shorthand names the vitamin as its full name does."""
    shipped = table()
    assert [m.concept.name for m in shipped.find("can i take vit d with vit k2")] == [
        "vitamin D",
        "vitamin K2",
    ]
    assert [m.concept.name for m in shipped.find("Does Vit. B12 help?")] == ["vitamin B12"]
    assert shipped.find("The vit was invented.") == []


def test_everyday_words_for_tiredness_anemia_cavities_and_tumours():
    """ "Does iron deficiency make you tired?", "Are vegetarians more likely to be anemic?" and "Does fluoride
    prevent cavities?" named no table outcome; "brain tumors" had reported no cancer for "Do hot dogs cause cancer
    in children?", while tumour necrosis factor is a cytokine, not a tumour."""
    shipped = table()
    found = {m.concept.name for m in shipped.find("tired, anemic, cavities")}
    assert found == {"fatigue", "anemia", "dental caries"}
    cancer = outcome_of(shipped.by_key["cancer"])
    assert cancer.reported_by("Eating invented snorvels was associated with brain tumors (OR = 2.1).")
    assert cancer.reported_by("Childhood leukaemia rose.")
    assert not cancer.reported_by("Tumor necrosis factor alpha fell.")


def test_gas_is_flatulence_but_not_in_a_laboratory():
    """ "Do beans cause gas?" found no finding on gas beside "increased flatulence from eating pinto beans"."""
    shipped = table()
    assert [m.concept.name for m in shipped.find("Do snorvels make you gassy?")] == ["flatulence"]
    flatulence = outcome_of(shipped.by_key["flatulence"])
    assert flatulence.reported_by("Snorvels increased intestinal gas in invented squires.")
    assert not flatulence.reported_by("Zorvatin was measured by gas chromatography.")


def test_fruit_juice_is_not_whole_fruit():
    """ "Does fruit juice cause diabetes?" had "fruit" as its intervention's form (the preparation dropped, as for
    "cranberry juice"), so findings on whole fruits spoke for juice."""
    juice = table().by_key["fruit juice"]
    assert juice.kind == "intervention" and "orange juice" in juice.alternatives
    assert [m.concept.name for m in table().find("Is fruit juice healthy?")] == ["fruit juice"]


def test_stevia_and_bisphenol_a_by_their_other_names():
    """A finding on "stevioside" or "steviol" speaks of stevia, one on "bisphenol A" of BPA, so that questions and
    findings meet under either name."""
    shipped = table()
    assert names_itself(shipped.by_key["stevia"], "Invented stevioside did not react with glimmer DNA.")
    assert [m.concept.name for m in shipped.find("Does BPA harm zorvatin?")] == ["bisphenol A"]


def test_strength_training_by_its_other_names():
    """ "Does strength training help older adults?" had no table intervention, and findings on the leg strength
    of statin users answered it "no". Strength training, weight lifting and resistance exercise are one group,
    which the exercise group includes."""
    shipped = table()
    assert [m.concept.name for m in shipped.find("Does weight lifting help invented squires?")] == [
        "resistance training"
    ]
    training = shipped.by_key["resistance training"]
    assert names_itself(training, "Invented squires did strength exercises twice a week.")
    assert not names_itself(training, "Zorvatin users lost leg strength and muscle mass.")
    assert shipped.broader["resistance training"][0].name == "exercise"


def test_black_pepper_by_its_active_principle():
    """ "Does black pepper increase turmeric absorption?" found no source: the trial that answers it names only
    piperine and curcumin."""
    shipped = table()
    assert [m.concept.name for m in shipped.find("Does black pepper help invented squires?")] == [
        "black pepper"
    ]
    assert names_itself(shipped.by_key["black pepper"], "Piperine raised glimmer levels in squires.")
    assert not names_itself(shipped.by_key["black pepper"], "Bell pepper raised glimmer levels in squires.")


def test_fish_oil_by_the_fatty_acids_it_is_taken_for():
    """ "Does fish oil help depression?" abstained while "Does omega-3 help depression?" cited a meta-analysis of
    trials dosing EPA and DHA: a source naming the long-chain fatty acids of fish oil speaks of it, while plain
    omega-3 (flax's alpha-linolenic acid too) does not."""
    fish_oil = table().by_key["fish oil"]
    assert names_itself(fish_oil, "Invented squires took 2 g of eicosapentaenoic acid (EPA) a day.")
    assert names_itself(fish_oil, "DHA raised glimmer levels.")
    assert not names_itself(fish_oil, "Omega-3 fatty acids from flaxseed raised glimmer levels.")


def test_addictive_and_carcinogenic_name_their_outcomes():
    """ "Is sugar addictive?" named no outcome and was answered yes from findings on sugar intake and heart
    advice; the adjective is the outcome asked about, as "carcinogenic" is cancer."""
    shipped = table()
    assert [m.concept.name for m in shipped.find("Is snorvel addictive?")] == ["addiction"]
    assert [m.concept.name for m in shipped.find("Is snorvel carcinogenic?")] == ["cancer"]
    assert outcome_of(shipped.by_key["addiction"]).reported_by(
        "Snorvel addiction shares circuits with obesity."
    )


def test_secondhand_smoke_and_sepsis_by_their_other_names():
    """A source on "environmental tobacco smoke (ETS)" speaks of passive smoking, one on "septic infants" of
    sepsis; "septic arthritis" is an infection of a joint, not sepsis."""
    shipped = table()
    asked = shipped.find("Were the zorvatin squires passive smokers in childhood?")
    assert [m.concept.name for m in asked] == ["secondhand smoke"]
    assert names_itself(shipped.by_key["secondhand smoke"], "Squires exposed to ETS at home had more rash.")
    sepsis = outcome_of(shipped.by_key["sepsis"])
    assert sepsis.reported_by("Zorvatin lowered mortality in septic invented infants.")
    assert not sepsis.reported_by("Zorvatin cured septic arthritis of the invented knee.")
