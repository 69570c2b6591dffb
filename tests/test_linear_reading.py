"""Reading is linear in the size of a document, hostile inputs included, and its caps lose nothing silently.

Work is counted, not timed: the number of Python function calls (built-in ones included) that
reading a document makes, as ``cProfile`` counts them, is the same on every machine. Reading four
times as much text of one kind must take at most ``GROWTH`` times the calls (4.0 is linear; an
algorithm quadratic in the length of a sentence or of the document gives about 16). The counting
runs in a fresh interpreter: a profiler in a process where another test has stopped a thread with an
asynchronous exception (``kg.budget``) can spin in CPython 3.11.
"""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from builders import default_context, load_curated, read_document
from builders.document import MAX_SENTENCE_CHARS, parse_document
from conftest import ROOT, run_cli

GROWTH = 5.0
SMALL = 12_000  # characters; several times MAX_SENTENCE_CHARS, so over-long sentences are cut at both sizes
KINDS = ("ordinary", "short_lines", "long_line", "long_list", "repeated_entities")

COUNT = """
import cProfile, importlib.util, json, pstats, sys, tempfile
from pathlib import Path
from builders import default_context, load_curated, read_document
spec = importlib.util.spec_from_file_location("bench", "tests/benchmarks/bench_pathological.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)
ctx, curated = default_context(), load_curated()
calls = {}
with tempfile.TemporaryDirectory() as work:
    for kind in sys.argv[2:]:
        for size in (int(sys.argv[1]), 4 * int(sys.argv[1])):
            path = Path(work) / f"{kind}_{size}.txt"
            path.write_text(bench.generate(kind, size), encoding="utf-8")
            profile = cProfile.Profile()
            profile.enable()
            result = read_document(path, ctx, curated)
            profile.disable()
            assert result.n_sentences > 0
            calls[f"{kind} {size}"] = sum(row[1] for row in pstats.Stats(profile).stats.values())
print(json.dumps(calls))
"""


def _bench():
    spec = importlib.util.spec_from_file_location("bench_pathological", ROOT / "tests/benchmarks/bench_pathological.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def calls() -> dict:
    """Function calls made by reading each kind of input at SMALL and 4 x SMALL characters."""
    proc = subprocess.run([sys.executable, "-c", COUNT, str(SMALL), *KINDS], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kind", KINDS)
def test_reading_work_grows_linearly(kind, calls):
    small, big = calls[f"{kind} {SMALL}"], calls[f"{kind} {4 * SMALL}"]
    assert big / small <= GROWTH, f"{kind}: 4x the text took {big / small:.1f}x the function calls ({small}, {big})"


def test_an_over_long_sentence_is_read_in_pieces():
    text = "KRAS G12C, " * 2_000  # 22,000 characters and no sentence end
    doc = parse_document("list.txt", text)
    pieces = [(s.start, s.end) for s in doc.sentences]
    assert len(pieces) >= len(text) // MAX_SENTENCE_CHARS
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in pieces)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(pieces, pieces[1:]))
    # nothing but the spaces between the pieces is left out, and each piece ends at a list comma
    assert "".join(text[s:e] for s, e in pieces).replace(" ", "") == text.replace(" ", "")
    assert all(text[e - 1] == "," for _, e in pieces[:-1])


def test_a_cut_sentence_keeps_the_facts_of_its_first_part(tmp_path):
    filler = "and then a great many further words follow without any sentence end " * 120
    path = tmp_path / "long.txt"
    path.write_text("HER2 amplification confers resistance to cetuximab, " + filler + "\n", encoding="utf-8")
    result = read_document(path, default_context(), load_curated())
    assert result.n_sentences > 1  # the sentence was cut
    names = {e.id: e.name for e in result.entities}
    facts = {(names[a.subject], a.predicate, names[a.object]): a for a in result.assertions}
    fact = facts[("ERBB2 amplification", "confers_resistance_to", "cetuximab")]
    evidence = fact.evidence[0]
    assert evidence.start == 0 and evidence.end <= MAX_SENTENCE_CHARS


def test_pathological_documents_build_with_the_others(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = "HER2 amplification confers resistance to cetuximab in metastatic colorectal cancer.\n"
    (corpus / "good.txt").write_text(good, encoding="utf-8")
    bench = _bench()
    for kind in ("short_lines", "long_line", "long_list"):
        (corpus / f"{kind}.txt").write_text(bench.generate(kind, 60_000), encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, "--no-cache", check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    edges = (out / "edges.jsonl").read_text(encoding="utf-8")
    for name in ("good.txt", "short_lines.txt", "long_line.txt", "long_list.txt"):
        assert name in edges  # every document gave facts with evidence
