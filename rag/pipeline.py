"""From question to grounded answer: retrieve, judge whether the evidence addresses the question, compose."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from index.lexical import analyze
from index.loader import EvidenceIndex
from index.store import StoredSource
from rag.abbreviations import Abbreviations
from rag.compose import Scored, abstention, compose_answer, score_sentence, select_takeaways
from rag.config import Settings
from rag.direction import as_stated
from rag.grounding import ground
from rag.outcomes import AskedOutcome
from rag.phrasing import as_claim, positive_claim
from rag.question import QuestionTerms, question_terms
from rag.retrieve import Candidate, retrieve
from rag.schemas import Answer, Stance
from rag.spelling import Speller, source_word_counts
from rag.stance import StanceModel, default_model
from rag.verdict import Judged, deciding_filter, judge, sentence_stance, stance_rows


@dataclass(frozen=True)
class SourceFilter:
    """Which sources an answer may cite. ``min_evidence_level`` is the weakest level allowed, as a strength:
    1 keeps systematic reviews only, 2 adds trials, 4 keeps everything. A year filter drops undated sources."""

    min_evidence_level: int | None = None
    year_from: int | None = None
    year_to: int | None = None

    def allows(self, source: StoredSource) -> bool:
        if self.min_evidence_level is not None and source.evidence_level > self.min_evidence_level:
            return False
        if self.year_from is None and self.year_to is None:
            return True
        if source.year is None:
            return False
        return (self.year_from or source.year) <= source.year <= (self.year_to or source.year)


@dataclass(frozen=True)
class Evidence:
    """What retrieval found for a question: every on-topic sentence scored, and their sources."""

    question: str
    terms: QuestionTerms
    scored: list[Scored]
    sources: dict[str, StoredSource]
    read_as: str | None = None  # the question with its typos corrected, when it had any
    # ``question`` is the effect the asked claim denies (``rag.phrasing.positive_claim``)
    denied: bool = False


class Pipeline:
    """A loaded index plus settings; ``ask`` is cheap, opening is not, so keep one per process."""

    def __init__(self, index: EvidenceIndex, settings: Settings, stance: StanceModel | None = None) -> None:
        self.index = index
        self.settings = settings
        self.stance = stance or default_model()
        # Analyzed words of sources and sentences, cached: stemming them per question was a third of its time.
        self._source_tokens = lru_cache(maxsize=50_000)(lambda _source_id, text: frozenset(analyze(text)))
        self._sentence_tokens = lru_cache(maxsize=200_000)(lambda _vector_id, text: frozenset(analyze(text)))
        self.speller = Speller(self._corpus_words, settings.spelling_min_sources)
        self.abbreviations = Abbreviations(self._source_sentences)

    @classmethod
    def open(cls, settings: Settings, index_dir: Path | None = None) -> Pipeline:
        return cls(EvidenceIndex.open(index_dir or settings.index_dir, settings), settings)

    def _corpus_words(self) -> Counter[str]:
        return source_word_counts(f"{s.title}\n{s.abstract}" for s in self.index.store.iter_sources())

    def warm_up(self) -> None:
        """Do now what the first questions would otherwise wait for: the model's first pass, the index's first
        reads, and mining the corpus's abbreviations (about a second)."""
        self.ask("warm up the model and the index")
        _ = self.abbreviations.table

    def _source_sentences(self) -> Iterable[list[str]]:
        store = self.index.store
        for source in store.iter_sources():
            yield [source.title, *(s.text for s in store.sentences_of(source.id))]

    def terms(self, question: str, spelled_out: tuple[tuple[str, str], ...] = ()) -> QuestionTerms:
        lexical = self.index.lexical
        return question_terms(question, lexical.document_frequency, lexical.num_docs, spelled_out)

    def ask(
        self, question: str, max_takeaways: int | None = None, filters: SourceFilter | None = None
    ) -> Answer:
        evidence = self.evidence(question, filters)
        chosen = self.takeaways(evidence, max_takeaways)
        # the answer repeats the question as it was put, and how it was read when it had typos
        asked = {"question": " ".join(question.split()), "read_as": evidence.read_as}
        if not chosen:
            answer = abstention(evidence.question, evidence.terms)
            return ground(answer, self.index.store).model_copy(update=asked)
        on_cited = cited_sentences(evidence, chosen)
        outcome = evidence.terms.outcome
        verdict, judged = judge(
            evidence.question, on_cited, evidence.sources, self.stance, outcome, evidence.denied
        )
        chosen = with_deciding(chosen, judged)
        stances = self.stances(evidence.question, chosen, judged, outcome, evidence.sources, evidence.denied)
        answer = compose_answer(
            evidence.question, evidence.terms, chosen, evidence.sources, verdict, stances, evidence.denied
        )
        return ground(answer, self.index.store).model_copy(update=asked)

    def takeaways(self, evidence: Evidence, max_takeaways: int | None = None) -> list[Scored]:
        limit = max_takeaways or self.settings.max_takeaways
        return select_takeaways(evidence.scored, evidence.sources, limit, self.settings.max_per_source)

    def evidence(self, question: str, filters: SourceFilter | None = None) -> Evidence:
        """Retrieve, keep the sources that address the question, and score every sentence of them. The
        question is read with its obvious typos corrected (``rag.spelling``: "tumeric" is "turmeric"), with the
        abbreviations the corpus defines spelled out (``rag.abbreviations``: "COPD" is "chronic obstructive
        pulmonary disease", which sources may still call "COPD") and as the claim it asks about (``rag.phrasing``): "Is it true that X ...?"
        asks "X ...?"."""
        question = " ".join(question.split())
        if not question:
            raise ValueError("the question is empty")
        reading = self.abbreviations.spelled_out(self.speller.read_as(question))
        corrected = reading.text
        read_as = corrected if corrected != question else None
        claim = as_claim(corrected)
        positive = positive_claim(claim)
        question = positive or claim
        terms = self.terms(question, reading.spelled_out)
        query = self.index.embed_query(question)
        abbreviations = tuple(short for _, short in reading.spelled_out)
        candidates = retrieve(self.index, question, self.settings, query=query, also=abbreviations)
        sources = self.index.store.sources(list(dict.fromkeys(c.sentence.source_id for c in candidates)))
        eligible = one_copy_each(self.on_topic(terms, candidates, sources), candidates, sources)
        if filters is not None:
            eligible = {sid for sid in eligible if filters.allows(sources[sid])}
        candidates = self.with_whole_sources(query, candidates, eligible)
        scored = [
            score_sentence(
                c,
                terms,
                self._sentence_tokens(c.sentence.vector_id, c.sentence.text),
                sources[c.sentence.source_id].abstract,
            )
            for c in candidates
            if c.sentence.kind == "sentence" and c.sentence.source_id in eligible
        ]
        return Evidence(question, terms, scored, sources, read_as, denied=positive is not None)

    def stances(
        self,
        question: str,
        chosen: list[Scored],
        judged: list[Judged],
        outcome: AskedOutcome | None,
        sources: dict[str, StoredSource],
        denied: bool = False,
    ) -> dict[str, Stance]:
        """The stance of each takeaway: from the verdict where it helped decide it, else classified here (and
        corrected by what it states: its estimates, its direction for the asked outcome); sentences that are
        not findings, or could not decide the verdict (another outcome than the question's, no word of safety
        for "Is X safe?", no word of timing for "... in the morning?"), are background."""
        reports = deciding_filter(question, outcome, sources)
        known = {j.item.candidate.sentence.sentence_id: j.stance for j in judged}
        rest = [
            s
            for s in chosen
            if s.is_finding
            and s.candidate.sentence.sentence_id not in known
            and (reports is None or reports(s.candidate.sentence))
        ]
        if rest:
            texts = [s.candidate.sentence.text for s in rest]
            probabilities = as_stated(
                self.stance.predict_proba(stance_rows(question, rest)), texts, question, outcome, denied
            )
            for item, p in zip(rest, probabilities, strict=True):
                known[item.candidate.sentence.sentence_id] = sentence_stance(p, item.candidate.sentence.text)
        return {
            s.candidate.sentence.sentence_id: known[s.candidate.sentence.sentence_id]
            for s in chosen
            if s.candidate.sentence.sentence_id in known
        }

    def search(self, query: str, k: int) -> tuple[list[Candidate], dict[str, StoredSource]]:
        """The fused sentence ranking for a query, best first, with the sources of the hits."""
        query = " ".join(query.split())
        if not query:
            raise ValueError("the query is empty")
        hits = retrieve(self.index, query, self.settings)[:k]
        return hits, self.index.store.sources(list(dict.fromkeys(c.sentence.source_id for c in hits)))

    def on_topic(
        self, terms: QuestionTerms, candidates: list[Candidate], sources: dict[str, StoredSource]
    ) -> set[str]:
        """Sources that address the question.

        A source qualifies when (1) it contains every required term of the question (identifiers such as "K2",
        verbatim or as a synonym from the table), and (2) one of its retrieved sentences is close in meaning to
        the question: either very close (``strong_similarity``), or close enough (``min_similarity``) while the
        source also covers most of the topic terms, weighted by rarity.

        A question with a word the corpus never saw ("are beneficiaries getting *sicker*?") can only be answered
        from a source that holds every other required term (unless it writes the word as the other kind of
        compound: "shock wave" for "shockwave") and either has a sentence that restates the question
        (``restated_similarity``) or has one close to it (``unseen_close_similarity``) while covering most of
        the topic without the word ("... among *HMO* women": the word is one of many); the answer then says
        which words no cited source uses.
        """
        best: dict[str, float] = defaultdict(float)
        for c in candidates:
            best[c.sentence.source_id] = max(best[c.sentence.source_id], c.similarity)
        keep = set()
        for source_id, similarity in best.items():
            if similarity < self.settings.min_similarity:
                continue
            tokens = self.source_tokens(sources[source_id], terms)
            unseen = terms.unseen_in(tokens)
            if terms.missing_required(tokens) - unseen:
                continue
            covered = terms.coverage(tokens) >= self.settings.min_coverage
            if unseen:
                close = similarity >= self.settings.restated_similarity or (
                    covered and similarity >= self.settings.unseen_close_similarity
                )
            else:
                close = similarity >= self.settings.strong_similarity or covered
            if close:
                keep.add(source_id)
        return keep

    def with_whole_sources(
        self, query: np.ndarray, candidates: list[Candidate], eligible: set[str]
    ) -> list[Candidate]:
        """Add the unretrieved sentences of on-topic sources: once a source addresses the question, its
        findings ("It reduced ucOC ...") are candidates even when they never name the topic themselves."""
        have = {c.sentence.vector_id for c in candidates}
        extra = [
            s
            for sid in sorted(eligible)
            for s in self.index.store.sentences_of(sid)
            if s.vector_id not in have
        ]
        if not extra:
            return candidates
        similarities = self.index.similarities(
            query, np.asarray([s.vector_id for s in extra], dtype=np.int64)
        )
        return candidates + [
            Candidate(s, 0.0, float(sim), None, None) for s, sim in zip(extra, similarities, strict=True)
        ]

    def source_tokens(self, source: StoredSource, terms: QuestionTerms | None = None) -> frozenset[str]:
        """The analyzed words of a source's title and abstract (cached), without the phrases in which a
        concept of ``terms`` means something else ("calcium channel blockers" for calcium)."""
        text = f"{source.title}\n{source.abstract}"
        return self._source_tokens(source.id, terms.without_excluded(text) if terms else text)


