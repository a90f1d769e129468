"""The SQLite file that holds sources and sentences: the ground truth every citation is checked against."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

SOURCE_CACHE_SIZE = 20_000
SENTENCE_CACHE_SIZE = 200_000
K = TypeVar("K")
T = TypeVar("T")
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


class LRUCache(Generic[K, T]):
    """A thread-safe least-recently-used cache with a batch lookup that fetches what it misses in one call."""

    def __init__(self, size: int) -> None:
        self._items: OrderedDict[K, T] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get_many(self, keys: list[K], fetch: Callable[[list[K]], dict[K, T]]) -> dict[K, T]:
        with self._lock:
            found = {k: self._items[k] for k in keys if k in self._items}
            for k in found:
                self._items.move_to_end(k)
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        if missing:
            fetched = fetch(missing)
            with self._lock:
                self._items.update(fetched)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
            found |= fetched
        return found


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
        # Rows never change once built, so parsed ones are kept in bounded caches (shared by threads).
        self._source_cache: LRUCache[str, StoredSource] = LRUCache(SOURCE_CACHE_SIZE)
        self._sentence_cache: LRUCache[int, StoredSentence] = LRUCache(SENTENCE_CACHE_SIZE)

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
        """Sentences by vector id (the hot path of every question): cached, the rest in one query."""
        return self._sentence_cache.get_many(
            [int(i) for i in vector_ids],
            lambda ids: self._fetch("sentences", "vector_id", ids, lambda row: StoredSentence(**dict(row))),
        )

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
        """Sources by id: cached, the rest in one query. Every question reads a few hundred of them."""
        return self._source_cache.get_many(
            list(ids), lambda m: self._fetch("sources", "id", m, _source_from_row)
        )

    def _fetch(self, table: str, key: str, keys: list, build: Callable[[sqlite3.Row], T]) -> dict:
        marks = ",".join("?" * len(keys))
        rows = self._db.execute(f"SELECT * FROM {table} WHERE {key} IN ({marks})", keys).fetchall()
        return {row[key]: build(row) for row in rows}

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
