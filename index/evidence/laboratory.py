"""Laboratory work (level 4): animal and in vitro studies, molecular vocabulary, and material that is not
people (foods, instruments, genomes, microbes, cadavers)."""

from __future__ import annotations

from collections.abc import Sequence

from index.evidence.subjects import _ANIMALS, _HUMAN
from index.evidence.text import _PROCEDURE, _own, _rx
from index.evidence.trials import _RCT_ALLOCATION, _SELF_NRT

_CELLS = _rx(r"\bcells?\b|\bcellular\b|\bmyocytes?\b|\bhepatocytes?\b|\bfibroblasts?\b|\blymphocytes?\b")

# Round 16: "transgenic (genetically modified) crops" and "transgenic herbicide-resistant maize" are plants.
_NOT_PLANTS = (
    r"(?!\s+(?:\([^)]{0,40}\)\s+)?(?:[\w-]+\s+){0,2}?(?:crops?|plants?|maize|corn|soy\w*|rice|cotton|canola|"
    r"rapeseed|wheat|potato(?:es)?|tomato(?:es)?|papaya|seeds?|trees|varieties|cultivars?)\b)"
)
_TITLE_ANIMAL = _rx(
    rf"\bin\s+(?:(?!and\b)[\w-]+\s+){{0,2}}{_ANIMALS}\b|\b{_ANIMALS}\s+(?:model|fed|given)"
    r"|\b(?:animal|rodent|murine|mouse|rat|tramp|xenograft)\s+models?\b|\bknock-?out\b|\btransgenic\b"
    + _NOT_PLANTS
)
_SELF_ANIMAL = _rx(
    rf"\b{_ANIMALS}\s+(?:\w+\s+){{0,3}}(?:were|was)\s+(?:\w+\s+)?(?:fed|given|treated|exposed|"
    rf"injected|assigned|randomi[sz]ed|divided|housed|sacrificed|killed|maintained|dosed|gavaged|"
    r"supplemented|infected|inoculated|vaccinated|immuni[sz]ed|allocated|sampled|tested|used)"
    rf"|\b(?:fed|treated|dosed|injected|exposed)\s+(?:\w+\s+){{0,2}}{_ANIMALS}\b"
    # Round 18: a drug "given to" animals ("by intermittently giving prophylactic Truvada to macaque monkeys").
    rf"|\b(?:giving|gave|given|administering|administered)\s+(?:[\w-]+\s+){{0,4}}?to\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_ANIMALS}\b"
    rf"|\b(?:in|of|using|used|from|into)\s+(?:[\w()+/-]+\s+){{0,3}}{_ANIMALS}\b"
    rf"|\b{_ANIMALS}\s+(?:\w+\s+){{0,2}}(?:received|lacking|deficient|overexpressing|expressing|carrying|"
    r"harbou?ring|bearing)\b"
    rf"|\b(?:mutant|knock-?out|knock-?in|transgenic|wild-?type|deficient|null|congenic|nude)\s+{_ANIMALS}\b"
    # "Treatment of ... tumor-bearing mice": animals carrying an implanted or induced tumour.
    rf"|\b(?:tumou?r|xenograft|carcinoma|cancer|sarcoma|lymphoma|melanoma|ascites)[- ]bearing\s+{_ANIMALS}\b"
    r"|\b(?:animal|rodent|murine|mouse|rat|xenograft|tramp)\s+models?\b|\bxenografts?\b|\bknock-?out\b"
    r"|\btransgenic\b" + _NOT_PLANTS + r"|\bin vivo\b|\bgavage\b|\bdiet-induced obese\b"
)
# "In vitro fertilization" treats patients; a stem cell transplant (its source, donors, recipients) is a clinical
# procedure, and circulating tumour cells are counted in patients' blood: none of them names cell culture.
_IN_VITRO = r"\bin vitro\b(?!\s+fertili[sz]ation)"
_IVF = _rx(r"\bin vitro fertili[sz]ation\b")  # laboratory work only where no person is named (frog embryos)
_TITLE_CELLS = (
    r"\b(?:cancer|tumou?r|carcinoma|endothelial|epithelial|stem|hepatoma|leukemia|leukaemia|breast|colon|"
    r"prostate|liver|mammalian|human)\s+cells?\b(?!-)"
)
_CLINICAL_CELL_USE = (
    r"\s+(?:transplant\w*|sources?|donors?|donations?|recipients?|mobili[sz]\w*|harvest\w*|collections?|"
    r"grafts?|rescue|support|therapy|therapies|infusions?|products?|counts?)\b"
)
# ... but only where the abstract counts people: "T-cell repertoire after stem cell transplantation" measured by
# a sequencing method in recipients it never counts is still laboratory-side work.
_TITLE_CLINICAL_CELLS = _rx(rf"\bcirculating\s+{_TITLE_CELLS}|{_TITLE_CELLS}(?={_CLINICAL_CELL_USE})")
_TITLE_INVITRO = _rx(
    _IN_VITRO
    + r"|\bcell lines?\b|\bcultured\b|(?<!circulating )"
    + _TITLE_CELLS
    + rf"(?!{_CLINICAL_CELL_USE})"
    + r"|\b(?:hepg2|mcf-?7|caco-?2|hela|ht-?29|lncap|pc-?3|huvecs?|jurkat|thp-?1|raw\s?264\.7|a549|sh-sy5y)\b"
    r"|\bcho(?:-k1)?\s+cells\b|\bhek-?\s?293\w*"
)
_SELF_INVITRO = _rx(
    _IN_VITRO + r"|\bcell lines?\b|\bcell cultures?\b|\bcultured\s+(?:\w+\s+){0,2}cells\b"
    r"|\bcells\s+(?:were|was)\s+(?:\w+\s+)?(?:treated|incubated|exposed|cultured|transfected|grown)"
    r"|\b(?:hepg2|mcf-?7|caco-?2|hela|ht-?29|lncap|pc-?3|huvecs?|jurkat|thp-?1|raw\s?264\.7|a549|sh-sy5y)\b"
    r"|\bwestern blot|\bsirna\b|\bex vivo\b|\bcell viability\b"
    r"|\b(?:primary|cultured|isolated)\s+(?:[\w-]+\s+){0,3}"
    r"(?:cells|macrophages|neurons|myocytes|hepatocytes|fibroblasts|keratinocytes|lymphocytes|monocytes)\b"
    # Round 15: cells kept in "culture media" ("the arginine concentration in culture media").
    r"|\bculture\s+medi(?:a|um)\b"
    # Round 16: cells opened to reagents ("permeabilized hepatocytes") exist only outside a body.
    r"|\bpermeabili[sz]ed\s+(?:[\w-]+\s+){0,2}(?:cells|hepatocytes|myocytes|cardiomyocytes|fibroblasts|neurons|"
    r"platelets|adipocytes|keratinocytes|macrophages)\b"
    r"|\bknock-?down\b|\btransfect\w*|\bimmunoprecipitat\w*|\bco-?cultur\w*|\bmonolayers?\b"
    r"|\bclonogenic\w*|\bcolony[- ]forming\b(?!\s+units?)|\breplating\b"
    r"|\b(?:three|3)-?\s?dimensional\s+(?:cell\s+)?cultures?\b|\bculture\s+systems?\b"
    # Round 14: "primary thyrocyte cultures" are cells grown from tissue (not blood or urine cultures of a patient).
    r"|\bprimary\s+(?!(?:blood|urine|sputum|stool|wound|throat|bacterial|fungal|viral)\b)(?:[\w-]+\s+)?"
    r"(?:cell\s+)?cultures?\b"
    # A gene silenced with an effect measured ("CXCR7 silencing significantly decreased ..."): an experiment.
    r"|\bsilencing\s+(?:of\s+\w+\s+)?(?:significantly\s+)?(?:decreased|reduced|inhibited|increased|suppressed|"
    r"abolished|attenuated|impaired|enhanced|resulted|blocked|prevented)\b"  # CFU of a probiotic are a dose
    # Channels recorded in cells ("patch-clamp studies of the mutant expressed in CHO cells"); "CHO" alone is
    # carbohydrate in nutrition papers, so only CHO cells (or the hamster ovary line) name the line.
    r"|\bpatch[- ]?clamp\w*|\b(?:whole-cell|voltage[- ]clamp|current[- ]clamp)\s+recordings?\b"
    r"|\bcho(?:-k1)?\s+cells\b|\bhek-?\s?293\w*"
    # A named line ("T98G cells"), but not a subset of immune cells named with a digit ("CD4", "ILC1", "Th17",
    # "TH2").
    r"|(?-i:\b(?!CD\d|ILCs?\d|T[hH]\d|Tc\d|Tr\d|M[12]\b|NK\d)(?:[A-Z][\w-]*\d|\d+[A-Z])[\w-]*\s+cells\b)"
)

