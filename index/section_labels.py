"""Structured-abstract section labels ("RESULTS:", "Conclusions"): reading them off a sentence, and the
sentence boundaries the splitter's backends miss at them ("cancer. METHODS We ...")."""

from __future__ import annotations

import re

Span = tuple[int, int]

# Structured-abstract headings. Upper-case forms are recognised without a colon too ("RESULTS The rate..."),
# as PubMed text often drops it; so are title-case forms, but only before a capital or a digit ("Results A
# total of ...", "Context Basic and observational studies ...", "Design Prospective cohort study"), never
# before a lower-case word ("Results were mixed"): NFCorpus writes 1,114 labels so, in 286 abstracts.
_LABEL_WORDS = (
    # JAMA's, Human Reproduction's and others' longer headings first, before the words they open with:
    # "MAIN OUTCOME MEASUREMENTS", "EVIDENCE ACQUISITION", "SUMMARY ANSWER", "PURPOSE OF REVIEW"
    r"MAIN OUTCOMES? MEASUREMENTS|OUTCOMES? MEASURED|EVIDENCE (?:REVIEW|ACQUISITION|SYNTHESIS)|OBSERVATIONS|"
    r"STUDY QUESTION|SUMMARY ANSWER|WHAT IS KNOWN ALREADY|WIDER IMPLICATIONS OF THE FINDINGS|STUDY FUNDING|"
    r"COMPETING INTERESTS?(?:\(S\))?|PURPOSE OF (?:THE )?REVIEW|SIGNIFICANCE STATEMENT|"
    r"BACKGROUNDS?|OBJECTIVES?|AIMS?|PURPOSES?|INTRODUCTION|HYPOTHESIS|RATIONALE|CONTEXT|IMPORTANCE|"
    r"METHODS?|METHODOLOGY|MATERIALS?|DESIGNS?|SETTINGS?|PARTICIPANTS|PATIENTS|SUBJECTS|POPULATION|"
    r"INTERVENTIONS?|EXPOSURES?|MEASUREMENTS?|MAIN OUTCOMES?(?: MEASURES?)?|OUTCOMES?(?: MEASURES?)?|"
    r"DATA SOURCES?|STUDY SELECTION|DATA EXTRACTION|DATA SYNTHESIS|STUDY DESIGN|CASE (?:PRESENTATION|REPORT)|"
    r"RESULTS?|FINDINGS|CONCLUSIONS?|INTERPRETATIONS?|DISCUSSION|SIGNIFICANCE|LIMITATIONS|IMPLICATIONS|"
    r"TRIAL REGISTRATION|REGISTRATION|FUNDING|EVIDENCE|"
    # bioinformatics, review and PLoS headings ("MOTIVATION", "AVAILABILITY AND IMPLEMENTATION", "METHODOLOGY/
    # PRINCIPAL FINDINGS", "SEARCH STRATEGY", "DATA COLLECTION AND ANALYSIS")
    r"(?:LAY )?SUMMARY|(?:RECENT|PRINCIPAL|MAIN|KEY) FINDINGS|MAIN RESULTS|KEY POINTS|EXPERIMENTAL DESIGN|"
    r"MOTIVATION|AVAILABILITY(?: AND IMPLEMENTATION)?|SELECTION CRITERIA|SEARCH STRATEGY|DATA COLLECTION AND ANALYSIS|"
    r"RESEARCH DESIGN|REVIEW METHODS|STUDY OBJECTIVES?|GENERAL SIGNIFICANCE|UNLABELLED|ABSTRACT"
)
# Words that end a heading after "AND", "OF" or "FROM" but open none: "CONCLUSIONS AND RELEVANCE", "DATA
# EXTRACTION AND SYNTHESIS", "MAIN RESULTS AND THE ROLE OF CHANCE", "SUMMARY OF BACKGROUND DATA". Unread, the
# heading's tail had stayed in the sentence ("AND MEASURES Net differences in ... were assessed") and the
# sentence kept the heading's first part as its section, "MAIN OUTCOMES", which reads as findings.
_LABEL_TAILS = (
    r"RELEVANCE|SYNTHESIS|MEASURES?|(?:THE )?ROLE OF CHANCE|REASONS FOR CAUTION|STUDY AIMS|CLINICAL IMPORTANCE|"
    r"BACKGROUND DATA|STUDY SELECTION|SIZE|DURATION|FINDINGS?"
)
_CAPS_LABEL = (
    rf"(?:{_LABEL_WORDS})(?:(?:,? AND (?:THE )?|, | ?[/&] ?| OF | FROM )(?:{_LABEL_TAILS}|{_LABEL_WORDS}))*"
)
_TITLE_LABEL = (
    r"(?:Background|Objectives?|Aims?|Purpose|Introduction|Methods?|Materials and methods|Design|Setting"
    r"|Participants|Patients|Interventions?|Measurements?|Main outcome measures?|Results?|Findings"
    r"|Conclusions?|Discussion|Interpretation|Significance|Context|Limitations|Trial registration"
    # PLoS compound headings: "Methodology/Principal Findings", "Conclusions/Significance", "Methods and Findings"
    r"|Methodology/Principal Findings|Methods and (?:Results|Findings)|Background/Aims?"
    r"|Conclusions?(?:/| and )(?:Significance|Relevance|Implications))"
)
_SECTION_LABEL_RE = re.compile(
    rf"^(?P<label>{_CAPS_LABEL}(?=\s*:|\s+[A-Z0-9(])|[A-Z][A-Z0-9]*(?:[ /&,-]+[A-Z][A-Z0-9]*)*(?=\s*:)"
    rf"|{_TITLE_LABEL}(?=\s*:|\s+[A-Z0-9]))\s*:?\s+(?=\S)"
)
# A known upper-case label right after a sentence end, inside one candidate sentence: a missed boundary.
_INNER_LABEL_RE = re.compile(rf"(?<=[.!?)\]])\s+(?={_CAPS_LABEL}(?:\s*:\s*|\s+)[A-Z0-9(])")
# A candidate sentence that ends in a bare label (". CONCLUSIONS"): the label belongs to the next one.
_BARE_LABEL_RE = re.compile(rf"{_CAPS_LABEL}:?")
_TRAILING_LABEL_RE = re.compile(rf"(?<=[.!?)\]])\s+(?P<label>{_CAPS_LABEL}):?$")


