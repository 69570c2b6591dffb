"""JSON-LD: ``kg.jsonld``, compacted with the schema's prefixes as its context.

rdflib's JSON-LD writer follows the store's iteration order, so the document is put in a
canonical order afterwards: ``@graph`` by ``@id``, and every list of values sorted.
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import to_rdf


def _canonical(value):
    if isinstance(value, dict):
        return {key: _canonical(v) for key, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def jsonld_text(kg: KnowledgeGraph) -> str:
    g = to_rdf(kg)
    context = {prefix: str(ns) for prefix, ns in sorted(g.namespaces()) if prefix}
    doc = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    doc["@graph"] = sorted((_canonical(node) for node in doc.get("@graph", [])), key=lambda node: node["@id"])
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1) + "\n"


def write_jsonld(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.jsonld"
    write_atomic(path, jsonld_text(kg))
    return [path]
