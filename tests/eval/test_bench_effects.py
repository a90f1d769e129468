"""The effect-size benchmark on the real labelled sentences, read from ../shared/data at run time.

A regression guard: held-out, blind, blind2, blind3, ..., blind30, blind31 and blind32 precision / recall must stay at
what was measured when the extractor was last changed (see the numbers in ``MEASURED``), minus one extra error per
row or 0.05, whichever is more. ``test_the_guard_can_fail`` checks that a worse extractor would trip it on every split
(blind29, almost without CIs and lists, by an extractor that reads every percentage as a change).
"""

import json
import os
import re
from pathlib import Path

import pytest

import eval.bench_effects as bench
from eval.bench_effects import (
    DEFAULT_LABELS,
    MEASURES,
    load_labels,
    load_sentences,
    score,
    split_of,
)
from rag.effects import extract_effects
from rag.schemas import EffectSize

DATA = Path(os.environ.get("RAG_DATA_DIR", Path(__file__).resolve().parents[3] / "shared" / "data"))

# (precision, recall) per split and row, from `python -m eval.bench_effects` (see the module docstring there)
MEASURED = {
    "heldout": {
        "MD": (1.0, 1.0),
        "WMD": (1.0, 1.0),
        "SMD": (1.0, 1.0),
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    "blind": {
        "MD": (1.0, 1.0),
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    "blind2": {
        "MD": (1.0, 1.0),
        "SMD": (1.0, 1.0),
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    # blind3 was scored once before the rules it was drawn for changed (P 0.909 / R 0.851 over all effects); its
    # misses were fixed in the round after, so these numbers are no longer blind
    "blind3": {
        "MD": (1.0, 1.0),
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "IRR": (1.0, 1.0),
        "percent_change": (1.0, 0.979),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 0.997),
        "P values": (1.0, 1.0),
    },
    # blind4 was scored once with the rules frozen (P 0.927 / R 0.914 over all effects), then general patterns
    # of its misses were fixed (three rounds; its last, RD, by reading an ARR always as a negated RD); IRR (one
    # effect) is left to "all"
    "blind4": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    # blind5 was scored once with the rules frozen (P 0.953 / R 0.949 over all effects; RR 0.955 / 0.901,
    # percent change 0.920 / 0.958, correlation 0.931 / 0.964, P alone 0.982 / 0.982), then general patterns of
    # its misses were fixed; these are the levels after that
    "blind5": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    # blind6 was scored once with the rules frozen (P 0.937 / R 0.941 over all effects; OR 0.875 / 1.000, RR
    # 0.949 / 0.841, HR 1.000 / 1.000, percent change 0.870 / 0.930, correlation 1.000 / 0.938, P alone 0.948 /
    # 1.000), then general patterns of its misses were fixed (two rounds); these are the levels after that
    "blind6": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (1.0, 1.0),
        "P values": (1.0, 1.0),
    },
    # blind7 was scored once with the rules frozen (P 0.890 / R 0.884 over all effects; OR 0.895 / 0.872, RR
    # 0.912 / 0.795, HR 1.000 / 0.400, RD 1.000 / 1.000, percent change 0.870 / 0.930, correlation 1.000 / 1.000,
    # P alone 0.857 / 1.000), then general patterns of its misses were fixed (two rounds; in the second, "RHR"
    # settled as a hazard ratio); these are the levels after that
    "blind7": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.955, 0.977),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (0.988, 0.994),
        "P values": (1.0, 0.986),
    },
    # blind8 was scored once with the rules frozen (P 0.941 / R 0.900 over all effects; OR 0.978 / 0.978, RR
    # 0.962 / 0.943, HR 1.000 / 0.708, percent change 0.885 / 0.767, correlation 1.000 / 0.889, P alone 0.887 /
    # 0.979, SMD - / 0 of 1), then general patterns of its misses were fixed (two rounds; in the second, a CI
    # after a count clause); these are the levels after that (the one SMD, an "ES" defined only in an earlier
    # sentence, is left to "all"), with its two projected changes relabelled as no effect (round 10b)
    "blind8": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.963, 0.929),
        "correlation": (1.0, 1.0),
        "P alone": (0.979, 0.979),
        "all": (0.990, 0.981),
        "P values": (1.0, 1.0),
    },
    # blind9 was scored once with the rules frozen (P 0.936 / R 0.875 over all effects; OR 0.950 / 0.950, RR
    # 1.000 / 1.000, HR 0.967 / 0.908, percent change 0.792 / 0.731, correlation 1.000 / 0.706, P alone 0.913 /
    # 0.913), then general patterns of its misses were fixed; these are the levels after that
    "blind9": {
        "OR": (0.95, 0.95),
        "RR": (1.0, 1.0),
        "HR": (1.0, 0.985),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (0.994, 0.988),
        "P values": (1.0, 1.0),
    },
    # blind10 was scored once with the rules frozen (P 0.846 / R 0.804 over all effects; OR 0.879 / 0.853, HR
    # 0.906 / 0.707, percent change 0.831 / 0.778, correlation 1.000 / 1.000, P alone 0.722 / 0.839), then general
    # patterns of its misses were fixed; these are the levels after that (single forms left: see eval/JOURNAL.md),
    # with the two P value conventions of round 10b and projected changes no longer read, and round 11's percent
    # changes read from their clause (its three "increased A x% (P), B y% (P), and C z% (P)" items, FMD and HbA1c
    # changes in points further from their name)
    "blind10": {
        "OR": (0.882, 0.882),
        "HR": (0.971, 0.829),
        "percent_change": (0.984, 0.968),
        "correlation": (1.0, 1.0),
        "P alone": (0.879, 0.906),
        "all": (0.944, 0.914),
        "P values": (1.0, 0.955),
    },
    # blind11 was scored once with the rules frozen after round 11's restructure of percent changes (P 0.985 / R
    # 0.913 over all effects; OR 0.980 / 0.889, RR 1.000 / 0.944, HR 1.000 / 1.000, percent change 0.966 / 0.757,
    # correlation 1.000 / 0.778, P alone 0.979 / 1.000), then general patterns of its misses were fixed; these are
    # the levels after that (single forms left: see eval/JOURNAL.md)
    "blind11": {
        "OR": (1.0, 0.907),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.974, 1.0),
        "correlation": (1.0, 1.0),
        "P alone": (1.0, 1.0),
        "all": (0.995, 0.977),  # round 12's "P for trend" header: 0.968 -> 0.977
        "P values": (1.0, 1.0),
    },
    # blind12 was scored once with the round-11 rules frozen (P 0.946 / R 0.928 over all effects; OR 0.946 / 0.909,
    # RR 0.952 / 0.952, HR 1.000 / 1.000, percent change 0.968 / 0.857, correlation 0.833 / 0.833, P alone
    # 0.907 / 0.975; a P value alone the labels had omitted was added afterwards, and a CI relabelled by the
    # module's convention), then general patterns of its misses were fixed; these are the levels after that
    "blind12": {
        "OR": (0.973, 0.948),
        "RR": (0.955, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "correlation": (1.0, 0.833),
        "P alone": (1.0, 1.0),
        "all": (0.986, 0.976),
        "P values": (1.0, 1.0),
    },
    # blind13 was scored once with the round-12 rules frozen (P 0.935 / R 0.943 over all effects; OR 0.950 / 0.934,
    # RR 0.900 / 0.947, HR 1.000 / 0.960, percent change 0.903 / 1.000, correlation 0.913 / 0.900, P alone
    # 0.955 / 0.977), then general patterns of its misses were fixed; these are the levels after that (a blind2
    # row was relabelled to the percentage-points convention for a percent quantity, PAV: blind2 unchanged)
    "blind13": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 0.96),
        "percent_change": (1.0, 1.0),
        "correlation": (0.971, 0.943),
        "P alone": (0.977, 1.0),
        "all": (0.988, 0.980),
        "P values": (0.99, 1.0),
    },
    # blind14 was scored once with the round-13 rules frozen (P 0.962 / R 0.938 over all effects; OR 0.978 / 0.957,
    # RR 0.975 / 1.000, HR 1.000 / 0.875, percent change 0.860 / 0.881, correlation 1.000 / 0.950, P alone 0.972 /
    # 0.945; one percent-change CI labelled against the module's convention was corrected afterwards: 0.966 / 0.941,
    # percent change 0.884 / 0.905), then general patterns of its misses were fixed; these are the levels after that
    "blind14": {
        "OR": (0.978, 0.957),
        "RR": (1.0, 1.0),
        "HR": (1.0, 0.938),
        "percent_change": (0.929, 0.929),
        "correlation": (1.0, 1.0),
        "P alone": (0.973, 0.986),
        "all": (0.978, 0.971),
        "P values": (1.0, 0.991),
    },
    # blind15 was scored once with the round-14 rules frozen (P 0.951 / R 0.961 over all effects; OR, RR and HR
    # 1.000 / 1.000, percent change 0.900 / 0.931, P alone 0.918 / 0.918; no label changed afterwards), then
    # general patterns of its misses were fixed; these are the levels after that
    "blind15": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.966, 0.983),
        "P alone": (1.0, 1.0),
        "all": (0.990, 0.995),
        "P values": (1.0, 1.0),
    },
    # blind16 was scored once with the round-15 rules frozen (P 0.968 / R 0.933 over all effects; OR 0.968 / 0.968,
    # RR 1.000 / 1.000, HR 0.938 / 0.938, percent change 0.889 / 0.421, P alone 0.973 / 1.000; two CI levels
    # labelled against the module's convention (a level carries to later brackets) were corrected afterwards:
    # 0.978 / 0.943, OR and HR 1.000 / 1.000), then general patterns of its misses were fixed; levels after that
    "blind16": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.947, 0.947),
        "P alone": (1.0, 1.0),
        "all": (0.995, 0.995),
        "P values": (1.0, 1.0),
    },
    # blind17 was scored once with the round-16 rules frozen (P 0.891 / R 0.816 over all effects; OR 1.000 /
    # 0.920, RR 0.400 / 0.400, HR 1.000 / 0.750, percent change 1.000 / 0.440, correlation 1.000 / 0.071, P alone
    # 0.872 / 1.000; no label changed afterwards), then general patterns of its misses were fixed; levels after that
    "blind17": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 1.0),  # (0.72 before round 25's "(Δ x%; ...)" rule; 0.88 before round 30)
        "correlation": (1.0, 0.714),
        "P alone": (0.982, 1.0),
        "all": (0.989, 0.979),
        "P values": (1.0, 1.0),
    },
    # blind18 was scored once with the round-17 rules frozen (P 0.950 / R 0.886 over all effects; OR 0.882 /
    # 0.882, RR 1.000 / 0.833, HR 1.000 / 1.000, percent change 1.000 / 0.409, correlation 1.000 / 1.000, P alone
    # 0.942 / 1.000; no label changed afterwards), then general patterns of its misses were fixed; levels after that
    "blind18": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 0.833),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 0.727),
        "correlation": (1.0, 1.0),
        "P alone": (0.976, 1.0),
        "all": (0.986, 0.946),
        "P values": (1.0, 1.0),
    },
    # blind19 was scored once with the round-18 rules frozen (P 0.930 / R 0.888 over all effects; OR 0.962 /
    # 0.926, RR 1.000 / 0.889, HR 0.929 / 0.897, percent change 0.875 / 0.636, P alone 0.922 / 0.986; no label
    # changed afterwards), then general patterns of its misses were fixed (rounds 19 and 20); levels after that
    "blind19": {
        "OR": (0.962, 0.926),
        "RR": (1.0, 0.889),
        "HR": (0.964, 0.931),
        "percent_change": (1.0, 0.909),
        "P alone": (0.96, 1.0),
        "all": (0.971, 0.95),
        "P values": (1.0, 1.0),
    },
    # blind20 was scored once with the round-20 step-1 rules frozen (P 0.963 / R 0.867 over all effects; OR 0.944 /
    # 0.944, RR 1.000 / 1.000, HR 1.000 / 1.000, percent change 0.875 / 0.259, P alone 0.958 / 0.972; no label
    # changed afterwards), then general patterns of its misses were fixed; levels after that
    "blind20": {
        "OR": (0.944, 0.944),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.958, 0.852),
        "P alone": (0.972, 0.972),
        "all": (0.972, 0.956),
        "P values": (1.0, 1.0),
    },
    # blind21 was scored once with the round-21 step-1 rules frozen (P 0.958 / R 0.925 over all effects; OR, RR and
    # HR 1.000 / 1.000, percent change 0.941 / 0.593, P alone 0.930 / 1.000; no label changed afterwards); round 22
    # read its "lower A mortality (x%) and B incidence (y%) than C" (a comparative adjective); levels after that
    "blind21": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 0.778),  # round 27: "inhibited by approximately 80%" (was 0.952 / 0.741)
        "P alone": (0.971, 1.0),
        "all": (0.986, 0.986),
        "P values": (1.0, 1.0),
    },
    # blind22 was scored once with the round-22 rules frozen (P 0.925 / R 0.796 over all effects; OR 0.941 / 0.941,
    # RR 0.636 / 0.538, HR 1.000 / 0.917, percent change 0.800 / 0.364, P alone 0.980 / 0.873); one label was
    # corrected after the score (four "P for heterogeneity" values belong to the RR before them, as labelled in
    # tuning for the same study); no rule was changed after the score; levels with the corrected label
    "blind22": {
        "OR": (0.941, 0.941),
        "RR": (1.0, 0.846),
        "HR": (1.0, 0.917),
        "percent_change": (1.0, 0.727),
        "P alone": (0.98, 0.941),
        "all": (0.979, 0.904),
        "P values": (1.0, 0.941),
    },
    # blind23 was scored once with the round-23 rules frozen (P 0.977 / R 0.956 over 45 effects; OR 0.889 / 0.889,
    # RR 1.000 / 1.000, HR 1.000 / 1.000, P alone 1.000 / 0.966; no percent change or correlation was drawn); no
    # label and no rule was changed after the score
    "blind23": {
        "OR": (0.889, 0.889),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "P alone": (1.0, 0.966),
        "all": (0.977, 0.956),
        "P values": (1.0, 0.971),
    },
    # blind24 was scored once with the round-23 rules frozen (P 0.848 / R 0.873 over 102 effects; percent change
    # 0.606 / 0.714, OR 1.000 / 0.900, RR 1.000 / 1.000, RD - / 0.000, P alone 0.946 / 0.964; no correlation was
    # drawn); no label and no rule was changed after the score; levels after round 25's rules (tuned since):
    "blind24": {
        "OR": (1.0, 0.9),
        "RR": (1.0, 1.0),
        "RD": (1.0, 1.0),
        "percent_change": (1.0, 1.0),
        "P alone": (0.982, 1.0),
        "all": (0.99, 0.99),
        "P values": (1.0, 1.0),
    },
    # blind25 was scored once with the round-25 rules frozen (P 0.739 / R 0.687 over 99 effects as first labelled;
    # percent change 0.588 / 0.455, OR 0.889 / 0.800, RR 1.000 / 1.000, HR 0.500 / 0.500, P alone 0.814 / 0.897);
    # one label corrected after the score (a P for interaction in an HR's bracket is its P, as in blind11); levels
    # after round 26's rules (tuned since):
    "blind25": {
        "OR": (0.889, 0.8),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (0.821, 0.727),
        "P alone": (0.814, 0.921),
        "all": (0.835, 0.827),
        "P values": (1.0, 1.0),
    },
    # blind26 was scored once with the round-26 rules frozen (P 0.844 / R 0.487 over 78 effects; percent change
    # 0.000 / 0.000 over 31: "inhibited A by x%" was no change word; OR 1.000 / 1.000, RR 0.846 / 0.786, RD - /
    # 0.000, P alone 0.833 / 0.833; no correlation coefficient could be drawn); one label was corrected after the
    # score, to agree with blind15 and blind22: "(absolute mortality increase x%)" is no effect (it had been an RD);
    # levels after round 28's rules (tuned since):
    "blind26": {
        "OR": (1.0, 1.0),
        "RR": (0.929, 0.929),
        "RD": (1.0, 1.0),
        "percent_change": (1.0, 0.742),
        "P alone": (1.0, 0.833),
        "all": (0.985, 0.831),
        "P values": (1.0, 0.909),
    },
    # blind27 was scored once with round 28's part-A rules frozen (P 0.923 / R 0.558 over 86 effects; percent change
    # 0.500 / 0.028 over 36, OR 1.000 / 1.000, RR 1.000 / 1.000, MD - / 0.000, RD - / 0.000, P alone 0.925 / 0.974);
    # no label was changed after the score; levels after round 28's rules ("enhanced / suppressed A by x%", "has
    # grown by x%" written after the score):
    # (raised by round 29's change lexicon: "caused 68% depletion", "only mildly suppressed A (24%)")
    "blind27": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "percent_change": (1.0, 0.528),
        "P alone": (0.925, 0.974),
        "all": (0.957, 0.767),
        "P values": (1.0, 0.976),
    },
    # blind28 was scored once with round 29's part-A rules frozen (the change lexicon; P 0.833 / R 0.727 over 55
    # effects; percent change 0.000 / 0.000 over 15, OR 1.000 / 1.000, RR 1.000 / 1.000, HR 1.000 / 1.000, P alone
    # 0.852 / 1.000); no label was changed after the score; levels after round 29's rules ("x% longer", "a x%
    # prolongation" written after the score):
    # (round 30: a CI without percent signs is the change's, the guarded default of percent_default.py, "lost x% of
    # their initial weight", items after a "percent change per SD" header; blind16-27 rose with them too)
    "blind28": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "percent_change": (1.0, 0.733),
        "P alone": (0.92, 1.0),
        "all": (0.962, 0.927),
        "P values": (1.0, 0.971),
    },
    # blind29 was scored once with round 30's rules frozen (HEAD cc828fe; P 1.000 / R 0.731 over 26 effects; percent
    # change - / 0.000 over 6, all six in one judgement-call sentence whose reductions print no percent sign; no
    # percent change was predicted on its 144 percent_any sentences (252 percentages, mostly shares and levels), so
    # its percent-change precision of 1.0 is the guard against false changes; OR 1.000 / 1.000, P alone 1.000 /
    # 0.947); no label was changed after the score and no rule was written after it (round 31)
    "blind29": {
        "OR": (1.0, 1.0),
        "percent_change": (1.0, 0.0),
        "P alone": (1.0, 0.947),
        "all": (1.0, 0.731),
        "P values": (1.0, 0.95),
    },
    # blind30 was scored once with round 31's rules frozen (HEAD f6ee86f; P 1.000 / R 0.974 over 189 effects: RR
    # 1.000 / 0.962 over 104, P alone 1.000 / 0.988 over 80, OR 1.000 / 1.000 over 4, HR 1.000 / 1.000); no label was
    # changed after the score; raised by round 32's list rules ("vs." leads a value, "whereas it was x (CI)", "RRs
    # ... were x and y." at a clause end), written after the score
    "blind30": {
        "OR": (1.0, 1.0),
        "RR": (1.0, 0.99),
        "HR": (1.0, 1.0),
        "P alone": (1.0, 0.988),
        "all": (1.0, 0.989),
        "P values": (1.0, 0.991),
    },
    # blind31 (P_alone 144, hard negatives 6) was scored once with round 32's rules frozen (HEAD 146fd7a; P 0.995 / R
    # 1.000 over 205 effects: P alone 0.995 / 1.000 over 190, OR 1.000 / 1.000 over 8, HR 1.000 / 1.000 over 7); its
    # one wrong row is a judgement call ("(P = 0001)" labelled none, read as 0.0001 by the dropped-point rule); no
    # label was changed and no rule written after the score (round 33)
    "blind31": {
        "OR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "P alone": (0.995, 1.0),
        "all": (0.995, 1.0),
        "P values": (0.995, 1.0),
    },
    # blind32 (P_alone 144, hard negatives 6; blind31's plan) was scored once with round 34's rules frozen (HEAD
    # 1e6f8c5; P 0.991 / R 0.996 over 231 effects: P alone 0.990 / 0.995 over 208, OR 1.000 / 1.000 over 11, HR
    # 1.000 / 1.000 over 12); its two errors are a detection threshold labelled none and read as a P value (a
    # judgement call) and a decimal comma "p<0,05" read as P < 0.0; no label was changed and no rule written after
    # the score
    "blind32": {
        "OR": (1.0, 1.0),
        "HR": (1.0, 1.0),
        "P alone": (0.99, 0.995),
        "all": (0.991, 0.996),
        "P values": (0.991, 0.995),
    },
}


