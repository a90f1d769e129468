"""The design read from title and abstract, with how firmly the text named it: the title first, then the
abstract's ordered checks, then the best supported design among primary studies."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.evidence.cases import (
    _CASE_REPORT,
    _ELIGIBLE_DESIGNS,
    _REPORTS_AS_DATA,
    _case_type,
    _counted_series,
)
from index.evidence.laboratory import (
    _CELLS,
    _EVOLUTION,
    _FIELD_AT_WORK,
    _INSTRUMENT,
    _IVF,
    _LINKAGE,
    _MECHANICS,
    _MECHANISTIC,
    _NON_HUMAN_MATERIAL,
    _POPULATION_HEALTH,
    _SELF_ANIMAL,
    _SELF_INVITRO,
    _SELF_LAB,
    _SEQUENCE_DATA,
    _SOFTWARE,
    _TITLE_ANIMAL,
    _TITLE_CLINICAL_CELLS,
    _TITLE_INVITRO,
    _lab_score,
    _serum_bioassay,
    _without_people,
)
from index.evidence.observational import (
    _AUTOPSY_SERIES,
    _COHORT_PERIOD,
    _DECLARED,
    _GIVEN_OR_FOLLOWED,
    _SELF_CC,
    _SELF_COHORT,
    _SELF_ECO,
    _SELF_XS,
    _TITLE_CC,
    _TITLE_COHORT,
    _TITLE_ECO,
    _TITLE_XS,
    _declared_type,
)
from index.evidence.reviews import (
    _ISSUING_BODY,
    _MODELLING,
    _SELF_CONSULT,
    _SELF_GUIDE,
    _STRONG_REVIEW,
    _TITLE_CONSULT,
    _TITLE_GUIDE,
    _TITLE_GUIDE_NOT,
    _TITLE_L1_META,
    _TITLE_L1_SR,
    _TITLE_RECOMMENDATIONS,
    _TITLE_REVIEW,
    _classify_synthesis,
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
from index.evidence.text import _CITED, _PRIMARY, _PROCEDURE, _RESULTS, _own
from index.evidence.trials import (
    _ARMS_REANALYSED,
    _NRT_NAMED,
    _ONE_ARM,
    _ONE_ARM_OF_TRIAL,
    _PLACEBO_ARMS,
    _RCT_ALLOCATION,
    _RCT_PHRASE,
    _SELF_NRT,
    _TITLE_RCT,
    _about_objects,
)


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
    if topic_only and any(_STRONG_REVIEW.search(s) for s in _reviews(sentences)):
        # "Coxibs in animal models of cancer" names the topic; "this review focuses on" the design.
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    if found is not None:
        return found, _FIRM
    graded = _classify_abstract(sentences)
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
    if _TITLE_GUIDE.search(title) and not _TITLE_GUIDE_NOT.search(title) and not _own(sentences, _MODELLING):
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
    if _CASE_REPORT.search(title):
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
    if _reviews(sentences):
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    if _own(sentences, _SELF_GUIDE):
        return EvidenceLevel(2, "guideline", _TXT), _FIRM
    rct = _own(sentences, _RCT_ALLOCATION)
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
    animal_rct = any(_about_animals(s) for s in rct)
    return _classify_primary(sentences, animal_rct=animal_rct, object_rct=bool(rct) and not animal_rct)


def _classify_primary(
    sentences: Sequence[str], animal_rct: bool, object_rct: bool
) -> tuple[EvidenceLevel, int] | None:
    """Among primary studies, count the sentences that carry each design's cues and take the best supported.

    Explicit design names (cohort, case-control) count double: they are rarer and more deliberate than
    circumstantial cues such as "in vitro" or "cells were treated".
    """
    human = sum(1 for s in sentences if _HUMAN.search(s) or _genetic_association(s))
    animal = [s for s in _own(sentences, _SELF_ANIMAL) if _about_animals(s) and not _FIELD_AT_WORK.search(s)]
    in_vitro = [] if _serum_bioassay(sentences) else _own(sentences, _SELF_INVITRO)
    if human == 0:
        in_vitro += [s for s in _own(sentences, _IVF) if s not in in_vitro]
    in_vitro = [s for s in in_vitro if not _FIELD_AT_WORK.search(s)]
    people = [s for s in sentences if s not in animal]  # "a cohort of mice" is not a cohort study
    # Molecular evolution read from sequences (phylogenies, substitution rates, selection) is laboratory work.
    sequenced = sum(1 for s in sentences if _SEQUENCE_DATA.search(s)) >= 2
    evolution = _own(sentences, _EVOLUTION) if sequenced else []
    mechanistic = len({*_own(sentences, _MECHANISTIC), *in_vitro})
    # No data, no findings or procedures of its own and hardly any laboratory vocabulary: an essay, in which one
    # mention of growing parasites "in vitro" or of an experiment in hamsters is topic, not design.
    essay = (
        not any(_RESULTS.search(s) for s in sentences)
        and not _own(sentences, _PRIMARY)
        and not _own(sentences, _PROCEDURE)
        and mechanistic < 2
    )

    def observational(pattern: re.Pattern[str]) -> float:
        return 2.0 * len(_own(people, pattern))

    scores: dict[tuple[int, str], float] = {
        (3, "case-control study"): observational(_SELF_CC),
        (3, "cohort study"): observational(_SELF_COHORT) + 0.5 * observational(_COHORT_PERIOD),
        (3, "cross-sectional study"): observational(_SELF_XS) + observational(_AUTOPSY_SERIES),
        (3, "ecological study"): observational(_SELF_ECO),
        (3, "non-randomized trial"): 1.0 * len(_own(people, _SELF_NRT)) + 1.0 * len(_own(people, _NRT_NAMED)),
        (4, "animal study"): _lab_score(animal, human, essay) + (2.0 if animal_rct else 0.0),
        (4, "in vitro study"): _lab_score(in_vitro, human, essay),
        (4, "laboratory study"): (2.0 if object_rct else 0.0)
        + 1.5 * len(_own(sentences, _LINKAGE))
        + (1.5 * len(evolution) if len(evolution) >= 2 else 0.0),
    }
    declared = set()
    for sentence in _own(people, _DECLARED):
        design = _declared_type(sentence)
        declared.add(design)
        scores[(3, design)] += 4.0
    best, score = max(scores.items(), key=lambda item: item[1])
    enrolled = any(_ENROLLED.search(s) for s in sentences)
    # Own work shows in findings ("we show") or, in papers written in the passive, in two procedures.
    own_work = bool(_own(sentences, _PRIMARY)) or len(_own(sentences, _PROCEDURE)) >= 2
    molecular = mechanistic >= 2 and mechanistic >= 3 * human and not enrolled and own_work
    # Laboratory papers name their sample collections with cohort words ("an expanded patient cohort" validating
    # a mechanism, sequences "sampled longitudinally"): one such sentence does not outweigh a paper about
    # molecules. Other designs' cues (people given a supplement, cases against controls) are not borrowed so.
    borrowed = molecular and best == (3, "cohort study") and score <= 2.0 and best[1] not in declared
    # Bacterial isolates from "patients admitted from 2007 to 2009": the span of years dates the material's
    # source; with more sentences about the material than about people it is not a cohort.
    borrowed = borrowed or (
        best == (3, "cohort study")
        and score <= 1.0
        and best[1] not in declared
        and _without_people(sentences, human, enrolled, essay)
    )
    if score > 0 and not borrowed:
        return EvidenceLevel(best[0], best[1], _TXT), _FIRM if best[1] in declared else _CUED
    if human == 0 and _own(sentences, _SELF_LAB):
        return EvidenceLevel(4, "laboratory study", _TXT), _CUED
    if molecular:
        # Laboratory work that never says "cells were treated" or "mice were fed" (the sentences are about
        # molecules, not people): the type from any mention of animals or cells, else generic.
        if animal or any(_about_animals(s) for s in sentences):
            return EvidenceLevel(4, "animal study", _TXT), _WEAK
        if in_vitro or sum(1 for s in sentences if _CELLS.search(s)) >= 2:
            return EvidenceLevel(4, "in vitro study", _TXT), _WEAK
        return EvidenceLevel(4, "laboratory study", _TXT), _WEAK
    if _without_people(sentences, human, enrolled, essay):
        return EvidenceLevel(4, "laboratory study", _TXT), _CUED
    lab_cue = (
        mechanistic >= 2
        or any(
            _CELLS.search(s) or _NON_HUMAN_MATERIAL.search(s) or _INSTRUMENT.search(s) or _MECHANICS.search(s)
            for s in sentences
        )
        or bool(_own(sentences, _SELF_LAB))
        or (mechanistic >= 1 and bool(_own(sentences, _SOFTWARE)))
    )
    simulated = bool(_own(sentences, _MODELLING))
    # Illness, deaths, costs or QALYs in two sentences: the health of a population, modelled or counted.
    population = sum(1 for s in sentences if _POPULATION_HEALTH.search(s)) >= 2
    if (
        human == 0
        and not enrolled
        and not essay
        and own_work
        and lab_cue
        and not simulated
        and not population
    ):
        # Work of its own on material, cells or molecules that never names a person (flour assayed, bacterial
        # cells transferred to boards, cells filmed): every level-3 design studies people. Without such a cue
        # (facilities inspected, a simulation, a scale tested on "samples" of students) it stays level 3.
        if any(_about_animals(s) for s in sentences):
            return EvidenceLevel(4, "animal study", _TXT), _WEAK
        if in_vitro or sum(1 for s in sentences if _CELLS.search(s)) >= 2:
            return EvidenceLevel(4, "in vitro study", _TXT), _WEAK
        return EvidenceLevel(4, "laboratory study", _TXT), _WEAK
    return None
