"""The background knowledge layer: vocabulary facts about the graph's drugs, classes and genes, labelled as such."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli

# A trial of T-DXd that never says what T-DXd acts on ("HER2-positive" names the patients, not a target).
TDXD_TEXT = ("Results\n\nIn the phase II DESTINY-CRC01 trial, trastuzumab deruxtecan (T-DXd) was given to patients "
             "with HER2-positive metastatic colorectal cancer after two or more prior regimens, and the objective "
             "response rate was 45.3%.\n")
TDXD, ERBB2 = "DRUGBANK:DB14962", "HGNC:3430"


@pytest.fixture(scope="module")
def tdxd_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tdxd")
    (folder / "tdxd.txt").write_text(TDXD_TEXT, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tdxd_graphs(tdxd_corpus):
    import kg

    with_layer, report = kg.build(tdxd_corpus)
    without, bare_report = kg.build(tdxd_corpus, background=False)
    return with_layer, report, without, bare_report


def test_her2_targeted_trials_find_tdxd_through_a_background_targets_edge(tdxd_graphs):
    from kg.query import trials

    kg, _, _, _ = tdxd_graphs
    # the literature says nothing of T-DXd's target: every evidence of its targets edge is the vocabulary
    [edge] = [a for a in kg.edges(TDXD, "out", "targets") if a.object == ERBB2]
    assert {e.method for e in edge.evidence} == {"vocabulary"}
    assert edge.evidence[0].document == "ontology/vocab/drugs.yaml" and edge.evidence[0].section == "targets"
    rows = trials(kg, target="HER2").rows
    assert [r.trial_name for r in rows] == ["DESTINY-CRC01"]
    [matched] = rows[0].matched
    assert (matched.subject, matched.predicate, matched.object) == (TDXD, "targets", ERBB2)
    assert matched.layer == "background" and matched.inferred is None and matched.evidence == tuple(edge.evidence)
    # the trial's own hops come from the sentence
    assert {h.layer for h in rows[0].hops} == {"literature"}
    assert rows[0].values("ORR") == [45.3]


def test_her2_targeted_trials_in_json_and_table(tdxd_corpus):
    data = json.loads(run_cli("query", "trials", "--target", "HER2", "--corpus", tdxd_corpus, "--json").stdout)
    [arm] = data["arms"]
    assert arm["trial_name"] == "DESTINY-CRC01"
    assert [(h["predicate"], h["object_name"], h["layer"]) for h in arm["matched"]] == [("targets", "ERBB2", "background")]
    assert {h["layer"] for h in arm["hops"]} == {"literature"}
    assert data["records"][0]["matched_by"] == ["trastuzumab deruxtecan -targets-> ERBB2 (background)"]
    table = run_cli("query", "trials", "--target", "HER2", "--corpus", tdxd_corpus, "--wide").stdout
    assert "trastuzumab deruxtecan -targets (background)-> ERBB2" in table and "matched by" in table


def test_no_background_leaves_the_layer_out(tdxd_graphs):
    from kg.query import trials

    with_layer, report, bare, bare_report = tdxd_graphs
    assert bare_report.background is None and report.background["facts"] > 0
    assert not any(e.method == "vocabulary" for a in bare.assertions() for e in a.evidence)
    assert bare.number_of_edges() == with_layer.number_of_edges() - report.background["facts"] \
        + report.background["also_stated_in_literature"]
    # without the layer no document names HER2 as a node, so there is nothing to ask about
    from kg.query import UnknownName

    assert not bare.has_node(ERBB2) and with_layer.has_node(ERBB2)
    with pytest.raises(UnknownName, match="does not occur in this graph"):
        trials(bare, target="HER2")


def test_background_only_around_what_the_literature_names(tdxd_graphs):
    kg, report, _, _ = tdxd_graphs
    background = [a for a in kg.assertions() if all(e.method == "vocabulary" for e in a.evidence)]
    assert background and len(background) == report.background["facts"] - report.background["also_stated_in_literature"]
    for a in background:
        assert kg.mentioned_in(a.subject), a  # a drug, class or gene a document names
    added = {a.object for a in background} - {n for a in background for n in (a.subject,) if kg.mentioned_in(n)}
    assert all(not kg.mentioned_in(n) for n in added) and len(added) == report.background["nodes_added"]
    # nothing is followed from an added node: anti-HER2 therapy (added) gets no target or parent of its own
    assert not kg.edges("crc:class_anti_her2_therapy", "out")


def test_build_cli_reports_the_layer_and_turns_it_off(tdxd_corpus, tmp_path):
    out = tmp_path / "out"
    table = run_cli("build", "--corpus", tdxd_corpus, "--out", out).stdout
    assert "edges with vocabulary evidence" in table and "edges from background knowledge only" in table
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["edge_share_by_method"]["vocabulary"] > 0 and "vocabulary" not in report["literature_edge_share_by_method"]
    layers = report["knowledge_layers"]
    assert layers["literature"] + layers["background_only"] == report["edges"]
    assert report["background"]["by_vocabulary"]["ontology/vocab/drugs.yaml"] >= 3
    assert list(report["evidence_per_document"]) == ["tdxd.txt"]  # background knowledge is no document
    run_cli("build", "--corpus", tdxd_corpus, "--out", out, "--no-background", "--quiet")
    edges = [json.loads(line) for line in (out / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    assert not any(e["method"] == "vocabulary" for edge in edges for e in edge["evidence"])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["background"] is None and "vocabulary" not in report["edge_share_by_method"]


def test_bundled_build_curated_share_is_measured_on_literature(built):
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    assert report["background"]["facts"] > 100
    assert 0 < report["literature_edge_share_by_method"]["curated"] <= 0.02
    assert report["knowledge_layers"]["both"] > 0 and report["knowledge_layers"]["background_only"] > 0


def test_literature_and_background_on_one_edge_literature_first():
    from kg.query import evidence
    from kg.query.testing import tiny_graph, with_background

    kg = with_background(tiny_graph())
    # "Cetuximab and panitumumab are anti-EGFR antibodies." states what drugs.yaml records too
    [a] = [a for a in kg.edges("DRUGBANK:DB00002", "out", "member_of") if a.object == "crc:class_anti_egfr_antibody"]
    assert [e.method for e in a.evidence] == ["rule", "vocabulary"]
    assert a.evidence[0].sentence == "Cetuximab and panitumumab are anti-EGFR antibodies."
    [hop] = evidence(kg, "cetuximab", "member_of", "anti-EGFR antibody")
    assert hop.layer == "literature" and hop.documents == ("tiny.txt",)
    assert [e["method"] for e in hop.to_dict()["evidence"]] == ["rule", "vocabulary"]


def test_background_hops_are_marked_in_paths_and_rescue():
    from kg.query import paths, rescue_paths
    from kg.query.testing import tiny_graph, with_background

    kg = with_background(tiny_graph())
    [p] = list(paths(kg, "adagrasib", "KRAS", max_hops=1))
    assert str(p) == "adagrasib -targets (background)-> KRAS"
    assert p.to_dict()["steps"][0][0]["layer"] == "background"
    for chain in rescue_paths(kg, "EGFR blockade"):
        for h in chain.hops:
            assert h.to_dict()["layer"] == ("literature" if any(e.literature for e in h.evidence) else "background")


def test_background_in_kgx_and_rdf_round_trips_and_validates(tmp_path):
    from kg.export.kgx import kgx_text, read_kgx, write_kgx
    from kg.rdf.load import from_rdf
    from kg.rdf.mapping import to_rdf
    from kg.rdf.namespaces import CRC, OA, PROV, RDF
    from kg.rdf.shapes import validate
    from kg.query.testing import tiny_graph, with_background

    kg = with_background(tiny_graph())
    write_kgx(kg, tmp_path)
    assert kgx_text(read_kgx(tmp_path)) == kgx_text(kg)
    g = to_rdf(kg)
    assert kgx_text(from_rdf(g)) == kgx_text(kg)
    assert validate(g).conforms
    records = set(g.subjects(RDF.type, CRC.VocabularyRecord))
    assert records
    for rec in records:  # no text selector: derived from the vocabulary file
        assert g.value(rec, OA.hasTarget) is None
        assert (g.value(rec, PROV.wasDerivedFrom), RDF.type, CRC.Vocabulary) in g
    # background knowledge is valid without offsets, literature evidence still needs them
    broken = to_rdf(kg)
    ann = next(iter(broken.subjects(RDF.type, OA.Annotation)))
    broken.remove((broken.value(ann, OA.hasTarget), OA.hasSelector, None))
    assert not validate(broken).conforms
    broken = to_rdf(kg)
    rec = next(iter(records))
    broken.add((rec, OA.hasTarget, next(iter(broken.objects(None, OA.hasTarget)))))
    assert any("no oa:hasTarget" in v.message for v in validate(broken).violations)
    # a statement a sentence supports needs its evidence level; one the vocabulary alone records has none
    broken = to_rdf(kg)
    levelled = [st for st in broken.subjects(RDF.type, CRC.Assertion) if broken.value(st, CRC.evidence_level)]
    bare = [st for st in broken.subjects(RDF.type, CRC.Assertion) if not broken.value(st, CRC.evidence_level)]
    assert bare and all(all((ev, RDF.type, CRC.VocabularyRecord) in broken for ev in broken.objects(st, CRC.evidence))
                        for st in bare)
    broken.remove((levelled[0], CRC.evidence_level, None))
    assert not validate(broken).conforms


def test_trials_view_draws_the_background_hop_dashed(tdxd_graphs):
    from kg.query import trials
    from kg.view.select import answer

    kg, _, _, _ = tdxd_graphs
    selection = answer(kg, "trials", trials(kg, target="HER2"))
    [edge] = [e for e in selection.edges if e["predicate"] == "targets"]
    assert (edge["from"], edge["to"], edge.get("dashes")) == (TDXD, ERBB2, True)
    [ev] = edge["info"]["evidence"]
    assert ev["source"] == "background knowledge: ontology/vocab/drugs.yaml" and ev["span"] == ""
    assert not any(e.get("dashes") for e in selection.edges if e["predicate"] == "has_arm")


def test_a_combination_product_has_its_drugs_as_components():
    from kg.background import add_background
    from kg.graph import KnowledgeGraph
    from kg.model import Entity

    kg = KnowledgeGraph()
    kg.add_entity(Entity("crc:drug_tas_102", "Drug", "TAS-102"))
    add_background(kg)
    parts = {kg.entity(a.object).name for a in kg.edges("crc:drug_tas_102", "out", "has_component")}
    assert parts == {"trifluridine", "tipiracil"}
    # a drug of one substance has none
    kg = KnowledgeGraph()
    kg.add_entity(Entity("DRUGBANK:DB00432", "Drug", "trifluridine"))
    add_background(kg)
    assert not list(kg.edges("DRUGBANK:DB00432", "out", "has_component"))


def test_a_drug_without_curated_classes_takes_the_class_its_inn_stem_implies():
    from kg.background import STEMS, add_background
    from kg.graph import KnowledgeGraph
    from kg.vocab import load_vocabulary

    vocab = load_vocabulary()
    selumetinib = vocab.resolve("selumetinib")
    assert selumetinib and not vocab.drug_classes.get(selumetinib)  # drugs.yaml gives it no class
    kg = KnowledgeGraph()
    kg.add_entity(vocab.entities[selumetinib])
    add_background(kg, vocab)
    [edge] = list(kg.edges(selumetinib, "out", "member_of"))
    assert kg.entity(edge.object).name == "MEK inhibitor"
    [ev] = edge.evidence
    assert (ev.document, ev.section, ev.method) == (STEMS, "stems", "vocabulary") and "INN" in ev.source
    # a drug the curated file gives classes keeps those classes only, whatever its stem says
    cetuximab = vocab.resolve("cetuximab")
    assert vocab.drug_classes.get(cetuximab)
    kg = KnowledgeGraph()
    kg.add_entity(vocab.entities[cetuximab])
    add_background(kg, vocab)
    classes = {a.object for a in kg.edges(cetuximab, "out", "member_of")}
    assert classes == set(vocab.drug_classes[cetuximab])
    assert all(e.document != STEMS for a in kg.edges(cetuximab, "out", "member_of") for e in a.evidence)
