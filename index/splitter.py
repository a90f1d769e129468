"""Sentence splitting that survives biomedical abstracts.

Evidence is indexed and cited per sentence, so a false split ("S." | "aureus ...") cuts a claim in half
and a missed split glues two claims together. Three backends sit behind one span-based API:

* ``biosenter`` -- small spaCy senter trained on PubMed/PMC text (model ships in the wheel; optional dep).
* ``nupunkt``   -- Punkt model; fast. Its noisy abbreviation list is pruned (see ``_nupunkt_model``).
* ``pysbd``     -- rule-based; slowest and least precise here, kept for comparison.

SciFact original corpus, 5,183 abstracts, cleaned gold (``python -m eval.bench_splitter``):

    backend     P       R       F1      abstracts/s
    biosenter   0.9942  0.9901  0.9922    ~310
    nupunkt     0.9953  0.9922  0.9937  ~7,900
    pysbd       0.9741  0.9907  0.9824    ~215

biosenter and nupunkt are tied within the gold's noise: SciFact's own splitter never splits after a
capital-ending token ("24 h.", "cyclin B."), which biosenter correctly does. Of the boundaries only one of
them proposes, a hand-checked sample had ~92% correct for biosenter and ~84% for nupunkt, so biosenter is
the default (fewer false splits, trained on this genre); nupunkt is the fallback when it is not installed
and the choice when build time matters (40k abstracts: ~5 s vs ~2 min).

On top of each backend ``_postprocess`` merges splits that are known to be false (after "e.g.", "vs.",
"Fig." + number, "S." + lower-case word, or before ")" / "," / "=") and starts a new sentence at an
upper-case section label that follows a sentence end ("cancer. METHODS We ..."), moving a label stranded at
the end of a sentence ("... model. CONCLUSIONS") onto the sentence it introduces.

Section labels stay at the start of the sentence they introduce; ``strip_section_label`` splits them off
for callers that store the label as metadata. Keeping them in the span keeps the span contract simple
(every non-whitespace character is covered) and lets the indexer decide.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache
from typing import Any

Span = tuple[int, int]

_HAS_BIOSENTER = importlib.util.find_spec("biosenter") is not None
BACKENDS: tuple[str, ...] = (*(("biosenter",) if _HAS_BIOSENTER else ()), "nupunkt", "pysbd")
DEFAULT_BACKEND = "nupunkt"  # as accurate as biosenter on SciFact gold (F1 0.994 vs 0.992), 25x faster

# Abbreviations after which a sentence practically never ends in an abstract. Matched case-sensitively
# against the last token of a candidate sentence (leading brackets removed): "NO." (nitric oxide), "CF."
# and "AL." are acronyms that do end sentences, so "no." / "cf." / "al." must not match them.
_NO_END_ABBREVIATIONS = frozenset(
    {
        "e.g.",
        "i.e.",
        "vs.",
        "cf.",
        "approx.",
        "ca.",
        "resp.",
        "sp.",
        "spp.",
        "ssp.",
        "subsp.",
        "var.",
        "i.v.",
        "i.p.",
        "i.m.",
        "s.c.",
        "p.o.",
        "b.i.d.",
        "t.i.d.",
        "q.d.",
        "Dr.",
        "Prof.",
    }
)
# Reference abbreviations that are only a non-boundary when a number follows ("Fig. 2", "ref. 3").
_NUMBERED_ABBREVIATIONS = frozenset(
    {
        "fig.",
        "figs.",
        "eq.",
        "eqs.",
        "ref.",
        "refs.",
        "no.",
        "nos.",
        "vol.",
        "p.",
        "pp.",
        "Fig.",
        "Figs.",
        "Eq.",
        "Ref.",
        "Refs.",
        "No.",
        "Vol.",
    }
)
# A capital with up to two letters and a dot ("S.", "An."), "al." / "sp." or a dotted initialism before a lower-case word: a genus or an
# abbreviation, not a sentence end ("S. aureus", "An. gambiae"). Acronyms ("BLM.") and units ("x g.") are
# left to the backend, because sentences do start lower-case in biomedicine ("cDNA ...", "vpu is ...").
_SHORT_ABBREV_RE = re.compile(r"^\(?(?:[A-Z][a-z]{0,2}|al|sp|[A-Za-z](?:\.[A-Za-z])+)\.$")
# A next-"sentence" that begins like this is a continuation, not a new sentence.
_CONTINUATION_RE = re.compile(r"^(?:[)\]},;:%=<>±]|\.\d)")
_NUMBER_START_RE = re.compile(r"^[(\[]?[SE]?\d")

# Structured-abstract headings. Upper-case forms are recognised without a colon too ("RESULTS The rate..."),
# as PubMed text often drops it; so are title-case forms, but only before a capital or a digit ("Results A
# total of ...", "Context Basic and observational studies ...", "Design Prospective cohort study"), never
# before a lower-case word ("Results were mixed"): NFCorpus writes 1,114 labels so, in 286 abstracts.
_LABEL_WORDS = (
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
_CAPS_LABEL = rf"(?:{_LABEL_WORDS})(?:(?:,? AND |, | ?[/&] ?)(?:{_LABEL_WORDS}))*"
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


def _tighten(text: str, start: int, end: int) -> Span | None:
    """Shrink a span to exclude surrounding whitespace; None when nothing but whitespace is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


