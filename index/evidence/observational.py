"""Observational designs (level 3): cohort, case-control, cross-sectional and ecological studies, and a
sentence that declares the design."""

from __future__ import annotations

import re

from index.evidence.text import _rx

# --- level 3: observational ----------------------------------------------------------------------------
_TITLE_COHORT = _rx(r"\bcohorts?\b|\bprospective\b|\blongitudinal\b|\bfollow-?up\b|\bretrospective\b")
# ... of which only "cohort" and "a longitudinal study" name the design; the others say that time passed ("Longitudinal
# changes of ...", "a 1-year follow-up"), which a trial's title may say too.
_TITLE_COHORT_NAMED = _rx(r"\bcohorts?\b|\blongitudinal\s+(?:study|studies|analysis|investigation|survey)\b")
_TITLE_CC = _rx(r"\bcase-?\s?control\b|\bcase-?\s?referent\b")
# Shops counted as what was surveyed ("a survey of 225 stores"): their shelves and prices, not people.
_OF_SHOPS = (
    r"\s+of\s+(?:\d[\d,]*\s+)?(?:[\w-]+\s+){0,2}?(?:stores|shops|supermarkets|retailers|outlets|restaurants|"
    r"vendors)\b"
)
# "Cross-sectional area" or "diameter" is anatomy, not design.
_CROSS_SECTIONAL = (
    r"\bcross-?\s?sectional\b"
    r"(?!\s+(?:area|diameter|dimension|images?|imaging|views?|slices?|profiles?|shape))"
    # Round 14: "a cross-sectional survey of 225 stores" studies shops, not people.
    r"(?!\s+(?:survey|study|audit|assessment)" + _OF_SHOPS + ")"
)
_TITLE_XS = _rx(_CROSS_SECTIONAL + r"|\bsurvey\b|\bprevalence\b|\bnhanes\b")
# "Ecological speciation" or "niche" is biology: only an ecological study, analysis or correlation is the design.
_TITLE_ECO = _rx(
    r"\becologic(?:al)?\s+(?:[\w-]+\s+)?(?:study|studies|analys[ie]s|design|correlations?|comparisons?|data)\b"
    r"|\bcross-?\s?(?:national|country|cultural)\b"
)
_SELF_COHORT = _rx(
    # Round 19: not a collection of specimens ("a large cohort of endometrial cancers" analysed for mutations).
    r"\bcohorts?\b(?!\s+of\s+(?:[\w-]+\s+){0,2}(?:cancers|tumou?rs|carcinomas|specimens|biopsies|samples|"
    r"isolates)\b)"
    r"|\bprospective(?:ly)?\s+(?:\w+\s+){0,2}(?:study|studied|followed|investigation|data|"
    r"recruited|enrolled|collected|recorded|registered)"
    r"|\bfollowed\s+(?:up\s+)?(?:for|over|during|until)\b|\bfollow-?up\s+(?:of|period|was)\b"
    r"|\blongitudinal(?:ly)?\b|\bincident\s+(?:cases|diagnos)|\bperson-?years\b|\bhazard ratios?\b"
    r"|\bcox\s+(?:proportional|regression|models?)\b|\bretrospective(?:ly)?\b"
)
# Patients treated over a stated span of years: a clinical series, read as a cohort, but only
# circumstantially.
_COHORT_PERIOD = _rx(
    r"\b(?:treated|operated|admitted|diagnosed|seen|enrolled|registered|hospitali[sz]ed|underwent\s+\w+)\s+"
    r"(?:\w+\s+){0,6}(?:from|between|during)\s+(?:\w+\s+)?(?:19|20)\d\d\s+(?:to|and|through|until)\s+"
    r"(?:\w+\s+)?(?:19|20)\d\d\b"
)
_SELF_CC = _rx(
    r"\bcase-?\s?control\b|\bcase-?\s?referent\b|\b\d[\d,\s]*\s+(?:\w+\s+){0,3}cases\s+and\s+\d[\d,\s]*"
    r"(?:\w+\s+){0,3}controls\b|\b(?:population|hospital|community|matched)\s+controls\b"
    r"|\bcontrols\s+matched\b|\bmatched\s+(?:for|by|on)\s+(?:age|sex)\b"
    r"|\bcases\s+and\s+(?:\w+\s+)?controls\b|\bserved\s+as\s+(?:\w+\s+)?controls\b"
)
# "In this survey of commercial pomegranate juices, only 6 of 23 met the criteria" surveys products, not people
# ("the Continuing Survey of Food Intakes by Individuals" still surveys people).
_NOT_OF_PRODUCTS = (
    r"(?!\s+of\s+(?:[\w-]+\s+){0,3}(?:foods?|products|juices?|beverages|drinks|brands|supplements|samples|"
    # Round 14: "a cross-sectional survey of 225 stores" surveys shops (their prices and shelves), not people.
    r"stores|shops|supermarkets|grocery\s+stores|retailers|retail\s+outlets|outlets|restaurants|vendors)\b"
    r"(?!\s+(?:intakes?|consumption|habits|choices|purchas\w*|frequency|security|insecurity|use|users)\b))"
)
# A survey of people: its kind ("a postal survey", "online surveys"), a named national survey ("the National
# Health Interview Survey", "the 2004 food consumption survey"), people answering it, or the authors running it.
# "Survey" as a verb ("to survey the transcriptome"), a skeletal or anatomic survey (imaging), a literature
# survey and the Geological Survey are not.
_SURVEY = (
    r"\b(?:online|web-based|internet|telephone|mailed|mail|postal|face-to-face|self-administered|anonymous|"
    r"e-?mail|questionnaire|questionnaire-based|interview|community|household)\s+surveys?\b"
    # National surveys in the plural are mostly a model's data sources ("parameters from national surveys").
    r"|\b(?:population-based|national|nationwide|dietary|nutrition)\s+survey\b"
    r"|\b(?:national|examination|interview|demographic|consumption|expenditure|social)\s+(?:[\w-]+\s+){0,4}?"
    r"survey\b"
    r"|\b(?:completed|answered|returned|responded\s+to|filled\s+(?:in|out)|participated\s+in|took\s+part\s+in)\s+"
    r"(?:[\w-]+\s+){0,2}?surveys?\b"
    r"|\bwe\s+(?:\w+\s+)?(?:conducted|performed|carried\s+out|undertook|administered|distributed|developed|"
    r"designed|sent|mailed)\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?surveys?\b"
    rf"|\b(?:this|the present|the current|our)\s+survey\b{_NOT_OF_PRODUCTS}"
    r"|\bthe\s+survey\s+(?:shows?|showed|found|finds|revealed|reveals|indicated|indicates|demonstrated)\b"
    rf"|\bsurvey{_NOT_OF_PRODUCTS}\s+(?:of|among|involving|including|data|was|representing|respondents|"
    r"participants|questions|"
    r"responses|weights|results|years|waves|rounds)\b"
)
_SELF_XS = _rx(
    _CROSS_SECTIONAL + r"|" + _SURVEY + r"|"
    # "One family with a high prevalence of hypertension" describes the family; the design measures "the
    # prevalence of" something.
    r"(?<!\ba high )(?<!\ba low )(?<!\ba higher )(?<!\ba lower )(?<!\ban increased )(?<!\ba very high )"
    r"\bprevalence\s+(?:of|was|rates?)\b|\bnhanes\b"
)
_SELF_ECO = _rx(
    r"\becologic(?:al)?\s+(?:study|survey|analysis|design|correlation|data)|\b(?:\d+|several|many)\s+"
    r"(?:countries|counties|regions|provinces|nations)\b[^.]{0,80}\b(?:correlat|associat|mortality|rates)"
)

