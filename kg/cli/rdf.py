"""``crckg sparql``, ``crckg validate`` and ``crckg serve``: the graph as RDF, queried and checked."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import typer

from kg.cli.common import escape as esc
from kg.cli.common import fail, stderr


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
    limit: int = typer.Option(50, "--limit", help="Rows shown in the table (csv and json give all)."),
) -> None:
    """Run a read-only SPARQL query over the exported graph (project prefixes such as crc: are predeclared)."""
    from kg.rdf.sparql import ENGINES, SparqlError, open_store, prefixes, run

    if engine not in ENGINES:
        fail(f"unknown engine {engine!r}; choose {' or '.join(ENGINES)}")
    if format not in ("table", "csv", "json"):
        fail(f"unknown format {format!r}; choose table, csv or json")
    if not query_file.is_file():
        fail(f"{query_file}: no such query file")
    query = query_file.read_text(encoding="utf-8")
    bindings = {}
    for item in bind:
        name, sep, value = item.partition("=")
        if not sep:
            fail(f"--bind {item!r}: write VAR=VALUE, e.g. --bind min_orr=30")
        bindings[name.lstrip("?$")] = _number_or_text(value)
    try:
        store = open_store(graph, engine)
        result = run(store, query, bindings)
    except FileNotFoundError as exc:
        fail(str(exc))
    except SparqlError as exc:
        fail(f"{query_file}: {exc}")
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
    table = Table(title=f"{query_file.name}: {len(result.rows)} row(s) ({engine})")
    for v in result.variables:
        table.add_column(v, overflow="fold")
    for row in result.rows[:limit]:
        table.add_row(*(esc(_short(t, converter)) for t in row))
    console.print(table)
    if len(result.rows) > limit:
        console.print(f"... {len(result.rows) - limit} more rows; use --limit N, or --format csv/json for all")


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


def _port_free(host: str, port: int) -> bool:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 20.0) -> bool:
    import time
    import urllib.error
    import urllib.parse
    import urllib.request

    deadline = time.monotonic() + seconds
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(probe, timeout=1) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    return False


def serve_command(
    graph: Path = typer.Option(Path("out"), "--graph", help=GRAPH_HELP),
    port: int = typer.Option(7878, "--port", help="Port on 127.0.0.1."),
    ontology: bool = typer.Option(True, "--ontology/--no-ontology", help="Also load ontology/crc.ttl."),
) -> None:
    """Serve the graph read-only at a SPARQL endpoint (the Oxigraph server) on 127.0.0.1 until Ctrl-C."""
    import signal
    import tempfile

    from kg.rdf.sparql import graph_file
    from kg.resources import ontology_dir

    host = "127.0.0.1"
    try:
        path = graph_file(graph)
    except FileNotFoundError as exc:
        fail(str(exc))
    binary = _oxigraph_binary()
    if binary is None:
        fail("the `oxigraph` server is not installed; `pip install oxigraph` (it is a dependency of this package)")
    if not 0 < port < 65536:
        fail(f"--port {port}: choose a port between 1 and 65535")
    if not _port_free(host, port):
        fail(f"port {port} on {host} is in use; choose another with --port")
    files = [str(path)] + ([str(ontology_dir() / "crc.ttl")] if ontology else [])
    workdir = Path(tempfile.mkdtemp(prefix="crckg-serve-"))
    proc = None

    def stop(*_):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        load = subprocess.run([binary, "load", "--location", str(workdir / "db"), "--file", *files],
                              capture_output=True, text=True)
        if load.returncode != 0:
            fail(f"oxigraph could not load {path}: {load.stderr.strip()[-500:]}", 1)
        proc = subprocess.Popen([binary, "serve-read-only", "--location", str(workdir / "db"), "--bind", f"{host}:{port}"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = f"http://{host}:{port}/query"
        if not _wait_until_up(url, proc):
            message = proc.stderr.read() if proc.poll() is not None and proc.stderr else ""
            fail(f"the Oxigraph server did not start on {host}:{port}. {message.strip()[-500:]}", 1)
        print(f"SPARQL endpoint (read-only): {url}", flush=True)
        print(f"  try: curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}' {url}",
              flush=True)
        print("Press Ctrl-C to stop.", flush=True)
        proc.wait()
        fail(f"the Oxigraph server stopped unexpectedly (exit {proc.returncode})", 1)
    except KeyboardInterrupt:
        print("Stopping the SPARQL endpoint.", flush=True)
    finally:
        signal.signal(signal.SIGTERM, previous)
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)
