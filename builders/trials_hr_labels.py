"""The group of patients a hazard ratio is given for when the group is named right after the ratio, read for the
trial reader (builders/trials_placing.py).

A report may list the hazard ratios of a prespecified subgroup analysis one after another, each followed by its
group: "the HRs for OS in the subgroups were 0.77 in patients with KRAS wild-type tumours and 0.83 in patients with
KRAS-mutant tumours". Each ratio is its subgroup's (between the same two arms), never a median of an arm.

Two ratios of one endpoint may instead be those of two analyses of the same two arms, told apart by the word before
each: "(stratified HR = 0.81, P = .059; unstratified HR = 0.78)", "adjusted HR 0.70 ... unadjusted HR 0.74". Each
ratio keeps its analysis as label ("stratified analysis"), and is read only when every ratio of the endpoint has its own
(``analysis_of_ratio``).

Read only when the group is a marker status ("KRAS wild-type", "MSI-high", "left-sided"; also said of its tumours or
subgroup, "0.33 in left-sided tumours and 1.10 in right-sided tumours"), the words the reader takes
as a population label elsewhere; a treatment or a time ("0.77 in the second year") names no group.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_NUM = r"\d{1,4}(?:[.,]\d+)?"
# "0.77 in pts with KRAS wild-type tumors and ...", "0.83 among patients with BRAF-mutant disease.": the value, then the
# group, up to the next item of the list or the clause's end
# ... or the group named by its tumours or its kind of patients: "0.33 in left-sided tumours and 1.10 in right-sided
# tumours", "0.71 in KRAS wild-type patients"
_AFTER = lazy_compile(r"\s*(?:in|among|for)\s+(?:the\s+)?(?:(?:pts|patients|those|subgroup\s+of\s+patients)\s+"
                      r"(?:with|harbou?ring|carrying)\s+(?P<group>[^,;:()\[\]]{2,60}?)|"
                      r"(?P<kind>[^,;:()\[\]\d]{2,40}?)\s+(?:tumou?rs|disease|cancers?|patients|pts|subgroup|population))\s*"
                      r"(?=,|;|\.(?!\d)|\)|\s+(?:and|versus|vs\.?|while|whereas|but)\b|$)", re.I)
# the noun a marker status is said of, left off the label ("KRAS wild-type tumors" -> "KRAS wild-type")
_NOUN = lazy_compile(r"\s+(?:m?CRCs?|tumou?rs?|disease|cancers?|colorectal\s+cancers?)$", re.I)


def trailing_group(text: str, pos: int, label_words: re.Pattern) -> str | None:
    """The group named right after the hazard ratio whose value is the first number at or after ``pos``, when
    ``label_words`` finds a marker status in it ("KRAS wild-type"); None otherwise."""
    value = re.compile(_NUM).search(text, pos, min(len(text), pos + 80))
    if value is None:
        return None
    m = _AFTER.match(text, value.end())
    if m is None:
        return None
    group = _NOUN.sub("", (m.group("group") or m.group("kind")).strip())
    return group if label_words.search(group) else None


# "stratified HR = 0.81", "unadjusted hazard ratio [HR], 0.78", "multivariate Cox HR 0.70": the analysis word right
# before the ratio's name
_ANALYSIS_BEFORE = lazy_compile(r"\b(?P<word>un)?(?P<kind>stratified|adjusted)\s+(?:Cox\s+)?$|"
                                r"\b(?P<var>multivariate|univariate|multivariable|univariable)\s+(?:Cox\s+)?$", re.I)


def analysis_of_ratio(text: str, pos: int) -> str | None:
    """The analysis a hazard ratio at ``pos`` (its name's start) was computed in, named by the word right before it.

    >>> t = "(stratified HR = 0.81, P = .059; unstratified HR = 0.78)"
    >>> analysis_of_ratio(t, t.index("HR")), analysis_of_ratio(t, t.index("HR =", 20))
    ('stratified analysis', 'unstratified analysis')
    >>> analysis_of_ratio("(HR 0.81)", 1) is None
    True
    """
    m = _ANALYSIS_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None:
        return None
    word = (m.group("word") or "") + m.group("kind") if m.group("kind") else m.group("var")
    return word.lower() + " analysis"
