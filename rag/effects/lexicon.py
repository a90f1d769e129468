"""The words a percent change is said with, in one place: which go up, which go down, which are no change.

Built in round 29 from the whole 39,758-sentence pool, not from errors one at a time: the words that fill the shapes a
percent change takes ("<word> by [about] x%", "<word> of x%", "x% <word>", "<word> (x%)", "<word> ... was x%") were
counted, the frequent ones classified by hand, and the long tail is covered by stems and their suffixes (a stem's verb
forms and nouns) rather than by listed forms. Frequent fillers that are no change ("reported 12%", "a rate of 40%",
"accounted for 30%", "x% of the patients") are listed in ``NOT_CHANGE``; "change" and "difference" are changes without
a direction (the sign of the number gives it)."""

from __future__ import annotations

import re

_VERB = ("", "s", "ed", "ing")  # "lower, lowers, lowered, lowering"
_VERB_E = ("e", "es", "ed", "ing")  # "reduce, reduces, reduced, reducing"
_ION = ("ion", "ions")
# stem -> its suffixes; a word is the stem plus one of them
_DOWN_STEMS: dict[str, tuple[str, ...]] = {
    "reduc": (*_VERB_E, "tion", "tions"),
    "decreas": _VERB_E,
    "declin": _VERB_E,
    "lower": _VERB,
    "drop": ("", "s", "ped", "ping"),
    "fall": ("", "s", "en", "ing"),
    "diminish": ("", "es", "ed", "ing"),
    "shorten": _VERB,
    "lessen": _VERB,
    "weaken": _VERB,
    "slow": ("ed", "ing"),  # ("slow" alone is an adjective)
    "inhibit": (*_VERB, *_ION, "ory"),
    "suppress": ("", "es", "ed", "ing", *_ION),
    "attenuat": (*_VERB_E, *_ION),
    "deplet": (*_VERB_E, *_ION),
    "downregulat": (*_VERB_E, *_ION),
    "down-regulat": (*_VERB_E, *_ION),
    "impair": (*_VERB, "ment"),
    "abolish": ("", "es", "ed", "ing"),
    "curtail": (*_VERB, "ment"),
    "shrink": ("", "s", "ing", "age"),
    "los": ("s", "ses", "e", "es", "ing"),  # loss, losses, lose, losing
    "cut": ("", "s", "ting"),
    "decrement": ("", "s"),
    "diminution": ("", "s"),
}
_DOWN_IRREGULAR = ("fell", "lost", "shrank", "shrunk")
_UP_STEMS: dict[str, tuple[str, ...]] = {
    "increas": _VERB_E,
    "rais": _VERB_E,
    "ris": ("e", "es", "en", "ing"),
    "elevat": (*_VERB_E, *_ION),
    "improv": (*_VERB_E, "ement", "ements"),
    "gain": _VERB,
    "grow": ("", "s", "n", "ing"),  # ("growth" is mostly a thing that changes, not a change)
    "enhanc": (*_VERB_E, "ement", "ements"),
    "augment": _VERB,  # (nouns of a procedure left out: "augmentation", "stimulation")
    "boost": _VERB,
    "amplif": ("y", "ies", "ied", "ying"),
    "expand": _VERB,
    "stimulat": _VERB_E,
    "accelerat": (*_VERB_E, *_ION),
    "prolong": (*_VERB, "ation"),  # ("QT prolongation" is a condition: a size only after "x%")
    "upregulat": (*_VERB_E, *_ION),
    "up-regulat": (*_VERB_E, *_ION),
    "potentiat": _VERB_E,
    "heighten": _VERB,
    "jump": _VERB,
    "surg": _VERB_E,
    "climb": _VERB,
    "escalat": _VERB_E,
}
_UP_IRREGULAR = ("rose", "grew", "expansion")
# ("exceed" and "extend" left out: "exceeded 50%" is a level, "exceeded A by 20%" rare)
# comparatives: a direction after the number ("23% lower"), not a change word on their own
COMPARATIVE_DOWN = ("lower", "less", "fewer", "smaller", "slower", "shorter", "below")
COMPARATIVE_UP = ("higher", "greater", "more", "larger", "faster", "longer", "above")
# changes without a direction of their own
NEUTRAL = ("change", "changes", "changed", "difference", "differences")
# frequent fillers of the shapes above that are no change (round 29's count over the pool)
NOT_CHANGE = frozenset(
    "reported experienced accounted achieved consumed used treated compared estimated predicted aged received "
    "showed observed occurred remained rate rates prevalence incidence sensitivity specificity accuracy coverage "
    "value values total frequency range volume purity proportion proportions percentage share fraction mortality "
    "survival risk patients participants subjects cases women men children of with among in".split()
)


