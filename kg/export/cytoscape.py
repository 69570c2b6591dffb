"""Cytoscape.js JSON: ``kg.cyjs``, the element JSON that Cytoscape.js (``cy.json()``) and Cytoscape Desktop read.

The document is ``{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}``: every element is
``{"data": {...}}``, a node's data with its ``id`` (the CURIE), an edge's with its ``id``,
``source`` and ``target`` (node ids) and ``interaction`` (the project predicate, the edge column
Cytoscape Desktop names edges by). The other keys are the fields of :mod:`kg.export.flat` (lists stay
JSON lists; an edge's ``subject``/``object`` are its ``source``/``target``). Elements are in id
order and keys sorted, so the same graph gives the same bytes.

Format: the Cytoscape.js documentation, "Notation: elements JSON" and ``cy.json()``
(https://js.cytoscape.org/#notation/elements-json).
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.atomic import write_atomic
from kg.export.flat import edge_records, node_records
from kg.graph import KnowledgeGraph
from kg.version import __version__

NETWORK_NAME = "crc-resistance-kg"


def network_data() -> dict:
    """The network's own attributes, the same in the Cytoscape.js and CX2 exports."""
    return {"name": NETWORK_NAME, "version": __version__,
            "description": "Therapy resistance in metastatic colorectal cancer, read from the literature; "
                           "every edge cites its evidence (document, sentence, character offsets)."}


def edge_data(record: dict) -> dict:
    """A flat edge record as Cytoscape names its ends and kind: ``source``, ``target``, ``interaction``."""
    data = {k: v for k, v in record.items() if k not in ("subject", "object")}
    data["source"], data["target"] = record["subject"], record["object"]
    data["interaction"] = record["crc_predicate"].split(":", 1)[1]
    return data


def cytoscape_document(kg: KnowledgeGraph) -> dict:
    """The graph as a Cytoscape.js JSON document.

    >>> from kg.query.testing import tiny_graph
    >>> doc = cytoscape_document(tiny_graph())
    >>> len(doc["elements"]["nodes"]), len(doc["elements"]["edges"])
    (19, 20)
    >>> sorted(doc["elements"]["edges"][0]["data"])[:4]
    ['agent_type', 'crc_predicate', 'documents', 'evidence_count']
    """
    return {"data": network_data(),
            "elements": {"nodes": [{"data": record} for record in node_records(kg)],
                         "edges": [{"data": edge_data(record)} for record in edge_records(kg)]}}


def write_json(document, path: Path) -> list[Path]:
    """Write a JSON ``document`` to ``path`` atomically, keys sorted (byte-stable); shared with CX2."""
    write_atomic(path, json.dumps(document, sort_keys=True, ensure_ascii=False, indent=1) + "\n")
    return [Path(path)]


def write_cytoscape(kg: KnowledgeGraph, path: Path) -> list[Path]:
    """Write ``path`` (``kg.cyjs``), atomically."""
    return write_json(cytoscape_document(kg), path)
