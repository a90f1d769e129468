"""Draw a stratified blind sample of corpus sentences for the effect-size labels (``eval/labels/effect_sizes.jsonl``).

    python -m eval.sample_effects --seed 173205080 \\
        --plan RR=30,percent=40,correlation=15,P_alone=25,OR=20,HR=15,negative=30 --out /tmp/blind.jsonl \\
        [--data ../shared/data] [--as-of blind8] [--counts]

The procedure of the blind samples from blind4 on (see ``eval/bench_effects.py``):

* **Pool.** Every SciFact sentence as pre-split in ``scifact/original/corpus.jsonl`` (id
  ``scifact:<doc>:<index>``) and the ``text`` of NFCorpus and PubMedQA split with ``index.splitter.split_spans``
  (id ``<corpus>:<doc>:<start>-<end>``), kept when it holds a digit and is 40 to 700 characters long.
* **Exclusions.** Every labelled sentence, by id and by (stripped) text, and every sentence whose extractor
  output was shown while rules were written. ``eval/labels/effect_sizes_shown.tsv`` lists those, ids only, one a
  line with ``before`` (the first blind split drawn after it was shown) and ``round``; it was rebuilt by running
  each round's ``rag/effects`` (taken from git) over every pool sentence with a digit and keeping those whose
  output changed: rounds 4 to 7 (129, 52, 57, 10), round 8 (14 before the blind8 draw, 31 after it), round 9 (1
  before the blind9 draw, 24 after it), round 10 (none before the blind10 draw, 28 after it), and the
  conventions settled after it ("round10b": 10), round 11 (19 before the blind11 draw, 8 after it), round 12
  (none before the blind12 draw, 17 after it), round 13 (none before the blind13 draw, 18 after it and one shown in
  round 6), round 14 (none before the blind14 draw, 7 after it), round 15 (none before the blind15 draw, 12
  after it), round 16 (none before the blind16 draw, 4 after it), round 17 (none before the blind17 draw, 12
  after it), round 18 (none before the blind18 draw, 4 after it), round 19 (none before the blind19 draw, 6
  after it), round 20 (7 before the blind20 draw, 1 after it), round 21 (14 before the blind21 draw: the
  sentences whose output changed or was printed while its rules were written; none after it), round 22 (41 before
  the blind22 draw, likewise; none after it), round 23 (1 before the blind23 draw; none after it), round 24
  (none before the blind24 draw), round 25 (2 before the blind25 draw), round 26 (none before the blind26 draw), round 27 (4
  before the blind27 draw: unlabelled sentences whose output its rules changed, never printed), round 28 (4 before
  the blind27 draw, likewise, and 1 after it), round 29 (7 before the blind28 draw: unlabelled sentences whose output
  its change lexicon changed or whose text was read while it was written, no output printed; 1 after it), round 30
  (3 before the blind29 draw: unlabelled sentences whose output its rules changed at the end or at a step, never
  printed). It is needed to
  repeat a draw exactly: a shown sentence stays in its stratum and is skipped when drawn ("replaced by the next of
  its stratum").
* **Strata.** Keyword patterns in the order of ``STRATA``; a sentence belongs to the first one it matches. A
  sub-stratum (``SUBSTRATA``, from blind13 on: ``correlation_value``; from blind16 on: ``P_alone_percent``,
  ``negative_percent``; from blind17 on: ``correlation_near``; from blind18 on: ``correlation_decimal``; from
  blind19 on: ``P_alone_change``, ``negative_change``) is the part of one stratum that a second pattern picks;
  its sentences stay in their stratum too. From blind24 on a sub-stratum may take several strata:
  ``percent_signal`` (a percentage in a change's shape, in any stratum after ``percent``) and ``correlation_any``
  (a correlation word or symbol with a decimal near it, in any stratum); from blind26 on ``percent_clause`` (a change
  word and a percentage, not a CI level or a share, in one clause, in any stratum after ``percent``) and
  ``correlation_far`` (a correlation word and a decimal below one anywhere, not right after a sign, in any stratum);
  from blind28 on ``percent_lexicon`` (a word of round 29's change lexicon, frozen here as stems and suffixes, and a
  percentage as in percent_clause, in one clause, in any stratum after ``percent``); from blind29 on ``percent_any``
  (any percentage that is not a CI level, in any stratum: shares and levels too); from blind30 on ``RR_value`` (the RR
  stratum's sentences with a decimal within 40 characters after the RR name, in its clause).
* **Draw.** One ``random.Random(seed)``; for each stratum of the plan, in ``STRATA`` order (strata not in the plan
  draw nothing and consume no randomness), the stratum's sentences are sorted by id, shuffled, and the first
  ``n`` that were not shown are taken; sub-strata draw after every stratum and skip sentences already taken,
  so a plan that does not name one draws exactly as before.

``--as-of SPLIT`` repeats a past draw: the labels of ``SPLIT`` and of later splits are not excluded, and only the
sentences shown before ``SPLIT`` was drawn are. Checked: ``--as-of blind8`` with blind8's seed and plan (the
command above) gives exactly blind8's 175 sentence ids, in the order of ``eval/labels/effect_sizes.jsonl`` (two
shown sentences replaced), and ``--as-of blind9 --seed 223606797 --plan
HR=45,percent=45,correlation=30,RR=10,OR=10,P_alone=10,negative=25`` exactly blind9's (eight replaced), and
``--as-of blind10 --seed 244948974 --plan percent=60,correlation=30,HR=25,OR=15,P_alone=15,negative=30`` exactly
blind10's (eleven replaced), and ``--as-of blind11 --seed 264575131 --plan
RR=25,percent=45,correlation=20,P_alone=25,OR=20,HR=25,negative=30`` exactly blind11's (eleven replaced), and
``--as-of blind12 --seed 282842712 --plan OR=40,percent=45,correlation=30,RR=20,HR=20,P_alone=20,negative=30``
exactly blind12's (fifteen replaced), and ``--as-of blind13 --seed 293171029 --plan
OR=35,percent=45,P_alone=25,RR=15,HR=15,negative=30,correlation_value=35`` exactly blind13's (26 replaced), and
``--as-of blind14 --seed 316227766 --plan percent=55,correlation_value=29,P_alone=35,RR=25,OR=25,HR=10,negative=30``
exactly blind14's (43 replaced), and ``--as-of blind15 --seed 331662479 --plan
percent=80,HR=25,correlation=20,OR=20,RR=15,P_alone=20,negative=30`` exactly blind15's (60 replaced), and
``--as-of blind16 --seed 346410161 --plan
percent=1,RR=10,correlation=5,P_alone=30,OR=15,HR=10,negative=20,P_alone_percent=45,negative_percent=40`` exactly
blind16's (37 replaced), and ``--as-of blind17 --seed 360555127 --plan
correlation=15,P_alone=6,OR=8,RR=6,HR=6,negative=6,P_alone_percent=55,negative_percent=40,correlation_near=28``
exactly blind17's (22 replaced), and ``--as-of blind18 --seed 374165738 --plan
correlation=20,P_alone=10,OR=10,RR=10,HR=8,negative=8,P_alone_percent=25,negative_percent=50,correlation_decimal=36``
exactly blind18's (43 replaced), and ``--as-of blind19 --seed 387298334 --plan
OR=12,RR=10,HR=8,P_alone=8,correlation=12,negative=5,P_alone_change=65,negative_change=30`` exactly blind19's (21
replaced), and ``--as-of blind20 --seed 412310562 --plan
OR=10,RR=8,HR=8,P_alone=6,correlation=6,negative=5,P_alone_change=60,negative_change=30`` exactly blind20's (18
replaced), and ``--as-of blind21 --seed 435889894 --plan
OR=6,RR=5,HR=5,P_alone=5,correlation=3,negative=3,P_alone_change=50,negative_change=35`` exactly blind21's (24
replaced), and ``--as-of blind22 --seed 458257569 --plan
OR=5,RR=4,HR=4,P_alone=4,correlation=2,negative=2,P_alone_change=40,negative_change=22,negative_percent=5`` exactly
blind22's (32 replaced), and ``--as-of blind23 --seed 469041575 --plan
OR=3,RR=3,HR=2,P_alone=5,correlation=6,negative=2,P_alone_change=18,negative_change=10,negative_percent=3`` exactly
blind23's (31 replaced), and ``--as-of blind24 --seed 479583152 --plan
OR=3,RR=3,P_alone=3,negative=2,negative_percent=3,percent_signal=120,correlation_any=22`` exactly blind24's (54
replaced), and ``--as-of blind25 --seed 489897948 --plan
OR=3,RR=3,P_alone=3,negative=3,negative_percent=4,P_alone_change=12,negative_change=30,percent_signal=120`` exactly
blind25's (119 replaced; it takes every unshown sentence of percent_signal and P_alone_change), and ``--as-of blind26
--seed 500000000 --plan OR=3,RR=3,P_alone=3,correlation=10,negative=3,percent_clause=110,correlation_far=15`` exactly
blind26's (45 replaced; it takes every unshown sentence of correlation_far, 12), and ``--as-of blind27 --seed 509901951
--plan OR=3,RR=3,P_alone=3,negative=1,negative_percent=4,negative_change=6,percent_clause=130`` exactly blind27's (56
replaced), and ``--as-of blind28 --seed 519615242 --plan
OR=2,RR=2,P_alone=2,negative_change=4,percent_clause=108,percent_lexicon=44`` exactly blind28's (198 replaced; 160
sentences: it takes every unshown sentence of percent_clause, 106, and of percent_lexicon, 44), and ``--as-of blind29
--seed 529150262 --plan negative=6,percent_any=144`` exactly blind29's (3 replaced; percent_any held 3,278 unshown),
and ``--as-of blind30 --seed 538516480 --plan RR=10,correlation=20,P_alone=55,OR=4,negative=6,RR_value=55`` exactly
blind30's (28 replaced; RR_value held 68 unshown), and ``--as-of blind31 --seed 547722557 --plan
P_alone=144,negative=6`` exactly blind31's (6 replaced; P_alone held 2,160 unshown), and ``--as-of blind32 --seed
574456264 --plan P_alone=144,negative=6`` exactly blind32's (6 replaced; P_alone held 2,013 unshown);
``tests/eval/test_sample_effects.py`` repeats all twenty-five when ``../shared/data`` is present. Without
``--as-of`` the draw is a new one: every label and every shown sentence is excluded.

The output (``--out``, JSON lines: locator, ``sha1``, ``stratum`` and the sentence text to read) holds dataset
text, so write it outside the repository; only ids and expected values go into the label file.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from eval.bench_effects import (
    DEFAULT_DATA,
    DEFAULT_LABELS,
    SOURCES,
    load_labels,
    load_sentences,
    sentence_sha1,
    split_of,
)
from index.splitter import split_spans

DEFAULT_SHOWN = DEFAULT_LABELS.parent / "effect_sizes_shown.tsv"
MIN_CHARS, MAX_CHARS = 40, 700
_DIGIT = re.compile(r"\d")

_DIRECTION_AFTER = (
    "reduction|decrease|decline|drop|fall|lower|less|fewer|smaller|loss|increase|rise|higher|greater|more|larger"
    "|elevation|improvement|gain|excess|reduced|decreased|increased"
)
_DIRECTION_BEFORE = "reduc|decreas|lower|declin|drop|fell|fall|increas|rose|rais|elevat|improv|gain"

# (name, pattern): a sentence belongs to the first stratum whose pattern it matches
STRATA: list[tuple[str, re.Pattern[str]]] = [
    (
        "WMD_SMD",
        re.compile(
            r"weighted\s+mean\s+difference|\bWMDs?\b|standardi[sz]ed\s+mean\s+difference|\bSMDs?\b"
            r"|hedges'?\s*g\b|cohen'?s\s+d\b",
            re.I,
        ),
    ),
    ("MD", re.compile(r"(?i:(?:mean|average)\s+differences?)|\bMDs?\b")),
    ("RR", re.compile(r"(?i:relative\s+risks?|risk\s+ratios?)|\b(?:a?RRs?)\b")),
    (
        "RD",
        re.compile(r"(?i:risk\s+differences?|absolute\s+risk\s+(?:reduction|increase)s?)|\b(?:RDs?|ARRs?)\b"),
    ),
    (
        "percent",  # a percentage within a few words of a direction word, either side
        re.compile(
            rf"\d\s*(?:%|percent\b)\s*(?:\([^)]{{0,80}}\)\s*)?(?:[\w-]+\s+){{0,2}}?(?:{_DIRECTION_AFTER})\b"
            rf"|\b(?:{_DIRECTION_BEFORE})\w*\s+(?:[\w-]+\s+){{0,6}}?(?:by\s+|of\s+)?(?:approximately\s+|about\s+)?"
            r"\d+(?:\.\d+)?\s*(?:%|percent\b)",
            re.I,
        ),
    ),
    ("correlation", re.compile(r"(?i:correlat\w*|spearman|pearson)|\b(?:r|rs|rho|R)\s*=|\u03c1")),
    (
        "P_alone",  # a P value, and no name of the strata above (OR, HR, IRR come after: a P value sends them here)
        re.compile(
            r"\b[Pp]\s*(?:-?\s*values?)?\s*(?:[<>=\u2264\u2265]|less\s+than)|\b[Pp]\s*(?:for\s+)?(?:trend|interaction)"
        ),
    ),
    ("OR", re.compile(r"(?i:odds\s+ratios?)|\b(?:a?ORs?|AORs?)\b")),
    ("HR", re.compile(r"(?i:hazard\s+ratios?|relative\s+hazards?)|\b(?:a?HRs?|AHRs?)\b")),
    ("IRR", re.compile(r"(?i:rate\s+ratios?)|\bIRRs?\b")),
    (
        "negative",
        re.compile(r"%|\d\s*(?:-|\u2013|to)\s*\d|\bor\b|\d"),
    ),  # hard negatives: the rest with a digit
]
# (name, parent, pattern): part of a stratum, picked by a second pattern. A sub-stratum draws after every
# stratum of ``STRATA`` and skips the sentences drawn already, so a plan that does not name it draws exactly as
# before: the sentences stay members of their parent. "correlation_value": the correlation stratum's sentences
# that print a coefficient ("r = 0.41", "rho: -.32", "correlation coefficient of 0.62"); most of that stratum
# only names a correlation (blind12's 30 held 4 with a value).
_COEFFICIENT = r"[-+\u2212]?\s*0?[.\u00b7]\d"
_DIRECTION_ANY = (
    rf"\b(?:(?:{_DIRECTION_BEFORE})\w*|higher|greater|less|fewer|more|smaller|larger|excess|rise|loss)\b"
)
_PERCENT_NEAR = re.compile(
    rf"{_DIRECTION_ANY}[^.;]{{0,60}}?\d\s*(?:%|percent\b)|\d\s*(?:%|percent\b)[^.;]{{0,40}}?{_DIRECTION_ANY}",
    re.I,
)
_CORRELATION_NEAR = re.compile(
    r"(?:correlat\w*|coefficients?|spearman|pearson|\brho\b|\u03c1|\b[rR]s?\b)[^.;%]{0,80}?"
    r"(?<![\d.])[-+\u2212]?\s*0?[.\u00b7]\d\d?\b(?!\s*%)",
    re.I,
)
_PERCENT_ANYWHERE = re.compile(
    r"\A(?=.*?\d\s*(?:%|percent\b))"
    r".*?\b(?:reduc|increas|decreas|declin|drop|fell|fall|rose|rais|elevat|lower|higher)",
    re.I | re.S,
)
_CORRELATION_VALUE = re.compile(
    rf"(?:(?<![\w.])(?:r|rs|rho|r\s?s|r\(s\))|\u03c1)\s*[=:]\s*{_COEFFICIENT}"
    rf"|(?:coefficients?|correlat\w*)\s*(?:\([^()]{{0,20}}\)\s*)?(?:[=:,]|\bof\b|\bwas\b|\bwere\b)\s*{_COEFFICIENT}",
    re.I,
)
_CORRELATION_ANY = re.compile(rf"{_CORRELATION_VALUE.pattern}|{_CORRELATION_NEAR.pattern}", re.I)
_CHANGE_NOUN = r"reduction|decrease|decline|drop|fall|increase|rise|elevation|improvement|gain|loss|change"
_PCT = r"\d\s*(?:%|percent\b)"
_PERCENT_SIGNAL = re.compile(
    rf"{_DIRECTION_ANY}[^.;]{{0,120}}?\bby\s+(?:an?\s+)?(?:average\s+|mean\s+|approximately\s+|about\s+|~|nearly\s+"
    rf"|almost\s+|only\s+|up\s+to\s+)?[-+]?\d+(?:\.\d+)?\s*(?:%|percent\b)"
    rf"|{_PCT}\s*(?:\([^)]{{0,80}}\)\s*)?(?:[\w-]+\s+){{0,3}}?(?:{_CHANGE_NOUN}|lower|higher|greater|less|fewer|more)s?\b"
    rf"|\b(?:{_CHANGE_NOUN})s?\s+(?:[\w-]+\s+){{0,4}}?(?:of|by|was|were)\s+(?:approximately\s+|about\s+|~)?"
    rf"[-+]?\d+(?:\.\d+)?\s*(?:%|percent\b)"
    rf"|(?:\bchang\w*|\u0394|delta)[^.;]{{0,60}}?{_PCT}|{_PCT}[^.;]{{0,30}}?\bchang"
    r"|(?<![\w.])[-+\u2212]\s?\d+(?:\.\d+)?\s*%"
    r"|relative(?:\s+risk)?\s+(?:reduction|increase)|\bRRR\b"
    rf"|{_DIRECTION_ANY}[^.;]{{0,80}}?\(\s*(?:[-+\u2212]|by\s+)?\d+(?:\.\d+)?\s*%\s*[;,)]",
    re.I,
)
_CHANGE_WORD = (
    r"\b(?:reduc\w*|decreas\w*|increas\w*|declin\w*|drop\w*|fell|fall\w*|rose|rais\w*|elevat\w*|improv\w*|gain\w*"
    r"|lower\w*|higher|greater|less|fewer|more|smaller|larger|excess|rise|rising|loss|chang\w*|diminish\w*"
    r"|attenuat\w*|inhibit\w*|suppress\w*|augment\w*|enhanc\w*|boost\w*)\b"
)
_IN_CLAUSE = r"(?:[^;.]|\.(?=\d))"
_PCT_SIZE = (  # a percentage that is not a CI level ("95% CI") or a share ("41% of ...", "12% in women")
    r"\d\s*(?:%|percent\b)(?!\s*(?:CI\b|C\.I|conf|[-\u2013]?\s*(?:CrI|UI|PI)\b|of\b"
    r"|\)?\s*(?:of|in)\s+(?:the\s+)?(?:patients|participants|subjects|women|men|children|cases)))"
)
_PERCENT_CLAUSE = re.compile(
    rf"{_CHANGE_WORD}{_IN_CLAUSE}{{0,200}}?{_PCT_SIZE}|{_PCT_SIZE}{_IN_CLAUSE}{{0,120}}?{_CHANGE_WORD}", re.I
)
# round 29's change lexicon (``rag/effects/lexicon.py``) frozen here as stems and suffixes, so that a later edit of
# the lexicon does not move the sub-stratum: "attenuated", "depletion", "boosted", "lessened", "downregulated", ...
_LEXICON_STEMS = (
    r"reduc|decreas|declin|lower|drop|fall|diminish|shorten|lessen|weaken|slow|inhibit|suppress|attenuat|deplet"
    r"|down-?regulat|impair|abolish|curtail|shrink|increas|rais|elevat|improv|gain|grow|enhanc|augment|boost|amplif"
    r"|expand|stimulat|accelerat|prolong|up-?regulat|potentiat|heighten|jump|surg|climb|escalat"
)
_LEXICON_WORD = (
    rf"\b(?:(?:{_LEXICON_STEMS})(?:e|es|s|ed|ing|ion|ions|ory|ment|ments|ation|y|ies|ied|ying|ped|ping|en|n|age)?"
    r"|fell|lost|loss|losses|lose|losing|rose|rise|rises|risen|rising|grew|shrank|shrunk|cut|cuts|expansion"
    r"|decrements?|diminutions?|reductions?)\b"
)
_PERCENT_LEXICON = re.compile(
    rf"{_LEXICON_WORD}{_IN_CLAUSE}{{0,200}}?{_PCT_SIZE}|{_PCT_SIZE}{_IN_CLAUSE}{{0,120}}?{_LEXICON_WORD}",
    re.I,
)
_PERCENT_ANY = re.compile(
    r"\d\s*(?:%|percent\b|per\s+cent\b)(?!\s*(?:CI\b|C\.I|conf|cred|[-\u2013]?\s*(?:CrI|UI|PI)\b))", re.I
)
_RR_VALUE = re.compile(
    rf"(?:(?i:relative\s+risks?|risk\s+ratios?)|\ba?RRs?\b){_IN_CLAUSE}{{0,40}}?\d[.\u00b7]\d"
)
_CORRELATION_FAR = re.compile(
    r"\A(?=.*?(?:correlat|spearman|pearson|\brho\b|\u03c1|coefficient|concordan))"
    r"(?=.*?(?<![<=>\u2264\u2265])(?<![<=>\u2264\u2265]\s)(?<![\w.])[-+\u2212]?0?[.\u00b7]\d+(?!\d|\s*%))",
    re.I | re.S,
)
SUBSTRATA: list[tuple[str, str | tuple[str, ...], re.Pattern[str]]] = [
    ("correlation_value", "correlation", _CORRELATION_VALUE),
    # From blind16 on (the percent stratum was used up): the P_alone and negative sentences with a percentage
    # within a few words of a direction word that the percent stratum's tighter pattern did not take.
    ("P_alone_percent", "P_alone", _PERCENT_NEAR),
    ("negative_percent", "negative", _PERCENT_NEAR),
    # From blind17 on (correlation_value was used up): the correlation sentences with a decimal of one or two
    # digits within a few words after a correlation word or symbol, in whatever wording ("r 0.41", "coefficient
    # ranged from .32 to .58"); a P value's number near one counts too (the labels decide).
    ("correlation_near", "correlation", _CORRELATION_NEAR),
    # From blind18 on (correlation_near was used up): the correlation sentences with a decimal below one ("0.xx",
    # ".xx", not a percentage) anywhere, however far from the correlation word; mostly P values (labels decide).
    ("correlation_decimal", "correlation", re.compile(r"(?<![\w.])[-+\u2212]?0?[.\u00b7]\d+(?!\d|\s*%)")),
    # From blind19 on (P_alone_percent was used up): the P_alone and negative sentences with a percentage and a
    # change word anywhere, however far apart ("A fell ... ; B, x% ..."); both sub-strata take the sentences of
    # P_alone_percent / negative_percent too (a plan draws them first when it names them).
    ("P_alone_change", "P_alone", _PERCENT_ANYWHERE),
    ("negative_change", "negative", _PERCENT_ANYWHERE),
    # From blind24 on (the change sub-strata were nearly used up): a percentage in a change's shape ("by x%",
    # "x% lower", "reduction of x%", "(-x%)", "change of x%", "fell (x%; P)") in any stratum after "percent"; and a
    # correlation word or symbol with a decimal near it in any stratum (the correlation sub-strata were used up,
    # and coefficients printed beside a ratio or a P value fall in the strata before or after "correlation").
    ("percent_signal", ("RR", "P_alone", "OR", "HR", "IRR", "negative"), _PERCENT_SIGNAL),
    ("correlation_any", tuple(name for name, _ in STRATA), _CORRELATION_ANY),
    # From blind26 on (percent_signal, P_alone_change and correlation_any were used up): a change word and a
    # percentage in one clause (no "." or ";" between), the percentage not a CI level or a share "of ..."
    # ("rose in the spring, 41% in squires"), in any stratum after "percent"; and a correlation word with a
    # decimal below one anywhere in the sentence, not right after "=", "<" or ">" (a coefficient listed far from
    # its word, "correlated with A, B and C (0.41, 0.32 and .25)"), in any stratum.
    ("percent_clause", ("RR", "correlation", "P_alone", "OR", "HR", "IRR", "negative"), _PERCENT_CLAUSE),
    ("correlation_far", tuple(name for name, _ in STRATA), _CORRELATION_FAR),
    # From blind28 on (percent_clause nearly used up): a word of round 29's change lexicon and a percentage in one
    # clause, the percentage as in percent_clause, in any stratum after "percent" (it holds percent_clause's
    # sentences too; drawn after it, it takes those with a change word percent_clause's list lacked).
    ("percent_lexicon", ("RR", "correlation", "P_alone", "OR", "HR", "IRR", "negative"), _PERCENT_LEXICON),
    # From blind29 on (percent_clause and percent_lexicon were used up): any percentage that is not a CI level
    # ("95% CI", "95% confidence", "90% UI"), in any stratum, whatever its words: levels, shares and changes alike
    # (the labels decide), so that a guard written for one shape is measured on the shapes nobody looked for.
    ("percent_any", tuple(name for name, _ in STRATA), _PERCENT_ANY),
    # From blind30 on (RR short of its goal, its stratum 105 unshown, about half with a number): the RR stratum's
    # sentences with a decimal within 40 characters after the name in its clause ("relative risk was 1.3",
    # "RR, 0.82 (95% CI ...)"); the RR stratum's other sentences mostly only name the measure (the labels decide).
    ("RR_value", "RR", _RR_VALUE),
]
STRATUM_NAMES = tuple(name for name, _ in STRATA) + tuple(name for name, _, _ in SUBSTRATA)


def stratum(text: str) -> str | None:
    """The first stratum whose pattern ``text`` matches (None: no digit at all)."""
    for name, pattern in STRATA:
        if pattern.search(text):
            return name
    return None


def eligible(text: str) -> bool:
    """40 to 700 characters with a digit (``str.isdigit``, as the earlier rounds counted: "²" counts)."""
    return MIN_CHARS <= len(text) <= MAX_CHARS and bool(_DIGIT.search(text) or any(map(str.isdigit, text)))


def corpus_sentences(data: Path) -> Iterator[dict]:
    """Every sentence of SciFact (pre-split) and of NFCorpus / PubMedQA (split_spans), with its locator."""
    with (data / SOURCES["scifact"]).open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            for index, text in enumerate(doc["abstract"]):
                doc_id = str(doc["doc_id"])
                yield {
                    "id": f"scifact:{doc_id}:{index}",
                    "source": "scifact",
                    "doc_id": doc_id,
                    "sentence": index,
                    "text": text,
                }
    for source in ("nfcorpus", "pubmedqa"):
        with (data / SOURCES[source]).open(encoding="utf-8") as handle:
            for line in handle:
                doc = json.loads(line)
                doc_id, text = str(doc["_id"]), doc["text"]
                # the splits every draw up to blind24 saw, so that they draw again id for id
                for start, end in split_spans(text, late_ends=False):
                    yield {
                        "id": f"{source}:{doc_id}:{start}-{end}",
                        "source": source,
                        "doc_id": doc_id,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                    }


def stratify(
    sentences: Iterable[dict], excluded_ids: set[str], excluded_texts: set[str]
) -> dict[str, list[dict]]:
    """Eligible, not excluded sentences by stratum (a sentence of a sub-stratum is in its parent too)."""
    strata: dict[str, list[dict]] = {name: [] for name in STRATUM_NAMES}
    for sentence in sentences:
        text = sentence["text"]
        if not eligible(text) or sentence["id"] in excluded_ids or text.strip() in excluded_texts:
            continue
        name = stratum(text)
        if name is not None:  # None: its only "digits" are such as "²" (str.isdigit but not a decimal digit)
            strata[name].append(sentence)
            for sub, parent, pattern in SUBSTRATA:
                if name in ((parent,) if isinstance(parent, str) else parent) and pattern.search(text):
                    strata[sub].append(sentence)
    return strata


def draw(
    strata: dict[str, list[dict]],
    plan: dict[str, int],
    seed: int,
    shown: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[dict], int]:
    """The sample (each sentence with its ``stratum``) and how many shown sentences were skipped."""
    unknown = set(plan) - set(STRATUM_NAMES)
    if unknown:
        raise ValueError(f"unknown strata {sorted(unknown)}; choose from {STRATUM_NAMES}")
    rng = random.Random(seed)
    sample: list[dict] = []
    replaced = 0
    for name in STRATUM_NAMES:
        if name not in plan:
            continue
        members = sorted(strata.get(name, []), key=lambda s: s["id"])
        rng.shuffle(members)
        taken = 0
        drawn = {s["id"] for s in sample}
        for sentence in members:
            if taken == plan[name]:
                break
            if sentence["id"] in drawn:
                continue  # a sub-stratum's sentence its parent gave already
            if sentence["id"] in shown:
                replaced += 1
                continue
            sample.append({**sentence, "stratum": name})
            taken += 1
    return sample, replaced


def parse_plan(text: str) -> dict[str, int]:
    """``"RR=30,percent=40"`` -> ``{"RR": 30, "percent": 40}``."""
    plan = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, _, count = item.partition("=")
        plan[name.strip()] = int(count)
    return plan


def blind_number(split: str) -> int | None:
    """``"blind"`` -> 1, ``"blind8"`` -> 8, any other split -> None (the order in which blind samples were drawn)."""
    match = re.fullmatch(r"blind(\d*)", split)
    return (int(match.group(1)) if match.group(1) else 1) if match else None


def load_shown(path: Path, as_of: str | None = None) -> set[str]:
    """Ids of ``path`` (TSV ``before``, ``round``, ``id``: the blind split first drawn after the sentence's output
    was shown, the round that showed it): all ids, or those shown before split ``as_of`` was drawn."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    if as_of is None:
        return {row["id"] for row in rows}
    return {row["id"] for row in rows if blind_number(row["before"]) <= blind_number(as_of)}


