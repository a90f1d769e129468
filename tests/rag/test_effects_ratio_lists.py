"""Round 32, ratio estimates further on in a list (blind30's misses): a value with its CI after "vs.", one that "it
was" refers back to (with a CI only), and two bare values after a plural name and "were" that end the clause; with
the guards that keep stray numbers out. Fictional sentences (glimmer, zorvatin, squires and helms do not exist)."""

import pytest

from tests.rag.effect_cases import E, effects_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "vs." leads a value like "vs" and "versus"
        (
            "The relative risks of rust were 1.9 (95% CI 0.5-6.3) in squires vs. 1.8 (CI 0.8-4.0) in knights.",
            [E("RR", 1.9, 95.0, 0.5, 6.3), E("RR", 1.8, 95.0, 0.8, 4.0)],
        ),
        # "it was" refers back to the estimate, when the value comes with its CI
        (
            "The relative risk of rust was 1.74 (95% CI 1.13-2.68) in squires, whereas it was 0.97 (95% CI "
            "0.59-1.58) in knights.",
            [E("RR", 1.74, 95.0, 1.13, 2.68), E("RR", 0.97, 95.0, 0.59, 1.58)],
        ),
        # (after "and" it was read before round 32 too: "was" leads the value)
        (
            "The odds ratio for glimmer was 2.2 (95% CI 1.4-3.1), and it was 1.3 (95% CI 0.9-1.8) after zorvatin.",
            [E("OR", 2.2, 95.0, 1.4, 3.1), E("OR", 1.3, 95.0, 0.9, 1.8)],
        ),
        # two bare values after a plural name and "were", ending the clause
        ("The corresponding RRs for helm rust were 0.78 and 0.55.", [E("RR", 0.78), E("RR", 0.55)]),
        (
            "The pooled odds ratios of glimmer were 1.42 and 1.16; zorvatin was well tolerated.",
            [E("OR", 1.42), E("OR", 1.16)],
        ),
    ],
)
def test_round32_ratio_list_items(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "it was" without a CI: no estimate (a dose, a level)
        (
            "The relative risk of rust was 1.74 (95% CI 1.13-2.68), whereas it was 0.97 mg in knights.",
            [E("RR", 1.74, 95.0, 1.13, 2.68)],
        ),
        # a CI that does not hold the value
        (
            "The relative risk of rust was 1.74 (95% CI 1.13-2.68), whereas it was 3.2 (95% CI 0.59-1.58) later.",
            [E("RR", 1.74, 95.0, 1.13, 2.68)],
        ),
        # a singular name, or the pair going on with a label: only the first value
        ("The odds ratio for glimmer was 1.78 and 2.55 squires rode.", [E("OR", 1.78)]),
        ("The ORs for glimmer were 1.78 and 2.55 in squires.", [E("OR", 1.78)]),
        # three or more bare values were a list already; "vs" and "versus" read as before
        (
            "The RRs for glimmer were 1.00, 1.21, 1.44 and 1.93.",
            [E("RR", 1.21), E("RR", 1.44), E("RR", 1.93)],
        ),
        (
            "The relative risks were 1.9 (95% CI 0.5-6.3) in squires versus 1.8 (95% CI 0.8-4.0) in knights.",
            [E("RR", 1.9, 95.0, 0.5, 6.3), E("RR", 1.8, 95.0, 0.8, 4.0)],
        ),
    ],
)
def test_round32_ratio_list_guards(sentence, expected):
    assert effects_of(sentence) == expected
