"""Evidence-level classification of a source abstract.

The product ranks sources on a four-step scale so that answers can prefer stronger designs:

1. systematic review / meta-analysis (including pooled analyses);
2. randomized controlled trial, or guidance: guideline, practice guideline, consensus or position statement;
3. human observational study (cohort, case-control, cross-sectional, ecological), non-randomized human
   intervention study, narrative review / commentary;
4. case report / case series, animal study, in vitro / cell study, laboratory analysis of foods or the
   environment, mechanistic work.

Choices worth knowing (they are product decisions, not facts about the literature):

* A systematic review or meta-analysis is level 1 whatever it pools: a meta-analysis of animal studies is
  still level 1. The scale grades the synthesis method, and the study type tells the reader what was pooled.
* A non-randomized or uncontrolled human intervention study (open-label, pilot, crossover without stated
  randomization) is level 3: it is no better protected against confounding than an observational study.
* Opinion pieces, editorials and commentaries are folded into "narrative review" (level 3).
* Observational research on animals (a prevalence survey in pig herds) is level 4: the subjects decide,
  not the design.
* Laboratory work on human material (biopsies sequenced, proteins crystallised, tissue stained) is level 4
  like work on cells: it explains mechanisms and measures no outcome in people. A primary study whose
  sentences are mostly about molecules rather than people is graded so even without an explicit "cells were
  treated" ("laboratory study", or "animal study" / "in vitro study" when animals or cells are named).
* A case series (a handful of patients described one by one, or so called by its authors) is level 4 like a
  case report; the study type says which. A series known only by its count is one too: a dozen patients or
  fewer, nobody else counted ("Eight patients (3 female)", "n = 8"), and no word of a planned study (trial,
  pilot, prospective, enrolled, controls, volunteers, a named design, people fed or supplemented). A feeding
  experiment in eight women stays a non-randomized trial (level 3).
* Work whose material is not people (foods fried or sampled from shops, instruments and beamlines, genomes of
  tumours, yeast and bacteria, cadaveric knees) is level 4 "laboratory study" when it counts no people and
  more of its sentences are about that material than about people. An abstract with no data of its own
  qualifies only for instruments (a facility described is the work); an essay about bacteria stays level 3.
* An autopsy series is a study of people, seen after death: counted decedents ("40 infant autopsies") make a
  level-3 observational study, typed cross-sectional (each person is observed once); a single autopsy is a
  case report and a dozen or fewer a case series (level 4), like living patients. Autopsy tissue used only as
  a source of molecules remains laboratory work.
* A report of an expert consultation, panel or working group ("The society convened a panel of experts") is
  guidance (level 2) only when it recommends something (recommendations, "should", "the need for ... was
  emphasised") and counts no participants; otherwise it is a narrative review. A study *of* guidelines (their
  impact, cost or implementation, or a model run on them) is not guidance: it is graded by its own design.
* Parallel groups given a product or a placebo ("received the lozenge or placebo", "the zinc and placebo
  groups") make a randomized trial even when the abstract never says "randomized", as "placebo-controlled"
  already does; one trial arm analysed as a cohort ("the placebo arm of a finished trial") does not.
* A post hoc or secondary analysis of a randomized trial that compares the trial's arms keeps the randomized
  comparison (level 2); one arm analysed alone stays a cohort. A hospital's own database "searched" for
  patients is a records study, not a systematic search, unless the sentence names a bibliographic database.
* Cadavers dissected, operated on or drilled are laboratory material (level 4) even when called "human";
  cadavers only counted and correlated with age or sex are an autopsy series of people. Cells grown in
  serum drawn from people before and after an intervention (an ex vivo bioassay) measure the intervention in
  people: graded as the human study, not as in vitro work. Nutrients a food or preparation "provided" are
  food composition, and a year before a word for people ("the 2001 recommendations for infants") counts
  nobody. Birds are study subjects as a "chicken model", an embryo, or chickens something was done to;
  otherwise "chicken" is food.
* Work of its own that names no person at all but speaks of cells, molecules, foods or instruments (flour
  assayed, bacteria moved to cutting boards, cells filmed dividing) is level 4: every level-3 design studies
  people. Facilities inspected, simulations and scales tested on "samples" without such cues stay level 3.
  Molecular papers written in the passive ("fragments were sequenced") count as own work like "we show".
  Mechanical testing (fracture toughness, propagating cracks) and software tools for molecular data count as
  such cues; a disease-burden estimate (illnesses, deaths, QALYs in two sentences) is about people and does not.
* Genetic linkage mapping in families (linkage analysis, lod scores) is laboratory work (level 4); mutation
  frequencies screened in counted families stay a study of people. Channels recorded by patch clamp or in a
  named line ("CHO cells", "HEK293") are in vitro work; "a high prevalence of" describing a family is not the
  design word "the prevalence of". Specimens drawn "from more than a quarter million people" count them.
* "Cow's milk" is food however possessive. "Analysis of the results of 68 crossover trials" pools other
  people's trials (level 1). A series counted by its operations ("18 consecutive adrenalectomies were
  performed") is as large as they are, so more than a dozen is not a case series. Bacterial isolates from
  patients "admitted from 2007 to 2009" are laboratory material when the sentences are mostly about them.
  "Here, we mimicked ..." (past tense, or report / identify / develop) is own work, while "here we present /
  introduce / define" and "In this review, we focus" announce a review.
* A risk estimate for a genetic variant ("SNPs ... odds ratio = 2.04") compares people, so such a sentence counts
  as one about people. A stem cell transplant, circulating tumour cells and in vitro fertilization in a title
  are clinical when the abstract counts people (IVF of frog embryos, with no person named, stays laboratory
  work). "Here, we model ... and review the role of" announces a review, and animals or cells the field "is
  being used" are its topic. "Design, Setting, and Participants: A ... case-control study" declares the design.
* "A randomized cross over study" is a trial; a report of the "Joint FAO/WHO Expert Committee" that recommends
  is guidance; "the meta-analysis of all prospective studies" pools them (level 1); "three clinical histories
  are presented", or "We examined six patients" with nothing of a planned study (interviews and focus groups
  are), make a case series; clonogenic and colony-forming assays (not colony-forming units of a probiotic) are
  cell culture.
* When nothing matches, the default is level 3: "other" if the abstract reports data or findings of its own
  (counts of people, percentages, p-values, "we found"), "narrative review" if it reports none (an essay).
  Counted people with nothing given to them, no time passing, no records or outcomes and no experiment or
  specimens (vegetarians compared with omnivores) are typed "cross-sectional study" instead of "other".
  Level-4 material mostly announces itself (animals, cells, molecules, case reports, assays without people),
  so an abstract without any such cue is most likely a human descriptive study or an essay; defaulting to 4
  would bury those, to 2 promote them.
* Heterogeneity is a synthesis cue only as a statistic between studies (I2, I², Cochran's Q, "heterogeneity
  between studies"); "intratumor heterogeneity" is biology. Unicode hyphens and dashes ("meta\u2010analysis",
  "case\u2013control") are read as ASCII hyphens before any pattern is matched.
* Design words only count in sentences about this work: sentences that cite earlier studies ("a recent
  meta-analysis showed", "trials have yet to be performed") are skipped, "randomly selected" is sampling,
  "non-randomized" is the opposite, a randomized sentence about mice makes an animal study, and one about
  objects (extracted teeth, specimens, culture plates) a laboratory study.
* One mention of animals or cells in an essay (no data, no findings or procedures of its own, hardly any
  laboratory vocabulary) is its topic, not its design. Conversely, one sentence of cohort wording in a paper
  about molecules ("an expanded patient cohort" validating a mechanism) is a sample collection, not a cohort
  study; cues of other designs (volunteers given a supplement, cases against controls) are not borrowed so.
* An abstract that cites two others' works by name ("Xu et al, Collombat et al") and reports nothing done or
  found of its own is a review, whatever animals or cells its findings mention. Designs named as eligibility
  criteria ("we excluded case series") are not the paper's design, and specimens counted "from patients" make
  the patients the study's subjects (laboratory analysis of patients' specimens is level 3).
* The study type shown beside the level comes from a small vocabulary: meta-analysis, systematic review,
  randomized trial, guideline, non-randomized trial, cohort study, case-control study, cross-sectional study,
  ecological study, observational study (publication type only), narrative review, other, case report, case
  series, animal study, in vitro study, laboratory study. Among observational designs a sentence that names
  the design ("This was a cross-sectional study") wins; otherwise the design with the most cues.

Publication types (PubMed vocabulary) decide when they name a design; the text classifier is used otherwise.
"Review" and the generic trial types are only partly informative: the text may still upgrade a "Review" to a
systematic review (older systematic reviews carry only "Review") and a generic "Clinical Trial" to a
randomized trial.

MeSH headings, when a record carries them (PubMedQA, PubMed XML), rank below publication types and above what
the text only inferred (basis "mesh" when they decide). Only check tags and design headings are used, never
the "... as Topic" headings, which describe a paper's subject ("Randomized Controlled Trials as Topic" is on
meta-analyses and essays about trials):

* "Animals" without "Humans" makes an animal study (level 4), overriding a randomized or observational design
  read from the text (indexers tag "Humans" whenever people were studied), unless the text found a synthesis
  (level 1), a review or guideline it names itself, or other level-4 work (cells, a veterinary case), or a
  survey heading says people answered questions (veterinarians surveyed about cats).
* "Case-Control Studies", "Cross-Sectional Studies" and "Cohort Studies", in that order, set the type of a
  level-3 study whose design the text only inferred from cues, and replace the defaults ("other", essay) and
  the molecular-vocabulary fallback unless a laboratory heading ("Cell Line", "Cells, Cultured", "In Vitro
  Techniques", "Animals") backs it. "Retrospective", "Prospective", "Longitudinal" and "Follow-Up Studies" are
  also given to trials, case series and chart reviews, so they only fill in "cohort study" where the text
  found no design at all.
* "Random Allocation", "Double-Blind Method" and "Single-Blind Method" make a randomized trial of a level-3
  study only together with words of allocation or blinding in its own sentences (randomly, randomised,
  placebo, double-blind) that the stricter text rules did not accept: "Random Allocation" is also given to
  random sampling and simulations.
* A design the text names (in the title, by its methods, as a case, or in a declaring sentence such as "This
  was a cross-sectional study") is not overruled by design headings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["STUDY_TYPES", "EvidenceLevel", "classify_evidence"]

# Every study type the classifier can emit; shown to the reader beside the level.
STUDY_TYPES = frozenset(
    {
        "meta-analysis",
        "systematic review",
        "randomized trial",
        "guideline",
        "non-randomized trial",
        "cohort study",
        "case-control study",
        "cross-sectional study",
        "ecological study",
        "observational study",
        "narrative review",
        "other",
        "case report",
        "case series",
        "animal study",
        "in vitro study",
        "laboratory study",
    }
)


@dataclass(frozen=True)
class EvidenceLevel:
    """Where a source sits on the product's evidence scale, and what decided it."""

    level: int  # 1..4
    study_type: str
    basis: str  # "publication_types", "text" or "mesh"


