"""Verdict aggregation and takeaway stances, on hand-made fictional sentences and probabilities."""

import numpy as np
import pytest

from index.store import StoredSentence, StoredSource
from rag.compose import NO_VERDICT, Scored
from rag.pipeline import with_deciding
from rag.retrieve import Candidate
from rag.schemas import Verdict
from rag.verdict import deciding, judge_items, section_leads, sentence_stance, weights
from rag.wording import Asking, verdict_sentence

YES, NO, MAYBE = [0.8, 0.1, 0.1], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6]


def scored(
    source: str,
    position: int,
    text: str,
    section: str | None = "RESULTS",
    similarity: float = 0.7,
    finding: bool = True,
    about: bool = True,
    score: float | None = None,
) -> Scored:
    sentence = StoredSentence(
        position, f"{source}#{position}", source, position, "sentence", section, text, 0, len(text)
    )
    return Scored(Candidate(sentence, 0.0, similarity, None, None), score or similarity, finding, about)


def source(source_id: str, level: int, title: str = "A fictional title") -> StoredSource:
    return StoredSource(source_id, "fx", title, "", [], 2030, None, None, None, None, [], [], level, "x")


def test_null_results_are_no_effect_and_other_denials_contradict():
    assert sentence_stance(np.array(YES), "Zorvatin reduced fatigue.") == "supports"
    assert sentence_stance(np.array(NO), "Fatigue did not differ between groups.") == "no_effect"
    assert sentence_stance(np.array(NO), "Zorvatin increased fatigue compared with placebo.") == "contradicts"


def test_deciding_keeps_findings_about_the_question_a_few_per_source():
    items = [scored("a", i, f"Finding {i}.", score=1 - i / 10) for i in range(5)]
    items += [scored("b", 0, "Background.", finding=False), scored("c", 0, "Off topic.", about=False)]
    chosen = deciding(items)
    assert [s.candidate.sentence.sentence_id for s in chosen] == ["a#0", "a#1", "a#2"]


def test_a_sentence_of_an_abstract_indexed_twice_decides_once():
    items = [
        scored("a", 0, "Zorvatin lowered fatigue in the invented trial.", score=0.9),
        scored(
            "b", 0, "Zorvatin  lowered fatigue in the invented trial.", score=0.8
        ),  # a copy under another id
        scored("b", 1, "Sleep did not change.", score=0.7),
    ]
    assert [s.candidate.sentence.sentence_id for s in deciding(items)] == ["a#0", "b#1"]


def test_conclusions_stronger_levels_and_closer_sentences_weigh_more():
    items = [
        scored("a", 0, "x", section="CONCLUSIONS"),
        scored("a", 1, "x", section="RESULTS"),
        scored("b", 0, "x", section="CONCLUSIONS"),
        scored("a", 2, "x", section="CONCLUSIONS", similarity=0.6),
    ]
    w = weights(items, {"a": source("a", 1), "b": source("b", 4)})
    assert w[0] > w[1] and w[0] > w[2] and w[0] > w[3]


def test_the_lead_sentence_of_the_conclusions_weighs_most():
    items = [
        scored("a", 3, "Zorvatin lowered fatigue.", section="CONCLUSIONS"),
        scored("a", 4, "Further invented trials are needed.", section="CONCLUSIONS"),
        scored("a", 1, "Fatigue fell by 4 points.", section="RESULTS"),
        scored("a", 2, "Sleep did not change.", section="RESULTS"),
    ]
    leads = section_leads(items)
    assert leads == {"a#3", "a#1"}
    w = weights(items, {"a": source("a", 2)}, leads)
    assert w[0] == pytest.approx(3 * w[1])  # LEAD_CONCLUSION_WEIGHT
    assert w[2] == pytest.approx(w[3])  # only conclusions have a lead that counts more


def test_verdict_follows_the_weighted_majority():
    items = [scored("a", 0, "Zorvatin reduced fatigue."), scored("b", 0, "Zorvatin lowered fatigue.")]
    label, judged = judge_items(items, np.array([YES, YES]), np.array([1.0, 1.0]))
    assert label == "yes" and [j.stance for j in judged] == ["supports", "supports"]
    label, _ = judge_items(items, np.array([NO, NO]), np.array([1.0, 1.0]))
    assert label == "no"
    label, _ = judge_items(items, np.array([MAYBE, MAYBE]), np.array([1.0, 1.0]))
    assert label == "maybe"


