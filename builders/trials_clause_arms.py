"""The second arm of a trial named in its own results clause, the metric restated for each arm.

A report may give a trial's result clause by clause, each clause naming its group after the metric: "the median PFS
with A plus B (n = 127) was 11.9 months; the median PFS with B alone (n = 68) was 11.2 months". When the trial has one
known arm (A plus B), the other clause's regimen is its second arm: the known arm's backbone ("B alone"), or a regimen
the report sets the trial against elsewhere ("an advantage over C"; builders.trials_outside_comparator). The clauses
must restate the same metric and each give a value after the verb ("was", "were", "reached", "of"). The reader asks
this only for the report's own trial with exactly one arm (builders/trials_text.py).

A report may also name its comparator only where it gives its pair of values: the known arm's regimen the subject of an
improvement in a metric "compared with" (versus, over) the other regimen, the two values in the bracket right after
it ("treatment with A resulted in an increase in overall survival compared with placebo (median survival time, 9.3 vs
6.6 months)"): the regimen after the comparison word is the second arm (``improvement_sides``). Or it lists both
regimens after the metric and then their values in the same order after a colon ("Median OS for A-B and A-placebo: 16.2
and 13.1 months"; ``listed_sides``).

(s60) Or it writes the comparator's value with it only, set against the known arm's value by a word of comparison:
"the median OS with A plus B was 8.9 months (95% CI, ...) compared with 8.5 months with the multikinase inhibitor C":
8.5 is C's, whatever order the design named the arms in (``compared_value_therapy``).
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


def _run_at(text: str, therapies: list[Mention], pos: int, join=_JOIN) -> list[Mention]:
    """The therapies joined into one regimen by ``join`` from ``pos`` on (none unless one starts right there)."""
    runs = _joined_runs(text, [t for t in therapies if t.start >= pos], join)
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


# an improvement a regimen brings, said before the regimen it is set against: "resulted in a significant increase in
# overall survival compared with", "prolonged median PFS versus", "an OS advantage over"
_IMPROVEMENT = lazy_compile(r"\b(?:increase[sd]?|improve(?:s|d|ments?)?|prolong(?:s|ed|ation)|extend(?:s|ed)|longer|"
                            r"advantage|benefit|gain)\b", re.I)
_COMPARED_WORD = lazy_compile(r"\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|over|relative\s+to)\s+(?:the\s+)?$", re.I)
# the pair of values in the bracket right after the regimen compared: "(median survival time, 9.3 vs 6.6 months)",
# "(9.3 vs 6.6 months; HR 0.65)", "(ORR: 79% vs 57%)"
_PAIR_BRACKET = lazy_compile(r"\s*(?:alone\s*|arm\s*|group\s*)?\(\s*(?:[A-Za-z][^()\d;:,]{0,40}[,:]\s*)?\d{1,3}(?:\.\d+)?\s*"
                             r"(?:%|months?|mo)?\s*(?:vs\.?|versus)\s*\d", re.I)


def improvement_sides(text: str, therapies: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The two regimens a sentence sets against each other by an improvement of the first in a metric "compared with"
    the second, the pair of values in the bracket right after the second ("A resulted in an increase in overall
    survival compared with placebo (median survival time, 9.3 vs 6.6 months)"), the improved one first; None unless
    the words between the two hold the improvement, within one clause."""
    if _OUTSIDE.search(text):
        return None
    runs = _joined_runs(text, therapies, _JOIN)
    for first, second in zip(runs, runs[1:]):
        cmp = _COMPARED_WORD.search(text, first[-1].end, second[0].start)
        if cmp is None or not _PAIR_BRACKET.match(text, second[-1].end):
            continue
        between = text[first[-1].end:cmp.start()]
        if ";" in between or len(between) > 120 or not _IMPROVEMENT.search(between):
            return None
        if {t.entity.id for t in first} == {t.entity.id for t in second}:
            return None
        return first, second
    return None


