"""Percent changes in list items and group labels, and signed percentages that are levels, tolerances or interval
ends rather than changes (round 25: blind24's misses and false positives; round 26: blind25's, list items that pair two
arms, "as did" items, a CI named after a signed change, shares of energy; round 27: blind26's, "inhibited A by x%", a
potency "by 50% (IC50)", an estimate with its CI after a P value; round 28: blind26's, "the inhibition of A was x%",
"x% with A but only y% with B", "absolute difference, x percent", an absolute change in percent, "x and y%,
respectively, higher", "both p<x", and after blind27's score "enhanced / suppressed A by x%", "has grown by x%"), on
fictional sentences (glimmer, quillmorin, zorvatin, squires, helms and lances do not exist)."""

import pytest

from tests.rag.effect_cases import C, E, changes_of, effects_of


def P(p, rel="=") -> dict:
    return {"p_value": p, "p_relation": rel}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "ARD" in the full form (value, CI that says "CI") is a risk difference, its value a percentage
        (
            "Squires with helms had fewer falls (ARD, \u221215.0% [95.5% CI, \u221226.3% to \u22123.8%]; AOR, "
            "0.50 [97.5% CI, 0.29 to 0.86]).",
            [E("RD", -15.0, 95.5, -26.3, -3.8), E("OR", 0.5, 97.5, 0.29, 0.86)],
        ),
        # a signed change's interval without "CI" holds the signed value; the next item given the same way
        (
            "Squires lost more glimmer at 3 months (-1.8% [-5.0%, -0.9%] helms, 0.0 [-1.2%, 0.3%] lances; P = .04).",
            [C(-1.8, lo=-5.0, hi=-0.9), C(0.0, lo=-1.2, hi=0.3, p=0.04, rel="=")],
        ),
        ("Glimmer fell in squires (-4.2% (-6.0% to -2.1%)).", [C(-4.2, lo=-6.0, hi=-2.1)]),
        # a bracket that opens with a change symbol: the sizes as printed, "versus" the next
        (
            "The rise in glimmer was smaller in squires than in pages (DeltaGL after zorvatin, 11+/-21% versus "
            "62+/-17%; P<0.001).",
            [C(11.0), C(62.0, p=0.001, rel="<")],
        ),
        (
            "Helm weight was alike in squires (\u0394 105%; SD 12) and pages (\u0394\u221239%: SD 10).",
            [C(105.0), C(-39.0)],
        ),
        # a change verb, then its groups each with the size alone in its bracket
        (
            "At 96 h glimmer was significantly reduced in the 2-week (13%) and in the Long-Term (14%) groups.",
            [C(-13.0), C(-14.0)],
        ),
        # a list that prints its signs: an unsigned item is a rise, first or last
        (
            "Quillmorin improved helm shine (56.6%), lance rust (-7.8%), squire glimmer (-7.3%), and page glimmer "
            "(6.07%) compared with oats.",
            [C(56.6), C(-7.8), C(-7.3), C(6.07)],
        ),
        # a P value alone in a bracket after "P value"
        ("The helm did not matter, as the interaction P value (.07) was large.", [P(0.07)]),
    ],
)
def test_round25_forms(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a tolerance is no change
        ("Over 95% of the squire counts were less than + or - 10% from the true mean.", []),
        # signed levels compared in a clause that names no change
        ("Zorvatin outperformed glimmer on calibration (+1.2% vs +9.2%, p<0.0001).", [P(0.0001, "<")]),
        ("Squire recovery rates at 1 week and 4 weeks were -7.4% and -1.1%, respectively.", []),
        # the second of two categories after a share
        ("Helms showed normal polish (69%) or mild increase in rust spots (31%).", []),
    ],
)
def test_round25_not_changes(sentence, expected):
    assert effects_of(sentence) == expected


