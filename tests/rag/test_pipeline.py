"""End to end on real (small) indexes: retrieval, abstention, composition and grounding."""

import json

import pytest

from index.build import BuildInput, build_index
from rag.grounding import UngroundedAnswer, check_grounding, ground
from rag.pipeline import Pipeline, SourceFilter
from rag.render import to_markdown, to_text

SEED_QUESTION = "Does vitamin K2 improve bone density?"


def test_seed_question_is_answered_from_zhang(seeded_pipeline):
    answer = seeded_pipeline.ask(SEED_QUESTION)
    assert answer.status == "answered"
    assert answer.takeaways and answer.takeaways[0].citation == "Zhang Z (2025)"
    assert {t.source_id for t in answer.takeaways} == {"seed:zhang-2025-vk2-btm"}
    assert answer.takeaways[0].evidence_level == 1 and answer.takeaways[0].is_finding
    assert "vitamin K2 and bone density" in answer.quick_answer
    assert answer.verdict.label == "yes" and answer.verdict.supporting >= 2
    assert answer.quick_answer.startswith(
        "On vitamin K2 and bone density, most of the cited evidence supports an effect on bone turnover markers"
    )
    assert (
        "The deciding findings report bone turnover markers, not bone density itself." in answer.quick_answer
    )
    assert (answer.intervention, answer.outcome) == ("vitamin K2", "bone density")
    assert answer.verdict.reported_outcome == "bone turnover markers"
    assert set(answer.verdict.deciding_sentence_ids) >= {
        "seed:zhang-2025-vk2-btm#2",
        "seed:zhang-2025-vk2-btm#3",
    }
    stances = {t.sentence_id: t.stance for t in answer.takeaways}
    assert stances["seed:zhang-2025-vk2-btm#2"] == stances["seed:zhang-2025-vk2-btm#3"] == "supports"
    assert stances["seed:zhang-2025-vk2-btm#0"] == "background"
    effects = {t.sentence_id: [e.model_dump(exclude={"text"}) for e in t.effects] for t in answer.takeaways}
    md = dict(measure="MD", ci_level=95.0, p_value=None, p_relation=None)
    assert effects["seed:zhang-2025-vk2-btm#2"] == [
        {**md, "value": 1.86, "ci_lower": 1.17, "ci_upper": 2.56},
        {**md, "value": 1.49, "ci_lower": 0.98, "ci_upper": 2.0},
    ]
    assert effects["seed:zhang-2025-vk2-btm#3"] == [
        {**md, "measure": "WMD", "value": -1.54, "ci_lower": -2.44, "ci_upper": -0.64},
        {**md, "value": -0.83, "ci_lower": -1.21, "ci_upper": -0.46},
    ]
    assert effects["seed:zhang-2025-vk2-btm#0"] == []
    assert answer.quick_answer_sentence_id == answer.takeaways[0].sentence_id
    deciding = len(answer.verdict.deciding_sentence_ids)
    assert answer.grounding.claims == len(answer.takeaways) + 1 + deciding == answer.grounding.grounded
    assert {c.role for c in answer.grounding.checks} == {"takeaway", "quick_answer", "verdict"}
    assert len({t.text for t in answer.takeaways}) == len(answer.takeaways)
    assert "not medical advice" in answer.disclaimer and "sorting aids" in answer.evidence_note


def test_seed_question_abstains_without_the_seed_sources(plain_pipeline):
    answer = plain_pipeline.ask(SEED_QUESTION)
    assert answer.status == "insufficient_evidence"
    assert answer.takeaways == [] and answer.sources == [] and answer.grounding.claims == 0
    assert "no evidence" in answer.quick_answer
    assert answer.verdict.label == "insufficient" and answer.verdict.deciding_sentence_ids == []


def test_answers_spread_over_sources_and_prefer_findings(plain_pipeline):
    answer = plain_pipeline.ask("Does quillmorin help people fall asleep?")
    assert answer.status == "answered"
    cited = [t.source_id for t in answer.takeaways]
    assert {"fixtures:fict-001", "fixtures:fict-003"} <= set(cited)
    assert cited[0] != cited[1]  # each source's best sentence comes before any second one
    assert all(t.section != "METHODS" for t in answer.takeaways)
    assert answer.takeaways[0].is_finding
    levels = {s.id: s.evidence_level for s in answer.sources}
    assert levels["fixtures:fict-001"] == 1 and levels["fixtures:fict-003"] == 3
    assert next(s for s in answer.sources if s.id == "fixtures:fict-001").citation == "Okonkwo A (2031)"


