"""The second arm of a trial that a results sentence names beside its one known arm, each as "the X arm".

A report may introduce its trial with the experimental therapy only ("In the phase III ALPHA trial, A extended overall
survival") and name the comparator first in its results, arm against arm: "median OS was 6.5-7.8 months in the A arm
and 4.3-6.7 months in the placebo arm", "survival in the A group versus the B group". Two therapies, each followed by
the word arm or group and joined by "and", "versus" or "compared with", one of them the trial's known arm: the other
is the trial's second arm. The reader asks this only for the report's own trial with exactly one arm
(builders/trials_text.py); a sentence on data from outside the trial ("historical", "previously reported") gives none.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention

# the arm word right after a therapy: "the placebo arm", "the A treatment group"
_ARM_AFTER = lazy_compile(r"\s*(?:alone\s+|monotherapy\s+)?(?:treatment\s+|therapy\s+)?(?:arm|group)\b(?!\s*[A-H1-9]\b)", re.I)
# "the" right before the therapy
_THE_BEFORE = lazy_compile(r"\bthe\s+$", re.I)
# what may join the two arms: "... in the A arm and 4.3 months in the B arm", "the A group versus the B group"
_JOIN = lazy_compile(r"\b(?:and|versus|vs\.?|compared\s+(?:with|to)|than)\b", re.I)
_OUTSIDE_DATA = lazy_compile(r"\b(?:historical|previous(?:ly)?|prior|earlier|expected|literature|reported\s+(?:in|by))\b",
                             re.I)


def arm_pair(text: str, therapies: list[Mention]) -> tuple[Mention, Mention] | None:
    """The two therapy mentions ``text`` names as arms ("the X arm ... the Y arm"), in text order; None unless there
    are exactly two, of different therapies, joined by a word that sets them side by side with no full stop or
    semicolon between them."""
    if _OUTSIDE_DATA.search(text):
        return None
    armed = [t for t in therapies if _ARM_AFTER.match(text, t.end) and _THE_BEFORE.search(text, max(0, t.start - 5), t.start)]
    if len(armed) != 2 or armed[0].entity.id == armed[1].entity.id:
        return None
    a, b = armed
    gap = text[a.end:b.start]
    if ";" in gap or re.search(r"\.\s", gap) or not _JOIN.search(gap) or len(gap) > 120:
        return None
    if any(a.end <= t.start < b.start for t in therapies if t is not a and t is not b):
        return None  # another therapy between them: not one pair of arms
    return a, b
