"""``crckg sparql``, ``crckg validate`` and ``crckg serve``: the graph as RDF, queried and checked."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import typer

from kg.cli.common import escape as esc
from kg.cli.common import fail, stderr
from kg.echo import cut, shown


GRAPH_HELP = "A build folder (with kg.ttl) or a Turtle file."


def _short(term, converter) -> str:
    """A term for a terminal: an IRI as a CURIE of the predeclared prefixes where one fits."""
    from rdflib import URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        return converter.compress(str(term)) or f"<{term}>"
    return str(term)


def _json_term(term) -> dict:
    from rdflib import BNode, URIRef

    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def render(result, fmt: str) -> str:
    """A query result as SPARQL 1.1 JSON results, SPARQL CSV, or (``table``) plain rows for a terminal."""
    if fmt == "json":
        if result.form == "ASK":
            return json.dumps({"head": {}, "boolean": result.boolean}, indent=1)
        bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          indent=1, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        if result.form == "ASK":
            writer.writerow(["boolean"])
            writer.writerow(["true" if result.boolean else "false"])
        else:
            writer.writerow(result.variables)
            for row in result.rows:
                writer.writerow(["" if t is None else str(t) for t in row])
        return buf.getvalue()
    raise ValueError(fmt)


def sparql_command(
    query_file: Path = typer.Argument(..., help="A file with one SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)."),
    graph: Path = typer.Option(Path("out"), "--graph", help=GRAPH_HELP),
    engine: str = typer.Option("oxigraph", "--engine", help="oxigraph (fast, default) or rdflib."),
    format: str = typer.Option("table", "--format", help="table, csv (SPARQL CSV) or json (SPARQL 1.1 JSON results)."),
    bind: list[str] = typer.Option([], "--bind", help="VAR=VALUE, bound safely (numbers as numbers, else a string); repeatable."),
    limit: int = typer.Option(50, "--limit", help="Rows shown in the table (csv and json give every row read)."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds the query may run; past that: an error, exit 1."),
    max_rows: int = typer.Option(100_000, "--max-rows", help="Rows read at most; past that the rest are left out, with a warning."),
) -> None:
    """Run a read-only SPARQL query over the exported graph (project prefixes such as crc: are predeclared)."""
    from kg.rdf.sparql import ENGINES, SparqlError, SparqlTimeout, open_store, prefixes, run

    if engine not in ENGINES:
        fail(f"unknown engine {shown(engine)}; choose {' or '.join(ENGINES)}")
    if not 0 < timeout < float("inf"):
        fail(f"--timeout {timeout:g}: give a positive number of seconds")
    if max_rows < 1:
        fail(f"--max-rows {max_rows}: give a whole number of at least 1")
    if format not in ("table", "csv", "json"):
        fail(f"unknown format {shown(format)}; choose table, csv or json")
    try:
        query = query_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        fail(f"{cut(query_file)}: no such query file")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or "not UTF-8 text"
        fail(f"{cut(query_file)}: cannot be read as a query file ({reason}); pass a UTF-8 text file with one SPARQL query")
    bindings = {}
    for item in bind:
        name, sep, value = item.partition("=")
        if not sep:
            fail(f"--bind {shown(item)}: write VAR=VALUE, e.g. --bind min_orr=30")
        bindings[name.lstrip("?$")] = _number_or_text(value)
    try:
        store = open_store(graph, engine)
        result = run(store, query, bindings, timeout=timeout, max_rows=max_rows)
    except FileNotFoundError as exc:
        fail(str(exc))
    except SparqlTimeout:
        _give_up(f"{cut(query_file)}: the query ran longer than {timeout:g} s; narrow it (patterns that share no variable "
                 f"multiply each other's rows: a cartesian product), or allow more time with --timeout")
    except SparqlError as exc:
        fail(f"{cut(query_file)}: {exc}")
    if result.truncated:
        stderr().print(f"[yellow]warning:[/yellow] stopped after {max_rows} rows (--max-rows); the query has more, "
                       f"so they are left out: add a LIMIT or raise --max-rows")
    if format != "table":
        sys.stdout.write(render(result, format))
        if format == "json":
            sys.stdout.write("\n")
        return
    from curies import Converter
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False, highlight=False)
    if result.form == "ASK":
        console.print("true" if result.boolean else "false")
        return
    converter = Converter.from_prefix_map(prefixes())
    count = f"the first {len(result.rows)} rows" if result.truncated else f"{len(result.rows)} row(s)"
    table = Table(title=f"{query_file.name}: {count} ({engine})")
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows[:limit]:
        table.add_row(*(esc(_short(t, converter)) for t in row))
    console.print(table)
    if len(result.rows) > limit:
        console.print(f"... {len(result.rows) - limit} more rows; use --limit N, or --format csv/json for every row read")


def _give_up(message: str) -> NoReturn:
    """Print the error and end the process at once, exit 1.

    A pyoxigraph evaluation cannot be interrupted; it runs on in a background thread, which
    ``os._exit`` ends without waiting for it (after flushing what was printed).
    """
    import os

    stderr().print(f"[red]error:[/red] {esc(message)}")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)


def _number_or_text(value: str):
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def validate_command(graph: Path = typer.Option(Path("out"), "--graph", help=GRAPH_HELP)) -> None:
    """Check a built graph: its files are the set one build wrote (manifest.json), and its Turtle
    conforms to the SHACL shapes of ontology/shapes.ttl (pyshacl); exit 1 if not."""
    from rdflib import Graph

    from kg.outputs import MANIFEST, verify_manifest
    from kg.rdf.shapes import validate
    from kg.rdf.sparql import graph_file

    try:
        path = graph_file(graph)
    except FileNotFoundError as exc:
        fail(str(exc))
    if graph.is_dir() and ((graph / MANIFEST).exists() or (graph / "report.json").exists()):
        problems = verify_manifest(graph)
        for problem in problems:
            stderr().print(f"[red]error:[/red] {esc(problem)}")
        if problems:
            raise typer.Exit(1)
    data = Graph()
    try:
        data.parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001 - any parser error: name the file
        fail(f"{path}: cannot parse ({exc})")
    report = validate(data)
    print(report.text())
    if not report.conforms:
        raise typer.Exit(1)


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.is_file() else shutil.which("oxigraph")


def serve_command(
    graph: Path = typer.Option(Path("out"), "--graph", help=GRAPH_HELP),
    port: int = typer.Option(7878, "--port", help="Port on 127.0.0.1."),
    ontology: bool = typer.Option(True, "--ontology/--no-ontology", help="Also load ontology/crc.ttl."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run; past that the client gets an error (HTTP 504)."),
    max_rows: int = typer.Option(100_000, "--max-rows", help="Rows one answer may hold: a query without LIMIT gets "
                                 "LIMIT N, a larger LIMIT is refused (HTTP 400)."),
) -> None:
    """Serve the graph read-only at a SPARQL endpoint on 127.0.0.1 until Ctrl-C (the Oxigraph server,
    behind a front that refuses SERVICE and updates and stops queries that run too long)."""
    import signal
    import tempfile

    from kg.rdf.endpoint import Backend, EndpointError, make_server
    from kg.rdf.sparql import graph_file
    from kg.resources import ontology_dir

    try:
        path = graph_file(graph)
    except FileNotFoundError as exc:
        fail(str(exc))
    binary = _oxigraph_binary()
    if binary is None:
        fail("the `oxigraph` server is not installed; `pip install oxigraph` (it is a dependency of this package)")
    if not 0 < port < 65536:
        fail(f"--port {port}: choose a port between 1 and 65535")
    if not 0 < timeout < float("inf"):
        fail(f"--timeout {timeout:g}: give a positive number of seconds")
    if max_rows < 1:
        fail(f"--max-rows {max_rows}: give a whole number of at least 1")
    files = [str(path)] + ([str(ontology_dir() / "crc.ttl")] if ontology else [])
    workdir = Path(tempfile.mkdtemp(prefix="crckg-serve-"))
    backend = Backend(binary, workdir / "db", timeout, workdir / "oxigraph.log")
    try:
        server = make_server(port, backend, timeout, max_rows)
    except OSError:
        shutil.rmtree(workdir, ignore_errors=True)
        fail(f"port {port} on 127.0.0.1 is in use; choose another with --port")

    def stop(*_):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        load = subprocess.run([binary, "load", "--location", str(workdir / "db"), "--file", *files],
                              capture_output=True, text=True)
        if load.returncode != 0:
            fail(f"oxigraph could not load {path}: {load.stderr.strip()[-500:]}", 1)
        try:
            backend.start()
        except EndpointError as exc:
            fail(str(exc), 1)
        url = f"http://127.0.0.1:{port}/query"
        print(f"SPARQL endpoint (read-only): {url}", flush=True)
        print(f"  try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}' {url}",
              flush=True)
        print(f"Queries may run {timeout:g} s and return {max_rows} rows; SERVICE and updates are refused. "
              f"Press Ctrl-C to stop.", flush=True)
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopping the SPARQL endpoint.", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        backend.stop()
        shutil.rmtree(workdir, ignore_errors=True)
