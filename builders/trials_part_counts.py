"""The sizes of the labelled parts a sample is split into: "800 patients were enrolled: USA, n = 99; EU, n = 403;
Japan, n = 266", "(men: n = 412; women: n = 388)".

A list of two or more items, each a short label and its count written "n = N" after a comma or colon, set right after
the words that counted or enrolled the patients (a colon or an opening bracket after "patients", "enrolled",
"randomised", ...), or right after the clause that counted them ("44 patients with X who received A (CRC, n = 26;
pancreatic cancer, n = 7)"), gives the size of each part: the trial's count kept with the part's label. The same list after
words of events ("grade 3 events: diarrhea, n = 7; fatigue, n = 5") or labels that are therapies (each arm's count,
read elsewhere) gives none, nor does a list whose counts add up to more than a total the sentence gives first. An arm's
letter or number is no part of the sample either ("116 were evaluable: A: n = 54, B: n = 62", "arm 1, n = 40; arm 2, n =
38"): those are the arms' counts, read with the arms or not at all (s57).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_ITEM = r"[A-Za-z≥≤<>][\w≥≤<>\-./'’ ]{0,30}?\s*[,:]\s*n\s*=\s*\d{1,5}"
# the run of labelled counts, two or more, split by semicolons (or commas before the next label)
_RUN = lazy_compile(rf"(?<![\w\-])({_ITEM})((?:\s*[;,]\s*(?:and\s+)?{_ITEM}){{1,11}})", re.I)
_ONE = lazy_compile(r"(?P<label>[A-Za-z≥≤<>][\w≥≤<>\-./'’ ]{0,30}?)\s*[,:]\s*n\s*=\s*(?P<n>\d{1,5})", re.I)
# what the run must follow: the words that counted the sample, then a colon or an opening bracket
_COUNTED_BEFORE = lazy_compile(r"\b(?:patients|participants|subjects|pts|enrolled|randomi[sz]ed|included|accrued|"
                               r"registered|recruited|treated|analy[sz]ed|evaluable)\s*(?:[:(]|,\s*(?:including|of whom)\b)\s*$",
                               re.I)
_EVENTS = lazy_compile(r"\b(?:events?|toxicit(?:y|ies)|deaths?|died|adverse|grade|responses?|sites?|metastas[ie]s)\b",
                       re.I)
# or a count of patients earlier in the same clause, the bracket right after what the clause says of them ("44
# patients with GI cancers who had initiated on A (CRC, n = 26; pancreatic cancer, n = 7)")
_COUNTED_CLAUSE = lazy_compile(r"\b\d{1,5}\s+(?:patients|participants|subjects|pts)\b[^.;:()\[\]]{0,120}\(\s*$", re.I)
_TOTAL_BEFORE = lazy_compile(r"\b(\d{1,5})\s+(?:patients|participants|subjects|pts)\b", re.I)
# a label that only names an arm of the trial by its letter or number ("A", "arm B", "Group 2", "II")
_ARM_LETTER = lazy_compile(r"(?:(?:treatment\s+)?(?:arms?|groups?)\s+)?(?:[A-F]|[1-6]|I{1,3}|IV)", re.I)
_WORD_TOTAL = {"one hundred": 100, "two hundred": 200, "three hundred": 300, "four hundred": 400,
               "five hundred": 500, "six hundred": 600, "seven hundred": 700, "eight hundred": 800,
               "nine hundred": 900}


def _total(before: str) -> int | None:
    """The total the words before the run give ("800 patients", "Eight-hundred patients"), if any."""
    m = None
    for m in _TOTAL_BEFORE.finditer(before):
        pass
    if m is not None:
        return int(m.group(1))
    w = re.search(r"\b(one|two|three|four|five|six|seven|eight|nine)[- ]hundred\s+(?:patients|participants|subjects)\b",
                  before, re.I)
    return _WORD_TOTAL.get(f"{w.group(1).lower()} hundred") if w else None


def labelled_part_counts(text: str, therapy_spans: list[tuple[int, int]]) -> list[tuple[str, int, int, int]]:
    """(label, count, start, end of the count) for each labelled part of the sample the sentence lists;
    ``therapy_spans``: where the sentence names therapies (a label that is one is an arm, no part)."""
    out = []
    if "=" not in text:
        return out  # (every labelled count is written "n = N": most sentences are not scanned)
    for run in _RUN.finditer(text):
        before = text[max(0, run.start() - 80):run.start()]
        counted = _COUNTED_BEFORE.search(before) or _COUNTED_CLAUSE.search(text, max(0, run.start() - 160), run.start())
        if not counted or _EVENTS.search(before.rsplit(".", 1)[-1]):
            continue
        items = []
        for m in _ONE.finditer(text, run.start(), run.end()):
            label = re.sub(r"^(?:and|or)\s+", "", " ".join(m.group("label").split()), flags=re.I)
            if any(a < m.end("label") and m.start("label") < b for a, b in therapy_spans) or _EVENTS.search(label) \
                    or re.match(r"(?:and|or|n)\b", label, re.I) or _ARM_LETTER.fullmatch(label):
                items = []
                break
            items.append((label, int(m.group("n")), m.start("n"), m.end("n")))
        if len(items) < 2 or len({label.lower() for label, *_ in items}) != len(items):
            continue
        total = _total(text[:run.start()])
        if total is not None and sum(n for _, n, *_ in items) > total:
            continue  # not parts of the total counted first
        if any(not 1 <= n <= 20000 for _, n, *_ in items):
            continue
        out.extend(items)
    return out
