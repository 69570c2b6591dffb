"""Therapies a cohort's patients received in shares: a description of what a cohort was given names no regimen of it.

"First-line treatment was most commonly A alone (51.6%) or A combined with B (48.4%)"; "28 (15.9%) and 33 (18.6%)
were administered A plus B and C, respectively": each therapy is what a part of the cohort received, so a study of
the whole cohort (a real-world series with no arms) is no study of that regimen, and no arm of it is made (s47 presp).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a share of the cohort in brackets right after the therapy: "A (48.4%)", "A (n = 33, 18.6%)"
_SHARE_AFTER = lazy_compile(r"\s*(?:alone\s*)?\(\s*(?:n\s*=\s*\d+\s*[,;]\s*|\d+\s*[,;/]\s*)?\d+(?:[.,]\d+)?\s*%\s*\)")
# the clause says what was given most often, or which share received what
_MOST_COMMON_BEFORE = lazy_compile(r"\bmost\s+(?:commonly|frequently|often)\b|\bthe\s+most\s+(?:common|frequent)\s+"
                                   r"(?:\w+[\s-]+){0,2}?(?:treatments?|regimens?|therap(?:y|ies)|choices?)\b", re.I)
_CLAUSE_END = lazy_compile(r"[;:]|\.(?!\d)")
_LOOK_BACK = 160


def given_to_share(text: str, start: int, end: int) -> bool:
    """Whether the therapy at ``text[start:end]`` is named as what a share of a cohort received.

    >>> given_to_share("Second-line therapy was mostly FOLFIRI (62%) or FOLFOX (30%).", 31, 38)
    True
    >>> given_to_share("The most frequent regimen given was XELOX plus bevacizumab.", 36, 58)
    True
    >>> given_to_share("Patients received XELOX plus bevacizumab every 3 weeks.", 18, 40)
    False
    """
    if _SHARE_AFTER.match(text, end):
        return True
    lo = max(0, start - _LOOK_BACK)
    cues = list(_MOST_COMMON_BEFORE.finditer(text, lo, start))
    return bool(cues) and _CLAUSE_END.search(text, cues[-1].end(), start) is None
