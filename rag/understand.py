"""What a question asks about: its intervention and its outcome, and the other names they go by.

Concepts come from a small curated table (``rag/data/synonyms.tsv``): each group has a display name, a kind
(intervention or outcome), synonyms that mean the same thing and, optionally, narrower forms it includes
("vitamin K2" includes "MK-7") and longer phrases in which its name means something else ("calcium channel
blockers" for calcium). Table phrases are found in the question case-insensitively, word-bounded,
longest first and tolerant to hyphens and spaces ("vitamin K-2", "omega 3"); short capital abbreviations
("EPA", "MS") only in capitals, unless the whole question is in lower case. Which concept is the intervention
and which the outcome comes from the question's shape ("Does X improve Y?", "Is X good for Y?", "Treating Y
with X", "X for Y", "X and Y"), else from the concepts' kinds; where the table knows neither, the same split
of the topic words stands in.

Pure Python and precompiled: understanding a question takes well under a millisecond.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

from index.lexical import analyze

Kind = Literal["intervention", "outcome"]
KINDS: tuple[Kind, ...] = ("intervention", "outcome")
TABLE_PATH = Path(__file__).parent / "data" / "synonyms.tsv"

# A phrase is matched as a run of chunks of letters or digits ("vitamin K-2" -> vitamin, k, 2) with nothing
# but these separators between them, so spacing, hyphens and apostrophes do not matter.
_CHUNK = re.compile(r"[^\W\d_]+|\d+")
_GAP = re.compile(r"[\s\-\u2010-\u2015'\u2019./(),:+]*")
# Capital abbreviations of two or three letters ("MS", "EPA", "CAD") are words too in lower case.
_CASE_SENSITIVE = re.compile(r"[A-Z]{2,3}")


def phrase_key(phrase: str) -> str:
    """A phrase's identity for matching and de-duplication: its lower-case chunks ("Vitamin K-2" is
    "vitamin k 2")."""
    return " ".join(_CHUNK.findall(phrase.casefold()))


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
        sets: dict[frozenset[str], None] = {}
        for phrase in self.alternatives:
            for variant in _spelling_variants(phrase):
                tokens = frozenset(analyze(variant))
                if tokens:
                    sets[tokens] = None
        return tuple(sets)

    def without_excluded(self, text: str) -> str:
        """``text`` with the phrases this concept excludes blanked out: "calcium channel blockers" do not
        speak of calcium the supplement (the same length, so offsets stay)."""
        return blank_out(text, self.excludes)


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
        "menaquinone (vitamin K2)", "BMD (bone mineral density)", but "bone density", "fish oil"."""
        if phrase_key(self.text) == phrase_key(self.concept.name) or set(analyze(self.text)) & set(
            analyze(self.concept.name)
        ):
            return self.text
        return f"{self.text} ({self.concept.name})"


@dataclass(frozen=True)
class QuestionFrame:
    """What a question asks: the intervention and the outcome (the question's own words, or None when it does
    not say), the table concepts it names, and the phrases worth searching for besides its own words."""

    question: str
    intervention: str | None = None
    outcome: str | None = None
    intervention_mention: Mention | None = None
    outcome_mention: Mention | None = None
    mentions: tuple[Mention, ...] = ()
    broader: tuple[Concept, ...] = ()

    @property
    def concepts(self) -> tuple[Concept, ...]:
        return tuple(dict.fromkeys(m.concept for m in self.mentions))

    @property
    def expansions(self) -> tuple[str, ...]:
        """Synonyms and narrower forms of the named concepts that the question does not already say, once
        each: "menaquinone" gives "vitamin K2", "VK2", "MK-7", "menaquinone-7", ..."""
        said = {phrase_key(m.text) for m in self.mentions}
        out: dict[str, str] = {}
        for concept in self.concepts:
            for phrase in concept.alternatives:
                key = phrase_key(phrase)
                if key not in said:
                    out.setdefault(key, phrase)
        return tuple(out.values())

    @property
    def topic(self) -> str | None:
        """ "vitamin K2 and bone density", "menaquinone (vitamin K2) and bone turnover markers"; None unless
        the question names both an intervention and an outcome."""
        if not (self.intervention and self.outcome):
            return None
        intervention = _labelled(self.intervention, self.intervention_mention)
        return f"{intervention} and {_labelled(self.outcome, self.outcome_mention)}"


