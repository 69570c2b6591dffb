"""Words split after a ligature in PDF extraction: "fl uoropyrimidine", "fi t", "signifi cant".

A PDF prints "fl", "fi", "ff", "ffi" and "ffl" as one glyph; some extractions put a space after it, so a
vocabulary name ("fluoropyrimidine") is missed and its neighbour read alone. The document text is never changed
(evidence offsets must stay verifiable): :func:`repaired` returns a copy of the same length in which the space after
such a glyph is moved to the end of the split word ("fluoropyrimidine  chemotherapy"), and the recogniser keeps a
hit in the copy only when it is exactly one repaired word.

>>> repaired("oxaliplatin and fl uoropyrimidine chemotherapy")
'oxaliplatin and fluoropyrimidine  chemotherapy'
>>> repaired_spans("oxaliplatin and fl uoropyrimidine chemotherapy")
{(16, 32)}
"""
from __future__ import annotations

import re

# a ligature's letters at a word's start or inside it, a space, then the lower-case rest of the word
_SPLIT = re.compile(r"(?<![A-Za-z])([A-Za-z]*(?:ffi|ffl|fi|fl|ff)) ([a-z]+)(?![A-Za-z])")
MAY_SPLIT = re.compile(r"f[fil] [a-z]")


def _splits(text: str):
    return [m for m in _SPLIT.finditer(text)]


def repaired(text: str) -> str:
    """``text`` with each ligature-split word joined and the space moved after it (same length)."""
    parts: list[str] = []
    last = 0
    for m in _splits(text):
        parts += [text[last:m.start()], m.group(1) + m.group(2) + " "]
        last = m.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def repaired_spans(text: str) -> set[tuple[int, int]]:
    """The (start, end) spans, in the copy, of the words :func:`repaired` joined."""
    return {(m.start(), m.end() - 1) for m in _splits(text)}
