"""The members of a gene family that a document says takes part in a pathway take part in it too.

"MEK inhibitors block MAPK signalling" or "RAS/RAF/MEK/ERK" make the MEK family a part of the MAPK pathway
(``MEK participates_in MAPK pathway``); the family is its member genes (the vocabulary's ``families``: MEK is MAP2K1
and MAP2K2), so each member takes part in the pathway as well: ``MAP2K1 participates_in MAPK pathway``, on the same
sentences. Only a member the document itself names (anywhere, "MAP2K1", "KRAS mutation") is placed so: "the PI3K/AKT
pathway" alone names no isoform, and AKT2 or PIK3CD would be the reader's guess, not the text's (s42 pr). A family the
vocabulary gives no members (MHC-I) or a broad class of genes (RTK, genes.yaml ``broad``) gives nothing, and a member
the document already places in that pathway in its own words keeps only its own evidence.

This pass runs on a document's checked facts (after :mod:`builders.edge_checks`): it adds only to a family's
participation that survived every check.
"""
from __future__ import annotations

from builders.derived_facts import DerivedFacts
from kg.model import Assertion, Entity


def member_participation(assertions: list[Assertion], entities: dict[str, Entity],
                         ctx) -> tuple[list[Assertion], list[Entity]]:
    """New ``gene participates_in pathway`` facts, one for each member gene of a family a document places in a
    pathway (see the module docstring), sorted by subject and object, and the member genes they name.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> mek, mapk = ctx.vocab.entities["crc:gene_family_mek"], ctx.vocab.entities[ctx.vocab.by_name["mapk pathway"]]
    >>> ev = Evidence("d.txt", 0, 40, "MEK inhibitors block MAPK signalling.", "", "rule")
    >>> map2k1 = ctx.vocab.gene_entity("MAP2K1")
    >>> facts, genes = member_participation([Assertion(mek.id, "participates_in", mapk.id, (), [ev])],
    ...                                     {e.id: e for e in (mek, mapk, map2k1)}, ctx)
    >>> sorted(g.name for g in genes), {a.object for a in facts} == {mapk.id}
    (['MAP2K1'], True)
    """
    stated = {(a.subject, a.object) for a in assertions if a.predicate == "participates_in"}
    new = DerivedFacts()
    genes: dict[str, Entity] = {}
    for a in assertions:
        family = entities.get(a.subject)
        if a.predicate != "participates_in" or not a.supported or not a.evidence or family is None or \
                not family.attr("family") or a.object not in entities or family.id in ctx.vocab.broad_families:
            continue  # (s59) a broad class in a pathway ("RTK/RAS/MAPK") places no one receptor there
        for gid in sorted(ctx.vocab.family_gene_ids(family.id)):
            gene = entities.get(gid) or ctx.vocab.entities.get(gid)
            if gene is None or (gid, a.object) in stated:
                continue
            if gid not in entities:
                continue  # s42 pr: a member the document never names ("PI3K/AKT pathway": no AKT2, no PIK3CD)
            genes[gid] = gene
            new.add((gid, a.object), Assertion(gid, "participates_in", a.object, (), list(a.evidence)))
    return new.sorted(), [genes[k] for k in sorted(genes)]