# "Transgenic flies and mice are being used to understand ...": what the field is doing, not this paper's animals
# or cells.
_FIELD_AT_WORK = _rx(
    r"\b(?:is|are)\s+(?:now\s+|currently\s+|increasingly\s+)?being\s+(?:used|developed|studied|tested|"
    r"investigated|explored|evaluated|applied|employed)\b"
)
# Serum drawn from people around an intervention and then put on cells (an ex vivo bioassay): the cells measure
# what the intervention did in the people, so the people's design decides, not the culture dish.
_SERUM_FROM_PEOPLE = _rx(
    r"\b(?:serum|sera|plasma|blood)\s+(?:samples?\s+|specimens?\s+)?(?:were|was)\s+(?:\w+\s+)?(?:obtained|collected|"
    r"drawn|taken)\s+from\s+(?:[\w-]+\s+){0,4}(?:men|women|subjects|participants|volunteers|patients|adults|"
    r"children|people|individuals)\b"
)
_SERUM_ON_CELLS = _rx(
    r"\b(?:serum|sera|plasma)\b[^.]{0,80}\b(?:stimulat\w*|added|applied|incubat\w*|treat\w*|cultur\w*)\b"
    r"[^.]{0,60}\bcells\b|\b(?:serum|sera|plasma)-(?:stimulated|treated)\b"
)


