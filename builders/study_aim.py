"""The therapy a report's own study sets out to test, from the sentence that states its aim.

"Here, we aimed to evaluate the efficacy and safety of A plus B in patients with ..." names the therapy the
report studies; a later results sentence that speaks of it only as "the combination" or "the treatment" ("Patients
with X derived greater benefit from the combination") is about it. Only an aim the report states for itself ("we
aimed", "this study aimed", "the aim of this study was", "the aim of the X trial is", or its own cohort told by what
was done with it: "We evaluated the outcome of patients ... treated with A in combination with B") and only when the
aim names exactly one therapy.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from kg.model import Entity

_OWN_AIM = prefiltered(lazy_compile(
    r"\b(?:we|this\s+(?:study|trial|analysis)|the\s+(?:present|current)\s+(?:study|trial|analysis))\s+"
    r"(?:aimed|aims|sought|set\s+out|was\s+designed)\s+to\s+(?:evaluate|assess|investigate|explore|examine|determine)\b"
    r"|\b(?:aim|purpose|objective)\s+of\s+(?:this|the\s+present|the\s+current|our)\s+(?:study|trial|analysis)\s+"
    r"(?:was|is)\s+to\s+(?:evaluate|assess|investigate|explore|examine|determine)\b"
    # the report's own trial named in its aim ("The aim of the HERACLES-B trial is to assess the efficacy of A plus B")
    # (a trial's name: capitals or a digit in it, not a word such as "previous" or "their")
    r"|\b(?:aim|purpose|objective)\s+of\s+(?:the\s+)?(?-i:(?=[A-Z][\w-]*(?:[A-Z]|\d))[A-Z][\w-]*)\s+(?:study|trial)\s+"
    r"(?:was|is)\s+to\s+(?:evaluate|assess|investigate|explore|examine|determine)\b"
    # s59: the report's own cohort told by what was done with it ("We evaluated the outcome of patients with MSS mCRC
    # who were treated with A in combination with B", "we retrospectively reviewed the records of patients treated
    # with A")
    r"|\bwe\s+(?:retrospectively\s+|prospectively\s+)?(?:evaluated|assessed|analy[sz]ed|reviewed|examined|"
    r"investigated)\s+(?:the\s+)?(?:clinical\s+)?(?:outcomes?|efficacy|records|data)\s+of\s+(?:all\s+|consecutive\s+)?"
    r"patients\b", re.I))


def aim_therapy(norm: str, mentions: list, therapy_categories: tuple) -> Entity | None:
    """The one therapy named after an own-study aim in ``norm`` (``mentions`` from the sentence's recognition),
    or None."""
    found = _OWN_AIM.search(norm)
    if found is None:
        return None
    named = list(dict.fromkeys(m.entity for m in mentions
                               if m.start >= found.end() and m.entity.category in therapy_categories))
    if len(named) > 1:
        # "the combination of A and B (B')": a drug named again in brackets is a part of the combination named
        parts = {part for e in named if e.category == "Regimen" for part in e.name.split(" + ")}
        named = [e for e in named if e.category == "Regimen" or e.name not in parts]
    return named[0] if len(named) == 1 else None
