"""The manifest says what an index was built from and with, so a mismatched index fails loudly, not subtly."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel

FORMAT_VERSION = 3  # 2: adds the document-level lexical index; 3: British spellings analyzed as American
MANIFEST_NAME = "manifest.json"


class IndexUnavailable(RuntimeError):
    """The index at a path cannot be used; the message says what to do."""


class CorpusEntry(BaseModel):
    name: str
    path: str
    format: str
    files: dict[str, str]  # file path -> sha256
    records: int
    duplicates: int
    bad_records: int


class Manifest(BaseModel):
    format_version: int = FORMAT_VERSION
    package_version: str
    built_at: datetime
    build_seconds: float
    model: str
    dimension: int
    splitter: str
    faiss_index: str
    corpora: list[CorpusEntry]
    sources: int
    sentences: int
    vectors: int

    def save(self, folder: Path) -> None:
        (folder / MANIFEST_NAME).write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        path = folder / MANIFEST_NAME
        if not path.is_file():
            raise IndexUnavailable(
                f"no index at {folder} (missing {MANIFEST_NAME}); build one with "
                f"`rag index build --out {folder} PATH ...`"
            )
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise IndexUnavailable(f"cannot read {path}: {error}; rebuild the index") from None
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise IndexUnavailable(
                f"the index at {folder} has format {data['format_version']}, newer than this version of rag "
                f"understands ({FORMAT_VERSION}); upgrade rag or rebuild the index with `rag index build`"
            )
        if int(data.get("format_version", 0)) < FORMAT_VERSION:
            raise IndexUnavailable(
                f"the index at {folder} has an old format ({data.get('format_version')}); rebuild it with "
                f"`rag index build --out {folder} PATH ...`"
            )
        return cls.model_validate(data)

    def check_model(self, model: str, folder: Path) -> None:
        if model != self.model:
            raise IndexUnavailable(
                f"the index at {folder} was built with embedding model {self.model!r} but {model!r} is "
                f"configured; set RAG_MODEL={self.model} or rebuild the index with the new model"
            )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
