"""Content-derived identifiers: stable hashes and readable slugs."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "⍺": "alpha"}


def stable_hash(*parts: object) -> str:
    """Hex SHA-256 of the parts' reprs; the same parts always give the same hash.

    >>> stable_hash("a", 1) == stable_hash("a", 1)
    True
    """
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1 << 16)  # the same names are slugged over and over while reading
def slug(text: str) -> str:
    """A readable, IRI-safe slug.

    >>> slug("BRAF V600E-mutant mCRC")
    'braf_v600e_mutant_mcrc'
    >>> slug("TGF-β")
    'tgf_beta'
    """
    for char, name in _GREEK.items():
        text = text.replace(char, name)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"\+", "_plus_", text)
    text = re.sub(r"[^A-Za-z0-9]+", "_", text).strip("_").lower()
    return re.sub(r"_+", "_", text) or "x"


# The kinds of project identifier (``crc:<kind>_<slug>``). One function mints them all, so an id
# kind is declared once and a typo fails at once instead of creating a parallel namespace.
ID_KINDS = frozenset({
    "alt", "arm", "biomarker", "cell", "class", "disease", "doc", "drug", "gene_family", "inferred", "mech",
    "molecule", "ncrna", "pathway", "regimen", "trial",
})


def mint(kind: str, *labels: str) -> str:
    """The project identifier of a ``kind`` of thing named by ``labels`` (joined by ``_``).

    >>> mint("alt", "KRAS G12C")
    'crc:alt_kras_g12c'
    >>> mint("trial", "rimassa", "2019")
    'crc:trial_rimassa_2019'
    >>> mint("mechanism", "x")
    Traceback (most recent call last):
    ...
    ValueError: unknown identifier kind 'mechanism'; known kinds: alt, arm, biomarker, cell, class, disease, doc, drug, gene_family, inferred, mech, molecule, ncrna, pathway, regimen, trial
    """
    if kind not in ID_KINDS:
        raise ValueError(f"unknown identifier kind {kind!r}; known kinds: {', '.join(sorted(ID_KINDS))}")
    return f"crc:{kind}_" + "_".join(slug(label) for label in labels)


def arm_id(trial_id: str, regimen_id: str) -> str:
    """The identifier of the arm of a trial that receives a regimen: the local parts of the two identifiers, the
    regimen's without its kind, joined by a double underscore (a trial's own slug may hold single ones).

    >>> arm_id("crc:trial_krystal_10", "crc:regimen_adagrasib_plus_cetuximab")
    'crc:arm_trial_krystal_10__adagrasib_plus_cetuximab'
    >>> arm_id("NCT:NCT01287130", "DRUGBANK:DB00002")
    'crc:arm_nct01287130__db00002'
    """
    tail = regimen_id.split(":", 1)[1].removeprefix("regimen_").removeprefix("drug_").removeprefix("class_")
    return f"crc:arm_{slug(trial_id.split(':', 1)[1])}__{slug(tail)}"


def document_key(name: str) -> str:
    """The slug that scopes a document's own identifiers (its Document node, the studies it describes without
    a name): its whole file name without the extension, so that no two documents of a corpus share it (the
    part before the first ``_`` alone would: "A_f11_x.txt" and "A_f17_y.txt", "set.xml#3" and "set.xml#4");
    a name with no letter or digit a slug can keep is keyed by a digest of the name.

    >>> document_key("d01_Cricket_rechallenge.txt"), document_key("A_f11_real_world.txt")
    ('d01_cricket_rechallenge', 'a_f11_real_world')
    >>> document_key("export.xml#7"), document_key("PMID:31388315"), document_key("日本語.txt")
    ('export_xml_7', 'pmid_31388315', 'name_e1422b281110')
    """
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension.isalnum() or not extension.isascii():  # "PMID:1", "set.xml#3": no extension to drop
        stem = name
    if slug(stem) == "x" and stem.lower() != "x":
        return "name_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return slug(stem)


#: The prefixes of publication identifiers, and where each is read by people.
PUBLICATION_LINKS = {"PMID": "https://pubmed.ncbi.nlm.nih.gov/{}/",
                     "PMC": "https://www.ncbi.nlm.nih.gov/pmc/articles/{}/",
                     "doi": "https://doi.org/{}"}
PUBLICATION_PREFIXES = frozenset(PUBLICATION_LINKS)


def publication_link(curie: str) -> str | None:
    """The web page of a publication CURIE (PubMed, PMC or doi.org), or None for another identifier.

    >>> publication_link("PMID:31388315"), publication_link("PMC:PMC6607986")
    ('https://pubmed.ncbi.nlm.nih.gov/31388315/', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6607986/')
    >>> publication_link("doi:10.2147/CMAR.S186042"), publication_link("HGNC:3236")
    ('https://doi.org/10.2147/CMAR.S186042', None)
    """
    prefix, _, local = curie.partition(":")
    template = PUBLICATION_LINKS.get(prefix)
    return template.format(quote(local, safe="/:;()._-")) if template and local else None
