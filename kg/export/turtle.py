"""RDF/Turtle: ``kg.ttl``, the triples of :class:`kg.rdf.mapping.Triples`, written by pyoxigraph.

The triples go to pyoxigraph's Turtle serialiser in a fixed order (sorted as Turtle spells
subject, predicate and object), streamed: the mapping makes N-Triples lines one subject at a
time, pyoxigraph parses them and writes Turtle straight to the file. Its ``@prefix`` lines are
sorted too, so the file is byte-stable. No rdflib graph is built.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.atomic import atomic_open
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import RDFExportError, Triples
from kg.rdf.terms import rdf_prefixes

_CHUNK = 1 << 16


class _LineReader(io.RawIOBase):
    """A binary file that reads the UTF-8 bytes of an iterable of text lines, as they are made."""

    def __init__(self, lines: Iterable[str]):
        self._lines: Iterator[str] = iter(lines)
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while len(self._buffer) < len(target):
            batch = "".join(line for _, line in zip(range(256), self._lines))
            if not batch:
                break
            self._buffer += batch.encode("utf-8")
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


class _SortedPrefixes(io.RawIOBase):
    """Passes Turtle through to ``out``, with the ``@prefix`` lines it starts with sorted."""

    def __init__(self, out):
        self._out = out
        self._head: bytes | None = b""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        if self._head is None:
            self._out.write(data)
            return len(data)
        self._head += data
        lines = self._head.split(b"\n")
        body = next((i for i, line in enumerate(lines[:-1]) if not line.startswith(b"@prefix ")), None)
        if body is not None:
            self._flush(lines, body)
        return len(data)

    def _flush(self, lines: list[bytes], body: int) -> None:
        self._out.write(b"".join(line + b"\n" for line in sorted(lines[:body])) + b"\n".join(lines[body:]))
        self._head = None

    def finish(self) -> None:
        """Write what is still held (a document that is only prefixes, or nothing at all)."""
        if self._head is not None:
            lines = self._head.split(b"\n")
            body = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
            self._flush(lines, body)


def write_turtle_to(kg: KnowledgeGraph, handle) -> None:
    """Write the graph as Turtle to a binary file ``handle``.

    Raises :class:`~kg.rdf.mapping.RDFExportError` when the graph cannot be written as RDF.
    """
    import pyoxigraph as ox

    triples = Triples(kg)
    prefixes = {k: v for k, v in rdf_prefixes(kg.schema.prefixes).items() if k not in ("sh", "owl")}
    out = _SortedPrefixes(handle)
    source = io.BufferedReader(_LineReader(triples.ntriples(turtle=True)), _CHUNK)
    try:
        ox.serialize(ox.parse(source, format=ox.RdfFormat.N_TRIPLES), out, format=ox.RdfFormat.TURTLE,
                     prefixes=prefixes)
    except SyntaxError as exc:
        raise RDFExportError(f"cannot write the graph as Turtle: {exc}") from None
    out.finish()


def turtle_text(kg: KnowledgeGraph) -> str:
    """The graph as Turtle with the schema's prefixes: sorted prefix lines, then triples in sorted order."""
    buffer = io.BytesIO()
    write_turtle_to(kg, buffer)
    return buffer.getvalue().decode("utf-8")


def write_turtle(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.ttl"
    with atomic_open(path, binary=True) as handle:
        write_turtle_to(kg, handle)
    return [path]
