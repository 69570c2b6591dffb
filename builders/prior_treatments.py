"""Therapies the patients had before the study: a list of prior treatments names no regimen of the study.

(A therapy of an earlier line the patients answered, "patients who had a response to first-line A plus B", is their
history too, and so are the therapies the clause that describes the patients says they received across the earlier
lines, "patients who received A, B, and C as first- and second-line chemotherapy were selected": one study's treatment
is given in one line, never in two at once.)

"During the course of their disease, most patients had received A (99%), B (88%) or C (40%)"; "all patients had
previously been treated with A and B"; "patients pretreated with A or refractory to B": the therapies are the
patients' history. A report that names its own regimen nowhere else must not take one of them for its regimen (the
therapy it names most), and no arm is made of them (s47 outfix).
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile

# words that make the therapies after them the patients' earlier treatment
_PRIOR_CUE = lazy_compile(
    r"\b(?:had|have)\s+(?:\w+\s+){0,2}?(?:received|been\s+(?:treated|pretreated|given|exposed)|taken|undergone)\b|"
    r"\bpreviously\s+(?:received|treated|exposed|given)\b|\b(?:prior|previous|earlier)\s+(?:exposure|treatment|therapy|"
    r"therapies|treatments|lines?)\s+(?:with|to|of|including)\b|\b(?:pre-?treated|refractory|intolerant|exposed)\s+(?:to|with)\b|"
    r"\b(?:progressed|progressing|progression|failed|failure)\s+(?:on|after|to|of|following)\b|"
    # "patients who had a partial response to first-line A plus B", "who benefited from second-line A": the earlier line
    # the patients answered, told in the clause that describes them
    r"\bwho(?:se)?\s+(?:had\s+)?(?:[\w\-]+\s+){0,5}?(?:respon\w*|benefit\w*|derived\s+benefit|control\w*)\s+(?:to|from|on|with|of)\s+"
    r"(?=(?:(?:an?|the|their|prior|previous|earlier|initial)\s+)?(?:first|second|third|1st|2nd|3rd|front|earlier|prior|previous)"
    r"[-\s]+line\b)", re.I)
# what begins a clause that gives the study's own treatment after the history ("..., were randomised to", "then
# received", "went on to receive")
_OWN_CLAUSE = lazy_compile(rf"[.;:]|\b(?:were|was|are|is)\s+(?:then\s+|subsequently\s+)?(?:{ASSIGN_VERB}|"
                           r"treated|given|enrolled|started)\b|\b(?:to|then|subsequently|now)\s+receiv\w*\b|\bwent\s+on\b|"
                           r"\breceiv(?:ed|ing)\b|\btreated\s+with\b", re.I)
_LOOK_BACK = 300
# (s59) the clause describing the patients by what they received ("patients who received A, B, and C as first- and
# second-line chemotherapy"): a relative verb of receiving before the therapy, ...
_RECEIVED_RELATIVE = lazy_compile(r"\b(?:who|that)\s+(?:(?:all|both)\s+)?(?:received|were\s+(?:treated\s+with|given))\s", re.I)
# (the clause it opens ends at a stop or at a verb other than its own: "... were selected")
_RELATIVE_CLOSED = lazy_compile(r"[.;:]|\b(?:were|was)\s+(?!treated\b|given\b)")
# ... and after it, in the same clause, two lines joined by "and" that it was given in ("as first- and second-line
# therapy", "in the first-line and second-line settings", also paired one by one, "..., respectively"); never "or" (one
# therapy given in either line)
_ORD = r"(?:first|second|third|1st|2nd|3rd|front)"
_LINES_AND = rf"\b(?:as|in)\s+(?:the\s+|their\s+)?{_ORD}(?:[-\u2010\s]line)?[-\u2010]?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?{_ORD}[-\u2010\s]+line"
_LINES_AND_AFTER = lazy_compile(rf"[^.;:()\[\]]{{0,80}}?{_LINES_AND}\b", re.I)
# (the therapy those lines name as their head: "as first- and second-line chemotherapy")
_LINES_AND_BEFORE = lazy_compile(rf"{_LINES_AND}\s+\Z", re.I)


def prior_treatment(text: str, pos: int) -> bool:
    """Whether the therapy named at ``pos`` of ``text`` stands in a list of the patients' earlier treatments.

    >>> prior_treatment("Most patients had received fluorouracil (99%), oxaliplatin (88%) or irinotecan (96%).", 47)
    True
    >>> prior_treatment("Patients who had received oxaliplatin were randomised to cetuximab or placebo.", 57)
    False
    >>> prior_treatment("Patients refractory to oxaliplatin received regorafenib.", 44)
    False
    >>> prior_treatment("Sixty patients who had a response to first-line FOLFIRI plus cetuximab were enrolled.", 48)
    True
    >>> prior_treatment("Patients who received fluorouracil, oxaliplatin, and irinotecan as first- and second-line therapy "
    ...                 "were selected.", 22)
    True
    >>> prior_treatment("Patients who received regorafenib as second- or third-line therapy were selected.", 22)
    False
    >>> prior_treatment("Patients who received A and B as first- and second-line chemotherapy were selected.", 56)
    True
    """
    cues = list(_PRIOR_CUE.finditer(text, max(0, pos - _LOOK_BACK), pos))
    if cues and _OWN_CLAUSE.search(text, cues[-1].end(), pos) is None:
        return True
    return received_in_earlier_lines(text, pos)


def received_in_earlier_lines(text: str, pos: int) -> bool:
    """Whether the therapy at ``pos`` is one the clause describing the patients says they received across two lines
    joined by "and" ("who received A, B, and C as first- and second-line chemotherapy"): their treatment so far."""
    relatives = list(_RECEIVED_RELATIVE.finditer(text, max(0, pos - _LOOK_BACK), pos))
    if not relatives or _RELATIVE_CLOSED.search(text, relatives[-1].end(), pos):
        return False
    return _LINES_AND_AFTER.match(text, pos) is not None or \
        _LINES_AND_BEFORE.search(text, max(0, pos - 80), pos) is not None
