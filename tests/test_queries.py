"""The query functions on the bundled corpus graph: specific answers, evidence on every hop, ranking, errors."""
from __future__ import annotations

import inspect
import itertools

import pytest

from builders.document import collapse
from kg.query import (AmbiguousName, QueryError, UnknownName, conflicts, evidence, node_evidence, paths, profile,
                      rescue_paths, resistance_mechanisms, resolve, trials)
from kg.query.paths import BACKWARD
from kg.query.testing import tiny_graph
from kg.resources import bundled_corpus_dir

HER2_REGIMENS = {"lapatinib + trastuzumab", "pertuzumab + trastuzumab", "trastuzumab + tucatinib",
                 "pyrotinib + trastuzumab", "trastuzumab deruxtecan"}


@pytest.fixture(scope="module")
def texts():
    return {p.name: p.read_text(encoding="utf-8") for p in bundled_corpus_dir().glob("*.txt")}


def _check_hops(hops, texts):
    """Every hop is stated by sentences that match their source spans, or recorded by a vocabulary (background
    knowledge, labelled so), or an inference that says why."""
    assert hops
    for h in hops:
        assert h.evidence or h.inferred, h
        assert h.layer == ("literature" if any(e.literature for e in h.evidence) else "background"), h
        for e in h.evidence:
            if not e.literature:  # background knowledge has no span; tests/test_evidence.py checks it against the vocabulary
                assert e.method == "vocabulary" and e.document.startswith("ontology/vocab/") and not e.start, e
                continue
            assert collapse(texts[e.document][e.start:e.end]) == collapse(e.sentence), e


def _by_regimen(paths_):
    out = {}
    for p in paths_:
        out.setdefault(p.regimen_name, []).append(p)
    return out


# -- name resolution ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("names", [("HER2", "ERBB2", "HGNC:3430", "her2"),
                                   ("EGFR blockade", "anti-EGFR mAb", "anti-EGFR", "Anti-EGFR Antibody"),
                                   ("T-DXd", "trastuzumab deruxtecan", "DRUGBANK:DB14962"),
                                   ("HER2 amplification", "ERBB2 amplification", "HER2-amplified")])
def test_synonyms_and_ids_resolve_to_one_node(graph, names):
    assert len({resolve(graph, n).id for n in names}) == 1


def test_unknown_name_lists_close_matches(graph):
    with pytest.raises(UnknownName, match="did you mean: cetuximab"):
        resolve(graph, "cetuximabb")
    with pytest.raises(UnknownName, match="not a Drug or DrugClass or Regimen"):
        rescue_paths(graph, "KRAS")


def test_ambiguous_name_lists_the_candidates():
    from kg.model import Entity
    from kg.query.testing import tiny_graph

    kg = tiny_graph()
    kg.add_entity(Entity("crc:molecule_erbitux", "Molecule", "Erbitux-like peptide", ("Erbitux",)))
    with pytest.raises(AmbiguousName, match=r"Erbitux-like peptide \(Molecule, .*cetuximab \(Drug, DRUGBANK:DB00002\)"):
        resolve(kg, "erbitux")
    assert resolve(kg, "erbitux", ("Drug",)).name == "cetuximab"


# -- rescue chains -------------------------------------------------------------------------------------------------
def test_rescue_answers_do_not_depend_on_the_name_used(graph):
    answers = [[p.to_dict() for p in rescue_paths(graph, n)] for n in ("EGFR blockade", "anti-EGFR", "anti-EGFR mAb")]
    assert answers[0] == answers[1] == answers[2]