def one_copy_each(
    eligible: set[str], candidates: list[Candidate], sources: dict[str, StoredSource]
) -> set[str]:
    """One source of each set that holds the same paper under several ids (NFCorpus indexes 40 abstracts
    twice): one copy stays (the first ranked with a PubMed id, else the first ranked), so that the paper is
    cited, listed and weighed in the verdict once."""
    copies: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source_id in dict.fromkeys(c.sentence.source_id for c in candidates):
        if source_id in eligible:
            copies[_content_key(sources[source_id].title, sources[source_id].abstract)].append(source_id)
    return {next((s for s in ids if sources[s].pmid), ids[0]) for ids in copies.values()}


@lru_cache(maxsize=20_000)
def _content_key(title: str, abstract: str) -> tuple[str, str]:
    """A paper's title and abstract, case and spacing aside; cached, as it is asked for every on-topic source of
    every question."""
    return " ".join(title.lower().split()), " ".join(abstract.lower().split())


def cited_sentences(evidence: Evidence, chosen: list[Scored]) -> list[Scored]:
    """Every scored sentence of the sources the takeaways cite: the verdict reads only these, so that every
    sentence it rests on is one the answer cites."""
    cited = {s.candidate.sentence.source_id for s in chosen}
    return [s for s in evidence.scored if s.candidate.sentence.source_id in cited]


