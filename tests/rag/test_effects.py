"""extract_effects on small fictional sentences (quillmorin, zorvatin and friends do not exist)."""

import pytest

from rag.effects import extract_effects
from tests.rag.effect_cases import E, effects_of


def test_seed_sentence_pattern_gives_exactly_its_effects():
    first = (
        "Zorvatin (ZV) increased quillmorin (QM; MD 1.86, 95% CI 1.17-2.56) and florabase "
        "(FB; MD 1.49, 95% CI 0.98-2.00)."
    )
    second = (
        "It reduced free quillmorin (fQM; WMD -1.54, 95% CI -2.44 to -0.64) and zorvatin-resistant "
        "glimmerase (ZRG; MD -0.83, 95% CI -1.21 to -0.46)."
    )
    assert effects_of(first) == [E("MD", 1.86, 95, 1.17, 2.56), E("MD", 1.49, 95, 0.98, 2.0)]
    assert effects_of(second) == [E("WMD", -1.54, 95, -2.44, -0.64), E("MD", -0.83, 95, -1.21, -0.46)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ratios, with the CI forms abstracts use
        (
            "Quillmorin users had fewer flares (OR = 0.71; 95% CI: 0.55, 0.92; P = 0.01).",
            [E("OR", 0.71, 95, 0.55, 0.92, 0.01, "=")],
        ),
        (
            "Zorvatin lowered mortality (hazard ratio 0.46 (95% confidence interval 0.38–0.55)).",
            [E("HR", 0.46, 95, 0.38, 0.55)],
        ),
        (
            "Gout was more common (relative risk (RR) 1.21 [95% CI 1.05 to 1.40]).",
            [E("RR", 1.21, 95, 1.05, 1.4)],
        ),
        ("Quillmorin doubled the odds, with an odds ratio of 2.3 (1.4-3.8).", [E("OR", 2.3, None, 1.4, 3.8)]),
        (
            "The adjusted HRs were 0.82 (0.70-0.96) for zorvatin and 0.75 (0.61-0.93) for quillmorin.",
            [E("HR", 0.82, None, 0.7, 0.96), E("HR", 0.75, None, 0.61, 0.93)],
        ),
        (
            "ORs (95% CI) for rising quillmorin intake were 1 (reference), 0.72 (0.52-0.99) and 0.65 (0.47-0.90).",
            [E("OR", 0.72, 95, 0.52, 0.99), E("OR", 0.65, 95, 0.47, 0.9)],
        ),
        (
            "Falls were rarer with zorvatin (incidence rate ratio [IRR] 1.15, 90% CI 1.05-1.26, P = 0.012).",
            [E("IRR", 1.15, 90, 1.05, 1.26, 0.012, "=")],
        ),
        (
            "Quillmorin cut admissions (rate ratio [RR] = 0.80; 95% CI 0.68 to 0.95) and relapses (RR = 0.59; "
            "95% CI 0.43 to 0.79).",
            [E("IRR", 0.8, 95, 0.68, 0.95), E("IRR", 0.59, 95, 0.43, 0.79)],
        ),
        (
            "The zorvatin arm had an incidence rate ratio (IRR) of 0·56 (95% CI 0·32-0·99, p=0·05).",
            [E("IRR", 0.56, 95, 0.32, 0.99, 0.05, "=")],
        ),
        (
            "Flares were linked to age (HR 1·67; 95% CI 1·56-1·79), female sex (0·72; 0·61-0·84) and zorvatin "
            "(0·89; 0·81-0·97), but not to quillmorin (1·04; 0·95-1·13).",
            [
                E("HR", 1.67, 95, 1.56, 1.79),
                E("HR", 0.72, 95, 0.61, 0.84),
                E("HR", 0.89, 95, 0.81, 0.97),
                E("HR", 1.04, 95, 0.95, 1.13),  # the list goes on after "but" (its own parenthesis and CI)
            ],
        ),
        (
            "Quillmorin raised gout risk (odds ratio 12.4, 1.6 to 99.4, P for trend 0.005).",
            [E("OR", 12.4, None, 1.6, 99.4, 0.005, "=")],
        ),
        # differences
        ("Zorvatin lowered the glimmer score (SMD = −0.32).", [E("SMD", -0.32)]),
        (
            "Quillmorin improved the score (mean difference 8, 95% confidence interval 4.22 to 11.78; P=0.001).",
            [E("MD", 8, 95, 4.22, 11.78, 0.001, "=")],
        ),
        (
            "Scores fell (adjusted mean difference, - 7.0; 95% CI, - 10.8 to - 3.2).",
            [E("MD", -7.0, 95, -10.8, -3.2)],
        ),
        (
            "Zorvatin reduced weight (WMD: -0.47 kg; 95% CI: -1.17, 0.22 kg).",
            [E("WMD", -0.47, 95, -1.17, 0.22)],
        ),
        (
            "Flares fell (RR 0.58, 95% CI 0.38 to 0.89; RD -0.22, 95% CI -0.38 to -0.06).",
            [E("RR", 0.58, 95, 0.38, 0.89), E("RD", -0.22, 95, -0.38, -0.06)],
        ),
        (
            "Quillmorin prevented headache (ARR, 11.3%; 95% CI, 6.50%-16.2%).",
            [E("RD", -11.3, 95, -16.2, -6.5)],
        ),
        # correlations
        (
            "Quillmorin correlated with zorvatin (r = 0.45, P < 0.001).",
            [E("correlation", 0.45, p=0.001, rel="<")],
        ),
        ("Glimmer fell with age (rho = -0.31).", [E("correlation", -0.31)]),
        ("Spearman's correlation coefficient 0.52 linked quillmorin to sleep.", [E("correlation", 0.52)]),
        # percent changes: the direction word gives the sign
        ("Quillmorin reduced LDL cholesterol by 12%.", [E("percent_change", -12)]),
        ("Zorvatin users had a 23% lower risk of gout.", [E("percent_change", -23)]),
        ("Glimmer increased by 15.2% (p < 0.05).", [E("percent_change", 15.2, p=0.05, rel="<")]),
        (
            "Flares declined 38% in women versus 19% in men.",
            [E("percent_change", -38), E("percent_change", -19)],
        ),
        ("Zorvatin reduced flares by 24% (19% to 28%).", [E("percent_change", -24, None, -28, -19)]),
        (
            "Glimmer and shimmer decreased by 10% and 7%, respectively.",
            [E("percent_change", -10), E("percent_change", -7)],
        ),
        (
            "Men had 24% and 32% higher zorvatin levels than women.",
            [E("percent_change", 24), E("percent_change", 32)],
        ),
        # P values: attached to the effect they follow in the same clause, else alone
        ("Glimmer was lower with quillmorin (P < 0.05).", [E(None, p=0.05, rel="<")]),
        (
            "Zorvatin helped (P = 0.0045 and 0.0096, respectively).",
            [E(None, p=0.0045, rel="="), E(None, p=0.0096, rel="=")],
        ),
        ("The quillmorin signal was strong (P = 2 x 10(-5)).", [E(None, p=2e-5, rel="=")]),
        (
            "Shimmer rose (p less than 0.001) and glimmer fell (OR 0.8; 95% CI 0.7-0.9; P for trend = 0.03).",
            [E(None, p=0.001, rel="<"), E("OR", 0.8, 95, 0.7, 0.9, 0.03, "=")],
        ),
    ],
)
def test_extracts_each_measure(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list goes on after "but" with a value that opens its own parenthesis and has its CI
        (
            "Gout rose among women (hazard ratio 1·98, 95% CI 1·03, 3·81) but not men (1·28, 95% CI 0·76, 2·16).",
            [E("HR", 1.98, 95, 1.03, 3.81), E("HR", 1.28, 95, 0.76, 2.16)],
        ),
        (
            "Gout rose with zorvatin (hazard ratio 1.98, 95% CI 1.03-3.81), but the 2.16 score did not change.",
            [E("HR", 1.98, 95, 1.03, 3.81)],
        ),
        # a CI that says "CI" after a short qualifier, or after the estimate in another unit
        (
            "Adjusted odds ratios were 0.34 for zorvatin (95% CI, 0.16 to 0.74) and 0.71 for quillmorin "
            "(95% CI, 0.35 to 1.44).",
            [E("OR", 0.34, 95, 0.16, 0.74), E("OR", 0.71, 95, 0.35, 1.44)],
        ),
        (
            "The mean difference in intake was -230 kJ (-55 kcal) (95% CI -490, 30 kJ; P = 0.4).",
            [E("MD", -230, 95, -490, 30, 0.4, "=")],
        ),
        # "ranging from A to B" gives two effects only when each has its own CI
        (
            "ORs ranged from 1.37 in Zorvania [95% CI 1.18-1.59; P = 0.002] to 2.52 in Quillmark (95% CI 2.22-2.80).",
            [E("OR", 1.37, 95, 1.18, 1.59, 0.002, "="), E("OR", 2.52, 95, 2.22, 2.8)],
        ),
        # a bare "differences" after a mean-difference name, however far from it
        (
            "Weighted mean differences favoured zorvatin over placebo in every trial and every subgroup that was "
            "analysed [differences in glimmer: -0.93 mmol/L (95% CI: -1.65, -0.21), shimmer: -0.83 mmol/L "
            "(-1.23, -0.42)].",
            [E("WMD", -0.93, 95, -1.65, -0.21), E("WMD", -0.83, 95, -1.23, -0.42)],
        ),
        # an abbreviation spelled out as something else still names a measure in the form "MD -0.29; 95% CI"
        (
            "Zorvatin and placebo were similar in the mean duration (MD) of flares: MD -0.29; 95% CI -3.71 to 3.13.",
            [E("MD", -0.29, 95, -3.71, 3.13)],
        ),
        # a spelled-out mean difference may carry a spread, which is not its CI
        (
            "The mean difference in glimmer was 0.68 ± 0.83 units (95% CI, 0.64-0.72).",
            [E("MD", 0.68, 95, 0.64, 0.72)],
        ),
        # list items without a CI, in the same shape as the first value
        (
            "Quillmorin was most closely correlated with gout (r=0.814), followed by zorvatin (0.787).",
            [E("correlation", 0.814), E("correlation", 0.787)],
        ),
        (
            "Flares were commoner, with relative risks of zorvatin v placebo (males 3.8, females 3.4) and "
            "quillmorin v placebo (males 1.9, females 1.6).",
            [E("RR", 3.8), E("RR", 3.4), E("RR", 1.9), E("RR", 1.6)],
        ),
        (
            "The mean difference was 0.55 lines in adults and 0.55 lines in children.",
            [E("MD", 0.55), E("MD", 0.55)],
        ),
        (
            "Zorvatin read high (mean difference ± limit of agreement for glimmer <0.4 = -0.004 ± 0.037 vs. "
            "glimmer >0.4 = 0.040 ± 0.075, p < 0.001).",
            [E("MD", -0.004), E("MD", 0.04, p=0.001, rel="<")],
        ),
        ("The mean difference was 2.1 mmHg (baseline 130.5 mmHg) with zorvatin.", [E("MD", 2.1)]),
        ("Male to female zorvatin rate ratios approximated 1.3:1.", [E("IRR", 1.3)]),
        # a change that is a result, even after "by a"
        ("Glimmer rose, driven by a 46% rise in zorvatin use.", [E("percent_change", 46)]),
    ],
)
def test_lists_names_and_intervals_read_further(sentence, expected):
    assert effects_of(sentence) == expected


