"""Benchmark the sentence-splitter backends against SciFact's gold sentence lists.

Each abstract's gold sentences are joined with one space; a boundary is the character offset where a
sentence starts (offset 0 excluded). Precision / recall / F1 are micro-averaged over all boundaries, and
throughput is abstracts per second after a warm-up call (model loading is a one-off at build time).

    python -m eval.bench_splitter [--data ../shared/data] [--limit N] [--backends nupunkt pysbd] [--raw-gold]
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from index.splitter import BACKENDS, _nupunkt_model, split_spans

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data"
CORPUS = Path("scifact") / "original" / "corpus.jsonl"


@dataclass
class Score:
    """Boundary counts and timing for one backend/fix setting."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    docs: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def throughput(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")


def clean_gold(sentences: list[str]) -> list[str]:
    """Undo the two systematic artefacts of SciFact's own splitter so they don't swamp the comparison.

    * punctuation-only "sentences" (777 lone "." fragments from PDF leader dots, stray quotes) are not
      sentences anyone could retrieve: they are glued to the sentence before them;
    * SciFact splits after every "+/-" ("1.4 +/-" | "0.24 versus ..."), 248 boundaries that are plainly
      wrong: the two halves are rejoined.
    Other gold noise (splits after "(ref." / "s.c.", none after "24 h.") is left in and costs every backend.
    """
    out: list[str] = []
    for sentence in sentences:
        if out and (not any(c.isalnum() for c in sentence) or out[-1].endswith("+/-")):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def load_abstracts(data: Path, limit: int | None = None, raw_gold: bool = False) -> list[list[str]]:
    """Gold sentence lists, skipping empty abstracts (they carry no boundaries)."""
    out: list[list[str]] = []
    with (data / CORPUS).open(encoding="utf-8") as handle:
        for line in handle:
            sentences = [s.strip() for s in json.loads(line)["abstract"] if s and s.strip()]
            if not raw_gold:
                sentences = clean_gold(sentences)
            if sentences:
                out.append(sentences)
            if limit is not None and len(out) >= limit:
                break
    return out


def gold_boundaries(sentences: list[str]) -> tuple[str, set[int]]:
    """The joined text and the start offsets of every sentence but the first."""
    starts: set[int] = set()
    pos = 0
    for i, sentence in enumerate(sentences):
        if i:
            starts.add(pos)
        pos += len(sentence) + 1
    return " ".join(sentences), starts


def evaluate(backend: str, docs: list[tuple[str, set[int]]], fixes: bool) -> Score:
    """Score one backend over all docs; timing covers only the split_spans calls."""
    score = Score(f"{backend}{'' if fixes else ' (raw)'}")
    split_spans("Warm-up sentence. Loads the model.", backend, fixes)
    if backend == "nupunkt":  # its decision memo would make a second pass over the same texts look faster
        _nupunkt_model().clear_decision_cache()
    for text, gold in tqdm(docs, desc=score.name, leave=False, mininterval=1.0):
        t0 = time.perf_counter()
        spans = split_spans(text, backend, fixes)
        score.seconds += time.perf_counter() - t0
        predicted = {start for start, _ in spans[1:]}
        score.tp += len(predicted & gold)
        score.fp += len(predicted - gold)
        score.fn += len(gold - predicted)
        score.docs += 1
    return score


def format_table(scores: list[Score]) -> str:
    """A plain-text results table."""
    header = f"{'backend':<20} {'P':>7} {'R':>7} {'F1':>7} {'FP':>6} {'FN':>6} {'abstracts/s':>12}"
    rows = [
        f"{s.name:<20} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.fp:6d} {s.fn:6d} {s.throughput:12.1f}"
        for s in scores
    ]
    return "\n".join([header, "-" * len(header), *rows])


def main(argv: list[str] | None = None) -> None:
    """CLI entry point."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="data pack root (default ../shared/data)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N abstracts")
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS), choices=BACKENDS)
    parser.add_argument("--no-raw", action="store_true", help="skip the runs without post-processing fixes")
    parser.add_argument("--raw-gold", action="store_true", help="score against SciFact's gold as is")
    args = parser.parse_args(argv)

    data = args.data if args.data.is_absolute() else (REPO_ROOT / args.data).resolve()
    docs = [gold_boundaries(sentences) for sentences in load_abstracts(data, args.limit, args.raw_gold)]
    n_gold = sum(len(g) for _, g in docs)
    gold_kind = "raw" if args.raw_gold else "cleaned"
    print(f"SciFact original corpus: {len(docs)} abstracts, {n_gold} gold boundaries ({gold_kind} gold)")
    scores: list[Score] = []
    for backend in args.backends:
        for fixes in (False, True) if not args.no_raw else (True,):
            scores.append(evaluate(backend, docs, fixes))
    print(format_table(scores))


if __name__ == "__main__":
    main()
