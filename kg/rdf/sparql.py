"""Read-only SPARQL over the exported graph, on pyoxigraph (default, fast) or rdflib.

A query is checked before it runs: UPDATE operations and ``SERVICE`` (a network call) are
refused, and a syntax error names its line and column. Values are bound with the engines' own
substitution (pyoxigraph ``substitutions``, rdflib ``initBindings``), never by pasting text
into the query. The project's prefixes (``crc:``, ``hgnc:``, ``oa:`` ...) are predeclared.

>>> from kg.query.testing import tiny_graph
>>> store = open_store(tiny_graph())
>>> rows = sparql(store, "SELECT ?name WHERE { ?d crc:member_of ?c ; rdfs:label ?name } ORDER BY ?name")
>>> [r["name"] for r in rows]
['cetuximab', 'panitumumab']
>>> sparql(store, "SELECT ?d ?name WHERE { ?d rdfs:label ?name }", name="cetuximab")
[{'d': rdflib.term.URIRef('http://identifiers.org/drugbank/DB00002'), 'name': 'cetuximab'}]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef

from kg.graph import KnowledgeGraph
from kg.rdf.namespaces import XSD, rdf_prefixes
from kg.resources import ontology_dir
from kg.schema import load_schema

ENGINES = ("oxigraph", "rdflib")


class SparqlError(ValueError):
    """A query that may not or cannot run; the message says why (and where, for syntax errors)."""


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """The prefixes every query may use without declaring them (computed once; do not modify)."""
    return rdf_prefixes(load_schema().prefixes)


# --- checking a query -----------------------------------------------------------------------

def _walk(node):
    from pyparsing import ParseResults

    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, (list, tuple, ParseResults)):
        for value in node:
            yield from _walk(value)


def _projection(parsed) -> set[str] | None:
    """Names a SELECT returns (None for SELECT * and other forms)."""
    if "projection" not in parsed[1]:
        return None
    return {str(p["var"] if "var" in p else p["evar"]) for p in parsed[1]["projection"]}


def check_query(query: str, bindings=()) -> str:
    """Return the query form (SELECT, ASK, CONSTRUCT, DESCRIBE) or raise :class:`SparqlError`.

    The result is cached per query text, so a repeated query is parsed once.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    >>> check_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kg.rdf.sparql.SparqlError: this is a SPARQL UPDATE; the graph is read-only, so only SELECT, ASK, CONSTRUCT and DESCRIBE run
    >>> check_query("SELECT * WHERE {\\n ?s ?p }")
    Traceback (most recent call last):
    ...
    kg.rdf.sparql.SparqlError: syntax error at line 2, column 2: ... ?s ?p }
    """
    return _check(query, tuple(sorted(bindings)))


@lru_cache(maxsize=512)
def _check(query: str, bindings: tuple) -> str:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        try:
            parseUpdate(query)
        except ParseException:
            pass
        else:
            raise SparqlError("this is a SPARQL UPDATE; the graph is read-only, so only SELECT, ASK, CONSTRUCT "
                              "and DESCRIBE run") from None
        line = exc.line.strip()
        raise SparqlError(f"syntax error at line {exc.lineno}, column {exc.col}: ... {line[:80]}") from None
    for node in _walk(parsed):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise SparqlError("SERVICE is not allowed: queries run offline on the local graph only; "
                              "load the other data into your own store to join with it")
    form = parsed[1].name.replace("Query", "").upper()  # e.g. SelectQuery -> SELECT
    returned = _projection(parsed) if form == "SELECT" else None
    for name in bindings:
        if returned is not None and name not in returned:
            raise SparqlError(f"cannot bind ?{name}: a bound variable must be one the query returns "
                              f"(add ?{name} after SELECT, or use SELECT *)")
    return form


# --- loading --------------------------------------------------------------------------------

@dataclass
class Store:
    """A loaded graph on one engine (``oxigraph`` or ``rdflib``); reuse it for many queries."""

    engine: str
    backend: object
    triples: int


def _ntriples(kg: KnowledgeGraph) -> bytes:
    from kg.rdf.mapping import Triples

    return "".join(Triples(kg).ntriples()).encode("utf-8")


def graph_file(source) -> Path:
    path = Path(source)
    if path.is_dir():
        path = path / "kg.ttl"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found; run `crckg build` (it writes kg.ttl) or pass a Turtle file")
    return path


def open_store(source, engine: str = "oxigraph", ontology: bool = True) -> Store:
    """Load a graph for querying.

    Parameters
    ----------
    source : KnowledgeGraph, or path to a Turtle file or to a build folder holding ``kg.ttl``
    engine : "oxigraph" (default) or "rdflib"
    ontology : also load ``ontology/crc.ttl`` (class labels, the taxonomy's subclass links)
    """
    if engine not in ENGINES:
        raise SparqlError(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}")
    parts: list[tuple[str, object]] = []  # (format, path or bytes)
    if isinstance(source, KnowledgeGraph):
        parts.append(("nt", _ntriples(source)))
    else:
        parts.append(("turtle", graph_file(source)))
    if ontology:
        parts.append(("turtle", ontology_dir() / "crc.ttl"))
    if engine == "oxigraph":
        import pyoxigraph as ox

        store = ox.Store()
        for fmt, data in parts:
            kind = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
            try:
                if isinstance(data, Path):
                    store.bulk_load(path=str(data), format=kind)
                else:
                    store.bulk_load(input=data, format=kind)
            except SyntaxError as exc:
                raise SparqlError(f"{data if isinstance(data, Path) else 'graph'}: cannot parse ({exc})") from None
        return Store(engine, store, len(store))
    g = Graph()
    for fmt, data in parts:
        try:
            if isinstance(data, Path):
                g.parse(data, format=fmt)
            else:
                g.parse(data=data.decode("utf-8"), format=fmt)
        except Exception as exc:  # noqa: BLE001 - rdflib raises many parser types; report the file either way
            raise SparqlError(f"{data if isinstance(data, Path) else 'graph'}: cannot parse ({exc})") from None
    return Store(engine, g, len(g))


# --- running --------------------------------------------------------------------------------

_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def to_term(value):
    """A Python value as an RDF term for binding: rdflib terms pass through; str → string literal;
    bool, int, float/Decimal → xsd:boolean, xsd:integer, xsd:decimal.

    >>> to_term(30)
    rdflib.term.Literal('30', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    if isinstance(value, (URIRef, Literal, BNode)):
        return value
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, (float, Decimal)):
        return Literal(format(Decimal(repr(value)) if isinstance(value, float) else value, "f"), datatype=XSD.decimal)
    if isinstance(value, str):
        return Literal(value)
    raise SparqlError(f"cannot bind a {type(value).__name__}; use a str, number, bool or rdflib term")


def _to_ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _from_ox(term):
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


@dataclass
class Result:
    """A query's answer as RDF terms: ``variables`` and ``rows`` for SELECT (None where unbound),
    ``boolean`` for ASK, ``triples`` for CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str]
    rows: list[tuple]
    boolean: bool | None = None

    def records(self) -> list[dict]:
        """Rows as dicts of Python values (IRIs stay :class:`rdflib.URIRef`, decimals are Decimal)."""
        if self.form == "ASK":
            return [{"boolean": self.boolean}]
        return [{v: _python(t) for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def _python(term):
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return term


def run(store: Store, query: str, bindings: dict | None = None) -> Result:
    """Run a checked query on a store, with ``bindings`` (variable name → value) substituted safely."""
    form = check_query(query, list(bindings or ()))
    terms = {}
    for name, value in (bindings or {}).items():
        if not _VARIABLE.match(name):
            raise SparqlError(f"cannot bind {name!r}: not a variable name")
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise SparqlError(f"cannot bind ?{name}: the query has no such variable")
        terms[name] = to_term(value)
    if store.engine == "oxigraph":
        import pyoxigraph as ox

        try:
            answer = store.backend.query(query, prefixes=prefixes(),
                                         substitutions={ox.Variable(k): _to_ox(v) for k, v in terms.items()})
        except SyntaxError as exc:
            raise SparqlError(f"the engine refused the query: {exc}") from None
        except (RuntimeError, OSError) as exc:
            raise SparqlError(f"the query failed: {exc}") from None
        if form == "ASK":
            return Result(form, [], [], bool(answer))
        if form == "SELECT":
            variables = [v.value for v in answer.variables]
            rows = [tuple(_from_ox(solution[v]) for v in variables) for solution in answer]
            return Result(form, variables, rows)
        rows = [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in answer]
        return Result(form, ["subject", "predicate", "object"], rows)
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(query, initNs=prefixes())
    except Exception as exc:  # noqa: BLE001 - undeclared prefixes and the like: report, don't crash
        raise SparqlError(f"the engine refused the query: {exc}") from None
    answer = store.backend.query(prepared, initBindings=terms)
    if form == "ASK":
        return Result(form, [], [], bool(answer.askAnswer))
    if form == "SELECT":
        variables = [str(v) for v in answer.vars]
        return Result(form, variables, [tuple(row[v] for v in variables) for row in answer])
    return Result(form, ["subject", "predicate", "object"], [tuple(t) for t in answer])


def sparql(source, query: str, engine: str = "oxigraph", **bindings) -> list[dict]:
    """Run a read-only SPARQL query and return its rows as dicts.

    Parameters
    ----------
    source : a :class:`Store` from :func:`open_store` (fastest for many queries), a
        KnowledgeGraph, or a path to ``kg.ttl`` or a build folder
    query : SELECT, ASK, CONSTRUCT or DESCRIBE; the project prefixes are predeclared
    engine : "oxigraph" (default) or "rdflib" (ignored when ``source`` is a Store)
    **bindings : values for query variables, e.g. ``min_orr=30`` binds ``?min_orr`` to the
        integer 30 (str → string literal; pass an ``rdflib.URIRef`` for an IRI). A bound
        variable must be one the query returns (after SELECT, or SELECT *).

    Returns
    -------
    list of dict
        One dict per row, variable name → value; unbound variables are left out. ASK gives
        ``[{"boolean": ...}]``.

    Raises
    ------
    SparqlError
        For UPDATE, SERVICE, syntax errors (with line and column) and bad bindings.
    """
    store = source if isinstance(source, Store) else open_store(source, engine)
    return run(store, query, bindings).records()
