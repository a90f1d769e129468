"""Among primary studies (no synthesis, review, guidance, trial allocation or case named), the best supported
design: observational cues, animal, in vitro and laboratory work, and the fallbacks for work without people."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.evidence.animals_cells import (
    _CELLS,
    _FIELD_AT_WORK,
    _IVF,
    _SELF_ANIMAL,
    _SELF_INVITRO,
    _lab_score,
    _serum_bioassay,
)
from index.evidence.material import _INSTRUMENT, _NON_HUMAN_MATERIAL, _POPULATION_HEALTH, _without_people
from index.evidence.observational import (
    _AUTOPSY_SERIES,
    _COHORT_PERIOD,
    _DECLARED,
    _SELF_CC,
    _SELF_COHORT,
    _SELF_ECO,
    _SELF_XS,
    _declared_type,
)
from index.evidence.reviews import _MODELLING
from index.evidence.scale import _CUED, _FIRM, _TXT, _WEAK, EvidenceLevel
from index.evidence.subjects import (
    _ENROLLED,
    _HUMAN,
    _about_animals,
    _genetic_association,
)
from index.evidence.techniques import (
    _EVOLUTION,
    _ISOLATES_TESTED,
    _LINKAGE,
    _MECHANICS,
    _MECHANISTIC,
    _METHOD_DEVELOPED,
    _MOLECULAR_QUANTITY,
    _SELF_LAB,
    _SEQUENCE_DATA,
    _SOFTWARE,
    _SPECIMENS_STAINED,
    _SPECIMENS_WORKED,
)
from index.evidence.text import _PRIMARY, _PROCEDURE, _RESULTS, _own, _rx
from index.evidence.trials import _NRT_NAMED, _SELF_NRT

# Round 18: in a paper that names no person, "we" with a verb of something done ("We have dissected the stages
# of ...", "We isolated a mutant allele", "We explored how ...") is the authors' own work, as "here, we <verb>ed"
# already is; not what they reviewed, supposed or realised ("more nuanced than we realized").
_WE_DID = _rx(
    r"(?<!\bthan\s)(?<!\bas\s)\bwe\s+(?:have\s+)?(?:now\s+|also\s+|further\s+)?(?!(?:reviewed|discussed|"
    r"summari[sz]ed|highlighted|outlined|focused|considered|argued|proposed|surveyed|searched|included|selected|"
    r"retrieved|identified|hypothesi[sz]ed|postulated|posited|speculated|reasoned|wondered|asked|suggested|"
    r"assumed|predicted|believed|expected|realized|realised|learned|thought|noted|needed|wanted|tried)\b)"
    r"[a-z]{3,}ed\b"
)


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

    enrolled = any(_ENROLLED.search(s) for s in sentences)
    # People in the paper's own data, procedures or findings, not only in its introduction.
    people_at_work = enrolled or any(
        _HUMAN.search(s) and (_RESULTS.search(s) or _PRIMARY.search(s) or _PROCEDURE.search(s))
        for s in sentences
    )

    def observational(pattern: re.Pattern[str]) -> float:
        return 2.0 * len(_own(people, pattern))

    scores: dict[tuple[int, str], float] = {
        (3, "case-control study"): observational(_SELF_CC),
        (3, "cohort study"): observational(_SELF_COHORT) + 0.5 * observational(_COHORT_PERIOD),
        (3, "cross-sectional study"): observational(_SELF_XS) + observational(_AUTOPSY_SERIES),
        (3, "ecological study"): observational(_SELF_ECO),
        (3, "non-randomized trial"): 1.0 * len(_own(people, _SELF_NRT)) + 1.0 * len(_own(people, _NRT_NAMED)),
        (4, "animal study"): _lab_score(animal, human, essay, people_at_work) + (2.0 if animal_rct else 0.0),
        (4, "in vitro study"): _lab_score(in_vitro, human, essay, people_at_work),
        (4, "laboratory study"): (2.0 if object_rct else 0.0)
        + 1.5 * len(_own(sentences, _LINKAGE))
        + 2.0 * len(_own(sentences, _SPECIMENS_STAINED))
        + 2.0 * len(_own(sentences, _SPECIMENS_WORKED))
        + 2.0 * len(_own(sentences, _ISOLATES_TESTED))
        + (2.0 * len(_own(sentences, _METHOD_DEVELOPED)) if _own(sentences, _SELF_LAB) else 0.0)
        + (1.5 * len(evolution) if len(evolution) >= 2 else 0.0),
    }
    declared = set()
    for sentence in _own(people, _DECLARED):
        design = _declared_type(sentence)
        declared.add(design)
        scores[(3, design)] += 4.0
    best, score = max(scores.items(), key=lambda item: item[1])
    # Own work shows in findings ("we show") or, in papers written in the passive, in two procedures.
    # Round 16: or, in a biochemistry paper with neither, in lengths and masses of molecules measured in two
    # sentences ("required a minimum of 33 to 43 bp", "a 70 kDa fragment").
    own_work = (
        bool(_own(sentences, _PRIMARY))
        or len(_own(sentences, _PROCEDURE)) >= 2
        or len(_own(sentences, _MOLECULAR_QUANTITY)) >= 2
        or (human == 0 and bool(_own(sentences, _WE_DID)))
    )
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
