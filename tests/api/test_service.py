"""The answer service's limits, isolated from the pipeline with plain functions."""

import asyncio
import threading
import time

import pytest

from api.service import AnswerService, Busy, NotReady, TooSlow
from rag.config import Settings


def test_time_budget_gives_too_slow():
    service = AnswerService(Settings(ask_timeout=0.05, workers=1))
    with pytest.raises(TooSlow, match=r"longer than 0\.05 s"):
        asyncio.run(service.run(time.sleep, 0.5))
    service.close()


def test_full_queue_gives_busy_and_recovers():
    service = AnswerService(Settings(workers=1, max_pending=1, ask_timeout=5))
    gate = threading.Event()

    async def scenario():
        first = asyncio.create_task(service.run(gate.wait, 5))
        second = asyncio.create_task(service.run(gate.wait, 5))
        await asyncio.sleep(0.05)
        with pytest.raises(Busy):
            await service.run(gate.wait, 5)
        gate.set()
        await asyncio.gather(first, second)
        result, queued_ms, run_ms = await service.run(lambda: 42)
        assert result == 42 and queued_ms >= 0 and run_ms >= 0

    asyncio.run(scenario())
    service.close()


def test_not_ready_until_loaded_and_reports_load_errors(tmp_path):
    service = AnswerService(Settings())
    with pytest.raises(NotReady, match="still loading"):
        service.require_pipeline()
    service.load(tmp_path / "no-index")
    with pytest.raises(NotReady, match="no index"):
        service.require_pipeline()
    service.close()
