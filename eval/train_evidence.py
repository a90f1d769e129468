"""Train the learned second opinion on evidence levels (``index/evidence/learned.py``) and measure it honestly.

Inputs: the hand labels (``eval/labels/evidence_levels_*.tsv``), titles and abstracts read from the shared
datasets at run time, and the rules' answers *as scored once* on each fresh sample
(``eval/labels/evidence_scored_once.tsv``: ids, levels and types only). Each fresh sample was classified by the
rules frozen before anyone read it; those answers cannot be recomputed from the current rules, which were since
tuned on that sample's misses, so they are kept. Output: the weights only (``index/evidence/model.npz``).

* the text model is trained on every labelled source;
* the meta model on the sources with a scored-once answer, with out-of-sample text probabilities (each sample's
  sources predicted by a text model trained without that sample).

``--prequential`` measures it as it would have been used: for each fresh sample from held-out-14 on (its settings
were chosen in round 14 on held-out-5 to -13), a model trained only on the samples drawn before it, applied on top
of the rules that scored that sample once, against those rules. Deterministic (feature hashing, liblinear with a
fixed seed, L-BFGS): the same labels give the same bytes.

Run: ``python -m eval.train_evidence [--out PATH] [--prequential]``
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import dataclass
from math import comb
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from threadpoolctl import threadpool_limits

from eval.bench_evidence import (
    DEFAULT_DATA,
    LABEL_SETS,
    LABELS_DIR,
    Row,
    abstract_text,
    confusion_markdown,
    labelled_sources,
)
from index.evidence import STUDY_TYPES, EvidenceLevel
from index.evidence.learned import (
    LEVELS,
    MODEL_PATH,
    SecondOpinion,
    hashed_counts,
    meta_features,
    text_proba,
    tfidf,
)

SCORED_ONCE = LABELS_DIR / "evidence_scored_once.tsv"
TEXT_C = 100.0
META_C = 1.0
FIRST_PREQUENTIAL = 14  # held-out-5 to -13 chose the settings above (round 14)


@dataclass(frozen=True)
class Labelled:
    source_id: str
    sample: str
    level: int
    title: str
    abstract: str


def labelled(data_dir: Path = DEFAULT_DATA) -> list[Labelled]:
    """Every labelled source with its sample, in label-file order."""
    return [
        Labelled(record.id, sample.name, level, record.title or "", abstract_text(record))
        for label_set in LABEL_SETS
        for record, sample, level, _type in labelled_sources(label_set, data_dir)
    ]


def sample_order() -> dict[str, int]:
    """Samples in the order they were drawn (the same names are drawn in the same round in every corpus)."""
    names = [s.name for label_set in LABEL_SETS for s in label_set.samples]
    return {name: i for i, name in enumerate(dict.fromkeys(sorted(names, key=_round)))}


def _round(name: str) -> tuple[int, int]:
    """held-out-N and round-N sort by N; the first round's tuning-1 and held-out-1 come first."""
    number = int(name.rsplit("-", 1)[-1])
    return number, 0 if name.startswith(("tuning", "round", "held-out")) else 1


