"""Untreated control arms of a trial design: "observation", "no maintenance treatment", "no treatment".

A maintenance or adjuvant trial may compare a therapy with giving none: "randomized between observation
(arm A) or maintenance treatment with A + B (arm B)", "randomised to maintenance with A or observation". The
words name no drug, so the recogniser gives no mention and the design read one arm only. In a design sentence
such a phrase is an arm when it stands as an alternative to a therapy (joined by "or", "versus", "compared
with") or carries an arm label; anywhere else ("this observation suggests", "no treatment-related deaths") it
is no therapy.
"""
from __future__ import annotations

import re

from builders.design_words import KEPT_ON, RANDOMISED_VERB
from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention
from kg.ids import mint
from kg.model import Entity

OBSERVATION = Entity(mint("regimen", "observation"), "Regimen", "observation")

# the words of a control that gives no therapy (a following "-related" / "group" noun makes them no arm)
_UNTREATED = lazy_compile(r"\b(?:observation(?:\s+alone)?|watchful\s+waiting|no\s+(?:maintenance|further)\s+"
                          rf"(?:treatment|therapy)|no\s+(?:{KEPT_ON}|treatment))\b"
                          r"(?![-\s]*(?:related|period|time|of|that|which|was|were|is)\b)", re.I)
# what joins it to the therapy it is the alternative of, either side
# ("capecitabine or only observation", "A or observation only": a word that says nothing is given beside it)
_ALTERNATIVE_BEFORE = lazy_compile(r"\b(?:or|versus|vs\.?|compared\s+(?:with|to)|between)\s+(?:to\s+)?(?:only\s+|just\s+)?$", re.I)
_ALTERNATIVE_AFTER = lazy_compile(r"^\s*(?:\(\s*[Aa]rm\s+[A-H1-9]\s*\)\s*)?,?\s*(?:or|versus|vs\.?)\b", re.I)
# "we compared A with no treatment", "... with A and with no treatment": the "with" of a comparison the sentence makes
_COMPARED_WITH = lazy_compile(r"\b(?:and\s+)?with\s+$", re.I)
_COMPARES = lazy_compile(r"\bcompar(?:e|es|ed|ing)\b", re.I)
# (h57 prec5) a randomisation "between" its arms, the first named next: "were randomized (2:1) between A and B",
# "randomly assigned 2:1 between maintenance A and B", "randomisation between"; its "and" parts the two arms
RANDOMISED_BETWEEN = lazy_compile(rf"\b(?:{RANDOMISED_VERB}|randomi[sz]ation)\s+(?:(?:the\s+)?(?:patients|them|participants)\s+)?"
                                  r"(?:\(?\d\s*:\s*\d\)?\s+)?"
                                  rf"between\s+(?:(?:the|either)\s+)?(?:{KEPT_ON}(?:\s+(?:with|of))?\s+"
                                  r"|continued\s+)?$", re.I)
_AND_BEFORE = lazy_compile(r"\band\s+(?:with\s+)?$", re.I)
_LABEL_AFTER = lazy_compile(r"^\s*\(\s*[Aa]rm\s+[A-H1-9]\s*\)")
_LABEL_BEFORE = lazy_compile(r"\b[Aa]rm\s+[A-H1-9]\s*[(:]\s*$")


def with_untreated_controls(text: str, therapies: list[Mention]) -> list[Mention]:
    """The design sentence's therapies plus a mention of each untreated control arm it names, in text order.

    A control counts only beside a therapy the sentence gives: as its alternative ("A or observation",
    "observation versus A") or as a labelled arm ("observation (arm A)"); never without a therapy.
    """
    if not therapies:
        return therapies
    added = []
    for m in _UNTREATED.finditer(text):
        if any(t.start <= m.start() < t.end for t in therapies):
            continue
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 40]
        labelled = _LABEL_AFTER.match(after) or _LABEL_BEFORE.search(before)
        # ("we compared the outcome with A maintenance and with no treatment (observation)": the "with" of a comparison
        # the sentence makes, after the therapy compared, names the other arm)
        compared = _COMPARED_WITH.search(before) is not None and any(
            c.end() <= t.start for c in _COMPARES.finditer(text, 0, m.start()) for t in therapies if t.end <= m.start())
        # ("randomized between A maintenance and observation": the "and" of a randomisation between two arms)
        between = _AND_BEFORE.search(before) is not None and any(
            RANDOMISED_BETWEEN.search(text, max(0, t.start - 70), t.start) for t in therapies if t.end <= m.start())
        alternative = ((_ALTERNATIVE_BEFORE.search(before) or compared or between) and any(t.end <= m.start() for t in therapies)) or \
            (_ALTERNATIVE_AFTER.match(after) and any(t.start >= m.end() for t in therapies))
        if labelled or alternative:
            added.append(Mention(m.start(), m.end(), m.group(0), OBSERVATION, "pattern"))
    return sorted(therapies + added, key=lambda t: (t.start, t.end)) if added else therapies
