"""SHACL shapes for the exported RDF, generated from ``ontology/schema.yaml``, and validation.

The shapes say what a well-formed export holds: one label per node; the attributes each
category may carry, with their datatypes and allowed values; for every predicate, the classes
its subjects and objects may have; statement nodes with subject, predicate, object, levels and
at least one evidence; outcomes with one metric, one ``xsd:decimal`` value and a unit, attached
to exactly one trial arm; literature evidence (an ``oa:Annotation``, method rule, table or
curated) with a source document and both selectors, and an evidence level on every statement a
sentence supports; background knowledge (a ``crc:VocabularyRecord``, method vocabulary) with no
target or selector, derived from one ``crc:Vocabulary``, naming its field, the fact and its source.

Shapes have IRIs of their own (``shape:...``), so the generated file is byte-stable.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.model import VOCABULARY
from kg.rdf.namespaces import BIOLINK, CRC, OA, PROV, RDF, RDFS, SH, XSD, attribute_term, bind_prefixes, instance, \
    taxonomy_class
from kg.rdf.ontology import GENERATED_HEADER
from kg.schema import Schema, load_schema


SHAPE = instance("shape/")


def _shape(name: str) -> URIRef:
    return URIRef(SHAPE + name)


class _Builder:
    def __init__(self, schema: Schema):
        self.schema = schema
        self.g = Graph(bind_namespaces="none")
        bind_prefixes(self.g, schema)
        self.g.bind("sh", SH)
        self.g.bind("shape", SHAPE)

    def node_shape(self, name: str, target: URIRef | None, message: str | None = None, via=SH.targetClass) -> URIRef:
        """A node shape; with ``target`` None, one that only other shapes refer to (in ``sh:or``)."""
        shape = _shape(name)
        self.g.add((shape, RDF.type, SH.NodeShape))
        if target is not None:
            self.g.add((shape, via, target))
        if message:
            self.g.add((shape, SH.message, Literal(message)))
        return shape

    def prop(self, shape: URIRef, name: str, path, *, min_count: int | None = None, max_count: int | None = None,
             datatype: URIRef | None = None, cls: list[URIRef] | None = None, values: list | None = None,
             pattern: str | None = None, message: str | None = None) -> URIRef:
        g = self.g
        ps = URIRef(f"{shape}-{name}")
        g.add((shape, SH.property, ps))
        g.add((ps, RDF.type, SH.PropertyShape))
        g.add((ps, SH.path, path))
        if min_count is not None:
            g.add((ps, SH.minCount, Literal(min_count)))
        if max_count is not None:
            g.add((ps, SH.maxCount, Literal(max_count)))
        if datatype is not None:
            g.add((ps, SH.datatype, datatype))
        if cls:
            if len(cls) == 1:
                g.add((ps, SH["class"], cls[0]))
            else:
                g.add((ps, SH["or"], self.list([self.class_constraint(c) for c in cls])))
        if values is not None:
            g.add((ps, SH["in"], self.list(values)))
        if pattern is not None:
            g.add((ps, SH.pattern, Literal(pattern)))
        if message:
            g.add((ps, SH.message, Literal(message)))
        return ps

    def class_constraint(self, cls: URIRef) -> URIRef:
        node = _shape(f"is-{cls.split('/')[-1].split('#')[-1]}")
        self.g.add((node, SH["class"], cls))
        return node

    def list(self, items: list) -> BNode:
        head = BNode()
        Collection(self.g, head, [i if isinstance(i, URIRef) else Literal(i) for i in items])
        return head


def shapes_graph(schema: Schema | None = None) -> Graph:
    """The SHACL shapes as an rdflib graph.

    >>> g = shapes_graph()
    >>> (instance("shape/Outcome"), SH.targetClass, CRC.Outcome) in g
    True
    """
    schema = schema or load_schema()
    b = _Builder(schema)
    cats = sorted(schema.categories)
    for cat in cats:
        shape = b.node_shape(cat, CRC[cat])
        b.prop(shape, "label", RDFS.label, min_count=1, max_count=1, datatype=XSD.string,
               message=f"a {cat} has exactly one rdfs:label (a plain string)")
        for key, spec in schema.node_attributes.items():
            if cat not in spec["domain"]:
                continue
            term = attribute_term(schema, key)
            kwargs: dict = {"max_count": 1}
            if spec["type"] == "node":
                kwargs["cls"] = [CRC[c] for c in sorted(spec["range"])]
            else:
                kwargs["datatype"] = XSD.boolean if spec["type"] == "boolean" else XSD.string
            if key == "alteration_kind":
                kwargs["values"] = list(schema.categories["Alteration"]["kinds"])
            if key == "sha256":
                kwargs.update(min_count=1, pattern="^[0-9a-f]{64}$")
            if key in ("file", "regimen", "trial"):
                kwargs["min_count"] = 1
            b.prop(shape, key, term, **kwargs)
        b.prop(shape, "mentioned_in", CRC.mentioned_in, cls=[CRC.Document])
    for name, pred in sorted(schema.predicates.items()):
        domain, range_ = [CRC[c] for c in sorted(pred.domain)], [CRC[c] for c in sorted(pred.range)]
        shape = b.node_shape(f"subject_of-{name}", CRC[name], via=SH.targetSubjectsOf,
                             message=f"the subject of crc:{name} must be a {' or '.join(sorted(pred.domain))}")
        b.g.add((shape, SH["or"], b.list([b.class_constraint(c) for c in domain])))
        shape = b.node_shape(f"object_of-{name}", CRC[name], via=SH.targetObjectsOf,
                             message=f"the object of crc:{name} must be a {' or '.join(sorted(pred.range))}")
        b.g.add((shape, SH["or"], b.list([b.class_constraint(c) for c in range_])))

    shape = b.node_shape("Assertion", CRC.Assertion)
    for path in (RDF.subject, RDF.object):
        b.prop(shape, path.split("#")[-1], path, min_count=1, max_count=1)
    b.prop(shape, "predicate", RDF.predicate, min_count=1, max_count=1,
           values=[CRC[p] for p in sorted(schema.predicates)], message="the predicate must be one of the schema's")
    b.prop(shape, "biolink_predicate", BIOLINK.predicate, min_count=1, max_count=1)
    b.prop(shape, "knowledge_level", BIOLINK.knowledge_level, min_count=1, max_count=1, values=["knowledge_assertion"])
    b.prop(shape, "agent_type", BIOLINK.agent_type, min_count=1, max_count=1,
           values=["manual_agent", "text_mining_agent"])
    b.prop(shape, "evidence_level", CRC.evidence_level, max_count=1,
           values=schema.rdf_properties["evidence_level"]["values"])
    b.prop(shape, "evidence", CRC.evidence, min_count=1, cls=[OA.Annotation, CRC.VocabularyRecord],
           message="every assertion needs at least one evidence annotation or vocabulary record")
    # an evidence level is required unless every evidence of the statement is background knowledge
    levelled = b.node_shape("Assertion-levelled", None)
    b.prop(levelled, "evidence_level", CRC.evidence_level, min_count=1)
    background = b.node_shape("Assertion-background-only", None)
    b.prop(background, "evidence", CRC.evidence, cls=[CRC.VocabularyRecord])
    b.g.add((shape, SH["or"], b.list([levelled, background])))
    b.g.add((shape, SH.message, Literal("a statement that a sentence supports has an evidence level")))
    b.prop(shape, "mechanism_class", CRC.mechanism_class, max_count=1,
           values=[taxonomy_class(k, s) for k, s in schema.mechanism_taxonomy.items()])
    for key, allowed in sorted(schema.qualifiers.items()):
        if key != "mechanism_class":
            b.prop(shape, key, CRC[key], max_count=1, datatype=XSD.string, values=list(allowed) if allowed else None)

    metrics = schema.outcome_metrics
    shape = b.node_shape("Outcome", CRC.Outcome)
    b.prop(shape, "metric", CRC.metric, min_count=1, max_count=1, values=sorted(metrics))
    b.prop(shape, "value", CRC.value, min_count=1, max_count=1, datatype=XSD.decimal,
           message="an outcome value is one xsd:decimal")
    b.prop(shape, "unit", CRC.unit, min_count=1, max_count=1, values=sorted({u for m in metrics.values() for u in (m["unit"], *m.get("other_units", ()))}))
    for key in ("ci_low", "ci_high"):
        b.prop(shape, key, CRC[key], max_count=1, datatype=XSD.decimal)
    for key in ("p", "subgroup"):
        b.prop(shape, key, CRC[key], max_count=1, datatype=XSD.string)
    b.prop(shape, "bound", CRC.bound, max_count=1, datatype=XSD.string, values=schema.rdf_properties["bound"]["values"])
    b.prop(shape, "evidence", CRC.evidence, min_count=1, max_count=1, cls=[OA.Annotation])
    arm_path = BNode()
    b.g.add((arm_path, SH.inversePath, CRC.has_outcome))
    b.prop(shape, "arm", arm_path, min_count=1, max_count=1, cls=[CRC.TrialArm, CRC.Trial],
           message="an outcome belongs to exactly one trial arm")

    shape = b.node_shape("Annotation", OA.Annotation)
    b.prop(shape, "target", OA.hasTarget, min_count=1, max_count=1, cls=[OA.SpecificResource])
    literature = [m for m in schema.rdf_properties["method"]["values"] if m != VOCABULARY]
    b.prop(shape, "method", CRC.method, min_count=1, max_count=1, values=literature)
    b.prop(shape, "study_kind", CRC.study_kind, min_count=1, max_count=1,
           values=sorted(k for k, spec in schema.study_kinds.items() if spec.get("level")))
    b.prop(shape, "section", CRC.section, min_count=1, max_count=1, datatype=XSD.string)
    b.prop(shape, "sentence", CRC.sentence, max_count=1, datatype=XSD.string)
    shape = b.node_shape("SpecificResource", OA.SpecificResource)
    b.prop(shape, "source", OA.hasSource, min_count=1, max_count=1, cls=[CRC.Document])
    b.prop(shape, "selector", OA.hasSelector, min_count=2, max_count=2)
    shape = b.node_shape("TextQuoteSelector", OA.TextQuoteSelector)
    for key in ("exact", "prefix", "suffix"):
        b.prop(shape, key, OA[key], min_count=1, max_count=1, datatype=XSD.string)
    shape = b.node_shape("TextPositionSelector", OA.TextPositionSelector)
    for key in ("start", "end"):
        b.prop(shape, key, OA[key], min_count=1, max_count=1, datatype=XSD.nonNegativeInteger)
    shape = b.node_shape("VocabularyRecord", CRC.VocabularyRecord)
    b.prop(shape, "method", CRC.method, min_count=1, max_count=1, values=[VOCABULARY])
    b.prop(shape, "study_kind", CRC.study_kind, min_count=1, max_count=1,
           values=sorted(k for k, spec in schema.study_kinds.items() if not spec.get("level")))
    for key in ("section", "sentence", "source"):
        b.prop(shape, key, CRC[key], min_count=1, max_count=1, datatype=XSD.string)
    b.prop(shape, "derived_from", PROV.wasDerivedFrom, min_count=1, max_count=1, cls=[CRC.Vocabulary],
           message="a vocabulary record is derived from one vocabulary file")
    b.prop(shape, "no_target", OA.hasTarget, max_count=0,
           message="background knowledge quotes no text: a vocabulary record has no oa:hasTarget")
    shape = b.node_shape("Vocabulary", CRC.Vocabulary)
    b.prop(shape, "label", RDFS.label, min_count=1, max_count=1, datatype=XSD.string)
    return b.g


def shapes_turtle(schema: Schema | None = None) -> str:
    """The shapes as Turtle (byte-stable)."""
    return GENERATED_HEADER + shapes_graph(schema).serialize(format="turtle")



@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property path, and what is wrong."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus} {self.path}: {self.message}".replace("  ", " ")


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def text(self, limit: int = 20) -> str:
        """A readable report: the first ``limit`` violations, one per line, and how many more."""
        if self.conforms:
            return "conforms: every node, statement, outcome and evidence matches ontology/shapes.ttl"
        lines = [f"{len(self.violations)} violation(s) of ontology/shapes.ttl:"]
        lines += [f"  - {v}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def validate(data: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Check an exported graph against the shapes with pyshacl (no inference: the export types every node).

    >>> from kg.query.testing import tiny_graph
    >>> from kg.rdf.mapping import to_rdf
    >>> validate(to_rdf(tiny_graph())).conforms
    True
    """
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(data, shacl_graph=shapes if shapes is not None else shapes_graph(),
                                          inference="none", advanced=False, allow_warnings=False)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        if isinstance(path, BNode) and results.value(path, SH.inversePath) is not None:
            path_text = "^" + _short(data, results.value(path, SH.inversePath))
        else:
            path_text = _short(data, path) if path is not None else ""
        violations.append(Violation(_short(data, focus), path_text,
                                    str(message) if message is not None else "violates a shape"))
    return ValidationReport(bool(conforms), tuple(sorted(violations, key=str)))


def _short(g: Graph, term) -> str:
    if isinstance(term, BNode):
        return "[]"
    if isinstance(term, Literal):
        return repr(str(term))
    try:
        return g.namespace_manager.normalizeUri(term)
    except Exception:  # noqa: BLE001 - a term rdflib cannot shorten is shown whole
        return f"<{term}>"
