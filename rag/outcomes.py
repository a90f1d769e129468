"""Does a finding report the outcome the question asks about?

A question that names an outcome ("Is green tea good for *weight loss*?") is answered by findings on that
outcome, not by whatever else its sources found ("decreased odds for tooth loss", "reduced mortality"): those
say nothing for or against it. A finding reports the asked outcome when it names it in any form the table
knows: its synonyms, its narrower forms and those of the broadest group it belongs to (the same unit the
answer names), or a group the table relates to it as a surrogate ("bone turnover markers" for "bone
density"; the answer then says which outcome the findings report). An abbreviation a source defines for one of
them counts in that source: "EPDS scores" report depression where the abstract spells out "Edinburgh Postnatal
Depression Scale (EPDS)".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from index.lexical import analyze
from index.store import StoredSentence, StoredSource
from rag.abbreviations import definitions
from rag.covariates import without_covariates
from rag.question_shape import POPULATION_WORDS
from rag.synonyms import Concept, SynonymTable, blank_out, broadest, phrase_key, table

Direction = Literal["up", "down"]


@dataclass(frozen=True)
class AskedOutcome:
    """The outcome a question names, the analyzed token sets of every form that reports it, the direction the
    question asks it to move, if it says ("Does X *lower* Y?"; see ``rag.direction``), and the forms of the
    intervention whose effect on it the question asks about. ``excludes`` and ``intervention_excludes`` are
    the phrases in which a form means something else ("immune depression" is not depression)."""

    concept: Concept
    forms: tuple[frozenset[str], ...]
    direction: Direction | None = None
    intervention: tuple[frozenset[str], ...] = ()
    excludes: tuple[str, ...] = ()
    intervention_excludes: tuple[str, ...] = ()
    worded: bool = False  # in the question's own words, not a table concept (see ``worded_outcome``)
    # names of the intervention's group and of the groups that include it
    intervention_groups: tuple[str, ...] = ()
    # the analyzed names of those groups but the intervention's own (``broader_forms``)
    broader_intervention: tuple[frozenset[str], ...] = ()
    # names of the groups whose forms report the outcome: its broadest and its surrogates
    groups: tuple[str, ...] = ()
    # those of ``forms`` that report it the other way round: "reduced mortality" is longer life
    inverse_forms: tuple[frozenset[str], ...] = ()

    def without_excluded(self, text: str) -> str:
        """``text`` with the phrases in which the outcome's or the intervention's forms mean something else
        blanked out (same length)."""
        return blank_out(blank_out(text, self.excludes), self.intervention_excludes)

    def names_intervention(self, text: str) -> bool:
        """Does a sentence name the intervention in one of its forms, other than as a covariate? An intervention
        in the question's words is also named by a closed compound that ends in its word: "blueberries" and
        "strawberries" are berries, "grapefruit" a fruit (words of five letters or more)."""
        text = blank_out(without_covariates(text), self.intervention_excludes)
        if self.intervention_groups:
            return _names(self.intervention, text)
        tokens, stems = _tokens(text), _stems(text)
        return any(all(t in tokens or _ends_a_compound(t, stems) for t in form) for form in self.intervention)

    def about_another_intervention(self, text: str) -> bool:
        """Does a sentence speak of another table intervention and not of this one ("Selenium, important in
        immune function, is found in dates" for a question on zinc)? A group that includes this intervention
        ("omega-3 fatty acids" for fish oil) is no other one."""
        if not self.intervention_groups or self.names_intervention(text):
            return False
        return any(
            m.concept.kind == "intervention" and m.concept.name not in self.intervention_groups
            for m in table().find(without_covariates(text))
        )

    def with_broader_names(self) -> AskedOutcome:
        """The intervention named also by the groups that include it, in their own names ("omega-3 fatty acids"
        for fish oil): what a source that names the intervention itself says of the group, it says of the
        intervention ("Omega-3 fatty acids for depression", a meta-analysis of trials dosing EPA and DHA)."""
        if not self.broader_intervention:
            return self
        return replace(
            self, intervention=tuple(dict.fromkeys([*self.intervention, *self.broader_intervention]))
        )

    def reported_by(self, text: str) -> bool:
        """Does a sentence name the outcome in one of its forms?"""
        return _names(self.forms, blank_out(text, self.excludes))

    def in_source(self, text: str) -> AskedOutcome:
        """The outcome with the abbreviations ``text`` defines for its forms added ("... Scale (EPDS)"), and the
        intervention with those for its words ("high-protein (HP) diets": "HP diets" names a high-protein
        diet)."""
        pairs = defined_abbreviations(text)
        defined = [
            _truncated(analyze(abbreviation))
            for long_form, abbreviation in pairs
            if self.reported_by(long_form)
        ]
        shortened = [
            (form - long) | _truncated(analyze(abbreviation))
            for long_form, abbreviation in pairs
            if (long := _truncated(analyze(long_form)))
            for form in self.intervention
            if long & form and long - _HOW_TAKEN_TOKENS <= form
        ]
        return replace(
            self,
            forms=tuple(dict.fromkeys([*self.forms, *filter(None, defined)])),
            intervention=tuple(dict.fromkeys([*self.intervention, *shortened])),
        )


def intervention_groups(concept: Concept, synonyms: SynonymTable | None = None) -> tuple[str, ...]:
    """The names of ``concept`` and of every group that includes it, however far up."""
    synonyms = synonyms or table()
    names, todo = [concept.name], [concept]
    while todo:
        for up in synonyms.broader.get(todo.pop().name, ()):
            if up.name not in names:
                names.append(up.name)
                todo.append(up)
    return tuple(names)


def broader_forms(concept: Concept, synonyms: SynonymTable | None = None) -> tuple[frozenset[str], ...]:
    """The analyzed names and synonyms of the groups that include ``concept`` (not their narrower forms)."""
    synonyms = synonyms or table()
    broader = (synonyms.by_key[phrase_key(name)] for name in intervention_groups(concept, synonyms)[1:])
    return tuple(dict.fromkeys(_truncated(tokens) for group in broader for tokens in group.phrase_tokens))


def intervention_forms(concept: Concept) -> tuple[frozenset[str], ...]:
    """The analyzed token sets of every name of an intervention, cut as sentences are here."""
    return tuple(dict.fromkeys(_truncated(form) for form in concept.alternative_tokens))


def names_itself(concept: Concept, text: str) -> bool:
    """Does a sentence name ``concept`` in one of its own forms, not only through the group that includes it
    ("ischemic stroke" names stroke; "cardiovascular disease" does not)?"""
    return _names(intervention_forms(concept), text)


def outcome_of(concept: Concept, synonyms: SynonymTable | None = None) -> AskedOutcome:
    """The forms that report ``concept``: those of its broadest group and of every group related to it or to a
    group between them, marking those that report it the other way round."""
    synonyms = synonyms or table()
    top = broadest(concept, synonyms)
    chain = [concept]
    while chain[-1] != top:
        chain.append(synonyms.broader[chain[-1].name][0])
    groups = dict.fromkeys([top, *(r for c in chain for r in synonyms.related.get(c.name, ()))])
    forms = dict.fromkeys(_truncated(form) for group in groups for form in group.alternative_tokens)
    excludes = dict.fromkeys(phrase for group in groups for phrase in group.excludes)
    inverse = {name for c in chain for name in c.inverse}
    inverse_forms = dict.fromkeys(
        _truncated(form) for group in groups if group.name in inverse for form in group.alternative_tokens
    )
    return AskedOutcome(
        concept,
        tuple(forms),
        excludes=tuple(excludes),
        groups=tuple(g.name for g in groups),
        inverse_forms=tuple(inverse_forms),
    )


def either_outcome(first: AskedOutcome, second: AskedOutcome) -> AskedOutcome:
    """Two outcomes a question lists ("asthma and eczema"), reported by a finding on either: the first names
    them, the forms, groups and exclusions are both's."""
    return replace(
        first,
        forms=tuple(dict.fromkeys((*first.forms, *second.forms))),
        excludes=tuple(dict.fromkeys((*first.excludes, *second.excludes))),
        groups=tuple(dict.fromkeys((*first.groups, *second.groups))),
        inverse_forms=tuple(dict.fromkeys((*first.inverse_forms, *second.inverse_forms))),
    )


# Words that say what is measured or who is studied, not what the outcome is: "neural tube *defects*" is
# about the neural tube, "the *risk* of gout" about gout, "mammography *use*" about mammography, and "safe for
# *men*" or "*clinical* outcome" names no outcome at all.
_GENERIC_OUTCOME_WORDS = frozenset(
    """risk risks rate rates level levels incidence odds chance chances symptom symptoms sign signs defect
    defects disease diseases disorder disorders syndrome syndromes problem problems complication complications
    outcome outcomes result results prognosis efficacy effectiveness response responses function functions
    health development severity control treatment management factor factors use usage uptake utilization
    clinical attack attacks episode episodes flare flares exacerbation exacerbations""".split()
)
_NOT_KEY = _GENERIC_OUTCOME_WORDS | frozenset(
    "a an the my your our their his her its this that these those of in on for to and or".split()
    # how much or how fast, not what: "help wounds heal *faster*"
    + "faster quicker sooner better worse more less".split()
)
_WORDED = re.compile(r"[^\W_][\w'’-]*")
# Processes that are always of something: their key is the word before them too ("iron absorption")
_OF_SOMETHING = frozenset(
    """absorption excretion metabolism status deficiency deficiencies bioavailability secretion production
    synthesis clearance uptake intake intakes oxidation""".split()
)
# Names of one process: "Does black pepper increase turmeric absorption?" is answered by "piperine increased the
# bioavailability of curcumin"
_ABSORPTION = ("absorption", "bioavailability", "uptake")
_SAME_PROCESS = dict.fromkeys(_ABSORPTION, _ABSORPTION)
_JOINED = re.compile(r",|\b(?:and|or)\b", re.IGNORECASE)


def worded_outcome(words: str) -> AskedOutcome | None:
    """An outcome the table does not know, in the question's own words ("Does folate prevent *neural tube
    defects*?"). A finding reports it when it names its key (``_keys``): the last word that is neither generic
    ("defects", "risk") nor a function word ("your"), so "tube" here and "diarrhea" for "antibiotic-associated
    diarrhea", and for a process what it is of ("iron absorption"); outcomes joined by "and" / "or" have one key
    each ("pain and function of the shoulder"). Words after "in", "with", "during", ... say who or when ("stress
    in ventilated patients"). None when the words name who is studied ("men", "cancer patients") or nothing
    specific ("your health")."""
    parts = _JOINED.split(_SETTING.split(words, maxsplit=1)[0])
    keys = tuple(dict.fromkeys(key for part in parts for key in _keys(part)))
    if not keys:
        return None
    named = _WORDED.findall(words)
    while len(named) > 1 and named[0].lower() in POPULATION_WORDS:  # "make children hyperactive"
        named.pop(0)
    return replace(outcome_of(Concept(name=" ".join(named), kind="outcome", synonyms=keys)), worded=True)


# Words that say how much or how an intervention is taken, not what it is: "eating", "high", "daily".
_HOW_TAKEN = frozenset(
    """eating eat drinking drink taking take using use consumption consuming intake intakes supplementation
    supplements supplement supplemented high low dietary daily regular moderate heavy extra much more less every
    day days night late early too""".split()
)


# "Almonds vs. walnuts", "flaxseed or chia seeds": alternatives, each of which is the intervention
_ALTERNATIVES = re.compile(r"\s+(?:vs\.?|versus|or)\s+", re.IGNORECASE)


# Words for the form a food or plant comes in: a trial of "cranberry extract" or a review of "cranberries" is
# on "cranberry juice" too
_PREPARATIONS = frozenset(
    "juice juices extract extracts powder powders capsule capsules tablet tablets".split()
)


# "potassium-rich foods", "foods rich in potassium": what sources name is the nutrient ("Higher dietary potassium
# intake is associated with lower rates of stroke")
_RICH_IN = re.compile(
    r"\b([^\W_][\w'’-]*)-rich(?:\s+(?:foods?|diets?))?\b|\b(?:foods?|diets?)\s+rich\s+in\s+([^\W_][\w'’-]*)",
    re.IGNORECASE,
)


# A number of three digits or more is an amount ("walking 10000 steps", "2000 calories"), not what is taken
_AMOUNT = re.compile(r"\d{3,}")


def worded_intervention(words: str) -> tuple[frozenset[str], ...]:
    """The forms of an intervention the table does not know, in the question's words: all its content words,
    cut as sentences are ("red yeast rice", "energy drinks", "fluoride"), but for the form it comes in
    ("cranberry juice": cranberry), the foods rich in it ("potassium-rich foods": potassium) and amounts ("10000
    steps": steps), one form per alternative ("almonds vs. walnuts": a source on almonds names it), and two or
    more words also as one ("kiwi fruit": kiwifruit); none when it has none."""
    forms = []
    for part in _ALTERNATIVES.split(words):
        part = _RICH_IN.sub(lambda m: m.group(1) or m.group(2), part)
        content = [
            w
            for w in _WORDED.findall(part)
            if w.lower() not in _HOW_TAKEN and w.lower() not in _NOT_KEY and not _AMOUNT.fullmatch(w)
        ]
        named = [w for w in content if w.lower() not in _PREPARATIONS] or content
        tokens = [token for word in named for token in analyze(word)]
        if tokens:
            forms.append(_truncated(tokens))
        # "kiwi fruit" written as one word ("Kiwifruit consumption may improve sleep"), when the cut stem keeps two
        # letters of the second word: "coconutoil" cut is "coconut", which any coconut product names
        if len(named) > 1 and len(named[0]) <= STEM_PREFIX - 2:
            forms.append(_truncated(analyze("".join(named))))
    return tuple(dict.fromkeys(f for f in forms if f))


def ends_in(words: str, outcome: str) -> bool:
    """Do the question's outcome words end in ``outcome``, but for generic words after it ("blood sugar
    *control*", "prostate cancer *risk*")? Other words after it say who is studied or what is measured instead
    ("lung cancer *patients*", "cancer *detection*")."""
    found, named = _WORDED.findall(words.lower()), _WORDED.findall(outcome.lower())
    while named and found[-len(named) :] != named and found and found[-1] in _GENERIC_OUTCOME_WORDS:
        found.pop()
    return bool(named) and found[-len(named) :] == named


# Where the outcome's words go on to say who or when: "hepatic fibrosis *in rats with alloxan-induced diabetes*",
# "stress *in mechanically ventilated patients*".
_SETTING = re.compile(
    r"(?:^|\s)(?:in|with|without|among|during|after|before|following|undergoing|receiving)\s", re.IGNORECASE
)


def _keys(words: str) -> tuple[str, ...]:
    """The key of one outcome in the question's words, in each of its forms: the last word that is neither
    generic nor a function word; for a process, which is always of something ("iron absorption"), with what it
    is of, in each of that thing's table names and each name of the process ("turmeric absorption": "curcumin
    bioavailability"). A finding on calcium absorption does not report iron absorption."""
    found = _WORDED.findall(words)
    if not found or found[-1].lower() in POPULATION_WORDS or found[-1].lower().endswith("ly"):
        return ()
    at = next(
        (i for i in reversed(range(len(found))) if found[i].lower() not in _NOT_KEY and analyze(found[i])),
        None,
    )
    if at is None:
        return ()
    key = found[at]
    if key.lower() not in _OF_SOMETHING or at == 0 or found[at - 1].lower() in _NOT_KEY:
        return (key,)
    before = " ".join(found[:at])
    of = next((m for m in reversed(table().find(before)) if before.endswith(m.text)), None)
    names = of.concept.alternatives if of is not None else (found[at - 1],)
    processes = _SAME_PROCESS.get(key.lower(), (key,))
    return tuple(f"{name} {process}" for name in names for process in processes)


def reporting(
    outcome: AskedOutcome | None, sources: Mapping[str, StoredSource]
) -> Callable[[StoredSentence], bool] | None:
    """Whether a sentence reports ``outcome``, with the abbreviations its source defines (read once per
    source), and is about the intervention: it names it, or its source's title does ("It reduced ucOC" in a
    review of vitamin K2), and it names no other instead; in a source that names the intervention itself, a
    group that includes it names it too ("omega-3 fatty acids" beside EPA and DHA, for fish oil). None when the
    question names no outcome, so that every finding may decide."""
    if outcome is None:
        return None
    known: dict[str, tuple[AskedOutcome, bool, bool]] = {}
    # an outcome in the question's words beside no table intervention may be named by the title alone
    # ("Blueberry supplementation improves memory": "improved word list recall" reports memory there)
    title_may_name = outcome.worded and not outcome.intervention_groups

    def reports(sentence: StoredSentence) -> bool:
        if sentence.source_id not in known:
            source = sources[sentence.source_id]
            text = f"{source.title}\n{source.abstract}"
            asked = outcome.in_source(text)
            if asked.broader_intervention and asked.names_intervention(text):
                asked = asked.with_broader_names()
            # the title names the intervention for all its findings; where there is no title (PubMedQA's
            # abstracts have none), the abstract does, but for an intervention in the question's words beside a
            # worded outcome: a technical question's shape often names none ("... room for improvement?") or
            # words it otherwise than its abstract ("adjuvant", "oral"), and that cost PubMedQA 0.662 -> 0.648
            titled = bool(source.title.strip())
            named_by = source.title if titled else text
            known[sentence.source_id] = (
                asked,
                not outcome.intervention
                or (title_may_name and not titled)
                or asked.names_intervention(named_by),
                title_may_name and asked.reported_by(source.title or _first_sentence(source.abstract)),
            )
        asked, in_title, outcome_in_title = known[sentence.source_id]
        return (
            (outcome_in_title or asked.reported_by(sentence.text))
            and (in_title or asked.names_intervention(sentence.text))
            and not asked.about_another_intervention(sentence.text)
        )

    return reports


def _first_sentence(abstract: str) -> str:
    """Where a source has no title (PubMedQA's), the opening sentence states what it studies: PubMedQA 23228527
    opens by naming the stress of ventilated patients, in a trial of music whose findings report cortisol."""
    return _SENTENCE_END.split(abstract.strip(), maxsplit=1)[0]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


@lru_cache(maxsize=20_000)
def defined_abbreviations(text: str) -> tuple[tuple[str, str], ...]:
    """(long form, abbreviation) pairs a text defines as "long form (ABBR)", sentence by sentence, by the
    Schwartz-Hearst algorithm (``rag.abbreviations.definitions``)."""
    return tuple(
        (long, short)
        for sentence in _SENTENCE_END.split(text)
        for short, long in definitions(sentence).items()
    )


# Stems cut to this length, so that a noun and its adjective meet: "inflammation" and "inflammatory" (stems
# "inflamm", "inflammatori"), "glycaemia" and "glycaemic", "osteoporosis" and "osteoporotic".
STEM_PREFIX = 7


def _truncated(tokens: Iterable[str]) -> frozenset[str]:
    return frozenset(t[:STEM_PREFIX] for t in tokens)


# the "how taken" words as analyzed tokens: "high" of "high-protein (HP)" is left out of an intervention's form
_HOW_TAKEN_TOKENS = _truncated(t for word in _HOW_TAKEN for t in analyze(word))


def _ends_a_compound(token: str, stems: frozenset[str]) -> bool:
    return len(token) >= _COMPOUND_END and any(len(s) > len(token) and s.endswith(token) for s in stems)


@lru_cache(maxsize=20_000)
def _stems(text: str) -> frozenset[str]:
    """A text's analyzed words, whole (``_tokens`` cuts them): "blueberri" ends in "berri"."""
    return frozenset(analyze(text))


_COMPOUND_END = 5  # shorter words end too many others: "oil" in "soil", "tea" in "protease"


def _names(forms: tuple[frozenset[str], ...], text: str) -> bool:
    tokens = _tokens(text)
    return any(form <= tokens for form in forms)


@lru_cache(maxsize=20_000)
def _tokens(text: str) -> frozenset[str]:
    return _truncated(analyze(text))
