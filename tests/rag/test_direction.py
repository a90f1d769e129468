"""Direction of the asked outcome. Sentences are invented; concept names come from the shipped table."""

from dataclasses import replace

import numpy as np
import pytest

from rag.direction import asked_direction, oriented, stated_direction
from rag.outcomes import intervention_forms, outcome_of
from rag.question import question_terms
from rag.synonyms import table
from rag.understand import understand

YES_NO_MAYBE = np.asarray([[0.7, 0.2, 0.1]])


def asked(question: str):
    frame = understand(question)
    return replace(
        outcome_of(frame.outcome_mention.concept),
        direction=asked_direction(frame),
        intervention=intervention_forms(frame.intervention_mention.concept),
    )


def test_the_direction_a_question_asks_for():
    assert asked_direction(understand("Does soy increase breast cancer risk?")) == "up"
    assert asked_direction(understand("Does fish oil lower blood pressure?")) == "down"
    assert asked_direction(understand("Is green tea good for weight loss?")) is None
    # an outcome the table does not know, in the question's own words
    assert asked_direction(understand("Does folate prevent snorvel rash?")) == "down"
    assert asked_direction(understand("Does iron cause glimmer itching?")) == "up"
    # "Does calcium interfere with iron absorption?" asks for less of it
    assert asked_direction(understand("Does zorvatin interfere with snorvel absorption?")) == "down"
    assert asked_direction(understand("Does zorvatin impair glimmer memory?")) == "down"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        (
            "In invented women, soy intake was associated with a significantly reduced risk of breast cancer.",
            "down",
        ),
        ("Soy intake was inversely associated with the risk of premenopausal breast cancer.", "down"),
        ("Breast cancer risk was increased among the fictional soy eaters.", "up"),
        ("Soy intake did not reduce the risk of breast cancer.", None),  # negated: the model reads it
        ("Green tea was associated with a reduced risk of breast cancer.", None),  # not this intervention
        ("Tofu was associated with a reduced risk of breast cancer.", "down"),  # a form of soy
        ("A lack of soy intake raised breast cancer risk in a made-up cohort.", None),  # a lack of it
        ("Reducing soy intake lowered breast cancer risk in invented women.", None),  # less of it
        ("Soy restriction lowered breast cancer risk in invented women.", None),
        ("Loss of soy from the diet raised breast cancer risk in invented women.", None),  # a loss of it
        ("Soy depletion raised breast cancer risk in invented women.", None),
        ("Those below the median of soy intake had a higher risk of breast cancer (RR 3.0).", None),
        ("Daily soy of 2 g, by dietary soy restriction, lowered breast cancer risk in invented women.", None),
        ("Soy intake lowered breast cancer risk in invented women.", "down"),  # the verb is the effect
        ("Soy was studied in women with greater baseline breast cancer anxiety.", None),  # who, not what
        ("Some breast cancer survivors increase their soy intake.", None),  # a word between: not the outcome
        # a period of follow-up between them links them
        ("Soy eaters had a 29% reduction in 2 year breast cancer risk in a made-up cohort.", "down"),
        ("Soy intake lowered 10-year breast cancer risk in invented women.", "down"),
        # the sign of an association stated between the two, however far apart they stand
        ("The results suggested an inverse association between soy consumption and breast cancer.", "down"),
        ("A positive relationship between breast cancer risk and soy intake was seen.", "up"),
        ("There was no inverse association between soy consumption and breast cancer.", None),
        (
            "An inverse association between soy consumption and fictional mood was seen.",
            None,
        ),  # other outcome
    ],
)
def test_the_direction_a_finding_states_for_the_outcome(sentence, direction):
    assert stated_direction(sentence, asked("Does soy increase breast cancer risk?")) == direction


