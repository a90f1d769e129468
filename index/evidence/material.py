"""Material that is not people (foods analysed or on sale, the environment, instruments, genomes, microbes,
cadavers): work on it that counts no person is laboratory work (level 4). Apart from ``techniques`` because here
the object decides, whatever was done to it."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.subjects import _HUMAN
from index.evidence.text import _PROCEDURE, _own, _rx

# Health of a population counted in illnesses, deaths, costs or QALYs (a disease-burden model): about people,
# even if no sentence names a person. "A public health concern" opening a paper on foods is not enough.
_POPULATION_HEALTH = _rx(
    r"\b(?:qalys?|dalys?|quality-adjusted\s+life|disability-adjusted\s+life|cost\s+of\s+illness|"
    r"(?:disease|health|illness)\s+burden|burden\s+of\s+(?:disease|illness)|illnesses|deaths|"
    r"hospitali[sz]ations)\b"
)
# Material studied without people in it: foods and the environment analysed, instruments, genomes, microbes,
# cadavers. With no counted people and more such sentences than sentences about people, the work is
# laboratory work (level 4), even when it reports no numbers (a beamline described, a genomic classification).
_NON_HUMAN_MATERIAL = _rx(
    r"\b(?:food|fish|meat|dairy|milk|rice|juice|beverage|product|market|retail|commercial|supermarket|water|"
    r"soil|air|dust|sediment|plant|grain|flour|oil|honey|tea|wine|spice"
    # Round 18: samples of a named food ("beef samples had the lowest PBDE levels").
    r"|beef|pork|poultry|chicken|turkey|lamb|mutton|egg|cheese|butter|seafood|shellfish|vegetable|fruit|cereal)"
    r"\s+samples\b"
    r"|\bsamples?\s+(?:of|from)\s+(?:[\w-]+\s+){0,3}(?:foods?|supermarkets?|markets?|stores?|shops|retail\w*|"
    r"brands?|products|restaurants)\b"
    r"|\b(?:deep-?\s?)?fri(?:ed|ying)\b|\broast(?:ed|ing)\b|\bbak(?:ed|ing)\b|\bboil(?:ed|ing)\b|\bgrill(?:ed|ing)\b"
    # Round 19: foods marinated ("breast fillets marinated in a 6% NaCl solution"), as foods fried or baked.
    r"|\bmarinat(?:ed|ing|ion)\b"
    r"|\bmicrowav\w+|\bblanch\w+|\bchips\b|\bcrisps\b|\bslices\b"
    r"|\b(?:vegetable|cooking|frying|edible|palm|olive|coconut|canola|rapeseed|sunflower|soya?\s?bean)\s+oils?\b"
    r"|\b(?:concentrations?|contents?|levels|amounts?|residues?)\s+(?:of\s+[\w-]+\s+)?in\s+(?:[\w-]+\s+){0,3}"
    r"(?:foods?|products|samples|brands|oils?|beverages|fruits?|vegetables|meats?|seafood|grains|cereals|"
    r"spices|juices?|soils?|sediments?)\b"
    # "The phosphorus content of 44 food products", "the sodium content of foods": composition of what is sold.
    r"|\bcontents?\s+of\s+(?:[\w-]+\s+){0,4}?(?:foods?|products?|beverages|fruits?|vegetables|meats?|seafood|"
    r"grains|cereals|spices|juices?|oils?|brands)\b"
    r"|\bgenom(?:e|es|ic|ics)\b|\bexomes?\b|\btranscriptom\w*|\bgene[- ]expression\b|\bcopy[- ]number\b"
    r"|\bsomatic\s+mutations?\b"
    r"|\byeasts?\b|\bbacteri(?:a|al|um)\b|\bplasmids?\b|\bsaccharomyces\b|\be\.\s?coli\b|\bescherichia\b"
    r"|\bisolates\b|\bfung(?:i|al|us)\b"
    r"|\bcadaver\w*|\bembalmed\b"
    # Round 15: foods bought as products ("commercial frankfurters, hams and bacon", "retail meats").
    r"|\b(?:commercial|retail)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:products|brands|foods|meats?|frankfurters|"
    r"hams?|bacon|sausages|cheeses?|breads?|beverages|juices"
    # Round 19: and foods named in the plural as kinds on sale ("a variety of commercial milks").
    r"|milks|yog(?:h)?urts|cereals|oils|teas|wines|eggs|spreads|snacks|drinks|formulas)\b"
    # Round 14: prices of foods ("price per serving", "price per 100 g") are those of products, like samples bought.
    r"|\bprices?\s+per\s+(?:serving|portion|\d+\s?g|kg|100)\b"
    # What a food or preparation provides ("the milks provided <50% of the vitamin E required"): composition.
    r"|\b(?:provided|provides|supplied|supplies|contained|contains|yielded)\s+[^.]{0,60}?\b(?:vitamins?|"
    r"minerals?|micronutrients?|iron|zinc|calcium|iodine|selenium|folic acid|folate|niacin|riboflavin|"
    r"thiamine?|[\w-]*linoleic|[\w-]*linolenic|fatty acids?|kcal|kilocalories)\b"
)
# Products on sale ("herbal products sold in Boston-area stores", "available on the Dutch market"): material when
# two sentences say so and outnumber those about people, but no laboratory cue on its own ("fat content of
# chickens sold in supermarkets" opening a survey of shoppers).
_ON_SALE = _rx(
    r"\b(?:sold|purchased|bought|available|marketed)\s+(?:\w+\s+){0,2}(?:in|from|at|on)\s+(?:[\w-]+\s+){0,4}"
    r"(?:stores|shops|supermarkets|markets?|pharmacies|retailers|outlets)\b"
)
# "Human" names people, except as the species of a cadaver ("ten adult human cadavers").
_HUMAN_MATERIAL_WORD = _rx(r"\bhuman\b(?!\s+(?:[\w-]+\s+)?cadaver)")
_CADAVERS = _rx(r"\bcadaver(?:s|ic)?\b|\bembalmed\b")
# Instruments and facilities: their description is the work itself, so these count even with no data.
_INSTRUMENT = _rx(
    r"\bbeamlines?\b|\bsynchrotron\b|\bdiffract\w+|\bgoniometers?\b|\bdetectors?\b|\b[km]ev\b"
    r"|\bwavelength\w*|\bstorage ring\b|\bcrystallograph\w*|\binstrumentation\b|\bspectromet\w+"
    r"|\bmicroscopes?\b|\blasers?\b|\bcyclotron\b|\bneutron\s+(?:source|beam|scattering)\b"
)


def _without_people(sentences: Sequence[str], human: int, enrolled: bool, essay: bool) -> bool:
    """Work on foods, products on sale, instruments, genomes, microbes or cadavers that counts no people:
    laboratory work.

    Two sentences about such material outweighing those about people suffice when the abstract reports work of
    its own; three when it reports nothing (an instrument or a classification described).
    """
    if enrolled:
        return False
    if not essay and human == 0 and any(_PROCEDURE.search(s) for s in _own(sentences, _CADAVERS)):
        # Bodies dissected, operated on or drilled are the material however few sentences name them; cadavers
        # only counted ("discs from 273 cadavers" correlated with age) are an autopsy series of people.
        return True
    if essay:
        return human == 0 and sum(1 for s in sentences if _INSTRUMENT.search(s)) >= 3
    # A sentence that also names people ("human milk samples", "women who used cooking oil") is about them.
    material = sum(
        1
        for s in sentences
        if (_NON_HUMAN_MATERIAL.search(s) or _INSTRUMENT.search(s) or _ON_SALE.search(s))
        and not _HUMAN.search(s)
        and not _HUMAN_MATERIAL_WORD.search(s)
    )
    return material >= 2 and material > human
