"""(s43 ent) A wild-type status written with the liquid specimen it was read in.

"RAS/BRAF WT ctDNA", "plasma RAS/BRAF WT circulating tumor DNA", "ctDNA RAS wild-type", "RAS wild-type in cfDNA":
the status of the genes as the blood DNA shows it, one Biomarker of its own ("ctDNA RAS/BRAF wild-type"), as the
specimen-marked alterations are ("ctDNA KRAS mutation", read in :func:`builders.patterns.biomarkers`). Only a
specimen next to the status counts: the DNA as the head noun right after it (preferred when a specimen word stands
on both sides: "plasma ... WT circulating tumor DNA" is a status of the ctDNA), a specimen word right before it,
or one after "in"/"detected in". A specimen named elsewhere in the sentence ("ctDNA was analysed; patients with RAS
wild-type tumours ...") is no mark of this status.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# the blood DNA however spelt, its short form also given in a bracket inside it ("circulating tumour (ct) DNA",
# "cell-free (cf) DNA")
_DNA = r"(?:ctDNA|cfDNA|circulating tumou?r (?:\(ct\) )?DNA|circulating cell[- ]free DNA|cell[- ]free (?:\(cf\) )?DNA)"
# the DNA as the head noun right after the status: "RAS/BRAF WT ctDNA", "RAS wild-type circulating tumour DNA"
_NOUN_AFTER = lazy_compile(r"\s+(?P<spec>" + _DNA + r"|plasma DNA)(?![A-Za-z])", re.I)
# the specimen said after it: "RAS wild-type in ctDNA", "RAS/BRAF wild-type detected in plasma"
_IN_AFTER = lazy_compile(r"\s+(?:(?:was\s+|were\s+)?detected\s+)?(?:in|by)\s+(?:the\s+)?"
                         r"(?P<spec>" + _DNA + r"|plasma DNA|plasma)(?![A-Za-z])", re.I)
# a specimen word right before it: "plasma RAS wild-type", "ctDNA RAS/BRAF wild-type"
_JUST_BEFORE = lazy_compile(r"(?<![\w\-])(?P<spec>" + _DNA + r"|plasma|liquid biopsy)\s+\Z", re.I)

# a status already named by its specimen
_MARKED = lazy_compile(r"(?:ctDNA|cfDNA|plasma|liquid biopsy) ")


def specimen_name(spec: str) -> str:
    """The name a liquid-biopsy marker takes from its specimen's words (the one definition: readers of the blood DNA
    name a specimen only through it).

    An alteration or status a liquid biopsy shows is read in its circulating tumour DNA: the marker is named by
    the ctDNA (its liquid-biopsy name a synonym, :func:`written_specimen`). Cell-free DNA is cfDNA however spelt,
    "circulating cell-free DNA" too; plasma and its DNA are plasma.

    >>> specimen_name("circulating tumour DNA"), specimen_name("blood"), specimen_name("cell-free DNA")
    ('ctDNA', 'plasma', 'cfDNA')
    >>> specimen_name("liquid biopsies"), specimen_name("ct-DNA"), specimen_name("circulating cell-free DNA")
    ('ctDNA', 'ctDNA', 'cfDNA')
    >>> specimen_name("plasma DNA"), specimen_name("cf-DNA"), specimen_name("serum")
    ('plasma', 'cfDNA', 'serum')
    """
    if re.match(r"cf|cell[- ]?free|circulating\s+cell", spec, re.I):
        return "cfDNA"  # (one name for the one specimen: "cell-free DNA" is cfDNA)
    if re.match(r"ct|circulating|liquid", spec, re.I):
        return "ctDNA"
    return "plasma" if re.match(r"(?:blood|plasma)(?:\s+DNA)?$", spec, re.I) else spec.strip()


def written_specimen(spec: str) -> str:
    """The specimen's own words where its marker is named otherwise ("liquid biopsy" of a ctDNA marker), else "".

    >>> written_specimen("liquid biopsies"), written_specimen("ctDNA")
    ('liquid biopsy', '')
    """
    return "liquid biopsy" if re.match(r"liquid", spec, re.I) else ""


def liquid_status(text: str, m):
    """The mention of the wild-type status ``m`` (a Biomarker mention) in the specimen written next to it, or None.

    >>> from kg.model import Entity
    >>> from builders.pattern_mentions import _mention
    >>> wt = Entity("crc:biomarker_ras_wild_type", "Biomarker", "RAS wild-type", ("wild-type RAS",), (),
    ...             (("biomarker_kind", "wild_type"), ("gene", "RAS")))
    >>> text = "patients with RAS wild-type ctDNA"
    >>> liquid_status(text, _mention(14, 27, text, wt)).entity.name
    'ctDNA RAS wild-type'
    """
    if _MARKED.match(m.entity.name):
        return None  # the status already read in its specimen
    found = _NOUN_AFTER.match(text, m.end) or _IN_AFTER.match(text, m.end) or \
        _JUST_BEFORE.search(text, max(0, m.start - 30), m.start)
    if found is None:
        return None
    e = m.entity
    spec = specimen_name(found.group("spec"))
    name = f"{spec} {e.name}"
    written = written_specimen(found.group("spec"))
    synonyms = tuple(sorted({f"{spec} {s}" for s in e.synonyms} | {f"{e.name} {spec}"} |
                            ({f"{written} {e.name}"} if written else set()) - {name}))
    # still a wild-type status (the guards that keep a status from reading as a cause of resistance see it so)
    attrs = (("biomarker_kind", "wild_type"), ("gene", e.attr("gene") or ""))
    entity = Entity(mint("biomarker", name), "Biomarker", name, synonyms, (), attrs)
    return _mention(min(found.start(), m.start), max(found.end(), m.end), text, entity)
