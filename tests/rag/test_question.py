import pytest

from index.lexical import analyze
from rag.question import question_terms, spelled, topic_phrases


def test_topic_phrases_drop_question_words_and_keep_spelling():
    assert topic_phrases("Does vitamin K2 improve bone density?") == ["vitamin K2", "bone density"]
    assert topic_phrases("Is fish oil (omega-3) good for the heart?") == ["fish oil", "omega-3", "heart"]
    assert topic_phrases("Does it work?") == []
    assert topic_phrases("Is snorvel oil healthy?") == ["snorvel oil"]  # "healthy" asks, like "good for"
    # "On eat and blood pressure, ..."
    assert topic_phrases("What should I eat to lower my glimmer rash?") == ["glimmer rash"]
    assert topic_phrases("Should I eat snorvels to lower my glimmer rash?") == [
        "eat snorvels",
        "glimmer rash",
    ]
    # words that frame a question had counted as topic a source must cover ("Does timing *matter*?")
    assert topic_phrases("Is glimmer rash still a key option? Does timing matter?") == [
        "glimmer rash",
        "timing",
    ]
    assert topic_phrases("Is it possible to consider snorvel? Can it play a role?") == ["snorvel"]


def test_words_that_judge_the_topic_frame_a_question():
    """ "dangerous" asks what "harmful" asks, "efficacious" what "effective" asks; "sufficient", "necessary",
    "justified" judge the topic too. As topic words they had to be in a source: "Is snorvel still dangerous?"
    abstained where no source says "dangerous" but its sources report snorvel's mortality."""
    assert topic_phrases("Is snorvel still dangerous?") == ["snorvel"]
    assert topic_phrases("Is glimmer rash surgery efficacious and necessary?") == ["glimmer rash surgery"]
    assert topic_phrases("Are current snorvel guidelines sufficient, adequate and justified?") == [
        "current snorvel guidelines"
    ]


def test_a_capital_letter_names_and_a_contracted_negation_does_not():
    """ "vitamin A" had been "vitamin" (the letter read as the article), and "eggs don't" a topic with the
    terms "don" and "t" that no source covers."""
    assert topic_phrases("Can too much vitamin A be harmful?") == ["vitamin A"]
    assert topic_phrases("Is hepatitis A snorvel safe?") == ["hepatitis A snorvel"]
    assert topic_phrases("Is it true that snorvel eggs don't raise cholesterol?") == [
        "snorvel eggs",
        "cholesterol",
    ]
    assert topic_phrases("Should I take snorvel when I am tired?") == ["snorvel", "tired"]


def test_proof_need_and_ones_frame_a_question():
    """ "Is there proof of snorvel ...?" had required a source to say "proof"; "need" and "ones" say nothing of
    the topic either."""
    assert topic_phrases("Is there proof of snorvel preventing glimmer rash?") == [
        "snorvel preventing glimmer rash"
    ]
    assert topic_phrases("Do squires need more snorvel? Are fresh ones better?") == [
        "squires",
        "snorvel",
        "fresh",
    ]
    assert topic_phrases("Can you get too much snorvel? Is walking enough?") == ["snorvel", "walking"]


def test_side_effects_are_one_topic():
    """ "What are the side effects of snorvel?" had been about "side" ("effects" frames other questions)."""
    assert topic_phrases("What are the side effects of snorvel?") == ["side effects", "snorvel"]
    assert topic_phrases("Does snorvel have adverse effects?") == ["snorvel", "adverse effects"]
    assert topic_phrases("What effects does snorvel have?") == ["snorvel"]


def test_unseen_terms_weigh_most_in_coverage():
    terms = question_terms(
        "Does vitamin K2 improve bone density?", {"vitamin": 50, "bone": 40, "densiti": 30}, 1000
    )
    assert terms.terms["k2"] > terms.terms["densiti"] > terms.terms["vitamin"]
    without_k2 = terms.coverage({"vitamin", "bone", "densiti"})
    assert without_k2 < 0.6 < terms.coverage({"vitamin", "k2", "vitamink2", "bone"})
    assert question_terms("Does it work?", {}, 10).coverage(set()) == 1.0


def test_words_for_how_often_or_how_something_is_eaten_weigh_a_quarter():
    """ "Is it okay to eat eggs every day?" had abstained: the rare "eat" and "every" held most of its weight,
    and the sources on eggs, which say "consumption", covered 0.26 of it."""
    frequency = {"eat": 40, "everi": 20, "day": 200, "snorvel": 40}
    terms = question_terms("Is it okay to eat snorvels every day?", frequency, 1000)
    assert terms.terms["everi"] < terms.terms["snorvel"] / 3
    assert terms.coverage({"snorvel", "eat"}) > 0.7  # a source that says it is eaten, not how often


