"""Every evidence record of the bundled build points at the exact text it quotes."""
import json

from builders.document import collapse
from kg.resources import bundled_corpus_dir


def _texts():
    return {p.name: p.read_text(encoding="utf-8") for p in bundled_corpus_dir().glob("*.txt")}


def test_every_edge_evidence_matches_its_source(built):
    texts = _texts()
    n = 0
    with open(built / "edges.jsonl", encoding="utf-8") as handle:
        for line in handle:
            edge = json.loads(line)
            assert edge["evidence"], f"edge {edge['id']} has no evidence"
            for ev in edge["evidence"]:
                assert collapse(texts[ev["document"]][ev["start"]:ev["end"]]) == collapse(ev["sentence"]), ev
                assert ev["method"] in ("rule", "table", "curated")
                n += 1
    assert n > 500


def test_every_outcome_evidence_matches_its_source(built):
    texts = _texts()
    n = 0
    with open(built / "nodes.jsonl", encoding="utf-8") as handle:
        for line in handle:
            node = json.loads(line)
            for o in node.get("outcomes", ()):
                ev = o["evidence"]
                assert collapse(texts[ev["document"]][ev["start"]:ev["end"]]) == collapse(ev["sentence"])
                assert o["unit"] in ("%", "months", "ratio", "patients")
                n += 1
    assert n > 200


def test_edges_are_biolink_kgx(built):
    with open(built / "edges.jsonl", encoding="utf-8") as handle:
        edge = json.loads(handle.readline())
    for key in ("id", "subject", "predicate", "original_predicate", "object", "knowledge_level", "agent_type", "evidence"):
        assert key in edge
    assert edge["predicate"].startswith("biolink:") and edge["original_predicate"].startswith("crc:")
    assert edge["evidence_level"] in "ABCDE"