def test_sources_pointing_both_ways_make_the_verdict_mixed():
    items = [
        scored("a", 0, "Zorvatin reduced fatigue."),
        scored("b", 0, "Fatigue did not differ between groups."),
    ]
    label, judged = judge_items(items, np.array([YES, NO]), np.array([1.0, 0.9]))
    assert label == "maybe"
    assert [j.stance for j in judged] == ["supports", "no_effect"]
    # a minority under 30 % of the weight does not make it mixed
    label, _ = judge_items(items, np.array([YES, NO]), np.array([1.0, 0.2]))
    assert label == "yes"


def test_no_deciding_finding_is_insufficient():
    label, judged = judge_items([], np.empty((0, 3)), np.empty(0))
    assert label == "insufficient" and judged == []


def test_takeaways_show_both_sides_when_findings_disagree():
    majority = [scored("a", i, f"Zorvatin reduced fatigue {i}.") for i in range(3)]
    minority = scored("b", 0, "Fatigue did not differ between groups.")
    items = [*majority, minority]
    _, judged = judge_items(items, np.array([YES, YES, YES, NO]), np.array([1.0, 1.0, 1.0, 1.5]))
    background = scored("c", 0, "Fatigue is common in invented towns.", finding=False)
    shown = with_deciding([majority[0], majority[1], background], judged)
    ids = [s.candidate.sentence.sentence_id for s in shown]
    assert ids == ["a#0", "a#1", "b#0"]  # the non-deciding background sentence made way
    one_sided = with_deciding(majority[:2], judge_items(majority, np.array([YES] * 3), np.ones(3))[1])
    assert one_sided == majority[:2]


def test_takeaways_show_a_deciding_finding_when_none_of_them_is_one():
    """The takeaways closest to the question may all be findings that cannot decide it (another outcome, no
    word of timing); the verdict's weightiest finding then replaces the last of them."""
    deciding_items = [scored("a", 2, "Taken at bedtime, zorvatin eased fatigue.", similarity=0.5)]
    _, judged = judge_items(deciding_items, np.array([YES]), np.ones(1))
    closer = [scored("a", 0, "Zorvatin eased fatigue."), scored("b", 0, "Zorvatin is an invented extract.")]
    shown = with_deciding(closer, judged)
    assert [s.candidate.sentence.sentence_id for s in shown] == ["a#0", "a#2"]


def test_showing_the_other_side_never_uncites_a_deciding_source():
    a0, a1, c0 = (
        scored("a", 0, "Zorvatin reduced fatigue."),
        scored("a", 1, "It also lowered fatigue."),
        scored("c", 0, "Zorvatin eased fatigue."),
    )
    b0 = scored("b", 0, "Fatigue did not differ between groups.")
    _, judged = judge_items([a0, a1, c0, b0], np.array([YES, YES, YES, NO]), np.array([1.0, 1.0, 1.0, 1.5]))
    shown = with_deciding([a0, c0, a1], judged)
    assert [s.candidate.sentence.sentence_id for s in shown] == ["a#0", "c#0", "b#0"]
    # with nothing safe to replace, the takeaways stay as they were
    assert with_deciding([a0, c0], judged) == [a0, c0]


def test_the_side_with_most_weight_decides_and_its_share_is_reported():
    from rag.verdict import support_share

    items = [
        scored("a", 0, "Zorvatin reduced fatigue."),
        scored("a", 1, "Zorvatin increased fatigue overall."),
    ]
    label, judged = judge_items(items, np.array([YES, NO]), np.array([1.0, 3.0]))
    assert label == "no"  # one source both ways is not mixed evidence; the weightier finding wins
    assert support_share(judged) == 0.25
    verdict = Verdict(label="no", supporting=1, contradicting=1, no_effect=0, weighted_share=0.75)
    assert "(75% of the weighted findings; of 0 deciding findings" in verdict_sentence("t", verdict)


