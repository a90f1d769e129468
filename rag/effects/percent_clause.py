"""A percentage that is the size of a change named earlier in its clause, when no word next to it gives the
direction: the change word is found first, then the percentage must sit where a size sits ("increased the level
of A 52% (P)", "fell significantly (~11%)", "reductions in A (34%; P = ...)", "the decrease in A and B from
baseline was 60%"), not where a level or a share does ("increased to 45%", "in 30% of", "(12%) compared with",
"30 improved (56%)"). The next items of such a list take the same direction ("..., B 80% (P), and C 39%",
"... and in B (71%; P = ...)"). Also here, as another list a change continues: labelled items each with a percent
CI in a bracket after a change ("x% (CI) lower risk of A (B, y% [CI]; C, z% [CI])").

Why a fallback of its own: the words around a size vary more than a list of neighbouring words can hold, while
the places a level or share takes are few; the rule asks for a size's place and rules out a level's."""

from __future__ import annotations

import re

from rag.effects.lexicon import pattern
from rag.effects.percent_context import _PERCENT_QUANTITY, _magnitude, _window_start
from rag.effects.text import _CLAUSE_WORDS, _ci_after, _Effect, _Sentence

_APPROX_ANY = r"(?:(?:approximately|about|around|nearly|almost|roughly)\s+|[~\u2248\u223c]\s*)?"
_VERBS = pattern("verb")  # the lexicon's past tenses, participles and "-ing" forms
_NOUNS = rf"{pattern('size_noun', without=('cut', 'fall'))}|improvements?"  # ("injurious falls")
# the change word: not part of a compound ("cholesterol-lowering"), not after a count ("30 improved (56%)")
# (the lexicon's other nouns, "the inhibition of A was x%", "strength loss was x%", name a size only before a copula)
# ("the long-term suppression was x%": a treatment, not a size)
_COPULA_NOUNS = pattern("process_noun", without=("suppress", "impair", "accelerat", "curtail", "prolong"))
_CHANGE = re.compile(
    rf"(?<![\-\w])(?<!\d\s)(?:(?P<verb>{_VERBS})|(?P<noun>{_NOUNS}|(?P<cnoun>{_COPULA_NOUNS})))\b",
    re.I,
)
_FUNCTION = (
    r"to|from|in|at|than|of|with|and|or|but|for|on|between|below|above|over|under|within|by|as|was|were|is|are|"
    r"has|have|had|only|about|approximately|nearly|around|the|an?|that|who|which|compared|during|after|before|"
    r"followed|while|when|whereas|its|their|this|these"
)
_WORD = r"[A-Za-z][\w\-/'\u03b1-\u03c9]*"
# (a word ending in "ed" is a verb, not "flaxseed" or "need")
_CONTENT_WORD = rf"(?!(?:{_FUNCTION})\b)(?![A-Za-z]+(?<!e)ed\b){_WORD}"
_LABEL = rf"(?:(?:mean|median|average|change|{_WORD}\s+values?|\u0394)\s*[,:=]?\s*)?"  # "(mean, 33%", "(AUC values: 22%"
# what the percentage sits after, from the end of the change word
_SLOTS = re.compile(
    # "increases in serum A (mean, 33%", "reduced B significantly (~11%", "Reductions in Ki-67 index (34.2%"
    # "decreased (P < x) plasma levels of A for B (29%), C (20%), ...": after a verb, its object (a P value taken out)
    rf"(?P<bracket>(?:\s+(?:in|of)(?:\s+(?:the\s+)?{_CONTENT_WORD}){{1,5}}|(?:\s+{_CONTENT_WORD}){{0,3}}"
    rf"|(?P<long>(?:\s+(?:(?:of|for|that|those|the)\s+){{0,2}}(?!(?:{_FUNCTION})\b){_WORD}){{1,12}}))"
    # "an increase in A was observed in the B group (x%; P)": after a change noun, where it was seen
    rf"(?P<seen>\s+(?:was|were)\s+(?:observed|seen|found|noted)(?:\s+(?:in|among)\s+(?:the\s+)?"
    rf"(?:{_CONTENT_WORD}\s+){{0,2}}(?:group|arm|cohort)s?)?)?"
    # "reduced A intake, compared with water (~11%, p = x)": the comparator named first (with a P value only)
    rf"(?P<cmp>\s*,?\s+(?:compared\s+(?:with|to)|relative\s+to)(?:\s+(?:the\s+)?{_CONTENT_WORD}){{1,3}}\s*,?)?"
    rf"\s*[(\[]\s*{_LABEL}{_APPROX_ANY})$"
    # "The mean percent decrease in the number and size of polyps from baseline was 60.4%"
    rf"|(?P<copula>(?:\s+(?!(?:was|were)\b){_WORD}){{0,12}}\s+(?:was|were|reached|averaged|amounted\s+to)\s+"
    rf"{_APPROX_ANY})$"
    # "increased the concentration of serum A 528%", "declining -10.5%", "reduced FMD 31%"
    rf"|(?P<object>(?:\s+(?:the\s+)?{_CONTENT_WORD}(?:\s+(?:of|in)\s+(?:the\s+)?{_CONTENT_WORD})?){{0,4}}\s+[-+]?)$",
    re.I,
)
_P_BRACKET = re.compile(r"\s*[(\[]\s*[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than)[^()\[\]]{0,20}[)\]]")
# "reduction in low-density glimmer (LDG) squires (x%": an abbreviation the object defines is part of it
_ABBREVIATION_BRACKET = r"[(\[][A-Za-z][A-Za-z\-]{0,9}[)\]]"
_ABBREVIATION = re.compile(rf"\s*{_ABBREVIATION_BRACKET}(?=\s+[A-Za-z])")
_SHARE = re.compile(
    r"\b(?:proportions?|prevalence|percentages?|rates?|incidence|numbers?|frequenc(?:y|ies)|shares?|fractions?|"
    r"patients|participants|subjects|cases|women|men|children|people|individuals)\b",
    re.I,
)
# "raising numbers of A particles (10%)": the count a verb changes, not a share (unless of people)
_COUNT_OBJECT = re.compile(r"^\s+(?:the\s+)?numbers?\s+of\b", re.I)
_BRACKET_END = re.compile(  # the size alone in its bracket, or with its P value or CI; "(33% +/- 4%, P < a)"
    r"\s*(?:[)\]]|[;,]\s*(?:[Pp]\b|SD\b|SE\b|SEM\b|\d{2}\s*%\s*CI|CI\b)"
    r"|(?:\+/-|\u00b1)\s*\d+(?:\.\d+)?\s*%\s*[;,]\s*[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than))"
    # or the first of sizes listed with "respectively": "decreased (x%, y%, and z%, respectively)"
    r"|(?P<listed>(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:\.\d+)?\s*%?"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:\.\d+)?\s*%?)*\s*,?\s*respectively\s*[;,)\]])"
)
_P_AFTER_SIZE = re.compile(r"\s*[;,]\s*[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than)")
_NOT_SIZE_AFTER = (
    re.compile(  # levels compared ("(12%) compared with B (3%)"), "from a% (...) to b%", a share "x% of"
        r"\s*(?:[)\]][^()\[\];]{0,60}?\b(?:compared|vs\.?|versus|than)\b[^;]{0,60}?\d\s*%"
        r"|(?:[)\]]|\s*[(\[][^()\[\]]{0,60}[)\]])?\s*"
        r"(?:to|-)\s*\d|[)\]]?\s*(?:of|vs\.?|versus|v\.|than)\b)",
        re.I,
    )
)
_SIZE_AFTER = re.compile(  # after an object's size: the clause goes on, or a bracket / the sentence ends
    r"\s*(?:$|[(\[,;.:)\]]|(?:in|with|for|among|and|at|between|since|after|during|over|compared|relative|"
    r"respectively|from|when|following|on|vs\.?|versus)\b)",
    re.I,
)
# "30% seizure reduction": the change word of another percentage
_OWNED = re.compile(r"\d\s*(?:%|percent)\s*(?:[A-Za-z][\w\-]*\s+){0,3}$", re.I)


