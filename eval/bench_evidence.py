"""Accuracy of the evidence-level classifier against hand labels on seeded samples of three corpora.

The labels (``eval/labels/evidence_levels_<corpus>.tsv``: ``source_id``, ``level``, ``study_type``) hold ids,
levels and study types only; titles and abstracts are read from the shared, read-only datasets
(``../shared/data``, or ``$RAG_DATA_DIR``) at run time so that no dataset text lives in the repository. Each
source is read with the index's own readers and classified from exactly what the index build passes
(publication types, title, abstract with sections joined by newlines, MeSH headings), so PubMedQA sources go in
without a title but with their MeSH headings, as they are indexed.

The samples (seeds, sizes, order), how they were drawn and what each scored when it was scored once are
recorded in ``eval.evidence_samples``.

Study types are graded by exact string against the vocabulary in ``index.evidence.STUDY_TYPES``; where the
labeller had to choose between two reasonable types (a series of operated patients: cohort or
non-randomized trial; cells and mice in one paper) the label holds one, so type agreement understates how
often the shown type is defensible.

None of the three corpora carries publication types, so this measures the title/abstract path, plus MeSH
headings on PubMedQA (the only corpus that carries them).

The rules (``classify_by_rules``) are scored here, their levels, types and confusion matrices; most labels were
tuned on (the rules were adjusted while reading their misses), so they read optimistic. The product adds a learned
second opinion between levels 3 and 4 (``index.evidence.learned``), shown in one more column; it was trained on
these very labels, so that column is in-sample. Its honest measure is ``python -m eval.train_evidence
--prequential`` (each fresh sample by a model trained only on the samples drawn before it).

Run: ``python -m eval.bench_evidence [--data DIR] [--corpus NAME ...] [--verbose]``
"""

from __future__ import annotations

import argparse
import csv
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eval.evidence_samples import (
    LABEL_SETS,
    LABELS_DIR,
    STRATUM_KEYWORDS,
    LabelSet,
    Sample,
    abstract_text,
    split_ids,
)
from index.evidence import classify_by_rules
from index.evidence.learned import default_second_opinion
from index.readers import read_path
from index.records import SourceRecord

_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path(os.environ.get("RAG_DATA_DIR", _ROOT.parent / "shared" / "data"))
LEVELS = [1, 2, 3, 4]

# Re-exported: the samples live in ``eval.evidence_samples``, the scoring here.
__all__ = [
    "DEFAULT_DATA",
    "LABELS_DIR",
    "LABEL_SETS",
    "LEVELS",
    "STRATUM_KEYWORDS",
    "LabelSet",
    "Row",
    "Sample",
    "abstract_text",
    "confusion",
    "confusion_markdown",
    "evaluate",
    "labelled_sources",
    "learned_accuracy",
    "level_accuracy",
    "load_corpus",
    "load_labels",
    "report",
    "score_set",
    "split_ids",
    "summary_markdown",
    "type_agreement",
]


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
    learned_level: int = 0  # after the learned second opinion, which saw these labels (0: not recorded)


def load_labels(path: Path) -> dict[str, tuple[int, str]]:
    """Local source id -> (level, study_type)."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["source_id"]: (int(row["level"]), row["study_type"]) for row in rows}


def load_corpus(path: Path) -> list[SourceRecord]:
    """Sources as the index reads them, sorted by id so that the seeded draws are reproducible."""
    return sorted((r for r in read_path(path) if isinstance(r, SourceRecord)), key=lambda r: r.id)


def labelled_sources(label_set: LabelSet, data_dir: Path) -> list[tuple[SourceRecord, Sample, int, str]]:
    """Each labelled source of one corpus with its sample and gold level and type, in label-file order; a label
    outside the seeded samples is an error."""
    records = load_corpus(data_dir / label_set.path)
    by_id = {r.id: r for r in records}
    drawn = split_ids(records, label_set.samples)
    sample_of = {i: sample for sample in label_set.samples for i in drawn[sample.name]}
    out = []
    for local_id, (gold_level, gold_type) in load_labels(label_set.labels).items():
        source_id = f"{label_set.corpus}:{local_id}"
        if source_id not in by_id or source_id not in sample_of:
            raise ValueError(f"{label_set.labels.name}: {local_id} is not in a seeded sample of the corpus")
        out.append((by_id[source_id], sample_of[source_id], gold_level, gold_type))
    return out


def score_set(label_set: LabelSet, data_dir: Path) -> list[Row]:
    """Classify every labelled source of one corpus."""
    rows = []
    for record, sample, gold_level, gold_type in labelled_sources(label_set, data_dir):
        abstract = abstract_text(record)
        rules = classify_by_rules(record.publication_types, record.title, abstract, record.mesh)
        learned = default_second_opinion().regrade(record.title, abstract, rules)
        rows.append(
            Row(
                record.id,
                label_set.corpus,
                sample.name,
                sample.tuned,
                gold_level,
                gold_type,
                rules.level,
                rules.study_type,
                record.title,
                sample.keywords is not None,
                learned.level,
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


def learned_accuracy(rows: Sequence[Row]) -> float:
    """Level accuracy after the learned second opinion: in-sample on labels it was trained on."""
    return sum(r.learned_level == r.gold_level for r in rows) / len(rows) if rows else float("nan")


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
    lines = [
        "| corpus | sample | n | level accuracy (rules) | with the second opinion (in-sample) | study type agreement |",
        "|---" * 6 + "|",
    ]
    for corpus, sample, rows in groups:
        if rows:
            lines.append(
                f"| {corpus} | {sample} | {len(rows)} | {level_accuracy(rows):.3f} | {learned_accuracy(rows):.3f} | "
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
