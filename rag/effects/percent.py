"""Relative changes in percent, signed by their direction word."""

from __future__ import annotations

import re

from rag.effects.text import _CLAUSE_WORDS, _ci_after, _Effect, _Sentence

# ---------------------------------------------------------------------------------------------------------
# Percent changes.

_PCT_TOKEN = re.compile(  # "13%", "-50 percent", "13+/-4%" (a spread between number and sign)
    r"(?<![\w.\-+/%\u00b1])(?:(?P<sign>[-+])\s?)?(?P<num>\d+(?:\.\d+)?)(?P<spread>\s*(?:\u00b1|\+/-)\s*\d+(?:\.\d+)?)?"
    r"\s*(?:%|percent\b|per\s+cent\b)"
)
_NEG_WORDS = r"reduc\w*|decreas\w*|lower\w*|declin\w*|drop\w*|fell|fall\w*|diminish\w*|less|fewer|smaller|loss|below|slower"
_NEGATIVE = re.compile(rf"^(?:{_NEG_WORDS})$", re.I)
_NOUN_WORD = (  # a word that can be a noun a change is of
    r"(?!(?:of|in|the|an?|and|or|to|for|with|at|on|by|from|was|were|is|are|had|has|showed|than|vs|who|that|which|"
    r"absolute|partial|complete|total|no|any)\b)(?![A-Za-z]+(?:ed|ing|ly)\b)[A-Za-z][\w\-]*"
)
# "23% lower risk", "an 18% reduction", "a 30% relative risk reduction", "80% more broccoli" (an "absolute"
# change is not relative)
_PCT_FOLLOWED_BY_DIRECTION = re.compile(
    r"\s*(?:(?:relative|risk|overall|net|mean|average|significant|significantly)\s+){0,2}"
    r"(?P<dir>reduction|decrease|decline|drop|fall|lower|less|fewer|smaller|loss|increase|rise|higher|greater|"
    r"more|larger|elevation|improvement|gain|excess|faster|slower|"  # "was x% faster in A"
    r"(?:above|below)(?=\s+(?:the\s+|th(?:ose|at)\s+of\s+(?:the\s+)?)?(?:[\w\-]+\s+)?(?:controls?|baseline|placebo|"
    r"pre-?\w+)\b)|"
    r"(?:reduced|decreased|lowered|increased|elevated)(?=\s+[A-Za-z])"
    r"(?!\s+(?:to|from|by|with|in|at|for|and|or|dose|doses|dosage)\b))\b"
    # "a 13% odds reduction", "10% weight loss": a noun the change is of, before a direction noun (one word, not
    # a verb, adverb or qualifier: "17% experienced improvement", "20% absolute risk reduction"); two more words
    # before a risk noun ("27% gout flare risk reduction")
    rf"|\s*(?:{_NOUN_WORD}\s+){{0,2}}(?<=\s)(?:risk|odds|hazard|mortality|incidence)\s+(?P<dir3>reduction|increase)s?\b"
    rf"|\s*{_NOUN_WORD}\s+"
    r"(?P<dir2>reduction|decrease|decline|drop|fall|loss|increase|rise|gain|improvement|elevation)s?\b"
    # "5% and 10% weight loss thresholds", "a 10% weight loss goal": a target, not a result
    r"(?!\s+(?:thresholds?|goals?|targets?|criteria|criterion|cut-?offs?)\b)",
    re.I,
)
_RISK_NOUN = re.compile(r"\s+(?:risk|odds|hazard|incidence|likelihood|rate)\b", re.I)
# "a 19% (95% CI 7%, 29%) lower risk", "37% (HR 0.63; 95% CI 0.45-0.88) reduced risk": a bracket in between
_BRACKET = re.compile(r"\s*[(\[](?:[^()\[\]]|[(\[][^()\[\]]*[)\]]){0,120}[)\]]")
# "24% and 32% higher": the direction after the last item of a list of percentages; each may have its bracket
# ("23% (p = 0.006) and 27% (p = 0.009) lower")
_ITEM_BRACKET = r"(?:\s*[(\[][^()\[\]]{1,60}[)\]])?"
_PCT_LIST_AHEAD = re.compile(
    rf"{_ITEM_BRACKET}(?:\s*,\s*\d+(?:\.\d+)?\s*%{_ITEM_BRACKET})*\s*,?\s*(?:and|or)\s+\d+(?:\.\d+)?\s*%"
    + _ITEM_BRACKET
)
_PCT_BOUND_BEFORE = re.compile(
    r"(?:\b(?:each|every|per|criteria\s+of|criterion\s+of|threshold\s+of|cut-?off\s+of|at\s+least|"
    r"more\s+than|less\s+than|greater\s+than|up\s+to|over|under|within|time\s+to)\s*(?:an?\s+)?|"
    r"[<>\u2264\u2265]\s*(?:or\s*)?=?\s*)$",  # ">or = 30% decrease"
    re.I,
)
# "reduced ... by 12%", "increases of the ratio by 303.4%"
_APPROX = r"(?:(?:approximately|about|around|nearly|almost|roughly)\s+)?"  # "by approximately 25%"
_PCT_BY_BEFORE = re.compile(
    rf"(?:\bby\s+(?:{_APPROX}|(?:an\s+average\s+of|a\s+mean\s+of|on\s+average|only|some|~|\u2248)\s*)|"
    r"\bi\.e\.,?\s*|\bnamely,?\s*)$",  # "with a similar increase for B, i.e. 38%"
    re.I,
)
# "decreased by x and y%", "by x, y and z%": "by" before the first of the numbers sharing the percent sign
_PCT_BY_SHARED_BEFORE = re.compile(
    rf"\bby\s+{_APPROX}\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*\s*(?:,\s*and|,|\s+and)\s+$", re.I
)
_DIRECTION_WORD = re.compile(
    r"\b(?P<dir>reduc(?:e|ed|es|ing|tions?)|decreas(?:ed|es|ing|e)|lower(?:ed|ing|s)?|declin(?:ed|es|ing|e)|"
    r"drop(?:ped|s)?|fell|fall(?:s|en)?|diminish(?:ed|es)?|cut|increas(?:ed|es|ing|e)|rais(?:e|ed|es|ing)|rose|"
    r"ris(?:e|es|en)|elevat(?:e|ed|es|ion)|improv(?:e|ed|es|ing|ement)|gain(?:ed|s)?|grew|higher|greater|"
    r"smaller|larger)\b",
    re.I,
)
# "declined 38%", "increased approximately 15%", "(mean increase 20%)", "a reduction of 25%"
_PCT_WORD_BEFORE = re.compile(
    r"(?<!each\s)(?<!every\s)(?<!per\s)(?<!absolute\s)"
    r"\b(?P<dir>reduced|decreased|lowered|declined|dropped|fell|increased|rose|raised|elevated|improved|"
    r"reduction|decrease|decline|drop|fall|increase|rise|elevation|improvement|gain)"
    # ("an average reduction of total serum cholesterol of 11%", "increases in serum A and B of 17.5% and 4%",
    # "projected to increase another 64%")
    r"s?\s+(?:(?:(?:in|of)\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}\s+)?of\s+)?"
    rf"(?:another\s+|a\s+further\s+|an\s+additional\s+)?{_APPROX}$"
    # "the risk reduction was 12%", "the decrease reached about 35%": a change noun, then a copula
    r"|(?<!absolute\s)\b(?P<dir2>reduction|decrease|decline|drop|fall|increase|rise)s?\s+"
    rf"(?:was|were|is|are|reached|averaged|amounted\s+to)\s+{_APPROX}$"
    # "the increase in glimmer uptake was 850%", "The mean decrease in A after B was 41%": the change noun after
    # an article or qualifier (not "the risk of injurious falls in A was"), what it is in (words only), a copula
    r"|\b(?:the|mean|average|median|overall|relative|percent(?:age)?|net|annual)\s+"
    r"(?P<dir3>reduction|decrease|decline|increase|rise)s?\s+"
    r"(?:in|of)\s+(?:(?!(?:was|were|is|are|and|or|but|than)\b)[A-Za-z][\w\-/']*\s+){1,8}?"
    rf"(?:was|were|is|are|reached|averaged|amounted\s+to)\s+{_APPROX}$",
    re.I,
)
# a change in words, with its size in a bracket of its own: "a reduction in the risk of A (12%), B (21%)",
# "increased (31%)"; the words between may not hold a number or close a clause
_CHANGE_WORD = re.compile(
    r"(?<!\d\s)\b(?:(?P<noun>reductions?|decreases?|increases?|declines?|drops?|falls?|rises?|elevations?)"
    r"(?:\s+(?:in|of)(?:\s+(?!(?:and|or|but|while|whereas|with|was|were|is|are|at|during|after|before|who|"
    r"which|that|than|compared)\b)[A-Za-z][\w\-/']*){1,6}?)?"
    r"|(?P<verb>reduced|decreased|lowered|declined|dropped|fell|increased|rose|elevated|increase|decrease)"
    r"(?:\s+(?!(?:and|or|but|in|at|with|by|to|from|for|during|after|before|than|the|an?|who|which|that)\b)"
    rf"[A-Za-z][\w\-/']*){{0,3}}?)\s*[(\[]\s*{_APPROX}$",
    re.I,
)
# "48.5% showed 50% improvement", "patients who achieved a 50% reduction": a responder threshold, not a change
_PCT_RESPONDER_BEFORE = re.compile(
    r"(?:\d\s*%(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:showed|achieved|attained|experienced|reached|had)|"
    r"\b(?:who|that)\s+(?:showed|achieved|attained|experienced|reached))\s+(?:an?\s+|at\s+least\s+)?$",
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
_UNSIGNED_LEVEL_VS = re.compile(
    r"(?<![-+\d.\s])\s*\d+(?:\.\d+)?\s*(?:\u00b1|\+/-)\s*\d+(?:\.\d+)?\s*%?\s*(?:vs\.?|versus)\s*$", re.I
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
# (+0.49 ± 1.04% in V ...)", "AIx (-6 ± 3%, P < 0.05)"), as is "(-2.1 ± 3.0% fat)"
_PERCENT_QUANTITY = re.compile(
    r"\b(?:Hb\s?A1c|A1C|glycated\s+ha?emoglobin|glycosylated\s+ha?emoglobin|AIx[\w@]*|augmentation\s+index|"
    r"ejection\s+fraction|LVEF|FMD|flow[-\s]mediated\s+dilat\w+|body\s+fat|ha?ematocrit|saturation)\b",
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
# the next item of a list of changes "of A of x%": ", of B of y%", " and in B of y%" (after the last one's bracket)
_PCT_OF_ITEM = re.compile(
    r"\s*(?:[(\[][^()\[\]]{0,40}[)\]])?\s*(?P<item>,\s*(?:and\s+)?|and\s+)(?:in|of)\s+(?:the\s+)?[A-Za-z][\w\-]*"
    rf"(?:\s+[A-Za-z][\w\-]*){{0,2}}\s+(?:of|by)\s+{_APPROX}$",
    re.I,
)
# "an x% (CI) lower risk of A (B, y% [95% CI, a% to b%]; C, z% [...])": labelled items, each with its CI in
# percent, in a bracket after a change
_PCT_LABELLED_ITEM_BEFORE = re.compile(
    r"[(\[;]\s*(?:and\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3},\s*$", re.I
)
# "a risk reduction of x% compared with y% in B": a change compared with another
_PCT_CONTINUE_BEFORE = re.compile(
    r"(?:\band|\bversus|\bvs\.?|,|\bcompared\s+(?:with|to))\s+(?:by\s+)?$", re.I
)
_PCT_RANGE_BEFORE = re.compile(
    r"\d\s*%?\s*(?:-|to)\s*$|\b(?:between|ranging|ranged)\s*$|\bbetween\s+\d[^;]{0,80}?\band\s*$", re.I
)
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
_PCT_OF_AFTER = re.compile(r"\s+of\b|\s*(?:CI|CrI|confidence|credible)\b", re.I)

# (and "a change of -36%")
_SIGNED_BEFORE = re.compile(
    r"(?:^|[(\[,;:=]|\b(?:and|or|versus|vs\.?)|\bchanges?\s+(?:of|was|were|by))\s*$", re.I
)


# what a change is in, up to a bracket that gives a CI: "reduction in the risk of death in A (95% CI ..."
_CHANGED_PHRASE = re.compile(
    r"\s+(?:in|of)\s+[^()\[\];\d]{1,100}?(?=\s*[(\[]\s*(?:(?:\d{2}(?:\.\d+)?\s*(?:%|percent)\s*)?"
    r"(?:CI|CrI|confidence|credible)\b|"
    # or a bracket that holds only a range in percent: "a 22% reduction in CHD events (17% to 27%)"
    r"[-+]?\d+(?:\.\d+)?\s*%\s*(?:-|to|,)\s*[-+]?\d+(?:\.\d+)?\s*%\s*[)\]]))",
    re.I,
)


def _round_step(m: re.Match[str]) -> bool:
    """Whether a percentage is a round step (1-5%, or a multiple of 5), as exposure steps of a model are ("a 3%
    increase in intake was associated with ..."); an observed change ("an 11% reduction in pressure was
    associated with a 21% decrease in flow") is rarely one."""
    if "." in m.group("num"):
        return False
    value = int(m.group("num"))
    return value <= 5 or value % 5 == 0


def _window_start(s: _Sentence, pos: int, size: int) -> int:
    """Where the clause holding ``pos`` starts, looking back at most ``size`` characters."""
    start = max(0, pos - size)
    for i in range(pos - 1, start - 1, -1):
        if (s.text[i] == ";" and s.depth[i] == 0) or s.text[i : i + 2] == ". ":
            return i + 1
    return start


# "rates increased (2.7% per year)": a change alone in its bracket may carry its time unit
_PER_TIME = re.compile(r"(?:\s*(?:per|/|a|an)\s*(?:year|yr|annum|decade|month|week|day))?\s*[)\]]", re.I)
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
    r"(?:predict|project|forecast|anticipate)(?:s|ed)?\b)"
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
# "increased by 52 g (50%)": a change given in units, then in percent in a bracket
_UNITS_THEN_BRACKET = re.compile(
    rf"\bby\s+{_APPROX}[-+]?\d+(?:\.\d+)?\s*[A-Za-z\u00b5\u03bc][\w/\u00b5\u03bc.]*\s*[(\[]\s*$", re.I
)
# "(respectively, 183 and 163% above controls)": a number sharing the percent sign of the next one
_SHARED_SIGN_BEFORE = re.compile(
    r"(?:[(\[,;:]|\b(?:by|respectively,?|were|was|are|is|an?))\s*(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$",
    re.I,
)


_BRACKET_OPEN = re.compile(rf"[(\[]\s*{_APPROX}$", re.I)
_ITEM_BRACKETS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# the list items between: ", breast, large bowel, skin melanoma, and lymphomas ("
_LIST_TAIL = re.compile(rf"\s*,[^\d;()\[\]]*?,?\s+and\s+[^\d;()\[\]]+[(\[]\s*{_APPROX}", re.I)


def _bracketed_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> tuple[str, int] | None:
    """The direction (and where its word starts) of a percentage alone in its bracket after a change in words:
    "a reduction in the risk of A (12%)", "increased (31%)", or further on in that list, "..., B (21%)"; not
    when levels are being compared ("(12.5%) compared with B (3.1%)")."""
    text = s.text
    if not _PER_TIME.match(text, m.end()) or not _BRACKET_OPEN.search(text, 0, m.start()):
        return None
    if re.match(r"\s*[)\]]\s*(?:compared|vs\.?|versus|than)\b", text[m.end() :], re.I):
        return None
    word = _CHANGE_WORD.search(text, _window_start(s, m.start(), 120), m.start())
    if word:
        return word.group("noun") or word.group("verb"), word.start()
    previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 250]
    if not previous:
        return None
    ref = previous[-1]
    between = text[ref.end : m.start()]
    direction = "lower" if (ref.value or 0) < 0 else "higher"
    if (
        ref.bracketed
        and len(between) <= 60
        and not re.search(r"\d|;", between)
        and not _CLAUSE_WORDS.search(between)
    ):
        return direction, m.start()
    # "cancers of testis (12% increase, ...), breast, skin melanoma (approximately 9-10%), and lymphomas
    # (approximately 7%)": a list whose first item's bracket opened with the change
    if _BRACKET_OPEN.search(text, 0, ref.start) and s.depth[ref.start] == s.depth[m.start()]:
        closing = next((i for i in range(ref.end, m.start()) if s.depth[i + 1] < s.depth[ref.start]), None)
        if closing is not None:
            rest = _ITEM_BRACKETS.sub("", text[closing + 1 : m.start()])
            if _LIST_TAIL.fullmatch(rest) and not _CLAUSE_WORDS.search(rest):
                return direction, m.start()
    return None


def _points_of_quantity(s: _Sentence, m: re.Match[str]) -> bool:
    """Whether a change read from words before it ("increased by", "(-x%") is of a quantity measured in
    percent named just before it (within 80 characters, no other percentage between) and small (under 5: such
    quantities move by a few points; "FMD increased (+30%)" is relative): percentage points."""
    if float(m.group("num")) >= 5:
        return False
    start = _window_start(s, m.start(), 80)
    found = list(_PERCENT_QUANTITY.finditer(s.text, start, m.start()))
    return bool(found) and not _PCT_TOKEN.search(s.text, found[-1].end(), m.start())


def _labelled_item(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> str | None:
    """The direction of a percentage that is a labelled item with its percent CI in a bracket after a change
    ("an x% (CI) lower risk of A (B, y% [95% CI, a% to b%]; C, z% [...])"), from the change before it."""
    text = s.text
    if not _PCT_LABELLED_ITEM_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    ci = _ci_after(s, m.end(), float(m.group("num")), allow_units=False)
    if not ci or not ci.percent:
        return None
    previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 80]
    if not previous or previous[-1].value is None:
        return None
    ref, depth = previous[-1], s.depth[m.start()]
    between = text[ref.end : m.start()]
    if re.search(r"\d", between) or _CLAUSE_WORDS.search(between):
        return None
    if s.depth[ref.start] == depth - 1 and min(s.depth[ref.end : m.start() + 1]) >= depth - 1:
        pass  # the first item: the bracket opened after the change
    elif not (s.depth[ref.start] == depth and min(s.depth[ref.end : m.start() + 1]) >= depth):
        return None
    return "lower" if ref.value < 0 else "higher"


def _percent_changes(s: _Sentence) -> list[_Effect]:
    """Relative changes in percent, signed by their direction word (see the module docstring)."""
    text = s.text
    out: list[_Effect] = []
    last_by: tuple[str, int] | None = None  # the direction and end of the last "by x%" change
    for m in _PCT_TOKEN.finditer(text):
        if s.is_consumed(m.start()):
            continue
        before, after = text[: m.start()], text[m.end() :]
        if _PCT_RANGE_BEFORE.search(before) or _PCT_RANGE_AFTER.match(after) or _PCT_OF_AFTER.match(after):
            continue
        if (
            _PCT_OR_MORE_AFTER.match(after)
            or _PCT_NRI_AFTER.match(after)
            or _PCT_NRI_BEFORE.search(text, max(0, m.start() - 60), m.start())
        ):
            continue
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
            continue
        if _PCT_RESPONDER_BEFORE.search(before) or _HYPOTHETICAL_BEFORE.search(before):
            continue
        if _TARGET_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _PROJECTED_BEFORE.search(text, _window_start(s, m.start(), 200), m.start()):
            continue
        window = text[max(0, m.start() - 300) : m.start()]
        if _CONDITIONAL_BEFORE.search(window) or (_IF_AFTER.match(after) and _MODAL_BEFORE.search(window)):
            continue
        if _PCT_DOSE_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _PCT_QUANTITY_AFTER.match(
            after
        ):
            continue
        if _PCT_DEFINITION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        direction, start, ci_pos, bracketed, by_read = None, m.start(), None, False, False
        follow = _PCT_FOLLOWED_BY_DIRECTION.match(after)
        follow_end = m.end() + follow.end() if follow else m.end()
        if not follow and (listed := _PCT_LIST_AHEAD.match(after)):
            follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, listed.end())  # "24% and 32% higher"
        if not follow and (bracket := _BRACKET.match(after)):
            follow = _PCT_FOLLOWED_BY_DIRECTION.match(after, bracket.end())  # "19% (95% CI 7%, 29%) lower"
            if follow:
                follow_end, ci_pos = m.end() + follow.end(), m.end()
        if (
            follow
            and follow_end == m.end() + follow.end()
            and _PCT_ARM_BEFORE.search(text, max(0, m.start() - 260), m.start())
        ):
            continue  # "(i) caloric restriction (30% reduction), ...": an arm of the design
        if follow and follow_end == m.end() + follow.end() and _IN_PERCENT_QUANTITY.match(text, follow_end):
            continue  # "a 5% improvement in left ventricular ejection fraction": percentage points
        if follow and not _PCT_BOUND_BEFORE.search(before):
            direction, end = follow.group("dir") or follow.group("dir2") or follow.group("dir3"), follow_end
        else:
            end = m.end()
            if _PCT_BOUND_BEFORE.search(before) and not _PCT_BY_BEFORE.search(before):
                continue
            if re.search(r"\bup\s+to\s*$", before, re.I):
                continue
            by = _PCT_BY_BEFORE.search(before)
            shared_by = None if by else _PCT_BY_SHARED_BEFORE.search(before)
            by = by or shared_by
            if not by and re.match(r"\s*[)\]]", after):
                by = _UNITS_THEN_BRACKET.search(before)  # "increased by 52 g (50%)"
            word = _PCT_WORD_BEFORE.search(before)
            if by:
                window_start = _window_start(s, by.start(), 150)
                words = list(_DIRECTION_WORD.finditer(text, window_start, by.start()))
                if words:
                    direction, start = words[-1].group("dir"), words[-1].start()
                    if any(e.end > start for e in out):  # "increased A by 12% and B by 20%": the second
                        start = by.start()
                    if shared_by:
                        start = m.start()  # "by x and y%": the numbers before it come first
                elif (
                    last_by
                    and not s.clause_break(last_by[1], by.start(), 0)
                    and by.start() - last_by[1] <= 400
                ):
                    # "decreased by 69% (OR ...) in women who ..., by 64% (OR ...) in ...": the list goes on
                    direction, start = last_by[0], by.start()
                by_read = True
            elif word:
                group = next(g for g in ("dir", "dir2", "dir3") if word.group(g))
                direction, start = word.group(group), word.start(group)
            elif _PCT_CONTINUE_BEFORE.search(before):
                previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 120]
                if previous:
                    ref = previous[-1]
                    between = range(ref.end, m.start())
                    if s.depth[ref.end] == s.depth[m.start()] and all(
                        s.depth[i] >= s.depth[ref.end] for i in between
                    ):
                        direction = "lower" if (ref.value or 0) < 0 else "higher"
            elif (item := _PCT_OF_ITEM.search(before)) and (
                previous := [e for e in out if e.end == item.start() and not e.bracketed]
            ):
                # "a reduction of A of 11% (p < 0.001), of B of 6%": the next item of the list
                direction = "lower" if (previous[-1].value or 0) < 0 else "higher"
                start = item.end("item")
            elif found := _bracketed_change(s, m, out):
                (direction, start), bracketed = found, True
            if direction is None and (found_item := _labelled_item(s, m, out)):
                direction = found_item
            # "(-50%, p < 0.003)"; not after an unsigned level with its spread ("(8.6 +/- 2.2% vs. -0.8 +/- 1.1%)":
            # values of a measure in percent, compared)
            if (
                direction is None
                and m.group("sign")
                and _SIGNED_BEFORE.search(before)
                and not _UNSIGNED_LEVEL_VS.search(before)
                and not (
                    m.group("spread")
                    and (
                        _PERCENT_QUANTITY.search(text, max(0, m.start() - 250), m.start())
                        or _PERCENT_UNIT_AFTER.match(after)
                    )
                )
            ):
                direction = "lower" if m.group("sign") == "-" else "higher"
            if direction is None:
                continue
        if not follow and _points_of_quantity(s, m):
            continue  # "FMD increased (by x%, ...)", "HbA1c level (-x%; P = ...)": percentage points
        magnitude = float(m.group("num"))
        negative = bool(_NEGATIVE.match(direction)) or m.group("sign") == "-"
        effect = _Effect("percent_change", -magnitude if negative else magnitude, min(start, m.start()), end)
        effect.bracketed = bracketed
        if ci_pos == m.end():
            effect.p_from = m.end()  # "a 58% (p < 0.01) reduction": a P value in the bracket is the change's
        if ci_pos is None and (noun := _RISK_NOUN.match(text, end)):
            ci_pos = (
                end if _ci_after(s, end, magnitude, allow_units=False) else noun.end()
            )  # "lower risk (CI"
        ci = _ci_after(s, end if ci_pos is None else ci_pos, magnitude, allow_units=False)
        if (
            not ci and ci_pos is None
        ):  # "a 10.0% lower CFR (95% CI: -17.0%, -2.5%)": after the noun it changes
            ci = _ci_after(s, end, magnitude)
        if not ci and ci_pos is None and (phrase := _CHANGED_PHRASE.match(text, end)):
            # "a 22 percent reduction in the risk of death from any cause in A (95 percent CI, 0 to 40 percent)"
            ci = _ci_after(s, phrase.end(), magnitude, allow_units=False)
        # "30% (95% CI 1, 51) higher": in the bracket between a change and its direction word, a CI holding the
        # change is its own, with or without percent signs
        between = ci_pos == m.end() and follow is not None and ci is not None and ci.end <= follow_end
        if ci and (ci.percent or (between and ci.lower - 1e-9 <= magnitude <= ci.upper + 1e-9)):
            effect.ci_level = ci.level
            # "x% lower (95% CI, -a% to b%)": a CI of the unsigned size, one bound negative, is negated too (not one
            # that holds the signed change, "a decrease of x% (-a% to b%)" with -a < -x < b)
            lo, hi = min(ci.lower, ci.upper), max(ci.lower, ci.upper)
            holds = lo - 1e-9 <= magnitude <= hi + 1e-9 and not lo - 1e-9 <= -magnitude <= hi + 1e-9
            if negative and m.group("sign") != "-" and (min(ci.lower, ci.upper) >= 0 or holds):
                effect.ci_lower, effect.ci_upper = (
                    -max(ci.lower, ci.upper) + 0.0,
                    -min(ci.lower, ci.upper) + 0.0,
                )
            else:
                effect.ci_lower, effect.ci_upper = ci.lower, ci.upper
            effect.end = max(ci.end, end)
        if by_read and direction:
            last_by = (direction, effect.end)
        out.extend(_shared_sign(s, m.start(), effect))
        s.consumed.append((m.start(), effect.end))
        out.append(effect)
    return out


def _shared_sign(s: _Sentence, pos: int, effect: _Effect) -> list[_Effect]:
    """The numbers before a percent change at ``pos`` that share its percent sign and direction ("(respectively,
    183 and 163% above controls)", "by 12, 15 and 20%"), in reading order."""
    found: list[_Effect] = []
    while (m := _SHARED_SIGN_BEFORE.search(s.text, max(0, pos - 40), pos)) and not s.is_consumed(
        m.start("num")
    ):
        magnitude = float(m.group("num"))
        value = -magnitude if (effect.value or 0) < 0 else magnitude
        found.insert(0, _Effect("percent_change", value, m.start("num"), m.end("num")))
        s.consumed.append((m.start("num"), m.end("num")))
        pos = m.start("num")
    return found