def exclusions(labels: list[dict], data: Path, as_of: str | None = None) -> tuple[set[str], set[str]]:
    """Ids and stripped texts of the labelled sentences (those labelled before ``as_of`` was drawn)."""
    if as_of is not None:
        labels = [
            row
            for row in labels
            if (blind_number(split_of(row["id"], row.get("split"))) or 0) < blind_number(as_of)
        ]
    texts = load_sentences(data, labels)
    return set(texts), {text.strip() for text in texts.values()}


def _blind_split(text: str) -> str:
    if blind_number(text) is None:
        raise argparse.ArgumentTypeError(f"not a blind split: {text!r}")
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument(
        "--plan", type=parse_plan, required=True, help="stratum=count,... (strata: see --counts)"
    )
    parser.add_argument(
        "--out", type=Path, help="JSON lines to write (outside the repository: it holds text)"
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    parser.add_argument("--shown", type=Path, default=DEFAULT_SHOWN)
    parser.add_argument(
        "--as-of", type=_blind_split, help="repeat the draw of this blind split (blind4, ...)"
    )
    parser.add_argument("--counts", action="store_true", help="print the size of each stratum")
    args = parser.parse_args(argv)
    ids, texts = exclusions(load_labels(args.labels), args.data, args.as_of)
    shown = load_shown(args.shown, args.as_of)
    strata = stratify(corpus_sentences(args.data), ids, texts)
    if args.counts:
        for name in STRATUM_NAMES:
            members = strata[name]
            print(f"{name:12s} {len(members):6d} (shown {sum(s['id'] in shown for s in members)})")
    sample, replaced = draw(strata, args.plan, args.seed, shown)
    taken = Counter(s["stratum"] for s in sample)
    print(
        f"{len(sample)} sentences ({', '.join(f'{k} {v}' for k, v in taken.items())}); {replaced} shown replaced"
    )
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for sentence in sample:
                row = {k: v for k, v in sentence.items() if k != "text"}
                row["sha1"] = sentence_sha1(sentence["text"])
                handle.write(json.dumps({**row, "text": sentence["text"]}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
