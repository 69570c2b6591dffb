"""A drug class given with a partner, its members spelled out in brackets: each member is given with the partner.

"Novel targeted therapies (bevacizumab and cetuximab) in combination with chemotherapy": bevacizumab + chemotherapy and
cetuximab + chemotherapy (and the class with chemotherapy); "792 patients received chemotherapy plus targeted therapy
(anti-EGFR therapy, n=180; anti-VEGF therapy, n=612)": chemotherapy + anti-EGFR therapy and chemotherapy + anti-VEGF
therapy. The class may be one the reader does not know (then only words ending in a therapy noun, "target therapy",
"biologic agents"). Each regimen is read at its member's mention; the class's at the class.

Not read: members given as alternatives before the partner ("an anti-PD-1 antibody (A or B) plus C"), a class
named in the singular before its members, two members on one target with no group counts (the dual blockade may be
given with the partner), one member (the bracket then names the class's drug, folded by builders/regimen_names.py), a
bracket holding anything but the members and their counts, a member already part of a regimen (a backbone's
alternatives, "A plus chemotherapy (FOLFOX or FOLFIRI)", are read by builders/bracketed_backbones.py), a partner joined
by "or", "versus" or a sequence word.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prose_regimens import _covered, _record

# what may separate members inside the bracket: a count after a member ("anti-EGFR therapy, n=180;"), commas,
# semicolons, "and", "or"
_MEMBER_GAP = lazy_compile(r"\s*(?:,\s*n\s*=\s*\d[\d,]*\s*)?(?:[,;]\s*(?:and\s+|or\s+)?|and\s+|or\s+)\s*", re.I)
_LAST_COUNT = lazy_compile(r"\s*(?:,\s*n\s*=\s*\d[\d,]*\s*)?\)", re.I)
# the join between the class's bracket and the partner after it, past at most two describing words
_JOIN_AFTER = lazy_compile(r"\s*,?\s*(?:(?:given|used|administered)\s+)?(?:in\s+combination\s+with|combined\s+with|plus|\+|together\s+with|along\s+with)\s+", re.I)
_DESCRIBING = lazy_compile(r"(?:the\s+|an?\s+)?(?:(?!(?:and|or|of|in|for|to|with|versus|than|as|alone)\b)[a-z][\w\-]*\s+){0,2}",
                           re.I)
# the join between a partner and the class that follows it, the class as a mention or as words ending in a
# therapy noun ("plus target therapy (")
_JOIN_BEFORE = lazy_compile(r"\s*(?:plus|\+|combined\s+with|in\s+combination\s+with|with)\s+(?:an?\s+|the\s+)?", re.I)
_CLASS_WORDS = lazy_compile(r"(?:[a-z][\w\-]*\s+){0,2}(?:therapy|therapies|agents?|drugs?|antibod(?:y|ies)|"
                            r"biologics?|inhibitors?)\s*\(", re.I)


def member_partners(r, text: str, rec, therapies: list, make) -> None:
    """Record each bracketed member of a class given with a partner as member + partner (``therapies``: the
    sentence's therapy mentions in text order; ``make(start, end, text, entity)`` makes a mention)."""
    # the class, then the partner after its bracket
    for k, m in enumerate(therapies):
        opening = _bracket_after(text, m, therapies, k) if m.entity.category == "DrugClass" else None
        if opening is None:
            continue
        members, close = _members(text, therapies, k + 1, opening)
        if _OR.search(text, opening, close):
            continue  # "an anti-PD-1 antibody (A or B) plus C": the class's alternatives, no one drug given with C
        if not m.text.lower().endswith("s") or _dual_possible(r, text, members, opening, close):
            continue  # one class named in the singular
        partner = _partner_after(text, therapies, close) if len(members) >= 2 else None
        if partner is not None and not _covered(rec, partner) and not any(_covered(rec, t) for t in members):
            _record_each(r, text, rec, members, partner, make)
            if not _covered(rec, m):
                _record(r, text, rec, [m, partner], m.start, m.end, make)
    # the partner, then the class (a mention or words) and its bracket
    for k, b in enumerate(therapies[:-1]):
        join = _JOIN_BEFORE.match(text, b.end)
        if join is None or _SEQUENCE_BEFORE.search(text, max(0, b.start - 40), b.start):
            continue
        nxt = therapies[k + 1]
        if nxt.start == join.end() and nxt.entity.category == "DrugClass":
            opening = _bracket_after(text, nxt, therapies, k + 1)
            first = k + 2
        else:
            words = _CLASS_WORDS.match(text, join.end())
            opening = words.end() - 1 if words and words.end() <= nxt.start else None
            first = k + 1
        if opening is None:
            continue
        members, close = _members(text, therapies, first, opening)
        if _dual_possible(r, text, members, opening, close):
            continue
        pair = [g for g, _ in rec.regimens if g.start <= b.start < g.end]
        if len(members) >= 2 and all(g.start == b.start and g.end <= opening for g in pair):
            _record_each(r, text, rec, members, b, make, pair)


_OR = lazy_compile(r"\bor\b", re.I)
_OPENS = lazy_compile(r"\s*\(")
_SPACE = lazy_compile(r"\s*")
_MORE_AFTER = lazy_compile(r"\s*(?:,\s*)?(?:or|and)\s", re.I)
_COUNT = lazy_compile(r"\bn\s*=\s*\d", re.I)
_SEQUENCE_BEFORE = lazy_compile(r"\b(?:followed\s+by|then|after|before|versus|vs\.?|or)\s*$", re.I)


def _bracket_after(text: str, m, therapies: list, k: int) -> int | None:
    """Where the bracket that opens right after ``m`` begins, if one does and a therapy starts inside it."""
    at = _OPENS.match(text[m.end:m.end + 4])
    if at is None or k + 1 >= len(therapies):
        return None
    opening = m.end + at.end() - 1
    return opening if _SPACE.fullmatch(text, opening + 1, therapies[k + 1].start) else None


def _members(text: str, therapies: list, first: int, opening: int) -> tuple[list, int]:
    """The therapies listed inside the bracket at ``opening`` (from ``therapies[first]``), and where it closes;
    none when the bracket holds anything else, or names one therapy twice or the class before it ("checkpoint
    inhibitor therapy (immune checkpoint inhibitors, ICIs)": its long and short form)."""
    members, close = _listed(text, therapies, first, opening)
    ids = [m.entity.id for m in members]
    before = therapies[first - 1].entity.id if first else None
    if len(set(ids)) != len(ids) or before in ids:
        return [], opening
    return members, close


def _listed(text: str, therapies: list, first: int, opening: int) -> tuple[list, int]:
    members = []
    j = first
    while j < len(therapies) and therapies[j].start > opening:
        members.append(therapies[j])
        closing = _LAST_COUNT.match(text, therapies[j].end)
        if closing is not None:
            return members, closing.end()
        if j + 1 >= len(therapies) or not _MEMBER_GAP.fullmatch(text, therapies[j].end, therapies[j + 1].start):
            return [], opening
        j += 1
    return [], opening


def _partner_after(text: str, therapies: list, close: int):
    join = _JOIN_AFTER.match(text, close)
    if join is None:
        return None
    partner = next((t for t in therapies if t.start >= join.end()), None)
    if partner is None or not _DESCRIBING.fullmatch(text, join.end(), partner.start):
        return None
    if _MORE_AFTER.match(text, partner.end):
        return None  # "... with B or C": alternatives or more partners
    return partner


def _dual_possible(r, text: str, members: list, opening: int, close: int) -> bool:
    """Two members on one target, with no group counts and not given as alternatives ("or"): "anti-HER2 agents (A and
    B) with C" may be the dual blockade given with C, not each drug with it."""
    return not _COUNT.search(text, opening, close) and not _OR.search(text, opening, close) and any(
        share_a_target(r.vocab, x.entity, y.entity) for i, x in enumerate(members) for y in members[i + 1:])


def share_a_target(vocab, a, b) -> bool | None:
    """Whether the vocabulary gives the two therapies a target in common; None when either has no known target (also
    used by builders/regimen_names.py and builders/trials_arms.py)."""
    ta, tb = set(vocab.drug_targets.get(a.id, ())), set(vocab.drug_targets.get(b.id, ()))
    return bool(ta & tb) if ta and tb else None


def _record_each(r, text: str, rec, members: list, partner, make, pair: list = ()) -> None:
    if any(_covered(rec, m) for m in members) or not pair and _covered(rec, partner):
        return
    for member in members:
        _record(r, text, rec, [member, partner], member.start, member.end, make)