def test_required_terms_are_identifiers_and_unseen_words():
    terms = question_terms("Does vitamin K2 help quillmorin users?", {"vitamin": 5, "k2": 1, "user": 3}, 100)
    assert terms.required == {"k2", "vitamink2", "quillmorin", "vitamin"}  # the intervention's words too
    assert terms.unseen == {"vitamink2", "quillmorin"}


def test_a_table_intervention_is_required_in_any_of_its_names():
    """A source about olive oil does not answer a question about fish oil; one about cod liver oil does."""
    corpus = {"fish": 30, "oil": 60, "oliv": 20, "blood": 90, "pressur": 80, "cod": 3, "liver": 50}
    terms = question_terms("Does fish oil lower blood pressure?", corpus, 1000)
    assert terms.intervention_terms == {"fish", "oil"} and terms.intervention_terms <= terms.required
    assert terms.missing_required({"oliv", "oil", "blood", "pressur"}) == {"fish", "oil"}
    assert not terms.missing_required({"cod", "liver", "oil", "blood", "pressur"})
    assert (
        question_terms("Does snorvel lower blood pressure?", corpus, 1000).intervention_terms == frozenset()
    )


def test_a_source_that_names_the_intervention_only_inside_an_excluded_phrase_lacks_it():
    """Calcium channel blockers are drugs: a source about them does not answer a question about calcium."""
    corpus = {"calcium": 40, "channel": 20, "blocker": 20, "heart": 90, "attack": 30, "supplement": 60}
    terms = question_terms("Does calcium supplementation raise heart attack risk?", corpus, 1000)
    drugs = "Fictional calcium channel blockers lowered heart attack risk."
    pills = "Fictional calcium pills raised heart attack risk; calcium channel blockers did not."
    assert terms.missing_required(frozenset(analyze(terms.without_excluded(drugs)))) == {"calcium"}
    assert not terms.missing_required(frozenset(analyze(terms.without_excluded(pills))))


def test_chat_filler_is_not_a_topic():
    assert topic_phrases("Hi, please tell me: does zinc help colds? thanks lol") == ["zinc", "colds"]


# Synonym-aware gate. Document frequencies are made up; the table is the shipped one.
K2_CORPUS = {"vitamin": 50, "k": 30, "vitamink": 20, "k2": 3, "vitamink2": 3, "2": 400}
K2_CORPUS |= {"bone": 40, "densiti": 30, "turnov": 5, "marker": 9}


def test_a_word_the_corpus_never_saw_is_not_unseen_when_a_synonym_is_known():
    terms = question_terms("Does menaquinone improve bone turnover markers?", K2_CORPUS, 1000)
    assert terms.absent == {"menaquinon"} and terms.unseen == frozenset()
    assert terms.required == {"menaquinon"}  # still required, in any of its names
    assert [g.name for g in terms.groups] == ["vitamin K2", "bone turnover markers"]
    without_k2 = {"bone": 4, "turnov": 2, "marker": 3}
    unknown = question_terms("Does menaquinone improve bone turnover markers?", without_k2, 1000)
    assert unknown.unseen == {"menaquinon"}  # no name of vitamin K2 is in this corpus: unanswerable


def test_required_terms_accept_any_name_of_their_concept():
    by_synonym = question_terms("Does menaquinone improve bone turnover markers?", K2_CORPUS, 1000)
    vitamin_k2 = set(analyze("Vitamin K2 (VK2) increased osteocalcin."))
    assert by_synonym.missing_required(vitamin_k2) == frozenset()
    vitamin_k = set(analyze("Vitamin K intake and bone density in 2 cohorts."))
    assert by_synonym.missing_required(vitamin_k) == {"menaquinon"}

    by_name = question_terms("Does vitamin K2 improve bone density?", K2_CORPUS, 1000)
    assert by_name.required == {"k2", "vitamink2", "vitamin"}
    assert not by_name.missing_required(
        set(analyze("Menaquinone-7 supplementation for 12 months."))
    )  # narrower
    assert not by_name.missing_required(set(analyze("MK7 was given daily.")))  # spelled without the hyphen
    assert by_name.missing_required(vitamin_k) == {"k2", "vitamink2", "vitamin"}


