"""How a question is put, read as the claim it asks about.

People wrap the claim they ask about in words that are no part of it, and some of those words read as part of
the claim to the rest of the pipeline:

* "Is it true that ...", "Is there any evidence that ...", "Do studies show that ...": the claim is the clause
  after "that"; the wrapper's "any" had read as the emphasis of a sceptical question ("Is there *any* ...?") and
  turned the stance of every finding towards "no";
* "I've been reading that X ..., is that true?", "My doctor said X ... . Is that right?": the claim is X ...;
* "Does X cause Y or not?": the trailing "or not" offers both answers; read as a denial it turned the claim
  into "X does not cause Y" and every finding's stance with it;
* "Doesn't X raise Y?": a question opened by a negated auxiliary expects "yes" to "Does X raise Y?"; it does
  not ask whether X does not (unlike "Is it true that X doesn't raise Y?", whose claim is the denial);
* "Is it true that X doesn't raise Y?", "Does X not raise Y?": a claim that denies an effect is answered as the
  question of the effect ("Does X raise Y?", ``positive_claim``) with the verdict turned round, so that a finding
  of no effect supports it; read as it stands, the finding of no effect had been counted against it;
* "My doctor told me to take X. Does it prevent Y?": the question's "it" is the X of the sentence before, which
  the question itself never names (a claim about "it" had no intervention to require or to find). The claim is
  then the question alone: the statement's other words ("every night", "started drinking") had become topic a
  source must cover.
"""

from __future__ import annotations

import re

from rag.synonyms import SynonymTable, table

_WRAPPER = re.compile(
    r"^(?:"
    r"(?:is|was)\s+it\s+(?:really\s+)?(?:true|a\s+fact|a\s+myth|proven|correct|right)\s+that"
    r"|(?:is|are)\s+there\s+(?:any\s+)?(?:good\s+|real\s+|strong\s+|scientific\s+|clinical\s+)?"
    r"(?:evidence|proof|data|studies|research)\s+(?:to\s+show\s+|showing\s+|suggesting\s+)?that"
    r"|(?:any|what)\s+(?:scientific\s+)?(?:evidence|proof)\s+that"
    r"|(?:do|does|did)\s+(?:the\s+)?(?:studies|research|science|evidence|data|trials)\s+"
    r"(?:show|suggest|say|prove|support\s+the\s+claim)\s+that"
    r"|(?:has|have)\s+(?:it\s+|studies\s+|research\s+)?(?:been\s+)?(?:proven|shown|found)\s+that"
    r"|(?:i|we)(?:['’]ve|\s+have)?\s+(?:been\s+)?(?:heard|hearing|read|reading|seen|was\s+told|were\s+told|told)"
    r"\s+that"
    r")\s+(?=\S)",
    re.IGNORECASE,
)
# "My doctor said statins cause diabetes. Is that right?": a claim someone made, when the question only checks it
# (not "My doctor says my cholesterol is high. Will oats help?", which asks a question of its own)
_TOLD_BY = re.compile(
    r"^(?:my|our|a)\s+(?:doctor|friend|mom|mother|dad|father|trainer|nurse|pharmacist|coach|wife|husband|partner|"
    r"dentist|physician)\s+(?:said|says|told\s+me|thinks|claims|believes)(?:\s+that)?\s+(?=\S)",
    re.IGNORECASE,
)
# "..., is that true?", "... . Is that right?": asks whether the claim before it holds
_IS_THAT_TRUE = re.compile(
    r"(?:\s*[,.;]?\s*is\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|accurate|so)|\s*[,.;]\s*true)"
    r"\s*\?\s*$",
    re.IGNORECASE,
)
# "... or not?", "... or is that a myth?", "... or is it just hype?": both answers offered, no part of the claim
_EITHER_WAY = re.compile(
    r",?\s+or\s+(?:not|is\s+(?:that|it|this)\s+(?:just\s+|all\s+)?(?:a\s+myth|true|hype|a\s+fad|nonsense))(?=\W*$)",
    re.IGNORECASE,
)
# ... but not "Can't sleep: does X help?", where the negated auxiliary opens a statement of its own
_NEGATED_AUXILIARY = re.compile(
    r"^(?P<aux>does|do|did|is|are|was|were|can|could|should|would|has|have|wo|ca)n['’]t\b"
    r"(?!(?:\s+[\w\-'’]+){1,2}\s*[:,;.!])",
    re.IGNORECASE,
)
_POSITIVE = {"wo": "will", "ca": "can"}


