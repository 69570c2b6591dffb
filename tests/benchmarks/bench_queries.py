"""Query latency benchmark: the bundled corpus graph and a synthetic graph of about one million edges.

Not part of the test run (it measures, it does not assert times). Run it from the project root::

    python tests/benchmarks/bench_queries.py            # about a minute; --edges 200000 for a quick look
    python tests/benchmarks/bench_queries.py --json out/bench_queries.json

It prints medians over repeated runs, the machine's core count, peak memory and the
synthetic/corpus ratios measured in the same run. The synthetic graph is generated here
with a fixed seed and has the shape of the real one (genes with alterations, drug classes
and drugs, regimens, trials with arms and outcomes, resistance and rescue edges), so the
rescue query walks the same kinds of hops.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

from kg.graph import KnowledgeGraph
from kg.model import Assertion, Entity, Evidence, Outcome
from timing import median_ms


def synthetic_graph(n_edges: int = 1_000_000, seed: int = 7) -> KnowledgeGraph:
    """A schema-valid graph of about ``n_edges`` edges shaped like the corpus graph (fixed seed)."""
    rng = random.Random(seed)
    unit = n_edges / 1_000_000
    n_genes, n_classes, n_drugs = int(20_000 * unit) or 10, int(200 * unit) or 2, int(5_000 * unit) or 5
    n_regimens, n_trials, n_pathways = int(50_000 * unit) or 5, int(50_000 * unit) or 5, int(500 * unit) or 2
    kg = KnowledgeGraph()
    pool = [Evidence("synthetic.txt", i * 100, i * 100 + 80, f"Synthetic sentence {i}.", "Results", "rule",
                     rng.choice(["review_statement", "phase_2", "randomized_phase_3", "in_vitro"])) for i in range(1000)]

    def add(s, p, o):
        kg.add_assertion(Assertion(s, p, o, (), [pool[rng.randrange(len(pool))]]))

    genes = [f"crc:sg{i}" for i in range(n_genes)]
    for i, g in enumerate(genes):
        kg.add_entity(Entity(g, "Gene", f"SG{i}"))
    alterations = []
    for i, g in enumerate(genes):
        for kind in ("mutation", "amplification", "overexpression"):
            a = f"crc:salt{i}_{kind}"
            kg.add_entity(Entity(a, "Alteration", f"SG{i} {kind}", attributes=(("alteration_kind", kind), ("gene", f"SG{i}"))))
            add(a, "alteration_of", g)
            alterations.append(a)
    pathways = [f"crc:spw{i}" for i in range(n_pathways)]
    for i, p in enumerate(pathways):
        kg.add_entity(Entity(p, "Pathway", f"synthetic pathway {i}"))
    for g in genes:
        for p in rng.sample(pathways, 2):
            add(g, "participates_in", p)
    classes = [f"crc:scls{i}" for i in range(n_classes)]
    for i, c in enumerate(classes):
        kg.add_entity(Entity(c, "DrugClass", f"synthetic class {i}"))
    drugs = [f"crc:sdrug{i}" for i in range(n_drugs)]
    for i, d in enumerate(drugs):
        kg.add_entity(Entity(d, "Drug", f"synthetic drug {i}"))
        add(d, "member_of", rng.choice(classes))
        for g in rng.sample(genes, 2):
            add(d, "targets", g)
    regimens = [f"crc:sreg{i}" for i in range(n_regimens)]
    for i, r in enumerate(regimens):
        kg.add_entity(Entity(r, "Regimen", f"synthetic regimen {i}", attributes=(("combination", True),)))
        for d in rng.sample(drugs, rng.choice((2, 3))):
            add(r, "has_component", d)
    for i in range(n_trials):
        t = f"crc:strial{i}"
        kg.add_entity(Entity(t, "Trial", f"synthetic trial {i}", attributes=(("phase", rng.choice(["I", "II", "III"])),)))
        for j, r in enumerate(rng.sample(regimens, 2)):
            arm = f"crc:sarm{i}_{j}"
            kg.add_entity(Entity(arm, "TrialArm", f"synthetic trial {i}: arm {j}", attributes=(("regimen", r), ("trial", t))))
            add(t, "evaluates", r)
            add(t, "has_arm", arm)
            add(arm, "uses_regimen", r)
            kg.add_outcome(Outcome(arm, "ORR", float(rng.randrange(5, 60)), "%", pool[i % len(pool)]))
    therapies = classes + drugs
    remaining = n_edges - kg.number_of_edges()
    for _ in range(max(0, remaining) // 2):
        add(rng.choice(alterations), "confers_resistance_to", rng.choice(therapies))
        add(rng.choice(regimens), "overcomes", rng.choice(alterations))
    return kg


def corpus_graph() -> KnowledgeGraph:
    import kg as kgmod

    graph, _ = kgmod.build()
    return graph


def connected_pair(kg: KnowledgeGraph) -> tuple[str, str]:
    """An alteration and a trial that tested a regimen overcoming it (joined by paths of two hops and more)."""
    for alt in sorted(e.id for e in kg.nodes("Alteration")):
        for ov in kg.edges(alt, "in", "overcomes"):
            trials_ = kg.edges(ov.subject, "in", "evaluates")
            if trials_:
                return alt, trials_[0].subject
    raise ValueError("no alteration with a rescue regimen tested in a trial")


def bench(kg: KnowledgeGraph, therapy: str, source: str, target: str, repeat: int) -> dict:
    from kg.query import paths, rescue_paths
    from kg.query.index import _CACHE, graph_index

    _CACHE.pop(kg, None)  # a build may already have indexed the graph; measure a fresh index
    t = time.perf_counter()
    graph_index(kg)
    index_ms = (time.perf_counter() - t) * 1000
    n_rescue = len(rescue_paths(kg, therapy))
    first = lambda: next(paths(kg, source, target, max_hops=4), None)  # noqa: E731
    ten = lambda: list(itertools.islice(paths(kg, source, target, max_hops=4), 10))  # noqa: E731
    typed = lambda: list(itertools.islice(paths(kg, source, target, max_hops=4,  # noqa: E731
                                                via_categories=("Gene", "Alteration", "Regimen", "Drug", "DrugClass")), 10))
    return {
        "nodes": kg.number_of_nodes(), "edges": kg.number_of_edges(), "index_build_ms": round(index_ms, 1),
        "rescue_paths_ms": round(median_ms(lambda: rescue_paths(kg, therapy), repeat), 2), "rescue_paths_found": n_rescue,
        "paths_first_ms": round(median_ms(first, repeat), 2),
        "paths_first10_ms": round(median_ms(ten, repeat), 2), "paths_found": len(ten()),
        "paths_first10_typed_ms": round(median_ms(typed, repeat), 2),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edges", type=int, default=1_000_000, help="size of the synthetic graph")
    parser.add_argument("--repeat", type=int, default=21, help="runs per measurement (median reported)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    from kg.query import paths, rescue_paths

    if args.edges < 1000:
        parser.error("--edges must be at least 1000")

    results = {"cores": os.cpu_count(), "python": sys.version.split()[0]}
    print(f"cores: {results['cores']}  python: {results['python']}", flush=True)
    corpus = corpus_graph()
    results["corpus"] = bench(corpus, "EGFR blockade", "MET amplification", "cetuximab + tivantinib", args.repeat)
    print("corpus   ", results["corpus"], flush=True)

    t = time.perf_counter()
    synth = synthetic_graph(args.edges)
    results["synthetic_build_s"] = round(time.perf_counter() - t, 1)
    hub = max((e.id for e in synth.nodes("DrugClass")), key=lambda c: len(synth.edges(c, "in", "confers_resistance_to")))
    typical = "crc:sdrug0"
    source, target = connected_pair(synth)
    results["synthetic"] = bench(synth, hub, source, target, max(3, args.repeat // 3))
    results["synthetic"]["paths_none_ms"] = round(median_ms(  # a pair with no path: the search must give up
        lambda: next(paths(synth, "crc:salt0_mutation", "crc:sreg0", max_hops=4), None), max(3, args.repeat // 3)), 2)
    results["synthetic"]["rescue_paths_typical_drug_ms"] = round(
        median_ms(lambda: rescue_paths(synth, typical), max(3, args.repeat // 3)), 2)
    print("synthetic", results["synthetic"], flush=True)
    for key in ("rescue_paths_ms", "paths_first10_ms", "paths_first10_typed_ms"):
        c, s = results["corpus"][key], results["synthetic"][key]
        results.setdefault("ratio_synthetic_over_corpus", {})[key] = round(s / c, 1) if c else None
    results["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print("ratios   ", results["ratio_synthetic_over_corpus"])
    print(f"synthetic graph built in {results['synthetic_build_s']} s; peak RSS {results['peak_rss_mb']} MB")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
