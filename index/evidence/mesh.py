"""MeSH check tags and design headings: they correct or refine only what the text inferred.

MeSH headings, when a record carries them (PubMedQA, PubMed XML), rank below publication types and above what
the text only inferred (basis "mesh" when they decide). Only check tags and design headings are used, never
the "... as Topic" headings, which describe a paper's subject ("Randomized Controlled Trials as Topic" is on
meta-analyses and essays about trials):

* "Animals" without "Humans" makes an animal study (level 4), overriding a randomized or observational design
  read from the text (indexers tag "Humans" whenever people were studied), unless the text found a synthesis
  (level 1), a review or guideline it names itself, or other level-4 work (cells, a veterinary case), or a
  survey heading says people answered questions (veterinarians surveyed about cats).
* "Case-Control Studies", "Cross-Sectional Studies" and "Cohort Studies", in that order, set the type of a
  level-3 study whose design the text only inferred from cues, and replace the defaults ("other", essay) and
  the molecular-vocabulary fallback unless a laboratory heading ("Cell Line", "Cells, Cultured", "In Vitro
  Techniques", "Animals") backs it. "Retrospective", "Prospective", "Longitudinal" and "Follow-Up Studies" are
  also given to trials, case series and chart reviews, so they only fill in "cohort study" where the text
  found no design at all.
* "Random Allocation", "Double-Blind Method" and "Single-Blind Method" make a randomized trial of a level-3
  study only together with words of allocation or blinding in its own sentences (randomly, randomised,
  placebo, double-blind) that the stricter text rules did not accept: "Random Allocation" is also given to
  random sampling and simulations.
* A design the text names (in the title, by its methods, as a case, or in a declaring sentence such as "This
  was a cross-sectional study") is not overruled by design headings.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.scale import _FIRM, _MESH, _WEAK, EvidenceLevel
from index.evidence.trials import _allocation_cue

# MeSH headings (lower-cased) that describe this study's design, unlike the "... as Topic" headings, which
# describe what a paper is about ("Randomized Controlled Trials as Topic" is on meta-analyses and essays).
_MESH_DESIGNS = (  # in order of precedence: a case-control study is often also tagged "Retrospective Studies"
    ("case-control studies", "case-control study"),
    ("cross-sectional studies", "cross-sectional study"),
    ("cohort studies", "cohort study"),
)
# Timing headings: given to cohorts, but also to trials, case series and chart reviews.
_MESH_TIMING = frozenset(
    {"retrospective studies", "prospective studies", "longitudinal studies", "follow-up studies"}
)
_MESH_BLINDING = frozenset({"random allocation", "double-blind method", "single-blind method"})
_MESH_SURVEYED = frozenset({"surveys and questionnaires", "health surveys", "health care surveys"})
_MESH_LAB = frozenset({"cell line", "cell line, tumor", "cells, cultured", "in vitro techniques", "animals"})


def _with_mesh(
    text: EvidenceLevel, tier: int, mesh: frozenset[str], sentences: Sequence[str]
) -> EvidenceLevel:
    """Let the MeSH check tags and design headings correct or refine what the text only inferred."""
    if not mesh or text.level == 1:
        return text
    named_review = tier == _FIRM and text.study_type in {"narrative review", "guideline"}
    if "animals" in mesh and "humans" not in mesh and not mesh & _MESH_SURVEYED:
        # Indexers tag "Humans" whenever people were studied, so "Animals" alone settles the subjects: a
        # randomized trial or a cohort of dogs is an animal study. A review keeps its design, and level-4 text
        # (cells, a veterinary case) its more specific type.
        if text.level == 4 or named_review:
            return text
        return EvidenceLevel(4, "animal study", _MESH)
    if tier == _FIRM:
        return text
    if text.level == 3 and mesh & _MESH_BLINDING and _allocation_cue(sentences):
        # "Random Allocation" is also given to random sampling and simulations: it only confirms a trial
        # whose text speaks of random allocation or blinding in wording the text rules do not accept.
        return EvidenceLevel(2, "randomized trial", _MESH)
    lab_work = bool(mesh & _MESH_LAB)
    if text.level == 3 or (tier == _WEAK and not lab_work):
        for heading, study_type in _MESH_DESIGNS:
            if heading in mesh:
                return EvidenceLevel(3, study_type, _MESH)
        if tier == _WEAK and mesh & _MESH_TIMING:
            return EvidenceLevel(3, "cohort study", _MESH)
    return text
