"""The evidence-level benchmark: label files stay ids-only, the seeded draws are stable, accuracy holds.

The accuracy test reads ../shared/data at run time (skipped when it is missing); the thresholds sit a little
below the current numbers so that a change which breaks a design rule fails here, not silently.
"""

from __future__ import annotations

import csv

import pytest

from eval.bench_evidence import (
    DEFAULT_DATA,
    LABEL_SETS,
    Row,
    Sample,
    confusion,
    confusion_markdown,
    evaluate,
    level_accuracy,
    split_ids,
    type_agreement,
)
from index.evidence import STUDY_TYPES
from index.records import Section, SourceRecord


def _row(
    gold: int, level: int, gold_type: str = "other", study_type: str = "other", tuned: bool = True
) -> Row:
    return Row("x:1", "x", "s", tuned, gold, gold_type, level, study_type, "")


@pytest.mark.parametrize("label_set", LABEL_SETS, ids=lambda s: s.corpus)
def test_label_files_hold_ids_levels_and_types_only(label_set) -> None:
    with label_set.labels.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        rows = list(reader)
    assert reader.fieldnames == ["source_id", "level", "study_type"]
    ids = [row["source_id"] for row in rows]
    assert len(ids) == len(set(ids)) >= 60
    for row in rows:
        assert row["level"] in {"1", "2", "3", "4"}
        assert row["study_type"] in STUDY_TYPES
        assert " " not in row["source_id"] and len(row["source_id"]) < 20  # an id, never text


def test_at_least_180_sources_are_labelled() -> None:
    total = 0
    for label_set in LABEL_SETS:
        with label_set.labels.open(encoding="utf-8") as handle:
            total += sum(1 for line in handle if line.strip()) - 1
    assert total >= 180


def test_seeded_draws_are_stable_and_disjoint() -> None:
    records = [SourceRecord(id=f"c:{i:03d}", corpus="c", sections=[Section(text="t")]) for i in range(50)]
    samples = [Sample("a", 7, 10, tuned=True), Sample("b", 11, 10, tuned=False)]
    first = split_ids(records, samples)
    again = split_ids(records, samples)
    assert first == again
    a, b = first.values()
    assert len(a) == len(b) == 10 and not a & b


def test_confusion_rows_are_gold_and_columns_predicted() -> None:
    rows = [_row(1, 1), _row(1, 3), _row(4, 3), _row(4, 4, "animal study", "animal study")]
    assert confusion(rows) == [[1, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1]]
    table = confusion_markdown(rows).splitlines()
    assert table[0] == "| gold \\ predicted | 1 | 2 | 3 | 4 | n |"
    assert table[2] == "| **1** | 1 | 0 | 1 | 0 | 2 |"
    assert level_accuracy(rows) == 0.5
    assert type_agreement(rows) == 1.0


@pytest.mark.data
def test_accuracy_stays_above_the_regression_thresholds() -> None:
    if not all((DEFAULT_DATA / s.path).is_file() for s in LABEL_SETS):
        pytest.skip(f"shared datasets not found at {DEFAULT_DATA}")
    rows = evaluate()
    assert len(rows) >= 180
    assert level_accuracy(rows) >= 0.93
    assert level_accuracy([r for r in rows if not r.tuned]) >= 0.87
    for label_set in LABEL_SETS:
        assert level_accuracy([r for r in rows if r.corpus == label_set.corpus]) >= 0.90, label_set.corpus
    assert type_agreement(rows) >= 0.65
    assert {r.study_type for r in rows} <= STUDY_TYPES
