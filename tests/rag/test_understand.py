"""Understanding questions: the synonym table, matching, the intervention/outcome split and the expansions.

Mechanics are tested on a small fictional table; a few tests pin the shipped table's key groups."""

import pytest

from rag.understand import TABLE_PATH, SynonymTable, phrase_key, table, understand

FICTIONAL = """\
# kind\tname\tsynonyms\tincludes
intervention\tquillmorin\tquillmorine | QLM | Quillium nocturna\tQM-7 | quillmorin oil
intervention\tQM-7\tquillmorin-7 | QM7
intervention\tzorvatin
intervention\tquill plants\t\tquillmorin
outcome\tsleep latency\ttime to fall asleep | SOL
outcome\tseasonal fatigue\twinter tiredness
outcome\tfatigue\ttiredness
"""


@pytest.fixture(scope="module")
def fictional() -> SynonymTable:
    return SynonymTable.parse(FICTIONAL)


def frame(question, synonyms):
    return understand(question, synonyms)


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
        ("outcome\tdozing\t\t\t\t\t\n", "expected 'kind<TAB>name"),
    ],
)
def test_malformed_tables_are_rejected_with_the_line(text, message):
    with pytest.raises(ValueError, match=message):
        SynonymTable.parse(text, "fict.tsv")


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
    ):
        assert [m.concept.name for m in fictional.find(question)] in (["quillmorin"], ["QM-7"]), question
    found = fictional.find("Is Quillium-nocturna good for winter tiredness?")
    assert [(m.text, m.concept.name) for m in found] == [
        ("Quillium-nocturna", "quillmorin"),
        ("winter tiredness", "seasonal fatigue"),
    ]


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


def test_intervention_and_outcome_from_the_question_shape(fictional):
    cases = {
        "Does quillmorin improve sleep latency?": ("quillmorin", "sleep latency"),
        "Is zorvatin good for seasonal fatigue?": ("zorvatin", "seasonal fatigue"),
        "Zorvatin for seasonal fatigue": ("Zorvatin", "seasonal fatigue"),
        "Treating winter tiredness with zorvatin": ("zorvatin", "winter tiredness"),
        "Effect of QM-7 on sleep latency in older adults": ("QM-7", "sleep latency"),
        "Does taking quillmorin daily shorten the time to fall asleep?": (
            "quillmorin",
            "time to fall asleep",
        ),
        # unknown to the table: the same shapes, in the question's own words
        "Can dimbleweed tea cause hiccups in children?": ("dimbleweed tea", "hiccups"),
        "Snorvel extract and nail strength": ("Snorvel extract", "nail strength"),
    }
    for question, expected in cases.items():
        got = frame(question, fictional)
        assert (got.intervention, got.outcome) == expected, question


def test_table_kinds_decide_when_the_shape_says_nothing(fictional):
    got = frame("quillmorin sleep latency", fictional)
    assert (got.intervention, got.outcome) == ("quillmorin", "sleep latency")
    assert got.intervention_mention.concept.name == "quillmorin"
    alone = frame("Quillmorin", fictional)
    assert (alone.intervention, alone.outcome, alone.topic) == ("Quillmorin", None, None)


def test_lists_are_not_split_into_intervention_and_outcome(fictional):
    got = frame("Quillmorin, zorvatin, and snorvel", fictional)
    assert got.outcome is None
    assert frame("Quillmorin and zorvatin", fictional).outcome is None  # two interventions


def test_the_outcome_side_takes_no_intervention_concept(fictional):
    got = frame("Does quillmorin help zorvatin users sleep?", fictional)
    assert got.outcome == "zorvatin users sleep" and got.outcome_mention is None


def test_an_outcome_concept_in_the_population_is_not_the_outcome(fictional):
    got = frame("Does quillmorin ease leg cramps in adults with seasonal fatigue?", fictional)
    assert got.outcome == "leg cramps" and got.outcome_mention is None
    named = frame("Does quillmorin shorten sleep latency in adults with seasonal fatigue?", fictional)
    assert named.outcome_mention.concept.name == "sleep latency"


