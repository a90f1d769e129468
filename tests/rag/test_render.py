"""How answers print: effect sizes as data, in the precision the abstract used."""

from rag.render import format_effect, source_name
from rag.schemas import EffectSize, SourceInfo


def test_effects_are_shown_with_the_precision_they_were_printed_with():
    md = EffectSize(measure="MD", value=1.49, ci_level=95, ci_lower=0.98, ci_upper=2.0, text="MD 1.49 ...")
    assert format_effect(md) == "MD 1.49, 95% CI 0.98 to 2.00"
    hr = EffectSize(
        measure="HR", value=0.5, ci_lower=0.31, ci_upper=0.8, p_value=0.001, p_relation="<", text="-"
    )
    assert format_effect(hr) == "HR 0.50, CI 0.31 to 0.80, P < 0.001"
    assert format_effect(EffectSize(measure="percent_change", value=-12, text="-")) == "change -12%"
    assert format_effect(EffectSize(measure=None, p_value=0.05, p_relation="<", text="-")) == "P < 0.05"


def source(**fields) -> SourceInfo:
    base = dict(id="fict:1", title="Quillmorin and invented naps", authors=[], year=2031, evidence_level=2)
    base |= dict(
        study_type="randomized trial",
        publication_types=[],
        url=None,
        citation="Quillmorin and invented naps (2031)",
    )
    return SourceInfo(**base | fields)


def test_a_source_is_named_once_by_its_title_where_no_authors_are_known():
    assert source_name(source()) == "Quillmorin and invented naps (2031)."
    named = source(authors=["Doe J"], title="Naps? A fictional trial", citation="Doe J (2031)")
    assert source_name(named) == "Doe J (2031). Naps? A fictional trial."
    assert source_name(source(year=None), "[link](u)") == "[link](u)."


def test_an_answered_question_without_a_verdict_shows_no_verdict_not_insufficient_evidence():
    """ "How much zorvatin should I take?" is answered from its findings but gets no yes or no: "Insufficient
    evidence" beside them had said the opposite of the quick answer."""
    from rag.render import verdict_name
    from rag.schemas import Answer, Verdict

    none = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)
    answered = Answer.model_construct(status="answered", verdict=none)
    abstained = Answer.model_construct(status="insufficient_evidence", verdict=none)
    assert verdict_name(answered) == "No verdict"
    assert verdict_name(abstained) == "Insufficient evidence"
    yes = Answer.model_construct(status="answered", verdict=none.model_copy(update={"label": "yes"}))
    assert verdict_name(yes) == "Yes"


def test_a_finding_the_verdict_could_not_weigh_is_not_called_background():
    """ "Substitution of brown rice for white rice may lower the risk of diabetes" had stood as "background"
    beside "Is brown rice healthier than white rice?", which gets no verdict."""
    from rag.render import stance_name
    from rag.schemas import Takeaway

    base = dict(
        text="Snorvel lowered invented fatigue.",
        source_id="fict:1",
        sentence_id="fict:1#3",
        citation="Doe J (2031)",
        evidence_level=2,
        study_type="randomized trial",
        score=1.0,
        similarity=0.5,
    )
    assert stance_name(Takeaway(**base, is_finding=True, stance="background")) == "finding, not weighed"
    assert stance_name(Takeaway(**base, is_finding=False, stance="background")) == "background"
    assert stance_name(Takeaway(**base, is_finding=True, stance="no_effect")) == "no effect"


def test_a_source_without_a_title_is_listed_by_its_pubmed_id_not_as_an_empty_entry(untitled_source_answer):
    """PubMedQA's abstracts have no titles: the sources list had shown "[1]  (2004)." and a link with no text."""
    from rag.render import to_markdown, to_text

    assert source(title="", pmid="99000001").shown_title == "PMID 99000001"
    assert source(title=" ", pmid=None).shown_title == "fict:1"
    assert "[1] PMID 99000001 (2031). Level" in to_text(untitled_source_answer)
    assert "1. [PMID 99000001](https://pubmed.invalid/1) (2031)." in to_markdown(untitled_source_answer)
