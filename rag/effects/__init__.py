"""Effect sizes read from one sentence as structured data (``EffectSize``), with compiled regexes only.

Why rules and not a model: the estimates in abstracts are written in a small set of stereotyped forms
("OR 0.71 (95% CI 0.55-0.92; P = 0.01)", "a 23% lower risk", "r = 0.45"), every number must be copied
exactly, and the extractor runs on every quoted sentence at answer time. A rule that misreads is a bug we
can see in ``python -m eval.bench_effects --verbose``; it never invents a number that is not in the text.

What counts as an effect (the labelled set ``eval/labels/effect_sizes.jsonl`` follows the same rules):

* a point estimate of a *named* measure: mean difference (MD), weighted / standardised mean difference (WMD,
  SMD, Hedges' g, Cohen's d), odds ratio (OR, aOR, summary OR), relative risk / risk ratio (RR), hazard ratio
  (HR, relative hazard; "RHR", a ratio of hazard ratios, in the full form "RHR = 1.71; 95% CI ..."), risk
  difference (RD; an "absolute risk reduction" of 11% is RD -11, one printed -12.0 is RD +12.0), incidence rate
  ratio / rate ratio (IRR), a correlation coefficient (r, rho, Spearman's / Pearson's coefficient; not R², not an
  intraclass correlation). The name the sentence defines wins: "rate ratio [RR] = 0.80" is an IRR,
  and an abbreviation spelled out as something else ("heart rate (HR)", "Mediterranean diet (MD)") is not a
  measure in that sentence, unless it is used in the full form "MD -0.3; 95% CI -3.7 to 3.1". A bare
  "differences" after a mean-difference name refers back to it ("weighted mean differences ... [differences
  in glimmer: -0.9 (-1.6, -0.2)]"). Several values after one name are several effects, whether listed ("HRs
  were 0.82 (0.70-0.96) and 0.75 (0.60-0.93)"), one per parenthesis ("age (HR 1.6; 1.5-1.7), female sex
  (0.7; 0.6-0.8)"), after "but" ("in women (HR 1.9, 1.1-3.8) but not in men (1.2, 0.7-2.1)") or tied to
  their name only by a label ("RRs of A v B (males 3.1, females 2.4)", "(r=0.81), followed by zorvatin
  (0.78)"). The extractor takes a value further on in such a list when it comes with its CI, or, without
  one, when it sits exactly like the first value did (alone in its bracket, signed and alone in its bracket
  with a unit, after a label, before the same unit word or a "± spread", at the same bracket depth). Such a
  list goes on across a ";" when each part is introduced like the first ("HRs were: for A, 0.7 (CI), 0.8
  (CI); for B, 0.9 (CI)"). A list of bare values is read whole ("rate ratios across quartiles were 1.00, 1.21,
  1.44 and 1.93": three or more, with decimals, the last after "and" or before "respectively"; a ratio
  list's leading 1 is the reference category and not an effect), so is a second list as long as the first
  ("... in men and 1.00, 1.12, 1.58 and 2.67 in women"), and CIs given together after it ("0.61, 0.66 and
  0.74, respectively (95% CIs 0.41-0.91, 0.44-0.99 and 0.50-1.10)") go to its values in order. After a
  difference name and a verb, signed values alone in their brackets are a list even without CIs ("mean
  differences were glimmer (+4.2 g/d); quillmorin (+96 ug/d), ..."). A name alone in a bracket is a header
  for values further on that come with their CIs ("(mean difference, 95% CI) ... glimmer (-0.38 cm, 95% CI
  -0.71 to -0.05)"). A spelled-out mean difference may carry a spread ("was 0.6 ± 0.8 units (95% CI
  0.5-0.7)": MD 0.6, the spread is not a CI). A correlation printed without its point ("r=-04418") is
  -0.4418.
  A value of a reference category ("1 (reference)"), a range of estimates ("ranged from 0.56 to 0.72"; but
  "ranging from 1.3 [95% CI 1.1-1.5] in A to 2.5 (95% CI 2.2-2.8) in B" gives two) and a bare difference
  without a measure name ("1.9-point difference") are not effects;
* a relative change in percent with a direction word: "reduced LDL by 12%", "a 23% lower risk", "a 23%
  reduced risk", "increased by 15.2%", "declined 38%", "(mean increase 20%)", "an increase in glimmer of
  0.6%", "with a similar increase for B, i.e. 38%", or a signed "-50%"; with a bracket between number and
  direction ("a 19% (95% CI 7%, 29%) lower risk", "37% (HR 0.63; ...) reduced risk", "a 58% (p < 0.01)
  reduction"); or alone in its bracket after a change in words ("increased (31%)", "a reduction in the risk
  of A (12%), B (21%) and C (43%)"). The direction gives the sign (reduce, lower, decrease, decline, fall,
  less => negative). Prevalences ("32% of participants", "41 improved (62%)"), levels compared ("higher in A
  (12.5%) compared with B (3.1%)"), ranges ("by 20-29%", "between 27% lower and 31% higher"), bounds ("up to
  40%", "more than 50%", "time to 50% reduction"), thresholds ("detection by a 5% increase in size"),
  responders ("48.5% showed 50% improvement", "patients who achieved a 50% reduction"), absolute changes ("an
  absolute reduction in risk of 0.8%") and exposure steps ("for each 1% increase in price", "a dose
  reduction by 50% reduces the risk", "a 10% increase in price lowers demand", "a 50% reduced dose") are
  not;
* a P value. It attaches to the effect it follows in the same parenthesis or clause (at most one per
  effect); a P value inside the bracket between a percentage and its direction word is the change's ("a 71%
  (p < 0.001) reduction"); any other P value is an effect of its own with ``measure=None``. "P < or = 0.003"
  is "<=", and a doubled "pp<0.05" is read as P. A significance threshold stated as method ("P < 0.05 was
  considered significant", "with a two-sided P<0.05 considered to indicate significance") is not a P value of
  a result.

The confidence interval is the range that follows the estimate: "(95% CI 1.17-2.56)", ", 95% CI -2.44 to
-0.64", "[CI, 0.4-11.9]", "(0.52, 0.99)", ", -4.36 to -2.89", "(CI 95% 1.2-2.3)", "[95% confidence interval
{CI}, -0.41 to 0.27]", "with narrow confidence limits ranging from -1.4 to 1.8"; a CI that says "CI" may come
after a short qualifier ("0.3 for zorvatin (95% CI 0.2-0.7)") or the estimate in another unit ("-200 kJ (-48
kcal) (95% CI -400, 10)"). Its level is the one stated with it, else the last level the sentence stated before
it ("ORs (95% CI) were 0.72 (0.52-0.99), ..."), else None. A range with no CI label must contain the estimate.
A percent change takes a CI only when the bounds are percentages ("by 24% (19% to 28%)" gives -24, -28 to -19;
"an 84% decreased risk (95% CI 61%-93%)" gives -84, -93 to -61); "34% lower hazard (95% CI: 0.59, 0.75)" gives
no CI, because that interval belongs to a hazard ratio the sentence does not state. Numbers are read as
printed: unicode minus, en dashes and Lancet-style middle dots ("0·56") are normalised;
``ci_lower``/``ci_upper`` keep the printed order (a negated percent CI is put in order). Units are not counts:
"0.41 ± 0.52 D" is dioptres (only a lower-case "d" is days).

Layout: ``text`` (normalisation, number tokens, the sentence, CIs), ``names`` (measure names and the anchors
they give), ``measures`` (values after each name and their lists; single estimates in ``measure_values``, later
list items in ``measure_lists``), ``percent`` (percent changes: each "x%" is ruled in or out by its context in
``percent_context``; its direction comes from the words next to it (``percent_direction``), the change its
clause names (``percent_clause``), a change compared between groups (``percent_compared``) or a form of its own
(``percent_forms``, ``percent_items``), all with the change words of ``lexicon``; tolerances, interval ends and
signed levels are ruled out in ``percent_levels``; last, ``percent_default`` reads a percentage no rule placed),
``pvalues`` (P values and their effects); ``extract_effects`` below puts them together.

Also read (added for blind3's and blind4's misses): a spelled-out difference given with its SD far from its
name and listed across semicolons ("were small: 2.25 mm (SD 3.0), 0.02 mm (3.0) ...; 0.83 mm (0.9), ..."); a
difference in time units before its CI ("MD -2.4 days, 95% CI ..."); a header with the CI level in a bracket of
its own ("(risk ratio [95% CI]) was 1.12 (0.94-1.34) in A, ..."); a bracketed list without "and" ("(R = 0.27,
0.27, 0.33; ..."); values before their labels ("0.76 for A and 0.77 for B"); an abbreviation the sentence
defines as the initials of a measure name ("adjusted risk difference [ARD] ... (ARD, 3.3% ...)"); "correlation,
0.97" and "Rs = 0.88"; "2p<0.001", "P 0.001", "P:<0.01" and "P = 0.02 and < 0.001"; an un-labelled CI followed
by its P value ("(0.19-0.86, p=0.02)") or printed with a doubled dash ("1.70--2.25"); percent changes with a
spread ("13+/-4%"), with a time unit in their bracket ("(2.7% per year)"), after a change in units ("by 52 g
(50%)"), sharing a later percent sign ("183 and 163% above controls") or with a CI after the noun they change
("a 10.0% lower CFR (95% CI ...)"). Not read: a change required or aimed for ("would require a 38% reduction",
"Goals: ... by 20%", "the potential to increase ... by 27%"), "> or = 30%", an "absolute" percent reduction, a
threshold ("the concentration causing a 20% fall"), an exposure step "associated with" an outcome, a term of a
regression equation ("Y=0.68+1.26X") or R², a ratio per head ("(0.08 (0.05-0.14)/1000)"), thresholds named
with results ("at genome-wide significance (P < 5 x 10(-8))", "Significant results (p<0.05)"), and a P value
outside a bracket that closed after the effect ("A (-13.8%) and B (P = 0.069)").

Also read (added for blind4's remaining misses): "the correlation between A and B was 0.333" and a clause that
refers back to it ("; this value was -0.768 for C"); a noun between a percentage and its direction noun ("a 13%
odds reduction", "10% weight loss", not "... weight loss goal"); "the risk reduction was 12%"; a list value with
its CI after the bracket its name opened closed ("(RR: 0.88; ...) in A and 0.96 (0.91, 1.02) in B"); CIs in
"percent" words after the noun phrase a change is in ("reduction in the risk of death in A (95 percent CI, 0 to
40 percent)"); two bare values before "respectively"; "P for age interaction"; a P value after "TNF-alpha". Not
read: a signed percentage after an unsigned level with its spread ("(8.6 ± 2.2% vs. -0.8 ± 1.1%)"), a change
that a criterion or requirement states ("identified lymphedema", "is necessary to"), a round exposure step
"associated with" an outcome (an observed "11% reduction ... was associated with" is read), "when the
correlation ... was", "the kappa coefficient for the correlation".

Also read (added for blind5's misses): list items labelled like the first, each with its CI ("were for A 2.34
(95% CI ...), for B 2.50 (95% CI ...)"); a reference category leading a list ("1.00, 1.08 (95% CI ...)": not an
effect); "Confidence Interval" capitalised; "P-trend across categories = x"; "p = < 0.0001"; "correlation
index 0.62"; a percent range alone in its bracket after the noun phrase a change is in ("a 22% reduction in CHD
events (17% to 27%)"). Not read: a range of coefficients written with the symbol twice ("r = 0.21-r = 0.77"),
"less than a 1% decline".

Also (added for blind5's remaining misses): a P value shared by a list belongs to every value of it, when it
follows "respectively" or says "for each / both / all" ("1.31 and 1.07, respectively; P=0.10", "(r = 0.18, 0.13
respectively, p>0.05 for each)", a "P for trend" after a "respectively" list); an ARR is always a negated RD (an
ARR printed -12.0 is RD +12.0); a list whose first item's bracket opened with the change ("testis (12% increase,
...), breast, ..., and lymphomas (approximately 7%)"). Not read: a definition ("the resolution interval (Ri; 50%
neutrophil reduction)"), an arm of the design ("stratified into 3 groups: (i) caloric restriction (30%
reduction), ..."), and a signed change with a spread of a quantity measured in percent ("HbA1c ... (+0.49 ±
1.04%)", "AIx (-6 ± 3%)", "(-2.1 ± 3.0% fat)": percentage points).

Also read (added for blind6's misses): list items after a ":" labelled like the first, each with its CI ("RRs were
as follows: A 1.87 (95% CI ..., p=0.01), B 1.06 (0.83-1.36), ..."); a correlation symbol opening its bracket
without "=" ("(rs 0.738, P ...)", "(r 0.30)") and rho with its degrees of freedom ("ρ42 = -0.43"); "[2p]=0.0005";
an editor's "[corrected]" inside a CI; further "by x%" items of one list far from their direction word ("decreased
by 69% (OR ...) in women who ..., by 64% (OR ...) in ..."). Not read: "the target of improving ... by 20%", "doses
were 20% higher", a percentage of a quantity measured in percent ("10.1% excess weight loss (EWL)"), and a round
exposure step up to eight words before its verb ("a 1% increase in tonnages of A released 22 years prior raises").

Also (added for blind6's remaining misses and blind7's): a thousands separator inside a CI ("168.2, 3,229.2"); a
CI of a change in direction words ("23% (95% CI, 79% higher to 75% lower) lower": -75 to 79); names listed before
their values ("relative risk and odds ratio were 0.10 (...) and 1.00 (...), respectively"); "; NS" closing a CI;
a CI that says "CI" after the estimate's P value ("RR: 1.04; P = 0.63, 95% CI: 0.9 to 1.2"). Not read: an excess
relative risk, a counterfactual change ("If A were to fall ..., there would be an 18% decrease", "can be reduced
by 15% if ...").

Also (added for blind7's remaining misses): "RHR" in the full form of a measure ("RHR = 1.71; 95% CI ..."), a ratio
of hazard ratios, as a hazard ratio (not when the sentence spells it out as something else, "resting heart rate
(RHR)", nor outside that form); decimal commas and "IC" in a Spanish or French sentence ("OR 2,08; IC95% 1,73 a
2,50"); a list of percentages each with its bracket before one direction word ("23% (p = 0.006) and 27% (p = 0.009)
lower"); a CI without percent signs in the bracket between a change and its direction word, when it holds the
change ("30% (95%CI 1,51) higher"); a list item alone in its bracket but for its P value, like the first ("(OR:
3.34; P = 0.006), B (1.99; P = 0.002)"); a whole number said to be approximate ("a risk ratio of about 8").

Also (added for blind8's misses): a change "of" a noun phrase "of x%" and the next items of its list ("a reduction of
total serum A of 11% (p < 0.001), of B of 6%"); "increased another x%"; a signed change after "a change of";
"24% below that of tumour-free controls"; the mean of a range of estimates ("ranged from 0.32 ... to 0.81 ... (mean:
0.65)"); a CI that says "CI" after a qualifier of up to ten words, when it holds the estimate ("3.5 for current
smokers in A relative to hospital controls (95% CI = 1.6-7.5)", "0.56 from 8 case-control studies (95% CI ...)"); a
header name qualified inside its bracket ("[age- and energy-adjusted hazard ratio (95% CI)] ... for A [0.63
(0.41-0.96)]"); a list across ";" whose first item has a label of up to eight words. Not read: a range of P values
("Ptrend = 0.11-0.52", "P = 0.132 to 0.986"), a change aimed for or to be detected ("targeted a 1% decline",
"powered to detect a 25% reduction"), and a change in a quantity measured in percent ("a 5% improvement in left
ventricular ejection fraction", "a 0.5% reduction in HbA1c": percentage points).

Also (added for blind8's remaining misses and blind9's): a CI that says "CI" after a count clause ("0.72 from 11
studies, comprising a total of 2041 knights (95% CI ...)"); a change noun after an article or qualifier, what it is in
and a copula ("the increase in glimmer uptake was 850%", "The mean decrease in A after B was 41%", "the decrease
reached about 35%"); plural change nouns and up to five words of what they are in ("increases in serum A and B of
17.5% and 4.0%, respectively"); up to three nouns before a risk noun and its direction ("27% gout flare risk
reduction"); "PTrend"; a list across ";" whose items are labelled like the first one's label before its copula
("HR ... in squires was 0.77 (CI); in B, 0.88 (CI); and in C, ..."); bare values with labels between them, when
"respectively" ends the list ("were 0.41 and 0.25 for A and 0.33 and 0.29 for B, respectively"); "correlated .72
with". Not read: a net reclassification improvement, a change used as a criterion ("Using a 10% increase in A as
the criterion"), a bound "x% or more", a change required ("require a 10% greater reduction"), a P value bounded on
both sides ("0.004 <= p < 0.001").

Also (added for blind10's misses): "hazards ratio"; an unlabelled CI whose bracket goes on after ";" with a label
("x (a-b; 3rd tertile, ...)"); two bare values, a label, then "respectively" ("were x and y among A,
respectively"); "by x and y%" (the numbers share the percent sign after "by"); "P < a and b, respectively" after
a "respectively" list, one P value to each value; "x% faster / slower"; labelled items with their CIs in percent
in a bracket after a change ("an x% (CI) lower risk of A (B, y% [CI]; C, z% [95% CI, -a% to b%])": a mixed-sign
CI of the unsigned size is negated, -z with -b to a, unless it holds the signed change); "a risk reduction of x%
compared with y%". Not read: a change under 5 of a quantity measured in percent (FMD, HbA1c, ...) named just
before it and read from words before it ("FMD increased (by x%", "HbA1c level (-x%;"): percentage points; an
abbreviation before "prevalence" / "incidence" ("AHR prevalence"); "considered to be significant at P<x"; "an
increase of x% A was associated with" (an exposure step).

Conventions settled after round 10 (round 10b): a change projected, anticipated, expected, forecast or predicted by
a model is no measured effect, like a target or a counterfactual (not read: "is projected to increase another x%",
"was anticipated to reduce A by x% (CI)", "was forecast to decline from a% to b%, a change of -x%", "According to
the projections, scenario 1 yields an increase of x%", "the model predicted an x% decline": the wording anywhere
earlier in the change's clause, unless "but", "whereas", "however" or "instead" comes between); a P value that
defines significance ("considered significant when p<x", "significance was set at") is a threshold, one reported
for a finding ("a statistically significant (p<0.05) rise") a P value; "P < a and b" gives "< a" and "< b".

Round 11 (percent changes restructured; see above): a percentage with no direction word next to it is the size of
a change its clause names earlier when it sits where a size sits: after the verb's object ("raised the level of A
52% (P), B 8% (P), and C 3%"; "declining -10.5%"), alone in a bracket after the change with a label, an
approximation or its P value ("fell significantly (~11%)", "(mean, 33%; SD, 22%)", "Reductions in A (34%; P =
...) and in B (71%; P = ...)"), or after a change noun, what it is in and a copula ("The mean decrease in the
number and size of A from baseline was 60%"); not where a level or share sits ("to", "from", "of", "in x% of", "(x%)
compared with", "from a% (...) to b%"), not after a count ("30 improved (56%)"), not for an improvement in a
bracket (more often the share that improved), not with a spread, not in a compound ("cholesterol-lowering"), and
not small changes of a quantity measured in percent. Also read: "by an estimated x%", "by ~x%", "(x%) lower" alone in
its bracket before the direction word. Not read: a spread ("SD, x%"); a later small change of a quantity measured
in percent in the same clause, with only changes in points between ("FMD rose (by a%, ...), whereas ... (increase
by b%, ...)"; "HbA1c ... (range, -a% to -b%) and B (-b%) and placebo (-c%)"): percentage points.

Also (added for blind11's misses): "an x% lowering of A"; after a verb, a P value in a bracket and a long object,
then its list of changes in brackets ("decreased (P < x) plasma levels of A for B (a%), C (b%), ... and increased
that of D (d%) compared with baseline"; not an object naming a share: "increased the proportion of A (x%)"); a
source's "Cl" for "CI" before a range; "the correlation between the 24-hour A and 3-month B was x" (what it
relates may run to 80 characters). Not read: a P value saying what a test was used to find ("to determine
(possible) significant differences (P < x)").

Also (blind12): a header "RR (95% CI; P, trend) ... was a (b-c; d)" gives d as the P value; "95% CredI" is a CI;
"prolonged / shortened ... by x%" and "a x% (CI) decrement"; a signed "+x%/yr" after "the change in A was" (and
"... and for B +y%/yr"). Not read: the second value of "coefficients ranging between a and b".

Also (blind13): "rS = x"; "A correlations were x (CI) ... and y (CI)"; "1.04:95% CI", "(95% confidence interval
(CI = a-b)", "(90%CI: a;b)"; a CI that says "CI" after a qualifier with a number and ";" ("0.68 for an increment
of 1 serving per day; 95% CI, ..."); list items after a ":" labelled like the first across a ";" ("(odds ratios:
men a (CI); women b (c to d))"). Not read: the ends of "odds ratios between a and b" and of "ranged from r = a
(...) to r = b"; a value that another quantity introduces in a list ("..., and a prevalence after 42 weeks of
x (CI)"); a small change of percent atheroma volume (PAV: percentage points); a scenario's change.

Also (blind14): "p-linear-trend<x", "P for heterogeneity between data sources = x", "RH, x; 95% CI ..." (relative
hazard, full form), labels with a short bracket before "respectively" after a bare list. Not read: a ratio with a
unit ("[= x kg]"), "up to almost x%"; an exposure step's noun ("each SD increase") does not sign a later "by x%".

Also (blind15): "a mean reduction at day 7 of x%", "increased at an average annual rate of x%", "PAO-PL = x", a P
value shared after "respectively, compared with A (P ...)". Not read: "P<a to P<b", "a >= P >= b", "will increase
by x%", a small change of a percent quantity as the subject ("FMD values were x% higher"), "who had x% greater".
Also (blind16): "by x or y%", "with / showed x and y% reductions in A", "x% and y% reductions", "reduced A,
compared with B (~x%, P ...)". Also (blind17): "correlated with A (x, P)", "| R | = x", "r (s )= x", "r values of x
and y", "P =.a,.b, and.c, respectively", "in the dominant model x (CI)", "were, for A (ABBR) x (CI), B y (CI)",
"reduction in A (ABBR) B (x% +/- y%, P)"; a P value after "and lower levels of B" is that comparison's. Also
(blind18): "x per 10 units increase in A, 95% CI ...", "by x (95% CI a, b) %" (and a list of them). Also
(blind19): "P for trend, x", "p adjusted = x". Also (round 22): a comparative adjective, what it compares and the
size alone in its bracket ("significantly lower A mortality (x%) and B incidence (y%) than C", "higher A (~x%)").
Also (round 23): "increased x units (CI; y%)", "[x% change]", "reduced for all: A, x%; B, y%", "raising numbers of A (x%)".
Also (round 25): "ARD, x% [95% CI ...]" (RD), "-x% [a%, b%] A, y [c%, d%] B", "(ΔA, x% versus y%)", "reduced in the
A (x%) and in the B (y%) groups", a list printing its signs ("A (x%), B (-y%), C (-z%)"), "P value (.07)". Not read:
"+ or - x%", "(+a% vs +b%)" and "were -a% and -b%" in a clause naming no change, "A (x%) or increase in B (y%)".
Also (after blind32): a P value printed with a decimal comma in any sentence ("p<0,05", "P = 0,001"): only "0," and
digits right after its sign; not "p=0, 5" nor "P=0,1,2", and commas between listed P values stay separators.

Benchmark: ``python -m eval.bench_effects [--verbose]`` scores the extractor on the hand-labelled real sentences
(tuning, held-out and blind splits; each blind split drawn, labelled and scored once with the rules frozen after the
previous split's misses were fixed; see that module and eval/JOURNAL.md, which also lists the known misses).
"""