def _clause_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> tuple[str, int, str] | None:
    """The change word whose size the mention is, where it starts and the size's place ("bracket", "copula", "object",
    "adjective": a bracket after a comparative adjective), or None."""
    return _word_change(s, m, out) or _adjective_change(s, m)


def _word_change(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> tuple[str, int, str] | None:
    """A change verb or noun of the clause (``_clause_change``)."""
    text = s.text
    if m.group("spread") or _NOT_SIZE_AFTER.match(text, m.end()):
        return None  # a mean with its spread is as often a level, or a change in points
    start = _window_start(s, m.start(), 200)
    words = [w for w in _CHANGE.finditer(text, start, m.start()) if s.depth[w.start()] <= s.depth[m.start()]]
    if not words:
        return None
    word = words[-1]
    if any(e.start <= word.start() < e.end for e in out) or _OWNED.search(text, start, word.start()):
        return None  # the word is another mention's
    between = _ABBREVIATION.sub("", _P_BRACKET.sub("", text[word.end() : m.start()]))
    if re.search(r"(?<![\w\-])\d|%|;|\.\s", between) or _CLAUSE_WORDS.search(between):
        return None
    slot = _SLOTS.match(between)
    if not slot:
        return None
    place = next(g for g in ("bracket", "copula", "object") if slot.group(g) is not None)
    end = _BRACKET_END.match(text, m.end())
    if place == "bracket" and (not end or word.group(0).lower().startswith("improv")):
        return None  # "a clinical improvement (71%)": more often the share that improved
    if end and end.group("listed") and _SHARE.search(between):
        return None  # "an increase in the prevalence in A and B (x% and y%, respectively)": levels
    if slot.group("cmp") and not _P_AFTER_SIZE.match(text, m.end()):
        return None  # "reduced A compared with placebo (12%)": more often the comparator's level
    # "increased the proportion of patients with A (45%)": a level; "raising numbers of A (x%)" is not a share
    if slot.group("long") and (not word.group("verb") or _SHARE.search(_COUNT_OBJECT.sub("", between))):
        return None
    if slot.group("seen") and (not word.group("noun") or _SHARE.search(between)):
        return None  # "improvement was seen in the patients (45%)": a share
    if (place == "copula" and not word.group("noun")) or (place == "object" and not word.group("verb")):
        return None
    if word.group("cnoun") and place != "copula":
        return None
    if place != "bracket" and not _SIZE_AFTER.match(text, m.end()):
        return None
    if _magnitude(m) < 5 and _PERCENT_QUANTITY.search(text, start, m.start()):
        return None  # "HbA1c levels were 7.4% and declined 0.55%": percentage points
    return word.group(0), word.start(), place


# "significantly lower A mortality (29%)", "higher B in the C (13.8%; P < x)", "was significantly lower (~22%)": a
# comparative adjective, what it compares (content words; "in" / "of" only after the first) and the size alone in
# its bracket; not after "with / among / in ..." ("those with lower income (32%)": a share)
_ADJECTIVE = re.compile(
    rf"(?<!\bwith\s)(?<!\bamong\s)(?<!\bin\s)(?<!\bof\s)(?<!\bfor\s)(?<![\-\w])(?P<adj>higher|lower|greater|smaller)"
    rf"(?P<what>(?:\s+{_CONTENT_WORD}(?:\s+(?:(?:of|in)\s+)?(?:the\s+)?{_CONTENT_WORD}){{0,5}})?)"
    rf"\s*(?:{_ABBREVIATION_BRACKET}\s*)?[(\[]\s*(?P<approx>{_APPROX_ANY})$",
    re.I,
)
_THAN_GROUP = re.compile(r"\s*[)\]]\s*than\s+[^;\d%()\[\]]*(?:[.;]|$)")
_OPENS = re.compile(r"[(\[]\s*\S*\s*$")
_ADJECTIVE_SIZE_END = re.compile(
    r"\s*(?:[)\]]|[;,]\s*[Pp]\s*(?:[<=>\u2264\u2265]|less\s+than)[^()\[\]]{0,30}[)\]])", re.I
)


def _adjective_change(s: _Sentence, m: re.Match[str]) -> tuple[str, int, str] | None:
    """A difference said by a comparative adjective, its size alone in the bracket after what it compares (with a P
    value at most): "significantly higher A (B) (~15%)". Not a share or rate ("a higher prevalence (32%)"), not
    levels compared ("higher in A (12%) than in B (8%)", "(x%) compared with"), not a quantity in percent (points),
    and with nothing in between only when the size is approximate ("was significantly lower (~22%) in A")."""
    text = s.text
    if not _OPENS.search(text, max(0, m.start() - 20), m.start()):
        return None  # (a quick test first: the size opens its bracket)
    if m.group("spread") or m.group("ci") or not _ADJECTIVE_SIZE_END.match(text, m.end()):
        return None
    if _NOT_SIZE_AFTER.match(text, m.end()) and not _THAN_GROUP.match(text, m.end()):
        return None  # (but "lower A (x%) than B": B has no level of its own)
    start = _window_start(s, m.start(), 200)
    found = _ADJECTIVE.search(text, start, m.start())
    if not found or (not found.group("what") and not found.group("approx")):
        return None
    if _SHARE.search(found.group("what")) or _PERCENT_QUANTITY.search(found.group(0)):
        return None
    return found.group("adj"), found.start(), "adjective"


# "an x% (CI) lower risk of A (B, y% [95% CI, a% to b%]; C, z% [...])": labelled items, each with its CI in
# percent, in a bracket after a change
_PCT_LABELLED_ITEM_BEFORE = re.compile(
    r"[(\[;]\s*(?:and\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3},\s*$", re.I
)
# between the last item of a list and the next: "(34.2%; P = ...) and in B (", "528% (P), lycopene "
_NEXT_BRACKET_ITEM = re.compile(
    rf"\s*,?\s*(?:and\s+)?(?:(?:in|of)\s+)?(?:the\s+)?(?:{_CONTENT_WORD}\s*){{1,5}}[(\[]\s*{_LABEL}{_APPROX_ANY}",
    re.I,
)
_NEXT_OBJECT_ITEM = re.compile(rf"\s*,\s*(?:and\s+)?(?:{_CONTENT_WORD}\s+){{1,4}}[-+]?", re.I)
_ITEM_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{0,60}[)\]]")


