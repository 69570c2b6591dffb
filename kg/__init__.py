"""crc-resistance-kg: a knowledge graph of therapy resistance in metastatic colorectal cancer.

Data flow: text -> Document -> Sentence -> Mention -> Assertion (+ Evidence)
-> KnowledgeGraph -> exporters. Nothing is read or configured at import time.
"""
from kg.graph import KnowledgeGraph, SchemaViolation
from kg.model import Assertion, Entity, Evidence, Outcome

__all__ = ["KnowledgeGraph", "SchemaViolation", "Assertion", "Entity", "Evidence", "Outcome", "build", "load", "sparql"]
__version__ = "0.1.0"


def build(corpus_dir=None, **kwargs):
    """Build a :class:`KnowledgeGraph` from a directory of ``.txt`` documents.

    Thin re-export of :func:`kg.pipeline.build_graph`; see there for parameters.
    """
    from kg.pipeline import build_graph

    return build_graph(corpus_dir, **kwargs)


def load(out_dir):
    """Load a graph written by ``crckg build`` (KGX JSON Lines) from ``out_dir``."""
    from kg.export.kgx import read_kgx

    return read_kgx(out_dir)


def sparql(source, query, engine="oxigraph", **bindings):
    """Run a read-only SPARQL query on a graph, a ``kg.ttl`` or a build folder; rows as dicts.

    Thin re-export of :func:`kg.rdf.sparql.sparql`; see there for parameters.
    """
    from kg.rdf.sparql import sparql as run_sparql

    return run_sparql(source, query, engine, **bindings)
