"""What a question is about: its topic terms, how rare each is in the corpus, and a readable topic phrase."""

from __future__ import annotations

import math
import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cached_property

from index.lexical import analyze, is_identifier

# Words that shape a question but say nothing about its topic; they must not count towards coverage.
QUESTION_WORDS = frozenset(
    """a an the and or but if of in on at to for from by with about into over than then as is are was were be been
    being am do does did doing done can could should would will shall may might must have has had having not no
    what which who whom whose when where why how whether there here this that these those it its they them their
    i me my we our you your he she his her any some much many more most less least very really actually
    effect effects affect affects affected improve improves improved improving help helps helped work works
    working benefit benefits beneficial good bad better worse best worst cause causes caused reduce reduces
    increase increases lower lowers raise raises boost boosts prevent prevents treat treats treating use uses
    using used take takes taking taken evidence study studies research science scientific proven prove true
    safe safety people person someone anyone effective effectiveness impact impacts role link linked
    relationship associated association between against vs versus supplement supplements supplementation
    supplementing useful helpful harmful worth worthwhile please pls thanks thank hi hello hey lol ok okay
    just also tell know want wondering wonder think guys question""".split()
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]?!/]")


@dataclass(frozen=True)
class QuestionTerms:
    """The analyzed topic terms of a question, each with its IDF in the index (unseen terms get the maximum),
    grouped by the phrase they came from."""

    terms: dict[str, float]
    phrases: list[str]
    phrase_tokens: list[tuple[str, ...]]
    unseen: frozenset[str]

    @property
    def total_weight(self) -> float:
        return sum(self.terms.values())

    @cached_property
    def required(self) -> frozenset[str]:
        """Terms a source must contain verbatim: identifiers ("k2", "b12", "vitamind") and words the corpus never
        saw. They name one specific thing, so no near meaning may stand in for them: "vitamin K" is not K2."""
        return frozenset(t for t in self.terms if is_identifier(t)) | self.unseen

    def coverage(self, tokens: Set[str]) -> float:
        """IDF-weighted share of the topic terms present in ``tokens`` (1.0 when the question has no topic)."""
        total = self.total_weight
        if total == 0:
            return 1.0
        return sum(w for t, w in self.terms.items() if t in tokens) / total

    @property
    def topic(self) -> str:
        return " and ".join(self.phrases) if self.phrases else "this question"


def topic_phrases(question: str) -> list[str]:
    """Maximal runs of topic words, in the question's own spelling: "vitamin K2", "bone density"."""
    phrases: list[str] = []
    for clause in _CLAUSE_BREAK.split(question):
        current: list[str] = []
        for word in [*_WORD.findall(clause), ""]:
            if word and word.lower() not in QUESTION_WORDS:
                current.append(word)
            elif current:
                phrases.append(" ".join(current))
                current = []
    return phrases


def question_terms(question: str, document_frequency: dict[str, int], num_docs: int) -> QuestionTerms:
    phrases = topic_phrases(question)
    phrase_tokens = [tuple(dict.fromkeys(analyze(p))) for p in phrases]
    tokens = dict.fromkeys(t for group in phrase_tokens for t in group)
    terms = {t: _idf(document_frequency.get(t, 0), num_docs) for t in tokens}
    unseen = frozenset(t for t in tokens if document_frequency.get(t, 0) == 0)
    return QuestionTerms(terms=terms, phrases=phrases, phrase_tokens=phrase_tokens, unseen=unseen)


def _idf(df: int, n: int) -> float:
    """BM25's IDF, always positive; a term the corpus never saw gets the largest value."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))
