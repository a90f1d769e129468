"""The seeded samples the evidence-level labels were drawn in, in order, and what each scored.

Samples are drawn with ``random.Random(seed).sample`` from the corpus sorted by namespaced id, in the order
listed in ``LABEL_SETS``, each from the sources no earlier sample took (a keyword stratum only from those whose
title, or abstract for PubMedQA, matches ``STRATUM_KEYWORDS``). The draws are recomputed here rather
than stored. A sample is *tuned* if the regexes were written or adjusted while reading its misses, so its
score is optimistic; a *held-out* sample was labelled before the classifier was scored on it and never used
to change it:

* NFCorpus tuning-1 (seed 7, 60) and held-out-1 (seed 11, 40): the first round; held-out-1 was scored once
  when the classifier was first frozen, and its misses were not used for the issue-5 or round-4 changes.
* round-2 (issue 5): NFCorpus (seed 31, 20), PubMedQA (seed 23, 40) and SciFact (seed 29, 40; the original
  corpus), labelled by reading title and abstract before the classifier ran on them. Scored once before
  any change: level accuracy 0.820 (NFCorpus 0.950, PubMedQA 0.900, SciFact 0.675), study type 0.500. The
  classifier was then tuned on their misses (0.970 after), so they are *tuned* now.
* held-out-3 (NFCorpus seed 41, PubMedQA 43, SciFact 47; 20 each): drawn and labelled after that tuning and
  scored once with the classifier frozen: level accuracy 0.883 (NFCorpus 0.850, PubMedQA 1.000, SciFact
  0.800), study type 0.567. Its misses were then read and fixed by general rules (round 4: MeSH headings,
  randomized objects, groups formed "randomly", one lab cue in an essay, cohort words borrowed by molecular
  papers, methods papers), so it is *tuned* now (1.000 after).
* held-out-4 (round 4; NFCorpus seed 53, PubMedQA 59, SciFact 61; 30 each) and stratum-4 (NFCorpus seed 67,
  8; PubMedQA 71, 6; SciFact 73, 8; drawn after held-out-4 among sources matching ``STRATUM_KEYWORDS``, so
  not a random sample: it measures levels 1 and 2, thin in random draws). Ids were drawn before the round-4
  changes and kept out of every look at the corpora while tuning; title and abstract were read and labelled
  (MeSH not shown) after the classifier was frozen, then scored once: held-out-4 level accuracy 0.878
  (NFCorpus 0.867, PubMedQA 0.933, SciFact 0.833), study type 0.578; stratum-4 0.955 (21 of 22; NFCorpus
  1.000, PubMedQA 0.833, SciFact 1.000), study type 0.818. Round 5 read and fixed their misses by general
  rules (Unicode hyphens, statistical heterogeneity only, work without people, case series by count, expert
  consultations, models of guidelines, autopsy series, placebo arms), so both are *tuned* now (1.000 after).
* held-out-5 (round 5; NFCorpus seed 79, PubMedQA 83, SciFact 89; 30 each, random): drawn after every earlier
  sample, so it excludes every labelled id; drawn and labelled from title and abstract (MeSH not shown) after
  the round-5 classifier was frozen, then scored once: level accuracy 0.900 (81 of 90; NFCorpus 0.933,
  PubMedQA 0.767, SciFact 1.000), study type 0.722. The round-4 classifier scores the same 0.900 on it (same
  nine misses). Round 6 read and fixed six of its nine misses by general rules (a hospital database searched,
  chart and smear reviews with long subjects, post hoc comparisons of a trial's arms, chickens as subjects,
  years before words for people, nutrient content of foods, dissected cadavers, serum bioassays of an
  intervention), so it is *tuned* now (0.967 after).
* held-out-6 (round 6; NFCorpus seed 97, PubMedQA 101, SciFact 103; 30 each, random): drawn after every
  earlier sample, ids drawn before the round-6 changes and kept out of every look at the corpora while tuning;
  labelled from title and abstract (MeSH not shown) after the round-6 classifier was frozen, then scored
  once: level accuracy 0.900 (81 of 90; NFCorpus 0.933, PubMedQA 0.933, SciFact 0.833), study type 0.667;
  all nine misses were level-4 work read as level 3. This is the number to quote. Round 6 then fixed five of
  the nine by general rules (work on material or cells that names no person, molecular work written in the
  passive, "ecological" as biology in a title), so it is *tuned* now (0.956 after); round 7 fixed the other
  four (channels recorded in CHO cells, linkage mapping, fracture mechanics, a software tool): 1.000.
* held-out-7 (round 7; NFCorpus seed 107, PubMedQA 109, SciFact 113; 30 each, random): drawn after every
  earlier sample, ids drawn before the round-7 changes and kept out of every look at the corpora while
  tuning; labelled from title and abstract (MeSH not shown) after the round-7 classifier was frozen, then
  scored once: level accuracy 0.889 (80 of 90; NFCorpus 0.867, PubMedQA 0.900, SciFact 0.900), study type
  0.633; the round-6 classifier scores the same 0.889 on it (same ten misses). This is the number to quote.
  Round 7 then fixed seven of the ten by general rules (a possessive "cow's milk" is food, an analysis of the
  results of counted trials is a synthesis, operations counted set a series' size, bacterial isolates dated
  by admissions are material, "here, we" with a verb of results is own work, "in this review," with a
  comma, food samples purchased and analysed), so it is *tuned* now (0.967 after; 0.978 after round 8).
* held-out-8 (round 8; NFCorpus seed 127, PubMedQA 131, SciFact 137; 30 each, random): drawn after every
  earlier sample, ids drawn before the round-8 changes and kept out of every look at the corpora while
  tuning; labelled from title and abstract (MeSH not shown) after the round-8 classifier was frozen, then
  scored once: level accuracy 0.867 (78 of 90; NFCorpus 0.800, PubMedQA 0.967, SciFact 0.833), study type
  0.700; the round-7 classifier scores the same 0.867 on it (same twelve misses). This is the number to
  quote. Round 8 then fixed six of the twelve by general rules (a randomized "cross over" study, a Joint
  FAO/WHO expert committee's report, "the meta-analysis of all prospective studies", clinical histories
  presented, patients counted by the authors as a series, colony-forming assays), so it is *tuned* now
  (0.933 after; 0.944 after round 10; round 11 fixed its S. aureus row and lost its satellite-cell essay,
  right before only because a "population of stem cells" read as people: 0.944).
* held-out-9 (round 9; NFCorpus seed 139, PubMedQA 149, SciFact 151; 30 each, random): drawn after every
  earlier sample, with the round-8 classifier frozen unchanged; labelled from title and abstract (MeSH not
  shown) before the classifier was run on it, then scored once: level accuracy 0.878 (79 of 90; NFCorpus
  0.833, PubMedQA 0.900, SciFact 0.900), study type 0.689. This is the number to quote. Round 9 then fixed
  seven of the eleven misses by general rules (the published literature reviewed for articles of a kind,
  case designs named as exclusion criteria, "the authors present data", "current knowledge" and "future
  directions" in a title, two works cited by name with nothing done here, genes silenced in
  three-dimensional cultures, specimens counted from patients, radical-scavenging tests of extracted
  compounds), so it is *tuned* now (0.956 after). Round 10, before held-out-10 was drawn, fixed one more of
  its misses (an effect "measured in" ten patients is an experiment, not a case series) and relabelled one
  (MED-3928, seven patients given diets in turn: a non-randomized trial by the written convention, not a case
  series; with that label its scored-once number would read 0.889): 0.978 after.
* held-out-10 (round 10; NFCorpus seed 157, PubMedQA 163, SciFact 167; 30 each, random): ids drawn before the
  round-10 changes and kept out of every look at the corpora while tuning (the whole-corpus diffs hid them);
  labelled from title and abstract (MeSH not shown) after the round-10 classifier was frozen and before it
  was run on them, then scored once: level accuracy 0.911 (82 of 90; NFCorpus 0.867, PubMedQA 0.967,
  SciFact 0.900), study type 0.711; the round-9 classifier scores the same 0.911 on it (same eight misses).
  This is the number to quote. Round 10 then fixed seven of the eight by general rules (a method "applied"
  is a procedure, a prevalence title over an abstract naming nobody, "recommendations for" in a title without
  an issuing body or advice, case reports used as surveillance data, tumour-bearing mice, molecular evolution
  read from sequences), so it is *tuned* now (0.989 after; 1.000 after round 11, which fixed its T-cell
  manufacturing row before held-out-11 was scored).
* held-out-11 (round 11; NFCorpus seed 173, PubMedQA 179, SciFact 181; 30 each, random): ids drawn before the
  round-11 changes and hidden from every whole-corpus diff read while making them; labelled from title,
  abstract and (PubMedQA) MeSH headings after the round-11 classifier was frozen and before it was run on
  them, then scored once: level accuracy 0.933 (84 of 90; NFCorpus 0.933, PubMedQA 0.967, SciFact 0.900),
  study type 0.678; the round-10 classifier scores the same 0.933 on it (same six misses). This is the number
  to quote. Round 11 then fixed five of the six by general rules (placebo among treatments under a title that
  only says time passed, one arm of someone else's trial, immune subsets named with a digit, boars, chemical
  donors), so it is *tuned* now (0.989 after; unchanged by round 12).
* held-out-12 (round 12; NFCorpus seed 191, PubMedQA 193, SciFact 197; 30 each, random): drawn after every
  earlier sample with the round-11 classifier frozen unchanged; labelled from title and abstract (MeSH not
  shown, as in rounds 5-10) before the classifier was run on them, then scored once: level accuracy 0.900 (81
  of 90; NFCorpus 0.767, PubMedQA 1.000, SciFact 0.933), study type 0.622. This is the number to quote; the
  eight fresh samples held-out-5 to -12 pooled read 646 of 720 (0.897). Round 12 then fixed six of the nine
  misses by general rules (hogs and fruit flies are animals, a dog sniffing patients' samples is the
  instrument, "we have found" is own work, pills given "randomly and in a double blind manner" against placebo,
  a survey of products is not a survey of people), so it is *tuned* now (0.967 after; unchanged by round 13).
* held-out-13 (round 13; NFCorpus seed 199, PubMedQA 211, SciFact 223; 30 each, random): drawn after every
  earlier sample with the round-12 classifier frozen unchanged; labelled from title and abstract (MeSH not
  shown) before the classifier was run on them, then scored once: level accuracy 0.867 (78 of 90; NFCorpus
  0.867, PubMedQA 0.900, SciFact 0.833), study type 0.589; the round-12 classifier before its post-score fixes
  scores the same (same twelve misses). This is the number to quote; the nine fresh samples held-out-5 to -13
  pooled read 724 of 810 (0.894). Round 13 then fixed eight of the twelve misses by general rules ("we searched"
  only for published work, a systematic search for stores, "do physicians follow ... guidelines?", case series
  a review reads, sham arms, the nutrient content of food products and products on sale, "TH2 cells", "we
  describe a role for"), so it is *tuned* now (0.956 after); the next round needs a fresh sample (held-out-14)
  before any further tuning.
* held-out-14 (round 14; NFCorpus seed 227, PubMedQA 229, SciFact 233; 30 each, random): drawn after every
  earlier sample with the round-13 classifier frozen unchanged; labelled from title and abstract (MeSH not
  shown) before any classifier was run on them, then scored once: level accuracy 0.933 (84 of 90; NFCorpus
  0.900, PubMedQA 0.967, SciFact 0.933), study type 0.711. This is the number to quote; the ten fresh samples
  held-out-5 to -14 pooled read 808 of 900 (0.898). Round 14 wrote no rules: it tested a learned hybrid (the
  rules' level and type plus a hashed TF-IDF text model, trained on the rules' answers as each fresh sample was
  scored once), which gained 14 of 810 leave-one-sample-out but tied the rules on held-out-14 (84 of 90, two
  gains and two losses), so it was not shipped. Round 14's rules, written next, fixed three of its six misses
  by general rules (a closing "... is discussed" yields to work of this paper, primary tissue cultures are cells, a
  cross-sectional survey of stores and prices per serving are about products, data from published reports
  collected and analysed are a pooled analysis), so it is *tuned* now (0.967 after).
* held-out-15 (round 15; NFCorpus seed 239, PubMedQA 241, SciFact 251; 30 each, random): drawn after every
  earlier sample before round 14's rules were written; labelled from title and abstract (MeSH not shown) before
  any classifier was run on them, then scored once with the round-14 rules frozen: level accuracy 0.833 (75 of
  90; NFCorpus 0.833, PubMedQA 0.867, SciFact 0.800), study type 0.678; the round-13 classifier, before those
  rules, scores the same (identical levels and types). This is the number to quote; the eleven fresh samples
  held-out-5 to -15 pooled read 883 of 990 (0.892). Round 15 then fixed twelve of its fifteen misses by general
  rules (cases presented by the article or named by their count, a crossover in a randomised order, a substudy
  of a trial comparing two drugs, tumours stained immunohistochemically, isolates tested, an assay method
  developed, commercial foods compared, a tool with an availability address, cultured macrophages and culture
  media, technique experiments beside a closing "is discussed"), so it is *tuned* now (0.967 after).
* held-out-16 (round 16; NFCorpus seed 257, PubMedQA 263, SciFact 269; 30 each, random): drawn after every earlier
  sample before round 15's rules were written, with its rows hidden from the whole-corpus diffs read while writing
  them; labelled from title and abstract (MeSH not shown) before any classifier was run on them, then scored once
  with the round-15 rules frozen: level accuracy 0.900 (81 of 90; NFCorpus 0.933, PubMedQA 0.933, SciFact 0.833),
  study type 0.611; the round-14 rules, before round 15's, score the same (identical levels and types); that is its
  number to quote. The twelve fresh samples held-out-5 to -16 pooled read 964 of 1,080 (0.893). Round 16 then fixed
  eight of its nine misses by general rules (transgenic crops are plants, permeabilized cells are cells in a dish,
  molecules taking part in a pathway and uncounted "human experts" beside a tool's address are no people, RNA from
  embedded specimens and cytometry on tumour imprints are laboratory work, an animal finding outweighs patients
  named only in the introduction, molecules measured in base pairs are own work, stone formers are patients), so it
  is *tuned* now (0.989 after).
* held-out-17 (round 17; NFCorpus seed 271, PubMedQA 277, SciFact 281; 30 each, random): drawn after every
  earlier sample before round 16's rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them; labelled from title and abstract (MeSH not shown) before any classifier was run on them,
  then scored once with the round-16 rules frozen: level accuracy 0.878 (79 of 90; NFCorpus 0.833, PubMedQA
  0.933, SciFact 0.867), study type 0.633; the round-15 rules, before round 16's, score the same (identical
  levels and types). The thirteen fresh samples held-out-5 to -17 pooled read 1,043 of 1,170 (0.891). Round 17
  then fixed five of its eleven misses by general rules (crossovers whose children "randomly received" or drank
  "according to a randomized procedure", images randomly assigned to readers are no allocation, workers in pig
  abattoirs are people, a review naming itself beside what studies "have demonstrated"), so it is *tuned* now
  (0.933 after; 0.956 after round 18, whose rules also fixed its software tool and its yeast paper).
* held-out-18 (round 18; NFCorpus seed 283, PubMedQA 293, SciFact 307; 30 each, random): drawn after every
  earlier sample before round 17's rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them; labelled from title and abstract (MeSH not shown) before any classifier was run on them,
  then scored once with the round-17 rules frozen: level accuracy 0.900 (81 of 90; NFCorpus 0.933, PubMedQA
  0.967, SciFact 0.800), study type 0.711; the round-16 rules, before round 17's, score the same (identical
  levels and types). This is the number to quote; the fourteen fresh samples held-out-5 to -18 pooled read
  1,124 of 1,260 (0.892). Round 18 then fixed four of its nine misses by general rules (a drug "given to"
  monkeys, samples of a named food, "we provide the first direct evidence that", and "we" with a verb of work
  done in a paper that names no person), so it is *tuned* now (0.944 after).
* held-out-19 (round 19; NFCorpus seed 311, PubMedQA 313, SciFact 317; 30 each, random): drawn after every
  earlier sample before round 18's rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them; labelled from title and abstract (MeSH not shown) before any classifier was run on them,
  then scored once with the round-18 rules frozen: level accuracy 0.922 (83 of 90; NFCorpus 0.867, PubMedQA
  0.967, SciFact 0.933), study type 0.633; the round-17 rules, before round 18's, score the same (identical
  levels and types). This is the number to quote; the fifteen fresh samples held-out-5 to -19 pooled read
  1,207 of 1,350 (0.894). Round 19 then fixed five of its seven misses by general rules (commercial foods named
  in the plural, foods marinated, tumours examined for genomic alterations and "a cohort of endometrial
  cancers", studies or models "that also demonstrate" as others' work, patients who "completed the study"), so
  it is *tuned* now (0.978 after).
* held-out-20 (round 20; NFCorpus seed 331, PubMedQA 337, SciFact 347; 30 each, random): drawn after every
  earlier sample before round 19's rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them; labelled from title and abstract (MeSH not shown) before any classifier was run on them,
  then scored once with the round-19 rules frozen: level accuracy 0.911 (82 of 90; NFCorpus 0.900, PubMedQA
  0.933, SciFact 0.900), study type 0.633; the round-18 rules, before round 19's, score the same (identical
  levels and types). This is the number to quote for the rules; the sixteen fresh samples held-out-5 to -20
  pooled read 1,289 of 1,440 (0.895). The shipped classifier (the same frozen rules with the learned second
  opinion trained up to held-out-19, its weights frozen before these labels existed) scored it once too: 0.922
  (83 of 90; three gains, two losses). Its misses were not fixed: held-out-20 is *not tuned*.
* held-out-21 (round 21; NFCorpus seed 349, PubMedQA 353, SciFact 359; 30 each, random): drawn after every
  earlier sample, held-out-20 included, with the round-19 rules and the second opinion retrained on held-out-20's
  scored-once answers (model 02cabd4a) both frozen unchanged (HEAD 31ed566; no rule was written in round 21);
  labelled from title and abstract (MeSH not shown) before any classifier was run on them, then scored once:
  the rules alone 0.844 (76 of 90; NFCorpus 0.833, PubMedQA 0.967, SciFact 0.733), study type 0.656, the number
  to quote for the rules; the seventeen fresh samples held-out-5 to -21 pooled read 1,365 of 1,530 (0.892). The
  shipped classifier scored it once too: 0.889 (80 of 90; five gains, one loss). Seven of the rules' fourteen
  misses are level-4 work read as level 3 (software and theory for sequences, mice, chickens, a case report), and
  two are a false level 1 and a false level 2 (a "non-systematic literature review"; a case-control comparison
  its authors call a "randomized controlled study"). The round-21 rules (written in round 22) then fixed seven of
  its fourteen misses by general rules ("a non-systematic literature review" is none, "we conducted a systematic
  review" is one, software or an algorithm for sequence data told as the paper's, a title about one patient, case
  series pooled as a model's data source), so it is *tuned* now (0.922 after).
* held-out-22 (round 22; NFCorpus seed 367, PubMedQA 373, SciFact 379; 30 each, random): drawn after every
  earlier sample before the round-21 rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them (none of them changed); labelled from title and abstract (MeSH not shown) before any
  classifier was run on them, then scored once with the round-21 rules and the second opinion retrained on
  held-out-21's scored-once answers (model 99e45cf6) both frozen: the rules alone 0.844 (76 of 90; NFCorpus
  0.867, PubMedQA 0.867, SciFact 0.800), study type 0.600, the number to quote for the rules; the eighteen
  fresh samples held-out-5 to -22 pooled read 1,441 of 1,620 (0.890). The shipped classifier scored it once too: 0.911 (82 of 90; six gains, no
  loss). Five of the rules' fourteen misses are level-4 work read as level 3 and three are false levels 2 (a
  trial recommended for the future, a cost-effectiveness analysis built on a trial, a comparison of a trial's
  patients with matched ones). The round-22 rules (written in round 23) then fixed five of its fourteen misses by
  general rules (a randomized trial the authors say "is indicated" is future work, a design name carrying its
  abbreviation in brackets, operations counted past a dozen are no handful of cases, a title naming cells as a
  review's topic or in clinical use over an abstract with no work of its own), so it is *tuned* now (0.900 after).
* held-out-23 (round 23; NFCorpus seed 383, PubMedQA 389, SciFact 397; 30 each, random): drawn after every
  earlier sample before the round-22 rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them (none of them changed); labelled from title and abstract (MeSH not shown) before any
  classifier was run on them, then scored once with the round-22 rules and the second opinion retrained on
  held-out-22's scored-once answers (model e672e679) both frozen: the rules alone 0.900 (81 of 90; NFCorpus
  0.800, PubMedQA 0.967, SciFact 0.933), study type 0.622, the number to quote for the rules; the nineteen fresh
  samples held-out-5 to -23 pooled read 1,522 of 1,710 (0.890). The shipped classifier scored it once too: 0.922
  (83 of 90; two gains, no loss). Four of the rules' nine misses are false levels 1 or 2 (a pooled analysis of
  two cohorts read as a meta-analysis, a cohort in a trial's placebo arm and a post hoc analysis pooling a trial's
  arms read as trials, a report of focus groups read as guidance). The round-23 rules (written in round 24) then
  fixed five of its nine misses by general rules (a declared cohort study pooling its own cohorts is no
  meta-analysis, one arm of a trial named by its acronym, focus groups behind a title about guidance, "this
  overview of ... considers", pregnancies counted past a dozen) and one held-out-22 miss ("we genetically
  deleted" is own work), so it is *tuned* now (0.956 after).
* held-out-24 (round 24; NFCorpus seed 401, PubMedQA 409, SciFact 419; 30 each, random): drawn after every
  earlier sample before the round-23 rules were written, with its rows hidden from the whole-corpus diffs read
  while writing them (none of them changed); labelled from title and abstract (MeSH not shown) before any
  classifier was run on them, then scored once with the round-23 rules and the second opinion retrained on
  held-out-23's scored-once answers (model 7a3197aa) both frozen: the rules alone 0.922 (83 of 90; NFCorpus
  0.833, PubMedQA 0.967, SciFact 0.967), study type 0.622, the number to quote for the rules; the twenty fresh
  samples held-out-5 to -24 pooled read 1,605 of 1,800 (0.892). The shipped classifier scored it once too: 0.922
  (83 of 90; two gains, two losses, the first sample where the second opinion gained nothing net). Three of the
  rules' seven misses are randomized trials read as level 3 or 4 ("randomly divided", "Randomly and under a
  double-blind procedure", "randomly presented"). Its misses were not fixed: held-out-24 is *not tuned*.

held-out-1, held-out-20 and held-out-24 are the random samples never tuned on: held-out-1's misses were read
again in round 5 but no rule was written for them (its score is unchanged at 0.925); no rule was written for
held-out-20's misses (round 21 only measured, round 22 wrote rules for held-out-21's, round 23 for held-out-22's
and round 24 for held-out-23's), so it stays untuned too, and the misses of all three are left for a later round.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.records import SourceRecord

LABELS_DIR = Path(__file__).resolve().parent / "labels"


@dataclass(frozen=True)
class Sample:
    """One seeded draw; ``tuned`` once the classifier has been adjusted while reading its misses.

    ``keywords`` (a case-insensitive regex) makes it a stratum rather than a random sample: the draw is made
    only from the remaining sources whose title matches, or whose abstract matches for a corpus without
    titles (PubMedQA).
    """

    name: str
    seed: int
    n: int
    tuned: bool
    keywords: str | None = None

    def admits(self, record: SourceRecord) -> bool:
        if self.keywords is None:
            return True
        return re.search(self.keywords, record.title or abstract_text(record), re.IGNORECASE) is not None


@dataclass(frozen=True)
class LabelSet:
    """A corpus, its label file and its draws, in the order they were made."""

    corpus: str  # the index namespace, also the label file's suffix
    path: str  # relative to the data folder
    samples: tuple[Sample, ...]

    @property
    def labels(self) -> Path:
        return LABELS_DIR / f"evidence_levels_{self.corpus}.tsv"


# Design words that make a level-1/2 source likely: the held-out-4 stratum is drawn among sources whose title
# (PubMedQA: abstract) has one, so that levels 1 and 2, rare in random draws, are measured on more than a
# handful. Traps are kept on purpose: a "trial" can be uncontrolled, a "randomized" study can be on rats.
STRATUM_KEYWORDS = (
    r"meta-?\s?analy|systematic\s+review|randomi[sz]|placebo|double-?\s?blind|guidelines?|\btrials?\b"
)

LABEL_SETS = (
    LabelSet(
        "nfcorpus",
        "nfcorpus/corpus.jsonl",
        (
            Sample("tuning-1", 7, 60, tuned=True),
            Sample("held-out-1", 11, 40, tuned=False),
            Sample("round-2", 31, 20, tuned=True),
            Sample("held-out-3", 41, 20, tuned=True),
            Sample("held-out-4", 53, 30, tuned=True),
            Sample("stratum-4", 67, 8, tuned=True, keywords=STRATUM_KEYWORDS),
            Sample("held-out-5", 79, 30, tuned=True),
            Sample("held-out-6", 97, 30, tuned=True),
            Sample("held-out-7", 107, 30, tuned=True),
            Sample("held-out-8", 127, 30, tuned=True),
            Sample("held-out-9", 139, 30, tuned=True),
            Sample("held-out-10", 157, 30, tuned=True),
            Sample("held-out-11", 173, 30, tuned=True),
            Sample("held-out-12", 191, 30, tuned=True),
            Sample("held-out-13", 199, 30, tuned=True),
            Sample("held-out-14", 227, 30, tuned=True),
            Sample("held-out-15", 239, 30, tuned=True),
            Sample("held-out-16", 257, 30, tuned=True),
            Sample("held-out-17", 271, 30, tuned=True),
            Sample("held-out-18", 283, 30, tuned=True),
            Sample("held-out-19", 311, 30, tuned=True),
            Sample("held-out-20", 331, 30, tuned=False),
            Sample("held-out-21", 349, 30, tuned=True),
            Sample("held-out-22", 367, 30, tuned=True),
            Sample("held-out-23", 383, 30, tuned=True),
            Sample("held-out-24", 401, 30, tuned=False),
        ),
    ),
    LabelSet(
        "pubmedqa",
        "pubmedqa/corpus.jsonl",
        (
            Sample("round-2", 23, 40, tuned=True),
            Sample("held-out-3", 43, 20, tuned=True),
            Sample("held-out-4", 59, 30, tuned=True),
            Sample("stratum-4", 71, 6, tuned=True, keywords=STRATUM_KEYWORDS),
            Sample("held-out-5", 83, 30, tuned=True),
            Sample("held-out-6", 101, 30, tuned=True),
            Sample("held-out-7", 109, 30, tuned=True),
            Sample("held-out-8", 131, 30, tuned=True),
            Sample("held-out-9", 149, 30, tuned=True),
            Sample("held-out-10", 163, 30, tuned=True),
            Sample("held-out-11", 179, 30, tuned=True),
            Sample("held-out-12", 193, 30, tuned=True),
            Sample("held-out-13", 211, 30, tuned=True),
            Sample("held-out-14", 229, 30, tuned=True),
            Sample("held-out-15", 241, 30, tuned=True),
            Sample("held-out-16", 263, 30, tuned=True),
            Sample("held-out-17", 277, 30, tuned=True),
            Sample("held-out-18", 293, 30, tuned=True),
            Sample("held-out-19", 313, 30, tuned=True),
            Sample("held-out-20", 337, 30, tuned=False),
            Sample("held-out-21", 353, 30, tuned=True),
            Sample("held-out-22", 373, 30, tuned=True),
            Sample("held-out-23", 389, 30, tuned=True),
            Sample("held-out-24", 409, 30, tuned=False),
        ),
    ),
    LabelSet(
        "scifact",
        "scifact/original/corpus.jsonl",
        (
            Sample("round-2", 29, 40, tuned=True),
            Sample("held-out-3", 47, 20, tuned=True),
            Sample("held-out-4", 61, 30, tuned=True),
            Sample("stratum-4", 73, 8, tuned=True, keywords=STRATUM_KEYWORDS),
            Sample("held-out-5", 89, 30, tuned=True),
            Sample("held-out-6", 103, 30, tuned=True),
            Sample("held-out-7", 113, 30, tuned=True),
            Sample("held-out-8", 137, 30, tuned=True),
            Sample("held-out-9", 151, 30, tuned=True),
            Sample("held-out-10", 167, 30, tuned=True),
            Sample("held-out-11", 181, 30, tuned=True),
            Sample("held-out-12", 197, 30, tuned=True),
            Sample("held-out-13", 223, 30, tuned=True),
            Sample("held-out-14", 233, 30, tuned=True),
            Sample("held-out-15", 251, 30, tuned=True),
            Sample("held-out-16", 269, 30, tuned=True),
            Sample("held-out-17", 281, 30, tuned=True),
            Sample("held-out-18", 307, 30, tuned=True),
            Sample("held-out-19", 317, 30, tuned=True),
            Sample("held-out-20", 347, 30, tuned=False),
            Sample("held-out-21", 359, 30, tuned=True),
            Sample("held-out-22", 379, 30, tuned=True),
            Sample("held-out-23", 397, 30, tuned=True),
            Sample("held-out-24", 419, 30, tuned=False),
        ),
    ),
)


def abstract_text(record: SourceRecord) -> str:
    """The abstract as ``index.build.split_record`` assembles it (sections joined by newlines)."""
    parts = [" ".join(s.sentences) if s.sentences else (s.text or "").strip() for s in record.sections]
    return "\n".join(part for part in parts if part)


def split_ids(records: Sequence[SourceRecord], samples: Iterable[Sample]) -> dict[str, set[str]]:
    """Re-draw the samples exactly as they were drawn for labelling: namespaced id sets by sample name."""
    rest = list(records)
    drawn: dict[str, set[str]] = {}
    for sample in samples:
        pool = [r for r in rest if sample.admits(r)]
        ids = {r.id for r in random.Random(sample.seed).sample(pool, sample.n)}
        drawn[sample.name] = ids
        rest = [r for r in rest if r.id not in ids]
    return drawn
