"""A document's own alterations of one gene, joined: a specific alteration is a kind of the general one it names.

A review that says "RAS mutations are negative predictive markers of anti-EGFR treatment activity" and, a section
on, that "sotorasib inhibits KRAS G12C" speaks of one kind of alteration twice at two levels: KRAS G12C is a
KRAS mutation, and a KRAS mutation is a RAS mutation. What the document says of the general alteration (its
resistance, a therapy aimed at it) holds for each of its kinds, so a specific alteration is linked to every general
alteration of its gene the document names: ``KRAS G12C subclass_of RAS mutation``, on the sentences that name the
two (the ``alteration_of`` facts of each to the gene, a family's general alteration through the member genes of
:mod:`builders.family_alterations`; a broad class's, which that pass links to no member, through the members whose
own alterations the document names: ``ALK-CAD fusion subclass_of RTK fusion``).

What is general, by the nomenclature of variants:

- a gene's or a family's plain mutation (``KRAS mutation``, ``RAS mutation``) covers each mutation of the gene: a
  protein change (``KRAS G12C``), a codon's or an exon's mutation, a domain's mutation, the gene's own plain
  mutation where the general one names its family (``KRAS mutation`` of ``RAS mutation``);
- a position's mutation (``BRAF V600``, ``KRAS codon 12 mutation``) covers each change at that position
  (``BRAF V600E``, ``KRAS G12C``, ``KRAS G12D``);
- a gene's plain fusion (``ALK fusion``) covers each fusion of the gene with a named partner (``ALK-CAD fusion``);
- a gene's plain alteration (``MET alteration``) covers its mutations, amplifications, fusions and losses, never a
  raised or lowered level (an overexpression is a level of the product, not a change of the gene).

Never anything else: two changes of one gene side by side (``BRAF V600E`` and ``BRAF non-V600``), a change of one
gene and the general alteration of another, a wild-type or a level. Always a link, never a merge (the ids are
shared by every document, as for :mod:`builders.mechanism_kinds`).

This pass runs on a document's checked facts, after :mod:`builders.family_alterations`.
"""
from __future__ import annotations

from collections import defaultdict

from builders.derived_facts import ordered_evidence
from builders.lazy_patterns import lazy_compile
from kg.model import Assertion, Entity, Evidence

# kinds of alteration a gene's plain "alteration" covers: changes of the gene, not levels of its product
_GENOMIC = frozenset({"mutation", "amplification", "fusion", "loss", "deletion", "copy number gain"})
# a protein change at one position, "G12C", "V600E", "S492R", "R1163A"
_CHANGE = lazy_compile(r"([A-Z])(\d+)([A-Z]|del|ins|fs|\*)$")
# the mutations of one position, after the gene's name: "V600" (of "BRAF V600"), "codon 12 mutation"
_POSITION = lazy_compile(r"[A-Z](\d+)|codon (\d+) mutation")


def _general_kind(alteration: Entity) -> str | None:
    """The kind of alteration the entity names generally, by its name: "<gene> mutation" (mutation), "<gene>
    fusion" (fusion), "<gene> alteration" (alteration); None for a specific one.

    >>> _general_kind(Entity("crc:a", "Alteration", "KRAS mutation", attributes=(("gene", "KRAS"),)))
    'mutation'
    >>> _general_kind(Entity("crc:a", "Alteration", "KRAS G12C", attributes=(("gene", "KRAS"),)))
    """
    gene = alteration.attr("gene")
    for kind in ("mutation", "fusion", "alteration"):
        if gene and alteration.name == f"{gene} {kind}":
            return kind
    return None


def _position(alteration: Entity) -> tuple[str, str] | None:
    """(gene, position) of a position's mutation: "BRAF V600" -> ("BRAF", "600"), "KRAS codon 12 mutation" ->
    ("KRAS", "12"); None otherwise.

    >>> _position(Entity("crc:a", "Alteration", "BRAF V600", attributes=(("gene", "BRAF"),)))
    ('BRAF', '600')
    >>> _position(Entity("crc:a", "Alteration", "KRAS codon 12 mutation", attributes=(("gene", "KRAS"),)))
    ('KRAS', '12')
    >>> _position(Entity("crc:a", "Alteration", "BRAF V600E", attributes=(("gene", "BRAF"),)))
    """
    gene = alteration.attr("gene")
    if not gene or not alteration.name.startswith(gene + " "):
        return None
    rest = alteration.name[len(gene) + 1:]
    m = _POSITION.fullmatch(rest)
    return (gene, m.group(1) or m.group(2)) if m else None


def _change(alteration: Entity) -> tuple[str, str] | None:
    """(gene, position) of a protein change at one position: "KRAS G12C" -> ("KRAS", "12")."""
    gene = alteration.attr("gene")
    if not gene or not alteration.name.startswith(gene + " "):
        return None
    m = _CHANGE.fullmatch(alteration.name[len(gene) + 1:])
    return (gene, m.group(2)) if m else None


