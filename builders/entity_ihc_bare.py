"""An immunohistochemistry score written without its gene, after the gene the sentence scores: "HER2-positive
(IHC 3+ or IHC 2+/ISH+), cohort B (IHC 2+/ISH-), or cohort C (IHC 1+)".

A trial report names its cohorts by the staining score alone once it has named the protein scored. A score with
"IHC" (or "immunohistochemistry") and no gene right before it (those are read by builders/ihc_scores.py) is the score
of the nearest gene before it in the sentence, when that gene (or the gene of the status or alteration named there,
"HER2-positive") is one whose protein is scored by staining; with the in-situ hybridisation result written with
it, positive or negative ("IHC 2+/ISH-"). A sentence that names no such gene before the score reads nothing.
"""
from __future__ import annotations

import re

from builders.ihc_scores import ihc_entity
from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, _overlaps

MAY_BARE_SCORE = lazy_compile(r"(?:IHC|immunohistochemistry)\]?\s*(?:score\s+(?:of\s+)?)?[0-3]\s?\+", re.I)
_BARE = lazy_compile(
    r"(?<![\w+])(?:immunohistochemistry\s*\[IHC\]|IHC|immunohistochemistry)\s*(?:score\s+(?:of\s+)?)?(?P<score>[0-3])\s?\+"
    r"(?![\w+])(?:\s*(?:/|and|with)\s*(?P<ish>F?ISH|SISH|CISH|in\s+situ\s+hybridi[sz]ation\s*\[ISH\])\s?"
    r"(?P<sign>\+|-|−|[-\s]positive|[-\s]negative)(?![\w+]))?")
# proteins scored by staining in colorectal cancer (HER2, EGFR, MET, PD-L1, HER3, AXL, FGFR2)
_SCORED = frozenset({"ERBB2", "EGFR", "MET", "CD274", "ERBB3", "AXL", "FGFR2"})


def bare_ihc_scores(vocab, text: str, mentions: list) -> list:
    """Mentions with each score written without its gene read as the score of the gene scored before it."""
    out = list(mentions)
    for x in _BARE.finditer(text):
        if _overlaps(x.start(), x.end(), out):
            continue
        before = [m for m in out if m.end <= x.start()]
        gene = _scored_gene(vocab, before[-1]) if before else None
        if gene is None:
            continue
        ish = x.group("ish") or ""
        ish = "ISH" if ish.lower().startswith("in") else ish.upper()
        sign = "-" if x.group("sign") and re.match(r"[-−]|[-\s]negative", x.group("sign")) else "+"
        entity = ihc_entity(gene, x.group("score"), ish, text[x.start():x.end()], sign)
        out.append(_mention(x.start(), x.end(), text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))


def _scored_gene(vocab, m):
    """The gene of mention ``m`` when its protein is scored by staining (a gene, or a status or alteration of one)."""
    e = m.entity
    if e.category == "Gene":
        return e if e.name in _SCORED else None
    symbol = e.attr("gene") if e.category in ("Biomarker", "Alteration") else None
    return vocab.gene_entity(symbol) if symbol in _SCORED else None
