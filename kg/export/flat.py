"""The graph as flat property-graph records: what the GraphML, Cytoscape (.cyjs, CX2) and Neo4j exports write.

One record per node and one per edge, in id order. A value is a string, a whole number, a boolean
or a list of strings; a field that a record lacks, or whose value is empty, is left out of it. The
fields, in the order every format writes them:

* nodes: ``id`` (CURIE), ``name``, ``category`` (Biolink class), ``crc_category`` (project class),
  ``synonyms``, ``xrefs``, ``mentioned_in`` (file names of the documents that name the node), then
  the node attributes of the schema that occur in the graph (``phase``, ``gene``, ``family`` ...),
  sorted by name;
* edges: ``id``, ``subject``, ``object``, ``predicate`` (Biolink), ``crc_predicate`` (project),
  ``evidence_level`` (A best ... E), ``evidence_count`` (evidence records pooled on the edge),
  ``agent_type``, ``knowledge_level``, ``documents`` (the distinct files its evidence comes from),
  ``publications`` (the PMID:/PMC:/doi: CURIEs of those documents, where known),
  then its best evidence, the one that sets the level (:func:`kg.levels.best_evidence`):
  ``evidence_sentence`` (whitespace collapsed, as KGX ``sentence``), ``evidence_document``,
  ``evidence_start``/``evidence_end`` (character offsets into that file's text),
  ``evidence_section``, ``evidence_study_kind``; then the qualifiers that occur in the graph
  (``mechanism_class``, ``resistance_type`` ...), sorted by name.

Formats that hold no lists (GraphML, and Neo4j's array columns) join a list with :data:`DELIMITER`
(``|``, as KGX TSV does); :func:`joined` refuses an item that contains it rather than let it be
split into two on reading.

>>> from kg.query.testing import tiny_graph
>>> kg = tiny_graph()
>>> [f.name for f in node_fields(kg)][:5]
['id', 'name', 'category', 'crc_category', 'synonyms']
>>> edge = next(edge_records(kg))
>>> edge["predicate"], edge["evidence_count"], edge["evidence_level"]
('biolink:has_part', 1, 'B')
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.graph import KnowledgeGraph
from kg.levels import agent_type, best_evidence, evidence_level

DELIMITER = "|"

STRING, INTEGER, BOOLEAN, LIST = "string", "integer", "boolean", "list"  # LIST: a list of strings


class ExportError(ValueError):
    """A graph that a property-graph format cannot hold as it is (names the node or edge and the value)."""


@dataclass(frozen=True)
class Field:
    """A column of the records: its name and type (:data:`STRING`, :data:`INTEGER`, :data:`BOOLEAN`, :data:`LIST`)."""

    name: str
    type: str


_NODE_FIELDS = (Field("id", STRING), Field("name", STRING), Field("category", STRING), Field("crc_category", STRING),
                Field("synonyms", LIST), Field("xrefs", LIST), Field("mentioned_in", LIST))
_EDGE_FIELDS = (Field("id", STRING), Field("subject", STRING), Field("object", STRING), Field("predicate", STRING),
                Field("crc_predicate", STRING), Field("evidence_level", STRING), Field("evidence_count", INTEGER),
                Field("agent_type", STRING), Field("knowledge_level", STRING), Field("documents", LIST),
                Field("publications", LIST),
                Field("evidence_sentence", STRING), Field("evidence_document", STRING),
                Field("evidence_start", INTEGER), Field("evidence_end", INTEGER), Field("evidence_section", STRING),
                Field("evidence_study_kind", STRING))
_PYTHON = {STRING: str, INTEGER: int, BOOLEAN: bool}


def _extra(core: tuple[Field, ...], names: Iterable[str], type_of, what: str) -> list[Field]:
    taken = {f.name for f in core}
    extra = []
    for name in sorted(set(names)):
        if name in taken:
            raise ExportError(f"the {what} {name!r} has the name of a field every record has; rename it in "
                              f"ontology/schema.yaml")
        extra.append(Field(name, type_of(name)))
    return list(core) + extra


def node_fields(kg: KnowledgeGraph) -> list[Field]:
    """The node fields of ``kg``: the fixed ones, then the node attributes it uses (booleans as declared)."""
    declared = kg.schema.node_attributes
    names = {key for e in kg.nodes() for key, _ in e.attributes}
    return _extra(_NODE_FIELDS, names,
                  lambda n: BOOLEAN if declared.get(n, {}).get("type") == "boolean" else STRING, "node attribute")


def edge_fields(kg: KnowledgeGraph) -> list[Field]:
    """The edge fields of ``kg``: the fixed ones, then the qualifiers it uses (strings)."""
    names = {key for a in kg.assertions() for key, _ in a.qualifiers}
    return _extra(_EDGE_FIELDS, names, lambda n: STRING, "qualifier")


def _kept(record: dict, fields: list[Field], owner: str) -> dict:
    """``record`` without empty values, every value checked against its field's type."""
    out = {}
    for f in fields:
        value = record.get(f.name)
        if value is None or value == "" or value == []:
            continue
        if f.type == LIST:
            good = isinstance(value, list) and all(isinstance(v, str) for v in value)
        else:
            good = type(value) is _PYTHON[f.type]
        if not good:
            raise ExportError(f"{owner}: {f.name} is {value!r}, not a {f.type}; correct it in the data it comes from")
        out[f.name] = value
    return out


