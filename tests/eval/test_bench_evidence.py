"""The evidence-level benchmark: label files stay ids-only, the seeded draws are stable, accuracy holds.

The accuracy test reads ../shared/data at run time (skipped when it is missing); the thresholds sit a little
below the current numbers so that a change which breaks a design rule fails here, not silently.
"""

from __future__ import annotations

import csv

import pytest

import eval.bench_evidence as bench
from eval.bench_evidence import (
    DEFAULT_DATA,
    LABEL_SETS,
    STRATUM_KEYWORDS,
    Row,
    Sample,
    confusion,
    confusion_markdown,
    evaluate,
    level_accuracy,
    load_labels,
    report,
    split_ids,
    type_agreement,
)
from index.evidence import STUDY_TYPES, classify_by_rules
from index.records import Section, SourceRecord


def _row(
    gold: int,
    level: int,
    gold_type: str = "other",
    study_type: str = "other",
    tuned: bool = True,
    stratum: bool = False,
) -> Row:
    return Row("x:1", "x", "s", tuned, gold, gold_type, level, study_type, "", stratum)


def _data_present() -> bool:
    return all((DEFAULT_DATA / s.path).is_file() for s in LABEL_SETS)


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


def test_at_least_2170_sources_are_labelled() -> None:
    total = 0
    for label_set in LABEL_SETS:
        with label_set.labels.open(encoding="utf-8") as handle:
            total += sum(1 for line in handle if line.strip()) - 1
    assert total >= 2170


