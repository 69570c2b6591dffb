"""A design whose optional add-on is shared by both arms, which differ by something else.

"randomly assigned to receive mFOLFOX6 ± bevacizumab with SIRT or without SIRT", "A with or without B, with or
without C", "A (plus or minus B) versus A (plus or minus B) plus C": the "± B" is a choice within every arm, not the
comparison; the arms differ by the second add-on. Read as "A ± B" the sentence gives the arms A + B and A, which
are not the trial's arms, and every value after it would go on them. The trial reader sets no arms from such a
sentence (builders/trials_design.py); nothing is better than the wrong pair. When the second contrast adds one named
therapy C to the option every arm takes ("A ± B with C or without C", "A (± B) versus A (± B) plus C", "A ± B alone
or with C"), the arms are "A ± B + C" and "A ± B" (``added_contrast``): each a regimen whose name keeps the option,
its components the backbone, the optional add-on and C, as the reader names "A or B ± C" choices.
"""
from __future__ import annotations

import re

from builders.design_words import OPTIONAL_PARTNER, PLUS_MINUS, PLUS_MINUS_SIGN
from builders.lazy_patterns import lazy_compile

# the optional add-on, then (within the clause) a second contrast: "with or without C", "with C or without C" (or
# "without it"), "alone or with C",
# "± C", or "versus ... plus C" after a repeated optional backbone
# (a second "with or without" that sorts the patients by what they had or carry, "with or without prior C", "with or
# without BRAF mutations", is no add-on)
_NOT_HISTORY = r"(?!\s+(?:prior|previous(?:ly)?|history|(?:[\w\-]+\s+)?(?:mutations?|mutated|metastas[ei]s|disease)\b))"
# (the words between stay on the therapies: "A with or without B in patients with or without prior C" sets a
# population beside the design, no second add-on; bounded, so linear)
_NESTED = lazy_compile(OPTIONAL_PARTNER + r"(?:(?!\b(?:in|for|among|patients|participants|tumou?rs|who|whose|disease|prior|"
                       r"previous|previously)\b)[^.;:]){1,80}?(?:" + OPTIONAL_PARTNER + _NOT_HISTORY +
                       r"|\bwith\s+(?:an?\s+|the\s+)?([\w\-]+(?:\s+[\w\-]+){0,3}?)\s+or\s+without\s+(?:an?\s+|the\s+)?(?:\1|it|them)\b"
                       r"|\balone\s+or\s+(?:with|plus|(?:combined|in\s+combination)\s+with)\b)",
                       re.I)


def nested_optional(text: str) -> bool:
    """Whether a design sentence gives an optional add-on and then a second with/without contrast (see the module
    docstring)."""
    return _NESTED.search(text) is not None


# the words between a backbone and its optional add-on: " ± ", " (plus or minus ", " with or without "
_OPTIONAL_GAP = lazy_compile(r"\s*\(?\s*" + OPTIONAL_PARTNER + r"\s*(?:an?\s+|the\s+)?", re.I)


def shared_optional(text: str, therapies: list) -> tuple | None:
    """The backbone and the optional add-on every arm of such a design may take ("mFOLFOX6 ± bevacizumab with SIRT or
    without SIRT": mFOLFOX6, bevacizumab), as the first two therapy mentions joined by the optional word; None when
    the sentence does not open its design so."""
    for a, b in zip(therapies, therapies[1:]):
        if _OPTIONAL_GAP.fullmatch(text, a.end, b.start):
            return a, b
    return None


# the words between the optional add-on and a therapy the second contrast adds: "... ± B with C", ", plus C",
# "(± B) ± C", "± B, with or without C"
_ADD_GAP = lazy_compile(r"\s*\)?\s*,?\s*(?:(?:with|plus|\+|and|(?:combined|in\s+combination)\s+with)|" + OPTIONAL_PARTNER +
                        r")\s+(?:an?\s+|the\s+)?", re.I)
_OPTIONAL_ONLY = lazy_compile(r"\s*\)?\s*,?\s*" + OPTIONAL_PARTNER + r"\s+(?:an?\s+|the\s+)?", re.I)
# "... with C or without C" / "... or without it": the contrast closed after C
_ALONE_OR_WITH = lazy_compile(r"\s*\)?\s*,?\s*alone\s+or\s+(?:with|plus|(?:combined|in\s+combination)\s+with)\s+"
                              r"(?:an?\s+|the\s+)?", re.I)
_OR_WITHOUT = lazy_compile(r"\s*,?\s*or\s+without\s+(?:an?\s+|the\s+)?", re.I)
_OR_WITHOUT_IT = lazy_compile(r"\s*,?\s*or\s+without\s+(?:it|them)\b", re.I)
# "... plus C versus A ± B (alone)", "... plus C or A ± B alone": the other side repeats the backbone with its option
_VERSUS = lazy_compile(r"\s*\)?\s*,?\s*(?:versus|vs\.?|or|compared\s+(?:with|to))\s+(?:the\s+same\s+)?", re.I)


