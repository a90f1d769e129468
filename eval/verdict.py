"""`rag eval verdict`: PubMedQA question-only accuracy and macro-F1 of the pipeline's yes / no / maybe verdict.

SciFact claims score it too (``--labels`` the claims file): a claim its rationales support should read "yes", one
they contradict "no". Many of those contradict by the other direction of an effect ("X increases Y" against "X
reduced Y"), which PubMedQA's questions seldom ask, so they check the verdict's reading of directions.

The stance model is trained on the very PubMedQA dev labels this scores, so the score is cross-validated: the
questions are split into folds; for each fold a stance model is trained on the other folds' questions plus the
SciFact rationales and the fold's verdicts are read from what the pipeline retrieved for its questions, from the
sentences of the sources its answer cites, as `rag ask` reads them. Retrieval is done once per question (it does not
depend on the stance model). Beside it: the majority baseline, the shipped model scored on the same questions (it
saw their labels: optimistic, for reference only), and the ceiling where each question's own conclusions are given
instead of retrieved.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score
from sklearn.model_selection import KFold
from tqdm import tqdm

from eval.data import VERDICT_LABELS, read_labels, read_queries
from eval.rationale import read_claims
from eval.report import markdown_table, provenance, write_report
from eval.train_stance import feature_matrix, fit, training_pairs
from rag.compose import Scored
from rag.config import Settings
from rag.direction import as_stated
from rag.outcomes import AskedOutcome
from rag.pipeline import Pipeline, cited_sentences
from rag.stance import StanceModel
from rag.verdict import deciding, deciding_filter, judge_items, section_leads, stance_rows, weights

VERDICTS = (*VERDICT_LABELS, "insufficient")
FOLDS = 5
SEED = 0


def classification(gold: list[str], predicted: list[str]) -> dict[str, float]:
    return {
        "accuracy": round(float(accuracy_score(gold, predicted)), 4),
        "macro_f1": round(
            float(f1_score(gold, predicted, labels=list(VERDICT_LABELS), average="macro", zero_division=0)), 4
        ),
    }


@dataclass(frozen=True)
class Case:
    """What the pipeline retrieved for one question, reduced to what the verdict needs."""

    question_id: str
    question: str
    items: list[Scored]
    rows: np.ndarray
    weights: np.ndarray
    own_abstract_cited: bool
    outcome: AskedOutcome | None = None
    denied: bool = False  # the question was read as the effect its claim denies

    def verdict(self, model: StanceModel) -> str:
        texts = [s.candidate.sentence.text for s in self.items]
        label, _ = judge_items(
            self.items,
            as_stated(model.predict_proba(self.rows), texts, self.question, self.outcome, self.denied),
            self.weights,
        )
        return label


def gather(
    pipeline: Pipeline,
    questions: dict[str, str],
    ids: list[str],
    answering: dict[str, set[str]] | None = None,
) -> list[Case]:
    """What the pipeline retrieved for each question; ``answering``: the ids of the sources that hold each
    question's answer (by default the source of the question's own id, as in PubMedQA)."""
    cases = []
    for qid in tqdm(ids, desc="retrieving", unit="q"):
        evidence = pipeline.evidence(questions[qid])
        # the sentences `rag ask` reads its verdict from: those of the sources its takeaways cite
        scored = cited_sentences(evidence, pipeline.takeaways(evidence))
        may_decide = deciding_filter(evidence.question, evidence.terms.outcome, evidence.sources)
        items = deciding(scored, reports=may_decide)
        cases.append(
            Case(
                qid,
                evidence.question,
                items,
                stance_rows(evidence.question, items),
                weights(items, evidence.sources, section_leads(scored)),
                any(
                    s.candidate.sentence.source_id.split(":", 1)[-1] in (answering or {}).get(qid, {qid})
                    for s in items
                ),
                evidence.terms.outcome,
                evidence.denied,
            )
        )
    return cases


def cross_validated_verdicts(
    cases: list[Case], pubmedqa_dir: Path, scifact_dir: Path, settings: Settings, claims: bool = False
) -> dict[str, str]:
    """Each fold's verdicts read with a stance model that never saw its questions: trained on the other folds'
    PubMedQA questions and all SciFact rationales, or, when SciFact claims are scored (``claims``), on all
    PubMedQA labels and the rationales of the other folds' claims."""
    pairs = training_pairs(pubmedqa_dir, scifact_dir)
    rows = feature_matrix(pairs, settings)
    scifact = np.asarray([p.group.startswith("scifact:") for p in pairs])
    groups = np.asarray([p.group for p in pairs])
    unscored, prefix = (~scifact, "scifact:") if claims else (scifact, "")
    predicted: dict[str, str] = {}
    order = np.asarray([c.question_id for c in cases])
    for train, test in KFold(FOLDS, shuffle=True, random_state=SEED).split(order):
        use = unscored | np.isin(groups, [prefix + q for q in order[train]])
        model = fit(rows[use], [p for p, keep in zip(pairs, use, strict=True) if keep])
        for i in test:
            predicted[cases[i].question_id] = cases[i].verdict(model)
    return predicted