def _labelled(words: str, mention: Mention | None) -> str:
    """The question's words, with the concept's name when they are exactly a mention that needs it."""
    if mention is not None and phrase_key(words) == phrase_key(mention.text):
        return mention.label
    return words


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
        related = {name: tuple(rel) for _, name, _, _, rel, _ in rows}
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
                )
            )
        return cls(concepts)

    def find(self, question: str) -> list[Mention]:
        """Table concepts named in the question, left to right, longest match first, never overlapping."""
        chunks = list(_CHUNK.finditer(question))
        # Abbreviations match in any case only when the question is written in lower case.
        sensitive = self._sensitive if any(ch.isupper() for ch in question[1:]) else None
        # joins[j]: may chunk j be followed by chunk j + 1 within one phrase (only separators between them)?
        joins = [bool(_GAP.fullmatch(question, a.end(), b.start())) for a, b in pairwise(chunks)]
        found: list[Mention] = []
        i = 0
        while i < len(chunks):
            concept, length = None, 0
            if self._may_start(chunks[i].group()) and _starts_word(question, chunks[i].start()):
                for length in range(min(self._longest, len(chunks) - i), 0, -1):
                    if not all(joins[i : i + length - 1]) or not _ends_word(
                        question, chunks[i + length - 1].end()
                    ):
                        continue
                    concept = self._lookup([c.group() for c in chunks[i : i + length]], sensitive)
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
        """Whether some phrase begins with ``word`` (or, for a plural one-word phrase, its singular)."""
        word = word.casefold()
        return word in self._first_words or (word.endswith("s") and word[:-1] in self._first_words)

    def _lookup(self, words: list[str], sensitive: dict[str, Concept] | None) -> Concept | None:
        key = " ".join(words).casefold()
        concept = self._plain.get(key)
        if concept is None and len(words) == 1:
            concept = sensitive.get(words[0]) if sensitive is not None else self._loose.get(key)
        if concept is None and key.endswith("s") and words[-1][-1:].isalpha() and len(words[-1]) > 1:
            concept = self._lookup([*words[:-1], words[-1][:-1]], sensitive)  # a plural
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


# --- the question's shape ---------------------------------------------------------------------------------

_VERBS = """improve reduce lower raise increase decrease affect prevent treat help cause protect boost
    benefit influence slow reverse fight block cure worsen alleviate relieve ease strengthen promote support
    trigger damage harm impair enhance combat delay extend shorten control regulate change alter
    aggravate interfere inhibit hinder build kill stop""".split()


def _forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return [verb, f"{verb}s", f"{verb}es", f"{stem}ed", f"{stem}ing"]


