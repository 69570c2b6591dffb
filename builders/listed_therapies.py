"""The therapies a sentence names as one list ("cetuximab and panitumumab", "A, B or C", "the MEK inhibitors
trametinib and binimetinib"): what a plural anaphor of the next sentence ("these agents", "both drugs", "such
antibodies") stands for, each of them (:meth:`builders.discourse.Discourse.listed_before`)."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.model import Entity
from kg.groups import THERAPY

# what joins two items of a list: ", ", "and", "or", ", and", "and/or", "as well as"
_JOIN = lazy_compile(r"^\s*(?:,\s*(?:(?:and|or)\s+)?|,?\s*(?:and|or|and/or|as\s+well\s+as)\s+)(?:the\s+)?$", re.I)
# a class right before its members ("the monoclonal antibodies cetuximab and panitumumab"): the members are listed
_APPOSITION = lazy_compile(r"^\s*(?:,\s*)?$")
# a control arm, never what a passage's "these agents" stands for
_CONTROL = lazy_compile(r"placebo|supportive care|observation|standard of care", re.I)


def listed_therapies(text: str, mentions) -> list[Entity]:
    """The therapies of the one list of two or more in ``text`` (its mentions in order, combinations merged);
    none when the sentence lists none, or lists therapies twice ("A and B ..., C and D ...": which list a plural
    points back at is not said)."""
    therapies = [m for m in mentions if m.entity.category in THERAPY]
    lists, run = [], []
    for m in therapies:
        if run:
            gap = text[run[-1].end:m.start]
            if _APPOSITION.match(gap) and run[-1].entity.category == "DrugClass" and m.entity.category == "Drug":
                run[-1] = m  # the class its members are listed under
                continue
            if not _JOIN.match(gap):
                lists.append(run)
                run = []
        run.append(m)
    if run:
        lists.append(run)
    found = []
    for one in lists:
        named = list(dict.fromkeys(m.entity for m in one))
        if len(named) >= 2:
            found.append(named)
    if len(found) != 1 or any(_CONTROL.search(e.name) for e in found[0]):
        return []
    return found[0]
