"""The installed package works from any directory; the Python API loads and round-trips the graph."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.rdf.mapping import to_rdf


def test_console_script_from_another_directory(tmp_path):
    script = Path(sys.executable).parent / "crckg"
    if not script.exists():
        script = shutil.which("crckg")
    if not script:
        pytest.skip("the crckg console script is not installed in this environment (run `pip install .`)")
    proc = subprocess.run([str(script), "build", "--quiet", "--out", "o"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "o" / "kg.ttl").stat().st_size > 100_000


def test_load_round_trip(graph, built):
    again = kg.load(built)
    assert again.number_of_nodes() == graph.number_of_nodes()
    assert again.number_of_edges() == graph.number_of_edges()
    assert len(again.outcomes()) == len(graph.outcomes())
    assert isomorphic(to_rdf(graph), to_rdf(again))


def test_turtle_parses_and_carries_evidence(built):
    g = Graph()
    g.parse(built / "kg.ttl", format="turtle")
    assert len(g) > 10_000
    rows = list(g.query("""
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT (COUNT(?s) AS ?n) WHERE { ?s a oa:TextQuoteSelector ; oa:exact ?text }"""))
    assert int(rows[0][0]) > 500


def test_new_documents_without_overlay(tmp_path):
    """A user's own text: genes, drugs, alterations, trials, outcomes and relations, all with evidence."""
    d = tmp_path / "mine"
    d.mkdir()
    (d / "note.txt").write_text(
        "Background\n"
        "In the phase II ZEPHYR-7 trial, 40 patients with KRAS G12C-mutant mCRC received sotorasib plus panitumumab. "
        "The ORR was 30% and the median PFS was 5.7 months.\n"
        "HER2 amplification confers resistance to cetuximab in RAS wild-type tumors.\n"
        "Trametinib, a MEK inhibitor, targets MAP2K1.\n",
        encoding="utf-8")
    graph, report = kg.build(d)
    cats = {e.category for e in graph.nodes()}
    assert {"Gene", "Drug", "Alteration", "Trial", "TrialArm", "Regimen"} <= cats
    preds = {a.predicate for a in graph.assertions()}
    assert {"confers_resistance_to", "member_of", "has_arm", "alteration_of"} <= preds
    values = {(o.metric, o.value) for o in graph.outcomes()}
    assert ("ORR", 30.0) in values and ("mPFS", 5.7) in values and ("n", 40.0) in values
    assert not report.failed
