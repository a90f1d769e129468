"""Who or what a sentence is about (people, animals, autopsies, genetic variants) and how many people an
abstract counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.evidence.text import _rx

_ANIMAL_NAMES = (
    r"mice|mouse|murine|rats?|rodents?|hamsters?|gerbils?|guinea pigs?|rabbits?|dogs?|canine|cats?|feline|"
    r"pigs?|piglets?|hogs?|swine|sows?|boars?|cattle|cows?|calves|sheep|goats?|horses?|hens|broilers|quails?|monkeys?|"
    r"macaques?|primates?|baboons?|marmosets?|ferrets?|ewes?|lambs?|rams|heifers?|steers|minipigs?|chicks|"
    r"xenopus|frogs?|tadpoles?|zebrafish|drosophila|fruit\s?fl(?:y|ies)|c\.\s?elegans|nematodes?|sea urchins?|larvae|herds?|"
    # "Chicken" is mostly food, and "chickens" mostly poultry sold or farmed: birds are subjects only as a
    # "chicken model" or embryo, or as chickens something was done to ("four chickens were inoculated").
    r"chicken(?=\s+(?:models?|embryos?))|chickens(?=\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:\w+\s+)?(?:inoculated|"
    r"infected|housed|fed|given|treated|dosed|injected|divided|assigned|randomi[sz]ed|killed|sacrificed|"
    r"vaccinated|immuni[sz]ed|reared|raised))|animals?"
)
# "animal protein", "chicken" and "fish" are foods in nutrition abstracts, "bovine serum" a reagent, and
# "cow's milk" a food however possessive: none of them is a study subject. Nor is a dog that sniffs patients'
# samples ("canine scent detection of breath samples"): the animal is the instrument, the people the subjects.
_ANIMALS = (
    rf"(?:{_ANIMAL_NAMES})(?!(?:'s|s')?\s*(?:-\s*based|protein|fat|food|product|source|origin|meat|milk|derived|oil"
    r"|(?:scent|odou?r)[- ]detect"
    # Round 17: the trades that handle animals ("workers in pig abattoirs", "poultry workers") study the people.
    r"|(?:abattoirs?|slaughterhouses?|slaughtermen|handlers?|workers?|butchers?|keepers?|owners?)\b))"
)
_ANIMAL_WORD = _rx(rf"\b{_ANIMALS}\b")

# The people an autopsy series counts are its subjects, seen after death ("40 infant autopsies").
_AUTOPSY = r"autops(?:y|ies)\b(?!\s+(?:of|in|on)\s+(?:[\w-]+\s+)?" + _ANIMALS + r")|\bdecedents\b"

# A molecule that donates a group ("NaHS, a H(2)S donor", "an NO donor", "methyl-donor") is no person.
_CHEMICAL_DONOR = "(?-i:(?<!\\bNO )(?<!\\bNO-))" + "".join(
    rf"(?<!\b{w}[ -])"
    for w in r"nitric oxide|h2s|h\(2\)s|methyl|electron|proton|hydrogen|sulfide|sulphide|thiol|acyl|"
    r"glycosyl".split("|")
)
_NOT_PEOPLE_POPULATION = (
    r"(?:cells?|cellular|bacteri\w*|microb\w*|viral|virus\w*|virions?|parasit\w*|yeasts?|fung\w*|neurons?|"
    r"neuronal|clones?|clonal|lymphocytes?|macrophages?|progenitors?|tregs?|pathogens?|bottlenecks?)"
)
# Round 16: molecules "which might become participants in the apoptotic pathway" are no people.
_NOT_PEOPLE_ROLE = (
    r"(?!\s+in\s+(?:the\s+|this\s+|these\s+)?(?:[\w-]+\s+){0,2}(?:pathways?|process(?:es)?|reactions?|"
    r"cascades?|signal\w*|mechanisms?|networks?|cycles?|complex(?:es)?)\b)"
)
_HUMAN = _rx(
    rf"\b(?:patients?|participants?{_NOT_PEOPLE_ROLE}|subjects|volunteers|men|women|children|adults|"
    r"adolescents|infants|individuals|persons|people|humans|residents|respondents|workers|students|cases|controls|"
    rf"{_CHEMICAL_DONOR}donors?|twins|smokers|vegetarians|omnivores|elderly|veterans|mothers|parents|newborns|"
    r"neonates|outpatients|inpatients|survivors|athletes|nurses|physicians|employees|soldiers|"
    # Round 16: patients named by their disease ("219 consecutive stone-formers").
    r"(?:stone|calculus)[- ]formers)\b"
    rf"|\bpregnan\w+\b(?!\s+(?:\w+\s+)?{_ANIMALS})"  # "pregnant ewes" are animals
    rf"|\b{_AUTOPSY}"
    # A population is of people unless the sentence is about cells or microbes ("a population of Tregs", "the
    # infecting S. aureus population goes through a population bottleneck, from which few bacteria escape").
    rf"|^(?!.*\b{_NOT_PEOPLE_POPULATION}\b).*?\bpopulation\b"
)


def _about_animals(sentence: str) -> bool:
    return bool(_ANIMAL_WORD.search(sentence)) and not _HUMAN.search(sentence)


# A risk estimate for a genetic variant ("polymorphisms of ACP1 ... odds ratio = 5.6", SNPs "(odds ratio = 2.04)")
# compares people who carry it with people who do not: a sentence about people even if none is named.
_RISK_ESTIMATE = _rx(
    r"\b(?:odds|hazard|risk)\s+ratios?\b|\brelative\s+risks?\b|\b(?:or|hr|rr)\s?[=:]\s?\d|\b(?:or|hr|rr),\s+\d"
)
_GENETIC_VARIANT = _rx(
    r"\b(?:snps?|polymorphisms?|alleles?|genotypes?|haplotypes?|variants?|loci|locus|rs\d{3,})\b"
)


def _genetic_association(sentence: str) -> bool:
    """A variant's risk estimated in people ("SNPs ... odds ratio = 2.04"), unless the sentence names animals."""
    return (
        bool(_RISK_ESTIMATE.search(sentence))
        and bool(_GENETIC_VARIANT.search(sentence))
        and not _ANIMAL_WORD.search(sentence)
    )