# splits that hold almost no CI or list (blind29: one CI, two lists of two P values) and guard precision instead
PRECISION_GUARDS = {"blind29"}


def _shortfalls(result, split: str) -> list[tuple]:
    """Rows of ``split`` whose precision or recall fell below the measured level (minus the tolerance)."""
    out = []
    for row, (precision, recall) in MEASURED[split].items():
        counts = result.counts[split][row]
        if counts.pred and counts.precision < precision - max(0.05, 1 / counts.pred) - 1e-9:
            out.append((split, row, "precision", counts))
        if counts.gold and counts.recall < recall - max(0.05, 1 / counts.gold) - 1e-9:
            out.append((split, row, "recall", counts))
    return out


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    return load_labels(DEFAULT_LABELS)


@pytest.fixture(scope="module")
def texts(labels) -> dict[str, str]:
    if not (DATA / "scifact" / "original" / "corpus.jsonl").is_file():
        pytest.skip(f"shared datasets not found at {DATA}")
    return load_sentences(DATA, labels)  # raises if any sentence changed (sha1)


def test_label_file_holds_locators_and_expected_values_only(labels):
    allowed = {"id", "source", "doc_id", "sentence", "start", "end", "sha1", "split", "effects"}
    effect_keys = {"measure", "value", "ci_level", "ci_lower", "ci_upper", "p_relation", "p_value"}
    for row in labels:
        assert set(row) <= allowed, row["id"]
        assert all(set(e) <= effect_keys for e in row["effects"]), row["id"]
        assert all(isinstance(v, str) and len(v) < 40 for k, v in row.items() if isinstance(v, str)), row[
            "id"
        ]
    assert len({row["id"] for row in labels}) == len(labels)
    positives = [r for r in labels if r["effects"]]
    assert len(positives) >= 150 and len(labels) - len(positives) >= 60
    found = {e["measure"] for r in labels for e in r["effects"]}
    assert set(MEASURES) | {None} <= found
    splits = {split_of(r["id"], r.get("split")) for r in labels}
    assert splits == {
        "tuning",
        "heldout",
        "blind",
        "blind2",
        "blind3",
        "blind4",
        "blind5",
        "blind6",
        "blind7",
        "blind8",
        "blind9",
        "blind10",
        "blind11",
        "blind12",
        "blind13",
        "blind14",
        "blind15",
        "blind16",
        "blind17",
        "blind18",
        "blind19",
        "blind20",
        "blind21",
        "blind22",
        "blind23",
        "blind24",
        "blind25",
        "blind26",
        "blind27",
        "blind28",
        "blind29",
        "blind30",
        "blind31",
        "blind32",
    }
    blind2 = [r for r in labels if r.get("split") == "blind2"]
    assert sum(1 for r in blind2 if r["effects"]) >= 80 and sum(1 for r in blind2 if not r["effects"]) >= 30
    blind3 = [r for r in labels if r.get("split") == "blind3"]
    assert sum(1 for r in blind3 if r["effects"]) >= 120 and sum(1 for r in blind3 if not r["effects"]) >= 40
    blind4 = [r for r in labels if r.get("split") == "blind4"]
    assert sum(1 for r in blind4 if r["effects"]) >= 100 and sum(1 for r in blind4 if not r["effects"]) >= 40
    blind5 = [r for r in labels if r.get("split") == "blind5"]
    assert sum(1 for r in blind5 if r["effects"]) >= 110 and sum(1 for r in blind5 if not r["effects"]) >= 40
    blind6 = [r for r in labels if r.get("split") == "blind6"]
    assert sum(1 for r in blind6 if r["effects"]) >= 110 and sum(1 for r in blind6 if not r["effects"]) >= 40
    blind7 = [r for r in labels if r.get("split") == "blind7"]
    assert sum(1 for r in blind7 if r["effects"]) >= 90 and sum(1 for r in blind7 if not r["effects"]) >= 50
    blind8 = [r for r in labels if r.get("split") == "blind8"]
    assert sum(1 for r in blind8 if r["effects"]) >= 110 and sum(1 for r in blind8 if not r["effects"]) >= 60
    blind9 = [r for r in labels if r.get("split") == "blind9"]
    assert sum(1 for r in blind9 if r["effects"]) >= 90 and sum(1 for r in blind9 if not r["effects"]) >= 80
    blind10 = [r for r in labels if r.get("split") == "blind10"]
    assert (
        sum(1 for r in blind10 if r["effects"]) >= 100 and sum(1 for r in blind10 if not r["effects"]) >= 70
    )
    blind11 = [r for r in labels if r.get("split") == "blind11"]
    assert (
        sum(1 for r in blind11 if r["effects"]) >= 120 and sum(1 for r in blind11 if not r["effects"]) >= 60
    )
    blind12 = [r for r in labels if r.get("split") == "blind12"]
    assert (
        sum(1 for r in blind12 if r["effects"]) >= 120 and sum(1 for r in blind12 if not r["effects"]) >= 80
    )
    blind13 = [r for r in labels if r.get("split") == "blind13"]
    assert (
        sum(1 for r in blind13 if r["effects"]) >= 120 and sum(1 for r in blind13 if not r["effects"]) >= 60
    )
    blind14 = [r for r in labels if r.get("split") == "blind14"]
    assert (
        sum(1 for r in blind14 if r["effects"]) >= 140 and sum(1 for r in blind14 if not r["effects"]) >= 60
    )
    blind15 = [r for r in labels if r.get("split") == "blind15"]
    assert (
        sum(1 for r in blind15 if r["effects"]) >= 120 and sum(1 for r in blind15 if not r["effects"]) >= 80
    )
    blind16 = [r for r in labels if r.get("split") == "blind16"]
    assert (
        sum(1 for r in blind16 if r["effects"]) >= 100 and sum(1 for r in blind16 if not r["effects"]) >= 60
    )
    blind17 = [r for r in labels if r.get("split") == "blind17"]
    assert (
        sum(1 for r in blind17 if r["effects"]) >= 100 and sum(1 for r in blind17 if not r["effects"]) >= 60
    )
    blind18 = [r for r in labels if r.get("split") == "blind18"]
    assert sum(1 for r in blind18 if r["effects"]) >= 80 and sum(1 for r in blind18 if not r["effects"]) >= 85
    blind19 = [r for r in labels if r.get("split") == "blind19"]
    assert sum(1 for r in blind19 if r["effects"]) >= 95 and sum(1 for r in blind19 if not r["effects"]) >= 45
    blind20 = [r for r in labels if r.get("split") == "blind20"]
    assert sum(1 for r in blind20 if r["effects"]) >= 90 and sum(1 for r in blind20 if not r["effects"]) >= 40
    blind21 = [r for r in labels if r.get("split") == "blind21"]
    assert sum(1 for r in blind21 if r["effects"]) >= 70 and sum(1 for r in blind21 if not r["effects"]) >= 35
    blind22 = [r for r in labels if r.get("split") == "blind22"]
    assert sum(1 for r in blind22 if r["effects"]) >= 55 and sum(1 for r in blind22 if not r["effects"]) >= 25
    blind23 = [r for r in labels if r.get("split") == "blind23"]
    assert sum(1 for r in blind23 if r["effects"]) >= 30 and sum(1 for r in blind23 if not r["effects"]) >= 20
    blind24 = [r for r in labels if r.get("split") == "blind24"]
    assert (
        sum(1 for r in blind24 if r["effects"]) >= 45 and sum(1 for r in blind24 if not r["effects"]) >= 100
    )
    blind25 = [r for r in labels if r.get("split") == "blind25"]
    assert (
        sum(1 for r in blind25 if r["effects"]) >= 45 and sum(1 for r in blind25 if not r["effects"]) >= 100
    )
    blind26 = [r for r in labels if r.get("split") == "blind26"]
    assert (
        sum(1 for r in blind26 if r["effects"]) >= 35 and sum(1 for r in blind26 if not r["effects"]) >= 100
    )
    blind27 = [r for r in labels if r.get("split") == "blind27"]
    assert (
        sum(1 for r in blind27 if r["effects"]) >= 40 and sum(1 for r in blind27 if not r["effects"]) >= 100
    )
    blind28 = [r for r in labels if r.get("split") == "blind28"]
    assert (
        sum(1 for r in blind28 if r["effects"]) >= 30 and sum(1 for r in blind28 if not r["effects"]) >= 120
    )
    blind29 = [r for r in labels if r.get("split") == "blind29"]
    assert (
        sum(1 for r in blind29 if r["effects"]) >= 18 and sum(1 for r in blind29 if not r["effects"]) >= 120
    )
    blind30 = [r for r in labels if r.get("split") == "blind30"]
    assert (
        sum(1 for r in blind30 if r["effects"]) >= 110 and sum(1 for r in blind30 if not r["effects"]) >= 30
    )
    blind31 = [r for r in labels if r.get("split") == "blind31"]
    assert sum(1 for r in blind31 if r["effects"]) >= 140 and sum(1 for r in blind31 if not r["effects"]) >= 6
    blind32 = [r for r in labels if r.get("split") == "blind32"]
    assert sum(1 for r in blind32 if r["effects"]) >= 140 and sum(1 for r in blind32 if not r["effects"]) >= 6


