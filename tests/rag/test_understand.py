"""Understanding questions: the intervention/outcome split, the topic and the expansions.

Mechanics are tested on a small fictional table (``conftest.py``); a few tests read questions with the shipped
table."""

from rag.question import topic_phrases
from rag.question_shape import names_something
from rag.understand import understand


def frame(question, synonyms):
    return understand(question, synonyms)


def assert_sides(cases, synonyms):
    """Each question of ``cases`` is read with the (intervention, outcome) it maps to."""
    for question, expected in cases.items():
        got = frame(question, synonyms)
        assert (got.intervention, got.outcome) == expected, question


def test_intervention_and_outcome_from_the_question_shape(fictional):
    cases = {
        "Does quillmorin improve sleep latency?": ("quillmorin", "sleep latency"),
        "Is zorvatin good for seasonal fatigue?": ("zorvatin", "seasonal fatigue"),
        "Zorvatin for seasonal fatigue": ("Zorvatin", "seasonal fatigue"),
        "Treating winter tiredness with zorvatin": ("zorvatin", "winter tiredness"),
        "Effect of QM-7 on sleep latency in older adults": ("QM-7", "sleep latency"),
        "Does taking quillmorin daily shorten the time to fall asleep?": (
            "quillmorin",
            "time to fall asleep",
        ),
        # unknown to the table: the same shapes, in the question's own words
        "Can dimbleweed tea cause hiccups in children?": ("dimbleweed tea", "hiccups"),
        "Snorvel extract and nail strength": ("Snorvel extract", "nail strength"),
    }
    assert_sides(cases, fictional)


def test_table_kinds_decide_when_the_shape_says_nothing(fictional):
    got = frame("quillmorin sleep latency", fictional)
    assert (got.intervention, got.outcome) == ("quillmorin", "sleep latency")
    assert got.intervention_mention.concept.name == "quillmorin"
    # a word between them goes to one phrase, not to both: "vitamin D deficiency depression" had read
    # "deficiency depression" as the outcome beside "vitamin D deficiency"
    between = frame("quillmorin deficiency sleep latency", fictional)
    assert (between.intervention, between.outcome) == ("quillmorin deficiency", "sleep latency")
    # who is asked about is no outcome: "Are multivitamins useful for older people?" had asked about "older"
    assert frame("Is quillmorin useful for older people?", fictional).outcome is None
    # nor are those who do a sport: "Is beet juice good for cyclists?" had asked for findings on cyclists
    assert frame("Is quillmorin good for cyclists?", fictional).outcome is None
    # chat spellings of "you": "do carbs make u fat" had read "u fat" as the outcome
    assert frame("does zorvatin make u sleepy", fictional).outcome == "sleepy"
    assert topic_phrases("is zorvatin bad for u") == ["zorvatin"]
    assert topic_phrases("Do U.S. zorvatin rates differ?")[0].startswith("U")  # "U" names something there
    alone = frame("Quillmorin", fictional)
    assert (alone.intervention, alone.outcome, alone.topic) == ("Quillmorin", None, None)


def test_lists_are_not_split_into_intervention_and_outcome(fictional):
    got = frame("Quillmorin, zorvatin, and snorvel", fictional)
    assert got.outcome is None
    assert frame("Quillmorin and zorvatin", fictional).outcome is None  # two interventions


def test_the_outcome_side_takes_no_intervention_concept(fictional):
    got = frame("Does quillmorin help zorvatin users sleep?", fictional)
    assert got.outcome == "zorvatin users sleep" and got.outcome_mention is None


def test_an_outcome_concept_in_the_population_is_not_the_outcome(fictional):
    got = frame("Does quillmorin ease leg cramps in adults with seasonal fatigue?", fictional)
    assert got.outcome == "leg cramps" and got.outcome_mention is None
    named = frame("Does quillmorin shorten sleep latency in adults with seasonal fatigue?", fictional)
    assert named.outcome_mention.concept.name == "sleep latency"


