"""Speed of the evidence engine: build throughput, warm `ask` latency and the memory of a loaded index.

    python -m eval.bench_engine --index indexes/default            # latency + memory on an existing index
    python -m eval.bench_engine --build --data ../shared/data      # also time a fresh NFCorpus + seed build

Latency is reported beside a same-run reference (bm25s lexical search alone on the same queries), because
absolute milliseconds on a shared 2-core machine are noisy.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from eval.data import read_qrels, read_queries
from eval.latency import measure_latency
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
    qrels = read_qrels(data / "nfcorpus" / "qrels" / "dev.tsv")
    return list(read_queries(data / "nfcorpus" / "queries.jsonl", ids=set(qrels)).values())[:limit]


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
    report.update(measure_latency(pipeline, questions))
    report["memory_mib"]["after_queries"] = round(rss_mib(), 1)
    report["index"] = str(index_dir)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
