"""extract_effects on small fictional sentences (quillmorin, zorvatin and friends do not exist)."""

import pytest

from rag.effects import extract_effects

FIELDS = ("measure", "value", "ci_level", "ci_lower", "ci_upper", "p_value", "p_relation")


def _effects(sentence: str) -> list[dict]:
    out = []
    for effect in extract_effects(sentence):
        assert effect.text and effect.text in sentence  # the span is quoted from the sentence itself
        out.append({k: v for k, v in effect.model_dump(include=set(FIELDS)).items() if v is not None})
    return out


def E(measure, value=None, level=None, lo=None, hi=None, p=None, rel=None) -> dict:
    values = (measure, value, level, lo, hi, p, rel)
    return {k: v for k, v in zip(FIELDS, values, strict=True) if v is not None}


def test_seed_sentence_pattern_gives_exactly_its_effects():
    first = (
        "Zorvatin (ZV) increased quillmorin (QM; MD 1.86, 95% CI 1.17-2.56) and florabase "
        "(FB; MD 1.49, 95% CI 0.98-2.00)."
    )
    second = (
        "It reduced free quillmorin (fQM; WMD -1.54, 95% CI -2.44 to -0.64) and zorvatin-resistant "
        "glimmerase (ZRG; MD -0.83, 95% CI -1.21 to -0.46)."
    )
    assert _effects(first) == [E("MD", 1.86, 95, 1.17, 2.56), E("MD", 1.49, 95, 0.98, 2.0)]
    assert _effects(second) == [E("WMD", -1.54, 95, -2.44, -0.64), E("MD", -0.83, 95, -1.21, -0.46)]


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
    assert _effects(sentence) == expected


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
    assert _effects(sentence) == expected


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
    ],
)
def test_negatives_give_nothing(sentence):
    assert _effects(sentence) == []


def test_empty_and_numberless_sentences():
    assert extract_effects("") == []
    assert extract_effects("Quillmorin had no effect on zorvatin.") == []
