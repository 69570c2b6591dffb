"""Which of several named causes of resistance a rescue answers.

A document may name several causes of resistance to one therapy ("KRAS mutations ... MET amplification
... confer resistance to cetuximab") and later say only that a drug "overcame cetuximab resistance".
The rescue then answers the cause whose gene the added drug acts on (crizotinib: MET amplification),
never one the resisted therapy's own target explains (cetuximab acts on EGFR: no EGFR mutation is
chosen for that). Used by :func:`builders.relations.build` after the whole document is read.
"""
from __future__ import annotations

from builders.context import Emitter
from builders.guards import _gene_and_kin, therapy_targets


def causes_the_partner_acts_on(out: Emitter, facts: dict, rescuer: str, resisted: str, causes: set) -> set:
    """The causes (ids) among ``causes`` whose gene a component of ``rescuer`` other than the ``resisted``
    therapy (or a member of it) acts on; ``facts`` is :func:`kg.model.facts_by_subject` of ``out.assertions``."""
    vocab = out.ctx.vocab
    parts = facts.get((rescuer, "has_component")) or {rescuer}
    partners = {p for p in parts if p != resisted and resisted not in vocab.drug_classes.get(p, ())}
    own = _targets(out, facts, resisted) | {g for p in parts - partners for g in _targets(out, facts, p)}
    acted = {g for p in partners for g in _targets(out, facts, p)} - own
    if not acted:
        return set()
    return {c for c in causes if _cause_genes(out, facts, c) & acted}


def _targets(out: Emitter, facts: dict, therapy: str) -> set:
    """Gene ids a therapy acts on: by the vocabulary (its classes, its components) and by what the text said."""
    entity = out.entities.get(therapy) or out.ctx.vocab.entities.get(therapy)
    found = therapy_targets(out.ctx.vocab, entity) if entity is not None else set()
    return found | facts.get((therapy, "targets"), set())


def _cause_genes(out: Emitter, facts: dict, cause: str) -> set:
    """The genes a cause is an alteration of or involves, with their families and members."""
    vocab = out.ctx.vocab
    ids = facts.get((cause, "alteration_of"), set()) | facts.get((cause, "involves"), set())
    entity = out.entities.get(cause)
    gene = vocab.gene_entity(entity.attr("gene")) if entity is not None and entity.attr("gene") else None
    if gene is not None:
        ids.add(gene.id)
    kin = set()
    for gid in ids:
        g = out.entities.get(gid) or vocab.entities.get(gid)
        kin |= _gene_and_kin(vocab, g) if g is not None else {gid}
    return kin
