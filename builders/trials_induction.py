"""The induction regimen every patient of a maintenance trial received before randomisation.

A maintenance trial gives all its patients one induction and randomises the responders between maintenance options:
"Following first-line induction with six cycles of A plus B, responding patients were randomly assigned to maintenance
with C or D". The arms are the maintenance options; the induction is no arm, but the trial gave it and evaluates it
(builders/trials_text.py records "trial evaluates A + B"). Read only in a sentence that randomises to maintenance after
the induction, for the run of therapies right after "induction ... with" or the bracket that spells the induction out
("following standard induction treatment (A plus B plus C)"), joined by "plus", "and", "with" or "/" (a short form in
brackets closing a part, "A/B [A/B short] plus C", is that part again).
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile
from builders.mention_runs import joined_run
from builders.recognize import Mention

# "following (first-line) induction (therapy) with (six cycles of)", "after an induction phase of", "after induction
# with six 3-weekly cycles of"
# ("following standard induction treatment (A plus B plus C)": the bracket that spells out the induction)
_INDUCTION_WITH = lazy_compile(r"\b(?:following|after)\s+(?:an?\s+|the\s+)?(?:standard\s+)?(?:(?:first|1st|front)[- ]line\s+)?"
                               r"(?:standard\s+)?induction\s+(?:(?:chemo)?therapy\s+|treatment\s+|phase\s+|regimen\s+)?"
                               r"(?:(?:with|of|consisting\s+of)\s+(?:(?:[\w-]+\s+){1,2}(?:cycles?|courses?|months?)\s+of\s+)?|\(\s*)$",
                               re.I)
# (a short form in brackets may close a part: "5-fluorouracil/leucovorin [5-FU/LV] plus oxaliplatin")
_JOIN = lazy_compile(r"\s*(?:[\[(][^\[\]()]{1,20}[\])]\s*)?(?:\+|/|plus|and|with|combined\s+with|in\s+combination\s+with)\s*",
                     re.I)
_SHORT_FORM = lazy_compile(r"\s*[\[(]([^\[\]()]{1,20})[\])]")
# the randomisation to maintenance after it
_TO_MAINTENANCE = lazy_compile(r"\b" + ASSIGN_VERB + r"\b[^.;]{0,100}?"
                               r"\bmaintenance\b", re.I)


def shared_induction(text: str, therapies: list[Mention]) -> list[Mention]:
    """The therapy mentions of the induction all patients received (see the module docstring); [] when none."""
    ordered = sorted(therapies, key=lambda t: t.start)
    # a short form in brackets right after its therapy ("5-fluorouracil/leucovorin [5-FU/LV]") is that therapy again
    kept: list[Mention] = []
    for t in ordered:
        short = _SHORT_FORM.match(text, kept[-1].end) if kept else None
        if short is None or not short.start(1) <= t.start < short.end(1):
            kept.append(t)
    ordered = kept
    for k, first in enumerate(ordered):
        if not _INDUCTION_WITH.search(text, max(0, first.start - 90), first.start):
            continue
        run = joined_run(text, ordered[k:], _JOIN)
        if _TO_MAINTENANCE.search(text, run[-1].end):
            return run
        return []
    return []