def test_the_quoted_held_out_sample_is_random_drawn_last_and_marked_tuned_once_read() -> None:
    # Held-out-24 was scored once with the frozen round-23 rules (0.922, the number to quote; 0.922 with the learned
    # second opinion retrained on held-out-23's answers) and is not tuned. Held-out-23 was scored once with the
    # frozen round-22 rules (0.900; 0.922 with the second opinion) and tuned in round 24 (the round-23 rules).
    # Held-out-22 was scored once with the
    # frozen round-21 rules (0.844; 0.911 with the second opinion) and tuned in round 23 (the round-22 rules).
    # Held-out-21 was scored once with the
    # frozen round-19 rules (0.844; 0.889 with the second opinion) and tuned in round 22 (the round-21 rules).
    # Held-out-20 was scored once with the round-19 rules (0.911; 0.922 with the second opinion) and is not tuned:
    # no rule was written for its misses. Held-out-19 was scored once with the frozen round-18 rules (0.922) and
    # tuned in round 19. Held-out-18 was scored once with the round-17 classifier (0.900) and tuned in round 18.
    # Held-out-17 was scored once with the round-16 classifier
    # (0.878) and tuned in rounds 17 and 18. Held-out-16 was scored once with the round-15 classifier (0.900) and
    # tuned in round 16. Held-out-15 was scored once with the round-14 classifier (0.833) and tuned in round 15.
    # Held-out-14 was scored once with the round-13 classifier (0.933) and tuned in round 14 (its misses read after
    # a learned hybrid was tested and not shipped). Held-out-13 was tuned in round 13, held-out-12 in round 12,
    # held-out-11 in round 11, held-out-10 in rounds 10 and 11, held-out-9 in rounds 9 and 10, held-out-8 in rounds
    # 8, 10 and 11, held-out-7 in rounds 7 and 8, held-out-6 in rounds 6 and 7, held-out-5 in round 6, held-out-4
    # and stratum-4 in round 5.
    seeds = {"nfcorpus": 401, "pubmedqa": 409, "scifact": 419}
    seeds_23 = {"nfcorpus": 383, "pubmedqa": 389, "scifact": 397}
    seeds_22 = {"nfcorpus": 367, "pubmedqa": 373, "scifact": 379}
    seeds_21 = {"nfcorpus": 349, "pubmedqa": 353, "scifact": 359}
    seeds_20 = {"nfcorpus": 331, "pubmedqa": 337, "scifact": 347}
    for label_set in LABEL_SETS:
        samples = {s.name: s for s in label_set.samples}
        assert samples["held-out-24"].keywords is None and samples["held-out-24"].n == 30
        assert samples["held-out-24"].seed == seeds[label_set.corpus]
        assert not samples["held-out-24"].tuned
        assert samples["held-out-23"].keywords is None and samples["held-out-23"].n == 30
        assert samples["held-out-23"].seed == seeds_23[label_set.corpus]
        assert samples["held-out-23"].tuned
        assert samples["held-out-22"].keywords is None and samples["held-out-22"].n == 30
        assert samples["held-out-22"].seed == seeds_22[label_set.corpus]
        assert samples["held-out-22"].tuned
        assert samples["held-out-21"].keywords is None and samples["held-out-21"].n == 30
        assert samples["held-out-21"].seed == seeds_21[label_set.corpus]
        assert samples["held-out-21"].tuned
        assert samples["held-out-20"].keywords is None and samples["held-out-20"].n == 30
        assert samples["held-out-20"].seed == seeds_20[label_set.corpus]
        assert not samples["held-out-20"].tuned
        assert samples["held-out-19"].keywords is None and samples["held-out-19"].n == 30
        assert samples["held-out-19"].tuned
        assert samples["held-out-18"].keywords is None and samples["held-out-18"].n == 30
        assert samples["held-out-18"].tuned
        assert samples["held-out-17"].keywords is None and samples["held-out-17"].n == 30
        assert samples["held-out-17"].tuned
        assert samples["held-out-16"].keywords is None and samples["held-out-16"].n == 30
        assert samples["held-out-16"].tuned
        assert samples["held-out-15"].keywords is None and samples["held-out-15"].n == 30
        assert samples["held-out-15"].tuned
        assert samples["held-out-14"].keywords is None and samples["held-out-14"].n == 30
        assert samples["held-out-14"].tuned
        assert samples["held-out-13"].keywords is None and samples["held-out-13"].n == 30
        assert samples["held-out-13"].tuned and samples["held-out-12"].tuned
        assert samples["held-out-12"].keywords is None and samples["held-out-12"].n == 30
        assert samples["held-out-11"].tuned and samples["held-out-10"].tuned
        assert samples["held-out-11"].keywords is None and samples["held-out-11"].n == 30
        assert samples["held-out-10"].keywords is None and samples["held-out-10"].n == 30
        assert samples["held-out-9"].tuned
        assert samples["held-out-9"].keywords is None and samples["held-out-9"].n == 30
        assert samples["held-out-8"].tuned and samples["held-out-7"].tuned
        assert samples["held-out-6"].tuned and samples["held-out-5"].tuned
        # Drawn last, so that it excludes every source an earlier sample labelled.
        assert label_set.samples[-1].name == "held-out-24"
        assert label_set.samples[-2].name == "held-out-23"
        # Seeds are never reused across a corpus's draws.
        assert len({s.seed for s in label_set.samples}) == len(label_set.samples)
        assert samples["held-out-4"].tuned and samples["stratum-4"].tuned
        assert samples["stratum-4"].keywords == STRATUM_KEYWORDS


def test_seeded_draws_are_stable_and_disjoint() -> None:
    records = [SourceRecord(id=f"c:{i:03d}", corpus="c", sections=[Section(text="t")]) for i in range(50)]
    samples = [Sample("a", 7, 10, tuned=True), Sample("b", 11, 10, tuned=False)]
    first = split_ids(records, samples)
    again = split_ids(records, samples)
    assert first == again
    a, b = first.values()
    assert len(a) == len(b) == 10 and not a & b


def test_keyword_stratum_draws_only_matching_sources_after_the_earlier_samples() -> None:
    records = [
        SourceRecord(
            id=f"c:{i:03d}",
            corpus="c",
            title="Zinc for colds: a randomized trial" if i % 5 == 0 else "Zinc and colds",
            sections=[Section(text="t")],
        )
        for i in range(100)
    ]
    samples = [Sample("a", 7, 30, tuned=False), Sample("s", 11, 5, tuned=False, keywords=STRATUM_KEYWORDS)]
    drawn = split_ids(records, samples)
    assert split_ids(records, samples) == drawn
    assert len(drawn["s"]) == 5 and not drawn["s"] & drawn["a"]
    assert all(int(i.split(":")[1]) % 5 == 0 for i in drawn["s"])


