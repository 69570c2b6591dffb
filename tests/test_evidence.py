"""Every evidence record of the bundled build points at the exact text it quotes."""
import json

from builders.document import collapse
from kg.resources import bundled_corpus_dir


def _texts():
    return {p.name: p.read_text(encoding="utf-8") for p in bundled_corpus_dir().glob("*.txt")}


def _records(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _check_span(texts, ev):
    """The span quotes the file exactly (W3C TextQuoteSelector: exact, prefix, suffix) and collapses to the sentence."""
    text = texts[ev["document"]]
    exact = text[ev["start"]:ev["end"]]
    assert collapse(exact) == ev["sentence"], ev
    assert ev.get("exact", ev["sentence"]) == exact, ev
    assert text[:ev["start"]].endswith(ev.get("prefix", "")) and len(ev.get("prefix", "")) == min(32, ev["start"]), ev
    assert text[ev["end"]:].startswith(ev.get("suffix", "")) and len(ev.get("suffix", "")) == min(32, len(text) - ev["end"]), ev


def test_every_edge_evidence_matches_its_source(built):
    texts = _texts()
    n = 0
    for edge in _records(built / "edges.jsonl"):
        assert edge["evidence"], f"edge {edge['id']} has no evidence"
        for ev in edge["evidence"]:
            _check_span(texts, ev)
            assert ev["method"] in ("rule", "table", "curated")
            n += 1
    assert n > 500


def test_every_outcome_evidence_matches_its_source(built):
    texts = _texts()
    n = 0
    for node in _records(built / "nodes.jsonl"):
        for o in node.get("outcomes", ()):
            _check_span(texts, o["evidence"])
            assert o["unit"] in ("%", "months", "ratio", "patients")
            n += 1
    assert n > 200


def test_edges_are_biolink_kgx(built):
    edge = _records(built / "edges.jsonl")[0]
    for key in ("id", "subject", "predicate", "original_predicate", "object", "knowledge_level", "agent_type", "evidence"):
        assert key in edge
    assert edge["predicate"].startswith("biolink:") and edge["original_predicate"].startswith("crc:")
    assert edge["evidence_level"] in "ABCDE"
