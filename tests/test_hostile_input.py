"""Hostile and odd inputs: a planted cache entry, odd file names, a bad --out, killed and concurrent builds.

Each test asserts the message and exit code a user gets, that good documents are still built, and
that no traceback reaches the user.
"""
import json
import os
import pickle
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, run_cli
from kg.echo import cut

TEXT = ("Cetuximab is an anti-EGFR antibody. MET amplification confers resistance to cetuximab "
        "in metastatic colorectal cancer ({}).\n")


def _corpus(folder, names):
    folder.mkdir(parents=True)
    for i, name in enumerate(names):
        (folder / name).write_text(TEXT.format(i), encoding="utf-8")
    return folder


class _Planted:
    """A pickle that, if it were ever unpickled, would create the file named ``marker``."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def test_a_planted_pickle_in_the_cache_is_never_run(tmp_path):
    from kg.cache import DocumentCache
    from kg.pipeline import corpus_files, read_all

    corpus = _corpus(tmp_path / "c", ["a.txt"])
    marker = tmp_path / "pwned"
    cache = DocumentCache(tmp_path / "cache")
    entry = cache._entry(corpus / "a.txt")
    entry.parent.mkdir(parents=True)
    entry.write_bytes(pickle.dumps(_Planted(marker)))
    results, failed = read_all(corpus_files(corpus), cache=cache)
    assert not marker.exists()
    assert (cache.hits, cache.misses, failed) == (0, 1, [])
    assert results and results[0].assertions
    # the entry was replaced by data: JSON that names the document it belongs to
    assert json.loads(entry.read_bytes())["document"] == "a.txt"


def test_a_planted_pickle_is_ignored_by_the_build_command(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    out = tmp_path / "out"
    run_cli("build", "--quiet", "--corpus", corpus, "--out", out)
    entries = list((out / ".cache").rglob("*.json"))
    assert len(entries) == 1
    marker = tmp_path / "pwned"
    entries[0].write_bytes(pickle.dumps(_Planted(marker)))
    for old_style in (entries[0].with_suffix(".pickle"),):  # the name earlier versions used
        old_style.write_bytes(pickle.dumps(_Planted(marker)))
    edges = (out / "edges.jsonl").read_bytes()
    proc = run_cli("build", "--corpus", corpus, "--out", out)
    assert not marker.exists()
    assert "files read / from cache" in proc.stdout and "1 / 0" in proc.stdout
    assert (out / "edges.jsonl").read_bytes() == edges


@pytest.mark.parametrize("entry", [
    b"",
    b"{not json",
    b'{"document": "a.txt"}',                                   # fields missing
    b'{"document": "a.txt", "sha256": 5}',                      # wrong type
    b'{"document": "other.txt", "sha256": "x"}',                # another document's result
])
def test_cache_entries_that_do_not_validate_are_misses(tmp_path, entry):
    from kg.cache import DocumentCache

    corpus = _corpus(tmp_path / "c", ["a.txt"])
    cache = DocumentCache(tmp_path / "cache")
    path = cache._entry(corpus / "a.txt")
    path.parent.mkdir(parents=True)
    path.write_bytes(entry)
    assert cache.get(corpus / "a.txt") is None and cache.misses == 1


ODD_NAMES = ["with space.txt", 'a"b.txt', "l<t.txt", "g>t.txt", "b\\s.txt", "c{u}.txt", "h#a.txt", "p%c.txt",
             "日本語.txt", "#%.txt", "tab\there.txt", "it's.txt"]


def test_odd_file_names_are_built_and_exported_in_every_format(tmp_path):
    import pyoxigraph
    import rdflib

    corpus = _corpus(tmp_path / "c", ODD_NAMES)
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    nodes = [json.loads(line) for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines()]
    documents = {n["name"]: n["id"] for n in nodes if "crc:Document" in n["category"]}
    assert sorted(documents) == sorted(ODD_NAMES)
    assert len(set(documents.values())) == len(ODD_NAMES)
    graph = rdflib.Graph().parse(out / "kg.ttl", format="turtle")
    labels = {str(o) for o in graph.objects(None, rdflib.RDFS.label)}
    assert set(ODD_NAMES) <= labels
    store = pyoxigraph.Store()
    store.bulk_load(path=str(out / "kg.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    for fmt, name in (("nt", "kg.nt"), ("jsonld", "kg.jsonld")):
        run_cli("export", "--out", out, "--format", fmt)
        assert len(rdflib.Graph().parse(out / name, format={"nt": "nt", "jsonld": "json-ld"}[fmt])) == len(graph)
    run_cli("validate", "--graph", out)


def test_out_that_is_a_file_fails_before_reading(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    target = tmp_path / "taken"
    target.write_text("not a folder\n", encoding="utf-8")
    proc = run_cli("build", "--corpus", corpus, "--out", target, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: --out {cut(target)}: is a file, not a folder; choose a folder for the outputs"
    assert target.read_text(encoding="utf-8") == "not a folder\n"


def test_out_that_cannot_be_written_fails_before_reading(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    (tmp_path / "file").write_text("x", encoding="utf-8")
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path / "file" / "out", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: --out {cut(tmp_path / 'file' / 'out')}: cannot write there (Not a directory)")
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write to any folder")
def test_out_without_write_permission_fails_before_reading(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        proc = run_cli("build", "--corpus", corpus, "--out", locked, check=False)
    finally:
        locked.chmod(0o700)
    assert proc.returncode == 2 and "cannot write there (Permission denied)" in proc.stderr


def test_staging_left_by_a_killed_build_is_removed(tmp_path):
    corpus = _corpus(tmp_path / "c", ["a.txt"])
    out = tmp_path / "out"
    leftover = out / ".staging-killed"
    leftover.mkdir(parents=True)
    (leftover / "nodes.jsonl").write_text("half a file", encoding="utf-8")
    run_cli("build", "--quiet", "--corpus", corpus, "--out", out)
    assert not leftover.exists()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [".cache", ".crckg-build.lock"]


def test_a_writer_that_fails_leaves_the_previous_outputs(tmp_path):
    from kg.outputs import publish, verify_manifest

    out = tmp_path / "out"
    out.mkdir()

    def first(folder):
        (folder / "nodes.jsonl").write_text("old\n", encoding="utf-8")
        return [folder / "nodes.jsonl"]

    def broken(folder):
        (folder / "nodes.jsonl").write_text("new\n", encoding="utf-8")
        raise OSError(28, "No space left on device")

    publish(out, first)
    with pytest.raises(OSError):
        publish(out, broken)
    assert (out / "nodes.jsonl").read_text(encoding="utf-8") == "old\n"
    assert verify_manifest(out) == []
    assert not list(out.glob(".staging-*"))


def test_a_mixed_set_of_outputs_is_found_by_validate(tmp_path):
    one = run_cli  # two builds of different corpora; one file of the first is moved into the second
    one("build", "--quiet", "--corpus", _corpus(tmp_path / "c1", ["a.txt"]), "--out", tmp_path / "o1")
    one("build", "--quiet", "--corpus", _corpus(tmp_path / "c2", ["a.txt", "b.txt"]), "--out", tmp_path / "o2")
    shutil.copy(tmp_path / "o1" / "nodes.jsonl", tmp_path / "o2" / "nodes.jsonl")
    proc = run_cli("validate", "--graph", tmp_path / "o2", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "nodes.jsonl: not the file manifest.json lists" in proc.stderr
    (tmp_path / "o1" / "manifest.json").unlink()  # what a build killed during the move leaves
    proc = run_cli("validate", "--graph", tmp_path / "o1", check=False)
    assert proc.returncode == 1 and "manifest.json: missing" in proc.stderr


def test_concurrent_builds_into_one_folder_leave_one_complete_set(tmp_path):
    from kg.outputs import verify_manifest

    out = tmp_path / "out"
    corpora = [_corpus(tmp_path / f"c{i}", [f"doc{j}.txt" for j in range(i + 1)]) for i in range(3)]
    procs = [subprocess.Popen([sys.executable, "-m", "kg", "build", "--quiet", "--no-cache", "--corpus", str(c),
                               "--out", str(out)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c in corpora]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    assert verify_manifest(out) == []
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    documents = sum("crc:Document" in json.loads(line)["category"]
                    for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines())
    assert documents == len(report["documents"])
    assert not list(out.glob(".staging-*"))
