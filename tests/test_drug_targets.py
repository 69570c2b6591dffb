"""The open table of drug targets (``ontology/vocab/drug_targets.tsv``): it loads, names known drugs and approved
HGNC symbols only, never overrides a curated ``targets`` list, and a drug it alone targets is read as acting on it."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from kg.vocab import build_vocabulary, load_vocabulary

VOCAB = Path(__file__).resolve().parents[1] / "ontology" / "vocab"


def _rows(name: str) -> list[dict[str, str]]:
    with open(VOCAB / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_the_table_has_its_columns_sorted_unique_rows_and_a_source():
    rows = _rows("drug_targets.tsv")
    assert rows and list(rows[0]) == ["drug", "targets", "source"]
    names = [r["drug"] for r in rows]
    assert names == sorted(names) and len(set(n.lower() for n in names)) == len(names)
    assert all(r["targets"] and r["source"] for r in rows)


def test_every_symbol_is_an_approved_hgnc_symbol_and_every_drug_a_named_drug():
    approved = {r["symbol"] for r in _rows("hgnc_genes.tsv")}
    drugs = {r["name"].lower() for r in _rows("drug_names.tsv")}
    for row in _rows("drug_targets.tsv"):
        assert row["drug"].lower() in drugs, row["drug"]
        symbols = row["targets"].split("|")
        assert symbols and all(s in approved for s in symbols), row


def test_the_vocabulary_reads_the_targets():
    vocab = load_vocabulary()
    met = vocab.gene_entity("MET").id
    for name in ("capmatinib", "tepotinib"):
        assert vocab.drug_targets[vocab.by_name[name]] == (met,)
    assert set(vocab.drug_targets[vocab.by_name["amivantamab"]]) == {vocab.gene_entity("EGFR").id, met}


def test_a_curated_target_list_wins():
    vocab = load_vocabulary()
    for spec in yaml.safe_load((VOCAB / "drugs.yaml").read_text(encoding="utf-8")):
        if spec.get("targets"):
            did = vocab.by_name[spec["name"].lower()]
            assert vocab.drug_targets[did] == tuple(vocab.gene_entity(g).id for g in spec["targets"]), spec["name"]


def test_an_unknown_symbol_stops_the_load(tmp_path):
    for f in VOCAB.iterdir():
        if f.is_file():
            (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "drug_targets.tsv").write_text("drug\ttargets\tsource\ncapmatinib\tNOTAGENE1\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="HGNC"):
        build_vocabulary(tmp_path)


def test_the_background_layer_names_the_table_and_its_source():
    from kg.background import OPEN_TARGETS, background_facts
    from kg.graph import KnowledgeGraph
    from kg.model import Entity

    vocab = load_vocabulary()
    kg = KnowledgeGraph()
    kg.add_entity(Entity(vocab.by_name["capmatinib"], "Drug", "capmatinib"))
    facts = [(p, o, ev) for s, p, o, ev in background_facts(kg, vocab) if p == "targets"]
    assert [(o, ev.document) for p, o, ev in facts] == [(vocab.gene_entity("MET").id, OPEN_TARGETS)]
    assert "DrugBank" in facts[0][2].source
