"""Obvious typos in a question, corrected to the indexed corpus's own words: "Does tumeric reduce
inflammation?" is read as "Does turmeric reduce inflammation?".

A word the corpus never saw makes the pipeline abstain or answer loosely (``rag.question``: unseen words must be
in a source), which is right when the word is the point of the question ("... in zumba dancers", "Is creatine
good for gamers?") and wrong when it is a typo of a word the corpus uses often. A word is corrected only when
all of these hold, so that an unknown word that is the point is never stretched into a known one:

* it is a lower-case word of at least ``MIN_LENGTH`` letters, not part of a hyphenated or digit-bearing token
  ("MK-7", "Q10"): capitals mark abbreviations ("HMO"), names ("Paget") and the technical term that opens a
  question ("Endovenous laser ablation ...?");
* no English dictionary (symspellpy's 82,765 words, no misspellings) or the synonym table knows it: "gamers",
  "chess" and "firefighters" are words, not typos, however near "games" or "chest";
* at most ``RARE_SOURCES`` sources use it (corpora hold typos too: one NFCorpus abstract writes "tumeric");
* one corpus word used by at least ``min_sources`` sources is one likely slip away (Damerau-Levenshtein
  distance 1, the same first letter, and an edit people make: ``_slip``), and it is used by ``DOMINANCE`` times
  as many sources as any other such word (the inflections of one stem count as one: "vitamin", "vitamins");
  "vapers" is no slip for "papers" nor "hematoma" for "hepatoma". Two edits were tried for words of eight
  letters or more: on PubMedQA's 1,000 questions every such correction was wrong ("cognitions" as
  "conditions", "guidewires" as "guidelines"), and none of 40 everyday typos needed one;
* it is no other ending that makes another word ("rheumatica" for "rheumatic") or form ("adenoma" for
  "adenomas"), but for a final "e": "vitamine" ("vitamine D" had glued into vitamin E), "melatonine" and
  "prostat" (stemmed alike, but their embedding had turned the verdict) are corrected.

The corpus's words are read from the store's titles and abstracts, with the number of sources using each: the
lexical index holds stems only ("turmer"), and a stem cannot say which word to show the user ("probiotcs" is one
edit from "probiotics" and from "probiots", both stemmed "probiot").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from index.lexical import analyze
from rag.synonyms import table

MIN_LENGTH = 4  # shorter words have too many neighbours one edit away ("risc": risk, rise, disc)
RARE_SOURCES = 1  # a word this few sources use may be a typo (corpora have typos too)
DOMINANCE = 5  # the correction is used by this many times as many sources as the next candidate
DICTIONARY = "frequency_dictionary_en_82_765.txt"
# A word of letters only, not glued to digits, hyphens or other word characters ("MK-7", "Q10", "self-esteem").
_WORD = re.compile(r"(?<![\w\-])[^\W\d_]+(?![\w\-])")
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouy")
_SOUND_ALIKE = (frozenset("ckqsz"), frozenset("fv"), frozenset("gj"))
# Where each key of a QWERTY keyboard sits (column, row), the rows staggered as on the keyboard.
_KEYS = {
    ch: (col + shift, row)
    for row, (keys, shift) in enumerate((("qwertyuiop", 0.0), ("asdfghjkl", 0.5), ("zxcvbnm", 1.0)))
    for col, ch in enumerate(keys)
}


@dataclass(frozen=True)
class Correction:
    """One word of the question as written, and the corpus word it is read as."""

    word: str
    replacement: str
    start: int
    end: int


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words (symspellpy's frequency dictionary): a word in it is no typo."""
    text = files("symspellpy").joinpath(DICTIONARY).read_text(encoding="utf-8")
    return frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)


@lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Every lower-case word of the synonym table's phrases: curated names are never "corrected"."""
    return frozenset(
        w.casefold()
        for concept in table().concepts
        for phrase in (*concept.alternatives, *concept.excludes)
        for w in _LETTERS.findall(phrase)
    )