_PT = "publication_types"
_TXT = "text"
_MESH = "mesh"

# How firmly the text named the design: MeSH headings may correct or refine only what it inferred.
_FIRM = 2  # named: in the title, by its methods (search, pooling, allocation), as a case, or in a declaring sentence
_CUED = 1  # the best supported design among circumstantial cues
_WEAK = 0  # the molecular-vocabulary fallback and the defaults (other, essay)

# MeSH headings (lower-cased) that describe this study's design, unlike the "... as Topic" headings, which
# describe what a paper is about ("Randomized Controlled Trials as Topic" is on meta-analyses and essays).
_MESH_DESIGNS = (  # in order of precedence: a case-control study is often also tagged "Retrospective Studies"
    ("case-control studies", "case-control study"),
    ("cross-sectional studies", "cross-sectional study"),
    ("cohort studies", "cohort study"),
)
# Timing headings: given to cohorts, but also to trials, case series and chart reviews.
_MESH_TIMING = frozenset(
    {"retrospective studies", "prospective studies", "longitudinal studies", "follow-up studies"}
)
_MESH_BLINDING = frozenset({"random allocation", "double-blind method", "single-blind method"})
_MESH_SURVEYED = frozenset({"surveys and questionnaires", "health surveys", "health care surveys"})
_MESH_LAB = frozenset({"cell line", "cell line, tumor", "cells, cultured", "in vitro techniques", "animals"})

# Publication types that name a design outright. Keys are lower-cased.
_PUBLICATION_TYPES: dict[str, tuple[int, str]] = {
    "meta-analysis": (1, "meta-analysis"),
    "network meta-analysis": (1, "meta-analysis"),
    "systematic review": (1, "systematic review"),
    "randomized controlled trial": (2, "randomized trial"),
    "pragmatic randomized controlled trial": (2, "randomized trial"),
    "equivalence trial": (2, "randomized trial"),
    "clinical trial, phase iii": (2, "randomized trial"),
    "practice guideline": (2, "guideline"),
    "guideline": (2, "guideline"),
    "consensus development conference": (2, "guideline"),
    "consensus development conference, nih": (2, "guideline"),
    "observational study": (3, "observational study"),
    "twin study": (3, "observational study"),
    "case reports": (4, "case report"),
    # Veterinary designs are about animals, whatever the design name says.
    "randomized controlled trial, veterinary": (4, "animal study"),
    "clinical trial, veterinary": (4, "animal study"),
    "observational study, veterinary": (4, "animal study"),
}
# Tell us it is an intervention study in people, but not whether allocation was random.
_GENERIC_TRIALS = frozenset(
    {
        "clinical trial",
        "controlled clinical trial",
        "clinical trial, phase i",
        "clinical trial, phase ii",
        "clinical trial, phase iv",
        "clinical trial protocol",
        "adaptive clinical trial",
        "clinical study",
    }
)
_REVIEW_TYPES = frozenset({"review", "scoping review", "overview"})
_OBSERVATIONAL = frozenset(
    {"cohort study", "case-control study", "cross-sectional study", "ecological study"}
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# "Non-randomized", "not randomized" and "without randomization" say the opposite.
_RAND = r"(?<!non-)(?<!non )(?<!not )(?<!without )randomi[sz]"
_ANIMAL_NAMES = (
    r"mice|mouse|murine|rats?|rodents?|hamsters?|gerbils?|guinea pigs?|rabbits?|dogs?|canine|cats?|feline|"
    r"pigs?|piglets?|swine|sows?|cattle|cows?|calves|sheep|goats?|horses?|hens|broilers|quails?|monkeys?|"
    r"macaques?|primates?|baboons?|marmosets?|ferrets?|ewes?|lambs?|rams|heifers?|steers|minipigs?|chicks|"
    r"xenopus|frogs?|tadpoles?|zebrafish|drosophila|c\.\s?elegans|nematodes?|sea urchins?|larvae|herds?|"
    # "Chicken" is mostly food, and "chickens" mostly poultry sold or farmed: birds are subjects only as a
    # "chicken model" or embryo, or as chickens something was done to ("four chickens were inoculated").
    r"chicken(?=\s+(?:models?|embryos?))|chickens(?=\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:\w+\s+)?(?:inoculated|"
    r"infected|housed|fed|given|treated|dosed|injected|divided|assigned|randomi[sz]ed|killed|sacrificed|"
    r"vaccinated|immuni[sz]ed|reared|raised))|animals?"
)
# "animal protein", "chicken" and "fish" are foods in nutrition abstracts, "bovine serum" a reagent, and
# "cow's milk" a food however possessive: none of them is a study subject.
_ANIMALS = rf"(?:{_ANIMAL_NAMES})(?!(?:'s|s')?\s*(?:-\s*based|protein|fat|food|product|source|origin|meat|milk|derived|oil))"
_ANIMAL_WORD = _rx(rf"\b{_ANIMALS}\b")
_CELLS = _rx(r"\bcells?\b|\bcellular\b|\bmyocytes?\b|\bhepatocytes?\b|\bfibroblasts?\b|\blymphocytes?\b")

# --- level 1 -------------------------------------------------------------------------------------------
_TITLE_L1_META = _rx(
    r"meta-?\s?analy[sz]|pooled analysis|meta-?regression|analysis of (?:published|pooled) (?:data|studies)"
)
_TITLE_L1_SR = _rx(r"systematic(?:al)?\s+(?:literature\s+)?review|umbrella review|cochrane review")
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
    r"|\bsystematic(?:al)?(?:ally)?\s+(?:literature\s+|electronic\s+)?(?:search|review)\w*\s+(?:was|were)\s"
    r"|\bwe\s+(?:systematically\s+)?(?:searched|reviewed systematically|systematically reviewed)"
    r"|\bsystematically\s+review(?:s|ed)?\s+(?:\w+\s+){0,3}(?:studies|trials|articles|publications|literature)"
    r"|\bwe\s+(?:\w+\s+)?reviewed\s+(?:the\s+)?(?:published|available)\s+(?:articles|studies|reports|data)"
    # "We reviewed the published literature for original human epidemiologic research articles that ...": the
    # literature read for articles of a stated kind is a search with criteria, not a narrative overview.
    r"|\bwe\s+(?:\w+\s+)?reviewed\s+(?:the\s+)?(?:published|available)\s+literature\s+for\s+(?:[\w-]+\s+){0,4}"
    r"(?:articles|studies|reports|trials|publications)\b"
    r"|\b(?:medline|pubmed|embase|cochrane|web of science|scopus|cinahl|psycinfo)\b[^.]{0,120}"
    r"\b(?:were|was)\s+(?:systematically\s+)?searched"
    r"|\b(?:databases?|literature)\s+(?:was|were)\s+(?:systematically\s+)?searched"
    r"|\bsystematic(?:al)?\s+(?:literature\s+|electronic\s+|database\s+)?search"
    r"|\bprisma\b"
    r"|\bsearch(?:ing|ed|es)?\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?(?:medline|pubmed|embase|cochrane|"
    r"web of science|scopus|cinahl|electronic databases)"
    r"|\b\d[\d,]*\s+(?:original\s+|eligible\s+|relevant\s+)?(?:studies|trials|articles|papers|publications|"
    r"reports)\s+(?:were|was)\s+(?:identified|included|retrieved|selected|eligible)"
    r"|\b(?:studies|trials|articles)\s+(?:met|fulfilled)\s+(?:the\s+)?(?:inclusion|eligibility)\s+criteria"
)
# "Our institutional database was searched" finds this hospital's patients, not published studies: a search
# counts as systematic only if such a sentence also names a bibliographic database.
_LOCAL_RECORDS = _rx(
    r"\b(?:our|institutional|institution's|hospital|departmental|clinical|local|in-?\s?house|"
    r"prospectively\s+(?:maintained|populated|collected))\s+(?:[\w-]+\s+){0,3}"
    r"(?:databases?|registr(?:y|ies)|records|data\s?bases?)\b"
)
_BIBLIOGRAPHIC = _rx(
    r"\b(?:medline|pubmed|embase|cochrane|web of science|scopus|cinahl|psycinfo|literature|published)\b"
)

