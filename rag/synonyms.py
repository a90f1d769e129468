"""The curated synonym table: concepts, the other names they go by, and where a text names them.

Concepts come from a small curated table (``rag/data/synonyms.tsv``): each group has a display name, a kind
(intervention or outcome), synonyms that mean the same thing and, optionally, narrower forms it includes
("vitamin K2" includes "MK-7") and longer phrases in which its name means something else ("calcium channel
blockers" for calcium). Table phrases are found case-insensitively, word-bounded, longest first and tolerant
to hyphens and spaces ("vitamin K-2", "omega 3"); short capital abbreviations ("EPA", "MS") only in capitals,
unless the whole text is in lower case. Questions are read with it in ``rag.understand``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

from index.british import american
from index.lexical import analyze

Kind = Literal["intervention", "outcome"]
KINDS: tuple[Kind, ...] = ("intervention", "outcome")
TABLE_PATH = Path(__file__).parent / "data" / "synonyms.tsv"

# A phrase is matched as a run of chunks of letters or digits ("vitamin K-2" -> vitamin, k, 2) with nothing
# but these separators between them, so spacing, hyphens and apostrophes do not matter.
_CHUNK = re.compile(r"[^\W\d_]+|\d+")
_GAP = re.compile(r"[\s\-\u2010-\u2015'\u2019./(),:+]*")
# How people shorten the first word of a name when they type a question: "vit D", "Vit. B12"
_SHORTHAND = {"vit": "vitamin"}
# Capital abbreviations of two or three letters ("MS", "EPA", "CAD") are words too in lower case.
_CASE_SENSITIVE = re.compile(r"[A-Z]{2,3}")
# The verbs that open a table phrase said as a verb phrase ("lose weight", "gained weight")
_VERB_PHRASE = re.compile(r"(?:los[et]|losing|gain(?:ed|ing)?)\b", re.I)
INVERSE = "-"  # before a related group's name in the table: it bears on the group the other way round


def phrase_key(phrase: str) -> str:
    """A phrase's identity for matching and de-duplication: its lower-case chunks in American spelling
    ("Vitamin K-2" is "vitamin k 2", "oesophageal cancer" is "esophageal cancer")."""
    return " ".join(map(american, _CHUNK.findall(phrase.casefold())))


@dataclass(frozen=True)
class Concept:
    """One group of the table. ``includes`` is resolved: narrower forms, with the synonyms and forms of any
    group they name ("vitamin D" includes "vitamin D3", so also "cholecalciferol")."""

    name: str
    kind: Kind
    synonyms: tuple[str, ...]
    includes: tuple[str, ...] = ()
    related: tuple[str, ...] = ()  # names of groups whose findings bear on this one (surrogate measures)
    excludes: tuple[str, ...] = ()  # longer phrases in which a name of the group means something else
    # those of ``related`` that bear on it the other way round ("-mortality" in the table for longevity)
    inverse: tuple[str, ...] = ()

    @property
    def phrases(self) -> tuple[str, ...]:
        """The name and its synonyms: what means exactly this concept."""
        return (self.name, *self.synonyms)

    @property
    def alternatives(self) -> tuple[str, ...]:
        """Every phrase whose presence in a source means the source speaks of this concept."""
        return (*self.phrases, *self.includes)

    @cached_property
    def alternative_tokens(self) -> tuple[frozenset[str], ...]:
        """The alternatives as analyzed token sets (as the lexical index sees them), one per spelling variant
        ("MK-7", "MK7"); a source speaks of the concept if it has all of one set."""
        return _token_sets(self.alternatives)

    @cached_property
    def phrase_tokens(self) -> tuple[frozenset[str], ...]:
        """The name and synonyms alone as analyzed token sets: the concept itself, without its narrower forms."""
        return _token_sets(self.phrases)

    def without_excluded(self, text: str) -> str:
        """``text`` with the phrases this concept excludes blanked out: "calcium channel blockers" do not
        speak of calcium the supplement (the same length, so offsets stay)."""
        return blank_out(text, self.excludes)


def _token_sets(phrases: Iterable[str]) -> tuple[frozenset[str], ...]:
    sets: dict[frozenset[str], None] = {}
    for phrase in phrases:
        for variant in _spelling_variants(phrase):
            tokens = frozenset(analyze(variant))
            if tokens:
                sets[tokens] = None
    return tuple(sets)


def blank_out(text: str, phrases: tuple[str, ...]) -> str:
    """``text`` with ``phrases`` (word-bounded, any case, hyphen or space between words, plural "s") replaced
    by spaces of the same length, so that offsets stay."""
    if not phrases:
        return text
    return _excluded_pattern(phrases).sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=256)
def _excluded_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    words = ("[\\s\\-]+".join(map(re.escape, _CHUNK.findall(p))) for p in phrases)
    return re.compile(rf"\b(?:{'|'.join(words)})s?\b", re.I)


def _spelling_variants(phrase: str) -> set[str]:
    """The phrase, and the phrase with letters and digits joined ("MK-7" -> "MK7"). Not split apart: "vitamin
    K-2" analyzes to "vitamin", "k", "2", which any vitamin K text with a 2 in it would match."""
    joined = re.sub(r"(?<=[^\W\d_])[\s\-]+(?=\d)|(?<=\d)[\s\-]+(?=[^\W\d_])", "", phrase)
    return {phrase, joined}


