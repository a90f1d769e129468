"""Accuracy of the evidence-level classifier against hand labels on seeded samples of three corpora.

The labels (``eval/labels/evidence_levels_<corpus>.tsv``: ``source_id``, ``level``, ``study_type``) hold ids,
levels and study types only; titles and abstracts are read from the shared, read-only datasets
(``../shared/data``, or ``$RAG_DATA_DIR``) at run time so that no dataset text lives in the repository. Each
source is read with the index's own readers and classified from exactly what the index build passes
(publication types, title, abstract with sections joined by newlines, MeSH headings), so PubMedQA sources go in
without a title but with their MeSH headings, as they are indexed.

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
  (0.933 after).
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
  read from sequences), so it is *tuned* now (0.989 after); the next round needs a fresh sample
  (held-out-11) before any further tuning.

held-out-1 is the one random sample never tuned on: its misses were read again in round 5 but no rule was written for them (its
score is unchanged at 0.925).

Study types are graded by exact string against the vocabulary in ``index.evidence.STUDY_TYPES``; where the
labeller had to choose between two reasonable types (a series of operated patients: cohort or
non-randomized trial; cells and mice in one paper) the label holds one, so type agreement understates how
often the shown type is defensible.

None of the three corpora carries publication types, so this measures the title/abstract path, plus MeSH
headings on PubMedQA (the only corpus that carries them).

Run: ``python -m eval.bench_evidence [--data DIR] [--corpus NAME ...] [--verbose]``
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.evidence import classify_evidence
from index.readers import read_path
from index.records import SourceRecord

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path(os.environ.get("RAG_DATA_DIR", _ROOT.parent / "shared" / "data"))
LABELS_DIR = _ROOT / "eval" / "labels"
LEVELS = [1, 2, 3, 4]


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
        ),
    ),
)


@dataclass(frozen=True)
class Row:
    """One labelled source: the gold label next to the classifier's answer."""

    source_id: str
    corpus: str
    sample: str
    tuned: bool
    gold_level: int
    gold_type: str
    level: int
    study_type: str
    title: str
    stratum: bool = False  # drawn by keywords, not at random: reported apart from the held-out samples