def added_contrast(text: str, therapies: list) -> tuple | None:
    """The backbone A, its optional add-on B and the therapy C the arms differ by, in a design that gives every arm
    "A ± B" and adds C to one ("A ± B with C or without C", "A ± B with C or without it", "A (± B) with or without C",
    "A ± B plus C versus A ± B alone", "A ± B alone or with C", "A (± B) versus A (± B) plus C"), and whether the text names the arm with C
    first; None when the sentence does not give its arms so. ``therapies``: the single therapy mentions, in order."""
    pair = shared_optional(text, therapies)
    if pair is None:
        return None
    a, b = pair
    # the option every arm may take written as such: "A ± B", "A (plus or minus B)"; a bare "A with or without B, with
    # or without C" may be a factorial design of four arms
    chosen = _SIGN.search(text, a.end, b.start) is not None
    bracketed = "(" in text[a.end:b.start]
    if not (chosen or bracketed):
        return None
    i = therapies.index(b)
    rest = therapies[i + 1:]
    if not rest:
        return None
    c = rest[0]
    if c.entity.id not in (a.entity.id, b.entity.id) and _ADD_GAP.fullmatch(text, b.end, c.start):
        after = rest[1:]
        if _OPTIONAL_ONLY.fullmatch(text, b.end, c.start):
            # "A (± B) with or without C" (nothing more given beside); "A ± B ± C" may be a factorial design
            found = bracketed and (not after or after[0].start - c.end > 60)
        elif after and after[0].entity.id == c.entity.id and _OR_WITHOUT.fullmatch(text, c.end, after[0].start):
            found = len(after) == 1  # "with C or without C"
        elif _OR_WITHOUT_IT.match(text, c.end):
            found = not after or after[0].start - c.end > 60  # "with C or without it"
        elif len(after) >= 2 and after[0].entity.id == a.entity.id and after[1].entity.id == b.entity.id and \
                _VERSUS.fullmatch(text, c.end, after[0].start) and _OPTIONAL_GAP.fullmatch(text, after[0].end, after[1].start):
            found = len(after) == 2  # "A ± B plus C versus A ± B (alone)"
        else:
            found = False
        return (a, b, c, True) if found else None
    # "A ± B alone or with C": the arm with C second
    if c.entity.id not in (a.entity.id, b.entity.id) and _ALONE_OR_WITH.fullmatch(text, b.end, c.start):
        return (a, b, c, False) if len(rest) == 1 or rest[1].start - c.end > 60 else None
    # "A (± B) versus A (± B) plus C": the arm with C second
    if len(rest) == 3 and rest[0].entity.id == a.entity.id and rest[1].entity.id == b.entity.id and \
            rest[2].entity.id not in (a.entity.id, b.entity.id) and _VERSUS.fullmatch(text, b.end, rest[0].start) and \
            _OPTIONAL_GAP.fullmatch(text, rest[0].end, rest[1].start) and \
            _ADD_GAP.fullmatch(text, rest[1].end, rest[2].start) and not _OPTIONAL_ONLY.fullmatch(text, rest[1].end, rest[2].start):
        return a, b, rest[2], False
    return None


_SIGN = lazy_compile(PLUS_MINUS_SIGN)  # "±", "+/-" (added_contrast)
# the written option mark of a chain: "±", "+/-", "plus or minus" ("with or without" twice may be a factorial design)
_MARK = PLUS_MINUS
# a short form or note in brackets after a therapy: "capecitabine (C)", "mitomycin [M]"
_NOTE = r"(?:\s*[(\[][^()\[\]]{1,25}[)\]])*"
# backbone to first add-on: "A (C) ± B" (the option not itself bracketed: "A (± B) with or without C" is the nested
# design above); first add-on to second: "± C", "(± C)", ", ± C"
_FIRST_LINK = lazy_compile(_NOTE + r"\s*" + _MARK + r"\s*", re.I)
_SECOND_LINK = lazy_compile(_NOTE + r"\s*,?\s*\(?\s*" + _MARK + r"\s*", re.I)
# what may follow the chain within its clause without naming other arms
_CHAIN_END = lazy_compile(_NOTE + r"\s*[)\]]?\s*(?:[.;:]|$|,?\s*(?:in|for|among|as|at|until|every|given|"
                          r"administered|respectively|and\s+(?:the\s+)?(?:primary|secondary)|\(n\s*=|n\s*=)\b)", re.I)


def chained_optional(text: str, therapies: list) -> tuple | None:
    """The backbone A and the add-ons B and C of a design written "A ± B ± C" (also "A (a) ± B (b) (± C [c])",
    "A +/- B +/- C"): each option adds to what goes before it, so the arms are A, A + B and A + B + C (as in a trial of
    capecitabine, then with bevacizumab, then with bevacizumab and mitomycin). None unless the three therapies are
    the whole chain: another therapy right after it may name the arms otherwise ("A ± B ± C, i.e. A, A + B or A + C"),
    and a chain of "with or without" may be a factorial design. ``therapies``: the single therapy mentions, in
    order."""
    singles = []
    for m in therapies:
        if singles and m.entity.id == singles[-1].entity.id and re.fullmatch(r"\s*[(\[]\s*", text[singles[-1].end:m.start]):
            continue  # the short form in brackets of the therapy before ("capecitabine (C)")
        if singles and singles[-1].start <= m.start < singles[-1].end:
            continue
        singles.append(m)
    for i in range(len(singles) - 2):
        a, b, c = singles[i:i + 3]
        if not (_FIRST_LINK.fullmatch(text, a.end, b.start) and _SECOND_LINK.fullmatch(text, b.end, c.start)):
            continue
        if len({a.entity.id, b.entity.id, c.entity.id}) != 3:
            return None
        if i + 3 < len(singles) and not _CHAIN_END.match(text, c.end):
            return None
        if i and re.search(r"\b(?:or|versus|vs\.?|and|compared)\s*$|,\s*$", text[singles[i - 1].end:a.start], re.I):
            return None  # "X or A ± B ± C": arms the chain does not give alone
        return a, b, c
    return None
