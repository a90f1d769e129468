"""The constrained template: choose takeaways from retrieved sentences and fill the answer around them.

Nothing here writes a claim: every statement of fact in an answer is a stored sentence, quoted verbatim; the
fixed words around them are in ``rag.wording``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from index.lexical import analyze
from index.store import StoredSource
from rag.effects import extract_effects
from rag.findings import is_background, is_finding, is_method
from rag.harm import asks_about_safety, claims_benefit, claims_harm
from rag.phrasing import beyond_yes_no, compared_sides
from rag.population import asked_population
from rag.question import QuestionTerms, spelled
from rag.retrieve import Candidate
from rag.schemas import Answer, Grounding, SourceInfo, Stance, Takeaway, Verdict
from rag.synonyms import broadest
from rag.timing import asked_timing
from rag.wording import (
    ABSTENTION_LIMITATIONS,
    DISCLAIMER,
    EVIDENCE_NOTE,
    Asking,
    abstention_quick_answer,
    limitations,
    quick_answer,
    quoted_takeaways,
)

# A quantitative result ("WMD -1.54, 95% CI ...", "P < 0.05") of an on-topic source is about the question even
# when it names no topic word ("It reduced ucOC ...").
_STATISTIC = re.compile(r"\b(95\s?% ?CI|CI|[OHR]R|[WS]?MD|RD|IRR|p\s?[<=>]\s?0?\.\d+)\b", re.I)
FINDING_BONUS = 0.10
BACKGROUND_PENALTY = 0.10
SENTENCE_COVERAGE_WEIGHT = 0.20
MIN_SENTENCE_CHARS = 30
ABOUT_SIMILARITY = 0.35
RELEVANCE_BAND = (
    0.05  # sources within 5 % of the best source's relevance count as equal: stronger level first
)
SOURCE_DEPTH = 3


@dataclass(frozen=True)
class Scored:
    candidate: Candidate
    score: float
    is_finding: bool
    about_question: bool  # names a topic term, is close in meaning, or states a result of this source


def citation(source: StoredSource) -> str:
    """ "Zhang Z (2025)" from first author and year; a short title where authors are unknown."""
    year = f" ({source.year})" if source.year else ""
    if source.authors:
        return f"{source.authors[0]}{year}"
    words = source.title.split()
    if words:
        short = " ".join(words[:6]).rstrip(".,:;") + ("…" if len(words) > 6 else "")
        return f"{short}{year}"
    return f"PMID {source.pmid}{year}" if source.pmid else f"{source.id}{year}"


def score_sentence(
    candidate: Candidate, terms: QuestionTerms, tokens: frozenset[str] | None = None, abstract: str = ""
) -> Scored:
    """Relevance (cosine plus topic coverage) nudged towards findings and away from background.

    ``tokens`` are the sentence's analyzed words when the caller has them cached; ``abstract`` is the
    source's, for where the sentence stands in it (``rag.findings``)."""
    text = candidate.sentence.text
    finding = is_finding(candidate.sentence, abstract)
    background = is_background(text)
    coverage = terms.coverage(tokens if tokens is not None else frozenset(analyze(text)))
    score = candidate.similarity + SENTENCE_COVERAGE_WEIGHT * coverage
    score += FINDING_BONUS * finding - BACKGROUND_PENALTY * background
    about = (
        coverage > 0
        or candidate.similarity >= ABOUT_SIMILARITY
        or (finding and bool(_STATISTIC.search(text)))
    )
    return Scored(candidate, score, finding, about)


def select_takeaways(
    scored: list[Scored], sources: dict[str, StoredSource], limit: int, per_source: int
) -> list[Scored]:
    """Spread takeaways over sources: each source's best sentence before any source's second, and so on.

    Sources are ordered by retrieval relevance in bands of 5 % of the best, stronger evidence first within a
    band; within a source, sentences about the question come first and among them findings before background;
    a sentence is never repeated.
    """
    by_source: dict[str, list[Scored]] = defaultdict(list)
    for item in sorted(scored, key=lambda s: (not s.about_question, not s.is_finding, -s.score)):
        section = item.candidate.sentence.section or ""
        if len(item.candidate.sentence.text) < MIN_SENTENCE_CHARS or is_method(section):
            continue
        by_source[item.candidate.sentence.source_id].append(item)
    relevance = {sid: source_relevance(items) for sid, items in by_source.items()}
    band = RELEVANCE_BAND * max(relevance.values(), default=0.0) or 1.0
    order = sorted(
        by_source,
        key=lambda sid: (-round(relevance[sid] / band), sources[sid].evidence_level, -relevance[sid]),
    )
    return _round_robin(order, by_source, limit, per_source)


def source_relevance(items: list[Scored]) -> float:
    """How well a source answers the question: the sum of its best three fused retrieval scores, as in
    ``rag eval retrieval``. Ordering cited sources by it rather than by their best sentence's score raised the
    share of cited sources that NFCorpus dev judges relevant from 0.463 to 0.474."""
    return sum(sorted((s.candidate.fused for s in items), reverse=True)[:SOURCE_DEPTH])


