"""What the pattern modules share (builders/patterns.py and the recognisers split from it: trial_names.py,
mechanism_names.py, regimen_names.py): a mention made by a recogniser (``_mention``), whether a span overlaps a
mention already found (``_overlaps``), the bare comma between two listed items (``_ITEM_COMMA``), how far back the
gaps before a list's last item make one list (``list_reach``), mentions in runs joined by one kind of gap
(``joined_runs``) and the one-letter amino acids (``AA``).
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile


def _overlaps(start: int, end: int, mentions) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def joined_runs(text: str, mentions, join) -> list[list]:
    """The mentions (in sentence order) in runs, each next one joined to the run before it when the text between them
    is all ``join`` matches ("A plus B and C" with a join of "plus"/"and"; "RAS WT/BRAF WT" with a bare slash)."""
    runs: list[list] = []
    for m in mentions:
        if runs and join.fullmatch(text[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _mention(start, end, text, entity, source="pattern"):
    from builders.recognize import Mention

    return Mention(start, end, text[start:end], entity, source)


_ITEM_COMMA = lazy_compile(r"\s*,\s*")  # a bare comma between two items

# the one-letter codes of the twenty amino acids (protein changes: G12D, V600E)
AA = "ACDEFGHIKLMNPQRSTVWY"

# a comma in the only gap of a two-item list ("expressing EGFR, FCGR3A polymorphisms", "downstream of EGFR, and BRAF
# mutations"): no list, the end of a clause
_COMMA = lazy_compile(r"\s*\)?\s*,")


def list_reach(gaps: list[str]) -> int:
    """How many of the gaps before a list's last item (nearest first) join items of one list: a list of two items is
    joined by "and", "or" or a slash, never by a comma, which ends a clause ("In tumours expressing EGFR, FCGR3A
    polymorphisms"); a serial or bare comma needs three items ("FCGR2A, FCGR3A, and EGF polymorphisms").

    >>> list_reach([" and "]), list_reach([", "]), list_reach([", and "]), list_reach([" and ", ", "])
    (1, 0, 0, 2)
    """
    if len(gaps) == 1 and _COMMA.match(gaps[0]):
        return 0
    return len(gaps)
