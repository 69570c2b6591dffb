"""The OWL ontology of the project namespace, generated from ``ontology/schema.yaml``.

Every class (node categories, ``Assertion``, ``Outcome``, the mechanism taxonomy) and every
property the export uses gets an ``rdfs:label``, a one-line ``skos:definition``, its domain
and range, and, where one exists, its Biolink (``skos:exactMatch``/``skos:closeMatch``) or
CARD ARO (``skos:closeMatch``) counterpart.

The generated Turtle is committed as ``ontology/crc.ttl`` (and the SHACL shapes of
:mod:`kg.rdf.shapes` as ``ontology/shapes.ttl``); ``make ontology`` regenerates both and a test
checks that the committed files are current.
"""
from __future__ import annotations

import re

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.rdf.namespaces import BIOLINK, CRC, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, attribute_term, bind_prefixes, converter, \
    curie_term, instance, taxonomy_class
from kg.schema import Schema, load_schema

ONTOLOGY_IRI = instance("ontology")
GENERATED_HEADER = "# Generated from ontology/schema.yaml by `make ontology` (python -m kg.rdf.generate). Do not edit.\n"

#: Classes of the export that are not node categories.
EXTRA_CLASSES = {
    "Assertion": ("assertion", "A statement node: one subject-predicate-object fact with its qualifiers and evidence.",
                  RDF.Statement),
    "Outcome": ("outcome", "A result reported for a trial arm: metric, decimal value, unit, optional CI and P value.",
                None),
    "VocabularyRecord": ("vocabulary record", "Background knowledge: the entry of a vocabulary file of the project that "
                         "records a fact no sentence states (the evidence of a background assertion); it quotes no text "
                         "and is derived from the vocabulary (prov:wasDerivedFrom).", PROV.Entity),
    "Vocabulary": ("vocabulary", "A vocabulary file of the project (ontology/vocab/), the source of background knowledge.",
                   PROV.Entity),
}


def label_of(name: str) -> str:
    """A readable label from a class or property name.

    >>> label_of("TrialArm"), label_of("confers_resistance_to")
    ('trial arm', 'confers resistance to')
    """
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def class_term(schema: Schema, name: str) -> URIRef:
    """A domain/range entry of the schema (category, Assertion/Outcome or a CURIE) as a class IRI."""
    if name in schema.categories or name in EXTRA_CLASSES:
        return CRC[name]
    return curie_term(name)


def _union(g: Graph, terms: list[URIRef]):
    if len(terms) == 1:
        return terms[0]
    node = BNode()
    g.add((node, RDF.type, OWL.Class))
    members = BNode()
    Collection(g, members, terms)
    g.add((node, OWL.unionOf, members))
    return node


def _describe(g: Graph, term: URIRef, kind: URIRef, label: str, definition: str) -> None:
    g.add((term, RDF.type, kind))
    g.add((term, RDFS.label, Literal(label, lang="en")))
    g.add((term, SKOS.definition, Literal(definition, lang="en")))
    g.add((term, RDFS.isDefinedBy, ONTOLOGY_IRI))


def _domain_range(g: Graph, term: URIRef, schema: Schema, domain, range_) -> None:
    for prop, names in ((RDFS.domain, domain), (RDFS.range, range_)):
        if names is None or names == "any":
            continue
        names = [names] if isinstance(names, str) else list(names)
        g.add((term, prop, _union(g, [class_term(schema, n) for n in sorted(names)])))


def ontology_graph(schema: Schema | None = None) -> Graph:
    """The ontology as an rdflib graph.

    >>> g = ontology_graph()
    >>> (CRC.TrialArm, RDFS.label, Literal("trial arm", lang="en")) in g
    True
    >>> (CRC.OnTargetAlteration, RDFS.subClassOf, CRC.ResistanceMechanism) in g
    True
    """
    schema = schema or load_schema()
    conv = converter(schema)
    g = Graph(bind_namespaces="none")
    bind_prefixes(g, schema)
    g.bind("owl", OWL)
    g.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    g.add((ONTOLOGY_IRI, RDFS.label, Literal("crc-resistance-kg ontology", lang="en")))
    g.add((ONTOLOGY_IRI, DCTERMS.description, Literal(
        "Classes and properties of a knowledge graph of therapy resistance in metastatic colorectal cancer: "
        "genes, alterations, drugs, regimens, resistance mechanisms, biomarkers, trials and their evidence.", lang="en")))
    g.add((ONTOLOGY_IRI, OWL.versionInfo, Literal(str(schema.version))))

    def match(term: URIRef, curie: str, kind: str) -> None:
        g.add((term, SKOS.exactMatch if kind == "exact" else SKOS.closeMatch, URIRef(conv.expand(curie))))

    for name, spec in schema.categories.items():
        _describe(g, CRC[name], OWL.Class, label_of(name), spec["description"])
        match(CRC[name], spec["biolink"], spec.get("biolink_match", "close"))
    for name, (label, definition, parent) in EXTRA_CLASSES.items():
        _describe(g, CRC[name], OWL.Class, label, definition)
        if parent is not None:
            g.add((CRC[name], RDFS.subClassOf, parent))
    for key, spec in schema.mechanism_taxonomy.items():
        term = taxonomy_class(key, spec)
        _describe(g, term, OWL.Class, spec["label"], spec["definition"])
        g.add((term, RDFS.subClassOf, CRC.ResistanceMechanism))
        for aro in spec.get("aro", ()):
            g.add((term, SKOS.closeMatch, URIRef(conv.expand(aro))))
    for name, pred in schema.predicates.items():
        _describe(g, CRC[name], OWL.ObjectProperty, label_of(name), pred.description)
        _domain_range(g, CRC[name], schema, sorted(pred.domain), sorted(pred.range))
        match(CRC[name], pred.biolink, pred.biolink_match)
    for key, spec in schema.node_attributes.items():
        term = attribute_term(schema, key)
        if not str(term).startswith(str(CRC)):
            continue  # a standard term (dcterms:title ...), defined by its own vocabulary
        if spec["type"] == "node":
            _describe(g, term, OWL.ObjectProperty, label_of(term.split("/")[-1]), spec["description"])
            _domain_range(g, term, schema, spec["domain"], spec["range"])
        else:
            _describe(g, term, OWL.DatatypeProperty, label_of(term.split("/")[-1]), spec["description"])
            _domain_range(g, term, schema, spec["domain"], "xsd:boolean" if spec["type"] == "boolean" else "xsd:string")
    for key, spec in schema.rdf_properties.items():
        datatype = str(spec["range"]).startswith("xsd:")
        _describe(g, CRC[key], OWL.DatatypeProperty if datatype else OWL.ObjectProperty, label_of(key), spec["definition"])
        _domain_range(g, CRC[key], schema, spec["domain"], spec["range"])
    return g


def ontology_turtle(schema: Schema | None = None) -> str:
    """The ontology as Turtle (byte-stable: the same schema always gives the same text)."""
    return GENERATED_HEADER + ontology_graph(schema).serialize(format="turtle")

