"""Bad input gets a clear message naming the file; good documents are still built."""
import shutil

import pytest

from conftest import run_cli
from kg.resources import bundled_corpus_dir

GOOD = "000_d1f951adf0b552d3.txt"


@pytest.fixture()
def corpus(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    shutil.copy(bundled_corpus_dir() / GOOD, d / GOOD)
    return d


def _no_leftovers(out):
    # .cache is the reading cache and .crckg-build.lock the build lock (both kept on purpose); anything else
    # hidden would be a staging leftover
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name not in (".cache", ".crckg-build.lock")], \
        list(out.iterdir())


@pytest.mark.parametrize("name,content,expect", [
    ("empty.txt", b"", "empty"),
    ("binary.txt", b"\x00\x01\x02PNG\x00" * 100, "binary"),
    ("latin1.txt", "Résistance au cétuximab".encode("latin-1"), "invalid UTF-8"),
])
def test_bad_file_is_named_and_others_still_built(corpus, tmp_path, name, content, expect):
    (corpus / name).write_bytes(content)
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, check=False)
    assert proc.returncode == 1
    assert name in proc.stderr and expect in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (out / "edges.jsonl").stat().st_size > 0
    _no_leftovers(out)


def test_duplicate_document(corpus, tmp_path):
    shutil.copy(corpus / GOOD, corpus / "copy.txt")
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", check=False)
    assert proc.returncode == 1 and "copy.txt" in proc.stderr and "duplicate" in proc.stderr


def test_huge_document(corpus, tmp_path):
    with open(corpus / "huge.txt", "w", encoding="utf-8") as handle:
        handle.write("KRAS mutations confer resistance to cetuximab. " * 1_100_000)  # ~52 MB
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", check=False)
    assert proc.returncode == 1 and "huge.txt" in proc.stderr and "split it" in proc.stderr


def test_document_with_no_entity_warns(corpus, tmp_path):
    (corpus / "recipe.txt").write_text("Boil the water. Add the pasta. Serve warm.\n", encoding="utf-8")
    proc = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out", check=False)
    assert proc.returncode == 0
    assert "recipe.txt" in proc.stderr and "no recognisable entity" in proc.stderr


def test_empty_directory_and_missing_path(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = run_cli("build", "--corpus", tmp_path / "empty", "--out", tmp_path / "o1", check=False)
    assert proc.returncode == 2 and "no .txt documents" in proc.stderr
    proc = run_cli("build", "--corpus", tmp_path / "nope", "--out", tmp_path / "o2", check=False)
    assert proc.returncode == 2 and "no such directory" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_all_documents_bad_writes_nothing(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "a.txt").write_bytes(b"")
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", d, "--out", out, check=False)
    assert proc.returncode == 1 and "nothing was written" in proc.stderr
    assert not out.exists() or not any(out.iterdir())


def test_file_names_with_spaces_and_names_that_give_the_same_id(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    text = "MET amplification confers resistance to cetuximab in colorectal cancer.\n"
    (d / "A paper (v2).txt").write_text(text, encoding="utf-8")
    (d / "a-paper-v2.txt").write_text(text + "Again.\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", d, "--out", out, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "a-paper-v2.txt: its document id crc:doc_a_paper_v2 is already that of A paper (v2).txt" in proc.stderr
    turtle = (out / "kg.ttl").read_text(encoding="utf-8")
    assert "crc:doc_a_paper_v2" in turtle
    assert '"A paper (v2).txt"' in turtle