def test_a_spelling_variant_asks_for_the_concept_not_its_loose_tokens():
    terms = question_terms("Does vitamin K-2 improve bone density?", K2_CORPUS, 1000)
    assert terms.required == {"k", "2", "vitamink", "vitamin"}
    assert terms.missing_required(set(analyze("Vitamin K status and 2 markers of bone health.")))
    assert not terms.missing_required(set(analyze("Vitamin K2 and bone health.")))


def test_a_broader_name_does_not_cover_a_narrower_question():
    terms = question_terms("Does MK-7 improve bone density?", {"mk": 2, "7": 900, "bone": 40}, 1000)
    assert terms.missing_required(set(analyze("Vitamin K2 improved bone density.")))
    assert not terms.missing_required(set(analyze("Menaquinone-7 improved bone density.")))


def test_coverage_counts_a_concept_named_in_other_words():
    terms = question_terms("Is fish oil good for the heart?", {"fish": 60, "oil": 80, "heart": 100}, 1000)
    plain = set(analyze("Fish oil and cardiovascular health in older adults."))
    assert terms.coverage(plain) == 1.0  # "cardiovascular health" names the heart-health concept
    assert terms.coverage(set(analyze("Fish oil and liver enzymes."))) < 0.7
    # a term the question also uses outside the concept keeps its literal meaning: "bone" of "bone pain"
    frequency = {"bone": 40, "densiti": 30, "pain": 50}
    terms = question_terms("Does bone density affect bone pain?", frequency, 1000)
    assert [sorted(g.terms) for g in terms.groups] == [["densiti"]]
    without_bone = 1 - terms.terms["bone"] / terms.total_weight
    assert terms.coverage(set(analyze("BMD and pain"))) == pytest.approx(without_bone)


def test_coverage_meets_a_word_in_another_form_of_its_stem():
    """ "diagnosis" and "diagnosed" stem to "diagnosi" and "diagnos": an abstract that reports who was
    diagnosed covers a question about diagnosis (stems meet on their first letters, as outcomes do)."""
    terms = question_terms(
        "Does zorvatin delay the diagnosis?", {"zorvatin": 5, "delay": 50, "diagnosi": 60}, 1000
    )
    assert terms.coverage(set(analyze("Zorvatin delayed when patients were diagnosed."))) == 1.0
    assert terms.coverage(set(analyze("Zorvatin delayed the treatment."))) < 1.0


def test_topic_names_intervention_and_outcome_like_the_reference_page():
    assert question_terms("Does vitamin K2 improve bone density?", K2_CORPUS, 1000).topic == (
        "vitamin K2 and bone density"
    )
    assert question_terms("Does menaquinone improve bone turnover markers?", K2_CORPUS, 1000).topic == (
        "menaquinone (vitamin K2) and bone turnover markers"
    )
    # without an outcome the topic phrases stand, as before
    assert question_terms("Is quillmorin safe?", {}, 10).topic == "quillmorin"
    assert question_terms("Does it work?", {}, 10).topic == "this question"


def test_a_question_with_extra_spaces_is_read_the_same():
    spaced = question_terms("Does  menaquinone   improve bone turnover markers?", K2_CORPUS, 1000)
    assert [sorted(g.terms) for g in spaced.groups] == [["menaquinon"], ["bone", "marker", "turnov"]]


def test_menaquinone_question_is_answered_from_the_vitamin_k2_review(seeded_pipeline):
    """End to end: the seed review says "vitamin K2" and never "menaquinone"."""
    answer = seeded_pipeline.ask("Does menaquinone improve bone turnover markers?")
    assert answer.status == "answered"
    assert "seed:zhang-2025-vk2-btm" in {s.id for s in answer.sources}
    assert answer.topic == "menaquinone (vitamin K2) and bone turnover markers"


def test_spelled_gives_the_question_words_behind_stems_in_any_script():
    assert spelled("Are fictional Zorvatin users getting sicker?", {"sicker"}) == ["sicker"]
    assert spelled("Is Sjögren's fatigue linked to zorvatin?", {"sjögren"}) == ["Sjögren's"]
    assert spelled("Does zorvatin help?", set()) == []


def test_possessives_and_counts_are_not_required_terms():
    """ "The public's view" must not require a one-letter "s", nor "in 370 women" the number 370."""
    frequency = {"public": 3, "valuat": 2, "zorvatin": 1, "women": 5, "s": 4}
    terms = question_terms("Does zorvatin change the public's valuation in 370 women?", frequency, 10)
    assert "s" not in terms.terms and "370" not in terms.required and "370" not in terms.unseen
    assert topic_phrases("Is Snorvel's gangrene contagious?") == ["Snorvel's gangrene contagious"]


