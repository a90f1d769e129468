"""`rag eval rationale`: do the sentences we cite for a SciFact claim match its gold rationale sentences?

Follows SciFact's sentence-selection evaluation (Wadden et al. 2020): a cited sentence is correct when it belongs
to a gold rationale of the same abstract; precision is over every cited sentence (claims without evidence
included, so citing for them costs precision), recall over every gold rationale sentence. Labels are not scored:
the pipeline does not yet predict SUPPORT / CONTRADICT. As in SciFact, at most three sentences per abstract count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from tqdm import tqdm

from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline

MAX_SENTENCES_PER_DOC = 3


def read_claims(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_sentences(claim: dict) -> set[tuple[str, int]]:
    return {
        (str(doc), int(s))
        for doc, rationales in (claim.get("evidence") or {}).items()
        for rationale in rationales
        for s in rationale["sentences"]
    }


def cited_sentences(pipeline: Pipeline, claim: str) -> set[tuple[str, int]]:
    """(document id, sentence index) of each takeaway, at most three per document, in citation order."""
    answer = pipeline.ask(claim)
    per_doc: dict[str, list[int]] = defaultdict(list)
    for takeaway in answer.takeaways:
        doc = takeaway.source_id.split(":", 1)[-1]
        position = int(takeaway.sentence_id.rsplit("#", 1)[1])
        if len(per_doc[doc]) < MAX_SENTENCES_PER_DOC:
            per_doc[doc].append(position)
    return {(doc, p) for doc, positions in per_doc.items() for p in positions}


def score(predicted: list[set[tuple[str, int]]], gold: list[set[tuple[str, int]]]) -> dict[str, float]:
    correct = sum(len(p & g) for p, g in zip(predicted, gold, strict=True))
    n_predicted = sum(map(len, predicted))
    n_gold = sum(map(len, gold))
    precision = correct / n_predicted if n_predicted else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "sentence_precision": round(precision, 4),
        "sentence_recall": round(recall, 4),
        "sentence_f1": round(f1, 4),
    }


def main_rationale(
    index_dir: Path, claims_path: Path, json_path: Path | None, settings: Settings, limit: int | None = None
) -> int:
    claims = read_claims(claims_path)[:limit]
    pipeline = Pipeline.open(settings, index_dir)
    predicted, gold = [], []
    for claim in tqdm(claims, desc="claims", unit="claim"):
        predicted.append(cited_sentences(pipeline, claim["claim"]))
        gold.append(gold_sentences(claim))
    report = {
        **score(predicted, gold),
        "claims": len(claims),
        "claims_with_evidence": sum(bool(g) for g in gold),
        "claims_answered": sum(bool(p) for p in predicted),
        "labels_scored": False,
        **provenance(index_dir),
    }
    table = markdown_table(
        ["sentence precision", "sentence recall", "sentence F1", "claims"],
        [[report["sentence_precision"], report["sentence_recall"], report["sentence_f1"], report["claims"]]],
    )
    write_report(report, json_path, table + "\n\nLabels are not scored (no stance prediction yet).")
    return 0
