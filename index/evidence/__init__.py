"""Evidence-level classification of a source abstract.

The product ranks sources on a four-step scale so that answers can prefer stronger designs:

1. systematic review / meta-analysis (including pooled analyses);
2. randomized controlled trial, or guidance: guideline, practice guideline, consensus or position statement;
3. human observational study (cohort, case-control, cross-sectional, ecological), non-randomized human
   intervention study, narrative review / commentary;
4. case report / case series, animal study, in vitro / cell study, laboratory analysis of foods or the
   environment, mechanistic work.

The conventions behind the grades (product decisions, not facts about the literature) are listed in
``conventions``; how publication types decide is in ``rules``, how MeSH headings refine the text in ``mesh``.

Layout: ``scale`` (``EvidenceLevel``, ``STUDY_TYPES``, what decided a grade and how firmly the text named the
design), ``text`` (normalisation, sentences, this work's own sentences versus background), ``subjects`` (people,
animals and counts of people), ``syntheses`` (meta-analyses, systematic reviews), ``reviews`` (guidance, narrative
reviews), ``trials`` (randomized and non-randomized trials), ``observational`` (cohort, case-control,
cross-sectional, ecological), ``cases`` (case reports and case series), ``animals_cells`` (animal and in vitro
studies), ``techniques`` (laboratory methods and molecular vocabulary), ``material`` (foods, instruments, microbes
and other material that is not people), ``design`` (the text classifier: title, then abstract), ``primary`` (the
best supported design among primary studies), ``mesh`` (MeSH headings), ``rules`` (publication types, text and MeSH
put together: ``classify_by_rules``), ``learned`` (the second opinion between levels 3 and 4) and ``conventions``
(the grading conventions); ``classify_evidence`` below adds the second opinion to the rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.learned import default_second_opinion
from index.evidence.rules import classify_by_rules
from index.evidence.scale import STUDY_TYPES, EvidenceLevel

__all__ = ["STUDY_TYPES", "EvidenceLevel", "classify_by_rules", "classify_evidence"]


def classify_evidence(
    publication_types: Sequence[str],
    title: str,
    abstract: str,
    mesh: Sequence[str] = (),
    *,
    learned: bool = True,
) -> EvidenceLevel:
    """Grade a source: publication types when they name a design, then title, abstract and MeSH headings, then
    (``learned``) the learned second opinion between levels 3 and 4 (``index.evidence.learned``)."""
    rules = classify_by_rules(publication_types, title, abstract, mesh)
    return default_second_opinion().regrade(title, abstract, rules) if learned else rules
