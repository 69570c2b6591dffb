"""The SPARQL endpoint behind ``crckg serve``: a small HTTP front for the Oxigraph server.

The Oxigraph server (``oxigraph serve-read-only``) answers the queries, on an internal port.
Clients talk to this front instead, which

* checks every query with :func:`kg.rdf.sparql.check_query` first, so UPDATE, ``SERVICE`` (the
  Oxigraph server would call out to any URL a query names) and ``FROM``/``FROM NAMED`` get an
  HTTP 400 with a one-line reason instead of reaching the server;
* bounds each answer to ``max_rows`` rows (:func:`kg.rdf.sparql.bounded`);
* gives each query a time limit. The Oxigraph server's own ``--timeout-s`` (passed too) does not
  stop a query whose work all comes before the first row, such as a COUNT or an ORDER BY over a
  cartesian product, so when the limit passes the client gets an HTTP 504 with a one-line
  reason and the server process is restarted to stop the runaway work. Queries of other
  clients waiting for their first row at that moment are sent to the new server again.

Only ``/`` (Oxigraph's query page), ``/query`` and ``/store`` (reading the graph) are passed on.
"""
from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOST = "127.0.0.1"
CHUNK = 64 * 1024
MAX_BODY = 1_000_000  # bytes of a POSTed query
ROW_LIMIT_HEADER = "Crckg-Row-Limit"  # sent with every answer: the most rows it may hold
FORWARDED_HEADERS = ("Accept", "Content-Type")
RESPONSE_HEADERS = ("Content-Type", "Content-Disposition")


def _note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class EndpointError(RuntimeError):
    """The Oxigraph server could not be started; the message says why."""


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 20.0) -> bool:
    """Whether the server at ``url`` answers an ASK within ``seconds`` (False if ``proc`` ends first)."""
    import urllib.error
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Backend:
    """The Oxigraph server process answering the queries, on an internal port; restartable."""

    def __init__(self, binary: str, location: Path, timeout: float, log: Path):
        self.binary, self.location, self.timeout, self.log = binary, location, timeout, log
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.generation = 0  # counts starts, so that one overrun restarts the server once
        self.lock = threading.Lock()

    def start(self) -> None:
        """Start the server and wait until it answers; :class:`EndpointError` if it does not."""
        self.port = _free_port()
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [self.binary, "serve-read-only", "--location", str(self.location), "--bind", f"{HOST}:{self.port}",
                 "--timeout-s", str(max(1, round(self.timeout)))],
                stdout=subprocess.DEVNULL, stderr=log)
        self.generation += 1
        if not wait_until_up(f"http://{HOST}:{self.port}/query", self.proc):
            self.stop()
            message = self.log.read_text(encoding="utf-8", errors="replace").strip()[-500:]
            raise EndpointError(f"the Oxigraph server did not start. {message}")

    def current(self) -> tuple[int, int]:
        """(port, generation) of the running server; waits while a restart is under way."""
        with self.lock:
            return self.port, self.generation

    def restart(self, generation: int) -> None:
        """Stop and start the server, unless it was restarted since ``generation``."""
        with self.lock:
            if generation == self.generation:
                self.stop()
                self.start()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _one_line(handler: BaseHTTPRequestHandler, status: int, message: str) -> None:
    body = f"error: {message}\n".encode("utf-8")
    handler.send_response(status)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.write(body)


