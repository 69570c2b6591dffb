"""Named procedures the rule tables refer to: guards, slot transforms and qualifier functions.

Rules are data (``ontology/rules/*.yaml``); the few decisions that are truly procedural live here,
each a small function registered under the name the tables use:

* a **guard** ``(m) -> bool`` accepts or refuses a match;
* a **transform** ``(entity, m) -> Entity | None`` turns a captured entity into the one the fact
  is about (a gene named as a cause becomes its alteration or a mechanism) or drops it; it may
  record side facts with ``m.side``;
* a **qualifier** function ``(m, subject, object) -> str | None`` computes a qualifier value.

``m`` is a :class:`MatchContext`: the sentence, its tokens and clause, the match, the reading
context (vocabulary, recogniser) and the cue hits.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from builders.combined_rescuers import covering_combination, partners_after, resisted_it_joined
from builders.asides import EXCLUSION_CUE
from builders.denial import denied_after
from builders.treatment_sequence import before_last_in_sequence
from builders.few_carriers import few_carriers, rarity_said, share_of_carriers
from builders.numbered_causes import listed_cause_scope
from builders.side_by_side_rates import higher_first
from builders.carriers_result import next_sentence, response_reported
from builders.state_reversal import cold_state_named
from builders.context import sentences_speaking  # (also for builders/table_rescues.py)
from builders.resistant_lines import is_resistant_subline
from builders.class_blockers import own_part_named, treatment_phrase_before
from builders.subgroup_gain import benefit_unweakened, one_group_span, values_only
from builders.document import BLANK_LINE, collapse
from builders.engine import MARKER_CHANGE_NOUNS, participle_aside_end, setting_modifier_object
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.level_direction import gene_keys, level_directions
from builders.mechanism_names import RAISED_WORDS
from builders.worse_outcome_markers import worse_outcome_markers
from builders.patterns import GOVERNED_GENES_AFTER, _EXPERIMENT_BEFORE, _level_entity, _singular_cells, expression_entity, inhibitor_class, \
    status_entity, allele_inhibitor_class, short_aliases, cell_directed_class, \
    cell_recruitment_inhibitor, mirna_agent
from builders.regimen_names import STANDARD_OF_CARE, _chemotherapy_drugs
from builders.word_patterns import whole_word
from kg.ids import mint
from kg.model import Entity
from kg.groups import CARRIER, PREDICTOR, THERAPY

GUARDS: dict = {}
TRANSFORMS: dict = {}
QUALIFIERS: dict = {}


def _register(registry: dict, fn, kind: str):
    """File ``fn`` under its name; a second function of the same name would silently replace the first in every
    rule that names it, so it is refused."""
    if fn.__name__ in registry:
        raise ValueError(f"two {kind}s named {fn.__name__!r} ({fn.__module__}): rename one")
    registry[fn.__name__] = fn
    return fn


def guard(fn):
    return _register(GUARDS, fn, "guard")


def transform(results):
    """Register a transform; ``results`` says which categories it may produce (a set or a function
    of the slot's categories), so the rule loader can check emitted triples against the schema."""
    def wrap(fn):
        fn.results = results
        return _register(TRANSFORMS, fn, "transform")
    return wrap


def qualifier(fn):
    return _register(QUALIFIERS, fn, "qualifier")


# the context the discourse supplies as several entities (a tuple), read by guards and transforms, never a slot:
# prev_causes: every cause the previous sentence stated for the one therapy it says is resisted (prev_cause is the
# first). Every other scope value is one entity.
# own_therapy: the therapy the report's own study gave (the studied therapy, else the title's one therapy), for the
# guards that ask whose responders a sentence speaks of (:func:`responders_of_scope_therapy`): report_therapy holds the
# same entity, but only the rules that emit to it see that one.
CONTEXT_LISTS = ("prev_causes", "own_therapy")


@dataclass
class MatchContext:
    text: str
    tokens: list
    clause: object
    match: object
    rule: object
    reading: object
    rec: object = None
    scope: dict = field(default_factory=dict)  # what the discourse supplies: {"therapy": Entity}
    slot_entities: dict = field(default_factory=dict)
    side: list = field(default_factory=list)  # (subject, predicate, object) facts transforms add
    qualified: dict = field(default_factory=dict)  # the qualifiers of the fact being emitted, as far as worked out

    def cue_in(self, lexicon: str, lo: int, hi: int) -> bool:
        return any(lexicon in self.tokens[i].cues for i in range(max(lo, 0), min(hi, len(self.tokens))))

    def any_cue_in(self, lexicons: tuple[str, ...], lo: int, hi: int) -> bool:
        """Does a token of ``lo:hi`` carry a cue of any of ``lexicons`` (one pass for several lexicons)?"""
        return any(lex in self.tokens[i].cues for i in range(max(lo, 0), min(hi, len(self.tokens))) for lex in lexicons)

    def first_cue(self, *lexicons: str) -> int | None:
        """The token where the match's cue of the first of ``lexicons`` it used stands (None if none)."""
        return next((self.match.cue_tokens[lex] for lex in lexicons if lex in self.match.cue_tokens), None)

    def token_of(self, slot: str) -> int:
        return self.match.slots[slot][0]

    def near_text(self, entity_token: int, before: int = 30, after: int = 30) -> str:
        if entity_token < 0:
            return ""
        t = self.tokens[entity_token]
        return self.text[max(0, t.start - before):t.end + after].lower()


# -- guards ---------------------------------------------------------------------------------------
@guard
def not_negated(m: MatchContext) -> bool:
    """No negation word inside the matched words or just before them ("did not confer"). The "no" of "no
    benefit" is no negation for a rule that reads that cue, but it is for one that reads the "benefit from" of
    "derived no benefit from"; the "not" of "not only" is none. The matched words begin at the first slot or at the first cue, whichever
    stands first ("No strategies to overcome X resistance, such as Y": the negation is before the cue). Nor
    a predicate of occurrence denying the matched words right after them (:func:`builders.denial.denied_after`).
    Likewise the "not" of a word for failing the rule reads ("A is still not suitable for X patients")."""
    first = _first_token(m)
    lo = max(m.clause.lo, first - 3)
    lack_cues = ("no_benefit", "no_benefit_verb", "lack_of_benefit", "pr_ineffective")
    reads_no_benefit = any(lex in m.match.cue_tokens for lex in lack_cues)
    for i in range(lo, m.match.end):
        t = m.tokens[i]
        if t.lower == "not" and i + 1 < len(m.tokens) and m.tokens[i + 1].lower == "only":
            continue  # "X not only confers resistance to Y but also ...": no negation
        if i < first and any(m.tokens[q].lower == "," for q in range(i + 1, first)):
            continue  # an opening phrase's own negation, closed by its comma ("When Wnt is not active, A degrades B")
        if "negation" in t.cues and _regardless_of_other(m, i):
            continue  # "A retains its activity regardless of B levels and is effective in ...": B's role denied
        if "negation" in t.cues and _optional_without(m.tokens, i):
            continue  # "A plus B with or without C": C is optional, nothing is denied
        if "negation" in t.cues and not (reads_no_benefit and any(c in t.cues for c in lack_cues)):
            return False
    # a negation of several words that opens further back and reaches the matched words ("in the absence of X")
    for i in range(max(m.clause.lo, first - 6), lo):
        if m.tokens[i].cues.get("negation", -1) > lo:
            return False
    # a negative quantifier heading the subject's phrase further back ("None of the patients with MET
    # amplification responded", "no tumours harbouring X were resistant"), with no comma or "and" between
    for i in range(first - 4, max(m.clause.lo, first - 7) - 1, -1):
        t = m.tokens[i]
        if t.lower in (",", ";", "and", "but", "or", "whereas", "while"):
            break
        if t.lower in ("no", "none", "neither") and "negation" in t.cues and not reads_no_benefit:
            return False
    if _excepted_carrier(m):
        return False
    # a predicate after the matched words denies them ("TAZ-driven panitumumab resistance was not observed")
    return not denied_after(m.text, m.tokens[m.match.end - 1].end)


# the words that set a group apart from what the clause says of the rest ("except for the MSI-H tumours", "with the
# exception of dMMR cancers", "other than those with ..."), up to three words between them and the group
_EXCEPT_BEFORE = lazy_compile(r"\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|excluding|other\s+than|apart\s+from|"
                              r"aside\s+from)\s+(?:in\s+)?(?:(?:patients|those|tumou?rs|cases)\s+(?:with|harbou?ring|"
                              r"carrying)\s+)?(?:the\s+|an?\s+)?(?:[\w\-%.]+\s+){0,3}$", re.I)


def _excepted_carrier(m: MatchContext) -> bool:
    """The marker or cause is the group a clause sets apart ("colon cancers, except for the MSI-H ones, do not
    respond to ICIs", "with the exception of dMMR tumours, CRCs are resistant to ICIs"): what is said is said of
    the others. (An exception set off by commas inside the clause is an aside, builders/asides.py; this is the one
    that opens the sentence or follows the statement.)"""
    return _words_before_carrier(m, _EXCEPT_BEFORE, 60)


def _words_before_carrier(m: MatchContext, pattern, reach: int) -> bool:
    """Whether ``pattern`` ends right before the match's marker or cause, within ``reach`` characters of the clause."""
    for name in ("marker", "cause"):
        slot = m.match.slots.get(name)
        if slot:
            t = m.tokens[min(slot)]
            if pattern.search(m.text, max(m.tokens[m.clause.lo].start, t.start - reach), t.start):
                return True
    return False


def _regardless_of_other(m: MatchContext, i: int) -> bool:
    """Token ``i`` opens "regardless of" / "irrespective of" inside the matched words, after their first slot, and
    what it governs (up to a comma, "and" or "but") is none of the match's slots: "A retains its activity regardless
    of baseline B levels and may be effective in ..." denies that B levels matter, not what A is said to do."""
    if m.tokens[i].lower not in ("regardless", "irrespective") or i <= m.match.start:
        return False
    slotted = {k for idx in m.match.slots.values() for k in idx}
    named = False
    for j in range(i + 2, min(i + 9, m.match.end)):
        tok = m.tokens[j]
        if tok.lower in (",", ";", "and", "but", "or"):
            break
        if j in slotted:
            return False
        named = named or bool(tok.entities)
    return named


# "X resistance is common in HER2-positive disease", "... is frequently observed among patients with ...": where the
# resistance arises, not what it consists of
_OCCURS_IN = lazy_compile(r"\b(?:common|frequent|prevalent|rare|uncommon|seen|observed|found|reported|documented|"
                          r"inevitable|universal|ubiquitous|occurs?|occurred|arises?|develops?|emerges?)\s+"
                          r"(?:[\w\-]+\s+){0,2}?(?:in|among|within)\b", re.I)


def _cause_is_where_resistance_occurs(m: MatchContext) -> bool:
    """Between the "is" and the cause a word of occurrence opens a place ("trastuzumab resistance is common in
    patients with ..."): the cause is named as the population the resistance arises in."""
    cue = m.first_cue("include")
    causes = m.match.slots.get("cause") or ()
    if cue is None or not causes:
        return False
    return bool(_OCCURS_IN.search(m.text, m.tokens[cue].start, m.tokens[min(causes)].start))


@guard
def cause_not_where_resistance_occurs(m: MatchContext) -> bool:
    """The population the resistance is said to arise in is no cause when the resisted therapy acts on its gene
    ("trastuzumab resistance is common in HER2-amplified disease": the population the drug is given to);
    another population is kept, as an association (:func:`population_certainty`); "anti-EGFR resistance
    mechanisms include alterations in KRAS" names no place and is read as it stands."""
    if not _cause_is_where_resistance_occurs(m):
        return True
    vocab = m.reading.vocab
    targets = _targets_of_therapies(m)
    for cause in m.slot_entities.get("cause", ()):
        gene = vocab.gene_entity(cause.attr("gene") or "") if cause.category != "Gene" else cause
        if gene is not None and gene.id in targets:
            return False
    return True


@guard
def process_tied_to_resistance(m: MatchContext) -> bool:
    """A general tumour process the therapy reverses ("CCR5 blockade reverses pro-metastatic inflammation")
    is a resistance it overcomes only when the sentence speaks of resistance or of restored sensitivity
    ("... reversed the inflammation that drives oxaliplatin resistance"), or the passage names another
    therapy being resisted (a section on strategies that enhance the efficacy of ICIs); other targets pass."""
    general = set(m.reading.vocab.lexicon.get("general_processes", ()))
    if not any(e.name in general for e in m.slot_entities.get("target", ())):
        return True
    resisted = scope_resisted(m)
    if resisted is not None and resisted.id not in {e.id for e in m.slot_entities.get("therapy", ())}:
        return True  # the passage names the therapy being resisted ("... to enhance the efficacy of ICIs")
    n = len(m.tokens)
    return any(m.cue_in(lex, 0, n) for lex in ("resistance", "resistant", "immune_resistance", "sensitize",
                                               "sensitize_more"))


@guard
def resistance_not_denied(m: MatchContext) -> bool:
    """The sentence does not go on to deny the resistance the statement implies ("KRAS mutations emerged
    during cetuximab therapy but did not cause resistance"): no negation within four words before a
    resistance word after the match."""
    for i in range(m.match.end, len(m.tokens)):
        if "resistance" in m.tokens[i].cues and any("negation" in m.tokens[k].cues
                                                    for k in range(max(m.match.end, i - 4), i)):
            return False
    return True


def _clause_not_both_statuses(m: MatchContext) -> bool:
    """False when a benefit or a resistance is said of both the carriers and the non-carriers ("both patients with
    KRAS-mutated and those with KRAS wild-type tumours could benefit from bevacizumab"): the marker
    predicts nothing. The clause says "both" or "either" and names the wild type and an alteration of
    one gene (a contrast, "8% in KRAS-mutant vs 40% in KRAS wild-type", says neither word)."""
    lo, hi = m.clause.lo, m.clause.hi
    if not any(m.tokens[i].lower in ("both", "either") for i in range(lo, hi)):
        return True
    wild, altered = set(), set()
    for i in range(lo, hi):
        for e in m.tokens[i].entities:
            gene = e.attr("gene")
            if not gene:
                continue
            if e.attr("biomarker_kind") == "wild_type":
                wild.add(gene)
            elif e.category == "Alteration":
                altered.add(gene)
    return not (wild & altered)  # True: the clause does not give it to both


@guard
def not_hedged_away(m: MatchContext) -> bool:
    """Refuse statements the sentence itself doubts ("it remains unclear whether ...") or takes back after
    them ("..., but this was not confirmed in larger studies"), and a statement put as an open question
    ("whether X confers resistance to A is unknown")."""
    if m.cue_in("whether", m.clause.lo, m.match.start) and m.cue_in("open_question", m.match.end, m.clause.hi):
        return False
    return not m.cue_in("doubt", m.clause.lo, m.clause.hi) and not m.cue_in("refuted", m.match.end, len(m.tokens))


# "by inducing", "through promoting": the therapy brings about what follows, the way it works, no cause it removes;
# so "through its effects on miR-X-mediated Y expression", "via their action on": the overcoming agent's own means
_BY_BRINGING_ABOUT = lazy_compile(r"\b(?:by|through|via)\s+(?:(?:its|their)\b|(?:\w+ly\s+)?(?:inducing|promoting|triggering|"
                                  r"activating|enhancing|increasing|stimulating|causing|eliciting|provoking|upregulating|"
                                  r"up-regulating|reactivating|restoring|elevating|raising|boosting|augmenting|potentiating|"
                                  r"re-?expressing|recruiting|engaging)\b)", re.I)


@guard
def association_found(m: MatchContext) -> bool:
    """An association written as a noun ("the association between X mutations and resistance to Y was
    investigated") is a finding only when its clause does not set it out as what was studied or discussed."""
    return not m.cue_in("study_aim", m.match.end, m.clause.hi)


# a verb of bringing a state about, right before the state it brought about ("unleashed T-cell infiltration")
_BRINGS_ABOUT_BEFORE = lazy_compile(r"\b(?:unleash|induc|promot|trigger|boost|elicit|provok|evok|generat|reinvigorat|"
                                    r"driv|drove|facilitat|stimulat|restor|reinstat|increas|enhanc|augment|rais|"
                                    # (tumours an intervention made answer: "rendered MSS tumours sensitive to A")
                                    r"render|made|make|convert|turn)\w*\s+"
                                    r"(?:(?:the|an?|robust|strong|marked|massive|greater|more)\s+)*$", re.I)


@guard
def marker_not_brought_about(m: MatchContext) -> bool:
    """The marker is not the object of a verb of bringing about ("blocking TGF-beta unleashed T-cell infiltration and
    made tumours responsive to anti-PD-L1"), nor the tumours an intervention made answer ("TGF-beta blockade rendered
    MSS tumours sensitive to PD-1 blockade"): a state something caused, on the way to a response, is that
    intervention's effect, and the carriers it made respond say nothing of how carriers respond untreated; a
    prediction needs the text to say the marker predicts or that its carriers respond."""
    first = m.match.slots.get("marker")
    if not first:
        return True
    start = m.tokens[first[0]].start
    lo = m.tokens[m.clause.lo].start if m.clause.lo < len(m.tokens) else 0
    return not _BRINGS_ABOUT_BEFORE.search(m.text, max(lo, start - 40), start)


# what stands before an adjective "delayed" / "suppressed" of a resistance a patient has ("had delayed resistance")
_HAVING_BEFORE = frozenset({"a", "an", "the", "with", "of", "had", "has", "have", "having", "showed", "show", "shows",
                            "developed", "develop", "develops", "exhibited", "displayed", "experienced"})


_FORESTALL_WORD = lazy_compile(r"(?:prevent|delay|forestall|postpon|avert|suppress)")


@guard
def forestalling_said_as_verb(m: MatchContext) -> bool:
    """The word of preventing or delaying is the verb of the therapy's clause, not an adjective of the resistance
    someone has ("patients on A had delayed resistance to B"), nor a passive without its agent ("was suppressed")."""
    at = m.match.cue_tokens.get("forestall_resistance")
    if at is None:
        at = m.match.cue_tokens.get("overcome")  # "delayed resistance" read as a word of overcoming
        if at is None or not _FORESTALL_WORD.match(m.tokens[at].lower):
            return True
    if at <= m.clause.lo:
        return True
    before = m.tokens[at - 1].lower
    return before not in _HAVING_BEFORE and (before not in _SG_BE or m.tokens[at].lower == "unaffected")


@guard
def cause_not_brought_about(m: MatchContext) -> bool:
    """"A overcomes cetuximab resistance by inducing autophagy-dependent ferroptosis", "... by upregulating PUMA",
    "A overcomes it through activating AMPK": what the therapy induces or raises is how it works, not the cause of
    the resistance it overcomes (that is the resistance or the thing named before the means, "it", "this resistance").
    Read between the "by" of a cause and the target, else between the verb of overcoming and the target."""
    at = m.match.cue_tokens.get("by_cause")
    targets = m.match.slots.get("target") or ()
    if not targets:
        return True
    if at is not None:
        return not _BY_BRINGING_ABOUT.match(m.text, m.tokens[at].start, m.tokens[min(targets)].start)
    at = m.first_cue("overcome", "restore", "sensitize")
    if at is None or at >= min(targets):
        return True
    return not _BY_BRINGING_ABOUT.search(m.text, m.tokens[at].end, m.tokens[min(targets)].start)


@guard
def cause_not_the_means_of_overcoming(m: MatchContext) -> bool:
    """"A overcomes resistance to cetuximab via inducing PUMA": the resistance is overcome, and what follows its
    "by"/"via" is what the overcoming therapy raises (how it works), never a cause of that resistance. A resistance
    no verb of overcoming governs keeps its means ("cells acquire resistance to cetuximab by activating MET")."""
    at = m.match.cue_tokens.get("by_cause")
    causes = m.match.slots.get("cause") or ()
    if at is None or not causes:
        return True
    if not m.any_cue_in(("overcome", "restore", "sensitize"), m.clause.lo, m.match.start):
        return True
    return not _BY_BRINGING_ABOUT.match(m.text, m.tokens[at].start, m.tokens[min(causes)].start)


@guard
def overcome_said_actively(m: MatchContext) -> bool:
    """The verb of overcoming is active: in "the efficacy of cetuximab was abrogated by ERBB2 amplification" (a
    form of "be", an adverb allowed, before the verb and "by" after it) the therapy is what is overcome, not
    what overcomes; so it is in "panitumumab activity is abolished in cells with NRAS mutations", where the
    passive names no agent (a form of "be" before a verb in "-ing" is active: "cetuximab is overcoming ...").
    A noun of overcoming that opens a new clause after a comma ("X reduced the efficacy of cetuximab, and
    abrogation of Y signalling potentiated it") has its own agent, never the therapy of the clause before."""
    at = m.match.cue_tokens.get("overcome")
    if at is None:
        return True
    toks = m.tokens
    if at + 1 < len(toks) and toks[at + 1].lower == "of":
        k = at - 1
        while k >= m.clause.lo and toks[k].lower in ("the", "a", "an"):
            k -= 1
        if k >= m.clause.lo and (toks[k].lower in (",", ";") or (
                toks[k].lower in ("and", "but", "while", "whereas") and k - 1 >= m.clause.lo and toks[k - 1].lower == ",")):
            return False
    j = at - 1
    if j >= m.clause.lo and toks[j].lower.endswith("ly"):
        j -= 1
    return not (j >= m.clause.lo and toks[j].lower in _SG_BE and not toks[at].lower.endswith("ing"))


@guard
def resistance_not_lessened(m: MatchContext) -> bool:
    """"oxaliplatin resistance was diminished by knockdown of X": what lessens a resistance is no cause of it.
    Refuses a match whose words hold a passive verb of lessening (a ``lessened_passive`` cue after a form
    of "be", an adverb allowed between), and a match whose resistance is the object of a noun of lessening
    before it ("the reversal of oxaliplatin resistance by knockdown of X": X's loss relieves the resistance)."""
    if _lessening_noun_before(m):
        return False
    for i in range(max(m.match.start, m.clause.lo), m.match.end):
        if "lessened_passive" not in m.tokens[i].cues:
            continue
        j = i - 1
        if j >= m.clause.lo and m.tokens[j].lower.endswith("ly"):
            j -= 1
        if j >= m.clause.lo and m.tokens[j].lower in _SG_BE:
            return False
    return True


_LESSENING_NOUN = lazy_compile(r"(?:revers(?:e|al|ion)|overcoming|circumvention|attenuation|abrogation|alleviation|reduction|"
                               r"mitigation|suppression|inhibition|elimination|relief|prevention)$", re.I)


# a verb whose object is the resistance it lessens: "A overcomes cetuximab resistance by inducing ferroptosis"
_LESSENING_VERB = lazy_compile(r"(?:overcom(?:e|es|ing)|overcame|revers(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|"
                               r"abrogat(?:e|es|ed|ing)|alleviat(?:e|es|ed|ing)|attenuat(?:e|es|ed|ing)|"
                               r"mitigat(?:e|es|ed|ing)|prevent(?:s|ed|ing)?|suppress(?:es|ed|ing)?)$", re.I)


def _lessening_noun_before(m: MatchContext) -> bool:
    """The match opens after "<noun of lessening> of (the)": "reversal of (the) 5-FU resistance by ...", or after a verb
    of lessening: "A overcomes cetuximab resistance by inducing autophagy-dependent ferroptosis" (what follows "by" is
    how the resistance is overcome, no cause of it)."""
    j = m.match.start - 1
    if j >= m.clause.lo and m.tokens[j].lower == "the":
        j -= 1
    if j >= m.clause.lo and _LESSENING_VERB.match(m.tokens[j].text) and any(
            m.tokens[i].lower in ("by", "through", "via") and m.tokens[i + 1].lower.endswith("ing")
            for i in range(m.match.start, min(m.match.end, len(m.tokens) - 1))):
        return True  # (not "A overcomes resistance mediated by MET amplification": the resistance's cause, named)
    return (j - 1 >= m.clause.lo and m.tokens[j].lower == "of" and
            bool(_LESSENING_NOUN.search(m.tokens[j - 1].text)))


@guard
def model_is_cell_line(m: MatchContext) -> bool:
    """The ``line`` slot names a cell line (``role: line`` in cell_types.yaml): the model treated, not a cell
    population that could act ("knockdown of X sensitized HCT116 cells to 5-FU")."""
    found = m.slot_entities.get("line", ())
    return bool(found) and all(e.attr("cell_line") for e in found)


@guard
def about_crc(m: MatchContext) -> bool:
    """The sentence is not about another cancer only (a breast-cancer trial cited for comparison)."""
    from builders.context import about_other_cancer

    # a contrast after the statement is left out, whichever cancer it names ("BRAF inhibition reactivates EGFR,
    # whereas melanoma cells express little EGFR" is about colorectal cancer; "in breast cancer X overcomes Y,
    # whereas data in CRC are few" is not)
    cut = _CONTRAST_AFTER.search(m.text, m.tokens[m.match.end - 1].end)
    return not about_other_cancer(m.text[:cut.start()] if cut else m.text)


_CONTRAST_AFTER = lazy_compile(r",?\s+(?:whereas|while|unlike|in contrast to|in contrast with|by contrast|as opposed to)\s", re.I)


@guard
def not_a_share(m: MatchContext) -> bool:
    """"up to 50% of patients with X resist": a share of patients, not a predictor; nor "only a minority of MSS
    tumours respond", where the few who respond say nothing of the marker; for a rule that reads a marker predicting
    response, nor few carriers or a rarity said to respond (:func:`not_few_responders`: "few KRAS-mutant tumours
    respond to A", "MSS tumours with an improved response to A are rare")."""
    return not _share_named(m, m.clause.hi) and not_few_responders(m)


@guard
def no_share_up_to_match(m: MatchContext) -> bool:
    """"in 40% of patients with MSS tumours ICIs are ineffective": a share of patients named before the statement
    ends is not a predictor (as ``not_a_share``); a share the sentence names only after it ("..., although 15% of
    patients may still respond") leaves the statement about all carriers."""
    return not _share_named(m, m.match.end)


_SHARE_OF_PATIENTS = lazy_compile(r"\d+(?:\.\d+)?\s*% of (?:[\w\-/]+ ){0,3}(?:patients|cases|tumou?rs|m?CRCs?|cancers|carcinomas|subjects)\b",
                                  re.I)


# an aside on how common the marker is (", found in 10% of tumours,", ", which occur in about 4% of cases,"): the
# share of all tumours that carry it, not a share of the carriers the statement is about
_PREVALENCE_ASIDE = lazy_compile(r",\s*(?:found|detected|present|observed|seen|identified|reported|occurring|"
                                 r"which\s+(?:occurs?|are\s+(?:found|present|detected|seen)|is\s+(?:found|present|"
                                 r"detected|seen)))\s+in\s+[^,;()]{0,60},", re.I)


def _share_named(m: MatchContext, end: int) -> bool:
    """Whether the clause, from its start to token ``end`` (exclusive), names a share or a few of the patients
    (outside an aside on how common the marker is)."""
    span = _clause_words(m, m.clause.lo, end)
    if "," in span:
        span = _PREVALENCE_ASIDE.sub(", ", span)
    return _SHARE_OF_PATIENTS.search(span) is not None or _FEW_OF.search(span) is not None


def _clause_words(m: MatchContext, lo: int, end: int) -> str:
    """The text of tokens ``lo`` .. ``end`` - 1 of the clause; for a clause read with a subject carried over, only its
    own words ("X occurs in 10% of patients and predicts ...": "X predicts ..."; builders/shared_subject.py)."""
    if m.clause.origin is None:
        return m.text[m.tokens[lo].start:m.tokens[end - 1].end]
    runs, start = [], lo
    for k in range(lo + 1, end + 1):
        if k == end or m.clause.origin[k] != m.clause.origin[k - 1] + 1:
            runs.append(m.text[m.tokens[start].start:m.tokens[k - 1].end])
            start = k
    return " ".join(runs)


# "patients with X who fail to respond to Y" (no comma before "who"): the relative clause picks some patients out
_RESTRICTIVE_RELATIVE_BEFORE = lazy_compile(r"(?<![,;(])\s(?:who|that)\s+(?:(?:have|had|has|then|subsequently|later|"
                                            r"previously)\s+)?$", re.I)


@guard
def carriers_not_picked_by_failure(m: MatchContext) -> bool:
    """"cetuximab is indicated for patients with EGFR-positive mCRC who fail to respond to irinotecan", "patients
    with BRAF V600E tumours who do not respond to chemotherapy have a dismal prognosis": a relative clause picks out
    the carriers who failed a therapy (whom a drug is for, whom a trial took); it says nothing of what the marker
    does. Set off by a comma ("patients with KRAS mutations, who do not respond to cetuximab") it speaks of all."""
    verb = m.first_cue("no_response_verb", "no_benefit_verb")
    if verb is None:
        return True
    start = m.tokens[verb].start
    return not _RESTRICTIVE_RELATIVE_BEFORE.search(m.text, max(0, start - 30), start)


# a concession set between a marker and the failure to respond ("had a high mutational load but did not respond"), or
# opening the marker's own clause ("despite MSI-H status", "although their tumours were MSI-H")
# (never "not only ... but also", nor a "however" that turns from the sentence before)
_CONCESSION_BETWEEN = lazy_compile(r"\b(?:but|yet)\b(?!\s+also)", re.I)
_NOT_ONLY = lazy_compile(r"\bnot\s+only\b", re.I)
# (the marker the concession's own object: "despite high TMB", "despite their MSI-H status", "despite harbouring a
# high mutational load"; never a concession of something else before it, "despite dose escalation all KRAS-mutant
# patients failed")
_CONCESSION_BEFORE = lazy_compile(
    r"\b(?:despite|in\s+spite\s+of|notwithstanding)\s+(?:(?:having|harbou?ring|carrying|showing|being)\s+)?"
    r"(?:(?:a|an|the|their|its|his|her)\s+)?(?:(?:very\s+)?(?:high|higher|elevated|increased|low|lower|reduced|"
    r"positive|strong|known|confirmed|documented)\s+)?$", re.I)


@guard
def marker_not_conceded(m: MatchContext) -> bool:
    """"Both patients had a high mutational load but did not respond to PD-1 blockade", "despite high TMB, the
    tumour failed to respond to nivolumab": a marker conceded against the failure is one that led to expect a
    response; the failure is reported in spite of it, so it neither causes nor predicts the resistance."""
    slots = m.match.slots.get("marker", ())
    verb = m.first_cue("no_response_verb", "no_benefit_verb")
    if not slots or verb is None:
        return True
    lo, hi = m.tokens[slots[0]].start, m.tokens[slots[-1]].end
    vstart = m.tokens[verb].start
    if hi < vstart and _CONCESSION_BETWEEN.search(m.text, hi, vstart) and not _NOT_ONLY.search(m.text, max(0, lo - 40), vstart):
        return False
    return not _CONCESSION_BEFORE.search(m.text, max(0, lo - 60), lo)


# "MSI-H tumours resistant to chemotherapy", "RAS wild-type mCRC refractory to cetuximab", "pMMR patients with primary
# resistance", "BRAF V600E patients who progressed on ...": the carriers narrowed to those who failed a therapy
# (the carriers' noun after the marker, if any: "MSI-H tumours", "RAS wild-type metastatic CRC")
_CARRIER_NOUN = r"(?:[\s\-]+(?:metastatic\s+)?(?:m?CRCs?|colorectal\s+cancers?|tumou?rs?|patients|disease|cancers?|cases))?"
_NARROWED_BY_FAILURE = lazy_compile(rf"{_CARRIER_NOUN}\s*(?:(?:that|who)\s+(?:are|were|is|was|have\s+been|had\s+been)\s+)?"
                                    r"(?:resistant|refractory|insensitive|unresponsive)\b|"
                                    rf"{_CARRIER_NOUN}\s*(?:with\s+(?:primary|acquired|intrinsic|secondary)\s+resistance|"
                                    r"(?:who|that)\s+(?:(?:had|have)\s+)?(?:progressed|failed|relapsed))\b", re.I)


@guard
def carriers_not_narrowed_by_failure(m: MatchContext) -> bool:
    """"the limited efficacy of nivolumab in MSI-H tumours resistant to chemotherapy": the words after the marker
    narrow the carriers to those who already failed a therapy (or resist this one), so the small gain is said of that
    subset, not of the marker."""
    for i in m.match.slots.get("marker", ()):
        if _NARROWED_BY_FAILURE.match(m.text, m.tokens[i].end):
            return False
    return True


# "only a minority of", "only a small fraction of", "very few": the few carriers who respond
_FEW_OF = lazy_compile(r"\b(?:(?:only\s+)?a\s+minority\s+of|only\s+a\s+(?:small\s+|tiny\s+)?(?:fraction|subset|proportion|"
                       r"handful)\s+of|only\s+(?:a\s+)?few|very\s+few)\b", re.I)


def _names_therapy(m: MatchContext, lo: int, hi: int) -> bool:
    """Whether tokens ``lo`` to ``hi`` name a drug, a drug class or a regimen."""
    return any(e.category in THERAPY for t in m.tokens[lo:hi] for e in t.entities)


@guard
def escaper_not_a_therapy(m: MatchContext) -> bool:
    """What gets round a therapy by switching a node back on is the tumour or its cells, never a therapy named
    before the verb ("Regorafenib escapes ..." names a drug's action, not the tumour's escape)."""
    verb = m.first_cue("fb50_bypass")
    return verb is None or not _names_therapy(m, m.clause.lo, verb)


@guard
def no_named_therapy(m: MatchContext) -> bool:
    """The clause names no therapy (so the discourse's resisted therapy is the one meant)."""
    return not _names_therapy(m, m.clause.lo, m.clause.hi)


@guard
def responders_of_scope_therapy(m: MatchContext) -> bool:
    """The responders (or non-responders) a sentence compares without naming their therapy responded to the
    therapy in scope only when that is what the report's own study gave them: a report of a study of another
    therapy ("a phase II study of A plus B in patients resistant to C": "2 responders had X amplification, none of
    the non-responders") speaks of the responders to its own regimen, never of a class the patients had resisted
    before or the passage names elsewhere (the study's own therapy, or a drug of the class in scope, is kept).

    >>> from types import SimpleNamespace as N
    >>> vocab = N(in_class=lambda a, b: (a, b) == ("d1", "c1"))
    >>> ctx = lambda own, th: N(scope={"therapy": N(id=th), "own_therapy": (N(id=own),)} if own else {"therapy": N(id=th)},
    ...                         reading=N(vocab=vocab))
    >>> [responders_of_scope_therapy(ctx(o, t)) for o, t in [(None, "c1"), ("c1", "c1"), ("d1", "c1"), ("r1", "c1")]]
    [True, True, True, False]
    """
    own = m.scope.get("own_therapy") or ()
    therapy = m.scope.get("therapy")
    if not own or therapy is None:
        return True
    return all(o.id == therapy.id or m.reading.vocab.in_class(o.id, therapy.id) for o in own)


@guard
def no_therapy_after_match(m: MatchContext) -> bool:
    """The clause names no therapy after the match ("response to cetuximab was lower in right-sided tumours than
    to bevacizumab": weighed against another therapy, a relative verdict, no resistance)."""
    return not _names_therapy(m, m.match.end, m.clause.hi)


@guard
def outcome_of_no_other_therapy(m: MatchContext) -> bool:
    """The outcome the match ends on is not said of a therapy named after it ("among patients treated with FOLFOX,
    X predicted response to cetuximab": the response is cetuximab's, not FOLFOX's)."""
    return not _names_therapy(m, m.match.end, min(m.match.end + 4, len(m.tokens)))


@guard
def opens_sentence(m: MatchContext) -> bool:
    """The match opens the sentence, after at most a connective and its comma ("For X-driven resistance,
    ...", "Thus, for patients with ..."): the opening phrase frames what the rest of the sentence is for."""
    lo = _first_token(m)
    return lo <= 2 and all(not m.tokens[i].is_entity for i in range(lo))


@guard
def no_negative_result(m: MatchContext) -> bool:
    """Nothing after the match says the strategy failed ("combining X with Y ... did not improve
    outcomes", "showed no benefit"): a negative result gives no rescue. The "without" of "with or without a MEK
    inhibitor" names an optional partner, no failure."""
    return not any(lex in m.tokens[i].cues and not (lex == "negation" and _optional_without(m.tokens, i))
                   for i in range(m.match.start, m.clause.hi) for lex in ("negation", "no_improvement", "weak_activity"))


def _optional_without(tokens, i: int) -> bool:
    """Token ``i`` is the "without" of "with or without", "with and without"."""
    return tokens[i].lower == "without" and i >= 2 and tokens[i - 1].lower in ("or", "and") and \
        tokens[i - 2].lower == "with"


@guard
def rescue_clause_not_negated(m: MatchContext) -> bool:
    """Nothing from the rescuing therapy on says it failed or is denied ("... did not respond to A, whereas B did not
    restore the response"): for a rule whose first clause states a failure in words of negation ("did not respond
    to"), :func:`no_negative_result` would read that failure as the rescue's."""
    slot = m.match.slots.get("therapy")
    lo = min(slot) if slot else m.match.start
    return not any(lex in m.tokens[i].cues for i in range(lo, m.clause.hi)
                   for lex in ("negation", "no_improvement", "weak_activity"))


@guard
def cause_not_negated(m: MatchContext) -> bool:
    """No negation between the cause and the verb that follows it ("tumours with POLE mutations not
    affecting proofreading derived no benefit": not said of POLE mutations as such)."""
    slot = m.match.slots.get("cause") or m.match.slots.get("marker")
    hi = min((i for i in m.match.cue_tokens.values() if i > slot[0]), default=m.match.end)
    return not any("negation" in m.tokens[i].cues for i in range(max(slot) + 1, hi))


@guard
def reason_not_negated(m: MatchContext) -> bool:
    """No negation between the therapy and the cause a failure is put down to ("did not respond to cetuximab, not
    because of MET amplification but ..."): the reason given, not one denied."""
    therapy, cause = m.match.slots.get("therapy"), m.match.slots.get("cause")
    if not therapy or not cause:
        return True
    return not any("negation" in m.tokens[i].cues for i in range(max(therapy) + 1, min(cause)))


_ANAPHOR_SUBJECT = lazy_compile(r"\W*(?:(?:importantly|moreover|furthermore|however|notably|interestingly|indeed|in\s+turn|"
                                r"in\s+addition),?\s+)?(?:this|these|such|that)\s+(?:\w+\s+){0,2}?(?:effects?|process(?:es)?|"
                                r"phenomen(?:on|a)|rescue|protection|resistance|activation|change|changes|events?|adaptation)\s+"
                                r"(?:(?:could|can|may|might|was|were|is|are|has|have)\b)", re.I)


@guard
def subject_is_an_anaphor(m: MatchContext) -> bool:
    """The clause opens on a subject that only points back to what the previous sentence said ("Importantly, this
    effect could be abrogated by ..."): it names no entity of its own."""
    return _ANAPHOR_SUBJECT.match(m.text, m.tokens[m.clause.lo].start) is not None


@guard
def resisted_not_chemotherapy(m: MatchContext) -> bool:
    """The therapy resisted is no chemotherapy backbone, drug or class ("A plus irinotecan is an option for patients
    with irinotecan-refractory disease", "A was tested in patients who had progressed on fluoropyrimidine-based
    chemotherapy" set out a later line of treatment, how trials and approvals word their patients, no rescue put
    forward)."""
    return not any(is_chemotherapy(m.reading.vocab, e) for e in m.slot_entities.get("resisted", ()))


_CHEMOTHERAPY = "crc:class_chemotherapy"


def is_chemotherapy(vocab, entity: Entity) -> bool:
    """A chemotherapy drug, a regimen holding chemotherapy drugs or built on one ("oxaliplatin-based therapy"), or
    chemotherapy as a class or a class under it: a cytotoxic treatment, never a blocker of one signalling node."""
    return bool(_chemotherapy_drugs(vocab, entity)) or _based_on_chemotherapy(vocab, entity) or \
        (entity.category == "DrugClass" and (entity.id == _CHEMOTHERAPY or _CHEMOTHERAPY in vocab.class_ancestors(entity.id)))


@guard
def responder_not_chemotherapy(m: MatchContext) -> bool:
    """What a population resisting a targeted therapy still answers is no chemotherapy ("cetuximab-resistant organoids
    remained sensitive to oxaliplatin" shows the resistance is specific to cetuximab, a control, not a rescue of it);
    a drug developed for tumours a chemotherapy failed stays ("irinotecan-refractory xenografts still responded to
    trifluridine/tipiracil")."""
    vocab = m.reading.vocab
    if any(is_chemotherapy(vocab, e) for e in m.slot_entities.get("resisted", ())):
        return True
    return not any(is_chemotherapy(vocab, e) for e in m.slot_entities.get("therapy", ()))


@guard
def resisted_not_chemotherapy_class(m: MatchContext) -> bool:
    """The therapy resisted is not chemotherapy as a whole ("a similar survival benefit in chemotherapy-refractory
    patients" says who the patients are, a later line of treatment; no rescue of chemotherapy's resistance). A named
    drug stays ("active in 5-FU-refractory patients"), and so do cells made resistant to it in the laboratory
    ("activity against chemotherapy-resistant cells")."""
    if not any(e.id == _CHEMOTHERAPY for e in m.slot_entities.get("resisted", ())):
        return True
    cells = m.first_cue("resistant_cells")
    return cells is not None and m.tokens[cells].lower != "patients"


_BASED_ON = lazy_compile(r"(?P<drug>[\w\-]+?)-(?:based|containing)\b", re.I)


def _based_on_chemotherapy(vocab, entity: Entity) -> bool:
    """A regimen named after the chemotherapy drug it is built on ("oxaliplatin-based therapy", "irinotecan-containing
    regimen"), whose other parts the text leaves open."""
    m = _BASED_ON.match(entity.name) if entity.category == "Regimen" else None
    drug = vocab.entities.get(vocab.by_name.get(m.group("drug").lower(), "")) if m else None
    return drug is not None and bool(_chemotherapy_drugs(vocab, drug))


@guard
def resistance_named_bare(m: MatchContext) -> bool:
    """The resistance the match names says neither what it is to nor what causes it ("overcame resistance in
    xenografts", not "overcame resistance to X" or "resistance mediated by Y"): an anaphor of the resistance
    stated before."""
    at = m.match.cue_tokens.get("resistance")  # where the cue starts; a one-word cue ends right after it
    if at is None or at + 1 >= len(m.tokens):
        return True
    return m.tokens[at + 1].lower not in ("to", "of", "against", "toward", "towards", "mediated", "-", "by", "caused",
                                         "induced", "driven", "conferred", "due", "through", "via")


_SETTING_NOUNS = frozenset({"cancer", "cancers", "tumor", "tumors", "tumour", "tumours", "crc", "mcrc", "cells", "cell",
                            "patients", "carcinoma", "carcinomas", "disease", "models", "xenografts", "lines"})


@guard
def target_not_the_setting(m: MatchContext) -> bool:
    """What is overcome is not the tumours the resistance is found in ("resistance to BRAF inhibition in BRAF-mutant
    colon cancer can be overcome with PI3K inhibition": the BRAF mutation is the setting, no cause overcome)."""
    first, last = m.match.slots["target"][0], max(m.match.slots["target"])
    if first == 0 or m.tokens[first - 1].lower not in ("in", "of", "with"):
        return True
    after = m.tokens[last + 1] if last + 1 < len(m.tokens) else None
    if after is None:
        return True
    if any(getattr(e, "category", "") == "Disease" for e in after.entities):
        return False
    return after.lower not in _SETTING_NOUNS and not (
        after.lower in ("colon", "colorectal", "rectal", "metastatic") and last + 2 < len(m.tokens)
        and m.tokens[last + 2].lower in _SETTING_NOUNS)


@guard
def cause_is_subject(m: MatchContext) -> bool:
    """The cause stands as the subject of the verb after it: no verb or preposition governs it, and no
    "and"/"or" joins another verb between ("TGF-beta promotes Treg induction and drives immune exclusion":
    the Tregs drive nothing)."""
    first, last = m.match.slots["cause"][0], max(m.match.slots["cause"])
    if _sg_governed(m, first):
        return False
    opened = sum(1 if m.tokens[i].text in "([" else -1 if m.tokens[i].text in ")]" else 0
                 for i in range(m.clause.lo, first))
    if opened > 0:
        return False  # "upregulation of inhibitory checkpoints (i.e., PD-1, CTLA-4), which promote ...": in brackets
    verb = min((i for i in m.match.cue_tokens.values() if i > last), default=m.match.end)
    return not any(m.tokens[i].lower in ("and", "or") for i in range(last + 1, verb))


@guard
def cause_opens_clause(m: MatchContext) -> bool:
    """The cause is the clause's first entity and no verb or preposition governs it ("CAFs also play a key
    role by ..., thereby hindering immune cell infiltration"; not "IL-2 activates NK cells, thereby ...")."""
    first = m.match.slots["cause"][0]
    if any(e.category != "Disease" for i in range(_contrast_clause_start(m, first), first) for e in m.tokens[i].entities):
        return False  # a disease named before ("In colorectal cancer, CAFs ...") is the setting
    if _marks_cells_after(m, m.match.slots["cause"][-1]):
        return False  # "Tie-2-expressing monocytes ... mediate resistance": the cells are the subject
    return not _sg_governed(m, first)


def _contrast_clause_start(m: MatchContext, first: int) -> int:
    """Where the clause holding token ``first`` begins: after the ", while" or ", whereas" that opens a second clause
    of its own subject before it ("stroma forms a physical barrier, while hypoxia impairs T-cell trafficking": the
    stroma's entities are the first clause's, s61), else at the clause's start."""
    toks = m.tokens
    for i in range(first - 1, m.clause.lo, -1):
        if toks[i].lower in ("while", "whereas") and toks[i - 1].lower == ",":
            return i + 1
    return m.clause.lo


# a marker written as what cells carry: "Tie-2-expressing", "PD-L1+", "FAP-positive", "IL-6-secreting"
_CELL_MARK_AFTER = lazy_compile(r"\s*(?:\+|-?\s*(?:expressing|producing|secreting|positive|bearing)\b)\s*", re.I)


def _marks_cells_after(m: MatchContext, last: int) -> bool:
    """The entity ending at token ``last`` is the marker of the cells named right after it ("Tie-2-expressing
    monocytes", "PD-L1+ macrophages"): it names which cells they are, it does not act itself."""
    end = m.tokens[last].end
    mark = _CELL_MARK_AFTER.match(m.text, end)
    if mark is None or mark.end() == end:
        return False
    for t in m.tokens[last + 1:last + 4]:
        if t.start >= mark.end():
            return any(e.category == "CellType" for e in t.entities)
    return False


@guard
def effector_infiltration_object(m: MatchContext) -> bool:
    """The biomarker reduced is the infiltration of effector cells ("hindering immune cell infiltration",
    "reduced CD8+ T cell infiltration"), not of suppressive ones (fewer Tregs is no cause of resistance)."""
    ents = m.slot_entities.get("infil", ())
    return bool(ents) and all(e.attr("biomarker_kind") == "immune_infiltrate" and
                              _IMMUNE_OR_EFFECTOR.search(e.name) and
                              not _SUPPRESSOR_NAME.search(e.name) for e in ents)


@guard
def barrier_against_immune_cells(m: MatchContext) -> bool:
    """The barrier a cause forms keeps the immune cells out: it is named bare ("a desmoplastic stroma constitutes
    a mechanical barrier") or as one to immune cells or their entry ("a barrier to CD8+ T cell infiltration", "a
    barrier against immune cells"; s61), never a barrier to something else ("a barrier to drug delivery", "the
    mucus layer forms a barrier against bacteria")."""
    at = m.first_cue("barrier_noun")
    if at is None:
        return False
    after = _BARRIER_OBJECT.match(m.text, m.tokens[at].end)
    return after is None or _IMMUNE_ENTRY.search(after.group(1)) is not None


# what follows a barrier's noun: "to", "against" or "for" and the words of its object
_BARRIER_OBJECT = lazy_compile(r"\s+(?:to|against|for)\s+((?:[\w+\-/]+\s*){1,5})", re.I)
# immune cells, or their coming into the tumour, as a barrier's object
_IMMUNE_ENTRY = lazy_compile(r"\bimmun|lymphocyt|\bT[\s-]*cells?\b|\bCD8|\bNK\b|effector|infiltrat|traffick", re.I)


# what the effector cells do, named as a process ("T cell activity", "T cell function" are read as T-cell activation)
# what the effector cells do, and the presentation of antigen their recognition of the tumour rests on
_EFFECTOR_PROCESS = lazy_compile(r"^T-cell (?:activation|receptor signal(?:l)?ing)$|^(?:cytotoxic|effector) |"
                                 r"^antigen processing and presentation$", re.I)


@guard
def effector_cell_object(m: MatchContext) -> bool:
    """What is disabled is the effector cells or what they do ("dampens T cell activity", "hampers CD8+ T cell
    activity", "induce T cell apoptosis"), not suppressive cells (silencing Tregs is no cause of resistance)."""
    ents = m.slot_entities.get("cell", ())
    return bool(ents) and all(_effector_or_its_work(m.reading.vocab, e) for e in ents)


def _effector_or_its_work(vocab, e: Entity) -> bool:
    """An effector cell (not a suppressive one, not a cell line), or the T-cell activity it performs (with the
    presentation of antigen it needs)."""
    if e.category == "CellType":
        named = e.id in vocab.lexicon.get("effector_cells", ()) or _EFFECTOR_NAME.search(e.name)
        return bool(named) and not _SUPPRESSOR_NAME.search(e.name) and not e.attr("cell_line")
    return e.category == "Pathway" and bool(_EFFECTOR_PROCESS.search(e.name))


# the molecules that show antigen to the effector T cells: MHC class I (HLA) molecules
_PRESENTING_NAME = lazy_compile(r"^(?:MHC|HLA)(?:\b|-|$)", re.I)


@guard
def presentation_or_effector_object(m: MatchContext) -> bool:
    """What is lost is the effector cells or their work (see :func:`effector_cell_object`), or what shows them the
    tumour's antigen: MHC class I (HLA) molecules and the genes the vocabulary places in antigen processing and
    presentation (B2M, TAP1, TAP2, tapasin); effector T cells only recognise a tumour that presents its antigen."""
    ents = m.slot_entities.get("lost", ())
    if not ents:
        return False
    vocab = m.reading.vocab
    pid = vocab.by_name.get("antigen processing and presentation")
    members = _pathway_members(vocab, vocab.entities[pid]) if pid in vocab.entities else set()
    return all(_effector_or_its_work(vocab, e) or
               (e.category == "Gene" and (bool(_PRESENTING_NAME.search(e.name)) or e.id in members)) for e in ents)


def _scope_therapies(m: MatchContext) -> list[Entity]:
    """The therapies the discourse supplies for the sentence (the resisted one, the section's, the study's)."""
    return [e for k, e in m.scope.items() if k not in CONTEXT_LISTS and e.category in THERAPY]


@guard
def immunotherapy_in_scope(m: MatchContext) -> bool:
    """The therapy the passage is about relies on the immune response (a checkpoint inhibitor, a cell therapy, a
    vaccine): only then is what disables effector T cells a cause of resistance to it."""
    resisted = _scope_therapies(m)
    return bool(resisted) and all(_is_immunotherapy(m.reading.vocab, t) for t in resisted)


@guard
def therapy_is_immunotherapy(m: MatchContext) -> bool:
    """The therapy named relies on the immune response: only then is a non-inflamed ("cold") state of the tumour
    what limits it."""
    return all(_is_immunotherapy(m.reading.vocab, t) for t in m.slot_entities.get("therapy", ()))


@guard
def cause_not_resisted_target(m: MatchContext) -> bool:
    """The cause is not what the resisted therapy in scope acts on ("PD-1 suppresses T cell proliferation" under a
    heading on immunotherapy resistance: the checkpoint inhibitor's own target is no cause of resistance to it)."""
    return not _cause_in_targets(m, _class_wide_targets_of(m.reading.vocab, _scope_therapies(m)))


def _cause_in_targets(m: MatchContext, targets: set[str]) -> bool:
    """A cause of the match (or the gene it names) is one of ``targets``."""
    vocab = m.reading.vocab
    for c in m.slot_entities.get("cause", ()):
        gene = vocab.gene_entity(c.attr("gene") or c.name) if c.category != "Gene" else c
        if gene is not None and gene.id in targets:
            return True
    return False


@guard
def no_resisted_in_scope(m: MatchContext) -> bool:
    """The discourse names no resisted therapy for the sentence, so the one therapy its study's previous sentence
    names is the one meant ("Prior to the first cetuximab-based chemotherapy ... . Emergence of KRAS mutations in
    ctDNA occurred 3 months after treatment initiation"). A therapy only the paragraph or the title gives
    (``passage_therapy``: :meth:`builders.discourse.Discourse.passage_therapy`) is no resisted one."""
    return m.scope.get("therapy") is None or "passage_therapy" in m.scope


@guard
def mechanism_is_object(m: MatchContext) -> bool:
    """The mechanism is named, and is what the verb drives, not the means ("IL-6 enhances this effect via
    activation of JAK/STAT": the JAK/STAT activation is how, not what)."""
    mech = m.match.slots["mech"][0]
    if m.tokens[mech].mention is None:
        return False  # "enhance this effect": a mechanism only pointed at is too loose a link
    verb = max((i for i in m.match.cue_tokens.values() if i < mech), default=m.match.start)
    return not any(m.tokens[i].lower in ("via", "by", "through", "with", "upon", "from", "this", "these", "that")
                   for i in range(verb + 1, mech))


# words that lower what follows them ("reduced immune evasion", "thereby reducing ... resistance")
_LOWERING_WORDS = (r"reduc\w*|decreas\w*|diminish\w*|less|lower(?:ed|ing|s)?|revers\w*|abrogat\w*|prevent\w*|"
                   r"inhibit\w*|suppress\w*|attenuat\w*|alleviat\w*|overc[oa]m\w*|block\w*|counteract\w*|reliev\w*|"
                   r"limit\w*|weaken\w*|mitigat\w*|dampen\w*")
# "leads to reduced immune evasion", "results in reversal of T-cell exclusion": the mechanism named as lessened
_LESSENED_BEFORE = lazy_compile(rf"\b(?:{_LOWERING_WORDS}|loss|impair\w*|relief)(?:\s+(?:of|the|a|an|in|this|that))*\s+$",
                                re.I)


@guard
def mechanism_not_lessened(m: MatchContext) -> bool:
    """What the cause leads to is the mechanism itself, not its lessening ("activates the interferon pathway,
    which leads to reduced immune evasion": a cause that weakens the mechanism resists nothing)."""
    mech = m.match.slots["mech"][0]
    verb = max((i for i in m.match.cue_tokens.values() if i < mech), default=m.match.start)
    lo = m.tokens[min(verb, mech)].start
    return _LESSENED_BEFORE.search(m.text, max(lo, m.tokens[mech].start - 40), m.tokens[mech].start) is None


# a word that lowers what follows it ("thereby reducing proliferation and resistance to 5-FU")
_LOWERING = lazy_compile(rf"\b(?:{_LOWERING_WORDS}|sensiti[sz]\w*)\b", re.I)


@guard
def consequence_not_lowering(m: MatchContext) -> bool:
    """What the cause leads to raises the resistance, not lowers it ("miR-34a silences SIRT1, thereby reducing
    proliferation and resistance to 5-FU": the cause lessens resistance). A lowering word anywhere between the
    consequence and "resistance" refuses the match: "leading to reduced apoptosis and resistance" may read either
    way, and then nothing is read."""
    consequence, resistance = m.match.cue_tokens.get("consequence"), m.match.cue_tokens.get("resistance")
    if consequence is None or resistance is None or resistance <= consequence:
        return True
    return _LOWERING.search(m.text, m.tokens[consequence].start, m.tokens[resistance].start) is None


def _suppressive_states(entities) -> bool:
    """Each entity is a suppressive condition of the tumour or its surroundings (immunosuppression, an immune-cold
    TME, hypoxia), not a process of the tumour cell."""
    return all(e.category == "ResistanceMechanism" and e.attr("taxonomy_class") in ("immune_evasion", "tumour_microenvironment")
               and e.name != "angiogenesis"  # what anti-angiogenic drugs act on by design, not a state they undo
               for e in entities)


@guard
def suppressive_state_target(m: MatchContext) -> bool:
    """The state a therapy is said to reshape is a suppressive condition of the tumour or its surroundings
    (immunosuppression, an immune-cold TME, hypoxia), not a process of the tumour cell it may also drive."""
    return _suppressive_states(m.slot_entities.get("target", ()))


@guard
def suppressive_state_cause(m: MatchContext) -> bool:
    """The state a strategy turns around ("convert cold tumours into hot ones") is a suppressive condition of the
    tumour or its surroundings, not a process of the tumour cell."""
    return _suppressive_states(m.slot_entities.get("cause", ()))


@guard
def immune_evasion_target(m: MatchContext) -> bool:
    """The state a therapy is said to lower is a way the tumour evades immunity (immunosuppression, T-cell
    exclusion or exhaustion), not a process the therapy acts on by design ("bevacizumab reduced angiogenesis")."""
    return all(e.category == "ResistanceMechanism" and e.attr("taxonomy_class") == "immune_evasion"
               for e in m.slot_entities.get("target", ()))


@guard
def not_changed_toward(m: MatchContext) -> bool:
    """What the verb changes is the state named, not the state it changes into ("reprogrammed TAMs toward
    an immunosuppressive phenotype" makes the state, it does not undo it)."""
    target = m.match.slots["target"][0]
    verb = max((i for i in m.match.cue_tokens.values() if i < target), default=m.match.start)
    return not any("toward_word" in m.tokens[i].cues for i in range(verb + 1, target))


_TOWARD_SUPPRESSION = lazy_compile(r"^[\s,]*(?:toward|towards|into|to)\s+(?:an?\s+|the\s+|a\s+more\s+|an?\s+more\s+)?"
                                   r"(?:[\w\-]+\s+){0,2}?(?:immuno-?suppressive|suppressive|tolerogenic|M2\b|"
                                   r"pro-?tumou?r|protumou?r|anti-?inflammatory|exhausted)", re.I)


@guard
def not_driven_toward_suppression(m: MatchContext) -> bool:
    """The cells the verb changes are not driven into a suppressive state right after them ("oxaliplatin
    reprogrammed macrophages toward an immunosuppressive state" makes the problem, it does not remove it;
    "reprogram TAMs toward a pro-inflammatory M1 phenotype" does remove it)."""
    target = m.tokens[m.match.slots["target"][-1]]
    return not _TOWARD_SUPPRESSION.match(m.text[target.end:target.end + 80])


@guard
def resistance_or_resisted_in_view(m: MatchContext) -> bool:
    """The sentence speaks of resistance or names a checkpoint inhibitor, or the passage names a therapy being
    resisted (see :mod:`builders.discourse`): only then is letting effector cells back in an answer to a resistance."""
    n = len(m.tokens)
    if scope_resisted(m) is not None or m.cue_in("resistance", 0, n) or m.cue_in("resistant", 0, n) \
            or m.cue_in("immune_resistance", 0, n):
        return True
    # or the sentence names a checkpoint inhibitor ("... and has been used to improve immunotherapy efficacy")
    vocab = m.reading.vocab
    ici = vocab.resolve("immune checkpoint inhibitor")
    return ici is not None and any(vocab.in_class(e.id, ici) for t in m.tokens for e in t.entities)


@guard
def therapy_not_bracketed_restatement(m: MatchContext) -> bool:
    """The therapy is not a bracketed restatement of part of a combination named just before it ("sotorasib plus
    checkpoint inhibitor therapy (immune checkpoint inhibitors, ICIs) increased ...": the combination acts)."""
    t = m.match.slots["therapy"][0]
    if t < 2 or m.tokens[t - 1].lower != "(" or not m.tokens[t - 2].is_entity:
        return True
    before = m.tokens[t - 2]
    mine = {e.id for e in m.tokens[t].entities}
    for e in before.entities:
        if mine & (_part_ids(m, e.id) | {e.id}):
            return False
    return True


@guard
def therapy_not_named_in_brackets(m: MatchContext) -> bool:
    """The therapy is not a drug class whose drug the text names right after it in brackets ("combining with an AKT
    inhibitor (MK-2206)": the drug given is the one named, read by the rule that takes the bracketed drug)."""
    t = max(m.match.slots["therapy"])
    if t + 2 >= len(m.tokens) or m.tokens[t + 1].lower != "(":
        return True
    if not any(e.category == "DrugClass" for e in m.tokens[t].entities):
        return True
    return not any(e.category == "Drug" for e in m.tokens[t + 2].entities)


@guard
def molecule_not_past_relative(m: MatchContext) -> bool:
    """What the cell secretes stands before any relative clause ("MDSCs express arginase 1, which depletes
    L-arginine": the L-arginine is what the enzyme uses up, not what the cells release)."""
    mol = m.match.slots["molecule"][0]
    verb = max((i for i in m.match.cue_tokens.values() if i < mol), default=m.match.start)
    return not any(m.tokens[i].lower in ("which", "that", "whereby", "who", "whose") for i in range(verb + 1, mol))


@guard
def resistance_unnamed(m: MatchContext) -> bool:
    """The resistance the match ends on names no therapy of its own ("leading to drug resistance", not
    "leading to resistance to oxaliplatin": that one is read by the rules that name it)."""
    k = m.match.end
    return not (k < m.clause.hi and m.tokens[k].lower in ("to", "against", "toward", "towards", "of"))


@guard
def not_at_baseline(m: MatchContext) -> bool:
    """The alteration is not said to be there before treatment ("KRAS mutations present at baseline were
    also found at progression")."""
    return not m.cue_in("baseline", m.clause.lo, m.clause.hi)


@guard
def opens_at_progression(m: MatchContext) -> bool:
    """The sentence opens on the time the disease progressed or relapsed, set off by a comma, and names no therapy
    there ("At relapse, ...", "At disease progression, ..."; s61): the time frame holds for each of its clauses."""
    toks = m.tokens
    if not toks or "at_progression" not in toks[0].cues:
        return False
    end = toks[0].cues["at_progression"]
    return end < len(toks) and toks[end].text == ","


_NORMAL_TISSUE = lazy_compile(r"\b(?:neuron\w*|neural|nerve\w*|neuro\w+|normal|healthy|cardiomyocyte\w*|cardio\w*|"
                              r"toxicit\w*|adverse|side effects?|mucositis|diarrh\w+|neutropeni\w+|"
                              r"hepatocyte\w*|kidney|renal|intestinal epitheli\w*|stem cells? of the|hair|"
                              r"oto\w+|cochlea\w*|hematopoietic|bone marrow)\b", re.I)


@guard
def tumour_cells_protected(m: MatchContext) -> bool:
    """What is protected from the therapy's killing is tumour, not normal tissue ("protects neurons from
    oxaliplatin-induced apoptosis" is neuroprotection)."""
    lo, hi = m.tokens[m.clause.lo].start, m.tokens[m.clause.hi - 1].end
    return not _NORMAL_TISSUE.search(m.text, lo, hi)


_ACCESS_WORDS = {"approval", "approvals", "access", "reimbursement", "availability", "uptake", "adoption",
                 "development", "prescription", "prescribing", "implementation", "use", "coverage", "cost", "costs"}


@guard
def not_access_barrier(m: MatchContext) -> bool:
    """An obstacle to the therapy's efficacy, not to its approval, access or use ("a barrier to trastuzumab
    approval")."""
    k = m.match.end
    return not (k < len(m.tokens) and m.tokens[k].lower in _ACCESS_WORDS)


_NOT_THE_THERAPY = {"trial", "trials", "study", "studies", "patients", "investigators", "researchers", "development",
                    "approval", "programme", "program", "programs", "programmes", "testing", "manufacturing"}


@guard
def therapy_is_the_subject(m: MatchContext) -> bool:
    """The therapy itself meets the obstacle, not a study, its patients or its making ("cetuximab trials faced
    challenges including ...")."""
    cue = m.first_cue("faces")
    if cue is None:
        return True
    return not any(m.tokens[i].lower in _NOT_THE_THERAPY for i in range(m.token_of("therapy") + 1, cue))


_DETERMINERS = ("the", "a", "an")


def _before_determiners(m: MatchContext, i: int) -> int:
    """The token before ``i``, passing over determiners."""
    i -= 1
    while i > m.clause.lo and m.tokens[i].lower in _DETERMINERS:
        i -= 1
    return i


@guard
def therapy_not_made_effective(m: MatchContext) -> bool:
    """The therapy is not the one tumours are made sensitive to, nor the one whose efficacy is raised ("X
    resensitized tumours to PD-1 blockade by depleting MDSCs", "strategies to sensitize MSS CRC to immunotherapy by
    converting cold tumours into hot ones", "to enhance the efficacy of PD-1 blockade by reprogramming the TME"):
    what acts afterwards is the sensitizer, not the therapy after "to" or "of"."""
    i = _before_determiners(m, m.token_of("therapy"))
    if i < m.clause.lo or m.tokens[i].lower not in ("to", "of"):
        return True
    if "efficacy_noun" in m.tokens[_before_determiners(m, i)].cues:
        return False
    return m.tokens[i].lower != "to" or not m.any_cue_in(("sensitize", "sensitize_more"), m.clause.lo, i)


@guard
def targeting_answers_resistance(m: MatchContext) -> bool:
    """A therapy that merely "targets" what it acts on overcomes it only where resistance is in view ("EGFR, which
    is targeted by cetuximab," names the drug's own target, no rescue); the other verbs ("circumvented", "reversed")
    say so themselves. Nor does a verb that only says what became of a signal or a process ("EGFR signalling was
    abolished by cetuximab", "STAT3 activation was reversed by napabucasin"): that is how the drug acts, a rescue
    only where resistance is in view; the verbs of getting past something ("overcome", "circumvented",
    "resensitized") need nothing more."""
    cue = m.first_cue("overcome_passive")
    if cue is None or m.tokens[cue].lower in _RESCUE_SAID:
        return True
    if m.tokens[cue].lower in ("targeted", "addressed", "tackled"):
        return resistance_or_resisted_in_view(m)
    scoped = m.scope.get("therapy")
    if any(e.attr("taxonomy_class") == "immune_evasion" for e in m.slot_entities.get("target", ())):
        return True  # an escape from immunity ("T-cell exclusion ... reversed"): a resistance by itself
    if scoped is not None and scoped.id in {e.id for e in m.slot_entities.get("therapy", ())}:
        # the passage is about the rescuer itself (its own study): no other therapy resisted
        return _resistance_said(m)
    return resistance_or_resisted_in_view(m)


def _resistance_said(m: MatchContext) -> bool:
    n = len(m.tokens)
    return m.any_cue_in(("resistance", "resistant", "immune_resistance"), 0, n)


# passive verbs that by themselves say a resistance or a block was got past
_RESCUE_SAID = frozenset({"overcome", "circumvented", "bypassed", "surmounted", "overridden", "re-sensitized",
                          "resensitized", "resensitised", "sensitized", "rescued"})


@guard
def resistance_context(m: MatchContext) -> bool:
    """The sentence or its heading speaks of resistance."""
    n = len(m.tokens)
    return m.cue_in("resistance", 0, n) or m.cue_in("resistant", 0, n) or m.cue_in("mechanism_word", 0, n)


def _listed_scope_tokens(m: MatchContext) -> range | None:
    """The token positions of the words naming the causes of a resistance whose numbered list the match opens an item
    of (builders/numbered_causes.py), or None."""
    at = m.first_cue("numbered_item")
    span = None if at is None else listed_cause_scope(m.text, m.tokens[at].start)
    if span is None:
        return None
    lo, hi = span
    first = next((i for i, t in enumerate(m.tokens) if t.start >= lo), len(m.tokens))
    last = next((i for i, t in enumerate(m.tokens) if t.start >= hi), len(m.tokens))
    return range(first, last)


@guard
def item_of_listed_causes(m: MatchContext) -> bool:
    """The match opens on the number of an item of a list whose scope names causes of resistance to the therapy in
    view ("five major causes of A resistance: (1) ...; and (5) cancer stem cells are the most difficult targets"):
    the scope names that therapy; an item that speaks of the resistance itself is left to the rules that read its
    own words (builders/numbered_causes.py)."""
    therapy = m.scope.get("therapy")
    scope = _listed_scope_tokens(m) if therapy is not None else None
    return scope is not None and any(e.id == therapy.id for i in scope for e in m.tokens[i].entities)


# a sensitivity given back, which presumes it was lost ("resensitized", "restored sensitivity to")
# or a resistance written into one word with its kind of therapy ("radioresistant", "chemoresistance")
_SENSITIVITY_RESTORED = lazy_compile(r"\bre-?sensiti[sz]|\brestor\w*\s+(?:the\s+)?(?:\w+\s+)?(?:sensitivity|response)|"
                                     r"\b(?:radio|chemo)-?(?:resistan|refractor)", re.I)


def _resistance_owner(m: MatchContext, i: int):
    """The therapy a resistance word at token ``i`` is tied to ("cetuximab-resistant", "oxaliplatin resistance",
    "resistance to cetuximab"); None for a bare one ("resistant cells")."""
    for k in (i - 1, i - 2):
        if k >= 0 and m.tokens[k].entities:
            if k == i - 1 or m.tokens[i - 1].text in ("-", "–"):
                found = [e for e in m.tokens[k].entities if e.category in THERAPY]
                return found or None
            break
    if i + 2 < len(m.tokens) and m.tokens[i + 1].lower == "to":
        for k in (i + 2, i + 3):
            if k < len(m.tokens) and m.tokens[k].entities:
                return [e for e in m.tokens[k].entities if e.category in THERAPY] or None
    return None


@guard
def resistance_to_resisted_in_view(m: MatchContext) -> bool:
    """A raised sensitivity to a therapy is a rescue of resistance to it only where a resistance is in view: the
    sentence speaks of resistance that is not another therapy's ("X increased the sensitivity of oxaliplatin-resistant
    cells to oxaliplatin", "... of resistant tumours"), of a sensitivity given back, or the passage is about
    resistance to that therapy. "Crizotinib increases sensitivity to radiotherapy in cetuximab-resistant tumours"
    names a radiosensitiser: no resistance to radiotherapy is described."""
    resisted = {e.id for e in m.slot_entities.get("resisted", ())}
    scoped = scope_resisted(m)
    if scoped is not None and scoped.id in resisted:
        return True
    if _SENSITIVITY_RESTORED.search(m.text):
        return True  # (a one-word resistance is taken for the therapy resisted: the sentence names its kind)
    for i, tok in enumerate(m.tokens):
        if not any(lex in tok.cues for lex in ("resistance", "resistant", "immune_resistance")):
            continue
        owner = _resistance_owner(m, i)
        if owner is None or any(e.id in resisted for e in owner):
            return True
    return False


@guard
def distinct_therapies(m: MatchContext) -> bool:
    """The two therapy slots name different things."""
    ids = [e.id for es in m.slot_entities.values() for e in es if e.category in THERAPY]
    return len(ids) == len(set(ids))


@guard
def blocked_outside_resisted(m: MatchContext) -> bool:
    """s47 inhib: the class a strategy blocks is no kind of the therapy it is said to make work again ("CDK4/6
    inhibition together with PD-1 blockade overcame resistance to immunotherapy": PD-1 blockade is that
    immunotherapy, not a molecule mediating resistance to it)."""
    vocab = m.reading.vocab
    blocked = [e.id for e in m.slot_entities.get("therapy", ()) if e.category == "DrugClass"]
    resisted = [e.id for e in m.slot_entities.get("resisted", ()) if e.category in THERAPY]
    return not any(vocab.in_class(b, r) for b in blocked for r in resisted)


# "CAF-derived TGF-beta ...": the cells named as the source of the entity after them
_SOURCE_AFTER = lazy_compile(r"[-\s]?(?:derived|secreted|produced|released|expressed)\b", re.I)


@guard
def cause_not_a_source(m: MatchContext) -> bool:
    """The cause is not the named source of the entity that follows it ("CAF-derived TGF-beta excludes T cells and
    confers resistance": TGF-beta, not the fibroblasts, is the clause's subject)."""
    last = max(m.match.slots["cause"])
    return not _SOURCE_AFTER.match(m.text, m.tokens[last].end)


# "deletion of X made tumours less sensitive to Y": a lowered sensitivity is the opposite claim
_LESS_SENSITIVE = lazy_compile(r"\b(?:less|no longer|not|insensitive|resistant|refractory)\b", re.I)


@guard
def made_more_sensitive(m: MatchContext) -> bool:
    """Between the verb that makes the tumours sensitive and the therapy no word lowers or denies the
    sensitivity ("made tumours less sensitive to", "rendered them no longer responsive to")."""
    verb = m.first_cue("make_render")
    if verb is None:
        return True
    return not _LESS_SENSITIVE.search(m.text, m.tokens[verb].start, m.tokens[m.token_of("therapy")].start)


# "strategies that target MDSCs include X, alone or in combination with other therapies including chemotherapy":
# the therapies after a combination phrase are the strategies' partners, not the strategies
# (s56 prec2: "strategies targeting the TGF-β pathway, including potential combinations with ICIs": the partners a
# combination of the strategy takes, never the strategy itself)
_PARTNER_LEAD = lazy_compile(r"\b(?:in combination with|combined with|together with|alongside|in addition to|"
                             r"combinations?\s+(?:(?:of\s+)?(?:it|them|this|these|such\s+\w+)\s+)?with|"
                             r"(?:co-?)?administ\w+\s+with|paired\s+with)\b", re.I)


@guard
def listed_not_combination_partners(m: MatchContext) -> bool:
    """The listed therapies are what the strategies consist of, not the partners a combination phrase before
    them names ("..., alone or in combination with other therapies including chemotherapy", "strategies targeting the
    TGF-β pathway, including potential combinations with checkpoint inhibitors": what is combined with the targeting
    of the cause is no strategy against it alone)."""
    lo = m.tokens[m.token_of("target")].end
    hi = m.tokens[m.token_of("therapy")].start
    return not _PARTNER_LEAD.search(m.text, lo, hi)


@guard
def therapy_not_the_resisted(m: MatchContext) -> bool:
    """The therapy put forward is not the one resisted; its partner may be ("cetuximab with irinotecan for
    irinotecan-refractory disease": irinotecan is given again, with the drug that makes it work)."""
    given = {e.id for e in m.slot_entities.get("therapy", ())}
    return not given & {e.id for e in m.slot_entities.get("resisted", ())}


# -- transforms -------------------------------------------------------------------------------------
def _alteration_with_gene(m: MatchContext, gene: Entity, kind: str) -> Entity:
    """The recogniser's ``kind`` alteration of ``gene``, its gene kept as a side fact of the match."""
    alt = m.reading.recognizer.alteration(gene, kind)
    m.side.append((alt, "alteration_of", gene))
    return alt


_OVER = lazy_compile(r"overexpress|high(?:ly)? (?:level|express)|upregulat|up-regulat|increased (?:expression|level)|"
                     r"elevated|high expression|overabundan", re.I)
# lymphocytes that kill or help kill tumour cells
_LYMPHOID = r"cytotoxic|effector|CD8(?!\d)|CD4(?!\d)|natural killer|\bNK\b|T cell|T-cell|T lymphocyte"
_EFFECTOR_NAME = lazy_compile(_LYMPHOID + r"|dendritic|B cell|CAR-T", re.I)
# FOXP3 marks regulatory T cells ("CD4+ FoxP3+ T cells" are Tregs)
_SUPPRESSOR_NAME = lazy_compile(r"regulatory|suppressor|exhausted|tolerogenic|M2|tumou?r-associated|FOXP3", re.I)
_IMMUNE_OR_EFFECTOR = lazy_compile(r"immune cell|" + _EFFECTOR_NAME.pattern, re.I)
# verbs that lower what they govern
# (s59 ents: never the noun "suppressor", "myeloid-derived suppressor cells and TAMs": cells named, nothing lowered)
_LOWERING_VERBS = (r"suppress(?!ors?\b)\w*|inhibit(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|block(?:s|ed|ing)?|"
                   r"impair(?:s|ed|ing)?|abolish\w*|attenuat\w*|abrogat\w*|prevent(?:s|ed|ing)?|diminish\w*")
_SUPPRESSED_BEFORE = lazy_compile(rf"\b(?:{_LOWERING_VERBS}|downregulat\w*|down-regulat\w*|spong\w*|sequester\w*|"
                                  r"degrad(?:es|ed|ing)|silenc(?:es|ed|ing)|target(?:s|ed|ing))\s+(?:the\s+|its\s+|their\s+)?"
                                  r"(?:(?!by\s)[\w\-]+\s+){0,2}$", re.I)  # "reduced by X": X is the agent, not lowered
# (s52 prec) what a subject binds, sponges or sequesters as its means ("by competitively binding miR-495", "by acting
# as a ceRNA for miR-X", "through sequestering miR-Y"): the subject takes it out of play, so it is no cause itself
_SEQUESTERED_BEFORE = lazy_compile(r"(?:\b(?:by|through|via)\s+(?:\w+ly\s+)?bind(?:s|ing)?(?:\s+(?:to|with))?|"
                                   r"\bcompetitively\s+(?:bind\w*|interact\w*)(?:\s+(?:to|with))?|"
                                   r"\b(?:spong\w*|sequest(?:er\w*|ration)|titrat\w*)(?:\s+(?:away|out|of))?|"
                                   r"\b(?:sponges?|ceRNAs?|decoys?|competing\s+endogenous\s+RNAs?|reservoirs?)\s+(?:for|of|to))"
                                   r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:microRNA|miRNA|tumou?r[\s\-]suppressor)s?\s+)?$", re.I)
_SEQUESTERED_AFTER = lazy_compile(r"[\s\-]+(?:sponging|sequestration|sequestering|titration)\b", re.I)
# a means that states no direction ("the effect on resistance was exerted by regulating the Wnt pathway"):
# whether the pathway is raised or lowered is not said, so its activation is no cause read from it
_UNDIRECTED_MEANS_BEFORE = lazy_compile(r"\b(?:by|through|via)\s+(?:the\s+)?(?:regulat(?:ing|ion\s+of)|modulat(?:ing|ion\s+of)|"
                                        r"affecting|controlling|influencing|altering)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# a change of a pathway named without its direction ("stable modifications of cell cycle dynamics", "changes in the
# Wnt pathway", "altered Hippo signalling")
_UNDIRECTED_CHANGE_BEFORE = lazy_compile(r"\b(?:(?:modifications?|changes?|alterations?|perturbations?|shifts?|"
                                         r"remodell?ing|rewiring)\s+(?:of|in)|altered|modified|changed|perturbed|"
                                         r"rewired)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# the second item of what a verb lowers ("impair the induction of MHC molecules and antigen presentation machinery")
_SUPPRESSED_LIST_BEFORE = lazy_compile(rf"\b(?:{_LOWERING_VERBS})\s+(?:the\s+)?(?:[\w\-]+\s+of\s+)?"
                                       r"(?:[\w\-]+\s+){1,3}(?:and|or)\s+(?:the\s+)?$", re.I)


def _suppressed_list_before(m: MatchContext, token: int) -> bool:
    """A lowering verb governs the list the entity at ``token`` ends ("impair the induction of MHC molecules and
    antigen presentation"). A lowering word inside an earlier item's own name is no verb: "cells possess reduced
    TOP1 expression or TOP1 mutations" lists a lowered level and a mutation, both carried."""
    found = _SUPPRESSED_LIST_BEFORE.search(m.text, max(0, m.tokens[token].start - 70), m.tokens[token].start)
    if found is None:
        return False
    at = found.start()
    return not any(t.entities and t.start <= at < t.end for t in m.tokens[:token])


_LACKING_BEFORE = lazy_compile(r"\b(?:defects?\s+in|defective|defici\w+\s+(?:in|of)|lack\s+of|absence\s+of|loss\s+of|"
                               r"low\s+levels?\s+of|insufficient|reduced|impaired)\s+(?:the\s+)?(?:[\w\-]+\s+)?$", re.I)
_ACT = lazy_compile(r"activat|stimulat|signal|reactivat|hyperactiv|phosphorylat|axis", re.I)
# "the mutational status of other genes like NRAS, BRAF": each gene listed stands for its mutation
_MUTATION_STATUS_LIST_BEFORE = lazy_compile(r"\bmutation(?:al)?\s+status(?:es)?\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
                                            r"(?:like|such\s+as|including)\s+(?:[\w\-/]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,5}$",
                                            re.I)
# "lack of PD-L1 expression and response to interferon gamma, leading to resistance": what the cells (fail to)
# respond to is no cause
_RESPONDED_TO_BEFORE = lazy_compile(r"\b(?:response|responses|responsiveness|respond|responding|sensitivity)\s+to\s+"
                                    r"(?:the\s+)?$", re.I)


def _cause_categories(cats):
    return (set(cats) - {"Pathway"}) | ({"Alteration", "ResistanceMechanism"} if {"Gene", "Pathway"} & set(cats)
                                        else set()) | ({"Biomarker"} if {"Gene", "Molecule"} & set(cats) else set())


def mechanism(name: str, parts: list[Entity], m: MatchContext | None = None, cls: str | None = None,
              synonyms: tuple[str, ...] = ()) -> Entity:
    """A ResistanceMechanism named by the text, with ``involves`` facts to its parts."""
    attrs = (("taxonomy_class", cls),) if cls else ()
    mech = Entity(mint("mech", name), "ResistanceMechanism", name,
                  tuple(sorted(set(synonyms) - {name})), (), attrs)
    if m is not None:
        for p in parts:
            if p.category in ("Gene", "Alteration", "Pathway", "CellType", "Molecule"):
                m.side.append((mech, "involves", p))
    return mech


# a mechanism whose words, as written, name a resistance and nothing that brings it about ("multidrug resistance",
# "MDR"; not "ABCB1-mediated MDR")
_RESISTANCE_ITSELF = lazy_compile(r"(?:(?:multi-?|pan-?|cross-?)?drug\s+|chemo-?)?resistance|MDR", re.I)


def _names_resistance_itself(entity: Entity, m: MatchContext, token: int) -> bool:
    """Whether the cause is a mechanism the text names only as the resistance (a phenotype, not what causes it)."""
    if token < 0 or entity.category != "ResistanceMechanism":
        return False
    t = m.tokens[token]
    return bool(_RESISTANCE_ITSELF.fullmatch(m.text[t.start:t.end]))


# an entity that only says what the head noun after it is about ("angiogenesis-related proteins",
# "immune-associated genes"): the head, a set of unnamed things, is what the sentence speaks of
_RELATED_HEAD_AFTER = lazy_compile(r"[-\s](?:related|associated|linked)\s+(?:proteins?|genes?|factors?|molecules?|"
                                   r"cytokines?|markers?|signatures?|transcripts?|mediators?)\b", re.I)


# "VEGF-independent angiogenesis": the process that goes on without what the therapy blocks, not the process itself
# the word is the target of a drug class written after it: "VEGF/VEGF-R inhibitors", "MET-targeted agents"
_DRUG_HEAD_AFTER = lazy_compile(r"(?:[/\-][A-Z0-9]\w*)*[\s\-]*(?i:(?:targeted|targeting)\s+(?:drugs?|agents?|therap\w+)|"
                                r"inhibitors?|blockers?|antagonists?|TKIs?|(?:monoclonal\s+)?antibod(?:y|ies))\b")
_INDEPENDENT_OF_BEFORE = lazy_compile(r"(?<![\w\-])([A-Za-z][A-Za-z0-9/\-]*?)-independent\s+$")


def _independent_process(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A named process the text qualifies as independent of something ("VEGF-independent angiogenesis is a
    mechanism of resistance to anti-VEGF therapy"): the cause is that independent kind, named with its qualifier
    (the bare process may be the very one the therapy blocks)."""
    if token < 0 or entity.category != "ResistanceMechanism":
        return None
    found = _INDEPENDENT_OF_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start)
    if found is None:
        return None
    return mechanism(f"{found.group(1)}-independent {entity.name}", [], m, entity.attr("taxonomy_class"))


# effector cells removed on purpose: "depletion of CD8+ T cells", "NK cell depletion", "ablating CD4+ T cells"
_DEPLETED_BEFORE = lazy_compile(r"\b(?:depletion|ablation|removal)\s+of\s+(?:the\s+)?(?:\S+\s+)?$|"
                                r"\b(?:depleting|ablating|removing)\s+(?:the\s+)?(?:\S+\s+)?$", re.I)
_DEPLETED_AFTER = lazy_compile(r"[-\s](?:depletion|ablation)\b", re.I)


def _depleted_effector_cells(entity: Entity, m: MatchContext, token: int) -> bool:
    """Effector cells removed in an experiment ("depletion of CD8+ T cells abrogated the efficacy of anti-PD-1",
    "NK cell depletion reduced the response"): the therapy's effect needs those cells, which shows how it works,
    not a mechanism of resistance to it."""
    if token < 0 or entity.category != "CellType" or not _effector_or_its_work(m.reading.vocab, entity):
        return False
    t = m.tokens[token]
    return bool(_DEPLETED_BEFORE.search(m.text, max(0, t.start - 40), t.start) or _DEPLETED_AFTER.match(m.text, t.end))


@transform(_cause_categories)
def as_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A cause of resistance: genes and pathways become their alteration or activation; effector
    cells, wild-type statuses and sensitivity markers never cause resistance by themselves; what the
    sentence says is suppressed is not the cause; a resistance written as such is no cause of one."""
    if _names_resistance_itself(entity, m, token):
        return None  # "multidrug resistance is the major cause of chemotherapy failure": the resistance, not efflux
    if _beside_immune_status(entity, m, token):
        return None  # "KRAS-mutant, MSS tumours are resistant to pembrolizumab": MSS, not KRAS
    if _names_setting_of_head(m, token):
        return None  # "neutrophils infiltrating MSS tumours dampen ...": the neutrophils, MSS only where they are
    if token >= 0 and _SEQUESTERED_BEFORE.search(m.text, max(0, m.tokens[token].start - 70), m.tokens[token].start):
        return None  # "X promoted cetuximab resistance by competitively binding miR-495": what X takes away, no cause
    if token >= 0 and _SEQUESTERED_AFTER.match(m.text, m.tokens[token].end):
        return None  # "resistance was induced via miR-21 sponging by circ_0001": the sponged microRNA, no cause
    if token >= 0 and _CHANGE_NOUN_AFTER.match(m.text, m.tokens[token].end):
        return None  # "an early HGF decrease could predict the efficacy of A": the marker's change, "decrease" no verb
    if token >= 0 and _CHANGE_NOUN_IN_LIST.match(m.text, m.tokens[token].end) or _list_ends_in_change(m, token):
        return None  # "NLR, early CA19-9 decrease, and HFS ...", "NLR and CA19-9 decrease could ...": markers, no cause
    changed = _changed_by_means(entity, m, token)
    if changed is not None:
        return changed or None  # "escaped sunitinib by upregulating NRP1 and MET": each one's overexpression
    independent = _independent_process(entity, m, token)
    if independent is not None:
        return independent
    named = _appositive_gene(entity, m, token)
    if named is not None:  # "the drug efflux transporter, ABCG2": ABCG2, overexpressed if the sentence says so
        gene = m.tokens[named].entities[0]
        if _RAISED_EXPRESSION_BEFORE.search(m.text, max(0, m.tokens[token].start - 50), m.tokens[token].start):
            return _alteration_with_gene(m, gene, "overexpression")
        return as_cause(gene, m, named)
    if token >= 0 and _RELATED_HEAD_AFTER.match(m.text, m.tokens[token].end):
        return None  # "production of angiogenesis-related proteins may cause resistance": the proteins, not angiogenesis
    if token >= 0 and _DRUG_HEAD_AFTER.match(m.text, m.tokens[token].end):
        return None  # "VEGF/VEGF-R inhibitors promote evasive resistance": the inhibitors, not VEGF
    if _depleted_effector_cells(entity, m, token):
        return None  # "depletion of CD8+ T cells abrogated the efficacy of anti-PD-1": the effect needs the cells
    lowered = _lowered(entity, m, token)
    if lowered is not None:
        return lowered  # "downregulation of miR-200c contributed to cetuximab resistance": the downregulation
    if token >= 0 and _SUPPRESSED_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "... and suppressed the activation of EGFR, which increased resistance": not the cause
    if token >= 0 and _UNDIRECTED_MEANS_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "... was exerted by regulating the Wnt pathway": no direction, so no activation as cause
    if token >= 0 and _suppressed_list_before(m, token):
        return None  # "impair the induction of MHC molecules and antigen presentation ...": not the cause either
    if entity.category == "Molecule" and _listed_kind(m, token):
        return None  # "mutations in JAK1/2, IFN-gamma receptors or IRF1": not IFN-gamma itself
    if token >= 0 and entity.category in ("Molecule", "CellType", "Gene", "Pathway") and \
            _LACKING_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "defects in IFN-gamma signalling ... diminish the effectiveness": the defect, not IFN-gamma
    if token >= 0 and entity.category in ("Molecule", "CellType", "Gene") and \
            _RESPONDED_TO_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "lack of ... response to interferon gamma, leading to resistance": not interferon gamma
    if token >= 0 and entity.category == "Gene" and \
            _MUTATION_STATUS_LIST_BEFORE.search(m.text, max(0, m.tokens[token].start - 120), m.tokens[token].start):
        return _alteration_with_gene(m, entity, "mutation")  # "the mutational status of genes like NRAS": its mutation
    head = _head_of(m, token)
    if head is not None:
        return head  # "feedback reactivation of wild-type RAS as a key mechanism": the reactivation
    return _cause(entity, m, token)


_AGENT_BY_BEFORE = lazy_compile(r"\bby\s+(?:the\s+)?$", re.I)


@transform(_cause_categories)
def as_sparing_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What spares cells a therapy's killing, named as the agent after "by" ("oxaliplatin-induced apoptosis was reduced
    by IL-6"): the "reduced by" before it is the sparing, not a suppression of the cause, so the cause is read as
    :func:`as_cause` reads a subject (its loss when named by its loss); anywhere else as :func:`as_cause` reads it."""
    if token >= 0 and _AGENT_BY_BEFORE.search(m.text, max(0, m.tokens[token].start - 10), m.tokens[token].start):
        lowered = _lowered(entity, m, token)
        return lowered if lowered is not None else _cause(entity, m, token)
    return as_cause(entity, m, token)


@transform(_cause_categories)
def as_switched_on_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene the sentence says is switched on when a therapy fails ("... when other inhibitory pathways, including
    CTLA-4 and LAG-3, are also activated"): its amplification or overexpression when that is the word, else its
    activation; never the therapy's own target. Anything else as :func:`as_cause` reads it."""
    if entity.category != "Gene":
        return as_cause(entity, m, token)
    if entity.id in _targets_of_therapies(m):
        return None
    cue = m.first_cue("turned_on")
    said = m.text[m.tokens[cue].start:m.tokens[m.match.end - 1].end].lower() if cue is not None else ""
    kind = "amplification" if "amplif" in said else ("overexpression" if _OVER.search(said) else None)
    if kind:
        return _alteration_with_gene(m, entity, kind)
    return mechanism(f"{entity.name} activation", [entity], m)


# a word that names a change of a gene's activity without its direction ("aberrant Wnt signalling")
_DYSREGULATED = lazy_compile(r"dysregulat|deregulat|aberrant")


def _undirected_change(m: MatchContext, token: int) -> bool:
    """The entity is named as what changes, with no word for which way ("stable modifications of cell cycle
    dynamics", "alterations in the HGF/c-MET pathway")."""
    if token < 0:
        return False
    start = m.tokens[token].start
    return _UNDIRECTED_CHANGE_BEFORE.search(m.text, max(0, start - 40), start) is not None


def _appositive_gene(entity: Entity, m: MatchContext, token: int) -> int | None:
    """"increased expression of the drug efflux transporter, ABCG2": a mechanism word heading a protein noun,
    whose apposition names the one gene meant; the token of that gene (None when there is no such apposition)."""
    if entity.category != "ResistanceMechanism" or token < 0 or token + 2 >= len(m.tokens):
        return None
    head = _APPOSED_HEAD_AFTER.match(m.text, m.tokens[token].end)
    if head is None:
        return None
    j = next((k for k in range(token + 1, min(token + 4, len(m.tokens))) if m.tokens[k].start >= head.end()), None)
    if j is None or not m.tokens[j].is_entity or len(m.tokens[j].entities) != 1 or \
            m.tokens[j].entities[0].category != "Gene":
        return None
    after = m.tokens[j + 1].lower if j + 1 < len(m.tokens) else "."
    return j if after in (",", ";", ".", ")", "and", "or") else None


# "increased expression of the ...", "overexpression of ..." just before a mechanism word
_RAISED_EXPRESSION_BEFORE = lazy_compile(r"(?:(?:increased|elevated|enhanced|high|higher|up-?regulated)\s+(?:expression|levels?)|"
                                         r"over-?expression|up-?regulation)\s+of\s+(?:the\s+)?$", re.I)
# the protein noun a mechanism word modifies, and the comma that opens its apposition
_APPOSED_HEAD_AFTER = lazy_compile(r"\s+(?:transporters?|pumps?|proteins?|enzymes?|genes?)\s*,\s*")


@transform({"ResistanceMechanism", "Biomarker"})
def as_lowered_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a sentence says is lower where the therapy is resisted ("miR-145 was downregulated in cells resistant
    to oxaliplatin"): the gene's downregulation, or the low level of a level marker (a marker already named by
    its low level stays as it is); nothing for an alteration or a status."""
    name = entity.name
    if name.lower().startswith(("low ", "loss", "reduced ", "decreased ")):
        return entity if entity.category == "Biomarker" else None
    if entity.category in ("Gene", "Molecule"):
        cls = "noncoding_rna_regulation" if entity.attr("molecule_kind") in ("miRNA", "lncRNA", "circRNA", "ncRNA") else None
        return mechanism(f"{name} downregulation", [entity], m, cls, synonyms=_LOWERED_FORMS["downregulation"](name))
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression":
        return mechanism(f"low {name}", [], m)
    return None


# carriers said to hold several alterations at once ("cells with dual mutations", "simultaneous activation of both
# pathways", "co-mutated"): what the combination does is not shown for each alteration of it
_JOINT_CONDITION = lazy_compile(
    r"\b(?:(?:dual|double|simultaneous|concomitant|co-?occurring|co-?existing|combined)\s+(?:[a-z/\-]+\s+){0,2}?"
    r"(?:mutations?|mutants?|mutated|alterations?|altered|loss|activation)\b|co-?mutat\w*|co-?occurr\w*|"
    r"both\s+pathways)", re.I)


@guard
def not_a_joint_condition(m: MatchContext) -> bool:
    """The carriers are not named by several alterations held together ("lines that were PIK3CA mutant/PTEN null and
    RAS/BRAF mutant were highly resistant ..., compared with those without dual mutations": the pair resists, which
    says nothing of RAS or BRAF alone); a list joined by "and" counts as held together only when the sentence says
    so ("dual", "concomitant", "co-mutated" ...)."""
    idx = sorted(m.match.slots.get("cause", ()))
    if len(idx) < 2 or not any(m.tokens[i].lower == "and" for i in range(idx[0], idx[-1])):
        return True
    return not _JOINT_CONDITION.search(m.text)


@guard
def not_a_level_in_resistant_cells(m: MatchContext) -> bool:
    """"X was downregulated (or upregulated) in cells resistant to Y" says where X's level stands, not that X's
    carriers resist: the level rules read it (the low level, or the high one, as an association)."""
    return not m.cue_in("downregulated_in", m.match.start, m.match.end) and \
        not m.cue_in("upregulated_in", m.match.start, m.match.end)


_LOWERED_BEFORE = lazy_compile(
    r"\b(?:(?P<loss>loss|absence|lack|deletion|inactivation|knockout|knock-out|ablation|removal)|"
    r"(?P<down>downregulation|down-regulation|(?:reduced|decreased|diminished|impaired|low|lower)\s+"
    r"(?:expression|levels?|activity|function)|(?:decrease|reduction|decline)(?:\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:expression|levels?|activity|function))?|silencing|knockdown|knock-down|depletion|inhibition|suppression|"
    r"under-?expression)|(?P<defect>defects?|deficiency|deficiencies|insufficiency|dysfunction))\s+(?:of|in)\s+(?:the\s+)?$|"
    r"\b(?P<adj>insufficient|defective|deficient)\s+$|\b(?:a\s+|the\s+)?(?P<downadj>reduced|decreased|diminished|"
    r"impaired|attenuated)\s+$|"
    # the gerund of a genetic lowering, no "of": "silencing SMAD4 attenuated the sensitivity to cetuximab"
    r"(?:^|[.;:,]\s*|\b(?:by|that|and|while|whereas)\s+)(?P<gerund>silencing|knocking\s+down|depleting)\s+$", re.I)


# "knockdown of the STAT3 phosphatase, protein tyrosine phosphatase receptor delta (PTPRD)": a protein named by its
# role is lowered, the gene that plays it follows in apposition
_LOWERED_ROLE_BEFORE = lazy_compile(
    r"\b(?:(?P<loss>loss|absence|lack|deletion|inactivation|knockout|knock-out|ablation)|downregulation|"
    r"down-regulation|silencing|knockdown|knock-down|depletion)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:phosphatase|kinase|transporter|receptor|protein|enzyme|ligase|suppressor|regulator|gene)\s*,\s*"
    r"(?:[\w\-]+\s+){0,4}$", re.I)


def _lowered_by_role(m: MatchContext, token: int):
    """The lowering of the protein whose apposition the entity at ``token`` is (``_LOWERED_ROLE_BEFORE``), or None."""
    if token < 0:
        return None
    return _LOWERED_ROLE_BEFORE.search(m.text, max(0, m.tokens[token].start - 100), m.tokens[token].start)


_LOW_WORDS = r"low|lower|reduced|decreased|absent|negative|loss\s+of|lack\s+of|absence\s+of"
_WORD_BEFORE_END = r"\s+(?:(?!and\b|or\b|of\b|in\b|with\b)[a-z]+\s+)?$"  # one plain word between: "reduced marginal"
_LOW_MARKER_BEFORE = lazy_compile(r"\b(?:" + _LOW_WORDS + r")" + _WORD_BEFORE_END, re.I)
# low, or cells said to be few where they infiltrate ("poor CD8+ T cell infiltration", "sparse tumour-infiltrating
# lymphocytes")
_LOW_OR_SPARSE_BEFORE = lazy_compile(r"\b(?:" + _LOW_WORDS + r"|poor|sparse|scarce|limited|little|weak)"
                                     + _WORD_BEFORE_END, re.I)
_LOWERED_AFTER = lazy_compile(r"[-\s](downregulation|down-regulation|underexpression|under-expression|silencing|"
                              r"deficiency|insufficiency|loss|deletion|inactivation|knockdown|knock-down|depletion|suppression|"
                              r"inhibition)\b", re.I)


def _process_of_cells_named(entity: Entity, m: MatchContext, token: int, found) -> bool:
    """The lowering word before the mention is a cell population's failure that is already a mechanism at that
    token ("dysfunction of CD8+ T cells" is CD8+ T cell dysfunction): neither the cells nor that mechanism are
    lowered again."""
    word = found.group(0).split()[0].lower()
    processes = [e for e in m.tokens[token].entities if e.category == "ResistanceMechanism"]
    return entity.category in ("CellType", "ResistanceMechanism") and \
        any(p.name.lower().endswith(f" {word}") for p in processes)


# a level word written bare before a gene product or molecule, no level noun after it ("low AREG", "absent MGMT"):
# the product's low level; never the verb "lower" ("statins may lower LDL")
_BARE_LOW_BEFORE = lazy_compile(r"(?:\b(?P<lead>\w+)\s+)?(?<![\w\-])(?P<word>low|absent|undetectable|lower)\s+$", re.I)
# words after which "lower" is the verb ("statins may lower LDL", "used to lower", "drugs that lower"), unless "to"
# follows a word that takes it as a preposition ("linked to lower AREG")
_LOWER_AS_VERB_AFTER = frozenset({"can", "may", "might", "will", "could", "would", "that", "which", "to", "who", "they"})
_TO_AS_PREPOSITION = lazy_compile(r"\b(?:linked|due|related|tied|attributed|attributable|led|leads|lead|owing)\s+to\s+$",
                                  re.I)


def _bare_low_before(m: MatchContext, token: int) -> bool:
    """A bare low level written right before the mention at ``token`` ("low AREG", "absent MGMT", "linked to lower
    EREG"), never the verb "lower"."""
    start = m.tokens[token].start
    found = _BARE_LOW_BEFORE.search(m.text, max(0, start - 40), start)
    if found is None:
        return False
    if found.group("word").lower() != "lower" or (found.group("lead") or "").lower() not in _LOWER_AS_VERB_AFTER:
        return True
    return found.group("lead").lower() == "to" and bool(_TO_AS_PREPOSITION.search(m.text, max(0, start - 60),
                                                                                     found.start("word")))


def _lowered(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A cause named by its loss or lowering ("loss of SMAD4", "downregulation of miR-200c", "defects in
    IFN-gamma signalling", "insufficient SMURF1"): the loss is the cause, named with the entity."""
    if token >= 0 and entity.category == "Biomarker" and entity.attr("biomarker_kind") not in ("wild_type",) and \
            _LOW_MARKER_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start) and \
            not entity.name.lower().startswith(("low", "loss")):
        return mechanism(f"low {entity.name}", [], m)  # "not effective in patients with low ERCC1 expression"
    if token >= 0 and entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression" and \
            not entity.name.lower().startswith(("low", "loss")) and \
            _LOWERED_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return mechanism(f"low {entity.name}", [], m)  # "knockdown of PTEN expression": the expression lowered
    if token < 0 or entity.category not in ("Gene", "Molecule", "Pathway", "CellType", "ResistanceMechanism"):
        return None
    if entity.category in ("Gene", "Molecule") and not entity.attr("family") and \
            _bare_low_before(m, token):
        return _level_entity(entity, True)  # "resistance was linked to low AREG": the low level, never AREG itself
    found = _LOWERED_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start)
    role = _lowered_by_role(m, token) if found is None and entity.category == "Gene" else None
    if role is not None:  # "knockdown of the STAT3 phosphatase, PTPRD": PTPRD lowered
        return _alteration_with_gene(m, entity, "loss") if role.group("loss") else \
            mechanism(f"{entity.name} downregulation", [entity], m, synonyms=_LOWERED_FORMS["downregulation"](entity.name))
    if found is None and entity.category in ("Gene", "Molecule", "Pathway"):
        # "TOP1 downregulation", "SMAD4 deficiency", "IFN-gamma signalling loss" (a lost pathway is no activation)
        after = _LOWERED_AFTER.match(m.text, m.tokens[token].end)
        if after is not None:
            word = after.group(1).lower()
            if word in ("loss", "deletion", "inactivation") and entity.category == "Gene":
                return _alteration_with_gene(m, entity, "loss")
            label = "deficiency" if word.startswith(("defic", "insuffic")) else "loss" if word in ("loss", "deletion", "inactivation") \
                else "downregulation"
            return mechanism(f"{entity.name} {label}", [entity], m)
    if found is None:
        return None
    if _process_of_cells_named(entity, m, token, found):
        return None  # "dysfunction of CD8+ T cells": the cells' process is the cause, named once (cell_processes)
    if entity.category == "ResistanceMechanism":  # "insufficient SMURF1-mediated ubiquitination of STAT1"
        words = " ".join(found.group(0).split()).lower()
        return mechanism(f"{words} {entity.name}", [], m)
    if found.group("loss") and entity.category == "Gene":
        return _alteration_with_gene(m, entity, "loss")
    label = "loss" if found.group("loss") else "downregulation" if found.group("down") or found.group("downadj") or \
        found.group("gerund") else "deficiency"
    return mechanism(f"{entity.name} {label}", [entity], m, synonyms=_LOWERED_FORMS[label](entity.name))


# the other ways a text writes the same lowering ("defects in IFN-γ signaling", "IFN-γ signaling defects")
_LOWERED_FORMS = {
    "deficiency": lambda n: (f"defective {n}", f"defects in {n}", f"{n} defects", f"{n} defect", f"deficient {n}"),
    # a count noun is lost in the plural ("loss of neoantigens"); a gene symbol is not ("loss of PTEN")
    "loss": lambda n: (f"loss of {n}", f"{n} loss") + ((f"loss of {n}s",) if n[-1:].islower() and n[-1] != "s" else ()),
    "downregulation": lambda n: (f"downregulation of {n}", f"reduced {n}"),
}


def _head_of(m: MatchContext, token: int) -> Entity | None:
    """The mechanism an entity completes with "of" ("feedback reactivation of wild-type RAS",
    "epithelial-mesenchymal transition of tumour cells"): the head of the noun phrase is the cause."""
    if token < 2 or m.tokens[token - 1].lower != "of":
        return None
    return next((e for e in m.tokens[token - 2].entities if e.category == "ResistanceMechanism"), None)


_HIGH_LEVEL = lazy_compile(r"(?:a\s+)?(?:high|higher|elevated|increased)\s+(?:levels?|expression)\b", re.I)
# a raised level said of an expression marker, before it ("increased ABCG2 expression", "increased immunohistochemical
# expression of ABCG2", "by upregulation of BIRC3 expression") or after it ("UCA1 expression was markedly higher")
_RAISED_MARKER_BEFORE = lazy_compile(r"\b(?:increased|elevated|high|higher|enhanced|raised|up-?regulated|"
                                     r"(?:up-?regulation|overexpression)\s+of|enhancing|upregulating|increasing)" + _WORD_BEFORE_END, re.I)
_RAISED_MARKER_AFTER = lazy_compile(r"\s+(?:levels?\s+)?(?:is|are|was|were)\s+(?:also\s+)?(?:\w+ly\s+)?"
                                    r"(?:higher|increased|elevated|up-?regulated|enhanced)\b", re.I)


def _raised_expression(entity: Entity, m: MatchContext, token: int) -> bool:
    """An expression marker the sentence says is raised, by a word just before it or a predicate just after it (a
    circulating level, "elevated serum IL-22", is a level, not the gene's overexpression, so only expression counts)."""
    if token < 0 or entity.category != "Biomarker" or entity.attr("biomarker_kind") != "expression" or \
            not entity.name.endswith(" expression"):
        return False
    start, end = m.tokens[token].start, m.tokens[token].end
    return _RAISED_MARKER_BEFORE.search(m.text, max(0, start - 40), start) is not None or \
        _RAISED_MARKER_AFTER.match(m.text, end) is not None


_PATHWAY_HEAD = lazy_compile(r"\b(?:signal(?:l)?ing|pathways?|axis|cascade|network)\b", re.I)


def _cause(entity: Entity, m: MatchContext, token: int, rescuer: bool = False) -> Entity | None:
    """What a named entity causes resistance as (see :func:`as_cause`); with ``rescuer``, the therapy of the
    match's ``therapy`` slot is the one that overcomes it, so its own targets may well be the cause ("crizotinib
    overcame MET-driven resistance"), and so may those of the drug or class a ``means`` slot names as what an
    inhibition was carried out with ("inhibition of MET with crizotinib restored sensitivity to cetuximab")."""
    vocab = m.reading.vocab
    skip = ("therapy", "means") if rescuer else ()
    if entity.category == "CellType" and (entity.id in vocab.lexicon.get("effector_cells", ()) or
                                          _EFFECTOR_NAME.search(entity.name) and not _SUPPRESSOR_NAME.search(entity.name)):
        return None  # effector cells resist nothing: their absence is the mechanism
    if entity.category == "CellType" and entity.attr("cell_line"):
        return None  # "MET knockdown sensitized Caco-2 cells to cetuximab": the line is the model, not the cause
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "immune_infiltrate" and \
            _EFFECTOR_NAME.search(entity.name) and not _SUPPRESSOR_NAME.search(entity.name):
        return None  # nor does their infiltration ("hampers cytotoxic T cell infiltration, limiting the efficacy of ...")
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") in ("wild_type", "sidedness", "subtype") or \
            entity.name in ("ctDNA", "cfDNA", "liquid biopsy"):
        return None
    if _status_of_target(entity, m, _POSITIVE_STATUS, skip):
        return None  # "trastuzumab resistance is common in HER2-positive disease": the population, not the cause
    if _status_of_target(entity, m, _EXPRESSION, skip):
        return None  # "tumours with high EGFR expression were less sensitive to cetuximab": the drug's own target
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression" and token >= 0 and \
            _HIGH_LEVEL.match(m.tokens[token].text):
        # "a high level of PLCgamma1 contributes to cetuximab resistance": the cause is the overexpression
        gene = vocab.gene_entity(re.sub(r"\s+(?:expression|levels?)$", "", entity.name))
        if gene is not None:
            return _alteration_with_gene(m, gene, "overexpression")
    if _raised_expression(entity, m, token):
        # "tumours with increased ABCG2 expression were more resistant to SN-38": the overexpression, not the level
        gene = vocab.gene_entity(entity.name[:-len(" expression")])
        if gene is not None:
            return _alteration_with_gene(m, gene, "overexpression")
    if entity.category == "Molecule" and entity.attr("gene") and _OVER.search(_own_words(m, token)) and \
            entity.id not in _targets_of_therapies(m, skip):
        # "through heregulin up-regulation": the raised level of the molecule is the cause, not the molecule itself, as
        # "increased expression of amphiregulin" names its level (never the therapy's own target)
        return _level_entity(entity, False)
    if entity.category not in ("Gene", "Pathway"):
        return entity
    around = _own_words(m, token)
    if entity.category == "Gene":
        kind = "overexpression" if _OVER.search(around) else ("amplification" if "amplif" in around else
                                                              ("mutation" if "mutat" in around else None))
        kind = kind or _listed_kind(m, token)
        if kind:
            return _alteration_with_gene(m, entity, kind)
        if _drives_process(m, token):
            # "MET-driven resistance": the one gain of the gene the document names ("PLCG1-dependent resistant
            # cells" where PLCG1 is said to be overexpressed), else its activity; never the resisted drug's target
            if entity.id in _targets_of_therapies(m, skip):
                return None
            return _named_alteration(entity, m) or mechanism(f"{entity.name} activation", [entity], m)
        if _ACT.search(around) or _ACT_VERB_BEFORE.search(_list_lead_words(m, token)) or _activation_governs(m, token) \
                or _shares_activation(m, token):
            # named also as the text writes the gene ("activation of ... MET and RON": "RON activation" of MST1R)
            return mechanism(f"{entity.name} activation", [entity], m, synonyms=_written_activation(entity, m, token))
        # a gene named as the cause, with no word for how: the gene itself, unless it is what the
        # therapy targets ("resistance to cetuximab, an EGFR antibody" does not make EGFR the cause)
        if entity.id in _targets_of_therapies(m, skip) or entity.attr("family"):
            return None
        if _associated_with_process(m, token):
            # "KRAS-associated cetuximab resistance" in a text that calls KRAS mutated: the mutation goes with it
            return _named_alteration(entity, m) or entity
        return entity
    # a pathway named as the cause is its activation, unless it is the pathway of the therapy's own
    # target ("mutations downstream of the EGFR signalling pathway cause resistance to anti-EGFR therapy")
    targets = _targets_of_therapies(m, skip)
    if targets and (any(g is not None and g.id in targets for g in
                        (vocab.gene_entity(w) for w in re.findall(r"[A-Za-z0-9\-]+", entity.name))) or
                    any(x.entity.id in targets for x in m.reading.recognizer.find(_PATHWAY_HEAD.sub(" ", entity.name))
                        .of("Gene", "Molecule"))):
        return None  # also a target named by its protein or ligand: "the VEGF pathway", "the PD-1/PD-L1 axis"
    if _DYSREGULATED.search(_own_words(m, token)) or _undirected_change(m, token):
        # not said to be raised: "aberrant Wnt signalling", "modifications of cell cycle dynamics" name no direction
        return mechanism(f"{entity.name} dysregulation", [entity], m)
    return mechanism(_activation_name(entity), [entity], m, synonyms=_written_activation(entity, m, token))


def _activation_name(entity: Entity) -> str:
    """The name of a pathway's or process's activation: "<name> activation", or the name itself where it already
    says so (the process "T-cell activation" is not "T-cell activation activation").

    >>> _activation_name(Entity("crc:x", "Pathway", "Wnt signaling"))
    'Wnt signaling activation'
    >>> _activation_name(Entity("crc:y", "Pathway", "T-cell activation"))
    'T-cell activation'
    """
    return entity.name if re.search(r"\bactivation$", entity.name, re.I) else f"{entity.name} activation"


# "Beclin-1 and its associated autophagy were activated": the predicate the gene shares with its process
_SHARED_ACTIVATION = lazy_compile(r"\s+and\s+(?:its|their)\s+(?:[\w\-]+\s+){1,4}(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                                  r"(?:activated|upregulated|up-regulated|induced|enhanced|increased)\b", re.I)
_DRIVES = lazy_compile(r"[-\s]?(?:driven|mediated|dependent|induced|triggered)\b", re.I)
_PREDICATE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|be|been|being|becomes?|became|remains?)\s+(?:\w+ly\s+)?$", re.I)
# (s60: a raised phosphorylation too, "increased phosphorylation of several RTKs, including MET and RON")
_ACTIVATION_HEAD = lazy_compile(r"\b(?:activated|activating|(?:hyper|re)?activation\s+of|(?:increased|enhanced|elevated|"
                                r"higher|augmented)\s+phosphorylation\s+of)\b", re.I)


_ASSOCIATED = lazy_compile(r"[-\s]?(?:associated|related)\b", re.I)


def _associated_with_process(m: MatchContext, token: int) -> bool:
    """The gene only goes with the process it qualifies ("KRAS-associated resistance"): the gene's one alteration the
    document names is what goes with it, when it names one."""
    return token >= 0 and bool(_ASSOCIATED.match(m.text, m.tokens[token].end))


def _drives_process(m: MatchContext, token: int) -> bool:
    """The gene only qualifies the process it drives ("MET-driven resistance", "YAP1-mediated resistance"):
    what causes the resistance is its activity, not the bare gene."""
    return token >= 0 and bool(_DRIVES.match(m.text, m.tokens[token].end))


def _shares_activation(m: MatchContext, token: int) -> bool:
    """The gene shares its process's predicate of activation ("Beclin-1 and its associated autophagy were
    activated"): the cause is the gene's activity, beside the process."""
    return token >= 0 and bool(_SHARED_ACTIVATION.match(m.text, m.tokens[token].end))


def _activation_governs(m: MatchContext, token: int) -> bool:
    """A word of activation opens the noun phrase the gene closes ("the activated transcription factor
    NF-kB"; "the activation of compensatory pathways, such as ERBB2 and MET"): no verb stands between."""
    if token < 0:
        return False
    lo = m.tokens[m.clause.lo].start
    start = m.tokens[token].start
    heads = [h for h in _ACTIVATION_HEAD.finditer(m.text, max(lo, start - 80), start)
             if not _PREDICATE_BEFORE.search(m.text, max(0, h.start() - 20), h.start())]
    if not heads:
        return False  # "ERBB3 is activated, and FGFR1 ...": a predicate of another, not the head of this phrase
    between = [t for t in m.tokens[m.clause.lo:token] if t.start >= heads[-1].end()]
    return not any(lex in t.cues for t in between for lex in _CLAUSE_VERBS)


def _written_activation(entity: Entity, m: MatchContext, token: int) -> tuple[str, ...]:
    """The activation named with the words the text uses for the pathway ("RAS/RAF/MEK/ERK pathway activation"), or
    for the gene ("RON activation" of MST1R: no pathway form)."""
    if token < 0:
        return ()
    written = re.sub(r"\s+(?:signal(?:l)?ing\s+)?pathways?$", "", m.tokens[token].text.strip())
    if not written or written == entity.name:
        return ()
    if entity.category == "Gene":
        return (f"{written} activation", f"activation of {written}")
    return (f"{written} activation", f"{written} pathway activation", f"activation of {written}")


_LISTED_KIND = lazy_compile(r"\b(rearrangements?|fusions?|translocations?|mutations?|amplifications?)\s+(?:in|of|involving)\s+(?:the\s+)?"
                            r"([\w\s\-()/,]{0,160})$", re.I)


# words that make the gene after them a landmark of the list, not one of its members
_LANDMARK = lazy_compile(r"\b(?:(?:downstream|upstream)\s+(?:of|from)|other\s+than|beyond|besides|except)\b", re.I)


def _listed_kind(m: MatchContext, token: int) -> str | None:
    """The kind a list of genes shares with the word that opens it ("rearrangements in NTRK (...)/ROS1/
    ALK/RET": each a rearrangement; "mutations in JAK1/2, IFN-gamma receptors or IRF1"), when only
    names, slashes, commas, brackets and a few plain words stand between."""
    if token < 0:
        return None
    lo = m.tokens[m.clause.lo].start
    found = _LISTED_KIND.search(m.text, max(lo, m.tokens[token].start - 200), m.tokens[token].start)
    if found is None or re.search(r"\b(?:and|or)\s+\w+\s+(?:is|are|was|were|have|has)\b", found.group(2)):
        return None
    if _LANDMARK.search(found.group(2)):
        return None  # "mutations in the genes downstream of EGFR": the gene only says where the mutated ones lie
    between = [t for t in m.tokens[m.clause.lo:token] if t.start >= found.end(1)]
    if any(lex in t.cues for t in between[1:] for lex in _CLAUSE_VERBS) or \
            sum(1 for t in between if not t.is_entity and t.text.isalpha()) > 8:
        return None
    word = found.group(1).lower()
    return "mutation" if word.startswith("mutation") else "amplification" if word.startswith("amplif") else \
        "fusion"  # as the recogniser names "rearrangements of RET"


_CLAUSE_VERBS = ("is", "confer", "associate", "resistance", "resistant", "reduce", "activate", "recruit", "inhibit")


def _status_of_target(entity: Entity, m: MatchContext, kinds: frozenset[str], skip: tuple[str, ...] = ()) -> bool:
    """The entity is a status of ``kinds`` of what the resisted therapy itself acts on: its positivity
    ("HER2-positive" for trastuzumab: the marker the therapy is given for names the population in which
    resistance arises, it does not cause it; a mutation or a gain of that target may) or its expression
    ("EGFR expression" beside cetuximab, high or not: the level of the drug's own target is no cause)."""
    gene = _gene_of_status(m.reading.vocab, entity, kinds)
    return gene is not None and gene.id in _targets_of_therapies(m, skip)


_EXPRESSION = frozenset({"expression"})


# a target's positivity (what a cause may not be), and also its level (what a predictor may not be); an
# amplification of it may be acquired on treatment (an on-target cause)
_POSITIVE_STATUS = frozenset({"expression_status"})
# what selects patients for a therapy aimed at the gene: its positivity, expression, overexpression or amplification
_SELECTION_KINDS = _POSITIVE_STATUS | {"expression", "overexpression", "amplification"}


def _gene_of_status(vocab, marker: Entity, kinds: frozenset) -> Entity | None:
    """The gene whose status or level ``marker`` is, when its kind is one of ``kinds`` ("HER2-positive":
    ERBB2); None for any other marker."""
    kind = marker.attr("biomarker_kind") if marker.category == "Biomarker" else \
        marker.attr("alteration_kind") if marker.category == "Alteration" else None
    if kind not in kinds:
        return None
    named = marker.attr("gene") or (_STATUS_WORD_AFTER.sub("", marker.name).split("-")[0]
                                    if marker.category == "Biomarker" else "")
    return vocab.gene_entity(named)


# the word that makes a gene's name a reading of it ("EGFR expression"); a level said low ("low EGFR expression")
# keeps its first word and names no gene
_STATUS_WORD_AFTER = lazy_compile(r"\s+(?:expression|levels?|positivity|overexpression)$", re.I)


def _targets_of_therapies(m: MatchContext, skip: tuple[str, ...] = (), with_scope: bool = True) -> set[str]:
    """Gene ids the match's therapies (its slots, but those in ``skip``, and the discourse's unless not
    ``with_scope``) act on."""
    therapies = [e for name, es in m.slot_entities.items() if name not in skip
                 for e in es if e.category in THERAPY]
    if with_scope:
        therapies += _scope_therapies(m)
    vocab = m.reading.vocab
    targets = set()
    for t in therapies:
        targets |= therapy_targets(vocab, t)
        targets |= {o.id for s, p, o in m.rec.implied if s.id == t.id and p == "targets"}
    return targets


_WORDS_AFTER = lazy_compile(r"\s+(?:is|are|was|were|being|been)\s+(?:\w+ly\s+)?[\w\-]+|[-\s]?(?:gene\s+|protein\s+)?[\w\-]+",
                            re.I)
_WORDS_BEFORE = lazy_compile(r"(?:[\w\-]+\s+(?:of\s+)?(?:the\s+)?|[\w\-]+\s+)$", re.I)


# a verb of activation that governs a whole list ("stimulates MAPK and AKT", "activates ERK and AKT in parallel")
_ACT_VERB_BEFORE = lazy_compile(r"\b(?:activat\w*|stimulat\w*|hyperactivat\w*|reactivat\w*|phosphorylat\w*)\s+(?:the\s+)?$",
                                re.I)


def _list_lead_words(m: MatchContext, token: int) -> str:
    """The words before the first item of the coordination a gene closes ("stimulates MAPK and AKT": for
    AKT, "stimulates "): a verb before a list governs every item. Empty when the gene opens no list."""
    k = token
    while k >= 2 and m.tokens[k - 1].lower in (",", "and", "or", "/") and m.tokens[k - 2].is_entity:
        k -= 2
    if k == token or k < 0:
        return ""
    t = m.tokens[k]
    return m.text[max(0, t.start - 30):t.start]


def _own_words(m: MatchContext, token: int) -> str:
    """The words that qualify a gene where it stands: the word after it (or its predicate, "MCL1 was
    markedly upregulated") and the phrase before it ("overexpression of the", "activated"), not the
    words of a neighbouring entity ("TAZ overexpression sustains YAP1-mediated resistance")."""
    if token < 0:
        return ""
    t = m.tokens[token]
    after = _WORDS_AFTER.match(m.text, t.end)
    before = _WORDS_BEFORE.search(m.text, max(0, t.start - 30), t.start)
    return ((before.group(0) if before else "") + " " + (after.group(0) if after else "")).lower()


@transform(_cause_categories)
def resistant_carrier(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What carriers who draw no benefit from a therapy carry, as the cause of their resistance: a
    molecular subtype counts ("not effective in CMS4 tumours"); wild-type statuses and sidedness do not,
    and the rest is read as :func:`as_cause` reads it."""
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "subtype":
        return entity
    return as_cause(entity, m, token)


@transform(lambda cats: (set(cats) & {"Alteration", "ResistanceMechanism"}) |
           ({"Alteration", "ResistanceMechanism"} if set(cats) - {"Alteration", "ResistanceMechanism"} else set()))
def as_target_of_rescue(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a rescue overcomes: an alteration or mechanism (a gene, pathway, cell or molecule named as
    the problem becomes the mechanism it drives)."""
    if entity.category in ("Alteration", "ResistanceMechanism"):
        if entity.attr("alteration_kind") == "wild_type" or _own_target_population(entity, m, token):
            return None
        return entity
    if entity.category == "Biomarker":
        return None
    head = _modified_head(m, token)
    if head is not None:
        return head  # "reverses CD8 T-cell exhaustion": the exhaustion, not CD8
    # "ERBB3-mediated resistance" overcome: the gene's named gain, or that mediated resistance (below)
    drives = entity.category == "Gene" and _drives_process(m, token)
    if drives and entity.id in _targets_of_therapies(m, ("therapy",)):
        return None  # "crizotinib overcame EGFR-driven resistance to cetuximab": EGFR is what cetuximab blocks
    # what a rescue suppresses is exactly what it overcomes
    cause = entity if drives else _cause(entity, m, token, rescuer=True)
    if cause is None:
        return None
    if cause.category in ("Alteration", "ResistanceMechanism"):
        return cause
    if cause.category == "Gene":
        named = _named_alteration(cause, m)
        if named is not None:
            return named  # "PLCG1-dependent resistant cells", where PLCG1 is said to be overexpressed
    label = "mediated resistance"
    written = m.tokens[token].text if token >= 0 else cause.name
    names = {written, _singular_name(written), *sorted(cause.synonyms, key=lambda x: (len(x), x))[:3]}
    return mechanism(f"{cause.name}-{label}", [cause], m, synonyms=tuple(f"{n}-{label}" for n in sorted(names)))


def _own_target_population(entity: Entity, m: MatchContext, token: int) -> bool:
    """The rescued "target" is a mutation of what the therapy (or a part of a combination) itself inhibits, named
    as the kind of cells or tumours treated ("PLX4720 with a PI3K inhibitor inhibited BRAF-mutant cells"): the
    drug's own target marks whom it is given to, not a resistance it overcomes. A gain of the target ("crizotinib
    overcame MET amplification"), a mutation named as the problem itself, and a resistance to another drug the
    match names ("sensitizes BRAF-mutant tumours to cetuximab") stay. A mutation that another therapy of the clause
    acts on marks the cells that therapy is given to ("re-sensitised KRAS G12C-mutant cells to adagrasib": the
    cells adagrasib targets, no cause of its resistance)."""
    if token < 0 or entity.category != "Alteration" or entity.attr("alteration_kind") != "mutation":
        return False
    if not _MUTANT_ADJECTIVE.search(m.tokens[token].text):
        return False
    gene = m.reading.vocab.gene_entity(entity.attr("gene") or "")
    if gene is None:
        return False
    others = {e.id: e for i in range(m.clause.lo, m.clause.hi) for e in m.tokens[i].entities
              if e.category in THERAPY and not any(e.id == t.id for t in m.slot_entities.get("therapy", ()))}
    if any(gene.id in _acts_on(m, e) for e in others.values()):
        return True  # "co-targeting SHP2 re-sensitised KRAS G12C-mutant cells to adagrasib": adagrasib's own target
    if any(e.category in THERAPY for name, es in m.slot_entities.items() if name != "therapy"
           for e in es):
        return False  # "vemurafenib sensitizes BRAF-mutant tumours to cetuximab": a resistance to another drug
    return any(gene.id in _acts_on(m, e) for e in m.slot_entities.get("therapy", ())
               if e.category in THERAPY)


# an alteration written as an adjective of the cells or tumours it marks ("BRAF-mutant", "BRAF V600E-mutated")
_MUTANT_ADJECTIVE = lazy_compile(r"[-\s](?:mutant|mutated)\b", re.I)


_FUNCTION_TAIL = lazy_compile(r"[-\s]+(?:expression|levels?|function|activity|machinery)$", re.I)
_LOSS_FORMS = ("defective {}", "impaired {}", "loss of {}", "reduced {}", "{} loss", "{} defects", "{} deficiency")


@transform({"ResistanceMechanism"})
def lost_function(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a therapy that restores or improves a function overcomes: the mechanism the vocabulary names as
    that function's loss ("restored antigen presentation": defective antigen presentation; "restoring MHC-I
    expression": its loss). None where the vocabulary names no such loss: improving a function is no rescue
    of anything else ("boosts dendritic cell function"). Only ways of evading immunity: a drug that "enhanced
    apoptosis" does what it is given for, it overcomes no evasion of apoptosis."""
    written = m.tokens[token].text if token >= 0 else entity.name
    vocab = m.reading.vocab
    for name in dict.fromkeys((written, _FUNCTION_TAIL.sub("", written), entity.name, *sorted(entity.synonyms))):
        for form in _LOSS_FORMS:
            hit = vocab.by_name.get(form.format(name).lower())
            found = vocab.entities.get(hit) if hit else None
            if found is not None and found.category == "ResistanceMechanism" and \
                    found.attr("taxonomy_class") == "immune_evasion":
                return found
    return None


@transform({"Alteration", "ResistanceMechanism"})
def as_state_countered(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What strategies listed against a state of the tumour are put forward against: read as
    :func:`as_target_of_rescue` reads it, except that a pathway the state is dominated by is its activation
    even where a listed therapy blocks that pathway ("dominated by TGF-beta signalling, where strategies
    include TGF-beta blockade": blocking it is the point). A gene or alteration is no such state: "KRAS-mutant
    cancer, for which treatment options include FOLFOX" names the treatment of a population, not a rescue."""
    if entity.category in ("Gene", "Alteration", "Biomarker"):
        return None
    if entity.category == "Pathway":
        return mechanism(_activation_name(entity), [entity], m, synonyms=_written_activation(entity, m, token))
    return as_target_of_rescue(entity, m, token)


_GAIN_KINDS = ("overexpression", "amplification", "mutation", "fusion")
_RESISTANCE_TALK = lazy_compile(r"resist|refractor|unresponsive|insensitiv|\bMDR\b", re.I)


def _named_alteration(gene: Entity, m: MatchContext) -> Entity | None:
    """The one gain of a gene (overexpression, amplification, mutation or fusion) the document names,
    when a rescue names the gene bare as its target ("destabilizes TAZ", "PLCG1-dependent resistant
    cells" in a text that calls TAZ or PLCG1 overexpressed); None when the document names none or
    more than one kind. Loss (knockdown, silencing) is an experiment, not the problem."""
    kinds = _document_gene_kinds(m.reading).get(gene.id, set())
    if len(kinds) != 1:
        return None
    return _alteration_with_gene(m, gene, next(iter(kinds)))


def _document_gene_kinds(reading) -> dict[str, set[str]]:
    """Gene id -> the kinds of gain the document names for it in sentences that speak of resistance: an
    Alteration mention ("TAZ overexpression"), or the gene's own words ("PLCG1 is overexpressed", "a high
    level of PLCG1"); one pass over the document."""
    return reading.document_wide("gene_gain_kinds", _scan_gene_kinds)


def _scan_gene_kinds(reading) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    # a gain said of resistance only ("higher in tumour than in normal tissue" is not)
    for sentence, rec in sentences_speaking(reading, _RESISTANCE_TALK):
        text = sentence.norm
        for s, p, o in rec.implied:
            if p == "alteration_of" and s.category == "Alteration" and s.attr("alteration_kind") in _GAIN_KINDS:
                kinds.setdefault(o.id, set()).add(s.attr("alteration_kind"))
        for mention in rec.mentions:
            e = mention.entity
            if e.category == "Alteration" and e.attr("alteration_kind") in _GAIN_KINDS and e.attr("gene"):
                gene = reading.vocab.gene_entity(e.attr("gene"))
                if gene is not None:
                    kinds.setdefault(gene.id, set()).add(e.attr("alteration_kind"))
            if e.category == "Biomarker" and e.attr("biomarker_kind") == "expression" and _HIGH_LEVEL.match(mention.text):
                gene = reading.vocab.gene_entity(re.sub(r"\s+(?:expression|levels?)$", "", e.name))
                if gene is not None:  # "a high level of PLCG1"
                    kinds.setdefault(gene.id, set()).add("overexpression")
            if e.category != "Gene" or GOVERNED_GENES_AFTER.match(text, mention.end):
                continue  # "elevated expression of YAP target genes": a gain of its targets, not of the gene
            after = _WORDS_AFTER.match(text, mention.end)
            before = _WORDS_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            around = ((before.group(0) if before else "") + " " + (after.group(0) if after else "")).lower()
            kind = "overexpression" if _OVER.search(around) else ("amplification" if "amplif" in around else None)
            if kind:
                kinds.setdefault(e.id, set()).add(kind)
    return kinds


@transform({"ResistanceMechanism"})
def as_reactivation(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a sustained suppression of a gene's or pathway's signalling overcomes: its reactivation (the
    rebound that escapes each drug alone); a named mechanism stays itself."""
    if entity.category == "ResistanceMechanism":
        return entity
    if entity.category not in ("Gene", "Pathway"):
        return None
    name = entity.name if entity.category == "Pathway" else f"{entity.name} pathway"
    written = m.tokens[token].text if token >= 0 else entity.name  # "ERK pathway" of the MAPK pathway
    return mechanism(f"{name} reactivation", [entity], m,
                     synonyms=tuple(dict.fromkeys((f"{entity.name} reactivation", f"{written} reactivation"))))


def _modified_head(m: MatchContext, token: int) -> Entity | None:
    """A gene or cell written right before a named mechanism only modifies it ("CD8 T-cell exhaustion",
    "TAM-mediated immunosuppression" read as two mentions): the mechanism is the head."""
    if token < 0 or token + 1 >= len(m.tokens) or m.tokens[token].entities[0].category not in ("Gene", "CellType", "Molecule"):
        return None
    nxt = m.tokens[token + 1]
    if not nxt.is_entity or m.text[m.tokens[token].end:nxt.start].strip(" -") != "":
        return None
    return next((e for e in nxt.entities if e.category == "ResistanceMechanism"), None)


_BLOCKADE_WORD = lazy_compile(r"(?:blockade|inhibition|neutrali[sz]ation|antagonism)$", re.I)


@transform({"Alteration", "ResistanceMechanism"})
def blocked_target(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a blockade written as such ("IL-17A blockade", "AXL inhibition") blocks, as the mechanism that
    mediated the resistance it reverses; not a drug class named as an agent ("MEK inhibitors"), and not
    what the resisted therapy itself acts on."""
    if entity.category != "DrugClass" or token < 0 or not _BLOCKADE_WORD.search(m.tokens[token].text):
        return None
    vocab = m.reading.vocab
    targets = set(vocab.drug_targets.get(entity.id, ())) | \
        {o.id for s, p, o in (m.rec.implied if m.rec is not None else ()) if s.id == entity.id and p == "targets"}
    if len(targets) != 1:
        return None
    tid = next(iter(targets))
    target = vocab.entities.get(tid) or next((o for s, p, o in m.rec.implied if o.id == tid), None)
    if target is None or target.category not in ("Gene", "Molecule"):
        return None
    if any(tid in _acts_on(m, r) for r in m.slot_entities.get("resisted", ())):
        return None
    return as_target_of_rescue(target, m, -1)


def _singular_name(name: str) -> str:
    """"TAMs" -> "TAM", "MDSCs" -> "MDSC" (an abbreviation's plural)."""
    return name[:-1] if re.fullmatch(r"[A-Z][A-Za-z0-9\-]*[A-Z0-9]s", name) else name


@transform(lambda cats: set(cats) | {"Regimen"})
def with_partner(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, given with the one therapy of the match's ``partner`` slot when there is
    one ("liver RT ... when combined with ICIs": radiotherapy + ICI)."""
    agent = not_resisted(entity, m, token)
    if agent is None:
        return None
    partners = {e.id: e for e in m.slot_entities.get("partner", ())}
    if len(partners) != 1 or agent.id in partners:
        return agent
    return _combined(m, [agent, next(iter(partners.values()))])

@transform({"ResistanceMechanism", "Alteration"})
def blocked_target_mediates(entity: Entity, m: MatchContext, token: int) -> list[Entity]:
    """"IL-17A blockade restored sensitivity to PD-1 inhibition": what the blockade is named for mediated
    the resistance (as "blockade of IL-17A" would say)."""
    out = []
    for target in class_targets(entity, m, token):
        mech = as_target_of_rescue(target, m, -1)
        if mech is not None:
            out.append(mech)
    return out


@transform({"ResistanceMechanism"})
def blocked_route_mediates(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What an inhibitor listed among "inhibitors of immunosuppressive pathways, such as IDO, TGF-beta or
    WNT/beta-catenin" blocks, as the route that mediates the resistance: its one target ("IDO1-mediated
    resistance"), or the pathway or molecule its name is made of; None when it names none or several."""
    if entity.category != "DrugClass":
        return None
    targets = class_targets(entity, m, token)
    written = m.tokens[token].text if token >= 0 else entity.name
    if len(targets) == 1:
        part = targets[0]
    elif not targets:
        stem = re.sub(r"[\s\-]+(?:inhibitors?|blockers?|blockade|antagonists?)$", "", entity.name, flags=re.I)
        found = [x.entity for x in m.reading.find(stem).mentions
                 if x.entity.category in ("Pathway", "Gene", "Molecule") and x.end - x.start == len(stem)]
        if len(found) != 1:
            return None
        part = found[0]
    else:
        return None
    label = "mediated resistance"
    names = sorted({written, part.name, *part.synonyms[:3]} - {""})
    return mechanism(f"{part.name}-{label}", [part], m, synonyms=tuple(f"{n}-{label}" for n in names))


_BLOCKADE_NAMED = lazy_compile(r"(?:blockade|inhibition|neutrali[sz]ation|depletion|knockdown|silencing|antagonism)$", re.I)


@guard
def agent_named_as_blockade(m: MatchContext) -> bool:
    """The agent is named as the act of blocking something ("IL-17A blockade", "CXCR2 inhibition"), not
    as a drug product ("cetuximab increased the sensitivity to irinotecan" names no blocked cause)."""
    return all(_BLOCKADE_NAMED.search(m.tokens[i].text) for i in m.match.slots.get("agent", ()))


@transform(lambda cats: set(cats) & {"Biomarker"})
def status_marker(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A tumour status that is read as a biomarker ("MSS mCRC is resistant to ICIs": MSS also predicts
    resistance); alterations and processes stay causes only."""
    return entity if entity.category == "Biomarker" and entity.attr("biomarker_kind") in (
        "msi_status", "tmb_status", "subtype", "expression") else None


@transform(lambda cats: set(cats))
def last_in_sequence(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"received A and then B until developing X": a therapy another followed is not the one under which X emerged
    (builders/treatment_sequence.py)."""
    end = m.first_cue("until_developing")
    if end is None:
        return entity
    return None if before_last_in_sequence(m.text, m.tokens, token, end) else entity


@qualifier
def emergence_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """An alteration that emerged while a therapy was given ("received A until developing X"): ``hypothesis`` when
    the clause hedges, else ``association``: the two go together in time; the sentence does not say X caused the
    resistance."""
    return "hypothesis" if _clause_hedged(m) else "association"


@transform(lambda cats: set(cats))
def drug_named_after_class(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"resistance to the EGFR-directed therapeutic antibody cetuximab": a class named right before one of its
    drugs only introduces that drug, which is the therapy resisted (the class stays when no drug of it follows)."""
    if entity.category != "DrugClass" or token < 0:
        return entity
    toks = m.tokens
    end = token
    while end + 1 < len(toks) and any(e.id == entity.id for e in toks[end + 1].entities):
        end += 1  # the class's own words
    nxt = end + 1
    if nxt >= min(len(toks), m.clause.hi):
        return entity
    drugs = {e.id: e for e in toks[nxt].entities
             if e.category == "Drug" and m.reading.vocab.in_class(e.id, entity.id)}
    return next(iter(drugs.values())) if len(drugs) == 1 else entity


@transform(lambda cats: set(cats))
def stacked_predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`predictor`, and of markers stacked before one noun only the one the therapy acts on."""
    marker = predictor(entity, m, token)
    if marker is None or _carrier_beside_wild_type(marker, m):
        return None
    return _stacked_marker(marker, m, token)


def _carrier_beside_wild_type(entity: Entity, m: MatchContext) -> bool:
    """An alteration listed with a wild-type status of another gene as the marker of benefit ("recommended for
    CRC with wild-type RAS and PIK3CA mutation"): the two describe one population, the wild-type status the
    benefit; the alteration is who else the patients are, not a marker of response (unless the therapy acts on
    its gene)."""
    if entity.category != "Alteration" or entity.attr("alteration_kind") == "wild_type":
        return False
    gene = entity.attr("gene")
    target = m.reading.vocab.gene_entity(gene or "")
    if target is not None and any(target.id in _acts_on(m, t) for t in m.slot_entities.get("therapy", ())):
        return False  # "trastuzumab is active in RAS wild-type, HER2-amplified mCRC": the alteration it targets
    return any(e.category == "Biomarker" and e.attr("biomarker_kind") == "wild_type" and e.attr("gene") != gene
               for e in m.slot_entities.get("marker", ()))


def _stacked_marker(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """Markers stacked before one noun ("in RAS wild-type, HER2-positive mCRC patients", "in KRAS-mutant
    MSI-H CRC") describe one population: only the marker the therapy is selected for predicts its benefit
    (HER2-positive for tucatinib + trastuzumab, MSI-H for pembrolizumab); the others say whom the study
    enrolled. When the therapy is selected for none of them, each is read as stated."""
    slot = _stacked_run(m, sorted(set(m.match.slots.get("marker") or ()) | ({token} if token >= 0 else set())))
    if len(slot) < 2:
        return entity
    therapies = m.slot_entities.get("therapy", ())
    targets = {g for t in therapies for g in _acts_on(m, t)}
    immune = any(_is_checkpoint_therapy(m, t) for t in therapies)
    vocab = m.reading.vocab

    def aimed_at(e: Entity) -> bool:
        if immune and e.attr("biomarker_kind") in _IMMUNE_SELECTION_KINDS:
            return True
        gene = vocab.gene_entity(e.attr("gene") or e.name.split("-")[0].split(" ")[0])
        return gene is not None and gene.id in targets

    stacked = [e for i in slot for e in m.tokens[i].entities if e.category in ("Biomarker", "Alteration")]
    if not any(aimed_at(e) for e in stacked):
        return entity  # none is what the therapy is selected for: each is read as stated
    return entity if aimed_at(entity) else None


@qualifier
def stacked_population(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """The other markers stacked with the one read before one noun ("for KRAS wild-type CMS2 patients", "in RAS
    wild-type, left-sided tumours"): they name the population the statement holds in, so the edge keeps them
    (``population``: "KRAS wild-type") instead of widening the marker's claim to all its carriers."""
    gene = subject.attr("gene")
    own = [i for i in sorted(set(m.match.slots.get("marker") or ()))
           if any(e.id == subject.id or (gene and e.attr("gene") == gene) for e in m.tokens[i].entities)]
    run = _stacked_run(m, own)  # from the marker read only: "in CMS2 and CMS3" are two populations
    if len(run) < 2:
        return None
    names: list[str] = []
    for i in run:
        if i in own:
            continue
        for e in m.tokens[i].entities:
            if e.category in ("Biomarker", "Alteration") and e.name not in names:
                names.append(e.name)
                break
    return ", ".join(names) or None


# statuses a checkpoint inhibitor is given for: mismatch-repair / microsatellite status, mutational burden
_IMMUNE_SELECTION_KINDS = frozenset({"msi_status", "tmb_status"})


def _is_marker_token(tok) -> bool:
    return any(e.category in ("Biomarker", "Alteration") for e in tok.entities)


def _stacked_run(m: MatchContext, slot: list[int]) -> list[int]:
    """The marker tokens stacked with those of ``slot``: neighbours joined by a comma or a space only
    ("KRAS-mutant, MSI-H", "BRAF-mutant MSI-H"), none by "and" or "or" (two populations)."""
    if not slot:
        return []

    def joined(a: int, b: int) -> bool:
        return m.text[m.tokens[a].end:m.tokens[b].start].strip() in ("", ",")

    def neighbour(i: int, step: int) -> int | None:
        j = i + step
        if m.clause.lo <= j < m.clause.hi and m.tokens[j].text == ",":
            j += step
        if not m.clause.lo <= j < m.clause.hi or not _is_marker_token(m.tokens[j]):
            return None
        return j if joined(min(i, j), max(i, j)) else None

    ordered = sorted(set(slot))
    if not all(joined(a, b) for a, b in zip(ordered, ordered[1:])):
        return ordered
    lo, hi = ordered[0], ordered[-1]
    while (j := neighbour(lo, -1)) is not None:
        lo = j
    while (j := neighbour(hi, 1)) is not None:
        hi = j
    if lo != hi and _listed_on(m, hi):
        return ordered  # (s46 ents) "A, B and C, which are predictive factors": a list of markers goes on, no stack
    return [i for i in range(lo, hi + 1) if _is_marker_token(m.tokens[i])]


def _listed_on(m: MatchContext, i: int) -> bool:
    """The marker token ``i`` is followed by "and"/"or" (after a comma or not) and another marker: a list."""
    j = i + 1
    if j < m.clause.hi and m.tokens[j].text == ",":
        j += 1
    if not (j < m.clause.hi and m.tokens[j].lower in ("and", "or")):
        return False
    return j + 1 < m.clause.hi and _is_marker_token(m.tokens[j + 1])


# a means of escape or resistance named by the verb of the change the tumour made ("by upregulating X and Y", "through
# silencing X", "and recruiting X" after another such means): the verb, with its object right after it (or the first
# item of the object's list)
_MEANS_GERUND_BEFORE = lazy_compile(
    r"\b(?:by|through|via|and)\s+(?P<verb>up-?regulating|overexpressing|over-expressing|expressing\s+high\s+levels\s+of|"
    r"amplifying|(?:re|hyper)?activating|losing|deleting|inactivating|silencing|down-?regulating|suppressing|"
    r"secreting|producing|releasing|recruiting)\s+(?:the\s+)?$", re.I)
_RAISING_GERUNDS = ("upregulating", "up-regulating", "overexpressing", "over-expressing", "expressing")
_LOSING_GERUNDS = ("losing", "deleting", "inactivating")
_LOWERING_GERUNDS = ("silencing", "downregulating", "down-regulating", "suppressing")
_ACTIVATING_GERUNDS = ("activating", "reactivating", "hyperactivating")
_RELEASING_GERUNDS = ("secreting", "producing", "releasing")


def _changed_by_means(entity: Entity, m: MatchContext, token: int) -> Entity | bool | None:
    """What a tumour made of the entity, named by the verb of a means ("escaped X by upregulating A and B", "resist X
    by silencing HLA class I", "by secreting IL-8 and recruiting myeloid cells"): a gene raised is its
    overexpression, amplified its amplification, activated its activation, lost its loss, silenced or lowered its
    downregulation; a molecule secreted is the molecule; cells recruited are their recruitment. Every item of a
    list the verb governs gets the same change. None when no such verb governs the entity; False when it does but
    the change names no cause of this entity (a pathway or cell lowered)."""
    if token < 0 or entity.category not in ("Gene", "Molecule", "Pathway", "CellType"):
        return None
    lead = _list_lead_words(m, token)
    if not lead:
        t = m.tokens[token]
        lead = m.text[max(0, t.start - 45):t.start]
    found = _MEANS_GERUND_BEFORE.search(lead)
    if found is None:
        return None
    verb = found.group("verb").lower().split()[0]
    name = entity.name
    if entity.category == "CellType":
        if verb == "recruiting":
            return mechanism(f"{name} recruitment", [entity], m)
        return False
    if verb == "recruiting":
        return False
    if verb in _ACTIVATING_GERUNDS:
        return mechanism(f"{name} activation", [entity], m)
    if entity.category == "Pathway":
        return None if verb in _RAISING_GERUNDS else False  # a pathway raised is its activation (as_cause)
    if verb in _RELEASING_GERUNDS:
        return entity if entity.category == "Molecule" else None
    if verb in _RAISING_GERUNDS:
        return _alteration_with_gene(m, entity, "overexpression") if entity.category == "Gene" else entity
    if verb == "amplifying":
        return _alteration_with_gene(m, entity, "amplification") if entity.category == "Gene" else False
    if verb in _LOSING_GERUNDS:
        return _alteration_with_gene(m, entity, "loss") if entity.category == "Gene" else \
            mechanism(f"{name} loss", [entity], m, synonyms=_LOWERED_FORMS["loss"](name))
    if verb in _LOWERING_GERUNDS:
        return mechanism(f"{name} downregulation", [entity], m, synonyms=_LOWERED_FORMS["downregulation"](name))
    return None


def _names_setting_of_head(m: MatchContext, token: int) -> bool:
    """The entity is the setting of a subject named before it, by a modifier of that subject's noun phrase
    ("neutrophils infiltrating MSS tumours", "fibroblasts derived from MSS tumours", "macrophages in KRAS-mutant
    tumours"), and opens the match: the head of the phrase is what the statement is about,
    the setting is where it is (a population), never the subject of the statement: a match that opens on the
    setting, leaving the head out, reads it as a cause or a predictor of its own. (A match that takes the head
    and reads the setting later, "cetuximab is ineffective in KRAS-mutant tumours", is another statement.)"""
    if token < 0 or not setting_modifier_object(m.tokens, token, m.clause.lo):
        return False
    taken = {i for idx in m.match.slots.values() for i in idx}
    return bool(taken) and token == min(taken)


def _beside_immune_status(entity: Entity, m: MatchContext, token: int) -> bool:
    """The entity is stacked with a mismatch-repair or mutational-burden status before one noun, is none
    itself, and the match's therapy is a checkpoint inhibitor: the status is what such a therapy is given
    (or withheld) for, the other marker only describes the population ("KRAS-mutant, MSS mCRC")."""
    if token < 0 or entity.attr("biomarker_kind") in _IMMUNE_SELECTION_KINDS:
        return False
    therapies = m.slot_entities.get("therapy", ())
    if not therapies or not any(_is_checkpoint_therapy(m, t) for t in therapies):
        return False
    run = _stacked_run(m, [token])
    return any(e.attr("biomarker_kind") in _IMMUNE_SELECTION_KINDS
               for i in run if i != token for e in m.tokens[i].entities)


def _is_checkpoint_therapy(m: MatchContext, therapy: Entity) -> bool:
    """The therapy is, or combines, an immune checkpoint inhibitor (by the vocabulary's classes)."""
    vocab = m.reading.vocab
    ici = vocab.resolve("immune checkpoint inhibitor")
    if ici is None:
        return False
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens}
    parts = set(combos.get(therapy.id, ())) | set(vocab.regimen_components.get(therapy.id, ())) | {therapy.id}
    return any(vocab.in_class(p, ici) for p in parts)


@transform(lambda cats: set(cats))
def apposed(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A singular apposition describes the drug next to it: in "cetuximab plus tivantinib, a MET
    inhibitor" only tivantinib is the MET inhibitor; "A, B and C, which are MEK inhibitors" names all three."""
    slot = m.match.slots.get("drug") or [token]
    last = max(slot)
    if token == last:
        return entity
    after = [t.lower for t in m.tokens[last + 1:last + 5]]
    singular = ("a" in after or "an" in after) and not {"are", "both"} & set(after)
    return None if singular else entity


@transform({"ResistanceMechanism"})
def exhaustion_of_cells(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """Exhausted or dysfunctional effector cells, as the exhaustion a therapy that revives them overcomes
    ("reinvigorated exhausted CD8+ T cells": T-cell exhaustion); None for any other cells."""
    if entity.category != "CellType" or not re.search(r"exhaust|dysfunction", f"{entity.name} {m.tokens[token].text}", re.I):
        return None
    return _vocab_entity(m.reading.vocab, "T-cell exhaustion")


def _vocab_entity(vocab, name: str) -> Entity | None:
    """The vocabulary's entity for ``name``, or None when it has none."""
    mid = vocab.resolve(name)
    return vocab.entities.get(mid) if mid else None


# verbs of holding effector T cells down whose outcome is their suppression (not their exclusion or their death)
_SUPPRESSING_VERB = lazy_compile(r"^(?:suppress|inhibit|dampen|hamper|impair|deactivat|inactivat|blunt|paraly[sz]|"
                                 r"compromis)", re.I)
_T_CELL_NAME = lazy_compile(r"T cell|T-cell|T lymphocyte", re.I)


@transform({"ResistanceMechanism"})
def suppression_of_cells(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The suppression of the effector T cells a factor holds down ("IL-10 hampers CD8+ T cell activity": CD8+ T
    cell suppression), the mechanism by which the factor resists an immunotherapy; None for other cells, for what
    the cells do (a pathway) and for a verb that excludes or kills the cells."""
    if entity.category != "CellType" or not _T_CELL_NAME.search(entity.name) or _SUPPRESSOR_NAME.search(entity.name):
        return None
    at = m.match.cue_tokens.get("disable")
    if at is None or not _SUPPRESSING_VERB.match(m.tokens[at].lower):
        return None
    return mechanism(f"{entity.name} suppression", [entity], m, "immune_evasion")


@guard
def carriers_first_named(m: MatchContext) -> bool:
    """The tumours where something is observed are the first named after "observed in": no other marker or
    alteration and no "than" comes before the actor ("found in MSI-H tumours than in KRAS-mutant ones": the
    KRAS-mutant tumours are the comparison, not the carriers)."""
    cue = m.match.cue_tokens.get("observed_in")
    idx = m.match.slots.get("actor")
    if cue is None or not idx:
        return True
    toks = m.tokens
    for k in range(cue + 1, min(idx)):
        if toks[k].lower in ("than", "versus", "vs", "compared"):
            return False
        if toks[k].is_entity and any(e.category in ("Biomarker", "Alteration") for e in toks[k].entities):
            return False
    return True


# a word right after the gene named as the route that makes the route a change to it, not the gene itself
_ROUTE_CHANGE_AFTER = lazy_compile(r"[-\s]*(?:activation|inhibition|loss|downregulation|down-regulation|upregulation|"
                                   r"up-regulation|overexpression|expression|signal\w*|dependent|independent|"
                                   r"mediated|knockdown|blockade|mutations?|amplification|phosphorylation|"
                                   r"ligands?|inhibitors?)\b", re.I)


@guard
def route_named_whole(m: MatchContext) -> bool:
    """The gene after "via" is the route itself ("via integrin beta1", "through the IL-6 receptor"), not a change
    to it or a process it names ("via MET activation", "through EGFR-dependent signalling") that other rules
    read."""
    idx = m.match.slots.get("route")
    cue = m.match.cue_tokens.get("sg_through_means")
    if not idx or cue is None:
        return True
    if any(m.tokens[k].lower not in ("the", "its", "their", "a", "an") for k in range(cue + 1, min(idx))):
        return False  # "via inhibiting MET", "through activated MET": only an article may stand between
    return not _ROUTE_CHANGE_AFTER.match(m.text, m.tokens[max(idx)].end)


_INFILTRATE_NAME = lazy_compile(r"^(?P<cells>.+?)\s+(?:infiltration|density)$")


@transform({"CellType"})
def infiltrating_cells(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The cells an infiltrate counts ("higher infiltration of TANs": more tumour-associated neutrophils); the
    cells themselves as they are; None for any other biomarker."""
    if entity.category == "CellType":
        return entity
    if entity.category != "Biomarker" or entity.attr("biomarker_kind") != "immune_infiltrate":
        return None
    hit = _INFILTRATE_NAME.match(entity.name)
    found = _vocab_entity(m.reading.vocab, hit.group("cells")) if hit else None
    return found if found is not None and found.category == "CellType" else None


@transform({"Biomarker"})
def cells_as_infiltrate(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A cell population whose amount in the tumours is compared across responders ("POSTN+ CAFs were enriched in
    non-responders"): the marker is how many of those cells there are, the biomarker "<cells> infiltration" that
    "<cells> infiltration" and "<cells> density" also name; the biomarker itself as it is."""
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "immune_infiltrate":
        return entity
    if entity.category != "CellType":
        return None
    written = _singular_cells(m.tokens[token].text) if token >= 0 else entity.name
    name = f"{entity.name} infiltration"
    synonyms = {f"{written} infiltration", f"{entity.name} density", f"{written} density", f"{written} abundance",
                f"{written} enrichment"} - {name}
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms)), (),
                  (("biomarker_kind", "immune_infiltrate"),))


@guard
def r47_state_left_unnamed(m: MatchContext) -> bool:
    """The state the tumour leaves is not named between the therapy and the inflamed state ("converted cold tumours
    into hot ones" names it, and rules that read it take the state written)."""
    start = max(m.match.slots.get("therapy") or m.match.slots.get("agent") or [0])
    end = m.first_cue("r47_toward")
    if end is None:
        return False
    return not any(e.category == "ResistanceMechanism" for k in range(start + 1, end) for e in m.tokens[k].entities)


@guard
def r47_resistant_sublines(m: MatchContext) -> bool:
    """The cells a therapy lowered a mechanism in are resistant sublines named by their suffix ("of both HCT-116R
    and DLD-1R cells"), none a subline the document defines as resisting the therapy itself."""
    lines = m.slot_entities.get("lines", ())
    if not lines or not all(is_resistant_subline(e) for e in lines):
        return False
    therapies = _slot_ids(m, "therapy")
    defined = getattr(m.reading, "line_drugs", {})
    return not any(defined[e.name].id in therapies for e in lines if e.name in defined)


@transform({"ResistanceMechanism"})
def r47_cold_state_left(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The cold state a therapy moving the tumour to an inflamed one leaves, when the sentence does not name it: the
    document's own immune-cold TME or T-cell exclusion named where it speaks of resisting; None when it names none
    (no state is made up from the rescue sentence)."""
    return cold_state_named(m.reading)


@transform({"ResistanceMechanism"})
def exclusion_countered(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The exclusion of effector cells that raising their infiltration counters ("enhanced the infiltration of
    CD8+ T cells" answers T-cell exclusion); None for anything but an effector-cell infiltrate."""
    if entity.category != "Biomarker" or entity.attr("biomarker_kind") != "immune_infiltrate" \
            or not _IMMUNE_OR_EFFECTOR.search(entity.name) or _SUPPRESSOR_NAME.search(entity.name):
        return None
    return _vocab_entity(m.reading.vocab, "T-cell exclusion")


# lymphocytes whose entry into the tumour its exclusion keeps low (not dendritic or myeloid cells)
_ENTERING_EFFECTOR = lazy_compile(_LYMPHOID + r"|tumou?r-infiltrating lymphocyte|immune cell", re.I)


@transform({"ResistanceMechanism"})
def effector_cells_excluded(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The exclusion that raising the entry of effector cells counters, the cells named after the entry ("enhanced
    the infiltration of T and NK cells" answers T-cell exclusion); None for suppressive or non-lymphoid cells."""
    if entity.category != "CellType" or not _ENTERING_EFFECTOR.search(entity.name) or \
            _SUPPRESSOR_NAME.search(entity.name):
        return None
    return _vocab_entity(m.reading.vocab, "T-cell exclusion")


@guard
def raiser_not_a_means(m: MatchContext) -> bool:
    """The therapy is what raises the entry of cells, not the therapy whose response that raise improves ("increase
    the response to PD-1 blockade by rising tumor infiltration": PD-1 blockade does not raise it)."""
    therapy = m.match.slots["therapy"][-1]
    verb = m.first_cue("raise_entry")
    if verb is None:
        return False
    return not any(m.tokens[i].lower in ("by", "through", "via", "with", "upon", "after", "following")
                   for i in range(therapy + 1, verb))


# what marks a therapy as the one resisted: the words after it ("cetuximab-resistant", "oxaliplatin-pretreated") or
# before it ("resistance to", "progression on", "sensitivity to"; "resistance pathways with A" names no therapy resisted)
_RESCUE_RESISTED_AFTER = lazy_compile(r"^[-\s]?(?:resistan|refractory|failure|treatment failure|-treated|pretreated)", re.I)
_RESCUE_RESISTED_BEFORE = lazy_compile(r"(?:resistan\w*|refractory|progress\w* on|failure of|after|during|under|following|previous|"
                                       r"prior|continuous use of|long-term|sensitivity|response|responsiveness|susceptibility) (?:to )?"
                                       r"(?:(?!(?:include|includes|including|such|are|is|were|was|comprise|involve|pathways?|by)\b)"
                                       r"[\w\-]+ ){0,2}$", re.I)


# a response the patients or tumours attained on the therapy named right after it ("achieved a partial response with
# A", "had a durable response to A", "experienced a complete remission after A"): A is what they answered, not a
# therapy resisted, and so is a response of a named kind that opens the sentence ("Complete response to A in a patient
# with ..."); never a response said to come first or before ("an initial response to A", "prior response to A");
# so is the measured rate of response to A that the sentence opens on and reports ("The response rate to A was 38% in
# patients with X", "The objective response rate with A reached 41% ..."): what A achieved, not a response it lost
_RESPONSE_KIND = (r"(?:partial|complete|objective|durable|sustained|major|deep|long-lasting|lasting|confirmed|radiological|exceptional|"
                  r"radiographic|clinical|dramatic|remarkable|marked|rapid|prolonged|good|excellent|meaningful|significant|"
                  r"metabolic|pathological|pathologic)")
_ATTAINED_RESPONSE = lazy_compile(r"(?:^\s*(?:an?\s+|the\s+)?(?:" + _RESPONSE_KIND + r"\s*(?:,|and)?\s+)+|"
                                  r"\b(?:achiev\w*|attain\w*|obtain\w*|experienc\w*|had|has|have|show(?:s|ed|n)?|"
                                  r"exhibit\w*|display\w*|demonstrat\w*|derived?)\s+(?:an?\s+|the\s+)?"
                                  r"(?:" + _RESPONSE_KIND + r"\s*(?:,|and)?\s+)*)"
                                  r"(?:response|responses|remission|regression)\s+(?:to|with|on|after|following|under|during)\s+"
                                  r"(?:the\s+|this\s+|a\s+)?$|"
                                  r"^\s*(?:the\s+)?(?:" + _RESPONSE_KIND + r"\s+)?response\s+rates?\s+(?:to|with|of|on)\s+"
                                  r"(?:the\s+|this\s+|a\s+)?$", re.I)


@transform(lambda cats: set(cats) | {"Regimen"})
def not_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy offered as a rescue is not the one being resisted ("resistant to cetuximab"), nor the one whose
    sensitivity is restored ("sensitivity to cetuximab was restored by YAP1 knockdown"). "Inhibiting resistance
    pathways with sorafenib" names what sorafenib blocks, not a therapy resisted. A response attained on it
    ("achieved a partial response with A") names the therapy answered."""
    t = m.tokens[token]
    after = m.text[t.end:t.end + 25]
    before = m.text[max(0, t.start - 40):t.start]
    if _RESCUE_RESISTED_AFTER.match(after):
        return None
    if _RESCUE_RESISTED_BEFORE.search(before) and not _ATTAINED_RESPONSE.search(m.text, max(0, t.start - 90), t.start):
        return None
    if _chemotherapy_drugs(m.reading.vocab, entity) and any(
            r.category == "DrugClass" and r.name.lower() == "chemotherapy" for r in m.slot_entities.get("resisted", ())):
        return None  # "a study of MEK162 and FOLFOX in chemotherapy-resistant mCRC": the chemotherapy is no rescue of itself
    return _received_added(entity, m, token)


_RECEIVES_ADDED = lazy_compile(r"\b(?:adding|addition of|added)\s+(?:an?\s+|the\s+)?([^,;.()]{1,40}?)\s+to\s+(?:the\s+)?$", re.I)


# "ICIs are combined with radiotherapy to overcome ...", "regorafenib was added to nivolumab to ...": the
# therapy the verb joins to the one named after it
_JOINED_TO = lazy_compile(r"([^,;.()]{1,40}?)\s+(?:(?:is|are|was|were|has\s+been|have\s+been|being|be|can\s+be|could\s+be|"
                          r"may\s+be|might\s+be)\s+)?(?:(?:combined|co-?administered|given|used|administered|paired)\s+"
                          r"(?:together\s+)?with|added\s+to|in\s+(?:combination|conjunction)\s+with)\s+(?:the\s+|an?\s+)?$", re.I)


# "galunisertib, in combination with anti-PD-L1, overcame ...": the partner the bracketed phrase joins it to
_APPOSED_PARTNER = lazy_compile(r"([^,;.()]{1,40}?),\s+(?:(?:in\s+combination|combined|together|given|used|"
                                r"co-?administered)\s+with|plus|along\s+with)\s+(?:the\s+|an?\s+)?$", re.I)


def _therapies_within(m: MatchContext, start: int, end: int, other_than: Entity) -> list[list[Entity]]:
    """For each token between character offsets ``start`` and ``end`` that names a therapy other than
    ``other_than``, in order: the therapies it names."""
    out = []
    for tk in m.tokens:
        if start <= tk.start and tk.end <= end:
            found = [e for e in tk.entities if e.category in THERAPY and e.id != other_than.id]
            if found:
                out.append(found)
    return out


# ", an oral multikinase inhibitor,": words that describe the item before the comma, not a new one
_DESCRIBING = lazy_compile(r"\s*(?:an?|the|another)\s", re.I)


def _described_drug(m: MatchContext, hit: re.Match, joined: Entity) -> Entity:
    """The drug a class joined to a therapy describes when the class stands in an apposition after it
    ("regorafenib, an oral multikinase inhibitor, in combination with cetuximab": regorafenib, not its class);
    the joined therapy itself otherwise."""
    if joined.category != "DrugClass" or not _DESCRIBING.match(hit.group(1)):
        return joined
    comma = hit.start(1) - 1
    if comma < 0 or m.text[comma] != ",":
        return joined
    before = [e for tk in m.tokens if tk.end == comma for e in tk.entities if e.category == "Drug"]
    return before[0] if len(before) == 1 else joined


def _received_added(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy something is added to ("adding crizotinib to cetuximab overcame MET amplification") is
    not the strategy alone: the strategy is the combination of the two; so is one another therapy is joined
    to by a verb ("ICIs are combined with radiotherapy to overcome immune evasion")."""
    t = m.tokens[token]
    lo = max(0, t.start - 60)
    hit = _RECEIVES_ADDED.search(m.text, lo, t.start)
    if hit is None:
        hit = _JOINED_TO.search(m.text, lo, t.start) or _APPOSED_PARTNER.search(m.text, lo, t.start)
        joined = _therapies_within(m, hit.start(1), hit.end(1), entity) if hit else []
        # the therapy nearest the verb
        if joined:
            return _combined(m, [_described_drug(m, hit, joined[-1][0]), entity])
        # "sotorasib was combined with panitumumab" read as parts: the combination the words state
        covering = covering_combination(entity, m, token)
        if covering is not None:
            return covering
        partners = partners_after(entity, m, token)
        if partners:
            return _combined(m, [entity, *partners])
        resisted = resisted_it_joined(m, token)  # "... resistance to A include combining it with B": A + B
        if resisted is None or resisted.id == entity.id or m.reading.vocab.in_class(resisted.id, entity.id):
            return entity  # "combining it (trastuzumab) with anti-HER2 agents": no combination of a drug and its class
        return _combined(m, [resisted, entity])
    added = [e for found in _therapies_within(m, hit.start(1), hit.end(1), entity) for e in found]
    added = list({e.id: e for e in added}.values())
    drugs = [e for e in added if e.category == "Drug"]
    if len(drugs) == 1:  # "adding the MEK inhibitor trametinib to": the drug, not its class
        added = drugs
    if len(added) != 1:
        return None if added else entity  # what was added is unclear: not the recipient alone
    return _combined(m, [added[0], entity])


@transform(lambda cats: set(cats) | {"Regimen"})
def with_added(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy another is added to or joined with ("the addition of panitumumab to FOLFIRI improved PFS",
    "cetuximab combined with FOLFIRI"): the combination of the two, since the gain is the regimen's; any
    other therapy as it is. Nothing when what was added is unclear, nor for a therapy named as resisted or
    given before ("regorafenib after progression on cetuximab improved OS": not cetuximab)."""
    return entity if token < 0 else not_resisted(entity, m, token)


@transform(lambda cats: set(cats) | {"Drug", "Regimen"})
def added_or_class_named_before(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A class written with "the" or "this" ("the addition of A to B did not improve PFS, but the addition of the
    immunotherapy produced ...") stands for the one drug of that class the sentence named before it, alone or in a
    combination; any other therapy as :func:`with_added` gives it."""
    if entity.category == "DrugClass" and token > 0 and m.tokens[token - 1].lower in ("the", "this"):
        vocab = m.reading.vocab
        found = {}
        for t in m.tokens[:token - 1]:
            for e in t.entities:
                for drug in [e, *(vocab.entities[i] for i in _part_ids(m, e.id) if i in vocab.entities)]:
                    if drug.category == "Drug" and vocab.in_class(drug.id, entity.id):
                        found[drug.id] = drug
        if len(found) == 1:
            return next(iter(found.values()))
    return with_added(entity, m, token)


# -- a rescue that adds a drug to the therapy it makes work again ---------------------------------------
# "X restored sensitivity to Y", "X potentiated the efficacy of Y", "blocking X rendered tumours
# susceptible to Y": X is given with Y, so the strategy is the combination X + Y, not X alone. "X
# overcame resistance to Y" says no such thing (X may replace Y) and keeps X alone. What makes tumours responsive to Y
# or turns non-responders into responders is given with Y too, and so is what prevents or delays resistance to Y
# ("adding a MEK inhibitor prevented adaptive resistance to Y": the two are given from the start); what bypasses or
# circumvents it may replace Y.
_SENSITIZING = lazy_compile(r"sensiti[sz]|susceptib|responsive\b|responders?\b|vulnerab|potentiat|synergi|"
                            r"(?:prevent|delay|forestall|postpon|avert)\w*\s+(?:[\w\-]+\s+){0,4}?(?:resistance|refractoriness)|"
                            r"(?:suppress|abrogat)\w*\s+the\s+(?:emergence|development|onset)\b|"
                            r"restor\w*\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                            r"(?:sensitivity|response|responsiveness|efficacy)|(?:enhanc|improv|increas)\w*\s+(?:the\s+)?"
                            r"(?:[\w\-]+\s+)?(?:efficacy|sensitivity|response)", re.I)


@dataclass(frozen=True)
class _Part:
    entity: Entity
    text: str = ""


def _combined(m: MatchContext, parts: list[Entity]) -> Entity:
    """The Regimen of ``parts`` given together (the recogniser's own combination, so the id is the one
    the text's "X plus Y" gets), with its ``has_component`` facts."""
    written = {t.entities[0].id: t.text for idx in m.match.slots.values() for t in (m.tokens[i] for i in idx)
               if len(t.entities) == 1}
    for p in parts:  # a class read from its target ("inhibition of Nrf2"): the target as the text spelled it
        if p.category == "DrugClass" and p.id not in written:
            said = next((t.text for idx in m.match.slots.values() for t in (m.tokens[i] for i in idx)
                         if len(t.entities) == 1 and _class_of_target(p, t.entities[0], t.text)), "")
            if said:
                written[p.id] = said
    regimen, _ = m.reading.recognizer.combination([_Part(p, written.get(p.id, "")) for p in parts])
    for p in parts:
        m.side.append((regimen, "has_component", p))
    return regimen


def _class_of_target(cls: Entity, target: Entity, said: str) -> bool:
    """Whether ``cls`` is the class acting on ``target`` (a gene, molecule or pathway written ``said``): named by
    it ("NFE2L2 inhibitor", "anti-VEGF therapy", "MET signaling pathway inhibitor") or by its spelling."""
    if target.category not in ("Gene", "Molecule", "Pathway"):
        return False
    name, tname = cls.name.lower(), target.name.lower()
    return name.startswith(tname + " ") or name.startswith("anti-" + tname) or \
        f"{said} inhibitor".lower() in {x.lower() for x in cls.synonyms}


def _sensitizing(m: MatchContext) -> bool:
    """The matched words say the therapy makes another work again (not merely that it works despite it)."""
    lo, hi = m.match.start, min(m.match.end, len(m.tokens))
    if any("sensitize" in m.tokens[i].cues for i in range(lo, hi)):
        return True
    return bool(_SENSITIZING.search(m.text[m.tokens[lo].start:m.tokens[hi - 1].end])) if hi > lo else False


def _resisted_one(m: MatchContext) -> Entity | None:
    """The one therapy the match names as resisted (None for none or several)."""
    found = {e.id: e for e in m.slot_entities.get("resisted", ())}
    return next(iter(found.values())) if len(found) == 1 else None


# an agent written as the act of blocking a mediator ("Mcl-1 inhibition", "SHP2 blockade"): something given with
# the therapy whose resistance that mediator drives
_ACT_OF_BLOCKING = lazy_compile(r"\b(?:inhibition|blockade)$", re.I)
_ADDED_BEFORE = lazy_compile(r"\b(?:add(?:ing|ed|ition of)|co-?(?:application|administration|treatment) (?:of|with)|"
                             r"combin\w+ (?:(?:it|them) )?with)\s*(?:(?:an?|the)\s+)?$", re.I)


def _with_resisted(m: MatchContext, agent: Entity, token: int, given_with: bool = False) -> Entity:
    resisted = _resisted_one(m)
    added = given_with or token >= 0 and (bool(_ADDED_BEFORE.search(m.text, max(0, m.tokens[token].start - 40),
                                                                      m.tokens[token].start)) or
                                          bool(_ACT_OF_BLOCKING.search(m.tokens[token].text)))
    if resisted is None or resisted.id == agent.id or not (added or _sensitizing(m)):
        return agent
    parts = _part_ids(m, agent.id)
    # the parts a transform gave a combination it made ("combining it with B"), too
    made = {part.id for whole, rel, part in m.side if rel == "has_component" and whole.id == agent.id}
    if resisted.id in made or {resisted.id, *m.reading.vocab.drug_classes.get(resisted.id, ())} & (parts | {agent.id}):
        return agent  # "cetuximab plus X restored sensitivity to cetuximab": already the combination
    parts |= made
    if resisted.category == "DrugClass" and any(m.reading.vocab.in_class(p, resisted.id) for p in parts):
        return agent  # "X with cetuximab overcame anti-EGFR resistance": a member of the resisted class is in it
    return _combined(m, [agent, resisted])


@transform(lambda cats: set(cats) | {"Regimen"})
def added_to_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, and a sensitizer, or a drug the text adds to the resisted therapy, becomes its
    combination with that therapy ("alisertib restored sensitivity to cetuximab", "adding a MEK inhibitor
    overcame resistance to cetuximab": the combination overcomes the resistance)."""
    agent = not_resisted(entity, m, token)
    return None if agent is None else _with_resisted(m, agent, token)


@transform({"Alteration", "ResistanceMechanism"})
def population_resistance(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The population a strategy is put forward for ("strategies to improve ICI responses in patients with pMMR
    CRC, such as combination with chemotherapy"), as what the strategy overcomes: a tumour's microsatellite or
    mutational-burden status as the resistance it mediates, an alteration (never a wild-type status) or a
    mechanism as it is; a gene, cell or other marker names no resistance. A status counts only where the
    vocabulary marks its tumours as responding poorly to immunotherapy (MSS/pMMR, not MSI-H), the therapy made to
    work (the ``resisted`` slot, else the ``therapy`` slot) is an immunotherapy, and, where the rule's words do not
    say the responses to it need improving (no ``resisted`` slot), the document says that tumours of that status
    resist immunotherapy (:func:`_document_resisting_statuses`). The mechanism involves the status."""
    if entity.category == "ResistanceMechanism":
        return entity
    if entity.category == "Alteration":
        return None if entity.attr("alteration_kind") == "wild_type" else entity
    vocab = m.reading.vocab
    asked = m.slot_entities.get("resisted", ())  # the rule's words say the responses to it need improving
    resisted = asked or m.slot_entities.get("therapy", ())
    if entity.category == "Biomarker" and entity.id in vocab.poor_immune_response and resisted and \
            all(any(_is_immunotherapy(vocab, p) for p in _therapy_parts(m, t)) for t in resisted) and \
            (asked or entity.id in _document_resisting_statuses(m.reading)):
        mech = mechanism(f"{entity.name}-mediated resistance", [], m)
        m.side.append((mech, "involves", entity))  # the status that mediates it
        return mech
    return None


@transform({"ResistanceMechanism"})
def status_mediated_resistance(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A tumour status that responds poorly to the immunotherapy the rule's ``resisted`` slot names, as the
    resistance it mediates ("resistance mechanisms to ICIs in MSS CRC": MSS-mediated resistance); None for an
    alteration, a mechanism or any other marker (see :func:`population_resistance`)."""
    if entity.category != "Biomarker":
        return None
    return population_resistance(entity, m, token)


@transform({"ResistanceMechanism"})
def cause_as_mechanism(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A cause read as :func:`as_cause` only where it is a mechanism ("the loss of neoantigens", "immunosuppression");
    an alteration, gene or marker names no kind of another mechanism."""
    cause = as_cause(entity, m, token)
    return cause if cause is not None and cause.category == "ResistanceMechanism" else None


# a sentence saying a population fares badly on a therapy: resists it, or does not respond to or benefit from it
_POOR_RESPONSE_TALK = lazy_compile(r"resist|refractor|unresponsiv|insensitiv|\b(?:not|rarely|seldom|fail\w*\s+to)\s+"
                                   r"(?:\w+\s+)?(?:respond|benefit|obtain)|\black\s+of\s+(?:\w+\s+)?(?:response|benefit)|"
                                   r"\bpoor(?:ly)?\s+respon", re.I)


def _document_resisting_statuses(reading) -> set[str]:
    """Ids of the statuses that a sentence of the document names beside an immunotherapy where it says tumours
    fare badly on it ("resistance to immune checkpoint blockade in MSS mCRC", "pMMR tumours could not obtain
    satisfactory results from ICIs"); one pass."""
    return reading.document_wide("resisting_statuses", _scan_resisting_statuses)


# (s57 prec3) the patients' history, not a poor response to immunotherapy: "refractory to second-line treatment",
# "resistant to prior chemotherapy", "refractory to oxaliplatin and irinotecan" (what follows the word up to a clause
# break names no immunotherapy)
_HISTORY_AFTER = lazy_compile(r"\w*\s+(?:to|of)\s+(?P<what>[^.;,()]{1,80})", re.I)
_IMMUNE_WORDS = lazy_compile(r"immun|checkpoint|\bICIs?\b|PD-?L?1|CTLA|\w+(?:lumab|limab|limumab|lizumab)\b", re.I)


def _poor_response_of_immunotherapy(text: str) -> bool:
    """Whether a sentence's words of poor response (``_POOR_RESPONSE_TALK``) may be about an immunotherapy: not when
    each is said of a treatment the patients had before that is no immunotherapy ("patients with MSS mCRC who were
    refractory to second-line treatment received A plus B": who was eligible, no resistance of the status).

    >>> _poor_response_of_immunotherapy("Patients with MSS mCRC who refractory to second-line treatment were given A and B.")
    False
    >>> _poor_response_of_immunotherapy("MSS tumours are refractory to immune checkpoint inhibitors.")
    True
    >>> _poor_response_of_immunotherapy("Patients with pMMR tumours do not respond to A.")
    True
    """
    for m in _POOR_RESPONSE_TALK.finditer(text):
        if not re.match(r"resist|refractor", m.group(0), re.I):
            return True  # ("do not respond to A", "fail to benefit": the therapy the sentence is about)
        after = _HISTORY_AFTER.match(text, m.end())
        if after is None or _IMMUNE_WORDS.search(after.group("what")):
            return True
    return False


def _scan_resisting_statuses(reading) -> set[str]:
    vocab, found = reading.vocab, set()
    for sentence, rec in sentences_speaking(reading, _POOR_RESPONSE_TALK):
        if not _poor_response_of_immunotherapy(sentence.norm):
            continue
        entities = [mention.entity for mention in rec.mentions]
        if any(e.category in THERAPY and _is_immunotherapy(vocab, e) for e in entities):
            found.update(e.id for e in entities if e.id in vocab.poor_immune_response)
    return found


@guard
def immunotherapy_combination(m: MatchContext) -> bool:
    """The therapy is a combination one of whose parts is an immunotherapy ("regorafenib plus nivolumab",
    "durvalumab and tremelimumab"): a single checkpoint inhibitor is what the population resists."""
    vocab = m.reading.vocab
    for therapy in m.slot_entities.get("therapy", ()):
        parts = _therapy_parts(m, therapy)
        if len(parts) < 2 or not any(_is_immunotherapy(vocab, p) for p in parts):
            return False
    return bool(m.slot_entities.get("therapy"))


@guard
def no_other_population_between(m: MatchContext) -> bool:
    """No other status or alteration is named between the population and the therapy said to work in it ("in MSS
    tumours pembrolizumab failed, while in MSI-H tumours nivolumab plus ipilimumab achieved responses": the
    combination worked in the nearer population)."""
    lo, hi = sorted((m.token_of("target"), m.token_of("therapy")))
    targets = _slot_ids(m, "target")
    return not any(e.category in ("Biomarker", "Alteration") and e.id not in targets
                   for i in range(lo + 1, hi) for e in m.tokens[i].entities)


@guard
def relative_takes_up_last_state(m: MatchContext) -> bool:
    """No other state (a mechanism, alteration or status) is named between the cause and the relative clause after
    it: "which" takes up the last one ("MET activation leads to EMT, which is also seen in resistant cells": EMT)."""
    lo = m.token_of("cause")
    hi = m.first_cue("which_also_seen")
    if hi is None:
        return False
    causes = _slot_ids(m, "cause")
    return not any(e.category in ("ResistanceMechanism", "Alteration", "Biomarker") and e.id not in causes
                   for i in range(lo + 1, hi) for e in m.tokens[i].entities)


@guard
def agent_named_here(m: MatchContext) -> bool:
    """The agent is named in the sentence's own words, not a word pointing back at an earlier therapy ("similar
    results were observed with the combination of A and B": A + B, not the combination the sentence before
    named)."""
    named = {mention.entity.id for mention in (m.rec.merged() if m.rec is not None else ())}
    agents = m.slot_entities.get("agent", ())
    return bool(agents) and all(e.id in named for e in agents)


def _part_ids(m: MatchContext, therapy_id: str) -> set[str]:
    """The ids of a therapy's parts: as the reading combined them, as the vocabulary's regimen lists them, and as the
    sentence's recognised regimens hold them (ids)."""
    parts = set(m.reading.combination_parts.get(therapy_id, ())) | set(m.reading.vocab.regimen_components.get(therapy_id, ()))
    for mention, comps in (m.rec.regimens if m.rec is not None else ()):
        if mention.entity.id == therapy_id:
            parts.update(comps)
    return parts


def _therapy_parts(m: MatchContext, therapy: Entity) -> list[Entity]:
    """The components of a therapy, as the sentence combines them or the vocabulary does, or the therapy alone."""
    vocab = m.reading.vocab
    ids = {c.id if hasattr(c, "id") else c for mention, comps in (m.rec.regimens if m.rec is not None else ())
           if mention.entity.id == therapy.id for c in comps}
    ids |= set(vocab.regimen_components.get(therapy.id, ()))
    parts = [vocab.entities[i] for i in sorted(ids) if i in vocab.entities]
    return parts or [therapy]


@transform({"Alteration", "ResistanceMechanism"})
def previous_cause(entity: Entity, m: MatchContext, token: int) -> Entity | list | None:
    """The cause the previous sentence stated, as what a strategy "for this purpose" overcomes: an
    alteration or mechanism as it is; a status marker ("MSI-H/dMMR") as the resistance it mediates. Where that
    sentence stated several causes of resistance to its therapy, those the therapy of the match counters (the
    combination's partner, or the drug added: an EGFR inhibitor counters "EGFR signalling" and, EGFR being a
    receptor tyrosine kinase, "activation of several RTKs", not "KRAS amplification"); none when it counters none."""
    causes = _previous_causes(m)
    resisted = m.scope.get("prev_resisted")
    if len(causes) > 1:
        if resisted is None:
            return None
        chosen = [c for c in causes if _combination_counters(m, c, resisted) or _added_partner_counters(m, c, resisted)]
        return [r for c in chosen for r in transform_results(_one_previous_cause(c, m))]
    return _one_previous_cause(entity, m)


def transform_results(r) -> list:
    """A transform's result as a list (one entity, several, or none)."""
    return r if isinstance(r, list) else ([r] if r is not None else [])


def _one_previous_cause(entity: Entity, m: MatchContext) -> Entity | None:
    """:func:`previous_cause` for one cause."""
    if entity.category in ("Alteration", "ResistanceMechanism"):
        return entity
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") not in ("wild_type", "sidedness"):
        mech = mechanism(f"{entity.name}-mediated resistance", [], m)
        m.side.append((mech, "involves", entity))
        return mech
    return as_target_of_rescue(entity, m, -1)


@transform(lambda cats: set(cats) | {"Regimen"})
def added_to_recent_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`added_to_resisted`, where the resisted therapy is the one the previous sentence names as resisted
    (``@recent_resisted``): "Tumours became resistant to cetuximab. Trametinib reversed such resistance":
    trametinib added to cetuximab."""
    prev = m.scope.get("recent_resisted")
    return None if prev is None else _with_slot_filled(m, "resisted", prev, added_to_resisted, entity, token)


@transform(lambda cats: set(cats) | {"Regimen"})
def combination_with_recent_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A combination holding the therapy the previous sentence names as resisted (``@recent_resisted``), or every part
    of it: "CRC develops resistance to irinotecan-based therapy. To solve this problem, trials such as irinotecan plus
    cetuximab vs. cetuximab monotherapy have been conducted" (irinotecan plus cetuximab holds irinotecan). None for
    anything else: a therapy alone, the comparator ("cetuximab monotherapy"), the resisted therapy itself."""
    prev = m.scope.get("recent_resisted")
    if prev is None or entity.category != "Regimen" or entity.id == prev.id:
        return None
    parts = _part_ids(m, entity.id)
    own = {getattr(c, "id", c) for c in m.reading.regimens_read.get(prev.id, ())} | \
        set(m.reading.vocab.regimen_components.get(prev.id, ()))
    held = prev.id in parts or bool(own) and own <= parts
    return entity if len(parts) > 1 and held else None


def _with_slot_filled(m: MatchContext, slot: str, value: Entity, fn, entity: Entity, token: int):
    """``fn(entity, m, token)`` with the match's ``slot`` holding ``value`` (an entity the discourse supplies, such as
    ``@prev_resisted``) for that call only."""
    m.slot_entities[slot] = [value]
    try:
        return fn(entity, m, token)
    finally:
        del m.slot_entities[slot]


@transform(lambda cats: set(cats) | {"Regimen"})
def added_to_prev_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`added_to_resisted`, where the resisted therapy is the one the previous sentence's stated cause resists
    (``@prev_resisted``) and the sentence names none: "... explained by feedback activation of EGFR. To prevent this
    escape route, the investigators added cetuximab": cetuximab added to the resisted BRAF inhibitor."""
    named = bool(m.slot_entities.get("resisted"))
    prev = m.scope.get("prev_resisted")
    if not named and prev is None:
        return None
    entity = _drug_after_its_class(entity, m, token)
    if not named:
        m.slot_entities["resisted"] = [prev]
    try:
        agent = not_resisted(entity, m, token)
        return None if agent is None else _with_resisted(m, agent, token, given_with=True)
    finally:
        if not named:
            del m.slot_entities["resisted"]


def _drug_after_its_class(entity: Entity, m: MatchContext, token: int) -> Entity:
    """The drug a class right before it names ("added the EGFR inhibitor cetuximab": cetuximab, not every EGFR
    inhibitor); else the entity as it is."""
    if entity.category != "DrugClass" or token < 0:
        return entity
    last = token
    while last + 1 < len(m.tokens) and entity in (m.tokens[last + 1].entities or ()):
        last += 1
    if last + 1 >= len(m.tokens):
        return entity
    vocab = m.reading.vocab
    for e in m.tokens[last + 1].entities or ():
        if e.category == "Drug" and (therapy_targets(vocab, e) & therapy_targets(vocab, entity) or
                                     vocab.in_class(e.id, entity.id)):
            return e
    return entity


@guard
def added_partner_counters_previous_cause(m: MatchContext) -> bool:
    """The drug added (the ``therapy`` slot) counters a cause the previous sentence stated, and the therapy it
    is added to (the ``resisted`` slot, when the sentence names one) is the one that sentence said is resisted, a drug
    of it or its class: "... is explained by bypass signalling via EGFR. We sought to potentiate BRAF-targeted therapy
    with an EGFR inhibitor"."""
    resisted = m.scope.get("prev_resisted")
    return resisted is not None and any(_added_partner_counters(m, c, resisted) for c in _previous_causes(m))


def _previous_causes(m: MatchContext) -> tuple:
    """Every cause the previous sentence stated for the one therapy it says is resisted (``@prev_causes``)."""
    causes = m.scope.get("prev_causes")
    if causes:
        return causes
    return (m.scope["prev_cause"],) if m.scope.get("prev_cause") is not None else ()


def _added_partner_counters(m: MatchContext, cause: Entity, resisted: Entity) -> bool:
    """The drug of the ``therapy`` slot, added to ``resisted`` (or to the ``resisted`` slot, a drug of it or its
    class), counters ``cause`` (:func:`_counters`)."""
    vocab = m.reading.vocab
    for given in m.slot_entities.get("resisted", ()):
        if not (given.id == resisted.id or resisted.id in vocab.drug_classes.get(given.id, ())
                or given.id in vocab.drug_classes.get(resisted.id, ()) or vocab.in_class(resisted.id, given.id)):
            return False
    given = m.slot_entities.get("therapy", ())
    named = [(i, e) for i in m.match.slots.get("therapy", ()) for e in m.tokens[i].entities or () if e in given]
    return any(_counters(m, q, cause) for i, p in named if p.id != resisted.id
               for q in (p, _drug_after_its_class(p, m, i), *_named_parts(m, p))
               if q is not None and not _is_resisted(vocab, q, resisted))


def _is_resisted(vocab, part: Entity, resisted: Entity) -> bool:
    """The part is the resisted therapy or a drug of its class, no partner added to it (s59: "the combination of
    sotorasib and cetuximab" does not counter KRAS amplification, which resists sotorasib, by sotorasib's target)."""
    return part.id == resisted.id or resisted.id in vocab.drug_classes.get(part.id, ()) or vocab.in_class(resisted.id, part.id)


def _named_parts(m: MatchContext, therapy: Entity, known: dict[str, Entity] | None = None) -> list[Entity]:
    """The drugs of a combination as the sentence, the sentences before (a combination an anaphor points back to)
    or the vocabulary give them (none for a therapy that is no combination); each the entity ``known`` (by default
    the sentence's mentions) has for its id, else the vocabulary's."""
    vocab = m.reading.vocab
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens} if m.rec is not None else {}
    ids = combos.get(therapy.id, ()) or vocab.regimen_components.get(therapy.id, ()) or \
        m.reading.regimens_read.get(therapy.id, ())
    if known is None:
        known = {x.entity.id: x.entity for x in m.rec.mentions} if m.rec is not None else {}
    return [e for e in (known.get(i) or vocab.entities.get(i) for i in ids) if e is not None]


@guard
def no_previous_cause(m: MatchContext) -> bool:
    """The previous sentence stated no cause of the resistance it names: where it did ("resistance to A arises
    through MET amplification. Combining B with A overcame resistance"), the bare resistance overcome is that cause's,
    and only a partner that counters it overcomes it (``rescue.combination_overcame_resistance_against_previous_cause``)."""
    return not _previous_causes(m)


@guard
def rescuer_the_only_therapy(m: MatchContext) -> bool:
    """The sentence names no therapy but the rescuer (and the one the previous sentence names as resisted): in
    "Cetuximab resistance emerged on FOLFIRI, and metformin reversed such resistance" the resistance pointed back
    to is not the previous sentence's, and FOLFIRI is no partner of metformin."""
    known = m.scope.get("recent_resisted")
    slot = {e.id for e in m.slot_entities.get("therapy", ())}
    allowed = slot | ({known.id} if known is not None else set())
    for tok in m.tokens:
        for e in tok.entities:
            if e.category in THERAPY and e.id not in allowed:
                return False
    return True


@transform(lambda cats: set(cats) | {"Regimen"})
def added_to_previous_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`added_to_resisted`, where the resisted therapy is the one the previous sentence named
    (``@prev_resisted``): "X leads to anti-EGFR resistance. The addition of ICIs is a strategy for this
    purpose": ICIs added to anti-EGFR therapy."""
    prev = m.scope.get("prev_resisted")
    if prev is None or "resisted" in m.slot_entities:
        return added_to_resisted(entity, m, token)
    return _with_slot_filled(m, "resisted", prev, added_to_resisted, entity, token)


@transform(lambda cats: set(cats) | {"Regimen"})
def given_with_previous_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`given_with_resisted`, where the resisted therapy is the one the previous sentence's resistance named
    (``@prev_resisted``): "HGF added to cetuximab-treated cells restored their growth. This effect was abrogated by
    inhibiting MET activation with X": X given with cetuximab. None when the previous sentence named no one resisted
    therapy."""
    prev = m.scope.get("prev_resisted")
    if prev is None or "resisted" in m.slot_entities:
        return None
    return _with_slot_filled(m, "resisted", prev, given_with_resisted, entity, token)


@transform({"Regimen"})
def combination_with_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A combination the text gives with the very therapy the patients or models resist ("MET inhibitors in
    combination with cetuximab ... in cetuximab-resistant tumours"): the partner is added to win the resisted drug
    back, so the combination is offered against that resistance. Anything else (a drug alone, a combination
    without the resisted therapy, "FOLFIRI plus X in oxaliplatin-refractory patients": a later line) is None."""
    resisted = _resisted_one(m)
    if resisted is None or entity.category != "Regimen" or not_resisted(entity, m, token) is None:
        return None
    vocab = m.reading.vocab
    parts = _part_ids(m, entity.id) | {part.id for whole, rel, part in m.side if rel == "has_component" and whole.id == entity.id}
    if resisted.id in parts or (resisted.category == "DrugClass" and any(vocab.in_class(p, resisted.id) for p in parts)):
        return entity if len(parts) > 1 else None
    return None


@transform(lambda cats: set(cats) | {"Regimen"})
def given_with_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, given together with the resisted therapy whatever the verb: the rule's words
    say it is added to make that therapy work ("a strategy to enhance anti-EGFR therapies", "co-application
    of X augmented the effect of Y")."""
    agent = not_resisted(entity, m, token)
    return None if agent is None else _with_resisted(m, agent, token, given_with=True)


@transform(lambda cats: set(cats) | {"Regimen"})
def in_combination_of(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, given with the part of the combination in the match's ``combo`` slot that is
    written first, where the therapy is named as an instance of the rest ("combining anti-PD-1 therapy with
    anti-angiogenics such as bevacizumab": anti-PD-1 + bevacizumab). The therapy alone where the combination
    is not found or the therapy is of the first part's own class."""
    agent = not_resisted(entity, m, token)
    combos = {e.id for e in m.slot_entities.get("combo", ())}
    if agent is None or len(combos) != 1 or m.rec is None:
        return agent
    found = next(((mention, comps) for mention, comps in m.rec.regimens if mention.entity.id in combos), None)
    if found is None or agent.id in found[1]:
        return agent
    vocab = m.reading.vocab
    partner = _first_written(vocab, found[0].text, found[1])
    if partner is None or vocab.in_class(agent.id, partner.id):
        return agent
    return _combined(m, [partner, agent])


def _first_written(vocab, text: str, ids) -> Entity | None:
    """Of a combination's parts, the one its words name first ("anti-PD-1 therapy with anti-angiogenics")."""
    where = []
    for cid in ids:
        part = vocab.entities.get(cid)
        if part is None:
            continue
        hits = [x.start() for n in (part.name, *part.synonyms) if len(n) > 2
                for x in [whole_word(n).search(text)] if x]
        if hits:
            where.append((min(hits), part.name, part))
    return min(where, key=lambda w: (w[0], w[1]))[2] if where else None


_GENETIC_MEANS = lazy_compile(r"[^.;]{0,12}?\b(?:by|through|via|using|with)\s+(?:an?\s+|the\s+)?(?:specific\s+)?"
                              r"(?:siRNAs?|shRNAs?|RNAi|CRISPR|knock-?down|knock-?out|gene silencing|antisense)", re.I)
_DRUG_LIKE = lazy_compile(r"(?:pharmacological|targeted|inhibit|block|target|neutrali|antagoni)")


_CELL_DRUG_LIKE = lazy_compile(r"(?:pharmacological|targeted|target|deplet|block|inhibit)")
# (the cells' coming into the tumour is also disrupted or prevented by a drug: "when MDSC recruitment was disrupted")
_RECRUITMENT_DRUG_LIKE = lazy_compile(r"(?:disrupt|prevent|abrogat|suppress)")
# the cells' coming into the tumour, after them ("MDSC recruitment") or before them ("recruitment of MDSCs")
_RECRUITMENT_WORDS = ("recruitment", "trafficking", "infiltration", "influx", "migration", "homing")
_RECRUITMENT_AFTER = lazy_compile(rf"^(?P<cells>.+?)\s+(?P<process>{'|'.join(_RECRUITMENT_WORDS)})$", re.I)
_RECRUITMENT_BEFORE = lazy_compile(rf"^(?P<process>{'|'.join(_RECRUITMENT_WORDS)})\s+of\s+(?:the\s+)?(?P<cells>.+)$", re.I)


def _cell_directed_added_to(cell: Entity, m: MatchContext, token: int) -> Entity | None:
    """Suppressive cells that had to be targeted for a therapy to work, as the rescue: a therapy directed at
    those cells given with that therapy ("targeting CAFs restored sensitivity to cetuximab": a CAF-directed
    therapy plus cetuximab); their recruitment disrupted or blocked ("when immune cell recruitment was
    disrupted", "once MDSC recruitment was blocked"), an inhibitor of that recruitment given with it. Effector
    cells are never the problem; knockout or silencing is an experiment."""
    if cell.id in m.reading.vocab.lexicon.get("effector_cells", ()) or _EFFECTOR_NAME.search(cell.name) and \
            not _SUPPRESSOR_NAME.search(cell.name):
        return None
    # "depletion of Tregs", "targeting CAFs"; after the cells too, "Treg depletion", "MDSC blockade"
    cue = m.first_cue("inhibition_of", "inhibition_act_of", "inhibited_after", "inhibition_noun", "rs_removed_pp")
    therapies = {e.id: e for e in m.slot_entities.get("therapy", ())}
    if cue is None or len(therapies) != 1 or token < 0:
        return None
    said = m.tokens[cue].lower
    written, process = _recruited_as_written(m, token)
    if not (_CELL_DRUG_LIKE.match(said) or process is not None and _RECRUITMENT_DRUG_LIKE.match(said)):
        return None
    written = _singular_cells(written)
    if written[:1].isupper() and cell.name.lower().startswith(written.lower()):
        written = written[0].lower() + written[1:]  # a sentence's first word: "Macrophage depletion ..."
    cls = cell_recruitment_inhibitor(cell, written, process, said) if process is not None else \
        cell_directed_class(cell, written)
    return _combined(m, [cls, next(iter(therapies.values()))])


def _recruited_as_written(m: MatchContext, token: int) -> tuple[str, str | None]:
    """The cells as the token at ``token`` writes them, and the word of their coming into the tumour when the
    token names it ("myeloid cell recruitment", "recruitment of MDSCs") or the word right after the token does
    ("immune cell" then "recruitment"); None for the word otherwise."""
    text = m.tokens[token].text
    named = _RECRUITMENT_AFTER.match(text) or _RECRUITMENT_BEFORE.match(text)
    if named:
        return named.group("cells"), named.group("process").lower()
    nxt = m.tokens[token + 1].lower if token + 1 < len(m.tokens) else ""
    return text, (nxt if nxt in _RECRUITMENT_WORDS else None)


# an inhibition and the drug it was made with ("inhibition of IL-1 receptor signalling via the use of the
# recombinant decoy TRAP IL-1", "blocking MET with crizotinib", "inhibition of YAP by verteporfin"): what is
# inhibited is a short noun group (no patients, cells or models treated with something else)
_INHIBITION_BY_MEANS = lazy_compile(r"\b(?:inhibit(?:ion|ing)|block(?:ade|ing)|targeting|suppress(?:ion|ing)|"
                                    r"neutrali[sz](?:ation|ing)|antagoni[sz](?:m|ing))\s+(?:of\s+)?"
                                    r"(?P<what>(?:[^\s,;.()]+\s+){1,5}?)(?:via|through|using|with|by)\s+"
                                    r"(?:(?:the\s+)?(?:use|means|administration|application)\s+of\s+)?", re.I)
_NOT_A_NOUN_GROUP = lazy_compile(r"\b(?:treat\w*|patients?|combin\w*|together|plus|and|or|in|to|cells?|tumou?rs?|mice|"
                                 r"models?|is|are|was|were|has|have|had|\w+ed)\b", re.I)
_PLAIN_WORD = lazy_compile(r"[A-Za-z\-]+")


def _inhibitor_named_as_means(m: MatchContext, therapy: Entity) -> Entity | None:
    """The one drug the sentence names as the means of an inhibition (at most three words after "via/with/by
    (the use of)"), when it is not the therapy the inhibition is added to nor in its class; else None."""
    vocab = m.reading.vocab
    found = {}
    for hit in _INHIBITION_BY_MEANS.finditer(m.text):
        if _NOT_A_NOUN_GROUP.search(hit.group("what")):
            continue
        # the first four tokens starting within 40 characters of the hit's end (tokens run in text order)
        lo, hi, seen = hit.end(), hit.end() + 40, 0
        for t in m.tokens:
            if t.start < lo:
                continue
            if t.start > hi or seen == 4:
                break
            seen += 1
            if t.is_entity:
                drugs = [e for e in t.entities if e.category in THERAPY]
                if len(drugs) == 1:
                    found[drugs[0].id] = drugs[0]
                break
            if not _PLAIN_WORD.fullmatch(t.text):
                break
    if len(found) != 1:
        return None
    named = next(iter(found.values()))
    if named.id == therapy.id or vocab.in_class(named.id, therapy.id) or vocab.in_class(therapy.id, named.id):
        return None
    return named


def _ids_with_gene(vocab, entity: Entity) -> set[str]:
    """The entity's id, with the symbol of the gene it is of and that gene's id ("MET amplification": MET too)."""
    ids = {entity.id}
    symbol = entity.attr("gene")
    if symbol:
        gene = vocab.gene_entity(symbol)
        ids |= {symbol} | ({gene.id} if gene is not None else set())
    return ids


def _scan_resistance_talk_entities(reading) -> list[tuple[frozenset, frozenset]]:
    """Per sentence of the document that speaks of resistance: the ids of what it names (with the genes and the
    molecules its mentions are of or involve) and of the therapies it names (one pass)."""
    found = []
    for _, rec in sentences_speaking(reading, _RESISTANCE_TALK):
        named, therapies = set(), set()
        for mention in rec.mentions:
            e = mention.entity
            if e.category in THERAPY:
                therapies.add(e.id)
                continue
            named |= _ids_with_gene(reading.vocab, e)
        named.update(o.id for s, p, o in rec.implied if p == "involves")
        if named and therapies:
            found.append((frozenset(named), frozenset(therapies)))
    return found


@guard
def cause_resists_therapy_in_document(m: MatchContext) -> bool:
    """What a strategy puts forward to inhibit beside a therapy is something the document names where it speaks of
    resistance to that therapy (its class, or a part of it): "inhibiting FGFR4 in combination with 5-FU and
    oxaliplatin is a potential strategy" answers a resistance only where FGFR4 is named beside resistance to those
    drugs; elsewhere the strategy is aimed at the tumour, not at a mechanism of resistance."""
    vocab = m.reading.vocab
    keys = set()
    for e in m.slot_entities.get("cause", ()):
        keys |= _ids_with_gene(vocab, e)
        if e.category == "DrugClass":  # the act on a target read as its inhibitors ("Targeting AXL ..."): the target
            keys |= {t.id for t in class_targets(e, m, -1)}
    wanted = set()
    for t in m.slot_entities.get("therapy", ()):
        wanted |= {t.id} | _part_ids(m, t.id)
    if not keys or not wanted:
        return False
    for named, therapies in m.reading.document_wide("resistance_talk_entities", _scan_resistance_talk_entities):
        if not keys & named:
            continue
        if therapies & wanted or any(vocab.in_class(t, w) or vocab.in_class(w, t) for t in therapies for w in wanted):
            return True
    return False


_ACT_WORD = lazy_compile(r"(?:inhibit|block|target)\w*\s", re.I)


@transform({"Alteration", "ResistanceMechanism"})
def act_target_of_rescue(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What an act on one target, read as that target's inhibitors ("Targeting AXL in combination with A is a
    promising strategy", "Inhibition of IL-6 combined with A"), is put forward against: as
    :func:`as_target_of_rescue` says of the target itself; never a class named as an agent ("AXL inhibitors")."""
    if entity.category != "DrugClass" or token < 0 or not _ACT_WORD.match(m.tokens[token].text + " "):
        return None
    targets = class_targets(entity, m, token)
    if len(targets) != 1:
        return None
    target = targets[0]
    # (the act's own class is a therapy of the match, so the target is taken as named, not as a therapy's target)
    named = _named_alteration(target, m) if target.category == "Gene" else None
    return named or mechanism(f"{target.name}-mediated resistance", [target], m,
                              synonyms=tuple(f"{n}-mediated resistance" for n in sorted(target.synonyms)[:3]))


@transform({"Regimen"})
def act_given_with_therapy(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """An act on a target read as its inhibitors, given with the one therapy of the match's ``therapy`` slot
    ("Targeting AXL in combination with cetuximab": AXL inhibitor + cetuximab)."""
    therapies = {e.id: e for e in m.slot_entities.get("therapy", ()) if e.id != entity.id}  # ("A plus B": the slot's list)
    if entity.category != "DrugClass" or len(therapies) != 1:
        return None
    return _combined(m, [entity, next(iter(therapies.values()))])


@transform({"Regimen"})
def inhibitor_added_to(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What had to be blocked for a therapy to work, as the rescue: its inhibitor given with that therapy
    ("blockade of TGF-beta signalling rendered tumours susceptible to anti-PD-1": a TGF-beta inhibitor
    plus anti-PD-1). The therapy is the match's ``therapy`` slot."""
    therapies = {e.id: e for e in m.slot_entities.get("therapy", ())}
    therapy = next(iter(therapies.values())) if len(therapies) == 1 else None
    named_asked = entity.category == "ResistanceMechanism" and token >= 0 and therapy is not None
    named = _inhibitor_named_as_means(m, therapy) if named_asked else None
    if named is not None:
        # "inhibition of IL-1 receptor signalling via the use of TRAP IL-1, suggesting the potential of inhibiting
        # inflammatory cytokine signalling as a strategy for reversing anti-EGFR resistance": the drug named
        # as the means of the inhibition is the inhibitor
        return _combined(m, [named, therapy])
    if entity.category == "ResistanceMechanism":
        # "inhibition of Nrf2 signalling": the mechanism's one gene or molecule is what an inhibitor acts on; "when
        # myeloid cell recruitment was disrupted": the one cell type of a recruitment (_cell_directed_added_to)
        involved = [o for s, p, o in (m.rec.implied if m.rec is not None else ()) if s.id == entity.id and
                    p == "involves"] + [o for s, p, o in m.side if s.id == entity.id and p == "involves"]
        parts = {o.id: o for o in involved if o.category in ("Gene", "Molecule")} or \
            {o.id: o for o in involved if o.category == "CellType"}
        if len(parts) != 1:
            return None
        part = next(iter(parts.values()))
        if part.category == "CellType" and (token < 0 or _recruited_as_written(m, token)[1] is None):
            return None  # (a cell's other processes, "CAF activation", name no act on the cells)
        entity = part
    if entity.category == "CellType":
        return _cell_directed_added_to(entity, m, token)
    if entity.category not in ("Gene", "Molecule", "Pathway"):
        return None
    # "blocking IL-6", "IL-6 blockade"; "resistance was reversed by STAT3 inhibition" (the inhibition after the gene)
    cue = m.first_cue("inhibition_of", "inhibition_act_of", "inhibition_noun", "inhibited_after", "rs_removed_pp")
    if cue is None or not _DRUG_LIKE.match(m.tokens[cue].lower):
        return None  # knockdown, silencing, deletion: an experiment, not a drug to give
    if token >= 0 and _GENETIC_MEANS.match(m.text, m.tokens[token].end, m.tokens[token].end + 40):
        return None  # "inhibition of Nrf2 through siRNA treatment": an experiment too
    if token >= 0 and _EXPERIMENT_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start):
        return None  # "genetic IL-6 blockade restored sensitivity": so is a genetic inhibition named before
    if therapy is None:
        return None
    if not named_asked:  # asked above with the same inputs (and found nothing) when the entity was a mechanism
        named = _inhibitor_named_as_means(m, therapy)
    if named is not None:
        return _combined(m, [named, therapy])
    cls = inhibitor_class(m.reading.vocab, entity)
    m.side.append((cls, "targets", entity))
    return _combined(m, [cls, therapy])


@transform({"Drug", "Regimen"})
def restorer_given_with_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A miRNA put forward as a treatment ("miR-203 has the potential as a therapeutic strategy for 5-FU-resistant
    colorectal cancer") is given as a mimic that raises it again, with the resisted therapy (:func:`given_with_resisted`):
    the miR-203 mimic plus 5-FU. None for another molecule, whose raising the text does not say how to give."""
    if entity.category != "Molecule" or entity.attr("molecule_kind") != "miRNA":
        return None
    return given_with_resisted(mirna_agent(entity.name), m, token)


# a molecule named as lowered, after it ("miR-X was downregulated in the resistant cells", "miR-X downregulation") or
# before it ("loss of miR-X", "low levels of miR-X"); never lowered on purpose ("knockdown of miR-X"), an experiment
_STATED_LOWERED_AFTER = lazy_compile(r"(?:\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:down-?regulated|reduced|decreased|lost|"
                              r"low|lower|suppressed|silenced)|[\s-](?:down-?regulation|loss|deficiency))\b", re.I)
_STATED_LOWERED_BEFORE = lazy_compile(r"\b(?:loss|down-?regulation|deficiency|low|lower|reduced|decreased)\s+"
                               r"(?:(?:expression|levels?)\s+)?(?:of\s+)?(?:the\s+)?$", re.I)


def _scan_lowered_where_resisted(reading) -> list[tuple[frozenset, frozenset]]:
    """Per sentence of the document that speaks of resistance and names a molecule as lowered ("miR-203 was
    downregulated in the 5-FU-resistant cell line"): the ids of the molecules so named and of the therapies the
    sentence names (one pass)."""
    found = []
    for sentence, rec in sentences_speaking(reading, _RESISTANCE_TALK):
        text = sentence.norm
        lowered = {mn.entity.id for mn in rec.mentions if mn.entity.category == "Molecule" and
                   (_STATED_LOWERED_AFTER.match(text, mn.end) or _STATED_LOWERED_BEFORE.search(text, max(0, mn.start - 40), mn.start))}
        therapies = {mn.entity.id for mn in rec.mentions if mn.entity.category in THERAPY}
        if lowered and therapies:
            found.append((frozenset(lowered), frozenset(therapies)))
    return found


@guard
def agent_lowered_where_resisted(m: MatchContext) -> bool:
    """The molecule put forward as a treatment is one the document names as lowered where it speaks of resistance to
    the resisted therapy (or a drug of its class): what was lost is what raising it gives back; elsewhere its way is
    not said."""
    vocab = m.reading.vocab
    agents = _slot_ids(m, "agent")
    wanted = _slot_ids(m, "resisted")
    for lowered, therapies in m.reading.document_wide("lowered_where_resisted", _scan_lowered_where_resisted):
        if agents & lowered and any(t in wanted or any(vocab.in_class(t, w) for w in wanted) for t in therapies):
            return True
    return False


@transform({"Regimen"})
def inhibitor_added_to_prev_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`inhibitor_added_to`, where the therapy is the one the previous sentence's stated cause resists
    (``@prev_resisted``) and the sentence names none: "The recruitment of myeloid cells conferred resistance to
    anti-angiogenic treatment. This treatment resistance could be overcome when immune cell recruitment was
    disrupted": an inhibitor of that recruitment given with the anti-angiogenic treatment."""
    prev = m.scope.get("prev_resisted")
    if prev is None or "therapy" in m.slot_entities:
        return None
    return _with_slot_filled(m, "therapy", prev, inhibitor_added_to, entity, token)


@transform({"DrugClass"})
def inhibitor_of_named(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The inhibitor class of a gene or molecule whose inhibition is put forward ("c-MET suppression might be
    beneficial": a MET inhibitor), targeting it."""
    if entity.category not in ("Gene", "Molecule"):
        return None
    cls = inhibitor_class(m.reading.vocab, entity)
    if cls is None:
        return None
    m.side.append((cls, "targets", entity))
    return cls


@guard
def agent_gene_in_cause(m: MatchContext) -> bool:
    """The gene whose inhibition is put forward is one the cause is named by ("compensatory stimulation of the
    c-MET pathway, in which case c-MET suppression might be beneficial"): the remedy answers that cause."""
    vocab = m.reading.vocab
    agents = _slot_ids(m, "agent")
    for e in m.slot_entities.get("cause", ()):
        genes = [e] if e.category in ("Gene", "Molecule") else \
            [vocab.gene_entity(w) for w in re.findall(r"[A-Za-z0-9\-]+", e.name)]
        if any(g is not None and g.id in agents for g in genes):
            return True
    return False


def _product_status(entity: Entity, m: MatchContext, token: int) -> bool:
    """A bare "GENE status" read as the gene's expression in a document that tests the gene by its product (its
    expression, level or loss, never its mutations: builders/status_kinds.py): the status is that marker, a predictor
    as "GENE expression" is ("PTEN status did not predict benefit from A")."""
    from builders.status_kinds import bare_status_symbol, product_tested_genes

    symbol = bare_status_symbol(m.tokens[token].text)
    reading = m.reading
    if symbol is None or not hasattr(reading, "document_wide"):
        return False
    gene = reading.vocab.gene_entity(symbol)
    names = {symbol} | ({gene.name.upper()} if gene is not None else set())
    if not any(entity.name.upper().startswith(n + " ") for n in names):
        return False
    genes = reading.document_wide("product_tested_genes", lambda r: product_tested_genes(
        [r.recognize(s) for s in r.doc.sentences]))
    return bool(names & genes)


# a change noun right after a marker, then what a subject is followed by ("CA19-9 decrease was associated with",
# "ctDNA level decline predicted", "a CEA reduction of 50%"): the marker's change is what the sentence relates (read by
# changed_marker), never the marker itself ("MET amplification increases resistance" is a verb with its object)
_MARKER_CHANGE_NOUN = rf"\s*(?:levels?\s+)?(?:{'|'.join(sorted(MARKER_CHANGE_NOUNS))})"
_CHANGE_NOUN_AFTER = lazy_compile(_MARKER_CHANGE_NOUN + r"\s+(?:was|were|is|are|has|had|could|may|might|can|would|predicted|predicts|"
                                  r"predict|correlates?|did|does|do|will|should|correlated|associated|of|at|after|during|from|by|on|in|>|≥)\b", re.I)


# a change noun right after a marker, then a list join ("baseline NLR, early CA19-9 decrease, and HFS could predict",
# "low NLR, early ctDNA decline and skin rash predicted"): the member of the list is the marker's change
_CHANGE_NOUN_IN_LIST = lazy_compile(_MARKER_CHANGE_NOUN + r"\s*(?:,|;|(?:and|or|nor|as\s+well\s+as)\b)", re.I)


def _listed_change(m: MatchContext, token: int) -> bool:
    """Marker token ``token`` is a member of its slot's list of markers and named with its change right after it
    ("Baseline NLR, early CA19-9 decrease, and HFS could predict the efficacy of A"): what the list relates of it is
    its change (the marker of its own the transform ``changed_marker`` names), never its level.

    A marker named alone with its change is the change rules' (``prediction.marker_change_*``)."""
    if token < 0 or not (_CHANGE_NOUN_IN_LIST.match(m.text, m.tokens[token].end) or
                         _CHANGE_NOUN_AFTER.match(m.text, m.tokens[token].end)):
        return False  # (the last member's change stands before the verb: "..., and early ctDNA decline predicted")
    slot = m.match.slots.get("marker") or ()
    return token in slot and len(slot) > 1


def _list_ends_in_change(m: MatchContext, token: int) -> bool:
    """Token ``token`` is a member of a list whose last member is named with its change before the verb ("baseline NLR
    and early CA19-9 decrease could predict the efficacy of A"): a list of markers whose change noun is no verb (not
    "decrease the efficacy")."""
    if token < 0:
        return False
    slot = next((s for s in m.match.slots.values() if s and token in s), None)
    return bool(slot) and len(slot) > 1 and bool(_CHANGE_NOUN_AFTER.match(m.text, m.tokens[max(slot)].end))


# an item of a co-expression ("co-expression of CSCs and EGFRvIII", "CD44/EGFRvIII co-expression"): the two found
# together are the marker, never one of them alone
_COEXPRESSED_BEFORE = lazy_compile(r"\bco-?expression\s+of\s+(?:the\s+)?(?:[\w+\-/]+(?:\s*,\s*|\s+(?:and|with|or)\s+))*$",
                                   re.I)
_COEXPRESSED_AFTER = lazy_compile(r"(?:\s*(?:/|and|with)\s*[\w+\-]+)*[-\s]co-?expression\b", re.I)


@transform(lambda cats: set(cats))
def predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A predictive marker: a gene or molecule named with its expression becomes that biomarker;
    bare genes are not predictors."""
    if entity.category in ("Gene", "Molecule"):
        return None
    if token >= 0 and (_COEXPRESSED_BEFORE.search(m.text, max(0, m.tokens[token].start - 80), m.tokens[token].start) or
                       _COEXPRESSED_AFTER.match(m.text, m.tokens[token].end)):
        return None  # "co-expression of CSCs and EGFRvIII could be biomarkers of ...": the co-expression predicts
    if _beside_immune_status(entity, m, token):
        return None  # "no benefit from nivolumab in RAS-mutant, MSS mCRC": MSS predicts it, not RAS
    if _names_setting_of_head(m, token):
        return None  # "Tregs infiltrating MSS tumours limit responses to X": the Tregs' setting predicts nothing
    if _listed_change(m, token):
        return changed_marker(entity, m, token)  # "NLR, early CA19-9 decrease, and HFS predict ...": the decrease
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "sample":
        return None  # "ctDNA was used to predict response": a marker measured in ctDNA predicts, not the sample
    if token >= 0 and (entity.category == "Alteration" or entity.attr("biomarker_kind") == "expression") and \
            re.match(r"[-\s]?(?:mutation(?:al)?\s+)?status\b", m.text[m.tokens[token].end:m.tokens[token].end + 20], re.I) or \
            token >= 0 and entity.attr("biomarker_kind") == "expression" and \
            re.search(r"\bstatus$", m.tokens[token].text, re.I) and not _product_status(entity, m, token):
        return None  # "KRAS mutation status predicts response": a status says no direction (mutant or wild-type)
    if token >= 0 and _CHANGE_IN.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "a decrease in RAS mutations after treatment": the change is the marker, not the mutation
    if token >= 0 and _CHANGE_NOUN_AFTER.match(m.text, m.tokens[token].end):
        return None  # "early CA19-9 decrease was associated with response": the change is the marker, not the level
    if token >= 0 and _in_participle_aside(m, token):
        return None  # "HER2 amplification, detected in 5% of RAS wild-type tumours, is a negative predictor ..."
    slot = m.match.slots.get("marker") or ()
    population = _POPULATION_BEFORE.search(m.text, max(0, m.tokens[token].start - 60), m.tokens[token].start) \
        if token >= 0 else None
    if population and token in slot and min(slot) == _first_token(m) and \
            m.text[m.tokens[token].end:m.tokens[token].end + 3].lstrip().startswith(","):
        return None  # "among tumours carrying wild-type KRAS, mutation of BRAF ...": the population, not the predictor
    if population and _population_of_marker_before(m, token, population):
        return None  # "ERBB2 amplification in patients with RAS/BRAF wild-type tumours is associated with ...": the
        # population the marker before it is found in, not the predictor
    if token >= 0 and entity.category == "Alteration" and \
            _SUBSET_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start):
        return None  # "a non-V600 BRAF mutation", "class 3 BRAF mutations": a subset the graph has no node for
    if token >= 0 and entity.category == "Biomarker" and \
            (entity.attr("biomarker_kind") == "expression" or entity.name.endswith(" expression")) and \
            not entity.name.lower().startswith(("low", "loss")) and not entity.name.lower().endswith("-low") and \
            _LOW_MARKER_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start):
        # "not effective in patients with low ERCC1 expression": the low level is the marker
        gene = re.sub(r"\s+(?:expression|level|levels)$", "", entity.name)
        name = f"low {gene} expression"  # the recogniser's name for "low levels of X" (one node for both)
        return Entity(mint("biomarker", name), "Biomarker", name,
                      tuple(sorted({f"{gene} low", f"{gene}-low", f"low {entity.name}"} - {name})),
                      (), (("biomarker_kind", "expression"),))
    if token >= 0 and entity.category == "Biomarker" and entity.attr("biomarker_kind") == "immune_infiltrate" and \
            not entity.name.lower().startswith("low") and \
            _LOW_OR_SPARSE_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start):
        name = f"low {entity.name}"  # "low CD8+ T cell infiltration predicted resistance": the low density, not the cells'
        return Entity(mint("biomarker", name), "Biomarker", name, (), (), entity.attributes)
    if token >= 0 and entity.category == "Biomarker" and entity.name.endswith(" level") and \
            not entity.name.lower().startswith("low") and \
            _LOW_MARKER_BEFORE.search(m.text, max(0, m.tokens[token].start - 30), m.tokens[token].start):
        name = f"low {entity.name}"  # "low ctDNA levels were associated with a better response": the low level
        return Entity(mint("biomarker", name), "Biomarker", name, (), (), entity.attributes)
    return entity


@transform(lambda cats: {"Biomarker"} if "Disease" in cats else set())
def metastatic_site(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The site of metastases as a tumour feature that predicts ("the presence of liver metastases was associated
    with poor response to ICIs": liver metastasis, a biomarker); the cancer itself predicts nothing."""
    if entity.category != "Disease":
        return None
    site = _METASTATIC_SITE.search(entity.name)
    if site is None:
        return None
    name = f"{site.group(1).lower()} metastasis"
    return Entity(mint("biomarker", name), "Biomarker", name, (f"{site.group(1).lower()} metastases",), (),
                  (("biomarker_kind", "metastatic_site"),))


# the organ a metastasis lies in, from the disease's name ("colorectal cancer liver metastasis")
_METASTATIC_SITE = lazy_compile(r"\b(liver|lung|pulmonary|peritoneal|hepatic|brain|bone|nodal|ovarian)\s+metastas[ie]s$", re.I)


_ASIDE_REACH = 16  # tokens back from an entity to the comma that may open the aside it sits in


def _in_participle_aside(m: MatchContext, token: int) -> bool:
    """Token ``token`` lies inside a participle aside that the sentence goes on after (", detected in 5% of RAS
    wild-type tumours, is ..."): where the entity before the aside is found, never the subject of the statement."""
    toks = m.tokens
    for q in range(token - 1, max(m.clause.lo, token - _ASIDE_REACH) - 1, -1):
        if toks[q].text == ",":
            after = participle_aside_end(toks, q, m.clause.hi)
            return after is not None and token < after
    return False


@transform(lambda cats: (set(cats) - {"Gene", "Molecule"}) | ({"Biomarker"} if {"Gene", "Molecule"} & set(cats) else set()))
def level_predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`predictor`, and a gene product or molecule whose level the sentence compares ("miR-X was
    upregulated in non-responders") becomes its expression marker."""
    return _level_or_predictor(entity, m, token, ("Gene", "Molecule"))  # "lower miR-X levels": the low level


def _level_or_predictor(entity: Entity, m: MatchContext, token: int, measured: tuple) -> Entity | None:
    """:func:`predictor` of the entity, or of its expression marker when its category is one of ``measured``."""
    if entity.category in measured and not entity.attr("family"):
        return predictor(expression_entity(entity), m, token)
    return predictor(entity, m, token)


@transform(lambda cats: (set(cats) - {"Gene", "Molecule"}) | ({"Biomarker"} if "Molecule" in set(cats) else set()))
def molecule_level_predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`predictor`, and a molecule (a microRNA, a metabolite; not a gene) named as what did or did not go with
    the response ("miR-X was not associated with response to B") is its level marker; a bare gene stays none (its
    mutations or its expression: the sentence does not say which)."""
    return _level_or_predictor(entity, m, token, ("Molecule",))


def _population_of_marker_before(m: MatchContext, token: int, found: re.Match) -> bool:
    """Token ``token`` closes a phrase of population (``found``, of _POPULATION_BEFORE: "in patients with", "among
    tumours harbouring") that follows a marker (an alteration or a biomarker) right before its opening word ("ERBB2
    amplification in patients with RAS/BRAF wild-type tumours"): the patients the marker before it is found in, not
    a predictor of its own (after a therapy, "approval of A for patients with X tumours", the phrase names whom the
    therapy is for)."""
    opener = next((k for k in range(token - 1, max(m.clause.lo, token - 12) - 1, -1)
                   if m.tokens[k].start == found.start()), None)
    return opener is not None and opener - 1 >= m.clause.lo and \
        any(e.category in ("Alteration", "Biomarker") for e in m.tokens[opener - 1].entities)


_POPULATION_BEFORE = lazy_compile(r"\b(?:among|in|within|for)\s+(?:[\w\-]+\s+){0,3}(?:patients|tumou?rs|cases|subjects|cancers|"
                                  r"mCRCs?|CRCs?|population|subgroup)\s+(?:with|carrying|harbou?ring|bearing|having)\s+"
                                  r"(?:an?\s+|the\s+)?$", re.I)


# an alteration narrowed to a subset: "non-V600 BRAF mutation", "atypical", "class 3", "rare", "other"
_SUBSET_BEFORE = lazy_compile(r"(?:\bnon-?[\w\-]+|\batypical|\bclass\s+(?:[123]|I{1,3})|\bclass-[123]|\brare|\buncommon|"
                              r"\bother|\bsubclonal|\bminor)\s+$", re.I)


_CHANGE_IN = lazy_compile(r"\b(?:decrease|reduction|decline|drop|fall|clearance|disappearance|changes?|increase|rise|"
                          r"dynamics|kinetics)\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


@transform(lambda cats: set(cats))
def drug_or_class(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    return entity if entity.category in ("Drug", "DrugClass") else None


# -- qualifiers ----------------------------------------------------------------------------------------
# "emerging data", "secondary endpoint", "drug development" say nothing of how resistance arose
_ACQUIRED = lazy_compile(r"acquired|acquisition|emergence|emergent|"
                         r"secondary\s+(?:\S+\s+){0,2}(?:resistan|mutat|alteration|amplif|clone|variant|event)|"
                         r"emerg\w*\s+(?:\S+\s+){0,3}(?:resistan|mutat|alteration|amplif|clone|variant|subclon)|"
                         r"(?:resistan\w*|mutations?|clones?|alterations?|amplifications?|variants?)\s+(?:\S+\s+){0,3}emerg|"
                         r"develop\w*\s+(?:\S+\s+){0,2}(?:resistan|refractor)|"
                         r"after (?:\w+ ){0,3}(?:treatment|therapy|exposure)|during (?:\w+ ){0,3}(?:treatment|therapy)", re.I)
# "primary resistance", "intrinsically resistant"; not "intrinsic mechanisms" (a review's tumour-intrinsic as
# opposed to microenvironment-driven), not a "primary tumour"
_PRIMARY = lazy_compile(r"\b(?:primary|intrinsic|innate|de novo|pre-?existing|upfront)\s+(?:\w+[-\s])?(?:resistan\w*|refractor\w*|"
                        r"insensitiv\w*|non-?respon\w*)|\b(?:intrinsically|innately|primarily)\s+(?:resistant|refractory)", re.I)


# adaptive resistance: a rapid, non-genetic rewiring under the drug ("adaptive resistance to KRAS G12C inhibitors",
# "adaptive feedback reactivation of EGFR"); never the adaptive immune system ("adaptive immune resistance")
_ADAPTIVE = lazy_compile(r"\badaptive\s+(?!immun)(?:\w+\s+)?resistan|\badaptively\s+(?:resistant|rewir)|"
                         r"\badaptive\s+(?!immun)(?:[\w/-]+\s+){0,3}(?:feedback|rewiring|reactivation)", re.I)
# the acquired kind named in words beside it ("adaptive and acquired resistance"): neither is the statement's own
_ACQUIRED_WORD = lazy_compile(r"\b(?:acquired|acquisition|secondary)\b", re.I)


# both kinds named together ("both innate and acquired resistance", "primary or secondary resistance"): neither
_BOTH_TYPES = lazy_compile(r"\b(?:primary|intrinsic|innate|de novo)\s+(?:and|or|and/or)\s+(?:acquired|secondary|adaptive)\s+"
                           r"resistan", re.I)


@qualifier
def resistance_type(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``acquired``, ``adaptive`` or ``primary`` as the clause says; none when it names two kinds for the one resistance."""
    clause = m.text[m.tokens[m.clause.lo].start:m.tokens[m.clause.hi - 1].end]
    if _BOTH_TYPES.search(clause):
        return None
    if _ADAPTIVE.search(clause):
        return None if _ACQUIRED_WORD.search(clause) else "adaptive"
    if _ACQUIRED.search(clause):
        return "acquired"
    if _PRIMARY.search(clause):
        return "primary"
    return None


@qualifier
def adaptive_escape(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``adaptive``, for a rule that reads the tumour switching a blocked node back on under the drug (a feedback or
    rebound reactivation, a bypass by reactivating a receptor): a rapid, non-genetic escape by its nature."""
    return "adaptive"


@qualifier
def certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``hypothesis`` when the clause hedges ("may", "might", "could", "possibly", "suggest"); ``association``
    when it reports what was seen in a patient or two ("both KRAS-mutated patients failed to respond"), or
    what goes along with resistance ("resistance is accompanied by ...", "coincided with")."""
    spans = _presupposed_resistance(m, subject)
    if spans is not None:
        hedged = _resistance_hedged(m, *spans)
    else:
        hedged = _clause_hedged(m) or _rescue_aimed_by_test(m)
    if hedged or _candidate_marker(m):
        return "hypothesis"
    return "association" if _association(m) else None


def _presupposed_resistance(m: MatchContext, subject: Entity) -> tuple[list[int], list[int]] | None:
    """(the rescuer's token positions, the resistance's) when the fact asked about is the resistance a rescue
    statement names as what it overcomes ("A could be a strategy for MET-driven resistance to B": MET-driven
    resistance to B), so the rescue's own hedge can be told from the resistance's."""
    if subject.category in THERAPY:
        return None
    emits = m.rule.emits
    rescuer = next((s for s, p, _o, _sf, _of in emits if p == "overcomes"), None)
    resisting = next(((s, o) for s, p, o, _sf, _of in emits if p == "confers_resistance_to"), None)
    if rescuer is None or resisting is None or rescuer in resisting:
        return None
    slots = m.match.slots
    rescue_at = sorted(set(slots.get(rescuer) or ()))
    resist_at = sorted({i for slot in resisting for i in slots.get(slot) or ()})
    if not rescue_at or not resist_at or len({slot for slot in resisting if slots.get(slot)}) < 2:
        return None
    return rescue_at, resist_at


def _resistance_hedged(m: MatchContext, rescue_at: list[int], resist_at: list[int]) -> bool:
    """A rescue statement's resistance is hedged by a hedge of the clause unless the hedge stands between the
    rescuer and the resistance ("A could overcome MET-driven resistance to B", "MET-driven resistance to B may be
    overcome by A": the hedge is the rescue verb's), or opens a second predicate after the match; a study's aim or
    a question still hedges everything (:func:`_clause_hedged`)."""
    first, last = resist_at[0] - 2, resist_at[-1]
    if rescue_at[-1] < resist_at[0]:
        rescue_own = range(rescue_at[-1] + 1, first)
        opening = _hedge_over_rescue(m, rescue_at[0])
        if opening is not None:  # "We hypothesized that A could overcome resistance to B in X carriers"
            return _clause_hedged(m, skip=set(rescue_own) | {opening})
    elif resist_at[-1] < rescue_at[0]:
        rescue_own = range(last + 1, rescue_at[0])
    else:
        rescue_own = range(0)
    return _clause_hedged(m, skip=rescue_own)


def _hedge_over_rescue(m: MatchContext, rescuer: int) -> int | None:
    """(s52 prec) The position of a verb of supposing that opens the clause whose "that"-complement is the rescue
    ("We hypothesized that A could overcome resistance to B in KRAS-mutant CRC", "we reasoned that A might reverse
    X-driven resistance to B"): what is supposed is that A overcomes it; the resistance the rescue names is taken as
    known, so that verb is the rescue's hedge, not the resistance's (None when there is no such verb)."""
    lo = max(m.clause.lo, 0)
    that = next((k for k in range(rescuer - 1, lo - 1, -1) if m.tokens[k].lower == "that"), None)
    if that is None or any(m.tokens[k].lower in (";", ":", "whether", "if") for k in range(that, rescuer)):
        return None
    verb = that - 1
    if verb >= lo and m.tokens[verb].lower in ("further", "also", "therefore", "thus"):
        verb -= 1
    if verb < lo or not _SUPPOSING.fullmatch(m.tokens[verb].lower) or "hedge" not in m.tokens[verb].cues:
        return None
    return verb


_SUPPOSING = lazy_compile(r"hypothesi[sz](?:e|es|ed)|speculat(?:e|es|ed)|postulat(?:e|es|ed)|reason(?:s|ed)?|"
                          r"propos(?:e|es|ed)|predict(?:s|ed)?|surmis(?:e|es|ed)|theoriz(?:e|es|ed)|"
                          r"conjectur(?:e|es|ed)|assum(?:e|es|ed)|expect(?:s|ed)?")


# some of the carriers, not all: "many POLE-mutated tumours do not respond", "a subset of MSI-H tumours fail to respond"
_PART_OF = lazy_compile(r"\b(?:many|some|several|a\s+(?:subset|proportion|fraction|number|subgroup|part)\s+of|not\s+all)\s+"
                        r"(?:of\s+)?(?:the\s+|these\s+|those\s+)?(?:[\w\-/+]+\s+){0,2}$", re.I)


def _part_of_carriers(m: MatchContext) -> bool:
    """The marker's carriers are said to be only some ("many", "some", "a subset of", "not all"): what they show goes
    with the marker, it is not said of every carrier."""
    slots = m.match.slots.get("marker", ())
    if not slots:
        return False
    start = m.tokens[min(slots)].start
    return _PART_OF.search(m.text, max(0, start - 60), start) is not None


def _goes_along(m: MatchContext) -> bool:
    """The match says the two go along ("resistance is accompanied by ...", "coincided with"), not that one
    causes the other."""
    return "rs_accompanied_by" in m.match.cue_tokens or m.any_cue_in(("co_occurring", "associate"), m.match.start, m.match.end)


def _rescue_aimed_by_test(m: MatchContext) -> bool:
    """The rescue is what a test aims at or what is expected, not what was shown ("X combined with Y is being
    assessed to overcome resistance"; "trials are testing whether X overcomes resistance"; "X is expected to
    overcome resistance"): a test word in the clause before a purpose "to" or a "whether" and the rescue verb, or a
    word of expectation just before "to" + the rescue verb."""
    cue = m.first_cue("overcome")
    if cue is None or cue < 1:
        return False
    lo = max(m.clause.lo, 0)
    if m.tokens[cue - 1].lower == "to":
        return m.cue_in("testing_only", lo, cue - 1) or (cue >= 2 and "expected_to" in m.tokens[cue - 2].cues)
    asked = any(m.tokens[i].lower in ("whether", "if") for i in range(lo, cue))
    return asked and m.cue_in("testing_only", lo, cue)


def _candidate_marker(m: MatchContext) -> bool:
    """The marker is put forward, not shown ("a promising biomarker for predicting response", "a candidate
    marker of resistance"): a word of promise just before the rule's word of prediction."""
    cue = m.first_cue(*_PREDICT_CUES)
    return cue is not None and any("pr_candidate" in m.tokens[i].cues for i in range(max(m.clause.lo, cue - 3), cue + 1))


_FEW_PATIENTS = lazy_compile(
    r"(?<![\w.,])(?:both|two|three|2|3|one|a single|(?:the|these) (?:two|three))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:patients?|cases)\b(?!\s+(?:series|studies|trials?)\b)|"
    r"\b(?:a|this|our|one|the (?:first|second|third|other))\s+(?:[\w-]+\s+){0,2}?patient\b(?!['’]s)|"
    r"\bcase (?:report|series)\b", re.I)


def _few_patients(m: MatchContext) -> bool:
    """The clause speaks of one, two or three patients (a case, not a cohort): what they show goes
    together, it does not prove a cause."""
    lo, hi = max(m.clause.lo, 0), min(m.clause.hi, len(m.tokens))
    if lo >= hi:
        return False
    span = m.text[m.tokens[lo].start:m.tokens[hi - 1].end]
    return _FEW_PATIENTS.search(span) is not None and not re.search(r"\b(?:one|a)[-\s](?:third|half|quarter)\b", span, re.I)


def _aim_or_question(m: MatchContext, lo: int, hi: int) -> bool:
    """A study's aim in the clause (tokens ``lo`` to ``hi``) or a sentence that asks: no finding is stated."""
    return any("study_aim" in m.tokens[i].cues for i in range(lo, hi)) or m.text.rstrip().endswith("?")


def _association(m: MatchContext) -> bool:
    """What the match reads goes along, not a cause shown: a patient or two, words of going along, or only some
    of the carriers."""
    return _few_patients(m) or _goes_along(m) or _part_of_carriers(m) or _enrolled_carriers(m)


# carriers named with the treatment history a trial enrolled them by, right before their marker ("patients with
# refractory MSS mCRC", "previously treated patients with KRAS-mutant tumours")
_ENROLLED_BEFORE = lazy_compile(r"\b(?:(?:refractory|pre-?treated|previously[-\s]treated|chemo-?refractory|"
                                r"treatment-?refractory)\s+(?:patients?\s+with\s+)?|patients?\s+with\s+(?:\w+\s+){0,1}?"
                                r"(?:refractory|pre-?treated|previously[-\s]treated|chemo-?refractory)\s+)"
                                r"(?:[\w\-]+\s+){0,2}$", re.I)


def _enrolled_carriers(m: MatchContext) -> bool:
    """The carriers are the population a trial enrolled by its treatment history ("Patients with refractory MSS
    mCRC failed to experience clinical benefit with FTD/TPI plus nivolumab"): every patient had the marker and
    nothing sets them against patients without it, so the marker goes along with the outcome seen, no more
    (an association). A sentence that sets them against others (:data:`_SET_AGAINST`) is left as it reads.

    >>> bool(_ENROLLED_BEFORE.search("Patients with refractory ")), bool(_ENROLLED_BEFORE.search("Patients with "))
    (True, False)
    """
    idx = m.match.slots.get("marker") or ()
    if not idx:
        return False
    start = m.tokens[min(idx)].start
    if not _ENROLLED_BEFORE.search(m.text[max(0, start - 80):start]):
        return False
    if _SET_AGAINST.search(m.text):
        return False
    return not any(_aimed_at_marker(m, e) for e in m.slot_entities.get("marker", ()))


def _aimed_at_marker(m: MatchContext, marker: Entity) -> bool:
    """Is a therapy of the match aimed at ``marker`` (it acts on the marker's gene: HER2-positive tumours and an
    anti-HER2 drug), or is the marker a status checkpoint inhibitors are given for (MSI-H, not MSS)? Carriers
    enrolled for a therapy aimed at them are the established predictor, read as stated."""
    vocab = m.reading.vocab
    if marker.id in vocab.poor_immune_response:
        return False
    symbols = [x for x in re.split(r"\s*/\s*", marker.attr("gene") or "") if x]
    if not symbols:
        return True  # a status of no gene (MSI-H, a subtype): left as read
    genes = [g for g in (vocab.gene_entity(x) for x in symbols) if g is not None]
    kin = set().union(*(_gene_and_kin(vocab, g) for g in genes)) if genes else set()
    return any(_acts_on(m, t) & kin for t in m.slot_entities.get("therapy", ()))


def _clause_hedged(m: MatchContext, skip: range = range(0)) -> bool:
    """The clause hedges. A hedge word that opens a negation ("could not obtain benefit": an ability denied,
    a finding) is no hedge; "may not" stays one (the negation list has no "may not"). A hedge word right after
    "and", past the end of the match, opens a second predicate ("we show that X is a mechanism of resistance to Y
    and suggest combinatorial approaches"): it hedges that one, not what the match read. A study's aim in the
    clause ("the role of X in Y resistance was investigated") and a sentence that asks ("Is X effective in Y?")
    state no finding either. A hedge at a position in ``skip`` is passed over."""
    lo, hi = max(m.clause.lo, 0), min(m.clause.hi, len(m.tokens))
    if _aim_or_question(m, lo, hi):
        return True
    return any("hedge" in m.tokens[i].cues and "negation" not in m.tokens[i].cues and i not in skip
               and not _opens_second_predicate(m, i) and not _modal_of_clause_before(m, i) for i in range(lo, hi))


# what joins a second clause whose subject points back to the first's ("; however, they", ", and they")
_CLAUSE_JOINERS = frozenset({"and", "but", "whereas", "while", "yet", "however", "instead", ","})
_ANAPHOR_SUBJECTS = frozenset({"they", "it", "these", "this", "those", "such"})


def _modal_of_clause_before(m: MatchContext, i: int) -> bool:
    """A modal inside the match that stands in a clause before the one stating the read fact ("KRAS mutations might
    promote immune escape, and they also decrease PD-L1"; "5-FU may be incorporated into DNA; however, it is
    cleaved off by UNG"): a second clause opened by a pronoun pointing back to the first's subject states its
    own verb, which the modal of the first does not reach (the pronoun is read in the match: the fact is the
    second clause's)."""
    if m.tokens[i].lower not in _MODALS or i >= m.match.end:
        return False
    last = max((idx[0] for idx in m.match.slots.values() if idx), default=-1)
    for j in range(i + 1, min(last, m.match.end)):
        if m.tokens[j].lower not in (",", ";"):
            continue
        k = j + 1
        while k < last and m.tokens[k].lower in _CLAUSE_JOINERS:
            k += 1
        if k > j + 1 or m.tokens[j].lower == ";":
            if m.match.start <= k < last and m.tokens[k].lower in _ANAPHOR_SUBJECTS and not m.tokens[k + 1].is_entity:
                return True
    return False


def _opens_second_predicate(m: MatchContext, i: int) -> bool:
    """Token ``i`` stands after the match, right after "and" (or "and we")."""
    if i < m.match.end or i < 1:
        return False
    prev = m.tokens[i - 1].lower
    if prev == "and" or prev == "we" and i >= 2 and m.tokens[i - 2].lower == "and":
        return True
    # ", and <a subject> could ...": a clause of its own after the match ("X limits the efficacy of A, and B could
    # improve it")
    between = [t.lower for t in m.tokens[m.match.end:i]]
    if any(between[x] == "," and between[x + 1] == "and" for x in range(len(between) - 1)):
        return True
    # "X confers resistance to A and could therefore be a target", "... and highlight the potential of B": "and"
    # after the match opens a second predicate (a modal, a connective adverb or a verb of reporting), whose hedge
    # is its own
    if any(between[x] == "and" and (between[x + 1] in _SECOND_PREDICATE_OPENERS
                                     or "hedge" in m.tokens[m.match.end + x + 1].cues)
           for x in range(len(between) - 1)):
        return True
    return _modal_of_own_subject(m, i, between)


def _modal_of_own_subject(m: MatchContext, i: int, between: list[str]) -> bool:
    """A modal after the match is the verb of a clause of its own when "and" and a new subject stand between:
    "X is a mechanism of resistance to A and combined inhibition of X and Y might be a strategy" — the match's
    statement has its own finite verb ("is", "confers") and opens with its subject, so the "and" after it joins a
    second clause, and "might" says how sure that clause is. A statement written as a noun phrase ("resistance to A
    mediated by X and Y might be overcome") has no verb of its own: the modal is its clause's."""
    if m.tokens[i].lower not in _MODALS or "and" not in between or "," in between:
        return False
    x = between.index("and")
    if not 1 <= len(between) - x - 1 <= 10 or any(w in ("that", "which", "who", "whose") for w in between[x + 1:]):
        return False
    lo, hi = m.match.start, m.match.end
    if not m.tokens[lo].is_entity:
        return False
    words = [t.lower for t in m.tokens[lo:hi]] + [""]
    return any(w in _FINITE_VERBS and words[k + 1] != "by" for k, w in enumerate(words[:-1]))


_MODALS = frozenset({"may", "might", "could", "would", "can", "should"})

# the finite verbs a resistance statement is made with ("X is a mechanism of resistance to A", "X confers ...")
_FINITE_VERBS = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "represents", "represent", "remains", "remain", "confers",
    "confer", "conferred", "causes", "cause", "caused", "mediates", "mediate", "mediated", "drives", "drive",
    "drove", "contributes", "contribute", "contributed", "leads", "lead", "led", "induces", "induce", "induced",
    "promotes", "promote", "promoted", "underlies", "underlie", "limits", "limit", "limited", "results", "result",
    "resulted", "predicts", "predict", "predicted", "impairs", "impair", "impaired", "reduces", "reduce", "reduced"})


# a word right after "and" that opens a second predicate of the clause's subject
_SECOND_PREDICATE_OPENERS = frozenset({
    "could", "may", "might", "can", "would", "should", "therefore", "thus", "hence", "also", "thereby", "is", "are",
    "was", "were", "be", "represents", "represent", "highlight", "highlights", "suggest", "suggests", "indicate",
    "indicates", "provide", "provides", "offer", "offers", "support", "supports", "point", "points", "open", "opens",
    "warrant", "warrants", "underline", "underlines", "underscore", "underscores", "propose", "proposes"})


def _nominal_hedged(m: MatchContext) -> bool:
    """A statement written as a noun phrase ("MET-driven resistance to cetuximab") that stands as what something is
    aimed at is presupposed, not put forward: a hedge on the verb of its clause ("A could be a strategy for patients
    with MET-driven resistance to B") is on that verb's claim. A hedge inside the phrase or one word before it
    ("possible MET-driven resistance"), a study's aim or a question hedges it; elsewhere ("it is possible that
    MET-driven resistance to B arises") the clause's hedge does."""
    lo, hi = max(m.clause.lo, 0), min(m.clause.hi, len(m.tokens))
    if _aim_or_question(m, lo, hi):
        return True
    start = max(lo, m.match.start - 2)
    own = any("hedge" in m.tokens[i].cues and "negation" not in m.tokens[i].cues
              for i in range(start, min(m.match.end, hi)))
    if own or _governed_nominal(m, lo):
        return own
    return _clause_hedged(m)


# words a presupposed resistance stands after as what is aimed at: "a strategy for", "patients with", "to overcome"
_AIMED_AT_WORDS = frozenset({"for", "against", "with", "overcome", "overcoming", "overcomes", "reverse", "reversing",
                             "reverses", "counteract", "counteracting", "circumvent", "circumventing", "address",
                             "addressing", "target", "targeting", "combat", "combating", "combatting", "tackle",
                             "tackling", "prevent", "preventing", "delay", "delaying"})


def _governed_nominal(m: MatchContext, lo: int) -> bool:
    """The noun phrase stands, within four words, after a word that makes it what something is aimed at ("a
    strategy for patients with acquired MET-driven resistance to B"): what the clause hedges is that aim."""
    for i in range(m.match.start - 1, max(lo, m.match.start - 5) - 1, -1):
        if "hedge" in m.tokens[i].cues:
            return False
        if m.tokens[i].lower in _AIMED_AT_WORDS:
            return True
    return False


# the words that add causes as already known ("in addition to B", "besides B")
_PRESUPPOSING = lazy_compile(r"^\s*(?:in\s+addition\s+to|besides)\b", re.I)


@qualifier
def listed_beside_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`certainty` of a cause listed after "in addition to" or "besides" ("X may also be involved in resistance
    to A, in addition to B, C and possibly D"): the causes those words add are named as known, so the hedge of the
    clause's own claim is not theirs; a hedge inside a cause's own list item ("possibly D") is. After "as well as",
    "along with" and the like the causes share the claim and its hedge ("X could be involved, as well as Y")."""
    at = next((i for i in m.match.slots.get("cause", ()) if subject in m.tokens[i].entities), None)
    cue = m.first_cue("in_addition")
    if at is None or cue is None or at < cue or not _PRESUPPOSING.search(m.text[m.tokens[cue].start:m.tokens[at].start]):
        return certainty(m, subject, obj)
    lo = at
    while lo > cue and m.tokens[lo - 1].lower not in (",", "and", "or", ";") and not m.tokens[lo - 1].is_entity:
        lo -= 1
    if any("hedge" in m.tokens[i].cues and "negation" not in m.tokens[i].cues for i in range(lo, at)):
        return "hypothesis"
    return "association" if _association(m) else None


@qualifier
def listed_scope_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`certainty` of a numbered list's item, or ``hypothesis`` where the words naming the list's causes hedge
    ("possible causes of A resistance: (1) ...", builders/numbered_causes.py)."""
    scope = _listed_scope_tokens(m)
    if scope is not None and any("hedge" in m.tokens[i].cues and "negation" not in m.tokens[i].cues for i in scope):
        return "hypothesis"
    return certainty(m, subject, obj)


@qualifier
def nominal_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`certainty` of a statement written as a noun phrase ("MET-mediated resistance to cetuximab"): hedged
    only by a hedge of its own (:func:`_nominal_hedged`)."""
    if _nominal_hedged(m) or _candidate_marker(m) or _rescue_aimed_by_test(m):
        return "hypothesis"
    return "association" if _association(m) else None


@qualifier
def target_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """(h57 prec5) ``hypothesis`` when the statement of what a drug acts on is hedged by its own words: a hedge between
    the drug and its target ("A may even target B, C and D kinases", "A might also inhibit B", "A possibly targets
    B") or a verb of supposing whose "that" opens it ("It has been proposed that A ...", "Data suggest that A
    suppresses B"); None otherwise. A hedge of the sentence's other predicate is not the target's ("... could be
    overcome by A, a multi-kinase inhibitor that also targets B", "A, which inhibits B, may overcome ...", a question
    or a study's aim about A), a class the drug is put in is no target (its ``member_of`` stays plain), and a
    vocabulary's target edge (the background layer) carries no sentence and stays unqualified.

    A drug's target is stated or not: never an ``association``."""
    if obj.category == "DrugClass":
        return None
    lo, hi = max(m.clause.lo, 0), min(m.match.end, len(m.tokens))
    start = max(m.match.start, lo)
    if any("hedge" in m.tokens[i].cues and "negation" not in m.tokens[i].cues for i in range(start, hi)):
        return "hypothesis"
    that = start - 1
    if that > lo and m.tokens[that].lower == "that" and "hedge" in m.tokens[that - 1].cues and \
            _SUPPOSING.fullmatch(m.tokens[that - 1].lower) or that > lo and m.tokens[that].lower == "that" and \
            m.tokens[that - 1].lower in ("suggest", "suggests", "suggested", "indicate", "indicates", "indicated"):
        return "hypothesis"
    return None


@qualifier
def carrier_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`certainty`, and ``association`` when what the carriers carry is a molecular subtype ("adjuvant
    chemotherapy was not effective in CMS4 tumours"): the subtype goes with the lack of benefit, the sentence
    names no mechanism by which it causes it."""
    if _clause_hedged(m):
        return "hypothesis"
    if subject.category == "Biomarker" and subject.attr("biomarker_kind") == "subtype":
        return "association"
    return None


@qualifier
def population_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``hypothesis`` when the clause hedges; ``association`` when the cause is named as the population the
    resistance is common in ("anti-EGFR resistance is common in patients with HER2-amplified tumours": the two go
    together), or as what goes along with it ("resistance is accompanied by ...")."""
    if _clause_hedged(m):
        return "hypothesis"
    return "association" if _cause_is_where_resistance_occurs(m) or _goes_along(m) else None


@qualifier
def tested_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """A therapy tested in or given to carriers: ``hypothesis`` ("the trial evaluated X in Y", "27 patients
    received X": it may work), unless the clause reports the result without hedging ("trials demonstrated the
    efficacy of X in Y") or the sentence gives an outcome's value ("..., and the response rate was 20%")."""
    if _clause_hedged(m):
        return "hypothesis"
    if m.cue_in("result_shown", m.clause.lo, m.clause.hi) or _OUTCOME_VALUE.search(m.text):
        return None
    return "hypothesis"


def _as_selected_carriers(found: str | None, subject: Entity) -> str | None:
    """The alteration of carriers a therapy was given to, said to predict response to it, with no comparison to
    non-carriers: ``association`` at most. "Patients with HER2-positive mCRC received A; the ORR was 30%" shows the
    carriers (the trial's selection) responding, not that carriers respond better than others; the therapy's
    rescue of the alteration keeps the qualifier the clause gives."""
    if subject.category in THERAPY or found == "hypothesis":
        return found
    return "association"


@qualifier
def selected_carriers_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`certainty`, for the predictor of response read from a therapy's activity in carriers: ``association``
    unless hedged (:func:`_as_selected_carriers`)."""
    return _as_selected_carriers(certainty(m, subject, obj), subject)


@qualifier
def selected_carriers_tested_certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`tested_certainty`, for the predictor of response read from a therapy tested in or given to carriers:
    ``association`` unless hedged (:func:`_as_selected_carriers`). A response the same sentence or the next one
    reports (:func:`_carriers_result_reported`: "... received A. The ORR was 38%") is a result as well."""
    found = tested_certainty(m, subject, obj)
    if found == "hypothesis" and not _clause_hedged(m) and _carriers_result_reported(m):
        found = None
    return _as_selected_carriers(found, subject)


def _carriers_result_reported(m: MatchContext) -> bool:
    """Does the sentence, or the one right after it, report how the carriers fared (:mod:`builders.carriers_result`)?
    The sentence: a result word in the clause ("demonstrated", "showed"), an outcome's value ("the ORR was 30%") or
    a response said as what happened ("3 of 10 responded", "benefited from"). The next sentence: an outcome's value
    or a response, unless it gives the response as a small share ("The ORR was 9.8%": under 15%, as
    :func:`not_weak_activity`) or little of it. A failure the document reports (:func:`failure_reported`) is a
    result too, kept with its direction."""
    if (m.cue_in("result_shown", m.clause.lo, m.clause.hi) or _OUTCOME_VALUE.search(m.text)
            or _RESPONSE_SHARE.search(m.text) or response_reported(m.text)):
        return True
    if failure_reported(m, None, None):
        return True
    after = next_sentence(m.reading, m.text)
    if not after or not (_OUTCOME_VALUE.search(after) or _RESPONSE_SHARE.search(after) or response_reported(after)):
        return False
    weak = (_ONLY_FEW_OF.search(after) or _LITTLE_EFFECT.search(after)
            or any(float(x.group(1)) < 15 for x in _RESPONSE_SHARE.finditer(after)))
    return not weak


# an outcome the sentence gives a value for ("the response rate was 20%", "ORR of 30%", "mPFS was 7.7 mo")
_METRIC = r"(?:ORR|DCR|m?PFS|m?OS|CR|PR|response rates?|disease control(?: rate)?|survival|responses?|responded|remissions?)"
_OUTCOME_VALUE = lazy_compile(rf"\b{_METRIC}\b[^.;]{{0,40}}?\d+(?:\.\d+)?\s*(?:%|mo\b|months?\b)|"
                              rf"\d+(?:\.\d+)?\s*%\s+(?:[a-z]+\s+){{0,2}}{_METRIC}\b", re.I)  # "a 32% ORR", "a 38% objective response rate"


@qualifier
def specimen(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    vocab = m.reading.vocab
    known = vocab.biomarker_specimen.get(subject.id)
    if known:
        return known
    if subject.category == "Biomarker" and subject.name.startswith("tissue "):
        return "tissue"  # (s47 markers) the tissue marker of "HER2 amplification in tissue or ctDNA"
    if subject.attr("biomarker_kind") == "liquid_biopsy" or re.search(
            r"ctDNA|cfDNA|plasma|serum|blood|liquid biops|circulating|exosom", m.text, re.I):
        return "liquid_biopsy"
    if re.search(r"tissue|biops(?:y|ies)|tumou?r samples|immunohistochem|\bIHC\b|in situ hybridi|tumoral", m.text, re.I):
        return "tissue"
    return None


@qualifier
def mechanism_class(m: MatchContext, cause: Entity, therapy: Entity) -> str | None:
    """The class of the resistance-mechanism taxonomy a cause falls in (:func:`classify_mechanism`), from the words
    of the cause's own part of a sentence that lists its statements between semicolons ("(1) ... through the drug
    efflux transporter ABCG2; ... (4) ... transmission of miRNAs": ABCG2 is efflux, whatever item 4 says)."""
    return classify_mechanism(m.reading.vocab, _own_part(m), cause, therapy)


def _own_part(m: MatchContext) -> str:
    """The part of the sentence, between semicolons, that holds the match's cause (the whole sentence when it has
    no semicolon or the cause is not one slot's)."""
    text = m.text
    if ";" not in text:
        return text
    idx = m.match.slots.get("cause") or m.match.slots.get("marker")
    if not idx:
        return text
    at = m.tokens[idx[0]].start
    lo = text.rfind(";", 0, at) + 1
    hi = text.find(";", at)
    return text[lo:hi if hi >= 0 else len(text)]


def classify_mechanism(vocab, sentence: str, cause: Entity, therapy: Entity) -> str:
    """The class of the resistance-mechanism taxonomy (``ontology/vocab/mechanisms.yaml``) a cause of resistance
    to ``therapy`` falls in, as the cause's own entry, what the therapy acts on and the words of ``sentence`` say."""
    rules = vocab.mechanism_rules
    low = sentence.lower()
    if cause.attr("taxonomy_class"):
        own = cause.attr("taxonomy_class")
        if own not in _SIGNALLING_CLASSES or _is_immunotherapy(vocab, therapy) or \
                _signalling_fits(vocab, own, None, therapy):
            return own
        return _unsignalled_class(rules, low, cause)
    for cls in ("post_translational_modification", "noncoding_rna_regulation", "drug_inactivation_or_reduced_exposure"):
        if re.search(rules["keywords"][cls], low):
            return cls
    if cause.attr("molecule_kind") in ("miRNA", "lncRNA", "circRNA", "ncRNA"):
        return "noncoding_rna_regulation"
    immuno = _is_immunotherapy(vocab, therapy)
    pathway = _PATHWAY_ACTIVATION.sub("", cause.name.lower()) if cause.category == "ResistanceMechanism" else ""
    if pathway != cause.name.lower() and vocab.by_name.get(pathway) in vocab.pathway_members:
        # a pathway's activation ("IGF-1R signaling pathway activation"): classed by the pathway's member genes
        from builders.mechanism_names import pathway_class
        cls = pathway_class(vocab, vocab.by_name[pathway])
        if cls is not None and (immuno or _signalling_fits(vocab, cls, None, therapy)):
            return "immune_evasion" if immuno else cls
    symbol = cause.attr("gene") or cause.name.split(" ")[0]
    if cause.category == "ResistanceMechanism" and re.search(r"MAPK|PI3K|AKT|mTOR|RAS|ERK|MEK|STAT", cause.name):
        if immuno:
            return "immune_evasion"
        if _signalling_fits(vocab, "downstream_pathway_reactivation", "KRAS", therapy):
            return "downstream_pathway_reactivation"
        return _unsignalled_class(rules, low, cause)
    gene = vocab.gene_entity(symbol) if symbol else None
    if gene is not None and (gene.id in therapy_targets(vocab, therapy) or gene.id in _named_part_targets(vocab, therapy)):
        if cause.category == "Molecule" and _AUTOCRINE.search(low):
            # "autocrine VEGF signalling" under bevacizumab: the tumour cells' own loop of the neutralised ligand is
            # no change of the target, nor the stroma's release; the taxonomy has no closer class
            return "other"
        return "on_target_alteration"
    if cause.category == "Alteration" and re.search(r"gatekeeper|solvent[- ]front", low):
        return "on_target_alteration"  # a gatekeeper mutation sits in the drug's own target
    roles = rules["gene_roles"]
    for cls in ("bypass_receptor_activation", "downstream_pathway_reactivation", "immune_evasion",
                "drug_inactivation_or_reduced_exposure"):
        if symbol in (roles.get(cls) or ()):
            # an immunotherapy blocks no signalling pathway a tumour gene could bypass or switch back on
            if immuno and cls in _SIGNALLING_CLASSES:
                return "immune_evasion"
            if cls in _SIGNALLING_CLASSES and not _signalling_fits(vocab, cls, symbol, therapy):
                break
            return cls
    return _unsignalled_class(rules, low, cause)


def _named_part_targets(vocab, therapy: Entity) -> set[str]:
    """The gene ids the parts of a combination the document made ("cetuximab + FOLFIRI", no regimen of the vocabulary)
    act on, its parts found by name: a receptor the combination's antibody blocks is its own target, no bypass of it."""
    if therapy.category != "Regimen" or vocab.regimen_components.get(therapy.id) or " + " not in therapy.name:
        return set()
    found = set()
    for x in vocab.named_parts(therapy.name):
        if x is not None and x in vocab.entities:
            found |= therapy_targets(vocab, vocab.entities[x])
    return found


def _unsignalled_class(rules, low: str, cause: Entity) -> str:
    """The class a cause falls in by the sentence's words or its category, when no gene role decides it."""
    for cls in ("phenotypic_plasticity", "immune_evasion", "tumour_microenvironment"):
        if re.search(rules["keywords"][cls], low):
            return cls
    return rules["category_defaults"].get(cause.category, "other")


def _signalling_fits(vocab, cls: str, symbol: str | None, therapy: Entity) -> bool:
    """Whether a signalling class fits the therapy: a bypass or a reactivation needs a therapy that blocks signalling
    (oxaliplatin, a cytotoxic, blocks none), and a pathway is reactivated "downstream" only of a target the therapy
    blocks in the same cascade (``mechanisms.yaml`` ``cascades``: β-catenin is no relay of EGFR, so CTNNB1 mutations
    under cetuximab are a parallel pathway's). A therapy whose targets the vocabulary does not place in a cascade is
    not told apart. ``symbol`` None: the cascade of the receptor kinases.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> t = lambda n: v.entities[v.by_name[n]]
    >>> [_signalling_fits(v, "downstream_pathway_reactivation", g, t(d)) for g, d in
    ...  (("KRAS", "cetuximab"), ("CTNNB1", "cetuximab"), ("KRAS", "oxaliplatin"))]
    [True, False, False]
    >>> [_signalling_fits(v, "bypass_receptor_activation", "MET", t(d)) for d in ("cetuximab", "chemotherapy")]
    [True, False]
    """
    cascades = vocab.mechanism_rules.get("cascades") or {}
    if not cascades:
        return True
    parts = [therapy]
    if therapy.category == "Regimen":
        ids = vocab.regimen_components.get(therapy.id)
        if ids:
            parts = [vocab.entities[x] for x in ids if x in vocab.entities]
        else:  # a combination the document made ("cetuximab + FOLFOX"): its parts by name
            found = vocab.named_parts(therapy.name)
            if not all(found):
                return True
            parts = [vocab.entities[x] for x in found]
    if all(_cytotoxic(vocab, p) for p in parts):
        return False
    if cls != "downstream_pathway_reactivation":
        return True
    names: set[str] = set()
    for p in parts:
        for x in therapy_targets(vocab, p):
            ent = vocab.entities.get(x)
            if ent is not None:
                names.update({ent.name, ent.attr("gene") or ent.name})
    blocked = {c for c, genes in cascades.items() if names & set(genes)}
    own = {c for c, genes in cascades.items() if (symbol or "KRAS") in genes}
    return not blocked or not own or bool(own & blocked)


def _cytotoxic(vocab, therapy: Entity) -> bool:
    """A chemotherapy drug (or folinic acid, given as a part of one), a named chemotherapy regimen of such drugs, or
    the chemotherapy classes."""
    chemo = "crc:class_chemotherapy"
    if therapy.id in (chemo, "crc:class_fluoropyrimidine"):
        return True
    if therapy.category == "Drug":
        return vocab.in_class(therapy.id, chemo) or vocab.backbone_modulator(therapy.id)
    if therapy.category == "DrugClass":
        return vocab.in_class(therapy.id, chemo)
    comps = vocab.regimen_components.get(therapy.id, ())
    return therapy.category == "Regimen" and bool(comps) and all(
        x in vocab.entities and _cytotoxic(vocab, vocab.entities[x]) for x in comps)


_SIGNALLING_CLASSES = frozenset({"bypass_receptor_activation", "downstream_pathway_reactivation"})
# a ligand the tumour cells make and answer themselves
_AUTOCRINE = lazy_compile(r"\b(?:autocrine|intracrine)\b")
_PATHWAY_ACTIVATION = lazy_compile(r"\s+(?:re|hyper)?activation$")
_IMMUNOTHERAPY_CLASSES = ("immune checkpoint inhibitor", "adoptive cell therapy", "cancer vaccine")


def _is_immunotherapy(vocab, therapy: Entity) -> bool:
    """The therapy (or a part of a regimen) is an immune checkpoint inhibitor, an adoptive cell therapy or a
    cancer vaccine: what it relies on is the immune response, not a blocked signalling pathway."""
    classes = [vocab.by_name.get(name) for name in _IMMUNOTHERAPY_CLASSES]
    parts = [therapy.id, *vocab.regimen_components.get(therapy.id, ())]
    return any(vocab.in_class(part, cls) for part in parts for cls in classes if cls)


def therapy_targets(vocab, therapy: Entity) -> set[str]:
    """Gene ids a therapy acts on, through its classes and (for regimens) its components."""
    ids = {therapy.id} | set(vocab.regimen_components.get(therapy.id, ()))
    for x in list(ids):
        ids.update(vocab.drug_classes.get(x, ()))
    targets: set[str] = set()
    for x in ids:
        targets.update(vocab.drug_targets.get(x, ()))
    return targets


@guard
def mechanism_not_own_target_activation(m: MatchContext) -> bool:
    """The mechanism is not the raised activity of what the resisted therapy itself blocks: "STAT3
    contributes to the upregulation of PD-L1" under a heading on immune resistance is no cause of
    resistance to checkpoint inhibitors, which act on PD-L1 (the therapy's own target is no cause)."""
    resisted = _scope_therapies(m)
    resisted += [e for es in m.slot_entities.values() for e in es if e.category in THERAPY]
    if not resisted:
        return True
    targets = _class_wide_targets_of(m.reading.vocab, resisted)
    for mech in m.slot_entities.get("mech", ()):
        if not mech.name.endswith(" activation"):
            continue
        parts = {o.id for s, p, o in m.rec.implied if s.id == mech.id and p == "involves"}
        if parts & targets:
            return False
    return True


def _class_wide_targets_of(vocab, therapies: list[Entity]) -> set[str]:
    """Gene ids any of ``therapies`` acts on, class-wide (``_class_wide_targets``)."""
    return set().union(*(_class_wide_targets(vocab, t) for t in therapies))


def _class_wide_targets(vocab, therapy: Entity) -> set[str]:
    """Gene ids a therapy acts on, and for a class with no target of its own ("immune checkpoint
    inhibitor") those of the drugs and classes under it."""
    own = therapy_targets(vocab, therapy)
    if own or therapy.category != "DrugClass":
        return own
    return set(vocab.targets_under(therapy.id))


_NO_ACTIVITY = lazy_compile(r"\bno (?:evidence of |signs? of )?(?:anti-?tumou?r |clinical |objective |meaningful )?"
                            r"(?:activity|responses?|efficacy|benefit)\b|\bnot (?:clinically )?(?:active|effective)\b|"
                            r"\bfailed to (?:show|demonstrate|improve|produce)\b", re.I)


@qualifier
def failure_reported(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``does_not_support`` when the document reports that the therapy failed ("we report a phase 2 study of
    savolitinib in patients with MET amplification" ... "we observed no evidence of anti-tumor activity"): a
    trial's design says what may work, its result what did; the test is kept, with its outcome."""
    failed = _document_failed_therapies(m.reading)
    return "does_not_support" if any(t.id in failed for t in m.slot_entities.get("therapy", ())) else None


@qualifier
def tested_rescue_failed(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``does_not_support`` for a rescue a study tested or put forward when the same report says the test failed
    ("this phase 2 study evaluated A plus B in patients with X mCRC" ... "no patient achieved a tumour response";
    :mod:`builders.failed_rescues`), never for the failure of another therapy, another study or another subgroup."""
    return _rescue_failed(m, subject)


def _rescue_failed(m: MatchContext, subject: Entity, own_only: bool = False) -> str | None:
    from builders.failed_rescues import rescue_failed

    markers = _match_markers(m)
    therapies = [subject] if subject is not None and subject.category in THERAPY else \
        list(m.slot_entities.get("therapy", ()))
    parts = {g.entity.id: comps for g, comps in getattr(m.rec, "regimens", ())}
    vocab_parts = m.reading.vocab.regimen_components
    if any(rescue_failed(m.reading, t.id, m.text, markers, tuple(parts.get(t.id) or vocab_parts.get(t.id) or ()),
                         own_only) for t in therapies):
        return "does_not_support"
    return None


@qualifier
def hedged_rescue_failed(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """:func:`tested_rescue_failed` for a rescue stated as what a therapy does but hedged, only when read from the
    report's own study ("we assessed the ability of A and B to overcome resistance to C", "Does A lead to a
    benefit in C-refractory patients?") and the report says it failed; a rescue stated without a hedge keeps its
    direction."""
    found = m.qualified["certainty"] if "certainty" in m.qualified else certainty(m, subject, obj)
    if found != "hypothesis":
        return None
    return _rescue_failed(m, subject, own_only=True)


def _match_markers(m: MatchContext) -> set[str]:
    """Ids of the alterations and biomarkers the match's sentence names."""
    return {x.entity.id for x in getattr(m.rec, "mentions", ()) if x.entity.category in CARRIER}


def _document_failed_therapies(reading) -> set[str]:
    """Ids of the therapies a sentence of the document names beside a report of no activity; one pass over the
    document."""
    return reading.document_wide("failed_therapies", _scan_failed_therapies)


def _scan_failed_therapies(reading) -> set[str]:
    found = set()
    for sentence in getattr(reading.doc, "sentences", ()):
        if _NO_ACTIVITY.search(sentence.norm):
            found |= {x.entity.id for x in reading.recognize(sentence).mentions
                      if x.entity.category in THERAPY}
    return found


@guard
def inducer_is_resisted(m: MatchContext) -> bool:
    """The process is induced by the very therapy the sentence says is augmented ("... by 5-FU, through
    inhibition of 5-FU-induced autophagy"), not by another agent."""
    ind = {e.id for e in m.slot_entities.get("inducer", ())}
    res = {e.id for e in m.slot_entities.get("resisted", ())}
    return bool(ind) and ind == res


@guard
def cause_not_therapy_target(m: MatchContext) -> bool:
    """The cause is not the gene the therapy acts on ("HER2-overexpressing cells" and trastuzumab):
    for rules that read resistance from where a drug accumulates, not from a stated cause."""
    targets = _targets_of_therapies(m)
    vocab = m.reading.vocab
    for e in m.slot_entities.get("cause", ()):
        genes = [e] if e.category == "Gene" else [vocab.gene_entity(w) for w in re.findall(r"[A-Za-z0-9\-]+", e.name)]
        if any(g is not None and g.id in targets for g in genes):
            return False
    return True


@guard
def therapy_acts_on_cause(m: MatchContext) -> bool:
    """The therapy acts on the gene or gene product named as the cause (aflibercept traps PlGF): only then does
    the cause explain why it outdoes the resisted therapy; a therapy that merely avoids the resistance (an
    alternative regimen for KRAS-mutant tumours) overcomes nothing."""
    vocab = m.reading.vocab
    causes = m.slot_entities.get("cause", ())
    for therapy in m.slot_entities.get("therapy", ()):
        targets = _acts_on(m, therapy)
        for e in causes:
            gene = vocab.gene_entity(e.attr("gene") or e.name)
            if e.id in targets or (gene is not None and gene.id in targets):
                return True
    return False


def scope_resisted(m: MatchContext):
    """The therapy the discourse gives as resisted for the sentence (scope ``therapy``), unless it is only the therapy
    a paragraph or the title names (``passage_therapy``, :meth:`builders.discourse.Discourse.passage_therapy`) in a
    passage that states no resistance (``passage_resisted``) and which no sentence of the document names as resisted:
    "Oxaliplatin is used for CRC. Regorafenib enhanced the activity of oxaliplatin" has nothing resisted, and a partner
    that improves oxaliplatin's effect there rescues no resistance."""
    known = m.scope.get("therapy")
    if known is None or "passage_therapy" not in m.scope or m.scope.get("passage_resisted"):
        return known
    return known if _resisted_ids_in_document(m, (known,)) else None


@guard
def resisted_in_view(m: MatchContext) -> bool:
    """The clause speaks of resistance, or the therapy it makes work better is the one the passage says
    is resisted (see :mod:`builders.discourse`). Resistance in another clause of the sentence, set off by a
    semicolon, is not enough ("A sensitised tumours to B; the addition of C enhanced the effects of A": C is an
    add-on to A, not a rescue of resistance to A)."""
    lo, hi = m.clause.lo, m.clause.hi
    return m.any_cue_in(("resistance", "resistant", "chemo_resistance"), lo, hi) or resisted_named_resisted(m)


# a sentence that says how the tumours answer a therapy badly without a word of resistance ("MSS tumours respond
# poorly to anti-PD-1 therapy", "a poor response to cetuximab"): the therapy after it is resisted
_ANSWERED_POORLY = lazy_compile(r"\b(?:respond\w*\s+poorly|poor(?:ly)?\s+respon\w*|(?:do|does|did)\s+not\s+respond)\s+"
                                r"(?:to|against)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_RESISTED_WORDS = lazy_compile(r"resist|respond\w*\s+poorly|poor(?:ly)?\s+respon|not\s+respond", re.I)
# "resistance to these agents", "resistant to such therapies": the therapies named just before
_RESISTANCE_TO_THESE_WORDS = lazy_compile(r"\bresist\w*\s+(?:to|against)\s+(?:these|such|this|those|both)\s+(?:\w+\s+)?"
                                          r"(?:agents?|drugs?|therap(?:y|ies)|inhibitors?|antibod(?:y|ies)|treatments?)\b", re.I)
_NOT_RESISTED_HERE = lazy_compile(r"refractor|failure|failed|pretreated|previously treated|\btrials?\b|"
                                  r"\bphase\s+(?:I{1,3}|[1-3])\b|\bNCT\d|\brandomi[sz]ed\b", re.I)


def _scan_resisted_therapies(reading) -> frozenset:
    """The ids of the therapies the document names as resisted anywhere ("resistance to X", "X-resistant cells",
    "tumours respond poorly to X", "A and B ..., and X renders resistance to these therapies"); not a line of treatment given before ("patients refractory
    to X", "after failure of X") nor a trial's regimen (one pass)."""
    from builders.discourse import resisted_in

    found = set()
    sentences = reading.doc.sentences
    for k, s in enumerate(sentences):
        if not _RESISTED_WORDS.search(s.norm) or _NOT_RESISTED_HERE.search(s.norm):
            continue
        rec = reading.recognize(s)
        named = [e for e in resisted_in(s.norm, rec)]
        named += [x.entity for x in rec.merged() if x.entity.category in THERAPY
                  and _ANSWERED_POORLY.search(s.norm[max(0, x.start - 60):x.start])]
        these = _RESISTANCE_TO_THESE_WORDS.search(s.norm)
        if these and not named:
            # "A and B are approved ..., and KRAS mutations render resistance to these therapies": the therapies the
            # sentence names before the words, else those of the sentence before (at most three)
            before = [x.entity for x in rec.merged() if x.entity.category in THERAPY and x.end <= these.start()]
            if not before and k > 0 and sentences[k - 1].section == s.section:
                before = [x.entity for x in reading.recognize(sentences[k - 1]).merged() if x.entity.category in THERAPY]
            if len({e.id for e in before}) <= 3:
                named += before
        found.update(e.id for e in named)
    return frozenset(found)


@guard
def resisted_in_view_or_document(m: MatchContext) -> bool:
    """:func:`resisted_in_view`, or the therapy made to work better (the ``resisted`` slot, a drug of it or its class)
    is one the document names as resisted anywhere ("Tumour-associated macrophages mediate resistance to anti-PD-1
    therapy. ... X enhanced the activity of anti-PD-1 antibody"): a partner that improves a resisted therapy's effect is
    read against that resistance. A therapy no sentence of the document calls resisted is only given with the partner
    (a regimen, no rescue)."""
    if resisted_in_view(m):
        return True
    return bool(_resisted_ids_in_document(m, m.slot_entities.get("resisted", ())))


@guard
def resisted_named_resisted_or_in_document(m: MatchContext) -> bool:
    """:func:`resisted_named_resisted`, or the therapy made to work better is one the document names as resisted
    anywhere (:func:`resisted_in_view_or_document`); resistance to another therapy in the clause is not enough
    ("in cetuximab-resistant cells, X synergized with oxaliplatin")."""
    return resisted_named_resisted(m) or bool(_resisted_ids_in_document(m, m.slot_entities.get("resisted", ())))


@guard
def resisted_stated_in_document(m: MatchContext) -> bool:
    """The therapy made to work better (the ``resisted`` slot) is one the document states is resisted: the passage's
    resisted therapy (:func:`resisted_named_resisted`; not merely the therapy a paragraph is about, which no sentence
    need call resisted), or one a sentence of the document names as resisted anywhere."""
    return (resisted_named_resisted(m) and "passage_therapy" not in m.scope) or \
        bool(_resisted_ids_in_document(m, m.slot_entities.get("resisted", ())))


def _resisted_ids_in_document(m: MatchContext, therapies) -> set[str]:
    """Of ``therapies``, the ids of those the document names as resisted (a drug of a class it names resisted, or a
    class one of whose drugs it names resisted, too)."""
    resisted = m.reading.document_wide("resisted_therapies", _scan_resisted_therapies)
    if not resisted:
        return set()
    vocab = m.reading.vocab
    return {e.id for e in therapies if e.id in resisted or set(vocab.drug_classes.get(e.id, ())) & resisted
            or any(vocab.in_class(r, e.id) for r in resisted)}


def _resisted_part(m: MatchContext, therapy: Entity) -> Entity | None:
    """The one part of a combination the document names as resisted, when its other parts are not (None for a
    single therapy, for no resisted part, or for several)."""
    vocab = m.reading.vocab
    part_ids = {getattr(p, "id", p) for p in _part_ids(m, therapy.id)}
    if len(part_ids) < 2:
        return None
    # (a part the vocabulary does not hold, a new compound the sentence names, is a partner all the same)
    parts = [vocab.entities[i] for i in sorted(part_ids) if i in vocab.entities]
    ids = _resisted_ids_in_document(m, parts)
    hit = [p for p in parts if p.id in ids]
    return hit[0] if len(hit) == 1 else None


@guard
def combination_holds_resisted_in_document(m: MatchContext) -> bool:
    """The combination (the ``therapy`` slot) holds one therapy the document names as resisted anywhere, beside
    partners it does not ("Wnt signalling drives resistance to vemurafenib. Pyrvinium combined with vemurafenib
    synergistically attenuated growth"): the partner added improves the resisted therapy's effect. Never a
    combination of chemotherapy drugs only (a backbone)."""
    therapies = m.slot_entities.get("therapy", ())
    if len({e.id for e in therapies}) != 1 or _resisted_part(m, therapies[0]) is None:
        return False
    # cytotoxic drugs given together ("5-FU and oxaliplatin act synergistically") are a chemotherapy backbone, not a
    # partner added against the resistance to one of them
    return not _chemotherapy_drugs(m.reading.vocab, therapies[0])


@transform({"ResistanceMechanism"})
def resistance_to_resisted_part(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"resistance to X" (:func:`resistance_to`) for the one part X of a combination the document names as resisted
    (:func:`combination_holds_resisted_in_document`): what the combination that makes X work better overcomes (the
    document's named cause of resistance to X, where it names one, is put in its place after reading:
    :func:`builders.relations._overcome_the_one_stated_cause`)."""
    part = _resisted_part(m, entity)
    return None if part is None else resistance_to(part, m, -1)


@guard
def resisted_named_resisted(m: MatchContext) -> bool:
    """The therapy made to work better is the one the sentence or passage names as resisted
    ("in cetuximab-resistant cells, X synergized with cetuximab"); resistance to another therapy in
    the same sentence is not enough (see :mod:`builders.discourse`; a therapy a paragraph only names is not resisted:
    :func:`scope_resisted`)."""
    known = scope_resisted(m)
    if known is None:
        return False
    vocab = m.reading.vocab
    return any(e.id == known.id or known.id in vocab.drug_classes.get(e.id, ())
               for e in m.slot_entities.get("resisted", ()))


@guard
def nothing_combined_after(m: MatchContext) -> bool:
    """The clause adds no partner therapy after the match ("... when combined with ICIs")."""
    return not m.cue_in("combine", m.match.end, m.clause.hi)


@guard
def same_class_alternative(m: MatchContext) -> bool:
    """The therapy said to escape the resistance acts on a target of the resisted one (panitumumab for
    cetuximab): an alternative of the same kind, not a treatment merely left unaffected (chemotherapy)."""
    vocab = m.reading.vocab
    resisted = [e for e in m.slot_entities.get("resisted", ())]
    others = [e for e in m.slot_entities.get("therapy", ())]
    if len(resisted) != 1 or len(others) != 1:
        return False
    a, b = therapy_targets(vocab, resisted[0]), therapy_targets(vocab, others[0])
    return bool(a & b)


def _carrier_tokens(m: MatchContext) -> list[int]:
    """The tokens of the carriers' ``alteration`` and ``marker`` slots."""
    return [i for name in ("alteration", "marker") for i in m.match.slots.get(name, ())]


@guard
def not_a_first_response(m: MatchContext) -> bool:
    """The carriers' response is not one said to have come first and then been lost ("her MET-amplified tumour
    initially responded to cetuximab"): that is the course of acquired resistance, not a sign that the carriers answer
    the therapy. Read between the carriers and the therapy."""
    ends = _carrier_tokens(m)
    therapy = m.match.slots.get("therapy", ())
    if not ends or not therapy:
        return True
    lo, hi = min(ends), min(therapy)
    if hi <= lo:
        lo, hi = max(therapy), max(ends)
    toks = m.tokens
    for i in range(lo + 1, hi):
        if "response_at_first" in toks[i].cues and (
                any(_RESPONSE_WORD.match(toks[k].lower) for k in range(i + 1, min(i + 6, hi))) or
                any(_RESPONSE_WORD.match(toks[k].lower) for k in range(max(lo + 1, i - 2), i))):
            return False
    return not m.cue_in("response_lost_soon", lo + 1, len(toks))


_RESPONSE_WORD = lazy_compile(r"respon|remission|benefit|regress")


@guard
def no_poor_response(m: MatchContext) -> bool:
    """The matched words do not speak of poor response, resistance or no benefit, nor of a lowered effect ("a marker
    of decreased benefit from A", "of reduced tumour sensitivity to A": a lowering word one word before the effect)."""
    if any(lex in m.tokens[i].cues for i in range(m.match.start, m.match.end)
           for lex in ("poor_response", "no_benefit", "resistance", "negative_predict", "no_benefit_verb",
                       "weak_degree")):
        return False
    return not any("pr_lowered_effect" in m.tokens[i].cues and
                   any("pr_effect_noun" in m.tokens[j].cues for j in range(i + 1, min(i + 3, m.match.end)))
                   for i in range(m.match.start, m.match.end))


_UNDIRECTED_OUTCOME = lazy_compile(r"\bof\s+(?:(?:overall|progression[- ]free|disease[- ]free|clinical)\s+)?"
                                   r"(?:survival|outcomes?|prognosis|OS|PFS)\s+(?:in|among|for)\b", re.I)


@guard
def outcome_has_direction(m: MatchContext) -> bool:
    """A marker "predictive of survival in" a therapy's patients says the survival differs with the marker, not
    that carriers benefit: in "HER2 expression is predictive of survival in cetuximab-treated patients", high HER2
    may go with shorter survival."""
    cue = m.first_cue("predict", "pr_predictive_named")
    therapy = m.match.slots.get("therapy")
    if cue is None or not therapy:
        return True
    return not _UNDIRECTED_OUTCOME.search(m.text, m.tokens[cue].start, m.tokens[min(therapy)].start)


_SOME_OF = lazy_compile(r"\b(?:proportion|fraction|subset|minority|portion|number|part|subgroup)\s+of\b|\bsome\b|\ba few\b|"
                        r"\bmany\b|\bstill\b", re.I)


@guard
def not_some_carriers(m: MatchContext) -> bool:
    """The clause does not say only some carriers fare badly ("a proportion of patients with dMMR CRC show
    resistance to immunotherapy": the exceptions, not what the marker predicts)."""
    lo = m.tokens[m.clause.lo].start
    return not _SOME_OF.search(m.text, lo, m.tokens[max(m.match.slots.get("marker") or [m.match.start])].start)


def _status_gene(e: Entity) -> tuple[str, str] | None:
    """(gene, 'wt' | 'mut') of a gene status marker ("KRAS wild-type", "KRAS mutation"), else None."""
    name = e.name
    if e.category == "Biomarker" and "wild-type" in name:
        return name.split(" ")[0].split("/")[0].split("-")[0], "wt"
    if e.category == "Alteration":
        return (e.attr("gene") or name.split(" ")[0]).split("/")[0], "mut"
    return None


@guard
def not_both_statuses(m: MatchContext) -> bool:
    """The clause does not give the benefit to both a gene's mutant and its wild-type carriers ("both
    KRAS-mutated and KRAS-WT patients benefit from bevacizumab": the status predicts nothing), by the
    genes' statuses or by the recorded gene of each marker (:func:`_clause_not_both_statuses`)."""
    if not _clause_not_both_statuses(m):
        return False
    seen: dict[str, set] = {}
    for i in range(m.clause.lo, m.match.end):
        for e in m.tokens[i].entities:
            st = _status_gene(e)
            if st is not None:
                seen.setdefault(st[0].upper(), set()).add(st[1])
    if not any(len(v) > 1 for v in seen.values()):
        return True
    # "in contrast to KRAS-mutant patients, KRAS wild-type patients benefit": a contrast still predicts
    before = m.text[m.tokens[m.clause.lo].start:m.tokens[m.match.end - 1].end]
    return not re.search(r"\bboth\b|\beither\b|\bas well as\b|\bas well\b|\balike\b|\bequally\b|\bsimilar", before, re.I)


@guard
def group_not_non(m: MatchContext) -> bool:
    """The responders are not the end of "non-responders", and what they had is not had "less often"."""
    cue = m.first_cue("good_group", "responders")
    if cue is not None and re.search(r"non-?\s*$", m.text[max(0, m.tokens[cue].start - 5):m.tokens[cue].start], re.I):
        return False
    slot = m.match.slots.get("marker")
    if slot:
        end = m.tokens[max(slot)].end
        if re.match(r"\s*(?:\w+\s+)?(?:less|more rarely|fewer|rarely|seldom)\b", m.text[end:end + 30], re.I):
            return False
    return True


_NOT_BORNE_OUT = lazy_compile(r"\b(?:not|no|absent|lost|abolished|lacking|limited|minimal|negligible|reduced|smaller|"
                              r"less|lower|attenuated|diminished|questionable|unclear|uncertain|modest|marginal|"
                              r"disappear\w*|unproven|inferior|worse|evaluated|investigated|assessed|examined|studied|"
                              r"tested|explored|compared|unknown)\b", re.I)


@guard
def benefit_borne_out(m: MatchContext) -> bool:
    """What the clause says of the therapy's benefit after naming it is not its absence or smallness ("the
    benefit of cetuximab was lost in KRAS-mutant tumours"), nor that it was studied ("was evaluated"), nor
    that the marker takes it away ("in CRC, loss of PTEN impairs the efficacy of immunotherapy")."""
    slot = m.match.slots.get("therapy")
    if not slot:
        return True
    lo, hi = m.tokens[max(slot)].end, m.tokens[m.clause.hi - 1].end
    if ":" in m.text[m.tokens[_first_token(m)].start:m.tokens[max(slot)].start]:
        return False  # "First-line treatment in KRAS-WT mCRC: the efficacy of ...": a heading run into the text
    if _NOT_BORNE_OUT.search(m.text, lo, hi):
        return False
    # "In CRC, loss of PTEN impairs the efficacy of immunotherapy": the marker acts against the benefit
    marker = m.match.slots.get("marker")
    if marker:
        return not _REDUCES_BENEFIT.search(m.text, m.tokens[max(marker)].end, m.tokens[min(slot)].start)
    return True


# a verb by which the marker takes away from the benefit it is named with
_REDUCES_BENEFIT = lazy_compile(r"\b(?:impair\w*|reduc\w*|limit\w*|compromis\w*|hamper\w*|hinder\w*|undermin\w*|"
                                r"abrogat\w*|attenuat\w*|diminish\w*|decreas\w*|weaken\w*|blunt\w*|restrict\w*|"
                                r"lower\w*|negat(?:e|es|ed|ing)|dampen\w*|counteract\w*|antagoni[sz]\w*)\b", re.I)


_EXCLUDED_BEFORE = lazy_compile(r"\b(?:without|lacking|regardless\s+of|irrespective\s+of|other\s+than|except|absence\s+of|"
                                r"not\s+harbou?ring|negative\s+for|both)\b[^.;]{0,30}$", re.I)


@guard
def marker_not_excluded(m: MatchContext) -> bool:
    """The patients are not those without the marker ("responses were also seen in patients without KRAS
    mutations") nor all of them ("in both KRAS-mutant and wild-type tumours")."""
    slot = m.match.slots.get("marker")
    if not slot:
        return True
    t = m.tokens[min(slot)]
    return not _EXCLUDED_BEFORE.search(m.text, max(m.tokens[m.match.start].start, t.start - 35), t.start)


@guard
def carrier_not_excluded(m: MatchContext) -> bool:
    """The carriers are not those without the cause ("tumours lacking KRAS mutations did not respond to
    regorafenib", "tumours negative for HER2 amplification were resistant to trastuzumab": the absence, not the
    alteration, goes with the failure)."""
    return not _words_before_carrier(m, _WITHOUT_BEFORE, 40)


# "without KRAS mutations", "lacking activating RAS mutations", "negative for HER2 amplification"
_WITHOUT_BEFORE = lazy_compile(r"\b(?:without|lacking|free\s+of|devoid\s+of|negative\s+for|absence\s+of|"
                               r"not\s+harbou?ring|not\s+carrying)\s+(?:any\s+|the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def _first_token(m: MatchContext) -> int:
    """The first matched token, a cue's or a slot's (a match's ``start`` is its first slot's)."""
    return min([m.match.start, *m.match.cue_tokens.values()])


@guard
def neutral_not_alteration(m: MatchContext) -> bool:
    """A predictor named without a direction ("KRAS mutations as a selection biomarker for anti-EGFR therapy",
    "is a predictive marker for", "BRAF mutations as predictive biomarker for response to anti-EGFR antibodies":
    a plain "response" is the outcome predicted, not its way) is read as marking response only for a status or
    level marker, not for an alteration, whose neutral mention as a biomarker is as often a marker of resistance
    (but for a gain of the therapy's own target, and, named a marker of response, any alteration of it: see
    :func:`_alteration_of_own_target`). A benefit word ("predictive of benefit from"), a "positive" predictor or
    the verb ("BRAF V600E predicts response to encorafenib") says which way."""
    if not _neutral_prediction(m) or _predicted_by_verb(m) or _POSITIVE_PREDICTOR.search(_matched_text(m)):
        return True
    alterations = [e for e in m.slot_entities.get("marker", ())
                   if e.category == "Alteration" and e.attr("alteration_kind") != "wild_type"]
    said_response = m.any_cue_in(("response", "good_response"), m.match.start, m.match.end)
    return all(_alteration_of_own_target(m, e, None if said_response else _GAINS) or
               (said_response and _hypermutator_for_checkpoint(m, e)) for e in alterations)


# s57 prec2: the quantity a prediction foretells, said as a noun that has no way of its own ("the efficacy of A",
# "the outcome of A"; "the response to A", "the benefit of A" with their article)
_QUANTITY_PREDICTED = frozenset({"efficacy", "effectiveness", "outcome", "outcomes", "activity", "prognosis"})
_PREDICT_WORD = lazy_compile(r"\bpredict", re.I)


def _quantity_predicted(m: MatchContext) -> bool:
    """Whether the match's "response" cue names the quantity foretold rather than the good course: "the efficacy
    of", "the outcome of", "effectiveness of", or "the response to" / "the benefit of" with their article."""
    for at in range(_first_token(m), m.match.end):
        end = m.tokens[at].cues.get("response")
        if end is None:
            continue
        said = m.text[m.tokens[at].start:m.tokens[end - 1].end].lower()
        if said in _QUANTITY_PREDICTED:
            return True
        if said in ("response", "benefit") and \
                re.search(r"\bthe\s+$", m.text[max(0, m.tokens[at].start - 6):m.tokens[at].start], re.I):
            return True
    return False


@guard
def alteration_prediction_has_way(m: MatchContext) -> bool:
    """An alteration said to predict the efficacy, effectiveness or outcome of a therapy ("RAS mutations predict
    the efficacy of anti-EGFR antibodies", "the outcome of A is predicted by B mutations") marks the patients
    whose result the therapy differs in, not which way: such a mutation is as often the mark of those it fails.
    Read as marking response only where the text gives the way (a benefit word, "better", a "positive"
    predictor), the alteration is a gain of what the therapy itself acts on ("HER2 amplification predicts the
    efficacy of trastuzumab"), or a hypermutator gene's for a checkpoint inhibitor ("POLE deficiency predicts anti-PD-1
    efficacy"); a wild-type status or a level marker is left to the other guards."""
    said = m.text[m.tokens[_first_token(m)].start:m.tokens[m.match.end - 1].end] if m.match.end > m.match.start else ""
    if not _quantity_predicted(m) or _POSITIVE_PREDICTOR.search(said) or _BETTER.search(said) or \
            not _PREDICT_WORD.search(said):
        return True
    alterations = [e for e in m.slot_entities.get("marker", ())
                   if e.category == "Alteration" and e.attr("alteration_kind") != "wild_type"]
    return all(_alteration_of_own_target(m, e, _GAINS) or _hypermutator_for_checkpoint(m, e) for e in alterations)


# the genes whose loss makes a tumour hypermutated (polymerase proofreading, mismatch repair): their alterations mark
# the tumours immune checkpoint inhibitors answer, as MSI-H and a high TMB do
_HYPERMUTATOR_GENES = frozenset({"POLE", "POLD1", "MLH1", "MSH2", "MSH6", "PMS2"})


def _hypermutator_for_checkpoint(m: MatchContext, alteration: Entity) -> bool:
    """The alteration is of a hypermutator gene and the therapy a checkpoint inhibitor ("POLE mutations have emerged
    as markers of response to PD-1 blockade")."""
    return alteration.attr("gene") in _HYPERMUTATOR_GENES and \
        any(_is_checkpoint_therapy(m, t) for t in m.slot_entities.get("therapy", ()))


_GAINS = frozenset({"amplification", "overexpression", "fusion"})


def _alteration_of_own_target(m: MatchContext, alteration: Entity, kinds: frozenset | None) -> bool:
    """The alteration, of one of ``kinds`` (any when None), is of what the match's therapy itself acts on. A gain
    (amplification, overexpression, fusion: "MET amplification is a predictive biomarker for MET inhibitors"): the
    tumour depends on the target, so a marker named without a direction marks response. A mutation of the target
    may as well be one that resists it (an EGFR ectodomain mutation for cetuximab), and so stays undirected, unless
    named a marker of the response ("EGFR mutations are biomarkers of response to Sym004"); an alteration of
    another gene named so (a BRAF mutation as a biomarker for response to anti-EGFR antibodies) stays undirected."""
    gene = _gene_of_status(m.reading.vocab, alteration, kinds) if kinds is not None else \
        m.reading.vocab.gene_entity(alteration.attr("gene") or "")
    if gene is None:
        return False
    return gene.id in _targets_of_therapies(m, skip=tuple(name for name in m.slot_entities if name != "therapy"),
                                            with_scope=False)


# "a positive predictor of", "a positive predictive biomarker for": a predictor named with its way
_POSITIVE_PREDICTOR = lazy_compile(r"\bpositive(?:ly)?\s+predict", re.I)


def _matched_text(m: MatchContext) -> str:
    return m.text[m.tokens[m.match.start].start:m.tokens[m.match.end - 1].end] if m.match.end > m.match.start else ""


# the words of the "predict" lexicon that say it as a verb ("predicts", "was predictive of"), not as a noun
_PREDICT_VERBS = frozenset({"predict", "predicts", "predicted", "predicting"})
_OF_OR_FOR = lazy_compile(r"\s+(?:of|for)\b", re.I)


def _predicted_by_verb(m: MatchContext) -> bool:
    """Whether the match's "predict" cue is said as a verb or its adjective ("X predicts response to Y", "X is
    predictive of response"), not as a noun ("a predictive biomarker for response", "a predictor of response")."""
    at = m.first_cue("predict")
    if at is None:
        return False
    end = m.tokens[at].cues.get("predict", at + 1)
    said = m.text[m.tokens[at].start:m.tokens[end - 1].end].lower().split()
    if said and said[-1] in _PREDICT_VERBS:
        return True
    return bool(said) and said[-1] == "predictive" and _OF_OR_FOR.match(m.text, m.tokens[end - 1].end) is not None


# words of the "response" lexicon that already say which way ("predicts benefit"): not a neutral prediction
# ("responsiveness" is the response itself: "a predictive marker for responsiveness to A" says no way, as "for
# response to A" does not)
_DIRECTED_RESPONSE = frozenset({"benefit", "benefits", "clinical benefit", "sensitivity", "better outcome", "longer survival"})
_BETTER = lazy_compile(r"\b(?:better|improved|higher|longer|prolonged|favou?rable|durable|superior|greater|benefit)", re.I)


def _neutral_prediction(m: MatchContext) -> bool:
    """Whether the match predicts "the response" or "the outcome" without saying which way (no benefit word)."""
    for at in range(m.match.start, m.match.end):
        for lexicon in ("response", "good_response"):
            end = m.tokens[at].cues.get(lexicon)
            said = m.text[m.tokens[at].start:m.tokens[end - 1].end].lower() if end is not None else ""
            if said in _DIRECTED_RESPONSE or _BETTER.search(said):
                return False
    return True


def _level_direction(m: MatchContext) -> str | None:
    """The direction the document's comparisons of outcome groups give the marker's gene (see
    :mod:`builders.level_direction`), when the prediction is neutral; None otherwise or when none is stated."""
    if not _neutral_prediction(m):
        return None
    known = level_directions(m.reading)
    ways = {known[k] for e in m.slot_entities.get("marker", ()) for k in gene_keys(e) if k in known}
    return next(iter(ways)) if len(ways) == 1 else None


# s42 pr
@guard
def not_worse_outcome_marker(m: MatchContext) -> bool:
    """A marker the document ties to a worse outcome of treatment ("the presence of BRAF mutation was associated with
    lower disease control rate and shorter PFS"; builders/worse_outcome_markers.py) is not read as marking response
    where the prediction names no benefit of its own ("a predictive marker for responsiveness to anti-EGFR MoAbs"),
    unless it is an alteration of what the therapy itself acts on (the tumour depends on the target)."""
    if _POSITIVE_PREDICTOR.search(_matched_text(m)):
        return True
    for at in range(m.match.start, m.match.end):
        for lexicon in ("response", "good_response"):
            end = m.tokens[at].cues.get(lexicon)
            if end is not None and _BETTER.search(m.text[m.tokens[at].start:m.tokens[end - 1].end]):
                return True
    worse = worse_outcome_markers(m.reading)
    return not any(e.id in worse and not (e.category == "Alteration" and _alteration_of_own_target(m, e, None))
                   for e in m.slot_entities.get("marker", ()))


@guard
def level_not_higher_in_nonresponders(m: MatchContext) -> bool:
    """A neutral prediction ("X might predict the response to Y") is not read as marking response when the
    document says X is higher in the patients who progressed than in those who responded."""
    return _level_direction(m) != "resistance"


@guard
def level_higher_in_nonresponders(m: MatchContext) -> bool:
    """A neutral prediction whose direction the document gives: X higher in non-responders (or lower in
    responders) marks resistance."""
    return _level_direction(m) == "resistance"


@guard
def no_lack_before(m: MatchContext) -> bool:
    """No word of lack or negation just before the matched words ("a lack of response to X was observed in Y")."""
    first = _first_token(m)
    lo = max(m.clause.lo, first - 3)
    return not any(lex in m.tokens[i].cues for i in range(lo, first)
                   for lex in ("negation", "weak_degree", "poor_response", "no_benefit", "worse", "no_or_lack"))


@guard
def not_negated_before(m: MatchContext) -> bool:
    """No negation anywhere in the clause before the matched words ("the agency has not granted approval to X")."""
    return not m.cue_in("negation", m.clause.lo, _first_token(m) + 1)


@guard
def no_worse_outcome(m: MatchContext) -> bool:
    """No word after the marker makes the outcome worse ("had lower response", "shorter PFS", "little benefit"):
    a response rule reads only a better outcome. The marker's own words ("low expression of X") do not count."""
    lo = max(m.match.slots.get("marker") or [m.match.start]) + 1
    return not any(lex in m.tokens[i].cues for i in range(lo, m.match.end)
                   for lex in ("worse", "poor_response", "no_benefit", "no_benefit_verb", "weak_degree", "resistance"))


@guard
def not_investigative(m: MatchContext) -> bool:
    """The clause asserts, rather than sets out to study ("we examined the role of YAP in ...")."""
    return not m.cue_in("investigative", m.clause.lo, m.match.start + 1)


# the words that name the patients a therapy is given to right before a marker: "for patients with BRAF V600E mCRC",
# "in patients harbouring KRAS mutations" (up to three words between, "with refractory ...")
_TREATED_GROUP_BEFORE = lazy_compile(r"\b(?:patients|pts|those|tumou?rs|cancers|cases)\s+(?:with|harbou?ring|carrying|"
                                     r"bearing)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}$", re.I)


@transform(_cause_categories)
def scope_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`as_cause`, for a cause of the resistance a passage is about, but never the marker of the patients a
    therapy is given to ("Dual blockade has shown promise for patients with BRAF V600E mCRC, and MAPK pathway
    reactivation appears to be a critical mechanism of resistance": MAPK reactivation is the mechanism, BRAF V600E
    the treated group)."""
    if token >= 0:
        t = m.tokens[token]
        if _TREATED_GROUP_BEFORE.search(m.text, max(m.tokens[m.clause.lo].start, t.start - 60), t.start):
            return None
    return as_cause(entity, m, token)


@guard
def distinct_cause_and_therapy(m: MatchContext) -> bool:
    """The cause is not what the therapy itself targets ("blocking EGFR sensitised cells to cetuximab"
    says nothing about a resistance mechanism)."""
    vocab = m.reading.vocab
    targets: set[str] = set()
    for t in m.slot_entities.get("therapy", ()):
        targets |= therapy_targets(vocab, t)
    return not _cause_in_targets(m, targets)


@guard
def therapy_not_an_apposed_class(m: MatchContext) -> bool:
    """"lapatinib, a dual EGFR/HER2 inhibitor, blocked ...": the class set beside a drug only describes that drug; the
    drug is what acts (the same rule reads it), not every member of its class."""
    slot = m.match.slots.get("therapy")
    if not slot:
        return True
    toks, first = m.tokens, min(slot)
    if not any(e.category == "DrugClass" for e in toks[first].entities or ()):
        return True
    j = first - 1  # "lapatinib, a dual ... inhibitor", "regorafenib, a small molecule multikinase inhibitor"
    while j > first - 6 and j >= 0 and toks[j].lower not in ("a", "an", ",", ";") and \
            all(e.category == "Gene" for e in toks[j].entities or ()):  # (a target the class is named by: "EGFR/")
        j -= 1
    return not (j >= 2 and toks[j].lower in ("a", "an") and toks[j - 1].lower == "," and
                any(e.category == "Drug" for e in toks[j - 2].entities or ()))


@guard
def induced_change_not_on_resisted_target(m: MatchContext) -> bool:
    """What a therapy induces is no change of its own target ("the cetuximab-induced EGFR internalization" is how
    cetuximab acts on EGFR): a drug that blocks that change overcomes no resistance to the therapy."""
    vocab = m.reading.vocab
    targets: set[str] = set()
    for t in m.slot_entities.get("resisted", ()):
        targets |= therapy_targets(vocab, t)
    for c in m.slot_entities.get("target", ()):
        gene = c if c.category == "Gene" else vocab.gene_entity(c.attr("gene") or c.name.split()[0])
        if gene is not None and gene.id in targets:
            return False
    return True


_BACKBONE_BEFORE = lazy_compile(r"(?:added to|addition to|adding (?:\w+ )?to|in combination with|combined with|on top of|"
                                r"on a background of|backbone of)\s+(?:the\s+|an?\s+)?$", re.I)


# "the standard treatment", "now the standard of care": the therapy's standing, written with its article only
_STANDING_WORDS = lazy_compile(r"(?:standard[- ]of[- ]care|standard (?:treatment|therapy)|SOC)$", re.I)
_STANDING_BEFORE = lazy_compile(r"^\s*(?:(?:now|considered|regarded as|established as|recommended as)\s+)?"
                                r"(?:(?:the|a)\s+)?(?:(?:new|current|recommended|preferred)\s+)?$", re.I)


# a difference the sentence then calls no significant one ("..., but the difference was not significant")
_NOT_SIGNIFICANT = lazy_compile(r"\bnot\s+(?:statistically\s+)?significant|\b(?:insignificant|non-?significant)|\bdid not reach "
                                r"(?:statistical\s+)?significance|\bno (?:statistically\s+)?significant difference", re.I)


@guard
def difference_not_denied(m: MatchContext) -> bool:
    """The better outcome is not said, later in the sentence, to be no significant difference."""
    end = m.tokens[m.match.end - 1].end if m.match.end > 0 else 0
    return _NOT_SIGNIFICANT.search(m.text, end) is None


@guard
def one_group_to_therapy(m: MatchContext) -> bool:
    """Nothing between the marker-defined group and the therapy opens a second group or a contrast ("In RAS
    wild-type patients, PFS was longer with A" but not "..., whereas in KRAS-mutant patients, OS was longer
    with A"; :func:`builders.subgroup_gain.one_group_span`)."""
    marker, therapy = m.match.slots.get("marker"), m.match.slots.get("therapy")
    if not marker or not therapy:
        return False
    if marker[0] < therapy[0]:
        return one_group_span(m.tokens, max(marker) + 1, therapy[0])
    return one_group_span(m.tokens, max(therapy) + 1, marker[0])


@guard
def benefit_not_weakened(m: MatchContext) -> bool:
    """The benefit said of a group after the therapy is not taken away by the words between them ("showed no
    benefit", "with limited efficacy in ..."; :func:`builders.subgroup_gain.benefit_unweakened`)."""
    marker, therapy = m.match.slots.get("marker"), m.match.slots.get("therapy")
    if not marker or not therapy:
        return False
    return benefit_unweakened(m.tokens, max(therapy) + 1, marker[0])


@guard
def only_values_before_therapy(m: MatchContext) -> bool:
    """Between the outcome the carriers had and the word that leads to the therapy ("on", "during") stand only the
    outcome's values and further outcomes ("had shorter OS (39 vs. 27 months; P = .018) and PFS during A"), never
    another clause or group (:func:`builders.subgroup_gain.values_only`)."""
    lo, hi = m.first_cue("pr_outcome"), m.first_cue("sg45_had_with")
    if lo is None or hi is None:
        return False
    return values_only(m.tokens, lo, hi, "pr_outcome")


@guard
def standing_marks_selection(m: MatchContext) -> bool:
    """A therapy's standing in carriers marks them as selected for it only when the marker is a status
    (wild-type, MSI, TMB, a subtype, sidedness) or an alteration of a gene the therapy acts on: "bevacizumab is
    the standard of care in RAS-mutant mCRC" says what those patients are given, not that RAS mutations
    predict a response to bevacizumab."""
    for e in m.slot_entities.get("marker", ()):
        if e.category != "Alteration" or e.attr("alteration_kind") == "wild_type":
            continue
        gene = m.reading.vocab.gene_entity(e.attr("gene") or "")
        if gene is None or not any(gene.id in _acts_on(m, t) for t in m.slot_entities.get("therapy", ())):
            return False
    return True


@guard
def standing_is_standard_of_care(m: MatchContext) -> bool:
    """The ``soc`` slot names the therapy's standing ("ICIs are the standard treatment in MSI-H mCRC"), not a
    control arm or a chemotherapy it is set against ("pembrolizumab is better than standard chemotherapy in
    ..."): the words are "standard treatment / therapy / of care" and only an article (or "now", "the new")
    stands between the verb and them."""
    soc = m.match.slots.get("soc")
    verb = m.first_cue("is")
    if not soc or verb is None:
        return False
    t = m.tokens[min(soc)]
    verb_end = m.tokens[m.tokens[verb].cues.get("is", verb + 1) - 1].end
    between = m.text[verb_end:t.start]
    return bool(_STANDING_WORDS.search(t.text.strip())) and bool(_STANDING_BEFORE.match(between))


def _after_therapy(m: MatchContext, pattern):
    """``pattern`` matched right after the match's therapy slot (None: no therapy slot, or no match there)."""
    slot = m.match.slots.get("therapy")
    return pattern.match(m.text, m.tokens[max(slot)].end) if slot else None


@guard
def therapy_not_given_alone(m: MatchContext) -> bool:
    """The therapy is not given "alone" or "only" ("patients with KRAS mutations should be treated with
    chemotherapy alone"): the words say which drug to leave out, not that the marker selects responders."""
    return _after_therapy(m, _GIVEN_ALONE_AFTER) is None


_GIVEN_ALONE_AFTER = lazy_compile(r"\s*(?:(?:treatment|therapy|therapies|regimens?)\s+)?(?:alone|only|monotherapy)\b", re.I)


@guard
def not_a_backbone(m: MatchContext) -> bool:
    """The therapy is not the backbone another drug was added to ("panitumumab was superior when added
    to mFOLFOX6 in RAS wild-type mCRC": the marker says who benefits from panitumumab)."""
    for i in m.match.slots.get("therapy", ()):
        t = m.tokens[i]
        if _BACKBONE_BEFORE.search(m.text, max(0, t.start - 30), t.start):
            return False
    return True


# the last of several targets a combined inhibition is named by ("combined BRAF, EGFR, and/or MEK inhibition",
# "combined BRAF + EGFR + MEK inhibition"): the words between the opener and the therapy are only names and joins
_COMBINED_PARTS_BEFORE = lazy_compile(r"\b(?:combined|concurrent|simultaneous|dual|triple|combination\s+of)\s+"
                                      r"(?:[A-Za-z0-9\-]+(?:\s*(?:,|\+|/|and/or|and|or)\s*)+)+$", re.I)


@guard
def therapy_not_part_of_combined(m: MatchContext) -> bool:
    """The therapy is not one part of a combined inhibition named by its targets ("combined BRAF, EGFR and MEK
    inhibition has shown promising activity in BRAF-mutant mCRC"): the combination is what worked, not its last
    part alone."""
    for i in m.match.slots.get("therapy", ()):
        t = m.tokens[i]
        if _COMBINED_PARTS_BEFORE.search(m.text, max(0, t.start - 80), t.start):
            return False
    return True


# a partner named after the carriers ("A showed activity in KRAS-mutant tumours in combination with B"), in the same
# clause, whatever verb gives it ("when used/given/administered/delivered in combination with B")
_PARTNER_AFTER = lazy_compile(r"^[^.;:,]{0,40}?\b(?:in\s+(?:combination|conjunction)\s+with|"
                              r"combined\s+with|(?:together|along)\s+with)\s", re.I)


@guard
def no_partner_after_carriers(m: MatchContext) -> bool:
    """A single therapy said to work in carriers with a partner named after them in the same clause ("A has shown
    activity in KRAS-mutant tumours in combination with B") worked with the partner, not alone: the carriers predict
    response to the combination, not to A. A regimen already read whole passes, and so does A where the regimen
    readers read A with the partner as one regimen ("A has shown activity in KRAS-mutant tumours when given /
    administered / delivered in combination with B": the carriers predict response to A + B, whatever the verb)."""
    therapies = m.slot_entities.get("therapy", ())
    if any(e.category == "Regimen" for e in therapies):
        return True
    token = m.match.slots["therapy"][0] if m.match.slots.get("therapy") else -1
    if any(covering_combination(e, m, token) is not None for e in therapies):
        return True
    end = m.tokens[m.match.end - 1].end if m.match.end > 0 else 0
    return not _PARTNER_AFTER.search(m.text[end:end + 80])


@guard
def therapy_not_hyphen_joined(m: MatchContext) -> bool:
    """The therapy is not a backbone a drug is written joined to ("panitumumab-FOLFOX4 improved OS in the RAS
    wild-type population": the regimen is the drug with its backbone, not the backbone alone)."""
    slot = m.match.slots.get("therapy")
    if not slot:
        return True
    i = min(slot)
    if i < 2:
        return True
    hyphen, before = m.tokens[i - 1], m.tokens[i - 2]
    joined = hyphen.text in ("-", "\u2013") and before.end == hyphen.start and hyphen.end == m.tokens[i].start
    return not (joined and any(e.category == "Drug" for e in before.entities))


# (the negation of the verb itself is no qualifier: "patients with KRAS mutations do not benefit from cetuximab")
_QUALIFIED_AFTER = lazy_compile(r"\s*,?\s*(?:that|which)?\s*(?:do(?:es)? not|did not|not|without|lacking|other than|except)\b"
                                r"(?!\s+(?:benefit|respond|derive|gain|achieve|experience|show)\w*\b)", re.I)

# "effective in patients with pMMR/MSS mCRC and high tumour lymphocyte infiltration": the patients are picked by both;
# the first marker alone predicts nothing
_AND_SELECTED_AFTER = lazy_compile(r"(?:\s*[\-\s]?(?:m?CRCs?|colorectal\s+cancers?|tumou?rs?|disease|cancers?|status|patients)\b)?"
                                   r"\s*,?\s*and\s+(?:an?\s+)?(?:high|low|elevated|increased|dense|abundant|strong)\b",
                                   re.I)


@guard
def marker_unqualified(m: MatchContext) -> bool:
    """The marker is not narrowed by what follows it ("POLE mutations not affecting proofreading derived
    no benefit": the marker is that subset, which the graph has no node for), nor named as missing before it
    ("tumours that lack KRAS mutations respond to A": :func:`marker_not_missing`)."""
    if not marker_not_missing(m):
        return False
    for i in m.match.slots.get("marker", ()):
        if _QUALIFIED_AFTER.match(m.text, m.tokens[i].end) or _AND_SELECTED_AFTER.match(m.text, m.tokens[i].end):
            return False
    return True


# "patients with RAS wild-type mCRC who have acquired resistance to cetuximab": the population a trial enrolled, its
# marker status the selection, its resistance acquired on an earlier therapy
_ACQUIRED_BY_POPULATION = lazy_compile(r"\b(?:who|that)\s+(?:have|had|has)\s+(?:\w+\s+)?(?:acquired|developed)\b", re.I)


@guard
def not_selected_population(m: MatchContext) -> bool:
    """The marker is not the status of patients a relative clause says acquired resistance ("patients with RAS
    wild-type mCRC who have acquired resistance to cetuximab" describes the enrolled population; its marker
    predicts nothing)."""
    slots = m.match.slots.get("marker", ())
    if not slots:
        return True
    lo = m.tokens[slots[-1]].end
    hi = m.tokens[m.match.end - 1].end if m.match.end > 0 else len(m.text)
    return _ACQUIRED_BY_POPULATION.search(m.text, lo, hi) is None


# "who had", "that previously had": the verb of a relative clause that picks patients out, not the main clause's
# (a clause set off by a comma, "RAS wild-type patients, who had longer PFS with ...", states a finding)
_RELATIVE_BEFORE_VERB = lazy_compile(r"([,;(]?)\s*\b(?:who|that)\s+(?:\w+ly\s+|also\s+|then\s+)?$", re.I)


@guard
def outcome_in_main_clause(m: MatchContext) -> bool:
    """What the marker's carriers had is said by the main clause, not by a relative clause that describes whom a
    study took ("62 patients with RAS wild-type mCRC who had a response to first-line anti-EGFR therapy were
    rechallenged": the response is an entry criterion, so the marker predicts nothing). A clause set off by a
    comma adds a finding about the carriers and is read."""
    verb = m.first_cue("had_verb")
    if verb is None:
        return True
    start = m.tokens[verb].start
    relative = _RELATIVE_BEFORE_VERB.search(m.text, max(0, start - 30), start)
    return relative is None or bool(relative.group(1))


@guard
def effect_has_no_carriers_after(m: MatchContext) -> bool:
    """The therapy's effect names no carriers of its own right after it ("anti-EGFR therapy benefit for CMS2 tumors and
    immune checkpoint inhibitor benefit for MSS CMS1": the marker before the checkpoint inhibitor is the first effect's
    population; the second effect's is after it)."""
    toks = m.tokens
    j = m.match.end
    if j >= len(toks) or toks[j].lower not in ("for", "in"):
        return True
    return not any(e.category in ("Biomarker", "Alteration") for k in range(j + 1, min(j + 5, len(toks)))
                   for e in toks[k].entities)


@guard
def no_purpose_to_determine(m: MatchContext) -> bool:
    """The conferring verb is no purpose of a measurement: "X was measured to determine resistance to A" says nothing
    of what X does ("mutations determine resistance to A" does)."""
    i = m.first_cue("confer")
    toks = m.tokens
    return i is None or i == 0 or not (toks[i].lower == "determine" and toks[i - 1].lower == "to")


@guard
def one_clause(m: MatchContext) -> bool:
    """No clause joint (", and", ", but", "whereas", ";") between the first and last matched words."""
    toks = m.tokens
    for i in range(m.match.start + 1, m.match.end - 1):
        low = toks[i].lower
        if low in (";", "whereas", "while", "but") or low == "and" and toks[i - 1].lower == ",":
            return False
    return True


_COUNTED_PEOPLE = frozenset(("patients", "cases", "subjects", "participants", "tumors", "tumours", "evaluable",
                             "assessable", "eligible"))


@guard
def group_is_counted(m: MatchContext) -> bool:
    """The sentence opens on a counted group of carriers ("Of 412 patients (58%) with RAS wild-type tumours, ..."):
    the opening word stands first in the sentence or after a comma, and the words between it and the carriers' marker
    are a number of patients with, at most, their share in brackets, nothing else; and no part of them is counted
    again before the therapy ("Of 300 patients with X, 40% received Y")."""
    toks = m.tokens
    start = m.first_cue("pr_counted_group_open")
    marker = min(m.match.slots.get("marker") or [-1])
    if start is None or marker < start or (start > 0 and toks[start - 1].lower != ","):
        return False
    between = [toks[i].lower for i in range(start + 1, marker)]
    words = [w for w in between if w.isalpha()]
    people = [w for w in words if w in _COUNTED_PEOPLE]
    rest = [w for w in words if w not in _COUNTED_PEOPLE and w not in ("with", "harboring", "harbouring", "carrying",
                                                                         "whose", "the", "total", "a")]
    # a part of the group counted again before the therapy ("..., 40% received cetuximab") is no longer the group
    therapy = min(m.match.slots.get("therapy") or [marker])
    part = any(any(c.isdigit() for c in toks[i].lower) for i in range(marker + 1, therapy))
    return any(any(c.isdigit() for c in w) for w in between) and bool(people) and not rest and not part and \
        any(w in ("patients", "cases", "subjects", "participants") for w in people)


@guard
def agent_cause(m: MatchContext) -> bool:
    """The cause is a molecule, cell, gene or process, not a biomarker reading or an alteration (those,
    associated with resistance, are predictors: the prediction rules read them)."""
    return all(e.category in ("Molecule", "CellType", "Gene", "ResistanceMechanism")
               for e in m.slot_entities.get("cause", ()))


# "interferes with cetuximab resistance", "interferes with cetuximab-resistant growth": the resistance itself
_RESISTANCE_AFTER = lazy_compile(r"[-\s]*(?:resistan|refractor|insensitiv|tolerance)", re.I)


@guard
def therapy_not_resistance_head(m: MatchContext) -> bool:
    """The therapy is not the modifier of a resistance word ("X interferes with cetuximab resistance" says X
    works against the resistance, not that it causes it)."""
    idx = m.match.slots.get("therapy") or ()
    return not any(_RESISTANCE_AFTER.match(m.text, m.tokens[i].end) for i in idx)


@guard
def not_association(m: MatchContext) -> bool:
    """The matched words state an effect, not a correlation ("HER2 positivity correlates with limited
    efficacy" marks a predictor, read by the prediction rules)."""
    return not m.cue_in("associate", m.match.start, m.match.end)


@guard
def association_predicts(m: MatchContext) -> bool:
    """An association with resistance marks a predictor, unless an alteration is tied to how resistance
    is acquired (then it is read as a cause: resistance.cause_associated_with_acquired_resistance)."""
    if any(e.category == "Biomarker" for e in m.slot_entities.get("marker", ())):
        return True
    return not m.cue_in("acquired", m.match.start, m.match.end)


@guard
def not_inversely_related(m: MatchContext) -> bool:
    """The association is not an inverse one ("ANGPTL4 levels negatively correlated with PFS and response rate
    following bevacizumab": a higher level, a worse outcome), which a rule reading the outcome's direction would turn
    round."""
    return not any(m.tokens[i].lower in ("negatively", "inversely") for i in range(m.match.start, m.match.end))


@guard
def not_negative_regulator(m: MatchContext) -> bool:
    """The role is not that of a negative regulator ("FGFR4 is a negative regulator of chemoresistance"): what
    regulates a resistance negatively lessens it, it does not bring it about."""
    return not m.cue_in("negative_regulator", m.match.start, m.match.end)


@guard
def not_studied_as_marker(m: MatchContext) -> bool:
    """The clause asserts the marker's value, rather than names it as what a study asked about ("we investigated
    whether TMB predicts response", "EREG expression was evaluated as a biomarker of response"); a finding said
    after the question ("we examined X and found that it predicts ...") stands."""
    return _not_only_asked(m, m.first_cue(*_PREDICT_CUES), ("investigative", "pr_studied_as"))


@guard
def benefit_not_studied(m: MatchContext) -> bool:
    """The clause asserts that the carriers benefit, rather than names the link between a marker and the response as
    what a study set out to measure ("we also determined the association between A expression and their responses to
    B", "to evaluate whether KRAS wild-type patients respond to B"); a finding said after the question ("we examined
    ... and found that carriers responded to B") stands."""
    return _not_only_asked(m, m.first_cue("benefit_verb"), ("investigative",))


def _not_only_asked(m: MatchContext, cue: int | None, asking: tuple[str, ...]) -> bool:
    """Whether the clause states what its word at ``cue`` says rather than only asks it: no word of the ``asking``
    lexicons stands in the clause before ``cue``, or a finding ("pr_finding": "and found that") follows the last one."""
    if cue is None:
        return True
    asked = [i for i in range(m.clause.lo, cue) if any(lex in m.tokens[i].cues for lex in asking)]
    if not asked:
        return True
    return any("pr_finding" in m.tokens[i].cues for i in range(max(asked) + 1, cue))


# the cue words by which a prediction rule says that a marker predicts
_PREDICT_CUES = ("predict", "negative_predict", "response_determinant", "negative_marker_of", "pr_marker_of")


@guard
def marker_in_blood(m: MatchContext) -> bool:
    """The marker is found in the blood ("KRAS mutations emerged in ctDNA ..."): said of it or between it and the
    rule's next cue, not of the tumour tissue."""
    slot = m.match.slots.get("marker")
    cue = m.first_cue("pr_preceded")
    if not slot or cue is None:
        return False
    span = m.text[m.tokens[min(slot)].start:m.tokens[cue].start]
    return _IN_BLOOD.search(span) is not None


_IN_BLOOD = lazy_compile(r"ctDNA|cfDNA|plasma|circulating|liquid biops|cell-free DNA|\bblood\b", re.I)


@guard
def not_for_toxicity(m: MatchContext) -> bool:
    """The therapy is withheld for want of benefit, not for harm ("fluoropyrimidines are contraindicated in
    patients with DPD deficiency": a toxicity, no resistance)."""
    return _TOXICITY.search(m.text) is None


_TOXICITY = lazy_compile(r"toxic|adverse|safety|tolerab|\bDPD\b|DPYD|UGT1A1|impairment|allerg|hypersensitiv|cardiac|"
                         r"pregnan", re.I)


@guard
def lack_not_negated(m: MatchContext) -> bool:
    """The words of lack are not themselves denied ("did not benefit less from cetuximab", "did not derive less
    benefit from"): a double negative says the carriers fare no worse, not that they resist."""
    at = m.first_cue("no_benefit_verb", "no_benefit")
    if at is None:
        return True
    return not any("negation" in m.tokens[i].cues or m.tokens[i].lower in ("not", "n't")
                   for i in range(max(m.clause.lo, at - 2), at))


# a benefit on top of what another treatment gives ("no additional benefit", "no further survival benefit")
_ADDED_BENEFIT = frozenset({"additional", "added", "further", "incremental", "extra", "more", "greater"})


@guard
def benefit_not_added(m: MatchContext) -> bool:
    """The benefit denied is not one on top of what another treatment gives ("A provided no additional benefit to
    patients with X" says A adds nothing to the treatment it joins, not that the carriers resist A).

    >>> "additional" in _ADDED_BENEFIT and "clinical" not in _ADDED_BENEFIT
    True
    """
    return not any(m.tokens[i].lower in _ADDED_BENEFIT for i in range(m.match.start, m.match.end))


@guard
def smaller_benefit_not_relative(m: MatchContext) -> bool:
    """A smaller benefit weighed against another therapy's ("benefited less from cetuximab than from
    bevacizumab") is a relative verdict, no resistance; a plain lack of benefit over a control ("did not benefit
    from panitumumab plus FOLFOX compared with FOLFOX") still is one."""
    smaller = any(m.tokens[i].lower in ("less", "smaller", "lower") for i in range(m.match.start, m.match.end))
    return not smaller or therapy_not_compared(m) or _carriers_compared(m)


# "... than those with left-sided tumours", "than BRAF wild-type patients": what follows "than" is other patients
_OTHER_PATIENTS_AFTER = lazy_compile(r"\s*(?:than|compared (?:with|to)|relative to)\s+(?:(?:those|patients|tumou?rs|"
                                     r"cases|carriers)\b|(?:the\s+)?(?=\S))", re.I)


def _carriers_compared(m: MatchContext) -> bool:
    """The smaller benefit is weighed against other patients' benefit from the same therapy, not against another
    therapy ("right-sided tumours derive less benefit from cetuximab than left-sided tumours"): the marker then
    marks the patients who fare worse on it, which is what predicting resistance means."""
    slot = m.match.slots.get("therapy")
    if not slot:
        return False
    end = m.tokens[max(slot)].end
    after = _OTHER_PATIENTS_AFTER.match(m.text, end)
    if after is None:
        return False
    if after.group(0).rstrip().lower().endswith(("those", "patients", "tumours", "tumors", "cases", "carriers")):
        return True
    nxt = next((t for t in m.tokens[max(slot) + 1:] if t.start >= after.end()), None)
    return nxt is not None and nxt.start == after.end() and \
        any(e.category in ("Biomarker", "Alteration") for e in nxt.entities)


@guard
def marker_is_biomarker(m: MatchContext) -> bool:
    """The marker is a biomarker reading (a level, an expression, a status, a subtype), not an alteration: an
    alteration that goes with resistance is read by the resistance rules."""
    return bool(m.slot_entities.get("marker")) and all(e.category == "Biomarker" for e in m.slot_entities["marker"])


@guard
def biomarker_not_associated_cause(m: MatchContext) -> bool:
    """A biomarker reading the resistance is only said to go with ("resistance to X was associated with high IL-8
    levels") is no cause of it: prediction.resistance_associated_with_marker_level reads it as a predictor; nor
    is anything a failure of treatment seen in patients goes with ("lack of response to X was associated with MET
    amplification": prediction.nonresponse_associated_with_marker)."""
    if not m.cue_in("pr_associated_with", m.match.start, m.match.end):
        return True
    said = m.first_cue("resistance")
    if said is not None and "pr_nonresponse" in m.tokens[said].cues:
        return False  # "lack of response to X was associated with MET amplification": an outcome, no mechanism
    return not any(e.category == "Biomarker" for e in m.slot_entities.get("cause", ()))


@guard
def cause_not_biomarker(m: MatchContext) -> bool:
    """The cause is an alteration, mechanism, gene product or cell, not a biomarker reading."""
    return not any(e.category == "Biomarker" for e in m.slot_entities.get("cause", ()))


# a methods sentence: samples "were assessed for X ... and correlated with treatment efficacy" says what was
# studied, not what was found
_METHOD_CORRELATION = lazy_compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:assessed|analy[sz]ed|evaluated|examined|tested|"
                                   r"measured|determined|stained|screened|profiled|genotyped|sequenced)\s+for\b[^.;]*?"
                                   r"\band\s+(?:then\s+|were\s+|was\s+)?(?:correlated|associated|compared)\s+with\b", re.I)


@guard
def not_a_method_correlation(m: MatchContext) -> bool:
    """"Specimens ... were assessed for EPHA2 expression by IHC and correlated with treatment efficacy": the
    sentence says what the study set out to relate, not which way the marker went, so it predicts nothing."""
    end = m.tokens[m.match.end - 1].end
    return not _METHOD_CORRELATION.search(m.text, 0, end)


@guard
def treatment_outcome(m: MatchContext) -> bool:
    """The matched words name an outcome of treatment (response, PFS, benefit), not survival or
    prognosis alone, which a marker may predict whatever the treatment."""
    return m.cue_in("treatment_outcome", m.match.start, m.match.end)


_COMPARED_WITH = r"\bvs\.?|\bversus|\bthan|\bcompared (?:with|to)|\brelative to"
# "ineffective in colorectal cancer except in MSI-H tumours": the marker set apart is the exception, not the carriers
_EXCEPTED = r"\bexcept(?:\s+(?:in|for|among))?|\bapart from|\bwith the exception of|\bsave for"
_COMPARATOR = lazy_compile(rf"(?:{_COMPARED_WITH}|{_EXCEPTED}|\bover)\s+(?:the\s+|those\s+with\s+|patients\s+with\s+)?$", re.I)
# a therapy is also compared with in a trial's verdict ("A was noninferior to B"), or set "over" another ("the
# benefit of A over B")
_COMPARED_TO = lazy_compile(rf"(?:{_COMPARED_WITH}|\b(?:non-?)?inferior to|\bsuperior to|\bequivalent to|\bsimilar to|\bover)"
                            rf"\s+(?:the\s+)?$", re.I)


_COMPARED_AFTER = lazy_compile(rf"\s*(?:{_COMPARED_WITH}|\bover\b)", re.I)


@guard
def therapy_not_compared(m: MatchContext) -> bool:
    """No other therapy the named one is weighed against just after it ("no benefit of panitumumab
    over bevacizumab" says nothing of panitumumab alone: a relative verdict, no resistance)."""
    compared = _after_therapy(m, _COMPARED_AFTER)
    # weighed against no active treatment ("no benefit from cetuximab compared with best supportive care"): no
    # benefit at all, an absolute verdict
    return compared is None or _NO_ACTIVE_TREATMENT.match(m.text, compared.end()) is not None


@guard
def verdict_not_relative(m: MatchContext) -> bool:
    """The lack of benefit the match ends on is not weighed against another therapy ("in RAS-mutant patients,
    panitumumab conferred no benefit over bevacizumab" is a relative verdict); against no active treatment or the
    backbone given alone ("no benefit over FOLFOX alone") it is an absolute one."""
    compared = _COMPARED_AFTER.match(m.text, m.tokens[m.match.end - 1].end)
    if compared is None or _NO_ACTIVE_TREATMENT.match(m.text, compared.end()) is not None:
        return True
    return _ALONE_AFTER.match(m.text, compared.end()) is not None


# "over FOLFOX alone", "compared with chemotherapy alone": the backbone the therapy was added to
_ALONE_AFTER = lazy_compile(r"\s*(?:the\s+)?(?:[\w/+-]+\s+){1,3}alone\b", re.I)


_NO_ACTIVE_TREATMENT = lazy_compile(r"\s*(?:the\s+|a\s+)?(?:placebo|best supportive care|BSC|supportive care|observation|"
                                    r"no treatment|no further treatment|surveillance)\b", re.I)


def _compared_with(m: MatchContext, slot_name: str, before: re.Pattern) -> bool:
    """Whether the words just before the slot's first token make it what something is compared with."""
    slot = m.match.slots.get(slot_name)
    if not slot:
        return False
    t = m.tokens[min(slot)]
    return before.search(m.text, max(0, t.start - 30), t.start) is not None


@guard
def not_the_comparator(m: MatchContext) -> bool:
    """The marker is not the comparator of a contrast ("left-sided vs right-sided tumours benefit
    more": the right-sided tumours are what the others are compared with)."""
    return not _compared_with(m, "marker", _COMPARATOR)


@guard
def therapy_not_the_comparator(m: MatchContext) -> bool:
    """The therapy is not what another is compared with ("panitumumab was noninferior to cetuximab in
    refractory patients": cetuximab is the comparator, the sentence is about panitumumab), nor what the patients of a
    trial's control arm were given ("patients with X in the control arm achieved a response with FOLFIRI")."""
    toks = m.tokens
    end = min(m.match.slots.get("therapy") or [len(toks) - 1])
    if any("control_arm" in toks[i].cues and toks[i - 1].lower == "the" and toks[i - 2].lower in ("in", "of", "on")
           for i in range(2, end)):
        return False  # the patients of a trial's control arm, named before the therapy they were given
    return not _compared_with(m, "therapy", _COMPARED_TO)


@guard
def not_negative_predictor(m: MatchContext) -> bool:
    return not m.cue_in("negative_predict", m.match.start, m.match.end)


@guard
def not_predicted_by(m: MatchContext) -> bool:
    """A resistance or response said to be predicted by a marker ("resistance to A is predicted by X") names the marker
    as a predictor of it, not as its cause (prediction.poor_outcome_to_predicted_by_marker reads it); one set off as
    how the resistance was seen ("resistance to A, as indicated by reduced ERK phosphorylation") is its readout."""
    return not (m.cue_in("predicted_by", m.match.start, m.match.end)
                or m.cue_in("readout_by", m.match.start, m.match.end))


@guard
def response_not_poor(m: MatchContext) -> bool:
    """The response word that opens the match is not itself a poor one ("poor response to A is predicted by X",
    "lower efficacy of A"): the words right before it do not speak of poor response, resistance or no benefit."""
    lo = max(0, m.match.start - 3)
    return not any(m.tokens[i].lower in _POOR_DEGREE
                   or any(lex in m.tokens[i].cues for lex in ("poor_response", "no_benefit", "resistance", "weak_degree"))
                   for i in range(lo, m.match.start + 1))


# words that make an outcome a poor one when they stand before it ("lower efficacy", "reduced response")
_POOR_DEGREE = frozenset({"lower", "low", "reduced", "decreased", "diminished", "impaired", "worse", "poorer", "poor",
                          "inferior", "shorter", "limited", "lack", "loss", "absence", "weaker", "less", "no"})


def _pathway_members(vocab, pathway: Entity) -> set[str]:
    """Ids of the genes the vocabulary puts in ``pathway``, gene families opened to their members."""
    members = set(vocab.pathway_members.get(pathway.id, ()))
    for fam in list(members):
        members.update(vocab.family_gene_ids(fam))
    return members


@guard
def vocabulary_member(m: MatchContext) -> bool:
    """The gene belongs to the pathway by the vocabulary (co-mention alone states nothing else)."""
    vocab = m.reading.vocab
    genes = m.slot_entities.get("gene", ())
    return any(not members.isdisjoint(g.id for g in genes)
               for members in (_pathway_members(vocab, p) for p in m.slot_entities.get("pathway", ())))


@transform({"Gene"})
def altered_gene(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The one gene an alteration is of ("mutations in JAK1": JAK1); None for an alteration of several genes or of a
    family."""
    symbol = entity.attr("gene") or ""
    gene = m.reading.vocab.gene_entity(symbol) if symbol and "/" not in symbol else None
    return gene if gene is not None and gene.category == "Gene" and not gene.attr("family") else None


@transform({"Pathway"})
def pathway_with_member(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The pathway, kept only when a gene of the match belongs to it by the vocabulary: of two pathways named
    together ("the main IGF1R signalling pathways are PI3K-AKT and MAPK-MEK"), MEK joins the MAPK pathway only."""
    members = _pathway_members(m.reading.vocab, entity)
    return entity if any(g.id in members for g in m.slot_entities.get("gene", ())) else None


@transform({"Gene", "Molecule"})
def a_target(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a drug acts on: a gene or molecule (an alteration stands for its gene); not a cofactor it
    competes with ("dabrafenib, competing against ATP": ATP is how it binds, not what it targets)."""
    if entity.category == "Molecule" and entity.name.upper() in _COFACTORS:
        return None
    if entity.category in ("Gene", "Molecule"):
        return entity
    if entity.category == "Alteration":
        gene = m.reading.vocab.gene_entity(entity.attr("gene") or "")
        return gene
    return None


_COFACTORS = {"ATP", "ADP", "AMP", "GTP", "GDP", "NAD+", "NADH", "NADPH", "CAMP"}


_ACTIVITY_WORD = lazy_compile(r"(?:activation|activity|phosphorylation|signall?ing)$", re.I)


@transform({"Gene", "Molecule"})
def target_of_activity(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a drug acts on when it is said to block a gene's activity ("antibodies that inhibit EGFR activation"):
    the one gene or molecule the activation involves; a gene or molecule named alone is :func:`a_target`."""
    if entity.category != "ResistanceMechanism":
        return a_target(entity, m, token)
    if token < 0 or not _ACTIVITY_WORD.search(m.tokens[token].text):
        return None
    parts = {o.id: o for s, p, o in (m.rec.implied if m.rec is not None else ()) if s.id == entity.id and
             p == "involves" and o.category in ("Gene", "Molecule")}
    parts.update({o.id: o for s, p, o in m.side if s.id == entity.id and p == "involves" and
                  o.category in ("Gene", "Molecule")})
    return next(iter(parts.values())) if len(parts) == 1 else None


@transform({"Gene", "Molecule"})
def class_targets(entity: Entity, m: MatchContext, token: int) -> list[Entity]:
    """The genes a drug class is named for ("MET inhibitor" -> MET), from the vocabulary or the mention.

    A class named for either of two targets ("PD-1/PD-L1 inhibitor") says only that a member hits one of them: a
    drug of the sentence gets those of the class's targets its vocabulary gives it (pembrolizumab: PD-1, never
    PD-L1), and none when the vocabulary gives it no target; a "dual" class names both."""
    vocab = m.reading.vocab
    ids = list(vocab.drug_targets.get(entity.id, ()))
    ids += [o.id for s, p, o in m.rec.implied if s.id == entity.id and p == "targets"]
    out = []
    for i in dict.fromkeys(ids):
        e = vocab.entities.get(i) or next((o for s, p, o in m.rec.implied if o.id == i), None)
        if e is not None and e.category in ("Gene", "Molecule") and not e.attr("family"):
            out.append(e)
    drugs = m.slot_entities.get("drug", ())
    if len(out) > 1 and "/" in entity.name and "dual" not in entity.name.lower() and drugs:
        own = {g for d in drugs for g in vocab.drug_targets.get(d.id, ())}
        out = [e for e in out if e.id in own]
    return out


@transform({"DrugClass"})
def class_of_one_drug(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The class one drug belongs to: a class of two blockers given together ("dual HER2 blockade with
    trastuzumab and lapatinib") holds the pair, each drug belongs to its parent class (anti-HER2 therapy)."""
    if not entity.name.lower().startswith("dual "):
        return entity
    vocab = m.reading.vocab
    parents = vocab.drug_classes.get(entity.id, ())
    return vocab.entities.get(parents[0]) if parents else None


@transform({"Drug"})
def resisted_drug(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The drug a resistant subline resists: the one the document defines it by ("oxaliplatin-resistant cells
    (DLD-1-OxR)"), or the one its name carries after a slash ("HCT-8/5-FU" -> fluorouracil, "SW480/OXA" -> the
    drug the document abbreviates OXA); None for any other cell or line."""
    if entity.category != "CellType" or not entity.attr("cell_line"):
        return None
    defined = getattr(m.reading, "line_drugs", {}).get(entity.name)
    if defined is not None or "/" not in entity.name:
        return defined
    tail = entity.name.split("/", 1)[1]
    vocab = m.reading.vocab
    known = vocab.by_name.get(tail.lower())
    drug = vocab.entities.get(known) if known else m.reading.abbreviations.entity(f"abbr:{tail}")
    return drug if drug is not None and drug.category == "Drug" else None


# therapies that stand for whatever patients were given, or for nothing ("standard therapy", "placebo"): a
# refractoriness to them is no mechanism of resistance to any one therapy
_NO_THERAPY_OF_ITS_OWN = frozenset({STANDARD_OF_CARE, "crc:regimen_best_supportive_care", "crc:regimen_placebo"})


@guard
def therapy_of_its_own(m: MatchContext) -> bool:
    """The treated patients' therapy is one of its own: patients in a placebo or best-supportive-care arm, or given
    "standard therapy" (whatever they were given), received nothing a marker could predict the outcome of."""
    therapies = m.slot_entities.get("therapy", ())
    return not any(t.id in _NO_THERAPY_OF_ITS_OWN for t in therapies)


@transform({"ResistanceMechanism"})
def resistance_or_refractoriness_to(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`resistance_to`; for the standard therapy patients progressed on ("patients who had progressed on all
    standard therapy"), their refractoriness to it as a state of its own: a state of the patients' disease, with no
    resistance to the standard of care (whatever they were given), which names no therapy."""
    if entity.id == STANDARD_OF_CARE:
        name = "refractoriness to standard therapy"
        return Entity(mint("mech", name), "ResistanceMechanism", name, ("refractory to standard therapy",), (),
                      (("taxonomy_class", "other"),))
    return resistance_to(entity, m, token)


@transform({"ResistanceMechanism"})
def resistance_to(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"resistance to X" as a mechanism of its own, when the sentence names no cause; it confers
    resistance to X by definition. None for a role standing in for a therapy ("patients who progressed on
    standard therapy": standard of care is whatever they were given, placebo nothing)."""
    if entity.category not in THERAPY or entity.id in _NO_THERAPY_OF_ITS_OWN:
        return None
    mech = Entity(mint("mech", f"resistance to {entity.name}"), "ResistanceMechanism", f"resistance to {entity.name}",
                  (f"{entity.name} resistance", f"acquired {entity.name} resistance",
                   f"acquired resistance to {entity.name}", f"{entity.name} refractoriness"), (),
                  (("taxonomy_class", "other"),))
    m.side.append((mech, "confers_resistance_to", entity))
    return mech


@guard
def no_rescue_verb_in_match(m: MatchContext) -> bool:
    """No rescue verb stands inside the match: "oxaliplatin resistance can be overcome by inhibition of IL-6" names
    what overcomes the resistance, not one of its mechanisms ("can be" is no list of causes there)."""
    lo, hi = m.match.start, m.match.end
    return not (m.cue_in("overcome", lo, hi) or m.cue_in("overcome_passive", lo, hi))


@guard
def activity_not_merely_tested(m: MatchContext) -> bool:
    """The clause states the activity as a result, not a test being run: "X was tested in 5-FU-resistant
    cells" or "X was evaluated for efficacy in refractory patients" says what was done, not that it worked
    ("X was tested and showed activity in ..." does: a result word stands by the test)."""
    end = m.match.end
    return not m.cue_in("testing_only", 0, end) or m.cue_in("result_shown", 0, end)


@guard
def not_weak_activity(m: MatchContext) -> bool:
    """The sentence does not call the activity limited, minimal or absent, except where that is said
    of other patients after the match ("beneficial in CMS2 and CMS3 ... and not effective in CMS4"), nor give it
    as a small share: "effective in only 1 of 12 patients", "responses in 5% of patients" (under 15%)."""
    if any("weak_activity" in t.cues and not _said_of_other_patients(m, i) for i, t in enumerate(m.tokens)):
        return False
    for x in _LITTLE_EFFECT.finditer(m.text):
        i = next((k for k, t in enumerate(m.tokens) if t.start >= x.start()), len(m.tokens))
        if not _said_of_other_patients(m, i):
            return False
    if _ONLY_FEW_OF.search(m.text):
        return False
    return not any(float(x.group(1)) < 15 for x in _RESPONSE_SHARE.finditer(m.text))


# "little" as the amount of an effect with a word or two that says what kind of effect it is between ("experienced
# little clinical benefit", "showed little anti-tumour activity", "had little therapeutic efficacy"): as "little benefit"
_LITTLE_EFFECT = lazy_compile(r"(?<!\ba\s)\blittle\s+(?:[\w-]+\s+){1,2}?(?:benefits?|activity|efficacy|effects?|"
                              r"effectiveness|responses?|advantage)\b", re.I)
# a small share of the patients the activity reached ("in only 1 of 12 patients", "only two out of 20")
_ONLY_FEW_OF = lazy_compile(r"\bonly\s+(?:\d+|one|two|three|four|five)\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\b", re.I)
# the share that responded, right after the word for the response ("responses in 5% of patients", "an ORR of 8%"),
# also past the therapy it was a response to ("the response rate to A was 7%", "the ORR with A reached 9%")
_RESPONSE_SHARE = lazy_compile(r"\b(?:respon\w*|remissions?|ORR|DCR|disease\s+control)\s+(?:rates?\s+)?"
                               r"(?:(?:to|with|of|on)\s+[^.;%]{1,50}?\s+)?"
                               r"(?:was\s+|were\s+|of\s+|in\s+|:\s*|reached\s+(?:the\s+value\s+of\s+|only\s+)?)"
                               r"(?:only\s+|just\s+)?(\d+(?:\.\d+)?)\s*%", re.I)


def _said_of_other_patients(m: MatchContext, i: int) -> bool:
    """Token ``i`` stands after the match and is followed, within a few words, by "in <another entity>" ("provides no
    benefit and even harm in those with RAS-mutant tumours")."""
    if i < m.match.end:
        return False
    matched = {e.id for es in m.slot_entities.values() for e in es}
    for j in range(i + 1, min(i + 7, len(m.tokens))):
        if "in_patients" in m.tokens[j].cues:
            after = [e for k in range(j + 1, min(j + 4, len(m.tokens))) for e in m.tokens[k].entities]
            return bool(after) and not {e.id for e in after} & matched
    return False


_OUTCOME_NOUN = lazy_compile(r"(?:efficacy|activity|benefits?|responses?|sensitivity|effects?|outcomes?|effectiveness)$", re.I)


@guard
def therapy_not_outcome_object(m: MatchContext) -> bool:
    """"improving the efficacy of anti-EGFR therapy through sustained MAPK inhibition": the therapy is what the
    means would improve (the object of "efficacy of"), not the agent that keeps the pathway down."""
    therapy = m.match.slots.get("therapy", ())
    j = min(therapy) - 1 if therapy else -1
    return not (j - 1 >= m.clause.lo and m.tokens[j].lower in ("of", "to") and
                _OUTCOME_NOUN.search(m.tokens[j - 1].text))


_CORRELATION_VERB = lazy_compile(r"(?:associated|correlated|linked|related|concordant|coincided|coincident)$", re.I)


@guard
def with_not_correlation(m: MatchContext) -> bool:
    """"low sensitivity to SN-38 was associated with resistance to irinotecan": the "with resistance to" after
    the therapy completes a verb of correlation, so no patients with that resistance were given the therapy."""
    therapy, resisted = m.match.slots.get("therapy", ()), m.match.slots.get("resisted", ())
    if not therapy or not resisted:
        return True
    for i in range(max(therapy) + 1, min(resisted)):
        if m.tokens[i].lower == "with":
            return not (i - 1 >= m.clause.lo and _CORRELATION_VERB.search(m.tokens[i - 1].text))
    return True


@guard
def single_therapy(m: MatchContext) -> bool:
    """The clause gives one therapy (several arms or a list cannot tell which one was active); a drug
    class counts only when the clause names no drug or regimen."""
    ents = [e for i in range(m.clause.lo, m.clause.hi) if not _named_as_resisted(m, i) for e in m.tokens[i].entities]
    found = {e.id for e in ents if e.category in ("Drug", "Regimen")}
    slot = {e.id for e in m.slot_entities.get("therapy", ())}
    if found:
        return len(found) == 1 and slot <= found
    return len({e.id for e in ents if e.category == "DrugClass"}) == 1


@guard
def one_therapy_or_its_alternatives(m: MatchContext) -> bool:
    """:func:`single_therapy`, or several combinations that are alternatives on one backbone, each given to the same
    models ("A plus B or C": A + B and A + C, both holding A): what is said of the models is said of each. A list of
    unrelated therapies still cannot tell which one was active."""
    if single_therapy(m):
        return True
    ents = [e for i in range(m.clause.lo, m.clause.hi) if not _named_as_resisted(m, i) for e in m.tokens[i].entities]
    found = {e.id for e in ents if e.category in ("Drug", "Regimen")}
    slot = {e.id for e in m.slot_entities.get("therapy", ())}
    if len(found) < 2 or found != slot:
        return False
    combos = {mention.entity.id: set(comps) for mention, comps in m.rec.regimens}
    parts = [combos.get(i) or set(m.reading.vocab.regimen_components.get(i, ())) for i in found]
    return all(len(p) > 1 for p in parts) and bool(set.intersection(*parts))


_RESISTED_BEFORE = lazy_compile(r"(?:(?:refractory|resistant|insensitive|unresponsive)\s+to|"
                                r"progress(?:ed|ing|ion)?\s+(?:on|after|following|during))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


_RESISTED_AFTER = lazy_compile(r"\s*-?\s*(?:refractory|resistant|pretreated|pre-treated)\b", re.I)


def _named_as_resisted(m: MatchContext, i: int) -> bool:
    """Token ``i`` is a therapy the patients are refractory to or progressed on ("refractory to standard treatment",
    "who progressed on second-line standard therapy", "chemotherapy-refractory mCRC"): a description of who was
    treated, not another arm."""
    tok = m.tokens[i]
    end = tok.mention.end if tok.mention is not None else tok.end
    if _RESISTED_AFTER.match(m.text, end):
        return True
    return bool(_RESISTED_BEFORE.search(m.text, max(0, tok.start - 40), tok.start))


def _acts_on(m: MatchContext, therapy: Entity) -> set[str]:
    """Gene ids a therapy of the sentence acts on: through its components (as the sentence, the sentences before it
    (a combination "this combination" points back to) or the vocabulary combine them), their classes, and the
    targets the sentence's class names imply."""
    vocab = m.reading.vocab
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens}
    targets: set[str] = set()
    for p in set(combos.get(therapy.id, ())) | set(vocab.regimen_components.get(therapy.id, ())) | \
            set(m.reading.regimens_read.get(therapy.id, ())) | {therapy.id}:
        targets |= therapy_targets(vocab, vocab.entities.get(p) or therapy)
        targets |= {o.id for s, pr, o in m.rec.implied if s.id == p and pr == "targets"}
    return targets


def _gene_and_kin(vocab, gene: Entity) -> set[str]:
    """The gene's id, its members' ids when it names a family, and the ids of the families it belongs to:
    what a therapy may act on for it to act on this gene. A broad class the gene is of (genes.yaml ``broad``: the
    receptor tyrosine kinases) is none of its kin: a drug aimed at MET is not aimed at EGFR through it."""
    members = vocab.family_gene_ids(gene.id)
    families = {fid for fid, names in vocab.family_members.items()
                if gene.name in names and fid not in vocab.broad_families}
    return {gene.id} | members | families


def _gene_alterations(entities) -> list[Entity]:
    """The alterations of a gene (mutation, amplification, overexpression, fusion, expression status) among ``entities``."""
    return [a for a in entities if a.attr("alteration_kind") in ("mutation", "amplification", "overexpression", "fusion")
            or a.attr("biomarker_kind") == "expression_status"]


@guard
def targets_the_alteration(m: MatchContext) -> bool:
    """The therapy (or a component of it) acts on the gene of the alteration, by the vocabulary or by
    its class named in the text."""
    return _acts_on_an_alteration(m, m.slot_entities.get("therapy", ()),
                                  _gene_alterations(m.slot_entities.get("alteration", ())))


# The kinases a gene's alteration signals through further down its cascade: mutant RAS and BRAF switch on MEK and
# ERK; a PIK3CA mutation, or the loss of PTEN that would hold PI3K back, switches on AKT and mTOR (and, for PTEN,
# PI3K itself); an amplified receptor (HER2, MET) signals through both cascades. A drug aimed there blocks what
# the alteration drives, though not the altered gene. RAF is left out for RAS: the multikinase drugs that hit it
# (sorafenib, regorafenib) are given for their other targets.
_MAPK_BELOW_RAS = ("MEK", "ERK")
_PI3K_BELOW_PIK3CA = ("AKT", "MTOR")
_DOWNSTREAM_KINASES = {
    "KRAS": _MAPK_BELOW_RAS, "NRAS": _MAPK_BELOW_RAS, "HRAS": _MAPK_BELOW_RAS, "RAS": _MAPK_BELOW_RAS,
    "BRAF": _MAPK_BELOW_RAS,
    "PIK3CA": _PI3K_BELOW_PIK3CA, "PTEN": ("PIK3CA", "PIK3CB") + _PI3K_BELOW_PIK3CA,
    "ERBB2": _MAPK_BELOW_RAS + ("PIK3CA",) + _PI3K_BELOW_PIK3CA,
    "MET": _MAPK_BELOW_RAS + ("PIK3CA",) + _PI3K_BELOW_PIK3CA,
}


def _downstream_of(vocab, gene: Entity) -> set[str]:
    """Ids of the kinases (and their family members) the gene's alteration signals through further down."""
    names = {vocab.entities[g].name for g in _gene_and_kin(vocab, gene) if g in vocab.entities}
    found: set[str] = set()
    for name in names:
        for symbol in _DOWNSTREAM_KINASES.get(name, ()):
            kinase = vocab.gene_entity(symbol)
            if kinase is not None:
                found |= _gene_and_kin(vocab, kinase)
    return found


def _stem_targets(m: MatchContext, therapy: Entity) -> set[str]:
    """Gene ids the INN stems of a therapy's components name, for components the vocabulary lists without
    targets ("selumetinib": -metinib, a MEK inhibitor)."""
    vocab = m.reading.vocab
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens}
    parts = set(combos.get(therapy.id, ())) | set(vocab.regimen_components.get(therapy.id, ())) | {therapy.id}
    return {g for p in parts if not vocab.drug_targets.get(p) and p in vocab.stem_classes
            for g in vocab.drug_targets.get(vocab.stem_classes[p], ())}


def _acts_downstream_of_an_alteration(m: MatchContext, therapies, alterations) -> bool:
    """Whether one of ``therapies`` (or a component of one) blocks a kinase the gene of one of ``alterations``
    signals through (a MEK inhibitor for a KRAS mutation)."""
    vocab = m.reading.vocab
    for t in therapies:
        targets = _acts_on(m, t) | _stem_targets(m, t)
        for a in alterations:
            gene = vocab.gene_entity(a.attr("gene") or "")
            if gene is not None and targets & _downstream_of(vocab, gene):
                return True
    return False


@guard
def acts_on_the_alterations_pathway(m: MatchContext) -> bool:
    """:func:`targets_the_alteration`, or the therapy (or a component of it) blocks a kinase further down the
    cascade the alteration switches on ("selumetinib plus irinotecan in patients with KRAS-mutant CRC"): it
    is aimed at what the alteration drives. Chemotherapy alone, or a drug given for another reason
    (bevacizumab in BRAF-mutant patients), acts on neither."""
    therapies = m.slot_entities.get("therapy", ())
    alterations = _gene_alterations(m.slot_entities.get("alteration", ()))
    return _acts_on_an_alteration(m, therapies, alterations) or \
        _acts_downstream_of_an_alteration(m, therapies, alterations)


# the document's own study reporting what it found ("this prospective trial demonstrated that ...")
_OWN_STUDY_FINDING = lazy_compile(r"\b(?:this|our|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:trial|study)\s+"
                                  r"(?:\w+ly\s+)?(?:demonstrat|show|confirm|indicat|suggest|found|reveal|support)\w*\b", re.I)
# a therapy's standing among the options for a population ("remains the preferable first-line treatment for",
# "is the recommended regimen in"), not a result
# ("compared with standard chemotherapy in ..." names the comparator, no standing)
_STANDING = lazy_compile(r"\b(?:prefer\w*|recommend\w*|(?:is|are|was|were|remains?|becomes?|became|as)\s+(?:the\s+|a\s+|an\s+)?"
                         r"(?:(?:most|new|current)\s+)?(?:standard|first-line\s+(?:treatment|therapy)|treatment\s+of\s+choice|"
                         r"therapy\s+of\s+choice|mainstay|backbone|cornerstone))\b|\btreatment\s+options?\b|"
                         # an indication ("approved for the treatment of", "routinely used for"): the carriers it names
                         # are chosen for the therapy only when it acts on the altered gene
                         r"\b(?:approved|indicated|(?:routinely|widely|commonly)\s+used)\b", re.I)


@guard
def marker_not_a_poor_responder_status(m: MatchContext) -> bool:
    """The carriers a therapy is said to work in are not named by a status the vocabulary marks as responding
    poorly to immunotherapy (MSS/pMMR, TMB-low): "regorafenib plus nivolumab was effective in the treatment of
    MSS mCRC" names the population the therapy was given to (the tumours known not to respond to checkpoint
    inhibitors), never a marker of response to it; with other therapies the status only sets the scene
    ("FOLFOXIRI plus bevacizumab was effective in MSS mCRC")."""
    poor = m.reading.vocab.poor_immune_response
    return not any(e.id in poor for e in m.slot_entities.get("marker", ()))


@guard
def standing_given_for_its_target(m: MatchContext) -> bool:
    """A therapy said to be the preferred or recommended treatment for the carriers of a gene's alteration is
    given for that alteration only when it acts on the gene ("encorafenib plus cetuximab is the recommended
    treatment for BRAF V600E mCRC"); otherwise the words choose among treatments for a population the
    alteration only names ("bevacizumab-based chemotherapy remains the preferable first-line treatment for
    patients with BRAF V600E-mutant mCRC": no claim that BRAF V600E predicts response to bevacizumab). So too a
    study's own finding in the patients it enrolled ("this trial showed that FOLFOXIRI plus bevacizumab is active
    in RAS-mutant mCRC": the population it was run in, no marker of response to a therapy that does not act on
    RAS). Statuses (wild-type RAS, MSI-H) select patients by themselves and are left alone."""
    markers = m.slot_entities.get("marker", ())
    alterations = _gene_alterations(markers)
    if not alterations or len(alterations) < len(markers):
        return True
    therapy = m.match.slots.get("therapy", ())
    cue = m.first_cue("in_patients")
    if not therapy or cue is None:
        return True
    said = m.text[m.tokens[max(therapy)].end:m.tokens[cue].start]
    if not _STANDING.search(said) and not _OWN_STUDY_FINDING.search(m.text, 0, m.tokens[min(therapy)].start):
        return True
    return alteration_targeted_if_any(m)


# The receptors whose signals pass through a gene of the table above: a tumour wild-type for that gene passes on the
# block of the receptor (why RAS, BRAF and PIK3CA wild-type tumours answer EGFR or HER2 blockade).
_RECEPTORS_ABOVE = ("EGFR", "ERBB2", "ERBB3", "MET")
# words that set the carriers apart from the other patients: the therapy's effect is said to be confined to them, or
# to be larger in them than in others
_CONFINED_TO = lazy_compile(r"\b(?:only|exclusively|solely|restricted|confined|limited|particularly|especially|"
                            r"selectively|preferentially|mainly|predominantly|more|greater|better|than|compared|versus|vs)\b", re.I)


def _receptors_above(vocab) -> set[str]:
    """The ids of the receptors of :data:`_RECEPTORS_ABOVE` and their kin."""
    out: set[str] = set()
    for receptor in _RECEPTORS_ABOVE:
        r = vocab.gene_entity(receptor)
        if r is not None:
            out |= _gene_and_kin(vocab, r)
    return out


def _status_selects_for(m: MatchContext, therapy: Entity) -> bool:
    """A wild-type status of a signalling gene (RAS, BRAF, PIK3CA wild-type) selects patients for a therapy that blocks
    the signals that gene passes on: the receptor above it (EGFR, HER2), the gene itself or the kinases below it.
    "Chemotherapy with anti-EGFR or anti-VEGF antibodies improves outcomes in patients with KRAS wild-type mCRC" names
    the population both were given to; the status predicts response to the anti-EGFR antibody, never to the anti-VEGF
    antibody or the chemotherapy, which act outside that signalling. Said to work only in the carriers ("bevacizumab
    was effective only in KRAS wild-type tumours"), the status is set against the others and does predict. Statuses
    of genes outside the table (and MSI-H, sidedness, subtypes) are left alone."""
    if not _alteration_selects_for(m, therapy):
        return False
    markers = [e for e in m.slot_entities.get("marker", ()) if e.category == "Biomarker"
               and e.attr("biomarker_kind") == "wild_type"]
    if not markers:
        return True
    vocab = m.reading.vocab
    allowed: set[str] = set()
    for marker in markers:
        for symbol in re.split(r"\s*/\s*", marker.attr("gene") or ""):
            gene = _charted_gene(vocab, symbol)
            if gene is None:
                return True  # no gene, or one whose signalling is not charted here
            allowed |= _gene_and_kin(vocab, gene) | _downstream_of(vocab, gene) | _receptors_above(vocab)
    targets = _acts_on(m, therapy)
    if targets & allowed:
        return True
    if not targets and _class_of_unknown_targets(vocab, therapy):
        return True  # ("targeted therapy"): not judged
    return _confined_to_carriers(m)


def _charted_gene(vocab, symbol: str) -> Entity | None:
    """The gene named ``symbol`` when its signalling is charted here (it or its kin is one of
    :data:`_DOWNSTREAM_KINASES`), else None."""
    gene = vocab.gene_entity(symbol)
    if gene is None:
        return None
    names = {vocab.entities[g].name for g in _gene_and_kin(vocab, gene) if g in vocab.entities}
    return gene if names & set(_DOWNSTREAM_KINASES) else None


def _class_of_unknown_targets(vocab, therapy: Entity) -> bool:
    """Is ``therapy`` (acting on no known target) a class whose targets are not known ("targeted therapy"): neither a
    chemotherapy nor made of chemotherapy drugs?"""
    return not _chemotherapy_drugs(vocab, therapy) and therapy.name.lower() != "chemotherapy"


def _confined_to_carriers(m: MatchContext) -> bool:
    """Do the match's words set the carriers apart from the other patients (:data:`_CONFINED_TO`)?"""
    span = [i for idx in m.match.slots.values() for i in idx]
    return bool(_CONFINED_TO.search(m.text, m.tokens[min(span)].start, m.tokens[max(span)].end))


def _alteration_selects_for(m: MatchContext, therapy: Entity) -> bool:
    """An alteration of a signalling gene (KRAS mutation, BRAF V600E, HER2 amplification) named as the patients a
    therapy works in predicts response only to a therapy aimed at it: one acting on the altered gene ("sotorasib is
    effective in KRAS G12C-mutant mCRC", "encorafenib plus cetuximab in BRAF V600E mCRC") or acting only on the kinases
    its signals pass through (a MEK inhibitor in KRAS-mutant tumours), or blocking the receptor above it, whose
    benefit the alteration decides on ("patients with a non-V600 BRAF mutation can respond to EGFR inhibitors"). A therapy with other targets given to the
    carriers ("sorafenib plus irinotecan is efficacious in refractory KRAS mutation-positive mCRC": sorafenib blocks
    VEGFR as much as RAF) or a cytotoxic alone only names the population the trial enrolled: every patient had the
    alteration, and nothing sets them against patients without it. Said to work only or better in the carriers, the
    alteration does predict; so where the sentence sets them against others ("but not among patients with PIK3CA-WT")
    or finds a significant effect among them, a subgroup tested apart.
    Alterations of genes outside the signalling table are left alone."""
    every = m.slot_entities.get("marker", ())
    markers = [e for e in every if e.category == "Alteration"
               and e.attr("alteration_kind") in ("mutation", "amplification", "overexpression")]
    if not markers or len(markers) < len(every):
        return True  # (stacked with a status that selects patients by itself, "KRAS-mutant, MSI-H": left to it)
    vocab = m.reading.vocab
    own: set[str] = set()
    below: set[str] = set()
    for marker in markers:
        gene = _charted_gene(vocab, marker.attr("gene") or "")
        if gene is None:
            return True  # no gene, or one whose signalling is not charted here
        own |= _gene_and_kin(vocab, gene)
        below |= _downstream_of(vocab, gene)
    own |= _receptors_above(vocab)  # the block of the receptor above is what the alteration decides on
    targets = _acts_on(m, therapy)
    if targets & own:
        return True
    chemo = set()
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens}
    for p in set(combos.get(therapy.id, ())) | set(vocab.regimen_components.get(therapy.id, ())) | \
            set(m.reading.regimens_read.get(therapy.id, ())):
        part = vocab.entities.get(p)
        if part is not None and _chemotherapy_drugs(vocab, part):
            chemo |= therapy_targets(vocab, part)  # a cytotoxic partner's targets aim at no signalling
    for drug in _chemotherapy_drugs(vocab, therapy):
        if drug in vocab.entities:
            chemo |= therapy_targets(vocab, vocab.entities[drug])
    aimed = targets - chemo
    if aimed and aimed <= below:
        return True  # blocks only the signalling below the altered gene
    if not targets and _class_of_unknown_targets(vocab, therapy):
        return True  # ("targeted therapy"): not judged
    return _confined_to_carriers(m) or bool(_SET_AGAINST.search(m.text)) or bool(_SUBGROUP_EFFECT.search(m.text))


# a significant effect found among the carriers: a subgroup of a larger population tested apart ("aspirin had a
# significant effect on survival among patients with PIK3CA-mutant CRC")
_SUBGROUP_EFFECT = lazy_compile(r"\bsignificant(?:ly)?\b[^.;]{0,60}?\bamong\b", re.I)


@transform(lambda cats: set(cats) | {"Regimen"})
def not_resisted_selected_by_status(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, for a therapy a wild-type status selects patients for (:func:`_status_selects_for`):
    the therapies said to work in the carriers of a status that act outside its signalling are dropped, each on its own."""
    if not _status_selects_for(m, entity):
        return None
    return not_resisted(entity, m, token)


@transform(lambda cats: set(cats))
def selected_by_status(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The therapy, where the match's wild-type status selects patients for it (:func:`_status_selects_for`:
    "patients with RAS wild-type tumours benefit from bevacizumab" names the population, no marker of response)."""
    return entity if _status_selects_for(m, entity) else None


@guard
def alteration_targeted_if_any(m: MatchContext) -> bool:
    """Where the carriers are named by a gene's alteration, the therapy acts on that gene ("trials have shown the
    benefit of trastuzumab in HER2-amplified mCRC"); a therapy shown to work in the carriers of an alteration it does
    not act on ("the efficacy of FOLFOXIRI plus bevacizumab in BRAF V600E-mutant mCRC") only names the population it
    was given to. Statuses (wild-type, MSI-H, sidedness, a subtype) select patients by themselves and pass. (# s46 pred)"""
    markers = m.slot_entities.get("marker", ())
    alterations = _gene_alterations(markers)
    if not alterations:
        return True
    return _acts_on_an_alteration(m, m.slot_entities.get("therapy", ()), alterations)


# "according to our study design", "in this trial": the statement is the study's own result in the patients it took
_OWN_STUDY_FRAME = lazy_compile(r"\baccording\s+to\s+(?:our|this|the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,2}?"
                                r"(?:trial|study|design|results|data|findings)\b|\b(?:in|from)\s+(?:our|this|the\s+present|"
                                r"the\s+current)\s+(?:[\w\-]+\s+){0,2}?(?:trial|study|cohort|series)\b", re.I)
# words that set the carriers against other patients: a relative verdict, which a marker may then explain
_SET_AGAINST = lazy_compile(r"\b(?:than|compared|versus|vs\.?|whereas|while|unlike|contrast|but\s+not|only\s+in)\b", re.I)


@guard
def not_own_study_population(m: MatchContext) -> bool:
    """A study's own verdict of no efficacy in the patients it enrolled ("According to our study design, A was not
    effective in patients with B-refractory RAS wild-type mCRC"; "in this trial, A showed no activity in KRAS-mutant
    patients") names its population, not a marker: every patient had it, and the failure is not set against
    patients without it. A verdict set against other patients ("... than in", "whereas") is read."""
    therapy = m.match.slots.get("therapy", ())
    if not therapy:
        return True
    before = m.text[:m.tokens[min(therapy)].start]
    if not (_OWN_STUDY_FINDING.search(before) or _OWN_STUDY_FRAME.search(before)):
        return True
    return _SET_AGAINST.search(m.text) is not None


def _acts_on_an_alteration(m: MatchContext, therapies, alterations) -> bool:
    """Whether one of ``therapies`` (or a component of one) acts on the gene of one of ``alterations``."""
    vocab = m.reading.vocab
    if not therapies or not alterations:
        return False
    for t in therapies:
        targets = _acts_on(m, t)
        for a in alterations:
            gene = vocab.gene_entity(a.attr("gene") or "")
            if gene is None:
                continue
            if targets & _gene_and_kin(vocab, gene):
                return True
    return False


def _acted_on_if_any(entity: Entity, m: MatchContext) -> bool:
    """False when the match's therapies act on the gene of another alteration of its ``alteration`` slot but
    not on this one's: the other is what the therapy is given for, this one says whom it was given to."""
    vocab = m.reading.vocab
    targets = {g for t in m.slot_entities.get("therapy", ()) for g in _acts_on(m, t)}
    if not targets:
        return True

    def acted_on(e: Entity) -> bool:
        gene = vocab.gene_entity(e.attr("gene") or "")
        return gene is not None and bool(targets & _gene_and_kin(vocab, gene))

    others = [a for a in m.slot_entities.get("alteration", ()) if a.id != entity.id]
    return acted_on(entity) or not any(acted_on(a) for a in others)


@transform({"Alteration"})
def as_alteration(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene-level status read as the alteration it reports ("HER2-positive" -> ERBB2 overexpression); of
    several carried together ("active in KRAS-mutant, HER2-positive mCRC") only one the therapy acts on."""
    if not _acted_on_if_any(entity, m):
        return None
    if entity.category == "Alteration":
        return None if entity.attr("alteration_kind") == "wild_type" else entity
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression_status" and entity.attr("gene"):
        gene = m.reading.vocab.gene_entity(entity.attr("gene"))
        if gene is not None:
            return _alteration_with_gene(m, gene, "overexpression")
    return None


@transform({"Biomarker"})
def absent_as_wild_type(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene's mutation named as missing ("patients without KRAS mutations", "tumours lacking mutations in KRAS
    and NRAS") is the gene's wild-type status: the carriers of no mutation of the gene are its wild-type
    patients. Only a gene-level mutation; a named protein change missing ("without BRAF V600E") leaves the gene
    free to carry another, and a gain (amplification) missing is no status of the gene."""
    if entity.category != "Alteration" or entity.attr("alteration_kind") != "mutation" or \
            entity.name != f"{entity.attr('gene')} mutation":
        return None
    gene = m.reading.vocab.gene_entity(entity.attr("gene") or "")
    if gene is None:
        return None
    return status_entity([gene], gene.name)


@transform({"Alteration"})
def absent_without_wild_type(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """An alteration narrower than a gene's mutation, or a gain, named as missing in the patients who benefit
    ("patients without EGFR ectodomain mutations benefited from A", "tumours lacking BRAF V600E responded to B",
    "patients without HER2 amplification benefited from C") has no wild-type status to stand for: the benefit lies
    with those who lack it, so the alteration marks the patients who do not gain it. A gene-level mutation missing
    is the gene's wild-type (:func:`absent_as_wild_type`), and a status already wild-type is no alteration carried."""
    if entity.category != "Alteration" or entity.attr("alteration_kind") == "wild_type":
        return None
    if absent_as_wild_type(entity, m, token) is not None:
        return None
    return entity


# "with or without KRAS mutations", "with and without", "both with and without": the status does not choose
_EITHER_STATUS = lazy_compile(r"\bwith\s*(?:,|\s)\s*(?:or|and)\s*$|\b(?:or|and)\s+$|\bregardless\s+of\s+(?:the\s+)?$", re.I)


@guard
def marker_not_missing(m: MatchContext) -> bool:
    """The marker is not named as missing right before it ("patients without KRAS mutations did not benefit from
    A", "tumours lacking BRAF mutations"): those are the gene's wild-type patients, not its carriers."""
    slot = m.match.slots.get("marker") or m.match.slots.get("cause")
    if not slot:
        return True
    first = slot[0]
    return not any(m.tokens[i].cues.get("lacking_marker", -1) >= first - 1
                   for i in range(max(m.clause.lo, first - 5), first))


@guard
def absence_not_negated(m: MatchContext) -> bool:
    """:func:`not_negated`, the word naming the marker as missing ("without", "lacking") being the rule's own
    cue and no negation of the statement; "with or without X" names both statuses, no marker."""
    cue = m.match.cue_tokens.get("lacking_marker")
    if cue is None:
        return not_negated(m)
    if _EITHER_STATUS.search(m.text, max(0, m.tokens[cue].start - 20), m.tokens[cue].start):
        return False
    first = _first_token(m)
    lo = max(m.clause.lo, first - 3)
    span = set(range(cue, m.tokens[cue].cues["lacking_marker"]))  # the words of the absence cue ("in the absence of")
    for i in range(lo, m.match.end):
        if i in span:
            continue
        if "negation" in m.tokens[i].cues:
            return False
    return not denied_after(m.text, m.tokens[m.match.end - 1].end)


@transform({"Alteration"})
def as_resisting_alteration(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`as_alteration`, kept only when the document says a gain of the alteration's gene makes another
    therapy fail ("MET amplification drives resistance to EGFR antibodies ... savolitinib in patients with
    MET-amplified mCRC"): then a therapy aimed at it is a rescue of that resistance, not only a therapy its
    carriers respond to."""
    alt = as_alteration(entity, m, token)
    if alt is None:
        return None
    gene = m.reading.vocab.gene_entity(alt.attr("gene") or "")
    return alt if gene is not None and gene.id in _document_resisting_genes(m.reading) else None


@transform({"Alteration"})
def as_targeted_alteration(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`as_alteration`, kept only when the therapy acts on the altered gene itself: carriers selected for a
    drug aimed at their gene are its likely responders; a drug acting further down the cascade
    (:func:`acts_on_the_alterations_pathway`) is tried against the alteration, which does not make the
    alteration a predictor of its response."""
    alt = as_alteration(entity, m, token)
    if alt is None:
        return None
    return alt if _acts_on_an_alteration(m, m.slot_entities.get("therapy", ()), [alt]) else None


@transform({"Alteration"})
def as_responding_alteration(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`as_targeted_alteration`: carriers selected for a trial of a drug aimed at their own gene ("this study
    aimed to evaluate A in patients with HER2-positive mCRC", "26 patients with HER2-amplified mCRC received A")
    are chosen as its likely responders: the selection is the hypothesis the trial puts to the test, read with
    ``certainty: hypothesis`` (:func:`selected_carriers_tested_certainty`) unless the clause reports how the
    carriers fared ("... and the ORR was 38%"), and with ``does_not_support`` where the document reports that the
    therapy failed there (:func:`failure_reported`). Only where the sentence or the next one reports how the
    carriers fared (:func:`_carriers_result_reported`): "41 patients with MET overexpression were treated with A"
    alone names who was selected, which states no prediction (the rescue of the alteration, a therapy tested
    against it, is read all the same)."""
    if not _carriers_result_reported(m):
        return None
    return as_targeted_alteration(entity, m, token)


def _document_resisting_genes(reading) -> set[str]:
    """Ids of genes whose gain (an alteration, a positive status) a sentence of the document names where it
    speaks of resistance, beside a therapy that acts neither on the gene nor further down its cascade ("KRAS-mutant
    cells resisted trametinib" says nothing of KRAS making another therapy fail); one pass. A gain said to predict
    that the therapy fails ("PIK3CA mutations are a negative predictor of response to anti-EGFR therapies") names it
    as a cause of resistance as well (:mod:`builders.predicted_resistance` reads such an alteration's prediction as
    its resistance). A gene named bare in such a sentence ("HER2 is a mechanism of resistance to anti-EGFR therapy",
    "HER2 has emerged as a target in patients with resistance to anti-EGFR therapy") is named as a cause too: a
    gene is a cause of resistance through its gain, the one kind of change a therapy for its carriers answers."""
    return reading.document_wide("resisting_genes", _scan_resisting_genes)


# resistance named, or a failure of the therapy predicted ("a negative predictor of response to", "predict a lack of
# response to"): the words of a sentence that may name a gain as a cause of resistance
_RESISTING_TALK = lazy_compile(_RESISTANCE_TALK.pattern + r"|\bnegative(?:ly)?\s+predict|"
                               r"\bpredict\w*\s+(?:a\s+)?(?:lack\s+of|poor|no)\s+(?:response|benefit)", re.I)


def _scan_resisting_genes(reading) -> set[str]:
    vocab, found = reading.vocab, set()
    for _, rec in sentences_speaking(reading, _RESISTING_TALK):
        genes, gained = set(), set()  # every gene named, and those named by a gain
        for mention in rec.mentions:
            e = mention.entity
            gain = e.category == "Alteration" and e.attr("alteration_kind") in _GAIN_KINDS or \
                e.category == "Biomarker" and e.attr("biomarker_kind") == "expression_status"
            gene = vocab.gene_entity(e.attr("gene") or "") if gain else e if e.category == "Gene" else None
            if gene is not None:
                genes.add(gene.id)
                if gain:
                    gained.add(gene.id)
        therapies = [mention.entity for mention in rec.mentions if mention.entity.category in THERAPY]
        for g in genes:
            below = _downstream_of(vocab, vocab.entities[g]) if g in vocab.entities else set()
            # a gene named bare is set beside a therapy whose targets are known: "new mAbs that target different
            # EGFR epitopes promise to reverse resistance" names EGFR as what an antibody of unknown target is aimed at
            if any(g not in therapy_targets(vocab, t) and not therapy_targets(vocab, t) & below and
                   (g in gained or therapy_targets(vocab, t)) for t in therapies):
                found.add(g)
    return found


# what may pick patients out of a population: a status or alteration, or a gene product or RNA measured
# ("a microRNA whose expression level allows the identification of patients with wild-type KRAS who ...")
_PICKERS = ("Alteration", "Biomarker", "Molecule", "Gene")


@guard
def carriers_not_picked_by_other(m: MatchContext) -> bool:
    """The carriers are not a population another marker picks patients out of ("RNF43 mutations could help
    prioritise patients with BRAF V600E, who are more likely to respond to ..."): the ones who respond are
    those the other marker selects, so the selecting marker, not the population's, predicts the response."""
    first = m.token_of("marker")
    for i in range(first - 1, m.clause.lo - 1, -1):
        if "identify" in m.tokens[i].cues:
            if any(m.tokens[k].lower in _SELECTING for k in range(m.clause.lo, i)):
                return False  # "selection for patients without liver metastases may identify patients with MSS ..."
            return not any(e.category in _PICKERS and e.id not in _slot_ids(m, "marker")
                           for k in range(m.clause.lo, i) for e in m.tokens[k].entities)
    return True


# a criterion that picks patients, said before the carriers it would pick out of
_SELECTING = {"selection", "selecting", "restricting", "restriction", "stratification", "stratifying", "enrichment",
              "enriching"}


def _slot_ids(m: MatchContext, slot: str) -> set:
    return {e.id for e in m.slot_entities.get(slot, ())}


@guard
def efficacy_asserted(m: MatchContext) -> bool:
    """The efficacy is said, not guessed, when the population is named by an alteration: no modal before
    the word of efficacy or benefit ("T-DXd may be effective in RAS-mutant mCRC", "patients with KRAS-mutant
    tumours might benefit from X"). A guess that a therapy works in carriers of an alteration it does not
    target is a hypothesis about that population, not a marker that predicts response. A guess about a
    population the therapy's own target defines ("dual HER2 blockade may confer benefit in HER2-positive
    CRC") or a status marker (MSI-H, a consensus subtype, sidedness, a wild-type status) stays, and so does
    a result reported softly ("bevacizumab seemed beneficial in CMS1"). "Also" and "even" say the same of
    a population ("T-DXd was also effective in RAS-mutant tumours"): the efficacy reaches it, the
    alteration does not select for it."""
    effect = m.first_cue("is_effective", "benefit_verb", "pr_gain")
    if effect is None:
        return True
    span = [effect] + [i for idx in m.match.slots.values() for i in idx]
    if not any(m.tokens[i].lower in _MODAL_GUESS or m.tokens[i].lower in ("also", "even")
               for i in range(min(span), max(span) + 1)):
        return True
    if not any(a.category == "Alteration" for a in m.slot_entities.get("marker", ())):
        return True
    return _marker_is_target(m)


_MODAL_GUESS = frozenset({"may", "might", "could", "would", "possibly", "potentially", "perhaps"})

# the patients' own history, in a relative clause before an earlier line of therapy: "in patients with KRAS wild-type
# mCRC who obtained clinical benefit from first-line panitumumab-based chemotherapy"
_PRIOR_BENEFIT = lazy_compile(r"\bwho\s+(?:had\s+)?(?:previously\s+)?(?:obtained|achieved|derived|gained|experienced|"
                              r"benefit(?:t)?ed|responded|had)\b", re.I)
_EARLIER_LINE = lazy_compile(r"\b(?:first|second|prior|previous|earlier|initial|front)(?:[\s\-]+line)?\b[\s\-]*$", re.I)


@guard
def not_patients_history(m: MatchContext) -> bool:
    """The benefit is no claim about the marker when a relative clause tells what the enrolled patients had
    from an earlier line ("patients with KRAS wild-type mCRC who obtained clinical benefit from first-line
    panitumumab-based chemotherapy": the study's entry criteria, not evidence that the marker predicts
    response)."""
    marker, therapy = m.match.slots.get("marker", ()), m.match.slots.get("therapy", ())
    if not marker or not therapy:
        return True
    lo, start = m.tokens[max(marker)].end, m.tokens[min(therapy)].start
    if not _PRIOR_BENEFIT.search(m.text, lo, start):
        return True
    return not _EARLIER_LINE.search(m.text[max(lo, start - 40):start])


@guard
def not_carriers_earlier_response(m: MatchContext) -> bool:
    """The carriers are not named by what they had from an earlier therapy ("patients with HER2 amplification who
    previously had a response to trastuzumab were enrolled"): an entry criterion, not a trial of the therapy in
    them. Read between the carriers and the therapy."""
    ends = _carrier_tokens(m)
    therapy = m.match.slots.get("therapy", ())
    if not ends or not therapy or min(therapy) <= max(ends):
        return True
    return not _PRIOR_BENEFIT.search(m.text, m.tokens[max(ends)].end, m.tokens[min(therapy)].start)


def _marker_is_target(m: MatchContext) -> bool:
    """Every marker of the match names a gene (or its family) that a therapy of the match acts on."""
    vocab = m.reading.vocab
    markers = m.slot_entities.get("marker", ())
    therapies = m.slot_entities.get("therapy", ())
    if not markers or not therapies:
        return False
    targets = set().union(*(_acts_on(m, t) for t in therapies))
    for a in markers:
        gene = vocab.gene_entity(a.attr("gene") or "")
        if gene is None:
            return False
        if not targets & _gene_and_kin(vocab, gene):
            return False
    return True


@guard
def benefit_not_reduced(m: MatchContext) -> bool:
    """No verb or word of reduction stands between the marker and the word of benefit ("MSS tumours dampen responses
    to PD-1 blockade", "KRAS-mutant tumours show reduced responses to cetuximab"): a response lowered, impaired or
    limited is the opposite of a benefit, never a prediction of response. Nor is a benefit called the same as
    others' ("patients with high VEGF-D expression received similar benefit from bevacizumab"): the marker then
    makes no difference to the response.

    >>> sorted(_ALIKE_BENEFIT)[:3]
    ['comparable', 'equal', 'equivalent']
    """
    effect = m.first_cue("benefit_verb")
    marker = m.match.slots.get("marker") or m.match.slots.get("alteration") or ()
    if effect is None or not marker:
        return True
    if any(m.tokens[i].lower in _ALIKE_BENEFIT for i in range(max(marker) + 1, effect)):
        return False
    return not m.cue_in("reduce", max(marker) + 1, effect + 1)


# a benefit called no different from others' ("received similar benefit from A")
_ALIKE_BENEFIT = frozenset({"similar", "comparable", "same", "equal", "equivalent", "identical"})


@guard
def not_reduced(m: MatchContext) -> bool:
    """The matched words do not say the effect is reduced, impaired or undermined."""
    return not m.cue_in("reduce", m.match.start, m.match.end)


# a death called small or smaller than elsewhere ("showed less apoptosis", "little cell death")
_LESSER_DEATH = frozenset({"less", "little", "lower", "low", "fewer", "minimal", "marginal", "weaker", "weak", "slight",
                           "modest", "reduced", "decreased", "no"})


@guard
def death_not_lessened(m: MatchContext) -> bool:
    """The carriers' cells are not said to die less or little ("showed less apoptosis when exposed to A", "little
    cell death"): a lesser death says the cells withstand the therapy, not that they are vulnerable to it."""
    lo = m.match.cue_tokens.get("cells_show")
    hi = m.match.cue_tokens.get("killing_effect")
    if lo is None or hi is None:
        return True
    return not any(m.tokens[i].lower in _LESSER_DEATH for i in range(lo + 1, hi))


@guard
def not_no_less(m: MatchContext) -> bool:
    """The matched words do not deny a difference ("cetuximab was no less effective in patients with PIK3CA
    mutations"): a negated comparison says the therapy works as well in the carriers, not that it fails there;
    nor a degree ("regorafenib is not particularly active in KRAS-mutant tumours": active, only not above all there)."""
    k = m.match.cue_tokens.get("is_effective")
    if k is not None and 0 <= k < len(m.tokens) and m.tokens[k].lower in _DEGREE_OF_EFFECT:
        return False
    return not m.cue_in("no_less", m.match.start, m.match.end)


_DEGREE_OF_EFFECT = frozenset({"particularly", "especially", "selectively", "preferentially"})


@guard
def effect_not_lowered(m: MatchContext) -> bool:
    """Nothing from the match to the clause's end says the effect was reduced or lower ("the efficacy of cetuximab
    was lower in patients who progressed on FOLFOX" reports a loss, not a therapy tested against the failure)."""
    return not m.any_cue_in(("reduce", "lowered"), m.match.start, m.clause.hi)


@guard
def carried_as_finding(m: MatchContext) -> bool:
    """"cells resistant to cetuximab harboured MET amplification" says what the resistant cells carry; "patients
    refractory to chemotherapy and harbouring RAS mutations" lists two features of one population (the verb a
    participle, or joined by "and"/"or" to the resistance), and "resistant cells still carried BRAF V600E"
    what they kept from before, which say nothing of what caused the resistance."""
    k = m.first_cue("harbor")
    if k is None:
        return True
    if m.tokens[k].lower.endswith("ing") or (k > 0 and m.tokens[k - 1].lower == "still"):
        return False  # "... still carried BRAF V600E": what they had before, not what they gained
    therapy = m.match.slots.get("therapy")
    since = max(therapy) + 1 if therapy else m.match.start
    return not any(m.tokens[i].lower in ("and", "or") for i in range(since, k))


@guard
def carried_not_cell_content(m: MatchContext) -> bool:
    """What resistant tumours are seen to hold is a cause of the resistance when it is something they carry (an
    alteration, a raised molecule); the cells found in them ("resistant tumours showed high infiltration of Tregs",
    "resistant tumours displayed M2 macrophages") are an association of the infiltrate with resistance, not its
    cause."""
    for e in m.slot_entities.get("cause", ()):
        if e.category == "CellType":
            return False
        if e.category == "Biomarker" and e.attr("biomarker_kind") == "immune_infiltrate":
            return False
        if e.category == "ResistanceMechanism" and any(
                s.id == e.id and p == "involves" and o.category == "CellType"
                for s, p, o in (*(m.rec.implied if m.rec is not None else ()), *m.side)):
            return False
    return True


_OTHER_CELLS_BEFORE = {"sensitive", "parental", "both", "non-resistant", "nonresistant", "naive", "naïve"}


@guard
def resistant_cells_alone(m: MatchContext) -> bool:
    """The resistant cells are the subject on their own: not "both sensitive and resistant cells showed ...", nor
    "parental and resistant cells had ...", which says what every line carries, not what the resistant ones gained."""
    return not any(m.tokens[i].lower in _OTHER_CELLS_BEFORE for i in range(m.clause.lo, m.match.start))


_LIST_WORDS = {",", "and", "or", "as", "well", "plus", "/", "nor"}


def _share_in_brackets(toks, lo: int, hi: int) -> bool:
    """Whether a bracket opening in ``toks[lo:hi]`` starts with a number: a share or count given after a list item
    ("(96%)", "(n = 12)" starts with a letter and is left), not a short form ("(TPI)")."""
    return any(toks[k].text == "(" and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit() for k in range(lo, hi))


@guard
def apposition(m: MatchContext) -> bool:
    """"tivantinib, a MET inhibitor" is an apposition; "oxaliplatin, an anti-VEGF antibody or an
    anti-EGFR antibody" is a list of prior therapies (the drug follows another therapy after a list
    word, or the class is followed by one); "etrumadenant, the PD-1 inhibitor zimberelimab, and ..." is a
    list whose next item the class names (a drug right after the class: class_before_drug reads it); "irinotecan (96%), an
    anti-VEGF (79%)" is a list of items with their shares."""
    toks = m.tokens
    if _share_in_brackets(toks, max(m.match.slots["drug"]) + 1, min(m.match.slots["cls"])):
        return False  # "irinotecan (96%), an anti-VEGF (79%) or ...": items of a list with their shares
    nxt = max(m.match.slots["cls"]) + 1
    if nxt < len(toks) and "drug_word" in toks[nxt].cues and not toks[nxt].is_entity:
        nxt += 1
    if nxt < len(toks) and _is_drug(toks[nxt]):
        return False
    first = min(m.match.slots["drug"])
    k = first - 1
    if _known_member(m) or _parallel_apposition(m):
        # "nivolumab, a PD-1 inhibitor, and ipilimumab, a CTLA-4 inhibitor": a class the vocabulary puts the drug in,
        # set off after it, says what the drug is whatever list the drug stands in
        return True
    if k >= 0 and toks[k].lower in _LIST_WORDS - {"plus"}:  # "cetuximab plus tivantinib, a MET inhibitor" is one
        j = k
        while j >= 0 and not toks[j].is_entity and toks[j].lower in _LIST_WORDS | {"the", "a", "an"}:
            j -= 1
        if j >= 0 and any(e.category in THERAPY for e in toks[j].entities):
            return False
    last = max(m.match.slots["cls"])
    after = [t.lower for t in toks[last + 1:last + 3]]
    return not (after and after[0] in (",", "or", "and") and len(after) > 1 and after[1] in ("or", "and", "an", "a"))


def _is_drug(tok) -> bool:
    return tok.is_entity and any(e.category == "Drug" for e in tok.entities)


def _is_class(tok) -> bool:
    return tok.is_entity and any(e.category == "DrugClass" for e in tok.entities)


def _parallel_apposition(m: MatchContext) -> bool:
    """Two drugs joined by "and"/"or", each with its own class set off after it ("A, an anti-PD-L1 antibody, and
    B, an anti-CTLA-4 antibody, were combined"): each class says what the drug before it is, even where no list
    knows the drugs. A list of prior therapies gives its items no class of their own each ("irinotecan, an anti-VEGF
    antibody, and cetuximab" stays a list of three)."""
    toks = m.tokens
    first, last = min(m.match.slots["drug"]), max(m.match.slots["cls"])
    if len(m.match.slots["drug"]) != 1 or not all(_is_class(toks[i]) for i in m.match.slots["cls"]):
        return False

    def set_off(drug: int, hi: int) -> int | None:
        """The token of the class set off after the drug at ``drug`` (", a/an/the ... CLASS ,"), or None."""
        if drug + 2 >= len(toks) or toks[drug + 1].lower != "," or toks[drug + 2].lower not in ("a", "an", "the"):
            return None
        for j in range(drug + 3, min(drug + 8, hi, len(toks))):
            if _is_class(toks[j]):
                return j if j + 1 < len(toks) and toks[j + 1].lower == "," else None
            if toks[j].is_entity or toks[j].lower in _LIST_WORDS:
                return None
        return None

    if set_off(first, last + 1) != last:
        return False
    # forward: ", and B, a C2,"
    if last + 3 < len(toks) and toks[last + 2].lower in ("and", "or") and _is_drug(toks[last + 3]) and \
            set_off(last + 3, len(toks)) is not None:
        return True
    # backward: "A, a C1, and" before the drug
    if first >= 3 and toks[first - 1].lower in ("and", "or") and toks[first - 2].lower == "," and \
            _is_class(toks[first - 3]):
        for d in range(first - 5, max(first - 11, -1), -1):
            if _is_drug(toks[d]) and set_off(d, first - 2) == first - 3:
                return True
    return False


def _known_member(m: MatchContext) -> bool:
    """Whether the vocabulary puts every drug of the match in every class set off after it ("durvalumab, a PD-L1
    inhibitor, and tremelimumab": an apposition, then the drug's partner; "irinotecan, an anti-VEGF antibody, and
    cetuximab" lists three prior therapies, irinotecan in no such class)."""
    vocab = m.reading.vocab
    drugs = m.slot_entities.get("drug", ())
    classes = m.slot_entities.get("cls", ())
    return bool(drugs) and bool(classes) and all(vocab.in_class(d.id, c.id) for d in drugs for c in classes)


_TARGET_LIST_WORDS = {",", "and", "or", "either", "both", "the", "a", "an", "as", "well"}


@guard
def target_named_after_target_verb(m: MatchContext) -> bool:
    """"therapies targeting VEGF (bevacizumab) and EGFR (cetuximab and panitumumab)"; "agents that target
    angiogenesis (...) and the EGFR (cetuximab)"; "a monoclonal antibody against EGFR (cetuximab)": the target
    is one of the things a targeting verb before it names, each followed by the drugs that act on it in
    brackets (between the verb and the target only other such items and list words)."""
    toks = m.tokens
    k = min(m.match.slots["target"]) - 1
    while k >= m.clause.lo:
        t = toks[k]
        if "target_verb" in t.cues and not t.is_entity:
            return True
        if t.text == ")":  # an earlier item's drugs in brackets
            k = next((q for q in range(k - 1, max(m.clause.lo, k - 14) - 1, -1) if toks[q].text == "("), m.clause.lo) - 1
            continue
        if t.is_entity and any(e.category in ("Gene", "Molecule", "Pathway", "ResistanceMechanism") for e in t.entities):
            k -= 1
            continue
        if t.lower in _TARGET_LIST_WORDS:
            k -= 1
            continue
        # the verb's cue may span several words ("monoclonal antibody against"): its hit is on its first word
        return any("target_verb" in toks[q].cues and toks[q].cues["target_verb"] > k
                   for q in range(max(m.clause.lo, k - 3), k + 1))
    return False


_CLASS_NOUNS = {"agent", "agents", "antibody", "antibodies", "drug", "drugs", "inhibitor", "inhibitors", "mab", "mabs",
                "therapy", "therapies", "compound", "compounds"}
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "both": 2}
_BEFORE_CLASS_SKIP = {"the", "a", "an", "these", "this", "another", "other"}
_APPOSITION_AFTER = {",", ".", ")", ";", ":", "]"}


def _qualifier_start(toks, j: int, lo: int) -> int | None:
    """The first token of a ``class_qualifier`` cue ("selective", "second-generation") that ends at token
    ``j``, or None."""
    for q in range(j, max(lo, j - 3) - 1, -1):
        end = toks[q].cues.get("class_qualifier")
        if end is not None and end == j + 1:
            return q
    return None


@guard
def class_apposed_drugs(m: MatchContext) -> bool:
    """"Anti-EGFR antibody agents, cetuximab and panitumumab, demonstrated ..."; "two anti-EGFR agents, cetuximab
    and panitumumab,"; "a thymidine phosphorylase inhibitor, tipiracil": the drugs after the comma name the
    class's members. Not a list of therapies ("chemotherapy, cetuximab and bevacizumab were given"; "with an
    SHP2 inhibitor, cetuximab exerts ..."): between the class and the comma only a class noun or a parenthesis;
    a plural class (or a count word before it: "two ... agents," and as many drugs) for several drugs, a
    singular class after an article for one; the class does not follow a list word or a preposition; and the
    drugs end the apposition (a comma, a full stop or the sentence's end)."""
    toks = m.tokens
    cls = max(m.match.slots["cls"])
    drugs = m.match.slots["drug"]
    comma = min(drugs) - 1
    if comma <= cls or toks[comma].text != ",":
        return False
    plural = toks[cls].text.rstrip(")").endswith(("s", "S")) and not toks[cls].text.endswith(("ss", "sis"))
    k = cls + 1
    while k < comma:  # "(EGFR) agents": an abbreviation in brackets and class nouns only
        t = toks[k]
        if t.text == "(":
            close = next((q for q in range(k + 1, comma) if toks[q].text == ")"), None)
            if close is None or close - k > 3:
                return False
            k = close + 1
            continue
        if t.lower not in _CLASS_NOUNS:
            return False
        plural = t.lower.endswith("s")
        k += 1
    j = min(m.match.slots["cls"]) - 1
    count = None
    article = False
    while j >= m.clause.lo and not toks[j].is_entity:
        if toks[j].lower not in _BEFORE_CLASS_SKIP | set(_COUNT_WORDS):
            start = _qualifier_start(toks, j, m.clause.lo)
            if start is None:
                break
            j = start - 1  # "the second-generation mTOR inhibitor, PP242,": a word that only qualifies the class
            continue
        if toks[j].lower in _COUNT_WORDS:
            count = _COUNT_WORDS[toks[j].lower]
        # a singular class after an article, definite too ("the MEK inhibitor, trametinib,")
        article = article or toks[j].lower in ("a", "an", "one", "another", "the", "this")
        j -= 1
    n = len(drugs)
    if count is not None:
        if count != n:
            return False
    else:
        # after a list word only "and a CLASS, DRUG" (one drug named for a singular class)
        listed = _LIST_WORDS - {",", "and"} if article and n == 1 else _LIST_WORDS
        if j >= m.clause.lo and (toks[j].is_entity or toks[j].lower in listed | {"with", "of", "to", "than", "by",
                                                                                 "between", "versus", "vs", "+"}):
            return False
        if n > 1 and not plural or n == 1 and (plural or not article):
            return False
    last, before_last = sorted(drugs)[-1], (sorted(drugs)[-2] if n > 1 else None)
    if before_last is not None and any(toks[q].text == "," and toks[q + 1].lower in ("and", "or")
                                       for q in range(before_last + 1, last - 1)):
        return False  # "using fluoropyrimidines, irinotecan, and bevacizumab": a serial comma ends a list of three items
    end = max(drugs) + 1
    if end + 2 < min(m.clause.hi, len(toks)) and toks[end].text == "," and toks[end + 1].lower in ("and", "or") and \
            any(e.category in ("Drug", "Regimen") for e in toks[end + 2].entities):
        return False  # "the MEK inhibitor, PP242, and irinotecan": a list of therapies goes on
    return end >= m.clause.hi or end >= len(toks) or toks[end].text in _APPOSITION_AFTER


@guard
def marker_is_the_subject(m: MatchContext) -> bool:
    """The marker is what "predicts": the entity next to the verb, or, when the verb is coordinated ("POLE
    proofreading deficiency leads to a high TMB ... and predicts anti-PD-1 efficacy"), the clause's first."""
    slot = m.match.slots.get("marker")
    cue = m.first_cue("predict", "negative_marker_of", "response_determinant")
    if not slot or cue is None:
        return True
    cats = m.rule.slots["marker"].categories
    first = min(slot)
    others = [i for i in range(max(slot) + 1, cue) if any(e.category in cats for e in m.tokens[i].entities)]
    if cue > 0 and m.tokens[cue - 1].lower == "and":
        lead = next((i for i in range(m.clause.lo, cue) if m.tokens[i].entities), None)
        return lead == first
    return not others


@guard
def marker_leads_clause(m: MatchContext) -> bool:
    """The marker is the subject a coordinated predicate is said of: the clause's first entity, with no other
    marker or therapy named between it and the joining word ("RAS mutations, found in tumours resistant to
    cetuximab, and BRAF ..." joins nouns, not predicates)."""
    slot = m.match.slots.get("marker")
    join = m.first_cue("pr_coordinated")
    if not slot or join is None:
        return False
    first = min(slot)
    lead = next((i for i in range(m.clause.lo, join) if m.tokens[i].entities), None)
    if lead != first:
        return False
    if re.search(r"\bwith\s*$", m.text[max(0, m.tokens[first].start - 12):m.tokens[first].start], re.I):
        return False  # "patients ... with wild-type KRAS mCRC, ..., frailty and/or ineligibility for chemotherapy": whom
        # the trial took, no subject of a predicate
    between = range(max(slot) + 1, join)
    named = {"Biomarker", "Alteration", "Drug", "DrugClass", "Regimen"}
    return not any(e.category in named for i in between for e in m.tokens[i].entities)


@guard
def broader_class(m: MatchContext) -> bool:
    """The first class is a parent of the second in the vocabulary ("immune checkpoint blockade with the
    anti-PD-1 antibody ..."); "chemotherapy with the anti-EGFR antibody cetuximab" names two treatments."""
    parents = m.reading.vocab.drug_classes
    broad = {e.id for e in m.slot_entities.get("cls", ())}
    return any(broad & set(parents.get(e.id, ())) for e in m.slot_entities.get("sub", ()))


@guard
def class_with_target(m: MatchContext) -> bool:
    """The class names what it acts on ("HER2 blockade"), not a kind of treatment ("chemotherapy"), or it
    is one the vocabulary already places every drug named in ("antiangiogenic therapy with bevacizumab")."""
    vocab = m.reading.vocab
    classes = m.slot_entities.get("cls", ())
    for cls in classes:
        if vocab.drug_targets.get(cls.id) or any(s.id == cls.id and p == "targets" for s, p, _ in m.rec.implied):
            return True
    drugs = m.slot_entities.get("drug", ())
    return bool(classes and drugs) and all(vocab.in_class(d.id, c.id) for d in drugs for c in classes)


_TO_PROMOTER = lazy_compile(r"\s*(?:to|onto|at)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:promoters?|enhancers?|chromatin|"
                            r"binding sites?)\b", re.I)


@guard
def not_recruited_to_promoter(m: MatchContext) -> bool:
    """"X promotes the recruitment of Nrf2 to the promoter of GPX4": the factor is brought to another gene's
    promoter; its own level or activity is not what X raises (the gene regulated is the promoter's)."""
    idx = m.match.slots.get("target") or []
    if not idx:
        return True
    return not _TO_PROMOTER.match(m.text, m.tokens[max(idx)].end)


@guard
def plain_subject(m: MatchContext) -> bool:
    """Nothing but plain words between the acting entity and its verb: no comma, parenthesis or
    conjunction that would make it the object of an earlier verb ("By outcompeting CD28, CTLA-4
    inhibits ..."; "ramucirumab binds VEGFR-2 (KDR) and blocks ...")."""
    actor = max(m.match.slots.get("actor") or [-1])
    if actor < 0:
        return True
    # past a participle aside between the subject and its verb (", secreted by fibroblasts in the stroma,")
    i = participle_aside_end(m.tokens, actor + 1, m.match.end) or actor + 1
    if i < m.match.end and EXCLUSION_CUE in m.tokens[i].cues:
        i = m.tokens[i].cues[EXCLUSION_CUE]  # past ", but not EGF," (builders/asides.py)
    while i < m.match.end:
        t = m.tokens[i]
        if t.is_entity:
            break
        if t.lower in (",", "and", "or", ")", "(", ";", "which", "that", "but"):
            return False
        if any(lex in t.cues for lex in ("activate", "recruit", "inhibit", "secrete", "activated_by", "inhibited_by")):
            break
        i += 1
    return True


# what may come just before the subject of "X is a ... that ...": the clause's start or a word that opens one
_KIND_SUBJECT_OPENERS = frozenset({"the", "while", "whereas", "although", "though", "because", "since", "as",
                                   "that", "thus", "hence", "moreover", "furthermore", "indeed", ":", ";"})


@guard
def kind_subject(m: MatchContext) -> bool:
    """"PD-1 (CD279), primarily expressed on activated T cells, is an inhibitory receptor that ...": the acting
    entity is the subject of the copula. It opens its clause (no list, preposition or verb before it), and
    between it and "is" there is nothing, or an aside set off by commas that opens with a participle
    ("expressed on ...", "primarily expressed on ..."), so an entity named inside the aside is not the subject."""
    idx = m.match.slots.get("actor") or []
    copula = m.match.cue_tokens.get("sg_is_kind")
    if not idx or copula is None:
        return True
    first, last = min(idx), max(idx)
    toks = m.tokens
    if not _opens_clause(m, first):
        return False
    between = [t.lower for t in toks[last + 1:copula]]
    if between[:1] == ["("] and ")" in between:
        between = between[between.index(")") + 1:]
    if not between or between == [","]:
        return True
    if between[0] != "," or between[-1] != "," or "which" in between or "that" in between:
        return False
    head = between[1:3]
    return bool(head) and (head[0].endswith("ed") or (head[0].endswith("ly") and len(head) > 1
                                                       and head[1].endswith("ed")))


def _opens_clause(m: MatchContext, first: int) -> bool:
    """The entity at token ``first`` opens its clause: nothing before it, or a word that opens one; a word that
    only says which form of the protein is meant ("Soluble VEGFR-1 acts as ...", "mutant KRAS is ...") belongs to
    the subject."""
    if first > m.clause.lo and m.tokens[first - 1].lower in _SUBJECT_FORM_WORDS:
        first -= 1
    return first <= m.clause.lo or m.tokens[first - 1].lower in _KIND_SUBJECT_OPENERS


# a protein's form named before it in its own noun phrase
_SUBJECT_FORM_WORDS = frozenset({"soluble", "circulating", "secreted", "membrane-bound", "mutant", "mutated",
                                 "wild-type", "truncated", "phosphorylated"})


@guard
def dash_aside_subject(m: MatchContext) -> bool:
    """"MAPK pathway activation—secondary to RAS mutations—enhances PD-L1 expression": the acting entity before
    an aside set off by dashes is the subject of the verb after it when it opens its clause (not the object of
    an earlier verb or the last item of a list)."""
    idx = m.match.slots.get("actor") or []
    return not idx or _opens_clause(m, min(idx))


@transform(lambda cats: set(cats))
def as_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The therapy a mechanism makes fail, as named (no transform of its own)."""
    return entity


# -- signalling (added by the signal branch) ---------------------------------------------------------
# Who acts on whom in a signalling sentence, without a parser: the acting entity is the subject of
# its verb (not the object of an earlier verb, not inside a prepositional phrase, not a modifier of a
# noun such as "T cell activity"), and the entity acted on is not itself a modifier ("YAP1-mediated").
_SG_PREP = {"of", "by", "in", "on", "from", "with", "to", "into", "against", "among", "for", "through", "via",
            "under", "upon", "after", "during", "within", "without", "between", "across", "toward", "towards",
            "at", "than", "versus", "vs", "despite", "including", "like", "over", "onto"}
# determiners and the quantifiers that stand where one does ("targeting of two KRAS-mediated pathways")
_SG_DET = {"the", "a", "an", "this", "these", "those", "that", "its", "their", "his", "her", "such", "both", "all",
           "two", "three", "several", "multiple", "various"}
_SG_DASH = {"-", "–", "—", "‐", "‑"}
_SG_VERB_CUES = ("activate", "recruit", "inhibit", "secrete", "reduce", "target_verb", "targeting", "confer", "overcome",
                 "combine", "activated_by", "inhibited_by", "sg_sponge", "sg_express_means", "sg_secrete_means",
                 "sg_activate_means", "sg_inhibit_means")
# heads of "X of Y" after which Y still acts ("overexpression of MET activates ...")
_SG_LEVEL_HEADS = {"expression", "overexpression", "activation", "hyperactivation", "upregulation", "up-regulation",
                   "accumulation", "level", "levels", "secretion", "production", "release", "presence",
                   "amplification", "infiltration", "abundance", "stimulation", "phosphorylation", "signaling",
                   "signalling", "activity", "induction", "enrichment", "recruitment", "gain"}
# nouns after an entity that make it a modifier or reverse what it does ("PTEN loss", "YAP1 suppression")
_SG_ADJ_ENDINGS = ("ive", "ous", "ic", "ary", "ory")
# adjectives of place or kind that may stand between a preposition and the entity it governs ("in intratumoral T cells")
_SG_PLACE_ADJ_ENDINGS = ("al", "ive", "ous", "ic", "ary", "ory")
_SG_CELL_ACTIVITY = {"function", "functions", "activity", "activities", "proliferation", "cytotoxicity", "survival",
                     "maturation", "activation", "expansion", "infiltration", "recruitment", "differentiation"}
_SG_PATIENT_NOUNS = {"inhibition", "inhibitions", "inhibitor", "inhibitors", "blockade", "suppression", "depletion",
                     "loss", "knockdown", "silencing", "deletion", "knockout", "deficiency", "downregulation",
                     "down-regulation", "degradation", "exhaustion", "dysfunction", "impairment", "reduction",
                     "decrease", "targeting", "antagonist", "antagonists", "antibody", "antibodies", "therapy",
                     "therapies", "cell", "cells", "inactivation", "disruption", "ablation", "uptake",
                     "ubiquitination", "ubiquitylation", "proteolysis", "destabilization", "destabilisation",
                     "resistance", "sensitivity", "blocker", "blockers", "mutation", "mutations", "'", "’",
                     "chemokines", "ligand", "ligands", "receptor", "receptors", "antigen", "antigens", "deprivation",
                     # (s56) "repressed five Wnt negative regulators": what is lowered holds the pathway back
                     "negative", "regulator", "regulators", "repressor", "repressors", "suppressor", "suppressors",
                     "apoptosis", "death", "anergy", "exclusion", "killing", "lysis", "senescence", "arrest",
                     # s43 act: a protein's removal raised ("to promote MCL1 turnover") lowers the protein
                     "turnover", "clearance", "catabolism", "breakdown", "destruction", "elimination"}
_SG_BE = frozenset(("is", "are", "was", "were", "be", "been", "being"))
_SG_PRONOUNS = {"it", "they", "we", "he", "she"}
_SG_BETWEEN = _SG_BE | {"can", "could", "may", "might", "will", "would", "shall", "should", "must", "does", "do",
                        "did", "has", "have", "had", "also", "further", "then", "thus", "thereby", "therefore",
                        "not", "both", "each", "all", "alone", "itself", "themselves", "in", "turn", "often",
                        "further", "subsequently", "consequently", "still", "even", "to", "was", "were", "that",
                        ",", "which", "who",
                        # "beta-catenin signalling suppresses ...": the gene's signalling is the subject
                        "signaling", "signalling", "signal", "signals", "activity",
                        # "KRAS* represses IRF2": the asterisk that marks the oncogenic form
                        "*",
                        # "M2 macrophages are known to secrete IL-10": what is known or shown of the subject
                        "known", "able", "shown", "reported"}
_SG_NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments")


def _sg_prev(m: MatchContext, i: int) -> int:
    """The token before entity token ``i`` (skipping determiners), or -1 at the clause start."""
    k = i - 1
    while k >= m.clause.lo and m.tokens[k].lower in _SG_DET and not m.tokens[k].is_entity:
        k -= 1
    return k if k >= m.clause.lo else -1


def _sg_after(m: MatchContext, i: int) -> int:
    """The token after entity token ``i`` (skipping one parenthesis), or -1 at the clause end."""
    toks = m.tokens
    k = i + 1
    if k < m.clause.hi and toks[k].text in ("(", "["):
        close = next((q for q in range(k + 1, min(k + 14, m.clause.hi)) if toks[q].text in (")", "]")), None)
        if close is not None:
            k = close + 1
    return k if k < m.clause.hi else -1


def _sg_anaphor_ok(m: MatchContext, i: int) -> bool:
    """A pronoun resolved to an entity named earlier in the same sentence stands for it only when that
    entity was named as a subject ("These cells impair T cell function ... while they also promote":
    "they" is not the T cells)."""
    t = m.tokens[i]
    if t.mention is not None or not t.entities:
        return True
    ids = {e.id for e in t.entities}
    for k in range(0, i):
        tk = m.tokens[k]
        if tk.mention is not None and {e.id for e in tk.entities} & ids:
            return _sg_subject_like(m, k, k) if m.clause.lo <= k else True
    return True


def _sg_has_verb_cue(token) -> bool:
    return any(lex in token.cues for lex in _SG_VERB_CUES)


def _sg_governed(m: MatchContext, i: int) -> bool:
    """Is the noun phrase starting at token ``i`` the object of a verb or a preposition before it?
    "Activated fibroblasts" (a participle opening the phrase) is not; "the recruitment of TAMs" is
    governed when "the recruitment" is."""
    toks = m.tokens
    p = _sg_past_like_adjective(m, _sg_prev(m, i))
    if p >= m.clause.lo + 2 and toks[p].lower in _SG_SOURCE_PARTICIPLES and toks[p - 1].text in _SG_DASH:
        return _sg_governed(m, p - 2)  # "CAF-derived IL-6 activates ...": the compound opens the phrase
    q = p
    while q >= 0 and not toks[q].is_entity and not toks[q].cues and toks[q].lower.endswith(_SG_ADJ_ENDINGS):
        q = _sg_prev(m, q)
    if q != p and q >= 0 and not toks[q].is_entity and _sg_has_verb_cue(toks[q]) and toks[q].lower.endswith("ing"):
        return True  # "by depleting immunosuppressive TAMs": an adjective does not end the verb's reach
    r = p
    while r >= 0 and p - r < 3 and not toks[r].is_entity and not toks[r].cues and toks[r].lower.endswith(_SG_PLACE_ADJ_ENDINGS):
        r = _sg_prev(m, r)
    if r != p and r >= 0 and toks[r].lower in _SG_PREP and toks[r].lower != "of" and not toks[r].is_entity:
        return True  # "in intratumoral CD4+ T cells increased ...": an adjective does not hide the preposition
    while p >= 0 and toks[p].lower.endswith("ed") and _sg_has_verb_cue(toks[p]) and not toks[p].is_entity:
        q = _sg_prev(m, p)
        if q >= 0 and not (toks[q].lower in (",", "(", ":") or toks[q].lower in _SG_PREP):
            break
        p = q  # an adjectival participle at the head of the phrase ("activated T cells")
    if p < 0:
        return False
    low = toks[p].lower
    start = next((k for k in range(max(m.clause.lo, p - 2), p + 1) if toks[k].cues.get("such_as") == p + 1), None)
    if start is not None:
        # "transcription factors such as STAT3 contribute ...": governed as the head noun is
        j = start - 1
        while j >= m.clause.lo and start - j <= 4 and not toks[j].is_entity and toks[j].lower not in _SG_PREP and \
                not _sg_has_verb_cue(toks[j]) and toks[j].lower.isalpha():
            j -= 1
        return j >= m.clause.lo and _sg_governed(m, j + 1)
    if low in _SG_DASH or _sg_has_verb_cue(toks[p]) or low in _SG_GOVERNING_PARTICIPLES or \
            toks[p].is_entity and toks[p].text.endswith("-"):
        return True
    if low in _SG_PREP:
        if low != "of":
            return True
        head = p - 1
        if head < m.clause.lo or toks[head].lower not in _SG_LEVEL_HEADS:
            return True
        return _sg_governed(m, head)
    return False


# participles that take the noun phrase after them as their object inside a larger noun phrase ("vertical blockade
# strategies involving the MAPK pathway through the inhibition of BRAF", "regimens including cetuximab"): the entity
# after them is no subject of the clause
_SG_GOVERNING_PARTICIPLES = frozenset({"involving", "targeting", "including", "concerning", "regarding", "containing",
                                       "comprising", "combining"})


# participles that join a source or an output to a noun by a hyphen ("CAF-derived IL-6", "IL-10-producing Tregs"):
# the compound is an adjective of the phrase, not a verb that governs it
_SG_SOURCE_PARTICIPLES = frozenset({"derived", "secreted", "produced", "generated", "released", "producing",
                                    "secreting", "expressing"})


def _sg_past_like_adjective(m: MatchContext, p: int) -> int:
    """Token ``p`` ends an adjective formed with "-like" ("M2-like", "stem-like") before the phrase: the
    token before that adjective (the "like" is no preposition), else ``p``."""
    toks = m.tokens
    if p >= m.clause.lo + 2 and toks[p].lower == "like" and toks[p - 1].text in _SG_DASH and \
            not toks[p - 2].is_entity:
        return _sg_prev(m, p - 2) if p - 2 > m.clause.lo else -1
    return p


def _sg_subject_like(m: MatchContext, first: int, last: int) -> bool:
    """Entity tokens ``first..last`` (a list) stand where a subject stands: no preposition or verb
    before them (except "expression of X"), and no noun after them that makes them a modifier."""
    if _sg_governed(m, first) or _sg_in_opening_phrase(m, first, last):
        return False
    toks = m.tokens
    a = _sg_after(m, last)
    if a >= 0:
        low = toks[a].lower
        if low in _SG_NOUN_OR_VERB and _SG_PLURAL_END.search(toks[last].text):
            return True  # "KRAS mutations decrease the expression of PD-L1": after a plural, a verb
        if low in _SG_PATIENT_NOUNS or low in ("-", "‐", "‑") or low in _SG_PREP and low not in ("by", "through", "via"):
            return False
    return True


# prepositions that open a phrase set before the clause's subject ("Among the factors that affect CAFs, cytokines ...")
_SG_OPENING_PREPS = frozenset({"among", "amongst", "in", "within", "for", "from", "during", "after", "upon", "despite",
                               "like", "unlike", "with", "without", "through", "by", "across", "under", "at", "on",
                               "besides", "beyond", "following"})
# how far the opening phrase may run before its comma
_SG_OPENING_REACH = 30


def _sg_in_opening_phrase(m: MatchContext, first: int, last: int) -> bool:
    """Entity tokens ``first..last`` stand inside the prepositional phrase the clause opens with, closed by a comma
    after them ("Among the many factors that affect CAFs, different cytokines mediate their function by activating
    STAT"): the subject comes after that comma, the entity inside the phrase is not it."""
    toks = m.tokens
    lo = m.clause.lo
    if toks[lo].lower not in _SG_OPENING_PREPS or first - lo > _SG_OPENING_REACH:
        return False
    if any(toks[k].lower in (",", ";", ":") for k in range(lo, first)):
        return False
    return any(toks[k].lower == "," for k in range(last + 1, min(m.clause.hi, lo + _SG_OPENING_REACH)))


# a patient noun that is also a verb: after a plural subject ("mutations decrease", "Tregs decrease") it is the verb,
# after a singular name ("PD-L1 decrease") the head of a noun phrase
_SG_NOUN_OR_VERB = {"decrease"}
_SG_PLURAL_END = lazy_compile(r"[a-z]s$")


def _sg_slot(m: MatchContext, *names: str):
    """The first of ``names`` the match captured; with no names, the pattern's first slot (the actor
    of an active statement)."""
    if not names:
        from builders.engine import Slot
        first = next((e.name for e in m.rule.elements if isinstance(e, Slot)), None)
        names = (first,) if first else ()
    for n in names:
        if m.match.slots.get(n):
            return n, m.match.slots[n]
    return None, None


def _sg_verb(m: MatchContext) -> int:
    verb = m.first_cue("activate", "inhibit", "secrete", "sg_lead_to", "recruit")
    return -1 if verb is None else verb


def _sg_target_verb(m: MatchContext) -> int:
    """The verb that acts on the entity acted on: the match's verb, or the raise its purpose names ("binds X to
    activate Y", # s43 act)."""
    v = _sg_verb(m)
    if v < 0:
        to = m.first_cue("a43_to_raise")
        v = -1 if to is None else to
    return v


@guard
def actor_is_agent(m: MatchContext) -> bool:
    """The acting entity is the subject of the verb: not the object of an earlier verb ("reduce T cell
    activity by expressing ..."), not inside a prepositional phrase ("the expansion of MDSCs through the
    secretion of ..."), not a modifier ("NK cell-recruiting", "YAP1 suppression"); the verb is a verb
    ("T cell suppression" is a noun) in the active voice ("drug efflux induced by ..." is passive; so is
    "upregulation of PD-L1 was mediated by NRF2 activation": the process after "by" carries the change out)."""
    _, idx = _sg_slot(m)
    if not idx:
        return True
    first, last = min(idx), max(idx)
    toks = m.tokens
    if _lowered_by_role(m, first) is not None:
        return False  # "knockdown of the STAT3 phosphatase, PTPRD, raised ...": the knockdown acts, not PTPRD
    if _SG_LOWERED_ACTOR.search(m.text, max(0, toks[first].start - 40), toks[first].start):
        return False  # "reduced DUSP6 activity leads to ERK activation": the entity's fall acts, not the entity
    head = [t.lower for t in toks[last + 1:last + 3]]
    if head[:1] in (["which"], ["that"], ["who"]) or head[:2] in ([",", "which"], [",", "that"], [",", "who"]):
        # "... exhausted CD8+ T cells, which secrete IFN-gamma": a relative clause on the entity just named
        return relative_actor(m)
    if not _sg_subject_like(m, first, last) or not _sg_anaphor_ok(m, first):
        return False
    v = _sg_verb(m)
    if v < 0:
        v = m.first_cue("sg_carries_out")  # "mediates", "catalysed", "is responsible for"
        if v is None:
            return True
    word = toks[v].lower
    if _sg_lex(m, v) in ("activate", "inhibit") and word.endswith(_SG_NOUN_ENDINGS):
        return False
    between = [t.lower for t in toks[last + 1:v]]
    able = m.match.cue_tokens.get("sg_able_to")
    if able is not None and last < able < v:  # "HGF is able to activate MET": the capacity words are the verb's
        between = [t.lower for t in toks[last + 1:able]] + [t.lower for t in toks[toks[able].cues["sg_able_to"]:v]]
    if between and between[0] in _SG_DASH:
        return False
    if any(w in _SG_PRONOUNS for w in between):
        return False  # "... such as CCL4 while it increases CD47": a new subject
    if _sg_raises_own_output(between, word):
        return True  # "CAFs increased their secretion of EGF": the cells secrete, and more of it
    if len(between) <= 3 and any(w not in _SG_BETWEEN and not w.endswith("ly") for w in between):
        return False  # "X due to ...", "X in turn ...": not the subject of the verb
    end = toks[v].cues.get(_sg_lex(m, v), v + 1)
    verb = toks[end - 1].lower if end > v else word  # the verb of a cue led by an adverb ("negatively regulated")
    if any(w in _SG_BE for w in between) and verb.endswith("ed"):
        return False
    if verb.endswith("ed") and end < len(toks) and toks[end].lower in ("by", "from"):
        return False  # "drug efflux induced by ...", "ERK is negatively regulated by DUSP6": passive
    return True


# the fall of the entity named next ("reduced DUSP6 activity", "a decrease in PTEN levels", "loss of the ..."): it is
# the fall that acts (signalling.lowered_gene_raises reads it)
_SG_LOWERED_ACTOR = lazy_compile(r"\b(?:reduced|decreased|diminished|impaired|lower|low|lack\s+of|loss\s+of|"
                                 r"absence\s+of|(?:a\s+)?(?:decrease|reduction|fall|drop)\s+(?:in|of))"
                                 r"\s+(?:the\s+)?$", re.I)
_SG_RAISE_VERBS = frozenset({"increased", "increases", "increase", "enhanced", "enhances", "enhance", "augmented",
                             "augments", "boosted", "boosts", "elevated", "elevates", "upregulated", "upregulates"})
_SG_NOMINAL_OUTPUT = frozenset({"secretion", "release", "production"})


def _sg_raises_own_output(between: list[str], verb: str) -> bool:
    """The subject raises its own output, named by a noun ("increased their secretion of", "enhanced the
    production of"): it is still the one that secretes."""
    return verb in _SG_NOMINAL_OUTPUT and 1 <= len(between) <= 2 and between[0] in _SG_RAISE_VERBS and \
        all(w in ("their", "its", "the") for w in between[1:])


def _sg_lex(m: MatchContext, v: int) -> str:
    for lex in ("activate", "inhibit", "secrete", "sg_lead_to", "recruit"):
        if m.match.cue_tokens.get(lex) == v:
            return lex
    if m.match.cue_tokens.get("a43_to_raise") == v:
        return "activate"  # s43 act: "binds X to activate Y" raises Y
    return ""


# a cell's death ("apoptosis of T cells", "T cell apoptosis"): what raises it lowers the cells (signalling.actor_kills_cells)
_SG_DEATH_WORDS = frozenset({"apoptosis", "death", "pyroptosis", "ferroptosis", "necroptosis"})


def _sg_death_before(m: MatchContext, first: int) -> bool:
    """A death word stands between the match's verb and the entity acted on ("induce apoptosis in both APCs and
    cytotoxic T cells"): the verb acts on the death, not on the entity."""
    v = _sg_target_verb(m)
    return 0 <= v < first and any(m.tokens[k].lower in _SG_DEATH_WORDS for k in range(v + 1, first))


def _sg_lowering_before(m: MatchContext, first: int) -> bool:
    """A lowering noun stands between the match's verb and the entity acted on ("induces downregulation of STAT1",
    "promotes the degradation of MCL1"): the verb raises the fall, so it does not act on the entity the way it says
    (# s43 act)."""
    v = _sg_target_verb(m)
    return 0 <= v < first and any("inhibition_noun" in m.tokens[k].cues for k in range(v + 1, first))


def _sg_opposite_verb_before(m: MatchContext, first: int) -> bool:
    """A second verb of the other direction, joined to the match's verb, acts on the entity ("AKT phosphorylates
    and inactivates GSK3B"): the first verb alone does not say which way the entity goes."""
    v = _sg_verb(m)
    opposite = {"activate": "inhibit", "inhibit": "activate"}.get(_sg_lex(m, v)) if v >= 0 else None
    if opposite is None:
        return False
    toks = m.tokens
    return any(toks[k].lower in ("and", "or") and opposite in toks[k + 1].cues for k in range(v + 1, first - 1))


# a marker sign right after a molecule (past its bracketed short form): "interferon-gamma (IFN-γ)+", "IL-17-positive"
_MARKER_SIGN = lazy_compile(r"\s*(?:\([^()]{1,20}\))?\s*\)?\s*(?:\+|[-\s]positive\b|[-\s]producing\b|[-\s]secreting\b)")


def _marker_of_cells_after(m: MatchContext, i: int) -> bool:
    """Does molecule token ``i`` name a marker of the cells named right after it ("the accumulation of IFN-γ+ CD8+
    tumour-infiltrating lymphocytes", "IL-17-producing T cells")? A population named by what its cells make or carry
    is the cells: a rise in their number is no rise of the molecule.

    (a cell type within the next few tokens after the marker sign; other markers may stand between)"""
    toks = m.tokens
    sign = _MARKER_SIGN.match(m.text, toks[i].end)
    if sign is None:
        return False
    for k in range(i + 1, min(i + 12, m.clause.hi)):
        if toks[k].start < sign.end():
            continue
        if any(e.category == "CellType" for e in toks[k].entities):
            return True
        if toks[k].lower in (",", ";", "and", "or", "which", "that"):
            return False
    return False


@guard
def target_is_patient(m: MatchContext) -> bool:
    """The entity acted on is not a modifier of another noun ("YAP1-mediated resistance", "glucose
    uptake", "CXCR3 chemokines") and the sentence does not say the reverse ("X inhibitors")."""
    _, idx = _sg_slot(m, "target", "molecule")
    if not idx:
        return True
    toks = m.tokens
    if _sg_death_before(m, min(idx)) or _sg_opposite_verb_before(m, min(idx)) or _sg_lowering_before(m, min(idx)):
        return False
    if _sg_lex(m, _sg_target_verb(m)) in ("activate", "inhibit") and \
            any(e.category == "Biomarker" and e.name.lower().startswith("low ") for e in m.slot_entities.get("target", ())):
        return False  # s43 act: "induces low AXL expression" lowers AXL: no raise of it (and no lowering of a fall)
    if _marker_of_cells_after(m, max(idx)):
        return False  # "increased IFN-γ+ CD8+ T cells": the cells counted, not the cytokine they make
    a = _sg_after(m, max(idx))
    if a < 0:
        return True
    low = toks[a].lower
    if low in _SG_DEATH_WORDS:
        return False  # "induce T cell apoptosis": the cells' death is raised, not the cells
    if low in _SG_DASH:
        nxt = toks[a + 1] if a + 1 < m.clause.hi else None
        return not (nxt is not None and ("hyphen_cause" in nxt.cues or nxt.lower.endswith(("ing", "ed"))))
    if low in ("'", "’") and a + 1 < m.clause.hi and toks[a + 1].lower in _SG_CELL_ACTIVITY:
        return True  # "inhibit T and NK cells' function": what the cells do is what is lowered
    return low not in _SG_PATIENT_NOUNS or low in ("cell", "cells")


@guard
def not_functional_opposition(m: MatchContext) -> bool:
    """"Counteract" said of a gene by a gene names two actors that work against each other on the same process
    ("the lipid kinase PIK3CA counteracts PTEN": PI3K makes the lipid PTEN removes), not that one lowers the other's
    amount or activity; with a pathway, a process or a named activity as the object ("counteracts MAPK signalling",
    "counteracts the activity of SRC", "counteracts PTEN function") the word lowers it and stands.

    Only the gene-to-gene opposition is refused: a drug, cell or molecule that counteracts a gene keeps the reading."""
    cue = m.first_cue("inhibit")
    if cue is None or not m.tokens[cue].lower.startswith("counteract"):
        return True
    actor, target = m.slot_entities.get("actor", ()), m.slot_entities.get("target", ())
    if not actor or not target or not all(e.category == "Gene" for e in (*actor, *target)):
        return True
    _, idx = _sg_slot(m, "target", "molecule")
    if not idx or min(idx) != cue + 1:
        return True  # words between the verb and the gene ("the activity of") name what is lowered
    a = _sg_after(m, max(idx))
    return a >= 0 and (m.tokens[a].lower in _SG_CELL_ACTIVITY or m.tokens[a].lower in _OPPOSED_PROCESS_WORDS)


_OPPOSED_PROCESS_WORDS = frozenset({"signalling", "signaling", "pathway", "pathways", "axis", "cascade", "expression",
                                    "effect", "effects", "levels", "level", "phosphorylation", "action", "actions"})


# prepositions that place a raised or lowered expression in a cell or tissue ("the expression of TOX in T cells")
_SG_LOCATIVE_PREPS = frozenset({"in", "within", "on", "inside"})


@guard
def target_not_location(m: MatchContext) -> bool:
    """"VEGF-A induces the expression of TOX in T cells": the cells after "in" are where the level is raised, not
    what is raised. The entity acted on does not stand after a locative preposition (past up to two plain words,
    "in tumour-infiltrating T cells") that follows the level noun."""
    _, idx = _sg_slot(m, "target")
    if not idx:
        return True
    toks = m.tokens
    k = min(idx) - 1
    plain = 0
    while k > m.clause.lo and plain < 2 and not toks[k].is_entity and toks[k].lower not in _SG_LOCATIVE_PREPS and \
            toks[k].lower.isalpha() and toks[k].lower not in _SG_PREP and not toks[k].cues:
        k -= 1
        plain += 1
    return not (k >= m.clause.lo and toks[k].lower in _SG_LOCATIVE_PREPS and not toks[k].is_entity)


_SG_MEDIATOR_WORDS = frozenset({"via", "through"})


@guard
def target_not_mediator(m: MatchContext) -> bool:
    """What the means raises is named before "via"/"through"; the entity after it is the route, not the
    patient: in "X confers resistance by enhancing ERBB3 expression via miR-371a-5p" X raises ERBB3, and
    says nothing of raising miR-371a-5p."""
    _, idx = _sg_slot(m, "target", "molecule")
    cue = _sg_means_cue(m)
    if not idx or cue < 0:
        return True
    return not any(m.tokens[k].lower in _SG_MEDIATOR_WORDS for k in range(cue + 1, min(idx)))


@guard
def target_is_subject(m: MatchContext) -> bool:
    """In a passive statement ("MET is activated by HGF") the entity acted on is the subject."""
    _, idx = _sg_slot(m, "target")
    if not idx:
        return True
    return _sg_subject_like(m, min(idx), max(idx))


@guard
def target_not_acting(m: MatchContext) -> bool:
    """What a sentence places downstream of a gene is what stands right before "downstream of": in "EGFR
    activates signalling downstream of RAS" EGFR acts on the signalling that lies there, and is not itself
    driven by RAS. A verb of acting between the entity and the cue leaves the entity out."""
    _, idx = _sg_slot(m, "target")
    cue = m.first_cue("sg_target_of")
    if not idx or cue is None:
        return True
    return not m.any_cue_in(("activate", "inhibit"), max(idx) + 1, cue)


def _sg_means_cue(m: MatchContext) -> int:
    means = m.first_cue("sg_secrete_means", "sg_express_means", "sg_activate_means", "sg_inhibit_means",
                        "sg_through_means", "sg_mirna_target_means")
    return -1 if means is None else means


def _sg_class_before_name(m: MatchContext, k: int, cats) -> bool:
    """The entity at ``k`` is a class word standing right before the name of one of its kind ("noncoding RNA
    CBR3-AS1"): the next token is an entity the slot takes, with nothing between."""
    toks = m.tokens
    return k + 1 < m.clause.hi and toks[k + 1].is_entity and any(e.category in cats for e in toks[k + 1].entities) and \
        toks[k].end < toks[k + 1].start and all(e.category == "Molecule" for e in toks[k].entities)


# what a means clause between a raise and its route opens on: "by targeting CRIM1 via Wnt", "by inhibiting X through"
_SG_ROUTE_MEANS_PREPS = frozenset({"by", "through", "via", "upon"})
# (a failure is a means of its own too: "... mediated by an inability to signal through the IFN-γ receptor pathway"
# says the route is not used, never that the subject switches it on)
_SG_ROUTE_MEANS_NOUNS = frozenset({"inhibition", "suppression", "silencing", "repression", "downregulation",
                                   "down-regulation", "targeting", "binding", "loss", "degradation", "blockade",
                                   "inability", "failure", "lack", "impairment", "defect", "defects"})


@guard
def route_is_raise_means(m: MatchContext) -> bool:
    """"IL-6 promotes growth via the JAK/STAT pathway": the pathway is the route of the raise itself; "miR-X
    contributes to resistance by targeting CRIM1 via Wnt/β-catenin signalling", "Y induces EMT by suppressing Z
    through the Hippo pathway": a means of its own (a lowering, a targeting) stands between, the pathway is the route
    of that means, and which way it goes the sentence does not say (the document may say the reverse) (# s47 pfam)."""
    raise_at, via = m.first_cue("s4_raise"), m.first_cue("sg_through_means")
    if raise_at is None or via is None:
        return True
    toks = m.tokens
    for k in range(raise_at + 1, via):
        if toks[k].lower not in _SG_ROUTE_MEANS_PREPS:
            continue
        for j in range(k + 1, min(k + 3, via)):
            low = toks[j].lower
            if (low.endswith("ing") and len(low) > 5) or low in _SG_ROUTE_MEANS_NOUNS:
                return False
    return True


@guard
def means_subject(m: MatchContext) -> bool:
    """"Kupffer cells contribute to tolerance by ... promoting the expansion of MDSCs through the
    secretion of IL-10": the one who acts by the means the cue names is the subject of the clause: the
    first subject-like entity of the slot's kind in it, or a later one that opens a new coordinated
    clause ("..., and they can promote ... through releasing"); objects on the way are not."""
    name, idx = _sg_slot(m)
    cue = _sg_means_cue(m)
    if not idx or cue < 0 or _sg_passive_before(m, cue):
        return False
    cats = m.rule.slots[name].categories
    toks = m.tokens
    subject = None
    other = False  # the clause's subject is a therapy, of no kind the slot takes ("cetuximab blocks EGFR
    # signalling and modulates growth by inhibiting angiogenesis"): a later entity acts only in a new clause
    k = m.clause.lo
    depth = 0  # the brackets open at k: an entity inside one is an aside ("A (e.g., B or C), and D that promotes E")
    while k < cue:
        t = toks[k]
        if t.lower in (".", ";", ":") or "clause_break" in t.cues:
            subject, other = None, False
        if t.lower in ("(", "[", ")", "]"):
            depth = max(0, depth + (1 if t.lower in ("(", "[") else -1))
            k += 1
            continue
        if depth and t.is_entity:
            k += 1
            continue
        if t.lower in ("that", "which") and k - 1 > m.clause.lo and toks[k - 1].lower == ")":
            # "oncogenic signalling (A and B) that promotes C": the bracket names what the relative clause is said of
            named = _bracketed_before(m, k - 1, cats)
            subject, other = named, False
            k += 1
            continue
        if t.lower == "which" and k - 2 >= m.clause.lo and toks[k - 1].text == "," and toks[k - 2].is_entity and \
                any(e.category in cats for e in toks[k - 2].entities):
            # "CAFs secreted EGF, which rendered cells resistant through sustained MAPK signalling": the relative
            # clause's subject is the entity it hangs on (# s42 rs)
            members = m.clause.list_members(k - 2, cats)
            subject, other = (min(members), max(members)), False
            k += 1
            continue
        if t.is_entity and any(e.category in cats for e in t.entities) and _sg_class_before_name(m, k, cats):
            k += 1  # "Long noncoding RNA CBR3-AS1 promotes ...": the class word names no actor, the name after it does
            continue
        if t.is_entity and any(e.category in cats for e in t.entities):
            members = m.clause.list_members(k, cats)
            lo, hi = min(members), max(members)
            if _sg_subject_like(m, lo, hi) and _sg_anaphor_ok(m, lo):
                if (subject is None and not other) or _sg_opens_clause(m, lo, hi):
                    subject, other = (lo, hi), False
            k = max(hi, k) + 1
            continue
        if t.is_entity and subject is None and any(e.category in THERAPY for e in t.entities) and \
                _sg_subject_like(m, k, k) and _sg_therapy_verb_after(m, k):
            other = True
        k += 1
    return subject is not None and subject[0] <= min(idx) <= subject[1]




def _bracketed_before(m: MatchContext, close: int, cats) -> tuple[int, int] | None:
    """The first and last token of the entities of ``cats`` a bracket closing at token ``close`` holds as a list
    ("signalling (A and B)"), or None when it holds none."""
    toks = m.tokens
    k = close - 1
    while k > m.clause.lo and toks[k].lower not in ("(", "["):
        k -= 1
    found = [i for i in range(k + 1, close) if toks[i].is_entity and any(e.category in cats for e in toks[i].entities)]
    if not found or toks[k].lower not in ("(", "["):
        return None
    members = m.clause.list_members(found[0], cats)
    return min(members), max(members)


def _sg_passive_before(m: MatchContext, cue: int) -> bool:
    """The means follows a passive verb ("this effect could be abrogated by inhibiting MET"): the means is
    what an unnamed agent did to the subject, not what the subject does."""
    k = cue - 1
    if k >= 1 and m.tokens[k].lower in ("or", "and"):  # "... abrogated by inhibiting MET or by downregulating ..."
        first = next((j for j in range(k - 1, m.clause.lo, -1) if m.tokens[j].lower in ("by", "through")), None)
        return first is not None and _sg_passive_before(m, first)
    participle = m.tokens[k].lower.endswith(("ed", "en")) or "overcome_passive" in m.tokens[k].cues  # "be overcome"
    if k < 1 or not participle or m.tokens[k].is_entity:
        return False
    before = m.tokens[k - 1].lower
    if before.endswith("ly") and k >= 2:  # "was partly reversed by ..."
        before = m.tokens[k - 2].lower
    return before in _SG_BE




def _sg_therapy_verb_after(m: MatchContext, k: int) -> bool:
    """The word after the therapy at ``k`` is its verb: a present-tense form ("cetuximab blocks"), or a past
    one the cue lexicons know as a verb ("the combination of X and 5-FU reduced the expression of ...")."""
    a = _sg_after(m, k)
    if a < 0:
        return False
    t = m.tokens[a]
    if t.is_entity or t.lower in _SG_PREP or t.lower == "plus":
        return False
    return t.lower.endswith("s") or t.lower.endswith("ed") and _sg_has_verb_cue(t)


def _sg_opens_clause(m: MatchContext, lo: int, hi: int) -> bool:
    """Entity tokens ``lo..hi`` open a coordinated clause: after "and", a comma or "while" (past the cells it is
    said to come from, "..., and CAF-derived X then ..."), and followed by a modal or a verb the cue lexicons know
    ("..., and they can promote ...")."""
    toks = m.tokens
    p = _sg_prev(m, lo)
    if p - 2 >= m.clause.lo and "secrete" in toks[p].cues and toks[p - 1].text in _SG_DASH and toks[p - 2].is_entity:
        p = _sg_prev(m, p - 2)  # "..., and TAM-secreted IL6 then induced ...": the cells it comes from are its modifier
    if p < 0 or toks[p].lower not in ("and", ",", "while", "whereas", "but", "then", "so"):
        return False
    a = _sg_after(m, hi)
    return a >= 0 and (toks[a].lower in _SG_BETWEEN - {",", "which", "who", "that", "to", "in", "turn"} or
                       _sg_has_verb_cue(toks[a]) or "confer" in toks[a].cues)


@guard
def mirna_actor(m: MatchContext) -> bool:
    """The acting molecule is a microRNA (a microRNA that targets a transcript represses it)."""
    return any(_sg_is_mirna(e) for e in m.slot_entities.get("actor", ()))


@guard
def actor_not_mirna(m: MatchContext) -> bool:
    """The acting molecule is no microRNA: the target of a microRNA is repressed, not activated."""
    return not any(_sg_is_mirna(e) for e in m.slot_entities.get("actor", ()))


@guard
def mirna_target(m: MatchContext) -> bool:
    """The molecule sponged or decoyed is a microRNA."""
    return any(_sg_is_mirna(e) for e in m.slot_entities.get("target", ()))


def _sg_is_mirna(e: Entity) -> bool:
    return e.attr("molecule_kind") == "miRNA" or bool(re.match(r"(?:miR|let-\d)", e.name))


@guard
def plural_class(m: MatchContext) -> bool:
    """"the KRAS G12C inhibitors ARS-1620 and AMG 510": a plural class names a list of drugs."""
    idx = m.match.slots.get("cls") or []
    return bool(idx) and m.tokens[max(idx)].text.rstrip(")").endswith(("s", "S")) and \
        not m.tokens[max(idx)].text.endswith(("ss", "sis"))


@guard
def plural_format(m: MatchContext) -> bool:
    """"the antiangiogenic targeted agents A, B and C": a plural class of drug format names a list of drugs."""
    idx = m.match.slots.get("fmt") or []
    return bool(idx) and m.tokens[max(idx)].text.rstrip(")").endswith(("s", "S")) and \
        not m.tokens[max(idx)].text.endswith(("ss", "sis"))


_SG_LIST_JOIN = {",", "and", "or", "(", ")", "[", "]", "/", "and/or", "as", "well", "other", "also", "plus", "&",
                 "—", "–", "-", ":", "several", "various", "many", "some"}
_SG_LIST_STOP = {"by", "through", "via", "to", "that", "which", "who", "when", "where", "while", "in", "on", "from",
                 "for", "with", "into", "thereby", "thus", "than", "after", "during", "upon", "under", "at", "if",
                 "whose", "because", "since", ";", ".", "can", "could", "may", "might", "will", "would", "is",
                 "are", "was", "were", "be", "been", "not", "but", "whereas", "respectively"}


def _sg_list_after(m: MatchContext, i: int, categories: tuple) -> list:
    """Entities of ``categories`` listed after entity token ``i`` in the same object phrase, past the
    words that name what they are: "histamine, proteases, cytokines (IL-6, IL-9 and TNF) and chemokines
    (CXCL8, CCL2)"; it ends at a verb, a preposition, a relative pronoun or an entity of another kind."""
    toks = m.tokens
    out = []
    plain = 0
    groups = 0  # bracketed groups of items passed ("the angiogenic pathway (VEGFR-1, VEGFR-2)")
    k = i + 1
    hi = min(m.clause.hi, i + 60)
    while k < hi:
        t = toks[k]
        if t.is_entity:
            ents = [e for e in t.entities if e.category in categories]
            if not ents:
                break
            a = _sg_after(m, k)
            if a >= 0 and (_sg_has_verb_cue(toks[a]) or toks[a].lower in _SG_BE or
                           toks[a].lower in ("can", "could", "may", "might", "will", "would")):
                break  # the subject of a new clause ("... and TGF-beta induces EMT")
            out.extend(ents)
            plain = 0
            k += 1
            continue
        low = t.lower
        if "such_as" in t.cues:
            k = max(k + 1, t.cues["such_as"])
            plain = 0
            continue
        if low in _SG_LIST_STOP or _sg_has_verb_cue(t) or "confer" in t.cues or "clause_break" in t.cues:
            break
        if low in _SG_LIST_JOIN:
            plain = 0 if low not in ("(", ")") else plain
            groups += low == ")" and bool(out)
            k += 1
            continue
        label = _sg_group_label_end(toks, k, hi) if groups else -1
        if label > k:  # "..., the oncogenic pathway (KIT, RET), and the tumor microenvironment (PDGFR and FGFR)"
            k = label
            continue
        if low.endswith(("ing", "ed")) and len(low) > 4:
            break
        # a run of plain words names what follows ("immunosuppressive cytokines such as", "chemokines (")
        # or is an item itself ("histamine, proteases, cytokines"); a verb ("consume IL-2") ends the list
        j = k
        # (a category noun a cue lexicon knows, "the oncogenic pathway (KIT, RET)", is still one of those words)
        while j < hi and not toks[j].is_entity and (not toks[j].cues or toks[j].lower.rstrip("s") in _SG_CATEGORY_NOUNS) and \
                (toks[j].lower.isalpha() or toks[j].lower in _SG_DASH) and toks[j].lower not in _SG_LIST_STOP | _SG_LIST_JOIN - _SG_DASH:
            j += 1
        words = [t.lower for t in toks[k:j] if t.lower.isalpha()]
        if not words or len(words) > 3:
            break
        last = words[-1]
        nxt = toks[j] if j < hi else None
        nominal = last.endswith("s") and len(last) > 3 or last in _SG_CATEGORY_NOUNS
        if nxt is not None and (nxt.is_entity or nxt.lower in ("(", "[")) and not nominal:
            break
        if (nxt is None or nxt.lower in (",", "and", "or", ")", "]", ".")) and not nominal:
            break
        plain = 0
        k = j
    return out


def _sg_group_label_end(toks, k: int, hi: int) -> int:
    """After a bracketed group of items, the words that label the next one in the same way ("the tumor
    microenvironment (" after "the oncogenic pathway (KIT, RET),"): the index of its "(", or -1. At most four
    plain words, none a verb, preposition or relative."""
    j = k
    while j < hi and j - k < 4 and not toks[j].is_entity and toks[j].lower.isalpha() and \
            toks[j].lower not in _SG_LIST_STOP and not _sg_has_verb_cue(toks[j]):
        j += 1
    return j if j > k and j < hi and toks[j].lower == "(" else -1


_SG_CATEGORY_NOUNS = {"cytokine", "chemokine", "factor", "ligand", "protease", "enzyme", "molecule", "interleukin",
                      "mediator", "metabolite", "receptor", "protein", "histamine", "adenosine", "lactate", "signal",
                      "pathway", "family", "kinase"}


@transform(lambda cats: set(cats))
def listed_on(entity: Entity, m: MatchContext, token: int):
    """The captured entity and the entities of its kind listed with it in the object phrase that
    follows the verb ("release of histamine, proteases, cytokines (IL-6, IL-9) and chemokines (CXCL8)"):
    from the verb on, past the words that name what they are, to a verb, preposition or relative."""
    name = _sg_slot_of(m, token)
    idx = m.match.slots.get(name or "", [])
    if not idx or token != max(idx):
        return entity
    cats = tuple({e.category for e in m.slot_entities.get(name, ())} or {entity.category})
    out = []
    before = [(i, lex) for lex, i in m.match.cue_tokens.items() if i < min(idx)]
    if before:
        i, lex = max(before)
        found = _sg_list_after(m, m.tokens[i].cues.get(lex, i + 1) - 1, cats)
        if entity in found:
            out = found
    if not out:
        out = [entity] + _sg_list_after(m, token, cats)
    return list(dict.fromkeys(out))


def _sg_slot_of(m: MatchContext, token: int) -> str | None:
    for name, idx in m.match.slots.items():
        if token in idx:
            return name
    return None


_SG_NAME_SPLIT = lazy_compile(r"\s*[/,]\s*|\s+(?:and|or)\s+")
_SG_PATHWAY_WORDS = lazy_compile(r"\b(?:signal(?:l)?ing|pathways?|axis|axes|cascades?|network|signals?|activation|"
                                 r"hyperactivation|reactivation|aberrant|constitutive|of|the)\b", re.I)


@transform({"Gene"})
def named_genes(entity: Entity, m: MatchContext, token: int):
    """The genes a pathway's own name is made of ("PI3K/AKT/mTOR" -> PI3K, AKT, MTOR; "STAT3 signaling"
    -> STAT3): the name states their part in it. For a pathway the vocabulary lists members of, a part
    counts only when it is one of them (or a family one of them belongs to)."""
    if token < 0:
        return []
    pathway = entity if entity.category == "Pathway" else next(iter(involved_pathway(entity, m, token)), None)
    if pathway is None:
        return []
    vocab = m.reading.vocab
    recognizer = m.reading.recognizer
    members = set(vocab.pathway_members.get(pathway.id, ()))
    closure = set(members)
    for mid in members:
        closure.update(vocab.family_gene_ids(mid))
    for fid, syms in vocab.family_members.items():
        if any(vocab.gene_ids.get(s) in members for s in syms):
            closure.add(fid)
    out = []
    core = _SG_PATHWAY_WORDS.sub(" ", m.tokens[token].text)
    for part in _SG_NAME_SPLIT.split(core):
        part = part.strip(" ()[]")
        if len(part) < 2:
            continue
        found = []
        gene = _sg_symbol_gene(vocab, part)
        if gene is not None:
            found.append(gene)  # the pathway's name is context enough for a bare symbol ("SRC/STAT3")
        else:
            found = [x.entity for x in recognizer.vocabulary_mentions(part)
                     if members or x.end - x.start >= len(part) - 1]
        for e in found:
            if e.category == "Gene" and (not members or e.id in closure):
                out.append(e)
    return list(dict.fromkeys(out))


@transform({"Molecule"})
def named_ligands(entity: Entity, m: MatchContext, token: int):
    """The ligands a pathway's own name is made of, when the vocabulary lists them as its members ("TGF-beta
    signaling" -> TGF-beta, "the VEGF pathway" -> VEGF, "Fas/FasL" -> FasL): the pathway is named after the ligand
    that switches it on. A molecule the vocabulary does not place in the pathway is none ("IL-10/STAT3 signaling":
    IL-10 acts on STAT3, read as the axis)."""
    if token < 0 or entity.category != "Pathway" or _sg_negated_prefix(m, token):
        return []
    members = set(m.reading.vocab.pathway_members.get(entity.id, ()))
    if not members:
        return []
    core = _SG_PATHWAY_WORDS.sub(" ", m.tokens[token].text)
    out = []
    for part in _SG_NAME_SPLIT.split(core):
        part = part.strip(" ()[]")
        if len(part) < 2:
            continue
        out.extend(x.entity for x in m.reading.recognizer.vocabulary_mentions(part)
                   if x.entity.category == "Molecule" and x.entity.id in members and x.end - x.start >= len(part) - 1)
    return list(dict.fromkeys(out))


def _sg_negated_prefix(m: MatchContext, token: int) -> bool:
    """The entity at ``token`` is written after "non-" ("non-VEGF pathways": the pathways other than it)."""
    toks = m.tokens
    k = token - 1
    if k >= 0 and toks[k].text in ("-", "\u2013"):
        k -= 1
    return k >= 0 and toks[k].lower == "non"


def _sg_symbol_gene(vocab, part: str) -> Entity | None:
    """The gene an approved symbol or a safe alias names ("SRC", "Tie-2"); not a stop-listed word."""
    symbol = part if part in vocab.gene_ids or part in vocab.hgnc else vocab.alias_terms.get(part)
    return vocab.gene_entity(symbol) if symbol and part not in vocab.stoplist else None


@transform({"Molecule"})
def axis_ligand(entity: Entity, m: MatchContext, token: int):
    """The ligand of an axis named "ligand/gene axis" ("the CCL5-CCR5 axis" -> CCL5)."""
    pair = _ligand_receptor_axis(m, token)
    return [pair[0]] if pair else []


@transform({"Gene"})
def axis_receptor(entity: Entity, m: MatchContext, token: int):
    """The gene an axis named "ligand/gene axis" leads to ("the Ang2/Tie-2 axis" -> TEK)."""
    pair = _ligand_receptor_axis(m, token)
    return [pair[1]] if pair else []


def _involved(m: MatchContext, entity: Entity, category: str) -> list[Entity]:
    """The entities of ``category`` the sentence's reading says ``entity`` (a named process) involves."""
    return [o for s, p, o in m.rec.implied if s.id == entity.id and p == "involves" and o.category == category]


# "EGFR ligand", "EGFR ligand expression" (builders/receptor_ligands.py, the level readers): the receptor's name first
_SG_LIGANDS_NAME = lazy_compile(r"(.+?)\s+ligands?(?:\s+(?:expression|overexpression|levels?))?", re.I)


@transform({"Gene"})
def ligands_receptor(entity: Entity, m: MatchContext, token: int):
    """The receptor the ligands of a receptor named by it bind ("the EGFR ligands", "upregulation of HER3
    ligands" -> EGFR, ERBB3): what the ligands listed after them activate."""
    if entity.category == "ResistanceMechanism":  # "upregulation of HER3 ligands": the ligands it involves
        parts = _involved(m, entity, "Molecule")
        entity = parts[0] if len(parts) == 1 else entity
    if entity.category not in ("Molecule", "Biomarker"):
        return []
    named = _SG_LIGANDS_NAME.fullmatch(entity.name)
    receptor = _sg_whole_name(m, named.group(1)) if named else None
    return [receptor] if receptor is not None and receptor.category == "Gene" else []


# a receptor's own change that a bound ligand sets off ("c-MET receptor dimerization", "EGFR autophosphorylation"): as
# a process's name, or written after or before the gene ("MET receptor dimerization", "the activation of KDR")
_SG_ENGAGED = r"(?:(?:hetero|homo)?dimeri[sz]ation|(?:auto|trans)?phosphorylation|activation)"
_SG_ENGAGED_NAME = lazy_compile(r"\b" + _SG_ENGAGED + r"$", re.I)
_SG_ENGAGED_AFTER = lazy_compile(r"\s*(?:receptors?\s+)?(?:" + _SG_ENGAGED + r"|signal(?:l)?ing)\b", re.I)
_SG_ENGAGED_BEFORE = lazy_compile(r"\b" + _SG_ENGAGED + r"\s+of\s+(?:the\s+)?$", re.I)


@transform({"Gene"})
def engaged_receptor(entity: Entity, m: MatchContext, token: int):
    """The receptor whose dimerization, phosphorylation or activation a ligand's binding sets off ("HGF
    binding induces c-MET receptor dimerization" -> MET): the one gene the named process involves."""
    if entity.category == "Gene":
        # the gene's own process named beside it ("MET receptor dimerization", "the activation of KDR"), not another
        # of its fates ("EGFR internalization and degradation")
        after = m.text[m.tokens[token].end:m.tokens[token].end + 40] if token >= 0 else ""
        before = m.text[max(0, m.tokens[token].start - 30):m.tokens[token].start] if token >= 0 else ""
        return [entity] if _SG_ENGAGED_AFTER.match(after) or _SG_ENGAGED_BEFORE.search(before) else []
    if entity.category != "ResistanceMechanism" or not _SG_ENGAGED_NAME.search(entity.name):
        return []
    parts = _involved(m, entity, "Gene")
    return parts if len(parts) == 1 else []


def _ligand_receptor_axis(m: MatchContext, token: int) -> tuple[Entity, Entity] | None:
    """The two ends of an axis (or a pathway or signalling so named, "IL-10/STAT3 signaling") whose name is a
    gene-product molecule (a cytokine, chemokine or growth factor) and then a gene, split at a slash or, failing that, at the one hyphen both sides of which are names."""
    if token < 0:
        return None
    named = _SG_AXIS_NAME.fullmatch(m.tokens[token].text.strip())
    if not named:
        return None
    core = named.group(1)
    parts = core.split("/")
    if len(parts) == 1:
        cuts = [i for i, ch in enumerate(core) if ch in "-–"]
        pairs = [(core[:i], core[i + 1:]) for i in cuts]
        pairs = [p for p in pairs if all(_sg_whole_name(m, x) for x in p)]
        parts = list(pairs[0]) if len(pairs) == 1 else []
    if len(parts) != 2:
        return None
    ligand, receptor = (_sg_whole_name(m, x) for x in parts)
    if ligand is None or receptor is None or ligand.category != "Molecule" or receptor.category != "Gene":
        return None
    if not any(x.startswith("HGNC:") for x in ligand.xrefs):
        return None
    return ligand, receptor


def _sg_whole_name(m: MatchContext, text: str) -> Entity | None:
    """The one entity that ``text`` names whole: a gene symbol or alias (as a pathway's name gives them,
    "Tie-2"), or a vocabulary term."""
    text = text.strip()
    for form in dict.fromkeys((text, text.upper())):
        gene = _sg_symbol_gene(m.reading.vocab, form)
        if gene is not None:
            return gene
    found = [x.entity for x in m.reading.recognizer.vocabulary_mentions(text)
             if x.start == 0 and x.end == len(text)] if text else []
    return found[0] if len(found) == 1 else None


# "the CCL5-CCR5 axis", "IL-10/STAT3 signaling", "the HGF/MET pathway": a pathway named by its two ends
_SG_AXIS_NAME = lazy_compile(r"(?:the\s+)?(\S+?)\s+(?:(?:signal(?:l)?ing\s+)?(?:axis|pathway)|signal(?:l)?ing)", re.I)


@transform({"Pathway"})
def involved_pathway(entity: Entity, m: MatchContext, token: int):
    """The pathway a named process is the activation of ("activation of the SRC/STAT3 pathway")."""
    if entity.category != "ResistanceMechanism":
        return []
    return _involved(m, entity, "Pathway")


_SG_NOT_NEGATION = ("regardless of", "irrespective of")


@guard
def not_denied(m: MatchContext) -> bool:
    """No negation of the statement between its first and last words or just before them ("do not
    secrete", "neither ... nor"); "regardless of antigen presentation" is not one."""
    return not _negated_within(m, max(m.clause.lo, m.match.start - 3), m.match.end)


def _negated_within(m: MatchContext, lo: int, hi: int) -> bool:
    """A negation cue starts at a token in ``lo:hi`` ("regardless of" and "irrespective of" are none)."""
    for i in range(lo, hi):
        t = m.tokens[i]
        if "negation" in t.cues:
            phrase = m.text[t.start:m.tokens[min(t.cues["negation"], len(m.tokens)) - 1].end].lower()
            if phrase not in _SG_NOT_NEGATION:
                return True
    return False


@guard
def noun_phrase_not_denied(m: MatchContext) -> bool:
    """A fact named as a noun phrase ("MET activation by HGF") is denied by a negation anywhere in its
    clause, after it too ("... was not observed"); the "not" of "not only" is none."""
    return not _negated_within(m, m.clause.lo, m.clause.hi)


# a cell type whose name says it is the tumour's own (or a line grown from it)
_TUMOUR_CELL_NAME = lazy_compile(r"cancer|tumou?r cell|malignant|carcinoma|neoplastic|resistant|stem|CRC|colorectal", re.I)
_EXPRESSED_PLACE = frozenset({"in", "on", "by"})


@guard
def not_expressed_by_normal_cells(m: MatchContext) -> bool:
    """"CD39 was highly expressed in stromal cells": a protein said to be high in a cell of the tumour's
    surroundings (stroma, immune cells) is where it is made, not an alteration of the tumour. The words after the
    verb name, past "in"/"on"/"by" and up to two plain words, no cell type that is not the tumour's own."""
    cue = m.first_cue("sg_altered")
    if cue is None:
        return True
    toks = m.tokens
    k = toks[cue].cues.get("sg_altered", cue + 1)
    if k >= m.clause.hi or toks[k].lower not in _EXPRESSED_PLACE:
        return True
    for j in range(k + 1, min(k + 4, m.clause.hi)):
        t = toks[j]
        if t.is_entity:
            cells = [e for e in t.entities if e.category == "CellType"]
            return not cells or any(e.attr("cell_line") or _TUMOUR_CELL_NAME.search(e.name) for e in cells)
        if not t.lower.isalpha():
            return True
    return True


@guard
def actor_not_governed(m: MatchContext) -> bool:
    """The acting entity is not the object of a verb or a preposition before it ("promoting the
    expansion of MDSCs through the secretion of IL-10")."""
    _, idx = _sg_slot(m)
    return not idx or not _sg_governed(m, min(idx))


def _sg_active_verb(m: MatchContext) -> bool:
    """The verb of the match is a verb in the active voice: not a noun ("T cell suppression") and not a
    passive participle ("drug efflux induced by ...", "which is activated by ...")."""
    v = _sg_verb(m)
    if v < 0:
        return True
    toks = m.tokens
    word = toks[v].lower
    lex = _sg_lex(m, v)
    if lex in ("activate", "inhibit") and word.endswith(_SG_NOUN_ENDINGS):
        return False
    end = toks[v].cues.get(lex, v + 1)
    if word.endswith("ed") and end < len(toks) and toks[end].lower in ("by", "from"):
        return False
    if word.endswith("ed") and v - 1 >= m.clause.lo and toks[v - 1].lower in _SG_BE:
        return False
    return True


@guard
def relative_actor(m: MatchContext) -> bool:
    """"HGF, which activates MET": the relative clause tells what the entity just named does, in the
    active voice. An entity inside a prepositional phrase ("TGF-beta, secreted by CAFs and TAMs, which
    promotes ...") may not be what "which" points back at."""
    _, idx = _sg_slot(m)
    if idx:
        p = _sg_prev(m, min(idx))
        example = any(m.tokens[k].cues.get("such_as") == p + 1 for k in range(max(m.clause.lo, p - 2), p + 1))
        if p >= 0 and m.tokens[p].lower in _SG_PREP and not example and not (
                m.tokens[p].lower == "of" and p - 1 >= m.clause.lo and m.tokens[p - 1].lower in _SG_LEVEL_HEADS):
            return False
    return _sg_active_verb(m)


@guard
def relative_role_shared(m: MatchContext) -> bool:
    """A relative clause after a list of three or more that goes on with a second verb of its own ("factors
    like arginine, IL-10, TGF-beta or CCL5 that inhibit cytotoxic T cell activity and recruit Tregs") says
    what the members do between them, not what each one does: not spread over the list. A list of two,
    a list that is not one of examples, or one verb ("cytokines such as IL-6, IL-8 and HGF, which activate
    STAT3") is read for each member."""
    _, idx = _sg_slot(m)
    if "sg_relative" not in m.match.cue_tokens or not idx or len(
            {e.id for i in idx for e in m.tokens[i].entities}) < 3:
        return True
    # the list gives examples of a kind ("factors like ...", "cytokines such as ...")
    first = min(idx)
    if not any(m.tokens[k].cues.get("such_as") == first for k in range(max(m.clause.lo, first - 3), first)):
        return True
    for k in range(m.match.end, m.clause.hi - 1):
        t = m.tokens[k]
        if t.lower in ("and", "or") or (t.lower == "," and m.tokens[k + 1].lower in ("and", "or")):
            nxt = m.tokens[k + 1] if t.lower != "," else m.tokens[min(k + 2, m.clause.hi - 1)]
            if "activate" in nxt.cues or "inhibit" in nxt.cues or "recruit" in nxt.cues:
                return False
    return True


@guard
def lead_to_subject(m: MatchContext) -> bool:
    """"X leads to the upregulation of Y": X is the subject of "leads to" (or the antecedent of "which")."""
    if "sg_relative" in m.match.cue_tokens:
        return relative_actor(m)
    return actor_is_agent(m) and plain_subject(m)


@transform(lambda cats: set(cats) | {"Gene", "Molecule", "Pathway", "CellType"})
def activated_part(entity: Entity, m: MatchContext, token: int):
    """"induces the activation of STAT3" is read as one process, "STAT3 activation"; what is raised or
    lowered is STAT3 itself (the one entity the process involves)."""
    if entity.category != "ResistanceMechanism" or not re.search(r"\b(?:(?:re|hyper)?activation|signal(?:l)?ing)$", entity.name):
        return entity
    parts = [o for s, p, o in m.rec.implied if s.id == entity.id and p == "involves"]
    return parts[0] if len(parts) == 1 else entity


# what may stand between a named process and the means it comes about by ("activation of ERBB2 signalling,
# either through ERBB2 amplification or through heregulin up-regulation"): no verb, so the means is the process's
_SG_PROCESS_MEANS_BETWEEN = frozenset({",", ")", "]", "either", "both", "in", "part", "at", "least", "vitro", "vivo", "cell",
                                       "cells", "lines", "line", "tumour", "tumor", "tumours", "tumors", "models"})


def _sg_process_means(m: MatchContext, slot: str, raised: bool = True, lowered: bool = True) -> bool:
    """The entity of ``slot`` is an activation named as a process ("activation of ERBB2 signalling", "MET
    activation") and the means cue follows it with no verb between: the means is how that activation comes
    about, not how the process acts on something else."""
    _, idx = _sg_slot(m, slot)
    if not idx:
        return False
    ents = m.slot_entities.get(slot, ())
    is_lowered = any(_SG_LOST_NAME.search(e.name) for e in ents) or _sg_lowering_of_before(m, min(idx))
    is_raised = not is_lowered and (any(activated_part(e, m, -1) is not e for e in ents) or
                                    _sg_raising_of_before(m, min(idx)))
    if not ((raised and is_raised) or (lowered and is_lowered)):
        return False
    for k in range(max(idx) + 1, m.clause.hi):
        t = m.tokens[k]
        if "sg_through_means" in t.cues:
            return True
        if t.lower not in _SG_PROCESS_MEANS_BETWEEN and t.lower not in _SG_PATHWAY_NOUNS and not t.lower.endswith("ly"):
            return False
    return False


_SG_PATHWAY_NOUNS = frozenset({"signaling", "signalling", "pathway", "pathways", "axis", "cascade", "activity"})


# a lowering named as one entity ("loss of PTEN" is PTEN loss)
_SG_LOST_NAME = lazy_compile(r"\b(?:loss|deletion|inactivation|downregulation|silencing|suppression|inhibition)$", re.I)


def _sg_lowering_of_before(m: MatchContext, i: int) -> bool:
    """Entity token ``i`` is the one a lowering noun names ("inhibition of (the) STAT1 ...", "loss of PTEN")."""
    k = i - 1
    if k >= m.clause.lo and m.tokens[k].lower == "the":
        k -= 1
    return k - 1 >= m.clause.lo and m.tokens[k].lower == "of" and "inhibition_noun" in m.tokens[k - 1].cues


def _sg_raising_of_before(m: MatchContext, i: int) -> bool:
    """Entity token ``i`` is the one a raising noun names ("activation of (the) MET ...", "reactivation of ERK")."""
    k = i - 1
    if k >= m.clause.lo and m.tokens[k].lower == "the":
        k -= 1
    return k - 1 >= m.clause.lo and m.tokens[k].lower == "of" and "sg_activation_word" in m.tokens[k - 1].cues


@guard
def means_of_named_process(m: MatchContext) -> bool:
    """"Activation of MET through HGF up-regulation": the means follows the activation it brings about with
    no verb between (the raised one activates the process's entity)."""
    return _sg_process_means(m, "target", lowered=False)


@guard
def means_of_named_lowering(m: MatchContext) -> bool:
    """"Inhibition of STAT1 through SOCS3 upregulation": the means follows the lowering it brings about with no verb
    between (the raised one lowers the entity)."""
    return _sg_process_means(m, "target", raised=False)


# how far the last item of a list put forward may run before "as" ("..., and immune defects as possible mechanisms")
_LAST_ITEM_WORDS = 6


@guard
def first_of_named_list(m: MatchContext) -> bool:
    """"studies suggest MAPK reactivation, stimulation of CDK4/6-dependent cell-cycle transition, and immune defects as
    possible mechanisms of resistance": the cause opens a list whose later items are phrases no entity names, and the
    list runs up to "as" with no verb or clause of its own; its last item, after "and"/"or", is short."""
    idx = m.match.slots.get("cause")
    cue = m.first_cue("named_as")
    if not idx or cue is None:
        return False
    toks = m.tokens
    last_and = None
    for k in range(max(idx) + 1, cue):
        t = toks[k]
        if t.lower in (";", ":", ".") or "clause_break" in t.cues or \
                (_sg_has_verb_cue(t) and t.lower.endswith(("ed", "es", "ts", "rs"))) or \
                t.lower in _SG_BE or t.lower in ("which", "that", "who", "has", "have", "had"):
            return False
        if t.lower in ("and", "or"):
            last_and = k
    return last_and is not None and toks[last_and - 1].lower == "," and cue - last_and - 1 <= _LAST_ITEM_WORDS


# a good outcome ("longer PFS", "better survival", "a favourable prognosis")
_GOOD_OUTCOME_WORD = lazy_compile(r"\b(?:longer|better|improved|prolonged|superior|favou?rable|good|extended)\b", re.I)
# a verb right after the coordinated item: it opens a clause of its own ("... and cetuximab resistance was linked to")
_CLAUSE_VERB_AFTER = frozenset({"was", "were", "is", "are", "has", "have", "had", "remained", "remains", "occurred",
                                "occurs", "emerged", "developed", "appeared", "correlated", "seemed", "seems"})


@guard
def and_joins_no_new_clause(m: MatchContext) -> bool:
    """What a marker is associated with, coordinated by "and", is one list of its clause: no comma or semicolon before
    "and" and no verb right after the coordinated item, either of which opens a clause of its own ("X was associated
    with longer PFS, and cetuximab resistance was linked to low X")."""
    verb, join = m.first_cue("associate"), m.first_cue("and")
    if verb is None or join is None:
        return True
    if re.search(r"[,;]", m.text[m.tokens[verb].end:m.tokens[join].start]):
        return False
    return not (m.match.end < len(m.tokens) and m.tokens[m.match.end].lower in _CLAUSE_VERB_AFTER)


@guard
def coordinated_with_poor_outcome(m: MatchContext) -> bool:
    """A resistance coordinated after what the marker is associated with shares that association as one more harm:
    the thing before "and" is a poor outcome or a feature, not a good one ("associated with longer PFS and cetuximab
    resistance" is no plain reading of either); see also :func:`and_joins_no_new_clause`."""
    verb, join = m.first_cue("associate"), m.first_cue("and")
    if verb is None or join is None:
        return True
    return not _GOOD_OUTCOME_WORD.search(m.text[m.tokens[verb].end:m.tokens[join].start]) and and_joins_no_new_clause(m)


# the therapy's effect named as what the cells or patients show ("sensitivity to A", "A sensitivity", "the response to A")
_EFFECT_NAMED = lazy_compile(r"\b(?:sensitivity|chemosensitivity|responsiveness|susceptibility|response|efficacy)\b", re.I)


@guard
def lessened_not_killing(m: MatchContext) -> bool:
    """What was lessened is the resistance, not the therapy's killing ("oxaliplatin-induced apoptosis was reduced by
    knockdown of X" says X's loss spares the cells, the opposite of lessening resistance): no killing word between
    the therapy and the verb of lessening (# s42 rs); nor the therapy's effect ("sensitivity to cetuximab was reduced
    by YAP1 knockdown" says YAP1 loss brings resistance about): no word of sensitivity or response before the verb
    where the clause names no resistance there."""
    idx = m.match.slots.get("therapy")
    cue = m.first_cue("lessened_passive")
    if not idx or cue is None:
        return True
    if m.cue_in("killing", max(idx) + 1, cue):
        return False
    lo, end = m.tokens[m.clause.lo].start, m.tokens[cue].start
    return not (_EFFECT_NAMED.search(m.text, lo, end) and not re.search(r"resistan", m.text[lo:end], re.I))


@guard
def no_means_between(m: MatchContext) -> bool:
    """"Inhibition of STAT1 signalling through SOCS3 upregulation": a means between the taken-away gene and what
    follows names how the lowering came about, not what the gene held down (# s42 rs)."""
    a, t = m.match.slots.get("actor"), m.match.slots.get("target")
    if not a or not t:
        return True
    return not m.cue_in("sg_through_means", max(a) + 1, min(t))


@guard
def process_not_denied(m: MatchContext) -> bool:
    """"Activation of MET, either through MET amplification or through HGF up-regulation, was not found": the
    sentence goes on after the means (past a closing comma) to deny the process."""
    end = m.tokens[m.match.end - 1].end
    if end < len(m.text) and m.text[end] == ",":
        end += 1
    return not denied_after(m.text, end)


@guard
def means_not_of_named_process(m: MatchContext) -> bool:
    """"Activation of MET through HGF up-regulation leads to ...": the actor is a named activation and the means
    right after it is how that activation comes about; the activation does not raise what the means names."""
    return not _sg_process_means(m, "actor")


@guard
def activation_process(m: MatchContext) -> bool:
    """The process named after the verb is the activation of one entity ("the upregulation of PD-L1")."""
    return any(activated_part(e, m, -1) is not e for e in m.slot_entities.get("target", ()))


@guard
def specific_agent(m: MatchContext) -> bool:
    """A drug, or a class named by what it acts on: a modality ("monoclonal antibodies against EGFR")
    targets nothing by itself."""
    vocab = m.reading.vocab
    for e in m.slot_entities.get("drug", ()):
        if e.category == "DrugClass" and not vocab.drug_targets.get(e.id) and \
                not any(s.id == e.id and p == "targets" for s, p, _ in m.rec.implied):
            return False
    return True


@guard
def narrower_classes(m: MatchContext) -> bool:
    """Every class given as an example of the class before it is another, narrower one: named by what it acts on,
    or known to belong to it ("targeted therapies, such as anti-EGFR antibodies"); not a broad kind of treatment
    listed beside it ("targeted agents, such as anti-EGFR antibodies and chemotherapy")."""
    vocab = m.reading.vocab
    outer = {e.id for e in m.slot_entities.get("cls", ())}
    subs = m.slot_entities.get("sub", ())
    implied = {s.id for s, p, _ in m.rec.implied if p == "targets"}
    return bool(subs) and all(e.id not in outer and (vocab.drug_targets.get(e.id) or e.id in implied or
                                                     outer & set(vocab.drug_classes.get(e.id, ())))
                              for e in subs)


@guard
def drug_may_act_on_target(m: MatchContext) -> bool:
    """The drug may act on the target: the vocabulary knows no target of it, places it on the target (or the
    target's family), or on many genes (a multi-kinase inhibitor whose known targets are a partial list). A drug
    known to act on one or two other genes reaches this one only downstream ("inhibition of ERK by trametinib")."""
    vocab = m.reading.vocab
    targets = m.slot_entities.get("target", ())
    for drug in m.slot_entities.get("drug", ()):
        known = therapy_targets(vocab, drug)
        if not known or len(known) >= _MANY_TARGETS:
            continue
        for fid in list(known):
            known.update(vocab.family_gene_ids(fid))
        for target in targets:
            family = vocab.family_gene_ids(target.id)
            if target.id not in known and not family & known:
                return False
    return True


# a drug the vocabulary places on this many genes or more is a multi-target agent whose list is partial
_MANY_TARGETS = 3


_NEW_HEADS = {"therapies", "agents", "drugs", "treatments", "options", "regimens", "strategies", "approaches",
              "compounds", "medications"}


@guard
def agent_heads_the_verb(m: MatchContext) -> bool:
    """No plural head noun stands between the drug and the verb: in "irinotecan (FOLFIRI), therapies
    targeting VEGF", the therapies that target VEGF are others than irinotecan."""
    slot = m.match.slots.get("drug")
    cue = m.first_cue("target_verb")
    if not slot or cue is None:
        return True
    end = m.tokens[max(slot)].end  # (an anaphor token, "these drugs", spans its words)
    return not any(m.tokens[i].lower in _NEW_HEADS and m.tokens[i].start >= end for i in range(max(slot) + 1, cue))


@guard
def cause_not_in_new_predicate(m: MatchContext) -> bool:
    """No verb of its own between the therapy and "by"/"through": in "cells resistant to cetuximab were killed
    by activation of caspase-3" the "by" phrase tells what was done to the resistant cells, not why they resist."""
    therapy = m.match.slots.get("therapy")
    cue = m.first_cue("by_cause")
    if not therapy or cue is None:
        return True
    return not any(m.tokens[k].lower in _PREDICATE_WORDS for k in range(max(therapy) + 1, cue))


_PREDICATE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could",
                              "may", "might", "will", "would"})


_RESISTED_DRUG_BEFORE = lazy_compile(
    # (also their "chemo" compounds: "miR-X enhances chemosensitivity to 5-FU by targeting TYMS")
    r"\b(?:(?:(?:chemo-?)?(?:resistan(?:ce|t)|sensitiv(?:e|ity))|response|responsiveness|refractor(?:y|iness)|efficacy)"
    r"\s+(?:to|of)|"
    # "X sensitizes colorectal cancer cells to EGFR inhibitors by inhibiting STAT3": the drug is what X sensitizes to
    r"(?:re-?)?sensiti[sz](?:es?|ed|ing)\s+(?:[\w-]+\s+){0,5}?to)\s+(?:\w+[\s-]+)?$", re.I)


@guard
def agent_not_resisted_drug(m: MatchContext) -> bool:
    """A drug named as what is resisted (or what cells are sensitized to) is not the subject of a means clause after
    it: in "miR-X confers resistance to cetuximab by targeting CRIM1", what targets CRIM1 is miR-X, not cetuximab."""
    slot = m.match.slots.get("drug")
    cue = m.first_cue("target_verb")
    if not slot or cue is None or cue == 0:
        return True
    before = cue - 1
    if before > 0 and m.tokens[before].lower.endswith("ly"):
        before -= 1  # "by competitively binding miR-X"
    if m.tokens[before].lower not in ("by", "via", "through"):
        return True
    start = m.tokens[min(slot)].start
    if _RESISTED_DRUG_AFTER.match(m.text, m.tokens[max(slot)].end):
        return False  # "X promoted cetuximab resistance by binding miR-Y": cetuximab is what is resisted
    return not _RESISTED_DRUG_BEFORE.search(m.text[max(0, start - 80):start])


# the drug named before the resistance or sensitivity it is the object of ("cetuximab resistance", "5-FU-resistance")
_RESISTED_DRUG_AFTER = lazy_compile(r"[\s\-]+(?:resistan(?:ce|t)|sensitivity|sensiti[sz]ation|refractoriness|tolerance)\b",
                                    re.I)


_SEQUENCE_GOVERNOR = lazy_compile(
    r"\b(?:after|following|before|than|versus|vs\.?|post|beyond|prior|progression\s+on|progressed\s+on|"
    r"refractory\s+to|resistant\s+to|failure\s+of|failing|"
    # the partner a combination adds: "inhibitors were used in combination with PLX4720 to inhibit PI3K"
    r"(?:in\s+combination|combined|together|along|co-?treated|co-?administered)\s+with)\s+(?:\w+[\s-]+)?$", re.I)


@guard
def target_not_residue_of(m: MatchContext) -> bool:
    """The target is not a small molecule named as a part of the gene or alteration after "of" ("binds to aspartate
    of KRAS G12D", "binds the cysteine of KRAS G12C"): a residue of the target, not a target of its own."""
    slot = m.match.slots.get("target")
    if not slot:
        return True
    last = max(slot)
    if not all(e.category == "Molecule" for e in m.tokens[last].entities):
        return True
    k = last + 1
    if k >= len(m.tokens) or m.tokens[k].lower != "of":
        return True
    k += 1
    if k < len(m.tokens) and m.tokens[k].lower in ("the", "a", "an", "mutant"):
        k += 1
    return not (k < len(m.tokens) and any(e.category in ("Gene", "Alteration") for e in m.tokens[k].entities))


@guard
def agent_not_sequenced(m: MatchContext) -> bool:
    """The drug is not named only as what came before, what is compared with or the partner added to
    another: in "regorafenib, given after oxaliplatin, inhibits VEGFR2" the inhibitor is regorafenib, the
    subject of the verb, not the oxaliplatin the preposition governs."""
    slot = m.match.slots.get("drug")
    if not slot:
        return True
    start = m.tokens[min(slot)].start
    return not _SEQUENCE_GOVERNOR.search(m.text[max(0, start - 40):start])


def _sg_class_head(text: str) -> tuple[str, bool]:
    low = text.lower()
    if re.search(r"antibod|\bmabs?\b", low):
        return "antibody", True
    for head in ("antagonist", "degrader", "blocker"):
        if head in low:
            return head, False
    return "inhibitor", False


def _target_groups(targets: list[Entity], vocab) -> set[str]:
    """The gene families (a gene of no family stands alone) the targets of one list come from."""
    groups = set()
    for e in targets:
        family = next((f for f in sorted(vocab.family_members)
                       if f not in vocab.broad_families and e.id in vocab.family_gene_ids(f)), None)
        groups.add(family or e.id)
    return groups


@transform({"DrugClass"})
def class_of_target(entity: Entity, m: MatchContext, token: int):
    """The class of drugs acting on the target the sentence names, of the kind its words say
    ("monoclonal antibodies against EGFR" -> anti-EGFR antibody; "a YAP inhibitor" -> YAP1 inhibitor);
    nothing when the sentence's class already names its target. A drug called "a dual inhibitor of A and B" is in
    the one class acting on both (the A/B inhibitor, also named "dual A/B inhibitor"), and only with two targets."""
    if entity.category != "Gene" or entity.attr("family") and not m.reading.vocab.family_members.get(entity.id):
        return None
    vocab = m.reading.vocab
    words = ""
    for c in m.slot_entities.get("cls", ()):
        if vocab.drug_targets.get(c.id) or any(s.id == c.id and p == "targets" for s, p, _ in m.rec.implied):
            return None
        words = c.name
    for lex in ("sg_inhibitor_noun", "sg_inhibitor_of", "dr_dual_inhibitor_of"):
        i = m.match.cue_tokens.get(lex)
        if i is not None:
            words = m.text[m.tokens[i].start:m.tokens[m.tokens[i].cues[lex] - 1].end]
    if not words:
        return None
    head, anti = _sg_class_head(words)
    targets = [e for e in m.slot_entities.get("target", ()) if e.category == "Gene"] or [entity]
    if "dr_dual_inhibitor_of" in m.match.cue_tokens:
        # "a dual inhibitor of A and B": one class of exactly two targets (with its "dual" name), nothing else
        if len({t.id for t in targets}) != 2:
            return None
        slots = m.match.slots.get("target") or [token]
        written = re.sub(r"\s+", " ", m.text[m.tokens[slots[0]].start:m.tokens[max(slots)].end]).strip()
        pair = re.fullmatch(r"(\S+) (?:and|&) (\S+)", written)
        surface = f"{pair.group(1)}/{pair.group(2)} {head}" if pair and not anti else None
        cls, _ = m.reading.recognizer.patterns.class_entity(targets, head, anti, vocab, surface)
        names = {f"dual {cls.name}", f"dual {written} {head}"} if not anti else {f"dual {cls.name}"}
        return replace(cls, synonyms=tuple(sorted({*cls.synonyms, *names} - {cls.name})))
    several = len(_target_groups(targets, vocab)) > 2
    if several:
        # s45 tlist: a multikinase list ("targeting VEGFR 1-3, FGFR 1-4, PDGFR α/β and KIT") names no one class over
        # all its targets; the class of the target's own family is kept when the vocabulary knows it (VEGFR inhibitor)
        group = _target_groups([entity], vocab)
        targets = [e for e in targets if _target_groups([e], vocab) == group] or [entity]
    cls, _ = m.reading.recognizer.patterns.class_entity(targets, head, anti, vocab)
    if several and cls.id not in vocab.entities:
        return None
    if cls.id not in vocab.entities and len(targets) == 1 and token >= 0:
        # the text's own name for the target gives the class a name too ("a YAP inhibitor")
        said = m.tokens[token].text
        if said != entity.name and re.fullmatch(r"[\w\-/αβγ]+", said):
            label = f"anti-{said} antibody" if anti else f"{said} {head}"
            cls = Entity(cls.id, cls.category, cls.name, cls.synonyms + (label,), cls.xrefs, cls.attributes)
    return cls


# INN stems of small molecules ("-nib" kinase inhibitors, "-rasib" KRAS inhibitors, "-lisib" PI3K inhibitors,
# "-ciclib", "-parib"); antibodies end in "-mab"
_SMALL_MOLECULE_STEM = lazy_compile(r"(?:nib|rasib|lisib|ciclib|parib)$", re.I)
_KINASE_INHIBITOR_CLASS = lazy_compile(r"\bkinase inhibitors?\b|\bTKIs?\b", re.I)
# a targeted agent's INN stem: an antibody "-mab", a fusion protein "-cept" or a small-molecule inhibitor ("-nib",
# "-rasib", "-lisib", "-ciclib", "-parib", "-degib"), never a cytotoxic drug
TARGETED_STEM = lazy_compile(r"(?:mab|cept|nib|rasib|lisib|ciclib|parib|degib)$", re.I)
_CYTOTOXIC_CLASS = lazy_compile(r"^(?:(?:cytotoxic|systemic|conventional|standard|combination)\s+)?chemotherap(?:y|ies)$|"
                                r"\bcytotoxic\b", re.I)


_ONCOLYTIC_VIRUS = mint("class", "oncolytic virus")


def _modality_clash(drug: Entity, cls: Entity) -> bool:
    """Whether the drug's kind, as its INN stem says it, cannot be the class's: a small molecule is no
    antibody ("EGFR blockade by gefitinib or cetuximab" read as the anti-EGFR antibody class does not take
    gefitinib), an antibody no kinase inhibitor, and a targeted agent (an antibody, a kinase inhibitor, a fusion
    protein) no chemotherapy, even beside one ("regorafenib plus chemotherapy")."""
    name, cname = drug.name.lower(), cls.name.lower()
    if drug.attr("stem_class") == _ONCOLYTIC_VIRUS and cls.id != _ONCOLYTIC_VIRUS:
        return True  # "the oncolytic virus immunotherapy pelareorep": a virus, no checkpoint inhibitor
    if "antibod" in cname and _SMALL_MOLECULE_STEM.search(name):
        return True
    if _CYTOTOXIC_CLASS.search(cname) and TARGETED_STEM.search(name):
        return True  # "Chemotherapy (regorafenib plus FOLFIRI)": a targeted agent given with chemotherapy is none of it
    return name.endswith("mab") and _KINASE_INHIBITOR_CLASS.search(cname) is not None


@transform(lambda cats: set(cats))
def fits_class(entity: Entity, m: MatchContext, token: int):
    """A drug listed after a class is a member unless what it is known to act on has nothing to do
    with the class ("the BRAF inhibitors dabrafenib and panitumumab": panitumumab targets EGFR), and a
    class acting on several targets named with several drugs ("dual PD-1/LAG-3 blockade (pembrolizumab
    plus favezelimab)") is not each drug's class unless the drug is known to act on all of them."""
    if not _paired_with_class(m, token):
        return None
    if any(_modality_clash(entity, c) for c in m.slot_entities.get("cls", ())):
        return None
    vocab = m.reading.vocab
    known = set(therapy_targets(vocab, entity))
    wanted: set[str] = set()
    for c in m.slot_entities.get("cls", ()):
        wanted |= set(vocab.drug_targets.get(c.id, ())) | _sg_implied_targets(m, c)
    shared = len(wanted) > 1 and len(m.slot_entities.get("drug", ())) > 1
    if not wanted:
        return entity
    if not known and (not shared or _stem_names_class(vocab, entity, wanted)):
        return entity
    for fid, syms in vocab.family_members.items():
        if fid in wanted or fid in known:
            ids = {vocab.gene_ids.get(x) for x in syms}
            (wanted if fid in wanted else known).update(i for i in ids if i)
    if shared:
        if wanted <= known | set(vocab.family_members):
            return entity
        # each drug keeps the class targets it is known to act on; one drug the vocabulary does not
        # know takes what the others leave ("pembrolizumab plus favezelimab": favezelimab -> LAG3)
        drugs = m.slot_entities.get("drug", ())
        unknown = [d for d in drugs if not therapy_targets(vocab, d)]
        mine = known & wanted
        if entity in unknown and len(unknown) == 1:
            mine = wanted - set().union(*(therapy_targets(vocab, d) for d in drugs if d is not entity))
            mine = mine if len(mine) == 1 else set()
        for gid in mine:
            gene = vocab.entities.get(gid) or next((o for s, p, o in m.rec.implied if o.id == gid), None)
            if gene is not None and gene.category in ("Gene", "Molecule") and not gene.attr("family"):
                m.side.append((entity, "targets", gene))
        return None
    return entity if known & wanted else None


_CLASS_JOINERS = {"and", "or", ",", "plus", "&"}


def _coordinated_classes(m: MatchContext, cls_token: int) -> int:
    """How many drug classes stand joined in a row ending at ``cls_token`` ("MEK and PI3KCA inhibitors": two);
    bounded by the clause start."""
    count, i = 1, cls_token
    while i - 2 >= m.clause.lo and m.tokens[i - 1].lower in _CLASS_JOINERS and \
            any(e.category == "DrugClass" for e in m.tokens[i - 2].entities):
        count, i = count + 1, i - 2
    return count


def _paired_with_class(m: MatchContext, token: int) -> bool:
    """Classes and drugs listed in the same number pair in order ("MEK and PI3KCA inhibitors, such as
    refametinib and pictilisib": refametinib the MEK inhibitor, pictilisib the PI3KCA one): a drug is of the
    last class only if it is the last drug."""
    cls_tokens = m.match.slots.get("cls") or ()
    drugs = sorted(m.match.slots.get("drug") or ())
    if len(cls_tokens) != 1 or len(drugs) < 2 or token not in drugs:
        return True
    classes = _coordinated_classes(m, cls_tokens[0])
    return classes != len(drugs) or token == drugs[-1]


def _stem_names_class(vocab, drug: Entity, wanted: set[str]) -> bool:
    """A drug the vocabulary lists without targets whose INN stem names a class acting on every gene the listed
    class acts on ("selumetinib": -metinib, a MEK inhibitor: MAP2K1 and MAP2K2): "two MEK1/2 inhibitors,
    selumetinib and pimasertib" keeps selumetinib a member (a stem only adds members; it never removes one)."""
    stem = vocab.stem_classes.get(drug.id)
    genes = wanted - set(vocab.family_members)
    return bool(stem and genes) and genes <= set(vocab.drug_targets.get(stem, ()))


def _sg_implied_targets(m: MatchContext, cls: Entity) -> set:
    return {o.id for s, p, o in m.rec.implied if s.id == cls.id and p == "targets"}


@guard
def drug_is_agent(m: MatchContext) -> bool:
    """The drug is the one that acts: not governed by a preposition or another verb ("resistance to
    cetuximab inhibited ...") and the verb is in the active voice."""
    _, idx = _sg_slot(m)
    if not idx or _sg_governed(m, min(idx)):
        return False
    v = m.match.cue_tokens.get("inhibit", -1)
    if v >= 0:
        word = m.tokens[v].lower
        if word.endswith(_SG_NOUN_ENDINGS) or word.endswith("ed") and v - 1 >= 0 and m.tokens[v - 1].lower in _SG_BE:
            return False
    return True


_SG_ROLE_WORDS = {"the", "a", "an", "tumor", "tumour", "suppressor", "suppressors", "gene", "genes", "oncogene",
                  "oncogenes", "encoding", "kinase", "receptor", "protein", "transcription", "factor", "e3",
                  "ubiquitin", "ligase", "proto-oncogene", "-", "key", "driver", "tumor-suppressor"}


@guard
def role_words_only(m: MatchContext) -> bool:
    """Between the alteration and its gene only words that say what the gene is ("mutations in the tumour
    suppressor FBW7"), nothing that moves the alteration elsewhere ("loss of response to EGFR")."""
    cue = next((i for lex, i in m.match.cue_tokens.items() if lex == "sg_alteration_of"), None)
    idx = m.match.slots.get("gene") or []
    if cue is None or not idx:
        return False
    start = m.tokens[cue].cues["sg_alteration_of"]
    return all(m.tokens[k].lower in _SG_ROLE_WORDS for k in range(start, min(idx)))


_SG_ALTERED_KIND = (("amplif", "amplification"), ("mutat", "mutation"), ("delet", "loss"), ("fusion", "fusion"),
                    ("rearrang", "fusion"), ("express", "overexpression"), ("upregul", "overexpression"),
                    ("up-regul", "overexpression"))


@transform({"Alteration"})
def altered_as_said(entity: Entity, m: MatchContext, token: int):
    """The alteration of a gene, of the kind the cue words say ("mutations in" -> mutation)."""
    if entity.category != "Gene" or entity.attr("family") and not m.reading.vocab.family_members.get(entity.id):
        return None
    for lex in ("sg_alteration_of", "sg_altered"):
        i = m.match.cue_tokens.get(lex)
        if i is None:
            continue
        words = m.text[m.tokens[i].start:m.tokens[m.tokens[i].cues[lex] - 1].end].lower()
        for stem, kind in _SG_ALTERED_KIND:
            if stem in words:
                return m.reading.recognizer.alteration(entity, kind)
    return None


_SG_ALTERATION_WORD = lazy_compile(r"(?:mutations?|mutant|mutated|amplifications?|amplified|loss|deletions?|deleted|"
                                   r"fusions?|rearrangements?|overexpression|overexpressed|alterations?|variants?|"
                                   r"positive|positivity|high|low|status)\W*$", re.I)


@transform(lambda cats: set(cats) | {"Gene"})
def relative_antecedent(entity: Entity, m: MatchContext, token: int):
    """What "which" points back at: an alteration named as "mutations in FBXW7, which degrades MCL1" or
    "the loss of PTEN, which ..." ends in the gene, and the relative clause tells what the gene does; one
    named as "KRAS mutations, which ..." is itself the antecedent. Without a "which" the alteration itself acts
    ("loss of PTEN leads to AKT activation": the loss raises AKT, not PTEN)."""
    if entity.category != "Alteration" or token < 0 or "sg_relative" not in m.match.cue_tokens:
        return entity
    if entity.attr("alteration_kind") == "loss" and "sg_lead_to" in m.match.cue_tokens:
        return entity  # "loss of PTEN, which leads to AKT activation": what follows is the loss's doing
    if _SG_ALTERATION_WORD.search(m.tokens[token].text):
        return entity
    return m.reading.vocab.gene_entity(entity.attr("gene") or "") or None


@guard
def nothing_named_between(m: MatchContext) -> bool:
    """No entity between the first and the last cue of the match ("CAFs secrete HGF that activates MET"
    says what HGF does, not what the cells do)."""
    cues = sorted(m.match.cue_tokens.values())
    if len(cues) < 2:
        return True
    return not any(m.tokens[k].is_entity for k in range(cues[0], cues[-1]))


# -- receptors and their ligands (sig helper) -------------------------------------------------------
_SG_RECEPTOR = lazy_compile(r"\breceptors?\b", re.I)


def _sg_called_receptor(m: MatchContext, i: int, before: int = 3, after: int = 2) -> bool:
    """The entity at token ``i`` is called a receptor: in its own words ("A2A receptors"), just after
    them ("the IL-6 receptor") or just before them ("the co-stimulatory receptor CD28")."""
    toks = m.tokens
    if _SG_RECEPTOR.search(toks[i].text):
        return True
    near = [toks[k] for k in range(max(0, i - before), min(len(toks), i + after + 1)) if k != i]
    return any(not t.is_entity and _SG_RECEPTOR.fullmatch(t.text) for t in near)


def _sg_bind_cue(m: MatchContext) -> int:
    """The cue after the first slot that the possessive or the verb of the rule stands at."""
    for lex in ("sg_bind", "sg_its_ligand", "sg_its_downstream"):
        if lex in m.match.cue_tokens:
            return m.match.cue_tokens[lex]
    return -1


def _sg_named_between(m: MatchContext, lo: int, hi: int, own: set) -> bool:
    """A gene or molecule other than ``own`` is named between tokens lo and hi (exclusive); a kind
    said with an indefinite article ("is a receptor tyrosine kinase that") names nothing."""
    for k in range(lo + 1, hi):
        if _sg_a_kind(m, k):
            continue
        for e in m.tokens[k].entities:
            if e.category in ("Gene", "Molecule") and e.id not in own:
                return True
    return False


def _sg_a_kind(m: MatchContext, k: int) -> bool:
    """Token k is a kind, not a referent: "a receptor tyrosine kinase", "an RTK"."""
    return k > 0 and m.tokens[k - 1].text.lower() in ("a", "an")


@guard
def maker_named_first(m: MatchContext) -> bool:
    """The maker of a molecule is the first thing named after "by"/"from" ("adenosine generated by CD73
    suppresses T cells": CD73 makes it; the T cells, named after another entity, are what it acts on)."""
    name = "enzyme" if "enzyme" in m.match.slots else "cell"
    idx = m.match.slots.get(name)
    if not idx:
        return True
    lo = max((v for v in m.match.cue_tokens.values() if v < min(idx)), default=m.match.start)
    return not any(m.tokens[k].is_entity for k in range(lo, min(idx)))


_SG_OUTPUT_NOUNS = frozenset({"secretion", "release", "production"})


@guard
def process_named_as_raised(m: MatchContext) -> bool:
    """"JAK1/2-dependent activation of STAT3", "cMET-mediated JAK1/2-STAT3 activation": the process is written as
    a raising of its gene. A bare "signalling" after "X-dependent" ("ADAM17-dependent c-MET signalling", where
    ADAM17 holds c-MET back) says only that the signalling hangs on X somehow, not that X raises it."""
    span = m.match.slots.get("target") or []
    return any(RAISED_WORDS.search(m.tokens[i].text) for i in range(min(span, default=0), max(span, default=-1) + 1))


@guard
def not_cell_output(m: MatchContext) -> bool:
    """"the secretion of IL-6 by fibroblasts": a cell's output named as a noun is what the cell secretes
    (signalling.output_of_molecule_by_cell reads it), not an activation of the molecule by the cell."""
    noun = m.first_cue("activation_noun")
    idx = m.match.slots.get("actor") or []
    if noun is None or m.tokens[noun].lower not in _SG_OUTPUT_NOUNS:
        return True
    return not any(e.category == "CellType" for i in idx for e in m.tokens[i].entities)


# the means by which a gene is taken away or blocked, not an agent of its own ("by knockdown of X", "by X siRNA",
# "by siX")
_SILENCING_MEANS = lazy_compile(r"^(?:knock-?downs?|knock-?outs?|silencing|silenced|depletion|deletion|si-?rnas?|sh-?rnas?|"
                                r"inhibition|inhibitors?|blockade|antibod(?:y|ies)|treatment|overexpression|transfection|"
                                r"targeting)$", re.I)
_SI_NAMED = lazy_compile(r"^(?:si|sh)[A-Z0-9]")


def _silencing_means(text: str) -> bool:
    return bool(_SILENCING_MEANS.match(text) or _SI_NAMED.match(text))


@guard
def agent_itself_after_by(m: MatchContext) -> bool:
    """The agent after "by" is what does the lowering: between "by" and it stands no other entity (a drug, "inhibition
    of EGFR by cetuximab reduced ERK": cetuximab inhibits EGFR, ERK does nothing) and no means of taking a gene away
    or blocking it, before or right after it ("suppression of AKT by knockdown of PIK3CA", "by PIK3CA siRNA": the
    knockdown is an experiment, and PIK3CA loss lowering AKT says PIK3CA raises it)."""
    by = m.first_cue("passive_by")
    idx = m.match.slots.get("actor") or []
    if by is None or not idx:
        return True
    lo, hi = min(idx), max(idx)
    if any(m.tokens[i].is_entity or _silencing_means(m.tokens[i].text) for i in range(by + 1, lo)):
        return False
    after = hi + 1
    while after < len(m.tokens) and m.tokens[after].text == "-":
        after += 1
    return not (after < len(m.tokens) and _silencing_means(m.tokens[after].text))


@guard
def reduced_relative_subject(m: MatchContext) -> bool:
    """"IL-6 released by CAFs activates STAT3"; "macrophages producing IL-10 suppress T cells": the entity
    named first opens a noun phrase (no verb or preposition governs it) and the verb after the reduced
    relative clause is in the active voice (not "IL-10 produced by macrophages was suppressed by ...")."""
    _, idx = _sg_slot(m)
    if not idx:
        return False
    return not _sg_governed(m, min(idx)) and _sg_active_verb(m)


@guard
def secreted_not_expressed(m: MatchContext) -> bool:
    """"Tregs express high levels of CTLA-4": a cell that expresses a protein carries it (the expresses rules
    read that); only a verb of release says that it secretes the molecule."""
    verb = m.first_cue("secrete")
    return verb is None or not m.tokens[verb].lower.startswith("express")


_SG_TURNED_INTO = frozenset({"into", "toward", "towards"})


@guard
def target_not_converted(m: MatchContext) -> bool:
    """"CSF1 promotes the differentiation of monocytes into M2 macrophages": cells named as what others are
    turned from are not what is raised (signalling.actor_polarizes_cells_into reads what they become)."""
    _, idx = _sg_slot(m, "target")
    if not idx:
        return True
    a = _sg_after(m, max(idx))
    return a < 0 or m.tokens[a].lower not in _SG_TURNED_INTO


@guard
def enzyme_not_modifier(m: MatchContext) -> bool:
    """The enzyme is named for itself, not as the mark of cells ("adenosine generated by CD39-expressing Tregs":
    the cells make it) nor as a modifier of another noun."""
    idx = m.match.slots.get("enzyme")
    if not idx:
        return True
    a = _sg_after(m, max(idx))
    if a < 0:
        return True
    t = m.tokens[a]
    return t.text not in _SG_DASH and not any(e.category == "CellType" for e in t.entities)


@guard
def object_is_receptor(m: MatchContext) -> bool:
    """"adenosine binds to A2A receptors": the bound entity is called a receptor, the binder is not."""
    r = m.match.slots["receptor"][0]
    lig = m.match.slots["ligand"][-1]
    return _sg_called_receptor(m, r, before=1) and not _sg_called_receptor(m, lig, before=0, after=1)


@guard
def subject_is_receptor(m: MatchContext) -> bool:
    """"IGF-1R is a receptor tyrosine kinase that binds to IGF-1": the binder is called a receptor (in its
    words, just before them, or between them and the verb), nothing else is named between it and the
    verb, and what it binds is not a receptor."""
    r = m.match.slots["receptor"][-1]
    v = _sg_bind_cue(m)
    if v < 0 or _sg_a_kind(m, r) or _sg_named_between(m, r, v, {e.id for e in m.tokens[r].entities}):
        return False
    called = _sg_called_receptor(m, r, before=3, after=0) or any(
        _SG_RECEPTOR.fullmatch(m.tokens[k].text) if not m.tokens[k].is_entity
        else _sg_a_kind(m, k) and _SG_RECEPTOR.fullmatch(m.tokens[k].text.split()[0]) for k in range(r + 1, v))
    lig = m.match.slots["ligand"][0]
    return called and not _sg_called_receptor(m, lig, before=0, after=1)


@guard
def nothing_named_before_cue(m: MatchContext) -> bool:
    """"PD-1 ... upon interaction with its ligands PD-L1": no other gene or molecule is named between the
    receptor and "its ligands" (the possessive points back at the receptor)."""
    first = "receptor" if "receptor" in m.match.slots else "actor"
    r = m.match.slots[first][-1]
    v = _sg_bind_cue(m)
    return v >= 0 and not _sg_named_between(m, r, v, {e.id for e in m.tokens[r].entities})


@guard
def blunted_target_named(m: MatchContext) -> bool:
    """"impairs the inhibitory effect of cetuximab on the PI3K/AKT pathway": the target is what the
    inhibition acts on: after "on", or right after "the inhibition of" (no drug in between)."""
    v = m.match.cue_tokens.get("sg_blunt_inhibition", -1)
    t = m.match.slots["target"][0]
    if v < 0:
        return False
    if "sg_on_word" in m.match.cue_tokens:
        return True
    return not any(m.tokens[k].is_entity for k in range(m.tokens[v].cues["sg_blunt_inhibition"], t))


@guard
def compete_subject(m: MatchContext) -> bool:
    """"TIGIT, expressed on T cells, binds to CD155 and CD112 and competes with CD226": the competitor is
    the subject of the clause; genes named on the way are objects ("binds to CD155"), and a later gene
    that stands as a subject ("LAG-3 ..., TIGIT ... competes") takes the verb from an earlier one."""
    idx = m.match.slots.get("actor") or m.match.slots.get("receptor")
    cue = m.match.cue_tokens.get("sg_compete", -1)
    if not idx or cue < 0:
        return False
    first, last = min(idx), max(idx)
    if not _sg_subject_like(m, first, last) or not _sg_anaphor_ok(m, first) or not competitor_named_next(m):
        return False
    own = {e.id for i in idx for e in m.tokens[i].entities}
    cats = ("Gene", "Molecule")
    k = last + 1
    while k < cue:
        t = m.tokens[k]
        if t.is_entity and any(e.category in cats for e in t.entities) and not {e.id for e in t.entities} & own:
            members = m.clause.list_members(k, cats)
            lo, hi = min(members), max(members)
            if _sg_subject_like(m, lo, hi):
                return False
            k = max(hi, k) + 1
            continue
        k += 1
    return True


@guard
def competitor_named_next(m: MatchContext) -> bool:
    """What is competed with is named right after the verb ("competes with the receptor CD226"), not
    after a preposition ("competes with ubiquitin for binding to EGFR": EGFR is what both bind)."""
    lex = "sg_compete" if "sg_compete" in m.match.cue_tokens else "sg_by_compete"
    v = m.match.cue_tokens.get(lex, -1)
    if v < 0:
        return False
    end = m.tokens[v].cues.get(lex, v + 1)
    t = min(m.match.slots.get("target") or m.match.slots["rival"])
    return not any(m.tokens[k].lower in _SG_PREP or m.tokens[k].lower in (",", ";") for k in range(end, t))


@guard
def process_not_resistance(m: MatchContext) -> bool:
    """The process named is not resistance itself ("plays a key role in resistance to cetuximab" is a
    cause of resistance, which the resistance rules read)."""
    t = min(m.match.slots["target"])
    name = " ".join(e.name.lower() for e in m.tokens[t].entities)
    if _DRIVEN_RESISTANCE_AFTER.match(m.text, m.tokens[max(m.match.slots["target"])].end):
        return False  # "a driving force for hypoxia-induced resistance": the process only names the resistance's cause
    return "resist" not in name and "resist" not in m.tokens[t].lower


# a process named as what drives a resistance ("hypoxia-induced resistance", "EMT-mediated drug resistance")
_DRIVEN_RESISTANCE_AFTER = lazy_compile(r"\s*[-–]\s*(?:induced|mediated|driven|associated|dependent|related|triggered)"
                                        r"\s+(?:[\w\-]+\s+){0,2}?resist", re.I)


_SG_LOSS_KINDS = {"loss", "promoter hypermethylation"}


@transform({"Gene"})
def lost_gene(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"Loss of PTEN activates the PI3K/AKT axis": what the lost gene does is the reverse (PTEN inhibits
    PI3K/AKT); nothing for an alteration that is not a loss of function."""
    if entity.category != "Alteration" or entity.attr("alteration_kind") not in _SG_LOSS_KINDS:
        return None
    return m.reading.vocab.gene_entity(entity.attr("gene") or "") or None


@guard
def nothing_named_before_bind(m: MatchContext) -> bool:
    """The binder is the entity named last before the verb: no other gene or molecule stands between."""
    lig = m.match.slots["ligand"][-1]
    v = m.match.cue_tokens.get("sg_bind", -1)
    return v >= 0 and not _sg_named_between(m, lig, v, {e.id for e in m.tokens[lig].entities})


# -- s56 ligands: a ligand acting on its receptor, an inducer on the pathway it sets off ---------------------------
# a lowering named right after what was set off ("HGF-induced MET degradation", "X-mediated Wnt signalling inhibition")
_LG_LOWERING = lazy_compile(r"(?:inhibition|inhibitors?|suppression|blockade|blocking|down-?regulation|degradation|"
                            r"inactivation|attenuation|repression|loss|deficiency|impairment|shut-?down|dampening|"
                            r"internali[sz]ation|antagonists?|antagonism|dephosphorylation)$", re.I)
# a word naming what binds without setting off ("the binding of the decoy X to Y", "of an antagonist X")
_LG_HOLDS_BACK = lazy_compile(r"(?:antagonists?|decoys?|antibod(?:y|ies)|inhibitors?|inhibitory|blocking|blocker|"
                              r"neutrali[sz]ing|traps?|mAbs?|nanobod(?:y|ies)|3'-?UTRs?|UTRs?|promoters?)$", re.I)
_LG_TUMOUR_WORD = lazy_compile(r"^(?:tumou?rs?|cancers?|malignant|carcinoma|neoplastic|CRC|colorectal)$", re.I)


def _lg_lowered_after(m: MatchContext, slot: str) -> bool:
    """The word right after the slot's entity (or after its "signalling", "pathway") names a lowering of it."""
    idx = m.match.slots.get(slot) or []
    k = max(idx, default=-2) + 1
    if 0 < k < len(m.tokens) and m.tokens[k].lower in ("signaling", "signalling", "pathway", "pathways", "axis",
                                                         "activity", "cascade", "receptor", "receptors"):
        k += 1  # "PI3K/AKT signalling inhibition"
    return 0 < k < len(m.tokens) and not m.tokens[k].is_entity and bool(_LG_LOWERING.match(m.tokens[k].text))


@guard
def lg_inducer_of_pathway(m: MatchContext) -> bool:
    """"DLL4-mediated Notch signalling": an agent compounded before a pathway sets it off. After "-mediated" the agent
    is a ligand, cytokine or other molecule (a molecule, or one the text calls a ligand), which acts from outside the
    pathway; a gene carrying the signalling ("EGFR-mediated ...") is left to the readers of what it activates. The
    agent is not the pathway itself, and no lowering of the pathway is named after it ("... signalling inhibition")."""
    actors = m.slot_entities.get("actor", ())
    targets = {e.id for e in m.slot_entities.get("target", ())}
    if not actors or any(e.id in targets for e in actors) or _lg_lowered_after(m, "target"):
        return False
    k = m.match.cue_tokens.get("lg_pathway_inducer", -1)
    if k >= 0 and m.tokens[k].lower == "mediated":
        idx = m.match.slots.get("actor") or []
        called = any("ligand" in m.tokens[i].text.lower() for i in idx) or any(
            m.tokens[i].lower in ("ligand", "ligands") for i in range(max(0, min(idx, default=0) - 3), min(idx, default=0)))
        return called or all(e.category == "Molecule" for e in actors)
    return True


def _lg_on_cell(m: MatchContext, i: int, tumour: bool) -> bool:
    """"on tumour cells" / "on macrophages" within four tokens after token i: the cell the entity sits on (the words
    after "on" up to the first cell type or "cells") is the tumour's own (``tumour``: "on colorectal cancer cells") or
    another, named as a cell type ("on macrophages")."""
    toks = m.tokens
    for k in range(i + 1, min(len(toks) - 1, i + 4)):
        if toks[k].lower not in ("on", "of", "in", "by"):
            continue
        words = []
        for t in toks[k + 1: k + 6]:
            words.append(t)
            cell = any(e.category == "CellType" for e in t.entities)
            if cell or t.lower in ("cell", "cells"):
                break
        else:
            return False
        last = words[-1]
        own = any(_LG_TUMOUR_WORD.match(t.text) or any(e.category == "Disease" for e in t.entities) or any(
            e.category == "CellType" and _TUMOUR_CELL_NAME.search(e.name) for e in t.entities) for t in words)
        other = any(e.category == "CellType" for e in last.entities)
        return own if tumour else (other and not own)
    return False


@guard
def lg_ligand_receptor_pair(m: MatchContext) -> bool:
    """"the binding of X to Y": Y is X's receptor, which X sets off, when Y is called a receptor and X is not, or when X
    sits on the tumour's cells and Y on another cell (a tumour ligand engaging an immune cell's receptor, "CD47 on
    tumour cells to SIRPA on macrophages"). Nothing between is named as binding without setting off (an antagonist,
    decoy, antibody or inhibitor; a microRNA's binding site)."""
    lig, rec = m.match.slots["ligand"][0], m.match.slots["receptor"][-1]
    if {e.id for e in m.tokens[lig].entities} & {e.id for e in m.tokens[rec].entities}:
        return False
    if any(not m.tokens[k].is_entity and _LG_HOLDS_BACK.match(m.tokens[k].text)
           for k in range(max(0, m.match.start - 1), rec)):
        return False
    if _sg_called_receptor(m, rec, before=1) and not _sg_called_receptor(m, lig, before=0, after=1):
        return True
    return _lg_on_cell(m, lig, tumour=True) and _lg_on_cell(m, rec, tumour=False)


@guard
def lg_expression_marker(m: MatchContext) -> bool:
    """"required for PD-L1 expression": the marker after the verb is named by an expression or level of a product, not
    a status, mutation or score ("required for KRAS wild-type status" raises nothing)."""
    return all(_LG_EXPRESSION_NAME.search(e.name) for e in m.slot_entities.get("target", ()))


_LG_EXPRESSION_NAME = lazy_compile(r"(?:expression|overexpression|levels?|upregulation|secretion|production)$", re.I)


@guard
def lg_target_not_lowered(m: MatchContext) -> bool:
    """"CXCL12-stimulated CXCR4" sets the receptor off; "EGF-stimulated EGFR degradation" names its lowering."""
    actors = {e.id for e in m.slot_entities.get("actor", ())}
    return not _lg_lowered_after(m, "target") and not any(
        e.id in actors for e in m.slot_entities.get("target", ()))


@guard
def first_slot_subject(m: MatchContext) -> bool:
    """The pattern's first entity stands where a subject stands (not governed by a verb or preposition,
    not a modifier), and a pronoun standing for it points at a subject."""
    _, idx = _sg_slot(m)
    if not idx:
        return False
    return _sg_subject_like(m, min(idx), max(idx)) and _sg_anaphor_ok(m, min(idx))


# ("low TAP expression": the biomarker's level word is not part of the gene's name)
_SG_EXPRESSION_NAME = lazy_compile(r"^(?:(?:low|high)\s+)?(?P<thing>.+?)\s+(?:mRNA\s+|protein\s+)?(?:expression|levels?)$",
                                   re.I)


@transform({"Gene", "Molecule"})
def expressed_product(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"IFN-gamma induces PD-L1 expression": the expression biomarker names the gene or molecule whose
    level is raised or lowered (PD-L1); nothing for another kind of biomarker."""
    if entity.category != "Biomarker":
        return None
    hit = _SG_EXPRESSION_NAME.match(entity.name)
    if not hit:
        return None
    vocab = m.reading.vocab
    eid = vocab.resolve(hit.group("thing"))
    found = vocab.entities.get(eid) if eid else None
    return found if found is not None and found.category in ("Gene", "Molecule") else None


@guard
def expression_closes_list(m: MatchContext) -> bool:
    """What the mediator raises is a list of genes or molecules that an expression closes ("PI3K/AKT-mediated SOX2
    and PD-L1 expression", "STAT3-dependent PD-L1 expression"): not cells or processes ("Treg-mediated CD8+ T cell
    suppression"), and not a gene with no word of expression ("IL-6-induced STAT3 phosphorylation")."""
    ents = m.slot_entities.get("target", ())
    if not ents or any(e.category not in ("Gene", "Molecule", "Biomarker") for e in ents):
        return False
    idx = m.match.slots.get("target") or ()
    last = [e for e in m.tokens[max(idx)].entities] if idx else []
    return any(e.category == "Biomarker" and _SG_EXPRESSION_NAME.match(e.name) for e in last)


@transform({"Molecule"})
def released_product(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"M2 macrophages secrete high levels of IL-10": the molecule whose amount the biomarker names (a gene's
    product named by the gene, "high levels of PD-L1", is carried, not released: nothing)."""
    found = expressed_product(entity, m, token)
    return found if found is not None and found.category == "Molecule" else None


_SG_LOF_OPENERS = {",", ";", ":", "that", "which", "whereas", "while", "and", "but", "mechanistically", "moreover",
                   "furthermore", "indeed", "conversely", "similarly", "notably", "importantly", "here", "thus"}


def _opens_lof_clause(m: MatchContext, i: int) -> bool:
    """Entity token ``i`` opens the clause (determiners aside), or follows a comma, a conjunction or an adverb of
    :data:`_SG_LOF_OPENERS`."""
    return (p := _sg_prev(m, i)) < 0 or m.tokens[p].lower in _SG_LOF_OPENERS


@guard
def lof_subject(m: MatchContext) -> bool:
    """The taken-away gene ("knockdown of PTEN", "PTEN knockdown") is the subject of the verb: the phrase opens
    the clause or follows a comma or a conjunction, and the verb follows it (not "resistance to the inhibition
    of X increased ...")."""
    idx = m.match.slots["actor"]
    lof = m.match.cue_tokens.get("sg_lof_of")
    start = lof if lof is not None and lof < min(idx) else min(idx)
    if not _opens_lof_clause(m, start):
        return False
    verb = m.first_cue("activate", "inhibit")
    end = m.tokens[m.match.cue_tokens["sg_lof_noun"]].cues["sg_lof_noun"] if "sg_lof_noun" in m.match.cue_tokens \
        else max(idx) + 1
    return verb is not None and not any(m.tokens[k].is_entity for k in range(end, verb))


@guard
def gain_subject(m: MatchContext) -> bool:
    """The raised gene ("enforced expression of beta-catenin in CD4+ T cells") is the subject of the verb: the
    phrase opens the clause or follows a comma, a conjunction or an opening adverb (not "resistance to the
    overexpression of X in Y cells increased ...")."""
    gof = m.match.cue_tokens.get("sg_gof_noun")
    return gof is not None and _opens_lof_clause(m, gof)


@guard
def not_few_carriers(m: MatchContext) -> bool:
    """Not only a share of the carriers of the ``cause`` slot, nor a rarity, said to withstand the therapy ("Only a
    minority of MSI-H tumours resist ICIs", "MSI-H tumours rarely escape pembrolizumab", "MSI-H tumours are rarely
    resistant to pembrolizumab": after "resistant" only few carriers or a rarity, builders/few_carriers.py)."""
    idx = m.match.slots["cause"]
    escape = m.first_cue("escape_verb")
    verb = escape if escape is not None else m.first_cue("resistant")
    if verb is None:
        return True
    before = m.text[m.tokens[m.clause.lo].start:m.tokens[min(idx)].start]
    between = m.text[m.tokens[max(idx)].end:m.tokens[verb].start]
    return not few_carriers(before, between, narrow=escape is None)


_RESPONSE_PREDICATES = ("predicts_response_to", "associated_with_sensitivity_to")


@guard
def not_few_responders(m: MatchContext) -> bool:
    """Not a rarity said of the marker's carriers' response ("MSS tumours rarely respond to A", "rare responses to A
    in MSS CRC", "MSS disease with an improved response to A is rare"), nor only few of the carriers, named as those
    who respond before the therapy ("a minority of MSS tumours respond to A", "few patients with KRAS-mutant mCRC
    benefit from A"): the exceptions among the carriers, so the marker does not mark responders
    (builders/few_carriers.py; asked by :func:`not_a_share`, which the response rules list). A share after the
    therapy is left read: "ICIs are effective only in a small subset of patients with MSI tumours" names the subset
    by its marker as often as it takes a share of the carriers; a marker named inside the share defines the subset
    ("a minority of MSS patients with POLE mutations responded": POLE mutation)."""
    emits = [(s, o) for s, p, o, _sf, _of in m.rule.emits if p in _RESPONSE_PREDICATES]
    found = next(((m.match.slots[s], m.match.slots.get(o) or ()) for s, o in emits if m.match.slots.get(s)), None)
    if found is None:
        return True
    idx, therapy = found
    lo = m.tokens[m.clause.lo].start
    at = m.tokens[min(idx)].start
    share = share_of_carriers(m.text[lo:at]) if not therapy or min(idx) < min(therapy) else None
    if share is not None:
        ours = {e.id for i in idx for e in m.tokens[i].entities}
        if not any(m.tokens[k].start >= lo + share and any(e.category in PREDICTOR and e.id not in ours
                                                           for e in m.tokens[k].entities)
                   for k in range(m.clause.lo, min(idx))):
            return False
    first = max(m.clause.lo, m.match.start - 4)
    last = m.tokens[m.match.end - 1].end
    end = m.tokens[min(m.clause.hi, len(m.tokens)) - 1].end
    return not rarity_said(m.text[m.tokens[first].start:last], m.text[last:end])


@guard
def blocker_class_subject(m: MatchContext) -> bool:
    """The drug class of the ``actor`` slot is the subject of the lowering verb: it opens the clause (after a
    comma, a conjunction or an adverb, as :func:`lof_subject` asks), or an opening treatment phrase ("Treatment
    with MEK inhibitors reduced ..."; :mod:`builders.class_blockers`), and no entity stands between it and the verb."""
    idx = m.match.slots["actor"]
    if not _opens_lof_clause(m, min(idx)):
        p = _sg_prev(m, min(idx))
        if p < 1 or not treatment_phrase_before(m.tokens[p - 1].lower, m.tokens[p].lower):
            return False
        if not _opens_lof_clause(m, p - 1):  # (the treatment noun opens the clause)
            return False
    verb = m.first_cue("inhibit")
    if verb is None or any(m.tokens[k].is_entity for k in range(max(idx) + 1, verb)):
        return False
    # not the class's own axis ("CCR5 blockade, which disrupts the CCL5-CCR5 axis": CCR5 is part of it)
    own = [g for c in m.slot_entities.get("actor", ()) for g in class_targets(c, m, -1)]
    genes = [g.name for g in own]
    if any(own_part_named(t.name, genes) for t in m.slot_entities.get("target", ())):
        return False
    # nor the family the class's genes make up ("MEK inhibitors prevent MEK phosphorylation of ERK": MEK is the
    # kinase doing the phosphorylation, the class's own target, and keeps up nothing of itself)
    vocab = m.reading.vocab
    own_ids = {g.id for g in own}
    return not any(t.attr("family") and own_ids & set(vocab.family_gene_ids(t.id) or ())
                   for t in m.slot_entities.get("target", ()))


@transform(lambda cats: (set(cats) - {"Biomarker"}) | {"Gene", "Molecule"})
def level_target(entity: Entity, m: MatchContext, token: int):
    """What is raised or lowered: the gene or molecule of an expression biomarker ("AXL expression"), else
    as :func:`activated_part` reads it."""
    if entity.category == "Biomarker":
        return expressed_product(entity, m, token)
    return activated_part(entity, m, token)


_FEEDBACK_WORD = lazy_compile(r"\b(?:feedback|compensatory|adaptive|rebound|paradoxical)\b|reactivat", re.I)


@guard
def feedback_reactivation(m: MatchContext) -> bool:
    """What the therapy sets off is switched back on: a reactivation, or an activation the words call
    feedback, compensatory, adaptive or rebound ("BRAF inhibition causes feedback activation of EGFR"); not
    the activation a drug is meant to cause ("cetuximab induces activation of NK cells")."""
    t, c = m.match.slots["therapy"], m.match.slots["cause"]
    if max(t) < min(c):  # "BRAF inhibition causes feedback activation of EGFR"
        lo, hi = m.tokens[max(t)].end, m.tokens[max(c)].end
    else:  # "feedback reactivation of EGFR upon BRAF inhibition"
        lo, hi = m.tokens[min(c)].start, m.tokens[min(t)].start
        lo = max(m.tokens[m.clause.lo].start, lo - 25)  # "compensatory activation of ERBB3 upon ..."
    if not _FEEDBACK_WORD.search(m.text, lo, hi):
        return False
    return not _feedback_raises_cells(m, max(c))


# "a feedback loop that activates NK cells": what the loop is said to activate, right after it
_ACTIVATING_NEXT = lazy_compile(r"\s*,?\s*(?:that|which)?\s*(?:activat|recruit|stimulat|expand|prim)\w*\s+(?:\w+\s+){0,2}$", re.I)


def _feedback_raises_cells(m: MatchContext, last: int) -> bool:
    """The feedback the therapy sets off is said to activate cells ("cetuximab triggers a feedback loop that
    activates NK cells"): an immune effect of the drug, not signalling switched back on against it."""
    for i in range(last + 1, min(last + 6, m.clause.hi, len(m.tokens))):
        if any(e.category == "CellType" for e in m.tokens[i].entities):
            return bool(_ACTIVATING_NEXT.match(m.text[m.tokens[last].end:m.tokens[i].start]))
    return False


@guard
def therapy_not_blocking_it(m: MatchContext) -> bool:
    """The therapy sets the change off, not blocks it: in "trametinib abrogated the vemurafenib-induced ERK
    reactivation" the reactivation is vemurafenib's; trametinib, whose verb of blocking stands between it and the
    change, is what overcomes it."""
    t, c = m.match.slots["therapy"], m.match.slots["cause"]
    if max(t) >= min(c):
        return True
    return not m.any_cue_in(("block_induced", "overcome"), max(t) + 1, min(c))


@guard
def feedback_not_blocked(m: MatchContext) -> bool:
    """:func:`therapy_not_blocking_it`, where the therapy's own blocking of its target comes before the feedback it
    sets off ("When vemurafenib blocks BRAF, this kicks on a feedback leading to upregulation of EGFR"): no verb of
    blocking stands between the setting off and the change."""
    start, c = m.match.cue_tokens.get("fb_trigger"), m.match.slots["cause"]
    if start is None or start >= min(c):
        return True
    return not m.any_cue_in(("block_induced", "overcome"), start + 1, min(c))


_WITHDRAWN_AFTER = lazy_compile(r"\s*(?:treatment\s+|therapy\s+)?(?:withdrawal|discontinuation|cessation|removal|"
                                r"holiday|interruption|washout|wash-out)\b", re.I)


@guard
def therapy_not_withdrawn(m: MatchContext) -> bool:
    """The therapy is given, not stopped ("MAPK reactivation after cetuximab withdrawal" is no resistance)."""
    return not _WITHDRAWN_AFTER.match(m.text, m.tokens[max(m.match.slots["therapy"])].end)


# the therapy stopped: a change it sets off then is a rebound of its withdrawal, no escape under it
_STOPPED = lazy_compile(r"\b(?:discontinu(?:ation|ed|ing)|withdrawal|withdrawn|cessation|stopping)\b", re.I)


@guard
def therapy_not_stopped(m: MatchContext) -> bool:
    """The sentence speaks of the therapy given, not stopped: what rises after its discontinuation, withdrawal or
    cessation ("cetuximab induced a rebound of VEGF-A secretion after treatment discontinuation") is a withdrawal
    effect, no resistance to it."""
    return not _STOPPED.search(m.text)


@transform({"ResistanceMechanism"})
def named_reactivation(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The mechanism named in full where a general word of feedback runs on into one ("feedback activation
    of EGFR": EGFR activation, not only adaptive feedback); else the mechanism as read."""
    if token < 0:
        return entity
    t = m.tokens[token]
    longer = [x for x in m.rec.mentions if t.start < x.start < t.end < x.end and x.entity.category == "ResistanceMechanism"]
    named = longer[0].entity if len(longer) == 1 else entity
    return _with_feedback_names(named) if _FEEDBACK_ONLY.search(m.text) else named


# the word that says a reactivation comes back by feedback ("feedback signalling via reactivation of EGFR")
_FEEDBACK_ONLY = lazy_compile(r"\bfeedback\b", re.I)
# a mechanism named as a participant's (re)activation: "EGFR reactivation", "MAPK pathway activation"
_ACTIVATION_NAME = lazy_compile(r"(?P<part>\S.*?)\s+(?P<kind>(?:re)?activation)", re.I)


def _with_feedback_names(mech: Entity) -> Entity:
    """A (re)activation the sentence says comes back by feedback, also under its feedback names ("EGFR feedback
    reactivation", "feedback reactivation of EGFR"); any other mechanism as it is.

    >>> _with_feedback_names(Entity("crc:m", "ResistanceMechanism", "ERK reactivation")).synonyms
    ('ERK feedback reactivation', 'feedback reactivation of ERK')
    >>> [_with_feedback_names(Entity("crc:m", "ResistanceMechanism", n)).synonyms
    ...  for n in ("T-cell exclusion", "adaptive feedback reactivation")]
    [(), ()]
    """
    hit = _ACTIVATION_NAME.fullmatch(mech.name)
    if hit is None or _FEEDBACK_ONLY.search(mech.name):
        return mech  # "adaptive feedback reactivation" names its feedback already
    part, kind = hit.group("part"), hit.group("kind")
    extra = (f"{part} feedback {kind}", f"feedback {kind} of {part}")
    return replace(mech, synonyms=tuple(sorted(set(mech.synonyms) | set(extra))))


def _one_blocked_gene(entity: Entity, m: MatchContext) -> Entity | None:
    """The one gene whose blocking the sentence names: the gene itself ("blockade of EGFR"), or the one gene a targeted
    drug or class given to block it acts on ("co-treatment with an anti-EGFR antibody"); none for anything else, and
    none for a chemotherapy (irinotecan acts on TOP1, but a cytotoxic drug blocks no signalling that came back)."""
    if entity.category == "Gene":
        return entity
    if entity.category not in THERAPY:
        return None
    vocab = m.reading.vocab
    if is_chemotherapy(vocab, entity):
        return None
    targets = therapy_targets(vocab, entity)
    gene = vocab.entities.get(next(iter(targets))) if len(targets) == 1 else None
    return gene if gene is not None and gene.category == "Gene" else None


# what comes back under a therapy, named right before "following/after/upon" the therapy ("such rebound signalling
# following", "the ERK rebound upon", "feedback reactivation of MAPK signalling after")
_REBOUND_BEFORE = lazy_compile(r"\b(?:rebound|feedback|re-?activat\w*|compensatory\s+(?:\w+\s+)?(?:signal\w*|activation))"
                               r"\b[^.;:()]{0,40}$", re.I)


@guard
def rebound_named_before(m: MatchContext) -> bool:
    """What the therapy is said to be followed by is a rebound, a feedback or a reactivation, named just before
    "following/after/upon" the therapy ("such rebound signalling following BRAF inhibition"), not any change
    ("tumour growth after BRAF inhibition")."""
    cue = m.first_cue("fb50_after")
    if cue is None:
        return False
    start = m.tokens[cue].start
    return _REBOUND_BEFORE.search(m.text, max(0, start - 60), start) is not None


@transform({"ResistanceMechanism"})
def reactivation_of_blocked(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy's escape that blocking one node undoes, or that the tumour makes by switching one node back on, is
    that node's reactivation ("rebound signalling after BRAF inhibition is abrogated by blockade of EGFR"; "cells
    bypass KRAS G12C inhibition by reactivating EGFR"): "EGFR reactivation", also under its feedback names, involving
    the gene; none where the node is not one gene, or is what the therapy (the match's ``therapy``, else the one the previous sentence names) itself acts on."""
    gene = _one_blocked_gene(entity, m)
    vocab = m.reading.vocab
    therapies = list(m.slot_entities.get("therapy", ())) or [t for t in (m.scope.get("prev_named"),) if t is not None]
    if gene is None or any(gene.id in therapy_targets(vocab, t) for t in therapies):
        return None  # the therapy's own target blocked again is no escape the sentence names
    return _with_feedback_names(mechanism(f"{gene.name} reactivation", [gene], m))


@transform({"Regimen"})
def blocker_with_therapy(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The blocking of one node given together with the therapy (the match's one ``therapy``) whose escape it undoes:
    a drug or class named as the blocker with that therapy; a gene named as what is blocked ("concomitant blockade of
    EGFR") by its inhibitor class. None where the therapy is not one, or the blocker is of the therapy's own kind."""
    therapies = m.slot_entities.get("therapy", ())
    gene = _one_blocked_gene(entity, m)
    if len(therapies) != 1 or gene is None:
        return None
    therapy, vocab = therapies[0], m.reading.vocab
    if gene.id in therapy_targets(vocab, therapy):
        return None
    if entity.category == "Gene":
        entity = inhibitor_class(vocab, gene)
        if entity is None:
            return None
        m.side.append((entity, "targets", gene))
    return _combined(m, [therapy, entity])


_VARIANT_NAME = lazy_compile(r"\b[A-Z]\d{2,4}[A-Z]?\b")
_CARRIER_AFTER = lazy_compile(r"\s*-?\s*(?:mutant|mutated|mutation|positive|bearing|driven)?\s*(?:tumou?rs?|cells?|cancers?|"
                              r"m?CRCs?|patients|models?|xenografts?|growth|disease|cohorts?|population)\b", re.I)


@guard
def named_allele(m: MatchContext) -> bool:
    """What the drug acts on is one named allele ("inhibits KRAS G12C"), not the tumours or cells that carry
    an alteration ("inhibits BRAF-mutant tumour growth", "KRAS G12C-mutant cells")."""
    i = max(m.match.slots["target"])
    if not all(_VARIANT_NAME.search(e.name) for e in m.slot_entities.get("target", ())):
        return False
    return not _CARRIER_AFTER.match(m.text, m.tokens[i].end)


_PREPOSITIONS = {"to", "of", "with", "by", "on", "against", "from", "in", "into", "after", "before", "during", "under",
                 "upon", "without", "versus", "vs", "than", "for"}


@guard
def agent_is_subject(m: MatchContext) -> bool:
    """The agent is the subject of the verb that follows it: not the object of a preposition ("resistance to
    cetuximab suppresses ...") and not the modifier of a noun in -ing ("loss of cetuximab binding to EGFR")."""
    idx = m.match.slots.get("agent") or m.match.slots.get("drug")
    if not idx:
        return True
    first, last = min(idx), max(idx)
    if first > 0 and m.tokens[first - 1].lower in _PREPOSITIONS:
        return False
    k = last + 1
    while k < len(m.tokens) and not m.tokens[k].cues.get("acts_on_verb") and k - last <= 4:
        k += 1
    return not (k == last + 1 and k < len(m.tokens) and m.tokens[k].lower.endswith("ing"))


_NEW_CLAUSE = {"which", "that", "who", "whose", "whereas", "while", ";", "but", "although", "though", "because",
               "since", "when", "if", "where"}


def _verb_form(word: str) -> str:
    """The inflection a verb is written in: "ing", "ed", "s" (third person) or "base"."""
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed"):
        return "ed"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "base"


@guard
def verbs_share_the_agent(m: MatchContext) -> bool:
    """The verb after "and" is a second verb of the agent ("ramucirumab binds VEGFR-2 ... and inhibits the VEGF
    pathway"): written in the first verb's form (or continuing a participle chain opened after a comma), with no
    relative or subordinate clause and no other drug between them ("... in cells with KRAS mutations and reduced
    MAPK signalling" is a noun phrase; "... which activates X and inhibits Y" speaks of another subject)."""
    first = m.first_cue("drug_first_verb")
    joint = m.first_cue("and")
    if first is None or joint is None or joint + 1 >= len(m.tokens):
        return False
    toks = m.tokens
    agent = set(m.match.slots.get("agent", ()))
    forms = {_verb_form(toks[first].lower)}
    for i in range(first + 1, joint):
        t = toks[i]
        if t.lower in _NEW_CLAUSE:
            return False
        if t.is_entity and i not in agent and any(e.category in ("Drug", "DrugClass") for e in t.entities):
            return False
        if toks[i - 1].lower == "," and _verb_form(t.lower) == "ing":
            forms.add("ing")
    return _verb_form(toks[joint + 1].lower) in forms


@guard
def marker_named_alone(m: MatchContext) -> bool:
    """The marker's words name one marker: "HER2 and RAS/BRAF mutation testing" spreads one word over several genes,
    which need not all be mutations (HER2 is tested for amplification)."""
    return all(len(m.tokens[i].entities) == 1 for i in m.match.slots.get("marker", ()))


_COORDINATORS = {"and", "or", "plus", "&"}


@guard
def therapy_list_complete(m: MatchContext) -> bool:
    """The therapy slot holds the whole subject: no word the reader does not know is joined to it just before
    ("inhibition of YAP by VP and AG1478 ... reversed resistance": VP is unread, AG1478 alone did not do it)."""
    idx = m.match.slots.get("therapy")
    if not idx:
        return True
    first = min(idx)
    return not (first > 0 and m.tokens[first - 1].lower in _COORDINATORS and not m.tokens[first - 1].is_entity
                and first > 1 and not m.tokens[first - 2].is_entity)


# the kind of agent a partner's name says it is, and the direction of the cause it can counter: a mimic or
# agonist restores what was lost; an inhibitor, antagonist or blocker takes down what is raised
_RESTORER = lazy_compile(r"^(?P<stem>.+?)[\s-](?:mimics?|agonists?|replacement|re-?expression)$", re.I)
_DAMPER = lazy_compile(r"^(?P<stem>.+?)[\s-](?:inhibitors?|antagonists?|blockers?|blockade|antibody|antibodies)$", re.I)
_LOST = lazy_compile(r"\b(?:loss|deficiency|insufficiency|downregulation|down-regulation|low|silencing|deletion)\b", re.I)
# a mechanism named as the raised activity of one gene ("EGFR activation", "MET reactivation", "HER2 signalling")
_RAISED_ACTIVITY = lazy_compile(r"^(?P<gene>[A-Za-z0-9-]+)\s+(?:activation|reactivation|hyperactivation|signall?ing|activity)$",
                                re.I)
# a mechanism carried by one gene's signalling, by its name: "EGFR-mediated MAPK pathway reactivation", "bypass
# signalling via EGFR", "EGFR signaling pathway activation", "EGFR feedback" (the gene first, or after "via")
_CARRIED_BY_GENE = lazy_compile(r"^(?P<gene>[A-Za-z0-9]+(?:-[0-9]+)?)-(?:mediated|driven|dependent)\s|"
                                r"^(?P<gene2>[A-Za-z0-9]+(?:-[0-9]+)?)(?:\s+(?:feedback|signall?ing|pathway|(?:re-?)?activation))+$|"
                                r"\b(?:signall?ing|activation|reactivation)\s+(?:via|through)\s+(?P<gene3>[A-Za-z0-9]+(?:-[0-9]+)?)$",
                                re.I)


@guard
def partner_counters_previous_cause(m: MatchContext) -> bool:
    """The combination holds the therapy the previous sentence said is resisted (or one of its class) and a
    partner that counters a cause that sentence stated ("miR-X insufficiency led to anti-EGFR resistance.
    The combination of a miR-X mimic and cetuximab had a synergistic effect"): the partner acts on the cause's
    gene, or is named as a mimic of what was lost / an inhibitor of what was raised."""
    resisted = m.scope.get("prev_resisted")
    return resisted is not None and any(_combination_counters(m, c, resisted) for c in _previous_causes(m))


@guard
def partner_counters_stated_cause(m: MatchContext) -> bool:
    """:func:`partner_counters_previous_cause`, where the sentence itself states the cause and what it resists
    ("This combination of A and B is based on the rationale that EGFR signalling is the dominant mechanism of
    resistance to KRAS G12C inhibitors"): the combination holds the resisted therapy (or a drug of its class) and a
    partner that counters that cause."""
    causes, resisted = m.slot_entities.get("cause", ()), m.slot_entities.get("resisted", ())
    if len(resisted) != 1:
        return False
    return any(_combination_counters(m, c, resisted[0]) for c in causes)


def _combination_counters(m: MatchContext, cause: Entity, resisted: Entity) -> bool:
    """A combination of the therapy slot holds ``resisted`` (or a drug of its class) and a partner that counters
    ``cause`` (:func:`_counters`)."""
    vocab = m.reading.vocab
    known = {x.entity.id: x.entity for x in m.rec.mentions} | \
        {e.id: e for s, _, o in m.rec.implied for e in (s, o)}
    for therapy in m.slot_entities.get("therapy", ()):
        parts = _named_parts(m, therapy, known)
        held = [p for p in parts if p.id == resisted.id or resisted.id in vocab.drug_classes.get(p.id, ())
                or vocab.in_class(resisted.id, p.id)]  # "EGFR inhibition" holds cetuximab's class
        partners = [p for p in parts if p not in held]
        if held and partners and any(_counters(m, p, cause) for p in partners):
            return True
    return False


def _counters(m: MatchContext, partner: Entity, cause: Entity) -> bool:
    """The partner acts on the gene of the cause (an alteration, a raised activity of the gene, or a mechanism its
    name says the gene carries: "EGFR-mediated MAPK reactivation"), or its name makes it the counter of the cause
    (a mimic of a lost molecule, an inhibitor of a raised one)."""
    vocab = m.reading.vocab
    gene = vocab.gene_entity(cause.attr("gene") or "") if cause.attr("gene") else None
    if gene is not None and cause.attr("alteration_kind") in ("amplification", "overexpression", "fusion", "mutation") \
            and therapy_targets(vocab, partner) & _gene_and_kin(vocab, gene):
        return True
    lost = bool(_LOST.search(cause.name))
    activity = _RAISED_ACTIVITY.match(cause.name) if not lost and cause.category == "ResistanceMechanism" else None
    if activity:
        # "EGFR activation", "compensatory MET signalling": a partner acting on that gene counters its raised activity
        raised = vocab.gene_entity(activity.group("gene"))
        if raised is not None and therapy_targets(vocab, partner) & _gene_and_kin(vocab, raised):
            return True
    if cause.category == "Gene" and therapy_targets(vocab, partner) & _gene_and_kin(vocab, cause):
        return True  # the gene a sentence names as the cause ("EGFR drives resistance to X")
    carried = _CARRIED_BY_GENE.search(cause.name) if not lost and cause.category in ("ResistanceMechanism", "Pathway") \
        else None
    if carried:
        # "EGFR-mediated MAPK reactivation", "bypass signalling via EGFR": a partner acting on the gene that carries
        # the feedback counters it
        carrier = vocab.gene_entity(carried.group("gene") or carried.group("gene2") or carried.group("gene3"))
        if carrier is not None and therapy_targets(vocab, partner) & _gene_and_kin(vocab, carrier):
            return True
    return counters_by_name(partner.name, cause.name)


def counters_by_name(partner: str, cause: str) -> bool:
    """Does a partner's name make it the counter of a cause's name: a mimic, agonist or replacement of what the cause
    names as lost ("miR-X mimic" of "miR-X loss"), an inhibitor, antagonist or blocker of what it names as raised
    ("AXL inhibitor" of "AXL overexpression")?"""
    named = (_RESTORER if _LOST.search(cause) else _DAMPER).match(partner)
    stem = named.group("stem").lower() if named else None
    return stem is not None and (cause.lower() == stem or cause.lower().startswith(stem + " "))


@transform(lambda cats: set(cats) | {"Regimen"})
def other_than_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`not_resisted`, skipping an item of a list of strategies that is the resisted therapy itself
    ("strategies to overcome resistance to anti-EGFR therapy include novel EGFR-targeted drugs, ... and
    immunotherapy": a new drug of the resisted kind is no rescue of it, the other items are)."""
    if any(entity.id == e.id for e in m.slot_entities.get("resisted", ())):
        return None
    return not_resisted(entity, m, token)


@guard
def same_cells_again(m: MatchContext) -> bool:
    """The cells something is raised in are the resistant cells the sentence named ("established X-resistant HCT116
    cells and found that Y was upregulated in these cells"), not other cells, and not the cause itself."""
    line, again = _slot_ids(m, "line"), _slot_ids(m, "again")
    return bool(line) and line == again and not (line & _slot_ids(m, "cause"))


@guard
def level_change_ends_clause(m: MatchContext) -> bool:
    """A level said to be raised or lowered in resistant cells with nothing after it in its clause ("In resistant cells,
    AXL was upregulated.") is what the resistant cells carry; a change with an agent or a time after it ("... was
    increased by trametinib", "... upregulated after treatment with IL-6") is an effect of that agent."""
    j = m.match.end
    return j >= len(m.tokens) or m.tokens[j].text in {".", ",", ";", ")"}


@guard
def same_therapy_again(m: MatchContext) -> bool:
    """Cells resistant and cells sensitive to one therapy are the two sides of one comparison ("between
    irinotecan-resistant and irinotecan-sensitive cells"); cells resistant to one drug and sensitive to another are
    two models, and no level told apart between them marks the response to either."""
    therapy = _slot_ids(m, "therapy")
    return bool(therapy) and therapy == _slot_ids(m, "again")


@guard
def therapy_resisted_in_view(m: MatchContext) -> bool:
    """:func:`resisted_in_view` for a rule whose made-to-work-better therapy is its ``therapy`` slot: the sentence
    speaks of resistance, or the passage says that therapy is resisted."""
    n = len(m.tokens)
    if m.cue_in("resistance", 0, n) or m.cue_in("resistant", 0, n) or m.cue_in("chemo_resistance", 0, n):
        return True
    known = scope_resisted(m)
    vocab = m.reading.vocab
    return known is not None and any(e.id == known.id or known.id in vocab.drug_classes.get(e.id, ())
                                     for e in m.slot_entities.get("therapy", ()))


@guard
def therapy_or_class_resisted_in_view(m: MatchContext) -> bool:
    """:func:`therapy_resisted_in_view`, where the therapy slot may also name the class of the drug the passage
    says is resisted ("inhibition of X may improve response to EGFR inhibitors" in a study of cetuximab
    resistance); a therapy merely made to work better with a second drug has no resistance in view."""
    if therapy_resisted_in_view(m):
        return True
    known = scope_resisted(m)
    vocab = m.reading.vocab
    return known is not None and any(vocab.in_class(known.id, e.id) for e in m.slot_entities.get("therapy", ()))


_FAMILY_HEAD = lazy_compile(r"\s+family\s+(?:proteins?|members?)\b", re.I)


@transform({"ResistanceMechanism"})
def impaired_degradation(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A protein an alteration keeps from being degraded ("mutations in FBW7, which block degradation of Mcl-1"):
    the mechanism "impaired Mcl-1 degradation", which involves the protein and the alteration that stabilizes it."""
    if entity.category not in ("Gene", "Molecule"):
        return None
    if token >= 0 and _FAMILY_HEAD.match(m.text, m.tokens[token].end):
        # "the Bcl-2 family protein Mcl-1": the family only says what kind of protein is meant, named next
        named = next((k for k in range(token + 1, min(token + 5, len(m.tokens))) if any(
            e.category in ("Gene", "Molecule") for e in m.tokens[k].entities)), None)
        if named is None:
            return None
        token, entity = named, next(e for e in m.tokens[named].entities if e.category in ("Gene", "Molecule"))
    written = m.tokens[token].text if token >= 0 else entity.name
    causes = [c for c in m.slot_entities.get("cause", ()) if c.category == "Alteration"]
    return mechanism(f"impaired {entity.name} degradation", [entity, *causes], m, "post_translational_modification",
                     synonyms=(f"impaired {written} degradation", f"{entity.name} stabilization", f"{written} stabilization"))


def selection_status_of_target(vocab, marker: Entity, therapy: Entity) -> bool:
    """Whether ``marker`` is the status of the therapy's own target ("HER2 positivity", "HER2 overexpression"
    or "EGFR expression" beside trastuzumab or cetuximab): what selects patients for the therapy is no
    predictor of resistance to it; a specific alteration of the target (a mutation) still is."""
    gene = _gene_of_status(vocab, marker, _SELECTION_KINDS)
    return gene is not None and gene.id in _class_wide_targets(vocab, therapy)


def alteration_therapy_is_given_for(vocab, cause: Entity, therapy: Entity) -> bool:
    """Whether ``cause`` is an alteration the therapy (its classes, a few levels up, or a regimen's components)
    is given for ("BRAF V600E" beside a BRAF inhibitor, "KRAS G12C" beside sotorasib; the vocabulary's
    ``given_for``): "BRAF-mutant cancers are insensitive to RAF inhibitors" says where the drug fails, and the
    population it aims at is no cause of, nor marker for, resistance to it."""
    if cause.category != "Alteration" or not vocab.given_for:
        return False
    name = cause.name.lower()
    todo = [therapy.id, *vocab.regimen_components.get(therapy.id, ())]
    seen: set[str] = set()
    while todo and len(seen) < 64:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        if name in vocab.given_for.get(x, ()):
            return True
        todo.extend(vocab.drug_classes.get(x, ()))
    return False


# facts no rule may emit, whatever its wording: predicate -> checks of (vocab, subject, object)
PAIR_REFUSALS = {"predicts_resistance_to": (selection_status_of_target, alteration_therapy_is_given_for),
                 "confers_resistance_to": (alteration_therapy_is_given_for,)}


def refused_pair(vocab, predicate: str, subject: Entity, obj: Entity) -> bool:
    """Whether a check of :data:`PAIR_REFUSALS` refuses ``subject -predicate-> obj`` ("HER2 positivity"
    predicting resistance to trastuzumab: the selection marker is no predictor)."""
    return any(check(vocab, subject, obj) for check in PAIR_REFUSALS.get(predicate, ()))


# the words of a mention that say the alteration takes the gene's function away ("inactivating mutations of
# FBXW7", "mutations in the tumour suppressor FBW7", "loss-of-function variants")
_SG_DISABLING = lazy_compile(r"\b(?:inactivat\w*|loss[- ]of[- ]function|truncat\w*|tumou?r[- ]suppressors?|"
                             r"deleterious|null)\b", re.I)
_SG_DISABLING_BEFORE = lazy_compile(r"(?:inactivating|truncating|loss[- ]of[- ]function|deleterious)\s+$", re.I)


@transform({"Gene"})
def disabled_gene(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"Mutations in the tumour suppressor FBW7, which block degradation of Mcl-1": the gene a disabling
    alteration takes away (a loss, or a mutation the sentence calls inactivating or of a tumour suppressor);
    nothing for an activating or unqualified mutation, which may stabilise its own product."""
    lost = lost_gene(entity, m, token)
    if lost is not None:
        return lost
    mention = m.tokens[token].mention
    if entity.category != "Alteration" or mention is None:
        return None
    said = m.text[max(0, mention.start - 30):mention.end] if _SG_DISABLING_BEFORE.search(
        m.text, max(0, mention.start - 30), mention.start) else mention.text
    if not _SG_DISABLING.search(said):
        return None
    return m.reading.vocab.gene_entity(entity.attr("gene") or "") or None


_ANTIBODY_WORDS = lazy_compile(r"antibod|\bm?abs?\b|\bimmunoglobulin|\bigg", re.I)


@guard
def antibody_class(m: MatchContext) -> bool:
    """The class a conjugate is built from is an antibody ("formed by a humanized anti-HER2 antibody"), not its
    payload ("composed of a topoisomerase I inhibitor linked to ..." says what the payload blocks)."""
    idx = m.match.slots.get("cls") or ()
    for k in idx:
        mention = m.tokens[k].mention
        said = mention.text if mention is not None else m.tokens[k].text
        if not _ANTIBODY_WORDS.search(said) and not any(_ANTIBODY_WORDS.search(e.name) for e in m.tokens[k].entities):
            return False
    return bool(idx)


@guard
def first_is_activation(m: MatchContext) -> bool:
    """The process named first after the verb is the activation of one entity ("the activation of PI3K/AKT and
    RAS/RAF/MAPK"), so what follows "and" is activated too (not "the activation of AKT and apoptosis")."""
    return any(activated_part(e, m, -1) is not e for e in m.slot_entities.get("first", ()))



_FAR_EXAMPLE_GAP_OK = {"Disease"}


@guard
def far_examples_fit_class(m: MatchContext) -> bool:
    """"Novel anti-VEGF drugs have shown favourable results in CRC, such as aflibercept and ramucirumab": the
    examples after a clause about a class may be its members when nothing but a disease stands between (each one
    is then checked by :func:`known_in_class`)."""
    cls_idx, drug_idx = m.match.slots.get("cls") or (), m.match.slots.get("drug") or ()
    if not cls_idx or not drug_idx:
        return False
    return not any(e.category not in _FAR_EXAMPLE_GAP_OK
                   for t in m.tokens[max(cls_idx) + 1:min(drug_idx)] for e in t.entities)


@transform(lambda cats: cats)
def known_in_class(entity: Entity, m: MatchContext, token: int):
    """A drug named as an example of a class some words before is kept only when the vocabulary knows it to be
    of the class (or of a narrower one) or to act on what the class acts on."""
    vocab = m.reading.vocab
    classes = m.slot_entities.get("cls", ())
    if any(vocab.in_class(entity.id, c.id) for c in classes):
        return entity
    wanted = set().union(*(set(vocab.drug_targets.get(c.id, ())) | _sg_implied_targets(m, c) for c in classes))
    return entity if wanted & therapy_targets(vocab, entity) else None


# the kinds of biomarker that are features of the patients, their disease or their treatment history
_CLINICAL_FEATURE_KINDS = ("clinical_factor", "treatment_history", "toxicity", "sidedness", "metastatic_site",
                           "metastasis_timing", "prognostic_score")


@guard
def marker_is_clinical_feature(m: MatchContext) -> bool:
    """Every marker of the match is a feature of the patients, their disease or their history (a cut-off value, an
    earlier treatment or its response, a toxicity, where the primary lay: :mod:`builders.entity_outcome_factors`),
    not a measured molecular marker, whose own rules read it."""
    ents = m.slot_entities.get("marker", [])
    return bool(ents) and all(e.category == "Biomarker" and e.attr("biomarker_kind") in _CLINICAL_FEATURE_KINDS
                              for e in ents)


# measured markers: a molecule's level, an immune infiltrate, an expression signature or score, a copy number
_MEASURED_LEVEL_KINDS = ("expression", "expression_status", "immune_infiltrate", "signature", "cell_ratio", "copy_number",
                         "ihc_score")


@guard
def marker_is_measured_level(m: MatchContext) -> bool:
    """Every marker of the match is a measured amount in the tumour or blood (a molecule's level, the density of an
    immune infiltrate, an expression signature, a copy number or staining score), whose higher or lower value the
    patients of a one-therapy report are split by; not an alteration (present or absent) nor a clinical feature."""
    ents = m.slot_entities.get("marker", [])
    return bool(ents) and all(e.category == "Biomarker" and e.attr("biomarker_kind") in _MEASURED_LEVEL_KINDS
                              for e in ents)


@guard
def not_negated_before_without(m: MatchContext) -> bool:
    """No negation in the clause before the word that names the marker's absence ("response was not higher in tumours
    without X"); that word itself ("without", "lacking") names who fared better, no denial."""
    cue = m.first_cue("lv_without")
    end = cue if cue is not None else m.match.end
    return not m.cue_in("negation", m.clause.lo, end)


@guard
def sentence_names_no_therapy(m: MatchContext) -> bool:
    """The sentence names no therapy at all, so the one a trial report studies (``@study_therapy``) is the one
    its outcomes are had on ("Responses occurred only in RAS wild-type patients")."""
    return not _names_therapy(m, 0, len(m.tokens))


# what a therapy named after it is set against as: "versus", "than", "compared with", within a few words ("versus 0-1 or
# FOLFIRI": the control arm of a trial)
_SET_AGAINST_BEFORE = lazy_compile(rf"(?:{_COMPARED_WITH})\s+(?:[^\s,;]+\s+){{0,3}}$", re.I)


@guard
def sentence_names_no_therapy_but_compared(m: MatchContext) -> bool:
    """The sentence names no therapy but the arm a group is set against ("PFS appeared longer for grade 2-4 rash,
    versus grade 0-1 or FOLFIRI": the control arm's therapy, not the one the outcome was had on), so the one a trial
    report studies is the one its outcomes are had on."""
    seen = set()
    for t in m.tokens:
        named = {e.id for e in t.entities if e.category in THERAPY}
        if named - seen and not _SET_AGAINST_BEFORE.search(m.text, max(0, t.start - 40), t.start):
            return False  # a therapy named first here, not set against
        seen = named
    return True


_WILD_TYPE_NAME = lazy_compile(r"wild[- ]?type|\bWT\b", re.I)


def _wild_type(e) -> bool:
    return bool(_WILD_TYPE_NAME.search(e.name))


@guard
def wild_type_against_carriers(m: MatchContext) -> bool:
    """The better-faring group (slot ``wt``) is a wild-type status and the group it is set against (slot
    ``marker``) carries an alteration ("RAS wild-type versus KRAS-mutant patients"), not two statuses of one
    kind ("left-sided versus right-sided")."""
    wt, carriers = m.slot_entities.get("wt", []), m.slot_entities.get("marker", [])
    return bool(wt) and bool(carriers) and all(_wild_type(e) for e in wt) and \
        not any(_wild_type(e) for e in carriers) and all(e.category == "Alteration" for e in carriers)


@guard
def wild_type_against_carriers_or_their_marker(m: MatchContext) -> bool:
    """:func:`wild_type_against_carriers`, the carriers also named by the blood marker of their alteration ("patients
    with ctDNA RAS mutations"): a wild-type status set against the alteration it denies."""
    wt, carriers = m.slot_entities.get("wt", []), m.slot_entities.get("marker", [])
    carriers = [e for e in carriers if e.category == "Alteration" or _BLOOD_ALTERATION.search(e.name)]
    return bool(wt) and bool(carriers) and all(_wild_type(e) for e in wt) and \
        not any(_wild_type(e) for e in carriers) and \
        all(e.category == "Alteration" or e.attr("biomarker_kind") == "liquid_biopsy" for e in carriers)


_BLOOD_ALTERATION = lazy_compile(r"\b(?:mutations?|amplification|alterations?)$", re.I)


# what a phosphorylation leads to when it marks the protein for removal ("GSK3B phosphorylates beta-catenin,
# leading to its degradation"; "... and targets it for proteasomal degradation"; "... and subsequently degraded")
_REMOVAL_FATE = lazy_compile(r"[^.;]{0,60}?\b(?P<fate>degrad\w*|inactivat\w*|ubiquitin\w*|destabili[sz]\w*|destruction|"
                             r"proteolys\w*|turnover)\b", re.I)
_PRONOUNS = ("it", "its", "they", "them", "their")
# the removal prevented ("... preventing its degradation"): the phosphorylation then keeps the protein
_REMOVAL_PREVENTED = lazy_compile(r"\b(?:prevent\w*|block\w*|inhibit\w*|protect\w*|avoid\w*|escap\w*|resist\w*|"
                                  r"rescu\w*|reduc\w*|decreas\w*|impair\w*|abrogat\w*|from)\W+(?:\w+\W+){0,2}$", re.I)


# a verb that marks a protein for removal, and another protein's removal after it ("..., promoting the degradation of Z")
_MARKING_VERB = lazy_compile(r"phosphorylat|ubiquit(?:in|yl)at", re.I)
_OF_ANOTHER = lazy_compile(r"\s+of\b")


def _phosphorylation_removes(m: MatchContext) -> bool:
    """The match's verb is a phosphorylation or ubiquitination and what follows the match says it marks the
    protein for removal, not that the removal is prevented."""
    lo, hi = m.tokens[m.match.start].start, m.tokens[m.match.end - 1].end
    if not _MARKING_VERB.search(m.text, lo, hi):
        return False
    fate = _REMOVAL_FATE.match(m.text, hi)
    if fate is None or _REMOVAL_PREVENTED.search(m.text[hi:fate.start("fate")]):
        return False
    if _OF_ANOTHER.match(m.text, fate.end("fate")):
        return False  # "..., promoting the degradation of Z": another protein's removal
    # nothing else named before the fate ("..., which promotes Z degradation")
    return not any(t.entities and t.lower not in _PRONOUNS for t in m.tokens if hi <= t.start < fate.start("fate"))


@guard
def not_phosphorylated_for_removal(m: MatchContext) -> bool:
    """A phosphorylation that marks the protein for degradation or inactivation ("GSK3B phosphorylates beta-catenin,
    leading to its degradation") does not activate it (signalling.phosphorylates_for_removal reads it as inhibition)."""
    return not _phosphorylation_removes(m)


@guard
def phosphorylated_for_removal(m: MatchContext) -> bool:
    """The phosphorylation marks the protein for degradation or inactivation (see :func:`not_phosphorylated_for_removal`)."""
    return _phosphorylation_removes(m)


_ADVISED_AGAINST = lazy_compile(r"\b(?:avoid\w*|against|refrain\w*\s+from|instead\s+of|rather\s+than|discourag\w*|"
                                r"no\s+reason\s+for|warn\w*\s+against)\s+(?:\w+\s+){0,2}$", re.I)


@guard
def not_advised_against(m: MatchContext) -> bool:
    """The course the match names is not advised against just before it ("we should avoid prioritizing X for Y")."""
    lo = m.tokens[m.match.start].start
    return not _ADVISED_AGAINST.search(m.text, max(0, lo - 50), lo)


@guard
def drugs_not_group_label(m: MatchContext) -> bool:
    """"cetuximab plus chemotherapy (cetuximab group)", "chemotherapy (cetuximab continuation group, n = 102)": a
    drug in brackets that names a group of patients (a group, arm or cohort word right after it) is no member of the
    class before the bracket."""
    toks = m.tokens
    last = max(m.match.slots["drug"])
    after = " ".join(t.text for t in toks[last + 1:last + 4]).lower()
    return re.match(r"(?:[\w\-]+\s+)?(?:groups?|arms?|cohorts?)\b", after) is None


# -- a cell raising a protein of its own -------------------------------------------------------------
_RAISE_OWN = ("upregulat", "up-regulat")
# where the raised protein sits on other cells: "TAMs upregulate PD-L1 on tumour cells", "... in CRC cells"
_ON_OTHER_CELLS = lazy_compile(r"^\W*(?:expression\s+|levels?\s+)?(?:in|on|within|of|by)\b", re.I)


def _cell_raises_own_protein(m: MatchContext, actor: str, verb_cue: str, target: str) -> bool:
    """A cell population is the subject of "upregulated" and a gene (protein) its object, with no other cells
    named after it as the protein's place: "tumor-infiltrating CD4+ T cells upregulated PD-1, CTLA-4 and
    TIM-3" says the cells carry more of these receptors on themselves."""
    cells = m.slot_entities.get(actor, ())
    genes = m.slot_entities.get(target, ())
    if not cells or not genes or any(e.category != "CellType" for e in cells) or any(e.category != "Gene" for e in genes):
        return False
    verb = m.first_cue(verb_cue)
    if verb is None or not m.tokens[verb].lower.startswith(_RAISE_OWN):
        return False
    if verb + 1 < len(m.tokens) and m.tokens[verb + 1].lower == "by":
        return False  # "T cells upregulated by IL-2": passive, another agent
    end = m.match.end
    after = m.text[m.tokens[end - 1].end:m.tokens[m.clause.hi - 1].end] if end < m.clause.hi else ""
    return not _ON_OTHER_CELLS.match(after)


@guard
def cells_not_in_phrase(m: MatchContext) -> bool:
    """The cells head the clause's subject, not a prepositional phrase inside it ("tumours with many CD8+ T cells
    express PD-L1": the tumours express it): no preposition stands before them past up to two plain words."""
    _, idx = _sg_slot(m)
    if not idx:
        return True
    toks = m.tokens
    k = min(idx) - 1
    for _ in range(3):
        if k < m.clause.lo or toks[k].is_entity or not toks[k].lower.isalpha():
            return True
        if toks[k].lower in _SG_PREP:
            return False
        k -= 1
    return True


@guard
def express_verb_active(m: MatchContext) -> bool:
    """"Tregs expressed higher levels of CTLA-4" (the cells carry it), not a passive or a participle that places
    the protein ("T cells are expressed ...", "cells expressed in the stroma"): no form of "be" before "expressed"
    and no preposition right after it."""
    v = m.first_cue("sg_express_verb")
    if v is None or m.tokens[v].lower != "expressed":
        return True
    toks = m.tokens
    before = toks[v - 1].lower if v - 1 >= m.clause.lo else ""
    after = toks[v + 1].lower if v + 1 < m.clause.hi else ""
    return before not in _SG_BE and after not in _SG_PREP


_SG_INDUCER_PARTICIPLES = frozenset({"induced", "triggered", "elicited", "evoked", "provoked", "associated", "related",
                                     "mediated", "driven", "dependent"})


def _past_inducer_prefix(toks, k: int, lo: int) -> int:
    """A change named with what set it off glued before it ("oxaliplatin-induced upregulation of PD-L1") is still the
    same change: the index before the "<entity>-induced" prefix that ends at ``k``, else ``k``."""
    if k - 2 < lo or toks[k].lower not in _SG_INDUCER_PARTICIPLES or toks[k - 1].text not in ("-", "‐", "‑"):
        return k
    j = k - 2
    if not toks[j].is_entity:
        return k
    while j >= lo and toks[j].is_entity:
        j -= 1
    return j


@guard
def change_is_subject(m: MatchContext) -> bool:
    """The raising or lowering that "occurs via" / "is mediated by" the actor is the clause's subject, not a phrase
    inside it ("resistance after activation of MET is driven by HGF": the resistance is driven). Before the change
    noun (past determiners, an adjective after one, and a coordinated change noun, "loss or downregulation of") comes no
    preposition or verb."""
    toks = m.tokens
    k = min(m.match.start, *m.match.cue_tokens.values()) - 1
    k = _past_inducer_prefix(toks, k, m.clause.lo)
    while k >= m.clause.lo and not toks[k].is_entity and not _opening_phrase_comma(toks, k, m.clause.lo) and (
            toks[k].lower in _SG_DET or toks[k].lower in ("or", "and", ",") or
            "activation_noun" in toks[k].cues or "inhibition_noun" in toks[k].cues or
            toks[k].lower.endswith(_SG_ADJ_ENDINGS) and k > m.clause.lo and toks[k - 1].lower in _SG_DET):
        k -= 1  # an adjective after a determiner ("the suppressive effect of") is part of the noun phrase
    if k < m.clause.lo:
        return True
    return toks[k].lower not in _SG_PREP and not _sg_has_verb_cue(toks[k])


def _opening_phrase_comma(toks, k: int, lo: int) -> bool:
    """Token ``k`` is the comma that closes an opening phrase ("When Wnt ligands are activated, a complex ..."):
    what comes before it is not the change noun's coordination ("loss, downregulation or mutation of X")."""
    if toks[k].lower != ",":
        return False
    before = toks[k - 1] if k - 1 >= lo else None
    return before is None or not ("activation_noun" in before.cues or "inhibition_noun" in before.cues)


_SG_ALTERED_WORDS = frozenset({"mutation", "mutations", "mutant", "mutants", "variant", "variants", "alteration",
                               "alterations", "polymorphism", "polymorphisms"})


@guard
def actor_not_modifier(m: MatchContext) -> bool:
    """The actor named after "occurs via" / "is mediated by" is the noun itself, not a modifier of a change to it
    ("may occur via beta2-microglobulin (beta2m) mutations": the mutations lower MHC class I, the gene does not)."""
    idx = m.match.slots.get("actor")
    if not idx:
        return True
    a = _sg_after(m, max(idx))
    return a < 0 or (m.tokens[a].lower not in _SG_ALTERED_WORDS and m.tokens[a].lower not in _SG_PATIENT_NOUNS)


@guard
def not_cell_raising_own_protein(m: MatchContext) -> bool:
    """Not a cell population raising a protein of its own (read as ``expresses``, not ``activates``)."""
    return not _cell_raises_own_protein(m, "actor", "activate", "target")


@guard
def cell_raising_own_protein(m: MatchContext) -> bool:
    """A cell population raising a protein of its own: "CD4+ T cells upregulated PD-1 and LAG-3"."""
    return _cell_raises_own_protein(m, "cell", "sg_raise_own", "gene")


@guard
def marker_not_low(m: MatchContext) -> bool:
    """A marker a cell population is described by is a protein it carries only at a raised or plain level:
    "NK cells, marked by low CD16 expression" says nothing of carrying CD16."""
    return not any(_SG_LOW_MARKER.match(e.name) for e in m.slot_entities.get("marker", ()))


_SG_LOW_MARKER = lazy_compile(r"(?:" + _LOW_WORDS + r")\b", re.I)


@guard
def cells_named_whole(m: MatchContext) -> bool:
    """The described cells are the population the reader names, not a state of it the name leaves out: in
    "Exhausted NK cells are characterized by PD-1 expression" the marker is the exhausted cells' (the reader
    names them NK cells), not every NK cell's. Nor is a part of the population named before it: "a distinct subset of
    CAFs, marked by elevated POSTN expression" (the subset carries the marker, not every CAF)."""
    idx = m.token_of("cell")
    if idx < 0:
        return True
    if _SUBSET_OF.search(m.text, max(0, m.tokens[idx].start - 60), m.tokens[idx].start):
        return False  # (s59) "a distinct subset of CAFs, marked by elevated POSTN expression": the subset's marker
    before = m.tokens[idx - 1].text if idx > m.clause.lo else ""
    said = {w.lower() for w in _SG_STATE_WORD.findall(f"{before} {m.tokens[idx].text}")}
    named = {w.lower() for e in m.slot_entities.get("cell", ()) for w in _SG_STATE_WORD.findall(e.name)}
    return said <= named


# a part of a cell population named before it ("a distinct subset of", "a subpopulation of", "a cluster of"): what marks
# the part is no marker of every cell of the type
_SUBSET_OF = lazy_compile(r"\b(?:sub-?(?:sets?|populations?|types?|groups?|clusters?|class(?:es)?)|clusters?|fractions?|"
                          r"minority|proportion)\s+of\s+(?:the\s+)?\Z", re.I)


_SG_STATE_WORD = lazy_compile(r"\b(?:exhausted|dysfunctional|activated|anergic|senescent|terminally|"
                              r"inflamed|polarized|polarised|suppressive|tolerogenic|immature|mature)\b", re.I)


@guard
def sentence_subject_carried_on(m: MatchContext) -> bool:
    """"PTEN loss results in PIP3 accumulation, leading to activation of AKT": the acting entity opens the sentence
    (after an article or a connective at most) and no semicolon or second subject comes before the participle
    that carries the sentence on."""
    idx = m.match.slots.get("actor") or []
    if not idx:
        return False
    first = min(idx)
    if any(t.lower not in _SG_SENTENCE_OPENERS for t in m.tokens[:first]):
        return False
    lead = m.first_cue("sg_leading")
    end = lead if lead is not None else m.match.end
    return not any(t.text == ";" or t.lower in ("while", "whereas", "but") for t in m.tokens[max(idx) + 1:end])


_SG_SENTENCE_OPENERS = frozenset({"the", "a", "an", "this", ",", "however", "moreover", "furthermore", "in", "addition",
                                  "thus", "notably", "importantly", "mechanistically", "specifically", "indeed",
                                  "similarly", "likewise", "consequently", "therefore"})


@guard
def sentence_subject_lowered(m: MatchContext) -> bool:
    """The fall that acts ("reduced DUSP6 activity") opens the sentence (after an article or a connective at most):
    not the object of an earlier verb ("X causes reduced DUSP6 activity that leads to ...")."""
    lead = m.first_cue("sg_lowered_lead")
    return lead is not None and all(t.lower in _SG_SENTENCE_OPENERS for t in m.tokens[:lead])


@transform({"Gene", "Molecule"})
def lowered_product(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"Reduced SPRY4 expression leads to ...", "a decrease in PTEN levels increases ...": the gene or molecule whose
    level the biomarker names, when the biomarker names its fall ("low SPRY4 expression") or the sentence opens on
    one; nothing for a plain or raised level."""
    if entity.category != "Biomarker":
        return None
    if not (entity.name.lower().startswith("low ") or "sg_lowered_lead" in m.match.cue_tokens):
        return None
    return expressed_product(entity, m, token)


@guard
def sentence_opens_on_actor(m: MatchContext) -> bool:
    """The acting phrase (with the word of its fall, when the match has one) opens the sentence, after an article or
    a connective at most."""
    lead = m.first_cue("sg_lowered_lead")
    idx = m.match.slots.get("actor") or []
    start = lead if lead is not None else (min(idx) if idx else -1)
    return start >= 0 and all(t.lower in _SG_SENTENCE_OPENERS for t in m.tokens[:start])


@transform({"Gene", "Molecule", "CellType", "Pathway"})
def lowering_mediator(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"FBXW7-mediated degradation" (read as one process) names who lowers what comes after it: the one entity the
    process involves; nothing for another process."""
    if entity.category != "ResistanceMechanism" or not _SG_MEDIATED_LOWERING.fullmatch(entity.name):
        return None
    parts = [o for s, p, o in m.rec.implied
             if s.id == entity.id and p == "involves" and o.category in ("Gene", "Molecule", "CellType", "Pathway")]
    return parts[0] if len(parts) == 1 else None


_SG_MEDIATED_LOWERING = lazy_compile(r"\S+-(?:mediated|dependent|driven|induced)\s+(?:degradation|inhibition|suppression|"
                                     r"downregulation|down-regulation|repression|inactivation|silencing|destabili[sz]ation|exclusion|"
                                     r"depletion)",
                                     re.I)
_SG_MEDIATED_RAISING = lazy_compile(r"\S+-(?:mediated|dependent|driven|induced)\s+(?:activation|phosphorylation|"
                                    r"upregulation|up-regulation|induction|stimulation|recruitment|expansion|"
                                    r"stabili[sz]ation|transactivation|accumulation|infiltration)", re.I)
# the same process named whole, with what it acts on ("Treg-mediated suppression of effector T cells")
_SG_MEDIATED_WHOLE = lazy_compile(r"(?P<agent>\S+)-(?:mediated|dependent|driven|induced)\s+(?P<process>[\w-]+)\s+of\s+"
                                  r"(?:the\s+)?(?P<target>.+)", re.I)
_SG_MEDIATED_PARTS = ("Gene", "Molecule", "CellType", "Pathway")


@transform(set(_SG_MEDIATED_PARTS))
def raising_mediator(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"IL-6-induced phosphorylation", "CAF-driven recruitment" (read as one process) name who raises what comes after
    it: the one gene, molecule, cell or pathway the process involves (a drug's effect, "cetuximab-induced activation",
    is none)."""
    if entity.category != "ResistanceMechanism" or not _SG_MEDIATED_RAISING.fullmatch(entity.name):
        return None
    parts = [o for s, p, o in m.rec.implied
             if s.id == entity.id and p == "involves" and o.category in _SG_MEDIATED_PARTS]
    return parts[0] if len(parts) == 1 else None


def _sg_mediated_whole(m: MatchContext, entity: Entity, token: int, raising: bool):
    """The agent and the targets of a process named whole with what it acts on ("Treg-mediated suppression of effector
    T cells": regulatory T cell; effector T cell), when its process word lowers (or, ``raising``, raises), the agent
    is one gene, molecule, cell or pathway and the targets are named in full; None otherwise."""
    if token < 0 or entity.category != "ResistanceMechanism":
        return None
    named = _SG_MEDIATED_WHOLE.fullmatch(m.tokens[token].text.strip())
    if named is None:
        return None
    process = f"x-mediated {named.group('process')}"
    if not (_SG_MEDIATED_RAISING if raising else _SG_MEDIATED_LOWERING).fullmatch(process):
        return None
    recognizer = m.reading.recognizer

    def whole(text: str) -> list:
        return [x.entity for x in recognizer.vocabulary_mentions(text) if x.entity.category in _SG_MEDIATED_PARTS]

    agents = whole(named.group("agent"))
    targets = whole(named.group("target"))
    if len({a.id for a in agents}) != 1 or not targets:
        return None
    return agents[0], list(dict.fromkeys(targets))


@transform(set(_SG_MEDIATED_PARTS))
def whole_lowering_agent(entity: Entity, m: MatchContext, token: int):
    """The agent of a lowering named whole with its target ("Treg-mediated suppression of effector T cells")."""
    found = _sg_mediated_whole(m, entity, token, raising=False)
    return [found[0]] if found else []


@transform(set(_SG_MEDIATED_PARTS))
def whole_lowering_target(entity: Entity, m: MatchContext, token: int):
    """What a lowering named whole acts on ("effector T cells" of "Treg-mediated suppression of effector T cells")."""
    found = _sg_mediated_whole(m, entity, token, raising=False)
    return found[1] if found else []


@transform(set(_SG_MEDIATED_PARTS))
def whole_raising_agent(entity: Entity, m: MatchContext, token: int):
    """The agent of a raising named whole with its target ("CAF-driven recruitment of MDSCs")."""
    found = _sg_mediated_whole(m, entity, token, raising=True)
    return [found[0]] if found else []


@transform(set(_SG_MEDIATED_PARTS))
def whole_raising_target(entity: Entity, m: MatchContext, token: int):
    """What a raising named whole acts on ("MDSCs" of "CAF-driven recruitment of MDSCs")."""
    found = _sg_mediated_whole(m, entity, token, raising=True)
    return found[1] if found else []


@guard
def one_therapy_approved(m: MatchContext) -> bool:
    """The approval names one therapy (a drug, a class or a combination the reader joined): in "approval of
    encorafenib plus cetuximab and fluorouracil-based chemotherapy in BRAF-mutated CRC" the listed parts are one
    regimen the reader did not join whole, and no part of it alone is approved for the carriers."""
    return len(m.slot_entities.get("therapy", ())) == 1


_LINE_ROLE = frozenset({"first", "second", "third", "later", "maintenance"})  # "first-line" may be one token or three
# words of a result or guideline that puts a therapy in a line (see not_a_line_role)
_ENDORSING = frozenset({"support", "supports", "supported", "establish", "establishes", "established", "recommend",
                        "recommends", "recommended", "confirm", "confirms", "confirmed", "endorse", "endorses"})


@guard
def not_a_line_role(m: MatchContext) -> bool:
    """The therapy's line is a role the sentence gives it, not its standing: "combining FOLFOXIRI with cetuximab as
    first-line treatment for patients with BRAF V600E-mutant mCRC" says what a trial gave whom, not that the marker
    selects responders (that is "X is the first-line treatment for patients with Y")."""
    effect = m.first_cue("is_effective")
    if effect is None or effect == 0:
        return True
    if not (m.tokens[effect].lower.split("-")[0] in _LINE_ROLE and m.tokens[effect - 1].lower == "as"):
        return True
    # a result or guideline that puts the therapy in that line is its standing ("the results of the trial support
    # mFOLFOX6 plus panitumumab as first-line therapy in patients with RAS wild-type left-sided mCRC")
    return any(t.lower in _ENDORSING for t in m.tokens[:effect])


# a verb that makes the words before it the subject of a clause of their own ("..., and resistance to A is common")
_OWN_CLAUSE_VERB = frozenset("""is are was were remains remain remained develops develop developed occurs occur
occurred emerges emerge emerged arises arise arose has have had""".split())


@guard
def resistance_not_own_subject(m: MatchContext) -> bool:
    """The resistance the match ends on is the last item the cause brings about, not the subject of a clause of its
    own: in "NRAS mutations account for 5% of tumours, and resistance to panitumumab is frequent" the resistance is
    said apart from the mutations (the word after the therapy is no verb of that resistance)."""
    end = m.match.end
    return end >= len(m.tokens) or m.tokens[end].lower not in _OWN_CLAUSE_VERB


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_RESISTANCE_TALK, _JOINED_TO, _FEW_PATIENTS, _APPOSED_PARTNER, _NO_ACTIVITY, _ACQUIRED, _PRIMARY, _LOWERED_BEFORE,
 _BOTH_TYPES) = map(prefiltered, (
    _RESISTANCE_TALK, _JOINED_TO, _FEW_PATIENTS, _APPOSED_PARTNER, _NO_ACTIVITY, _ACQUIRED, _PRIMARY,
    _LOWERED_BEFORE, _BOTH_TYPES))


# -- s41 df: definitional statements ------------------------------------------------------------------


@transform({"DrugClass"})
def allele_class(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The inhibitor class of the one allele a drug is said to inhibit ("X is a selective inhibitor of KRAS
    G12D" -> the KRAS G12D inhibitor class): the vocabulary's class of that allele, or a class of its own when the
    vocabulary has one only for another allele of the gene; nothing when the gene's class is the allele's too."""
    if entity.category != "Alteration":
        return None
    vocab = m.reading.vocab
    gene = vocab.gene_entity(entity.attr("gene") or "")
    if gene is None or gene.attr("family"):
        return None
    return allele_inhibitor_class(vocab, entity, gene, vocab.class_for_targets((gene.id,)))


@transform({"Gene"})
def member_of_altered_family(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene (or an alteration's gene) the sentence places an alteration of a gene family in, kept only when the
    vocabulary makes it a member of that family ("RAS mutations occur in KRAS, NRAS and HRAS": each is a RAS gene;
    not "RAS mutations occur in patients with BRAF wild-type tumours")."""
    vocab = m.reading.vocab
    gene = entity if entity.category == "Gene" else \
        vocab.gene_entity(entity.attr("gene") or "") if entity.category == "Alteration" else None
    if gene is None or gene.attr("family"):
        return None
    for alt in m.slot_entities.get("alt", ()):
        family = vocab.gene_entity(alt.attr("gene") or "")
        if family is not None and gene.id in vocab.family_gene_ids(family.id):
            return gene
    return None


_PATHWAY_FORMS = ("{} pathway", "{} signaling pathway", "{} signalling pathway", "{} signaling", "{} signalling")


@transform({"Pathway"})
def pathway_of_ligand(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The pathway the vocabulary names after a ligand ("VEGF" -> the VEGF pathway): a receptor the sentence says the
    ligand binds takes part in it; nothing for a ligand no pathway is named after (no pathway guessed from a gene)."""
    if entity.category not in ("Gene", "Molecule"):
        return None
    vocab = m.reading.vocab
    for form in _PATHWAY_FORMS:
        pid = vocab.by_name.get(form.format(entity.name).lower())
        if pid is not None and vocab.entities[pid].category == "Pathway":
            return vocab.entities[pid]
    return None


_CONJUGATE_WORDS = lazy_compile(r"\bconjugates?\b|\bADCs?\b")


@guard
def conjugate_class(m: MatchContext) -> bool:
    """The class the drug is described as is a drug conjugate ("an ADC", "an antibody-drug conjugate"), whose payload
    is a part of it; not a drug given with another class ("X, a TKI given with a MEK inhibitor payload" is no
    conjugate)."""
    ents = m.slot_entities.get("adc", ())
    return bool(ents) and all(_CONJUGATE_WORDS.search(e.name) for e in ents)


@transform({"Pathway"})
def pathway_of_degraded(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The one pathway the vocabulary places a gene in, for the protein a complex is said to degrade ("a complex
    of APC, AXIN and GSK3B degrades β-catenin": the Wnt/β-catenin pathway's), when the pathway is named after it;
    nothing for a gene of no pathway or of several, or a pathway named otherwise ("p53" is in the "cell cycle")."""
    if entity.category != "Gene":
        return None
    vocab = m.reading.vocab
    found = [pid for pid, members in sorted(vocab.pathway_members.items()) if entity.id in members]
    if len(found) != 1 or found[0] not in vocab.entities:
        return None
    pathway = vocab.entities[found[0]]
    # the pathway is named after the protein ("Wnt/β-catenin pathway"), not one it only takes part in ("cell cycle")
    names = {n.lower() for n in (entity.name, *entity.synonyms) if len(n) > 2}
    named = " ".join((pathway.name, *pathway.synonyms)).lower()
    return pathway if any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", named) for n in names) else None


@guard
def class_without_target(m: MatchContext) -> bool:
    """The class names no target of its own ("an inhibitor of multiple kinases", "a multikinase inhibitor"), so the
    genes after it are what the drug acts on, not examples of something else ("a BRAF inhibitor such as ...")."""
    vocab = m.reading.vocab
    classes = m.slot_entities.get("cls", ())
    return bool(classes) and not any(vocab.drug_targets.get(c.id) or _sg_implied_targets(m, c) for c in classes)


# -- s42 pd ----------------------------------------------------------------------------------------------------
_LEVEL_SPECIMEN = lazy_compile(r"\b(plasma|serum|circulating)\b", re.I)
_DOC_SPECIMEN = lazy_compile(r"\b(plasma|serum)\b", re.I)


def _level_specimen(m: MatchContext) -> str:
    """The specimen a level was measured in: the one the sentence names, else the only one the document names
    ("plasma samples were obtained ...": "increases in PlGF" are of plasma PlGF); nothing when none or both."""
    spec = _LEVEL_SPECIMEN.search(m.text)
    if spec:
        return spec.group(1).lower().replace("circulating", "plasma")
    return m.reading.document_wide("only_specimen", _scan_only_specimen)


def _scan_only_specimen(reading) -> str:
    """The only specimen ("plasma" or "serum") the document names; "" when none or both."""
    found = {w.lower() for w in _DOC_SPECIMEN.findall(reading.doc.text)}
    return found.pop() if len(found) == 1 else ""


# markers of tumour burden rise at any progression, on any therapy: no marker of resistance to the one given
_BURDEN_MARKER = lazy_compile(r"ctDNA|cfDNA|\bCEA\b|carcinoembryonic|CA ?19-9|\bLDH\b|lactate dehydrogenase|tumou?r burden|"
                              r"circulating tumou?r cells|\bCTCs?\b", re.I)


@transform({"Biomarker"})
def risen_level(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The level marker a sentence says rose ("plasma PlGF levels increased at progression on bevacizumab",
    "increases in PlGF were observed after progression"): a gene product or molecule becomes its level in the
    specimen the sentence names (its expression when none), a level or expression marker stays; an alteration
    emerging at progression is an acquired cause of resistance (read by the resistance rules), never a level, and
    a low level or a loss does not rise; a marker of tumour burden (CEA, ctDNA, LDH) rises at any progression."""
    if any(_BURDEN_MARKER.search(n) for n in (entity.name, *entity.synonyms)):
        return None
    if entity.category in ("Gene", "Molecule"):
        if entity.attr("family"):
            return None
        spec = _level_specimen(m)
        if not spec:
            return expression_entity(entity)
        level = expression_entity(entity, spec, "level")
        aliases = {f"{spec} {a} {w}" for a in short_aliases(entity) for w in ("level", "levels")} - set(level.synonyms)
        return Entity(level.id, level.category, level.name, tuple(sorted({*level.synonyms, *aliases})), level.xrefs,
                      level.attributes) if aliases else level
    if entity.category != "Biomarker" or entity.name.lower().startswith(("low", "loss")):
        return None
    if entity.attr("biomarker_kind") == "expression" or entity.name.endswith((" level", " levels", " expression")):
        return entity
    return None


_ADDED_JOIN = frozenset(("with", "plus", "+", "and"))


@guard
def therapy_not_joined_backbone(m: MatchContext) -> bool:
    """The therapy is not a backbone the next words join a drug to ("after progression on chemotherapy with
    bevacizumab": the added drug is the one the statement is about, read by the rule that names it)."""
    for i in m.match.slots.get("therapy", ()):
        if i + 2 < len(m.tokens) and m.tokens[i + 1].lower in _ADDED_JOIN and \
                any(e.category in THERAPY for e in m.tokens[i + 2].entities):
            return False
    return True


# "low baseline plasma", "lower pretreatment serum": the level word a measured molecule is written after
_LOW_LEVEL_BEFORE = lazy_compile(r"(?<![\w\-])(?:low|lower|reduced|decreased|diminished)\s+(?:[\w\-]+\s+){0,2}$", re.I)


@transform(lambda cats: (set(cats) - {"Gene", "Molecule"}) | ({"Biomarker"} if {"Gene", "Molecule"} & set(cats) else set()))
def measured_level(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene product or molecule written with the level it was measured at ("high baseline plasma VEGF-A was
    associated with longer PFS", "low pretreatment serum HGF ..."): its level in the specimen the sentence names, its
    low level when the word before says so; any other marker as :func:`predictor` reads it. A marker of tumour
    burden (baseline CEA, LDH) says how much disease there is, a prognosis under any therapy: nothing."""
    if any(_BURDEN_MARKER.search(n) for n in (entity.name, *entity.synonyms)):
        return None
    if entity.category not in ("Gene", "Molecule"):
        return predictor(entity, m, token)
    if entity.attr("family") or token < 0:
        return None
    low = bool(_LOW_LEVEL_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start))
    spec = _LEVEL_SPECIMEN.search(m.text)
    return _level_entity(entity, low, spec.group(1).lower().replace("circulating", "plasma") if spec else "")


# -- a marker's change on treatment as the marker ("an early decrease in ctDNA", "ctDNA clearance") ------------
_FALL_WORDS = r"decrease[sd]?|decreasing|reductions?|reduced|declines?|declined|declining|drops?|dropped|falls?|fell|lowering"
_CLEAR_WORDS = r"clearance|disappearance|cleared|undetectable"
_RISE_WORDS = r"increase[sd]?|increasing|rises?|rising|rose|elevations?"
_CHANGE_BEFORE = lazy_compile(rf"(?<![\w\-])(?P<early>early\s+|on-treatment\s+)?(?:an?\s+|the\s+)?(?:early\s+)?"
                              rf"(?P<word>{_FALL_WORDS}|{_CLEAR_WORDS}|{_RISE_WORDS})"
                              r"(?:\s+(?:in|of))?\s+(?:the\s+)?(?:plasma\s+|circulating\s+|serum\s+)?$", re.I)
_CHANGE_AFTER = lazy_compile(rf"\s*(?:levels?\s+|fraction\s+|burden\s+|concentrations?\s+)?(?P<word>{_FALL_WORDS}|{_CLEAR_WORDS}|"
                             rf"{_RISE_WORDS})(?![\w\-])", re.I)


_EARLY_BEFORE = lazy_compile(r"(?<![\w\-])early\s+$", re.I)
_CHANGE_NOUNS = frozenset(("decline", "drop", "reduction", "fall", "disappearance", "rise", "elevation"))


def _change_kind(word: str) -> str:
    low = word.lower()
    if re.match(_CLEAR_WORDS, low):
        return "clearance"
    return "decrease" if re.match(_FALL_WORDS, low) else "increase"


def _serum_marker_written(m: MatchContext, t, entity: Entity) -> Entity | None:
    """The blood marker of the vocabulary a gene's written name is the level of ("CEA" of the gene CEACAM5 is
    ``serum CEA``: "an early CEA decrease" is the fall of the serum marker), else None."""
    if entity.category not in ("Gene", "Molecule"):
        return None
    vocab = m.reading.vocab
    for form in (f"{t.text} level", f"serum {t.text}"):
        hit = vocab.by_name.get(form.lower())
        marker = vocab.entities.get(hit) if hit else None
        if marker is not None and marker.category == "Biomarker" and \
                marker.name.startswith(("serum ", "plasma ")):
            return marker
    return None


@transform({"Biomarker"})
def changed_marker(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The change of a marker the sentence says went with the outcome ("a decrease in ctDNA levels after two cycles
    was associated with response", "early ctDNA clearance predicted benefit"): a marker of its own, the marker's
    decrease, clearance or increase (the marker itself says nothing of the direction it moved in); nothing when the
    sentence names no change right at the marker. A gene or molecule is its level's change."""
    if token < 0 or entity.category not in ("Biomarker", "Alteration", "Gene", "Molecule") or entity.attr("family"):
        return None
    t = m.tokens[token]
    said = _CHANGE_BEFORE.search(m.text, max(0, t.start - 50), t.start) or _CHANGE_AFTER.match(m.text, t.end)
    if said is None:
        return None
    serum = _serum_marker_written(m, t, entity)
    base = serum.name if serum is not None else re.sub(r"\s+(?:levels?|expression|fraction)$", "", entity.name)
    if entity.category == "Alteration" and re.search(r"ctDNA|cfDNA|plasma|circulating|liquid", m.text, re.I) and \
            not base.lower().startswith(("ctdna", "cfdna")):
        base = f"ctDNA {base}"
    name = f"{base} {_change_kind(said.group('word'))}"
    # the change as the text names it ("ctDNA decline", "CEA reduction") stays a name of the node
    word = said.group("word").lower()
    written = (f"{base} {word}",) if word in _CHANGE_NOUNS and f"{base} {word}" != name else ()
    if said.start() >= t.end and word in MARKER_CHANGE_NOUNS:
        # the change named after the marker as the text writes it, with its time word ("early CA19-9 decrease")
        early = "early " if _EARLY_BEFORE.search(m.text, max(0, t.start - 12), t.start) else ""
        own = f"{early}{t.text} {word}"
        if own.lower() not in {name.lower(), *(w.lower() for w in written)}:
            written += (own,)
    return Entity(mint("biomarker", name), "Biomarker", name, written, (), (("biomarker_kind", "dynamics"),))


# s59 predict: the suppression of a pathway measured on treatment ("MAPK suppression", "MAPK pathway inhibition")
_SUPPRESSION_AFTER = lazy_compile(r"\s*(?:pathway\s+|signall?ing\s+|output\s+)?(?:suppression|inhibition)\b", re.I)


@transform({"Biomarker"})
def suppressed_pathway(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A pathway named with its suppression, as what a therapy's efficacy went with ("efficacy of A correlated with
    increased MAPK suppression" in on-treatment biopsies): how far the therapy holds the pathway down, a marker of its
    own (``MAPK pathway suppression``, the written form a synonym); nothing for a pathway named without it."""
    if token < 0 or entity.category != "Pathway":
        return None
    t = m.tokens[token]
    after = _SUPPRESSION_AFTER.match(m.text, t.end)
    if after is None:
        return None
    name = f"{entity.name} suppression" if entity.name.lower().endswith("pathway") else f"{entity.name} pathway suppression"
    written = collapse(m.text[t.start:after.end()])
    synonyms = (written,) if written.lower() != name.lower() else ()
    return Entity(mint("biomarker", name), "Biomarker", name, synonyms, (), (("biomarker_kind", "pathway_activity"),))


_THAN_BEFORE = lazy_compile(r"\bthan\s+(?:(?:in|among|for|with)\s+)?(?:(?:those|patients|tumou?rs|cases)\s+(?:with\s+)?)?(?:the\s+)?$",
                            re.I)


@transform(lambda cats: set(cats))
def uncompared_predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`stacked_predictor`, but never the marker a comparison sets the carriers against ("greater in left-sided
    than in right-sided tumours": the right-sided tumours are the comparator, wherever the match took them from)."""
    if token >= 0 and _THAN_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None
    return stacked_predictor(entity, m, token)


@transform(lambda cats: set(cats))
def uncompared_poor_predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`predictor` (a marker of a poorer outcome), never the comparator set after "than (in)"."""
    if token >= 0 and _THAN_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None
    return predictor(entity, m, token)


# the other cancers a marker's carriers may be named as patients of (with a stage word before the name)
_OTHER_CANCERS = (r"(?:(?:metastatic|advanced|unresectable|recurrent)\s+)?(?:breast|melanomas?|lung|NSCLC|gastric|"
                  r"gastro-?oesophageal|gastro-?esophageal|head and neck|ovarian|pancrea\w*|thyroid|glioma|bladder|"
                  r"urothelial|prostate|cholangio\w*|biliary|endometrial|hairy cell)")
# a carrier named with another cancer right after it ("BRAF V600-mutant melanoma", "EGFR-mutant NSCLC", "HER2-positive
# metastatic breast cancer")
_OTHER_CANCER_AFTER = lazy_compile(r"(?:[-\s]+(?:mutant|mutated|positive|amplified|driven|rearranged|fusion|altered))?\s*"
                                   + _OTHER_CANCERS, re.I)


# the carriers named as patients of another cancer before the alteration they carry ("patients with melanoma
# harbouring BRAF V600E", "in NSCLC patients carrying EGFR mutations", "melanoma patients with BRAF V600E")
_OTHER_CANCER_BEFORE = lazy_compile(r"\b" + _OTHER_CANCERS + r"(?:\s+(?:cancers?|carcinomas?|tumou?rs?|adenocarcinomas?|leukaemia|"
                                    r"leukemia))?(?:\s+(?:patients|cases|subjects|cells|lines))?\s+(?:harbou?ring|carrying|"
                                    r"bearing|with|(?:that|who|which|whose\s+tumou?rs?)\s+(?:harbou?red|harbou?rs?|"
                                    r"carr(?:y|ied|ies)|bore|bears?|had|has|have))\s+(?:(?:an?|the|activating|somatic|oncogenic)\s+)*$",
                                    re.I)


@guard
def carrier_not_of_other_cancer(m: MatchContext) -> bool:
    """The carriers are not named as patients of another cancer ("BRAF inhibitor monotherapy yields response rates >50%
    in BRAFV600-mutant melanoma, only 5% of patients with BRAF V600E colorectal cancer respond"; "patients with
    melanoma harbouring BRAF V600E derive marked benefit from A": the melanoma's response marks nothing in colorectal
    cancer)."""
    carriers = _carrier_tokens(m)
    if carriers:
        start = m.tokens[min(carriers)].start
        if _OTHER_CANCER_BEFORE.search(m.text, max(0, start - 90), start):
            return False
    return not any(_OTHER_CANCER_AFTER.match(m.text, m.tokens[i].end) for i in carriers)


# words that give a marker a direction of its own: a raised or lowered level, a gain or a loss (# s42 s4)
_S4_DIRECTED_MARKER = lazy_compile(r"\b(?:high|higher|low|lower|elevated|increased|decreased|reduced|loss|lost|absent|"
                                   r"absence|over-?express\w*|under-?express\w*|up-?regulat\w*|down-?regulat\w*|"
                                   r"amplifi\w*|deficien\w*|positiv\w*|negativ\w*|overactiv\w*|hyperactiv\w*)\b", re.I)


@guard
def marker_named_without_direction(m: MatchContext) -> bool:
    """A marker said only to shape how a therapy works ("growth patterns strongly influence immunotherapy sensitivity",
    "the molecular subtype determines the response to cetuximab") marks response only when it is named without a
    direction of its own: a feature or status (a growth pattern, a subtype, sidedness, mutational burden, a mutation
    status). A raised or lowered level, a gain or loss, or an alteration ("low ERCC1 expression affects the outcome of
    oxaliplatin therapy", "KRAS mutation affects the response to cetuximab"), or one value of a feature ("CMS4
    influences the response to oxaliplatin") could shape it either way, and the sentence does not say which."""
    for e in m.slot_entities.get("marker", ()):
        if e.category == "Alteration" or _S4_DIRECTED_MARKER.search(e.name):
            return False
    named = list(m.match.slots.get("marker", ()))
    idx = named + ([min(named) - 1] if named and min(named) > m.clause.lo else [])  # "high AREG expression"
    if any(_S4_DIRECTED_MARKER.search(m.tokens[i].text) for i in idx):
        return False
    after = [max(named) + 1] if named and max(named) + 1 < m.clause.hi else []  # "MSI status"
    return any(_S4_FEATURE_WORD.search(m.tokens[i].text) for i in named + after)


# the nouns that name a feature a tumour has some value of, not one value ("MSI status", "growth patterns", "molecular
# subtype", "mutational burden", "PD-L1 expression"; not "CMS4", "MSI-H") (# s42 s4)
_S4_FEATURE_WORD = lazy_compile(r"\b(?:status|subtypes?|classification|patterns?|burden|location|sidedness|side|"
                                r"profiles?|load|signatures?|scores?|phenotypes?|expression|levels?|infiltrat\w*|"
                                r"density|composition|heterogeneity|microenvironment|TME|grade|stage)\b", re.I)


# lymphocytes, whose surface proteins take signals from the cells they meet (# s42 s4)
_S4_LYMPHOCYTE = lazy_compile(r"\b(?:T[- ]cells?|T[- ]lymphocytes?|lymphocytes?|NK cells?|natural killer cells?|"
                              r"regulatory T|Tregs?|CTLs?|TILs?)\b", re.I)


@guard
def s4_carried_by_lymphocytes(m: MatchContext) -> bool:
    """The protein the sentence places on cells is placed on lymphocytes only (T, NK or regulatory T cells) and is the
    one that binds (no other gene or molecule named before the verb): a protein there that binds another takes the signal ("TIGIT, expressed on T cells, binds CD155": CD155 acts on TIGIT); one
    also placed on tumour or myeloid cells ("PD-L1, expressed on tumour cells and macrophages, binds PD-1") is the
    ligand, and is not read."""
    cells = list(m.slot_entities.get("cell", ()))
    if not cells or not all(_S4_LYMPHOCYTE.search(e.name) for e in cells):
        return False
    v = _sg_bind_cue(m)  # nothing else named between the cells and the verb ("..., while PD-L1 binds PD-1")
    return v >= 0 and not _sg_named_between(m, m.match.slots["cell"][-1], v, set())
# -- a bare list of biomarkers in a document about one therapy's resistance ("Many biomarkers, including A and B, ...") --
# the kinds of alteration that, listed as biomarkers without a direction under a therapy's resistance, mark tumours
# unlikely to respond (a gene's mutation, loss or gain); a wild-type status or a level has no way said
_LISTED_RESISTANCE_KINDS = frozenset({"mutation", "loss", "amplification", "overexpression", "fusion", "deletion"})


@transform(lambda cats: {"Alteration"} & set(cats))
def listed_resistance_marker(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """An item of a bare list of biomarkers ("Many biomarkers, including KRAS mutations, PTEN loss and AREG
    expression, ...") in a passage about resistance to one therapy, read as a marker of that resistance: only an
    alteration of a gene (a mutation, loss or gain) that the therapy in scope does not itself act on ("BRAF V600E"
    under BRAF inhibitors marks the tumours they answer); a level or a status names no way (None), nor does anything
    under a therapy relying on the immune response (a hypermutated tumour's alterations mark response to it)."""
    found = predictor(entity, m, token)
    if found is None or found.category != "Alteration" or found.attr("alteration_kind") not in _LISTED_RESISTANCE_KINDS:
        return None
    scope = _scope_therapies(m)
    vocab = m.reading.vocab
    if not scope or any(_is_immunotherapy(vocab, t) for t in scope):
        return None
    gene = vocab.gene_entity(found.attr("gene") or "")
    if gene is not None and any(gene.id in therapy_targets(vocab, t) for t in scope):
        return None
    return found


def _scan_paragraph_therapies(reading) -> dict[str, tuple[list[frozenset], int]]:
    """For each sentence (by its normalised text, first occurrence), the therapies each earlier sentence of its
    paragraph names (same heading, no blank line between), as its paragraph's list and how many of it come before
    the sentence (the list is shared, not copied per sentence: the scan stays linear in a long paragraph)."""
    found: dict[str, tuple[list[frozenset], int]] = {}
    before: list[frozenset] = []
    last = None
    for sentence in getattr(reading.doc, "sentences", ()):
        if last is None or last.section != sentence.section or last.subsection != sentence.subsection or \
                sentence.start < last.end or BLANK_LINE.search(reading.doc.text[last.end:sentence.start]):
            before = []
        found.setdefault(sentence.norm, (before, len(before)))
        named = frozenset(x.entity.id for x in reading.recognize(sentence).mentions if x.entity.category in THERAPY)
        if named:
            before.append(named)
        last = sentence
    return found


def _related_therapies(vocab, one: str, other: str) -> bool:
    """The same therapy, one in the other's class, or two sharing a target (cetuximab and panitumumab)."""
    if one == other or vocab.in_class(one, other) or vocab.in_class(other, one):
        return True
    return bool(therapy_targets(vocab, _Named(one)) & therapy_targets(vocab, _Named(other)))


@dataclass(frozen=True)
class _Named:
    """A therapy known only by its id (what :func:`therapy_targets` reads of an entity)."""
    id: str


@guard
def paragraph_about_scope_therapy(m: MatchContext) -> bool:
    """Every earlier sentence of the paragraph that names a therapy names the one in scope, one of its class or one
    sharing its target: a list of markers after a sentence on another therapy ("Patients given bevacizumab ... .
    Biomarkers such as A and B ...") may be that therapy's, not the passage's."""
    scope = _scope_therapies(m)
    if not scope:
        return False
    vocab = m.reading.vocab
    paragraph, count = m.reading.document_wide("paragraph_therapies", _scan_paragraph_therapies).get(m.text, ((), 0))
    return all(any(_related_therapies(vocab, t.id, x) for t in scope for x in named) for named in paragraph[:count])


@guard
def sentence_not_negated(m: MatchContext) -> bool:
    """No negation anywhere in the sentence ("Biomarkers such as X and Y have not been validated"): a bare list says
    nothing when any of it is denied."""
    return not m.cue_in("negation", 0, len(m.tokens))


@qualifier
def association_at_most(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``association`` at most (``hypothesis`` when the clause hedges): for a marker named only as an item of a list
    of biomarkers, its therapy from the passage, or an alteration found more often after a therapy failed than
    before it."""
    return "hypothesis" if _clause_hedged(m) else "association"


# a lowered sensitivity or its lack, right before the noun ("the reduced sensitivity of", "loss of sensitivity of")
_REDUCED_BEFORE = lazy_compile(r"\b(?:reduced|decreased|diminished|lower|low|poor|limited|impaired|weak|lack\s+of|loss\s+of|"
                               r"no|absent|without|less|minimal)\s+(?:\w+\s+)?$", re.I)


@guard
def sensitivity_not_reduced(m: MatchContext) -> bool:
    """The sensitivity the match names is not a lowered one or its lack ("the reduced sensitivity of KRAS-mutant
    tumours to cetuximab" is a resistance)."""
    cue = m.first_cue("pr_sensitivity_noun")
    if cue is None:
        return True
    start = m.tokens[cue].start
    return not _REDUCED_BEFORE.search(m.text, max(0, start - 30), start)


@guard
def marker_mention_is_disease(m: MatchContext) -> bool:
    """The marker is named inside a mention of the disease it marks ("MSI-H metastatic colorectal cancer"): tumours
    named by their marker, not the marker alone ("the sensitivity of KRAS mutations to ...")."""
    return all(any(e.category == "Disease" for e in m.tokens[i].entities) for i in m.match.slots.get("marker", ()))


@transform(_cause_categories)
def as_cause_not_level(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """:func:`as_cause`, but not a measured level ("high levels of circulating heregulin" in a group of resistant
    patients marks them; it is not what they resist by)."""
    found = as_cause(entity, m, token)
    return None if found is not None and found.category == "Biomarker" else found


@transform({"DrugClass"})
def directed_at_named_target(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy directed at what the sentence names a cause of resistance and then a promising target ("HER2
    amplification confers resistance to anti-EGFR antibodies and could therefore be a therapeutic target": a HER2
    inhibitor; "TAMs are associated with drug resistance, making them promising targets": a TAM-directed therapy).
    A gene or molecule, or the gene an alteration gains, gives its inhibitor class; suppressive cells give a therapy
    directed at them (effector cells are never the problem); anything else nothing."""
    vocab = m.reading.vocab
    if entity.category == "Alteration":
        if entity.attr("alteration_kind") not in _GAIN_KINDS:
            return None
        own = inhibitor_class(vocab, entity)
        gene = vocab.gene_entity(entity.attr("gene") or "")
        target, cls = (entity, own) if own is not None else (gene, inhibitor_class(vocab, gene) if gene else None)
    elif entity.category in ("Gene", "Molecule"):
        target, cls = entity, inhibitor_class(vocab, entity)
    elif entity.category == "CellType":
        if entity.id in vocab.lexicon.get("effector_cells", ()) or not _SUPPRESSOR_NAME.search(entity.name):
            return None
        return cell_directed_class(entity, _singular_cells(m.tokens[token].text) if token >= 0 else entity.name)
    else:
        return None
    if cls is None or target is None:
        return None
    m.side.append((cls, "targets", target))
    return cls


@guard
def not_negated_but_absence(m: MatchContext) -> bool:
    """No negation in the matched words or just before them, but for the absence that names the group ("patients
    without liver metastases derived greater benefit", "those with no history of lung metastases": the "without" or
    "no" is the group's, which the rule reads); any other denies ("patients without liver metastases did not
    benefit")."""
    lead = m.first_cue("pr_site_free_lead", "pr_site_free_selection")
    if lead is None:
        return not_negated(m)
    if m.cue_in("negation", max(m.clause.lo, lead - 3), lead):
        return False
    return not m.cue_in("negation", m.match.start, m.match.end)


@transform({"Gene"})
def family_partners(entity: Entity, m: MatchContext, token: int) -> Entity | list | None:
    """A receptor or kinase pairs with the other members of its own family ("HER2 is activated by
    heterodimerization with other ERBB family members", "BRAF signals through dimers with other RAF family
    members"): a family named as the partner of one of its members is each of its other members. A single gene, or a
    family the ``target`` slot's gene does not belong to, stays as it is."""
    vocab = m.reading.vocab
    if not entity.attr("family") or entity.id in vocab.broad_families:
        return entity  # "other RTKs": which of 57 receptors is not said
    members = vocab.family_gene_ids(entity.id)
    targets = {t.id for t in m.slot_entities.get("target", ())}
    if not targets or not targets <= members:
        return entity
    out = [vocab.entities[g] for g in sorted(members - targets) if g in vocab.entities]
    return out or None


@guard
def carriers_a_group(m: MatchContext) -> bool:
    """The carriers given the therapy are a group ("26 patients with HER2-positive mCRC received tucatinib"), not
    the one patient of a case ("a patient with BRAF V600E mutation who received encorafenib died of sepsis"): what
    one patient was given says nothing of how the carriers answer it."""
    ends = _carrier_tokens(m)
    if not ends:
        return True
    return not any(m.tokens[k].lower == "patient" and "patients_with" in m.tokens[k].cues
                   for k in range(max(0, min(ends) - 5), min(ends)))


@guard
def change_not_caused_by_agent(m: MatchContext) -> bool:
    """The level a resistant line shows is its own, not the answer to something done to the cells: "in
    cetuximab-resistant cells after siRNA treatment, AXL expression was decreased", "... cells transfected with
    siAXL", "HCT116/5-FU cells showed increased ROS after treatment with vitamin C" report what the silencing or the
    agent did. A treatment with the resisted drug itself ("after 5-FU exposure") is the resistance's own setting and
    is kept."""
    toks = m.tokens
    lo, hi = m.clause.lo, min(m.clause.hi, len(toks))
    done = [i for i in range(lo, hi) if "done_to_cells" in toks[i].cues or _SILENCER_NAME.match(toks[i].text)]
    if not done:
        return True
    resisted = {e.id for e in m.slot_entities.get("therapy", ())}
    for e in m.slot_entities.get("line", ()):
        drug = resisted_drug(e, m, -1)
        if drug is not None:
            resisted.add(drug.id)
    for i in done:
        if "done_to_cells" not in toks[i].cues or toks[i].lower.startswith(("si", "sh", "transfect", "knock", "silenc")):
            return False  # a silencing is always the experiment's doing
        # the agent named next ("treated with IL-6"), or just before ("after 5-FU treatment")
        near = range(max(lo, i - 2), min(hi, toks[i].cues["done_to_cells"] + 5))
        if not {e.id for k in near for e in toks[k].entities} & resisted:
            return False
    return True


# a silencing RNA named for its gene ("siAXL", "shYAP1")
_SILENCER_NAME = lazy_compile(r"(?:si|sh)[A-Z0-9][A-Za-z0-9\-]*$")


@transform(lambda cats: set(cats))
def not_a_receptor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What is listed as a receptor's ligand is not itself a receptor: "HER3 ligand levels (NRG1 and EGFR)" lists the
    receptor EGFR beside the ligand NRG1. A receptor is known by its protein names ("epidermal growth factor
    receptor", "HGF receptor")."""
    return None if any(_RECEPTOR_PROTEIN.search(n) for n in (entity.name, *entity.synonyms)) else entity


_RECEPTOR_PROTEIN = lazy_compile(r"\breceptor(?:\s+\S{1,4})?$", re.I)


@guard
def ligand_not_an_antagonist(m: MatchContext) -> bool:
    """The ligand is not said to hold back what it binds: "DKK1, which is a ligand of LRP6, inhibits Wnt signalling"
    names an antagonist (or a decoy), which binds its receptor without activating it."""
    return not _HOLDS_BACK.search(m.text)


_HOLDS_BACK = lazy_compile(r"\b(?:inhibit(?:s|ed|ing|or|ory)?|blocks?|blocked|blocking|antagoni\w*|decoys?|suppress(?:es|ed|ing)?|"
                           r"negative\s+regulat\w*|attenuat(?:es|ed|ing))\b", re.I)


# -- a rate given side by side to two groups named by a marker (builders/side_by_side_rates.py) ---------------------
def _side_by_side_order(m: MatchContext) -> bool | None:
    """Is the first group's figure of the rate the higher (None: no such pair of figures)?"""
    rate = m.first_cue("pr_rate_named")
    first, second = m.match.slots.get("marker"), m.match.slots.get("other")
    if rate is None or not first or not second:
        return None
    before = m.text[m.tokens[rate].end:m.tokens[min(first)].start]
    between = m.text[m.tokens[max(first)].end:m.tokens[min(second)].start]
    return higher_first(before, between, m.text[m.tokens[max(second)].end:])


@guard
def first_group_rate_higher(m: MatchContext) -> bool:
    """The rate's figure given to the first group is higher than the one given to the second ("the ORR was 67% with
    high X and 38% with low X"; :func:`builders.side_by_side_rates.higher_first`)."""
    return _side_by_side_order(m) is True


@guard
def second_group_rate_higher(m: MatchContext) -> bool:
    """The rate's figure given to the second group is the higher ("the ORR was 38% with low X and 67% with high X")."""
    return _side_by_side_order(m) is False


@guard
def difference_said_none(m: MatchContext) -> bool:
    """The outcome the match opens on is one said not to differ: "no (significant) difference in" just before it, or
    "did not differ" / "was similar" between it and the groups ("no significant difference in PFS between patients with
    and without X in patients treated with A"; "response rates did not differ according to X status")."""
    first = m.first_cue("np_diff_outcome")
    if first is None:
        return False
    if m.cue_in("np_no_difference", max(m.clause.lo, first - 6), first):
        return True
    groups = m.first_cue("np_between_groups")
    return groups is not None and m.cue_in("np_not_differ", first, groups)


_WRITTEN_RAISED = lazy_compile(r"(?:increased|elevated|enhanced|upregulated|up-regulated|higher|high|raised|induced)\b", re.I)
_WRITTEN_LOWERED = lazy_compile(r"(?:decreased|reduced|diminished|downregulated|down-regulated|lower|low|suppressed)\b", re.I)


def _marker_written(m: MatchContext, pattern) -> bool:
    idx = m.match.slots.get("target")
    return bool(idx) and bool(pattern.match(m.tokens[min(idx)].text))


@guard
def marker_written_raised(m: MatchContext) -> bool:
    """A level marker written with its rise ("increased levels of PD-L1", "elevated AXL expression") names a level
    raised: what a means clause after it names is what raised it."""
    return _marker_written(m, _WRITTEN_RAISED)


@guard
def marker_written_lowered(m: MatchContext) -> bool:
    """A level marker written with its fall ("reduced levels of p-ERK", "decreased MCL1 expression") names a level
    lowered: what a means clause after it names is what lowered it."""
    return _marker_written(m, _WRITTEN_LOWERED)


@guard
def via_is_activation(m: MatchContext) -> bool:
    """The means is an activation named as one process ("through the activation of p38 MAPK", read "MAPK14
    activation"): the entity it involves is what the means raises."""
    return any(activated_part(e, m, -1) is not e for e in m.slot_entities.get("via", ()))
