"""Percent changes read from their clause (round 11), on fictional sentences (glimmer, quillmorin, zorvatin and
their knights do not exist)."""

import pytest

from tests.rag.effect_cases import C, changes_of, effects_of


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the size after the verb's object, and the next items of that list
        (
            "Dosing raised the level of serum glimmerin 312% (p<0.001), quillmorin 45.5% (p<0.002), and "
            "zorvatin 18.2% (p<0.001).",
            [C(312.0, p=0.001, rel="<"), C(45.5, p=0.002, rel="<"), C(18.2, p=0.001, rel="<")],
        ),
        (
            "Knight stamina fell, squire glimmer declining -8.4% (p<0.03) and page quillmorin decreasing -17.3% "
            "(p<0.03).",
            [C(-8.4, p=0.03, rel="<"), C(-17.3, p=0.03, rel="<")],
        ),
        ("Squire costs kept dropping 37.5% between the first and second year.", [C(-37.5)]),
        (
            "Glimmer broth reduced FMD 27% (from 12.1% to 8.8%; p = 0.006).",
            [C(-27.0, p=0.006, rel="=")],
        ),
        ("Jousting practice improved squire glimmer capacity 11.4% in a month.", [C(11.4)]),
        # the size alone in a bracket after the change, with an approximation, a label or a P value
        ("Quillmorin stores in knights fell markedly (\u224814%).", [C(-14.0)]),
        (
            "Zorvan intake fell markedly (\u223c9%, p = 0.004).",
            [C(-9.0, p=0.004, rel="=")],
        ),
        ("Glimmer levels showed increases in squires (mean, 41%; SD, 17%).", [C(41.0)]),
        (
            "Reductions in glimmer-7 score (27.1%; P = 0.002) and in quillmorin load (63.0%; P = 0.004) followed "
            "the feast.",
            [C(-27.1, p=0.002, rel="="), C(-63.0, p=0.004, rel="=")],
        ),
        # a change noun, what it is in (any words), a copula, then the size
        (
            "The average decrease in glimmer count and quillmorin size since the first joust was 48.2% (P < .05) "
            "and 39.7% (P < .05), respectively.",
            [C(-48.2, p=0.05, rel="<"), C(-39.7, p=0.05, rel="<")],
        ),
        ("Squire stamina improvement was 7.3%.", [C(7.3)]),
        # "by an estimated x%", "by ~x%"
        ("Glimmer sales rose by an estimated 14\u00b76% over the decade.", [C(14.6)]),
        ("Knight glimmer stores increased by \u223c35%.", [C(35.0)]),
        # alone in its bracket before the direction word
        ("Squire fatigue was clearly (44%) lower on the second day.", [C(-44.0)]),
        ("Knights lifted some 6 kg (3.9%) less than squires.", [C(-3.9)]),
    ],
)
def test_changes_read_from_their_clause(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a concentration, a share of those who changed, levels compared, a range of levels of a change
        "Raising the ration of knights fed 0.21% zorvatin did not help.",
        "Of the squires, 21 improved (62%), 9 worsened (26%), and 4 were unchanged (12%).",
        "Gout eased in the squires with a clear improvement (64%).",
        "Zorvatin improved jousting at one year (78%) compared with jousting (only 61%) in squires.",
        "The gout risk reduction by glimmer was 41% (zorvan alone) to 27% (both).",
        "Gout rose with age, and most flares (72.4%) came after feasts.",
        "Reasons included 'liking glimmer' (31.5%) and 'taking glimmer-lowering tonics' (19.8%).",
        # a criterion, a quantity in percent (points), a share after a criterion
        "Detection of gout by a 5% increase in knee girth at either knee was 83% sensitive.",
        "Zorvatin predicted a trend towards increased %ALM (0.38%, 95% CI -0.02 to 0.81).",
        "Knights' HbA(1c) was 7.1% (0.9%) at the start and declined over the season an average 0.48% (95% CI, "
        "-0.60% to -0.36%) on glimmer.",
        "Gout risk increased for knights given zorvan 4%.",
        # a mean with its spread after a change in words
        "Glimmer clumping showed an increase (3.6 +/- 1.8%; P < 0.02).",
    ],
)
def test_levels_shares_and_criteria_not_read_from_their_clause(sentence):
    assert changes_of(sentence) == []


def test_a_spread_is_no_change():
    # "(mean, x%; SD, y%)": the spread of a change is not another change
    assert changes_of("Glimmer rose in knights (mean, -12%; SD, 9%).") == [-12.0]


