from rag.question import question_terms, topic_phrases


def test_topic_phrases_drop_question_words_and_keep_spelling():
    assert topic_phrases("Does vitamin K2 improve bone density?") == ["vitamin K2", "bone density"]
    assert topic_phrases("Is fish oil (omega-3) good for the heart?") == ["fish oil", "omega-3", "heart"]
    assert topic_phrases("Does it work?") == []


def test_unseen_terms_weigh_most_in_coverage():
    terms = question_terms(
        "Does vitamin K2 improve bone density?", {"vitamin": 50, "bone": 40, "densiti": 30}, 1000
    )
    assert terms.terms["k2"] > terms.terms["densiti"] > terms.terms["vitamin"]
    without_k2 = terms.coverage({"vitamin", "bone", "densiti"})
    assert without_k2 < 0.6 < terms.coverage({"vitamin", "k2", "vitamink2", "bone"})
    assert question_terms("Does it work?", {}, 10).coverage(set()) == 1.0


def test_required_terms_are_identifiers_and_unseen_words():
    terms = question_terms("Does vitamin K2 help quillmorin users?", {"vitamin": 5, "k2": 1, "user": 3}, 100)
    assert terms.required == {"k2", "vitamink2", "quillmorin"}
    assert terms.unseen == {"vitamink2", "quillmorin"}


def test_chat_filler_is_not_a_topic():
    assert topic_phrases("Hi, please tell me: does zinc help colds? thanks lol") == ["zinc", "colds"]