# --- level 2 -------------------------------------------------------------------------------------------
_TITLE_RCT = _rx(
    rf"\b{_RAND}\w*|\bdouble-?\s?blind|\bplacebo-?\s?controlled|\bsingle-?\s?blind|\bcluster-?\s?{_RAND}"
)
# Allocation verbs describe what was done to this study's participants ("randomly selected" is sampling).
_RCT_ALLOCATION = _rx(
    rf"\b(?:were|was|being|been)\s+{_RAND}ed"
    rf"|\bwe\s+{_RAND}ed"
    rf"|\b{_RAND}ed\s+(?:\w+\s+){{0,2}}(?:to|into|in a|between)\b"
    rf"|\b{_RAND}ation\b"
    r"|\brandomly\s+(?:assigned|allocated|divided|distributed|split)"
    r"|\brandom\s+(?:assignment|allocation)"
    # The adverb after the groups ("divided into three groups randomly", "assigned to two arms at random") or
    # the manner in brackets ("allocated to two groups (double blind, randomized manner)").
    r"|\b(?:divided|allocated|assigned|distributed|split|separated|stratified)\s+(?:\w+\s+){0,4}"
    r"(?:groups?|arms?)\s+(?:\w+\s+)?(?:randomly|at random)\b"
    r"|\b(?:assigned|allocated|divided)\s+(?:\w+\s+){0,2}at random\b"
    rf"|\b(?:allocated|assigned|divided|distributed|split)\b[^.]{{0,60}}\b{_RAND}ed\s+(?:manner|fashion|way)\b"
)
# Randomized units that are not people or animals (extracted teeth, specimens, culture plates): a laboratory
# experiment, however carefully allocated.
_OBJECT_UNITS = _rx(
    r"\b(?:teeth|tooth|molars?|incisors?|premolars?|enamel|dentin(?:e)?|specimens?|samples?|discs?|"
    r"disks?|slabs?|slices?|explants?|plates?|wells?|dishes|flasks|cultures?|eggs|embryos|seeds?|seedlings?|"
    r"plants?|plots?|leaves|cadavers?|implants?|screws?|strips?|coupons?|tubes?|vials?|batches|loaves)\b"
)
# Design phrases also turn up in essays ("...unless it comes from a double-blind randomized trial"). Plural
# "trials" is someone else's work ("data from the control arms of two randomized trials") unless this
# study's participants took part in them.
_RCT_PHRASE = _rx(
    rf"\b{_RAND}ed(?:,?\s+|-)(?:\w+-?\w*,?\s+){{0,3}}(?:trial|study|crossover|cross-over|cross\s+over|design)\b"
    r"|\bdouble-?\s?blind(?:ed)?,?\s+(?:\w+-?\w*,?\s+){0,3}(?:trial|study|crossover|cross-over)\b"
    r"|\bplacebo-?\s?controlled,?\s+(?:\w+-?\w*,?\s+){0,3}(?:trial|study|crossover|cross-over)\b"
    rf"|\b(?:participated|took part|completed|underwent)\s+in\s+(?:\w+\s+)?{_RAND}ed\b[^.]{{0,60}}\btrials\b"
)
# Parallel groups given the product or a placebo: a placebo-controlled trial even where it never says
# "randomized" ("80 adults received the lozenge or placebo twice daily"; "the zinc and placebo groups").
_PLACEBO_ARMS = _rx(
    r"\b(?:received|receive|given|took|take|taking|assigned|allocated|treated\s+with|administered|"
    r"supplemented\s+with)\s+(?:(?!placebo\b)[\w-]+,?\s+){1,6}or\s+(?:an?\s+|the\s+|matching\s+|identical\s+)?"
    r"placebos?\b"
    r"|\b\w+\s+(?:and|or|versus|vs\.?)\s+placebo[- ](?:treated\s+)?(?:groups|arms)\b"
    r"|\b(?:versus|vs\.?|than|compared\s+(?:with|to))\s+(?:in\s+)?(?:the\s+)?placebo[- ](?:treated\s+)?"
    r"(?:groups?|arms?)\b"
)
# ... but one arm of someone's trial analysed as a cohort ("we studied the placebo arm of a finished trial",
# "participants pooled from the control arms of two trials") is a secondary analysis, not a trial.
_ONE_ARM_OF_TRIAL = (
    r"\b(?:placebo|control)\s+(?:groups?|arms?)\s+(?:of|from|in)\s+(?:the\s+|an?\s+|\w+\s+)?(?:[\w-]+\s+){0,4}"
    r"(?:trials?|studies|study)\b"
)
_ONE_ARM = _rx(_ONE_ARM_OF_TRIAL + r"|\b(?:secondary|post[- ]hoc)\s+analys[ie]s\b")
# A post hoc or secondary analysis of a randomized trial that compares its arms ("a post hoc analysis of an RCT
# of drug A vs. drug B") keeps the randomized comparison: a randomized trial, unless only one arm is analysed.
_ARMS_REANALYSED = _rx(
    r"\b(?:post[- ]hoc|secondary|exploratory)\s+analys[ie]s\s+of\s+(?:data\s+from\s+)?(?:a|an|the|our|this)\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?:rcts?\b|{_RAND}ed\b[^.]{{0,40}}\btrial)"
    r"[^.]{0,200}\b(?:vs\.?|versus|compared|comparing|arms|groups)(?:\s|$)"
)
# Looser wording of allocation or blinding, used only to back a "Random Allocation" or "Double-Blind Method"
# MeSH heading; random sampling, simulations and other people's trials are cut out first.
_ALLOCATION_CUE = _rx(
    rf"\b{_RAND}\w*|\brandomly\b|\bat random\b|\brandom\s+(?:order|sequence|assignment|allocation)\b"
    r"|\b(?:double|single|triple)-?\s?blind\w*|\bplacebo\b"
)
_NOT_ALLOCATION = _rx(
    r"\brandom(?:ly|i[sz]ed)?\s+(?:\w+\s+)?(?:selected|sampled|chosen|drawn|generated|picked|samples?|"
    r"sampling|selection)\b"
    rf"|\b{_RAND}ed,?\s+(?:[\w-]+,?\s+){{0,3}}trials\b"
)
# Numbers of people, percentages, p-values, intervals: an abstract reporting its own data.
_RESULTS = _rx(
    r"\bp\s*[<=>≤]|\b\d+(?:\.\d+)?\s?%|\b(?:95|99)\s?%\s?ci\b|\bconfidence intervals?\b|\bn\s?=\s?\d"
    r"|\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|eleven|twelve|"
    r"\w+teen)\s+(?:\w+\s+){0,2}(?:patients|participants|subjects|volunteers|men|women|children|adults|"
    r"individuals|cases|controls|samples|mice|rats)\b"
    r"|\b(?:odds|hazard|risk)\s+ratios?\b|\bsignificant(?:ly)?\b"
    r"|\b\d+(?:\.\d+)?\s?(?:mg|g|kg|µg|ug|ng|pg|mmol|µmol|nmol|ml|ppm|ppb|ppt)(?:/\w+)?\b"
)
_TITLE_GUIDE = _rx(
    r"\bguidelines?\b|\bguidance\b|\bposition\s+(?:statement|paper|stand)|\bconsensus\b"
    r"|\bscientific statement|\brecommendations?\s+(?:for|on|of|from)\b|\bpractice parameter"
)
# "Adherence to dietary guidelines and mortality" is a cohort study, and "The impact of the new WHO
# guidelines on HIV incidence" a model of their effects: studies of guidance, not guidance.
_TITLE_GUIDE_NOT = _rx(
    r"\b(?:adherence|compliance|concordance|conformity|according|adhering|meeting|meet|following|"
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

# --- level 3 narrative review ---------------------------------------------------------------------------
_TITLE_REVIEW = _rx(
    r"\breview\b|\boverview\b|\ban update\b|\bupdate on\b|\bperspectives?\b|\bcommentary\b|\beditorial\b"
    r"|\bstate of the art\b|\bcurrent concepts\b|\bwhat do we know\b|\bthe evidence\b|\brethinking\b"
    r"|\bcurrent knowledge\b|\bfuture directions\b"
    r"|\bpoint[- ]counterpoint\b|\bhypothesis\b"
)
# The paper calling itself a review: strong enough to outweigh a title that names animals or cells (the
# topic of the review, not its design).
_STRONG_REVIEW = _rx(
    r"\bpurpose of (?:the\s+|this\s+)?review\b"
    r"|\b(?:this|the present|our|the|in this|a)\s+(?:narrative\s+|brief\s+|short\s+|mini-?\s?|critical\s+)?"
    r"(?:review|overview|commentary|perspective|editorial|viewpoint|essay),?\s+(?:\w+\s+){0,2}"
    r"(?:discuss|summari[sz]|examin|focus|address|describ|highlight|consider|explor|provid|present|"
    r"identif|aims?|will|is|we|outlin|evaluat|assess|updat|synthesi[sz])"
    r"|\b(?:this|the present|the|our)\s+(?:article|paper|chapter|report|manuscript)\s+(?:\w+\s+){0,2}"
    r"(?:reviews|summari[sz]es|discusses|examines|traces|overviews|considers|argues|outlines)"
    r"|\b(?:here|herein|in this (?:article|paper|review|chapter)),?\s+we\s+(?:\w+\s+){0,1}"
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

# --- level 4 -------------------------------------------------------------------------------------------
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|[2-9]|1\d)"
_CASE_SERIES = _rx(
    rf"\bcase series\b|\bseries of (?:{_FEW}\s+)?cases\b|\breport of {_FEW}\s+(?:\w+\s+)?cases\b"
    rf"|\bwe (?:also\s+|here\s+)?(?:report|describe|present)\b[^.]{{0,80}}\b{_FEW}\s+(?:\w+\s+){{0,3}}"
    r"(?:cases|patients|siblings)\b"
    # "Three clinical histories are presented": cases told one by one.
    r"|\b(?:clinical|case)\s+histories\s+(?:are|were)\s+(?:\w+\s+)?(?:presented|described|reported)\b"
)
# A series known only by its count: a dozen patients or fewer and nobody else counted ("Nine patients (5
# female)", "n = 9"), with no word of a planned study (trial, pilot, controls, enrolment, a named design).
_SERIES_MAX = 12
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
} | {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_NUMBER_WORD = r"(?:" + "|".join(_NUMBER_WORDS) + r"|hundred|thousand)"
# A year whose noun phrase ends in a preposition before the people ("the 2001 feeding recommendations for
# infants") dates something else; it counts nobody.
_NOT_A_YEAR_OF_PEOPLE = (
    r"(?!(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}(?:for|of|in|on|to|from|by|with|among|about)\s)"
)
# A whole number, in digits or words ("Two hundred forty-one"), then at most three other words.
_PEOPLE_COUNT = _rx(
    rf"(?<![\w.-]){_NOT_A_YEAR_OF_PEOPLE}(\d+(?:,\d{{3}})*|{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*)(,?)\s+"
    rf"(?:(?!{_NUMBER_WORD}\b)[\w-]+\s+){{0,3}}?(patients|participants|subjects|volunteers|men|women|children|"
    r"adults|individuals|persons|people|cases|controls|infants|adolescents|neonates|twins|families|siblings|"
    r"males|females|boys|girls|autopsies|decedents)\b"
    r"|\bn\s?=\s?(\d+)\b"
)
# A series told by its operations ("18 consecutive laparoscopic adrenalectomies were performed") is as large as
# they are; "1 of 8 major surgeries" names kinds of operation, not how many were done.
_OPERATIONS_COUNT = _rx(
    r"(?<![\w.-])(\d+(?:,\d{3})*)\s+(?:[\w-]+\s+){0,3}(?:operations|procedures|surgeries|resections|"
    r"[a-z]+ectomies|[a-z]+otomies|[a-z]+plasties)\s+(?:were|was)\s+(?:\w+\s+)?(?:performed|undertaken|"
    r"carried out|done)\b"
)
_SERIES_PATIENTS = _rx(r"\b(?:patients|cases)\b")
_PLANNED_STUDY = _rx(
    rf"\b{_RAND}|\bplacebo\b|\btrials?\b|\bpilot\b|\bprospective(?:ly)?\b|\b(?:enrolled|recruited)\b"
    r"|\bhealthy\b|\bvolunteers\b|\bcontrols?\b|\bopen-?\s?label\b|\bcross-?\s?over\b|\bintervention\b"
    r"|\bcohorts?\b|\bcase-?\s?control\b|\bcross-?\s?sectional\b|\bsurvey\b|\bquestionnaires?\b"
    r"|\binterview\w*|\bfocus\s+groups?\b|\bqualitative\b"
    r"|\bphase\s+(?:i{1,3}|[1-3])\b"
    # A feeding or dosing experiment in a few people is a small intervention study (level 3).
    r"|\b(?:consumed|ingested|supplement\w*|were fed|baseline|wash-?out|before and after|pre-? and post)"
)
# A bare "a 62-year-old woman" is a case only where it opens a sentence or a presentation ("in a 79-year-old
# woman, fixation was not cost-effective" is a model's base case).
# Designs named as eligibility criteria ("we excluded case series, as well as studies of ...") are what a review
# left out, not what this paper is.
_ELIGIBLE_DESIGNS = _rx(r"\b(?:exclud\w*|includ\w*|eligible)\s+(?:\w+\s+){0,3}case\s+(?:reports?|series)\b")
_CASE_REPORT = _rx(
    rf"\bcase reports?\b|\breport of (?:a|an|one)\s+(?:\w+\s+)?case\b|{_CASE_SERIES.pattern}"
    r"|\bwe (?:also\s+|here\s+|are\s+)?(?:report|describ|present)(?:e|ing)?\b[^.]{0,80}\b(?:a|an|the|one)\s+"
    r"(?:\w+\s+){0,3}"
    r"(?:case|patient|man|woman|boy|girl|child|infant|\d+-year-old)\b"
    r"|\b(?:a|this|the present) case of\b[^.]{0,160}\b(?:is|was) (?:reported|described|presented)"
    r"|\bthe authors (?:report|describe|present)\b(?!\s+(?:\w+\s+)?(?:data|results|findings|evidence|analys[ie]s))"
    r"|(?:^|\bcase (?:presentation|description|history)\W*)(?:a|an)\s+\d+-?\s?years?-?\s?old\b"
    r"|\b(?:a|an)\s+\d+-?\s?years?-?\s?old\s+(?:[\w-]+\s+){0,3}"
    r"(?:man|woman|male|female|boy|girl|patient|child|infant|farmer|worker)\s+(?:\w+\s+){0,2}"
    r"(?:presented|was admitted|was referred|developed|complained|came|was brought|was seen|with|who)\b"
)
_TITLE_ANIMAL = _rx(
    rf"\bin\s+(?:(?!and\b)[\w-]+\s+){{0,2}}{_ANIMALS}\b|\b{_ANIMALS}\s+(?:model|fed|given)"
    r"|\b(?:animal|rodent|murine|mouse|rat|tramp|xenograft)\s+models?\b|\bknock-?out\b|\btransgenic\b"
)
_SELF_ANIMAL = _rx(
    rf"\b{_ANIMALS}\s+(?:\w+\s+){{0,3}}(?:were|was)\s+(?:\w+\s+)?(?:fed|given|treated|exposed|"
    rf"injected|assigned|randomi[sz]ed|divided|housed|sacrificed|killed|maintained|dosed|gavaged|"
    r"supplemented|infected|inoculated|vaccinated|immuni[sz]ed|allocated|sampled|tested|used)"
    rf"|\b(?:fed|treated|dosed|injected|exposed)\s+(?:\w+\s+){{0,2}}{_ANIMALS}\b"
    rf"|\b(?:in|of|using|used|from|into)\s+(?:[\w()+/-]+\s+){{0,3}}{_ANIMALS}\b"
    rf"|\b{_ANIMALS}\s+(?:\w+\s+){{0,2}}(?:received|lacking|deficient|overexpressing|expressing|carrying|"
    r"harbou?ring|bearing)\b"
    rf"|\b(?:mutant|knock-?out|knock-?in|transgenic|wild-?type|deficient|null|congenic|nude)\s+{_ANIMALS}\b"
    r"|\b(?:animal|rodent|murine|mouse|rat|xenograft|tramp)\s+models?\b|\bxenografts?\b|\bknock-?out\b"
    r"|\btransgenic\b|\bin vivo\b|\bgavage\b|\bdiet-induced obese\b"
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
    r"|\b(?:primary|cultured|isolated)\s+(?:[\w-]+\s+){0,2}"
    r"(?:cells|macrophages|neurons|myocytes|hepatocytes|fibroblasts|keratinocytes|lymphocytes|monocytes)\b"
    r"|\bknock-?down\b|\btransfect\w*|\bimmunoprecipitat\w*|\bco-?cultur\w*|\bmonolayers?\b"
    r"|\bclonogenic\w*|\bcolony[- ]forming\b(?!\s+units?)|\breplating\b"
    r"|\b(?:three|3)-?\s?dimensional\s+(?:cell\s+)?cultures?\b|\bculture\s+systems?\b"
    # A gene silenced with an effect measured ("CXCR7 silencing significantly decreased ..."): an experiment.
    r"|\bsilencing\s+(?:of\s+\w+\s+)?(?:significantly\s+)?(?:decreased|reduced|inhibited|increased|suppressed|"
    r"abolished|attenuated|impaired|enhanced|resulted|blocked|prevented)\b"  # CFU of a probiotic are a dose
    # Channels recorded in cells ("patch-clamp studies of the mutant expressed in CHO cells"); "CHO" alone is
    # carbohydrate in nutrition papers, so only CHO cells (or the hamster ovary line) name the line.
    r"|\bpatch[- ]?clamp\w*|\b(?:whole-cell|voltage[- ]clamp|current[- ]clamp)\s+recordings?\b"
    r"|\bcho(?:-k1)?\s+cells\b|\bhek-?\s?293\w*"
    r"|(?-i:\b(?!CD\d)(?:[A-Z][\w-]*\d|\d+[A-Z])[\w-]*\s+cells\b)"  # a named line: "T98G cells"
)
# Chemistry on foods, water or air without people in it.
_SELF_LAB = _rx(
    r"\b(?:hplc|lc[-/]ms|gc[-/]ms|mass spectrometr\w*|chromatograph\w*|spectrophotomet\w*|elisa|"
    r"assay(?:ed|s)?|frap|orac|immunoassays?)\b"
    r"|\bsamples\s+(?:\([^)]{0,30}\)\s+)?(?:were|was)\s+(?:\w+\s+)?(?:analy[sz]ed|collected|assayed|tested|"
    r"measured|procured|purchased|bought)"
    r"|\b(?:analytical|extraction|detection)\s+methods?\b|\bblanching\b|\b(?:food|product|market)\s+samples\b"
    # Enzyme and binding kinetics measured on compounds.
    r"|\b(?:ic|ec|ed)50\b|\bk[id]\s+values?\b|\binhibition\s+(?:constants?|kinetics)\b|\bdpph\b"
    # Compounds tested for radical scavenging (polysaccharides extracted from a root).
    r"|\bscavenging\s+(?:\w+\s+){0,2}radicals?\b|\bantioxidant\s+activit(?:y|ies)\s+(?:tests?|assays?)\b"
)
# Genetic mapping in families (a genome-wide linkage scan, lod scores): it locates a gene, a laboratory finding,
# whereas "mutations were found in 48% of 680 families" measures a frequency in people. Record or register
# linkage joins databases, and "linkage disequilibrium" is population genetics.
_LINKAGE = _rx(
    r"\blod\s+scores?\b|\blogarithm[- ]of[- ](?:the[- ])?odds\b"
    r"|(?<!record )(?<!records )(?<!register )(?<!registry )(?<!data )\blinkage\s+(?:analys[ie]s|mapping|scans?)\b"
    r"|\bgenome-?\s?wide\s+(?:linkage\s+)?scans?\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}(?:families|kindreds|pedigrees)\b"
)
# Mechanical testing of tissue or materials (fracture, cracks, stiffness): laboratory work on the material.
_MECHANICS = _rx(
    r"\bfracture\s+(?:toughness|mechanics|criteri\w+|resistance|surfaces?)\b|\bcrack\s+(?:propagation|growth|"
    r"initiation|extension|path)\b|\bpropagating\s+cracks?\b|\btensile\b"
    r"|\bcompressive\s+(?:strength|loads?|loading)\b|\belastic\s+modul\w+|\byoung'?s\s+modulus\b"
    r"|\bmechanical\s+(?:testing|tests|properties|loading)\b|\bload(?:ed|ing)?\s+to\s+failure\b"
    r"|\bbiomechanical\s+(?:testing|tests|properties)\b"
)
# A software tool (drawing, alignment, annotation): with any molecular word it is a bioinformatics resource,
# laboratory-side work; a tool for clinicians names people and is not touched.
_SOFTWARE = _rx(
    r"\bsoftware\b|\bweb[- ]?servers?\b|\balgorithms?\b|\bcommand[- ]line\b|\bsource\s+code\b"
    r"|\bgraphical\s+user\s+interface\b|\bopen[- ]source\b|\btoolkit\b|\bplug-?ins?\b"
)
# Health of a population counted in illnesses, deaths, costs or QALYs (a disease-burden model): about people,
# even if no sentence names a person. "A public health concern" opening a paper on foods is not enough.
_POPULATION_HEALTH = _rx(
    r"\b(?:qalys?|dalys?|quality-adjusted\s+life|disability-adjusted\s+life|cost\s+of\s+illness|"
    r"(?:disease|health|illness)\s+burden|burden\s+of\s+(?:disease|illness)|illnesses|deaths|"
    r"hospitali[sz]ations)\b"
)
# Material studied without people in it: foods and the environment analysed, instruments, genomes, microbes,
# cadavers. With no counted people and more such sentences than sentences about people, the work is
# laboratory work (level 4), even when it reports no numbers (a beamline described, a genomic classification).
_NON_HUMAN_MATERIAL = _rx(
    r"\b(?:food|fish|meat|dairy|milk|rice|juice|beverage|product|market|retail|commercial|supermarket|water|"
    r"soil|air|dust|sediment|plant|grain|flour|oil|honey|tea|wine|spice)\s+samples\b"
    r"|\bsamples?\s+(?:of|from)\s+(?:[\w-]+\s+){0,3}(?:foods?|supermarkets?|markets?|stores?|shops|retail\w*|"
    r"brands?|products|restaurants)\b"
    r"|\b(?:deep-?\s?)?fri(?:ed|ying)\b|\broast(?:ed|ing)\b|\bbak(?:ed|ing)\b|\bboil(?:ed|ing)\b|\bgrill(?:ed|ing)\b"
    r"|\bmicrowav\w+|\bblanch\w+|\bchips\b|\bcrisps\b|\bslices\b"
    r"|\b(?:vegetable|cooking|frying|edible|palm|olive|coconut|canola|rapeseed|sunflower|soya?\s?bean)\s+oils?\b"
    r"|\b(?:concentrations?|contents?|levels|amounts?|residues?)\s+(?:of\s+[\w-]+\s+)?in\s+(?:[\w-]+\s+){0,3}"
    r"(?:foods?|products|samples|brands|oils?|beverages|fruits?|vegetables|meats?|seafood|grains|cereals|"
    r"spices|juices?|soils?|sediments?)\b"
    r"|\bgenom(?:e|es|ic|ics)\b|\bexomes?\b|\btranscriptom\w*|\bgene[- ]expression\b|\bcopy[- ]number\b"
    r"|\bsomatic\s+mutations?\b"
    r"|\byeasts?\b|\bbacteri(?:a|al|um)\b|\bplasmids?\b|\bsaccharomyces\b|\be\.\s?coli\b|\bescherichia\b"
    r"|\bisolates\b|\bfung(?:i|al|us)\b"
    r"|\bcadaver\w*|\bembalmed\b"
    # What a food or preparation provides ("the milks provided <50% of the vitamin E required"): composition.
    r"|\b(?:provided|provides|supplied|supplies|contained|contains|yielded)\s+[^.]{0,60}?\b(?:vitamins?|"
    r"minerals?|micronutrients?|iron|zinc|calcium|iodine|selenium|folic acid|folate|niacin|riboflavin|"
    r"thiamine?|[\w-]*linoleic|[\w-]*linolenic|fatty acids?|kcal|kilocalories)\b"
)
# "Human" names people, except as the species of a cadaver ("ten adult human cadavers").
_HUMAN_MATERIAL_WORD = _rx(r"\bhuman\b(?!\s+(?:[\w-]+\s+)?cadaver)")
_CADAVERS = _rx(r"\bcadaver(?:s|ic)?\b|\bembalmed\b")
# Instruments and facilities: their description is the work itself, so these count even with no data.
_INSTRUMENT = _rx(
    r"\bbeamlines?\b|\bsynchrotron\b|\bdiffract\w+|\bgoniometers?\b|\bdetectors?\b|\b[km]ev\b"
    r"|\bwavelength\w*|\bstorage ring\b|\bcrystallograph\w*|\binstrumentation\b|\bspectromet\w+"
    r"|\bmicroscopes?\b|\blasers?\b|\bcyclotron\b|\bneutron\s+(?:source|beam|scattering)\b"
)
# The people an autopsy series counts are its subjects, seen after death ("40 infant autopsies").
_AUTOPSY = r"autops(?:y|ies)\b(?!\s+(?:of|in|on)\s+(?:[\w-]+\s+)?" + _ANIMALS + r")|\bdecedents\b"
_AUTOPSY_SERIES = _rx(
    r"\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?|\w+teen)\s+"
    r"(?:[\w-]+\s+){0,2}(?:autopsies|autopsy\s+(?:cases|brains|specimens|reports)|decedents)\b"
    r"|\bautopsy\s+(?:series|study|studies|cohort|cases)\b"
)
_HUMAN = _rx(
    r"\b(?:patients?|participants?|subjects|volunteers|men|women|children|adults|adolescents|infants|"
    r"individuals|persons|people|humans|residents|respondents|workers|students|cases|controls|"
    r"population|donors?|twins|smokers|vegetarians|omnivores|elderly|veterans|mothers|parents|newborns|"
    r"neonates|outpatients|inpatients|survivors|athletes|nurses|physicians|employees|soldiers)\b"
    rf"|\bpregnan\w+\b(?!\s+(?:\w+\s+)?{_ANIMALS})"  # "pregnant ewes" are animals
    rf"|\b{_AUTOPSY}"
)

# A risk estimate for a genetic variant ("polymorphisms of ACP1 ... odds ratio = 5.6", SNPs "(odds ratio = 2.04)")
# compares people who carry it with people who do not: a sentence about people even if none is named.
_RISK_ESTIMATE = _rx(
    r"\b(?:odds|hazard|risk)\s+ratios?\b|\brelative\s+risks?\b|\b(?:or|hr|rr)\s?[=:]\s?\d|\b(?:or|hr|rr),\s+\d"
)
_GENETIC_VARIANT = _rx(
    r"\b(?:snps?|polymorphisms?|alleles?|genotypes?|haplotypes?|variants?|loci|locus|rs\d{3,})\b"
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

# --- level 3 observational / non-randomized ---------------------------------------------------------------
_TITLE_COHORT = _rx(r"\bcohorts?\b|\bprospective\b|\blongitudinal\b|\bfollow-?up\b|\bretrospective\b")
_TITLE_CC = _rx(r"\bcase-?\s?control\b|\bcase-?\s?referent\b")
# "Cross-sectional area" or "diameter" is anatomy, not design.
_CROSS_SECTIONAL = (
    r"\bcross-?\s?sectional\b"
    r"(?!\s+(?:area|diameter|dimension|images?|imaging|views?|slices?|profiles?|shape))"
)
_TITLE_XS = _rx(_CROSS_SECTIONAL + r"|\bsurvey\b|\bprevalence\b|\bnhanes\b")
# "Ecological speciation" or "niche" is biology: only an ecological study, analysis or correlation is the design.
_TITLE_ECO = _rx(
    r"\becologic(?:al)?\s+(?:[\w-]+\s+)?(?:study|studies|analys[ie]s|design|correlations?|comparisons?|data)\b"
    r"|\bcross-?\s?(?:national|country|cultural)\b"
)
_SELF_COHORT = _rx(
    r"\bcohorts?\b|\bprospective(?:ly)?\s+(?:\w+\s+){0,2}(?:study|studied|followed|investigation|data|"
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
_SELF_XS = _rx(
    _CROSS_SECTIONAL + r"|\b(?:population-based|national|nationwide|household|telephone|online|"
    r"|web-based|questionnaire)\s+survey\b|\bsurvey\s+(?:of|among|data|was|representing)\b"
    # "One family with a high prevalence of hypertension" describes the family; the design measures "the
    # prevalence of" something.
    r"|(?<!\ba high )(?<!\ba low )(?<!\ba higher )(?<!\ba lower )(?<!\ban increased )(?<!\ba very high )"
    r"\bprevalence\s+(?:of|was|rates?)\b|\bnhanes\b"
)
_SELF_ECO = _rx(
    r"\becologic(?:al)?\s+(?:study|survey|analysis|design|correlation|data)|\b(?:\d+|several|many)\s+"
    r"(?:countries|counties|regions|provinces|nations)\b[^.]{0,80}\b(?:correlat|associat|mortality|rates)"
)
# Design names for non-randomized trials count like the observational ones; the other cues count half.
_NRT_NAMED = _rx(
    r"\bopen-?\s?(?:label\s+)?(?:trial|study)\b|\bsingle-?\s?arm\b|\buncontrolled\b|\bnon-?\s?randomi[sz]ed\b"
    r"|\bquasi-?\s?experimental\b"
    r"|\bphase\s+(?:i{1,3}|[1-3])(?:\s?[/-]\s?(?:ii|2))?\s+(?:\w+\s+){0,2}(?:trial|study)\b"
)
_SELF_NRT = _rx(
    _NRT_NAMED.pattern + r"|\bpilot\s+(?:study|trial|intervention)\b"
    r"|\bintervention\s+(?:study|trial)\b|\bcross-?\s?over\s+(?:design|study|trial)\b|\bin a cross-?over\b"
    r"|\bpre-?\s?test[- ]post-?\s?test\b|\bbefore[- ]and[- ]after\b|\bsupplementation\s+(?:study|trial)\b"
    # "Patients underwent" is an intervention; "patients who underwent surgery" describes who was studied.
    r"|\b(?:subjects|participants|volunteers|patients|men|women|children|adults)\s+"
    r"(?:(?!who\b|that\b|which\b|whose\b)\w+\s+){0,3}"
    r"(?:received|consumed|ingested|were (?:given|fed|supplemented|treated|assigned)|underwent|followed)\b"
    r"|\bthe (?:experimental|control|intervention|placebo)\s+(?:diet|group|period|arm)\b"
    r"|\bsupplementation\b[^.]{0,80}\b(?:volunteers|participants|subjects|men|women|patients)\b"
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
)

# Own findings ("we show", "our data indicate", "the present study"): a primary study, not an essay, even when
# it reports no numbers, as much laboratory work does.
_PRIMARY = _rx(
    r"\bwe\s+(?:have\s+|had\s+)?(?:also\s+|further\s+|now\s+|then\s+|first\s+|additionally\s+)?"
    r"(?:show(?:ed|n)?|demonstrated?|found|find|identif(?:y|ied)|observed?|revealed?|establish(?:ed)?|"
    r"discover(?:ed)?|uncover(?:ed)?|characteri[sz]ed?|examined|investigated|analy[sz]ed|used|generated|"
    r"tested|measured|developed|designed|implemented|evaluated|compared|determined|assessed|detected|deleted|"
    r"performed|conducted|undertook|undertaken|carried out|studied|quantified|quantitated|applied|simulated?|"
    r"recorded|recruited|enrolled|"
    r"surveyed|interviewed|obtained|collected|created|constructed|engineered|screened|mapped|sequenced|"
    r"report (?:here|that)|present (?:here\s+)?(?:the\s+)?(?:first|results|data|findings|evidence that|"
    r"a new|a novel|(?:[\w-]+\s+){0,3}structures?))\b"
    # A methods paper's own contribution ("We propose a Bayesian hierarchical model").
    r"|\bwe\s+(?:here\s+)?(?:propose|introduce|develop|devise|describe|provide)\b[^.]{0,100}\b(?:method|model|"
    r"framework|algorithm|software|tool|pipeline|technique|estimator|classification|resource|database|atlas)s?\b"
    r"|\b(?:our|the present)\s+"
    r"(?:results|findings|data|observations|experiments|studies|analys[ie]s)\s+"
    r"(?:\w+\s+)?(?:show|indicate|suggest|reveal|demonstrate|establish|identify|support|provide|imply|"
    r"implicate|point|confirm|highlight|unveil)"
    r"|\b(?:this|the present|the current|our)\s+(?:\w+\s+){0,2}(?:study|experiment|investigation)\b"
    # "Here, we mimicked calorie restriction in yeast", "Here we report the structure": own work told in the past
    # tense or by a verb of results; reviews say "here we present / describe / introduce / define" the field.
    r"|\bhere,?\s+we\s+(?:have\s+)?(?:also\s+)?(?:(?!(?:reviewed|discussed|summari[sz]ed|highlighted|outlined|"
    r"proposed|focused|considered|introduced|argued)\b)[a-z]+ed\b|report\b|identify\b|develop\b|use\b|combine\b|"
    r"provide\s+(?:evidence|data)\b|present\s+(?:evidence|data|results|a\s+(?:new|novel))\b|"
    r"describe\s+(?:a\s+|an\s+)?(?:new|novel|\d+|two|three|four)\b|(?:quantitatively\s+)?model\b)"
    # A tool or resource released with the paper ("available at http://...") is the paper's own work.
    r"|\b(?:freely\s+|publicly\s+)?available\s+(?:at|from)\s+(?:https?://|www\.)"
)
# Molecular and cellular vocabulary. Clinical abstracts use some of it too, so it only decides for primary
# studies whose sentences are mostly about molecules rather than people.
# "Dietary protein" and "plasma lipids" are nutrition, not molecular biology.
_MECHANISTIC = _rx(
    r"\b(?<!dietary )(?<!animal )(?<!plant )(?<!soy )(?<!whey )(?<!high-)(?<!low-)(?<!total )"
    r"proteins?(?!\s+(?:intake|diets?|sources?|supplement\w*|content|foods?|powder|rich|-rich))\b"
    r"|\b(?:m?rnas?|micro-?rnas?|mirnas?|genes?|genomes?|genome-wide|genomic|transcript\w*|"
    r"chromatin|nucleosomes?|histones?|nucle(?:us|i|olar|oli)|kinases?|phosphatases?|phosphorylat\w*|"
    r"acetylat\w*|methylat\w*|enzym\w*|ligands?|receptors?|signal(?:l)?ing|mutations?|mutants?|alleles?|"
    r"loci|dna|cdnas?|crystal|binding|binds?|complex(?:es)?|domains?|sequenc(?:e|es|ing)|epigenetic\w*|"
    r"proteom\w*|metabolom\w*|antibod(?:y|ies)|antigens?|cytokines?|[tb][- ]cells?|macrophages?|"
    r"neutrophils?|neurons?|synap\w+|apoptosis|autophagy|mitochondri\w*|membranes?|cytoskelet\w*|actin|"
    r"tumou?rigen\w*|oncogen\w*|in vivo|molecular|pathways?|regulat(?:es|ed|ion|ory|ors?)|microscop\w*|"
    r"peptides?|(?<!plasma )(?<!serum )(?<!blood )"
    r"lipids?(?!\s+(?:profiles?|levels?|concentrations?|lowering))|"
    r"immunohisto\w*|mass spectrometry)\b"
)

# What was done in this work, in the past passive ("cells were injected", "a model was developed").
_PROCEDURE = _rx(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:injected|inoculated|developed|treated|fed|administered|given|measured|"
    r"assessed|analy[sz]ed|examined|investigated|determined|isolated|cultured|incubated|exposed|implanted|"
    r"transplanted|grafted|performed|obtained|collected|evaluated|compared|studied|observed|detected|"
    r"quantified|recruited|enrolled|sampled|tested|followed|interviewed|surveyed|used|conducted|carried out|"
    r"taken|explored|housed|killed|sacrificed|infected|immuni[sz]ed|dosed|supplemented|randomi[sz]ed|assigned|"
    r"allocated|divided|stained|sequenced|genotyped|cloned|purified|prepared|synthesi[sz]ed|characteri[sz]ed|"
    r"recorded|monitored|scanned|imaged|operated|screened|identified|generated|constructed)\b"
)

# People counted as participants ("12 healthy women"): a study in people, whatever molecules it measures.
_ENROLLED = _rx(
    r"\b"
    + _NOT_A_YEAR_OF_PEOPLE
    + r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?)\s+"
    r"(?:[\w-]+\s+){0,3}(?:patients|participants|subjects|volunteers|men|women|children|adults|individuals|"
    r"persons|people|twins|veterans|infants|adolescents|mothers|students|workers|smokers|residents|"
    r"respondents|cases|controls|americans|families|males|females)\b"
    # Specimens counted and taken from people ("100 specimens of pterygium from Danish patients"): the
    # laboratory analysis of patients' specimens studies those patients.
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:specimens|biopsies|biopsy\s+specimens|tissue\s+samples)\s+"
    r"(?:[\w-]+\s+){0,4}?from\s+(?:[\w-]+\s+){0,2}(?:patients|donors|participants|subjects|women|men|children|"
    r"individuals|volunteers)\b"
    # Material drawn "from more than a quarter million people" (a population screen) counts them too; a bare
    # "a million people" is mostly the burden quoted in an introduction, so only "from" introduces them.
    r"|\bfrom\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?:a\s+(?:quarter|half)\s+|"
    r"half\s+a\s+|\d+(?:\.\d+)?\s+)?(?:a\s+)?millions?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:people|persons|"
    r"individuals|patients|participants|subjects|donors|men|women|children|adults|newborns|infants)\b"
)

# A sentence that talks about other people's work: its design words are not this study's design.
_BACKGROUND = _rx(
    r"\b(?:previous(?:ly)?|prior|earlier|several|many|numerous|few|most|existing|other|some|recent)\s+"
    r"(?:\w+\s+){0,3}(?:studies|trials|reports|meta-?\s?analy\w+|reviews|investigations|work|research|"
    r"data|evidence|epidemiolog\w+)\b"
    r"|\b(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?(?:shown|suggested|reported|demonstrated|found|"
    r"indicated|linked|associated|implicated|proposed|observed|documented|described)"
    r"|\b(?:studies|trials|reports|findings|experiments)\s+(?:\w+\s+)?(?:indicate|show|suggest|demonstrate|"
    r"report|support|reveal|conclude)\b"
    r"|\bevidence\s+(?:from|suggests|indicates)|\bthere\s+(?:is|are)\s+(?:no|few|limited|little)\b"
    r"|\b(?:animal|experimental|in vitro|laboratory)\s+(?:studies|models|data|experiments|evidence)\b"
    r"|\bwe\s+previously\b|\bno\s+(?:\w+\s+){0,2}(?:randomi[sz]ed|trials?)\b"
    r"|\byet to be\b|\bremains? to be\b|\b(?:are|is)\s+(?:still\s+)?(?:needed|warranted|lacking|required)\b"
    r"|\bfuture\s+(?:studies|trials|research)\b"
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
_CITED = re.compile(r"\b([A-Z][\w'-]+)\s+et\s+al\b")
_SELF_MARK = _rx(
    r"\b(?:this|the present|the current|our|here(?:in)?)\s+(?:\w+\s+){0,2}(?:study|trial|work)\b"
)
_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])|\n+|(?<=:)\s+(?=[A-Z]{3,})")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text or "") if s.strip()]


