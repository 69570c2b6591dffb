"""A trial's groups named by their role: "the control arm", "the placebo group", "the experimental arm".

A report names an arm by what it received or by its label; it may also name it by its role in the comparison. When
the reader knows only one arm of a trial and a sentence gives values for the group of the other role ("In the control
arm, median OS was 5.0 months" while the one arm known is the drug tested; "In the experimental group, median PFS was
8.1 months" while the one arm known is the standard of care), the values are not that arm's.

This module only reads the words; the caller (builders.trials_placing) knows the arm.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a group named as the comparison's control: "the control arm", "the placebo group", "the standard-of-care arm"
_CONTROL_ROLE = lazy_compile(r"\b(?:control|placebo|comparator|reference|standard(?:[- ]of[- ]care)?|SOC|BSC|observation)\s+"
                             r"(?:arm|group|cohort)s?\b", re.I)
# a group named as the comparison's experimental side: "the experimental arm", "the investigational group"
_EXPERIMENTAL_ROLE = lazy_compile(r"\b(?:experimental|investigational|investigative|intervention|study[- ]drug|"
                                  r"treatment)\s+(?:arm|group|cohort)s?\b", re.I)
# words that compare the named group with another: then the sentence's other values may be the known arm's
_COMPARED = lazy_compile(r"\b(?:vs\.?|versus|compared|comparison|than|respectively|whereas|while|both|between|"
                         r"relative\s+to|against|and\s+(?:in|for|among)\s+the)\b", re.I)


def other_role_named(text: str, known_is_control: bool) -> bool:
    """Whether the sentence gives its values for the group of the other role than the one arm known: the control
    group when the known arm is the tested therapy, the experimental group when the known arm is the control; only a
    sentence that names that one group and compares it with nothing."""
    if _COMPARED.search(text):
        return False
    control = [m for m in _CONTROL_ROLE.finditer(text) if _holds_values(text, m)]
    experimental = [m for m in _EXPERIMENTAL_ROLE.finditer(text) if _holds_values(text, m)]
    if bool(control) == bool(experimental) or (_CONTROL_ROLE.search(text) and _EXPERIMENTAL_ROLE.search(text)):
        return False
    return bool(experimental) if known_is_control else bool(control)


def _holds_values(text: str, m: re.Match) -> bool:
    """Whether the group the words name is the one the sentence's values are given for: named as where they were
    found ("in the control arm", "among patients in the placebo group") or as the sentence's subject ("The placebo
    group had ..."), in a clause that gives a number ("crossover from the control cohort was allowed" gives none)."""
    before = text[:m.start()]
    if not (_WHERE_BEFORE.search(before) or before.strip().lower() in ("", "the")):
        return False
    lo = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
    nxt = _CLAUSE_BREAK.search(text, m.end())
    hi = nxt.start() if nxt else len(text)
    return _NUMBER.search(text, lo, hi) is not None


# the words that make a group the place of the values: "in the", "among patients in the", "for the", "of those in the"
_WHERE_BEFORE = lazy_compile(r"\b(?:in|for|among|within|of)\s+(?:(?:the\s+)?(?:patients|pts|those|participants)\s+(?:in|of)\s+)?"
                             r"(?:the\s+)?$", re.I)
_CLAUSE_BREAK = lazy_compile(r";|,\s+(?:and|but|while|whereas|although|though)\b|,\s+which\b")
_NUMBER = lazy_compile(r"\d")


def experimental_groups(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
    """Where the sentence names the comparison's experimental group ("the experimental arm", "the investigational
    group") between lo and hi."""
    return list(_EXPERIMENTAL_ONE.finditer(text, lo, len(text) if hi is None else hi))


# one experimental group, by its role alone ("the experimental arm"; not "both treatment groups")
_EXPERIMENTAL_ONE = lazy_compile(r"\b(?:experimental|investigational|investigative|intervention)\s+(?:arm|group|cohort)\b(?!s)",
                                 re.I)