class _Handler(BaseHTTPRequestHandler):
    """Answers are passed on in HTTP/1.1 chunks; one cut at the time limit lacks the closing chunk,
    so clients report an incomplete answer rather than taking it for the whole."""

    server_version = "crckg-sparql"
    protocol_version = "HTTP/1.1"
    backend: Backend
    timeout_s: float
    max_rows: int

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass  # one line per request would drown the messages that matter

    def do_GET(self):
        self.close_connection = True
        path, _, params = self.path.partition("?")
        if path == "/query":
            self._query(urllib.parse.parse_qs(params), b"")
        elif path in ("/", "/store"):
            self._forward(b"")
        else:
            _one_line(self, 404, f"no such page {path}; send queries to /query")

    def do_POST(self):
        self.close_connection = True
        path, _, params = self.path.partition("?")
        length = (self.headers.get("Content-Length") or "0").strip()
        if not length.isdigit() or int(length) > MAX_BODY:
            _one_line(self, 413, f"a request body must state its length (Content-Length) and be at most "
                                 f"{MAX_BODY:,} bytes")
            return
        body = self.rfile.read(int(length))
        if path == "/update":
            _one_line(self, 403, "the endpoint is read-only; updates are refused")
            return
        if path != "/query":
            _one_line(self, 404, f"no such page {path}; send queries to /query")
            return
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        fields = urllib.parse.parse_qs(params)
        if kind == "application/sparql-query":
            fields["query"] = [body.decode("utf-8", errors="replace")]
        elif kind == "application/x-www-form-urlencoded":
            for name, values in urllib.parse.parse_qs(body.decode("utf-8", errors="replace")).items():
                fields.setdefault(name, []).extend(values)
        else:
            _one_line(self, 415, "send the query as application/sparql-query or as a form field `query`")
            return
        self._query(fields, body)

    def _query(self, fields: dict, body: bytes) -> None:
        from kg.rdf.sparql import SparqlError, bounded

        if len(fields.get("query", ())) != 1:
            _one_line(self, 400, "give exactly one query (the `query` parameter)")
            return
        if "default-graph-uri" in fields or "named-graph-uri" in fields:
            _one_line(self, 400, "default-graph-uri and named-graph-uri are not supported: the graph is one "
                                 "default graph")
            return
        try:
            query = bounded(fields["query"][0], self.max_rows)
        except SparqlError as exc:
            _one_line(self, 400, str(exc))
            return
        # sent on as a POST of the checked query, with its row limit (whatever form it came in)
        self._forward(query.encode("utf-8"), "POST", "/query", "application/sparql-query")

    def _forward(self, body: bytes, method: str | None = None, path: str | None = None,
                 content_type: str | None = None) -> None:
        """Pass the request to the Oxigraph server and its answer back, within the time limit.

        A request that finds the server gone before any answer (restarted to stop another
        client's query) is sent once more; queries are read-only, so that is safe.
        """
        deadline = time.monotonic() + self.timeout_s
        for attempt in (1, 2):
            port, generation = self.backend.current()
            outcome = self._relay(port, body, deadline, method or self.command, path or self.path, content_type)
            if outcome in ("late", "cut"):
                _note(f"a query ran longer than {self.timeout_s:g} s; restarting the Oxigraph server to stop it")
                self.backend.restart(generation)  # first, so that the client's next query finds the new server
                if outcome == "late":
                    _one_line(self, 504, f"the query ran longer than {self.timeout_s:g} s and was stopped; narrow "
                                         f"it (patterns that share no variable multiply each other's rows)")
                return
            if outcome != "lost":
                return
            if self.backend.proc is not None and self.backend.proc.poll() is not None:
                self.backend.restart(generation)  # it ended without a restart of ours: it crashed
        _one_line(self, 502, "the query engine was restarted while answering; send the query again")

    def _relay(self, port: int, body: bytes, deadline: float, method: str, path: str,
               content_type: str | None) -> str:
        """"done"; "late" or "cut" when the time ran out before or during the answer; "lost" or
        "broken" when a connection failed before or during it."""
        connection = http.client.HTTPConnection(HOST, port, timeout=max(0.1, deadline - time.monotonic()))
        headers = {name: self.headers[name] for name in FORWARDED_HEADERS if self.headers.get(name)}
        started = False
        try:
            connection.connect()
            sock = connection.sock  # kept: the connection lets go of it once the response is under way
            if content_type:
                headers["Content-Type"] = content_type
            connection.request(method, path, body=body or None, headers=headers)
            response = connection.getresponse()
            self.send_response(response.status)
            for name in RESPONSE_HEADERS:
                if response.getheader(name):
                    self.send_header(name, response.getheader(name))
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header(ROW_LIMIT_HEADER, str(self.max_rows))
            self.send_header("Connection", "close")
            started = True
            self.end_headers()
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                sock.settimeout(remaining)
                chunk = response.read1(CHUNK)
                if not chunk:
                    self.wfile.write(b"0\r\n\r\n")
                    return "done"
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except TimeoutError:
            return "cut" if started else "late"
        except (ConnectionError, http.client.HTTPException):
            return "broken" if started else "lost"  # broken: the client went away, or the server mid-answer
        finally:
            connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        error = sys.exc_info()[1]
        if not isinstance(error, ConnectionError):  # a client that hung up is not worth a line
            _note(f"error while answering {client_address[0]}: {type(error).__name__}: {error}")


def make_server(port: int, backend: Backend, timeout: float, max_rows: int = 100_000) -> ThreadingHTTPServer:
    """The front on 127.0.0.1:``port`` (OSError if the port is taken); call ``serve_forever()``.

    Queries may run ``timeout`` seconds, and an answer holds at most ``max_rows`` rows (see
    :func:`kg.rdf.sparql.bounded`).
    """
    handler = type("Handler", (_Handler,), {"backend": backend, "timeout_s": timeout, "max_rows": max_rows})
    return _Server((HOST, port), handler)
