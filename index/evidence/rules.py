"""The rules alone (``classify_by_rules``): publication types first, then the text classifier (``design``),
then MeSH headings (``mesh``). Kept apart from the package entry point, which adds the learned second opinion.

Publication types (PubMed vocabulary) decide when they name a design; the text classifier is used otherwise.
"Review" and the generic trial types are only partly informative: the text may still upgrade a "Review" to a
systematic review (older systematic reviews carry only "Review") and a generic "Clinical Trial" to a
randomized trial.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.design import _text_design
from index.evidence.mesh import _with_mesh
from index.evidence.scale import _PT, EvidenceLevel
from index.evidence.text import _normalise, _sentences

# Publication types that name a design outright. Keys are lower-cased.
_PUBLICATION_TYPES: dict[str, tuple[int, str]] = {
    "meta-analysis": (1, "meta-analysis"),
    "network meta-analysis": (1, "meta-analysis"),
    "systematic review": (1, "systematic review"),
    "randomized controlled trial": (2, "randomized trial"),
    "pragmatic randomized controlled trial": (2, "randomized trial"),
    "equivalence trial": (2, "randomized trial"),
    "clinical trial, phase iii": (2, "randomized trial"),
    "practice guideline": (2, "guideline"),
    "guideline": (2, "guideline"),
    "consensus development conference": (2, "guideline"),
    "consensus development conference, nih": (2, "guideline"),
    "observational study": (3, "observational study"),
    "twin study": (3, "observational study"),
    "case reports": (4, "case report"),
    # Veterinary designs are about animals, whatever the design name says.
    "randomized controlled trial, veterinary": (4, "animal study"),
    "clinical trial, veterinary": (4, "animal study"),
    "observational study, veterinary": (4, "animal study"),
}
# Tell us it is an intervention study in people, but not whether allocation was random.
_GENERIC_TRIALS = frozenset(
    {
        "clinical trial",
        "controlled clinical trial",
        "clinical trial, phase i",
        "clinical trial, phase ii",
        "clinical trial, phase iv",
        "clinical trial protocol",
        "adaptive clinical trial",
        "clinical study",
    }
)
_REVIEW_TYPES = frozenset({"review", "scoping review", "overview"})
_OBSERVATIONAL = frozenset(
    {"cohort study", "case-control study", "cross-sectional study", "ecological study"}
)


def classify_by_rules(
    publication_types: Sequence[str], title: str, abstract: str, mesh: Sequence[str] = ()
) -> EvidenceLevel:
    """The rules alone: publication types when they name a design, then title, abstract and MeSH headings."""
    types = {t.strip().lower() for t in publication_types if t and t.strip()}
    named = sorted(_PUBLICATION_TYPES[t] for t in types if t in _PUBLICATION_TYPES)
    if named and named[0][0] <= 2:
        return EvidenceLevel(*named[0], _PT)  # strongest named design; sorted() makes ties deterministic
    headings = frozenset(m.strip().lower() for m in mesh if m and m.strip())
    if types & _REVIEW_TYPES:
        # Older systematic reviews are indexed only as "Review"; let the text upgrade them.
        text = _classify_text(title, abstract, headings)
        return text if text.level == 1 else EvidenceLevel(3, "narrative review", _PT)
    if types & _GENERIC_TRIALS:
        # "Clinical Trial" says people were given an intervention, not that allocation was random.
        text = _classify_text(title, abstract, headings)
        return text if text.level <= 2 else EvidenceLevel(3, "non-randomized trial", _PT)
    if named:
        level, study_type = named[0]
        if study_type == "observational study":
            # "Observational Study" does not say which kind; the text or the MeSH headings usually do.
            text = _classify_text(title, abstract, headings)
            if text.level == 3 and text.study_type in _OBSERVATIONAL:
                study_type = text.study_type
        return EvidenceLevel(level, study_type, _PT)
    return _classify_text(title, abstract, headings)


def _classify_text(title: str, abstract: str, mesh: frozenset[str] = frozenset()) -> EvidenceLevel:
    title, abstract = _normalise(title), _normalise(abstract)
    sentences = _sentences(abstract)
    text, tier = _text_design(title, sentences)
    return _with_mesh(text, tier, mesh, sentences)
