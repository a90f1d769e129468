"""Tests for the streaming PubMed XML reader, against a small invented fixture."""

from __future__ import annotations

import gzip
import tracemalloc
from pathlib import Path

import pytest

from index.pubmed_xml import BadRecord, looks_like_pubmed_xml, read_pubmed_xml
from index.records import Section, SourceRecord

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "pubmed_sample.xml"


@pytest.fixture
def gz_fixture(tmp_path: Path) -> Path:
    """A gzipped copy made at test time so only the plain file is committed."""
    target = tmp_path / "pubmed_sample.xml.gz"
    target.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    return target


def _records(path: Path, corpus: str = "pubmed") -> dict[str, SourceRecord]:
    return {r.pmid: r for r in read_pubmed_xml(path, corpus) if isinstance(r, SourceRecord)}


def test_yields_articles_in_order_and_skips_delete_and_book_entries() -> None:
    results = list(read_pubmed_xml(FIXTURE))
    assert [type(r) for r in results] == [SourceRecord, SourceRecord, SourceRecord, BadRecord]
    assert [r.pmid for r in results[:3]] == ["90000001", "90000002", "90000003"]


def test_structured_abstract() -> None:
    rec = _records(FIXTURE, corpus="pm")["90000001"]
    assert rec.id == "pm:90000001"
    assert rec.corpus == "pm"
    assert (
        rec.title == "Quillmorin supplementation and resting heart rate in Homo fictus: a randomised trial."
    )
    assert [s.label for s in rec.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert rec.sections[1].text == (
        "We randomised 120 adults to quillmorin or placebo for 12 weeks and measured BMI in kg/m2."
    )
    assert rec.sections[2].text == (
        "Resting heart rate fell by 4 beats per minute in the quillmorin group (p = 0.01)."
    )
    assert all("Copyright" not in (s.text or "") for s in rec.sections)
    assert rec.authors == ["Zhang Z", "Placeholder AB"]  # ValidYN="N" author dropped
    assert rec.year == 2021  # issue year wins over the electronic ArticleDate (2020)
    assert rec.journal == "Journal of Imaginary Nutrition"
    assert rec.doi == "10.5555/fict.2021.001"  # ArticleIdList beats ELocationID; not the reference's DOI
    assert rec.url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert rec.publication_types == ["Randomized Controlled Trial", "Journal Article"]
    assert rec.mesh == ["Heart Rate", "Dietary Supplements"]


def test_unstructured_abstract_and_fallbacks() -> None:
    rec = _records(FIXTURE)["90000002"]
    assert rec.id == "pubmed:90000002"
    assert rec.title == "Serum quillmorin after a 50 mg dose: Ca2+ binding in vitro."
    assert rec.sections == [
        Section(
            label=None,
            text="Serum quillmorin peaked two hours after dosing."
            " This invented abstract has no labelled sections.",
        )
    ]
    assert rec.authors == ["Imaginario CD"]  # initials derived from ForeName when Initials is missing
    assert rec.year == 2022  # no PubDate Year or MedlineDate: ArticleDate
    assert rec.doi == "10.5555/fict.2022.002"  # ELocationID, the pii one ignored, URL prefix stripped
    assert rec.mesh == []


def test_medline_date_collective_name_and_nlm_category() -> None:
    rec = _records(FIXTURE)["90000003"]
    assert rec.year == 1998
    assert rec.authors == ["Quillmorin Fictional Study Group", "Exemplar Q"]
    assert rec.sections == [
        Section(label="OBJECTIVE", text="To agree invented labelling rules for quillmorin.")
    ]
    assert rec.doi is None
    assert rec.publication_types == ["Consensus Development Conference"]


def test_article_without_pmid_is_a_bad_record_with_its_line() -> None:
    bad = [r for r in read_pubmed_xml(FIXTURE) if isinstance(r, BadRecord)]
    lines = FIXTURE.read_text().splitlines()
    starts = [n for n, text in enumerate(lines, start=1) if text.strip() == "<PubmedArticle>"]
    assert len(bad) == 1
    assert bad[0].path == str(FIXTURE)
    assert bad[0].line == starts[-1]
    assert "PMID" in bad[0].message


def test_gzip_gives_the_same_results(gz_fixture: Path) -> None:
    plain = list(read_pubmed_xml(FIXTURE))
    packed = list(read_pubmed_xml(gz_fixture))
    assert [r for r in packed if isinstance(r, SourceRecord)] == [
        r for r in plain if isinstance(r, SourceRecord)
    ]
    assert [(r.line, r.message) for r in packed if isinstance(r, BadRecord)] == [
        (r.line, r.message) for r in plain if isinstance(r, BadRecord)
    ]


def test_looks_like_pubmed_xml(tmp_path: Path, gz_fixture: Path) -> None:
    assert looks_like_pubmed_xml(FIXTURE)
    assert looks_like_pubmed_xml(gz_fixture)
    truncated = tmp_path / "truncated.xml.gz"
    truncated.write_bytes(gz_fixture.read_bytes()[:200])
    assert looks_like_pubmed_xml(truncated)
    other = tmp_path / "other.xml"
    other.write_text('<?xml version="1.0"?><eSearchResult><Count>0</Count></eSearchResult>')
    assert not looks_like_pubmed_xml(other)
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text('{"doc_id": 1, "title": "PubmedArticleSet"}\n')
    assert not looks_like_pubmed_xml(jsonl)
    assert not looks_like_pubmed_xml(tmp_path / "missing.xml")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"PMID\tTitle\n90000001\tNot XML\n", "not well-formed XML"),
        (b"", "not well-formed XML"),
        (b'<?xml version="1.0"?><eFetchResult><ERROR>bad id</ERROR></eFetchResult>', "<eFetchResult>"),
    ],
)
def test_not_pubmed_xml_raises_at_call(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "input.xml"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=expected) as info:
        read_pubmed_xml(path)  # no iteration needed
    assert str(path) in str(info.value)


