"""Where in a gene its mutations lie, written after the mutation word rather than before it (or right before the gene).

"KRAS mutations in exon 2", "PIK3CA mutations in exons 9 and 20", "BRAF variants at codon 600": the mutations of that
exon or codon (``KRAS exon 2 mutation``), as "KRAS exon 2 mutations" written with the place first already is. Also the
place named before the genes it belongs to: "mutations in exon 20 of PIK3CA", "mutations in exons 2, 3, or 4 of KRAS
or NRAS" (each listed gene's mutations of each exon). The place joins right after the mutation word (or right before
"of" and the genes); a place a verb states later ("PIK3CA mutations are mostly found in exons 9 and 20") is read in
builders/patterns.py (``_EXON_LATER``); a place that is another gene's ("BRAF mutations in exon 15 of the KRAS gene"
cannot be both) is none here, and a range ("exons 2-4") is left alone.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# one exon or codon number, then more joined by a comma, a slash, "and" or "or" ("exons 2, 3, or 4", "codons 12/13")
_JOIN = r"(?:\s*[,/]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# (the whole list of numbers, never a first part of it: "exons 3 and 4 of the gene" is no "exon 3")
_NUMBERS = r"(?P<first>\d{1,3})(?P<more>(?:" + _JOIN + r"\d{1,3}){0,6})(?![\d\-–])(?!" + _JOIN + r"\d)"
_PLACE_AFTER = lazy_compile(r"\s+(?:in|at|within|on|of|affecting)\s+(?:the\s+)?(?P<unit>exon|codon)s?\s+" + _NUMBERS +
                            r"(?!\s+of\b)", re.I)
_PLACE_BEFORE_GENES = lazy_compile(r"(?<![A-Za-z])(?:mutations?|variants?|alterations?)\s+(?:in|at|within|on|affecting)\s+"
                                   r"(?:the\s+)?(?P<unit>exon|codon)s?\s+" + _NUMBERS +
                                   r"\s+of\s+(?:the\s+)?(?:either\s+)?$", re.I)
# the place written right before the one gene whose mutation word follows ("codon 12 and 13 KRAS mutations",
# "exons 2, 3 and 4 RAS mutations")
# (the unit may be written again before each number: "codon 12 and codon 13 KRAS mutations")
_PLACE_BEFORE_GENE = lazy_compile(r"(?<![A-Za-z])(?P<unit>exon|codon)s?\s+(?P<first>\d{1,3})(?P<more>(?:" + _JOIN +
                                  r"(?:(?P=unit)s?\s+)?\d{1,3}){0,6})\s+\Z", re.I)
_NUMBER = lazy_compile(r"\d{1,3}")
_REACH = 60  # characters before a gene where the mutation word and its place may begin


def _loci(m) -> list[tuple[str, str]]:
    unit = m.group("unit").lower()
    return [(unit, n) for n in dict.fromkeys([m.group("first"), *_NUMBER.findall(m.group("more") or "")])]


def place_after(text: str, end: int):
    """(loci, end) of the exons or codons named right after a gene's mutation word that ends at ``end``, each locus
    (unit, number); None when no place follows."""
    m = _PLACE_AFTER.match(text, end)
    return (_loci(m), m.end()) if m else None


def place_before_genes(text: str, start: int):
    """(loci, start) of a mutation word with its exons or codons that ends on "of" right before the gene list at
    ``start`` ("mutations in exon 20 of PIK3CA"), the mention starting at the mutation word; None otherwise."""
    m = _PLACE_BEFORE_GENES.search(text, max(0, start - _REACH), start)
    return (_loci(m), m.start()) if m else None


def place_before_gene(text: str, start: int):
    """(loci, start) of the exons or codons written right before the gene at ``start`` ("codon 12 and 13 KRAS
    mutations": codons 12 and 13), the mention starting at the place word; None otherwise.

    >>> place_before_gene("Exon 2, 3 and 4 RAS mutations", 16)
    ([('exon', '2'), ('exon', '3'), ('exon', '4')], 0)
    >>> place_before_gene("exons 2-4 RAS mutations", 10) is None
    True
    """
    m = _PLACE_BEFORE_GENE.search(text, max(0, start - _REACH), start)
    return (_loci(m), m.start()) if m else None
