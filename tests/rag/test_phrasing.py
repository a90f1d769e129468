"""Reading a question as the claim it asks about. Questions are invented."""

import pytest

from rag.phrasing import as_claim, positive_claim


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        ("Is there any evidence that quillmorin shortens sleep?", "quillmorin shortens sleep?"),
        ("Any evidence that quillmorin shortens sleep?", "quillmorin shortens sleep?"),
        ("Is it true that zorvatin doesn't cause fatigue?", "zorvatin doesn't cause fatigue?"),
        ("Is there proof that quillmorin helps sleep?", "quillmorin helps sleep?"),
        ("Do studies show that zorvatin lowers fatigue?", "zorvatin lowers fatigue?"),
        ("Has it been proven that quillmorin works?", "quillmorin works?"),
        ("I heard that zorvatin raises blood pressure. True?", "zorvatin raises blood pressure?"),
        # what one has read or been told, and the check after it
        (
            "I've been reading that zorvatin is bad for the liver, is that true?",
            "zorvatin is bad for the liver?",
        ),
        ("My doctor said quillmorin causes fatigue. Is that right?", "quillmorin causes fatigue?"),
        ("Zorvatin is bad for you, is that true?", "Zorvatin is bad for you?"),
        ("Is the zorvatin effect true?", "Is the zorvatin effect true?"),  # "true" is the question here
        # a question of its own after what the doctor said is no claim of the doctor's to check
        (
            "My doctor says my glimmer is high. Will zorvatin help?",
            "My doctor says my glimmer is high. Will zorvatin help?",
        ),
        ("Does zorvatin cause fatigue or not?", "Does zorvatin cause fatigue?"),
        ("Does quillmorin help, or not?", "Does quillmorin help?"),
        ("Does zorvatin help your heart or is that a myth?", "Does zorvatin help your heart?"),
        ("Does quillmorin work, or is it just hype?", "Does quillmorin work?"),
        ("Doesn't zorvatin raise blood pressure?", "Does zorvatin raise blood pressure?"),
        ("Isn't quillmorin bad for you?", "Is quillmorin bad for you?"),
        ("Can't zorvatin harm the liver?", "Can zorvatin harm the liver?"),
        ("Won't quillmorin keep me awake?", "Will quillmorin keep me awake?"),
        # worries and keyword queries about a harm ask the question of that harm: "Turmeric side effects" had read
        # "Turmeric side" as the intervention and answered as if a benefit were asked
        ("Zorvatin side effects", "What are the side effects of Zorvatin?"),
        ("side effects of red quillmorin", "What are the side effects of red quillmorin?"),
        ("Dangers of glimmer drinks", "What are the risks of glimmer drinks?"),
        ("Should I worry about snorvel in rice?", "Is snorvel in rice harmful?"),
        ("Can you get too much zorvatin?", "Is too much zorvatin harmful?"),
        ("Is it possible to take too much quillmorin?", "Is too much quillmorin harmful?"),
        # ... and about benefits, or both sides
        ("Benefits of red zorvatin", "What are the benefits of red zorvatin?"),
        ("Pros and cons of snorvel fasting", "What are the pros and cons of snorvel fasting?"),
        # a comma that groups digits is no clause break: "10,000 IU" had read as the topics "10" and "000 IU"
        ("Is 10,000 IU of zorvatin a day safe?", "Is 10000 IU of zorvatin a day safe?"),
        ("Any evidence that walking 1,250,000 snorvel steps helps?", "walking 1250000 snorvel steps helps?"),
    ],
)
def test_the_words_around_a_claim_are_set_aside(question, claim):
    assert as_claim(question) == claim


@pytest.mark.parametrize(
    "question",
    [
        "Does quillmorin shorten sleep latency?",
        "Is zorvatin good or not good for fatigue?",  # "or not" inside the question, not its tail
        "Is there evidence?",  # nothing after the wrapper: kept as asked
        "Is it true that?",
        "Does zorvatin not raise blood pressure?",  # a denial inside the question is its claim
        "Is the evidence that quillmorin works strong?",
        "Can't sleep: does quillmorin help?",  # had been "Can sleep: ..."
        "Won't stop sneezing, does zorvatin help?",
        "Are zorvatin, snorvel and quillmorin alike in 2019,500 squires?",  # no number grouped in threes
        "Does zorvatin have side effects?",  # a question already
        "Zorvatin by bolus vs infusion: does it ease fatigue while reducing the side effects?",  # asks more
        "Can you eat too much?",  # too much of nothing named
    ],
)
def test_a_question_with_nothing_around_its_claim_is_kept(question):
    assert as_claim(question) == question


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        (
            "My aunt swears by quillmorine. Does it shorten sleep latency?",
            "Does quillmorine shorten sleep latency?",
        ),
        ("I take zorvatin every night. Is it safe?", "Is zorvatin safe?"),
        ("I've started zorvatin. So far so good! Do they cause fatigue?", "Do zorvatin cause fatigue?"),
        # kept: "it" stands for what follows, two interventions came before, or the question names its own
        ("I take zorvatin. Is it better to take it at night?", None),
        ("I take zorvatin. Is it worth it?", None),
        ("I take zorvatin and quillmorin. Do they help sleep?", None),
        ("I take zorvatin. Does quillmorin help sleep?", None),
        ("Does it shorten sleep latency?", None),
    ],
)
def test_the_pronoun_of_a_question_after_a_statement_is_its_intervention(fictional, question, claim):
    """ "My doctor told me to take X. Does it prevent Y?" had been a claim about "it", with no intervention, and
    the statement's words ("every night") topic that a source had to cover."""
    assert as_claim(question, fictional) == (claim or question)


