"""The verdict: what the retrieved findings say about the question, from the stance of each finding.

Each deciding sentence (a finding about the question, conclusions first) gets stance probabilities from
``rag.stance`` and a weight: conclusions weigh more than results, the lead sentence of the conclusions most (it
states the answer; the sentences after it add limitations and calls for research), stronger evidence levels more
than weaker ones, and sentences close to the question far more than loosely related ones. The verdict is the side
holding most of the weight; "maybe" when hedges dominate or findings of different sources point both ways
(mixed); "insufficient" when no finding decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Set
from dataclasses import dataclass
from functools import partial

import numpy as np

from index.store import StoredSentence, StoredSource
from rag.compose import Scored, same_text
from rag.direction import as_stated
from rag.estimates import states_null
from rag.harm import asks_only_about_safety, bears_on_harm, claims_harm, speaks_of_safety
from rag.outcomes import AskedOutcome, names_itself, reporting
from rag.phrasing import beyond_yes_no
from rag.population import asked_population, speaks_of_population
from rag.schemas import Stance, Verdict, VerdictLabel
from rag.stance import CLASSES, FEATURE_COUNT, NULL_RESULT, StanceModel, features
from rag.synonyms import Concept, broadest, reported_outcomes
from rag.timing import asked_timing, speaks_of_timing
from rag.understand import understand

CONCLUSIONS = re.compile(r"conclu|interpretation|summary", re.I)
SECTION_WEIGHTS = (
    (CONCLUSIONS, 1.0),
    (re.compile(r"result", re.I), 0.6),
)
OTHER_SECTION_WEIGHT = 0.5
# The first sentence of a conclusions section counts this many times its section's weight. On PubMedQA dev
# (cross-validated, the stance model trained on lead sentences) the verdict scored 0.590 at 1 (all conclusion
# sentences alike), 0.604 at 3 and at 4, 0.602 at 6; the lead sentence alone matches a question's label better
# than the whole conclusion does (0.694 vs 0.664 with its own conclusions given).
LEAD_CONCLUSION_WEIGHT = 3.0
LEVEL_WEIGHTS = {1: 1.0, 2: 0.85, 3: 0.6, 4: 0.4}
RELEVANCE_TEMPERATURE = 0.05  # a sentence 0.05 less similar than the best counts e^-1 as much
MAX_DECIDING = 8
MAX_DECIDING_PER_SOURCE = 3
MIXED_SHARE = 0.3  # each side holds at least this share of the weight, from different sources
# A finding whose likeliest stance leads the next by less than this counts in proportion to the lead: a conclusion
# read at 0.46 yes / 0.47 no had outweighed six confident findings and answered "Does a plant-based diet reverse
# heart disease?" no. PubMedQA dev, 5-fold cross-validated, mean over fold seeds 0-9: 0.6562 without, 0.6586 /
# 0.6600 / 0.6594 / 0.6580 at 0.2 / 0.3 / 0.4 / 0.5 (at 0.3 no seed lower, nine higher; seed 0 0.668 -> 0.672).
# The gap between yes and no alone read 0.6606 at 0.3 but took all weight from hedged findings, so never "maybe".
TIE_MARGIN = 0.3


@dataclass(frozen=True)
class Judged:
    """One deciding sentence: its stance, the class probabilities behind it and its weight in the verdict."""

    item: Scored
    probabilities: np.ndarray  # over rag.stance.CLASSES
    weight: float
    stance: Stance


def deciding(
    scored: list[Scored],
    limit: int = MAX_DECIDING,
    reports: Callable[[StoredSentence], bool] | None = None,
) -> list[Scored]:
    """The findings about the question that the verdict is read from: best first, a few per source, each
    sentence once (an abstract indexed twice does not count twice); with ``reports``
    (``rag.outcomes.reporting``), only those that report the outcome the question names."""
    per_source: dict[str, int] = {}
    seen: set[str] = set()
    chosen: list[Scored] = []
    for item in sorted(scored, key=lambda s: -s.score):
        source_id = item.candidate.sentence.source_id
        if (
            not (item.is_finding and item.about_question)
            or per_source.get(source_id, 0) >= MAX_DECIDING_PER_SOURCE
            or same_text(item.candidate.sentence.text) in seen
            or (reports is not None and not reports(item.candidate.sentence))
        ):
            continue
        per_source[source_id] = per_source.get(source_id, 0) + 1
        seen.add(same_text(item.candidate.sentence.text))
        chosen.append(item)
        if len(chosen) == limit:
            break
    return chosen


def deciding_filter(
    question: str, outcome: AskedOutcome | None, sources: dict[str, StoredSource]
) -> Callable[[StoredSentence], bool] | None:
    """Which findings may decide the question (None: any).

    Those that report its outcome (``rag.outcomes.reporting``); without an outcome, for a question whose claim is
    a harm ("What are the side effects of X?"), those that report or deny a harm of its intervention, for one
    only about safety, those that speak of the safety of its intervention, and for any other ("Is X healthy?"),
    those about its intervention. Among them, for a question about
    pregnancy, breastfeeding, childhood, old age or a sex, only those that speak of that group, in the finding or
    its source's title (``rag.population``), and for a question about timing ("... in the morning?"), only those that speak of timing (``rag.timing``). For
    a question that asks for an amount or a choice ("How much ...?", "Is A or B better?"), none."""
    if beyond_yes_no(question) is not None:  # "How much X should I take?", "Is A or B better?": no yes or no
        return _no_finding
    checks: list[Callable[[StoredSentence], bool]] = []
    reports = reporting(outcome, sources)
    if reports is not None:
        checks.append(reports)
    elif claims_harm(question):  # "Is X bad for you?": findings on the harms of X
        checks += [_on_text(bears_on_harm), _on_intervention(question, sources)]
    elif asks_only_about_safety(question):  # "Is X safe?": findings on the safety of X
        checks += [_on_text(speaks_of_safety), _on_intervention(question, sources)]
    else:  # "Is X healthy?": findings on X
        checks.append(_on_intervention(question, sources))
    group = asked_population(question)
    # findings in adults do not answer "Is coffee good for kids?" or "Does exercise help depression in teenagers?"
    if group is not None:
        checks.append(_of_population(group, sources))
    if asked_timing(question) is not None:
        checks.append(_on_text(speaks_of_timing))
    if not checks:
        return None
    return lambda sentence: all(check(sentence) for check in checks)


def _on_intervention(question: str, sources: dict[str, StoredSource]) -> Callable[[StoredSentence], bool]:
    """Whether a sentence is about the question's table intervention: it names it, or its source's title does
    (the abstract, where there is no title), as ``rag.outcomes.reporting`` asks of findings on an outcome. A
    finding on the lower risk of preterm birth with a "prudent" dietary pattern had answered "Is it safe to take
    fish oil during pregnancy?" from a source whose abstract names fish once. Any sentence, when the question's
    intervention is no table concept."""
    mention = understand(question).intervention_mention
    if mention is None:
        return lambda _sentence: True
    names = partial(names_itself, mention.concept)
    said = _said_in_sentence_or_title(names, sources)
    # what the title names does not hold for a sentence on other agents: "Unfortunately, the long term usages of
    # these agents are associated with undue side effects" (the drugs a curcumin review sets out to replace)
    return lambda sentence: (
        said(sentence) and (names(sentence.text) or not _OTHER_AGENTS.search(sentence.text))
    )


_OTHER_AGENTS = re.compile(
    r"\b(?:these|such|those|conventional|current(?:ly)?|existing|standard|other)\s+(?:\w+\s+)?"
    r"(?:agents|drugs|medications|medicines|treatments|therapies)\b",
    re.IGNORECASE,
)


def _of_population(group: str, sources: dict[str, StoredSource]) -> Callable[[StoredSentence], bool]:
    """Whether a sentence, or its source's title, speaks of ``group`` (``rag.population``)."""
    return _said_in_sentence_or_title(partial(speaks_of_population, group), sources)


