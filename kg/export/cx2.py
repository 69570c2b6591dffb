"""CX2: ``kg.cx2``, the Cytoscape Exchange format version 2 that NDEx, Cytoscape Web and Cytoscape Desktop read.

A CX2 network is one JSON array of aspect blocks, in this order: the descriptor
``{"CXVersion": "2.0", "hasFragments": false}``; ``metaData`` (each aspect's name and element
count); ``attributeDeclarations`` (the data type of every network, node and edge attribute:
``string``, ``integer``, ``boolean``, ``list_of_string``); ``networkAttributes`` (name, version,
description); ``nodes`` (``{"id": n, "v": {...}}``); ``edges`` (``{"id": n, "s": n, "t": n, "v":
{...}}``); and the closing ``status`` (``[{"error": "", "success": true}]``).

CX2 element ids are whole numbers: nodes are numbered 0, 1, ... in CURIE order and edges in edge-id
order. The CURIE goes in the reserved attribute ``represents`` (an edge's: its assertion id); the
other attributes are the fields of :mod:`kg.export.flat` (lists as ``list_of_string``), with
``interaction`` (the project predicate) on edges. ``id`` may not be an attribute, and an edge's
``subject``/``object`` are its ``s``/``t``.

Format: "Cytoscape Exchange Format Specification (Version 2)", 22 July 2025,
https://cytoscape.org/cx/cx2/specification/cytoscape-exchange-format-specification-(version-2)/
"""
from __future__ import annotations

from pathlib import Path

from kg.export.cytoscape import edge_data, network_data, write_json
from kg.export.flat import BOOLEAN, INTEGER, LIST, STRING, edge_fields, edge_records, node_fields, node_records
from kg.graph import KnowledgeGraph

CX_VERSION = "2.0"
_CX_TYPE = {STRING: "string", INTEGER: "integer", BOOLEAN: "boolean", LIST: "list_of_string"}


def cx2_document(kg: KnowledgeGraph) -> list:
    """The graph as a CX2 network (a list of aspect blocks).

    >>> from kg.query.testing import tiny_graph
    >>> cx = cx2_document(tiny_graph())
    >>> [next(iter(block)) for block in cx]
    ['CXVersion', 'metaData', 'attributeDeclarations', 'networkAttributes', 'nodes', 'edges', 'status']
    >>> cx[4]["nodes"][0]["v"]["represents"], cx[5]["edges"][0]["s"] >= 0
    ('DRUGBANK:DB00002', True)
    """
    nfields, efields = node_fields(kg), edge_fields(kg)
    number = {}
    nodes = []
    for record in node_records(kg, nfields):
        number[record["id"]] = len(nodes)
        v = {k: value for k, value in record.items() if k != "id"}
        v["represents"] = record["id"]
        nodes.append({"id": len(nodes), "v": v})
    edges = []
    for record in edge_records(kg, efields):
        v = {k: value for k, value in edge_data(record).items() if k not in ("id", "source", "target")}
        v["represents"] = record["id"]
        edges.append({"id": len(edges), "s": number[record["subject"]], "t": number[record["object"]], "v": v})
    network = network_data()
    declarations = {
        "networkAttributes": {name: {"d": "string"} for name in network},
        "nodes": {f.name: {"d": _CX_TYPE[f.type]} for f in nfields if f.name != "id"} | {"represents": {"d": "string"}},
        "edges": ({f.name: {"d": _CX_TYPE[f.type]} for f in efields if f.name not in ("id", "subject", "object")}
                  | {"represents": {"d": "string"}, "interaction": {"d": "string"}}),
    }
    aspects = [("attributeDeclarations", [declarations]), ("networkAttributes", [network]), ("nodes", nodes),
               ("edges", edges)]
    return ([{"CXVersion": CX_VERSION, "hasFragments": False},
             {"metaData": [{"name": name, "elementCount": len(elements)} for name, elements in aspects]}]
            + [{name: elements} for name, elements in aspects]
            + [{"status": [{"error": "", "success": True}]}])


def write_cx2(kg: KnowledgeGraph, path: Path) -> list[Path]:
    """Write ``path`` (``kg.cx2``), atomically."""
    return write_json(cx2_document(kg), path)