def is_kind_of(specific: Entity, general: Entity, same_gene: bool) -> bool:
    """``specific`` is a kind of ``general``, both alterations of one gene (see the module docstring);
    ``same_gene``: the two name the same gene or family (else ``general`` names the family of ``specific``'s gene).

    >>> def alt(name, gene, kind="mutation"):
    ...     return Entity("crc:" + name, "Alteration", name, attributes=(("alteration_kind", kind), ("gene", gene)))
    >>> is_kind_of(alt("KRAS G12C", "KRAS"), alt("KRAS mutation", "KRAS"), True)
    True
    >>> is_kind_of(alt("KRAS mutation", "KRAS"), alt("RAS mutation", "RAS"), False)
    True
    >>> is_kind_of(alt("KRAS G12C", "KRAS"), alt("KRAS fusion", "KRAS", "fusion"), True)
    False
    >>> is_kind_of(alt("BRAF V600E", "BRAF"), alt("BRAF V600", "BRAF"), True)
    True
    >>> is_kind_of(alt("BRAF non-V600", "BRAF"), alt("BRAF V600", "BRAF"), True)
    False
    >>> is_kind_of(alt("MET amplification", "MET", "amplification"), alt("MET alteration", "MET", "alteration"), True)
    True
    >>> is_kind_of(alt("MET overexpression", "MET", "overexpression"), alt("MET alteration", "MET", "alteration"), True)
    False
    """
    if specific.id == general.id:
        return False
    kind, own = general.attr("alteration_kind"), specific.attr("alteration_kind")
    general_kind = _general_kind(general)
    if general_kind is not None and kind == general_kind:
        covered = (own in _GENOMIC) if general_kind == "alteration" else own == general_kind
        # a family's general alteration covers a member gene's plain one too; of one gene, only a plain alteration
        # covers another plain kind ("MET amplification" of "MET alteration")
        return covered and (not same_gene or general_kind == "alteration" or _general_kind(specific) is None)
    position = _position(general)
    return same_gene and position is not None and kind == "mutation" and own == "mutation" and \
        _change(specific) == position


def alteration_kinds(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New ``specific subclass_of general`` facts between one document's alterations of one gene (see the module
    docstring), sorted.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> kras = ctx.vocab.entities[ctx.vocab.gene_ids["KRAS"]]
    >>> def alt(name, gene):
    ...     return Entity("crc:" + name, "Alteration", name, attributes=(("alteration_kind", "mutation"), ("gene", gene)))
    >>> g12c, ras = alt("KRAS G12C", "KRAS"), alt("RAS mutation", "RAS")
    >>> ev1 = Evidence("d.txt", 0, 40, "Sotorasib inhibits KRAS G12C.", "", "rule")
    >>> ev2 = Evidence("d.txt", 50, 90, "RAS mutations predict resistance.", "", "rule")
    >>> facts = [Assertion(g12c.id, "alteration_of", kras.id, (), [ev1]), Assertion(ras.id, "alteration_of", kras.id, (), [ev2])]
    >>> [(a.subject, a.predicate, a.object, len(a.evidence))
    ...  for a in alteration_kinds(facts, {e.id: e for e in (kras, g12c, ras)}, ctx)]
    [('crc:KRAS G12C', 'subclass_of', 'crc:RAS mutation', 2)]
    """
    of_gene: dict[str, dict[str, list[Evidence]]] = defaultdict(dict)  # gene -> alteration -> sentences
    for a in assertions:
        if a.predicate != "alteration_of" or not a.supported or not a.evidence:
            continue
        alteration = entities.get(a.subject)
        if alteration is None or alteration.category != "Alteration" or not alteration.attr("gene"):
            continue
        of_gene[a.object].setdefault(a.subject, []).extend(a.evidence)
    for fid in sorted(set(of_gene) & ctx.vocab.broad_families):
        # (s59) a broad class's alteration ("RTK fusion") beside each member the document names an alteration of
        members = ctx.vocab.family_gene_ids(fid)
        for gid in sorted(set(of_gene) & members):
            for hid, evidence in of_gene[fid].items():
                of_gene[gid].setdefault(hid, list(evidence))
    new: dict[tuple[str, str], list[Evidence]] = {}
    for gid in sorted(of_gene):
        alterations = of_gene[gid]
        for sid in sorted(alterations):
            specific = entities[sid]
            for hid in sorted(alterations):
                general = entities[hid]
                same = general.attr("gene") == specific.attr("gene")
                if not same and not (_names_gene(specific, entities.get(gid)) and
                                     _family_of(general.attr("gene"), gid, ctx)):
                    continue  # another gene's alteration, or a family's beside a family's
                if not is_kind_of(specific, general, same):
                    continue
                if not ctx.schema.allows(specific.category, "subclass_of", general.category):
                    continue
                new[(sid, hid)] = _naming_both(alterations[sid], alterations[hid])
    return [Assertion(s, "subclass_of", o, (), ev) for (s, o), ev in sorted(new.items())]


def _naming_both(specific: list[Evidence], general: list[Evidence]) -> list[Evidence]:
    """The sentences to show for the link: the first that names both alterations, else the first naming each."""
    own = {e.key() for e in specific}
    general = ordered_evidence(general)
    shared = [e for e in general if e.key() in own]
    if shared:
        return shared[:1]
    return ordered_evidence([ordered_evidence(specific)[0], general[0]])


def _family_of(symbol: str, gene_id: str, ctx) -> bool:
    """``symbol`` names a gene family the gene is a member of ("RAS" of KRAS)."""
    family = ctx.vocab.gene_entity(symbol)
    return family is not None and bool(family.attr("family")) and gene_id in ctx.vocab.family_gene_ids(family.id)


def _names_gene(alteration: Entity, gene: Entity | None) -> bool:
    """The alteration names the gene itself (its ``gene`` is the gene's symbol), not a family the gene is in."""
    return gene is not None and alteration.attr("gene") == gene.name
