"""Fluorouracil abbreviated "FU" beside the way it is given: "bolus FU", "infusional FU", "FU infusions",
"FU bolus". "FU" alone is ambiguous (follow-up), but a bolus or an infusion is a drug's schedule, so there the
letters are fluorouracil and join the other drugs of the cycle ("irinotecan, bolus FU and leucovorin")."""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

SCHEDULED_FU = lazy_compile(r"(?<![\w\-/])(?:(?:bolus|infusional|continuous[- ]infusion)\s+(?P<after>FU)|"
                            r"(?P<before>FU)\s+(?:bolus|infusions?))(?![\w\-/])")
MAY_SCHEDULED_FU = lazy_compile(r"FU\s+(?:bolus|infusion)|(?:bolus|infusional|infusion)\s+FU")


def scheduled_fu(r, text: str, mentions: list, make_mention) -> list:
    """``mentions`` with each scheduled "FU" read as fluorouracil where nothing was read on it.

    >>> from builders.recognize import Recognizer
    >>> from builders.pattern_mentions import _mention
    >>> from kg.vocab import load_vocabulary
    >>> text = "Cycles gave oxaliplatin, bolus FU and leucovorin."
    >>> [(m.text, m.entity.name) for m in scheduled_fu(Recognizer(load_vocabulary()), text, [], _mention)]
    [('FU', 'fluorouracil')]
    """
    drug = r.vocab.by_name.get("fluorouracil")
    if drug is None:
        return mentions
    added = []
    for m in SCHEDULED_FU.finditer(text):
        group = "after" if m.group("after") else "before"
        start, end = m.span(group)
        if any(x.start < end and start < x.end for x in mentions):
            continue  # read already (a short form the document defines)
        added.append(make_mention(start, end, text, r.vocab.entities[drug]))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: (x.start, x.end))
