"""Which "x%" mentions are no relative change, whatever words surround them: ranges, bounds, thresholds, criteria,
targets, projections, counterfactuals, doses, definitions, design arms and percentage points of a quantity measured
in percent. ``_not_a_change`` is asked first; the direction words are looked for only in what is left (and
``_in_exposure_step`` tells the direction noun of an exposure step, "each SD increase", from a change's)."""

from __future__ import annotations

import re

from rag.effects.text import _Sentence

# every mention a change can be
# "13%", "-50 percent", "1,300%" (a thousands comma), "13+/-4%" (a spread between number and sign), "13 (95% CI
# a, b) %", "Δ-39%" (glued to a change symbol); the size is ``_magnitude``
_PCT_TOKEN = re.compile(
    r"(?:(?<=[\u0394\u2206])|(?<![\w.\-+/%\u00b1]))"
    r"(?:(?P<sign>[-+])\s?)?(?P<num>\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:(?P<spread>\s*(?:\u00b1|\+/-)\s*\d+(?:\.\d+)?)"
    r"|(?P<ci>\s*\(\s*\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)\b[^()%]{1,40}\)))?"
    r"\s*(?:%|percent\b|per\s+cent\b)"
)


def _magnitude(m: re.Match[str]) -> float:
    """The size of a ``_PCT_TOKEN`` mention ("1,300" is 1300)."""
    return float(m.group("num").replace(",", ""))


