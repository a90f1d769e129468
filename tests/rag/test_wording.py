"""The answer's fixed wording: verdict sentences with their counts, and what the quick answer quotes."""

from rag.schemas import Takeaway, Verdict
from rag.wording import Asking, quick_answer, quoted_takeaways, verdict_sentence


def takeaway(sentence_id: str, stance: str, text: str) -> Takeaway:
    return Takeaway(
        text=text,
        source_id=sentence_id.split("#")[0],
        sentence_id=sentence_id,
        citation=f"Cite {sentence_id}",
        evidence_level=2,
        study_type="randomized trial",
        is_finding=stance != "background",
        stance=stance,
        score=0.5,
        similarity=0.5,
    )


def test_mixed_evidence_quotes_one_finding_from_each_side():
    shown = [
        takeaway("a#1", "supports", "Zorvatin reduced fatigue in invented adults."),
        takeaway("a#2", "supports", "Zorvatin also reduced fatigue scores."),
        takeaway("b#1", "no_effect", "Fatigue did not differ between fictional groups."),
    ]
    mixed = Verdict(
        label="maybe", supporting=2, contradicting=0, no_effect=1, deciding_sentence_ids=["a#1", "b#1"]
    )
    assert [t.sentence_id for t in quoted_takeaways(mixed, shown)] == ["a#1", "b#1"]
    text = quick_answer("zorvatin and fatigue", mixed, shown, [])
    assert (
        "Findings on both sides: \u201cZorvatin reduced fatigue in invented adults.\u201d [Cite a#1]; \u201cFatigue"
        in text
    )
    yes = mixed.model_copy(update={"label": "yes"})
    assert [t.sentence_id for t in quoted_takeaways(yes, shown)] == ["a#1"]
    assert "A representative finding: \u201cZorvatin reduced" in quick_answer("t", yes, shown, [])
    no = mixed.model_copy(update={"label": "no"})
    assert [t.sentence_id for t in quoted_takeaways(no, shown)] == ["b#1"]


def test_verdict_sentences_use_fixed_wording_with_counts():
    yes = Verdict(
        label="yes", supporting=2, contradicting=0, no_effect=1, deciding_sentence_ids=["a#1", "a#2", "b#1"]
    )
    assert verdict_sentence("zorvatin and fatigue", yes).startswith(
        "On zorvatin and fatigue, most of the cited evidence supports an effect ("
    )
    assert "2 supporting, 1 no effect, 0 contradicting" in verdict_sentence("t", yes)
    mixed = yes.model_copy(update={"label": "maybe"})
    assert verdict_sentence("t", mixed).startswith("On t, the evidence is mixed")
    null = yes.model_copy(update={"label": "no", "supporting": 0, "no_effect": 3})
    assert "finds no clear effect" in verdict_sentence("t", null)


def test_the_verdict_names_the_reported_outcome_and_says_when_it_is_not_the_one_asked():
    yes = Verdict(
        label="yes",
        supporting=1,
        contradicting=0,
        no_effect=0,
        deciding_sentence_ids=["a#1"],
        reported_outcome="bone turnover markers",
    )
    text = verdict_sentence("zorvatin and bone density", yes, Asking(outcome="bone density"))
    assert "supports an effect on bone turnover markers (" in text
    assert text.endswith("The deciding findings report bone turnover markers, not bone density itself.")
    same = verdict_sentence("zorvatin and bone turnover", yes, Asking(outcome="bone turnover markers"))
    assert "not" not in same.split(")")[-1]


def test_a_safety_question_is_answered_about_safety_not_an_effect():
    """ "Is it safe to eat zorvatin every day?" had been answered "contradicts an effect on heart health"."""
    no = Verdict(
        label="no",
        supporting=1,
        contradicting=2,
        no_effect=0,
        deciding_sentence_ids=["a#1", "a#2", "b#1"],
        reported_outcome="heart health",
    )
    text = verdict_sentence("zorvatin", no, Asking(safety=True))
    assert text.startswith(
        "On zorvatin, most of the cited evidence does not support its safety with regard to"
    )
    yes = no.model_copy(update={"label": "yes", "reported_outcome": None})
    assert verdict_sentence("zorvatin", yes, Asking(safety=True)).startswith(
        "On zorvatin, most of the cited evidence supports its safety ("
    )
    assert "contradicts an effect on heart health" in verdict_sentence("zorvatin", no)


