"""Asides inside a clause: contrastive exclusions ("HGF, but not EGF, restored the growth of treated cells";
", not X,", ", and not X,", "(but not X)", "(not X)"), concessions without a verb ("MET amplification, although
rare, confers resistance to cetuximab") and exceptions (", except for X,", ", apart from X,", ", other than X,": X
is the exception to the statement, never its subject).

The ", but" of such an aside is no clause break and its "not" no negation of the sentence's statement: what
the sentence says of its subject goes on after the closing comma. The excluded entities are what the
statement is NOT about: they become plain words, so that no rule reads them into a slot and a gap between the
subject and its verb passes over them. A concession without a verb ("although rare", "though initially
sensitive") is no clause either: its ", although" does not cut the clause, its entities are set aside
(a negation in it stays: "X, although not significantly, increased ..." is not read).
"""
from __future__ import annotations

MAX_ASIDE = 8  # tokens between "not" and the closing comma
EXCLUSION_CUE = "exclusion_aside"  # marks an aside's opener with the token after its closing mark
MAX_CONCESSION = 6  # tokens between "although" and the closing comma

# words that make a concession a clause of its own ("although it is rare", "though they responded")
_CLAUSE_WORDS = frozenset("""
is are was were be been being has have had can could may might will would should must does do did
it they this these we there which that who showed shows responded
""".split())


# how an exclusion opens (the words before X, the last one "not") and the mark that closes it
_EXCLUSION_OPENERS = ((",", "but", "not"), (",", "and", "not"), (",", "not"), ("(", "but", "not"), ("(", "not"))
_CLOSES = {",": ",", "(": ")"}
# what names the single agents of a combination without naming them ("but not either drug alone", "but not
# monotherapy"): the combination is what the statement is about
_SINGLE_AGENT = frozenset(("alone", "monotherapy", "monotherapies"))
_OPENER_MARKS = frozenset(words[0] for words in _EXCLUSION_OPENERS)
_FINITE = frozenset("is are was were has have had did does do".split())


def _opener(tokens: list, i: int) -> int:
    """The length of the exclusion opener at token ``i`` (0 for none); "not only" opens none."""
    if tokens[i].lower not in _OPENER_MARKS:
        return 0  # (every opener starts with its mark: most tokens are let go at once)
    for words in _EXCLUSION_OPENERS:
        k = len(words)
        if i + k < len(tokens) and all(tokens[i + q].lower == w for q, w in enumerate(words)) and \
                tokens[i + k].lower != "only":
            return k
    return 0


def exclusion_asides(tokens: list) -> list[tuple[int, int, int]]:
    """(opener, first token of X, closing mark) of each ", but not X," / ", not X," / "(but not X)" that the
    sentence goes on after: X is short, names an entity (or a combination's single agents: "A plus B, but not either
    drug alone, inhibited growth") and holds no clause of its own."""
    out = []
    n = len(tokens)
    for i in range(n - 3):
        k = _opener(tokens, i)
        if not k:
            continue
        closer = _CLOSES[tokens[i].text]
        close = next((j for j in range(i + k, min(i + k + 1 + MAX_ASIDE, n)) if tokens[j].text in (",", ";", ")")),
                     None)
        if close is None or tokens[close].text != closer or close + 1 >= n or close == i + k:
            continue
        inner = tokens[i + k:close]
        if not any(t.entities or t.lower in _SINGLE_AGENT for t in inner) or any(t.lower in ("but", "whereas", "while") or t.lower in _FINITE
                                                     for t in inner):
            continue
        if closer == "," and tokens[close + 1].lower in ("but", "whereas", "while", "although", "and", "or"):
            continue
        out.append((i, i + k, close))
    return out


def set_aside(tokens: list) -> list[tuple[int, int]]:
    """Mark the sentence's exclusion asides (see :func:`exclusion_asides`) in ``tokens``: the ", but" is no
    clause break, the "not" no negation, the excluded entities plain words. Returns the asides."""
    asides = exclusion_asides(tokens)
    for opener, first, close in asides:
        tokens[opener].cues.pop("clause_break", None)
        tokens[opener].cues[EXCLUSION_CUE] = close + 1  # the whole aside, for a gap to pass over (builders/engine.py)
        tokens[first - 1].cues.pop("negation", None)
        for k in range(first, close):
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


MAX_EXCEPTION = 14  # tokens between "except for" and the closing comma (a bracketed abbreviation counts)
# the words that set a group apart from what the sentence says: ", except for X,", ", apart from X,", ", other than
# X,", ", with the exception of X,", ", save for X,"
_EXCEPTION_OPENERS = (("except", "for"), ("except", "in"), ("except", "among"), ("except",), ("apart", "from"),
                      ("other", "than"), ("with", "the", "exception", "of"), ("save", "for"))


def _exception_opener(tokens: list, i: int) -> int:
    """The length of the exception opener after the comma at token ``i`` (0 for none; not "except that ...")."""
    for words in _EXCEPTION_OPENERS:
        k = len(words)
        if i + k + 1 < len(tokens) and all(tokens[i + 1 + q].lower == w for q, w in enumerate(words)) and \
                tokens[i + k + 1].lower not in ("that", "when", "where", "if"):
            return k
    return 0


def exception_asides(tokens: list) -> list[tuple[int, int, int]]:
    """(comma, first token of X, closing mark) of each ", except for X," / ", apart from X," / ", other than X,"
    (X up to the next comma or semicolon outside brackets, or the sentence's end): X is the exception to what
    the clause says, never its subject ("colon cancer, except for the MSI colon cancers, does not respond to
    ICIs"). X holds no clause of its own."""
    out = []
    n = len(tokens)
    for i in range(n - 2):
        if tokens[i].text != ",":
            continue
        k = _exception_opener(tokens, i)
        if not k:
            continue
        depth, close = 0, None
        for j in range(i + k + 1, min(i + k + 2 + MAX_EXCEPTION, n + 1)):
            if j == n or (depth == 0 and tokens[j].text in (",", ";", ".")):
                close = j
                break
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(tokens[j].text, 0)
        inner = tokens[i + k + 1:close] if close is not None else ()
        if not inner or not any(t.entities for t in inner) or any(t.lower in _FINITE for t in inner):
            continue
        out.append((i, i + k + 1, close))
    return out


def set_exceptions_aside(tokens: list) -> list[tuple[int, int, int]]:
    """Mark the sentence's exception asides (see :func:`exception_asides`) in ``tokens``: the excepted entities
    plain words, so that no rule reads the exception as the subject of the clause's statement. Returns the
    asides."""
    asides = exception_asides(tokens)
    for _comma, first, close in asides:
        for k in range(first, close):
            tokens[k].entities = ()
            tokens[k].mention = None
    return asides
