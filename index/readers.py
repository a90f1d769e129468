"""Readers for every input format, each yielding ``SourceRecord`` or ``BadRecord`` items.

Formats: a BEIR folder or its ``corpus.jsonl`` (NFCorpus, SciFact, and PubMedQA's corpus, whose metadata carries
year, MeSH and labelled sections); SciFact's original corpus (sentence lists kept as given); our own
source-record JSONL; and PubMed XML (see ``index.pubmed_xml``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from pydantic import ValidationError

from index.records import BadRecord, Section, SourceRecord

FORMATS = ("beir", "scifact", "records", "pubmed-xml")
ReadItem = SourceRecord | BadRecord

_GENERIC_STEMS = {"corpus", "sources", "docs", "documents", "data", "original", "raw", "abstracts"}
_PMID_URL = re.compile(r"pubmed/(\d+)")


class FormatError(ValueError):
    """The input cannot be read at all (as opposed to a bad record inside a readable file)."""


def corpus_name(path: Path) -> str:
    """Namespace for a path's ids: the first folder or file stem, walking up, that is not a generic name.

    ``nfcorpus/corpus.jsonl`` -> ``nfcorpus``; ``scifact/original/corpus.jsonl`` -> ``scifact``;
    ``seed/sources.jsonl`` -> ``seed``; ``trials.jsonl`` -> ``trials``.
    """
    path = path.resolve()
    candidates = [path.name if path.is_dir() else _stem(path)] + [p.name for p in path.parents]
    for name in candidates:
        if name and name.lower() not in _GENERIC_STEMS:
            return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).lower()
    return "corpus"


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".jsonl", ".json", ".xml"):
        name = name.removesuffix(suffix)
    return name


def detect_format(path: Path) -> str:
    """Guess a path's format from its layout and first record; ``--format`` overrides this."""
    if path.is_dir():
        if (path / "corpus.jsonl").is_file():
            return "beir"
        raise FormatError(f"{path}: a folder must be a BEIR dataset with a corpus.jsonl")
    if not path.is_file():
        raise FormatError(f"{path}: no such file")
    from index.pubmed_xml import looks_like_pubmed_xml

    if path.name.endswith((".xml", ".xml.gz")) or looks_like_pubmed_xml(path):
        return "pubmed-xml"
    first = _first_json_object(path)
    if "doc_id" in first and isinstance(first.get("abstract"), list):
        return "scifact"
    if "_id" in first:
        return "beir"
    if "id" in first and ("abstract" in first or "text" in first):
        return "records"
    raise FormatError(
        f"{path}: cannot tell the format from its first record (keys: {sorted(first)}); "
        f"pass --format with one of {', '.join(FORMATS)}"
    )


def _first_json_object(path: Path) -> dict:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as error:
                    raise FormatError(f"{path}:{number}: not JSON Lines ({error.msg})") from None
                if not isinstance(value, dict):
                    raise FormatError(f"{path}:{number}: expected a JSON object per line")
                return value
    raise FormatError(f"{path}: the file is empty")


def read_path(path: Path, fmt: str | None = None, corpus: str | None = None) -> Iterator[ReadItem]:
    """Read any supported input, detecting the format unless ``fmt`` is given."""
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise FormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "pubmed-xml":
        from index.pubmed_xml import read_pubmed_xml

        yield from read_pubmed_xml(path, corpus=corpus or "pubmed")
        return
    corpus = corpus or corpus_name(path)
    if path.is_dir():
        path = path / "corpus.jsonl"
    parse = {"beir": _from_beir, "scifact": _from_scifact, "records": _from_record}[fmt]
    yield from _read_jsonl(path, corpus, parse)


def _read_jsonl(path: Path, corpus: str, parse: Callable[[dict, str], SourceRecord]) -> Iterator[ReadItem]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                if not isinstance(raw, dict):
                    raise ValueError("expected a JSON object")
                record = parse(raw, corpus)
            except json.JSONDecodeError as error:
                yield BadRecord(str(path), number, f"invalid JSON ({error.msg})")
                continue
            except ValidationError as error:
                problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
                yield BadRecord(str(path), number, problems)
                continue
            except (KeyError, TypeError, ValueError) as error:
                yield BadRecord(str(path), number, f"{type(error).__name__}: {error}")
                continue
            if not record.has_abstract:
                yield BadRecord(str(path), number, f"{record.id}: no abstract text")
                continue
            yield record


def _require_id(raw: dict, key: str) -> str:
    value = raw.get(key)
    if value is None or not str(value).strip():
        raise KeyError(f"missing {key!r}")
    return str(value).strip()


def _from_beir(raw: dict, corpus: str) -> SourceRecord:
    local_id = _require_id(raw, "_id")
    meta = raw.get("metadata") or {}
    sections = [Section(label=s.get("label"), text=s.get("text")) for s in meta.get("sections") or []]
    if not sections:
        sections = [Section(text=raw.get("text") or "")]
    url = meta.get("url")
    pmid_match = _PMID_URL.search(url or "")
    pmid = pmid_match.group(1) if pmid_match else (local_id if corpus == "pubmedqa" else None)
    return SourceRecord(
        id=f"{corpus}:{local_id}",
        corpus=corpus,
        title=raw.get("title") or "",
        sections=sections,
        year=meta.get("year"),
        mesh=meta.get("mesh") or [],
        pmid=pmid,
        url=url or (f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None),
    )


def _from_scifact(raw: dict, corpus: str) -> SourceRecord:
    local_id = _require_id(raw, "doc_id")
    abstract = raw.get("abstract")
    if not isinstance(abstract, list):
        raise TypeError("'abstract' must be a list of sentences")
    return SourceRecord(
        id=f"{corpus}:{local_id}",
        corpus=corpus,
        title=raw.get("title") or "",
        sections=[Section(sentences=abstract)],
    )


def _from_record(raw: dict, corpus: str) -> SourceRecord:
    """Our source-record JSONL. ``abstract`` may be a string, a list of sentences or a list of sections."""
    corpus = str(raw.get("source") or corpus)
    local_id = _require_id(raw, "id")
    abstract = raw.get("abstract", raw.get("text"))
    if not abstract:
        raise ValueError(f"{local_id}: no abstract text")
    if isinstance(abstract, str):
        sections = [Section(text=abstract)]
    elif isinstance(abstract, list) and all(isinstance(s, str) for s in abstract):
        sections = [Section(sentences=abstract)]
    elif isinstance(abstract, list) and all(isinstance(s, dict) for s in abstract):
        sections = [Section(label=s.get("label"), text=s.get("text")) for s in abstract]
    else:
        raise TypeError(
            "'abstract' must be a string, a list of sentences or a list of {label, text} sections"
        )
    authors = raw.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    fields = {k: raw.get(k) for k in ("year", "journal", "pmid", "doi", "url")}
    if fields["pmid"] is not None:
        fields["pmid"] = str(fields["pmid"])
    return SourceRecord(
        id=f"{corpus}:{local_id}",
        corpus=corpus,
        title=raw.get("title") or "",
        sections=sections,
        authors=authors,
        publication_types=raw.get("publication_types") or [],
        mesh=raw.get("mesh") or [],
        **fields,
    )
