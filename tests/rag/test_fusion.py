import pytest

from rag.fusion import reciprocal_rank_fusion


def test_rrf_matches_hand_computed_scores():
    fused = reciprocal_rank_fusion({"dense": [1, 2, 3], "lexical": [3, 1]}, k=10)
    assert fused[1] == pytest.approx(1 / 11 + 1 / 12)
    assert fused[2] == pytest.approx(1 / 12)
    assert fused[3] == pytest.approx(1 / 13 + 1 / 11)
    assert sorted(fused, key=fused.get, reverse=True) == [1, 3, 2]


def test_rrf_weights():
    fused = reciprocal_rank_fusion({"a": [1], "b": [2]}, k=0, weights={"a": 2.0})
    assert fused == {1: 2.0, 2: 1.0}
