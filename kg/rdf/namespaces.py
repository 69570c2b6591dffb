"""Vocabulary terms of the RDF export as rdflib namespaces that fail on a typo.

The terms themselves are listed once, in :mod:`kg.rdf.terms` (plain strings, no rdflib); this
module gives them to the code that works with rdflib graphs (reading RDF back, the ontology, the
shapes, SPARQL on rdflib). ``CRC`` holds every term of the project namespace.
``tests/test_rdf_ontology.py`` checks that it matches ``ontology/schema.yaml`` and that the
generated ontology declares each term.

>>> CRC.confers_resistance_to
rdflib.term.URIRef('https://w3id.org/crc-resistance-kg/confers_resistance_to')
>>> CRC.confers_resistence_to
Traceback (most recent call last):
...
AttributeError: term 'confers_resistence_to' not in namespace 'https://w3id.org/crc-resistance-kg/'
"""
from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.rdf import terms
from kg.rdf.terms import rdf_prefixes
from kg.schema import Schema

__all__ = ["BIOLINK", "SH", "CRC", "OA", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD", "STANDARD_PREFIXES",
           "rdf_prefixes", "instance", "taxonomy_class", "curie_term", "attribute_term", "converter",
           "bind_prefixes"]

BIOLINK = Namespace(terms.BIOLINK_NS)
SH = Namespace(terms.SH_NS)


def _defined(name: str, base: str, names: tuple[str, ...], doc: str) -> type:
    """A closed rdflib namespace (``_fail``: an undeclared term raises) holding ``names``."""
    return type(DefinedNamespace)(name, (DefinedNamespace,), {
        "__doc__": doc, "__module__": __name__, "_NS": Namespace(base), "_fail": True,
        "__annotations__": dict.fromkeys(names, URIRef)})


CRC = _defined("CRC", terms.CRC_NS, terms.CRC_TERMS, "The project namespace: classes, predicates and properties.")
OA = _defined("OA", terms.OA_NS, terms.OA_TERMS, "The W3C Web Annotation terms the export uses.")

#: Prefixes bound in every exported graph besides those of ``ontology/schema.yaml``.
STANDARD_PREFIXES = {"rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD, "skos": SKOS, "dcterms": DCTERMS,
                     "prov": PROV, "oa": OA._NS, "sh": SH}


def instance(local: str) -> URIRef:
    """The IRI of a data resource (evidence, outcome) in the project namespace; not a vocabulary term."""
    return URIRef(terms.instance_iri(local))


def taxonomy_class(key: str, spec: dict) -> URIRef:
    """The OWL class of a mechanism-taxonomy entry (``class`` in the schema, else its key in CamelCase).

    >>> taxonomy_class("on_target_alteration", {})
    rdflib.term.URIRef('https://w3id.org/crc-resistance-kg/OnTargetAlteration')
    """
    return CRC[terms.taxonomy_class_name(key, spec)]


def curie_term(curie: str) -> URIRef:
    """A term from a CURIE of one of the fixed namespaces (``crc:``, ``dcterms:``, ``xsd:``, ``oa:``, ``owl:``)."""
    return URIRef(terms.curie_iri(curie))


def attribute_term(schema: Schema, key: str) -> URIRef:
    """The RDF property of a node attribute (its ``rdf`` CURIE in the schema, else ``crc:<key>``)."""
    return URIRef(terms.attribute_iri(schema, key))


def converter(schema: Schema):
    """CURIE ↔ IRI converter (``curies``) over the prefixes of ``ontology/schema.yaml``."""
    from curies import Converter

    return Converter.from_prefix_map(schema.prefixes)


def bind_prefixes(graph: Graph, schema: Schema) -> None:
    """Bind the prefixes of :func:`~kg.rdf.terms.rdf_prefixes` (SHACL and OWL only where used)."""
    for prefix, uri in rdf_prefixes(schema.prefixes).items():
        if prefix not in ("sh", "owl"):
            graph.bind(prefix, URIRef(uri), override=True)
