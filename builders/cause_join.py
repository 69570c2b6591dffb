"""Which of several named causes of resistance a rescue answers.

A document may name several causes of resistance to one therapy ("KRAS mutations ... MET amplification
... confer resistance to cetuximab") and later say only that a drug "overcame cetuximab resistance".
The rescue then answers the cause whose gene the added drug acts on (crizotinib: MET amplification),
never one the resisted therapy's own target explains (cetuximab acts on EGFR: no EGFR mutation is
chosen for that). Several causes of that one gene are each answered ("ERBB2 amplification" and "activation
of ERBB2 signalling", where the document places ERBB2 in that signalling); causes of different genes the
drug acts on are not chosen between. A cause the document gives for a class of the resisted drug ("YAP
promotes chemotherapy resistance"; the rescue "reverses 5-FU resistance") is a candidate too. Used by
:func:`builders.relations.build` after the whole document is read.
"""
from __future__ import annotations

from builders.context import Emitter
from builders.guards import _gene_and_kin, therapy_targets


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
    vocab = out.ctx.vocab
    parts = facts.get((rescuer, "has_component")) or {rescuer}
    partners = {p for p in parts if p != resisted and resisted not in vocab.drug_classes.get(p, ())}
    own = _targets(out, facts, resisted) | {g for p in parts - partners for g in _targets(out, facts, p)}
    acted = {g for p in partners for g in _targets(out, facts, p)} - own
    if not acted or not causes:
        return set()
    met = {c: _cause_genes(out, facts, c, members or {}) & acted for c in causes}
    met = {c: genes for c, genes in met.items() if genes}
    shared = set.intersection(*met.values()) if met else set()
    return set(met) if len(met) == 1 or shared else set()


def _targets(out: Emitter, facts: dict, therapy: str) -> set:
    """Gene ids a therapy acts on: by the vocabulary (its classes, its components) and by what the text said."""
    entity = out.entities.get(therapy) or out.ctx.vocab.entities.get(therapy)
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
    kin = set()
    for gid in ids:
        g = out.entities.get(gid) or vocab.entities.get(gid)
        kin |= _gene_and_kin(vocab, g) if g is not None else {gid}
    return kin