# Counts of people written in words ("Nine patients", "Two hundred forty-one").
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen".split()
    )
} | {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_NUMBER_WORD = r"(?:" + "|".join(_NUMBER_WORDS) + r"|hundred|thousand)"
# A year whose noun phrase ends in a preposition before the people ("the 2001 feeding recommendations for
# infants") dates something else; it counts nobody.
_NOT_A_YEAR_OF_PEOPLE = (
    r"(?!(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}(?:for|of|in|on|to|from|by|with|among|about)\s)"
)
# A whole number, in digits or words ("Two hundred forty-one"), then at most three other words.
_PEOPLE_COUNT = _rx(
    rf"(?<![\w.-]){_NOT_A_YEAR_OF_PEOPLE}(\d+(?:,\d{{3}})*|{_NUMBER_WORD}(?:[\s-]+(?:and\s+)?{_NUMBER_WORD})*)(,?)\s+"
    rf"(?:(?!{_NUMBER_WORD}\b)[\w-]+\s+){{0,3}}?(patients|participants|subjects|volunteers|men|women|children|"
    r"adults|individuals|persons|people|cases|controls|infants|adolescents|neonates|twins|families|siblings|"
    r"males|females|boys|girls|autopsies|decedents)\b"
    r"|\bn\s?=\s?(\d+)\b"
)
# A series told by its operations ("18 consecutive laparoscopic adrenalectomies were performed") is as large as
# they are; "1 of 8 major surgeries" names kinds of operation, not how many were done.
_OPERATIONS_COUNT = _rx(
    r"(?<![\w.-])(\d+(?:,\d{3})*)\s+(?:[\w-]+\s+){0,3}(?:operations|procedures|surgeries|resections|"
    r"[a-z]+ectomies|[a-z]+otomies|[a-z]+plasties)\s+(?:were|was)\s+(?:\w+\s+)?(?:performed|undertaken|"
    r"carried out|done)\b"
)


def _people_counts(sentences: Sequence[str]) -> list[int]:
    """Every number of people the abstract gives ("Nine patients", "3 (33%) of 9 patients", "n = 9")."""
    counts = []
    for sentence in sentences:
        counts += [int(m.group(1).replace(",", "")) for m in _OPERATIONS_COUNT.finditer(sentence)]
        for match in _PEOPLE_COUNT.finditer(sentence):
            number, comma = match.group(1), match.group(2)
            if number is None:
                counts.append(int(match.group(4)))
            elif comma and re.fullmatch(r"(?:19|20)\d\d", number):
                continue  # "In 2010, four index cases": a year
            elif number[0].isdigit():
                counts.append(int(number.replace(",", "")))
            else:
                words = re.findall(r"[a-z]+", number.lower())
                big = {"hundred", "thousand"} & set(words)
                counts.append(100 if big else sum(_NUMBER_WORDS.get(w, 0) for w in words))
    return counts


# People counted as participants ("12 healthy women"): a study in people, whatever molecules it measures.
_ENROLLED = _rx(
    r"\b"
    + _NOT_A_YEAR_OF_PEOPLE
    + r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:-\w+)?)\s+"
    r"(?:[\w-]+\s+){0,3}(?:patients|participants|subjects|volunteers|men|women|children|adults|individuals|"
    r"persons|people|twins|veterans|infants|adolescents|mothers|students|workers|smokers|residents|"
    r"respondents|cases|controls|americans|families|males|females)\b"
    # Specimens counted and taken from people ("100 specimens of pterygium from Danish patients"): the
    # laboratory analysis of patients' specimens studies those patients.
    r"|\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:specimens|biopsies|biopsy\s+specimens|tissue\s+samples)\s+"
    r"(?:[\w-]+\s+){0,4}?from\s+(?:[\w-]+\s+){0,2}(?:patients|donors|participants|subjects|women|men|children|"
    r"individuals|volunteers)\b"
    # Material drawn "from more than a quarter million people" (a population screen) counts them too; a bare
    # "a million people" is mostly the burden quoted in an introduction, so only "from" introduces them.
    r"|\bfrom\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+)?(?:a\s+(?:quarter|half)\s+|"
    r"half\s+a\s+|\d+(?:\.\d+)?\s+)?(?:a\s+)?millions?\s+(?:of\s+)?(?:[\w-]+\s+){0,2}(?:people|persons|"
    r"individuals|patients|participants|subjects|donors|men|women|children|adults|newborns|infants)\b"
)
