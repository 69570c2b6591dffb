"""Cohort contrasts: the outcomes of patients treated with and without one drug.

Observational and biomarker studies compare the patients of a cohort who had a drug with those who did
not, often within a biomarker-defined subgroup, and name no trial and no randomised arms:

* "In patients with a high HGF signature, median PFS was 11.9 vs 6.5 months with and without
  bevacizumab (HR 0.52)": the values in the order of "with and without" (also "without and with");
* "Among signature-positive patients, median OS was 55.3 months with bevacizumab versus 28.0 months
  without": each value goes to the group ("with DRUG", "without") it stands beside.

The two groups are the arms "DRUG-containing therapy" and "therapy without DRUG"; a hazard ratio goes to
the DRUG-containing arm. A value the sentence does not tie to one group by its wording is left out (a
bare "7.3 vs 7.0 months following DRUG" says which group had which value only through its reader).

This module only reads the sentence; the trial reader decides whose study it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Mention

# "with and without bevacizumab", "with or without", "with versus without", "without and with"
_JOINT = lazy_compile(r"\b(?:(?:in\s+(?:patients|those)\s+)?(?:treated|who\s+received|receiving)\s+)?"
                      r"(with|without)\s+(?:and|or|versus|vs\.?)\s+(with|without)\s+(?:the\s+)?$", re.I)
# the treated group named before the drug: "with bevacizumab", "treated with bevacizumab", "patients who received
# bevacizumab"; or after it: "bevacizumab-treated patients"
_WITH = lazy_compile(r"\b(?:(?:treated\s+|managed\s+)?with|who\s+(?:received|were\s+given|were\s+treated\s+with)|receiving)\s+"
                     r"(?:the\s+)?(?:addition\s+of\s+)?$", re.I)
_TREATED_AFTER = lazy_compile(r"[-\s]treated\b", re.I)
# the untreated group: "without", "without bevacizumab", "untreated", "those who did not", "not treated with it"
_WITHOUT = lazy_compile(r"\b(?:without|did\s+not\s+receive|not\s+(?:treated\s+with|given|receiving))(?:\s+(?:the\s+)?(?P<drug>[\w\-]+))?|"
                        r"\b(?:un|non-?)treated\b|\bwho\s+did\s+not\b(?!\s+\w)", re.I)
# two groups joined into one phrase ("bevacizumab-treated and untreated patients"): both stand where the first does
_JOINED = lazy_compile(r"\s*(?:patients\s+)?(?:and|or|versus|vs\.?)\s+(?:the\s+|those\s+)?$", re.I)
# words that make "with DRUG" no group of patients but a cited result, a hypothesis or an experiment
_NOT_COHORT = lazy_compile(r"\bet al\b|\b(?:previous(?:ly)?|prior|earlier|another|other)\s+(?:\w+\s+)?(?:stud(?:y|ies)|trials?|"
                           r"reports?)\b|\bmay\b|\bmight\b|\bcould\b|\bwould\b|\bif\b|\bexpected\b|\bhypothes|"
                           r"\b(?:cells?|cell lines?|xenografts?|mice|mouse|rats?|organoids?|in vitro|in vivo)\b", re.I)


@dataclass(frozen=True)
class Group:
    """Where a sentence names one of the two groups: ``start`` of its words, and whether it had the drug."""
    start: int
    end: int
    treated: bool


def contrast_drug(text: str, therapies: list[Mention]) -> tuple[Mention, list[Group]] | None:
    """The drug a sentence compares patients with and without, and where it names each group, in order.

    Returns None unless exactly one drug is contrasted and both groups are named (a joint "with and
    without DRUG", "DRUG-treated and untreated" stands for both, in its order)."""
    if _NOT_COHORT.search(text):
        return None
    found: list[tuple[Mention, list[Group]]] = []
    for m in therapies:
        if m.entity.category not in ("Drug", "DrugClass"):
            continue
        before = text[max(0, m.start - 60):m.start]
        joint = _JOINT.search(before)
        if joint:
            first = joint.group(1).lower() == "with"
            if joint.group(1).lower() == joint.group(2).lower():
                continue
            at = m.start - len(before) + joint.start()
            found.append((m, [Group(at, m.end, first), Group(at, m.end, not first)]))
            continue
        treated = _WITH.search(before)
        after = _TREATED_AFTER.match(text, m.end)
        if treated:
            groups = [Group(m.start - len(before) + treated.start(), m.end, True)]
        elif after:
            groups = [Group(m.start, after.end(), True)]
        else:
            continue
        for w in _WITHOUT.finditer(text):
            drug = (w.group("drug") or "").lower()
            if groups[0].start <= w.start() < groups[0].end or (drug and drug not in (m.text.lower(), m.entity.name.lower())
                                                                and drug not in ("it", "them", "treatment", "therapy")):
                continue
            groups.append(Group(w.start(), w.end(), False))
        if len(groups) == 2:
            first, second = sorted(groups, key=lambda g: g.start)
            if _JOINED.fullmatch(text[first.end:second.start]):
                first, second = Group(first.start, second.end, first.treated), Group(first.start, second.end, second.treated)
            found.append((m, [first, second]))
    drugs = {m.entity.id for m, _ in found}
    if len(drugs) != 1:
        return None
    return found[0]


def assign(groups: list[Group], positions: list[int]) -> list[bool] | None:
    """Whether each of two values (by position) belongs to the treated group: a joint "with and
    without" after both values gives them in its order; otherwise the values and the group names must
    alternate ("11.9 months with DRUG versus 6.5 months without", "with DRUG, 11.9 months, and without,
    6.5 months") or stand between them ("those with DRUG had 11.9 months, compared with 6.5 months for those
    without"), and each value takes the group beside it."""
    if len(positions) != 2 or len(groups) != 2:
        return None
    a, b = sorted(positions)
    if groups[0].start == groups[1].start:  # joint
        return [groups[0].treated, groups[1].treated] if b < groups[0].start else None
    g1, g2 = groups
    order = "".join(k for _, k in sorted([(a, "v"), (b, "v"), (g1.start, "g"), (g2.start, "g")]))
    # "v g v g": each value before its group; "g v g v": after it; "g v v g": each beside its own
    if order in ("vgvg", "gvgv", "gvvg") and (order != "vgvg" or g1.end <= b):
        return [g1.treated, g2.treated]
    return None


def arm_names(drug_name: str) -> tuple[str, str]:
    """The two arms of a with/without contrast of a drug ("bevacizumab" -> "bevacizumab-containing therapy",
    "therapy without bevacizumab")."""
    return f"{drug_name}-containing therapy", f"therapy without {drug_name}"


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_NOT_COHORT = prefiltered(_NOT_COHORT)
