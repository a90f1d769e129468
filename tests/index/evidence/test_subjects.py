"""Who a study is about (``index.evidence.subjects``): people, animals, foods and counts of people.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- abstract and traps -------------------------------------------------------------------------------------


def test_animal_protein_is_food_not_subject() -> None:
    abstract = (
        "Thirty men with high cholesterol ate diets in which animal protein was replaced by soy protein. "
        "Subjects received each diet for 4 weeks and plasma cholesterol fell by 9% (p < 0.01)."
    )
    assert _text("Soy and cholesterol in men", abstract).level == 3


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_ewes_are_animals() -> None:
    abstract = "Catheters were implanted in 10 pregnant ewes. Uterine blood flow fell to 70% of baseline."
    assert _text("", abstract) == EvidenceLevel(4, "animal study", "text")


def test_counted_participants_keep_molecular_measurements_a_human_study() -> None:
    abstract = (
        "We examined 102 healthy men for the association between fitness and T cell ageing. "
        "Blood lymphocytes were analysed for surface receptor expression and gene transcripts. "
        "Receptor expression and molecular markers of senescence fell with fitness (p < 0.01)."
    )
    assert _text("", abstract).level == 3


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


def test_human_milk_samples_from_counted_women_are_a_human_study() -> None:
    abstract = (
        "Breast milk samples from 59 mothers were analysed. Women who used more cooking oil had higher "
        "phenol concentrations in milk (p < 0.05), and the food pattern of cooking oil was associated with it."
    )
    assert _text("Phenols in human milk", abstract).level == 3


# --- round 6: the held-out-5 causes (all snippets invented) ---------------------------------------------------


def test_chickens_something_was_done_to_are_animals_but_chicken_sold_is_food() -> None:
    assert _text("Kale virus and adiposity in a chicken model").level == 4
    abstract = (
        "Twelve chickens were inoculated with the virus and six with medium. "
        "Visceral fat was greater in the inoculated chickens (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "animal study", "text")
    food = (
        "Fat content of whole chickens sold in 20 supermarkets was 30% higher than in 1980. "
        "We surveyed 400 shoppers about chicken purchases."
    )
    assert _text("", food).level == 3


def test_a_year_before_a_word_for_people_counts_nobody() -> None:
    abstract = (
        "We assessed the 2001 feeding recommendations for infants. Home-prepared kale milks provided 30% "
        "of the vitamin C required. The kale milks provided less than 50% of zinc and iodine. "
        "Commercial formula contained all required fatty acids."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


# --- round 7: the held-out-6 leftovers and two over-broad round-6 moves (all snippets invented) ---------------


def test_specimens_from_a_quarter_million_people_are_a_human_study() -> None:
    abstract = (
        "Blood samples from more than a quarter million people in Kaleland were screened by electrophoresis. "
        "Mutant haemoglobins were detected in 3% of samples. The globin chains of the mutants were sequenced. "
        "Twenty mutant proteins were analysed structurally."
    )
    assert _text("", abstract).level == 3
    # "A million people" quoted as a burden in an introduction counts nobody.
    burden = (
        "Kale blight kills a million people each year. Mutant proteins of the fungus were purified. "
        "The mutant enzymes were analysed structurally. Their binding sites were sequenced, and the "
        "receptor domain was crystallised."
    )
    assert _text("", burden).level == 4


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


def test_cows_milk_in_a_trial_title_is_food_not_an_animal_subject() -> None:
    abstract = (
        "Sixty children were randomly assigned to a cow's milk free diet or their usual diet (p < 0.05)."
    )
    assert _text("Cow's milk and kale constipation: a randomized clinical trial", abstract) == EvidenceLevel(
        2, "randomized trial", "text"
    )
    assert _text("Kale extract in cows: a randomized trial").level == 4


# --- round 8: three doubtful round-7 moves and the held-out-7 essay (all snippets invented) -------------------


def test_a_genetic_risk_estimate_is_a_study_of_people() -> None:
    abstract = (
        "Genome-wide scans identify regions linked to kale allergy. Here, we have localized the association in "
        "the KALE1 gene region to two groups of SNPs (odds ratio = 2.0, 95% confidence interval 1.7-2.4; "
        "P = 1e-20). Susceptibility genotypes were associated with lower levels of the soluble marker."
    )
    assert _text("", abstract).level == 3
    # The same molecular frame without a risk estimate for the variants stays laboratory work.
    molecular = abstract.replace(" (odds ratio = 2.0, 95% confidence interval 1.7-2.4; P = 1e-20)", "")
    assert _text("", molecular).level == 4


# --- round 9, after held-out-9 was scored once (all snippets invented) -----------------------------------------


def test_specimens_counted_from_patients_are_a_study_of_the_patients() -> None:
    abstract = (
        "100 specimens of kale-leaf lesions from Danish patients and 20 normal biopsy specimens were investigated "
        "for viral DNA by PCR. Viral DNA was identified in 4 of 90 lesions and in none of the normal specimens. "
        "The low presence of viral DNA does not support a role of the virus."
    )
    assert _text("", abstract).level == 3
    # Specimens of plants without people are laboratory work.
    plants = abstract.replace("kale-leaf lesions from Danish patients", "kale leaves from Danish farms")
    assert _text("", plants).level == 4


# --- round 11, before held-out-11 was scored (all snippets invented) ---------------------------------------------


def test_a_population_of_cells_or_microbes_is_not_people() -> None:
    abstract = (
        "Kale-responsive regulatory T cells were expanded from blood with rapamycin. A stable population of "
        "these cells was obtained after 30 days. The expanded population of T cells suppressed proliferation in "
        "vitro, and a population bottleneck of the cultured clones was not seen."
    )
    assert _text("Expansion of kale-responsive T cells", abstract).level == 4
    # A population of people is still one.
    people = (
        "A population of 2,000 adults was asked about kale intake. The population reported eating kale weekly, "
        "and 12% of the population had gout."
    )
    assert _text("Kale and gout", people).level == 3


def test_boars_are_animals() -> None:
    abstract = (
        "We evaluated freeze-thaw tolerance of boar spermatozoa in an extender with kale sugar at five "
        "concentrations (0-200 mmol/l). Motility was 49.9% with 100 mmol/l. Before and after capacitation, the "
        "score of semen diluted in that extender was 3.7% and 43.8%."
    )
    assert _text("Kale sugar and the freezing of boar spermatozoa", abstract).level == 4


def test_a_molecule_that_donates_a_group_is_no_person() -> None:
    abstract = (
        "We investigated the role of kale sulphide in the pH of vascular smooth muscle cells. NaKS, a H(2)S donor, "
        "lowered pH in a concentration-dependent manner. Blocking the exchanger significantly attenuated the effect."
    )
    assert _text("Kale sulphide and the pH of smooth muscle cells", abstract).level == 4
    # Blood donors are people.
    donors = abstract.replace("NaKS, a H(2)S donor,", "Serum from 40 blood donors")
    assert _text("Kale sulphide and the pH of smooth muscle cells", donors).level == 3


# --- round 12, after held-out-12 was scored once (all snippets invented) -----------------------------------------


def test_hogs_and_fruit_flies_are_animals() -> None:
    hogs = (
        "The goal of this study was to estimate the on-farm prevalence of Fictobacter kalei in hogs based on "
        "tonsil swabs. Tonsil swabs (812) were collected on 40 farms. Twelve percent of tonsils (97 of 812) were "
        "positive by real-time PCR."
    )
    assert _text("Prevalence of Fictobacter kalei in market hogs", hogs).level == 4
    flies = (
        "To evaluate the health benefits of kale, we used the well-characterized fruit fly Drosophila kalei as a "
        "model system. Flies raised on kale extract had greater fertility and longevity. Our data show that the "
        "system can test dietary components."
    )
    assert _text("Kale and fertility", flies) == EvidenceLevel(4, "animal study", "text")


def test_a_dog_sniffing_patients_samples_is_the_instrument_not_the_subject() -> None:
    abstract = (
        "A study was undertaken using canine scent detection to determine whether odour can screen for "
        "kale-pox. Breath samples were obtained from 40 patients with kale-pox and from 160 healthy controls. "
        "The sensitivity of canine scent detection of breath samples was 0.91 and the specificity 0.99. The "
        "accuracy of canine scent detection was high even for early kale-pox."
    )
    assert _text("Screening for kale-pox by canine scent detection", abstract).level == 3
    fed = (
        "Twelve dogs were fed kale for 4 weeks and 12 dogs a control diet. Plasma kalein rose in the dogs fed "
        "kale (p < 0.01)."
    )
    assert _text("Kale in dogs", fed) == EvidenceLevel(4, "animal study", "text")


def test_molecules_taking_part_in_a_pathway_are_not_participants() -> None:
    # Round 16: metabolites "which might become participants in the apoptotic pathway" are no people.
    abstract = (
        "We have studied kalase on isolated kale mitochondria treated with kalin. We also show that kalin "
        "inhibits kalase by a mechanism independent of kaloid. This suggests a model in which kalin leads to "
        "kaloyl esters, which might become participants in the apoptotic pathway."
    )
    assert _text("Kalin inhibits kalase", abstract).level == 4


def test_stone_formers_are_patients() -> None:
    # Round 16: "Specimens were taken from 219 consecutive stone-formers": stones, urine and hair of patients.
    abstract = (
        "This study correlated the content of kale stones with elements in the urine of stone formers. "
        "Specimens were taken from 219 consecutive stone-formers. The stones were analysed by spectrometry. "
        "An analysis of 21 elements in urine was performed by spectrometry. Few correlations were found."
    )
    assert _text("", abstract).level == 3


def test_workers_in_animal_trades_are_people() -> None:
    # Round 17: "Mortality in workers employed in pig abattoirs": the pigs are their trade, not study animals.
    abstract = (
        "We report on the mortality of 410 workers employed in kale-fed pig abattoirs. Standardized mortality "
        "ratios were raised for liver cancer (SMR 2.1, 95% CI 1.2-3.4)."
    )
    assert _text("Mortality in workers employed in pig abattoirs", abstract).level == 3
    animals = abstract.replace("workers employed in kale-fed pig abattoirs", "pigs fed kale")
    assert _text("Kale feeding in pigs", animals).level == 4