# The question after one or more statements: "I take X every night. Is it safe?"
_AFTER_STATEMENT = re.compile(r"(?<=[.!])\s+(?=[A-Z][^.!?]*\?\s*$)")
# "Does it ...", "Are they ...": the pronoun is the subject. "Is it safe *to* take X?", "Is it true *that* ..."
# and "Is it worth it?" use "it" for what follows, not for what came before.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:does|do|did|is|are|was|were|can|could|will|would|should|may|might)\s+(?P<pronoun>it|they|these|those)\b"
    r"(?!(?:\s+\S+){0,3}?\s+(?:to|that|it)\b)",
    re.IGNORECASE,
)


def as_claim(question: str, synonyms: SynonymTable | None = None) -> str:
    """``question`` without the words around its claim: "Is there any evidence that turmeric reduces
    inflammation?" -> "turmeric reduces inflammation?"; "Doesn't coffee raise blood pressure?" -> "Does coffee
    raise blood pressure?"; "Does alcohol cause breast cancer or not?" -> "Does alcohol cause breast cancer?";
    "I take fish oil. Does it help?" -> "Does fish oil help?"; "Turmeric side effects" -> "What are the side
    effects of Turmeric?"; "10,000 steps" -> "10000 steps". A question with nothing around its claim comes back
    as it is."""
    claim = _EITHER_WAY.sub("", _WRAPPER.sub("", _as_question(question.strip()), count=1))
    if (trimmed := _IS_THAT_TRUE.sub("?", claim)).strip(" ?.!"):
        claim = _TOLD_BY.sub("", trimmed, count=1) if trimmed != claim else trimmed
    claim = _resolved(claim, synonyms or table())
    claim = _NEGATED_AUXILIARY.sub(_positive, claim, count=1)
    claim = _GROUPED_NUMBER.sub(lambda m: m.group().replace(",", ""), claim)
    return claim if claim.strip(" ?.!") else question


# A number whose digits a comma groups ("10,000 steps"), which readers of the question took for a clause break
_GROUPED_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b")


# Both sides of something, which no yes or no answers: "pros and cons", "benefits and risks"
_BOTH_SIDES_WORDS = (
    r"pros\s+and\s+cons|advantages\s+and\s+disadvantages|benefits\s+and\s+(?:risks|harms|drawbacks|downsides)|"
    r"risks\s+and\s+benefits"
)
# Worries and keyword queries, and the question each asks: "Turmeric side effects" (a name of up to four words
# before them: "... does it affect headache while reducing the side effects?" asks more), "Side effects of
# turmeric" (had read "Turmeric side" as the intervention and "yes" as a benefit), "Dangers of energy drinks",
# "Should I worry about arsenic in rice?", "Can you get too much vitamin A?"
_KEYWORD_QUERIES = (
    (
        re.compile(r"^(?:the\s+)?(?:side|adverse)\s+effects\s+of\s+(?P<x>[^?]+?)\W*$", re.I),
        "What are the side effects of {x}?",
    ),
    (
        re.compile(
            r"^(?!(?:does|do|did|is|are|can|could|will|would|should|what|which|how|why|any)\b)"
            r"(?P<x>[^\W_][\w'’-]*(?:\s+[\w'’-]+){0,3})\s+(?:side|adverse)\s+effects\W*$",
            re.I,
        ),
        "What are the side effects of {x}?",
    ),
    (
        re.compile(r"^(?:the\s+)?(?:health\s+)?(?:risks|dangers)\s+of\s+(?P<x>[^?]+?)\W*$", re.I),
        "What are the risks of {x}?",
    ),
    # ... and about benefits, or both sides: "Benefits of chia seeds", "Pros and cons of intermittent fasting"
    (
        re.compile(
            rf"^(?:the\s+)?(?:health\s+)?(?P<asked>benefits|{_BOTH_SIDES_WORDS})\s+of\s+(?P<x>[^?]+?)\W*$",
            re.I,
        ),
        "What are the {asked} of {x}?",
    ),
    (
        re.compile(
            r"^should\s+(?:i|we|you|people|parents)\s+(?:be\s+)?(?:worry|worried|concerned)\s+about\s+"
            r"(?P<x>[^?]+?)\W*$",
            re.I,
        ),
        "Is {x} harmful?",
    ),
    (
        re.compile(
            r"^(?:(?:can|could)\s+(?:you|i|one|people|a\s+person)|is\s+it\s+possible\s+to)\s+"
            r"(?:(?:get|take|have|eat|drink|consume)\s+)?too\s+much\s+(?P<x>[^?]+?)\W*$",
            re.I,
        ),
        "Is too much {x} harmful?",
    ),
)


