"""The document's own resistance state that a therapy turning the tumour "hot" or "inflamed" reverses.

A text may name a tumour state as a way of resisting immunotherapy in one place ("a T-cell-excluded phenotype which
is a major obstacle for immunotherapies", "immune-cold tumours resist anti-PD-1") and, in another, say that a therapy
moves the tumour to the opposite state without naming the state it leaves ("drugA shifted the microenvironment to a
T-cell-inflamed phenotype", "inhibiting GENE1 turned tumours into inflamed ones"). What the therapy overcomes is
the document's own mechanism for the state left: :func:`cold_state_named` finds it (one pass over the document,
kept for its other sentences). A document that names no such state as a resistance gets nothing: no mechanism is
made up from the rescue sentence alone.
"""
from __future__ import annotations

import re

from builders.context import sentences_speaking
from builders.lazy_patterns import lazy_compile

# the states a tumour turned inflamed or hot has left: few immune cells let in (vocabulary names)
COLD_STATES = ("immune-cold tumor microenvironment", "T-cell exclusion")

# a sentence that names a state as a way of resisting, or as what stands in a therapy's way
_RESISTING_TALK = lazy_compile(r"resist|refractor|unresponsive|insensitiv|obstacle|barrier|hinder|impede|"
                               r"limit\w* (?:the )?(?:efficacy|response|benefit|activity)|poor(?:ly)? respon|"
                               r"(?:lack|absence|failure) of (?:response|benefit|efficacy)", re.I)


def _scan(reading) -> list:
    """The cold states the document names in sentences that speak of resisting, most often named first (ties:
    the first named); each as its vocabulary entity."""
    wanted = {mid for mid in map(reading.vocab.resolve, COLD_STATES) if mid}
    counts: dict[str, int] = {}  # in the order first named (a stable sort keeps it among ties)
    found: dict = {}  # (id: its entity)
    for _, rec in sentences_speaking(reading, _RESISTING_TALK):
        for mention in rec.mentions:
            e = mention.entity
            if e.id in wanted and e.category == "ResistanceMechanism":
                counts[e.id] = counts.get(e.id, 0) + 1
                found[e.id] = e
    return [found[i] for i in sorted(counts, key=lambda i: -counts[i])]


def cold_state_named(reading):
    """The document's own cold state (immune-cold tumour microenvironment or T-cell exclusion) named where it speaks
    of resisting: the one named most often there, or None when it names none."""
    states = reading.document_wide("cold_states_named", _scan)
    return states[0] if states else None
