"""SPARQL: every example query on both engines with the expected answers; safety; the CLI; the endpoint."""
from __future__ import annotations

import http.client
import json
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from decimal import Decimal

import pytest

from conftest import ROOT, run_cli
from kg.rdf.sparql import SparqlError, SparqlTimeout, open_store, run, sparql
from kg.resources import bundled_corpus_dir

QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
# every triple with every triple with every triple: ~10^14 combinations, all before the first row
CARTESIAN_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
CARTESIAN_ORDERED = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i"


@pytest.fixture(scope="module")
def stores(built):
    return {engine: open_store(built, engine) for engine in ("oxigraph", "rdflib")}


def _rows(stores, name):
    query = (ROOT / "examples" / "queries" / name).read_text(encoding="utf-8")
    answers = {engine: sparql(store, query) for engine, store in stores.items()}
    assert answers["oxigraph"] == answers["rdflib"], f"{name}: the engines disagree"
    return answers["oxigraph"]


def _pairs(rows, *keys):
    return {tuple(r.get(k) for k in keys) for r in rows}


def test_there_are_at_least_ten_documented_queries():
    assert len(QUERIES) >= 10
    for path in QUERIES:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# ") and len(first) > 30, f"{path.name} should start with a comment saying what it asks"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_every_query_gives_the_same_ordered_answer_on_both_engines(stores, path):
    assert _rows(stores, path.name), f"{path.name} returned nothing"


def test_rescue_after_anti_egfr(stores):
    rows = _rows(stores, "rescue_after_anti_egfr.rq")
    got = _pairs(rows, "regimen", "trial", "orr")
    assert ("adagrasib + cetuximab", "Yaeger et al. 2024", Decimal(34)) in got
    assert ("trastuzumab + tucatinib", "MOUNTAINEER", Decimal(55)) in got
    assert ("trastuzumab + tucatinib", "MOUNTAINEER", Decimal(52)) in got
    assert ("lapatinib + trastuzumab", "HERACLES-A", Decimal(30)) in got
    orrs = [r["orr"] for r in rows]
    assert orrs == sorted(orrs, reverse=True)


def test_mechanisms_by_taxonomy_class(stores):
    rows = _rows(stores, "mechanisms_by_taxonomy_class.rq")
    counts = {r["class"]: r["statements"] for r in rows}
    # document 004's causes of resistance to checkpoint inhibitors (immune evasion) and the alterations that switch the
    # MAPK pathway back on under anti-EGFR therapy (001, 002) are the two largest classes
    top = sorted(counts, key=counts.get, reverse=True)[:2]
    assert set(top) == {"immune evasion", "downstream pathway reactivation"}
    assert min(counts[c] for c in top) > counts["tumour microenvironment"] > counts["bypass or parallel receptor activation"]
    assert {"bypass or parallel receptor activation", "tumour microenvironment", "on-target alteration"} <= set(counts)
    assert all(" -> " in r["one_example"] for r in rows)


def test_phase_2_trials_above_30_percent(stores):
    rows = _rows(stores, "phase_2_trials_orr_above_30.rq")
    assert all(r["orr"] > 30 for r in rows)
    got = _pairs(rows, "trial", "orr")
    assert ("DESTINY-CRC01", Decimal("45.3")) in got and ("MOUNTAINEER", Decimal(55)) in got
    assert not any(trial == "HERACLES-A" for trial, _ in got)  # 30% is not above 30%


def test_evidence_behind_an_edge_quotes_the_file(stores):
    rows = _rows(stores, "evidence_behind_an_edge.rq")
    for r in rows:
        text = (bundled_corpus_dir() / r["document"]).read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["quote"] and "MET" in r["quote"]


def test_conflicting_outcomes(stores):
    got = _pairs(_rows(stores, "conflicting_outcomes.rq"), "arm", "metric", "value1", "value2")
    assert ("MOUNTAINEER: trastuzumab + tucatinib", "ORR", Decimal(52), Decimal(55)) in got
    assert ("CheckMate-142: nivolumab", "ORR", Decimal("31.1"), Decimal(60)) in got


def test_drug_target_pathway(stores):
    got = _pairs(_rows(stores, "drug_target_pathway.rq"), "drug", "target", "pathway")
    assert ("encorafenib", "BRAF", "MAPK pathway") in got
    assert ("tivantinib", "MET", "MET signaling pathway") in got


def test_predictive_biomarkers_by_specimen(stores):
    got = _pairs(_rows(stores, "predictive_biomarkers_by_specimen.rq"), "specimen", "biomarker", "prediction")
    assert ("liquid_biopsy", "RAS wild-type", "response") in got  # a marker measured in ctDNA (ctDNA itself is a sample)
    assert not any(b in ("ctDNA", "cfDNA") for _, b, _ in got)
    assert ("tissue", "EPHA2 expression", "resistance") in got


