"""Which fusion of the sentence rankings (and the document-level lexical ranking) ranks NFCorpus dev documents best.

    python -m eval.bench_fusion --index INDEX [--data ../shared/data] [--limit N]

A sentence ranking becomes a document ranking by each document's best unit (sentence or title) or by the sum of
its best three; documents are scored with ir-measures (nDCG@10, R@100, RR@10) against the dev qrels.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import ir_measures
from ir_measures import RR, R, ScoredDoc, nDCG

from eval.bench_gate import load_dev
from eval.retrieval import aggregate_scores, local_id
from rag.config import Settings
from rag.fusion import reciprocal_rank_fusion
from rag.pipeline import Pipeline

MEASURES = [nDCG @ 10, R @ 100, RR @ 10]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Settings().data_dir)
    parser.add_argument("--limit", type=int, default=324)
    parser.add_argument("--depth", type=int, default=300)
    args = parser.parse_args()
    settings = Settings()
    pipeline = Pipeline.open(settings, args.index)
    index = pipeline.index
    queries, qrels = load_dev(args.data)
    asked = dict(list(queries.items())[: args.limit])
    qrels_list = [ir_measures.Qrel(q, local_id(d), 1) for q in asked for d in qrels[q]]
    runs: dict[str, list[ScoredDoc]] = defaultdict(list)
    for qid, text in asked.items():
        vector = index.embed_query(text)
        dense_ids, dense_scores = index.dense_search(vector, args.depth)
        lex_ids, lex_scores = index.lexical.search(text, args.depth)
        doc_ids, _ = index.documents.search(text, 100)
        anchors = index.anchors[doc_ids].tolist()
        units = index.store.sentences(list({*dense_ids.tolist(), *lex_ids.tolist(), *anchors}))
        source_of = {vid: u.source_id for vid, u in units.items()}
        three = {"d": dense_ids.tolist(), "l": lex_ids.tolist(), "D": anchors}
        systems = {
            "dense": dict(zip(dense_ids.tolist(), dense_scores.tolist(), strict=True)),
            "lexical": dict(zip(lex_ids.tolist(), lex_scores.tolist(), strict=True)),
            "rrf k=60": reciprocal_rank_fusion({"d": dense_ids.tolist(), "l": lex_ids.tolist()}, k=60),
            "rrf k=20": reciprocal_rank_fusion({"d": dense_ids.tolist(), "l": lex_ids.tolist()}, k=20),
            "rrf k=60 dense x2": reciprocal_rank_fusion(
                {"d": dense_ids.tolist(), "l": lex_ids.tolist()}, k=60, weights={"d": 2.0}
            ),
            "rrf k=60 + documents": reciprocal_rank_fusion(three, k=60),
        }
        for name, scores in systems.items():
            for how, top in (("max", 1), ("top3", 3)):
                units = ((source_of[vid], score) for vid, score in scores.items())
                for doc, score in aggregate_scores(units, top).items():
                    runs[f"{name} / {how}"].append(ScoredDoc(qid, local_id(doc), score))
    print(f"{'system / aggregation':28} " + " ".join(f"{m!s:>10}" for m in MEASURES))
    for name, run in runs.items():
        result = ir_measures.calc_aggregate(MEASURES, qrels_list, run)
        print(f"{name:28} " + " ".join(f"{result[m]:10.4f}" for m in MEASURES))


if __name__ == "__main__":
    main()
