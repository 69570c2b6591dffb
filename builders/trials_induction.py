"""The induction regimen every patient of a maintenance trial received before randomisation.

A maintenance trial gives all its patients one induction and randomises the responders between maintenance options:
"Following first-line induction with six cycles of A plus B, responding patients were randomly assigned to maintenance
with C or D". The arms are the maintenance options; the induction is no arm, but the trial gave it and evaluates it
(builders/trials_text.py records "trial evaluates A + B"). Read only in a sentence that randomises to maintenance after
the induction, for the run of therapies right after "induction ... with", joined by "plus", "and", "with" or "/".
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.mention_runs import joined_run
from builders.recognize import Mention

# "following (first-line) induction (therapy) with (six cycles of)", "after an induction phase of", "after induction
# with six 3-weekly cycles of"
_INDUCTION_WITH = lazy_compile(r"\b(?:following|after)\s+(?:an?\s+|the\s+)?(?:(?:first|1st|front)[- ]line\s+)?induction\s+"
                               r"(?:(?:chemo)?therapy\s+|treatment\s+|phase\s+|regimen\s+)?(?:with|of|consisting\s+of)\s+"
                               r"(?:(?:[\w-]+\s+){1,2}(?:cycles?|courses?|months?)\s+of\s+)?$", re.I)
_JOIN = lazy_compile(r"\s*(?:\+|/|plus|and|with|combined\s+with|in\s+combination\s+with)\s*", re.I)
# the randomisation to maintenance after it
_TO_MAINTENANCE = lazy_compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\b[^.;]{0,60}?"
                               r"\bmaintenance\b", re.I)


def shared_induction(text: str, therapies: list[Mention]) -> list[Mention]:
    """The therapy mentions of the induction all patients received (see the module docstring); [] when none."""
    ordered = sorted(therapies, key=lambda t: t.start)
    for k, first in enumerate(ordered):
        if not _INDUCTION_WITH.search(text, max(0, first.start - 90), first.start):
            continue
        run = joined_run(text, ordered[k:], _JOIN)
        if _TO_MAINTENANCE.search(text, run[-1].end):
            return run
        return []
    return []
