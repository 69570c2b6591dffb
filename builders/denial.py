"""A statement the words right after it deny: "TAZ-driven panitumumab resistance was not observed".

A negation usually stands before or inside the words a rule matches ("did not confer resistance"); a noun
phrase that names the relation ("X-mediated Y resistance", "MET amplification as a mechanism of resistance to
Y") can instead be denied by the predicate that follows it. Only predicates of occurrence or detection count
("was not observed", "did not emerge", "was absent"): "X-mediated resistance was not reversed by Z" still
says that the resistance exists.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_OCCURRENCE = (r"observed|seen|detected|found|confirmed|demonstrated|shown|evident|present|apparent|"
               r"reproduced|identified|noted|documented|reported")

_DENIED = lazy_compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:not|never)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:" + _OCCURRENCE + r")\b"
    r"|(?:did|does|do)\s+not\s+(?:\w+ly\s+)?(?:occur|emerge|develop|arise|appear)\b"
    r"|(?:was|were|is|are|remained|remains)\s+(?:\w+ly\s+)?(?:absent|undetectable|not\s+detectable)\b)",
    re.I)


def denied_after(text: str, pos: int) -> bool:
    """Do the words of ``text`` from ``pos`` deny what stands before them (see the module docstring)?"""
    return _DENIED.match(text, pos) is not None
