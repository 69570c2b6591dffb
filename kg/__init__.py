"""crc-resistance-kg: a knowledge graph of therapy resistance in metastatic colorectal cancer.

Data flow: text -> Document -> Sentence -> Mention -> Assertion (+ Evidence)
-> KnowledgeGraph -> exporters. Nothing is read or configured at import time, and importing
the package imports nothing but :mod:`kg.version`: the records and the graph are loaded on first
use, so ``crckg --help`` and the modules of every layer stay light (see ``docs/architecture.md``).

This module is the facade of the Python API; no module of the project imports it.

>>> import kg
>>> kg.KnowledgeGraph.__name__, kg.__version__ == __import__("kg.version").version.__version__
('KnowledgeGraph', True)
"""
from kg.version import __version__

__all__ = ["KnowledgeGraph", "SchemaViolation", "Assertion", "Entity", "Evidence", "Outcome", "build", "load", "sparql",
           "__version__"]

_LAZY = {"KnowledgeGraph": "kg.graph", "SchemaViolation": "kg.graph", "Assertion": "kg.model", "Entity": "kg.model",
         "Evidence": "kg.model", "Outcome": "kg.model"}


def __getattr__(name: str):
    """The records and the graph class, imported when first asked for (PEP 562)."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def build(corpus_dir=None, **kwargs):
    """Build a :class:`KnowledgeGraph` from a folder (or one file) of documents: text, PubMed, JATS or BioC.

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
