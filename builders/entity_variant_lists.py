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
from builders.pattern_mentions import AA, list_reach

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
        listed, gaps = [], []
        for g in reversed(ordered[:k]):
            if g.entity.category != "Gene" or g.end > edge:
                break
            locus = _LOCUS.match(text, g.end, edge)
            if not gap.fullmatch(text, locus.end() if locus else g.end, edge):
                break
            listed.append((g, locus))
            gaps.append(text[locus.end() if locus else g.end:edge])
            edge, gap = g.start, _GAP
        # a comma between two items joins two clauses: "downstream of EGFR, and BRAF mutations"
        for g, locus in listed[:list_reach(gaps)]:
            detail = f"{locus.group(1)} {locus.group(2)} mutation" if locus else ""
            alt = alteration_entity(g.entity, "mutation", detail)
            rec.imply(alt, "alteration_of", g.entity)
            replace[id(g)] = make_mention(g.start, locus.end() if locus else g.end, text, alt)
    if not replace:
        return mentions
    return sorted((replace.get(id(m), m) for m in mentions), key=lambda m: (m.start, m.end))


# protein changes of one gene listed before it, the gene after the last ("G12D and G13D KRAS mutations",
# "p.Q61H and p.Q61K NRAS variants", "G12C, G12D or G12V KRAS-mutant"): the changes joined by commas, slashes and
# one "and"/"or" before the last change, which builders/patterns.py reads with the gene
_ITEMS = rf"(?<![A-Za-z0-9.\-])(?:(?:p\.)?[{AA}]\d{{2,4}}[{AA}]-?(?:\s*,\s*(?:(?:and/or|and|or)\s+)?|" \
    rf"\s+(?:and/or|and|or)\s+|\s?/\s?))+"
_CHANGES_BEFORE = lazy_compile(_ITEMS + r"(?:p\.)?\Z")
# the whole list, its last change too, right before the mutation word that names the gene after it ("G12D and G13D
# mutations in KRAS")
_CHANGES_BEFORE_WORD = lazy_compile(rf"(?:{_ITEMS})?(?<![A-Za-z0-9.\-])(?:p\.)?[{AA}]\d{{2,4}}[{AA}]\s+\Z")
_CHANGE = lazy_compile(rf"[{AA}]\d{{2,4}}[{AA}]")
_REACH = 120  # characters before the last change where the list may begin


def changes_listed_before(text: str, start: int, gene_ends) -> tuple[int, list[str]]:
    """(start, changes) of the protein changes listed before the gene's change at ``start`` that the gene after the
    list owns as well ("G12D and G13D KRAS": G12D); (``start``, []) when none is listed, or when the list opens right
    after another gene, whose own changes they are ("KRAS G12C and V600E BRAF": G12C is KRAS's).

    >>> changes_listed_before("the G12D and G13D KRAS", 13, set())
    (4, ['G12D'])
    >>> changes_listed_before("the p.G595R and p.G667C TRKA", 18, set())
    (4, ['G595R'])
    >>> changes_listed_before("KRAS G12C and V600E BRAF", 14, {4})
    (14, [])
    """
    return _listed_changes(_CHANGES_BEFORE, text, start, gene_ends)


def changes_before_word(text: str, start: int, gene_ends) -> tuple[int, list[str]]:
    """(start, changes) of the protein changes listed right before the mutation word at ``start`` that names their
    gene after it ("the G12D and G13D mutations of KRAS", "V600E mutations in BRAF"); (``start``, []) when none is,
    or when the list opens right after another gene.

    >>> changes_before_word("G12D or G13D mutations in KRAS", 13, set())
    (0, ['G12D', 'G13D'])
    >>> changes_before_word("BRAF V600E mutations of KRAS", 11, {4})
    (11, [])
    """
    return _listed_changes(_CHANGES_BEFORE_WORD, text, start, gene_ends)


