"""Therapies named by the act of aiming at a target, given with a partner or at several targets at once.

* The act of inhibiting, blocking or targeting one target, as a gerund or a noun, joined to a therapy by words of
  giving together ("inhibiting FGFR4 in combination with A and B", "Targeting TGF-beta, in combination with
  immunotherapy", "Inhibition of the chemokine receptor CXCR4 in combination with blockade of PD-1/PD-L1") stands
  for the target's inhibitors given with that therapy: an act offered as a treatment is a drug class, and the
  words of giving together make the two one regimen (the regimen step joins them at the combining words).
* One act said of several targets joined by "both ... and" ("clinical trials targeting both BRAF and EGFR",
  "Inhibiting both BRAF and EGFR proves promising") is their inhibitors given together, one regimen; an act said of
  one agent ("a bispecific antibody targeting both A and B") is that agent's, no regimen, and "A or B" stays a choice.

The targets stay genes where the sentence says more of them than the act: a target it named before the act ("FGFR4
is a regulator of chemoresistance, and hence inhibiting FGFR4 in combination with A ...": the target is the cause the
rescue rules read) and targets the words after them place in a pathway ("inhibiting both BRAF and EGFR within the MAPK
pathway": members of that pathway).

Never an act done by a genetic tool ("siRNA targeting MET", "inhibition of X by shRNA"): an experiment, no drug;
never an act with no partner of giving together ("inhibition of ERK phosphorylation"): a readout.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.groups import THERAPY as _THERAPIES

# the act before its target: "inhibiting", "targeting both", "inhibition of the chemokine receptor" (a short kind word
# of the target may stand between)
_KIND = r"(?:(?:[a-z][a-z\-]*\s+){0,2}(?:receptors?|kinases?|ligands?|proteins?|factors?|enzymes?|checkpoints?)\s+)?"
_ACT_BEFORE = lazy_compile(r"(?:\b(?:[Ii]nhibiting|[Bb]locking|[Tt]argeting)\s+(?P<both>both\s+)?|"
                           r"\b(?:[Ii]nhibition|[Bb]lockade|[Tt]argeting)\s+of\s+(?P<both_of>both\s+)?)(?:the\s+)?" + _KIND + r"$")
# the words of giving together, right after the target or right before the act
# (the words of giving together are builders/patterns.py's too: "EGFR inhibition in combination with A")
PARTNER_WORDS = r"(?:together|along)\s+with|in\s+combination\s+with|combined\s+with|plus"
_WITH_PARTNER = lazy_compile(rf"\s*,?\s*(?:{PARTNER_WORDS})\s+(?:the\s+|an?\s+)?", re.I)
_PARTNER_BEFORE = lazy_compile(rf"(?:{PARTNER_WORDS})\s+$", re.I)
# a partner that is itself such an act ("... in combination with blockade of PD-1")
_ACT_AT = lazy_compile(r"(?:inhibition|blockade|targeting)\s+of\s|(?:inhibiting|blocking|targeting)\s", re.I)
# one agent described by what it targets: "a bispecific antibody targeting both A and B"
_AGENT_BEFORE = lazy_compile(r"\b(?:antibod(?:y|ies)|inhibitors?|agents?|drugs?|molecules?|compounds?|blockers?|TKIs?|"
                             r"which|that)\s+$", re.I)
# the genetic tools a targeting may be done by (builders/patterns.py reads "siRNA targeting MET" with them too)
GENETIC_TOOLS = (r"(?:si|sh|sg|mi)RNAs?|RNAi|antisense(?:\s+oligonucleotides?)?|oligonucleotides?|CRISPR(?:/Cas9)?|"
                 r"guide\s+RNAs?|lentivir\w*|vectors?")
_GENETIC_BEFORE = lazy_compile(rf"\b(?:{GENETIC_TOOLS}|genetic(?:ally)?|knock\w*)\s+$", re.I)
# the joins of targets one act names together ("targeting both A and B", "blocking A, B and C"): no "or"
BOTH_JOIN = lazy_compile(r"\s*(?:,|and|, and)\s*")

_TARGETS = ("Gene", "Molecule", "Pathway")


def act_before(text: str, start: int):
    """The act of inhibiting, blocking or targeting that ends right before ``start``, or None (also when a genetic
    tool does it)."""
    act = _ACT_BEFORE.search(text, max(0, start - 60), start)
    if act is None or _GENETIC_BEFORE.search(text, max(0, act.start() - 30), act.start()):
        return None
    return act


_PLACED_AFTER = lazy_compile(r"\s+(?:with)?in\s+the\s+(?:[\w\-/]+\s+){0,3}(?:pathways?|signall?ing|cascades?|axis)\b", re.I)


def named_before(items: list, k: int, start: int) -> bool:
    """Whether the target ``items[k]`` was named earlier in the sentence, before the act at ``start``."""
    return any(o.entity.id == items[k].entity.id and o.end <= start for o in items[:k])


def partnered(text: str, items: list, j: int, end: int, out: list, act, class_after) -> bool:
    """Whether the act ``act`` on the target that ends at ``end`` (``items[j]`` the first mention after it) is given
    with a therapy: words of giving together after the target and a therapy (or another act) right after them, or a
    therapy and such words right before the act."""
    after = _WITH_PARTNER.match(text, end)
    if after is not None:
        if _ACT_AT.match(text, after.end()):
            return True
        if j < len(items) and items[j].start == after.end():
            nxt = items[j]
            if nxt.entity.category in _THERAPIES:
                return True
            if nxt.entity.category in _TARGETS:
                stop = j
                while stop + 1 < len(items) and text[items[stop].end:items[stop + 1].start] == "/":
                    stop += 1
                if class_after.match(text, items[stop].end):  # "... in combination with PD-1/PD-L1 blockade"
                    return True
    if out and out[-1].entity.category in _THERAPIES and out[-1].end <= act.start() and \
            _PARTNER_BEFORE.search(text, max(0, act.start() - 30), act.start()) and \
            _WITH_PARTNER.fullmatch(text, out[-1].end, act.start()):
        return True
    return False


def both_targets(text: str, items: list, k: int, act) -> list:
    """The targets one act names after "both" ("targeting both BRAF and EGFR"), joined by "and" (never "or"), when
    no agent is described by them; [] otherwise."""
    if not (act.group("both") or act.group("both_of")) or _AGENT_BEFORE.search(text, max(0, act.start() - 20), act.start()):
        return []
    listed = [items[k]]
    while k + len(listed) < len(items) and items[k + len(listed)].entity.category in _TARGETS and \
            BOTH_JOIN.fullmatch(text, listed[-1].end, items[k + len(listed)].start) and len(listed) < 3:
        listed.append(items[k + len(listed)])
    if len(listed) < 2 or not re.search(r"\band\b", text[listed[-2].end:listed[-1].start]) or \
            _PLACED_AFTER.match(text, listed[-1].end):
        return []
    if re.match(r"\s*(?:or|and/or)\b", text[listed[-1].end:listed[-1].end + 8]):
        return []
    return listed
