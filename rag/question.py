"""What a question is about: its topic terms, how rare each is in the corpus, and a readable topic phrase."""

from __future__ import annotations

import math
import re
from collections.abc import Set
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from index.lexical import analyze, is_identifier
from rag.direction import asked_direction
from rag.outcomes import (
    STEM_PREFIX,
    AskedOutcome,
    Direction,
    broader_forms,
    either_outcome,
    ends_in,
    intervention_forms,
    intervention_groups,
    outcome_of,
    worded_intervention,
    worded_outcome,
)
from rag.question_groups import (
    WORD,
    SynonymGroup,
    abbreviation_groups,
    compound_groups,
    joined_groups,
    synonym_groups,
)
from rag.question_shape import CONSUMING, QUESTION_WORDS, TEXTING_WORDS, names_something, without_asking_words
from rag.synonyms import Mention
from rag.understand import QuestionFrame, understand

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]?!/]")
MAX_WORDED_INTERVENTION = 3  # content words of an intervention the table lacks, for it to be required
MAX_WORDED_OUTCOME = 2  # content words of an outcome asked beside such an intervention, for it to be required


@dataclass(frozen=True)
class QuestionTerms:
    """The analyzed topic terms of a question, each with its IDF in the index (unseen terms get the maximum),
    grouped by the phrase they came from, and the synonym-table concepts the question names.

    ``absent`` holds the terms the corpus never saw; ``unseen`` those of them that no synonym rescues either
    (a question about "menaquinone" is not unanswerable when the corpus says "vitamin K2")."""

    terms: dict[str, float]
    phrases: list[str]
    phrase_tokens: list[tuple[str, ...]]
    unseen: frozenset[str]
    groups: tuple[SynonymGroup, ...] = ()
    frame: QuestionFrame | None = None
    absent: frozenset[str] = frozenset()

    @property
    def total_weight(self) -> float:
        return sum(self.terms.values())

    @cached_property
    def required(self) -> frozenset[str]:
        """Terms a source must contain: identifiers ("k2", "b12", "vitamind") and words the corpus never saw.
        They name one specific thing, so no near meaning may stand in for them: "vitamin K" is not K2. A
        synonym from the table may: "menaquinone-7" is K2 (see ``missing_required``). Numbers of two digits or
        more are not required: "370 women", "20 years after", "the 2009 version" count people, time or
        editions, and an abstract that reports them otherwise still answers the question."""
        # ``unseen`` too, for QuestionTerms built without ``absent`` (otherwise it is a subset of ``absent``)
        identifiers = frozenset(t for t in self.terms if is_identifier(t) and not _is_number(t))
        terms = identifiers | self.absent | self.unseen
        return terms | self.intervention_terms

    @cached_property
    def intervention_terms(self) -> frozenset[str]:
        """The terms of the intervention, when the table knows it: a source about "olive oil" does not answer a
        question about "fish oil", one that says "cod liver oil" does (``missing_required``)."""
        mention = self.frame.intervention_mention if self.frame else None
        if mention is None:
            return frozenset()
        return next((g.terms for g in self.groups if g.name == mention.concept.name), frozenset())

    def without_excluded(self, text: str) -> str:
        """``text`` without the phrases in which a concept the question names means something else: for a
        question about calcium, "calcium channel blockers" do not count as speaking of it."""
        for concept in self.frame.concepts if self.frame else ():
            text = concept.without_excluded(text)
        return text

    @cached_property
    def _owner_groups(self) -> dict[str, tuple[SynonymGroup, ...]]:
        owners: dict[str, tuple[SynonymGroup, ...]] = {}
        for group in self.groups:
            for term in group.terms:
                owners[term] = (*owners.get(term, ()), group)
        return owners

    def missing_required(self, tokens: Set[str]) -> frozenset[str]:
        """The required terms ``tokens`` lack. A required term of a concept the question names ("k2" of
        "vitamin K2", "menaquinon" of "menaquinone") is there when the tokens name the concept in any of its
        table forms ("vitamin K2", "menaquinone-7", "MK-7"); other required terms must be there verbatim."""
        owners = self._owner_groups
        return frozenset(
            t
            for t in self.required
            if not (any(g.named_in(tokens) for g in owners[t]) if t in owners else t in tokens)
        )

    def unseen_in(self, tokens: Set[str]) -> frozenset[str]:
        """The unseen terms that ``tokens`` do not name in another compound form either: a source that writes
        "shock wave" answers a question about "shockwave" like any other, one that does not only by restating
        the question."""
        return self.unseen & self.missing_required(tokens)

    def coverage(self, tokens: Set[str]) -> float:
        """IDF-weighted share of the topic terms present in ``tokens`` (1.0 when the question has no topic).
        The terms of a named concept count as present when the tokens name it in other words ("heart" is there
        when a source says "cardiovascular health"), and a word when they hold another form of its stem
        ("diagnosed" for "diagnosis", ``_stem_in``)."""
        total = self.total_weight
        if total == 0:
            return 1.0
        via_synonym: set[str] = set()
        for group in self.groups:
            if not group.terms <= tokens and group.named_in(tokens):
                via_synonym |= group.terms
        return (
            sum(w for t, w in self.terms.items() if t in tokens or t in via_synonym or _stem_in(t, tokens))
            / total
        )

    @cached_property
    def outcome(self) -> AskedOutcome | None:
        """The outcome the question names, with the forms that report it, and the intervention's forms: a table
        outcome ("Is green tea good for weight loss?") or, beside a table intervention proper, the question's
        own words for one the table lacks ("Does folate prevent neural tube defects?"); an intervention the
        table lacks only beside a table outcome its words end in ("Does red yeast rice lower cholesterol?").
        Otherwise a table outcome is as often the population or setting ("... in breast cancer patients"),
        and findings need not name it."""
        frame = self.frame
        if frame is None:
            return None
        mention = frame.intervention_mention
        if mention is None:
            return _beside_worded_intervention(frame) or _worded_alone(frame)
        if frame.outcome_mention is not None:
            asked = outcome_of(frame.outcome_mention.concept)
            for listed in _listed_with(frame, frame.outcome_mention):
                asked = either_outcome(asked, outcome_of(listed.concept))
        elif mention.concept.kind == "intervention" and frame.outcome:
            asked = worded_outcome(frame.outcome)  # "Does folate prevent neural tube defects?"
        else:
            asked = None
        if asked is None:
            return None
        return replace(
            asked,
            direction=_direction(frame, asked),
            intervention=intervention_forms(mention.concept),
            intervention_excludes=mention.concept.excludes,
            intervention_groups=intervention_groups(mention.concept),
            broader_intervention=broader_forms(mention.concept),
        )

    @property
    def topic(self) -> str:
        """The intervention and the outcome when the question names both ("menaquinone (vitamin K2) and bone
        turnover markers"), else its topic phrases."""
        if self.frame is not None and self.frame.topic:
            return self.frame.topic
        return " and ".join(self.phrases) if self.phrases else "this question"


