"""Words split after a ligature in PDF extraction: "fl uoropyrimidine", "fi t", "signifi cant".

A PDF prints "fl", "fi", "ff", "ffi" and "ffl" as one glyph; some extractions put a space after it, so a
vocabulary name ("fluoropyrimidine") is missed and its neighbour read alone. The document text is never changed
(evidence offsets must stay verifiable): :func:`repair` returns a copy of the same length in which the space after
such a glyph is moved to the end of the split word ("fluoropyrimidine  chemotherapy"), and the recogniser keeps a
hit in the copy only when it is exactly one repaired word.

>>> repair("oxaliplatin and fl uoropyrimidine chemotherapy")
('oxaliplatin and fluoropyrimidine  chemotherapy', {(16, 32)})
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# a ligature's letters at a word's start or inside it, a space, then the lower-case rest of the word
_SPLIT = lazy_compile(r"(?<![A-Za-z])([A-Za-z]*(?:ffi|ffl|fi|fl|ff)) ([a-z]+)(?![A-Za-z])")
MAY_SPLIT = lazy_compile(r"f[fil] [a-z]")


def repair(text: str) -> tuple[str, set[tuple[int, int]]]:
    """``text`` with each ligature-split word joined and the space moved after it (same length), and the (start, end)
    spans of the joined words in that copy, from one scan."""
    parts: list[str] = []
    spans: set[tuple[int, int]] = set()
    last = 0
    for m in _SPLIT.finditer(text):
        parts += [text[last:m.start()], m.group(1) + m.group(2) + " "]
        spans.add((m.start(), m.end() - 1))
        last = m.end()
    if not parts:
        return text, spans
    parts.append(text[last:])
    return "".join(parts), spans

