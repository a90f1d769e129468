"""The evidence scale: every study type the classifier can emit, ``EvidenceLevel``, what decided a grade (its
basis) and how firmly the text named the design."""

from __future__ import annotations

from dataclasses import dataclass

# Every study type the classifier can emit; shown to the reader beside the level.
STUDY_TYPES = frozenset(
    {
        "meta-analysis",
        "systematic review",
        "randomized trial",
        "guideline",
        "non-randomized trial",
        "cohort study",
        "case-control study",
        "cross-sectional study",
        "ecological study",
        "observational study",
        "narrative review",
        "other",
        "case report",
        "case series",
        "animal study",
        "in vitro study",
        "laboratory study",
    }
)


@dataclass(frozen=True)
class EvidenceLevel:
    """Where a source sits on the product's evidence scale, and what decided it."""

    level: int  # 1..4
    study_type: str
    basis: str  # "publication_types", "text" or "mesh"


_PT = "publication_types"
_TXT = "text"
_MESH = "mesh"

# How firmly the text named the design: MeSH headings may correct or refine only what it inferred.
_FIRM = 2  # named: in the title, by its methods (search, pooling, allocation), as a case, or in a declaring sentence
_CUED = 1  # the best supported design among circumstantial cues
_WEAK = 0  # the molecular-vocabulary fallback and the defaults (other, essay)
