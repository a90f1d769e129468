"""``index.evidence.learned``: the learned second opinion between levels 3 and 4, and how ``classify_evidence``
applies it. Titles and abstracts are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.evidence import STUDY_TYPES, EvidenceLevel, classify_by_rules, classify_evidence
from index.evidence.learned import (
    LEARNED,
    LEVELS,
    N_FEATURES,
    SecondOpinion,
    default_second_opinion,
    hashed_counts,
    tokens,
)

_MECHANISM = (
    "Zorbanin binding to the Quellin receptor",
    "The Quellin receptor regulates flux of zorbanin. Binding was measured by surface plasmon resonance and "
    "crystal structures were solved at 2.1 angstrom. Mutation of three residues abolished binding and "
    "phosphorylation of the kinase domain. These data define the mechanism of zorbanin signalling.",
)
_SURVEY = (
    "Dietary habits of Zentonian adults",
    "We surveyed 1,200 adults in Zentonia about their intake of fruit. Those who ate more fruit reported fewer "
    "headaches. Fruit intake was associated with lower body weight.",
)


def _always(level: int) -> SecondOpinion:
    """A model that reads every source as ``level``, whatever the rules said (isolates ``regrade``)."""
    types = tuple(sorted(STUDY_TYPES))
    meta_coef = np.zeros((len(LEVELS), 24 + len(types)))
    meta_intercept = np.where(np.asarray(LEVELS) == level, 10.0, 0.0)
    return SecondOpinion(
        np.ones(N_FEATURES), np.zeros((4, N_FEATURES)), np.zeros(4), meta_coef, meta_intercept, types
    )


def test_the_title_counts_twice_once_as_itself() -> None:
    assert tokens("Rat Liver", "Cells grew.") == ["rat", "liver", "cells", "grew", "ttl_rat", "ttl_liver"]
    assert hashed_counts([("Rat", "rat rat")]).sum() == 4


@pytest.mark.parametrize("level", [3, 4])
def test_it_moves_a_grade_between_levels_3_and_4_and_says_so(level: int) -> None:
    other = 7 - level
    moved = _always(other).regrade("T", "A", EvidenceLevel(level, "narrative review", "text"))
    assert moved == EvidenceLevel(other, {3: "other", 4: "laboratory study"}[other], LEARNED)
    assert _always(level).regrade("T", "A", EvidenceLevel(level, "cohort study", "mesh")).basis == "mesh"


@pytest.mark.parametrize("level", [1, 2])
def test_it_never_touches_levels_1_and_2_nor_makes_them(level: int) -> None:
    kept = EvidenceLevel(level, "meta-analysis" if level == 1 else "randomized trial", "text")
    assert _always(3).regrade("T", "A", kept) == kept
    observational = EvidenceLevel(3, "cohort study", "text")
    assert _always(level).regrade("T", "A", observational) == observational


def test_it_never_overrules_publication_types() -> None:
    named = EvidenceLevel(3, "observational study", "publication_types")
    assert _always(4).regrade("T", "A", named) == named


def test_the_shipped_model_reads_mechanistic_work_the_rules_call_a_review() -> None:
    assert classify_by_rules([], *_MECHANISM).level == 3
    assert classify_evidence([], *_MECHANISM) == EvidenceLevel(4, "laboratory study", LEARNED)
    assert classify_evidence([], *_MECHANISM, learned=False) == classify_by_rules([], *_MECHANISM)


def test_the_shipped_model_leaves_a_survey_of_people_alone() -> None:
    assert classify_evidence([], *_SURVEY) == classify_by_rules([], *_SURVEY)
    assert classify_evidence([], *_SURVEY).level == 3


def test_the_shipped_model_holds_only_numbers_for_every_study_type(tmp_path: Path) -> None:
    model = default_second_opinion()
    assert model.types == tuple(sorted(STUDY_TYPES))
    assert model.text_coef.shape == (4, N_FEATURES) and model.meta_coef.shape[0] == 4
    model.save(tmp_path / "copy.npz")
    again = SecondOpinion.load(tmp_path / "copy.npz")
    assert again.levels([_MECHANISM], [3], ["narrative review"]) == model.levels(
        [_MECHANISM], [3], ["narrative review"]
    )