def test_expansions_are_the_other_names_once_each(fictional):
    got = frame("Does QLM shorten sleep latency?", fictional)
    assert got.expansions == (
        "quillmorin",
        "quillmorine",
        "Quillium nocturna",
        "QM-7",
        "quillmorin-7",
        "quillmorin oil",
        "time to fall asleep",
        "SOL",
    )
    assert "QLM" not in got.expansions and "sleep latency" not in got.expansions
    assert [c.name for c in frame("Does QM7 help?", fictional).broader] == ["quillmorin"]


def test_topic_names_the_concept_when_the_question_uses_an_abbreviation(fictional):
    assert frame("Does QLM shorten SOL?", fictional).topic == "QLM (quillmorin) and SOL (sleep latency)"
    assert (
        frame("Does quillmorin-7 shorten sleep latency?", fictional).topic == "quillmorin-7 and sleep latency"
    )
    assert frame("Does quillmorin shorten sleep latency?", fictional).topic == "quillmorin and sleep latency"


def test_shipped_table_reads_the_reference_questions():
    seed = understand("Does vitamin K2 improve bone density?")
    assert (seed.intervention, seed.outcome, seed.topic) == (
        "vitamin K2",
        "bone density",
        "vitamin K2 and bone density",
    )
    synonym = understand("Does menaquinone improve bone turnover markers?")
    assert synonym.topic == "menaquinone (vitamin K2) and bone turnover markers"
    assert synonym.intervention_mention.concept.name == "vitamin K2"
    assert "vitamin K2" in synonym.expansions and "MK-7" in synonym.expansions
    assert understand("Does vitamin K-2 help BMD?").topic == "vitamin K-2 and BMD (bone density)"
    heart = understand("Is fish oil good for the heart?")
    assert (heart.intervention, heart.outcome) == ("fish oil", "heart")
    assert [c.name for c in heart.broader] == ["omega-3 fatty acids"]


def test_weight_said_as_a_verb_is_the_weight_outcome_named_as_a_noun():
    """ "Does green tea help you lose weight?" had the worded outcome "lose weight", which no finding on weight
    loss reported, and the answer said "none of their findings ... reports lose weight"."""
    lose = understand("Does green tea help you lose weight?")
    assert lose.outcome_mention.concept.name == "weight loss"
    assert lose.topic == "green tea and weight loss"
    gain = understand("Do nuts make you gain weight?")
    assert gain.outcome_mention.concept.name == "body weight"
    assert gain.topic == "nuts and body weight"
    assert understand("Do nuts cause weight gain?").topic == "nuts and weight gain"


def test_shipped_table_names_organs_as_outcomes_and_cod_liver_oil_as_an_intervention():
    """ "Is salt bad for the kidneys?" had no verdict on a finding of "renal disease" and "renal stones": the
    organs are outcome groups whose surrogates are its diseases ("related", one way); "cod liver oil" is a fish
    oil, not the liver."""
    from rag.outcomes import outcome_of

    kidneys = understand("Is salt bad for the kidneys?").outcome_mention.concept
    assert kidneys.name == "kidney health"
    assert outcome_of(kidneys).reported_by("High salt intake raised the risk of renal stones.")
    assert not outcome_of(kidneys).reported_by("Kidney beans lowered invented cholesterol.")
    cod = understand("Is cod liver oil good for arthritis?")
    assert (cod.intervention_mention.concept.name, cod.outcome_mention.concept.name) == (
        "cod liver oil",
        "arthritis",
    )
    assert understand("Does lutein protect your eyes?").outcome_mention.concept.name == "eye health"