_VERB_CUE = re.compile(
    r"\b(?:"
    + "|".join(sorted({f for v in _VERBS for f in _forms(v)}, key=len, reverse=True))
    + r"|leads? to|linked to|related to|associated with|good for|bad for|safe for|healthy for|beneficial for"
    r"|effective (?:for|against|in)|helpful for|harmful (?:to|for)|works? for)\b",
    re.IGNORECASE,
)
# "effect of X on Y", "the impact of X on Y"
_EFFECT_OF = re.compile(
    r"\b(?:effects?|impacts?|influence|role|benefits?|risks?)\s+of\s+(?P<x>.+?)\s+(?:on|in|for)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
# "Treating asthma with plants", "How to prevent kidney failure with diet", "lowering LDL by eating oats"
_REVERSED = re.compile(
    r"^(?:how\s+(?:to\s+|do\s+you\s+|can\s+(?:i|we|you)\s+)?|ways?\s+(?:of|to)\s+)?"
    r"(?:treat|treating|prevent|preventing|reduce|reducing|lower|lowering|fight|fighting|combat|combating|"
    r"manage|managing|reverse|reversing|beat|beating|improve|improving|boost|boosting)\s+(?P<y>.+?)\s+"
    r"(?:with|by|through|using|via)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_][\w\-'\u2019]*")
_CLAUSE_BREAK = re.compile(r"[,;:?!]")
_WEAK_CUE = re.compile(r"\s(?:for|against)\s|\s(?:and|&)\s", re.IGNORECASE)
# Where an outcome phrase turns to who or when: "bone density in older women" -> "bone density".
_POPULATION = re.compile(r"\s(?:in|among|during|after|for|with|when|while)\s.*$", re.IGNORECASE)

Span = tuple[int, int]
MAX_WEAK_SIDE_WORDS = 4


# Words that end an intervention or outcome phrase here, though the gate counts them as topic words.
_NOT_TOPIC = frozenset(
    "during among amongst after before while until per daily weekly get gets getting got".split()
)


@lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    from rag.question import QUESTION_WORDS  # imported late: rag.question imports this module

    return QUESTION_WORDS | _NOT_TOPIC


def _is_topic_word(word: str) -> bool:
    word = word.lower().replace("\u2019", "'").removesuffix("'s")
    return not word.endswith("n't") and word not in _question_words()


def _letter_name(word: re.Match[str]) -> bool:
    """A capital letter that names something ("vitamin *A*", "hepatitis *B*"), not the article opening a
    question."""
    return len(word.group()) == 1 and word.group().isupper() and word.start() > 0


def _topic_span(question: str, start: int, end: int) -> Span | None:
    """The stretch of ``question[start:end]`` from its first to its last topic word (None if it has none),
    with the bracket it opens or closes: "fish oil (omega-3)"."""
    words = [m for m in _WORD.finditer(question, start, end) if _is_topic_word(m.group()) or _letter_name(m)]
    if not words:
        return None
    first, last = words[0].start(), words[-1].end()
    text = question[first:last]
    if text.count("(") > text.count(")") and question.find(")", last, end) >= 0:
        last = question.index(")", last, end) + 1
    if text.count(")") > text.count("(") and question.rfind("(", start, first) >= 0:
        first = question.rindex("(", start, first)
    return first, last


def _words_in(question: str, span: Span) -> int:
    return sum(1 for _ in _WORD.finditer(question, *span))


def _within_clause(question: str, side: Span, nearest: Literal["end", "start"], strict: bool = False) -> Span:
    """The clause of ``side`` next to the cue if it has topic words ("Chicken Big: Poultry" -> "Poultry"),
    else, before the cue, the first clause that has ("Does vitamin D, taken daily, improve" -> "vitamin D"),
    unless ``strict`` ("Lutein, lycopene, and selenium" is a list)."""
    breaks = list(_CLAUSE_BREAK.finditer(question, *side))
    if not breaks:
        return side
    if nearest == "start" or strict:
        clauses = [(side[0], breaks[0].start()) if nearest == "start" else (breaks[-1].end(), side[1])]
    else:
        bounds = [side[0], *(b for m in breaks for b in (m.start(), m.end())), side[1]]
        pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
        clauses = [pieces[-1], *pieces[:-1]]
    return next((c for c in clauses if _topic_span(question, *c)), clauses[0] if strict else side)


def _split_sides(question: str) -> tuple[Span, Span, bool] | None:
    """Character ranges of the intervention side and the outcome side, by the question's shape, and whether
    the shape was weak ("X for Y", "X and Y": also how lists are written)."""
    for pattern in (_EFFECT_OF, _REVERSED):
        match = pattern.search(question)
        # "Does vitamin D reduce the risk of falls in older people?": the verb splits, not "risk of X in Y"
        if match and not _VERB_CUE.search(question, 0, match.start()):
            x, y = match.span("x"), match.span("y")
            if _topic_span(question, *x) and _topic_span(question, *y):
                return x, y, False
    for cue in (_VERB_CUE, _WEAK_CUE):
        for match in cue.finditer(question):
            left = _within_clause(question, (0, match.start()), "end", strict=cue is _WEAK_CUE)
            right = _within_clause(question, (match.end(), len(question)), "start")
            spans = _topic_span(question, *left), _topic_span(question, *right)
            if not (spans[0] and spans[1]):
                continue
            # "X for Y" and "X and Y" name an intervention and an outcome in titles, not in long sentences.
            if cue is _WEAK_CUE and max(_words_in(question, span) for span in spans) > MAX_WEAK_SIDE_WORDS:
                continue
            return left, right, cue is _WEAK_CUE
    return None


def _phrase_around(question: str, mention: Mention, mentions: list[Mention]) -> str:
    """The run of topic words a mention stands in, up to other mentions: "kidney cancer" for "cancer"."""
    start, end = mention.start, mention.end
    others = [m for m in mentions if m is not mention]
    words = [
        w
        for w in _WORD.finditer(question)
        if not any(_inside(m, w.span()) or _inside_word(w, m) for m in others)
    ]
    before = [w for w in words if w.end() <= start]
    after = [w for w in words if w.start() >= end]
    for word in reversed(before):
        if not _is_topic_word(word.group()) or question[word.end() : start].strip(" -"):
            break
        start = word.start()
    for word in after:
        if not _is_topic_word(word.group()) or question[end : word.start()].strip(" -"):
            break
        end = word.end()
    return question[start:end]


def _inside(mention: Mention, span: Span) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def _inside_word(word: re.Match[str], mention: Mention) -> bool:
    return mention.start <= word.start() and word.end() <= mention.end


@lru_cache(maxsize=4096)
def understand(question: str, synonyms: SynonymTable | None = None) -> QuestionFrame:
    """The question's intervention and outcome and the table concepts it names (see the module docstring)."""
    synonyms = synonyms or table()
    question = " ".join(question.split())
    mentions = synonyms.find(question)
    sides = _split_sides(question)
    chosen: dict[Kind, Mention | None] = {"intervention": None, "outcome": None}
    words: dict[Kind, str | None] = {"intervention": None, "outcome": None}
    if sides is not None:
        *spans, weak = sides
        left, right = ([m for m in mentions if _inside(m, span)] for span in spans)
        # The intervention side may name an exposure the table files as an outcome ("Does obesity raise ..."),
        # but the outcome side must name an outcome: "Does CoQ10 help statin muscle pain?" is not on statins.
        chosen["intervention"] = next(
            (m for m in left if m.concept.kind == "intervention"), left[0] if left else None
        )
        chosen["outcome"] = next((m for m in right if m.concept.kind == "outcome"), None)
        # "Lutein, lycopene and selenium": a weak cue before more interventions is a list, not a question.
        listed = weak and bool(right) and chosen["outcome"] is None
        for kind, side in zip(KINDS, spans, strict=True):
            span = _topic_span(question, *side)
            if span is not None and not (kind == "outcome" and listed):
                text = question[span[0] : span[1]]
                if kind == "outcome":
                    text = _POPULATION.sub("", text)
                    # "Can vitamin C prevent pain syndromes in patients with *fractures*?": who, not what
                    chosen["outcome"] = next(
                        (m for m in right if m.concept.kind == "outcome" and m.end <= span[0] + len(text)),
                        None,
                    )
                words[kind] = text
    else:
        for kind in KINDS:
            mention = chosen[kind] = next((m for m in mentions if m.concept.kind == kind), None)
            words[kind] = _phrase_around(question, mention, mentions) if mention else None
    broader = tuple(dict.fromkeys(b for m in mentions for b in synonyms.broader.get(m.concept.name, ())))
    return QuestionFrame(
        question=question,
        intervention=words["intervention"],
        outcome=words["outcome"],
        intervention_mention=chosen["intervention"],
        outcome_mention=chosen["outcome"],
        mentions=tuple(mentions),
        broader=broader,
    )


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
