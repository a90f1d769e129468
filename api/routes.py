"""The JSON endpoints. Thin: validation is in the schemas, work in the pipeline, limits in the service."""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from api.schemas import (
    AskRequest,
    AskResponse,
    ErrorResponse,
    Health,
    Ready,
    SearchHit,
    SearchResponse,
    SentenceOut,
    SourceDetail,
    Timings,
)
from api.service import AnswerService, NotReady
from rag.compose import source_info

router = APIRouter()
ERRORS = {
    413: {"model": ErrorResponse, "description": "Request body too large"},
    422: {"model": ErrorResponse, "description": "Invalid request"},
    503: {"model": ErrorResponse, "description": "Index not ready, or too busy"},
    504: {"model": ErrorResponse, "description": "Time budget exceeded"},
}
# A body that cannot be decoded (e.g. invalid UTF-8) is rejected by FastAPI itself with a 400.
BODY_ERRORS = {400: {"model": ErrorResponse, "description": "Unreadable request body"}, **ERRORS}
NOT_FOUND = {404: {"model": ErrorResponse, "description": "No such source"}}


def service(request: Request) -> AnswerService:
    return request.app.state.service


@router.post("/ask", response_model=AskResponse, responses=BODY_ERRORS, tags=["answers"])
async def ask(body: AskRequest, request: Request) -> AskResponse:
    """Answer a question from the indexed abstracts (same contract as `rag ask --format json`)."""
    started = time.perf_counter()
    try:
        answer, queued_ms, answer_ms = await service(request).ask(body)
    except ValueError as error:
        raise HTTPException(422, str(error)) from None
    request.app.state.metrics.answers.labels(answer.status).inc()
    timings = Timings(
        total_ms=round((time.perf_counter() - started) * 1000, 2),
        queued_ms=round(queued_ms, 2),
        answer_ms=round(answer_ms, 2),
    )
    return AskResponse(**answer.model_dump(), timings=timings)


@router.get("/search", response_model=SearchResponse, responses=ERRORS, tags=["evidence"])
async def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=1000, description="Query text")],
    k: Annotated[int, Query(ge=1, le=100, description="Number of sentences")] = 10,
) -> SearchResponse:
    """Ranked evidence sentences (fused dense + lexical) with their sources: for debugging and evaluators."""
    svc = service(request)
    pipeline = svc.require_pipeline()
    if not q.strip():
        raise HTTPException(422, "the query is empty")
    (hits, sources), _, _ = await svc.run(pipeline.search, q, k)
    return SearchResponse(
        query=q,
        hits=[
            SearchHit(
                sentence_id=c.sentence.sentence_id,
                text=c.sentence.text,
                kind=c.sentence.kind,
                section=c.sentence.section,
                score=round(c.fused, 6),
                similarity=round(c.similarity, 4),
                dense_rank=c.dense_rank,
                lexical_rank=c.lexical_rank,
                source=source_info(sources[c.sentence.source_id]),
            )
            for c in hits
        ],
    )


@router.get(
    "/sources/{source_id:path}",
    response_model=SourceDetail,
    responses={**NOT_FOUND, **ERRORS},
    tags=["evidence"],
)
async def get_source(source_id: str, request: Request) -> SourceDetail:
    """A source's metadata, abstract and sentences (ids as cited in answers)."""
    store = service(request).require_pipeline().index.store
    source = store.source(source_id)
    if source is None:
        raise HTTPException(404, f"no source {source_id!r} in the index")
    sentences = [
        SentenceOut(
            sentence_id=s.sentence_id,
            position=s.position,
            section=s.section,
            text=s.text,
            char_start=s.char_start,
            char_end=s.char_end,
        )
        for s in store.sentences_of(source_id)
    ]
    return SourceDetail(
        **source_info(source).model_dump(), abstract=source.abstract, mesh=source.mesh, sentences=sentences
    )


@router.get("/health", response_model=Health, tags=["operations"])
async def health() -> Health:
    """Alive: answers even while the index loads or questions are being answered."""
    return Health()


@router.get("/ready", response_model=Ready, responses={503: {"model": ErrorResponse}}, tags=["operations"])
async def ready(request: Request) -> Ready:
    """Ready once the index and model are loaded: corpus counts and a manifest summary."""
    pipeline = service(request).require_pipeline()
    manifest = pipeline.index.manifest
    return Ready(
        status="ready",
        sources=pipeline.index.store.counts(),
        sentences=manifest.sentences,
        vectors=manifest.vectors,
        model=manifest.model,
        built_at=manifest.built_at.isoformat(),
        package_version=manifest.package_version,
    )


@router.get("/metrics", tags=["operations"], response_class=Response)
async def metrics(request: Request) -> Response:
    """Prometheus metrics: requests and latency by route and status, answers vs abstentions."""
    return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


__all__ = ["NotReady", "router"]