def test_a_verb_splits_before_a_risk_of_phrase_and_a_capital_letter_names_something():
    falls = understand("Does vitamin D reduce the risk of dozing in older quillmorin users?")
    assert (falls.intervention, falls.outcome) == ("vitamin D", "risk of dozing")  # not "dozing" / "older"
    assert understand("Does vitamin A supplementation reduce dozing?").intervention == "vitamin A"
    assert understand("Does calcium interfere with zorvatin absorption?").intervention == "calcium"
    built = understand("Does quillmorin protein build snorvel muscle?")  # had been one topic
    assert (built.intervention, built.outcome) == ("quillmorin protein", "snorvel muscle")
    assert understand("Does zorvatin oil kill glimmer bacteria?").outcome == "glimmer bacteria"
    effect = understand("What is the effect of vitamin D on dozing?")
    assert (effect.intervention, effect.outcome) == ("vitamin D", "dozing")


def test_a_passive_names_the_intervention_after_by(fictional):
    """ "Is sleep latency shortened by quillmorin?" asks about quillmorin: the agent after "by" had been read as
    the outcome and the subject as the intervention."""
    got = frame("Is sleep latency shortened by quillmorin?", fictional)
    assert (got.intervention, got.outcome) == ("quillmorin", "sleep latency")
    assert got.intervention_mention.concept.name == "quillmorin"
    assert got.outcome_mention.concept.name == "sleep latency"
    worded = frame("Are glimmer scores influenced by dimbleweed tea?", fictional)
    assert (worded.intervention, worded.outcome) == ("dimbleweed tea", "glimmer scores")


def test_a_participle_after_the_auxiliary_describes_the_subject(fictional):
    """ "Will *delayed* snorvel surgery increase hiccups?": the verb is "increase"; "delayed" had split the
    question after the auxiliary, leaving the title before the colon as the intervention."""
    got = frame("Snorvel timing: will delayed snorvel surgery increase hiccups?", fictional)
    assert (got.intervention, got.outcome) == ("delayed snorvel surgery", "hiccups")
    assert frame("Does reduced quillmorin intake shorten sleep latency?", fictional).intervention == (
        "reduced quillmorin intake"
    )
    assert frame("Is delayed quillmorin good for sleep latency?", fictional).outcome == "sleep latency"


def test_after_a_statement_the_question_s_own_sentence_is_read_first(fictional):
    """ "Quillmorin in a control group. Is sleep latency influenced by snorvel?": the title before the full stop
    had given the split ("control" read as the verb); "vs." ends no sentence."""
    got = frame("Quillmorin in a control group. Is sleep latency influenced by snorvel?", fictional)
    assert (got.intervention, got.outcome) == ("snorvel", "sleep latency")
    versus = frame("Quillmorin vs. Zorvatin for sleep latency", fictional)
    assert (versus.intervention, versus.outcome) == ("Quillmorin vs. Zorvatin", "sleep latency")
    listed = frame("Glimmer rash in invented sailors. Implications for sleep latency?", fictional)
    assert listed.intervention is None  # "Implications for X" frames the question, names no intervention


def test_a_genus_initial_ends_no_clause(fictional):
    """ "Can cranberry juice fight H. pylori?": the full stop after a genus's initial had ended the clause, leaving
    "H" as the outcome; a question after an initial still starts a sentence ("... vitamin Q. Is it safe?")."""
    got = frame("Can dimbleweed tea fight Z. snorvelii?", fictional)
    assert (got.intervention, got.outcome) == ("dimbleweed tea", "Z. snorvelii")
    assert frame("Does Q. glimmeri cause hiccups?", fictional).intervention == "Q. glimmeri"
    assert frame("I take quillmorin Q. is it good for sleep latency?", fictional).outcome == "sleep latency"


def test_people_who_do_something_are_the_intervention(fictional):
    """ "Do people who eat chili peppers live longer?" had no intervention (the whole question was its outcome)."""
    cases = {
        "Do people who eat dimbleweed live longer?": ("dimbleweed", "live longer"),
        "Do women who drink zorvatin tea have less glimmer rash?": ("zorvatin tea", "glimmer rash"),
        "Do people who regularly take quillmorin get fewer hiccups?": ("quillmorin", "fewer hiccups"),
    }
    assert_sides(cases, fictional)


