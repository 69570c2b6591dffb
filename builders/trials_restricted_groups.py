"""Parts of a trial's patients set apart by something other than a tumour's marker status, read from a results
sentence as the label of its values: a germline genotype ("in FCGR2A R/R patients", "for patients with the
FCGR2A R/R genotype", "among patients homozygous for the 158V allele"), a therapy the patients had before the
trial ("in patients previously treated with oxaliplatin", "from post hoc analyses in patients receiving prior
oxaliplatin-bevacizumab"), a status confirmed by a central test ("among patients with centrally confirmed
MSI-H status"), a cohort of a multi-cohort study named by its disease ("in the colorectal cohort", "the
tumour-agnostic cohort had ...") and the patients with measurable disease; and the patients of a single-arm
study who went on to its next phase ("Of the 33 patients who received A plus B after C priming, the ORR was 42%",
:func:`next_phase_group`), whose values are theirs, never those of all the patients the study's one arm treated.

Like a mutation status, each restricts the values to a part of the patients: a value given for such a part and
kept without it would stand as the whole arm's. A therapy the trial's own description says all its patients had
("a trial of patients previously treated with oxaliplatin") is the trial's population, never a part of it
(:func:`prior_of_all`); an arm a sentence names by what its patients "received" is no group (no "prior",
"previously" or "pretreated" word).

>>> restricted_group("In FCGR2A R/R patients, the ORR was 53% with A and 31% with B.")
'FCGR2A R/R'
>>> restricted_group("The response rate for patients with the FCGR2A R/R genotype was 56% versus 30%.")
'FCGR2A R/R genotype'
>>> restricted_group("Among patients homozygous for the FCGR3A 158V allele, median PFS was 9.1 months.")
'homozygous for the FCGR3A 158V allele'
>>> restricted_group("In patients previously treated with oxaliplatin, median OS was 15.3 vs 12.7 months.")
'previously treated with oxaliplatin'
>>> restricted_group("From post hoc analyses in patients receiving prior oxaliplatin-bevacizumab, A improved PFS (6.4 vs 3.7).")
'receiving prior oxaliplatin-bevacizumab'
>>> restricted_group("In the colorectal cohort, the ORR was 20%.")
'colorectal cohort'
>>> restricted_group("Among patients with measurable disease, the ORR was 61%.")
'measurable disease'
>>> restricted_group("The ORR was 53% in FCGR2A R/R patients and 31% in FCGR2A H/H patients.") is None
True
>>> restricted_group("In patients who received A plus B, the ORR was 36%.") is None
True
>>> restricted_group("In the expansion cohort, the ORR was 36%.") is None
True
>>> restricted_group("12 patients were enrolled in the escalation and 30 in the colorectal cohort of the expansion.") is None
True
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

_GENE = r"(?-i:[A-Z][A-Z0-9]{1,7})"
_VARIANT = r"(?:(?-i:[A-Z]?\d{2,4}[A-Z]?|rs\d{3,10})\s+)"
# a genotype's two alleles: "R/R", "H/R", "V/F", "131H/H", "GG", "AA", "AG" (bases written as a pair)
_ALLELES = r"(?-i:(?:\d{1,4})?[A-Z]/[A-Z]|[ACGT]{2})(?![\w/])"
_PATIENTS = r"(?:patients|pts|participants|those|cases)"
_OPEN = r"(?:^\s*(?:(?:the|all)\s+)?|\b(?:in|among|for|within|of)\s+(?:the\s+|all\s+)?(?:\d[\d,]*\s+)?)"
# "patients with the FCGR2A R/R genotype", "Patients carrying the EGFR R497K GG genotype"
_WITH_GENOTYPE = rf"{_OPEN}{_PATIENTS}\s+(?:with|carrying|harbou?ring|bearing|having)\s+(?:the\s+|an?\s+)?" \
                 rf"((?:{_GENE}\s+{_VARIANT}?)?{_ALLELES}\s+(?:genotypes?|alleles?)|{_GENE}\s+{_VARIANT}?{_ALLELES})"
# "In FCGR2A R/R patients", "For FCGR3A V/V carriers", "In the H/H genotype group"
_GENOTYPE_GROUP = rf"{_OPEN}((?:{_GENE}\s+{_VARIANT}?)?{_ALLELES}(?:\s+genotype)?)\s+(?:patients|carriers|group|subgroup|population|cohort)\b"
# "patients homozygous for the 158V allele", "those heterozygous for FCGR2A-131H"
_ZYGOUS = rf"{_OPEN}{_PATIENTS}\s+(?:who\s+were\s+)?((?:homo|hetero)zygous\s+for\s+(?:the\s+|an?\s+)?[\w/\-]+(?:\s+[\w/\-]+){{0,2}}?" \
          rf"(?:\s+(?:alleles?|variants?|genotypes?|polymorphisms?)\b|(?=\s*[,;(])))"
_GENOTYPE = lazy_compile(rf"{_WITH_GENOTYPE}|{_GENOTYPE_GROUP}|{_ZYGOUS}", re.I)

# a therapy named after a prior-treatment phrase, up to where the group's words end (a comma, a bracket, a verb)
_THERAPY_WORDS = r"[\w\-+/]+(?:(?:\s+|\s*,\s*)(?:and|or|plus|\+|and/or|[\w\-+/]+)){0,5}?"
_GROUP_END = r"(?=\s*[,;:()]|\s*$|\.\s|\.$|\s+(?:had|has|was|were|showed|achieved|experienced|derived|obtained|the|median|" \
             r"a|an|there|panitumumab|cetuximab|than|versus|vs|compared)\b)"
_PRIOR = lazy_compile(
    rf"\b(?:in|among|for|within|of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?{_PATIENTS}\s+("
    rf"(?:who\s+(?:had|have)\s+(?:not\s+)?(?:been\s+)?|who\s+were\s+(?:not\s+)?)?"
    rf"(?:(?:previously|prior)\s+(?:treated|exposed)\s+(?:with|to)|pre-?treated\s+with|treated\s+previously\s+with|"
    rf"(?:received|receiving|given|exposed\s+to)\s+(?:a\s+)?(?:prior|previous)|(?:with|without)\s+(?:prior|previous)|"
    rf"(?:who\s+)?(?:had\s+)?(?:not\s+)?(?:received|been\s+treated\s+with)\s+(?:prior|previous))\s+"
    rf"{_THERAPY_WORDS}){_GROUP_END}", re.I)

# a cohort of a multi-cohort study named by its disease or scope: "the colorectal (cancer) cohort", "the
# tumour-agnostic cohort", "the non-CRC cohort"
_DISEASE_COHORT = lazy_compile(
    r"(?:^\s*(?:the\s+)?|\b(?:in|among|for|within|of)\s+(?:the\s+|this\s+)?)"
    r"((?:non-)?(?:colorectal(?:\s+cancer)?|m?CRC|tumou?r[- ]agnostic|pan[- ]tumou?r|gastric|pancreatic|biliary|"
    r"lung|NSCLC|breast|endometrial|ovarian|gastro-?o?esophageal|solid[- ]tumou?r|non-colorectal|other[- ]tumou?r)"
    r"\s+(?:cohort|basket|subgroup|arm))\b", re.I)
_MEASURABLE = lazy_compile(rf"\b(?:in|among|for|within|of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?{_PATIENTS}\s+with\s+"
                           rf"((?:RECIST[- ]|radiologically\s+)?measurable\s+disease)\b", re.I)
# "among patients with centrally confirmed MSI-H or dMMR status" (also with the "that" before it glued to it)
_CONFIRMED = lazy_compile(r"(?:\b|(?<=that))(?:in|among|for|within)\s+(?:the\s+)?(?:patients|participants|those)\s+with\s+"
                          r"((?:centrally|locally|independently)\s+confirmed\s+[\w/\-]+(?:\s+(?:or|and|/)\s+[\w\-]+)?)"
                          r"(?:\s+(?:status|tumou?rs|disease))?\b", re.I)

# the patients of a single-arm study who went on to its next phase, counted as the values' subject: "Of the 33 patients
# who received A plus B after C priming, ...", "Among the 33 patients who went on to the combination phase, ..."
_NEXT_PHASE = lazy_compile(
    r"^\s*(?:Of|Among|In|For)\s+(?:the|these|those)\s+(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:patients|pts|participants)\s+"
    r"(who\s+(?:went\s+on\s+to|proceeded\s+to|progressed\s+to\s+the|continued\s+(?:on\s+)?to|moved\s+on\s+to|"
    r"(?:were\s+)?(?:subsequently|then)\s+(?:received|treated\s+with|given)|"
    r"(?:received|were\s+treated\s+with|were\s+given)\s+[^,;()]{3,60}?\s+(?:after|following)\s+)[^,;()]{2,60}?)\s*,")
# a phase or lettered part of the study, whose values the readers of a study's parts label
_STUDY_PART = lazy_compile(r"\b(?:dose[- ](?:escalation|expansion|finding)|escalation|expansion|(?:cohort|arm|part|group)\s+[A-H1-9]\b|"
                           r"phase\s+(?:I|II|1|2)[ab]?\s+(?:part|portion|stage)|first\s+stage|second\s+stage)", re.I)
_GENOTYPE, _PRIOR, _DISEASE_COHORT, _MEASURABLE, _CONFIRMED, _STUDY_PART, _NEXT_PHASE = (
    prefiltered(p) for p in (_GENOTYPE, _PRIOR, _DISEASE_COHORT, _MEASURABLE, _CONFIRMED, _STUDY_PART, _NEXT_PHASE))


def next_phase_group(text: str) -> str | None:
    """The patients of a study who went on to its next phase, when a sentence opens with them as the subject of its
    values: their count and what they went on to ("33 who went on to the combination phase").

    >>> next_phase_group("Of the 33 patients who received A plus B after C priming, the ORR was 42%.")
    '33 who received A plus B after C priming'
    >>> next_phase_group("Among the 33 patients who went on to the combination phase, ORR was 45%.")
    '33 who went on to the combination phase'
    >>> next_phase_group("Among the 33 patients who received A plus B, ORR was 45%.") is None
    True
    """
    m = _NEXT_PHASE.match(text)
    return f"{m.group(1)} {_clean(m.group(2))}" if m else None


_NUMBER = lazy_compile(r"(?<![\w/.])\d+(?:\.\d+)?(?![\w/])")  # a value, not a gene's digit ("FCGR2A")


def _clean(words: str) -> str:
    return " ".join(words.split()).strip(" ,")


def restricted_group(text: str) -> str | None:
    """The one part of the patients a sentence names by a genotype, a prior therapy, a confirmed status, a disease
    cohort or measurable disease (see the module); None when it names none, or two different ones."""
    if _STUDY_PART.search(text):
        return None  # "23 patients in the dose-escalation and 37 in the mCRC cohort of the dose-expansion": the phases' own
    found: list[tuple[int, str]] = []
    for m in _GENOTYPE.finditer(text):
        found.append((m.start(), _clean(next(g for g in m.groups() if g))))
    for p in (_PRIOR, _CONFIRMED, _DISEASE_COHORT, _MEASURABLE):
        found.extend((m.start(), _clean(m.group(1))) for m in p.finditer(text))
    found.sort()
    labels = list(dict.fromkeys(label for _, label in found if label))
    if len(labels) == 1:
        return labels[0]
    if len(labels) > 1:
        second = next(at for at, label in found if label != found[0][1])
        if not _NUMBER.search(text[:found[0][0]]) and not _NUMBER.search(text[second:]):
            # "... for patients with the R/R genotype was increased (31% versus 53%), but not different compared to
            # that of patients with the H/H genotype": the values are the first group's, the second gets none
            return found[0][1]
    return None  # "... 53% in R/R patients and 31% in H/H patients": two groups, each with its own values


_PRIOR_THERAPY = lazy_compile(r"\b(?:previously|prior|pre-?treated|previous|refractory|after\s+(?:failure|progression)|"
                              r"second-line|third-line|later-line|resistant)\b", re.I)


def prior_of_all(label: str, intro: str) -> bool:
    """Whether a sentence introducing the trial, ``intro``, says all its patients had the prior therapy the label
    names ("patients with mCRC previously treated with oxaliplatin" for "previously treated with oxaliplatin":
    every drug word of the label stands in it beside a word of prior treatment), or the status the label says
    confirmed ("patients with centrally confirmed MSI-H mCRC").

    >>> prior_of_all("previously treated with oxaliplatin", "A trial of A in patients previously treated with oxaliplatin and irinotecan.")
    True
    >>> prior_of_all("centrally confirmed MSI-H or dMMR", "The X trial enrolled patients with centrally confirmed MSI-H mCRC.")
    True
    >>> prior_of_all("receiving prior oxaliplatin-bevacizumab", "A randomized study of FOLFIRI with or without A as second-line therapy.")
    False
    """
    confirmed = re.match(r"(\w+\s+confirmed)\s+(\S+)", label, re.I)
    if confirmed:
        # "enrolled 300 patients with centrally confirmed MSI-H mCRC": the trial's whole population
        return re.search(rf"\b{re.escape(confirmed.group(1))}\s+{re.escape(confirmed.group(2).split('/')[0])}", intro, re.I) is not None
    m = re.search(r"(?:with|to|prior|previous)\s+(.+)$", label, re.I)
    if m is None or not _PRIOR_THERAPY.search(intro):
        return False
    words = [w for w in re.split(r"[\s,+/\-]+", m.group(1)) if len(w) > 3 and w.lower() not in {"and", "plus", "or"}]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", intro, re.I) for w in words)
