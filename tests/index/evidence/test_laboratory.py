"""Animal, in vitro and laboratory work (``index.evidence.animals_cells``, ``techniques``, ``material``), and where
it stops.

All titles and abstract snippets are invented for these tests.
"""

from __future__ import annotations

from index.evidence import EvidenceLevel
from tests.index.evidence import _text

# --- abstract and traps -------------------------------------------------------------------------------------


def test_in_vitro_from_abstract() -> None:
    abstract = (
        "Colon cancer cell lines were treated with the extract for 48 h. "
        "Cells were incubated with increasing doses and cell viability fell by 40%."
    )
    assert _text("Aronia extract and colon cancer", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_food_chemistry_without_people_is_laboratory() -> None:
    abstract = "Samples were analysed by HPLC for nitrate content. Spinach contained 2,100 mg/kg on average."
    assert _text("Nitrate in leafy greens at market", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


# --- rules added with the PubMedQA and SciFact labels (issue 5) ---------------------------------------------


def test_cell_biology_without_numbers_is_in_vitro() -> None:
    abstract = (
        "Here we show that the binding protein stabilises the mRNA of a survival gene in HL60 cells. "
        "Knockdown of the protein lowered mRNA and protein levels of the gene."
    )
    assert _text("Regulation of a survival gene", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_knockout_mice_without_numbers_are_an_animal_study() -> None:
    abstract = (
        "Here we show that the enzyme controls lipid secretion. "
        "Mice lacking the enzyme in the liver show reduced plasma lipids and secrete lipid-poor particles."
    )
    assert _text("An enzyme and lipid secretion", abstract) == EvidenceLevel(4, "animal study", "text")


def test_protein_structure_is_a_laboratory_study() -> None:
    abstract = (
        "Herein we present the crystal structure of the human motor protein at 2.2 A resolution. "
        "Binding assays showed that its second domain binds single-stranded DNA and RNA."
    )
    assert _text("Structure of a motor protein", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_molecular_work_on_patient_biopsies_is_laboratory() -> None:
    abstract = (
        "By analysing whole-exome sequencing of metastatic biopsies from patients, "
        "we observed shared mutations. "
        "Genome-wide DNA methylation analysis revealed epigenetic differences between the tumour types. "
        "The genomic data point to divergent clonal evolution."
    )
    assert _text("Clonal evolution of a resistant tumour", abstract).level == 4


def test_dietary_protein_is_not_molecular_biology() -> None:
    abstract = (
        "We examined the incidence of the disease and the intake of animal protein and dietary protein "
        "in one country from 1966 to 1985; incidence correlated with protein intake (r = 0.9)."
    )
    assert _text("", abstract).level == 3


# --- text rules added with round 4 ----------------------------------------------------------------------------


def test_one_in_vitro_mention_in_an_essay_is_not_an_in_vitro_study() -> None:
    abstract = (
        "River blindness still afflicts millions of villagers. The ability to grow the worm in vitro lends "
        "hope that new drugs can be screened. New treatments are also needed for severe disease."
    )
    assert _text("Worm biology and new treatments", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_one_animal_experiment_cited_in_an_essay_is_not_an_animal_study() -> None:
    abstract = (
        "Fasting lengthens life in hamsters. Whether it slows ageing in general is unclear. "
        "The evidence for and against this idea is considered."
    )
    assert _text("Fasting and ageing", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_one_animal_sentence_with_procedures_of_its_own_is_still_an_animal_study() -> None:
    abstract = (
        "Tumour cells were injected into skin grafts on nude mice. "
        "The grafts grew as nodules and invaded nearby vessels."
    )
    assert _text("Skin grafts and melanoma", abstract).level == 4


def test_hyphenated_cell_compound_in_title_is_not_in_vitro() -> None:
    abstract = (
        "We examined 90 patients with glioma treated within trials. A gene signature predicted poor "
        "survival (hazard ratio 2.1, 95% CI 1.3-3.4) in a multivariable model adjusted for age."
    )
    result = _text('Stem cell-related "renewal" signature and survival in glioma', abstract)
    assert result == EvidenceLevel(3, "cohort study", "text")
    assert _text("Effects of a spice on stem cells", "").level == 4


def test_validation_cohort_in_a_molecular_paper_is_laboratory_work() -> None:
    abstract = (
        "Here we show that the microRNA is silenced by promoter methylation in kidney cancer. "
        "We show that it targets a transcription factor and lowers its mRNA and protein levels. "
        "Overexpression of the microRNA in cancer cells reduced cell viability. "
        "In a patient cohort, methylation of the gene was associated with relapse (hazard ratio 1.9)."
    )
    assert _text("", abstract).level == 4


def test_supplemented_volunteers_in_a_molecular_paper_stay_a_human_study() -> None:
    abstract = (
        "The purpose of this study was to test supplementation with a herb extract in healthy male volunteers. "
        "Antioxidant enzymes were measured in neutrophils. Inflammatory cytokines and receptor expression "
        "were determined. The extract protected neutrophil proteins against oxidative damage."
    )
    assert _text("", abstract).level == 3


def test_methods_paper_with_longitudinal_samples_is_not_a_cohort() -> None:
    abstract = (
        "We propose an alternative approach by constructing a hierarchical phylogenetic model. "
        "We first explore the history of the mitochondrial genes of a rodent. "
        "We analyse 50 bacterial genes and the sequences of each gene. "
        "We also examine viral sequences sampled longitudinally from patients."
    )
    assert _text("Hierarchical models for multipartite sequence data", abstract).level == 4


def test_enzyme_kinetics_on_compounds_is_laboratory_work() -> None:
    abstract = (
        "Polyphenol fractions were isolated from two legumes. All compounds inhibited the oxidase and their "
        "Ki values ranged from 13 to 767 uM."
    )
    assert _text("Legume flavonoids as oxidase inhibitors", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


# --- round 5: the held-out-4 causes (all snippets invented) ---------------------------------------------------


def test_fried_food_chemistry_without_people_is_laboratory_work() -> None:
    abstract = (
        "Plantain slices were fried in palm oil or olive oil at 170 C. "
        "Acrylamide concentrations in the crisps were 30% lower in olive oil than in palm oil."
    )
    assert _text("Acrylamide in plantain crisps", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_cadaveric_knees_are_laboratory_work() -> None:
    abstract = (
        "The purpose of this cadaveric study was to measure tunnel lengths. Eight fresh cadaveric knees were "
        "used. Tunnel length was 25 mm at 70 degrees and 32 mm at 90 degrees (p < 0.05)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_a_beamline_described_is_laboratory_work() -> None:
    abstract = (
        "Two beamlines for crystallography are available to users. The beamlines have CCD detectors. "
        "The wavelength is tunable from 5 to 16 keV. In this article the instrumentation is described."
    )
    assert _text("Crystallography facilities at a kale institute", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )


def test_tumour_genomics_without_people_is_laboratory_work() -> None:
    abstract = (
        "We describe a gene expression-based classification of kale tumours into four subtypes. "
        "Somatic mutations and copy number changes define the subtypes. "
        "We provide a framework that unifies genomic and transcriptomic data."
    )
    assert _text("Genomic subtypes of kale tumours", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_yeast_treated_with_salts_is_laboratory_work() -> None:
    abstract = (
        "Yeast cells treated with lithium took up plasmid DNA. Conditions for transformation of the yeast "
        "were studied with caesium. Linear plasmid DNA was also taken up by treated yeast."
    )
    assert _text("Transformation of kale yeast", abstract).level == 4


def test_an_essay_about_bacteria_stays_an_essay() -> None:
    abstract = (
        "Bacteria in the gut shape health. Bacterial communities differ between people who eat fibre and "
        "those who do not. Probiotic bacteria may help, and fungi are also present."
    )
    assert _text("Gut microbes and health", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_a_necropsy_of_animals_is_still_an_animal_study() -> None:
    abstract = (
        "Autopsies of 20 pigs fed kale were performed. Pigs fed kale had smaller livers (p < 0.05). "
        "The pigs were housed in pens and fed for 12 weeks."
    )
    assert _text("Kale and liver size", abstract).level == 4


# --- round 6: the held-out-5 causes (all snippets invented) ---------------------------------------------------


def test_cadavers_dissected_are_laboratory_work_even_when_called_human() -> None:
    abstract = (
        "The aim of this study was to describe the fascia of the neck. Fascial layers were examined by "
        "dissection in ten adult human cadavers. The fascia did not reach the midline."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_serum_from_an_intervention_tested_on_cells_is_a_human_study() -> None:
    abstract = (
        "Serum samples were obtained from ten men before and after a 2-week kale diet intervention. "
        "The serum was used to stimulate prostate cells in culture. "
        "Growth of the cells was 14% lower with serum drawn after the diet (p < 0.05)."
    )
    assert _text(
        "Effect of a kale diet on the growth of prostate epithelial cells", abstract
    ) == EvidenceLevel(3, "non-randomized trial", "text")
    cells_only = "Prostate cells were treated with kale extract in culture. Growth fell by 14% (p < 0.05)."
    assert _text("Kale extract and prostate epithelial cells", cells_only).level == 4


# --- round 6, after held-out-6 was scored once (all snippets invented) -----------------------------------------


def test_material_work_that_names_no_person_is_laboratory_work() -> None:
    abstract = (
        "We measured the transfer of bacterial cells from kale leaves to steel surfaces. "
        "Transfer was 12% after 1 min and 30% after 10 min (p < 0.05)."
    )
    assert _text("", abstract).level == 4
    facilities = (
        "We examined the impact of a kale law on the quality of kitchens. All kitchens were inspected "
        "twice; the passing rate rose from 31% to 78%."
    )
    assert _text("", facilities).level == 3
    simulation = (
        "This study was a computer simulation of four trials of kale storage. The red blood cell storage "
        "time was categorized in four ways; power was below 80% (p < 0.05)."
    )
    assert _text("", simulation).level == 3


def test_molecular_work_in_the_passive_is_laboratory_work() -> None:
    abstract = (
        "DNA was isolated from kale pollen. Gene fragments were identified and sequenced, and a PCR assay "
        "was tested on three plant species. Molecular probes detected the DNA of each taxon."
    )
    assert _text("", abstract).level == 4


# --- round 7: the held-out-6 leftovers and two over-broad round-6 moves (all snippets invented) ---------------


def test_channels_recorded_in_a_named_cell_line_are_in_vitro_work() -> None:
    abstract = (
        "Mutation screening of the KALE1 gene was performed in 40 families with palpitations. "
        "One variant was found in 1 family with a high prevalence of hypertension. "
        "Patch-clamp studies of the variant channel expressed in CHO cells showed a larger current."
    )
    assert _text("", abstract) == EvidenceLevel(4, "in vitro study", "text")
    # "CHO" alone is carbohydrate in a feeding study, and the prevalence of a disease is a survey's design.
    feeding = (
        "Twelve cyclists ingested 60 g/h CHO from kale drink during exercise. Power rose by 4% (p < 0.05)."
    )
    assert _text("", feeding).level == 3
    survey = "We surveyed 900 adults. The prevalence of hypertension was 31% (95% CI 28-34)."
    assert _text("", survey) == EvidenceLevel(3, "cross-sectional study", "text")


def test_genetic_linkage_mapping_in_families_is_laboratory_work() -> None:
    abstract = (
        "DESIGN A genome-wide scan of families affected by kale intolerance with microsatellite markers, "
        "followed by linkage analysis. SUBJECTS Members of 4 families with several affected individuals. "
        "RESULTS A maximum lod score of 4.1 was obtained for a marker on chromosome 2q."
    )
    assert _text("Mapping of a gene for kale intolerance", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )
    # Record linkage joins databases: a cohort of people, not genetics.
    records = (
        "Record linkage analysis was used to join kale purchase data with hospital records. "
        "In this cohort of 52,000 adults, 310 strokes occurred during follow-up (hazard ratio 0.8)."
    )
    assert _text("", records).level == 3


def test_mechanical_testing_of_tissue_is_laboratory_work() -> None:
    abstract = (
        "In the present study, we describe experiments on the fracture toughness of kale stalks. "
        "We examine how the propagating crack interacts with the fibres of the stalk."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Without a word of mechanics or another laboratory cue the same frame stays level 3.
    plain = "In the present study, we describe kale markets. We examine how prices vary between seasons."
    assert _text("", plain).level == 3


def test_a_bioinformatics_software_tool_is_laboratory_work() -> None:
    abstract = (
        "KaleDraw is a software tool for drawing RNA structures, designed for web servers. "
        "It is free software, available at http://kaledraw.example.org."
    )
    assert _text("KaleDraw: drawing of structures", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # A tool with no molecular word (a scheduling app) is not laboratory work.
    clinic = (
        "KaleBook is a software tool for booking appointments, designed for web servers. "
        "It is free software, available at http://kalebook.example.org."
    )
    assert _text("KaleBook: booking online", clinic).level == 3


def test_a_disease_burden_model_is_about_people_not_laboratory_work() -> None:
    abstract = (
        "This study was conducted to estimate the health burden of 6 pathogens in kale. The pathogens "
        "examined were Escherichia coli and Listeria. The disease burden was measured as cost of illness and "
        "QALYs. Two pathogens caused 70% of the illnesses and deaths."
    )
    assert _text("", abstract).level == 3
    # The same pathogens moved around a kitchen, with no illness counted, remain laboratory work.
    lab = (
        "This study was conducted to measure the transfer of 6 pathogens from kale to boards. The pathogens "
        "examined were Escherichia coli and Listeria. Transfer was 12% after 1 min (p < 0.05)."
    )
    assert _text("", lab).level == 4


# --- round 7, after held-out-7 was scored once (all snippets invented) -----------------------------------------


def test_bacterial_isolates_dated_by_admissions_are_laboratory_work() -> None:
    abstract = (
        "The aim of this study was to evaluate the kale-extract MIC for isolates of MRSA. MRSA isolates from "
        "samples of patients admitted from January 2007 to December 2009 were assessed. A total of 93 MRSA "
        "isolates were studied. The MICs were 1 mg/L for 19 isolates (20%)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Patients treated over the same span, with no material, remain a cohort.
    patients = (
        "Patients treated with kale from January 2007 to December 2009 were assessed. "
        "Of 93 patients, 19 (20%) relapsed."
    )
    assert _text("", patients).level == 3


def test_food_samples_purchased_and_analysed_are_laboratory_work() -> None:
    abstract = (
        "A national investigation of gluten in kale flours was performed. Samples (n = 640) were purchased "
        "in eight cities and analysed; 61 of the 640 (9.5%) were contaminated."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


# --- round 8: three doubtful round-7 moves and the held-out-7 essay (all snippets invented) -------------------


def test_animals_and_cells_the_field_is_using_are_the_topic_of_an_essay() -> None:
    abstract = (
        "The KALE2 protein is a component of the membrane complex required for autophagy. A dominant mutation "
        "in KALE2 removes a binding site and causes dementia. Its phenotypes include misregulation of "
        "receptors. Currently, transgenic flies, mice and human cell lines are being used to understand them."
    )
    assert _text("The role of KALE2 in autophagy", abstract) == EvidenceLevel(3, "narrative review", "text")
    # Transgenic mice something was done to are this paper's subjects.
    own = abstract.replace("are being used to understand them", "were fed kale for 4 weeks")
    assert _text("The role of KALE2 in autophagy", own).level == 4


def test_a_stem_cell_transplant_or_circulating_tumour_cells_in_counted_patients_is_clinical() -> None:
    abstract = (
        "We compared survival in 516 patients treated with stem cell transplantation or transfusions. "
        "Thirty-year survival was 82% vs 85% (P = 0.4)."
    )
    assert _text("Survival after stem cell transplantation and kale", abstract).level == 3
    ctc = "Sixty-eight patients were followed. Kale intake correlated with progression (P = 0.01)."
    assert _text("Circulating tumor cells and kale in breast cancer", ctc).level == 3
    # Stem cells themselves, or a transplant title over an abstract that counts nobody, are still cell work.
    assert _text("Kale extract expands human stem cells").level == 4
    method = "Here we combined PCR with deep sequencing to quantify T cell receptor diversity in recipients."
    assert _text("T-cell repertoire after stem cell transplantation", method).level == 4


def test_in_vitro_fertilization_of_patients_is_clinical_but_of_frog_embryos_is_not() -> None:
    abstract = (
        "Prospective study of in vitro fertilization outcome. From 1998 to 1999, 224 patients underwent "
        "antral follicle assessment before kale. The in vitro fertilization pregnancy rate was 51% vs 19% "
        "(P < 0.05). Kale was a better predictor of in vitro fertilization outcome than age."
    )
    assert _text("", abstract).level == 3
    frogs = (
        "Diploid embryos of Xenopus can be generated year round. An investigator can generate hundreds of "
        "embryos by in vitro fertilization. This allows molecular manipulation of gene products."
    )
    assert _text("", frogs).level == 4


# --- round 8, after held-out-8 was scored once (all snippets invented) -----------------------------------------


def test_colony_forming_assays_are_cell_culture_but_colony_forming_units_are_a_dose() -> None:
    abstract = (
        "Clonogenicity of kale-treated CD34+ progenitors was increased (78% vs 15%). Replating efficiency of "
        "colony-forming progenitors was also increased, as in fetal livers with trisomy (P < .001)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "in vitro study", "text")
    dose = (
        "Healthy subjects consumed 10^9 colony-forming units of kale lactobacilli daily. Phagocytic capacity "
        "of their leukocytes rose by 20% (P < .01), and it rose again in a second colony-forming units trial."
    )
    assert _text("", dose).level == 3


# --- round 9, after held-out-9 was scored once (all snippets invented) -----------------------------------------


def test_genes_silenced_in_three_dimensional_cultures_are_in_vitro_work() -> None:
    abstract = (
        "Here, we analyzed the factors involved in chemoresistance in patients with kale carcinoma. We found "
        "that IL6 from fibroblasts upregulated the KALE7 receptor. KALE7 knockdown inhibited proliferation. "
        "KALE7 silencing significantly decreased stemness genes and proliferation of tumour cells in "
        "three-dimensional culture systems. In clinical samples, patients with high KALE7 had worse survival."
    )
    assert _text("Fibroblast IL6 promotes chemoresistance via KALE7", abstract) == EvidenceLevel(
        4, "in vitro study", "text"
    )
    # Gene silencing as the background mechanism is not an experiment.
    background = (
        "Most patients carry mutations in KALE8, which facilitates gene silencing. Patients with kale "
        "syndrome lose speech. Here we describe 300 patients followed for ten years."
    )
    assert _text("Kale syndrome", background).level == 3


def test_polysaccharides_tested_for_radical_scavenging_are_laboratory_work() -> None:
    abstract = (
        "Water-soluble polysaccharides were separated from an aqueous kale extract. Four polysaccharide fractions "
        "were obtained by changing the ethanol concentration. Antioxidant activity tests revealed that one "
        "fraction showed good capability of scavenging hydroxyl free radical."
    )
    assert _text("Antioxidant polysaccharides from kale", abstract) == EvidenceLevel(
        4, "laboratory study", "text"
    )
    # Radicals scavenged in the plasma of people who ate kale are their intervention.
    eaten = (
        "Twenty volunteers ate kale for four weeks. Plasma antioxidant activity tests revealed more scavenging "
        "of hydroxyl radicals after the intervention."
    )
    assert _text("Kale and plasma antioxidants", eaten).level == 3


# --- round 10, after held-out-10 was scored once (all snippets invented) -----------------------------------------


def test_tumour_bearing_mice_treated_are_an_animal_study() -> None:
    abstract = (
        "We carried out a combined treatment with a cytotoxic drug and kale tea on tumour-bearing mice. "
        "Kale tea enhanced 2.5-fold the inhibitory effect of the drug on tumour growth. "
        "These results suggest that kale tea may help patients."
    )
    assert _text("", abstract) == EvidenceLevel(4, "animal study", "text")


def test_molecular_evolution_read_from_sequences_is_laboratory_work() -> None:
    abstract = (
        "We sequenced the complete mitochondrial DNA of 53 humans of diverse origins. Substitution rates varied "
        "between sites, and a phylogenetic tree of the sequences was rooted in Africa. A test of neutral "
        "evolution revealed purifying selection in the coding region (P < 0.01)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")
    # Natural selection in an essay on diets, with no sequences, is topic.
    essay = (
        "Plant foods eaten throughout human evolution shaped our needs, and natural selection favoured "
        "cholesterol conservation. Modern diets rich in kale may restore the balance."
    )
    assert _text("", essay).level == 3


# --- round 11, after held-out-11 was scored once (all snippets invented) -----------------------------------------


def test_immune_subsets_named_with_a_digit_are_not_cell_lines() -> None:
    abstract = (
        "The prospective study included 22 patients with kale sensitivity. Cells were isolated from rectal biopsies "
        "and characterised by flow cytometry. ILC1 cells significantly increased after a kale challenge. Th17 cells "
        "significantly decreased in 10 patients after a kale-free diet."
    )
    assert _text("Innate lymphoid cells in kale sensitivity", abstract).level == 3
    # A named line is still cell culture.
    line = "T98G cells were exposed to kale extract, and T98G cells significantly decreased their growth."
    assert _text("Kale extract and glioma growth", line).level == 4


# --- round 13, after held-out-13 was scored once (all snippets invented) -----------------------------------------


def test_nutrient_content_of_food_products_is_laboratory_work() -> None:
    abstract = (
        "BACKGROUND: Kalium intake matters for patients with kidney disease. DESIGN: Analysis of dietary "
        "components. SETTING: We measured the kalium content of 40 food products, including 25 frozen kale "
        "dishes. RESULTS: The ratio of kalium to protein in these items ranged from 4 to 19 mg/g. The kalium "
        "content of only 2 products was listed in a dietary database. CONCLUSION: Manufacturers may change the "
        "kalium content of foods at any time."
    )
    assert _text("Kalium in frozen kale dishes", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_products_bought_in_stores_and_analysed_are_laboratory_work() -> None:
    abstract = (
        "OBJECTIVES: To determine the lead content of kale tablets sold in Kaleton-area stores. We visited each "
        "store and bought every unique kale tablet. Lead was measured by x-ray fluorescence. RESULTS: Nine (15%) "
        "of 60 tablets contained lead. CONCLUSIONS: One in seven kale tablets available in Kaleton grocery "
        "stores contains lead. Adults who take them may be at risk."
    )
    assert _text("Lead in kale tablets", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_helper_cells_named_in_capitals_are_not_a_cell_line() -> None:
    essay = (
        "Interleukin-77 (IL-77), a new member of the IL-1 family, is released on cell lysis. Its receptor is "
        "expressed by T helper 2 (TH2) cells and mast cells. IL-77 can promote asthma by expanding TH2 cells. "
        "IL-77 could be a new target for therapy."
    )
    assert _text("IL-77: the new kid in the family", essay) == EvidenceLevel(3, "narrative review", "text")


def test_primary_cultures_of_a_tissue_are_cell_culture() -> None:
    # Round 14: "primary thyrocyte cultures"; a patient's primary blood culture is not.
    abstract = (
        "We tested whether kalein stimulates kalocytes. Kalein effects were assessed in primary kalocyte "
        "cultures. Kalein increased cAMP synthesis and DNA synthesis in these kalocytes."
    )
    assert _text("Kalein and kalocytes", abstract).level == 4
    blood = abstract.replace("primary kalocyte cultures", "primary blood cultures of 40 patients")
    assert _text("Kalein and kalocytes", blood).study_type != "in vitro study"


def test_items_from_stores_and_their_prices_are_products() -> None:
    # Round 14: "100 items from a cross-sectional survey of 225 stores", "price per serving".
    abstract = (
        "OBJECTIVE: To compare food cost and nutrient profiles of 90 items from a cross-sectional survey of 120 "
        "stores in Kale County. METHODS: Nutrient and cost profiles for food items were calculated by converting "
        "price per 100 g to price per serving. RESULTS: Price per serving was lowest for kale."
    )
    assert _text("Cost per serving of kale foods", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_cultured_macrophages_named_with_their_origin_are_cell_culture() -> None:
    # Round 15: "overnight-cultured rat resident peritoneal macrophages", "the concentration in culture media".
    abstract = (
        "Kalein suppresses oxidative metabolism. Its effect on glucose use in overnight-cultured rat resident "
        "peritoneal macrophages was investigated using labelled glucose. Kalein was varied through its "
        "concentration in culture media. These results demonstrate that kalein raises glycolysis."
    )
    assert _text("Kalein and glucose in macrophages", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_tumours_stained_immunohistochemically_are_laboratory_work() -> None:
    # Round 15: "48 cases of ... were analysed immunohistochemically" (specimens, by the labelling convention).
    abstract = (
        "40 cases of kaloma were analysed immunohistochemically using a kalin antibody and the results "
        "correlated with tumour size. Overexpression of kalin was seen in 60% of cases (p = 0.04)."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_bacterial_isolates_tested_are_laboratory_work() -> None:
    # Round 15: "we tested 320 additional E. coli isolates from these meats", compared with isolates from humans.
    abstract = (
        "Retail kale might carry kalobacter causing infections in humans. We tested 300 kalobacter isolates "
        "from kale. Isolates from kale were less likely than those from spinach to be related to isolates from "
        "humans with infections. We found genetic similarities between kalobacter from farms and from humans."
    )
    assert _text("Kale as reservoir for kalobacter", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_analytical_method_developed_is_laboratory_work() -> None:
    # Round 15: "The first quantitative method for the determination of ... in plasma is presented" (assay
    # development), even with plasma of counted women as its test material.
    abstract = (
        "The first quantitative method for the determination of kaleins in plasma is presented. The final "
        "determination is carried out by gas chromatography-mass spectrometry. Results of plasma analyses in "
        "20 women are presented. It is concluded that a specific method for the assay of kaleins in plasma "
        "has been developed."
    )
    assert _text("Kaleins in plasma", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_commercial_foods_compared_are_products() -> None:
    # Round 15: "naturally and traditionally cured commercial frankfurters, hams, and bacon".
    abstract = (
        "Organic rules preclude nitrite in cured kale meats. The objective of this study was to compare "
        "characteristics that affect spoilage growth in naturally and traditionally cured commercial "
        "frankfurters, hams, and bacon. Residual nitrite was significantly correlated to growth."
    )
    assert _text("Survey of cured kale meats", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_software_with_an_availability_section_is_laboratory_work() -> None:
    # Round 15: "AVAILABILITY http://..." closing a bioinformatics tool's summary.
    abstract = (
        "SUMMARY The Kale format is a generic format for storing read alignments. Kaletools implements "
        "utilities for processing alignments, and thus provides universal tools. AVAILABILITY "
        "http://kaletools.example.org."
    )
    assert _text("The Kale format and Kaletools", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_transgenic_crops_are_plants_not_animals() -> None:
    # Round 16: a review of "transgenic (genetically modified) crops" is about plants.
    abstract = (
        "The area sown with transgenic (genetically modified) crops has grown quickly. In this article, the "
        "main kinds of kale resistance to weedkillers are reviewed. No general conclusions can be drawn."
    )
    title = "Weedkiller residues in transgenic kale crops"
    assert _text(title, abstract) == EvidenceLevel(3, "narrative review", "text")


def test_permeabilized_cells_are_cell_culture() -> None:
    # Round 16: "permeabilized hepatocytes treated with" an agent, in a paper that never says "in vitro".
    abstract = (
        "We have evaluated changes in kalein metabolism in permeabilized hepatocytes exposed to kalin. We also "
        "show that kalin decreases kalase activity by a mechanism independent of kaloid."
    )
    assert _text("Kalin and kalein oxidation", abstract) == EvidenceLevel(4, "in vitro study", "text")


def test_animal_finding_outweighs_patients_named_only_in_the_introduction() -> None:
    # Round 16: one sentence "we showed ... in treating tumour-bearing mice" against two about women and patients
    # in the introduction.
    abstract = (
        "Kale-pox is the leading cause of death among women with rashes. The lack of effective treatment for "
        "patients with kale-pox warrants new therapies. In the current study, we found that kalin enabled "
        "repeated doses of the kale virus. Furthermore, we showed that kalin with the kale virus was more "
        "effective than either alone in treating tumor-bearing mice."
    )
    assert _text("Kalin enables repeated kale virus", abstract) == EvidenceLevel(4, "animal study", "text")


def test_rna_extracted_from_embedded_specimens_is_laboratory_work() -> None:
    # Round 16: "Total RNA was then isolated from formalin-fixed, paraffin-embedded specimens" of counted patients.
    abstract = (
        "The aim was to relate kalase expression to outcome in kale-pox. Residual lesions were obtained from 52 "
        "patients with kale-pox. Total RNA was then isolated from formalin-fixed, paraffin-embedded specimens. "
        "Patients with high kalase had lower recurrence-free survival (P = 0.005)."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Kalase and recurrence of kale-pox", abstract) == expected


def test_tumour_preparations_measured_by_cytometry_are_laboratory_work() -> None:
    # Round 16: "image cytometry on consecutive breast cancer imprint preparations", with survival of n = 136.
    abstract = (
        "To investigate whether the kale fraction is a prognostic factor in kale tumours. Histograms were "
        "obtained by image cytometry on consecutive kale tumour imprint preparations. When studying survival "
        "(n = 136), the kale fraction was significant."
    )
    assert _text("", abstract) == EvidenceLevel(4, "laboratory study", "text")


def test_tool_with_availability_and_uncounted_people_is_laboratory_work() -> None:
    # Round 16: "discoveries comparable to those made by human experts" and "'clear' cases" name no study
    # population for a tool with an AVAILABILITY address.
    abstract = (
        "RESULTS We present a system for annotating kale sequences whose findings match those of human "
        "experts. Error rates are 2-5% for the clearest cases. AVAILABILITY The Kalequiz system is publicly "
        "available through a Web server at http://kalequiz.example.org."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Automated kale sequence annotation", abstract) == expected


def test_molecules_measured_in_base_pairs_are_own_laboratory_work() -> None:
    # Round 16: a biochemistry paper with no "we" and no procedure ("INO80 required a minimum of 33 to 43 bp").
    abstract = (
        "The mobilization of nucleosomes by the kalase remodeler differs from that by other remodelers. "
        "Kalase required a minimum of 30 to 40 bp of extranucleosomal DNA, with 70 bp being optimal. Kalase "
        "moved arrays of two nucleosomes with 50 bp of linker DNA closer together."
    )
    assert _text("Kalase is a nucleosome spacing factor", abstract).level == 4


# --- round 18, after held-out-18 was scored once (all snippets invented) -----------------------------------------


def test_we_with_a_verb_of_work_done_in_a_paper_without_people_is_own_work() -> None:
    # "We have dissected the stages of invadopodium assembly and maturation and show that ...", "We explored how".
    abstract = (
        "Kale bodies are membrane protrusions of invasive kale carcinoma cells. The mechanisms regulating their "
        "assembly are not understood. We have dissected the stages of kale-body assembly. Kalase "
        "phosphorylation regulates actin polymerization at kale bodies. Kalase directly binds cofilin."
    )
    assert _text("Kalase controls the stages of kale-body assembly", abstract).level == 4
    # ... but not what the authors realised ("more nuanced than we realized at first"): an essay.
    essay = (
        "Kale methylation is often described as a silencing epigenetic mark. Genome-scale maps now show kale "
        "methylation at promoters, gene bodies and repeats. The relationship between kale methylation and "
        "transcription is more nuanced than we realized."
    )
    assert _text("Functions of kale methylation", essay) == EvidenceLevel(3, "narrative review", "text")


def test_a_drug_given_to_animals_is_an_animal_study() -> None:
    # "We tested this hypothesis by intermittently giving prophylactic Truvada to macaque monkeys".
    abstract = (
        "Kale-virus spreads mainly through contact. We hypothesized that intermittent kalavir would block "
        "transmission. We tested this by intermittently giving oral kalavir to macaque monkeys and then exposing "
        "them to kale-virus weekly. A dose 3 days before exposure protected as well as daily dosing. This "
        "strengthens strategies to prevent kale-virus in humans."
    )
    assert _text("Intermittent kalavir protects against kale-virus", abstract) == EvidenceLevel(
        4, "animal study", "text"
    )
    children = abstract.replace("macaque monkeys", "children in day care")
    assert _text("Intermittent kalavir protects against kale-virus", children).level == 3


def test_samples_of_a_named_food_are_material() -> None:
    # "PBDEs measured in individual samples in 2008 showed that beef samples had the lowest PBDE levels".
    abstract = (
        "Kale-ether body burdens in the general population have been linked to eating meat. Kale-ether "
        "concentrations in domestic meat were measured in two surveys. Beef samples had the lowest kale-ether "
        "levels, followed by the other kinds."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Kale-ethers in meat from two surveys", abstract) == expected


# --- round 19, after held-out-19 was scored once (all snippets invented) -----------------------------------------


def test_commercial_foods_named_in_the_plural_are_material() -> None:
    # "... were measured in a variety of commercial milks (whole, 2%, skim, and buttermilk)".
    abstract = (
        "Kale-ol metabolites are associated with cancers of the gut. One potential dietary source of kale-ols is "
        "kale juice. In this study, the quantities of free and total kale-ols were measured in a variety of "
        "commercial milks (whole, skim, and oat). The results show that the products tested contain considerable "
        "levels of kale-ols."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Kale-ols in milks by LC-MS/MS", abstract) == expected


def test_foods_marinated_are_material() -> None:
    # "Sensory attributes of fully aged broiler breast fillets marinated in a 6% NaCl solution ... were studied".
    abstract = (
        "Sensory attributes of kale leaves marinated in a 6% NaCl solution containing 2% citric acid or 2% acetic "
        "acid were studied. A 6% NaCl solution with no additives was used as control. Cooked leaves were evaluated "
        "by a trained descriptive panel that rated 20 flavour attributes. Data were analyzed using general linear "
        "models. Only the vinegar attribute differed due to treatment."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Descriptive analysis of marinated kale", abstract) == expected


def test_tumours_examined_for_molecular_alterations_are_laboratory_work_not_a_cohort() -> None:
    # "Ninety-six cases were examined for genomic alterations by MSI, MLH1 promoter hypermethylation, ...";
    # "... a comprehensive molecular genetic analysis ... in a large cohort of endometrial cancers".
    abstract = (
        "Kale cancer is associated with chromosomal abnormalities and microsatellite instability. The aim of this "
        "study was to characterize a set of kale cancers using molecular techniques. Eighty cases were examined "
        "for genomic alterations by promoter hypermethylation and KALE1 mutation analysis. A KALE1 alteration was "
        "observed in 16 (20%) specimens. This study provides a molecular analysis in a large cohort of kale "
        "cancers."
    )
    expected = EvidenceLevel(4, "laboratory study", "text")
    assert _text("Molecular characterization of kale cancer", abstract) == expected
    # A cohort of people stays a cohort.
    people = (
        "We followed a cohort of 800 women with kale cancer for ten years. Recurrence was recorded at each visit. "
        "Women who ate kale daily had fewer recurrences (HR 0.7, 95% CI 0.5-0.9)."
    )
    assert _text("Kale and recurrence of kale cancer", people) == EvidenceLevel(3, "cohort study", "text")


def test_software_for_sequence_data_told_as_this_papers_is_laboratory_work() -> None:
    # Round 21: CLUSTAL W ("incorporated into a new program ... which is freely available"), FreeBayes ("our
    # implementation of this framework in a haplotype-based variant detector"), an evolutionary-distance algorithm.
    program = (
        "The sensitivity of progressive multiple sequence alignment has been improved for divergent kale protein "
        "sequences. Individual weights are assigned to each sequence in a partial alignment. These modifications "
        "are incorporated into a new program, KALEALIGN, which is freely available."
    )
    assert _text("Kale gap penalties", program) == EvidenceLevel(4, "laboratory study", "text")
    detector = (
        "The detection of haplotypes from short-read kale DNA sequencing data requires new methods. We then describe "
        "our implementation of this framework in a haplotype-based variant detector, KaleBayes."
    )
    assert _text("Variant detection in kale", detector).level == 4
    distance = (
        "This paper gives a formal definition of evolutionary distance and an algorithm to compute it. For any set "
        "of finite kale sequences this distance is shown to be a metric."
    )
    assert _text("On kale distances", distance).level == 4
    # ... while a new program without sequence data (an exercise programme for people) is not.
    exercise = (
        "Kale eaters were offered a new program of exercise, which is freely available. Fitness improved in 40 "
        "participants (p < 0.05)."
    )
    assert _text("Exercise for kale eaters", exercise).level == 3


def test_a_review_naming_a_new_algorithm_for_sequences_stays_a_review() -> None:
    # Round 21: the sequence-tool check comes after the review's own words ("In this review we discuss").
    abstract = (
        "Mutations in kale genes are associated with cancer. In this review we discuss the studies on KALE1, a "
        "histone modifier, and its mutations. A new algorithm for detecting kale mutations in sequencing data is "
        "described as a promising aid."
    )
    assert _text("KALE1: an epigenetic modifier", abstract) == EvidenceLevel(3, "narrative review", "text")


def test_a_title_naming_cells_as_a_reviews_topic_or_in_clinical_use_over_an_essay_is_a_narrative_review() -> (
    None
):
    # Round 22: "Cell Stem Cell Review FoxO Transcription Factors and Stem Cell Homeostasis" and "Reconstitution of
    # the immune system after hematopoietic stem cell transplantation in humans" head essays.
    essay = (
        "Kale factors take part in diverse physiologic processes, including cell-cycle arrest and stress "
        "resistance. Several recent reports indicate that kale signalling maintains the stem cell compartment. "
        "These observations link kale function in mammals with longevity in lower organisms."
    )
    review = EvidenceLevel(3, "narrative review", "text")
    assert _text("Review: kale factors and stem cell homeostasis", essay) == review
    assert _text("Immune recovery after stem cell transplantation in humans", essay) == review
    # ... while cells named alone in the title stay laboratory work (many laboratory abstracts state findings
    # with no mark of their own),
    assert _text("Kale factors and stem cell homeostasis", essay).level == 4
    # ... and an abstract of the authors' own findings keeps the title's cells.
    found = essay + " Here we show that kale extract halts stem cell division."
    assert _text("Review: kale factors and stem cell homeostasis", found).level == 4


def test_we_with_a_manner_adverb_before_the_verb_is_own_work() -> None:
    # Round 23: "We genetically deleted the PTH/PTHrP receptor (PTH1R) in mesenchymal stem cells using Prx1Cre and
    # found low bone formation ..."; patients appear once, as "a similar finding was noted in ... patients".
    abstract = (
        "Intermittent kalin administration builds bone, but its mechanism is unclear. We genetically deleted the "
        "kalin receptor (KR1) in marrow stromal cells using Kx1Cre and found low bone formation and high marrow "
        "fat. Marrow adipocytes expressed classic adipogenic markers and high receptor expression. By cell sorting, progenitors were twice as "
        "great in mutant versus control marrow. Kalin administration to control mice reduced "
        "marrow fat significantly. A similar finding was noted in male osteoporotic patients."
    )
    assert _text("Kalin directs marrow cell fate", abstract) == EvidenceLevel(4, "animal study", "text")
    # ... but an adverb that dates the work before this paper ("We previously deleted") is not this work's.
    earlier = abstract.replace("We genetically deleted", "We previously deleted")
    assert _text("Kalin directs marrow cell fate", earlier).level == 3
