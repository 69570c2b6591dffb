"""`crckg query ...` end to end: tables, --json, and clear errors for bad arguments."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli


def _json(built, *args):
    proc = run_cli("query", *args, "--graph", built, "--json")
    return json.loads(proc.stdout)


def test_rescue_json_and_table(built):
    paths = _json(built, "rescue", "--therapy", "EGFR blockade", "--mechanism", "MET amplification")
    assert {"cetuximab + tivantinib", "cabozantinib + panitumumab"} <= {p["regimen_name"] for p in paths}
    assert all(h["evidence"] or h["inferred"] for p in paths for h in p["hops"])
    table = run_cli("query", "rescue", "--therapy", "EGFR blockade", "--graph", built, "--evidence").stdout
    assert "Rescue chains after anti-EGFR antibody" in table and "cetuximab + tivantinib" in table
    assert "[70]" in table  # citation brackets in sentences are printed, not swallowed as markup


@pytest.mark.parametrize("args, expected", [
    (("mechanisms", "--therapy", "cetuximab"), "bypass or parallel receptor activation"),
    (("trials", "--target", "ERBB2", "--phase", "II"), "MOUNTAINEER"),
    (("paths", "MET amplification", "cetuximab", "--max-hops", "3"), "confers_resistance_to"),
    (("profile", "--alteration", "KRAS G12C", "--prior", "cetuximab"), "not clinical advice"),
    (("conflicts",), "MOUNTAINEER"),
    (("evidence", "MET amplification", "--predicate", "confers_resistance_to"), "anti-EGFR antibody"),
])
def test_every_query_command_prints_a_readable_answer(built, args, expected):
    assert expected in run_cli("query", *args, "--graph", built).stdout


def test_json_outputs_parse(built):
    assert _json(built, "trials", "--target", "HER2", "--phase", "2")["records"]
    assert _json(built, "profile", "--alteration", "BRAF V600E")["disclaimer"]
    assert _json(built, "conflicts")
    assert _json(built, "mechanisms", "--therapy", "anti-EGFR")["groups"]
    assert _json(built, "paths", "KRAS G12C", "adagrasib + cetuximab", "--max-hops", "2")


@pytest.mark.parametrize("args, message", [
    (("rescue", "--therapy", "cetuximabb"), "did you mean: cetuximab"),
    (("trials", "--phase", "V"), "unknown phase"),
    (("profile",), "describe the profile"),
    (("paths", "MET", "KRAS", "--predicate", "cures"), "unknown predicate"),
    (("rescue", "--therapy", "cetuximab", "--html", "x.txt"), "needs a file name ending in .html"),
])
def test_bad_arguments_get_a_clear_error(built, args, message):
    proc = run_cli("query", *args, "--graph", built, check=False)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_or_broken_graph(tmp_path, built):
    proc = run_cli("query", "conflicts", "--graph", tmp_path / "nowhere", check=False)
    assert proc.returncode == 2 and "crckg build --out" in proc.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    lines = (built / "nodes.jsonl").read_text(encoding="utf-8").splitlines()
    (broken / "nodes.jsonl").write_text(lines[0] + "\n" + lines[1][:40] + "\n", encoding="utf-8")  # cut short
    (broken / "edges.jsonl").write_text("", encoding="utf-8")
    proc = run_cli("query", "conflicts", "--graph", broken, check=False)
    assert proc.returncode == 2 and "nodes.jsonl:2" in proc.stderr and "Traceback" not in proc.stderr


def test_query_from_a_corpus_in_memory(tmp_path):
    (tmp_path / "a.txt").write_text("MET amplification confers resistance to cetuximab in colorectal cancer.\n",
                                    encoding="utf-8")
    out = run_cli("query", "mechanisms", "--therapy", "cetuximab", "--corpus", tmp_path, "--json").stdout
    causes = {m["cause_name"] for g in json.loads(out)["groups"] for m in g["mechanisms"]}
    assert causes == {"MET amplification"}
