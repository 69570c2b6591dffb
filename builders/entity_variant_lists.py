"""Genes listed before a protein change that carries the list's mutation word: "KRAS, NRAS, and BRAF V600E mutations".

The last item of such a list is read as its protein change ("BRAF V600E mutations"), and the mutation word after it is
every item's: "KRAS, NRAS and BRAF V600E mutations" are KRAS, NRAS and BRAF V600E mutations, and "KRAS codon 61, HRAS
and BRAF V600E mutations" a KRAS codon 61 mutation among them. Each listed gene (with its codon or exon, when one is
written) becomes its mutation; the items must be joined by commas and one "and"/"or" before the last item, with
nothing else between them, so a gene named elsewhere in the sentence stays a gene.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the last item's own words end on the list's mutation word
_MUTATION_END = lazy_compile(r"(?:mutations|mutants|alterations|variants)\Z", re.I)
# the gap before the last item, and between earlier items
_LAST_GAP = lazy_compile(r"\s*(?:,\s*)?(?:and/or|and|or)\s+|\s*,\s*")
_GAP = lazy_compile(r"\s*,\s*")
# a codon or exon written after a listed gene ("KRAS codon 61", "NRAS exon 3")
_LOCUS = lazy_compile(r"\s+(codon|exon)\s+(\d{1,3})")


def listed_variant_genes(text: str, mentions: list, rec, alteration_entity, make_mention) -> list:
    """Mentions with the genes listed before a protein change and its plural mutation word read as mutations."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    replace: dict[int, object] = {}
    for k, last in enumerate(ordered):
        e = last.entity
        if e.category != "Alteration" or e.attr("alteration_kind") != "mutation" or not _MUTATION_END.search(last.text):
            continue
        edge, gap = last.start, _LAST_GAP
        for g in reversed(ordered[:k]):
            if g.entity.category != "Gene" or g.end > edge:
                break
            locus = _LOCUS.match(text, g.end, edge)
            if not gap.fullmatch(text, locus.end() if locus else g.end, edge):
                break
            detail = f"{locus.group(1)} {locus.group(2)} mutation" if locus else ""
            alt = alteration_entity(g.entity, "mutation", detail)
            rec.imply(alt, "alteration_of", g.entity)
            replace[id(g)] = make_mention(g.start, locus.end() if locus else g.end, text, alt)
            edge, gap = g.start, _GAP
    if not replace:
        return mentions
    return sorted((replace.get(id(m), m) for m in mentions), key=lambda m: (m.start, m.end))
