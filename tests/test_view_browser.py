"""The HTML views in a real browser: headless Chromium, network blocked, pages opened from file://.

Skipped, with the reason shown in the test summary, when Playwright or Chromium is missing;
``.ci/run`` installs both and sets ``CRCKG_REQUIRE_BROWSER=1``, which turns that skip into a
failure. Screenshots go to ``test-artifacts/`` (or ``$CRCKG_ARTIFACTS``).
"""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

import browser as chrome
from conftest import ROOT

REASON = chrome.missing()
if REASON and os.environ.get("CRCKG_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"CRCKG_REQUIRE_BROWSER=1 but the browser tests cannot run: {REASON}")
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"browser tests skipped: {REASON}")

HOSTILE = ROOT / "tests" / "data" / "hostile"

# Moves the edge's two nodes to an empty spot beside the drawing (in a crowded layout another node,
# or another edge's label, can sit on the edge and open its own card), zooms so that the edge is
# about 600 px long and centred, then lists points of it that the network resolves to that edge (not
# to a node), in page coordinates, middle first.
POINTS_ON_EDGE = """(id) => {
  const net = window.kgView.network;
  const edge = net.body.edges[id];
  const all = Object.values(net.getPositions());
  const left = Math.min(...all.map((p) => p.x)), top = Math.min(...all.map((p) => p.y));
  net.moveNode(edge.fromId, left - 900, top - 900);
  net.moveNode(edge.toId, left - 600, top - 900);
  const a = net.getPosition(edge.fromId), b = net.getPosition(edge.toId);
  const length = Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1);
  net.moveTo({position: {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}, scale: 600 / length, animation: false});
  const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
  const points = [];
  // a point under another edge's label opens that edge's card: skip it
  const underLabel = (p) => Object.values(net.body.edges).some((e) => {
    const s = e.id !== id && e.labelModule && e.labelModule.size;
    return s && p.x >= s.left && p.x <= s.left + s.width && p.y >= s.top && p.y <= s.top + s.height;
  });
  for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85]) {
    const c = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
    const dom = net.canvasToDOM(c);
    if (net.getNodeAt(dom) === undefined && net.getEdgeAt(dom) === id && !underLabel(c)) {
      points.push({x: box.left + dom.x, y: box.top + dom.y});
    }
  }
  return points;
}"""


# Where a node is drawn, in page coordinates.
NODE_AT = """(id) => {
  const net = window.kgView.network;
  const at = net.canvasToDOM(net.getPosition(id));
  const box = document.querySelector('#kg-network canvas').getBoundingClientRect();
  return {x: box.left + at.x, y: box.top + at.y};
}"""
DRAWN_IDS = "window.kgView.network.body.nodeIndices.slice()"


def settled_again(page) -> None:
    """Wait until the layout that a click or a search started has settled and stopped again."""
    page.wait_for_selector("body[data-settled=true]", state="attached", timeout=30_000)


def biology(graph):
    """The nodes and edges the whole-graph view draws by default."""
    from kg.view import selection

    chosen = selection(graph)
    return chosen, {n["id"] for n in chosen.nodes}


