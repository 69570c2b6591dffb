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


def test_rescue_follows_a_document_s_kind_of_mechanism(built):
    """A review names the expansion of MDSCs as a cause of resistance to PD-1/PD-L1 inhibitors and what overcomes
    MDSC-mediated resistance: the chain runs through the stated subclass_of hop, with its sentences."""
    paths = _json(built, "rescue", "--therapy", "PD-1/PD-L1 inhibitor", "--mechanism", "MDSC expansion")
    kinds = [p for p in paths if [h["predicate"] for h in p["hops"]][-2:] == ["subclass_of", "overcomes"]]
    assert {"CXCR2 inhibitor", "regorafenib"} <= {p["regimen_name"] for p in kinds}
    assert all(h["evidence"] for p in kinds for h in p["hops"])
    report = _json(built, "mechanisms", "--therapy", "PD-1/PD-L1 inhibitor")
    joined = {m["cause_name"]: [h["object_name"] for h in m["kinds"]] for g in report["groups"] for m in g["mechanisms"]}
    assert joined["myeloid-derived suppressor cell expansion"] == ["myeloid-derived suppressor cell-mediated resistance"]


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
    assert _json(built, "paths", "adagrasib + cetuximab", "KRAS G12C", "--max-hops", "2")


def test_paths_follow_edge_direction_unless_undirected(built):
    args = ("paths", "MET amplification", "HER2 amplification", "--max-hops", "2", "--graph", built)
    out = run_cli("query", *args).stdout
    assert "No directed path of at most 2 hops" in out and "--undirected" in out
    assert _json(built, *args[:-2]) == []
    loose = run_cli("query", *args, "--undirected").stdout
    assert "MET amplification -confers_resistance_to-> anti-EGFR antibody <-" in loose


def test_paths_json_records_direction_of_every_hop(built):
    found = _json(built, "paths", "MET amplification", "cetuximab", "--max-hops", "3")
    assert found and all(p["directed"] for p in found)
    first = found[0]
    assert first["names"] == ["MET amplification", "anti-EGFR antibody", "cetuximab"]
    # a step may hold parallel edges (the same fact stated plainly and as an association)
    assert [{(h["forward"], h["reads"]) for h in step} for step in first["steps"]] == [
        {(True, "confers_resistance_to")}, {(False, "has member")}]
    assert all(h["evidence"] for step in first["steps"] for h in step)
    table = run_cli("query", "paths", "MET amplification", "cetuximab", "--max-hops", "3", "--graph", built).stdout
    assert "1. MET amplification -confers_resistance_to-> anti-EGFR antibody -has member-> cetuximab" in table


def test_evidence_for_a_node(built, graph):
    from kg.query import node_evidence

    hops = _json(built, "evidence", "anti-EGFR antibody")
    assert hops == [h.to_dict() for h in node_evidence(graph, "anti-EGFR antibody")]
    assert {"targets", "confers_resistance_to", "member_of"} <= {h["predicate"] for h in hops}
    table = run_cli("query", "evidence", "anti-EGFR antibody", "--limit", "2", "--graph", built).stdout
    assert f"{len(hops)} edge(s)" in table and f"First 2 of {len(hops)} edges shown" in table
    for h in hops[:2]:  # each printed hop says its layer: a sentence states it, or only a vocabulary records it
        assert f"{h['subject_name']} -{h['predicate']}-> {h['object_name']} ({h['layer']})" in table
    assert {"literature", "background"} <= {h["layer"] for h in hops}
    table = run_cli("query", "evidence", "anti-EGFR antibody", "--graph", built, "--wide").stdout
    assert "anti-EGFR antibody -targets-> EGFR (literature)" in table
    # the edge form: subject, predicate and object
    edges = _json(built, "evidence", "MET amplification", "-p", "confers_resistance_to", "-o", "anti-EGFR antibody")
    assert edges and all(e["object_name"] == "anti-EGFR antibody" and e["evidence"] for e in edges)


