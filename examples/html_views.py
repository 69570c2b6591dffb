"""Five interactive views of the graph, each one self-contained HTML file that opens offline.

Usage: python examples/html_views.py [FOLDER]   (default: a new temporary folder)
"""
import sys
import tempfile
from pathlib import Path

import kg
from kg.query import trials
from kg.view import query_html, to_html

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="crckg-views-"))
folder.mkdir(parents=True, exist_ok=True)
graph, _ = kg.build()

written = [
    to_html(graph, folder / "graph.html"),                                        # the biology, clustered, physics
    to_html(graph, folder / "graph_all.html", everything=True),                   # with trials, arms, documents
    to_html(graph, folder / "met_amplification.html", focus="MET amplification", hops=2),
    to_html(graph, folder / "rescue_egfr_blockade.html", rescue="EGFR blockade"),  # left to right
    query_html(graph, "trials", trials(graph, target="ERBB2"), folder / "her2_trials.html"),
]
for path in written:
    print(f"{path}  ({path.stat().st_size / 1e6:.1f} MB)")

page = written[3].read_text(encoding="utf-8")
assert "adagrasib + cetuximab" in page and "trastuzumab + tucatinib" in page
assert "https://cdn" not in page and "<link" not in page  # nothing is fetched from the network