def artifacts() -> Path:
    folder = Path(os.environ.get("CRCKG_ARTIFACTS", ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser():
    with chrome.chromium() as b:
        yield b


def _flat(text: str) -> str:
    return " ".join(text.split())


def hover_edge(page, edge_id: str) -> str:
    """Move the mouse onto an edge and return the text of the tooltip it opens (that edge's card)."""
    edge = page.evaluate("(id) => { const e = window.kgView.edges.get(id); "
                         "return e.info.subject + ' \u2014 ' + e.info.predicate + ' \u2192 ' + e.info.object; }",
                         edge_id)
    shown = []
    for point in page.evaluate(POINTS_ON_EDGE, edge_id):
        page.mouse.move(1, 1)  # off the canvas: the open tooltip closes
        page.wait_for_selector("div.vis-tooltip", state="hidden", timeout=5000)
        page.mouse.move(point["x"], point["y"])
        text = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000).inner_text()
        if text.startswith(edge):
            return text
        shown.append(text.splitlines()[0])
    raise AssertionError(f"hovering edge {edge_id} ({edge}) never showed its card; tooltips seen: {shown}")


def test_whole_graph_offline_counts_and_screenshot(browser, graph, tmp_path):
    from kg.view import to_html
    from kg.view.page import CLUSTER_ABOVE

    chosen, ids = biology(graph)
    page_file = to_html(graph, tmp_path / "graph.html")
    with chrome.visit(browser, page_file) as seen:
        settle_ms = seen.settle()
        drawn = seen.page.evaluate("window.kgView.drawn()")
        clustered = seen.page.evaluate("window.kgView.clustered()")
        on_canvas = set(seen.page.evaluate(DRAWN_IDS))
        categories = set(seen.page.evaluate("window.kgView.nodes.get().map(n => n.category)"))
        isolated = seen.page.inner_text("#kg-isolated")
        shot = artifacts() / "view-whole-graph.png"
        seen.page.screenshot(path=str(shot))
        physics = seen.page.evaluate("window.kgView.network.physics.physicsEnabled")
    assert seen.blocked == [], f"the page asked for the network: {seen.blocked}"
    assert seen.errors == []
    counts = {c: sum(1 for n in chosen.nodes if n["category"] == c) for c in categories}
    big = sorted(c for c, n in counts.items() if n > CLUSTER_ABOVE)
    assert drawn == {"nodes": len(ids), "edges": len(chosen.edges), "clusters": len(big)} and big
    assert clustered == big and {f"cluster:{c}" for c in big} <= on_canvas
    assert not categories & {"Trial", "TrialArm", "Disease", "Document"}  # trial arms and trials are hidden
    assert not any(id.startswith(("CLINICALTRIALS:", "crc:arm_", "crc:trial_")) for id in on_canvas)
    assert isolated.startswith(f"{chosen.left_out['isolated']} isolated node(s)") and chosen.left_out["isolated"] > 0
    assert settle_ms > 0 and physics is False  # the layout settled and physics is off: nothing keeps spinning
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_a_cluster_opens_on_click_and_the_rest_stays_put(browser, graph, tmp_path):
    from kg.view import to_html

    chosen, _ = biology(graph)
    genes = {n["id"] for n in chosen.nodes if n["category"] == "Gene"}
    page_file = to_html(graph, tmp_path / "graph.html")
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        before = seen.page.evaluate("window.kgView.network.getPositions()")
        assert "cluster:Gene" in before and not genes & set(before)
        hover = seen.page.evaluate(NODE_AT, "cluster:Gene")
        seen.page.mouse.move(hover["x"], hover["y"])
        card = seen.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000).inner_text()
        seen.page.mouse.click(hover["x"], hover["y"])
        settled_again(seen.page)
        after = seen.page.evaluate("window.kgView.network.getPositions()")
        clustered = seen.page.evaluate("window.kgView.clustered()")
        on_canvas = set(seen.page.evaluate(DRAWN_IDS))
        seen.page.screenshot(path=str(artifacts() / "view-gene-cluster-opened.png"))
        seen.page.click("#kg-cluster")  # gather every category
        settled_again(seen.page)
        gathered = seen.page.evaluate("[window.kgView.clustered(), window.kgView.network.body.nodeIndices.length]")
        seen.page.click("#kg-expand")  # and open them all
        settled_again(seen.page)
        expanded = seen.page.evaluate("[window.kgView.drawn(), window.kgView.network.body.nodeIndices.length]")
    assert card.startswith(f"Gene · {len(genes)} nodes") and "click it to open it" in card
    assert "Gene" not in clustered and "cluster:Gene" not in on_canvas and genes <= on_canvas
    still = [k for k in before if k in after and not k.startswith("cluster:")]
    assert still and all(before[k] == after[k] for k in still), "opening a cluster moved the rest of the map"
    legend = {n["category"] for n in chosen.nodes}
    assert gathered == [sorted(legend), len(legend)]
    assert expanded == [{"nodes": len(chosen.nodes), "edges": len(chosen.edges), "clusters": 0}, len(chosen.nodes)]
    assert seen.errors == [] and seen.blocked == []