def test_corrupt_later_in_file_raises_after_earlier_records(tmp_path: Path, gz_fixture: Path) -> None:
    text = FIXTURE.read_bytes()
    cut = text.index(b"<DeleteCitation>")
    broken = tmp_path / "broken.xml"
    broken.write_bytes(text[:cut])
    seen: list[object] = []
    with pytest.raises(ValueError, match="not well-formed XML") as info:
        seen.extend(read_pubmed_xml(broken))
    assert str(broken) in str(info.value)
    assert [r.pmid for r in seen if isinstance(r, SourceRecord)] == ["90000001", "90000002"]

    truncated = tmp_path / "truncated.xml.gz"
    truncated.write_bytes(gz_fixture.read_bytes()[:-20])
    with pytest.raises(ValueError, match="cannot read") as info:
        list(read_pubmed_xml(truncated))
    assert str(truncated) in str(info.value)


def test_empty_corpus_rejected() -> None:
    with pytest.raises(ValueError, match="corpus"):
        read_pubmed_xml(FIXTURE, corpus="")


def test_memory_stays_flat_on_a_large_file(tmp_path: Path) -> None:
    """Elements are cleared as we go: peak memory must not grow with the number of articles."""
    text = FIXTURE.read_text()
    head, rest = text.split("<PubmedArticleSet>\n", 1)
    article = rest[: rest.index("</PubmedArticle>") + len("</PubmedArticle>\n")]

    def peak_for(n: int) -> int:
        path = tmp_path / f"big{n}.xml"
        path.write_text(head + "<PubmedArticleSet>\n" + article * n + "</PubmedArticleSet>\n")
        tracemalloc.start()
        try:
            assert sum(1 for _ in read_pubmed_xml(path)) == n
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak_for(100), peak_for(1000)
    assert large < small * 2 + 200_000


@pytest.mark.parametrize("block", [1, 7, 14, 15, 16, 100, 16 * 1024])
def test_article_lines_survive_tags_split_across_reads(block: int) -> None:
    """iterparse reads 16 KB blocks; a start tag cut between two reads must still be counted once."""
    from index.pubmed_xml import _LineTrackingReader

    lines = FIXTURE.read_text().splitlines()
    expected = [n for n, text in enumerate(lines, start=1) if text.strip() == "<PubmedArticle>"]
    with FIXTURE.open("rb") as fh:
        reader = _LineTrackingReader(fh)
        while reader.read(block):
            pass
    assert list(reader.article_lines) == expected
