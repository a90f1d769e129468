"""The shape of a question: where it splits into an intervention side and an outcome side, and which of its
words are topic words rather than the words that frame a question.

"Does X improve Y?", "Is X good for Y?", "Treating Y with X", "the effect of X on Y", "Is Y lower in X?", "X for
Y", "X and Y": the first shape that leaves topic words on both sides decides. ``rag.understand`` reads the
intervention and the outcome from the two sides.
"""

from __future__ import annotations

import re
from typing import Literal

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
    positively negatively inversely
    supplementing useful helpful harmful worth worthwhile please pls thanks thank hi hello hey lol ok okay
    just also tell know want wondering wonder think guys question too say says said implication implications
    healthy unhealthy healthier make makes making give gives giving go goes away likely unlikely still matter
    matters possible possibly play plays key option options feasible consider considering considered able
    proof need needs ones get gets enough yourself whats dangerous efficacious efficacy sufficient adequate
    necessary appropriate justified warranted danger dangers downside downsides lot lots pros cons advantages
    disadvantages drawbacks
    i'm i've i'd i'll you're you've you'd we're we've they're they've it's that's there's""".split()
)
# Verbs of taking something that name no intervention or topic on their own: "What should I *eat* to ...?"
CONSUMING = frozenset("eat drink take consume do use try have".split())
# How people type "you", "your" and "with" ("w/ depression") in a chat, in lower case only: the "U" of "U.S."
# names something
TEXTING_WORDS = frozenset({"u", "ur", "ya", "w"})

# Verbs that split a question into what is done and what it is done to.
_VERBS = """improve reduce lower raise increase decrease affect prevent treat help cause protect boost
    benefit influence slow reverse fight block cure worsen alleviate relieve ease strengthen promote support
    trigger damage harm impair enhance combat delay extend shorten control regulate change alter
    aggravate interfere inhibit hinder build kill stop give interact dehydrate hydrate clog soothe relax weaken
    stimulate suppress detoxify counteract thin disrupt destroy deplete keep exacerbate accelerate diminish
    dampen hasten elevate""".split()  # not the nouns too: "aneurysm repair", "burn", "healing", "walking speed"


def _forms(verb: str) -> list[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    return [verb, f"{verb}s", f"{verb}es", f"{stem}ed", f"{stem}ing"]


_VERB_FORMS = sorted({f for v in _VERBS for f in _forms(v)}, key=len, reverse=True)
_VERB_CUE = re.compile(
    # "help fight colds" is one verb, not "help" before the outcome "fight colds"
    r"\b(?:help(?:s|ed|ing)?\s+(?:to\s+)?(?:" + "|".join(_VERB_FORMS) + r")"
    # "make a difference to" is one verb; "physicians make good sentinels" says what they are, not what they do
    r"|makes? (?:a |any |no )?(?:real |big )?difference (?:to|in|for|on)"
    r"|(?:make|makes|making)(?! (?:a |an )?(?:good|great|better|poor|reliable|useful|effective|valid|suitable)\b)|"
    + "|".join(_VERB_FORMS)
    + r"|leads? to|(?:(?:positively|negatively|inversely|directly|significantly|strongly|weakly|independently|"
    r"causally|closely)\s+)?(?:linked to|related to|associated with|correlated with)"
    r"|good for|bad for|safe for|healthy for|beneficial for"
    r"|effective (?:for|against|in)|helpful for|harmful (?:to|for)|works? for|protective (?:against|of|for)"
    # "Does sugar feed cancer?"; not "animal feed(s)"
    r"|(?<!animal )(?<!livestock )(?<!cattle )feeds?|exposes? (?:\w+ )?to)\b",
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
# "Is stroke risk lower in people who eat fish?": a measure compared between groups, the group is the exposure
_GROUP_COMPARED = re.compile(
    r"^(?:is|are|was|were)\s+(?P<y>.+?)\s+(?:lower|higher|reduced|increased|decreased|elevated|greater|less|more|"
    r"rarer)(?:\s+(?:common|frequent|likely|prevalent|often))?\s+(?:in|among|for)\s+(?P<x>.+)$",
    re.IGNORECASE,
)
# "Do people who eat chili peppers live longer?": what they do, then what becomes of them
_PEOPLE_WHO = re.compile(
    r"^(?:do|are|will|can)\s+(?:people|those|men|women|adults|children|kids|individuals|persons)\s+who\s+"
    r"(?:(?:regularly|often|usually|daily)\s+)?(?:eat|drink|take|consume|use|follow)\s+(?P<x>.+?)\s+"
    r"(?P<y>(?:live|have|get|sleep|feel|gain|lose|suffer|develop|stay|age)\b.+)$",
    re.IGNORECASE,
)
# "Should I take zinc when I have a cold?": what to take, and the condition it is taken for
_WHEN_HAVING = re.compile(
    r"^(?P<x>.+?)\s+(?:when|if|while|whenever)\s+(?:i|you|we|they|one|people|someone)\s+(?:have|has|get|gets|got|"
    r"catch|catches|suffer from|suffers from)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W_][\w\-'\u2019]*")
# A full stop, but not of "vs.", "e.g.", "et al." or a genus's initial ("H. pylori", "E. coli"): "... group. Are
# ...".
_FULL_STOP = (
    r"(?<!\bvs)(?<!\bv)(?<!\bal)(?<!\be\.g)(?<!\bi\.e)(?<!\bcf)(?<!\bDr)(?<!\bSt)\.(?=\s)"
    r"(?!(?<=\b[A-Z]\.)\s+(?!(?:is|are|do|does|did|can|could|should|will|would|what|how|why|which|and|but|so|it|i)\b)"
    r"[a-z])"
)
_CLAUSE_BREAK = re.compile(rf"[,;:?!]|{_FULL_STOP}|--|\u2014")  # "rupture--is the diameter ..."
_WEAK_CUE = re.compile(r"\s(?:for|against)\s|\s(?:and|&)\s", re.IGNORECASE)
# Where an outcome phrase turns to who or when: "bone density in older women" -> "bone density".
# "the risk for heart disease" names the outcome after "for", as "the risk of" does.
POPULATION = re.compile(
    r"\s(?:in|among|during|after|(?<!\brisk\s)(?<!\brisks\s)for|with|when|while)\s.*$", re.IGNORECASE
)
# Words that name who is studied ("safe for *men*", "good for *children* with asthma"), not an outcome.
POPULATION_WORDS = frozenset(
    """you me us everyone anyone people person men man women woman children child kids adults adult elderly
    seniors infants babies newborns athletes patients smokers subjects population populations teenagers
    teenager teens adolescents toddlers students diabetics vegans vegetarians older younger u ya runners
    cyclists swimmers bodybuilders weightlifters""".split()
)
# "useful for children *with asthma*", "help older adults *with memory*": who, then what is asked about
_WHO_WITH = re.compile(
    r"(?:(?:older|young|younger|elderly|pregnant|healthy|obese|overweight|postmenopausal|premenopausal)\s+)?"
    r"(?P<who>[\w-]+)\s+with\s+(?=\S)",
    re.IGNORECASE,
)

Span = tuple[int, int]
MAX_WEAK_SIDE_WORDS = 4


# Words that end an intervention or outcome phrase here, though the gate counts them as topic words.
_NOT_TOPIC = frozenset(
    "during among amongst after before while until per daily weekly get gets getting got".split()
)


_ENDS_TOPIC = QUESTION_WORDS | _NOT_TOPIC


# "How long does it take for iron to work?", "How often should I take it?": what is asked, not its topic. Only
# after "how": "long COVID", "often" in a finding's words are topic.
_HOW_WORDS = re.compile(r"\b(how\s+)(long|often|frequently|soon)\b", re.IGNORECASE)
# "Is arsenic in rice a health risk?", "Is mercury in fish a real concern?": a harm asked about (``rag.harm``), as
# "harmful" is; not "a risk factor"
A_HEALTH_RISK = (
    r"an?\s+(?:real\s+|serious\s+|big\s+|major\s+)?(?:health\s+)?"
    r"(?:risk|danger|hazard|threat|concern|worry)(?=\W*$)"
)
_A_RISK = re.compile(rf"(?<=\s)({A_HEALTH_RISK})", re.IGNORECASE)


def without_asking_words(question: str) -> str:
    """``question`` with the words that say what is asked rather than its topic blanked out (same length): the
    word after "how" that asks for a duration or frequency, and a closing "a health risk"."""
    question = _HOW_WORDS.sub(lambda m: m.group(1) + " " * len(m.group(2)), question)
    return _A_RISK.sub(lambda m: " " * len(m.group(1)), question)


def is_topic_word(word: str) -> bool:
    if word in TEXTING_WORDS:
        return False
    word = word.lower().replace("\u2019", "'").removesuffix("'s")
    return not word.endswith("n't") and word not in _ENDS_TOPIC


def names_something(letter: str, after: str | None) -> bool:
    """Is a one-letter word a name ("vitamin *A*", "hepatitis *B*") rather than the article opening a question
    ("*A* glass of wine a day?")? It is one only right after a topic word (``after``: the word before it, if
    any). "I" is the pronoun ("Should *I* take ..."): as a numeral ("type I") it is as often written "1", so a
    source need not say it."""
    return (
        len(letter) == 1
        and letter.isupper()
        and letter != "I"
        and after is not None
        and is_topic_word(after.strip(",;:"))
    )


def _named_letter(word: re.Match[str]) -> bool:
    before = word.string[: word.start()].split()
    return names_something(word.group(), before[-1] if before else None)


def topic_span(question: str, start: int, end: int) -> Span | None:
    """The stretch of ``question[start:end]`` from its first to its last topic word (None if it has none),
    with the bracket it opens or closes: "fish oil (omega-3)"."""
    words = [m for m in WORD.finditer(question, start, end) if is_topic_word(m.group()) or _named_letter(m)]
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
    return sum(1 for _ in WORD.finditer(question, *span))


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
    return next((c for c in clauses if topic_span(question, *c)), clauses[0] if strict else side)


# "Is bone density *affected by* vitamin D?": the passive names the intervention after "by".
_PASSIVE_AGENT = re.compile(r"\s+by\s+", re.IGNORECASE)
# "Can athletes *benefit from* beetroot juice?": likewise, who benefits comes first and the intervention after
_BENEFIT_FROM = re.compile(r"\s+from\s+", re.IGNORECASE)
# "Will *delayed* surgery increase ...", "Does *reduced* sleep raise ...": a participle right after the question's
# auxiliary describes the subject; the verb comes later.
_AUXILIARY_BEFORE = re.compile(
    r"(?:^|[:;,?!]\s*)(?:do|does|did|is|are|was|were|will|would|can|could|should|may|might|must)\s+$",
    re.IGNORECASE,
)


# Where a title's statement ends and its question begins: "... and a control group. Are early outcomes ...?"
_SENTENCE_END = re.compile(rf"{_FULL_STOP}\s+(?=[A-Z])")


def split_sides(question: str) -> tuple[Span, Span, bool] | None:
    """Character ranges of the intervention side and the outcome side, by the question's shape, and whether
    the shape was weak ("X for Y", "X and Y": also how lists are written). After a statement, the question's
    own sentence is read first: "Screening in a control group. Are outcomes influenced by ethnicity?"."""
    ends = list(_SENTENCE_END.finditer(question))
    if ends and (sides := _split_from(question, ends[-1].end())) and not sides[2]:
        return sides
    return _split_from(question, 0)


def _split_from(question: str, start: int) -> tuple[Span, Span, bool] | None:
    for pattern in (_EFFECT_OF, _REVERSED, _GROUP_COMPARED, _WHEN_HAVING, _PEOPLE_WHO):
        match = pattern.search(question, start)
        # "Does vitamin D reduce the risk of falls in older people?": the verb splits, not "risk of X in Y"
        if match and not _VERB_CUE.search(question, start, match.start()):
            x, y = match.span("x"), match.span("y")
            if topic_span(question, *x) and topic_span(question, *y):
                return x, y, False
    for cue in (_VERB_CUE, _WEAK_CUE):
        matches = list(cue.finditer(question, start))
        for i, match in enumerate(matches):
            if cue is _VERB_CUE and i + 1 < len(matches) and _describes_subject(question, match):
                continue
            left = _within_clause(question, (start, match.start()), "end", strict=cue is _WEAK_CUE)
            passive = cue is _VERB_CUE and (
                _PASSIVE_AGENT.match(question, match.end())
                or (
                    match.group().lower().startswith("benefit") and _BENEFIT_FROM.match(question, match.end())
                )
            )
            after = passive.end() if passive else match.end()
            right = _within_clause(question, (after, len(question)), "start")
            spans = topic_span(question, *left), topic_span(question, *right)
            if not (spans[0] and spans[1]):
                continue
            # "X for Y" and "X and Y" name an intervention and an outcome in titles, not in long sentences.
            if cue is _WEAK_CUE and max(_words_in(question, span) for span in spans) > MAX_WEAK_SIDE_WORDS:
                continue
            return (right, left, False) if passive else (left, right, cue is _WEAK_CUE)
    return None


def after_who(question: str, span: Span) -> int:
    """Where an outcome side that opens with who is studied turns to the condition asked about: "children with
    *asthma*" (else where it starts)."""
    who = _WHO_WITH.match(question, *span)
    return who.end() if who and who.group("who").lower() in POPULATION_WORDS else span[0]


def _describes_subject(question: str, verb: re.Match[str]) -> bool:
    """Is a verb form a participle right after the auxiliary ("Will *delayed* surgery ...")?"""
    return verb.group().lower().endswith(("ed", "ing")) and bool(
        _AUXILIARY_BEFORE.search(question, 0, verb.start())
    )