def _forms(stems: dict[str, tuple[str, ...]], irregular: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({stem + end for stem, ends in stems.items() for end in ends} | set(irregular)))


DOWN_FORMS = _forms(_DOWN_STEMS, _DOWN_IRREGULAR)
UP_FORMS = _forms(_UP_STEMS, _UP_IRREGULAR)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _past(words: tuple[str, ...]) -> list[str]:
    """The past tenses and participles: "-ed" forms and the irregular ones."""
    return [
        w
        for w in words
        if w.endswith("ed")
        or w in ("fell", "fallen", "lost", "shrank", "shrunk", "rose", "risen", "grew", "grown", "cut")
    ]


def _nouns(words: tuple[str, ...]) -> list[str]:
    """The change nouns: "-ion", "-ment", "-age", "loss", and the bare forms that are nouns too ("a decrease")."""
    bare = (
        "decrease",
        "decreases",
        "decline",
        "declines",
        "drop",
        "drops",
        "fall",
        "falls",
        "increase",
        "increases",
        "rise",
        "rises",
        "gain",
        "gains",
        "decrement",
        "decrements",
        "diminution",
        "boost",
        "cut",
        "jump",
        "surge",
    )
    return [w for w in words if w in bare or (re.search(r"(?:ion|ions|ment|ments|age|loss|losses)$", w))]


def _size_nouns(words: tuple[str, ...]) -> list[str]:
    """The nouns that only ever name a change ("a decrease", "reductions"), not a condition or a process some people
    have ("bone loss", "iron depletion", "growth inhibition"): what a bracket "<noun> (x%)" may hold."""
    return [
        w
        for w in _nouns(words)
        if not re.search(r"(?:ion|ions|ment|ments|age|loss|losses)$", w)
        or w.startswith(("reduction", "elevation"))
    ]


_KINDS = {
    "any": lambda ws: list(ws),
    "past": _past,
    "verb": lambda ws: _past(ws) + [w for w in ws if w.endswith("ing")],  # past and "-ing": "declining 10%"
    "noun": _nouns,
    "size_noun": _size_nouns,
    # the other nouns ("inhibition", "loss", "depletion"): a size only in a tight place, "the inhibition of A was x%"
    "process_noun": lambda ws: [w for w in _nouns(ws) if w not in _size_nouns(ws)],
}


def pattern(kind: str = "any", without: tuple[str, ...] = (), down: bool | None = None) -> str:
    """A regex alternation (no group, no word boundaries: the rules add their own) of the lexicon's words of one kind
    ("any", "past": past tenses and participles, "verb": those and "-ing", "noun", "size_noun", "process_noun"), of one direction if ``down`` is given, leaving out the words
    that start with one of ``without`` (a rule's own exceptions, "improv", "los")."""
    forms = DOWN_FORMS if down else UP_FORMS if down is False else DOWN_FORMS + UP_FORMS
    return _alternation([w for w in _KINDS[kind](forms) if not w.startswith(without)])


DOWN_WORDS = pattern(down=True)
CHANGE_WORDS = pattern()
CHANGE_PAST = pattern("past")
CHANGE_NOUNS = pattern("noun")
_DOWN_SET = frozenset(DOWN_FORMS) | frozenset(COMPARATIVE_DOWN)
_UP_SET = frozenset(UP_FORMS) | frozenset(COMPARATIVE_UP)


def direction(word: str) -> str | None:
    """ "down", "up", "change" (no direction of its own) or None (no change word) for one word, any case."""
    w = word.lower()
    if w in _DOWN_SET:
        return "down"
    if w in _UP_SET:
        return "up"
    if w in NEUTRAL:
        return "change"
    return None


def is_down(word: str) -> bool:
    """Whether a direction word (a change word or a comparative) says down."""
    return direction(word) == "down"
