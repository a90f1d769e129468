"""The `rag` command as a user runs it: a real process, real exit codes, no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures"


def rag(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rag.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})},
    )


def test_ask_json_follows_the_contract(seeded_index):
    result = rag(
        "ask", "--index", str(seeded_index), "--format", "json", "Does vitamin K2 improve bone density?"
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == "answered"
    for key in ("question", "intervention", "outcome", "quick_answer", "verdict", "takeaways", "sources"):
        assert key in answer
    assert "disclaimer" in answer and "grounding" in answer
    assert set(answer["verdict"]) >= {
        "label",
        "supporting",
        "contradicting",
        "no_effect",
        "deciding_sentence_ids",
    }
    takeaway = answer["takeaways"][0]
    assert set(takeaway) >= {"text", "source_id", "sentence_id", "citation", "evidence_level", "score"}
    assert set(takeaway) >= {"study_type", "stance", "effects"}
    assert set(takeaway["effects"][0]) >= {"measure", "value", "ci_level", "ci_lower", "ci_upper", "p_value"}
    assert set(answer["sources"][0]) >= {
        "id",
        "title",
        "authors",
        "year",
        "evidence_level",
        "publication_types",
        "url",
    }
    assert answer["grounding"]["claims"] == answer["grounding"]["grounded"] > 0


def test_ask_text_and_markdown(seeded_index):
    text = rag("ask", "--index", str(seeded_index), "Does vitamin K2 improve bone density?")
    assert text.returncode == 0 and "Key takeaways" in text.stdout and "[Zhang Z (2025)]" in text.stdout
    assert "Verdict: Yes" in text.stdout and "effect sizes: MD 1.86, 95% CI 1.17 to 2.56" in text.stdout
    assert "supports \u00b7 evidence level 1 (meta-analysis)" in text.stdout
    assert "every quote verbatim in its cited source" in text.stdout
    markdown = rag(
        "ask", "--index", str(seeded_index), "--format", "markdown", "Does vitamin K2 improve bone density?"
    )
    assert markdown.stdout.startswith("# Does vitamin K2") and "## Sources" in markdown.stdout
    assert "**Verdict:** Yes" in markdown.stdout and "**supports**" in markdown.stdout


def test_user_errors_are_messages_not_tracebacks(seeded_index, tmp_path):
    cases = [
        ("ask", "--index", str(tmp_path / "missing"), "Is zinc useful?"),
        ("ask", "--index", str(seeded_index), "   "),
        ("ask", "--index", str(seeded_index), "--max-takeaways", "0", "Is zinc useful?"),
        ("index", "build", "--out", str(tmp_path / "new"), str(tmp_path / "nope.jsonl")),
        ("index", "build", "--out", str(tmp_path / "new"), "--corpus", "x", str(FIXTURES), str(FIXTURES)),
    ]
    for args in cases:
        result = rag(*args)
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert result.stderr.startswith("rag: error: ") and "Traceback" not in result.stderr


def test_build_reports_skipped_records(tmp_path):
    result = rag(
        "index", "build", "--quiet", "--out", str(tmp_path / "index"), str(FIXTURES / "sources.jsonl")
    )
    assert result.returncode == 0, result.stderr
    assert "3 sources" in result.stdout and "2 duplicates" in result.stdout
    assert f"skipped {FIXTURES / 'sources.jsonl'}:6: invalid JSON" in result.stderr
    info = rag("index", "info", "--index", str(tmp_path / "index"))
    assert json.loads(info.stdout)["sources"] == 3
