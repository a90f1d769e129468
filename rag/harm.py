"""Questions that ask whether something harms: a finding that calls the harm low, unlikely, absent or unshown
answers no.

The stance model reads "The risk of toxicity with high intakes is low" and "is unlikely to result in toxicity" as
support for "Can too much vitamin D be harmful?": they are findings, hedged, about the question's words. For a
question that asks about harm, such a finding, read as support, is turned to contradiction (its confidence kept).
Questions that ask whether something is *safe* are left alone: there the same finding supports.
"""

from __future__ import annotations

import re

import numpy as np

from rag.question_shape import A_HEALTH_RISK
from rag.stance import CLASSES, NEGATOR, NULL_RESULT, flipped

HARM_QUESTION = re.compile(
    r"\b(?:harm(?:s|ful)?|dangerous|toxic|unsafe|bad\s+for|damag(?:e|es|ing)|side\s+effects?|adverse\s+effects?)\b",
    re.I,
)
_HARM = r"(?:toxicity|harm|adverse\s+(?:effects?|events?|reactions?)|side\s+effects?|damage|complications?)"
SAFE_FINDING = re.compile(
    rf"\b(?:risk|incidence|rate)\s+of\s+(?:\w+\s+){{0,2}}{_HARM}\b[^.;]{{0,60}}\b(?:is|was|are|were|remains?)\s+"
    r"(?:very\s+|extremely\s+)?(?:low|minimal|negligible|rare)\b"
    rf"|\b(?:low|minimal|negligible)\s+(?:risk|incidence)\s+of\s+(?:\w+\s+){{0,2}}{_HARM}"
    rf"|\bunlikely\s+to\s+(?:result\s+in|cause|lead\s+to|produce|induce)\s+(?:\w+\s+){{0,3}}{_HARM}"
    r"|\bneutral\s+(?:to|or)\s+beneficial\b"  # a habit "neutral to beneficial" for a risk (NFCorpus MED-2155)
    # "is generally safe", "is shown to be remarkably well tolerated at OTC doses"
    r"|\b(?:is|was|are|were|appears?\s+to\s+be|seems?\s+to\s+be)\s+(?:(?:shown|found)\s+to\s+be\s+)?"
    r"(?:generally\s+|very\s+|\w+ly\s+)?(?:safe|well[\s-]tolerated)\b"
    rf"|\bno\s+(?:serious\s+|significant\s+|major\s+)?{_HARM}\s+(?:(?:was|were)\s+(?:observed|reported|found|seen)|of\b)"
    # "decades of research have failed to demonstrate a clear and consistent relationship between MSG and ..."
    r"|\b(?:failed|fail)\s+to\s+(?:demonstrate|show|find|establish|confirm)\s+(?:an?\s+|any\s+)?(?:\w+\s+){0,4}"
    r"(?:relationship|association|link|effect|harm|evidence)\b"
    # "Neither stevioside nor steviol have been shown to ... demonstrate genotoxic damage", "no evidence of
    # genotoxic activity"
    r"|\b(?:not|neither|never)\s+(?:[\w,]+\s+){0,6}?(?:been\s+)?(?:shown|found|demonstrated|reported)\s+to\s+"
    rf"(?:[\w,]+\s+){{0,8}}?{_HARM}\b"
    r"|\bno\s+(?:\w+\s+)?evidence\s+(?:of|for)\s+(?:\w+\s+){0,2}?(?:geno|cyto)?(?:toxic|mutagenic|carcinogenic|"
    r"harmful|adverse)\w*",
    re.I,
)


# not "safety", mostly in names ("Food Safety Authority"); "Is it okay to ...?" asks the same as "Is it safe to ...?"
# ... and "Can I take X while pregnant / breastfeeding?" asks whether it is safe then
SAFETY_QUESTION = re.compile(
    r"\b(?:safe|harmless)\b|\bis\s+it\s+(?:okay|ok|fine|alright|all\s+right)\s+(?:to|for)\b"
    r"|^(?:can|may)\s+(?:i|you|we|one)\s+(?:safely\s+)?(?:take|eat|drink|use|have)\b[^?]*\b(?:while|during|when)\s+"
    r"(?:i\s+am\s+|i'm\s+|you\s+are\s+)?(?:pregnan\w*|breast-?feeding|nursing|trying\s+to\s+conceive)",
    re.I,
)