def test_rescue_after_egfr_blockade(graph, texts):
    found = rescue_paths(graph, "EGFR blockade")
    regimens = _by_regimen(found)
    # MET: the two MET-inhibitor combinations, with their trials' outcomes
    met = rescue_paths(graph, "EGFR blockade", mechanism="MET amplification")
    met_regimens = {p.regimen_name for p in met}
    assert {"cetuximab + tivantinib", "cabozantinib + panitumumab"} <= met_regimens
    tiv = next(p for p in met if p.regimen_name == "cetuximab + tivantinib")
    assert tiv.match and "MET gain" in tiv.match  # the texts say overexpression; the answer says why it matches
    assert any(9.8 in a.values("ORR") for a in tiv.arms)
    assert any(2.6 in a.values("mPFS") for a in tiv.arms)
    cabo = next(p for p in met if p.regimen_name == "cabozantinib + panitumumab")
    assert any(16.0 in a.values("ORR") and 12.1 in a.values("mOS") for a in cabo.arms)
    # KRAS G12C -> adagrasib + cetuximab
    g12c = rescue_paths(graph, "EGFR blockade", mechanism="KRAS G12C")
    assert "adagrasib + cetuximab" in {p.regimen_name for p in g12c}
    ada = next(p for p in g12c if p.regimen_name == "adagrasib + cetuximab")
    assert any(34.0 in a.values("ORR") for a in ada.arms)
    # BRAF V600E -> encorafenib + cetuximab (+/- binimetinib), BEACON among the arms
    braf = {p.regimen_name: p for p in rescue_paths(graph, "EGFR blockade", mechanism="BRAF V600E")}
    assert {"cetuximab + encorafenib", "binimetinib + cetuximab + encorafenib"} <= set(braf)
    assert "BEACON" in {a.trial_name for a in braf["binimetinib + cetuximab + encorafenib"].arms}
    assert 26.8 in next(a for a in braf["binimetinib + cetuximab + encorafenib"].arms if a.trial_name == "BEACON").values("ORR")
    # HER2 amplification/overexpression -> the dual HER2 regimens and T-DXd
    her2 = {p.regimen_name for p in rescue_paths(graph, "EGFR blockade", mechanism="HER2 amplification")}
    assert HER2_REGIMENS <= her2
    for p in found:
        _check_hops(p.hops, texts)
        for a in p.arms:
            _check_hops(a.hops, texts)
    assert set(regimens) >= HER2_REGIMENS | {"adagrasib + cetuximab", "cetuximab + tivantinib"}


def test_rescue_ranking_strongest_study_then_documents(graph):
    found = rescue_paths(graph, "EGFR blockade")
    keys = [(p.rank, -len(p.documents)) for p in found]
    assert keys == sorted(keys)
    assert found[0].strength == "randomized phase III"
    ranks = {p.regimen_name: p.rank for p in found}
    assert ranks["binimetinib + cetuximab + encorafenib"] < ranks["trastuzumab + tucatinib"]  # BEACON phase III < phase II


def test_class_statements_apply_to_members_and_are_marked_inherited(graph):
    # what is stated of the class itself (a class's answer also shows what was shown for one member only)
    direct = {(p.target, p.regimen) for p in rescue_paths(graph, "anti-EGFR antibody")
              if not p.via.startswith("shown for member")}
    for drug in ("cetuximab", "panitumumab"):
        found = rescue_paths(graph, drug)
        assert {(p.target, p.regimen) for p in found} >= {k for k in direct}
        met = next(p for p in found if p.regimen_name == "cetuximab + tivantinib")
        assert met.inherited and met.via == "inherited from anti-EGFR antibody"
        assert met.hops[0].predicate == "member_of" and met.hops[0].subject_name == drug


# -- mechanisms ---------------------------------------------------------------------------------------------------
def test_mechanisms_grouped_by_taxonomy_with_type_and_biomarkers(graph, texts):
    report = resistance_mechanisms(graph, "cetuximab")
    keys = [k for k, _, _ in report.groups]
    taxonomy = list(graph.schema.mechanism_taxonomy) + ["unclassified"]
    assert keys == sorted(keys, key=taxonomy.index)
    groups = {k: {m.cause_name: m for m in ms} for k, _, ms in report.groups}
    met = groups["bypass_receptor_activation"]["MET amplification"]
    assert met.resistance_types == ("acquired",) and met.inherited
    assert "ERBB2 amplification" in groups["bypass_receptor_activation"]
    assert "cancer-associated fibroblast" in groups["tumour_microenvironment"]
    assert "circIFNGR2" in groups["noncoding_rna_regulation"]
    assert not groups["noncoding_rna_regulation"]["circIFNGR2"].inherited  # recorded against cetuximab itself
    liquid = {b.subject_name for b in report.biomarkers if dict(b.qualifiers).get("specimen") == "liquid_biopsy"}
    assert liquid and not {"ctDNA", "cfDNA"} & liquid  # markers measured in blood; the samples themselves predict nothing
    for m in report.mechanisms():
        _check_hops(m.hops, texts)


