"""The markers a document ties to a worse outcome of treatment.

"In patients with wild-type KRAS, the presence of BRAF mutation was associated with lower disease control rate and
shorter progression-free survival" says that BRAF mutation marks the patients a therapy helps less, whether or not the
sentence names the therapy. A later sentence that calls the marker "a predictive marker for responsiveness to" the
therapy names no direction of its own; the document has given it. :func:`worse_outcome_markers` scans a document once
and returns the entity ids of the markers (alterations, statuses, levels) written as the subject of such a worse
outcome: a lower, shorter, poorer, reduced or inferior response, disease control, progression-free survival,
benefit or efficacy (survival alone, and prognosis, say how a disease goes, not how a therapy works).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.level_direction import mentions_before
from builders.prefilter import prefiltered
from kg.groups import CARRIER

_WORSE = lazy_compile(
    r"\b(?:(?:was|were|is|are|been)\s+)?(?:significantly\s+|strongly\s+|independently\s+)?"
    r"(?:associated\s+with|correlated\s+with|linked\s+to|related\s+to|had|have|has|showed|show|exhibited|experienced|"
    r"displayed|predicted|conferred|resulted\s+in)\s+(?:(?:a|an|the|significantly|markedly|substantially)\s+)*"
    r"(?:lower|shorter|worse|poorer|reduced|decreased|inferior|diminished|less)\s+(?:\w+\s+){0,2}?"
    r"(?:response|responses|responsiveness|disease\s+control|DCR|ORR|PFS|progression-free|benefit|efficacy|"
    r"sensitivity)(?![\w-])", re.I)
SUBJECT_REACH = 120  # characters before the verb where its subject (the marker) stands


def scan_worse_outcome_markers(reading) -> frozenset[str]:
    """Ids of the markers written as the subject of a worse outcome in some sentence of the document."""
    found: set[str] = set()
    for sentence in getattr(reading.doc, "sentences", ()):
        for match in _WORSE.finditer(sentence.norm):
            for x in mentions_before(reading, sentence, match.start(), SUBJECT_REACH):
                if x.entity.category in CARRIER and x.entity.attr("alteration_kind") != "wild_type":
                    found.add(x.entity.id)
    return frozenset(found)


def worse_outcome_markers(reading) -> frozenset[str]:
    """:func:`scan_worse_outcome_markers`, one pass per document."""
    return reading.document_wide("worse_outcome_markers", scan_worse_outcome_markers)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_WORSE = prefiltered(_WORSE)