def test_the_verdict_names_the_asked_outcome_or_one_most_findings_report():
    """ "Supports an effect on heart rate" had rested on one finding of seven for a question about the heart."""
    from rag.verdict import _named_outcome

    about_heart = [
        "Zorvatin raised heart rate in invented adults.",
        "Zorvatin users felt calmer.",
        "Zorvatin lowered the risk of cardiovascular disease.",
    ]
    assert _named_outcome("Is zorvatin good for the heart?", about_heart, None).name == "heart health"
    assert _named_outcome("Is zorvatin good for the heart?", about_heart[1:2], None) is None  # none names it
    assert _named_outcome("Does zorvatin help?", about_heart[:2], None).name == "heart rate"  # half of them
    assert _named_outcome("Does zorvatin help?", about_heart, None) is None  # one of three each
    # the question's intervention is not what its findings report: "Does sleep affect weight?" had said "supports
    # an effect on sleep"
    about_sleep = ["Short sleep raised invented weight.", "Sleep loss led to glimmer gain."]
    assert _named_outcome("Does sleep affect glimmer?", about_sleep, None) is None
    assert _named_outcome("Does zorvatin help?", about_sleep, None).name == "sleep"


def test_past_the_asked_outcome_s_filter_only_a_surrogate_of_it_is_named_instead():
    from dataclasses import replace

    from rag.outcomes import outcome_of
    from rag.synonyms import table
    from rag.verdict import _named_outcome

    weight_loss = replace(outcome_of(table().by_key["weight loss"]), intervention=(frozenset({"zorvatin"}),))
    sleepy = [
        "Zorvatin users reported better sleep quality."
    ] * 2  # past the filter in words it does not list
    assert _named_outcome("Is zorvatin good for weight loss?", sleepy, weight_loss).name == "weight loss"
    bone = outcome_of(table().by_key["bone density"])
    markers = ["Zorvatin raised osteocalcin.", "Zorvatin lowered bone turnover markers."]
    assert (
        _named_outcome("Does zorvatin improve bone density?", markers, bone).name == "bone turnover markers"
    )


def test_the_asked_outcome_is_named_as_the_question_puts_it_when_most_findings_do():
    """ "Does zorvatin lower stroke risk?" had been answered "supports an effect on heart health", the group that
    includes stroke, though its findings reported stroke itself; findings on the group still name the group."""
    from rag.outcomes import outcome_of
    from rag.synonyms import table
    from rag.verdict import _named_outcome

    stroke = outcome_of(table().by_key["stroke"])
    on_stroke = ["Zorvatin lowered the risk of ischemic stroke.", "Zorvatin users had fewer strokes."]
    assert _named_outcome("Does zorvatin lower stroke risk?", on_stroke, stroke).name == "stroke"
    on_the_group = ["Zorvatin lowered the risk of cardiovascular disease.", *on_stroke[:1]]
    assert _named_outcome("Does zorvatin lower stroke risk?", on_the_group, stroke).name == "stroke"  # half
    assert _named_outcome("Does zorvatin lower stroke risk?", on_the_group[:1], stroke).name == "heart health"


def test_a_question_only_about_safety_is_decided_by_findings_on_harm():
    """ "Is zorvatin safe?" had been answered yes on "... implications on how effective zorvatin is", a finding
    on efficacy; findings on harm, risk or safety decide it, and "safe and effective?" still reads both."""
    from rag.stance import default_model
    from rag.verdict import judge

    items = [
        scored("a", 0, "Zorvatin was more effective than placebo for invented fatigue.", similarity=0.9),
        scored("b", 0, "Zorvatin users had a higher risk of invented rashes.", similarity=0.6),
    ]
    sources = {"a": source("a", 2), "b": source("b", 2)}
    verdict, _ = judge("Is zorvatin safe?", items, sources, default_model())
    assert verdict.deciding_sentence_ids == ["b#0"]
    both, _ = judge("Is zorvatin safe and effective?", items, sources, default_model())
    assert both.deciding_sentence_ids == ["a#0", "b#0"]


