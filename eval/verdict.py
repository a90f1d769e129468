"""`rag eval verdict`: PubMedQA question-only accuracy and macro-F1 of our yes / no / maybe verdict.

The pipeline does not produce a verdict yet (the issue "Answers that judge the evidence" adds one), so this
reports it as missing rather than inventing one, beside the majority-class baseline; it also reports whether the
answer cites the question's own abstract, which the verdict will depend on.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score
from tqdm import tqdm

from eval.data import read_queries
from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline

LABELS = ("yes", "no", "maybe")


def read_labels(path: Path) -> dict[str, str]:
    """``{id: "yes"}`` or ``{id: {"final_decision": "yes", ...}}``."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    labels = {str(k): (v["final_decision"] if isinstance(v, dict) else v) for k, v in raw.items()}
    unknown = {v for v in labels.values()} - set(LABELS)
    if unknown:
        raise ValueError(f"{path}: labels must be one of {LABELS}, found {sorted(unknown)}")
    return labels


def classification(gold: list[str], predicted: list[str]) -> dict[str, float]:
    return {
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "macro_f1": round(
            float(f1_score(gold, predicted, labels=list(LABELS), average="macro", zero_division=0)), 4
        ),
    }


def main_verdict(
    index_dir: Path,
    questions_path: Path,
    labels_path: Path,
    json_path: Path | None,
    settings: Settings,
    limit: int | None = None,
) -> int:
    labels = read_labels(labels_path)
    questions = read_queries(questions_path, ids=set(labels))
    ids = list(questions)[:limit]
    if not ids:
        raise ValueError(f"no question in {questions_path} has a label in {labels_path}")
    gold = [labels[q] for q in ids]
    majority = Counter(gold).most_common(1)[0][0]
    pipeline = Pipeline.open(settings, index_dir)
    answered = own_abstract_cited = 0
    for qid in tqdm(ids, desc="questions", unit="q"):
        answer = pipeline.ask(questions[qid])
        answered += answer.status == "answered"
        own_abstract_cited += any(s.id.split(":", 1)[-1] == qid for s in answer.sources)
    baseline = classification(gold, [majority] * len(gold))
    report = {
        "accuracy": None,
        "macro_f1": None,
        "verdict": "not produced by the pipeline yet; accuracy and macro_f1 are null rather than faked",
        "majority_baseline": {"label": majority, **baseline},
        "questions": len(ids),
        "label_counts": dict(Counter(gold)),
        "answered": answered,
        "own_abstract_cited": round(own_abstract_cited / len(ids), 4),
        **provenance(index_dir),
    }
    table = markdown_table(
        ["system", "accuracy", "macro-F1"],
        [
            ["rag (no verdict yet)", "n/a", "n/a"],
            [f"majority ({majority})", baseline["accuracy"], baseline["macro_f1"]],
        ],
    )
    write_report(
        report,
        json_path,
        table + f"\n\n{len(ids)} questions; own abstract cited in "
        f"{report['own_abstract_cited']:.1%} of answers.",
    )
    return 0
