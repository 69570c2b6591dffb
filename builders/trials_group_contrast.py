"""Two groups of one arm's patients set side by side by a feature they did or did not have, read for the trial
reader (builders/trials_placing.py): the values of each group, labelled with the group.

A single-arm study often compares its patients who had a feature with those who had not ("patients with grade >=2
HFSR had longer OS (10.2 months) versus those with grades 0-1 (5.4 months)"; "40 of 50 patients had early tumour
shrinkage, which was associated with prolonged PFS and OS (11.3 vs. 3.7 months, HR 0.26; 42.8 vs. 9.0 months,
HR 0.40, respectively)"). Neither value is the arm's own: each is one group's, and the hazard ratio compares them.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_NUMBER = r"\d{1,3}(?:\.\d{1,2})?"
_MONTHS = r"\s*(?:months?|mo)\b"
_LONGER = r"(?:longer|shorter|prolonged|improved|better|worse|superior|inferior)"
# the survival measures a contrast may name ("PFS and OS", "median overall survival")
_MEASURE = r"(?:median\s+)?(?:PFS|OS|progression-free\s+survival|overall\s+survival)"
# "patients with grade >=2 HFSR had longer OS (10.2 months) [with A treatment] versus those with grades 0-1
# (5.4 months)": the group with the feature first, the other after "versus"/"compared with"/"than"
_SIDE_BY_SIDE = lazy_compile(
    rf"\b(?:patients|participants|those)\s+(?:with|who\s+(?:had|developed|experienced|achieved))\s+"
    rf"(?P<g1>[^,;()]{{2,60}}?)\s+(?:had|showed|experienced|achieved)\s+(?:an?\s+)?(?:significantly\s+)?{_LONGER}\s+"
    rf"(?P<m>{_MEASURE})\s*\(\s*(?P<v1>{_NUMBER}){_MONTHS}\s*\)[^;()]{{0,60}}?\b(?:versus|vs\.?|compared\s+(?:with|to)|than)\s+"
    rf"(?:those|patients|participants)\s+(?:with|who\s+had)\s+(?P<g2>[^,;()]{{2,60}}?)\s*\(\s*(?P<v2>{_NUMBER}){_MONTHS}\s*\)", re.I)
# "patients with a primary colon tumour had a longer OS than patients with a primary rectal tumour (18.8 months vs
# 11.1 months, respectively; P = .037)": both groups named first, the pair of values after the second, in its order
# (one measure only: "worse OS and PFS (9.6 vs 12.9 months)" does not say which measure the pair is of)
_SIDE_THEN_PAIR = lazy_compile(
    rf"\b(?:patients|participants|those)\s+(?:with|who\s+(?:had|developed|experienced|achieved))\s+"
    rf"(?P<g1>[^,;()]{{2,60}}?)\s+(?:(?:might|may|could)\s+(?:have\s+)?)?(?:had|have|showed|experienced|achieved)\s+"
    rf"(?:an?\s+)?(?:significantly\s+|numerically\s+)?{_LONGER}\s+(?P<m>{_MEASURE})\s+"
    rf"(?:than|versus|vs\.?|compared\s+(?:with|to))\s+(?:those|patients|participants)\s+(?:with|who\s+had)\s+"
    rf"(?P<g2>[^,;()]{{2,60}}?)\s*\(\s*(?P<v1>{_NUMBER})(?:{_MONTHS})?\s*(?:vs\.?|versus)\s*(?P<v2>{_NUMBER}){_MONTHS}"
    rf"\s*(?:,\s*respectively\s*)?[;,)]", re.I)
# "... had early tumour shrinkage (ETS), which was associated with prolonged PFS and OS (11.3 vs. 3.7 months, HR 0.26,
# p = 0.0003; 42.8 vs. 9.0 months, HR 0.40, p = 0.0279, respectively)": the feature against its absence
_FEATURE_ASSOCIATED = lazy_compile(
    rf"\b(?:had|achieved|developed|showed|experienced)\s+(?:an?\s+)?(?P<g1>[^,;()]{{2,50}}?)(?:\s*\([^()]{{1,12}}\))?,\s+which\s+"
    rf"(?:was|were)\s+(?:significantly\s+)?associated\s+with\s+(?:a\s+)?(?:significantly\s+)?{_LONGER}\s+"
    rf"(?P<ms>{_MEASURE}(?:\s*(?:,|and)\s*{_MEASURE}){{0,2}})\s*\((?P<body>[^()]{{4,240}})\)", re.I)
_PAIR = lazy_compile(rf"^\s*(?P<v1>{_NUMBER})(?:{_MONTHS})?\s*(?:vs\.?|versus)\s*(?P<v2>{_NUMBER}){_MONTHS}"
                     rf"(?:\s*[,;]\s*(?:HR|hazard\s+ratio)\s*[=:]?\s*(?P<hr>\d(?:\.\d{{1,3}})?))?", re.I)
# (s44 ovals) the measure first, each group with its value after it: "Median PFS on retreatment was increased in prior
# responders (4.9 months, 95% CI 3.6-6.2) compared to prior non-responders (2.5 months, ...)"
_MEASURE_IN_GROUPS = lazy_compile(
    rf"\b(?P<m>{_MEASURE})(?:\s+(?:on|with|after|during|from)\s+[\w\-]+)?\s+(?:was|were)\s+(?:significantly\s+)?"
    rf"(?:{_LONGER}|increased|decreased|reduced)\s+(?:in|for|among)\s+(?:the\s+)?(?P<g1>[^,;()]{{2,50}}?)\s*"
    rf"\(\s*(?P<v1>{_NUMBER}){_MONTHS}[^()]{{0,60}}\)\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?"
    rf"(?P<g2>[^,;()]{{2,50}}?)\s*\(\s*(?P<v2>{_NUMBER}){_MONTHS}", re.I)
# (s44 ovals) the measure first, the groups set apart by "than", the pair of values after them: "PFS was longer for
# metachronous than synchronous tumours (11.0 vs 5.0 months, P = 0.028)" (the first group takes the second's noun)
_MEASURE_THAN_PAIR = lazy_compile(
    rf"\b(?P<m>{_MEASURE})\s+(?:was|were)\s+(?:significantly\s+)?{_LONGER}\s+(?:in|for|among)\s+(?P<g1>[\w\-]+)\s+than\s+"
    rf"(?:(?:in|for|among)\s+)?(?P<g2>[\w\-]+(?:\s+[\w\-]+)?)\s*\(\s*(?P<v1>{_NUMBER})(?:{_MONTHS})?\s*(?:vs\.?|versus)\s*"
    rf"(?P<v2>{_NUMBER}){_MONTHS}", re.I)
_ONE_MEASURE = lazy_compile(_MEASURE, re.I)
# a group named only by its grade or level ("grades 0-1"), which takes the feature's noun from the other group
_BARE_LEVEL = lazy_compile(r"(?:grades?|scores?|levels?)\s+[\d\s\-–−/,or]+", re.I)


_PROGRESSION = lazy_compile(r"PFS|progression", re.I)
_ARTICLE = lazy_compile(r"^(?:an?|the)\s+", re.I)
_MARKER_LEVEL = lazy_compile(r"\b(?:high|low|positive|negative|wild|mut\w*|amplif\w*|express\w*|MSI|MSS|dMMR|pMMR|"
                             r"left|right|sided|[A-Z][A-Z0-9]{1,7}[+\-])(?![\w])", re.I)


def survival_kind(measure: str) -> str:
    """"PFS" for a progression-free survival measure as written ("median PFS", "progression-free survival"),
    else "OS"."""
    return "PFS" if _PROGRESSION.search(measure) else "OS"


def _metric(measure: str) -> str:
    return "m" + survival_kind(measure)


def _label(group: str) -> str:
    return " ".join(group.split())


def contrasted_groups(text: str) -> tuple[list[tuple[str, float, str]], list[tuple[int, int]]]:
    """The values of the two groups a sentence sets side by side, as (metric, value, group label), and where the
    groups are named; a hazard ratio given with them compares the groups ("ETS vs no ETS"). Empty when the
    sentence sets no two groups apart."""
    out: list[tuple[str, float, str]] = []
    m = _SIDE_BY_SIDE.search(text)
    if m is not None:
        g1, g2 = _label(m.group("g1")), _label(m.group("g2"))
        if _BARE_LEVEL.fullmatch(g2) and not _BARE_LEVEL.fullmatch(g1):
            g2 = f"{g2} {g1.split()[-1]}"  # "grades 0-1" of the feature "grade >=2 HFSR" is "grades 0-1 HFSR"
        metric = _metric(m.group("m"))
        return [(metric, float(m.group("v1")), g1), (metric, float(m.group("v2")), g2)], [m.span("g1"), m.span("g2")]
    m = _SIDE_THEN_PAIR.search(text)
    if m is not None and not _MARKER_LEVEL.search(m.group("g1") + " " + m.group("g2")):
        # (groups a marker's level or status sets apart, "high EPHA2 expression" against "low expression", are read
        # by the trial reader's marker contrasts, which name both groups by the marker)
        g1, g2 = (_ARTICLE.sub("", _label(m.group(g))) for g in ("g1", "g2"))  # "a primary colon tumour"
        metric = _metric(m.group("m"))
        return [(metric, float(m.group("v1")), g1), (metric, float(m.group("v2")), g2)], [m.span("g1"), m.span("g2")]
    for form in (_MEASURE_IN_GROUPS, _MEASURE_THAN_PAIR):
        m = form.search(text)
        if m is not None and not _MARKER_LEVEL.search(m.group("g1") + " " + m.group("g2")):
            g1, g2 = (_ARTICLE.sub("", _label(m.group(g))) for g in ("g1", "g2"))
            if form is _MEASURE_THAN_PAIR and len(g2.split()) == 2 and len(g1.split()) == 1:
                g1 = f"{g1} {g2.split()[-1]}"  # "metachronous than synchronous tumours": metachronous tumours
            metric = _metric(m.group("m"))
            return [(metric, float(m.group("v1")), g1), (metric, float(m.group("v2")), g2)], [m.span("g1"), m.span("g2")]
    m = _FEATURE_ASSOCIATED.search(text)
    if m is None:
        return out, []
    measures = [_metric(x.group(0)) for x in _ONE_MEASURE.finditer(m.group("ms"))]
    body = re.sub(r",?\s*respectively\s*$", "", m.group("body").strip(), flags=re.I)
    parts = [p for p in body.split(";") if p.strip()]
    pairs = [_PAIR.match(p) for p in parts]
    if len(pairs) != len(measures) or any(p is None for p in pairs):
        return out, []  # values the reader cannot give to the measures one by one
    g1 = _label(m.group("g1"))
    g2 = f"no {g1}"
    for metric, p in zip(measures, pairs):
        out.append((metric, float(p.group("v1")), g1))
        out.append((metric, float(p.group("v2")), g2))
        if p.group("hr"):
            out.append(("HR_" + metric[1:], float(p.group("hr")), f"{g1} vs {g2}"))
    return out, [m.span("g1")]
