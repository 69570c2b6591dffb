"""N-Triples: ``kg.nt``, one triple per line, lines sorted (byte-stable, easy to diff and stream)."""
from __future__ import annotations

from pathlib import Path

from kg.atomic import write_atomic
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import to_rdf


def ntriples_text(kg: KnowledgeGraph) -> str:
    lines = sorted(line for line in to_rdf(kg).serialize(format="nt").splitlines() if line.strip())
    return "".join(line + "\n" for line in lines)


def write_ntriples(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.nt"
    write_atomic(path, ntriples_text(kg))
    return [path]