def _as_question(question: str) -> str:
    """The question a worry or a keyword query asks ("Turmeric side effects": "What are the side effects of
    turmeric?"); any other question as it is."""
    for pattern, template in _KEYWORD_QUERIES:
        if match := pattern.match(question):
            words = {k: " ".join(v.split()) for k, v in match.groupdict().items()}
            return template.format(**{**words, "asked": words.get("asked", "").lower()})
    return question


def _positive(match: re.Match[str]) -> str:
    aux = match.group("aux")
    word = _POSITIVE.get(aux.lower(), aux)
    return word[:1].upper() + word[1:] if aux[:1].isupper() else word


def _resolved(text: str, synonyms: SynonymTable) -> str:
    """The question after statements, its subject pronoun replaced by the one intervention they name (in their
    words); the text as it is when they name none or several, or the question names its own."""
    parts = _AFTER_STATEMENT.split(text)
    if len(parts) < 2:
        return text
    before, question = " ".join(parts[:-1]), parts[-1]
    pronoun = _PRONOUN_SUBJECT.match(question)
    named = {m.concept.name: m.text for m in synonyms.find(before) if m.concept.kind == "intervention"}
    own = [m for m in synonyms.find(question) if m.concept.kind == "intervention"]
    if pronoun is None or len(named) != 1 or own:
        return text
    start, end = pronoun.span("pronoun")
    return f"{question[:start]}{next(iter(named.values()))}{question[end:]}"