def test_protective_against_feeds_and_a_texted_with_split_the_question(fictional):
    """ "Is fiber protective against colon cancer?" had "fiber protective" as its intervention, "Is it true that
    sugar feeds cancer?" "sugar feeds", "Does eating fish expose you to too much mercury?" none, and "does vit d
    help w/ depression" abstained on the "w" of "w/"."""
    cases = {
        "Is zorvatin protective against glimmer rash?": ("zorvatin", "glimmer rash"),
        "Is it true that quillmorin feeds hiccups?": ("quillmorin", "hiccups"),
        "does zorvatin help w/ seasonal fatigue": ("zorvatin", "seasonal fatigue"),
        "Does eating snorvels expose you to too much zorvatin?": ("eating snorvels", "zorvatin"),
    }
    assert_sides(cases, fictional)
    assert frame("Is snorvel animal feed safe for hiccups?", fictional).intervention != "snorvel animal"


def test_make_and_give_are_verbs(fictional):
    """ "Does zorvatin make children sleepy?": "make" had joined the intervention ("zorvatin make") and left the
    question without an outcome; "better", "worse", "more likely" and "go away" say how, not what."""
    cases = {
        "Does quillmorin make seasonal fatigue worse?": ("quillmorin", "seasonal fatigue"),
        "Does zorvatin make glimmer rash more likely?": ("zorvatin", "glimmer rash"),
        "Does dimbleweed tea make snorvel pain go away?": ("dimbleweed tea", "snorvel pain"),
        "Does zorvatin give you hiccups?": ("zorvatin", "hiccups"),
        "Does dimbleweed tea make a difference to glimmer scores?": ("dimbleweed tea", "glimmer scores"),
    }
    assert_sides(cases, fictional)
    # saying what something is, not what it does: "make good sentinels" splits nothing
    assert frame("Do snorvel nurses make good sentinels for hiccups?", fictional).outcome != "sentinels"


def test_everyday_verbs_split_and_nouns_do_not(fictional):
    """ "Does green tea interact with blood thinners?" had read "green tea interact" as the intervention and
    answered from findings on blood sugar; verbs that are nouns too ("aneurysm repair", "burn") are left out."""
    cases = {
        "Does zorvatin interact with glimmer pills?": ("zorvatin", "glimmer pills"),
        "Does dimbleweed tea clog snorvel arteries?": ("dimbleweed tea", "snorvel arteries"),
        "Does quillmorin relax glimmer muscles?": ("quillmorin", "glimmer muscles"),
        "Does zorvatin weaken snorvel bones?": ("zorvatin", "snorvel bones"),
        "Does snorvel oil thin the glimmer?": ("snorvel oil", "glimmer"),
        # "Does blue light at night disrupt sleep?" had "night disrupt sleep" as its outcome
        "Does snorvel light at night disrupt glimmer sleep?": ("snorvel light at night", "glimmer sleep"),
        "Does boiling destroy zorvatin in dimbleweed?": ("boiling", "zorvatin"),
        "Does quillmorin deplete glimmer stores?": ("quillmorin", "glimmer stores"),
        "Does snorvel oil keep glimmer arteries healthy?": ("snorvel oil", "glimmer arteries"),
        # "Does sugar exacerbate acne?" had read "sugar exacerbate" as the intervention
        "Does zorvatin exacerbate glimmer acne?": ("zorvatin", "glimmer acne"),
        "Does dimbleweed tea accelerate snorvel aging?": ("dimbleweed tea", "snorvel aging"),
        "Does zorvatin diminish snorvel pain?": ("zorvatin", "snorvel pain"),
        "Does snorvel oil dampen glimmer swelling?": ("snorvel oil", "glimmer swelling"),
        "Does quillmorin hasten snorvel decline?": ("quillmorin", "snorvel decline"),
        "Is snorvel speed related to glimmer decline?": (
            "snorvel speed",
            "glimmer decline",
        ),  # a noun, no verb
        "Does quillmorin elevate snorvel pressure?": ("quillmorin", "snorvel pressure"),
    }
    assert_sides(cases, fictional)
    assert frame("Is snorvel repair justified in glimmer patients?", fictional).intervention != "snorvel"


