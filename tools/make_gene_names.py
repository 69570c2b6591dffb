"""Regenerate ``ontology/vocab/gene_protein_names.tsv`` (maintainers only; not run at build time).

Protein names and common spellings of genes that the literature on colorectal cancer
therapy uses and that HGNC alias symbols capture badly ("thymidine phosphorylase",
"β-catenin", "P-glycoprotein", "Mcl-1", "PD-L1"). The names are maintainer knowledge
of protein nomenclature (``NAMES`` below), checked against HGNC (CC0) through
``ontology/vocab/hgnc_genes.tsv``:

* every symbol must be an approved HGNC symbol (the script fails otherwise);
* a synonym that is the approved symbol of another gene is dropped;
* a synonym that is a previous or alias symbol of other genes only (not of this one)
  is dropped, as ambiguous;
* a synonym that is a common English word (``COMMON_WORDS``, and any single word with
  a wordfreq Zipf frequency >= 4 when written in lower case, unless that exact form is
  listed in ``CAPITALISED_OK``) is dropped;
* a synonym that is a drug name or drug synonym in ``ontology/vocab/drug_names.tsv``
  is dropped;
* a synonym claimed by two symbols is dropped from both.

Usage::

    pip install wordfreq==3.1.1   # maintainer-only
    python tools/make_gene_names.py > ontology/vocab/gene_protein_names.tsv

Rows are sorted by symbol; the dropped synonyms are listed on standard error.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VOCAB = REPO / "ontology" / "vocab"

COMMON_WORDS = {"cat", "set", "max", "ago", "tam", "bad", "bid", "bin", "can", "map", "met", "not", "was", "per",
                "ret", "rest", "ran", "raptor", "porcupine", "light", "april", "mig", "impact", "fast", "face",
                "snail", "slug", "twist", "neu", "ufo", "spring", "gas", "large", "sonic", "tab", "pigs", "dice"}
# Capitalised gene nicknames that are English words in lower case but standard in the field.
CAPITALISED_OK = {"Snail", "SNAIL", "Slug", "SLUG", "Twist", "TWIST", "Puma", "PUMA", "Bid", "Bim", "Bax", "Bak"}

# SYMBOL: synonym; synonym; ...   (Greek letters are written as used; no automatic spelling)
NAMES = """
# --- receptor tyrosine kinases and their pathways
EGFR: epidermal growth factor receptor; EGF receptor; HER1; HER-1; ErbB1; ErbB-1; ERBB1
ERBB2: HER2; HER-2; HER2/neu; ErbB2; ErbB-2; human epidermal growth factor receptor 2; v-erb-b2 erythroblastic leukemia viral oncogene homolog 2
ERBB3: HER3; HER-3; ErbB3; ErbB-3; v-erb-b2 erythroblastic leukemia viral oncogene homolog 3; human epidermal growth factor receptor 3
ERBB4: HER4; HER-4; ErbB4; v-erb-b2 erythroblastic leukemia viral oncogene homolog 4
UCA1: urothelial cancer associated 1; urothelial carcinoma-associated 1; urothelial carcinoma associated 1
MET: c-MET; c-Met; cMET; cMet; MET receptor; hepatocyte growth factor receptor; HGF receptor; HGFR
IGF1R: IGF-1R; IGF-IR; IGF1 receptor; insulin-like growth factor 1 receptor; insulin-like growth factor-1 receptor; type I insulin-like growth factor receptor; type 1 insulin-like growth factor receptor; insulin-like growth factor receptor 1
INSR: insulin receptor
FGFR1: FGFR-1; fibroblast growth factor receptor 1
FGFR2: FGFR-2; fibroblast growth factor receptor 2
FGFR3: FGFR-3; fibroblast growth factor receptor 3
FGFR4: FGFR-4; fibroblast growth factor receptor 4
KDR: VEGFR2; VEGFR-2; VEGF receptor 2; VEGFR 2; FLK-1; Flk-1; FLK1; KDR/Flk-1; VEGF receptor-2; vascular endothelial growth factor receptor 2; vascular endothelial growth factor receptor-2; kinase insert domain receptor
FLT1: VEGFR1; VEGFR-1; VEGF receptor 1; Flt-1; FLT-1; VEGF receptor-1; vascular endothelial growth factor receptor 1; vascular endothelial growth factor receptor-1
FLT4: VEGFR3; VEGFR-3; VEGF receptor 3; Flt-4; FLT-4; VEGF receptor-3; vascular endothelial growth factor receptor 3; vascular endothelial growth factor receptor-3
NRP1: neuropilin-1; neuropilin 1; NRP-1
NRP2: neuropilin-2; neuropilin 2; NRP-2
TEK: TIE2; Tie2; Tie-2; TIE-2; TIE-2 receptor; angiopoietin receptor
TIE1: Tie-1; TIE-1
PDGFRA: PDGFRα; PDGFR-α; PDGFR alpha; PDGFRalpha; platelet-derived growth factor receptor alpha; platelet-derived growth factor receptor α
PDGFRB: PDGFRβ; PDGFR-β; PDGFR beta; PDGFRbeta; platelet-derived growth factor receptor beta; platelet-derived growth factor receptor β
KIT: c-KIT; c-Kit; CD117; stem cell factor receptor
RET: RET receptor tyrosine kinase; RET proto-oncogene; ret proto-oncogene
ALK: anaplastic lymphoma kinase
ROS1: c-ROS1; ROS proto-oncogene 1
NTRK1: TRKA; TrkA; Trk-A
NTRK2: TRKB; TrkB
NTRK3: TRKC; TrkC
AXL: AXL receptor tyrosine kinase
MERTK: c-Mer; MerTK
EPHA2: EphA2
EPHB2: EphB2
CSF1R: CSF-1R; M-CSF receptor; c-FMS; c-fms; CD115; CSF1 receptor; CSF-1 receptor; colony-stimulating factor 1 receptor; colony stimulating factor 1 receptor; colony-stimulating factor-1 receptor
# non-receptor tyrosine kinases and focal adhesion
SRC: Src; c-Src; proto-oncogene tyrosine-protein kinase Src
PTK2: FAK; focal adhesion kinase
PXN: paxillin
# --- RAS-MAPK
KRAS: K-RAS; K-Ras; K-ras; Ki-ras; Ki-Ras; Kirsten rat sarcoma viral oncogene homolog
NRAS: N-RAS; N-Ras; N-ras
HRAS: H-RAS; H-Ras; H-ras; Ha-ras
BRAF: B-RAF; B-Raf; BRAF kinase
RAF1: c-Raf; c-RAF; CRAF; C-RAF; Raf-1; RAF-1
ARAF: A-RAF; A-Raf
MAP2K1: MEK1; MEK-1; MAPKK1; MKK1
MAP2K2: MEK2; MEK-2
MAPK3: ERK1; ERK-1; p44 MAPK
MAPK1: ERK2; ERK-2; p42 MAPK
MAPK14: p38α; p38 alpha; p38α MAPK; p38 MAPK
MAPK8: JNK1; JNK-1
PTPN11: SHP2; SHP-2; Shp2
SOS1: son of sevenless homolog 1; SOS-1
NF1: neurofibromin; neurofibromin 1
DUSP6: MKP-3; MKP3
# --- PI3K-AKT-mTOR and energy sensing
PIK3CA: p110α; p110alpha; PI3Kα; PI3K alpha; PI3K-alpha; PI3Kalpha
PIK3CB: p110β; PI3Kβ
PIK3CD: p110δ; PI3Kδ
PIK3CG: p110γ; PI3Kγ
PIK3R1: p85α; p85alpha
PTEN: phosphatase and tensin homolog
AKT1: AKT; Akt; Akt1; PKB; protein kinase B
AKT2: Akt2
MTOR: mTOR; mechanistic target of rapamycin; mammalian target of rapamycin; FRAP1
RICTOR: Rictor
RPS6KB1: p70S6K; S6K1; p70 S6 kinase; p70S6 kinase
EIF4EBP1: 4E-BP1; 4EBP1
STK11: LKB1
PRKAA1: AMPK; AMPKα1; AMPKα
# --- cell cycle, DNA damage checkpoints, p53
MKI67: Ki67; Ki-67; Ki-67 antigen
TP53: p53; tumor protein p53; tumour protein p53
MDM2: HDM2
CCND1: cyclin D1
CCNE1: cyclin E1
CDK1: cyclin-dependent kinase 1
CDK2: cyclin-dependent kinase 2
CDK4: cyclin-dependent kinase 4
CDK6: cyclin-dependent kinase 6
CDKN1A: p21Cip1; p21WAF1; p21Waf1/Cip1; p21(WAF1/CIP1)
CDKN1B: p27Kip1; p27(Kip1)
CDKN2A: p16INK4a; p16INK4A; p16(INK4a); p14ARF
RB1: pRb; retinoblastoma protein
CHEK1: CHK1; Chk1
CHEK2: CHK2; Chk2
ATM: ataxia telangiectasia mutated
ATR: ataxia telangiectasia and Rad3-related
WEE1: Wee1
AURKA: Aurora kinase A; Aurora-A; Aurora A; aurora kinase A
AURKB: Aurora kinase B; Aurora-B; Aurora B
PLK1: Polo-like kinase 1; polo-like kinase 1; Plk1
SKP2: Skp2
FBXW7: FBW7; Fbw7; FBXW7α; hCDC4
# --- Wnt, Notch, TGF-β, Hippo
CTNNB1: β-catenin; beta-catenin; beta catenin; β catenin; βcatenin
APC: adenomatous polyposis coli
AXIN1: Axin1; Axin-1
AXIN2: Axin2; Axin-2; conductin
GSK3B: GSK-3β; GSK3β; GSK-3beta; glycogen synthase kinase 3 beta; glycogen synthase kinase-3β
LGR5: Lgr5
RNF43: ring finger protein 43
ZNRF3: zinc and ring finger 3
DKK1: Dickkopf-1; DKK-1; Dkk1
GREM1: gremlin-1; gremlin 1
NOTCH1: Notch1; Notch-1; NOTCH-1
NOTCH2: Notch2; Notch-2
NOTCH3: Notch3
HES1: Hes1
SMAD2: Smad2
SMAD3: Smad3
SMAD4: Smad4; DPC4
TGFBR1: ALK5; ALK-5; TβRI; TGFβRI; TGF-β receptor I; TGF-β type I receptor
TGFBR2: TβRII; TGFβRII; TGF-β receptor II; TGF-β type II receptor; TGF-β receptor type II; TGFβ receptor type 2; TGF-β receptor type 2; transforming growth factor beta receptor 2
YAP1: YAP; Yes-associated protein; YAP65
WWTR1: TAZ; transcriptional coactivator with PDZ-binding motif
# --- transcription factors and stress responses
MYC: c-Myc; c-MYC; cMyc; c-myc
MYCN: N-Myc; N-MYC
JUN: c-Jun
FOS: c-Fos
FOSL1: Fra-1; FRA1
HIF1A: HIF-1α; HIF1α; HIF-1alpha; HIF-1 alpha; hypoxia-inducible factor 1-alpha; hypoxia-inducible factor-1α
EPAS1: HIF-2α; HIF2α; HIF-2alpha
VHL: von Hippel-Lindau
NFKB1: NF-κB; NF-kB; NF-kappaB; NF-κB1; NFκB; nuclear factor kappa B; nuclear factor-κB
RELA: p65; NF-κB p65; RelA
IKBKB: IKKβ; IKK-β; IKK2
NFKBIA: IκBα; IκB-α; IkappaBalpha
STAT1: Stat1
STAT3: Stat3; signal transducer and activator of transcription 3
STAT5A: Stat5a
STAT6: Stat6
JAK1: Janus kinase 1
JAK2: Janus kinase 2
NFE2L2: Nrf2; NRF2; NRF-2; nuclear factor erythroid 2-related factor 2
KEAP1: Keap1
SIRT1: sirtuin 1; Sirt1
PPARG: PPARγ; PPAR-γ; PPARgamma; PPAR-gamma
PPIA: cyclophilin A; CypA
ESR1: ERα; ER-alpha; estrogen receptor alpha; oestrogen receptor alpha
AR: androgen receptor
VDR: vitamin D receptor
NR1H4: FXR; farnesoid X receptor
FOXO3: FOXO3a; FoxO3a
FOXM1: FoxM1
HNF4A: HNF4α; HNF-4α; HNF4alpha
ATF4: activating transcription factor 4
XBP1: X-box binding protein 1
HSF1: heat shock factor 1
ATOH1: Math1; Hath1
CDX2: Cdx2
SOX2: Sox2
SOX9: Sox9
POU5F1: OCT4; Oct4; Oct-4; OCT-4; Oct3/4
NANOG: Nanog
KLF4: Klf4
BMI1: Bmi-1; Bmi1
ASCL2: Ascl2
# --- stemness and epithelial markers
PROM1: CD133; prominin-1; prominin 1; AC133
ALDH1A1: ALDH1; aldehyde dehydrogenase 1
CD44: CD44v6
EPCAM: EpCAM; CD326; epithelial cell adhesion molecule
DCLK1: DCAMKL1; doublecortin-like kinase 1
ALCAM: CD166
OLFM4: olfactomedin 4
CEACAM5: CEA; carcinoembryonic antigen
KRT20: CK20; cytokeratin 20
VIL1: villin
MUC2: mucin 2
GPA33: A33 antigen
TACSTD2: TROP2; Trop-2; TROP-2; Trop2
CLDN18: claudin 18.2; claudin-18.2; CLDN18.2
GUCY2C: guanylyl cyclase C
MSLN: mesothelin
FOLR1: folate receptor alpha; FRα
NECTIN4: nectin-4
# --- EMT and stroma
VIM: vimentin
CDH1: E-cadherin; E cadherin; epithelial cadherin; CD324
CDH2: N-cadherin; N cadherin; neural cadherin; CD325
CDH5: VE-cadherin; vascular endothelial cadherin; CD144
ZEB1: Zeb1; δEF1; TCF8
ZEB2: Zeb2
SNAI1: Snail; SNAIL; Snail1; SNAIL1
SNAI2: Slug; SLUG; Snail2
TWIST1: Twist; TWIST; Twist1
FN1: fibronectin
MMP1: MMP-1; interstitial collagenase
MMP2: MMP-2; gelatinase A
MMP3: MMP-3; stromelysin-1
MMP7: MMP-7; matrilysin
MMP9: MMP-9; gelatinase B
MMP14: MT1-MMP; MMP-14
TIMP1: TIMP-1
ACTA2: α-SMA; alpha-SMA; αSMA; alpha-smooth muscle actin; α-smooth muscle actin
FAP: fibroblast activation protein; FAPα
PDPN: podoplanin
COL1A1: collagen type I alpha 1
TNC: tenascin-C; tenascin C
LOX: lysyl oxidase
SPARC: osteonectin
THBS1: thrombospondin-1; thrombospondin 1
CAV1: caveolin-1; caveolin 1
ITGB1: integrin β1; integrin beta-1; CD29
ITGAV: integrin αv; CD51
ITGB3: integrin β3; CD61
PECAM1: CD31; PECAM-1
ENG: endoglin; CD105
VWF: von Willebrand factor
ESM1: endocan
# --- apoptosis, autophagy, ferroptosis
BCL2: Bcl-2; BCL-2; Bcl2
BCL2L1: Bcl-xL; BCL-xL; Bcl-XL; BCL-XL; Bcl-x
MCL1: Mcl-1; MCL-1; Mcl1
BCL2L11: BIM; Bim
BAX: Bax
BAK1: BAK; Bak
BID: Bid
PMAIP1: NOXA; Noxa
BBC3: PUMA; Puma
BIRC5: survivin
XIAP: X-linked inhibitor of apoptosis protein; X-linked inhibitor of apoptosis
BIRC2: cIAP1; c-IAP1
BIRC3: cIAP2; c-IAP2
CASP3: caspase-3; caspase 3
CASP7: caspase-7; caspase 7
CASP8: caspase-8; caspase 8
CASP9: caspase-9; caspase 9
CFLAR: c-FLIP; cFLIP
FAS: CD95; Fas receptor; APO-1; Fas
TNFRSF10A: DR4; TRAIL-R1; TRAIL receptor 1
TNFRSF10B: DR5; TRAIL-R2; TRAIL receptor 2; death receptor 5
APAF1: Apaf-1
PARP1: PARP-1; poly(ADP-ribose) polymerase 1; PARP
BECN1: Beclin-1; Beclin 1
MAP1LC3B: LC3B; LC3-II; LC3
SQSTM1: p62/SQSTM1; sequestosome 1; sequestosome-1
ULK1: Ulk1
GPX4: glutathione peroxidase 4
SLC7A11: xCT
AIFM2: FSP1; ferroptosis suppressor protein 1
ACSL4: acyl-CoA synthetase long-chain family member 4
# --- drug metabolism, targets of cytotoxics, transporters
TYMP: thymidine phosphorylase; PD-ECGF; platelet-derived endothelial cell growth factor
TYMS: thymidylate synthase; thymidylate synthetase
DPYD: DPD; dihydropyrimidine dehydrogenase
UPP1: uridine phosphorylase 1; uridine phosphorylase
UMPS: OPRT; orotate phosphoribosyltransferase
TK1: thymidine kinase 1
UNG: uracil-DNA glycosylase; UDG
CDA: cytidine deaminase
DCK: deoxycytidine kinase
RRM1: ribonucleotide reductase M1
RRM2: ribonucleotide reductase M2
DHFR: dihydrofolate reductase
MTHFR: methylenetetrahydrofolate reductase
CES2: carboxylesterase 2
UGT1A1: UDP-glucuronosyltransferase 1A1
TOP1: topoisomerase I; topoisomerase 1; DNA topoisomerase I; Topo I; TOPO1
TOP2A: topoisomerase IIα; topoisomerase II alpha; topoisomerase 2A; Topo IIα
ERCC1: excision repair cross-complementation group 1
GSTP1: GST-π; GSTπ; glutathione S-transferase pi; glutathione S-transferase P1
ABCB1: P-glycoprotein; P-gp; Pgp; MDR1; multidrug resistance protein 1; multidrug resistance 1
ABCC1: MRP1; multidrug resistance-associated protein 1
ABCC2: MRP2; multidrug resistance-associated protein 2
ABCC3: MRP3
ABCC10: MRP7
ABCG2: BCRP; breast cancer resistance protein; ABCP; MXR
ABCB5: ABCB5 transporter
SLCO1B1: OATP1B1
SLCO1B3: OATP1B3
SLC29A1: ENT1; hENT1
SLC2A1: GLUT1; GLUT-1; glucose transporter 1
SLC16A1: MCT1; MCT-1; monocarboxylate transporter 1
SLC16A3: MCT4; MCT-4; monocarboxylate transporter 4
SLC1A5: ASCT2
SLC7A5: LAT1
HSP90AA1: HSP90; Hsp90; HSP90α; heat shock protein 90
HSPA1A: HSP70; Hsp70
HSPB1: HSP27; Hsp27
# --- DNA repair
MLH1: MutL homolog 1
MSH2: MutS homolog 2
MSH6: MutS homolog 6
PMS2: PMS1 homolog 2
POLE: DNA polymerase epsilon; Pol ε; POLε
POLD1: DNA polymerase delta 1; Pol δ; POLδ
MUTYH: MYH
BRCA1: breast cancer gene 1
BRCA2: breast cancer gene 2
RAD51: Rad51
MGMT: O6-methylguanine-DNA methyltransferase; O(6)-methylguanine-DNA methyltransferase; O-6-methylguanine-DNA methyltransferase
XRCC1: X-ray repair cross-complementing protein 1
PRKDC: DNA-PKcs; DNA-PK
H2AX: γH2AX; γ-H2AX; gamma-H2AX; H2A.X
TP53BP1: 53BP1
ARID1A: BAF250a; BAF250A
# --- immune checkpoints and immune regulation
CD274: PD-L1; PDL1; PD L1; B7-H1; programmed death-ligand 1; programmed cell death ligand 1; programmed death ligand 1
PDCD1LG2: PD-L2; B7-DC
PDCD1: PD-1; PD1; CD279; programmed cell death protein 1; programmed death-1; programmed cell death 1
CTLA4: CTLA-4; CD152; cytotoxic T-lymphocyte-associated protein 4; cytotoxic T-lymphocyte antigen 4
LAG3: LAG-3; CD223; lymphocyte-activation gene 3
HAVCR2: TIM-3; TIM3; Tim-3; CD366
TIGIT: T cell immunoreceptor with Ig and ITIM domains
VSIR: VISTA; PD-1H; B7-H5
IDO1: IDO; indoleamine 2,3-dioxygenase 1; indoleamine 2,3-dioxygenase
TDO2: TDO; tryptophan 2,3-dioxygenase
CD47: integrin-associated protein
SIRPA: SIRPα; SIRPalpha; SIRP-α; CD172a
CD276: B7-H3
VTCN1: B7-H4
NT5E: CD73; ecto-5'-nucleotidase
ENTPD1: CD39
ADORA2A: A2A receptor; A2AR; adenosine A2A receptor
TNFRSF4: OX40; CD134
TNFRSF9: 4-1BB; CD137
TNFRSF18: GITR
KLRC1: NKG2A
KLRK1: NKG2D
CD226: DNAM-1
PVR: CD155
NECTIN2: CD112
CEACAM1: CEACAM-1
SIGLEC15: Siglec-15
ARG1: arginase-1; arginase 1; Arg1
NOS2: iNOS; inducible nitric oxide synthase
PTGS2: COX-2; COX2; cyclooxygenase-2; cyclooxygenase 2
PTGS1: COX-1; COX1; cyclooxygenase-1
PTGES: mPGES-1
HPGD: 15-PGDH
CGAS: cGAS; cyclic GMP-AMP synthase
STING1: STING; stimulator of interferon genes; TMEM173
TBK1: TANK-binding kinase 1
IRF1: IRF-1
IRF3: IRF-3
IFNGR1: IFN-γR1; IFNγR1; interferon gamma receptor 1; IFN-γ receptor; IFN-gamma receptor; interferon-γ receptor; interferon-gamma receptor
IL1R1: IL-1 receptor; IL-1R1; interleukin-1 receptor; interleukin-1 receptor type 1
RLN2: relaxin; relaxin-2
IFNAR1: IFNAR-1
TLR4: toll-like receptor 4; Toll-like receptor 4
TLR9: toll-like receptor 9; Toll-like receptor 9
MYD88: MyD88
NLRP3: NALP3; cryopyrin
CXCR4: CXCR-4; CD184; fusin
CXCR2: CXCR-2; IL-8 receptor beta; IL8RB
CXCR3: CXCR-3
CCR2: CCR-2
CCR4: CCR-4
CCR5: CCR-5; CD195
CCR7: CCR-7
IL6R: IL-6R; IL-6 receptor; CD126; interleukin-6 receptor; interleukin 6 receptor
IL6ST: gp130
IL2RA: CD25; IL-2Rα; IL-2 receptor alpha
TNFRSF1A: TNFR1; TNF receptor 1
# --- immune cell markers
CD8A: CD8; CD8α
CD3E: CD3ε; CD3
FOXP3: Foxp3; FoxP3; forkhead box P3
PTPRC: CD45
MRC1: CD206; mannose receptor
ITGAM: CD11b; Mac-1
ITGAX: CD11c
FCGR3A: CD16; CD16a
NCAM1: CD56
MS4A1: CD20
SDC1: CD138; syndecan-1
TCF7: TCF-1
TOX: thymocyte selection-associated high mobility group box
# --- antigen presentation
B2M: β2-microglobulin; beta-2-microglobulin; β2M; β2m; beta2-microglobulin; β2-m
TAP1: TAP-1; transporter associated with antigen processing 1
TAP2: TAP-2; transporter associated with antigen processing 2
TAPBP: tapasin
NLRC5: NLR family CARD domain containing 5
CIITA: class II transactivator; MHC class II transactivator
PSMB8: LMP7
PSMB9: LMP2
ERAP1: endoplasmic reticulum aminopeptidase 1
# --- epigenetics
EZH2: Ezh2; enhancer of zeste homolog 2
DNMT1: DNA methyltransferase 1
DNMT3A: DNA methyltransferase 3A
DNMT3B: DNA methyltransferase 3B
TET2: Tet2
HDAC1: histone deacetylase 1
HDAC2: histone deacetylase 2
HDAC6: histone deacetylase 6
KDM1A: LSD1; lysine-specific demethylase 1
BRD4: Brd4; bromodomain-containing protein 4
SMARCA4: BRG1
EP300: p300
CREBBP: CREB-binding protein
IDH1: isocitrate dehydrogenase 1
IDH2: isocitrate dehydrogenase 2
DOT1L: Dot1L
PRMT5: protein arginine methyltransferase 5
SETD2: SET domain containing 2
# --- metabolism
HK2: hexokinase 2; hexokinase II
PKM: PKM2; pyruvate kinase M2
LDHA: lactate dehydrogenase A; LDH-A; LDH5
GLS: glutaminase; GLS1; glutaminase 1
FASN: fatty acid synthase
ACLY: ATP citrate lyase
SCD: SCD1; stearoyl-CoA desaturase 1; stearoyl-CoA desaturase-1
HMGCR: HMG-CoA reductase
CPT1A: carnitine palmitoyltransferase 1A
G6PD: glucose-6-phosphate dehydrogenase
PHGDH: phosphoglycerate dehydrogenase
ASNS: asparagine synthetase
ASS1: argininosuccinate synthetase 1
ODC1: ornithine decarboxylase
CA9: carbonic anhydrase IX; CAIX; CA IX
"""


def parse_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for line in NAMES.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        symbol, _, rest = line.partition(":")
        if symbol.strip() in names:
            sys.exit(f"NAMES: {symbol} listed twice")
        names[symbol.strip()] = [s.strip() for s in rest.split(";") if s.strip()]
    return names


def main(argv: list[str]) -> int:
    try:
        from wordfreq import zipf_frequency  # maintainer-only dependency
    except ImportError:
        sys.exit("make_gene_names.py needs wordfreq (pip install wordfreq==3.1.1)")
    approved: set[str] = set()
    alias_of: dict[str, set[str]] = {}
    with open(VOCAB / "hgnc_genes.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            approved.add(row["symbol"])
            for alias in filter(None, (row["previous_symbols"] + "|" + row["alias_symbols"]).split("|")):
                alias_of.setdefault(alias, set()).add(row["symbol"])
    drug_terms: set[str] = set()
    drug_tsv = VOCAB / "drug_names.tsv"
    if drug_tsv.exists():
        with open(drug_tsv, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                drug_terms.add(row["name"].lower())
                drug_terms.update(s.lower() for s in row["synonyms"].split("|") if s)
    else:
        print("warning: drug_names.tsv not found; drug-name check skipped", file=sys.stderr)

    names = parse_names()
    unknown = sorted(s for s in names if s not in approved)
    if unknown:
        sys.exit(f"not approved HGNC symbols: {', '.join(unknown)}")

    dropped: list[tuple[str, str, str]] = []
    kept: dict[str, list[str]] = {}
    for symbol, synonyms in names.items():
        out = []
        for syn in synonyms:
            low = syn.lower()
            if syn == symbol:
                continue
            if syn in approved:
                dropped.append((symbol, syn, "approved symbol of another gene"))
            elif syn in alias_of and symbol not in alias_of[syn]:
                dropped.append((symbol, syn, f"alias of {', '.join(sorted(alias_of[syn]))}"))
            elif syn not in CAPITALISED_OK and (low in COMMON_WORDS or (
                    re.fullmatch(r"[a-z]+", low) and zipf_frequency(low, "en") >= 4.0)):
                dropped.append((symbol, syn, "common English word"))
            elif low in drug_terms:
                dropped.append((symbol, syn, "drug name"))
            else:
                out.append(syn)
        kept[symbol] = out

    owners: dict[str, set[str]] = {}
    for symbol, synonyms in kept.items():
        for syn in synonyms:
            owners.setdefault(syn.lower(), set()).add(symbol)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["symbol", "synonyms"])
    n_syn = 0
    for symbol in sorted(kept):
        seen: set[str] = set()
        syns = []
        for syn in kept[symbol]:
            if len(owners[syn.lower()]) > 1:
                dropped.append((symbol, syn, f"shared by {', '.join(sorted(owners[syn.lower()]))}"))
                continue
            if syn not in seen:
                seen.add(syn)
                syns.append(syn)
        syns.sort(key=lambda s: (s.lower(), s))
        n_syn += len(syns)
        writer.writerow([symbol, "|".join(syns)])
    for symbol, syn, why in sorted(dropped):
        print(f"dropped {symbol}: {syn!r} ({why})", file=sys.stderr)
    print(f"gene_protein_names.tsv: {len(kept)} genes, {n_syn} synonyms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
