"""Written forms of entities: a sentence, the entity the reader finds in it, and the names that entity
carries (so a mention written another way finds the same node); and mentions it must not read."""
import pytest

from rule_cases import context


def _mentions(text: str) -> list:
    """The merged mentions of the one sentence ``text``."""
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("forms.txt", text)
    reading = Reading(doc, context())
    return [m for s in doc.sentences for m in reading.recognize(s).merged()]


def _names(entity) -> set[str]:
    return {entity.name.lower(), *(s.lower() for s in entity.synonyms)}


FORMS = [
    # s58 an oncolytic virus named after what it is, or set off as one, is a drug (capitalised later too)
    ("Background: the oncolytic reovirus zolareorep might infect RAS-activated cells.", "zolareorep", ["Zolareorep"]),
    ("Velareorep, an oncolytic reovirus, was tested in mice.", "velareorep", ["Velareorep"]),
    # s53 f21m near miss: a code given as a drug before a list of cell lines is still the compound
    ("The MEK inhibitor QX-4021 and cetuximab inhibited growth of HCA7 and SNU1033 cells.", "QX-4021", ["QX-4021"]),
    # s53 f21m near miss: a name outside a DOI on the same line is still read
    ("MET amplification was found in 10.5% of tumours (doi: 10.1000/xyz.2019.123).", "MET amplification", ["MET amplification"]),
    # a gene-derived node is also named by the gene's short protein names ("HER2 expression" of ERBB2)
    ("Tumours with high HER2 expression were selected.", "ERBB2 expression", ["HER2 expression", "HER2 levels"]),
    ("The ERBB2 amplification was confirmed by FISH.", "ERBB2 amplification", ["HER2-amplified", "HER2 amplification"]),
    # a class of two targets is also named with the word that says it acts on both
    ("Patients received a dual MET/AXL inhibitor after progression.", "MET/AXL inhibitor", ["dual MET/AXL inhibitor"]),
    # the class aimed at one allele, written as a targeted therapy or an inhibition
    ("Resistance to KRASG12C-targeted therapy emerges early.", "KRAS G12C inhibitor", ["KRASG12C-targeted therapy"]),
    ("Resistance to KRAS G12C inhibition emerges early.", "KRAS G12C inhibitor", ["KRAS G12C inhibition"]),
    ("Resistance to BRAF V600E inhibition emerges early.", "BRAF inhibitor", ["BRAF V600E inhibition"]),
    # a family written with its numbers apart ("MEK 1/2") is the family
    ("MEK 1/2 then phosphorylates ERK.", "MEK", ["MEK 1/2"]),
    # the gain of a wild-type allele is an amplification of the gene, not its wild-type status
    ("Amplification of wild-type NRAS was found at progression.", "NRAS amplification", ["NRAS amplification"]),
    # a gene's status glued to its symbol, as abstracts name patient groups ("RASwt", "KRASMT")
    ("Patients with RASwt tumours were enrolled.", "RAS wild-type", ["RAS wild-type status"]),
    ("The KRASMT cohort relapsed sooner.", "KRAS mutation", ["KRAS mutation"]),
    ("BRAFmut organoids grew slowly.", "BRAF mutation", ["BRAF mutation"]),
    ("PD-L1 expression was assessed by IHC.", "PD-L1 expression", ["PD-L1 expression"]),
    # s43 ent: a receptor's ligands named with a word for their level before them or a change after them are the
    # ligands, not the receptor
    # (s45 expr: their expression measured is their expression marker, "FGFR ligand expression")
    ("The expression of FGFR ligands was measured in each tumour.", "FGFR ligand expression", ["FGFR ligand expression"]),
    ("Tumours with FGFR ligand overexpression resisted erdafitinib.", "FGFR ligand", ["FGFR ligand"]),
    # s43 ent: one name for one specimen: an alteration found in "cell-free DNA" is the cfDNA marker
    ("NRAS mutations were detected in cell-free DNA at progression on panitumumab.", "cfDNA NRAS mutation",
     ["cfDNA NRAS mutations"]),
    # the level word a list of gene products shares is each item's ("MET and AXL expression")
    ("EGFR and AXL expression were scored by IHC.", "EGFR expression", ["EGFR expression"]),
    ("Tumours were graded for IGF1R, INSR or AXL levels.", "INSR level", ["INSR level"]),
    # s45 expr: the level named before its products as what was measured is each product's marker
    ("Archived tumours were stained for expression of CDX2 and SMAD4.", "SMAD4 expression", ["SMAD4 expression"]),
    ("The expression levels of CDX2, SMAD4 and PTEN were quantified in each biopsy.", "PTEN expression",
     ["PTEN expression"]),
    ("We compared the expression of TIMP1 in primary tumours and their liver metastases.", "TIMP1 expression",
     ["TIMP1 expression"]),
    ("We detected levels of amphiregulin at baseline and at progression.", "amphiregulin expression",
     ["amphiregulin expression"]),
    ("EGFR overexpression was frequent.", "EGFR overexpression", ["HER1 overexpression", "EGFR-overexpressed"]),
    ("Panitumumab is approved for EGFR-expressing mCRC.", "EGFR expression", ["EGFR-expressing", "EGFR expression"]),
    ("EGFR ectodomain mutations emerged.", "EGFR ectodomain mutation", ["EGFR ECD mutation",
                                                                        "EGFR extracellular domain mutation"]),
    # an alteration of the gene written as "the gene for/encoding" its product
    # (s42 en: without "biallelic", which makes it the gene's biallelic loss, tested below)
    ("We identified loss of the gene for β2-microglobulin (B2M) in the tumour.", "B2M loss", ["B2M loss"]),
    ("Loss of the gene encoding PTEN was found.", "PTEN loss", ["PTEN loss"]),
    # a gene written "null" makes no protein: its loss, never its activation
    ("Cell lines that were PTEN null grew on.", "PTEN loss", ["PTEN loss"]),
    # a therapy named by the cells it acts on, with a plural head of its own
    ("A brief review of MDSC-targeting approaches is presented.", "MDSC-targeting approach", ["MDSC-targeting approaches"]),
    # the pathway named by its family and "pathway"
    ("Wnt activity was higher in Colon 26, and the Wnt pathway differed between the models.", "Wnt/β-catenin pathway",
     ["Wnt pathway"]),
    # the neoantigen load a tumour presents, read high or low
    ("The tumor had typical MSI-H features, including a high neoantigen load.", "high neoantigen load",
     ["high neoantigen burden"]),
    ("Resistance is attributed to limited neoantigenicity.", "low neoantigen load", ["limited neoantigenicity"]),
    # the infiltrate named by the cells after "infiltration by"
    ("High baseline infiltration by tumor-associated macrophages was associated with adverse PFS.",
     "tumor-associated macrophage infiltration", ["infiltration by tumor-associated macrophages"]),
    # a functional class of a gene's mutations, the class written before the gene
    ("Tumours with class 3 BRAF mutations responded.", "BRAF class 3", ["class 3 BRAF mutations", "class 3 BRAF"]),
    ("Tumours with BRAF class 2 mutations did not respond.", "BRAF class 2", ["class 2 BRAF mutants"]),
    # the infiltration of a tumour by cells, written with "by" after the noun
    ("High baseline infiltration by tumor-associated macrophages was adverse.", "tumor-associated macrophage infiltration",
     ["infiltration by tumor-associated macrophages"]),
    # a pathway written with another of the heads print gives it ("Wnt signaling" is the "Wnt pathway")
    ("The Wnt pathway was more active in resistant tumours.", "Wnt/β-catenin pathway", ["Wnt pathway"]),
    ("VEGF signalling pathway activity rose.", "VEGF pathway", ["VEGF signalling pathway", "VEGF pathway"]),
    # a cell subset named by markers glued to each other or to the cell word, one not in the vocabularies
    ("Ang2 inhibition reduced intra-tumoural Tie-2+monocytes.", "Tie-2+ monocyte", ["Tie-2+monocytes"]),
    ("Levels of CD4+FoxP3+Helios+ T cells rose.", "CD4+ FoxP3+ Helios+ T cell", ["CD4+FoxP3+Helios+ T cells"]),
    # the marker's sign spelled out ("-positive") before the cells
    ("FAP-positive fibroblasts were enriched after treatment.", "FAP+ fibroblast", ["FAP-positive fibroblasts"]),
    # a wild-type status abbreviated before its gene ("WT NRAS"), or defined there ("wild-type (WT) BRAF")
    ("Survival was longer in WT NRAS tumours given the antibody.", "NRAS wild-type", ["NRAS wild-type"]),
    ("The study enrolled wild-type (WT) BRAF cancers only.", "BRAF wild-type", ["BRAF wild-type"]),
    # the wild-type status of a pair of codons, joined by a slash or a hyphen
    ("Benefit was confined to NRAS codon 12/13 wild-type disease.", "NRAS codon 12/13 wild-type",
     ["NRAS codon 12/13 wild-type"]),
    ("Benefit was confined to NRAS codon 12-13 wild-type disease.", "NRAS codon 12-13 wild-type",
     ["NRAS codon 12-13 wild-type"]),
    # a gene by its protein name or the mixed-case spelling print gives it ("Src", "cMet", "paxillin")
    ("Aberrant Src signalling was blocked by the drug.", "SRC", ["Src", "c-Src"]),
    ("Phosphorylated FAK was measured in plasma.", "PTK2", ["FAK", "focal adhesion kinase"]),
    ("Phosphorylated paxillin was measured in plasma.", "PXN", ["paxillin"]),
    # (s56 forms: a phosphorylated form with a word of level is its phospho marker, carrying the protein's names)
    ("Plasma levels of phosphorylated FAK were measured.", "phospho-PTK2", ["phospho-FAK", "phosphorylated FAK"]),
    ("Sunitinib raised cMet phosphorylation in the resistant cells.", "MET", ["cMet", "c-Met"]),
    ("Ligand binds TGF-beta receptor type II at the cell surface.", "TGFBR2", ["TGFβ receptor type 2"]),
    ("An antibody against insulin-like growth factor receptor 1 was added.", "IGF1R", ["IGF-1R"]),
    # a protein by its common name, a receptor spelled out with its Greek letter as a word, an HGNC alias symbol
    ("Nuclear Ki67 staining fell after two weeks of treatment.", "MKI67", ["Ki-67"]),
    ("Blocking platelet-derived growth factor receptor alpha slowed stromal growth.", "PDGFRA",
     ["platelet-derived growth factor receptor α", "PDGFRα"]),
    ("Olaparib traps PARP on damaged DNA.", "PARP1", ["PARP"]),
    # kinase families by their mixed-case protein names; HLA classes as the human MHC classes
    ("Raf kinases keep signalling downstream of the receptor.", "RAF", ["Raf", "RAF"]),
    ("Tumours with HLA-Class II expression were more inflamed.", "MHC-II", ["HLA class II", "MHC class II"]),
    ("NLRC5 controls human leukocyte antigen class I in colon cells.", "MHC-I", ["HLA-I", "MHC class I"]),
    # let-7 family members however their first letter is written
    ("Serum levels of Let-7g differed between the arms.", "let-7g", ["let-7g"]),
    # cells counted by a lineage marker are that lineage; a cancer's stem cells by the tissue's name
    ("More FOXP3-positive cells were counted in the stroma.", "regulatory T cell", ["FOXP3+ cell", "Tregs"]),
    ("Few CD8+ cells reached the tumour centre.", "CD8+ T cell", ["CD8-positive cell"]),
    ("Activated CTLs killed the organoids.", "CD8+ T cell", ["CTL", "cytotoxic T lymphocytes"]),
    ("Colon cancer stem cells survived oxaliplatin.", "cancer stem cell", ["colorectal cancer stem cell", "CSCs"]),
    # hormones and binding proteins of the insulin/IGF system; the Notch pathway by its usual heads
    ("Circulating insulin rose with the diet.", "insulin", ["INS"]),
    ("IGF-binding proteins hold IGF-2 in serum.", "IGF-binding protein", ["IGFBP"]),
    ("Notch signalling stayed active in the resistant cells.", "Notch signaling pathway", ["Notch pathway"]),
    # a wild-type status is also named with the status word first, as texts write it ("wild-type NRAS", "WT BRAF")
    ("NRAS wild-type tumours were selected.", "NRAS wild-type", ["wild-type NRAS", "WT NRAS"]),
    ("Cohorts were limited to KRAS exon 3 wild-type disease.", "KRAS exon 3 wild-type",
     ["wild-type KRAS exon 3", "wild-type KRAS"]),
    # genes joined by a hyphen before one status word share it ("NRAS-BRAF wild type")
    ("The drug is approved for NRAS-BRAF wild type tumours.", "NRAS/BRAF wild-type", ["wild-type NRAS/BRAF"]),
    # MSI-low and a negative MSI test are the stable status; an instable tumour is MSI-H
    ("Tumours that were MSI-L did not respond.", "MSS/pMMR", ["MSI-low"]),
    ("The MSI-negative tumours were cold.", "MSS/pMMR", ["MSI negative", "not MSI-H"]),
    ("The microsatellite-instable tumours were hot.", "MSI-H/dMMR", ["microsatellite instable"]),
    # the mutation load is the mutational burden; the neoantigen load a marker of its own
    ("The mutational load was counted per tumour.", "tumor mutational burden", ["mutation load"]),
    ("Neoantigen burden was estimated from the exomes.", "neoantigen load", ["tumor neoantigen burden"]),
    ("Circulating tumour DNA abundance fell on treatment.", "ctDNA level", ["ctDNA abundance"]),
    # a gene's copy number measured as a marker, by its symbol and its short names
    ("MET gene copy number was measured by FISH.", "MET copy number", ["MET GCN", "MET gene copy number"]),
    ("Tumours with low ERBB2 copy number were excluded.", "low ERBB2 copy number", ["low HER2 copy number"]),
    # whether a gene is mutated, a status marker ("BRAF mutational status")
    ("The BRAF mutational status was tested centrally.", "BRAF mutation status", ["BRAF mutational status"]),
    # a list of loci after a gene or a list of genes: each gene's mutation at each locus, the mutation word before
    # the genes included ("mutations in either A or B codons 12, 13 and 61")
    ("Mutations in HRAS exons 2, 3 and 4 were rare.", "HRAS exon 4 mutation", ["HRAS exon 4 mutation"]),
    ("Tumours with mutations in either KRAS or NRAS codons 12, 59 and 146 were excluded.", "NRAS codon 146 mutation",
     ["NRAS codon 146 mutation"]),
    ("The tumour had an NRAS codon 12, 61, and 117, mutation.", "NRAS codon 117 mutation", ["NRAS codon 117 mutation"]),
    # a gene's bare "status" in a text that tests the gene by its mutations (builders/status_kinds.py)
    ("NRAS mutations were found in 4% of tumours. NRAS status was known for all patients.", "NRAS mutation status",
     ["NRAS mutational status"]),
    ("PIK3CA wild-type tumours responded. The PIK3CA status did not change on treatment.", "PIK3CA mutation status",
     ["PIK3CA mutational status"]),
    # s41 en: an integrin by its two chains is each chain's gene; kinase inhibitors of HER2 and of a slash list of
    # targets; nucleotides, checkpoints and methylation by name; drug groups by make or aim
    ("Collagen signals through integrin α2β1 in the stroma.", "ITGA2", ["integrin α2"]),
    ("Collagen signals through integrin α2β1 in the stroma.", "ITGB1", ["integrin β1"]),
    ("The αvβ6 integrin activates latent TGF-β.", "ITGB6", ["ITGB6"]),
    ("CK1α primes β-catenin for degradation.", "CSNK1A1", ["CK1α"]),
    ("Neratinib is an HER2 TKI.", "HER2 tyrosine kinase inhibitor", ["HER2 TKIs"]),
    ("Afatinib is a dual EGFR/HER2 tyrosine kinase inhibitor.", "EGFR/HER2 tyrosine kinase inhibitor",
     ["EGFR/ERBB2 TKI"]),
    # s49 classappos: a kinase-inhibitor class of two targets after "dual" is also named with that word
    ("Mirotinib, a dual EGFR and HER2 tyrosine kinase inhibitor, was tested.", "EGFR/HER2 tyrosine kinase inhibitor",
     ["dual EGFR/HER2 tyrosine kinase inhibitor", "dual EGFR and HER2 tyrosine kinase inhibitor"]),
    ("Patients received a dual MEK/ERK TKI.", "MEK/ERK tyrosine kinase inhibitor", ["dual MEK/ERK TKI"]),
    ("The dual HER2 and HER3 tyrosine kinase inhibitors were compared.", "HER2/HER3 tyrosine kinase inhibitor",
     ["dual HER2/HER3 tyrosine kinase inhibitor"]),
    ("RAS is active when bound to guanosine triphosphate.", "GTP", ["guanosine triphosphate"]),
    ("Loss of p21 disables the G2/M cell cycle checkpoint.", "G2/M checkpoint", ["G2/M checkpoint"]),
    ("Hypermethylation of CpG islands silenced MLH1.", "CpG island methylation", ["CpG island hypermethylation"]),
    ("Small-molecule inhibitors were screened.", "small-molecule inhibitor", ["small molecule inhibitors"]),
    ("Molecularly targeted agents changed care.", "targeted therapy", ["targeted agents"]),
    ("Biologic agents were given in second line.", "biological agent", ["biological agents"]),
    ("Murine-human chimeric antibodies carry mouse variable regions.", "chimeric monoclonal antibody",
     ["chimeric antibodies"]),
    ("The DpR was measured at the nadir.", "depth of response", ["depth of tumour response"]),
    ("Benefit was seen in all RAS wild-type tumours.", "all RAS wild-type", ["RAS wild-type", "RAS wild-type status"]),
    # a loss-of-function mutation is the gene's loss; promoter methylation however worded
    ("SMAD4 loss-of-function mutations were frequent.", "SMAD4 loss", ["SMAD4 loss-of-function mutation"]),
    ("MLH1 promoter methylation silenced the gene.", "MLH1 promoter hypermethylation", ["MLH1 promoter methylation"]),
    # s44 ent9: a clinical factor with its cut-off, where the sentence names factors of outcome, is one node per side
    ("In multivariate analysis, serum albumin<3.2 g/dL (HR 2.1) predicted shorter survival.", "albumin < 3.2 g/dL",
     ["serum albumin<3.2 g/dL"]),
    ("Platelets (> 400 vs. ≤ 400 ×10^9/L; HR 1.4) and LDH >ULN (HR 1.9) were independent prognostic factors.",
     "LDH > ULN", ["LDH >ULN"]),
    ("A WHO PS of 1 to 2 was the only prognostic factor retained in the model (HR 2.4).", "WHO performance status 1-2",
     ["WHO PS of 1 to 2"]),
    ("Age ≥ 75 years (HR 1.3) was a negative prognostic factor.", "age ≥ 75 years", ["Age ≥ 75 years"]),
    # s44 ent9: metastatic spread as a feature of the patients, and a liver-directed radiation therapy
    ("Patients with metachronous metastatic disease lived longer.", "metachronous metastases",
     ["metachronous metastatic disease"]),
    ("Peritoneal carcinomatosis was an unfavourable factor.", "peritoneal metastasis", ["peritoneal metastases"]),
    ("Yttrium-90 radioembolization was given to the liver lesions.", "selective internal radiation therapy",
     ["SIRT", "radioembolization"]),
    # s44 ent9: a doublet named by its fluoropyrimidine backbone, written onto the partner after the class's short form
    ("Third-line fluoropyrimidine (FP)-irinotecan was given to 40 patients.", "fluoropyrimidine + irinotecan",
     ["fluoropyrimidine + irinotecan"]),
    ("The FP-doublets were given again at progression.", "fluoropyrimidine doublet", ["FP-doublet"]),
    # s44 ent9: a base whose head is the next base's, or left out in a sentence about chemotherapy
    ("Benefit was similar with capecitabine-based and irinotecan-based regimens.", "capecitabine-based regimen",
     ["capecitabine-based regimen"]),
    ("Outcomes of the first-line chemotherapy did not differ, whether irinotecan-based or not.",
     "irinotecan-based chemotherapy", ["irinotecan-based chemotherapy"]),
    # s47 markers: a raised level is the level's marker, named with each name of the product and its direction word
    ("Elevated Ang2 levels were seen at progression.", "angiopoietin-2 level", ["elevated Ang2 levels"]),
    ("Patients with increased HER3 expression relapsed sooner.", "ERBB3 expression", ["increased HER3 expression"]),
    ("High IL-8 levels were common in the cohort.", "IL-8 level", ["high IL-8 levels"]),
    # s47 markers: an alteration or status with the specimens it was read in, a marker per specimen
    ("Responses were seen with HER2 amplification in tissue or ctDNA.", "tissue ERBB2 amplification",
     ["tissue HER2 amplification"]),
    ("Responses were seen with HER2 amplification in tissue or ctDNA.", "ctDNA ERBB2 amplification",
     ["ctDNA HER2 amplification"]),
    ("Patients with NRAS mutations in plasma and in matched tumour biopsies were excluded.", "plasma NRAS mutation",
     ["plasma NRAS mutation"]),
    ("Enrolment required RAS wild-type both on tumour tissue and on ct-DNA.", "tissue RAS wild-type",
     ["tissue RAS wild-type"]),
    ("A RAS WT status on circulating tumour DNA (ct-DNA) was required.", "ctDNA RAS wild-type", ["ctDNA RAS wild-type"]),
    # s60 the blood DNA with its short form in a bracket inside it is the specimen of the status before it
    ("Baseline plasma KRAS/NRAS wild-type circulating tumor (ct) DNA was required for entry.",
     "ctDNA KRAS/NRAS wild-type", ["ctDNA KRAS/NRAS wild-type"]),
    ("Enrolment required NRAS wild-type cell-free (cf) DNA at baseline.", "cfDNA NRAS wild-type",
     ["cfDNA NRAS wild-type"]),
    # s50 genotypes: a germline genotype, allele or polymorphism of a gene is a marker of its own, named canonically
    ("Patients with the FCGR3A V/V genotype were compared.", "FCGR3A V/V genotype", ["FCGR3A V/V genotype"]),
    ("Patients homozygous for FCGR2A H/H or H/R genotypes were compared.", "FCGR2A H/H or H/R genotype",
     ["FCGR2A H/H or H/R genotypes"]),
    ("The FCGR2A-131 R/R genotype was rare in this series.", "FCGR2A 131R/R genotype", ["FCGR2A-131 R/R genotype"]),
    ("EGFR polymorphisms were studied in blood samples.", "EGFR polymorphism", ["EGFR polymorphisms"]),
    ("Germline VEGFA SNPs were genotyped in blood samples.", "VEGFA polymorphism", ["VEGFA SNPs"]),
    ("Carriers of UGT1A1*28 were given a reduced dose.", "UGT1A1*28", ["UGT1A1*28"]),
    ("The UGT1A1*28/*28 genotype was tested before irinotecan.", "UGT1A1*28/*28 genotype", ["UGT1A1*28/*28 genotype"]),
    ("The EGF +61A>G polymorphism was typed in all patients.", "EGF +61A>G", ["EGF +61A>G polymorphism"]),
    ("The FCGR3A 158V allele was typed in all patients.", "FCGR3A 158V allele", ["FCGR3A 158V allele"]),
    ("We typed MTHFR (rs1801133) in all patients.", "rs1801133", ["MTHFR (rs1801133)"]),
    ("The rs1801133 polymorphism was typed in all patients.", "rs1801133", ["rs1801133 polymorphism"]),
    # s61 an antibody named by what it does to the molecule it binds is that molecule's antibody class, its words kept
    ("The effect was abolished by a neutralizing anti-CXCL8 antibody.", "anti-CXCL8 antibody",
     ["neutralizing anti-CXCL8 antibody"]),
    ("Cells were cultured with or without a TNF-neutralizing antibody.", "anti-TNF antibody", ["TNF-neutralizing antibody"]),
    ("An anti-CCL2 neutralizing antibody lowered the invasion of tumour cells.", "anti-CCL2 antibody",
     ["anti-CCL2 neutralizing antibody"]),
    # s61 a regimen built on a drug keeps the drug's written name ("5-fluorouracil-based", the drug's other name)
    ("Tumours responded poorly to 5-fluorouracil-based regimens.", "fluorouracil-based regimen",
     ["5-fluorouracil-based regimens"]),
    # s61 drug treatment named by its reach or intensity
    ("Outcomes of systemic treatments differed by KRAS allele.", "systemic therapy", ["systemic treatments"]),
    ("Older patients unfit for intensive chemotherapy were enrolled.", "chemotherapy", ["intensive chemotherapy"]),
]


