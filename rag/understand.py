"""What a question asks about: its intervention and its outcome, read from the question's shape.

The table concepts (``rag.synonyms``) the question names are found first. Which is the intervention and which
the outcome comes from the question's shape ("Does X improve Y?", "Is X good for Y?", "Treating Y with X",
"X for Y", "X and Y"), else from the concepts' kinds; where the table knows neither, the same split of the
topic words stands in.

Pure Python and precompiled: understanding a question takes well under a millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rag.phrasing import as_versus
from rag.question_shape import (
    CONSUMING,
    POPULATION,
    POPULATION_WORDS,
    WORD,
    Span,
    after_who,
    is_topic_word,
    split_sides,
    topic_span,
    without_asking_words,
)
from rag.synonyms import KINDS, Concept, Kind, Mention, SynonymTable, phrase_key, table


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


def _phrase_around(
    question: str, mention: Mention, mentions: list[Mention], taken: Span | None = None
) -> Span:
    """The run of topic words a mention stands in, up to other mentions and words ``taken`` by another phrase:
    "kidney cancer" for "cancer"; "depression", not "deficiency depression", beside "vitamin D deficiency"."""
    start, end = mention.start, mention.end
    others = [m for m in mentions if m is not mention]
    words = [
        w
        for w in WORD.finditer(question)
        if not any(_inside(m, w.span()) or _inside_word(w, m) for m in others)
        and not (taken and taken[0] <= w.start() and w.end() <= taken[1])
    ]
    before = [w for w in words if w.end() <= start]
    after = [w for w in words if w.start() >= end]
    for word in reversed(before):
        if not is_topic_word(word.group()) or question[word.end() : start].strip(" -"):
            break
        start = word.start()
    for word in after:
        if not is_topic_word(word.group()) or question[end : word.start()].strip(" -"):
            break
        end = word.end()
    return start, end


def _inside(mention: Mention, span: Span) -> bool:
    return span[0] <= mention.start and mention.end <= span[1]


def _inside_word(word: re.Match[str], mention: Mention) -> bool:
    return mention.start <= word.start() and word.end() <= mention.end


# "Does sitting too much shorten your life?": a verb of length before "life" asks about longevity
_LIFE = re.compile(r"(?:(?:your|one['’]s|their|our|my|the)\s+)?lives?|life", re.IGNORECASE)
_LENGTH = re.compile(r"\b(?:shorten|lengthen|prolong|extend)(?:s|ed|ing)?\b", re.IGNORECASE)


def _as_longevity(question: str, words: str, synonyms: SynonymTable) -> Mention | None:
    concept = synonyms.by_key.get("longevity")
    start = question.rfind(words)
    return Mention(concept, words, start, start + len(words)) if concept and start >= 0 else None


@lru_cache(maxsize=4096)
def understand(question: str, synonyms: SynonymTable | None = None) -> QuestionFrame:
    """The question's intervention and outcome and the table concepts it names (see the module docstring)."""
    synonyms = synonyms or table()
    asked = " ".join(question.split())
    question = without_asking_words(asked)  # same length: spans found in it hold in what was asked
    mentions = synonyms.find(question)
    sides = split_sides(question)
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
            span = topic_span(question, *side)
            if span is not None and not (kind == "outcome" and listed):
                if kind == "outcome":
                    span = (after_who(question, span), span[1])
                text = question[span[0] : span[1]]
                if kind == "intervention":
                    if all(w.lower() in CONSUMING for w in WORD.findall(text)):
                        continue  # "What should I eat to lower my blood pressure?": what to eat is asked
                    text = as_versus(text)  # "eggs worse than bacon" -> "eggs versus bacon"
                if kind == "outcome":
                    text = POPULATION.sub("", text)
                    if all(w.lower() in POPULATION_WORDS for w in WORD.findall(text)):
                        continue  # "useful for older people": who, and no outcome
                    # "Can vitamin C prevent pain syndromes in patients with *fractures*?": who, not what
                    chosen["outcome"] = next(
                        (
                            m
                            for m in right
                            if m.concept.kind == "outcome"
                            and span[0] <= m.start
                            and m.end <= span[0] + len(text)
                        ),
                        None,
                    )
                words[kind] = text
    else:
        taken: Span | None = None
        for kind in KINDS:
            mention = chosen[kind] = next((m for m in mentions if m.concept.kind == kind), None)
            if mention is not None:
                taken = _phrase_around(question, mention, mentions, taken)
                words[kind] = question[taken[0] : taken[1]]
    if (
        chosen["outcome"] is None
        and words["outcome"]
        and _LIFE.fullmatch(words["outcome"])
        and _LENGTH.search(asked)
    ):
        chosen["outcome"] = _as_longevity(question, words["outcome"], synonyms)
    broader = tuple(dict.fromkeys(b for m in mentions for b in synonyms.broader.get(m.concept.name, ())))
    return QuestionFrame(
        question=asked,
        intervention=words["intervention"],
        outcome=words["outcome"],
        intervention_mention=chosen["intervention"],
        outcome_mention=chosen["outcome"],
        mentions=tuple(mentions),
        broader=broader,
    )