def _list_item(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> tuple[str, str] | None:
    """The direction and place of a mention that is the next item of a list whose previous item was read from its
    clause, in the same place ("A (x%; P) and in B (y%; P)", "A x% (P), B y% (P), and C z%"), or None."""
    text = s.text
    # (a change alone in its bracket is a "bracket" item too: "a reduction in A (12%), B (21%)")
    previous = [
        e for e in out if (e.place or e.bracketed) and e.end <= m.start() and m.start() - e.end <= 150
    ]
    if not previous or m.group("spread"):
        return None
    ref = previous[-1]
    kind = (
        ref.place or "bracket"
    )  # ("adjective": "lower A (x%) and B (y%) than C", C with no level of its own)
    if _NOT_SIZE_AFTER.match(text, m.end()) and not (
        kind == "adjective" and _THAN_GROUP.match(text, m.end())
    ):
        return None
    place = "bracket" if kind == "adjective" else kind
    depth = s.depth[ref.end - 1]  # of the previous item's number
    if depth != s.depth[m.start()]:
        return None
    pos = ref.end
    if place == "bracket":  # from the end of the bracket that holds the previous item
        pos = next((i + 1 for i in range(ref.end, m.start()) if s.depth[i + 1] < depth), m.start())
        gap, after_ok = _NEXT_BRACKET_ITEM, _BRACKET_END.match(text, m.end())
    else:
        pos = bracket.end() if (bracket := _ITEM_BRACKET.match(text, pos)) else pos
        gap, after_ok = _NEXT_OBJECT_ITEM, _SIZE_AFTER.match(text, m.end())
    if not after_ok or not gap.fullmatch(text, pos, m.start()):
        return None
    return ("lower" if (ref.value or 0) < 0 else "higher"), kind


def _labelled_item(s: _Sentence, m: re.Match[str], out: list[_Effect]) -> str | None:
    """The direction of a percentage that is a labelled item with its percent CI in a bracket after a change
    ("an x% (CI) lower risk of A (B, y% [95% CI, a% to b%]; C, z% [...])"), from the change before it."""
    text = s.text
    if not _PCT_LABELLED_ITEM_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return None
    ci = _ci_after(s, m.end(), _magnitude(m), allow_units=False)
    if not ci or not ci.percent:
        return None
    previous = [e for e in out if e.end <= m.start() and m.start() - e.end <= 80]
    if not previous or previous[-1].value is None:
        return None
    ref, depth = previous[-1], s.depth[m.start()]
    between = text[ref.end : m.start()]
    if re.search(r"\d", between) or _CLAUSE_WORDS.search(between):
        return None
    if s.depth[ref.start] == depth - 1 and min(s.depth[ref.end : m.start() + 1]) >= depth - 1:
        pass  # the first item: the bracket opened after the change
    elif not (s.depth[ref.start] == depth and min(s.depth[ref.end : m.start() + 1]) >= depth):
        return None
    return "lower" if ref.value < 0 else "higher"
