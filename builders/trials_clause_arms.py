"""The second arm of a trial named in its own results clause, the metric restated for each arm.

A report may give a trial's result clause by clause, each clause naming its group after the metric: "the median PFS
with A plus B (n = 127) was 11.9 months; the median PFS with B alone (n = 68) was 11.2 months". When the trial has one
known arm (A plus B), the other clause's regimen is its second arm: the known arm's backbone ("B alone"), or a regimen
the report sets the trial against elsewhere ("an advantage over C"; builders.trials_outside_comparator). The clauses
must restate the same metric and each give a value after the verb ("was", "were", "reached", "of"). The reader asks
this only for the report's own trial with exactly one arm (builders/trials_text.py).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention
from builders.trials_focus import _joined_runs

# a metric tied to the group right after it: "the median PFS with", "overall survival for patients given",
# "the ORR among those receiving"
_METRIC_WITH = lazy_compile(
    r"\b(?P<metric>(?:median\s+)?(?:PFS|OS|progression[- ]free\s+survival|overall\s+survival)|ORR|DCR|"
    r"(?:objective\s+|overall\s+)?response\s+rate|disease\s+control\s+rate)\s+"
    r"(?:(?:for|among|in)\s+(?:patients|those)\s+(?:receiving|given|treated\s+with)|with|for)\s+(?:the\s+)?", re.I)
# what may stand between a group's regimen and the value's verb: "alone", "monotherapy", a bracket ("(n = 68)")
_AFTER_RUN = lazy_compile(r"\s*(?:alone\s*|monotherapy\s*|only\s*)?(?:\([^()]{0,60}\)\s*)?,?\s*"
                          r"(?:was|were|reached|of|is)\b", re.I)
# what joins two therapies of one regimen
_JOIN = lazy_compile(r"\s*(?:\+|plus|and|with|/|,)\s*", re.I)
# between the two clauses: a clause break
_CLAUSE_BREAK = lazy_compile(r";|,\s*(?:and|while|whereas)\b|\b(?:versus|vs\.?|compared\s+(?:with|to))\b", re.I)
_OUTSIDE = lazy_compile(r"\b(?:historical|previous(?:ly)?|prior|earlier|expected|literature|reported\s+(?:in|by))\b",
                        re.I)


def _metric_key(word: str) -> str:
    w = word.lower()
    if "progression" in w or "pfs" in w:
        return "PFS"
    if "overall" in w and "survival" in w or w.endswith("os"):
        return "OS"
    if "control" in w or "dcr" in w:
        return "DCR"
    return "ORR"


def _run_at(text: str, therapies: list[Mention], pos: int) -> list[Mention]:
    """The therapies joined into one regimen from ``pos`` on (none unless one starts right there)."""
    runs = _joined_runs(text, [t for t in therapies if t.start >= pos], _JOIN)
    return runs[0] if runs and runs[0][0].start == pos else []


def clause_sides(text: str, therapies: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The two regimens (each a run of therapy mentions) that two clauses of ``text`` give one metric for ("the
    median PFS with A (n = 127) was 11.9 months; the median PFS with B alone (n = 68) was 11.2 months"), in text
    order, or None: exactly two such clauses, of one metric, a clause break between them, no outside data."""
    if _OUTSIDE.search(text):
        return None
    found = []
    for m in _METRIC_WITH.finditer(text):
        run = _run_at(text, therapies, m.end())
        if run and _AFTER_RUN.match(text, run[-1].end):
            found.append((_metric_key(m.group("metric")), m.start(), run))
    if len(found) != 2 or found[0][0] != found[1][0]:
        return None
    (_, _, first), (_, start, second) = found
    if not _CLAUSE_BREAK.search(text, first[-1].end, start):
        return None
    if {t.entity.id for t in first} == {t.entity.id for t in second}:
        return None
    return first, second
