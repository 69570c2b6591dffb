"""Words that say only few carriers of a cause withstand a therapy.

"MSI-H tumours rarely escape pembrolizumab", "Only a minority of MSI-H tumours resist ICIs", "Some dMMR tumours
resist ICIs": the exceptions among the carriers, not what the cause does (read by
:func:`builders.guards.not_few_carriers`, for resistance.rr46_carrier_resists_therapy and
resistance.carrier_is_resistant).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a share of the carriers named before them ("a minority of", "some", "few")
_SHARE_BEFORE = lazy_compile(r"\b(?:proportions?|fractions?|subsets?|minority|portions?|numbers?|parts?|percent|%)\s+"
                             r"of\b|\b(?:some|few|a few|several|occasional)\b|\bonly\b", re.I)
# a rarity said of what they do ("rarely escape")
_RARELY = lazy_compile(r"\b(?:rarely|seldom|infrequently|occasionally|uncommonly|hardly|sometimes)\b", re.I)


def few_carriers(before: str, between: str) -> bool:
    """Do the words of the clause before the cause (``before``) name a share of its carriers, or those between the
    cause and the verb (``between``) a rarity?

    >>> few_carriers("Only a minority of ", " tumours ")
    True
    >>> few_carriers("", " tumours rarely ")
    True
    >>> few_carriers("In colorectal cancer, ", " cells ")
    False
    """
    return bool(_SHARE_BEFORE.search(before) or _RARELY.search(between))


# the carriers said to be only few of them ("only", "a minority of", "few"): a share that says most respond
_FEW_BEFORE = lazy_compile(r"\b(?:only|minority|few)\b", re.I)


def rare_carriers(before: str, between: str) -> bool:
    """Do the words before the cause say only few of its carriers, or those between it and "resistant" a rarity?
    Narrower than :func:`few_carriers`: "a subset of BRAF-mutant tumours is resistant" still names the carriers that
    resist, "only a minority of MSI-H tumours are resistant" says most of them respond.

    >>> rare_carriers("", " tumours are rarely ")
    True
    >>> rare_carriers("Nonetheless, a subset of ", " tumours is ")
    False
    """
    return bool(_FEW_BEFORE.search(before) or _RARELY.search(between))