def test_no_verdict_on_an_outcome_no_cited_finding_reports(seeded_pipeline):
    """Zhang Z (2025) names fractures only in its background; its findings are on bone turnover markers, which
    the table does not count as a surrogate of fractures: the answer cites it, but gives no verdict."""
    answer = seeded_pipeline.ask("Does vitamin K2 reduce fractures?")
    assert answer.status == "answered" and answer.sources[0].citation == "Zhang Z (2025)"
    assert answer.verdict.label == "insufficient" and answer.verdict.deciding_sentence_ids == []
    assert (
        "none of their findings on vitamin K2 reports fractures, so no verdict is given"
        in answer.quick_answer
    )
    assert {t.stance for t in answer.takeaways} == {"background"}


def test_a_finding_that_moves_the_outcome_the_other_way_contradicts(seeded_pipeline):
    """Zhang Z (2025): "Vitamin K2 (VK2) increased osteocalcin ..." asked whether K2 *lowers* osteocalcin."""
    answer = seeded_pipeline.ask("Does vitamin K2 lower osteocalcin?")
    stances = {t.sentence_id: t.stance for t in answer.takeaways}
    assert stances["seed:zhang-2025-vk2-btm#2"] == "contradicts"
    raised = seeded_pipeline.ask("Does vitamin K2 raise osteocalcin?")
    assert {t.sentence_id: t.stance for t in raised.takeaways}["seed:zhang-2025-vk2-btm#2"] == "supports"


@pytest.mark.parametrize(
    "put",
    [
        "Is there any evidence that quillmorin shortens sleep latency?",
        "Does quillmorin shorten sleep latency or not?",
        "Doesn't quillmorin shorten sleep latency?",
    ],
)
def test_the_words_around_a_claim_do_not_change_its_answer(plain_pipeline, put):
    """The wrapper's "any" had turned findings towards "no", and a trailing "or not" or a negated auxiliary had
    read as a denial of the claim; the answer repeats the question as it was put."""
    plain = plain_pipeline.ask("Does quillmorin shorten sleep latency?")
    answer = plain_pipeline.ask(put)
    assert answer.question == put
    assert answer.verdict.label == plain.verdict.label == "yes"
    assert answer.verdict.deciding_sentence_ids == plain.verdict.deciding_sentence_ids
    assert [t.stance for t in answer.takeaways] == [t.stance for t in plain.takeaways]


def test_max_takeaways_is_respected(plain_pipeline):
    answer = plain_pipeline.ask("Does quillmorin help people fall asleep?", max_takeaways=1)
    assert len(answer.takeaways) == 1


def test_unrelated_question_abstains(plain_pipeline):
    assert plain_pipeline.ask("Does ashwagandha improve chess ratings?").status == "insufficient_evidence"


def test_a_word_no_source_uses_is_answered_only_from_a_close_restatement(plain_pipeline):
    """ "Sleepyheads" appears nowhere; a fictional conclusion restates the rest of the question, so the answer
    cites it and says which word no source uses. "Zumba" is what the other question turns on: it abstains."""
    close = plain_pipeline.ask(
        "In fictional trials, does quillmorin reduce the time taken to fall asleep in sleepyheads?"
    )
    assert close.status == "answered" and close.sources[0].id == "fixtures:fict-001"
    assert close.limitations.startswith("No indexed source uses the word “sleepyheads”")
    assert plain_pipeline.ask("Does quillmorin shorten sleep latency in zumba dancers?").status == (
        "insufficient_evidence"
    )
    assert (
        "No indexed source" not in plain_pipeline.ask("Does quillmorin help people fall asleep?").limitations
    )


def test_a_word_no_source_uses_may_be_left_out_of_a_question_a_source_covers_otherwise(plain_pipeline):
    """ "Grandparents" appears nowhere, but the fictional review covers every other part of the question and has a
    close sentence (cosine about 0.72, below a restatement): the word is one of many, so the review answers and
    the answer says which word it does not use. "Zumba dancers" are most of what the other question adds."""
    answer = plain_pipeline.ask(
        "Is sleep latency of grandparents shortened by the plant extract quillmorin in pooled trials?"
    )
    assert answer.status == "answered" and answer.sources[0].id == "fixtures:fict-001"
    assert answer.limitations.startswith("No indexed source uses the word “grandparents”")
    assert plain_pipeline.ask("Does quillmorin shorten sleep latency in zumba dancers?").status == (
        "insufficient_evidence"
    )


