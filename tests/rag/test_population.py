"""Who a safety question asks about, and the findings that speak of them. Sentences are invented."""

import pytest

from rag.population import asked_population, speaks_of_population


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("Can I take zorvatin while breastfeeding?", "breastfeeding"),
        ("Is it safe to eat quillmorin during pregnancy?", "pregnancy"),
        ("Is zorvatin safe for children?", "children"),
        ("Are glimmer drinks safe for teenagers?", "children"),
        ("Is zorvatin safe for older adults?", "older adults"),
        ("Is zorvatin bad for men?", "men"),
        ("Is quillmorin safe for women?", "women"),
        ("Is zorvatin safe for older men?", "older adults"),  # old age before sex
        ("Is snorvel chocolate good for athletes?", "athletes"),
        ("Does zorvatin help female runners?", "athletes"),
        ("Does zorvatin improve athletic performance?", None),  # an outcome, not a group
        ("Is zorvatin safe?", None),
    ],
)
def test_the_group_a_question_asks_about(question, group):
    assert asked_population(question) == group


def test_findings_that_speak_of_the_group():
    assert speaks_of_population("pregnancy", "Zorvatin intake was not linked to fetal growth.")
    assert speaks_of_population("children", "In invented paediatric wards, zorvatin was well tolerated.")
    assert not speaks_of_population("children", "Zorvatin was well tolerated in invented adults.")
    assert not speaks_of_population("breastfeeding", "Zorvatin raised invented liver enzymes.")
    # "Is soy bad for men?" had been answered on findings about breast cancer; an organ only one sex has counts
    assert speaks_of_population("men", "Zorvatin was linked to invented prostate cancer.")
    assert not speaks_of_population("men", "Zorvatin was linked to invented breast cancer.")
    assert speaks_of_population("women", "Zorvatin was linked to invented breast cancer.")
    # "Is dark chocolate good for athletes?" had been answered on findings about blood pressure in anyone
    assert speaks_of_population("athletes", "Snorvel chocolate improved invented cycling time trials.")
    assert not speaks_of_population("athletes", "Snorvel chocolate lowered invented blood pressure.")