def _direction(frame: QuestionFrame, asked: AskedOutcome) -> Direction | None:
    """The direction the question's verb asks for; for an outcome some findings report the other way round,
    up when the verb says nothing: "Does X help you live longer?" asks for longer life, so less mortality."""
    return asked_direction(frame) or ("up" if asked.inverse_forms else None)


_LISTED = re.compile(r"\s*(?:,\s*)?(?:and|or|&|,)\s*", re.IGNORECASE)


def _listed_with(frame: QuestionFrame, outcome: Mention) -> list[Mention]:
    """Table outcomes listed after the asked one ("Treating asthma *and eczema* with ..."): findings on any of them
    answer it; the first had been the only one, so eczema findings no longer counted once asthma was known."""
    listed: list[Mention] = []
    end = outcome.end
    for mention in sorted(frame.mentions, key=lambda m: m.start):
        if mention.start < end or mention.concept.kind != "outcome":
            continue
        if not _LISTED.fullmatch(frame.question[end : mention.start]):
            break
        listed.append(mention)
        end = mention.end
    return listed


def _beside_worded_intervention(frame: QuestionFrame) -> AskedOutcome | None:
    """The table outcome of "Does red yeast rice lower cholesterol?", with the intervention in the question's
    words, which its findings' sources must name; only where the outcome words end in the table outcome
    but for generic words ("blood sugar *control*"; "palliative lung cancer *patients*" names who, "cancer
    *detection*" a test) and the intervention has at most three content words."""
    outcome = frame.outcome_mention
    forms = _short_worded(frame.intervention, MAX_WORDED_INTERVENTION)
    if outcome is None or not forms or not ends_in(frame.outcome or "", outcome.text):
        return None
    asked = outcome_of(outcome.concept)
    return replace(asked, direction=_direction(frame, asked), intervention=forms)


def _worded_alone(frame: QuestionFrame) -> AskedOutcome | None:
    """An outcome in the question's words beside an intervention that is no table one either ("Is fasting good
    for the *brain*?"): findings must name the outcome, and they or their source's title the intervention, as
    for a table intervention (a finding on lavender oil and brain waves had answered that question). Only for a
    short intervention and outcome, as everyday questions put them."""
    if frame.outcome_mention is not None or not frame.outcome:
        return None
    forms = _short_worded(frame.intervention, MAX_WORDED_INTERVENTION)
    if not forms or not _short_worded(frame.outcome, MAX_WORDED_OUTCOME):
        return None
    asked = worded_outcome(frame.outcome)
    return replace(asked, direction=_direction(frame, asked), intervention=forms) if asked else None


def _short_worded(words: str | None, most: int) -> tuple[frozenset[str], ...]:
    """The question's words as a worded form (``worded_intervention``) when they have 1 to ``most`` content
    words, else none."""
    forms = worded_intervention(words) if words else ()
    return forms if forms and all(len(form) <= most for form in forms) else ()


