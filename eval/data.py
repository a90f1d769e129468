"""Readers for evaluation inputs in their standard formats (BEIR queries and qrels, PubMedQA labels), from any path."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from rag.stance import CLASSES as VERDICT_LABELS  # PubMedQA's labels are the stance model's classes


def read_jsonl(path: Path) -> Iterator[dict]:
    """The rows of a JSON Lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def read_queries(path: Path, ids: set[str] | None = None) -> dict[str, str]:
    """BEIR ``queries.jsonl`` (``_id``, ``text``), or SciFact-style claims (``id``, ``claim``), in file order."""
    queries: dict[str, str] = {}
    for row in read_jsonl(path):
        qid = str(row.get("_id", row.get("id")))
        if ids is None or qid in ids:
            queries[qid] = row.get("text") or row.get("claim") or row.get("question") or ""
    return queries


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """TREC/BEIR qrels TSV with a header (``query-id corpus-id score``); CRLF line endings are fine."""
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            qrels[row["query-id"].strip()][row["corpus-id"].strip()] = int(row["score"].strip())
    return dict(qrels)


# A SciFact claim its rationales support is a "yes" to the claim, one they contradict a "no"
SCIFACT_LABELS = {"SUPPORT": "yes", "CONTRADICT": "no"}


def read_labels(path: Path) -> dict[str, str]:
    """``{id: "yes"}`` or ``{id: {"final_decision": "yes", ...}}`` (PubMedQA); or SciFact claims (``.jsonl``):
    a claim whose rationales all support it is "yes", all contradict it "no"; claims without evidence, or with
    rationales both ways, have no label."""
    if path.suffix == ".jsonl":
        return _scifact_labels(path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    labels = {str(k): (v["final_decision"] if isinstance(v, dict) else v) for k, v in raw.items()}
    unknown = {v for v in labels.values()} - set(VERDICT_LABELS)
    if unknown:
        raise ValueError(f"{path}: labels must be one of {VERDICT_LABELS}, found {sorted(unknown)}")
    return labels


def _scifact_labels(path: Path) -> dict[str, str]:
    labels: dict[str, str] = {}
    for claim in read_jsonl(path):
        found = {r["label"] for rationales in (claim.get("evidence") or {}).values() for r in rationales}
        if len(found) == 1:
            labels[str(claim["id"])] = SCIFACT_LABELS[found.pop()]
    return labels
