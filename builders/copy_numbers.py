"""A gene's copy number as a marker: "EGFR gene copy number", "HER2 copy number", "low EGFR GCN".

The number of copies of a gene a tumour carries is measured (FISH, NGS, ctDNA) and read as a marker of
response, as an expression level is: "HER2 copy number predicted benefit from trastuzumab". A copy-number
*gain* or *amplification* is an alteration and is read as one elsewhere (a gain named before the measure, "gain of ALK
gene copy number", is that alteration: ``gain_before``); this reads the measure itself,
and with a low or reduced word before the gene the low copy number ("low EGFR gene copy number"). The
recogniser calls :func:`copy_number_after` on each gene mention with no level word of its own.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# after the gene: "copy number", "gene copy number", "DNA copy number", "GCN", "gene copy number (GCN)" (not "copy number gain",
# "copy number amplification", "copy number variation": alterations)
_AFTER = lazy_compile(r"[-\s](?:gene\s+|(?-i:DNA)\s+)?(?:copy[-\s]numbers?(?:\s+\(GCN\))?|(?-i:GCN))"
                      r"(?![A-Za-z0-9]|[-\s]+(?:gains?|amplifications?|amplified|alterations?|aberrations?|"
                      r"variations?|variants?|changes?|loss(?:es)?|increases?)\b)", re.I)
_LOW_BEFORE = lazy_compile(r"(?<![\w\-])(?:low|lower|reduced|decreased)\s+$", re.I)
# a gain named before the gene whose copy number it raises ("gain of ALK gene copy number", "a gain in MET copy number")
_GAIN_BEFORE = lazy_compile(r"(?<![\w\-])(?:copy[-\s]number\s+)?gains?\s+(?:of|in)\s+(?:the\s+)?$", re.I)


def copy_number_after(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """(start, end, low) of a copy-number marker of the gene mention text[start:end], or None."""
    after = _AFTER.match(text, end)
    if after is None:
        return None
    low = _LOW_BEFORE.search(text, max(0, start - 12), start)
    return (low.start() if low else start), after.end(), low is not None


def gain_before(text: str, start: int) -> int | None:
    """Where a gain word before a gene's copy number opens ("Gain of ALK gene copy number": a copy-number gain of the
    gene, the alteration, not the measure), or None.

    >>> t = "Gain of ALK gene copy number"
    >>> gain_before(t, t.index("ALK")), gain_before("the ALK gene copy number", 4)
    (0, None)
    """
    gain = _GAIN_BEFORE.search(text, max(0, start - 30), start)
    return gain.start() if gain else None


def copy_number_entity(gene: Entity, aliases: tuple[str, ...], low: bool = False) -> Entity:
    """The copy-number marker of a gene (``EGFR copy number``; ``low EGFR copy number`` for the low one), also
    named by the gene's short ``aliases`` ("HER2 copy number")."""
    symbol = gene.attr("gene") or gene.name
    word = "low " if low else ""
    name = f"{word}{symbol} copy number"
    synonyms = set()
    for n in (symbol, *aliases):
        synonyms |= {f"{word}{n} copy number", f"{word}{n} gene copy number", f"{word}{n} GCN"}
    attrs = (("biomarker_kind", "copy_number"), ("gene", symbol))
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (), attrs)
