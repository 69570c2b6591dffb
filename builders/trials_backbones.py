"""Hazard ratios of an add-on trial given per chemotherapy backbone, read for the trial reader
(builders/trials_text.py): each ratio the add-on arm's, labelled with its backbone.

A trial may add a drug to a choice of backbones ("randomized to an oxaliplatin-based regimen (FOLFOX or CapeOX) with
or without A") and report the comparison per backbone ("the hazard ratio for PFS was 0.72 with FOLFOX and 1.02 with
CapeOX"; "the cohort treated with FOLFOX plus A showed improved PFS (HR = 0.72), while the cohort of CapeOX plus A had
no difference in PFS (HR = 1.02)"). Each ratio compares the two arms within the patients on one backbone: it is the
add-on arm's, in the subgroup of that backbone, never the whole trial's.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.trials_group_contrast import survival_kind
from builders.recognize import Mention

_RATIO = r"(?P<v>[0-2]\.\d{1,3})"
# the ratio word and the value it gives ("HR = 0.72", "hazard ratio for PFS was 0.72", "HR 1.02")
_RATIO_WORD = lazy_compile(r"\b(?:HR|hazard\s+ratios?)\b", re.I)
_STATED = lazy_compile(r"\b(?:HR|hazard\s+ratio)\s*(?:for\s+(?:PFS|OS|progression-free\s+survival|overall\s+survival)\s+)?"
                       rf"(?:=|:|of|was|,)?\s*{_RATIO}(?![\d.])", re.I)
# a value followed by the backbone it is of ("0.72 with FOLFOX", "1.02 for patients treated with CapeOX")
_VALUE_WITH = lazy_compile(rf"(?<![\w.]){_RATIO}(?![\d.])\s*(?:\([^()]{{0,40}}\)\s*)?(?:with|for|in|among)\s+(?:the\s+)?"
                           r"(?:(?:patients|those|cohort)\s+(?:(?:who\s+were\s+)?(?:treated\s+with|receiving|given|on)\s+)?)?$",
                           re.I)
# what ends one backbone's clause ("..., while the cohort of B ...", "; ...", "whereas")
_CLAUSE_END = lazy_compile(r"\bwhile\b|\bwhereas\b|;|\bbut\b", re.I)
_MEASURE = lazy_compile(r"\b(?:PFS|OS|progression-free\s+survival|overall\s+survival)\b", re.I)


def _metric(text: str) -> str | None:
    """HR_PFS or HR_OS when the sentence speaks of one survival measure only."""
    kinds = {survival_kind(m.group(0)) for m in _MEASURE.finditer(text)}
    return f"HR_{kinds.pop()}" if len(kinds) == 1 else None


def may_give_ratios(text: str) -> bool:
    """Whether ``text`` names a hazard ratio and one survival measure only, as :func:`backbone_ratios` asks: the
    cheap test a sentence passes before its arms and backbones are looked at."""
    return bool(_RATIO_WORD.search(text)) and _metric(text) is not None


def backbone_ratios(text: str, backbones: list[Mention], others: list[Mention]) -> list[tuple[str, int, int, float, Mention]]:
    """The hazard ratios ``text`` gives one per backbone, as (metric, start, end, value, backbone), or nothing: two
    or more backbones, each with exactly one ratio of its own (the value right before "with <backbone>", or the one
    ratio in the clause that names the backbone), every ratio of the sentence so given, and one survival measure named.
    ``others`` are the sentence's other therapies (the add-on drug): none may stand between a value and its backbone
    in "<value> with <backbone>"."""
    if len(backbones) < 2 or not _RATIO_WORD.search(text):
        return []
    metric = _metric(text)
    if metric is None:
        return []
    pairs: list[tuple[int, int, float, Mention]] = []
    for b in backbones:
        m = _VALUE_WITH.search(text, max(0, b.start - 80), b.start)
        if m is not None and m.end() == b.start:
            pairs.append((m.start("v"), m.end("v"), float(m.group("v")), b))
            continue
        ends = [e.start() for e in _CLAUSE_END.finditer(text, b.end)]
        starts = [e.end() for e in _CLAUSE_END.finditer(text, 0, b.start)]
        lo, hi = (starts[-1] if starts else 0), (ends[0] if ends else len(text))
        stated = [s for s in _STATED.finditer(text, lo, hi) if s.start() > b.end]
        if len(stated) != 1 or any(x is not b and lo <= x.start < hi for x in backbones):
            return []
        pairs.append((stated[0].start("v"), stated[0].end("v"), float(stated[0].group("v")), b))
    if len({p[0] for p in pairs}) != len(pairs) or len({p[3].entity.id for p in pairs}) != len(pairs):
        return []
    given = {p[0] for p in pairs}
    # every ratio of the sentence is one backbone's (a ratio for the whole trial beside them: not this kind)
    if any(s.start("v") not in given for s in _STATED.finditer(text)):
        return []
    if any(any(p[1] <= o.start < p[3].start for o in others) for p in pairs if p[1] < p[3].start):
        return []
    return [(metric, a, b, v, bb) for a, b, v, bb in pairs]
