"""What laboratory work does (level 4 when the paper's sentences are mostly about it): molecular vocabulary,
assays and chemistry, genetic mapping and molecular evolution, mechanical testing, software for molecular data,
specimens stained or extracted, isolates typed, methods developed. Apart from ``animals_cells`` (the subjects)
and ``material`` (what is worked on) so that each cue list has one place."""

from __future__ import annotations

from index.evidence.text import _rx

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
