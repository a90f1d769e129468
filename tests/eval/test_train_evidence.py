"""``eval.train_evidence``: the shipped second opinion is what the script trains from the committed labels, and the
prequential measure replays the rules as they were scored once."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eval.bench_evidence import DEFAULT_DATA, LABEL_SETS
from eval.train_evidence import (
    SCORED_ONCE,
    labelled,
    prequential,
    sample_order,
    scored_once,
    train,
    training_rows,
)
from index.evidence import STUDY_TYPES
from index.evidence.learned import MODEL_PATH

needs_data = pytest.mark.skipif(
    not all((DEFAULT_DATA / s.path).is_file() for s in LABEL_SETS),
    reason=f"shared datasets not found at {DEFAULT_DATA}",
)


def test_samples_are_ordered_as_they_were_drawn() -> None:
    order = sorted(sample_order(), key=sample_order().__getitem__)
    assert order[:8] == [
        "tuning-1",
        "held-out-1",
        "round-2",
        "held-out-3",
        "held-out-4",
        "stratum-4",
        "held-out-5",
        "held-out-6",
    ]
    assert order.index("held-out-10") > order.index("held-out-9")


def test_the_scored_once_file_holds_ids_levels_and_types_only() -> None:
    with SCORED_ONCE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert set(rows[0]) == {"source_id", "sample", "level", "study_type", "rules"}
    assert {r["study_type"] for r in rows} <= STUDY_TYPES
    assert all(len(r["rules"]) < 60 for r in rows)
    assert len(scored_once()) == len(rows)  # one answer per source


@pytest.mark.data
@needs_data
def test_training_reproduces_the_shipped_model_byte_for_byte(tmp_path: Path) -> None:
    once = scored_once()
    out = tmp_path / "model.npz"
    train(training_rows(labelled(), once), once).save(out)
    assert out.read_bytes() == MODEL_PATH.read_bytes()


@pytest.mark.data
@needs_data
def test_prequential_replays_the_rules_as_scored_once() -> None:
    table = prequential(labelled(), scored_once())
    # What eval/evidence_samples.py records for each sample, scored once by the rules frozen before it.
    scored = {
        "held-out-14": 84,
        "held-out-15": 75,
        "held-out-16": 81,
        "held-out-17": 79,
        "held-out-18": 81,
        "held-out-19": 83,
        "held-out-20": 82,
        "held-out-21": 76,
        "held-out-22": 76,
        "held-out-23": 81,
        "held-out-24": 83,
    }
    for sample, right in scored.items():
        assert f"| {sample} | {right}/90 |" in table