def source_word_counts(texts: Iterable[str]) -> Counter[str]:
    """How many of ``texts`` (one per source) use each lower-case word."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(set(_LETTERS.findall(text.casefold())))
    return counts


class Speller:
    """Corrects obvious typos against a corpus's words; ``words`` is called once, on the first word that might
    be a typo (reading the corpus takes about a second), and returns each word with the number of sources
    using it."""

    def __init__(self, words: Callable[[], Mapping[str, int]], min_sources: int) -> None:
        self._load = words
        self.min_sources = min_sources

    @cached_property
    def words(self) -> Mapping[str, int]:
        return self._load()

    @cached_property
    def _frequent(self) -> dict[str, list[str]]:
        """The words at least ``min_sources`` sources use, by first letter (typos rarely hit it)."""
        by_letter: dict[str, list[str]] = {}
        for w, n in self.words.items():
            if n >= self.min_sources and len(w) >= MIN_LENGTH - 1:
                by_letter.setdefault(w[0], []).append(w)
        return by_letter

    def read_as(self, question: str) -> str:
        """The question with its typos corrected (itself when it has none)."""
        for c in reversed(self.corrections(question)):
            question = question[: c.start] + c.replacement + question[c.end :]
        return question

    def corrections(self, question: str) -> list[Correction]:
        """The question's words read as typos of corpus words, left to right."""
        found = []
        for match in _WORD.finditer(question):
            word = match.group()
            if not _may_be_typo(word) or self.words.get(word, 0) > RARE_SOURCES:
                continue
            replacement = self.best(word)
            if replacement is None:
                continue
            if not _other_ending(word, replacement):
                found.append(Correction(word, replacement, match.start(), match.end()))
        return found

    def best(self, word: str) -> str | None:
        """The frequent corpus word one likely slip from ``word`` (``_slip``) when it clearly beats every other."""
        choices = self._frequent.get(word[:1], [])
        near = process.extract(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=1, limit=None)
        # Inflections of one stem are one candidate, shown in its most used form.
        stems: dict[str, tuple[int, str]] = {}
        for candidate, _, _ in near:
            if candidate == word or not _slip(word, candidate):
                continue
            total, shown = stems.get(_stem(candidate), (0, candidate))
            if self.words[candidate] > self.words[shown]:
                shown = candidate
            stems[_stem(candidate)] = (total + self.words[candidate], shown)
        ranked = sorted(stems.values(), reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[0][0] < DOMINANCE * ranked[1][0]):
            return None
        return ranked[0][1]


def _may_be_typo(word: str) -> bool:
    """Not too short, not capitalised (abbreviations, names such as "Paget" or "Kell", and the technical word that
    opens a question such as "Endovenous laser ablation ...?"; everyday questions open with "Does" or "Is"), and
    no word English or the table knows."""
    return (
        len(word) >= MIN_LENGTH
        and word.islower()
        and word not in english_words()
        and word not in table_words()
    )


def _stem(word: str) -> str:
    """The word as the lexical index stems it (without the glued forms of "vitamins")."""
    return next(iter(analyze(word)), word)


def _other_ending(word: str, replacement: str) -> bool:
    """Is ``replacement`` ``word`` with another ending: another word ("rheumatic" for "rheumatica", stemmed
    apart) or another form ("adenoma" for "adenomas", "anticoagulate" for "anticoagulated")? Those are no
    typos; a final "e" put in or left out is ("melatonine", "prostat": the index stems them alike, but the
    question's embedding had turned the verdict; "vitamine D" had glued into vitamin E)."""
    longer, shorter = (word, replacement) if len(word) > len(replacement) else (replacement, word)
    if not longer.startswith(shorter):
        return False
    return _stem(word) != _stem(replacement) or longer[len(shorter) :] != "e"


def _slip(typo: str, word: str) -> bool:
    """Is ``typo`` one likely slip of the hand or ear away from ``word``? A letter left out ("tumeric") or two
    swapped ("magnesuim"); a letter added that doubles one beside it ("memmory"), is a vowel or a silent "h"
    ("alchohol"), or sits next to one beside it on the keyboard; a letter replaced by a vowel for a vowel
    ("suger"), one that sounds alike ("canser") or a neighbouring key. Medical words one other edit apart are
    other words: "hematoma" is no slip for "hepatoma", "hydrogel" none for "hydrogen", "digoxin" none for
    "dioxin"."""
    if len(typo) + 1 == len(word):
        return True
    if len(typo) == len(word) + 1:
        at = next((i for i, (a, b) in enumerate(zip(typo, word, strict=False)) if a != b), len(word))
        added, beside = typo[at], typo[max(at - 1, 0) : at] + typo[at + 1 : at + 2]
        return (
            added in beside or added in _VOWELS or added == "h" or any(_neighbours(added, b) for b in beside)
        )
    differ = [i for i, (a, b) in enumerate(zip(typo, word, strict=True)) if a != b]
    if len(differ) != 1:
        return len(differ) == 2  # two letters swapped
    a, b = typo[differ[0]], word[differ[0]]
    return {a, b} <= _VOWELS or any({a, b} <= group for group in _SOUND_ALIKE) or _neighbours(a, b)


def _neighbours(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` neighbouring keys on a QWERTY keyboard?"""
    if a not in _KEYS or b not in _KEYS or a == b:
        return False
    (x, y), (u, v) = _KEYS[a], _KEYS[b]
    return abs(x - u) <= (1 if y == v else 0.5) and abs(y - v) <= 1
