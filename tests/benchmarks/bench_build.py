"""Build benchmark: the bundled corpus cold, reading throughput on scaled corpora, and the scan floor.

Not part of the test run (it measures, it does not assert times). Run it from the project root::

    python tests/benchmarks/bench_build.py                 # about 6 minutes on 2 cores
    python tests/benchmarks/bench_build.py --json out/bench_build.json
    python tests/benchmarks/bench_build.py --only write     # just the x50 write measurement (~2 minutes)

Every measurement runs in a fresh Python process, so times include imports and loading the
vocabulary, and peak memory (RSS) is that process's own. It prints the machine's core count and:

* ``crckg build`` of the bundled corpus, no cache, all outputs (median of --runs);
* reading throughput (MB/s of document text) of the corpus replicated x20 and x100 under distinct
  names (each copy gets a distinct last line, so none is a duplicate), serial and with 2 workers,
  plus the x100/x20 time ratio (linear growth gives 5.0) and the 2-worker speed-up;
* the floor: the recogniser's raw multi-pattern scan of the same text (both automata, no filtering);
* an incremental build: the x100 corpus cached, one document added, built again;
* writing: the graph of the x50 corpus is built (read serially, timed), then every output of
  ``crckg build`` (KGX and kg.ttl) is written and timed alone, with the peak RSS of the process
  and the peak while writing (``--only write`` runs just this one).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child(kind: str, *args: str) -> dict:
    """Run one measurement in a fresh process; it prints JSON with seconds and peak RSS."""
    proc = subprocess.run([sys.executable, __file__, "--child", kind, *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak() -> bool:
    """Reset this process's peak RSS (Linux: ``/proc/self/clear_refs``); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float | None:
    """This process's peak RSS since the last reset, from ``/proc/self/status`` (None where unavailable)."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def run_child(kind: str, args: list[str]) -> None:
    t0 = time.perf_counter()
    if kind == "build":  # the whole command, as a user runs it
        from kg.cli import app

        try:
            app(["build", "--quiet", "--no-cache", "--out", args[0]], standalone_mode=False)
        finally:
            seconds = time.perf_counter() - t0
        print(json.dumps({"seconds": seconds, "rss_mb": _rss_mb()}))
        return
    from kg.pipeline import corpus_files

    files = corpus_files(Path(args[0]))
    size = sum(f.stat().st_size for f in files)
    if kind == "read":
        from kg.pipeline import read_all

        results, failed = read_all(files, workers=int(args[1]))
        seconds = time.perf_counter() - t0
        assert not failed and len(results) == len(files), failed[:3]
    elif kind == "scan":
        from builders import default_context

        recognizer = default_context().recognizer
        texts = [f.read_text(encoding="utf-8") for f in files]
        t0 = time.perf_counter()  # the floor is the scan alone, after loading
        hits = sum(recognizer.raw_scan(t) for t in texts)
        seconds = time.perf_counter() - t0
        assert hits
    elif kind == "write":  # build the graph, then time only the writing of every build output
        from kg.export import BUILD_FORMATS, WRITERS
        from kg.pipeline import assemble, read_all

        results, failed = read_all(files, workers=1)
        read_seconds = time.perf_counter() - t0
        assert not failed and len(results) == len(files), failed[:3]
        graph = assemble(results)
        del results
        rss_before = _rss_mb()
        reset = _reset_peak()
        out = Path(args[1])
        out.mkdir(parents=True, exist_ok=True)
        t1 = time.perf_counter()
        timings = {}
        for fmt in BUILD_FORMATS:
            t = time.perf_counter()
            WRITERS[fmt](graph, out)
            timings[fmt] = time.perf_counter() - t
        seconds = time.perf_counter() - t1
        written = sum(p.stat().st_size for p in out.iterdir())
        print(json.dumps({"seconds": seconds, "read_seconds": read_seconds, "rss_mb": _rss_mb(),
                          "rss_before_write_mb": rss_before, "write_peak_mb": _peak_mb() if reset else None,
                          "bytes": size, "written_bytes": written, "per_format": timings,
                          "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}))
        return
    elif kind == "incremental":
        from kg.cache import DocumentCache
        from kg.pipeline import read_all

        cache = DocumentCache(args[1])
        t0 = time.perf_counter()
        read_all(files, cache=cache)
        seconds = time.perf_counter() - t0
        print(json.dumps({"seconds": seconds, "rss_mb": _rss_mb(), "bytes": size, "hits": cache.hits,
                          "misses": cache.misses}))
        return
    print(json.dumps({"seconds": seconds, "rss_mb": _rss_mb(), "bytes": size}))


def scaled_corpus(folder: Path, factor: int) -> Path:
    from kg.resources import bundled_corpus_dir

    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(bundled_corpus_dir().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for k in range(factor):
            (folder / f"x{k:03d}_{path.name}").write_text(text + f"\n\nCopy {k} of {path.name}.\n", encoding="utf-8")
    return folder


def median_of(kind: str, args: list[str], runs: int) -> dict:
    rows = [child(kind, *args) for _ in range(runs)]
    out = {key: statistics.median(r[key] for r in rows) for key in ("seconds", "rss_mb")}
    return out | {k: v for k, v in rows[0].items() if k not in out}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (default 3; x100 reading: 1)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--only", choices=["build", "write"], help="run only this measurement")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], args.child[1:])
        return
    work = Path(tempfile.mkdtemp(prefix="bench_build."))
    figures: dict = {"cores": os.cpu_count()}
    if args.only:
        try:
            if args.only == "build":
                figures["build"] = median_of("build", [str(work / "out")], max(args.runs, 5))
            else:
                figures["write_x50"] = child("write", str(scaled_corpus(work / "x50", 50)), str(work / "out50"))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        report_build(figures) if args.only == "build" else report_write(figures)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        return
    try:
        figures["build"] = median_of("build", [str(work / "out")], max(args.runs, 5))
        for factor in (20, 100):
            corpus = scaled_corpus(work / f"x{factor}", factor)
            runs = args.runs if factor == 20 else 1
            for workers in (1, 2):
                figures[f"read_x{factor}_w{workers}"] = median_of("read", [str(corpus), str(workers)], runs)
            figures[f"scan_x{factor}"] = median_of("scan", [str(corpus)], args.runs)
        big = work / "x100"
        child("incremental", str(big), str(work / "cache"))  # fill the cache
        source = sorted(big.glob("x000_*.txt"))[0]
        (big / "zz_added.txt").write_text(source.read_text(encoding="utf-8") + "\nOne more.\n", encoding="utf-8")
        figures["incremental_x100_plus1"] = child("incremental", str(big), str(work / "cache"))
        figures["write_x50"] = child("write", str(scaled_corpus(work / "x50", 50)), str(work / "out50"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


def report(f: dict) -> None:
    def mbps(row):
        return row["bytes"] / 1e6 / row["seconds"]

    report_build(f)
    print(f"{'reading':28} {'MB':>6} {'seconds':>8} {'MB/s':>7} {'peak MB':>8}")
    for factor in (20, 100):
        for workers in (1, 2):
            r = f[f"read_x{factor}_w{workers}"]
            print(f"{f'x{factor}, {workers} worker(s)':28} {r['bytes'] / 1e6:6.1f} {r['seconds']:8.2f} {mbps(r):7.2f} "
                  f"{r['rss_mb']:8.0f}")
        s = f[f"scan_x{factor}"]
        print(f"{f'x{factor}, raw scan (floor)':28} {s['bytes'] / 1e6:6.1f} {s['seconds']:8.2f} {mbps(s):7.2f} "
              f"{s['rss_mb']:8.0f}")
    r20, r100 = f["read_x20_w1"], f["read_x100_w1"]
    print(f"x100/x20 serial time ratio: {r100['seconds'] / r20['seconds']:.2f} (5.00 is linear)")
    print(f"2 workers vs 1 on x100: {f['read_x100_w1']['seconds'] / f['read_x100_w2']['seconds']:.2f}x faster")
    print(f"full reading vs raw scan per byte (x100, serial): {mbps(f['scan_x100']) / mbps(r100):.1f}x slower")
    inc = f["incremental_x100_plus1"]
    print(f"incremental: x100 corpus + 1 new document: {inc['seconds']:.2f} s, {inc['misses']} read, "
          f"{inc['hits']} from cache")
    report_write(f)


def report_build(f: dict) -> None:
    print(f"Build benchmark ({f['cores']} cores); medians; every figure from a fresh process")
    b = f["build"]
    print(f"crckg build, bundled corpus, no cache, all outputs: {b['seconds']:.2f} s, peak {b['rss_mb']:.0f} MB")


def report_write(f: dict) -> None:
    w = f["write_x50"]
    mb = w["bytes"] / 1e6
    formats = ", ".join(f"{fmt} {s:.2f} s" for fmt, s in w["per_format"].items())
    print(f"writing, x50 ({mb:.1f} MB of text; {w['nodes']:,} nodes, {w['edges']:,} edges): all build outputs "
          f"({w['written_bytes'] / 1e6:.0f} MB) in {w['seconds']:.2f} s ({formats}); "
          f"reading took {w['read_seconds']:.1f} s "
          f"(1 worker), so writing is {w['seconds'] / w['read_seconds']:.1%} of it (target < 25%)")
    peak = w["write_peak_mb"]
    print(f"  peak RSS {w['rss_mb']:.0f} MB for the whole process ({w['rss_mb'] / mb:.1f} MB per MB of corpus; "
          f"target < 600 MB); {w['rss_before_write_mb']:.0f} MB before writing"
          + (f", peak {peak:.0f} MB while writing" if peak else ""))


if __name__ == "__main__":
    main()
