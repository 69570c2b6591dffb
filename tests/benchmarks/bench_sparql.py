"""SPARQL benchmark: load time and the median time of every example query, pyoxigraph vs rdflib.

Not part of the test run (it measures, it does not assert times). Run it from the project root::

    python tests/benchmarks/bench_sparql.py                  # corpus + ~1M-triple graph, a few minutes
    python tests/benchmarks/bench_sparql.py --copies 4       # a quick look (~150k triples)
    python tests/benchmarks/bench_sparql.py --json out/bench_sparql.json

The synthetic graph is the corpus export replicated ``--copies`` times (32 by default, about one
million triples): every copy gets its own documents, statements, evidence, trials, arms and
outcomes, while genes, drugs, classes and pathways stay shared, as they would in a larger
literature. Every example query therefore still has answers, and more of them.

Each rdflib query runs in a forked child with a time limit (``--timeout``), because rdflib's
join order can make a query on a large graph run for many minutes; a query that hits the limit
is reported as such, not silently dropped.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from timing import median_ms

ROOT = Path(__file__).resolve().parents[2]
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
PER_COPY = re.compile(r"(<https://w3id\.org/crc-resistance-kg/(?:e|evidence|outcome|arm|trial|doc)_[^>/]*)")


def corpus_ntriples() -> str:
    from kg.export.ntriples import ntriples_text
    from kg.pipeline import build_graph

    return ntriples_text(build_graph()[0])


def replicate(ntriples: str, copies: int) -> str:
    """The graph ``copies`` times over, with per-document resources renamed in each copy."""
    lines = ntriples.splitlines()
    out = []
    for k in range(copies):
        suffix = f"_c{k}"
        out.extend(PER_COPY.sub(lambda m: m.group(1) + suffix, line) for line in lines)
    return "\n".join(sorted(set(out))) + "\n"


def _child(store, query, repeat, queue):
    from kg.rdf.sparql import run

    queue.put(median_ms(lambda: run(store, query), repeat))


def query_ms(store, query: str, repeat: int, timeout: float | None) -> float | None:
    """Median ms of ``repeat`` runs; rdflib runs in a forked child and gives None past ``timeout`` s."""
    from kg.rdf.sparql import run

    if store.engine == "oxigraph" or timeout is None:
        return median_ms(lambda: run(store, query), repeat)
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(store, query, repeat, queue))
    proc.start()
    proc.join(timeout * repeat)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return queue.get()


def bench(path: Path, repeat: int, timeout: float | None, label: str) -> dict:
    from kg.rdf.sparql import open_store

    result = {"graph": label, "queries": {}}
    stores = {}
    for engine in ("oxigraph", "rdflib"):
        loads = []
        for _ in range(repeat if engine == "oxigraph" else 1):
            t = time.perf_counter()
            stores[engine] = open_store(path, engine)
            loads.append(time.perf_counter() - t)
        result[f"{engine}_load_s"] = statistics.median(loads)
        result["triples"] = stores[engine].triples
        print(f"  [{label}] {engine}: loaded {stores[engine].triples:,} triples in {result[f'{engine}_load_s']:.2f} s",
              flush=True)
    for q in QUERIES:
        text = q.read_text(encoding="utf-8")
        row = {}
        for engine, store in stores.items():
            row[engine] = query_ms(store, text, repeat if engine == "oxigraph" else max(1, repeat // 3), timeout)
        row["ratio"] = (row["rdflib"] / row["oxigraph"]) if row["rdflib"] and row["oxigraph"] else None
        result["queries"][q.name] = row
        rd = f"{row['rdflib']:.1f} ms" if row["rdflib"] is not None else f"> {timeout:.0f} s (stopped)"
        print(f"  [{label}] {q.name:<42} oxigraph {row['oxigraph']:>9.1f} ms   rdflib {rd:>14}", flush=True)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=32, help="copies of the corpus graph in the synthetic one")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median); rdflib uses a third")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per rdflib query run before stopping it")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}", flush=True)
    nt = corpus_ntriples()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.nt"
        corpus.write_text(nt, encoding="utf-8")
        big = Path(tmp) / "synthetic.nt"
        big.write_text(replicate(nt, args.copies), encoding="utf-8")
        results = [bench(corpus, args.repeat, args.timeout, "corpus"),
                   bench(big, args.repeat, args.timeout, f"synthetic x{args.copies}")]
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak_mb:.0f} MB (this process; rdflib query children not counted)\n")
    print("| query | corpus: oxigraph | corpus: rdflib | ratio | synthetic: oxigraph | synthetic: rdflib | ratio |")
    print("|---|---|---|---|---|---|---|")
    small, large = results
    for name in small["queries"]:
        cells = []
        for res in (small, large):
            row = res["queries"][name]
            rd = f"{row['rdflib']:.1f} ms" if row["rdflib"] is not None else f"> {args.timeout:.0f} s"
            ratio = f"{row['ratio']:.0f}×" if row["ratio"] else "—"
            cells += [f"{row['oxigraph']:.1f} ms", rd, ratio]
        print(f"| {name.removesuffix('.rq')} | " + " | ".join(cells) + " |")
    for res in results:
        print(f"| load ({res['graph']}, {res['triples']:,} triples) | {res['oxigraph_load_s']:.2f} s | "
              f"{res['rdflib_load_s']:.2f} s | {res['rdflib_load_s'] / res['oxigraph_load_s']:.0f}× |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"cores": os.cpu_count(), "peak_rss_mb": peak_mb, "results": results},
                                        indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