def test_a_question_about_the_safety_of_a_table_intervention_is_decided_by_findings_about_it():
    """A finding of a lower risk of preterm birth with a "prudent" dietary pattern had answered "Is it safe to
    take fish oil during pregnancy?" from a source that names fish oil once in its abstract; a finding counts
    when it or its source's title names the intervention."""
    from rag.stance import default_model
    from rag.verdict import judge

    elsewhere = scored("a", 0, "A prudent dietary pattern was linked to a lower risk of invented rash.")
    named = scored("b", 0, "Fish oil raised the risk of invented rash in pregnant sailors.")
    titled = source("c", 2, title="Fish oil in invented pregnant sailors")
    by_title = scored("c", 0, "The risk of invented rash was low in either group.")
    sources = {"a": source("a", 2), "b": source("b", 2), "c": titled}
    question = "Is it safe to take fish oil during pregnancy?"
    verdict, _ = judge(question, [elsewhere, named, by_title], sources, default_model())
    assert verdict.deciding_sentence_ids == ["b#0", "c#0"]
    # a sentence on other agents is not about the title's: "Unfortunately, the long term usages of these agents
    # are associated with undue side effects" had answered "What are the side effects of turmeric?" in a
    # curcumin review
    others = scored("c", 1, "The long term use of these agents was associated with undue side effects.")
    verdict, _ = judge(question, [others], sources, default_model())
    assert verdict.deciding_sentence_ids == []


def test_a_question_about_timing_is_decided_only_by_findings_that_speak_of_timing():
    """ "Is it better to take vitamin D in the morning?" had been answered yes on a finding about vitamin D and
    diabetes that says nothing of the time of day."""
    from rag.stance import default_model
    from rag.verdict import judge

    untimed = scored("a", 0, "Zorvatin reduced invented fatigue scores.", similarity=0.9)
    timed = scored("b", 0, "Zorvatin taken in the evening reduced invented fatigue more than in the morning.")
    sources = {"a": source("a", 2), "b": source("b", 2)}
    question = "Is it better to take zorvatin in the morning?"
    verdict, _ = judge(question, [untimed], sources, default_model())
    assert verdict.label == "insufficient" and verdict.deciding_sentence_ids == []
    assert "none of their findings speaks of timing (\u201cin the morning\u201d)" in verdict_sentence(
        "zorvatin and morning", verdict, Asking(timing="in the morning")
    )
    verdict, _ = judge(question, [untimed, timed], sources, default_model())
    assert verdict.deciding_sentence_ids == ["b#0"]
    # an asked outcome and timing: a finding must report the one and speak of the other
    outcome_too = verdict_sentence("zorvatin and fatigue", NO_VERDICT, Asking("fatigue", timing="at night"))
    assert "none of their findings reports fatigue and speaks of timing" in outcome_too


def test_a_question_for_an_amount_is_decided_by_no_finding():
    from rag.stance import default_model
    from rag.verdict import judge

    items = [scored("a", 0, "Zorvatin 50 mg a day reduced invented fatigue.")]
    verdict, _ = judge(
        "How much zorvatin should I take a day?", items, {"a": source("a", 2)}, default_model()
    )
    assert verdict.label == "insufficient" and verdict.deciding_sentence_ids == []
    verdict, _ = judge("Does zorvatin reduce fatigue?", items, {"a": source("a", 2)}, default_model())
    assert verdict.deciding_sentence_ids == ["a#0"]


def test_a_comparison_is_decided_by_no_finding():
    """ "Is whole milk better than skim milk?" had been "supports an effect on acne", on findings about skim milk
    alone; which side a head-to-head finding favours depends on whether its change is good or bad."""
    from rag.stance import default_model
    from rag.verdict import judge

    items = [scored("a", 0, "Snorvel milk intake was associated with more invented rash than glimmer milk.")]
    sources = {"a": source("a", 2)}
    verdict, _ = judge("Is snorvel milk better than glimmer milk?", items, sources, default_model())
    assert verdict.label == "insufficient" and verdict.deciding_sentence_ids == []
    verdict, _ = judge(
        "Is snorvel milk better than placebo for invented rash?", items, sources, default_model()
    )
    assert verdict.deciding_sentence_ids == ["a#0"]


