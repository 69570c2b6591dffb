"""The two arms of a trial that a results sentence compares by its values, when no design sentence gave them.

A news report or short abstract may name its trial and give its results without a design sentence: "the findings
showed A plus B had an objective response rate of 76% vs 73% with C plus B". The regimen before the metric is the
subject of the first value, the regimen right after the second value's "with" (or "for") of the second: one arm each.
Only the therapies outside brackets count ("mFOLFOXIRI (modified folinic acid, ...) plus panitumumab": the bracket
spells out the short form). The reader asks this only for a trial with no arms yet that the report speaks of as its own
(builders/trials_text.py).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention
from builders.trials_arms import _JOINED
from builders.trials_own import _CITED as _CITATION_MARK

_NUM = r"\d{1,4}(?:\.\d+)?"
_UNIT = r"(?:\s*(?:%|percent\b|months?\b|mos?\b))?"
# "76% vs 73% with C", "11.6 versus 9.8 months for C", "31% compared with 22% in the C arm"
_VS_WITH = lazy_compile(rf"(?<![\w.])({_NUM}){_UNIT}\s*(?:vs\.?|versus|compared\s+with)\s*({_NUM}){_UNIT}\s+"
                        r"(?:with|for|in\s+the|in)\s+(?:the\s+)?", re.I)
# words between the subject regimen and its value that make it the subject of a result: "A had an ORR of",
# "A (...) regimen plus B achieved a median PFS of"
_SUBJECT_VERB = lazy_compile(r"\b(?:had|has|achieved|showed|yielded|produced|resulted\s+in|led\s+to|was\s+associated\s+with)\b",
                             re.I)
# a comparison the sentence cites from another study
_CITED = lazy_compile(_CITATION_MARK.pattern + r"|\b(?:previous|prior|earlier|another|other)\s+(?:\w+\s+){0,3}?(?:study|trial)\b",
                      re.I)
# what a gap between two parts of one regimen may hold besides joining words: a bracketed aside, the word "regimen"
_BRACKETED = lazy_compile(r"\([^()]*\)")
_REGIMEN_WORD = lazy_compile(r"\bregimen\b", re.I)
# (how far before the first value its subject may stand)
_SUBJECT_WITHIN = 160


def _outside_brackets(text: str, therapies: list[Mention]) -> list[Mention]:
    """The therapies that stand outside round brackets."""
    depth, inside = 0, []
    for ch in text:
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        inside.append(depth > 0)
    return [t for t in therapies if not inside[t.start]]


def _joined_gap(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are parts of one regimen: only joining words (and a bracketed aside or "regimen") between."""
    gap = _REGIMEN_WORD.sub(" ", _BRACKETED.sub(" ", text[a.end:b.start]))
    return _JOINED.fullmatch(gap) is not None or not gap.strip()


def _run_from(text: str, therapies: list[Mention], first: int) -> list[Mention]:
    """The run of therapies joined into one regimen from ``therapies[first]`` on."""
    run = [therapies[first]]
    for t in therapies[first + 1:]:
        if not _joined_gap(text, run[-1], t):
            break
        run.append(t)
    return run


def compared_sides(text: str, therapies: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The two regimens (each a run of therapy mentions) a results sentence compares by its values ("A plus B had an
    ORR of 76% vs 73% with C plus B"), or None: the first value's subject is the last regimen before it, with a verb of
    result between them, and the second value's is the regimen right after its "with"; the two must differ, and the
    sentence names no other therapy between them nor cites another study."""
    if _CITED.search(text):
        return None
    m = _VS_WITH.search(text)
    if m is None:
        return None
    outside = _outside_brackets(text, therapies)
    after = next((i for i, t in enumerate(outside) if t.start == m.end()), None)
    if after is None:
        return None
    second = _run_from(text, outside, after)
    before = [i for i, t in enumerate(outside) if t.end <= m.start()]
    if not before:
        return None
    last = before[-1]
    first = last
    while first > 0 and _joined_gap(text, outside[first - 1], outside[first]):
        first -= 1
    subject = outside[first:last + 1]
    between = text[subject[-1].end:m.start()]
    if m.start() - subject[-1].end > _SUBJECT_WITHIN or not _SUBJECT_VERB.search(between) or \
            any(subject[-1].end <= t.start < m.start() for t in outside):
        return None
    if {t.entity.id for t in subject} == {t.entity.id for t in second}:
        return None
    return subject, second
