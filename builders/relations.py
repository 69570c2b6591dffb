"""Builder: relations stated in prose sentences, read by the rule tables of ``ontology/rules/``.

For each sentence: its mentions (recognised once per document, see
:class:`~builders.context.Reading`), one pass of the cue automaton, tokens and clauses; then every
rule whose first cue occurs in the sentence is matched (:mod:`builders.engine`), its guards and
transforms applied (:mod:`builders.guards`), and each fact it emits is recorded with the sentence
as evidence. Rules prefer silence to guessing: a relation needs its cue words and its arguments in
one clause, in the order the pattern gives.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import product

from builders.asides import set_aside, set_concessions_aside, set_exceptions_aside
from builders.cause_join import causes_of_its_classes, causes_the_partner_acts_on, pathway_members, \
    target_the_partner_acts_on
from builders.context import Emitter, Reading
from builders.discourse import CONNECTIVE_LEAD, Discourse, combination_size_named
from builders.document import Document, Sentence
from builders import shared_subject
from builders.engine import Clause, Token, clauses, first_predicate_words, in_describing_apposition, match_pattern, tokenize
from builders.failed_rescues import certainty_of_failed_test
from builders.guards import (CONTEXT_LISTS, GUARDS, QUALIFIERS, TRANSFORMS, MatchContext, mechanism,
                             refused_pair, transform_results)
from builders.stated_population import stated_population
from builders.head_members import head_members, plural_head
from builders.lazy_patterns import lazy_compile
from builders.listed_therapies import listed_therapies
from builders.own_gene_pairs import paired_by_own_gene
from builders.prefilter import prefiltered
from builders.recognize import Mention
from builders.respective_lists import respective_place
from builders.rules import ASKED_ONLY, UNDIRECTED, Rule, RuleSet
from kg.groups import THERAPY
from kg.model import Entity, facts_by_subject


def read_sentence(out: Emitter, ctx: Reading, sentence: Sentence, rules: RuleSet, rec=None,
                  scope: dict | None = None, discourse: Discourse | None = None) -> int:
    """Apply every rule to one sentence; returns the number of facts recorded.

    ``scope`` gives the entities the discourse supplies (``{"therapy": Entity}``, see
    :mod:`builders.discourse`), which rules refer to as ``@therapy``."""
    text = sentence.norm
    rec = rec if rec is not None else ctx.recognize(sentence)
    if not rec.mentions and discourse is None:
        return 0
    hits = ctx.cue_hits(sentence) if rules is ctx.shared.rules else rules.cues.hits(text)
    present = {name for _, _, name in hits}
    anaphoric = any(name.startswith("anaphor_") for name in present)
    if not rec.mentions and not anaphoric:
        return 0  # "These tumours do not respond to such treatment": entities only by their antecedents
    ev = out.evidence(sentence)
    out.mentions(rec, ev)
    categories = {m.entity.category for m in rec.mentions} | ({"Regimen"} if rec.regimens else set())
    if discourse is not None and (anaphoric or _MAY_BARE_RESCUED.search(text)):
        categories |= {"CellType", "Drug", "DrugClass", "Regimen", "Biomarker", "Alteration", "ResistanceMechanism",
                       "Molecule", "Gene", "Pathway"}
    scope = scope or {}
    # the studied therapy only for the rules that ask for it: guards reading "the discourse's therapies"
    # (scope values) mean the resisted ones
    general = {k: v for k, v in scope.items() if k not in ASKED_ONLY}
    if general:
        categories |= {e.category for k, e in general.items() if k not in CONTEXT_LISTS}
    todo = [r for r in rules.candidates(present) if all(not cats.isdisjoint(categories) for cats in r.needs)]
    if not todo:
        return 0
    views = {}  # combinations read as one token (for slots that take a regimen) or as their parts

    def view(merged: bool):
        merged = merged and bool(rec.regimens)  # without combinations both views are the same tokens
        if merged not in views:
            tokens = tokenize(text, rec.merged() if merged else rec.mentions, hits)
            set_aside(tokens)  # "HGF, but not EGF, restored ...": no clause break, no negation, EGF no entity
            set_concessions_aside(tokens)  # "X, although rare, confers ...": no clause break
            set_exceptions_aside(tokens)  # "X, except for the MSI ones, does not respond ...": MSI no entity
            if discourse is not None:
                resolve_anaphors(tokens, discourse, sentence)
            count = sum(1 for t in tokens if t.entities)
            enough = 2 if count >= 2 or any(len(t.entities) > 1 for t in tokens) else count
            contrasted = frozenset(i for i, t in enumerate(tokens) if t.entities and
                                   _CONTRASTED.search(text, max(0, t.start - 40), t.start)) \
                if _MAY_CONTRAST.possible(text) else frozenset()  # most sentences set nothing against a statement
            views[merged] = (tokens, clauses(tokens), [Clause(tokens, 0, len(tokens))], enough, contrasted)
        return views[merged]

    before = len(out.assertions)
    for rule in todo:
        tokens, parts, whole, enough, contrasted = view(rule.takes_regimens)
        if enough < (1 if rule.uses_context else 2):
            continue
        slots = scope if rule.asks_studied else general
        for clause in (parts if rule.scope == "clause" else whole):
            for match in match_pattern(rule.elements, clause, rule.anchor):
                if _across_predicates(clause, match):
                    continue
                _apply(out, ctx, rule, text, clause, match, ev, rec, slots, contrasted)
    return len(out.assertions) - before


_NO_SPAN = (0, 0)


_BE = frozenset(["is", "are", "was", "were"])


def _across_predicates(clause, match) -> bool:
    """The match makes the passive's agent of a clause's first predicate, or what its "be" says the subject is, the
    subject of a verb of the predicate coordinated after it ("TGF-beta is secreted by CAFs and drives resistance to
    X": not the CAFs; "X is a pan-HER inhibitor and thereby overcomes ...": X, not the class): the match opens at that
    entity in the first predicate and has a cue after the "and" (builders/shared_subject.py). An object of an active
    first verb may still be related to the second predicate by a rule written for both ("reversed the X-mediated
    MDR and increased the accumulation of Y")."""
    if clause.origin is not None:
        return False
    if _across_relative(clause, match):
        return True
    span = getattr(clause, "first_predicate", None)
    if span is None:
        span = first_predicate_words(clause.tokens, clause.lo, clause.hi) or _NO_SPAN
        clause.first_predicate = span
    if span is _NO_SPAN:
        return False
    lo, join = span
    first = min((i for idx in match.slots.values() for i in idx), default=None)
    if first is None or not lo <= first < join or match.start < first:
        return False
    if not any(i > join for i in match.cue_tokens.values()):
        return False
    toks = clause.tokens
    words = [t.lower for t in toks[lo:first] if not t.entities]
    if "by" in words[-3:]:
        return True  # the agent of a passive: "is secreted by (the) CAFs"
    return toks[lo - 1].lower in _BE and not any(t.entities for t in toks[lo:first]) and \
        not any(w in ("by", "in", "with", "to", "of", "on", "from", "for") for w in words)


def _across_relative(clause, match) -> bool:
    """The match reads a later predicate of a relative clause ("VEGF, which binds VEGFR2 and confers resistance to
    X") with a subject named before that predicate other than the antecedent: the object of the first one (VEGFR2)
    or the sentence's subject. Such a predicate is read with the antecedent, here or in the clause rebuilt with the
    antecedent before it (builders/shared_subject.py, relative_predicate_spans), or not at all when the antecedent
    is unclear."""
    spans = getattr(clause, "relative_predicates", None)
    if spans is None:
        spans = [(ante or (0, 0), joins[0], stop) for _, ante, _, joins, stop in
                 shared_subject.relative_predicates(clause.tokens, clause.lo, clause.hi)]
        clause.relative_predicates = spans
    if not spans:
        return False
    first = min((i for idx in match.slots.values() for i in idx), default=None)
    if first is None:
        return False
    return any(first < join and not ante[0] <= first < ante[1] and any(join < i < stop for i in match.cue_tokens.values())
               for ante, join, stop in spans)


# the statements whose population the sentence may restrict (builders/stated_population.py)
_POPULATION_PREDICATES = frozenset({"confers_resistance_to", "overcomes", "predicts_resistance_to", "predicts_response_to",
                                    "predicts"})


_BARE_RESCUE_VERBS = (r"(?:overc[oa]m\w*|revers\w*|circumvent\w*|bypass\w*|counter(?:act\w*|ed|ing)?|alleviat\w*|"
                      r"reliev\w*|mitigat\w*|abrogat\w*)")
_BARE_RESCUE_WORD = lazy_compile(_BARE_RESCUE_VERBS)
# words after "it" that make it an expletive or a subject of being rather than of acting
_EXPLETIVE_NEXT = {"is", "was", "has", "had", "remains", "remained", "seems", "seemed", "appears", "appeared",
                   "should", "may", "might", "could", "would", "will", "must", "can", "cannot", "becomes", "became",
                   "be", "being", "been", ",", ".", ")", ";", ":"}
_THERAPY_ANAPHORS = ("anaphor_therapy", "anaphor_treatment")  # "these agents", "this therapy": a therapy named before
# nouns that make "the drug" the modifier of a compound ("the drug resistance to X", "the drug response"):
# no anaphor then
_COMPOUND_HEAD = {"resistance", "resistances", "resistant", "sensitivity", "sensitivities", "response", "responses",
                  "efficacy", "tolerance", "target", "targets", "targeting", "efflux", "delivery", "discovery",
                  "development", "exposure", "concentration", "concentrations", "level", "levels", "holiday",
                  "metabolism", "transporter", "transporters", "pump", "pumps", "-", "–"}


# a bare "this" or "it" a rescue is said of ("This can be overcome by X", "X may reverse it", "strategies to overcome
# this include X"): the mechanism the sentence or the one before names
_MAY_BARE_RESCUED = prefiltered(lazy_compile(r"\b(?:this|it)\s+(?:can|could|may|might)\s+(?:\w+\s+)?be\s+" + _BARE_RESCUE_VERBS +
                                 r"|" + _BARE_RESCUE_VERBS + r"\s+(?:this|it)\b", re.I))
# words that may follow a pronoun object of a rescue verb, not a noun "this" determines ("overcome this barrier")
_AFTER_BARE_OBJECT = {",", ".", ";", ":", ")", "include", "includes", "included", "including", "and", "by", "with",
                      "in", "through", "using", "via", "effectively", "completely", "partially", "entirely"}
_MODAL = {"can", "could", "may", "might"}


def _bare_rescued(tokens, i: int) -> bool:
    """Token ``i``, "this" or "it", is what a rescue verb acts on: the subject of "can be overcome", or the object
    right after "overcome", "reverse", "alleviate" ... with no noun of its own after it."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else "."
    if nxt in _MODAL:
        k = i + 2
        if k < len(tokens) and tokens[k].lower != "be":
            k += 1  # "this could potentially be overcome"
        return k + 1 < len(tokens) and tokens[k].lower == "be" and _BARE_RESCUE_WORD.fullmatch(tokens[k + 1].lower) is not None
    return i >= 1 and _BARE_RESCUE_WORD.fullmatch(tokens[i - 1].lower) is not None and nxt in _AFTER_BARE_OBJECT


# a lead-in that sets something beside (or against) what the sentence goes on to say ("Similarly to sorafenib, this
# agent ...", "Like A, this drug ...", "Unlike A, these agents ..."): the anaphor after it is another entity, the one
# named before the sentence, never the one the lead-in names
_SET_BESIDE_LEAD = lazy_compile(r"^\s*(?:(?P<similar>similar(?:ly)?\s+to|like|as\s+with)|unlike|in\s+contrast\s+(?:to|with)|"
                                r"compared\s+(?:to|with)|as\s+opposed\s+to)\s+[^,;:]{1,80},\s*$", re.I)


def resolve_anaphors(tokens, discourse: Discourse, sentence: Sentence) -> None:
    """Turn "they", "this combination", "these patients" into entity tokens of their antecedents. A phrase of
    several words ("these cells", "this kinase") becomes one token, as a name would be: its words after the
    first are dropped, so "These cells secrete X" reads as "TAMs secrete X"."""
    _resolve_anaphors(tokens, discourse, sentence)
    _drop_merged_words(tokens)


def _drop_merged_words(tokens) -> None:
    """Remove the words an anaphor phrase's entity token took in (its span covers them), moving every cue's
    end index back by the words removed before it."""
    removed = _merged_words(tokens)
    if not removed:
        return
    shift = [0] * (len(tokens) + 1)
    for k in range(len(tokens)):
        shift[k + 1] = shift[k] + (k in removed)
    kept = []
    for k, t in enumerate(tokens):
        if k in removed:
            continue
        if t.cues:
            t.cues = {lex: end - shift[end] for lex, end in t.cues.items()}
        kept.append(t)
    tokens[:] = kept


def _merged_words(tokens) -> set[int]:
    """The positions of the words an anaphor phrase's entity token covers (in one pass: each word is covered by the
    nearest entity token before it when that token is an anaphor's, made with no mention, and spans past the word).

    >>> from builders.relations import Token
    >>> from kg.model import Entity
    >>> e = Entity("crc:a", "CellType", "A")
    >>> toks = [Token(0, 11, "These", "these", (e,), None, {}), Token(6, 11, "cells", "cells", (), None, {}),
    ...         Token(12, 19, "secrete", "secrete", (), None, {})]
    >>> sorted(_merged_words(toks))
    [1]
    """
    removed: set[int] = set()
    cover = None  # the nearest entity token so far
    for k, t in enumerate(tokens):
        if t.entities:
            cover = t
        elif k and not t.cues and cover is not None and cover.mention is None and cover.end >= t.end:
            removed.add(k)
    return removed


def _resolve_anaphors(tokens, discourse: Discourse, sentence: Sentence) -> None:
    sized_until = 0  # the end of a combination named with its size ("this triple combination therapy")
    for i, t in enumerate(tokens):
        if t.lower in ("this", "it") and not t.is_entity and _bare_rescued(tokens, i):
            antecedent = discourse.one_mechanism(sentence, [e for tok in tokens[:i] for e in tok.entities])
            if antecedent is not None:
                _replace(tokens, i, i + 1, antecedent)
                continue
        if not t.cues:
            continue  # (most tokens have no cue, so no anaphor)
        # (the longest phrase first: "this treatment resistance" is a resistance pointed back to, not "this treatment")
        kinds = sorted((k for k in t.cues if k.startswith("anaphor_")), key=lambda k: -t.cues[k])
        if not kinds or t.is_entity or i < sized_until:
            continue  # "combination therapy" inside "this triple combination therapy" is no anaphor of its own
        if kinds[0] == "anaphor_it" and _opens_sentence(sentence, t, i) and _acting_it(tokens[i:]) \
                and discourse.opening_drug(sentence) is not None:
            _replace(tokens, i, t.cues[kinds[0]], discourse.opening_drug(sentence))
            continue  # "Aflibercept is a fusion protein ... . It can act as a decoy receptor": the drug acts
        if kinds[0] == "anaphor_it" and (i + 1 >= len(tokens) or tokens[i + 1].lower in _EXPLETIVE_NEXT):
            continue  # "it is known that ...", "it has been shown": no antecedent
        end = t.cues[kinds[0]]
        if end > i + 1 and end < len(tokens) and tokens[end].is_entity:
            continue  # "the drug aflibercept", "this kinase MEK1": the name follows in apposition, nothing points back
        if kinds[0] == "anaphor_molecules":
            named = discourse.molecules_before(sentence)
            if named:
                _replace(tokens, i, end, named[0], named[1:])
            continue
        if kinds[0] == "anaphor_mutations":  # "G595R and G667C ... . Either mutation renders ...": each of them
            named = discourse.mutations_before(sentence, [e for tok in tokens[:i] for e in tok.entities],
                                               sentence.norm[t.start:tokens[end - 1].end])
            if named:
                _replace(tokens, i, end, named[0], named[1:])
            continue
        if kinds[0] == "anaphor_mechanism" and _PLURAL_ANAPHOR.match(sentence.norm[t.start:tokens[end - 1].end]) and \
                not any(e.category in ("ResistanceMechanism", "Alteration") for tok in tokens[:i] for e in tok.entities):
            named = discourse.stated_causes_before(sentence)  # "... as causes of 5-FU resistance. These causes can be
            if named:  # overcome by X": each of them
                _replace(tokens, i, end, named[0], named[1:])
                continue
        if kinds[0] in _THERAPY_ANAPHORS and end < len(tokens) and tokens[end].lower in _COMPOUND_HEAD:
            continue  # "the drug resistance to X": a compound noun, not the drug named before
        if kinds[0] == "anaphor_combination" and _named_after(tokens, end):
            continue  # "the combination of adagrasib and anti-PD-L1": the combination is named right after
        before = [e for tok in tokens[:_first_it(tokens, i) if kinds[0] == "anaphor_it" else i] for e in tok.entities]
        lead = _SET_BESIDE_LEAD.match(sentence.norm[:t.start])
        beside = [e for e in before if e.category in {"Drug", "DrugClass", "Regimen"}] if lead else []
        if lead:
            before = []  # the anaphor is what the sentence before named
        if kinds[0] in _THERAPY_ANAPHORS and not lead and _PLURAL_ANAPHOR.match(sentence.norm[t.start:tokens[end - 1].end]):
            listed = _listed_in(sentence.norm, tokens[:i]) if any(e.category in {"Drug", "DrugClass", "Regimen"}
                                                                 for e in before) \
                else discourse.listed_before(sentence)  # "A and B ... . Resistance to these agents ...": each of them
            if listed:
                _replace(tokens, i, end, listed[0], listed[1:])
                continue
        phrase = sentence.norm[t.start:tokens[end - 1].end]
        if kinds[0] == "anaphor_combination" and combination_size_named(phrase) is not None:
            sized_until = _sized_phrase_end(tokens, i)  # from ``end``, the phrase's own cue, onwards
        acted_on = kinds[0] == "anaphor_process" and any(e.category != "Disease" for e in before)
        antecedent = discourse.antecedent(kinds[0], sentence, before, phrase, acted_on)
        if antecedent is None and t.lower == "they":  # no cells named before: the plural subject, if one
            antecedent = discourse.subject_they(sentence, sentence.norm, tokens, i)
        if antecedent is None and kinds[0] == "anaphor_it" and _it_opens_acting(sentence, tokens, i):
            antecedent = discourse.paragraph_subject(sentence)  # "Regorafenib is ... . The dual blockade of VEGFR and
            # TIE2 ... . Additionally, it inhibits escape pathways": the paragraph's one subject therapy
        if antecedent is None:
            continue
        if kinds[0] == "anaphor_patients" and _named_as_absent(tokens, i, antecedent, sentence.norm):
            continue  # "the absence of PD-L1 expression, and patients harbouring such tumours ...": not the marker
        # ("Similarly to sorafenib, this agent was developed as a RAF1 inhibitor": the therapy the lead-in sets beside
        # the anaphor's is said the same of; not after "unlike", whose words are set against the statement)
        similar = [e for e in beside if e.id != antecedent.id and e.category == antecedent.category] \
            if kinds[0] in _THERAPY_ANAPHORS and lead and lead.group("similar") else []
        _replace(tokens, i, end, antecedent, similar)


def _it_opens_acting(sentence: Sentence, tokens, i: int) -> bool:
    """Does the sentence's first "it" or "its" (:func:`_first_it`, token ``i`` itself when none is before it) open
    it, acting or owning ("Additionally, it inhibits ...", "Its mechanism is as follows: (I) it reduces ...")?"""
    k = _first_it(tokens, i)
    return _opens_sentence(sentence, tokens[k], k) and _acting_it(tokens[k:])


def _first_it(tokens, i: int) -> int:
    """Where the sentence first speaks of "it" or "its" before token ``i`` (``i`` when it does not): a second "it"
    names what the first one does ("It reduces macrophages by inhibiting CSF1R; it also lowers Tregs", "Its mechanism
    is twofold: it blocks A, and it ..."), not a name between the two, which is what the first one acts on.

    >>> toks = [Token(0, 2, "It", "it", (), None, {}), Token(3, 8, "binds", "binds", (), None, {}),
    ...         Token(9, 10, "X", "x", (), None, {}), Token(11, 13, "it", "it", (), None, {})]
    >>> _first_it(toks, 3)
    0
    >>> _first_it(toks[1:], 2)
    2
    """
    for k in range(i):
        if tokens[k].lower in ("it", "its") and not tokens[k].is_entity and \
                (k + 1 >= len(tokens) or tokens[k + 1].lower not in _EXPLETIVE_NEXT):
            return k
    return i


# a plural anaphor ("these agents", "such antibodies", "both drugs", "these causes"), not a singular one ("this agent")
_PLURAL_ANAPHOR = lazy_compile(r"^(?:these|such|both|those|the\s+two|these\s+two)\s+(?:\w+\s+)?\w+s$", re.I)


def _listed_in(text: str, tokens) -> list[Entity]:
    """The therapies of the one list the tokens before a plural anaphor name ("A and B are used, but resistance to
    these agents ..."): every one of them; none unless there are two or more (one therapy keeps today's reading)."""
    mentions = [Mention(tok.start, tok.end, tok.text, tok.entities[0]) for tok in tokens if len(tok.entities) == 1]
    return listed_therapies(text, mentions)


def _named_after(tokens, end: int) -> bool:
    """Whether "of" or "with" and a therapy follow token ``end`` - 1 ("the combination of A and B"): the phrase
    names its combination there, it points back at none."""
    if end + 1 >= len(tokens) or tokens[end].lower not in ("of", "with"):
        return False
    return any(e.category in ("Drug", "DrugClass", "Regimen") for e in tokens[end + 1].entities)


def _opens_sentence(sentence: Sentence, t, i: int) -> bool:
    """Is token ``i`` the sentence's first word, or the first after a connective ("However, it ...")?"""
    return i == 0 or CONNECTIVE_LEAD.match(sentence.norm[:t.start]) is not None


def _sized_phrase_end(tokens, i: int) -> int:
    """The end of the longest combination anaphor that starts at token ``i`` or inside it."""
    end = tokens[i].cues.get("anaphor_combination", i + 1)
    k = i + 1
    while k < end and k < len(tokens):
        end = max(end, tokens[k].cues.get("anaphor_combination", k + 1))
        k += 1
    return end


# "the absence of X expression", "loss of X", "low X": a marker named as missing or lowered just before it
_ABSENT_BEFORE = lazy_compile(r"\b(?:absence|lack|loss)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$|\b(?:absent|low|lost)\s+$", re.I)


def _named_as_absent(tokens, i: int, antecedent: Entity, text: str) -> bool:
    """The anaphor's antecedent, in this sentence, is named as missing or lowered ("causes the absence of
    reactive PD-L1 expression, and patients harbouring such tumours ..."): the tumours lack the marker, so
    "such tumours" does not stand for the marker itself."""
    for tok in tokens[:i]:
        if antecedent in tok.entities:
            return bool(_ABSENT_BEFORE.search(text, max(0, tok.start - 40), tok.start))
    return False


# what "it has not been ..." says of the drug itself ("it has not been effective in MSS tumours")
_ACTING_AFTER_BEEN = {"effective", "successful", "active", "beneficial", "efficacious"}
_MODALS = {"can", "may", "might", "could", "would", "will", "must", "should"}


def _acting_it(tokens) -> bool:
    """A sentence-initial "it" followed by a verb of its own ("It binds ...", "It can act as ...") or naming what
    it is ("It is a fully human antibody ..."), not an expletive ("it is known", "it can be argued", "it has been
    shown")."""
    if len(tokens) < 3:
        return False
    nxt, after = tokens[1].lower, tokens[2].lower
    if nxt in ("has", "had", "does", "did") and after == "not":  # "it has not been effective in", not "it has not
        # been shown that"
        return len(tokens) > 4 and (tokens[3].lower != "been" or tokens[4].lower in _ACTING_AFTER_BEEN)
    if nxt in _MODALS:
        return after not in ("be", "not", "also", "therefore", "thus")
    if nxt in ("is", "was"):
        return after in ("a", "an")  # "It is a monoclonal antibody ...", not "it is known that"
    return nxt not in _EXPLETIVE_NEXT


def _replace(tokens, i: int, end: int, antecedent: Entity, also: list[Entity] | None = None) -> None:
    """Make tokens ``i`` .. ``end`` - 1 one entity token of ``antecedent`` (and of the entities ``also`` said the same of)."""
    t, last = tokens[i], tokens[end - 1]
    tokens[i] = Token(t.start, last.end, t.text, t.lower, (antecedent, *(also or ())), None, {})
    for k in range(i + 1, end):
        tokens[k] = Token(tokens[k].start, tokens[k].end, tokens[k].text, tokens[k].lower, (), None, {})


# an entity set against the statement ("Unlike MET amplification, HER2 amplification confers ...", "X rather
# than Y"): the statement is not said of it
_CONTRASTED = lazy_compile(r"\b(?:unlike|in contrast to|in contrast with|as opposed to|other than|rather than|instead of|"
                           r"except(?: for)?)\s+(?:(?:the|a|an|those|patients|tumou?rs|cells)\s+(?:with\s+)?)?$", re.I)
_MAY_CONTRAST = prefiltered(_CONTRASTED)  # whether a sentence has any of its words at all


def _apply(out: Emitter, ctx: Reading, rule: Rule, text, clause, match, ev, rec, scope,
           contrasted: frozenset = frozenset()) -> None:
    """One match of ``rule``: its slots' entities (none set against the statement: ``contrasted`` holds the
    tokens "unlike X", "rather than X" name), its guards, then its facts."""
    tokens = clause.tokens  # a clause read with a carried-over subject has its own tokens
    first = min((min(idx) for idx in match.slots.values() if idx), default=None)
    if first is not None and first == match.start and not any(e.category in THERAPY for e in tokens[first].entities) \
            and in_describing_apposition(tokens, clause.lo, first, match.end):
        return  # "TAMs, the most abundant immune cells in the TME, limit ...": the aside's entity is not the subject
        # (a class describing the drug before it, "QX-12, a GLS1 inhibitor, restored ...", stands for that drug)
    match = _with_head_members(rule, clause, match)
    m = MatchContext(text, tokens, clause, match, rule, ctx, rec, scope=scope)
    slots = rule.slots
    place = clause.origin or range(len(tokens))  # token -> its position in the sentence
    for name, idx in match.slots.items():
        cats = slots[name].categories
        m.slot_entities[name] = [e for i in idx if place[i] not in contrasted for e in tokens[i].entities
                                 if e.category in cats]
    undirected = None  # (predicate, weaker predicate) when a default guard found the statement names no way
    for g in rule.guards:
        if not GUARDS[g](m):
            if undirected is None and g in UNDIRECTED:
                undirected = UNDIRECTED[g]
                continue
            return
    transforms = dict(rule.transforms)
    emitted = set()  # ids of the ends of the facts emitted
    for s_slot, predicate, o_slot, s_fn, o_fn in rule.emits:
        if undirected is not None:
            if predicate != undirected[0]:
                continue  # ("RAS mutations predict the efficacy of A": no resistance, no rescue read with it)
            predicate = undirected[1]
        pairs = _pairs(m, rule, clause, s_slot, predicate, o_slot, s_fn or transforms.get(s_slot),
                       o_fn or transforms.get(o_slot))
        for subject, obj in pairs:
            if refused_pair(ctx.vocab, predicate, subject, obj):
                continue
            quals = m.qualified = {}  # (in key order: a qualifier may read those before it, "certainty" before "direction")
            for key, fn in rule.qualifiers:
                quals[key] = fn[1:] if fn.startswith("=") else QUALIFIERS[fn](m, subject, obj)
            if quals.get("direction") == "does_not_support":
                quals = certainty_of_failed_test(quals, dict(rule.qualifiers).get("direction"))
            elif predicate == "predicts_response_to" and subject.attr("biomarker_kind") == "mutation_status":
                predicate = "predicts"  # "KRAS mutation status predicts response to A": mutant or wild-type, no way
            if predicate in _POPULATION_PREDICATES and not quals.get("population"):
                quals["population"] = stated_population(m, subject, obj)
            out.fact(subject, predicate, obj, ev, **quals)
            emitted.update((subject.id, obj.id))
            if ctx.trace is not None:
                ctx.trace.append((ev.start, rule.name, subject.name, predicate, obj.name))
    # a side fact about an entity a transform made ("resistance to X" confers resistance to X, "MET
    # amplification" is an alteration of MET) stands only with a main fact on that entity: when a guard
    # or transform drops the fact, its side facts go too (a side fact on an entity of the text stays)
    # (or with a side fact kept on an entity it is part of: the class in "TGF-beta inhibitor + anti-PD-1")
    kept = {e.id for es in m.slot_entities.values() for e in es} | emitted
    side, grew = list(m.side), True
    while grew:
        grew = False
        for s, p, o in side:
            if s.id in kept and o.id not in kept:
                kept.add(o.id)
                grew = True
    for s, p, o in side:
        if s.id in kept:
            out.fact(s, p, o, ev)
    m.side.clear()


def _with_head_members(rule: Rule, clause, match):
    """The match with the members a list gives of a head noun in a slot read in that slot too ("hub lncRNAs
    involved in drug resistance, including A and B": A and B as well; builders/head_members.py)."""
    taken = {i for idx in match.slots.values() for i in idx}
    if not any(plural_head(clause.tokens[i]) for i in taken):
        return match  # no slot holds a head (most matches)
    last = match.end - 1
    stated_end = last not in taken and not clause.tokens[last].is_entity
    grown = {}
    for name, idx in match.slots.items():
        slot = rule.slots[name]
        if slot.single or not idx:
            continue
        extra = head_members(clause, idx, slot.categories, match.end, stated_end)
        if extra:
            grown[name] = idx + extra
    if not grown:
        return match
    return replace(match, slots={**match.slots, **grown})


def _pairs(m: MatchContext, rule: Rule, clause, s_slot: str, predicate: str, o_slot: str, s_fn: str | None,
           o_fn: str | None) -> list:
    """The (subject, object) pairs one emit of a match states."""
    if s_slot == o_slot and not s_slot.startswith("@"):
        # both ends made from one slot ("targeting of MET or SRC for reversing cetuximab resistance": the SRC
        # inhibitor with cetuximab overcomes SRC-mediated resistance): each entity of a list pairs only with
        # what it yields itself, never with what another entity of the list yields
        return _own_pairs(m, s_slot, s_fn, o_fn)
    subjects = _transformed(m, s_slot, s_fn)
    objects = _transformed(m, o_slot, o_fn)
    if not subjects or not objects:
        return []
    if rule.pairing == "zip" or (len(subjects) > 1 and len(objects) > 1 and _respectively_for_match(m, clause)):
        # "HGF and IL-6 activate MET and STAT3, respectively": the n-th with the n-th, never all pairs
        return list(zip(subjects, objects)) if len(subjects) == len(objects) else []
    hit = None if s_slot.startswith("@") or o_slot.startswith("@") else _respectively_after(m, clause, s_slot, o_slot)
    if hit is not None:
        # "CD133 and CD44 ... resistance to irinotecan and cetuximab, respectively", of which the match holds
        # one member of each list: only members at the same place of their lists (builders/respective_lists.py)
        kept = _respective_pairs(m, clause, s_slot, o_slot, s_fn, o_fn, hit)
        if kept is not None:
            return kept
    pairs = list(product(subjects, objects))
    return paired_by_own_gene(m, pairs) if predicate == "overcomes" else pairs


def _respective_pairs(m: MatchContext, clause, s_slot: str, o_slot: str, s_fn: str | None, o_fn: str | None,
                      hit: int) -> list | None:
    """The pairs of a match that "respectively" pairs although it holds no two lists of its own: a subject and an
    object at the same place of the lists on their sides of the match's cue (none when the places say nothing;
    None when a side holds no list: then the "respectively" pairs other lists and every pair stands). ``hit`` is
    where the "respectively" stands (:func:`_respectively_after`)."""
    s_idx, o_idx = list(m.match.slots[s_slot]), list(m.match.slots[o_slot])
    if not s_idx or not o_idx:
        return []
    s_first = max(s_idx) < min(o_idx)
    if not s_first and not max(o_idx) < min(s_idx):
        return []
    s_cats, o_cats = m.rule.slots[s_slot].categories, m.rule.slots[o_slot].categories
    cues = m.match.cue_tokens.values()
    if s_first:
        places = respective_place(m.tokens, clause.lo, clause.hi, cues, s_idx, o_idx, s_cats, o_cats, hit)
    else:
        places = respective_place(m.tokens, clause.lo, clause.hi, cues, o_idx, s_idx, o_cats, s_cats, hit)
    if places == "unpaired":
        return None
    if places is None:
        return []
    s_place, o_place = places if s_first else places[::-1]
    pairs = []
    for i, s in _slot_items(m, s_slot):
        at = _place(m, i, s, s_place, s_cats)
        if at is None:
            continue
        for j, o in _slot_items(m, o_slot):
            if at == _place(m, j, o, o_place, o_cats):
                pairs.extend(product(_item_results(m, i, s, s_fn), _item_results(m, j, o, o_fn)))
    return list(dict.fromkeys(pairs))


def _place(m: MatchContext, i: int, e: Entity, places: dict, categories: frozenset) -> int | None:
    """The place in its list of entity ``e`` of token ``i``: the token's one place, or, for a distributed name
    ("KRAS and BRAF mutations"), the place of its n-th entity of ``categories``."""
    at = places.get(i)
    if not at:
        return None
    if len(at) == 1:
        return at[0]
    own = [x for x in m.tokens[i].entities if x.category in categories]
    return at[own.index(e)] if e in own and len(own) == len(at) else None


def _respectively_after(m: MatchContext, clause, s_slot: str, o_slot: str) -> int | None:
    """Where the first "respectively" after both ends of the match stands (None if none: a "respectively" before
    them pairs an earlier list: "present in 9% and 3% of cases, respectively")."""
    last = max(list(m.match.slots[s_slot]) + list(m.match.slots[o_slot]), default=len(m.tokens))
    return next((i for i in range(last + 1, min(clause.hi, len(m.tokens))) if "respectively" in m.tokens[i].cues), None)


def _transformed(m: MatchContext, slot: str, fn: str | None) -> list:
    if slot.startswith("@"):
        known = m.scope.get(slot[1:])
        if known is None:
            return []
        return transform_results(TRANSFORMS[fn](known, m, -1) if fn else known)
    out = []
    for i, e in _slot_items(m, slot):
        out.extend(_item_results(m, i, e, fn))
    return list(dict.fromkeys(out))


def _item_results(m: MatchContext, i: int, e: Entity, fn: str | None) -> list:
    """What the entity ``e`` of token ``i`` of a slot gives for an emit's end: its transform's results, or itself."""
    return transform_results(TRANSFORMS[fn](e, m, i)) if fn else [e]


def _own_pairs(m: MatchContext, slot: str, s_fn: str | None, o_fn: str | None) -> list:
    """The (subject, object) pairs of an emit whose two ends are both made from ``slot``: each entity's own
    subjects with its own objects."""
    pairs = []
    for i, e in _slot_items(m, slot):
        pairs.extend(product(_item_results(m, i, e, s_fn), _item_results(m, i, e, o_fn)))
    return list(dict.fromkeys(pairs))


def _slot_items(m: MatchContext, slot: str):
    """(token, entity) for each entity the match keeps in ``slot``, in text order."""
    for i in m.match.slots[slot]:
        for e in m.tokens[i].entities:
            if e in m.slot_entities[slot]:
                yield i, e


# a line of an article's key words or abbreviations ("Keywords: cancer-associated fibroblasts, fibroblast activating
# protein, FAP"): a list of terms, never a statement (a protein's name is no relation between its words)
_FIELD_LINE = lazy_compile(r"\s*(?:\*\*)?(?:key ?words?|abbreviations?)\s*(?:\*\*)?\s*:", re.I)


def build(doc: Document, ctx: Reading) -> Emitter:
    """Relations from every prose sentence of ``doc``."""
    out = Emitter(doc, ctx, "rule")
    rules = ctx.shared.rules
    discourse = Discourse(ctx)
    previous: dict = {}  # the causes of resistance the last sentence stated (@prev_cause, @prev_resisted), or overcame
    for sentence in doc.sentences:
        if sentence.norm.startswith("[image"):
            continue
        rec = ctx.recognize(sentence)
        therapy = discourse.resisted_therapy(sentence)
        scope = {"therapy": therapy} if therapy is not None else {}
        if therapy is None and discourse.topic is None:
            therapy = discourse.passage_therapy(sentence)  # the paragraph's one therapy, else the title's
            if therapy is not None:
                scope = {"therapy": therapy, "passage_therapy": therapy}
                if discourse.passage_states_resistance(sentence):
                    scope["passage_resisted"] = therapy  # (else the paragraph only names it: no resisted therapy)
        if therapy is not None and discourse.resistance_section(sentence):
            scope["section_therapy"] = therapy
        just = discourse.just_resisted(sentence)
        if just is not None:
            scope["recent_resisted"] = just
        named = discourse.named_just_before(sentence)
        if named is not None:
            scope["prev_named"] = named
        failed = discourse.failed_just_before(sentence)
        if failed is not None:
            scope["prev_failed"] = failed
        studied = discourse.studied_therapy(sentence)
        if studied is not None:
            scope["study_therapy"] = studied
        reported = studied or discourse.titled_therapy()
        if reported is not None:
            scope["report_therapy"] = reported
            scope["own_therapy"] = (reported,)  # (for every rule's guards: whose responders a sentence speaks of)
        if previous.get("section") == sentence.section:
            scope.update({k: v for k, v in previous.items() if k != "section"})
        before = len(out.assertions)
        read_sentence(out, ctx, sentence, rules, rec, scope, discourse)
        if _FIELD_LINE.match(sentence.text):
            del out.assertions[before:]  # its names count (entities, what follows); its commas part items, no statement
        _drop_placeholder_beside_named_cause(out, before)
        previous = _stated_causes(out, before, sentence)
        discourse.note_stated_causes(sentence, (a.subject for a in out.assertions[before:]
                                                if a.predicate == "confers_resistance_to" and not _placeholder(out, a.subject)))
        discourse.note(sentence, rec)
    _overcome_the_one_stated_cause(out)
    _drop_vacuous_placeholders(out)
    return out


def _placeholder(out: Emitter, node_id: str) -> bool:
    """The node is the bare "resistance to X" a rescue of X resistance hangs on (:func:`builders.guards.resistance_to`)."""
    return out.entities[node_id].name.startswith("resistance to ")


def _drop_placeholder_beside_named_cause(out: Emitter, before: int) -> None:
    """A sentence that names what mediates the resistance to X it says is overcome ("IL-17A blockade could
    restore sensitivity to PD-1 inhibition": IL-17A-mediated resistance) does not also state the bare
    "resistance to X": that placeholder, and what is said of it, is left out for this sentence."""
    mine = out.assertions[before:]
    generic = {a.subject: a.object for a in mine if a.predicate == "confers_resistance_to"
               and _placeholder(out, a.subject)}
    if not generic:
        return
    overcome = {a.object for a in mine if a.predicate == "overcomes"}
    # (s59: also a cause said to go with the resistance, "MET amplification correlated with resistance to EGFR
    # blockade, which could be overcome by MET inhibitors": the resistance overcome is the one it marks)
    named = {a.object for a in mine if (a.predicate == "confers_resistance_to" or
                                        a.predicate == "predicts_resistance_to" and a.supported)
             and a.subject in overcome and a.subject not in generic}
    drop = {g for g, therapy in generic.items() if therapy in named}
    if drop:
        out.assertions[before:] = [a for a in mine if a.subject not in drop and a.object not in drop]


def _overcome_the_one_stated_cause(out: Emitter) -> None:
    """A therapy said to overcome "resistance to X" also overcomes the cause of resistance to X, when
    the document names exactly one ("resistance to regorafenib can be caused by mutations in FBW7 ...
    Mcl-1 inhibition overcomes regorafenib resistance"). Several named causes, or none but causes named for a
    class of X: those of the one gene the added drug acts on (:mod:`builders.cause_join`), else none is chosen; a
    statement that did not hold (does_not_support) gives nothing. The new fact keeps the evidence and
    qualifiers (a hedge stays a hypothesis) of the sentence that stated the rescue."""
    causes: dict[str, set] = {}
    for a in out.assertions:
        if a.predicate == "confers_resistance_to" and a.supported and not _placeholder(out, a.subject):
            causes.setdefault(a.object, set()).add(a.subject)
    generic = {a.subject: a.object for a in out.assertions if a.predicate == "confers_resistance_to"
               and _placeholder(out, a.subject)}
    done = {(a.subject, a.object) for a in out.assertions if a.predicate == "overcomes"}
    facts, members = None, {}  # indexed once, when a rescue has several causes to choose from
    starts = None  # where the document's sentences start, once, when a rescue is read through its partner's target
    for a in list(out.assertions):
        if a.predicate != "overcomes" or not a.supported or a.object not in generic:
            continue
        resisted = generic[a.object]
        named = causes.get(resisted, set())
        if len(named) != 1:  # none or several: those the added drug acts on, also among its class's causes
            if facts is None:
                facts = facts_by_subject(out.assertions)
                members = pathway_members(facts)
            named = causes_the_partner_acts_on(out, facts, a.subject, resisted,
                                               named | causes_of_its_classes(out.ctx.vocab, resisted, causes), members)
        if not named:
            if starts is None:
                starts = [s.start for s in out.doc.sentences]
            _through_the_partners_target(out, facts, a, resisted, done, starts)
        for cause in sorted(named):
            if (a.subject, cause) in done:
                continue
            done.add((a.subject, cause))
            out.fact(out.entities[a.subject], "overcomes", out.entities[cause], a.evidence[0], **dict(a.qualifiers))


# a rescue stated only as a synergy ("A was synergistic with B", "A synergizes with B"), with no word of a resistance
# reverted ("restored sensitivity", "overcame resistance", "resensitized"): no mediator of the resistance is inferred
_SYNERGY_WORD = lazy_compile(r"\bsynerg", re.I)
_REVERSAL_WORD = lazy_compile(r"\b(?:overc[ao]m|revers|restor|re-?sensiti|sensiti[sz]|circumvent|rescu|abrogat|"
                              r"counteract|abolish|bypass|re-?establish|regain)\w*", re.I)


def _through_the_partners_target(out: Emitter, facts: dict, a, resisted: str, done: set, starts: list) -> None:
    """A rescue of "resistance to X" the document names no cause for that the added drug acts on: the resistance it
    reverts is read as mediated by that drug's one target (:func:`builders.cause_join.target_the_partner_acts_on`;
    "QX-12, a GLS1 inhibitor, restored sensitivity to cetuximab": "GLS-mediated resistance" involves GLS, confers
    resistance to cetuximab as an association, inferred from the reversal, or as a hypothesis where the rescue is
    hedged, and the rescuer overcomes it). As with a cause the document names, the rescue of the bare "resistance to
    X" stays beside it (what overcomes resistance to X, whatever runs it). Only where the rescue's sentence names X
    itself: a rescue of a resistance the sentence before named ("Cells became resistant to cetuximab. Treatment with
    sotorasib restored sensitivity") is read with X added to the rescuer, and that added combination, which no
    sentence states, is too weak a ground for a mechanism."""
    if not _mentioned_in(out, resisted, a.evidence[0], starts):
        return
    if _SYNERGY_WORD.search(a.evidence[0].sentence) and not _REVERSAL_WORD.search(a.evidence[0].sentence):
        return  # "inhibiting X was synergistic with Y": a synergy says the two work better together, not what resists Y
    gene = target_the_partner_acts_on(out, facts, a.subject, resisted, a.evidence[0].sentence)
    if gene is None:
        return
    mech = mechanism(f"{gene.name}-mediated resistance", [], cls="other")
    quals = dict(a.qualifiers)
    evidence = a.evidence[0]
    out.fact(mech, "involves", gene, evidence)
    out.fact(mech, "confers_resistance_to", out.entities[resisted], evidence, mechanism_class="other",
             certainty=quals.get("certainty") or "association")
    if (a.subject, mech.id) not in done:
        done.add((a.subject, mech.id))
        out.fact(out.entities[a.subject], "overcomes", out.entities.get(mech.id, mech), evidence,
                 **{**quals, "mechanism_class": "other"})


def _mentioned_in(out: Emitter, entity_id: str, evidence, starts: list) -> bool:
    """Whether the sentence of ``evidence`` mentions ``entity_id`` itself (its recognised mentions, read once per
    sentence; ``starts`` where the document's sentences start; a span that is no sentence of the document, such as a
    table row, counts as mentioning it)."""
    sentences = out.doc.sentences
    i = bisect.bisect_left(starts, evidence.start)
    if i >= len(sentences) or sentences[i].start != evidence.start or sentences[i].end != evidence.end:
        return True
    return any(m.entity.id == entity_id for m in out.ctx.recognize(sentences[i]).mentions)


def _drop_vacuous_placeholders(out: Emitter) -> None:
    """"resistance to X confers resistance to X" says nothing: the placeholder's own edge served the reading
    (:func:`_overcome_the_one_stated_cause`) and is not stated. What overcomes the placeholder stays."""
    out.assertions[:] = [a for a in out.assertions
                         if not (a.predicate == "confers_resistance_to" and _placeholder(out, a.subject))]


def _stated_causes(out: Emitter, before: int, sentence: Sentence) -> dict:
    """The causes and the one therapy they resist that a sentence's facts state (named causes, not "resistance to
    X"), for the next sentence's "... is a potential strategy for this purpose" or "the combination of X and Y is
    highly effective": every cause given for that one therapy (``prev_causes``, in the order stated; ``prev_cause``
    the first, or the only one), as a partner of the next sentence counters one cause and not another ("resistance
    to X arises from KRAS amplification and EGFR signalling": an EGFR inhibitor counters EGFR signalling); and the one
    thing its facts say a therapy overcomes, for the next sentence's "similar results were observed with Y"."""
    pairs = [(a.subject, a.object) for a in out.assertions[before:] if a.predicate == "confers_resistance_to"]
    causes = list(dict.fromkeys(s for s, _ in pairs if not _placeholder(out, s)))
    resisted = {o for s, o in pairs if s in causes}
    if len(resisted) > 1:
        resisted = _drug_not_its_class(out, before, resisted)
    found = {}
    if causes and len(resisted) == 1:
        found = {"prev_cause": out.entities[causes[0]], "prev_causes": tuple(out.entities[c] for c in causes),
                 "prev_resisted": out.entities[next(iter(resisted))]}
    # the one thing the sentence says a therapy overcomes, for the next sentence's "similar results were observed
    # with Y"
    overcome = {a.object for a in out.assertions[before:] if a.predicate == "overcomes" and a.supported
                and not _placeholder(out, a.object)}
    if len(overcome) == 1:
        found["prev_overcome"] = out.entities[next(iter(overcome))]
    return {"section": sentence.section, **found} if found else {}


def _drug_not_its_class(out: Emitter, before: int, resisted: set) -> set:
    """Of the therapies a sentence's causes resist, the drug where the rest is only its class, which the sentence
    names in apposition ("MRTX1133, a novel KRAS G12D inhibitor, led to feedback activation of EGFR": the resisted
    therapy is MRTX1133, read a second time as its class); the therapies as they are otherwise."""
    members = {(a.subject, a.object) for a in out.assertions[before:] if a.predicate == "member_of"}
    vocab = out.ctx.vocab
    drugs = {d for d in resisted if all(c == d or (d, c) in members or vocab.in_class(d, c) for c in resisted)}
    return drugs if len(drugs) == 1 else resisted


def _respectively_for_match(m: MatchContext, clause) -> bool:
    """"HGF and IL-6 activate MET and STAT3, respectively" pairs the lists of the match; a "respectively" after
    another list that follows the match ("X and Y, inhibitors of A and B, were approved in 2018 and 2019,
    respectively") pairs that list, not the match's."""
    hits = [i for i in range(max(clause.lo, 0), min(clause.hi, len(m.tokens))) if "respectively" in m.tokens[i].cues]
    if not hits:
        return False
    if any(i < m.match.end for i in hits):
        return True
    between = m.tokens[m.match.end:hits[0]]
    return not any(t.lower in ("and", "or") for t in between)