from __future__ import annotations

from rag.effects.measure_lists import _names_respectively
from rag.effects.measures import _read_anchor
from rag.effects.percent import _percent_changes
from rag.effects.pvalues import _attach_p, _p_values
from rag.effects.text import _Effect, _Sentence
from rag.schemas import EffectSize

__all__ = ["extract_effects"]


def extract_effects(sentence: str) -> list[EffectSize]:
    """Every effect estimate and P value the sentence states, in reading order (rules in the module doc).

    Pure and fast (compiled regexes only): ``extract_effects("MD 1.86, 95% CI 1.17-2.56")`` gives one
    ``EffectSize(measure="MD", value=1.86, ci_level=95, ci_lower=1.17, ci_upper=2.56, ...)``."""
    if not sentence or not any(ch.isdigit() for ch in sentence):
        return []
    s = _Sentence(sentence)
    p_values = _p_values(s)
    s.consumed.extend((start, end) for start, end, _, _ in p_values)  # a P value is never an estimate
    effects: list[_Effect] = []
    read: list[int] = []  # how many estimates each anchor gave
    for i, (start, end, measure) in enumerate(s.anchors):
        if s.is_consumed(start):
            read.append(0)
            continue
        found = _read_anchor(s, start, end, measure)
        read.append(len(found))
        _names_respectively(s, i, found, read)
        effects.extend(found)
    effects.extend(_percent_changes(s))
    effects.sort(key=lambda e: e.start)
    effects.extend(_attach_p(s, effects, p_values))
    effects.sort(key=lambda e: e.start)
    out: list[EffectSize] = []
    for e in effects:
        end = e.end
        if e.p_end is not None and e.p_end - e.end <= 80:
            end = max(end, e.p_end)
        out.append(
            EffectSize(
                measure=e.measure,  # type: ignore[arg-type]
                value=e.value,
                ci_level=e.ci_level,
                ci_lower=e.ci_lower,
                ci_upper=e.ci_upper,
                p_value=e.p_value,
                p_relation=e.p_relation,  # type: ignore[arg-type]
                text=sentence[e.start : end].strip(),
            )
        )
    return out