def scored_once(path: Path = SCORED_ONCE) -> dict[str, tuple[int, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return {
            r["source_id"]: (int(r["level"]), r["study_type"]) for r in csv.DictReader(handle, delimiter="\t")
        }


def fit_text(counts, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    idf = TfidfTransformer(sublinear_tf=True).fit(counts).idf_
    model = OneVsRestClassifier(
        LogisticRegression(C=TEXT_C, solver="liblinear", max_iter=1000, random_state=0)
    )
    model.fit(tfidf(counts, idf), levels)
    if list(model.classes_) != list(LEVELS):
        raise ValueError(f"training labels must hold every level of {LEVELS}")
    coef = np.vstack([e.coef_ for e in model.estimators_])
    return idf, coef, np.asarray([e.intercept_[0] for e in model.estimators_])


def training_rows(rows: list[Labelled], once: dict[str, tuple[int, str]]) -> list[Labelled]:
    """The labelled sources of every sample drawn up to the latest one with scored-once answers: a sample labelled
    after it joins once its own answers are recorded, so that the shipped model is the one these files rebuild."""
    order = sample_order()
    latest = max(order[r.sample] for r in rows if r.source_id in once)
    return [r for r in rows if order[r.sample] <= latest]


def train(rows: list[Labelled], once: dict[str, tuple[int, str]]) -> SecondOpinion:
    """Text model on every row, meta model on the rows with scored-once answers (one BLAS thread: with two, L-BFGS
    differs in the last bits and the weights would not rebuild byte for byte)."""
    with threadpool_limits(limits=1):
        return _train(rows, once)


def _train(rows: list[Labelled], once: dict[str, tuple[int, str]]) -> SecondOpinion:
    counts = hashed_counts([(r.title, r.abstract) for r in rows])
    gold = np.asarray([r.level for r in rows])
    samples = np.asarray([r.sample for r in rows])
    meta_rows = np.asarray([i for i, r in enumerate(rows) if r.source_id in once])
    out_of_sample = np.zeros((len(meta_rows), len(LEVELS)))
    for sample in sorted(set(samples[meta_rows])):
        inside = samples[meta_rows] == sample
        idf, coef, intercept = fit_text(counts[samples != sample], gold[samples != sample])
        out_of_sample[inside] = text_proba(counts[meta_rows[inside]], idf, coef, intercept)
    idf, coef, intercept = fit_text(counts, gold)
    types = sorted(STUDY_TYPES)
    answers = [once[rows[i].source_id] for i in meta_rows]
    features = meta_features([a[0] for a in answers], [a[1] for a in answers], out_of_sample, types)
    meta = LogisticRegression(C=META_C, max_iter=5000).fit(features, gold[meta_rows])
    return SecondOpinion(idf, coef, intercept, meta.coef_, meta.intercept_, tuple(types))


def prequential(rows: list[Labelled], once: dict[str, tuple[int, str]]) -> str:
    """Each fresh sample from held-out-14 on, by a model trained on the samples drawn before it."""
    order = sample_order()
    lines = ["| sample | rules as scored once | with the second opinion | gains | losses |", "|---" * 5 + "|"]
    total = {"rules": 0, "learned": 0, "gains": 0, "losses": 0, "n": 0}
    graded: list[Row] = []
    fresh = sorted({r.sample for r in rows if r.source_id in once}, key=order.__getitem__)
    for sample in [s for s in fresh if _round(s)[0] >= FIRST_PREQUENTIAL]:
        model = train([r for r in rows if order[r.sample] < order[sample]], once)
        test = [r for r in rows if r.sample == sample]
        rules = [EvidenceLevel(*once[r.source_id], "text") for r in test]
        learned = [model.regrade(r.title, r.abstract, g) for r, g in zip(test, rules, strict=True)]
        graded += [
            Row(
                r.source_id,
                r.source_id.split(":")[0],
                sample,
                False,
                r.level,
                "",
                g.level,
                g.study_type,
                r.title,
            )
            for r, g in zip(test, learned, strict=True)
        ]
        right_rules = [g.level == r.level for r, g in zip(test, rules, strict=True)]
        right = [g.level == r.level for r, g in zip(test, learned, strict=True)]
        gains = sum(b and not a for a, b in zip(right_rules, right, strict=True))
        losses = sum(a and not b for a, b in zip(right_rules, right, strict=True))
        lines.append(
            f"| {sample} | {sum(right_rules)}/{len(test)} | {sum(right)}/{len(test)} | {gains} | {losses} |"
        )
        for key, value in zip(total, (sum(right_rules), sum(right), gains, losses, len(test)), strict=True):
            total[key] += value
    changed = total["gains"] + total["losses"]
    p = sum(comb(changed, k) for k in range(total["gains"], changed + 1)) / 2**changed if changed else 1.0
    n = total["n"]
    lines.append(
        f"| **pooled** | {total['rules']}/{n} ({total['rules'] / n:.3f}) | {total['learned']}/{n} "
        f"({total['learned'] / n:.3f}) | {total['gains']} | {total['losses']} |"
    )
    return "\n".join(
        [
            *lines,
            "",
            f"One-sided sign test, gains against losses: p = {p:.4f}",
            "",
            "With the second opinion, pooled (rows gold level, columns predicted):",
            "",
            confusion_markdown(graded),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared datasets folder")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--prequential", action="store_true", help="measure instead of writing the model")
    args = parser.parse_args(argv)
    rows, once = labelled(args.data), scored_once()
    if args.prequential:
        print(prequential(rows, once))
        return 0
    train(training_rows(rows, once), once).save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