_PCT_BOUND_BEFORE = re.compile(  # (and "ranged up to almost x% higher": a bound, then an approximation)
    r"(?:\b(?:each|every|per|criteria\s+of|criterion\s+of|threshold\s+of|cut-?off\s+of|at\s+least|"
    r"more\s+than|less\s+than|greater\s+than|up\s+to|over|under|within|time\s+to)\s*(?:an?\s+)?"
    r"(?:(?:almost|nearly|about|approximately|around|roughly)\s+|~\s*)?|"
    r"[<>\u2264\u2265]\s*(?:or\s*)?=?\s*)$",  # ">or = 30% decrease"
    re.I,
)
# "reduced ... by 12%", "increases of the ratio by 303.4%"
_APPROX = r"(?:(?:approximately|about|around|nearly|almost|roughly)\s+)?"  # "by approximately 25%"
# "48.5% showed 50% improvement", "patients who achieved a 50% reduction": a responder threshold, not a change
_PCT_RESPONDER_BEFORE = re.compile(
    r"(?:\d\s*%(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:showed|achieved|attained|experienced|reached|had)|"
    r"\b(?:who|that)\s+(?:showed|achieved|attained|experienced|reached|had))\s+(?:an?\s+|at\s+least\s+)?$",
    re.I,
)
# a change that is the means or the cause, not a result: "detection by a 5% increase in size", "a dose
# reduction by 50% significantly reduces the risk", "a 10% increase in price lowers demand"
_PCT_CRITERION_BEFORE = re.compile(
    r"\b(?:detect\w*|diagnos\w*|defin\w*|identif\w*|classif\w*)\s+(?:\w+\s+){0,3}?(?:by|as)\s+an?\s+$"
    r"|\b(?:causing|inducing|provoking|eliciting)\s+an?\s+$"  # "the concentration causing a 20% fall in FEV1"
    r"|\b(?:using|applying|adopting|choosing|selecting)\s+an?\s+$",  # "Using a 10% increase in A as the criterion"
    re.I,
)
_PCT_CAUSE_AFTER = re.compile(
    r"\s*(?:(?:reduction|decrease|decline|drop|fall|increase|rise|gain)s?\s+"
    r"in\s+(?:(?!and\b|or\b|but\b)[\w\-]+\s+){1,8})?(?:\w+ly\s+)?"
    r"(?:(?:reduce|lower|increase|raise|decrease|prevent|cause|improve)s|leads\s+to|results\s+in|"
    r"(?:was|is)\s+associated\s+with)\b",
    re.I,
)
# "an increase of x% A was associated with B": the step of an exposure, named after "increase of"
_PCT_STEP_OF_BEFORE = re.compile(
    r"\b(?:an?|each|every|per)\s+(?:increase|decrease|reduction|rise)\s+of\s+$", re.I
)
_PCT_STEP_OF_AFTER = re.compile(r"\s*(?:[A-Za-z][\w\-]*\s+){1,4}(?:was|is)\s+associated\s+with\b", re.I)
# a criterion or a requirement, not a result: "a 10% volume increase ... identified lymphedema", "10% weight
# loss is necessary to improve ..."
_PCT_CRITERION_AFTER = re.compile(
    r"[^.;()\[\]]{0,80}?\b(?:(?:identified|defines?|diagnosed)\s+(?!(?:from|by|in|as|at|with|during|on|among|"
    r"for|and|or)\b)[A-Za-z]|(?:is|are|was|were)\s+(?:considered|defined|necessary|needed|required|sufficient)\b)",
    re.I,
)
# a definition, not a result: "the resolution interval (Ri; 50% neutrophil reduction)", "the time (50% fall)"
_PCT_DEFINITION_BEFORE = re.compile(
    r"\b(?:interval|time|duration|half-life|dose|concentration|threshold)\s*[(\[]\s*"
    r"(?:[A-Za-z][\w\-]{0,8}\s*[;:,=]\s*)?$",
    re.I,
)
# an arm of the design, not a result: "stratified into 3 groups: (i) caloric restriction (30% reduction), ..."
_PCT_ARM_BEFORE = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated|stratified|divided|split)\s+"
    r"(?:(?!(?:had|has|have|showed|resulted|experienced|achieved|led|produced|yielded|caused|was|were|is|are|"
    r"reduced|lowered|decreased|improved|months?|weeks?|years?|days?)\b)[^.;]){0,200}[(\[]\s*$",
    re.I,
)
# a quantity measured in percent: its signed change with a spread is in percentage points ("HbA1c increased
# (+0.49 ± 1.04% in V ...)", "AIx (-6 ± 3%, P < 0.05)"), as is "(-2.1 ± 3.0% fat)"; "PAV increased 0.73%": percent
# atheroma volume
_PERCENT_QUANTITY = re.compile(
    r"\b(?:Hb\s?A\(?1c\)?|A1C|glycated\s+ha?emoglobin|glycosylated\s+ha?emoglobin|AIx[\w@]*|augmentation\s+index|"
    r"ejection\s+fraction|LVEF|FMD|flow[-\s]mediated\s+dilat\w+|body\s+fat|ha?ematocrit|saturation|PAV|"
    r"percent\s+atheroma\s+volume)\b",
    re.I,
)
# "FMD values were 2.3% higher": such a quantity as the subject of the change, small (points, as below)
_PERCENT_QUANTITY_SUBJECT = re.compile(
    _PERCENT_QUANTITY.pattern
    + r"(?:\s+(?:values?|levels?|responses?))?\s+(?:was|were|is|are)\s+(?:\w+ly\s+)?$",
    re.I,
)
# "a 5% improvement in left ventricular ejection fraction": a change of such a quantity in percentage points
_IN_PERCENT_QUANTITY = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?(?:mean\s+|average\s+)?(?:left\s+ventricular\s+|LV\s+)?"
    + _PERCENT_QUANTITY.pattern,
    re.I,
)
_PERCENT_UNIT_AFTER = re.compile(
    r"\s+(?!(?:in|vs|versus|and|or|for|at|of|with|from|to|on|after|before|during|respectively)\b)[A-Za-z]+\s*[)\]]",
    re.I,
)
_PCT_RANGE_BEFORE = re.compile(
    r"\d\s*%?\s*(?:-|to)\s*$|\b(?:between|ranging|ranged)\s*$|\bbetween\s+\d[^;]{0,80}?\band\s*$", re.I
)
# a spread of a change: "(mean, 33%; SD, 22%)"
_PCT_SPREAD_BEFORE = re.compile(r"\b(?:SD|SE|SEM|IQR|s\.d\.)\s*[,:=]?\s*$")
_PCT_RANGE_AFTER = re.compile(r"\s*(?:-|to)\s*[-+]?\d")
# a bound: "a reduction of 50% or more", "a 30% or greater decline"
_PCT_OR_MORE_AFTER = re.compile(
    r"\s*or\s+(?:more|greater|higher|larger|above|over|less|fewer|lower|smaller|below)\b", re.I
)
# a net reclassification improvement is no relative change: "(net reclassification improvement 28%)"
_PCT_NRI_BEFORE = re.compile(
    r"reclassification\s+improvement\s*(?:[(\[]\s*NRI\s*[)\]]\s*)?(?:index\s*)?(?:of|was|=|:|,)?\s*$", re.I
)
_PCT_NRI_AFTER = re.compile(r"\s*(?:net\s+)?reclassification\b", re.I)
_PCT_OF_AFTER = re.compile(r"\s+of\b|\s*(?:CI|Cr(?:ed)?I|confidence|credible)\b", re.I)
# "participants lost 24.6% of their initial weight", "lost an average of 15% of fat mass": a share of one's own weight
# that was lost is a change (not "lost 5% or more of": a criterion)
_WEIGHT_SHARE_AFTER = re.compile(
    r"\s+of\s+"
    r"(?:(?:their|the|his|her|body|initial|baseline|original|total|excess|pre-?\w+)\s+){0,3}(?:fat\s+)?(?:weight|mass)\b",
    re.I,
)
_LOST_BEFORE = re.compile(r"\blos(?:t|ing)\s+(?:an?\s+(?:mean|average|median)\s+of\s+)?$", re.I)


