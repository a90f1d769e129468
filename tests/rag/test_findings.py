"""Findings versus background: section labels, findings language, and where a sentence stands in its abstract."""

from index.store import StoredSentence
from rag.findings import aim_start, calls_for_research, is_finding, is_method


def finding(text: str, section: str | None, abstract: str = "", start: int = 0) -> bool:
    sentence = StoredSentence(0, "x#0", "x", 0, "sentence", section, text, start, start + len(text))
    return is_finding(sentence, abstract)


def test_aims_and_background_are_not_findings():
    """An aim restates the question ("To determine whether zorvatin reduces fatigue"): as a finding it would decide
    the verdict on its own wording."""

    assert not finding("To determine whether zorvatin reduces seasonal fatigue.", None)
    assert not finding("This study was planned to evaluate whether zorvatin reduces fatigue.", None)
    assert not finding("Zorvatin is associated with lower fatigue in earlier invented reports.", "BACKGROUND")
    assert not finding("Zorvatin reduced fatigue in a pilot.", "OBJECTIVE")
    assert finding("Zorvatin reduced fatigue compared with placebo.", "CONCLUSIONS")
    assert finding("Zorvatin reduced fatigue compared with placebo.", None)
    assert finding("To our knowledge, zorvatin reduced fatigue more than any invented drug.", None)


def test_what_a_paper_says_it_covers_is_not_a_finding():
    """ "The present paper introduces the benefits and risks of zorvatin" describes the paper, not a result."""
    assert not finding(
        "The present paper introduces the benefits and risks of zorvatin supplementation.", None
    )
    assert not finding("This review focuses on the reported effects of zorvatin on fatigue.", None)
    assert not finding("This article summarizes increased zorvatin use in invented sailors.", None)
    assert not finding("This review article is an attempt to share the reported risks of zorvatin.", None)
    assert not finding("The increased glimmer risk of zorvatin to humans is discussed.", None)
    assert not finding("The reported effects of zorvatin on fatigue are reviewed.", None)
    assert finding("This study shows that zorvatin reduced fatigue in invented sailors.", None)


def test_a_meta_analysis_or_trial_that_states_its_aim_reports_no_finding():
    """A meta-analysis stating its aim (NFCorpus MED-1616) had decided a verdict as the only finding of its
    source."""
    assert not finding(
        "This meta-analysis aimed to find out if zorvatin gives squires better fatigue scores.",
        None,
    )
    assert not finding("Our trial sought to determine if zorvatin lowers fatigue.", None)
    assert not finding(
        "We test the null hypothesis that zorvatin levels do not vary among invented fish.", None
    )
    assert not finding("This analysis set out to test whether zorvatin increased energy.", None)
    assert finding("The present meta-analysis showed that zorvatin reduced fatigue.", None)