def test_expansions_are_the_other_names_once_each(fictional):
    got = frame("Does QLM shorten sleep latency?", fictional)
    assert got.expansions == (
        "quillmorin",
        "quillmorine",
        "Quillium nocturna",
        "QM-7",
        "quillmorin-7",
        "quillmorin oil",
        "time to fall asleep",
        "SOL",
    )
    assert "QLM" not in got.expansions and "sleep latency" not in got.expansions
    assert [c.name for c in frame("Does QM7 help?", fictional).broader] == ["quillmorin"]


def test_topic_names_the_concept_when_the_question_uses_an_abbreviation(fictional):
    assert frame("Does QLM shorten SOL?", fictional).topic == "QLM (quillmorin) and SOL (sleep latency)"
    assert (
        frame("Does quillmorin-7 shorten sleep latency?", fictional).topic == "quillmorin-7 and sleep latency"
    )
    assert frame("Does quillmorin shorten sleep latency?", fictional).topic == "quillmorin and sleep latency"


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


def test_shipped_table_reads_the_reference_questions():
    seed = understand("Does vitamin K2 improve bone density?")
    assert (seed.intervention, seed.outcome, seed.topic) == (
        "vitamin K2",
        "bone density",
        "vitamin K2 and bone density",
    )
    synonym = understand("Does menaquinone improve bone turnover markers?")
    assert synonym.topic == "menaquinone (vitamin K2) and bone turnover markers"
    assert synonym.intervention_mention.concept.name == "vitamin K2"
    assert "vitamin K2" in synonym.expansions and "MK-7" in synonym.expansions
    assert understand("Does vitamin K-2 help BMD?").topic == "vitamin K-2 and BMD (bone density)"
    heart = understand("Is fish oil good for the heart?")
    assert (heart.intervention, heart.outcome) == ("fish oil", "heart")
    assert [c.name for c in heart.broader] == ["omega-3 fatty acids"]


def test_reported_outcomes_lift_narrow_markers_to_their_group():
    from rag.understand import broadest, reported_outcomes, table

    sentences = [
        "In this fictional trial zorvatin raised osteocalcin and bone-specific alkaline phosphatase.",
        "Zorvatin lowered undercarboxylated osteocalcin in invented patients.",
    ]
    assert [c.name for c in reported_outcomes(sentences)][:1] == ["bone turnover markers"]
    osteocalcin = next(c for c in table().concepts if c.name == "osteocalcin")
    assert broadest(osteocalcin).name == "bone turnover markers"
    assert reported_outcomes(["Zorvatin is an invented plant extract."]) == []


def test_reported_outcomes_can_ask_for_those_most_sentences_name():
    from rag.understand import reported_outcomes

    sentences = [
        "Zorvatin eased depressive symptoms in invented adults.",
        "Zorvatin was well tolerated.",
        "Zorvatin users slept longer.",
    ]
    assert [c.name for c in reported_outcomes(sentences)][:1] == ["depression"]
    assert reported_outcomes(sentences, at_least_half=True) == []  # one of three
    assert [c.name for c in reported_outcomes(sentences[:2], at_least_half=True)] == ["depression"]  # half


def test_a_verb_splits_before_a_risk_of_phrase_and_a_capital_letter_names_something():
    falls = understand("Does vitamin D reduce the risk of dozing in older quillmorin users?")
    assert (falls.intervention, falls.outcome) == ("vitamin D", "risk of dozing")  # not "dozing" / "older"
    assert understand("Does vitamin A supplementation reduce dozing?").intervention == "vitamin A"
    assert understand("Does calcium interfere with zorvatin absorption?").intervention == "calcium"
    built = understand("Does quillmorin protein build snorvel muscle?")  # had been one topic
    assert (built.intervention, built.outcome) == ("quillmorin protein", "snorvel muscle")
    assert understand("Does zorvatin oil kill glimmer bacteria?").outcome == "glimmer bacteria"
    effect = understand("What is the effect of vitamin D on dozing?")
    assert (effect.intervention, effect.outcome) == ("vitamin D", "dozing")
