"""A verb phrase after ", but" / ", yet" that shares the subject of the clause before it.

"MSS CRC represents most cases, yet remains refractory to checkpoint inhibitors": the second clause has no
subject of its own; it is the first clause's. The engine reads such a clause with the subject put before it
(see :func:`builders.engine.clauses`). Only the subject carries over, never an object of the first clause:
the subject is the run of words that opens the first clause (an entity, possibly with its abbreviation,
coordinated entities, at most two plain words before them) up to its verb; the second clause must open with
a verb (after adverbs), from a closed list of auxiliaries, modals and verbs of state or result.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.groups import THERAPY

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


def skip_adverbs(tokens: list, k: int, hi: int, adverbs: frozenset = _ADVERBS) -> int:
    """The first token from ``k`` that is no adverb (one of ``adverbs``, or a word in -ly), up to ``hi``."""
    while k < hi and not tokens[k].entities and (tokens[k].lower in adverbs or
                                                 (tokens[k].lower.endswith("ly") and tokens[k].lower.isalpha())):
        k += 1
    return k


def opens_verb_phrase(tokens: list, lo: int, hi: int) -> bool:
    """Does the clause ``lo`` .. ``hi`` open with a verb (after adverbs), i.e. have no subject of its own?"""
    k = skip_adverbs(tokens, lo, hi)
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
            j = skip_adverbs(tokens, j, hi)
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
        if tokens[k].lower in _CLAUSE_TURNS:
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


# the words of _NOT_SUBJECT that end the search for a coordinated verb phrase: a relative or subordinate clause's
# (its verbs have subjects of their own), not a preposition or comma inside the first phrase
_CLAUSE_TURNS = _NOT_SUBJECT - {",", "in", "of", "with", "by", "for", "to", "on", "at", "from", "via", "through",
                                "into", "upon", "after", "before", "during", "within", "between", "among", "amongst"}

# words that say where the subject comes from, between it and its verb ("exosomes from resistant cells", "IL-6
# secreted by CAFs", "exosomes derived from CAFs"): the verb's subject is the entity before them
_SOURCE_PARTICIPLES = frozenset(["derived", "secreted", "released", "isolated", "produced", "shed"])
_SOURCE_PREPS = frozenset(["from", "by"])
MAX_SOURCE = 5  # tokens of the source phrase after its preposition


def _hyphen_source(tokens: list, start: int, hi: int) -> bool:
    """Does ``start`` open a source named before the subject with a hyphen ("CAF-derived exosomes")?"""
    return start + 3 < hi and bool(tokens[start].entities) and tokens[start + 1].text == "-" and \
        tokens[start + 2].lower in _SOURCE_PARTICIPLES and bool(tokens[start + 3].entities)


def _entity_run(tokens: list, start: int, hi: int) -> int:
    """The end of the run of entities (and the words joining them) opening at ``start``, with no joining word last
    ("exosomes and"); ``start`` when the run holds no entity."""
    k = start
    while k < hi and k < start + MAX_SUBJECT and (tokens[k].entities or tokens[k].lower in _SUBJECT_GLUE):
        k += 1
    while k > start and not tokens[k - 1].entities:
        k -= 1
    return k


def _modified_subject(tokens: list, start: int, hi: int) -> tuple[int, int, int] | None:
    """A subject run of entities opening at ``start``, then a phrase of where it comes from, then a finite verb of
    raising or lowering ("Exosomes from resistant cells activated ...", "IL-6 secreted by CAFs induced ..."), or
    the source named before it with a hyphen ("CAF-derived exosomes activated ..."): the start and end of the
    subject's entities and the verb's position, or None. A participle after the subject needs "by" or "from"."""
    if _hyphen_source(tokens, start, hi):
        k = start + 3
        while k < hi and tokens[k].entities:
            k += 1
        if k < hi and finite_raise_lower(tokens, k, hi):
            return start + 3, k, k
        return None
    k = _entity_run(tokens, start, hi)
    if k == start or k >= hi:
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
        if tokens[k].lower in _CLAUSE_TURNS:
            break
        k += 1
    out = []
    for n, verb in enumerate(starts):
        stop = starts[n + 1] - 1 if n + 1 < len(starts) else hi
        out.append((lo, lo, aux + 1, verb, stop))
    return out


# --- coordinated predicates of every kind -------------------------------------------------------------------------
#
# "Checkpoint inhibitors represent an effective strategy and are remarkably effective in dMMR tumours"; "Regorafenib
# inhibits multiple kinases and may overcome resistance to bevacizumab"; "TGF-beta is secreted by CAFs and drives
# resistance to PD-1 blockade": a predicate coordinated by "and" after the clause's first one, opening with a finite
# verb, an auxiliary or a modal (adverbs such as "also", "thereby" before it), has the clause's subject, whatever the
# kind of statement. An object or agent of the first predicate ("by CAFs") is never its subject. The coordination
# ends the search at a relative or subordinate word ("which", "that", "whereas"): their verbs have subjects of their
# own; a join followed by a noun ("and tumours with X are ...") starts no predicate of the subject.

# auxiliaries and modals that open a predicate
_AUX = frozenset("""
can could may might will would should must cannot is are was were has have had does do did
""".split())
# verbs whose finite forms open a predicate (of resistance, rescue, prediction, signalling, targeting, membership,
# and the plain verbs of what a subject is or does that a first predicate is written with): their bare forms (after a
# plural subject: "and confer"), and the stems whose third-person and past forms do ("confers", "conferred", "carries")
_BARE = frozenset("""
confer mediate promote drive induce contribute lead render enhance increase reduce overcome reverse restore sensitize
sensitise resensitize resensitise circumvent predict correlate respond show exhibit display fail activate inhibit
suppress upregulate downregulate stimulate represent occur carry harbour harbor constitute play remain become emerge
develop retain evade facilitate sustain prevent demonstrate achieve prolong modulate abolish diminish bind secrete
produce express recruit trigger belong appear seem tend limit impair attenuate abrogate underlie augment potentiate
""".split())
_IRREGULAR = frozenset(["overcame", "led", "drove", "bound", "became", "underlay"])
_STEMS = (r"confer|mediat|promot|driv|induc|caus|contribut|lead|result|render|underli|enhanc|increas|reduc|decreas|"
          r"impair|limit|attenuat|abrogat|overcom|revers|restor|re-?sensiti[sz]|sensiti[sz]|circumvent|bypass|"
          r"counteract|improv|augment|potentiat|synergi[sz]|predict|correlat|respond|benefit|deriv|show|exhibit|"
          r"display|fail|activat|inhibit|suppress|upregulat|downregulat|stimulat|repress|phosphorylat|block|bind|"
          r"target|regulat|secret|produc|express|recruit|trigger|interact|belong|represent|occur|carr|harbou?r|"
          r"constitut|act|play|account|remain|becom|emerg|develop|retain|evad|escap|facilitat|sustain|maintain|"
          r"elicit|prevent|demonstrat|achiev|prolong|modulat|antagoni[sz]|abolish|diminish|appear|seem|tend")
_SUFFIXED = lazy_compile(r"(?:" + _STEMS + r")(?:s|es|ed|d|ies|ied|red|ted)", re.I)
_PLAIN_ADVERBS = _ADVERBS | frozenset(["thereby", "thus", "therefore", "hence", "consequently", "further", "additionally",
                                       "moreover", "potentially", "possibly", "not"])
# words after a verb that make it a participle of a passive or of a noun's modifier, not a verb of the subject
_PARTICIPLE_AFTER = frozenset(["by"])
# what ends the search for a coordinated predicate: a relative or subordinate word, a clause's punctuation
_ENDS = frozenset("""
that which who whose whom when where although though while whereas if because since unlike despite ; : ( [
""".split())


def finite_verb(tokens: list, k: int, hi: int) -> bool:
    """Token ``k`` is a finite verb of the closed list (not a participle with its agent after it: "and induced by")."""
    t = tokens[k]
    w = t.lower
    if t.entities or not (w in _BARE or w in _IRREGULAR or (w.isalpha() and _SUFFIXED.fullmatch(w))):
        return False
    return not (k + 1 < hi and tokens[k + 1].lower in _PARTICIPLE_AFTER)


def opens_predicate(tokens: list, k: int, hi: int) -> int | None:
    """Where the predicate that opens at ``k`` (adverbs, then an auxiliary, a modal or a finite verb) has its first
    verb, or None."""
    k = skip_adverbs(tokens, k, hi, _PLAIN_ADVERBS)
    if k >= hi or tokens[k].entities:
        return None
    if tokens[k].lower in _AUX or finite_verb(tokens, k, hi):
        return k
    return None


def clause_subject(tokens: list, lo: int, hi: int) -> tuple[int, int, int, int] | None:
    """Where the clause ``lo`` .. ``hi`` begins its subject (after an opening phrase set off by a comma, "In CRC,",
    "Notably,", or a "that" of what was found), where its head entity starts (after a source named with a hyphen,
    "CAF-derived TGF-beta": TGF-beta), where the subject ends and its verb: (subject start, head start, subject end,
    verb), or None."""
    for start in [lo] + [k + 1 for k in range(lo, hi) if tokens[k].text == "," or tokens[k].lower == "that"]:
        head = start + 3 if _hyphen_source(tokens, start, hi) else start  # "CAF-derived TGF-beta": the source is none
        end = subject_end(tokens, head, hi)
        if end is not None and (tokens[end].lower in _SOURCE_PARTICIPLES or
                                end + 1 < hi and tokens[end + 1].lower in _SOURCE_PREPS):
            return None  # "IL-6 secreted by CAFs ...", "cells derived from ...": a modifier, no verb
        if end is None and start < hi and tokens[start].entities:
            k = _entity_run(tokens, start, hi)
            end = k if k < hi and opens_predicate(tokens, k, hi) == k else None
        if end is not None:
            return start, head, end, end
        if tokens[start:start + 1] and tokens[start].entities:
            return None  # a clause opening with an entity that is no subject: look no further
    return None


def coordinated_predicates(tokens: list, lo: int, hi: int) -> list[tuple[int, int, int, int, int]]:
    """The predicates coordinated by "and" after the first predicate of the clause ``lo`` .. ``hi``: (end of the
    words before the subject, subject start, subject end, predicate start, predicate end, start and end of the first
    predicate's auxiliary words it shares) for each (the words before the subject, "Data suggest that", "In CRC,",
    stay with each: they hedge or set it). A predicate runs to the next one or to the clause's end."""
    found = clause_subject(tokens, lo, hi)
    if found is None:
        return []
    begin, head, end, verb1 = found
    if any(e.category == "CellType" and e.attr("cell_line") for t in tokens[begin:end] for e in t.entities):
        return []  # "HT29 cells upregulated MET and ...": the model an experiment is run in acts on nothing
    joins = []
    k = verb1 + 1
    while k < hi:
        w = tokens[k].lower
        if w in _ENDS:
            break
        if w == "and" and not tokens[k].entities and k > verb1 + 1:
            at = _later_predicate(tokens, verb1, opens_predicate(tokens, k + 1, hi), k, hi)
            if at is not None and _names_therapy(tokens, _after_nominal(tokens, verb1, k), k) and \
                    not _parallel_auxiliary(tokens, verb1, k, at):
                break  # "X is common in patients treated with A and predicts ...": the first predicate's therapy
            if at is not None:
                joins.append(k)
                k = at + 1
                continue
        k += 1
    out = []
    for n, join in enumerate(joins):
        stop = joins[n + 1] if n + 1 < len(joins) else k
        out.append((begin, head, end, join + 1, stop) + shared_auxiliary(tokens, verb1, join + 1, stop))
    return out


def _later_predicate(tokens: list, verb1: int, at: int | None, join: int, hi: int) -> int | None:
    """``at``, the first verb of a predicate after the "and" at ``join``, when it is a predicate of its own beside the
    one whose verb is ``verb1``; else None: a participle sharing the first predicate's "was" ("was decreased in A and
    increased in B", "which is secreted by CAFs and activated by ..."), a noun's participle after a verb in the present
    ("binds EGFR in cells with X and reduced MAPK signalling"), or a denied verb ("... and did not confer resistance":
    a denial stays unread)."""
    if at is None:
        return None
    w = tokens[at].lower
    if tokens[verb1].lower in _BE_HAVE and w not in _AUX and (w.endswith("ed") or w in _IRREGULAR):
        return None
    if w not in _AUX and w.endswith("ed") and not _past(tokens[verb1].lower):
        return None
    if _denied(tokens, join + 1, min(hi, at + 3)):
        return None
    return at


_NEGATIONS = frozenset(["not", "never", "no", "neither", "nor", "cannot", "don't", "doesn't", "didn't", "can't",
                        "won't", "isn't", "aren't", "wasn't", "weren't"])


def _denied(tokens: list, lo: int, hi: int) -> bool:
    """Does the predicate opening at ``lo`` deny its verb ("did not", "never", "cannot")?"""
    return any(t.lower in _NEGATIONS for t in tokens[lo:hi])


def _past(word: str) -> bool:
    """Is ``word`` a verb in the past ("reduced", "was", "had", "led")? A later "-ed" verb shares its tense."""
    return word in ("was", "were", "had", "did") or word in _IRREGULAR or (word.endswith("ed") and word.isalpha())




def _after_nominal(tokens: list, verb1: int, hi: int) -> int:
    """Where the first predicate's words start after what its "is a" says the subject is ("X is a pan-HER inhibitor
    and thereby overcomes ...": the class is X itself, no therapy of other patients)."""
    k = verb1 + 1
    if tokens[verb1].lower in ("is", "are") and k < hi and tokens[k].lower in ("a", "an"):
        while k < hi and not tokens[k].entities:
            k += 1
        return k + 1
    return verb1 + 1


def _parallel_auxiliary(tokens: list, verb1: int, join: int, at: int) -> bool:
    """Does the predicate after ", and" at ``join`` open with the very auxiliary the first predicate opens with ("X was
    downregulated in A-resistant cells, and was inversely correlated with ...")? Then it is the subject's second
    predicate, whatever therapy the first one names."""
    return at == join + 1 and join > 0 and tokens[join - 1].text == "," and tokens[at].lower in _AUX and \
        tokens[at].lower == tokens[verb1].lower


def _names_therapy(tokens: list, lo: int, hi: int) -> bool:
    """Does the first predicate name a therapy ("common in patients treated with A")? What the later predicate
    says of a therapy may then be said of those patients', not the subject's."""
    return any(e.category in THERAPY for t in tokens[lo:hi] for e in t.entities)


# auxiliaries whose bare verb a coordinated predicate shares ("may be found in 5% of tumours and confer resistance":
# "may confer"; "did not reduce A and increase B": "did not increase B")
_SHARED_AUX = frozenset("can could may might will would should must cannot does do did".split())
# the "be" or "have" of a first predicate whose participle a later one may share ("was decreased in A and increased
# in B"): such a participle is read as no predicate of its own (its words before it would hold the first one's)
_BE_HAVE = frozenset("is are was were has have had been".split())


def shared_auxiliary(tokens: list, verb1: int, lo: int, hi: int) -> tuple[int, int]:
    """The auxiliary words of the first predicate (from ``verb1``: a modal or "do", with "not" and adverbs after it)
    that the predicate ``lo`` .. ``hi`` shares when it opens with a bare verb; (verb1, verb1) when it shares none."""
    if tokens[verb1].lower not in _SHARED_AUX:
        return verb1, verb1
    at = opens_predicate(tokens, lo, hi)
    if at is None or tokens[at].lower in _AUX or tokens[at].lower not in _BARE:
        return verb1, verb1
    return verb1, skip_adverbs(tokens, verb1 + 1, lo, _PLAIN_ADVERBS)


def first_predicate_span(tokens: list, lo: int, hi: int) -> tuple[int, int] | None:
    """The words of the clause's first predicate after its verb up to the first coordinated predicate's "and" (where
    an object or agent of the first predicate stands), or None when no predicate is coordinated."""
    preds = coordinated_predicates(tokens, lo, hi)
    if not preds:
        return None
    found = clause_subject(tokens, lo, hi)
    return found[3] + 1, preds[0][3] - 1


# --- the coordinated predicates of a relative clause ---------------------------------------------------------------
#
# "Tumour cells secrete VEGF, which binds VEGFR2 and confers resistance to X"; "HGF that activates MET and drives
# resistance"; "IL-6, which activates STAT3 and in turn mediates ...": every predicate of a relative clause opened by
# "which" or "that" right after an entity has that entity (the antecedent) as its subject; an object of the first
# predicate (VEGFR2) is never the subject of a later one, and neither is the subject of the sentence around it. An
# antecedent inside a phrase after a preposition ("activation of EGFR by HGF, which ...") is not clear: its
# predicates are read for nobody. The relative clause ends where a comma gives the sentence its own verb back.

_RELATIVES = frozenset(["which", "that"])
# prepositions before an antecedent that make another noun phrase a candidate for what "which" takes up
_ANTECEDENT_PREPS = frozenset("of in by with from on for to among within via through against after".split())
MAX_ANTECEDENT_TAIL = 2  # plain words after the antecedent's last entity ("KRAS mutant tumours")


def _opens_relative_predicate(tokens: list, k: int, hi: int) -> int | None:
    """Where the predicate opening at ``k`` has its first verb, after "in turn" or "thereby" (as
    :func:`opens_predicate`)."""
    if k + 1 < hi and tokens[k].lower == "in" and tokens[k + 1].lower == "turn":
        k += 2
    return opens_predicate(tokens, k, hi)


def _antecedent(tokens: list, lo: int, end: int) -> tuple[int, int] | None:
    """The antecedent of a relative word whose noun phrase ends at ``end`` (exclusive): the run of entities (and the
    words joining them, at most two plain words after the last), or None when no entity ends there or another noun
    phrase before a preposition could be what the relative word takes up."""
    k = end
    tail = 0
    while k > lo and not tokens[k - 1].entities and tail < MAX_ANTECEDENT_TAIL and tokens[k - 1].lower.isalpha() and \
            tokens[k - 1].lower not in _NOT_SUBJECT and tokens[k - 1].lower not in _SUBJECT_GLUE and \
            tokens[k - 1].lower not in _AUX and not finite_verb(tokens, k - 1, end):
        k -= 1
        tail += 1
    if k <= lo or not tokens[k - 1].entities:
        return None
    start = k
    while start > lo and end - start < MAX_SUBJECT and (tokens[start - 1].entities or
                                                        tokens[start - 1].lower in _SUBJECT_GLUE):
        start -= 1
    while start < end and not tokens[start].entities:
        start += 1  # no glue word first ("the", "and")
    if start > lo and tokens[start - 1].lower in _SOURCE_PREPS and start - 3 > lo and \
            tokens[start - 2].lower in _SOURCE_PARTICIPLES and tokens[start - 3].text == ",":
        # "TGF-beta, secreted by CAFs and TAMs, which ...": the source set off by commas is an aside on the entity
        # before it, which the relative clause goes on about
        before = _antecedent(tokens, lo, start - 3)
        return before if before is not None and tokens[before[1] - 1].entities else None
    if start > lo and tokens[start - 1].lower in _ANTECEDENT_PREPS:
        return None  # "mutations in FBXW7, which", "activation of EGFR by HGF, which": which phrase is meant is unclear
    if start - 1 > lo and tokens[start - 1].text == "," and tokens[start - 2].entities:
        return None  # "factors like A, B, C or D that ...": the last items of a longer list, whose members between
        # them do what the clause says
    if any(tokens[k].cues.get("such_as") for k in range(max(lo, start - 3), start)):
        return None  # "factors such as A or B, which ...": examples of a kind, which need not each do it all
    return start, end


def relative_predicates(tokens: list, lo: int, hi: int) -> list[tuple]:
    """The relative clauses of ``lo`` .. ``hi`` with predicates coordinated by "and": (relative word, antecedent
    (start, end) or None when unclear, the first predicate's start (after "which"), the joins, the end) for each."""
    out = []
    k = lo + 1
    while k < hi:
        w = tokens[k].lower
        if w not in _RELATIVES or tokens[k].entities:
            k += 1
            continue
        end = k - 1 if tokens[k - 1].text == "," else k
        if end <= lo or not (tokens[end - 1].entities or w == "which"):
            k += 1
            continue
        verb1 = _opens_relative_predicate(tokens, k + 1, hi)
        if verb1 is None:
            k += 1
            continue
        joins = []
        m = verb1 + 1
        while m < hi:
            x = tokens[m].lower
            if x in _ENDS or (x == "," and _opens_relative_predicate(tokens, m + 1, hi) is not None):
                break  # another relative or subordinate clause, or the sentence's own verb after the comma
            if x == "and" and not tokens[m].entities and m > verb1 + 1:
                at = _later_predicate(tokens, verb1, _opens_relative_predicate(tokens, m + 1, hi), m, hi)
                if at is not None:
                    joins.append(m)
                    m = at + 1
                    continue
            m += 1
        if joins:
            out.append((k, _antecedent(tokens, lo, end), k + 1, joins, m))
        k = m if joins else k + 1
    return out


def relative_predicate_spans(tokens: list, lo: int, hi: int) -> list[tuple[int, int, int, int, int, int, int]]:
    """Each predicate of a relative clause of ``lo`` .. ``hi`` with predicates coordinated by "and" and a clear
    antecedent, as :func:`coordinated_predicates` gives them: (subject start (no words before it stay: the sentence
    around the relative clause is about something else), subject start, subject end, predicate start, predicate
    end, start and end of the first predicate's auxiliary words a bare verb shares)."""
    out = []
    for rel, ante, first, joins, stop in relative_predicates(tokens, lo, hi):
        if ante is None:
            continue
        a, b = ante
        verb1 = _opens_relative_predicate(tokens, first, hi)
        out.append((lo, a, b, first, joins[0], verb1, verb1))
        for n, join in enumerate(joins):
            end = joins[n + 1] if n + 1 < len(joins) else stop
            out.append((lo, a, b, join + 1, end) + shared_auxiliary(tokens, verb1, join + 1, end))
    return out