def test_search_closes_the_tooltip_and_opens_a_cluster(browser, graph, tmp_path):
    from kg.view import to_html

    chosen, _ = biology(graph)
    # two nodes of a category that opens unclustered (chosen once the page says which): the search then
    # moves the view and nothing else
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page_file = to_html(graph, tmp_path / "graph.html")
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        clustered = seen.page.evaluate("window.kgView.clustered()")
        assert "Gene" in clustered
        by_category = Counter(n["category"] for n in chosen.nodes)
        open_category = min(c for c, k in by_category.items() if c not in clustered and k >= 2)
        candidates = [n for n in chosen.nodes if n["category"] == open_category]
        for hovered in candidates[:10]:  # the first one drawn clear of its neighbours opens its own card
            at = seen.page.evaluate(NODE_AT, hovered["id"])
            seen.page.mouse.move(1, 1)
            seen.page.mouse.move(at["x"], at["y"])
            try:
                tip = seen.page.wait_for_selector("div.vis-tooltip", state="visible", timeout=2000)
            except PlaywrightTimeout:
                continue
            if tip.inner_text().startswith(hovered["label"]):
                break
        else:
            raise AssertionError(f"no {open_category} node opened its own card when hovered")
        wanted = next(n for n in candidates if n["id"] != hovered["id"])
        # type and press Enter: the pointer stays where it is, over the canvas
        seen.page.fill("#kg-search", wanted["label"])
        seen.page.press("#kg-search", "Enter")
        seen.page.wait_for_timeout(400)  # longer than the tooltip delay: a card about to open would be open
        visibility = seen.page.evaluate("getComputedStyle(document.querySelector('div.vis-tooltip')).visibility")
        first = seen.page.evaluate("window.kgView.network.getSelectedNodes()")
        seen.page.fill("#kg-search", "c-MET")  # a synonym of MET, a gene: inside the Gene cluster
        seen.page.press("#kg-search", "Enter")
        settled_again(seen.page)
        selected = seen.page.evaluate("window.kgView.network.getSelectedNodes()")
        clustered = seen.page.evaluate("window.kgView.clustered()")
        pinned = seen.page.inner_text("#kg-details")
    assert visibility == "hidden", "the tooltip of the node hovered before the search stayed open"
    assert first == [wanted["id"]]
    assert selected == ["HGNC:7029"] and "Gene" not in clustered  # the search opened the Gene cluster
    assert pinned.split("\n")[1] == "MET"
    assert seen.errors == [] and seen.blocked == []


def test_hovering_an_edge_shows_its_evidence(browser, graph, tmp_path):
    from kg.view import to_html

    page_file = to_html(graph, tmp_path / "graph.html")
    between = Counter(frozenset((a.subject, a.object)) for a in graph.assertions())
    resistance = sorted((a for a in graph.assertions("confers_resistance_to")  # a pair with parallel edges
                         if between[frozenset((a.subject, a.object))] == 1),  # is drawn as one edge
                        key=lambda a: (not a.subject.startswith("crc:alt_"), a.id))
    assert resistance and resistance[0].subject.startswith("crc:alt_"), \
        "the corpus states that alterations confer resistance"
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        seen.page.click("#kg-expand")  # the alteration opens inside the Alteration cluster
        settled_again(seen.page)
        edge = resistance[0]
        text = hover_edge(seen.page, edge.id)
        seen.page.screenshot(path=str(artifacts() / "view-edge-tooltip.png"))
    assert graph.entity(edge.subject).name in text and "confers resistance to" in text
    shown = _flat(text)
    first = edge.evidence[0]
    assert _flat(first.sentence) in shown
    assert first.section in shown and f"chars {first.start}–{first.end}" in shown
    assert seen.errors == [] and seen.blocked == []