def test_immunotherapy_resistance_in_mss(stores):
    rows = _rows(stores, "immunotherapy_resistance_mss.rq")
    assert ("MSS/pMMR", "predicts_resistance_to") in _pairs(rows, "cause", "relation")
    combos = {r["combination"] for r in rows if "combination" in r}
    assert "immune checkpoint inhibitor + radiotherapy" in combos and len(combos) >= 3


def test_her2_directed_regimens(stores):
    got = _pairs(_rows(stores, "her2_directed_regimens.rq"), "regimen", "trial", "orr")
    assert ("pyrotinib + trastuzumab", "ChiCTR2000028711", Decimal("23.5")) in got
    assert ("lapatinib + trastuzumab", "HERACLES-A", Decimal(30)) in got


def test_genes_with_most_resistance_evidence(stores):
    rows = _rows(stores, "genes_with_most_resistance_evidence.rq")
    counts = [r["sentences"] for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 3
    assert {"ERBB2", "KRAS", "MET"} <= {r["gene"] for r in rows}


def test_evidence_levels_of_resistance(stores, graph):
    rows = _rows(stores, "evidence_levels_of_resistance.rq")
    assert {r["level"] for r in rows} <= set("ABCDE")
    expected = sum(1 for a in graph.assertions() if a.predicate == "confers_resistance_to")
    assert sum(r["statements"] for r in rows) == expected


# --- safety -----------------------------------------------------------------------------------

def test_bindings_are_values_not_query_text(stores):
    query = "SELECT ?d ?name WHERE { ?d a crc:Drug ; rdfs:label ?name }"
    for store in stores.values():
        assert [str(r["d"]) for r in sparql(store, query, name="cetuximab")] == ["http://identifiers.org/drugbank/DB00002"]
        hostile = 'cetuximab" } UNION { ?d ?p ?name } #'
        assert sparql(store, query, name=hostile) == []
        above = "SELECT ?arm ?v ?min WHERE { ?arm crc:has_outcome/crc:value ?v . FILTER(?v > ?min) }"
        assert all(r["v"] > 80 for r in sparql(store, above, min=80))


@pytest.mark.parametrize("query, message", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE is not allowed"),
    ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o > }", "syntax error at line 3"),
    ("SELECT * FROM NAMED <http://x> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM and FROM NAMED are not supported"),
    ("SELECT * FROM <http://x> WHERE { ?s ?p ?o }", "one default graph"),
])
def test_refused_queries(stores, query, message):
    for store in stores.values():
        with pytest.raises(SparqlError, match=message):
            sparql(store, query)


def test_graph_on_rdflib_is_an_error_not_a_crash(stores):
    assert sparql(stores["oxigraph"], "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }") == []
    with pytest.raises(SparqlError, match="the query failed"):
        sparql(stores["rdflib"], "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")


@pytest.mark.parametrize("query", [CARTESIAN_COUNT, CARTESIAN_ORDERED], ids=["count", "order-by"])
def test_a_query_past_its_time_limit_raises_and_rdflib_stops_working(stores, query):
    # (on pyoxigraph the abandoned evaluation cannot be stopped, so it is tested through the CLI)
    with pytest.raises(SparqlTimeout, match="ran longer than 0.5 s"):
        sparql(stores["rdflib"], query, timeout=0.5)
    for worker in threading.enumerate():
        if worker.name == "sparql-query":
            worker.join(30)
            assert not worker.is_alive(), "the rdflib evaluation went on after its time limit"