def _serum_bioassay(sentences: Sequence[str]) -> bool:
    """People's serum, taken around an intervention they underwent, tested on cells: a human study."""
    return (
        bool(_own(sentences, _SERUM_FROM_PEOPLE))
        and bool(_own(sentences, _SERUM_ON_CELLS))
        and bool(_own(sentences, _SELF_NRT) or _own(sentences, _RCT_ALLOCATION))
    )


# Molecular and cellular vocabulary. Clinical abstracts use some of it too, so it only decides for primary
# studies whose sentences are mostly about molecules rather than people.
# "Dietary protein" and "plasma lipids" are nutrition, not molecular biology.
_MECHANISTIC = _rx(
    r"\b(?<!dietary )(?<!animal )(?<!plant )(?<!soy )(?<!whey )(?<!high-)(?<!low-)(?<!total )"
    r"proteins?(?!\s+(?:intake|diets?|sources?|supplement\w*|content|foods?|powder|rich|-rich))\b"
    r"|\b(?:m?rnas?|micro-?rnas?|mirnas?|genes?|genomes?|genome-wide|genomic|transcript\w*|"
    r"chromatin|nucleosomes?|histones?|nucle(?:us|i|olar|oli)|kinases?|phosphatases?|phosphorylat\w*|"
    r"acetylat\w*|methylat\w*|enzym\w*|ligands?|receptors?|signal(?:l)?ing|mutations?|mutants?|alleles?|"
    r"loci|dna|cdnas?|crystal|binding|binds?|complex(?:es)?|domains?|sequenc(?:e|es|ing)|epigenetic\w*|"
    r"proteom\w*|metabolom\w*|antibod(?:y|ies)|antigens?|cytokines?|[tb][- ]cells?|macrophages?|"
    r"neutrophils?|neurons?|synap\w+|apoptosis|autophagy|mitochondri\w*|membranes?|cytoskelet\w*|actin|"
    r"tumou?rigen\w*|oncogen\w*|in vivo|molecular|pathways?|regulat(?:es|ed|ion|ory|ors?)|microscop\w*|"
    r"peptides?|(?<!plasma )(?<!serum )(?<!blood )"
    r"lipids?(?!\s+(?:profiles?|levels?|concentrations?|lowering))|"
    r"immunohisto\w*|mass spectrometry)\b"
)