@dataclass(frozen=True)
class Mention:
    """A table concept found in the question, with the words the question used for it."""

    concept: Concept
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """The question's words, followed by the concept's name when they share no word with it:
        "menaquinone (vitamin K2)", "BMD (bone mineral density)", but "bone density", "fish oil". Words said as
        a verb ("lose weight") give the concept's name ("weight loss"): "findings on weight loss", not "on lose
        weight"."""
        if _VERB_PHRASE.match(self.text):
            return self.concept.name
        if phrase_key(self.text) == phrase_key(self.concept.name) or set(analyze(self.text)) & set(
            analyze(self.concept.name)
        ):
            return self.text
        return f"{self.text} ({self.concept.name})"


class SynonymTable:
    """The curated concept groups, compiled for matching."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.by_key: dict[str, Concept] = {}
        for concept in self.concepts:
            for phrase in concept.phrases:
                other = self.by_key.setdefault(phrase_key(phrase), concept)
                if other is not concept:
                    raise ValueError(f"{phrase!r} is in two groups: {other.name!r} and {concept.name!r}")
        # The groups that include a group, nearest only: "MK-7" -> "vitamin K2" (not also "vitamin K").
        above: dict[str, list[Concept]] = {}
        for concept in self.concepts:
            for narrower in dict.fromkeys(
                filter(None, map(self.by_key.get, map(phrase_key, concept.includes)))
            ):
                above.setdefault(narrower.name, []).append(concept)
        self.broader: dict[str, tuple[Concept, ...]] = {
            name: tuple(b for b in groups if not any(b in above.get(m.name, ()) for m in groups))
            for name, groups in above.items()
        }
        # Surrogates: the groups whose findings bear on a group ("bone turnover markers" on "bone density").
        by_name = {c.name: c for c in self.concepts}
        for concept in self.concepts:
            for name in concept.related:
                if name not in by_name:
                    raise ValueError(f"{concept.name!r} is related to {name!r}, which is no group")
        self.related: dict[str, tuple[Concept, ...]] = {
            c.name: tuple(by_name[n] for n in c.related) for c in self.concepts if c.related
        }
        # Phrase keys by length in chunks; two-and-three-letter capital abbreviations by their exact chunks.
        self._plain: dict[str, Concept] = {}
        self._sensitive: dict[str, Concept] = {}
        for concept in self.concepts:
            for phrase in concept.phrases:
                if _CASE_SENSITIVE.fullmatch(phrase):
                    self._sensitive[phrase] = concept
                else:
                    self._plain[phrase_key(phrase)] = concept
        self._loose = {key.casefold(): c for key, c in self._sensitive.items()}
        self._longest = max((len(k.split()) for k in self._plain), default=1)
        # First words of every phrase: most words of a sentence start none, and skip the lookups entirely.
        self._first_words = frozenset(k.split()[0] for k in self._plain) | frozenset(self._loose)

    @classmethod
    def load(cls, path: Path = TABLE_PATH) -> SynonymTable:
        return cls.parse(path.read_text(encoding="utf-8"), str(path))

    @classmethod
    def parse(cls, text: str, origin: str = "<table>") -> SynonymTable:
        """Read the TSV (kind, name, synonyms, includes, related, excludes; "#" comments), resolving includes
        that name a group."""
        rows: list[tuple[Kind, str, list[str], list[str], list[str], list[str]]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.rstrip("\n").split("\t")]
            if not 2 <= len(cells) <= 6 or cells[0] not in KINDS or not cells[1]:
                raise ValueError(
                    f"{origin}:{number}: expected 'kind<TAB>name[<TAB>synonyms[<TAB>includes[<TAB>related"
                    f"[<TAB>excludes]]]]' with kind one of {KINDS}, got {line!r}"
                )
            cells += [""] * (6 - len(cells))
            rows.append((cells[0], cells[1], *map(_split, cells[2:])))  # type: ignore[arg-type]
        direct = {name: Concept(name, kind, tuple(syn)) for kind, name, syn, *_ in rows}
        key_to_name = {phrase_key(p): c.name for c in direct.values() for p in c.phrases}
        includes = {name: inc for _, name, _, inc, *_ in rows}
        related = {name: tuple(r.removeprefix(INVERSE) for r in rel) for _, name, _, _, rel, _ in rows}
        inverse = {name: tuple(r[1:] for r in rel if r.startswith(INVERSE)) for _, name, _, _, rel, _ in rows}
        excludes = {name: tuple(exc) for _, name, _, _, _, exc in rows}

        def resolve(name: str, seen: frozenset[str]) -> list[str]:
            out: list[str] = []
            for phrase in includes[name]:
                group = key_to_name.get(phrase_key(phrase))
                if group is None:
                    out.append(phrase)
                elif group not in seen:
                    out += [*direct[group].phrases, *resolve(group, seen | {group})]
            return out

        concepts = []
        for name, concept in direct.items():
            unique = {phrase_key(p): "" for p in concept.phrases}  # its own phrases are not narrower forms
            for phrase in resolve(name, frozenset({name})):
                unique.setdefault(phrase_key(phrase), phrase)
            concepts.append(
                Concept(
                    name,
                    concept.kind,
                    concept.synonyms,
                    tuple(filter(None, unique.values())),
                    related[name],
                    excludes[name],
                    inverse[name],
                )
            )
        return cls(concepts)

    def find(self, question: str) -> list[Mention]:
        """Table concepts named in the question, left to right, longest match first, never overlapping."""
        chunks = list(_CHUNK.finditer(question))
        # each chunk once in lower case and American spelling, as the table's phrase keys are
        folded = [american(c.group().casefold()) for c in chunks]
        # Abbreviations match in any case only when the question is written in lower case.
        sensitive = self._sensitive if any(ch.isupper() for ch in question[1:]) else None
        # joins[j]: may chunk j be followed by chunk j + 1 within one phrase (only separators between them)?
        joins = [bool(_GAP.fullmatch(question, a.end(), b.start())) for a, b in pairwise(chunks)]
        found: list[Mention] = []
        i = 0
        while i < len(chunks):
            concept, length = None, 0
            if self._may_start(folded[i]) and _starts_word(question, chunks[i].start()):
                for length in range(min(self._longest, len(chunks) - i), 0, -1):
                    if not all(joins[i : i + length - 1]) or not _ends_word(
                        question, chunks[i + length - 1].end()
                    ):
                        continue
                    concept = self._lookup(folded[i : i + length], chunks[i].group(), sensitive)
                    if concept is not None:
                        break
            if concept is None:
                i += 1
                continue
            start, end = chunks[i].start(), chunks[i + length - 1].end()
            found.append(Mention(concept, question[start:end], start, end))
            i += length
        return found

    def _may_start(self, word: str) -> bool:
        """Whether some phrase begins with ``word`` (folded, as ``find`` has it; or, for a plural one-word phrase,
        its singular)."""
        word = _SHORTHAND.get(word, word)
        return word in self._first_words or (word.endswith("s") and word[:-1] in self._first_words)

    def _lookup(self, words: list[str], first: str, sensitive: dict[str, Concept] | None) -> Concept | None:
        """The concept the folded ``words`` name; ``first`` is the first word as written, for the abbreviations
        that match only in capitals."""
        if len(words) > 1 and words[0] in _SHORTHAND:  # "vit D" is vitamin D
            words = [_SHORTHAND[words[0]], *words[1:]]
        key = " ".join(words)
        concept = self._plain.get(key)
        if concept is None and len(words) == 1:
            concept = sensitive.get(first) if sensitive is not None else self._loose.get(key)
        if concept is None and key.endswith("s") and words[-1][-1:].isalpha() and len(words[-1]) > 1:
            singular = first[:-1] if len(words) == 1 else first
            concept = self._lookup([*words[:-1], words[-1][:-1]], singular, sensitive)  # a plural
        # the plural of a name that ends in a number: "omega-3s"
        if concept is None and words[-1] == "s" and len(words) > 1 and words[-2].isdigit():
            concept = self._lookup(words[:-1], first, sensitive)
        return concept


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum())


def _ends_word(text: str, at: int) -> bool:
    return at == len(text) or not text[at].isalnum()


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


@lru_cache(maxsize=1)
def table() -> SynonymTable:
    """The packaged table, loaded and compiled once."""
    return SynonymTable.load()


def reported_outcomes(
    texts: Iterable[str], synonyms: SynonymTable | None = None, at_least_half: bool = False
) -> list[Concept]:
    """The outcome concepts that sentences report, each lifted to the broadest group that includes it
    ("osteocalcin" -> "bone turnover markers"), most often named first; with ``at_least_half``, only those that at
    least half of the sentences name."""
    synonyms = synonyms or table()
    counts: dict[Concept, int] = {}
    texts = list(texts)
    for text in texts:
        for concept in dict.fromkeys(m.concept for m in synonyms.find(text) if m.concept.kind == "outcome"):
            top = broadest(concept, synonyms)
            counts[top] = counts.get(top, 0) + 1
    return sorted(
        (c for c in counts if not at_least_half or 2 * counts[c] >= len(texts)), key=lambda c: -counts[c]
    )


def broadest(concept: Concept, synonyms: SynonymTable | None = None) -> Concept:
    """The group that includes ``concept`` and is included by no other (itself if none; stops where a concept
    has more than one broader group, since it then belongs to neither alone)."""
    synonyms = synonyms or table()
    seen = {concept.name}
    while len(up := synonyms.broader.get(concept.name, ())) == 1 and up[0].name not in seen:
        concept = up[0]
        seen.add(concept.name)
    return concept
