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
from dataclasses import dataclass, field

from kg.ids import mint
from kg.model import Entity

GUARDS: dict = {}
TRANSFORMS: dict = {}
QUALIFIERS: dict = {}


def guard(fn):
    GUARDS[fn.__name__] = fn
    return fn


def transform(results):
    """Register a transform; ``results`` says which categories it may produce (a set or a function
    of the slot's categories), so the rule loader can check emitted triples against the schema."""
    def wrap(fn):
        fn.results = results
        TRANSFORMS[fn.__name__] = fn
        return fn
    return wrap


def qualifier(fn):
    QUALIFIERS[fn.__name__] = fn
    return fn


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

    def cue_in(self, lexicon: str, lo: int, hi: int) -> bool:
        return any(lexicon in self.tokens[i].cues for i in range(max(lo, 0), min(hi, len(self.tokens))))

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
    """No negation word inside the matched words or just before them ("did not confer")."""
    lo = max(m.clause.lo, m.match.start - 3)
    for i in range(lo, m.match.end):
        t = m.tokens[i]
        if "negation" in t.cues and not any(lex in t.cues for lex in ("no_benefit",)):
            return False
    return True


@guard
def not_hedged_away(m: MatchContext) -> bool:
    """Refuse statements the sentence itself doubts ("it remains unclear whether ...")."""
    return not m.cue_in("doubt", m.clause.lo, m.clause.hi)


@guard
def about_crc(m: MatchContext) -> bool:
    """The sentence is not about another cancer only (a breast-cancer trial cited for comparison)."""
    from builders.context import about_other_cancer

    return not about_other_cancer(m.text)


@guard
def not_a_share(m: MatchContext) -> bool:
    """"up to 50% of patients with X resist": a share of patients, not a predictor."""
    return not re.search(r"\d+(?:\.\d+)?\s*% of (?:\w+ )?(?:patients|cases|tumou?rs)", m.text[
        m.tokens[m.clause.lo].start:m.tokens[m.clause.hi - 1].end], re.I)


@guard
def no_named_therapy(m: MatchContext) -> bool:
    """The clause names no therapy (so the discourse's resisted therapy is the one meant)."""
    return not any(e.category in ("Drug", "DrugClass", "Regimen") for i in range(m.clause.lo, m.clause.hi)
                   for e in m.tokens[i].entities)


@guard
def resistance_context(m: MatchContext) -> bool:
    """The sentence or its heading speaks of resistance."""
    n = len(m.tokens)
    return m.cue_in("resistance", 0, n) or m.cue_in("resistant", 0, n) or m.cue_in("mechanism_word", 0, n)


@guard
def distinct_therapies(m: MatchContext) -> bool:
    """The two therapy slots name different things."""
    ids = [e.id for es in m.slot_entities.values() for e in es if e.category in ("Drug", "DrugClass", "Regimen")]
    return len(ids) == len(set(ids))


# -- transforms -------------------------------------------------------------------------------------
_OVER = re.compile(r"overexpress|high(?:ly)? (?:level|express)|upregulat|up-regulat|increased (?:expression|level)|"
                   r"elevated|high expression|overabundan", re.I)
_SUPPRESSED_BEFORE = re.compile(r"\b(?:suppress\w*|inhibit(?:s|ed|ing)?|reduc(?:es|ed|ing)|decreas(?:es|ed|ing)|"
                                r"downregulat\w*|down-regulat\w*|block(?:s|ed|ing)|impair(?:s|ed|ing)|abolish\w*|"
                                r"attenuat\w*|abrogat\w*|prevent(?:s|ed|ing)|diminish\w*)\s+(?:the\s+|its\s+|their\s+)?"
                                r"(?:[\w\-]+\s+){0,2}$", re.I)
_ACT = re.compile(r"activat|signal|reactivat|hyperactiv|phosphorylat|axis", re.I)


def _cause_categories(cats):
    return (set(cats) - {"Pathway"}) | ({"Alteration", "ResistanceMechanism"} if {"Gene", "Pathway"} & set(cats)
                                        else set())


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