def test_an_intervention_side_that_weighs_two_things_names_both(fictional):
    """ "Are eggs worse than bacon for cholesterol?" had been answered on "eggs worse than bacon"."""
    got = frame("Are snorvels worse than glimmers for seasonal fatigue?", fictional)
    assert (got.intervention, got.outcome) == ("snorvels versus glimmers", "seasonal fatigue")


def test_what_to_eat_or_drink_is_what_is_asked_not_the_intervention(fictional):
    """ "What should I eat to lower my blood pressure?" had "eat" as its intervention ("On eat and blood
    pressure, ...")."""
    cases = {
        "What should I eat to lower my glimmer rash?": (None, "glimmer rash"),
        "What can I drink to ease snorvel cramps?": (None, "snorvel cramps"),
        "Should I eat quillmorin to lower my glimmer rash?": ("eat quillmorin", "glimmer rash"),
    }
    assert_sides(cases, fictional)


def test_a_verb_of_length_before_life_asks_about_longevity():
    """ "Does sitting too much shorten your life?" had "life" as an outcome in its own words, which findings on
    mortality never name."""
    for question in ("Does zorvatin shorten your life?", "Can glimmering extend life?"):
        got = understand(question)
        assert got.outcome == "life" and got.outcome_mention.concept.name == "longevity", question
    assert understand("Does zorvatin improve quality of life?").outcome_mention.concept.name != "longevity"
    assert understand("Does zorvatin shorten glimmer life cycles?").outcome_mention is None


def test_help_before_a_verb_is_one_verb(fictional):
    """ "Does garlic help fight colds?" had "fight colds" as its outcome, which no source says."""
    cases = {
        "Does zorvatin help fight glimmer rash?": ("zorvatin", "glimmer rash"),
        "Can dimbleweed tea help to relax snorvel muscles?": ("dimbleweed tea", "snorvel muscles"),
        "Does quillmorin help glimmer rash?": ("quillmorin", "glimmer rash"),
    }
    assert_sides(cases, fictional)


def test_a_measure_compared_between_groups_makes_the_group_the_exposure(fictional):
    """ "Is sleep latency lower in people who take quillmorin?" asks about quillmorin's effect on sleep latency;
    the comparative had been read as the verb, with the measure as the intervention."""
    got = frame("Is sleep latency lower in people who take quillmorin?", fictional)
    assert (got.intervention_mention.concept.name, got.outcome) == ("quillmorin", "sleep latency")
    assert frame("Are hiccups more common among zorvatin users?", fictional).outcome == "hiccups"


def test_what_to_take_when_one_has_a_condition(fictional):
    """ "Should I take dimbleweed tea when I have hiccups?": the condition is the outcome; the pronoun "I" is
    no letter that names something, as the D of "vitamin D" is."""
    got = frame("Should I take dimbleweed tea when I have hiccups?", fictional)
    assert (got.intervention, got.outcome) == ("dimbleweed tea", "hiccups")  # had been neither
    assert frame("Can I use snorvel oil if I get glimmer rash?", fictional).intervention == "snorvel oil"
    assert understand("Does vitamin A supplementation reduce dozing?").intervention == "vitamin A"


def test_a_letter_names_something_only_after_a_topic_word(fictional):
    """One rule for both readings of a question (``names_something``): the A of "and A" had been a name to
    the side reader, which made it the outcome of a list, while the topic reader saw the article."""
    assert names_something("A", "vitamin") and names_something("B", "hepatitis")
    assert (
        not names_something("A", None)
        and not names_something("A", "and")
        and not names_something("I", "type")
    )
    assert frame("Are snorvel C and A safe?", fictional).outcome is None  # had been "A"
    assert topic_phrases("Are snorvel C and A safe?") == ["snorvel C"]


