"""RDF → KnowledgeGraph: read back what :func:`kg.rdf.mapping.to_rdf` wrote.

Nodes are the resources typed with a project category; assertions are the ``crc:Assertion``
statement nodes (the plain triples are implied by them); outcomes are the ``crc:Outcome``
nodes. The ontology's own triples, if loaded into the same graph, are ignored.
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.exceptions import ParserError

from kg.graph import KnowledgeGraph
from kg.ids import PUBLICATION_PREFIXES
from kg.model import Assertion, Entity, Evidence, Outcome
from kg.rdf.namespaces import CRC, OA, PROV, RDF, RDFS, SKOS, attribute_term, converter, taxonomy_class
from kg.schema import load_schema


class RDFReadError(ValueError):
    """RDF that is not a graph this project wrote; the message names the resource and what is wrong."""


class _Reader:
    def __init__(self, g: Graph):
        self.g = g
        self.schema = load_schema()
        self.conv = converter(self.schema)
        self.taxonomy = {taxonomy_class(k, spec): k for k, spec in self.schema.mechanism_taxonomy.items()}

    def curie(self, iri) -> str:
        curie = self.conv.compress(str(iri))
        if curie is None:
            raise RDFReadError(f"<{iri}> has no prefix declared in ontology/schema.yaml")
        return curie

    def one(self, subject, predicate, what: str):
        values = list(self.g.objects(subject, predicate))
        if len(values) != 1:
            raise RDFReadError(f"<{subject}> should have exactly one {what}, has {len(values)}")
        return values[0]

    def optional(self, subject, predicate):
        values = list(self.g.objects(subject, predicate))
        if len(values) > 1:
            raise RDFReadError(f"<{subject}> has {len(values)} values of <{predicate}>, expected at most one")
        return values[0] if values else None

    def entity(self, node, category: str) -> Entity:
        attrs = []
        for key, spec in self.schema.node_attributes.items():
            value = self.optional(node, attribute_term(self.schema, key))
            if value is None:
                continue
            if spec["type"] == "node":
                attrs.append((key, self.curie(value)))
            elif spec["type"] == "boolean":
                attrs.append((key, bool(value.toPython())))
            else:
                attrs.append((key, str(value)))
        return Entity(self.curie(node), category, str(self.one(node, RDFS.label, "rdfs:label")),
                      tuple(str(s) for s in self.g.objects(node, SKOS.altLabel)),
                      tuple(self.curie(x) for x in self.g.objects(node, SKOS.exactMatch)), tuple(sorted(attrs)))

    def evidence(self, ann, documents: dict, publications: dict | None = None) -> Evidence:
        if (ann, RDF.type, CRC.VocabularyRecord) in self.g:
            return self.record(ann)
        target = self.one(ann, OA.hasTarget, "oa:hasTarget")
        source = self.one(target, OA.hasSource, "oa:hasSource")
        if source not in documents:
            raise RDFReadError(f"evidence <{ann}> cites <{source}>, which is not a crc:Document")
        quote = pos = None
        for selector in self.g.objects(target, OA.hasSelector):
            if (selector, RDF.type, OA.TextQuoteSelector) in self.g:
                quote = selector
            elif (selector, RDF.type, OA.TextPositionSelector) in self.g:
                pos = selector
        if quote is None or pos is None:
            raise RDFReadError(f"evidence <{ann}> needs a TextQuoteSelector and a TextPositionSelector")
        exact = str(self.one(quote, OA.exact, "oa:exact"))
        sentence = self.optional(ann, CRC.sentence)
        return Evidence(documents[source], int(self.one(pos, OA.start, "oa:start")), int(self.one(pos, OA.end, "oa:end")),
                        exact if sentence is None else str(sentence),
                        str(self.one(ann, CRC.section, "crc:section")), str(self.one(ann, CRC.method, "crc:method")),
                        str(self.one(ann, CRC.study_kind, "crc:study_kind")),
                        exact=None if sentence is None else exact,
                        prefix=str(self.optional(quote, OA.prefix) or ""), suffix=str(self.optional(quote, OA.suffix) or ""),
                        publications=(publications or {}).get(source, ()))

    def record(self, rec) -> Evidence:
        """Background knowledge: a vocabulary record (no offsets; derived from a vocabulary file)."""
        vocabulary = self.one(rec, PROV.wasDerivedFrom, "prov:wasDerivedFrom")
        if (vocabulary, RDF.type, CRC.Vocabulary) not in self.g:
            raise RDFReadError(f"vocabulary record <{rec}> is derived from <{vocabulary}>, which is not a crc:Vocabulary")
        return Evidence(str(self.one(vocabulary, RDFS.label, "rdfs:label")), 0, 0,
                        str(self.one(rec, CRC.sentence, "crc:sentence")), str(self.one(rec, CRC.section, "crc:section")),
                        str(self.one(rec, CRC.method, "crc:method")), str(self.one(rec, CRC.study_kind, "crc:study_kind")),
                        source=str(self.optional(rec, CRC.source) or ""))

    def read(self) -> KnowledgeGraph:
        kg = KnowledgeGraph()
        nodes = {}
        for category in sorted(self.schema.categories):
            for node in sorted(self.g.subjects(RDF.type, CRC[category])):
                if node in nodes:
                    raise RDFReadError(f"<{node}> has two categories: {nodes[node].category} and {category}")
                nodes[node] = self.entity(node, category)
        for entity in nodes.values():
            kg.add_entity(entity)
        documents = {node: e.name for node, e in nodes.items() if e.category == "Document"}
        # an evidence carries its document's publications (the Document node's PMID/PMC/doi xrefs)
        publications = {node: tuple(x for x in e.xrefs if x.split(":", 1)[0] in PUBLICATION_PREFIXES)
                        for node, e in nodes.items() if e.category == "Document"}
        for node, entity in nodes.items():
            for doc in self.g.objects(node, CRC.mentioned_in):
                if doc not in documents:
                    raise RDFReadError(f"<{node}> is mentioned in <{doc}>, which is not a crc:Document")
                kg.note_mention(entity.id, documents[doc])
        for st in sorted(self.g.subjects(RDF.type, CRC.Assertion)):
            predicate = self.one(st, RDF.predicate, "rdf:predicate")
            if not str(predicate).startswith(str(CRC)):
                raise RDFReadError(f"statement <{st}> has predicate <{predicate}> outside the project namespace")
            qualifiers = []
            for key in self.schema.qualifiers:
                value = self.optional(st, CRC[key])
                if value is None:
                    continue
                if key == "mechanism_class":
                    if value not in self.taxonomy:
                        raise RDFReadError(f"statement <{st}>: <{value}> is not a class of the mechanism taxonomy")
                    qualifiers.append((key, self.taxonomy[value]))
                else:
                    qualifiers.append((key, str(value)))
            kg.add_assertion(Assertion(
                self.curie(self.one(st, RDF.subject, "rdf:subject")), str(predicate)[len(str(CRC)):],
                self.curie(self.one(st, RDF.object, "rdf:object")), tuple(sorted(qualifiers)),
                sorted((self.evidence(ann, documents, publications) for ann in self.g.objects(st, CRC.evidence)),
                       key=Evidence.key)))
        for node in sorted(self.g.subjects(RDF.type, CRC.Outcome)):
            arm = self.one_subject(node)
            values = {key: self.optional(node, CRC[key]) for key in ("ci_low", "ci_high", "p", "subgroup", "bound")}
            kg.add_outcome(Outcome(
                self.curie(arm), str(self.one(node, CRC.metric, "crc:metric")),
                float(self.one(node, CRC.value, "crc:value").toPython()), str(self.one(node, CRC.unit, "crc:unit")),
                self.evidence(self.one(node, CRC.evidence, "crc:evidence"), documents, publications),
                *(None if values[k] is None else float(values[k].toPython()) for k in ("ci_low", "ci_high")),
                *(None if values[k] is None else str(values[k]) for k in ("p", "subgroup", "bound"))))
        return kg

    def one_subject(self, outcome) -> URIRef:
        arms = list(self.g.subjects(CRC.has_outcome, outcome))
        if len(arms) != 1:
            raise RDFReadError(f"outcome <{outcome}> should belong to exactly one arm, belongs to {len(arms)}")
        return arms[0]


def from_rdf(graph: Graph) -> KnowledgeGraph:
    """The KnowledgeGraph an RDF graph describes (the inverse of :func:`kg.rdf.mapping.to_rdf`).

    Raises :class:`RDFReadError` when the RDF lacks something the model needs.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> from kg.rdf.mapping import to_rdf
    >>> from kg.export.kgx import kgx_text
    >>> kgx_text(from_rdf(to_rdf(tiny_graph()))) == kgx_text(tiny_graph())
    True
    """
    return _Reader(graph).read()


def read_rdf(path, format: str | None = None) -> KnowledgeGraph:
    """Load a Turtle (or N-Triples, JSON-LD) file written by ``crckg export`` as a KnowledgeGraph.

    Raises ``FileNotFoundError`` for a missing file and :class:`RDFReadError` (naming the file)
    when it does not parse or is not a graph this project wrote.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; run `crckg build` or `crckg export` first")
    g = Graph()
    try:
        g.parse(path, format=format or _FORMATS.get(path.suffix.lower(), "turtle"))
    except (ParserError, SyntaxError, ValueError) as exc:
        raise RDFReadError(f"{path}: cannot parse ({exc})") from None
    try:
        return from_rdf(g)
    except RDFReadError as exc:
        raise RDFReadError(f"{path}: {exc}") from None


_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}

__all__ = ["RDFReadError", "from_rdf", "read_rdf"]