def _listed_changes(pattern, text: str, start: int, gene_ends) -> tuple[int, list[str]]:
    """(start, changes) of the list ``pattern`` finds ending at ``start``, or (``start``, []) when there is none or it
    opens right after another gene (a mention ending at one of ``gene_ends``)."""
    m = pattern.search(text, max(0, start - _REACH), start)
    if m is None or len(text[:m.start()].rstrip()) in gene_ends:
        return start, []
    return m.start(), _CHANGE.findall(m.group(0))


# a change word and its "of"/"in" before a list ("loss of", "amplifications in", "mutations of")
_CHANGE_OF = r"(?P<mod>(?<![A-Za-z\-])(?:loss|deletions?|amplifications?|overexpression|mutations?|alterations?|" \
    r"aberrations?|inactivation|rearrangements?)\s+(?:of|in))\s+(?:the\s+)?"
# the list's first item a symbol no gene mention holds, a complex or a family ("MHC", "HLA", "MHC class I"), then the
# joiner before the gene (group "long" is never set: the item is no long name of the gene)
_LEAD_ITEM_BEFORE = lazy_compile(_CHANGE_OF + r"(?P<lead>(?-i:(?=[A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*[A-Z])[A-Z][A-Za-z0-9\-]{1,10})"
                                 r"(?:\s+class\s+(?:I{1,2}|[12]))?)(?P<long>(?!))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and/or|and|or)\s+)\Z",
                                 re.I)
# the genes named as examples of the parts of a pathway, a complex or a family the change word governs ("mutations
# in components of the TGF-β pathway, including TGFBR2 or SMAD4", "loss of the antigen-presentation machinery, such as")
_MEMBERS_BEFORE = lazy_compile(_CHANGE_OF + r"(?:(?:components?|members?|genes?|constituents?|elements?|regulators?)\s+"
                               r"(?:of|in)\s+(?:the\s+)?)?(?P<long>(?!))?[^,.;:()]{2,50}?(?<![A-Za-z])(?:pathways?|"
                               r"machinery|signal(?:l)?ing|cascades?|complex(?:es)?|family|axis)(?:\s+(?:genes?|"
                               r"components?|members?|proteins?))?\s*,?\s+(?:including|such\s+as|like|notably|"
                               r"e\.g\.,?|for\s+example,?)\s+\Z", re.I)
# a first item of these kinds is no complex or family of genes (a drug, a process); a gene or a molecule is read with
# its own change by builders/patterns.py
_NO_ITEM = ("Drug", "DrugClass", "Regimen", "Therapy", "Process", "Outcome", "Disease", "Gene", "Molecule")


def change_over_listed_genes(text: str, start: int, mentions) -> re.Match | None:
    """The change word (group "mod") a list beginning before the gene at ``start`` is governed by, when that list
    opens with an item no gene ("loss of MHC or B2M": B2M's loss; the complex is no gene and stays unread) or names
    the genes as examples of a pathway's or complex's parts ("mutations in components of the TGF-β pathway, including
    TGFBR2 or SMAD4": each its mutation); None otherwise, or when the first item is a drug or a process ("loss of
    FOLFOX or ...").  The change word is the whole list's in English: "loss of A or B" is A's loss or B's loss.

    >>> change_over_listed_genes("Loss of MHC or B2M", 15, []).group("mod")
    'Loss of'
    >>> change_over_listed_genes("mutations in components of the TGF-beta pathway, including SMAD4", 59, []).group("mod")
    'mutations in'
    >>> change_over_listed_genes("Loss of efficacy or B2M", 20, []) is None
    True
    """
    m = _LEAD_ITEM_BEFORE.search(text, max(0, start - 60), start)
    if m is not None:
        lead_start, lead_end = m.span("lead")
        if any(x.start < lead_end and lead_start < x.end and x.entity.category in _NO_ITEM for x in mentions):
            return None
        return m
    return _MEMBERS_BEFORE.search(text, max(0, start - 120), start)
