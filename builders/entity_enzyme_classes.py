"""A drug class named by its target and the enzyme the target is: "EZH2 methyltransferase inhibitors".

The vocabulary names some classes by the enzyme alone ("methyltransferase inhibitor" is the DNA methyltransferase
inhibitor, as epigenetic papers use it). When a target stands before the enzyme word, the class is that target's
(read by the class patterns, which leave the enzyme word out of its name: "EZH2 inhibitor"), and the enzyme-word
class inside it is no mention of its own.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

MAY_ENZYME_CLASS = lazy_compile(r"(?:methyltransferase|demethylase|deacetylase|acetyltransferase)\s+inhibit", re.I)
_ENZYME_WORD = lazy_compile(r"(?:methyltransferase|demethylase|deacetylase|acetyltransferase)\s", re.I)


def enzyme_classes(mentions: list) -> list:
    """The mentions without a class written from the enzyme word on inside a longer class that names its target."""
    classes = [m for m in mentions if m.entity.category == "DrugClass"]
    drop = set()
    for inner in classes:
        if not _ENZYME_WORD.match(inner.text):
            continue
        if any(outer.start < inner.start and outer.end >= inner.end and outer.entity.id != inner.entity.id
               for outer in classes):
            drop.add(id(inner))
    return [m for m in mentions if id(m) not in drop] if drop else mentions