def asks_about_safety(question: str) -> bool:
    """Does the question ask whether something is safe ("Is soy milk safe for children?")? Its claim is safety,
    not an effect, and the answer says so."""
    return bool(SAFETY_QUESTION.search(question))


# Words of findings that bear on safety (harms, risks, tolerance, safety itself), and the harms a finding reports
# by naming them or a risk it raises ("a significant complication rate", "increased the risk of ...").
_HARMS = (
    r"complications?|adverse\w*|toxic\w*|side[\s-]effects?|detriment\w*|damag\w*|danger\w*|hazard\w*|injur\w*|"
    r"poison\w*|carcinogen\w*|harm\w*|(?<!public\s)health\s+problems?"
)
_RISKS = r"risks?|mortality|deaths?|incidence"
# "should avoid excessive consumption": advice that reports a harm and speaks of safety
_ADVICE_TO_AVOID = r"\b(?:should|must|to)\s+avoid\b"
_SAFETY_WORDS = re.compile(rf"\b(?:safe\w*|unsafe|tolerat\w*|{_HARMS}|{_RISKS})\b|{_ADVICE_TO_AVOID}", re.I)
_REPORTS_HARM = re.compile(
    # "pregnant women are 'at risk' subgroups"
    rf"\bat\s+(?:higher\s+|increased\s+|greater\s+)?risk\b|{_ADVICE_TO_AVOID}|"
    # "the excess risk per gram", "was significantly associated with colon, lung and bladder cancer"
    r"\bexcess\s+(?:risk|mortality|deaths?)\b|\b(?:significantly\s+|positively\s+)?(?:associated\s+with|related\s+to|"
    r"(?:inverse|negative|positive|significant|direct)\s+associations?\s+(?:between|with))\s+"
    r"(?:[\w,()-]+\s+){0,8}?(?:cancers?|mortality|deaths?|diseases?|diabetes|obesity|dysfunction|disorders?)\b|"
    # "it may pose serious health risks", "poses a growing threat to human health"
    r"\bposes?\s+(?!(?:little|no|minimal|negligible|low)\b)(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:risks?|threats?|"
    r"hazards?|dangers?)\b|"
    rf"\b(?:{_HARMS})\b|\b(?:increas\w*|higher|elevated|greater|raised?|doubl\w*|tripl\w*)\s+(?:\w+\s+){{0,3}}"
    rf"(?:{_RISKS})\b"
    rf"|\b(?:{_RISKS})\s+(?:\w+\s+){{0,3}}(?:was|were|is|are)\s+(?:\w+\s+)?(?:increased|higher|elevated|greater)\b",
    re.I,
)
# A finding of less harm is a benefit: "might be related to lower risk of breast cancer", "fewer complications".
_LESS_OF_HARM = (
    rf"\b(?:lower\w*|reduc\w*|decreas\w*|fewer|less)\s+(?:[\w-]+\s+){{0,3}}?(?:{_HARMS}|{_RISKS})\b"
)
# "preventable disease" is no protection
_LESS_HARM = re.compile(rf"{_LESS_OF_HARM}|\b(?:protect\w*|inverse\w*|prevent(?!abl)\w*)\b", re.I)
_EFFICACY_QUESTION = re.compile(
    r"\b(?:effective|efficacious|efficacy|beneficial|useful|feasible|helpful|work)\b", re.I
)


def asks_only_about_safety(question: str) -> bool:
    """Does the question ask whether something is safe, and not also whether it works ("Is X safe and
    effective?")?"""
    return asks_about_safety(question) and not _EFFICACY_QUESTION.search(question)


def speaks_of_safety(text: str) -> bool:
    """Does a finding speak of harm, risk or safety? A sentence on how well sweeteners stand in for sugar
    (NFCorpus MED-4120) does not, and had answered "Are artificial sweeteners safe?" with yes; nor one on what
    people perceive ("risk perceptions about the safety of food were significant predictors of their awareness"
    had answered "Is canned tuna safe to eat?")."""
    return bool(_SAFETY_WORDS.search(text)) and not _PERCEIVED.search(text)


