"""Harm questions against findings that call the harm low or unlikely. Sentences are invented."""

import numpy as np
import pytest

from rag.harm import (
    SAFE_FINDING,
    against_harm,
    asks_about_harm,
    asks_about_safety,
    claims_harm,
    reports_less_harm,
)
from rag.understand import understand

SUPPORT = np.asarray([0.7, 0.2, 0.1])  # yes, no, maybe


@pytest.mark.parametrize(
    "sentence",
    [
        "The risk of toxicity with high quillmorin intakes is low.",
        "Daily quillmorin of 40 g is unlikely to result in quillmorin toxicity.",
        "Quillmorin was safe and well tolerated in invented adults.",
        "No serious adverse effects were observed with quillmorin.",
        "Quillmorin carried a negligible risk of adverse events.",
        "Decades of research have failed to demonstrate a clear and consistent relationship between quillmorin "
        "and asthma.",
        "Neither quillmorin nor its invented metabolite have been shown to react with DNA or demonstrate "
        "genotoxic damage.",
        "Most of the invented assays show no evidence of genotoxic activity of quillmorin.",
    ],
)
def test_findings_that_call_the_harm_low_or_unlikely(sentence):
    assert SAFE_FINDING.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillmorin raised the risk of liver damage in invented adults.",
        "The risk of toxicity was high at doses above 40 g.",
        "Quillmorin lowered blood pressure.",
        "Trials failed to recruit enough invented adults.",
        "Quillmorin has not been shown to lower blood pressure.",
        "There was no evidence of benefit from quillmorin.",
    ],
)
def test_findings_of_harm_or_of_something_else_are_not_safe_findings(sentence):
    assert not SAFE_FINDING.search(sentence)


def test_only_a_harm_question_turns_support_from_a_safe_finding_into_contradiction():
    texts = ["Quillmorin is unlikely to cause toxicity.", "Quillmorin raised liver enzymes."]
    rows = np.stack([SUPPORT, SUPPORT])
    turned = against_harm(rows, texts, "Can too much quillmorin be harmful?")
    assert turned[0].argmax() == 1 and turned[1].argmax() == 0
    assert (against_harm(rows, texts, "Is quillmorin safe?") == rows).all()  # a safety question: support
    assert asks_about_harm("Does quillmorin damage the liver?") and not asks_about_harm("Is quillmorin safe?")
    assert asks_about_harm("Is 10000 IU of quillmorin too much?")  # a harm claimed


def test_a_question_whose_claim_is_safety():
    assert asks_about_safety("Is zorvatin safe for children?")
    assert asks_about_safety("Zorvatin and glimmer rash: how much is safe?")
    assert not asks_about_safety("The Invented Food Safety Authority")  # a name, not a question about safety
    assert not asks_about_safety("Is zorvatin unsafe?")  # that one asks about harm
    assert asks_about_safety("Is it okay to take zorvatin while pregnant?")  # asks the same as "safe"
    assert asks_about_safety("Is it fine for children to take zorvatin?")
    assert asks_about_safety("Can I take zorvatin while breastfeeding?")  # is it safe then?
    assert not asks_about_safety("Can I take zorvatin for sleep?")
    assert not asks_about_safety("Does zorvatin affect fine motor skills?")


def test_safety_only_questions_and_findings_that_speak_of_safety():
    from rag.harm import asks_only_about_safety, speaks_of_safety

    assert asks_only_about_safety("Is zorvatin safe for children?")
    assert not asks_only_about_safety("Is zorvatin safe and effective?")
    assert not asks_only_about_safety("Does zorvatin work?")
    assert speaks_of_safety("Zorvatin was well tolerated.")
    assert speaks_of_safety("Side effects were mild.")
    assert not speaks_of_safety("Zorvatin shortened invented fatigue by two days.")
    assert speaks_of_safety("Pregnant sailors should avoid excessive zorvatin.")  # advice to avoid it
    # what people perceive is no finding on safety
    assert not speaks_of_safety(
        "Risk perceptions about the safety of zorvatin predicted the sailors' awareness."
    )