def with_deciding(chosen: list[Scored], judged: list[Judged]) -> list[Scored]:
    """Make sure the takeaways show what the verdict rests on: the weightiest finding of each side when the
    deciding findings disagree, else the weightiest deciding finding when none of them is shown.

    The takeaways are the sentences closest to the question, the deciding findings those that can answer it
    (on its outcome, its safety, its timing); without this a verdict could rest on sentences the answer never
    shows. A missing side's finding replaces the last takeaway that did not help decide the verdict (else the
    last one), never the only takeaway of a source the verdict rests on, so that every deciding source stays
    cited."""
    sides = [[j for j in judged if j.stance == "supports"], [j for j in judged if j.stance != "supports"]]
    result = list(chosen)
    deciding_ids = {j.item.candidate.sentence.sentence_id for j in judged}
    deciding_sources = {j.item.candidate.sentence.source_id for j in judged}
    for side in filter(None, sides):
        shown = {s.candidate.sentence.sentence_id for s in result}
        if any(j.item.candidate.sentence.sentence_id in shown for j in side):
            continue
        removable = [i for i in range(len(result)) if _removable(result, i, deciding_sources)]
        spare = [
            i for i in removable if result[i].candidate.sentence.sentence_id not in deciding_ids
        ] or removable
        if spare:
            result[spare[-1]] = max(side, key=lambda j: j.weight).item
    return result


def _removable(takeaways: list[Scored], i: int, deciding_sources: set[str]) -> bool:
    source = takeaways[i].candidate.sentence.source_id
    others = sum(s.candidate.sentence.source_id == source for s in takeaways) - 1
    return others > 0 or source not in deciding_sources
