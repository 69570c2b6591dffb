"""Outcome values of groups a marker sets apart inside one arm, read for the trial reader (builders/trials_placing.py).

A biomarker report gives the values of marker groups of the patients one arm treated, each value followed by its
group ("the ORR was 53% in XYZ1 R/R patients and 31% in XYZ1 H/H patients", "10.1 months in patients with high X
expression and 6.2 months in those with low X expression"). Such values are the groups', never the arms' in the
order the design named them: they go to the one arm the sentence names (the trial's only arm when it has one), each
labelled with its group, and to no arm otherwise.

Two groups set apart by the level of one measure, the first named with a cut-off or a time ("patients with high
X (>144 pg/mL) levels at baseline had worse OS compared with patients with lower levels (9.6 vs. 12.9 months)",
"patients with baseline X levels >=12,000 ng/mL had a better median OS than those with lower levels (34.5 vs 13.1
months, HR 0.43)") are read by ``level_pair``: each value its group's, the second group with the first's cut-off
turned round ("lower XYZ (<12,000 ng/mL)"); the hazard ratio that compares them is the two groups' comparison ("first
vs second"), never the arm's own.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# a value's own group right after it: "53% in XYZ1 R/R patients", "6.2 months in those with low X expression",
# "(95% CI ...) among KRAS-mutant tumours"; group "g" the group's words, ended by its noun, a clause break or the end
_VALUE_GROUP = lazy_compile(
    r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|for|among)\s+(?:the\s+)?(?:(?:patients|those|subjects)\s+"
    r"(?:with|harbou?ring|carrying)\s+)?(?P<g>[^,;()]{2,50}?)\s*(?:patients|tumou?rs|carriers|subgroup|group|cohort|"
    r"population|subset)?\s*(?=[,;.)]|\s+(?:and|but|while|whereas|versus|vs\.?|compared)\b|$)", re.I)
# words that make a group one a marker sets apart: a genotype ("R/R", "AA", "818C-allele"), a status, a level
_MARKER_GROUP = lazy_compile(
    r"(?-i:\b[A-Z]/[A-Z]\b|\b[ACGT]{2}\b)|\b(?:genotypes?|alleles?|carriers?|polymorphisms?|variants?|mutant|mutated|"
    r"mutations?|wild[- ]type|WT|expression|expressing|amplified|amplification|positive|negative|high|low|higher|lower|"
    r"elevated|deleted|methylated|unmethylated|levels?|MSI(?:-H)?|MSS|dMMR|pMMR)\b|-allele\b", re.I)
# a marker's name in the group: a gene or protein symbol ("FCGR2A", "IL-8", "VEGF-A", "EREG")
_MARKER_NAME = lazy_compile(r"(?-i:\b[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,3})?\b)")
# groups that are arms, doses or lines rather than marker groups
_NOT_MARKER = lazy_compile(r"\b(?:dose|arm|treated|receiving|received|treatment|therapy|control|placebo|line|cycles?|"
                           r"overall|ITT|intention|all)\b|\d\s*mg", re.I)


def value_groups(text: str, starts_ends: list[tuple[int, int]]) -> list[tuple[str, int, int]] | None:
    """The marker group named right after each of several values (given as their (start, end)), as (label, start,
    end) of the label; None unless every value has its own, all different, each naming a marker and its status.

    >>> t = "The ORR was 53% in XYZ1 R/R patients and 31% in XYZ1 H/H patients."
    >>> [g for g, _, _ in value_groups(t, [(12, 15), (40, 43)])]
    ['XYZ1 R/R', 'XYZ1 H/H']
    >>> value_groups("The ORR was 53% in the A group and 31% in the B group.", [(12, 15), (38, 41)]) is None
    True
    """
    out = []
    for i, (_, end) in enumerate(starts_ends):
        stop = starts_ends[i + 1][0] if i + 1 < len(starts_ends) else len(text)
        m = _VALUE_GROUP.match(text[:stop], end)
        if m is None:
            return None
        label = " ".join(m.group("g").split())
        label = re.sub(r"^(?:an?|the)\s+", "", label, flags=re.I)
        if not (_MARKER_GROUP.search(label) and _MARKER_NAME.search(label)) or _NOT_MARKER.search(label):
            return None
        out.append((label, m.start("g"), m.end("g")))
    if len({g for g, _, _ in out}) != len(out):
        return None
    return out


_LEVEL = r"(?:high|higher|low|lower|elevated|increased|decreased|reduced)"
_CUT = r"(?:[≥>≤<]=?\s*\d[\d,.]*\s*(?:[a-zµμ]+/[a-zµμL]+|%)?)"
# (s60) inside a bracket after one arm's value, a subgroup's value followed by its group: "(57.1% with GCN ≥20 v 9.1% with GCN
# <20)", "(45% in KRAS wild-type vs 20% in KRAS-mutant tumours)"
_BRACKET_GROUP = lazy_compile(
    r"\s*(?:%|months?|mo)?\s*(?:in|for|among|with)\s+(?:the\s+)?(?:(?:patients|those|subjects)\s+(?:with|harbou?ring|"
    r"carrying)\s+)?(?P<g>[^,;()]{2,50}?)\s*(?:patients|tumou?rs|carriers|subgroup|group|cohort|population|subset)?\s*"
    r"(?=[,;)]|\s+(?:and|versus|vs\.?|v)\s)", re.I)
_OPENED = lazy_compile(r"\s*(?:%|months?|mo)?\s*\(")
_CUT_IN = lazy_compile(_CUT)


def bracketed_groups(text: str, starts_ends: list[tuple[int, int]]) -> tuple[int, list[str]] | None:
    """The marker groups of the values a bracket opened right after the first of several values gives ("On A, ORR was
    34.6% (57.1% with GCN ≥20 v 9.1% with GCN <20)"): (where the bracket opens, the group of each value after the
    first), the first value being the arm's own; None unless every value after the first stands in that bracket with a
    group of its own, all different, each a marker with its status or cut-off.

    >>> t = "On A, ORR was 34.6% (57.1% with GCN ≥20 v 9.1% with GCN <20)."
    >>> bracketed_groups(t, [(14, 19), (21, 26), (42, 46)])
    (20, ['GCN ≥20', 'GCN <20'])
    >>> bracketed_groups("On A, ORR was 34.6% (57.1% with B v 9.1% with C).", [(14, 19), (21, 26), (36, 40)]) is None
    True
    """
    if len(starts_ends) < 2:
        return None
    opened = _OPENED.match(text, starts_ends[0][1])
    if opened is None:
        return None
    close = text.find(")", opened.end())
    if close < starts_ends[-1][1] or "(" in text[opened.end():starts_ends[-1][1]]:
        return None
    labels = []
    for i, (_, end) in enumerate(starts_ends[1:], 1):
        stop = starts_ends[i + 1][0] if i + 1 < len(starts_ends) else close + 1
        m = _BRACKET_GROUP.match(text, end, stop)
        if m is None:
            return None
        label = " ".join(m.group("g").split())
        if not _MARKER_NAME.search(label) or _NOT_MARKER.search(label) or \
                not (_MARKER_GROUP.search(label) or _CUT_IN.search(label)):
            return None
        labels.append(label)
    if len(set(labels)) != len(labels):
        return None
    return opened.end() - 1, labels
# "patients with high X (>144 pg/mL) levels at baseline had worse OS compared with patients with lower levels",
# "patients with baseline X levels ≥12,000 ng/mL had a better median OS than those with lower levels": the first group
# named by a level word or a cut-off, the second by a level word (its measure taken from the first)
_LEVEL_PAIR = lazy_compile(
    rf"\b(?:patients|those|participants)\s+with\s+(?:an?\s+)?(?P<first>(?:baseline\s+)?(?:{_LEVEL}\s+(?:baseline\s+)?"
    rf"[\w\-/]+(?:\s+[\w\-/]+)?(?:\s*\({_CUT}\))?(?:\s+levels?)?|[\w\-/]+(?:\s+[\w\-/]+)?\s+levels?\s+{_CUT}))"
    rf"(?:\s+at\s+baseline)?\s+(?:had|showed|experienced|was\s+associated\s+with|were\s+associated\s+with)\s+"
    rf"(?:an?\s+)?(?:significantly\s+)?(?:better|worse|longer|shorter|improved|inferior|superior|poorer)\s+"
    rf"(?:median\s+)?(?P<measure>[\w\-\s]{{2,40}}?)\s+(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+"
    rf"(?:patients|those|participants)\s+with\s+(?:the\s+)?(?P<second>{_LEVEL})\s+levels?(?:\s+at\s+baseline)?\s*\(", re.I)


# words that make the first group's measure no marker's level ("dose intensity", "tumour burden", "response")
_NOT_LEVEL_MEASURE = lazy_compile(r"\b(?:dose|doses|intensity|burden|response|survival|age|score|grade|number|count|"
                                  r"exposure|toxicity|adherence)\b", re.I)
# a group or arm the sentence names before the marker groups ("In the placebo group, ...", "Among patients in the
# control arm, ..."): the marker groups are its patients', so the values are no other arm's
_GROUP_BEFORE = lazy_compile(r"\b(?:in|among|for|within)\s+(?:the\s+)?(?:patients\s+(?:in|of)\s+the\s+)?[\w\-+/ ]{1,40}?\s+"
                             r"(?:group|arm|cohort)s?\b|\b(?:placebo|control)\b", re.I)


def group_named_before(text: str, end: int) -> bool:
    """Whether the sentence names a group or arm of its own before ``end`` ("In the placebo group, ..."): values of
    marker groups are then that group's, never the trial's only known arm's.

    >>> group_named_before("In the placebo group, patients with high X levels had worse OS", 40)
    True
    >>> group_named_before("Patients with high X levels had worse OS", 30)
    False
    """
    return _GROUP_BEFORE.search(text, 0, end) is not None


def level_pair(text: str) -> tuple[re.Match, str, str] | None:
    """Two groups set apart by the level of one measure, as (match, first label, second label); the second group's
    level takes the first's measure ("lower levels" of IL-9 are "lower IL-9"), and the first's cut-off turned round
    when it has one (the rest of the patients: below "≥12,000" is "<12,000"). The match ends at the bracket of the
    pair of values.

    >>> t = "Patients with baseline XYZ levels ≥12,000 ng/mL had a better median OS than those with lower levels (34.5 vs 13.1 months)."
    >>> level_pair(t)[1:]
    ('baseline XYZ levels ≥12,000 ng/mL', 'lower XYZ (<12,000 ng/mL)')
    >>> level_pair("In arm B, patients with high ABC (>144 pg/mL) levels at baseline had worse OS compared with patients with lower levels at baseline (9.6 vs. 12.9 months).")[1:]
    ('high ABC (>144 pg/mL)', 'lower ABC (≤144 pg/mL)')
    """
    m = _LEVEL_PAIR.search(text)
    if m is None or not re.search(r"\b(?:PFS|OS|survival|response|ORR)\b", m.group("measure"), re.I):
        return None
    first = " ".join(m.group("first").split())
    measure = re.sub(r"^(?:baseline\s+)?(?:" + _LEVEL + r"\s+)?(?:baseline\s+)?", "", first, flags=re.I)
    measure = re.sub(r"\s*\([^()]*\)", "", measure)
    measure = re.sub(r"\s+levels?\b.*$", "", measure, flags=re.I)
    if not measure or len(measure.split()) > 2 or _NOT_LEVEL_MEASURE.search(measure):
        return None
    first = re.sub(r"\s+levels?$", "", first, flags=re.I)
    second = f"{m.group('second').lower()} {measure}"
    cut = _CUT_IN.search(first)
    if cut is not None and cut.group()[0] in _OTHER_SIDE:
        sign = cut.group()[:2] if cut.group()[1:2] == "=" else cut.group()[0]
        rest = cut.group()[len(sign):].strip()
        second += f" ({_OTHER_SIDE[sign]}{rest})"
    return m, first, second


# the other side of a cut-off: the patients below "≥N" are "<N", those below ">N" are "≤N"
_OTHER_SIDE = {"≥": "<", ">": "≤", ">=": "<", "≤": ">", "<": "≥", "<=": ">"}


# a list of groups before a "respectively" run: "in the KRAS wild-type, KRAS-mutant and BRAF-mutant groups", "for
# XYZ1 AA, AG and GG carriers"; group "items" the list
_GROUP_LIST = lazy_compile(
    r"\b(?:in|among|for)\s+(?:the\s+)?(?:patients\s+with\s+)?(?P<items>{item}(?:\s*,\s*{item}){{0,4}},?\s+"
    r"(?:and|or|vs\.?|versus)\s+{item}?)\s+(?:groups|subgroups|patients|tumou?rs|carriers|genotypes|cohorts|"
    r"populations|subsets)\b".format(item=r"(?:(?!\b(?:in|among|for|was|were)\b)[^,;()]){1,40}"), re.I)


def listed_marker_groups(text: str, before: int) -> tuple[list[str], int, int] | None:
    """The marker groups a list before ``before`` names as the groups of a run of values, with where the list stands
    (None when it names none):
    a "respectively" run after such a list gives the groups' values, never the arms' in their order, whether or not
    it gives as many values as groups.

    >>> listed_marker_groups("In arm A, median PFS in the KRAS wild-type, KRAS-mutant and BRAF-mutant groups was 9.1 and 5.0 months, respectively.", 90)[0]
    ['KRAS wild-type', 'KRAS-mutant', 'BRAF-mutant']
    >>> listed_marker_groups("Median PFS in the A and B groups was 9.1 and 5.0 months, respectively.", 40) is None
    True
    """
    for m in _GROUP_LIST.finditer(text, 0, before):
        items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|vs\.?|versus)\s+", m.group("items"))
                 if x.strip()]
        items = [re.sub(r"^(?:the|patients\s+with)\s+", "", x, flags=re.I) for x in items]
        if len(items) >= 2 and all(_MARKER_GROUP.search(x) for x in items) and \
                any(_MARKER_NAME.search(x) for x in items) and not any(_NOT_MARKER.search(x) for x in items):
            return items, m.start(), m.end()
    return None


# (s58) hazard ratios given one per marker group in a "respectively" run: "hazard ratios (95% CI) for A versus B arms in
# CMS1, 2, 3 and 4: 0.83 (0.43-1.62), 0.50 (...), 0.31 (...) and 1.24 (...), respectively", "the HRs for A vs B in KRAS
# wild-type and KRAS-mutant patients were 0.62 and 1.05, respectively"
_RATIO_VALUE = r"\d\.\d{1,3}(?:\s*\([^()]{1,40}\))?"
_RATIO_GROUP = r"[\w\-+/]+(?:[\s\-][\w\-+/]+){0,2}?"
_SUBGROUP_RATIOS = lazy_compile(
    rf"\b(?:hazard\s+ratios|HRs)\s*(?:\([^()]{{1,20}}\)\s*)?(?:for\s+(?:(?:PFS|OS)\s+(?:of|for)\s+)?(?P<sides>[^:;()]{{3,60}}?)\s+)?"
    rf"(?:in|among|for)\s+(?:the\s+)?(?:patients\s+with\s+)?(?P<groups>{_RATIO_GROUP}(?:\s*,\s*{_RATIO_GROUP}){{0,5}},?\s+"
    rf"and\s+{_RATIO_GROUP})(?:\s+(?:subgroups|patients|tumou?rs|groups|subtypes))?\s*(?::|were|was|of)\s*"
    rf"(?P<values>{_RATIO_VALUE}(?:\s*,\s*{_RATIO_VALUE}){{0,5}},?\s+and\s+{_RATIO_VALUE})\s*,?\s*respectively", re.I)
_MEASURE_WORD = lazy_compile(r"\b(?:PFS|OS|ORR|DCR|survival|response|progression|death)\b", re.I)
_SIDES_VS = lazy_compile(r"\s+(?:versus|vs\.?|compared\s+(?:with|to))\s+", re.I)


def _expand_groups(groups: str) -> list[str]:
    """The groups of a list, a bare number taking the name of the first ("CMS1, 2, 3 and 4": CMS1 ... CMS4)."""
    items = [x.strip() for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", groups) if x.strip()]
    head = re.fullmatch(r"(.*?[A-Za-z])\s?(\d+)", items[0]) if items else None
    return [f"{head.group(1)}{x}" if head and re.fullmatch(r"\d+", x) else x for x in items]


def subgroup_ratios(text: str) -> tuple[tuple[int, int] | None, list[tuple[str, float]]] | None:
    """The hazard ratios a sentence gives one per marker group in a "respectively" run, as (the span of the side the
    ratios are of, when the sentence names the sides "for A versus B", else None; [(group, ratio)]); None when the
    run gives no such ratios (as many values as groups, each group naming a marker or a side).

    >>> t = "with hazard ratios (95% CI) for AB versus A arms in CMS1, 2, 3 and 4: 0.83 (0.43-1.62), 0.50 (0.33-0.76), 0.31 (0.13-0.75) and 1.24 (0.68-2.25), respectively."
    >>> side, ratios = subgroup_ratios(t); t[side[0]:side[1]], ratios
    ('AB', [('CMS1', 0.83), ('CMS2', 0.5), ('CMS3', 0.31), ('CMS4', 1.24)])
    >>> subgroup_ratios("the HRs for A versus B in the first and second years were 0.80 and 0.90, respectively") is None
    True
    """
    m = _SUBGROUP_RATIOS.search(text)
    if m is None:
        return None
    groups = _expand_groups(m.group("groups"))
    values = [float(v) for v in re.findall(r"(?<![\d.(\-])(\d\.\d{1,3})(?![\d\-–])(?![^()]*\))", m.group("values"))]
    if len(groups) != len(values) or len(set(groups)) != len(groups) or not all(
            _MARKER_NAME.search(g) or _MARKER_GROUP.search(g) or re.search(r"\bsided\b", g, re.I) for g in groups) or \
            any(_NOT_MARKER.search(g) or _MEASURE_WORD.search(g) for g in groups):
        return None
    side = None
    if m.group("sides"):
        vs = _SIDES_VS.search(m.group("sides"))
        if vs is None:
            return None
        side = (m.start("sides"), m.start("sides") + vs.start())
    return side, list(zip(groups, values))
