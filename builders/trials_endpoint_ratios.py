"""Hazard ratios given for two survival endpoints at once, read for the trial reader (builders/trials_values.py,
builders/trials_placing.py).

A trial report may give the comparison's hazard ratio for progression-free and for overall survival in one list: "the
hazard ratios for progression and death were 0.78 and 1.00, respectively", "HRs for PFS and OS were 0.70 (95% CI
0.57-0.86) and 0.85 (95% CI 0.70-1.03), respectively", "PFS and OS hazard ratios were 0.57 and 0.85", "with hazard
ratios of 0.62 and 0.75 for PFS and OS", "hazard ratios of 0.65 for overall survival and 0.32 for progression-free
survival". Each ratio is the one comparison's ratio for its endpoint, paired in the written order: the first with the
first endpoint named. Progression (or "progression or death") is the event of progression-free survival, death that of
overall survival; the two endpoints must differ.

A list of ratios for groups of patients rather than endpoints ("the hazard ratios for PFS in left-sided and
right-sided tumours were 0.65 and 1.10, respectively") gives no endpoint's ratio: its values are ratios all the same,
never medians of an arm (:func:`listed_ratio_spans`), and their groups are left to the subgroup readers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from builders import trials_subgroups
from builders.lazy_patterns import lazy_compile

# an endpoint as a hazard ratio names it: the survival measure or the event it counts
_END = (r"(?:PFS|OS|progression[-\s]free\s+survival|overall\s+survival|(?:disease\s+)?progression(?:\s+or\s+death)?|"
        r"death)")
# the ratio word, singular or plural ("hazard ratio(s)", "HR(s)", "hazard ratio (HR)")
_RATIO = r"(?:hazard\s+ratios?|HRs?)(?:\s*\(HRs?\))?"
# a ratio's value (never a percentage or a month count), then its own interval and P value, in brackets or after commas
_VAL = (r"(?P<{n}>[0-4]\.\d{{1,3}}|[01])(?![\d.%])\s*(?:\([^()]{{0,70}}\)|\[[^\[\]]{{0,70}}\])?"
        r"(?:\s*[,;]\s*(?:95\s*%\s*CI\s*[,:]?\s*[\d.]+\s*[-–—]\s*[\d.]+|P\s*[=<>≤]\s*0?\.\d+))*")
_AND = r"\s*,?\s*(?:and|vs\.?|versus)\s+"
_FORMS = [
    # "the hazard ratios for PFS and OS were 0.70 and 0.85, respectively", "HRs for death and progression of 0.61 and 0.44"
    rf"\b{_RATIO}\s+(?:for|of)\s+(?:the\s+)?(?P<e1>{_END}){_AND}(?:for\s+)?(?P<e2>{_END})"
    # (a population between the endpoints and the verb: "... for OS and PFS in the RAS wild-type population were")
    rf"(?:(?P<pop>\s+(?:in|among|for|within)\s+(?:the\s+)?[^.;:,()]{{2,60}}?)(?=\s+(?:were|was|are|is)\b))?"
    rf"\s*(?:were|was|are|is|of|:|,)?\s*"
    rf"(?:of\s+)?{_VAL.format(n='v1')}{_AND}{_VAL.format(n='v2')}",
    # "PFS and OS hazard ratios were 0.57 and 0.85"
    rf"\b(?P<e1>{_END}){_AND}(?P<e2>{_END})\s+{_RATIO}\s*(?:were|was|are|is|of|:|,)?\s*"
    rf"{_VAL.format(n='v1')}{_AND}{_VAL.format(n='v2')}",
    # "hazard ratios of 0.62 and 0.75 for PFS and OS"
    rf"\b{_RATIO}\s*(?:were|was|are|is|of|:|,)?\s*{_VAL.format(n='v1')}{_AND}{_VAL.format(n='v2')}\s*,?\s*"
    rf"(?:respectively\s*,?\s*)?(?:for|in)\s+(?:the\s+)?(?P<e1>{_END}){_AND}(?:for\s+)?(?P<e2>{_END})\b",
    # "hazard ratios of 0.65 for overall survival and 0.32 for progression-free survival"
    rf"\b{_RATIO}\s*(?:were|was|are|is|of|:|,)?\s*{_VAL.format(n='v1')}\s*(?:for|in)\s+(?:the\s+)?(?P<e1>{_END})\s*,?\s*"
    rf"and\s+(?:of\s+)?{_VAL.format(n='v2')}\s*(?:for|in)\s+(?:the\s+)?(?P<e2>{_END})\b",
]
_LISTED = lazy_compile("|".join("(?:" + f.replace("(?P<", f"(?P<f{k}_") + ")" for k, f in enumerate(_FORMS)), re.I)
# what may follow the second of two listed values: the end of the clause, "respectively", or another metric's words
_CLOSED = lazy_compile(r"\s*(?:,\s*)?(?:respectively\b|[.;)]|$)|\s*,\s*(?:and|while|whereas|but)\b", re.I)
# a plural ratio list whose items are not endpoints: "the hazard ratios for PFS in A and B were 0.65 and 1.10,
# respectively" (the ratio word, at most 80 characters of groups, then two values closed by "respectively")
_GROUP_LIST = lazy_compile(rf"\b(?:hazard\s+ratios|HRs)\b[^.;\d]{{0,80}}?\b(?:were|of|:)\s*{_VAL.format(n='v1')}{_AND}"
                           rf"{_VAL.format(n='v2')}\s*,?\s*respectively\b", re.I)
# a marker-defined population named after the two values, then the end: "... were 0.77 and 0.72 in the RAS wild-type
# population, respectively"
_POPULATION_CLOSED = lazy_compile(r"\s*(?P<pop>(?:in|among|for|within)\s+[^.;:,()]{2,60}?)\s*,?\s*(?:respectively\b|[.;)]|$)",
                                  re.I)
_CUE = lazy_compile(r"hazard\s+ratio|\bHRs?\b", re.I)
# the whole of a trial's patients, named as the population of its ratios
_WHOLE = lazy_compile(r"\s*(?:in|among|for|within)\s+(?:the\s+)?(?:overall|whole|entire|total|intention[- ]to[- ]treat|"
                      r"ITT|study|randomi[sz]ed)\s+(?:study\s+)?population", re.I)


def _closed(text: str, end: int) -> bool:
    """Whether a list of two values ending at ``end`` ends its clause: "respectively", the clause's end, or one
    marker-defined population its ratios are of ("in the RAS wild-type population, respectively")."""
    if _CLOSED.match(text, end) is not None:
        return True
    m = _POPULATION_CLOSED.match(text, end)
    return m is not None and trials_subgroups.population_phrase(m.group("pop")) is not None


def _population_kept(m: re.Match, k: int) -> bool:
    """Whether the population a listed pair names between its endpoints and its verb, if any, is one the ratios can
    be read for: the trial's whole population, or one marker-defined population (its label is the subgroup the trial
    reader gives the ratios, builders/trials_subgroups.py); never another study's, nor one named by no marker."""
    pop = m.group(f"f{k}_pop") if k == 0 else None
    return pop is None or _WHOLE.fullmatch(pop) is not None or trials_subgroups.population_phrase(pop) is not None


