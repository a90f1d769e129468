"""The normalised source record every reader yields and the builder consumes."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, Field, field_validator


class Section(BaseModel):
    """One part of an abstract.

    ``sentences`` is set when the input already carries sentence boundaries (SciFact's original corpus, a
    list-of-sentences abstract); those boundaries are kept as given. Otherwise ``text`` is split at build time.
    """

    label: str | None = None
    text: str | None = None
    sentences: list[str] | None = None

    @field_validator("sentences")
    @classmethod
    def _strip_empty(cls, value: list[str] | None) -> list[str] | None:
        if value is None:
            return None
        return [s.strip() for s in value if s and s.strip()]


class SourceRecord(BaseModel):
    """A source abstract with its bibliographic metadata, independent of the file format it came from."""

    id: str = Field(min_length=1, description="Namespaced id, '<corpus>:<local id>'.")
    corpus: str = Field(min_length=1)
    title: str = ""
    sections: list[Section] = Field(default_factory=list)
    authors: list[str] = Field(default_factory=list)
    year: int | None = None
    journal: str | None = None
    pmid: str | None = None
    doi: str | None = None
    url: str | None = None
    publication_types: list[str] = Field(default_factory=list)
    mesh: list[str] = Field(default_factory=list)

    @field_validator("year", mode="before")
    @classmethod
    def _parse_year(cls, value: object) -> int | None:
        if value in (None, ""):
            return None
        year = int(str(value).strip()[:4])
        if not 1000 <= year <= 2999:
            raise ValueError(f"implausible year {value!r}")
        return year

    @field_validator("doi", mode="before")
    @classmethod
    def _normalise_doi(cls, value: object) -> str | None:
        if not value:
            return None
        doi = str(value).strip().lower()
        for prefix in ("https://doi.org/", "http://dx.doi.org/", "doi:"):
            doi = doi.removeprefix(prefix)
        return doi or None

    @property
    def has_abstract(self) -> bool:
        return any(s.text or s.sentences for s in self.sections)


@dataclass(frozen=True)
class BadRecord:
    """A record a reader could not turn into a ``SourceRecord``: reported with file and line, then skipped."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"
