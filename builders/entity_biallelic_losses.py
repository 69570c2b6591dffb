"""A gene lost on both alleles: "biallelic loss of the gene for β2-microglobulin (B2M)", "B2M biallelic loss",
"bi-allelic inactivation of SMAD4", "homozygous deletion of PTEN".

Losing both copies of a gene (a deletion of one and a mutation or deletion of the other, or a homozygous deletion)
leaves no working product; papers name it apart from a loss of one copy or of expression, and tie it to resistance
(B2M, JAK1/2 under checkpoint blockade). The gene's alteration is read as "<gene> biallelic loss" (or "<gene>
homozygous deletion"), of kind loss, whether the word for both alleles stands before a loss the alteration reader
made ("biallelic loss of ...", "biallelic B2M loss") or before or after the gene with a word for the loss ("B2M
biallelic loss", "bi-allelic inactivation of SMAD4").
"""
from __future__ import annotations

import dataclasses
import re

from builders.lazy_patterns import lazy_compile

MAY_BIALLELIC = lazy_compile(r"bi-?allelic|homozygous", re.I)
_BOTH = r"(?P<both>bi-?allelic|homozygous)"
_LOSS = r"(?P<loss>loss|losses|deletions?|inactivation|inactivations|knockout)"
# the word for both alleles right before a loss mention ("biallelic loss of ...", "homozygous PTEN deletion")
_BOTH_BEFORE = lazy_compile(_BOTH + r"\s+\Z", re.I)
# after the gene ("B2M biallelic loss"), or before it ("bi-allelic inactivation of (the gene for) SMAD4")
_AFTER_GENE = lazy_compile(r"[-\s]+" + _BOTH + r"\s+" + _LOSS + r"(?![\w\-])", re.I)
_BEFORE_GENE = lazy_compile(r"(?<![\w\-])" + _BOTH + r"\s+" + _LOSS + r"\s+of\s+(?:the\s+)?(?:(?:gene|genes)\s+(?:for|encoding)\s+)?"
                            r"\Z", re.I)


def biallelic_losses(vocab, text: str, mentions: list, rec, alteration_entity, make_mention) -> list:
    """Mentions with each loss of both alleles of a gene read as that gene's biallelic loss."""
    out, replaced = [], {}
    for m in mentions:
        e = m.entity
        gene = None
        start, end, both = m.start, m.end, None
        if e.category == "Alteration" and e.attr("alteration_kind") == "loss" and e.attr("gene"):
            before = _BOTH_BEFORE.search(text, max(0, m.start - 14), m.start)
            if before is not None:
                gene, start, both = vocab.gene_entity(e.attr("gene")), before.start(), before.group("both")
        elif e.category == "Gene" and not e.attr("family"):
            after = _AFTER_GENE.match(text, m.end)
            before = None if after else _BEFORE_GENE.search(text, max(0, m.start - 60), m.start)
            if after is not None or before is not None:
                gene, both = e, (after or before).group("both")
                start, end = (m.start, after.end()) if after else (before.start(), m.end)
        if gene is None:
            out.append(m)
            continue
        detail = "homozygous deletion" if both.lower() == "homozygous" else "biallelic loss"
        alt = alteration_entity(gene, "loss", detail)
        first, last = detail.split()
        alt = dataclasses.replace(alt, synonyms=tuple(sorted({*alt.synonyms, f"{first} {gene.name} {last}",
                                                              f"{detail} of {gene.name}"})))
        rec.imply(alt, "alteration_of", gene)
        if e.category == "Alteration":
            replaced[e.id] = (e, alt)
        out.append(make_mention(start, end, text, alt))
    kept = {m.entity.id for m in out}
    for old, alt in replaced.values():
        if old.id not in kept:  # the plain loss the alteration reader made is this loss, named more fully
            rec.pass_on(old, alt)
    return out
