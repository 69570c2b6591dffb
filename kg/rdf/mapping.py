"""KnowledgeGraph → rdflib Graph: nodes, assertions (twice), outcomes and evidence.

Each assertion is written as the plain triple ``subject crc:predicate object`` and as a
statement node (``rdf:Statement`` and ``crc:Assertion``) that carries the qualifiers, the
Biolink predicate, knowledge level and agent type, the evidence level and its evidence.
Evidence is a W3C Web Annotation: ``oa:hasTarget`` a ``oa:SpecificResource`` whose
``oa:hasSource`` is the document, with a ``oa:TextQuoteSelector`` (exact, prefix, suffix) and
a ``oa:TextPositionSelector`` (start, end); the annotation and the statement are
``prov:wasDerivedFrom`` the document. Outcomes are nodes with ``xsd:decimal`` values.

No blank nodes: every resource has a content-derived IRI, so the same graph always gives the
same triples. :mod:`kg.rdf.load` reads the result back into an equal KnowledgeGraph.
"""
from __future__ import annotations

from decimal import Decimal

from curies import Converter
from rdflib import Graph, Literal, URIRef

from kg.levels import agent_type, evidence_level
from kg.graph import KnowledgeGraph
from kg.ids import stable_hash
from kg.model import Evidence, Outcome
from kg.rdf.namespaces import BIOLINK, CRC, DCTERMS, OA, PROV, RDF, RDFS, SKOS, XSD, curie_term, instance, \
    rdf_prefixes, taxonomy_class
from kg.schema import Schema


class RDFExportError(ValueError):
    """A graph that cannot be written as RDF (an id with an undeclared prefix, an undeclared attribute)."""


def converter(schema: Schema) -> Converter:
    """CURIE ↔ IRI converter over the prefixes of ``ontology/schema.yaml``."""
    return Converter.from_prefix_map(schema.prefixes)


def bind_prefixes(graph: Graph, schema: Schema) -> None:
    """Bind the prefixes of :func:`~kg.rdf.namespaces.rdf_prefixes` (SHACL and OWL only where used)."""
    for prefix, uri in rdf_prefixes(schema.prefixes).items():
        if prefix not in ("sh", "owl"):
            graph.bind(prefix, URIRef(uri), override=True)


def decimal_literal(value: float) -> Literal:
    """An ``xsd:decimal`` literal that reads back as the same float (no exponent notation).

    >>> decimal_literal(1e-05)
    rdflib.term.Literal('0.00001', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#decimal'))
    """
    return Literal(format(Decimal(repr(float(value))), "f"), datatype=XSD.decimal)


def attribute_term(schema: Schema, key: str) -> URIRef:
    """The RDF property of a node attribute (its ``rdf`` CURIE in the schema, else ``crc:<key>``)."""
    return curie_term(schema.node_attributes[key].get("rdf") or f"crc:{key}")


def evidence_iri(ev: Evidence) -> URIRef:
    return instance(f"evidence_{stable_hash(*sorted(ev.to_dict().items()))[:16]}")


def outcome_iri(outcome: Outcome) -> URIRef:
    return instance(f"outcome_{stable_hash(outcome.arm, *sorted(outcome.to_dict().items(), key=str))[:16]}")


