"""The grounding check: every claim in an answer must be the stored sentence of the source it cites.

The CLI, the API and the tests all call ``check_grounding``; ``ground`` refuses to let a failing answer out.
"""

from __future__ import annotations

from index.store import Store
from rag.schemas import Answer, ClaimCheck, Grounding


class UngroundedAnswer(RuntimeError):
    """An answer contains a claim that does not match its cited stored sentence; it must not be returned."""

    def __init__(self, grounding: Grounding) -> None:
        failed = [c for c in grounding.checks if not c.grounded]
        super().__init__("; ".join(f"{c.sentence_id}: {c.reason}" for c in failed))
        self.grounding = grounding


def check_grounding(answer: Answer, store: Store) -> Grounding:
    """Check each takeaway and the quick answer's quotes against the store (text, source, and offsets), and
    that every sentence the verdict rests on is a stored abstract sentence of a cited source."""
    checks = [_check("takeaway", t.sentence_id, t.source_id, t.text, store) for t in answer.takeaways]
    checks += [_check_quote(answer, sentence_id, store) for sentence_id in answer.quick_answer_sentence_ids]
    cited = {s.id for s in answer.sources}
    checks += [
        _check_deciding(sentence_id, cited, store) for sentence_id in answer.verdict.deciding_sentence_ids
    ]
    return Grounding(claims=len(checks), grounded=sum(c.grounded for c in checks), checks=checks)


def _check(role: str, sentence_id: str, source_id: str, text: str, store: Store) -> ClaimCheck:
    def result(reason: str | None) -> ClaimCheck:
        return ClaimCheck(
            role=role, sentence_id=sentence_id, source_id=source_id, grounded=reason is None, reason=reason
        )

    stored = store.sentence(sentence_id)
    if stored is None:
        return result("no such sentence in the index")
    if stored.kind != "sentence":
        return result(f"a {stored.kind} is not a quotable abstract sentence")
    if stored.source_id != source_id:
        return result(f"sentence belongs to {stored.source_id}, not {source_id}")
    if stored.text != text:
        return result("text differs from the stored sentence")
    source = store.source(source_id)
    if source is None or source.abstract[stored.char_start : stored.char_end] != text:
        return result("text is not at its recorded offsets in the source abstract")
    return result(None)


def _check_quote(answer: Answer, sentence_id: str, store: Store) -> ClaimCheck:
    """A quick-answer quote must be one of the takeaways, grounded, and quoted exactly."""
    quoted = next((t for t in answer.takeaways if t.sentence_id == sentence_id), None)
    if quoted is None:
        return ClaimCheck(
            role="quick_answer",
            sentence_id=sentence_id,
            source_id="",
            grounded=False,
            reason="quoted sentence is not a takeaway",
        )
    check = _check("quick_answer", quoted.sentence_id, quoted.source_id, quoted.text, store)
    if check.grounded and f"\u201c{quoted.text}\u201d" not in answer.quick_answer:
        return check.model_copy(update={"grounded": False, "reason": "quote differs from the sentence"})
    return check


def _check_deciding(sentence_id: str, cited: set[str], store: Store) -> ClaimCheck:
    stored = store.sentence(sentence_id)
    source_id = stored.source_id if stored is not None else ""
    reason = None
    if stored is None:
        reason = "no such sentence in the index"
    elif stored.kind != "sentence":
        reason = f"a {stored.kind} is not a quotable abstract sentence"
    elif source_id not in cited:
        reason = f"the verdict rests on {source_id}, which the answer does not cite"
    return ClaimCheck(
        role="verdict", sentence_id=sentence_id, source_id=source_id, grounded=reason is None, reason=reason
    )


def ground(answer: Answer, store: Store) -> Answer:
    """Attach the grounding report, or raise ``UngroundedAnswer`` so the answer is never returned."""
    grounding = check_grounding(answer, store)
    if not grounding.ok:
        raise UngroundedAnswer(grounding)
    return answer.model_copy(update={"grounding": grounding})