def test_an_unseen_compound_is_not_unseen_in_a_source_that_writes_it_apart():
    corpus = {"shock": 9, "wave": 7, "lithotripsi": 4, "clear": 8, "stone": 12}
    terms = question_terms("Does shockwave lithotripsy clear stones?", corpus, 100)
    assert terms.unseen == {"shockwav"}  # no source writes "shockwave" ...
    apart = set(analyze("Extracorporeal shock wave lithotripsy cleared 80% of stones."))
    assert terms.unseen_in(apart) == frozenset() and not terms.missing_required(apart)
    elsewhere = set(analyze("Ureteroscopy cleared 80% of stones; a wave of referrals followed."))
    assert terms.unseen_in(elsewhere) == {"shockwav"}  # ... and this one does not write it apart either


def test_a_required_code_a_source_writes_joined_is_not_missing():
    corpus = {"ota": 3, "31": 5, "a1": 4, "3": 9, "fractur": 20, "snorvel": 2, "screw": 3}
    terms = question_terms("Do snorvel screws help OTA 31 A1-3 fractures?", corpus, 100)
    assert "a1" in terms.required
    assert not terms.missing_required(set(analyze("Invented OTA 31A1-3 fractures took snorvel screws.")))
    assert "a1" in terms.missing_required(set(analyze("Invented OTA 31B2 fractures took snorvel screws.")))


def test_a_source_may_name_a_spelled_out_abbreviation_by_the_abbreviation():
    """ "Is implant retention useful in infected TKA?" is read as "... total knee arthroplasty?"; a source that
    writes only "TKA" (its title defined it) still names it."""
    corpus = {"implant": 3, "retent": 2, "infect": 9, "total": 20, "knee": 6, "arthroplasti": 4, "tka": 2}
    question = "Is implant retention useful in infected total knee arthroplasty?"
    plain = question_terms(question, corpus, 100)
    spelled = question_terms(question, corpus, 100, (("total knee arthroplasty", "TKA"),))
    only_short = set(analyze("Implant retention cured 30 of 40 infected TKA in invented squires."))
    assert spelled.coverage(only_short) == 1.0 > plain.coverage(only_short)


def test_an_outcome_the_table_does_not_know_is_asked_in_the_question_s_own_words():
    """A table intervention with an outcome the table lacks: findings must name the outcome's key word."""
    terms = question_terms("Does folate prevent snorvel rash?", {}, 1000)
    assert terms.outcome is not None and terms.outcome.worded
    assert terms.outcome.concept.name == "snorvel rash" and terms.outcome.direction == "down"
    assert terms.outcome.reported_by("Folic acid halved rash in invented infants.")
    assert not terms.outcome.reported_by("Folic acid lowered homocysteine in invented infants.")
    unknown = question_terms("Does quillmorin prevent snorvel rash?", {}, 1000).outcome  # no table one
    assert unknown is not None and unknown.worded  # the outcome in the question's words
    # and the intervention in its own words too
    assert unknown.intervention == (frozenset({"quillmo"}),) and not unknown.intervention_groups
    assert question_terms("Is folate safe for men?", {}, 1000).outcome is None  # who, not what


def test_words_that_ask_about_evidence_are_no_topic():
    assert topic_phrases("What does the evidence say about quillmorin and dozing?") == [
        "quillmorin",
        "dozing",
    ]


def test_an_intervention_the_table_lacks_beside_a_table_outcome_must_be_named_by_the_source():
    terms = question_terms("Does red snorvel rice lower blood pressure?", {}, 1000)
    assert terms.outcome is not None and terms.outcome.intervention and not terms.outcome.intervention_groups
    assert terms.outcome.names_intervention("Red snorvel rice lowered systolic pressure.")
    assert not terms.outcome.names_intervention("White rice raised systolic pressure.")
    # the outcome words must end in the table outcome: "blood pressure patients" names who
    assert question_terms("Does red snorvel rice help blood pressure patients?", {}, 1000).outcome is None


@pytest.mark.parametrize(
    "question",
    [
        "Does snorvel improve blood sugar control?",
        "Does snorvel sauce reduce prostate cancer risk?",
        "Does snorvel raise blood pressure levels?",
        "Does snorvel prevent heart disease?",  # "disease" is generic, but here it is part of the outcome
    ],
)
def test_generic_words_after_the_table_outcome_still_ask_about_it(question):
    """ "blood sugar *control*" is blood sugar: a chromium trial's weight-loss finding must not decide it."""
    terms = question_terms(question, {}, 1000)
    assert terms.outcome is not None and terms.outcome.intervention and not terms.outcome.intervention_groups