_AUX = "do|does|did|will|can|is|are|was|were|should"
_SUBJECT = r"(?P<subject>(?:[\w\-'’]+\s+){0,5}?[\w\-'’]+)"
# "eggs don't raise cholesterol?" (a claim left by a wrapper, or asked as it stands)
_DENIED_STATEMENT = re.compile(
    rf"^{_SUBJECT}\s+(?:(?P<contracted>do|does|did|wo|ca|is|are|was|were|should)n['’]t|(?P<aux>{_AUX})\s+not|"
    r"(?P<cannot>cannot))\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Do eggs not raise cholesterol?"
_DENIED_QUESTION = re.compile(
    rf"^(?P<aux>{_AUX}|can|could|would)\s+{_SUBJECT}\s+not\s+(?P<rest>\S.*)$", re.IGNORECASE
)
# "X has no effect on Y", "X shows no benefit for Y": the effect denied in a noun
_NO_EFFECT_STATEMENT = re.compile(
    rf"^{_SUBJECT}\s+(?P<verb>has|have|had|shows?|showed|demonstrates?|demonstrated|offers?|offered|provides?|"
    r"provided)\s+no\s+(?:significant\s+|clear\s+|real\s+|proven\s+|measurable\s+)?"
    r"(?P<noun>effects?|benefits?|impact|influence)\s+(?:on|for|in|against)\s+(?P<rest>[^?]*[^\s?.!])[\s?.!]*$",
    re.IGNORECASE,
)
_NO_EFFECT_VERB = {"benefit": "help", "benefits": "help"}
_NOT_A_SUBJECT = frozenset(
    "it there this that what which who why how when where whether do does did is are was were can could will would "
    "should may might must have has had".split()
)
_RELATIVE = frozenset("who whom whose which that if when while whether".split())
_NOT_A_DENIAL = re.compile(r"(?:only|just|always|necessarily|all|so|too|as|more|less|yet)\b", re.IGNORECASE)


# "Are multivitamins a waste of money?": the claim that they do nothing
_WASTE = re.compile(
    r"^(?P<aux>is|are)\s+(?P<subject>.+?)\s+(?:just\s+|really\s+|simply\s+)?(?:an?\s+)?(?:complete\s+|total\s+)?"
    r"waste\s+of\s+(?:money|time)\W*$",
    re.IGNORECASE,
)


def positive_claim(claim: str) -> str | None:
    """The question of the effect a claim denies: "eggs don't raise cholesterol?" and "Do eggs not raise
    cholesterol?" -> "Do eggs raise cholesterol?"; None when the claim denies nothing ("not only", a negated
    subject such as "Is not eating breakfast harmful?", or "Can't sleep: does X help?")."""
    claim = claim.strip()
    if match := _WASTE.match(claim):  # "Are multivitamins a waste of money?" -> "Do multivitamins work?"
        return f"{'Do' if match.group('aux').lower() == 'are' else 'Does'} {match.group('subject')} work?"
    if match := _NO_EFFECT_STATEMENT.match(claim):  # "X has no effect on Y" -> "Does X affect Y?"
        verb = match.group("verb").lower()
        aux = "did" if verb.endswith("ed") or verb == "had" else "does" if verb.endswith("s") else "do"
        rest = f"{_NO_EFFECT_VERB.get(match.group('noun').lower(), 'affect')} {match.group('rest')}"
    elif match := _DENIED_QUESTION.match(claim):
        aux, rest = match.group("aux"), match.group("rest")
    elif match := _DENIED_STATEMENT.match(claim):
        aux, rest = match.group("contracted") or match.group("aux") or "can", match.group("rest")
    else:
        return None
    subject = match.group("subject")
    words = [w.lower() for w in subject.split()]
    # "Do patients who are not vaccinated ...": the denial is the subject's, in a clause of its own
    if words[0] in _NOT_A_SUBJECT or _RELATIVE.intersection(words) or _NOT_A_DENIAL.match(rest):
        return None
    if subject[:1].isupper() and subject[1:2].islower():  # the sentence's capital, not a name's
        subject = subject[:1].lower() + subject[1:]
    aux = _POSITIVE.get(aux.lower(), aux.lower()).capitalize()
    return f"{aux} {subject} {rest.rstrip(' ?.!')}?"


# "How much vitamin D should I take?", "What dose of X ...?", "How long should I take it?": an amount, a
# duration or a frequency, which the findings state in numbers; yes or no answers none of them.
_AMOUNT = re.compile(
    r"^\W*(?:how\s+(?:much|many|long|often|frequently)|what\s+(?:dose|dosage|amount|quantity)"
    r"|what\s+is\s+the\s+(?:right|best|optimal|ideal|recommended|safe|maximum|minimum)\s+(?:dose|dosage|amount)"
    r")\b",
    re.IGNORECASE,
)


# "Is turmeric or ginger better for inflammation?", "Which is better for sleep, melatonin or magnesium?": a
# choice between alternatives, which "yes" does not answer either (not "... or not?", which ``as_claim`` drops).
_CHOICE = re.compile(
    r"^\W*which\b(?=.*\b(?:better|best|worse|worst|healthier|safer|preferable)\b)|\b\w+\s+or\s+\w+\b(?!\s+not\b)(?=.*\b(?:better|best|worse|worst|healthier|safer|preferable)\b)"
    r"|\b(?:better|best|worse|worst|healthier|safer|preferable)\b.*\b\w+\s+or\s+(?!not\b)\w+",
    re.IGNORECASE,
)


# "What's the best vitamin for energy?", "What is the best time to ...": the best of many
_BEST = re.compile(r"^\W*what(?:['’]?s|\s+is|\s+are)\s+the\s+best\b", re.IGNORECASE)


# "Is honey better than sugar?", "Is whole milk healthier for kids than skim milk?", "Is X as good as Y?": one side
# weighed against another in general. Yes or no would answer it, but no component reads which side a finding
# favours: whether the change it reports is good or bad ("lower hormone levels in skim milk"), so a verdict
# would rest on findings about either side alone ("supports an effect on acne" for whole against skim milk).
# Not a comparison on a named measure, whose direction the question gives ("better quality of life than",
# "more effective than", "as effective as"), and not against placebo or nothing, which asks whether X works.
_COMPARATIVE = (
    r"(?:better|healthier|worse|safer|less\s+healthy|more\s+(?:healthy|nutritious|harmful|dangerous))"
)
_WEIGHED = (
    rf"(?:{_COMPARATIVE}(?:\s+(?:for|to)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?)?\s+than"
    r"|as\s+(?:good|healthy|safe|bad|harmful|nutritious)\s+as)"
)
_COMPARED = re.compile(
    rf"\b{_WEIGHED}\s+(?!(?:a\s+|the\s+)?placebos?\b|nothing\b|not\b|no\s|none\b|doing\s+nothing\b)",
    re.IGNORECASE,
)
# The two sides of such a comparison, for the answer to name: "Is *honey* better for you than *sugar*?"
_SIDES = re.compile(
    r"^\W*(?:is|are|was|were|would|will)\s+(?!it\b|to\b)(?P<x>[^?,]+?)\s+(?:really\s+|actually\s+|much\s+)?"
    rf"{_WEIGHED}\s+(?P<y>[^?,]+?)(?:\s+(?:for|to|at|in|during|when|if)\s+[^?]*)?\W*$",
    re.IGNORECASE,
)


_WEIGHED_WITHIN = re.compile(rf"\s+(?:really\s+|actually\s+|much\s+)?{_WEIGHED}\s+", re.IGNORECASE)


def as_versus(words: str) -> str:
    """An intervention side that weighs one thing against another, as the answer names it: "eggs worse than
    bacon" -> "eggs versus bacon"."""
    return _WEIGHED_WITHIN.sub(" versus ", words)


def compared_sides(question: str) -> tuple[str, str] | None:
    """The two sides a question weighs against each other ("Is honey better than sugar?": honey, sugar), or None
    when it weighs none, or its sides are no things ("Is it better to ... than to ...?")."""
    if not _COMPARED.search(question) or not (match := _SIDES.search(question)):
        return None
    return match.group("x"), match.group("y")


# "Which foods are high in nitrates?", "What foods are rich in vitamin K?": where something is found, a list
_SOURCES_OF = re.compile(
    r"^\W*(?:which|what)\s+(?:foods?|drinks?|fruits?|vegetables?|plants?|products?|sources?)\s+(?:are|is)\s+"
    r"(?:high|rich|low|richest|highest|lowest)\s+in\b|^\W*(?:which|what)\s+(?:foods?\s+)?contains?\b",
    re.IGNORECASE,
)


_BOTH_SIDES = re.compile(rf"\b(?:{_BOTH_SIDES_WORDS})\b", re.IGNORECASE)


def beyond_yes_no(question: str) -> str | None:
    """The words in which the question asks for something no yes or no answers: an amount, a duration or a
    frequency ("how much"), a choice between alternatives or one side against another ("which is better"), where
    something is found ("which foods are high in"), both sides of something ("pros and cons"); None for a yes/no
    question."""
    if match := _AMOUNT.search(question):
        return " ".join(match.group(0).strip(" \"'“‘").lower().split())
    if _BEST.search(question):
        return "which is best"
    if both := _BOTH_SIDES.search(question):
        return " ".join(both.group(0).lower().split())
    if _SOURCES_OF.search(question):  # the whole question: "which foods are high in nitrates"
        asked = " ".join(question.strip(" \"'“‘?!.").split())
        return asked[:1].lower() + asked[1:]
    return "which is better" if _CHOICE.search(question) or _COMPARED.search(question) else None
