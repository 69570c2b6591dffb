"""The :class:`KnowledgeGraph`: a ``networkx.MultiDiGraph`` behind a door that checks evidence and schema.

The graph is wrapped, not subclassed: the only way to add an edge is
:meth:`KnowledgeGraph.add_assertion`, which requires at least one evidence
record and a (subject, predicate, object) category triple the schema allows.
Adding the same assertion twice pools its evidence.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import networkx as nx

from kg.model import Assertion, Entity, Evidence, Outcome
from kg.schema import Schema, load_schema


class SchemaViolation(ValueError):
    """An edge whose categories or predicate the schema does not allow."""


class MissingEvidence(ValueError):
    """An edge offered without evidence."""


class KnowledgeGraph:
    """Nodes (entities), edges (assertions with pooled evidence) and trial-arm outcomes.

    Examples
    --------
    >>> from kg.model import Entity, Evidence, Assertion
    >>> kg = KnowledgeGraph()
    >>> kg.add_entity(Entity("HGNC:7029", "Gene", "MET"))
    >>> kg.add_entity(Entity("crc:alt_met_amplification", "Alteration", "MET amplification"))
    >>> ev = Evidence("doc.txt", 0, 17, "MET is amplified.", "Intro", "rule")
    >>> kg.add_assertion(Assertion("crc:alt_met_amplification", "alteration_of", "HGNC:7029", (), [ev]))
    'crc:e_...'
    >>> kg.number_of_edges()
    1
    >>> kg.add_assertion(Assertion("HGNC:7029", "alteration_of", "HGNC:7029", (), [ev]))
    Traceback (most recent call last):
    ...
    kg.graph.SchemaViolation: Gene -alteration_of-> Gene is not allowed by the schema
    """

    def __init__(self, schema: Schema | None = None):
        self.schema = schema or load_schema()
        self._g = nx.MultiDiGraph()
        self._outcomes: dict[str, dict[tuple, Outcome]] = {}
        self._mentions: dict[str, set[str]] = {}
        self._version = 0

    @property
    def version(self) -> int:
        """A counter that changes whenever the graph does (lets query indexes know when to rebuild)."""
        return self._version

    # -- nodes --------------------------------------------------------------
    def add_entity(self, entity: Entity) -> None:
        """Add a node, or merge synonyms/xrefs/attributes into an existing one."""
        if entity.category not in self.schema.categories:
            raise SchemaViolation(f"unknown category {entity.category!r} for {entity.id}")
        for key, _ in entity.attributes:
            problem = self.schema.attribute_error(entity.category, key)
            if problem:
                raise SchemaViolation(f"{entity.id}: {problem}")
        if entity.id in self._g:
            old: Entity = self._g.nodes[entity.id]["entity"]
            if old.category != entity.category:
                raise SchemaViolation(f"{entity.id} is both {old.category} and {entity.category}")
            entity = old.merged(entity)
        self._g.add_node(entity.id, entity=entity)
        self._version += 1

    def note_mention(self, node_id: str, document: str) -> None:
        """Record that a document mentions a node (exported as ``mentioned_in``)."""
        if node_id not in self._g:
            raise SchemaViolation(f"unknown node {node_id!r}")
        self._mentions.setdefault(node_id, set()).add(document)

    def mentioned_in(self, node_id: str) -> list[str]:
        return sorted(self._mentions.get(node_id, ()))

    def entity(self, node_id: str) -> Entity:
        return self._g.nodes[node_id]["entity"]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._g

    def nodes(self, category: str | None = None) -> Iterator[Entity]:
        for node_id in sorted(self._g.nodes):
            entity = self._g.nodes[node_id]["entity"]
            if category is None or entity.category == category:
                yield entity

    # -- edges --------------------------------------------------------------
    def add_assertion(self, assertion: Assertion) -> str:
        """Add an edge with its evidence; returns the edge id. Duplicates pool evidence."""
        if not assertion.evidence:
            raise MissingEvidence(f"{assertion.subject} -{assertion.predicate}-> {assertion.object} has no evidence")
        for end in (assertion.subject, assertion.object):
            if end not in self._g:
                raise SchemaViolation(f"unknown node {end!r}; add the entity first")
        s_cat = self.entity(assertion.subject).category
        o_cat = self.entity(assertion.object).category
        if not self.schema.allows(s_cat, assertion.predicate, o_cat):
            raise SchemaViolation(f"{s_cat} -{assertion.predicate}-> {o_cat} is not allowed by the schema")
        key = assertion.id
        if self._g.has_edge(assertion.subject, assertion.object, key):
            pooled: dict = self._g.edges[assertion.subject, assertion.object, key]["evidence"]
        else:
            pooled = {}
            self._g.add_edge(assertion.subject, assertion.object, key=key, predicate=assertion.predicate,
                             qualifiers=assertion.qualifiers, evidence=pooled)
        for ev in assertion.evidence:
            pooled.setdefault(ev.key(), ev)
        self._version += 1
        return key

    def assertions(self, predicate: str | None = None) -> Iterator[Assertion]:
        """Every edge as an :class:`Assertion` with its evidence, in id order."""
        rows = []
        for s, o, key, data in self._g.edges(keys=True, data=True):
            if predicate is None or data["predicate"] == predicate:
                evidence = sorted(data["evidence"].values(), key=Evidence.key)
                rows.append((key, Assertion(s, data["predicate"], o, data["qualifiers"], evidence)))
        for _, assertion in sorted(rows, key=lambda r: r[0]):
            yield assertion

    def edges(self, node_id: str, direction: str = "out", predicates=None) -> list[Assertion]:
        """The edges leaving (``"out"``) or entering (``"in"``) one node, optionally of some predicates, in id order.

        Local access for queries: cost grows with the node's degree, not the graph's size.

        >>> from kg.model import Entity, Evidence, Assertion
        >>> kg = KnowledgeGraph()
        >>> kg.add_entity(Entity("HGNC:7029", "Gene", "MET"))
        >>> kg.add_entity(Entity("crc:alt_met_amplification", "Alteration", "MET amplification"))
        >>> ev = Evidence("doc.txt", 0, 17, "MET is amplified.", "Intro", "rule")
        >>> _ = kg.add_assertion(Assertion("crc:alt_met_amplification", "alteration_of", "HGNC:7029", (), [ev]))
        >>> [a.subject for a in kg.edges("HGNC:7029", "in", {"alteration_of"})]
        ['crc:alt_met_amplification']
        """
        if node_id not in self._g:
            return []
        if direction not in ("in", "out"):
            raise ValueError(f"direction must be 'in' or 'out', not {direction!r}")
        adjacency = self._g.succ[node_id] if direction == "out" else self._g.pred[node_id]
        wanted = None if predicates is None else ({predicates} if isinstance(predicates, str) else set(predicates))
        out = []
        for other, keyed in adjacency.items():
            s, o = (node_id, other) if direction == "out" else (other, node_id)
            for key, data in keyed.items():
                if wanted is None or data["predicate"] in wanted:
                    evidence = sorted(data["evidence"].values(), key=Evidence.key)
                    out.append((key, Assertion(s, data["predicate"], o, data["qualifiers"], evidence)))
        return [a for _, a in sorted(out, key=lambda r: r[0])]

    def number_of_nodes(self) -> int:
        return self._g.number_of_nodes()

    def number_of_edges(self) -> int:
        return self._g.number_of_edges()

    # -- outcomes -----------------------------------------------------------
    def add_outcome(self, outcome: Outcome) -> None:
        """Attach a trial-arm outcome (to a TrialArm node; a whole-trial patient count may go on the Trial)."""
        if outcome.arm not in self._g or self.entity(outcome.arm).category not in ("TrialArm", "Trial"):
            raise SchemaViolation(f"outcome for unknown trial arm {outcome.arm!r}")
        if self.entity(outcome.arm).category == "Trial" and outcome.metric != "n":
            raise SchemaViolation(f"only a patient count (n) may be given for a whole trial ({outcome.arm})")
        key = (outcome.metric, outcome.subgroup or "", outcome.value, outcome.evidence.key())
        self._outcomes.setdefault(outcome.arm, {})[key] = outcome
        self._version += 1

    def outcomes(self, arm: str | None = None) -> list[Outcome]:
        arms = [arm] if arm else sorted(self._outcomes)
        out: list[Outcome] = []
        for a in arms:
            out.extend(o for _, o in sorted(self._outcomes.get(a, {}).items(), key=lambda kv: repr(kv[0])))
        return out

    # -- read-only views ------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """A read-only view of the underlying graph, for networkx algorithms."""
        return self._g.copy(as_view=True)

    def neighbors(self, node_id: str) -> Iterable[str]:
        return sorted(set(self._g.successors(node_id)) | set(self._g.predecessors(node_id)))