def test_no_sentence_is_labelled_twice(labels, texts):
    # a sentence printed in two records can come twice in one draw (the sampler takes ids; blind17, blind24 and
    # blind25 drew one twice each), never in two: each draw excludes the texts labelled before it
    splits: dict[str, set[str]] = {}
    for row in labels:
        splits.setdefault(texts[row["id"]].strip(), set()).add(split_of(row["id"], row.get("split")))
    assert all(len(found) == 1 for found in splits.values())
    twice = len(texts) - len(splits)
    assert twice <= 3


def test_seed_sentences_give_exactly_their_four_effects(texts):
    seed = json.loads((DATA / "seed" / "sources.jsonl").read_text(encoding="utf-8").splitlines()[0])
    found = [extract_effects(sentence) for sentence in seed["abstract"]]
    flat = [(e.measure, e.value, e.ci_level, e.ci_lower, e.ci_upper) for effects in found for e in effects]
    assert flat == [
        ("MD", 1.86, 95, 1.17, 2.56),
        ("MD", 1.49, 95, 0.98, 2.0),
        ("WMD", -1.54, 95, -2.44, -0.64),
        ("MD", -0.83, 95, -1.21, -0.46),
    ]
    assert not any(e.p_value for effects in found for e in effects)


@pytest.mark.parametrize("split", sorted(MEASURED))
def test_scores_stay_at_the_measured_level(labels, texts, split):
    assert _shortfalls(score(labels, texts), split) == []


