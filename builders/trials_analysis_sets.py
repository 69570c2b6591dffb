"""The analysis populations of a trial, by the words that name them: "efficacy-evaluable", "intent-to-treat (ITT)",
"modified per-protocol", "mPP", "safety", "full analysis". A value given for one of them is the trial's (or its arm's)
value in that analysis, kept with the population's name ("ITT population") as its subgroup, never another arm's.
So are the counts of the patients whose samples a biomarker analysis had (``sampled_part``)."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

POPULATION = (r"(?:(?:efficacy|response|tumou?r\s+response)[- ]evaluable|evaluable|assessable|"
              r"(?:modified\s+)?(?:intent(?:ion)?[- ]to[- ]treat|per[- ]protocol)(?:\s*\(\s*m?(?:ITT|PP)\s*\))?|"
              r"m?ITT|m?PP|safety|full[- ]analysis|as[- ]treated)")
# the noun after a population's words: "ITT population", "evaluable cohort", "safety set", "full analysis"
NOUN = r"(?:populations?|cohorts?|sets?|analys[ie]s)"
_WHOLE = lazy_compile(rf"\s*(?:the\s+)?({POPULATION})(?:\s+{NOUN})?\s*", re.I)


def set_label(written: str) -> str:
    """The population's name as kept: "intent-to-treat (ITT)" -> "ITT population", "efficacy-evaluable" ->
    "efficacy-evaluable population", "mPP" -> "modified per-protocol population".

    >>> set_label("intent-to-treat (ITT)"), set_label("mPP"), set_label("efficacy-evaluable")
    ('ITT population', 'modified per-protocol population', 'efficacy-evaluable population')
    """
    w = re.sub(r"\s*\([^()]*\)", "", written).strip()
    low = re.sub(r"\s+", "-", w.lower())
    modified = low.startswith("modified") or low in ("mitt", "mpp")
    if "treat" in low and "as-treated" != low or low.endswith("itt"):
        name = "ITT"
    elif "protocol" in low or low.endswith("pp"):
        name = "per-protocol"
    elif low.startswith("full"):
        name = "full analysis"
    else:
        name = low
    return f"{'modified ' if modified else ''}{name} population"


def analysis_set(words: str) -> str | None:
    """The analysis population ``words`` name as a whole ("mPP", "the ITT population"), or None."""
    m = _WHOLE.fullmatch(words)
    return set_label(m.group(1)) if m else None


# the patients a biomarker analysis could study, counted as those whose samples were available or analysed: "Plasma
# samples were available for 553 patients (placebo n = 265; A n = 288)", "Tumour tissue was analysed from 212 patients",
# "baseline serum specimens were evaluable in 140 patients" — a part of the randomised patients, not the arms' sample
# (never samples said to come from all of them: "samples were available for all 300 patients")
_SAMPLED = prefiltered(lazy_compile(  # (tried on every sentence with arms)
    r"\b(?P<kind>(?:(?:baseline|pre-?treatment|archival|paired|plasma|serum|blood|tissue|tumou?r|biopsy|stool|ctDNA|FFPE)\s+){1,2})"
    r"(?:samples|specimens|tissues?|biopsies)\s+(?:were|was|had\s+been)\s+(?:(?:also|only)\s+)?"
    r"(?P<verb>available|analy[sz]ed|evaluable|assessable|obtainable)\s+(?:for|from|in)\s+(?!all\b)(?:a\s+total\s+of\s+)?"
    r"(?P<n>\d[\d,]*)\s+(?:of\s+(?:the\s+)?\d[\d,]*\s+)?(?:patients|participants|pts|subjects)\b", re.I))


def sampled_count(text: str) -> tuple[str, int, int, int] | None:
    """The biomarker subset a sentence counts (see ``sampled_part``) as (label, count, start, end), else None."""
    m = _SAMPLED.search(text)
    if m is None:
        return None
    kind = " ".join(m.group("kind").lower().split())
    return f"{kind} samples {m.group('verb').lower()}", int(m.group("n").replace(",", "")), m.start("n"), m.end("n")


def sampled_part(text: str) -> str | None:
    """The label of the patients whose samples a biomarker analysis had ("Plasma samples were available for 553
    patients (...)" -> "plasma samples available"), else None.

    >>> sampled_part("Plasma samples were available for 553 patients (placebo n = 265; A n = 288).")
    'plasma samples available'
    >>> sampled_part("Tumour samples were available for all 120 patients.") is None
    True
    """
    found = sampled_count(text)
    return found[0] if found else None
