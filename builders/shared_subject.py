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


# --- coordinated verb phrases of raising and lowering -------------------------------------------------------------
#
# "IL-6 activated STAT3 and upregulated PD-L1 expression"; "TGF-beta activated SMAD2, upregulated SNAIL and
# suppressed E-cadherin": each verb phrase after the first has no subject of its own; it is the clause's. Only the
# verbs of raising and lowering (the ``activate`` and ``inhibit`` cue lexicons) open such a phrase, in a finite form
# ("upregulated", "induces"), never a passive ("and induced by"), and only after "and", "but" or a comma: a join
# followed by a named entity ("..., and IL-10 suppressed AKT") starts a clause with its own subject.

# the cue lexicons whose verbs open a coordinated verb phrase of raising or lowering
VERB_LEXICONS = ("activate", "inhibit")
# the first verb of the clause may also be one of releasing ("Macrophages secreted IL-6 and activated STAT3")
FIRST_VERB_LEXICONS = VERB_LEXICONS + ("secrete",)
# the words that join such a phrase to the one before ("," alone only before a verb)
VP_JOINS = frozenset(["and", "but", ","])
# words after the verb that make it no finite verb of its own subject: a passive, or a participle modifying a noun
_NOT_FINITE_AFTER = frozenset(["by", "in", "from", "upon", "after", "following"])


def finite_raise_lower(tokens: list, k: int, hi: int, lexicons: tuple = VERB_LEXICONS) -> bool:
    """Token ``k`` is a finite verb of raising or lowering ("upregulated", "induces"), not a passive participle
    (``lexicons``: the cue lexicons of the verbs taken)."""
    t = tokens[k]
    if t.entities or not any(lex in t.cues for lex in lexicons):
        return False
    w = t.lower
    if not w.isalpha() or not (w.endswith("ed") or w.endswith("es") or w.endswith("s")):
        return False
    return not (k + 1 < hi and tokens[k + 1].lower in _NOT_FINITE_AFTER)


def coordinated_verb_phrases(tokens: list, lo: int, hi: int) -> list[tuple[int, int, int, int, int]]:
    """The verb phrases of raising or lowering coordinated after the first verb of the clause ``lo`` .. ``hi``
    whose subject run ends at that verb: (end of the words before the subject, subject start, subject end, phrase
    start, phrase end) for each phrase after the first (the words before the subject, "Data suggest that", "In CRC
    cells,", stay with each phrase: they hedge it or set it).

    The clause must open with a subject run (:func:`subject_end`) whose verb is itself one of raising or lowering;
    each later phrase opens at "and"/"but"/"," (adverbs allowed) with such a verb and runs to the next such join."""
    end, verb1 = None, None
    for start in [lo] + [k + 1 for k in range(lo, hi) if tokens[k].text == "," or tokens[k].lower == "that"]:
        # the subject opens the clause, or follows an opening phrase set off by a comma ("In CRC cells, IL-6 ...")
        # or a "that" of what was found ("We showed that IL-6 ...")
        modified = _modified_subject(tokens, start, hi)
        if modified is not None:
            lo, end, verb1 = modified
            begin = start
            break
        end = subject_end(tokens, start, hi)
        if end is not None:
            lo, verb1 = start, end
            begin = start
            break
    if end is None:
        return coordinated_passives(tokens, lo, hi)
    if not finite_raise_lower(tokens, verb1, hi, FIRST_VERB_LEXICONS):
        return coordinated_passives(tokens, lo, hi)
    if any(e.category == "CellType" and e.attr("cell_line") for t in tokens[lo:end] for e in t.entities):
        return []  # "HT29 cells upregulated MET and ...": the model an experiment is run in acts on nothing
    starts = []
    new_subject = None
    k = verb1 + 1
    while k < hi:
        if tokens[k].lower in VP_JOINS and not tokens[k].entities:
            j = k + 1
            if j < hi and tokens[j].lower in ("and", "but") and tokens[k].text == ",":
                j += 1
            while j < hi and not tokens[j].entities and (tokens[j].lower in _ADVERBS or (
                    tokens[j].lower.endswith("ly") and tokens[j].lower.isalpha())):
                j += 1
            if j < hi and finite_raise_lower(tokens, j, hi):
                starts.append((k, j))
                k = j + 1
                continue
            if j < hi and tokens[j].entities and tokens[k].lower != ",":
                own = subject_end(tokens, j, hi)
                if own is not None and tokens[own - 1].entities and finite_raise_lower(tokens, own, hi):
                    # "IL-6 activated STAT3, and IL-10 suppressed AKT": a clause with a subject of its own
                    new_subject = (j, own)
                    break
        if tokens[k].lower in _NOT_SUBJECT - {",", "in", "of", "with", "by", "for", "to", "on", "at", "from", "via",
                                              "through", "into", "upon", "after", "before", "during", "within",
                                              "between", "among", "amongst"}:
            break  # a relative or subordinate clause: its verbs have subjects of their own
        k += 1
    last = k if new_subject is not None else hi
    out = []
    if verb1 > end:  # the subject's own phrase, read without the words that only say where it comes from
        out.append((begin, lo, end, verb1, starts[0][0] if starts else last))
    for n, (join, verb) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else last
        out.append((begin, lo, end, verb, stop))
    if new_subject is not None:
        j, own = new_subject
        later = coordinated_verb_phrases(tokens, j, hi)
        out.append((begin, j, own, own, later[0][3] - 1 if later and later[0][2] == own else hi))
        out.extend((begin,) + t[1:] for t in later)
    return out