# Sizes of molecules measured: base pairs, kilobases, nucleotides, kilodaltons.
_MOLECULAR_QUANTITY = _rx(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:bp|kbp?|nt|kda)\b")
# Chemistry on foods, water or air without people in it.
_SELF_LAB = _rx(
    r"\b(?:hplc|lc[-/]ms|gc[-/]ms|mass spectrometr\w*|chromatograph\w*|spectrophotomet\w*|elisa|"
    r"assay(?:ed|s)?|frap|orac|immunoassays?)\b"
    r"|\bsamples\s+(?:\([^)]{0,30}\)\s+)?(?:were|was)\s+(?:\w+\s+)?(?:analy[sz]ed|collected|assayed|tested|"
    r"measured|procured|purchased|bought)"
    r"|\b(?:analytical|extraction|detection)\s+methods?\b|\bblanching\b|\b(?:food|product|market)\s+samples\b"
    # Enzyme and binding kinetics measured on compounds.
    r"|\b(?:ic|ec|ed)50\b|\bk[id]\s+values?\b|\binhibition\s+(?:constants?|kinetics)\b|\bdpph\b"
    # Compounds tested for radical scavenging (polysaccharides extracted from a root).
    r"|\bscavenging\s+(?:\w+\s+){0,2}radicals?\b|\bantioxidant\s+activit(?:y|ies)\s+(?:tests?|assays?)\b"
)
# Genetic mapping in families (a genome-wide linkage scan, lod scores): it locates a gene, a laboratory finding,
# whereas "mutations were found in 48% of 680 families" measures a frequency in people. Record or register
# linkage joins databases, and "linkage disequilibrium" is population genetics.
_LINKAGE = _rx(
    r"\blod\s+scores?\b|\blogarithm[- ]of[- ](?:the[- ])?odds\b"
    r"|(?<!record )(?<!records )(?<!register )(?<!registry )(?<!data )\blinkage\s+(?:analys[ie]s|mapping|scans?)\b"
    r"|\bgenome-?\s?wide\s+(?:linkage\s+)?scans?\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}(?:families|kindreds|pedigrees)\b"
)
# Molecular evolution and population genetics: DNA sequence diversity read for the history of a species or gene
# (substitution rates, phylogenies, neutral evolution, selection), laboratory-side work even when the DNA is
# from counted people ("complete mtDNA sequences of 53 humans").
_EVOLUTION = _rx(
    r"\b(?:human|molecular|neutral|genome|genomic|adaptive)\s+evolution\b|\bphylogen\w*|\bnucleotide\s+diversity\b"
    r"|\bsubstitution\s+rates?\b|\bcoalescen\w*|\bmost\s+recent\s+common\s+ancestor\b|\bgenetic\s+distances?\b"
    r"|\b(?:positive|purifying|balancing|natural)\s+selection\b|\bselective\s+(?:pressures?|sweeps?|constraints?)\b"
    r"|\bfunctional\s+constraints?\b|\bmolecular\s+clock\b"
)
# ... read from sequences: essays on diets "eaten throughout human evolution" or on natural selection have none.
_SEQUENCE_DATA = _rx(
    r"\b(?:m?t?dna|sequenc\w*|snps?|genom\w*|alleles?|haplotypes?|polymorphi\w*|loci|exons?|introns?|markers?|"
    r"nucleotides?|mutations?)\b"
)
# Mechanical testing of tissue or materials (fracture, cracks, stiffness): laboratory work on the material.
_MECHANICS = _rx(
    r"\bfracture\s+(?:toughness|mechanics|criteri\w+|resistance|surfaces?)\b|\bcrack\s+(?:propagation|growth|"
    r"initiation|extension|path)\b|\bpropagating\s+cracks?\b|\btensile\b"
    r"|\bcompressive\s+(?:strength|loads?|loading)\b|\belastic\s+modul\w+|\byoung'?s\s+modulus\b"
    r"|\bmechanical\s+(?:testing|tests|properties|loading)\b|\bload(?:ed|ing)?\s+to\s+failure\b"
    r"|\bbiomechanical\s+(?:testing|tests|properties)\b"
)
# A software tool (drawing, alignment, annotation): with any molecular word it is a bioinformatics resource,
# laboratory-side work; a tool for clinicians names people and is not touched.
_SOFTWARE = _rx(
    r"\bsoftware\b|\bweb[- ]?servers?\b|\balgorithms?\b|\bcommand[- ]line\b|\bsource\s+code\b"
    r"|\bgraphical\s+user\s+interface\b|\bopen[- ]source\b|\btoolkit\b|\bplug-?ins?\b"
)
# Round 15: laboratory work named by what it did to its material rather than by its cells or animals. Tumours,
# biopsies or cases stained or analysed immunohistochemically are specimens (a staining study of 48 tumours);
# bacterial isolates or strains typed, tested or compared are microbes; an analytical method "developed" or
# "presented" for the determination of a compound is assay development.
_SPECIMENS_STAINED = _rx(
    r"\b(?:cases|tumou?rs|specimens|biopsies|samples|tissues|sections|carcinomas)\b[^.]{0,80}\b(?:were|was)\s+"
    r"(?:\w+\s+)?(?:analy[sz]ed|examined|evaluated|stained|studied|assessed)\s+immunohistochemically\b"
    r"|\bimmunohistochemi\w+\s+(?:staining|analys[ie]s|evaluation)\s+(?:of|on|in)\s+(?:\d+|[\w-]+\s+\d+)\s+"
    r"(?:[\w-]+\s+){0,3}(?:tumou?rs|specimens|biopsies|cases|samples|tissues)\b"
)
# Round 16: the same specimens worked on otherwise: RNA or DNA extracted from fixed or embedded tissue or
# tumours ("total RNA was isolated from formalin-fixed, paraffin-embedded specimens"), or tumour preparations
# measured by cytometry ("image cytometry on breast cancer imprint preparations"). Blood drawn from people is
# not such material.
_SPECIMENS_WORKED = _rx(
    r"\b(?:rna|dna|mrna)\s+(?:was|were)\s+(?:\w+\s+)?(?:isolated|extracted|obtained|purified)\s+from\s+"
    r"(?:[\w,-]+\s+){0,4}?(?:specimens|tissues?|tumou?rs|biopsies|sections|blocks)\b"
    r"|\bcytometr\w*\s+(?:on|of|in)\s+(?:[\w-]+\s+){0,4}?(?:imprints?|imprint\s+preparations|tumou?rs|"
    r"(?:tumou?r|biopsy|paraffin)\s+(?:specimens|samples|sections|tissues?)|biopsies|paraffin\w*)\b"
    # Round 19: tumours or cases examined for their molecular alterations ("Ninety-six cases were examined for
    # genomic alterations by MSI, MLH1 promoter hypermethylation ...").
    r"|\b(?:cases|tumou?rs|carcinomas|cancers|specimens|biopsies)\s+(?:were|was)\s+(?:\w+\s+)?(?:examined|"
    r"analy[sz]ed|screened|tested|assessed)\s+for\s+(?:[\w-]+\s+){0,2}?(?:mutations?|(?:genomic|genetic|"
    r"molecular)\s+(?:alterations|changes|aberrations)|microsatellite\s+instability|(?:hyper)?methylation|"
    r"loss\s+of\s+heterozygosity)\b"
)
_ISOLATES_TESTED = _rx(
    r"\b(?:tested|typed|genotyped|sequenced|characteri[sz]ed|compared|comparing|screened|serotyped)\s+"
    r"(?:[\w.-]+\s+){0,4}(?:isolates|strains)\b"
    r"|\b(?:isolates|strains)\s+(?:were|was)\s+(?:\w+\s+)?(?:tested|typed|genotyped|sequenced|characteri[sz]ed|"
    r"screened|serotyped)\b"
)
_METHOD_DEVELOPED = _rx(
    r"\b(?:method|assay|technique|procedure)\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:determination|"
    r"quantification|quantitation|measurement|detection|assay|analysis)\b[^.]{0,160}\b(?:(?:is|are|was|has been|"
    r"have been)\s+(?:\w+\s+)?(?:presented|described|developed|validated)|we\s+(?:describe|present|develop))\b"
)