def test_what_others_claim_or_once_thought_is_not_a_finding():
    """ "Walls and Judd (1933) postulated that ..." is history, "Tart snorvels are commercially promoted to ..."
    marketing: neither is evidence that the source found anything."""
    assert not finding(
        "Walls and Judd (1933) postulated that snorvel pigments could improve visual acuity.", None
    )
    assert not finding("Glimmer et al. (1998) found that snorvel reduced fatigue.", None)
    assert not finding("As early as 1782, Quill identified snorvel in the macula.", None)
    # what earlier work found, or what others found before the gap this work fills
    assert not finding("Previous studies have shown that snorvel reduced fatigue in invented sailors.", None)
    assert not finding("Prior studies in invented squires have suggested that snorvel lowers glimmer.", None)
    assert not finding(
        "Several studies have suggested a protective effect of snorvel, but the dose-response is unclear.",
        None,
    )
    assert not finding(
        "Studies that have addressed snorvel and glimmer were conducted mainly in invented countries.", None
    )
    assert finding(
        "Numerous studies have shown that snorvel decreases the risk of glimmer.", None
    )  # a review's
    # what is known, or has been studied
    assert not finding(
        'While it is generally known that "snorvel is good for you," less is known of why.', None
    )
    assert not finding(
        "The relationship between snorvel and glimmer risk has been extensively studied.", None
    )
    assert finding("Snorvel has been studied in detail and was found to reduce glimmer.", None)
    assert not finding("Tart snorvels are commercially promoted to possess anti-inflammatory activity.", None)
    assert not finding("It has been suggested that snorvel reduces fatigue in invented sailors.", None)
    assert not finding("Snorvels have been suggested as potentially lowering glimmer risk.", None)
    assert not finding("Zorvatin has been proposed to reduce fatigue in invented sailors.", None)
    assert not finding("Squires with glimmer rash are thought not to be at higher risk of hiccups.", None)
    assert not finding("It was hypothesized that a mixture of snorvel flavonoids would reduce glimmer.", None)
    assert not finding(
        "In a previous three-month study of zorvatin, decreased glimmer pain was observed.", None
    )
    assert not finding("There is growing interest in snorvel as an invented supplement.", None)
    assert not finding("None of the 19 variables assessed were identified as confounders.", None)
    assert not finding("Snorvel, another element believed to help prevent rash, is found in dates.", None)
    assert not finding("Some researchers have argued that snorvel increases the risk of invented rash.", None)
    assert not finding("Controversies regarding invented snorvel drinks divide glimmer experts.", None)
    # what was held before: a review's history of a food is no finding about it
    assert not finding("Earlier, snorvel used to be blamed for fat and associated with glimmer rash.", None)
    assert not finding("Snorvel has traditionally been associated with increased glimmer rash.", None)
    assert not finding("Snorvel was once thought to increase the risk of glimmer rash.", None)
    # what a thing is blamed for ("Does calcium cause kidney stones?" had been "yes" on such a sentence)
    assert not finding("The increase of snorvel excretion is also accused of favouring glimmer stones.", None)
    assert not finding(
        "Snorvel drinks have been blamed for increased glimmer rash in invented sailors.", None
    )
    assert finding("Snorvel can be used to better reduce glimmer rash (P = 0.01).", None)
    # what an essay sets out to do: "we revisit the hypothesis that ... increases the risk"
    assert not finding(
        "In this article, we revisit the hypothesis that snorvel increases glimmer risk.", None
    )
    assert not finding("In this review, we discuss how snorvel increases the risk of glimmer rash.", None)
    assert finding("Snorvel reduced fatigue compared with placebo (P = 0.01).", None)
    assert finding("Data from the Glimmer survey showed a reduced risk with snorvel.", None)
    # section labels decide before wording does
    assert finding("Walls (1933) postulated a benefit, and snorvel reduced fatigue.", "RESULTS")


KNOWN = "Earlier invented reports suggest that zorvatin reduced seasonal fatigue."
AIM = "We investigated whether zorvatin reduces fatigue in fictional sailors."
RESULT = "Zorvatin reduced fatigue compared with placebo (P = 0.01)."
OWN = "In this study, we have demonstrated that zorvatin reduced fatigue in mice."


def test_what_an_unlabelled_abstract_says_before_its_aim_is_background():
    abstract = " ".join([KNOWN, AIM, RESULT, "Fatigue fell."])
    assert aim_start(abstract) == len(KNOWN) + 1
    assert not finding(KNOWN, None, abstract)
    assert finding(RESULT, None, abstract, abstract.index(RESULT))
    assert finding(KNOWN, None)  # alone, it reads as a result


def test_place_does_not_overrule_labels_own_work_or_a_late_aim():
    abstract = " ".join([KNOWN, AIM, RESULT])
    assert finding(KNOWN, "RESULTS", abstract)  # a labelled result stays one
    own = " ".join([OWN, AIM, RESULT])
    assert finding(OWN, None, own)  # the source's own work, told before its aim
    late = " ".join([KNOWN, RESULT, "Fatigue fell in every invented group we studied.", AIM])
    assert aim_start(late) is None and finding(KNOWN, None, late)  # an aim in the second half: no place rule
    assert aim_start("To determine whether zorvatin helps. " + RESULT) == 0
    assert (
        aim_start("Sailors need to determine whether fog lifts. " + RESULT) is None
    )  # not at a sentence start


