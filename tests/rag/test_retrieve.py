from types import SimpleNamespace

from rag.retrieve import expansion, retrieve


def test_every_source_is_anchored_at_its_first_unit(plain_pipeline):
    index = plain_pipeline.index
    store = index.store
    sources = list(store.iter_sources())
    assert len(index.anchors) == len(sources)
    anchored = {u.source_id: u for u in store.sentences(index.anchors.tolist()).values()}
    assert set(anchored) == {s.id for s in sources}
    assert anchored["fixtures:fict-002"].kind == "title"
    assert anchored["fixtures:fict-003"].sentence_id.endswith("#title")


def test_document_ranking_brings_in_a_sources_title(plain_pipeline, settings):
    """None of these words is in fict-002's title, so the sentence-level ranking cannot find the title; the
    document-level ranking finds the source as a whole and brings its title unit in as the source's anchor."""
    question = "240 adults 8 weeks serious adverse events"
    candidates = retrieve(plain_pipeline.index, question, settings, mode="lexical")
    title = next(c for c in candidates if c.sentence.sentence_id == "fixtures:fict-002#title")
    assert title.lexical_rank is None  # not found by the sentence-level ranking
    assert title.fused > 0 and title.dense_rank is None  # so its score came from the document ranking


def test_only_concepts_named_in_rare_words_are_expanded():
    lexical = SimpleNamespace(num_docs=10_000, document_frequency={"bone": 500, "turnov": 300, "marker": 800})
    phrases = expansion("Does menaquinone improve bone turnover markers?", lexical)
    assert phrases[:2] == ("vitamin K2", "VK2") and "MK-7" in phrases
    assert "menaquinone-7" not in phrases  # it brings no word that "menaquinone" and "MK-7" did not
    assert not {"bone turnover", "osteocalcin"} & set(phrases)  # "turnover" is common here: not expanded
    common = SimpleNamespace(num_docs=10_000, document_frequency={"menaquinon": 40, "bone": 500})
    assert expansion("Does menaquinone help bone?", common) == ()
    assert expansion("Does quillmorin help?", lexical) == ()


def test_a_rare_synonym_brings_in_sources_that_use_another_name(plain_pipeline, settings):
    """The fixture index never says "sleeplessness"; fict-003 says "insomnia", its synonym in the table."""
    index = plain_pipeline.index
    assert index.lexical.document_frequency.get("sleeplessness", 0) == 0
    question = "What helps sleeplessness?"
    plain = retrieve(index, question, settings, mode="lexical", expand=False)
    expanded = retrieve(index, question, settings, mode="lexical")
    assert "fixtures:fict-003#1" not in {c.sentence.sentence_id for c in plain}
    assert "fixtures:fict-003#1" in {c.sentence.sentence_id for c in expanded}
    assert plain_pipeline.terms(question).unseen == frozenset()  # and the gate does not give up on the word
