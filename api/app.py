"""The FastAPI application: `create_app` wires settings, the answer service, middleware and routes."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.observability import Metrics, RequestLog
from api.page import router as page_router
from api.routes import router
from api.schemas import SCHEMA_VERSION
from api.service import AnswerService, Busy, NotReady, TooSlow
from rag.config import Settings, get_settings
from rag.grounding import UngroundedAnswer

logger = logging.getLogger("rag.api")


class BodySizeLimit:
    """413 for bodies over the limit, whether announced by Content-Length or streamed in chunks.

    Bodies are small (a question), so the middleware reads the whole body first and replays it to the app."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await _too_large(self.max_bytes)(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await _too_large(self.max_bytes)(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)


def _too_large(limit: int) -> JSONResponse:
    return JSONResponse({"detail": f"request body larger than {limit} bytes"}, status_code=413)


def create_app(settings: Settings | None = None, index_dir: Path | None = None) -> FastAPI:
    settings = settings or get_settings()
    service = AnswerService(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=service.load, args=(index_dir,), name="rag-load", daemon=True).start()
        yield
        service.close()

    app = FastAPI(
        title="Evidence answers",
        version=SCHEMA_VERSION,
        summary="Answers health and supplement questions only from quoted, cited sentences of indexed abstracts.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.settings = settings
    app.state.metrics = Metrics()
    app.include_router(router)
    app.include_router(page_router)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST"],
        allow_headers=["*"],
    )
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestLog, metrics=app.state.metrics)

    @app.exception_handler(NotReady)
    async def not_ready(_: Request, error: NotReady) -> JSONResponse:
        return JSONResponse({"detail": f"not ready: {error}"}, status_code=503, headers={"Retry-After": "5"})

    @app.exception_handler(Busy)
    async def busy(_: Request, error: Busy) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=503, headers={"Retry-After": "1"})

    @app.exception_handler(TooSlow)
    async def too_slow(_: Request, error: TooSlow) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=504)

    @app.exception_handler(UngroundedAnswer)
    async def ungrounded(_: Request, error: UngroundedAnswer) -> JSONResponse:
        logger.error("ungrounded answer withheld", extra={"fields": {"error": str(error)}})
        return JSONResponse({"detail": "no verified answer could be produced"}, status_code=500)

    return app
