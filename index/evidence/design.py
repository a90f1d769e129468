"""The design read from title and abstract, with how firmly the text named it: the title first, then the
abstract's ordered checks, then the best supported design among primary studies."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.animals_cells import _TITLE_ANIMAL, _TITLE_CLINICAL_CELLS, _TITLE_INVITRO, _serum_bioassay
from index.evidence.cases import (
    _CASE_REPORT,
    _ELIGIBLE_DESIGNS,
    _REPORTS_AS_DATA,
    _TITLE_ONE_PATIENT,
    _case_type,
    _counted_series,
)
from index.evidence.observational import (
    _GIVEN_OR_FOLLOWED,
    _TITLE_CC,
    _TITLE_COHORT,
    _TITLE_COHORT_NAMED,
    _TITLE_ECO,
    _TITLE_XS,
)
from index.evidence.primary import _classify_primary
from index.evidence.reviews import (
    _ISSUING_BODY,
    _MODELLING,
    _PEOPLE_QUESTIONED,
    _SELF_CONSULT,
    _SELF_GUIDE,
    _STRONG_REVIEW,
    _TITLE_CONSULT,
    _TITLE_GUIDE,
    _TITLE_GUIDE_NOT,
    _TITLE_RECOMMENDATIONS,
    _TITLE_REVIEW,
    _expert_advice,
    _reviews,
)
from index.evidence.scale import _CUED, _FIRM, _TXT, _WEAK, EvidenceLevel
from index.evidence.subjects import (
    _ANIMAL_WORD,
    _ENROLLED,
    _HUMAN,
    _about_animals,
    _genetic_association,
    _people_counts,
)
from index.evidence.syntheses import _TITLE_L1_META, _TITLE_L1_SR, _classify_synthesis
from index.evidence.techniques import _AVAILABILITY, _EVOLUTION, _SEQUENCE_DATA
from index.evidence.text import (
    _CITED,
    _FIRST_PERSON,
    _NUMBERED_CITATION,
    _PRIMARY,
    _PROCEDURE,
    _RESULTS,
    _own,
    _rx,
)
from index.evidence.trials import (
    _ARMS_REANALYSED,
    _NRT_NAMED,
    _ONE_ARM,
    _ONE_ARM_ALLOCATED,
    _ONE_ARM_OF_TRIAL,
    _PLACEBO_ARMS,
    _RCT_ALLOCATION,
    _RCT_PHRASE,
    _TITLE_RCT,
    _TITLE_TRIAL_SUBSTUDY,
    _TITLE_VERSUS,
    _about_objects,
)

# Round 21: software or an algorithm for sequence data told as this paper's ("incorporated into a new program, CLUSTAL
# W which is freely available", "our implementation of this framework in a haplotype-based variant detector", "an
# algorithm to compute" evolutionary distance) is laboratory-side work, like a tool with an AVAILABILITY address.
_SEQUENCE_TOOL = _rx(
    r"\b(?:new|novel)\s+(?:[\w-]+\s+){0,2}(?:program|software|algorithm|package|aligner)s?\b"
    r"|\b(?:program|software|tool|package|algorithm)\b[^.]{0,80}\b(?:is|are)\s+(?:freely|publicly)\s+available\b"
    r"|\bimplementation\s+of\s+(?:[\w-]+\s+){0,3}in\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:detector|caller|aligner|"
    r"program|software|tool|package)\b"
    r"|\b(?:an?|the)\s+algorithm\s+(?:to|for)\s+(?:comput|calculat|estimat|align|detect|identif|infer|reconstruct)"
)
_SEQUENCE_WORK = _rx(r"\balignments?\b|\bevolutionary\s+distances?\b")


# Round 22: a title that names cells as a review's topic ("Cell Stem Cell Review ... Stem Cell Homeostasis") or in their
# clinical use ("... after stem cell transplantation"), over an abstract with no data, finding or procedure in any
# sentence, heads an essay, not cell culture. Cells named alone stay laboratory work: many laboratory abstracts
# state their findings with no such marks.
def _cells_essay(title: str, sentences: Sequence[str]) -> bool:
    return (
        len(sentences) >= 2
        and (
            bool(_TITLE_REVIEW.search(title))
            or (bool(_TITLE_CLINICAL_CELLS.search(title)) and not _TITLE_INVITRO.search(title))
        )
        and not any(_RESULTS.search(s) or _PRIMARY.search(s) or _PROCEDURE.search(s) for s in sentences)
    )


def _sequence_tool(sentences: Sequence[str]) -> bool:
    """A tool for sequence data: one told as this paper's, with sequences in two sentences."""
    sequences = sum(
        1 for s in sentences if _SEQUENCE_DATA.search(s) or _SEQUENCE_WORK.search(s) or _EVOLUTION.search(s)
    )
    return sequences >= 2 and bool(_own(sentences, _SEQUENCE_TOOL))


