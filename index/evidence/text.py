"""What every rule reads: normalised text, its sentences, and which of them speak of this work.

``_own`` keeps the sentences a pattern matches that are not about prior work; ``_RESULTS``, ``_PRIMARY`` and
``_PROCEDURE`` tell an abstract that reports data, findings or procedures of its own from an essay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Unicode hyphens, dashes and minus signs ("meta\u2010analysis", "case\u2013control") read as the ASCII hyphen
# every pattern is written with; a soft hyphen is dropped and the odd spaces become plain ones.
_DASHES = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
        "\u00ad": None,
        **dict.fromkeys("\u00a0\u2009\u202f", " "),
    }
)


def _normalise(text: str) -> str:
    return (text or "").translate(_DASHES)


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\[])|\n+|(?<=:)\s+(?=[A-Z]{3,})")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(text or "") if s.strip()]


# A sentence that talks about other people's work: its design words are not this study's design.
_BACKGROUND = _rx(
    r"\b(?:previous(?:ly)?|prior|earlier|several|many|numerous|few|most|existing|other|some|recent)\s+"
    r"(?:\w+\s+){0,3}(?:studies|trials|reports|meta-?\s?analy\w+|reviews|investigations|work|research|"
    r"data|evidence|epidemiolog\w+)\b"
    # "X has been shown" is prior work, "we have found" this paper's ("we have previously shown" is not).
    r"|(?<!\bwe\s)\b(?:have|has|had)\s+(?:\w+\s+)?(?:been\s+)?(?:shown|suggested|reported|demonstrated|found|"
    r"indicated|linked|associated|implicated|proposed|observed|documented|described)"
    r"|\b(?:studies|trials|reports|findings|experiments)\s+(?:\w+\s+)?(?:indicate|show|suggest|demonstrate|"
    r"report|support|reveal|conclude)\b"
    r"|\bevidence\s+(?:from|suggests|indicates)|\bthere\s+(?:is|are)\s+(?:no|few|limited|little)\b"
    # Round 19: studies, observations or models "that (also) demonstrate" something, in the present tense: others'
    # work ("corroborated by observations in mouse mammary tumour models that also demonstrate ...").
    r"|\b(?:studies|investigations|observations|models|experiments|reports)\b[^.;]{0,80}?\bthat\s+(?:also\s+)?"
    r"(?:show|demonstrate|indicate|suggest|reveal)\b"
    r"|\b(?:animal|experimental|in vitro|laboratory)\s+(?:studies|models|data|experiments|evidence)\b"
    r"|\bwe\s+(?:(?:have|had)\s+)?(?:previously|recently|earlier|already)\b|\bno\s+(?:\w+\s+){0,2}(?:randomi[sz]ed|trials?)\b"
    r"|\byet to be\b|\bremains? to be\b|\b(?:are|is)\s+(?:still\s+)?(?:needed|warranted|lacking|required)\b"
    r"|\bfuture\s+(?:studies|trials|research)\b"
    # Round 22: a trial the authors call for ("lead us to believe that a prospective, randomized trial is indicated
    # to study ...", "a larger trial would be justified") is work still to be done, not this paper's design.
    r"|\b(?:trials?|stud(?:y|ies))\s+(?:is|are|(?:would|should|will|may|might)\s+be)\s+(?:now\s+|therefore\s+|thus\s+|"
    r"clearly\s+|urgently\s+)?(?:indicated|justified|necessary|desirable|recommended|called\s+for)\b"
)

_SELF_MARK = _rx(
    r"\b(?:this|the present|the current|our|here(?:in)?)\s+(?:\w+\s+){0,2}(?:study|trial|work)\b"
)


def _own(sentences: Sequence[str], pattern: re.Pattern[str]) -> list[str]:
    """Sentences where ``pattern`` matches and the sentence is not about prior work."""
    hits = []
    for sentence in sentences:
        if not pattern.search(sentence):
            continue
        if _BACKGROUND.search(sentence) and not _SELF_MARK.search(sentence):
            continue
        hits.append(sentence)
    return hits


_CITED = re.compile(r"\b([A-Z][\w'-]+)\s+et\s+al\b")
# Numbered references in brackets ("[1]", "[3-7]", "[16,17]"; not the compound "[6]-gingerol"), and the authors
# speaking of their own work: a commentary cites others by number and never says "we".
_NUMBERED_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,-]\s*\d{1,3})*\](?!-)")
_FIRST_PERSON = _rx(r"\b(?:we|our)\b")

# Numbers of people, percentages, p-values, intervals: an abstract reporting its own data.
_RESULTS = _rx(
    r"\bp\s*[<=>≤]|\b\d+(?:\.\d+)?\s?%|\b(?:95|99)\s?%\s?ci\b|\bconfidence intervals?\b|\bn\s?=\s?\d"
    r"|\b(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|eleven|twelve|"
    r"\w+teen)\s+(?:\w+\s+){0,2}(?:patients|participants|subjects|volunteers|men|women|children|adults|"
    r"individuals|cases|controls|samples|mice|rats)\b"
    r"|\b(?:odds|hazard|risk)\s+ratios?\b|\bsignificant(?:ly)?\b"
    r"|\b\d+(?:\.\d+)?\s?(?:mg|g|kg|µg|ug|ng|pg|mmol|µmol|nmol|ml|ppm|ppb|ppt)(?:/\w+)?\b"
)

# Own findings ("we show", "our data indicate", "the present study"): a primary study, not an essay, even when
# it reports no numbers, as much laboratory work does.
_PRIMARY = _rx(
    r"\bwe\s+(?:have\s+|had\s+)?(?:also\s+|further\s+|now\s+|then\s+|first\s+|additionally\s+)?"
    # Round 23: a manner adverb ("We genetically deleted ..."), but not one that dates the work to before this paper.
    r"(?:(?!(?:previously|recently|formerly|originally|earlier)\b)[a-z]+ly\s+)?"
    r"(?:show(?:ed|n)?|demonstrated?|found|find|identif(?:y|ied)|observed?|revealed?|establish(?:ed)?|"
    r"discover(?:ed)?|uncover(?:ed)?|characteri[sz]ed?|examined|investigated|analy[sz]ed|used|generated|"
    r"tested|measured|developed|designed|implemented|evaluated|compared|determined|assessed|detected|deleted|"
    r"performed|conducted|undertook|undertaken|carried out|studied|quantified|quantitated|applied|simulated?|"
    r"recorded|recruited|enrolled|"
    r"surveyed|interviewed|obtained|collected|created|constructed|engineered|screened|mapped|sequenced|"
    r"report (?:here|that)|present (?:here\s+)?(?:the\s+)?(?:first|results|data|findings|evidence that|"
    r"a new|a novel|(?:[\w-]+\s+){0,3}structures?))\b"
    # A methods paper's own contribution ("We propose a Bayesian hierarchical model").
    r"|\bwe\s+(?:here\s+)?(?:propose|introduce|develop|devise|describe|provide)\b[^.]{0,100}\b(?:method|model|"
    r"framework|algorithm|software|tool|pipeline|technique|estimator|classification|resource|database|atlas)s?\b"
    # "Here, we describe a role for CLEC-2 in ...", "we describe a new mechanism of": a finding, where a review
    # describes "the role of".
    r"|\bwe\s+(?:here\s+)?describe\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:role|function|mechanism)s?\s+"
    r"(?:for|of|by|whereby)\b"
    r"|\b(?:our|the present)\s+"
    r"(?:results|findings|data|observations|experiments|studies|analys[ie]s)\s+"
    r"(?:\w+\s+)?(?:show|indicate|suggest|reveal|demonstrate|establish|identify|support|provide|imply|"
    r"implicate|point|confirm|highlight|unveil|define|uncover|elucidate|delineate|explain)"
    r"|\b(?:this|the present|the current|our)\s+(?:\w+\s+){0,2}(?:study|experiment|investigation)\b"
    # "Here, we mimicked calorie restriction in yeast", "Here we report the structure": own work told in the past
    # tense or by a verb of results; reviews say "here we present / describe / introduce / define" the field.
    r"|\bhere,?\s+we\s+(?:have\s+)?(?:also\s+)?(?:(?!(?:reviewed|discussed|summari[sz]ed|highlighted|outlined|"
    r"proposed|focused|considered|introduced|argued)\b)[a-z]+ed\b|report\b|identify\b|develop\b|use\b|combine\b|"
    r"provide\s+(?:evidence|data)\b|present\s+(?:evidence|data|results|a\s+(?:new|novel))\b|"
    r"describe\s+(?:a\s+|an\s+)?(?:new|novel|\d+|two|three|four)\b|(?:quantitatively\s+)?model\b)"
    # Round 18: a finding the authors give as theirs ("we provide the first direct evidence that"); a review
    # provides "an overview", or "evidence for" a compound's activities.
    r"|\bwe\s+(?:here\s+)?provide\s+(?:(?:the\s+)?first\s+)?(?:[\w-]+\s+){0,2}?evidence\s+that\b"
    # A tool or resource released with the paper ("available at http://...") is the paper's own work.
    r"|\b(?:freely\s+|publicly\s+)?available\s+(?:at|from)\s+(?:https?://|www\.)"
    # Round 18: ... or one that "can be downloaded at http://...".
    r"|\bdownloaded\s+(?:free(?:\s+of\s+charge)?\s+)?(?:at|from)\s+(?:https?://|www\.)"
)

# What was done in this work, in the past passive ("cells were injected", "a model was developed").
_PROCEDURE = _rx(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:injected|inoculated|developed|treated|fed|administered|given|measured|"
    r"assessed|analy[sz]ed|examined|investigated|determined|isolated|cultured|incubated|exposed|implanted|"
    r"transplanted|grafted|performed|obtained|collected|evaluated|compared|studied|observed|detected|"
    r"quantified|recruited|enrolled|sampled|tested|followed|interviewed|surveyed|used|conducted|carried out|"
    r"taken|explored|housed|killed|sacrificed|infected|immuni[sz]ed|dosed|supplemented|randomi[sz]ed|assigned|"
    r"allocated|divided|stained|sequenced|genotyped|cloned|purified|prepared|synthesi[sz]ed|characteri[sz]ed|"
    r"recorded|monitored|scanned|imaged|operated|screened|identified|generated|constructed|applied)\b"
)