# Counted decedents ("40 infant autopsies") or an autopsy series, study or cohort: people observed once, after
# death, typed cross-sectional.
_AUTOPSY_SERIES = _rx(
    r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?|\w+teen)\s+"
    r"(?:[\w-]+\s+){0,2}(?:autopsies|autopsy\s+(?:cases|brains|specimens|reports)|decedents)\b"
    r"|\bautopsy\s+(?:series|study|studies|cohort|cases)\b"
)

# Something given to people or time passing ("after ingestion of", "were treated", "for 12 weeks", outcomes and
# records): an untyped study with these is not a one-time measurement.
_GIVEN_OR_FOLLOWED = _rx(
    r"\b(?:after|following)\s+(?:\w+\s+){0,3}(?:ingestion|intake|consumption|drinking|administration|treatment|"
    r"therapy|supplementation|surgery|exercise|training)"
    r"|\b(?:consumed|ingested|ingestion|supplement\w*|administered|(?:was|were)\s+given|received|treated|"
    r"therapy|program(?:me)?s?|intervention|weeks?|months?|years?\s+of|efficacy|effectiveness)\b"
    # Records retrieved and outcomes (deaths, relapses, survival) are events over time: a cohort's material.
    r"|\b(?:records?|charts?|outcomes?|survival|mortality|incidence|relapsed?|recurrence|follow\w*)\b"
    # Experiments with stimuli and specimens examined in the laboratory are not a survey of people either.
    r"|\b(?:experiments?|experimental|stimul\w*|specimens?)\b"
)

# A sentence that names this study's design outright ("This was a cross-sectional study", "Retrospective
# cohort study." under a DESIGN heading): it settles the observational subtype whatever else the abstract
# mentions.
_DECLARED = _rx(
    # "Design, Setting, and Participants: A population-based, nested case-control study" (a JAMA heading).
    r"(?:^(?:design(?:,?\s+(?:and\s+)?(?:settings?|participants|patients|subjects|population|methods?))*\W+)?"
    r"(?:an?\s+)?|\b(?:this|it|the present|the current|our study)\s+(?:was|is)\s+an?\s+"
    r"|\bwe\s+(?:conducted|performed|carried out|undertook|designed|used)\s+an?\s+|\bin\s+(?:an?|this)\s+)"
    r"(?:[\w,-]+\s+){0,4}?(case-?\s?control|cohort|cross-?\s?sectional)\s+(?:study|design|analysis|survey)\b"
    r"(?!" + _OF_SHOPS + ")"
)


def _declared_type(sentence: str) -> str:
    match = _DECLARED.search(sentence)
    design = re.sub(r"[-\s]+", "-", match.group(1).lower()) if match else ""
    return {"case-control": "case-control study", "cross-sectional": "cross-sectional study"}.get(
        design, "cohort study"
    )
