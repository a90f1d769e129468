"""Which way a question asks an outcome to move, and which way a finding says it moved.

The stance model reads findings language ("significantly associated", "no difference") but not its direction,
so "Does soy *increase* breast cancer risk?" read "soy intake was associated with a significantly *reduced* risk
of breast cancer" as support. When a question names its outcome and asks for a direction ("increase", "raise",
"cause"; "reduce", "lower", "prevent") and a finding states the outcome's direction in the words right around
it ("reduced risk of breast cancer", "colorectal cancer risk was increased"), a finding the model reads as
support contradicts the question's claim when it moves the outcome the other way. A negated direction ("did not
reduce"), a finding that does not name the intervention ("high homocysteine raises the risk of ...") or is
about a lack or less of it ("vitamin D deficiency increases the risk of fracture", "reducing salt intake lowers
blood pressure") is left to the stance model. Where the words around the outcome say nothing, ratios that show
an effect do ("the hazard ratio of breast cancer was 0.62 (0.48-0.80)": down; ``rag.estimates``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

import numpy as np

from index.lexical import analyze
from rag.estimates import ratio_direction, with_null_estimates
from rag.harm import against_harm, against_safety, of_a_lack
from rag.outcomes import STEM_PREFIX, AskedOutcome, Direction
from rag.stance import CLASSES, NULL_RESULT, flipped, without_reference_groups
from rag.understand import QuestionFrame

# Verbs and comparatives that ask for more or less of the outcome, read between the intervention and the outcome
# ("Does soy *increase* breast cancer risk?", "Is X associated with a *higher* risk of Y?", "... *fewer* fractures")
_ASKED = {
    "up": re.compile(
        r"\b(?:increas|rais|boost|promot|caus|elevat|worsen|aggravat|exacerbat|accelerat|hasten|trigger|"
        r"lead to|leads to|feeds?\b|higher\b|greater\b|more likely\b)\w*",
        re.I,
    ),
    "down": re.compile(
        r"\b(?:reduc|lower|decreas|prevent|protect|cut|shorten|slow|fight|block|combat|alleviat|reliev|"
        r"delay|lessen|diminish|dampen|eas(?:e|es|ed|ing)\b|sooth|interfer|inhibit|impair|hinder|hamper|suppress|"
        r"less\b|fewer\b)\w*",
        re.I,
    ),
}
# The sign of an asked association, wherever it stands ("Is there a *positive* association between X and Y?",
# "Is X *inversely* related to Y?"): more of one with more of the other, or with less
_ASKED_SIGN = re.compile(
    r"\b(?P<sign>positive|negative|inverse|direct)(?:ly)?\s+(?:\w+\s+)?(?:associat|correlat|relat|link)\w*",
    re.I,
)
_STATED = {
    "up": re.compile(
        r"^(?:increas\w*|higher|elevat\w*|rais\w*|greater|rise|rose|positively|enhanc\w*)$", re.I
    ),
    "down": re.compile(
        r"^(?:reduc\w*|lower\w*|decreas\w*|less|fewer|declin\w*|diminish\w*|attenuat\w*|inverse(?:ly)?|"
        r"protect\w*|prevent\w*|drop\w*|fell|fall\w*|anti)$",
        re.I,
    ),
}
_NEGATOR = re.compile(r"^(?:no|not|without|neither|nor|never|\w*n['’]t)$", re.I)
_LESS_BEFORE = re.compile(
    r"^(?:reduc\w*|restrict\w*|lower(?:ing)?|decreas\w*|cut\w*|limit\w*|avoid\w*|withdraw\w*|low|less|loss|"
    r"depletion)$",
    re.I,
)
_LESS_AFTER = re.compile(
    r"^(?:reductions?|restrictions?|limitations?|avoidance|withdrawal|cuts?|loss|losses|depletion)$", re.I
)
_WORD = re.compile(r"[^\W_][\w'’-]*")
# The parts of a hyphenated word, which read as words of their own around the outcome: "a cholesterol-lowering
# effect" is "a cholesterol lowering effect", "anti-fracture efficacy" against fractures
_PART = re.compile(r"[^\W_][\w'’]*")
# Words that may stand between a direction and the outcome it moves: "reduced the risk of breast cancer",
# "inversely associated with the risk of premenopausal breast cancer", "breast cancer risk was increased",
# "protective effects against breast cancer", "decreased the cumulative incidence of new vertebral fractures";
# besides them, one other word at most (see ``_allowed_gap``).
_LINKING = frozenset(
    """risk risks incidence odds hazard hazards rate rates level levels concentration concentrations prevalence
    of for in the a an with to on significantly significant statistically substantially markedly slightly
    associated related linked correlated was were is are be been has have had death mortality serum plasma blood
    total mean against effect effects cumulative new overall incident""".split()
)
# A period of follow-up between them links too: "a 29% reduction in *2 year* all-cause mortality"
_PERIOD = re.compile(
    r"^(?:\d+(?:[.,]\d+)?|(?:\d+-)?(?:years?|months?|weeks?|days?)|\w+-(?:year|month|week|day))$", re.I
)
MAX_GAP = 8
# "an inverse association between X and Y", "a positive relationship between Y and X"; in one clause
_SIGNED_ASSOCIATION = re.compile(
    r"\b(?P<sign>inverse|negative|positive|direct)(?:ly)?\s+(?:\w+\s+)?(?:associations?|relationships?|relations?|"
    r"correlations?|links?)\s+between\s+(?P<a>[^,;:.()]+?)\s+and\s+(?P<b>[^,;:.()]+)",
    re.I,
)
_COMPARATIVES = frozenset("higher greater lower less fewer more".split())
_RISK_WORDS = frozenset("risk risks odds incidence hazard hazards".split())


def asked_direction(frame: QuestionFrame | None) -> Direction | None:
    """The direction the question asks for: its verb or comparative, read between the intervention and the
    outcome (a table concept, or the question's own words for it), and the sign of an association it asks about,
    wherever that stands; None when they disagree."""
    if frame is None or not frame.intervention:
        return None
    found = {_SIGNS[m.group("sign").lower()] for m in _ASKED_SIGN.finditer(frame.question)}
    if (between := _between(frame)) is not None:
        found |= {d for d, pattern in _ASKED.items() if pattern.search(between)}
    return found.pop() if len(found) == 1 else None  # type: ignore[return-value]


def _between(frame: QuestionFrame) -> str | None:
    """The question's words between its intervention and its outcome; None unless the outcome comes after."""
    if frame.intervention_mention is not None:
        intervention_end = frame.intervention_mention.end
    elif frame.intervention and (at := frame.question.find(frame.intervention)) >= 0:
        intervention_end = at + len(frame.intervention)
    else:
        return None
    outcome_at = -1
    if frame.outcome_mention is not None:
        outcome_at = frame.outcome_mention.start
    elif frame.outcome:
        outcome_at = frame.question.find(frame.outcome, intervention_end)
    return frame.question[intervention_end:outcome_at] if outcome_at >= intervention_end else None


def stated_direction(text: str, outcome: AskedOutcome) -> Direction | None:
    """The direction a sentence states for the outcome, from the words just before or after its mention."""
    if of_a_lack(text) or not outcome.names_intervention(text):
        return None  # a lack of the intervention, or not about its effect ("high homocysteine raises risk")
    if (clause := _own_clause(text, outcome)) is not None:
        # "Whole fruits ... a lower risk of type 2 diabetes, whereas fruit juice ... a higher risk": the clause
        # that names the intervention says its direction, of the outcome the other clause named
        return stated_direction(clause, outcome) or (
            _elided_risk(clause) if outcome.reported_by(text) and not outcome.reported_by(clause) else None
        )
    words = _PART.findall(without_reference_groups(outcome.without_excluded(text)))
    stems = [_stem(w) for w in words]
    if any(_less_of(words, start, end) for start, end in _mentions(stems, outcome.intervention)):
        return None  # less of the intervention: "reducing salt intake lowers blood pressure"
    found: set[str] = set()
    ways = _forms_by_way(outcome)
    for forms, turned in ways:
        for start, end in _mentions(stems, forms):
            for i in range(max(0, start - MAX_GAP), min(len(words), end + 1 + MAX_GAP)):
                between = words[i + 1 : start] if i < start else words[end + 1 : i]
                if start <= i <= end or sum(_unlinked(w) for w in between) > _allowed_gap(
                    words[i], i < start, between
                ):
                    continue
                for direction, pattern in _STATED.items():
                    if pattern.match(words[i]) and not any(
                        _NEGATOR.match(w) for w in words[max(0, i - 3) : i]
                    ):
                        found.add(_OTHER_WAY[direction] if turned else direction)
    if not found:
        for forms, turned in ways:
            found |= {
                _OTHER_WAY[d] if turned else d
                for d in _association_between(outcome.without_excluded(text), outcome.intervention, forms)
            }
    if not found and outcome.reported_by(text):
        # "the HR for the highest intake was 0.62 (0.48-0.80)"; the other way round of mortality, for a question
        # about longevity, and of improving: "superior to placebo for global improvement of IBS symptoms (relative
        # risk 2.23 ...)" is less IBS
        ratio = ratio_direction(text)
        turned = ratio is not None and (not _reported_directly(outcome, text)) != bool(
            _BETTERING.search(text)
        )
        return _OTHER_WAY[ratio] if turned else ratio  # type: ignore[return-value,index]
    return found.pop() if len(found) == 1 else None  # type: ignore[return-value]


# A ratio of getting better: of improving, of relief, of remission or of resolution
_BETTERING = re.compile(r"\b(?:improv(?:e|es|ed|ing|ement|ements)|relief|remissions?|resolution)\b", re.I)
_CONTRAST = re.compile(r"\s*[,;]\s*(?:whereas|while|but|however,?)\s+|\s+whereas\s+", re.I)
_RISK_MOVED = re.compile(
    r"\b(?P<way>higher|increased|greater|elevated|raised|lower|reduced|decreased|less)\s+(?:\w+\s+)?"
    r"(?:risks?|odds|incidence|rates?)\b",
    re.I,
)


def _own_clause(text: str, outcome: AskedOutcome) -> str | None:
    """Of contrasting clauses ("..., whereas ..."), the only one that names the intervention, if just one does."""
    clauses = _CONTRAST.split(text)
    naming = [c for c in clauses if outcome.names_intervention(c)]
    return naming[0] if len(clauses) > 1 and len(naming) == 1 else None


def _elided_risk(clause: str) -> Direction | None:
    """The direction of a risk a clause states without naming its outcome ("... associated with a higher
    risk."): the other clause named it."""
    ways = {
        direction
        for m in _RISK_MOVED.finditer(clause)
        if not any(_NEGATOR.match(w) for w in _WORD.findall(clause[: m.start()])[-3:])
        for direction, pattern in _STATED.items()
        if pattern.match(m.group("way"))
    }
    return ways.pop() if len(ways) == 1 else None  # type: ignore[return-value]


_OTHER_WAY: dict[str, Direction] = {"up": "down", "down": "up"}
_SIGNS: dict[str, Direction] = {"positive": "up", "direct": "up", "negative": "down", "inverse": "down"}


def _forms_by_way(outcome: AskedOutcome) -> tuple[tuple[tuple[frozenset[str], ...], bool], ...]:
    """The outcome's forms that report it as they move, and those that report it the other way round."""
    inverse = set(outcome.inverse_forms)
    direct = tuple(f for f in outcome.forms if f not in inverse)
    return ((direct, False), (outcome.inverse_forms, True)) if inverse else ((direct, False),)


def _reported_directly(outcome: AskedOutcome, text: str) -> bool:
    """Does ``text`` name the outcome in a form that reports it as it moves (not the other way round)?"""
    return replace(outcome, forms=_forms_by_way(outcome)[0][0]).reported_by(text)


def _association_between(
    text: str, intervention: tuple[frozenset[str], ...], forms: tuple[frozenset[str], ...]
) -> set[str]:
    """The sign of an association stated between the intervention and the outcome ("an inverse association
    between X intake and Y": down), where the two stand too far from the sign word for the words around the
    outcome to say it."""
    found: set[str] = set()
    for match in _SIGNED_ASSOCIATION.finditer(text):
        if any(_NEGATOR.match(w) for w in _WORD.findall(text[: match.start()])[-3:]):
            continue
        sides = [[_stem(w) for w in _WORD.findall(match.group(side))] for side in ("a", "b")]
        if any(_mentions(a, intervention) and _mentions(b, forms) for a, b in (sides, sides[::-1])):
            found.add("down" if match.group("sign").lower().startswith(("inverse", "negative")) else "up")
    return found


def _unlinked(word: str) -> bool:
    return word.lower() not in _LINKING and not _PERIOD.match(word)


def _allowed_gap(word: str, before: bool, between: list[str]) -> int:
    """Other words allowed between a direction and the outcome: one before it ("inversely associated with the
    risk of premenopausal breast cancer"), none after it ("breast cancer survivors increase their intake") or
    after a comparative, which may describe who was studied ("greater baseline depression severity"), unless a
    risk stands between them ("lower risk of breast cancer")."""
    if not before:
        return 0
    if word.lower() in _COMPARATIVES:
        return 1 if any(w.lower() in _RISK_WORDS for w in between) else 0
    return 1


def as_stated(
    probabilities: np.ndarray,
    texts: list[str],
    question: str,
    outcome: AskedOutcome | None,
    denied: bool = False,
) -> np.ndarray:
    """The stance model's probabilities for ``texts`` corrected by what each sentence states: a null result
    where its estimates show no effect (``rag.estimates``), then the side its direction takes (``oriented``),
    then, for a question about harm, a finding that calls the harm low or unlikely, and for one about safety or
    a benefit, a finding that reports a harm (``rag.harm``). ``denied``: the question is the effect a claim denies
    (``rag.phrasing.positive_claim``), so each finding's yes and no are exchanged at the end to speak of the
    claim."""
    oriented_rows = oriented(with_null_estimates(probabilities, texts, question), texts, outcome)
    rows = against_safety(against_harm(oriented_rows, texts, question), texts, question)
    return np.stack([flipped(p) for p in rows]) if denied and len(rows) else rows


def oriented(probabilities: np.ndarray, texts: list[str], outcome: AskedOutcome | None) -> np.ndarray:
    """Stance probabilities (one row per sentence of ``texts``) with yes and no swapped where the model reads
    support but the sentence moves the asked outcome the other way: the model's confidence stays, the side
    follows the direction. Where the direction agrees, a "no" of the model stands (it reads hedges and
    subgroups, "however, in a subgroup ... a reduced risk", that the direction does not), unless the sentence's
    own ratios show the effect the question asks for."""
    if outcome is None or outcome.direction is None or not texts:
        return probabilities
    rows = zip(probabilities, texts, strict=True)
    return np.stack(
        [
            _oriented(
                p, outcome.direction, stated_direction(t, outcome), t, _reported_other_way_only(outcome, t)
            )
            for p, t in rows
        ]
    )


def _reported_other_way_only(outcome: AskedOutcome, text: str) -> bool:
    return bool(outcome.inverse_forms) and outcome.reported_by(text) and not _reported_directly(outcome, text)


def _oriented(
    probabilities: np.ndarray, asked: Direction, stated: Direction | None, text: str, other_way: bool = False
) -> np.ndarray:
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    if stated is None:
        return probabilities
    if stated == asked:
        # the other way only where the sentence's own ratios show the effect too: "a 35% lower risk of gout
        # attacks (OR 0.65, 95% CI 0.50-0.85)" is support, whatever the model made of it; or where the finding
        # reports the outcome only the other way round, whose words the model reads against the question's
        # ("a 29% reduction in all-cause mortality" for "... help you live longer?"), or where its only null
        # result is a safety remark ("piperine enhances the ... bioavailability of curcumin ... with no adverse
        # effects")
        backed = probabilities[no] > probabilities[yes] and (
            other_way or ratio_direction(text) == asked or _null_only_on_safety(text)
        )
        return flipped(probabilities) if backed else probabilities
    return probabilities if probabilities[yes] < probabilities[no] else flipped(probabilities)


# "with no adverse effects", "without serious side effects": safety, not the asked effect
_SAFETY_REMARK = re.compile(
    r"\b(?:with\s+no|without(?:\s+any)?|and\s+no)\s+(?:serious\s+|significant\s+|major\s+|notable\s+)?"
    r"(?:adverse|side)\s+(?:effects?|events?|reactions?)\b",
    re.I,
)


def _null_only_on_safety(text: str) -> bool:
    """Is a safety remark the sentence's only null result?"""
    return bool(_SAFETY_REMARK.search(text)) and not NULL_RESULT.search(_SAFETY_REMARK.sub(" ", text))


def _less_of(words: list[str], start: int, end: int) -> bool:
    """Does the mention of the intervention at ``start``-``end`` speak of less of it ("reducing dietary salt",
    "salt reduction"; not "salt intake lowered ...", where the verb is the effect)?"""
    return any(_LESS_BEFORE.match(w) for w in words[max(0, start - 3) : start]) or any(
        _LESS_AFTER.match(w) for w in words[end + 1 : end + 3]
    )


def _mentions(stems: list[str], forms: tuple[frozenset[str], ...]) -> list[tuple[int, int]]:
    """Word spans where all stems of one of ``forms`` occur close together, every occurrence."""
    spans = []
    for form in forms:
        positions = [i for i, s in enumerate(stems) if s in form]
        for i in positions:
            near = [j for j in positions if i <= j <= i + len(form) + 2]
            if {stems[j] for j in near} >= form:
                spans.append((i, max(near)))
    return spans


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    tokens = analyze(word)
    return tokens[0][:STEM_PREFIX] if tokens else ""
