"""The comparator of a trial named only where its values are given, set against the trial's one known arm by reference.

A news report may introduce its trial with the experimental combination alone and name what it was compared with only
in passing ("a non-significant survival advantage over regorafenib") and in its results, where the known arm is spoken
of by reference: "a median OS of 15.9 months with the combination vs 12.7 months with regorafenib", "10.2 months for
the experimental arm compared with 8.1 months for B". The value tied to "the combination" (or "the experimental /
investigational arm") is the known arm's; the value set against it and tied to another regimen is that regimen's, a
second arm of the trial, when the report also sets its known arm against that regimen by a word of comparison
("over B", "versus B", "compared with B", "than B"), so that it is the trial's own comparator and not a benchmark.
The reader asks this only for the report's own trial with one known arm (builders/trials_placing.py).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what refers to the known arm right after a value's tie word: "with the combination", "for the experimental arm",
# "in the investigational group", "with the combination therapy"
_KNOWN_ARM_REF = lazy_compile(r"(?:the\s+)?(?:(?:combination|experimental|investigational|triplet|doublet)"
                              r"(?:\s+(?:arm|group|regimen|therapy|treatment))?)\b(?!\s+(?:of|with|plus)\b)", re.I)
# a word of comparison right before the comparator's name: "an advantage over B", "versus B", "compared with B alone"
_AGAINST_BEFORE = lazy_compile(r"\b(?:over|versus|vs\.?|compared\s+(?:with|to)|than|against)\s+(?:the\s+)?(?:standard\s+)?$",
                               re.I)
# a study without a comparator arm: its values set beside another regimen's are a benchmark's
_SINGLE_ARM = lazy_compile(r"\b(?:single|one)[- ]arm\b|\bnon-?randomi[sz]ed\b|\bhistorical\s+control", re.I)
# (how far before a comparator's name the word of comparison may stand)
_AGAINST_WITHIN = 40


def known_arm_ref(text: str, pos: int) -> int | None:
    """The end of a reference to the trial's known arm starting at ``pos`` ("the combination", "the experimental
    arm"), or None."""
    m = _KNOWN_ARM_REF.match(text, pos)
    return m.end() if m else None


def set_against(text: str, start: int) -> bool:
    """Whether the therapy named at ``start`` of ``text`` follows a word of comparison ("advantage over B")."""
    return _AGAINST_BEFORE.search(text[max(0, start - _AGAINST_WITHIN):start]) is not None


def single_arm_study(texts) -> bool:
    """Whether any of ``texts`` (the document's sentences) calls the study single-arm or non-randomised."""
    return any(_SINGLE_ARM.search(t) for t in texts)
