"""`rag eval answers`: what the service answers to a list of questions, and what changed since a previous run.

Rules about how a question is read move answers nobody labelled: everyday questions have no gold verdict. The
way to review such a change is to snapshot every answer before it, snapshot again after it and read each answer
that moved. This writes the snapshot (status, verdict and its counts, the deciding sentences, the sources) and,
given the previous snapshot, lists the answers whose status, verdict, counts or deciding sentences changed.

Question lists: a text file with one question per line (blank lines and ``#`` comments skipped; the question is
its own id), or a JSONL file of ``_id``/``text`` rows such as NFCorpus ``queries.jsonl``. ``eval/questions/``
holds two lists written for this project: everyday questions (``everyday.txt``) and made-up questions whose
unknown word is the point (``made_up.txt``), which should abstain.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from eval.data import read_queries
from eval.report import markdown_table, provenance, write_report
from rag.config import Settings
from rag.pipeline import Pipeline
from rag.schemas import Answer

OUTCOMES = ("yes", "no", "maybe", "insufficient", "abstained")


def read_question_list(path: Path) -> dict[str, str]:
    """Questions by id: JSONL rows by their ``_id``, plain lines by their own text."""
    if path.suffix == ".jsonl":
        return read_queries(path)
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line: line for line in lines if line and not line.startswith("#")}


def read_snapshot(path: Path) -> dict[str, dict]:
    """The answers of an earlier ``--json`` report."""
    try:
        answers = json.loads(path.read_text(encoding="utf-8"))["answers"]
    except (KeyError, TypeError) as error:
        raise ValueError(f"{path} is not a report of `rag eval answers`") from error
    if not isinstance(answers, dict):
        raise ValueError(f"{path} is not a report of `rag eval answers`")
    return answers


def snapshot(answer: Answer) -> dict[str, object]:
    """What a reviewer compares between two runs: whether and how the question was answered, and on what."""
    verdict = answer.verdict
    return {
        "question": answer.question,
        "status": answer.status,
        "verdict": verdict.label,
        "counts": [verdict.supporting, verdict.no_effect, verdict.contradicting],
        "reported_outcome": verdict.reported_outcome,
        "deciding": verdict.deciding_sentence_ids,
        "sources": [s.id for s in answer.sources],
    }


def outcome(row: dict[str, object]) -> str:
    """One word per answer: its verdict, or "abstained" when the service said it has no good evidence."""
    return str(row["verdict"]) if row["status"] == "answered" else "abstained"


def describe(row: dict[str, object]) -> str:
    """ "yes 2/0/1" (supporting / no effect / contradicting), or "abstained"."""
    if row["status"] != "answered":
        return "abstained"
    supporting, no_effect, contradicting = row["counts"]  # type: ignore[misc]
    return f"{row['verdict']} {supporting}/{no_effect}/{contradicting}"


def changed(before: dict[str, dict], after: dict[str, dict]) -> list[tuple[str, str, str]]:
    """(question, before, after) for each question of both runs whose answer moved, in the order of ``after``."""
    keys = ("status", "verdict", "counts", "deciding")
    moved = []
    for qid, row in after.items():
        old = before.get(qid)
        if old is not None and any(old.get(k) != row.get(k) for k in keys):
            after_text = describe(row)
            if describe(old) == after_text:
                after_text += " (other deciding sentences)"
            moved.append((str(row["question"]), describe(old), after_text))
    return moved


def main_answers(
    index_dir: Path,
    questions_path: Path,
    json_path: Path | None,
    settings: Settings,
    limit: int | None = None,
    compare: Path | None = None,
) -> int:
    questions = dict(list(read_question_list(questions_path).items())[:limit])
    if not questions:
        raise ValueError(f"{questions_path} holds no question")
    before = read_snapshot(compare) if compare else None
    pipeline = Pipeline.open(settings, index_dir)
    answers = {
        qid: snapshot(pipeline.ask(text))
        for qid, text in tqdm(questions.items(), desc="answering", unit="q", disable=None)
    }
    counts = Counter(outcome(row) for row in answers.values())
    table = markdown_table(["questions", *OUTCOMES], [[len(answers), *(counts[o] for o in OUTCOMES)]])
    report: dict[str, object] = {
        "questions": len(answers),
        "outcomes": {o: counts[o] for o in OUTCOMES},
        "provenance": provenance(index_dir),
        "answers": answers,
    }
    if before is not None:
        moved = changed(before, answers)
        report["changed"] = [{"question": q, "before": b, "after": a} for q, b, a in moved]
        table += f"\n\n{len(moved)} of {sum(q in before for q in answers)} answers in both runs changed"
        if moved:
            table += ":\n\n" + markdown_table(["question", "before", "after"], [list(m) for m in moved])
    write_report(report, json_path, table)
    return 0
