"""The sentences behind edges (one edge, or every edge of one node), and outcome values the sources disagree on."""
from __future__ import annotations

from kg.conflicts import Conflict, find_conflicts
from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.query.reasoning import edge_hop
from kg.query.records import Hop
from kg.query.resolve import QueryError, resolve


def _check_predicate(kg: KnowledgeGraph, predicate: str | None) -> None:
    if predicate is not None and predicate not in kg.schema.predicates:
        raise QueryError(f"unknown predicate {shown(predicate)}; known: {', '.join(sorted(kg.schema.predicates))}")


def evidence(kg: KnowledgeGraph, subject: str, predicate: str | None = None, object: str | None = None) -> list[Hop]:
    """Every edge leaving ``subject`` (optionally of one predicate, to one object) with its sentences.

    Parameters
    ----------
    kg : KnowledgeGraph
    subject : str
        Name, synonym or id of the edge's subject.
    predicate : str, optional
        A predicate of the schema (``confers_resistance_to``, ``overcomes`` ...).
    object : str, optional
        Name, synonym or id of the edge's object.

    Returns
    -------
    list of Hop
        Each with ``evidence``: document, character offsets, section, sentence and study kind.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> [h] = evidence(tiny_graph(), "MET amplification", "confers_resistance_to", "EGFR blockade")
    >>> h.evidence[0].sentence, h.evidence[0].start
    ('MET amplification confers acquired resistance to EGFR blockade.', 52)
    """
    _check_predicate(kg, predicate)
    s = resolve(kg, subject)
    o = resolve(kg, object) if object is not None else None
    return [edge_hop(kg, a) for a in kg.edges(s.id, "out", predicate) if o is None or a.object == o.id]


def node_evidence(kg: KnowledgeGraph, node: str, predicate: str | None = None) -> list[Hop]:
    """Every edge touching ``node`` (leaving or entering it, optionally of one predicate) with its sentences.

    Edges leaving the node come first, then those entering it; each group is sorted by predicate,
    then by the other end's name and id, so the answer is the same on every run.

    Parameters
    ----------
    kg : KnowledgeGraph
    node : str
        Name, synonym or id of the node.
    predicate : str, optional
        A predicate of the schema (``confers_resistance_to``, ``overcomes`` ...).

    Returns
    -------
    list of Hop
        One per edge, each with ``evidence``: document, character offsets, section, sentence and study kind.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> for h in node_evidence(tiny_graph(), "Erbitux"):
    ...     print(h)
    cetuximab -member_of-> anti-EGFR antibody  [1 sentence(s)]
    adagrasib + cetuximab -has_component-> cetuximab  [1 sentence(s)]
    cetuximab + tivantinib -has_component-> cetuximab  [1 sentence(s)]
    >>> [h.object_name for h in node_evidence(tiny_graph(), "MET amplification", "confers_resistance_to")]
    ['anti-EGFR antibody']
    """
    _check_predicate(kg, predicate)
    n = resolve(kg, node).id
    leaving = [edge_hop(kg, a) for a in kg.edges(n, "out", predicate)]
    entering = [edge_hop(kg, a) for a in kg.edges(n, "in", predicate) if a.subject != n]  # a loop is listed once

    def order(h: Hop, other: str, other_name: str):
        return h.predicate, other_name.casefold(), other, h.qualifiers

    return (sorted(leaving, key=lambda h: order(h, h.object, h.object_name))
            + sorted(entering, key=lambda h: order(h, h.subject, h.subject_name)))


def conflicts(kg: KnowledgeGraph) -> list[Conflict]:
    """Outcomes of the same arm, metric and subgroup reported with different values, with every source.

    A value read from a table is marked ``"table"``, one read from prose ``"text"``; nothing is resolved.
    The same detection as the build report's (:func:`kg.conflicts.find_conflicts`).

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> [c] = conflicts(tiny_graph())
    >>> c.arm_name, c.metric, c.values, [kind for _, kind, _ in c.sources]
    ('study of cetuximab + tivantinib: cetuximab + tivantinib', 'ORR', (9.8, 10.0), ['text', 'text'])
    """
    return find_conflicts(kg)