def test_support_against_the_asked_direction_turns_to_contradiction_and_only_that_way():
    outcome = asked("Does soy increase breast cancer risk?")
    against = "Soy intake was associated with a reduced risk of breast cancer."
    along = "Soy intake was associated with an increased risk of breast cancer."
    assert oriented(YES_NO_MAYBE, [against], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
    assert oriented(YES_NO_MAYBE, [along], outcome)[0].tolist() == pytest.approx([0.7, 0.2, 0.1])
    doubting = np.asarray([[0.2, 0.7, 0.1]])  # the model's "no" stands, whatever the direction ...
    assert oriented(doubting, [along], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
    # ... unless the sentence's own ratios show the asked effect
    backed = "Soy intake was associated with an increased risk of breast cancer (OR 1.65, 95% CI 1.20-2.27)."
    assert oriented(doubting, [backed], outcome)[0].tolist() == pytest.approx([0.7, 0.2, 0.1])
    spanning = (
        "Soy intake was associated with an increased risk of breast cancer (OR 1.15, 95% CI 0.90-1.47)."
    )
    assert oriented(doubting, [spanning], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
    undirected = replace(outcome, direction=None)
    assert oriented(YES_NO_MAYBE, [against], undirected)[0].tolist() == pytest.approx([0.7, 0.2, 0.1])


def test_the_shipped_table_knows_soy():
    assert table().by_key["soy"].kind == "intervention"


def test_an_outcome_reported_the_other_way_round():
    """ "Can eating nuts help you live longer?" had no verdict: its findings report mortality, which the table
    relates to longevity the other way round (less mortality is longer life)."""
    outcome = asked("Does fish oil increase life expectancy?")
    assert outcome.direction == "up" and outcome.reported_by("Fish oil lowered all-cause mortality.")
    assert stated_direction("Fish oil takers had lower mortality in a made-up cohort.", outcome) == "up"
    assert stated_direction("Fish oil raised mortality in invented sailors.", outcome) == "down"
    assert stated_direction("Fish oil increased life expectancy in invented mice.", outcome) == "up"
    # hazard ratios of death below 1 are longer life
    assert (
        stated_direction("For fish oil, the hazard ratio of mortality was 0.70 (0.60-0.82).", outcome) == "up"
    )
    # the model reads "lower mortality" against "live longer": there the direction decides
    doubting = np.asarray([[0.2, 0.7, 0.1]])
    lower = "Fish oil takers had lower mortality in a made-up cohort."
    assert oriented(doubting, [lower], outcome)[0].tolist() == pytest.approx([0.7, 0.2, 0.1])
    direct = "Fish oil takers had longer life expectancy, though in a made-up cohort."
    assert oriented(doubting, [direct], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])


def test_a_ratio_of_improvement_is_the_outcome_the_other_way_round():
    """ "Peppermint oil was ... superior to placebo for global improvement of IBS symptoms (... relative risk 2.23
    ...)" had read as more IBS, against "Can peppermint oil ease IBS symptoms?": a ratio above 1 of improving, of
    relief or of remission is less of the condition."""
    outcome = asked("Does fish oil lower blood pressure?")
    improved = (
        "Fish oil beat placebo for improvement of blood pressure (relative risk 2.23, 95% CI 1.78-2.81)."
    )
    assert stated_direction(improved, outcome) == "down"
    remission = "Remission of high blood pressure was likelier with fish oil (RR 1.80, 95% CI 1.20-2.70)."
    assert stated_direction(remission, outcome) == "down"
    events = "Blood pressure events with fish oil in invented sailors: relative risk 2.23 (95% CI 1.78-2.81)."
    assert stated_direction(events, outcome) == "up"


def test_insulin_sensitivity_is_insulin_resistance_the_other_way_round():
    """ "Does parity increase insulin resistance during pregnancy?" had no verdict: its abstract reports insulin
    sensitivity, which the table now relates to resistance the other way round, and back."""
    resistance = asked("Does fish oil increase insulin resistance?")
    assert resistance.reported_by("Fish oil lowered insulin sensitivity in invented rats.")
    assert stated_direction("Fish oil lowered insulin sensitivity in invented rats.", resistance) == "up"
    sensitivity = asked("Does fish oil improve insulin sensitivity?")
    assert stated_direction("Fish oil reduced insulin resistance in made-up mice.", sensitivity) == "up"


def test_weight_loss_is_less_body_weight():
    """ "Does capsaicin help with weight loss?" was "yes" on a finding of body weight increases: weight loss is
    body weight, body mass index or obesity the other way round."""
    outcome = question_terms(
        "Does fish oil help with weight loss?", {}, 1
    ).outcome  # as the pipeline reads it
    assert outcome is not None and outcome.direction == "up"
    assert stated_direction("Fish oil lowered body weight in invented sailors.", outcome) == "up"
    assert stated_direction("Fish oil increased body weight in invented mice.", outcome) == "down"
    supporting = np.asarray([[0.7, 0.2, 0.1]])
    gained = "Fish oil increased body weight in invented mice."
    assert oriented(supporting, [gained], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        # a comparative of the outcome asks for a direction as its verb would: "higher" had been missing
        # beside "lower", so "Is statin use associated with a higher risk of hip fracture?" asked for none
        ("Is fish oil associated with a higher risk of breast cancer?", "up"),
        ("Is fish oil linked to a greater risk of breast cancer?", "up"),
        ("Are fish oil users more likely to get breast cancer?", "up"),
        ("Is fish oil associated with less breast cancer?", "down"),
        ("Do fish oil takers get fewer fractures?", "down"),
        ("Is fish oil associated with a lower risk of breast cancer?", "down"),
        # the sign of an asked association, wherever it stands
        ("Is fish oil positively associated with breast cancer?", "up"),
        ("Is fish oil inversely related to breast cancer?", "down"),
        ("Is there a positive association between fish oil and breast cancer?", "up"),
        ("Is there a negative correlation between breast cancer and fish oil?", "down"),
        # verbs of more or less
        ("Does fish oil exacerbate breast cancer?", "up"),
        ("Does fish oil accelerate breast cancer?", "up"),
        ("Does fish oil hasten breast cancer?", "up"),
        ("Does fish oil diminish breast cancer?", "down"),
        ("Does fish oil dampen breast cancer?", "down"),
        ("Does fish oil ease breast cancer?", "down"),
        ("Does fish oil soothe breast cancer?", "down"),
        # how much, or what it is compared with, is no direction of the outcome
        ("Is fish oil more effective than krill oil for breast cancer?", None),
        ("Is there an association between fish oil and breast cancer?", None),
    ],
)
def test_a_comparative_or_a_signed_association_asks_for_a_direction(question, direction):
    assert asked_direction(understand(question)) == direction


def test_feeding_an_outcome_asks_for_more_of_it():
    """ "Does sugar feed cancer?" claims more cancer, as "cause" does."""
    assert asked_direction(understand("Does fish oil feed breast cancer?")) == "up"


def test_of_contrasting_clauses_the_one_naming_the_intervention_says_its_direction():
    """ "Whole fruits ... a lower risk of type 2 diabetes, whereas fruit juice ... a higher risk" had read as fruit
    juice lowering the risk: the clause that names the intervention speaks for it, of the outcome the other
    clause named."""
    outcome = asked("Does fish oil cause breast cancer?")
    contrast = (
        "Invented whole fish was associated with a lower risk of breast cancer, whereas fish oil was "
        "associated with a higher risk."
    )
    assert stated_direction(contrast, outcome) == "up"
    both = "Fish oil lowered breast cancer risk in women, whereas fish oil raised it in invented men."
    assert stated_direction(both, outcome) == "down"  # both clauses name it: read as a whole, as before
    plain = "Fish oil was associated with a lower risk of breast cancer in an invented cohort."
    assert stated_direction(plain, outcome) == "down"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # "Does soy milk cause cancer?" had read both as support: a kind of cancer between the risk and its word
        ("High soy consumption might be related to lower risk of glimmer cancer in squires.", "down"),
        ("Soy intake may have protective effects against glimmer cancer in squires.", "down"),
        # a comparative without a risk still describes who was studied
        ("Soy was studied in women with greater baseline fictional cancer anxiety.", None),
    ],
)
def test_a_kind_of_the_outcome_between_its_risk_and_its_word(sentence, direction):
    assert stated_direction(sentence, asked("Does soy cause cancer?")) == direction


