"""Read-only SPARQL over the exported graph, on pyoxigraph (default, fast) or rdflib.

A query is checked before it runs: UPDATE operations, ``SERVICE`` (a network call) and
``FROM``/``FROM NAMED`` (the graph is one default graph) are refused, and a syntax error names
its line and column. A query can be given a time limit and a row limit (:func:`run`). Values are bound with the engines' own
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
import threading
import warnings
from dataclasses import dataclass
from itertools import islice
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


class SparqlTimeout(SparqlError):
    """A query that ran longer than its time limit (``seconds``)."""

    def __init__(self, seconds: float):
        super().__init__(f"the query ran longer than {seconds:g} s; narrow it (patterns that share no "
                         f"variable multiply each other's rows) or allow more time")
        self.seconds = seconds


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
def _parse(query: str):
    """rdflib's parse of a query (pyparsing's ParseException if it is not one); read-only, parsed once."""
    from rdflib.plugins.sparql.parser import parseQuery

    return parseQuery(query)


@lru_cache(maxsize=512)
def _check(query: str, bindings: tuple) -> str:
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parsed = _parse(query)
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
    if "datasetClause" in parsed[1]:
        raise SparqlError("FROM and FROM NAMED are not supported: the graph is one default graph (no named "
                          "graphs); drop the clause and query the default graph")
    form = parsed[1].name.replace("Query", "").upper()  # e.g. SelectQuery -> SELECT
    returned = _projection(parsed) if form == "SELECT" else None
    for name in bindings:
        if returned is not None and name not in returned:
            raise SparqlError(f"cannot bind ?{name}: a bound variable must be one the query returns "
                              f"(add ?{name} after SELECT, or use SELECT *)")
    return form


def bounded(query: str, max_rows: int) -> str:
    """``query`` made to return at most ``max_rows`` results (rows, or triples of a CONSTRUCT or DESCRIBE).

    A query without ``LIMIT`` gets ``LIMIT max_rows`` added at its end; one whose ``LIMIT`` is already
    at most ``max_rows``, and an ASK, is returned as it is. Raises :class:`SparqlError` for a larger
    ``LIMIT`` and for a query that ends in a ``VALUES`` block but has no ``LIMIT`` (where a limit cannot
    simply be added at the end), and for anything :func:`check_query` refuses.

    >>> bounded("SELECT * WHERE { ?s ?p ?o } # all", 10)
    'SELECT * WHERE { ?s ?p ?o } # all\\nLIMIT 10'
    >>> bounded("SELECT * WHERE { ?s ?p ?o } LIMIT 5", 10)
    'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
    >>> bounded("SELECT * WHERE { ?s ?p ?o } LIMIT 50", 10)
    Traceback (most recent call last):
    ...
    kg.rdf.sparql.SparqlError: LIMIT 50 is above the 10 rows one answer may hold; lower it, and page with OFFSET
    """
    if check_query(query) == "ASK":
        return query
    body = _parse(query)[1]
    clauses = body["limitoffset"] if "limitoffset" in body else {}
    if "limit" in clauses:
        limit = int(clauses["limit"])
        if limit > max_rows:
            raise SparqlError(f"LIMIT {limit} is above the {max_rows} rows one answer may hold; lower it, "
                              f"and page with OFFSET")
        return query
    if "valuesClause" in body:
        raise SparqlError(f"a query that ends in a VALUES block needs a LIMIT (at most {max_rows}) before it")
    return f"{query}\nLIMIT {max_rows}"


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
    ``boolean`` for ASK, ``triples`` for CONSTRUCT/DESCRIBE; ``truncated`` when the row limit cut them."""

    form: str
    variables: list[str]
    rows: list[tuple]
    boolean: bool | None = None
    truncated: bool = False  # rows were left out (the row limit was reached)

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


class _Cancelled(Exception):
    """Raised inside an abandoned rdflib evaluation so that it stops."""


class _Watched(Graph):
    """A view of an rdflib graph (same store, no copy) whose triple lookups stop once ``cancel`` is set.

    rdflib evaluates queries in Python, pulling every match through :meth:`triples`, so this is
    where an evaluation that has run out of time notices it and ends.
    """

    def __init__(self, graph: Graph, cancel: threading.Event):
        super().__init__(store=graph.store, identifier=graph.identifier, namespace_manager=graph.namespace_manager)
        self._cancel = cancel

    def triples(self, triple):
        for match in super().triples(triple):
            if self._cancel.is_set():
                raise _Cancelled
            yield match


def _take(answer, max_rows: int | None) -> tuple[list, bool]:
    """The first ``max_rows`` items of an iterator (all if None) and whether more were left."""
    if max_rows is None:
        return list(answer), False
    items = list(islice(answer, max_rows + 1))
    return items[:max_rows], len(items) > max_rows


