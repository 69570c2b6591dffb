"""Where a sentence about an article's own series of patients starts to speak of a part of it, read for the trial
reader (builders/trials_placing.py).

An article's own study of the patients of its institution, which gave them no one therapy (a single institution's
survival over the years, its patients on phase I trials), has no arm: its values are those of the whole series ("The
median survival of the whole population was 30.1 months", "Median PFS and OS were 8.1 and 40.2 weeks, respectively").
Its other values are a part's, and the words that name the part come before them: "patients with", "those who",
"patients treated with", "in the first line", "Cohort A", a comparison ("vs", "compared with", "than") or a therapy,
and a hazard ratio compares two parts of the series. Only the values before the first such words are the series',
and not those of the clause where a therapy or a part is named after them ("19.0 months for those who had surgery").
They go to the series' one arm, "treatments as given" (the treatments its patients had, none singled out).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.trials_counts import _blank
from kg.ids import mint
from kg.model import Entity

SERIES_REGIMEN = "treatments as given"

_PART = lazy_compile(
    r"\b(?:patients|those|subjects|cases|participants|pts|men|women)\s+(?:who|with|without|whose|that|treated|receiving|"
    r"received|undergoing|underwent|given|harbou?ring|carrying|aged|older|younger|in|on|from|at)\b|"
    r"\b(?:cohort|group|arm|stratum|subgroup|subset)\s+(?:[A-Z]|[0-9]{1,2}|I{1,3}|IV)\b|"
    r"\b(?:subgroups?|subsets?|strat\w+|univariate|multivariate|univariable|multivariable|(?:risk\s+)?scores?)\b|"
    r"\b(?:first|second|third|fourth|later|last|subsequent|\d(?:st|nd|rd|th))[\s\-]+lines?\b|\blines?\s+of\b|"
    r"\b(?:vs\.?|versus|compared|than|between|whereas|while|respectively)\b|"
    r"\b(?:HRs?|hazard\s+ratios?|odds\s+ratios?|ORs?)\b|"
    r"\b(?:previous|prior|earlier|other|historical(?:ly)?|published)\b|\[\d|et\s+al\b", re.I)


# a part named after the values it has ("19.0 months for those who had surgery"): the values of its clause are the part's
# (or, "10.1 months with the last line", a line or a therapy after "with": "48.5 months using A in patients ...")
_FOR_PART = lazy_compile(r"\b(?:for|in|among|of|to|with|using|on|under|after)\s+(?:(?:the|all|these|those|a|an)\s+)?"
                         r"(?:\d[\d,]*\s+)?(?:[\w\-]+\s+)?$", re.I)
_CLAUSE_START = lazy_compile(r".*[,;:]", re.S)
# a qualifier that names the patients, time or setting a value is of ("in women", "after resection", "in the second
# period", "of elderly patients"): its clause's values are a part's; not the whole series ("in our cohort", "of the
# whole population", "in all patients"), a value ("of 21.0 months"), a follow-up or a difference ("with a median follow-up
# of", "with a significant difference")
_WHOLE = (r"(?:the\s+)?(?:whole|entire|overall|total|complete|study)\b|our\b|this\s+(?:study|cohort|series)\b|"
          r"all\s+(?:\d[\d,]*\s+)?(?:patients|cases)\b(?!\s+(?:with|who|treated|receiving))|"
          r"an?\s+(?:median\s+)?(?:follow|range)|a\s+(?:[\w\-]+\s+){0,2}(?:difference|trend)|(?:a\s+)?(?:statistically\s+)?significant\b")
_QUALIFIER = lazy_compile(rf"\b(?:in|among|for|after|during|within|from|at|with|without|by|under|on|since|before|following|"
                          rf"beyond|using)\s+(?!{_WHOLE})|\bof\s+(?!{_WHOLE}|\d|the\s+\d)", re.I)
_BRACKET = lazy_compile(r"\([^()]*\)")
# (s46 outv) the time a survival is counted from, no part of the series: "from the time of first treatment", "from the
# start of therapy", "from diagnosis"
_ORIGIN = lazy_compile(r"\bfrom\s+(?:the\s+)?(?:(?:time|start|date|day|beginning)\s+of\s+(?:the\s+)?(?:first\s+|initial\s+)?"
                       r"(?:treatment|therapy|diagnosis|randomi[sz]ation|enrol?ment|registration|inclusion)|"
                       r"diagnosis|randomi[sz]ation|enrol?ment|registration|inclusion)\b", re.I)


def series_part_start(text: str, therapy_starts: list[int]) -> int:
    """The start of the first words of ``text`` that name a part of the series (or a therapy, starting at one of
    ``therapy_starts``), else the length of the text: the values before it are the whole series'.

    >>> series_part_start("The median OS of the whole cohort was 21.0 months.", [])
    50
    >>> series_part_start("The median OS was 21.0 months in patients with KRAS mutations.", [])
    0
    >>> series_part_start("Median PFS was 4.2 months with regorafenib.", [31])
    0
    >>> series_part_start("The median OS was 30.1 months, and 19.0 months for those who had surgery.", [])
    30
    >>> series_part_start("Median OS was 23.1 months in women.", []), series_part_start("Median OS was 9.1 months in our cohort.", [])
    (0, 39)
    >>> series_part_start("Overall median survival from the time of first treatment was 10.2 months.", [])
    73
    """
    m = _PART.search(text)
    cut = min([m.start() if m else len(text), *therapy_starts])
    if cut < len(text) and (cut in therapy_starts or _FOR_PART.search(text, 0, cut)):
        clause = _CLAUSE_START.match(text, 0, cut)
        cut = clause.end() if clause else 0
    # (brackets hold intervals, ranges and short forms, no qualifier, nor does the time a survival is counted from:
    # blanked, the offsets kept)
    blank = _BRACKET.sub(_blank, text[:cut])
    q = _QUALIFIER.search(_ORIGIN.sub(_blank, blank))
    if q is not None:
        clause = _CLAUSE_START.match(text, 0, q.start())
        cut = clause.end() if clause else 0
    return cut


def series_regimen() -> Entity:
    """The regimen of the one arm of a series of patients given no one therapy: the treatments they had."""
    return Entity(mint("regimen", SERIES_REGIMEN), "Regimen", SERIES_REGIMEN)
