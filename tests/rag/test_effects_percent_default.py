"""Round 30, percent-change shapes: a CI without percent signs right after a change is the change's own (the label
convention decided in round 30), the guarded default for a percentage no rule placed (``rag/effects/percent_default.py``:
a change word of its clause gives the direction unless a level, share, spread, bound or criterion is marked),
"lost x% of their initial weight", and items after a "percent change" header or with their CI, on fictional sentences
(glimmer, zorvatin, squires, helms and frisee-like "glimmerweed" do not exist)."""

import pytest

from tests.rag.effect_cases import C, E, changes_of, effects_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a named CI without percent signs, right after the change, holding its size
        ("Zorvatin raised the glimmer rate by 0.46% (95% CI, 0.28 to 0.64).", [C(0.46, 95.0, 0.28, 0.64)]),
        (
            "Zorvatin reduced the mean glimmer ratio by 20% (95% confidence interval, 9 to 30; P<0.001).",
            [C(-20.0, 95.0, -30.0, -9.0, 0.001, "<")],
        ),
        (
            "The share of squires with rust was 42% less (95% CI, 4 to 64) than in the control.",
            [C(-42.0, 95.0, -64.0, -4.0)],
        ),
        ("There was a 7.3% increase (95% CI = -22 to +45) in the helm rate.", [C(7.3, 95.0, -22.0, 45.0)]),
        # a bare bracket holding the change, and a sibling's carried level
        (
            "Per copy of the glimmer allele, the risk of rust was reduced by 3.4% (1.8-5.0).",
            [C(-3.4, None, -5.0, -1.8)],
        ),
        (
            "Glimmer increased by 34.3% (95% CI 30.4-38.2) and zorvatin by 14.6% (10.7-18.4).",
            [C(34.3, 95.0, 30.4, 38.2), C(14.6, 95.0, 10.7, 18.4)],
        ),
    ],
)
def test_round30_ci_without_percent_signs(sentence, expected):
    assert effects_of(sentence) == expected


def test_round30_ci_without_percent_signs_guards():
    # a ratio's CI after a change does not hold it: not the change's
    assert effects_of("Zorvatin cut the risk of rust by 33% (1.08-1.66).") == [C(-33.0)]
    # levels from-to after a change are no CI
    assert effects_of("Rust in squires dropped 17.6% (43.6 to 35.9).") == [C(-17.6)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "loss of A in B (x%), C (y%), and D (z%)": items in brackets after a change noun
        (
            "Polishing also produced loss of the glimmer moiety in red helms (32%), fine helms (13%), and old helms (8%).",
            [C(-32.0), C(-13.0), C(-8.0)],
        ),
        # after the verb and a P value, compared with arms named with their sizes
        (
            "Zorvatin reduced helm intake (p < 0.037), compared with water (26%), grapes (22%), and the snack (15%).",
            [E(None, p=0.037, rel="<"), C(-26.0), C(-22.0), C(-15.0)],
        ),
        # the change verb after the list: "A (x%) and B (y%) prescriptions increased"
        (
            "Glimmer (-14%) prescriptions fell, whereas zorvatin (14%), helm oil (46%), and rust balm (93%) "
            "prescriptions increased.",
            [C(-14.0), C(14.0), C(46.0), C(93.0)],
        ),
        # "(≈x%)" items after "as assessed by"
        (
            "Helm capillarity increased with polishing, as assessed by glimmer ratio (≈13%) and shine (≈19%).",
            [C(13.0), C(19.0)],
        ),
        # a labelled bracket: "(AUC values: x%; P<0.05)"
        (
            "Zorvatin significantly reduced the glimmer excursion following a helm load (area under curve (AUC) values: "
            "22%; P<0.05).",
            [C(-22.0, p=0.05, rel="<")],
        ),
        # a size in units, then in percent: "by 11.3 points (45%)"
        (
            "The rust score decreased in both groups (by 11.3+/-6.7 points (45%) in the zorvatin group).",
            [C(-45.0)],
        ),
        # "percent change per SD ..." header, then items with their CIs
        (
            "Influences on glimmer (percent change per SD of the helm variable) were seen for zorvatin "
            "(3.25%; 95% CI: 0.06, 6.54; P < 0.05).",
            [C(3.25, 95.0, 0.06, 6.54, 0.05, "<")],
        ),
        # items with their CIs after a colon: "were: x% (95% CI a, b) in A, y% (c, d) in B"
        (
            "Mean increases in helm shine at 12 months were: 5.1% (95% CI 4.8, 5.4) in the weekly group, "
            "5.2% (4.9, 5.6) in the daily group.",
            [C(5.1, 95.0, 4.8, 5.4), C(5.2, 95.0, 4.9, 5.6)],
        ),
        # a share of one's own weight that was lost, and the list it heads
        (
            "On average, participants lost 24.6 % of their initial weight 1 year after the quest, 25.1 % after 2 "
            "years, and 22.3 % after 4 years.",
            [C(-24.6), C(-25.1), C(-22.3)],
        ),
        ("The squire group lost an average of 15% of fat mass.", [C(-15.0)]),
    ],
)
def test_round30_default_shapes(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # shares and levels in brackets after a change word
        "Main first signs were failure to shine (55%), helm loss (40%), and rust (28%).",
        "In total, 9 out of 33 helms (27%) and 20 out of 37 shields (54%) had an increased glimmer density.",
        "High glimmer was seen in five of the squires who showed a clinical improvement (71%) and in two (29%).",
        "An improved shine was seen in the polished helms (10.5%) compared with old helms (2.4%).",
        "Squires had a lower share of glimmer (14%) and zorvatin (7%) than knights (18% and 9%, respectively).",
        "Glimmer in helms increased from 22.5% in period 1 to 25.5% in period 2 and 26.3% in period 3.",
        "Awareness of glimmer increased (69% in 2001 to 80% in 2006, p<.001).",
        "Polishing increased helm shine to 52, 55, and 69% respectively.",
        "Squires with rust reported improvement (30.4% or 146/480, 24.8% or 119/480).",
        "Glimmer loss was associated with improved shine at one year (85%) above the median.",
        # a list that prints its signs: an unsigned item is a rise, not the clause's word's
        "Zorvatin inhibited helm rust [changes: 11% and -1.4% in the zorvatin and control groups].",
        # a criterion, not a result
        "Squires were classed as responders if they lost 5 % or more of their initial body weight.",
    ],
)
def test_round30_default_guards(sentence):
    values = changes_of(sentence)
    if "changes:" in sentence:
        assert -11.0 not in values
    else:
        assert values == []