@pytest.mark.parametrize("text,names", [
    ("EGFR and VEGFA polymorphisms were typed in blood.", ["EGFR polymorphism", "VEGFA polymorphism"]),
    ("Polymorphisms in FCGR2A and FCGR3A were typed in blood.", ["FCGR2A polymorphism", "FCGR3A polymorphism"]),
    ("The FCGR2A and the FCGR3A polymorphisms were typed in blood.", ["FCGR2A polymorphism", "FCGR3A polymorphism"]),
])
def test_a_shared_polymorphism_word_reaches_each_gene(text, names):
    read = [m.entity.name for m in _mentions(text)]
    assert all(n in read for n in names), read


@pytest.mark.parametrize("text", [
    "KRAS G12D mutations were found in five tumours.",      # a somatic protein change stays an alteration
    "FCGR3A V158F was typed in all patients.",               # a protein change is not read as a genotype here
    "The RAS mutant alleles declined after withdrawal.",     # a mutant allele of the tumour
    "Mutations in KRAS and NRAS were found in tumours.",     # mutations, not polymorphisms
    "HCT116 cells with the KRAS G13D variant were used.",    # a cell line and a variant
    "The KRAS 35G>A change was found in the tumour.",        # a driver gene's bare nucleotide change is somatic
])
def test_somatic_changes_are_no_genotype(text):
    kinds = [m.entity.attr("biomarker_kind") for m in _mentions(text)]
    assert "genotype" not in kinds, [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,not_gene", [
    ("The src attribute of the element was empty.", "SRC"),  # a mixed-case name keeps its case: "src" is no gene
    ("SRC-3 coactivates the estrogen receptor.", "SRC"),      # a numbered "SRC-" is a coactivator (NCOA3), not Src
    ("Fak-like repeats were not found; the fak file was empty.", "PTK2"),
    ("The adaptor binds through its Src homology 2 domain.", "SRC"),  # a domain named after Src
    ("Src family kinases were active in the resistant cells.", "SRC"),  # the family, not the one kinase
])
def test_protein_name_keeps_its_case_and_number(text, not_gene):
    assert not_gene not in [m.entity.name for m in _mentions(text)], [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,not_name", [
    ("The insulin-like growth factor system was studied in organoids.", "insulin"),  # a factor resembling insulin
    ("More granzyme B-positive cells were counted in the stroma.", "regulatory T cell"),  # no lineage marker
    ("Serum lactate dehydrogenase was raised in half of the patients.", "lactate"),  # the enzyme, not lactate
    ("Glutamine synthetase was silenced in the organoids.", "glutamine"),
    ("Afatinib is a dual EGFR/HER2 TKI.", "HER2 tyrosine kinase inhibitor"),  # s41 en: one class of both targets
    ("The HER2/EGFR TKI was stopped.", "EGFR tyrosine kinase inhibitor"),
    ("Integrin α2β9 was not found.", "ITGB1"),  # no β9 chain: no dimer of two genes
    # s44 ent9: a cut-off among the eligibility criteria, or a measure written without its unit, names no factor
    ("Eligible patients had an ECOG performance status 0-1 and albumin > 3.0 g/dL.", "ECOG performance status 0-1"),
    ("Eligible patients had an ECOG performance status 0-1 and albumin > 3.0 g/dL.", "albumin > 3.0 g/dL"),
    ("In the multivariate analysis, age > 60 was not prognostic (HR 1.1).", "age > 60"),
    # s44 ent9: a targeted class hyphenated onto a drug, or a targeted drug's bare base, makes no regimen
    ("Resistance to EGFR (HER1)-cetuximab binding was studied.", "EGFR + cetuximab"),
    ("Patients given cetuximab-based or not were compared for chemotherapy toxicity.", "cetuximab-based chemotherapy"),
    # a doublet in the singular may be a targeted pair (BRAF inhibitor and anti-EGFR antibody), no chemotherapy doublet
    ("The triplet was more effective than a doublet of encorafenib and cetuximab.", "chemotherapy doublet"),
    # a measure's number after its bracketed abbreviation names no member; a word before "-inducible factor" is the factor's
    ("The hazard ratio (HR) 0.82 favoured the experimental arm.", "HR"),
    ("PTEN loss may raise hypoxia-inducible factor 1 (HIF-1) alpha in the tumour.", "hypoxia"),
    ("PTEN loss may raise hypoxia-inducible factor 1 (HIF-1) alpha in the tumour.", "SETD2"),
    # a nodal or metastatic stage is no polarised cell; an N code names a neutrophil only beside neutrophils
    ("Patients with N2 disease or M1 status were excluded.", "N2 neutrophil"),
    ("Patients with N2 disease or M1 status were excluded.", "M1 macrophage"),
    ("The N2 phenotype of the primary tumour predicted relapse.", "N2 neutrophil"),
    ("N2 macrophages were not seen.", "N2 neutrophil"),
    # a name after "non-" is its complement: everything but what it names
    ("Drugs acting on non-VEGF pathways were added after progression.", "VEGF pathway"),
    ("Non-KRAS G12C mutations were found in a third of the tumours.", "KRAS G12C"),
    ("Patients later received non-EGFR-targeted agents.", "EGFR inhibitor"),
    ("A non‑MET mechanism was proposed.", "MET"),
    # s53 f21m: codes listed before "cells" or bracketed before it are cell lines' names, never compounds
    ("The combination was additive in Colo20, QRL235, QRL244 cells but antagonistic in other (QRL218) cells.", "QRL235"),
    ("The combination was additive in Colo20, QRL235, QRL244 cells but antagonistic in other (QRL218) cells.", "QRL218"),
    ("Treatment with the drug combination inhibited QRL235 and QRL244 cell lines.", "QRL244"),
    # s58: a verb or adverb after "oncolytic virus" is no drug; a gene's own measure names no trial
    ("The oncolytic virus selectively replicates in tumour cells.", "selectively"),
    ("The oncolytic reovirus represents a promising agent.", "represents"),
    ("MAX expression was low, and the MAX protein was not detected in the study.", "MAX"),
    # s53 f21m: a DOI's letters name a journal and an article, never a gene or a compound
    ("Onco Targets Ther. 2016;9:1123. doi: 10.2147/OTT.S99123.", "RBM15"),
    ("Cancer Res. 2019;79:100. https://doi.org/10.1158/MET.CAN-18-1234", "MET"),
    ("J Transl Med. 2020. doi:10.1186/KRAS.2020.55 reported cetuximab resistance.", "KRAS"),
    # s59 ents: a family name with a capital stays as written when the others fold ("HER family" is no "her family");
    # the general class is not named inside the target's own ("the PD-1 immune checkpoint inhibitor")
    ("The patient and her family declined further treatment.", "HER family"),
    ("The PD-1 immune checkpoint inhibitor was given every three weeks.", "PDCD1"),
])
def test_a_name_inside_another_name_is_not_read(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)], [m.entity.name for m in _mentions(text)]


def test_a_spelled_sign_shared_by_a_list_makes_no_subset():
    """"CD39- and CD73-positive Tregs and TAMs": the words qualify every marker and cell listed, no one subset."""
    names = [m.entity.name for m in _mentions("Lactate is taken up by CD39- and CD73-positive Tregs and TAMs alike.")]
    assert "regulatory T cell" in names and not any("+" in n for n in names), names


@pytest.mark.parametrize("text,gene", [
    ("Hypoxia raises the expression of CDX2 in organoids.", "CDX2"),   # a change of the level is a process
    ("Resistance is sustained through the expression of SMAD4.", "SMAD4"),  # a means, not a measure
    ("Loss of expression of PTEN was seen in a third of tumours.", "PTEN"),  # a loss, read as such elsewhere
    # "levels of" opening a sentence speaks of the factors ("these factors" may name them next)
    ("Levels of IL-8 and CXCL1 rose during bevacizumab treatment.", "IL-8"),
    # a level said to change is a change of the product
    ("The expression of CDX2 and SMAD4 was strongly reduced in resistant organoids.", "SMAD4"),
    # a name glued to the next word belongs to a longer name
    ("We measured the expression levels of adenosine triphosphate-binding cassette transporters.", "ATP"),
])
def test_level_named_before_a_change_is_no_marker(text, gene):
    """s45 expr: only a measured level ("analysed for expression of X") makes X's expression marker."""
    names = [m.entity.name for m in _mentions(text)]
    assert f"{gene} expression" not in names, names


@pytest.mark.parametrize("text", [
    "See Lin WT, Park JH and others for the assay.",   # an author's initials, not a status
    "The mutant keeps a near-WT rate of GTP hydrolysis.",  # no gene after the abbreviation
])
def test_wt_without_its_gene_is_no_status(text):
    assert not any(m.entity.name.endswith("wild-type") for m in _mentions(text)), \
        [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    "TPMT and COMT activity was measured in the liver.",  # methyltransferases, not a status glued to "TP", "CO"
    "PRMT inhibitors were added to the medium.",          # no gene "PR" of three letters or more
])
def test_methyltransferase_is_no_glued_status(text):
    names = [m.entity.name for m in _mentions(text)]
    assert not any(n.endswith((" mutation", " wild-type")) for n in names), names


@pytest.mark.parametrize("text", [
    "EGFR copy number gains were found in five tumours.",  # a gain is an alteration, not the measure
    "MET copy number variation was frequent.",
])
def test_copy_number_change_is_no_copy_number_marker(text):
    names = [m.entity.name for m in _mentions(text)]
    assert not any(n.endswith("copy number") for n in names), names


@pytest.mark.parametrize("text,name", [
    ("NRAS status was known for all patients.", "NRAS expression"),  # nothing says how the gene was tested
    # a gene the text also tests by its product keeps "status" as its expression
    ("ERBB2 amplification and ERBB2 mutations were found. ERBB2 status was assessed by IHC.", "ERBB2 expression"),
    ("MET overexpression and MET mutations were found. MET status was assessed.", "MET expression"),
])
def test_bare_status_stays_expression(text, name):
    assert name in [m.entity.name for m in _mentions(text)], [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    "Patients with wild-type KRAS and NRAS exons 2, 3, and 4 were enrolled.",  # the loci of a wild-type status
    "Tumours WT for KRAS and NRAS exons 2, 3 and 4 were treated.",
    "The HRAS codons 12, 13 and 61 were sequenced.",  # loci named with no mutation word
])
def test_listed_loci_of_a_status_are_no_mutations(text):
    names = [m.entity.name for m in _mentions(text)]
    assert not any(("exon " in n or "codon " in n) and n.endswith("mutation") for n in names), names


def test_an_exon_range_is_no_pair_of_exons():
    """"exons 2-4" spans three exons: it is not read as exons 2 and 4."""
    names = [m.entity.name for m in _mentions("Mutations in NRAS exons 2-4 were found.")]
    assert "NRAS exon 4 mutation" not in names and "NRAS exon 2 mutation" not in names, names


@pytest.mark.parametrize("text,name,forms", FORMS, ids=[f[1] for f in FORMS])
def test_entity_carries_forms(text, name, forms):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found, f"no {name!r} in {[m.entity.name for m in _mentions(text)]}"
    missing = [f for f in forms if f.lower() not in _names(found[0])]
    assert not missing, f"{name} lacks {missing}; has {sorted(_names(found[0]))}"


@pytest.mark.parametrize("text", [
    "The Helios+ T cells were few.",       # a marker word no vocabulary names, alone: no subset
    "Tumours scored HER2 3+ and T cells were counted.",  # a score, not a marker of the cells
])
def test_no_marker_subset(text):
    names = [m.entity.name for m in _mentions(text)]
    assert "T cell" in names and not any(n.endswith("+ T cell") for n in names), names


ALTERATIONS = [
    # a DNA change written after a ligand's name is a change of the gene that encodes it; its level stays the ligand's
    ("FGF9 amplification was found in 5% of tumours.", "FGF9 amplification", "FGF9"),
    ("HGF gene amplification was found at progression.", "HGF amplification", "HGF"),
    ("IL-6 overexpression was found in resistant tumours.", "IL-6", "IL6 overexpression"),
    # a gene read with its own change is no part of the next gene's list; the word after one gene is that gene's
    ("A patient carrying BRAF(V600E) and MET amplification relapsed.", "MET amplification", "BRAF amplification"),
    ("Drug X was active in ERBB2 amplified RAS/RAF co-altered tumours.", "ERBB2 amplification", "RAS amplification"),
    # a protein name of the gene glued to its change, as a symbol can be ("BRAFV600E")
    ("Sequencing revealed a MEK1K57T mutation in the lesion.", "MAP2K1 K57T", "MAP2K1 mutation"),
    # "non-<change>": a gene's other changes, never the change it excludes
    ("Patients with non-V600E BRAF mutations responded.", "BRAF non-V600E", "BRAF V600E"),
    ("Tumours with BRAF non-V600 mutations are rare.", "BRAF non-V600", "BRAF mutation"),
    ("Tumours carrying a BRAF V600E mutation were excluded.", "BRAF V600E", "BRAF non-V600E"),
    # a second kind after a slash is the same gene's alteration of that kind
    ("HER2 overexpression/amplification was found in 5% of tumours.", "ERBB2 amplification", "ERBB2 mutation"),
    ("HER2-overexpressed/amplified tumours were selected.", "ERBB2 amplification", "ERBB2 mutation"),
    ("PTEN loss/mutation was rare.", "PTEN mutation", "PTEN amplification"),
    # a process after the slash is no alteration kind
    ("MET amplification/activation drives resistance.", "MET amplification", "MET overexpression"),
    # a symbol glued to its codon, read with the status word after it
    ("Organoids from BRAFV600-mutated tumours were profiled.", "BRAF V600", "BRAF V600 wild-type"),
    ("Sequencing of BRAFV600 preceded cetuximab.", "cetuximab", "BRAF V600"),
    # a wild-type word after a change or codon makes the change's wild-type status, never the change
    ("Cell lines that were BRAF V600 wild-type were sensitive.", "BRAF V600 wild-type", "BRAF V600"),
    ("Tumours that were KRAS G13 WT were included.", "KRAS G13 wild-type", "KRAS G13"),
    ("Organoids were BRAFV600E-wildtype in every case.", "BRAF V600E wild-type", "BRAF V600E"),
    ("Lines that are NRAS/KRAS/BRAFV600-wild-type grew well.", "NRAS/KRAS/BRAF V600 wild-type", "BRAF V600"),
    ("Cohorts were RAS/BRAF V600E wild type by NGS.", "RAS/BRAF V600E wild-type", "BRAF V600E"),
    # a mutation or wild-type word glued to the symbol
    ("Xenografts that were NRASmutant relapsed.", "NRAS mutation", "NRAS wild-type"),
    ("Xenografts that were NRASwild-type responded.", "NRAS wild-type", "NRAS mutation"),
]


