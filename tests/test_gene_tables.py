"""The HGNC tables' kept copy: the same tables as a fresh read, never stale, remade when damaged."""
from __future__ import annotations

from kg.gene_tables import gene_tables, read_gene_tables

TABLE = ("hgnc_id\tsymbol\tprevious_symbols\talias_symbols\n"
         "HGNC:1\tHDAC1\t\tHD1|RPD3\n"
         "HGNC:2\tHDAC2\tHDAC\tYAF1\n"
         "HGNC:3\tKRAS\tKRAS2\tRASK2|c-Ki-ras\n"
         "HGNC:4\tMET\t\tHGFR|AUTS9\n")


def _copies(cache):
    return sorted((cache / "crc-resistance-kg").glob("genes-*.tsv"))


def test_kept_copy_is_the_fresh_read(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tsv = tmp_path / "hgnc_genes.tsv"
    tsv.write_text(TABLE, encoding="utf-8")
    fresh = read_gene_tables(TABLE, {"AUTS9"})
    assert "HDAC" not in fresh.aliases and "AUTS9" not in fresh.alias_terms  # a family stem; a stoplisted alias
    first = gene_tables(tsv, {"AUTS9"})
    assert len(_copies(tmp_path / "cache")) == 1
    second = gene_tables(tsv, {"AUTS9"})  # from the kept copy
    for table in (first, second):
        assert table == fresh
        assert [list(t) for t in table] == [list(t) for t in fresh]  # the same order too


def test_another_table_or_stoplist_names_another_copy(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tsv = tmp_path / "hgnc_genes.tsv"
    tsv.write_text(TABLE, encoding="utf-8")
    gene_tables(tsv, set())
    assert "RASK2" in gene_tables(tsv, set()).alias_terms
    assert "RASK2" not in gene_tables(tsv, {"RASK2"}).alias_terms
    tsv.write_text(TABLE + "HGNC:5\tBRAF\t\tBRAF1\n", encoding="utf-8")
    assert gene_tables(tsv, set()).hgnc["BRAF"] == "HGNC:5"
    assert len(_copies(tmp_path / "cache")) == 3


def test_damaged_copy_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    tsv = tmp_path / "hgnc_genes.tsv"
    tsv.write_text(TABLE, encoding="utf-8")
    gene_tables(tsv, set())
    (copy,) = _copies(tmp_path / "cache")
    copy.write_text(copy.read_text(encoding="utf-8")[:-7], encoding="utf-8")  # cut short
    assert gene_tables(tsv, set()) == read_gene_tables(TABLE, set())
    assert gene_tables(tsv, set()) == read_gene_tables(TABLE, set())  # and kept whole again


def test_unwritable_cache_reads_the_table(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file: no folder can be made under it
    tsv = tmp_path / "hgnc_genes.tsv"
    tsv.write_text(TABLE, encoding="utf-8")
    assert gene_tables(tsv, set()) == read_gene_tables(TABLE, set())
