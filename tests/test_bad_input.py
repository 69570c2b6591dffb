"""Bad input gets a clear message naming the file; good documents are still built."""
import json
import os
import random
import re
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
    assert proc.returncode == 2 and "contains no documents; add files ending in .txt" in proc.stderr
    proc = run_cli("build", "--corpus", tmp_path / "nope", "--out", tmp_path / "o2", check=False)
    assert proc.returncode == 2 and "no such file or directory" in proc.stderr
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


def _report(out):
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


def _bundled_text(index):
    return sorted(bundled_corpus_dir().glob("*.txt"))[index].read_bytes().decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not hasattr(os, "symlink"), reason="needs FIFOs and symbolic links")
def test_every_corpus_entry_that_is_not_read_gets_a_reason(corpus, tmp_path):
    (corpus / "dir.txt").mkdir()
    (corpus / "older").mkdir()
    os.symlink("loop.txt", corpus / "loop.txt")
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    os.mkfifo(corpus / "pipe.txt")  # never opened: reading it would wait forever
    (corpus / "paper.docx").write_bytes(b"PK\x03\x04")
    (corpus / "page.html").write_text("<p>KRAS</p>", encoding="utf-8")
    (corpus / "table.csv").write_text("a,b\n", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("KRAS", encoding="utf-8")  # hidden entries and notes are not listed
    (corpus / "README.md").write_text("# notes\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, check=False)
    assert proc.returncode == 0, proc.stderr  # skipped entries are not failures
    assert "Traceback" not in proc.stderr
    reasons = {s["entry"]: s["reason"] for s in _report(out)["skipped"]}
    assert sorted(reasons) == ["dangling.txt", "dir.txt", "loop.txt", "older", "page.html", "paper.docx", "pipe.txt",
                               "table.csv"]
    expected = {"dir.txt": "a folder", "older": "a folder", "loop.txt": "a loop", "pipe.txt": "named pipe (FIFO)",
                "dangling.txt": "a symbolic link to nowhere.txt, which does not exist",
                "paper.docx": "not read: DOCX files are not read yet (only .txt, .xml", "page.html": "HTML files are not read yet",
                "table.csv": "not a document this reader knows"}
    for entry, words in expected.items():
        assert words in reasons[entry]
        assert f"skipped: {entry}: {reasons[entry]}" in proc.stderr
    assert [d["document"] for d in _report(out)["documents"]] == [GOOD]


def test_a_corpus_with_no_txt_names_what_it_has(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    (d / "paper.docx").write_bytes(b"PK\x03\x04")
    proc = run_cli("build", "--corpus", d, "--out", tmp_path / "out", check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "contains no documents (only paper.docx, which is not read)" in proc.stderr


def _evidence_spans(out):
    """Every literature evidence record of a build (background knowledge, method vocabulary, has no span)."""
    for line in (out / "edges.jsonl").read_text(encoding="utf-8").splitlines():
        for ev in json.loads(line)["evidence"]:
            if ev["method"] != "vocabulary":
                yield ev
    for line in (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines():
        for o in json.loads(line).get("outcomes", ()):
            yield o["evidence"]


def test_utf16_utf32_and_bom_documents_are_decoded(corpus, tmp_path):
    from builders.encoding import decode_text

    (corpus / "u16.txt").write_bytes(_bundled_text(1).encode("utf-16"))  # with a byte-order mark
    (corpus / "u32.txt").write_bytes(_bundled_text(2).replace("\n", "\r").encode("utf-32"))
    (corpus / "bom8.txt").write_bytes(b"\xef\xbb\xbf" + _bundled_text(3).replace("\n", "\r\n").encode("utf-8"))
    (corpus / "wide.txt").write_bytes("KRAS mutations confer resistance to cetuximab.\n".encode("utf-16-le"))
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "wide.txt: looks like UTF-16 (little-endian) text without a byte-order mark; re-save the file as UTF-8" \
        in proc.stderr
    assert "binary" not in proc.stderr
    documents = {d["document"]: d for d in _report(out)["documents"]}
    assert sorted(documents) == [GOOD, "bom8.txt", "u16.txt", "u32.txt"]
    assert all(d["assertions"] > 10 for d in documents.values())
    texts = {name: decode_text((corpus / name).read_bytes(), name) for name in documents}
    spans = [ev for ev in _evidence_spans(out) if ev["document"] != GOOD]
    assert len(spans) > 100
    for ev in spans:  # offsets index the decoded text (the byte-order mark not counted)
        assert texts[ev["document"]][ev["start"]:ev["end"]] == ev.get("exact", ev["sentence"])


def test_line_endings_do_not_change_the_reading(tmp_path):
    from builders import read_document

    text = (bundled_corpus_dir() / GOOD).read_bytes().decode("utf-8")
    readings = {}
    for name, end in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        (tmp_path / name).mkdir()
        path = tmp_path / name / GOOD  # the same name: ids minted from the file name stay the same
        path.write_bytes(text.replace("\n", end).encode("utf-8"))
        result = read_document(path)
        readings[name] = (sorted((a.subject, a.predicate, a.object, a.qualifiers) for a in result.assertions),
                          sorted((o.arm, o.metric, o.value, o.unit) for o in result.outcomes),
                          result.n_sentences, result.n_tables)
        assert result.assertions and result.outcomes
    assert readings["crlf"] == readings["lf"] and readings["cr"] == readings["lf"]


def test_duplicate_differing_only_in_bom_or_line_endings(corpus, tmp_path):
    text = (corpus / GOOD).read_bytes().decode("utf-8")
    (corpus / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (corpus / "utf16_cr.txt").write_bytes(text.replace("\n", "\r").encode("utf-16"))
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", corpus, "--out", out, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for name in ("crlf.txt", "utf16_cr.txt"):
        assert f"{name}: same content as {GOOD}; remove one of the duplicate documents" in proc.stderr
    assert [d["document"] for d in _report(out)["documents"]] == [GOOD]


@pytest.mark.parametrize("name", ["nodes.jsonl", "edges.jsonl"])
@pytest.mark.parametrize("content", [random.Random(16).randbytes(2000), b'{"id": "x\x00\x01"}\n' * 3,
                                     b'{"id": "\xff\xfe"}\n'], ids=["random", "nul", "not-utf8"])
def test_binary_graph_file_gets_a_file_line_error(built, tmp_path, name, content):
    for f in ("nodes.jsonl", "edges.jsonl"):
        shutil.copy(built / f, tmp_path / f)
    (tmp_path / name).write_bytes(content)
    for args in (("query", "conflicts", "--graph", tmp_path), ("export", "--out", tmp_path, "--format", "nt")):
        proc = run_cli(*args, check=False)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert re.search(rf"error: \S*{name}:\d+: not (?:UTF-8 text|valid JSON)", proc.stderr), proc.stderr


def test_a_huge_unknown_name_is_echoed_cut(built, tmp_path):
    huge = "cetuximab " * 10_240  # 100 KB
    for args in (("query", "rescue", "--therapy", huge, "--graph", built),
                 ("build", "--corpus", huge, "--out", tmp_path / "out"),
                 ("query", "conflicts", "--graph", huge), ("export", "--out", huge), ("query", huge)):
        proc = run_cli(*args, check=False)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert "(102,400 characters)" in proc.stderr and len(proc.stderr) < 1500, proc.stderr[:2000]
