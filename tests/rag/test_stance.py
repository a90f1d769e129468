"""The stance features and the shipped stance model, on fictional sentences."""

import numpy as np
import pytest

from rag.stance import (
    _QUESTION_CUES,
    _SENTENCE_CUES,
    CLASSES,
    MODEL_PATH,
    StanceModel,
    default_model,
    features,
    lexical_features,
)
from rag.stance import _negated_question_word as negated

QUESTION = "Does quillmorin shorten sleep latency?"


def test_a_negation_right_before_a_question_word_is_a_denial():
    assert negated(QUESTION, "Quillmorin did not shorten sleep latency in these invented trials.")
    assert not negated(QUESTION, "Quillmorin shortened sleep latency; no adverse events were seen.")
    assert not negated(QUESTION, "There was no placebo group in this fictional study of quillmorin.")


def test_a_contracted_negation_is_a_negation():
    cue = list(_SENTENCE_CUES).index
    for sentence in ("Quillmorin didn't reduce sleep latency.", "Quillmorin didn’t reduce sleep latency."):
        assert lexical_features(QUESTION, sentence)[cue("negation")] == 1
        assert lexical_features(QUESTION, sentence)[cue("null_result")] == 1
        assert negated(QUESTION, sentence)
    assert lexical_features(QUESTION, "Quillmorin shortened sleep latency.")[cue("negation")] == 0


def test_never_or_no_that_names_a_comparison_group_is_no_denial():
    """ "Compared with never adding salt at the table, always adding salt was associated with an increased risk of
    stomach cancer" (NFCorpus MED-4484) had read as a "no" to "Can too much salt cause stomach cancer?"."""
    cue = list(_SENTENCE_CUES).index
    question = "Does glimmering cause zorp fever?"
    for sentence in (
        "Compared with never glimmering, daily glimmering was associated with an increased risk of zorp fever.",
        "Daily glimmerers had a higher risk of zorp fever than never-glimmerers (HR 1.8).",
        "Among never smokers, those who glimmered had more zorp fever than those who never glimmered.",
        "Daily glimmering vs. no glimmering raised the risk of zorp fever.",
        "Zorp fever was commoner in daily than in rarely or never glimmering adults.",
    ):
        assert lexical_features(question, sentence)[cue("negation")] == 0, sentence
        assert not negated(question, sentence), sentence
    for sentence in (
        "Glimmering never caused zorp fever in these fictional adults.",
        "Zorp fever has never been linked to glimmering.",
        "Glimmering had little or no effect on zorp fever.",
    ):
        assert lexical_features(question, sentence)[cue("negation")] == 1, sentence


def test_a_literature_that_lacks_evidence_denies_it():
    """ "The published literature lacks strong evidence that organic foods are significantly more nutritious than
    conventional foods" (NFCorpus MED-1178, the lead sentence of its conclusion) had read as support, at 0.87, for
    "Are organic foods healthier?"."""
    cue = list(_SENTENCE_CUES).index
    question = "Is zorvatin more nutritious?"
    sentence = "The invented literature lacks strong evidence that zorvatin is significantly more nutritious."
    row = lexical_features(question, sentence)
    assert row[cue("negation")] == row[cue("null_result")] == 1
    yes, no, _ = default_model().predict_proba(features(question, sentence, 0.6)[None])[0]
    assert no > yes
    assert (
        lexical_features(question, "Squires lacking zorvatin grew.")[cue("null_result")] == 0
    )  # no evidence


def test_a_control_group_that_did_not_change_is_no_null_result():
    """ "Coronary artery diameter was increased significantly ..., whereas it remained unchanged after control
    chocolate" (NFCorpus MED-2224) had read as no effect of dark chocolate on the heart."""
    cue = list(_SENTENCE_CUES).index
    question = "Is zorvatin good for the heart?"
    for sentence in (
        "Glimmer diameter increased significantly after zorvatin, whereas it remained unchanged after control tea.",
        "Glimmer adhesion decreased in the zorvatin group but remained unchanged in the control group.",
        "Glimmer scores improved with zorvatin, while no significant change was seen with placebo.",
    ):
        row = lexical_features(question, sentence)
        assert row[cue("null_result")] == row[cue("negation")] == 0, sentence
    for sentence in (
        "Glimmer scores fell with placebo, whereas they remained unchanged with zorvatin.",  # the intervention's
        "Glimmer rose, but the effect remained unchanged after control for age.",  # an adjustment, not a group
    ):
        assert lexical_features(question, sentence)[cue("null_result")] == 1, sentence