def test_stratum_without_a_title_matches_the_abstract() -> None:
    sample = Sample("s", 1, 1, tuned=False, keywords=STRATUM_KEYWORDS)
    untitled = SourceRecord(id="q:1", corpus="q", sections=[Section(text="Patients were randomized.")])
    titled = SourceRecord(
        id="q:2", corpus="q", title="Zinc", sections=[Section(text="Patients were randomized.")]
    )
    assert sample.admits(untitled) and not sample.admits(titled)


def test_report_keeps_the_stratum_apart_from_the_random_held_out_rows() -> None:
    rows = [_row(3, 3, tuned=False), _row(1, 3, tuned=False, stratum=True), _row(2, 2)]
    text = report(rows)
    assert "| **all** | held-out (random) | 1 | 1.000 |" in text
    assert "| **all** | level-1/2 stratum | 1 | 0.000 |" in text
    assert "| **all** | tuned | 1 | 1.000 |" in text


def test_confusion_rows_are_gold_and_columns_predicted() -> None:
    rows = [_row(1, 1), _row(1, 3), _row(4, 3), _row(4, 4, "animal study", "animal study")]
    assert confusion(rows) == [[1, 0, 1, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 1, 1]]
    table = confusion_markdown(rows).splitlines()
    assert table[0] == "| gold \\ predicted | 1 | 2 | 3 | 4 | n |"
    assert table[2] == "| **1** | 1 | 0 | 1 | 0 | 2 |"
    assert level_accuracy(rows) == 0.5
    assert type_agreement(rows) == 1.0


@pytest.mark.data
def test_every_seeded_sample_is_fully_labelled() -> None:
    if not _data_present():
        pytest.skip(f"shared datasets not found at {DEFAULT_DATA}")
    rows = evaluate()
    for label_set in LABEL_SETS:
        for sample in label_set.samples:
            labelled = [r for r in rows if r.corpus == label_set.corpus and r.sample == sample.name]
            assert len(labelled) == sample.n, (label_set.corpus, sample.name)
        assert len(load_labels(label_set.labels)) == sum(s.n for s in label_set.samples)


