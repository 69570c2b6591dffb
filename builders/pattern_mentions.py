"""What the pattern modules share (builders/patterns.py and the recognisers split from it: trial_names.py,
mechanism_names.py, regimen_names.py): a mention made by a recogniser (``_mention``), whether a span overlaps a
mention already found (``_overlaps``), and the bare comma between two listed items (``_ITEM_COMMA``).
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile


def _overlaps(start: int, end: int, mentions) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _mention(start, end, text, entity, source="pattern"):
    from builders.recognize import Mention

    return Mention(start, end, text[start:end], entity, source)


_ITEM_COMMA = lazy_compile(r"\s*,\s*")  # a bare comma between two items