def test_a_reported_harm_contradicts_a_question_about_safety():
    """ "Invented patients have a significant complication rate on zorvatin" had read as support for "Is zorvatin
    safe?"; a finding of less harm, a denied one or a null result is left as the model reads it."""
    from rag.harm import against_safety

    support = np.array([[0.8, 0.1, 0.1]])
    harmful = [
        "Invented patients have a significant complication rate related to zorvatin.",
        "Zorvatin users had an increased risk of glimmer rash.",
        "Zorvatin users had lower rates of clear margins and increased rates of complications.",  # less good
        "Pregnant sailors form an 'at risk' group for invented zorvatin rash.",
        "Pregnant sailors should avoid excessive consumption of zorvatin.",
    ]
    for text in harmful:
        assert against_safety(support, [text], "Is zorvatin safe?")[0, 1] == 0.8, text
    benign = [
        "Zorvatin might be related to lower risk of glimmer rash.",
        "No complications were observed with zorvatin.",
        "Complication rates did not differ between groups.",
    ]
    for text in benign:
        assert against_safety(support, [text], "Is zorvatin safe?")[0, 0] == 0.8, text
    assert against_safety(support, harmful[:1], "Does zorvatin work?")[0, 0] == 0.8  # not about safety


def test_a_question_whose_claim_is_a_harm():
    from rag.harm import claims_harm

    for question in (
        "Is too much zorvatin bad for you?",
        "Is it harmful to take zorvatin daily?",
        "Can too much quillmorin be harmful?",
        "Does zorvatin damage the kidneys?",
        "What are the side effects of zorvatin?",
        "Why is zorvatin bad for you?",  # presumes the harm it asks about
        "Is 10000 IU of zorvatin too much?",
        "Is red zorvatin unhealthy?",
        "Is too much zorvatin bad?",
        "Are there any risks of taking too much zorvatin?",
        "Is there a danger in glimmer baths?",
        "What are the dangers of quillmorin drinks?",
        "Does zorvatin have side effects?",
        "How bad is zorvatin for your teeth?",
        "How dangerous are glimmer drinks?",
        "Is snorvel in fish a real concern?",
        "Can red quillmorin cause any adverse effects?",
    ):
        assert claims_harm(question), question
    for question in (
        "Are invented physicians aware of the side effects of zorvatin?",  # awareness, not harm
        "Is unsafe glimmer behaviour increasing among sailors?",  # the harm word is in the subject
        "Does zorvatin lower fatigue?",
        "Is too much zorvatin a problem?",
        "Is the zorvatin evidence bad quality?",
        "What is bad for glimmer rash?",  # asks what, claims nothing
        "Are there any benefits of zorvatin?",
        "Is there a risk score for glimmer fever?",  # a tool, not a harm of something
    ):
        assert not claims_harm(question), question


def test_only_findings_that_report_or_deny_a_harm_bear_on_it():
    from rag.harm import bears_on_harm

    assert bears_on_harm("Zorvatin raised the risk of invented rash (OR 1.9).")
    assert bears_on_harm("No serious adverse effects were observed with zorvatin.")
    assert not bears_on_harm("Safer invented therapies are being explored.")
    assert not bears_on_harm("Zorvatin is effective in preventing invented inflammation.")  # a benefit
    # a harm of a lack of the intervention is none of its own ("Is 10000 IU of zorvatin too much?")
    assert not bears_on_harm("Zorvatin deficiency causes invented rash, increasing the risk of falls.")
    # a harm people perceive is no harm found ("Are pesticides on produce harmful?")
    assert not bears_on_harm(
        "Squires perceived high risks associated with zorvatin compared with other hazards."
    )


def test_a_reported_harm_supports_a_question_whose_claim_is_that_harm():
    """ "Liver biopsy revealed features of quillmorin toxicity" had read as a "no" to "Is too much quillmorin
    harmful?"."""
    against = np.asarray([[0.2, 0.7, 0.1]])
    texts = ["Invented sailors on quillmorin had an increased risk of glimmer rash."]
    assert against_harm(against, texts, "Is too much quillmorin harmful?")[0].argmax() == 0
    # a harm word that is not the question's claim leaves the reading alone
    assert (
        against_harm(against, texts, "Are sailors aware of the side effects of quillmorin?")[0].argmax() == 1
    )


