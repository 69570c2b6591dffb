"""Reading pathological inputs: seconds per MB of ``builders.read_document`` against ordinary text.

Not part of the test run: it measures and reports, it asserts nothing. Run it from the project root::

    python tests/benchmarks/bench_pathological.py                      # 200 KB and 1 MB, 3 runs each
    python tests/benchmarks/bench_pathological.py --sizes 200000 --runs 1 --timeout 30
    python tests/benchmarks/bench_pathological.py --json out/bench_pathological.json

Inputs are generated with a fixed seed, every kind at the same byte sizes:

* ``ordinary``: the bundled corpus, concatenated and cut to the size (the reference);
* ``short_lines``: many lines of one to three words, no sentence ends;
* ``long_line``: one line of words with no sentence end and no line break;
* ``long_list``: ``KRAS G12C, `` over and over;
* ``long_token``: one unbroken run of letters and digits;
* ``repeated_entities``: sentences crowded with genes, alterations, drugs and regimens, repeated.

Each run reads one input in a fresh Python process: the vocabulary, recogniser and curated overlay
are loaded first, then only ``read_document`` is timed. A run that has not finished after
``--timeout`` seconds is killed and reported as ``> TIMEOUT s`` (and not repeated), so the
benchmark itself never hangs. It prints, per size and kind, the median seconds, seconds per MB and
the ratio to ordinary text of the same size.
"""
from __future__ import annotations

import argparse
import json
import random
import selectors
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261202
KINDS = ("ordinary", "short_lines", "long_line", "long_list", "long_token", "repeated_entities")

# Words and names the generated texts are made of: some the vocabulary knows, some it does not.
WORDS = ("KRAS", "NRAS", "BRAF", "MET", "ERBB2", "HER2", "EGFR", "PIK3CA", "cetuximab", "panitumumab", "encorafenib",
         "sotorasib", "adagrasib", "trastuzumab", "tucatinib", "resistance", "amplification", "mutation", "patients",
         "response", "rate", "colorectal", "cancer", "mCRC", "phase", "II", "trial", "arm", "median", "survival",
         "the", "of", "and", "in", "with", "after", "treated", "plus", "ORR", "PFS", "months", "95%", "CI", "HR")
ENTITIES = ("KRAS G12C", "BRAF V600E", "MET amplification", "ERBB2 amplification", "NRAS mutation",
            "PIK3CA mutation", "EGFR S492R", "RAS wild-type", "MSI-H", "cetuximab", "panitumumab",
            "encorafenib plus cetuximab", "sotorasib plus panitumumab", "trastuzumab plus tucatinib",
            "anti-EGFR antibody", "MEK inhibitor", "FOLFOX", "FOLFIRI plus cetuximab")


def _fit(text: str, size: int) -> str:
    """``text`` repeated and cut so that it is exactly ``size`` bytes of UTF-8 (or one short of a character)."""
    while len(text.encode("utf-8")) < size:
        text += text
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def generate(kind: str, size: int, seed: int = SEED) -> str:
    """The input of one kind and size (the same for the same seed).

    >>> len(generate("long_list", 1000).encode()), generate("long_list", 24)
    (1000, 'KRAS G12C, KRAS G12C, KR')
    >>> generate("long_token", 200) == generate("long_token", 200) and " " not in generate("long_token", 200)
    True
    """
    rng = random.Random(f"{seed}-{kind}-{size}")
    if kind == "ordinary":
        from kg.resources import bundled_corpus_dir

        corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(bundled_corpus_dir().glob("*.txt")))
        return _fit(corpus, size)
    parts: list[str] = []
    length = 0
    while length < size:
        if kind == "short_lines":
            part = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))) + "\n"
        elif kind == "long_line":
            part = rng.choice(WORDS) + " "
        elif kind == "long_list":
            part = "KRAS G12C, "
        elif kind == "long_token":
            part = "".join(rng.choices(string.ascii_letters + string.digits, k=4096))
        elif kind == "repeated_entities":
            names = rng.sample(ENTITIES, 6)
            part = (f"{names[0]}, {names[1]} and {names[2]} confer resistance to {names[3]}, while {names[4]} "
                    f"overcomes {names[5]} in {rng.choice(ENTITIES)} mCRC. ")
        else:
            raise ValueError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
        parts.append(part)
        length += len(part.encode("utf-8"))
    return _fit("".join(parts), size)