def _evaluate(store: Store, query: str, form: str, terms: dict, max_rows: int | None,
              cancel: threading.Event | None) -> Result:
    if store.engine == "oxigraph":
        import pyoxigraph as ox

        try:
            answer = store.backend.query(query, prefixes=prefixes(),
                                         substitutions={ox.Variable(k): _to_ox(v) for k, v in terms.items()})
            if form == "ASK":
                return Result(form, [], [], bool(answer))
            if form == "SELECT":
                variables = [v.value for v in answer.variables]
                solutions, truncated = _take(answer, max_rows)
                rows = [tuple(_from_ox(solution[v]) for v in variables) for solution in solutions]
                return Result(form, variables, rows, truncated=truncated)
            triples, truncated = _take(answer, max_rows)
            rows = [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in triples]
            return Result(form, ["subject", "predicate", "object"], rows, truncated=truncated)
        except SyntaxError as exc:
            raise SparqlError(f"the engine refused the query: {exc}") from None
        except (RuntimeError, OSError) as exc:
            raise SparqlError(f"the query failed: {exc}") from None
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepared = prepareQuery(query, initNs=prefixes())
    except Exception as exc:  # noqa: BLE001 - undeclared prefixes and the like: report, don't crash
        raise SparqlError(f"the engine refused the query: {exc}") from None
    graph = store.backend if cancel is None else _Watched(store.backend, cancel)
    try:
        answer = graph.query(prepared, initBindings=terms)
        if form == "ASK":
            return Result(form, [], [], bool(answer.askAnswer))
        if form == "SELECT":
            variables = [str(v) for v in answer.vars]
            found, truncated = _take(answer, max_rows)
            return Result(form, variables, [tuple(row[v] for v in variables) for row in found], truncated=truncated)
        triples, truncated = _take(iter(answer), max_rows)
        return Result(form, ["subject", "predicate", "object"], [tuple(t) for t in triples], truncated=truncated)
    except _Cancelled:
        raise
    except Exception as exc:  # noqa: BLE001 - rdflib raises bare Exception (e.g. GRAPH on a single graph)
        raise SparqlError(f"the query failed: {exc}") from None


def _within(seconds: float, work):
    """``work()``'s result, or :class:`SparqlTimeout` once ``seconds`` have passed.

    The work runs in a daemon thread (pyoxigraph releases the GIL while it evaluates, so the
    waiting thread wakes on time). An rdflib evaluation is then told to stop; a pyoxigraph one
    cannot be interrupted and runs on in the background until it ends or the process exits.
    """
    cancel = threading.Event()
    outcome: dict = {}

    def target():
        try:
            outcome["value"] = work(cancel)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = exc

    worker = threading.Thread(target=target, name="sparql-query", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        cancel.set()
        raise SparqlTimeout(seconds)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def run(store: Store, query: str, bindings: dict | None = None, *, timeout: float | None = None,
        max_rows: int | None = None) -> Result:
    """Run a checked query on a store, with ``bindings`` (variable name → value) substituted safely.

    ``timeout`` (seconds) raises :class:`SparqlTimeout` when the query has not finished in time;
    on the oxigraph engine the abandoned evaluation keeps running in a background thread until it
    ends (the ``crckg sparql`` command exits instead). ``max_rows`` stops reading after that many
    rows (or triples) and sets ``Result.truncated`` if there were more.
    """
    if timeout is not None and not 0 < timeout < float("inf"):
        raise SparqlError(f"timeout must be a positive number of seconds, not {timeout!r}")
    if max_rows is not None and (isinstance(max_rows, bool) or not isinstance(max_rows, int) or max_rows < 1):
        raise SparqlError(f"max_rows must be a whole number of at least 1, not {max_rows!r}")
    form = check_query(query, list(bindings or ()))
    terms = {}
    for name, value in (bindings or {}).items():
        if not _VARIABLE.match(name):
            raise SparqlError(f"cannot bind {name!r}: not a variable name")
        if not re.search(rf"[?$]{re.escape(name)}\b", query):
            raise SparqlError(f"cannot bind ?{name}: the query has no such variable")
        terms[name] = to_term(value)
    if timeout is None:
        return _evaluate(store, query, form, terms, max_rows, None)
    return _within(timeout, lambda cancel: _evaluate(store, query, form, terms, max_rows, cancel))


def sparql(source, query: str, engine: str = "oxigraph", *, timeout: float | None = None,
           max_rows: int | None = None, **bindings) -> list[dict]:
    """Run a read-only SPARQL query and return its rows as dicts.

    Parameters
    ----------
    source : a :class:`Store` from :func:`open_store` (fastest for many queries), a
        KnowledgeGraph, or a path to ``kg.ttl`` or a build folder
    query : SELECT, ASK, CONSTRUCT or DESCRIBE; the project prefixes are predeclared
    engine : "oxigraph" (default) or "rdflib" (ignored when ``source`` is a Store)
    timeout : seconds the query may run (None, the default: no limit); see :func:`run`
    max_rows : keep at most this many rows (None: all); a :class:`UserWarning` says when rows
        were left out
    **bindings : values for query variables, e.g. ``min_orr=30`` binds ``?min_orr`` to the
        integer 30 (str → string literal; pass an ``rdflib.URIRef`` for an IRI). A bound
        variable must be one the query returns (after SELECT, or SELECT *). Variables named
        ``timeout`` or ``max_rows`` cannot be bound this way; use :func:`run`.

    Returns
    -------
    list of dict
        One dict per row, variable name → value; unbound variables are left out. ASK gives
        ``[{"boolean": ...}]``.

    Raises
    ------
    SparqlError
        For UPDATE, SERVICE, FROM, syntax errors (with line and column) and bad bindings;
        :class:`SparqlTimeout` when the time limit passed.
    """
    store = source if isinstance(source, Store) else open_store(source, engine)
    result = run(store, query, bindings, timeout=timeout, max_rows=max_rows)
    if result.truncated:
        warnings.warn(f"stopped after {max_rows} rows (max_rows); the query has more", UserWarning, stacklevel=2)
    return result.records()