def test_hovering_a_node_shows_identifier_links(browser, graph, tmp_path):
    from kg.view import to_html

    page_file = to_html(graph, tmp_path / "met.html", focus="MET amplification", hops=1)
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        pinned = seen.page.inner_text("#kg-details")  # the focus node's card is pinned on load
        seen.page.fill("#kg-search", "c-MET")
        seen.page.click("#kg-find button[type=submit]")
        selected = seen.page.evaluate("window.kgView.network.getSelectedNodes()")
        link = seen.page.get_attribute("#kg-details a", "href")
    assert "MET amplification" in pinned and "amplification" in pinned
    assert selected == ["HGNC:7029"]  # the synonym c-MET finds the gene
    assert link == "http://identifiers.org/hgnc/7029"
    assert seen.errors == [] and seen.blocked == []


def test_filters_hide_categories_and_predicates(browser, graph, tmp_path):
    from kg.view import selection, to_html

    chosen = selection(graph, everything=True)
    drawn_ids = {n["id"] for n in chosen.nodes}
    page_file = to_html(graph, tmp_path / "graph.html", everything=True)
    arms = {e.id for e in graph.nodes("TrialArm")}
    arm_edges = sum(1 for a in graph.assertions() if a.subject in arms or a.object in arms)
    rescue_edges = sum(1 for _ in graph.assertions("overcomes"))
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        clusters = seen.page.evaluate("window.kgView.drawn().clusters")
        seen.page.uncheck('#kg-categories input[value="TrialArm"]')
        no_arms = seen.page.evaluate("window.kgView.drawn()")
        seen.page.uncheck('#kg-predicates input[value="overcomes"]')
        neither = seen.page.evaluate("window.kgView.drawn()")
        seen.page.check('#kg-categories input[value="TrialArm"]')
        seen.page.check('#kg-predicates input[value="overcomes"]')
        back = seen.page.evaluate("window.kgView.drawn()")
    n, m = len(drawn_ids), graph.number_of_edges()
    assert arms <= drawn_ids and clusters >= 3  # with --all, trials and arms are drawn (clustered)
    # the TrialArm cluster goes with its category, and comes back open
    assert no_arms == {"nodes": n - len(arms), "edges": m - arm_edges, "clusters": clusters - 1}
    assert neither == {"nodes": n - len(arms), "edges": m - arm_edges - rescue_edges, "clusters": clusters - 1}
    assert back == {"nodes": n, "edges": m, "clusters": clusters - 1}
    assert seen.errors == []


def test_rescue_view_reads_left_to_right(browser, graph, tmp_path):
    from kg.query import rescue_paths
    from kg.view import to_html

    page_file = to_html(graph, tmp_path / "rescue.html", rescue="EGFR blockade")
    paths = rescue_paths(graph, "EGFR blockade")
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        labels = seen.page.evaluate("window.kgView.nodes.get().map(n => n.label)")
        labels_by_id = seen.page.evaluate("Object.fromEntries(window.kgView.nodes.get().map(n => [n.id, n.label]))")
        categories = seen.page.evaluate("Object.fromEntries(window.kgView.nodes.get().map(n => [n.id, n.category]))")
        drawn = seen.page.evaluate("window.kgView.drawn()")
        x = seen.page.evaluate("(() => { const p = window.kgView.network.getPositions(); "
                               "return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v.x])); })()")
        seen.page.screenshot(path=str(artifacts() / "view-rescue-egfr.png"))
    # Regimens the literature reports after anti-EGFR failure (KRYSTAL-1/10, MOUNTAINEER, BEACON, DESTINY-CRC01).
    for regimen in ("adagrasib + cetuximab", "trastuzumab + tucatinib", "cetuximab + encorafenib",
                    "trastuzumab deruxtecan"):
        assert regimen in labels
    assert {p.regimen_name for p in paths} <= set(labels)
    assert drawn["nodes"] == len(labels) and drawn["edges"] > len(paths)
    p = next(p for p in paths if p.regimen_name == "adagrasib + cetuximab")
    arm = p.arms[0]
    assert x[p.therapy] < x[p.cause] < x[p.regimen] < x[arm.arm] < x[arm.trial]
    # each arm once, with one readable label: its trial, then its regimen, each said once
    arms = [graph.entity(a.arm) for q in paths for a in q.arms]
    shown = {a.id: shown_label for a in arms for shown_label in [labels_by_id[a.id]]}
    for entity in arms:
        trial, regimen = graph.entity(entity.attr("trial")).name, graph.entity(entity.attr("regimen")).name
        assert shown[entity.id].startswith(trial) and shown[entity.id].count(regimen) == 1, shown[entity.id]
    assert len(set(shown.values())) == len(shown)
    trials = [t for t, c in categories.items() if c == "Trial"]
    assert len(trials) == len({labels_by_id[t] for t in trials}) == len({a.attr("trial") for a in arms})
    assert seen.errors == [] and seen.blocked == []