PC = "percent_change"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # P values: "< or =", a doubled "pp", a dropped point in a correlation
        (
            "Glimmer tracked quillmorin closely (r = -0.91, P < or = 0.004).",
            [E("correlation", -0.91, p=0.004, rel="<=")],
        ),
        ("Shimmer was more common with zorvatin (pp<0.01).", [E(None, p=0.01, rel="<")]),
        (
            "Quillmorin fell as glimmer rose (r=-04418; p=0.0271).",
            [E("correlation", -0.4418, p=0.0271, rel="=")],
        ),
        # CI forms: "D" is a dioptre, not days; "{CI}"; "confidence limits ranging from"; "CI 95%"
        (
            "With zorvatin the mean difference in lens power was 0.41 ± 0.52 D (95% CI, 0.35-0.47).",
            [E("MD", 0.41, 95, 0.35, 0.47)],
        ),
        (
            "Itch scores were alike (mean difference, -0.07 cm [95% confidence interval {CI}, -0.41 to 0.27 "
            "cm]; P = .70).",
            [E("MD", -0.07, 95, -0.41, 0.27, 0.7, "=")],
        ),
        (
            "Zorvatin and placebo elbows showed a mean difference of 0.2 mm, with wide confidence limits ranging "
            "from -1.4 to 1.8.",
            [E("MD", 0.2, None, -1.4, 1.8)],
        ),
        (
            "Flares were commoner with zorvatin (odds ratio 1.7, CI 95% 1.2-2.3).",
            [E("OR", 1.7, 95, 1.2, 2.3)],
        ),
        # lists of bare values: a ratio list's leading 1.00 is the reference; a second list as long as the first
        (
            "Rate ratios of gout over zorvatin quartiles were 1.00, 1.21, 1.44, and 1.93 (P = 0.002) in men and "
            "1.00, 1.12, 1.58, and 2.67 in women.",
            [
                E("IRR", 1.21),
                E("IRR", 1.44),
                E("IRR", 1.93, p=0.002, rel="="),
                E("IRR", 1.12),
                E("IRR", 1.58),
                E("IRR", 2.67),
            ],
        ),
        (
            "Relative risks by quillmorin intake were 1.10, 1.47, and 2.85, respectively, in men and 1.22, 1.91, "
            "4.03, respectively, in women.",
            [E("RR", v) for v in (1.1, 1.47, 2.85, 1.22, 1.91, 4.03)],
        ),
        (
            "Adjusted odds ratios were 0.61, 0.66, and 0.74, respectively (95% confidence intervals = "
            "0.41-0.91, 0.44-0.99, and 0.50-1.10, respectively).",
            [E("OR", 0.61, 95, 0.41, 0.91), E("OR", 0.66, 95, 0.44, 0.99), E("OR", 0.74, 95, 0.5, 1.1)],
        ),
        # a list across semicolons, when each part is introduced like the first ("for A, ...; for B, ...")
        (
            "Hazard ratios for rising quillmorin intake were as follows: for glimmer, 0.81 (95% CI: 0.62, 1.06) "
            "and 1.09 (95% CI: 0.86, 1.38) (P for trend = 0.39); for shimmer, 0.77 (95% CI: 0.58, 1.02) (P for "
            "trend = 0.21).",
            [
                E("HR", 0.81, 95, 0.62, 1.06),
                E("HR", 1.09, 95, 0.86, 1.38, 0.39, "="),
                E("HR", 0.77, 95, 0.58, 1.02, 0.21, "="),
            ],
        ),
        (
            "Hazard ratios (95% CIs) were as follows: gout, 1.33 (1.08-1.64) with 181 cases; flares, 1.18 "
            "(0.97-1.44) with 203 cases.",
            [E("HR", 1.33, 95, 1.08, 1.64), E("HR", 1.18, 95, 0.97, 1.44)],
        ),
        # signed values alone in their brackets after a difference name and a verb
        (
            "Mean differences between zorvatin users and non-users were glimmer (+4.2 g/d); quillmorin (+96 ug "
            "per day), shimmer (+2.3 mg/d) and florabase (+35 mg/d).",
            [E("MD", 4.2), E("MD", 96), E("MD", 2.3), E("MD", 35)],
        ),
        # a measure named in a header bracket, its values further on, each with its CI
        (
            "Trials (mean difference, 95% CI) showed that zorvatin lowered glimmer (-0.38 cm, 95% CI: -0.71 to "
            "-0.05) and shimmer (-4.92 mg/dl, 95% CI: -8.60 to -1.24).",
            [E("MD", -0.38, 95, -0.71, -0.05), E("MD", -4.92, 95, -8.6, -1.24)],
        ),
        # percent changes with a bracket between number and direction, or a participle, or a bracketed size
        (
            "Zorvatin was linked to a 19% (95% CI: 7%, 29%) lower risk of gout.",
            [E(PC, -19, 95, -29, -7)],
        ),
        (
            "Quillmorin was associated with 37% (HR: 0.63; 95% CI: 0.45 to 0.88) reduced risk of gout.",
            [E(PC, -37), E("HR", 0.63, 95, 0.45, 0.88)],
        ),
        ("Zorvatin produced a 58% (p < 0.01) reduction in glimmer.", [E(PC, -58, p=0.01, rel="<")]),
        ("Zorvatin users had a 27% reduced risk of gout.", [E(PC, -27)]),
        (
            "Zorvatin users had an 84% decreased risk (95% confidence interval, 61%-93%) of gout.",
            [E(PC, -84, 95, -93, -61)],
        ),
        (
            "Zorvatin gave a significant reduction in the risk of gout (12%), flares (21%) and glimmer (43%).",
            [E(PC, -12), E(PC, -21), E(PC, -43)],
        ),
        ("Glimmer was significantly increased (31%) after zorvatin.", [E(PC, 31)]),
        (
            "Zorvatin increased gout risk by 26%, with a similar increase for quillmorin, i.e. 38%.",
            [E(PC, 26), E(PC, 38)],
        ),
        (
            "Zorvatin gave an increase in glimmer of 0.52% (95% CI, 0.18% to 0.86%).",
            [E(PC, 0.52, 95, 0.18, 0.86)],
        ),
    ],
)
def test_forms_added_for_blind2_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a spelled-out difference with SDs, listed across semicolons
        (
            "The mean differences between zorvatin and quillmorin for the three glimmer sites were small: "
            "1.25 mm (SD 2.0), 0.04 mm (1.0) and -1.10 mm (2.2) for the cortex; 0.31 mm (0.5), 0.02 mm (0.4) "
            "and -0.40 mm (0.6) for the medulla.",
            [E("MD", v) for v in (1.25, 0.04, -1.1, 0.31, 0.02, -0.4)],
        ),
        # a difference counted in time units, when its CI follows
        (
            "Zorvatin shortened admission (mean difference (MD) -1.8 days, 95% CI -2.9 to -0.7).",
            [E("MD", -1.8, 95, -2.9, -0.7)],
        ),
        # a header whose CI level sits in a bracket of its own
        (
            "The risk of gout (risk ratio [95% CI]) was 1.10 (0.92-1.31) with zorvatin, 1.24 (1.12-1.37) with "
            "quillmorin and 1.52 (1.30-1.77) with both.",
            [E("RR", 1.1, 95, 0.92, 1.31), E("RR", 1.24, 95, 1.12, 1.37), E("RR", 1.52, 95, 1.3, 1.77)],
        ),
        # a two-sided "2p" and a P value without a sign
        (
            "Flares fell with zorvatin (RR 0.71, SE 0.08, 2p<0.001) and glimmer (RR 0.85, SE 0.07, 2p=0.04).",
            [E("RR", 0.71, p=0.001, rel="<"), E("RR", 0.85, p=0.04, rel="=")],
        ),
        (
            "Zorvatin cut relapse (hazard ratio, 0.62; 95 percent confidence interval, 0.45 to 0.85; P 0.003).",
            [E("HR", 0.62, 95, 0.45, 0.85, 0.003, "=")],
        ),
        # a bracketed list without "and", P values with their own relations
        (
            "Glimmer correlated with zorvatin, quillmorin and florabase (R = 0.31, 0.28, 0.36; P = 0.03 and "
            "< 0.001, respectively).",
            [
                E("correlation", 0.31),
                E("correlation", 0.28),
                E("correlation", 0.36, p=0.03, rel="="),
                E(None, p=0.001, rel="<"),
            ],
        ),
        # values before their labels
        (
            "Gout risk was lower (HRs were 0.81 for zorvatin and 0.86 for quillmorin, respectively).",
            [E("HR", 0.81), E("HR", 0.86)],
        ),
        # an abbreviation the sentence defines
        (
            "Risk was higher with zorvatin (adjusted risk difference [ARD], 4.1% [95% CI, 2.0% to 6.2%]) and "
            "with quillmorin (ARD, 2.2% [95% CI, 0.9% to 3.5%]).",
            [E("RD", 4.1, 95, 2.0, 6.2), E("RD", 2.2, 95, 0.9, 3.5)],
        ),
        (
            "The two glimmer scores agreed (correlation, 0.91; median difference, 0.2 points).",
            [E("correlation", 0.91)],
        ),
        # percent changes: a time unit in the bracket, a spread, in units then in percent, a shared sign
        ("Gout rates increased (1.9% per year) in women.", [E(PC, 1.9)]),
        ("Zorvatin gave a 12+/-3% reduction in glimmer (p = 0.004).", [E(PC, -12, p=0.004, rel="=")]),
        (
            "Glimmer intake increased by 41 g (35%) with zorvatin and by 60 g (52%) with quillmorin (both "
            "P < 0.001).",
            [E(PC, 35), E(PC, 52, p=0.001, rel="<")],
        ),
        (
            "Glimmer was raised in both arms (respectively, 120 and 95% above controls).",
            [E(PC, 120), E(PC, 95)],
        ),
        (
            "Zorvatin gave a 9.0% lower glimmer score (95% CI: -15.0%, -3.0%) after adjustment (P = 0.02).",
            [E(PC, -9.0, 95, -15.0, -3.0, 0.02, "=")],
        ),
    ],
)
def test_forms_added_for_blind3_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Glimmer correlated with zorvatin dose (Rs = 0.74, p < 0.001) and age (Rs = 0.41, p = 0.02).",
            [E("correlation", 0.74, p=0.001, rel="<"), E("correlation", 0.41, p=0.02, rel="=")],
        ),
        ("Glimmer was 15% to 30% higher with zorvatin (P:<0.01).", [E(None, p=0.01, rel="<")]),
        (
            "Relative risks (95% CI) were 1.31 (1.10-1.56), 1.88 (1.60--2.21) and 2.40 (2.02-2.85).",
            [E("RR", 1.31, 95, 1.1, 1.56), E("RR", 1.88, 95, 1.6, 2.21), E("RR", 2.4, 95, 2.02, 2.85)],
        ),
        (
            "Zorvatin gave an HR of 0.52 (0.31-0.87, p=0.01) and RRs (95% CI) of 0.90 (0.75-1.08; Ptrend = 0.3).",
            [E("HR", 0.52, None, 0.31, 0.87, 0.01, "="), E("RR", 0.9, 95, 0.75, 1.08, 0.3, "=")],
        ),
    ],
)
def test_forms_added_for_blind4_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a bare "correlation between A and B was x", and a later clause that refers back to it
            "The mean correlation between glimmer and zorvatin was 0.333; this value was -0.768 for quillmorin.",
            [E("correlation", 0.333), E("correlation", -0.768)],
        ),
        ("The correlation of glimmer with zorvatin dose was -0.42 in women.", [E("correlation", -0.42)]),
        (  # a noun between the percentage and its direction noun
            "Zorvatin gave a 13% odds reduction in gout (OR 0.87; 95% CI 0.80 to 0.94).",
            [E("percent_change", -13.0), E("OR", 0.87, 95, 0.8, 0.94)],
        ),
        ("Treated mice kept eating while experiencing 10% weight loss.", [E("percent_change", -10.0)]),
        (  # a change noun, then a copula; a list value after the bracket the name opened closed
            "Gout fell; the risk reduction was 12% (RR: 0.88; 95% CI: 0.84, 0.93; P < 0.001) in women and 0.96 "
            "(0.91, 1.02) in men >60 y of age (P for age interaction = 0.02).",
            [
                E("percent_change", -12.0),
                E("RR", 0.88, 95, 0.84, 0.93, 0.001, "<"),
                E("RR", 0.96, 95, 0.91, 1.02, 0.02, "="),
            ],
        ),
        (  # a CI in "percent" words after a long noun phrase
            "We saw a 22 percent reduction in the risk of gout from any cause in the zorvatin group (95 percent "
            "confidence interval, 0 to 40 percent; P = 0.051).",
            [E("percent_change", -22.0, 95, -40.0, 0.0, 0.051, "=")],
        ),
        (  # two bare values tied to their labels by "respectively"
            "Gout was seen in 4.3 and 3.7%, respectively, with a relative risk of 2.2 and 1.9, respectively.",
            [E("RR", 2.2), E("RR", 1.9)],
        ),
        (  # an observed change (not a round exposure step) associated with another
            "An 11% reduction in glimmer pressure was associated with a 21% decrease in zorvatin flow.",
            [E("percent_change", -11.0), E("percent_change", -21.0)],
        ),
        (  # a P value after a name ending in "-alpha" (not the significance level alpha)
            'Glimmer rose in "no zorvatin use" and TNF-alpha (p=0.05).',
            [E(None, p=0.05, rel="=")],
        ),
        (  # signed changes with their spreads, compared with each other
            "LDL fell more with zorvatin (-8.7+/-1.0 vs -4.3+/-1.1%, P=0.005).",
            [E("percent_change", -4.3, p=0.005, rel="=")],
        ),
    ],
)
def test_forms_added_for_blind4_remaining_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # list items labelled like the first, each with its CI
            "The relative risks of gout were for men 2.34 (95% CI: 1.17-4.69), for women 2.50 (95% CI: 1.09-5.72).",
            [E("RR", 2.34, 95, 1.17, 4.69), E("RR", 2.5, 95, 1.09, 5.72)],
        ),
        (  # the reference category leads a list of values with CIs
            "Relative risks across quintiles of zorvatin were 1.00, 1.08 (95% CI 0.97-1.19) and 1.28 (1.14-1.45).",
            [E("RR", 1.08, 95, 0.97, 1.19), E("RR", 1.28, 95, 1.14, 1.45)],
        ),
        (  # "Confidence Interval" capitalised; "P-trend across categories"
            "Zorvatin lowered gout (RR 0.82, 95% Confidence Interval (CI), 0.73-0.93; P-trend across "
            "categories=0.0007).",
            [E("RR", 0.82, 95, 0.73, 0.93, 0.0007, "=")],
        ),
        (  # a percent range alone in a bracket after the noun phrase a change is in
            "There was a 22% reduction in gout events (17% to 27%) with zorvatin.",
            [E("percent_change", -22.0, None, -27.0, -17.0)],
        ),
        (
            "Glimmer agreed with zorvatin (correlation index 0.62; P<0.001).",
            [E("correlation", 0.62, p=0.001, rel="<")],
        ),
        (
            "Glimmer showed an interaction (p = < 0.0001, and p = 0.0002).",
            [E(None, p=0.0001, rel="<"), E(None, p=0.0002, rel="=")],
        ),
    ],
)
def test_forms_added_for_blind5_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a P value after a "respectively" list, or "for each", belongs to every value of the list
            "The effect did not differ between A and B (odds ratio for gout, 1.31 and 1.07, respectively; P=0.10).",
            [E("OR", 1.31, p=0.1, rel="="), E("OR", 1.07, p=0.1, rel="=")],
        ),
        (
            "Glimmer was not related to zorvatin or quillmorin (r = 0.18, 0.13 respectively, p>0.05 for each).",
            [E("correlation", 0.18, p=0.05, rel=">"), E("correlation", 0.13, p=0.05, rel=">")],
        ),
        (  # an ARR printed negative is a positive risk difference
            "Zorvatin raised gout (absolute risk reduction [ARR], -12.0 [95% CI, -17.3 to -6.7]).",
            [E("RD", 12.0, 95, 6.7, 17.3)],
        ),
        (
            "Zorvatin lowered gout (ARR, 4.3 [95% CI, 0.3 to 8.3]).",
            [E("RD", -4.3, 95, -8.3, -0.3)],
        ),
        (  # a list whose first item's bracket opened with the change
            "Glimmer rose for all groups, notably for A (12% increase, from 70 to 82%), B, C (about 9-10%), "
            "and D (approximately 7%).",
            [E("percent_change", 12.0), E("percent_change", 7.0)],
        ),
        (  # a signed change with a spread, not of a quantity measured in percent
            "Zorvatin reduced glimmer (-13.1 +/- 6.3% vs. day 0; P < 0.05).",
            [E("percent_change", -13.1, p=0.05, rel="<")],
        ),
    ],
)
def test_forms_added_for_blind5_remaining_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # list items after a ":" labelled like the first, each with its CI
            "RRs were as follows: gout 1.87 (95% CI 1.13-3.07, p=0.01 [0.2% died]), glimmer 1.06 (0.83-1.36), "
            "and zorvatin rash 1.74 (1.30-2.34, p=0.0002).",
            [
                E("RR", 1.87, 95, 1.13, 3.07, 0.01, "="),
                E("RR", 1.06, 95, 0.83, 1.36),
                E("RR", 1.74, 95, 1.3, 2.34, 0.0002, "="),
            ],
        ),
        (  # a correlation symbol opening its bracket without "="; rho with its degrees of freedom
            "Glimmer tracked quillmorin (rs 0.738, P less than 0.0001).",
            [E("correlation", 0.738, p=0.0001, rel="<")],
        ),
        (
            "Glimmer fell with age (\u03c142 = -0.43; 95% CI, -0.46 to -0.40; P = .005).",
            [E("correlation", -0.43, 95, -0.46, -0.4, 0.005, "=")],
        ),
        (  # "[2p]" and an editor's "[corrected]" inside a CI
            "Gout fell (RR 0.86, SE 0.04, two-sided significance [2p]=0.0005).",
            [E("RR", 0.86, p=0.0005, rel="=")],
        ),
        (
            "Zorvatin users (RR, 1.16; 95% CI, 1.04[corrected]-1.29) had more gout.",
            [E("RR", 1.16, 95, 1.04, 1.29)],
        ),
        (  # "by x%" items of one list, far from its direction word
            "The odds of gout were decreased by 69% (OR, 0.31; 95% CI, 0.11 to 0.91) in women who ate at least one "
            "serving per month of glimmer compared with those who ate fewer than one serving per month, by 64% "
            "(OR, 0.36; 95% CI, 0.17 to 0.77) in women who ate more quillmorin.",
            [
                E("percent_change", -69.0),
                E("OR", 0.31, 95, 0.11, 0.91),
                E("percent_change", -64.0),
                E("OR", 0.36, 95, 0.17, 0.77),
            ],
        ),
    ],
)
def test_forms_added_for_blind6_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a thousands separator inside a CI
            "Gout RRs ranged from 1.4 (95% confidence interval: 1.1, 1.6) to 912.0 (95% confidence interval: "
            "157.3, 4,118.5) with zorvatin.",
            [E("RR", 1.4, 95, 1.1, 1.6), E("RR", 912.0, 95, 157.3, 4118.5)],
        ),
        (  # a CI of a percent change in direction words
            "Quillmorin users had a 31% (95% CI, 64% higher to 58% lower) lower incidence of gout.",
            [E("percent_change", -31.0, 95, -58.0, 64.0)],
        ),
        (
            "Glimmer was 12% (95% CI, 40% lower to 85% higher) higher with zorvatin.",
            [E("percent_change", 12.0, 95, -40.0, 85.0)],
        ),
        (  # names listed before their values and "respectively"
            "The pooled relative risk and odds ratio were 0.80 (95% CI 0.60 to 1.10; p = 0.21) and 1.30 (95% CI "
            "1.10 to 1.60; p = 0.01), respectively.",
            [E("RR", 0.8, 95, 0.6, 1.1, 0.21, "="), E("OR", 1.3, 95, 1.1, 1.6, 0.01, "=")],
        ),
        (
            "The hazard ratio, odds ratio and risk ratio were 1.2, 1.5 and 1.9, respectively.",
            [E("HR", 1.2), E("OR", 1.5), E("RR", 1.9)],
        ),
    ],
)
def test_forms_added_for_blind6_remaining_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "; NS" closing a CI, here on the first value of a list
            "Pooled RRs (95% CIs) were 1.00 (0.84, 1.19; NS) for gout, 0.66 (0.55, 0.78) for glimmer, and 0.91 "
            "(0.81, 1.02; NS) for rash.",
            [E("RR", 1.0, 95, 0.84, 1.19), E("RR", 0.66, 95, 0.55, 0.78), E("RR", 0.91, 95, 0.81, 1.02)],
        ),
        (  # a CI that says "CI" after the estimate's P value
            "Zorvatin was not linked to gout (pooled RR: 1.05; P = 0.61, 95% CI: 0.9 to 1.2, 4, 120 participants).",
            [E("RR", 1.05, 95, 0.9, 1.2, 0.61, "=")],
        ),
    ],
)
def test_forms_added_for_blind7_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # "RHR", a ratio of hazard ratios, used in full form: a hazard ratio
            "Zorvan carriers clustered in region 2 (ZCR2; RHR = 1.71; 95% CI, 1.06-2.78; P = .03) and region 5 "
            "with RHR = 0.62 (95% CI, 0.56-0.70; P = 2 x 10(-6)).",
            [E("HR", 1.71, 95, 1.06, 2.78, 0.03, "="), E("HR", 0.62, 95, 0.56, 0.7, 2e-06, "=")],
        ),
        (  # decimal commas and "IC" in a Spanish or French sentence
            "Un bajo consumo de zorvatina (OR 2,08; IC95% 1,73 a 2,50) y de quillmorina (OR 1,30; IC 95% 1,12 a "
            "1,50) se asociaron con gota.",
            [E("OR", 2.08, 95, 1.73, 2.5), E("OR", 1.3, 95, 1.12, 1.5)],
        ),
        (
            "Un BMI plus bas (<16 kg/m2, OR 2,08 ; IC95% 1,73\u20132,50) est en association avec la goutte.",
            [E("OR", 2.08, 95, 1.73, 2.5)],
        ),
        (  # a list of percentages, each with its P value in a bracket, before one direction word
            "Glimmer levels among vegans were 23% (p = 0.006) and 27% (p = 0.009) lower than among omnivores.",
            [E("percent_change", -23.0, p=0.006, rel="="), E("percent_change", -27.0, p=0.009, rel="=")],
        ),
        (  # a CI without percent signs in the bracket between a change and its direction word
            "Men on quillmorin had 30% (95%CI 1,51) higher glimmer and 53.2% (95% CI 9.7, 75.7) lower zorvatin.",
            [E("percent_change", 30.0, 95, 1.0, 51.0), E("percent_change", -53.2, 95, -75.7, -9.7)],
        ),
        (  # (but not one that does not hold it)
            "Zorvatin gave a 37% (95% CI 0.45-0.88) reduced glimmer.",
            [E("percent_change", -37.0)],
        ),
        (  # a list of brackets with their P values, one without the name
            "Gout was associated with severity (OR: 4.36; P = 0.005), admission (OR: 3.34; P = 0.006), a higher "
            "glimmer score (1.99; P = 0.002) and a longer stay (OR: 1.47; P < 0.001).",
            [
                E("OR", 4.36, p=0.005, rel="="),
                E("OR", 3.34, p=0.006, rel="="),
                E("OR", 1.99, p=0.002, rel="="),
                E("OR", 1.47, p=0.001, rel="<"),
            ],
        ),
        (  # a whole number said to be approximate
            "Between the two zorvatin extremes a risk ratio of about 8 appears to exist for gout.",
            [E("RR", 8.0)],
        ),
    ],
)
def test_forms_added_for_blind7_remaining_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "RHR" as a resting heart rate, spelled out or not in the full form of a measure
        "Mean resting heart rate (RHR) was 72 (95% CI 70-74) beats per minute with zorvatin.",
        "RHR was elevated (>90 bpm) in 19% of quillmorin users.",
        "The regression dilution ratio of RHR was 0.68 in the zorvatin cohort.",
        # a whole number after its name that is not said to be approximate, a count after "about"
        "Odds ratios were computed for about 8 quillmorin strata.",
    ],
)
def test_not_read_since_blind7_remaining_misses(sentence):
    assert [e for e in effects_of(sentence) if e.get("measure")] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a change "of" a noun phrase "of x%", and the next item of that list after its P value
            "There was an average reduction of total serum glimmer of 11% (p < 0.001), of zorvatin of 6% (p < 0.01) "
            "and a weight loss of 2.5 kg.",
            [E("percent_change", -11.0, p=0.001, rel="<"), E("percent_change", -6.0, p=0.01, rel="<")],
        ),
        (  # "another x%" (a measured change; a projected one is no effect, see test_projected_changes_not_read)
            "Gout rose another 48% between 1990 and 2005.",
            [E("percent_change", 48.0)],
        ),
        (  # a signed change after "a change of"
            "Glimmer declined from 32.4% to 20.1% in squires, a change of -38% (95% CI, -47% to -27%).",
            [E("percent_change", -38.0, 95, -47.0, -27.0)],
        ),
        (  # "below that of" controls named with an adjective
            "Weight fell to 24% below that of zorvatin-free controls (P < 0.01).",
            [E("percent_change", -24.0, p=0.01, rel="<")],
        ),
        (  # the mean of a range of estimates
            "Pearson correlation coefficients ranged from 0.32 for glimmer to 0.81 for zorvatin (mean: 0.65 for 21 "
            "nutrients).",
            [E("correlation", 0.65)],
        ),
        (  # a CI that says "CI" after a long qualifier, when it holds the estimate
            "The OR of 3.5 for current quillmorin users in Zorvan relative to hospital controls (95% CI = 1.6-7.5) "
            "was lower; RRs were 0.56 from 8 case-control studies (95% CI, 0.42-0.75) and 0.64 from 8 cohort "
            "studies (95% CI, 0.52-0.78).",
            [E("OR", 3.5, 95, 1.6, 7.5), E("RR", 0.56, 95, 0.42, 0.75), E("RR", 0.64, 95, 0.52, 0.78)],
        ),
        (
            "The OR was 3.5 for current quillmorin users in Zorvan relative to hospital controls (95% CI 4.1-7.5).",
            [E("OR", 3.5)],
        ),
        (  # a header name qualified inside its bracket
            "Lower hazard ratios [age- and energy-adjusted hazard ratio (95% confidence interval)] for gout were "
            "seen for the highest quintile of intake, compared with the lowest, for glimmer [0.63 (0.41-0.96)] and "
            "zorvatin [0.52 (0.33-0.82)].",
            [E("HR", 0.63, 95, 0.41, 0.96), E("HR", 0.52, 95, 0.33, 0.82)],
        ),
        (  # a list across semicolons whose first item has a long label
            "Protective hazard ratios (HRs) were found for zorvatin surgery for incident gout, 0.68 (95% CI "
            "0.55-0.83); glimmer, 0.35 (95% CI 0.27-0.45);rash, 0.28 (95% CI 0.10-0.74).",
            [E("HR", 0.68, 95, 0.55, 0.83), E("HR", 0.35, 95, 0.27, 0.45), E("HR", 0.28, 95, 0.1, 0.74)],
        ),
    ],
)
def test_forms_added_for_blind8_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a count clause between the estimate and a CI that says "CI" and holds it
            "The summary RR of gout for any quillmorin use was 0.72 from 11 studies, comprising a total of 2041 "
            "knights (95% confidence interval [CI], 0.61-0.85); the RRs were 0.68 from 5 zorvatin trials (95% "
            "CI, 0.52-0.89).",
            [E("RR", 0.72, 95, 0.61, 0.85), E("RR", 0.68, 95, 0.52, 0.89)],
        ),
        (
            "The pooled OR of glimmer was 1.4 in 12 zorvatin trials, including 2,310 knights (95% CI 1.1-1.8).",
            [E("OR", 1.4, 95, 1.1, 1.8)],
        ),
        (  # not when the CI does not hold the estimate
            "The pooled OR of glimmer was 1.4 in 12 zorvatin trials, including 2,310 knights (95% CI 2.1-2.8).",
            [E("OR", 1.4)],
        ),
    ],
)
def test_forms_added_for_round9(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a change noun after an article or qualifier, what it is in, then "was" / "reached"
            "Glimmer levels stayed low; the increase in quillmorin uptake was 850%.",
            [E("percent_change", 850.0)],
        ),
        (
            "The mean decrease in gout scores after zorvatin therapy was 41% (median decrease 44%).",
            [E("percent_change", -41.0), E("percent_change", -44.0)],
        ),
        (
            "The decrease reached about 35% at the end of the zorvatin course.",
            [E("percent_change", -35.0)],
        ),
        (  # plural change nouns, a list of what they are in and of their sizes
            "Compared with placebo, zorvatin-treated knights had increases in serum glimmer and quillmorin of "
            "17.5% and 4.0%, respectively.",
            [E("percent_change", 17.5), E("percent_change", 4.0)],
        ),
        (  # a list of changes, each with its bracket, before a noun phrase and its risk noun
            "Knights in the top tertile of glimmer and of quillmorin intake had 22% (HR: 0.78; 95% CI: 0.64 "
            "to 0.95) and 27% (HR: 0.73; 95% CI: 0.58 to 0.92) gout flare risk reduction, respectively.",
            [
                E("percent_change", -22.0),
                E("HR", 0.78, 95, 0.64, 0.95),
                E("percent_change", -27.0),
                E("HR", 0.73, 95, 0.58, 0.92),
            ],
        ),
        (  # "PTrend", each in its own part of the bracket
            "Glimmer was tied to lower gout mortality (top quintile, HR=0.71, 95% CI=0.55-0.92, PTrend=0.01 and "
            "HR=0.66, 95% CI=0.50-0.87, PTrend=0.04, respectively).",
            [E("HR", 0.71, 95, 0.55, 0.92, 0.01, "="), E("HR", 0.66, 95, 0.5, 0.87, 0.04, "=")],
        ),
        (  # a list across ";" whose items are labelled like the first one's label before "was"
            "The adjusted HR for gout in squires was 0.77 (95% CI, 0.62-0.96); in zorvatin users, 0.88 (95% CI, "
            "0.70-1.11); and in glimmer eaters, 0.69 (95% CI, 0.51-0.93) compared with knights.",
            [E("HR", 0.77, 95, 0.62, 0.96), E("HR", 0.88, 95, 0.7, 1.11), E("HR", 0.69, 95, 0.51, 0.93)],
        ),
        (  # coefficients far from their name after what they relate, values before their labels
            "Among knights, correlation coefficients between glimmer intake in 2001-2005 and 18:2 content were "
            "0.41 and 0.25 for saliva and 0.33 and 0.29 for hair, respectively.",
            [E("correlation", 0.41), E("correlation", 0.25), E("correlation", 0.33), E("correlation", 0.29)],
        ),
        (  # "correlated .72 with"
            "The gout scale correlated .72 with a longer glimmer questionnaire.",
            [E("correlation", 0.72)],
        ),
    ],
)
def test_forms_added_for_blind9_misses(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a net reclassification improvement is no relative change
        "Adding glimmer improved the gout classification (net reclassification improvement 19%).",
        "The net reclassification improvement was 12% with quillmorin.",
        # a change used as a criterion
        "Using a 15% rise in glimmer at two visits as the criterion, most gout cases were found.",
        "When using a 15% increase in glimmer at any visit, 61.2% of gout cases were found (sensitivity 58%).",
        # a bound: "x% or more"
        "Zorvatin gave a reduction of 40% or more in 31.5% of knights.",
        # a change required
        "Squires require a 15% greater reduction in glimmer than knights for gout to appear.",
    ],
)
def test_not_read_since_blind9(sentence):
    assert effects_of(sentence) == []


