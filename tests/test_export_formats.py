"""The property-graph exports (GraphML, Cytoscape.js JSON, CX2, Neo4j CSV) loaded back and checked against the graph.

The bundled graph is built once per session (``graph`` in conftest.py) and exported once per module.
The JSON Schemas in ``tests/data/schemas/`` were written for these tests from each format's
documentation (their ``$comment`` names it).
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import jsonschema
import networkx as nx
import pytest

from conftest import run_cli
from kg.export import FORMATS, WRITERS
from kg.export.flat import DELIMITER, ExportError
from kg.export.kgx import write_kgx
from kg.graph import KnowledgeGraph
from kg.levels import evidence_level
from kg.model import Assertion, Entity, Evidence
from kg.query.testing import tiny_graph

SCHEMAS = Path(__file__).parent / "data" / "schemas"
NEW = ("graphml", "cyjs", "cx2", "neo4j")
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _schema(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _valid(validator, document) -> None:
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.fixture(scope="module")
def exported(graph, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("exports")
    for fmt in NEW:
        WRITERS[fmt](graph, folder)
    return folder


@pytest.fixture(scope="module")
def edges(graph) -> dict[str, Assertion]:
    return {a.id: a for a in graph.assertions()}


def _check_best_evidence(data: dict, assertion: Assertion, graph) -> None:
    """The exported evidence is one of the edge's own records, the one that sets its level, and its
    offsets and sentence are those of that record (so the quote can be checked in the file)."""
    if not any(ev.literature for ev in assertion.evidence):
        # background knowledge alone: a vocabulary record, no span and no evidence level
        assert not data.get("evidence_start") and not data.get("evidence_level")  # absent, or an empty CSV cell
        assert data["evidence_study_kind"] == "background_knowledge"
        assert data["evidence_sentence"] in {ev.sentence for ev in assertion.evidence}
        return
    cited = {(ev.document, ev.start, ev.end): ev for ev in assertion.evidence if ev.literature}
    ev = cited[(data["evidence_document"], int(data["evidence_start"]), int(data["evidence_end"]))]
    assert data["evidence_sentence"] == ev.sentence
    assert graph.schema.level_of(ev.study_kind) == data["evidence_level"] == evidence_level(graph.schema, assertion)


# -- GraphML ---------------------------------------------------------------------------------------------------------
def test_graphml_reads_back_with_every_node_edge_and_attribute(exported, graph, edges):
    g = nx.read_graphml(exported / "kg.graphml", force_multigraph=True)
    assert g.is_directed() and g.is_multigraph()
    assert g.number_of_nodes() == graph.number_of_nodes() > 500
    assert g.number_of_edges() == graph.number_of_edges() > 500
    assert set(g.nodes) == {e.id for e in graph.nodes()}
    for e in graph.nodes():
        data = g.nodes[e.id]
        assert data["name"] == data["label"] == e.name
        assert data["category"] == graph.schema.biolink_category(e.category)
        assert data["crc_category"] == f"crc:{e.category}"
        assert data.get("synonyms", "") == DELIMITER.join(e.synonyms)
    keys = set()
    for s, o, key, data in g.edges(keys=True, data=True):
        a = edges[key]
        keys.add(key)
        assert (s, o) == (a.subject, a.object)
        assert data["predicate"] == graph.schema.predicates[a.predicate].biolink
        assert data["crc_predicate"] == f"crc:{a.predicate}" and data["label"] == a.predicate
        assert data["evidence_count"] == len(a.evidence) and isinstance(data["evidence_count"], int)
        assert data["documents"].split(DELIMITER) == sorted({ev.document for ev in a.evidence})
        _check_best_evidence(data, a, graph)
    assert keys == set(edges)
    assert any(isinstance(data.get("family"), bool) for _, data in g.nodes(data=True))


# -- Cytoscape.js JSON -----------------------------------------------------------------------------------------------
def test_cytoscape_js_json_follows_its_schema_and_holds_the_whole_graph(exported, graph, edges):
    doc = json.loads((exported / "kg.cyjs").read_text(encoding="utf-8"))
    _valid(_schema("cytoscape_js"), doc)
    nodes, links = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert [n["data"]["id"] for n in nodes] == [e.id for e in graph.nodes()]
    assert [x["data"]["id"] for x in links] == sorted(edges)
    by_id = {e.id: e for e in graph.nodes()}
    for n in nodes:
        e = by_id[n["data"]["id"]]
        assert (n["data"]["name"], n["data"]["category"]) == (e.name, graph.schema.biolink_category(e.category))
        assert n["data"].get("synonyms", []) == list(e.synonyms)
    for x in links:
        data, a = x["data"], edges[x["data"]["id"]]
        assert (data["source"], data["target"], data["interaction"]) == (a.subject, a.object, a.predicate)
        assert data["predicate"] == graph.schema.predicates[a.predicate].biolink
        assert data["evidence_count"] == len(a.evidence)
        _check_best_evidence(data, a, graph)


# -- CX2 -------------------------------------------------------------------------------------------------------------
_CX_CHECK = {"string": lambda v: isinstance(v, str), "integer": lambda v: type(v) is int,
             "boolean": lambda v: type(v) is bool,
             "list_of_string": lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v)}


def check_cx2(cx: list) -> dict[str, list]:
    """What the schema cannot say: declarations before use and values of the declared type, metaData
    counts, unique ids, edge ends that are nodes, one successful status last. Returns the aspects."""
    _valid(_schema("cx2"), cx)
    assert next(iter(cx[-1])) == "status" and cx[-1]["status"][0]["success"] is True
    aspects = {next(iter(block)): block[next(iter(block))] for block in cx[1:]}
    order = [next(iter(block)) for block in cx[1:]]
    assert order.index("attributeDeclarations") < min(order.index(a) for a in ("networkAttributes", "nodes", "edges"))
    (declared,) = aspects["attributeDeclarations"]
    for aspect in ("nodes", "edges"):
        for element in aspects[aspect]:
            for name, value in element.get("v", {}).items():
                assert _CX_CHECK[declared[aspect][name]["d"]](value), (aspect, name, value)
    for name, value in aspects["networkAttributes"][0].items():
        assert _CX_CHECK[declared["networkAttributes"][name]["d"]](value)
    for meta in aspects["metaData"]:
        assert meta["elementCount"] == len(aspects[meta["name"]])
    node_ids = [n["id"] for n in aspects["nodes"]]
    assert len(set(node_ids)) == len(node_ids) and len({x["id"] for x in aspects["edges"]}) == len(aspects["edges"])
    assert all(x["s"] in set(node_ids) and x["t"] in set(node_ids) for x in aspects["edges"])
    return aspects


def test_cx2_follows_the_spec_and_holds_the_whole_graph(exported, graph, edges):
    cx = json.loads((exported / "kg.cx2").read_text(encoding="utf-8"))
    assert cx[0] == {"CXVersion": "2.0", "hasFragments": False}
    aspects = check_cx2(cx)
    curie = {n["id"]: n["v"]["represents"] for n in aspects["nodes"]}
    assert list(curie.values()) == [e.id for e in graph.nodes()]
    assert [x["v"]["represents"] for x in aspects["edges"]] == sorted(edges)
    for x in aspects["edges"]:
        a = edges[x["v"]["represents"]]
        assert (curie[x["s"]], curie[x["t"]], x["v"]["interaction"]) == (a.subject, a.object, a.predicate)
        assert x["v"]["evidence_count"] == len(a.evidence)
        _check_best_evidence(x["v"], a, graph)
    assert {n["v"]["category"] for n in aspects["nodes"]} == {
        graph.schema.biolink_category(e.category) for e in graph.nodes()}


def test_the_cx2_schema_refuses_what_the_spec_forbids():
    validator = _schema("cx2")
    good = [{"CXVersion": "2.0"}, {"nodes": [{"id": 0, "v": {"name": "a"}}]},
            {"status": [{"error": "", "success": True}]}]
    assert not list(validator.iter_errors(good))
    for bad in ([{"CXVersion": "1.0"}, good[2]],  # CX version 1
                [good[1], good[2]],  # no descriptor first
                good[:2],  # no status
                [good[0], {"nodes": [{"id": "n1"}]}, good[2]],  # a node id that is not a number
                [good[0], {"nodes": [{"id": 0, "v": {"id": 3}}]}, good[2]],  # "id" as an attribute
                [good[0], {"edges": [{"id": 0, "s": 0}]}, good[2]],  # an edge without a target
                [good[0], {"attributeDeclarations": [{"nodes": {"w": {"d": "float"}}}]}, good[2]]):  # no such type
        assert list(validator.iter_errors(bad)), bad


# -- Neo4j CSV -------------------------------------------------------------------------------------------------------
def _csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        return header, [dict(zip(header, row, strict=True)) for row in reader]


def test_neo4j_csv_has_typed_headers_and_a_row_per_node_and_edge(exported, graph, edges):
    header, nodes = _csv(exported / "neo4j" / "nodes.csv")
    assert header[:3] == ["id:ID", ":LABEL", "name"]
    assert "synonyms:string[]" in header and "family:boolean" in header and "evidence_count:int" not in header
    assert len(nodes) == graph.number_of_nodes()
    ids = [row["id:ID"] for row in nodes]
    assert ids == [e.id for e in graph.nodes()]
    by_id = {e.id: e for e in graph.nodes()}
    for row in nodes:
        e = by_id[row["id:ID"]]
        assert row[":LABEL"] == graph.schema.biolink_category(e.category).removeprefix("biolink:")
        assert IDENTIFIER.fullmatch(row[":LABEL"])
        assert row["name"] == e.name
        assert (row["synonyms:string[]"].split(DELIMITER) if row["synonyms:string[]"] else []) == list(e.synonyms)
        assert row["family:boolean"] in ("", "true", "false")
    header, rels = _csv(exported / "neo4j" / "relationships.csv")
    assert header[:4] == [":START_ID", ":END_ID", ":TYPE", "id"]
    for column in ("evidence_count:int", "evidence_start:int", "evidence_end:int", "documents:string[]",
                   "evidence_level", "predicate", "crc_predicate"):
        assert column in header
    assert len(rels) == graph.number_of_edges()
    known = set(ids)
    for row in rels:
        assert row[":START_ID"] in known and row[":END_ID"] in known
        a = edges[row["id"]]
        assert (row[":START_ID"], row[":END_ID"]) == (a.subject, a.object)
        assert row[":TYPE"] == a.predicate.upper() and IDENTIFIER.fullmatch(row[":TYPE"])
        assert int(row["evidence_count:int"]) == len(a.evidence)
        assert row["documents:string[]"].split(DELIMITER) == sorted({ev.document for ev in a.evidence})
        _check_best_evidence({k.split(":")[0]: v for k, v in row.items()}, a, graph)
    assert {row["id"] for row in rels} == set(edges)


# -- every format ----------------------------------------------------------------------------------------------------
def test_each_export_is_byte_identical_from_two_loads(built, tmp_path):
    import kg

    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        loaded = kg.load(built)
        for fmt in NEW:
            WRITERS[fmt](loaded, tmp_path / run)
    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert [str(f) for f in files] == ["kg.cx2", "kg.cyjs", "kg.graphml", "neo4j/nodes.csv",
                                       "neo4j/relationships.csv"]
    for f in files:
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


def test_an_empty_graph_gives_valid_empty_exports(tmp_path):
    kg = KnowledgeGraph()
    for fmt in NEW:
        WRITERS[fmt](kg, tmp_path)
    assert nx.read_graphml(tmp_path / "kg.graphml").number_of_nodes() == 0
    _valid(_schema("cytoscape_js"), json.loads((tmp_path / "kg.cyjs").read_text(encoding="utf-8")))
    aspects = check_cx2(json.loads((tmp_path / "kg.cx2").read_text(encoding="utf-8")))
    assert aspects["nodes"] == aspects["edges"] == []
    assert _csv(tmp_path / "neo4j" / "nodes.csv")[1] == _csv(tmp_path / "neo4j" / "relationships.csv")[1] == []


def _odd_graph(name: str) -> KnowledgeGraph:
    kg = tiny_graph()
    kg.add_entity(Entity("HGNC:3236", "Gene", "EGFR", (name,)))
    return kg


def test_text_xml_cannot_hold_is_marked_and_the_rest_kept(tmp_path):
    kg = _odd_graph('page\x0cbreak, "quoted", comma\nand line')
    for fmt in NEW:
        WRITERS[fmt](kg, tmp_path)
    g = nx.read_graphml(tmp_path / "kg.graphml")
    assert g.nodes["HGNC:3236"]["synonyms"] == 'page\ufffdbreak, "quoted", comma\nand line'
    _, rows = _csv(tmp_path / "neo4j" / "nodes.csv")
    (row,) = [r for r in rows if r["id:ID"] == "HGNC:3236"]
    assert row["synonyms:string[]"] == 'page\x0cbreak, "quoted", comma\nand line'
    cyjs = json.loads((tmp_path / "kg.cyjs").read_text(encoding="utf-8"))
    assert 'page\x0cbreak, "quoted", comma\nand line' in [n["data"].get("synonyms", [None])[0]
                                                          for n in cyjs["elements"]["nodes"]]


def test_a_list_item_holding_the_delimiter_is_refused_and_nothing_written(tmp_path):
    kg = _odd_graph("EGFR|HER1")
    for fmt in ("graphml", "neo4j"):
        with pytest.raises(ExportError, match=r"HGNC:3236: the synonyms item 'EGFR\|HER1' contains '\|'"):
            WRITERS[fmt](kg, tmp_path)
    assert not list(tmp_path.iterdir())
    for fmt in ("cyjs", "cx2"):  # JSON keeps lists as lists
        WRITERS[fmt](kg, tmp_path)
    # the CLI says it in one line, exit 1
    write_kgx(kg, tmp_path)
    proc = run_cli("export", "--out", tmp_path, "--format", "neo4j", check=False)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "contains '|'" in proc.stderr


# -- the command line: formats and destinations ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("small")
    kg = tiny_graph()
    kg.add_assertion(Assertion("crc:alt_met_amplification", "alteration_of", "HGNC:7029", (),
                               [Evidence("d.txt", 0, 5, "MET x", "Intro", "rule")]))
    write_kgx(kg, out)
    return out


def test_cli_writes_each_format_to_its_default_place_or_to_the_destination(small_build, tmp_path):
    for fmt in NEW:
        proc = run_cli("export", "--out", small_build, "--format", fmt)
        default = small_build / FORMATS[fmt].default
        printed = [Path(line) for line in proc.stdout.splitlines()]
        assert printed and all(p.is_file() and (p == default or p.parent == default) for p in printed), fmt
    target = tmp_path / "mine.graphml"
    proc = run_cli("export", "--out", small_build, "--format", "graphml", "--to", target)
    assert proc.stdout.strip() == str(target)
    assert target.read_bytes() == (small_build / "kg.graphml").read_bytes()
    proc = run_cli("export", "--out", small_build, "--format", "cx2", "--to", tmp_path)
    assert proc.stdout.strip() == str(tmp_path / "kg.cx2")
    run_cli("export", "--out", small_build, "--format", "neo4j", "--to", tmp_path / "db")
    assert sorted(p.name for p in (tmp_path / "db").iterdir()) == ["nodes.csv", "relationships.csv"]
    assert not [p for p in tmp_path.rglob(".*.tmp")]


@pytest.mark.parametrize("fmt, to, message", [
    ("graphml", "missing/kg.graphml", "the folder missing does not exist; create it, or choose another file"),
    ("neo4j", "a_file", "is a file, not a folder; the neo4j export is a folder of files"),
    ("neo4j", "missing/db", "the folder missing does not exist; create it, or choose another folder"),
])
def test_a_bad_destination_is_one_clear_line(small_build, tmp_path, fmt, to, message):
    (tmp_path / "a_file").write_text("keep me\n", encoding="utf-8")
    proc = run_cli("export", "--out", small_build, "--format", fmt, "--to", to, cwd=tmp_path, check=False)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"error: --to {to}: {message}") and proc.stderr.count("\n") == 1
    assert (tmp_path / "a_file").read_text(encoding="utf-8") == "keep me\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a_file"]


def test_export_help_names_every_format():
    from kg.cli.build import EXPORT_FORMATS

    help_text = run_cli("export", "--help").stdout
    for name, fmt in FORMATS.items():
        assert re.search(rf"\b{name} \(", EXPORT_FORMATS), name
        assert name in help_text
