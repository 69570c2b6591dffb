"""Reading in parallel, on Dask and incrementally gives exactly the serial build."""
from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from kg.resources import bundled_corpus_dir

OUTPUTS = ("nodes.jsonl", "edges.jsonl", "kg.ttl", "report.json")


def same_outputs(a: Path, b: Path) -> bool:
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in OUTPUTS)


def variant_corpus(folder: Path, copies: int) -> Path:
    """The bundled documents plus ``copies`` renamed variants of them (each with a distinct last line)."""
    folder.mkdir(parents=True, exist_ok=True)
    originals = sorted(bundled_corpus_dir().glob("*.txt"))
    for path in originals:
        shutil.copyfile(path, folder / path.name)
    for k in range(copies):
        source = originals[k % len(originals)]
        text = source.read_text(encoding="utf-8")
        (folder / f"copy{k:03d}_{source.name}").write_text(text + f"\n\nVariant {k} of {source.name}.\n", encoding="utf-8")
    return folder


def test_two_workers_give_the_serial_build(built, tmp_path):
    run_cli("build", "--quiet", "--workers", "2", "--no-cache", "--out", tmp_path)
    assert same_outputs(built, tmp_path)


def test_dask_cluster_gives_the_serial_build(built, tmp_path):
    distributed = pytest.importorskip("dask.distributed", reason="pip install '.[dask]' for the Dask executor")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  scheduler_port=0, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        run_cli("build", "--quiet", "--executor", "dask", "--scheduler", cluster.scheduler_address, "--no-cache",
                "--out", tmp_path)
    assert same_outputs(built, tmp_path)


def test_adding_a_document_reads_only_that_document(tmp_path):
    from kg.cache import DocumentCache
    from kg.export.kgx import kgx_text
    from kg.pipeline import assemble, corpus_files, read_all

    corpus = variant_corpus(tmp_path / "corpus", copies=3)
    first = DocumentCache(tmp_path / "cache")
    results, failed = read_all(corpus_files(corpus), cache=first)
    assert (first.hits, first.misses, len(results), failed) == (0, 8, 8, [])

    added = corpus / "zz_added.txt"
    source = sorted(bundled_corpus_dir().glob("*.txt"))[1]
    added.write_text(source.read_text(encoding="utf-8") + "\n\nOne more document.\n", encoding="utf-8")
    again = DocumentCache(tmp_path / "cache")
    incremental, _ = read_all(corpus_files(corpus), cache=again)
    assert (again.hits, again.misses) == (8, 1)  # only the new document was read
    full, _ = read_all(corpus_files(corpus))
    assert kgx_text(assemble(incremental)) == kgx_text(assemble(full))


def test_cache_follows_content_and_builders(tmp_path, monkeypatch):
    import kg.cache
    from kg.cache import DocumentCache
    from kg.pipeline import corpus_files, read_all

    corpus = variant_corpus(tmp_path / "corpus", copies=0)
    read_all(corpus_files(corpus), cache=DocumentCache(tmp_path / "cache"))
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA changed ending.\n", encoding="utf-8")
    cache = DocumentCache(tmp_path / "cache")
    read_all(corpus_files(corpus), cache=cache)
    assert (cache.hits, cache.misses) == (4, 1)
    monkeypatch.setattr(kg.cache, "builder_version", lambda: "another-version")
    cache = DocumentCache(tmp_path / "cache")
    read_all(corpus_files(corpus), cache=cache)
    assert (cache.hits, cache.misses) == (0, 5)  # new builders: everything is read again


def test_broken_cache_entries_are_read_again(tmp_path):
    from kg.cache import DocumentCache
    from kg.pipeline import corpus_files, read_all

    corpus = variant_corpus(tmp_path / "corpus", copies=0)
    read_all(corpus_files(corpus), cache=DocumentCache(tmp_path / "cache"))
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert len(entries) == 5
    for entry in entries:
        entry.write_bytes(b"not a cache entry")
    cache = DocumentCache(tmp_path / "cache")
    results, failed = read_all(corpus_files(corpus), cache=cache)
    assert (cache.hits, cache.misses, len(results), failed) == (0, 5, 5, [])


def test_build_reports_cache_use_and_bad_executor(tmp_path):
    corpus = variant_corpus(tmp_path / "corpus", copies=0)
    run_cli("build", "--quiet", "--corpus", corpus, "--out", tmp_path / "out")
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert "0 / 5" in proc.stdout  # read / from cache
    bad = run_cli("build", "--executor", "threads", "--out", tmp_path / "x", check=False)
    assert bad.returncode == 2 and "unknown executor 'threads'" in bad.stderr and "Traceback" not in bad.stderr
    bad = run_cli("build", "--scheduler", "tcp://127.0.0.1:9", "--out", tmp_path / "x", check=False)
    assert bad.returncode == 2 and "--executor dask" in bad.stderr
    bad = run_cli("build", "--executor", "dask", "--scheduler", "tcp://127.0.0.1:9", "--no-cache",
                  "--out", tmp_path / "x", check=False)
    assert bad.returncode == 2 and "cannot reach the Dask scheduler" in bad.stderr
