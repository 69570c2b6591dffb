"""The small amount of reasoning queries do: class membership, alteration hierarchy, strength of evidence.

- A statement about a drug class applies to its member drugs (marked *inherited*),
  and a statement about a member drug is evidence about its class (marked *shown for member*).
- A specific variant belongs to its broader alteration (KRAS G12C is a KRAS mutation, which is
  a RAS mutation); amplification and overexpression of one gene are treated as related.
- A mechanism a document names as a kind of a broader one (``subclass_of``: MDSC expansion of
  MDSC-mediated resistance) is joined to it, one hop either way, with that document's sentences.
- Paths are ranked by the strongest study behind them (randomized phase III first) and then
  by how many distinct documents support them.

Inferences come from the graph's own ``member_of`` edges where the text states them and from
the vocabulary otherwise; an inferred hop always says which.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.graph import KnowledgeGraph
from kg.model import Entity, Evidence
from kg.query.index import graph_index
from kg.query.records import Hop
from kg.schema import load_schema

_GAIN = ("amplification", "overexpression")
_PHASE_KIND = {"III": "randomized_phase_3", "II/III": "randomized_phase_3", "II": "phase_2", "I/II": "phase_2",
               "Ib/II": "phase_2", "IIa": "phase_2", "IIb": "phase_2", "I": "phase_1", "Ib": "phase_1", "Ia": "phase_1"}


def hop(kg: KnowledgeGraph, subject: str, predicate: str, obj: str, evidence=(), qualifiers=(), inferred=None) -> Hop:
    return Hop(subject, kg.entity(subject).name, predicate, obj, kg.entity(obj).name, tuple(evidence), tuple(qualifiers),
               inferred)


def edge_hop(kg: KnowledgeGraph, assertion) -> Hop:
    return hop(kg, assertion.subject, assertion.predicate, assertion.object, assertion.evidence, assertion.qualifiers)


@dataclass(frozen=True)
class Scope:
    """A node a statement about the asked therapy may be recorded against, and how it relates."""

    node: str
    relation: str  # "asked", "regimen", "class", "member"
    hops: tuple[Hop, ...] = ()
    name: str = ""

    @property
    def via(self) -> str:
        """How a statement recorded against this node reaches the asked therapy, in words."""
        return {"asked": "direct", "regimen": f"as {self.name}", "class": f"inherited from {self.name}",
                "member": f"shown for member {self.name}"}[self.relation]

    @property
    def order(self) -> int:
        return ("asked", "regimen", "class", "member").index(self.relation)


def _membership(kg: KnowledgeGraph, drug: str, cls: str, stated) -> Hop:
    """The ``member_of`` hop: the stated edge with its sentences, else the vocabulary's word for it."""
    if stated is not None:
        return edge_hop(kg, stated)
    return hop(kg, drug, "member_of", cls, inferred=f"vocabulary: {kg.entity(drug).name} is a {kg.entity(cls).name}")


def therapy_scope(kg: KnowledgeGraph, therapy: Entity) -> list[Scope]:
    """The therapy itself, its classes, its member drugs (for a class) and its one-component regimen.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> [(s.node, s.relation) for s in therapy_scope(kg, kg.entity("DRUGBANK:DB00002"))]
    [('DRUGBANK:DB00002', 'asked'), ('crc:class_anti_egfr_antibody', 'class')]
    >>> [s.relation for s in therapy_scope(kg, kg.entity("crc:class_anti_egfr_antibody"))]
    ['asked', 'member', 'member']
    """
    idx = graph_index(kg)
    out = [Scope(therapy.id, "asked", (), therapy.name)]
    seen = {therapy.id}
    mono = idx.monotherapy.get(therapy.id)
    if mono and mono not in seen:
        seen.add(mono)
        out.append(Scope(mono, "regimen", (hop(kg, mono, "has_component", therapy.id,
                                                 inferred=f"{kg.entity(mono).name} is {therapy.name} alone"),),
                         kg.entity(mono).name))
    # classes, transitively (a drug's class, that class's broader class)
    frontier = [(therapy.id, ())]
    while frontier:
        node, path = frontier.pop(0)
        stated = {a.object: a for a in kg.edges(node, "out", "member_of")}
        for cls in sorted(set(stated) | {c for c in idx.drug_classes.get(node, ()) if kg.has_node(c)}):
            if cls not in seen:
                seen.add(cls)
                h = _membership(kg, node, cls, stated.get(cls))
                out.append(Scope(cls, "class", path + (h,), kg.entity(cls).name))
                frontier.append((cls, path + (h,)))
    if therapy.category == "DrugClass":
        stated = {a.subject: a for a in kg.edges(therapy.id, "in", "member_of")}
        for drug in sorted(set(stated) | {d for d in idx.class_members.get(therapy.id, ()) if kg.has_node(d)}):
            if drug not in seen:
                seen.add(drug)
                out.append(Scope(drug, "member", (_membership(kg, drug, therapy.id, stated.get(drug)),), kg.entity(drug).name))
    return out


