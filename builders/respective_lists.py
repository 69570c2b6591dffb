"""Which members of two lists "respectively" pairs when a rule matched only part of the lists.

"CD133 and CD44 were associated with resistance to irinotecan and cetuximab, respectively" pairs the first
member of one list with the first of the other and the second with the second: CD133 with irinotecan, CD44
with cetuximab, and never the cross pairs (CD44 with irinotecan). A rule often matches only one member of each
list ("... its co-expression with CD44 were associated with primary resistance to irinotecan and acquired
resistance to cetuximab respectively": the match holds CD44 and irinotecan); then the pair is stated only when
both stand at the same place of lists of the same length on their two sides of the match's cue (a list: the
entities around the match's one joined by "and", "or" or a comma, whatever words of their own they carry:
"primary resistance to A and acquired resistance to B"). Lists of different length, or a match without a cue
between its two ends, say nothing sure: no pair. A match end that stands in no list ("IFN-γ and IL-6 enhance
this effect via JAK/STAT1 and STAT3, respectively"), or a "respectively" after a further list ("X and Y,
inhibitors of A, B and C, were approved in 2018 and 2019, respectively"), leaves the match as it is: the
"respectively" pairs other lists.
"""
from __future__ import annotations

_JOINS = ("and", "or", ",", "as well as")


def _run(tokens, lo: int, hi: int, at: int, categories: frozenset) -> list[int]:
    """The entity tokens of ``lo:hi`` with an entity of ``categories`` around token ``at`` that joins tie one to
    the next ("A and B", "A, B or C", "resistance to A and to B"), in text order."""
    members = [i for i in range(max(lo, 0), hi) if any(e.category in categories for e in tokens[i].entities)]
    if at not in members:
        return []
    k = members.index(at)
    joined = [any(getattr(t, "lower", "") in _JOINS for t in tokens[a + 1:b]) for a, b in zip(members, members[1:])]
    first = k
    while first > 0 and joined[first - 1]:
        first -= 1
    last = k
    while last < len(joined) and joined[last]:
        last += 1
    return members[first:last + 1]


def respective_place(tokens, lo: int, hi: int, cue_positions, first: list[int], second: list[int],
                     first_categories: frozenset, second_categories: frozenset, hit: int):
    """For each token of ``first`` and of ``second`` (the two slots of a match, ``first`` standing before
    ``second``), its place in its list on its side of the match's cue (the first cue token between the two);
    None when the places say nothing: no cue between them, or lists of different length; "unpaired" when a side
    holds no list, or another list stands between the second and "respectively": then "respectively" pairs other
    lists. ``hit`` is where "respectively" stands; the second list ends there.

    >>> from types import SimpleNamespace as N
    >>> E = lambda c: (N(category=c),)
    >>> W = lambda w: N(entities=(), lower=w)
    >>> toks = [N(entities=E("Gene")), W("and"), N(entities=E("Gene")), W("cause"), W("loss"),
    ...         N(entities=E("Drug")), W("and"), N(entities=E("Drug")), W("respectively")]
    >>> respective_place(toks, 0, 9, [3], [2], [5], frozenset({"Gene"}), frozenset({"Drug"}), 8)
    ({2: 1}, {5: 0})
    >>> respective_place(toks, 0, 9, [3], [2], [5], frozenset({"Gene"}), frozenset({"Drug"}), 6)
    'unpaired'
    >>> three = [N(entities=E("Gene")), W(",")] + toks
    >>> respective_place(three, 0, 11, [5], [4], [7], frozenset({"Gene"}), frozenset({"Drug"}), 10) is None
    True
    """
    if not first or not second:
        return None
    cut = next((c for c in sorted(cue_positions) if max(first) < c <= min(second)), None)
    if cut is None:
        return None
    left = _run(tokens, lo, cut, first[0], first_categories)
    right = _run(tokens, cut, min(hit, hi), second[0], second_categories)
    if any(i not in left for i in first) or any(i not in right for i in second):
        return None
    if len(left) < 2 or len(right) < 2 or \
            any(getattr(t, "lower", "") in ("and", "or") for t in tokens[right[-1] + 1:hit]):
        return "unpaired"
    if len(left) != len(right):
        return None
    return {i: left.index(i) for i in first}, {i: right.index(i) for i in second}
