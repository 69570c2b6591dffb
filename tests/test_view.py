"""The HTML views without a browser: what the file holds, determinism, the command line.

(The page in a real browser is tested in ``test_view_browser.py``.)
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from conftest import run_cli


class _Page(HTMLParser):
    """Collects scripts (with their type), tags and attributes of a page."""

    def __init__(self):
        super().__init__()
        self.scripts: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self._in: str | None = None
        self.csp = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self.attributes.extend((tag, k, v or "") for k, v in attrs.items())
        if tag == "script":
            self._in = attrs.get("type", "")
            self.scripts.append((self._in, ""))
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy":
            self.csp = attrs["content"]

    def handle_endtag(self, tag):
        if tag == "script":
            self._in = None

    def handle_data(self, data):
        if self._in is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)


def parse(path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def payload(page: _Page) -> dict:
    return json.loads(next(text for kind, text in page.scripts if kind == "application/json"))


@pytest.fixture(scope="module")
def whole_page(graph, tmp_path_factory):
    from kg.view import to_html

    return to_html(graph, tmp_path_factory.mktemp("view") / "graph.html")


@pytest.fixture(scope="module")
def all_page(graph, tmp_path_factory):
    from kg.view import to_html

    return to_html(graph, tmp_path_factory.mktemp("view") / "all.html", everything=True)


def linked(graph, categories=None, predicates=()) -> tuple[set, list]:
    """Nodes with an edge, and the edges, once ``categories`` (None: all) are kept and ``predicates`` dropped."""
    kept = {e.id for e in graph.nodes() if categories is None or e.category in categories}
    edges = [a for a in graph.assertions() if a.predicate not in predicates and a.subject in kept and a.object in kept]
    return {a.subject for a in edges} | {a.object for a in edges}, edges


def test_every_schema_term_has_a_style(graph):
    from kg.view.style import CATEGORY_STYLE, PREDICATE_STYLE

    assert set(graph.schema.categories) <= set(CATEGORY_STYLE)
    assert set(graph.schema.predicates) <= set(PREDICATE_STYLE)
    shapes = {(s.colour, s.shape) for s in CATEGORY_STYLE.values()}
    assert len(shapes) == len(CATEGORY_STYLE), "two categories would look the same"
    assert len({s.colour for s in PREDICATE_STYLE.values()}) >= len(PREDICATE_STYLE) - 1


def test_page_is_self_contained(whole_page):
    page = parse(whole_page)
    text = whole_page.read_text(encoding="utf-8")
    assert "link" not in page.tags and "iframe" not in page.tags and "img" not in page.tags
    assert not [a for a in page.attributes if a[1] in ("src", "href")], "nothing may be loaded from elsewhere"
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", text), "no stylesheet may fetch anything"
    assert "default-src 'none'" in page.csp and "connect-src 'none'" in page.csp


def test_content_security_policy_admits_exactly_the_page_scripts(whole_page):
    page = parse(whole_page)
    code = [text for kind, text in page.scripts if kind != "application/json"]
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() + "'" for c in code}
    allowed = set(re.search(r"script-src ([^;]+)", page.csp).group(1).split())
    assert len(code) == 2 and hashes == allowed


def test_every_category_is_biology_or_study(graph):
    from kg.view.select import BIOLOGY_CATEGORIES, STRUCTURE_PREDICATES, STUDY_CATEGORIES

    assert not set(BIOLOGY_CATEGORIES) & set(STUDY_CATEGORIES)
    assert set(graph.schema.categories) == set(BIOLOGY_CATEGORIES) | set(STUDY_CATEGORIES)
    assert set(STRUCTURE_PREDICATES) <= set(graph.schema.predicates)


def test_whole_graph_opens_on_the_biology(whole_page, graph):
    from kg.view.select import BIOLOGY_CATEGORIES, STRUCTURE_PREDICATES

    data = payload(parse(whole_page))
    nodes, edges = linked(graph, BIOLOGY_CATEGORIES, STRUCTURE_PREDICATES)
    assert {n["id"] for n in data["nodes"]} == nodes
    assert {e["id"] for e in data["edges"]} == {a.id for a in edges}
    assert {n["category"] for n in data["nodes"]} <= set(BIOLOGY_CATEGORIES)
    assert not {e["predicate"] for e in data["edges"]} & set(STRUCTURE_PREDICATES)
    assert {"Gene", "Alteration", "ResistanceMechanism", "Drug", "DrugClass", "Regimen"} <= {n["category"] for n in data["nodes"]}
    biology = {e.id for e in graph.nodes() if e.category in BIOLOGY_CATEGORIES}
    left = data["left_out"]
    assert left["isolated"] == len(biology - nodes) > 0
    assert left["categories"] == {c: sum(1 for _ in graph.nodes(c)) for c in ("Disease", "Document", "Trial", "TrialArm")}
    assert left["predicates"]["has_component"] == sum(1 for _ in graph.assertions("has_component"))
    text = whole_page.read_text(encoding="utf-8")
    assert f'<span class="kg-count-left">{left["isolated"]}</span> isolated node(s)' in text
    assert "Hidden nodes: Disease " in text and "crckg view --all" in text
    big = [c["key"] for c in data["legend"]["categories"] if c["count"] > data["cluster_above"]]
    assert big and f"({', '.join(big)})" in " ".join(text.split())  # the page names the categories that open clustered


def test_page_data_match_the_graph(all_page, graph):
    data = payload(parse(all_page))
    nodes, _ = linked(graph)
    assert {n["id"] for n in data["nodes"]} == nodes and len(data["edges"]) == graph.number_of_edges()
    assert data["left_out"] == {"isolated": graph.number_of_nodes() - len(nodes), "categories": {}, "predicates": {}}
    by_id = {a.id: a for a in graph.assertions()}
    for item in data["edges"]:
        assertion = by_id[item["id"]]
        assert (item["from"], item["predicate"], item["to"]) == (assertion.subject, assertion.predicate, assertion.object)
        quotes = [(e["document"], e["span"], e["quote"]) for e in item["info"]["evidence"]]
        # background knowledge (a vocabulary entry) has no span; literature evidence shows its offsets
        expected = [(e.document, f"{e.start}–{e.end}" if e.literature else "", e.sentence)
                    for e in assertion.evidence][:len(quotes)]
        assert quotes == expected
        assert item["info"]["more"] == len(assertion.evidence) - len(quotes)
    arms = [n for n in data["nodes"] if n["category"] in ("TrialArm", "Trial") and n["info"]["outcomes"]]
    assert sum(len(n["info"]["outcomes"]) for n in arms) == len(graph.outcomes())
    legend = {c["key"]: c["count"] for c in data["legend"]["categories"]}
    assert sum(legend.values()) == len(nodes)


def test_same_graph_same_bytes(graph, tmp_path, built):
    from kg.view import to_html

    first = to_html(graph, tmp_path / "a.html").read_bytes()
    assert to_html(graph, tmp_path / "b.html").read_bytes() == first
    run_cli("view", "--graph", built, "--out", tmp_path / "c.html")
    assert (tmp_path / "c.html").read_bytes() == first  # another process, read back from KGX
    run_cli("view", "--graph", built, "--all", "--out", tmp_path / "d.html")
    assert (tmp_path / "d.html").read_bytes() == to_html(graph, tmp_path / "e.html", everything=True).read_bytes()


def test_document_text_is_never_markup(tmp_path):
    from kg.graph import KnowledgeGraph
    from kg.model import Assertion, Entity, Evidence
    from kg.view import to_html

    kg = KnowledgeGraph()
    kg.add_entity(Entity("crc:alt_x", "Alteration", "</script><script>alert(1)</script>"))
    kg.add_entity(Entity("HGNC:7029", "Gene", "MET"))
    ev = Evidence("x.txt", 0, 9, "a\u2028b <!-- <img src=x onerror=alert(2)>", "</style>", "rule")
    kg.add_assertion(Assertion("crc:alt_x", "alteration_of", "HGNC:7029", (), [ev]))
    path = to_html(kg, tmp_path / "x.html")
    text = path.read_text(encoding="utf-8")
    assert "<script>alert" not in text and "<img" not in text and "<!--" not in text and "\u2028" not in text
    data = payload(parse(path))
    assert {n["id"]: n["label"] for n in data["nodes"]}["crc:alt_x"] == "</script><script>alert(1)</script>"
    assert data["edges"][0]["info"]["evidence"][0]["quote"] == ev.sentence


def test_views_of_query_answers(graph, tmp_path):
    from kg.query import paths, resistance_mechanisms, rescue_paths, trials
    from kg.view import query_html

    rescue = payload(parse(query_html(graph, "rescue", rescue_paths(graph, "EGFR blockade"), tmp_path / "r.html")))
    assert rescue["hierarchical"] and rescue["options"]["layout"]["hierarchical"]["direction"] == "LR"
    levels = {n["category"]: n["level"] for n in rescue["nodes"] if n["category"] in ("DrugClass", "TrialArm", "Trial")}
    assert levels["DrugClass"] < levels["TrialArm"] < levels["Trial"]
    mech = payload(parse(query_html(graph, "mechanisms", resistance_mechanisms(graph, "anti-EGFR"), tmp_path / "m.html")))
    assert {"confers_resistance_to"} <= {e["predicate"] for e in mech["edges"]}
    arms = payload(parse(query_html(graph, "trials", trials(graph, target="ERBB2"), tmp_path / "t.html")))
    assert any(n["category"] == "TrialArm" and n["info"]["outcomes"] for n in arms["nodes"])
    found = list(paths(graph, "adagrasib + cetuximab", "KRAS G12C", max_hops=2))
    assert payload(parse(query_html(graph, "paths", found, tmp_path / "p.html")))["edges"]
    with pytest.raises(ValueError, match="unknown answer kind"):
        query_html(graph, "nonsense", [], tmp_path / "n.html")


def test_rescue_arms_have_one_readable_label_and_trials_are_not_repeated(graph, tmp_path):
    from kg.query import rescue_paths
    from kg.view import query_html

    paths = rescue_paths(graph, "EGFR blockade")
    data = payload(parse(query_html(graph, "rescue", paths, tmp_path / "r.html")))
    arms = [n for n in data["nodes"] if n["category"] == "TrialArm"]
    trials = [n for n in data["nodes"] if n["category"] == "Trial"]
    assert len(arms) >= 10 and len(trials) >= 10
    names = {e.id: e.name for e in graph.nodes()}
    for arm in arms:
        entity = graph.entity(arm["id"])
        trial, regimen = names[entity.attr("trial")], names[entity.attr("regimen")]
        assert arm["label"].startswith(trial) and regimen in arm["label"], arm["label"]
        assert arm["label"].count(regimen) == 1, f"{arm['label']!r} says its regimen twice"
        assert ":" not in arm["label"].replace(f"{trial}: ", "", 1), f"{arm['label']!r} holds an identifier"
    assert len({a["label"] for a in arms}) == len(arms), "two arms with one label"
    assert len({t["label"] for t in trials}) == len({t["id"] for t in trials}) == len(trials), "a trial drawn twice"
    reached = {arm.trial for p in paths for arm in p.arms}
    assert reached == {t["id"] for t in trials}  # every trial of every chain, once
    assert any(sum(arm.trial == t for p in paths for arm in p.arms) > 1 for t in reached)  # some reached by several chains


def test_empty_graph_gives_an_empty_page(tmp_path):
    from kg.graph import KnowledgeGraph
    from kg.view import to_html

    data = payload(parse(to_html(KnowledgeGraph(), tmp_path / "empty.html")))
    assert data["nodes"] == [] and data["edges"] == []


def test_view_command(built, tmp_path):
    proc = run_cli("view", "--graph", built, "--out", tmp_path / "g.html")
    isolated = payload(parse(tmp_path / "g.html"))["left_out"]["isolated"]
    assert f"Left out {isolated} isolated node(s)" in proc.stderr and "Hidden (--all draws them): Disease" in proc.stderr
    proc = run_cli("view", "--graph", built, "--all", "--out", tmp_path / "a.html")
    assert "Hidden" not in proc.stderr and "TrialArm" in {n["category"] for n in payload(parse(tmp_path / "a.html"))["nodes"]}
    proc = run_cli("view", "--graph", built, "--focus", "MET amplification", "--hops", "1", "--out", tmp_path / "m.html")
    assert "Wrote" in proc.stderr and "needs no network" in proc.stderr and "Left out" not in proc.stderr
    data = payload(parse(tmp_path / "m.html"))
    assert data["focus"] == "crc:alt_met_amplification"
    assert {n["label"] for n in data["nodes"]} >= {"MET amplification", "MET", "anti-EGFR antibody"}
    run_cli("view", "--graph", built, "--rescue", "EGFR blockade", "--out", tmp_path / "r.html")
    assert "adagrasib + cetuximab" in {n["label"] for n in payload(parse(tmp_path / "r.html"))["nodes"]}
    run_cli("query", "rescue", "--therapy", "EGFR blockade", "--graph", built, "--html", tmp_path / "q.html")
    assert (tmp_path / "q.html").read_bytes() == (tmp_path / "r.html").read_bytes()


@pytest.mark.parametrize("args, message", [
    (("--focus", "MET amplificatio"), "did you mean: met amplification"),
    (("--out", "graph.txt"), "needs a file name ending in .html"),
    (("--out", "no/such/folder/graph.html"), "does not exist"),
    (("--focus", "MET", "--rescue", "cetuximab"), "not both"),
    (("--all", "--rescue", "cetuximab"), "is for the whole-graph view"),
    (("--rescue", "MET"), "not a Drug or DrugClass or Regimen"),
    (("--hops", "-1", "--focus", "MET"), "greater than or equal to 0"),
])
def test_view_command_errors(built, tmp_path, args, message):
    proc = run_cli("view", "--graph", built, *args, check=False, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not list(tmp_path.glob("*.html"))
