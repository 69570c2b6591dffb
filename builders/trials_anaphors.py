"""A therapy a trial sentence names only by an anaphor ("In a phase II trial, this drug improved PFS ...",
"patients achieved disease control after receiving this triple combination therapy"): the one therapy of its kind
the sentence before names, for the trial reader (builders/trials_text.py)."""

from __future__ import annotations

import re

from builders.discourse import combination_size_named
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Mention, Recognition, in_text_order
from builders.regimen_names import STANDARD_OF_CARE
from builders.trials_arms import _PLACEBO
from kg.groups import THERAPY

# "this drug", "this agent", "this combination (regimen|therapy)", "this triple combination therapy", "this regimen"
_THERAPY_ANAPHOR = prefiltered(lazy_compile(r"\bthis\s+(?:(?P<size>triple|triplet|three-drug|doublet|dual|two-drug)\s+)?"
                                r"(?P<head>drug|agent|compound|combination(?:\s+(?:regimen|therapy))?|regimen)\b", re.I))
# what an anaphor's therapy is compared with, never the antecedent itself
_COMPARATORS = {_PLACEBO, "crc:regimen_best_supportive_care", STANDARD_OF_CARE, "crc:regimen_active_monitoring"}


def anaphor_span(text: str):
    """The first therapy anaphor of ``text`` ("this drug"), or None."""
    return _THERAPY_ANAPHOR.search(text)


def with_therapy_anaphor(text: str, rec: Recognition, previous: Recognition, found=None) -> Recognition | None:
    """``rec`` with a mention of the therapy a "this drug" / "this combination" of ``text`` (``found``, when the
    caller has searched it already) stands for, when ``text`` names a trial but no therapy and the sentence before (``previous``) names exactly one of the anaphor's kind: a drug
    for "this drug/agent/compound", a combination for "this combination/regimen" (of as many drugs as "triple" or
    "doublet" says). None when there is no such anaphor or no one antecedent."""
    found = found or _THERAPY_ANAPHOR.search(text)
    if found is None or not any(m.entity.category == "Trial" for m in rec.mentions):
        return None  # only where the sentence names the trial itself: its therapy is then that trial's
    if any(m.entity.category in THERAPY and m.entity.id not in _COMPARATORS for m in rec.mentions):
        return None  # (a comparator beside the anaphor, "this drug ... compared to placebo", names no therapy tested)
    head = found.group("head").lower()
    if head in ("drug", "agent", "compound"):
        if found.group("size"):
            return None
        drugs = {m.entity.id: m.entity for m in previous.mentions if m.entity.category == "Drug"}
        others = [m for m in previous.mentions if m.entity.category == "Regimen"]
        if len(drugs) != 1 or others:
            return None
        entity, parts = next(iter(drugs.values())), None
    else:
        combos = {m.entity.id: (m, comps) for m, comps in previous.regimens if len(comps) >= 2}
        if len(combos) != 1:
            return None
        mention, parts = next(iter(combos.values()))
        size = combination_size_named(found.group(0))
        if size is not None and len(parts) != size:
            return None
        entity = mention.entity
    anaphor = Mention(found.start(), found.end(), found.group(0), entity, "anaphor")
    regimens = list(rec.regimens) + ([(anaphor, parts)] if parts else [])
    return Recognition(in_text_order(rec.mentions + [anaphor]), regimens,
                       dict(rec.populations), list(rec.implied))