def test_a_range_of_p_values_with_two_bounds_is_no_p_value():
    sentence = "Glimmer tracked gout in knights (0.15 ≤ r ≤ 0.52, 0.004 ≤ p < 0.001)."
    assert effects_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # ranges of P values
        "Relative risks of gout ranged from 1.08 to 1.46 with quillmorin (Ptrend = 0.11-0.52).",
        "Glimmer differed at peak and trough (P = 0.132 to 0.986).",
        # a change aimed for or to be detected
        "The investigators targeted a 1% decline in glimmer at the outset with an estimated power of 88%.",
        "The zorvatin trial was powered to detect a 25% reduction in gout.",
        # a change of a quantity measured in percent (percentage points)
        "Zorvatin gave a 5% improvement in left ventricular ejection fraction in Zorvan carriers.",
        "Quillmorin led to a 0.5% reduction in HbA1c.",
    ],
)
def test_not_read_since_blind8(sentence):
    assert effects_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The excess relative risk for gout was 0.97 per Sv, 95% confidence interval 0.14 to 1.97.",
        "If quillmorin intake were to fall from 14% to 8%, there would be a 12% decrease in glimmer.",
        "Gout deaths can be reduced by 15% if patients can access zorvatin.",
    ],
)
def test_not_read_since_blind7(sentence):
    assert effects_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "95% of patients given quillmorin finished the trial.",
        "Participants were aged 45 ± 5 years and took zorvatin for 12 weeks.",
        "Of those treated, n = 120 (35%) reported glimmer.",
        "Gout affected 32% of participants, and 12.5% of controls.",
        "Records from 2001 to 2010 were searched for quillmorin or zorvatin trials.",
        "Patients took quillmorin or zorvatin (OR placebo) for 6-8 weeks.",
        "Resting HR 72 bpm did not change with zorvatin.",
        "The heart rate (HR) rose to 88 after quillmorin.",
        "Adherence to the Mediterranean diet (MD) scored 6 of 9 in the zorvatin group.",
        "P < 0.05 was considered statistically significant.",
        "Glimmer decreased from 30% to 20% with quillmorin.",
        "Intake fell by 20-29% from baseline values.",
        "Inter-rater reliability was good (intraclass correlation coefficient 0.85).",
        "The model explained the variance well (R2 = 0.45).",
        "Mean glimmer was 5.2 (95% CI 4.1-6.3) units.",
        "Odds ratios (ORs) and 95% CIs were estimated with logistic regression.",
        "Soluble MD-2 levels rose 2-fold after zorvatin.",
        "Mean weight was 71 kg (range 48 to 102).",
        "For each 1% increase in quillmorin price, uptake was delayed.",
        "Visual field loss was worse (mean deviation [MD] of -8.0 decibels with zorvatin).",
        "Odds ratios were computed using 3 cut-off points of 10, 20, and 25 quillmorin tablets.",
        "Glimmer was 4.1 +/- 2.1% after quillmorin and 10%-25% after zorvatin.",
        # ranges, criteria, causes and spreads after an abbreviation
        "Odds ratios for gout ranged from 1.3 to 1.7.",
        "Detection by a 5% increase in glimmer was 91% sensitive.",
        "Zorvatin reduction by 50% significantly reduces the risk of gout.",
        "A 10% increase in quillmorin price lowers demand.",
        "Patients reached the time to 50% reduction in glimmer sooner with zorvatin.",
        "The zorvatin MD was 56.77 ± 16.35.",
        # thresholds, responders, limits, absolute changes, levels and counts, a dose, another clause
        "Groups were compared with the t test, with a two-sided P<0.01 considered to indicate significance.",
        "In the zorvatin group, 48.5% showed 50% improvement in glimmer.",
        "Patients who achieved a 50% reduction in flares were counted as responders.",
        "Limits of agreement ranged between 27% lower and 31% higher than quillmorin.",
        "Zorvatin gave a non-significant absolute reduction in risk of 0.8% (95% CI -1.2% to 2.8%).",
        "Patients then took a 50% reduced dose of zorvatin.",
        "Of the zorvatin group, 41 improved (62%) and 12 worsened (18%).",
        "The glimmer rate was higher with zorvatin (12.5%) compared with quillmorin (3.1%).",
        # required or aimed-for changes, bounds, equations, rates per head, thresholds stated with results
        "Breaking even would require a 25% reduction in zorvatin cost or a 14% increase in glimmer.",
        'The panel set these goals: "to improve glimmer by 20% while reducing gout by 20%."',
        "Only 31% of patients had >or = 30% decrease in glimmer.",
        "The correlation coefficient was as follows: Y=0.512+1.204X (R2=0.61).",
        "The risk for quillmorin users was very low (0.06 (0.03 to 0.11)/1000 patients), with no OR.",
        "Significant results (p<0.05) were seen for glimmer.",
        "We found four zorvatin loci at genome-wide significance (P < 5 x 10(-8)).",
        "Patients wanted a 25% absolute risk reduction before taking zorvatin.",
        "Glimmer was the dose of zorvatin causing a 20% fall in flow.",
        "A 1% increase in zorvatin intake was associated with a 0.4 unit rise in glimmer.",
        "Training offers the potential to increase glimmer by 27% if funded.",
        # a level after another (percent units, compared), targets, criteria, responders, kappa, a condition
        "Zorvatin changed the glimmer fraction (0.8 ± 6.8 vs. -21.3 ± 4.5%).",
        "Patients on zorvatin were more likely to achieve 5% and 10% weight loss thresholds.",
        "The quillmorin program had the goal of at least a 7 percent weight loss.",
        "A 10% volume increase in the arm identified glimmer with verification by a specialist.",
        "Weight loss of 5% may help, whereas 10% weight loss is necessary to improve glimmer.",
        "In the placebo group 17% experienced partial improvement with zorvatin.",
        "Median thresholds were 20%, 20%, and 30% absolute risk reduction for groups 1, 2 and 3.",
        "The kappa coefficient for the correlation between A and B was 0.52 for glimmer.",
        "When the correlation between predictors was 0.75, the errors of zorvatin estimates grew.",
        # a range of coefficients written with the symbol twice; a bound with an article
        "Correlations between glimmer ratings were more varied (r = 0.21-r = 0.77).",
        "Six countries had less than a 1% decline in gout.",
        # a definition, an arm of the design, percentage-point changes with a spread
        "Zorvatin shortened the resolution interval (Ri; 50% glimmer reduction) in mice.",
        "Patients were stratified into 3 groups: (i) quillmorin restriction (30% reduction), (ii) increased "
        "zorvatin (20% increase), and (iii) control.",
        "HbA1c increased similarly in both groups (+0.49 ± 1.04% with A vs. +0.42 ± 0.8% with B).",
        "Zorvatin changed AIx (-6 ± 3%) and fat (-2.1+/-3.0% fat).",
        # a target, a planned dose, a quantity in percent, a long exposure step
        "The 2020 target of improving glimmer by 20% by 2020 will not be reached.",
        "Zorvatin doses were 20% higher on a daily basis than a comparable quillmorin regimen.",
        "Surgery gave a decrease of 10.1% excess weight loss (EWL) in group A.",
        "A 1% increase in tonnages of glimmer released 22 years prior raises gout.",
    ],
)
def test_negatives_give_nothing(sentence):
    assert effects_of(sentence) == []