@pytest.mark.parametrize(
    "sentence",
    [
        # a later small change of a quantity measured in percent, further than 80 characters from its name,
        # with only changes in points (not read) between: percentage points too
        "FMD rose after glimmer (by 2.1%, at 20 min, P<0.03), whereas after zorvatin the rise was small "
        "(increase by 1.12%, P=NS).",
        "HbA1c in knights fell on glimmer (range over doses, -0.5% to -1.4%), on zorvatin (-1.4%) and on "
        "placebo (-0.2%).",
    ],
)
def test_later_changes_of_a_quantity_in_percent_are_points(sentence):
    assert changes_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind11: "an x% lowering of A"
        ("Zorvatin gave an 8.3% lowering of glimmer in knights.", [C(-8.3)]),
        # a verb, a P value in a bracket, a long object, then the list of changes in brackets, and a second verb
        (
            "Glimmer decreased (P < 0.05) plasma levels of zorvan binding ligand for the receptor (31.5%), "
            "quillmorin (18.2%), gout factor-1 (12.4%), and squirin (6.6%) and increased that of knight "
            "antagonist (24.3%) compared with values on day 7.",
            [
                C(-31.5),  # (its text starts at the verb, before the P value)
                {"p_value": 0.05, "p_relation": "<"},
                C(-18.2),
                C(-12.4),
                C(-6.6),
                C(24.3),
            ],
        ),
    ],
)
def test_round11_changes(sentence, expected):
    assert effects_of(sentence) == expected


