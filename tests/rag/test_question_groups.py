"""Synonym groups of a question's terms: compounds written the other way, codes written joined."""

from index.lexical import analyze
from rag.question_groups import compound_forms, joined_groups


def test_a_compound_is_matched_in_its_other_form():
    seen = {"shock", "wave", "perisinusoid", "home", "made"}.__contains__
    assert compound_forms("shockwave", seen) == (frozenset({"shock", "wave"}),)
    assert compound_forms("peri-sinusoidal", seen) == (frozenset({"perisinusoid"}),)
    assert compound_forms("homemade", seen) == (frozenset({"home", "made"}),)
    assert compound_forms("cystoscopist", {"cystoscop", "ist"}.__contains__) == ()  # "ist": too short a part
    assert compound_forms("zumbathon", seen) == ()


def test_a_code_written_apart_is_there_when_a_source_writes_it_joined():
    """ "31 A1-3 fractures" in a question are the "31A1-3" fractures of a source, "Hb A1c" its "HbA1c"."""
    groups = joined_groups([tuple(analyze("OTA 31 A1-3 fractures")), tuple(analyze("Hb A1c"))], set())
    assert [(g.name, g.alternatives) for g in groups] == [
        ("a1", (frozenset({"a1"}), frozenset({"31a1"}))),
        ("a1c", (frozenset({"a1c"}), frozenset({"hba1c"}))),
    ]
    assert groups[0].named_in(set(analyze("Patients with OTA 31A1-3 fractures were invented.")))
    assert not groups[0].named_in(set(analyze("Patients with OTA 31B2 fractures were invented.")))
    # a number is no code, nor is a code a group of the synonym table already names ("D" of "vitamin D")
    assert joined_groups([tuple(analyze("snorvel 12 weeks"))], set()) == ()
    assert joined_groups([tuple(analyze("vitamin D"))], {"d"}) == ()