# words that say where the subject comes from, between it and its verb ("exosomes from resistant cells", "IL-6
# secreted by CAFs", "exosomes derived from CAFs"): the verb's subject is the entity before them
_SOURCE_PARTICIPLES = frozenset(["derived", "secreted", "released", "isolated", "produced", "shed"])
_SOURCE_PREPS = frozenset(["from", "by"])
MAX_SOURCE = 5  # tokens of the source phrase after its preposition


def _modified_subject(tokens: list, start: int, hi: int) -> tuple[int, int, int] | None:
    """A subject run of entities opening at ``start``, then a phrase of where it comes from, then a finite verb of
    raising or lowering ("Exosomes from resistant cells activated ...", "IL-6 secreted by CAFs induced ..."), or
    the source named before it with a hyphen ("CAF-derived exosomes activated ..."): the start and end of the
    subject's entities and the verb's position, or None. A participle after the subject needs "by" or "from"."""
    if start + 3 < hi and tokens[start].entities and tokens[start + 1].text == "-" and \
            tokens[start + 2].lower in _SOURCE_PARTICIPLES and tokens[start + 3].entities:
        k = start + 3
        while k < hi and tokens[k].entities:
            k += 1
        if k < hi and finite_raise_lower(tokens, k, hi):
            return start + 3, k, k
        return None
    k, seen = start, False
    while k < hi and k < start + MAX_SUBJECT and (tokens[k].entities or tokens[k].lower in _SUBJECT_GLUE):
        seen = seen or bool(tokens[k].entities)
        k += 1
    while k > start and not tokens[k - 1].entities:
        k -= 1  # no glue word at the end ("exosomes and")
    if not seen or k >= hi:
        return None
    end = j = k
    if tokens[j].lower in _SOURCE_PARTICIPLES:
        j += 1
    if j >= hi or tokens[j].lower not in _SOURCE_PREPS:
        return None
    for v in range(j + 1, min(hi, j + 2 + MAX_SOURCE)):
        t = tokens[v]
        if t.lower in _NOT_SUBJECT or (t.lower in _VERBS and not t.entities):
            return None
        if not t.entities and any(lex in t.cues for lex in VERB_LEXICONS):
            return (start, end, v) if finite_raise_lower(tokens, v, hi) else None
    return None


# the state nouns that may follow the subject's entities of a passive ("STAT3 phosphorylation was increased by ...")
_STATE_NOUNS = frozenset(["phosphorylation", "expression", "level", "levels", "activity", "activation", "signalling",
                          "signaling", "secretion", "production", "abundance", "protein", "mrna"])
_PASSIVE_AUX = frozenset(["is", "are", "was", "were", "been"])


def _passive_by(tokens: list, k: int, hi: int) -> bool:
    """Token ``k`` is a participle of raising or lowering with its agent after "by" ("increased by")."""
    t = tokens[k]
    return not t.entities and any(lex in t.cues for lex in VERB_LEXICONS) and t.lower.endswith("ed") and \
        k + 1 < hi and tokens[k + 1].lower == "by"


def coordinated_passives(tokens: list, lo: int, hi: int) -> list[tuple[int, int, int, int, int]]:
    """The passive participles of raising or lowering coordinated after the first of a clause that opens with its
    subject ("STAT3 phosphorylation was increased by IL-6 and decreased by IL-10": "STAT3 phosphorylation was
    decreased by IL-10"): (subject start, subject start, end of the subject and its auxiliary, participle, phrase end) for each
    participle after the first. Each names its own agent after "by"."""
    k = lo
    while k < hi and k < lo + MAX_SUBJECT and (tokens[k].entities or tokens[k].lower in _SUBJECT_GLUE):
        k += 1
    if k == lo or not tokens[lo].entities:
        return []
    while k < hi and tokens[k].lower in _STATE_NOUNS:
        k += 1
    if k >= hi or tokens[k].lower not in _PASSIVE_AUX:
        return []
    aux = k
    k += 1
    while k < hi and tokens[k].lower.endswith("ly") and tokens[k].lower.isalpha():
        k += 1
    if k >= hi or not _passive_by(tokens, k, hi):
        return []
    starts = []
    k += 2
    while k < hi:
        if tokens[k].lower in VP_JOINS and not tokens[k].entities:
            j = k + 1
            if j < hi and tokens[j].lower in ("and", "but") and tokens[k].text == ",":
                j += 1
            while j < hi and tokens[j].lower.endswith("ly") and tokens[j].lower.isalpha():
                j += 1
            if j < hi and _passive_by(tokens, j, hi):
                starts.append(j)
                k = j + 2
                continue
        if tokens[k].lower in _NOT_SUBJECT - {",", "in", "of", "with", "by", "for", "to", "on", "at", "from", "via",
                                              "through", "into", "upon", "after", "before", "during", "within",
                                              "between", "among", "amongst"}:
            break
        k += 1
    out = []
    for n, verb in enumerate(starts):
        stop = starts[n + 1] - 1 if n + 1 < len(starts) else hi
        out.append((lo, lo, aux + 1, verb, stop))
    return out