def load_labels(path: Path) -> dict[str, tuple[int, str]]:
    """Local source id -> (level, study_type)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["source_id"]: (int(row["level"]), row["study_type"]) for row in rows}


def load_corpus(path: Path) -> list[SourceRecord]:
    """Sources as the index reads them, sorted by id so that the seeded draws are reproducible."""
    return sorted((r for r in read_path(path) if isinstance(r, SourceRecord)), key=lambda r: r.id)


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


def score_set(label_set: LabelSet, data_dir: Path) -> list[Row]:
    """Classify every labelled source of one corpus; a label outside the seeded samples is an error."""
    labels = load_labels(label_set.labels)
    records = load_corpus(data_dir / label_set.path)
    by_id = {r.id: r for r in records}
    drawn = split_ids(records, label_set.samples)
    sample_of = {i: sample for sample in label_set.samples for i in drawn[sample.name]}
    rows = []
    for local_id, (gold_level, gold_type) in labels.items():
        source_id = f"{label_set.corpus}:{local_id}"
        if source_id not in by_id or source_id not in sample_of:
            raise ValueError(f"{label_set.labels.name}: {local_id} is not in a seeded sample of the corpus")
        record, sample = by_id[source_id], sample_of[source_id]
        result = classify_evidence(record.publication_types, record.title, abstract_text(record), record.mesh)
        rows.append(
            Row(
                source_id,
                label_set.corpus,
                sample.name,
                sample.tuned,
                gold_level,
                gold_type,
                result.level,
                result.study_type,
                record.title,
                sample.keywords is not None,
            )
        )
    return rows


def evaluate(data_dir: Path = DEFAULT_DATA, corpora: Sequence[str] | None = None) -> list[Row]:
    """All labelled sources of the chosen corpora (all by default), classified."""
    rows: list[Row] = []
    for label_set in LABEL_SETS:
        if corpora is None or label_set.corpus in corpora:
            rows.extend(score_set(label_set, data_dir))
    return rows


def level_accuracy(rows: Sequence[Row]) -> float:
    return sum(r.level == r.gold_level for r in rows) / len(rows) if rows else float("nan")


def type_agreement(rows: Sequence[Row]) -> float:
    return sum(r.study_type == r.gold_type for r in rows) / len(rows) if rows else float("nan")


def confusion(rows: Sequence[Row]) -> list[list[int]]:
    """Rows are gold levels, columns predicted."""
    counts = Counter((r.gold_level, r.level) for r in rows)
    return [[counts[(g, p)] for p in LEVELS] for g in LEVELS]


def confusion_markdown(rows: Sequence[Row]) -> str:
    lines = ["| gold \\ predicted | " + " | ".join(map(str, LEVELS)) + " | n |", "|---" * 6 + "|"]
    for level, counts in zip(LEVELS, confusion(rows), strict=True):
        lines.append(f"| **{level}** | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    return "\n".join(lines)


def summary_markdown(groups: Sequence[tuple[str, str, Sequence[Row]]]) -> str:
    lines = ["| corpus | sample | n | level accuracy | study type agreement |", "|---" * 5 + "|"]
    for corpus, sample, rows in groups:
        if rows:
            lines.append(
                f"| {corpus} | {sample} | {len(rows)} | {level_accuracy(rows):.3f} | "
                f"{type_agreement(rows):.3f} |"
            )
    return "\n".join(lines)


def report(rows: Sequence[Row], verbose: bool = False) -> str:
    """Per corpus and sample, then pooled: tuned vs held-out, with confusion matrices."""
    corpora = sorted({r.corpus for r in rows})
    held = [r for r in rows if not r.tuned and not r.stratum]
    strata = [r for r in rows if not r.tuned and r.stratum]
    tuned = [r for r in rows if r.tuned]
    groups: list[tuple[str, str, Sequence[Row]]] = []
    for corpus in corpora:
        mine = [r for r in rows if r.corpus == corpus]
        for name in dict.fromkeys(r.sample for r in mine):
            groups.append((corpus, name, [r for r in mine if r.sample == name]))
        groups.append((corpus, "**all**", mine))
    groups += [
        ("**all**", "tuned", tuned),
        ("**all**", "held-out (random)", held),
        ("**all**", "level-1/2 stratum", strata),
        ("**all**", "**all**", rows),
    ]
    out = ["## Evidence level vs hand labels", "", summary_markdown(groups)]
    subsets = [*((c, [r for r in rows if r.corpus == c]) for c in corpora), ("held-out (random)", held)]
    subsets += [("level-1/2 stratum", strata)] if strata else []
    for title, subset in subsets:
        out += [
            "",
            f"### Confusion, {title} (rows gold level, columns predicted)",
            "",
            confusion_markdown(subset),
        ]
    out += ["", "### Confusion, all (rows gold level, columns predicted)", "", confusion_markdown(rows)]
    types = Counter((r.gold_type, r.study_type) for r in rows if r.gold_type != r.study_type)
    if types:
        out += ["", "### Most common study type disagreements (gold -> predicted, count)", ""]
        out += [f"- {g} -> {p}: {n}" for (g, p), n in types.most_common(10)]
    misses = [r for r in rows if r.level != r.gold_level]
    if misses:
        out += ["", "### Level misses", ""]
        for r in misses:
            suffix = f" | {r.title[:80]}" if verbose and r.title else ""
            out.append(
                f"- {r.source_id} ({r.sample}): gold {r.gold_level} {r.gold_type!r} -> "
                f"{r.level} {r.study_type!r}{suffix}"
            )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Evidence-level classifier vs hand labels.")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared datasets folder")
    parser.add_argument("--corpus", action="append", choices=[s.corpus for s in LABEL_SETS])
    parser.add_argument("--verbose", action="store_true", help="also print titles of the misclassified")
    args = parser.parse_args(argv)
    print(report(evaluate(args.data, args.corpus), args.verbose))


if __name__ == "__main__":
    main()