def test_an_unlabelled_abstract_closes_with_its_conclusion():
    closing = "Thus zorvatin improves seasonal fatigue in fictional sailors."
    abstract = " ".join([AIM, RESULT, closing])
    at = abstract.index(closing)
    assert finding(closing, None, abstract, at)
    assert finding(closing, None, abstract + " © 2031 Invented Press.", at)  # a copyright line may follow
    assert not finding(closing, None)  # elsewhere the present tense is background ("X improves Y")
    middle = " ".join([AIM, closing, RESULT])
    assert not finding(closing, None, middle, middle.index(closing))
    call = "Larger invented trials are needed to confirm that zorvatin improves fatigue."
    assert not finding(call, None, " ".join([AIM, RESULT, call]), len(AIM) + len(RESULT) + 2)


def test_section_labels_that_name_measures_or_background_are_not_findings():
    result = "Glimmer rose significantly in invented squires."
    assert not finding(result, "MAIN OUTCOME MEASURES")  # "outcome", but the measures planned
    assert not finding(result, "SUMMARY OF BACKGROUND DATA")  # "summary", but of what was known
    assert not finding(result, "DATA SOURCES")
    assert finding(result, "OUTCOMES") and finding(result, "SUMMARY") and finding(result, "DATA SYNTHESIS")
    assert finding(result, "METHODS AND RESULTS")
    assert is_method("MAIN OUTCOME MEASURES") and not is_method("METHODS AND RESULTS")


def test_jama_and_human_reproduction_headings_are_read_by_what_they_hold():
    """JAMA's and Human Reproduction's headings, read whole since their tails are part of the label."""
    result = "Glimmer rose significantly in invented squires."
    for section in (
        "MAIN OUTCOMES AND MEASURES",
        "EVIDENCE ACQUISITION",
        "STUDY FUNDING/COMPETING INTEREST(S)",
    ):
        assert not finding(result, section), section
    for section in ("STUDY QUESTION", "WHAT IS KNOWN ALREADY", "PURPOSE OF REVIEW"):
        assert not finding(result, section), section
    for section in ("CONCLUSIONS AND RELEVANCE", "SUMMARY ANSWER", "MAIN RESULTS AND THE ROLE OF CHANCE"):
        assert finding(result, section), section
    assert finding(result, "OBSERVATIONS")


def test_a_section_of_methods_and_findings_holds_findings_only_in_findings_language():
    """ "Participants were randomly assigned to two groups, one treated with zorvatin, the other with placebo" in a
    "Methods and Findings" section (NFCorpus MED-980) had read as a finding and decided a verdict."""
    method = "Invented squires were randomly assigned to two groups, one given zorvatin, the other placebo."
    for section in ("Methods and Findings", "METHODS AND RESULTS", "MEASUREMENTS AND MAIN RESULTS"):
        assert not finding(method, section), section
        assert finding("Glimmer rose significantly with zorvatin.", section), section
        assert finding("Zorvatin reduced glimmer by a third.", section), section
    assert finding(method, "RESULTS")


def test_a_call_for_more_research_is_no_finding_even_in_the_conclusions():
    """ "Further studies should examine ..." states no result; as the conclusion sentence closest to the question it
    had decided verdicts. A result reported by further analyses is still a finding."""
    for text in (
        "Further studies should examine how invented sailors perceive zorvatin.",
        "However, larger randomized trials are needed to confirm these fictional findings.",
        "Continued research is necessary to determine the role of zorvatin in fatigue.",
        "Future studies with larger invented samples are required to establish the dose.",
        "The potential roles of zorvatin and snorvel on invented mortality need further study.",
        "The toxicology of zorvatin needs systematic study, and quality control of its products must be set up.",
    ):
        assert calls_for_research(text)
        assert not finding(text, "CONCLUSIONS")
    for text in (
        "Further analysis showed that zorvatin reduced fatigue in invented sailors.",
        "More sailors improved with zorvatin than with placebo.",
        "Prospective studies found that zorvatin was associated with less fatigue.",
        "Zorvatin reduced fatigue, which needs further study.",
    ):
        assert not calls_for_research(text)
        assert finding(text, "CONCLUSIONS")


def test_a_question_is_no_finding_even_in_the_conclusions():
    """ "Is a gentle daily walk sufficient ...?" had decided a verdict on living longer (NFCorpus MED-2304)."""
    assert not finding("Is a gentle daily snorvel walk enough to make a real difference?", "CONCLUSIONS")
    assert not finding('Does zorvatin, then, reduce fatigue after all?"', None)
    assert finding("Zorvatin reduced fatigue (is this the dose? yes) in invented sailors.", "CONCLUSIONS")