@pytest.mark.parametrize("text,name,not_name", ALTERATIONS, ids=[a[1] for a in ALTERATIONS])
def test_alteration_form(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and not_name not in names, names


@pytest.mark.parametrize("text,span", [
    # "inactivating mutations in X": the whole modifier is the mention, never the "activating" inside the word
    ("Inactivating mutations in RNF43 were frequent.", "Inactivating mutations in RNF43"),
    ("Tumours with inactivating mutations of APC grew.", "inactivating mutations of APC"),
    ("Activating mutations in KRAS were frequent.", "Activating mutations in KRAS"),
])
def test_modifier_word_is_read_whole(text, span):
    spans = [m.text for m in _mentions(text)]
    assert span in spans, spans


CLASSES = [
    # an antibody class the vocabulary names "anti-X antibody" is also its monoclonal form
    ("Nivolumab is an anti-PD-1 monoclonal antibody.", "anti-PD-1 antibody"),
    ("Ipilimumab, an anti-CTLA-4 monoclonal antibody, was added.", "anti-CTLA-4 antibody"),
]


@pytest.mark.parametrize("text,name", CLASSES, ids=[c[1] for c in CLASSES])
def test_antibody_class_form(text, name):
    whole = [m for m in _mentions(text) if m.entity.name == name and "monoclonal" in m.text]
    assert whole, [(m.text, m.entity.name) for m in _mentions(text)]


NAMED = [
    # a member's number or Greek letter after its family's bracketed short form and a blank, Greek also spelled
    ("Resistant tumours overexpressed insulin growth factor (IGF) 2 after cetuximab.", "IGF-2"),
    ("PTEN loss may raise hypoxia-inducible factor 1 (HIF-1) alpha in the tumour.", "HIF1A"),
    ("Serum interleukin (IL) 6 was higher in patients who progressed.", "IL-6"),
    ("Stromal transforming growth factor (TGF) beta drove exclusion of T cells.", "TGF-β"),
    # a polarisation code names the myeloid subtype, shared over a slash or "and", or before "polarization"/"phenotype"
    ("Biopsies after progression held more M1/M2 macrophages than before.", "M1 macrophage"),
    ("Treatment with the two drugs induced a lasting M1 polarization in the liver.", "M1 macrophage"),
    ("Neutrophils in these tumours may adopt N1 or N2 phenotypes.", "N1 neutrophil"),
    ("Depleting N2-polarized TANs restored the response to anti-PD-1 therapy.", "N2 neutrophil"),
    ("Both M1- and M2-like TAMs were counted.", "M1 macrophage"),
    # s59 ents: the tumour's own macrophages after a code, also written out, are the subtype and the TAMs at one place
    ("M2-like tumour-associated macrophages expanded after treatment.", "M2 macrophage"),
    ("M2-like tumour-associated macrophages expanded after treatment.", "tumor-associated macrophage"),
    ("Biopsies held more M2-polarized TAMs than before.", "tumor-associated macrophage"),
    # s59 ents: a family's long name written in lower case folds case and dashes (an en dash, a capital opening)
    ("Sustained extracellular signal–regulated kinase 1/2 signalling followed HER3 activation.", "ERK"),
    ("Extracellular signal-regulated kinases were phosphorylated within minutes.", "ERK"),
    # s59 ents: a checkpoint between the target and the inhibitor head names the target's own class
    ("The CTLA-4 immune checkpoint inhibitor was added to the regimen.", "anti-CTLA-4 antibody"),
    ("Tumours escaped a PD-L1 immune checkpoint blocker within months.", "anti-PD-L1 antibody"),
    # a wild-type status written with "for" before its genes ("patients wild-type for KRAS") is the genes' status
    ("Patients wild-type for KRAS were randomised to cetuximab or bevacizumab.", "KRAS wild-type"),
    ("The benefit was confined to tumours wild-type for RAS and BRAF.", "RAS/BRAF wild-type"),
    ("Only tumours wild-type for all NRAS exons were included.", "NRAS wild-type"),
    # a drug's formulation sold as a product of its own is not its parent drug
    ("The phase II trial gave nanoparticle albumin-bound paclitaxel every week.", "nab-paclitaxel"),
    ("Patients were treated with nal-IRI after progression on oxaliplatin.", "liposomal irinotecan"),
    # the DNA methyltransferases named as a family (HGNC gives "DNMT" as an alias of DNMT1 alone)
    ("DNA methyltransferases (DNMTs) silence tumour suppressor genes.", "DNMT"),
    ("DNMT activity was measured in the tumour cells.", "DNMT"),
    # a domain written by its abbreviation ("ECD", extracellular domain) is the ectodomain mutation
    ("Patients whose tumours carried EGFR ECD mutations were excluded.", "EGFR ectodomain mutation"),
    # engineered cells other than CAR-T cells
    ("CAR macrophages infiltrate solid tumours better than CAR-T cells.", "CAR macrophage"),
    ("CAR-NK cells were given with cetuximab.", "CAR-NK cell"),
    # a named metabolic process
    ("Mutant cells rely on the Warburg effect.", "aerobic glycolysis"),
    # a protein name of a gene (PPIA)
    ("The drug binds cyclophilin A in the cytosol.", "PPIA"),
    # gene families named as one protein ("Axin", "casein kinase 1", "dishevelled", "GSK3")
    ("Axin and casein kinase 1 form the destruction complex.", "AXIN"),
    ("Axin and casein kinase 1 form the destruction complex.", "CK1"),
    ("Wnt recruits dishevelled to the membrane.", "DVL"),
    ("LRP6 is phosphorylated by GSK3 upon Wnt binding.", "GSK3"),
    # the CAR-T cells a gene is said to be the target of are that gene's CAR-T therapy
    ("GUCY2C is the most widely studied target of CAR-T cells.", "GUCY2C-targeted CAR-T cell therapy"),
    ("Mesothelin (MSLN) is a promising target for chimeric antigen receptor (CAR) T cells.",
     "MSLN-targeted CAR-T cell therapy"),
    # the STAT family named as one protein downstream of a receptor; an ADC payload family
    ("EGFR activates RAS/RAF/MAPK, STAT, and PI3K/AKT signalling.", "STAT"),
    ("The conjugate carries an auristatin payload.", "auristatin"),
    # compensatory pathways are the bypass signalling a class of processes names
    ("The activation of compensatory pathways limits cetuximab.", "bypass signalling"),
    # a named status of the four genes of the anti-EGFR panel
    ("Quadruple-negative tumours responded best to cetuximab.", "quadruple wild-type"),
    # the class of RNAs that code for no protein, however hyphenated
    ("Noncoding RNAs participate in resistance.", "non-coding RNA"),
    ("Non-coding RNAs (ncRNAs) regulate stemness.", "non-coding RNA"),
    # the epigenetic class of DNA methyltransferase blockers, however hyphenated; an early response feature
    ("Irinotecan plus guadecitabine, a DNA-methyltransferase inhibitor, was tested.", "DNA methyltransferase inhibitor"),
    ("Trials of DNMT inhibitors are ongoing.", "DNA methyltransferase inhibitor"),
    # effector T cells are CD4+ and CD8+ alike: their own cell type, not the CD8+ T cells
    ("Tregs hamper anti-tumor effector T cells (CD4+ and CD8+ subpopulations).", "effector T cell"),
    # the class of microRNAs as a whole, however written (single ones stay themselves)
    ("Micro-ribonucleic acids (miRNA) have a role in 5-FU resistance.", "microRNA"),
    ("miR-21 and miRNA-155 were raised.", "miR-155"),
    # the immune-infiltrate assays by their trade names
    ("High IS IC was linked to benefit from atezolizumab.", "Immunoscore IC"),
    ("The immunoscore predicts survival better than MSI.", "Immunoscore"),
    # a kinase by its protein name
    ("RAF binds to MAPK kinases, which phosphorylate ERK.", "MEK"),
    ("Median OS was longer for patients with early tumor shrinkage.", "early tumor shrinkage"),
    # the antimetabolites by what they mimic
    ("Purine analogs were not active in this setting.", "purine analogue"),
    ("Older folate analogues gave way to the fluoropyrimidines.", "folic acid analogue"),
    # a kinase inhibitor of many targets, however the "many" is written
    ("Brivanib, a multi-tyrosine kinase inhibitor, was compared with sunitinib.", "multikinase inhibitor"),
    ("Lenvatinib is a multitarget tyrosine kinase inhibitor of VEGFR and FGFR.", "multikinase inhibitor"),
    ("Sitravatinib, a multi-RTK inhibitor, blocked AXL and MET.", "multikinase inhibitor"),
    ("Foretinib is an inhibitor of multiple tyrosine kinases, including MET and VEGFR2.", "multikinase inhibitor"),
    ("Foretinib, a multiple receptor tyrosine kinase inhibitor, slowed growth.", "multikinase inhibitor"),
    ("The multi-receptor tyrosine kinase inhibitor sitravatinib was added.", "multikinase inhibitor"),
    # the PD-1/PD-L1 axis blocked, PD-1 written without its hyphen
    ("Patients progressed on a PD1/PD-L1 inhibitor.", "PD-1/PD-L1 inhibitor"),
    ("Anti-PD1/PDL1 agents gave few responses in pMMR disease.", "PD-1/PD-L1 inhibitor"),
    # the classes of long and of circular non-coding RNAs as a whole (single ones stay themselves)
    ("Several long noncoding RNAs (lncRNAs) were raised in resistant cells.", "long non-coding RNA"),
    ("Circular RNAs act as sponges of microRNAs.", "circular RNA"),
    ("The circular RNA circFOXO3 was lost.", "circFOXO3"),
    # an allele's class with its selectivity written between allele and head
    ("Divarasib, a KRAS G12C selective inhibitor, was well tolerated.", "KRAS G12C inhibitor"),
    ("Newer KRASG12C specific inhibitors bind the switch II pocket.", "KRAS G12C inhibitor"),
    # monoclonal antibodies by how much of the molecule is human
    ("Necitumumab, a fully human monoclonal antibody, binds EGFR.", "fully human monoclonal antibody"),
    ("Trastuzumab is a humanised monoclonal antibody against HER2.", "humanized monoclonal antibody"),
    ("Siltuximab is a chimeric monoclonal antibody that binds IL-6.", "chimeric monoclonal antibody"),
]


@pytest.mark.parametrize("text", [
    "Multiple receptor tyrosine kinase inhibitors were tried in these patients.",
    "Multiple tyrosine kinase inhibitors have been approved since 2005.",
])
def test_multiple_before_a_plural_class_counts_drugs(text):
    """"Multiple ... inhibitors" counts several drugs; only the singular ("a multiple RTK inhibitor") is one drug
    aimed at many kinases."""
    names = [m.entity.name for m in _mentions(text)]
    assert "multikinase inhibitor" not in names, names


@pytest.mark.parametrize("text", [
    "Unlike miRNAs, circRNAs bind proteins as well.",   # the class, not a circRNA named "circbind"
    "Both lncRNAs and circRNAs serve as decoys.",        # nor one named "circserve"
])
def test_rna_class_is_no_named_rna(text):
    names = [m.entity.name for m in _mentions(text)]
    assert "circular RNA" in names and not any(n.startswith("circ") and n != "circular RNA" for n in names), names


@pytest.mark.parametrize("text", [
    "Phosphoinositide 3-kinase signalling was raised.",
    "The nucleotide pool shrank after fluorouracil.",
])
def test_biochemical_word_is_no_drug(text):
    """A biochemical word with a drug stem ("-tide") is no peptide drug."""
    drugs = [m.entity.name for m in _mentions(text) if m.entity.category == "Drug"]
    assert drugs == [] or drugs == ["fluorouracil"], drugs


def test_status_names_its_genes():
    """A gene named only in its status ("PIK3CA wild type") is a node of the document too."""
    from builders import read_source
    from builders.formats import Source

    text = "All 20 patients were NRAS and PIK3CA wild type before cetuximab."
    result = read_source(Source("status.txt", text, "", "status.txt", "text"))
    genes = {e.name for e in result.entities if e.category == "Gene"}
    assert {"NRAS", "PIK3CA"} <= genes, genes


def test_inactivation_is_no_activation():
    """"the inactivation of the checkpoint" is no activation of what follows."""
    names = [m.entity.name for m in _mentions("p53 loss leads to the inactivation of the MAPK pathway.")]
    assert "MAPK pathway activation" not in names, names


@pytest.mark.parametrize("text,name", NAMED, ids=[n[1] for n in NAMED])
def test_named_entity(text, name):
    assert name in [m.entity.name for m in _mentions(text)], [(m.text, m.entity.name) for m in _mentions(text)]


def test_family_member_keeps_its_symbol():
    """A member written by its own name stays that member ("GSK3β" is GSK3B, not the GSK3 family)."""
    names = [m.entity.name for m in _mentions("GSK3β and AXIN2 were lost.")]
    assert "GSK3B" in names and "AXIN2" in names and "GSK3" not in names and "AXIN" not in names, names


@pytest.mark.parametrize("text", ["GUCY2C is not a suitable target for CAR-T cells.",
                                  "GUCY2C is expressed on tumour cells killed by CAR-T cells."])
def test_car_t_cells_beside_a_gene_stay_cells(text):
    """Cells a gene is denied to be the target of, or merely named near, are no CAR-T product of that gene."""
    names = [m.entity.name for m in _mentions(text)]
    assert "GUCY2C-targeted CAR-T cell therapy" not in names and "CAR-T cell" in names, names


def test_ecd_without_mutation_word_is_no_alteration():
    """"the ECD" alone is a protein domain, not an alteration."""
    names = [m.entity.name for m in _mentions("Cetuximab binds the EGFR ECD with high affinity.")]
    assert "EGFR ectodomain mutation" not in names, names


SCORES = [
    # an IHC score of a gene product is a biomarker of its own, found by the gene's protein names
    ("Tumours scored HER2 IHC 3+ in most cells.", "ERBB2 IHC 3+", "HER2 3+"),
    ("HER2 2+/FISH+ tumours were eligible.", "ERBB2 IHC 2+/FISH+", "HER2 IHC 2+/FISH+"),
    ("Staining was PD-L1 IHC 1+ in two patients.", "CD274 IHC 1+", "PD-L1 IHC 1+"),
]


@pytest.mark.parametrize("text,name,form", SCORES, ids=[s[1] for s in SCORES])
def test_ihc_score(text, name, form):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found and form.lower() in _names(found[0]), [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    "HER 2+ cells were counted.",            # a gene family with a plus sign: no score
    "Cells were CD8+ and IL-2 + IL-15 was added.",  # markers and a combination, no score
    "HER2-2+ was written without a space.",  # a score needs "IHC" or one space after its gene
])
def test_no_ihc_score(text):
    assert not [m for m in _mentions(text) if m.entity.attr("biomarker_kind") == "ihc_score"]


DAMAGED = [
    # one capital printed lower case by PDF extraction: a case-sensitive name is still found
    ("In the PRImE study, panitumumab was added to FOLFOX4.", "PRIME"),
    ("Patients received OPTImOX plus bevacizumab.", "bevacizumab + OPTIMOX"),
    ("Patients with BRaF mutations were excluded.", "BRAF mutation"),
]


@pytest.mark.parametrize("text,name", DAMAGED, ids=[d[1] for d in DAMAGED])
def test_case_damaged_name(text, name):
    mentions = _mentions(text)
    assert name in [m.entity.name for m in mentions], [(m.text, m.entity.name) for m in mentions]
    assert all(text[m.start:m.end] == m.text for m in mentions)  # the text itself is never changed


@pytest.mark.parametrize("text,not_name", [
    ("pERK levels rose after cetuximab.", "EIF2AK3"),        # a lower-case prefix (phospho-ERK) is no damage
    ("mTOR inhibitors were added in mCRC.", "MCRC"),         # real mixed-case names stay as written
    ("CAFs secrete HGF.", "CAFS"),                          # a plural of an acronym
])
def test_no_case_repair(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,name", [
    ("Panitumumab is approved for EGFR-expressing mCRC.", "EGFR expression"),
    ("Trastuzumab deruxtecan in HER2-expressing metastatic colorectal cancer.", "ERBB2 expression"),
])
def test_expressing_form(text, name):
    assert name in [m.entity.name for m in _mentions(text)], [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text,names,not_names", [
    # an alternative for one part of a combination of two is combined with the other part too
    ("Patients received FOLFIRI plus cetuximab or panitumumab.", ["cetuximab + FOLFIRI", "panitumumab + FOLFIRI"], []),
    ("Patients received FOLFOX or FOLFIRI plus bevacizumab.", ["bevacizumab + FOLFOX", "bevacizumab + FOLFIRI"], []),
    ("Controls received standard of care (mFOLFOX6 plus cetuximab *or* bevacizumab).",
     ["cetuximab + mFOLFOX6", "bevacizumab + mFOLFOX6"], []),
    # an alternative standing alone, or of another kind, is no partner
    ("Patients received FOLFIRI plus cetuximab or bevacizumab alone.", ["cetuximab + FOLFIRI"], ["bevacizumab + FOLFIRI"]),
    ("Patients received FOLFIRI plus cetuximab or FOLFOX.", ["cetuximab + FOLFIRI"], ["cetuximab + FOLFOX"]),
    # a regimen defined in brackets is not reopened
    ("The usual regimen is FOLFIRI (5-FU/leucovorin plus irinotecan).", [], ["fluorouracil + irinotecan + leucovorin"]),
    # a drug set off by a comma after its own class is that class named precisely, not a partner
    ("Cells were exposed to the BRAFi, dabrafenib, for two days.", [], ["BRAF inhibitor + dabrafenib"]),
    ("Mice received the BRAF inhibitor, dabrafenib, and the MEK inhibitor, trametinib.", ["dabrafenib + trametinib"],
     ["BRAF inhibitor + dabrafenib + MEK inhibitor + trametinib"]),
    # a drug of another class after the comma is still a partner
    ("Mice received a MEK inhibitor, cetuximab and irinotecan.", ["cetuximab + irinotecan + MEK inhibitor"], []),
    # "A, B, and C, plus D": a therapy added to the whole list before the comma, one regimen of all
    ("Patients received capecitabine, oxaliplatin, and irinotecan, plus bevacizumab.",
     ["bevacizumab + capecitabine + irinotecan + oxaliplatin"], ["bevacizumab + irinotecan"]),
    # "A, B, and/or C": any two or all of a list, no one combination
    ("Trials of combined BRAF, EGFR, and/or MAPK kinase (MEK) inhibition were run.", [],
     ["BRAF inhibitor + EGFR inhibitor", "BRAF inhibitor + EGFR inhibitor + MEK inhibitor"]),
    # a combination named by its targets: "co-targeting of", "combined X and Y inhibition", ligands as targets
    ("Co-targeting of MET and EGFR was active in these models.", ["EGFR inhibitor + MET inhibitor"], []),
    ("Combined BRAF and MEK inhibition slowed tumour growth.", ["BRAF inhibitor + MEK inhibitor"], []),
    ("The combined inhibition of both VEGF and Ang2 slowed tumour growth.", ["angiopoietin-2 inhibitor + anti-VEGF therapy"], []),
    # a class spelled out after a colon: its members, not one combination; a strong join still combines
    ("We compared two MEK inhibitors: trametinib and binimetinib.", [], ["binimetinib + trametinib"]),
    ("Targeted therapy: encorafenib plus cetuximab was given.", ["cetuximab + encorafenib"], []),
    # targets merely named together are no combination
    ("MET and EGFR were co-expressed in these models.", [], ["EGFR inhibitor + MET inhibitor"]),
    # a class head shared across "plus": the two classes given together
    ("MEK plus PI3K inhibitors gave the best antitumour activity.", ["MEK inhibitor + PI3K inhibitor"], []),
    ("BRAF plus MEK inhibitors are approved in melanoma.", ["BRAF inhibitor + MEK inhibitor"], []),
    ("EGFR plus MEK inhibition was synergistic.", [], ["EGFR inhibitor + MEK inhibitor"]),
])
def test_alternative_partner(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert all(n in found for n in names) and not any(n in found for n in not_names), found


@pytest.mark.parametrize("text,not_name", [
    ("Adenosine from CD73-expressing Tregs suppresses T cells.", "NT5E expression"),  # cells expressing it: a cell marker
    ("Bevacizumab with oxaliplatin or irinotecan-based chemotherapy was safe.", "bevacizumab + irinotecan"),  # a suspended compound
    ("Dabrafenib, an inhibitor of BRAFV600, was given to patients.", "BRAFV600"),  # a gene and its codon, no code name
    # a change word before a process the gene heads is the process's ("effector"/"downstream" signalling), no alteration
    ("KRAS inhibitors cause loss of KRAS effector signaling in resistant cells.", "KRAS loss"),
    ("Loss of PTEN downstream signalling was seen after treatment.", "PTEN loss"),
])
def test_no_expressing_or_alternative(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,name,form", [
    # an antibody format written with a targeted class is a class of its own acting on the target
    ("Zanidatamab is a bispecific anti-HER2 antibody.", "bispecific anti-ERBB2 antibody", "bispecific anti-HER2 antibody"),
    ("The anti-HER2 ADC trastuzumab deruxtecan was active.", "anti-ERBB2 antibody-drug conjugate", "anti-HER2 ADC"),
    ("An anti-EGFR antibody-drug conjugate was tested.", "anti-EGFR antibody-drug conjugate", "anti-EGFR ADC"),
    ("HER2-directed antibody-drug conjugates were tested.", "anti-ERBB2 antibody-drug conjugate", "HER2-directed ADC"),
])
def test_antibody_format_class(text, name, form):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found and form.lower() in _names(found[0]), [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    "The anti-HER2 antibody trastuzumab was combined with an ADC.",   # a class and a separate format word
    "A bispecific antibody targeting EGFR and MET was tested.",        # a format with no class before it
])
def test_no_antibody_format_class(text):
    assert not [m for m in _mentions(text) if "conjugate" in m.entity.name and "anti-" in m.entity.name
                or m.entity.name.startswith("bispecific anti-")]


def _implied(text: str) -> set[tuple[str, str, str]]:
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("forms.txt", text)
    reading = Reading(doc, context())
    return {(s.name, p, o.name) for sent in doc.sentences for s, p, o in reading.recognize(sent).implied}


