"""A design whose optional add-on is shared by both arms, which differ by something else.

"randomly assigned to receive mFOLFOX6 ± bevacizumab with SIRT or without SIRT", "A with or without B, with or
without C", "A (plus or minus B) versus A (plus or minus B) plus C": the "± B" is a choice within every arm, not the
comparison; the arms differ by the second add-on. Read as "A ± B" the sentence gives the arms A + B and A, which
are not the trial's arms, and every value after it would go on them. The trial reader sets no arms from such a
sentence (builders/trials_design.py); nothing is better than the wrong pair.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_OPTIONAL = r"(?:±|\+\s*/\s*[-−–]|\bplus\s+or\s+minus\b|\bwith\s+or\s+without\b)"
# the optional add-on, then (within the clause) a second contrast: "with or without C", "with C or without C" (or
# "without it"),
# "± C", or "versus ... plus C" after a repeated optional backbone
# (a second "with or without" that sorts the patients by what they had or carry, "with or without prior C", "with or
# without BRAF mutations", is no add-on)
_NOT_HISTORY = r"(?!\s+(?:prior|previous(?:ly)?|history|(?:[\w\-]+\s+)?(?:mutations?|mutated|metastas[ei]s|disease)\b))"
# (the words between stay on the therapies: "A with or without B in patients with or without prior C" sets a
# population beside the design, no second add-on; bounded, so linear)
_NESTED = lazy_compile(_OPTIONAL + r"(?:(?!\b(?:in|for|among|patients|participants|tumou?rs|who|whose|disease|prior|"
                       r"previous|previously)\b)[^.;:]){1,80}?(?:" + _OPTIONAL + _NOT_HISTORY +
                       r"|\bwith\s+(?:an?\s+|the\s+)?([\w\-]+(?:\s+[\w\-]+){0,3}?)\s+or\s+without\s+(?:an?\s+|the\s+)?(?:\1|it|them)\b)",
                       re.I)


def nested_optional(text: str) -> bool:
    """Whether a design sentence gives an optional add-on and then a second with/without contrast (see the module
    docstring)."""
    return _NESTED.search(text) is not None


# the words between a backbone and its optional add-on: " ± ", " (plus or minus ", " with or without "
_OPTIONAL_GAP = lazy_compile(r"\s*\(?\s*" + _OPTIONAL + r"\s*(?:an?\s+|the\s+)?", re.I)


def shared_optional(text: str, therapies: list) -> tuple | None:
    """The backbone and the optional add-on every arm of such a design may take ("mFOLFOX6 ± bevacizumab with SIRT or
    without SIRT": mFOLFOX6, bevacizumab), as the first two therapy mentions joined by the optional word; None when
    the sentence does not open its design so."""
    for a, b in zip(therapies, therapies[1:]):
        if _OPTIONAL_GAP.fullmatch(text, a.end, b.start):
            return a, b
    return None
