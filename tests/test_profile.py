"""`profile` uses everything it is told: prior therapies, wild-type and negative statuses, MSI; what it
cannot use is an error. Assertions are on what the bundled graph holds, not on copied strings."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli
from kg.query import QueryError, profile, resolve
from kg.query.profile import AGAINST, read_negative
from kg.query.reasoning import therapy_scope

RAS_FAMILY = {"RAS", "KRAS", "NRAS", "HRAS"}


def _names(candidates):
    return [c.therapy_name for c in candidates]


def _after_first(candidates):
    flags = [bool(c.after) for c in candidates]
    return flags == sorted(flags, reverse=True)


@pytest.mark.parametrize("text, genes, word", [
    ("RAS wild-type", ("RAS",), "wild-type"), ("KRAS wt", ("KRAS",), "wild-type"),
    ("BRAF wild type", ("BRAF",), "wild-type"), ("RAS/BRAF WT", ("RAS", "BRAF"), "wild-type"),
    ("HER2-negative", ("ERBB2",), "negative"), ("NRAS wildtype", ("NRAS",), "wild-type"),
])
def test_negative_statuses_are_read(graph, text, genes, word):
    status = read_negative(graph, text)
    assert (status.genes, status.word) == (genes, word)
    assert read_negative(graph, "KRAS G12C") is None


def test_kras_g12c_after_folfox_bevacizumab(graph):
    """The prior changes the answer: it is resolved with its components and classes (they count as received),
    the texts' statements of what makes it fail are listed, nothing received is proposed, and the answer says
    when the graph holds no rescue chain after it (the bundled graph has none for a KRAS G12C tumour)."""
    without = profile(graph, alterations=["KRAS G12C"])
    with_prior = profile(graph, alterations=["KRAS G12C"], prior_therapies=["FOLFOX + bevacizumab"])
    a, b = without.to_dict(), with_prior.to_dict()
    for d in (a, b):
        d.pop("prior_therapies")
    assert a != b

    regimen = resolve(graph, "FOLFOX + bevacizumab", ("Regimen",))
    (prior,) = with_prior.priors
    assert prior.therapies == (regimen.id,)
    parts = [graph.entity(e.object).name for e in graph.edges(regimen.id, "out", "has_component")]
    assert parts and set(parts) <= set(prior.received)
    for chain in prior.resistance:  # "<cause> -confers/predicts_resistance_to-> <something received>"
        assert chain[-1].predicate in AGAINST and chain[-1].object_name in prior.received and chain[-1].evidence
    received_names = set(prior.received)
    assert not received_names & set(_names(with_prior.candidates))
    assert _after_first(with_prior.candidates)
    if prior.rescues:
        assert {c.therapy_name for c in with_prior.candidates if c.after} == set(prior.rescues)
    else:
        assert any(n.startswith(f"after {prior.name}: the graph holds no rescue chain") for n in with_prior.notes)


def test_her2_amplified_ras_wild_type_after_cetuximab(graph):
    answer = profile(graph, alterations=["HER2-amplified", "RAS wild-type"], prior_therapies=["cetuximab"])
    before = profile(graph, alterations=["HER2-amplified", "RAS wild-type"])
    cetuximab = resolve(graph, "cetuximab")
    assert answer.statuses == ("RAS wild-type",)
    # cetuximab was a candidate (RAS wild-type) and is set aside as received after it
    assert cetuximab.id in {c.therapy for c in before.candidates}
    assert cetuximab.id not in {c.therapy for c in answer.candidates}
    assert cetuximab.id in {c.therapy for c in answer.already_received}
    assert any(n.startswith("cetuximab: already received") for n in answer.notes)
    # RAS wild-type: what the graph says of RAS wild-type disease applies ...
    ras_wt = resolve(graph, "RAS wild-type")
    said = {e.object for e in graph.edges(ras_wt.id, "out", "predicts_response_to")}
    assert said and said <= {c.therapy for c in answer.candidates + answer.already_received}
    # ... and statements about RAS alterations do not, though the graph holds some against anti-EGFR
    anti_egfr = resolve(graph, "anti-EGFR antibody")
    ras_alts = {a.id for a in graph.nodes("Alteration") if a.attr("gene") in RAS_FAMILY}
    assert any(e.object == anti_egfr.id for r in ras_alts for e in graph.edges(r, "out", AGAINST))
    for c in answer.candidates + answer.against + answer.already_received:
        for chain in c.reasons:
            assert not {h.subject for h in chain} & ras_alts, (c.therapy_name, chain)
    assert any("RAS wild-type:" in n and "do not apply" in n for n in answer.notes)
    # HER2-directed candidates, from rescue chains for resistance to cetuximab, come first
    her2 = [c for c in answer.candidates if c.after == ("cetuximab",)]
    assert her2 and _after_first(answer.candidates)
    erbb2 = {a.id for a in graph.nodes("Alteration") if a.attr("gene") == "ERBB2"}
    assert all(any(h.object in erbb2 for chain in c.reasons for h in chain) for c in her2)
    assert set(answer.priors[0].rescues) == {c.therapy_name for c in her2}


def test_msi_high_points_to_checkpoint_inhibitors(graph):
    answer = profile(graph, alterations=["MSI-H"])
    assert answer == profile(graph, msi="dMMR")
    msi = resolve(graph, "MSI-H/dMMR")
    said = {e.object for e in graph.edges(msi.id, "out", "predicts_response_to")}
    assert said <= {c.therapy for c in answer.candidates}
    ici = resolve(graph, "immune checkpoint inhibitor")
    checkpoint = [c for c in answer.candidates
                  if ici.id in {s.node for s in therapy_scope(graph, graph.entity(c.therapy))}]
    assert checkpoint  # the graph holds MSI-H -> checkpoint inhibitor statements
    mss = profile(graph, alterations=["pMMR"])
    against = {e.object for e in graph.edges(resolve(graph, "MSS").id, "out", AGAINST)}
    assert against <= {c.therapy for c in mss.against}


@pytest.mark.parametrize("kwargs, message", [
    ({"alterations": ["KRAS G12Q"]}, "understood: alterations and biomarkers"),
    ({"alterations": ["KRAS unknown"]}, "'<gene> wild-type'"),
    ({"alterations": ["FOO wild-type"]}, "no gene is called 'FOO'"),
    ({"alterations": ["ALK negative"]}, "the graph holds no alteration or biomarker of ALK"),
    ({"alterations": ["KRAS G12C", "RAS wt"]}, "KRAS G12C contradicts RAS wild-type"),
    ({"alterations": ["MSS"], "msi": "MSI-H"}, "give one MSI status"),
    ({"prior_therapies": ["cetuximabb"]}, "prior therapies understood"),
    ({"prior_therapies": ["FOLFIRI + foo"]}, "in prior therapy 'FOLFIRI + foo'"),
])
def test_what_the_profile_cannot_use_is_an_error(graph, kwargs, message):
    with pytest.raises(QueryError, match="understood|contradicts|MSI") as err:
        profile(graph, **kwargs)
    assert message in str(err.value) and "\n" not in str(err.value)


def test_understood_lists_genes_of_the_graph(graph):
    with pytest.raises(QueryError) as err:
        profile(graph, alterations=["x" * 5000])
    text = str(err.value)
    assert "5,000 characters" in text and len(text) < 1000
    genes = {a.attr("gene") for a in graph.nodes("Alteration") if a.attr("gene")}
    assert all(g in text for g in genes)


def test_cli_profile_json_is_complete_and_errors_are_one_line(built):
    proc = run_cli("query", "profile", "-a", "HER2-amplified", "-a", "RAS wild-type", "--prior", "cetuximab",
                   "--graph", built, "--json")
    data = json.loads(proc.stdout)
    assert data["statuses"] == ["RAS wild-type"] and data["prior_therapies"] == ["cetuximab"]
    assert {"candidates", "against", "already_received", "priors", "notes", "disclaimer"} <= set(data)
    assert "cetuximab" in [c["therapy_name"] for c in data["already_received"]]
    assert any(c["after"] == ["cetuximab"] for c in data["candidates"])
    prior = data["priors"][0]
    assert prior["resistance"] and all(h["evidence"] or h["inferred"] for ch in prior["resistance"] for h in ch)
    table = run_cli("query", "profile", "-a", "KRAS G12C", "--prior", "FOLFOX + bevacizumab", "--graph", built).stdout
    assert "counts as received" in table and "not clinical advice" in table
    bad = run_cli("query", "profile", "-a", "KRAS wt", "-a", "KRAS G12C", "--graph", built, check=False)
    assert bad.returncode == 2 and "contradicts" in bad.stderr and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1
