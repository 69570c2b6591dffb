"""Consistency checks on the biological facts one document's reading assembled.

Rules read a document sentence by sentence; some of the facts they assemble contradict the document's other facts
or what a therapy is, whatever words the text used. Each check below encodes one piece of knowledge about
resistance (never about how a sentence is written) and names the facts it finds untenable;
:func:`checked_edges` applies them to a document's assertions after the regimen checks and drops those facts, with
the mechanisms no other fact names any more (and their ``involves`` facts).
"""
from __future__ import annotations

import re
from collections import defaultdict

from builders.guards import TARGETED_STEM, therapy_targets
from builders.lazy_patterns import lazy_compile
from builders.regimen_names import STANDARD_OF_CARE
from kg.model import Assertion, Entity, objects_by_subject
from kg.groups import AGENT



def _same_or_class(vocab, therapy: Entity, resisted: str) -> bool:
    """Whether the resisted therapy is the therapy itself, or a class (or named regimen) the therapy, a drug, belongs
    to; a finer class of the resisted one is a new form of it ("armored CAR-T cells" against what resists CAR-T)."""
    if therapy.id == resisted:
        return True
    return therapy.category == "Drug" and (vocab.in_class(therapy.id, resisted) or
                                           therapy.id in vocab.regimen_components.get(resisted, ()))