def _said_in_sentence_or_title(
    says: Callable[[str], bool], sources: dict[str, StoredSource]
) -> Callable[[StoredSentence], bool]:
    """Whether a sentence ``says`` it, or its source's title does (the abstract, where there is no title): what
    a title names holds for every finding of its source. The title is read once per source."""
    by_source: dict[str, bool] = {}

    def said(sentence: StoredSentence) -> bool:
        if sentence.source_id not in by_source:
            source = sources[sentence.source_id]
            by_source[sentence.source_id] = says(source.title or source.abstract)
        return by_source[sentence.source_id] or says(sentence.text)

    return said


def _no_finding(_sentence: StoredSentence) -> bool:
    return False


def _on_text(test: Callable[[str], bool]) -> Callable[[StoredSentence], bool]:
    """A test of a sentence's words, as a test of the stored sentence."""
    return lambda sentence: test(sentence.text)


def stance_rows(question: str, items: list[Scored]) -> np.ndarray:
    if not items:
        return np.empty((0, FEATURE_COUNT), dtype=np.float32)
    return np.stack([features(question, s.candidate.sentence.text, s.candidate.similarity) for s in items])


def section_leads(scored: list[Scored]) -> set[str]:
    """Ids of the first sentence of each section among ``scored`` (which holds every sentence of the on-topic
    sources, so the first one seen is the section's first)."""
    first: dict[tuple[str, str | None], StoredSentence] = {}
    for item in scored:
        sentence = item.candidate.sentence
        key = (sentence.source_id, sentence.section)
        if key not in first or sentence.position < first[key].position:
            first[key] = sentence
    return {sentence.sentence_id for sentence in first.values()}


