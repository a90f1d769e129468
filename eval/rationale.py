"""`rag eval rationale`: do the sentences we cite for a SciFact claim match its gold rationale sentences?

Follows SciFact's sentence-selection evaluation (Wadden et al. 2020): a cited sentence is correct when it belongs
to a gold rationale of the same abstract; precision is over every cited sentence (claims without evidence
included, so citing for them costs precision), recall over every gold rationale sentence. As in SciFact, at most
three sentences per abstract count. Labels are scored too, as SciFact's "sentence label" metric: a cited sentence is
correct only when it is a gold rationale and its stance matches the label (supports = SUPPORT; contradicts or
no_effect = CONTRADICT; background matches neither). The stance model saw these rationales in training (at weight
0.1), so the label numbers are optimistic.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from tqdm import tqdm

from eval.data import read_jsonl
from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline

MAX_SENTENCES_PER_DOC = 3


def read_claims(path: Path) -> list[dict]:
    return list(read_jsonl(path))


STANCE_LABELS = {"supports": "SUPPORT", "contradicts": "CONTRADICT", "no_effect": "CONTRADICT"}
Sentences = dict[tuple[str, int], str | None]  # (document id, sentence index) -> SciFact label


def gold_sentences(claim: dict) -> Sentences:
    return {
        (str(doc), int(s)): rationale.get("label")
        for doc, rationales in (claim.get("evidence") or {}).items()
        for rationale in rationales
        for s in rationale["sentences"]
    }


def cited_sentences(pipeline: Pipeline, claim: str) -> Sentences:
    """Each takeaway with the label its stance gives, at most three per document, in citation order."""
    answer = pipeline.ask(claim)
    per_doc: dict[str, int] = defaultdict(int)
    cited: Sentences = {}
    for takeaway in answer.takeaways:
        doc = takeaway.source_id.split(":", 1)[-1]
        if per_doc[doc] < MAX_SENTENCES_PER_DOC:
            per_doc[doc] += 1
            cited[(doc, int(takeaway.sentence_id.rsplit("#", 1)[1]))] = STANCE_LABELS.get(takeaway.stance)
    return cited


def score(predicted: list[Sentences], gold: list[Sentences]) -> dict[str, float]:
    n_predicted = sum(map(len, predicted))
    n_gold = sum(map(len, gold))
    selected = sum(len(p.keys() & g.keys()) for p, g in zip(predicted, gold, strict=True))
    labelled = sum(
        sum(p[k] == g[k] for k in p.keys() & g.keys()) for p, g in zip(predicted, gold, strict=True)
    )
    return {
        **_prf("sentence", selected, n_predicted, n_gold),
        **_prf("sentence_label", labelled, n_predicted, n_gold),
        "label_accuracy_on_selected": round(labelled / selected, 4) if selected else 0.0,
    }


def _prf(prefix: str, correct: int, n_predicted: int, n_gold: int) -> dict[str, float]:
    precision = correct / n_predicted if n_predicted else 0.0
    recall = correct / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        f"{prefix}_precision": round(precision, 4),
        f"{prefix}_recall": round(recall, 4),
        f"{prefix}_f1": round(f1, 4),
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
        **provenance(index_dir),
    }
    table = markdown_table(
        ["metric", "precision", "recall", "F1"],
        [
            [name, report[f"{key}_precision"], report[f"{key}_recall"], report[f"{key}_f1"]]
            for name, key in (("sentence selection", "sentence"), ("sentence + label", "sentence_label"))
        ],
    )
    write_report(
        report,
        json_path,
        f"{table}\n\n{report['claims']} claims; stance label right on {report['label_accuracy_on_selected']:.1%} of "
        "the correctly selected rationale sentences (the stance model saw these labels in training: optimistic).",
    )
    return 0
