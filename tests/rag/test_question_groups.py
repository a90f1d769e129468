"""Synonym groups of a question's terms: compounds written the other way."""

from rag.question_groups import compound_forms


def test_a_compound_is_matched_in_its_other_form():
    seen = {"shock", "wave", "perisinusoid", "home", "made"}.__contains__
    assert compound_forms("shockwave", seen) == (frozenset({"shock", "wave"}),)
    assert compound_forms("peri-sinusoidal", seen) == (frozenset({"perisinusoid"}),)
    assert compound_forms("homemade", seen) == (frozenset({"home", "made"}),)
    assert compound_forms("cystoscopist", {"cystoscop", "ist"}.__contains__) == ()  # "ist": too short a part
    assert compound_forms("zumbathon", seen) == ()
