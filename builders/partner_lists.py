"""A therapy combined with a list of alternative partners: each partner forms its own regimen with it.

* "A was combined with B, C or D", "combining A with B, C, or D", "A in combination with B or C", "combinations of
  A with B or C", "A together with either B or C", "A has been combined with B and with C": A + B, A + C, A + D
  (A + B read from A to B, each other one at its partner's mention, so that what the sentence says about the
  combinations reaches each);
* "B, C or D combined with A": B + A, C + A, D + A (each read at its own mention);
* "adding B or C to A": B + A and C + A.

Only a list the text makes one of alternatives ("or", "either ... or", a repeated "with") is split; "A combined with
B, C, and D" may be one regimen of all four and is left as read. A partner said to be given alone ("or D alone"),
one that opens a combination of its own ("D plus E") or one already in another regimen ends the reading.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prose_regimens import _VERBAL_JOIN_WORDS

# the words from the head to its first partner: a verb of combining ("was combined with", "in combination with",
# "together with", "given with"), or a bare "with" after "combining"/"combinations of" before the head
_HEAD_JOIN = lazy_compile(_VERBAL_JOIN_WORDS + r"\s+(?:either\s+)?(?:the\s+|an?\s+)?", re.I)
_WITH_JOIN = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?\s+with\s+(?:either\s+)?(?:the\s+|an?\s+)?", re.I)
_COMBINING_BEFORE = lazy_compile(r"\b(?:combin(?:e|es|ed|ing)|combinations?\s+of)\s+(?:the\s+)?$", re.I)
# between two partners of the list: a comma, "or", or a repeated "with" ("and with", "or with")
_PARTNER_GAP = lazy_compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:\[[\d,\s–-]+\]\s*)?"
                            r"(?P<sep>,\s*(?:or\s+)?(?:with\s+)?|or\s+(?:with\s+)?|(?:,\s*)?and\s+with\s+)"
                            r"(?:the\s+|an?\s+)?", re.I)
# after a partner: given alone, or the start of a combination of its own
_NOT_ALONE_PARTNER = lazy_compile(r"[-\s]*(?:alone|monotherapy|as\s+(?:an?\s+)?(?:single|sole|mono)\w*|single[-\s]agents?|only|based|containing|\+|plus|"
                                  r"combined|in\s+combination|with|treated|resistant|refractory|sensitive|exposed|"
                                  r"pretreated)\b", re.I)
# a list of alternatives before the head: "B, C or D combined with A"
_LIST_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:or\s+)?|or\s+)", re.I)
# what before a list says it is no list of therapies given: each resisted, given before, compared
_NOT_GIVEN_BEFORE = lazy_compile(r"\b(?:resist\w*|refractory|sensitiv\w*|after|following|prior|previous\w*|failure\s+of|"
                                 r"failed|progress\w*|both|between|compar\w*|versus|vs\.?|than|instead|rather|"
                                 r"replac\w*|switch\w*)\b[^.;]{0,40}$", re.I)
# therapies named by their role, not their drugs: no head or partner of a list ("standard chemotherapy combined with
# A, B, or C" says what the standard was, not that each was added to it)
_ROLE_THERAPIES = frozenset({"crc:regimen_standard_of_care", "crc:regimen_placebo"})
# a therapy joined onto the head before it ("X and A", "X plus A", "X/A")
_JOINED_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|plus\s+|\+\s*|/\s*|-)", re.I)
_ADDING_BEFORE = lazy_compile(r"\b(?:(?:the\s+)?addition\s+of|adding)\s+(?:the\s+|an?\s+)?$", re.I)
_ADDED_TO = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*to\s+(?:the\s+|an?\s+)?", re.I)
# the words that separate partners: an alternative ("or", a repeated "with"), a joining "and", a lone ", or"
_OR = lazy_compile(r"\bor\b")
_OR_OR_WITH = lazy_compile(r"\bor\b|\bwith\b")
_AND = lazy_compile(r"\band\b")
_COMMA_OR = lazy_compile(r",\s*or\s+")
_AND_GAP = lazy_compile(r"\s*(?:,\s*)?and\s+")


def partner_lists(r, text: str, rec, therapies: list, make) -> None:
    """Record a regimen for each alternative partner of a head therapy among ``therapies`` (the sentence's therapy
    mentions in text order, classes folded into their drugs); ``make(start, end, text, entity)`` makes a mention."""
    _partners_after(r, text, rec, therapies, make)
    _alternatives_before(r, text, rec, therapies, make)
    _added_alternatives(r, text, rec, therapies, make)


def _holder(rec, m):
    """The regimen mention that holds ``m``, if any."""
    return next((g for g, _ in rec.regimens if g.start <= m.start and m.end <= g.end), None)


def _has_pair(rec, a, b) -> bool:
    return any(set(comps) == {a.entity.id, b.entity.id} for _, comps in rec.regimens)


def _in_longer_regimen(rec, a, b, holder) -> bool:
    """Whether ``holder`` (the regimen mention holding ``a``, if any) is more than the pair ``a`` + ``b``."""
    return holder is not None and not (holder.start == a.start and holder.end == b.end and _has_pair(rec, a, b))


def _distinct(head, items: list, roles: frozenset = _ROLE_THERAPIES) -> bool:
    """Whether ``items`` are different therapies, none of them ``head``; ``head`` is no role therapy
    (``_ROLE_THERAPIES``), nor is any of ``items`` one of ``roles``."""
    ids = {m.entity.id for m in items}
    return head.entity.id not in ids and len(ids) == len(items) and not (ids & roles or head.entity.id in _ROLE_THERAPIES)


def _record(r, text: str, rec, parts: list, start: int, end: int, make) -> None:
    entity, comps = r.combination(parts)
    rec.regimens.append((make(start, end, text, entity), comps))


def _given_alone(text: str, m) -> bool:
    return _NOT_ALONE_PARTNER.match(text, m.end) is not None


def _partners_after(r, text: str, rec, therapies: list, make) -> None:
    """"A was combined with B, C or D": A + B (from A to B), A + C and A + D (at C and D)."""
    for k, (a, b) in enumerate(zip(therapies, therapies[1:])):
        join = _HEAD_JOIN.fullmatch(text, a.end, b.start)
        if join is None and _COMBINING_BEFORE.search(text, max(0, a.start - 30), a.start):
            join = _WITH_JOIN.fullmatch(text, a.end, b.start)
        if join is None:
            continue
        listed, seps = [b], []
        for nxt in therapies[k + 2:k + 6]:
            gap = _PARTNER_GAP.fullmatch(text, listed[-1].end, nxt.start)
            if gap is None:
                break
            listed.append(nxt)
            seps.append(gap.group("sep").lower())
        # the list must be one of alternatives: its last item after "or" (or a repeated "with"); a list that goes on
        # past that is no list of partners
        while seps and not _OR_OR_WITH.search(seps[-1]):
            listed.pop()
            seps.pop()
        if not seps or any(_AND.search(s) and "with" not in s for s in seps):
            continue
        if len(seps) == 1 and _COMMA_OR.fullmatch(seps[0]):
            continue  # "A in combination with B, or C": C may be the alternative to the whole combination
        if any(_given_alone(text, m) for m in listed[:-1]) or _given_alone(text, listed[-1]):
            continue
        if k and _JOINED_BEFORE.fullmatch(text, therapies[k - 1].end, a.start):
            continue  # "X and A combined with B or C": the head may be more than A
        if not _distinct(a, listed):
            continue
        holder = _holder(rec, a)
        if _in_longer_regimen(rec, a, b, holder):
            continue  # the head is part of a longer regimen
        if any(_holder(rec, m) is not None for m in listed[1:]):
            continue  # a partner already read in a regimen of its own
        if holder is None:
            if _holder(rec, b) is not None:
                continue
            _record(r, text, rec, [a, b], a.start, b.end, make)
        for m in listed[1:]:
            _record(r, text, rec, [a, m], m.start, m.end, make)


def _alternatives_before(r, text: str, rec, therapies: list, make) -> None:
    """"B, C or D combined with A": the list before the combining words names alternatives, each given with A (the
    last, read from D to A, is kept; B + A and C + A at B and C)."""
    for k, (d, a) in enumerate(zip(therapies, therapies[1:])):
        if k == 0 or _HEAD_JOIN.fullmatch(text, d.end, a.start) is None:
            continue
        holder = _holder(rec, d)
        if _in_longer_regimen(rec, d, a, holder):
            continue
        items, j, seps = [d], k, []
        while j and k - j < 4:
            gap = _LIST_BEFORE.fullmatch(text, therapies[j - 1].end, therapies[j].start)
            if gap is None:
                break
            seps.append(gap.group(0))
            j -= 1
            items.insert(0, therapies[j])
        if len(items) < 2 or not _OR.search(seps[0]):
            continue  # the last item after "or"
        if j and _AND_GAP.fullmatch(text, therapies[j - 1].end, therapies[j].start):
            continue  # "X and B or D": no plain list of alternatives
        if _NOT_GIVEN_BEFORE.search(text, max(0, items[0].start - 50), items[0].start):
            continue
        if any(_holder(rec, m) is not None for m in items[:-1]) or any(_given_alone(text, m) for m in items[:-1]):
            continue
        if not _distinct(a, items, roles=frozenset()):
            continue
        if holder is None:
            _record(r, text, rec, [d, a], d.start, a.end, make)
        for m in items[:-1]:
            _record(r, text, rec, [m, a], m.start, m.end, make)


def _added_alternatives(r, text: str, rec, therapies: list, make) -> None:
    """"adding B or C to A", "the addition of B or C to A": B + A and C + A, each read at its alternative."""
    for k, b in enumerate(therapies[:-2]):
        if not _ADDING_BEFORE.search(text, max(0, b.start - 30), b.start):
            continue
        items = [b]
        for nxt in therapies[k + 1:k + 5]:
            if _LIST_BEFORE.fullmatch(text, items[-1].end, nxt.start) is None:
                break
            items.append(nxt)
        if len(items) < 2 or not _OR.search(text[items[-2].end:items[-1].start]):
            continue
        a = therapies[k + len(items)] if k + len(items) < len(therapies) else None
        if a is None or _ADDED_TO.fullmatch(text, items[-1].end, a.start) is None or _given_alone(text, a):
            continue
        if any(_holder(rec, m) is not None for m in items) or _holder(rec, a) is not None:
            continue
        if not _distinct(a, items):
            continue
        for m in items:
            _record(r, text, rec, [m, a], m.start, m.end, make)