def _own(sentences: Sequence[str], pattern: re.Pattern[str]) -> list[str]:
    """Sentences where ``pattern`` matches and the sentence is not about prior work."""
    hits = []
    for sentence in sentences:
        if not pattern.search(sentence):
            continue
        if _BACKGROUND.search(sentence) and not _SELF_MARK.search(sentence):
            continue
        hits.append(sentence)
    return hits


def _genetic_association(sentence: str) -> bool:
    """A variant's risk estimated in people ("SNPs ... odds ratio = 2.04"), unless the sentence names animals."""
    return (
        bool(_RISK_ESTIMATE.search(sentence))
        and bool(_GENETIC_VARIANT.search(sentence))
        and not _ANIMAL_WORD.search(sentence)
    )


def _about_animals(sentence: str) -> bool:
    return bool(_ANIMAL_WORD.search(sentence)) and not _HUMAN.search(sentence)


def _about_objects(sentence: str) -> bool:
    return bool(_OBJECT_UNITS.search(sentence)) and not _HUMAN.search(sentence)


def _serum_bioassay(sentences: Sequence[str]) -> bool:
    """People's serum, taken around an intervention they underwent, tested on cells: a human study."""
    return (
        bool(_own(sentences, _SERUM_FROM_PEOPLE))
        and bool(_own(sentences, _SERUM_ON_CELLS))
        and bool(_own(sentences, _SELF_NRT) or _own(sentences, _RCT_ALLOCATION))
    )


