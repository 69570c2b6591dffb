"""SPARQL: every example query on both engines with the expected answers; safety; the CLI; the endpoint."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.request
from decimal import Decimal

import pytest

from conftest import ROOT, run_cli
from kg.rdf.sparql import SparqlError, open_store, sparql
from kg.resources import bundled_corpus_dir

QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))


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
    assert max(counts, key=counts.get) == "downstream pathway reactivation"
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
    assert ("liquid_biopsy", "ctDNA", "response") in got
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
])
def test_refused_queries(stores, query, message):
    for store in stores.values():
        with pytest.raises(SparqlError, match=message):
            sparql(store, query)


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


def test_serve_answers_sparql_over_http_and_stops_cleanly(built):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(built), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/query" in line, line + proc.stderr.read() if proc.poll() is not None else line
        url = f"http://127.0.0.1:{port}/query"
        query = ("PREFIX crc: <https://w3id.org/crc-resistance-kg/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                 "SELECT ?name WHERE { ?d crc:member_of crc:class_anti_egfr_antibody ; rdfs:label ?name } ORDER BY ?name")
        request = urllib.request.Request(url, data=query.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            answer = json.load(response)
        names = [b["name"]["value"] for b in answer["results"]["bindings"]]
        assert "cetuximab" in names and "panitumumab" in names
        update = urllib.request.Request(url.replace("/query", "/update"), method="POST",
                                        data=b"DELETE WHERE { ?s ?p ?o }",
                                        headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
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


def test_serve_refuses_a_busy_port(built):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        proc = run_cli("serve", "--graph", built, "--port", port, check=False)
    assert proc.returncode == 2 and "in use" in proc.stderr