def test_a_question_whose_claim_is_a_benefit():
    from rag.harm import claims_benefit

    assert claims_benefit("Is red zorvatin good for you?")
    assert claims_benefit("Is quillmorin oil healthy?")
    assert claims_benefit("Is zorvatin good for the heart?")
    # questions that ask for the benefits themselves
    assert claims_benefit("What is zorvatin good for?")
    assert claims_benefit("benefits of quillmorin tea")
    assert claims_benefit("What are the health benefits of quillmorin?")
    assert claims_benefit("Why are zorvatin seeds healthy?")
    assert not claims_benefit("Does zorvatin lower fatigue?")
    assert not claims_benefit("Is zorvatin bad for you?")
    assert not claims_benefit("Do the benefits of zorvatin outweigh its risks?")
    # the claim stated, as after "I've been reading that ...", but not a question that asks what
    assert claims_benefit("zorvatin is good for the heart?")
    assert not claims_benefit("What is good for glimmer rash?")


def test_findings_that_report_a_harm():
    from rag.harm import reports_harm

    assert reports_harm("In addition, the excess risk per gram of zorvatin is higher.")
    assert reports_harm(
        "Zorvatin was significantly associated with colon, lung (mainly in men), and bladder cancer."
    )
    assert reports_harm("Zorvatin was positively related to mortality in invented sailors.")
    assert reports_harm("Zorvatin drinks have been associated with several health problems.")
    # diseases as harms: "Does BPA from plastic bottles harm health?" had found no finding on a harm
    assert reports_harm(
        "In invented workers, zorvatin is associated with cardiovascular disease and diabetes."
    )
    assert not reports_harm("Zorvatin was not associated with diabetes.")
    assert not reports_harm("Zorvatin was inversely related to mortality.")
    assert not reports_harm("Zorvatin intake as a public health problem began in invented Naples.")
    assert not reports_harm("Zorvatin was inversely associated with invented cancer.")
    assert not reports_harm("Zorvatin was not associated with mortality.")
    # "doubled", and "the same studies" is no null result
    assert reports_harm("The same studies showed that a zorvatin a day doubled their risk of glimmer fever.")
    assert not reports_harm("Zorvatin users had the same risk of glimmer fever as other sailors.")


def test_the_group_a_finding_compares_with_is_no_lack_of_the_intervention():
    """ "Women with high egg consumption had a 1.77-fold increased risk compared with women with lower
    consumption" (NFCorpus MED-2849) reports a harm of eggs; it had read as a finding about a lack of them."""
    from rag.harm import of_a_lack

    assert of_a_lack("Zorvatin deficiency increases the risk of glimmer fever.")
    assert of_a_lack("Lower intakes of zorvatin were associated with a higher risk of glimmer fever.")
    assert not of_a_lack(
        "Sailors with high zorvatin intake had a 1.8-fold increased risk compared with sailors with lower intake."
    )
    assert not of_a_lack("Glimmer fever was commoner than in those with low levels of zorvatin.")
    # a diet free of it: "Do food dyes cause hyperactivity?" had read "when hyperactive children were given a diet
    # free of artificial food additives and dyes, symptoms of hyperactivity were reduced" as dyes lowering it
    assert of_a_lack("Squires given a diet free of zorvatin had fewer glimmer symptoms.")
    assert not of_a_lack("Zorvatin lowered glimmer risk in squires initially free of glimmer fever.")


