"""The causes of a resistance a sentence sets out as a numbered list after the words that name them.

"Our review presents five major causes of A resistance: (1) ...; (2) ...; and (5) cancer stem cells are the most
difficult targets": the list's scope says what every item is a cause of, so an item that opens on a cause names a
cause of resistance to A though its own words speak of no resistance (read by
:func:`builders.guards.item_of_listed_causes` for ``resistance.numbered_cause_of_listed_resistance``). An item that
speaks of the resistance itself ("(3) A-resistant cells possess ...") is left to the rules that read its own words, and
an item that denies what it names ("(2) cancer stem cells did not contribute") names no cause.

Only a list numbered from its first item right after the colon of the scope, "(1)" or "(i)", in the same sentence;
only a scope of causes, mechanisms, reasons or drivers of a resistance, refractoriness or insensitivity ("the
following three mechanisms of tumour growth: (1) ..." is no list of causes of resistance).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# the number of a list's item in brackets: "(1)" ... "(9)", "(i)" ... "(x)"
_ITEM_NUMBER = lazy_compile(r"\((?:[1-9]|i{1,3}|iv|vi{0,3}|ix|x)\)", re.I)
# the first item's number, right after the colon that closes the scope
_FIRST_AFTER_COLON = lazy_compile(r":\s*\((?:1|i)\)", re.I)
# the words that name what the items are: causes of a resistance ("five major causes of A resistance in CRC",
# "the mechanisms underlying resistance to A", "several reasons for the refractoriness of tumours to A"), the scope
# running to the colon without closing a clause
_SCOPE = lazy_compile(r"(?:\b(?:possible|potential|putative|proposed|presumed|suspected|likely|plausible)\s+"
                      r"(?:[\w\-]+\s+){0,2}?)?"  # a hedge of the scope's own ("possible major causes")
                      r"\b(?:causes?|mechanisms?|reasons?|drivers?|sources?|determinants?|bases|basis)\s+"
                      r"(?:of|for|behind|underlying)\s+[^:;.]{0,100}?\b(?:resistan|refractor|insensitiv|chemoresist)"
                      r"\w*[^:;.]{0,100}$", re.I)
# an item that speaks of the resistance itself: read by the rules that read its own words
_OWN_RESISTANCE = lazy_compile(r"resistan|refractor|insensitiv", re.I)
# an item that denies what it names ("(2) cancer stem cells did not contribute"): no cause
_DENIED = lazy_compile(r"\b(?:not|never|no longer|neither|nor|none)\b|n't\b", re.I)


def listed_cause_scope(text: str, at: int) -> tuple[int, int] | None:
    """``(start, end)`` in ``text`` of the words naming the causes of a resistance that the numbered list holding the
    item numbered at ``at`` sets out, the end at the colon before its first item; None when the item is no later item
    of such a list, or speaks of a resistance itself.

    >>> s = ("Possible causes of A resistance: (1) B-resistant cells lack C; (2) D cells are hard to kill; and (3) E "
    ...      "cells did not contribute.")
    >>> [listed_cause_scope(s, s.index(f"({k})")) for k in (1, 2, 3)]  # (1) speaks of the resistance, (3) denies
    [None, (0, 31), None]
    >>> s = "Three mechanisms of tumour growth: (1) B cells divide; and (2) D cells invade."
    >>> listed_cause_scope(s, s.index("(2)")) is None
    True
    """
    first = _FIRST_AFTER_COLON.search(text, 0, at + 4)
    if first is None or first.end() > at + 4:
        return None
    colon = first.start()
    scope = _SCOPE.search(text, max(0, colon - 220), colon)
    if scope is None:
        return None
    number = _ITEM_NUMBER.match(text, at)
    if number is None:
        return None
    after = _ITEM_NUMBER.search(text, number.end())
    item = text[number.end():after.start() if after else len(text)]
    if _OWN_RESISTANCE.search(item) or _DENIED.search(item):
        return None
    return scope.start(), colon
