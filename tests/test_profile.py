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
    ({"alterations": ["IDH1 negative"]}, "the graph holds no alteration or biomarker of IDH1"),
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


# -- ranking: strength with results, negative results, no repeats (issue 17) ---------------------------------------
def _chain_key(chain):
    return tuple((h.subject, h.predicate, h.object, h.qualifiers, h.evidence) for h in chain)


@pytest.mark.parametrize("alteration", ["KRAS G12C", "BRAF V600E", "HER2 amplification", "MSI-H"])
def test_argued_against_lists_a_class_chain_once_with_its_members(graph, alteration):
    answer = profile(graph, alterations=[alteration])
    by_therapy = {c.therapy: c for c in answer.against}
    assert len(by_therapy) == len(answer.against)
    for c in answer.against:
        # no chain of a class is repeated under a member drug with the membership hop appended
        for chain in c.reasons:
            if chain[-1].predicate == "member_of" and chain[-1].object in by_therapy:
                assert _chain_key(chain[:-1]) not in {_chain_key(r) for r in by_therapy[chain[-1].object].reasons}
        # the members listed are the class's member drugs, each by its membership hop, once
        assert len({h.subject for h in c.members}) == len(c.members)
        scope = {s.node for s in therapy_scope(graph, graph.entity(c.therapy)) if s.relation == "member"}
        assert {h.subject for h in c.members} <= scope
        assert all(h.object == c.therapy and h.predicate == "member_of" for h in c.members)
    anti_egfr = resolve(graph, "anti-EGFR antibody")
    if anti_egfr.id in by_therapy:
        members = {s.node for s in therapy_scope(graph, anti_egfr) if s.relation == "member"}
        shown = {h.subject for h in by_therapy[anti_egfr.id].members} | set(by_therapy)
        assert members <= shown  # every member drug is still named, once


def test_kras_g12c_argued_against_no_longer_repeats_per_drug(graph):
    answer = profile(graph, alterations=["KRAS G12C"])
    chains = [_chain_key(ch) for c in answer.against for ch in c.reasons]
    anti_egfr = next(c for c in answer.against if c.therapy_name == "anti-EGFR antibody")
    members = {s.node for s in therapy_scope(graph, graph.entity(anti_egfr.therapy)) if s.relation == "member"}
    # before: each of the class's chains came again once per member drug
    assert len(chains) < len(anti_egfr.reasons) * (1 + len(members))
    assert {h.subject for h in anti_egfr.members} == members - {c.therapy for c in answer.against}
    data = answer.to_dict()["against"][0]
    assert data["therapy_name"] == "anti-EGFR antibody" and data["negative"] is False
    assert all(h["evidence"] or h["inferred"] for h in data["members"])


def _tiny_with_results():
    from kg.query.testing import tiny_graph, with_negative_result, with_ongoing_trial

    return with_negative_result(with_ongoing_trial(tiny_graph()))


def test_an_ongoing_trial_design_ranks_after_a_completed_result():
    kg = _tiny_with_results()
    answer = profile(kg, alterations=["MET amplification"])
    by_name = {c.therapy_name: c for c in answer.candidates}
    done, ongoing = by_name["cetuximab + tivantinib"], by_name["panitumumab + tivantinib"]
    # the design sentence says "phase III", yet it is no result: the phase II result ranks first
    [design] = kg.edges("crc:trial_tiny_3", "out", "has_arm")[0].evidence
    assert design.study_kind == "randomized_phase_3"
    assert answer.candidates.index(done) < answer.candidates.index(ongoing)
    assert done.strength == "phase II" and ongoing.strength == "ongoing phase III (no results yet)"
    assert ongoing.rank > max(done.rank, 9)  # after every study with results, review statements too
    assert [a.status for a in ongoing.arms] == ["ongoing"] and not ongoing.arms[0].outcomes


def test_a_negative_result_is_marked_and_ranked_after_support():
    kg = _tiny_with_results()
    answer = profile(kg, alterations=["MET amplification"])
    negatives = [c for c in answer.candidates if c.negative]
    said = [a for a in kg.edges("crc:alt_met_amplification", "in", "overcomes") if not a.supported]
    assert {c.therapy for c in negatives} == {a.subject for a in said}
    assert list(answer.candidates[-len(negatives):]) == negatives
    assert all(any(h.negative for h in chain) for c in negatives for chain in c.reasons)
    assert all(not h.negative for c in answer.candidates if not c.negative for chain in c.reasons for h in chain)
    assert [c["negative"] for c in answer.to_dict()["candidates"]][-1] is True


def test_cli_marks_negative_results_designs_and_members(tmp_path):
    from kg.export.kgx import write_kgx

    write_kgx(_tiny_with_results(), tmp_path)
    table = run_cli("query", "profile", "-a", "MET amplification", "--graph", tmp_path, "--wide").stdout
    assert "(negative result)" in table and "ongoing phase III (no results yet)" in table
    assert "(and members cetuximab, panitumumab)" in table
    rescue = run_cli("query", "rescue", "-t", "EGFR blockade", "--graph", tmp_path, "--wide").stdout
    assert "(negative result)" in rescue
    data = json.loads(run_cli("query", "rescue", "-t", "EGFR blockade", "--graph", tmp_path, "--json").stdout)
    assert [p["negative"] for p in data] == sorted(p["negative"] for p in data) and data[-1]["negative"] is True
