"""Guidance (level 2: guidelines, expert consultations that recommend) and narrative reviews (level 3); syntheses
(level 1) are in ``syntheses``."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.subjects import _ENROLLED
from index.evidence.text import _PRIMARY, _PROCEDURE, _own, _rx

# --- level 2: guidance ---------------------------------------------------------------------------------
_TITLE_GUIDE = _rx(
    r"\bguidelines?\b|\bguidance\b|\bposition\s+(?:statement|paper|stand)|\bconsensus\b"
    r"|\bscientific statement|\bpractice parameter"
)
# "Recommendations for ..." also heads reviews that summarise advice and studies of who recommends what ("Health
# food store recommendations for cancer patients"): guidance only when a body issues them ("American Academy of
# Pediatrics recommendations on ...") or the abstract recommends and counts nobody.
_TITLE_RECOMMENDATIONS = _rx(r"\brecommendations?\s+(?:for|on|of|from)\b")
_ISSUING_BODY = _rx(
    r"\b(?:academy|association|society|college|organi[sz]ation|committee|council|institute|task\s+force|panel|"
    r"working\s+group|board|federation|consortium|agency|ministry|department\s+of\s+health)\b"
    r"|(?-i:\b(?:WHO|FAO|CDC|NIH|AAP|AHA|ACC|ADA|ACOG|ESC|EFSA|USPSTF|NICE)\b)"  # "who" is not the WHO
)
# "Adherence to dietary guidelines and mortality" is a cohort study, "Do physicians follow treatment guidelines?"
# an audit of charts, and "The impact of the new WHO guidelines on HIV incidence" a model of their effects:
# studies of guidance, not guidance.
_TITLE_GUIDE_NOT = _rx(
    r"\b(?:adherence|compliance|concordance|conformity|according|adhering|meeting|meet|follow(?:s|ed|ing)?|"
    r"consistent|accordance)\s+(?:[\w/&-]+\s+){0,5}(?:guidelines?|guidance|recommendations?)"
    r"|\b(?:impact|effects?|influence|costs?|cost-effectiveness|consequences|implications|evaluation|"
    r"implementation|uptake|adoption|modell?ing|simulation|projections?)\s+of\s+(?:[\w/&-]+\s+){0,5}"
    r"(?:guidelines?|guidance|recommendations?)"
)
# A model run on the guidance (transmission, cost, Markov, simulation): a modelling study of its consequences.
_MODELLING = _rx(
    r"\bwe\s+(?:\w+\s+){0,2}(?:used|developed|built|constructed|adapted|applied|parameteri[sz]ed|calibrated)\s+"
    r"(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:model|simulation|microsimulation)s?\b"
    r"|\b(?:mathematical|transmission|simulation|microsimulation|markov|decision[- ]analytic|"
    r"cost-effectiveness|dynamic|compartmental|agent-based)\s+models?\b"
    r"|\bwe\s+(?:simulated|projected|modell?ed)\b|\bmodell?ing\s+(?:study|analysis)\b"
    r"|\bcomputer\s+simulations?\b|\bsimulation\s+(?:study|of)\b"
)
# Round 23: research with people (focus groups, interviews) reported to those who write guidance ("qualitative
# research with consumers (using focus groups) ... reported to the Dietary Guidelines Advisory Committee") is a
# study of its own, not the guidance.
_PEOPLE_QUESTIONED = _rx(
    r"\bfocus\s+groups?\b|\b(?:telephone|semi-?structured|in-?depth|qualitative|face-to-face|key\s+informant)\s+"
    r"interviews?\b|\bqualitative\s+research\b"
)
# Reports of an expert consultation, panel or working group: guidance when they recommend something.
_TITLE_CONSULT = _rx(
    r"\b(?:report|statement|conclusions|proceedings)\s+of\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,6}"
    r"(?:consultation|expert\s+(?:group|panel|committee|meeting|workshop)|working\s+group|work\s+group|"
    r"task\s+force|advisory\s+(?:group|committee|panel|board))\b"
    r"|\b(?:expert|joint|technical)\s+consultation\b"
)
_SELF_CONSULT = _rx(
    r"\b(?:convened|assembled|brought together|gathered)\s+(?:\w+\s+){0,4}(?:experts?|panel|working group|"
    r"committee|consultation)\b"
    r"|\b(?:experts?|panel|working group|committee|consultation)\s+(?:\w+\s+){0,3}(?:was|were)\s+"
    r"(?:convened|assembled)\b"
)
_RECOMMENDS = _rx(
    r"\brecommend(?:s|ed|ations?)?\b|\bshould\b|\bneed\s+for\b|\b(?:was|were)\s+(?:\w+\s+)?"
    r"(?:emphasi[sz]ed|agreed|endorsed|advised|regarded as (?:a\s+)?key)\b|\bactions?\s+that\b|\bcalls?\s+for\b"
)
# "Is recommended" and "these recommendations" mostly quote someone else's advice; only a document that
# calls itself guidance, or a panel speaking, counts.
_SELF_GUIDE = _rx(
    r"\b(?:this|the present|our)\s+(?:\w+\s+){0,2}(?:guidelines?|guidance|"
    r"position\s+(?:statement|paper)|consensus\s+statement|scientific statement)\b"
    r"|\b(?:panel|committee|task force|working group|expert group|consensus conference)\s+(?:\w+\s+){0,3}"
    r"(?:recommends?|developed|issued|updated|reached consensus)"
    r"|\bit is the position of\b"
    r"|\bstrength of (?:the )?recommendations?\b|\bgrade (?:approach|system|methodology)\b"
)


# Proportions of its own ("89% of stores", "15 of 278 recommendations"): a study that counts what it observed.
_PROPORTION = _rx(r"\b\d+(?:\.\d+)?\s?%|\b\d+\s+(?:of|out\s+of)\s+\d+\b")


def _expert_advice(sentences: Sequence[str]) -> bool:
    """An expert body's report that recommends something: not a study that counts its participants, nor one that
    reports proportions of what it observed in two sentences (what shop staff recommended)."""
    return (
        bool(_own(sentences, _RECOMMENDS))
        and not any(_ENROLLED.search(s) for s in sentences)
        and sum(1 for s in sentences if _PROPORTION.search(s)) < 2
    )


# --- level 3: narrative review -------------------------------------------------------------------------
_TITLE_REVIEW = _rx(
    r"\breview\b|\boverview\b|\ban update\b|\bupdate on\b|\bperspectives?\b|\bcommentary\b|\beditorial\b"
    r"|\bstate of the art\b|\bcurrent concepts\b|\bwhat do we know\b|\bthe evidence\b|\brethinking\b"
    r"|\bcurrent knowledge\b|\bfuture directions\b"
    r"|\bpoint[- ]counterpoint\b|\bhypothesis\b"
)
# The paper calling itself a review: strong enough to outweigh a title that names animals or cells (the
# topic of the review, not its design).
# Round 17: the review naming itself is its own mark, even where it relates what others "have demonstrated" ("This
# review summarizes novel studies ...; these studies have demonstrated ...").
_REVIEW_SELF_MARK = _rx(
    r"\bpurpose of (?:the\s+|this\s+)?review\b|\b(?:this|the present|our)\s+(?:\w+\s+)?(?:review|overview)\s+"
    r"(?:summari[sz]es|discusses|examines|focuses|addresses|describes|highlights|considers|explores|provides|presents|"
    r"outlines|updates)\b"
)
_STRONG_REVIEW = _rx(
    r"\bpurpose of (?:the\s+|this\s+)?review\b"
    r"|\b(?:this|the present|our|the|in this|a)\s+(?:narrative\s+|brief\s+|short\s+|mini-?\s?|critical\s+)?"
    r"(?:review|overview|commentary|perspective|editorial|viewpoint|essay),?\s+(?:\w+\s+){0,2}"
    r"(?:discuss|summari[sz]|examin|focus|address|describ|highlight|consider|explor|provid|present|"
    r"identif|aims?|will|is|we|outlin|evaluat|assess|updat|synthesi[sz])"
    # Round 23: the review's topic between it and its verb ("This overview of ultraviolet (UV) phototoxicity
    # considers ..."); only for "this", "the present" or "our" review, since "a review of 40 records" is a chart's.
    r"|\b(?:this|the present|our)\s+(?:narrative\s+|brief\s+|short\s+|mini-?\s?|critical\s+)?(?:review|overview)"
    r"\s+of\s+(?:[\w(),/-]+\s+){1,6}?(?:discusses|summari[sz]es|examines|focuses|addresses|describes|highlights|"
    r"considers|explores|outlines|provides|presents)\b"
    r"|\b(?:this|the present|the|our)\s+(?:article|paper|chapter|report|manuscript)\s+(?:\w+\s+){0,2}"
    r"(?:reviews|summari[sz]es|discusses|examines|traces|overviews|considers|argues|outlines)"
    r"|\b(?:here|herein|in (?:this|the present|the current) (?:article|paper|review|chapter)),?\s+we\s+(?:\w+\s+){0,1}"
    r"(?:review|discuss|summari[sz]e|highlight|argue|outline|consider|propose)"
    # "Here, we quantitatively model competition and review the role of sponges": the model serves a review.
    r"|\b(?:here|herein),?\s+we\s+[^.]{0,120}\band\s+(?:then\s+)?review\s+(?:the|recent|current|how|what|"
    r"evidence|findings|data|literature|available|some|several|mechanisms)\b"
    r"|\bwe\s+(?:briefly\s+|critically\s+)?(?:review|discuss|summari[sz]e)\s+(?:the|recent|current|how|what|"
    r"evidence|findings|data|literature|available|some|several|mechanisms)"
    r"|\b(?:in the )?(?:preceding\s+)?(?:point|counterpoint)\s+narrative"
    r"|\bwe\s+(?:briefly\s+)?(?:present|describe|outline|highlight)\s+(?:here\s+)?(?:some of the|an overview|"
    r"a summary|the current|recent)\b"
    r"|\b(?:article|paper|chapter)\s+(?:\w+\s+)?presents\s+(?:[\w-]+\s+){0,6}(?:review|overview|hypothesis)"
    r"|\b(?:summari[sz]\w*|elaborat\w*|review\w*|discuss\w*|overview\w*|highlight\w*|describ\w*)\s+"
    r"(?:\w+\s+){0,2}(?:current|recent|present|existing)\s+(?:understanding|knowledge|evidence|literature|"
    r"state|status|advances|concepts)\b"
    r"|\brecent findings:"
)
_SELF_REVIEW = _rx(
    _STRONG_REVIEW.pattern
    + r"|\bwe argue\b|\b(?:is|are|were)\s+(?:briefly\s+|critically\s+)?(?:reviewed|discussed|summari[sz]ed)\b"
)
# ... but primary studies close with "the implications are discussed", and "records were reviewed" is a chart
# review: neither sentence makes the paper a review.
_NOT_REVIEW = _rx(
    r"\b(?:implications?|limitations?|findings|results|strengths|consequences|relevance|significance)\b"
    r"[^.]{0,80}\b(?:are|is|were)\s+(?:also\s+|briefly\s+)?discussed"
    r"|\b(?:records?|charts?|notes|files|databases?|registr\w+|images|scans|radiographs|slides|specimens|"
    r"biopsies|histories|reports)\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:\w+\s+)?reviewed"
    r"|\bretrospective(?:ly)?\s+review"
    # The same with a long subject between ("The medical records of 14 patients with ... who presented from
    # 1997 to 2006 were reviewed", "Fifty-one stained aspirates ... were reviewed"), unless the subject is
    # published work.
    r"|\b(?:records?|charts?|files|registr\w+|images|scans|radiographs|slides|specimens|biopsies|aspirates|"
    r"smears|sections|films|recordings|videos|photographs)\b"
    r"(?![^.]{0,200}\b(?:literature|studies|articles|publications|papers|trials|reviews)\b)"
    r"[^.]{0,200}?\b(?:were|was)\s+(?:\w+\s+)?reviewed"
)


# Only a passive "... is discussed / reviewed / summarised" ("The possibility that anti-Gal may stimulate ... is
# discussed"): a review's cue when nothing else is, but a primary paper's closing line when the abstract also tells
# work of its own ("In the present study, we tested ...").
_PASSIVE_REVIEW_ONLY = _rx(
    r"\b(?:is|are|were)\s+(?:briefly\s+|critically\s+)?(?:reviewed|discussed|summari[sz]ed)\b"
)
_ARGUE = _rx(r"\bwe argue\b")
# ... though "we have shown" in such an abstract may be the authors' earlier work recalled ("In a double-blind
# randomised pilot study we have shown ..." inside a review): it does not count as work of this paper here.
_RECALLED = _rx(
    r"\bwe\s+have\s+(?:also\s+|previously\s+|recently\s+)?(?:shown|demonstrated|found|reported)\b"
)

# Round 15: experiments of this paper told in the passive ("Blot hybridization experiments show that ...", with a
# procedure elsewhere: "No hybridization was observed in ..."): own work as much as "we show".
# A technique names the experiments as this paper's ("Previous experiments show" or "animal experiments show" would
# be background).
_EXPERIMENTS_SHOW = _rx(
    r"\b(?:hybridi[sz]ation|blot(?:ting)?|binding|transfection|knock-?down|mutagenesis|labell?ing|cross-?linking|"
    r"pulse-chase|reconstitution|footprinting|immunoprecipitation)\s+experiments\s+(?:show|showed|shows|demonstrate[sd]?|reveal(?:ed|s)?|indicate[sd]?|confirm(?:ed|s)?)\b"
)


def _reviews(sentences: Sequence[str]) -> list[str]:
    """This paper's sentences that call it a review (not "the implications are discussed")."""
    found = [
        s
        for s in sentences
        if _SELF_REVIEW.search(s)
        and (s in _own([s], _SELF_REVIEW) or _REVIEW_SELF_MARK.search(s))
        and (_STRONG_REVIEW.search(s) or not _NOT_REVIEW.search(s))
    ]
    passive_only = all(
        not _STRONG_REVIEW.search(s) and not _ARGUE.search(s) and _PASSIVE_REVIEW_ONLY.search(s)
        for s in found
    )
    rest = [s for s in sentences if s not in found]
    own_work = [s for s in _own(rest, _PRIMARY) if not _RECALLED.search(s)]
    experiments = [s for s in rest if _EXPERIMENTS_SHOW.search(s)]
    if experiments and _own(rest, _PROCEDURE):
        own_work += experiments
    if found and passive_only and own_work:
        return []  # Round 14: own work told elsewhere wins over a closing "... is discussed".
    return found
