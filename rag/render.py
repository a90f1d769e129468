"""Plain-text and Markdown renderings of an ``Answer`` (JSON is ``Answer.model_dump_json``)."""

from __future__ import annotations

import textwrap

from rag.compose import LEVEL_NAMES
from rag.schemas import Answer


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def to_text(answer: Answer) -> str:
    lines = [f"Question: {answer.question}", "", "Quick answer", _wrap(answer.quick_answer), ""]
    if answer.takeaways:
        lines.append("Key takeaways")
        for n, t in enumerate(answer.takeaways, start=1):
            lines.append(_wrap(f"{n}. \u201c{t.text}\u201d [{t.citation}]", indent="  "))
            lines.append(
                f"     evidence level {t.evidence_level} ({t.study_type}) \u00b7 sentence {t.sentence_id}"
            )
        lines += ["", "Sources"]
        for n, s in enumerate(answer.sources, start=1):
            extra = " \u00b7 ".join(x for x in (", ".join(s.publication_types), s.url) if x)
            lines.append(
                _wrap(
                    f"[{n}] {s.citation}. {s.title} Level {s.evidence_level}: "
                    f"{LEVEL_NAMES[s.evidence_level]}." + (f" {extra}" if extra else "")
                )
            )
        lines.append("")
    lines += [
        "About the evidence",
        _wrap(answer.limitations),
        _wrap(answer.evidence_note),
        "",
        "Disclaimer",
        _wrap(answer.disclaimer),
        "",
        f"Grounding: {answer.grounding.grounded}/{answer.grounding.claims} claims verified verbatim against "
        "their cited sources in the index.",
    ]
    return "\n".join(lines)


def to_markdown(answer: Answer) -> str:
    lines = [f"# {answer.question}", "", "## Quick answer", "", answer.quick_answer, ""]
    if answer.takeaways:
        lines += ["## Key takeaways", ""]
        for n, t in enumerate(answer.takeaways, start=1):
            lines.append(
                f"{n}. \u201c{t.text}\u201d \u2014 *{t.citation}*, evidence level {t.evidence_level} "
                f"({t.study_type}) <sub>`{t.sentence_id}`</sub>"
            )
        lines += ["", "## Sources", ""]
        for n, s in enumerate(answer.sources, start=1):
            title = f"[{s.title}]({s.url})" if s.url else s.title
            types = f" ({', '.join(s.publication_types)})" if s.publication_types else ""
            lines.append(
                f"{n}. {s.citation}. {title}{types} \u2014 level {s.evidence_level}: "
                f"{LEVEL_NAMES[s.evidence_level]}"
            )
        lines.append("")
    lines += [
        "## About the evidence",
        "",
        answer.limitations,
        "",
        f"*{answer.evidence_note}*",
        "",
        "## Disclaimer",
        "",
        answer.disclaimer,
        "",
        f"<sub>Grounding: {answer.grounding.grounded}/{answer.grounding.claims} claims verified verbatim against "
        "their cited sources.</sub>",
    ]
    return "\n".join(lines)
