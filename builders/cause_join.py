"""Which of several named causes of resistance a rescue answers.

A document may name several causes of resistance to one therapy ("KRAS mutations ... MET amplification
... confer resistance to cetuximab") and later say only that a drug "overcame cetuximab resistance".
The rescue then answers the cause whose gene the added drug acts on (crizotinib: MET amplification),
never one the resisted therapy's own target explains (cetuximab acts on EGFR: no EGFR mutation is
chosen for that). Several causes of that one gene are each answered ("ERBB2 amplification" and "activation
of ERBB2 signalling", where the document places ERBB2 in that signalling); causes of different genes the
drug acts on are not chosen between, unless the text itself names the drug's action on each of those genes
("crizotinib, a multi-RTK inhibitor that also targets MET and RON": it answers MET activation and RON activation). A cause the document gives for a class of the resisted drug ("YAP
promotes chemotherapy resistance"; the rescue "reverses 5-FU resistance") is a candidate too. Used by
:func:`builders.relations.build` after the whole document is read.
"""
from __future__ import annotations

import re

from builders.context import Emitter
from builders.lazy_patterns import lazy_compile
from builders.guards import _gene_and_kin, counters_by_name, is_chemotherapy, therapy_targets


# words saying the resistance is turned back, the resisted therapy still given: "reverts/reverses resistance",
# "restores sensitivity/efficacy/response", "(re)sensitizes ... to"
# (the verb or its noun, never "a reversible inhibitor", which names a kind of binding)
_REVERSAL = lazy_compile(r"\b(?:revers(?:e[sd]?|ing|al)\b|revert\w*|re-?sensiti[sz]|sensiti[sz]|restor\w*\s+(?:the\s+)?(?:\w+\s+)?"
                         r"(?:sensitivity|response|efficacy|activity))", re.I)


def causes_of_its_classes(vocab, resisted: str, causes: dict) -> set:
    """The causes ``causes`` (resisted therapy id -> cause ids) gives for a class the ``resisted`` drug is under."""
    return {c for cls, found in causes.items() if cls != resisted and vocab.in_class(resisted, cls) for c in found}


def pathway_members(facts: dict) -> dict:
    """Pathway id -> the genes the document places in it (``participates_in``), from
    :func:`kg.model.facts_by_subject`; computed once per document."""
    members: dict[str, set] = {}
    for (subject, predicate), objects in facts.items():
        if predicate == "participates_in":
            for pathway in objects:
                members.setdefault(pathway, set()).add(subject)
    return members


def causes_the_partner_acts_on(out: Emitter, facts: dict, rescuer: str, resisted: str, causes: set,
                               members: dict | None = None) -> set:
    """The causes (ids) among ``causes`` whose gene a component of ``rescuer`` other than the ``resisted``
    therapy (or a member of it) acts on, when they share one such gene; ``facts`` is
    :func:`kg.model.facts_by_subject` of ``out.assertions``, ``members`` :func:`pathway_members` of it."""
    parts = facts.get((rescuer, "has_component")) or {rescuer}
    partners = _partners(out, parts, resisted)
    own = _targets(out, facts, resisted) | {g for p in parts - partners for g in _targets(out, facts, p)}
    acted = {g for p in partners for g in _targets(out, facts, p)} - own
    if not acted and causes:
        return _causes_countered_by_name(out, partners, causes)
    if not acted or not causes:
        return set()
    met = {c: _cause_genes(out, facts, c, members or {}) & acted for c in causes}
    met = {c: genes for c, genes in met.items() if genes}
    shared = set.intersection(*met.values()) if met else set()
    if len(met) == 1 or shared:
        return set(met)
    # causes of different genes: each answered where the text itself says the partner acts on every one of those
    # genes ("crizotinib, a multi-RTK inhibitor that also targets MET and RON": MET activation and RON activation)
    said = _kin(out, {g for p in partners for g in facts.get((p, "targets"), set())}) - own
    return set(met) if all(genes & said for genes in met.values()) else set()


def _causes_countered_by_name(out: Emitter, partners: set, causes: set) -> set:
    """The mechanisms and alterations among ``causes`` (ids) that a partner of no known target counters by its name
    (:func:`builders.guards.counters_by_name`: "miR-203 mimic" gives back what "miR-203 downregulation" lost)."""
    names = [e.name for e in (out.entities.get(p) or out.vocab_entity(p) for p in partners) if e is not None]
    return {c for c in causes if out.entities[c].category in ("ResistanceMechanism", "Alteration") and
            any(counters_by_name(n, out.entities[c].name) for n in names)}