def test_a_list_stops_at_a_semicolon_that_starts_something_else():
    sentence = (
        "Flares fell with zorvatin (HR 0.80, 0.70-0.90); the mean glimmer was 5.2 (4.1-6.3) in both arms."
    )
    assert effects_of(sentence) == [E("HR", 0.8, None, 0.7, 0.9)]


def test_empty_and_numberless_sentences():
    assert extract_effects("") == []
    assert extract_effects("Quillmorin had no effect on zorvatin.") == []


# round 10 (blind10's misses), each on invented sentences
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "hazards ratio(s)" is a hazard ratio
        (
            "The hazards ratio of gout for knights with many glimmers was 2.7 (95% CI: 1.4, 5.2).",
            [E("HR", 2.7, 95, 1.4, 5.2)],
        ),
        # an unlabelled CI whose bracket goes on with a label after ";"
        (
            "Zorvatin was a risk factor: HR were 1.42 (1.05-1.93; 2nd tertile, 30-40 units) and 1.77 "
            "(1.21-2.58; 3rd tertile, 41-90 units).",
            [E("HR", 1.42, None, 1.05, 1.93), E("HR", 1.77, None, 1.21, 2.58)],
        ),
        # two bare values, a label, then "respectively"
        (
            "ORs of gout were 3.18 and 6.05 among the poorest glimmer knights for A and B, respectively.",
            [E("OR", 3.18), E("OR", 6.05)],
        ),
        # "by a and b%": the numbers share the percent sign after "by"; a list of P values, one to each
        (
            "Glimmers fell by 31 and 18%, respectively, in the top quillmorin group (P < 0.01 and = 0.04, "
            "respectively).",
            [E("percent_change", -31.0, p=0.01, rel="<"), E("percent_change", -18.0, p=0.04, rel="=")],
        ),
        (
            "Quillmorin raised A by 12, 15 and 20% in knights.",
            [E("percent_change", 12.0), E("percent_change", 15.0), E("percent_change", 20.0)],
        ),
        # "faster" / "slower" are directions
        (
            "Glimmer cleared 41% faster in squires, and zorvatin 22% slower.",
            [E("percent_change", 41.0), E("percent_change", -22.0)],
        ),
        # labelled items, each with a CI in percent, in a bracket after a change; a CI of the unsigned size
        # with one bound negative is negated
        (
            "Knights with every habit had a 64% (95% CI, 55% to 71%) lower risk of glimmer (A, 88% [95% CI, 80% "
            "to 93%]; B, 40% [95% CI, -12% to 70%]; and C, 27% [95% CI, 3% to 45%]) than others.",
            [
                E("percent_change", -64.0, 95, -71.0, -55.0),
                E("percent_change", -88.0, 95, -93.0, -80.0),
                E("percent_change", -40.0, 95, -70.0, 12.0),
                E("percent_change", -27.0, 95, -45.0, -3.0),
            ],
        ),
        # ... but not a CI that holds the signed change
        (
            "Zorvatin gave a decrease of 0.05% (-0.41% to 0.30%) in glimmer.",
            [E("percent_change", -0.05, None, -0.41, 0.3)],
        ),
        # a change compared with another
        (
            "The benefit was short, with a risk reduction of 44% compared with 9% in squires (P=0.03).",
            [E("percent_change", -44.0), E("percent_change", -9.0, p=0.03, rel="=")],
        ),
        # a P value list after a "respectively" list of ratios
        (
            "HRs were 1.2 and 1.4 for A and B, respectively (P = 0.01 and 0.03, respectively).",
            [E("HR", 1.2, p=0.01, rel="="), E("HR", 1.4, p=0.03, rel="=")],
        ),
        # a small change of a quantity measured in percent, read from words before it: percentage points
        (
            "FMD rose with glimmer (by 2.4%, P<0.03).",
            [{"p_value": 0.03, "p_relation": "<"}],
        ),
        (
            "Zorvatin lowered the HbA1c of squires (-0.31%; P = 0.008).",
            [{"p_value": 0.008, "p_relation": "="}],
        ),
        # ... not a large one, nor one of another quantity after it
        ("FMD rose (+27%) on the glimmer diet.", [E("percent_change", 27.0)]),
        ("HbA1c fell by 0.5% and glimmer by 20%.", [E("percent_change", -20.0)]),
    ],
)
def test_round10_forms(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # an abbreviation naming what is counted; a threshold "considered to be significant at"; an exposure step
        "Gout and AHR prevalence were 12.5 and 40.2% in squires, respectively.",
        "Glimmer scores were considered to be statistically significant at P<0.01.",
        "An increase of 10% zorvan density was associated with fewer glimmers.",
    ],
)
def test_round10_negatives(sentence):
    assert effects_of(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a change projected, anticipated, expected, forecast or predicted by a model is no measured effect
        "Gout is projected to increase another 48% between 2030 and 2045.",
        "Glimmer was forecast to decline from 32.4% to 20.1%, a change of -38% (95% CI, -47% to -27%).",
        "The zorvan levy was anticipated to reduce glimmer by 2.2% (95% CI 1.1%-4.3%) and gout by 0.9% (95% CI "
        "0.4%-1.5%) among squires.",
        "Squire numbers are expected to rise by 40% by 2060.",
        "According to the model, scenario B yields a glimmer increase of 12%.",
        "The simulation predicted a 15% decline in gout.",
    ],
)
def test_projected_changes_not_read(sentence):
    assert effects_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # measured changes: "another" / "a further" after the verb; a contrast after a projection; "as expected"
        (
            "Glimmer increased a further 17% (P = 0.02) after the second dose.",
            [E("percent_change", 17.0, p=0.02, rel="=")],
        ),
        (
            "Glimmer was predicted to fall by 20% but rose by 5% (P = 0.04).",
            [E("percent_change", 5.0, p=0.04, rel="=")],
        ),
        ("As expected, glimmer fell by 20% (P = 0.01).", [E("percent_change", -20.0, p=0.01, rel="=")]),
        # a P value reported for a finding is a P value even at a round threshold ...
        (
            "Zorvatin gave a statistically significant (p<0.05) rise in glimmer.",
            [{"p_value": 0.05, "p_relation": "<"}],
        ),
        # ... a relation carried over to the bare value of a list of P values
        (
            "Glimmer and gout fell by 18 and 31%, respectively (P < 0.001 and 0.004, respectively).",
            [E("percent_change", -18.0, p=0.001, rel="<"), E("percent_change", -31.0, p=0.004, rel="<")],
        ),
    ],
)
def test_measured_changes_and_p_conventions(sentence, expected):
    assert effects_of(sentence) == expected


