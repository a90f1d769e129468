"""Streaming reader for PubMed XML (efetch output and the annual baseline / daily update files).

A baseline file holds ~30k articles (150+ MB uncompressed), so the file is parsed incrementally and every
top-level element is dropped from the tree as soon as it has been converted; memory stays at one article.
"""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
import zlib
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from pydantic import ValidationError

from index.records import BadRecord, Section, SourceRecord

__all__ = ["BadRecord", "ReadResult", "looks_like_pubmed_xml", "read_pubmed_xml"]

_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 2048
_ARTICLE_TAG = re.compile(rb"<PubmedArticle[\s>]")
_ARTICLE_TAG_LEN = len(b"<PubmedArticle>")
_ROOT_RE = re.compile(rb"<(?:!DOCTYPE\s+)?PubmedArticleSet[\s>/]")
_YEAR_RE = re.compile(r"[12]\d{3}")


ReadResult = SourceRecord | BadRecord


def looks_like_pubmed_xml(path: Path) -> bool:
    """Cheap format sniff of the first ~2 KB, so a directory of mixed inputs can be routed by content."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(_SNIFF_BYTES * 8)
    except OSError:
        return False
    if head.startswith(_GZIP_MAGIC):
        # A decompressor object tolerates a truncated stream, unlike gzip.open().read().
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, _SNIFF_BYTES)
        except zlib.error:
            return False
    return _ROOT_RE.search(head[:_SNIFF_BYTES]) is not None


def read_pubmed_xml(path: Path, corpus: str = "pubmed") -> Iterator[ReadResult]:
    """Yield a ``SourceRecord`` (or ``BadRecord``) per ``<PubmedArticle>`` of a ``.xml`` or ``.xml.gz`` file.

    The root element is checked before this returns, so a file that is not XML or not a PubmedArticleSet
    raises ``ValueError`` at the call, not at first iteration. XML that breaks later in the file raises
    ``ValueError`` during iteration, after the records before the break have been yielded.
    ``<DeleteCitation>`` and ``<PubmedBookArticle>`` are skipped.
    """
    if not corpus:
        raise ValueError("corpus must be a non-empty string")
    path = Path(path)
    source = _LineTrackingReader(_open(path))
    events = _checked(ET.iterparse(source, events=("start", "end")), path)
    try:
        _, root = next(events)
        if root.tag != "PubmedArticleSet":
            raise ValueError(
                f"{path}: not PubMed XML: root element is <{root.tag}>, expected <PubmedArticleSet>"
            )
    except BaseException:
        source.close()
        raise
    return _records(source, events, root, path, corpus)


def _open(path: Path) -> IO[bytes]:
    """Open by content rather than suffix, so a gzipped file without ``.gz`` (or the reverse) still works."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == _GZIP_MAGIC else open(path, "rb")


