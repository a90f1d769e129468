"""Is a sentence a finding of its source, or background, aims and methods?

Section labels decide where an abstract has them. Elsewhere findings language decides ("significantly
reduced", "was associated with", "95% CI"), unless the sentence frames the study ("To determine whether ...",
"little is known") or, in an abstract without labels, comes before the sentence that states the study's aim:
what an abstract says before "We investigated whether ..." is what was known ("Epidemiological evidence suggests
that X could reduce the risk of Y"), however much it reads like a result. And such an abstract ends with its
conclusion, often in the present tense the cues leave to background ("Thus X improves Y", "These data indicate
that ..."): its closing sentence is a finding when it concludes in those words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.store import StoredSentence

_FINDING_SECTIONS = re.compile(r"result|conclusion|finding|interpretation|synthesis|observations", re.I)
# Labels that lean to findings unless a methods or background word says otherwise: "OUTCOMES" and "SUMMARY"
# report results, "MAIN OUTCOME MEASURES" and "SUMMARY OF BACKGROUND DATA" do not.
_LEANING_FINDING_SECTIONS = re.compile(r"outcome|summary", re.I)
_METHOD_SECTIONS = re.compile(
    r"method|design|setting|participant|patients|subjects|material|intervention|measure|selection|"
    r"sources?\b|extraction|search|analys|population|sample|registration|funding|sponsor|eligibility|criteria|"
    r"collection|acquisition|evidence review|interests?\b",
    re.I,
)
# Sections that frame the study: what they say ("To determine whether X reduces Y", "X is associated with Y" as
# known background) is not this source's finding. Aims restate the question almost word for word, so as
# findings they outweighed the conclusions in the verdict.
_FRAMING_SECTIONS = re.compile(
    r"background|objective|aim|purpose|introduction|rationale|context|importance|hypothes|known|question",
    re.I,
)
_FINDING_CUES = re.compile(
    r"\b(significant(ly)?|increased?|decreased?|reduced?|reduction|improved?|improvement|associated|"
    r"association|lower|higher|risk|no (significant )?(difference|effect|association|change)|"
    r"did not (differ|change|improve|reduce|increase|affect|alter)|suggests?|conclud\w*|showed|shown|"
    r"demonstrated?|found|effective|odds ratio|hazard ratio|"
    r"relative risk|mean difference|95\s?% ?CI|p\s?[<=>]\s?0?\.\d+|"
    # what experiments report: "X induced / inhibited / was required for / led to Y"
    r"resulted in|led to|induced|inhibited|promoted|enhanced|suppressed|abolished|attenuated|impaired|"
    r"restored|prevented|blocked|activated|required for|mediated|correlated|predicted|revealed|identified)\b",
    re.I,
)
_BACKGROUND_CUES = re.compile(
    r"^(background|objectives?|aims?|purpose|introduction|importance)\b|\b(we (aimed|sought|investigated|examined|"
    r"evaluated|assessed|hypothesi[sz]ed)|we test(ed)? (the (null )?hypothesis|whether)|the (aim|objective|purpose) of|(this|the present|the current|our) "
    r"(\w+ )?(study|review|paper|article|meta-analysis|analysis|trial|investigation) (aims|aimed|sought|seeks|set out|"
    r"examines|investigates|describes|introduces|discusses|reviews|summari[sz]es|outlines|focuses on|"
    r"(is|was) an attempt to|attempts to|(is|was) intended to|will (also |briefly |first )?(discuss|review|"
    r"summari[sz]e|focus|examine|present|outline|consider|address|highlight|explore|describe|appraise))|"
    r"remains? (unclear|unknown|controversial)|little is known|we revisit|"
    r"in this (article|review|paper|commentary),? we (discuss|review|describe|summari[sz]e|consider|propose|"
    r"present|outline|highlight|argue)|"
    r"is (a|an|the) (common|major|leading|metabolic|chronic|autoimmune|immune-mediated|inflammatory|progressive|"
    r"multifactorial|debilitating))\b"
    # an aim in the imperative ("To determine whether ...", "Determine whether ...", "This study was planned
    # to evaluate ...")
    r"|^(to )?(determine|study|evaluate|assess|investigate|examine|compare|test|explore|describe|analy[sz]e|"
    r"identify|establish|clarify|characteri[sz]e|quantify)\b|^to (better )?(understand|elucidate|gain insight|"
    r"shed light)\b|\bthis (study|trial|review|work) (was|is) "
    r"(planned|designed|conducted|undertaken|performed) to\b"
    # what others claim, propose or once thought: "X is touted to have medicinal properties", "It has been
    # suggested that ...", "Walls and Judd (1933) postulated ...", "There is growing interest in X"
    r"|\b(is|are|was|were|has been|have been|being) (\w+ly )?(promoted|marketed|touted|claimed|purported|reputed|"
    r"advertised) (to|as|for)\b|\b(widely |commonly |generally )?(believed|thought) (not )?to\b|"
    # what a thing is blamed for: "The increase of calcium excretion ... is also accused of constituting ..."
    r"\b(is|are|was|were|has been|have been|being) (\w+ly |also |often )?(accused|blamed) (of|for)\b|"
    # what was held before: "Earlier, X used to be criticised ...", "X has traditionally been considered ..."
    r"\bused to be\b|\b(has|have) traditionally been\b|\b(was|were) once (thought|believed|considered|regarded)\b|"
    r"\bpostulated that\b|\b(has|have) been (hypothesi[sz]ed|proposed|suggested|"
    r"speculated|theori[sz]ed) (that|as|to)\b|\bas early as \d{4}\b|\b(?-i:[A-Z][a-z]+( (and|&) [A-Z][a-z]+| et al\.?)?) "
    r"\((1[5-9]|20)\d\d\)|\bthere (is|has been) (a )?(significant|considerable|growing|increasing|great|much|"
    r"renewed) interest\b|\b(some|other|several|many) (researchers|authors|investigators|scientists|experts) (have )?"
    r"(argued|claimed|suggested|proposed|speculated)\b|\bcontrovers(y|ies) (regarding|about|over|on|surrounding)\b"
    # what earlier work found: "Previous studies have shown ...", and what others found before a gap this work
    # fills: "Several studies have suggested a protective effect ..., but the dose-response relationship ...";
    # "Studies that have addressed X were conducted mainly in Western countries". Not "Numerous studies have
    # shown that exercise decreases the risk of death" alone, which a review states as its finding.
    r"|^(previous|prior|earlier)( [\w-]+){0,2} (studies|reports|investigations|trials|research)"
    r"( (in|on|of) [\w-]+( [\w-]+)?)? (have|has|had) (also |consistently |repeatedly )?(shown|suggested|"
    r"demonstrated|reported|found|indicated|examined|investigated|linked|observed|documented|revealed|"
    r"established|implicated|associated)\b"
    r"|^(recent|several|many|numerous|few|some|other|most|animal|epidemiologic(al)?|observational|experimental)"
    r"( [\w-]+){0,2} (studies|reports|investigations|research) (have|has) (\w+ )?(shown|suggested|demonstrated|"
    r"reported|found|indicated|observed|linked)\b(?=[^;]*(,|;) (but|however|yet|although|whereas)\b)"
    r"|^studies (that|which) have (addressed|examined|investigated|assessed|evaluated|explored)\b"
    # what earlier work found, said after it: "Higher nut consumption has been associated with lower risk of CHD
    # events in several epidemiologic studies."
    r"|\b(has|have) been (\w+ )?(associated|linked|shown|reported|found|observed)\b[^.;]*\bin (several|many|"
    r"numerous|some|previous|prior|earlier|multiple|various|a number of) ([\w-]+ ){0,2}(studies|reports|"
    r"investigations|trials|cohorts|populations)\b"
    # what the study set out to test: "It was hypothesized that a mixture of orange flavonoids would reduce ..."
    r"|\bit (was|is) (hypothesi[sz]ed|speculated|assumed|postulated) that\b"
    # "In a previous three-month study of X, decreased joint pain ... were observed"
    r"|^in (a|an|our|their|the) (previous|prior|earlier)\b"
    # what is known or has been studied: "it is generally known that fiber is good for you", "The relationship
    # between dietary fiber and risk of CVD has been extensively studied."
    r"|\b(it is|it's) (generally |widely |well |commonly )?(known|accepted|recogni[sz]ed|established) that\b"
    r"|\b(has|have) been (extensively |widely |well |intensively |thoroughly |increasingly )?(studied|researched|"
    r"investigated|examined|documented|described)( (in|among|over) [\w-]+( [\w-]+){0,3})?\W*$"
    # what the paper goes on to do: "The genotoxic risk of steviol to humans is discussed."
    r"|\b(is|are|will be) (also |then |further |briefly )?(discussed|reviewed|summari[sz]ed|outlined)\b"
    # a worry, a belief or a gap, not a result: "there is concern that HFCS consumption increases the risk for
    # obesity", "there is a misconception among consumers that increased consumption may lead to unwanted gain in
    # body weight", "Research on X and thyroid cancer risk is limited"
    r"|\bthere (is|are|has been|have been) (\w+ ){0,2}(concerns?|fears?|worry|worries|misconceptions?|myths?|"
    r"beliefs?|perceptions?)( (among|in) [\w-]+( [\w-]+)?)? (that|about|over|regarding)\b"
    r"|\bconcerns? (has|have) been (raised|expressed|voiced)\b"
    # a need, not a result: "Accordingly, there is a need for novel agents that are effective and non toxic"
    r"|\bthere (is|remains) (\w+ )?(a )?(\w+ )?need (for|to)\b"
    r"|^(research|evidence|data|information|knowledge|literature)\b[^.;]{0,120}\b(is|are|remains?) (still |very "
    r"|rather |relatively |currently )?(limited|scarce|sparse|lacking)\b(?! (to|by|in)\b)"
    # what needs doing: "it is important to develop interventions that can be easily implemented"
    r"|\bit is (\w+ )?(important|necessary|essential|crucial|critical|vital|imperative|urgent) to "
    r"(develop|identify|understand|find|establish|determine|investigate|explore|examine|evaluate|assess|study|"
    r"clarify|know)\b"
    # what the authors did, not what they found: "The investigators compared the increase in relative risk ...",
    # "We conducted a systematic literature review and meta-analysis to evaluate the relationship ..."
    r"|^(we|the (investigators|authors|researchers)) (compared|conducted|performed|carried out|undertook|"
    r"collected|recruited|enrolled|randomi[sz]ed|interviewed|surveyed|sampled)\b"
    r"(?![^.;]*\b(found|showed|shows|observed|revealed|demonstrated|indicated)\b)"
    # what the study did, not what it found: "The study examined the association between intake of nuts and
    # incident cardiovascular disease", "This study assesses the association between salt ... and cancers"
    r"|^(the|this|our|the (present|current)) ([\w-]+ ){0,2}(study|analysis|trial|review|investigation|survey|"
    r"meta-analysis) (examined|examines|investigated|investigates|evaluated|evaluates|assessed|assesses|explored|"
    r"explores|compared|compares|estimated|estimates|measured|measures|tested|tests)\b"
    r"(?![^.;]*\b(found|showed|shows|observed|revealed|demonstrated|indicated|suggest(s|ed)?)\b)"
    # what a literature search found, not what the studies did: "The search methods employed identified 443
    # entries, from which ...", "Our search yielded 2,702 citations."
    r"|\b(identified|yielded|retrieved|returned|found|screened|located|produced) (a total of )?\d[\d,]* "
    r"(potentially relevant |eligible |unique |relevant |possible |non-duplicate )?(entries|records|articles|"
    r"citations|references|reports|papers|publications|abstracts|hits|titles)\b"
    # what was measured: "Our primary outcome measure was standardized mean difference in ..."
    r"|^(our|the) (primary|main|principal|secondary) (outcome|end ?point)s?( measures?)? "
    r"(was|were|is|are|included)\b"
    # what was found decades ago: "In the early 1970s, research conducted by Dr. Benjamin Feingold found that ..."
    r"|^in the (early |late |mid-?)?(1[89]|20)\d0s\b"
    # how something was measured, with no result: "Endothelial function was estimated by flow-mediated
    # dilatation before and after ...", "The effects of smoking on the risk of lung cancer were estimated from
    # unconditional multivariate logistic regression"
    r"|^(?![^;]*\b(found|showed|shows|revealed|demonstrated|indicated|suggest\w*|significant(ly)?|increase[sd]?|"
    r"decrease[sd]?|reduced?|reduction|improved?|higher|lower|associated|resulted|no|not)\b)"
    r"[^;]{0,200}?\b(was|were) (\w+ )?(estimated|measured|assessed|determined|quantified|evaluated|recorded|"
    r"calculated|analy[sz]ed|monitored|obtained|examined|compared|performed|collected) (by|using|with|from|via|"
    r"through|before|after|during|at|in|on)\b"
    # how confounding was handled: "None of the 19 variables were identified as confounders"
    r"|\b(identified|considered|treated|included|selected|entered) as (potential |possible )?confounders?\b",
    re.I,
)
# The sentence that states the aim of an unlabelled abstract: "We aimed / sought to", "The aim of this study",
# "The present study examined / was designed to", "We investigated whether / the effect of", "To determine
# whether" at a sentence start.
_AIM = re.compile(
    r"\b(?:we (?:aimed|sought|set out)|the (?:aim|objective|purpose|goal)s? of|(?:this|the present|the current|our) "
    r"(?:study|review|trial|analysis|meta-analysis|work|paper|investigation)s? (?:aims?|aimed|sought|examines|"
    r"examined|investigates|investigated|evaluated|evaluates|assessed|assesses|determined|was (?:designed|conducted|"
    r"undertaken|planned|performed) to)|we (?:investigated|examined|evaluated|assessed|tested|explored|determined|"
    r"compared) (?:whether|if|the (?:effect|association|relation|impact|hypothesis)))"
    r"|(?:^|(?<=[.!?]\s))(?:to )?(?:determine|evaluate|assess|investigate|examine|test|explore|compare) whether\b",
    re.I,
)
# How a closing sentence concludes: "The results indicate", "These data reinforce / support the", "X improves Y",
# "may be beneficial". A closing call for more research ("... are needed to confirm") is no conclusion.
_CONCLUSION = re.compile(
    r"\b(?:indicat(?:e|es|ing)|reinforc\w*|support(?:s|ing)? (?:the|a|an|our)|(?<!to )confirm(?:s|ing)?|"
    r"provid\w* (?:evidence|support)|shows? that|in conclusion|we conclude|reduces|increases|improves|lowers|"
    r"decreases|prevents|protects|inhibits|promotes|enhances|attenuates|suppresses|induces|"
    r"may (?:help|be (?:useful|beneficial|effective|protective))|(?:is|are|was|were) (?:beneficial|protective|"
    r"effective|safe)"
    # a recommendation that closes a position paper: "Infants and young children should not be fed a vegan diet."
    r"|should (?:not )?be (?:fed|given|used|recommended|avoided|encouraged|consumed|limited|restricted|"
    r"introduced|prescribed|offered))\b",
    re.I,
)
_MORE_RESEARCH = re.compile(r"\b(?:needed|warranted|required|need for)\b", re.I)
# A sentence that only asks for more research ("Further studies should examine ...", "Larger trials are needed to
# confirm this", "Continued research is necessary to determine ..."): it states no result, even in a conclusions
# section, where it had decided verdicts as the sentence closest to the question. "Further analysis showed" is a
# result, so the call must say what is still to be done.
_RESEARCH_CALL = re.compile(
    r"^(?:(?:however|thus|therefore|hence|nevertheless|still|finally|in addition),?\s*)?"
    r"(?=(?:further|future|more|additional|larger|continued|longer|new|well[- ]designed|prospective|randomi[sz]ed|"
    r"controlled|large[- ]scale|long[- ]term|multi-?cent(?:er|re)|adequately powered)\b)"
    r"[\w\s,()-]{0,60}?\b(?:studies|study|research|trials?|investigations?|work|evaluations?|data)\b"
    r"[\w\s,()-]{0,40}?\b(?:should|must|(?:is|are|will be|would be|may be|remains?) (?:now |still |urgently )?"
    r"(?:needed|necessary|required|warranted|indicated|desirable)|needs? to|to (?:confirm|determine|clarify|"
    r"establish|elucidate|evaluate|assess|investigate|explore|examine|define|identify|validate))\b"
    # "The potential roles of X on Y need further study."
    r"|^[^,;]{0,120}?\b(?:needs?|requires?|warrants?|deserves?|merits?)\s+(?:further|more|additional|future|"
    r"systematic|careful|rigorous)\s+(?:study|studies|research|investigation|evaluation|exploration|confirmation)"
    r"(?:\W*$|,?\s+and\s+(?=[^,;]{0,120}\b(?:must|should|needs?\s+to)\s+be\b))",
    re.I,
)
# The headings of a plain-language "Editors' Summary", the section each opens
_SUMMARY_HEADING = re.compile(
    r"(?P<background>Editors['’] Summary|Why Was This Study Done\?|Additional Information\.)"
    r"|(?P<methods_findings>What Did the Researchers Do and Find\?)|(?P<conclusions>What Do These Findings Mean\?)"
)
_SUMMARY_SECTIONS = {
    "background": "Background",
    "methods_findings": "Methods and Findings",
    "conclusions": "Conclusions",
}
# What may follow an abstract's last sentence: a copyright line, a truncation mark.
_TRAILER = re.compile(r"©|\bcopyright\b|all rights reserved|published by|abstract truncated", re.I)
# Words that tell the source's own work ("In this study, we have demonstrated ..."): never background by place.
_OWN_WORK = re.compile(
    r"\b(?:we|our|us|here|in this (?:study|trial|review|work|paper|report)|the (?:present|current) "
    r"(?:study|trial|review|work|findings|results))\b",
    re.I,
)
_REPORTED = re.compile(
    r"\b(?:show(?:s|ed|n)|found|reveal(?:s|ed)|demonstrat(?:es|ed)|indicat(?:es|ed)|suggest(?:s|ed)|reduced|"
    r"increased|improved|decreased|associated)\b",
    re.I,
)


@lru_cache(maxsize=100_000)
def is_finding(sentence: StoredSentence, abstract: str = "") -> bool:
    """Does ``sentence`` report a result or conclusion of its source (``abstract`` is the source's, for where the
    sentence stands in it)? Cached, as ``is_background`` is: a question scores the same sentences again."""
    if calls_for_research(sentence.text) or asks(sentence.text):
        return False
    if section := summary_section(sentence, abstract) or sentence.section:
        if _FINDING_SECTIONS.search(section):
            # "Methods and Findings", "Measurements and Main Results": a result needs findings language there
            # ("Participants were randomly assigned to two groups" had decided a verdict)
            return not _METHOD_SECTIONS.search(section) or bool(_FINDING_CUES.search(sentence.text))
        if is_method(section) or _FRAMING_SECTIONS.search(section):
            return False
        if _LEANING_FINDING_SECTIONS.search(section):
            return True
    if is_background(sentence.text) or before_aim(sentence, abstract):
        return False
    if _FINDING_CUES.search(sentence.text):
        return True
    return (
        closes(sentence, abstract)
        and bool(_CONCLUSION.search(sentence.text))
        and not _MORE_RESEARCH.search(sentence.text)
    )


def summary_section(sentence: StoredSentence, abstract: str) -> str | None:
    """The section of a sentence in a plain-language "Editors' Summary" (PLoS Medicine's, which NFCorpus appends to
    an abstract's conclusions), by the summary's own headings; None for a sentence outside one. "Every day, or so
    it seems, new research shows that ... lifestyle ... affects health and longevity" opens such a summary's
    background, and had decided a question on walking as a conclusion."""
    before = [section for end, section in _summary_headings(abstract) if end <= sentence.char_end]
    return before[-1] if before else None


@lru_cache(maxsize=20_000)
def _summary_headings(abstract: str) -> tuple[tuple[int, str], ...]:
    """Where each editors'-summary heading of an abstract ends, with the section it opens; read once per
    abstract, as ``aim_start`` is, not once per sentence."""
    return tuple((m.end(), _SUMMARY_SECTIONS[m.lastgroup or ""]) for m in _SUMMARY_HEADING.finditer(abstract))


def asks(text: str) -> bool:
    """Does the sentence ask rather than report ("Is a gentle daily walk sufficient ...?"), even in a results
    or conclusions section?"""
    return text.rstrip(" \"'”’)").endswith("?")


def calls_for_research(text: str) -> bool:
    """Does the sentence only ask for more research ("Further studies should examine ...")?"""
    call = _RESEARCH_CALL.search(text.strip())
    return call is not None and not _REPORTED.search(call.group())


def is_method(section: str) -> bool:
    """Is a section label one of methods, participants, setting or measures (and not "METHODS AND RESULTS")?"""
    return bool(_METHOD_SECTIONS.search(section)) and not _FINDING_SECTIONS.search(section)


@lru_cache(maxsize=100_000)
def is_background(text: str) -> bool:
    """Does the sentence frame the study (an aim, "little is known", "X is a common disease")? Cached: the
    cues are one long pattern, a quarter of a question's time when read twice for every scored sentence
    (``is_finding`` and ``rag.compose.score_sentence`` both ask)."""
    return bool(_BACKGROUND_CUES.search(text))


def before_aim(sentence: StoredSentence, abstract: str) -> bool:
    """Does an unlabelled sentence come before its abstract's aim, stated in the first half of the abstract?"""
    start = aim_start(abstract)
    return (
        sentence.section is None
        and start is not None
        and sentence.char_end <= start
        and not _OWN_WORK.search(sentence.text)
    )


def closes(sentence: StoredSentence, abstract: str) -> bool:
    """Is an unlabelled sentence its abstract's last, but for a copyright line or truncation mark?"""
    rest = abstract[sentence.char_end :].strip()
    return (
        bool(abstract)
        and sentence.section is None
        and (not rest or bool(_TRAILER.search(rest[:40])))
        and not _TRAILER.search(sentence.text)
    )


@lru_cache(maxsize=20_000)
def aim_start(abstract: str) -> int | None:
    """Where an abstract first states its aim, if it does so in its first half."""
    match = _AIM.search(abstract)
    return match.start() if match and match.start() <= len(abstract) / 2 else None