@pytest.mark.parametrize("args, message", [
    (("rescue", "--therapy", "cetuximabb"), "did you mean: cetuximab"),
    (("trials", "--phase", "V"), "unknown phase"),
    (("profile",), "describe the profile"),
    (("paths", "MET", "KRAS", "--predicate", "cures"), "unknown predicate"),
    (("evidence", "cetuximab", "--predicate", "cures"), "unknown predicate"),
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


def _words_in(name: str, out: str) -> bool:
    """Every word of ``name`` is in ``out`` (a table cell may wrap a name over lines)."""
    return all(word in out for word in name.split())


# (arguments, what --json holds: the records, a line the table prints, the first record's name)
WIDTH_CASES = {
    "rescue": (("rescue", "--therapy", "EGFR blockade"),
               lambda d: (d, f"Rescue chains after anti-EGFR antibody ({len(d)})", d[0]["regimen_name"])),
    "mechanisms": (("mechanisms", "--therapy", "cetuximab"),
                   lambda d: ([m for g in d["groups"] for m in g["mechanisms"]],
                              f"{d['groups'][0]['label']} ({len(d['groups'][0]['mechanisms'])})",
                              d["groups"][0]["mechanisms"][0]["cause_name"])),
    "trials": (("trials", "--target", "ERBB2", "--phase", "II"),
               lambda d: (d["records"], f"Trial arms ({len(d['records'])})", d["records"][0]["trial"])),
    "paths": (("paths", "MET amplification", "cetuximab", "--max-hops", "3"),
              lambda d: (d, "1. MET amplification -confers_resistance_to->", d[0]["names"][-1])),
    "profile": (("profile", "-a", "HER2-amplified", "-a", "RAS wild-type", "--prior", "cetuximab"),
                lambda d: (d["candidates"], f"Candidate regimens ({len(d['candidates'])})",
                           d["candidates"][0]["therapy_name"])),
    "evidence": (("evidence", "MET amplification"),
                 lambda d: (d, f"{len(d)} edge(s), "
                               f"{sum(e['method'] != 'vocabulary' for h in d for e in h['evidence'])} sentence(s)",
                            d[0]["object_name"])),
    "conflicts": (("conflicts",),
                  lambda d: (d, f"Conflicting outcome values ({len(d)})", d[0]["arm_name"])),
}


@pytest.mark.parametrize("command", sorted(WIDTH_CASES))
def test_query_output_fits_80_and_120_columns(built, command):
    args, read = WIDTH_CASES[command]
    data = _json(built, *args)
    records, counts, first = read(data)
    assert records
    longest = {}
    for width in (80, 120):
        out = run_cli("query", *args, "--graph", built, env={"COLUMNS": str(width)}).stdout
        lines = out.splitlines()
        longest[width] = max(map(len, lines))
        assert longest[width] <= width, [line for line in lines if len(line) > width][:3]
        assert counts in out and _words_in(first, out)
        assert "\x1b[" not in out and "…" not in out  # no colour codes in a pipe, no cell cut short
        for header in (line for line in lines if line.startswith("┏")):  # no column squeezed to a few characters
            assert min(len(cell) for cell in header.strip("┏┓").split("┳")) >= 4, header
    wide = run_cli("query", *args, "--graph", built, "--wide", env={"COLUMNS": "80"}).stdout
    assert counts in wide and first in wide  # one line: no cell wraps
    if command != "paths":  # a path is one line, as long at any width
        assert max(map(len, wide.splitlines())) > longest[120]


def test_long_lists_before_tables_are_capped_and_json_keeps_them(built):
    args = ("profile", "-a", "HER2-amplified", "-a", "RAS wild-type", "--prior", "cetuximab", "--graph", built)
    data = _json(built, *args[:-2])
    listed = len(data["priors"][0]["resistance"])
    assert listed > 10  # more than the table lists before the candidates
    narrow_json = run_cli("query", *args, "--json", env={"COLUMNS": "80"}).stdout
    assert json.loads(narrow_json) == data  # the terminal width never shortens --json
    out = run_cli("query", *args, env={"COLUMNS": "80"}).stdout
    assert f"... and {listed - 10} more statements (--json for all)" in out
    wide = run_cli("query", *args, "--wide", "--limit", str(listed)).stdout
    assert "more statements" not in wide
    # hops that meet print the shared node once: A -p-> B <-q- C
    assert "  cetuximab -member_of-> anti-EGFR antibody <-confers_resistance_to- BRAF mutation\n" in wide


def test_conflicts_shorten_sentences_only_in_the_table(built):
    found = _json(built, "conflicts")
    longest = max((s["evidence"]["sentence"] for c in found for s in c["sources"]), key=len)
    assert len(longest) > 120
    assert longest in run_cli("query", "conflicts", "--graph", built, "--wide").stdout
    assert longest not in run_cli("query", "conflicts", "--graph", built).stdout
