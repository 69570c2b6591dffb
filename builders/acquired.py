"""Alterations said to be acquired: "secondary KRAS mutations", "acquired EGFR ectodomain mutations",
"the emergence of KRAS mutations".

An alteration that arises under treatment is a resistance mechanism of its own kind (the acquired
alteration), recorded beside the alteration: the mention stays the alteration (every rule keeps
reading it), and the acquired form is implied as a mechanism that involves it (not where the sentence denies it
arose: "no acquired mutations in MEK1"). A condition
"secondary to" another, and a "de novo" (primary) alteration, are not acquired.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

_ACQUIRED_BEFORE = lazy_compile(
    r"(?:\b(?P<adj>acquired|secondary|emergent|emerging|newly\s+(?:acquired|detected|emerged))\s+(?:(?!to\b)[\w\-]+\s+)?"
    r"|\b(?P<noun>acquisition|emergence|appearance|development)\s+of\s+(?:(?:a|an|the|new|novel|secondary)\s+){0,2})$",
    re.I)
_KINDS = ("mutation", "amplification", "fusion", "alteration", "deletion", "loss")
# the alteration names what a drug acts on, no alteration that arose ("the development of KRAS G12C
# allele-specific inhibitors", "the emergence of EGFR-targeted drugs")
_DRUG_AFTER = lazy_compile(r"[\s-]*(?:(?:allele|mutant|mutation|variant)[\s-]specific\s+|selective\s+|specific\s+|covalent\s+)?"
                           r"(?:inhibitors?|inhibition|antibod(?:y|ies)|drugs?|agents?|therap(?:y|ies)|targeted|directed|"
                           r"blockers?|degraders?)\b", re.I)

# (s52 prec) an acquisition the sentence denies ("revealed no acquired mutations in MEK1", "without the emergence of
# KRAS mutations", "the absence of secondary EGFR mutations"): no alteration arose, so no acquired mechanism is implied
_DENIED_BEFORE = lazy_compile(r"\b(?:no|not|never|without|neither|nor|absence\s+of|lack\s+of|free\s+of|"
                              r"(?:did|does|do|could|can)\s+not\s+(?:find|detect|identify|reveal|show)|"
                              r"failed\s+to\s+(?:find|detect|identify|reveal|show))\s+(?:any\s+|evidence\s+(?:of|for)\s+)?(?:the\s+)?$",
                              re.I)


def acquired_entity(alteration: Entity) -> Entity:
    """The mechanism "acquired <alteration>" with its usual written forms."""
    alt = alteration.name
    name = f"acquired {alt}"
    forms = {f"{w} {a}" for w in ("acquired", "secondary", "emerging", "emergent") for a in (alt, f"{alt}s")} | \
        {f"{n} of {a}" for n in ("acquisition", "emergence") for a in (alt, f"{alt}s", f"secondary {alt}s")}
    if alt.endswith(" mutation"):  # the mutant cells that grow out: "the emergence of KRAS mutant clones"
        mutant = f"{alt[:-len(' mutation')]} mutant clones"
        forms |= {f"{n} of {mutant}" for n in ("emergence", "selection", "expansion")}
    return Entity(mint("mech", name), "ResistanceMechanism", name, tuple(sorted(forms - {name})))


def acquired_alterations(text: str, mentions: list, rec) -> list:
    """Imply an acquired-alteration mechanism for each alteration the words before call acquired."""
    for m in mentions:
        e = m.entity
        if e.category != "Alteration" or e.attr("alteration_kind") not in _KINDS:
            continue
        found = _ACQUIRED_BEFORE.search(text, max(0, m.start - 50), m.start)
        if found and not _DRUG_AFTER.match(text, m.end) and \
                not _DENIED_BEFORE.search(text, max(0, found.start() - 40), found.start()):
            rec.imply(acquired_entity(e), "involves", e)
    return mentions
