"""Values a sentence gives per treatment line or per lettered cohort of one study, read for the trial reader
(builders/trials_placing.py).

A series treated line after line, or split into cohorts by period, gives one metric for each part in a list whose order
follows the parts it named first: "For the first three lines of chemotherapy, median PFS was 6.1 months (n=60), 2.9
months (n=45) and 2.2 months (n=28), respectively", "ORR in the first- and second-line settings was 41% and 18%,
respectively", "a difference between Cohort A and B (27.4 vs. 31.9 months; p = 0.03)", "median OS of periods A, B and C
was 14.2 vs. 17.5 vs. 20.3 months". Each value is its part's (kept as the value's subgroup: "first line", "cohort A"),
with the part's count when a bracket after the value gives it ("(n=60)"). One metric only, the values as many as the
parts and all in the metric's kind of unit (months, weeks or days for a median, % for a rate); otherwise nothing, nor
in a sentence that cites other studies or calls its values historical.

Two more ways of writing it (s47 f12out): each value followed by the line it is of ("Median PFS was 9.5 mo in first-;
4.8 mo in second- and 2.6 mo in third-line", "ORR was 38% in the first line and 21% in the second line"), and the
values right after the lines and their verb as one run with the unit written once ("The median PFS with first-,
second-, and third-line treatment was 9.6, 7.6, and 6.7 months"), which needs no "respectively" when no other value
of the metric follows.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.trials_values import _RESPECTIVELY

_ORD = r"(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_HOW_MANY = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
# the lines a sentence names: "the first three lines", "first, second and third lines", "first- and second-line settings"
_FIRST_N_LINES = lazy_compile(r"\bfirst\s+(two|three|four|[234])\s+(?:(?:treatment|therapy|chemotherapy)\s+)?lines\b", re.I)
_LINE_LIST = lazy_compile(rf"\b({_ORD}(?:[\s\-]*(?:line)?\s*,\s*{_ORD})*[\s\-]*(?:line)?,?\s+(?:and|or)\s+{_ORD})[\s\-]+lines?\b",
                          re.I)
# the lettered cohorts or periods it names: "Cohort A and B", "cohorts A, B and C", "periods A and B"
_COHORT_LIST = lazy_compile(r"\b(?i:cohorts?|periods?)\s+([A-H](?:\s*,\s*(?:(?i:cohort|period)\s+)?[A-H])*,?\s+(?:and|or)\s+"
                            r"(?:(?i:cohort|period)\s+)?[A-H])\b")
_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_UNIT = r"(?:months?|mos?\b|weeks?|wks?\b|days?|%)"
# the values set side by side: "27.4 vs. 31.9 months", "14.2 vs 17.5 vs 20.3 months"
_VS_RUN = lazy_compile(rf"({_NUM})\s*({_UNIT})?\s*(?:vs\.?|versus)\s*({_NUM})\s*({_UNIT})?(?:\s*(?:vs\.?|versus)\s*({_NUM})\s*({_UNIT})?)?",
                       re.I)
_VALUE = lazy_compile(rf"(?<![\w.\-/])({_NUM})\s*({_UNIT})", re.I)
# a list of values whose unit is written once, after the last: "9.6, 7.6, and 6.7 months" (s47 f12out)
_SHARED_UNIT_RUN = lazy_compile(rf"(?<![\w.\-/])({_NUM}(?:\s*,\s*{_NUM}){{0,4}},?\s+and\s+{_NUM})\s*({_UNIT})", re.I)
_BARE_NUM = lazy_compile(_NUM)
# a value followed by the line it is of: "9.5 mo in first-; 4.8 mo in second-; 2.6 mo in third- and 2.4 mo in
# fourth-line", "41% in the first line and 18% in the second line" (s47 f12out)
_VALUE_IN_LINE = lazy_compile(rf"(?<![\w.\-/])({_NUM})\s*({_UNIT})\s+(?:in|for|with)\s+(?:the\s+)?({_ORD})"
                              rf"(?:[\s\-]*line(?:\s+(?:treatment|therapy|chemotherapy|setting))?\b|-(?=\s*(?:[;,]|and\b)))", re.I)
_LINE_SEP = lazy_compile(r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)", re.I)
_BRACKET = lazy_compile(r"\([^()]*\)")
_OS_NAMED = lazy_compile(r"\boverall\s+survival|\bOS\b", re.I)
_N_IN_BRACKET = lazy_compile(r"\(\s*n\s*=\s*(\d{1,5})\b", re.I)
# the metric: one kind only in the sentence before the values
_METRICS = (("mPFS", lazy_compile(r"\bmedian\s+(?:progression[- ]free\s+survivals?|PFS)\b|\bmPFS\b", re.I)),
            ("mOS", lazy_compile(r"\bmedian\s+(?:overall\s+)?survivals?\b|\bmedian\s+OS\b|\bmOS\b", re.I)),
            ("ORR", lazy_compile(r"\b(?:objective|overall)?\s*response\s+rates?\b|\bORRs?\b", re.I)),
            ("DCR", lazy_compile(r"\bdisease\s+control\s+rates?\b|\bDCRs?\b", re.I)))
# values of other studies the sentence cites or calls earlier ("Historically, ORR in the second and third lines was 10%
# and 5%, respectively", "... as reported by Lee et al.")
_ELSEWHERE = lazy_compile(r"\b(?:historical(?:ly)?|previous(?:ly)?|published|literature|reported\s+(?:in|by)|"
                          r"(?:prior|earlier|other)\s+(?:studies|trials|reports|series))\b|\[\d|\bet\s+al\b", re.I)
_OTHER_TIME = lazy_compile(r"\bprogression[- ]free\b|\bPFS\b|\bduration\b|\btime\s+to\b|\bfollow-?up\b", re.I)


def _labels(text: str, cohorts: bool) -> tuple[list[str], int] | None:
    """The parts the sentence names first (their labels in order) and where their naming ends."""
    m = _FIRST_N_LINES.search(text)
    if m:
        return [f"{_NAMES[i]} line" for i in range(1, _HOW_MANY[m.group(1).lower()] + 1)], m.end()
    m = _LINE_LIST.search(text)
    if m:
        order = [_ORDINALS[w.lower()] for w in re.findall(_ORD, m.group(1), re.I)]
        return ([f"{_NAMES[i]} line" for i in order], m.end()) if len(set(order)) == len(order) else None
    m = _COHORT_LIST.search(text) if cohorts else None
    if m:
        letters = re.findall(r"\b[A-H]\b", m.group(1))
        kind = "period" if m.group(0).lower().startswith("period") else "cohort"
        return ([f"{kind} {x}" for x in letters], m.end()) if len(set(letters)) == len(letters) else None
    return None


def _metric(text: str) -> str | None:
    """The one metric ``text`` names, none when it names several."""
    found = set()
    for name, pattern in _METRICS:
        if pattern.search(text):
            found.add(name)
    if "mPFS" in found:
        # "median progression-free survival" holds "survival" but names no OS; "Median PFS and OS in the second and
        # third lines were ...": two metrics
        if _OS_NAMED.search(text):
            found.add("mOS")
        else:
            found.discard("mOS")
    if found == {"mOS"} and _OTHER_TIME.search(text):
        return None
    return next(iter(found)) if len(found) == 1 else None


def _fits(metric: str, unit: str) -> bool:
    rate = unit == "%"
    return rate == (metric in ("ORR", "DCR"))


def part_values(text: str, cohorts: bool = False) -> list[tuple[str, float, str, int, int, str]]:
    """The values ``text`` gives per line (or, ``cohorts``, per lettered cohort or period) of one study, as (metric,
    value, unit (months, weeks, days or %), start, end, part label), with each part's count when a bracket after its value gives it (metric "n");
    empty unless there is one metric and one value per part (see the module)."""
    if _ELSEWHERE.search(text):
        return []
    inline = _values_in_lines(text)
    if inline:
        return inline
    named = _labels(text, cohorts)
    if named is None:
        return []
    labels, at = named
    if len(labels) < 2:
        return []
    out = []
    vs = _VS_RUN.search(text, at)
    if vs and re.fullmatch(r"[^.;]{0,40}?\(?\s*", text[at:vs.start()]):
        nums = [(vs.group(i), vs.group(i + 1), vs.start(i), vs.end(i)) for i in (1, 3, 5) if vs.group(i)]
        unit = next((u for _, u, _, _ in reversed(nums) if u), None)
        if unit is None or len(nums) != len(labels) or any(u and u.lower() != unit.lower() for _, u, _, _ in nums):
            return []
        values = [(float(v), unit, a, b) for v, _, a, b in nums]
    else:
        end = _RESPECTIVELY.search(text, at)
        if end is None:
            # "The median PFS for first- and second-line therapy was 8.1 and 4.0 months": the values right after the
            # parts, in one run with their unit written once, need no "respectively" (s47 f12out)
            start = _after_verb(text, at)
            run = _SHARED_UNIT_RUN.match(text, start) if start >= 0 else None
            if run is None or _VALUE.search(text, run.end()):
                return []
            blanked = _blanked(text[:run.end()])
        else:
            blanked = _blanked(text[:end.start()])
        found = list(_VALUE.finditer(blanked, at))
        shared = _SHARED_UNIT_RUN.search(blanked, at)
        if len(found) == 1 and shared and shared.end() == found[0].end():
            # "was 9.6, 7.6, and 6.7 months, respectively": the unit written once for all
            values = [(float(n.group(0)), shared.group(2), shared.start(1) + n.start(), shared.start(1) + n.end())
                      for n in _BARE_NUM.finditer(shared.group(1))]
            if len(values) != len(labels):
                return []
        elif len(found) != len(labels) or len({m.group(2).lower().rstrip("s") for m in found}) != 1:
            return []
        else:
            values = [(float(m.group(1)), m.group(2), m.start(1), m.end(1)) for m in found]
        for (number, unit, a, b), label in zip(values, labels):
            count = _N_IN_BRACKET.match(text, _after_unit(text, b))
            if count:
                out.append(("n", float(count.group(1)), "", count.start(1), count.end(1), label))
    metric = _metric(text[:values[0][2]])
    if metric is None or not all(_fits(metric, u) for _, u, _, _ in values):
        return []
    return [(metric, v, _unit(u), a, b, label) for (v, u, a, b), label in zip(values, labels)] + out


def _blanked(text: str) -> str:
    """``text`` with its brackets blanked out, a bracket inside a bracket too ("(n=69, 95% confidence interval (CI)
    4.9-7.7 months)"), every position kept."""
    for _ in range(2):
        text = _BRACKET.sub(lambda m: " " * len(m.group(0)), text)
    return text


