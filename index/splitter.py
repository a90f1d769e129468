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

Ending sentences after a unit or "low" (below) moved nupunkt to P 0.9943 R 0.9926 F1 0.9934 against 0.9952 /
0.9922 / 0.9937 in the same run: of the 51 boundaries it adds on SciFact, 16 are gold and the other 35, read one
by one, are true ends that SciFact's gold does not split ("... within 24 h. In contrast, ...").

biosenter and nupunkt are tied within the gold's noise: SciFact's own splitter never splits after a
capital-ending token ("24 h.", "cyclin B."), which biosenter correctly does. Of the boundaries only one of
them proposes, a hand-checked sample had ~92% correct for biosenter and ~84% for nupunkt, so biosenter is
the default (fewer false splits, trained on this genre); nupunkt is the fallback when it is not installed
and the choice when build time matters (40k abstracts: ~5 s vs ~2 min).

On top of each backend ``_postprocess`` merges splits that are known to be false (after "e.g.", "vs.",
"Fig." + number, "S." + lower-case word, or before ")" / "," / "=") and starts a new sentence after a
vitamin's letter, a unit or "low" that ends one ("as vitamin C. The decrease ...", "for 21 d. Blood draws ...",
which backends read as an initial or an abbreviation) and at an
upper-case section label that follows a sentence end ("cancer. METHODS We ..."), moving a label stranded at
the end of a sentence ("... model. CONCLUSIONS") onto the sentence it introduces (``index.section_labels``).

Section labels stay at the start of the sentence they introduce; ``index.section_labels.strip_section_label``
splits them off for callers that store the label as metadata. Keeping them in the span keeps the span contract simple
(every non-whitespace character is covered) and lets the indexer decide.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise
from typing import Any

from index.section_labels import Span, split_at_labels, tighten

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
        tight = tighten(text, start, end)
        if tight is not None:
            starts.add(tight[0])
    bounds = sorted(starts | {0})
    edges = [*bounds[1:], len(text)]
    return [s for s in (tighten(text, a, b) for a, b in zip(bounds, edges, strict=True)) if s is not None]


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


# Sentence ends that backends read as abbreviations and never split at, before a capitalised word: a vitamin's
# letter ("... bioavailable as vitamin C. The decrease ...", taken for an initial), a unit after a number ("for
# the next 21 d. Blood draws ...", "aged 26-87 yr. Design ...", "at 37 degrees C. All patients ...") and "low" /
# "so", which nupunkt lists as abbreviations ("two studies were rated low. Evidence of ..."): NFCorpus and PubMedQA
# had about 100 sentences glued to the next one there.
_LATE_END_RE = re.compile(
    r"(?:\b[Vv]itamins? [A-EK]\d{0,2}|\d\s?(?:h|hrs?|d|y|yrs?|mo|mos|wks?|min|s|sec|g|kg|mg|µg|mcg|ml|mL|dL|L|T|"
    r"degrees? [CF]|°C)|\b(?:low|so))\.(?=\s+[A-Z][a-z])"
)


def _split_late_ends(text: str, spans: list[Span]) -> list[Span]:
    """Start a new sentence after a vitamin's letter, a unit after a number, or "low" / "so" that ends one."""
    out: list[Span] = []
    for start, end in spans:
        cuts = [start, *(m.end() for m in _LATE_END_RE.finditer(text, start, end)), end]
        out.extend(t for a, b in pairwise(cuts) if (t := tighten(text, a, b)) is not None)
    return out


def _postprocess(text: str, spans: list[Span], late_ends: bool = True) -> list[Span]:
    """Merge neighbouring spans whose boundary is a known false split, then split at sentence ends backends
    miss (``_LATE_END_RE``) and at section labels."""
    merged: list[Span] = []
    for start, end in spans:
        if merged and "\n" not in text[merged[-1][1] : start]:
            prev_start, prev_end = merged[-1]
            if _wrong_boundary(text[prev_start:prev_end], text[start:end]):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return split_at_labels(text, _split_late_ends(text, merged) if late_ends else merged)


def split_spans(
    text: str, backend: str = DEFAULT_BACKEND, fixes: bool = True, late_ends: bool = True
) -> list[Span]:
    """Sentence (start, end) character spans into ``text``, whitespace-trimmed, in order, covering all text.

    ``fixes=False`` returns the backend's normalised output without post-processing (for benchmarking);
    ``late_ends=False`` the splits as they were before sentences were ended after a vitamin's letter, a unit or
    "low" (the effect-size samples were drawn from those, and must draw again id for id).
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown sentence-splitter backend {backend!r}; choose from {BACKENDS}")
    if not text.strip():
        return []
    spans = _normalise(text, _BACKEND_FUNCS[backend](text))
    return _postprocess(text, spans, late_ends) if fixes else spans


def split_sentences(text: str, backend: str = DEFAULT_BACKEND, fixes: bool = True) -> list[str]:
    """The sentences of ``text`` as strings (see ``split_spans``)."""
    return [text[a:b] for a, b in split_spans(text, backend, fixes)]