def _text_design(title: str, sentences: Sequence[str]) -> tuple[EvidenceLevel, int]:
    """The design from title and abstract, with how firmly the text named it."""
    found = _classify_title(title or "", sentences)
    if found is not None and found.level > 1 and found.study_type != "guideline":
        # Titles often name what was pooled rather than the pooling ("Coffee in prospective cohorts", "...
        # in rodent models", "a review of the evidence"); only the methods say the review was systematic.
        # Guidelines are exempt: they are built on systematic reviews and rank on their own.
        synthesis = _classify_synthesis(sentences)
        if synthesis is not None:
            return synthesis, _FIRM
    topic_only = found is not None and found.study_type in {"animal study", "in vitro study"}
    if found is not None and found.study_type == "in vitro study" and _serum_bioassay(sentences):
        # "Effect of a diet on the growth of prostate cells" grown in the dieters' serum: graded as the
        # intervention in people.
        found = None
    if found is not None and found.study_type == "in vitro study" and _cells_essay(title or "", sentences):
        return EvidenceLevel(3, "narrative review", _TXT), _CUED
    if topic_only and any(_STRONG_REVIEW.search(s) for s in _reviews(sentences)):
        # "Coxibs in animal models of cancer" names the topic; "this review focuses on" the design.
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    graded = _classify_abstract(sentences)
    if (
        found is not None
        and found.study_type == "cohort study"
        and not _TITLE_COHORT_NAMED.search(title or "")
        and graded is not None
        and graded[0].study_type == "randomized trial"
    ):
        # "Longitudinal changes of ... in women" or "Follow-up of ..." over an abstract whose participants were
        # randomly allocated or given a product or placebo: time passing in the title, allocation in the methods.
        return graded
    if found is not None:
        return found, _FIRM
    if graded is not None:
        return graded
    if sentences and not any(_RESULTS.search(s) for s in sentences) and not _own(sentences, _PRIMARY):
        # No design language, no data and no findings of its own: an essay, a narrative review on this scale.
        return EvidenceLevel(3, "narrative review", _TXT), _WEAK
    if _people_counts(sentences) and not any(_GIVEN_OR_FOLLOWED.search(s) for s in sentences):
        # Counted people measured once (vegetarians compared with omnivores, milk of 59 mothers assayed), with
        # nothing given to them and no time passing: a cross-sectional comparison.
        return EvidenceLevel(3, "cross-sectional study", _TXT), _WEAK
    return EvidenceLevel(3, "other", _TXT), _WEAK


def _classify_title(title: str, sentences: Sequence[str] = ()) -> EvidenceLevel | None:
    """A design named in the title is the author's own label for the work, so it wins over the abstract.

    Two titles need the abstract: one naming guidelines may head a model of their consequences, and an expert
    consultation's report is guidance only if it recommends something.
    """
    if _TITLE_L1_META.search(title):
        return EvidenceLevel(1, "meta-analysis", _TXT)
    if _TITLE_L1_SR.search(title):
        return EvidenceLevel(1, "systematic review", _TXT)
    if (
        _TITLE_GUIDE.search(title)
        and not _TITLE_GUIDE_NOT.search(title)
        and not _own(sentences, _MODELLING)
        and not _own(sentences, _PEOPLE_QUESTIONED)
    ):
        return EvidenceLevel(2, "guideline", _TXT)
    if _TITLE_CONSULT.search(title) and _expert_advice(sentences):
        return EvidenceLevel(2, "guideline", _TXT)
    if (
        _TITLE_RECOMMENDATIONS.search(title)
        and not _TITLE_GUIDE_NOT.search(title)
        and (
            not sentences
            or _ISSUING_BODY.search(title)
            or (_expert_advice(sentences) and not _people_counts(sentences))
        )
    ):
        return EvidenceLevel(2, "guideline", _TXT)
    if _TITLE_RCT.search(title):
        if _ANIMAL_WORD.search(title) and not _HUMAN.search(title):
            return EvidenceLevel(4, "animal study", _TXT)
        return EvidenceLevel(2, "randomized trial", _TXT)
    if _TITLE_TRIAL_SUBSTUDY.search(title) and _TITLE_VERSUS.search(title) and not _ANIMAL_WORD.search(title):
        return EvidenceLevel(2, "randomized trial", _TXT)
    if _CASE_REPORT.search(title) or _TITLE_ONE_PATIENT.search(title):
        return EvidenceLevel(4, _case_type([title]), _TXT)
    if _TITLE_CC.search(title):
        return EvidenceLevel(3, "case-control study", _TXT)
    if _TITLE_XS.search(title) and not _ANIMAL_WORD.search(title) and _names_people([title, *sentences]):
        # "Prevalence of aluminium residues in milk" whose abstract names nobody surveys foods, not people: the
        # abstract decides.
        return EvidenceLevel(3, "cross-sectional study", _TXT)
    if _TITLE_ECO.search(title):
        return EvidenceLevel(3, "ecological study", _TXT)
    if _TITLE_COHORT.search(title) and not _ANIMAL_WORD.search(title):
        return EvidenceLevel(3, "cohort study", _TXT)
    if _TITLE_ANIMAL.search(title):
        return EvidenceLevel(4, "animal study", _TXT)
    if _TITLE_INVITRO.search(title) or (
        _TITLE_CLINICAL_CELLS.search(title) and not _people_counts(sentences)
    ):
        return EvidenceLevel(4, "in vitro study", _TXT)
    if _TITLE_REVIEW.search(title):
        return EvidenceLevel(3, "narrative review", _TXT)
    return None


