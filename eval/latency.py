"""`rag eval latency`: in-process latency percentiles and throughput of `ask`, beside bm25s search alone.

The reference runs on the same queries in the same process, so the ratio holds on a noisy machine.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import numpy as np

from eval.data import read_queries
from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline

WARMUP = 10


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    values = np.asarray(samples_ms)
    summary = {f"p{q}": round(float(np.percentile(values, q)), 2) for q in (50, 95, 99)}
    return summary | {"mean": round(statistics.fmean(samples_ms), 2)}


def measure_latency(pipeline: Pipeline, questions: list[str]) -> dict[str, object]:
    """Warm up, then time `ask` and bm25s search per question, one after the other."""
    pipeline.warm_up()
    for question in questions[:WARMUP]:
        pipeline.ask(question)
    ask_ms, lexical_ms, statuses = [], [], []
    started = time.perf_counter()
    for question in questions:
        t0 = time.perf_counter()
        pipeline.index.lexical.search(question, pipeline.settings.lexical_k)
        t1 = time.perf_counter()
        statuses.append(pipeline.ask(question).status)
        t2 = time.perf_counter()
        lexical_ms.append((t1 - t0) * 1000)
        ask_ms.append((t2 - t1) * 1000)
    elapsed = time.perf_counter() - started
    ask, lexical = percentiles(ask_ms), percentiles(lexical_ms)
    return {
        "ask_latency_ms": ask,
        "bm25_latency_ms": lexical,
        "ask_vs_bm25_p50_ratio": round(ask["p50"] / lexical["p50"], 1),
        "ask_throughput_qps": round(len(questions) / (sum(ask_ms) / 1000), 1),
        "wall_seconds": round(elapsed, 2),
        "queries": len(questions),
        "answered": statuses.count("answered"),
        "abstained": statuses.count("insufficient_evidence"),
    }


def main_latency(
    index_dir: Path, queries_path: Path, json_path: Path | None, settings: Settings, limit: int | None = None
) -> int:
    questions = list(read_queries(queries_path).values())[:limit]
    if not questions:
        raise ValueError(f"no queries in {queries_path}")
    result = measure_latency(Pipeline.open(settings, index_dir), questions) | provenance(index_dir)
    rows = [
        [name, *result[key].values()]
        for name, key in (("ask", "ask_latency_ms"), ("bm25", "bm25_latency_ms"))
    ]
    table = markdown_table(["system", "p50 ms", "p95 ms", "p99 ms", "mean ms"], rows)
    write_report(
        result,
        json_path,
        table + f"\n\n{result['queries']} queries; ask {result['ask_throughput_qps']} q/s "
        f"sequential; ask/bm25 p50 ratio {result['ask_vs_bm25_p50_ratio']}.",
    )
    return 0
