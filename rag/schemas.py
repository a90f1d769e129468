"""The answer's JSON contract: one set of pydantic models for the CLI, the API and the evaluators."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

Status = Literal["answered", "insufficient_evidence"]
Stance = Literal["supports", "contradicts", "no_effect", "background"]
VerdictLabel = Literal["yes", "no", "maybe", "insufficient"]
EffectMeasure = Literal["MD", "WMD", "SMD", "OR", "RR", "HR", "RD", "IRR", "percent_change", "correlation"]


class EffectSize(BaseModel):
    """One effect estimate a sentence states, as data: "MD 1.86, 95% CI 1.17-2.56", "HR 0.46 (P < 0.001)".

    ``measure`` is None for a P value that the sentence reports without a named effect measure."""

    measure: EffectMeasure | None
    value: float | None = Field(None, description="The point estimate; a percentage change is in percent.")
    ci_level: float | None = Field(None, description="Confidence level in percent, e.g. 95.")
    ci_lower: float | None = None
    ci_upper: float | None = None
    p_value: float | None = None
    p_relation: Literal["<", "<=", "=", ">", ">="] | None = Field(
        None, description='How the P value was stated: "P < 0.05" gives "<" and 0.05.'
    )
    text: str = Field(description="The span of the sentence the estimate was read from.")


class Takeaway(BaseModel):
    text: str = Field(description="A sentence quoted verbatim from the source abstract.")
    source_id: str
    sentence_id: str = Field(description="'<source id>#<position>'; resolves in the index store.")
    citation: str = Field(description='First author and year ("Zhang Z (2025)"), else a short title.')
    evidence_level: int = Field(ge=1, le=4)
    study_type: str
    section: str | None = None
    is_finding: bool = Field(description="Reads as a result or conclusion rather than background or methods.")
    stance: Stance = Field(
        "background",
        description="How the sentence bears on the question: supports, contradicts, no_effect (a null result) or "
        "background (not a finding).",
    )
    effects: list[EffectSize] = Field(
        default_factory=list, description="Effect estimates the sentence states."
    )
    score: float = Field(description="Ranking score of the sentence for this question (higher is better).")
    similarity: float = Field(description="Cosine similarity of the sentence to the question.")


class Verdict(BaseModel):
    """What the deciding findings say about the question, with the counts and sentence ids behind it."""

    label: VerdictLabel = Field(
        description="yes / no: most weighted findings support / contradict or find no effect; maybe: mixed or "
        "hedged; insufficient: no finding addresses the question."
    )
    supporting: int = Field(ge=0, description="Deciding findings that support the question's claim.")
    contradicting: int = Field(ge=0, description="Deciding findings that contradict it.")
    no_effect: int = Field(ge=0, description="Deciding findings that report no effect or no difference.")
    deciding_sentence_ids: list[str] = Field(
        default_factory=list, description="The finding sentences the verdict was read from, weightiest first."
    )
    weighted_share: float | None = Field(
        None,
        ge=0,
        le=1,
        description="For yes / no: the share of the deciding findings' weight (section, evidence level, "
        "closeness to the question) on the verdict's side.",
    )
    reported_outcome: str | None = Field(
        None,
        description='The outcome the deciding findings report, from the synonym table ("bone turnover markers").',
    )


class SourceInfo(BaseModel):
    id: str
    title: str
    authors: list[str]
    year: int | None
    evidence_level: int = Field(ge=1, le=4)
    study_type: str
    publication_types: list[str]
    url: str | None
    journal: str | None = None
    pmid: str | None = None
    doi: str | None = None
    citation: str

    @property
    def shown_title(self) -> str:
        """The title, or for a source without one (PubMedQA's) its PubMed id, else its id: a sources list never
        shows an empty entry or a link with no text."""
        return self.title.strip() or (f"PMID {self.pmid}" if self.pmid else self.id)


class ClaimCheck(BaseModel):
    role: Literal["takeaway", "quick_answer", "verdict"]
    sentence_id: str
    source_id: str
    grounded: bool
    reason: str | None = None


class Grounding(BaseModel):
    claims: int
    grounded: int
    checks: list[ClaimCheck] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.claims == self.grounded


class Answer(BaseModel):
    status: Status
    question: str
    read_as: str | None = Field(
        None,
        description="The question with its obvious typos corrected to words the indexed corpus uses and the "
        'abbreviations the corpus defines spelled out, when it had any ("Does turmeric reduce inflammation?" for '
        '"Does tumeric ...", "... chronic obstructive pulmonary disease?" for "... COPD?"); the answer is to this '
        "reading.",
    )
    topic: str = Field(description="What the question is about, in its own words.")
    intervention: str | None = Field(
        None, description="What the question asks the effect of, in its own words."
    )
    outcome: str | None = Field(None, description="What the question asks the effect on, in its own words.")
    quick_answer: str
    quick_answer_sentence_ids: list[str] = Field(
        default_factory=list,
        description="The sentences the quick answer quotes, each one of the takeaways: one that agrees with the "
        "verdict, or for mixed evidence one from each side.",
    )
    verdict: Verdict
    takeaways: list[Takeaway]
    sources: list[SourceInfo]
    evidence_note: str
    limitations: str
    disclaimer: str
    grounding: Grounding

    @computed_field  # type: ignore[prop-decorator]
    @property
    def quick_answer_sentence_id(self) -> str | None:
        """The first quoted sentence (kept from schema 1.0)."""
        return self.quick_answer_sentence_ids[0] if self.quick_answer_sentence_ids else None
