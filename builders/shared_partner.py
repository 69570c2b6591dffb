"""(s45 regs) Alternatives that each take one partner said once after them: "A versus B, both in combination with C".

"vanucizumab versus bevacizumab (an anti-VEGF antibody), both in combination with mFOLFOX6", "A or B, each combined
with C", "A, B or C, each given with D": the partner is given with every alternative, so each alternative makes a
regimen with it (A + C, B + C), read at the alternative's own mention. Never one regimen of the alternatives.

Only a plain list (its items joined by a comma, "or", "and", "versus"/"vs", "compared with"; a bracketed aside after
an item) right before "both"/"each"/"all" and a word of giving together ("with", "plus", "in combination with",
"combined with", "together with", optionally "given"/"administered" first). An optional partner ("each with or
without C") opens nothing, nor a partner joined to another therapy after it ("each with C and D", "each with C or
D"); an item already read inside a regimen, or a list joined onto a therapy before it ("X plus
A or B, both with C"), or one given before ("after A or B, both with C") is left as read.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# from the last alternative to the partner: an aside, a comma, "both/each ... with"
_EACH_WITH = lazy_compile(r"\s*(?:\([^()]{0,80}\)\s*)?,?\s*(?:both|each|all(?:\s+(?:two|three|four))?)\s+"
                          r"(?:(?:given|administered|used|delivered)\s+)?"
                          r"(?:in\s+combination\s+with|combined\s+with|together\s+with|with|plus|\+)\s+"
                          r"(?:the\s+|an?\s+)?", re.I)
# between two alternatives: an aside, then a comma, "or", "and", "versus", "compared with"
_ITEM_GAP = lazy_compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+|versus\s+|vs\.?\s+|"
                         r"compared\s+(?:with|to)\s+)(?:the\s+|an?\s+)?", re.I)
# a therapy joined onto the first alternative from before it: the list is part of a longer regimen
_JOINED_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:plus|\+|/|-|with|and|combined\s+with|"
                              r"in\s+combination\s+with)\s*\Z", re.I)
# the partner joined to another therapy after it ("C and D", "C or D", "C plus D", "C/D")
PARTNER_JOINED_AFTER = lazy_compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*(?:and/or|and|or|plus|with)?|and/or|and|or|plus|with|\+|/|-)\s*"
                             r"(?:the\s+|an?\s+)?", re.I)
# words before the list that make its items therapies given before or resisted
_GIVEN_BEFORE = lazy_compile(r"\b(?:resist\w*|refractory|after|following|prior|previous\w*|failure|failed|"
                             r"progress\w*|pretreated|exposed)\b[^.;]{0,30}\Z", re.I)
_MAX_ITEMS = 4


def shared_partner(r, text: str, rec, therapies: list, make) -> None:
    """Record a regimen of each alternative with the partner said once after them; ``therapies`` are the sentence's
    therapy mentions in text order, ``make(start, end, text, entity)`` makes a mention."""
    for k in range(2, len(therapies)):
        partner = therapies[k]
        if not _EACH_WITH.fullmatch(text, therapies[k - 1].end, partner.start):
            continue
        if k + 1 < len(therapies) and PARTNER_JOINED_AFTER.fullmatch(text, partner.end, therapies[k + 1].start):
            continue  # "each with C and D", "each with C or D": the partner is more than C, or a choice
        items, j = [therapies[k - 1]], k - 1
        while j and len(items) < _MAX_ITEMS and _ITEM_GAP.fullmatch(text, therapies[j - 1].end, therapies[j].start):
            j -= 1
            items.insert(0, therapies[j])
        if len(items) < 2:
            continue
        if j and _JOINED_BEFORE.search(text, therapies[j - 1].end, items[0].start) and \
                therapies[j - 1].end > items[0].start - 40:
            continue
        if _GIVEN_BEFORE.search(text, max(0, items[0].start - 40), items[0].start):
            continue
        ids = [m.entity.id for m in items]
        if len(set(ids)) < len(ids) or partner.entity.id in ids:
            continue
        if any(g.start <= m.start and m.end <= g.end and (g.start, g.end) != (m.start, m.end)
               for g, _ in rec.regimens for m in items + [partner]):
            continue  # already read inside a longer regimen
        for m in items:
            entity, comps = r.combination([m, partner])
            if any(g.entity.id == entity.id and g.start == m.start for g, _ in rec.regimens):
                continue
            rec.regimens.append((make(m.start, m.end, text, entity), comps))
