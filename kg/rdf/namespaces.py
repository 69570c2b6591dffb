"""Vocabulary terms of the RDF export, as namespaces that fail on a typo.

``CRC`` holds every term of the project namespace. ``tests/test_rdf_ontology.py`` checks that it
matches ``ontology/schema.yaml`` and that the generated ontology declares each term.

>>> CRC.confers_resistance_to
rdflib.term.URIRef('https://w3id.org/crc-resistance-kg/confers_resistance_to')
>>> CRC.confers_resistence_to
Traceback (most recent call last):
...
AttributeError: term 'confers_resistence_to' not in namespace 'https://w3id.org/crc-resistance-kg/'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
SH = Namespace("http://www.w3.org/ns/shacl#")


class CRC(DefinedNamespace):
    """The project namespace: classes, predicates and properties of the export."""

    _NS = Namespace("https://w3id.org/crc-resistance-kg/")
    _fail = True

    # node categories
    Gene: URIRef
    Alteration: URIRef
    Pathway: URIRef
    Drug: URIRef
    DrugClass: URIRef
    Regimen: URIRef
    ResistanceMechanism: URIRef
    Biomarker: URIRef
    CellType: URIRef
    Molecule: URIRef
    Trial: URIRef
    TrialArm: URIRef
    Disease: URIRef
    Document: URIRef
    # statements and results
    Assertion: URIRef
    Outcome: URIRef
    # the resistance-mechanism taxonomy
    OnTargetAlteration: URIRef
    BypassReceptorActivation: URIRef
    DownstreamPathwayReactivation: URIRef
    PhenotypicPlasticity: URIRef
    TumourMicroenvironment: URIRef
    ImmuneEvasion: URIRef
    DrugInactivationOrReducedExposure: URIRef
    PostTranslationalModification: URIRef
    NoncodingRnaRegulation: URIRef
    OtherMechanism: URIRef
    # predicates (edges between nodes)
    targets: URIRef
    member_of: URIRef
    has_component: URIRef
    participates_in: URIRef
    alteration_of: URIRef
    involves: URIRef
    confers_resistance_to: URIRef
    overcomes: URIRef
    evaluates: URIRef
    has_arm: URIRef
    uses_regimen: URIRef
    studied_in: URIRef
    predicts_response_to: URIRef
    predicts_resistance_to: URIRef
    activates: URIRef
    inhibits: URIRef
    secretes: URIRef
    measured_by: URIRef
    # node attributes
    phase: URIRef
    line: URIRef
    alteration_kind: URIRef
    gene: URIRef
    is_family: URIRef
    molecule_kind: URIRef
    taxonomy_class: URIRef
    biomarker_kind: URIRef
    stem_class: URIRef
    is_combination: URIRef
    monotherapy: URIRef
    is_named: URIRef
    is_choice: URIRef
    is_population: URIRef
    regimen: URIRef
    trial: URIRef
    file: URIRef
    sha256: URIRef
    # statement qualifiers, outcomes and evidence
    mentioned_in: URIRef
    has_outcome: URIRef
    evidence: URIRef
    evidence_level: URIRef
    mechanism_class: URIRef
    resistance_type: URIRef
    specimen: URIRef
    object_direction: URIRef
    certainty: URIRef
    population: URIRef
    metric: URIRef
    value: URIRef
    unit: URIRef
    ci_low: URIRef
    ci_high: URIRef
    p: URIRef
    subgroup: URIRef
    method: URIRef
    study_kind: URIRef
    section: URIRef
    sentence: URIRef


class OA(DefinedNamespace):
    """The W3C Web Annotation terms the export uses."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextQuoteSelector: URIRef
    TextPositionSelector: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef
    start: URIRef
    end: URIRef


#: Prefixes bound in every exported graph besides those of ``ontology/schema.yaml``.
STANDARD_PREFIXES = {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS,
                     "prov": PROV, "oa": OA._NS, "sh": SH}


def rdf_prefixes(prefixes: dict[str, str]) -> dict[str, str]:
    """Prefix → namespace IRI for RDF: the schema's CURIE prefixes lower-cased (as bioregistry writes
    them) plus the standard ones, sorted.

    >>> rdf_prefixes({"HGNC": "http://identifiers.org/hgnc/"})["hgnc"]
    'http://identifiers.org/hgnc/'
    """
    out = {prefix.lower(): uri for prefix, uri in prefixes.items()}
    out.update({prefix: str(ns) for prefix, ns in STANDARD_PREFIXES.items()})
    return dict(sorted(out.items()))


def instance(local: str) -> URIRef:
    """The IRI of a data resource (evidence, outcome) in the project namespace; not a vocabulary term."""
    return URIRef(str(CRC._NS) + local)


def taxonomy_class(key: str, spec: dict) -> URIRef:
    """The OWL class of a mechanism-taxonomy entry (``class`` in the schema, else its key in CamelCase).

    >>> taxonomy_class("on_target_alteration", {})
    rdflib.term.URIRef('https://w3id.org/crc-resistance-kg/OnTargetAlteration')
    """
    return CRC[spec.get("class") or "".join(part.capitalize() for part in key.split("_"))]


def curie_term(curie: str) -> URIRef:
    """A term from a CURIE of one of the fixed namespaces (``crc:``, ``dcterms:``, ``xsd:``, ``oa:``, ``owl:``)."""
    prefix, local = curie.split(":", 1)
    if prefix == "crc":
        return CRC[local]
    if prefix == "oa":
        return OA[local]
    return URIRef(str(STANDARD_PREFIXES[prefix]) + local)
