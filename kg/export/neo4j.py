"""Neo4j bulk-import CSV: ``nodes.csv`` and ``relationships.csv`` for ``neo4j-admin database import full``.

Each file starts with a typed header (the Neo4j import-tool header format):

* ``nodes.csv``: ``id:ID`` (the CURIE, kept as the property ``id``), ``:LABEL`` (the Biolink class
  without ``biolink:``, e.g. ``SequenceVariant``), then the node fields of :mod:`kg.export.flat`;
* ``relationships.csv``: ``:START_ID``, ``:END_ID``, ``:TYPE`` (the project predicate in upper case,
  e.g. ``CONFERS_RESISTANCE_TO``: Biolink maps several project predicates to one, such as
  ``biolink:affects``, which stays in the ``predicate`` property), then the edge fields.

Whole numbers are ``:int``, flags ``:boolean``, lists ``:string[]`` whose items are joined by ``|``
(import with ``--array-delimiter="U+007C"``); a string column has no suffix. An empty field is no
property. Fields are quoted where needed by the csv module (RFC 4180: a quote inside is doubled;
a value may hold a line break, so import with ``--multiline-fields=true``). Rows are in id order,
so the same graph gives the same bytes. One file per kind keeps the import to two arguments; the
label and type are columns, not file names.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from kg.atomic import atomic_open
from kg.export.flat import (BOOLEAN, INTEGER, LIST, ExportError, Field, edge_fields, edge_records, joined,
                            node_fields, node_records)
from kg.graph import KnowledgeGraph

NODES, RELATIONSHIPS = "nodes.csv", "relationships.csv"
_SUFFIX = {INTEGER: ":int", BOOLEAN: ":boolean", LIST: ":string[]"}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def label(biolink_category: str) -> str:
    """A node label: the Biolink class without its prefix.

    >>> label("biolink:SequenceVariant")
    'SequenceVariant'
    """
    return biolink_category.split(":", 1)[-1]


def relationship_type(predicate: str) -> str:
    """A relationship type: the project predicate in upper case, every run of other characters as ``_``.

    >>> relationship_type("crc:confers_resistance_to")
    'CONFERS_RESISTANCE_TO'
    >>> relationship_type("crc:is-part of")
    'IS_PART_OF'
    """
    name = re.sub(r"[^A-Za-z0-9]+", "_", predicate.split(":", 1)[-1]).strip("_").upper()
    if not _NAME.fullmatch(name):
        raise ExportError(f"predicate {predicate!r} gives no relationship type (letters, digits and _ that do not "
                          f"start with a digit); rename it in ontology/schema.yaml")
    return name


def _column(field: Field) -> str:
    return field.name + _SUFFIX.get(field.type, "")


def _cell(record: dict, field: Field, owner: str) -> str:
    value = record.get(field.name)
    if value is None:
        return ""
    if field.type == LIST:
        return joined(value, owner, field.name)
    if field.type == BOOLEAN:
        return "true" if value else "false"
    return str(value)


def write_neo4j(kg: KnowledgeGraph, folder: Path) -> list[Path]:
    """Write ``nodes.csv`` and ``relationships.csv`` into ``folder`` (made if its parent exists), each atomically;
    both are made before either is written, so a graph one cannot hold changes neither.

    >>> import tempfile
    >>> from kg.query.testing import tiny_graph
    >>> paths = write_neo4j(tiny_graph(), Path(tempfile.mkdtemp()))
    >>> paths[0].read_text(encoding="utf-8").splitlines()[0].split(",")[:5]
    ['id:ID', ':LABEL', 'name', 'category', 'crc_category']
    >>> paths[1].read_text(encoding="utf-8").splitlines()[0].split(",")[:4]
    [':START_ID', ':END_ID', ':TYPE', 'id']
    """
    folder = Path(folder)
    files = {NODES: _node_rows(kg), RELATIONSHIPS: _relationship_rows(kg)}  # both made (and checked) first
    folder.mkdir(exist_ok=True)
    for name, rows in files.items():
        with atomic_open(folder / name) as handle:
            csv.writer(handle, lineterminator="\n").writerows(rows)
    return [folder / name for name in files]


def _node_rows(kg: KnowledgeGraph) -> list[list[str]]:
    fields = node_fields(kg)
    rest = [f for f in fields if f.name != "id"]
    rows = [["id:ID", ":LABEL"] + [_column(f) for f in rest]]
    for record in node_records(kg, fields):
        rows.append([record["id"], label(record["category"])] + [_cell(record, f, record["id"]) for f in rest])
    return rows


def _relationship_rows(kg: KnowledgeGraph) -> list[list[str]]:
    fields = edge_fields(kg)
    rest = [f for f in fields if f.name not in ("subject", "object")]
    rows = [[":START_ID", ":END_ID", ":TYPE"] + [_column(f) for f in rest]]
    for record in edge_records(kg, fields):
        rows.append([record["subject"], record["object"], relationship_type(record["crc_predicate"])]
                    + [_cell(record, f, record["id"]) for f in rest])
    return rows
