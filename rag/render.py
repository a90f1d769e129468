"""Plain-text and Markdown renderings of an ``Answer`` (JSON is ``Answer.model_dump_json``)."""

from __future__ import annotations

import textwrap

from rag.schemas import Answer, EffectSize, SourceInfo, Stance, Takeaway
from rag.wording import LEVEL_NAMES

STANCE_NAMES: dict[Stance, str] = {
    "supports": "supports",
    "contradicts": "contradicts",
    "no_effect": "no effect",
    "background": "background",
}
# A finding the verdict could not weigh: it reports another outcome than the asked one, says nothing of timing or
# safety where the question asks about them, or the question gets no yes or no (an amount, a comparison)
NOT_WEIGHED = "finding, not weighed"


def stance_name(takeaway: Takeaway) -> str:
    """How a takeaway bears on the question, in words: its stance, but "finding, not weighed" for a finding
    that could not bear on it ("background" had stood beside "brown rice for white rice may lower the risk of
    type 2 diabetes" for "Is brown rice healthier than white rice?")."""
    if takeaway.stance == "background" and takeaway.is_finding:
        return NOT_WEIGHED
    return STANCE_NAMES[takeaway.stance]


VERDICT_NAMES = {
    "yes": "Yes",
    "no": "No",
    "maybe": "Mixed or uncertain",
    "insufficient": "Insufficient evidence",
}


def format_effect(effect: EffectSize) -> str:
    """ "MD 1.49, 95% CI 0.98 to 2.00", "change -12%", "P < 0.05". An estimate and its interval share the precision
    of the most precise of them, as abstracts print them (2.0 is shown as 2.00 beside 1.49)."""
    numbers = [x for x in (effect.value, effect.ci_lower, effect.ci_upper) if x is not None]
    places = max((_decimals(x) for x in numbers), default=0)

    def num(x: float) -> str:
        return f"{x:.{places}f}"

    parts = []
    if effect.measure and effect.value is not None:
        unit = "%" if effect.measure == "percent_change" else ""
        name = {"percent_change": "change", "correlation": "r"}.get(effect.measure, effect.measure)
        parts.append(f"{name} {num(effect.value)}{unit}")
    if effect.ci_lower is not None and effect.ci_upper is not None:
        level = f"{effect.ci_level:g}% " if effect.ci_level is not None else ""
        parts.append(f"{level}CI {num(effect.ci_lower)} to {num(effect.ci_upper)}")
    if effect.p_value is not None:
        parts.append(f"P {effect.p_relation or '='} {effect.p_value:g}")
    return ", ".join(parts)


def _decimals(x: float) -> int:
    text = f"{x:g}"
    return len(text.split(".")[1]) if "." in text and "e" not in text else 0


def read_as_lines(answer: Answer, template: str, *after: str) -> list[str]:
    """How a question with typos was read ("Read as: Does turmeric ...?"), as lines; none without typos."""
    return [template.format(answer.read_as), *after] if answer.read_as else []


def grounding_line(answer: Answer) -> str:
    """What the grounding check verified: quotes verbatim, and the verdict's sentences as cited ones."""
    return (
        f"{answer.grounding.grounded}/{answer.grounding.claims} claims verified against the index: every quote "
        "verbatim in its cited source, every sentence the verdict rests on from a cited source."
    )


def verdict_name(answer: Answer) -> str:
    """The verdict's name as shown. An answered question without a verdict shows "No verdict": its quick answer
    says why (the findings report another outcome, or the question asks how much or which is better), and
    "Insufficient evidence" had stood beside findings that answer "How much vitamin D should I take?"."""
    if answer.verdict.label == "insufficient" and answer.status == "answered":
        return "No verdict"
    return VERDICT_NAMES[answer.verdict.label]


def format_verdict(answer: Answer) -> str:
    verdict = answer.verdict
    return (
        f"{verdict_name(answer)} ({verdict.supporting} supporting, {verdict.no_effect} no effect, "
        f"{verdict.contradicting} contradicting)"
    )


def source_name(source: SourceInfo, title: str | None = None) -> str:
    """ "Zhang Z (2025). Title." in a sources list; the title alone, with its year, where no authors are known,
    since the citation is then the title's own first words. ``title`` replaces the plain title (a link)."""
    shown = title or source.shown_title
    end = "" if source.shown_title.rstrip().endswith((".", "?", "!")) else "."
    if source.authors:
        return f"{source.citation}. {shown}{end}"
    return f"{shown} ({source.year}){end}" if source.year else f"{shown}{end}"


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def to_text(answer: Answer) -> str:
    lines = [f"Question: {answer.question}", *read_as_lines(answer, "Read as: {}"), ""]
    lines += ["Quick answer", _wrap(answer.quick_answer)]
    lines += [f"  Verdict: {format_verdict(answer)}", ""]
    if answer.takeaways:
        lines.append("Key takeaways")
        for n, t in enumerate(answer.takeaways, start=1):
            lines.append(_wrap(f"{n}. \u201c{t.text}\u201d [{t.citation}]", indent="  "))
            lines.append(
                f"     {stance_name(t)} \u00b7 evidence level {t.evidence_level} ({t.study_type}) "
                f"\u00b7 sentence {t.sentence_id}"
            )
            if t.effects:
                lines.append(
                    _wrap("effect sizes: " + "; ".join(map(format_effect, t.effects)), indent="     ")
                )
        lines += ["", "Sources"]
        for n, s in enumerate(answer.sources, start=1):
            extra = " \u00b7 ".join(x for x in (", ".join(s.publication_types), s.url) if x)
            lines.append(
                _wrap(
                    f"[{n}] {source_name(s)} Level {s.evidence_level}: "
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
        f"Grounding: {grounding_line(answer)}",
    ]
    return "\n".join(lines)


def to_markdown(answer: Answer) -> str:
    lines = [f"# {answer.question}", "", *read_as_lines(answer, "*Read as: {}*", "")]
    lines += ["## Quick answer", "", answer.quick_answer, ""]
    lines += [f"**Verdict:** {format_verdict(answer)}", ""]
    if answer.takeaways:
        lines += ["## Key takeaways", ""]
        for n, t in enumerate(answer.takeaways, start=1):
            effects = f" \u2014 {'; '.join(map(format_effect, t.effects))}" if t.effects else ""
            lines.append(
                f"{n}. \u201c{t.text}\u201d \u2014 *{t.citation}*, **{stance_name(t)}**, evidence level "
                f"{t.evidence_level} ({t.study_type}){effects} <sub>`{t.sentence_id}`</sub>"
            )
        lines += ["", "## Sources", ""]
        for n, s in enumerate(answer.sources, start=1):
            title = f"[{s.shown_title}]({s.url})" if s.url else s.shown_title
            types = f" ({', '.join(s.publication_types)})" if s.publication_types else ""
            lines.append(
                f"{n}. {source_name(s, title)}{types} \u2014 level {s.evidence_level}: "
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
        f"<sub>Grounding: {grounding_line(answer)}</sub>",
    ]
    return "\n".join(lines)
