"""Question-time retrieval: dense and lexical sentence rankings, fused, with every candidate's cosine."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from index.lexical import LexicalIndex, analyze
from index.loader import EvidenceIndex
from index.store import StoredSentence
from rag.config import Settings
from rag.fusion import reciprocal_rank_fusion
from rag.synonyms import Mention, phrase_key
from rag.understand import understand

# A concept the question names in words this rare in the index (share of sentences holding its rarest word) is
# also searched under its synonyms. Measured (NFCorpus train/dev, SciFact train): expanding every named
# concept lowered nDCG@10 (SciFact -0.085 on the claims it touched; "cancer" -> "neoplasms", "malignancy" only
# adds noise), expanding rare wordings only raised it; 0.05 %-0.2 % were within noise of each other.
RARE_SHARE = 0.001


@dataclass(frozen=True)
class Candidate:
    sentence: StoredSentence
    fused: float
    similarity: float
    dense_rank: int | None
    lexical_rank: int | None


def expansion(question: str, lexical: LexicalIndex) -> tuple[str, ...]:
    """Synonyms of the concepts the question names in words rare in the index ("menaquinone" -> "vitamin K2",
    "VK2", "MK-7", ...), each phrase only if it brings a word the query lacks, so that a long list of variants
    cannot swamp the question's other words."""
    frame = understand(question)
    if not frame.mentions:
        return ()
    limit = max(1.0, RARE_SHARE * lexical.num_docs)
    frequency = lexical.document_frequency
    rare = dict.fromkeys(m.concept for m in frame.mentions if _rarest(m, frequency) < limit)
    said = {phrase_key(m.text) for m in frame.mentions}
    seen = set(analyze(question))
    phrases: list[str] = []
    for concept in rare:
        for phrase in concept.alternatives:
            tokens = analyze(phrase)
            if phrase_key(phrase) not in said and not seen.issuperset(tokens):
                phrases.append(phrase)
                seen.update(tokens)
    return tuple(phrases)


def _rarest(mention: Mention, frequency: dict[str, int]) -> int:
    return min((frequency.get(t, 0) for t in analyze(mention.text)), default=0)


def retrieve(
    index: EvidenceIndex,
    question: str,
    settings: Settings,
    mode: str = "hybrid",
    query: np.ndarray | None = None,
    expand: bool = True,
    also: tuple[str, ...] = (),
) -> list[Candidate]:
    """Candidates best first, by reciprocal rank fusion of up to three rankings: sentences by meaning (FAISS),
    sentences by words (bm25s), and whole sources by words (bm25s over title + abstract), each source standing
    in that ranking as its anchor unit (title, else first sentence). ``mode`` is "hybrid" (all three), "dense"
    or "lexical" (the two word rankings), for ablations; ``query`` is the question's embedding if known.

    With ``expand``, a question that names a table concept in words rare in the index is also searched under
    the concept's synonyms, added to both lexical queries (``expansion``). The dense ranking stays on the
    question: a second one for the question with the concept's name in it ("menaquinone (vitamin K2)") changed
    nDCG@10 by at most 0.0003 on NFCorpus and SciFact, not worth a second embedding. ``also``: words added to
    the lexical queries, such as the abbreviations the question was written with before they were spelled out
    ("TKA"), which sources may use alone."""
    if query is None:
        query = index.embed_query(question)
    rankings: dict[str, list[int]] = {}
    if mode in ("hybrid", "dense"):
        ids, _ = index.dense_search(query, settings.dense_k)
        rankings["dense"] = ids.tolist()
    if mode in ("hybrid", "lexical"):
        words = " ".join((question, *also, *(expansion(question, index.lexical) if expand else ())))
        ids, _ = index.lexical.search(words, settings.lexical_k)
        rankings["lexical"] = ids.tolist()
        docs, _ = index.documents.search(words, settings.document_k)
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
