"""A molecule or non-coding RNA, or a list of them, called a marker of outcome or response.

"A, B and C, which are predictive factors for treatment sensitivity", "Xs may serve as promising diagnostic and
prognostic biomarkers", "exploring Ys as new molecular targets and prognostic markers", "Z is an independent prognostic
indicator", "W was identified as predictive of lack of benefit", "V and W predicted lack of benefit": what marks the outcome is the product's level, a biomarker (``A expression``), as "A expression" written
out already is. Only molecules (a ligand, a cytokine, a kind of ncRNA) and genes the sentence names as ncRNAs before them
("four lncRNAs, including A, B and C, which are ..."): a protein-coding gene called a marker ("KRAS is a predictive
marker") stands for its mutation status, which this does not guess. A marker word of another kind ("therapeutic
targets" alone) or a level word already after the name (read by ``patterns.biomarkers``) gives nothing here.
"""
from __future__ import annotations

import re

from builders.cell_processes import _LIST_GAP
from builders.lazy_patterns import lazy_compile

_KIND = (r"(?:diagnostic|predictive|prognostic)(?:\s*(?:,|and|or|and/or)\s*(?:diagnostic|predictive|prognostic))*\s+"
         r"(?:bio)?(?:markers?|factors?|indicators?|predictors?)\b")
_FILL = r"(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"  # "a new", "promising", "an independent"
_CALLED_AFTER = lazy_compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:may|might|could|can|would)\s+)?(?:are|is|be|were|was|"
    r"(?:serve|serves|act|acts|function|functions)\s+as|represent|represents|emerge\s+as|emerged\s+as)\s+" + _FILL + _KIND +
    r"|\s+as\s+(?:(?:a|an)\s+)?(?:[\w\-]+\s+){0,5}?" + _KIND +
    # "PlGF was identified as predictive of lack of benefit": the product said to be predictive of an outcome
    r"|\s*,?\s*(?:(?:which|that)\s+)?(?:(?:may|might|could|can|would)\s+be|is|are|was|were)\s+"
    r"(?:(?:identified|found|shown|confirmed|reported)\s+(?:as|to\s+be)\s+)?"
    r"(?:(?:also|independently|significantly|strongly)\s+)?predictive\s+of\b"
    # "PlGF and VEGF-D predicted lack of benefit", "OPN may predict poor survival": the product as the subject of
    # "predict" with the outcome it predicts as the object (not "predicted by", not "predicted that")
    r"|\s*,?\s*(?:(?:which|that)\s+)?(?:(?:may|might|could|can|would|did\s+not|does\s+not|do\s+not)\s+)?"
    r"(?:(?:also|independently|significantly|strongly)\s+)?predict(?:s|ed)?\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:lack\s+of|no|poor(?:er)?|worse|better|improved|shorter|longer|reduced|increased|"
    r"greater|inferior|superior|favou?rable|unfavou?rable)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:benefit|response|survival|outcomes?|resistance|sensitivity|efficacy|PFS|OS|prognosis)\b", re.I)
# the kinds of RNA, singular
_NCRNA_KINDS = r"lncRNA|long\s+non-?coding\s+RNA|miRNA|microRNA|circRNA|ncRNA|non-?coding\s+RNA"
# the kind of RNA a sentence names before the genes it lists ("four hub lncRNAs ..., including A, B and C")
_NCRNA_HEAD = lazy_compile(rf"\b(?:{_NCRNA_KINDS})s?\b[^.;]{{0,160}}$", re.I)
# a kind of RNA in the plural, named before the items it has ("two miRNAs, A and B")
_KIND_WORD = lazy_compile(rf"(?:{_NCRNA_KINDS})s", re.I)
_MAX_ITEMS = 8
_HEAD_REACH = 200


def _may_mark(entity) -> bool:
    return entity.category in ("Gene", "Molecule") and not entity.attr("family")


def called_marker_chain(text: str, ordered: list, index: int) -> list:
    """The mentions of a list ending at ``ordered[index]`` (a gene or molecule of no family, as the caller checks)
    that the words after call markers ("..., which are predictive factors"), first to last; [] when none is called so, or when a gene among them is no ncRNA the sentence
    names as such."""
    last = ordered[index]
    if not _CALLED_AFTER.match(text, last.end):
        return []
    chain = [last]
    j = index - 1
    while j >= 0 and len(chain) < _MAX_ITEMS:
        prev = ordered[j]
        if prev.end > chain[0].start:  # a mention inside or over the item (its long name, a family)
            j -= 1
            continue
        if not _may_mark(prev.entity) or not _LIST_GAP.fullmatch(text, prev.end, chain[0].start) or \
                _KIND_WORD.fullmatch(text, prev.start, prev.end):
            break  # ("Two miRNAs, A and B, could act as ...": the kind named before the items is none of them)
        chain.insert(0, prev)
        j -= 1
    if any(c.entity.category == "Gene" for c in chain) and \
            not _NCRNA_HEAD.search(text, max(0, chain[0].start - _HEAD_REACH), chain[0].start):
        return []
    return chain
