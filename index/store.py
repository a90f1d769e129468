"""The SQLite file that holds sources and sentences: the ground truth every citation is checked against."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

SOURCE_CACHE_SIZE = 20_000
SCHEMA = """
CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    corpus TEXT NOT NULL,
    title TEXT NOT NULL,
    abstract TEXT NOT NULL,
    authors TEXT NOT NULL,
    year INTEGER,
    journal TEXT,
    pmid TEXT,
    doi TEXT,
    url TEXT,
    publication_types TEXT NOT NULL,
    mesh TEXT NOT NULL,
    evidence_level INTEGER NOT NULL,
    study_type TEXT NOT NULL
);
CREATE TABLE sentences (
    vector_id INTEGER PRIMARY KEY,
    sentence_id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL REFERENCES sources(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    section TEXT,
    text TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
CREATE INDEX sentences_by_source ON sentences(source_id, position);
"""


@dataclass(frozen=True)
class StoredSource:
    id: str
    corpus: str
    title: str
    abstract: str
    authors: list[str]
    year: int | None
    journal: str | None
    pmid: str | None
    doi: str | None
    url: str | None
    publication_types: list[str]
    mesh: list[str]
    evidence_level: int
    study_type: str


@dataclass(frozen=True)
class StoredSentence:
    """A retrievable unit. ``kind`` is "sentence" (quotable) or "title" (retrieval only, never quoted).

    ``text == source.abstract[char_start:char_end]`` for sentences; titles point into the title instead.
    """

    vector_id: int
    sentence_id: str
    source_id: str
    position: int
    kind: str
    section: str | None
    text: str
    char_start: int
    char_end: int


def sentence_id(source_id: str, position: int) -> str:
    """Stable, readable sentence ids: ``<source id>#<position>`` (0-based; the title is ``#title``)."""
    return f"{source_id}#{position}" if position >= 0 else f"{source_id}#title"


class Store:
    """Read and write access to the index's SQLite file."""

    def __init__(self, path: Path, readonly: bool = True) -> None:
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}?mode=rwc"
        self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        self._cache: OrderedDict[str, StoredSource] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def create(cls, path: Path) -> Store:
        store = cls(path, readonly=False)
        store._db.executescript(SCHEMA)
        return store

    def close(self) -> None:
        self._db.close()

    def add_source(self, source: StoredSource) -> None:
        row = source.__dict__ | {
            "authors": json.dumps(source.authors),
            "publication_types": json.dumps(source.publication_types),
            "mesh": json.dumps(source.mesh),
        }
        self._db.execute(
            f"INSERT INTO sources ({', '.join(row)}) VALUES ({', '.join(':' + k for k in row)})", row
        )

    def add_sentences(self, sentences: Iterable[StoredSentence]) -> None:
        self._db.executemany(
            "INSERT INTO sentences VALUES (:vector_id, :sentence_id, :source_id, :position, :kind, :section,"
            " :text, :char_start, :char_end)",
            (s.__dict__ for s in sentences),
        )

    def commit(self) -> None:
        self._db.commit()

    def sentences(self, vector_ids: Sequence[int]) -> dict[int, StoredSentence]:
        """Sentences by vector id, in one query (the hot path of every question)."""
        if not vector_ids:
            return {}
        marks = ",".join("?" * len(vector_ids))
        rows = self._db.execute(
            f"SELECT * FROM sentences WHERE vector_id IN ({marks})", list(map(int, vector_ids))
        )
        return {row["vector_id"]: StoredSentence(**dict(row)) for row in rows}

    def sentence(self, sentence_id: str) -> StoredSentence | None:
        row = self._db.execute("SELECT * FROM sentences WHERE sentence_id = ?", (sentence_id,)).fetchone()
        return StoredSentence(**dict(row)) if row else None

    def sentences_of(self, source_id: str) -> list[StoredSentence]:
        rows = self._db.execute(
            "SELECT * FROM sentences WHERE source_id = ? AND kind = 'sentence' ORDER BY position",
            (source_id,),
        )
        return [StoredSentence(**dict(row)) for row in rows]

    def sources(self, ids: Sequence[str]) -> dict[str, StoredSource]:
        """Sources by id. Sources never change once built, so parsed rows are kept in a bounded cache: every
        question reads a few hundred of them."""
        with self._lock:
            found = {i: self._cache[i] for i in ids if i in self._cache}
            for i in found:
                self._cache.move_to_end(i)
        missing = [i for i in dict.fromkeys(ids) if i not in found]
        if missing:
            marks = ",".join("?" * len(missing))
            rows = self._db.execute(f"SELECT * FROM sources WHERE id IN ({marks})", missing).fetchall()
            fetched = {row["id"]: _source_from_row(row) for row in rows}
            with self._lock:
                self._cache.update(fetched)
                while len(self._cache) > SOURCE_CACHE_SIZE:
                    self._cache.popitem(last=False)
            found |= fetched
        return found

    def source(self, source_id: str) -> StoredSource | None:
        return self.sources([source_id]).get(source_id)

    def counts(self) -> dict[str, int]:
        query = "SELECT corpus, COUNT(*) FROM sources GROUP BY corpus ORDER BY corpus"
        return {corpus: n for corpus, n in self._db.execute(query)}

    def iter_sources(self) -> Iterable[StoredSource]:
        for row in self._db.execute("SELECT * FROM sources ORDER BY id"):
            yield _source_from_row(row)


def _source_from_row(row: sqlite3.Row) -> StoredSource:
    data = dict(row)
    for key in ("authors", "publication_types", "mesh"):
        data[key] = json.loads(data[key])
    return StoredSource(**data)
