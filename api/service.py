"""Runs CPU-bound pipeline work off the event loop, in a bounded pool, within a time budget."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from api.schemas import AskRequest
from rag.config import Settings
from rag.pipeline import Pipeline, SourceFilter
from rag.schemas import Answer

T = TypeVar("T")


class Busy(Exception):
    """Too many questions are waiting; the client should retry later (503)."""


class TooSlow(Exception):
    """A question exceeded its time budget (504)."""


class NotReady(Exception):
    """The index is still loading, or failed to load (503)."""


class AnswerService:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.pipeline: Pipeline | None = None
        self.load_error: str | None = None
        self._executor = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="rag-answer")
        self._in_flight = 0
        self._lock = threading.Lock()

    def load(self, index_dir=None) -> None:
        """Load the model and index once (seconds); called in a thread so /health answers meanwhile."""
        try:
            self.pipeline = Pipeline.open(self.settings, index_dir)
            self.pipeline.warm_up()
            # The loaded model and index are ~450k long-lived objects: every full collection re-scanned them,
            # a ~225 ms pause holding the GIL every few seconds under load, which set the p99. Freeze them.
            gc.collect()
            gc.freeze()
        except Exception as error:  # reported by /ready; the process stays up to say why
            self.load_error = f"{type(error).__name__}: {error}"

    def require_pipeline(self) -> Pipeline:
        if self.pipeline is None:
            raise NotReady(self.load_error or "the index is still loading")
        return self.pipeline

    async def ask(self, body: AskRequest) -> tuple[Answer, float, float]:
        """Answer a validated request in the pool (the JSON API and the page share this): the configured length
        limit applies to the cleaned question; returns (answer, queued ms, run ms)."""
        limit = self.settings.max_question_chars
        if len(body.question) > limit:
            raise ValueError(f"the question is longer than {limit} characters")
        filters = SourceFilter(body.min_evidence_level, body.year_from, body.year_to)
        return await self.run(self.require_pipeline().ask, body.question, body.max_takeaways, filters)

    async def run(self, fn: Callable[..., T], *args: object) -> tuple[T, float, float]:
        """Run ``fn(*args)`` in the pool; return (result, queued ms, run ms) or raise Busy / TooSlow."""
        with self._lock:
            if self._in_flight >= self.settings.workers + self.settings.max_pending:
                raise Busy("too many questions in progress; retry shortly")
            self._in_flight += 1
        submitted = time.perf_counter()
        started: list[float] = []

        def timed() -> T:
            started.append(time.perf_counter())
            return fn(*args)

        try:
            future = self._executor.submit(timed)
            result = await asyncio.wait_for(asyncio.wrap_future(future), timeout=self.settings.ask_timeout)
        except TimeoutError:
            future.cancel()
            raise TooSlow(f"the request took longer than {self.settings.ask_timeout:g} s") from None
        finally:
            with self._lock:
                self._in_flight -= 1
        done = time.perf_counter()
        begin = started[0] if started else submitted
        return result, (begin - submitted) * 1000, (done - begin) * 1000

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