def test_a_reported_harm_speaks_against_a_claimed_benefit():
    """Findings that red meat raises the risk of cancer had answered "Is red meat good for you?" with "supports
    an effect"; a harm of a lack of the intervention still supports it."""
    from rag.harm import against_safety

    support = np.asarray([[0.8, 0.1, 0.1], [0.8, 0.1, 0.1]])
    texts = [
        "High intake of zorvatin was associated with an increased risk of invented cancer.",
        "Zorvatin deficiency increased the risk of invented fractures.",
    ]
    turned = against_safety(support, texts, "Is zorvatin good for you?")
    assert turned[0].argmax() == 1 and turned[1].argmax() == 0
    assert (against_safety(support, texts, "Does zorvatin lower fatigue?") == support).all()
    # the same for safety: a harm of a lack of zorvatin says nothing against its safety
    assert against_safety(support, texts, "Is zorvatin safe?")[1].argmax() == 0


def test_a_finding_that_calls_the_harm_low_supports_safety():
    """ "The third study to report no adverse effects of soy foods" had read as "no effect" on "Is soy safe for
    women?"; "unlikely to result in toxicity" as a "no" to "Is it safe to take vitamin D every day?"."""
    from rag.harm import against_safety

    denial = np.asarray([[0.2, 0.7, 0.1], [0.2, 0.7, 0.1], [0.2, 0.7, 0.1]])
    texts = [
        "Ours is the third invented study to report no adverse effects of zorvatin on glimmer.",
        "Daily zorvatin is unlikely to result in zorvatin toxicity.",
        "Zorvatin did not lower invented fatigue.",
    ]
    turned = against_safety(denial, texts, "Is zorvatin safe?")
    assert [row.argmax() for row in turned] == [0, 0, 1]
    assert (
        against_safety(denial, texts, "Is zorvatin good for you?") == denial
    ).all()  # a benefit is not safety


def test_a_finding_of_less_harm_or_risk_supports_safety():
    """ "Individuals in the highest tertile of magnesium intake had a 34% reduction in mortality risk" had read as
    a "no" to "I take magnesium every night. Is it safe?"."""
    from rag.harm import against_safety

    denial = np.asarray([[0.2, 0.7, 0.1]] * 4)
    texts = [
        "Sailors in the highest tertile of zorvatin intake had a 34% reduction in mortality risk.",
        "Zorvatin intake was inversely associated with cardiovascular, cancer, and all-cause mortality.",
        "Zorvatin did not reduce the risk of glimmer fever.",
        "Zorvatin deficiency was inversely associated with mortality.",
    ]
    assert [row.argmax() for row in against_safety(denial, texts, "Is zorvatin safe?")] == [0, 0, 1, 1]


def test_a_finding_of_less_harm_speaks_against_a_claimed_harm():
    """ "Are avocados bad for you?" had read "MUFA intake was inversely related to prostate cancer" as "points to
    harm"; "shown to be remarkably well tolerated" had read as a "no" to "Is it safe to take ibuprofen daily?"."""
    from rag.harm import against_harm, against_safety

    support = np.asarray([[0.8, 0.1, 0.1], [0.8, 0.1, 0.1]])
    texts = [
        "Higher zorvatin intake was inversely related to invented cancer (OR 0.39).",
        "Zorvatin deficiency was related to a lower risk of invented cancer.",  # less harm with a lack of it
    ]
    turned = against_harm(support, texts, "Is zorvatin bad for you?")
    assert [row.argmax() for row in turned] == [1, 0]
    denial = np.asarray([[0.2, 0.7, 0.1]])
    tolerated = ["Zorvatin is shown to be remarkably well tolerated at invented doses."]
    assert against_safety(denial, tolerated, "Is it safe to take zorvatin daily?")[0].argmax() == 0


