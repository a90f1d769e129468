"""Syntheses (level 1: meta-analysis, systematic review): this paper's own pooling or systematic search, read from
its title and methods. Apart from ``reviews`` (guidance and narrative reviews) because a synthesis is graded by its
method, whatever it pools, while reviews and guidance are graded by what they say of themselves."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.observational import _DECLARED, _declared_type
from index.evidence.scale import _TXT, EvidenceLevel
from index.evidence.text import _own, _rx

# --- level 1: meta-analysis and systematic review ------------------------------------------------------
_TITLE_L1_META = _rx(
    r"meta-?\s?analy[sz]|pooled analysis|meta-?regression|analysis of (?:published|pooled) (?:data|studies)"
)
# Round 21: "a non-systematic literature review" is the opposite of a systematic one (in the title and methods).
_NOT_NON = r"(?<!non-)(?<!non )"
_TITLE_L1_SR = _rx(
    rf"{_NOT_NON}\bsystematic(?:al)?\s+(?:literature\s+)?review|umbrella review|cochrane review"
)
_SELF_META = _rx(
    r"\b(?:this|the present|our|current)\s+(?:systematic review and\s+)?meta-?\s?analy[sz]"
    r"|\bwe\s+(?:\w+\s+){0,2}(?:performed|conducted|carried out|undertook|did|report)\s+(?:\w+\s+){0,3}"
    r"meta-?\s?analy[sz]"
    r"|\bmeta-?\s?analy[sz]\w*\s+(?:was|were)\s+(?:performed|conducted|carried out|undertaken|used)"
    r"|\bmeta-?\s?analy[sz]\w*\s+of\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s"
    r"|\bpooled\s+analysis\b|\brandom[- ]effects?\s+meta"
    # "The meta-analysis of all prospective studies confirmed ...": this paper pooled them (cited ones are cut out
    # as background: "a recent meta-analysis of all ...").
    r"|\bmeta-?\s?analy[sz]\w*\s+of\s+all\s+(?:[\w-]+\s+){0,2}(?:studies|trials|cohorts)\b"
    # "Analysis of the results of 68 crossover trials and 10 randomised trials": other people's trials pooled.
    r"|\banalys[ie]s\s+of\s+(?:the\s+)?(?:results|data|findings)\s+(?:of|from)\s+(?:\d[\d,]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\s+(?:[\w-]+\s+){0,3}"
    r"(?:trials|studies|cohorts)\b"
)
# Round 14: "487 calcium balances from previously published reports have been collected and analysed": data taken
# from others' publications and analysed together is a pooled analysis. The sentence names prior work by design,
# so it is not cut out as background.
_POOLED_PUBLISHED = _rx(
    r"\bfrom\s+(?:\d[\d,]*\s+|the\s+)?(?:previously\s+)?published\s+(?:reports|studies|papers|articles|trials|"
    r"literature|data)\s+(?:have\s+been|had\s+been|were|was)\s+(?:\w+\s+)?(?:collected|pooled|combined|compiled|"
    r"gathered|re-?analy[sz]ed|analy[sz]ed)\b"
)
# Multi-cohort papers also pool their own cohorts; these count only in pairs, or next to a search.
_META_SUPPORT = _rx(
    r"\bpooled\s+(?:estimates?|relative risks?|odds ratios?|hazard ratios?|rr|or|hr|smd|wmd)\b"
    r"|\brandom[- ]effects?\s+models?\b|\bsummary\s+(?:relative risk|odds ratio|rr|or|estimate)"
    r"|\bi2\b|\bi\(2\)|\bi²|\bi\^2|\bcochran'?s\s+q\b|\bpublication bias\b|\bfunnel plot"
    # Heterogeneity is a synthesis cue only between studies; "intratumor heterogeneity" or heterogeneous
    # patients are biology, and "I2" above already marks the statistic wherever it is given.
    r"|\bheterogeneity\s+(?:\w+\s+){0,3}(?:between|among|across)\s+(?:the\s+)?(?:\w+\s+)?(?:studies|trials)\b"
    r"|\b(?:between|among|across)[- ](?:stud(?:y|ies)|trials?)\s+heterogeneity\b"
)
_SELF_SR = _rx(
    r"\b(?:this|the present|our)\s+systematic\s+review"
    rf"|{_NOT_NON}\bsystematic(?:al)?(?:ally)?\s+(?:literature\s+|electronic\s+)?(?:search|review)\w*\s+(?:was|were)\s"
    # "We searched MEDLINE", "we searched for studies": published work searched. "We searched for evidence of
    # pathology in autopsies" or "for proteins that co-localize" is the authors' own inquiry.
    r"|\bwe\s+(?:systematically\s+)?searched\b(?=[^.]{0,250}\b(?:databases?|literature|studies|trials|articles|"
    r"papers|publications|reports|registers?|library|reviews|bibliograph\w*|references|abstracts|index|surveys|"
    r"medline|pubmed|embase|cochrane|web of science|scopus|cinahl|psycinfo|lilacs|google scholar)\b)"
    r"|\bwe\s+(?:reviewed systematically|systematically reviewed)"
    r"|\bsystematically\s+review(?:s|ed)?\s+(?:\w+\s+){0,3}(?:studies|trials|articles|publications|literature)"
    r"|\bwe\s+(?:\w+\s+)?reviewed\s+(?:the\s+)?(?:published|available)\s+(?:articles|studies|reports|data)"
    # "We reviewed the published literature for original human epidemiologic research articles that ...": the
    # literature read for articles of a stated kind is a search with criteria, not a narrative overview.
    r"|\bwe\s+(?:\w+\s+)?reviewed\s+(?:the\s+)?(?:published|available)\s+literature\s+for\s+(?:[\w-]+\s+){0,4}"
    r"(?:articles|studies|reports|trials|publications)\b"
    r"|\b(?:medline|pubmed|embase|cochrane|web of science|scopus|cinahl|psycinfo)\b[^.]{0,120}"
    r"\b(?:were|was)\s+(?:systematically\s+)?searched"
    r"|\b(?:databases?|literature)\s+(?:was|were)\s+(?:systematically\s+)?searched"
    rf"|{_NOT_NON}\bsystematic(?:al)?\s+(?:literature\s+|electronic\s+|database\s+)?search"
    # Round 21: "We conducted a systematic review of all the published studies", as "we conducted a meta-analysis".
    r"|\bwe\s+(?:\w+\s+){0,2}(?:performed|conducted|carried out|undertook|did)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?systematic(?:al)?\s+(?:literature\s+)?review"
    r"|\bprisma\b"
    r"|\bsearch(?:ing|ed|es)?\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:medline|pubmed|embase|cochrane|"
    r"web of science|scopus|cinahl|electronic databases)"
    r"|\b\d[\d,]*\s+(?:original\s+|eligible\s+|relevant\s+)?(?:studies|trials|articles|papers|publications|"
    r"reports)\s+(?:were|was)\s+(?:identified|included|retrieved|selected|eligible)"
    r"|\b(?:studies|trials|articles)\s+(?:met|fulfilled)\s+(?:the\s+)?(?:inclusion|eligibility)\s+criteria"
)
# "Our institutional database was searched" finds this hospital's patients, and "a systematic search strategy to
# identify all stores that sold ..." finds shops to buy products from, not published studies: a search counts
# as systematic only if such a sentence also names a bibliographic database.
_LOCAL_RECORDS = _rx(
    r"\b(?:our|institutional|institution's|hospital|departmental|clinical|local|in-?\s?house|"
    r"prospectively\s+(?:maintained|populated|collected))\s+(?:[\w-]+\s+){0,3}"
    r"(?:databases?|registr(?:y|ies)|records|data\s?bases?)\b"
    r"|\b(?:identify|find|locate|list)\s+(?:all\s+|the\s+|every\s+)?(?:[\w-]+\s+){0,3}(?:stores|shops|"
    r"supermarkets|markets|pharmacies|retailers|outlets|restaurants|vendors|websites|web\s?sites)\b"
    r"|\byellow\s+pages\b"
)
_BIBLIOGRAPHIC = _rx(
    r"\b(?:medline|pubmed|embase|cochrane|web of science|scopus|cinahl|psycinfo|literature|published)\b"
)


# Round 23: a paper that declares itself a cohort study ("Design A prospective cohort study of women and men") and
# reports a "pooled analysis" or "pooled HR" pools its own cohorts, unless it names a meta-analysis, a search or
# published data.
_META_WORD = _rx(r"\bmeta-?\s?analy[sz]|\bmeta-?regression")


def _pools_own_cohort(sentences: Sequence[str]) -> bool:
    return not any(_META_WORD.search(s) for s in sentences) and any(
        _declared_type(s) == "cohort study" and "pooled" not in s.lower() for s in _own(sentences, _DECLARED)
    )


def _classify_synthesis(sentences: Sequence[str]) -> EvidenceLevel | None:
    """Level 1 from the methods: this paper's own meta-analysis or systematic search."""
    support = len(_own(sentences, _META_SUPPORT))
    searched = any(
        _BIBLIOGRAPHIC.search(s) or not _LOCAL_RECORDS.search(s) for s in _own(sentences, _SELF_SR)
    )
    pooled = any(_POOLED_PUBLISHED.search(s) for s in sentences)
    if not searched and not pooled and _pools_own_cohort(sentences):
        return None
    if _own(sentences, _SELF_META) or pooled or support >= 2 or (support and searched):
        return EvidenceLevel(1, "meta-analysis", _TXT)
    if searched:
        return EvidenceLevel(1, "systematic review", _TXT)
    return None
