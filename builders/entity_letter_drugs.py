"""Drugs a trial report names by one letter: "dabrafenib (D) + panitumumab (P) ± trametinib (T)", then "D+P", "T+P".

A report that defines a capital letter in brackets right after a drug whose name begins with that letter ("encorafenib
(E)", "cetuximab (C)") and defines at least two such letters writes its combinations as the letters joined by "+"
("D+T+P", "E + C"). Only such a chain of two to four defined letters is read (each letter as its drug, so the
combination readers make the regimen); a letter standing alone ("arm D", "vitamin D", "VEGF-D") is never a drug.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

MAY_LETTER = lazy_compile(r"\(\s?[A-Z]\s?\)")
_DEFINED = lazy_compile(r"\s?\(\s?(?P<letter>[A-Z])\s?\)")
# two to four capital letters joined by "+", standing apart from other words and chains
_CHAIN = lazy_compile(r"(?<![\w+\-/])[A-Z](?:\s?\+\s?[A-Z]){1,3}(?![\w+\-/])")
_LETTER = lazy_compile(r"[A-Z]")


def letter_drugs(sentences: list[str], recognizer) -> dict[str, object]:
    """The drug each one-letter short form of the document stands for, when it defines two or more ({} otherwise)."""
    found: dict[str, object] = {}
    clash = set()
    for text in sentences:
        if not MAY_LETTER.search(text):
            continue
        for m in recognizer.vocabulary_mentions(text):
            if m.entity.category != "Drug":
                continue
            d = _DEFINED.match(text, m.end)
            if d is None or not m.text[:1].upper() == d.group("letter"):
                continue
            letter = d.group("letter")
            if found.get(letter, m.entity).id != m.entity.id:
                clash.add(letter)
            found[letter] = m.entity
    for letter in clash:
        found.pop(letter, None)
    return found if len(found) >= 2 else {}


def letter_chains(text: str, letters: dict) -> list[tuple[int, int, str]]:
    """(start, end, letter) of each letter of each chain of defined letters in ``text`` ("D+T+P")."""
    if not letters or "+" not in text:
        return []
    out = []
    for chain in _CHAIN.finditer(text):
        found = [(x.start(), x.end(), x.group(0)) for x in _LETTER.finditer(chain.group(0))]
        written = [f[2] for f in found]
        if len(set(written)) != len(written) or not all(w in letters for w in written):
            continue
        out.extend((chain.start() + a, chain.start() + b, w) for a, b, w in found)
    return out
