"""GraphML: ``kg.graphml`` for Gephi, yEd and Cytoscape, written by networkx's GraphML writer.

A directed multigraph: a node per entity (its GraphML ``id`` is the CURIE), an edge per assertion (its
GraphML ``id`` is the assertion's content-derived id, so edge keys are the same in every export).
Nodes and edges carry the fields of :mod:`kg.export.flat` (``id``, ``subject`` and ``object`` as the
GraphML ``id``, ``source`` and ``target``), and a ``label`` (the node's name; the edge's project
predicate) that Gephi shows. GraphML values are scalars, so a list is written as one
string, its items joined by ``|`` (:func:`kg.export.flat.joined`); whole numbers are ``int`` and
flags ``boolean`` attributes. XML 1.0 cannot hold most control characters; one in a value (say a
form feed in a title) is written as U+FFFD. Nodes, edges and attributes are added in id order, so
the same graph gives the same bytes.
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_open
from kg.export.flat import LIST, edge_fields, edge_records, joined, node_fields, node_records
from kg.graph import KnowledgeGraph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _value(value, field_type: str, owner: str, name: str):
    if field_type == LIST:
        value = joined(value, owner, name)
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    return value


def _attributes(record: dict, types: dict[str, str], owner: str) -> dict:
    """The record's values as GraphML data, but for the ids GraphML holds itself (element ``id``,
    ``source``, ``target``): readers such as igraph keep the element id as an attribute ``id``."""
    return {name: _value(value, types[name], owner, name) for name, value in record.items()
            if name not in ("id", "subject", "object")}


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The graph as a networkx ``MultiDiGraph`` whose attributes are all GraphML scalars.

    >>> from kg.query.testing import tiny_graph
    >>> g = to_graphml_graph(tiny_graph())
    >>> g.number_of_nodes(), g.number_of_edges()
    (19, 20)
    >>> g.nodes["HGNC:7029"]["label"], g.nodes["HGNC:7029"]["category"]
    ('MET', 'biolink:Gene')
    """
    g = nx.MultiDiGraph()
    nfields = node_fields(kg)
    ntypes = {f.name: f.type for f in nfields}
    for record in node_records(kg, nfields):
        g.add_node(record["id"], label=_value(record["name"], "string", record["id"], "name"),
                   **_attributes(record, ntypes, record["id"]))
    efields = edge_fields(kg)
    etypes = {f.name: f.type for f in efields}
    for record in edge_records(kg, efields):
        attrs = _attributes(record, etypes, record["id"])
        g.add_edge(record["subject"], record["object"], key=record["id"],
                   label=record["crc_predicate"].split(":", 1)[1], **attrs)
    return g


def write_graphml_to(kg: KnowledgeGraph, handle) -> None:
    """Write the graph as GraphML (UTF-8) to a binary file ``handle``."""
    nx.write_graphml_xml(to_graphml_graph(kg), handle, encoding="utf-8", prettyprint=True)


def write_graphml(kg: KnowledgeGraph, path: Path) -> list[Path]:
    """Write ``path`` (``kg.graphml``), atomically."""
    path = Path(path)
    with atomic_open(path, binary=True) as handle:
        write_graphml_to(kg, handle)
    return [path]