def test_plain_chocolate_is_a_form_of_cocoa():
    terms = question_terms("Does eating chocolate cause acne?", {}, 1000)
    assert terms.outcome is not None and terms.outcome.names_intervention("Chocolate raised acne counts.")
    assert not terms.outcome.names_intervention("Milk raised acne counts.")


def test_an_everyday_outcome_beside_an_intervention_the_table_lacks_must_be_named():
    """ "Does dark chocolate improve mood?" had been "yes" on findings about blood pressure and vasodilation."""
    terms = question_terms("Does dark snorvel improve mood?", {}, 1000)
    assert terms.outcome is not None and terms.outcome.worded
    assert terms.outcome.names_intervention("Dark snorvel lifted mood scores in invented adults.")
    assert not terms.outcome.names_intervention("Lavender lifted mood scores in invented adults.")
    assert terms.outcome.reported_by("Snorvel lifted mood scores in invented adults.")
    assert not terms.outcome.reported_by("Snorvel lowered blood pressure in invented adults.")
    # long outcomes are how technical questions put them, in other words than their findings
    assert question_terms("Does snorvel change glimmer ratios of late quill cells?", {}, 1000).outcome is None
    assert question_terms("Is snorvel bad for people without glimmer?", {}, 1000).outcome is None  # who


def test_an_abbreviation_the_question_defines_names_its_long_form_and_back():
    """ "the glimmer rash index (GRI)": a source that writes only "GRI" covers the long form, and a question word
    the corpus never saw ("GSC") is known when its long form is. "GRX" spells no "glimmer score" (no x):
    Schwartz and Hearst's rule, that every letter of the abbreviation be found in the long form, in order."""
    corpus = {"glimmer": 5, "rash": 9, "index": 30, "gri": 4, "reliabl": 20, "snorvel": 6, "score": 40}
    terms = question_terms("Is the glimmer rash index (GRI) reliable?", corpus, 100)
    only_short = set(analyze("The GRI was reliable in invented clinics."))
    assert terms.coverage(only_short) == 1.0
    unknown = question_terms("Is the glimmer score (GSC) reliable?", corpus, 100)
    assert unknown.unseen == frozenset()  # "gsc" is named whenever "glimmer score" is
    assert not unknown.missing_required(set(analyze("The glimmer score was reliable.")))
    assert question_terms("Is the glimmer score (GRX) reliable?", corpus, 100).unseen == {"grx"}


def test_an_outcome_reported_the_other_way_round_is_asked_to_rise_when_the_verb_says_nothing():
    corpus = {"fish": 5, "oil": 5, "live": 3, "longer": 3}
    assert question_terms("Does fish oil help you live longer?", corpus, 10).outcome.direction == "up"
    assert question_terms("Does fish oil shorten life expectancy?", corpus, 10).outcome.direction == "down"
    assert question_terms("Does fish oil help heart health?", corpus, 10).outcome.direction is None
    # an intervention in the question's own words
    assert question_terms("Does eating snorvel help you live longer?", corpus, 10).outcome.direction == "up"


def test_outcomes_listed_together_are_each_reported():
    """ "Treating asthma and eczema with plant-based diets": once asthma was a table outcome, eczema findings no
    longer answered it; any outcome of the list does, and the first still names it."""
    outcome = question_terms("Treating asthma and eczema with probiotics", {}, 1).outcome
    assert outcome is not None and outcome.concept.name == "asthma"
    assert outcome.reported_by("Zorvatin eased atopic dermatitis in invented adults.")
    assert outcome.reported_by("Zorvatin eased asthma in invented adults.")
    either = question_terms("Do probiotics help asthma, hay fever or eczema?", {}, 1).outcome
    assert either is not None and either.reported_by("Zorvatin eased seasonal allergies.")
    # an outcome further on, not listed with it, is no second outcome
    alone = question_terms("Do probiotics help asthma in children with eczema?", {}, 1).outcome
    assert alone is not None and not alone.reported_by("Zorvatin eased atopic dermatitis in invented adults.")


def test_a_contraction_is_no_topic_word():
    """ "I'm 45 and pre-diabetic. Would cinnamon help my blood sugar?" abstained: the "m" of "I'm" was a
    one-letter term no source holds."""
    assert topic_phrases("I'm 45. Would zorvatin help my glimmer?") == ["45", "zorvatin", "glimmer"]
    assert topic_phrases("We've tried zorvatin; it's fine, isn't it?") == ["tried zorvatin", "fine"]
