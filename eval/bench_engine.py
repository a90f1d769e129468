"""Speed of the evidence engine: build throughput, warm `ask` latency and the memory of a loaded index.

    python -m eval.bench_engine --index indexes/default            # latency + memory on an existing index
    python -m eval.bench_engine --build --data ../shared/data      # also time a fresh NFCorpus + seed build

Latency is reported beside a same-run reference (bm25s lexical search alone on the same queries), because
absolute milliseconds on a shared 2-core machine are noisy.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from index.build import BuildInput, build_index
from rag.config import Settings
from rag.pipeline import Pipeline


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def dev_queries(data: Path, limit: int) -> list[str]:
    """NFCorpus dev queries (those with dev qrels), in file order."""
    with (data / "nfcorpus" / "qrels" / "dev.tsv").open(newline="") as handle:
        ids = {row["query-id"].strip() for row in csv.DictReader(handle, delimiter="\t")}
    texts = []
    with (data / "nfcorpus" / "queries.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            query = json.loads(line)
            if query["_id"] in ids:
                texts.append(query["text"])
    return texts[:limit]


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    values = np.asarray(samples_ms)
    return {f"p{q}": round(float(np.percentile(values, q)), 2) for q in (50, 95, 99)} | {
        "mean": round(statistics.fmean(samples_ms), 2)
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Settings().data_dir)
    parser.add_argument(
        "--index", type=Path, default=None, help="existing index (default: build a fresh one)"
    )
    parser.add_argument("--build", action="store_true", help="time a fresh NFCorpus + seed build")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    settings = Settings()
    report: dict[str, object] = {}

    index_dir = args.index
    if args.build or index_dir is None:
        index_dir = Path(tempfile.mkdtemp(prefix="bench-index-")) / "index"
        inputs = [BuildInput(args.data / "nfcorpus"), BuildInput(args.data / "seed" / "sources.jsonl")]
        started = time.perf_counter()
        manifest = build_index(inputs, index_dir, settings, progress=True).manifest
        seconds = time.perf_counter() - started
        report["build"] = {
            "seconds": round(seconds, 1),
            "sources": manifest.sources,
            "sentences": manifest.sentences,
            "vectors": manifest.vectors,
            "sentences_per_second": round(manifest.vectors / seconds, 1),
        }

    before = rss_mib()
    pipeline = Pipeline.open(settings, index_dir)
    report["memory_mib"] = {"before_open": round(before, 1), "loaded": round(rss_mib(), 1)}
    questions = dev_queries(args.data, args.queries)
    for question in questions[:10]:  # warm-up: first calls pay for lazy initialisation
        pipeline.ask(question)

    ask_ms, lexical_ms, statuses = [], [], []
    for question in questions:
        started = time.perf_counter()
        pipeline.index.lexical.search(question, settings.lexical_k)
        lexical_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        statuses.append(pipeline.ask(question).status)
        ask_ms.append((time.perf_counter() - started) * 1000)
    report["memory_mib"]["after_queries"] = round(rss_mib(), 1)
    ask, lexical = percentiles(ask_ms), percentiles(lexical_ms)
    report["ask_latency_ms"] = ask
    report["bm25_search_latency_ms"] = lexical
    report["ask_vs_bm25_p50_ratio"] = round(ask["p50"] / lexical["p50"], 1)
    report["queries"] = len(questions)
    report["answered"] = statuses.count("answered")
    report["abstained"] = statuses.count("insufficient_evidence")
    report["index"] = str(index_dir)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
