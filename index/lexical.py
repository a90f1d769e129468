"""The lexical side of the index: one analyzer for sentences and questions, and a bm25s index over sentences.

bm25s's default token pattern drops one-character tokens, so "vitamin D" and "vitamin K" lose the letter that
matters. The analyzer keeps them and also emits a glued token ("vitamind", "vitamink2", "omega3") so the pair
is matched as one term, not as "vitamin" plus a letter that appears everywhere. It reads British spellings as
American ones before stemming ("tumour" as "tumor", ``index.british``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

from index.british import american

_TOKEN = re.compile(r"\w+", re.UNICODE)
_GLUED = re.compile(r"\b(vitamin|vit|omega)[\s\-]*([a-z]\d{0,2}|\d{1,2})\b")
_GLUED_TOKEN = re.compile(r"(vitamin|omega)[a-z0-9]{1,3}")
_STOPWORDS = frozenset(STOPWORDS_EN)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def is_stopword(word: str) -> bool:
    """Is the lower-case ``word`` one the analyzer drops ("us", "or")?"""
    return word in _STOPWORDS


def analyze(text: str) -> list[str]:
    """Lower-case, tokenise (keeping one-character tokens), drop stopwords, spell the American way, stem, and add
    glued tokens."""
    lowered = text.lower()
    tokens = [american(t) for t in _TOKEN.findall(lowered) if t not in _STOPWORDS]
    glued = [_glue(m) for m in _GLUED.finditer(lowered)]
    return _stemmer().stemWords(tokens) + glued


def is_identifier(token: str) -> bool:
    """Tokens that name one specific thing and have no synonyms to match by meaning: codes with digits ("k2",
    "b12"), lone letters ("d") and glued vitamin names ("vitamind", "omega3")."""
    return any(ch.isdigit() for ch in token) or len(token) == 1 or bool(_GLUED_TOKEN.fullmatch(token))


def _glue(match: re.Match[str]) -> str:
    stem = "vitamin" if match.group(1) == "vit" else match.group(1)
    return f"{stem}{match.group(2)}"


class LexicalIndex:
    """BM25 over the analyzed sentences (bm25s, Lucene variant)."""

    def __init__(self, retriever: bm25s.BM25) -> None:
        self._retriever = retriever
        self.vocab: dict[str, int] = retriever.vocab_dict
        counts = np.diff(retriever.scores["indptr"])
        self.document_frequency: dict[str, int] = {
            t: int(counts[i]) for t, i in self.vocab.items() if i < len(counts)
        }

    @classmethod
    def build(cls, texts: Iterable[str], show_progress: bool = True) -> LexicalIndex:
        retriever = bm25s.BM25(method="lucene")
        retriever.index([analyze(t) for t in texts], show_progress=show_progress)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, mmap: bool = False) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False))

    @property
    def num_docs(self) -> int:
        return int(self._retriever.scores["num_docs"])

    def search(self, query: str, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (ids, scores) of the ``k`` best sentences; empty arrays when no query term is known."""
        tokens = [t for t in analyze(query) if t in self.vocab]
        if not tokens:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        k = min(k, self.num_docs)
        ids, scores = self._retriever.retrieve([tokens], k=k, show_progress=False, n_threads=1)
        keep = scores[0] > 0
        return ids[0][keep].astype(np.int64), scores[0][keep]
