"""The grading conventions the rules implement, in one place, so that labellers and reviewers find them without
reading the patterns; each rule's own comment, in the module that holds it, says the same for that rule. This
module holds no code.

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
  pilot, prospective, enrolled, controls, volunteers, a named design, people fed or supplemented, an effect
  "measured in" them). A feeding experiment in eight women stays a non-randomized trial (level 3), and so does
  "the effect of head-down tilt on venous pressure was measured in 10 patients".
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
* A survey is a cross-sectional cue only as a survey of people: by its kind ("a postal survey", "online
  surveys"), a named national survey ("the National Health Interview Survey"), people who completed or answered
  it, or the authors who ran it ("we conducted a survey", "this survey"). "Survey" as a verb ("to survey the
  transcriptome"), a skeletal or anatomic survey, a literature survey and the Geological Survey are not.
* A method "applied" to material is a procedure of the paper's own, like "were measured". A title naming
  prevalence or a survey heads a survey of people only if the title or abstract names people ("Prevalence of
  aluminium residues in milk" with samples analysed is laboratory work). "Recommendations for ..." in a title is
  guidance only when a body issues them ("American Academy of Pediatrics recommendations on ...") or the abstract
  recommends and counts nobody; a review summarising advice and a study of who recommends what are not. Case
  reports used as surveillance data ("AIDS case reports ... were used to monitor the epidemic") are not a case
  described. Tumour-bearing mice treated are an animal study, and molecular evolution read from sequences
  (substitution rates, phylogenies, selection) is laboratory work even on DNA from counted people.
* A population is of people unless its sentence is about cells or microbes ("a stable population of Tregs", "the
  infecting population goes through a population bottleneck, from which few bacteria escape"). An abstract that
  cites references by number in three sentences ("[1]", "[4-6]") and never says "we" or "our" is a commentary on
  others' work (narrative review). A report that gives proportions of what it observed in two sentences ("89% of
  stores offered recommendations") is a study, not an expert body's advice.
* A title that only says time passed ("Longitudinal changes of ...", "a 1-year follow-up") yields to an abstract
  whose participants were randomly allocated or "received one of four treatments: placebo, ..."; "cohort" or "a
  longitudinal study" in the title still names the design. People "randomized to the intervention arm of a
  trial" and studied here as one group were allocated by someone else's trial. Immune subsets named with a
  digit ("ILC1 cells", "Th17 cells") are cell types in people, not cell lines; boars are animals; a molecule
  that donates a group ("an H2S donor", "methyl-donor") is no person.
* Round 12: hogs and fruit flies are animals, but a dog that sniffs patients' samples ("canine scent
  detection") is the instrument and the patients the subjects. "We have found" is this work's finding ("we
  have previously shown" stays prior work); "in the present paper we review" is a review. Pills given "randomly
  and in a double blind manner" against placebo make a randomized trial. A survey of products ("this survey of
  commercial juices") is not a survey of people; a survey "of food intakes" still is.
* Round 13: "we searched" is a literature search only when it names published work or a database ("we searched
  for evidence of pathology in autopsies" is the authors' own inquiry), and a systematic search "to identify all
  stores" finds shops, not studies. "Do physicians follow ... guidelines?" is a study of guidance. Trials and
  case series that a review reads ("review three clinical trials and ten case series") are not its design.
  Parallel groups given a procedure or a sham ("genuine, sham or no acupuncture") make a randomized trial like
  placebo arms. The nutrient content of food products and products on sale in shops are laboratory material;
  "TH2 cells" are an immune subset, not a cell line; "we describe a role for" and "our results define" are
  this work's findings.
* Round 14: a closing "The possibility that ... is discussed" is a review's cue only
  when the abstract tells no work of its own ("In the present study, we tested ..."; "we have shown" may recall
  earlier work and does not count). "Primary thyrocyte cultures" are cell culture (primary blood or urine
  cultures are not). "A cross-sectional survey of 225 stores" surveys shops, not people, and prices per serving
  or per 100 g are those of products. "487 calcium balances from previously published reports have been
  collected and analysed" is a pooled analysis (level 1).
* Round 15: cases presented by the article or its aim ("This article presents two cases", "To report three
  cases") or named again by their count ("These four cases may belong to ...") make a case series. A crossover
  whose treatments came "in a randomised order" is a randomized trial, and so is a substudy of a named trial
  whose title sets two treatments against each other ("A vs. B ...: a substudy from the X trial"). Laboratory
  work named by what it did to its material is level 4: tumours or cases "analysed immunohistochemically",
  bacterial isolates tested or typed, an analytical method "presented" or "developed" (with chromatography or an
  assay named), commercial or retail foods compared, a tool closing with "AVAILABILITY http://..." that names
  no person, cultured macrophages named with their origin or cells in "culture media", and technique
  experiments told in the passive ("hybridization experiments show") beside a closing "... is discussed".
* Round 16: "transgenic" crops, plants or maize are not animals. Cells "permeabilized" are cells in a dish, and
  molecules "which might become participants in the apoptotic pathway" are no people, nor are "human experts" or
  "'clear' cases" that a tool with an AVAILABILITY address never counts. Tumour material worked on is
  laboratory work: RNA "isolated from formalin-fixed, paraffin-embedded specimens", image cytometry "on tumour
  imprint preparations". One animal or cell sentence told as the paper's finding ("we showed ... in treating
  tumour-bearing mice") counts when the people are named only in the introduction (no data, procedure or
  finding names them). A passive biochemistry paper shows its own work in molecules measured in two sentences
  ("required a minimum of 33 to 43 bp"); "stone formers" are patients.
* Round 17: participants who "randomly received" (or "randomly consumed") one of several treatments, or took them
  "according to a randomized procedure", are randomized; images "randomly assigned to two blinded readers" are
  not (in the text and as backing for a "Random Allocation" heading). Animals named as a trade ("workers in pig
  abattoirs", "poultry workers", "dog owners") are not study animals. A review naming itself ("This review
  summarizes ...", "PURPOSE OF REVIEW") stays a review where the same sentence relates what other studies "have
  demonstrated", and so outweighs a title naming cells ("... in stem cell biology").
* Round 18: in a paper that names no person, "we" with a verb of work done ("We have dissected the stages of
  ...", "We isolated a mutant allele", "We explored how ...") is own work, but not what the authors reviewed,
  supposed or realised ("more nuanced than we realized"); so is "we provide the first direct evidence that" (not
  a review's "evidence for" a compound's activities) and a tool that "can be downloaded at http://...". A
  "randomisation test" is a test of significance, no allocation (in the text and under "Random Allocation").
  A drug "given to" animals ("giving prophylactic Truvada to macaque monkeys") makes them study animals, and
  samples of a named food ("beef samples") are material like "meat samples".
* Round 19: foods on sale named in the plural ("a variety of commercial milks") and foods "marinated" (as fried
  or baked) are material. Tumours or cases "examined for genomic alterations" (mutations, microsatellite
  instability, methylation) are laboratory work, and "a cohort of endometrial cancers" is a collection of
  specimens, not a cohort study. Studies, observations or models "that (also) demonstrate" something, in the
  present tense, are others' work ("corroborated by observations in mouse tumour models that also demonstrate
  ..."). Patients who "completed the study" took part in a planned study, not a counted case series.
* Round 21: "a non-systematic literature review" is none, and "we conducted a systematic review of all the published
  studies" is one (level 1). Software or an algorithm for sequence data told as this paper's ("a new program, which is
  freely available") is laboratory work, a title about one patient ("... in a patient with ...") a case report, and
  case series pooled as a model's data source no case series.
* Round 23: a paper that declares itself a cohort study ("Design Prospective cohort study") and reports a "pooled
  analysis" pools its own cohorts (level 3), unless it names a meta-analysis, a search or published data. People
  "randomized to the placebo arm of the PCPT" (a trial named by its acronym) were allocated by that trial. Focus
  groups or interviews behind a title about guidance make a study, not guidance. "This overview of ... considers"
  is a review; "we genetically deleted" (a manner adverb before the verb) is own work, "we previously deleted"
  is not; more than a dozen pregnancies or births counted are no handful of cases.
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
"""
