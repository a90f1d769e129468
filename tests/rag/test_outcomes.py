from dataclasses import replace

import pytest

from rag.outcomes import defined_abbreviations, intervention_forms, outcome_of
from rag.understand import SynonymTable, table

FICTIONAL = SynonymTable.parse(
    "outcome\tdozing\tnodding off\tmicrosleep\tyawn count\n"
    "outcome\tyawn count\tyawns\n"
    "outcome\tnap quality\t\tdozing\n"
)


def test_an_outcome_is_reported_by_its_forms_and_its_surrogates_only():
    dozing = outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL)
    assert dozing.reported_by("Fictional drops reduced nodding off in the afternoon.")
    assert dozing.reported_by("Microsleeps were rarer.")  # a narrower form
    assert dozing.reported_by("The yawn count fell by 30%.")  # a surrogate the table names
    assert not dozing.reported_by("Fictional drops improved the mood of invented adults.")


def test_surrogates_bear_one_way_and_a_narrower_outcome_reads_its_broadest_group():
    yawns = outcome_of(FICTIONAL.by_key["yawn count"], FICTIONAL)
    assert not yawns.reported_by("Fictional drops reduced dozing.")  # dozing is no surrogate of yawns
    assert outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL).reported_by("Nap quality was better.")


@pytest.mark.parametrize(
    ("outcome", "reports", "does_not"),
    [
        ("depression", "Quillmorin eased depressive symptoms.", "Quillmorin limited immune depression."),
        ("weight loss", "Zorvatin lowered body weight and BMI.", "Zorvatin lowered the odds of tooth loss."),
        ("bone density", "Quillmorin raised osteocalcin.", "Quillmorin lowered mortality."),
        ("blood pressure", "Systolic BP fell by 4 mmHg.", "Quillmorin lowered triglycerides."),
        ("inflammation", "Quillmorin lowered inflammatory activity.", "Quillmorin slowed tumour growth."),
    ],
)
def test_shipped_table_outcomes(outcome, reports, does_not):
    asked = outcome_of(table().by_key[outcome])
    assert asked.reported_by(reports) and not asked.reported_by(does_not)


def test_phrases_in_which_a_form_means_something_else_do_not_report_the_outcome():
    synonyms = SynonymTable.parse(
        "outcome\tdozing\t\t\t\tdozing engine | dozed valve\n"
        "intervention\tquillmorin\t\t\t\tquillmorin ring\n"
    )
    dozing = outcome_of(synonyms.by_key["dozing"], synonyms)
    assert not dozing.reported_by("The dozing engines of invented ships stalled.")
    assert not dozing.reported_by(
        "A dozed valve leaked."
    )  # stems meet, the phrase still means an engine part
    assert dozing.reported_by(
        "Dozing engines stalled and dozing in the afternoon fell."
    )  # a real mention too
    asked = replace(dozing, intervention=intervention_forms(synonyms.by_key["quillmorin"]))
    asked = replace(asked, intervention_excludes=synonyms.by_key["quillmorin"].excludes)
    assert asked.names_intervention("Quillmorin reduced dozing.")
    assert not asked.names_intervention("Quillmorin rings reduced dozing.")
    assert asked.without_excluded("Quillmorin rings, dozing engines.") == " " * 16 + ", " + " " * 14 + "."


def test_abbreviations_a_text_defines_and_the_outcome_they_report_there():
    text = "Dozing was rated on the Fictional Afternoon Nodding Off Scale (FANOS). FANOS scores fell."
    assert defined_abbreviations(text) == (("Fictional Afternoon Nodding Off Scale", "FANOS"),)
    dozing = outcome_of(FICTIONAL.by_key["dozing"], FICTIONAL)
    assert not dozing.reported_by("FANOS scores fell.")
    assert dozing.in_source(text).reported_by("FANOS scores fell.")
