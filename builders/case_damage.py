"""Capitals lost in PDF extraction: an all-capitals name with one letter printed lower case.

Text extracted from PDFs sometimes prints one capital of an all-capitals word in lower case
("PRImE", "OPTImOX", "TREATmENT", "RAS/RAF/mAPK"). A case-sensitive vocabulary (trial acronyms,
gene symbols, regimen acronyms) then misses the name. The document text is never changed (evidence
offsets must stay verifiable): :func:`repaired` returns a copy of the same length in which only such
damaged words are upper-cased, and the recogniser looks the copy up in its case-sensitive automaton,
keeping a hit only when it is exactly one repaired word.

A word counts as damaged when it has at least three capitals and exactly one lower-case letter,
the lower-case letter is not the last of a plural ("CAFs") and the word as written is no name of its
own (real mixed-case names: "mCRC", "mFOLFOX6", "mTOR", "mAb", "IgG", "BRiTE"). A lower-case first
letter is a written prefix far more often than damage ("pERK" is phospho-ERK, "mTOR"), so it is
repaired only inside a chain of capitalised names joined by a slash ("RAS/RAF/mAPK").

>>> repaired("the PRImE and OPTImOX studies in mCRC", lambda w: False)
'the PRIME and OPTIMOX studies in mCRC'
>>> repaired("pERK and mTOR; RAS/RAF/mAPK; CAFs", lambda w: False)
'pERK and mTOR; RAS/RAF/MAPK; CAFs'
"""
from __future__ import annotations

from typing import Callable

from builders.lazy_patterns import lazy_compile

_WORD = lazy_compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]{4,}(?![A-Za-z0-9])")
# a word of :data:`_WORD` with exactly one lower-case letter: the only words :func:`_damaged` may accept,
# found without a Python test of every word
_ONE_LOWER = lazy_compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9]{4})[A-Z0-9]*[a-z][A-Z0-9]*(?![A-Za-z0-9])")


def _damaged(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (at ``start`` in ``text``) has the shape of a capital printed lower case."""
    lower = [i for i, c in enumerate(word) if c.islower()]
    if len(lower) != 1 or sum(c.isupper() for c in word) < 3:
        return False
    at = lower[0]
    if at == len(word) - 1 and word[at] == "s":
        return False  # a plural of an acronym ("CAFs", "TAMs")
    if at == 0:
        return start > 0 and text[start - 1] == "/" and text[start - 2:start - 1].isupper()
    return True


def repaired(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with each damaged word upper-cased (same length); ``known(word)`` tells a word that
    is a name as written (never repaired)."""
    parts: list[str] = []
    last = 0
    for match in _ONE_LOWER.finditer(text):
        word = match.group()
        if _damaged(text, match.start(), word) and not known(word):
            parts.append(text[last:match.start()])
            parts.append(word.upper())
            last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def repaired_spans(original: str, copy: str) -> set[tuple[int, int]]:
    """The (start, end) spans of the words :func:`repaired` changed."""
    spans = set()
    for match in _WORD.finditer(copy):
        if original[match.start():match.end()] != match.group():
            spans.add((match.start(), match.end()))
    return spans
