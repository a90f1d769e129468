"""Typo correction against a corpus's words, on made-up counts (fictional words such as "quillmorin")."""

import pytest

from rag.spelling import Speller

COUNTS = {
    "quillmorin": 40,
    "quillmorins": 3,
    "zorvatin": 30,
    "zorvetin": 20,
    "sleep": 300,
    "latency": 50,
    "games": 500,
    "papers": 500,
    "vitamin": 189,
    "vitamins": 73,
    "curcurin": 50,
    "nerlotide": 2,
    "nelorate": 30,
}


@pytest.fixture
def speller() -> Speller:
    return Speller(lambda: COUNTS, min_sources=5)


@pytest.mark.parametrize(
    ("question", "read_as"),
    [
        ("Does quilmorin shorten sleep latency?", "Does quillmorin shorten sleep latency?"),
        ("Does qiullmorin shorten sleep latency?", "Does quillmorin shorten sleep latency?"),  # transposed
        ("Does zorvarin help?", "Does zorvatin help?"),  # r for t: neighbouring keys
        ("Does zorvatim help?", "Does zorvatin help?"),  # m for n
        ("Does quillmoryn help?", "Does quillmorin help?"),  # a vowel for a vowel
        ("Does quillmorrin help?", "Does quillmorin help?"),  # a doubled letter
        ("Does quillmorine help?", "Does quillmorin help?"),  # stemmed alike, but embedded otherwise
        # "vitamine D" had glued into vitamin E; "vitamin" and "vitamins" are one candidate, not two
        ("Does vitamine D help?", "Does vitamin D help?"),
    ],
)
def test_obvious_typos_are_read_as_frequent_corpus_words(speller, question, read_as):
    assert speller.read_as(question) == read_as


@pytest.mark.parametrize(
    "question",
    [
        "Is creatine good for gamers?",  # an English word is no typo, however near "games"
        "Does zinc help vapers?",  # typos rarely hit the first letter: not "papers"
        "Does zorvotin help?",  # as near to "zorvatin" (30 sources) as to "zorvetin" (20): no clear winner
        "Does nerlotida help?",  # "nerlotide" is in two sources only: not frequent enough to correct to
        "Does quilmorrn help?",  # two edits, even in a long word
        "Does zorvakin help?",  # k for t is no likely slip: another word, as "hematoma" is no "hepatoma"
        "Does quillmorina help?",  # another ending is another word ("rheumatica", "rheumatic")
        "Is it nelorated?",  # or another form of it; only a final "e" is a slip ("quillmorine")
        "Quilmorin, QUILMORIN or QuilMorin?",  # names, abbreviations, a technical term opening a question
        "Does quil-morin or quilmorin7 help?",  # hyphenated and digit-bearing tokens
        "Do quillmorins help?",  # used by 3 sources; and only another ending of "quillmorin"
        "Does curcumin help?",  # a word the synonym table knows, though one edit from "curcurin"
    ],
)
def test_unknown_words_that_may_be_the_point_are_left_alone(speller, question):
    assert speller.corrections(question) == []


def test_the_corpus_is_read_only_for_a_word_that_may_be_a_typo():
    def unread() -> dict[str, int]:
        raise AssertionError("the corpus was read for a question without a possible typo")

    speller = Speller(unread, min_sources=5)
    assert speller.read_as("Is creatine good for gamers, or for sleep in adults (QM-7)?") == (
        "Is creatine good for gamers, or for sleep in adults (QM-7)?"
    )


def test_corrections_say_where_the_word_was(speller):
    [correction] = speller.corrections("Can qullmorin help?")
    assert (correction.word, correction.replacement) == ("qullmorin", "quillmorin")
    assert "Can qullmorin help?"[correction.start : correction.end] == "qullmorin"
