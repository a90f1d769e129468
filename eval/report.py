"""Every report records what produced it: the index manifest, package versions, the command line and date."""

from __future__ import annotations

import json
import platform
import sys
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from index.manifest import Manifest

PACKAGES = ("evidence-rag", "sentence-transformers", "torch", "faiss-cpu", "bm25s", "ir-measures", "numpy")


def provenance(index_dir: Path | None) -> dict[str, object]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {
        "command": " ".join(["rag", *sys.argv[1:]])
        if sys.argv and sys.argv[0].endswith("rag")
        else " ".join(sys.argv),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "packages": versions,
        "index_manifest": json.loads(Manifest.load(index_dir).model_dump_json()) if index_dir else None,
    }


def write_report(report: dict[str, object], json_path: Path | None, table: str) -> None:
    """Write the JSON report (and the table beside it as ``.md``), then print the table: written first, the report
    survives a reader that stops early (``rag eval answers ... | head``)."""
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        json_path.with_suffix(".md").write_text(table + "\n", encoding="utf-8")
    print(table)


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    def cell(value: object) -> str:
        return f"{value:.4f}" if isinstance(value, float) else str(value)

    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