def test_max_rows_keeps_the_first_rows_and_says_more_were_left(stores):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
    for store in stores.values():
        everything = run(store, query)
        cut = run(store, query, max_rows=7, timeout=60)
        assert cut.truncated and not everything.truncated and cut.rows == everything.rows[:7]
        assert not run(store, query, max_rows=len(everything.rows)).truncated
        with pytest.warns(UserWarning, match="stopped after 7 rows"):
            assert len(sparql(store, query, max_rows=7)) == 7
        assert len(run(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", max_rows=2).rows) == 2
    with pytest.raises(SparqlError, match="timeout must be a positive"):
        run(stores["oxigraph"], query, timeout=0)
    with pytest.raises(SparqlError, match="max_rows must be"):
        run(stores["oxigraph"], query, max_rows=0)


def test_binding_a_variable_the_query_does_not_return_is_refused(stores):
    with pytest.raises(SparqlError, match="add \\?x after SELECT"):
        sparql(stores["rdflib"], "SELECT ?s WHERE { ?s ?p ?x }", x=1)


# --- command line -------------------------------------------------------------------------------

def test_cli_sparql_formats(built, tmp_path):
    query = ROOT / "examples" / "queries" / "her2_directed_regimens.rq"
    table = run_cli("sparql", query, "--graph", built).stdout
    assert "pyrotinib + trastuzumab" in table and "ChiCTR2000028711" in table
    csv_text = run_cli("sparql", query, "--graph", built, "--format", "csv", "--engine", "rdflib").stdout
    assert csv_text.splitlines()[0] == "regimen,trial,phase,orr"
    answer = json.loads(run_cli("sparql", query, "--graph", built, "--format", "json").stdout)
    assert answer["head"]["vars"] == ["regimen", "trial", "phase", "orr"]
    orr = next(b["orr"] for b in answer["results"]["bindings"] if "orr" in b)
    assert orr["datatype"].endswith("#decimal")
    bound = tmp_path / "min.rq"
    bound.write_text("SELECT ?arm ?v ?min WHERE { ?arm crc:has_outcome/crc:value ?v . FILTER(?v > ?min) }",
                     encoding="utf-8")
    rows = run_cli("sparql", bound, "--graph", built, "--format", "csv", "--bind", "min=80").stdout.splitlines()[1:]
    assert rows and all(float(r.split(",")[1]) > 80 for r in rows)


def test_cli_sparql_errors(built, tmp_path):
    update = tmp_path / "update.rq"
    update.write_text("DELETE WHERE { ?s ?p ?o }", encoding="utf-8")
    proc = run_cli("sparql", update, "--graph", built, check=False)
    assert proc.returncode == 2 and "read-only" in proc.stderr and "Traceback" not in proc.stderr
    broken = tmp_path / "broken.rq"
    broken.write_text("SELECT * WHERE {\n ?s ?p }", encoding="utf-8")
    proc = run_cli("sparql", broken, "--graph", built, check=False)
    assert proc.returncode == 2 and "line 2" in proc.stderr
    proc = run_cli("sparql", broken, "--graph", tmp_path / "nowhere", check=False)
    assert proc.returncode == 2 and "crckg build" in proc.stderr
    proc = run_cli("sparql", update, "--graph", built, "--engine", "jena", check=False)
    assert proc.returncode == 2 and "oxigraph or rdflib" in proc.stderr


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_cli_sparql_a_query_past_its_time_limit_is_one_line_and_exit_1(built, tmp_path, engine):
    for name, query in (("count.rq", CARTESIAN_COUNT), ("ordered.rq", CARTESIAN_ORDERED)):
        path = tmp_path / name
        path.write_text(query, encoding="utf-8")
        proc = run_cli("sparql", path, "--graph", built, "--engine", engine, "--timeout", "1", check=False)
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.count("\n") == 1 and "ran longer than 1 s" in proc.stderr and "--timeout" in proc.stderr
        assert proc.stdout == ""


def test_cli_sparql_max_rows_and_bad_limits(built, tmp_path):
    query = tmp_path / "all.rq"
    query.write_text("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", encoding="utf-8")
    for engine in ("oxigraph", "rdflib"):
        proc = run_cli("sparql", query, "--graph", built, "--engine", engine, "--format", "csv", "--max-rows", 3)
        assert len(proc.stdout.splitlines()) == 1 + 3
        assert proc.stderr.startswith("warning: stopped after 3 rows (--max-rows)") and proc.stderr.count("\n") == 1
    table = run_cli("sparql", query, "--graph", built, "--max-rows", 5, "--limit", 2)
    assert "the first 5 rows" in table.stdout and "3 more rows" in table.stdout
    for option, value, message in (("--timeout", "0", "positive number of seconds"), ("--timeout", "nan", "positive"),
                                   ("--max-rows", "0", "at least 1")):
        proc = run_cli("sparql", query, "--graph", built, option, value, check=False)
        assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_cli_sparql_from_named_on_rdflib_is_one_line(built, tmp_path):
    query = tmp_path / "named.rq"
    query.write_text("SELECT * FROM NAMED <http://x> WHERE { GRAPH ?g { ?s ?p ?o } }", encoding="utf-8")
    for engine in ("rdflib", "oxigraph"):
        proc = run_cli("sparql", query, "--graph", built, "--engine", engine, check=False)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "one default graph" in proc.stderr


def test_cli_validate(built, tmp_path):
    assert "conforms" in run_cli("validate", "--graph", built).stdout
    broken = tmp_path / "kg.ttl"
    text = (built / "kg.ttl").read_text(encoding="utf-8")
    broken.write_text(text.replace('crc:metric "ORR"', 'crc:metric "Response"', 1), encoding="utf-8")
    proc = run_cli("validate", "--graph", tmp_path, check=False)
    assert proc.returncode == 1 and "crc:metric" in proc.stdout and "violation" in proc.stdout


# --- the endpoint -------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _serving(built, *options):
    """Run `crckg serve` on a free port; yield its /query URL; stop it with Ctrl-C and check it ended cleanly."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(built), "--port", str(port), *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line, line + proc.stderr.read() if proc.poll() is not None else line
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0, proc.stderr.read()
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)


def _ask(url, query, timeout=30):
    """POST a query; return the SPARQL JSON answer (an HTTPError for an error status)."""
    request = urllib.request.Request(url, data=query.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def test_serve_answers_sparql_over_http_and_stops_cleanly(built):
    with _serving(built) as url:
        query = ("PREFIX crc: <https://w3id.org/crc-resistance-kg/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                 "SELECT ?name WHERE { ?d crc:member_of crc:class_anti_egfr_antibody ; rdfs:label ?name } ORDER BY ?name")
        names = [b["name"]["value"] for b in _ask(url, query)["results"]["bindings"]]
        assert "cetuximab" in names and "panitumumab" in names
        update = urllib.request.Request(url.replace("/query", "/update"), method="POST",
                                        data=b"DELETE WHERE { ?s ?p ?o }",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)


def _error(url, query) -> tuple[int, str]:
    with pytest.raises(urllib.error.HTTPError) as caught:
        _ask(url, query)
    return caught.value.code, caught.value.read().decode("utf-8")


def test_serve_stops_a_runaway_query_and_stays_up(built):
    # rows without end: the row limit is raised so that only the time limit can stop the streaming answer
    with _serving(built, "--timeout", "2", "--max-rows", "1000000000000") as url:
        for query in (CARTESIAN_COUNT, CARTESIAN_ORDERED):
            code, body = _error(url, query)
            assert code == 504 and body.startswith("error: the query ran longer than 2 s") and body.count("\n") == 1
            assert _ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")["results"]["bindings"][0]["n"]["value"] != "0"
        streaming = urllib.request.Request(url, data=CARTESIAN_ORDERED.split(" ORDER BY")[0].encode("utf-8"), headers={
            "Content-Type": "application/sparql-query", "Accept": "text/csv"})
        with pytest.raises(http.client.IncompleteRead):  # rows were flowing: cut, and visibly so
            with urllib.request.urlopen(streaming, timeout=30) as response:
                response.read()
        assert _ask(url, "ASK { ?s ?p ?o }")["boolean"] is True


def test_serve_refuses_service_from_and_bad_requests(built):
    with _serving(built) as url:
        code, body = _error(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
        assert code == 400 and "SERVICE is not allowed" in body
        code, body = _error(url, "SELECT * FROM <http://x> WHERE { ?s ?p ?o }")
        assert code == 400 and "one default graph" in body
        code, body = _error(url, "SELECT * WHERE { ?s ?p }")
        assert code == 400 and "syntax error" in body
        for length in ("lots", "999999999999"):  # a bogus or huge Content-Length is refused before reading
            host, port = urllib.parse.urlsplit(url).netloc.split(":")
            connection = http.client.HTTPConnection(host, int(port), timeout=30)
            connection.putrequest("POST", "/query")
            connection.putheader("Content-Type", "application/sparql-query")
            connection.putheader("Content-Length", length)
            connection.endheaders()
            response = connection.getresponse()
            assert response.status == 413 and b"Content-Length" in response.read()
            connection.close()
        form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
        with urllib.request.urlopen(f"{url}?{form}", timeout=30) as response:
            assert json.load(response)["boolean"] is True


def test_serve_bounds_the_rows_of_an_answer(built):
    with _serving(built, "--max-rows", "3") as url:
        every = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
        assert len(_ask(url, every)["results"]["bindings"]) == 3  # no LIMIT: LIMIT 3 is added
        assert len(_ask(url, every + " LIMIT 2")["results"]["bindings"]) == 2
        form = urllib.parse.urlencode({"query": every + " OFFSET 10"})  # GET works the same way
        with urllib.request.urlopen(f"{url}?{form}", timeout=30) as response:
            assert response.headers["Crckg-Row-Limit"] == "3"
            assert len(json.load(response)["results"]["bindings"]) == 3
        code, body = _error(url, every + " LIMIT 4")
        assert code == 400 and "LIMIT 4 is above the 3 rows" in body
        assert _ask(url, "ASK { ?s ?p ?o }")["boolean"] is True


def test_serve_refuses_a_busy_port(built):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = run_cli("serve", "--graph", built, "--port", port, check=False)
    assert proc.returncode == 2 and "in use" in proc.stderr

