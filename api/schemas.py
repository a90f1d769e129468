"""Request and response models of the HTTP API: the single definition behind validation and /openapi.json."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rag.schemas import Answer, SourceInfo

SCHEMA_VERSION = "1.2"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_question(text: str) -> str:
    """Normalise a question: NFC, control characters removed, whitespace collapsed. Markup stays as text."""
    return " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", text)).split())


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, description="The question, in free text.")
    max_takeaways: int | None = Field(None, ge=1, le=20)
    min_evidence_level: int | None = Field(
        None, ge=1, le=4, description="Weakest evidence level to cite: 1 reviews only, 2 adds trials, 4 all."
    )
    year_from: int | None = Field(None, ge=1000, le=2999)
    year_to: int | None = Field(None, ge=1000, le=2999)

    @field_validator("question")
    @classmethod
    def _clean(cls, value: str) -> str:
        cleaned = clean_question(value)
        if not cleaned:
            raise ValueError("the question is empty")
        return cleaned

    @model_validator(mode="after")
    def _years_in_order(self) -> AskRequest:
        if self.year_from is not None and self.year_to is not None and self.year_from > self.year_to:
            raise ValueError("year_from is after year_to")
        return self


class Timings(BaseModel):
    total_ms: float
    queued_ms: float
    answer_ms: float


class AskResponse(Answer):
    schema_version: str = SCHEMA_VERSION
    timings: Timings


class SearchHit(BaseModel):
    sentence_id: str
    text: str
    kind: str = Field(description='"sentence" (quotable) or "title".')
    section: str | None
    score: float = Field(description="Reciprocal rank fusion score.")
    similarity: float
    dense_rank: int | None
    lexical_rank: int | None
    source: SourceInfo


class SearchResponse(BaseModel):
    schema_version: str = SCHEMA_VERSION
    query: str
    hits: list[SearchHit]


class SentenceOut(BaseModel):
    sentence_id: str
    position: int
    section: str | None
    text: str
    char_start: int
    char_end: int


class SourceDetail(SourceInfo):
    abstract: str
    mesh: list[str]
    sentences: list[SentenceOut]


class Health(BaseModel):
    status: str = "ok"


class Ready(BaseModel):
    status: str
    sources: dict[str, int]
    sentences: int
    vectors: int
    model: str
    built_at: str
    package_version: str


class ErrorResponse(BaseModel):
    detail: str | list
