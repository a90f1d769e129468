"""British spellings read as American ones, so that "tumour" meets "tumor" and "randomised" meets "randomized".

PubMed abstracts use both spellings, and so do the people who ask: "Does fibre lower cholesterol?" had not met a
source that says "fiber", nor "anaemia" one that says "anemia", in the words a source must hold, the topic it must
cover or the outcome its findings must report. The English stemmer leaves the two apart ("randomis" / "random",
"oesophag" / "esophag"), so the analyzer turns each word into its American spelling before stemming, in
sentences and questions alike, and the embedding model is shown both in American spelling too
(``Embedder.in_american``).

Mostly spelling patterns, with a short list of the words no pattern reads ("grey", "programme", "yoghurt"): "-our"
is "-or" (tumour, behaviour, favourable), "-ise" and "-yse" are "-ize" and "-yze" (randomised, organisation,
analysed), "-bre" and "-tre" are "-ber" and "-ter" (fibre, centre, litre), and the Greek and Latin digraphs of
medical words lose a letter (haem-, -aemia, paed-, oesophag-, oestr-, -rrhoea, -pnoea, foet-, coeliac, sulph-).
The analyzer applies them to every word of both sides alike, so a word with no American twin ("exercise" read as
"exercize") still meets itself; what they must avoid is joining two different words, and the few they would
("scour" and "score", "timbre" and "timber") are kept apart. Over the NFCorpus, SciFact and PubMedQA texts they
change 534 of 50,340 distinct words, and each of the 259 sets of stems they join is one word in its two
spellings (or its derived forms: "expertise" and "expert").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

# Words whose British spelling no pattern reads
_WORDS = {
    "aluminium": "aluminum",
    "analogue": "analog",
    "analogues": "analogs",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "centred": "centered",
    "chilli": "chili",
    "chillies": "chilies",
    "defence": "defense",
    "defences": "defenses",
    "dialogue": "dialog",
    "enrol": "enroll",
    "enrols": "enrolls",
    "enrolment": "enrollment",
    "enrolments": "enrollments",
    "fulfil": "fulfill",
    "fulfilment": "fulfillment",
    "gramme": "gram",
    "grammes": "grams",
    "grey": "gray",
    "haem": "heme",  # the digraph rule would make it "hem"
    "haems": "hemes",
    "judgement": "judgment",
    "judgements": "judgments",
    "licence": "license",
    "licences": "licenses",
    "liquorice": "licorice",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "mould": "mold",
    "moulds": "molds",
    "mouldy": "moldy",
    "nonhaem": "nonheme",
    "offence": "offense",
    "offences": "offenses",
    "practise": "practice",
    "practised": "practiced",
    "practises": "practices",
    "practising": "practicing",
    "programme": "program",
    "programmes": "programs",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "scepticism": "skepticism",
    "yoghourt": "yogurt",
    "yoghurt": "yogurt",
    "yoghurts": "yogurts",
}
# Digraphs of medical words, anywhere in the word or at its start (^)
_DIGRAPHS = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"haem", "hem"),  # haemoglobin, haematoma, haemorrhage, nonhaem
        (r"aemi", "emi"),  # anaemia, leukaemia, glycaemic, ischaemic, hypercholesterolaemia
        (r"^paed", "ped"),  # paediatric
        (r"opaed", "oped"),  # orthopaedic, encyclopaedia
        (r"^palaeo", "paleo"),  # palaeolithic
        (r"^aetiol", "etiol"),
        (r"anaesth", "anesth"),
        (r"gynaec", "gynec"),
        (r"^faec", "fec"),  # faecal, faeces
        (r"^caec", "cec"),  # caecum
        (r"^caesar", "cesar"),
        (r"^oesophag", "esophag"),
        (r"^oestr", "estr"),  # oestrogen, oestradiol
        (r"^oedem", "edem"),
        (r"rrhoea", "rrhea"),  # diarrhoea, amenorrhoea
        (r"pnoea", "pnea"),  # apnoea, dyspnoea
        (r"^foet", "fet"),  # foetal, foetus
        (r"^coeliac", "celiac"),
        (r"homoeo", "homeo"),
        (r"sulph", "sulf"),  # sulphate, disulphide, sulphonylurea
    )
)
_OUR = re.compile(
    r"^(\w{2,})our(s|ed|ing|al|ally|able|ably|ite|ites|ful|less|ist|ists|ism|er|ers|hood|hoods)?$"
)
# "scoured" is no "scored"; "contour", "detour", "devour" and the like are American spellings too
_NOT_OUR = re.compile(r"^(?:flour|scour|contour|detour|devour|velour|amour|paramour|troubadour)")
_RE = re.compile(r"^(\w+[bt])re(s?)$")  # fibre(s), centre(s), litre(s), titre(s)
_NOT_RE = frozenset(["timbre", "timbres"])
_ISE = re.compile(r"^(\w{4,})is(e|es|ed|ing|ation|ations|er|ers)$")  # randomised, organisation, fertiliser
_YSE = re.compile(r"^(\w{3,})ys(e|es|ed|ing|er|ers)$")  # analysed, paralysed, hydrolyse


# Any of the patterns' letters: most words hold none and are returned at once
_MAY_CHANGE = re.compile(r"ae|oe|our|[bt]res?$|[iy]s(?:e|es|ed|ing|ation|ations|er|ers)$|sulph")


@lru_cache(maxsize=200_000)
def american(word: str) -> str:
    """``word`` (lower-case) in its American spelling; unchanged where it has none."""
    if word in _WORDS:
        return _WORDS[word]
    if not word.isalpha() or not _MAY_CHANGE.search(word):
        return word
    for pattern, replacement in _DIGRAPHS:
        word = pattern.sub(replacement, word)
    if not _NOT_OUR.match(word):
        word = _OUR.sub(r"\1or\2", word)
    if word not in _NOT_RE:
        word = _RE.sub(r"\1er\2", word)
    word = _ISE.sub(r"\1iz\2", word)
    return _YSE.sub(r"\1yz\2", word)


_WORD = re.compile(r"[^\W\d_]+")


def american_text(text: str, accept: Callable[[str, str], bool] | None = None) -> str:
    """``text`` with each word in its American spelling (a capital first letter kept), where ``accept(british,
    american)`` allows it. Sentences and questions are embedded so: the embedding model reads "anaemia" and "anemia"
    as different words and ranked sources, and weighed findings, differently for the two spellings of one question.
    The model must not be shown a word the rules make up, though ("exercise" as "exercize"), which ``accept`` can
    check."""

    def spell(match: re.Match[str]) -> str:
        word = match.group()
        lower = word.lower()
        us = american(lower)
        if us == lower or (accept is not None and not accept(lower, us)):
            return word
        return us.capitalize() if word[:1].isupper() else us

    return _WORD.sub(spell, text)