def _expert_advice(sentences: Sequence[str]) -> bool:
    """An expert body's report that recommends something (and is not a study that counts its participants)."""
    return bool(_own(sentences, _RECOMMENDS)) and not any(_ENROLLED.search(s) for s in sentences)


def _classify_title(title: str, sentences: Sequence[str] = ()) -> EvidenceLevel | None:
    """A design named in the title is the author's own label for the work, so it wins over the abstract.

    Two titles need the abstract: one naming guidelines may head a model of their consequences, and an expert
    consultation's report is guidance only if it recommends something.
    """
    if _TITLE_L1_META.search(title):
        return EvidenceLevel(1, "meta-analysis", _TXT)
    if _TITLE_L1_SR.search(title):
        return EvidenceLevel(1, "systematic review", _TXT)
    if _TITLE_GUIDE.search(title) and not _TITLE_GUIDE_NOT.search(title) and not _own(sentences, _MODELLING):
        return EvidenceLevel(2, "guideline", _TXT)
    if _TITLE_CONSULT.search(title) and _expert_advice(sentences):
        return EvidenceLevel(2, "guideline", _TXT)
    if _TITLE_RCT.search(title):
        if _ANIMAL_WORD.search(title) and not _HUMAN.search(title):
            return EvidenceLevel(4, "animal study", _TXT)
        return EvidenceLevel(2, "randomized trial", _TXT)
    if _CASE_REPORT.search(title):
        return EvidenceLevel(4, _case_type([title]), _TXT)
    if _TITLE_CC.search(title):
        return EvidenceLevel(3, "case-control study", _TXT)
    if _TITLE_XS.search(title) and not _ANIMAL_WORD.search(title):
        return EvidenceLevel(3, "cross-sectional study", _TXT)
    if _TITLE_ECO.search(title):
        return EvidenceLevel(3, "ecological study", _TXT)
    if _TITLE_COHORT.search(title) and not _ANIMAL_WORD.search(title):
        return EvidenceLevel(3, "cohort study", _TXT)
    if _TITLE_ANIMAL.search(title):
        return EvidenceLevel(4, "animal study", _TXT)
    if _TITLE_INVITRO.search(title) or (
        _TITLE_CLINICAL_CELLS.search(title) and not _people_counts(sentences)
    ):
        return EvidenceLevel(4, "in vitro study", _TXT)
    if _TITLE_REVIEW.search(title):
        return EvidenceLevel(3, "narrative review", _TXT)
    return None


