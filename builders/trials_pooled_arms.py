"""Values of two arms of a trial taken together: "Median PFS was higher with pooled concurrent and sequential A versus
B (11.7 vs 9.5 months; HR 0.7)", "When the two A arms were pooled, the ORR was 72% versus 62% with B", "For both
experimental arms combined, median PFS was 11.7 months", "the combined A arms".

A value given for arms pooled is neither arm's own value, though the reader may know the two arms by one regimen: it is
kept with the label "pooled arms" (``subgroup``), the way a subgroup's or an analysis population's values are; the
other side of the comparison ("versus B") keeps its values unlabelled. Where the pooling names two arms the reader
tells apart ("pooled arms A and B versus arm C"), a value placed on one of them is of neither, and is not kept. A pooled analysis of two trials ("a pooled
analysis of the X and Y trials") is no pooling of one trial's arms, and labels nothing here.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

LABEL = "pooled arms"

# where the side pooled ends: the comparison, a bracket, a clause break
_SIDE_END = lazy_compile(r"\s+(?:versus|vs\.?|v\.?|compared\s+(?:with|to)|relative\s+to|than|over|against)\s|[(;:]|,\s", re.I)
# "pooled concurrent and sequential A", "pooled A arms", "the pooled triplet groups", "pooling (of) the two A arms"
_POOLED_BEFORE = r"\b(?:pooled|pooling(?:\s+of)?|combined)\s+(?:the\s+)?(?:two\s+|both\s+)?"
# "(the two) A arms were pooled", "both experimental arms combined", "arms A and B pooled together"
_ARMS_POOLED = (r"\b(?:arms?|groups?|cohorts?)(?:\s+[A-D1-4](?:\s*(?:and|\+|/|&)\s*[A-D1-4])?)?\s+(?:(?:were|was|being)\s+)?"
                r"(?:pooled|combined)(?:\s+together)?\b")
_POOLED = prefiltered(lazy_compile(rf"(?P<before>{_POOLED_BEFORE})|(?P<after>{_ARMS_POOLED})", re.I))
# what a pooling of arms names: two arms' words joined ("concurrent and sequential A"), or arms/groups
_TWO_SIDES = lazy_compile(r"^(?:[\w\-+/]+\s+){0,3}?[\w\-+/]+\s+(?:and|or|&|\+|/)\s+\S", re.I)
_ARMS_WORD = lazy_compile(r"\b(?:arms|groups|cohorts)\b", re.I)
# a pooling of trials or of patients, not of arms
_OTHER_POOL = lazy_compile(r"\b(?:analys[ie]s|trials?|studies|stud(?:y|ies)|data(?:sets?)?|populations?|patients|"
                           r"samples?|cohorts?\s+of\s+\w+\s+trials?)\b", re.I)
# a combination regimen ("combined with", "in combination"): no pooling
_COMBINED_WITH = lazy_compile(r"\bcombined\s+(?:with|to|therapy|treatment|regimens?|modality|use)\b", re.I)


def pooled_sides(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` that name arms pooled together (see the module's note), as (start, end).

    >>> s = "Median PFS was higher with pooled concurrent and sequential A-B versus C-B (11.7 vs. 9.5 months)."
    >>> [s[a:b] for a, b in pooled_sides(s)]
    ['pooled concurrent and sequential A-B']
    >>> s = "When the two A arms were pooled, the ORR was 72% versus 62% with B."
    >>> [s[a:b] for a, b in pooled_sides(s)]
    ['When the two A arms were pooled']
    >>> pooled_sides("In a pooled analysis of the X and Y trials, the ORR was 40%.")
    []
    >>> pooled_sides("A combined with B improved the ORR (45% vs 30%).")
    []
    """
    if "pool" not in text and "combined" not in text:
        return []  # (the cheap test first)
    found = []
    for m in _POOLED.finditer(text):
        if m.group("before"):
            if _COMBINED_WITH.match(text, m.start()):
                continue
            end = _SIDE_END.search(text, m.end())
            end = end.start() if end else len(text)
            side = text[m.end():end]
            if not side or _OTHER_POOL.search(side) or not (_TWO_SIDES.match(side) or _ARMS_WORD.search(side)):
                continue
            found.append((m.start(), end))
        else:
            lead = max(text.rfind(c, 0, m.start()) for c in ";:(,")
            start = lead + 1 if lead >= 0 else 0
            start += len(text[start:]) - len(text[start:].lstrip())
            if _OTHER_POOL.search(text, start, m.start()):
                continue
            found.append((start, m.end()))
    return found


# two arms' short forms joined by "+" as one side of a comparison, "(C vs CB+CBM)", "CB+CBM versus C": arms pooled
_JOINED_SHORT = lazy_compile(r"(?:\b(?:vs\.?|versus)\s+)(?P<a>(?-i:[A-Z]{1,5})\s*\+\s*(?-i:[A-Z]{1,5}))(?![\w+])|"
                             r"(?<![\w+])(?P<b>(?-i:[A-Z]{1,5})\s*\+\s*(?-i:[A-Z]{1,5}))\s+(?:vs\.?|versus)\b", re.I)


def joined_short_sides(text: str) -> list[tuple[int, int]]:
    """The stretches where a comparison's side joins two short forms by "+" ("C vs CB+CBM"): when the two short
    forms are two arms the reader tells apart, the side is those arms pooled, and a value put on one of them is of
    neither.

    >>> s = "benefited from B (PFS HR (C vs CB+CBM), 0.21)"
    >>> [s[a:b] for a, b in joined_short_sides(s)]
    ['CB+CBM']
    >>> joined_short_sides("PFS was 9 vs 7 months")
    []
    """
    if "+" not in text:
        return []
    return [m.span("a") if m.group("a") else m.span("b") for m in _JOINED_SHORT.finditer(text)]

