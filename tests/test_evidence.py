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


def _offset_checked(ev) -> bool:
    """Which evidence the offset check covers: literature (a span of a document), not background knowledge.

    Background knowledge (method ``vocabulary``) is stated by no sentence: it has no document text and
    no offsets to check, by design. It is checked against the vocabulary instead
    (``test_background_evidence_is_what_the_vocabulary_records``).
    """
    return ev["method"] != "vocabulary"


def test_every_edge_evidence_matches_its_source(built):
    texts = _texts()
    n = skipped = 0
    for edge in _records(built / "edges.jsonl"):
        assert edge["evidence"] or edge.get("background_evidence"), f"edge {edge['id']} has no evidence"
        assert all(_offset_checked(ev) for ev in edge["evidence"]), "`evidence` holds sentences only"
        assert not any(_offset_checked(ev) for ev in edge.get("background_evidence", ()))
        for ev in edge["evidence"] + edge.get("background_evidence", []):
            if not _offset_checked(ev):
                skipped += 1
                continue
            _check_span(texts, ev)
            assert ev["method"] in ("rule", "table", "curated")
            n += 1
    assert n > 500 and skipped > 0  # the build has both layers, and every literature record was checked


def test_offset_check_covers_literature_only_by_design():
    """Vocabulary evidence is skipped by the offset check on purpose; literature evidence is still checked."""
    import pytest

    texts = {"doc.txt": "Intro. MET amplification confers resistance to cetuximab. End."}
    good = {"document": "doc.txt", "start": 7, "end": 57, "method": "rule",
            "sentence": "MET amplification confers resistance to cetuximab.", "prefix": "Intro. ", "suffix": " End."}
    _check_span(texts, good)
    for bad in (dict(good, start=8), dict(good, sentence="MET amplification confers resistance to panitumumab."),
                dict(good, suffix=" Start.")):
        assert _offset_checked(bad)
        with pytest.raises(AssertionError):
            _check_span(texts, bad)
    background = {"document": "ontology/vocab/drugs.yaml", "method": "vocabulary", "section": "targets",
                  "sentence": "cetuximab (DRUGBANK:DB00002) targets EGFR (HGNC:3236)", "study_kind": "background_knowledge",
                  "source": "project curation; the entry names no external source"}
    assert not _offset_checked(background)
    with pytest.raises(KeyError):  # it has nothing the check could read: no document text, no offsets
        _check_span(texts, background)


def test_background_evidence_is_what_the_vocabulary_records(built):
    """Every vocabulary evidence names its file, field and source, claims no span, and states a fact the
    vocabulary holds; its edge starts at a node the literature put in the graph."""
    from kg.background import DRUGS, CLASSES, OPEN_TARGETS, PATHWAYS, STEMS
    from kg.vocab import load_vocabulary

    vocab = load_vocabulary()
    holds = {(DRUGS, "targets"): lambda s, o: o in vocab.drug_targets.get(s, ()) and s not in vocab.target_sources,
             (OPEN_TARGETS, "targets"): lambda s, o: o in vocab.drug_targets.get(s, ()) and s in vocab.target_sources,
             (DRUGS, "classes"): lambda s, o: o in vocab.drug_classes.get(s, ()),
             (STEMS, "stems"): lambda s, o: vocab.stem_classes.get(s) == o and not vocab.drug_classes.get(s),
             (CLASSES, "target"): lambda s, o: o in vocab.drug_targets.get(s, ()),
             (CLASSES, "parents"): lambda s, o: o in vocab.drug_classes.get(s, ()),
             (DRUGS, "components"): lambda s, o: o in vocab.drug_components.get(s, ()),
             (PATHWAYS, "members"): lambda s, o: s in vocab.pathway_members.get(o, ())}
    mentioned = {n["id"] for n in _records(built / "nodes.jsonl") if n.get("mentioned_in")}
    n = 0
    for edge in _records(built / "edges.jsonl"):
        for ev in edge.get("background_evidence", ()):
            assert ev["method"] == "vocabulary", ev
            assert not {"start", "end", "exact", "prefix", "suffix"} & set(ev), ev
            assert ev["study_kind"] == "background_knowledge" and ev["source"], ev
            assert holds[ev["document"], ev["section"]](edge["subject"], edge["object"]), (edge["id"], ev)
            assert edge["subject"] in mentioned, edge["id"]
            n += 1
    assert n > 100


def test_every_outcome_evidence_matches_its_source(built):
    from kg.schema import load_schema

    metrics = load_schema().outcome_metrics
    texts = _texts()
    n = 0
    for node in _records(built / "nodes.jsonl"):
        for o in node.get("outcomes", ()):
            _check_span(texts, o["evidence"])
            declared = metrics[o["metric"]]
            assert o["unit"] in (declared["unit"], *declared.get("other_units", ())), o
            n += 1
    assert n > 200


def test_edges_are_biolink_kgx(built):
    edge = _records(built / "edges.jsonl")[0]
    for key in ("id", "subject", "predicate", "original_predicate", "object", "knowledge_level", "agent_type", "evidence"):
        assert key in edge
    assert edge["predicate"].startswith("biolink:") and edge["original_predicate"].startswith("crc:")
    assert edge["evidence_level"] in "ABCDE"


def test_background_edges_are_labelled_curated_knowledge(built):
    """An edge the vocabularies alone record: a manual agent's knowledge assertion with no evidence level;
    an edge with a sentence keeps its text-mining agent and level, with the vocabulary after the sentences."""
    counts = {"background": 0, "both": 0}
    for edge in _records(built / "edges.jsonl"):
        methods = [ev["method"] for ev in edge["evidence"] + edge.get("background_evidence", [])]
        if "vocabulary" not in methods:
            assert edge["evidence_level"] in "ABCDE"
            continue
        assert edge["knowledge_level"] == "knowledge_assertion"
        assert methods.index("vocabulary") == len(methods) - 1 or set(methods[methods.index("vocabulary"):]) == {"vocabulary"}
        if set(methods) == {"vocabulary"}:
            counts["background"] += 1
            assert edge["agent_type"] == "manual_agent" and "evidence_level" not in edge, edge
        else:
            counts["both"] += 1
            assert edge["evidence_level"] in "ABCDE"
    assert counts["background"] > 0 and counts["both"] > 0, counts