def test_what_the_authors_did_a_worry_or_a_gap_is_no_finding():
    """ "The investigators compared the increase in relative risk ..." (a method) had answered "Are trans fats bad
    for the heart?" with "no"; "there is concern that X increases the risk" and "Research on X is limited" had
    read as support; "has been associated with ... in several studies" is what earlier work found."""
    assert not finding(
        "The investigators compared the increase in glimmer risk with zorvatin against placebo.", None
    )
    assert not finding(
        "We conducted a systematic review and meta-analysis to evaluate the relation of zorvatin and fatigue.",
        None,
    )
    assert not finding("However, there is concern that zorvatin increases the risk of glimmer rash.", None)
    assert not finding(
        "Research on zorvatin and glimmer risk is limited, and the findings are inconclusive.", None
    )
    assert not finding(
        "Higher snorvel intake has been associated with lower glimmer risk in several invented cohort studies.",
        None,
    )
    assert not finding(
        "To understand the glimmer risk better, we collected samples of the most common invented snorvels.",
        None,
    )
    assert not finding("We recruited 120 invented squires from three glimmer clinics.", None)
    # what they did and found, a limit of scope, and this study's own association are findings
    assert finding("We randomized 50 invented squires and found lower fatigue with zorvatin.", None)
    assert finding("We compared two invented diets and found that zorvatin reduced fatigue.", None)
    assert finding("Evidence from this invented trial is limited to squires, whose fatigue decreased.", None)
    assert finding("Snorvel intake has been associated with lower glimmer risk in this cohort.", None)


def test_what_the_study_examined_is_no_finding():
    """ "The study examined the association between intake of nuts and incident cardiovascular disease" had
    decided "Does eating nuts lower the risk of heart disease?" as a supporting finding (NFCorpus MED-4706)."""
    assert not finding(
        "The study examined the association between snorvel intake and incident glimmer disease in squires.",
        None,
    )
    assert not finding(
        "This invented cohort study assesses the association between zorvatin and fatigue.", None
    )
    assert not finding("The present trial compared zorvatin with placebo in 80 invented squires.", None)
    # what it examined and found is a finding
    assert finding(
        "The study examined 300 invented squires and found lower glimmer risk with zorvatin.", None
    )
    assert finding("This analysis compared two invented diets and showed that zorvatin eased fatigue.", None)


def test_a_belief_or_what_needs_doing_is_no_finding():
    """ "As the number of older individuals continues to increase, it is important to develop interventions ..."
    had supported "Does exercise help older adults?", and "there is a misconception among consumers that increased
    consumption may lead to unwanted gain in body weight" was a deciding finding on nuts."""
    assert not finding(
        "As the number of invented squires continues to increase, it is important to develop snorvel interventions.",
        None,
    )
    assert not finding(
        "There is a misconception among consumers that increased zorvatin intake may lead to glimmer gain.",
        None,
    )
    assert not finding("There is a widespread belief that snorvels increase the risk of glimmer rash.", None)
    assert not finding(
        "Accordingly, there is a need for novel snorvel agents that are effective and safe.", None
    )
    # what it is important to know, found: a finding
    assert finding("It is important that zorvatin reduced fatigue in invented squires (P < 0.01).", None)


def test_an_editors_summary_is_read_by_its_own_headings():
    """PLoS Medicine's plain-language summary comes appended to the abstract's conclusions; its background ("Every
    day ... new research shows that some aspect of lifestyle ... affects health and longevity") had decided a
    question on walking as a conclusion."""
    abstract = (
        "Zorvatin reduced fatigue in invented squires. Editors' Summary Background. Every day, new research shows "
        "that snorvels affect glimmer health. Why Was This Study Done? Earlier work found that snorvels reduced "
        "glimmer risk. What Did the Researchers Do and Find? They recruited 300 invented squires. Squires given "
        "zorvatin had significantly less fatigue. What Do These Findings Mean? These findings indicate that "
        "zorvatin eases fatigue."
    )

    def summary_finding(text: str) -> bool:
        start = abstract.index(text)
        return finding(text, "Conclusions", abstract, start)

    assert summary_finding("Zorvatin reduced fatigue in invented squires.")  # the abstract's own conclusion
    assert not summary_finding("Every day, new research shows that snorvels affect glimmer health.")
    assert not summary_finding("Earlier work found that snorvels reduced glimmer risk.")
    assert not summary_finding("They recruited 300 invented squires.")
    assert summary_finding("Squires given zorvatin had significantly less fatigue.")
    assert summary_finding("These findings indicate that zorvatin eases fatigue.")