def topic_phrases(question: str) -> list[str]:
    """Maximal runs of topic words, in the question's own spelling: "vitamin K2", "bone density". A capital
    letter within a run names something ("vitamin A", "hepatitis A"), unlike the article; a contracted negation
    ("don't") is none."""
    phrases: list[str] = []
    for clause in _CLAUSE_BREAK.split(without_asking_words(question)):
        current: list[str] = []
        for word in [*WORD.findall(clause), ""]:
            lowered = word.lower().replace("\u2019", "'")
            named = names_something(word, current[-1] if current else None)
            named = named or (lowered in ("effect", "effects") and current[-1:] in (["side"], ["adverse"]))
            asks = lowered in QUESTION_WORDS or word in TEXTING_WORDS
            if word and (named or not asks) and not lowered.endswith("n't"):
                current.append(word)
            elif current:
                if not all(w.lower() in CONSUMING for w in current):  # "What should I *eat* to ...?"
                    phrases.append(" ".join(current))
                current = []
    return phrases


def spelled(question: str, stems: Set[str]) -> list[str]:
    """The question's words that analyze to any of ``stems``, in the question's own spelling."""
    if not stems:
        return []
    return list(dict.fromkeys(w for w in WORD.findall(question) if not stems.isdisjoint(analyze(w))))


def question_terms(
    question: str,
    document_frequency: dict[str, int],
    num_docs: int,
    spelled_out: tuple[tuple[str, str], ...] = (),
) -> QuestionTerms:
    """The question's terms; ``spelled_out``: (long form, abbreviation) pairs of abbreviations the question was
    written with and is read without (``rag.abbreviations``), which a source may still name it by."""
    phrases = topic_phrases(question)
    # "the public's valuation": the possessive's "s" is no one-letter identifier like the D of "vitamin D"
    phrase_tokens = [tuple(dict.fromkeys(analyze(_POSSESSIVE.sub("", p)))) for p in phrases]
    tokens = dict.fromkeys(t for group in phrase_tokens for t in group)
    terms = {
        t: _idf(document_frequency.get(t, 0), num_docs) * (HOW_EATEN_WEIGHT if t in _HOW_EATEN else 1.0)
        for t in tokens
    }
    absent = frozenset(t for t in tokens if document_frequency.get(t, 0) == 0 and not _is_number(t))
    frame = understand(question)
    groups = synonym_groups(frame, frozenset(tokens)) + abbreviation_groups(
        question, frozenset(tokens), spelled_out
    )
    # A word the corpus never saw leaves the question unanswerable, unless its concept has a form the corpus
    # knows.
    known = {
        t
        for g in groups
        if any(all(document_frequency.get(x, 0) for x in alt) for alt in g.alternatives)
        for t in g.terms
    }
    unseen = absent - known
    if unseen:  # ... or a source writes it as the other kind of compound (see ``unseen_in``)
        groups += compound_groups(question, unseen, lambda t: document_frequency.get(t, 0) > 0)
    groups += joined_groups(phrase_tokens, {t for g in groups for t in g.terms})
    return QuestionTerms(
        terms=terms,
        phrases=phrases,
        phrase_tokens=phrase_tokens,
        unseen=unseen,
        groups=groups,
        frame=frame,
        absent=absent,
    )


# Words for how often or in what way something is eaten: a source on eggs and heart disease answers "Is it okay
# to eat eggs every day?" whether or not it says "eat" or "every" (rare words, which had held most of the
# question's weight, so the sources covered 0.26 of it and the question abstained). They still count, a quarter.
_HOW_EATEN = frozenset(
    analyze(
        "eat eats eating ate consume consumes consuming consumption intake every everyday day days daily regularly"
    )
)
HOW_EATEN_WEIGHT = 0.25


def _stem_in(term: str, tokens: Set[str]) -> bool:
    """Does a word of ``tokens`` share the first ``STEM_PREFIX`` letters of ``term``: another form of its stem
    ("diagnos" of diagnosed for "diagnosi" of diagnosis)? Shorter words and identifiers only meet themselves
    ("vitamink2" is not "vitamin")."""
    if len(term) < STEM_PREFIX or not term.isalpha():
        return False
    return term[:STEM_PREFIX] in _cut_stems(frozenset(tokens))  # a frozenset is passed as itself, not copied


# once per token set: those of sources and sentences are cached frozensets, compared with many questions' terms
@lru_cache(maxsize=50_000)
def _cut_stems(tokens: frozenset[str]) -> frozenset[str]:
    return frozenset(t[:STEM_PREFIX] for t in tokens if len(t) >= STEM_PREFIX and t.isalpha())


def _is_number(token: str) -> bool:
    return token.isdigit() and len(token) > 1


def _idf(df: int, n: int) -> float:
    """BM25's IDF, always positive; a term the corpus never saw gets the largest value."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))
