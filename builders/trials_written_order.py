"""The order in which a sentence writes the two arms of one regimen given with and without an add-on.

"A with or without B", "A ± B", "A +/- B", "A plus or minus B", "A with (n = 51) or without (n = 52) B", "A with versus
without B", "A with and without B" name the arm given B first (the "with"), then A alone; "A without or with B" names A
alone first. The reader finds the arm of A where A is written and the arm of A + B where B is, so by position alone the
arms come A, then A + B: a run of values closed by "respectively" (or a "vs" pair) given in the order the sentence
names its arms is A + B's first. ``written_order`` puts such a pair back in the order the words give it.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from builders.lazy_patterns import lazy_compile
from builders.design_words import PLUS_MINUS_SIGN
from builders.trials_arms import WITH_OR_WITHOUT

# the words between A (its name and dose) and the add-on B that make "with B" the first arm: "with or without",
# "with (n = 51) or without (n = 52)", "with versus without", "with and without", "plus or minus" (the arm reader's
# WITH_OR_WITHOUT), "±", "+/-"
_WITH_FIRST = lazy_compile(rf"(?:\b{WITH_OR_WITHOUT}|{PLUS_MINUS_SIGN})\s*(?:the\s+)?$", re.I)
# what ends A's stretch before the add-on: another clause or list item (never the stop of "vs.")
_BREAK = lazy_compile(r"[;:]\s|(?<!\bvs)\.\s|,\s*(?:and|or|while|whereas|but)\b|(?<!\bwith )\b(?:vs\.?|versus)\b|\bcompared\b", re.I)


def written_order(text: str, refs: Iterable[tuple[int, object]], parts: Callable[[object], set]) -> list:
    """The arms ``refs`` (position, arm; in text order) name, each once, in the order the sentence writes them: an arm
    of A right before the arm of A + B that its "with or without B" names comes after it.

    >>> parts = {"A": {"a"}, "A+B": {"a", "b"}}.get
    >>> def order(text): return written_order(text, [(0, "A"), (text.index("cetux"), "A+B")], parts)
    >>> order("FOLFIRI with or without cetuximab")
    ['A+B', 'A']
    >>> order("FOLFIRI with (n = 51) or without (n = 52) cetuximab")
    ['A+B', 'A']
    >>> order("FOLFIRI ± cetuximab")
    ['A+B', 'A']
    >>> order("FOLFIRI with versus without cetuximab")
    ['A+B', 'A']
    >>> order("FOLFIRI with vs. without cetuximab")
    ['A+B', 'A']
    >>> order("FOLFIRI without or with cetuximab")
    ['A', 'A+B']
    >>> order("FOLFIRI and FOLFIRI plus cetuximab")
    ['A', 'A+B']
    """
    first: dict = {}
    for pos, arm in refs:
        first.setdefault(arm, pos)
    order = sorted(first, key=first.get)
    k = 0
    while k + 1 < len(order):
        alone, added = order[k], order[k + 1]
        lo, hi = first[alone], first[added]
        own, more = parts(alone) or set(), parts(added) or set()
        if own and own < more and hi - lo <= 160 and not _BREAK.search(text, lo, hi) and \
                _WITH_FIRST.search(text[lo:hi].rstrip() + " ") is not None:
            order[k], order[k + 1] = added, alone
            k += 2
        else:
            k += 1
    return order
