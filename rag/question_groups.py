"""Synonym groups of a question's terms: the other words a source may use for them.

A term the question names through a table concept, an abbreviation it defines, a compound written the
other way ("shockwave" / "shock wave") or a code written without its space ("31 A1" / "31A1") is there when a
source uses any of those forms; ``rag.question`` uses
the groups for coverage, required terms and words the corpus never saw.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from itertools import pairwise

from index.lexical import analyze
from rag.outcomes import defined_abbreviations
from rag.understand import QuestionFrame

# A word in any script ("Sjögren"), with its possessive ("public's").
WORD = re.compile(r"[^\W_](?:[\w\-]|['’](?=\w))*")
MIN_COMPOUND_PART = 4  # "home made", "auto refraction"; shorter parts are suffixes ("cystoscop ist")


@dataclass(frozen=True)
class SynonymGroup:
    """The question terms that name one concept of the synonym table ("menaquinone" -> {"menaquinon"}), and
    the token sets that name it in other words ({"vitamin", "k2", "vitamink2"}, {"mk", "7"}, ...)."""

    name: str
    terms: frozenset[str]
    alternatives: tuple[frozenset[str], ...]
    anchors: frozenset[str]  # one token of each alternative, for a quick miss

    @classmethod
    def of(cls, name: str, terms: frozenset[str], alternatives: tuple[frozenset[str], ...]) -> SynonymGroup:
        return cls(name, terms, alternatives, frozenset(max(a, key=len) for a in alternatives))

    def named_in(self, tokens: Set[str]) -> bool:
        """Do ``tokens`` name this concept in any of its forms (all tokens of one alternative)?"""
        return not self.anchors.isdisjoint(tokens) and any(a <= tokens for a in self.alternatives)


def synonym_groups(frame: QuestionFrame, terms: frozenset[str]) -> tuple[SynonymGroup, ...]:
    """One group per concept the question names, holding the terms that only its mentions of the concept gave
    (a term the question also uses elsewhere stays literal)."""
    if not frame.mentions:
        return ()
    rest, last = [], 0
    for mention in frame.mentions:  # offsets are into frame.question, the question with its spaces normalized
        rest.append(frame.question[last : mention.start])
        last = mention.end
    rest.append(frame.question[last:])
    free = set(analyze(" ".join(rest)))
    groups: dict[str, SynonymGroup] = {}
    for mention in frame.mentions:
        owned = (frozenset(analyze(mention.text)) & terms) - free
        if not owned:
            continue
        concept = mention.concept
        known = groups.get(concept.name)
        owned = owned | known.terms if known else owned
        groups[concept.name] = SynonymGroup.of(concept.name, owned, concept.alternative_tokens)
    return tuple(groups.values())


def abbreviation_groups(
    question: str, terms: frozenset[str], spelled_out: Iterable[tuple[str, str]] = ()
) -> tuple[SynonymGroup, ...]:
    """A group for each abbreviation the question defines ("the international normalised ratio (INR)"), or was
    written with before its long form was spelled out (``spelled_out``: long form, abbreviation pairs): a source
    that writes only "INR" names the long form, and one that writes only the long form names "INR"."""
    groups = []
    for long_form, abbreviation in (*defined_abbreviations(question), *spelled_out):
        forms = frozenset(analyze(long_form)), frozenset(analyze(abbreviation))
        if all(forms) and forms[0] != forms[1]:
            groups.append(SynonymGroup.of(abbreviation, (forms[0] | forms[1]) & terms, forms))
    return tuple(g for g in groups if g.terms)


def compound_groups(
    question: str, unseen: frozenset[str], seen: Callable[[str], bool]
) -> tuple[SynonymGroup, ...]:
    """A group for each question word the corpus never saw that it may write as a compound the other way:
    "shockwave" as "shock wave", "peri-sinusoidal" as "perisinusoidal". Its terms are then there when a source
    holds the other form's words; a word that splits into no two seen words stays unseen."""
    groups = []
    for word in dict.fromkeys(WORD.findall(question)):
        terms = frozenset(analyze(word))
        if terms.isdisjoint(unseen) or not (forms := compound_forms(word, seen)):
            continue
        groups.append(SynonymGroup.of(word, terms, forms))
    return tuple(groups)


def compound_forms(word: str, seen: Callable[[str], bool]) -> tuple[frozenset[str], ...]:
    """The analyzed forms of ``word`` as the other kind of compound whose every token ``seen`` accepts: joined if
    it is hyphenated, else split into two words of at least ``MIN_COMPOUND_PART`` letters ("home made", not
    "homem ade"; a split that loses a stopword, "under prescribe", is no form of "underprescribe")."""
    if "-" in word:
        candidates = [analyze(word.replace("-", ""))]
    else:
        candidates = [
            analyze(f"{word[:i]} {word[i:]}")
            for i in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1)
        ]
        candidates = [c for c in candidates if len(c) == 2]
    return tuple(dict.fromkeys(frozenset(c) for c in candidates if c and all(seen(t) for t in c)))


def joined_groups(phrase_tokens: list[tuple[str, ...]], owned: Set[str]) -> tuple[SynonymGroup, ...]:
    """A group for each code the question writes apart from the word or number before it, which a source may
    write joined: "OTA/AO 31 A1-3 fractures" are "31A1-3" fractures, "Hb A1c" is "HbA1c". The code ("a1") is
    then there when a source holds it alone or joined ("31a1"). Codes of a group already (``owned``: "D" of
    "vitamin D") keep that group's forms."""
    groups = []
    for tokens in phrase_tokens:
        for before, code in pairwise(tokens):
            if _is_code(code) and code not in owned:
                groups.append(
                    SynonymGroup.of(code, frozenset({code}), (frozenset({code}), frozenset({before + code})))
                )
    return tuple(groups)


def _is_code(token: str) -> bool:
    """A code with a letter and a digit ("a1", "b12") or a lone letter, not a number or a glued name."""
    return (not token.isdigit() and any(ch.isdigit() for ch in token)) or (
        len(token) == 1 and token.isalpha()
    )
