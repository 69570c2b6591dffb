"""Exporters, one module per output format, registered in :data:`WRITERS`.

``crckg build`` writes the :data:`BUILD_FORMATS`; ``crckg export --format F`` writes any of them.
"""
from kg.export import jsonld, kgx, ntriples, turtle

WRITERS = {
    "kgx": kgx.write_kgx,
    "ttl": turtle.write_turtle,
    "nt": ntriples.write_ntriples,
    "jsonld": jsonld.write_jsonld,
}

BUILD_FORMATS = ("kgx", "ttl")
