"""JSON-LD: ``kg.jsonld``, compacted with the schema's prefixes as its context, in a canonical order.

Each subject of :class:`kg.rdf.mapping.Triples` is one node object of ``@graph``: ``@id`` and
``@type`` compacted to CURIEs where a prefix of the context ends the IRI's namespace (the part up
to its last ``#`` or ``/``), every property compacted the same way, an IRI value as
``{"@id": ...}``, a boolean as JSON ``true``/``false``, another typed literal as
``{"@type": ..., "@value": ...}``, a plain string as itself; one value stays single, several make
a list. This is the form rdflib's JSON-LD writer gives with ``auto_compact``. The document is
canonical: ``@graph`` sorted by ``@id``, every list sorted, keys sorted. Nodes are written one
at a time, in order, without building an rdflib graph.
"""
from __future__ import annotations

import json
from pathlib import Path

from kg.atomic import atomic_open
from kg.graph import KnowledgeGraph
from kg.rdf.mapping import RDF_TYPE, XSD_BOOLEAN, Literal, Term, Triples
from kg.rdf.terms import rdf_prefixes

_GEN_DELIMS = (":", "/", "?", "#", "[", "]", "@")  # an IRI ending in one of these can be a JSON-LD prefix


def _dumps(value, indent: int | None = 1) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=indent)


def _canonical(value):
    if isinstance(value, dict):
        return {key: _canonical(v) for key, v in value.items()}
    if isinstance(value, list):
        items = [_canonical(v) for v in value]
        return sorted(items, key=lambda v: _dumps(v, None))
    return value


class _Compactor:
    """IRIs as CURIEs of the context's prefixes (``hgnc:3430``), else whole."""

    def __init__(self, context: dict[str, str]):
        self.prefixes = {iri: name for name, iri in context.items() if iri.endswith(_GEN_DELIMS)}
        self._done: dict[str, str] = {}

    def __call__(self, iri: str) -> str:
        out = self._done.get(iri)
        if out is None:
            out = iri
            for delim in ("#", "/", ":"):
                at = iri.rfind(delim)
                if at > -1:
                    prefix = self.prefixes.get(iri[:at + 1])
                    if prefix:
                        out = f"{prefix}:{iri[at + 1:]}"
                    break
            self._done[iri] = out
        return out


def _value(o: Term, compact: _Compactor):
    if type(o) is str:
        return {"@id": compact(o)}
    if o.datatype == XSD_BOOLEAN:
        return o.value in ("true", "1")
    if o.datatype:
        return {"@type": compact(o.datatype), "@value": o.value}
    return o.value


def node_object(subject: str, pairs, compact: _Compactor) -> dict:
    """The JSON-LD node object of one subject and its (predicate, object) pairs, canonical."""
    node: dict = {"@id": compact(subject)}
    for p, o in pairs:
        if p == RDF_TYPE and type(o) is str:
            key, value = "@type", compact(o)
        else:
            key, value = compact(p), _value(o, compact)
        if key in node:
            if not isinstance(node[key], list):
                node[key] = [node[key]]
            node[key].append(value)
        else:
            node[key] = value
    return _canonical(node)


def _indent(text: str, spaces: str) -> str:
    return "\n".join(spaces + line for line in text.split("\n"))


def write_jsonld_to(kg: KnowledgeGraph, handle) -> None:
    """Write the graph as canonical compacted JSON-LD to a text file ``handle``."""
    triples = Triples(kg)
    context = {k: v for k, v in rdf_prefixes(kg.schema.prefixes).items() if k not in ("sh", "owl")}
    compact = _Compactor(context)
    head = _dumps({"@context": context, "@graph": []})
    subjects = sorted(triples.subjects, key=compact)
    if not subjects:
        handle.write(head + "\n")
        return
    handle.write(head[:-len("[]\n}")] + "[\n")
    for i, subject in enumerate(subjects):
        if i:
            handle.write(",\n")
        handle.write(_indent(_dumps(node_object(subject, triples.of(subject), compact)), "  "))
    handle.write("\n ]\n}\n")


def jsonld_text(kg: KnowledgeGraph) -> str:
    import io

    buffer = io.StringIO()
    write_jsonld_to(kg, buffer)
    return buffer.getvalue()


def write_jsonld(kg: KnowledgeGraph, out_dir: Path) -> list[Path]:
    path = Path(out_dir) / "kg.jsonld"
    with atomic_open(path) as handle:
        write_jsonld_to(kg, handle)
    return [path]