def node_records(kg: KnowledgeGraph, fields: list[Field] | None = None) -> Iterator[dict]:
    """One record per node, in id order (``fields`` from :func:`node_fields`, computed when not given)."""
    fields = fields or node_fields(kg)
    schema = kg.schema
    for e in kg.nodes():
        record = {"id": e.id, "name": e.name, "category": schema.biolink_category(e.category),
                  "crc_category": f"crc:{e.category}", "synonyms": list(e.synonyms), "xrefs": list(e.xrefs),
                  "mentioned_in": kg.mentioned_in(e.id)}
        record.update(e.attributes)
        yield _kept(record, fields, e.id)


def edge_records(kg: KnowledgeGraph, fields: list[Field] | None = None) -> Iterator[dict]:
    """One record per edge, in id order (``fields`` from :func:`edge_fields`, computed when not given)."""
    fields = fields or edge_fields(kg)
    schema = kg.schema
    for a in kg.assertions():
        best = best_evidence(schema, a)
        record = {"id": a.id, "subject": a.subject, "object": a.object,
                  "predicate": schema.predicates[a.predicate].biolink, "crc_predicate": f"crc:{a.predicate}",
                  "evidence_level": evidence_level(schema, a), "evidence_count": len(a.evidence),
                  "agent_type": agent_type(a), "knowledge_level": "knowledge_assertion",
                  "documents": sorted({ev.document for ev in a.evidence}),
                  "publications": sorted({p for ev in a.evidence for p in ev.publications}),
                  "evidence_sentence": best.sentence, "evidence_document": best.document,
                  "evidence_start": best.start if best.literature else None,  # background: no span
                  "evidence_end": best.end if best.literature else None, "evidence_section": best.section,
                  "evidence_study_kind": best.study_kind}
        record.update(a.qualifiers)
        yield _kept(record, fields, a.id)


def joined(values: list[str], owner: str, field: str) -> str:
    """The items of a list field as one string, joined by :data:`DELIMITER`.

    >>> joined(["EGFR", "HER1"], "HGNC:3236", "synonyms")
    'EGFR|HER1'
    >>> joined(["a|b"], "HGNC:1", "synonyms")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.export.flat.ExportError: HGNC:1: the synonyms item 'a|b' contains '|', which separates the items of a list ...
    """
    for value in values:
        if DELIMITER in value:
            raise ExportError(f"{owner}: the {field} item {value!r} contains {DELIMITER!r}, which separates the items "
                              f"of a list in this format; rename it (a file: rename the file and build again)")
    return DELIMITER.join(values)
