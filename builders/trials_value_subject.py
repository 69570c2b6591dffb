"""The therapy a value's own clause gives it to as its subject: "A monotherapy showed an ORR of 19%", "A alone had a median
DOR of 4.1 months", "A plus B achieved a DCR of 55%".

A results sentence may name both arms of a trial before its first value ("comparing A monotherapy with A/B, A monotherapy
showed an ORR of 19%, while A/B showed an ORR of 46%"): the therapy named right before the verb of the value's clause is
whose value it is, whatever the sentence named before it. And when the trial's one known arm is a combination, a value
whose subject is one of its drugs given by itself ("A alone showed an ORR of 10%, while A plus B ...") is that single
agent's, never the combination's (the trial reader, builders/trials_placing.py, then leaves it out).

Only a subject that stands right before its verb counts: nothing but the therapy's own words ("monotherapy", "alone", a
bracketed aside) between the therapy and the verb, and nothing but the metric's words (no comma, semicolon or other clause
mark) between the verb and the value.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what stands between a therapy and its value when it is the value's subject: its own words, a bracket, the verb of a
# result, the metric's words up to the value ("monotherapy showed an ORR of ", " (n = 38) resulted in a confirmed
# objective response rate (cORR) of ")
_SUBJECT_TO_VALUE = lazy_compile(r"[\s\-]*(?:(?:monotherapy|alone|single[\s\-]agent|as\s+a\s+single\s+agent)\s*)?"
                                 r"(?:\([^()]{0,60}\)\s*)?(?:showed|achieved|had|yielded|produced|resulted\s+in|demonstrated)\s+"
                                 r"(?:an?\s+|the\s+)?(?:(?!\b(?:than|compared|versus|vs|while|whereas)\b)[^,;.]){0,80}?(?:\bof|\bat|:)?\s*", re.I)
# the words that say a therapy was given by itself
_ALONE_AFTER = lazy_compile(r"[\s\-]*(?:monotherapy|alone|single[\s\-]agent|as\s+a\s+single\s+agent)\b", re.I)


def is_subject(text: str, end: int, value_start: int) -> bool:
    """Whether the therapy whose mention ends at ``end`` is the subject of the value that starts at ``value_start``
    (only its own words, a result's verb and the metric's words between them)."""
    return 0 <= end <= value_start and value_start - end <= 200 and \
        _SUBJECT_TO_VALUE.fullmatch(text, end, value_start) is not None


def said_alone(text: str, end: int) -> bool:
    """Whether the therapy whose mention ends at ``end`` is said to be given by itself ("A monotherapy", "A alone")."""
    return _ALONE_AFTER.match(text, end) is not None


# a result's verb right after a therapy (its own words or a bracket between): the therapy opens its clause as subject
_VERB_AFTER = lazy_compile(r"[\s\-]*(?:(?:monotherapy|alone|single[\s\-]agent|as\s+a\s+single\s+agent)\s*)?(?:\([^()]{0,60}\)\s*)?"
                           r"(?:showed|achieved|had|yielded|produced|resulted\s+in|demonstrated)\b", re.I)


def clause_subject(text: str, therapies: list, value_start: int, clause_sep):
    """The therapy (of ``therapies``, mentions in sentence order) that is the subject of the value at ``value_start``:
    the last one standing right before the value's verb ("..., A monotherapy showed an ORR of 19%"), else the first of
    the value's clause (since the last mark of ``clause_sep`` before it) when a result's verb follows it ("A alone showed
    an ORR of 10% with a median DOR of 4.1 months": A for both); None when there is none."""
    start = 0
    for m in clause_sep.finditer(text, 0, value_start):
        start = m.end()
    within = [t for t in therapies if start <= t.start and t.end <= value_start]
    direct = [t for t in within if is_subject(text, t.end, value_start)]
    if direct:
        return direct[-1]
    if within and _VERB_AFTER.match(text, within[0].end):
        return within[0]
    return None
