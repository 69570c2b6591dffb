"""The analysis populations of a trial, by the words that name them: "efficacy-evaluable", "intent-to-treat (ITT)",
"modified per-protocol", "mPP", "safety", "full analysis". A value given for one of them is the trial's (or its arm's)
value in that analysis, kept with the population's name ("ITT population") as its subgroup, never another arm's."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

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