def _case_type(sentences: Sequence[str]) -> str:
    return "case series" if any(_CASE_SERIES.search(s) for s in sentences) else "case report"


def _reviews(sentences: Sequence[str]) -> list[str]:
    """This paper's sentences that call it a review (not "the implications are discussed")."""
    return [s for s in _own(sentences, _SELF_REVIEW) if _STRONG_REVIEW.search(s) or not _NOT_REVIEW.search(s)]


def _people_counts(sentences: Sequence[str]) -> list[int]:
    """Every number of people the abstract gives ("Nine patients", "3 (33%) of 9 patients", "n = 9")."""
    counts = []
    for sentence in sentences:
        counts += [int(m.group(1).replace(",", "")) for m in _OPERATIONS_COUNT.finditer(sentence)]
        for match in _PEOPLE_COUNT.finditer(sentence):
            number, comma = match.group(1), match.group(2)
            if number is None:
                counts.append(int(match.group(4)))
            elif comma and re.fullmatch(r"(?:19|20)\d\d", number):
                continue  # "In 2010, four index cases": a year
            elif number[0].isdigit():
                counts.append(int(number.replace(",", "")))
            else:
                words = re.findall(r"[a-z]+", number.lower())
                big = {"hundred", "thousand"} & set(words)
                counts.append(100 if big else sum(_NUMBER_WORDS.get(w, 0) for w in words))
    return counts