# Round 15: a tool released with an "Availability" section and an address ("AVAILABILITY http://..."), the
# closing heading of bioinformatics abstracts: software, laboratory-side work when it names no person.
_AVAILABILITY = _rx(
    r"^availability(?:\s+and\s+implementation)?\b\W*[^.]{0,200}?(?:https?://|www\.|\b(?:freely|publicly)\s+"
    r"available\b)"
)

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


# A finding told as the paper's own ("we showed that", "we report here that"); "we examined evidence" may be a
# review's.
_FINDING = _rx(
    r"\bwe\s+(?:also\s+|further\s+|then\s+)?(?:show(?:ed|n)?|found|demonstrated?|report\s+(?:here\s+)?that)\b"
)


def _lab_score(hits: Sequence[str], human_sentences: int, essay: bool, people_at_work: bool = True) -> float:
    """One stray animal or cell sentence in an abstract about people, or in an essay, is not the design.

    Round 16: unless that sentence is the paper's own finding ("we showed ... in tumour-bearing mice") and the
    people are only the introduction's ("the leading cause of death among women"): no data, procedure or
    finding of the paper names them.
    """
    if len(hits) == 1 and (human_sentences > 1 or essay):
        if not essay and not people_at_work and _own(hits, _FINDING):
            return 1.5
        return 0.0
    return 1.5 * len(hits)
