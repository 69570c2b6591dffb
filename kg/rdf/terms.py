"""The RDF vocabulary of the export as plain strings: namespaces, the project's terms, prefixes.

This module needs no RDF library, so the exporters can write RDF without importing rdflib;
:mod:`kg.rdf.namespaces` builds rdflib namespaces from the same lists. A term that is not
declared here fails at once instead of producing a misspelt IRI.

>>> CRC.confers_resistance_to
'https://w3id.org/crc-resistance-kg/confers_resistance_to'
>>> CRC["confers_resistence_to"]
Traceback (most recent call last):
...
AttributeError: term 'confers_resistence_to' not in namespace 'https://w3id.org/crc-resistance-kg/'
"""
from __future__ import annotations

from collections.abc import Iterable

CRC_NS = "https://w3id.org/crc-resistance-kg/"
OA_NS = "http://www.w3.org/ns/oa#"
BIOLINK_NS = "https://w3id.org/biolink/vocab/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS_NS = "http://purl.org/dc/terms/"
PROV_NS = "http://www.w3.org/ns/prov#"
SH_NS = "http://www.w3.org/ns/shacl#"

#: Every term of the project namespace (``tests/test_rdf_ontology.py`` checks this list against the
#: schema and checks that the generated ontology declares each one).
CRC_TERMS = (
    # node categories
    "Gene", "Alteration", "Pathway", "Drug", "DrugClass", "Regimen", "ResistanceMechanism", "Biomarker", "CellType",
    "Molecule", "Trial", "TrialArm", "Disease", "Document",
    # statements and results; background knowledge (a vocabulary entry as evidence, the vocabulary file)
    "Assertion", "Outcome", "VocabularyRecord", "Vocabulary",
    # the resistance-mechanism taxonomy
    "OnTargetAlteration", "BypassReceptorActivation", "DownstreamPathwayReactivation", "PhenotypicPlasticity",
    "TumourMicroenvironment", "ImmuneEvasion", "DrugInactivationOrReducedExposure", "PostTranslationalModification",
    "NoncodingRnaRegulation", "OtherMechanism",
    # predicates (edges between nodes)
    "targets", "member_of", "has_component", "participates_in", "alteration_of", "involves", "confers_resistance_to",
    "overcomes", "evaluates", "has_arm", "uses_regimen", "studied_in", "predicts_response_to", "predicts_resistance_to",
    "predicts",
    "activates", "inhibits", "secretes", "expresses", "measured_by", "subclass_of",
    # node attributes
    "phase", "line", "status", "alteration_kind", "gene", "is_family", "is_cell_line", "molecule_kind", "biomarker_kind", "stem_class",
    "taxonomy_class", "is_combination", "monotherapy", "is_named", "is_choice", "is_pooled", "is_population", "schedule", "regimen", "trial",
    "file", "sha256", "journal", "authors",
    # statement qualifiers, outcomes and evidence
    "mentioned_in", "has_outcome", "evidence", "evidence_level", "mechanism_class", "resistance_type", "specimen",
    "object_direction", "certainty", "direction", "population", "metric", "value", "unit", "ci_low", "ci_high", "p", "subgroup", "bound", "method",
    "study_kind", "section", "sentence", "source",
)

#: The W3C Web Annotation terms the export uses.
OA_TERMS = ("Annotation", "SpecificResource", "TextQuoteSelector", "TextPositionSelector", "hasTarget", "hasSource",
            "hasSelector", "exact", "prefix", "suffix", "start", "end")

#: Prefixes bound in every exported graph besides those of ``ontology/schema.yaml``.
STANDARD_PREFIXES = {"rdf": RDF_NS, "rdfs": RDFS_NS, "owl": OWL_NS, "xsd": XSD_NS, "skos": SKOS_NS,
                     "dcterms": DCTERMS_NS, "prov": PROV_NS, "oa": OA_NS, "sh": SH_NS}


class Terms:
    """The IRIs (strings) of the declared terms of one namespace: ``CRC.evidence``, ``CRC["evidence"]``."""

    def __init__(self, base: str, names: Iterable[str]):
        self._base = base
        self._iris = {name: base + name for name in names}
        self.__dict__.update(self._iris)  # a declared term is a plain attribute; __getattr__ sees only typos

    def __getitem__(self, name: str) -> str:
        iri = self._iris.get(name)
        if iri is None:
            raise AttributeError(f"term {name!r} not in namespace {self._base!r}")
        return iri

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __contains__(self, name: str) -> bool:
        return name in self._iris

    def __str__(self) -> str:
        return self._base


CRC = Terms(CRC_NS, CRC_TERMS)
OA = Terms(OA_NS, OA_TERMS)


def rdf_prefixes(prefixes: dict[str, str]) -> dict[str, str]:
    """Prefix → namespace IRI for RDF: the schema's CURIE prefixes lower-cased (as bioregistry writes
    them) plus the standard ones, sorted.

    >>> rdf_prefixes({"HGNC": "http://identifiers.org/hgnc/"})["hgnc"]
    'http://identifiers.org/hgnc/'
    """
    out = {prefix.lower(): uri for prefix, uri in prefixes.items()}
    out.update(STANDARD_PREFIXES)
    return dict(sorted(out.items()))


def instance_iri(local: str) -> str:
    """The IRI of a data resource (evidence, outcome) in the project namespace; not a vocabulary term."""
    return CRC_NS + local


def taxonomy_class_name(key: str, spec: dict) -> str:
    """The local name of the OWL class of a mechanism-taxonomy entry (``class`` in the schema, else its
    key in CamelCase).

    >>> taxonomy_class_name("on_target_alteration", {})
    'OnTargetAlteration'
    """
    return spec.get("class") or "".join(part.capitalize() for part in key.split("_"))


def curie_iri(curie: str) -> str:
    """The IRI of a CURIE of one of the fixed namespaces (``crc:``, ``oa:``, ``dcterms:``, ``xsd:``, ``owl:`` ...).

    >>> curie_iri("dcterms:title")
    'http://purl.org/dc/terms/title'
    """
    prefix, local = curie.split(":", 1)
    if prefix == "crc":
        return CRC[local]
    if prefix == "oa":
        return OA[local]
    return STANDARD_PREFIXES[prefix] + local


def attribute_iri(schema, key: str) -> str:
    """The RDF property of a node attribute (its ``rdf`` CURIE in the schema, else ``crc:<key>``)."""
    return curie_iri(schema.node_attributes[key].get("rdf") or f"crc:{key}")
