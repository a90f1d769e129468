"""The answer's fixed wording: the verdict sentence, the quick answer, the limitations, the abstention, and
the evidence-level names, note and disclaimer.

Every word an answer adds around its quotes is written here, in one place, and filled only with counts, names
and citations; choosing the takeaways is ``rag.compose``'s.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rag.schemas import SourceInfo, Takeaway, Verdict

LEVEL_NAMES = {
    1: "systematic review / meta-analysis",
    2: "randomized trial or public-health guidance",
    3: "observational study or narrative review",
    4: "case, animal, in-vitro or mechanistic study",
}
EVIDENCE_NOTE = (
    "Evidence levels are sorting aids, not clinical grades: 1 = systematic review or meta-analysis, "
    "2 = randomized trial or public-health guidance, 3 = observational study or narrative review, "
    "4 = case report, animal, in-vitro or mechanistic study."
)
DISCLAIMER = (
    "For education only, not medical advice. This page quotes published abstracts, which can be incomplete or "
    "out of date. Talk to a qualified health professional before changing a supplement, diet or treatment."
)


@dataclass(frozen=True)
class Asking:
    """What a question asks beyond its topic, as far as the verdict's wording must say it.

    ``outcome``: the outcome the question names, as a table concept; when the deciding findings report another
    one, the answer says so. ``safety``: the claim is safety ("Is X safe?"), so yes and no speak of its safety,
    not of an effect ("contradicts an effect on heart health" had answered "Is it safe to eat eggs every day?").
    ``denied``: the claim denies an effect ("Is it true that eggs don't raise cholesterol?"), so yes and no
    speak of the claim ("supports an effect" would have said the opposite of the findings). ``timing``: the
    words in which it asks about timing ("in the morning"), which only findings that speak of timing answer.
    ``beyond_yes_no``: the words in which it asks for what no yes or no answers: an amount ("how much") or a
    choice ("which is better"); ``compared``: the two sides of a comparison it makes. ``harm``: the
    claim is a harm ("Is X bad for you?", "What are the side effects of X?"), so yes and no speak of harm."""

    outcome: str | None = None
    intervention: str | None = None  # as the question words it, where findings on the outcome must be on it
    safety: bool = False
    harm: bool = False
    benefit: bool = False  # the claim is a benefit ("Is X good for you?"): yes and no speak of a benefit
    population: str | None = None  # for safety and harm: "pregnancy", "children" (``rag.population``)
    denied: bool = False
    timing: str | None = None
    beyond_yes_no: str | None = None
    compared: tuple[str, str] | None = None  # the sides a comparison weighs ("honey", "sugar")


def verdict_sentence(topic: str, verdict: Verdict, asking: Asking = Asking()) -> str:
    """The verdict in fixed words, with the counts behind it, worded for what the question asks."""
    asked_outcome, safety, denied, timing = asking.outcome, asking.safety, asking.denied, asking.timing
    against = verdict.contradicting + verdict.no_effect
    counts = (
        f"of {_count(len(verdict.deciding_sentence_ids), 'deciding finding')}, {verdict.supporting} supporting, "
        f"{verdict.no_effect} no effect, {verdict.contradicting} contradicting"
    )
    if verdict.weighted_share is not None:
        counts = f"{verdict.weighted_share:.0%} of the weighted findings; {counts}"
    on = f" on {verdict.reported_outcome}" if verdict.reported_outcome else ""
    regarding = f" with regard to {verdict.reported_outcome}" if verdict.reported_outcome else ""
    if denied and verdict.label == "yes":
        text = f"On {topic}, most of the cited evidence agrees with the claim: it finds no such effect{on} ({counts})."
    elif denied and verdict.label == "no":
        text = f"On {topic}, most of the cited evidence contradicts the claim: it reports an effect{on} ({counts})."
    elif safety and verdict.label == "yes":
        text = f"On {topic}, most of the cited evidence supports its safety{regarding} ({counts})."
    elif safety and verdict.label == "no":
        text = f"On {topic}, most of the cited evidence does not support its safety{regarding} ({counts})."
    elif asking.benefit and verdict.label == "yes":
        text = f"On {topic}, most of the cited evidence points to a benefit{regarding} ({counts})."
    elif asking.benefit and verdict.label == "no":
        text = f"On {topic}, most of the cited evidence does not point to a benefit{regarding} ({counts})."
    elif asking.harm and verdict.label == "yes":
        text = f"On {topic}, most of the cited evidence points to harm{regarding} ({counts})."
    elif asking.harm and verdict.label == "no":
        text = f"On {topic}, most of the cited evidence does not point to harm{regarding} ({counts})."
    elif verdict.label == "yes":
        text = f"On {topic}, most of the cited evidence supports an effect{on} ({counts})."
    elif verdict.label == "no" and verdict.no_effect >= verdict.contradicting:
        text = f"On {topic}, most of the cited evidence finds no clear effect{on} ({counts})."
    elif verdict.label == "no":
        text = f"On {topic}, most of the cited evidence contradicts an effect{on} ({counts})."
    elif verdict.label == "maybe" and verdict.supporting and against:
        text = f"On {topic}, the evidence is mixed ({counts})."
    elif verdict.label == "maybe":
        text = f"On {topic}, the evidence is uncertain: the findings are hedged or preliminary ({counts})."
    elif asking.compared:
        return (
            f"The retrieved sources touch on {topic}; the question weighs {asking.compared[0]} against "
            f"{asking.compared[1]}. No verdict is given on such comparisons: which side a finding favours depends on "
            "whether the change it reports is good or bad. The findings below say what the sources report."
        )
    elif asking.beyond_yes_no:
        return (
            f"The retrieved sources touch on {topic}; the question asks {asking.beyond_yes_no}, which no yes or no "
            "answers, so no verdict is given: the findings below say what the sources report."
        )
    elif timing:
        reports = f"reports {asked_outcome} and " if asked_outcome else ""
        return (
            f"The retrieved sources touch on {topic}, but none of their findings {reports}speaks of timing "
            f"(\u201c{timing}\u201d), so no verdict is given."
        )
    elif (asking.harm or safety) and not asked_outcome:
        return (
            f"The retrieved sources touch on {topic}, but none of their findings speaks of its harms or safety"
            f"{' in ' + asking.population if asking.population else ''}, so no verdict is given."
        )
    elif asked_outcome:
        on = f" on {asking.intervention}" if asking.intervention else ""
        return (
            f"The retrieved sources touch on {topic}, but none of their findings{on} reports {asked_outcome}, "
            "so no verdict is given."
        )
    else:
        return (
            f"The retrieved sources touch on {topic} but state no finding that answers the question directly, "
            "so no verdict is given."
        )
    if verdict.reported_outcome and asked_outcome and verdict.reported_outcome != asked_outcome:
        text += f" The deciding findings report {verdict.reported_outcome}, not {asked_outcome} itself."
    return text


def quick_answer(
    topic: str,
    verdict: Verdict,
    takeaways: list[Takeaway],
    infos: list[SourceInfo],
    asking: Asking = Asking(),
) -> str:
    quoted = quoted_takeaways(verdict, takeaways)
    quotes = "; ".join(f"\u201c{t.text}\u201d [{t.citation}]" for t in quoted)
    intro = "Findings on both sides" if len(quoted) == 2 else "A representative finding"
    return (
        f"{verdict_sentence(topic, verdict, asking)} The indexed evidence comes from "
        f"{_count(len(infos), 'source')} ({_level_summary(infos)}). {intro}: {quotes}"
    )


def quoted_takeaways(verdict: Verdict, takeaways: list[Takeaway]) -> list[Takeaway]:
    """What the quick answer quotes: the first takeaway that agrees with the verdict (else the first finding);
    for mixed evidence, the first finding of each side, so that the answer shows both."""
    if verdict.label == "maybe":
        sides = [
            next((t for t in takeaways if t.stance == "supports"), None),
            next((t for t in takeaways if t.stance in ("contradicts", "no_effect")), None),
        ]
        if all(sides):
            return sides  # type: ignore[return-value]
    agreeing = {"yes": {"supports"}, "no": {"contradicts", "no_effect"}}.get(verdict.label, set())
    lead = next(
        (t for t in takeaways if t.stance in agreeing),
        next((t for t in takeaways if t.is_finding), takeaways[0]),
    )
    return [lead]


def abstention_quick_answer(topic: str) -> str:
    """What an abstention says instead of a quick answer: weak matches are not stretched into one."""
    return (
        f"The indexed sources hold no evidence that addresses {topic}, so no answer is given rather "
        "than one stretched from weak matches."
    )


ABSTENTION_LIMITATIONS = (
    "With no matching evidence, nothing can be concluded either way: absence of evidence in "
    "this index is not evidence of absence of an effect."
)


def limitations(levels: set[int], unseen: list[str] | None = None) -> str:
    """What the cited kinds of evidence can and cannot show, first of all for words of the question that no
    source uses (such a question is answered only from sources that restate it closely)."""
    parts = []
    if unseen:
        words = ", ".join(f"“{w}”" for w in unseen)
        parts.append(
            f"No indexed source uses the word{'s' if len(unseen) > 1 else ''} {words}: the cited sources "
            "match the question closely as a whole, but may not address that exact point."
        )
    parts.append(
        "Takeaways are single sentences quoted from abstracts; the full papers hold the detail and caveats."
    )
    if levels & {1, 2}:
        parts.append(
            "Reviews and trials show effects on the outcomes and people they studied, which may not "
            "extend to others."
        )
    if 3 in levels:
        parts.append(
            "Observational studies show associations, not cause and effect; narrative reviews summarise "
            "without a systematic search."
        )
    if 4 in levels:
        parts.append("Case reports, animal, in-vitro and mechanistic findings may not carry over to people.")
    return " ".join(parts)


def _level_summary(infos: list[SourceInfo]) -> str:
    counts: dict[int, int] = defaultdict(int)
    for info in infos:
        counts[info.evidence_level] += 1
    return ", ".join(f"{n} {LEVEL_NAMES[level]}" for level, n in sorted(counts.items()))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