LOAD_TIMEOUT = 120.0  # seconds a child may take to load the vocabulary before it is given up


def run_child(path: str) -> None:
    """Load what reading needs, say so, then time one ``read_document`` of ``path``; print JSON."""
    from builders import default_context, load_curated, read_document

    context, curated = default_context(), load_curated()
    print("ready", flush=True)
    t0 = time.perf_counter()
    result = read_document(Path(path), context, curated)
    seconds = time.perf_counter() - t0
    print(json.dumps({"seconds": seconds, "assertions": len(result.assertions), "outcomes": len(result.outcomes)}))


def read_once(path: Path, timeout: float) -> dict:
    """One fresh-process reading of ``path``: ``{"seconds": ...}``, ``{"timed_out": True}`` when reading
    (not counting loading) ran past ``timeout`` and the process was killed, or ``{"error": ...}``."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            loaded = selector.select(LOAD_TIMEOUT) and proc.stdout.readline().strip() == "ready"
        if not loaded:
            proc.kill()
            _, err = proc.communicate()
            return {"error": (err.strip().splitlines() or ["did not load"])[-1]}
        try:
            out, err = proc.communicate(timeout=timeout)  # the clock starts once loading is done
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return {"timed_out": True}
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        return {"error": (err.strip().splitlines() or [f"exit code {proc.returncode}"])[-1]}
    return json.loads(out.strip().splitlines()[-1])


def measure(path: Path, runs: int, timeout: float) -> dict:
    """Median seconds of ``runs`` readings of ``path``; a reading stopped at ``timeout`` is not repeated."""
    seconds = []
    for _ in range(runs):
        row = read_once(path, timeout)
        if "seconds" not in row:
            return row | {"runs": len(seconds) + 1}
        seconds.append(row["seconds"])
    return {"seconds": statistics.median(seconds), "runs": runs}


def report(figures: dict, timeout: float) -> None:
    print(f"Reading pathological inputs: median of {figures['runs']} fresh-process run(s); read_document only "
          f"(vocabulary loaded first); stopped after {timeout:g} s")
    for size in figures["sizes"]:
        rows = figures["results"][str(size)]
        base = rows["ordinary"].get("seconds")
        mb = size / 1e6
        print(f"\n{size / 1000:g} KB per input")
        print(f"{'input':20} {'seconds':>10} {'s per MB':>10} {'vs ordinary':>12}")
        for kind in figures["kinds"]:
            row = rows[kind]
            if "error" in row:
                print(f"{kind:20} failed: {row['error']}")
            elif row.get("timed_out"):
                ratio = f"> {timeout / base:,.0f}x" if base else "-"
                print(f"{kind:20} {'> %g s' % timeout:>10} {'> %.0f' % (timeout / mb):>10} {ratio:>12}")
            else:
                ratio = f"{row['seconds'] / base:,.1f}x" if base else "-"
                print(f"{kind:20} {row['seconds']:10.2f} {row['seconds'] / mb:10.2f} {ratio:>12}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="200000,1000000", help="input sizes in bytes, comma-separated")
    parser.add_argument("--kinds", default=",".join(KINDS), help="which inputs, comma-separated")
    parser.add_argument("--runs", type=int, default=3, help="fresh-process runs per input (median reported)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds after which a run is stopped")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = [k for k in args.kinds.split(",") if k]
    if "ordinary" not in kinds:
        kinds.insert(0, "ordinary")  # the reference every ratio needs
    figures: dict = {"runs": args.runs, "timeout": args.timeout, "sizes": sizes, "kinds": kinds, "seed": SEED,
                     "results": {}}
    with tempfile.TemporaryDirectory(prefix="bench_pathological.") as work:
        for size in sizes:
            rows = figures["results"][str(size)] = {}
            for kind in kinds:
                path = Path(work) / f"{kind}_{size}.txt"
                path.write_text(generate(kind, size), encoding="utf-8")
                rows[kind] = measure(path, args.runs, args.timeout)
                print(f"  {size} {kind}: {rows[kind]}", file=sys.stderr, flush=True)
    report(figures, args.timeout)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
