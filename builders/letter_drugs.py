"""Drugs a trial report writes with one capital letter it defines: "dabrafenib (D) + panitumumab (P)", then "D+P".

Trial reports shorten the drugs of their arms to one letter ("bevacizumab (B)", "trametinib (T)") and then write the
arms with the letters: "D+P, D+T+P, and T+P", "chemotherapy plus B", "B-containing regimens". A lone capital is
everywhere else something else ("arm B", "hepatitis B", "P < 0.05", "grade A"), so a letter is read as its drug only
where the document defines it right after the drug's name, in brackets, as that name's first letter; and only where it
stands in a combination: joined to another therapy by "+", "/", "±" or "plus", or before "-containing", "-based". A
letter the document defines for two drugs is neither.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from kg.model import Entity

# the letter in brackets right after the name it shortens: "bevacizumab (B)"
_LETTER_DEFINED = lazy_compile(r"\(\s*([A-Z])\s*\)")
# what joins a letter to another therapy of a combination, before it or after it
_JOINED_BEFORE = lazy_compile(r"(?:[+/±]|\bplus|\bwith)\s*$")
_JOINED_AFTER = lazy_compile(r"\s*(?:[+/±]|plus\b)|-(?:containing|based|treated|combined)\b")
_LOOK = 12  # characters looked at before a letter for what joins it
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


def in_combination(text: str, start: int, end: int) -> bool:
    """Whether the letter at ``text[start:end]`` stands in a combination (see the module docstring).

    >>> [in_combination(t, t.index("B"), t.index("B") + 1) for t in ("CT plus B (arm A)", "D+B", "B-containing regimens",
    ...                                                              "arm B", "hepatitis B", "arms A and B")]
    [True, True, True, False, False, False]
    """
    return bool(_JOINED_BEFORE.search(text, max(0, start - _LOOK), start) or _JOINED_AFTER.match(text, end))
