"""Abbreviations the corpus defines: mined one way only, and read as their long forms in questions."""

from rag.abbreviations import Abbreviations, Reading, definitions, mine
from rag.pipeline import Pipeline

SOURCES = [
    ["Snorvel rash (SR) is an invented condition.", "SR cleared in 3 of 9 squires."],
    ["We followed 40 squires with snorvel rash (SR).", "Glimmer oil (GO) was applied daily."],
    ["Spotted rash (SR) flared in winter."],
    ["Quill tea (QT) was brewed.", "Quill tea (QT) again.", "Quartz tiles (QT) were laid."],
    ["Quill tea (QT) was brewed twice."],
    ["Zorvatin levels in the United States (US) of invention rose (P < 0.05)."],
    ["Urinary glimmer infection (UGI) is fictional."],
    ["Each urinary glimmer infection (UGI) was counted."],
]


def test_definitions_of_a_sentence_follow_schwartz_hearst():
    assert definitions("Squires with snorvel rash (SR) were invented.") == {"SR": "snorvel rash"}
    assert definitions("No brackets here.") == {}
    assert definitions("An unbalanced (bracket stops nothing.") == {}


def test_only_abbreviations_the_corpus_defines_one_way_are_kept():
    table = mine(SOURCES)
    # SR: three sources, two say "snorvel rash" (2/3 < 0.8); QT: quill tea in 2 sources, quartz tiles in 1;
    # GO: one source only; US: "us" is a stopword; "P": one capital
    assert table == {"UGI": "urinary glimmer infection"}
    assert mine([*SOURCES, ["Snorvel rash (SR) again."], ["More snorvel rash (SR)."]])["SR"] == "snorvel rash"


def test_a_long_form_is_written_as_sources_write_it_within_a_sentence():
    """A capital within a sentence is a name's; one that opens a sentence is not."""
    named = [["We used Glimmer Oil (GO)."], ["Then Glimmer Oil (GO) again."], ["Glimmer oil (GO) opened it."]]
    assert mine(named)["GO"] == "Glimmer Oil"
    opening = [["Sleep latency (SLT) is invented."], ["Sleep latency (SLT) again."]]
    assert mine(opening)["SLT"] == "sleep latency"
    joined = [["Non-snorvel rash (NSR) was mild."], ["Nonsnorvel rash (NSR) was mild."]]
    assert "NSR" in mine(joined)  # hyphenated or joined, one long form


def test_a_question_is_read_with_the_long_forms_of_its_abbreviations():
    known = Abbreviations(lambda: SOURCES)
    reading = known.spelled_out("Does glimmer oil cure UGI?")
    assert reading.text == "Does glimmer oil cure urinary glimmer infection?"
    assert reading.spelled_out == (("urinary glimmer infection", "UGI"),)
    assert (
        known.spelled_out("Does glimmer oil cure UGIs?").text
        == "Does glimmer oil cure urinary glimmer infections?"
    )
    assert known.spelled_out("UGI: does it spread?").text == "Urinary glimmer infection: does it spread?"
    # defined by the question, written in full already, or unknown: left as it is
    for question in (
        "Does urinary glimmer infection (UGI) spread?",
        "Is UGI a urinary glimmer infection?",
        "Does SR itch?",
        "Does ugi spread?",  # not written as an abbreviation
    ):
        assert known.spelled_out(question) == Reading(question)


def test_roman_numerals_are_no_abbreviations():
    """ "Maze IV procedure" had been read as "Maze intravenous procedure"."""
    sources = [
        ["Zorvatin was given intravenously (IV)."],
        ["Intravenous (IV) zorvatin."],
        ["Stage II (II) ..."],
    ]
    assert mine(sources) == {}


def test_a_question_with_an_abbreviation_gets_the_answer_of_its_long_form(plain_pipeline, settings):
    """The fixture corpus says "sleep latency"; two fictional sources define it as "SLT". (Sources that write
    only "SLT" still count: ``test_question.py``.)"""
    pipeline = Pipeline(plain_pipeline.index, settings)
    pipeline.abbreviations = Abbreviations(lambda: [["Sleep latency (SLT) is invented."]] * 2)
    short = pipeline.ask("Does quillmorin shorten SLT?")
    long = pipeline.ask("Does quillmorin shorten sleep latency?")
    assert short.read_as == "Does quillmorin shorten sleep latency?" and long.read_as is None
    assert short.status == long.status == "answered"
    assert short.model_dump(exclude={"question", "read_as"}) == long.model_dump(
        exclude={"question", "read_as"}
    )


def test_warm_up_mines_the_abbreviations_before_a_first_question_waits_for_them(plain_pipeline, settings):
    pipeline = Pipeline(plain_pipeline.index, settings)
    assert "table" not in vars(pipeline.abbreviations)
    pipeline.warm_up()
    assert "table" in vars(pipeline.abbreviations)
