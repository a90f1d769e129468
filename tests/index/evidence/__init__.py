"""Tests of ``index.evidence``, one file per module of the package. The rules' cases go through
``classify_by_rules``; the learned second opinion that ``classify_evidence`` adds has its own file."""

from __future__ import annotations

from index.evidence import EvidenceLevel, classify_by_rules


def _text(title: str, abstract: str = "") -> EvidenceLevel:
    """Grade a title and abstract that come with no publication types and no MeSH headings."""
    return classify_by_rules([], title, abstract)
