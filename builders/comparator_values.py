"""A comparator's value the reader put on the other arm.

"S-9 showed a 67% response rate, compared with 22% among those getting the standard treatment": the second value is
the comparator's (the control, standard, placebo or usual-care group). When the reader found no arm for that comparator,
both values land on the one arm it has, and the arm carries two values of one metric from one sentence with no subgroup
to tell them apart. Such a value, the one the sentence introduces by "compared with"/"versus" and gives to a control
group, is dropped (s46 f11out). Where the comparator has its own arm, the values are on two arms and nothing changes.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# "compared with 22% getting the standard treatment", "vs. 3.1 months in the control group",
# "versus 12% among patients on placebo": group the value after the comparison word belongs to
_COMPARATOR_VALUE = lazy_compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?)\s+(?:only\s+|just\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?:%|percent\b|months?\b|mo\b|weeks?\b)\s*"
    r"(?:\([^()]{0,80}\)\s*)?"
    r"(?:(?:among|in|for|of)\s+)?(?:(?:those|patients|people|participants)\s+)?"
    r"(?:getting|receiving|given|treated\s+with|on|with|in|in\s+the|of)\s+(?:the\s+)?"
    r"(?:standard(?:[- ]of[- ]care)?|control|placebo|comparator|usual[- ]care|reference|best\s+supportive\s+care)\b",
    re.I)


def _comparator_numbers(sentence: str) -> set[float]:
    return {float(m.group("num")) for m in _COMPARATOR_VALUE.finditer(sentence)}


def comparator_outcomes(outcomes: list) -> set[int]:
    """Indexes of ``outcomes`` that are a control group's value put on an arm holding the sentence's other value of
    the same metric (see the module docstring)."""
    groups: dict[tuple, list[int]] = {}
    for i, o in enumerate(outcomes):
        if o.subgroup or o.bound:
            continue
        key = (o.arm, o.metric, o.evidence.document, o.evidence.start, o.evidence.end)
        groups.setdefault(key, []).append(i)
    out = set()
    for idx in groups.values():
        if len(idx) < 2 or len({outcomes[i].value for i in idx}) < 2:
            continue
        numbers = _comparator_numbers(outcomes[idx[0]].evidence.sentence)
        if not numbers:
            continue
        hit = [i for i in idx if float(outcomes[i].value) in numbers]
        if hit and len(hit) < len(idx):
            out.update(hit)
    return out


def without_comparator_values(outcomes: list) -> list:
    """``outcomes`` without the ones :func:`comparator_outcomes` finds."""
    dropped = comparator_outcomes(outcomes)
    return [o for i, o in enumerate(outcomes) if i not in dropped] if dropped else outcomes