def _generic(alt: Entity) -> bool:
    gene = alt.attr("gene")
    return bool(gene) and alt.name == f"{gene} {alt.attr('alteration_kind')}"


def _broader(kg: KnowledgeGraph, narrow: Entity, broad: Entity) -> bool:
    """Is ``narrow`` a kind of ``broad`` (KRAS G12C of KRAS mutation, KRAS mutation of RAS mutation, V600E of V600)?"""
    if narrow.id == broad.id or narrow.attr("alteration_kind") != broad.attr("alteration_kind"):
        return False
    g_n, g_b = narrow.attr("gene"), broad.attr("gene")
    if not g_n or not g_b:
        return False
    if g_n == g_b:
        return (_generic(broad) and not _generic(narrow)) or (
            narrow.name.startswith(broad.name) and len(narrow.name) > len(broad.name) and broad.name[-1].isalnum())
    members = graph_index(kg).family_members.get(g_b, ())
    return g_n in members and _generic(broad)


def related_alterations(kg: KnowledgeGraph, node_id: str, narrower: bool = True) -> list[tuple[str, str | None]]:
    """Alterations a statement about ``node_id`` carries over to, each with the reason (None for itself).

    Narrower (unless ``narrower=False``) and broader alterations of the same gene or gene family,
    and amplification or overexpression of the same gene. Non-alterations relate only to themselves.
    With ``narrower=False`` the list holds what a tumour carrying ``node_id`` also carries.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> related_alterations(kg, "crc:alt_kras_mutation")
    [('crc:alt_kras_mutation', None), ('crc:alt_kras_g12c', 'KRAS G12C is a KRAS mutation')]
    >>> related_alterations(kg, "crc:alt_met_amplification")[1]
    ('crc:alt_met_overexpression', 'MET amplification and MET overexpression are both MET gain')
    """
    e = kg.entity(node_id)
    out: list[tuple[str, str | None]] = [(node_id, None)]
    gene = e.attr("gene")
    if e.category != "Alteration" or not gene:
        return out
    idx = graph_index(kg)
    genes = {gene, *idx.family_members.get(gene, ())}
    genes |= {fam for fam, members in idx.family_members.items() if gene in members}
    seen = {node_id}
    for g in sorted(genes):
        for other_id in idx.alterations_by_gene.get(g, ()):
            if other_id in seen:
                continue
            other = kg.entity(other_id)
            if _broader(kg, other, e):
                if not narrower:
                    continue
                out.append((other_id, f"{other.name} is a {e.name}"))
            elif _broader(kg, e, other):
                out.append((other_id, f"{e.name} is a {other.name}"))
            elif (other.attr("gene") == gene and e.attr("alteration_kind") in _GAIN
                  and other.attr("alteration_kind") in _GAIN):
                out.append((other_id, f"{e.name} and {other.name} are both {gene} gain"))
            else:
                continue
            seen.add(other_id)
    return out


def mechanism_kinds(kg: KnowledgeGraph, node_id: str) -> list[tuple[str, Hop]]:
    """Mechanisms a document joins to ``node_id`` as a kind of it or as what it is a kind of (``subclass_of``:
    "MDSC expansion" of "MDSC-mediated resistance"), each with the stated hop and its sentences, by id.

    A cause of resistance and a rescued mechanism so joined are one chain: what overcomes "MDSC-mediated
    resistance" answers resistance from "MDSC expansion", and the other way round. Only one hop: two kinds of
    one broader mechanism are not kinds of each other.

    Examples
    --------
    >>> from kg.query.testing import with_mechanism_kinds, tiny_graph
    >>> kg = with_mechanism_kinds(tiny_graph())
    >>> [(n, str(h)) for n, h in mechanism_kinds(kg, "crc:mech_mdsc_expansion")]  # doctest: +NORMALIZE_WHITESPACE
    [('crc:mech_mdsc_mediated_resistance',
      'MDSC expansion -subclass_of-> MDSC-mediated resistance  [2 sentence(s)]')]
    """
    if not kg.has_node(node_id) or kg.entity(node_id).category != "ResistanceMechanism":
        return []
    out: dict[str, Hop] = {}
    for a in kg.edges(node_id, "out", "subclass_of"):
        out.setdefault(a.object, edge_hop(kg, a))
    for a in kg.edges(node_id, "in", "subclass_of"):
        out.setdefault(a.subject, edge_hop(kg, a))
    out.pop(node_id, None)
    return sorted(out.items())


def study_strength(phase: str | None = None, evidence: tuple[Evidence, ...] | list = ()) -> tuple[int, str]:
    """(rank, label) of the strongest study among a trial phase and some evidence; lower rank is stronger.

    >>> study_strength("III")
    (1, 'randomized phase III')
    >>> study_strength(None, [])
    (99, 'no study')
    """
    kinds = load_schema().study_kinds
    candidates = []
    if phase in _PHASE_KIND:
        candidates.append(_PHASE_KIND[phase])
    candidates.extend(e.study_kind for e in evidence)
    ranked = sorted((kinds[k]["rank"], kinds[k]["label"]) for k in candidates if k in kinds)
    return ranked[0] if ranked else (99, "no study")
