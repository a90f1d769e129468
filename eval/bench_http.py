"""HTTP load test of the real `rag serve` process: concurrent clients on loopback posting to /ask.

    python -m eval.bench_http --index /tmp/idx-nf --duration 30 30 60 --concurrency 1 8 32 --json out.json

The benchmark starts `rag serve` itself on a free 127.0.0.1 port, waits for /ready, and for each
concurrency level runs that many asyncio clients (one keep-alive connection each) for --duration seconds
or --max-requests requests, whichever comes first. Questions are the NFCorpus dev queries (ids in
qrels/dev.tsv), read from ../shared/data at run time and sent round-robin. As a same-run baseline, GET
/health is measured at the same concurrency (pure HTTP + server overhead, no answering). The server's own
`timings` (queued in the answer pool vs. answering) and its CPU use are reported beside client latency,
so slow levels can be split into queueing and work. The server is stopped at the end, also on Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def dev_queries(data: Path) -> list[str]:
    """NFCorpus dev queries (ids with dev qrels), in file order; the files have CRLF line endings."""
    with (data / "nfcorpus" / "qrels" / "dev.tsv").open(newline="", encoding="utf-8") as handle:
        ids = {row["query-id"].strip() for row in csv.DictReader(handle, delimiter="\t")}
    texts = []
    with (data / "nfcorpus" / "queries.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                query = json.loads(line)
                if query["_id"] in ids:
                    texts.append(query["text"])
    if not texts:
        raise SystemExit(f"no NFCorpus dev queries found under {data}")
    return texts


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc), or NaN if unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


class Server:
    """`rag serve --index INDEX` as a child process; a context manager that always stops it."""

    def __init__(self, index: Path, log_path: Path, ready_timeout: float = 300.0) -> None:
        self.index = index
        self.log_path = log_path
        self.ready_timeout = ready_timeout
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Server:
        command = [sys.executable, "-m", "rag.cli", "serve", "--index", str(self.index)]
        command += ["--host", "127.0.0.1", "--port", str(self.port)]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env={"HF_HUB_OFFLINE": "1", **os.environ}
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.ready_timeout
        with httpx.Client(base_url=self.base_url, timeout=5) as http:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    tail = self.log_path.read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"rag serve exited with {self.process.returncode}:\n{tail}")
                try:
                    if http.get("/ready").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.25)
        raise TimeoutError(f"rag serve was not ready within {self.ready_timeout:g} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@dataclass
class Samples:
    """What one load level observed."""

    latency_ms: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    queued_ms: list[float] = field(default_factory=list)
    answer_ms: list[float] = field(default_factory=list)
    answers: Counter[str] = field(default_factory=Counter)
    sent: int = 0


async def run_level(
    base_url: str,
    method: str,
    path: str,
    questions: list[str],
    concurrency: int,
    duration: float,
    max_requests: int,
    timeout: float,
) -> tuple[Samples, float]:
    """Run `concurrency` clients until `duration` s pass or `max_requests` are sent; return samples, seconds."""
    samples = Samples()
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, limits=limits) as http:

        async def client() -> None:
            while time.perf_counter() < deadline and samples.sent < max_requests:
                number = samples.sent
                samples.sent += 1
                body = {"question": questions[number % len(questions)]} if method == "POST" else None
                started = time.perf_counter()
                try:
                    response = await http.request(method, path, json=body)
                except httpx.TransportError as error:
                    samples.statuses[type(error).__name__] += 1
                    continue
                samples.latency_ms.append((time.perf_counter() - started) * 1000)
                samples.statuses[str(response.status_code)] += 1
                if method == "POST" and response.status_code == 200:
                    answer = response.json()
                    samples.queued_ms.append(answer["timings"]["queued_ms"])
                    samples.answer_ms.append(answer["timings"]["answer_ms"])
                    samples.answers[answer["status"]] += 1

        begin = time.perf_counter()
        deadline = begin + duration
        await asyncio.gather(*(client() for _ in range(concurrency)))
        return samples, time.perf_counter() - begin


def pct(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"p50": None, "p95": None, "p99": None}
    p50, p95, p99 = np.percentile(np.asarray(values), [50, 95, 99])
    return {"p50": round(float(p50), 1), "p95": round(float(p95), 1), "p99": round(float(p99), 1)}


def summarise(samples: Samples, seconds: float, server_cpu: float) -> dict[str, Any]:
    """Requests, errors (non-200 by status, transport errors by type), req/s and latency percentiles."""
    requests = sum(samples.statuses.values())
    errors = {status: n for status, n in sorted(samples.statuses.items()) if status != "200"}
    report: dict[str, Any] = {
        "requests": requests,
        "errors": sum(errors.values()),
        "errors_by_kind": errors,
        "seconds": round(seconds, 2),
        "throughput_rps": round(requests / seconds, 2) if seconds else 0.0,
        "latency_ms": pct(samples.latency_ms),
        "server_cpu_cores": round(server_cpu / seconds, 2) if seconds else None,
    }
    if samples.answer_ms:
        report["server_queued_ms"] = pct(samples.queued_ms)
        report["server_answer_ms"] = pct(samples.answer_ms)
        report["answers"] = dict(samples.answers)
    return report


def print_table(levels: list[dict[str, Any]]) -> None:
    header = (
        f"{'endpoint':<12}{'clients':>8}{'requests':>10}{'errors':>8}{'req/s':>9}"
        f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'queue p50/p99':>16}{'answer p50/p99':>17}{'cpu':>6}"
    )
    print(header)
    print("-" * len(header))
    for level in levels:
        for name in ("health", "ask"):
            row = level[name]
            lat = row["latency_ms"]
            queue = row.get("server_queued_ms")
            answer = row.get("server_answer_ms")
            queued = f"{queue['p50']}/{queue['p99']}" if queue else "-"
            answered = f"{answer['p50']}/{answer['p99']}" if answer else "-"
            print(
                f"{('GET /health' if name == 'health' else 'POST /ask'):<12}{level['concurrency']:>8}"
                f"{row['requests']:>10}{row['errors']:>8}{row['throughput_rps']:>9}"
                f"{lat['p50']!s:>9}{lat['p95']!s:>9}{lat['p99']!s:>9}{queued:>16}{answered:>17}"
                f"{row['server_cpu_cores']!s:>6}"
            )


async def measure(
    server: Server, questions: list[str], concurrency: int, duration: float, args: argparse.Namespace
) -> dict[str, Any]:
    """The /health baseline, then /ask, at one concurrency level."""
    level: dict[str, Any] = {"concurrency": concurrency, "duration_s": duration}
    assert server.process is not None
    pid = server.process.pid
    for name, method, path, seconds in (
        ("health", "GET", "/health", min(duration, args.baseline_duration)),
        ("ask", "POST", "/ask", duration),
    ):
        cpu, client_cpu = cpu_seconds(pid), time.process_time()
        samples, elapsed = await run_level(
            server.base_url, method, path, questions, concurrency, seconds, args.max_requests, args.timeout
        )
        level[name] = summarise(samples, elapsed, cpu_seconds(pid) - cpu)
        level[name]["client_cpu_cores"] = round((time.process_time() - client_cpu) / elapsed, 2)
        print(f"  {method} {path} x{concurrency}: {json.dumps(level[name])}", file=sys.stderr)
    return level


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--index", type=Path, required=True, help="index folder to serve")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared datasets folder")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument(
        "--duration",
        type=float,
        nargs="+",
        default=[60.0],
        help="seconds per level: one value for all, or one per --concurrency level",
    )
    parser.add_argument("--baseline-duration", type=float, default=10.0, help="seconds of GET /health")
    parser.add_argument("--max-requests", type=int, default=50_000, help="cap per level and endpoint")
    parser.add_argument("--timeout", type=float, default=30.0, help="client timeout per request (s)")
    parser.add_argument("--json", type=Path, default=None, help="write the report here")
    parser.add_argument("--server-log", type=Path, default=None, help="keep the server log here")
    args = parser.parse_args(argv)
    if len(args.duration) not in (1, len(args.concurrency)):
        parser.error("--duration takes one value, or one per --concurrency level")
    durations = args.duration * len(args.concurrency) if len(args.duration) == 1 else args.duration
    if not (args.index / "manifest.json").is_file():
        parser.error(f"no index at {args.index} (manifest.json missing)")

    questions = dev_queries(args.data)
    # SIGTERM stops the benchmark like Ctrl-C does, so the server is always stopped.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    log_path = args.server_log or Path(tempfile.mkstemp(prefix="bench-http-", suffix=".log")[1])
    levels: list[dict[str, Any]] = []
    interrupted = False
    try:
        with Server(args.index, log_path) as server:
            print(f"rag serve ready at {server.base_url} (log: {log_path})", file=sys.stderr)
            for concurrency, duration in zip(args.concurrency, durations, strict=True):
                levels.append(asyncio.run(measure(server, questions, concurrency, duration, args)))
    except KeyboardInterrupt:
        print("interrupted; server stopped", file=sys.stderr)
        interrupted = True
    report = {
        "index": str(args.index),
        "questions": len(questions),
        "cpu_count": os.cpu_count(),
        "server_workers": os.environ.get("RAG_WORKERS", "default"),
        "levels": levels,
    }
    print_table(levels)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())
