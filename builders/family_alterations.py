"""An alteration of a gene family is an alteration of each of its member genes.

"RAS mutations", "MEK alterations" or "NTRK fusions" name the alteration by the family (``RAS mutation
alteration_of RAS``); the family is its member genes (the vocabulary's ``families``: RAS is KRAS, NRAS and HRAS),
so the alteration is one of each member as well: ``RAS mutation alteration_of KRAS``, on the same sentences
(of the members genes.yaml marks as the ones colorectal texts mean, where it does: RAS is KRAS and NRAS, PI3K is PIK3CA). A
family the vocabulary gives no members (ABC transporters) or a broad class of genes (RTK, genes.yaml ``broad``) gives
nothing, and a member the document already names as the alteration's gene in its own words keeps only its own
evidence.

A family's raised expression ("HER positive CRC" read as HER family overexpression, "PRSS is highly expressed") is
linked to no member at all: a mutation or fusion of a family is one of a member gene by definition, but which
member's level rose is the text's to say, and where it says so it names that member's own overexpression (# s47
pfam: "HER family overexpression alteration_of ERBB4" from a sentence naming neither).

This pass runs on a document's checked facts (after :mod:`builders.edge_checks`), like
:mod:`builders.family_members` for a family's pathway.
"""
from __future__ import annotations

from builders.derived_facts import DerivedFacts
from kg.model import Assertion, Entity

# kinds of a family's alteration that say a level rose, not which member's (s47 pfam)
_EXPRESSION_KINDS = frozenset({"overexpression", "expression", "high expression", "upregulation"})


def member_alterations(assertions: list[Assertion], entities: dict[str, Entity],
                       ctx) -> tuple[list[Assertion], list[Entity]]:
    """New ``alteration alteration_of gene`` facts, one for each member gene of a family an alteration is of (see
    the module docstring), sorted by subject and object, and the member genes they name.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> ras = ctx.vocab.entities["crc:gene_family_ras"]
    >>> alt = Entity("crc:alt_ras_mutation", "Alteration", "RAS mutation", attributes=(("gene", "RAS"),))
    >>> ev = Evidence("d.txt", 0, 30, "RAS mutations predict resistance.", "", "rule")
    >>> facts, genes = member_alterations([Assertion(alt.id, "alteration_of", ras.id, (), [ev])],
    ...                                   {e.id: e for e in (alt, ras)}, ctx)
    >>> sorted(g.name for g in genes), {a.subject for a in facts} == {alt.id}
    (['KRAS', 'NRAS'], True)
    """
    stated = {(a.subject, a.object) for a in assertions if a.predicate == "alteration_of"}
    new = DerivedFacts()
    genes: dict[str, Entity] = {}
    for a in assertions:
        family = entities.get(a.object)
        alteration = entities.get(a.subject)
        if a.predicate != "alteration_of" or not a.supported or not a.evidence or family is None or \
                alteration is None or alteration.category != "Alteration" or not family.attr("family") or \
                alteration.attr("alteration_kind") in _EXPRESSION_KINDS:
            continue
        for gid in sorted(ctx.vocab.family_altered_gene_ids(family.id)):
            gene = entities.get(gid) or ctx.vocab.entities.get(gid)
            if gene is None or (a.subject, gid) in stated:
                continue
            genes[gid] = gene
            new.add((a.subject, gid), Assertion(a.subject, "alteration_of", gid, (), list(a.evidence)))
    return new.sorted(), [genes[k] for k in sorted(genes)]