def test_a_benefit_or_an_inverse_association_speaks_against_a_claimed_harm():
    """ "Is coffee bad for the liver?" had been mixed: "drinking coffee may have benefits for the liver" and "an
    inverse association between coffee consumption and liver cancer" had read as support for the harm."""
    from rag.harm import against_harm, claims_harm

    support = np.asarray([[0.8, 0.1, 0.1]] * 5)
    texts = [
        "These findings suggest that drinking zorvatin may have benefits for the liver.",
        "The results suggested an inverse association between zorvatin consumption and invented cancer.",
        "Zorvatin did not improve liver function.",  # denied: no benefit to speak of
        "Zorvatin raised the risk of invented cancer but improved mood.",  # a harm beside it
        "Zorvatin reduction improves invented vasodilation.",  # a benefit of less of it
    ]
    # the claim asked, or stated ("I've been reading that zorvatin is bad for the liver, is that true?")
    for question in ("Is zorvatin bad for the liver?", "zorvatin is bad for the liver?"):
        assert claims_harm(question)
        assert [row.argmax() for row in against_harm(support, texts, question)] == [1, 1, 0, 0, 0]


def test_a_health_risk_is_a_claimed_harm_and_preventable_disease_no_protection():
    """ "Is arsenic in rice a health risk?" asks about a harm, as "harmful" does, and its topic is arsenic and
    rice; "the burden of preventable disease" had read as a finding that protects, so a finding of increased
    risks had answered against the harm."""
    assert claims_harm("Is zorvatin in snorvels a health risk?")
    assert claims_harm("Is quillmorin a real danger?")
    assert not claims_harm("Is quillmorin a risk factor for hiccups?")
    assert understand("Is zorvatin in snorvels a health risk?").outcome is None
    assert not reports_less_harm(
        "Zorvatin exposures add to the burden of preventable disease, with increased risks of glimmer cancer."
    )
    assert reports_less_harm("Zorvatin was associated with a lower risk of glimmer cancer.")


def test_a_finding_that_denies_a_link_to_a_harm_supports_safety():
    """ "No material exposure-response relationships were observed between maternal intake of ... and the risk of
    suspected atopic eczema" had read as a "no" to "Is it safe to take fish oil during pregnancy?". A link denied to
    less harm is a benefit missed, and a link denied to no harm says nothing of safety."""
    from rag.harm import against_safety, denies_a_link_to_harm

    denial = np.asarray([[0.2, 0.7, 0.1]] * 5)
    texts = [
        "No material relationships were observed between maternal zorvatin intake and the risk of glimmer rash.",
        "Zorvatin was not associated with an increased risk of invented stroke.",
        "Zorvatin was not associated with a lower risk of invented stroke.",  # less harm, denied
        "No association was found between zorvatin and glimmer scores.",  # no harm or risk named
        "Zorvatin deficiency was not associated with the risk of glimmer rash.",  # a lack of it
    ]
    assert [denies_a_link_to_harm(text) for text in texts] == [True, True, False, False, False]
    turned = against_safety(denial, texts, "Is it safe to take zorvatin during pregnancy?")
    assert [row.argmax() for row in turned] == [0, 0, 1, 1, 1]
    assert (
        against_safety(denial, texts, "Does zorvatin prevent stroke?") == denial
    ).all()  # not about safety


def test_a_finding_that_something_poses_a_risk_reports_a_harm():
    """ "While Kombucha tea is considered a healthy elixir, the limited evidence currently available raises
    considerable concern that it may pose serious health risks" (NFCorpus MED-4713) had read as support for "Does
    kombucha have health benefits?"."""
    from rag.harm import against_safety, reports_harm

    assert reports_harm("Invented zorvatin tea may pose serious health risks.")
    assert reports_harm("Zorvatin poses a growing threat to human health.")
    assert not reports_harm("Zorvatin snacks pose little threat to energy balance.")
    assert not reports_harm("The glimmer response does not appear to pose a risk for asthma.")
    support = np.array([[0.8, 0.1, 0.1]])
    turned = against_safety(
        support, ["Zorvatin tea may pose serious health risks."], "Does zorvatin have benefits?"
    )
    assert turned[0].argmax() == 1


def test_a_question_whether_something_has_benefits_claims_a_benefit():
    from rag.harm import claims_benefit

    assert claims_benefit("Does zorvatin tea have health benefits?")
    assert claims_benefit("Are there any benefits to eating zorvatin?")
    assert not claims_benefit("Do the benefits of zorvatin outweigh the risks?")
    assert not claims_benefit("Does zorvatin have side effects?")
