"""Abbreviations the corpus defines, so that a question written with one is read as its long form too.

"Does smoking cause COPD?" and "Does smoking cause chronic obstructive pulmonary disease?" are one question, but
the embedding model, the lexical ranking and the question's reading meet them differently: before this, 14 of 24
such pairs got the same verdict (21 since), and "Does smoking cause COPD?" was answered no while its long form was
answered yes from eight findings. The corpus says what its abbreviations stand for ("chronic obstructive pulmonary disease
(COPD)"); those definitions are found with the Schwartz-Hearst algorithm (the ``abbreviations`` package) in
every sentence of the index, and an abbreviation the question uses without defining it is read as its long
form, so that the two questions get one answer; the answer says how it read the question (``read_as``). The
abbreviation still counts as a name of the long form in sources that write only it, and lexical retrieval
still searches for it.

Only abbreviations the corpus defines one way are used: at least ``MIN_DEFINITIONS`` sources define it and
``MIN_SHARE`` of them with the same words ("MS" is multiple sclerosis, metabolic syndrome and mass spectrometry,
so it is not spelled out); a Roman numeral ("IV") or a short form the analyzer drops as a stopword ("OR", "IT")
is left alone.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from abbreviations import schwartz_hearst

from index.lexical import analyze, is_stopword

MIN_DEFINITIONS = 2
MIN_SHARE = 0.8
# a short form: a letter, then letters, digits or hyphens, with two capitals at least ("COPD", "IGF-1", "AGEs")
_SHORT_FORM = re.compile(r"(?<![\w-])(?=(?:[^A-Z\s]*[A-Z]){2})[A-Za-z][A-Za-z0-9-]{1,9}(?![\w-])")

_ROMAN = re.compile(r"(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # "stage IV" is no "intravenous"

logging.getLogger(schwartz_hearst.__name__).setLevel(logging.ERROR)  # it logs every sentence it cannot parse


def definitions(sentence: str) -> dict[str, str]:
    """The "long form (SHORT)" definitions of one sentence, short form to long form."""
    if "(" not in sentence:
        return {}
    try:
        return schwartz_hearst.extract_abbreviation_definition_pairs(doc_text=sentence.replace("\n", " "))
    except (ValueError, IndexError):  # unbalanced brackets and the like: the sentence defines nothing
        return {}


def mine(sources: Iterable[Iterable[str]]) -> dict[str, str]:
    """The long form of each short form the sources (each given as its sentences) define one way; the long
    form as most sources write it (``_as_written``)."""
    defined: dict[str, Counter[str]] = defaultdict(Counter)
    written: dict[str, Counter[tuple[str, bool]]] = defaultdict(Counter)
    for sentences in sources:
        pairs: dict[str, tuple[str, bool]] = {}
        for sentence in sentences:
            for short, long in definitions(sentence).items():
                pairs[short] = long, sentence.lstrip().startswith(long)
        for short, (long, opens) in pairs.items():
            key = "".join(analyze(long))  # "non-alcoholic" and "nonalcoholic" are one long form
            if (
                key
                and _SHORT_FORM.fullmatch(short)
                and not _ROMAN.fullmatch(short)
                and not is_stopword(short.lower())
            ):
                defined[short][key] += 1
                written[key][long, opens] += 1
    table = {}
    for short, keys in defined.items():
        key, count = keys.most_common(1)[0]
        total = sum(keys.values())
        if total >= MIN_DEFINITIONS and count >= MIN_SHARE * total:
            table[short] = _as_written(written[key])
    return table


def _as_written(forms: Counter[tuple[str, bool]]) -> str:
    """The way most sources write a long form within a sentence ("Alzheimer's disease" is a name); one only
    seen opening sentences ("Sleep latency (SLT) was ...") in lower case."""
    within = Counter({form: n for (form, opens), n in forms.items() if not opens})
    if within:
        return within.most_common(1)[0][0]
    (form, _), _ = forms.most_common(1)[0]
    return form[:1].lower() + form[1:] if form[1:2].islower() else form


@dataclass(frozen=True)
class Reading:
    """A question as read with its abbreviations spelled out, and the (long form, abbreviation) pairs it spelled
    out: sources that write only the abbreviation without defining it ("infected TKA") still name it."""

    text: str
    spelled_out: tuple[tuple[str, str], ...] = ()


class Abbreviations:
    """The corpus's abbreviations, mined on first use (the sentences of the index are read once, about a second
    for 4,000 abstracts)."""

    def __init__(self, sources: Callable[[], Iterable[Iterable[str]]]) -> None:
        self._load = sources

    @cached_property
    def table(self) -> dict[str, str]:
        return mine(self._load())

    def spelled_out(self, question: str) -> Reading:
        """``question`` with each abbreviation it uses but does not define written as its long form: "Does
        smoking cause COPD?" is "Does smoking cause chronic obstructive pulmonary disease?", answered as that
        question is. An abbreviation in brackets (the question defines it), a Roman numeral ("stage IV"), or one
        whose long form the question already writes, is left as it is."""
        words = set(analyze(question))
        out, last, pairs = [], 0, []
        for match in _SHORT_FORM.finditer(question):
            short = match.group()
            long = self._long_form(short)
            if long is None or _in_brackets(question, match) or set(analyze(long)) <= words:
                continue
            if match.start() == 0:
                long = long[:1].upper() + long[1:]
            out += [question[last : match.start()], long]
            pairs.append((long, short))
            last = match.end()
        return Reading("".join([*out, question[last:]]), tuple(pairs))

    def _long_form(self, short: str) -> str | None:
        """The long form of ``short``, or of its singular ("UTIs": "urinary tract infections")."""
        if short in self.table:
            return self.table[short]
        if short.endswith("s") and short[:-1] in self.table:
            long = self.table[short[:-1]]
            return long if long.endswith("s") else f"{long}s"
        return None


def _in_brackets(text: str, match: re.Match[str]) -> bool:
    return text[: match.start()].rstrip().endswith(("(", "[")) or text[match.end() :].lstrip().startswith(
        (")", "]")
    )