def _enrolled(sentences: Sequence[str]) -> bool:
    return any(_ENROLLED.search(s) for s in sentences)


def _counts_people(sentences: Sequence[str]) -> bool:
    return any(_HUMAN.search(s) for s in sentences) and bool(
        _people_counts(sentences) or _enrolled(sentences)
    )


def _names_people(texts: Sequence[str]) -> bool:
    """Whether the title or any sentence speaks of people, or there is no abstract to say otherwise."""
    return len(texts) < 2 or any(_HUMAN.search(s) or _genetic_association(s) for s in texts)


def _classify_abstract(sentences: Sequence[str]) -> tuple[EvidenceLevel, int] | None:
    """Ordered checks: syntheses and reviews first, because they quote every other design in passing."""
    synthesis = _classify_synthesis(sentences)
    if synthesis is not None:
        return synthesis, _FIRM
    if _own(sentences, _SELF_CONSULT) and _expert_advice(sentences):
        # "The society convened a panel of experts ... the need for labelling was emphasised": guidance,
        # although such reports summarise what the experts considered.
        return EvidenceLevel(2, "guideline", _TXT), _FIRM
    if any(_AVAILABILITY.search(s) for s in sentences) and not _counts_people(sentences):
        # A software tool and where to get it. Round 16: people named but never counted ("discoveries comparable
        # to those made by human experts", "'clear' cases") are no study population.
        return EvidenceLevel(4, "laboratory study", _TXT), _FIRM
    if _reviews(sentences):
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    if _sequence_tool(sentences) and not _counts_people(sentences):
        return EvidenceLevel(4, "laboratory study", _TXT), _FIRM
    if _own(sentences, _SELF_GUIDE):
        return EvidenceLevel(2, "guideline", _TXT), _FIRM
    rct = [s for s in _own(sentences, _RCT_ALLOCATION) if not _ONE_ARM_ALLOCATED.search(s)]
    if any(_RESULTS.search(s) for s in sentences):
        rct += _own(sentences, _RCT_PHRASE)
        if not _own(sentences, _NRT_NAMED):  # "an open-label extension after placebo" is not randomized
            rct += [
                s for s in _own(sentences, _PLACEBO_ARMS) if not any(_ONE_ARM.search(t) for t in sentences)
            ]
    if not any(_ONE_ARM_OF_TRIAL.search(t) for t in sentences):
        rct += _own(sentences, _ARMS_REANALYSED)
    if any(not _about_animals(s) and not _about_objects(s) for s in rct):
        return EvidenceLevel(2, "randomized trial", _TXT), _FIRM
    cases = [
        s
        for s in _own(sentences, _CASE_REPORT)
        if _CASE_REPORT.search(_REPORTS_AS_DATA.sub(" ", _ELIGIBLE_DESIGNS.sub(" ", s)))
    ]
    if cases:
        return EvidenceLevel(4, _case_type(cases), _TXT), _FIRM
    if _counted_series(sentences):
        return EvidenceLevel(4, "case series", _TXT), _CUED
    if (
        len({m.group(1) for s in sentences for m in _CITED.finditer(s)}) >= 2
        and not any(_RESULTS.search(s) for s in sentences)
        and not _own(sentences, _PRIMARY)
        and not _own(sentences, _PROCEDURE)
    ):
        # Two others' works cited by name ("(Xu et al, Collombat et al)") and nothing done or found here: a
        # review, whose mice and cells are the findings it relates. One citation may be the method a lab paper
        # builds on ("[Miller et al., 2009]").
        return EvidenceLevel(3, "narrative review", _TXT), _CUED
    if sum(1 for s in sentences if _NUMBERED_CITATION.search(s)) >= 3 and not any(
        _FIRST_PERSON.search(s) for s in sentences
    ):
        # References cited by number in three sentences and no "we" anywhere: a commentary on others' work ("The
        # current publication in ... now rules out ..."), whose cells and drugs are what it relates.
        return EvidenceLevel(3, "narrative review", _TXT), _CUED
    animal_rct = any(_about_animals(s) for s in rct)
    return _classify_primary(sentences, animal_rct=animal_rct, object_rct=bool(rct) and not animal_rct)
