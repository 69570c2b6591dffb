"""The HGNC tables of the vocabulary: approved symbols, their alias and previous symbols, and the aliases safe
to read as one gene.

Reading them from ``hgnc_genes.tsv`` (some 44,000 genes and 96,000 aliases) was most of the vocabulary's
load time, so what is read is kept in a compact form in the user's cache folder
(``$XDG_CACHE_HOME/crc-resistance-kg``, else ``~/.cache/crc-resistance-kg``), in a file named by a digest
of everything it is made from: the table's bytes, the stoplist and this module's code. A change to any of
them names another file, so a kept copy is never stale. A copy that is missing, unreadable or malformed is
made again from the table; one that cannot be written is not kept (the tables are read as before). The copy
is data, never code: tab-separated strings, checked against the counts its first line gives.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path
from typing import NamedTuple

from kg.kept import cache_folder, keep_text

_MAGIC = "crckg-gene-tables"
_ALIAS_SHAPE = re.compile(r"^(?=.*[A-Z0-9])[A-Za-z][A-Za-z0-9\-/.]{2,}$")
_CLONE_NAME = re.compile(r"^[A-Za-z]\d+$")  # "A121": a clone or antibody name, not a way genes are written
_NUMBERED_MEMBER = re.compile(r"^([A-Z][A-Z0-9]*?[A-Z])\d+$")


class GeneTables(NamedTuple):
    """``hgnc``: approved symbol -> HGNC id; ``aliases``: alias or previous symbol (as written and upper-cased)
    -> approved symbol; ``alias_terms``: the aliases safe to read as their one gene -> approved symbol."""

    hgnc: dict[str, str]
    aliases: dict[str, str]
    alias_terms: dict[str, str]


def family_stems(symbols) -> frozenset[str]:
    """Stems that several approved symbols number ("HDAC" of HDAC1 ... HDAC11, "ERBB" of ERBB2-4): a
    bare stem names the family, so an alias that spells it must not pin it to one member.

    >>> sorted(family_stems(["HDAC1", "HDAC2", "HDAC9", "KRAS", "ERBB2"]))
    ['HDAC']
    """
    counts: dict[str, int] = {}
    for symbol in symbols:
        match = _NUMBERED_MEMBER.match(symbol)
        if match:
            counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    return frozenset(stem for stem, n in counts.items() if n >= 2)


def gene_tables(tsv: Path, stop: set[str]) -> GeneTables:
    """The tables of an HGNC ``tsv`` (columns ``hgnc_id``, ``symbol``, ``previous_symbols``, ``alias_symbols``),
    no alias in ``stop`` being safe: the kept copy when there is one, else read (and kept)."""
    data = Path(tsv).read_bytes()
    digest = hashlib.sha256()
    for part in (Path(__file__).read_bytes(), data, "\n".join(sorted(stop)).encode("utf-8")):
        digest.update(hashlib.sha256(part).digest())
    name = digest.hexdigest()[:32]
    kept = cache_folder() / f"genes-{name}.tsv"
    tables = _load(kept, name)
    if tables is None:
        tables = read_gene_tables(data.decode("utf-8"), stop)
        _save(kept, name, tables)
    return tables


def read_gene_tables(text: str, stop: set[str]) -> GeneTables:
    """The tables read from the text of an HGNC table.

    >>> t = read_gene_tables("hgnc_id\\tsymbol\\tprevious_symbols\\talias_symbols\\nHGNC:1\\tAB1\\t\\tXYZ1|abc\\n", set())
    >>> t.hgnc, t.alias_terms
    ({'AB1': 'HGNC:1'}, {'XYZ1': 'AB1'})
    """
    hgnc: dict[str, str] = {}
    aliases: dict[str, str] = {}
    counts: dict[str, set[str]] = {}
    rows = csv.reader(io.StringIO(text, newline=""), delimiter="\t")
    header = next(rows)
    at_symbol, at_id = header.index("symbol"), header.index("hgnc_id")
    at_prev, at_alias = header.index("previous_symbols"), header.index("alias_symbols")
    for row in rows:  # (plain rows: a dict per row costs a third of the load time)
        symbol = row[at_symbol]
        hgnc[symbol] = row[at_id]
        named = row[at_prev] + "|" + row[at_alias]
        if named == "|":
            continue
        for alias in named.split("|"):
            if not alias:
                continue
            aliases.setdefault(alias, symbol)
            aliases.setdefault(alias.upper(), symbol)
            seen = counts.get(alias)
            if seen is None:
                counts[alias] = {symbol}
            else:
                seen.add(symbol)
    return GeneTables(hgnc, aliases, _safe_aliases(hgnc, aliases, counts, stop))


def _safe_aliases(hgnc: dict[str, str], aliases: dict[str, str], counts: dict[str, set[str]],
                  stop: set[str]) -> dict[str, str]:
    """HGNC alias and previous symbols that name exactly one gene and are not abbreviations of something
    else, nor the bare stem of a numbered gene family (HDAC is an alias of HDAC9 only, yet names them all);
    the stems leave ``aliases`` too."""
    stems = family_stems(hgnc)
    for stem in stems:
        aliases.pop(stem, None)
    safe: dict[str, str] = {}
    for alias, symbols in counts.items():
        if len(symbols) != 1 or alias in hgnc or alias in stop or alias.upper() in stop or alias in stems:
            continue
        if not _ALIAS_SHAPE.match(alias) or alias.islower() or alias.isdigit() or _CLONE_NAME.match(alias):
            continue
        safe[alias] = next(iter(symbols))
    return safe


def _load(path: Path, name: str) -> GeneTables | None:
    """The kept tables of ``path``, or None when it is missing, unreadable or not the copy named ``name``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    lines = text.split("\n")
    head = lines[0].split("\t")
    if len(lines) != 4 or len(head) != 5 or head[:2] != [_MAGIC, name] or not all(n.isdigit() for n in head[2:]):
        return None
    tables = []
    for line, size in zip(lines[1:], head[2:]):
        cells = line.split("\t") if line else []
        if len(cells) != 2 * int(size):
            return None
        pairs = iter(cells)
        tables.append(dict(zip(pairs, pairs)))
    if any(len(table) != int(size) for table, size in zip(tables, head[2:])):
        return None
    return GeneTables(*tables)


def _save(path: Path, name: str, tables: GeneTables) -> None:
    """Keep ``tables`` at ``path`` (written whole or not at all; not kept when a string holds a tab or a line
    break, or the folder cannot be written)."""
    if any("\t" in s or "\n" in s for table in tables for pair in table.items() for s in pair):
        return
    lines = [f"{_MAGIC}\t{name}\t" + "\t".join(str(len(table)) for table in tables)]
    lines += ["\t".join(f"{key}\t{value}" for key, value in table.items()) for table in tables]
    keep_text(path, "\n".join(lines))
