"""Values a sentence gives per analysis population of one study, read for the trial reader
(builders/trials_placing.py).

A single-arm study may report one metric twice, once for each set of its patients it analysed: "The ORRs were 48%
(95% CI ...) in the efficacy-evaluable cohort and 45% (95% CI ...) in the intention-to-treat cohort", "disease control
rates were 90% and 87% in the evaluable and ITT populations, respectively", "9.1 months in the mPP and 8.0 months in the
ITT population" (the noun said once), "In the per-protocol analysis, median PFS was 9.1 months, whereas in the
intention-to-treat analysis it was 8.0 months" (each population before its value). Each value is that population's (kept as
the value's subgroup: "efficacy-evaluable population", "ITT population"), never a second arm's. One metric only, the
values as many as the populations, all in the metric's kind of unit; otherwise nothing, nor in a sentence that cites
other studies or calls its values historical.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trials_analysis_sets import NOUN as _NOUN, POPULATION as _POP, set_label as _label
from builders.trials_part_values import _ELSEWHERE, _METRICS, _NUM, _UNIT, _VALUE, _blanked, _fits, _metric, _unit

# any population's words: no sentence without them gives values per population (a cheap gate, checked first)
_POP_ANY = prefiltered(lazy_compile(_POP, re.I))
# "48.3% (...) in the efficacy-evaluable cohort": a value followed by the population it is of
# (also with the noun said once for two populations: "9.1 months in the mPP and 8.0 months in the ITT population")
_VALUE_IN = prefiltered(lazy_compile(rf"(?<![\w.\-/])({_NUM})\s*({_UNIT})\s+(?:in|for|among)\s+the\s+({_POP})(?:\s+{_NOUN}\b|"
                                     rf"(?=\s*,?\s+(?:and|whereas|while|but|versus|vs\.?)\s+[^;]{{0,40}}?\s{_NOUN}\b))", re.I))
# (s56 armcounts) "In the per-protocol analysis, PFS was 9.1 months, whereas in the intention-to-treat analysis it was 8.0
# months": each population named before its value, in its own clause
_IN_VALUE = prefiltered(lazy_compile(rf"\b(?:in|for|among|within)\s+the\s+({_POP})\s+{_NOUN}\s*,?\s*(?:(?![\d;.()])[^;.()]){{0,40}}?"
                                     rf"\b(?:was|were|of|reached)\s+({_NUM})\s*({_UNIT})", re.I))
# "... in the efficacy-evaluable and ITT cohorts, respectively": the populations named after the values, in order
_POPS_AFTER = prefiltered(lazy_compile(rf"\b(?:in|for|among)\s+the\s+({_POP})\s*,?\s+(?:and|or)\s+(?:the\s+)?({_POP})\s+{_NOUN}"
                                       rf"\s*,?\s*respectively\b", re.I))
_NUMBER = lazy_compile(rf"(?<![\w.\-/]){_NUM}(?![\d.]\d)")


def population_values(text: str) -> list[tuple[str, float, str, int, int, str]]:
    """The values ``text`` gives per analysis population of one study, as (metric, value, unit, start, end,
    population label); empty unless there is one metric and one value per population (see the module)."""
    if not _POP_ANY.search(text) or _ELSEWHERE.search(text):
        return []
    blanked = _blanked(text)
    tied = list(_VALUE_IN.finditer(blanked))
    led = list(_IN_VALUE.finditer(blanked)) if len(tied) < 2 else []
    if len(tied) >= 2:
        values = [(m.group(1), m.group(2), m.start(1), m.end(1), _label(text[m.start(3):m.end(3)])) for m in tied]
        until = tied[-1].end()
    elif len(led) >= 2:
        values = [(m.group(2), m.group(3), m.start(2), m.end(2), _label(text[m.start(1):m.end(1)])) for m in led]
        until = led[-1].end()
    else:
        after = _POPS_AFTER.search(blanked)
        if after is None:
            return []
        found = list(_VALUE.finditer(blanked, 0, after.start()))
        labels = [_label(text[after.start(i):after.end(i)]) for i in (1, 2)]
        if len(found) != 2:
            return []
        values = [(m.group(1), m.group(2), m.start(1), m.end(1), label) for m, label in zip(found, labels)]
        until = after.start()
    first = values[0][2]
    # every number from the metric's name to the last value is a population's value ("7.4 vs 5.9 months and 7.1 vs
    # 5.6 months in the ITT and per-protocol populations": pairs, each of two arms)
    named = max((m.end() for _, pattern in _METRICS for m in pattern.finditer(blanked, 0, first)), default=None)
    if named is None or len(list(_NUMBER.finditer(blanked, named, until))) != len(values):
        return []
    if len({label for *_, label in values}) != len(values) or len({u.lower().rstrip("s") for _, u, *_ in values}) != 1:
        return []
    metric = _metric(text[:first])
    if metric is None or not all(_fits(metric, u) for _, u, *_ in values):
        return []
    return [(metric, float(v), _unit(u), a, b, label) for v, u, a, b, label in values]
