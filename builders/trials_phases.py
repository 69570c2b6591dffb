"""The phases of one arm's treatment strategy given a value each, read for the trial reader
(builders/trials_placing.py).

A single-arm study of a strategy (induction, maintenance, reintroduction) may give a response rate per phase: "The
objective response rates were 55.8% for the initial A plus B therapy, 17.8% for C plus B maintenance therapy, and
31.0% for reintroduced A plus B therapy". None of them is the arm's overall rate: each is its phase's, labelled with
the phase as the text names it.
"""
from __future__ import annotations

import re

from builders.design_words import KEPT_ON, RENEWAL
from builders.lazy_patterns import lazy_compile

# the words of a phase: its first course, a therapy kept on after it, a therapy given again
_PHASE_WORD = rf"(?:initial|induction|reintroduced|{KEPT_ON}|{RENEWAL})"
# "55.8% for the initial A plus B therapy", "17.8% during maintenance": one value and the phase it is for, up to the
# next comma, semicolon or "and"
_PHASE_VALUE = lazy_compile(rf"(?P<v>\d{{1,3}}(?:\.\d{{1,2}})?)\s*%\s+(?:for|in|during|with)\s+(?:the\s+)?"
                            rf"(?P<phase>[^,;()%]{{2,90}}?)(?=\s*(?:,|;|\.\s|\.$|$|\band\s+\d))", re.I)
_HAS_PHASE = lazy_compile(rf"\b{_PHASE_WORD}\b", re.I)
# the rate the values are of, named before the first of them
_RATE = (("DCR", lazy_compile(r"\bdisease control rates?\b|\bDCRs?\b", re.I)),
         ("ORR", lazy_compile(r"\b(?:objective |overall )?response rates?\b|\bORRs?\b|\bRRs?\b", re.I)))
_TRAILING = lazy_compile(r"\s+(?:therapy|treatment|phase|period)$", re.I)


def phase_values(text: str) -> list[tuple[str, float, str]]:
    """The rate given per phase of one treatment strategy, as (metric, value, phase label): at least two values,
    each for a phase the text names by a phase word ("initial", "maintenance", "reintroduced"). Empty otherwise."""
    found = list(_PHASE_VALUE.finditer(text))
    if len(found) < 2 or not all(_HAS_PHASE.search(m.group("phase")) for m in found):
        return []
    before = text[:found[0].start()]
    metric = next((name for name, rate in _RATE if rate.search(before)), None)
    if metric is None:
        return []
    return [(metric, float(m.group("v")), _TRAILING.sub("", " ".join(m.group("phase").split()))) for m in found]