def test_round11_not_changes():
    # the object names a share: a level, not a change; levels compared after the bracket
    assert changes_of("Zorvatin increased the proportion of knights with gout and glimmer (45%).") == []
    assert (
        changes_of("Glimmer raised serum levels of zorvan in squires (12%) compared with knights (3%).") == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # round 12: "prolonged / shortened ... by x%" gives its own direction (not the earlier verb's)
        (
            "Quillmorin decreased the clearance of glimmer by 18% (95% CI: 9%-26%) and prolonged its half-life "
            "by 27% (95% CI: 15%-40%).",
            [C(-18.0, 95, -26.0, -9.0), C(27.0, 95, 15.0, 40.0)],
        ),
        ("In knights, zorvatin shortened the gout flare by about 40%.", [C(-40.0)]),
        # "a x% (CI) decrement": a direction noun after the bracket
        (
            "Each 1 ug/L rise in glimmer corresponded to a 2.4% (95% CI: 0.3, 4.6) decrement in jousting scores.",
            [C(-2.4, 95, -4.6, -0.3)],
        ),
    ],
)
def test_round12_directions(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind13: a small change of percent atheroma volume (PAV) is in percentage points
        (
            "Mean PAV rose 0.61% (95% CI, 0.20% to 1.02%) with zorvatin and fell 0.12% (95% CI, -0.50% to "
            "0.26%) with quillmorin (P = .004).",
            [{"p_value": 0.004, "p_relation": "="}],
        ),
        # a scenario's change is modelled, not measured
        (
            "The matching figures for scenario 3 are a glimmer intake increase of 21.5% and 300 more gout cases.",
            [],
        ),
    ],
)
def test_round13_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round13_measured_changes_stay():
    # without a scenario or a percent quantity, the same shapes are changes
    assert changes_of("The matching figures for the knights are a glimmer intake increase of 21.5%.") == [
        21.5
    ]
    assert changes_of("Mean jousting speed rose 6.1% with zorvatin.") == [6.1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind14: a bound, then an approximation ("up to almost 90% higher"), is no change
        (
            "Glimmer-fed knights scored 21% higher than others; the scores ranged up to almost 90% higher.",
            [C(21.0)],
        ),
        # a direction noun in an exposure step ("with each SD increase") gives no direction to a later "by x%"
        (
            "Higher glimmer came with a reduction in the odds of gout by 31% with each SD increase in intake, and by "
            "27% among squires (p<0.05).",
            [C(-31.0), C(-27.0, p=0.05, rel="<")],
        ),
    ],
)
def test_round14_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round14_steps_and_verbs():
    # a verb after "each" / "per" still directs its change; so does a change verb after the step
    assert changes_of("For every 1-unit increase in glimmer, gout increased by 6%.") == [6.0]
    assert changes_of("Doses of 20 g each significantly lowered the gout score by 17%.") == [-17.0]
    assert changes_of("Two cups of glimmer tea per day may reduce gout flares by 24%.") == [-24.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind15: a change noun, a time point, then "of x%"
        (
            "Zorvatin lowered glimmer, with a mean reduction at week 4 of 27%, as compared with placebo (P=0.02).",
            [C(-27.0, p=0.02, rel="=")],
        ),
        # "increased at an average annual rate of x%"
        ("Spending on jousting increased at an average annual rate of 4.6% during the decade.", [C(4.6)]),
        # a P value shared after "respectively" and a short comparison
        (
            "Gout flares rose at weeks 2 and 4 by 31% and 44%, respectively, compared with baseline (P < 0.001) in "
            "the squires.",
            [C(31.0, p=0.001, rel="<"), C(44.0, p=0.001, rel="<")],
        ),
        # a change in the future tense is projected, not measured
        ("The guild suggests that glimmer demand will increase by 60% by 2050.", []),
        # a small change of a quantity measured in percent, as the subject of the copula: percentage points
        (
            "FMD values were 1.8% higher after glimmer than after placebo (p < 0.01).",
            [{"p_value": 0.01, "p_relation": "<"}],
        ),
        # "who had a x% greater risk" defines a subgroup, like a responder
        ("Fixation paid off in knights aged 60 to 65 who had 25% greater relative risk for a fall.", []),
    ],
)
def test_round15_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round15_changes_stay():
    # without the time point, the annual rate, "will" or a percent quantity, the same shapes are still read
    assert changes_of("The mean reduction of glimmer was 27% at week 4.") == [-27.0]
    assert changes_of("Glimmer intake increased by 60% by 2020.") == [60.0]
    assert changes_of("Jousting scores were 2.3% higher after glimmer.") == [2.3]
    assert changes_of("Knights who received zorvatin had a 25% lower risk of gout.") == [-25.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind16: "by x or y%" shares the percent sign and direction, like "by x and y%"
        (
            "Glimmer levels fell significantly (p < 0.05), by 9 or 14% after zorvatin or quillmorin, respectively.",
            [{"p_value": 0.05, "p_relation": "<"}, C(-9.0), C(-14.0)],
        ),
        # a plural direction noun after a list of percentages, the first item led by "with" or a past-tense verb
        (
            "The jousting diet gave an interaction (P < 0.05), corresponding with 18 and 27% reductions in gout.",
            [{"p_value": 0.05, "p_relation": "<"}, C(-18.0), C(-27.0)],
        ),
        ("The squires exhibited 43 and 57% increases in glimmer.", [C(43.0), C(57.0)]),
        ("The squires had 12% and 19% reductions in gout flares.", [C(-12.0), C(-19.0)]),
        # the comparator named between the object and the bracket that holds the size with its P value
        (
            "Glimmer reduced quillmorin intake, compared with water (~14%, p = 0.004), in the knights.",
            [C(-14.0, p=0.004, rel="=")],
        ),
    ],
)
def test_round16_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round16_guards():
    # a verb after the bracket is not a direction noun; "with x or y%" defines, it is not a change
    assert changes_of("Caloric restriction (30%) decreases glimmer in squires.") == []
    assert changes_of("Knights with 5 or 10% weight loss were counted.") == [-10.0]
    # the comparator's level alone in its bracket is not the size
    assert changes_of("Zorvatin reduced gout compared with placebo (12%).") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind17: the size with its spread and a P value, in the bracket after a change noun's object (whose
        # abbreviation, in a bracket of its own, is part of it)
        (
            "The glimmer diet gave the largest reduction in low-density squire (LDS) cholesterol (27% +/- 5%, "
            "P <.001) and the greatest lance output (1.21 +/- 0.30 g/d, P =.003).",
            [C(-27.0, p=0.001, rel="<"), {"p_value": 0.003, "p_relation": "="}],
        ),
    ],
)
def test_round17_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round17_guards():
    # without a P value, "(x% +/- y%)" is as often a level with its spread: not read
    assert changes_of("The glimmer diet gave a reduction in squire cholesterol (27% +/- 5%) at week 4.") == []
    # a bracket with a number is no abbreviation: the level it holds stays a level
    assert changes_of("Glimmer reduced gout in squires (12 of 40) knights (30%).") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind18: the CI printed before the percent sign ("by x (95% CI a, b) %"), also in a list before one
        # direction word
        (
            "The mean glimmer was 7.0 units after the jousting and decreased by 12 (95% CI 8, 17) % after the lance "
            "(P<0.001).",
            [C(-12.0, 95, -17.0, -8.0, p=0.001, rel="<")],
        ),
        (
            "Squire and page glimmer were 74 (95 % CI 61, 90) % and 15 (95 % CI 7, 21) % higher after the lance.",
            [C(74.0, 95, 61.0, 90.0), C(15.0, 95, 7.0, 21.0)],
        ),
    ],
)
def test_round18_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round18_guards():
    # no direction word: a share with its CI is no change; a CI that does not hold the size is not its CI
    assert changes_of("Glimmer was 13 (95% CI 9, 18) % of the squires' total.") == []
    assert effects_of("Glimmer decreased by 13 (95% CI 19, 28) % after the lance.") == [C(-13.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind19: a thousands comma in the percentage
        (
            "A significant increase in mean helm polish was observed in the squire group (1,300%; P < 0.01) "
            "compared with pages.",
            [C(1300.0, p=0.01, rel="<")],
        ),
        ("Helm polish increased by 2,450% in the squires.", [C(2450.0)]),
        # blind19: a rate per time ("%/y") before its CI
        (
            "Glimmer use declined significantly (-7.0%/y [95% CI, -8.8% to -5.2%], P < .001), as did squire "
            "hiring (-4.5%/y [95% CI, -6.1% to -2.8%], P < .001).",
            [C(-7.0, 95, -8.8, -5.2, p=0.001, rel="<"), C(-4.5, 95, -6.1, -2.8, p=0.001, rel="<")],
        ),
        # blind19: "the annual decrease (mean +/- SD) of A was x%", "the mean reduction in A across B (a-b units)
        # was x%": a bracket without a percentage after the change noun or among its words
        (
            "The annual decrease (mean +/- SD) of the glimmer volume was 2.3% +/- 1.4% (P < .001).",
            [C(-2.3, p=0.001, rel="<")],
        ),
        (
            "In six squires, the mean reduction in glimmer across six jousts (300-800 lances in 100-lance steps) "
            "was 36.2% (range 8.4-71.3%; P = 0.025).",
            [C(-36.2, p=0.025, rel="=")],
        ),
        # blind19: a signed "treatment effect of -x%"
        (
            "Lance counts were lower after jousting than after feasting, with a mean treatment effect of -17% "
            "(P = 0.04).",
            [C(-17.0, p=0.04, rel="=")],
        ),
        # blind19: a printed "+" is kept after a decrease word ("lower A (-x% vs +y%)")
        (
            "Squires had lower glimmer (-12.9% vs +11.4%, P = .004) in the jousting arm.",
            [C(-12.9), C(11.4, p=0.004, rel="=")],
        ),
        # blind20: a change in units, then "or" its percent ("by a kg or x%", "a reduction of a cm or x%")
        (
            "Only helm girth was significantly reduced, with a mean reduction of 2.74 cm or 0.93% from the first "
            "jousting (P = .02).",
            [C(-0.93, p=0.02, rel="=")],
        ),
        ("Squire weight decreased by 2.1 kg or 3.4% after the tournament.", [C(-3.4)]),
    ],
)
def test_round20_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round20_guards():
    # "was observed in the group (x%)" after a change noun: not after "improvement" (a share), nor in the patients
    assert changes_of("An improvement in lance grip was seen in the squire group (45%).") == []
    assert changes_of("A rise in helm polish was found in the squires (45%).") == []
    # a comma between percentages that is no thousands comma stays a list separator
    assert changes_of("Glimmer fell by 12,15% in squires.") == []
    # "%/y" takes a CI only right after it; a bracket that is no CI is not one
    assert effects_of("Glimmer use declined (-7.0%/y [n = 40], P < .001).") == [C(-7.0, p=0.001, rel="<")]
    # "of a units or x%" after no change noun is no change ("a dose of 20 mg or 5% of the lance")
    assert changes_of("Squires rose early; the dose of 20 mg or 5% of the lance was given.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind19: a group name ending in "ed" ("flaxseed") is a noun, not a verb, in "was observed in the A group"
        (
            "A significant increase in mean helm polish was observed in the linseed group (1,300%; P < 0.01) "
            "compared with pages.",
            [C(1300.0, p=0.01, rel="<")],
        ),
        # sizes listed with "respectively" in the bracket after a change
        (
            "Lance time and squire readiness were significantly increased (13.4% and 5.41%, respectively).",
            [C(13.4), C(5.41)],
        ),
        (
            "The glimmer score, helm time and lance latency were significantly decreased (42.4%, 28.9%, and 35.4%, "
            "respectively).",
            [C(-42.4), C(-28.9), C(-35.4)],
        ),
        (
            "The first and second squires showed the greatest increases (66% and 68%, respectively).",
            [C(66.0), C(68.0)],
        ),
        # blind17, blind20: a change compared between groups, its sizes after the comparison
        (
            "An increase in glimmer sensitivity was significantly greater in the squire group than in the page "
            "group [30% (95% CI 24.5-39) vs. 20% (95% CI 14-25), P = 0.04].",
            [C(30.0, 95, 24.5, 39.0), C(20.0, 95, 14.0, 25.0, p=0.04, rel="=")],
        ),
        (
            "Serum helm polish increased significantly more (P = 0.006, ANCOVA) in the lance than in the page "
            "group (5.2% and 0.6%, respectively), but glimmer remained unchanged.",
            [{"p_value": 0.006, "p_relation": "="}, C(5.2), C(0.6)],
        ),
        (
            "Glimmer loss was greater in the squire group than in the page group throughout the tournament (8.6% "
            "vs. 0.7% at 1 year; 6.0% vs. 3.5% at the end).",
            [C(-8.6), C(-0.7), C(-6.0), C(-3.5)],
        ),
        (
            "Helm polish decreased more in the squires than in the pages (-12% vs. +3%; P = 0.01).",
            [C(-12.0), C(3.0, p=0.01, rel="=")],
        ),
        (
            "The percentage increase in the average number of helms was larger for mounted squires (2.8%) than "
            "for pages (1.2%).",
            [C(2.8), C(1.2)],
        ),
    ],
)
def test_round21_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round21_guards():
    # "was observed in the A group (x%)" still needs the group word, with a noun ending in "ed" too
    assert changes_of("A rise in helm polish was found in the linseed squires (45%).") == []
    # a "respectively" list of shares or levels is no list of changes
    assert changes_of(
        "An increase in the prevalence of glimmer in squires and pages (12% and 15%, respectively)."
    ) == ([])
    assert changes_of("Glimmer rose from A (10.1% and 14.5%, respectively) to B (34.7% and 36.7%).") == []
    assert changes_of("This rate was lower in squires and pages (69% and 73%, respectively).") == []
    # without a comparative of the change the pair is levels compared
    assert changes_of("The reduction in lance use was seen in squires (28% vs 11%).") == []
    assert (
        changes_of("Helm polish increased in the squire group compared with the page group (25% vs 4%).")
        == []
    )
    # a comparative of rates or of a quantity in percent, or of a share, is no change compared
    assert (
        changes_of("The reduction in the rate of falls was greater in squires than in pages (20% vs 8%).")
        == []
    )
    assert changes_of("The decrease in HbA1c was greater in squires than in pages (1.2% vs 0.4%).") == []
    assert (
        changes_of("Lance loss of 5% was more frequently observed in squires (48.5%) than in pages (11.1%).")
        == []
    )
    # the bracket must hold only the sizes (a level or a count in it: not read)
    assert (
        changes_of("The increase in glimmer was greater in squires than in pages (12% vs 40 lances).") == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind12, blind16, blind19, blind21: a comparative adjective, what it compares, the size alone in its
        # bracket (with a P value at most), and the next items of its list
        (
            "Squires have a significantly lower helm mortality (29%) and overall lance incidence (18%) than pages.",
            [C(-29.0), C(-18.0)],
        ),
        (
            "Before the tournament, squires showed significantly higher glimmer resistance (GR) (≈15%) and "
            "significantly greater helm spillover (≈385%).",
            [C(15.0), C(385.0)],
        ),
        (
            "Apart from lance density, which was significantly lower (≈22%) in squires, the helms did not differ.",
            [C(-22.0)],
        ),
        (
            "Compared with pages, squires had higher glimmer thickness in the helm (13.8%; P < 0.05).",
            [C(13.8, p=0.05, rel="<")],
        ),
    ],
)
def test_round22_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round22_guards():
    # levels compared: the other group's own level follows
    assert changes_of("Squires have a lower helm mortality (29%) than pages (35%).") == []
    assert changes_of("The rate was higher in squires (26%) than in pages.") == []
    assert changes_of("Helm polish was greater in squires (33%) than in pages (7%).") == []
    # a share or rate is a level, and so is a quantity measured in percent (points)
    assert changes_of("Squires had a higher prevalence of glimmer (32%) than pages.") == []
    assert changes_of("Squires had a lower percentage of lance protein (14%) than pages.") == []
    assert changes_of("Squires had a higher HbA1c (0.4%; P = 0.02).") == []
    # after a group word, "compared with", or a verb between: a share or a level
    assert changes_of("Those with lower helm income (32%) were older.") == []
    assert changes_of("The score was lower compared with the page group (86%, p = 0.06).") == []
    assert changes_of("Trends towards a lower glimmer were observed after the apple (6.7%).") == []
    # nothing between the adjective and the bracket: only an approximate size
    assert changes_of("Helm polish was higher (12%) in squires.") == []
    # a CI or a count in the bracket: not this form
    assert changes_of("Squires had a higher lance count (30%; 95% CI, 18% to 45%).") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change given in units, its percentage in the bracket after (after a CI in units), and the list it opens
        (
            "In the squire group, helm levels increased 5.7 mg/dL (95% CI, 4.4 to 7.0 mg/dL; 16.0%) vs 0.9 mg/dL "
            "(95% CI, -0.3 to 2.1 mg/dL; 4.1%), and lance levels decreased 16.3 mg/dL (95% CI, -27.7 to -11.0 "
            "mg/dL; 15.3%) vs an increase of 3.3 mg/dL (95% CI, -10.7 to 11.7 mg/dL; 0.6%).",
            [C(16.0), C(4.1), C(-15.3), C(0.6)],
        ),
        (
            "Glimmer was lowered 6.3 micromol/L (25.8%; P < .001) in the squire group and 0.4 micromol/L (1.7%; "
            "P = .14) in the page group.",
            [C(-25.8, p=0.001, rel="<"), C(-1.7, p=0.14, rel="=")],
        ),
        (
            "After the feast there was a marked increase in glimmer by 16.7 +/- 8.9 mumol/L (87.9 +/- 49%).",
            [C(87.9)],
        ),
        # a percentage called a change in its own bracket, signed by its clause or the list it continues
        (
            "The mean reductions were: glimmer (10.9 mg/dL [5.1% change]), quillmorin (QM) (10.2 mg/dL [7.4% "
            "change]) and the ratio of QM to lance (0.22 [8.3% change]).",
            [C(-5.1), C(-7.4), C(-8.3)],
        ),
        (
            "Helm dents in pages increased by 2.3 percentage points after 1 year (a 5.4% relative worsening) and "
            "by 11.8 percentage points after 5 years (a 27.7% relative worsening).",
            [C(5.4), C(27.7)],
        ),
        # sizes listed after a colon that ends a change's clause (a percentage naming an item is its name)
        (
            "Squire glimmer was reduced for all helms: iron helms, 14.5 +/- 6.3%; oat helms, 22.7 +/- 2.9%; "
            "and 25% brass helms, 21.8 +/- 6.0%.",
            [C(-14.5), C(-22.7), C(-21.8)],
        ),
        # the count a verb changes is not a share
        (
            "Glimmer lowered numbers of lance particles (-5%) while raising numbers of squire particles (10%) and "
            "small squire particles (21%).",
            [C(-5.0), C(10.0), C(21.0)],
        ),
    ],
)
def test_round23_percent(sentence, expected):
    assert effects_of(sentence) == expected


def test_round23_guards():
    # a level in units with a percentage, no change word before it
    assert changes_of("Helm levels were 5.7 mg/dL (16.0%) in squires.") == []
    # a count of people or of times is not a unit
    assert changes_of("Squire numbers increased 5 patients (16%) in a year.") == []
    assert changes_of("Glimmer rose 3 times (12%) in pages.") == []
    # "x% change" without a change word in its clause, or of a share
    assert changes_of("Helm polish was stable (a 5% change).") == []
    assert changes_of("Squires rose in prevalence (a 5% change).") == []
    # a colon list after no change, or after a share's change
    assert changes_of("Squires were grouped: iron helms, 14%; oat helms, 22%.") == []
    assert changes_of("The prevalence of glimmer increased in two groups: squires, 14%; pages, 22%.") == []
    # the number of people is a share
    assert changes_of("Glimmer increased the number of patients with helms (45%).") == []