def test_the_shipped_table_knows_sugar_but_not_inside_blood_sugar():
    """ "Does sugar make children hyperactive?" had been answered from food-additive trials that never name
    sugar: sugar was no table intervention, so no source had to name it."""
    assert understand("Does sugar make children hyperactive?").intervention_mention.concept.name == "sugar"
    blood = understand("Does cinnamon lower blood sugar?")
    assert (blood.intervention_mention.concept.name, blood.outcome_mention.concept.name) == (
        "cinnamon",
        "blood sugar",
    )


def test_an_outcome_side_that_opens_with_who_is_studied_asks_about_their_condition(fictional):
    """ "Is zorvatin useful for children with hiccups?" asks about hiccups: the outcome had been "children", a
    population, which names no outcome, so any finding on zorvatin decided."""
    assert frame("Is zorvatin useful for children with hiccups?", fictional).outcome == "hiccups"
    older = frame("Does quillmorin help older adults with sleep latency?", fictional)
    assert (older.outcome, older.outcome_mention.concept.name) == ("sleep latency", "sleep latency")
    # an outcome first keeps its population after it: who, not what
    assert (
        frame("Can snorvel prevent glimmer rash in patients with hiccups?", fictional).outcome
        == "glimmer rash"
    )


def test_who_benefits_from_an_intervention_is_no_outcome(fictional):
    """ "Can sailors benefit from zorvatin?" asks about zorvatin: "benefit from" had made the sailors the
    intervention and zorvatin the outcome."""
    got = frame("Can sailors benefit from zorvatin?", fictional)
    assert (got.intervention, got.intervention_mention.concept.name) == ("zorvatin", "zorvatin")
    assert frame("Does zorvatin benefit sailors?", fictional).intervention == "zorvatin"


def test_the_word_after_how_that_asks_for_a_duration_is_no_topic(fictional):
    """ "How long does it take for zorvatin to work?" had "long" as its intervention."""
    assert frame("How long does it take for zorvatin to work?", fictional).intervention == "zorvatin"
    assert topic_phrases("How often should I take quillmorin?") == ["quillmorin"]
    assert topic_phrases("Does zorvatin help long glimmer?") == ["zorvatin", "long glimmer"]


def test_an_adverb_of_an_association_belongs_to_the_verb(fictional):
    """ "Is red meat *positively* associated with colon cancer?" had read "red meat positively" as the
    intervention, and a statement ("Birth-weight is negatively associated with ...") likewise."""
    cases = {
        "Is dimbleweed tea positively associated with hiccups?": ("dimbleweed tea", "hiccups"),
        "Is zorvatin inversely related to seasonal fatigue?": ("zorvatin", "seasonal fatigue"),
        "Snorvel extract is negatively associated with nail strength.": ("Snorvel extract", "nail strength"),
        "Is quillmorin independently linked to sleep latency?": ("quillmorin", "sleep latency"),
        "Are snorvel levels correlated with nail strength?": ("snorvel levels", "nail strength"),
    }
    assert_sides(cases, fictional)


def test_the_sign_of_an_asked_association_is_no_topic():
    """ "Is X positively associated with Y?" is about X and Y, not about "X positively". "Correlated" stays a
    topic word: "are correlated results possible from homebrew assays?" asks about the correlation itself."""
    assert topic_phrases("Is dimbleweed tea positively associated with hiccups?") == [
        "dimbleweed tea",
        "hiccups",
    ]
    assert "inversely" not in " ".join(topic_phrases("Is zorvatin inversely related to seasonal fatigue?"))
    assert topic_phrases("Are correlated snorvel results possible?") == ["correlated snorvel results"]


def test_a_risk_for_an_outcome_is_no_population(fictional):
    """ "the risk *for* heart disease" names the outcome after "for", as "the risk *of*" does; "for" had cut it
    off as if it named who is studied, leaving "risk" as the outcome."""
    cases = {
        "Does zorvatin increase the risk for snorvel rash?": ("zorvatin", "risk for snorvel rash"),
        "Does dimbleweed tea raise risks for hiccups in children?": ("dimbleweed tea", "risks for hiccups"),
    }
    assert_sides(cases, fictional)
