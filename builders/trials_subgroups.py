"""Marker-defined subgroups of a trial's patients, read from prose: the population a value is reported for
when the sentence (or the paragraph it stands in) speaks of only part of the trial's patients, those with a
marker status ("In the subgroup of 28 patients with BRAF mutations, ..."; "BRAF-mutant patients treated with
A had ..."; a paragraph about BRAF-mutated CRC that reports a trial of untreated patients with mCRC).

A marker the trial's whole population has (a trial that enrolled only BRAF V600E-mutant patients) is the
trial's context, not a subgroup: `selected_by` tells the two apart from the sentence that introduced the trial.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# a marker status: a gene (or a gene pair) with an optional variant and a status word, or a gene's alterations
GENE = r"(?:[A-Z][A-Z0-9]{1,7}(?:/[A-Z][A-Z0-9]{1,7})?)"
_VARIANT = r"(?:\s+(?:exon\s+\d{1,2}|[A-Z]\d{1,4}[A-Z]?|non-V600E?))?"
_STATUS = r"(?:[- ](?:mutant|mutated|wild[- ]type|amplified|positive|negative|rearranged)\b|\s+(?:mutations?|amplifications?|fusions?)\b)"
# a tumour's mismatch-repair or microsatellite status, written out or abbreviated ("mismatch repair-proficient",
# "MMR-deficient", "pMMR", "microsatellite-stable", "MSI-H")
_REPAIR_STATUS = (r"(?:(?i:mismatch[- ]repair|MMR)[-–‑ ](?i:deficient|proficient)|[dp]MMR|MSS|MSI-H|MSI-high|"
                  r"(?i:microsatellite)[-–‑ ](?i:stable|unstable|instability[-–‑ ]high|instability))(?![\w\-])")
MARKER = rf"(?:{GENE}{_VARIANT}{_STATUS}|{_REPAIR_STATUS})"
# the disease the marker qualifies ("BRAF-mutated CRC", "KRAS-mutant tumours")
_DISEASE = r"(?:metastatic\s+)?(?:m?CRCs?|colorectal\s+cancers?|tumou?rs|disease|cancers?)"

# "with BRAF mutations", "harbouring a KRAS mutation": the marker a group of patients has, named after them
_HAVING = rf"(?i:with|harbou?ring|carrying)\s+(?:an?\s+)?({MARKER})"
# "in the subgroup of 28 patients with BRAF mutations", "among the subset of BRAF-mutant patients"
_PART = lazy_compile(rf"\b(?i:in|among|for|within)\s+(?:the|a|this)\s+(?i:subgroup|subset|sub-?population)\s+of\s+(?:(?:the\s+)?\d[\d,]*\s+)?"
                     rf"(?:(?i:patients|participants)\s+{_HAVING}|({MARKER})\s+(?i:patients|participants))")
# "BRAF-mutant patients treated with A had ...", "Patients with BRAF V600E mutations who received A had ...": the
# population a sentence opens with as the subject of its values
_SUBJECT = lazy_compile(rf"^\s*(?:(?:In addition|Moreover|Furthermore|Notably|However),\s+)?(?:(?:the|those)\s+)?"
                        rf"(?:({MARKER})\s+(?:{_DISEASE}\s+)?(?i:patients)|(?i:patients)\s+{_HAVING}"
                        rf"(?:\s+{_DISEASE})?)\s+(?i:treated with|receiving|who received|given|who were treated with|"
                        rf"had|achieved|showed|experienced|derived|did not (?:benefit|derive)|benefit(?:ed|ted)?)\b")
# "In wild-type RAS mCRC, median OS was ...", "Among RAS wild-type patients, ...": the population a sentence opens
# with, set off by a comma, as the population of its values
_OPENING = lazy_compile(rf"^\s*(?i:in|among)\s+(?:the\s+)?(?:(?i:patients)\s+{_HAVING}|({MARKER}|(?i:wild[- ]type)\s+{GENE})"
                        rf"(?:\s+{_DISEASE}|\s+(?i:patients))?)\s*,")
# a status written before its gene ("WT KRAS", "wild-type (WT) KRAS"), and a marker pair ("MSI-H or dMMR")
_STATUS_FIRST = rf"(?:(?i:WT|wild[- ]type)(?:\s+\(WT\))?\s+{GENE})"
_MARKERS = rf"(?:{MARKER}|{_STATUS_FIRST})(?:\s*(?:/|\bor\b|\band\b)\s*(?:{MARKER}|{_STATUS_FIRST}))?"
# "Median PFS for WT KRAS mCRC was ...", "among patients with centrally confirmed MSI-H or dMMR status, ...": the
# marker-defined population a sentence gives its values for, named anywhere in it
_CONFIRMED_MARKERS = rf"((?i:centrally\s+confirmed\s+)?{_MARKERS})"
_FOR_POPULATION = lazy_compile(rf"\b(?i:for|in|among)\s+(?:the\s+)?(?:(?i:patients|participants|those|cohort|group)\s+with\s+"
                               rf"{_CONFIRMED_MARKERS}(?:\s+(?i:status|tumou?rs|disease))?\b|"
                               rf"{_CONFIRMED_MARKERS}\s+(?:{_DISEASE}|(?i:patients|population)))\b")
# "for patients with BRAF-mutated CRC", "in BRAF-mutant tumours": a population a paragraph speaks about
_TOPIC = lazy_compile(rf"\b(?i:patients|those)\s+{_HAVING}(?:\s+{_DISEASE})?|"
                      rf"\b({MARKER})\s+(?:{_DISEASE}|(?i:patients))\b")
# the population a trial enrolled, as the sentence introducing it states it ("in untreated patients with mCRC",
# "enrolled 665 patients with BRAF V600E-mutant mCRC")
_ENROLLED = lazy_compile(rf"\b(?i:in|of|enrolled|enrolling|included|including|recruited|assigned)\s+(?:(?:a total of\s+)?\d[\d,]*\s+)?"
                         rf"((?:[\w\-]+\s+){{0,3}}?)(?i:patients|participants)\s+(?i:with|harbou?ring)\s+([^,;.()]{{0,60}}?)\b"
                         rf"(?i:m?CRC|metastatic colorectal cancer|colorectal cancer)\b"
                         rf"((?:\s+(?i:harbou?ring|with|carrying|bearing|who\s+had|that\s+had)\s+[^,;.()]{{0,60}})?)")


# a marker's alterations named by a noun, as the status of the patients who have them
_NOUN_STATUS = (("mutations", "mutant"), ("mutation", "mutant"), ("amplifications", "amplified"), ("amplification", "amplified"),
                ("fusions", "fusion-positive"), ("fusion", "fusion-positive"))


def _label(m: re.Match | None) -> str | None:
    """The marker status a match names, its alterations as a status ("BRAF mutations" -> "BRAF-mutant")."""
    if m is None:
        return None
    label = next((g for g in m.groups() if g), None)
    for noun, status in _NOUN_STATUS:
        if label and label.endswith(" " + noun):
            return f"{label[:-len(noun) - 1]}-{status}"
    return label


def part_label(text: str) -> str | None:
    """The marker status of a part of the patients a sentence names as such ("In the subgroup of 28 patients
    with BRAF mutations, ..." -> "BRAF-mutant"), else None."""
    return _label(_PART.search(text))


def sentence_subgroup(text: str) -> str | None:
    """The marker-defined part of the patients a sentence reports values for, named in the sentence itself
    ("In the subgroup of 28 patients with BRAF mutations, ..." -> "BRAF mutations"; "BRAF-mutant patients
    treated with A had ..." -> "BRAF-mutant"), else None."""
    part = _label(_PART.search(text)) or _label(_OPENING.search(text))
    if part is not None:
        return part
    subject = _label(_SUBJECT.search(text))
    if subject is None or len({_label(m) for m in _TOPIC.finditer(text)}) > 1:
        return None  # "BRAF-mutant patients showed an ORR of 8%, whereas KRAS wild-type patients ...": two populations
    return subject


# the patients a subgroup analysis reports on, named as the subject of what it found: "A subgroup analysis showed that
# the patients with no previous targeted therapy derived the most benefit ... (9.7 vs 4.9 months)", "... found that
# patients without liver metastases had ..."; never the patients of an arm ("patients who received A", "patients
# treated with A") nor of a disease as a whole
_ANNOUNCED_SUBJECT = prefiltered(lazy_compile(
    r"\b(?:showed|shows|demonstrated|revealed|found|indicated|suggested|confirmed)\s+that\s+(?:the\s+)?"
    r"(?:patients|participants|those)\s+(?P<label>(?:with(?:out)?|who)\s+(?!(?:were\s+)?(?:treated|randomi|assigned|given)|"
    r"received\s+(?!prior|previous|no\b)|(?:m|metastatic\s+)?(?:CRC|colorectal)\b)[^,;:()\d]{3,60}?)\s+"
    r"(?:derived|had|showed|experienced|achieved|gained|obtained|benefit(?:t?ed)|were\s+(?:the\s+)?most)\b", re.I))


def announced_part(text: str) -> str | None:
    """The part of the patients a sentence that announces a subgroup analysis reports on, named as the subject of
    its finding ("... showed that the patients with no previous targeted therapy derived the most benefit ..." ->
    "patients with no previous targeted therapy"), else None."""
    m = _ANNOUNCED_SUBJECT.search(text)
    return f"patients {m.group('label')}" if m else None


# a label whose wild-type status stands before its gene ("WT KRAS", "wild-type (WT) KRAS")
_WT_BEFORE_GENE = lazy_compile(rf"(.*?)(?i:WT|wild[- ]type)(?:\s+\(WT\))?\s+({GENE})")


def _status_last(label: str) -> str:
    """A status written before its gene put after it, as the other labels write it ("WT KRAS" -> "KRAS wild-type")."""
    m = _WT_BEFORE_GENE.fullmatch(label)
    return f"{m.group(1)}{m.group(2)} wild-type" if m else label


def population_named(text: str) -> str | None:
    """The one marker-defined population a sentence gives its values "for" or "among" ("Median PFS for WT KRAS mCRC
    was ..." -> "KRAS wild-type"), else None (none, or two: "for WT KRAS and for mutant KRAS mCRC")."""
    labels = {_status_last(_label(m)) for m in _FOR_POPULATION.finditer(text)}
    return labels.pop() if len(labels) == 1 else None


def population_phrase(text: str) -> str | None:
    """The marker-defined population a phrase names as a whole ("in the RAS wild-type population" -> "RAS wild-type",
    "among patients with BRAF V600E mutations"), else None: a phrase that says more ("in the RAS wild-type
    population of the CRYSTAL trial") or names no marker ("in patients with left-sided tumours").

    >>> population_phrase("in the RAS wild-type population")
    'RAS wild-type'
    >>> population_phrase("in the RAS wild-type population of the CRYSTAL trial") is None
    True
    """
    m = _FOR_POPULATION.fullmatch(text.strip())
    return _status_last(_label(m)) if m else None


# "... were 2.2 and 5.0 months, respectively, in the cohort with mismatch repair-proficient colorectal cancer": the
# marker-defined population named right after a run of values tied to their metrics by "respectively"
_RESPECTIVE_FOR = lazy_compile(rf",?\s*\brespectively\s*,?\s+(?i:for|in|among)\s+(?:the\s+)?(?:(?i:patients|participants|those|"
                               rf"cohort|group)\s+with\s+{_CONFIRMED_MARKERS}(?:\s+(?i:status|tumou?rs|disease)|\s+{_DISEASE})?|"
                               rf"{_CONFIRMED_MARKERS}\s+(?:{_DISEASE}|(?i:patients|population)))\b")
_RUN_VALUE = lazy_compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?\s*(?:%|months?\b|mo\b|weeks?\b)", re.I)


def respective_population(text: str) -> str | None:
    """The marker-defined population a sentence names right after its values and their "respectively" ("median PFS
    and OS were not reached in the cohort with dMMR tumours but were 2.2 and 5.0 months, respectively, in the cohort
    with pMMR tumours" -> "pMMR"): every value stands before it and no other population is named between the first
    value and it; else None (a population named between values has values of its own: "40% for dMMR and 0% for pMMR").

    >>> respective_population("Median PFS and OS were 2.2 and 5.0 months, respectively, for MSS tumours.")
    'MSS'
    >>> respective_population("ORR and DCR were 40% and 78%, respectively, for dMMR tumours and 0% and 11% for pMMR tumours.") is None
    True
    """
    found = list(_RESPECTIVE_FOR.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    values = [v.start() for v in _RUN_VALUE.finditer(text)]
    if not values or values[-1] > m.start():
        return None
    if any(p.start() < m.start() for p in _FOR_POPULATION.finditer(text, values[0])):
        return None
    return _status_last(_label(m))


def explicit_part(text: str) -> bool:
    """Whether the sentence names its population as a part of the patients ("the subgroup of ...")."""
    return _PART.search(text) is not None


def topic_population(text: str) -> str | None:
    """A marker-defined population a sentence speaks about ("... for patients with BRAF-mutated CRC" ->
    "BRAF-mutated"), else None."""
    return _label(_TOPIC.search(text))


def enrolled_population(text: str) -> str | None:
    """The population a sentence introducing a trial says it enrolled: the words between "patients with" and
    the disease ("in untreated patients with mCRC" -> "", "665 patients with BRAF V600E-mutant mCRC" ->
    "BRAF V600E-mutant", "naive mCRC harboring BRAF mutations" -> "naive harboring BRAF mutations", the
    qualifiers before "patients" and after the disease included), or None when it names none."""
    m = _ENROLLED.search(text)
    if m is None:
        return None
    return f"{m.group(1)} {m.group(2)}{m.group(3)}".strip()


def unselected(population: str) -> bool:
    """Whether an enrolled population names no marker status at all ("untreated" patients with mCRC), so that
    a marker-defined population of it is a part of its patients ("RAS-WT HER2 positive" names one)."""
    return re.search(rf"{MARKER}|wild|mut|positive|negative|amplif|\b(?:WT|MT|MSI|MSS|[dp]MMR)\b", population, re.I) is None


# a status written out with its short form in brackets ("proficient mismatch repair (pMMR)", "microsatellite stable
# (MSS)"), and a group of patients named by marker statuses alone, with a qualifier or two before them and the disease
# or "patients" after ("refractory pMMR/MSS mCRC", "patients with KRAS-mutant tumours")
_WRITTEN_WITH_SHORT = lazy_compile(r"(?i:(?:deficient|proficient)\s+mismatch[- ]repair|mismatch[- ]repair[- ](?:deficient|proficient)|"
                                   r"microsatellite[- ](?:stable|unstable|instability(?:[- ]high)?))\s*\(\s*([dp]MMR|MSS|MSI-H|MSI-high)\s*\)")
_MARKER_GROUP = lazy_compile(rf"(?:(?:the|(?i:refractory|chemorefractory|metastatic|advanced|untreated|pretreated))\s+){{0,2}}"
                             rf"(?:(?i:patients|those)\s+{_HAVING}|({_MARKERS}))"
                             rf"(?:\s+{_DISEASE})?(?:\s+(?i:patients|cases|tumou?rs))?")


def marker_group(words: str) -> str | None:
    """The marker status of a group of patients the words name by it alone, written-out statuses put in their short
    forms ("refractory proficient mismatch repair (pMMR)/microsatellite stable (MSS) mCRC" -> "pMMR/MSS"), else None
    (a group named otherwise: "the historical cohort", "patients older than 70 years").

    >>> marker_group("refractory proficient mismatch repair (pMMR)/microsatellite stable (MSS) mCRC")
    'pMMR/MSS'
    >>> marker_group("patients with KRAS-mutant tumours")
    'KRAS-mutant'
    >>> marker_group("the historical cohort") is None
    True
    """
    short = _WRITTEN_WITH_SHORT.sub(lambda m: m.group(1), " ".join(words.split()))
    m = _MARKER_GROUP.fullmatch(short)
    return _status_last(_label(m)) if m else None


def gene_of(label: str) -> str | None:
    """The gene a marker label names ("BRAF V600E-mutant" -> "BRAF"), None for a status with no gene."""
    m = re.match(GENE, label)
    return m.group(0).split("/")[0] if m else None


def selected_by(population: str, label: str) -> bool:
    """Whether a trial that enrolled ``population`` is selected by the marker of ``label`` (its whole
    population has it, so ``label`` is not a part of its patients)."""
    gene = gene_of(label)
    if gene is None:
        return label.lower() in population.lower()
    if gene.endswith("RAS"):
        gene = r"[KNH]?RAS"  # a RAS-selected trial selects its KRAS and NRAS status too
    return re.search(rf"\b{gene}\b", population) is not None


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_PART = prefiltered(_PART)


# The patients a results sentence makes the subject of its values, named by what sets them apart from the rest of the
# trial's patients: "Pts with high LDH showed a strong improvement in PFS when treated with A (5.6 vs 3.8 months)",
# "Patients with elevated CEA had a longer median OS on A", "analyses indicated patients with KRAS, BRAF and NRAS
# wild-type tumours demonstrated higher response rates (44%) than ...", "Those aged 70 years or older had ...".
# What sets them apart is a level ("high", "elevated", "low" ...), a status ("wild-type", "mutated", "-positive"), a
# side or an age; never the disease every patient has ("Patients with mCRC who received A had ..."), nor an arm
# ("Patients treated with A had ...").
_GROUP_VERB = (r"(?:showed|had|demonstrated|derived|achieved|experienced|exhibited|gained|obtained|attained|displayed|"
               r"benefit(?:t?ed)?|responded|lived)")
_SUBJECT_GROUP = prefiltered(lazy_compile(
    r"^\s*(?:[^;:()]{0,90}?\b(?:indicated|showed|revealed|demonstrated|found|suggested|confirmed)\s+(?:that\s+)?|"
    r"(?:In addition|Moreover|Furthermore|Notably|However|Importantly|Interestingly|Conversely),\s+)?(?:the\s+)?"
    r"(?:patients|pts|participants|those)\s+"
    r"(?P<label>(?:with|harbou?ring|carrying|aged)\s+[^;:()\[\]]{2,70}?)\s+"
    r"(?:(?:who|that)\s+(?:received|were\s+treated\s+with|were\s+given)\s+[^;:()\[\]]{2,50}?\s+)?"
    rf"(?:also\s+|significantly\s+|consistently\s+|markedly\s+)?{_GROUP_VERB}\b", re.I))
# the words that make a group a part of the patients: a level, a status, a side, an age
_GROUP_WORD = lazy_compile(r"\b(?:high|higher|low|lower|elevated|raised|increased|decreased|normal|abnormal|"
                           r"wild[- ]?type|WT|mutant|mutated|mutations?|MT|amplified|amplification|positive|negative|"
                           r"left[- ]sided|right[- ]sided|aged|older|younger|(?:[dp]MMR|MSS|MSI-H))\b|"
                           r"[\w)]-(?:positive|negative|high|low|mutant|mutated)\b|[≥>]\s*\d", re.I)
# an arm, or a cause the group is said to have been given, is no part of the patients
_GROUP_NOT = lazy_compile(r"\b(?:received|receiving|treated|given|randomi[sz]ed|assigned|who|whom|prior|previous|"
                          r"previously|measurable|evaluable|response|responses|disease control)\b", re.I)
# a second group the sentence sets against the first ("... than patients with RAS-mutated tumours (0%)",
# "..., whereas those with normal LDH ..."): its values are not the first group's
_OTHER_GROUP = prefiltered(lazy_compile(
    r"\b(?:than|versus|vs\.?|compared\s+(?:with|to)|whereas|while|but|and)\s+(?:in\s+)?(?:the\s+)?(?:patients|pts|those|participants)\s+"
    r"(?:with(?:out)?|harbou?ring|carrying|aged|whose)\b", re.I))
_AGE = lazy_compile(r"(\d{2,3})\s*(?:years|yrs)")


def subject_group(text: str) -> tuple[str, int] | None:
    """The part of the patients a results sentence makes the subject of its values, named by what sets it apart
    (a level, a status, a side or an age), with where a second group the sentence sets against it begins (its
    values are not the first group's; the sentence's end when none), else None.

    >>> subject_group("Pts with high LDH showed a strong improvement in PFS when treated with A (5.6 vs 3.8 mo).")
    ('high LDH', 89)
    >>> subject_group("Analyses indicated patients with KRAS and NRAS wild-type tumors demonstrated higher "
    ...               "response rates (44%) than patients with RAS-mutated tumors (0%).")
    ('KRAS and NRAS wild-type tumors', 105)
    >>> subject_group("Patients with mCRC who received A had a median OS of 9.1 months.") is None
    True
    >>> subject_group("Patients with high X had a shorter PFS than those with low X (3.2 vs 6.1 months).") is None
    True
    >>> subject_group("Patients treated with A had a median PFS of 5.6 months.") is None
    True
    """
    m = _SUBJECT_GROUP.search(text)
    if m is None:
        return None
    label = " ".join(m.group("label").split())
    if not _GROUP_WORD.search(label) or _GROUP_NOT.search(label):
        return None
    if label.lower().startswith("aged"):
        age = _AGE.search(label)
        if age is None or int(age.group(1)) < 50:
            return None  # "patients aged 18 years or older": who was eligible
    else:
        label = label.split(None, 1)[1]  # "with high LDH" -> "high LDH"
    other = _OTHER_GROUP.search(text, m.end())
    # ("... had a shorter PFS than those with low expression (3.2 vs 6.1 months)": each group's value paired, none)
    end = _group_end(text, m.end(), other.start() if other else None)
    return None if end is None else (label, end)


def _group_end(text: str, after: int, other: int | None) -> int | None:
    """Where the values of a group named up to ``after`` end: where a second group set against it begins, ``other``
    (the text's end when there is none); None when no value stands between the two groups, each group's value being
    given later in a pair."""
    if other is None:
        return len(text)
    return other if _RUN_VALUE.search(text, after, other) is not None else None


# The patients a value is given "of", "in" or "among", named by what sets them apart from the rest of the trial's
# patients, with or without their number: "The ORR of dMMR/MSI-H mCRC patients treated with A was 40%", "The median PFS
# of patients with high LDH was 5.6 months", "PFS was better with A in 178 patients with RAS/BRAF wild-type and
# left-sided tumors (median 14.8 months)", "9.1 months in the 20 patients with left-sided tumours". A "than" with a number
# after it is the group's cut-off, part of its name ("among patients with X expression lower than 10%, the ORR was").
_HYPHEN_STATUS = (r"(?:[A-Za-z][\w/+]*(?:-[\w/+]+)*-(?:positive|negative|high|low|mutant|mutated|wild-?type)|"
                  r"(?:[dp]MMR|MSS|MSI-H|MSI-high)(?:/(?:[dp]MMR|MSS|MSI-H|MSI-high))?)")
_METRIC_GROUP = prefiltered(lazy_compile(
    r"\b(?:of\s+(?:the\s+|these\s+)?(?![\d,]+\s)|(?:in|among)\s+(?:the\s+|these\s+)?(?:(?P<count>\d[\d,]*)\s+)?)(?:"
    r"(?:patients|pts|participants)\s+(?P<label>(?:with|harbou?ring|carrying)\s+[^,;:()\[\]]{2,70}?)"
    r"(?=\s+(?:was|were|had|who|that|treated|receiving|than(?!\s+[≥>≤<]?\s*\d)|versus|vs\.?|compared|and\s+(?:the|a|in)\b|"
    r"(?:tumou?rs|disease|m?CRCs?)\b)|"
    r"\s*[,;:()]|\s*$)|"
    rf"(?P<status>{_HYPHEN_STATUS})\s+(?:(?:metastatic\s+)?(?:m?CRCs?|colorectal\s+cancers?)(?:\s+(?:patients|pts|tumou?rs|cases))?|"
    r"patients|pts|tumou?rs|cases)\b(?!\s+(?:[\w\-]+\s+){0,2}(?:cohorts?|arms?|groups?)\b))", re.I))
# a clause that gives the same metric again for another group ("..., while the ORR of refractory pMMR/MSS mCRC was 0%")
_AGAIN_FOR = prefiltered(lazy_compile(r",?\s*\b(?:while|whereas)\s+(?:the\s+|that\s+|those\s+)?(?:ORR|DCR|PFS|OS|(?:objective\s+)?response\s+rates?|"
                                      r"median\s+\w+(?:\s+survival)?|disease\s+control\s+rates?)?[^,;]{0,30}?\b(?:of|in|among|for)\b", re.I))


def metric_population(text: str) -> tuple[str, int] | None:
    """The part of the patients a results sentence gives its values "of", "in" or "among", named by what sets it
    apart (a level, a status, a side), with where a second such group begins (its values are not the first group's;
    the sentence's end when none), else None; None too when no value stands between the two groups (each group's
    value given later in a pair) or the group is an arm ("patients treated with A").

    >>> metric_population("The ORR of dMMR/MSI-H mCRC patients treated with A was as high as 40%, while the ORR of "
    ...                   "pMMR/MSS mCRC patients was 0%.")
    ('dMMR/MSI-H', 69)
    >>> metric_population("PFS was better with A in 178 patients with RAS/BRAF wild-type and left-sided tumors (14.8 months).")
    ('RAS/BRAF wild-type and left-sided', 98)
    >>> metric_population("Median OS was 9.1 months in patients with mCRC.") is None
    True
    """
    found = counted_population(text)
    return None if found is None else found[:2]


def counted_population(text: str) -> tuple[str, int, str | None] | None:
    """:func:`metric_population`'s group and end, with the number of patients the sentence counts it by ("in 178
    patients with ..." -> "178"; None when uncounted)."""
    found = list(_METRIC_GROUP.finditer(text))
    if not found:
        return None
    m = found[0]
    if m.group("status"):
        label = m.group("status")
    else:
        label = " ".join(m.group("label").split()[1:])
        if not _GROUP_WORD.search(label) or _GROUP_NOT.search(label):
            return None
    others = [o.start() for o in found[1:] if (o.group("status") or o.group("label").split(None, 1)[1]) != label]
    again = _AGAIN_FOR.search(text, m.end())
    if again:
        others.append(again.start())
    end = _group_end(text, m.end(), min(others) if others else None)
    return None if end is None else (label, end, m.group("count"))
