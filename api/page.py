"""The answer page (server-rendered, works with JavaScript off) and the embeddable widget script."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from api.schemas import AskRequest
from api.service import Busy, NotReady, TooSlow
from rag.render import format_effect, grounding_line, stance_name, verdict_name
from rag.wording import LEVEL_NAMES

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=HERE / "templates")
templates.env.filters["effect"] = format_effect
templates.env.globals.update(
    stance_name=stance_name, verdict_name=verdict_name, grounding_line=grounding_line
)
router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
async def page(request: Request, q: Annotated[str | None, Query()] = None) -> HTMLResponse:
    context: dict[str, object] = {"question": q or "", "answer": None, "error": None, "levels": LEVEL_NAMES}
    status = 200
    if q is not None and q.strip():
        try:
            answer, _, _ = await request.app.state.service.ask(AskRequest(question=q))
            request.app.state.metrics.answers.labels(answer.status).inc()
            context["answer"] = answer
        except (ValueError, ValidationError) as error:
            status, context["error"] = 422, _message(error)
        except (NotReady, Busy) as error:
            status, context["error"] = (
                503,
                f"The service is not ready to answer yet ({error}). Try again shortly.",
            )
        except TooSlow as error:
            status, context["error"] = 504, f"Answering took too long ({error}). Try a shorter question."
    return templates.TemplateResponse(request, "page.html", context, status_code=status)


@router.get("/widget.js")
async def widget() -> FileResponse:
    return FileResponse(HERE / "static" / "widget.js", media_type="application/javascript")


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(e["msg"].removeprefix("Value error, ") for e in error.errors())
    return str(error)
