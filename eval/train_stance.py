"""Train the stance model (``rag/stance.py``) from PubMedQA dev labels and SciFact train rationales.

Training pairs are (question, sentence, label):

* PubMedQA: the question with the lead sentence of its abstract's conclusions, labelled with the question's
  yes / no / maybe. The lead sentence states the answer; the sentences after it ("Further studies are needed",
  a limitation, a side finding) often do not, and training on all of them at a shared weight lowered the
  cross-validated verdict (0.590 vs 0.586 at a quarter weight vs 0.572 at equal weight, with the verdict's lead
  weight at 1);
* SciFact: each claim with each of its rationale sentences, SUPPORT as yes and CONTRADICT as no.

Sentences are split and labelled with sections exactly as the index does. Embeddings are cached under
``.cache/stance``. Only the learned weights are written (``rag/data/stance.npz``), never text.

Run: ``python -m eval.train_stance`` (defaults read ``../shared/data``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from eval.data import SCIFACT_LABELS, read_labels, read_queries
from index.build import split_record
from index.embedding import load_embedder
from index.readers import read_path
from index.records import BadRecord
from rag.config import Settings
from rag.stance import CLASSES, MODEL_PATH, StanceModel, features
from rag.verdict import CONCLUSIONS

DEFAULT_C = 0.3
# SciFact claims are statements, not questions: at full weight they lowered PubMedQA accuracy (0.676 -> 0.644).
SCIFACT_WEIGHT = 0.1


@dataclass(frozen=True)
class Pair:
    question: str
    sentence: str
    label: str  # one of CLASSES
    group: str  # the question's id: pairs of one question stay in one fold
    weight: float


def pubmedqa_pairs(corpus: Path, questions: dict[str, str], labels: dict[str, str]) -> list[Pair]:
    """Each labelled question with the lead sentence of its abstract's conclusions (of the last two sentences
    if no section is labelled so)."""
    pairs: list[Pair] = []
    for record in read_path(corpus):
        if isinstance(record, BadRecord):
            continue
        local_id = record.id.split(":", 1)[-1]
        if local_id not in labels or local_id not in questions:
            continue
        text, spans = split_record(record, Settings().splitter)
        conclusions = [(s, e) for label, s, e in spans if label and CONCLUSIONS.search(label)] or [
            (s, e) for _, s, e in spans[-2:]
        ]
        if conclusions:
            start, end = conclusions[0]
            pairs.append(Pair(questions[local_id], text[start:end], labels[local_id], local_id, 1.0))
    return pairs


def scifact_pairs(claims: Path, corpus: Path) -> list[Pair]:
    """Each SciFact claim with each rationale sentence, SUPPORT as yes and CONTRADICT as no."""
    abstracts: dict[str, list[str]] = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                doc = json.loads(line)
                abstracts[str(doc["doc_id"])] = doc["abstract"]
    pairs: list[Pair] = []
    with claims.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            claim = json.loads(line)
            for doc_id, evidence in claim["evidence"].items():
                for rationale in evidence:
                    label = SCIFACT_LABELS[rationale["label"]]
                    for index in rationale["sentences"]:
                        sentence = abstracts[str(doc_id)][index].strip()
                        pairs.append(Pair(claim["claim"], sentence, label, f"scifact:{claim['id']}", 1.0))
    return pairs


def embed(texts: Sequence[str], settings: Settings) -> np.ndarray:
    """Embeddings of ``texts``, cached by content under ``cache_dir/stance``."""
    unique = list(dict.fromkeys(texts))
    digest = hashlib.sha256(("\x00".join([settings.model, *unique])).encode()).hexdigest()[:16]
    path = settings.cache_dir / "stance" / f"{digest}.npy"
    if path.exists():
        vectors = np.load(path)
    else:
        vectors = load_embedder(settings.model).encode(unique, batch_size=64, show_progress=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
    row = {t: i for i, t in enumerate(unique)}
    return vectors[[row[t] for t in texts]]


def feature_matrix(pairs: Sequence[Pair], settings: Settings) -> np.ndarray:
    questions = embed([p.question for p in pairs], settings)
    sentences = embed([p.sentence for p in pairs], settings)
    similarities = np.einsum("ij,ij->i", questions, sentences)
    return np.stack(
        [features(p.question, p.sentence, sim) for p, sim in zip(pairs, similarities, strict=True)]
    )


def fit(rows: np.ndarray, pairs: Sequence[Pair], c: float = DEFAULT_C) -> StanceModel:
    scaler = StandardScaler().fit(rows)
    weights = np.asarray([p.weight for p in pairs])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(scaler.transform(rows), [p.label for p in pairs], sample_weight=weights)
    order = [list(model.classes_).index(label) for label in CLASSES if label in model.classes_]
    if len(order) != len(CLASSES):
        raise ValueError(f"training data must hold every class of {CLASSES}")
    return StanceModel(
        coef=model.coef_[order],
        intercept=model.intercept_[order],
        mean=scaler.mean_,
        scale=np.where(scaler.scale_ > 0, scaler.scale_, 1.0),
    )


def conclusion_verdicts(model: StanceModel, rows: np.ndarray, pairs: Sequence[Pair]) -> dict[str, str]:
    """Per question: the weighted mean of its sentences' stance probabilities, decided by the largest."""
    probabilities = model.predict_proba(rows)
    totals: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(len(CLASSES)))
    for pair, p in zip(pairs, probabilities, strict=True):
        totals[pair.group] += pair.weight * p
    return {group: CLASSES[int(np.argmax(total))] for group, total in totals.items()}