def test_round25_guards():
    # (a tolerance written with the symbol was not read before either)
    assert effects_of("Squires were polled (response rate, 75%; sampling error, \u00b1 4.4%).") == []
    # "ARD" spelled out as something else, or without a CI, is no measure
    assert effects_of("The aortic root diameter (ARD), 3.4 [95% CI 3.1-3.7] cm, was wide.") == []
    assert effects_of("The squire ARD was larger (P = 0.049).") == [P(0.049)]
    # signed pairs in a clause that names a change stay changes
    assert changes_of("Glimmer values changed (-35.4% vs -15.8%, P = .059) in squires.") == [-35.4, -15.8]
    assert changes_of(
        "Squires had a greater helm loss (-7.8 \u00b1 2.9% vs. -5.3 \u00b1 2.7%; p = 0.024)."
    ) == [-7.8, -5.3]
    # a count of people in the group is a share; "or" after a change is no category list
    assert changes_of("Glimmer was increased in 21 of 50 patients (42%).") == []
    assert changes_of("Glimmer rose (12%) or fell in squires (8%).") != []
    # a change symbol right after a change read is the difference between changes
    assert changes_of(
        "Glimmer rose by 5.2 \u00b1 2.5% and fell by 16.7 \u00b1 6.0% (\u0394 \u221211.5%; P = 0.008)."
    ) == [
        5.2,
        -16.7,
    ]
    # a list without printed signs is not read by its signs
    assert changes_of("Squires preferred helms (56%), lances (30%), and oats (14%).") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a CI named right after a signed change, without percent signs, holds the printed value
        (
            "Strong inverse associations with glimmer were seen for helm weight (-10.72%; 95% CI: -13.78, -7.55) "
            "and lance length (-6.89%: 95% CI: -10.34, -3.30; P < 0.05).",
            [C(-10.72, 95.0, -13.78, -7.55), C(-6.89, 95.0, -10.34, -3.3, 0.05, "<")],
        ),
        # items that pair two arms in a list that prints its signs: unsigned arms are rises
        (
            "Helm shine increased more with zorvatin than with oats at the crest (5.4% vs 1.1 %), rim (1.6% vs "
            "-1.2%), visor (3.3% vs -0.7%), and brow (0.2% vs -1.4%).",
            [C(5.4), C(1.1), C(1.6), C(-1.2), C(3.3), C(-0.7), C(0.2), C(-1.4)],
        ),
        # "as did" items after a change read take its direction
        (
            "Glimmerase activity significantly decreased (by 66%) as did squire hydrolase (55%), helm oxidase (33%) "
            "and lance kinase (40%) within a week.",
            [C(-66.0), C(-55.0), C(-33.0), C(-40.0)],
        ),
    ],
)
def test_list_pairs_as_did_and_named_ci(sentence, expected):
    assert effects_of(sentence) == expected


def test_energy_shares_are_points():
    # a share of energy and its change are percentage points, not relative changes
    assert (
        changes_of(
            "Reported squire protein (-0.35% energy (en), fat (-1.07% en) and oats (+1.23% en) changed."
        )
        == []
    )
    assert changes_of("Squire fat intake fell by 5% of total energy over the year.") == []
    # a relative change of an energy intake stays one
    assert changes_of("Squire energy intake fell by 12% over the year.") == [-12.0]
    # guards: a CI that does not hold the printed value, an unsigned list, an "as did" with nothing read before
    assert effects_of("Glimmer rose in squires (-4.0%; 95% CI: 1.1, 2.3).") == [C(-4.0)]
    assert (
        changes_of("Squires preferred helms (56% vs 50%), lances (30% vs 31%), and oats (14% vs 19%).") == []
    )
    assert changes_of("Squires polished helms, as did pages (55%) and knights (33%).") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "inhibited A by x%" is a reduction, alone, in a list with "respectively", or with its P value
        (
            "At 10 mM, zorvatin inhibited glimmerase output by 80%, whereas oats inhibited output by 40%.",
            [C(-80.0), C(-40.0)],
        ),
        (
            "Helm and lance extracts inhibited squire glimmer by 84 and 65%, respectively.",
            [C(-84.0), C(-65.0)],
        ),
        (
            "Helm, lance and oat extracts inhibited squire glimmer by 73, 65 and 60%, respectively, compared with "
            "water (P < 0.05).",
            [C(-73.0, p=0.05, rel="<"), C(-65.0, p=0.05, rel="<"), C(-60.0, p=0.05, rel="<")],
        ),
        (
            "Quillmorin also significantly inhibited the squire glimmer index by 37.9% (P = 0.023).",
            [C(-37.9, p=0.023, rel="=")],
        ),
        ("Squire glimmer was inhibited by approximately 80% by zorvatin.", [C(-80.0)]),
        # a potency's definition is no change
        ("Zorvatin inhibited the glimmerase and the helmase by 50% (IC50) at 7 to 85 nM.", []),
        # a second estimate with its own CI after a P value is not a second P value
        (
            "Glimmer fell in two groups (RR 0.57, 99% CI 0.36-0.89, p=0.0012, and 0.61, 99% CI 0.50-0.74, "
            "p<0.0001).",
            [E("RR", 0.57, 99.0, 0.36, 0.89, 0.0012, "="), E("RR", 0.61, 99.0, 0.5, 0.74, 0.0001, "<")],
        ),
    ],
)
def test_round27_inhibition_potency_and_estimate_lists(sentence, expected):
    assert effects_of(sentence) == expected


