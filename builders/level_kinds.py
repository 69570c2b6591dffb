"""A level marker read with its direction is a kind of the plain level marker of its gene product, and a joint
wild-type status a kind of each gene's own.

A text that says "lower INSIG2 expression was associated with a higher disease control rate" speaks of the
product's level as a marker: the reader names the marker with the direction the text gives it (``low INSIG2
expression``), while a raised level is named by the plain marker itself (``INSIG2 expression``, whose names
include "high INSIG2 expression"). Whoever asks what INSIG2 expression predicts asks of both, so a marker of a
lowered level is linked to the plain level marker of the same product: ``low INSIG2 expression subclass_of INSIG2
expression``, on the first sentence that names the low marker (a sentence naming the low level names the level).
The plain node is the one the reader makes for the product's level anywhere (:func:`builders.patterns.expression_entity`),
so it is shared with the document's own plain marker when it names one.

A wild-type status of several genes read as one ("particularly for those with KRAS and BRAF wild-type cancers":
``KRAS/BRAF wild-type``, patients wild-type for both) is likewise a kind of each gene's own wild-type status: the
patients it names are among those wild-type for KRAS and among those wild-type for BRAF, so ``KRAS/BRAF wild-type
subclass_of KRAS wild-type`` and ``subclass_of BRAF wild-type`` (the joint status keeps what the text says of it;
whoever asks what KRAS wild-type predicts reaches it in one hop).

Never anything else: only a Biomarker the reader named ``low <product> expression`` from a gene product's level,
linked to the level of that same product (never to another product, an alteration of the gene, or a raised level
of its own), or a joint wild-type status named by its genes alone (never one of a protein change or exon, "RAS/BRAF
V600E wild-type"), linked to each gene's status; and only when that marker is the subject or object of a fact of the
document. Always a link, never a merge (the ids are shared by every document, as for :mod:`builders.alteration_kinds`).

This pass runs on a document's checked facts, after the passes that derive predictions.
"""
from __future__ import annotations

from builders.context import keep_entity
from builders.derived_facts import ordered_evidence
from builders.lazy_patterns import lazy_compile
from builders.patterns import expression_entity, status_entity
from kg.model import Assertion, Entity, Evidence
from kg.groups import PRODUCT

# the name the reader gives a lowered level of a gene product (builders/patterns.py `_level_entity`)
_LOW_LEVEL = lazy_compile(r"low (?P<product>\S(?:.*\S)?) expression")


def lowered_product(marker: Entity) -> str | None:
    """The name of the gene product whose lowered level ``marker`` is ("low INSIG2 expression" -> "INSIG2"); None for
    any other entity.

    >>> lowered_product(Entity("crc:b", "Biomarker", "low INSIG2 expression", attributes=(("biomarker_kind", "expression"),)))
    'INSIG2'
    >>> lowered_product(Entity("crc:b", "Biomarker", "INSIG2 expression", attributes=(("biomarker_kind", "expression"),)))
    >>> lowered_product(Entity("crc:m", "ResistanceMechanism", "low PD-L1 expression"))
    """
    if marker.category != "Biomarker" or marker.attr("biomarker_kind") != "expression":
        return None
    m = _LOW_LEVEL.fullmatch(marker.name)
    return m.group("product") if m else None


def _product(name: str, entities: dict[str, Entity], ctx) -> Entity:
    """The gene product named ``name``: the document's own, else the vocabulary's, else a bare one of that name (the
    plain marker's id is its name's, so the three give one node)."""
    for e in entities.values():
        if e.category in PRODUCT and e.name == name:
            return e
    eid = ctx.vocab.resolve(name)
    known = ctx.vocab.entities.get(eid) if eid else None
    if known is not None and known.category in PRODUCT and known.name == name:
        return known
    return Entity("crc:product", "Gene", name)


def joint_status_genes(marker: Entity, ctx) -> list[Entity]:
    """The genes of a wild-type status read as one of several genes ("KRAS/BRAF wild-type": KRAS and BRAF), named by
    the genes alone; [] for any other entity (a one-gene status, a protein change's or an exon's status).

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> both = status_entity([ctx.vocab.gene_entity("KRAS"), ctx.vocab.gene_entity("BRAF")], "")
    >>> [g.name for g in joint_status_genes(both, ctx)]
    ['KRAS', 'BRAF']
    >>> joint_status_genes(status_entity([ctx.vocab.gene_entity("KRAS")], ""), ctx)
    []
    """
    if marker.category != "Biomarker" or marker.attr("biomarker_kind") != "wild_type":
        return []
    symbols = (marker.attr("gene") or "").split("/")
    if len(symbols) < 2:
        return []
    genes = [ctx.vocab.gene_entity(sym) for sym in symbols]
    if any(g is None for g in genes) or status_entity(genes, "").id != marker.id:
        return []
    return genes


def _broader(marker: Entity, entities: dict[str, Entity], ctx) -> list[Entity]:
    """The plain markers ``marker`` is a kind of: a lowered level's plain level marker, a joint wild-type status's
    statuses of each gene; [] for any other."""
    product = lowered_product(marker)
    if product:
        return [expression_entity(_product(product, entities, ctx))]
    return [status_entity([gene], "") for gene in joint_status_genes(marker, ctx)]


def level_kinds(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New ``low X expression subclass_of X expression`` and ``A/B wild-type subclass_of A wild-type`` facts for one
    document's lowered-level markers and joint wild-type statuses (see the module docstring), sorted; the plain
    markers are added to ``entities``.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> low = Entity("crc:biomarker_low_insig2_expression", "Biomarker", "low INSIG2 expression",
    ...              attributes=(("biomarker_kind", "expression"),))
    >>> drug = Entity("crc:d", "Drug", "cetuximab")
    >>> ev = Evidence("d.txt", 0, 60, "Lower INSIG2 expression was associated with longer PFS.", "", "rule")
    >>> ents = {low.id: low, drug.id: drug}
    >>> [(ents[a.subject].name, a.predicate, ents[a.object].name)
    ...  for a in level_kinds([Assertion(low.id, "predicts_response_to", drug.id, (), [ev])], ents, ctx)]
    [('low INSIG2 expression', 'subclass_of', 'INSIG2 expression')]
    """
    said: dict[str, list[Evidence]] = {}
    for a in assertions:
        if not a.supported or not a.evidence or a.predicate == "subclass_of":
            continue
        for end in (a.subject, a.object):
            marker = entities.get(end)
            if marker is not None and (lowered_product(marker) or joint_status_genes(marker, ctx)):
                said.setdefault(end, []).extend(a.evidence)
    new: list[Assertion] = []
    for mid in sorted(said):
        marker = entities[mid]
        for plain in _broader(marker, entities, ctx):
            if plain.id == mid or not ctx.schema.allows(marker.category, "subclass_of", plain.category):
                continue
            keep_entity(entities, plain)
            new.append(Assertion(mid, "subclass_of", plain.id, (), ordered_evidence(said[mid])[:1]))
    return new
