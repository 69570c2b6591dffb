"""Contrastive exclusions set aside as an aside: "HGF, but not EGF, restored the growth of treated cells".

The ", but" of such an aside is no clause break and its "not" no negation of the sentence's statement: what
the sentence says of its subject goes on after the closing comma. The excluded entities are what the
statement is NOT about: they become plain words, so that no rule reads them into a slot and a gap between the
subject and its verb passes over them.
"""
from __future__ import annotations

MAX_ASIDE = 8  # tokens between "not" and the closing comma


def exclusion_asides(tokens: list) -> list[tuple[int, int]]:
    """(comma, closing comma) of each ", but not X," that the sentence goes on after: X is short, names an
    entity and holds no clause of its own (no semicolon, no second "but")."""
    out = []
    n = len(tokens)
    for i in range(n - 4):
        if tokens[i].text != "," or tokens[i + 1].lower != "but" or tokens[i + 2].lower != "not":
            continue
        close = next((j for j in range(i + 3, min(i + 4 + MAX_ASIDE, n)) if tokens[j].text in (",", ";")), None)
        if close is None or tokens[close].text != "," or close + 1 >= n or close == i + 3:
            continue
        inner = tokens[i + 3:close]
        if not any(t.entities for t in inner) or any(t.lower in ("but", "whereas", "while") for t in inner):
            continue
        if tokens[close + 1].lower in ("but", "whereas", "while", "although", "and", "or"):
            continue
        out.append((i, close))
    return out


def set_aside(tokens: list) -> list[tuple[int, int]]:
    """Mark the sentence's exclusion asides (see :func:`exclusion_asides`) in ``tokens``: the ", but" is no
    clause break, the "not" no negation, the excluded entities plain words. Returns the asides."""
    asides = exclusion_asides(tokens)
    for comma, close in asides:
        tokens[comma].cues.pop("clause_break", None)
        tokens[comma + 2].cues.pop("negation", None)
        for k in range(comma + 3, close):
            tokens[k].entities = ()
            tokens[k].mention = None
    return asides