def _form(m: re.Match) -> int:
    """Which of :data:`_FORMS` a match of :data:`_LISTED` is (its groups are prefixed ``f<k>_``)."""
    return next(i for i in range(len(_FORMS)) if m.group(f"f{i}_v1") is not None)


_PROGRESSION = lazy_compile(r"PFS|progression", re.I)


def _kind(endpoint: str) -> str:
    """mPFS for progression-free survival or its event (also "progression or death"), mOS for overall survival or death."""
    return "mPFS" if _PROGRESSION.search(endpoint) else "mOS"


@lru_cache(maxsize=256)
def endpoint_ratios(text: str) -> tuple[tuple[int, int, float, str], ...]:
    """The hazard ratios ``text`` lists for two endpoints, as (start, end, value, metric) with metric mPFS or mOS (the
    survival measure the ratio is of), in the written order.

    >>> [(v, m) for _, _, v, m in endpoint_ratios("The hazard ratios for progression and death were 0.78 and 1.00, respectively.")]
    [(0.78, 'mPFS'), (1.0, 'mOS')]
    >>> [(v, m) for _, _, v, m in endpoint_ratios("HRs for PFS and OS were 0.70 (95% CI 0.57-0.86) and 0.85 (95% CI 0.70-1.03), respectively.")]
    [(0.7, 'mPFS'), (0.85, 'mOS')]
    >>> [(v, m) for _, _, v, m in endpoint_ratios("with hazard ratios of 0.62 and 0.75 for PFS and OS.")]
    [(0.62, 'mPFS'), (0.75, 'mOS')]
    >>> [(v, m) for _, _, v, m in endpoint_ratios("hazard ratios of 0.65 for overall survival and 0.32 for progression-free survival")]
    [(0.65, 'mOS'), (0.32, 'mPFS')]
    >>> [(v, m) for _, _, v, m in endpoint_ratios("PFS and OS hazard ratios were 0.57 and 0.85, respectively")]
    [(0.57, 'mPFS'), (0.85, 'mOS')]
    >>> endpoint_ratios("the hazard ratios for PFS in left-sided and right-sided tumours were 0.65 and 1.10, respectively")
    ()
    >>> endpoint_ratios("the HRs for PFS and progression were 0.65 and 0.70")
    ()
    >>> endpoint_ratios("the HRs for PFS and OS were 0.70 and 0.85 for the triplet and 0.80 and 0.90 for the doublet")
    ()
    """
    if _CUE.search(text) is None:
        return ()
    out: list[tuple[int, int, float, str]] = []
    for m in _LISTED.finditer(text):
        k = _form(m)
        e1, e2 = _kind(m.group(f"f{k}_e1")), _kind(m.group(f"f{k}_e2"))
        if e1 == e2:
            continue  # "for PFS and progression": one endpoint twice, no list of two
        if not _population_kept(m, k):
            continue  # "the HRs for OS and PFS in patients with left-sided tumours were ...": a group's, left
        if k in (0, 1) and not _closed(text, m.end()):
            continue  # "... were 0.70 and 0.85 in A and 0.9 and ..." runs on: not one value per endpoint
        for name, kind in ((f"f{k}_v1", e1), (f"f{k}_v2", e2)):
            out.append((m.start(name), m.end(name), float(m.group(name)), kind))
    return tuple(out)