def _counted_series(sentences: Sequence[str]) -> bool:
    """A handful of patients counted and described, and nothing of a planned study: a case series."""
    counts = _people_counts(sentences)
    if not counts or not 2 <= max(counts) <= _SERIES_MAX:
        return False
    # Data of its own: numbers, or the patients counted in a sentence of the authors' own ("We examined six
    # patients with ...").
    examined = any(_PEOPLE_COUNT.search(s) and _SERIES_PATIENTS.search(s) for s in _own(sentences, _PRIMARY))
    if not any(_SERIES_PATIENTS.search(s) for s in sentences) or not (
        any(_RESULTS.search(s) for s in sentences) or examined
    ):
        return False
    own = [s for s in sentences if not (_BACKGROUND.search(s) and not _SELF_MARK.search(s))]
    return not any(_PLANNED_STUDY.search(s) or _DECLARED.search(s) or _about_animals(s) for s in own)


def _classify_synthesis(sentences: Sequence[str]) -> EvidenceLevel | None:
    """Level 1 from the methods: this paper's own meta-analysis or systematic search."""
    support = len(_own(sentences, _META_SUPPORT))
    searched = any(
        _BIBLIOGRAPHIC.search(s) or not _LOCAL_RECORDS.search(s) for s in _own(sentences, _SELF_SR)
    )
    if _own(sentences, _SELF_META) or support >= 2 or (support and searched):
        return EvidenceLevel(1, "meta-analysis", _TXT)
    if searched:
        return EvidenceLevel(1, "systematic review", _TXT)
    return None


def _classify_abstract(sentences: Sequence[str]) -> tuple[EvidenceLevel, int] | None:
    """Ordered checks: syntheses and reviews first, because they quote every other design in passing."""
    synthesis = _classify_synthesis(sentences)
    if synthesis is not None:
        return synthesis, _FIRM
    if _own(sentences, _SELF_CONSULT) and _expert_advice(sentences):
        # "The society convened a panel of experts ... the need for labelling was emphasised": guidance,
        # although such reports summarise what the experts considered.
        return EvidenceLevel(2, "guideline", _TXT), _FIRM
    if _reviews(sentences):
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    if _own(sentences, _SELF_GUIDE):
        return EvidenceLevel(2, "guideline", _TXT), _FIRM
    rct = _own(sentences, _RCT_ALLOCATION)
    if any(_RESULTS.search(s) for s in sentences):
        rct += _own(sentences, _RCT_PHRASE)
        if not _own(sentences, _NRT_NAMED):  # "an open-label extension after placebo" is not randomized
            rct += [
                s for s in _own(sentences, _PLACEBO_ARMS) if not any(_ONE_ARM.search(t) for t in sentences)
            ]
    if not any(re.search(_ONE_ARM_OF_TRIAL, t, re.IGNORECASE) for t in sentences):
        rct += _own(sentences, _ARMS_REANALYSED)
    if any(not _about_animals(s) and not _about_objects(s) for s in rct):
        return EvidenceLevel(2, "randomized trial", _TXT), _FIRM
    cases = [s for s in _own(sentences, _CASE_REPORT) if _CASE_REPORT.search(_ELIGIBLE_DESIGNS.sub(" ", s))]
    if cases:
        return EvidenceLevel(4, _case_type(cases), _TXT), _FIRM
    if _counted_series(sentences):
        return EvidenceLevel(4, "case series", _TXT), _CUED
    if (
        len({m.group(1) for s in sentences for m in _CITED.finditer(s)}) >= 2
        and not any(_RESULTS.search(s) for s in sentences)
        and not _own(sentences, _PRIMARY)
        and not _own(sentences, _PROCEDURE)
    ):
        # Two others' works cited by name ("(Xu et al, Collombat et al)") and nothing done or found here: a
        # review, whose mice and cells are the findings it relates. One citation may be the method a lab paper
        # builds on ("[Miller et al., 2009]").
        return EvidenceLevel(3, "narrative review", _TXT), _CUED
    animal_rct = any(_about_animals(s) for s in rct)
    return _classify_primary(sentences, animal_rct=animal_rct, object_rct=bool(rct) and not animal_rct)


def _classify_primary(
    sentences: Sequence[str], animal_rct: bool, object_rct: bool
) -> tuple[EvidenceLevel, int] | None:
    """Among primary studies, count the sentences that carry each design's cues and take the best supported.

    Explicit design names (cohort, case-control) count double: they are rarer and more deliberate than
    circumstantial cues such as "in vitro" or "cells were treated".
    """
    human = sum(1 for s in sentences if _HUMAN.search(s) or _genetic_association(s))
    animal = [s for s in _own(sentences, _SELF_ANIMAL) if _about_animals(s) and not _FIELD_AT_WORK.search(s)]
    in_vitro = [] if _serum_bioassay(sentences) else _own(sentences, _SELF_INVITRO)
    if human == 0:
        in_vitro += [s for s in _own(sentences, _IVF) if s not in in_vitro]
    in_vitro = [s for s in in_vitro if not _FIELD_AT_WORK.search(s)]
    people = [s for s in sentences if s not in animal]  # "a cohort of mice" is not a cohort study
    mechanistic = len({*_own(sentences, _MECHANISTIC), *in_vitro})
    # No data, no findings or procedures of its own and hardly any laboratory vocabulary: an essay, in which one
    # mention of growing parasites "in vitro" or of an experiment in hamsters is topic, not design.
    essay = (
        not any(_RESULTS.search(s) for s in sentences)
        and not _own(sentences, _PRIMARY)
        and not _own(sentences, _PROCEDURE)
        and mechanistic < 2
    )

    def observational(pattern: re.Pattern[str]) -> float:
        return 2.0 * len(_own(people, pattern))

    scores: dict[tuple[int, str], float] = {
        (3, "case-control study"): observational(_SELF_CC),
        (3, "cohort study"): observational(_SELF_COHORT) + 0.5 * observational(_COHORT_PERIOD),
        (3, "cross-sectional study"): observational(_SELF_XS) + observational(_AUTOPSY_SERIES),
        (3, "ecological study"): observational(_SELF_ECO),
        (3, "non-randomized trial"): 1.0 * len(_own(people, _SELF_NRT)) + 1.0 * len(_own(people, _NRT_NAMED)),
        (4, "animal study"): _lab_score(animal, human, essay) + (2.0 if animal_rct else 0.0),
        (4, "in vitro study"): _lab_score(in_vitro, human, essay),
        (4, "laboratory study"): (2.0 if object_rct else 0.0) + 1.5 * len(_own(sentences, _LINKAGE)),
    }
    declared = set()
    for sentence in _own(people, _DECLARED):
        declared.add(_declared_type(sentence))
        scores[(3, _declared_type(sentence))] += 4.0
    best, score = max(scores.items(), key=lambda item: item[1])
    enrolled = any(_ENROLLED.search(s) for s in sentences)
    # Own work shows in findings ("we show") or, in papers written in the passive, in two procedures.
    own_work = bool(_own(sentences, _PRIMARY)) or len(_own(sentences, _PROCEDURE)) >= 2
    molecular = mechanistic >= 2 and mechanistic >= 3 * human and not enrolled and own_work
    # Laboratory papers name their sample collections with cohort words ("an expanded patient cohort" validating
    # a mechanism, sequences "sampled longitudinally"): one such sentence does not outweigh a paper about
    # molecules. Other designs' cues (people given a supplement, cases against controls) are not borrowed so.
    borrowed = molecular and best == (3, "cohort study") and score <= 2.0 and best[1] not in declared
    # Bacterial isolates from "patients admitted from 2007 to 2009": the span of years dates the material's
    # source; with more sentences about the material than about people it is not a cohort.
    borrowed = borrowed or (
        best == (3, "cohort study")
        and score <= 1.0
        and best[1] not in declared
        and _without_people(sentences, human, enrolled, essay)
    )
    if score > 0 and not borrowed:
        return EvidenceLevel(best[0], best[1], _TXT), _FIRM if best[1] in declared else _CUED
    if human == 0 and _own(sentences, _SELF_LAB):
        return EvidenceLevel(4, "laboratory study", _TXT), _CUED
    if molecular:
        # Laboratory work that never says "cells were treated" or "mice were fed" (the sentences are about
        # molecules, not people): the type from any mention of animals or cells, else generic.
        if animal or any(_about_animals(s) for s in sentences):
            return EvidenceLevel(4, "animal study", _TXT), _WEAK
        if in_vitro or sum(1 for s in sentences if _CELLS.search(s)) >= 2:
            return EvidenceLevel(4, "in vitro study", _TXT), _WEAK
        return EvidenceLevel(4, "laboratory study", _TXT), _WEAK
    if _without_people(sentences, human, enrolled, essay):
        return EvidenceLevel(4, "laboratory study", _TXT), _CUED
    lab_cue = (
        mechanistic >= 2
        or any(
            _CELLS.search(s) or _NON_HUMAN_MATERIAL.search(s) or _INSTRUMENT.search(s) or _MECHANICS.search(s)
            for s in sentences
        )
        or bool(_own(sentences, _SELF_LAB))
        or (mechanistic >= 1 and bool(_own(sentences, _SOFTWARE)))
    )
    simulated = bool(_own(sentences, _MODELLING))
    # Illness, deaths, costs or QALYs in two sentences: the health of a population, modelled or counted.
    population = sum(1 for s in sentences if _POPULATION_HEALTH.search(s)) >= 2
    if (
        human == 0
        and not enrolled
        and not essay
        and own_work
        and lab_cue
        and not simulated
        and not population
    ):
        # Work of its own on material, cells or molecules that never names a person (flour assayed, bacterial
        # cells transferred to boards, cells filmed): every level-3 design studies people. Without such a cue
        # (facilities inspected, a simulation, a scale tested on "samples" of students) it stays level 3.
        if any(_about_animals(s) for s in sentences):
            return EvidenceLevel(4, "animal study", _TXT), _WEAK
        if in_vitro or sum(1 for s in sentences if _CELLS.search(s)) >= 2:
            return EvidenceLevel(4, "in vitro study", _TXT), _WEAK
        return EvidenceLevel(4, "laboratory study", _TXT), _WEAK
    return None


