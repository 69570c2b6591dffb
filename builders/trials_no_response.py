"""A response rate of none, said in words.

A trial report may give its objective response rate as the statement that nobody responded: "No patient achieved a
tumor response", "No objective responses were observed", "none of the patients had a partial or complete response".
That is an objective response rate of 0% for the one arm the study gave (the trial reader, builders/trials_text.py,
places it there, and only when the study has one arm).

A statement made of lettered or numbered cohorts of the study ("No responses occurred in cohorts B or C") gives each
of those cohorts a rate of none (``no_response_in_cohorts``).

In a study of two or more arms, a statement made of what its patients received ("No objective responses were observed
with FOLFIRI alone") gives a rate of none to the one arm those words name (``no_response_with``).

Not read: a response of one kind only ("no complete responses were observed": partial ones may still have been),
a statement about a part of the patients or another therapy ("no responses were observed in the KRAS-mutant cohort",
"... with cetuximab alone"), and one the sentence hedges or turns ("no responses were observed until ...").
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the responses a rate of none may be said of: any response, objective, overall, tumour, confirmed, or partial and
# complete together
_ANY_RESPONSE = (r"(?:(?:objective|overall|tumou?r|confirmed|radiographic|radiologic(?:al)?)\s+)?"
                 r"(?:(?:partial\s+or\s+complete|complete\s+or\s+partial)\s+)?(?:tumou?r\s+)?respons")
_NOBODY = r"(?:no|none\s+of\s+the)\s+(?:(?:evaluable|treated|enrolled)\s+)?(?:patients?|participants?|subjects?)"
_NO_RESPONSE = lazy_compile(
    rf"(?:^|(?<=[.;:,])\s+|\band\s+)(?:"
    rf"{_NOBODY}\s+(?:achieved|had|experienced|attained|showed|demonstrated)\s+(?:an?\s+)?{_ANY_RESPONSE}es?|"
    rf"{_NOBODY}\s+responded|"
    rf"no\s+{_ANY_RESPONSE}es?\s+(?:(?:were|was|have\s+been|has\s+been)\s+(?:observed|seen|noted|reported|recorded|"
    rf"documented|achieved)|occurred|were\s+(?:found|detected)))\b"
    # the statement ends its clause: not "... in the KRAS-mutant cohort", "... with cetuximab alone", "... until"
    r"(?!\s+(?:in|among|with|on|at|for|after|during|before|until|to|by\s+(?:week|month|day))\b)", re.I)


# the cohorts named by a letter or number that a statement of no response is made of: "No responses occurred in cohorts
# B or C", "no objective responses were observed in cohort 2"
_COHORT_LABELS = r"(?:[A-H]|\d{1,2})(?![\w\-])"
_NO_RESPONSE_IN_COHORTS = lazy_compile(
    rf"(?:^|(?<=[.;:,])\s+|\band\s+)no\s+{_ANY_RESPONSE}es?\s+(?:(?:were|was|have\s+been|has\s+been)\s+(?:observed|seen|noted|"
    rf"reported|recorded|documented|achieved)\s+|occurred\s+|were\s+(?:found|detected)\s+)?in\s+(?:the\s+)?"
    rf"(?:cohorts?|arms?|groups?)\s+(?P<first>{_COHORT_LABELS})(?P<rest>(?:\s*,\s*{_COHORT_LABELS})*"
    rf"(?:\s*,?\s*(?:or|and)\s+{_COHORT_LABELS})?)"
    # the statement ends its clause: not "... in cohort B with prior anti-HER2 therapy"
    r"(?=\s*(?:[.;]|,\s*(?:and|but|while|whereas)\b|$))", re.I)


def no_response_in_cohorts(text: str) -> list[tuple[int, int, str]]:
    """Each lettered or numbered cohort a sentence says nobody responded in ("No responses occurred in cohorts B or C"
    -> cohort B, cohort C), with the statement's span; [] when the sentence says no such thing."""
    out = []
    for m in _NO_RESPONSE_IN_COHORTS.finditer(text):
        noun = re.search(r"(cohort|arm|group)s?\s+$", text[m.start():m.start("first")], re.I).group(1).lower()
        labels = [m.group("first")] + re.findall(r"[A-Za-z0-9]+", re.sub(r"\b(?:or|and)\b", " ", m.group("rest")))
        out.extend((m.start(), m.end(), f"{noun} {label}") for label in labels)
    return out


# a statement of no response made of what patients received: "No objective responses were observed with FOLFIRI alone",
# "no responses occurred in the placebo arm" (the words that name the arm run to the end of the clause)
_NO_RESPONSE_WITH = lazy_compile(
    rf"(?:^|(?<=[.;:,])\s+|\band\s+)no\s+{_ANY_RESPONSE}es?\s+(?:(?:were|was|have\s+been|has\s+been)\s+(?:observed|seen|"
    rf"noted|reported|recorded|documented|achieved)\s+|occurred\s+|were\s+(?:found|detected)\s+)?"
    r"(?:with|in|among|on)\s+(?P<arm>[^,;:.()]{3,80}?)(?=\s*(?:[,;:.]|\(|\bwhile\b|\bwhereas\b|\bbut\b|$))", re.I)


def no_response_with(text: str) -> list[tuple[int, int, int, int]]:
    """Each statement that nobody responded among the patients given one therapy or arm ("No objective responses were
    observed with FOLFIRI alone"): the statement's span and the span of the words that name what they received (the
    trial reader asks whether those words name one of its arms)."""
    out = []
    for m in _NO_RESPONSE_WITH.finditer(text):
        named = _RECEIVING.sub("", m.group("arm"), count=1)
        if _PART_OF_ARM.search(named) is None:  # not "with FOLFIRI in KRAS-mutant patients": a part of an arm
            out.append((m.start(), m.end(), m.start("arm"), m.end("arm")))
    return out


# the patients an arm's words may open with: "in patients receiving FOLFIRI", "among those treated with A"
_RECEIVING = lazy_compile(r"^(?:the\s+)?(?:patients|those|participants)\s+(?:receiving|treated\s+with|given|on|in)\s+", re.I)
# words that make the patients named a part of an arm, or of another time or study
_PARTS_OF_ARM = (r"\b(?:in|among|with|without|who|whose|after|before|during|until|by|at|for|patients|those|studies|study|"
                 r"trials?|previous|prior|earlier|cohorts?|subgroups?)\b|mutat|mutant|wild|positive|negative|\bhigh\b|\blow\b")
_PART_OF_ARM = lazy_compile(_PARTS_OF_ARM, re.I)


def no_response(text: str) -> tuple[int, int] | None:
    """Where the sentence says that no patient responded (see the module's note), or None."""
    found = list(_NO_RESPONSE.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    return m.start(), m.end()


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_NO_RESPONSE = prefiltered(_NO_RESPONSE)
_NO_RESPONSE_IN_COHORTS = prefiltered(_NO_RESPONSE_IN_COHORTS)
_NO_RESPONSE_WITH = prefiltered(_NO_RESPONSE_WITH)