@pytest.mark.data
def test_accuracy_stays_above_the_regression_thresholds() -> None:
    # Set a little below the numbers measured after the round-23 rules, held-out-24 added: all 2172 0.9636 (2093),
    # tuned 0.969 (1891 of 1952), held-out-24 0.922 and held-out-20 0.911 (each scored once and not tuned),
    # held-out-23 0.956 (0.900 when scored once), held-out-22 0.911 (0.844 when scored once), held-out-21 0.922 (0.844 when scored once), held-out-19 0.978 (0.922 when scored once, before its misses
    # were read), held-out-18 0.944 (0.900 when scored once), held-out-17 0.956 (0.878 when scored once),
    # held-out-16 0.989 (0.900 when scored once), held-out-15 0.967 (0.833 when scored once), held-out-14 0.967
    # (0.933 when scored once), held-out-13 0.956 (0.867 when scored once), held-out-12 0.967, held-out-11 0.989,
    # held-out-10 1.000, held-out-9 0.978, held-out-8 0.944, held-out-7 0.978, held-out-6 1.000, held-out-5 0.967,
    # untuned random held-out (held-out-1, -20 and -24) 0.918 (202 of 220), stratum 1.000, per corpus 0.954 / 0.974
    # / 0.964, study type 0.724. Two more misses over all rows (0.9627), two more on the tuned rows (0.9678),
    # held-out-24 (0.911), held-out-23 (0.944), held-out-22 (0.900), held-out-21 (0.911), held-out-20 (0.900), -19 (0.967), -18 (0.933), -17
    # (0.944), -16 (0.978), -15 (0.956), -14 (0.956), -13 (0.944), -12 (0.956), -11 (0.978), -10 (0.989), -9
    # (0.967), -8 (0.933), -7 (0.967), -6 (0.989), -5 (0.956) or the untuned random rows (0.914) fails here.
    if not _data_present():
        pytest.skip(f"shared datasets not found at {DEFAULT_DATA}")
    rows = evaluate()
    assert len(rows) >= 2170
    assert level_accuracy(rows) >= 0.963
    assert level_accuracy([r for r in rows if r.tuned]) >= 0.968
    assert level_accuracy([r for r in rows if r.sample == "held-out-24"]) >= 0.92
    assert level_accuracy([r for r in rows if r.sample == "held-out-23"]) >= 0.95
    assert level_accuracy([r for r in rows if r.sample == "held-out-22"]) >= 0.91
    assert level_accuracy([r for r in rows if r.sample == "held-out-21"]) >= 0.92
    assert level_accuracy([r for r in rows if r.sample == "held-out-20"]) >= 0.91
    assert level_accuracy([r for r in rows if r.sample == "held-out-19"]) >= 0.97
    assert level_accuracy([r for r in rows if r.sample == "held-out-18"]) >= 0.94
    assert level_accuracy([r for r in rows if r.sample == "held-out-17"]) >= 0.95
    assert level_accuracy([r for r in rows if r.sample == "held-out-16"]) >= 0.985
    assert level_accuracy([r for r in rows if r.sample == "held-out-15"]) >= 0.96
    assert level_accuracy([r for r in rows if r.sample == "held-out-14"]) >= 0.96
    assert level_accuracy([r for r in rows if r.sample == "held-out-13"]) >= 0.95
    assert level_accuracy([r for r in rows if r.sample == "held-out-12"]) >= 0.96
    assert level_accuracy([r for r in rows if r.sample == "held-out-11"]) >= 0.985
    assert level_accuracy([r for r in rows if r.sample == "held-out-10"]) >= 0.995
    assert level_accuracy([r for r in rows if r.sample == "held-out-9"]) >= 0.97
    assert level_accuracy([r for r in rows if r.sample == "held-out-8"]) >= 0.94
    assert level_accuracy([r for r in rows if r.sample == "held-out-7"]) >= 0.97
    assert level_accuracy([r for r in rows if r.sample == "held-out-6"]) >= 0.995
    assert level_accuracy([r for r in rows if r.sample == "held-out-5"]) >= 0.96
    assert level_accuracy([r for r in rows if not r.tuned and not r.stratum]) >= 0.915
    assert level_accuracy([r for r in rows if r.stratum]) >= 0.95
    for label_set in LABEL_SETS:
        assert level_accuracy([r for r in rows if r.corpus == label_set.corpus]) >= 0.95, label_set.corpus
    assert type_agreement(rows) >= 0.723
    assert {r.study_type for r in rows} <= STUDY_TYPES


@pytest.mark.data
def test_mesh_headings_improve_pubmedqa_study_types(monkeypatch: pytest.MonkeyPatch) -> None:
    # PubMedQA is the one corpus with MeSH: over its 696 labels, type agreement 0.611 without the headings,
    # 0.678 with them (level accuracy 0.973 without, 0.974 with).
    if not _data_present():
        pytest.skip(f"shared datasets not found at {DEFAULT_DATA}")
    rows = evaluate(corpora=["pubmedqa"])
    assert type_agreement(rows) >= 0.675
    assert level_accuracy(rows) >= 0.97
    monkeypatch.setattr(
        bench,
        "classify_by_rules",
        lambda types, title, abstract, mesh=(): classify_by_rules(types, title, abstract),
    )
    without = evaluate(corpora=["pubmedqa"])
    assert type_agreement(rows) > type_agreement(without) + 0.03
    assert level_accuracy(rows) >= level_accuracy(without)
