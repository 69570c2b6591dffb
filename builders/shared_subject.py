"""A verb phrase after ", but" / ", yet" that shares the subject of the clause before it.

"MSS CRC represents most cases, yet remains refractory to checkpoint inhibitors": the second clause has no
subject of its own; it is the first clause's. The engine reads such a clause with the subject put before it
(see :func:`builders.engine.clauses`). Only the subject carries over, never an object of the first clause:
the subject is the run of words that opens the first clause (an entity, possibly with its abbreviation,
coordinated entities, at most two plain words before them) up to its verb; the second clause must open with
a verb (after adverbs), from a closed list of auxiliaries, modals and verbs of state or result.
"""
from __future__ import annotations

# the words that join after ", but" / ", yet" a verb phrase sharing the subject before
JOINS = ("but", "yet")

# the verbs that open a subjectless coordinated verb phrase
_VERBS = frozenset("""
can could may might will would should must cannot
is are was were has have had does do did
remain remains remained become becomes became
confer confers conferred show shows showed exhibit exhibits exhibited display displays displayed
retain retains retained develop develops developed emerge emerges emerged lead leads led
predict predicts predicted respond responds responded fail fails failed
drive drives drove promote promotes promoted induce induces induced mediate mediates
""".split())

# adverbs that may stand between the join and the verb
_ADVERBS = frozenset("""
still also often frequently commonly rarely nevertheless nonetheless ultimately eventually invariably
then later subsequently generally usually typically
""".split())

# words that end a subject run: a preposition, a relative or subordinating word, punctuation of a clause
_NOT_SUBJECT = frozenset("""
in of with by for to on at from among amongst after before during within between into upon via through
that which who whose whom when where although while whereas if because since as than unlike despite
, ; : we our it its this these those there here
""".split())

# words that join the entities of one subject
_SUBJECT_GLUE = frozenset(["and", "or", "/", "-", "(", ")", "the", "a", "an", "both", "and/or"])

MAX_PLAIN = 2  # plain words before the subject's first entity ("acquired", "tumours harbouring")
MAX_SUBJECT = 14  # tokens of a subject run


def opens_verb_phrase(tokens: list, lo: int, hi: int) -> bool:
    """Does the clause ``lo`` .. ``hi`` open with a verb (after adverbs), i.e. have no subject of its own?"""
    k = lo
    while k < hi and not tokens[k].entities and (tokens[k].lower in _ADVERBS or
                                                 (tokens[k].lower.endswith("ly") and tokens[k].lower.isalpha())):
        k += 1
    return k < hi and not tokens[k].entities and tokens[k].lower in _VERBS


def subject_end(tokens: list, lo: int, hi: int) -> int | None:
    """The end (exclusive) of the subject run that opens the clause ``lo`` .. ``hi``, or None when the clause
    does not open with one (see the module docstring): the word after the run must be a verb's."""
    k, plain, seen = lo, 0, False
    while k < min(hi, lo + MAX_SUBJECT):
        t = tokens[k]
        if t.entities:
            seen = True
        elif t.lower in _NOT_SUBJECT:
            return None
        elif t.lower in _SUBJECT_GLUE:
            pass
        elif seen:
            break
        else:
            plain += 1
            if plain > MAX_PLAIN:
                return None
        k += 1
    if not seen or k >= hi or k == lo:
        return None
    word = tokens[k].lower
    if word in _VERBS:
        return k
    # "represents", "showed": a verb by its ending, unless a verb follows it ("EGFR ligands are ...": the
    # entity only modifies the subject's head noun)
    suffixed = word.isalpha() and (word.endswith("s") or word.endswith("ed"))
    return k if suffixed and not opens_verb_phrase(tokens, k + 1, hi) else None