def weights(
    items: list[Scored], sources: dict[str, StoredSource], leads: Set[str] = frozenset()
) -> np.ndarray:
    """Each item's weight in the verdict: section (the lead sentence of conclusions most), evidence level, and
    closeness to the question. ``leads`` are the ids of section-leading sentences (``section_leads``)."""
    if not items:
        return np.empty(0)
    best = max(s.candidate.similarity for s in items)
    return np.asarray(
        [
            _section_weight(s.candidate.sentence.section, s.candidate.sentence.sentence_id in leads)
            * LEVEL_WEIGHTS[sources[s.candidate.sentence.source_id].evidence_level]
            * float(np.exp((s.candidate.similarity - best) / RELEVANCE_TEMPERATURE))
            for s in items
        ]
    )


def _section_weight(section: str | None, lead: bool = False) -> float:
    for pattern, weight in SECTION_WEIGHTS:
        if section and pattern.search(section):
            return weight * (LEAD_CONCLUSION_WEIGHT if lead and pattern is CONCLUSIONS else 1.0)
    return OTHER_SECTION_WEIGHT


def sentence_stance(probabilities: np.ndarray, text: str) -> Stance:
    """A finding's stance: the likelier of yes and no (a hedged "maybe" still leans one way), and a "no" that
    states a null result ("no significant difference", or estimates that show no effect) is "no_effect"
    rather than "contradicts"."""
    yes, no = probabilities[CLASSES.index("yes")], probabilities[CLASSES.index("no")]
    if yes >= no:
        return "supports"
    return "no_effect" if NULL_RESULT.search(text) or states_null(text) else "contradicts"


def judge_items(
    items: list[Scored], probabilities: np.ndarray, item_weights: np.ndarray
) -> tuple[VerdictLabel, list[Judged]]:
    """The verdict label from already computed stance probabilities (split out so evaluation can refit).

    "maybe" when the findings are mostly hedged (the weighted mean probability of "maybe" is the largest) or
    sources point both ways; otherwise the side holding most of the weight, so that "most of the cited
    evidence" in the answer is true of the weights it shows. (Taking the largest mean probability instead
    scored 0.578 against 0.570 on PubMedQA dev, cross-validated: within noise, and it could contradict them.)
    Each weight is discounted by how firmly its finding takes a side (``confidence``)."""
    item_weights = item_weights * confidence(probabilities)
    judged = [
        Judged(item, p, float(w), sentence_stance(p, item.candidate.sentence.text))
        for item, p, w in zip(items, probabilities, item_weights, strict=True)
    ]
    total = float(item_weights.sum()) if judged else 0.0
    if total <= 0:
        return "insufficient", judged
    mean = (item_weights[:, None] * probabilities).sum(axis=0) / total
    if _mixed(judged) or CLASSES[int(np.argmax(mean))] == "maybe":
        return "maybe", judged
    return ("yes" if support_share(judged) >= 0.5 else "no"), judged


def confidence(probabilities: np.ndarray) -> np.ndarray:
    """How firmly each finding takes its side: 1 when its likeliest class leads the next by ``TIE_MARGIN`` or
    more, less in proportion below (one row per finding)."""
    if not len(probabilities):
        return np.empty(0)
    top_two = np.sort(probabilities, axis=1)[:, -2:]
    return np.minimum(1.0, (top_two[:, 1] - top_two[:, 0]) / TIE_MARGIN)


