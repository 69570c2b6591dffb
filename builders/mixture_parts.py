"""A mixture is the agent, not its parts: "Sym004 (a mixture of futuximab and modotuximab)", "MM-151, an
oligoclonal cocktail of three antibodies (A, B and C)", "TAS-102, a combination of trifluridine and tipiracil".

An agent described right after its name (in brackets or an apposition) as a mixture, cocktail or fixed combination
of named drugs is one agent: what the sentence says of it (it overcomes a resistance, it blocks a receptor) is said of
the mixture, never of each part alone. The parts stay as the agent's components (``has_component``, the schema's
"a combination product contains its drugs"); their mentions inside the description are no subjects or objects of the
sentence's statements. A bare "a combination of A and B" with no agent named before it is a regimen of A and B and is
left to the regimen readers.

>>> bool(_DESCRIBED.match(" (a mixture of futuximab and modotuximab)")), bool(_DESCRIBED.match(", an oligoclonal cocktail of A"))
(True, True)
>>> bool(_DESCRIBED.match(" plus a combination of A and B")), bool(_DESCRIBED.match(" (a monoclonal antibody)"))
(False, False)
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the cheap test: a sentence with no mixture word is left alone
MAY_MIXTURE = prefiltered(lazy_compile(r"\b(?:mixture|cocktail|combination)s?\s+of\b", re.I))
# the description right after the agent's name: an opening bracket or comma, an article and up to three describing
# words ("a 1:1 mixture of", "an oligoclonal cocktail of", "a fixed-dose combination of")
_DESCRIBED = lazy_compile(r"\s*(?P<open>[(,])\s*(?:which\s+is\s+|is\s+)?an?\s+(?:[\w:\-]+\s+){0,3}?"
                          r"(?:mixture|cocktail|combination)\s+of\s+", re.I)
_AGENT = frozenset({"Drug", "Regimen"})
_PART = frozenset({"Drug"})  # (a class named among the parts, "two anti-EGFR antibodies", is what the agent is, no part)


def _description_end(text: str, i: int, opened: str) -> int:
    """Where the description opened by ``opened`` ("(" or ",") and going on at ``i`` ends: its closing bracket, or
    for an apposition the comma, semicolon or full stop after it (a bracket of its own inside is passed over:
    ", a mixture of two antibodies (A and B),").

    >>> t = "X, a mixture of two antibodies (A, B), works."
    >>> t[:_description_end(t, 16, ",")], _description_end("(a mixture of A and B) works", 1, "(")
    ('X, a mixture of two antibodies (A, B)', 21)
    """
    depth = 0
    for j in range(i, len(text)):
        c = text[j]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return j
            depth -= 1
        elif depth == 0 and opened == "," and (c in ",;" or c == "." and (j + 1 == len(text) or text[j + 1].isspace())):
            return j
    return len(text)


def mixture_parts(text: str, mentions: list, rec) -> list:
    """``mentions`` without the parts named in the description of a mixture after its agent; each part is recorded
    as a component of the agent (the agent is what the sentence's statements are about)."""
    drop: set[int] = set()
    for agent in mentions:
        if agent.entity.category not in _AGENT:
            continue
        d = _DESCRIBED.match(text, agent.end)
        if d is None:
            continue
        stop = _description_end(text, d.end(), d.group("open"))
        parts = [m for m in mentions if d.end() <= m.start and m.end <= stop and m.entity.category in _PART
                 and m.entity.id != agent.entity.id]
        for part in parts:
            rec.imply(agent.entity, "has_component", part.entity)
            drop.add(id(part))
    if not drop:
        return mentions
    return [m for m in mentions if id(m) not in drop]