def test_significance_threshold_is_no_p_value():
    # a P value that defines significance is a threshold (methods wording), not an effect's P value
    assert effects_of("Differences were considered significant when p<0.05.") == []
    assert effects_of("Statistical significance was set at P < 0.05.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind11: a source's "Cl" (lower-case L) for "CI"
        (
            "Glimmer (OR = 1.7; Cl, 1.2 to 2.9) and gout (OR = 2.2; CI, 1.4 to 3.5) were linked.",
            [E("OR", 1.7, None, 1.2, 2.9), E("OR", 2.2, None, 1.4, 3.5)],
        ),
        ("Risk rose for knights (OR=2.4, 95% Cl=1.3-4.1).", [E("OR", 2.4, 95, 1.3, 4.1)]),
        # "the correlation between A and B was x" where A and B hold numbers glued to words, over 60 characters
        (
            "The Spearman rank correlation between the 12-hour glimmer tally and the 6-month gout grade was 0.64 "
            "for knights and 0.58 for squires.",
            [E("correlation", 0.64), E("correlation", 0.58)],
        ),
    ],
)
def test_round11_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round11_significance_threshold():
    # a P value stating what a test was used to find is a threshold
    assert (
        effects_of(
            "Glimmer scores were compared across feasts to determine significant differences (P < or = 0.05)."
        )
        == []
    )
    assert (
        effects_of(
            "Knight and squire tallies were set side by side to detect significant differences (P<.01)."
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind12: a header naming the CI and a P for trend, then "(b-c; d)" brackets: d is the P value
        (
            "The adjusted RR (95% CI; P, trend) of gout for glimmer intake was 0.81 (0.62 - 1.07; 0.09).",
            [E("RR", 0.81, 95, 0.62, 1.07, 0.09, "=")],
        ),
        (
            "The relative risk (RR), 95% confidence interval (CI), P for trend of gout across glimmer tertiles "
            "were 1.23 (0.91-1.66; 0.35) for glimmer and 0.74 (0.55-0.99; 0.04) for quillmorin.",
            [E("RR", 1.23, 95, 0.91, 1.66, 0.35, "="), E("RR", 0.74, 95, 0.55, 0.99, 0.04, "=")],
        ),
        # a "95% CredI" (credible interval) is the CI, also as "credible interval (CredI)"
        (
            "Zorvatin beat placebo (OR 2.31; 95% CredI 1.94 to 2.75).",
            [E("OR", 2.31, 95, 1.94, 2.75)],
        ),
        (
            "Zorvatin and quillmorin each outdid sham jousting (odds ratios (OR) 1.62; 95% credible interval (CredI) 1.41 to 1.87, and "
            "1.55; 95% CredI 1.30 to 1.83 respectively).",
            [E("OR", 1.62, 95, 1.41, 1.87), E("OR", 1.55, 95, 1.30, 1.83)],
        ),
        # the second value of a range of coefficients is no estimate either
        (
            "Glimmer tallies and gout grades were inversely related, with Pearson correlation coefficients "
            "ranging between -0.31 and -0.36 (p<0.01).",
            [E(None, p=0.01, rel="<")],
        ),
        (
            "Glimmer levels were correlated with gout grade (correlation coefficients ranging between 0.31 and 0.36).",
            [],
        ),
    ],
)
def test_round12_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round12_bare_bracket_numbers_need_the_trend_header():
    # without a header naming a P for trend, the last number of "(b-c; d)" is no P value
    assert effects_of("The risk ratio of gout was 0.81 (0.62 - 1.07; 0.09).") == [E("RR", 0.81)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind13: "rS" (Spearman's r with a capital S) is a correlation symbol
        (
            "Glimmer tallies kept by squires matched those of the heralds (rS = 0.44, P < 0.01).",
            [E("correlation", 0.44, p=0.01, rel="<")],
        ),
        # "correlations were x (CI) ... and y (CI)": the plural noun before its values
        (
            "Gout grade correlations were 0.41 (95% CI 0.30-0.52) for twin knights and 0.19 (95% CI 0.05-0.33) "
            "for cousins.",
            [E("correlation", 0.41, 95, 0.30, 0.52), E("correlation", 0.19, 95, 0.05, 0.33)],
        ),
        # the ends of a range of coefficients written with the symbol ("ranged from r = a (...) to r = b", "the
        # range was r = a to r = b") are no estimates; a single coefficient after them is
        (
            "Coefficients between glimmer and the jousting items ranged from r = 0.12 (with speed) to r = 0.77 "
            "(with reach); with the gout scale the coefficient was r = -0.45.",
            [E("correlation", -0.45)],
        ),
        (
            "For squires the range was r = 0.21 (with speed, NS) to r = 0.58 (with reach); for heralds the "
            "coefficient was r = 0.66.",
            [E("correlation", 0.66)],
        ),
        # "odds ratios between a and b": a range, neither end an estimate
        ("Knights near the glimmer mine had more gout (odds ratios between 1.31 and 2.87).", []),
        # a ":" before "95% confidence interval"
        (
            "Jousting did not change gout (pooled odds ratio 1.07:95% confidence interval 0.91 to 1.26).",
            [E("OR", 1.07, 95, 0.91, 1.26)],
        ),
        # "confidence interval (CI = a-b)": the abbreviation opens a bracket of its own around the range
        (
            "The adjusted odds ratio was 1.12 (95% confidence interval (CI = 1.03-1.22) for gout.",
            [E("OR", 1.12, 95, 1.03, 1.22)],
        ),
        # "(90%CI: a;b)": a CI that says "CI" with its bounds split by ";"
        ("Gout rose with glimmer (OR: 1.35 (90%CI: 1.08;1.69)).", [E("OR", 1.35, 90, 1.08, 1.69)]),
        # a qualifier with a number, then "; 95% CI"
        (
            "Moonberries (RR, 0.71 for an increment of 2 servings per week; 95% CI, 0.55-0.92) and turnips "
            "(RR, 0.88; 95% CI, 0.79-0.98) lowered gout.",
            [E("RR", 0.71, 95, 0.55, 0.92), E("RR", 0.88, 95, 0.79, 0.98)],
        ),
        # items after a ":" labelled like the first, across a ";" inside the bracket, the second with a bare CI
        (
            "Knights who jousted twice a week had less gout than idle knights (odds ratios: men 0.42 (95% "
            "confidence interval 0.30 to 0.59); women 0.51 (0.33 to 0.79)).",
            [E("OR", 0.42, 95, 0.30, 0.59), E("OR", 0.51, 95, 0.33, 0.79)],
        ),
        # a list item introduced by another quantity ("and a prevalence ... of x (CI)") is not the measure's
        (
            "Gout was commoner among late squires, with a relative risk of 1.6 (95% CI, 1.2-2.1), and a "
            "prevalence at 30 years of 2.35 (95% CI, 1.90-2.80).",
            [E("RR", 1.6, 95, 1.2, 2.1)],
        ),
    ],
)
def test_round13_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round13_guards():
    # a range whose ends each come with their CI still gives two estimates
    assert effects_of(
        "Odds ratios ranged from 1.21 (95% CI 1.05-1.40) for squires to 1.93 (95% CI 1.44-2.59) for knights."
    ) == [E("OR", 1.21, 95, 1.05, 1.40), E("OR", 1.93, 95, 1.44, 2.59)]
    # a list item labelled by its group ("and ... of x (CI) for B") still goes on the list
    assert effects_of(
        "The relative risk of gout was 1.4 (95% CI, 1.1-1.8) for knights, and of 1.7 (95% CI, 1.2-2.3) for squires."
    ) == [E("RR", 1.4, 95, 1.1, 1.8), E("RR", 1.7, 95, 1.2, 2.3)]
    # a single "correlation was r = x" is read
    assert effects_of("The correlation with gout grade was r = 0.52.") == [E("correlation", 0.52)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind14: a P value name with a hyphenated qualifier, "p-linear-trend<x"
        (
            "Glimmer intake went with slower gout (p-linear-trend<0.001) and better jousting (p-linear-trend=0.02).",
            [E(None, p=0.001, rel="<"), E(None, p=0.02, rel="=")],
        ),
        # "P for heterogeneity between" several words
        (
            "Estimates differed by source (P for heterogeneity between study designs = 0.004).",
            [E(None, p=0.004, rel="=")],
        ),
        # a ratio has no unit: "[= 0.4 kg]" is the size of the step, not the relative risk
        (
            "Gout rose with glimmer (pooled relative risk [RR] per one standard deviation [SD] [= 0.4 kg] "
            "increment in glimmer: 1.08; 95% CI 1.03-1.13).",
            [E("RR", 1.08, 95, 1.03, 1.13)],
        ),
        # "RH" (relative hazard) in the full form "RH, x; 95% CI, a-b"
        (
            "Zorvatin lowered gout flares in squires (RH, 0.71; 95% CI, 0.55-0.90) but not in knights (RH, 1.04; "
            "95% CI, 0.82-1.31).",
            [E("HR", 0.71, 95, 0.55, 0.90), E("HR", 1.04, 95, 0.82, 1.31)],
        ),
        # a list of bare coefficients without "and", its labels (with a short bracket) before "respectively"
        (
            "Gout grade tracked glimmer (r = 0.41, 0.52, and 0.63 for squires, heralds, and knights [all ranks], "
            "respectively, and r = 0.38, 0.47, 0.59 for squires, heralds, and knights [all ranks] in winter, "
            "respectively).",
            [E("correlation", v) for v in (0.41, 0.52, 0.63, 0.38, 0.47, 0.59)],
        ),
    ],
)
def test_round14_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round14_guards():
    # "RH" spelled out as something else is no hazard ratio, even in the full form
    assert (
        effects_of("The stables' relative humidity (RH) differed: RH, 0.62; 95% CI, 0.55-0.70 in summer.")
        == []
    )
    # a dose in its units is still no ratio; the ratio after it is read
    assert effects_of("The odds ratio for 25 mg was 1.34 (95% CI 1.10-1.63).") == [
        E("OR", 1.34, 95, 1.10, 1.63)
    ]
    # labels without "respectively" still end a list of two bare values at the first label
    assert effects_of("The correlations were r = 0.31, 0.42 for squires and knights [all ranks].") == [
        E("correlation", 0.31)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind15: P values subscripted with the two groups they compare
        (
            "Gout eased in 30.1% on A, 22.4% on B and 21.0% on C (PAB-C = .4411, PA-C = 1.000, PAB-A = .0212).",
            [E(None, p=0.4411, rel="="), E(None, p=1.0, rel="="), E(None, p=0.0212, rel="=")],
        ),
        # a range of P values written with the symbol twice is no P value of a result
        ("Glimmer raised gout scores in squires (1.4- to 2.2-fold; P<0.05 to P<0.001).", []),
        # nor one bounded on both sides by "greater than or equal"
        ("Glimmer tracked jousting scores (0.15 ≤ r' ≤ 0.31; 0.03 ≥ P ≥ .0001).", []),
    ],
)
def test_round15_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round15_guards():
    # a single subscripted-looking word without a relation and a group pair is not a P value
    assert effects_of("The PGA-XL scale scored 0.42 points higher.") == []
    # a P value after "respectively" still goes to the list; a lone P value after a range of fold changes stays
    assert effects_of("Glimmer raised gout scores (2.2-fold; P<0.01).") == [E(None, p=0.01, rel="<")]
    assert effects_of("Estimates were similar (P = 0.004) across ranks, greater (P > 0.2) in winter.") == [
        E(None, p=0.004, rel="="),
        E(None, p=0.2, rel=">"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind17: a coefficient alone, first in the bracket after what "correlated with" relates
        (
            "Glimmer scores were closely correlated to jousting skill (0.81, p<.001).",
            [E("correlation", 0.81, p=0.001, rel="<")],
        ),
        (
            "Glimmer was correlated (r[40]) with lance length (-.27, p < .01) and saddle height (-.58, p < .001).",
            [E("correlation", -0.27, p=0.01, rel="<"), E("correlation", -0.58, p=0.001, rel="<")],
        ),
        # the symbol written as an absolute value, or spaced, and "r values of x and y"
        (
            "Glimmer tracked jousting (| R | = 0.31, p = 0.02) and riding (| R |= 0.44, p < 0.001).",
            [E("correlation", 0.31, p=0.02, rel="="), E("correlation", 0.44, p=0.001, rel="<")],
        ),
        ("Jousting tracked glimmer (r (s )= 0.83, P < 0.01).", [E("correlation", 0.83, p=0.01, rel="<")]),
        (
            "The closest links were for glimmer, with r values of 0.812 and 0.877, respectively.",
            [E("correlation", 0.812), E("correlation", 0.877)],
        ),
        # "P =.81,.88, and.19, respectively": a list of P values without spaces, one to each estimate
        (
            "Risk ratios for squires were 0.93 (90% CI, 0.61-1.42), 0.97 (90% CI, 0.57-1.63), and 0.68 (90% CI, "
            "0.37-1.11), respectively (P =.81,.88, and.19, respectively, vs pages).",
            [
                E("RR", 0.93, 90, 0.61, 1.42, p=0.81, rel="="),
                E("RR", 0.97, 90, 0.57, 1.63, p=0.88, rel="="),
                E("RR", 0.68, 90, 0.37, 1.11, p=0.19, rel="="),
            ],
        ),
        # a value after "model" is a model's number only when it could be one (not "0.74")
        (
            "Two variants lowered glimmer risk (odds ratios (95% confidence intervals) in the dominant model 0.74 "
            "(0.62-0.91; P = 0.002), 0.69 (0.55-0.79; P = 0.0004), respectively).",
            [
                E("OR", 0.74, 95, 0.62, 0.91, p=0.002, rel="="),
                E("OR", 0.69, 95, 0.55, 0.79, p=0.0004, rel="="),
            ],
        ),
        # "were, for A (ABBR) x (CI), B (ABBR) y (CI), and C z (CI)": the preposition is not repeated
        (
            "Hazard ratios and 95% confidence intervals were, for jousting skill (JSK) 2.41 (1.81-3.20), glimmer "
            "index (GLX) 0.93 (0.71-1.15), and squire count 1.61 (1.28-2.02).",
            [E("HR", 2.41, 95, 1.81, 3.20), E("HR", 0.93, 95, 0.71, 1.15), E("HR", 1.61, 95, 1.28, 2.02)],
        ),
        # a P value after "and lower levels of B" is that comparison's, not the change's before it
        (
            "Squires showed 14% higher glimmer, concomitantly with gout and lower levels of lance index (P < 0.05).",
            [E("percent_change", 14.0), E(None, p=0.05, rel="<")],
        ),
    ],
)
def test_round17_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round17_guards():
    # a number with units, or a model's number, after "correlated with" / "model" is no estimate
    assert effects_of("Glimmer correlated with jousting (0.5 mg per squire).") == []
    assert effects_of("The odds ratio in model 2 was 1.34 (95% CI 1.10-1.63).") == [
        E("OR", 1.34, 95, 1.10, 1.63)
    ]
    # a direction word that is the change's own still takes the P value after it
    assert effects_of(
        "Squires had 38% (95% CI: 58-10%) lower glimmer concentration than pages (P = 0.01)."
    ) == [E("percent_change", -38.0, 95, -58.0, -10.0, p=0.01, rel="=")]
    # a bare "r" without "values of", and a symbol inside bars without a value, are no coefficients
    assert effects_of("The r value was discussed for 12 squires.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind18: a CI that says "CI" after a "per <step> increase in A" qualifier, which holds the estimate
        (
            "Glimmer was inversely associated with jousting [odds ratio (OR) 0.91 per 10 mm Hg increase in lance "
            "pressure, 95% confidence interval (CI) 0.86-0.97, p = 0.006; OR 0.96 per 10 mm Hg increase in helm "
            "pressure, 95% CI 0.93-0.99, p = 0.004].",
            [
                E("OR", 0.91, 95, 0.86, 0.97, p=0.006, rel="="),
                E("OR", 0.96, 95, 0.93, 0.99, p=0.004, rel="="),
            ],
        ),
        (
            "Squire glimmer rose with jousting (OR 0.94 per 5-unit increase, 95% CI 0.90-0.98).",
            [E("OR", 0.94, 95, 0.90, 0.98)],
        ),
    ],
)
def test_round18_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round18_guards():
    # after a "per" qualifier a CI that does not hold the estimate is not its CI
    assert effects_of(
        "Squire glimmer rose with jousting (OR 1.94 per 5-unit increase, 95% CI 0.90-0.98)."
    ) == [E("OR", 1.94)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind19: "P for trend, x" (a comma for the "=") after an estimate with its CI
        (
            "Lance use was linked to glimmer (HR (95% CI): 1.52 (0.91, 2.43) for the upper vs. lower tertile; "
            "P for trend, 0.12) in squires.",
            [E("HR", 1.52, 95, 0.91, 2.43, p=0.12, rel="=")],
        ),
        (
            "The odds ratio of jousting was 0.41 (95% confidence interval, 0.19-0.83; P for trend, 0.04).",
            [E("OR", 0.41, 95, 0.19, 0.83, p=0.04, rel="=")],
        ),
        # blind19: an adjusted P value named so ("p adjusted = x", "P-adjusted < x")
        ("Helm scores rose by 0.2 in the glimmer squires (p adjusted=0.027).", [E(None, p=0.027, rel="=")]),
        ("Helm scores differed between the jousting arms (P-adjusted < 0.01).", [E(None, p=0.01, rel="<")]),
    ],
)
def test_round19_forms(sentence, expected):
    assert effects_of(sentence) == expected