def test_unaffected_and_unchanged_deny_like_not_affected():
    """A finding that energy drinks left heart rate unaffected (NFCorpus MED-877) had read as support for "Do
    energy drinks harm the heart?": the word is a denial and a null result in one."""
    cue = list(_SENTENCE_CUES).index
    model = default_model()
    question = "Does zorvatin harm the heart?"
    for sentence in (
        "Heart rate was unaffected by zorvatin in these fictional adults.",
        "Heart rate remained unchanged after zorvatin in these fictional adults.",
    ):
        row = lexical_features(question, sentence)
        assert row[cue("negation")] == row[cue("null_result")] == 1
        yes, no, _ = model.predict_proba(features(question, sentence, 0.6)[None])[0]
        assert no > yes


def test_a_question_about_a_variant_without_something_is_not_a_negated_question():
    """ "Zorvatin without food: safe and effective?" asks about taking it without food, not whether it is not safe."""
    cue = [*_SENTENCE_CUES, *_QUESTION_CUES].index
    variant = lexical_features("Zorvatin without food: safe and effective?", "Zorvatin was safe.")
    negated = lexical_features("Does zorvatin not shorten sleep latency?", "Zorvatin was safe.")
    assert variant[cue("q_negated")] == 0 and negated[cue("q_negated")] == 1
    assert lexical_features(QUESTION, "It worked without adverse events.")[cue("negation")] == 1


def test_lexical_features_mark_null_results_and_hedges():
    null = lexical_features(QUESTION, "There was no significant difference in sleep latency (P = 0.42).")
    positive = lexical_features(QUESTION, "Quillmorin significantly shortened sleep latency (P < 0.001).")
    hedged = lexical_features(
        QUESTION, "Quillmorin may shorten sleep latency, but further studies are needed."
    )
    cue = list(_SENTENCE_CUES).index
    assert null[cue("null_result")] == 1 and positive[cue("null_result")] == 0
    assert null[cue("nonsignificant_p")] == 1 and positive[cue("nonsignificant_p")] == 0
    assert "significant_p" not in _SENTENCE_CUES and "interval" not in _SENTENCE_CUES  # they point nowhere
    assert hedged[cue("hedge")] == 1 and hedged[cue("more_research")] == 1 and positive[cue("hedge")] == 0
    # three words, hyphenated ones too, may stand between the negation and what it denies
    neither = lexical_features(QUESTION, "Neither quillmorin nor low-dose QM-7 was superior to placebo.")
    assert neither[cue("null_result")] == 1


def test_the_shipped_model_loads_and_gives_probabilities():
    model = default_model()
    rows = np.stack(
        [
            features(
                QUESTION, "Quillmorin significantly shortened sleep latency compared with placebo.", 0.8
            ),
            features(
                QUESTION,
                "Quillmorin did not shorten sleep latency; there was no significant difference.",
                0.8,
            ),
        ]
    )
    probabilities = model.predict_proba(rows)
    assert probabilities.shape == (2, len(CLASSES))
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    yes, no = CLASSES.index("yes"), CLASSES.index("no")
    assert probabilities[0, yes] > probabilities[0, no]
    assert probabilities[1, no] > probabilities[1, yes]
    assert MODEL_PATH.stat().st_size < 20_000  # small learned parameters only


def test_save_and_load_round_trip(tmp_path):
    model = StanceModel(np.ones((3, 2)), np.zeros(3), np.zeros(2), np.ones(2))
    model.save(tmp_path / "m.npz")
    loaded = StanceModel.load(tmp_path / "m.npz")
    assert np.allclose(loaded.predict_proba(np.ones((1, 2))), model.predict_proba(np.ones((1, 2))))
    assert loaded.predict_proba(np.ones((1, 2)))[0] == pytest.approx([1 / 3] * 3)


def test_no_sentence_gives_no_rows_and_no_probabilities():
    from rag.stance import FEATURE_COUNT
    from rag.verdict import stance_rows

    assert len(features(QUESTION, "Any fictional sentence.", 0.5)) == FEATURE_COUNT
    rows = stance_rows(QUESTION, [])
    assert rows.shape == (0, FEATURE_COUNT) and default_model().predict_proba(rows).shape == (0, len(CLASSES))


def test_a_significant_result_with_its_statistics_supports_the_question():
    """P values and CIs carry no direction: a clear positive result printed with them must read as a yes."""
    model = default_model()
    row = features(
        "Does quillmorin help people fall asleep?",
        "Quillmorin shortened sleep latency compared with placebo (MD -7.2 min, 95% CI -9.8 to -4.6; P < 0.001).",
        0.6,
    )
    yes, no, _ = model.predict_proba(row[None])[0]
    assert yes > no
