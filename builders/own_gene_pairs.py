"""Which cause of a list each therapy of a list overcomes, when both lists name genes.

"MET and SRC inhibitors overcame resistance mediated by MET amplification and SRC activation" pairs each
inhibitor with the cause of its own gene. Used by :func:`builders.relations._pairs` for ``overcomes`` facts
read from one match.
"""
from __future__ import annotations

from builders.guards import MatchContext, _acts_on, _gene_and_kin
from kg.model import Entity


def paired_by_own_gene(m: MatchContext, pairs: list) -> list:
    """``pairs`` (therapy, cause) without a therapy paired with the cause of another gene of the list.

    Knowledge: a drug acting on gene A answers a cause in gene A; when the same statement lists a cause in
    gene A and a cause in gene B, and another drug of the statement acts on gene B, the cause in B is that
    drug's, not the A drug's. A pair whose therapy or cause names no gene of the other list is kept.
    """
    therapies = list(dict.fromkeys(s for s, _ in pairs))
    causes = list(dict.fromkeys(o for _, o in pairs))
    if len(therapies) < 2 or len(causes) < 2:
        return pairs
    acts = {t.id: _acts_on(m, t) for t in therapies}
    genes = {c.id: _cause_genes(m, c) for c in causes}

    def own(t: Entity, c: Entity) -> bool:
        return bool(acts[t.id] & genes[c.id])

    return [(t, c) for t, c in pairs
            if own(t, c) or not (any(own(t, x) for x in causes) and any(own(y, c) for y in therapies))]


def _cause_genes(m: MatchContext, cause: Entity) -> set[str]:
    """The genes a cause of the match is an alteration of or involves, with their families and members."""
    vocab = m.reading.vocab
    facts = list(m.rec.implied if m.rec is not None else ()) + list(m.side)
    found = [o for s, p, o in facts if s.id == cause.id and p in ("alteration_of", "involves") and o.category == "Gene"]
    gene = vocab.gene_entity(cause.attr("gene") or "") if cause.attr("gene") else None
    if gene is not None:
        found.append(gene)
    return {x for g in found for x in _gene_and_kin(vocab, g)}
