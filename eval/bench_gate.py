"""How the abstention gate trades answers for precision, over a grid of its thresholds.

    python -m eval.bench_gate --index INDEX [--data ../shared/data] [--limit 324]

Positives: NFCorpus dev queries; a cited source counts as relevant when the dev qrels list it (any grade).
Negatives: SciFact claims, asked of an NFCorpus index: mostly other topics, so a higher abstention rate is
better, though a few claims are about nutrition and may be answered rightly.
"""

from __future__ import annotations

import argparse
import itertools
import json
from pathlib import Path

from eval.data import read_qrels, read_queries
from rag.config import Settings
from rag.pipeline import Pipeline


def load_dev(data: Path) -> tuple[dict[str, str], dict[str, set[str]]]:
    """NFCorpus dev queries with judgements, and their relevant sources as namespaced index ids."""
    judged = read_qrels(data / "nfcorpus" / "qrels" / "dev.tsv")
    qrels = {q: {f"nfcorpus:{d}" for d, grade in docs.items() if grade > 0} for q, docs in judged.items()}
    qrels = {q: docs for q, docs in qrels.items() if docs}
    return read_queries(data / "nfcorpus" / "queries.jsonl", ids=set(qrels)), qrels


def load_claims(data: Path, limit: int) -> list[str]:
    with (data / "scifact" / "original" / "claims_train.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line)["claim"] for line in itertools.islice(handle, limit)]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Settings().data_dir)
    parser.add_argument("--limit", type=int, default=324)
    args = parser.parse_args()
    base = Settings()
    pipeline = Pipeline.open(base, args.index)
    queries, qrels = load_dev(args.data)
    positives = list(queries.items())[: args.limit]
    negatives = load_claims(args.data, args.limit)
    grid = itertools.product((0.3, 0.35, 0.4), (0.55, 0.6, 0.65), (0.5, 0.6, 0.7))
    print("min_sim strong_sim min_cov | answered  cited_precision | negatives_abstained")
    for min_similarity, strong, coverage in grid:
        pipeline.settings = base.model_copy(
            update={"min_similarity": min_similarity, "strong_similarity": strong, "min_coverage": coverage}
        )
        answered = relevant = cited = 0
        for qid, text in positives:
            answer = pipeline.ask(text)
            if answer.status == "answered":
                answered += 1
                ids = {s.id for s in answer.sources}
                cited += len(ids)
                relevant += len(ids & qrels[qid])
        abstained = sum(pipeline.ask(c).status == "insufficient_evidence" for c in negatives)
        print(
            f"{min_similarity:7.2f} {strong:10.2f} {coverage:7.2f} | {answered / len(positives):8.3f} "
            f"{relevant / max(cited, 1):16.3f} | {abstained / len(negatives):19.3f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