@transform(_cause_categories)
def as_cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A cause of resistance: genes and pathways become their alteration or activation; effector
    cells, wild-type statuses and sensitivity markers never cause resistance by themselves; what the
    sentence says is suppressed is not the cause."""
    if token >= 0 and _SUPPRESSED_BEFORE.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "... and suppressed the activation of EGFR, which increased resistance": not the cause
    return _cause(entity, m, token)


def _cause(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    vocab = m.reading.vocab
    if entity.category == "CellType" and entity.id in vocab.lexicon.get("effector_cells", ()):
        return None
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") in ("wild_type", "sidedness", "subtype") or \
            entity.name in ("ctDNA", "cfDNA", "liquid biopsy"):
        return None
    if entity.category not in ("Gene", "Pathway"):
        return entity
    around = m.near_text(token, 25, 30)
    if entity.category == "Gene":
        kind = "overexpression" if _OVER.search(around) else ("amplification" if "amplif" in around else
                                                              ("mutation" if "mutat" in around else None))
        if kind:
            alt = m.reading.recognizer.alteration(entity, kind)
            m.side.append((alt, "alteration_of", entity))
            return alt
        if _ACT.search(around):
            return mechanism(f"{entity.name} activation", [entity], m)
        # a gene named as the cause, with no word for how: the gene itself, unless it is what the
        # therapy targets ("resistance to cetuximab, an EGFR antibody" does not make EGFR the cause)
        therapies = [e for name, es in m.slot_entities.items() for e in es if e.category in ("Drug", "DrugClass", "Regimen")]
        therapies += [e for e in m.scope.values() if e.category in ("Drug", "DrugClass", "Regimen")]
        vocab = m.reading.vocab
        targets = set()
        for t in therapies:
            targets |= therapy_targets(vocab, t)
            targets |= {o.id for s, p, o in m.rec.implied if s.id == t.id and p == "targets"}
        if entity.id in targets or entity.attr("family"):
            return None
        return entity
    return mechanism(f"{entity.name} activation", [entity], m)


@transform(lambda cats: (set(cats) & {"Alteration", "ResistanceMechanism"}) |
           ({"Alteration", "ResistanceMechanism"} if set(cats) - {"Alteration", "ResistanceMechanism"} else set()))
def as_target_of_rescue(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a rescue overcomes: an alteration or mechanism (a gene, pathway, cell or molecule named as
    the problem becomes the mechanism it drives)."""
    if entity.category in ("Alteration", "ResistanceMechanism"):
        return None if entity.attr("alteration_kind") == "wild_type" else entity
    if entity.category == "Biomarker":
        return None
    cause = _cause(entity, m, token)  # what a rescue suppresses is exactly what it overcomes
    if cause is None:
        return None
    if cause.category in ("Alteration", "ResistanceMechanism"):
        return cause
    label = "mediated resistance"
    written = m.tokens[token].text if token >= 0 else cause.name
    names = {written, *cause.synonyms[:3]}
    return mechanism(f"{cause.name}-{label}", [cause], m, synonyms=tuple(f"{n}-{label}" for n in sorted(names)))


@transform(lambda cats: set(cats))
def not_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A therapy offered as a rescue is not the one being resisted ("resistant to cetuximab")."""
    t = m.tokens[token]
    after = m.text[t.end:t.end + 25]
    before = m.text[max(0, t.start - 40):t.start]
    if re.match(r"^[-\s]?(?:resistan|refractory|failure|treatment failure|-treated|pretreated)", after, re.I):
        return None
    if re.search(r"(?:resistan\w*|refractory|progress\w* on|failure of|after|during|under|following|previous|prior|"
                 r"continuous use of|long-term) (?:to )?(?:(?!(?:include|includes|including|such|are|is|were|was|"
                 r"comprise|involve)\b)[\w\-]+ ){0,2}$", before, re.I):
        return None
    return entity


@transform(lambda cats: set(cats))
def predictor(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A predictive marker: a gene or molecule named with its expression becomes that biomarker;
    bare genes are not predictors."""
    if entity.category in ("Gene", "Molecule"):
        return None
    if token >= 0 and _CHANGE_IN.search(m.text, max(0, m.tokens[token].start - 40), m.tokens[token].start):
        return None  # "a decrease in RAS mutations after treatment": the change is the marker, not the mutation
    return entity