def test_a_safety_question_about_a_group_is_decided_by_findings_on_that_group():
    """ "Is melatonin safe for children?" had been "does not support its safety" on findings in adults."""
    from rag.stance import default_model
    from rag.verdict import judge

    adults = scored("a", 0, "Zorvatin was well tolerated by invented adults.")
    children = scored("b", 0, "Zorvatin raised the risk of invented rash in children.")
    sources = {"a": source("a", 2), "b": source("b", 2)}
    verdict, _ = judge("Is zorvatin safe for children?", [adults, children], sources, default_model())
    assert verdict.deciding_sentence_ids == ["b#0"]
    verdict, _ = judge("Is zorvatin safe for children?", [adults], sources, default_model())
    assert verdict.label == "insufficient"
    text = verdict_sentence("zorvatin", verdict, Asking(safety=True, population="children"))
    assert "none of their findings speaks of its harms or safety in children" in text


def test_a_question_about_a_group_is_decided_by_findings_on_that_group():
    """ "Should older people take vitamin D?" had been decided by eight findings, six of them in other adults."""
    from rag.stance import default_model
    from rag.verdict import judge

    adults = scored("a", 0, "Zorvatin lowered invented fatigue in young adults.")
    older = scored("b", 0, "Zorvatin lowered invented fatigue in elderly sailors.")
    sources = {"a": source("a", 2), "b": source("b", 2)}
    verdict, _ = judge("Should older people take zorvatin?", [adults, older], sources, default_model())
    assert verdict.deciding_sentence_ids == ["b#0"]
    verdict, _ = judge("Should sailors take zorvatin?", [adults, older], sources, default_model())
    assert verdict.deciding_sentence_ids == ["a#0", "b#0"]  # no group the table of groups knows
    # and beside an outcome: "Does exercise help depression in teenagers?" is not answered by adults
    verdict, _ = judge(
        "Does zorvatin lower invented fatigue in older people?", [adults, older], sources, default_model()
    )
    assert verdict.deciding_sentence_ids == ["b#0"]


def test_a_question_with_no_outcome_is_decided_by_findings_about_its_table_intervention():
    """ "Is a vegan diet healthy for kids?" had been answered from a position paper's findings on allergenic foods
    and gluten, neither about veganism; "Should I take fish oil with meals?" from an olive oil meal. A question
    with a table intervention and no outcome is decided by findings that name it, or whose source's title does."""
    from rag.stance import default_model
    from rag.verdict import judge

    elsewhere = scored("a", 0, "Early gluten significantly reduced invented rashes in infants.")
    named = scored("a", 1, "Infants fed a vegan diet grew significantly less than invented omnivores.")
    titled = source("c", 2, title="Vegan diets in invented children")
    by_title = scored("c", 0, "Growth was significantly slower in the invented group.")
    sources = {"a": source("a", 2), "c": titled}
    verdict, _ = judge(
        "Is a vegan diet healthy for kids?", [elsewhere, named, by_title], sources, default_model()
    )
    assert verdict.deciding_sentence_ids == ["a#1", "c#0"]
    # with no table intervention any finding still decides
    verdict, _ = judge("Is snorvel healthy for kids?", [elsewhere], sources, default_model())
    assert verdict.deciding_sentence_ids == ["a#0"]


def test_a_finding_torn_between_stances_weighs_in_proportion_to_its_lead():
    """A conclusion read at 0.46 yes / 0.47 no (and three times the weight of other findings, as the lead sentence
    of its conclusions) had outweighed six confident findings and answered "Does a plant-based diet reverse heart
    disease?" no."""
    from rag.verdict import confidence

    torn = [0.46, 0.47, 0.07]
    items = [scored("a", 0, "Zorvatin may lower fatigue."), scored("b", 0, "Zorvatin lowered fatigue.")]
    label, judged = judge_items(items, np.array([torn, YES]), np.array([3.0, 1.0]))
    assert label == "yes"
    assert judged[0].stance == "contradicts" and judged[0].weight < 0.2 and judged[1].weight == 1.0
    assert confidence(np.array([YES, MAYBE, torn])).round(2).tolist() == [1.0, 1.0, 0.03]  # hedged is firm
    assert confidence(np.empty((0, 3))).size == 0
