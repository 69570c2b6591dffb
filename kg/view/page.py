"""Render a :class:`~kg.view.select.Selection` as one self-contained HTML page and write it atomically.

pyvis assembles the network (nodes, edges, vis-network options) and ships the
vis-network bundle; the page itself comes from this package's template, not pyvis's,
because pyvis's page links Bootstrap from a CDN and, once any tooltip contains a link,
inserts tooltips as raw HTML. Here every script and style is inlined, the data travel as
JSON in a non-executable ``<script type="application/json">`` block, cards are built with
``textContent``, and a Content-Security-Policy admits only the page's own scripts (by
hash), so neither a network request nor text from a document can run anything.
"""
from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from kg.atomic import write_atomic
from kg.version import __version__
from kg.view.select import Selection
from kg.view.style import CATEGORY_STYLE, PREDICATE_STYLE, edge_style, node_style

VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package
# In a physics view, a category with more nodes than this opens as one cluster node (click to open).
# 30 opens the corpus biology as 6 clusters and 69 nodes, legible at the window's scale (about 0.75); 40 left
# 106 nodes, at 0.64, where the labels ran together.
CLUSTER_ABOVE = 30
COMPACT_ABOVE = 150  # nodes; a bigger physics view is laid out compactly (see vis_options)


class ViewError(ValueError):
    """A view that cannot be written (bad path, unknown focus, empty answer)."""