def test_the_guard_can_fail(labels, texts, monkeypatch):
    """An extractor that loses every CI (or every list continuation) must trip the guard on every split but the
    precision guards (``PRECISION_GUARDS``), and one that reads every percentage as a change must trip those."""

    def without_ci(sentence):
        return [e.model_copy(update={"ci_lower": None, "ci_upper": None}) for e in extract_effects(sentence)]

    def first_only(sentence):
        effects = extract_effects(sentence)
        return effects[:1]

    def every_percent_a_change(sentence):
        found = re.finditer(r"(\d+(?:\.\d+)?)\s*%", sentence)
        added = [EffectSize(measure="percent_change", value=float(m[1]), text=m[0]) for m in found]
        return [*extract_effects(sentence), *added]

    for worse in (without_ci, first_only):
        monkeypatch.setattr(bench, "extract_effects", worse)
        result = score(labels, texts)
        for split in set(MEASURED) - PRECISION_GUARDS:
            assert _shortfalls(result, split), (worse.__name__, split)
    # a split of shares and levels, with one CI and two short lists, is a guard against false percent changes
    monkeypatch.setattr(bench, "extract_effects", every_percent_a_change)
    result = score(labels, texts)
    for split in PRECISION_GUARDS:
        assert _shortfalls(result, split), ("every_percent_a_change", split)
