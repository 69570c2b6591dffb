"""Endpoints restricted to one site of disease: "median progression-free survival in the liver", "hepatic PFS",
"liver-specific PFS", "ORR in the liver", "intracranial response rate", "the response rate of liver lesions".

Such a value is not the trial's PFS or ORR (a liver-directed therapy may double the response in the liver and leave
the overall response as it was), so it carries its site the way a subgroup is carried ("site: liver"). "At any site",
"at all sites" and "overall" name the trial's own endpoint. A sentence that gives both kinds ("PFS in the liver was
20.5 vs 12.6 months, and PFS at any site 10.7 vs 10.2 months") keeps only the values of its overall endpoint: the
values after a site-restricted metric, up to the next metric, are dropped (which metric a value of a mixed run
belongs to is the placer's work, and a wrong site is worse than none).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the site words, each with the site it names
_SITES = {"liver": "liver", "hepatic": "liver", "intrahepatic": "liver", "intra-hepatic": "liver",
          "extrahepatic": "extrahepatic", "extra-hepatic": "extrahepatic", "intracranial": "intracranial",
          "cns": "intracranial", "brain": "intracranial", "lung": "lung", "lungs": "lung", "pulmonary": "lung",
          "peritoneal": "peritoneal", "peritoneum": "peritoneal"}
_ADJ = r"(?:liver|hepatic|intra-?hepatic|extra-?hepatic|intracranial|CNS|brain|lung|pulmonary|peritoneal)"
_PLACE = r"(?:liver|lungs?|brain|peritoneum|CNS)"
# "hepatic PFS", "liver-specific progression-free survival", "intracranial ORR", "median hepatic PFS" (the metric cue
# may start after "median")
_BEFORE = lazy_compile(rf"\b({_ADJ})(?:[\s\-]+(?:specific|only|confined|limited))?[\s\-]+(?:(?:median|objective)\s+)?$", re.I)
# "... in the liver", "... (ORR) in the liver", "rate of liver lesions", "in hepatic lesions"; not "in the lung cancer
# cohort" (a population), nor "in liver metastases" after a survival endpoint (patients with them)
_AFTER = lazy_compile(rf"\s*(?:\(\s*[A-Za-z]{{2,6}}\s*\)\s*)?(?:rates?\s+)?(?:(?:in|within)\s+the\s+({_PLACE})\b"
                      rf"(?![\s\-]+(?:cancers?|cohorts?|groups?|subgroups?|arms?|patients|tumou?rs|metastas[ie]s|only)\b)|"
                      rf"(?:in|of|for)\s+(?:the\s+)?({_ADJ})\s+(?:lesions|target\s+lesions)\b|"
                      rf"of\s+(?:the\s+)?({_ADJ})\s+metastases\b)", re.I)
# "PFS at any site", "ORR at all sites", "overall PFS": the trial's own endpoint
_OVERALL_SITE = lazy_compile(r"\s*(?:\(\s*[A-Za-z]{2,6}\s*\)\s*)?(?:rates?\s+)?at\s+(?:any|all)\s+sites?\b", re.I)


def _site_of(text: str, start: int, end: int) -> str | None:
    """The site a metric cue at ``start``-``end`` is restricted to, else None."""
    if _OVERALL_SITE.match(text, end):
        return None
    m = _AFTER.match(text, end) or _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    return _SITES.get(word.lower().replace("-", ""), _SITES.get(word.lower()))


def _outermost(hits: list) -> list[tuple[int, int]]:
    """The spans of the metric cues (hazard ratios aside) not inside a longer one, in order."""
    spans = sorted({(h[0], h[1]) for h in hits if h[2].startswith("metric_") and h[2] != "metric_hr"},
                   key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


def restricted_sites(text: str, hits: list) -> tuple[str | None, list[tuple[int, int]]]:
    """A sentence's site-restricted endpoints: the label every value of the sentence carries when each of its
    metrics is restricted to one site ("site: liver"), else None; and the stretches of text (from a restricted
    metric to the next metric) whose values belong to a restricted metric of a sentence that also gives an overall
    one (to be dropped)."""
    spans = _outermost(hits)
    if not spans:
        return None, []
    sites = [_site_of(text, a, b) for a, b in spans]
    if not any(sites):
        return None, []
    if all(sites) and len(set(sites)) == 1:
        return f"site: {sites[0]}", []
    bounds = [a for a, _ in spans[1:]] + [len(text)]
    return None, [(a, stop) for (a, _), stop, site in zip(spans, bounds, sites) if site]