def support_share(judged: list[Judged]) -> float:
    """The share of the verdict's weight held by findings that support the question's claim."""
    total = sum(j.weight for j in judged)
    return sum(j.weight for j in judged if j.stance == "supports") / total if total else 0.0


def _mixed(judged: list[Judged]) -> bool:
    total = sum(j.weight for j in judged)
    sides = {"for": 0.0, "against": 0.0}
    sources: dict[str, set[str]] = {"for": set(), "against": set()}
    for j in judged:
        side = "for" if j.stance == "supports" else "against"
        sides[side] += j.weight
        sources[side].add(j.item.candidate.sentence.source_id)
    return (
        min(sides.values()) >= MIXED_SHARE * total
        and bool(sources["for"])
        and bool(sources["against"])
        and sources["for"] != sources["against"]
    )


def judge(
    question: str,
    scored: list[Scored],
    sources: dict[str, StoredSource],
    model: StanceModel,
    outcome: AskedOutcome | None = None,
    denied: bool = False,
) -> tuple[Verdict, list[Judged]]:
    """The verdict on ``question`` from the findings of ``scored``; ``denied``: the question is the effect the
    asked claim denies, and the verdict speaks of the claim (``rag.phrasing.positive_claim``)."""
    items = deciding(scored, reports=deciding_filter(question, outcome, sources))
    probabilities = as_stated(
        model.predict_proba(stance_rows(question, items)),
        [s.candidate.sentence.text for s in items],
        question,
        outcome,
        denied,
    )
    label, judged = judge_items(items, probabilities, weights(items, sources, section_leads(scored)))
    counts = {
        stance: sum(j.stance == stance for j in judged) for stance in ("supports", "contradicts", "no_effect")
    }
    agreeing = [j for j in judged if _agrees(j.stance, label)] or judged
    named = _named_outcome(question, [j.item.candidate.sentence.text for j in agreeing], outcome)
    return (
        Verdict(
            label=label,
            supporting=counts["supports"],
            contradicting=counts["contradicts"],
            no_effect=counts["no_effect"],
            deciding_sentence_ids=[j.item.candidate.sentence.sentence_id for j in judged],
            weighted_share=_side_share(judged, label),
            reported_outcome=named.name if named else None,
        ),
        judged,
    )


def _named_outcome(question: str, texts: list[str], outcome: AskedOutcome | None) -> Concept | None:
    """The outcome the verdict says its findings report. The question's own, when they name it (or, past its
    filter, say it in other words: "inflammatory"), as the question puts it when at least half of them do
    ("stroke", not its group "heart health") and else as its broadest group; an outcome in the question's words
    is what they all name. Otherwise one that at least half of them report ("bone turnover markers" for bone
    density), and for an asked outcome only a surrogate of it: "supports an effect on heart rate" had rested on
    one finding of seven for "Is red wine good for the heart?", and "on sleep" answered "Is intermittent
    fasting good for weight loss?"."""
    if not texts:
        return None
    if outcome is not None and 2 * sum(names_itself(outcome.concept, text) for text in texts) >= len(texts):
        return outcome.concept
    mention = understand(question).outcome_mention
    asked = broadest(outcome.concept) if outcome else (broadest(mention.concept) if mention else None)
    if (outcome is not None and outcome.worded) or (asked is not None and asked in reported_outcomes(texts)):
        return asked
    most = reported_outcomes(texts, at_least_half=True)
    if outcome is not None:  # past its filter, only a surrogate of it: "sleep" is none of weight loss
        most = [c for c in most if c.name in outcome.groups]
    intervention = understand(question).intervention_mention
    if intervention is not None:  # "Does sleep affect weight?" had said "supports an effect on sleep"
        most = [c for c in most if c != broadest(intervention.concept)]
    if most:
        return most[0]
    return asked if outcome is not None else None  # past the outcome's filter: they say it in other words


def _side_share(judged: list[Judged], label: VerdictLabel) -> float | None:
    if label not in ("yes", "no"):
        return None
    share = support_share(judged)
    return round(share if label == "yes" else 1 - share, 3)


def _agrees(stance: Stance, label: VerdictLabel) -> bool:
    """Whether a finding's stance is on the verdict's side (every finding is, for maybe and insufficient)."""
    return {"yes": stance == "supports", "no": stance in ("contradicts", "no_effect")}.get(label, True)