def strip_section_label(sentence: str) -> tuple[str | None, str]:
    """Split a leading structured-abstract label off a sentence: ``"RESULTS: X fell."`` -> ``("RESULTS", "X fell.")``.

    The splitter keeps labels in the first sentence of each part (see module doc); this helper is for the
    indexer, which stores the label as section metadata rather than as evidence text. Any upper-case label
    followed by a colon counts (at least three letters, so "CI: ..." is not one); without a colon only
    the known heading vocabulary does, so a sentence opening with an acronym ("HIV infection ...") is kept.
    """
    match = _SECTION_LABEL_RE.match(sentence)
    if match is None:
        return None, sentence
    label = match.group("label")
    if sum(c.isalpha() for c in label) < 3:
        return None, sentence
    return label, sentence[match.end() :]


def tighten(text: str, start: int, end: int) -> Span | None:
    """Shrink a span to exclude surrounding whitespace; None when nothing but whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def split_at_labels(text: str, spans: list[Span]) -> list[Span]:
    """Start a new sentence at every known upper-case section label that follows a sentence end.

    Backends (nupunkt above all) glue "cancer. METHODS We..."
    into one sentence, and a trailing ". CONCLUSIONS" is moved onto the sentence it introduces.
    """
    out: list[Span] = []
    carry: int | None = None  # start of a label moved off the end of the previous span
    for start, end in spans:
        if carry is not None:
            start, carry = carry, None
        cuts = [start]
        cuts += [m.end() for m in _INNER_LABEL_RE.finditer(text, start, end) if m.end() > start]
        if _BARE_LABEL_RE.fullmatch(text, cuts[-1], end):  # the whole candidate is a label
            carry = end = cuts.pop()
            if not cuts:
                continue
        else:
            trailing = _TRAILING_LABEL_RE.search(text, cuts[-1], end)
            if trailing is not None and trailing.start("label") > cuts[-1]:
                carry = trailing.start("label")
                end = trailing.start()
        for a, b in zip(cuts, [*cuts[1:], end], strict=True):
            tight = tighten(text, a, b)
            if tight is not None:
                out.append(tight)
    if carry is not None:  # a label at the very end of the text has nothing to introduce: keep it
        out.append((carry, len(text.rstrip())))
    return out
