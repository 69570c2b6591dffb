"""Words that say only few carriers of a cause withstand a therapy, or only a share of them (or rarely) respond.

"MSI-H tumours rarely escape pembrolizumab", "Only a minority of MSI-H tumours resist ICIs", "Some dMMR tumours
resist ICIs": the exceptions among the carriers, not what the cause does (read by
:func:`builders.guards.not_few_carriers`, for resistance.rr46_carrier_resists_therapy and
resistance.carrier_is_resistant).

The same for response: "MSS tumours rarely respond to A", "MSS disease with an improved response to A is rare", "a
minority of MSS tumours respond to A", "few patients with KRAS-mutant mCRC benefit from A" say that only the
exceptions among the carriers respond, so the marker does not mark responders (read by
:func:`builders.guards.not_few_responders`, which :func:`builders.guards.not_a_share` asks for the rules that read a
marker predicting response). A share that says nothing of how many ("a subset of", "some") is left read: "a
significant subset of dMMR patients benefit from A", "A is effective in some patients with KRAS wild-type mCRC" still
name the carriers as the responders; and so is a share after the therapy ("A is only effective in a small subset of patients with MSI tumours" names the subset by its
marker as often as it takes a share of the carriers).
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


# --- the sibling for response: only a share of the carriers, or a rarity, said to respond --------------------------

# a share of the carriers that says few of them, named just before them in the same noun phrase ("a minority of MSS
# tumours", "only a small fraction of patients with", "few patients with", "rare patients with"); a share that says
# nothing of how many ("a subset of", "some", "a proportion of", "a few", "a significant subset of") is no such word:
# "a significant subset of dMMR patients strongly benefit from A" still names the carriers who respond
_SHARE_OF_CARRIERS = lazy_compile(
    r"(?:\b(?:only\s+)?(?:a|an)\s+(?:very\s+)?(?:small|minor|tiny|limited)\s+(?:subsets?|proportion|fraction|portion|"
    r"number|percentage|share)\s+of|\b(?:only\s+)?(?:a|an)\s+(?:(?:small|tiny)\s+)?(?:minority|handful)\s+of|"
    r"(?<!\ba\s)\bfew|\b(?:rare|occasional|isolated|sporadic))(?:\s+of\s+(?:the|these|those))?"
    r"\s+((?:[\w\-/+]+\s+){0,6})$", re.I)
# words that end the noun phrase of the share ("some studies showed that MSI-H tumours respond")
_NOT_OF_THE_PHRASE = lazy_compile(r"\b(?:that|which|who|whom|whose|where|when|show(?:s|ed|n)?|suggest(?:s|ed)?|"
                                  r"found|reported?|studies|study|data|trials?|reports|authors|investigators|is|are|was|"
                                  r"were|has|have|had|be|been|and|or|but|after|before|although|whereas|while)\b", re.I)
# a rarity said of the response ("MSS tumours rarely respond", "rare responses to A in MSS")
_RARITY = lazy_compile(r"\b(?:rarely|seldom|infrequently|occasionally|uncommonly|sporadically|"
                       r"(?:rare|occasional|sporadic|isolated|uncommon|infrequent)\s+(?:\w+\s+)?"
                       r"(?:responses?|responders?|benefits?|cases|activity|remissions?))\b", re.I)
# a rarity said after the statement ("MSS disease with an improved response to A is rare"; not one of a clause a
# conjunction opens: "... respond to A, but MSI-H status is rare")
_RARE_AFTER = lazy_compile(r"(?:(?!\b(?:but|although|though|yet|and|which|whereas|while|as|because|since)\b)[^,;:.]){0,40}?"
                           r"\b(?:is|are|was|were|remains?|remained|being|been)\s+(?:very\s+|extremely\s+|"
                           r"exceedingly\s+|relatively\s+|quite\s+|still\s+)?(?:rare|uncommon|infrequent|unusual|"
                           r"exceptional|scarce|anecdotal)\b", re.I)


def share_of_carriers(before: str) -> int | None:
    """Where the words after a share that says few of the carriers begin, when ``before`` (the clause up to the
    carriers' marker) ends on one ("a minority of patients with ", "Few ", "Only a small fraction of "), else None.
    The caller lets a marker named in those words define the subset ("a minority of MSS patients with POLE
    mutations": the POLE-mutant ones).

    >>> share_of_carriers("Only a small fraction of patients with ") is not None
    True
    >>> share_of_carriers("Few ") is not None
    True
    >>> share_of_carriers("A few patients with ") is None
    True
    >>> share_of_carriers("A significant subset of ") is None
    True
    >>> share_of_carriers("Most patients with ") is None
    True
    >>> share_of_carriers("Few studies showed that ") is None
    True
    """
    found = _SHARE_OF_CARRIERS.search(before)
    if found is None or _NOT_OF_THE_PHRASE.search(found.group(1)):
        return None
    return found.start(1)


def rarity_said(within: str, after: str) -> bool:
    """Whether the words of the statement (``within``) say the response is rare ("rarely respond", "rare
    responses"), or those right after it (``after``) that it is ("... is rare").

    >>> rarity_said("MSS tumours rarely respond to pembrolizumab", ".")
    True
    >>> rarity_said("MSS disease with an improved response to pembrolizumab", " is rare.")
    True
    >>> rarity_said("MSI-H tumours respond to pembrolizumab", ", which is rare in other cancers")
    False
    >>> rarity_said("MSI-H tumours respond to pembrolizumab", " but MSI-H status is rare in mCRC")
    False
    """
    return bool(_RARITY.search(within) or _RARE_AFTER.match(after))