def test_a_compound_no_source_writes_is_answered_from_a_source_that_writes_it_apart(plain_pipeline):
    """No fictional source writes "sleeptime"; one writes "sleep time", so it answers like any other source
    (not only by restating the question) and no word is reported unused."""
    answer = plain_pipeline.ask("Does quillmorin change total sleeptime?")
    assert answer.status == "answered" and answer.sources[0].id == "fixtures:fict-001"
    assert "No indexed source" not in answer.limitations


def test_empty_question_is_rejected(plain_pipeline):
    with pytest.raises(ValueError, match="empty"):
        plain_pipeline.ask("   \n ")


def test_grounding_rejects_tampered_claims(seeded_pipeline):
    answer = seeded_pipeline.ask(SEED_QUESTION)
    store = seeded_pipeline.index.store
    first = answer.takeaways[0]
    altered_text = first.model_copy(update={"text": first.text.replace("increased", "tripled")})
    wrong_source = first.model_copy(update={"source_id": "fixtures:fict-002"})
    missing = first.model_copy(update={"sentence_id": "seed:zhang-2025-vk2-btm#99"})
    for bad in (altered_text, wrong_source, missing):
        tampered = answer.model_copy(update={"takeaways": [bad, *answer.takeaways[1:]]})
        report = check_grounding(tampered, store)
        assert report.grounded < report.claims
        with pytest.raises(UngroundedAnswer):
            ground(tampered, store)
    title_claim = first.model_copy(update={"sentence_id": "seed:zhang-2025-vk2-btm#title"})
    assert not check_grounding(answer.model_copy(update={"takeaways": [title_claim]}), store).ok


def test_grounding_rejects_a_verdict_resting_on_uncited_or_unknown_sentences(seeded_pipeline):
    answer = seeded_pipeline.ask(SEED_QUESTION)
    store = seeded_pipeline.index.store
    for ids, reason in (
        (["fixtures:fict-001#3"], "does not cite"),
        (["seed:zhang-2025-vk2-btm#99"], "no such sentence"),
        (["seed:zhang-2025-vk2-btm#title"], "not a quotable"),
    ):
        verdict = answer.verdict.model_copy(update={"deciding_sentence_ids": ids})
        report = check_grounding(answer.model_copy(update={"verdict": verdict}), store)
        failed = [c for c in report.checks if not c.grounded]
        assert len(failed) == 1 and failed[0].role == "verdict" and reason in (failed[0].reason or "")


def test_filters_limit_cited_sources(plain_pipeline):
    question = "Does quillmorin help people fall asleep?"
    reviews_only = plain_pipeline.ask(question, filters=SourceFilter(min_evidence_level=1))
    assert {s.evidence_level for s in reviews_only.sources} == {1}
    recent = plain_pipeline.ask(question, filters=SourceFilter(year_from=2030))
    assert recent.sources and all(s.year >= 2030 for s in recent.sources)
    none_left = plain_pipeline.ask(question, filters=SourceFilter(year_to=1900))
    assert none_left.status == "insufficient_evidence"


def test_grounding_checks_every_quick_answer_quote(seeded_pipeline):
    answer = seeded_pipeline.ask(SEED_QUESTION)
    store = seeded_pipeline.index.store
    assert (
        answer.quick_answer_sentence_ids
        and answer.quick_answer_sentence_id == answer.quick_answer_sentence_ids[0]
    )
    not_shown = answer.model_copy(
        update={"quick_answer_sentence_ids": [*answer.quick_answer_sentence_ids, "x#1"]}
    )
    assert [c.reason for c in check_grounding(not_shown, store).checks if not c.grounded] == [
        "quoted sentence is not a takeaway"
    ]
    second = answer.takeaways[1].sentence_id  # a takeaway, but the quick answer does not quote it
    unquoted = answer.model_copy(
        update={"quick_answer_sentence_ids": [*answer.quick_answer_sentence_ids, second]}
    )
    assert [c.reason for c in check_grounding(unquoted, store).checks if not c.grounded] == [
        "quote differs from the sentence"
    ]