def _round_robin(
    order: list[str], by_source: dict[str, list[Scored]], limit: int, per_source: int
) -> list[Scored]:
    """Each source's next unseen sentence in turn, sources in ``order``, until ``limit``."""
    chosen: list[Scored] = []
    seen_texts: set[str] = set()
    for _ in range(per_source):
        for sid in order:
            pick = next(
                (s for s in by_source[sid] if same_text(s.candidate.sentence.text) not in seen_texts), None
            )
            if pick is None:
                continue
            if len(chosen) == limit:
                return chosen
            chosen.append(pick)
            seen_texts.add(same_text(pick.candidate.sentence.text))
    return chosen


def same_text(text: str) -> str:
    """A key under which copies of one sentence meet: the corpora hold some abstracts twice, under two ids."""
    return " ".join(text.lower().split())


def source_info(source: StoredSource) -> SourceInfo:
    return SourceInfo(
        id=source.id,
        title=source.title,
        authors=source.authors,
        year=source.year,
        evidence_level=source.evidence_level,
        study_type=source.study_type,
        publication_types=source.publication_types,
        url=source.url,
        journal=source.journal,
        pmid=source.pmid,
        doi=source.doi,
        citation=citation(source),
    )


def compose_answer(
    question: str,
    terms: QuestionTerms,
    chosen: list[Scored],
    sources: dict[str, StoredSource],
    verdict: Verdict,
    stances: dict[str, Stance],
    denied: bool = False,
) -> Answer:
    """Fill the template. With no chosen sentence, the answer abstains. ``stances`` maps sentence ids to their
    stance (sentences missing from it are background); ``denied``: the verdict speaks of a claim that denies
    the effect ``question`` asks about."""
    if not chosen:
        return abstention(question, terms)
    takeaways = [
        Takeaway(
            text=s.candidate.sentence.text,
            source_id=s.candidate.sentence.source_id,
            sentence_id=s.candidate.sentence.sentence_id,
            citation=citation(sources[s.candidate.sentence.source_id]),
            evidence_level=sources[s.candidate.sentence.source_id].evidence_level,
            study_type=sources[s.candidate.sentence.source_id].study_type,
            section=s.candidate.sentence.section,
            is_finding=s.is_finding,
            stance=stances.get(s.candidate.sentence.sentence_id, "background"),
            effects=extract_effects(s.candidate.sentence.text),
            score=round(s.score, 4),
            similarity=round(s.candidate.similarity, 4),
        )
        for s in chosen
    ]
    cited = list(dict.fromkeys(t.source_id for t in takeaways))
    infos = [source_info(sources[sid]) for sid in cited]
    return Answer(
        status="answered",
        question=question,
        topic=terms.topic,
        intervention=terms.frame.intervention if terms.frame else None,
        outcome=terms.frame.outcome if terms.frame else None,
        quick_answer=quick_answer(terms.topic, verdict, takeaways, infos, asking(question, terms, denied)),
        quick_answer_sentence_ids=[t.sentence_id for t in quoted_takeaways(verdict, takeaways)],
        verdict=verdict,
        takeaways=takeaways,
        sources=infos,
        evidence_note=EVIDENCE_NOTE,
        limitations=limitations(
            {s.evidence_level for s in infos},
            spelled(question, unseen_by(terms, [sources[sid] for sid in cited])),
        ),
        disclaimer=DISCLAIMER,
        grounding=Grounding(claims=0, grounded=0),
    )


def asking(question: str, terms: QuestionTerms, denied: bool = False) -> Asking:
    """What the question asks beyond its topic, for the verdict's wording."""
    safety = asks_about_safety(question)
    return Asking(
        outcome=asked_outcome(terms),
        intervention=terms.frame.intervention
        if terms.frame and terms.outcome and terms.outcome.intervention
        else None,
        safety=safety,
        harm=claims_harm(question) and not safety,
        benefit=claims_benefit(question) and not safety,
        population=asked_population(question),
        denied=denied,
        timing=asked_timing(question),
        beyond_yes_no=beyond_yes_no(question),
        compared=compared_sides(question),
    )


def asked_outcome(terms: QuestionTerms) -> str | None:
    """The outcome whose findings decide, as the question names it ("BMD" -> "bone density", "stroke"), or in
    its own words when the table does not know it but the intervention ("neural tube defects"); else the
    broadest table concept the question names ("post stroke" -> "heart health"), as the verdict does."""
    if terms.outcome is not None:
        return terms.outcome.concept.name
    mention = terms.frame.outcome_mention if terms.frame else None
    return broadest(mention.concept).name if mention is not None else None


NO_VERDICT = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)


def abstention(question: str, terms: QuestionTerms) -> Answer:
    return Answer(
        status="insufficient_evidence",
        question=question,
        topic=terms.topic,
        intervention=terms.frame.intervention if terms.frame else None,
        outcome=terms.frame.outcome if terms.frame else None,
        quick_answer=abstention_quick_answer(terms.topic),
        verdict=NO_VERDICT,
        takeaways=[],
        sources=[],
        evidence_note=EVIDENCE_NOTE,
        limitations=ABSTENTION_LIMITATIONS,
        disclaimer=DISCLAIMER,
        grounding=Grounding(claims=0, grounded=0),
    )


def unseen_by(terms: QuestionTerms, cited: list[StoredSource]) -> frozenset[str]:
    """The question's unseen words that no cited source writes in another compound form either."""
    unseen = terms.unseen
    for source in cited:
        if not unseen:
            break
        unseen = terms.unseen_in(frozenset(analyze(f"{source.title}\n{source.abstract}"))) & unseen
    return unseen
