"""`rag eval retrieval`: document ranking metrics of our sentence pipeline beside the standard baselines.

Systems, all run on the same index and queries in one process:
- ``bm25``: bm25s (Lucene BM25, English stopwords, Snowball stemmer) over each source's title + abstract;
- ``dense-doc``: the index's embedding model over title + abstract, exact inner product in FAISS;
- ``rag``: the sentence pipeline as `rag ask` runs it (dense + lexical sentence rankings fused by RRF), and its
  ablations ``rag-dense`` and ``rag-lexical``.

A sentence ranking becomes a document ranking by summing each document's three best fused unit scores
(sentences and title); eval/bench_fusion.py compares this with taking the best unit alone.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import bm25s
import faiss
import ir_measures
import numpy as np
import Stemmer
from ir_measures import RR, R, ScoredDoc, nDCG
from tqdm import tqdm

from eval.data import read_qrels, read_queries
from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline
from rag.retrieve import Candidate, retrieve

MEASURES = {"ndcg@10": nDCG @ 10, "recall@100": R @ 100, "mrr@10": RR @ 10}
SYSTEMS = ("bm25", "dense-doc", "rag", "rag-dense", "rag-lexical")
RUN_DEPTH = 100
TOP_UNITS_PER_DOC = 3


def local_id(source_id: str) -> str:
    """Qrels use the corpus's own ids; the index namespaces them (``nfcorpus:MED-10`` -> ``MED-10``)."""
    return source_id.split(":", 1)[1] if ":" in source_id else source_id


def aggregate(candidates: list[Candidate], top: int = TOP_UNITS_PER_DOC) -> dict[str, float]:
    """Document scores from a fused sentence ranking: the sum of each document's ``top`` best unit scores."""
    return aggregate_scores(((c.sentence.source_id, c.fused) for c in candidates), top)


def aggregate_scores(
    scored_units: Iterable[tuple[str, float]], top: int = TOP_UNITS_PER_DOC
) -> dict[str, float]:
    """The sum of each document's ``top`` best unit scores, from (document id, unit score) pairs."""
    per_doc: dict[str, list[float]] = defaultdict(list)
    for doc, score in scored_units:
        per_doc[doc].append(score)
    return {doc: sum(sorted(scores, reverse=True)[:top]) for doc, scores in per_doc.items()}


class DocumentBaselines:
    """bm25 and dense-doc over whole sources (title + abstract), built from the index's own store."""

    def __init__(self, pipeline: Pipeline, cache_dir: Path) -> None:
        sources = list(pipeline.index.store.iter_sources())
        self.ids = [s.id for s in sources]
        texts = [f"{s.title}\n{s.abstract}".strip() for s in sources]
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25(method="lucene")
        self._bm25.index(
            bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False),
            show_progress=False,
        )
        self._embedder = pipeline.index.embedder
        vectors = self._doc_vectors(texts, pipeline, cache_dir)
        self._faiss = faiss.IndexFlatIP(vectors.shape[1])
        self._faiss.add(vectors)

    def _doc_vectors(self, texts: list[str], pipeline: Pipeline, cache_dir: Path) -> np.ndarray:
        """Embedding thousands of abstracts takes minutes on CPU, so vectors are cached per index build."""
        manifest = pipeline.index.manifest
        key = hashlib.sha256(f"{manifest.model}|{manifest.built_at}|{len(texts)}".encode()).hexdigest()[:16]
        path = cache_dir / f"dense-doc-{key}.npy"
        if path.is_file():
            return np.load(path)
        vectors = self._embedder.encode(texts, batch_size=16, show_progress=True)
        cache_dir.mkdir(parents=True, exist_ok=True)
        np.save(path, vectors)
        return vectors

    def bm25(self, query: str, k: int) -> dict[str, float]:
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer, show_progress=False)
        docs, scores = self._bm25.retrieve(tokens, k=min(k, len(self.ids)), show_progress=False)
        return {self.ids[d]: float(s) for d, s in zip(docs[0], scores[0], strict=True) if s > 0}

    def dense(self, query: str, k: int) -> dict[str, float]:
        scores, docs = self._faiss.search(self._embedder.encode([query]), min(k, len(self.ids)))
        return {self.ids[d]: float(s) for d, s in zip(docs[0], scores[0], strict=True) if d >= 0}


def run_retrieval(
    index_dir: Path,
    queries_path: Path,
    qrels_path: Path,
    settings: Settings,
    systems: tuple[str, ...] = SYSTEMS,
    limit: int | None = None,
) -> dict[str, object]:
    qrels = read_qrels(qrels_path)
    queries = read_queries(queries_path, ids=set(qrels))
    if limit:
        queries = dict(list(queries.items())[:limit])
    if not queries:
        raise ValueError(f"no query in {queries_path} has judgements in {qrels_path}")
    pipeline = Pipeline.open(settings, index_dir)
    baselines = (
        DocumentBaselines(pipeline, settings.cache_dir) if {"bm25", "dense-doc"} & set(systems) else None
    )
    modes = {"rag": "hybrid", "rag-dense": "dense", "rag-lexical": "lexical"}
    runs: dict[str, list[ScoredDoc]] = {name: [] for name in systems}
    for qid, text in tqdm(queries.items(), desc="queries", unit="q"):
        for name in systems:
            if name == "bm25":
                scores = baselines.bm25(text, RUN_DEPTH)
            elif name == "dense-doc":
                scores = baselines.dense(text, RUN_DEPTH)
            else:
                scores = aggregate(retrieve(pipeline.index, text, settings, mode=modes[name]))
            runs[name].extend(ScoredDoc(qid, local_id(doc), score) for doc, score in scores.items())
    judged = [
        ir_measures.Qrel(q, d, rel) for q, docs in qrels.items() if q in queries for d, rel in docs.items()
    ]
    results = {}
    for name, run in runs.items():
        values = ir_measures.calc_aggregate(list(MEASURES.values()), judged, run)
        results[name] = {key: round(float(values[m]), 4) for key, m in MEASURES.items()}
    return {
        "systems": results,
        "queries": len(queries),
        "settings": {
            "dense_k": settings.dense_k,
            "lexical_k": settings.lexical_k,
            "rrf_k": settings.rrf_k,
            "aggregation": f"sum of top {TOP_UNITS_PER_DOC} fused unit scores",
        },
        **provenance(index_dir),
    }


def main_retrieval(
    index_dir: Path,
    queries: Path,
    qrels: Path,
    json_path: Path | None,
    settings: Settings,
    limit: int | None = None,
) -> int:
    report = run_retrieval(index_dir, queries, qrels, settings, limit=limit)
    rows = [[name, *metrics.values()] for name, metrics in report["systems"].items()]
    table = markdown_table(["system", *MEASURES], rows) + f"\n\n{report['queries']} queries"
    write_report(report, json_path, table)
    return 0
