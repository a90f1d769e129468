"""Tests of ``index.evidence``, one file per module of the package; every case goes through
``classify_evidence``."""

from __future__ import annotations

from index.evidence import EvidenceLevel, classify_evidence


def _text(title: str, abstract: str = "") -> EvidenceLevel:
    """Grade a title and abstract that come with no publication types and no MeSH headings."""
    return classify_evidence([], title, abstract)
