"""Takeaway selection: relevant sources first, stronger evidence first at equal relevance, one per source first."""

from index.store import StoredSentence, StoredSource
from rag.compose import Scored, select_takeaways
from rag.retrieve import Candidate


def item(source: str, position: int, fused: float, finding: bool = True) -> Scored:
    text = f"In this fictional study {source} reported finding number {position} about zorvatin."
    sentence = StoredSentence(
        position, f"{source}#{position}", source, position, "sentence", None, text, 0, len(text)
    )
    return Scored(Candidate(sentence, fused, 0.6, None, None), 0.6, finding, True)


def source(source_id: str, level: int) -> StoredSource:
    return StoredSource(
        source_id, "fx", "A fictional title", "", [], 2030, None, None, None, None, [], [], level, "x"
    )


SOURCES = {"weak": source("weak", 4), "strong": source("strong", 1), "best": source("best", 3)}


def ids(chosen: list[Scored]) -> list[str]:
    return [s.candidate.sentence.sentence_id for s in chosen]


def test_more_relevant_sources_come_first_and_each_source_once_before_twice():
    items = [item("best", 0, 0.05), item("best", 1, 0.04), item("weak", 0, 0.02), item("strong", 0, 0.01)]
    assert ids(select_takeaways(items, SOURCES, limit=4, per_source=2)) == [
        "best#0",
        "weak#0",
        "strong#0",
        "best#1",
    ]


def test_stronger_evidence_first_at_equal_relevance():
    items = [item("weak", 0, 0.0300), item("strong", 0, 0.0299), item("best", 0, 0.01)]
    assert ids(select_takeaways(items, SOURCES, limit=3, per_source=1)) == ["strong#0", "weak#0", "best#0"]


def test_findings_before_background_within_a_source():
    items = [item("best", 0, 0.05, finding=False), item("best", 1, 0.01, finding=True)]
    assert ids(select_takeaways(items, SOURCES, limit=1, per_source=1)) == ["best#1"]


def test_the_asked_outcome_is_the_one_whose_findings_decide_as_the_question_names_it():
    """ "Does zorvatin lower stroke risk?" asks about stroke, not about its group "heart health" (which the
    answer had named); a table outcome that only sets the scene is still named by its group."""
    from rag.compose import asked_outcome
    from rag.question import question_terms

    assert asked_outcome(question_terms("Does zorvatin lower stroke risk?", {}, 1000)) == "stroke"
    assert asked_outcome(question_terms("Does sugar make you sleepy?", {}, 1000)) == "sleepy"
    who = question_terms("Does sugar make children sleepy?", {}, 1000)
    assert asked_outcome(who) == "sleepy"  # who, not what
    assert (
        asked_outcome(question_terms("Snorvel training post stroke: any benefits?", {}, 1000))
        == "heart health"
    )