def by_question(
    cases: list[Case], gold: list[str], predicted: list[str], shipped: list[str]
) -> dict[str, dict]:
    """Each question's gold label, cross-validated and shipped verdicts and the findings they were read from, so
    that two runs can be compared question by question: a rule chosen by reading errors should also gain on the
    questions that were not read (a stance cue once gained 8 to 0 on those read and lost 1 to 5 elsewhere)."""
    return {
        case.question_id: {
            "gold": label,
            "cross_validated": verdict,
            "shipped": shipped_verdict,
            "deciding": [s.candidate.sentence.sentence_id for s in case.items],
        }
        for case, label, verdict, shipped_verdict in zip(cases, gold, predicted, shipped, strict=True)
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
    claims = labels_path.suffix == ".jsonl"  # SciFact claims, labelled by their rationales
    answering = (
        {str(c["id"]): set(c.get("evidence") or {}) for c in read_claims(labels_path)} if claims else None
    )
    cases = gather(pipeline, questions, ids, answering)
    pubmedqa_dir = settings.data_dir / "pubmedqa" if claims else labels_path.parent
    cv = cross_validated_verdicts(cases, pubmedqa_dir, settings.data_dir / "scifact", settings, claims)
    predicted = [cv[q] for q in ids]
    shipped = [c.verdict(pipeline.stance) for c in cases]
    result = classification(gold, predicted)
    baseline = classification(gold, [majority] * len(gold))
    in_sample = classification(gold, shipped)
    matrix = confusion_matrix(gold, predicted, labels=list(VERDICTS))[: len(VERDICT_LABELS)]
    report = {
        **result,
        "folds": FOLDS,
        "majority_baseline": {"label": majority, **baseline},
        "shipped_model_in_sample": in_sample,
        "questions": len(ids),
        "label_counts": dict(Counter(gold)),
        "verdict_counts": dict(Counter(predicted)),
        "confusion": {
            "rows_gold": list(VERDICT_LABELS),
            "columns_predicted": list(VERDICTS),
            "matrix": matrix.tolist(),
        },
        "own_abstract_deciding": round(sum(c.own_abstract_cited for c in cases) / len(cases), 4),
        "by_question": by_question(cases, gold, predicted, shipped),
        **provenance(index_dir),
    }
    table = markdown_table(
        ["system", "accuracy", "macro-F1"],
        [
            [f"rag verdict, {FOLDS}-fold cross-validated", result["accuracy"], result["macro_f1"]],
            [
                "shipped model (trained on these labels; optimistic)",
                in_sample["accuracy"],
                in_sample["macro_f1"],
            ],
            [f"majority ({majority})", baseline["accuracy"], baseline["macro_f1"]],
        ],
    )
    confusion = markdown_table(
        ["gold \\ predicted", *VERDICTS],
        [[label, *row] for label, row in zip(VERDICT_LABELS, matrix.tolist(), strict=True)],
    )
    write_report(
        report,
        json_path,
        f"{table}\n\n{confusion}\n\n{len(ids)} questions; the abstract that answers the question is among the deciding "
        f"findings for {report['own_abstract_deciding']:.1%}.",
    )
    return 0
