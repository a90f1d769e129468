import json
from pathlib import Path

import pytest

from index.readers import FormatError, corpus_name, detect_format, read_path
from index.records import BadRecord, SourceRecord

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _write(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_corpus_name_skips_generic_names(tmp_path):
    (tmp_path / "nfcorpus").mkdir()
    (tmp_path / "scifact" / "original").mkdir(parents=True)
    assert corpus_name(tmp_path / "nfcorpus") == "nfcorpus"
    assert corpus_name(tmp_path / "nfcorpus" / "corpus.jsonl") == "nfcorpus"
    assert corpus_name(tmp_path / "scifact" / "original" / "corpus.jsonl") == "scifact"
    assert corpus_name(tmp_path / "My Trials.jsonl") == "my-trials"


def test_detects_each_format(tmp_path):
    beir = tmp_path / "beir"
    beir.mkdir()
    _write(beir / "corpus.jsonl", [{"_id": "D1", "title": "T", "text": "A fictional abstract."}])
    scifact = _write(tmp_path / "sf.jsonl", [{"doc_id": 1, "title": "T", "abstract": ["One.", "Two."]}])
    assert detect_format(beir) == "beir"
    assert detect_format(beir / "corpus.jsonl") == "beir"
    assert detect_format(scifact) == "scifact"
    assert detect_format(FIXTURES / "sources.jsonl") == "records"
    assert detect_format(FIXTURES / "pubmed_sample.xml") == "pubmed-xml"


def test_undetectable_and_missing_inputs_fail_clearly(tmp_path):
    odd = _write(tmp_path / "odd.jsonl", [{"name": "x"}])
    with pytest.raises(FormatError, match="--format"):
        detect_format(odd)
    with pytest.raises(FormatError, match="no such file"):
        detect_format(tmp_path / "missing.jsonl")
    (tmp_path / "binary.jsonl").write_bytes(b"\x00\x01garbage")
    with pytest.raises(FormatError, match="not JSON Lines"):
        detect_format(tmp_path / "binary.jsonl")


def test_source_records_keep_metadata_and_report_bad_lines():
    items = list(read_path(FIXTURES / "sources.jsonl"))
    records = [i for i in items if isinstance(i, SourceRecord)]
    bad = [i for i in items if isinstance(i, BadRecord)]
    first = records[0]
    assert first.id == "fixtures:fict-001" and first.corpus == "fixtures"
    assert first.authors == ["Okonkwo A", "Lindqvist B"] and first.year == 2031
    assert [s.label for s in first.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert records[2].sections[0].sentences is not None  # list-of-sentences abstract keeps its boundaries
    assert {(b.line, "no abstract" in b.message) for b in bad} >= {(5, True)}
    assert any(b.line == 6 and "invalid JSON" in b.message for b in bad)
    assert all(str(b).startswith(str(FIXTURES / "sources.jsonl")) for b in bad)


def test_beir_metadata_sections_year_and_pmid(tmp_path):
    folder = tmp_path / "pubmedqa"
    folder.mkdir()
    row = {
        "_id": "90000001",
        "title": "",
        "text": "ignored when sections exist",
        "metadata": {
            "year": "2011",
            "mesh": ["Fictional Heading"],
            "sections": [{"label": "BACKGROUND", "text": "B."}, {"label": "RESULTS", "text": "R."}],
        },
    }
    (record,) = read_path(_write(folder / "corpus.jsonl", [row]))
    assert record.id == "pubmedqa:90000001" and record.pmid == "90000001" and record.year == 2011
    assert [s.label for s in record.sections] == ["BACKGROUND", "RESULTS"]
    assert record.url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"


def test_scifact_original_requires_sentence_list(tmp_path):
    path = _write(
        tmp_path / "sf.jsonl",
        [
            {"doc_id": 7, "title": "T", "abstract": ["A.", "B."]},
            {"doc_id": 8, "title": "T", "abstract": "not a list"},
        ],
    )
    good, bad = read_path(path, fmt="scifact", corpus="scifact")
    assert good.id == "scifact:7" and good.sections[0].sentences == ["A.", "B."]
    assert isinstance(bad, BadRecord) and bad.line == 2