_CHANGE_IN = re.compile(r"\b(?:decrease|reduction|decline|drop|fall|clearance|disappearance|changes?|increase|rise|"
                        r"dynamics|kinetics)\s+(?:in|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.I)


@transform(lambda cats: set(cats))
def drug_or_class(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    return entity if entity.category in ("Drug", "DrugClass") else None


# -- qualifiers ----------------------------------------------------------------------------------------
_ACQUIRED = re.compile(r"acquired|acquisition|secondary|emergence|emergent|emerg|after (?:\w+ ){0,3}(?:treatment|therapy|exposure)|"
                       r"during (?:\w+ ){0,3}(?:treatment|therapy)|adaptive|develop", re.I)
_PRIMARY = re.compile(r"\bprimary\b|intrinsic|innate|de novo|pre-?existing|upfront", re.I)


@qualifier
def resistance_type(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    clause = m.text[m.tokens[m.clause.lo].start:m.tokens[m.clause.hi - 1].end]
    if _ACQUIRED.search(clause):
        return "acquired"
    if _PRIMARY.search(clause):
        return "primary"
    return None


@qualifier
def certainty(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    """``hypothesis`` when the clause hedges ("may", "might", "could", "possibly", "suggest")."""
    return "hypothesis" if m.cue_in("hedge", m.clause.lo, m.clause.hi) else None


@qualifier
def specimen(m: MatchContext, subject: Entity, obj: Entity) -> str | None:
    vocab = m.reading.vocab
    known = vocab.biomarker_specimen.get(subject.id)
    if known:
        return known
    if subject.attr("biomarker_kind") == "liquid_biopsy" or re.search(
            r"ctDNA|cfDNA|plasma|serum|blood|liquid biops|circulating|exosom", m.text, re.I):
        return "liquid_biopsy"
    if re.search(r"tissue|biops(?:y|ies)|tumou?r samples|immunohistochem|\bIHC\b|in situ hybridi|tumoral", m.text, re.I):
        return "tissue"
    return None


@qualifier
def mechanism_class(m: MatchContext, cause: Entity, therapy: Entity) -> str | None:
    """The class of the resistance-mechanism taxonomy a cause falls in (``ontology/vocab/mechanisms.yaml``)."""
    vocab = m.reading.vocab
    rules = vocab.mechanism_rules
    low = m.text.lower()
    if cause.attr("taxonomy_class"):
        return cause.attr("taxonomy_class")
    for cls in ("post_translational_modification", "noncoding_rna_regulation", "drug_inactivation_or_reduced_exposure"):
        if re.search(rules["keywords"][cls], low):
            return cls
    if cause.attr("molecule_kind") in ("miRNA", "lncRNA", "circRNA"):
        return "noncoding_rna_regulation"
    if cause.category == "ResistanceMechanism" and re.search(r"MAPK|PI3K|AKT|mTOR|RAS|ERK|MEK|STAT", cause.name):
        return "downstream_pathway_reactivation"
    symbol = cause.attr("gene") or cause.name.split(" ")[0]
    gene = vocab.gene_entity(symbol) if symbol else None
    if gene is not None and gene.id in therapy_targets(vocab, therapy):
        return "on_target_alteration"
    roles = rules["gene_roles"]
    for cls in ("bypass_receptor_activation", "downstream_pathway_reactivation", "immune_evasion",
                "drug_inactivation_or_reduced_exposure"):
        if symbol in (roles.get(cls) or ()):
            return cls
    for cls in ("phenotypic_plasticity", "immune_evasion", "tumour_microenvironment"):
        if re.search(rules["keywords"][cls], low):
            return cls
    return rules["category_defaults"].get(cause.category, "other")


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
def no_poor_response(m: MatchContext) -> bool:
    """The matched words do not speak of poor response, resistance or no benefit."""
    return not any(lex in m.tokens[i].cues for i in range(m.match.start, m.match.end)
                   for lex in ("poor_response", "no_benefit", "resistance", "negative_predict", "no_benefit_verb"))


@guard
def not_investigative(m: MatchContext) -> bool:
    """The clause asserts, rather than sets out to study ("we examined the role of YAP in ...")."""
    return not m.cue_in("investigative", m.clause.lo, m.match.start + 1)


@guard
def distinct_cause_and_therapy(m: MatchContext) -> bool:
    """The cause is not what the therapy itself targets ("blocking EGFR sensitised cells to cetuximab"
    says nothing about a resistance mechanism)."""
    vocab = m.reading.vocab
    targets: set[str] = set()
    for t in m.slot_entities.get("therapy", ()):
        targets |= therapy_targets(vocab, t)
    for c in m.slot_entities.get("cause", ()):
        gene = vocab.gene_entity(c.attr("gene") or c.name) if c.category != "Gene" else c
        if gene is not None and gene.id in targets:
            return False
    return True


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
def cause_not_biomarker(m: MatchContext) -> bool:
    """The cause is an alteration, mechanism, gene product or cell, not a biomarker reading."""
    return not any(e.category == "Biomarker" for e in m.slot_entities.get("cause", ()))


@guard
def treatment_outcome(m: MatchContext) -> bool:
    """The matched words name an outcome of treatment (response, PFS, benefit), not survival or
    prognosis alone, which a marker may predict whatever the treatment."""
    return m.cue_in("treatment_outcome", m.match.start, m.match.end)


_COMPARATOR = re.compile(r"(?:\bvs\.?|\bversus|\bthan|\bcompared (?:with|to)|\brelative to|\bover)\s+(?:the\s+|those\s+with\s+)?$", re.I)


@guard
def not_the_comparator(m: MatchContext) -> bool:
    """The marker is not the comparator of a contrast ("left-sided vs right-sided tumours benefit
    more": the right-sided tumours are what the others are compared with)."""
    slot = m.match.slots.get("marker")
    if not slot:
        return True
    t = m.tokens[min(slot)]
    return _COMPARATOR.search(m.text, max(0, t.start - 30), t.start) is None


@guard
def not_negative_predictor(m: MatchContext) -> bool:
    return not m.cue_in("negative_predict", m.match.start, m.match.end)


@guard
def vocabulary_member(m: MatchContext) -> bool:
    """The gene belongs to the pathway by the vocabulary (co-mention alone states nothing else)."""
    vocab = m.reading.vocab
    genes = m.slot_entities.get("gene", ())
    pathways = m.slot_entities.get("pathway", ())
    for p in pathways:
        members = set(vocab.pathway_members.get(p.id, ()))
        for fam in list(members):
            members.update(x for s in vocab.family_members.get(fam, ()) for x in [vocab.gene_ids.get(s)] if x)
        if any(g.id in members for g in genes):
            return True
    return False


@transform({"Gene", "Molecule"})
def a_target(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """What a drug acts on: a gene or molecule (an alteration stands for its gene)."""
    if entity.category in ("Gene", "Molecule"):
        return entity
    if entity.category == "Alteration":
        gene = m.reading.vocab.gene_entity(entity.attr("gene") or "")
        return gene
    return None


@transform({"Gene", "Molecule"})
def class_targets(entity: Entity, m: MatchContext, token: int) -> list[Entity]:
    """The genes a drug class is named for ("MET inhibitor" -> MET), from the vocabulary or the mention."""
    vocab = m.reading.vocab
    ids = list(vocab.drug_targets.get(entity.id, ()))
    ids += [o.id for s, p, o in m.rec.implied if s.id == entity.id and p == "targets"]
    out = []
    for i in dict.fromkeys(ids):
        e = vocab.entities.get(i) or next((o for s, p, o in m.rec.implied if o.id == i), None)
        if e is not None and e.category in ("Gene", "Molecule") and not e.attr("family"):
            out.append(e)
    return out


@transform({"ResistanceMechanism"})
def resistance_to(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """"resistance to X" as a mechanism of its own, when the sentence names no cause; it confers
    resistance to X by definition."""
    if entity.category not in ("Drug", "DrugClass", "Regimen"):
        return None
    mech = Entity(mint("mech", f"resistance to {entity.name}"), "ResistanceMechanism", f"resistance to {entity.name}",
                  (f"{entity.name} resistance", f"acquired {entity.name} resistance"), (),
                  (("taxonomy_class", "other"),))
    m.side.append((mech, "confers_resistance_to", entity))
    return mech


@guard
def not_weak_activity(m: MatchContext) -> bool:
    """The sentence does not call the activity limited, minimal or absent."""
    return not m.cue_in("weak_activity", 0, len(m.tokens))


@guard
def single_therapy(m: MatchContext) -> bool:
    """The clause gives one therapy (several arms or a list cannot tell which one was active); a drug
    class counts only when the clause names no drug or regimen."""
    ents = [e for i in range(m.clause.lo, m.clause.hi) for e in m.tokens[i].entities]
    found = {e.id for e in ents if e.category in ("Drug", "Regimen")}
    slot = {e.id for e in m.slot_entities.get("therapy", ())}
    if found:
        return len(found) == 1 and slot <= found
    return len({e.id for e in ents if e.category == "DrugClass"}) == 1


@guard
def targets_the_alteration(m: MatchContext) -> bool:
    """The therapy (or a component of it) acts on the gene of the alteration, by the vocabulary or by
    its class named in the text."""
    vocab = m.reading.vocab
    therapies = m.slot_entities.get("therapy", ())
    alterations = [a for a in m.slot_entities.get("alteration", ())
                   if a.attr("alteration_kind") in ("mutation", "amplification", "overexpression", "fusion")
                   or a.attr("biomarker_kind") == "expression_status"]
    if not therapies or not alterations:
        return False
    combos = {mention.entity.id: comps for mention, comps in m.rec.regimens}
    for t in therapies:
        parts = set(combos.get(t.id, ())) | set(vocab.regimen_components.get(t.id, ())) | {t.id}
        targets: set[str] = set()
        for p in parts:
            entity = vocab.entities.get(p) or t
            targets |= therapy_targets(vocab, entity)
            targets |= {o.id for s, pr, o in m.rec.implied if s.id == p and pr == "targets"}
        for a in alterations:
            gene = vocab.gene_entity(a.attr("gene") or "")
            if gene is None:
                continue
            genes = {gene.id} | {x for s in vocab.family_members.get(gene.id, ()) for x in [vocab.gene_ids.get(s)] if x}
            fams = {fid for fid, members in vocab.family_members.items() if gene.name in members}
            if targets & (genes | fams):
                return True
    return False


@transform({"Alteration"})
def as_alteration(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """A gene-level status read as the alteration it reports ("HER2-positive" -> ERBB2 overexpression)."""
    if entity.category == "Alteration":
        return None if entity.attr("alteration_kind") == "wild_type" else entity
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") == "expression_status" and entity.attr("gene"):
        gene = m.reading.vocab.gene_entity(entity.attr("gene"))
        if gene is not None:
            alt = m.reading.recognizer.alteration(gene, "overexpression")
            m.side.append((alt, "alteration_of", gene))
            return alt
    return None


@guard
def not_reduced(m: MatchContext) -> bool:
    """The matched words do not say the effect is reduced, impaired or undermined."""
    return not m.cue_in("reduce", m.match.start, m.match.end)


_LIST_WORDS = {",", "and", "or", "as", "well", "plus", "/", "nor"}


@guard
def apposition(m: MatchContext) -> bool:
    """"tivantinib, a MET inhibitor" is an apposition; "oxaliplatin, an anti-VEGF antibody or an
    anti-EGFR antibody" is a list of prior therapies (the drug follows another therapy after a list
    word, or the class is followed by one)."""
    toks = m.tokens
    first = min(m.match.slots["drug"])
    k = first - 1
    if k >= 0 and toks[k].lower in _LIST_WORDS:
        j = k
        while j >= 0 and not toks[j].is_entity and toks[j].lower in _LIST_WORDS | {"the", "a", "an"}:
            j -= 1
        if j >= 0 and any(e.category in ("Drug", "DrugClass", "Regimen") for e in toks[j].entities):
            return False
    last = max(m.match.slots["cls"])
    after = [t.lower for t in toks[last + 1:last + 3]]
    return not (after and after[0] in (",", "or", "and") and len(after) > 1 and after[1] in ("or", "and", "an", "a"))


@guard
def class_with_target(m: MatchContext) -> bool:
    """The class names what it acts on ("HER2 blockade"), not a kind of treatment ("chemotherapy")."""
    vocab = m.reading.vocab
    for cls in m.slot_entities.get("cls", ()):
        if vocab.drug_targets.get(cls.id) or any(s.id == cls.id and p == "targets" for s, p, _ in m.rec.implied):
            return True
    return False


@guard
def plain_subject(m: MatchContext) -> bool:
    """Nothing but plain words between the acting entity and its verb: no comma, parenthesis or
    conjunction that would make it the object of an earlier verb ("By outcompeting CD28, CTLA-4
    inhibits ..."; "ramucirumab binds VEGFR-2 (KDR) and blocks ...")."""
    actor = max(m.match.slots.get("actor") or [-1])
    if actor < 0:
        return True
    for i in range(actor + 1, m.match.end):
        t = m.tokens[i]
        if t.is_entity:
            break
        if t.lower in (",", "and", "or", ")", "(", ";", "which", "that", "but"):
            return False
        if any(lex in t.cues for lex in ("activate", "inhibit", "secrete", "activated_by", "inhibited_by")):
            break
    return True


@transform(lambda cats: set(cats))
def as_resisted(entity: Entity, m: MatchContext, token: int) -> Entity | None:
    """The therapy a mechanism makes fail, as named (no transform of its own)."""
    return entity