def test_an_outcome_the_table_does_not_know_is_decided_only_by_findings_that_name_it(seeded_pipeline):
    """Zhang Z (2025) names bone metabolism only in its background, and TRAP in one finding: a question on
    bone metabolism gets no verdict, one on TRAP is decided by that finding alone."""
    metabolism = seeded_pipeline.ask("Does vitamin K2 improve bone metabolism?")
    assert metabolism.verdict.label == "insufficient"
    assert "none of their findings on vitamin K2 reports bone metabolism" in metabolism.quick_answer
    trap = seeded_pipeline.ask("Does vitamin K2 lower TRAP?")
    assert trap.verdict.label == "yes" and trap.verdict.reported_outcome == "TRAP"
    assert trap.verdict.deciding_sentence_ids == ["seed:zhang-2025-vk2-btm#3"]


def test_an_obvious_typo_is_read_as_the_corpus_word_and_said_so(plain_pipeline):
    """ "quilmorin" is no word the fixture corpus uses; its sources write "quillmorin". The answer keeps the
    question as it was put and says how it was read. (The fixture corpus is small: the floor is lowered.)"""
    settings = plain_pipeline.settings.model_copy(update={"spelling_min_sources": 2})
    pipeline = Pipeline(plain_pipeline.index, settings, plain_pipeline.stance)
    answer = pipeline.ask("Does quilmorin help people fall asleep?")
    assert answer.question == "Does quilmorin help people fall asleep?"
    assert answer.read_as == "Does quillmorin help people fall asleep?"
    right = pipeline.ask("Does quillmorin help people fall asleep?")
    assert right.read_as is None
    assert answer.status == right.status == "answered"
    assert answer.verdict == right.verdict
    assert [t.sentence_id for t in answer.takeaways] == [t.sentence_id for t in right.takeaways]
    assert "Read as: Does quillmorin help people fall asleep?" in to_text(answer)
    assert "*Read as: Does quillmorin help people fall asleep?*" in to_markdown(answer)
    assert "Read as" not in to_text(right) + to_markdown(right)


def test_a_claim_that_denies_an_effect_gets_the_verdict_turned_round(plain_pipeline):
    """Findings that quillmorin helps contradict the claim that it does not: the verdict and each finding's
    stance speak of the claim as asked. Here the stance model's negated-question cue had found the label too,
    but the answer said the findings "contradict an effect on fall asleep", the opposite of what they report;
    where findings of no effect decide, the cue had read them against the claim they support."""
    effect = plain_pipeline.ask("Does quillmorin help people fall asleep?")
    for denial in (
        "Is it true that quillmorin doesn't help people fall asleep?",
        "Does quillmorin not help people fall asleep?",
    ):
        denied = plain_pipeline.ask(denial)
        assert denied.question == denial
        assert effect.verdict.label == "yes" and denied.verdict.label == "no"
        assert (denied.verdict.supporting, denied.verdict.contradicting) == (
            effect.verdict.contradicting,
            effect.verdict.supporting,
        )
        assert denied.verdict.deciding_sentence_ids == effect.verdict.deciding_sentence_ids
        assert "contradicts the claim" in denied.quick_answer


def test_a_paper_indexed_twice_is_cited_and_weighed_once(tmp_path, settings):
    """NFCorpus holds 40 abstracts twice under two ids; the copies had been cited as two sources, each with a
    takeaway, and weighed twice in the verdict. The copy with a PubMed id stays."""
    paper = {
        "title": "Brindleroot tea and winter tiredness: a fictional randomized trial.",
        "year": 2031,
        "publication_types": ["Randomized Controlled Trial"],
        "abstract": "In this invented trial, 120 adults drank brindleroot tea or a placebo tea for six weeks. "
        "Brindleroot tea reduced winter tiredness scores compared with placebo (P = 0.01). "
        "Sleep duration did not change.",
    }
    other = {
        "id": "fict-other",
        "title": "Brindleroot tea and winter tiredness in a made-up cohort.",
        "year": 2030,
        "abstract": "Among 900 imaginary adults, those who drank brindleroot tea daily reported less winter "
        "tiredness than those who never drank it.",
    }
    records = [{"id": "fict-copy-a", **paper}, {"id": "fict-copy-b", "pmid": "99999999", **paper}, other]
    corpus = tmp_path / "sources.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    build_index([BuildInput(corpus)], tmp_path / "index", settings, progress=False)
    answer = Pipeline.open(settings, tmp_path / "index").ask("Does brindleroot tea reduce winter tiredness?")

    cited = [s.id for s in answer.sources]
    assert [c.split(":")[-1] for c in cited].count("fict-copy-b") == 1, cited
    assert not any(c.endswith("fict-copy-a") for c in cited)
    assert all(i.split("#")[0] in cited for i in answer.verdict.deciding_sentence_ids)
