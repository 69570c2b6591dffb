"""The count of evaluable patients that closes a sentence of values, read for the trial reader (builders/trials_text.py).

A report may give an arm's values and then, at the sentence's end, the patients they were measured in: "A alone
resulted in an ORR of 22% and a DCR of 87% among 45 evaluable patients", "The addition of B increased the ORR to 43%
among 28 evaluable patients", "A gave a median PFS of 5.6 months (95% CI 4.1-8.3) in 40 response-evaluable patients".
That count is the sample of the values before it: it goes to the one arm those values went to, labelled "evaluable"
("evaluable for response" when the words say for what), beside the arm's enrolled count, which stays its n.

This module only reads the words (:func:`closing_count`); the trial reader knows which arm took the sentence's values
(nothing is read when they went to two arms, "22% vs 10% among 80 evaluable patients", or to none).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# "... 87% among 45 evaluable patients.", "... 5.6 months (95% CI 4.1-8.3) in 40 response-evaluable patients [12]."
# (the count right after a value, its unit, a bracket of its interval or P value, and a comma between)
_CLOSING = prefiltered(lazy_compile(
    r"(?P<gap>\s*(?:%|percent|months?|mo|weeks?)?\s*(?:\([^()]{0,80}\)\s*|\[[^\[\]]{0,80}\]\s*)?,?\s*)"
    r"\b(?:among|in)\s+(?:the\s+|all\s+)?(?P<n>\d{1,4})\s+(?:(?:(?:response|efficacy|RECIST)[\s\-]+)?"
    r"(?:evaluable|assessable)\s+(?:patients|participants|pts|subjects)|"
    r"(?:patients|participants|pts|subjects)\s+(?:who\s+were\s+)?(?:evaluable|assessable))"
    r"(?:\s+for\s+(?P<for>(?:[\w\-]+\s+){0,2}?(?:efficacy|response|activity|survival)))?"
    r"\s*(?:\[[\d,\s\-–]+\])?\s*\.?\s*$", re.I))
# a number with what ends it: the value the count closes
_VALUE_END = lazy_compile(r"\d(?:[.,]\d+)?\s*(?:%|percent|months?|mo|weeks?)?\s*$", re.I)


class ClosingCount(NamedTuple):
    count: int
    start: int  # where the count stands
    end: int
    label: str  # "evaluable", "evaluable for response"


def closing_count(text: str) -> ClosingCount | None:
    """The count of evaluable patients closing a sentence right after one of its values, or None.

    >>> closing_count("A alone resulted in an ORR of 22% and a DCR of 87% among 45 evaluable patients.")[:1]
    (45,)
    >>> closing_count("Median PFS was 5.6 months (95% CI 4.1-8.3) in 40 patients evaluable for response.").label
    'evaluable for response'
    >>> closing_count("Stable disease was seen in 12 evaluable patients.") is None
    True
    """
    m = _CLOSING.search(text)
    if m is None or _VALUE_END.search(text, 0, m.start("gap")) is None:
        return None
    if not 2 <= int(m.group("n")) <= 5000:
        return None
    label = f"evaluable for {m.group('for').lower()}" if m.group("for") else "evaluable"
    return ClosingCount(int(m.group("n")), m.start("n"), m.end("n"), label)
