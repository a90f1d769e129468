"""A learned second opinion on the rules' evidence level, between levels 3 and 4 only.

The rules score about 0.89 on fresh random samples, and rules written for one sample's misses never changed the
next sample's score: their dominant error is laboratory work (level 4) read as an observational study or a
narrative review (level 3), a long tail of single causes. Two small linear models learn when to overrule them:

* a text model: one-vs-rest logistic regression over hashed, sublinear TF-IDF words of the title (again, with a
  ``ttl_`` prefix) and the abstract, giving four level probabilities;
* a meta model: multinomial logistic regression over the rules' level and study type (one-hot), the text
  probabilities and their products with the rules' level. It decides.

The meta model is trained on the rules' answers *as scored once* on fresh samples (``eval/labels/
evidence_scored_once.tsv``), never on the current rules' answers for labelled sources: those rules were tuned on
the labels and are right on 97 % of them, so a model trained on them would only learn to copy them.

The second opinion may move a grade between levels 3 and 4 only, and never one that publication types decided:
levels 1 and 2 rest on explicit design words ("meta-analysis", "randomized"), which the rules read well (16 false
levels 1 or 2 in 1,620 answers on fresh samples) and the only changes it made there were losses. Trained by ``python -m eval.train_evidence``; the weights (hashed, no
text) are ``index/evidence/model.npz``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction import FeatureHasher

from index.evidence.scale import _PT, EvidenceLevel

LEVELS = (1, 2, 3, 4)
MOVABLE = frozenset({3, 4})
MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
N_FEATURES = 2**14
LEARNED = "learned"  # the basis of a grade the second opinion moved
# The type shown when the level moves: the rules' type belongs to the other level.
OVERRULED_TYPE = {3: "other", 4: "laboratory study"}

_TOKEN = re.compile(r"(?u)\b[a-zA-Z][a-zA-Z0-9_-]+\b")
_HASHER = FeatureHasher(n_features=N_FEATURES, input_type="string", alternate_sign=False)


def tokens(title: str, abstract: str) -> list[str]:
    """Lower-cased words of title and abstract, and the title's again with a ``ttl_`` prefix."""
    title_tokens = _TOKEN.findall((title or "").lower())
    return [*title_tokens, *_TOKEN.findall((abstract or "").lower()), *("ttl_" + t for t in title_tokens)]


def hashed_counts(docs: Sequence[tuple[str, str]]) -> sparse.csr_matrix:
    """Word counts of (title, abstract) pairs in the hashed space, one row per document."""
    return _HASHER.transform(tokens(t, a) for t, a in docs).tocsr()


def tfidf(counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Sublinear TF times IDF, rows L2-normalised (``TfidfTransformer(sublinear_tf=True)``)."""
    x = counts.astype(np.float64).tocsr(copy=True)
    x.data = np.log(x.data) + 1.0
    x = x.multiply(idf).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return x.multiply(1.0 / norms[:, None]).tocsr()


def text_proba(
    counts: sparse.csr_matrix, idf: np.ndarray, coef: np.ndarray, intercept: np.ndarray
) -> np.ndarray:
    """The text model's level probabilities: per-class sigmoids normalised to sum to one
    (``OneVsRestClassifier.predict_proba``)."""
    scores = np.asarray(tfidf(counts, idf) @ coef.T) + intercept
    p = 1.0 / (1.0 + np.exp(-scores))
    return p / p.sum(axis=1, keepdims=True)


def meta_features(
    rule_levels: Sequence[int], rule_types: Sequence[str], text_proba: np.ndarray, types: Sequence[str]
) -> np.ndarray:
    """The rules' level (one-hot), the text probabilities, their products, the rules' type (one-hot)."""
    levels = np.eye(len(LEVELS))[np.asarray(rule_levels, dtype=int) - 1]
    products = (levels[:, :, None] * text_proba[:, None, :]).reshape(len(levels), -1)
    type_hot = np.asarray([[t == u for u in types] for t in rule_types], dtype=np.float64)
    return np.hstack([levels, text_proba, products, type_hot.reshape(len(levels), len(types))])


# The weights, in field order, as the model file stores them (float32).
_ARRAYS = ("idf", "text_coef", "text_intercept", "meta_coef", "meta_intercept")


@dataclass(frozen=True)
class SecondOpinion:
    """The text model and the meta model; classes are ``LEVELS`` in order."""

    idf: np.ndarray  # (N_FEATURES,)
    text_coef: np.ndarray  # (4, N_FEATURES)
    text_intercept: np.ndarray  # (4,)
    meta_coef: np.ndarray  # (4, meta features)
    meta_intercept: np.ndarray  # (4,)
    types: tuple[str, ...]  # the study types of the one-hot, in order

    def levels(
        self, docs: Sequence[tuple[str, str]], rule_levels: Sequence[int], rule_types: Sequence[str]
    ) -> list[int]:
        """The meta model's level for each document, unrestricted (``regrade`` applies the restriction)."""
        text = text_proba(hashed_counts(docs), self.idf, self.text_coef, self.text_intercept)
        features = meta_features(rule_levels, rule_types, text, self.types)
        z = features @ self.meta_coef.T + self.meta_intercept
        return [LEVELS[i] for i in z.argmax(axis=1)]

    def regrade(self, title: str, abstract: str, rules: EvidenceLevel) -> EvidenceLevel:
        """The rules' grade, or the other of levels 3 and 4 when the models read the source so."""
        if rules.basis == _PT or rules.level not in MOVABLE:
            return rules
        (level,) = self.levels([(title, abstract)], [rules.level], [rules.study_type])
        if level == rules.level or level not in MOVABLE:
            return rules
        return EvidenceLevel(level, OVERRULED_TYPE[level], LEARNED)

    def save(self, path: Path) -> None:
        arrays = {name: getattr(self, name).astype(np.float32) for name in _ARRAYS}
        np.savez_compressed(path, **arrays, types=np.asarray(self.types))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> SecondOpinion:
        with np.load(path, allow_pickle=False) as data:
            arrays = (data[name].astype(np.float64) for name in _ARRAYS)
            return cls(*arrays, tuple(str(t) for t in data["types"]))


@lru_cache(maxsize=1)
def default_second_opinion() -> SecondOpinion:
    return SecondOpinion.load(MODEL_PATH)
