from index.lexical import LexicalIndex, analyze, is_identifier


def test_analyzer_keeps_vitamin_letters_and_glues_them():
    tokens = analyze("Vitamin D, vitamin K2 and omega-3")
    assert {"d", "k2", "vitamind", "vitamink2", "omega3"} <= set(tokens)
    assert "and" not in tokens


def test_vitamin_d_query_prefers_vitamin_d_sentence():
    index = LexicalIndex.build(
        ["Vitamin C levels were measured.", "Vitamin D levels were measured.", "Zinc was measured."],
        show_progress=False,
    )
    ids, scores = index.search("vitamin D", k=3)
    assert ids[0] == 1 and scores[0] > scores[1]
    assert index.document_frequency["vitamin"] == 2
    assert index.search("unknownword", k=3)[0].size == 0


def test_identifiers_are_codes_letters_and_glued_names():
    assert all(is_identifier(t) for t in ("k2", "b12", "d", "vitamind", "omega3", "vitamink2"))
    assert not any(is_identifier(t) for t in ("vitamin", "insomnia", "omega", "bone"))


def test_british_and_american_spellings_meet():
    assert analyze("Randomised trial of dietary fibre in paediatric anaemia") == analyze(
        "Randomized trial of dietary fiber in pediatric anemia"
    )
    index = LexicalIndex.build(
        ["Tumour growth slowed in the fibre group.", "Zinc was measured."], show_progress=False
    )
    ids, _ = index.search("tumor fiber", k=2)
    assert ids.tolist() == [0]
