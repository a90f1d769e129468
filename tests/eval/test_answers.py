"""`rag eval answers`: snapshots of answers to fictional questions on the small real index, and their diff."""

import json
from pathlib import Path

import pytest

from eval.answers import changed, describe, main_answers, read_question_list
from rag.cli import main as cli

ANSWERED = "Does quillmorin help people fall asleep?"
UNKNOWN = "Does ashwagandha improve chess ratings?"


def test_question_lists_are_plain_lines_or_jsonl(tmp_path):
    text = tmp_path / "q.txt"
    text.write_text(f"# a comment\n\n{ANSWERED}\n  {UNKNOWN}  \n", encoding="utf-8")
    assert read_question_list(text) == {ANSWERED: ANSWERED, UNKNOWN: UNKNOWN}
    rows = tmp_path / "q.jsonl"
    rows.write_text(json.dumps({"_id": "q7", "text": ANSWERED}) + "\n", encoding="utf-8")
    assert read_question_list(rows) == {"q7": ANSWERED}


def _row(verdict: str, counts: list[int], deciding: list[str], status: str = "answered") -> dict:
    return {"question": "Q?", "status": status, "verdict": verdict, "counts": counts, "deciding": deciding}


def test_changes_name_the_answer_before_and_after():
    before = {
        "a": _row("yes", [2, 0, 1], ["s#1"]),
        "b": _row("no", [0, 1, 0], ["s#2"]),
        "c": _row("yes", [1, 0, 0], ["s#3"]),
        "d": _row("insufficient", [0, 0, 0], [], status="insufficient_evidence"),
    }
    after = {
        "a": _row("yes", [2, 0, 1], ["s#1"]),  # unchanged
        "b": _row("yes", [1, 0, 0], ["s#4"]),  # another verdict
        "c": _row("yes", [1, 0, 0], ["s#5"]),  # the same verdict on another sentence
        "d": _row("maybe", [1, 0, 1], ["s#6", "s#7"]),  # answered for the first time
        "e": _row("yes", [1, 0, 0], ["s#8"]),  # new question: nothing to compare with
    }
    assert describe(after["a"]) == "yes 2/0/1" and describe(before["d"]) == "abstained"
    assert changed(before, after) == [
        ("Q?", "no 0/1/0", "yes 1/0/0"),
        ("Q?", "yes 1/0/0", "yes 1/0/0 (other deciding sentences)"),
        ("Q?", "abstained", "maybe 1/0/1"),
    ]


def test_snapshot_report_and_its_comparison(plain_index, settings, tmp_path, capsys):
    questions = tmp_path / "q.txt"
    questions.write_text(f"{ANSWERED}\n{UNKNOWN}\n", encoding="utf-8")
    first = tmp_path / "first.json"
    assert main_answers(plain_index, questions, first, settings) == 0
    report = json.loads(first.read_text())
    assert report["questions"] == 2 and report["outcomes"]["abstained"] == 1
    answered = report["answers"][ANSWERED]
    assert answered["status"] == "answered" and answered["deciding"] and answered["sources"]
    assert report["provenance"]["index_manifest"] is not None

    # an earlier run in which the answered question had abstained
    report["answers"][ANSWERED] = {**answered, "status": "insufficient_evidence"}
    first.write_text(json.dumps(report), encoding="utf-8")
    capsys.readouterr()
    assert main_answers(plain_index, questions, tmp_path / "second.json", settings, compare=first) == 0
    printed = capsys.readouterr().out
    assert "1 of 2 answers in both runs changed" in printed and "| abstained |" in printed
    second = json.loads((tmp_path / "second.json").read_text())
    assert second["changed"] == [{"question": ANSWERED, "before": "abstained", "after": describe(answered)}]


def test_a_file_that_is_no_report_is_a_clear_cli_error(plain_index, tmp_path, capsys):
    questions = tmp_path / "q.txt"
    questions.write_text(f"{ANSWERED}\n", encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"accuracy": 0.5}', encoding="utf-8")
    args = ["eval", "answers", "--index", str(plain_index), "--questions", str(questions)]
    assert cli([*args, "--compare", str(other)]) == 1
    assert "is not a report of `rag eval answers`" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    assert cli(["eval", "answers", "--index", str(plain_index), "--questions", str(empty)]) == 1
    assert "holds no question" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["everyday.txt", "made_up.txt"])
def test_the_shipped_question_lists_read(name):
    questions = read_question_list(Path(__file__).parents[2] / "eval" / "questions" / name)
    # no stray fragments; keyword questions as a chat widget gets them ("zinc colds") are short
    assert len(questions) >= 40 and all(q.strip() == q and len(q.split()) >= 2 for q in questions)