def overcomes_resistance_to_itself(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``T overcomes M`` facts where the same document says M confers resistance to T (or to a class
    or regimen T is part of).

    Knowledge: a therapy cannot overcome a mechanism that makes tumours resistant to it; what overcomes it is
    another therapy, a combination (a regimen entity of its own) or a new form of the drug (an entity of its own,
    a finer class), so only a lone drug or drug class that is itself resisted is caught.
    """
    resisted: dict[str, set[str]] = defaultdict(set)
    for a in assertions:
        if a.predicate == "confers_resistance_to" and a.supported:
            resisted[a.subject].add(a.object)
    return {a.key for a in assertions
            if a.predicate == "overcomes" and a.subject in entities and
            entities[a.subject].category in AGENT and
            any(_same_or_class(vocab, entities[a.subject], r) for r in resisted.get(a.object, ()))}


def overcomes_resistance_through_own_target(assertions: list[Assertion], entities: dict[str, Entity],
                                            vocab) -> set[tuple]:
    """The keys of ``T overcomes M`` facts where M is a resistance named only by what mediates it ("VEGF-mediated
    resistance": a mechanism of no known kind whose parts are bare genes or molecules) and every part is a target
    of T, unless the document says M confers resistance to another therapy.

    Knowledge: a drug acts on its own target by design; resistance mediated by that target, unaltered, is resistance
    to the drug ("tumours switch dependence from VEGF-A, targeted by bevacizumab, to VEGF-C"), not one the drug
    overcomes. The same target's resistance to ANOTHER therapy (VEGF-mediated resistance to chemotherapy, overcome
    by bevacizumab) is a rescue and is kept.
    """
    parts = objects_by_subject(assertions, "involves")
    resists = objects_by_subject(assertions, "confers_resistance_to")
    found = set()
    for a in assertions:
        therapy, mech = entities.get(a.subject), entities.get(a.object)
        if a.predicate != "overcomes" or therapy is None or mech is None or therapy.category not in AGENT:
            continue
        if mech.category != "ResistanceMechanism" or mech.attr("taxonomy_class") or not parts.get(mech.id):
            continue
        if any(entities.get(p) is None or entities[p].category not in ("Gene", "Molecule") for p in parts[mech.id]):
            continue
        if any(not _same_or_class(vocab, therapy, r) for r in resists.get(mech.id, ())):
            continue
        if parts[mech.id] <= therapy_targets(vocab, therapy):
            found.add(a.key)
    return found


def own_target_confers_resistance(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``G confers_resistance_to T`` facts where G is a bare gene or molecule (no alteration, level or
    activity of it) that T acts on.

    Knowledge: what a therapy blocks is what it needs, not a cause of resistance to it; resistance comes from a
    change to the target (a mutation, an amplification, a raised level or activation: nodes of their own) or from
    something else ("tumours switch their dependence from VEGF-A, which bevacizumab targets" names no cause in VEGF-A).
    """
    return {a.key for a in assertions
            if a.predicate == "confers_resistance_to" and a.subject in entities and a.object in entities and
            entities[a.subject].category in ("Gene", "Molecule") and
            a.subject in therapy_targets(vocab, entities[a.object])}


def overcomes_own_target_alteration(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``T overcomes A`` facts where A is an alteration of a gene that T (or a component of T) acts on,
    the document names resistance to a therapy acting on that same gene, and it names no alteration of that gene (A or
    another: "BRAF mutation" for "BRAF V600") as a cause of resistance (s42 pr).

    Knowledge: a drug aimed at an altered gene treats the tumours that carry the alteration ("PLX4720 with a PI3K
    inhibitor inhibited BRAF-mutant cells resistant to BRAF inhibition"): where the resistance is to a therapy aimed
    at the same gene, the alteration is the population and the target, not a mechanism of resistance the drug
    overcomes. Where the document names an alteration of the gene a cause of resistance (to another therapy, "BRAF
    V600E confers resistance to anti-EGFR antibodies"; or a secondary mutation of the target, "EGFR S492R confers
    resistance to cetuximab"), a therapy aimed at it is a rescue and is kept.
    """
    causes = {a.subject for a in assertions
              if a.predicate in ("confers_resistance_to", "predicts_resistance_to") and a.supported}
    cause_genes = {entities[x].attr("gene") for x in causes if x in entities and entities[x].category == "Alteration"}
    resisted = {a.object for a in assertions if a.predicate == "confers_resistance_to" and a.supported}
    resisted |= {vocab.by_name.get(entities[x].name[len("resistance to "):].lower())
                 for a in assertions for x in (a.subject, a.object)
                 if x in entities and entities[x].category == "ResistanceMechanism" and
                 entities[x].name.startswith("resistance to ")}
    resisted_targets: set[str] = set()
    for x in resisted:
        if x in entities or x in vocab.entities:
            resisted_targets |= therapy_targets(vocab, entities.get(x) or vocab.entities[x])
    components = objects_by_subject(assertions, "has_component")
    found = set()
    for a in assertions:
        therapy, alt = entities.get(a.subject), entities.get(a.object)
        if a.predicate != "overcomes" or therapy is None or alt is None or alt.category != "Alteration" or \
                a.object in causes:
            continue
        gene = vocab.gene_entity(alt.attr("gene") or "")
        if gene is None or gene.name in cause_genes:
            continue
        targets = therapy_targets(vocab, therapy)
        for part in components.get(therapy.id, ()):
            if part in entities:
                targets |= therapy_targets(vocab, entities[part])
        if gene.id in targets and gene.id in resisted_targets:
            found.add(a.key)
    return found


def predicts_for_standard_of_care(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``M predicts_response_to / predicts_resistance_to standard of care`` facts.

    Knowledge: "standard of care" names no therapy, only whatever a setting's guideline gives ("A plus chemotherapy
    is the standard of care for RAS wild-type tumours" says what A is, not that the marker predicts a therapy called
    standard of care); a trial arm of that name is still read as an arm.
    """
    return {a.key for a in assertions
            if a.predicate in ("predicts_response_to", "predicts_resistance_to", "predicts") and
            a.object == STANDARD_OF_CARE}


def undirected_beside_directed(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``M predicts T`` facts (a prediction whose way a sentence does not state) where the same document
    states which way M predicts T (``predicts_response_to`` or ``predicts_resistance_to``, held).

    Knowledge: "X predicts the efficacy of A" and "patients with X had longer PFS on A" are one finding told twice;
    the told way is the finding, the undirected sentence only more evidence of it, so the undirected fact goes.
    """
    directed = {(a.subject, a.object) for a in assertions
                if a.predicate in ("predicts_response_to", "predicts_resistance_to") and a.supported}
    return {a.key for a in assertions if a.predicate == "predicts" and (a.subject, a.object) in directed}


def history_confers_resistance(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``H confers_resistance_to T`` facts where H is a patient group's treatment history ("prior
    bevacizumab treatment", builders/entity_treatment_history.py).

    Knowledge: what patients were given before is a feature of the patients, not a change in the tumour; it can
    predict the outcome of a later therapy ("patients with prior bevacizumab derived less benefit from aflibercept"),
    never cause resistance itself ("markers of bevacizumab resistance correlated with prior bevacizumab therapy").
    """
    return {a.key for a in assertions
            if a.predicate == "confers_resistance_to" and a.subject in entities and
            entities[a.subject].attr("biomarker_kind") == "treatment_history"}


def sensitising_marker_resists(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``X confers_resistance_to T`` facts held only as an association (certainty ``association``: "many
    X-mutant tumours do not respond to T") where the same document says X, or another alteration of X's gene,
    predicts response to T, to a finer class or a drug under T, or to a class T belongs to (a gene's wild-type status
    predicting response is no such statement: it agrees with its mutation going with resistance).

    Knowledge: a marker a document calls sensitising ("POLE proofreading defects sensitise to PD-1 blockade") whose
    carriers often fail the therapy is an imperfect predictor of response, not a cause of resistance; the document's
    next statement says which carriers respond ("only those with ..."). A marker the document never calls
    sensitising keeps the association ("many NRAS-mutant tumours do not respond to panitumumab").
    """
    def gene_of(x: str) -> str:
        ent = entities.get(x)
        return (ent.attr("gene") or "") if ent is not None else ""

    sensitive: dict[str, set[str]] = defaultdict(set)
    for a in assertions:
        if a.predicate == "predicts_response_to" and a.supported and gene_of(a.subject) and \
                entities[a.subject].category == "Alteration":
            sensitive[gene_of(a.subject)].add(a.object)
    found = set()
    for a in assertions:
        if a.predicate != "confers_resistance_to" or ("certainty", "association") not in a.qualifiers:
            continue
        responded = sensitive.get(gene_of(a.subject), ())
        if any(vocab.in_class(t, a.object) or vocab.in_class(a.object, t) for t in responded):
            found.add(a.key)
    return found


# a sentence that sets resistant against sensitive cells or tumours and says only that a level differs between them
_UNDIRECTED_DIFFERENCE = lazy_compile(r"\bdiffer\w*\b|\bdistinguish\w*\b", re.I)
_RESISTANT_SENSITIVE = lazy_compile(r"\bresistant\b.{0,80}?\bsensitive\b|\bsensitive\b.{0,80}?\bresistant\b", re.I)
_DIRECTION_WORDS = lazy_compile(r"\b(?:higher|lower|increas\w*|decreas\w*|elevat\w*|reduc\w*|up-?regulat\w*|"
                                r"down-?regulat\w*|over-?express\w*|under-?express\w*|loss|lost|gain\w*)\b", re.I)
# what a cause named after a molecule says of its level: raised, expressed, or the resistance it mediates
_RAISED_CAUSE = lazy_compile(r"^(?:high|elevated|increased)\s+|\s+(?:overexpression|over-expression|upregulation|"
                             r"up-regulation|expression|levels?|amplification|gain)$|-(?:mediated|driven|induced)\s+"
                             r"resistance$", re.I)
_LEVEL_SUFFIX = lazy_compile(r"\s+(?:expression|levels?|mRNA\s+expression)$", re.I)


def undirected_level_predictions(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> dict:
    """``M predicts_response_to T`` facts read only from sentences that say a level differs between T-resistant
    and T-sensitive cells, in no stated direction, mapped to the ``M predicts_resistance_to T`` fact that replaces
    them where the same document says the molecule M measures (raised, or as what mediates resistance) confers
    resistance to T.

    Knowledge: a level that tells resistant from sensitive cells predicts in the direction the molecule acts; a
    molecule that makes cells resist, higher in the resistant ones, marks resistance, not response. Where the document
    says nothing of the molecule's direction, the undirected prediction stays.
    """
    causes: dict[str, set[str]] = defaultdict(set)
    for a in assertions:
        cause = entities.get(a.subject)
        if a.predicate == "confers_resistance_to" and a.supported and cause is not None:
            base = _RAISED_CAUSE.sub("", cause.name) if cause.category != "Biomarker" else cause.name
            causes[base.lower()].add(a.object)
    found = {}
    for a in assertions:
        marker = entities.get(a.subject)
        if a.predicate != "predicts_response_to" or not a.supported or marker is None or \
                marker.category != "Biomarker" or not a.evidence:
            continue
        if not all(_UNDIRECTED_DIFFERENCE.search(ev.sentence) and _RESISTANT_SENSITIVE.search(ev.sentence) and
                   not _DIRECTION_WORDS.search(ev.sentence) for ev in a.evidence):
            continue
        base = _LEVEL_SUFFIX.sub("", marker.name)
        if base == marker.name or a.object not in causes.get(base.lower(), ()):
            continue
        found[a.key] = Assertion(a.subject, "predicts_resistance_to", a.object, a.qualifiers, list(a.evidence))
    return found


def modulator_in_chemotherapy(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``D member_of C`` facts where D is a drug given only to modulate a chemotherapy drug (folinic acid,
    leucovorin: :meth:`kg.vocab.Vocabulary.backbone_modulator`) and C is chemotherapy or a class under it.

    Knowledge: folinic acid is a reduced folate that enhances fluorouracil, no cytotoxic drug; a text that lists it
    among chemotherapy's agents ("chemotherapeutic agents such as 5-FU, leucovorin and oxaliplatin") names the parts
    of the backbone it is given in, not a member of the class.
    """
    chemotherapy = "crc:class_chemotherapy"
    return {a.key for a in assertions
            if a.predicate == "member_of" and vocab.backbone_modulator(a.subject) and
            vocab.in_class(a.object, chemotherapy)}


def targeted_agent_in_chemotherapy(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``D member_of C`` facts where D is a targeted agent, as its INN stem names it (an antibody "-mab", a
    fusion protein "-cept", an inhibitor "-nib", "-lisib", "-parib" ...), and C is chemotherapy or a class under it,
    unless the vocabulary itself files D under C.

    Knowledge: chemotherapy is the class of cytotoxic drugs; an antibody or kinase inhibitor given with it ("regorafenib
    plus chemotherapy", "chemotherapy (regorafenib plus FOLFIRI)") is its partner in a combination, not a member.
    """
    chemotherapy = "crc:class_chemotherapy"
    found = set()
    for a in assertions:
        if a.predicate != "member_of" or not vocab.in_class(a.object, chemotherapy) and a.object != chemotherapy:
            continue
        drug = entities.get(a.subject) or vocab.entities.get(a.subject)
        if drug is not None and TARGETED_STEM.search(drug.name.strip()) and not vocab.in_class(a.subject, a.object):
            found.add(a.key)
    return found


# a level marker's name around the molecule it measures ("low EGFR expression", "high IGF1R levels")
_LEVEL_MARKER = lazy_compile(r"^(?:(?:low|lower|reduced|decreased|high|higher|elevated|increased)\s+)?(?P<core>[\w\-]+)"
                             r"\s+(?:expression|levels?|mRNA\s+expression)$", re.I)
_LEVEL_PREDICATES = ("confers_resistance_to", "predicts_resistance_to", "predicts_response_to")


def _flat(text: str) -> str:
    return re.sub(r"[\s\-‐‑–]+", "", text.lower())


def crossed_level_markers(assertions: list[Assertion], entities: dict[str, Entity], vocab) -> set[tuple]:
    """The keys of ``L -> T`` resistance or response facts (L the level of a gene G) read only from sentences that pair
    the levels of two or more genes with two or more drugs ("cells expressed low levels of both EGFR and IGF-IR and
    were relatively resistant to A or B"), where T acts on another of those genes and not on G.

    Knowledge: where cells with low levels of several targets resist several drugs, each aimed at one of them, a low
    level marks resistance to the drug aimed at that target (low EGFR to the EGFR antibody, low IGF-IR to the IGF-IR
    inhibitor); the other pairs are not stated. A drug's targets are the vocabulary's and those the document gives it
    or its class. A single level with a single drug, and drugs aimed at none of the genes, stay as read.
    """
    def gene_of(x: str) -> str | None:
        ent = entities.get(x)
        if ent is None or ent.category != "Biomarker":
            return None
        m = _LEVEL_MARKER.match(ent.name)
        gene = vocab.gene_entity(m.group("core")) if m else None
        return gene.id if gene is not None else None

    facts = [a for a in assertions if a.predicate in _LEVEL_PREDICATES and a.evidence and gene_of(a.subject)]
    if len(facts) < 2:
        return set()
    by_sentence: dict[tuple, list[Assertion]] = defaultdict(list)
    for a in facts:
        for ev in a.evidence:
            by_sentence[(ev.document, ev.start, a.predicate)].append(a)
    doc_targets = objects_by_subject(assertions, "targets")
    classes = objects_by_subject(assertions, "member_of")

    def targets_of(t: str) -> set[str]:
        found = set(doc_targets.get(t, ()))
        for x in {t} | classes.get(t, set()):
            ent = entities.get(x) or vocab.entities.get(x)
            if ent is not None:
                found |= therapy_targets(vocab, ent)
            found |= doc_targets.get(x, set())
        return found

    therapy_names = [(e.id, {_flat(n) for n in (e.name, *e.synonyms) if len(n) >= 4})
                     for e in entities.values() if e.category in ("Drug", "DrugClass")]
    crossed: dict[tuple, int] = defaultdict(int)
    for (doc, start, _), group in by_sentence.items():
        genes = {gene_of(a.subject) for a in group}
        if len(genes) < 2:
            continue
        flat = _flat(next(ev.sentence for a in group for ev in a.evidence if ev.document == doc and ev.start == start))
        drugs = {a.object for a in group} | {x for x, names in therapy_names if any(n in flat for n in names)}
        if len(drugs) < 2:
            continue
        for a in group:
            targets = targets_of(a.object)
            if targets & genes and gene_of(a.subject) not in targets:
                crossed[a.key] += 1
    return {a.key for a in facts if crossed.get(a.key, 0) == len(a.evidence)}


CHECKS = (crossed_level_markers, overcomes_resistance_to_itself, overcomes_resistance_through_own_target, own_target_confers_resistance,
          overcomes_own_target_alteration, predicts_for_standard_of_care, undirected_beside_directed,
          history_confers_resistance, sensitising_marker_resists, modulator_in_chemotherapy, targeted_agent_in_chemotherapy)


def checked_edges(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """A document's assertions without the facts the checks find untenable; ``entities`` (id -> entity) loses the
    mechanisms a dropped fact named that no remaining fact names except through their own ``involves`` facts,
    which go with them."""
    directed = undirected_level_predictions(assertions, entities, ctx.vocab)
    if directed:
        keys = {a.key for a in assertions}
        assertions = [directed.get(a.key, a) for a in assertions
                      if a.key not in directed or directed[a.key].key not in keys]
    dropped: set[tuple] = set()
    for check in CHECKS:
        dropped |= check(assertions, entities, ctx.vocab)
    if not dropped:
        return assertions
    kept = [a for a in assertions if a.key not in dropped]
    named = {x for a in kept if a.predicate != "involves" for x in (a.subject, a.object)}
    orphans = {a.object for a in assertions if a.key in dropped and a.object not in named and
               entities.get(a.object) is not None and entities[a.object].category == "ResistanceMechanism"}
    for x in orphans:
        del entities[x]
    return [a for a in kept if not (a.predicate == "involves" and a.subject in orphans)]
