"""HTML view benchmark: file size and time until the layout settles in headless Chromium.

Not part of the test run (it measures, it does not assert times). Run it from the project root::

    python tests/benchmarks/bench_view.py            # about a minute
    python tests/benchmarks/bench_view.py --runs 3 --json out/bench_view.json

For the bundled corpus graph (whole graph: its biology by default and everything with ``--all``; the
rescue view after EGFR blockade) and a synthetic graph of about 2,000 nodes (the generator of
``bench_queries.py``, drawn whole), it prints:
the time to write the page (median), its size, and, over several page loads in a fresh
browser context each, the medians of: script start, network created, and layout settled
(physics stopped), all in milliseconds from navigation start. The synthetic/corpus ratio
comes from the same run. Needs Playwright and Debian's chromium (see tests/browser.py).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import browser as chrome  # noqa: E402  (tests/browser.py)
from bench_queries import synthetic_graph  # noqa: E402
from timing import median_ms  # noqa: E402

SYNTHETIC_EDGES = 7_000  # gives 1,999 nodes with the bench_queries generator


def load_times(b, path: Path, runs: int) -> dict:
    """Median milliseconds from navigation start to script start, network created and settled."""
    marks = {"script": [], "network": [], "settled": []}
    for _ in range(runs):
        with chrome.visit(b, path) as seen:
            marks["settled"].append(seen.settle())
            got = seen.page.evaluate("window.kgView.marks")
            drawn = seen.page.evaluate("window.kgView.drawn()")
            if seen.errors or seen.blocked:
                raise SystemExit(f"{path.name}: console errors {seen.errors} / network requests {seen.blocked}")
        marks["script"].append(got["script"])
        marks["network"].append(got["network"])
    return {key: statistics.median(v) for key, v in marks.items()} | {"drawn": drawn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="page loads per view (default 5)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    reason = chrome.missing()
    if reason:
        raise SystemExit(f"cannot run: {reason}")

    import kg
    from kg.view import render, selection, write

    corpus, _ = kg.build()
    synthetic = synthetic_graph(SYNTHETIC_EDGES)
    cases = [("corpus, whole graph (biology)", corpus, {}),
             ("corpus, whole graph (--all)", corpus, {"everything": True}),
             ("corpus, rescue after EGFR blockade", corpus, {"rescue": "EGFR blockade"}),
             ("synthetic, whole graph (--all)", synthetic, {"everything": True})]
    rows = []
    folder = Path(tempfile.mkdtemp(prefix="bench_view."))
    with chrome.chromium() as b:
        for label, graph, kwargs in cases:
            chosen = selection(graph, **kwargs)
            write_ms = median_ms(lambda: render(chosen), 3)
            path = write(chosen, folder / (label.split(",")[0] + str(len(rows)) + ".html"))
            times = load_times(b, path, args.runs)
            rows.append({"view": label, "nodes": len(chosen.nodes), "edges": len(chosen.edges),
                         "render_ms": round(write_ms, 1), "size_mb": round(path.stat().st_size / 1e6, 2),
                         **{f"{k}_ms": round(v) for k, v in times.items() if k != "drawn"}, "drawn": times["drawn"]})
    print(f"HTML views, headless Chromium ({os.cpu_count()} cores), medians of {args.runs} loads; "
          "ms from navigation start")
    print(f"{'view':38} {'nodes':>6} {'edges':>6} {'render':>8} {'size':>8} {'script':>7} {'network':>8} {'settled':>8}")
    for r in rows:
        print(f"{r['view']:38} {r['nodes']:>6} {r['edges']:>6} {r['render_ms']:>6.0f}ms {r['size_mb']:>6.2f}MB "
              f"{r['script_ms']:>7} {r['network_ms']:>8} {r['settled_ms']:>8}")
    ratio = rows[3]["settled_ms"] / rows[1]["settled_ms"]
    print(f"settle ratio synthetic/corpus whole graph (--all): {ratio:.2f}x for {rows[3]['nodes'] / rows[1]['nodes']:.1f}x "
          f"the nodes and {rows[3]['edges'] / rows[1]['edges']:.1f}x the edges")
    if args.json:
        args.json.write_text(json.dumps({"cores": os.cpu_count(), "runs": args.runs, "rows": rows,
                                         "settle_ratio": ratio}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
