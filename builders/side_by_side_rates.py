"""A response rate on a therapy set side by side for two groups of patients named by a marker.

"The ORR was 67% with high AREG expression and 38% with low AREG expression"; "the response rate to A was 40% (4 of
10 patients) for mismatch repair-deficient tumours and 0% (0 of 18 patients) for mismatch repair-proficient tumours";
"responses occurred in 59% of RAS wild-type vs 41% of RAS-mutant tumours": two figures of one rate, each given to the
group named right after it, compare the groups. The group with the higher rate is the one the therapy answers better
(its marker predicts response, an association), the group with the lower rate the one it answers worse (its marker
predicts resistance). Read by :func:`builders.guards.first_group_rate_higher` and
:func:`builders.guards.second_group_rate_higher` for the rules ``prediction.rates_side_by_side_*``.

Only figures in per cent, each standing before its group and tied to it by "for", "with", "in", "among" or "of"
(optionally "patients/tumours with"), and the second group joined by "and", "versus", "compared with" or a comma: a
rate of one group only, a list of values of different rates, or groups the figures do not stand before are no
comparison. Figures less than ten points apart ("40% and 38%") compare nothing: a difference that small is no
verdict without a test the sentence does not give.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_FIGURE = r"(\d{1,3}(?:\.\d+)?)\s?%"
# what may follow a figure before its group: a count or interval in brackets, a second figure of another rate
# ("40% (4 of 10) and 78% (7 of 9), respectively,"), words of no more than a short phrase
_AFTER_FIGURE = r"(?:\s*\([^()]{0,40}\))?(?:\s*(?:and|,)\s*\d{1,3}(?:\.\d+)?\s?%(?:\s*\([^()]{0,40}\))?)?(?:\s*,?\s*respectively\s*,?)?"
# the words tying a figure to the group after it
_TIE = (r"\s*(?:for|with|in|among|of)\s+(?:the\s+)?(?:(?:patients|pts|those|tumou?rs|cases|subjects|participants)\s+"
        r"(?:with|harbou?ring|carrying|bearing|having|who\s+had)\s+)?(?:an?\s+|the\s+)?"
        r"(?:(?:high|low|positive|negative|elevated|reduced)\s+)?$")
# a figure right before the first group (the text from the rate's name to the first group)
_FIRST = lazy_compile(_FIGURE + _AFTER_FIGURE + _TIE, re.I)
# the join and the figure before the second group (the text between the two groups)
_SECOND = lazy_compile(r"^[\w\s\-]{0,40}?(?:,\s*)?(?:and|versus|vs\.?|compared\s+(?:with|to)|,)\s*(?:the\s+)?(?:an?\s+)?"
                       r"(?:(?:rate|ORR)\s+(?:was\s+|of\s+)?)?" + _FIGURE + _AFTER_FIGURE + _TIE, re.I)
# (the figure and its group first, its rate named after, "59% of RAS wild-type tumours responded", is not read here)
# words that deny the difference between the two figures ("not significant", "similar"): no comparison
_NOT_SIGNIFICANT = lazy_compile(r"\b(?:no|not)\s+(?:statistically\s+)?significant(?:ly)?\b|\bnon-?significant|"
                                r"\bsimilar\b|\bcomparable\b", re.I)


MIN_GAP = 10.0  # points of per cent two figures must lie apart to compare the groups


def side_by_side(before: str, between: str) -> tuple[float, float] | None:
    """The two figures of a rate given to two groups: ``before`` is the text from the rate's name up to the first
    group, ``between`` the text between the two groups. None when either group has no figure right before it.

    >>> side_by_side(" was 67% with high ", " and 38% with low ")
    (67.0, 38.0)
    >>> side_by_side(" were 40% (4 of 10 patients) and 78% (7 of 9 patients), respectively, for ",
    ...              " colorectal cancers and 0% (0 of 18 patients) and 11% (2 of 18 patients) for ")
    (40.0, 0.0)
    >>> side_by_side(" was 30% in patients with ", " and in patients with ") is None
    True
    >>> side_by_side(" was 30% overall; in patients with ", " it was 20% and in ") is None
    True
    """
    a = _FIRST.search(before)
    b = _SECOND.search(between)
    if a is None or b is None:
        return None
    return float(a.group(1)), float(b.group(1))


def higher_first(before: str, between: str, after: str = "") -> bool | None:
    """True when the first group's figure is the higher, False when the second's is, None when the text gives no
    such pair of figures, they are equal, or the sentence denies the difference ("no significant difference").

    >>> higher_first(" was 67% with high ", " and 38% with low ")
    True
    >>> higher_first(" was 38% with low ", " and 67% with high ")
    False
    >>> higher_first(" was 40% in ", " and 40% in ") is None
    True
    >>> higher_first(" was 40% in ", " and 38% in ") is None
    True
    >>> higher_first(" was 45% in ", " and 40% in ", " (not significant)") is None
    True
    """
    pair = side_by_side(before, between)
    if pair is None or abs(pair[0] - pair[1]) < MIN_GAP or _NOT_SIGNIFICANT.search(before + between + after):
        return None
    return pair[0] > pair[1]
