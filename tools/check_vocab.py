"""Check the open vocabulary tables in ``ontology/vocab/`` (maintainers; no network).

    python tools/check_vocab.py [VOCAB_DIR]

Checks, for drug_names.tsv, cell_ontology.tsv, molecules_open.tsv and
gene_protein_names.tsv: the header row, UTF-8 and tab separation, no duplicate
names (nor a surface form claimed by two rows) within a file, empty-free
``|``-separated synonym lists without stray whitespace, well-formed identifiers
(``DB\\d{5}``, ``CL:\\d{7}``, ``CHEBI:\\d+``, ``GO:\\d{7}``, ``HGNC:\\d+``), every gene
symbol approved in hgnc_genes.tsv (and a protein row's HGNC id being that symbol's),
and rows in the order the generators write them. Exits 1 and lists the problems if
any check fails.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_drug_vocab import CLASSES  # noqa: E402  (no third-party imports at module level)
from make_molecule_vocab import KINDS  # noqa: E402

HEADERS = {
    "drug_names.tsv": ["name", "drugbank_id", "synonyms", "stem_class"],
    "cell_ontology.tsv": ["cl_id", "name", "synonyms"],
    "molecules_open.tsv": ["name", "id", "kind", "synonyms", "gene"],
    "gene_protein_names.tsv": ["symbol", "synonyms"],
}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, file: str, line: int, text: str) -> None:
        self.errors.append(f"{file}:{line}: {text}")


def read(path: Path, report: Report) -> list[tuple[int, dict]]:
    name = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        report.error(name, 0, f"not UTF-8: {exc}")
        return []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        report.error(name, len(lines), "no newline at end of file")
    header = lines[0].split("\t") if lines else []
    if header != HEADERS[name]:
        report.error(name, 1, f"header {header} != {HEADERS[name]}")
        return []
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header):
            report.error(name, number, f"{len(cells)} cells, expected {len(header)}")
            continue
        for cell in cells:
            if cell != cell.strip() or "\r" in cell:
                report.error(name, number, f"stray whitespace in {cell!r}")
        row = dict(zip(header, cells))
        if "synonyms" in row and row["synonyms"]:
            for syn in row["synonyms"].split("|"):
                if not syn or syn != syn.strip():
                    report.error(name, number, f"empty or padded synonym in {row['synonyms']!r}")
        rows.append((number, row))
    return rows


def synonyms(row: dict) -> list[str]:
    return [s for s in row.get("synonyms", "").split("|") if s]


def unique_forms(file: str, rows: list[tuple[int, dict]], key: str, report: Report) -> None:
    """No two rows share a name, and no surface form (name or synonym) belongs to two rows."""
    names: dict[str, int] = {}
    forms: dict[str, str] = {}
    for number, row in rows:
        low = row[key].lower()
        if low in names:
            report.error(file, number, f"duplicate {key} {row[key]!r} (line {names[low]})")
        names[low] = number
        for form in {row[key].lower(), *(s.lower() for s in synonyms(row))}:
            if form in forms and forms[form] != row[key]:
                report.error(file, number, f"{form!r} names both {forms[form]!r} and {row[key]!r}")
            forms[form] = row[key]


def check_sorted(file: str, rows: list[tuple[int, dict]], key, report: Report) -> None:
    keys = [key(row) for _, row in rows]
    if keys != sorted(keys):
        report.error(file, 0, "rows are not in generator order")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else REPO / "ontology" / "vocab"
    report = Report()
    hgnc: dict[str, str] = {}
    aliases: set[str] = set()
    with open(folder / "hgnc_genes.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            hgnc[row["symbol"]] = row["hgnc_id"]
            aliases.update(filter(None, (row["previous_symbols"] + "|" + row["alias_symbols"]).split("|")))

    counts = {}
    # drugs
    file = "drug_names.tsv"
    rows = read(folder / file, report)
    for number, row in rows:
        if row["drugbank_id"] and not re.fullmatch(r"DB\d{5}", row["drugbank_id"]):
            report.error(file, number, f"bad DrugBank id {row['drugbank_id']!r}")
        if row["stem_class"] and row["stem_class"] not in CLASSES:
            report.error(file, number, f"unknown stem_class {row['stem_class']!r}")
        for syn in synonyms(row):
            if len(syn) < 4:
                report.error(file, number, f"synonym shorter than 4 characters: {syn!r}")
    unique_forms(file, rows, "name", report)
    check_sorted(file, rows, lambda r: r["name"].lower(), report)
    ids = [row["drugbank_id"] for _, row in rows if row["drugbank_id"]]
    if len(ids) != len(set(ids)):
        report.error(file, 0, "a DrugBank id is used by two rows")
    counts[file] = len(rows)

    # cells
    file = "cell_ontology.tsv"
    rows = read(folder / file, report)
    for number, row in rows:
        if not re.fullmatch(r"CL:\d{7}", row["cl_id"]):
            report.error(file, number, f"bad CL id {row['cl_id']!r}")
        for syn in synonyms(row):
            if not any(c.islower() for c in syn) and (syn in hgnc or syn in aliases):
                report.error(file, number, f"synonym {syn!r} is a gene symbol")
    unique_forms(file, rows, "name", report)
    check_sorted(file, rows, lambda r: r["cl_id"], report)
    if len({r["cl_id"] for _, r in rows}) != len(rows):
        report.error(file, 0, "duplicate CL id")
    counts[file] = len(rows)

    # molecules
    file = "molecules_open.tsv"
    rows = read(folder / file, report)
    for number, row in rows:
        kind, ident, gene = row["kind"], row["id"], row["gene"]
        if kind not in KINDS:
            report.error(file, number, f"unknown kind {kind!r}")
        if kind == "metabolite" and not re.fullmatch(r"CHEBI:\d+", ident):
            report.error(file, number, f"metabolite id {ident!r} is not CHEBI:<n>")
        elif kind == "vesicle" and not re.fullmatch(r"GO:\d{7}", ident):
            report.error(file, number, f"vesicle id {ident!r} is not GO:<7 digits>")
        elif kind not in ("metabolite", "vesicle"):
            if gene:
                if gene not in hgnc:
                    report.error(file, number, f"gene {gene!r} is not an approved HGNC symbol")
                elif ident != hgnc[gene]:
                    report.error(file, number, f"id {ident!r} is not the HGNC id of {gene} ({hgnc[gene]})")
            elif ident:
                report.error(file, number, "a family row (no gene) has an id")
        if kind in ("metabolite", "vesicle") and gene:
            report.error(file, number, f"{kind} row has a gene")
    unique_forms(file, rows, "name", report)
    check_sorted(file, rows, lambda r: (KINDS.index(r["kind"]) if r["kind"] in KINDS else 99, r["name"].lower(),
                                        r["name"]), report)
    counts[file] = len(rows)

    # gene protein names
    file = "gene_protein_names.tsv"
    rows = read(folder / file, report)
    for number, row in rows:
        if row["symbol"] not in hgnc:
            report.error(file, number, f"{row['symbol']!r} is not an approved HGNC symbol")
        for syn in synonyms(row):
            if syn in hgnc and syn != row["symbol"]:
                report.error(file, number, f"synonym {syn!r} is the approved symbol of another gene")
    unique_forms(file, rows, "symbol", report)
    check_sorted(file, rows, lambda r: r["symbol"], report)
    counts[file] = len(rows)

    for error in report.errors:
        print(error)
    summary = ", ".join(f"{name}: {n} rows" for name, n in counts.items())
    print(f"{summary}; {len(report.errors)} problems")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
