"""Words that say only few carriers of a cause withstand a therapy.

"MSI-H tumours rarely escape pembrolizumab", "Only a minority of MSI-H tumours resist ICIs", "Some dMMR tumours
resist ICIs": the exceptions among the carriers, not what the cause does (read by
:func:`builders.guards.not_few_carriers`, for resistance.rr46_carrier_resists_therapy and
resistance.carrier_is_resistant).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a share of the carriers named before them ("a minority of", "some", "few"; a bare "only" is none: "Only
# KRAS-mutant cells resist cetuximab" says exclusively those)
_SHARE_BEFORE = lazy_compile(r"\b(?:proportions?|fractions?|subsets?|minority|portions?|numbers?|parts?|percent|%)\s+"
                             r"of\b|\b(?:some|few|several|occasional)\b", re.I)
# a rarity said of what they do ("rarely escape")
_RARELY = lazy_compile(r"\b(?:rarely|seldom|infrequently|occasionally|uncommonly|hardly|sometimes)\b", re.I)


# the carriers said to be only few of them ("only a small subset of", "a minority of", "few"): a share that says most
# respond; a bare "only" is no share ("Only KRAS-mutant tumours are resistant": exclusively those)
_FEW_BEFORE = lazy_compile(r"\b(?:minority|few)\b|\bonly\s+(?:a\s+)?(?:(?:small|minor|limited)\s+)?"
                           r"(?:subsets?|proportions?|fractions?|portions?|numbers?|parts?|share)\s+of\b", re.I)


def few_carriers(before: str, between: str, narrow: bool = False) -> bool:
    """Do the words of the clause before the cause (``before``) name a share of its carriers, or those between the
    cause and the verb (``between``) a rarity? ``narrow`` (for "resistant") counts only a share that says few: "a
    subset of BRAF-mutant tumours is resistant" still names the carriers that resist.

    >>> few_carriers("Only a minority of ", " tumours ")
    True
    >>> few_carriers("", " tumours rarely ")
    True
    >>> few_carriers("In colorectal cancer, ", " cells ")
    False
    >>> few_carriers("Nonetheless, a subset of ", " tumours is ", narrow=True)
    False
    >>> few_carriers("Only ", " tumours are ", narrow=True)
    False
    """
    share = _FEW_BEFORE if narrow else _SHARE_BEFORE
    return bool(share.search(before) or _RARELY.search(between))