def test_round27_guards():
    # a P value list stays one; an inhibitor that is a drug class names no change
    assert effects_of("Glimmer and helms differed (P = 0.0045 and 0.0096, respectively).") == [
        P(0.0045),
        P(0.0096),
    ]
    assert changes_of("Squires on glimmerase inhibitors were 12% of the knights.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the inhibition of A was x%", "A loss was x%": a reducing noun before a copula
        ("The inhibition of glimmer oxidation by the squires was 45%.", [C(-45.0)]),
        # "x% with A but only y% with B": the second size compared with the first
        (
            "Most notably, squire loss averaged over the four days after the glimmer test was 31% with the "
            "placebo but only 6% with the zorvatin.",
            [C(-31.0), C(-6.0)],
        ),
        # "absolute difference, x percent (CI)": a risk difference named without "risk"
        (
            "Squires given zorvatin had more glimmer than squires given placebo (33.1 percent vs. 28.9 percent; "
            "absolute difference, 4.2 percent, 95 percent confidence interval, -0.5 to 8.8).",
            [E("RD", 4.2, 95.0, -0.5, 8.8)],
        ),
        (
            "There was an absolute difference of 5.8% (95% CI, 0.5 to 11.1) between helms and lances.",
            [E("RD", 5.8, 95.0, 0.5, 11.1)],
        ),
        # "x and y%, respectively, higher than": the direction after "respectively"
        (
            "The helm and lance needs were 0.9 and 1.2 g/day and are 41 and 50%, respectively, higher than the "
            "current squire recommendations.",
            [C(41.0), C(50.0)],
        ),
        # "both p<x" after two estimates: the P value of each
        (
            "Squire losses fell in the two lowest helm groups (RR 0.52, 99% CI 0.35-0.75, and 0.63, 99% CI "
            "0.51-0.79; both p<0.0001).",
            [E("RR", 0.52, 99.0, 0.35, 0.75, 0.0001, "<"), E("RR", 0.63, 99.0, 0.51, 0.79, 0.0001, "<")],
        ),
    ],
)
def test_round28_inhibition_nouns_absolute_differences_and_shared_p(sentence, expected):
    assert effects_of(sentence) == expected


def test_round28_guards():
    # an absolute change in percent is no relative change; "inhibition" and "loss" only before a copula
    assert (
        effects_of(
            "Glimmer deaths were 1.6% in squires versus 1.4% in helms (absolute mortality increase 0.2%)."
        )
        == []
    )
    assert changes_of("This gave an absolute reduction in risk of 0.5% (95% CI -1.9% to 2.9%).") == []
    assert changes_of("Helm loss (12%) was common among the squires.") == []
    assert changes_of("The absolute difference in glimmer scores was 4.2 points.") == []
    # "but" after a level is no change
    assert changes_of("Glimmer was seen in 30% of squires but only 6% of helms.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "enhanced A by x%", "has grown by almost x%", "suppressed A by x%": change verbs (round 28, after blind27)
        ("Zorvatin enhanced the glimmer effect by 28% and 32%, respectively.", [C(28.0), C(32.0)]),
        (
            "The number of helms has grown by almost 300%, the number of lances has grown by nearly 600% and the "
            "number of oats has grown more than 3000%.",
            [C(300.0), C(600.0)],
        ),
        ("Zorvatin was shown to suppress squire growth by 80%.", [C(-80.0)]),
        # "by x% or more" stays a bound
        ("Existing helm content has grown by 100% or more over the last update.", []),
    ],
)
def test_round28_enhance_grow_suppress(sentence, expected):
    assert effects_of(sentence) == expected
