"""Trials: random allocation, blinding and placebo arms (level 2), and non-randomized intervention studies
(level 3)."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.subjects import _HUMAN, _about_animals
from index.evidence.text import _own, _rx

# "Non-randomized", "not randomized" and "without randomization" say the opposite.
_RAND = r"(?<!non-)(?<!non )(?<!not )(?<!without )randomi[sz]"

# Round 17: images or records "randomly assigned to two blinded readers" share out the reading, not a treatment.
_TO_READERS = (
    r"\s+(?:to|among|between)\s+(?:[\w-]+\s+){0,3}?(?:readers?|reviewers?|raters?|observers?|radiologists?|"
    r"pathologists?|evaluators?|examiners?|graders?|assessors?)\b"
)

# --- level 2: randomized trial -------------------------------------------------------------------------
_TITLE_RCT = _rx(
    rf"\b{_RAND}\w*|\bdouble-?\s?blind|\bplacebo-?\s?controlled|\bsingle-?\s?blind|\bcluster-?\s?{_RAND}"
)
# Allocation verbs describe what was done to this study's participants ("randomly selected" is sampling).
_RCT_ALLOCATION = _rx(
    rf"\b(?:were|was|being|been)\s+{_RAND}ed"
    rf"|\bwe\s+{_RAND}ed"
    rf"|\b{_RAND}ed\s+(?:\w+\s+){{0,2}}(?:to|into|in a|between)\b"
    # Round 18: a "randomisation test" is a permutation test of significance, not an allocation.
    rf"|\b{_RAND}ation\b(?!\s+tests?\b)"
    rf"|\brandomly\s+(?:assigned|allocated|divided|distributed|split)(?!{_TO_READERS})"
    # Round 17: "children randomly received 1 of 4 treatments"; drinks taken "according to a randomized procedure".
    r"|\brandomly\s+(?:received|receive|ingested|consumed)\b"
    rf"|\b(?:according\s+to|following|by|using)\s+an?\s+{_RAND}ed\s+(?:procedure|schedule|scheme)\b"
    r"|\brandom\s+(?:assignment|allocation)"
    # The adverb after the groups ("divided into three groups randomly", "assigned to two arms at random") or
    # the manner in brackets ("allocated to two groups (double blind, randomized manner)").
    r"|\b(?:divided|allocated|assigned|distributed|split|separated|stratified)\s+(?:\w+\s+){0,4}"
    r"(?:groups?|arms?)\s+(?:\w+\s+)?(?:randomly|at random)\b"
    r"|\b(?:assigned|allocated|divided)\s+(?:\w+\s+){0,2}at random\b"
    rf"|\b(?:allocated|assigned|divided|distributed|split)\b[^.]{{0,60}}\b{_RAND}ed\s+(?:manner|fashion|way)\b"
    # "23 patients were planned to receive 4 pills/day randomly and in a double blind manner, ... 27 placebo".
    r"|\brandomly\s+and\s+(?:in\s+an?\s+)?(?:double|single|triple)-?\s?blind"
    # Round 15: a crossover whose treatments came "in a randomised order" is a randomized crossover trial.
    rf"|\bcross-?\s?over\b[^.]{{0,160}}\b(?:in\s+(?:a\s+)?)?(?:random|{_RAND}ed)\s+(?:order|sequence)\b"
    rf"|\b(?:random|{_RAND}ed)\s+(?:order|sequence)\b[^.]{{0,160}}\bcross-?\s?over\b"
)
# Randomized units that are not people or animals (extracted teeth, specimens, culture plates): a laboratory
# experiment, however carefully allocated.
_OBJECT_UNITS = _rx(
    r"\b(?:teeth|tooth|molars?|incisors?|premolars?|enamel|dentin(?:e)?|specimens?|samples?|discs?|"
    r"disks?|slabs?|slices?|explants?|plates?|wells?|dishes|flasks|cultures?|eggs|embryos|seeds?|seedlings?|"
    r"plants?|plots?|leaves|cadavers?|implants?|screws?|strips?|coupons?|tubes?|vials?|batches|loaves)\b"
)
# Round 22: a word of the design may carry its abbreviation in capitals in brackets ("a double-blind, randomized,
# placebo (PBO) control trial"); "a randomized (noncomparative) phase II trial" stays as it was.
_DESIGN_WORD = r"(?:(?:\w+-?\w*|(?-i:\([A-Z][A-Z0-9-]*\))),?\s+)"
# Design phrases also turn up in essays ("...unless it comes from a double-blind randomized trial"). Plural
# "trials" is someone else's work ("data from the control arms of two randomized trials") unless this
# study's participants took part in them.
_RCT_PHRASE = _rx(
    rf"\b{_RAND}ed(?:,?\s+|-){_DESIGN_WORD}{{0,3}}(?:trial|study|crossover|cross-over|cross\s+over|design)\b"
    rf"|\bdouble-?\s?blind(?:ed)?,?\s+{_DESIGN_WORD}{{0,3}}(?:trial|study|crossover|cross-over)\b"
    rf"|\bplacebo-?\s?controlled,?\s+{_DESIGN_WORD}{{0,3}}(?:trial|study|crossover|cross-over)\b"
    rf"|\b(?:participated|took part|completed|underwent)\s+in\s+(?:\w+\s+)?{_RAND}ed\b[^.]{{0,60}}\btrials\b"
)
# Parallel groups given the product or a placebo: a placebo-controlled trial even where it never says
# "randomized" ("80 adults received the lozenge or placebo twice daily"; "the zinc and placebo groups").
_PLACEBO_ARMS = _rx(
    r"\b(?:received|receive|given|took|take|taking|assigned|allocated|treated\s+with|administered|"
    r"supplemented\s+with)\s+(?:(?!placebo\b)[\w-]+,?\s+){1,6}or\s+(?:an?\s+|the\s+|matching\s+|identical\s+)?"
    r"placebos?\b"
    r"|\b\w+\s+(?:and|or|versus|vs\.?)\s+placebo[- ](?:treated\s+)?(?:groups|arms)\b"
    # "Subjects received one of four treatments: placebo, 60 mg iron, ...": parallel groups, one of them placebo.
    r"|\b(?:received|given|took|assigned\s+to|allocated\s+to)\s+one\s+of\s+(?:two|three|four|five|six|[2-6])\s+"
    r"(?:[\w-]+\s+){0,2}?(?:treatments|regimens|supplements|diets|interventions|doses|preparations|groups|arms)\b"
    r"[^.]{0,80}\bplacebos?\b"
    r"|\b(?:versus|vs\.?|than|compared\s+(?:with|to))\s+(?:in\s+)?(?:the\s+)?placebo[- ](?:treated\s+)?"
    r"(?:groups?|arms?)\b"
    # A sham procedure is a procedure's placebo ("given either genuine acupuncture (n = 40), sham acupuncture (n =
    # 44), or no treatment"; "received sham or active stimulation").
    r"|\b(?:received|receive|given|assigned\s+to|allocated\s+to)\s+(?:either\s+)?"
    r"(?:(?:[\w(),=-]+\s+){0,8}?[\w()=-]+(?:,|\s+or)\s+sham\b|sham\s+(?:[\w-]+\s+){0,2}or\b)"
)
# Round 15: a substudy of a named trial whose title sets two treatments against each other ("Drug A vs. drug B in
# patients with diabetes: a substudy of the XYZ trial") compares the trial's arms: a randomized comparison.
_TITLE_TRIAL_SUBSTUDY = _rx(
    r"\b(?:sub-?stud(?:y|ies)|sub-?analys[ie]s|sub-?group\s+analys[ie]s|secondary\s+analys[ie]s|"
    r"post[- ]hoc\s+analys[ie]s)\s+(?:of|from|in)\s+(?:the\s+)?[^.:;]{0,120}\btrial\b"
)
_TITLE_VERSUS = _rx(r"\b(?:vs\.?|versus)\s")
# ... but one arm of someone's trial analysed as a cohort ("we studied the placebo arm of a finished trial",
# "participants pooled from the control arms of two trials") is a secondary analysis, not a trial.
_ONE_ARM_OF_TRIAL = _rx(
    r"\b(?:placebo|control)\s+(?:groups?|arms?)\s+(?:of|from|in)\s+(?:the\s+|an?\s+|\w+\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:trials?|studies|study)\b"
)
_ONE_ARM = _rx(_ONE_ARM_OF_TRIAL.pattern + r"|\b(?:secondary|post[- ]hoc)\s+analys[ie]s\b")
# "39 patients randomized to the intervention arm of a trial of home monitoring were included": people allocated by
# someone's trial and studied here as one group, so the allocation is not this study's design.
_ONE_ARM_ALLOCATED = _rx(
    rf"\b(?:{_RAND}ed|assigned|allocated)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:arm|group)\s+(?:of|in)\s+"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(?:trial|study)\b"
    # Round 23: or of a trial named by its acronym ("randomized to the placebo arm of the PCPT").
    r"|the\s+(?-i:[A-Z][A-Z0-9-]{2,})\b)"
)
# A post hoc or secondary analysis of a randomized trial that compares its arms ("a post hoc analysis of an RCT
# of drug A vs. drug B") keeps the randomized comparison: a randomized trial, unless only one arm is analysed.
_ARMS_REANALYSED = _rx(
    r"\b(?:post[- ]hoc|secondary|exploratory)\s+analys[ie]s\s+of\s+(?:data\s+from\s+)?(?:a|an|the|our|this)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?:rcts?\b|{_RAND}ed\b[^.]{{0,40}}\btrial)"
    r"[^.]{0,200}\b(?:vs\.?|versus|compared|comparing|arms|groups)(?:\s|$)"
)
# Looser wording of allocation or blinding, used only to back a "Random Allocation" or "Double-Blind Method"
# MeSH heading; random sampling, simulations and other people's trials are cut out first.
_ALLOCATION_CUE = _rx(
    rf"\b{_RAND}\w*|\brandomly\b|\bat random\b|\brandom\s+(?:order|sequence|assignment|allocation)\b"
    r"|\b(?:double|single|triple)-?\s?blind\w*|\bplacebo\b"
)
_NOT_ALLOCATION = _rx(
    r"\brandom(?:ly|i[sz]ed)?\s+(?:\w+\s+)?(?:selected|sampled|chosen|drawn|generated|picked|samples?|"
    r"sampling|selection)\b"
    rf"|\brandomly\s+(?:assigned|allocated|distributed){_TO_READERS}"
    rf"|\b{_RAND}ed,?\s+(?:[\w-]+,?\s+){{0,3}}trials\b"
    r"|\brandomi[sz]ation\s+tests?\b"
)


# --- level 3: non-randomized trial ---------------------------------------------------------------------
# Design names for non-randomized trials count like the observational ones; the other cues count half.
_NRT_NAMED = _rx(
    r"\bopen-?\s?(?:label\s+)?(?:trial|study)\b|\bsingle-?\s?arm\b|\buncontrolled\b|\bnon-?\s?randomi[sz]ed\b"
    r"|\bquasi-?\s?experimental\b"
    r"|\bphase\s+(?:i{1,3}|[1-3])(?:\s?[/-]\s?(?:ii|2))?\s+(?:\w+\s+){0,2}(?:trial|study)\b"
)
_SELF_NRT = _rx(
    _NRT_NAMED.pattern + r"|\bpilot\s+(?:study|trial|intervention)\b"
    r"|\bintervention\s+(?:study|trial)\b|\bcross-?\s?over\s+(?:design|study|trial)\b|\bin a cross-?over\b"
    r"|\bpre-?\s?test[- ]post-?\s?test\b|\bbefore[- ]and[- ]after\b|\bsupplementation\s+(?:study|trial)\b"
    # "Patients underwent" is an intervention; "patients who underwent surgery" describes who was studied.
    r"|\b(?:subjects|participants|volunteers|patients|men|women|children|adults)\s+"
    r"(?:(?!who\b|that\b|which\b|whose\b)\w+\s+){0,3}"
    r"(?:received|consumed|ingested|were (?:given|fed|supplemented|treated|assigned)|underwent|followed)\b"
    r"|\bthe (?:experimental|control|intervention|placebo)\s+(?:diet|group|period|arm)\b"
    r"|\bsupplementation\b[^.]{0,80}\b(?:volunteers|participants|subjects|men|women|patients)\b"
)


def _about_objects(sentence: str) -> bool:
    return bool(_OBJECT_UNITS.search(sentence)) and not _HUMAN.search(sentence)


def _allocation_cue(sentences: Sequence[str]) -> bool:
    """Any word of random allocation or blinding in this study's own sentences about people."""
    for sentence in _own(sentences, _ALLOCATION_CUE):
        if _ALLOCATION_CUE.search(_NOT_ALLOCATION.sub(" ", sentence)) and not (
            _about_animals(sentence) or _about_objects(sentence)
        ):
            return True
    return False