# -- trials ------------------------------------------------------------------------------------------------------
def test_trials_by_target_and_phase(graph):
    table = trials(graph, target="ERBB2", phase="II")
    names = {r["trial"] for r in table.records()}
    assert {"HERACLES-A", "MOUNTAINEER", "DESTINY-CRC01", "MyPathway", "ChiCTR2000028711"} <= names
    assert all("II" in r["phase"].split("/") for r in table.records())
    mountaineer = next(r for r in table.records() if r["trial"] == "MOUNTAINEER")
    assert mountaineer["ORR"] == [52.0, 55.0]  # table and text disagree; both are kept
    assert trials(graph, target="HER2", phase="phase 2").records() == table.records()


def test_trials_filters_combine(graph):
    first = trials(graph, drug="cetuximab", line="first-line").records()
    assert first and all(r["line"] == "first-line" for r in first)
    assert {"CRYSTAL"} <= {r["trial"] for r in first}
    folfiri = trials(graph, regimen="FOLFIRI").records()
    assert any(r["regimen"] == "cetuximab + FOLFIRI" for r in folfiri)
    braf = trials(graph, biomarker="BRAF V600E").records()
    assert "BEACON" in {r["trial"] for r in braf}
    with pytest.raises(QueryError, match="unknown line"):
        trials(graph, line="fifth")


# -- generic paths ------------------------------------------------------------------------------------------------
def test_paths_are_lazy_shortest_first_and_bounded(graph):
    gen = paths(graph, "MET amplification", "cetuximab + tivantinib", max_hops=4)
    assert inspect.isgenerator(gen)
    first = list(itertools.islice(gen, 30))
    lengths = [len(p) for p in first]
    assert lengths == sorted(lengths) and max(lengths) <= 4
    for p in first:
        assert len(set(p.nodes)) == len(p.nodes)
        assert p.nodes[0] == "crc:alt_met_amplification" and p.nodes[-1] == "crc:regimen_cetuximab_plus_tivantinib"


def test_paths_respect_predicates_and_categories(graph):
    preds = {"confers_resistance_to", "overcomes", "member_of", "has_component"}
    for p in paths(graph, "MET amplification", "cetuximab", max_hops=3, predicates=preds, via_categories=["DrugClass"]):
        assert all(h.predicate in preds for step in p.steps for h, _ in step)
        assert all(graph.entity(n).category == "DrugClass" for n in p.nodes[1:-1])
    directed = list(paths(graph, "cetuximab", "MET amplification", max_hops=3))
    assert all(fwd or h.predicate in BACKWARD for p in directed for step in p.steps for h, fwd in step)
    undirected = list(paths(graph, "cetuximab", "MET amplification", max_hops=3, directed=False))
    assert {p.nodes for p in directed} < {p.nodes for p in undirected}
    with pytest.raises(QueryError, match="unknown predicate"):
        paths(graph, "MET", "KRAS", predicates=["cures"])
    with pytest.raises(QueryError, match="same node"):
        paths(graph, "HER2", "ERBB2")
    with pytest.raises(QueryError, match="max_hops"):
        paths(graph, "MET", "KRAS", max_hops=0)


def test_paths_follow_edge_direction_by_default():
    """A co-cause path (two causes of resistance to one class) is only found when asked for without direction."""
    kg = tiny_graph()
    assert list(paths(kg, "MET amplification", "KRAS mutation", max_hops=4)) == []
    [co] = paths(kg, "MET amplification", "KRAS mutation", max_hops=4, directed=False)
    assert [[fwd for _, fwd in step] for step in co.steps] == [[True], [False]] and not co.directed
    assert str(co) == "MET amplification -confers_resistance_to-> anti-EGFR antibody <-predicts_resistance_to- KRAS mutation"
    assert co.to_dict()["steps"][1][0]["reads"] is None and co.to_dict()["directed"] is False