def cross_validate(pairs: list[Pair], rows: np.ndarray, folds: int = 5, c: float = DEFAULT_C) -> float:
    """Accuracy on PubMedQA questions with their own conclusions given (the ceiling for the pipeline's verdict),
    each fold trained on the other folds plus all of SciFact."""
    groups = np.asarray([p.group for p in pairs])
    pubmedqa = np.flatnonzero(~np.char.startswith(groups.astype(str), "scifact:"))
    scifact = np.flatnonzero(np.char.startswith(groups.astype(str), "scifact:"))
    gold = {pairs[i].group: pairs[i].label for i in pubmedqa}
    hits = 0
    for train, test in GroupKFold(folds).split(pubmedqa, groups=groups[pubmedqa]):
        use = np.concatenate([pubmedqa[train], scifact])
        model = fit(rows[use], [pairs[i] for i in use], c)
        predicted = conclusion_verdicts(model, rows[pubmedqa[test]], [pairs[i] for i in pubmedqa[test]])
        hits += sum(gold[g] == v for g, v in predicted.items())
    return hits / len(gold)


def training_pairs(pubmedqa_dir: Path, scifact_dir: Path, ids: set[str] | None = None) -> list[Pair]:
    labels = read_labels(pubmedqa_dir / "dev_labels.json")
    if ids is not None:
        labels = {k: v for k, v in labels.items() if k in ids}
    questions = read_queries(pubmedqa_dir / "questions.jsonl", ids=set(labels))
    pairs = pubmedqa_pairs(pubmedqa_dir / "corpus.jsonl", questions, labels)
    weighted = [
        Pair(p.question, p.sentence, p.label, p.group, SCIFACT_WEIGHT)
        for p in scifact_pairs(
            scifact_dir / "original" / "claims_train.jsonl", scifact_dir / "original" / "corpus.jsonl"
        )
    ]
    return pairs + weighted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pubmedqa", type=Path, help="PubMedQA folder (default: <data_dir>/pubmedqa)")
    parser.add_argument("--scifact", type=Path, help="SciFact folder (default: <data_dir>/scifact)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c", type=float, default=DEFAULT_C, help="inverse regularisation strength")
    parser.add_argument("--no-cv", action="store_true", help="skip the cross-validated accuracy")
    args = parser.parse_args(argv)
    settings = Settings()
    pairs = training_pairs(
        args.pubmedqa or settings.data_dir / "pubmedqa", args.scifact or settings.data_dir / "scifact"
    )
    rows = feature_matrix(pairs, settings)
    print(f"{len(pairs)} pairs, {rows.shape[1]} features")
    if not args.no_cv:
        print(
            f"5-fold accuracy with the question's own conclusions: {cross_validate(pairs, rows, c=args.c):.4f}"
        )
    model = fit(rows, pairs, args.c)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