def test_an_outcome_measure_a_definition_or_history_is_no_finding():
    """ "Our primary outcome measure was standardized mean difference ..." had supported "Does omega-3 help with
    depression?", "Celiac disease is an immune-mediated inflammatory disorder ..." a gluten question, "Importance
    Milk consumption during adolescence is recommended ..." (a label run into its text) a milk question, and "In the
    early 1970s, research conducted by Dr. Benjamin Feingold found ..." a food dye question."""
    assert not finding(
        "Our primary outcome measure was the standardized mean difference in glimmer scores.", None
    )
    assert not finding(
        "Glimmer disease is an immune-mediated inflammatory disorder caused by snorvels.", None
    )
    assert not finding("Importance Zorvatin intake is recommended to reduce invented fatigue.", None)
    assert not finding(
        "In the early 1970s, research by Dr. Snorvel found that zorvatin reduced fatigue.", None
    )
    # a result stated with its measure, and one dated by its year, are findings
    assert finding("The primary outcome improved significantly with zorvatin (P < 0.01).", None)
    assert finding("In 2019, fatigue decreased significantly among zorvatin users.", None)


def test_how_something_was_measured_is_no_finding():
    """ "The endothelial performance was estimated by ... FMD (flow-mediated dilatation) ..." (NFCorpus MED-1640)
    had read as a finding ("mediated") and decided a coffee verdict as supporting harm."""
    assert not finding(
        "Endothelial function was estimated by flow-mediated dilatation before and after invented zorvatin tea.",
        None,
    )
    assert not finding(
        "Hazard ratios for glimmer were estimated with Cox regression in invented squires.", None
    )
    assert not finding("The risk of glimmer was determined from proportional hazards regression.", None)
    assert finding("Glimmer was measured in 40 squires and was significantly lower after zorvatin.", None)
    assert finding("A significantly lower glimmer score was recorded in the zorvatin group.", None)
    assert finding("Glimmer was measured in 40 squires.", "RESULTS")


def test_what_a_literature_search_found_is_no_finding():
    """ "The search methods employed identified 443 entries, from which ... six eligible cohort case studies ..."
    (NFCorpus MED-981) had decided "Is a vegan diet adequate for vitamin B12?" once findings had to be on veganism."""
    assert not finding(
        "The search methods employed identified 443 entries, from which six invented cohort studies were kept.",
        None,
    )
    assert not finding("Our search yielded 2,702 citations on zorvatin.", None)
    assert not finding("We identified 68 publications meeting inclusion criteria on zorvatin.", None)
    assert finding("Zorvatin identified 40 squires at significantly higher risk of glimmer.", None)


def test_what_a_review_will_discuss_is_no_finding():
    """ "This article will discuss some aspects of the potato GAs, including their toxic effects ..." (NFCorpus
    MED-4914) had decided "Are potatoes unhealthy?"."""
    assert not finding("This article will discuss the toxic effects of invented zorvatin.", None)
    assert not finding("This review will also summarize adverse effects of zorvatin in squires.", None)
    assert finding("Zorvatin will likely reduce glimmer significantly in squires.", None)


def test_a_recommendation_that_closes_an_unlabelled_abstract_is_its_conclusion():
    """ "Infants and young children should not be fed a vegan diet." closes a position paper on complementary
    feeding (NFCorpus MED-5134) and is what it concludes; it had read as background."""
    abstract = (
        "This invented position paper summarizes evidence on zorvatin. Zorvatin powder was reviewed. "
        "Invented squires should not be fed zorvatin powder."
    )
    last = abstract.index("Invented squires")
    assert finding("Invented squires should not be fed zorvatin powder.", None, abstract, last)
    assert not finding("Further studies should be encouraged to test zorvatin.", None, abstract, last)
