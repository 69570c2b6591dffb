"""The arm a two-arm trial is said to test against the other: the side named first where the document compares them
("SOX plus bevacizumab was non-inferior to mFOLFOX6 plus bevacizumab", "A versus B", "compared A with B", "A
compared with B"), the comparison a hazard ratio reports.

A hazard ratio is the tested arm's hazard against its comparator's. Where a results sentence gives both arms' values
and a ratio that names no sides ("Median PFS was 11.7 months in the B group and 12.2 months in the A group (HR,
1.051)"), the ratio is the tested arm's whichever arm's value comes first, as it is in "A vs B (12.2 vs 11.7 months;
HR 1.05)": one trial's ratios always sit on the same arm. The arm is the one every comparison of the document puts
first; comparisons that put the two arms either way first name none.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the words between the first side and the second: "A was non-inferior to B", "A versus B", "A compared with B"
_BETWEEN = lazy_compile(r"^[^.;:]{0,70}?(?:\b(?:is|was|were|are|be|being|proved|proven)\s+(?:not\s+)?(?:(?:statistically|clinically)\s+)?"
                        r"(?:non-?inferior|superior|equivalent|inferior)\s+(?:to|with)|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|"
                        r"\bagainst)\s+(?:that\s+of\s+)?(?:the\s+)?$", re.I)
# "compared A with B", "to compare A and B", "a comparison of A with B": the first side after the verb
_COMPARE_BEFORE = lazy_compile(r"\b(?:compar(?:e|ed|ing)|comparison\s+of)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:of\s+)?$", re.I)
_WITH_BETWEEN = lazy_compile(r"^[^.;:]{0,70}?\s(?:with|to|and)\s+(?:the\s+)?$", re.I)
_SAID = lazy_compile(r"non-?inferior|superior|equivalent|inferior|versus|\bvs\b|compar|against", re.I)
# what a sentence holds wherever _BETWEEN or _COMPARE_BEFORE can match in it (their words, each with the space after):
# a sentence without it names no side first, whatever arms it names
_MAY_COMPARE = lazy_compile(r"(?:superior|equivalent|inferior)\s+(?:to|with)\s|versus\s|vs\.?\s|compared\s+(?:with|to)\s|"
                            r"against\s|compar(?:e|ed|ing)\s|comparison\s+of\s", re.I)


def may_compare(text: str) -> bool:
    """Whether ``text`` can name a first side at all (a cheap test before finding the arms it names; first_sides
    finds none in a sentence without).

    >>> may_compare("SOX plus B was non-inferior to FOLFOX plus B."), may_compare("Patients received FOLFOX plus B or SOX plus B.")
    (True, False)
    >>> may_compare("A vs. B"), may_compare("superiority was not shown")
    (True, False)
    """
    return _SAID.search(text) is not None and _MAY_COMPARE.search(text) is not None


def first_sides(text: str, refs: list[tuple[int, object]]) -> list:
    """The arms ``text`` names first in a comparison of two different arms, given the arms the sentence refers to by
    position (``refs``: (position, arm), in order), one per comparison.

    >>> first_sides("SOX plus B was non-inferior to FOLFOX plus B.", [(0, "sox"), (31, "folfox")])
    ['sox']
    >>> first_sides("We compared SOX plus B with FOLFOX plus B.", [(12, "sox"), (28, "folfox")])
    ['sox']
    >>> first_sides("Patients received FOLFOX plus B or SOX plus B.", [(18, "folfox"), (34, "sox")])
    []
    """
    if not _SAID.search(text):
        return []
    found = []
    for (p, a), (q, b) in zip(refs, refs[1:]):
        if a is b or getattr(a, "id", a) == getattr(b, "id", b):
            continue
        gap = text[p:q]
        if _BETWEEN.match(gap) or (_COMPARE_BEFORE.search(text, max(0, p - 50), p) and _WITH_BETWEEN.match(gap)):
            found.append(a)
    return found


def tested_arm(votes: list) -> object | None:
    """The one arm all comparisons put first (``votes``: the first sides found), else None."""
    ids = {getattr(a, "id", a) for a in votes}
    return votes[0] if len(ids) == 1 else None
