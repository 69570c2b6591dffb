"""A protein named in its phosphorylated (active) form is a marker measured in tissue, not the gene: "phosphorylated
ERK", "phospho-ERK", "p-ERK", "pERK", "pSTAT3", "phosphorylated STAT3 (pSTAT3)". Biopsies and cell lines are stained
or blotted for the phosphorylated protein to read whether its pathway is on ("reduced levels of phosphorylated ERK on
treatment", "pSTAT3-positive tumours"), so the form is a Biomarker of kind ``phosphorylation`` named "phospho-X" by the
gene or family X (the written forms its synonyms), and the gene keeps the facts said of the gene. A spelled form
("phosphorylated ERK", "phospho-ERK", "p-ERK") is the marker only where the sentence measures it, a word of level,
staining or sign before or after it or its glued abbreviation in brackets after it; elsewhere ("Phosphorylated AXL
restimulated the PI3K pathway") it is the active protein, the gene. A glued form ("pERK") is lab notation for what was
measured, always the marker.

A phosphorylated form said to be raised ("elevated p-STAT3 levels", "increased phospho-AKT") is the gene's activation,
a mechanism (builders/mechanism_names.py), and "phosphorylated" after a noun is the verb ("IL-6 phosphorylated JAK1"):
neither is read here. The protein must be a gene or gene family the vocabularies know, written right after the
phospho word, or glued to a lower-case "p" ("pERK", "pAKT"; "pMMR", "pCR", "pT3" name no gene and are left alone).
The process noun "ERK phosphorylation" stays the gene's activity (the rules read it as such).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.mechanism_names import raised_phospho_at
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# a sentence that may name a phosphorylated protein
MAY_PHOSPHO = lazy_compile(r"[Pp]hospho|(?<![A-Za-z0-9])p-?[A-Z][A-Z0-9]")
# the phospho word right before a gene mention ("phosphorylated ERK", "phospho-AKT", "p-STAT3")
_PHOSPHO_BEFORE = lazy_compile(r"(?<![A-Za-z0-9\-])(?:(?P<adj>[Pp]hosphorylated)\s+|[Pp]hospho-?\s?|p-)$")
# "phosphorylated" as an adjective, after the sentence's start, a bracket or comma, a function word or a word of level or
# place; after a noun it is the verb ("IL-6 phosphorylated JAK1", "the added factor phosphorylated STAT3")
_ADJECTIVE_PLACE = lazy_compile(r"(?:^|[(\[,;:/]\s*|(?<![A-Za-z])(?:of|the|a|an|and|or|with|without|in|for|on|by|to|that|than|"
                                r"total|low|lower|reduced|decreased|diminished|less|more|baseline|basal|nuclear|"
                                r"cytoplasmic|tumou?r|intratumou?ral|plasma|serum|residual|constitutively)\s+)$", re.I)
# a gene glued to a lower-case "p", its number range after it maybe ("pERK1/2", "pSTAT3"); a sign after a hyphen stays
# outside the name ("pSTAT3-positive")
_GLUED = lazy_compile(r"(?<![A-Za-z0-9\-])p(?P<gene>[A-Z][A-Z0-9]{1,7}(?:-[0-9]{1,2})?)(?P<range>\d?/\d)?"
                    r"(?=-(?:positive|negative|high|low)\b|(?![A-Za-z0-9\-]))")


# a spelled phosphorylated form is measured where a word of level, staining or sign stands before or after it ("reduced
# levels of phosphorylated ERK", "phospho-AKT staining", "p-ERK-positive"), or its glued abbreviation follows in brackets
# ("phosphorylated STAT3 (pSTAT3)"); elsewhere it is the active protein doing something ("Phosphorylated AXL
# restimulated the PI3K pathway"), the gene's
_MEASURED_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:(?:levels?|expression|staining|amounts?|loss|abundance|decrease|"
                                r"reduction)\s+(?:of\s+|for\s+)?(?:the\s+)?|(?:reduced|decreased|lower|low|diminished|"
                                r"baseline|basal|total|residual|nuclear|cytoplasmic|tumou?r|intratumou?ral)\s+)$", re.I)
_MEASURED_AFTER = lazy_compile(r"(?:[-\s]+(?:levels?|expression|staining|immunostaining|positivity|positive|negative|"
                               r"status|IHC|signals?|intensity|scores?)\b|\s*\(p-?[A-Z][A-Za-z0-9]*\))", re.I)
# a tool or reagent named by the phosphorylated form ("a phospho-RTK array", "phospho-ERK antibodies"): no marker
_TOOL_AFTER = lazy_compile(r"[-\s]+(?:arrays?|antibod\w*|assays?|proteomics?|specific|sites?|peptides?|kits?)\b", re.I)


def phospho_entity(gene: Entity, written: str) -> Entity:
    """The marker of the phosphorylated form of ``gene``, named "phospho-<gene>".

    >>> phospho_entity(Entity("crc:gene_family_erk", "Gene", "ERK"), "pERK").name
    'phospho-ERK'
    """
    from builders.patterns import short_aliases

    name = f"phospho-{gene.name}"
    forms = {written}
    for n in (gene.name, *short_aliases(gene)):  # the protein's short names too ("phospho-FAK" of PTK2)
        forms |= {f"phospho-{n}", f"phosphorylated {n}", f"p-{n}", f"p{n}", f"phospho {n}"}
        forms |= {f"{f} {w}" for f in (f"p{n}", f"phospho-{n}") for w in ("positivity", "expression", "levels")}
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(forms - {name})), (),
                  (("biomarker_kind", "phosphorylation"), ("gene", gene.name)))


def phospho_markers(vocab, text: str, mentions: list) -> list:
    """``mentions`` with each phosphorylated protein read as its phospho marker (the gene mention it covers taken)."""
    out = list(mentions)
    for m in mentions:
        if m.entity.category != "Gene":
            continue
        before = _PHOSPHO_BEFORE.search(text, max(0, m.start - 16), m.start)
        if before is None or _TOOL_AFTER.match(text, m.end) or raised_phospho_at(text, m) or \
                before.group("adj") and not _ADJECTIVE_PLACE.search(text, max(0, before.start() - 24), before.start()):
            continue  # (a raised phosphorylated form is the gene's activation: builders/mechanism_names.py)
        if not (_MEASURED_BEFORE.search(text, max(0, before.start() - 30), before.start()) or
                _MEASURED_AFTER.match(text, m.end)):
            continue
        start = before.start()
        out.remove(m)
        out.append(_mention(start, m.end, text, phospho_entity(m.entity, text[start:m.end])))
    for g in _GLUED.finditer(text):
        if any(x.start < g.end() and g.start() < x.end for x in out) or _TOOL_AFTER.match(text, g.end()):
            continue
        symbol = g.group("gene")
        # "pERK1/2": the numbered members together are the family ("ERK"), else the one gene
        gene = _gene(vocab, symbol.rstrip("0123456789")) if g.group("range") else None
        gene = gene or _gene(vocab, symbol)
        if gene is None:
            continue
        out.append(_mention(g.start(), g.end(), text, phospho_entity(gene, g.group())))
    changed = len(out) != len(mentions) or any(x is not y for x, y in zip(out, mentions))
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else mentions


def _gene(vocab, symbol: str) -> Entity | None:
    """The Gene (a family too) ``symbol`` names: an approved symbol or family, or a curated protein name; None for a
    word the vocabularies give no gene ("MMR", "CR")."""
    gene = vocab.gene_entity(symbol)
    if gene is None and symbol in vocab.alias_terms:
        gene = vocab.gene_entity(vocab.alias_terms[symbol])
    return gene if gene is not None and gene.category == "Gene" else None