def _lost_weight(s: _Sentence, m: re.Match[str]) -> bool:
    """Whether a mention is the share of their weight people lost ("lost 24.6% of their initial weight")."""
    return bool(
        _WEIGHT_SHARE_AFTER.match(s.text, m.end())
        and _LOST_BEFORE.search(s.text, max(0, m.start() - 40), m.start())
    )


def _round_step(m: re.Match[str]) -> bool:
    """Whether a percentage is a round step (1-5%, or a multiple of 5), as exposure steps of a model are ("a 3%
    increase in intake was associated with ..."); an observed change ("an 11% reduction in pressure was
    associated with a 21% decrease in flow") is rarely one."""
    if "." in m.group("num"):
        return False
    value = int(_magnitude(m))
    return value <= 5 or value % 5 == 0


# "with each SD increase in exposure": a direction noun after "each / every / per" and up to three words (no adverb)
_STEP_NOUN = re.compile(r"increase|decrease|rise|reduction|decline|elevation|gain|drop|fall", re.I)
_STEP_BEFORE = re.compile(
    r"\b(?:each|every|per)\s+(?:(?![A-Za-z]+ly\b)(?:[\w\-/.]|\(\w{1,3}\))+\s+){0,3}$", re.I
)


def _in_exposure_step(text: str, pos: int, word: str) -> bool:
    """Whether the direction word ``word`` at ``pos`` names the step of an exposure ("each SD increase in A"), not
    a change; a verb never does ("25 g each significantly decreased A by 27%", "per day may reduce")."""
    return bool(_STEP_NOUN.fullmatch(word) and _STEP_BEFORE.search(text, max(0, pos - 40), pos))


def _window_start(s: _Sentence, pos: int, size: int) -> int:
    """Where the clause holding ``pos`` starts, looking back at most ``size`` characters."""
    start = max(0, pos - size)
    for i in range(pos - 1, start - 1, -1):
        if (s.text[i] == ";" and s.depth[i] == 0) or s.text[i : i + 2] == ". ":
            return i + 1
    return start


# a change required or aimed for, not found: "would require a 38% reduction", "Goals: ... by 20%"
_HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:would|will|could|might|must)\s+(?:\w+\s+)?(?:require|need|necessitate)\b|"
    r"\brequired\s+(?:to|for)\b|\bneeded\s+to\b|\bin\s+order\s+to\b|\bpotential\s+to\b|"
    r"\b(?:goals?|targets?|aims?)\s*(?::|(?:is|was|were|are)\s+to\b|of\s+\w+ing\b)",  # "target of improving"
    re.I,
)
# a change aimed for, to be detected or required, right before it: "The investigators targeted a 1% decline in
# A1c", "powered to detect a 25% reduction", "knights require a 10% greater reduction in A than ..."
_TARGET_BEFORE = re.compile(
    r"\b(?:target(?:ed|ing|s)?|aim(?:ed|ing|s)?\s+(?:for|at)|to\s+detect|requir(?:e|es|ed|ing))\s+"
    r"(?:an?\s+|at\s+least\s+an?\s+)?$",
    re.I,
)
# a change projected, not measured: "It is projected to rise another 40% by 2040", "A tax was anticipated to reduce B
# by 3% (CI)", "prevalence was forecast to fall from x% to y%, a change of -z%", "According to the projections,
# scenario 1 yields an increase of 9%", "the model predicted a 12% decline": anywhere earlier in the clause, unless
# a contrast comes between ("was predicted to fall by 20% but rose by 5%")
_PROJECTED_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?"
    r"(?:projected|anticipated|expected|forecast(?:ed)?|predicted)\s+to\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:projections?|forecasts?|models?|simulations?)\b"
    r"|\b(?:models?|simulations?|projections?|forecasts?)\s+(?:\w+\s+)?"
    r"(?:predict|project|forecast|anticipate)(?:s|ed)?\b"
    # "the corresponding figures for scenario 2 are a consumption increase of x%": a scenario is modelled
    r"|\bscenarios?\b"
    # "food requirements will increase by 70% by 2050": a change in the future tense
    r"|\bwill\s+(?:\w+\s+)?(?:increase|rise|decrease|decline|fall|grow|drop|double)\b)"
    r"(?:(?!\b(?:but|whereas|however|instead)\b).)*$",
    re.I | re.S,
)
# a counterfactual: "If A were to decrease from 14% to 8%, there would be an 18% decrease in B", "deaths can be
# reduced by 15% if populations can access ..."
_CONDITIONAL_BEFORE = re.compile(r"\bif\b[^;]{0,200}?\b(?:were\s+to|would)\b[^;]{0,80}$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|would)\b[^;]{0,60}$", re.I)
_IF_AFTER = re.compile(r"\s+if\b", re.I)
# a planned dose, not a result: "Concerta doses were 20% higher than ..."
_PCT_DOSE_BEFORE = re.compile(r"\b(?:doses?|dosages?)\s+(?:was|were|is|are)\s+$", re.I)
# the value of a quantity measured in percent, not a change: "a decrease of 10.1% excess weight loss (EWL)"
_PCT_QUANTITY_AFTER = re.compile(r"\s*(?:excess\s+weight\s+loss|EWL|Hb\s?A1c|A1C)\b", re.I)