@lru_cache(maxsize=None)
def _asset(package: str, name: str) -> str:
    """An asset's text; it must not be able to end the ``<script>``/``<style>`` element it is inlined in."""
    text = (files(package) / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():
        raise ViewError(f"{package}/{name} contains a closing script/style tag and cannot be inlined")
    return text


@lru_cache(maxsize=1)
def _template():
    """The page template, loaded and compiled once per process (autoescaped HTML)."""
    env = Environment(loader=PackageLoader("kg.view", "assets"), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True)
    return env.get_template("page.html")


def json_for_script(value) -> str:
    """JSON that can sit inside ``<script type="application/json">``: ``<``, ``>``, ``&`` and line separators escaped.

    >>> json_for_script({"q": "</script><img src=x onerror=alert(1)>"})
    '{"q":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                         ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def vis_options(selection: Selection) -> dict:
    """vis-network options: a physics layout capped so it settles and stops, or left-to-right levels."""
    n = len(selection.nodes)
    options = {
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 3,
                                              "strokeColor": "#ffffff"},
                  "scaling": {"min": 8, "max": 36, "label": {"enabled": True, "min": 12, "max": 22,
                                                               "drawThreshold": 7}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "selectionWidth": 2,
                  "font": {"size": 10, "align": "middle", "color": "#444444", "strokeWidth": 3},
                  "scaling": {"min": 1, "max": 6, "label": {"enabled": True, "min": 10, "max": 10,
                                                              "drawThreshold": 8}}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": n > 400, "multiselect": False},
    }
    if selection.hierarchical:
        options["layout"] = {"hierarchical": {"enabled": True, "direction": "LR", "levelSeparation": 300,
                                              "nodeSpacing": 40, "treeSpacing": 90, "blockShifting": True,
                                              "edgeMinimization": True, "parentCentralization": True}}
        options["physics"] = {"enabled": False}
        # Tall columns: one node size and one label size (the whole graph's degrees mean little here, and
        # a big node overlapped its neighbour in the column), and labels drawn however small.
        options["nodes"]["scaling"]["max"] = 14
        options["nodes"]["scaling"]["label"] = {"enabled": False, "drawThreshold": 4}
        options["edges"]["smooth"] = {"enabled": True, "type": "cubicBezier", "forceDirection": "horizontal",
                                      "roundness": 0.45}
    else:
        options["layout"] = {"randomSeed": 7, "improvedLayout": n <= 100}
        # Stabilisation runs before the first drawing and stops after a fixed number of
        # iterations; the page then switches physics off, so the layout never keeps spinning.
        # theta 0.8 (coarser Barnes-Hut cells than the default 0.5) cut settle time by a third
        # on the corpus graph with no visible change in the layout. A big view gets strong central
        # gravity, short springs and milder repulsion: compact, it fits the window at a scale (about
        # 0.75 for the corpus biology) where labels can be read. A small one would be cramped by them.
        compact = n > COMPACT_ABOVE
        options["physics"] = {"enabled": True, "solver": "barnesHut", "minVelocity": 2,
                              "barnesHut": {"theta": 0.8, "gravitationalConstant": -4000 if compact else -6000,
                                            "centralGravity": 1.2 if compact else 0.35,
                                            "springLength": 80 if compact else 110, "springConstant": 0.05, "damping": 0.3,
                                            "avoidOverlap": 0.1},
                              "stabilization": {"enabled": True, "iterations": stabilization_iterations(n),
                                                "updateInterval": 20, "fit": True}}
        options["edges"]["smooth"] = False
    return options


def stabilization_iterations(n_nodes: int) -> int:
    """Fewer layout iterations for bigger graphs, so settle time stays bounded.

    >>> stabilization_iterations(50), stabilization_iterations(900), stabilization_iterations(5000)
    (400, 200, 100)
    """
    if n_nodes <= 200:
        return 400
    if n_nodes <= 1000:
        return 200
    return 100


def _legend(selection: Selection) -> dict:
    cats = Counter(n["category"] for n in selection.nodes)
    preds = Counter(e["predicate"] for e in selection.edges)
    cat_order = list(CATEGORY_STYLE) + sorted(set(cats) - set(CATEGORY_STYLE))
    pred_order = list(PREDICATE_STYLE) + sorted(set(preds) - set(PREDICATE_STYLE))
    return {
        "categories": [{"key": c, "count": cats[c], "color": node_style(c).colour, "shape": node_style(c).shape}
                       for c in cat_order if c in cats],
        "predicates": [{"key": p, "label": p.replace("_", " "), "count": preds[p], "color": edge_style(p).colour,
                        "group": edge_style(p).group} for p in pred_order if p in preds],
    }


def network(selection: Selection):
    """The pyvis ``Network`` of a selection (directed; nodes and edges in the selection's order)."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%", heading=selection.title)
    for n in selection.nodes:
        extra = {k: v for k, v in n.items() if k not in ("id", "label", "shape", "color")}
        if n["id"] == selection.focus:
            extra.update(borderWidth=4, font={"size": 20})
        net.add_node(n["id"], label=n["label"], shape=n["shape"], color=n["color"], **extra)
    for e in selection.edges:
        net.add_edge(e["from"], e["to"], **{k: v for k, v in e.items() if k not in ("from", "to")})
    net.options = vis_options(selection)
    return net


def render(selection: Selection) -> str:
    """The HTML page of a selection (deterministic: the same selection gives the same bytes)."""
    nodes, edges, heading, _, _, options = network(selection).get_network_data()
    payload = {"title": selection.title, "subtitle": selection.subtitle, "focus": selection.focus,
               "hierarchical": selection.hierarchical, "nodes": nodes, "edges": edges,
               "options": json.loads(options), "legend": _legend(selection), "left_out": selection.left_out,
               "cluster_above": None if selection.hierarchical else CLUSTER_ABOVE}
    legend = payload["legend"]["categories"]
    clustered = [c["key"] for c in legend if payload["cluster_above"] is not None and c["count"] > payload["cluster_above"]]
    scripts = [_asset("pyvis", f"{VIS_DIR}/vis-network.min.js"), _asset("kg.view", "assets/view.js")]
    return _template().render(
        title=heading, subtitle=selection.subtitle, version=__version__,
        csp=" ".join(_csp_hash(s) for s in scripts),
        vis_css=Markup(_asset("pyvis", f"{VIS_DIR}/vis-network.css")),
        page_css=Markup(_asset("kg.view", "assets/view.css")),
        vis_js=Markup(scripts[0]), page_js=Markup(scripts[1]), data=Markup(json_for_script(payload)),
        n_nodes=len(selection.nodes), n_edges=len(selection.edges), left_out=selection.left_out,
        cluster_above=payload["cluster_above"], clustered=clustered)


def write(selection: Selection, path) -> Path:
    """Write the page to ``path`` (must end in ``.html``; the folder must exist) atomically."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise ViewError(f"{path}: an HTML view needs a file name ending in .html")
    if not path.parent.is_dir():
        raise ViewError(f"{path}: folder {path.parent} does not exist; create it first")
    write_atomic(path, render(selection))
    return path
