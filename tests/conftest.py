"""Shared fixtures: small real indexes built once per test session from fictional records and data slices."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from index.build import BuildInput, build_index
from rag.config import Settings
from rag.pipeline import Pipeline
from rag.schemas import Answer

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(os.environ.get("RAG_DATA_DIR", Path(__file__).resolve().parents[2] / "shared" / "data"))


def require_data() -> Path:
    if not (DATA / "nfcorpus" / "corpus.jsonl").is_file():
        pytest.skip(f"shared datasets not found at {DATA}")
    return DATA


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings(index_dir=Path("/nonexistent"), data_dir=DATA)


@pytest.fixture(scope="session")
def nfcorpus_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A BEIR folder named ``nfcorpus`` with the first 20 NFCorpus documents plus every one about bone or
    vitamin K (so that a vitamin K2 question meets near misses), read from ../shared/data at run time."""
    data = require_data()
    folder = tmp_path_factory.mktemp("slice") / "nfcorpus"
    folder.mkdir()
    kept = []
    with (data / "nfcorpus" / "corpus.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            doc = json.loads(line)
            text = f"{doc['title']} {doc['text']}".lower()
            if number < 20 or "bone density" in text or "vitamin k" in text:
                kept.append(line)
    (folder / "corpus.jsonl").write_text("".join(kept), encoding="utf-8")
    return folder


def _build(
    tmp_path_factory: pytest.TempPathFactory, name: str, paths: list[Path], settings: Settings
) -> Path:
    out = tmp_path_factory.mktemp(name) / "index"
    build_index([BuildInput(p) for p in paths], out, settings, progress=False)
    return out


@pytest.fixture(scope="session")
def plain_index(tmp_path_factory, nfcorpus_slice, settings) -> Path:
    """NFCorpus slice + fictional records and PubMed XML, without the seed sources."""
    inputs = [nfcorpus_slice, FIXTURES / "sources.jsonl", FIXTURES / "pubmed_sample.xml"]
    return _build(tmp_path_factory, "plain", inputs, settings)


@pytest.fixture(scope="session")
def seeded_index(tmp_path_factory, nfcorpus_slice, settings) -> Path:
    """The plain index plus ../shared/data/seed/sources.jsonl."""
    seed = require_data() / "seed" / "sources.jsonl"
    return _build(tmp_path_factory, "seeded", [nfcorpus_slice, FIXTURES / "sources.jsonl", seed], settings)


@pytest.fixture(scope="session")
def plain_pipeline(plain_index, settings) -> Pipeline:
    return Pipeline.open(settings, plain_index)


@pytest.fixture(scope="session")
def seeded_pipeline(seeded_index, settings) -> Pipeline:
    return Pipeline.open(settings, seeded_index)


@pytest.fixture(scope="session")
def untitled_source_answer(seeded_pipeline) -> Answer:
    """The seed question's answer with its first source untitled and unauthored, as PubMedQA's abstracts are
    (PubMed id 99000001, year 2031): how the sources list names such a source."""
    answer = seeded_pipeline.ask("Does vitamin K2 improve bone density?")
    update = {"title": "", "authors": [], "year": 2031, "pmid": "99000001", "url": "https://pubmed.invalid/1"}
    first = answer.sources[0].model_copy(update=update)
    return answer.model_copy(update={"sources": [first, *answer.sources[1:]]})
