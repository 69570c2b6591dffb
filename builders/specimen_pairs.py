"""(s47 markers) An alteration or status said in the specimens it was read in: tissue and blood DNA.

"HER2 amplification in tissue or ctDNA", "RAS and BRAF wild-type both on tumour tissue and on ct-DNA", "MET
amplification in ctDNA and/or tissue", "the RAS WT status on circulating tumor DNA (ct-DNA)": each specimen named
is a marker of its own, the status as that specimen shows it ("tissue ERBB2 amplification", "ctDNA ERBB2
amplification"), as the liquid-marked alterations are (``patterns.biomarkers``). Only specimens written right after
the alteration or status (with "status", "both", "in"/"on"/"from" between) count; a specimen named elsewhere in the
sentence is no mark of it. The alteration's own mention stays, and each specimen's marker is ``measured_by`` it.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.liquid_status import specimen_name
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# the blood DNA, however spelt ("ct-DNA", "circulating tumour DNA (ctDNA)", "cell-free DNA", "plasma")
_LIQUID = (r"(?:ct-?DNA|cf-?DNA|circulating\s+tumou?r\s+DNA|circulating\s+cell[- ]free\s+DNA|cell[- ]free\s+DNA|"
           r"plasma(?:\s+DNA)?|liquid\s+biops(?:y|ies))(?:\s*\((?:ct-?DNA|cf-?DNA)\))?")
_TISSUE = r"(?:(?:matched|paired|archival|primary|baseline)\s+){0,3}(?:tumou?r\s+)?(?:tissues?|biops(?:y|ies)|FFPE)"
_PREP = r"(?:in|on|from|by)\s+(?:the\s+)?"
_BOTH = r"(?:\s+status)?\s+(?:(?:was|were|is|are)\s+)?(?:(?:detected|confirmed|assessed)\s+)?(?:both\s+)?"
_JOIN = r"\s+(?:and/or|and|or|as\s+well\s+as)\s+(?:" + _PREP + r")?"
# "in tissue or ctDNA", "both on tumor tissue and on ct-DNA"
_TISSUE_THEN_LIQUID = lazy_compile(_BOTH + _PREP + r"(?P<tissue>" + _TISSUE + r")" + _JOIN +
                                   r"(?P<spec>" + _LIQUID + r")(?![A-Za-z])", re.I)
# "in ctDNA and/or tissue", "in plasma and in tumour biopsies"
_LIQUID_THEN_TISSUE = lazy_compile(_BOTH + _PREP + r"(?P<spec>" + _LIQUID + r")" + _JOIN +
                                   r"(?P<tissue>" + _TISSUE + r")(?![A-Za-z])", re.I)
# a wild-type status with the word "status" and the blood DNA after it: "RAS WT status on ct-DNA"
_STATUS_ON_LIQUID = lazy_compile(r"\s+status\s+(?:(?:was|were)\s+)?(?:(?:detected|confirmed|assessed)\s+)?" + _PREP +
                                 r"(?P<spec>" + _LIQUID + r")(?![A-Za-z])", re.I)


def _marker(e: Entity, spec: str, forms: tuple[str, ...]) -> Entity:
    """The status ``e`` as specimen ``spec`` shows it, named by the status's own name and its other ``forms``."""
    name = f"{spec} {e.name}"
    synonyms = {f"{spec} {f}" for f in forms} | {f"{e.name} in {spec}"}
    # still a wild-type status where it was one (the guards that keep a status from reading as a cause see it so);
    # an alteration in the blood DNA is a liquid-biopsy marker as ``patterns.biomarkers`` makes it
    if e.attr("biomarker_kind") == "wild_type":
        attrs = (("biomarker_kind", "wild_type"), ("gene", e.attr("gene") or ""))
    else:
        attrs = (("biomarker_kind", "tissue" if spec == "tissue" else "liquid_biopsy"),)
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (), attrs)


def specimen_markers(text: str, m, forms: tuple[str, ...] = ()) -> list:
    """The markers of the alteration or status mention ``m`` in the specimens written right after it (tissue and
    blood DNA, or the blood DNA after "status"), each a mention spanning the status and its specimens; [] if none.

    >>> from kg.model import Entity
    >>> amp = Entity("crc:alt_erbb2_amp", "Alteration", "ERBB2 amplification", ("HER2 amplification",), (),
    ...              (("alteration_kind", "amplification"), ("gene", "ERBB2")))
    >>> text = "patients with HER2 amplification in tissue or ctDNA responded"
    >>> [x.entity.name for x in specimen_markers(text, _mention(14, 32, text, amp), ("HER2 amplification",))]
    ['tissue ERBB2 amplification', 'ctDNA ERBB2 amplification']
    """
    pair = _TISSUE_THEN_LIQUID.match(text, m.end) or _LIQUID_THEN_TISSUE.match(text, m.end)
    if pair is not None:
        spec = specimen_name(pair.group("spec"))
        return [_mention(m.start, pair.end(), text, _marker(m.entity, "tissue", forms)),
                _mention(m.start, pair.end(), text, _marker(m.entity, spec, forms))]
    on = _STATUS_ON_LIQUID.match(text, m.end) if m.entity.attr("biomarker_kind") == "wild_type" else None
    if on is not None:
        spec = specimen_name(on.group("spec"))
        return [_mention(m.start, on.end(), text, _marker(m.entity, spec, forms))]
    return []