def test_declared_predicates_are_walked_backwards_and_read_as_their_reverse():
    assert set(BACKWARD) <= set(tiny_graph().schema.predicates)
    assert not {"confers_resistance_to", "predicts_resistance_to", "predicts_response_to", "overcomes"} & set(BACKWARD)
    [p] = paths(tiny_graph(), "MET amplification", "panitumumab", max_hops=3)
    assert str(p) == "MET amplification -confers_resistance_to-> anti-EGFR antibody -has member-> panitumumab"
    (h, fwd), = p.steps[1]
    assert (h.subject_name, h.predicate, h.object_name, fwd) == ("panitumumab", "member_of", "anti-EGFR antibody", False)
    step = p.to_dict()["steps"][1][0]
    assert (step["forward"], step["reads"], step["predicate"], step["evidence"][0]["sentence"]) == (
        False, "has member", "member_of", "Cetuximab and panitumumab are anti-EGFR antibodies.")
    # a predicate not declared is never walked backwards: no regimen is reached against `overcomes`
    assert list(paths(tiny_graph(), "KRAS G12C", "adagrasib + cetuximab", max_hops=3)) == []
    assert [str(p) for p in paths(tiny_graph(), "adagrasib + cetuximab", "KRAS G12C", max_hops=1)] == [
        "adagrasib + cetuximab -overcomes-> KRAS G12C"]


def test_directed_paths_on_the_bundled_graph_never_join_two_causes(graph):
    found = list(itertools.islice(paths(graph, "MET amplification", "cetuximab", max_hops=3), 50))
    assert found and str(found[0]) == "MET amplification -confers_resistance_to-> anti-EGFR antibody -has member-> cetuximab"
    assert all(fwd or h.predicate in BACKWARD for p in found for step in p.steps for h, fwd in step)
    assert list(paths(graph, "MET amplification", "HER2 amplification", max_hops=2)) == []
    assert list(paths(graph, "MET amplification", "HER2 amplification", max_hops=2, directed=False))


# -- evidence ------------------------------------------------------------------------------------------------------
def test_evidence_for_a_node_lists_every_edge_touching_it():
    kg = tiny_graph()
    hops = node_evidence(kg, "anti-EGFR mAb")
    assert len(hops) == len(kg.edges("crc:class_anti_egfr_antibody", "in")) + len(kg.edges("crc:class_anti_egfr_antibody"))
    assert [(h.predicate, h.subject_name) for h in hops] == [
        ("confers_resistance_to", "MET amplification"), ("member_of", "cetuximab"), ("member_of", "panitumumab"),
        ("predicts_resistance_to", "KRAS mutation")]
    assert all(h.evidence for h in hops) and node_evidence(kg, "anti-EGFR mAb") == hops
    mixed = node_evidence(kg, "cetuximab")
    assert [h.subject_name for h in mixed] == ["cetuximab", "adagrasib + cetuximab", "cetuximab + tivantinib"]
    assert [h.object_name for h in node_evidence(kg, "cetuximab", "member_of")] == ["anti-EGFR antibody"]
    assert node_evidence(kg, "tivantinib", "overcomes") == []
    with pytest.raises(QueryError, match="unknown predicate"):
        node_evidence(kg, "cetuximab", "cures")
    with pytest.raises(UnknownName):
        node_evidence(kg, "cetuximabb")


def test_evidence_for_a_node_on_the_bundled_graph(graph, texts):
    hops = node_evidence(graph, "MET amplification")
    assert {"confers_resistance_to", "overcomes"} <= {h.predicate for h in hops}
    assert any(h.object == "crc:alt_met_amplification" for h in hops)  # edges entering the node too
    _check_hops(hops, texts)


# -- profile ------------------------------------------------------------------------------------------------------
def test_profile_kras_g12c_after_cetuximab(graph, texts):
    answer = profile(graph, alterations=["KRAS G12C"], prior_therapies=["cetuximab"])
    assert answer.disclaimer.startswith("This summarises published literature") and "not clinical advice" in answer.disclaimer
    assert "adagrasib + cetuximab" in [c.therapy_name for c in answer.candidates]
    against = {c.therapy_name: c for c in answer.against}
    assert {h.subject_name for h in against["anti-EGFR antibody"].members} >= {"cetuximab", "panitumumab"}
    for c in answer.candidates + answer.against:
        for chain in c.reasons:
            _check_hops(chain, texts)
        if c.members:
            _check_hops(c.members, texts)


