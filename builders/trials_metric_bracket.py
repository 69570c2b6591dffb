"""The values a metric gives in a bracket of its own, read for the trial reader (builders/trials_placing.py).

A results sentence may list several metrics, each with its values in a bracket right after it: "No differences were
seen in the disease control rate (91% vs 93%, P = .496), early tumour shrinkage rate (57% vs 58%) or resection rate".
A metric the reader knows owns only the values of its bracket; the values after the bracket belong to the next item
of the list, whether or not the reader knows that item as a metric.

Not read: a bracket that opens with a confidence interval or another statistic ("the ORR (95% CI, 30-50%) was 40%"),
nor a bracket that opens with words ("the ORR (by central review) was 40%").
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_NUM = r"\d{1,4}(?:\.\d+)?"
_UNIT = r"(?:\s*(?:%|percent\b|months?\b|mos?\b|m\b|weeks?\b))?"
# "(91% vs 93%, P = .496)", "(12.7 versus 12.3 months;", "(73%)", "(9.1 v 7.6 months)": the bracket opens with a value and
# the value is followed by a second side, a separator or the bracket's end, never by "CI" ("(95% CI ...")
_OPENS_WITH_VALUES = lazy_compile(
    rf"\s*(?:rates?\s*)?\(\s*{_NUM}{_UNIT}\s*(?:(?:vs\.?|versus|v\.?)\s*{_NUM}{_UNIT}\s*)?(?=[,;)]|\s*[,;)])", re.I)


def bracket_end(text: str, end: int) -> int | None:
    """Where the bracket that opens right after a metric ending at ``end`` closes, when the bracket opens with that
    metric's value(s) (see the module's note); None otherwise, and when the bracket never closes."""
    m = _OPENS_WITH_VALUES.match(text, end)
    if m is None:
        return None
    depth, k = 0, text.index("(", end)
    while k < len(text):
        ch = text[k]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return None
