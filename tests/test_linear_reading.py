"""Reading is linear in the size of a document, hostile inputs included, and its caps lose nothing silently.

Work is counted, not timed: the number of Python function calls (built-in ones included) that
reading a document makes, as ``cProfile`` counts them, is the same on every machine. Reading four
times as much text of one kind must take at most ``GROWTH`` times the calls (4.0 is linear; an
algorithm quadratic in the length of a sentence or of the document gives about 16).
"""
from __future__ import annotations

import cProfile
import importlib.util
import pstats
from pathlib import Path

import pytest

from builders import default_context, load_curated, read_document
from builders.document import MAX_SENTENCE_CHARS, parse_document
from conftest import ROOT, run_cli

GROWTH = 5.0
SMALL = 12_000  # characters; several times MAX_SENTENCE_CHARS, so over-long sentences are cut at both sizes


def _bench():
    spec = importlib.util.spec_from_file_location("bench_pathological", ROOT / "tests/benchmarks/bench_pathological.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _calls(path: Path) -> int:
    """Function calls made by reading ``path`` once (the vocabulary loaded before)."""
    ctx, curated = default_context(), load_curated()
    profile = cProfile.Profile()
    profile.enable()
    result = read_document(path, ctx, curated)
    profile.disable()
    assert result.n_sentences > 0
    return sum(row[1] for row in pstats.Stats(profile).stats.values())  # primitive and recursive calls


@pytest.mark.parametrize("kind", ["ordinary", "short_lines", "long_line", "long_list", "repeated_entities"])
def test_reading_work_grows_linearly(kind, tmp_path):
    generate = _bench().generate
    calls = {}
    for size in (SMALL, 4 * SMALL):
        path = tmp_path / f"{kind}_{size}.txt"
        path.write_text(generate(kind, size), encoding="utf-8")
        calls[size] = _calls(path)
    growth = calls[4 * SMALL] / calls[SMALL]
    assert growth <= GROWTH, f"{kind}: 4x the text took {growth:.1f}x the function calls ({calls})"


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