# what joins the parts of one regimen inside a listed pair, where "and" parts the two regimens: "FOLFIRI-aflibercept",
# "A + B", "A plus B", "A/B"
_TIGHT_JOIN = lazy_compile(r"\s*(?:\+|plus|-|/|with)\s*", re.I)
_PAIR_JOIN = lazy_compile(r"\s*(?:and|versus|vs\.?)\s+(?:the\s+)?", re.I)
# the colon after the second regimen, its value right after: "... and A-placebo: 16.2 and 13.1 months"
_COLON_VALUES = lazy_compile(r"\s*(?:alone|monotherapy)?\s*(?:arms?|groups?)?\s*:\s*\d{1,3}(?:\.\d+)?\s*(?:%|months?|mo)?\s*(?:and|vs\.?|versus|,)\s*\d", re.I)


def listed_sides(text: str, therapies: list[Mention]) -> tuple[list[Mention], list[Mention]] | None:
    """The two regimens a sentence lists after a metric and then gives their values for, in the same order, after a
    colon ("Median OS for FOLFIRI-aflibercept and FOLFIRI-placebo: 16.2 and 13.1 months"), in text order; None unless
    the two regimens differ."""
    if _OUTSIDE.search(text):
        return None
    for m in _METRIC_WITH.finditer(text):
        first = _run_at(text, therapies, m.end(), _TIGHT_JOIN)
        if not first:
            continue
        join = _PAIR_JOIN.match(text, first[-1].end)
        second = _run_at(text, therapies, join.end(), _TIGHT_JOIN) if join else []
        if not second or not _COLON_VALUES.match(text, second[-1].end):
            continue
        if {t.entity.id for t in first} == {t.entity.id for t in second}:
            return None
        return first, second
    return None


# (s60) between two values of one metric, the word that sets the second against the first: "8.9 months (95% CI,
# 7.0-10.6) compared with 8.5 months", "30% versus 20%"
_VALUES_COMPARED = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+", re.I)
# the value's own therapy written right after it: "with C", "for patients given C", "with the multikinase inhibitor C"
# (a class word or a few before the drug)
_TIED_TO = lazy_compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:with|for|on)\s+(?:the\s+)?(?:(?:patients|those)\s+(?:receiving|"
                        r"treated\s+with|given)\s+)?", re.I)
_DESCRIBED = lazy_compile(r"(?:[\w\-/]+\s+){0,3}(?:inhibitor|antibody|agent|drug|blocker|TKI|mAb)\s+", re.I)


def compared_value_therapy(text: str, therapies: list[Mention], first_end: int, second: tuple[int, int]) -> Mention | None:
    """The one therapy the second of two values of one metric is written with, where a word of comparison sets that
    value against the first ("... was 8.9 months (95% CI, 7.0-10.6) compared with 8.5 months with the multikinase
    inhibitor C": C), else None (no comparison between the values, no therapy right after the second value, a
    combination, outside data).

    >>> from types import SimpleNamespace as N
    >>> text = "OS with A was 8.9 months compared with 8.5 months with the multikinase inhibitor C (HR 1.0)."
    >>> c = N(start=text.index("C ("), end=text.index("C (") + 1)
    >>> compared_value_therapy(text, [c], text.index(" compared"), (text.index("8.5"), text.index(" with the"))) is c
    True
    >>> compared_value_therapy(text.replace("compared with", "and"), [c], text.index(" compared"),
    ...                        (text.index("8.5"), text.index(" with the"))) is None
    True
    """
    if _OUTSIDE.search(text) or not _VALUES_COMPARED.fullmatch(text, first_end, second[0]):
        return None
    tie = _TIED_TO.match(text, second[1])
    if tie is None:
        return None
    after = [t for t in therapies if t.start >= tie.end()]
    if not after or (after[0].start > tie.end() and not _DESCRIBED.fullmatch(text, tie.end(), after[0].start)):
        return None
    if len(after) > 1 and _JOIN.fullmatch(text, after[0].end, after[1].start):
        return None  # "with C plus D": a combination, not read here
    return after[0]