# --- backends -------------------------------------------------------------------------------------------
# Each loader runs once per process (functools.cache): model loading dominates the cost of a short abstract.


@cache
def _biosenter_nlp() -> Any:
    import spacy
    from biosenter._model import resolve_model_path

    return spacy.load(resolve_model_path())


def _biosenter_spans(text: str) -> list[Span]:
    # The raw senter is used rather than biosenter.split_into_sentences: our text is markup-free, and the
    # markup/citation machinery costs time for nothing. Newlines are hard boundaries, as in biosenter.
    nlp = _biosenter_nlp()
    spans: list[Span] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend((offset + s.start_char, offset + s.end_char) for s in nlp(line).sents)
        offset += len(line) + 1
    return spans


# nupunkt's default model learnt ~2,400 alphabetic "abbreviations" of 4+ letters from non-biomedical text,
# many of them ordinary words ("cancer", "found", "sleep"), so it never split after "...breast cancer.".
# Dropping them raised recall on SciFact (FN 514 -> 310) at the cost of 1 FP; real ones are kept here.
_NUPUNKT_KEEP = frozenset(
    {"approx", "resp", "subsp", "figs", "refs", "prof", "dept", "univ", "natl", "assoc"}
)


@cache
def _nupunkt_model() -> Any:
    import nupunkt

    tokenizer = nupunkt.load("default")
    params = tokenizer._params
    params.abbrev_types = {
        a for a in params.abbrev_types if not (a.isalpha() and len(a) >= 4) or a in _NUPUNKT_KEEP
    }
    tokenizer.clear_decision_cache()
    return tokenizer


def _nupunkt_spans(text: str) -> list[Span]:
    return list(_nupunkt_model().span_tokenize(text))


@cache
def _pysbd_segmenter() -> Any:
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def _pysbd_spans(text: str) -> list[Span]:
    return [(s.start, s.end) for s in _pysbd_segmenter().segment(text)]


_BACKEND_FUNCS: dict[str, Callable[[str], list[Span]]] = {
    "biosenter": _biosenter_spans,
    "nupunkt": _nupunkt_spans,
    "pysbd": _pysbd_spans,
}


def _normalise(text: str, raw: list[Span]) -> list[Span]:
    """Make backend output satisfy the span contract: tight, ordered, non-overlapping, full coverage.

    Only the backend's sentence *starts* are kept; each sentence runs to the next start. Backends differ
    (pysbd includes trailing spaces, spaCy may leave characters between spans), and rebuilding from the
    starts means no text can ever fall between two sentences and be lost from the index.
    """
    starts = set()
    for start, end in raw:
        tight = _tighten(text, start, end)
        if tight is not None:
            starts.add(tight[0])
    bounds = sorted(starts | {0})
    edges = [*bounds[1:], len(text)]
    return [s for s in (_tighten(text, a, b) for a, b in zip(bounds, edges, strict=True)) if s is not None]


def _wrong_boundary(prev: str, nxt: str) -> bool:
    """True when the boundary between two candidate sentences is almost certainly a false split."""
    if _CONTINUATION_RE.match(nxt):
        return True
    last = prev.rsplit(None, 1)[-1].lstrip("([")
    if last in _NO_END_ABBREVIATIONS:
        return True
    if last in _NUMBERED_ABBREVIATIONS and _NUMBER_START_RE.match(nxt):
        return True
    return nxt[:1].islower() and bool(_SHORT_ABBREV_RE.match(last))


def _split_at_labels(text: str, spans: list[Span]) -> list[Span]:
    """Start a new sentence at every known upper-case section label that follows a sentence end.

    This is the only place boundaries are added: backends (nupunkt above all) glue "cancer. METHODS We..."
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
            tight = _tighten(text, a, b)
            if tight is not None:
                out.append(tight)
    if carry is not None:  # a label at the very end of the text has nothing to introduce: keep it
        out.append((carry, len(text.rstrip())))
    return out


def _postprocess(text: str, spans: list[Span]) -> list[Span]:
    """Merge neighbouring spans whose boundary is a known false split, then split at section labels."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and "\n" not in text[merged[-1][1] : start]:
            prev_start, prev_end = merged[-1]
            if _wrong_boundary(text[prev_start:prev_end], text[start:end]):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return _split_at_labels(text, merged)


def split_spans(text: str, backend: str = DEFAULT_BACKEND, fixes: bool = True) -> list[Span]:
    """Sentence (start, end) character spans into ``text``, whitespace-trimmed, in order, covering all text.

    ``fixes=False`` returns the backend's normalised output without post-processing (for benchmarking).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentence-splitter backend {backend!r}; choose from {BACKENDS}")
    if not text.strip():
        return []
    spans = _normalise(text, _BACKEND_FUNCS[backend](text))
    return _postprocess(text, spans) if fixes else spans


def split_sentences(text: str, backend: str = DEFAULT_BACKEND, fixes: bool = True) -> list[str]:
    """The sentences of ``text`` as strings (see ``split_spans``)."""
    return [text[a:b] for a, b in split_spans(text, backend, fixes)]
