"""Drugs a trial report writes with one capital letter it defines: "dabrafenib (D) + panitumumab (P)", then "D+P".

Trial reports shorten the drugs of their arms to one letter ("bevacizumab (B)", "trametinib (T)") and then write the
arms with the letters: "D+P, D+T+P, and T+P", "chemotherapy plus B", "B-containing regimens". A lone capital is
everywhere else something else ("arm B", "hepatitis B", "P < 0.05", "grade A"), so a letter is read as its drug only
where the document defines it right after the drug's name, in brackets, as that name's first letter; and only where it
stands in a combination: joined to another therapy by "+", "/", "±", "+/-" or "plus", or before "-containing", "-based". A
letter the document defines for two drugs is neither.

A defined letter also stands alone where only a therapy can: added ("Addition of T", "adding T to V+C", "with T"),
on its own ("T alone", "T monotherapy", "during B treatment"), as what a resistance, a response or a comparison is
to ("resistance to T", "compared to C"), or joined by "and", "or", "versus" to another of the document's short forms
("prior C or P", "C versus CB+CBM", "T and C"). Never a letter a label word names ("arm T", "stage C", "Table B",
"hepatitis B", "CAR T"), one before "=", "<", ">" ("P < 0.05"), before a hyphen that does not make a therapy of it
("C-reactive", "T-cell"), or before "cell(s)", "stage", "value" ("T cells").
"""
from __future__ import annotations

import re

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile
from kg.model import Entity

# the letter in brackets right after the name it shortens: "bevacizumab (B)"
_LETTER_DEFINED = lazy_compile(r"\(\s*([A-Z])\s*\)")
# what joins a letter to another therapy of a combination, before it or after it
_JOINED_BEFORE = lazy_compile(r"(?:[+/±]|\+/[-−–]|\bplus|\bwith)\s*$")
_JOINED_AFTER = lazy_compile(r"\s*(?:[+/±]|plus\b)|-(?:containing|based|treated|combined)\b")
_LOOK = 12  # characters looked at before a letter for what joins it
# where a therapy stands alone: added, alone, what a resistance or response is to
_ALONE_BEFORE = lazy_compile(
    r"(?:\b(?:[Aa]ddition\s+of|[Aa]dding|[Aa]dd|[Ww]ithout)|\b(?:resistan(?:ce|t)|sensitivity|sensitive|refractory|"
    r"respon(?:se|ses|ded|ding|sive)|added|switched|compared|relative|exposure|exposed|" + ASSIGN_VERB + r"|"
    r"addition)\s+to|progress(?:ed|ion|ing)?\s+on)\s+$", re.I)
_ALONE_AFTER = lazy_compile(r"\s+(?:alone|monotherapy|single[- ]agent|treatment|therapy)\b")
# "and", "or", "versus" to another short form of the document: "prior C or P", "C versus CB+CBM"
_JOIN_WORD = r"(?:,|,?\s+and|,?\s+or|\s+and/or|\s+versus|\s+vs\.?|\s+compared\s+with)"
_FORM_BEFORE = lazy_compile(r"(?<![\w\-/])([A-Z]{1,3}(?:\s?\+\s?[A-Z]{1,3})*)" + _JOIN_WORD + r"\s+$")
_FORM_AFTER = lazy_compile(_JOIN_WORD + r"\s+([A-Z]{1,3}(?:\s?\+\s?[A-Z]{1,3})*)(?![\w\-])")
_COORD_LOOK = 40
# a letter a label word names, not a drug: "arm T", "stage C", "Table B", "hepatitis B", "CAR T"
_LABEL_BEFORE = lazy_compile(
    r"\b(?:arms?|groups?|cohorts?|parts?|stages?|panels?|types?|subtypes?|grades?|tables?|figures?|figs?\.?|phases?|"
    r"levels?|class(?:es)?|categor(?:y|ies)|steps?|hepatitis|vitamins?|Pugh|CAR|protein|complex|period|zone|lanes?|"
    r"cases?|patients?|regions?|domains?|series|appendix|supplement(?:ary)?)\s*$", re.I)
# what makes a capital something else: "P < 0.05", "T-cell", "C-reactive", "T cells", "P value"
_NOT_AFTER = lazy_compile(r"\s*[=<>≤≥]|-(?!(?:containing|based|treated|combined)\b)|"
                          r"\s+(?:cells?|lymphocytes?|stages?|values?|for\s+(?:interaction|trend))\b|[.]\w|'")
_NAME_SPAN = 60  # characters before a bracket searched for the name it shortens


def letter_forms(text: str, recognizer) -> dict[str, Entity]:
    """The one-letter short forms ``text`` (one sentence) defines for drugs, each with its drug.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> sorted((k, e.name) for k, e in letter_forms("dabrafenib (D) + panitumumab (P) in arm (A) or KRAS (K)", r).items())
    [('D', 'dabrafenib'), ('P', 'panitumumab')]
    """
    out: dict[str, Entity] = {}
    if "(" not in text:
        return out
    for m in _LETTER_DEFINED.finditer(text):
        letter = m.group(1)
        lo = max(0, m.start() - _NAME_SPAN)
        head = text[lo:m.start()].rstrip()
        mentions = [x for x in recognizer.vocabulary_mentions(head) if x.end == len(head)]
        if len(mentions) != 1 or mentions[0].entity.category != "Drug":
            continue
        written = head[mentions[0].start:mentions[0].end]
        if written[:1].upper() != letter:
            continue
        out[letter] = mentions[0].entity
    return out


def in_combination(text: str, start: int, end: int, defined: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether the letter at ``text[start:end]`` stands where a drug can (see the module docstring); ``defined``: the
    one-letter short forms the document gave drugs, the other side of "C or P".

    >>> [in_combination(t, t.index("B"), t.index("B") + 1) for t in ("CT plus B (arm A)", "D+B", "B-containing regimens",
    ...                                                              "arm B", "hepatitis B", "arms A and B")]
    [True, True, True, False, False, False]
    >>> [in_combination(t, t.index("T"), t.index("T") + 1, {"T", "C", "P"}) for t in (
    ...     "Addition of T restored it", "T alone", "resistance to T", "prior C or T", "T and C", "C versus T",
    ...     "with T cells", "arm T", "with T = 3", "CAR T therapy", "with T-cell", "stage T or C")]
    [True, True, True, True, True, True, False, False, False, False, False, False]
    """
    if _NOT_AFTER.match(text, end) or _LABEL_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _JOINED_BEFORE.search(text, max(0, start - _LOOK), start) or _JOINED_AFTER.match(text, end):
        return True
    if _ALONE_BEFORE.search(text, max(0, start - 30), start) or _ALONE_AFTER.match(text, end):
        return True
    if not defined:
        return False
    b = _FORM_BEFORE.search(text, max(0, start - _COORD_LOOK), start)
    if b and _forms_of(b.group(1), defined) and not _LABEL_BEFORE.search(text, max(0, b.start() - 24), b.start()):
        return True
    a = _FORM_AFTER.match(text, end)
    return bool(a and _forms_of(a.group(1), defined) and not _NOT_AFTER.match(text, a.end()))


def _forms_of(written: str, defined) -> bool:
    """Whether ``written`` ("C", "CB+CBM") is made of the document's one-letter short forms only, each word's letters
    distinct."""
    words = re.split(r"\s?\+\s?", written)
    return all(w and len(set(w)) == len(w) and all(c in defined for c in w) for w in words)