def listed_ratio_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` gives the values of a plural list of hazard ratios closed by "respectively" ("the hazard ratios
    for PFS in left-sided and right-sided tumours were 0.65 and 1.10, respectively"), or a list of two endpoints' ratios
    that runs on to more groups: ratios, never an arm's medians, nor one ratio of the whole trial.

    >>> t = "the hazard ratios for PFS in left-sided and right-sided tumours were 0.65 and 1.10, respectively"
    >>> [t[a:b] for a, b in listed_ratio_spans(t)]
    ['0.65', '1.10']
    >>> t = "the HRs for PFS and OS were 0.70 and 0.85 for RAS wild-type and 0.80 and 0.90 for RAS-mutant patients"
    >>> [t[a:b] for a, b in listed_ratio_spans(t)]
    ['0.70', '0.85']
    """
    if _CUE.search(text) is None:
        return []
    spans = [(m.start(n), m.end(n)) for m in _GROUP_LIST.finditer(text) for n in ("v1", "v2")]
    for m in _LISTED.finditer(text):
        k = _form(m)
        if k in (0, 1) and not _closed(text, m.end()):
            # "the HRs for PFS and OS were 0.70 and 0.85 for A and 0.80 and 0.90 for B": runs of ratios per group
            spans += [(m.start(f"f{k}_v1"), m.end(f"f{k}_v1")), (m.start(f"f{k}_v2"), m.end(f"f{k}_v2"))]
    return spans