def test_a_claim_that_denies_an_effect_is_answered_about_the_claim():
    """ "Is it true that zorvatin doesn't raise fatigue?": "supports an effect" would say the opposite of
    findings of no effect, which support the claim."""
    yes = Verdict(
        label="yes",
        supporting=3,
        contradicting=1,
        no_effect=0,
        deciding_sentence_ids=["a#1", "a#2", "b#1", "c#1"],
        reported_outcome="fatigue",
    )
    assert verdict_sentence("zorvatin and fatigue", yes, Asking(denied=True)).startswith(
        "On zorvatin and fatigue, most of the cited evidence agrees with the claim: it finds no such effect on "
        "fatigue ("
    )
    no = yes.model_copy(update={"label": "no", "supporting": 1, "contradicting": 3})
    assert verdict_sentence("zorvatin and fatigue", no, Asking(denied=True)).startswith(
        "On zorvatin and fatigue, most of the cited evidence contradicts the claim: it reports an effect on fatigue ("
    )


def test_a_question_for_an_amount_gets_no_verdict_and_says_why():
    no_verdict = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)
    text = verdict_sentence("zorvatin", no_verdict, Asking(beyond_yes_no="how much"))
    assert "the question asks how much, which no yes or no answers, so no verdict is given" in text


def test_a_comparison_gets_no_verdict_and_names_both_sides():
    no_verdict = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)
    asking = Asking(beyond_yes_no="which is better", compared=("snorvel milk", "glimmer milk"))
    text = verdict_sentence("snorvel milk and glimmer milk", no_verdict, asking)
    assert text.startswith(
        "The retrieved sources touch on snorvel milk and glimmer milk; the question weighs snorvel milk against "
        "glimmer milk. No verdict is given on such comparisons"
    )


def test_a_harm_claim_is_answered_in_words_of_harm():
    yes = Verdict(label="yes", supporting=2, contradicting=0, no_effect=0, deciding_sentence_ids=["a", "b"])
    no = Verdict(label="no", supporting=0, contradicting=2, no_effect=0, deciding_sentence_ids=["a", "b"])
    none = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)
    assert "most of the cited evidence points to harm" in verdict_sentence("zorvatin", yes, Asking(harm=True))
    assert "does not point to harm" in verdict_sentence("zorvatin", no, Asking(harm=True))
    assert "none of their findings speaks of its harms or safety" in verdict_sentence(
        "zorvatin", none, Asking(harm=True)
    )


def test_a_benefit_claim_is_answered_in_words_of_benefit():
    yes = Verdict(label="yes", supporting=2, contradicting=0, no_effect=0, deciding_sentence_ids=["a", "b"])
    no = Verdict(label="no", supporting=0, contradicting=2, no_effect=0, deciding_sentence_ids=["a", "b"])
    assert "most of the cited evidence points to a benefit" in verdict_sentence(
        "zorvatin", yes, Asking(benefit=True)
    )
    assert "does not point to a benefit" in verdict_sentence("zorvatin", no, Asking(benefit=True))


def test_no_verdict_for_an_outcome_says_on_which_intervention_no_finding_reports_it():
    none = Verdict(label="insufficient", supporting=0, contradicting=0, no_effect=0)
    text = verdict_sentence("zorvatin and fatigue", none, Asking(outcome="fatigue", intervention="zorvatin"))
    assert "none of their findings on zorvatin reports fatigue, so no verdict is given" in text
    assert "none of their findings reports fatigue" in verdict_sentence(
        "fatigue", none, Asking(outcome="fatigue")
    )
