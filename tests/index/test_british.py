import pytest

from index.british import american, american_text


@pytest.mark.parametrize(
    ("british", "us"),
    [
        ("tumour", "tumor"),
        ("behavioural", "behavioral"),
        ("favourable", "favorable"),
        ("odour", "odor"),
        ("randomised", "randomized"),
        ("organisation", "organization"),
        ("fertiliser", "fertilizer"),
        ("analysed", "analyzed"),
        ("paralyse", "paralyze"),
        ("fibre", "fiber"),
        ("centres", "centers"),
        ("litre", "liter"),
        ("haemoglobin", "hemoglobin"),
        ("haem", "heme"),
        ("anaemia", "anemia"),
        ("hypoglycaemic", "hypoglycemic"),
        ("paediatric", "pediatric"),
        ("orthopaedic", "orthopedic"),
        ("oesophageal", "esophageal"),
        ("oestrogen", "estrogen"),
        ("diarrhoea", "diarrhea"),
        ("dyspnoea", "dyspnea"),
        ("foetal", "fetal"),
        ("coeliac", "celiac"),
        ("sulphate", "sulfate"),
        ("disulphide", "disulfide"),
        ("yoghurt", "yogurt"),
        ("grey", "gray"),
        ("programme", "program"),
        ("centred", "centered"),
    ],
)
def test_british_spellings_read_as_american(british, us):
    assert american(british) == us


@pytest.mark.parametrize(
    "word",
    [
        "tumor",
        "four",
        "hour",
        "flour",
        "journal",
        "course",
        "nourish",
        "genre",
        "analysis",
        "diagnosis",
        "rise",
        "raise",
        "vitamin",
        "k2",
        "sepsis",
        "academic",
        "theater",
        "mediocre",
    ],
)
def test_american_and_plain_words_stay(word):
    assert american(word) == word


def test_words_the_patterns_would_join_with_another_stay_apart():
    """A rule may change a word with no American twin (both sides read it the same way), never into another
    word: "scoured" is no "scored", "timbre" no "timber"."""
    assert american("scoured") != "scored"
    assert american("timbre") != "timber"
    assert american("flours") == "flours"


def test_a_text_is_spelled_the_american_way_word_by_word():
    assert american_text("Does Fibre help paediatric anaemia (and tumours)?") == (
        "Does Fiber help pediatric anemia (and tumors)?"
    )
    assert american_text("Does vitamin K2 help?") == "Does vitamin K2 help?"


def test_a_respelling_the_caller_rejects_is_left_as_written():
    def known(british, american):
        return american != "exercize"

    assert american_text("Does exercise lower tumour growth?", known) == "Does exercise lower tumor growth?"
    assert american("contour") == "contour"