_VERB_GAP = lazy_compile(r"(?:\s+(?:treatment|therapy|chemotherapy|settings?))?\s+(?:was|were)\s+", re.I)


def _after_verb(text: str, at: int) -> int:
    """Where the values start after the parts' naming and its verb ("... third-line treatment was 9.6, ..."); -1
    when no verb follows the parts."""
    m = _VERB_GAP.match(text, at)
    return m.end() if m else -1


def _values_in_lines(text: str) -> list[tuple[str, float, str, int, int, str]]:
    """The values of one metric each followed by the line it is of ("Median PFS was 9.5 mo in first-; 4.8 mo in
    second- and 2.6 mo in third-line"): two or more in one run, each line once, one kind of unit; empty otherwise."""
    run: list = []
    for m in _VALUE_IN_LINE.finditer(text):
        if run and not _LINE_SEP.fullmatch(text, run[-1].end(), m.start()):
            if len(run) >= 2:
                break
            run = []
        run.append(m)
    if len(run) < 2 or not re.search(r"line", run[-1].group(0), re.I):
        return []
    order = [_ORDINALS[m.group(3).lower()] for m in run]
    if len(set(order)) != len(order) or len({m.group(2).lower().rstrip("s") for m in run}) != 1:
        return []
    metric = _metric(text[:run[0].start()])
    if metric is None or not all(_fits(metric, m.group(2)) for m in run):
        return []
    return [(metric, float(m.group(1)), _unit(m.group(2)), m.start(1), m.end(1), f"{_NAMES[i]} line")
            for m, i in zip(run, order)]


def _unit(written: str) -> str:
    """The unit a value is kept in, as written: "wks" -> "weeks", "day" -> "days", "mo" -> "months" (never converted)."""
    w = written.lower()
    return "weeks" if w.startswith("w") else "days" if w.startswith("d") else "%" if w == "%" else "months"


_UNIT_GAP = lazy_compile(rf"\s*{_UNIT}\s*", re.I)


def _after_unit(text: str, end: int) -> int:
    """Where the words after a value's unit start ("6.3 months (n=69": at the bracket)."""
    m = _UNIT_GAP.match(text, end)
    return m.end() if m else end
