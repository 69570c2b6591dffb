"""A trial of another cancer cited with its arms says which cancer it studied (``studied_in``), and the surfaces that
list trial outcomes say so too: a breast-cancer value is never listed as if it were colorectal.

The text is made up for the test: one colorectal trial and one breast-cancer trial, each with two arms and values.
"""
from __future__ import annotations

import pytest

import kg
from kg.query import trials
from kg.query.arms import arm_rank
from kg.query.testing import tiny_graph, with_other_cancer_trial

TEXT = (
    "Background\n\n"
    "In the phase III LARKSPUR-1 trial, patients with RAS wild-type mCRC were randomly assigned to FOLFIRI plus "
    "cetuximab or FOLFIRI alone; the ORR was 57% vs 39%. "
    "The LARKSPUR-2 trial randomised patients with HER2-positive metastatic breast cancer to tucatinib or placebo, "
    "each combined with trastuzumab and capecitabine, and the ORR was 41% vs 23%. "
    "Tucatinib plus trastuzumab is now studied in HER2-positive mCRC.\n"
)


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("studied_in")
    (folder / "review.txt").write_text(TEXT, encoding="utf-8")
    built, _ = kg.build(folder)
    return built


def _studied(graph, trial_name: str) -> set[str]:
    trial = next(e.id for e in graph.nodes() if e.category == "Trial" and e.name == trial_name)
    return {graph.entity(a.object).name for a in graph.edges(trial, "out", "studied_in")}


def test_the_breast_cancer_trial_studied_breast_cancer_on_its_sentence(graph):
    assert _studied(graph, "LARKSPUR-2") == {"breast cancer"}
    assert _studied(graph, "LARKSPUR-1") == set()
    trial = next(e.id for e in graph.nodes() if e.category == "Trial" and e.name == "LARKSPUR-2")
    (edge,) = graph.edges(trial, "out", "studied_in")
    assert graph.entity(edge.object).xrefs == ("MONDO:0007254",)
    assert "breast cancer" in edge.evidence[0].sentence and "LARKSPUR-2" in edge.evidence[0].sentence


def test_the_trials_query_names_the_other_cancer_and_lists_its_arms_after_colorectal_ones(graph):
    records = trials(graph).records()
    by_trial = {}
    for r in records:
        by_trial.setdefault(r["trial"], []).append(r)
    assert {r["cancer"] for r in by_trial["LARKSPUR-2"]} == {"breast cancer"}
    assert {r["cancer"] for r in by_trial["LARKSPUR-1"]} == {None}
    assert 41.0 in [r["ORR"] for r in by_trial["LARKSPUR-2"]]
    order = [r["trial"] for r in records]
    assert max(i for i, t in enumerate(order) if t == "LARKSPUR-1") < min(i for i, t in enumerate(order) if t == "LARKSPUR-2")


def test_the_tiny_graph_s_breast_cancer_arm_says_so_in_the_table_and_its_rank():
    graph = with_other_cancer_trial(tiny_graph())
    rows = {r.trial_name: r for r in trials(graph, drug="cetuximab")}
    assert rows["TINY-BC"].cancer == "breast cancer" and rows["KRYSTAL-10"].cancer is None
    assert arm_rank(rows["TINY-BC"])[1].endswith("in breast cancer")


def test_the_cli_table_marks_the_trial_s_cancer(tmp_path):
    from kg.export.kgx import write_kgx

    from conftest import run_cli

    graph = with_other_cancer_trial(tiny_graph())
    write_kgx(graph, tmp_path)
    out = run_cli("query", "trials", "--drug", "tivantinib", "--graph", tmp_path, "--wide").stdout
    assert "TINY-BC (in breast cancer)" in out
    assert "study of cetuximab + tivantinib (in" not in out


def test_rdf_export_carries_the_edge(graph):
    from rdflib import URIRef

    from kg.rdf.mapping import to_rdf
    from kg.rdf.namespaces import CRC

    g = to_rdf(graph)
    objects = {str(o) for o in g.objects(None, CRC.studied_in)}
    assert any(o.endswith("0007254") for o in objects), objects
    assert isinstance(next(iter(g.objects(None, CRC.studied_in))), URIRef)