@pytest.mark.parametrize(
    ("claim", "positive"),
    [
        ("zorvatin doesn't raise fatigue?", "Does zorvatin raise fatigue?"),
        ("Quillmorin oil does not shorten sleep latency?", "Does quillmorin oil shorten sleep latency?"),
        ("Do snorvel eggs not raise cholesterol?", "Do snorvel eggs raise cholesterol?"),
        ("zorvatin isn't good for the heart?", "Is zorvatin good for the heart?"),
        ("zorvatin cannot damage the kidneys?", "Can zorvatin damage the kidneys?"),
        # "a waste of money" claims that it does nothing ("Are multivitamins a waste of money?" had been "no" on
        # findings that they did not reduce cardiovascular events)
        ("Are zorvatin pills a waste of money?", "Do zorvatin pills work?"),
        ("Is quillmorin just a waste of time?", "Does quillmorin work?"),
        # "has no effect on", "shows no benefit for": the effect denied in a noun
        ("Zorvatin has no effect on seasonal fatigue.", "Does zorvatin affect seasonal fatigue?"),
        ("Quillmorin oil shows no benefit for sleep latency", "Does quillmorin oil help sleep latency?"),
        (
            "Snorvel pills have no significant impact on nail strength?",
            "Do snorvel pills affect nail strength?",
        ),
        ("Zorvatin showed no benefit in seasonal fatigue.", "Did zorvatin help seasonal fatigue?"),
        ("Does zorvatin have no effect on fatigue?", None),  # asked, not claimed: left as it is
        # no claim denied: the subject's own "not", "not only", a question word, a clause of the subject
        ("Is not eating zorvatin harmful?", None),
        ("Does zorvatin not only raise fatigue but also hiccups?", None),
        ("Why doesn't zorvatin help?", None),
        ("Do patients who are not given zorvatin get tired?", None),
        ("Does zorvatin raise fatigue?", None),
    ],
)
def test_a_claim_that_denies_an_effect_asks_about_the_effect(claim, positive):
    """ "Is it true that eggs don't raise cholesterol?" had been answered "no" on findings of no effect."""
    assert positive_claim(claim) == positive


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How much zorvatin should I take a day?", "how much"),
        ("How long does it take for zorvatin to work?", "how long"),
        ("How often should I take quillmorin?", "how often"),
        ("What dose of zorvatin lowers fatigue?", "what dose"),
        ("What is the recommended dose of quillmorin?", "what is the recommended dose"),
        ("Does zorvatin lower fatigue?", None),
        ("What helps with seasonal fatigue?", None),  # asks what, which findings of an effect answer
        ("Is a long course of zorvatin better?", None),
        ("Is zorvatin or quillmorin better for fatigue?", "which is better"),
        ("Which is better for sleep, zorvatin or quillmorin?", "which is better"),
        # both sides of something: "Pros and cons of intermittent fasting" had read "Pros" as the intervention
        ("What are the pros and cons of snorvel fasting?", "pros and cons"),
        ("What are the benefits and risks of zorvatin?", "benefits and risks"),
        ("whats the best glimmer for energy", "which is best"),
        ("What's the best zorvatin for sleep?", "which is best"),
        ("What are the best snorvels for fatigue?", "which is best"),
        ("Is zorvatin better than quillmorin?", "which is better"),  # one side against another
        ("Is snorvel milk healthier for kids than glimmer milk?", "which is better"),
        ("Is zorvatin as good as quillmorin for sleep?", "which is better"),
        ("Is zorvatin more effective than quillmorin?", None),  # on a named measure: effectiveness
        ("Does zorvatin give better invented sleep quality than quillmorin?", None),
        ("Is zorvatin better than placebo for fatigue?", None),  # whether it works
        ("Is taking zorvatin better than doing nothing?", None),
        ("Do snorvel eaters live longer than others?", None),  # an outcome compared between groups
        ("Should I take zorvatin before or after meals?", None),  # timing
        ("Does zorvatin cause rash or not?", None),
        ("Which foods cause invented rash?", None),  # which ones, not which of two is better
        # where something is found: "Which foods are high in nitrates?" had been "supports an effect"
        ("Which foods are high in zorvatin?", "which foods are high in zorvatin"),
        ("What foods are rich in snorvel oil?", "what foods are rich in snorvel oil"),
    ],
)
def test_questions_that_ask_for_an_amount_or_a_choice(question, amount):
    """Yes or no answers no amount, duration or frequency, nor a choice: "How much vitamin D should I take a
    day?" had been answered "most of the cited evidence supports an effect", "Is turmeric or ginger better for
    inflammation?" "yes". Nor, here, one side against another: "Is whole milk better than skim milk?" had been
    "supports an effect on acne", on findings about skim milk alone."""
    from rag.phrasing import beyond_yes_no

    assert beyond_yes_no(question) == amount


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("Is snorvel better than glimmer?", ("snorvel", "glimmer")),
        ("Is snorvel milk healthier for kids than glimmer milk?", ("snorvel milk", "glimmer milk")),
        ("Are snorvels really worse than glimmers for invented rash?", ("snorvels", "glimmers")),
        ("Is a snorvel diet as good as a glimmer diet?", ("a snorvel diet", "a glimmer diet")),
        ("Is zorvatin better than placebo?", None),  # whether it works
        ("Is zorvatin or quillmorin better?", None),  # a choice: no two sides to weigh in that order
        ("Is it better to take zorvatin in the morning than at night?", None),  # no things to weigh
        ("Does zorvatin lower fatigue?", None),
    ],
)
def test_the_sides_a_comparison_weighs(question, sides):
    from rag.phrasing import compared_sides

    assert compared_sides(question) == sides
