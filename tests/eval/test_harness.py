"""The other benchmarks on hand-made inputs whose answers were computed by hand, and on a small real index."""

import json

import pytest

from eval.data import read_labels
from eval.grounding import main_grounding, original_texts
from eval.latency import percentiles
from eval.rationale import gold_sentences, score
from eval.verdict import classification
from index.manifest import Manifest


def test_rationale_scores_follow_scifact_sentence_selection_and_labels():
    claim = {
        "evidence": {
            "11": [{"sentences": [1, 2], "label": "SUPPORT"}],
            "12": [{"sentences": [0], "label": "CONTRADICT"}],
        }
    }
    gold = [gold_sentences(claim), {}]
    assert gold[0] == {("11", 1): "SUPPORT", ("11", 2): "SUPPORT", ("12", 0): "CONTRADICT"}
    predicted = [
        {("11", 1): "SUPPORT", ("11", 5): "SUPPORT", ("12", 0): "SUPPORT"},
        {("99", 0): None},
    ]  # two hits (one with the wrong label), one miss, one citation for a no-evidence claim
    result = score(predicted, gold)
    assert result["sentence_precision"] == pytest.approx(2 / 4, abs=1e-4)
    assert result["sentence_recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["sentence_f1"] == pytest.approx(4 / 7, abs=1e-4)
    assert result["sentence_label_precision"] == pytest.approx(1 / 4, abs=1e-4)
    assert result["sentence_label_recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["label_accuracy_on_selected"] == 0.5


def test_verdict_metrics_and_both_label_formats(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"1": "yes", "2": {"final_decision": "no", "question": "?"}}))
    assert read_labels(tmp_path / "a.json") == {"1": "yes", "2": "no"}
    (tmp_path / "b.json").write_text(json.dumps({"1": "perhaps"}))
    with pytest.raises(ValueError, match="perhaps"):
        read_labels(tmp_path / "b.json")
    # gold yes, yes, no, maybe; all "yes": accuracy 2/4; F1 yes = 2*(2/4*1)/(2/4+1) = 2/3, no = maybe = 0
    result = classification(["yes", "yes", "no", "maybe"], ["yes"] * 4)
    assert result == {"accuracy": 0.5, "macro_f1": pytest.approx(round((2 / 3) / 3, 4))}


def test_scifact_claims_are_labelled_by_their_rationales(tmp_path):
    """A claim its rationales all support is "yes", all contradict "no"; one without evidence or with rationales
    both ways has no label."""
    claims = [
        {
            "id": 1,
            "claim": "Quillmorin shortens sleep latency.",
            "evidence": {"7": [{"sentences": [0], "label": "SUPPORT"}]},
        },
        {
            "id": 2,
            "claim": "Quillmorin lengthens sleep latency.",
            "evidence": {"7": [{"sentences": [0], "label": "CONTRADICT"}]},
        },
        {"id": 3, "claim": "Quillmorin cures snorvel rash.", "evidence": {}},
        {
            "id": 4,
            "claim": "Quillmorin helps chess players.",
            "evidence": {
                "7": [{"sentences": [1], "label": "SUPPORT"}],
                "8": [{"sentences": [2], "label": "CONTRADICT"}],
            },
        },
    ]
    path = tmp_path / "claims.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in claims))
    assert read_labels(path) == {"1": "yes", "2": "no"}


def test_percentiles():
    assert percentiles([1.0, 2.0, 3.0, 4.0, 5.0]) == {"p50": 3.0, "p95": 4.8, "p99": 4.96, "mean": 3.0}


