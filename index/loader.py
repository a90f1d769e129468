"""Open a built index: manifest checks first, then SQLite, FAISS, bm25s and the embedding model."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from index.build import ANCHORS_NAME, DOCUMENTS_DIR, LEXICAL_DIR, STORE_NAME, VECTORS_NAME
from index.embedding import Embedder, limit_threads, load_embedder
from index.lexical import LexicalIndex
from index.manifest import Manifest
from index.store import Store
from rag.config import Settings


@dataclass
class EvidenceIndex:
    folder: Path
    manifest: Manifest
    store: Store
    vectors: faiss.Index
    lexical: LexicalIndex
    documents: LexicalIndex  # BM25 over whole sources (title + abstract)
    anchors: np.ndarray  # document ordinal -> the unit that represents it in rankings
    embedder: Embedder

    @classmethod
    def open(cls, folder: Path, settings: Settings) -> EvidenceIndex:
        folder = folder.resolve()
        _recover_interrupted_swap(folder)
        manifest = Manifest.load(folder)
        manifest.check_model(settings.model, folder)
        limit_threads(settings.threads)
        vectors = faiss.read_index(str(folder / VECTORS_NAME))
        if isinstance(vectors, faiss.IndexHNSWFlat):
            vectors.hnsw.efSearch = max(64, settings.dense_k)
        return cls(
            folder=folder,
            manifest=manifest,
            store=Store(folder / STORE_NAME),
            vectors=vectors,
            lexical=LexicalIndex.load(folder / LEXICAL_DIR),
            documents=LexicalIndex.load(folder / DOCUMENTS_DIR),
            anchors=np.load(folder / DOCUMENTS_DIR / ANCHORS_NAME),
            embedder=load_embedder(settings.model),
        )

    def embed_query(self, text: str) -> np.ndarray:
        """The question's vector, from its American spelling as the sentences' were (``Embedder.in_american``)."""
        return self.embedder.encode([self.embedder.in_american(text)])[0]

    def dense_search(self, query_vector: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores, ids = self.vectors.search(query_vector[None, :], min(k, self.vectors.ntotal))
        keep = ids[0] >= 0
        return ids[0][keep].astype(np.int64), scores[0][keep]

    def stored_vectors(self, vector_ids: np.ndarray) -> np.ndarray:
        if len(vector_ids) == 0:
            return np.empty((0, self.manifest.dimension), dtype=np.float32)
        return self.vectors.reconstruct_batch(np.asarray(vector_ids, dtype=np.int64))

    def similarities(self, query_vector: np.ndarray, vector_ids: np.ndarray) -> np.ndarray:
        """Cosine similarity of the question to any stored units (vectors are normalised)."""
        return self.stored_vectors(vector_ids) @ query_vector


def _recover_interrupted_swap(folder: Path) -> None:
    """If a build was killed between its two renames, put the previous index back."""
    if folder.exists():
        return
    leftovers = sorted(folder.parent.glob(f".{folder.name}.old-*"), key=os.path.getmtime)
    if leftovers:
        os.replace(leftovers[-1], folder)