def test_profile_braf_v600e_argues_against_anti_egfr_monotherapy(graph):
    answer = profile(graph, alterations=["BRAF V600E"], msi="MSS", sidedness="right")
    assert "anti-EGFR antibody" in {c.therapy_name for c in answer.against}
    assert "cetuximab + encorafenib" in {c.therapy_name for c in answer.candidates}
    assert "immune checkpoint inhibitor" in {c.therapy_name for c in answer.against}  # MSS
    assert answer.considerations and any("sidedness" in n for n in answer.notes)
    with pytest.raises(QueryError, match="describe the profile"):
        profile(graph)
    with pytest.raises(QueryError, match="unknown MSI status"):
        profile(graph, msi="high")


# -- evidence and conflicts ---------------------------------------------------------------------------------------
def test_evidence_behind_an_edge(graph, texts):
    hops = evidence(graph, "MET amplification", "confers_resistance_to", "EGFR blockade")
    # one hop per distinct qualifier set (a plain statement, an association with acquired resistance)
    assert hops and all(h.evidence for h in hops) and {h.object for h in hops} == {"crc:class_anti_egfr_antibody"}
    _check_hops(hops, texts)
    assert evidence(graph, "MET amplification", "overcomes") == []


def test_conflicts_between_text_and_table(graph):
    found = {(c.arm_name, c.metric): c for c in conflicts(graph)}
    c = found[("MOUNTAINEER: trastuzumab + tucatinib", "ORR")]
    assert c.values == (52.0, 55.0)
    assert {kind for _, kind, _ in c.sources} == {"text", "table"}
    assert c.trial == "CLINICALTRIALS:NCT03043313"


def test_a_rescue_that_did_not_work_is_a_negative_result_not_support():
    """An `overcomes` edge whose evidence does not support it (direction: does_not_support) is kept
    and shown by `evidence`, and becomes a chain marked negative, after every supported one."""
    from kg.model import Assertion
    from kg.query import evidence, rescue_paths
    from kg.query.testing import tiny_graph

    kg = tiny_graph()
    before = [(p.target, p.regimen) for p in rescue_paths(kg, "cetuximab")]
    said = kg.edges("crc:regimen_adagrasib_plus_cetuximab", "out", "overcomes")[0]
    kg.add_assertion(Assertion("DRUGBANK:DB01269", "overcomes", "crc:alt_met_overexpression",
                               (("direction", "does_not_support"),), list(said.evidence)))
    after = rescue_paths(kg, "cetuximab")
    assert [(p.target, p.regimen) for p in after if not p.negative] == before
    assert [(p.regimen, p.negative) for p in after[len(before):]] == [("DRUGBANK:DB01269", True)]
    assert after[-1].hops[-1].negative and after[-1].to_dict()["negative"] is True
    shown = evidence(kg, "panitumumab", "overcomes")
    assert [dict(h.qualifiers).get("direction") for h in shown] == ["does_not_support"]


def test_ongoing_trials_without_results_rank_after_every_study_with_results(graph):
    """On the bundled graph: an arm of a trial the text calls ongoing, with no outcomes, is ranked by no
    result, so after every arm that reports one (its phase only says what the results will weigh)."""
    from kg.query.arms import arm_rank, arm_record, designs_only

    arms = [arm_record(graph, a.id) for a in graph.nodes("TrialArm")]
    ongoing = [a for a in arms if designs_only(a)]
    assert ongoing, "the bundled graph names ongoing trials (status: ongoing)"
    with_results = [a for a in arms if a.outcomes]
    assert max(arm_rank(a)[0] for a in with_results) < min(arm_rank(a)[0] for a in ongoing)
    for a in ongoing:
        assert arm_rank(a)[1] == f"ongoing {f'phase {a.phase}' if a.phase else 'trial'} (no results yet)"
    listed = trials(graph, regimen=ongoing[0].regimen_name).rows
    assert listed[-1].status == "ongoing" or all(designs_only(a) for a in listed)