def _not_a_change(s: _Sentence, m: re.Match[str]) -> bool:
    """Whether the context of a mention rules out a relative change before any direction word is looked for."""
    text = s.text
    before, after = text[: m.start()], text[m.end() :]
    if _PCT_SPREAD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True
    if _PCT_RANGE_BEFORE.search(before) or _PCT_RANGE_AFTER.match(after):
        return True
    if _PCT_OF_AFTER.match(after) and not _lost_weight(s, m):
        return True
    if (
        _PCT_OR_MORE_AFTER.match(after)
        or _PCT_NRI_AFTER.match(after)
        or _PCT_NRI_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ):
        return True
    if (
        _PCT_CRITERION_AFTER.match(after)
        or _PCT_CRITERION_BEFORE.search(before)
        or (_PCT_CAUSE_AFTER.match(after) and _round_step(m))
        or (
            _PCT_STEP_OF_AFTER.match(after)
            and _round_step(m)
            and _PCT_STEP_OF_BEFORE.search(text, max(0, m.start() - 30), m.start())
        )
    ):
        return True
    if _PCT_RESPONDER_BEFORE.search(before) or _HYPOTHETICAL_BEFORE.search(before):
        return True
    if _TARGET_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return True
    if _PROJECTED_BEFORE.search(text, _window_start(s, m.start(), 200), m.start()):
        return True
    window = text[max(0, m.start() - 300) : m.start()]
    if _CONDITIONAL_BEFORE.search(window) or (_IF_AFTER.match(after) and _MODAL_BEFORE.search(window)):
        return True
    if _PCT_DOSE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _PCT_QUANTITY_AFTER.match(after):
        return True
    if _magnitude(m) < 5 and _PERCENT_QUANTITY_SUBJECT.search(text, max(0, m.start() - 80), m.start()):
        return True  # "FMD values were 2.3% higher": percentage points
    return bool(_PCT_DEFINITION_BEFORE.search(text, max(0, m.start() - 40), m.start()))


def _points_of_quantity(s: _Sentence, m: re.Match[str], read: list[tuple[int, int]]) -> bool:
    """Whether a change read from words before it ("increased by", "(-x%") is of a quantity measured in
    percent named before it in its clause (within 200 characters, no change ``read`` between) and small (under 5:
    such quantities move by a few points; "FMD increased (+30%)" is relative): percentage points. A later change
    of the same quantity ("FMD rose (by a%, ...), whereas it did not change with B (by b%, ...)") is one too."""
    if _magnitude(m) >= 5:
        return False
    start = _window_start(s, m.start(), 200)
    found = list(_PERCENT_QUANTITY.finditer(s.text, start, m.start()))
    return bool(found) and not any(found[-1].end() <= a < m.start() for a, _ in read)


# "reduced by 2.1 kg or 3.4%", "a mean reduction of 2.86 cm or 0.97%": a change in units, then "or" its percent
_UNITS_THEN_OR = re.compile(
    rf"\b(?P<kw>by|of)\s+{_APPROX}[-+]?\d+(?:\.\d+)?\s*[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc.]*\s+or\s+$", re.I
)
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:reduction|decrease|decline|drop|fall|increase|rise|gain|elevation|improvement)s?\s+$", re.I
)


def _units_then_or(before: str) -> re.Match[str] | None:
    """The "by"/"of" of a change given in units, then "or" its percent, right before a mention (None: no such)."""
    m = _UNITS_THEN_OR.search(before, max(0, len(before) - 80))
    if m and (m.group("kw").lower() == "by" or _CHANGE_NOUN_BEFORE.search(before, 0, m.start())):
        return m
    return None