# A finding about a lack of the intervention: its direction is the reverse of the intervention's, and a harm it
# reports ("deficiency increases the risk of fracture") is no harm of the intervention.
LACK_OF = re.compile(
    r"\b(?:deficien\w*|insufficien\w*|lack of|(?:diets?|meals?|foods?) (?:free of|free from|devoid of)|"
    r"low(?:er)? (?:levels?|intakes?|status|consumption|concentrations?|doses?)|(?:below|under) the median)\b",
    re.I,
)
# ... but not the group a finding compares with: "a 1.77-fold increased risk compared with women with lower
# consumption" reports a harm of more eggs
_COMPARED_WITH = re.compile(
    r"\b(?:compared (?:with|to)|than|vs\.?|versus|relative to)(?:\W+[\w-]+){0,4}\W*$", re.I
)


def of_a_lack(text: str) -> bool:
    """Is a finding about a lack of the intervention ("deficiency increases the risk of fracture", "a diet free of
    artificial dyes", not "men free of cancer"), not about the group with less of it that it compares with?"""
    return any(not _COMPARED_WITH.search(text[: m.start()]) for m in LACK_OF.finditer(text))


# The subject of a claim after its auxiliary: "it" or up to seven words ("Is *too much vitamin A* harmful?").
_CLAIM_SUBJECT = r"(?:it\s+|(?:[\w\-'’/]+\s+){1,7}?)"
# ... and of a claim stated ("coffee is bad for the liver?"), not a question word ("What is good for sleep?")
_STATED_SUBJECT = rf"(?!(?:what|which|who|how|why|where|when)\b){_CLAIM_SUBJECT}"


# The benefit as the question's claim: "Is red meat good for you?", "Is coconut oil healthy?", "Is X good for the
# heart?", and what asks for the benefits themselves: "What is turmeric good for?", "(What are the) benefits of
# green tea", "Why is fish good for you?"
_BENEFIT_CLAIM = re.compile(
    rf"^(?:(?:what|why)\s+)?(?:is|are|was|were)\s+{_CLAIM_SUBJECT}(?:good|healthy|healthful|beneficial)\b"
    # the claim as a statement, after "Is it true that ...": "coffee is good for the liver?"
    rf"|^{_STATED_SUBJECT}(?:is|are)\s+(?:really\s+)?(?:good|healthy|healthful|beneficial)\b"
    r"|^(?:what\s+are\s+)?(?:the\s+)?(?:health\s+)?benefits\s+of\b"
    # "Does kombucha have health benefits?", "Are there any benefits to eating X?"
    r"|^(?:does|do|did)\s+(?:[\w\-'’]+\s+){1,4}?(?:have|has|offer|bring)\s+(?:any\s+)?(?:real\s+)?(?:health\s+)?"
    r"benefits?\b|^(?:are|is)\s+there\s+(?:any\s+)?(?:real\s+)?(?:health\s+)?benefits?\b",
    re.I,
)


def claims_benefit(question: str) -> bool:
    """Is a benefit the claim the question asks about ("Is red meat good for you?")? Then a finding that reports a
    harm of the intervention speaks against it, and yes and no speak of a benefit."""
    return bool(_BENEFIT_CLAIM.search(question.strip()))


# The harm as the question's claim: "Is X harmful / bad for you?", "Does X damage the kidneys?", "What are the side
# effects of X?"; not a harm word elsewhere ("Are physicians aware of the side effects of X?", "Is unsafe sex ...").
_HARM_CLAIM = re.compile(
    # "Why is sugar bad for you?" presumes the harm it asks about; "Is 10,000 IU of vitamin D too much?" asks it
    rf"^(?:why\s+)?(?:is|are|was|were|can|could|might|may|would)\s+{_CLAIM_SUBJECT}(?:be\s+)?"
    rf"(?:harmful|dangerous|toxic|unsafe|unhealthy|bad\s+for|bad(?=\W*$)|too\s+much\b(?!\s+\w)|{A_HEALTH_RISK})\b"
    # the claim as a statement, after "I've been reading that ...": "coffee is bad for the liver?"
    rf"|^{_STATED_SUBJECT}(?:is|are)\s+(?:really\s+)?(?:harmful|dangerous|toxic|unsafe|unhealthy|bad\s+for|"
    r"bad(?=\W*$))\b"
    r"|^(?:does|do|did|can|could|will|would|might|may)\s+(?:[\w\-'’/]+\s+){1,7}?(?:harm|damage)\b"
    r"|^what\s+are\s+the\s+(?:side|adverse)\s+effects\s+of\b"
    # "How bad is sugar for your teeth?" presumes the harm too, and asks how great it is
    r"|^how\s+(?:bad|harmful|dangerous|unhealthy|toxic)\s+(?:is|are|was|were|can\s+\S+\s+be)\b"
    # "Does turmeric have side effects?", "Can quercetin cause side effects?"
    r"|^(?:does|do|can|could|will|would|might|may)\s+(?:[\w\-'’/]+\s+){1,5}?(?:have|has|cause)\s+(?:any\s+)?"
    r"(?:side|adverse)\s+effects\b"
    # "Are there any risks of taking too much vitamin B6?", "What are the dangers of energy drinks?"
    r"|^(?:are|is)\s+there\s+(?:any\s+|an?\s+)?(?:health\s+)?(?:risks?|dangers?|(?:side|adverse)\s+effects?|downsides?)"
    r"\s+(?:of|to|in|from|with)\b"
    r"|^what\s+are\s+the\s+(?:health\s+)?(?:risks|dangers)\s+of\b",
    re.I,
)


