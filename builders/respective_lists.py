"""Which members of two lists "respectively" pairs when a rule matched only part of the lists.

"CD133 and CD44 were associated with resistance to irinotecan and cetuximab, respectively" pairs the first
member of one list with the first of the other and the second with the second: CD133 with irinotecan, CD44
with cetuximab, and never the cross pairs (CD44 with irinotecan). A rule often matches only one member of each
list ("... its co-expression with CD44 were associated with primary resistance to irinotecan and acquired
resistance to cetuximab respectively": the match holds CD44 and irinotecan); then the pair is stated only when
both stand at the same place of lists of the same length on their two sides of the match's cue (a list: the
entities around the match's one joined by "and", "or" or a comma, whatever words of their own they carry:
"primary resistance to A and acquired resistance to B"; a distributed name, "KRAS and BRAF mutations", is as many
members as it names; an entity of another kind joined by a bare "and", "KRAS G12C and HER2", holds its place). Lists
of different length, a one-member side whose "and" leads to no member read ("silencing of A and of B", B unread), or a match without a cue
between its two ends, say nothing sure: no pair. A match end that stands in no list ("IFN-γ and IL-6 enhance
this effect via JAK/STAT1 and STAT3, respectively"), or a "respectively" after a further list ("X and Y,
inhibitors of A, B and C, were approved in 2018 and 2019, respectively"), leaves the match as it is: the
"respectively" pairs other lists.
"""
from __future__ import annotations

_JOINS = ("and", "or", ",", "as well as")
_TIGHT = ("the", "a", "an", "to", "of", "in", "from", "with", "for", "on", "against", "by")


def _members(token, categories: frozenset) -> int:
    """How many list members entity token ``token`` names: one, or each entity of ``categories`` a distributed
    name gives ("KRAS and BRAF mutations": two, KRAS mutation and BRAF mutation, in text order)."""
    if not any(j in f" {token.lower} " for j in (" and ", " or ", ", ")):
        return 1
    return max(1, sum(e.category in categories for e in token.entities))


def _run(tokens, lo: int, hi: int, at: int, categories: frozenset) -> list[int]:
    """The entity tokens of ``lo:hi`` around token ``at`` that joins tie one to the next ("A and B", "A, B or C",
    "resistance to A and to B"), in text order: entities of ``categories`` whatever words of their own they carry,
    and entities of another kind joined by no more than a join ("KRAS G12C and HER2", "activation of MET and of
    STAT3"), so that a list of mixed kinds is as long as it is, not as long as its members of one kind."""
    members = [i for i in range(max(lo, 0), hi) if tokens[i].entities]
    if at not in members:
        return []
    k = members.index(at)
    fits = [any(e.category in categories for e in tokens[i].entities) for i in members]
    joined = [_joined(tokens[a + 1:b], fa and fb) for a, b, fa, fb in zip(members, members[1:], fits, fits[1:])]
    first = k
    while first > 0 and joined[first - 1]:
        first -= 1
    last = k
    while last < len(joined) and joined[last]:
        last += 1
    return [i for i, f in zip(members[first:last + 1], fits[first:last + 1]) if f or last > first]


def _joined(gap, both_fit: bool) -> bool:
    """Whether the words ``gap`` between two entities join them into one list: a join among them for two of the
    slot's kind; only a join, an article or a repeated preposition ("and", ", and the", "and to") otherwise."""
    words = [getattr(t, "lower", "") for t in gap]
    if not any(w in _JOINS for w in words):
        return False
    return both_fit or (len(words) <= 3 and all(w in _JOINS or w in _TIGHT for w in words))


def _places(tokens, run: list[int], categories: frozenset) -> dict[int, tuple]:
    """Each token of ``run`` with the places in the list its members stand at (several for a distributed name)."""
    places, n = {}, 0
    for i in run:
        k = _members(tokens[i], categories)
        places[i] = tuple(range(n, n + k))
        n += k
    return places


def _dangling(tokens, run: list[int], end: int) -> bool:
    """Whether a join follows the last member of ``run`` right away (before ``end``) with no member read after it:
    a list whose further member the reader did not name ("silencing of A and of B", B unread), whose length is
    not known."""
    k = run[-1] + 1
    if k < end and getattr(tokens[k], "lower", "") == ",":
        k += 1
    return k < end and getattr(tokens[k], "lower", "") in ("and", "or")


def respective_place(tokens, lo: int, hi: int, cue_positions, first: list[int], second: list[int],
                     first_categories: frozenset, second_categories: frozenset, hit: int):
    """For each token of ``first`` and of ``second`` (the two slots of a match, ``first`` standing before
    ``second``), the places of its members in its list on its side of the match's cue (the first cue token between
    the two; one place a member, several for a distributed name: "KRAS and BRAF mutations"); None when the places
    say nothing: no cue between them, lists of different length, or a one-member side whose join leads to no member
read; "unpaired" when a side holds no list, or
    another list stands between the second and "respectively": then "respectively" pairs other lists. ``hit`` is
    where "respectively" stands; the second list ends there.

    >>> from types import SimpleNamespace as N
    >>> E = lambda c: (N(category=c),)
    >>> W = lambda w: N(entities=(), lower=w)
    >>> G = lambda w: N(entities=E("Gene"), lower=w)
    >>> D = lambda w: N(entities=E("Drug"), lower=w)
    >>> toks = [G("a"), W("and"), G("b"), W("cause"), W("loss"), D("c"), W("and"), D("d"), W("respectively")]
    >>> respective_place(toks, 0, 9, [3], [2], [5], frozenset({"Gene"}), frozenset({"Drug"}), 8)
    ({2: (1,)}, {5: (0,)})
    >>> respective_place(toks, 0, 9, [3], [2], [5], frozenset({"Gene"}), frozenset({"Drug"}), 6)
    'unpaired'
    >>> three = [G("e"), W(",")] + toks
    >>> respective_place(three, 0, 11, [5], [4], [7], frozenset({"Gene"}), frozenset({"Drug"}), 10) is None
    True
    >>> both = [N(entities=E("Gene") + E("Gene"), lower="a and b mutations")] + toks[3:]
    >>> respective_place(both, 0, 7, [1], [0], [3], frozenset({"Gene"}), frozenset({"Drug"}), 6)
    ({0: (0, 1)}, {3: (0,)})
    >>> lone = [G("a"), W("and"), W("of"), W("b")] + toks[3:]
    >>> respective_place(lone, 0, 10, [4], [0], [6], frozenset({"Gene"}), frozenset({"Drug"}), 9) is None
    True
    >>> mixed = toks[:5] + [N(entities=E("Alteration"), lower="c"), W("and"), D("d"), W("respectively")]
    >>> respective_place(mixed, 0, 9, [3], [2], [7], frozenset({"Gene"}), frozenset({"Drug"}), 8)
    ({2: (1,)}, {7: (1,)})
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
    left_places, right_places = _places(tokens, left, first_categories), _places(tokens, right, second_categories)
    n_left, n_right = sum(map(len, left_places.values())), sum(map(len, right_places.values()))
    if (n_left < 2 and _dangling(tokens, left, cut)) or (n_right < 2 and _dangling(tokens, right, hit)):
        return None  # "silencing of A and of B[unread] restored sensitivity to C and to D, respectively"
    if n_left < 2 or n_right < 2 or \
            any(getattr(t, "lower", "") in ("and", "or") for t in tokens[right[-1] + 1:hit]):
        return "unpaired"
    if n_left != n_right:
        return None
    return {i: left_places[i] for i in first}, {i: right_places[i] for i in second}