def _targets(out: Emitter, facts: dict, therapy: str) -> set:
    """Gene ids a therapy acts on: by the vocabulary (its classes, its components) and by what the text said."""
    entity = out.vocab_entity(therapy)
    found = therapy_targets(out.ctx.vocab, entity) if entity is not None else set()
    return found | facts.get((therapy, "targets"), set())


def _cause_genes(out: Emitter, facts: dict, cause: str, members: dict) -> set:
    """The genes a cause is an alteration of or involves (also the genes the document places in a pathway it
    involves), with their families and members."""
    vocab = out.ctx.vocab
    ids = facts.get((cause, "alteration_of"), set()) | facts.get((cause, "involves"), set())
    ids |= {g for i in ids for g in members.get(i, ())}
    entity = out.entities.get(cause)
    gene = vocab.gene_entity(entity.attr("gene")) if entity is not None and entity.attr("gene") else None
    if gene is not None:
        ids.add(gene.id)
    return _kin(out, ids)


def target_the_partner_acts_on(out: Emitter, facts: dict, rescuer: str, resisted: str, sentence: str = ""):
    """The gene (an Entity) through which a rescue of "resistance to X" that the document gives no named cause for is
    read: the one gene (with its family) that the components of ``rescuer`` other than the ``resisted`` therapy act
    on, by the vocabulary, a class ("an FGFR4 inhibitor") or an apposition the text gives, where the rescuer is X
    (or a drug of X's class, or one acting on X's own target: "FGFR and EGFR blockade reversed resistance to anti-EGFR
    antibodies") combined with them, or the rescue's ``sentence`` says the agent reverts the resistance or gives the
    sensitivity back ("an EPHA2 inhibitor reverts resistance to anti-EGFR therapy": X is still given). Reverting
    resistance to X by blocking that gene implies that the resistance runs through it ("a GLS1 inhibitor restored
    sensitivity to cetuximab": GLS1-mediated resistance to cetuximab). None when the partners act on several genes,
    or only on X's own target; when a partner or X is a chemotherapy (a later line of treatment, "cetuximab in
    irinotecan-refractory disease", names no mechanism); when a partner has no known target ("targeted therapy");
    and for a drug given instead of X ("ramucirumab overcame resistance to bevacizumab" in patients progressing
    on it)."""
    parts = facts.get((rescuer, "has_component")) or {rescuer}
    targets = {t: _targets(out, facts, t) for t in parts | {resisted}}
    own_kin = _kin(out, targets[resisted])
    partners = {p for p in _partners(out, parts, resisted) if not (targets[p] and _kin(out, targets[p]) <= own_kin)}
    if not partners or any(_chemotherapy(out, t) for t in parts | {resisted}):
        return None
    if partners == parts and not _REVERSAL.search(sentence):
        return None  # another drug given instead of X ("ramucirumab after progression on bevacizumab") reverts nothing
    own_kin |= _kin(out, {g for p in parts - partners for g in targets[p]})
    if any(not targets[p] for p in partners):
        return None  # a partner of unknown target: the rescue is not one target's
    acted = {g for p in partners for g in targets[p]}
    genes = {g: out.vocab_entity(g) for g in acted}
    if any(e is None for e in genes.values()):
        return None
    kin = {g: _gene_and_kin(out.ctx.vocab, e) for g, e in genes.items()}
    if any(k & own_kin for k in kin.values()):
        return None
    one = [g for g in acted if acted <= kin[g]]  # one gene, or a family with the members named beside it
    return genes[sorted(one)[0]] if one else None


def _partners(out: Emitter, parts: set, resisted: str) -> set:
    """The components of a rescuer added to the ``resisted`` therapy: neither it nor a drug of its class."""
    classes = out.ctx.vocab.drug_classes
    return {p for p in parts if p != resisted and resisted not in classes.get(p, ())}


def _kin(out: Emitter, genes: set) -> set:
    """The genes with their families and members (:func:`builders.guards._gene_and_kin`)."""
    found = set()
    for g in genes:
        e = out.vocab_entity(g)
        found |= _gene_and_kin(out.ctx.vocab, e) if e is not None else {g}
    return found


def _chemotherapy(out: Emitter, therapy: str) -> bool:
    """A chemotherapy drug, a regimen of chemotherapy drugs or built on one, or chemotherapy as a class
    (:func:`builders.guards.is_chemotherapy`)."""
    e = out.vocab_entity(therapy)
    return e is not None and is_chemotherapy(out.ctx.vocab, e)