class _LineTrackingReader:
    """Hands bytes to ``iterparse`` while noting the line of every ``<PubmedArticle>`` start tag.

    ElementTree reports no positions. iterparse reads a block before it yields that block's events, so the
    line of the n-th article start tag is queued before the parser emits the n-th article's start event.
    Scanning blocks with a regex costs far less than feeding the parser line by line.
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._carry = b""  # tail of the last block that may hold the beginning of a tag cut in two
        self._carry_line = 1  # line number at the start of _carry
        self.article_lines: deque[int] = deque()

    def read(self, size: int = -1) -> bytes:
        block = self._raw.read(size)
        data = self._carry + block
        line, pos = self._carry_line, 0
        for match in _ARTICLE_TAG.finditer(data):
            line += data.count(b"\n", pos, match.start())
            pos = match.start()
            self.article_lines.append(line)
        keep = max(len(data) - _ARTICLE_TAG_LEN + 1, pos)
        self._carry_line = line + data.count(b"\n", pos, keep)
        self._carry = data[keep:]
        return block

    def close(self) -> None:
        self._raw.close()


def _checked(events: Iterator[tuple[str, ET.Element]], path: Path) -> Iterator[tuple[str, ET.Element]]:
    """Turn parse and decompression failures into ``ValueError`` naming the file."""
    try:
        yield from events
    except ET.ParseError as exc:
        raise ValueError(f"{path}: not well-formed XML: {exc}") from exc
    except (EOFError, OSError, zlib.error) as exc:  # truncated or corrupt gzip
        raise ValueError(f"{path}: cannot read: {exc}") from exc


def _records(
    source: _LineTrackingReader,
    events: Iterator[tuple[str, ET.Element]],
    root: ET.Element,
    path: Path,
    corpus: str,
) -> Iterator[ReadResult]:
    """Convert each completed top-level child of the root, then clear the root so memory stays flat."""
    try:
        depth = 1
        line: int | None = None
        for event, elem in events:
            if event == "start":
                depth += 1
                if depth == 2 and elem.tag == "PubmedArticle":
                    line = source.article_lines.popleft() if source.article_lines else None
                continue
            depth -= 1
            if depth != 1:
                continue
            if elem.tag == "PubmedArticle":
                yield _to_record(elem, str(path), line, corpus)
            # DeleteCitation, PubmedBookArticle and anything unknown: nothing to index.
            root.clear()
    finally:
        source.close()


def _to_record(article: ET.Element, path: str, line: int | None, corpus: str) -> ReadResult:
    citation = article.find("MedlineCitation")
    pmid = _text(citation.find("PMID")) if citation is not None else ""
    if citation is None or not pmid:
        return BadRecord(path, line, "PubmedArticle without MedlineCitation/PMID")
    art = citation.find("Article")
    if art is None:
        return BadRecord(path, line, f"PMID {pmid}: no MedlineCitation/Article element")

    title = _text(art.find("ArticleTitle")) or _text(art.find("VernacularTitle"))
    sections = [
        Section(label=node.get("Label") or node.get("NlmCategory") or None, text=text)
        for node in art.findall("Abstract/AbstractText")
        if (text := _text(node))
    ]
    try:
        return SourceRecord(
            id=f"{corpus}:{pmid}",
            corpus=corpus,
            pmid=pmid,
            title=title,
            sections=sections,
            authors=_authors(art),
            year=_year(art),
            journal=_text(art.find("Journal/Title")) or None,
            doi=_doi(article, art),
            url=f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/",
            publication_types=_texts(art.findall("PublicationTypeList/PublicationType")),
            mesh=_texts(citation.findall("MeshHeadingList/MeshHeading/DescriptorName")),
        )
    except ValidationError as exc:
        errors = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return BadRecord(path, line, f"PMID {pmid}: {errors}")


def _text(elem: ET.Element | None) -> str:
    """All text under ``elem`` with inline markup (<i>, <sup>, MathML) flattened and whitespace collapsed."""
    if elem is None:
        return ""
    return " ".join("".join(elem.itertext()).split())


def _texts(elems: list[ET.Element]) -> list[str]:
    return [text for elem in elems if (text := _text(elem))]


def _authors(art: ET.Element) -> list[str]:
    """'Surname Initials' as PubMed displays them; a CollectiveName (a consortium) is kept whole."""
    names: list[str] = []
    for author in art.findall("AuthorList/Author"):
        if author.get("ValidYN") == "N":  # PubMed keeps erroneous names in the list, flagged invalid
            continue
        if collective := _text(author.find("CollectiveName")):
            names.append(collective)
            continue
        last = _text(author.find("LastName"))
        if not last:
            continue
        initials = _text(author.find("Initials"))
        if not initials:
            initials = "".join(part[0] for part in _text(author.find("ForeName")).split())
        names.append(f"{last} {initials}" if initials else last)
    return names


def _year(art: ET.Element) -> int | None:
    """Issue year first (what citations use); MedlineDate is free text like '1998 Dec-1999 Jan'."""
    pub_date = art.find("Journal/JournalIssue/PubDate")
    candidates = [
        _text(pub_date.find("Year")) if pub_date is not None else "",
        _text(pub_date.find("MedlineDate")) if pub_date is not None else "",
        _text(art.find("ArticleDate/Year")),
    ]
    for candidate in candidates:
        if match := _YEAR_RE.search(candidate):
            return int(match.group())
    return None


def _doi(article: ET.Element, art: ET.Element) -> str | None:
    # Direct children only: ReferenceList and CommentsCorrections carry DOIs of *other* articles.
    for node in article.findall("PubmedData/ArticleIdList/ArticleId"):
        if node.get("IdType") == "doi" and (doi := _text(node)):
            return doi
    for node in art.findall("ELocationID"):
        if node.get("EIdType") == "doi" and node.get("ValidYN", "Y") == "Y" and (doi := _text(node)):
            return doi
    return None