def test_text_from_a_hostile_document_stays_text(browser, tmp_path):
    """Scripts and event handlers in a document's sentences and headings must not run when shown."""
    import kg
    from kg.view import to_html

    hostile, report = kg.build(HOSTILE)
    assert not report.failed
    page_file = to_html(hostile, tmp_path / "hostile.html")
    html = page_file.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    edge = next(a for a in hostile.assertions("confers_resistance_to"))
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        text = hover_edge(seen.page, edge.id)
        point = seen.page.evaluate(POINTS_ON_EDGE, edge.id)[0]
        seen.page.mouse.click(point["x"], point["y"])  # pin the card in the side panel too
        pinned = seen.page.inner_text("#kg-details")
        state = seen.page.evaluate("""() => ({pwned: window.__pwned === undefined ? null : window.__pwned,
            scripts: document.scripts.length, images: document.images.length,
            handlers: document.querySelectorAll('[onerror],[onmouseover],[onload]').length})""")
    assert state == {"pwned": None, "scripts": 3, "images": 0, "handlers": 0}
    assert '<img src=x onerror="window.__pwned = 2">' in text  # shown as the text it is
    assert "<script>window.__pwned = 1</script>" in pinned  # the section heading, as text
    assert seen.errors == [] and seen.blocked == []


def test_hostile_node_names_stay_text(browser, tmp_path):
    """Names and synonyms with markup (a future reader could take names from text) are labels, not HTML."""
    from kg.graph import KnowledgeGraph
    from kg.model import Assertion, Entity, Evidence
    from kg.view import to_html

    kg = KnowledgeGraph()
    kg.add_entity(Entity("crc:alt_x", "Alteration", '<img src=x onerror="window.__pwned=5">',
                         ('<script>window.__pwned=6</script>',)))
    kg.add_entity(Entity("HGNC:7029", "Gene", "MET"))
    ev = Evidence("x.txt", 0, 10, '"><svg onload="window.__pwned=7">', "<b>Results</b>", "rule")
    edge = kg.add_assertion(Assertion("crc:alt_x", "alteration_of", "HGNC:7029", (), [ev]))
    page_file = to_html(kg, tmp_path / "names.html")
    with chrome.visit(browser, page_file) as seen:
        seen.settle()
        text = hover_edge(seen.page, edge)
        seen.page.fill("#kg-search", "<script>window.__pwned=6</script>")
        seen.page.click("#kg-find button[type=submit]")
        pinned = seen.page.inner_text("#kg-details")
        state = seen.page.evaluate("[window.__pwned === undefined, document.scripts.length, document.images.length]")
    assert state == [True, 3, 0]
    assert '"><svg onload="window.__pwned=7">' in text and "<b>Results</b>" in text
    assert '<img src=x onerror="window.__pwned=5">' in pinned
    assert seen.errors == []