def claims_harm(question: str) -> bool:
    """Is a harm the claim the question asks about ("Is too much zinc bad for you?")? Then yes and no speak of
    harm, and without an outcome only findings on the harms of its intervention decide."""
    return bool(_HARM_CLAIM.search(question.strip()))


def bears_on_harm(text: str) -> bool:
    """Does a finding report a harm, or call one low or absent? Only such findings answer a question whose claim
    is a harm: a sentence on the search for safer treatments speaks of safety, one on curcumin preventing
    inflammation of a benefit (NFCorpus MED-2786, MED-2811), and either had answered "What are the side effects
    of turmeric?" with "points to harm". A harm of a lack of the intervention ("Vitamin D deficiency causes
    osteopenia") is none of its own: it had said "points to harm" to "Is 10000 IU of vitamin D too much?". Nor
    is a harm people perceive: "consumers perceived relatively high risks associated with ... conventionally
    grown produce" had said "points to harm" to "Are pesticides on produce harmful?"."""
    if _PERCEIVED.search(text):
        return False
    return bool((_REPORTS_HARM.search(text) and not of_a_lack(text)) or SAFE_FINDING.search(text))


_PERCEIVED = re.compile(r"\b(?:perceiv\w*|perceptions?)\b", re.I)


def asks_about_harm(question: str) -> bool:
    """Does the question ask whether something harms ("Can too much X be harmful?", "Does X damage Y?"), or claim
    a harm ("Is 10000 IU of X too much?")?"""
    return bool(HARM_QUESTION.search(question)) or claims_harm(question)


_BENEFIT = re.compile(r"\b(?:benefi\w*|protect\w*|improv\w*)\b", re.I)
# ... of less of something, which may be the intervention: "Salt reduction improves endothelium-dependant
# vasodilation" is no benefit of salt
_LESS_OF_SOMETHING = re.compile(r"\b(?:reduc\w*|restrict\w*|cutting|avoid\w*|abstain\w*|withdraw\w*)\b", re.I)


def states_benefit(text: str) -> bool:
    """Does a finding state a benefit of the intervention, undenied and with no harm beside it ("drinking coffee
    may have benefits for the liver")? It speaks against a claimed harm: it had read as support for "Is coffee bad
    for the liver?"."""
    return bool(
        _BENEFIT.search(text)
        and not reports_harm(text)
        and not NEGATOR.search(text)
        and not of_a_lack(text)
        and not _LESS_OF_SOMETHING.search(text)
    )


def against_harm(probabilities: np.ndarray, texts: list[str], question: str) -> np.ndarray:
    """Stance probabilities (one row per sentence) for a harm question: support turned to contradiction where a
    finding calls the harm low, unlikely or absent (or, for a claimed harm, reports less of it or a benefit), and contradiction
    turned to support where it reports a harm, undenied (a case report's biopsy showing vitamin A toxicity,
    NFCorpus MED-4873, had read as a "no" to "Is too much vitamin A harmful?")."""
    if not texts or not asks_about_harm(question):
        return probabilities
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    claimed = claims_harm(question)
    return np.stack(
        [
            flipped(p)
            if (
                p[yes] > p[no]
                and (
                    SAFE_FINDING.search(text)
                    or (claimed and (reports_less_harm(text) or states_benefit(text)))
                )
            )
            or (claimed and p[no] > p[yes] and reports_harm(text))
            else p
            for p, text in zip(probabilities, texts, strict=True)
        ]
    )