def _without_people(sentences: Sequence[str], human: int, enrolled: bool, essay: bool) -> bool:
    """Work on foods, instruments, genomes, microbes or cadavers that counts no people: laboratory work.

    Two sentences about such material outweighing those about people suffice when the abstract reports work of
    its own; three when it reports nothing (an instrument or a classification described).
    """
    if enrolled:
        return False
    if not essay and human == 0 and any(_PROCEDURE.search(s) for s in _own(sentences, _CADAVERS)):
        # Bodies dissected, operated on or drilled are the material however few sentences name them; cadavers
        # only counted ("discs from 273 cadavers" correlated with age) are an autopsy series of people.
        return True
    if essay:
        return human == 0 and sum(1 for s in sentences if _INSTRUMENT.search(s)) >= 3
    # A sentence that also names people ("human milk samples", "women who used cooking oil") is about them.
    material = sum(
        1
        for s in sentences
        if (_NON_HUMAN_MATERIAL.search(s) or _INSTRUMENT.search(s))
        and not _HUMAN.search(s)
        and not _HUMAN_MATERIAL_WORD.search(s)
    )
    return material >= 2 and material > human


def _declared_type(sentence: str) -> str:
    match = _DECLARED.search(sentence)
    design = re.sub(r"[-\s]+", "-", match.group(1).lower()) if match else ""
    return {"case-control": "case-control study", "cross-sectional": "cross-sectional study"}.get(
        design, "cohort study"
    )


def _lab_score(hits: Sequence[str], human_sentences: int, essay: bool) -> float:
    """One stray animal or cell sentence in an abstract about people, or in an essay, is not the design."""
    if len(hits) == 1 and (human_sentences > 1 or essay):
        return 0.0
    return 1.5 * len(hits)


def _text_design(title: str, sentences: Sequence[str]) -> tuple[EvidenceLevel, int]:
    """The design from title and abstract, with how firmly the text named it."""
    found = _classify_title(title or "", sentences)
    if found is not None and found.level > 1 and found.study_type != "guideline":
        # Titles often name what was pooled rather than the pooling ("Coffee in prospective cohorts", "...
        # in rodent models", "a review of the evidence"); only the methods say the review was systematic.
        # Guidelines are exempt: they are built on systematic reviews and rank on their own.
        synthesis = _classify_synthesis(sentences)
        if synthesis is not None:
            return synthesis, _FIRM
    topic_only = found is not None and found.study_type in {"animal study", "in vitro study"}
    if found is not None and found.study_type == "in vitro study" and _serum_bioassay(sentences):
        # "Effect of a diet on the growth of prostate cells" grown in the dieters' serum: graded as the
        # intervention in people.
        found = None
    if topic_only and any(_STRONG_REVIEW.search(s) for s in _reviews(sentences)):
        # "Coxibs in animal models of cancer" names the topic; "this review focuses on" the design.
        return EvidenceLevel(3, "narrative review", _TXT), _FIRM
    if found is not None:
        return found, _FIRM
    graded = _classify_abstract(sentences)
    if graded is not None:
        return graded
    if sentences and not any(_RESULTS.search(s) for s in sentences) and not _own(sentences, _PRIMARY):
        # No design language, no data and no findings of its own: an essay, a narrative review on this scale.
        return EvidenceLevel(3, "narrative review", _TXT), _WEAK
    if _people_counts(sentences) and not any(_GIVEN_OR_FOLLOWED.search(s) for s in sentences):
        # Counted people measured once (vegetarians compared with omnivores, milk of 59 mothers assayed), with
        # nothing given to them and no time passing: a cross-sectional comparison.
        return EvidenceLevel(3, "cross-sectional study", _TXT), _WEAK
    return EvidenceLevel(3, "other", _TXT), _WEAK


def _allocation_cue(sentences: Sequence[str]) -> bool:
    """Any word of random allocation or blinding in this study's own sentences about people."""
    for sentence in _own(sentences, _ALLOCATION_CUE):
        if _ALLOCATION_CUE.search(_NOT_ALLOCATION.sub(" ", sentence)) and not (
            _about_animals(sentence) or _about_objects(sentence)
        ):
            return True
    return False


def _with_mesh(
    text: EvidenceLevel, tier: int, mesh: frozenset[str], sentences: Sequence[str]
) -> EvidenceLevel:
    """Let the MeSH check tags and design headings correct or refine what the text only inferred."""
    if not mesh or text.level == 1:
        return text
    named_review = tier == _FIRM and text.study_type in {"narrative review", "guideline"}
    if "animals" in mesh and "humans" not in mesh and not mesh & _MESH_SURVEYED:
        # Indexers tag "Humans" whenever people were studied, so "Animals" alone settles the subjects: a
        # randomized trial or a cohort of dogs is an animal study. A review keeps its design, and level-4 text
        # (cells, a veterinary case) its more specific type.
        if text.level == 4 or named_review:
            return text
        return EvidenceLevel(4, "animal study", _MESH)
    if tier == _FIRM:
        return text
    if text.level == 3 and mesh & _MESH_BLINDING and _allocation_cue(sentences):
        # "Random Allocation" is also given to random sampling and simulations: it only confirms a trial
        # whose text speaks of random allocation or blinding in wording the text rules do not accept.
        return EvidenceLevel(2, "randomized trial", _MESH)
    lab_work = bool(mesh & _MESH_LAB)
    if text.level == 3 or (tier == _WEAK and not lab_work):
        for heading, study_type in _MESH_DESIGNS:
            if heading in mesh:
                return EvidenceLevel(3, study_type, _MESH)
        if tier == _WEAK and mesh & _MESH_TIMING:
            return EvidenceLevel(3, "cohort study", _MESH)
    return text


def classify_evidence(
    publication_types: Sequence[str], title: str, abstract: str, mesh: Sequence[str] = ()
) -> EvidenceLevel:
    """Grade a source: publication types when they name a design, then title, abstract and MeSH headings."""
    types = {t.strip().lower() for t in publication_types if t and t.strip()}
    named = sorted(_PUBLICATION_TYPES[t] for t in types if t in _PUBLICATION_TYPES)
    if named and named[0][0] <= 2:
        return EvidenceLevel(*named[0], _PT)  # strongest named design; sorted() makes ties deterministic
    headings = frozenset(m.strip().lower() for m in mesh if m and m.strip())
    if types & _REVIEW_TYPES:
        # Older systematic reviews are indexed only as "Review"; let the text upgrade them.
        text = _classify_text(title, abstract, headings)
        return text if text.level == 1 else EvidenceLevel(3, "narrative review", _PT)
    if types & _GENERIC_TRIALS:
        # "Clinical Trial" says people were given an intervention, not that allocation was random.
        text = _classify_text(title, abstract, headings)
        return text if text.level <= 2 else EvidenceLevel(3, "non-randomized trial", _PT)
    if named:
        level, study_type = named[0]
        if study_type == "observational study":
            # "Observational Study" does not say which kind; the text or the MeSH headings usually do.
            text = _classify_text(title, abstract, headings)
            if text.level == 3 and text.study_type in _OBSERVATIONAL:
                study_type = text.study_type
        return EvidenceLevel(level, study_type, _PT)
    return _classify_text(title, abstract, headings)


# Unicode hyphens, dashes and minus signs ("meta\u2010analysis", "case\u2013control") read as the ASCII hyphen
# every pattern is written with; a soft hyphen is dropped and the odd spaces become plain ones.
_DASHES = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "\u00ad": None,
        **dict.fromkeys("\u00a0\u2009\u202f", " "),
    }
)


def _normalise(text: str) -> str:
    return (text or "").translate(_DASHES)


def _classify_text(title: str, abstract: str, mesh: frozenset[str] = frozenset()) -> EvidenceLevel:
    title, abstract = _normalise(title), _normalise(abstract)
    sentences = _sentences(abstract)
    text, tier = _text_design(title, sentences)
    return _with_mesh(text, tier, mesh, sentences)