class _Writer:
    def __init__(self, kg: KnowledgeGraph):
        self.kg, self.schema = kg, kg.schema
        self.conv = converter(self.schema)
        self.g = Graph(bind_namespaces="none")
        bind_prefixes(self.g, self.schema)
        self.docs = {e.name: self.iri(e.id) for e in kg.nodes("Document")}
        self.taxonomy = {key: taxonomy_class(key, spec) for key, spec in self.schema.mechanism_taxonomy.items()}

    def iri(self, curie: str) -> URIRef:
        expanded = self.conv.expand(curie)
        if expanded is None:
            raise RDFExportError(f"cannot expand the id {curie!r}: add its prefix under `prefixes` in ontology/schema.yaml")
        return URIRef(expanded)

    def document(self, name: str) -> URIRef:
        if name not in self.docs:
            raise RDFExportError(f"evidence cites {name!r}, which is not a Document node of the graph")
        return self.docs[name]

    def node(self, e) -> None:
        add, node = self.g.add, self.iri(e.id)
        add((node, RDF.type, CRC[e.category]))
        add((node, RDF.type, BIOLINK[self.schema.biolink_category(e.category).split(":", 1)[1]]))
        add((node, RDFS.label, Literal(e.name)))
        for s in e.synonyms:
            add((node, SKOS.altLabel, Literal(s)))
        for x in e.xrefs:
            if x != e.id:
                add((node, SKOS.exactMatch, self.iri(x)))
        for key, value in e.attributes:
            kind = self.schema.node_attributes[key]["type"]
            term = attribute_term(self.schema, key)
            if kind == "node":
                add((node, term, self.iri(value)))
            elif kind == "boolean":
                add((node, term, Literal(bool(value))))
            else:
                add((node, term, Literal(str(value))))
        for doc in self.kg.mentioned_in(e.id):
            add((node, CRC.mentioned_in, self.document(doc)))

    def evidence(self, owner: URIRef, ev: Evidence) -> None:
        add, ann = self.g.add, evidence_iri(ev)
        source = self.document(ev.document)
        target, quote, pos = (URIRef(f"{ann}/{part}") for part in ("target", "quote", "position"))
        add((owner, CRC.evidence, ann))
        add((owner, PROV.wasDerivedFrom, source))
        add((ann, RDF.type, OA.Annotation))
        add((ann, OA.hasTarget, target))
        add((ann, PROV.wasDerivedFrom, source))
        add((ann, CRC.method, Literal(ev.method)))
        add((ann, CRC.study_kind, Literal(ev.study_kind)))
        add((ann, CRC.section, Literal(ev.section)))
        if ev.sentence != ev.quote:
            add((ann, CRC.sentence, Literal(ev.sentence)))
        add((target, RDF.type, OA.SpecificResource))
        add((target, OA.hasSource, source))
        add((target, OA.hasSelector, quote))
        add((target, OA.hasSelector, pos))
        add((quote, RDF.type, OA.TextQuoteSelector))
        add((quote, OA.exact, Literal(ev.quote)))
        add((quote, OA.prefix, Literal(ev.prefix)))
        add((quote, OA.suffix, Literal(ev.suffix)))
        add((pos, RDF.type, OA.TextPositionSelector))
        add((pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
        add((pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))

    def assertion(self, a) -> None:
        add = self.g.add
        s, o, pred = self.iri(a.subject), self.iri(a.object), CRC[a.predicate]
        add((s, pred, o))
        st = self.iri(a.id)
        add((st, RDF.type, RDF.Statement))
        add((st, RDF.type, CRC.Assertion))
        add((st, RDF.subject, s))
        add((st, RDF.predicate, pred))
        add((st, RDF.object, o))
        add((st, BIOLINK.predicate, BIOLINK[self.schema.predicates[a.predicate].biolink.split(":", 1)[1]]))
        add((st, BIOLINK.knowledge_level, Literal("knowledge_assertion")))
        add((st, BIOLINK.agent_type, Literal(agent_type(a))))
        add((st, CRC.evidence_level, Literal(evidence_level(self.schema, a))))
        for key, value in a.qualifiers:
            if key == "mechanism_class":
                add((st, CRC.mechanism_class, self.taxonomy[value]))
            else:
                add((st, CRC[key], Literal(value)))
        for ev in a.evidence:
            self.evidence(st, ev)

    def outcome(self, out: Outcome) -> None:
        add, node = self.g.add, outcome_iri(out)
        add((self.iri(out.arm), CRC.has_outcome, node))
        add((node, RDF.type, CRC.Outcome))
        add((node, CRC.metric, Literal(out.metric)))
        add((node, CRC.value, decimal_literal(out.value)))
        add((node, CRC.unit, Literal(out.unit)))
        for key in ("ci_low", "ci_high"):
            if getattr(out, key) is not None:
                add((node, CRC[key], decimal_literal(getattr(out, key))))
        if out.p is not None:
            add((node, CRC.p, Literal(out.p)))
        if out.subgroup is not None:
            add((node, CRC.subgroup, Literal(out.subgroup)))
        self.evidence(node, out.evidence)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The graph as an rdflib :class:`~rdflib.Graph` (prefixes bound, no blank nodes).

    Raises :class:`RDFExportError` when an id has a prefix the schema does not declare or an
    evidence cites a document that is not a node of the graph.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> g = to_rdf(kg)
    >>> len(set(g.subjects(RDF.type, CRC.Assertion))) == len(list(kg.assertions()))
    True
    >>> st = next(iter(g.subjects(RDF.type, CRC.Assertion)))
    >>> (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)) in g
    True
    """
    w = _Writer(kg)
    for e in kg.nodes():
        w.node(e)
    for a in kg.assertions():
        w.assertion(a)
    for out in kg.outcomes():
        w.outcome(out)
    return w.g