@pytest.mark.parametrize("text,fact", [
    # a class of one antibody format named by its targets is a member of the format's general class
    ("A CEA/CD3 BsAb engaged T cells against tumour cells.", ("CEA/CD3 bispecific antibody", "member_of", "bispecific antibody")),
    ("Zanidatamab is a bispecific anti-HER2 antibody.", ("bispecific anti-ERBB2 antibody", "member_of", "bispecific antibody")),
    ("The anti-HER2 ADC trastuzumab deruxtecan was active.",
     ("anti-ERBB2 antibody-drug conjugate", "member_of", "antibody-drug conjugate")),
])
def test_antibody_format_class_in_its_general_class(text, fact):
    assert fact in _implied(text), sorted(_implied(text))


@pytest.mark.parametrize("text,name", [
    # a bispecific antibody with its two targets in brackets is the class that binds both
    ("Bispecific antibody (CEA/CD3) + FOLFOX was given.", "CEA/CD3 bispecific antibody"),
    ("A bispecific antibody (HER2 x CD3) engaged T cells.", "HER2/CD3 bispecific antibody"),
])
def test_bispecific_antibody_with_bracketed_targets(text, name):
    assert name in [m.entity.name for m in _mentions(text)] or any(
        name in f for f in _implied(text)), [(m.text, m.entity.name) for m in _mentions(text)]


def test_bracket_without_targets_names_no_bispecific_class():
    assert not [m for m in _mentions("A bispecific antibody (see above) was given with cetuximab.")
                if m.entity.name.endswith(" bispecific antibody") and m.entity.name != "bispecific antibody"]


def test_general_format_class_is_no_member_of_itself():
    assert not [f for f in _implied("Bispecific antibodies and ADCs are new strategies.") if f[1] == "member_of"]


@pytest.mark.parametrize("text,found", [
    # an alteration said to arise under treatment is also the acquired-alteration mechanism
    ("Treatment selected for the acquisition of secondary KRAS mutations.", True),
    ("Acquired MET amplifications were found at progression.", True),
    ("Newly detected NRAS mutations emerged in plasma.", True),
    # a condition caused by another, or a primary alteration, is none
    ("MAPK activation secondary to KRAS mutations raises PD-L1.", False),
    ("De novo KRAS mutations predict resistance to cetuximab.", False),
])
def test_acquired_alteration(text, found):
    hits = [t for t in _implied(text) if t[0].startswith("acquired ") and t[1] == "involves"]
    assert bool(hits) == found, hits


@pytest.mark.parametrize("text,name,form", [
    # a gene's in-situ hybridisation ratio to its chromosome's centromere probe is a biomarker
    ("HER2 IHC 2+ with HER2/CEP17 ratio ≥ 2 was required.", "ERBB2/CEP17 ratio", "HER2/CEP17 ratio"),
    ("Amplification was defined as a MET/CEP7 ratio above 2.", "MET/CEP7 ratio", "MET/CEP7 ratio"),
])
def test_ish_ratio(text, name, form):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found and form.lower() in _names(found[0]), [(m.text, m.entity.name) for m in _mentions(text)]


def test_no_ish_ratio_without_probe():
    """A ratio of two genes is no probe ratio."""
    assert not [m for m in _mentions("The KRAS/NRAS ratio was low.") if m.entity.attr("biomarker_kind") == "ish_ratio"]


