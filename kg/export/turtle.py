"""RDF/Turtle: every node, edge (as a plain triple and as a statement node) and its evidence.

Evidence is a W3C Web Annotation whose target has a ``oa:TextQuoteSelector``
and a ``oa:TextPositionSelector`` into the source document, plus
``prov:wasDerivedFrom`` the document. No blank nodes are used: every resource
has a content-derived IRI, so the same graph always serialises the same way.
"""
from __future__ import annotations

from pathlib import Path

from curies import Converter
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.export.common import agent_type, evidence_level, write_atomic
from kg.graph import KnowledgeGraph
from kg.ids import stable_hash

OA = Namespace("http://www.w3.org/ns/oa#")


def _converter(kg: KnowledgeGraph) -> Converter:
    return Converter.from_prefix_map(kg.schema.prefixes)


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The graph as an rdflib :class:`~rdflib.Graph`."""
    conv = _converter(kg)
    crc = Namespace(kg.schema.namespace)
    biolink = Namespace(kg.schema.prefixes["biolink"])
    g = Graph()
    for prefix, uri in sorted(kg.schema.prefixes.items()):
        g.bind(prefix.lower() if prefix not in ("crc", "biolink") else prefix, Namespace(uri))
    for name, ns in (("oa", OA), ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS)):
        g.bind(name, ns)

    def iri(curie: str) -> URIRef:
        expanded = conv.expand(curie)
        if expanded is None:
            raise ValueError(f"cannot expand CURIE {curie!r}: add its prefix to ontology/schema.yaml")
        return URIRef(expanded)

    docs = {e.name: iri(e.id) for e in kg.nodes("Document")}
    for e in kg.nodes():
        node = iri(e.id)
        g.add((node, RDF.type, crc[e.category]))
        g.add((node, RDF.type, biolink[kg.schema.biolink_category(e.category).split(":", 1)[1]]))
        g.add((node, RDFS.label, Literal(e.name)))
        for s in e.synonyms:
            g.add((node, SKOS.altLabel, Literal(s)))
        for x in e.xrefs:
            if x != e.id and conv.expand(x):
                g.add((node, SKOS.exactMatch, iri(x)))
        for key, value in e.attributes:
            if key == "sha256":
                g.add((node, crc.sha256, Literal(value)))
            elif key in ("phase", "line", "alteration_kind", "molecule_kind", "file"):
                g.add((node, crc[key], Literal(value)))
            elif key in ("regimen", "trial") and isinstance(value, str):
                g.add((node, crc[key], iri(value)))

    def add_evidence(target: URIRef, ev) -> None:
        key = stable_hash(ev.key())[:16]
        ann = crc[f"evidence_{key}"]
        tgt, quote, pos = crc[f"target_{key}"], crc[f"quote_{key}"], crc[f"position_{key}"]
        source = docs.get(ev.document) or crc["doc_" + ev.document.rsplit(".", 1)[0].lower()]
        g.add((target, crc.evidence, ann))
        g.add((ann, RDF.type, OA.Annotation))
        g.add((ann, OA.hasTarget, tgt))
        g.add((ann, PROV.wasDerivedFrom, source))
        g.add((ann, crc.method, Literal(ev.method)))
        g.add((ann, crc.studyKind, Literal(ev.study_kind)))
        g.add((ann, crc.section, Literal(ev.section)))
        g.add((tgt, OA.hasSource, source))
        g.add((tgt, OA.hasSelector, quote))
        g.add((tgt, OA.hasSelector, pos))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(ev.sentence)))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))

    for a in kg.assertions():
        s, o = iri(a.subject), iri(a.object)
        pred = crc[a.predicate]
        g.add((s, pred, o))
        st = iri(a.id)
        g.add((st, RDF.type, RDF.Statement))
        g.add((st, RDF.type, crc.Assertion))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, pred))
        g.add((st, RDF.object, o))
        g.add((st, biolink.predicate, biolink[kg.schema.predicates[a.predicate].biolink.split(":", 1)[1]]))
        g.add((st, biolink.knowledge_level, Literal("knowledge_assertion")))
        g.add((st, biolink.agent_type, Literal(agent_type(a))))
        g.add((st, crc.evidenceLevel, Literal(evidence_level(kg.schema, a))))
        for key, value in a.qualifiers:
            g.add((st, crc[key], Literal(value)))
        for ev in a.evidence:
            add_evidence(st, ev)

    for out in kg.outcomes():
        node = crc["outcome_" + stable_hash(out.arm, out.metric, out.value, out.subgroup, out.evidence.key())[:16]]
        g.add((iri(out.arm), crc.hasOutcome, node))
        g.add((node, RDF.type, crc.Outcome))
        g.add((node, crc.metric, Literal(out.metric)))
        g.add((node, crc.value, Literal(str(out.value), datatype=XSD.decimal)))
        g.add((node, crc.unit, Literal(out.unit)))
        for key in ("ci_low", "ci_high"):
            if getattr(out, key) is not None:
                g.add((node, crc[key], Literal(str(getattr(out, key)), datatype=XSD.decimal)))
        if out.p is not None:
            g.add((node, crc.p, Literal(out.p)))
        if out.subgroup:
            g.add((node, crc.subgroup, Literal(out.subgroup)))
        add_evidence(node, out.evidence)
    return g


def turtle_text(kg: KnowledgeGraph) -> str:
    return to_rdf(kg).serialize(format="turtle")


def write_turtle(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.ttl"
    write_atomic(path, turtle_text(kg))
    return [path]