CHOLESTEROL = "Does fish oil raise cholesterol?"
FRACTURES = "Does fish oil cause fractures?"


@pytest.mark.parametrize(
    ("question", "sentence", "direction"),
    [
        # a direction joined to the outcome by a hyphen reads as the two words: "cholesterol-lowering effect"
        (CHOLESTEROL, "Fish oil had a cholesterol-lowering effect in invented adults.", "down"),
        (CHOLESTEROL, "Fish oil had an LDL-lowering effect in invented adults.", "down"),
        (CHOLESTEROL, "Fish oil showed a cholesterol-raising effect in invented adults.", "up"),
        # "anti-" is against the outcome
        (FRACTURES, "Fish oil provides anti-fracture efficacy in invented women.", "down"),
        # generic words of how an outcome is counted link a direction to it: "the cumulative incidence of new ..."
        (
            FRACTURES,
            "Fish oil decreased the cumulative incidence of new vertebral fractures in invented women.",
            "down",
        ),
        # a hyphenated word that names another thing still does not
        (CHOLESTEROL, "Fish oil-lowering diets changed cholesterol in invented adults.", None),
    ],
)
def test_a_direction_joined_by_a_hyphen_or_across_counting_words(question, sentence, direction):
    assert stated_direction(sentence, asked(question)) == direction


def test_a_safety_remark_is_no_null_result_of_the_asked_effect():
    """ "piperine enhances the serum concentration, extent of absorption and bioavailability of curcumin ... with
    no adverse effects" had read as no effect on "Does black pepper increase turmeric absorption?"."""
    outcome = asked("Does soy increase breast cancer risk?")
    doubting = np.asarray([[0.2, 0.7, 0.1]])
    safe = "Soy intake enhanced the risk of breast cancer in invented squires, with no adverse effects."
    assert stated_direction(safe, outcome) == "up"
    assert oriented(doubting, [safe], outcome)[0].tolist() == pytest.approx([0.7, 0.2, 0.1])
    # a null result of its own still stands
    null = "Soy intake enhanced breast cancer risk in no significant way in squires, with no adverse effects."
    assert oriented(doubting, [null], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
    harmful = "Soy intake enhanced breast cancer risk in invented squires, with adverse effects."  # no remark
    assert oriented(doubting, [harmful], outcome)[0].tolist() == pytest.approx([0.2, 0.7, 0.1])
