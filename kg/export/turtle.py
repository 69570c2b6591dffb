"""RDF/Turtle: ``kg.ttl``, the graph as :func:`kg.rdf.mapping.to_rdf` describes it."""
from __future__ import annotations

from pathlib import Path

from kg.export.common import write_atomic
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import to_rdf


def turtle_text(kg: KnowledgeGraph) -> str:
    """The graph as Turtle, with the schema's prefixes bound (rdflib sorts subjects, so it is byte-stable)."""
    return to_rdf(kg).serialize(format="turtle")


def write_turtle(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.ttl"
    write_atomic(path, turtle_text(kg))
    return [path]
