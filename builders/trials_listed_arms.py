"""The regimens a results sentence lists before a "respectively" list of values, one value per regimen.

A report may give each arm's value through a list of its regimens closed by "respectively" ("Confirmed response rates
for A + B, A + C + B, and C + B were 10%, 21%, and 0%, respectively"), where its design named fewer arms (an add-on
written "A + B ± C" gives one arm, and the third combination appears only here). The regimens are runs of therapies
joined by "+", "plus" or "with" (never by "and" or a comma, which part the list's items) written as one list ("X, Y,
and Z", "X and Y") right before the verb that opens the values (or the bracket that holds them, "whether A or B (6.4
months vs. 5.4 months, respectively)"); the values follow with nothing but their separators between them and "respectively" right after the last. The caller
(builders/trials_placing.py) takes the runs as the trial's arms only when every arm it knew is among them.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.trials_focus import _joined_runs

# what joins the therapies of one regimen: "A + B", "A plus B", "A combined with B"
_IN_REGIMEN = lazy_compile(r"\s*(?:\+|plus|with|combined with|in combination with)\s*", re.I)
# what separates the items of one list of regimens: ", ", ", and ", " and ", " or "
_ITEM_SEP = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)", re.I)
# from the last regimen to the first value: the verb that opens the values ("were", "was", "of"), or (s60) the bracket
# that holds them ("whether A or B (6.4 months vs. 5.4 months, respectively)")
_TO_VALUES = lazy_compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:were|was|of|reached)\s+(?:an?\s+|respectively\s+)?|\s*\(\s*", re.I)
# between two values of the list: their unit and a separator (also "vs.", in a bracket)
_VALUE_SEP = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|(?:vs\.?|versus)\s+)", re.I)
# "respectively" right after the last value
_CLOSED = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]{0,60}\)\s*)?,?\s*respectively\b", re.I)


def listed_runs(text: str, therapies: list, values: list) -> list | None:
    """The runs of ``therapies`` (mentions in text order; each run one regimen joined by "+", "plus" or "with",
    :func:`builders.trials_focus._joined_runs`) that ``text`` lists right before its ``values`` (each with
    .start/.end), one per value, the list closed by "respectively"; None unless the list has exactly as many runs as
    there are values, two or more, with nothing but separators between runs and between values."""
    if len(values) < 2 or not _CLOSED.match(text, values[-1].end):
        return None
    for a, b in zip(values, values[1:]):
        if not _VALUE_SEP.fullmatch(text[a.end:b.start]):
            return None
    before = [r for r in _joined_runs(text, therapies, _IN_REGIMEN) if r[-1].end <= values[0].start]
    if len(before) < len(values):
        return None
    listed = before[-len(values):]
    if not _TO_VALUES.fullmatch(text[listed[-1][-1].end:values[0].start]):
        return None
    for a, b in zip(listed, listed[1:]):
        if not _ITEM_SEP.fullmatch(text[a[-1].end:b[0].start]):
            return None
    if len(before) > len(values) and _ITEM_SEP.fullmatch(text[before[-len(values) - 1][-1].end:listed[0][0].start]):
        return None  # one more regimen in the same list: the values do not go one to each
    return listed
