"""A rescuer named as one drug of a combination its sentence states is the combination.

"To overcome this resistance, sotorasib was combined with panitumumab": a rule that reads the combination's therapies
as parts (so that the verb "combined" between them stays a cue of its own) matches sotorasib alone, but what the
sentence puts forward is sotorasib + panitumumab. The recogniser has already read the words as one regimen ("A was
combined with B", "A in combination with B", "A plus B", "combining A and B", "the addition of B to A"); a therapy
whose words lie inside that regimen's words, and which is one of its parts, stands for the regimen
(:func:`covering_combination`). Where the recogniser made no regimen (a third therapy in the sentence), the joining
words right after the therapy name its partners (:func:`partners_after`); "combining it with B" joins B to the therapy
the match reads as resisted (:func:`resisted_it_joined`). Used by ``builders.guards.not_resisted``, which every rescue
transform of a rescuer goes through.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.groups import THERAPY


def covering_combination(entity, m, token: int):
    """The one regimen the recogniser read around ``token`` with ``entity`` among its parts, or None (no such regimen,
    or several different ones: "A or B combined with C" read as A + C and B + C gives A its own, one)."""
    rec = m.rec
    if rec is None or token < 0 or not rec.regimens:
        return None
    t = m.tokens[token]
    found = {mention.entity.id: mention.entity for mention, comps in rec.regimens
             if mention.start <= t.start and t.end <= mention.end and mention.entity.id != entity.id
             and entity.id in comps}
    if not found:
        # "A, which blocks X, overcame resistance when combined with B": the subject given with its partner
        found = {regimen.id: regimen for a, regimen, comps in rec.subject_regimens
                 if a.start <= t.start and t.end <= a.end and regimen.id != entity.id and entity.id in comps}
    return next(iter(found.values())) if len(found) == 1 else None


# "A was combined with B", "A, in combination with B,", "A has been given together with B": the words that join the
# therapy just read to a partner named right after them
_JOINED_AFTER = lazy_compile(r"\s*,?\s*(?:(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|being|be|can\s+be|"
                             r"could\s+be|may\s+be|might\s+be|will\s+be|would\s+be)\s+)?(?:(?:combined|co-?administered|"
                             r"given|used|administered|paired)\s+(?:together\s+)?with|added\s+to)|in\s+(?:combination|"
                             r"conjunction)\s+with|together\s+with|along\s+with|plus)\s+(?:the\s+|an?\s+)?", re.I)
# a further therapy after the partner: "combined with B and C" (a triplet) or "combined with B or C" (each pair is put
# forward, so the first stands)
_AND_NEXT = lazy_compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:with\s+)?(?:the\s+|an?\s+)?$", re.I)


def partners_after(entity, m, token: int) -> list:
    """The therapies the words right after ``token`` join it to ("sotorasib was combined with panitumumab":
    panitumumab; "A was combined with B and C": B and C; "A was combined with B or C": B, one combination the
    sentence puts forward); none where no joining words and therapy follow."""
    if token < 0:
        return []
    hit = _JOINED_AFTER.match(m.text, m.tokens[token].end)
    if hit is None:
        return []
    at = next((i for i in range(token + 1, min(len(m.tokens), token + 12)) if m.tokens[i].start >= hit.end()), None)
    if at is None or m.tokens[at].start != hit.end():
        return []
    out = []
    while at is not None:
        found = {e.id: e for e in m.tokens[at].entities if e.category in THERAPY and e.id != entity.id}
        if len(found) != 1:
            return out
        out.extend(found.values())
        nxt = next((i for i in range(at + 1, min(len(m.tokens), at + 6)) if m.tokens[i].entities), None)
        at = nxt if nxt is not None and _AND_NEXT.fullmatch(m.text, m.tokens[at].end, m.tokens[nxt].start) else None
    return out


# "strategies to overcome resistance to A include combining it with B": the pronoun is the resisted therapy
_COMBINING_IT_WITH = lazy_compile(r"\bcombin(?:e|es|ed|ing)\s+(?:it|them)\s+(?:together\s+)?with\s+(?:the\s+|an?\s+)?$", re.I)


def resisted_it_joined(m, token: int):
    """The one therapy the match reads as resisted where "combining it with" comes right before ``token``; None
    otherwise."""
    if token < 0 or not _COMBINING_IT_WITH.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None
    resisted = {e.id: e for e in m.slot_entities.get("resisted", ())}
    return next(iter(resisted.values())) if len(resisted) == 1 else None
