from rag.retrieve import retrieve


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
