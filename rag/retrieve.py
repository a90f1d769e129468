"""Question-time retrieval: dense and lexical sentence rankings, fused, with every candidate's cosine."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.loader import EvidenceIndex
from index.store import StoredSentence
from rag.config import Settings
from rag.fusion import reciprocal_rank_fusion


@dataclass(frozen=True)
class Candidate:
    sentence: StoredSentence
    fused: float
    similarity: float
    dense_rank: int | None
    lexical_rank: int | None


def retrieve(
    index: EvidenceIndex,
    question: str,
    settings: Settings,
    mode: str = "hybrid",
    query: np.ndarray | None = None,
) -> list[Candidate]:
    """Candidates best first, by reciprocal rank fusion of up to three rankings: sentences by meaning (FAISS),
    sentences by words (bm25s), and whole sources by words (bm25s over title + abstract), each source standing
    in that ranking as its anchor unit (title, else first sentence). ``mode`` is "hybrid" (all three), "dense"
    or "lexical" (the two word rankings), for ablations; ``query`` is the question's embedding if known."""
    if query is None:
        query = index.embed_query(question)
    rankings: dict[str, list[int]] = {}
    if mode in ("hybrid", "dense"):
        ids, _ = index.dense_search(query, settings.dense_k)
        rankings["dense"] = ids.tolist()
    if mode in ("hybrid", "lexical"):
        ids, _ = index.lexical.search(question, settings.lexical_k)
        rankings["lexical"] = ids.tolist()
        docs, _ = index.documents.search(question, settings.document_k)
        rankings["documents"] = index.anchors[docs].tolist()
    if not rankings:
        raise ValueError(f"unknown retrieval mode {mode!r}")
    fused = reciprocal_rank_fusion(rankings, k=settings.rrf_k)
    order = sorted(fused, key=fused.__getitem__, reverse=True)
    similarities = index.similarities(query, np.asarray(order, dtype=np.int64))
    sentences = index.store.sentences(order)
    ranks = {name: {vid: r for r, vid in enumerate(ranking, start=1)} for name, ranking in rankings.items()}
    return [
        Candidate(
            sentence=sentences[vid],
            fused=fused[vid],
            similarity=float(sim),
            dense_rank=ranks.get("dense", {}).get(vid),
            lexical_rank=ranks.get("lexical", {}).get(vid),
        )
        for vid, sim in zip(order, similarities, strict=True)
    ]