def reports_less_harm(text: str) -> bool:
    """Does a finding report less harm with the intervention ("inversely related to prostate cancer", "a lower
    risk of ..."), not with a lack of it? It speaks against a claimed harm: "Are avocados bad for you?" had read a
    finding that monounsaturated fat was inversely related to prostate cancer as "points to harm"."""
    return bool(_REPORTS_HARM.search(text) and _LESS_HARM.search(text) and not of_a_lack(text))


# Less harm or risk, or an inverse association with it: "a 34% reduction in mortality risk", "inversely
# associated with mortality"
_LOWER_HARM = re.compile(
    rf"{_LESS_OF_HARM}|\binverse\w*\s+(?:associat\w*|relat\w*|correlat\w*)\s+(?:with|to)\s+(?:[\w,-]+\s+){{0,4}}?"
    rf"(?:{_HARMS}|{_RISKS})\b",
    re.I,
)


def reports_lower_harm(text: str) -> bool:
    """Does a finding report less harm or risk with the intervention, undenied and not with a lack of it? For a
    question about safety it speaks for it: "individuals in the highest tertile of magnesium intake had a 34%
    reduction in mortality risk" had read as a "no" to "I take magnesium every night. Is it safe?"."""
    return bool(_LOWER_HARM.search(text) and not NEGATOR.search(text) and not of_a_lack(text))


# "No material exposure-response relationships were observed between maternal intake of ... and the risk of
# suspected atopic eczema", "was not associated with an increased risk of stroke"
_NO_LINK_TO_HARM = re.compile(
    r"\b(?:no|neither)\s+(?:[\w-]+\s+){0,3}?(?:associations?|relationships?|links?|correlations?)\b[^.;]*?"
    r"\b(?:between|with)\b"
    r"|\bnot\s+(?:significantly\s+|independently\s+)?(?:associated|related|linked|correlated)\s+(?:with|to)\b",
    re.I,
)
_HARM_OR_RISK = re.compile(rf"\b(?:{_HARMS}|{_RISKS})\b", re.I)


def denies_a_link_to_harm(text: str) -> bool:
    """Does a finding deny a link between the intervention and a harm or risk? For a question about safety it
    speaks for it: a cohort's "no exposure-response relationships ... and the risk of suspected atopic eczema" had
    read as a "no" to "Is it safe to take fish oil during pregnancy?". Not a link denied to less harm ("not
    associated with a lower risk"), which is a benefit missed, not a harm absent."""
    link = _NO_LINK_TO_HARM.search(text)
    return bool(
        link
        and _HARM_OR_RISK.search(text, link.end())
        and not _LESS_HARM.search(text)
        and not of_a_lack(text)
    )


def against_safety(probabilities: np.ndarray, texts: list[str], question: str) -> np.ndarray:
    """Stance probabilities with support turned to contradiction where a question about safety, or one whose
    claim is a benefit ("Is red meat good for you?"), meets a finding that reports a harm of the intervention,
    undenied and not of a lack of it: a finding of a significant complication rate of anticoagulation in trauma
    patients (PubMedQA 18847643) had read as support for the question whether it is safe, findings that red meat
    raises the risk of cancer and of death as support for "Is red meat good for you?". And for a question about
    safety, contradiction turned to support where a finding calls the harm low or absent ("the third study to
    report no adverse effects of soy foods" had read as "no effect" on "Is soy safe for women?"), reports
    less of it (``reports_lower_harm``) or denies a link to it (``denies_a_link_to_harm``)."""
    safety = asks_about_safety(question)
    if not texts or not (safety or claims_benefit(question)):
        return probabilities
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    return np.stack(
        [
            flipped(p)
            if (p[yes] > p[no] and reports_harm(text) and not of_a_lack(text))
            or (
                safety
                and p[no] > p[yes]
                and (SAFE_FINDING.search(text) or reports_lower_harm(text) or denies_a_link_to_harm(text))
            )
            else p
            for p, text in zip(probabilities, texts, strict=True)
        ]
    )


def reports_harm(text: str) -> bool:
    """Does a finding report a harm (a harm noun or a raised risk), not denied, not a null result, not a lower
    risk?"""
    return bool(
        _REPORTS_HARM.search(text)
        and not _LESS_HARM.search(text)
        and not SAFE_FINDING.search(text)
        and not NEGATOR.search(text)
        and not NULL_RESULT.search(text)
    )
