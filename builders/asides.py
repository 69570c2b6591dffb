"""Asides inside a clause: contrastive exclusions ("HGF, but not EGF, restored the growth of treated cells") and
concessions without a verb ("MET amplification, although rare, confers resistance to cetuximab").

The ", but" of such an aside is no clause break and its "not" no negation of the sentence's statement: what
the sentence says of its subject goes on after the closing comma. The excluded entities are what the
statement is NOT about: they become plain words, so that no rule reads them into a slot and a gap between the
subject and its verb passes over them. A concession without a verb ("although rare", "though initially
sensitive") is no clause either: its ", although" does not cut the clause, its entities are set aside
(a negation in it stays: "X, although not significantly, increased ..." is not read).
"""
from __future__ import annotations

MAX_ASIDE = 8  # tokens between "not" and the closing comma
MAX_CONCESSION = 6  # tokens between "although" and the closing comma

# words that make a concession a clause of its own ("although it is rare", "though they responded")
_CLAUSE_WORDS = frozenset("""
is are was were be been being has have had can could may might will would should must does do did
it they this these we there which that who showed shows responded
""".split())


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


_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "our", "some", "most", "many", "several", "both"])


def concession_asides(tokens: list) -> list[tuple[int, int]]:
    """(comma, closing comma) of each ", although X," / ", though X," whose X is a short phrase without a finite
    verb, opening with neither an entity nor a determiner ("although rare in KRAS-mutant tumours", "though
    initially sensitive") that the sentence goes on after (not "although the mTOR inhibitor, X, has ...": a
    subject of its own)."""
    out = []
    n = len(tokens)
    for i in range(n - 3):
        if tokens[i].text != "," or tokens[i + 1].lower not in ("although", "though"):
            continue
        close = next((j for j in range(i + 2, min(i + 3 + MAX_CONCESSION, n)) if tokens[j].text in (",", ";")), None)
        if close is None or tokens[close].text != "," or close + 1 >= n or close == i + 2:
            continue
        inner = tokens[i + 2:close]
        if any(t.lower in _CLAUSE_WORDS for t in inner) or inner[0].lower in _DETERMINERS or inner[0].entities:
            continue  # "although it is rare", "although the mTOR inhibitor, X, has ...": a clause, still a break
        out.append((i, close))
    return out


def set_concessions_aside(tokens: list) -> list[tuple[int, int]]:
    """Mark the sentence's verbless concessions (see :func:`concession_asides`) in ``tokens``: no clause break,
    their entities plain words (a place, not a cause: "although rare in KRAS-mutant tumours"). Returns the
    asides."""
    asides = concession_asides(tokens)
    for comma, close in asides:
        tokens[comma].cues.pop("clause_break", None)
        tokens[comma + 1].cues.pop("clause_break", None)
        for k in range(comma + 2, close):
            tokens[k].entities = ()
            tokens[k].mention = None
    return asides
