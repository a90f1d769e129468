"""Animal and in vitro studies (level 4): animals and cells as the subjects of the paper's own work, and how
much one stray animal or cell sentence weighs against sentences about people. Kept apart from what else
laboratory work handles (``techniques``, ``material``) because these cues name the subjects, not the method."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.subjects import _ANIMALS
from index.evidence.text import _own, _rx
from index.evidence.trials import _RCT_ALLOCATION, _SELF_NRT

_CELLS = _rx(r"\bcells?\b|\bcellular\b|\bmyocytes?\b|\bhepatocytes?\b|\bfibroblasts?\b|\blymphocytes?\b")

# Round 16: "transgenic (genetically modified) crops" and "transgenic herbicide-resistant maize" are plants.
_NOT_PLANTS = (
    r"(?!\s+(?:\([^)]{0,40}\)\s+)?(?:[\w-]+\s+){0,2}?(?:crops?|plants?|maize|corn|soy\w*|rice|cotton|canola|"
    r"rapeseed|wheat|potato(?:es)?|tomato(?:es)?|papaya|seeds?|trees|varieties|cultivars?)\b)"
)
_TITLE_ANIMAL = _rx(
    rf"\bin\s+(?:(?!and\b)[\w-]+\s+){{0,2}}{_ANIMALS}\b|\b{_ANIMALS}\s+(?:model|fed|given)"
    r"|\b(?:animal|rodent|murine|mouse|rat|tramp|xenograft)\s+models?\b|\bknock-?out\b|\btransgenic\b"
    + _NOT_PLANTS
)
_SELF_ANIMAL = _rx(
    rf"\b{_ANIMALS}\s+(?:\w+\s+){{0,3}}(?:were|was)\s+(?:\w+\s+)?(?:fed|given|treated|exposed|"
    rf"injected|assigned|randomi[sz]ed|divided|housed|sacrificed|killed|maintained|dosed|gavaged|"
    r"supplemented|infected|inoculated|vaccinated|immuni[sz]ed|allocated|sampled|tested|used)"
    rf"|\b(?:fed|treated|dosed|injected|exposed)\s+(?:\w+\s+){{0,2}}{_ANIMALS}\b"
    # Round 18: a drug "given to" animals ("by intermittently giving prophylactic Truvada to macaque monkeys").
    rf"|\b(?:giving|gave|given|administering|administered)\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_ANIMALS}\b"
    rf"|\b(?:in|of|using|used|from|into)\s+(?:[\w()+/-]+\s+){{0,3}}{_ANIMALS}\b"
    rf"|\b{_ANIMALS}\s+(?:\w+\s+){{0,2}}(?:received|lacking|deficient|overexpressing|expressing|carrying|"
    r"harbou?ring|bearing)\b"
    rf"|\b(?:mutant|knock-?out|knock-?in|transgenic|wild-?type|deficient|null|congenic|nude)\s+{_ANIMALS}\b"
    # "Treatment of ... tumor-bearing mice": animals carrying an implanted or induced tumour.
    rf"|\b(?:tumou?r|xenograft|carcinoma|cancer|sarcoma|lymphoma|melanoma|ascites)[- ]bearing\s+{_ANIMALS}\b"
    r"|\b(?:animal|rodent|murine|mouse|rat|xenograft|tramp)\s+models?\b|\bxenografts?\b|\bknock-?out\b"
    r"|\btransgenic\b" + _NOT_PLANTS + r"|\bin vivo\b|\bgavage\b|\bdiet-induced obese\b"
)
# "In vitro fertilization" treats patients; a stem cell transplant (its source, donors, recipients) is a clinical
# procedure, and circulating tumour cells are counted in patients' blood: none of them names cell culture.
_IN_VITRO = r"\bin vitro\b(?!\s+fertili[sz]ation)"
_IVF = _rx(r"\bin vitro fertili[sz]ation\b")  # laboratory work only where no person is named (frog embryos)
_TITLE_CELLS = (
    r"\b(?:cancer|tumou?r|carcinoma|endothelial|epithelial|stem|hepatoma|leukemia|leukaemia|breast|colon|"
    r"prostate|liver|mammalian|human)\s+cells?\b(?!-)"
)
_CLINICAL_CELL_USE = (
    r"\s+(?:transplant\w*|sources?|donors?|donations?|recipients?|mobili[sz]\w*|harvest\w*|collections?|"
    r"grafts?|rescue|support|therapy|therapies|infusions?|products?|counts?)\b"
)
# ... but only where the abstract counts people: "T-cell repertoire after stem cell transplantation" measured by
# a sequencing method in recipients it never counts is still laboratory-side work.
_TITLE_CLINICAL_CELLS = _rx(rf"\bcirculating\s+{_TITLE_CELLS}|{_TITLE_CELLS}(?={_CLINICAL_CELL_USE})")
_TITLE_INVITRO = _rx(
    _IN_VITRO
    + r"|\bcell lines?\b|\bcultured\b|(?<!circulating )"
    + _TITLE_CELLS
    + rf"(?!{_CLINICAL_CELL_USE})"
    + r"|\b(?:hepg2|mcf-?7|caco-?2|hela|ht-?29|lncap|pc-?3|huvecs?|jurkat|thp-?1|raw\s?264\.7|a549|sh-sy5y)\b"
    r"|\bcho(?:-k1)?\s+cells\b|\bhek-?\s?293\w*"
)
_SELF_INVITRO = _rx(
    _IN_VITRO + r"|\bcell lines?\b|\bcell cultures?\b|\bcultured\s+(?:\w+\s+){0,2}cells\b"
    r"|\bcells\s+(?:were|was)\s+(?:\w+\s+)?(?:treated|incubated|exposed|cultured|transfected|grown)"
    r"|\b(?:hepg2|mcf-?7|caco-?2|hela|ht-?29|lncap|pc-?3|huvecs?|jurkat|thp-?1|raw\s?264\.7|a549|sh-sy5y)\b"
    r"|\bwestern blot|\bsirna\b|\bex vivo\b|\bcell viability\b"
    r"|\b(?:primary|cultured|isolated)\s+(?:[\w-]+\s+){0,3}"
    r"(?:cells|macrophages|neurons|myocytes|hepatocytes|fibroblasts|keratinocytes|lymphocytes|monocytes)\b"
    # Round 15: cells kept in "culture media" ("the arginine concentration in culture media").
    r"|\bculture\s+medi(?:a|um)\b"
    # Round 16: cells opened to reagents ("permeabilized hepatocytes") exist only outside a body.
    r"|\bpermeabili[sz]ed\s+(?:[\w-]+\s+){0,2}(?:cells|hepatocytes|myocytes|cardiomyocytes|fibroblasts|neurons|"
    r"platelets|adipocytes|keratinocytes|macrophages)\b"
    r"|\bknock-?down\b|\btransfect\w*|\bimmunoprecipitat\w*|\bco-?cultur\w*|\bmonolayers?\b"
    r"|\bclonogenic\w*|\bcolony[- ]forming\b(?!\s+units?)|\breplating\b"
    r"|\b(?:three|3)-?\s?dimensional\s+(?:cell\s+)?cultures?\b|\bculture\s+systems?\b"
    # Round 14: "primary thyrocyte cultures" are cells grown from tissue (not blood or urine cultures of a patient).
    r"|\bprimary\s+(?!(?:blood|urine|sputum|stool|wound|throat|bacterial|fungal|viral)\b)(?:[\w-]+\s+)?"
    r"(?:cell\s+)?cultures?\b"
    # A gene silenced with an effect measured ("CXCR7 silencing significantly decreased ..."): an experiment.
    r"|\bsilencing\s+(?:of\s+\w+\s+)?(?:significantly\s+)?(?:decreased|reduced|inhibited|increased|suppressed|"
    r"abolished|attenuated|impaired|enhanced|resulted|blocked|prevented)\b"  # CFU of a probiotic are a dose
    # Channels recorded in cells ("patch-clamp studies of the mutant expressed in CHO cells"); "CHO" alone is
    # carbohydrate in nutrition papers, so only CHO cells (or the hamster ovary line) name the line.
    r"|\bpatch[- ]?clamp\w*|\b(?:whole-cell|voltage[- ]clamp|current[- ]clamp)\s+recordings?\b"
    r"|\bcho(?:-k1)?\s+cells\b|\bhek-?\s?293\w*"
    # A named line ("T98G cells"), but not a subset of immune cells named with a digit ("CD4", "ILC1", "Th17",
    # "TH2").
    r"|(?-i:\b(?!CD\d|ILCs?\d|T[hH]\d|Tc\d|Tr\d|M[12]\b|NK\d)(?:[A-Z][\w-]*\d|\d+[A-Z])[\w-]*\s+cells\b)"
)

# "Transgenic flies and mice are being used to understand ...": what the field is doing, not this paper's animals
# or cells.
_FIELD_AT_WORK = _rx(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|increasingly\s+)?being\s+(?:used|developed|studied|tested|"
    r"investigated|explored|evaluated|applied|employed)\b"
)
# Serum drawn from people around an intervention and then put on cells (an ex vivo bioassay): the cells measure
# what the intervention did in the people, so the people's design decides, not the culture dish.
_SERUM_FROM_PEOPLE = _rx(
    r"\b(?:serum|sera|plasma|blood)\s+(?:samples?\s+|specimens?\s+)?(?:were|was)\s+(?:\w+\s+)?(?:obtained|collected|"
    r"drawn|taken)\s+from\s+(?:[\w-]+\s+){0,4}(?:men|women|subjects|participants|volunteers|patients|adults|"
    r"children|people|individuals)\b"
)
_SERUM_ON_CELLS = _rx(
    r"\b(?:serum|sera|plasma)\b[^.]{0,80}\b(?:stimulat\w*|added|applied|incubat\w*|treat\w*|cultur\w*)\b"
    r"[^.]{0,60}\bcells\b|\b(?:serum|sera|plasma)-(?:stimulated|treated)\b"
)


def _serum_bioassay(sentences: Sequence[str]) -> bool:
    """People's serum, taken around an intervention they underwent, tested on cells: a human study."""
    return (
        bool(_own(sentences, _SERUM_FROM_PEOPLE))
        and bool(_own(sentences, _SERUM_ON_CELLS))
        and bool(_own(sentences, _SELF_NRT) or _own(sentences, _RCT_ALLOCATION))
    )


# A finding told as the paper's own ("we showed that", "we report here that"); "we examined evidence" may be a
# review's.
_FINDING = _rx(
    r"\bwe\s+(?:also\s+|further\s+|then\s+)?(?:show(?:ed|n)?|found|demonstrated?|report\s+(?:here\s+)?that)\b"
)


def _lab_score(hits: Sequence[str], human_sentences: int, essay: bool, people_at_work: bool = True) -> float:
    """One stray animal or cell sentence in an abstract about people, or in an essay, is not the design.

    Round 16: unless that sentence is the paper's own finding ("we showed ... in tumour-bearing mice") and the
    people are only the introduction's ("the leading cause of death among women"): no data, procedure or
    finding of the paper names them.
    """
    if len(hits) == 1 and (human_sentences > 1 or essay):
        if not essay and not people_at_work and _own(hits, _FINDING):
            return 1.5
        return 0.0
    return 1.5 * len(hits)