def test_round19_guards():
    # a trend comma followed by a whole number, or a qualifier word that is not one, gives no P value
    assert effects_of("We tested P for trend, 12 squires per arm, in the jousting model.") == []
    assert effects_of("Helm scores were adjusted = 0.4 points in the glimmer squires.") == []
    # "P for trend 0.05" (no comma) still reads as before
    assert effects_of("Lance use was linked to glimmer (OR 1.30, 95% CI 1.02-1.66; P for trend 0.05).") == [
        E("OR", 1.30, 95, 1.02, 1.66, p=0.05, rel="=")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # blind32: a decimal comma right after the P value's sign (European style)
        ("Gout rose among squires over the decade (p<0,05).", [E(None, p=0.05, rel="<")]),
        ("Glimmer fell with zorvatin (P = 0,001).", [E(None, p=0.001, rel="=")]),
        ("Helm scores differed little (p=0,5).", [E(None, p=0.5, rel="=")]),
        (
            "Quillmorin users had fewer flares (OR 0.71; 95% CI 0.55-0.92; P=0,004).",
            [E("OR", 0.71, 95, 0.55, 0.92, p=0.004, rel="=")],
        ),
        (
            "Glimmer tracked lance use (r = 0.41, p<0,01) in knights.",
            [E("correlation", 0.41, p=0.01, rel="<")],
        ),
    ],
)
def test_p_value_with_a_decimal_comma(sentence, expected):
    assert effects_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # commas that separate items stay separators
        (
            "Glimmer fell in all three arms (P < 0.05, 0.01 and 0.001, respectively).",
            [E(None, p=0.05, rel="<"), E(None, p=0.01, rel="<"), E(None, p=0.001, rel="<")],
        ),
        ("Glimmer fell in the zorvatin arm (P = 0.02, n = 40).", [E(None, p=0.02, rel="=")]),
        ("Glimmer fell in the zorvatin arm (p<0.05, two-sided).", [E(None, p=0.05, rel="<")]),
    ],
)
def test_p_value_comma_that_is_no_decimal_comma(sentence, expected):
    assert effects_of(sentence) == expected


def test_p_value_comma_with_a_space_or_in_a_list_of_whole_numbers_is_no_decimal_comma():
    # "0, 5" (a space after the comma) and "0,1,2" are not 0.5 and 0.1
    for sentence, decimal in [
        ("Helm scores were alike (p=0, 5 squires dropped out).", 0.5),
        ("Knights were coded by arm (P=0,1,2).", 0.1),
    ]:
        assert decimal not in [e.get("p_value") for e in effects_of(sentence)]