def test_grounding_checks_claims_against_store_and_original_files(plain_index, settings, tmp_path, capsys):
    texts = original_texts(Manifest.load(plain_index))
    assert "Quillmorin shortened sleep latency" in texts["fict-001"] and "90000001" in texts  # JSONL and XML
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"_id": "q1", "text": "Does quillmorin help people fall asleep?"})
        + "\n"
        + json.dumps({"_id": "q2", "text": "Does ashwagandha improve chess ratings?"})
        + "\n"
    )
    qrels = tmp_path / "qrels.tsv"
    qrels.write_text("query-id\tcorpus-id\tscore\nq1\tfict-001\t2\nq1\tfict-002\t1\n")
    status = main_grounding(plain_index, questions, tmp_path / "g.json", settings, qrels)
    report = json.loads((tmp_path / "g.json").read_text())
    assert status == 0 and report["failures"] == []
    assert (report["answered"], report["abstained"]) == (1, 0)  # q2 has no qrels, so it is not asked
    assert report["claims"] == report["grounded"] > 0
    roles = report["claims_by_role"]
    assert report["takeaways_found_in_original_files"] == roles["takeaway"]
    assert roles["quick_answer"] == 1 and roles["verdict"] >= 1  # claims also hold the quote and the verdict
    assert sum(roles.values()) == report["claims"]
    assert 0 < report["citation_precision"] <= 1 and report["citation_recall"] == 0.5
    assert (tmp_path / "g.md").read_text().startswith("| questions")


def test_a_report_is_written_before_its_table_is_printed(tmp_path, monkeypatch):
    """Piped into a reader that stops early (``| head``), printing fails; the report must be on disk by then."""
    from eval.report import write_report

    def closed_pipe(*_args, **_kwargs):
        raise BrokenPipeError

    monkeypatch.setattr("builtins.print", closed_pipe)
    with pytest.raises(BrokenPipeError):
        write_report({"answered": 1}, tmp_path / "report.json", "| answered |")
    assert json.loads((tmp_path / "report.json").read_text()) == {"answered": 1}
    assert (tmp_path / "report.md").read_text() == "| answered |\n"


def test_the_verdict_bench_reads_the_findings_that_ask_reads(plain_index, settings):
    """`rag eval verdict` scores the product: with one takeaway allowed, only that source is cited, and the
    findings of the other quillmorin sources must not decide the scored verdict either."""
    from eval.verdict import gather
    from rag.pipeline import Pipeline

    pipeline = Pipeline.open(settings.model_copy(update={"max_takeaways": 1}), plain_index)
    questions = {"q1": "Does quillmorin help people fall asleep?", "q2": "Does quillmorin reduce insomnia?"}
    for case in gather(pipeline, questions, list(questions)):
        answer = pipeline.ask(questions[case.question_id])
        assert [s.candidate.sentence.sentence_id for s in case.items] == answer.verdict.deciding_sentence_ids
        assert case.verdict(pipeline.stance) == answer.verdict.label
        assert {t.source_id for t in answer.takeaways} == {s.candidate.sentence.source_id for s in case.items}


def test_the_verdict_report_lists_each_question_s_verdicts_and_findings():
    """Two runs of `rag eval verdict` can be compared question by question from their JSON reports."""
    import numpy as np

    from eval.verdict import Case, by_question
    from index.store import StoredSentence
    from rag.compose import Scored
    from rag.retrieve import Candidate

    sentence = StoredSentence(0, "src#3", "src", 3, "sentence", None, "Snorvel helped.", 0, 15)
    finding = Scored(Candidate(sentence, 0.0, 0.8, None, None), 0.8, True, True)
    cases = [
        Case("q1", "Does snorvel help?", [finding], np.zeros((1, 1)), np.ones(1), False),
        Case("q2", "Does glimmer help?", [], np.zeros((0, 1)), np.zeros(0), False),
    ]
    report = by_question(cases, ["yes", "no"], ["yes", "insufficient"], ["no", "insufficient"])
    assert report == {
        "q1": {"gold": "yes", "cross_validated": "yes", "shipped": "no", "deciding": ["src#3"]},
        "q2": {"gold": "no", "cross_validated": "insufficient", "shipped": "insufficient", "deciding": []},
    }
