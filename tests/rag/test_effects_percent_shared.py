"""Round 34, percent changes in two list forms (tuning on the misses of blind20-28): numbers that share one later
percent sign while each carries its own P value bracket or spread, or follow a change verb without "by", or pair
two printed signs with "versus"; a size printed with its SD in a bracket after "mean (SD)"; and a list's P values
given "compared with ..., respectively" or one P value after "respectively, at 2 years". With the guards that keep
levels and SD brackets out. Fictional sentences (glimmer, zorvatin, squires, helms and lances do not exist)."""

import pytest

from tests.rag.effect_cases import C, changes_of, effects_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # each number of a shared-sign list carries its own P value bracket
        (
            "After zorvatin for 14 d, helm rust, lance rust and glimmer fell by 30 (P < 0.05), 20 (P < 0.01), "
            "and 10% (P = 0.2) respectively.",
            [C(-30.0, p=0.05, rel="<"), C(-20.0, p=0.01, rel="<"), C(-10.0, p=0.2, rel="=")],
        ),
        # ... or its spread
        ("Glimmer rose by 40+/-6 and 8+/-2% in squires and pages, respectively.", [C(40.0), C(8.0)]),
        # a change verb without "by" before the list; the P values "compared with ..., respectively"
        (
            "Glimmer was lower in squires given zorvatin (lowered 22.5 and 19.8 %; P = 0.02 and P = 0.04 compared "
            "with oats, respectively).",
            [C(-22.5, p=0.02, rel="="), C(-19.8, p=0.04, rel="=")],
        ),
        # a pair that prints both signs, joined by "versus", shares the percent sign
        (
            "Helm glimmer decreased in squires (from 4.1 to 3.3 units; -20 versus -7% in pages; P = 0.004).",
            [C(-20.0), C(-7.0, p=0.004, rel="=")],
        ),
        # a size with its SD in a bracket after "mean (SD)": the SD is no change; the list and its shared P value
        (
            "Squires and pages lost a mean (SD) of 18.2% (6.1%) and 2.4% (3.3%) of helm weight, respectively, at "
            "2 years (P < .001).",
            [C(-18.2, p=0.001, rel="<"), C(-2.4, p=0.001, rel="<")],
        ),
        (
            "Zorvatin halted rust (mean [SD] reduction in helm shine on day 5 of 6% [4%] in treated squires vs "
            "41% [7%] in untreated pages; P<.001).",
            [C(-6.0), C(-41.0, p=0.001, rel="<")],
        ),
        (
            "Long marches were associated with depletion of glimmer (mean [SD] of 42 [30] units, or 5.9% [4.8%]) "
            "relative to the first day.",
            [C(-5.9)],
        ),
    ],
)
def test_round34_shared_sign_and_mean_sd(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # levels with their SD after "mean (SD)", no change word near it
        ("The mean (SD) glimmer share was 41.2% (8.3%) in squires and 39.0% (7.7%) in pages.", []),
        # levels with their SD after "mean (SD)" and a change word: after "from", "to" or "was" no size
        ("The mean (SD) glimmer share rose from 41.2% (8.3%) to 48.0% (7.7%) in squires.", []),
        ("Mean (SD) glimmer increased to 41.2% (8.3%) in squires.", []),
        ("Mean (SD) glimmer rose in squires and was 41.2% (8.3%) at 2 years.", []),
        # an SD bracket with a change word but no "mean (SD)": not read as a spread
        ("Helm shine fell in 12% (3%) of the squires.", []),
        # a bracket that holds more than a P value does not carry the list over
        ("Glimmer fell by 12 (n = 40), and 9% of lances rusted.", []),
        # "x versus -y%": only a pair that prints both signs shares
        ("Helm glimmer changed (12 versus -7% in pages).", [-7.0]),
        # (nor a signed pair with spreads: left as before round 34)
        ("Glimmer fell more with zorvatin (-6.1+/-1.2 vs -2.2+/-0.9%, P=0.01).", [-2.2]),
        # "by 12,15%": a comma without a space is no list separator
        ("Glimmer fell by 12,15% in squires.", []),
    ],
)
def test_round34_guards(sentence, expected):
    assert changes_of(sentence) == expected
