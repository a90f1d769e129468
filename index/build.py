"""Build an index: read sources, split sentences, embed, and write FAISS + bm25s + SQLite atomically."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import faiss
import numpy as np
from tqdm import tqdm

from index.embedding import limit_threads, load_embedder
from index.evidence import classify_evidence
from index.lexical import LexicalIndex
from index.manifest import MANIFEST_NAME, CorpusEntry, Manifest, sha256_of
from index.readers import detect_format, read_path
from index.records import BadRecord, SourceRecord
from index.section_labels import strip_section_label
from index.splitter import split_spans
from index.store import Store, StoredSentence, StoredSource, sentence_id
from rag.config import Settings

STORE_NAME = "store.sqlite"
VECTORS_NAME = "vectors.faiss"
LEXICAL_DIR = "lexical"
DOCUMENTS_DIR = "lexical-documents"
ANCHORS_NAME = "anchors.npy"


@dataclass
class BuildInput:
    path: Path
    format: str | None = None
    corpus: str | None = None


@dataclass
class BuildReport:
    """What a build did, including every record it skipped and why."""

    manifest: Manifest
    bad_records: list[BadRecord] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)


class _Deduplicator:
    """A source seen twice (same id, PMID or DOI) is stored once: the first occurrence wins."""

    def __init__(self) -> None:
        self._keys: set[str] = set()

    def is_new(self, record: SourceRecord) -> bool:
        keys = {f"id:{record.id}"}
        if record.pmid:
            keys.add(f"pmid:{record.pmid}")
        if record.doi:
            keys.add(f"doi:{record.doi}")
        if keys & self._keys:
            return False
        self._keys |= keys
        return True


def split_record(record: SourceRecord, splitter: str) -> tuple[str, list[tuple[str | None, int, int]]]:
    """Return the abstract text and its sentences as (section label, start, end) offsets into it.

    Sections are joined by newlines; sentences given by the input keep their boundaries.
    """
    parts: list[str] = []
    spans: list[tuple[str | None, int, int]] = []
    offset = 0
    for section in record.sections:
        if section.sentences:
            text = " ".join(section.sentences)
            local, cursor = [], 0
            for sentence in section.sentences:
                start = text.index(sentence, cursor)
                cursor = start + len(sentence)
                local.append((start, cursor))
            labelled = _inline_labels(text, local, section.label, carry=False)
        else:
            text = (section.text or "").strip()
            labelled = _inline_labels(text, split_spans(text, backend=splitter), section.label)
        if not text:
            continue
        if parts:
            offset += 1  # the newline joining sections
        spans.extend((label, offset + start, offset + end) for label, start, end in labelled)
        parts.append(text)
        offset += len(text)
    return "\n".join(parts), spans


def _inline_labels(
    text: str, spans: list[tuple[int, int]], label: str | None, carry: bool = True
) -> list[tuple[str | None, int, int]]:
    """Move inline section labels ("RESULTS: ...") out of the sentence text and onto the sentences they head.

    In split text a label heads the sentences after it too. Given sentences (SciFact's "RESULTS We found ...")
    keep a label to their own (``carry=False``): they may be an abridged abstract (a "Background" sentence
    followed by chosen results). Either way each sentence keeps its number, which SciFact's gold rationale ids
    are: a label is only taken off text that follows it."""
    labelled = []
    for start, end in spans:
        found, rest = strip_section_label(text[start:end])
        if found:
            start = end - len(rest)
        labelled.append((found or label, start, end))
        if found and carry:
            label = found
    return labelled


def _stored_units(record: SourceRecord, splitter: str, first_vector_id: int) -> tuple[StoredSource, list]:
    abstract, spans = split_record(record, splitter)
    level = classify_evidence(record.publication_types, record.title, abstract, record.mesh)
    source = StoredSource(
        id=record.id,
        corpus=record.corpus,
        title=record.title,
        abstract=abstract,
        authors=record.authors,
        year=record.year,
        journal=record.journal,
        pmid=record.pmid,
        doi=record.doi,
        url=record.url,
        publication_types=record.publication_types,
        mesh=record.mesh,
        evidence_level=level.level,
        study_type=level.study_type,
    )
    units: list[StoredSentence] = []
    if record.title.strip():
        title = record.title.strip()
        units.append(
            StoredSentence(
                first_vector_id,
                sentence_id(record.id, -1),
                record.id,
                -1,
                "title",
                None,
                title,
                0,
                len(title),
            )
        )
    for position, (label, start, end) in enumerate(spans):
        units.append(
            StoredSentence(
                first_vector_id + len(units),
                sentence_id(record.id, position),
                record.id,
                position,
                "sentence",
                label,
                abstract[start:end],
                start,
                end,
            )
        )
    return source, units


def build_index(
    inputs: Iterable[BuildInput], out: Path, settings: Settings, progress: bool = True
) -> BuildReport:
    """Build into a temporary sibling folder, then swap it in: a failed or killed build leaves ``out`` intact."""
    started = time.perf_counter()
    limit_threads(os.cpu_count() or 1)  # a build owns the machine; queries are held to settings.threads
    out = out.resolve()
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MANIFEST_NAME).is_file())):
        raise ValueError(f"refusing to replace {out}: it exists and is not an index folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.parent / f".{out.name}.building-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    try:
        report = _build_into(list(inputs), tmp, settings, progress, started)
        _swap_in(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report


def _build_into(
    inputs: list[BuildInput], folder: Path, settings: Settings, progress: bool, started: float
) -> BuildReport:
    store = Store.create(folder / STORE_NAME)
    dedupe = _Deduplicator()
    texts: list[str] = []
    documents: list[str] = []  # title + abstract per source, for the document-level lexical ranking
    anchors: list[
        int
    ] = []  # the unit that stands for each source in that ranking (its title, else 1st sentence)
    corpora: list[CorpusEntry] = []
    bad: list[BadRecord] = []
    duplicates: list[str] = []
    n_sources = n_sentences = 0
    for item in inputs:
        fmt = item.format or detect_format(item.path)
        counts = {"records": 0, "duplicates": 0, "bad_records": 0}
        corpus_seen = item.corpus
        for read in tqdm(
            read_path(item.path, fmt, item.corpus),
            desc=f"read {item.path.name}",
            unit=" rec",
            disable=not progress,
        ):
            if isinstance(read, BadRecord):
                bad.append(read)
                counts["bad_records"] += 1
                continue
            corpus_seen = read.corpus
            if not dedupe.is_new(read):
                duplicates.append(read.id)
                counts["duplicates"] += 1
                continue
            source, units = _stored_units(read, settings.splitter, len(texts))
            store.add_source(source)
            store.add_sentences(units)
            anchors.append(len(texts))
            documents.append(f"{source.title}\n{source.abstract}")
            texts.extend(u.text for u in units)
            n_sources += 1
            n_sentences += sum(u.kind == "sentence" for u in units)
            counts["records"] += 1
        corpora.append(
            CorpusEntry(
                name=corpus_seen or fmt, path=str(item.path), format=fmt, files=_hashes(item.path), **counts
            )
        )
    if not texts:
        raise ValueError("no usable source records in the input; nothing to index")
    store.commit()
    store.close()

    embedder = load_embedder(settings.model)
    vectors = embedder.encode(
        [embedder.in_american(t) for t in texts], batch_size=settings.embed_batch_size, show_progress=progress
    )
    faiss.write_index(_faiss_index(vectors, settings.faiss_index), str(folder / VECTORS_NAME))
    LexicalIndex.build(texts, show_progress=progress).save(folder / LEXICAL_DIR)
    LexicalIndex.build(documents, show_progress=progress).save(folder / DOCUMENTS_DIR)
    np.save(folder / DOCUMENTS_DIR / ANCHORS_NAME, np.asarray(anchors, dtype=np.int64))

    manifest = Manifest(
        package_version=version("evidence-rag"),
        built_at=datetime.now(UTC),
        build_seconds=round(time.perf_counter() - started, 2),
        model=settings.model,
        dimension=embedder.dimension,
        splitter=settings.splitter,
        faiss_index=settings.faiss_index,
        corpora=corpora,
        sources=n_sources,
        sentences=n_sentences,
        vectors=len(texts),
    )
    manifest.save(folder)
    return BuildReport(manifest, bad, duplicates)


def _faiss_index(vectors: np.ndarray, kind: str) -> faiss.Index:
    dimension = vectors.shape[1]
    if kind == "flat":
        index = faiss.IndexFlatIP(dimension)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 80
    else:
        raise ValueError(f"unknown faiss index type {kind!r}; use 'flat' or 'hnsw'")
    index.add(vectors)
    return index


def _hashes(path: Path) -> dict[str, str]:
    files: Iterator[Path] = iter([path / "corpus.jsonl"]) if path.is_dir() else iter([path])
    return {str(f): sha256_of(f) for f in files if f.is_file()}


def _swap_in(tmp: Path, out: Path) -> None:
    """Replace ``out`` by ``tmp`` with two renames; the old index is removed only once the new one is in place."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.replace(out, old)
    os.replace(tmp, out)
    shutil.rmtree(old, ignore_errors=True)
