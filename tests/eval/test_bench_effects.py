"""The effect-size benchmark on the real labelled sentences, read from ../shared/data at run time.

A regression guard: held-out and blind precision / recall must stay at what was measured when the extractor
was last changed (see the numbers in ``MEASURED``), minus one extra error per row or 0.05, whichever is more.
"""

import json
import os
from pathlib import Path

import pytest

from eval.bench_effects import (
    DEFAULT_LABELS,
    MEASURES,
    load_labels,
    load_sentences,
    score,
    split_of,
)
from rag.effects import extract_effects

DATA = Path(os.environ.get("RAG_DATA_DIR", Path(__file__).resolve().parents[3] / "shared" / "data"))

# (precision, recall) per split and row, from `python -m eval.bench_effects` (see the module docstring there)
MEASURED = {
    "heldout": {
        "MD": (1.0, 0.8),
        "WMD": (1.0, 1.0),
        "SMD": (1.0, 1.0),
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 0.991),
        "P values": (1.0, 1.0),
    },
    "blind": {
        "MD": (1.0, 0.917),
        "OR": (1.0, 0.867),
        "RR": (1.0, 1.0),
        "HR": (1.0, 0.9),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 0.75),
        "percent_change": (0.923, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (0.85, 1.0),
        "all": (0.963, 0.945),
        "P values": (1.0, 1.0),
    },
}


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return load_labels(DEFAULT_LABELS)


@pytest.fixture(scope="module")
def texts(labels) -> dict[str, str]:
    if not (DATA / "scifact" / "original" / "corpus.jsonl").is_file():
        pytest.skip(f"shared datasets not found at {DATA}")
    return load_sentences(DATA, labels)  # raises if any sentence changed (sha1)


def test_label_file_holds_locators_and_expected_values_only(labels):
    allowed = {"id", "source", "doc_id", "sentence", "start", "end", "sha1", "split", "effects"}
    effect_keys = {"measure", "value", "ci_level", "ci_lower", "ci_upper", "p_relation", "p_value"}
    for row in labels:
        assert set(row) <= allowed, row["id"]
        assert all(set(e) <= effect_keys for e in row["effects"]), row["id"]
        assert all(isinstance(v, str) and len(v) < 40 for k, v in row.items() if isinstance(v, str)), row[
            "id"
        ]
    assert len({row["id"] for row in labels}) == len(labels)
    positives = [r for r in labels if r["effects"]]
    assert len(positives) >= 150 and len(labels) - len(positives) >= 60
    found = {e["measure"] for r in labels for e in r["effects"]}
    assert set(MEASURES) | {None} <= found
    assert {split_of(r["id"], r.get("split")) for r in labels} == {"tuning", "heldout", "blind"}


def test_seed_sentences_give_exactly_their_four_effects(texts):
    seed = json.loads((DATA / "seed" / "sources.jsonl").read_text(encoding="utf-8").splitlines()[0])
    found = [extract_effects(sentence) for sentence in seed["abstract"]]
    flat = [(e.measure, e.value, e.ci_level, e.ci_lower, e.ci_upper) for effects in found for e in effects]
    assert flat == [
        ("MD", 1.86, 95, 1.17, 2.56),
        ("MD", 1.49, 95, 0.98, 2.0),
        ("WMD", -1.54, 95, -2.44, -0.64),
        ("MD", -0.83, 95, -1.21, -0.46),
    ]
    assert not any(e.p_value for effects in found for e in effects)


@pytest.mark.parametrize("split", sorted(MEASURED))
def test_scores_stay_at_the_measured_level(labels, texts, split):
    result = score(labels, texts)
    for row, (precision, recall) in MEASURED[split].items():
        counts = result.counts[split][row]
        if counts.pred:
            assert counts.precision >= precision - max(0.05, 1 / counts.pred) - 1e-9, (split, row, counts)
        if counts.gold:
            assert counts.recall >= recall - max(0.05, 1 / counts.gold) - 1e-9, (split, row, counts)
