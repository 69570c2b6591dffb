"""N-Triples: ``kg.nt``, one triple per line, lines sorted (byte-stable, easy to diff and stream).

The lines come from :meth:`kg.rdf.mapping.Triples.ntriples`, already in sorted order one subject
at a time, and are streamed to the file; no rdflib graph is built.
"""
from __future__ import annotations

from pathlib import Path

from kg.atomic import atomic_open
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import Triples


def ntriples_text(kg: KnowledgeGraph) -> str:
    return "".join(Triples(kg).ntriples())


def write_ntriples_to(kg: KnowledgeGraph, handle) -> None:
    """Write the graph as N-Triples to a text file ``handle``."""
    handle.writelines(Triples(kg).ntriples())


def write_ntriples(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.nt"
    with atomic_open(path) as handle:
        write_ntriples_to(kg, handle)
    return [path]
