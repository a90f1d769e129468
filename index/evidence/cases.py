"""Case reports and case series (level 4): cases described one by one, or a handful of patients known only by
their count."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.observational import _DECLARED
from index.evidence.subjects import _PEOPLE_COUNT, _about_animals, _people_counts
from index.evidence.text import _BACKGROUND, _PRIMARY, _RESULTS, _SELF_MARK, _own, _rx
from index.evidence.trials import _RAND

_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|[2-9]|1\d)"
_CASE_SERIES = _rx(
    rf"\bcase series\b|\bseries of (?:{_FEW}\s+)?cases\b|\breport of {_FEW}\s+(?:\w+\s+)?cases\b"
    rf"|\bwe (?:also\s+|here\s+)?(?:report|describe|present)\b[^.]{{0,80}}\b{_FEW}\s+(?:\w+\s+){{0,3}}"
    r"(?:cases|patients|siblings)\b"
    # Round 15: the paper or its aim as the subject ("This article presents two cases", "To report three cases
    # illustrating ..."), or the cases named again by their count ("These four cases may belong to ...").
    rf"|(?:^|\b(?:this|the\s+present)\s+(?:article|report|paper)\s+|\bto\s+)(?:reports?|describes?|presents?)\s+"
    rf"{_FEW}\s+(?:\w+\s+){{0,2}}cases\b"
    rf"|\bthese\s+{_FEW}\s+(?:\w+\s+)?cases\b"
    # "Three clinical histories are presented": cases told one by one.
    r"|\b(?:clinical|case)\s+histories\s+(?:are|were)\s+(?:\w+\s+)?(?:presented|described|reported)\b"
)
# A series known only by its count: a dozen patients or fewer and nobody else counted ("Nine patients (5
# female)", "n = 9"), with no word of a planned study (trial, pilot, controls, enrolment, a named design).
_SERIES_MAX = 12
_SERIES_PATIENTS = _rx(r"\b(?:patients|cases)\b")
_PLANNED_STUDY = _rx(
    rf"\b{_RAND}|\bplacebo\b|\btrials?\b|\bpilot\b|\bprospective(?:ly)?\b|\b(?:enrolled|recruited)\b"
    r"|\bhealthy\b|\bvolunteers\b|\bcontrols?\b|\bopen-?\s?label\b|\bcross-?\s?over\b|\bintervention\b"
    r"|\bcohorts?\b|\bcase-?\s?control\b|\bcross-?\s?sectional\b|\bsurvey\b|\bquestionnaires?\b"
    r"|\binterview\w*|\bfocus\s+groups?\b|\bqualitative\b"
    r"|\bphase\s+(?:i{1,3}|[1-3])\b"
    # Round 19: patients who "completed the study" (or withdrew from it) took part in a planned study.
    r"|\b(?:completed|finished|withdrew\s+from|dropped\s+out\s+of)\s+the\s+(?:study|trial|protocol)\b"
    # A feeding or dosing experiment in a few people is a small intervention study (level 3).
    r"|\b(?:consumed|ingested|supplement\w*|were fed|baseline|wash-?out|before and after|pre-? and post)"
    # "The effect of head-down tilt on venous pressure was measured in 10 patients": a physiological experiment.
    r"|\b(?:effects?|influence)\s+of\b[^.]{0,100}\b(?:was|were)\s+(?:measured|studied|assessed|investigated|"
    r"examined|evaluated|determined)\s+in\b"
)
# A bare "a 62-year-old woman" is a case only where it opens a sentence or a presentation ("in a 79-year-old
# woman, fixation was not cost-effective" is a model's base case).
# Designs named as eligibility criteria ("we excluded case series, as well as studies of ...") are what a review
# left out, and designs reviewed ("we ... review three clinical trials and ten case series") what it read: not
# what this paper is.
_ELIGIBLE_DESIGNS = _rx(
    r"\b(?:exclud\w*|includ\w*|eligible)\s+(?:\w+\s+){0,3}case\s+(?:reports?|series)\b"
    r"|\breview(?:s|ed|ing)?\s+(?:of\s+)?(?:[\w-]+\s+){0,5}?case\s+(?:reports?|series)\b"
)
# Case reports as surveillance data ("AIDS case reports, HIV testing of blood donors ... were used to monitor the
# epidemic", reports to a reporting system) are records counted, not a case described.
_REPORTS_AS_DATA = _rx(
    r"\bcase\s+reports?\b(?=[^.]{0,200}\b(?:monitor\w*|surveillance|notif\w*|(?:were|was)\s+used|registr\w*|"
    r"databases?|reporting\s+systems?|pharmacovigilance)\b)"
    r"|\b(?:surveillance|notif\w*|spontaneous|registry|database)\s+(?:\w+\s+)?case\s+reports?\b"
    # Round 21: case series pooled as a model's data source ("three data sources: registry cohort data, pooled case
    # series, and ...", "when cohort and pooled case series data were used").
    r"|\bpooled\s+case\s+series\b|\bcase\s+series\s+data\b"
)
_CASE_REPORT = _rx(
    rf"\bcase reports?\b|\breport of (?:a|an|one)\s+(?:\w+\s+)?case\b|{_CASE_SERIES.pattern}"
    r"|\bwe (?:also\s+|here\s+|are\s+)?(?:report|describ|present)(?:e|ing)?\b[^.]{0,80}\b(?:a|an|the|one)\s+"
    r"(?:\w+\s+){0,3}"
    r"(?:case|patient|man|woman|boy|girl|child|infant|\d+-year-old)\b"
    r"|\b(?:a|this|the present) case of\b[^.]{0,160}\b(?:is|was) (?:reported|described|presented)"
    r"|\bthe authors (?:report|describe|present)\b(?!\s+(?:\w+\s+)?(?:data|results|findings|evidence|analys[ie]s))"
    r"|(?:^|\bcase (?:presentation|description|history)\W*)(?:a|an)\s+\d+-?\s?years?-?\s?old\b"
    r"|\b(?:a|an)\s+\d+-?\s?years?-?\s?old\s+(?:[\w-]+\s+){0,3}"
    r"(?:man|woman|male|female|boy|girl|patient|child|infant|farmer|worker)\s+(?:\w+\s+){0,2}"
    r"(?:presented|was admitted|was referred|developed|complained|came|was brought|was seen|with|who)\b"
)

# Round 21: a title about one patient ("Bowel obsession syndrome in a patient with ulcerative colitis") heads a
# case report; "in patients with" or "in a patient population" does not.
_TITLE_ONE_PATIENT = _rx(
    r"\b(?:in|of)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}(?:patient|man|woman|boy|girl|child|infant)\s+with\b"
)


# Round 22: operations counted past a dozen ("we performed 20 mandibular reconstructions, 9 with virtual planning and
# 11 freehand cases") make a series larger than the groups it compares, however few each holds. Round 23: so do
# pregnancies or births ("100 uneventful twin pregnancies ... compared with 16", then subgroups "n = 8", "n = 5").
_PROCEDURES_COUNTED = _rx(
    r"(?<![\d.,])(\d{1,4})\s+(?:[\w-]+\s+){0,2}(?:operations|procedures|surgeries|reconstructions|resections|"
    r"implantations|transplant(?:s|ations)|interventions|pregnancies|deliveries|births)\b"
)


def _procedures_past_a_dozen(sentences: Sequence[str]) -> bool:
    return any(int(m.group(1)) > _SERIES_MAX for s in sentences for m in _PROCEDURES_COUNTED.finditer(s))


def _case_type(sentences: Sequence[str]) -> str:
    return "case series" if any(_CASE_SERIES.search(s) for s in sentences) else "case report"


def _counted_series(sentences: Sequence[str]) -> bool:
    """A handful of patients counted and described, and nothing of a planned study: a case series."""
    counts = _people_counts(sentences)
    if not counts or not 2 <= max(counts) <= _SERIES_MAX:
        return False
    # Data of its own: numbers, or the patients counted in a sentence of the authors' own ("We examined six
    # patients with ...").
    examined = any(_PEOPLE_COUNT.search(s) and _SERIES_PATIENTS.search(s) for s in _own(sentences, _PRIMARY))
    if not any(_SERIES_PATIENTS.search(s) for s in sentences) or not (
        any(_RESULTS.search(s) for s in sentences) or examined
    ):
        return False
    own = [s for s in sentences if not (_BACKGROUND.search(s) and not _SELF_MARK.search(s))]
    if _procedures_past_a_dozen(own):
        return False
    return not any(_PLANNED_STUDY.search(s) or _DECLARED.search(s) or _about_animals(s) for s in own)