@pytest.mark.parametrize("text,names,not_names", [
    # two therapies weighed against each other with one shared partner: one combination each
    ("The trial confirmed pyrotinib's advantage over lapatinib when combined with capecitabine.",
     ["capecitabine + pyrotinib", "capecitabine + lapatinib"], []),
    ("Panitumumab versus bevacizumab, each combined with FOLFOX, was tested.",
     ["panitumumab + FOLFOX", "bevacizumab + FOLFOX"], []),
    # a comparison with no shared partner makes no combination
    ("Pyrotinib was tested versus lapatinib in breast cancer.", [], ["lapatinib + pyrotinib"]),
])
def test_compared_partners(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert all(n in found for n in names) and not any(n in found for n in not_names), found


@pytest.mark.parametrize("text,cls,target", [
    # a pan-family class acts on the family node, named as a family (never a bare "HER" that reads as a gene)
    ("Neratinib, an irreversible pan-HER TKI, was tested in HER2-amplified tumours.", "pan-HER tyrosine kinase inhibitor",
     "HER family"),
    ("Afatinib, a pan-ErbB inhibitor, was given.", "pan-ErbB inhibitor", "HER family"),
])
def test_pan_family_class_targets_the_family(text, cls, target):
    targets = {o for s, p, o in _implied(text) if s == cls and p == "targets"}
    assert targets == {target}, _implied(text)


@pytest.mark.parametrize("text,name,not_name", [
    # "pan-RAS" names the whole RAS family; "pan-KRAS" stays the KRAS class
    ("Daraxonrasib, a pan-RAS inhibitor, was active.", "pan-RAS inhibitor", "KRAS inhibitor"),
    ("BI-2865, a pan-KRAS inhibitor, was active.", "KRAS inhibitor", "pan-RAS inhibitor"),
    # blocking the receptor is not blocking the ligand
    ("Patients progressed on anti-VEGFR agents.", "anti-VEGFR therapy", "anti-VEGF therapy"),
    ("Anti-VEGFR and anti-EGFR treatments were compared.", "anti-VEGFR therapy", "anti-VEGF therapy"),
    ("Bevacizumab and other anti-VEGF agents were given.", "anti-VEGF therapy", "anti-VEGFR therapy"),
])
def test_class_reading(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and not_name not in names, names


def test_list_of_targets_keeps_its_ligand():
    """"antibodies against A and B, and tyrosine kinase inhibitors": B closes its own list, so the next class's
    head is not B's; "EGFR and MEK inhibitors" shares it, and the class carries its written form, not the bare target."""
    text = ("Targeted therapies, such as antibodies against platelet-derived growth factor receptor (PDGFR) and "
            "fibroblast growth factor 2 (FGF2), and tyrosine kinase inhibitors (TKIs), were given.")
    assert not [m for m in _mentions(text) if m.entity.category == "DrugClass" and "FGF" in m.entity.name]
    shared = _implied_entities("Patients received EGFR and MEK inhibitors.", "EGFR inhibitor")
    assert shared and "EGFR" not in shared[0].synonyms, shared


def _implied_entities(text: str, name: str) -> list:
    """The entities named ``name`` that the reader gives implied facts for in ``text``."""
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("forms.txt", text)
    reading = Reading(doc, context())
    return [s for sent in doc.sentences for s, _, _ in reading.recognize(sent).implied if s.name == name]


@pytest.mark.parametrize("text,name", [
    ("Panitumumab is approved for EGFR-expressing mCRC.", "EGFR-expressing mCRC"),
    ("Cetuximab was given in RAS wild-type mCRC.", "RAS wild-type mCRC"),
])
def test_population_name(text, name):
    names = [m.entity.name for m in _mentions(text) if m.entity.category == "Disease"]
    assert name in names and "EGFR expression mCRC" not in names, names


@pytest.mark.parametrize("text,genes", [
    # a short symbol joined to an unmistakable gene symbol is listed among genes
    ("APC and AXIN2 degrade beta-catenin in the cytoplasm.", {"APC", "AXIN2", "CTNNB1"}),
    ("Here, APC or CTNNB1 was sequenced.", {"APC", "CTNNB1"}),
    # joined to a cell abbreviation, it may be the cells: not read
    ("APC and MDSC infiltrate the stroma.", set()),
    # joined to a gene written by its alias, or after a gene with its alias in brackets
    ("Receptors such as RET and HER3 were blocked.", {"RET", "ERBB3"}),
    ("Gains of ERBB3 (HER3) and RET were seen.", {"ERBB3", "RET"}),
])
def test_short_symbol_listed_with_a_gene(text, genes):
    found = {m.entity.name for m in _mentions(text) if m.entity.category == "Gene"}
    assert found == genes, found


@pytest.mark.parametrize("text,cls", [
    # the head written out ("tyrosine kinase inhibitor") names the same class as "TKI"
    ("Pyrotinib (a pan-HER tyrosine kinase inhibitor) was given.", "pan-HER tyrosine kinase inhibitor"),
    ("Pyrotinib, a pan-HER TKI, was given.", "pan-HER tyrosine kinase inhibitor"),
])
def test_written_out_kinase_inhibitor_head(text, cls):
    names = [m.entity.name for m in _mentions(text) if m.entity.category == "DrugClass"]
    assert cls in names, names


def _class_targets(text: str) -> set[tuple[str, str]]:
    """The (class, target) pairs the reader implies for the drug classes in ``text``."""
    return {(s, o) for s, p, o in _implied(text) if p == "targets"}


@pytest.mark.parametrize("text,pairs", [
    # a comma list of targets closed by "and"/"or" and one class head: every item is a class of its own
    ("Tumours escaped EGFR, MEK, and BRAF inhibitors.", {("EGFR inhibitor", "EGFR"), ("MEK inhibitor", "MEK"),
                                                         ("BRAF inhibitor", "BRAF")}),
    ("Cells were exposed to PI3K, AKT or mTOR inhibitors.", {("PI3K inhibitor", "PI3K"), ("AKT inhibitor", "AKT"),
                                                             ("mTOR inhibitor", "MTOR")}),
    ("Tumours escaped CDK4/6, MEK and ERK inhibitors.", {("CDK4/6 inhibitor", "CDK4/6"),
                                                                      ("MEK inhibitor", "MEK"), ("ERK inhibitor", "ERK")}),
    # a short symbol before another class's head ("MET" alone would be the English word)
    ("Resistance emerged to MET and MEK inhibitors.", {("MET inhibitor", "MET"), ("MEK inhibitor", "MEK")}),
    ("Patients with MET and MEK inhibitors were followed.", {("MET inhibitor", "MET"), ("MEK inhibitor", "MEK")}),
    # "blockade" after a listed target is a class when the last item's is
    ("Tumours were refractory to TIM-3 and CTLA-4 blockade.", {("TIM-3 inhibitor", "HAVCR2"),
                                                               ("anti-CTLA-4 antibody", "CTLA4")}),
    # a slash list is one class of every target, also when its last item is a vocabulary class ("MEK inhibitors")
    ("Tumours escaped BRAF/MEK inhibitors.", {("BRAF/MEK inhibitor", "BRAF")}),
    ("Tumours escaped EGFR/BRAF inhibitors.", {("EGFR/BRAF inhibitor", "EGFR")}),
    # a hyphen left hanging takes the head of the next item
    ("HER2- and EGFR-targeted therapies were combined.", {("anti-HER2 therapy", "ERBB2"), ("EGFR inhibitor", "EGFR")}),
    # "and/or" closing a combined inhibition's list; a target named again by its short name in brackets
    ("Trials of combined BRAF, EGFR, and/or MAPK kinase (MEK) inhibition were run.",
     {("BRAF inhibitor", "BRAF"), ("EGFR inhibitor", "EGFR"), ("MEK inhibitor", "MEK")}),
])
def test_listed_targets_share_a_head(text, pairs):
    classes = {m.entity.name for m in _mentions(text) if m.entity.category == "DrugClass"}
    assert {c for c, _ in pairs} <= classes, classes
    expected = dict(pairs)
    wrong = {(c, t) for c, t in _class_targets(text) if c in expected and t != expected[c] and "/" not in c}
    assert not wrong, wrong  # a class implied for a listed item targets that item only


@pytest.mark.parametrize("text,not_class", [
    # an alteration listed before a class is no class
    ("EGFR mutations and MEK inhibitors were studied.", "EGFR inhibitor"),
    ("KRAS mutations, MEK and BRAF inhibitors were studied.", "KRAS inhibitor"),
    # a list closed by a class named by something other than a target keeps its items as targets
    ("Antibodies against EGFR, VEGFR, and tyrosine kinase inhibitors were given.", "EGFR inhibitor"),
    # the targets a drug is said to bind or target, listed before another class, are no classes
    ("Cetuximab binds EGFR, HER2, and MEK inhibitors bind MEK.", "EGFR inhibitor"),
    ("Cetuximab binds EGFR, HER2, and MEK inhibitors bind MEK.", "anti-HER2 therapy"),
    ("Cetuximab targets EGFR, and MEK inhibitors target MEK.", "EGFR inhibitor"),
    # an experiment ("genetic ... blockade") and the act "inhibition" name no class
    ("Genetic TIM-3 and CTLA-4 blockade slowed growth.", "TIM-3 inhibitor"),
    ("EGFR, MEK and BRAF inhibition slowed growth.", "EGFR inhibitor"),
])
def test_listed_targets_without_a_shared_head(text, not_class):
    classes = {m.entity.name for m in _mentions(text) if m.entity.category == "DrugClass"}
    assert not_class not in classes | {s for s, _ in _class_targets(text)}, classes


def test_slash_list_with_a_vocabulary_class_targets_both():
    """"BRAF/MEK inhibitors" is one class acting on BRAF and on MEK, as "MEK/ERK inhibitors" is."""
    targets = {o for s, o in _class_targets("Tumours escaped BRAF/MEK inhibitors.") if s == "BRAF/MEK inhibitor"}
    assert targets == {"BRAF", "MEK"}, targets


@pytest.mark.parametrize("text,not_name", [
    # a trial registry number is no drug's code name
    ("Patients treated with cetuximab-based chemotherapy had longer survival (UMIN000012345).", "UMIN000012345"),
    ("This trial of panitumumab was registered (ISRCTN 12345678).", "ISRCTN 12345678"),
    # a study's other number in brackets after its name
    ("The Randomized ZETA Trial (XYZ QRS 0417) tested panitumumab.", "QRS 0417"),
    # a sentence's opening word and a count are no code name
    ("In 184 evaluable patients, nivolumab improved PFS compared with chemotherapy.", "In 184"),
    ("Of 412 assessable cases, 40 responded to the combination therapy.", "Of 412"),
])
def test_study_number_is_no_drug(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)], [(m.text, m.entity.name) for m in _mentions(text)]


def test_code_name_in_drug_context_stays_a_drug():
    """The near miss: a code name given with its drug context is still a drug."""
    names = [m.entity.name for m in _mentions("Patients were treated with the MEK inhibitor XYZ 4477 in a phase I study.")]
    assert "XYZ 4477" in names, names


@pytest.mark.parametrize("text,name", [
    # a short form of two parts written after the two-drug combination names both drugs
    ("Patients were treated with fluorouracil and folinic acid (FU/FA). Maintenance with FU/FA alone followed.",
     "fluorouracil + leucovorin"),
])
def test_combination_short_form(text, name):
    mentions = _mentions(text)
    assert any(m.text == "FU/FA" and m.entity.name == name for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_short_form_of_one_drug_stays_that_drug():
    """The near miss: a one-part short form after a drug names that drug."""
    mentions = _mentions("Patients were given trifluridine/tipiracil (FTD-TPI) or cetuximab (CET). CET was stopped.")
    assert any(m.text == "CET" and m.entity.name == "cetuximab" for m in mentions), [(m.text, m.entity.name) for m in mentions]


@pytest.mark.parametrize("text,form,name", [
    # a short form of what a therapy acts on keeps its meaning in the therapy named after it
    ("Blockade of inhibitory immune checkpoints (ICs) is a promising approach. Tregs may hamper response to IC "
     "blockade in CRC.", "IC blockade", "immune checkpoint inhibitor"),
    ("Blockade of immune checkpoints (ICs) is promising. Effects of IC inhibition on Tregs are unknown.",
     "IC inhibition", "immune checkpoint inhibitor"),
])
def test_therapy_named_after_a_short_form(text, form, name):
    mentions = _mentions(text)
    assert any(m.text == form and m.entity.name == name for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_therapy_after_an_undefined_short_form_is_not_read():
    """The near miss: with no "immune checkpoints (ICs)" in the document, "IC blockade" names nothing."""
    mentions = _mentions("Interstitial cells (ICs) were counted. IC blockade was not studied.")
    assert not any(m.entity.category == "DrugClass" for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_marker_written_in_a_run_of_markers():
    """A gene's alias glued between the plus signs of a run of markers is a marker: the cells carry it."""
    mentions = _mentions("We found an increase of CD4+FoxP3+Helios+ T cells in the tumour.")
    cells = [m for m in mentions if m.entity.category == "CellType"]
    assert [m.text for m in cells] == ["CD4+FoxP3+Helios+ T cells"], [(m.text, m.entity.name) for m in mentions]


def test_alias_word_outside_a_run_of_markers_is_no_gene():
    """The near miss: the alias written as a word, not between plus signs, stays a word."""
    mentions = _mentions("The Helios cohort enrolled patients treated with FOLFOX.")
    assert not any(m.text == "Helios" for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_cells_infiltrated_by_stay_cells():
    """The near miss: "tumours infiltrated by TAMs" (a verb) names the cells, no infiltrate biomarker."""
    mentions = _mentions("Tumours infiltrated by TAMs grew faster.")
    assert not any(m.entity.category == "Biomarker" for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_long_form_before_two_slashed_short_forms():
    """"pregnane/steroid X receptor (PXR/SXR)": the written-out name and both short forms are one mention of
    the one gene (issue 13), so a rule reads it where the sentence names it."""
    found = [(m.text, m.entity.name) for m in _mentions(
        "Resistance is induced in association with a nuclear receptor, pregnane/steroid X receptor (PXR/SXR).")]
    assert ("pregnane/steroid X receptor (PXR/SXR)", "NR1I2") in found, found
    assert [n for _, n in found].count("NR1I2") == 1, found


def test_long_form_with_its_number_before_the_short_form():
    """"ornithine decarboxylase 1 (ODC1)": the vocabulary knows the written-out name without its number; the
    number is part of the name, so the long form, number and short form are one mention of the gene (an activation
    word after the parenthesis then reads as the gene's activation)."""
    found = [(m.text, m.entity.name) for m in _mentions(
        "Resistance arose through ornithine decarboxylase 1 (ODC1) upregulation in the tumour cells.")]
    assert [n for _, n in found].count("ODC1") == 1, found
    assert any(t.startswith("ornithine decarboxylase 1 (ODC1)") for t, _ in found), found
    # another gene's short form after the number keeps its own reading
    other = [m.entity.name for m in _mentions("Cells expressed ornithine decarboxylase 1 (CDH1) at high levels.")]
    assert "CDH1" in other, other


SHARED_HEADS = [
    ("IL-10 suppresses CD4+ and CD8+ T cells in the liver.", "CD4+", "CD4+ T cell"),
    ("MDSCs inhibit T and NK cells.", "T", "T cell"),
    ("Fibrosis excludes stromal, myeloid and immune cells.", "stromal", "stromal cell"),
    ("Regulatory and effector T cells were counted.", "Regulatory", "regulatory T cell"),
    ("Tumours show WNT and MYC signaling.", "WNT", "Wnt/β-catenin pathway"),
    ("KRAS drives the PI3K/AKT, Notch and MAPK pathways.", "Notch", "Notch signaling pathway"),
    ("IL-10 suppresses CD8 and CD4+ T cells.", "CD8", "CD8+ T cell"),  # the marker names the cells, not the gene
    # the article repeated before the last item (stop 51)
    ("Tumours showed changes in the Hippo and the Notch pathways.", "Hippo", "Hippo signaling pathway"),
    ("Both the Notch and the MAPK signaling pathways were active.", "Notch", "Notch signaling pathway"),
    # the last item named by two genes joined by a hyphen
    ("Loss of PTEN turned on the Wnt and the JAK-STAT signaling pathways.", "Wnt", "Wnt/β-catenin pathway"),
    ("Cells upregulated Hedgehog and PI3K/AKT signaling.", "Hedgehog", "Hedgehog signaling pathway"),
]


@pytest.mark.parametrize("text,word,name", SHARED_HEADS, ids=[c[1] for c in SHARED_HEADS])
def test_item_sharing_the_lists_head(text, word, name):
    """"CD4+ and CD8+ T cells": an item written without the head noun the list's last item carries is what the
    vocabulary names with that head."""
    found = [(m.text, m.entity.name) for m in _mentions(text)]
    assert (word, name) in found, found


def test_item_unknown_with_the_head_or_named_alone_is_left():
    """"tumour and T cells": no cell type is called "tumour T cells"; "macrophages and B cells": the macrophages are
    named on their own, and no item of "IL-2 and NK cells" is a cell."""
    assert [m.entity.name for m in _mentions("PD-L1 is found on tumour and T cells.") if m.text == "tumour"] == []
    found = [(m.text, m.entity.name) for m in _mentions("TAMs recruit macrophages and B cells.")]
    assert ("macrophages", "macrophage") in found, found
    assert [m.entity.category for m in _mentions("IL-2 and NK cells were measured.") if m.text == "IL-2"] == ["Molecule"]
    assert [m.entity.category for m in _mentions("PD-1 and CD8+ T cells were counted.") if m.text == "PD-1"] == ["Gene"]
    # the article repeated: an item unknown with the head is still left
    assert [m.entity.name for m in _mentions("PD-L1 is found on the tumour and the T cells.") if m.text == "tumour"] == []


@pytest.mark.parametrize("text", ["Mutations in the TGF pathway are frequent in colon cancer.",
                                  "TGF signaling restrains T cells in the stroma.",
                                  "Stromal cells amplify TGF signalling in the tumour."])
def test_tgf_alone_before_a_pathway_word_is_the_beta_pathway(text):
    """"the TGF pathway": TGF written alone before a pathway word is TGF-β signalling (TGF-α, an EGFR ligand, is
    written with its letter)."""
    assert any(m.entity.name.startswith("TGF-β signaling") for m in _mentions(text))  # (or a change of it)


def test_tgf_alpha_stays_the_ligand():
    assert "TGF-β signaling" not in [m.entity.name for m in _mentions("TGF-alpha signaling through EGFR was high.")]


# a known trial's name with a letter or number joined by a hyphen is another trial of the family; a disease after the
# hyphen stays outside the name
SIBLINGS = [
    ("The COIN-B trial added cetuximab to intermittent chemotherapy.", "COIN-B", "COIN"),
    ("CRYSTAL-B enrolled patients with untreated mCRC.", "CRYSTAL-B", "CRYSTAL"),
    ("The McXYZ Trial: Drug A plus FOLFOX Versus Drug B plus FOLFOX in mCRC.", "McXYZ", None),
]


@pytest.mark.parametrize("text,name,not_name", SIBLINGS, ids=[n[1] for n in SIBLINGS])
def test_trial_of_a_family(text, name, not_name):
    trials = [m.entity.name for m in _mentions(text) if m.entity.category == "Trial"]
    assert name in trials and not_name not in trials, trials


def test_disease_after_a_known_trial_is_no_sibling():
    trials = [m.entity.name for m in _mentions("The BEACON-CRC trial enrolled patients.") if m.entity.category == "Trial"]
    assert trials == ["BEACON"], trials
@pytest.mark.parametrize("text,name,forms", [
    # a class written with the short form a long name defines in brackets: the vocabulary's class of that short form
    ("Talazoparib, a poly ADP ribose polymerase (PARP) inhibitor, was added.", "PARP inhibitor", ["PARP inhibitor"]),
    # a ligand's numbered receptor written through the ligand's short form: the receptor's class
    ("Drug X is a vascular endothelial growth factor (VEGF) receptor-2 inhibitor given orally.",
     "VEGF receptor-2 inhibitor", ["VEGFR 2 inhibitor", "KDR inhibitor"]),
    # "(CTLA-4) blockade" as "CTLA-4 blockade"
    ("Responses to cytotoxic T-lymphocyte-associated antigen 4 (CTLA-4) blockade varied.", "anti-CTLA-4 antibody",
     ["anti-CTLA-4"]),
    # an allele's inhibitors said to be specific to the allele
    ("Tumours relapsed on KRASG12C allele-specific inhibitors.", "KRAS G12C inhibitor", ["KRAS G12C inhibitor"]),
    # MEK1 and MEK2 are the MEK inhibitor class's two targets
    ("Cells were treated with a MEK1/2 inhibitor.", "MEK inhibitor", ["MEK1/2 inhibitor", "MEK1/2 inhibition"]),
    # one molecule blocking PI3K and mTOR: a class of its own, no regimen of two classes
    ("Dual PI3K/mTOR inhibition slowed the organoids.", "PI3K/mTOR inhibitor", ["dual PI3K/mTOR inhibitor"]),
    ("Tumours responded to inhibitors of BRAF or PI3K/mTOR.", "PI3K/mTOR inhibitor", ["PI3K/mTOR inhibitor"]),
    # classes named by a route or a mechanism
    ("Drug Y is an oral fluoropyrimidine given twice daily.", "oral fluoropyrimidine", ["oral fluoropyrimidines"]),
    ("Apoptosis was restored by BH3 mimetics in the resistant cells.", "BH3 mimetic", ["BH3 mimetics"]),
    ("Drug Z is a platinum analogue used in colorectal cancer.", "platinum compound", ["platinum analogue"]),
    # a class named as the agents aimed at a target: the anti-target class
    ("Several agents targeting the epidermal growth factor receptor (EGFR) are approved.", "anti-EGFR antibody",
     ["anti-EGFR agents"]),
    ("Drugs directed against VEGF slowed tumour growth in mice.", "anti-VEGF therapy", ["anti-VEGF agents"]),
    # antibodies "to" (or against, or targeting) their antigen: the target's antibody class, not any agent
    ("Xenografts were treated with antibodies to VEGF for three weeks.", "anti-VEGF antibody", ["anti-VEGF antibodies"]),
    ("Resistance to antibodies to PD-1 arose in the organoid model.", "anti-PD-1 antibody", ["anti-PD-1 antibodies"]),
    ("Tumours became sensitive to therapy with antibodies to the EGFR.", "anti-EGFR antibody", ["anti-EGFR antibodies"]),
    ("Mice given antibodies directed against VEGF lived longer.", "anti-VEGF antibody", ["anti-VEGF antibodies"]),
    ("Organoids resisted antibodies targeting VEGF in every passage.", "anti-VEGF antibody", ["anti-VEGF antibodies"]),
])
def test_class_written_forms(text, name, forms):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found, f"no {name!r} in {[m.entity.name for m in _mentions(text)]}"
    missing = [f for f in forms if f.lower() not in _names(found[0])]
    assert not missing, f"{name} lacks {missing}; has {sorted(_names(found[0]))}"


@pytest.mark.parametrize("text,not_name", [
    # a bracketed short form whose words do not spell it is no defined short form: no class through it
    ("The assay (VEGF) receptor-2 inhibitor screen was repeated.", "VEGF receptor-2 inhibitor"),
    # the receptor of a ligand with no numbered receptor in the vocabularies is no class
    ("Levels of tumour necrosis factor (TNF) receptor-9 inhibitor were measured.", "TNF receptor-9 inhibitor"),
    # "PI3K and mTOR inhibition" combined is two classes given together, not the dual inhibitor
    ("Combined PI3K and mTOR inhibition overcame resistance.", "PI3K/mTOR inhibitor"),
    # one agent aimed at a target describes a drug, not the class
    ("Drug W, an agent targeting the epidermal growth factor receptor, was given.", "anti-EGFR antibody"),
    # antibodies the patients raise to a protein are a measure, no therapy
    ("Serum antibodies to p53 were detected in a fifth of the patients.", "p53 inhibitor"),
    ("Antibodies to CEA were detected in the plasma of 12 patients.", "CEA inhibitor"),
])
def test_no_bracketed_or_dual_class(text, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert not_name not in names, names


@pytest.mark.parametrize("text,short,name", [
    # a short form after a combination, spelled by the starts of its parts, names the combination
    ("Patients received apatinib plus camrelizumab (APCA). Fatigue was common with APCA.", "APCA",
     "camrelizumab + rivoceranib"),
    ("Patients received irinotecan and S-1 (IRIS). Diarrhoea was common with IRIS.", "IRIS", "irinotecan + S-1"),
    # a short form of the one drug before it stays that drug's
    ("Patients received oxaliplatin (OxPt) weekly. OxPt was well tolerated.", "OxPt", "oxaliplatin"),
])
def test_short_form_after_a_therapy(text, short, name):
    found = {m.entity.name for m in _mentions(text) if m.text == short}
    assert found == {name}, found


def test_short_form_of_neither_the_pair_nor_its_last_drug():
    """"fluorouracil/leucovorin (FU)": FU spells neither the pair's parts nor leucovorin, so it is no leucovorin."""
    found = {m.entity.name for m in _mentions("Arm A was infusional fluorouracil/leucovorin (FU) every two weeks.")
             if m.text == "FU"}
    assert "leucovorin" not in found, found


@pytest.mark.parametrize("text,name,cell", [
    # an effector cell's failure, by noun, by "of", by state and by impaired function
    ("Dendritic cell dysfunction limits the benefit of vaccines in these tumours.", "dendritic cell dysfunction",
     "dendritic cell"),
    ("Apoptosis of NK cells is one route of escape from cetuximab.", "natural killer cell apoptosis",
     "natural killer cell"),
    ("Senescent CD8+ T cells were enriched in non-responders to PD-1 blockade.", "CD8+ T cell senescence",
     "CD8+ T cell"),
    ("Impaired NK cell function may explain resistance to antibody therapy.", "natural killer cell dysfunction",
     "natural killer cell"),
    # a suppressive cell's build-up, also when a qualifier gives the cell its role
    ("Expansion of MDSCs is a recognised cause of resistance to checkpoint blockade.",
     "myeloid-derived suppressor cell expansion", "myeloid-derived suppressor cell"),
    ("Strategies that block Treg recruitment are being tested.", "regulatory T cell recruitment", "regulatory T cell"),
    ("Infiltration of immunosuppressive macrophages underlies refractoriness to PD-1 blockade.",
     "immunosuppressive macrophage infiltration", "macrophage"),
    # a driver of the process: the whole is the mechanism, and it involves the cells as well
    ("IL-10-mediated suppression of CD8+ T cells underlies resistance to PD-1 blockade.",
     "IL-10-mediated suppression of CD8+ T cells", "CD8+ T cell"),
])
def test_cell_process_is_a_mechanism(text, name, cell):
    assert name in [m.entity.name for m in _mentions(text)], [(m.text, m.entity.name) for m in _mentions(text)]
    assert (name, "involves", cell) in _implied(text), _implied(text)


@pytest.mark.parametrize("text", [
    # no resistance, escape, non-response or strategy in the sentence
    "Dendritic cell dysfunction develops with age.",
    # an effector cell's build-up and a suppressive cell's loss are no mechanisms of resistance
    "CD8+ T cell recruitment was followed by resistance to PD-1 blockade in two models.",
    "Treg depletion overcomes resistance to PD-1 blockade.",
    # a cell of no stated role
    "Macrophage accumulation was followed by resistance to PD-1 blockade in two models.",
])
def test_no_cell_process_mechanism(text):
    names = [m.entity.name for m in _mentions(text) if m.entity.category == "ResistanceMechanism"]
    assert not names, names


def test_cell_process_the_vocabulary_names_is_that_process():
    """"exhaustion of T cells" is the vocabulary's T-cell exhaustion, one node with "T cell exhaustion"."""
    names = [m.entity.name for m in _mentions("Exhaustion of T cells confers resistance to PD-1 blockade.")]
    assert "T-cell exhaustion" in names, names


@pytest.mark.parametrize("text,gene", [
    ("Baseline serum sHER2 concentrations were measured before treatment.", "ERBB2"),
    ("Pretreatment plasma sVEGFR-2 was quantified in all patients given the drug.", "KDR"),
])
def test_soluble_receptor_is_its_gene_not_a_drug(text, gene):
    """"sHER2", "sVEGFR-2": the soluble form of a receptor (its gene's product in blood), never a code-named compound."""
    found = [(m.text, m.entity.name, m.entity.category) for m in _mentions(text)]
    assert not any(c == "Drug" for _, _, c in found), found
    assert any(gene in n for _, n, _ in found), found


@pytest.mark.parametrize("text", [
    "ATP binding cassette (ABC) transporters pump drugs out of the cell.",
    "Several ATP binding cassette transporters were overexpressed.",
])
def test_abc_transporters_without_hyphen_are_the_family(text):
    """The HGNC group's own spelling, "ATP binding cassette transporters", is the ABC transporter family: no ATP
    molecule, no ABCB6 (whose alias "ABC" the bracket repeats)."""
    names = [m.entity.name for m in _mentions(text)]
    assert "ABC transporter family" in names and "ATP" not in names and "ABCB6" not in names, names


@pytest.mark.parametrize("text,name", [
    ("Afatinib, a dual EGFR and HER2 tyrosine kinase inhibitor, was given.", "EGFR/HER2 tyrosine kinase inhibitor"),
    ("We used a dual MEK and ERK inhibitor.", "MEK/ERK inhibitor"),
])
def test_dual_and_class_is_one_class_of_both(text, name):
    """"a dual A and B inhibitor": "dual" makes one class acting on both targets (as "dual A/B inhibitor"), not A's
    class beside B's."""
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and "anti-HER2 therapy" not in names, names


def test_and_without_dual_stays_two_classes():
    """"EGFR and HER2 inhibitors" without "dual" may be two classes: no class of both."""
    names = [m.entity.name for m in _mentions("We compared EGFR and HER2 tyrosine kinase inhibitors.")]
    assert "EGFR/HER2 tyrosine kinase inhibitor" not in names, names


@pytest.mark.parametrize("text,name", [
    ("We observed increased HER2:HER3 dimerization after treatment.", "ERBB2/ERBB3 dimerization"),
    ("EGFR-HER2 heterodimerization was frequent.", "EGFR/ERBB2 heterodimerization"),
])
def test_pair_dimerization_is_one_process_of_both(text, name):
    """"HER2:HER3 dimerization": one process of the two receptors together, not the second one's alone."""
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and "ERBB3 dimerization" not in names, names


@pytest.mark.parametrize("text,name", [
    ("RAF dimers keep MEK signalling on under vemurafenib.", "RAF dimerization"),
    ("CRAF dimer formation was seen in resistant cells.", "RAF1 dimerization"),
])
def test_one_kinase_dimers_are_its_dimerization(text, name):
    """"RAF dimers": one kinase's dimers are its dimerization; a partner named with it ("EGFR-HER3 heterodimer")
    stays the two partners."""
    names = [m.entity.name for m in _mentions(text)]
    assert name in names, names


def test_piwi_interacting_rnas_are_a_class_of_ncrna():
    names = [m.entity.name for m in _mentions("No studies were found for piwi-interacting RNAs (piRNAs).")]
    assert "piwi-interacting RNA" in names, names


@pytest.mark.parametrize("text,name", [
    ("Exosomal transfer of miR-21 was seen.", "exosomal transfer of miR-21"),
    ("Exosome-mediated transfer of lncRNA H19 was seen.", "exosomal transfer of lncRNA H19"),
])
def test_transfer_keeps_its_cargo(text, name):
    """"exosomal transfer of miR-21": the transfer of that cargo, one mechanism involving the molecule."""
    names = [m.entity.name for m in _mentions(text)]
    assert name in names, names


def test_transfer_without_cargo_stays_the_process():
    names = [m.entity.name for m in _mentions("Exosomal transfer between cells was seen.")]
    assert "exosomal transfer" in names, names


# s41 en2
@pytest.mark.parametrize("text,name,not_name", [
    # a tumour's immune state written in other words is the vocabulary's state; an inflamed tumour is none
    ("Radiation may help even in immune-depressed tumours.", "immune-cold tumor microenvironment", "T-cell exclusion"),
    ("Stroma creates an immune-excluded niche around the lesion.", "T-cell exclusion", "immune-cold tumor microenvironment"),
    ("Most MSS lesions have a non-inflamed or 'cold' microenvironment.", "immune-cold tumor microenvironment",
     "T-cell exclusion"),
    ("Vaccines may benefit patients with immunologically ignorant subtypes.", "immune-cold tumor microenvironment",
     "immunosuppression"),
    ("Immune-suppressed tumours were more frequent after therapy.", "immunosuppression", "T-cell exclusion"),
])
def test_immune_state_in_other_words(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and not_name not in names, names


@pytest.mark.parametrize("text", [
    "T-cell-inflamed tumours responded well.",
    "Patients with immune-rich tumours responded well.",
])
def test_inflamed_tumour_is_no_cold_state(text):
    names = [m.entity.name for m in _mentions(text)]
    assert "immune-cold tumor microenvironment" not in names and "T-cell exclusion" not in names, names


@pytest.mark.parametrize("text,names,not_names", [
    # the codons of one exon, named with their mutation: the exon's mutation beside each codon's
    ("NRAS exon 3 codon 59/61 mutations were found in two patients.",
     ["NRAS exon 3 mutation", "NRAS codon 59 mutation", "NRAS codon 61 mutation"], ["NRAS codon 3 mutation"]),
    # an exon alone keeps its own reading; a wild-type status stays a status
    ("Tumours that were KRAS exon 4 wild-type were selected.", ["KRAS exon 4 wild-type"], ["KRAS exon 4 mutation"]),
])
def test_codons_of_an_exon(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert all(n in found for n in names) and not any(n in found for n in not_names), found


@pytest.mark.parametrize("text,name,not_name", [
    # the ligands of a receptor named by the receptor are molecules of their own, no change of the receptor's gene
    ("Overexpression of HER3 ligands was seen in resistant lines.", "ERBB3 ligand", "ERBB3 overexpression"),
    ("Amplification of the MET ligands was rare.", "MET ligand", "MET amplification"),
    # a numbered ligand is a gene of its own; a ligand-binding domain is the receptor's
    ("Overexpression of EGFR was seen; the EGFR ligand-binding domain was intact.", "EGFR overexpression",
     "EGFR ligand"),
    # a receptor written as its ligand's short form, a hyphen and R (with the member's number) is the receptor, a class
    # named from there on the receptor's class, never the ligand
    ("Sunitinib blocks FGF-R1 and PDGF-R on stromal cells.", "FGFR1", "FGF"),
    ("Serum VEGF-R3 was higher in patients who progressed on bevacizumab.", "FLT4", "VEGF"),
    ("Adding a VEGF-R tyrosine kinase inhibitor delayed progression.", "VEGFR inhibitor", "tyrosine kinase inhibitor"),
    ("Tumours escaped VEGF-R blockers within weeks.", "VEGFR inhibitor", "VEGF"),
    # a resistant subline's R is no receptor
    ("LoVo-R cells were resistant to cetuximab.", "LoVo-R", "VEGFR"),
])
def test_receptor_ligands(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and not_name not in names, names


@pytest.mark.parametrize("text,name,not_name", [
    # a word on how the class acts, between the target and the head, leaves the target's class
    ("Patients later received MEK allosteric inhibitors.", "MEK inhibitor", "MEK"),
    ("KRAS direct inhibitors were developed recently.", "KRAS inhibitor", "pan-RAS inhibitor"),
    ("Two BRAF covalent inhibitors were compared.", "BRAF inhibitor", "BRAF"),
])
def test_class_with_a_word_on_how_it_acts(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert name in names and not_name not in names, names


@pytest.mark.parametrize("text,drugs,not_drugs", [
    # every code name of a list of examples after a compound head is a compound
    ("Tankyrase inhibitors such as QX-12, ZB44 and RT-901 stabilised AXIN2.", ["QX-12", "ZB44", "RT-901"], []),
    # a gene in the list stays a gene
    ("Compounds such as QX-12, CD44 and RT-901 were tested.", ["QX-12"], ["CD44"]),
])
def test_code_names_in_example_lists(text, drugs, not_drugs):
    found = {m.entity.name for m in _mentions(text) if m.entity.category == "Drug"}
    assert set(drugs) <= found and not (set(not_drugs) & found), found


# s42 pr: a method's or a trial term's short form that is also a gene's alias is no gene
@pytest.mark.parametrize("text,symbol", [
    ("Tumours were scored by immunohistochemistry (IHC) and silver in situ hybridisation (ISH) amplification.", "ISH"),
    ("ISH-positive tumours were reviewed centrally.", "ISH"),
    ("HER2 status was confirmed by CISH in twelve biopsies.", "CISH"),
    ("No DLTs occurred and the MTD was not reached.", "MTD"),
    ("Cells were sorted by FCM before sequencing.", "FCM"),
])
def test_method_short_form_is_no_gene(text, symbol):
    mentions = _mentions(text)
    assert not any(symbol in m.text and m.entity.category in ("Gene", "Alteration") for m in mentions), \
        [(m.text, m.entity.name) for m in mentions]


def test_gene_alias_in_brackets_after_its_own_name_stays_the_gene():
    """The near miss: a bracketed alias with no long form spelling it before the bracket is still the gene."""
    mentions = _mentions("Overexpression of the efflux pump (MXR) predicted relapse.")
    assert any("(MXR)" in m.text and m.entity.name.startswith("ABCG2") for m in mentions), \
        [(m.text, m.entity.name) for m in mentions]
# s42 en
@pytest.mark.parametrize("text,name,names", [
    # a bacterium by its binomial, and by the abbreviated genus print writes after the first mention
    ("Tumours rich in Bacteroides fragilis relapsed early.", "Bacteroides fragilis", ["B. fragilis"]),
    ("In resistant tumours, P. micra was enriched.", "Parvimonas micra", ["P. micra"]),
    # another species of a listed genus, or of a genus whose name says it is a bacterium
    ("Fusobacterium periodonticum was more abundant after treatment.", "Fusobacterium periodonticum",
     ["F. periodonticum"]),
    ("Campylobacter jejuni toxins damaged DNA.", "Campylobacter jejuni", ["C. jejuni"]),
    # a drug class named by the enzyme it blocks, or by what it does to DNA
    ("Methyltransferase inhibition restored sensitivity in these lines.", "DNA methyltransferase inhibitor",
     ["methyltransferase inhibition"]),
    ("Demethylating agents were given before the antibody.", "DNA methyltransferase inhibitor", ["demethylating agents"]),
    # the Toll-like receptor pathway by its receptor and adaptor
    ("The TLR4/MyD88 pathway was activated in resistant cells.", "Toll-like receptor signaling", ["TLR4/MyD88 pathway"]),
    # a soluble factor's level written before it, said to rise or fall
    ("Levels of angiopoietin-2 were increased at progression.", "angiopoietin-2 expression",
     ["levels of angiopoietin-2", "levels of ANGPT2"]),
    # the specimen of a level, with the factor's other names
    ("Patients with high levels of circulating heregulin did not respond.", "circulating neuregulin 1 level",
     ["high circulating heregulin", "circulating heregulin level"]),
    # (s50) a level named as that of the product's expression, or measured in the tumour, with "either"/"both"
    ("High levels of expression of MET were seen in half the tumours.", "MET expression", []),
    ("Elevated levels of mRNA expression of EREG marked the responders.", "epiregulin expression", []),
    ("High tumour expression of either AREG or EREG was the criterion.", "amphiregulin expression", []),
    ("Low tissue expression of both PTEN and CDX2 went with relapse.", "low PTEN expression", []),
])
def test_s42_entity_forms(text, name, names):
    found = [m.entity for m in _mentions(text) if m.entity.name == name]
    assert found, [m.entity.name for m in _mentions(text)]
    assert all(n.lower() in _names(found[0]) for n in names), _names(found[0])


@pytest.mark.parametrize("text,not_names", [
    # a genus before an English word is no binomial; a capitalised word is no genus unless a bacterium's
    ("Streptococcus were common, and Fusobacterium abundance was high.", ["Streptococcus were", "Fusobacterium abundance"]),
    ("Umbrella reviews summarise this, and Kupffer cells clear it.", ["Umbrella reviews", "Kupffer cells"]),
    # a methyltransferase inhibitor named by its target or another substrate is no DNA methyltransferase inhibitor
    ("EZH2 methyltransferase inhibitors and histone methyltransferase inhibitors were tested.",
     ["DNA methyltransferase inhibitor"]),
    # the level of a gene's product that a sentence does not say rose or fell stays the gene
    ("Levels of AXL were measured in each line.", ["AXL expression"]),
])
def test_s42_not_entities(text, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert not set(not_names) & set(found), found


def test_s42_letter_drugs():
    """One-letter short forms of drugs, read only where the letter stands in a combination (builders/letter_drugs.py)."""
    text = ("Patients received encorafenib (E) + cetuximab (C) or E + C + alpelisib (A). "
            "Response rates for E+C and E+C+A were 20% and 30%. Arm E and vitamin D were not compared.")
    regimens = {m.entity.name for m in _mentions(text) if m.entity.category == "Regimen"}
    assert {"cetuximab + encorafenib", "alpelisib + cetuximab + encorafenib"} <= regimens, regimens
    # a letter standing alone ("Arm E", "vitamin D") is no drug
    assert _letters_in_chains_only(text)


def _letters_in_chains_only(text: str) -> bool:
    """Whether every one-letter drug mention of ``text`` stands in a "+" chain of its sentence."""
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("forms.txt", text)
    reading = Reading(doc, context())
    for s in doc.sentences:
        for m in reading.recognize(s).merged():
            if len(m.text) == 1 and m.entity.category == "Drug" and "+" not in s.norm[max(0, m.start - 2):m.end + 2]:
                return False
    return True


@pytest.mark.parametrize("text,names,not_names", [
    # the mutation word after a protein change that ends a list of genes is every item's
    ("Tumours with KRAS, NRAS, or BRAF V600E mutations were excluded.", ["KRAS mutation", "NRAS mutation", "BRAF V600E"],
     ["KRAS"]),
    ("KRAS codon 146, HRAS and BRAF V600E mutations were rare.", ["KRAS codon 146 mutation", "HRAS mutation"], []),
    # a gene outside the list (no comma or "and" right after it) stays a gene
    ("EGFR was expressed, and NRAS and BRAF V600E mutations were rare.", ["EGFR", "NRAS mutation"], ["EGFR mutation"]),
])
def test_s42_genes_listed_before_a_protein_change(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert set(names) <= set(found) and not set(not_names) & set(found), found


@pytest.mark.parametrize("text,name,written", [
    # an adverse event a sentence makes a marker of benefit: called a marker, the group who had it doing better, or
    # its development going with a better outcome
    ("Proteinuria might serve as a predictive marker of ramucirumab activity.", "proteinuria", "Proteinuria"),
    ("Patients who developed grade 2 rash had significantly longer survival.", "skin rash", "grade 2 rash"),
    ("Onset of hand-foot syndrome was associated with improved PFS.", "hand-foot syndrome", "hand-foot syndrome"),
    # s58: said to predict efficacy (a short form no gene's alias there), associated with response, a better outcome
    # said of its group first (the grade after it kept)
    ("Serum albumin and HFS might predict the efficacy of regorafenib.", "hand-foot syndrome", "HFS"),
    ("Acneiform rash correlated with response to panitumumab.", "skin rash", "Acneiform rash"),
    ("Median survival was longer among patients with skin reactions >= grade 2.", "skin rash", "skin reactions >= grade 2"),
    ("Response rates were higher in patients who developed grade 2 or higher hypertension.", "hypertension",
     "grade 2 or higher hypertension"),
    # transcriptomic subtypes by their classifiers' names
    ("Tumours of the goblet-like subtype responded to FOLFIRI.", "goblet-like subtype", "goblet-like subtype"),
    # metastases confined to one organ
    ("Patients with liver-limited disease were randomised.", "liver-only disease", "liver-limited disease"),
])
def test_s42_markers_by_name(text, name, written):
    found = [m for m in _mentions(text) if m.entity.name == name]
    assert found and found[0].entity.category == "Biomarker" and found[0].text == written, \
        [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    # a list of adverse events, and an event whose group fared worse or otherwise, name no marker
    "Grade 3 events were hypertension (12%), proteinuria (5%) and rash (3%).",
    "Patients with hypertension had higher rates of cardiac events.",
    "Hypertension was associated with a higher risk of stroke.",
    # s58: the most frequent toxicity, a dose reduction, a denied correlation, a share after a grade-like number
    "Rash was the most frequent toxicity of panitumumab.",
    "Dose reductions due to HFS were needed in a fifth of the patients.",
    "Rash did not correlate with outcome.",
    "Rates of cardiac events were higher in patients with hypertension.",
])
def test_s42_adverse_events_no_markers(text):
    assert not [m for m in _mentions(text) if m.entity.category == "Biomarker"], \
        [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text,names,not_names", [
    # a staining score without its gene is the score of the gene the sentence scores before it, with the in-situ
    # hybridisation result positive or negative
    ("Cohorts enrolled HER2-positive tumours (IHC 3+ or IHC 2+/ISH+) and tumours that were IHC 2+/ISH- or IHC 1+.",
     ["ERBB2 IHC 3+", "ERBB2 IHC 2+/ISH+", "ERBB2 IHC 2+/ISH-", "ERBB2 IHC 1+"], []),
    # no scored gene before it: nothing ("KRAS" is no protein scored by staining)
    ("Tumours with KRAS mutations and IHC 3+ staining were eligible.", [], ["KRAS IHC 3+"]),
    ("Tumours scored IHC 3+ were eligible.", [], ["ERBB2 IHC 3+"]),
])
def test_s42_scores_without_their_gene(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert set(names) <= set(found) and not set(not_names) & set(found), found


@pytest.mark.parametrize("text,name,microbe", [
    # how much of a microbe a tumour carries is a biomarker of its own; the microbe stays named
    ("High F. nucleatum abundance predicted relapse.", "Fusobacterium nucleatum abundance", "Fusobacterium nucleatum"),
    ("The load of Bacteroides fragilis was measured by qPCR.", "Bacteroides fragilis abundance", "Bacteroides fragilis"),
    ("Fusobacterium periodonticum-high tumours relapsed earlier.", "Fusobacterium periodonticum abundance",
     "Fusobacterium periodonticum"),
])
def test_s42_microbe_abundance(text, name, microbe):
    found = {m.entity.name: m.entity.category for m in _mentions(text)}
    assert found.get(name) == "Biomarker" and found.get(microbe) == "CellType", found


def test_s42_cell_levels_are_no_microbe_abundance():
    found = [m.entity.name for m in _mentions("Kupffer cell levels and HT-29 levels were measured.")]
    assert not [n for n in found if n.endswith("abundance")], found


@pytest.mark.parametrize("text,name,not_name", [
    # a gene lost on both alleles, however the words for both alleles and the loss stand around it
    ("Biallelic loss of the gene encoding JAK2 was found in one non-responder.", "JAK2 biallelic loss", "JAK2 loss"),
    ("JAK1 biallelic loss emerged at progression.", "JAK1 biallelic loss", "JAK1"),
    ("Bi-allelic inactivation of SMAD4 was rare.", "SMAD4 biallelic loss", "SMAD4"),
    ("A homozygous PTEN deletion was present.", "PTEN homozygous deletion", "PTEN loss"),
    # a loss of one copy stays the loss
    ("Heterozygous loss of SMAD4 was common.", "SMAD4 loss", "SMAD4 biallelic loss"),
])
def test_s42_losses_of_both_alleles(text, name, not_name):
    found = [m.entity.name for m in _mentions(text)]
    assert name in found and not_name not in found, found


@pytest.mark.parametrize("text, code", [
    ("EA 7501 Drug Resistance in Oncology, Department of Pharmacology, University of Lyon, France.", "EA 7501"),
    ("EA 4102 Tumour Escape and Treatment Resistance, Faculty of Medicine, 75006 Paris CEDEX, France.", "EA 4102"),
])
def test_laboratory_code_in_an_affiliation_is_no_drug(text, code):
    assert all(m.entity.category != "Drug" for m in _mentions(text)), [m.entity.name for m in _mentions(text)]


def test_code_name_given_beside_an_institution_stays_a_drug():
    text = "Patients were treated with the MEK inhibitor ZN-4821 at the University of Lyon."
    assert "ZN-4821" in {m.entity.name for m in _mentions(text)}


@pytest.mark.parametrize("text, names, not_names", [
    # each option counted on its own: no combination spans a share or count in brackets
    ("Second most frequent was BRAF inhibitor with chemotherapy (22%), then FP-doublet (15%), mono-chemotherapy (7%), "
     "trifluridine/tipiracil (4%), regorafenib (2%) and other agents (9%).",
     {"TAS-102", "regorafenib"}, {"chemotherapy + regorafenib + TAS-102", "regorafenib + TAS-102"}),
    ("Patients received FOLFOX (n = 40), FOLFIRI (n = 22) or capecitabine plus bevacizumab (n = 9).",
     {"FOLFOX", "FOLFIRI", "bevacizumab + capecitabine"}, {"FOLFIRI + FOLFOX"}),
    # a dose in brackets is no count: the combination stands
    ("Patients received cetuximab (500 mg/m2) plus irinotecan.", {"cetuximab + irinotecan"}, set()),
])
def test_counted_options_are_no_combination(text, names, not_names):
    found = {m.entity.name for m in _mentions(text)}
    assert names <= found and not (not_names & found), found


@pytest.mark.parametrize("text, absent, present", [
    # s44: the optional part of a therapy ("A ± B", "A with or without B") has nothing added to it alone
    ("Patients were randomised to CAPOX ± bevacizumab with SIRT or without SIRT.",
     "bevacizumab + selective internal radiation therapy", None),
    ("Patients received FOLFIRI plus or minus panitumumab plus radioembolization.",
     "panitumumab + selective internal radiation therapy", None),
    # near miss: an optional part of two pieces stays one part, given whole with the therapy (s56: the arm's regimen,
    # never one piece of the pair with it)
    ("Maintenance was cetuximab ± fluorouracil/folinate until progression.", "cetuximab + fluorouracil",
     "cetuximab + fluorouracil + leucovorin"),
])
def test_an_optional_part_opens_no_combination(text, absent, present):
    names = {m.entity.name for m in _mentions(text)}
    if absent:
        assert absent not in names
    if present:
        assert present in names


@pytest.mark.parametrize("text,member,not_family", [
    # a member written as its family's bracketed short form with the member's letter, number or Greek letter after it
    ("Vascular endothelial growth factor (VEGF)-D may predict benefit from ramucirumab.", "VEGF-D", "VEGF"),
    ("Serum interleukin (IL)-6 rose in patients who progressed on bevacizumab.", "IL-6", None),
    ("Transforming growth factor (TGF)-β excludes T cells from the tumour.", "TGF-β", None),
    ("Levels of tumour necrosis factor (TNF)-α were higher in resistant tumours.", "TNF-α", None),
])
def test_bracketed_short_form_with_a_member_suffix_is_the_member(text, member, not_family):
    names = [m.entity.name for m in _mentions(text)]
    assert member in names
    if not_family:
        assert not_family not in names


@pytest.mark.parametrize("text,name", [
    # no member the vocabulary knows: the long form keeps its own reading
    ("Hepatocyte growth factor (HGF)-Q levels were measured.", "HGF"),
    # a bracketed alteration before a hyphenated word is no member
    ("Tumours with KRAS (G12C)-mutant alleles were treated with sotorasib.", "KRAS G12C"),
])
def test_bracket_without_a_known_member_keeps_the_reading(text, name):
    assert name in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,name", [
    # a trial's name inside the bracket that gives its registry number is the name of that number's trial
    ("This phase II study tested A plus B in mCRC (QUILT-CRC, NCT04271813).", "QUILT-CRC"),
    ("Patients were enrolled in a single-arm study (QUILTER; ClinicalTrials.gov identifier: NCT01234567).", "QUILTER"),
    ("We report the first results (QUILT-7 ClinicalTrials.gov number, NCT04271813).", "QUILT-7"),
])
def test_name_inside_the_registry_bracket_is_the_trial(text, name):
    trials = {m.entity.name for m in _mentions(text) if m.entity.category == "Trial"}
    assert trials == {name}


@pytest.mark.parametrize("text", [
    "Patients with KRAS G12C mutations (KRAS, NCT04271813) were enrolled.",  # a gene
    "A trial in mCRC (CRC, NCT04271813) is ongoing.",  # the disease
])
def test_no_trial_name_from_a_known_word_in_the_registry_bracket(text):
    trials = {m.entity.name for m in _mentions(text) if m.entity.category == "Trial"}
    assert trials == {"NCT04271813"}


def test_a_list_of_registry_numbers_names_no_trial_by_another():
    text = "Two trials are ongoing (NCT01234567; NCT07654321)."
    trials = sorted(m.entity.name for m in _mentions(text) if m.entity.category == "Trial")
    assert trials == ["NCT01234567", "NCT07654321"]


@pytest.mark.parametrize("text", [
    # an analysis population of a trial is no trial's name
    "The ORR was 40% in the ITT cohort and 45% in the efficacy-evaluable cohort.",
    "DCRs were 80% and 75% in the per-protocol and ITT cohorts, respectively.",
    "Efficacy was analysed in the mITT population and in the FAS cohort.",
])
def test_an_analysis_population_is_no_trial(text):
    assert not [m for m in _mentions(text) if m.entity.category == "Trial"]


def _assert_named_with_forms(text: str, name: str, forms: list[str]) -> None:
    """The text names ``name``, and the node carries every one of ``forms`` among its names."""
    found = {m.entity.name: m.entity for m in _mentions(text)}
    assert name in found, sorted(found)
    assert {f.lower() for f in forms} <= _names(found[name]), sorted(_names(found[name]))


def _assert_not_named(text: str, not_name: str) -> None:
    names = {m.entity.name for m in _mentions(text)}
    assert not_name not in names, sorted(names)


# s47 classes: a class of therapy named by its target, mechanism or format, however worded
@pytest.mark.parametrize("text,name,forms", [
    # a class written by what it does to its target ("-blocking"), one node in the singular and the plural
    ("Evidence supports HER2-blocking agents in refractory tumours.", "anti-HER2 therapy", ["HER2-blocking agent"]),
    ("A HER3-blocking antibody was added at progression.", "anti-HER3 antibody", []),
    ("Tumours escape PD-L1-blocking antibodies through other checkpoints.", "anti-PD-L1 antibody", []),
    # a cytotoxic or chemotherapeutic agent is chemotherapy; an angiogenic inhibitor the angiogenesis inhibitor
    ("Cytotoxic agents damage dividing cells.", "chemotherapy", ["cytotoxic agent"]),
    ("Chemotherapeutic drugs were given every two weeks.", "chemotherapy", []),
    ("Angiogenic inhibitors prolong survival in metastatic disease.", "angiogenesis inhibitor", ["angiogenic inhibitor"]),
    # a therapy made of a soluble receptor of a ligand, by its format
    ("Aflibercept, a soluble VEGF receptor, traps the ligand.", "VEGF decoy receptor", ["soluble VEGF receptor"]),
    ("The fusion protein acts as a recombinant soluble decoy receptor for PlGF.", "placental growth factor decoy receptor",
     ["soluble decoy receptor for PlGF"]),
    ("Soluble decoy receptors bind the ligand before the receptor does.", "soluble decoy receptor", []),
    # a non-drug treatment by its name, and a prefix sharing the next item's "therapy"
    ("Exosomal RNAs govern sensitivity to radio- and chemotherapy.", "radiotherapy", []),
    ("Chemo- or radiotherapy was offered after surgery.", "chemotherapy", []),
    ("Resistance to chemoradiation limits local control.", "chemoradiotherapy", ["chemoradiation"]),
])
def test_s47_class_forms(text, name, forms):
    _assert_named_with_forms(text, name, forms)


@pytest.mark.parametrize("text,not_name", [
    # a level of a soluble receptor is a circulating marker, never a therapy; a bare "blocking" names no class
    ("Soluble VEGF receptor levels rose after treatment.", "VEGF decoy receptor"),
    ("Plasma soluble VEGFR-2 was measured at baseline.", "VEGFR-2 decoy receptor"),
    ("Blocking agents were washed out before staining.", "anti-blocking therapy"),
    ("Radio-labelled and fluorescent probes were used.", "radiotherapy"),
])
def test_s47_not_classes(text, not_name):
    _assert_not_named(text, not_name)


@pytest.mark.parametrize("text,combined", [
    # s47 classes: the members of a plural class in brackets are combined only where a combination of the class is said
    ("A combination of all cytotoxic agents (fluorouracil, oxaliplatin and irinotecan) was tested.", True),
    ("The combination of the cytotoxic drugs (5-FU, oxaliplatin, and irinotecan) improved response.", True),
    ("Cytotoxic agents (fluorouracil, oxaliplatin and irinotecan) remain the backbone.", False),
    ("Chemotherapeutic drugs (5-FU and irinotecan) were given one after the other.", False),
])
def test_s47_combination_of_a_class_members(text, combined):
    names = {m.entity.name for m in _mentions(text)}
    assert (any(" + " in n for n in names)) == combined, sorted(names)


@pytest.mark.parametrize("text,name", [
    # s47 classes: one "anti-" shared over a slash of two checkpoints is both blockades given together, as "dual A/B
    # blockade" is
    ("This dual anti-TIGIT/PD-1 blockade could offer a benefit.", "anti-PD-1 antibody + anti-TIGIT antibody"),
    ("Anti-LAG-3/PD-1 blockade was tolerable in a phase I study.", "anti-LAG-3 antibody + anti-PD-1 antibody"),
    ("Tumours shrank after combined anti-CTLA-4/PD-1 inhibition.", "anti-CTLA-4 antibody + anti-PD-1 antibody"),
])
def test_s47_anti_slash_blockade(text, name):
    names = {m.entity.name for m in _mentions(text)}
    assert name in names, sorted(names)


@pytest.mark.parametrize("text,not_name", [
    # both sides of one axis are one class; an antibody to two targets may be one bispecific agent
    ("Anti-PD-1/PD-L1 blockade is ineffective in MSS tumours.", "anti-PD-1 antibody + anti-PD-L1 antibody"),
    ("Anti-PD-1/CTLA-4 antibodies were given every three weeks.", "anti-CTLA-4 antibody + anti-PD-1 antibody"),
])
def test_s47_no_anti_slash_combination(text, not_name):
    _assert_not_named(text, not_name)


@pytest.mark.parametrize("text,name,forms", [
    # s47 classes: a plain format listed as a kind of a class named by its target is that format acting on the target
    ("Evidence supports HER2-directed agents, including tyrosine kinase inhibitors and antibody-drug conjugates.",
     "HER2 tyrosine kinase inhibitor", []),
    ("Evidence supports HER2-directed agents, including tyrosine kinase inhibitors and antibody-drug conjugates.",
     "anti-ERBB2 antibody-drug conjugate", ["HER2 antibody-drug conjugate"]),
    ("Drugs targeting the EGFR, such as the oral tyrosine kinase inhibitors, have little activity.",
     "EGFR tyrosine kinase inhibitor", []),
    ("Anti-VEGF agents, e.g. monoclonal antibodies, were approved first.", "anti-VEGF antibody", []),
])
def test_s47_format_listed_under_a_targeted_class(text, name, forms):
    _assert_named_with_forms(text, name, forms)


@pytest.mark.parametrize("text,not_name", [
    # a head with no target, or a format joined to it by no list word, narrows nothing
    ("Targeted agents, including monoclonal antibodies and tyrosine kinase inhibitors, were approved.", "tyrosine kinase inhibitor"),
    ("HER2-directed agents and tyrosine kinase inhibitors were both tested.", "HER2 tyrosine kinase inhibitor"),
])
def test_s47_no_format_narrowing(text, not_name):
    names = {m.entity.name for m in _mentions(text)}
    if not_name == "tyrosine kinase inhibitor":
        assert not any(n.endswith("tyrosine kinase inhibitor") and n != not_name for n in names), sorted(names)
    else:
        assert not_name not in names, sorted(names)


@pytest.mark.parametrize("text,name,not_name", [
    # s47 classes: "stimulatory" narrows an antibody or agonist class only
    ("A co-stimulatory CD28 agonist enhanced T-cell activation.", "costimulatory CD28 agonist", "CD28 agonist"),
    ("Stimulatory bispecific antibodies engage CD28 on T cells.", "stimulatory bispecific antibody", "bispecific antibody"),
    ("A stimulatory MEK inhibitor dose was chosen.", "MEK inhibitor", "stimulatory MEK inhibitor"),
])
def test_s47_stimulatory_kind(text, name, not_name):
    names = {m.entity.name for m in _mentions(text)}
    assert name in names and not_name not in names, sorted(names)


# s47 restore: a resistant subline written with an R glued to its parent's number is one cell line; a receptor or
# a gene written the same way is not
@pytest.mark.parametrize("text, name", [
    ("Regorafenib lowered stemness in HCT-116R cells.", "HCT-116R"),
    ("Regorafenib lowered stemness in DLD-1R and SW620R cells.", "SW620R"),
])
def test_a_glued_r_names_a_resistant_subline(text, name):
    lines = [m.entity for m in _mentions(text) if m.entity.category == "CellType" and m.entity.attr("cell_line")]
    assert name in {e.name for e in lines}


@pytest.mark.parametrize("text", ["Signalling through IL-2R was unchanged.", "CD4R cells were counted."])
def test_no_subline_from_a_glued_r_elsewhere(text):
    assert not [m for m in _mentions(text) if m.entity.category == "CellType" and m.entity.attr("cell_line")]


# s48: a gene symbol ending in a number, written with a hyphen before the number, in a gene-like place
@pytest.mark.parametrize("text,name", [
    ("VCAM-1 expression rose after two cycles.", "VCAM1"),
    ("High ICAM-1, VCAM-1 and IL6 levels were prognostic.", "ICAM1"),
    ("SMAD-4, ZEB-1 and TP53 were sequenced.", "SMAD4"),
])
def test_hyphen_numbered_symbol(text, name):
    assert name in {m.entity.name.split()[0] for m in _mentions(text)}  # the gene, or its marker ("VCAM1 level")


@pytest.mark.parametrize("text,not_name", [
    ("CMS1 tumours fared worse than CMS2-4 tumours.", "MYO9A"),  # a range of subtypes, not the alias CMS24
    ("In the single-arm PSI-6 trial, 24 patients were treated.", "PCDHGB9P"),  # a trial, not a pseudogene's alias
    ("Results of PEAK-1 were reported in 2024.", "PEAK1"),  # no gene-like place: a trial's acronym and number
])
def test_no_symbol_from_a_hyphenated_name(text, not_name):
    _assert_not_named(text, not_name)


# s48 signal: a short symbol followed by an exon or codon is the gene ("MET exon 14 skipping"), and a family's
# members written with the first whole and the others by a hyphen and their number are each member
@pytest.mark.parametrize("text, name", [
    ("Tumours harbouring MET exon 14 skipping alterations were rare.", "MET exon 14 skipping"),
    ("MET exon 14 skipping mutations respond to capmatinib.", "MET exon 14 skipping"),
    ("Imatinib is active against KIT exon 11 mutations.", "KIT exon 11 mutation"),
])
def test_a_short_symbol_before_its_exon_is_the_gene(text, name):
    assert name in {m.entity.name for m in _mentions(text)}


@pytest.mark.parametrize("text", ["They met exon 2 criteria.", "The trial met its primary end point."])
def test_a_lower_case_word_before_an_exon_is_no_gene(text):
    assert "MET" not in {m.entity.name for m in _mentions(text)}


@pytest.mark.parametrize("text, genes", [
    ("Fruquintinib inhibits VEGFR-1, -2 and -3.", {"FLT1", "KDR", "FLT4"}),
    ("Fruquintinib inhibits VEGFR1, -2, and -3 selectively.", {"FLT1", "KDR", "FLT4"}),
    # s49 classappos: bare numbers after the whole first member, a list closed by "and"/"or"
    ("Zeltinib inhibits VEGFR1, 2, and 3 selectively.", {"FLT1", "KDR", "FLT4"}),
    ("Zeltinib blocks FGFR1, 2 and 3 in these models.", {"FGFR1", "FGFR2", "FGFR3"}),
    ("Zeltinib is an inhibitor of VEGFR-1, 2 or 3.", {"FLT1", "KDR", "FLT4"}),
])
def test_elided_family_members_are_each_member(text, genes):
    assert genes <= {m.entity.name for m in _mentions(text) if m.entity.category == "Gene"}


@pytest.mark.parametrize("text, gene", [
    ("Levels of VEGFR2, 3, and 11 were measured.", "FLT4"),  # an item the family lacks: the list as before
    ("Zeltinib inhibits FGFR2 and 3 mice.", "FGFR3"),  # two items with no comma: a name and a count
])
def test_a_bare_number_list_the_family_lacks_or_too_short_adds_nothing(text, gene):
    names = [m for m in _mentions(text) if m.entity.name == gene and "and" in m.text]
    assert not names


def test_an_elided_item_the_family_lacks_names_no_member():
    names = {m.entity.name for m in _mentions("Regorafenib inhibits VEGFR-2, -5 in these assays.")}
    assert "FLT4" not in names and "FLT1" not in names


@pytest.mark.parametrize("text,names,not_names", [
    # s50: protein changes listed before their one gene are each that gene's change
    ("Tumours carrying Q61H or Q61L NRAS mutations relapsed early.", ["NRAS Q61H", "NRAS Q61L"], ["NRAS"]),
    ("The A146T, A146V and A146P KRAS variants were rare.", ["KRAS A146T", "KRAS A146V", "KRAS A146P"], ["KRAS"]),
    ("We modelled p.L1196M and p.G1202R ALK mutations in cells.", ["ALK L1196M", "ALK G1202R"], []),
    ("Cells bearing T790M/C797S EGFR were made.", ["EGFR T790M", "EGFR C797S"], []),
    ("Both D835Y and F691L FLT3-mutant clones grew out.", ["FLT3 D835Y", "FLT3 F691L"], []),
    # the protein's name stands for its gene in such a list
    ("The L1951R and G2032R ROS1 mutations were seen.", ["ROS1 L1951R", "ROS1 G2032R"], []),
    ("The V842I and L755S HER2 mutations were seen.", ["ERBB2 V842I", "ERBB2 L755S"], []),
    # near misses: a change written right after another gene is that gene's, not the next one's
    ("KRAS G12V and V600E BRAF mutations were mutually exclusive.", ["KRAS G12V", "BRAF V600E"],
     ["KRAS V600E", "BRAF G12V"]),
    ("We found KRAS Q61H, and E545K PIK3CA mutations.", ["KRAS Q61H", "PIK3CA E545K"], ["PIK3CA Q61H", "KRAS E545K"]),
    # a change closing an earlier clause is not joined to the next gene's
    ("The sample carried G12S. E542K PIK3CA mutations were also found.", ["PIK3CA E542K"], ["PIK3CA G12S"]),
    # the mutation word between the changes and their gene ("the Q61H and Q61K mutations of NRAS")
    ("We found the Q61H and Q61K mutations of NRAS in two patients.", ["NRAS Q61H", "NRAS Q61K"], ["NRAS mutation"]),
    ("E542K, E545K or H1047R mutations in PIK3CA were frequent.", ["PIK3CA E542K", "PIK3CA E545K", "PIK3CA H1047R"],
     ["PIK3CA mutation"]),
    ("The single D1228N mutation in MET was found.", ["MET D1228N"], ["MET mutation"]),
    # near miss: a change after another gene is that gene's; the mutations "of" the next gene stay its own
    ("BRAF V600E and mutations of KRAS were exclusive.", ["BRAF V600E", "KRAS mutation"], ["KRAS V600E"]),
    # a change written with a hyphen before the shared status word
    ("G12C- and G12D-mutant KRAS cells were compared.", ["KRAS G12C", "KRAS G12D"], []),
])
def test_s50_protein_changes_listed_before_their_gene(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert set(names) <= set(found) and not set(not_names) & set(found), found


@pytest.mark.parametrize("text,names,not_names", [
    # s50: exons or codons listed right before their one gene and its mutation word are each a mutation of it
    ("Codons 12 and 13 KRAS mutations were found in half.", ["KRAS codon 12 mutation", "KRAS codon 13 mutation"],
     ["KRAS mutation"]),
    ("Patients with exon 3 or 4 NRAS mutations were excluded.", ["NRAS exon 3 mutation", "NRAS exon 4 mutation"], []),
    ("Exon 2, 3, and 4 RAS-mutant tumours did not respond.", ["RAS exon 2 mutation", "RAS exon 4 mutation"], []),
    ("We sequenced exon 9 and 20 PIK3CA mutations.", ["PIK3CA exon 9 mutation", "PIK3CA exon 20 mutation"], []),
    ("Codon 12 and codon 13 KRAS mutations differ.", ["KRAS codon 12 mutation", "KRAS codon 13 mutation"], []),
    # near misses: a range stays unread as places, a place ending a clause is no place of the next gene, and a place
    # shared by several genes is left alone
    ("Exons 2-4 KRAS mutations were found.", ["KRAS mutation"], ["KRAS exon 2 mutation"]),
    ("We read exon 20, NRAS mutations were rare.", ["NRAS mutation"], ["NRAS exon 20 mutation"]),
    ("Exon 15 BRAF and KRAS mutations were found.", [], ["KRAS exon 15 mutation"]),
])
def test_s50_places_listed_before_their_gene(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert set(names) <= set(found) and not set(not_names) & set(found), found
# s50 codenames: a compound's code name where the sentence speaks of resistance or sensitivity, a laboratory
# notebook's code (initials, roman volume, page, entry), a single letter and a 0-led number
@pytest.mark.parametrize("text,drug", [
    ("QRX-IV-12-08 restored sensitivity to irinotecan in resistant organoids.", "QRX-IV-12-08"),
    ("Growth of the xenografts was slowed by KTZ-II-7-15 alone.", "KTZ-II-7-15"),
    ("We found that ABD-VII-101-3b binds the receptor.", "ABD-VII-101-3b"),
    ("ZKT044 reversed resistance to oxaliplatin in spheroids.", "ZKT044"),
    ("Cells regained sensitivity to 5-FU after exposure to QRT 1234567.", "QRT 1234567"),
    ("Q0457 overcame acquired resistance to trametinib.", "Q0457"),
    ("Resistant clones were resensitized by XY-0092311.", "XY-0092311"),
    ("We used Q0733 to block the kinase.", "Q0733"),
    ("ZKT044 blocked ERK phosphorylation within an hour.", "ZKT044"),
    ("Blocking the receptor with QRT-5521 slowed growth.", "QRT-5521"),
])
def test_s50_code_name_beside_resistance(text, drug):
    assert drug in {m.entity.name for m in _mentions(text) if m.entity.category == "Drug"}


@pytest.mark.parametrize("text,not_drug", [
    ("HCT-116 and SW480 cells resistant to cetuximab were compared.", "HCT-116"),
    ("HCT-116 and SW480 cells resistant to cetuximab were compared.", "SW480"),
    ("U251 cells were resistant to temozolomide.", "U251"),
    ("Resistance was studied in NCT01234567, a phase II trial.", "NCT01234567"),
    ("Resistance to sotorasib arose in patient P-001.", "P-001"),
    ("Staining with clone QK1234 predicted resistance.", "QK1234"),
    ("Genes of resistance are listed in Table S1234.", "S1234"),
    ("Tumours with KRAS G12C showed resistance to cetuximab.", "G12C"),
    ("Resistance to cetuximab was reported in 2019 by our group.", "2019"),
    ("Cells from patient 2001 were resistant.", "2001"),
    ("SW620 cells were blocked in G1 by the treatment.", "SW620"),
    ("Antibody clone QK1234 blocked binding.", "QK1234"),
    # a data set's accession number, a notebook-like code after a label's word
    ("In GSE39582, high ERCC1 expression predicted resistance to oxaliplatin.", "GSE39582"),
    ("In the GSE17536 cohort, high TYMS expression predicted resistance to fluorouracil.", "GSE17536"),
    ("Reads deposited as PRJNA482043 showed resistance to cetuximab.", "PRJNA482043"),
    ("Samples from patient XY-IV-03-11 overcame resistance to cetuximab.", "XY-IV-03-11"),
    ("Table MK-II-10-2 lists the resistant compounds.", "MK-II-10-2"),
    # s54 combo: a meeting's abstract number
    ("Resistance to cetuximab was reported at the annual meeting (Abstract QR4410).", "QR4410"),
    ("The trial overcame resistance to sotorasib (Ann Oncol 2020;31 [suppl_4; abstr LBA-021]).", "LBA-021"),
    ("Data presented as LBA2210 showed resistance to panitumumab.", "LBA2210"),
])
def test_s50_no_code_name_beside_resistance(text, not_drug):
    assert not_drug not in {m.entity.name for m in _mentions(text) if m.entity.category == "Drug"}


# s50 codenames: "anti-" before a long name whose short form in brackets is the target names the anti-target class,
# however the long name is written
@pytest.mark.parametrize("text,name", [
    ("Resistance to anti-programmed death protein 1 (PD-1) therapy emerged.", "anti-PD-1 antibody"),
    ("Patients received anti-programmed death-1 (PD-1) antibodies.", "anti-PD-1 antibody"),
    ("Tumours resisted anti-programmed death ligand-1 (PD-L1) agents.", "anti-PD-L1 antibody"),
    ("Patients received anti-cytotoxic T lymphocyte antigen 4 (CTLA-4) treatment.", "anti-CTLA-4 antibody"),
    ("Tumours resisted anti-vascular endothelial growth factor receptor 2 (VEGFR2) agents.", "anti-VEGFR2 antibody"),
])
def test_s50_anti_before_a_long_name(text, name):
    assert name in {m.entity.name for m in _mentions(text) if m.entity.category == "DrugClass"}


@pytest.mark.parametrize("text", [
    "Levels of programmed death protein 1 (PD-1) expression were high.",
    "Anti-tumour programmed death protein 1 (PD-1) expression was measured.",
])
def test_s50_long_name_without_anti_head_is_no_class(text):
    assert not any(m.entity.category == "DrugClass" for m in _mentions(text))


# s50 codenames: a compound a document gives by its code name in one sentence is that compound where another sentence
# names it bare; a code given nowhere as a drug stays unread
@pytest.mark.parametrize("text,drug", [
    ("The MPS1 inhibitor QRT 7712345 was tested. QRT 7712345 reduced tumour growth.", "QRT 7712345"),
    ("We used QRT-99013 as a selective inhibitor of the kinase. QRT-99013 slowed growth.", "QRT-99013"),
    ("ZKT044 restored sensitivity to irinotecan. ZKT044 lowered ERK phosphorylation.", "ZKT044"),
    ("Mice were treated with QX-40215 daily. Tumours shrank after QX-40215 in all mice.", "QX-40215"),
    # (a code written like a cell line, right after a drug's head word: "the anti-EGFR antibody, A187")
    ("We compared the anti-EGFR antibody, A187, with cetuximab. Patients received A187 or cetuximab.", "A187"),
])
def test_s50_code_name_given_once_is_the_compound_elsewhere(text, drug):
    found = [m for m in _mentions(text) if m.entity.name == drug and m.entity.category == "Drug"]
    assert len(found) == 2, found


@pytest.mark.parametrize("text,not_drug", [
    ("Patient P-0012 was resistant to cetuximab. P-0012 relapsed early.", "P-0012"),
    ("HCT-116 cells were treated with cetuximab. HCT-116 grew slowly.", "HCT-116"),
    ("A549 cells were treated with the EGFR inhibitor. A549 grew slowly.", "A549"),
    ("The NCT01234567 trial tested cetuximab. NCT01234567 enrolled 40 patients.", "NCT01234567"),
    ("CD9731 blocked entry of the drug into cells. CD9731 was high.", "CD9731"),
    ("Trial of Zeltinib in Colorectal Cancer (Z4107): A Randomized Study. Z4107 enrolled 40 patients.", "Z4107"),
    ("LINC00973 expression was higher in oxaliplatin-resistant cells. LINC00973 rose.", "LINC00973"),
])
def test_s50_no_code_name_carried(text, not_drug):
    assert not any(m.entity.name == not_drug and m.entity.category == "Drug" for m in _mentions(text))
@pytest.mark.parametrize("text,span,name", [
    # a cell type written with its short form in brackets before the head word: one mention of the whole phrase
    ("T helper 17 (Th17) cells accumulated in the resistant tumours.", "T helper 17 (Th17) cells", "T-helper 17 cell"),
    ("Tumours rich in regulatory T (Treg) cells resisted the antibody.", "regulatory T (Treg) cells",
     "regulatory T cell"),
    ("Infiltrating T helper type 17 (T(H)17) cells and IL-17 raised G-CSF.", "T helper type 17 (T(H)17) cells",
     "T-helper 17 cell"),
    ("The extracellular signal-regulated kinase (ERK) was activated in resistant cells.",
     "extracellular signal-regulated kinase", "ERK"),
])
def test_cell_type_with_bracketed_short_form(text, span, name):
    found = [m for m in _mentions(text) if m.text == span]
    assert found and found[0].entity.name == name, [(m.text, m.entity.name) for m in _mentions(text)]


@pytest.mark.parametrize("text,not_span", [
    # a short form that names no cell type, or words that neither name it nor spell it, make no such mention
    ("Tumour budding (TB) cells were counted in every field.", "Tumour budding (TB) cells"),
    ("Resistant clones (Treg) cells were seen.", "Resistant clones (Treg) cells"),
])
def test_no_bracketed_cell_type(text, not_span):
    assert not_span not in [m.text for m in _mentions(text)]


@pytest.mark.parametrize("text,span,name", [
    # a gain named before a gene's copy number is the gene's copy-number gain (an alteration), not the measure
    ("Gain of ALK gene copy number was found in a third of the tumours.", "Gain of ALK gene copy number",
     "ALK amplification"),
    ("Tumours with a gain in MET copy number progressed early.", "gain in MET copy number", "MET amplification"),
    ("Copy number gains of the HER2 gene copy number were rare.", "Copy number gains of the HER2 gene copy number",
     "ERBB2 amplification"),
    # the measure itself, and its low value, stay markers
    ("ALK gene copy number was measured by FISH.", "ALK gene copy number", "ALK copy number"),
    ("Low EGFR gene copy number was linked to poor outcome.", "Low EGFR gene copy number", "low EGFR copy number"),
])
def test_copy_number_gain_before_gene(text, span, name):
    found = [m for m in _mentions(text) if m.text == span]
    assert found and found[0].entity.name == name, [(m.text, m.entity.name) for m in _mentions(text)]
@pytest.mark.parametrize("text,name,not_name", [
    # a receptor named after its ligand is the receptor the vocabulary knows by that name (builders/receptor_ligands.py)
    ("The agent blocks the colony stimulating factor-1 receptor on macrophages.", "CSF1R", "M-CSF"),
    ("Ramucirumab binds vascular endothelial growth factor receptor-2 with high affinity.", "KDR", "VEGF"),
    ("Tocilizumab, which blocks the interleukin 6 receptor, was added.", "IL6R", "IL-6"),
    # else the gene or family named by the ligand's symbol with an R
    ("Signalling through VEGF receptors on endothelial cells was reduced.", "VEGFR", "VEGF"),
    ("Lenvatinib also acts on fibroblast growth factor receptors in these tumours.", "FGFR", "FGF"),
    ("Antibodies to the TGF-beta receptors restored T-cell entry.", None, "TGF-β"),
])
def test_receptor_named_after_its_ligand(text, name, not_name):
    names = [m.entity.name for m in _mentions(text)]
    assert (name is None or name in names) and not_name not in names, names


@pytest.mark.parametrize("text,name", [
    # near-misses: the ligand itself, where it binds its receptor, or a soluble decoy receptor of it
    ("VEGF binds its receptors on endothelial cells.", "VEGF"),
    ("Mutations in the VEGF receptor-binding site were rare.", "VEGF"),
])
def test_ligand_before_receptor_words_kept(text, name):
    assert name in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text, regimen", [
    # (s50 17a2) a history written before a combination a hyphen joins: the combination is read whole, the first drug
    # alone is no history of its own
    ("In patients with prior irinotecan-cetuximab exposure, PFS was longer with regorafenib.", "cetuximab + irinotecan"),
    ("Patients receiving previous oxaliplatin-bevacizumab derived less benefit from aflibercept.", "bevacizumab + oxaliplatin"),
    ("Prior FOLFOX-bevacizumab treatment predicted poor response to trifluridine/tipiracil.", "bevacizumab + FOLFOX"),
])
def test_history_of_a_hyphened_combination_keeps_it_whole(text, regimen):
    names = {m.entity.name for m in _mentions(text)}
    assert regimen in names and not any(n.startswith("prior ") and n.endswith(" treatment") and "+" not in n and
                                        n.split()[1] in regimen.split(" + ")[0:2] for n in names), names


def test_history_of_one_drug_is_still_read():
    # (near miss) one drug's history, no combination after it
    names = {m.entity.name for m in _mentions("Patients with prior bevacizumab treatment derived less benefit from aflibercept.")}
    assert "prior bevacizumab treatment" in names, names


@pytest.mark.parametrize("text, name", [
    # (s50 17a2) the clipped "chemo" of news reports names chemotherapy, alone or in a combination
    ("Patients in the chemo only group lived 17 months.", "chemotherapy"),
    ("The group that got chemo plus cetuximab responded more often.", "cetuximab + chemotherapy"),
    ("The chemo-only arm had fewer rashes.", "chemotherapy"),
])
def test_clipped_chemotherapy(text, name):
    assert name in {m.entity.name for m in _mentions(text)}


@pytest.mark.parametrize("text", [
    # (near miss) the clipped word opening a compound names no therapy given
    "Loss of SMAD4 contributes to chemo-resistance.", "Chemo-naive patients were enrolled.",
])
def test_clipped_chemotherapy_compound_is_no_class(text):
    assert "chemotherapy" not in {m.entity.name for m in _mentions(text)}


# germline markers only where the words say so: a somatic driver's nucleotide change with "allele" is the tumour's, a
# star after a gene that is no drug-metabolising one is no star allele, a comma before a polymorphism's gene ends a
# clause; the lipoprotein receptor-related protein with a number is that member
@pytest.mark.parametrize("text,names,not_names", [
    ("Patients carrying the KRAS 35G>A allele had shorter PFS.", [], ["KRAS 35G>A"]),
    ("Carriers of the BRAF 1799T>A allele had shorter survival.", [], ["BRAF 1799T>A"]),
    ("Patients with the KRAS 35G>A polymorphism had shorter PFS.", ["KRAS 35G>A"], []),
    ("HER2*2 amplification predicted response to trastuzumab.", [], ["ERBB2*2"]),
    ("The UGT1A1*28 allele predicted severe neutropenia.", ["UGT1A1*28"], []),
    ("DPYD*2A carriers had severe toxicity.", ["DPYD*2A"], []),
    ("In tumours expressing EGFR, FCGR3A polymorphisms predicted response.", ["FCGR3A polymorphism"],
     ["EGFR polymorphism"]),
    ("Polymorphisms in FCGR2A, EGFR mutations and KRAS status were studied.", [], ["EGFR polymorphism"]),
    ("FCGR2A, FCGR3A, and EGF polymorphisms predicted response.", ["FCGR2A polymorphism", "FCGR3A polymorphism",
                                                                  "EGF polymorphism"], []),
    ("Low-density lipoprotein receptor-related protein 1 confers resistance.", ["LRP1"], ["LRP5/6"]),
    ("LDL receptor-related protein 1B was lost.", ["LRP1B"], ["LRP5/6", "LRP1"]),
    ("Wnt binds lipoprotein receptor-related protein 5/6 and Frizzled.", ["LRP5/6"], []),
    # a wild-type word before two genes apart by a bare comma is the first gene's (a longer list cut short stays one)
    ("In patients with wild-type KRAS, FCGR3A polymorphisms predicted response.", ["KRAS wild-type"],
     ["KRAS/FCGR3A wild-type"]),
    ("With the G protein Rab11a, KRAS wild-type cells resisted.", ["KRAS wild-type"], ["RAB11A/KRAS wild-type"]),
    ("Tumours were wild type for KRAS, NRAS, BRAFV600E, EGFR, and PIK3CA.", ["KRAS/NRAS wild-type"], []),
])
def test_germline_and_numbered_names(text, names, not_names):
    found = [m.entity.name for m in _mentions(text)]
    assert set(names) <= set(found) and not set(not_names) & set(found), found


@pytest.mark.parametrize("text", ["Vesicles shed by multidrug resistance (MDR) tumour cells made recipient cells tolerant.",
                                  "Exosomes from drug resistance cancer cells transferred miR-21 to sensitive cells.",
                                  "We compared multidrug resistance cells with their parental line."])
def test_resistance_naming_cells_is_no_mechanism(text):
    """"multidrug resistance (MDR) cancer cells": the resistance names the cells, a kind of cell line; the sentence
    states no mechanism."""
    assert not [m for m in _mentions(text) if m.entity.category == "ResistanceMechanism" and "resist" in m.text.lower()]


def test_resistance_in_cells_stays_a_mechanism():
    found = [m.entity.name for m in _mentions("ABCB1 overexpression causes multidrug resistance in colon cancer cells.")]
    assert "drug efflux" in found, found


@pytest.mark.parametrize("text,symbol", [
    # a gene's symbol the document defines as a measure, a group of people or a protein part names no gene there
    ("The median time to response (TTR) was 3.1 months. TTR did not differ between the KRAS-mutant and wild-type groups.",
     "TTR"),
    ("Event-free survival (EFS) was longer with FOLFIRI. EFS events were counted in the BRAF-mutant cohort.", "EFS"),
    ("Patients (PTS) were given panitumumab. PTS with HER2-amplified tumours responded less.", "PTS"),
    ("We measured the time to treatment failure (TTF) and recorded TTF for each arm receiving cetuximab.", "TTF"),
])
def test_a_symbol_the_document_defines_otherwise_is_no_gene(text, symbol):
    names = [m.entity.name for m in _mentions(text)]
    assert not any(n == symbol or n.startswith(symbol + " ") for n in names), names


@pytest.mark.parametrize("text,symbol", [
    # a long form that names the gene (or the process it was named after) keeps the symbol the gene
    ("Mesenchymal-epithelial transition (MET) amplification was found. MET amplification confers resistance.", "MET"),
    ("Transthyretin (TTR) was overexpressed in resistant cells. TTR knockdown restored sensitivity.", "TTR"),
    # a measure defined in one document leaves the gene's symbol in another
    ("TTR expression was high. The median time to progression was 5 months.", "TTR"),
])
def test_a_symbol_defined_as_its_gene_stays_the_gene(text, symbol):
    names = [m.entity.name for m in _mentions(text)]
    assert any(n == symbol or n.startswith(symbol + " ") for n in names), names


@pytest.mark.parametrize("text,name", [
    ("Patients with non-V600E BRAF mutations were enrolled.", "BRAF non-V600E"),  # a name that takes "non-" in
    ("Tumours with non-MSI-H status were enrolled.", "MSS/pMMR"),
    ("Non-smokers with KRAS G12C mutations were enrolled.", "KRAS G12C"),  # "non-" of another word
])
def test_a_name_that_holds_its_non_is_read(text, name):
    assert name in [m.entity.name for m in _mentions(text)], [m.entity.name for m in _mentions(text)]


# a name whose ligature glyph ("ﬂ", "ﬁ", "ﬀ") the text extraction dropped is still that name ("5-uorouracil"); a
# short name is never so read (no common word is made)
@pytest.mark.parametrize("text,name", [
    ("Patients received 5-uorouracil and leucovorin.", "fluorouracil"),
    ("Patients received uoropyrimidine-based chemotherapy.", "fluoropyrimidine"),
    ("Tumour-inltrating lymphocytes were scarce.", "tumor-infiltrating lymphocyte"),
])
def test_name_with_a_dropped_ligature(text, name):
    names = {n for m in _mentions(text) for n in (m.entity.name, *m.entity.synonyms)}
    assert name in names or any(name in n for n in names), names


# a change word before a gene that heads a process is the process's change, not the gene's ("the loss of RAS pathway
# negative feedback" is no RAS loss); before the gene alone it is the gene's
@pytest.mark.parametrize("text,absent", [
    ("EGFR is reactivated after the loss of RAS pathway negative feedback.", "RAS loss"),
    ("Loss of ERK-dependent feedback reactivates EGFR.", "ERK loss"),
    ("Loss of MAPK signalling feedback was seen.", "MAPK loss"),
])
def test_change_word_before_a_process_head(text, absent):
    assert absent not in {m.entity.name for m in _mentions(text)}


def test_change_word_before_the_gene_alone():
    assert "PTEN loss" in {m.entity.name for m in _mentions("Loss of PTEN confers resistance to cetuximab.")}


def test_an_assay_readout_after_a_drug_head_is_no_code_name():
    # "The inhibitor IC50 values ...": IC50 is the half-maximal concentration, never a compound
    assert not any(m.entity.name == "IC50" for m in _mentions("The inhibitor IC50 values were 5 nM. IC50 rose."))


@pytest.mark.parametrize("text", [
    # s54 review: the longer words naming a combination before the targets ("the synergistic effect of", 22
    # characters; "the combined activity of the") were cut off by a 20-character look-back
    "The synergistic effect of MEK and BCL-XL inhibition restored sensitivity to cetuximab.",
    "The combined activity of the MEK and BCL-XL inhibitors restored sensitivity to cetuximab.",
    "The combination of MEK and BCL-XL inhibition restored sensitivity to cetuximab.",
])
def test_s54_long_combination_words_before_targets(text):
    assert any(m.entity.category == "Regimen" and m.text.startswith("MEK and BCL-XL inhibit") for m in _mentions(text))


@pytest.mark.parametrize("text,name,forms", [
    # s55 liquid: a gene product written right after the blood specimen it was measured in is its level there
    ("High plasma Ang-2 was linked to shorter PFS.", "plasma angiopoietin-2 level", ["plasma angiopoietin-2 level"]),
    ("Patients with elevated pretreatment serum IL-6 were analysed.", "serum IL-6 level", ["serum IL-6 levels"]),
    # a product written by the longer name of one of its forms keeps that name, the vocabulary's as a synonym
    ("Baseline plasma VEGF-A levels were measured in all patients.", "plasma VEGF-A level", ["plasma VEGF level"]),
    # serum markers no gene names: LDH and CA19-9 (with an en dash too)
    ("High serum LDH was frequent in this cohort.", "serum LDH", ["high serum LDH", "LDH levels"]),
    ("An early decrease in carbohydrate antigen 19–9 (CA19–9) was recorded.", "serum CA19-9", ["CA19-9", "CA19–9"]),
])
def test_s55_blood_level_forms(text, name, forms):
    test_entity_carries_forms(text, name, forms)


@pytest.mark.parametrize("text,not_name", [
    # the specimen before a noun the product names a thing by, or a verb of change before the specimen
    ("Plasma VEGF receptor shedding was measured.", "plasma VEGF level"),
    ("IL-6 increased plasma VEGF in mice.", "plasma VEGF level"),
    # VEGF written as VEGF keeps the vocabulary's name
    ("Plasma VEGF levels were measured.", "plasma VEGF-A level"),
])
def test_s55_no_blood_level(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text", [
    "Baseline NLR was recorded in all patients.",                 # the usual abbreviation alone
    "A neutrophil–lymphocyte ratio of 3 or more was frequent.",   # the two cells joined by an en dash
    "The neutrophil-lymphocyte ratio was recorded.",              # or by a hyphen
])
def test_s55_neutrophil_to_lymphocyte_ratio(text):
    assert "neutrophil-to-lymphocyte ratio" in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text", ["NLRs sense bacterial products.", "NLRP3 inflammasome activation was seen."])
def test_s55_no_ratio_from_nod_like_receptors(text):
    assert "neutrophil-to-lymphocyte ratio" not in [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,name", [
    # s56 forms: a shared cell head after a bare marker ("CD4 and CD8 T cells"): each marker's T cells, not the gene
    ("Regulatory signals reached the CD4 and CD8 T cells of the tumour.", "CD4+ T cell"),
    ("Both CD8 and CD4 T lymphocytes expressed TIM-3.", "CD4+ T cell"),
    # a marker's "+" before a cell type with describing words between is the marker's subset of the cells
    ("The tumours were depleted of CD4+ effector T cells.", "CD4+ effector T cell"),
    # one cell of a population is the population's cell type ("a cancer stem-like cell")
    ("Each cancer stem-like cell formed a sphere.", "cancer stem cell"),
    ("Immature myeloid-cell recruitment rose on anti-VEGF therapy.", "immature myeloid cell"),
    ("Bone marrow derived cells home to the pre-metastatic niche.", "bone marrow-derived cell"),
    # a gene's variant named by its Roman number, glued or spelled out
    ("Tumours harbouring EGFRvIII responded poorly.", "EGFR vIII"),
    ("The EGFR variant III deletion was detected in two biopsies.", "EGFR vIII"),
    # the domain with its abbreviation in brackets before the mutation word
    ("EGFR extracellular domain (ECD) mutations were acquired on panitumumab.", "EGFR ectodomain mutation"),
    # a list of genes before a domain's mutation word: the domain is the last gene's, the others plain mutations
    ("Acquired KRAS and EGFR ectodomain mutations were found.", "KRAS mutation"),
    # a phosphorylated protein is its phospho marker, however written
    ("Levels of phosphorylated ERK fell in every biopsy.", "phospho-ERK"),
    ("pSTAT3-positive tumours were selected.", "phospho-STAT3"),
    ("Strong p-AKT staining was seen in resistant tumours.", "phospho-AKT"),
    ("Western blots showed lower pERK1/2 after treatment.", "phospho-ERK"),
    # a negative in-situ result written with the IHC score is a score of its own
    ("Tumours scored HER2 IHC 2+/ISH- were excluded.", "ERBB2 IHC 2+/ISH-"),
    # a trial named by a word and a Roman number where the sentence calls it a trial
    ("The Meridian III trial enrolled 900 patients.", "Meridian III"),
    ("Two trials, Meridian II, which compares A with B, and Meridian III, are ongoing.", "Meridian II"),
])
def test_s56_entity_forms(text, name):
    assert name in [m.entity.name for m in _mentions(text)], [m.entity.name for m in _mentions(text)]


@pytest.mark.parametrize("text,not_name", [
    # a phase, stage, grade or kind numbered in Roman is no trial
    ("This randomised Phase III trial enrolled 900 patients.", "Phase III"),
    ("Stage III patients in both trials received adjuvant therapy.", "Stage III"),
    ("Grade II toxicity was frequent in the trial.", "Grade II"),
    # a Roman-numbered word with no trial word near is no trial
    ("Meridian III enrolled colonies of cells.", "Meridian III"),
    # the active protein doing something, a raised form (the gene's activation) and the verb are no marker
    ("Phosphorylated AXL restimulated the PI3K pathway.", "phospho-AXL"),
    ("Elevated p-STAT3 levels were seen in resistant cells.", "phospho-STAT3"),
    ("IL-6 phosphorylated JAK1 in the treated cells.", "phospho-JAK1"),
    # the process noun stays the gene's activity; a tool named by the phospho form is no marker
    ("Trametinib reduced ERK phosphorylation in all lines.", "phospho-ERK"),
    ("A phospho-RTK array showed raised MET phosphorylation.", "phospho-RTK"),
    # a lower-case "p" before what names no gene: "pMMR", "pCR", "pT3"
    ("Patients with pMMR tumours and a pCR were counted.", "phospho-MMR"),
    # the ectodomain is never the first gene's of a list
    ("Acquired KRAS and EGFR ectodomain mutations were found.", "KRAS ectodomain mutation"),
    # a positive in-situ result stays the positive score
    ("Tumours scored HER2 IHC 2+/ISH+ were included.", "ERBB2 IHC 2+/ISH-"),
])
def test_s56_no_entity_form(text, not_name):
    assert not_name not in [m.entity.name for m in _mentions(text)]


def test_s56_roman_numbered_trial_named_bare_elsewhere():
    # a trial its sentence calls one ("two trials, Meridian II, ...") is that trial where another sentence names it bare
    text = "Two trials, Meridian II and Meridian III, were run. In Meridian III, 900 patients received A."
    found = [(m.text, m.entity.category) for m in _mentions(text)]
    assert found.count(("Meridian III", "Trial")) == 2, found


@pytest.mark.parametrize("text,variant", [
    ("Cells were treated with the IGF-IR kinase inhibitor QRX-AB541. Resistance to QRX-AB-541 alone was common.",
     "QRX-AB-541"),
    ("Cells were treated with the MEK inhibitor ZT-774. ZT774 alone had little effect.", "ZT774"),
])
def test_code_written_with_or_without_the_hyphen_before_its_digits_is_one_compound(text, variant):
    """(h57 prec4) A code a document gives as a drug names the same compound written with or without the hyphen
    before its digits."""
    mentions = _mentions(text)
    code = next(m.entity for m in mentions if m.text == text.split("inhibitor ")[1].split(".")[0])
    assert any(m.text == variant and m.entity.id == code.id for m in mentions), [(m.text, m.entity.name) for m in mentions]


def test_a_code_spelled_one_way_takes_no_other_name():
    """The near miss: a code spelled one way only names nothing else."""
    mentions = _mentions("Cells were treated with the MEK inhibitor ZT-774. ZT-77 was inactive.")
    assert not any(m.text.startswith("ZT-77") and m.text != "ZT-774" and m.entity.category == "Drug" for m in mentions), \
        [(m.text, m.entity.name) for m in mentions]


def test_gene_activation_named_as_written():
    """A gene's activation is also named with the name the text writes for the gene ("activation of ... MET and RON":
    `MST1R activation`, also "RON activation"), never with a pathway form."""
    from builders import read_source
    from builders.formats import Source

    text = "Activation of the receptor tyrosine kinases MET and RON contributed to resistance to cetuximab in colorectal cancer."
    result = read_source(Source("ron.txt", text, "", "ron.txt", "text"))
    mech = {e.name: set(e.synonyms) for e in result.entities if e.category == "ResistanceMechanism"}
    assert "RON activation" in mech.get("MST1R activation", set()), mech
    assert "RON pathway activation" not in mech.get("MST1R activation", set()), mech
