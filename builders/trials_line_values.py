"""Values of a later line of one arm's treatment sequence.

A single-arm study that gives its patients several lines in turn ("first-line A, second-line B and third-line C")
reports each line's patients and results: "At first-line progression, 75 patients received second-line B. The ORR was
28% ...". The values are the later line's, not the first line's that names the arm: they are kept on the arm with the
line (and its therapy as the sentence writes it) as their subgroup, "second-line B". The label carries to the next
sentence of the paragraph when that one names no therapy, trial or line of its own ("ORR and median PFS were again
improved in ..."). Patients who had received a later line before ("who had received second-line therapy") are their
history, no line of the study (s47 outfix).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.prior_treatments import prior_treatment
from builders.trials_part_values import _NAMES, _ORDINALS as _NUMBERS

# "received second-line B", "proceeded to third-line therapy", "went on to receive second-line B"
_LINE_GIVEN = prefiltered(lazy_compile(
    r"\b(?:received|receiving|proceeded\s+to|went\s+on\s+to(?:\s+receive)?|moved\s+on\s+to|were\s+(?:then\s+|subsequently\s+|later\s+)?(?:treated\s+with|given)|"
    r"started)\s+(?:(?:the|a|their)\s+)?(?P<ord>second|third|fourth|2nd|3rd|4th)[- ]line\b", re.I))
# the therapy the line names after its ordinal, up to the end of its phrase
_LINE_THERAPY = lazy_compile(r"\s*(?:treatment\s+with\s+|therapy\s+with\s+)?(?P<what>[A-Za-z0-9][\w\-/+ ]{0,50}?)\s*(?=[.,;:()]|\s+(?:in|for|with|at|after|until|were|was|is|are|had|has|who|which|and|showed|achieved|resulted)\b|$)", re.I)
# any line ordinal: a sentence naming one says its own line
_ANY_LINE = prefiltered(lazy_compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|later)[- ]line\b", re.I))


def line_given(text: str) -> str | None:
    """The later line a sentence says its patients were given, as a label ("second-line FOLFOX plus cetuximab"; the
    ordinal alone when the sentence names no therapy after it).

    >>> line_given("At first-line progression, 75 patients received second-line FOLFOX plus cetuximab.")
    'second-line FOLFOX plus cetuximab'
    >>> line_given("Of these, 43% proceeded to third-line therapy.") is None, line_given("Patients who had received second-line therapy were excluded.")
    (False, None)
    """
    for m in _LINE_GIVEN.finditer(text):
        if prior_treatment(text, m.end("ord")):
            continue
        ordinal = m.group("ord").lower()
        label = f"{_NAMES[_NUMBERS[ordinal]]}-line"  # ("2nd-line": "second-line")
        after = _LINE_THERAPY.match(text, m.end())
        what = " ".join(after.group("what").split()) if after else ""
        if what and not re.fullmatch(r"(?:therapy|treatment|chemotherapy|setting)", what, re.I):
            label = f"{label} {what}"
        return label
    return None


def names_line(text: str) -> bool:
    """Whether the sentence names a line of treatment of its own."""
    return _ANY_LINE.search(text) is not None
