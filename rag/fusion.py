"""Rank fusion of the dense and lexical sentence rankings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[int]], k: int = 60, weights: Mapping[str, float] | None = None
) -> dict[int, float]:
    """Cormack et al.'s RRF: ``sum_r w_r / (k + rank_r(d))`` with 1-based ranks; ids missing from a ranking add 0."""
    fused: dict[int, float] = {}
    for name, ranking in rankings.items():
        weight = 1.0 if weights is None else weights.get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank)
    return fused
