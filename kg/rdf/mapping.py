"""KnowledgeGraph → RDF triples: nodes, assertions (twice), outcomes and evidence.

Each assertion is written as the plain triple ``subject crc:predicate object`` and as a
statement node (``rdf:Statement`` and ``crc:Assertion``) that carries the qualifiers, the
Biolink predicate, knowledge level and agent type, the evidence level and its evidence.
Evidence is a W3C Web Annotation: ``oa:hasTarget`` a ``oa:SpecificResource`` whose
``oa:hasSource`` is the document, with a ``oa:TextQuoteSelector`` (exact, prefix, suffix) and
a ``oa:TextPositionSelector`` (start, end); the annotation and the statement are
``prov:wasDerivedFrom`` the document. Outcomes are nodes with ``xsd:decimal`` values.

Background knowledge (evidence method ``vocabulary``, :mod:`kg.background`) is no annotation of a
text: its evidence is a ``crc:VocabularyRecord`` with no target and no selector, carrying the method,
the study kind ``background_knowledge``, the field (``crc:section``), the fact in words
(``crc:sentence``) and ``crc:source``; it and the statement are ``prov:wasDerivedFrom`` the
vocabulary file (a ``crc:Vocabulary`` labelled with its path). A statement stated by no sentence
has no ``crc:evidence_level`` and its agent type is ``manual_agent``.

No blank nodes: every resource has a content-derived IRI, so the same graph always gives the
same triples. :mod:`kg.rdf.load` reads the result back into an equal KnowledgeGraph.

The triples are made subject by subject as plain values (an IRI is a ``str``, a literal a
:class:`Literal`), with no RDF library: :class:`Triples` indexes the graph once (each evidence
annotation is mapped once, however many statements and outcomes cite it) and then produces the
triples of one subject at a time, so a writer can stream them in order without holding them all.
:meth:`Triples.ntriples` gives sorted N-Triples lines, which :mod:`kg.export.turtle` hands to
pyoxigraph; :func:`to_rdf` builds an rdflib ``Graph`` for the code that needs one (SHACL
validation, the tests).

Examples
--------
>>> from kg.query.testing import tiny_graph
>>> t = Triples(tiny_graph())
>>> line = next(t.ntriples())
>>> line.startswith("<http://identifiers.org/drugbank/DB00002> ")
True
>>> sum(1 for _ in t.ntriples()) == len(set(t.ntriples()))
True
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple, Union

from kg.graph import KnowledgeGraph
from kg.ids import stable_hash
from kg.levels import agent_type, evidence_level
from kg.model import Assertion, Entity, Evidence, Outcome
from kg.rdf.terms import BIOLINK_NS, CRC, OA, PROV_NS, RDF_NS, RDFS_NS, SKOS_NS, XSD_NS, attribute_iri, \
    instance_iri, taxonomy_class_name


class RDFExportError(ValueError):
    """A graph that cannot be written as RDF (an id with an undeclared prefix, an undeclared attribute)."""


class Literal(NamedTuple):
    """An RDF literal: its lexical form and datatype IRI (None for a plain string)."""

    value: str
    datatype: str | None = None


Term = Union[str, Literal]  # an IRI (str) or a literal

RDF_TYPE, RDF_STATEMENT = RDF_NS + "type", RDF_NS + "Statement"
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = RDF_NS + "subject", RDF_NS + "predicate", RDF_NS + "object"
RDFS_LABEL = RDFS_NS + "label"
SKOS_ALT_LABEL, SKOS_EXACT_MATCH = SKOS_NS + "altLabel", SKOS_NS + "exactMatch"
PROV_DERIVED = PROV_NS + "wasDerivedFrom"
XSD_BOOLEAN, XSD_DECIMAL, XSD_NON_NEGATIVE = XSD_NS + "boolean", XSD_NS + "decimal", XSD_NS + "nonNegativeInteger"
BIOLINK_PREDICATE = BIOLINK_NS + "predicate"
BIOLINK_PUBLICATIONS = BIOLINK_NS + "publications"
BIOLINK_KNOWLEDGE_LEVEL, BIOLINK_AGENT_TYPE = BIOLINK_NS + "knowledge_level", BIOLINK_NS + "agent_type"
KNOWLEDGE_ASSERTION = Literal("knowledge_assertion")

# What N-Triples does not allow in an IRI (IRIREF); an id that expands to one cannot be written.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def decimal_lexical(value: float) -> str:
    """The ``xsd:decimal`` lexical form of a number that reads back as the same float (no exponent).

    >>> decimal_lexical(1e-05), decimal_lexical(34.0)
    ('0.00001', '34.0')
    """
    return format(Decimal(repr(float(value))), "f")


def evidence_iri(ev: Evidence) -> str:
    return instance_iri(f"evidence_{stable_hash(*sorted(ev.to_dict().items()))[:16]}")


def vocabulary_iri(name: str) -> str:
    """The IRI of a vocabulary file that background knowledge is derived from.

    >>> vocabulary_iri("ontology/vocab/drugs.yaml")
    'https://w3id.org/crc-resistance-kg/vocabulary_drugs'
    """
    return instance_iri("vocabulary_" + re.sub(r"[^A-Za-z0-9]+", "_", name.rsplit("/", 1)[-1].rsplit(".", 1)[0]))


def outcome_iri(outcome: Outcome) -> str:
    return instance_iri(f"outcome_{stable_hash(outcome.arm, *sorted(outcome.to_dict().items(), key=str))[:16]}")


def nt_term(term: Term) -> str:
    r"""A term as N-Triples writes it, escaping only backslash, line feed, quote and carriage return
    (as rdflib's N-Triples writer does).

    >>> print(nt_term("http://a/b"), nt_term(Literal('say "hi"\n')), nt_term(Literal("5", XSD_NON_NEGATIVE)))
    <http://a/b> "say \"hi\"\n" "5"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>
    """
    if type(term) is str:
        return f"<{term}>"
    text = '"' + term.value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r") + '"'
    return f"{text}^^<{term.datatype}>" if term.datatype else text


def n3_key(term: Term) -> str:
    r"""A term as Turtle/N3 spells it (rdflib's ``n3()``): the order in which kg.ttl lists triples.

    It differs from :func:`nt_term` only for a literal with a line break, which N3 writes between
    triple quotes, unescaped.

    >>> n3_key(Literal("a\nb")) == '"' * 3 + "a\nb" + '"' * 3, n3_key(Literal("ab")) == nt_term(Literal("ab"))
    (True, True)
    """
    if type(term) is str or "\n" not in term.value:
        return nt_term(term)
    encoded = term.value.replace("\\", "\\\\")
    if '"""' in term.value:
        encoded = encoded.replace('"""', '\\"\\"\\"')
    if encoded[-1] == '"' and encoded[-2] != "\\":
        encoded = encoded[:-1] + '\\"'
    text = '"""' + encoded.replace("\r", "\\r") + '"""'
    return f"{text}^^<{term.datatype}>" if term.datatype else text


class Triples:
    """The triples of one graph, subject by subject.

    Building it indexes the graph once: which resources are subjects, and what each one is (a node,
    a statement, an outcome, or one of the four resources of an evidence annotation). The triples
    of a subject are made when :meth:`of` asks for them.

    Raises :class:`RDFExportError` when an id has a prefix the schema does not declare, expands to
    something that is not an IRI, or an evidence cites a document that is not a node of the graph.
    """

    def __init__(self, kg: KnowledgeGraph):
        self.kg, self.schema = kg, kg.schema
        self._iris: dict[str, str] = {}
        self._evidence_iris: dict[Evidence, str] = {}
        self.docs = {e.name: self.iri(e.id) for e in kg.nodes("Document")}
        self._vocabularies: dict[str, str] = {}  # vocabulary file -> its IRI (background knowledge)
        self.taxonomy = {key: CRC[taxonomy_class_name(key, spec)]
                         for key, spec in self.schema.mechanism_taxonomy.items()}
        self._attributes = {key: attribute_iri(self.schema, key) for key in self.schema.node_attributes}
        # subject IRI -> what it is: ("node", Entity), ("statement", Assertion), ("outcome", Outcome),
        # ("annotation" | "target" | "quote" | "position", Evidence)
        self.subjects: dict[str, list[tuple[str, object]]] = {}
        # triples whose subject is a node but that come from an edge or an outcome
        self._more: dict[str, list[tuple[str, Term]]] = {}
        for e in kg.nodes():
            self._subject(self.iri(e.id), "node", e)
        for a in kg.assertions():
            subject = self.iri(a.subject)
            self._subject(subject)
            self._more.setdefault(subject, []).append((CRC[a.predicate], self.iri(a.object)))
            self._subject(self.iri(a.id), "statement", a)
            for ev in a.evidence:
                self._register(ev)
        for out in kg.outcomes():
            node, arm = outcome_iri(out), self.iri(out.arm)
            self._subject(arm)
            self._more.setdefault(arm, []).append((CRC.has_outcome, node))
            self._subject(node, "outcome", out)
            self._register(out.evidence)
        self._makers = {"node": self._node, "statement": self._statement, "outcome": self._outcome,
                        "annotation": self._annotation, "target": self._target, "quote": self._quote,
                        "position": self._position, "record": self._record, "vocabulary": self._vocabulary}

    # -- indexing ---------------------------------------------------------------------------------------------
    def iri(self, curie: str) -> str:
        """The IRI of an id (its prefix expanded by the schema)."""
        iri = self._iris.get(curie)
        if iri is None:
            iri = self.schema.expand(curie)
            if iri is None:
                raise RDFExportError(f"cannot expand the id {curie!r}: add its prefix under `prefixes` in "
                                     f"ontology/schema.yaml")
            if _NOT_IN_IRI.search(iri):
                raise RDFExportError(f"the id {curie!r} cannot be written as an IRI (it contains a space, a quote, "
                                     f"a bracket or a control character)")
            self._iris[curie] = iri
        return iri

    def document(self, name: str) -> str:
        if name in self._vocabularies:
            return self._vocabularies[name]
        if name not in self.docs:
            raise RDFExportError(f"evidence cites {name!r}, which is not a Document node of the graph")
        return self.docs[name]

    def evidence_iri(self, ev: Evidence) -> str:
        iri = self._evidence_iris.get(ev)
        if iri is None:
            iri = self._evidence_iris[ev] = evidence_iri(ev)
        return iri

    def _subject(self, iri: str, kind: str | None = None, what: object = None) -> None:
        entries = self.subjects.setdefault(iri, [])
        if kind is not None:
            entries.append((kind, what))

    def _register(self, ev: Evidence) -> None:
        ann = self.evidence_iri(ev)
        if ann in self.subjects:
            return  # mapped once, however many statements cite it
        if not ev.literature:
            if ev.document not in self._vocabularies:
                iri = self._vocabularies[ev.document] = vocabulary_iri(ev.document)
                self._subject(iri, "vocabulary", ev.document)
            self._subject(ann, "record", ev)
            return
        self.document(ev.document)
        self._subject(ann, "annotation", ev)
        for part in ("target", "quote", "position"):
            self._subject(f"{ann}/{part}", part, ev)

    # -- triples of one subject ----------------------------------------------------------------------------------
    def of(self, subject: str) -> set[tuple[str, Term]]:
        """The (predicate, object) pairs of ``subject``, without repeats."""
        pairs: set[tuple[str, Term]] = set(self._more.get(subject, ()))
        for kind, what in self.subjects[subject]:
            pairs.update(self._makers[kind](subject, what))
        return pairs

    def _node(self, node: str, e: Entity) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, CRC[e.category]
        yield RDF_TYPE, BIOLINK_NS + self.schema.biolink_category(e.category).split(":", 1)[1]
        yield RDFS_LABEL, Literal(e.name)
        for s in e.synonyms:
            yield SKOS_ALT_LABEL, Literal(s)
        for x in e.xrefs:
            if x != e.id:
                yield SKOS_EXACT_MATCH, self.iri(x)
        for key, value in e.attributes:
            kind = self.schema.node_attributes[key]["type"]
            if kind == "node":
                yield self._attributes[key], self.iri(value)
            elif kind == "boolean":
                yield self._attributes[key], Literal("true" if value else "false", XSD_BOOLEAN)
            else:
                yield self._attributes[key], Literal(str(value))
        for doc in self.kg.mentioned_in(e.id):
            yield CRC.mentioned_in, self.document(doc)

    def _cites(self, ev: Evidence) -> Iterator[tuple[str, Term]]:
        yield CRC.evidence, self.evidence_iri(ev)
        yield PROV_DERIVED, self.document(ev.document)

    def _statement(self, st: str, a: Assertion) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, RDF_STATEMENT
        yield RDF_TYPE, CRC.Assertion
        yield RDF_SUBJECT, self.iri(a.subject)
        yield RDF_PREDICATE, CRC[a.predicate]
        yield RDF_OBJECT, self.iri(a.object)
        yield BIOLINK_PREDICATE, BIOLINK_NS + self.schema.predicates[a.predicate].biolink.split(":", 1)[1]
        yield BIOLINK_KNOWLEDGE_LEVEL, KNOWLEDGE_ASSERTION
        yield BIOLINK_AGENT_TYPE, Literal(agent_type(a))
        level = evidence_level(self.schema, a)
        if level is not None:  # None: background knowledge alone, which no study supports
            yield CRC.evidence_level, Literal(level)
        for key, value in a.qualifiers:
            if key == "mechanism_class":
                yield CRC.mechanism_class, self.taxonomy[value]
            else:
                yield CRC[key], Literal(str(value))
        for publication in sorted({p for ev in a.evidence for p in ev.publications}):
            yield BIOLINK_PUBLICATIONS, self.iri(publication)  # the PMID/PMCID/DOI of the documents it comes from
        for ev in a.evidence:
            yield from self._cites(ev)

    def _outcome(self, node: str, out: Outcome) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, CRC.Outcome
        yield CRC.metric, Literal(out.metric)
        yield CRC.value, Literal(decimal_lexical(out.value), XSD_DECIMAL)
        yield CRC.unit, Literal(out.unit)
        for key in ("ci_low", "ci_high"):
            if getattr(out, key) is not None:
                yield CRC[key], Literal(decimal_lexical(getattr(out, key)), XSD_DECIMAL)
        if out.p is not None:
            yield CRC.p, Literal(str(out.p))
        if out.subgroup is not None:
            yield CRC.subgroup, Literal(out.subgroup)
        if out.bound is not None:
            yield CRC.bound, Literal(out.bound)
        yield from self._cites(out.evidence)

    def _annotation(self, ann: str, ev: Evidence) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, OA.Annotation
        yield OA.hasTarget, ann + "/target"
        yield PROV_DERIVED, self.document(ev.document)
        yield CRC.method, Literal(ev.method)
        yield CRC.study_kind, Literal(ev.study_kind)
        yield CRC.section, Literal(ev.section)
        if ev.sentence != ev.quote:
            yield CRC.sentence, Literal(ev.sentence)

    def _record(self, record: str, ev: Evidence) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, CRC.VocabularyRecord
        yield PROV_DERIVED, self.document(ev.document)
        yield CRC.method, Literal(ev.method)
        yield CRC.study_kind, Literal(ev.study_kind)
        yield CRC.section, Literal(ev.section)
        yield CRC.sentence, Literal(ev.sentence)
        if ev.source:
            yield CRC.source, Literal(ev.source)

    def _vocabulary(self, iri: str, name: str) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, CRC.Vocabulary
        yield RDFS_LABEL, Literal(name)

    def _target(self, target: str, ev: Evidence) -> Iterator[tuple[str, Term]]:
        ann = target[:-len("/target")]
        yield RDF_TYPE, OA.SpecificResource
        yield OA.hasSource, self.document(ev.document)
        yield OA.hasSelector, ann + "/quote"
        yield OA.hasSelector, ann + "/position"

    def _quote(self, quote: str, ev: Evidence) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, OA.TextQuoteSelector
        yield OA.exact, Literal(ev.quote)
        yield OA.prefix, Literal(ev.prefix)
        yield OA.suffix, Literal(ev.suffix)

    def _position(self, position: str, ev: Evidence) -> Iterator[tuple[str, Term]]:
        yield RDF_TYPE, OA.TextPositionSelector
        yield OA.start, Literal(str(ev.start), XSD_NON_NEGATIVE)
        yield OA.end, Literal(str(ev.end), XSD_NON_NEGATIVE)

    # -- in order ------------------------------------------------------------------------------------------------
    def sorted_subjects(self) -> list[str]:
        """The subjects in the order of their N-Triples/Turtle spelling (``<iri>``)."""
        return sorted(self.subjects, key=lambda iri: iri + ">")

    def ntriples(self, turtle: bool = False) -> Iterator[str]:
        """N-Triples lines (each ending in a line feed) of every triple once, sorted by subject,
        predicate and object as N-Triples spells them: the sorted N-Triples document, line by line.

        With ``turtle=True`` the order is that of their Turtle/N3 spelling instead (rdflib's
        ``n3()``), which differs only for literals with line breaks: the order of kg.ttl.
        """
        closed: dict[str, str] = {}  # "<p>" sorts as "p>": a predicate IRI with its closing bracket
        for subject in self.sorted_subjects():
            rows = []
            for p, o in self.of(subject):
                spelt = nt_term(o)
                key = n3_key(o) if turtle and type(o) is not str and "\n" in o.value else spelt
                p_key = closed.get(p)
                if p_key is None:
                    p_key = closed[p] = p + ">"
                rows.append((p_key, key, p, spelt))
            rows.sort()
            head = f"<{subject}> <"
            for _, _, p, spelt in rows:
                yield f"{head}{p}> {spelt} .\n"


def to_rdf(kg: KnowledgeGraph):
    """The graph as an rdflib :class:`~rdflib.Graph` (prefixes bound, no blank nodes).

    For code that needs rdflib (SHACL validation, tests); the exporters write the triples without it.
    Raises :class:`RDFExportError` as :class:`Triples` does.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> from kg.rdf.namespaces import CRC, RDF
    >>> kg = tiny_graph()
    >>> g = to_rdf(kg)
    >>> len(set(g.subjects(RDF.type, CRC.Assertion))) == len(list(kg.assertions()))
    True
    >>> st = next(iter(g.subjects(RDF.type, CRC.Assertion)))
    >>> (g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)) in g
    True
    """
    from rdflib import Graph, URIRef
    from rdflib import Literal as RDFLiteral

    from kg.rdf.namespaces import bind_prefixes

    g = Graph(bind_namespaces="none")
    bind_prefixes(g, kg.schema)
    iris: dict[str, URIRef] = {}

    def term(t: Term):
        if type(t) is str:
            node = iris.get(t)
            if node is None:
                node = iris[t] = URIRef(t)
            return node
        return RDFLiteral(t.value, datatype=URIRef(t.datatype) if t.datatype else None)

    triples = Triples(kg)
    for subject in triples.subjects:
        s = term(subject)
        for p, o in triples.of(subject):
            g.add((s, term(p), term(o)))
    return g
