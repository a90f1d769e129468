"""`rag eval grounding`: ask every question and verify every claim twice.

1. ``rag.grounding.check_grounding``: the claim is the stored sentence of the cited source (the product's check).
2. A separate code path that trusts nothing in the index: it re-reads the original corpus files named in the
   index manifest with its own minimal parsers and checks that each quoted sentence occurs verbatim (up to
   whitespace) in that source's title or abstract.
With ``--qrels``, also citation relevance: the share of cited sources the qrels judge relevant, and the share
of relevant sources that are cited.
"""

from __future__ import annotations

import gzip
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from eval.data import read_qrels, read_queries
from eval.report import markdown_table, provenance, write_report
from index.manifest import Manifest
from rag.config import Settings
from rag.grounding import check_grounding
from rag.pipeline import Pipeline


def _norm(text: str) -> str:
    return " ".join(text.split())


def _strings(value: object) -> Iterator[str]:
    """Every string inside a JSON value (titles, abstracts as strings, sentence lists or sections)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def original_texts(manifest: Manifest) -> dict[str, str]:
    """Local source id -> normalised title + abstract text, straight from the files the index was built from."""
    texts: dict[str, str] = {}
    for corpus in manifest.corpora:
        for file in corpus.files:
            path = Path(file)
            if corpus.format == "pubmed-xml":
                opener = gzip.open if path.read_bytes()[:2] == b"\x1f\x8b" else open
                with opener(path, "rb") as handle:
                    for _, element in ET.iterparse(handle):
                        if element.tag == "PubmedArticle":
                            pmid = element.findtext("MedlineCitation/PMID")
                            parts = [" ".join(e.itertext()) for e in element.iter("ArticleTitle")]
                            parts += ["".join(e.itertext()) for e in element.iter("AbstractText")]
                            if pmid:
                                texts[pmid.strip()] = _norm(" ".join(parts))
                            element.clear()
                continue
            with path.open(encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    try:
                        row = json.loads(line)
                    except ValueError:
                        continue
                    if not isinstance(row, dict):
                        continue
                    local = row.get("_id", row.get("doc_id", row.get("id")))
                    fields = [row.get(k) for k in ("title", "text", "abstract")] + [
                        (row.get("metadata") or {})
                    ]
                    if local is not None:
                        texts.setdefault(str(local), _norm(" ".join(s for f in fields for s in _strings(f))))
    return texts


def main_grounding(
    index_dir: Path,
    questions_path: Path,
    json_path: Path | None,
    settings: Settings,
    qrels_path: Path | None = None,
    limit: int | None = None,
) -> int:
    qrels = read_qrels(qrels_path) if qrels_path else None
    questions = read_queries(questions_path, ids=set(qrels) if qrels else None)
    items = list(questions.items())[:limit]
    pipeline = Pipeline.open(settings, index_dir)
    originals = original_texts(pipeline.index.manifest)
    answered = abstained = claims = grounded = independent = 0
    by_role: Counter[str] = Counter()
    cited = cited_relevant = relevant_total = relevant_cited = 0
    failures: list[dict[str, str]] = []
    for qid, question in tqdm(items, desc="questions", unit="q"):
        answer = pipeline.ask(question)
        if answer.status != "answered":
            abstained += 1
            continue
        answered += 1
        report = check_grounding(answer, pipeline.index.store)
        claims += report.claims
        by_role.update(c.role for c in report.checks)
        grounded += report.grounded
        failures += [
            {"question": question, "sentence_id": c.sentence_id, "check": "store", "reason": c.reason or ""}
            for c in report.checks
            if not c.grounded
        ]
        for takeaway in answer.takeaways:
            original = originals.get(takeaway.source_id.split(":", 1)[-1], "")
            if _norm(takeaway.text) in original:
                independent += 1
            else:
                failures.append(
                    {
                        "question": question,
                        "sentence_id": takeaway.sentence_id,
                        "check": "original file",
                        "reason": "not found in the source's original text",
                    }
                )
        if qrels is not None:
            relevant = {d for d, grade in qrels.get(qid, {}).items() if grade > 0}
            sources = {s.id.split(":", 1)[-1] for s in answer.sources}
            cited += len(sources)
            cited_relevant += len(sources & relevant)
            relevant_total += len(relevant)
            relevant_cited += len(sources & relevant)
    result = {
        "answered": answered,
        "abstained": abstained,
        "claims": claims,
        "claims_by_role": dict(by_role),
        "grounded": grounded,
        "takeaways_found_in_original_files": independent,
        "failures": failures,
        "questions": len(items),
        **provenance(index_dir),
    }
    if qrels is not None:
        result["citation_precision"] = round(cited_relevant / cited, 4) if cited else None
        result["citation_recall"] = round(relevant_cited / relevant_total, 4) if relevant_total else None
    table = markdown_table(
        [
            "questions",
            "answered",
            "abstained",
            "claims",
            "grounded",
            "in original files",
            "citation precision",
            "citation recall",
        ],
        [
            [
                len(items),
                answered,
                abstained,
                claims,
                grounded,
                independent,
                result.get("citation_precision", "n/a"),
                result.get("citation_recall", "n/a"),
            ]
        ],
    )
    write_report(result, json_path, table)
    return 1 if failures else 0
