"""Accuracy of the evidence-level classifier against hand labels on an NFCorpus sample.

The labels (``eval/labels/evidence_levels_nfcorpus.tsv``) hold ids and levels only; titles and abstracts are
read from the shared, read-only corpus at run time so that no dataset text lives in the repository.

Two samples, both drawn from the corpus sorted by ``_id``:

* tuning: ``random.Random(7).sample(docs, 60)``. Labelled before the classifier was written, but the
  regexes were then written and adjusted while reading these abstracts, so its score is optimistic.
* held-out: ``random.Random(11).sample(rest, 40)`` over the documents not in the tuning sample. Labelled
  after the classifier was frozen and scored once; this is the number to quote.

The split is recomputed from the seeds here rather than stored. NFCorpus carries no publication types, so
this measures the title/abstract path only.

Run: ``python -m eval.bench_evidence [--corpus PATH] [--labels PATH] [--verbose]``
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from index.evidence import classify_evidence

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path("/work/shared/data/nfcorpus/corpus.jsonl")
DEFAULT_LABELS = _ROOT / "eval" / "labels" / "evidence_levels_nfcorpus.tsv"
LEVELS = [1, 2, 3, 4]
TUNING_SEED, TUNING_N = 7, 60
HELDOUT_SEED, HELDOUT_N = 11, 40


def load_labels(path: Path) -> dict[str, tuple[int, str]]:
    """source_id -> (level, study_type)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["source_id"]: (int(row["level"]), row["study_type"]) for row in rows}


def load_corpus(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return sorted((json.loads(line) for line in handle if line.strip()), key=lambda doc: doc["_id"])


def split_ids(docs: Sequence[dict[str, str]]) -> dict[str, set[str]]:
    """Re-draw the two samples exactly as they were drawn for labelling."""
    tuning = {doc["_id"] for doc in random.Random(TUNING_SEED).sample(list(docs), TUNING_N)}
    rest = [doc for doc in docs if doc["_id"] not in tuning]
    heldout = {doc["_id"] for doc in random.Random(HELDOUT_SEED).sample(rest, HELDOUT_N)}
    return {"tuning": tuning, "held-out": heldout}


def confusion(gold: list[int], pred: list[int]) -> list[list[int]]:
    """Rows are gold levels, columns predicted; scikit-learn when available, plain counting otherwise."""
    try:
        from sklearn.metrics import confusion_matrix
    except ImportError:
        counts = Counter(zip(gold, pred, strict=True))
        return [[counts[(g, p)] for p in LEVELS] for g in LEVELS]
    return confusion_matrix(gold, pred, labels=LEVELS).tolist()


def report(name: str, rows: list[tuple[str, int, str, int, str, str]], verbose: bool) -> None:
    """rows: (source_id, gold level, gold type, predicted level, predicted type, title)."""
    n = len(rows)
    if not n:
        return
    gold = [r[1] for r in rows]
    pred = [r[3] for r in rows]
    level_acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / n
    type_acc = sum(r[2] == r[4] for r in rows) / n
    print(f"\n[{name}] n={n}  level accuracy={level_acc:.3f}  study_type accuracy={type_acc:.3f}")
    print("  confusion (rows gold level, columns predicted level):")
    print("          " + "".join(f"{p:>5}" for p in LEVELS))
    for level, counts in zip(LEVELS, confusion(gold, pred), strict=True):
        print(f"    gold {level}" + "".join(f"{c:>5}" for c in counts))
    for source_id, g, g_type, p, p_type, title in rows:
        if g != p:
            suffix = f"  | {title[:80]}" if verbose else ""
            print(f"    miss {source_id}: gold {g} {g_type!r} -> {p} {p_type!r}{suffix}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Evidence-level classifier vs hand labels (NFCorpus).")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--verbose", action="store_true", help="also print titles of the misclassified")
    args = parser.parse_args(argv)

    labels = load_labels(args.labels)
    docs = load_corpus(args.corpus)
    by_id = {doc["_id"]: doc for doc in docs}
    missing = set(labels) - by_id.keys()
    if missing:
        raise SystemExit(f"{len(missing)} labelled ids not in corpus, e.g. {sorted(missing)[:3]}")

    rows: dict[str, tuple[str, int, str, int, str, str]] = {}
    for source_id, (level, study_type) in labels.items():
        doc = by_id[source_id]
        result = classify_evidence([], doc.get("title", ""), doc.get("text", ""))
        title = doc.get("title", "")
        rows[source_id] = (source_id, level, study_type, result.level, result.study_type, title)

    splits = split_ids(docs)
    for name, ids in splits.items():
        report(name, [rows[i] for i in sorted(ids & rows.keys())], args.verbose)
    other = sorted(rows.keys() - set().union(*splits.values()))
    report("other labelled", [rows[i] for i in other], args.verbose)
    report("all", [rows[i] for i in sorted(rows)], verbose=False)


if __name__ == "__main__":
    main()
