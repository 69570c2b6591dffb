"""Mechanisms of resistance to a therapy, grouped by the taxonomy in ``ontology/schema.yaml``."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.graph import KnowledgeGraph
from kg.query.reasoning import edge_hop, mechanism_kinds, therapy_scope
from kg.query.records import Hop, Mechanism
from kg.query.resolve import resolve
from kg.vocab import load_vocabulary
from kg.groups import THERAPY

RESISTANCE = ("confers_resistance_to", "predicts_resistance_to")
PREDICTIVE = ("predicts_response_to", "predicts_resistance_to", "predicts")
UNCLASSIFIED = "unclassified"


@dataclass(frozen=True)
class MechanismReport:
    """Causes of resistance to one therapy by taxonomy class, and the biomarkers that inform on them."""

    therapy: str
    therapy_name: str
    groups: tuple[tuple[str, str, tuple[Mechanism, ...]], ...]  # (class key, label, mechanisms)
    biomarkers: tuple[Hop, ...]

    def mechanisms(self) -> list[Mechanism]:
        return [m for _, _, ms in self.groups for m in ms]

    def by_type(self, resistance_type: str) -> list[Mechanism]:
        """Mechanisms reported as ``"primary"``, ``"acquired"`` or ``"unspecified"``."""
        return [m for m in self.mechanisms() if resistance_type in m.resistance_types]

    def to_dict(self) -> dict:
        return {"therapy": self.therapy, "therapy_name": self.therapy_name,
                "groups": [{"class": k, "label": label, "mechanisms": [m.to_dict() for m in ms]}
                           for k, label, ms in self.groups],
                "biomarkers": [h.to_dict() for h in self.biomarkers]}


def specimen_of(hop: Hop) -> str:
    """Where a biomarker is measured: ``tissue``, ``liquid_biopsy`` or ``unspecified``."""
    quals = dict(hop.qualifiers)
    if quals.get("specimen"):
        return quals["specimen"]
    return load_vocabulary().biomarker_specimen.get(hop.subject, "unspecified")


def resistance_mechanisms(kg: KnowledgeGraph, therapy: str) -> MechanismReport:
    """What makes ``therapy`` fail, by mechanism class, primary vs acquired, with detecting biomarkers.

    Parameters
    ----------
    kg : KnowledgeGraph
    therapy : str
        A drug, drug class or regimen by any name or id. Causes recorded against its class are
        included and marked inherited; for a class, causes recorded against member drugs too.

    Returns
    -------
    MechanismReport
        ``groups`` in taxonomy order; each :class:`~kg.query.records.Mechanism` lists the hops
        that state it, whether it is primary or acquired (``unspecified`` when the text does
        not say), the biomarkers (with tissue or liquid-biopsy specimen) linked to it, and the mechanisms a
        document names as kinds of it or as what it is a kind of (``kinds``: the stated ``subclass_of`` hops).

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> report = resistance_mechanisms(tiny_graph(), "cetuximab")
    >>> [(key, [m.cause_name for m in ms]) for key, _, ms in report.groups]
    [('bypass_receptor_activation', ['MET amplification']), ('unclassified', ['KRAS mutation'])]
    >>> [m.cause_name for m in report.by_type("acquired")], report.mechanisms()[0].via
    (['MET amplification'], 'inherited from anti-EGFR antibody')
    >>> from kg.query.testing import with_mechanism_kinds
    >>> [str(h) for h in resistance_mechanisms(with_mechanism_kinds(tiny_graph()), "anti-PD-1 antibody").mechanisms()[0].kinds]
    ['MDSC expansion -subclass_of-> MDSC-mediated resistance  [2 sentence(s)]']
    """
    t = resolve(kg, therapy, THERAPY)
    taxonomy = kg.schema.mechanism_taxonomy
    found: dict[tuple[str, str], list[Hop]] = defaultdict(list)
    via: dict[tuple[str, str], tuple[int, str]] = {}
    types: dict[tuple[str, str], set[str]] = defaultdict(set)
    biomarkers: dict[tuple, Hop] = {}
    scopes = therapy_scope(kg, t)
    for scope in scopes:
        for a in kg.edges(scope.node, "in", RESISTANCE):
            cls = dict(a.qualifiers).get("mechanism_class") or UNCLASSIFIED
            key = (cls, a.subject)
            found[key].extend(scope.hops + (edge_hop(kg, a),))
            types[key].add(dict(a.qualifiers).get("resistance_type") or "unspecified")
            via[key] = min(via.get(key, (9, "")), (scope.order, scope.via))
        for a in kg.edges(scope.node, "in", PREDICTIVE):
            if kg.entity(a.subject).category == "Biomarker" or dict(a.qualifiers).get("specimen"):
                h = edge_hop(kg, a)
                biomarkers.setdefault((h.subject, h.predicate, h.object), h)
    # a predictive statement has no mechanism class: file it with the cause's classified statements if any
    for cls, cause in sorted(k for k in found if k[0] == UNCLASSIFIED):
        classified = sorted(k for k in found if k[1] == cause and k[0] != UNCLASSIFIED)
        if classified:
            target = classified[0]
            found[target].extend(found.pop((cls, cause)))
            types[target] |= types.pop((cls, cause))
            via[target] = min(via[target], via.pop((cls, cause)))
    order = list(taxonomy) + [UNCLASSIFIED]
    groups = []
    for cls in order:
        mechanisms = []
        for (c, cause), hops in sorted(found.items(), key=lambda kv: kg.entity(kv[0][1]).name.lower()):
            if c != cls:
                continue
            unique = tuple(dict.fromkeys(hops))
            assays = [edge_hop(kg, a) for a in kg.edges(cause, "out", "measured_by")]
            assays += [b for b in biomarkers.values() if b.subject == cause]
            e = kg.entity(cause)
            label = taxonomy.get(cls, {}).get("label", "not classified by the text")
            kinds = types[(c, cause)] - {"unspecified"} or {"unspecified"}
            mechanisms.append(Mechanism(cause, e.name, e.category, cls, label, tuple(sorted(kinds)), unique,
                                        tuple(assays), via[(c, cause)][1],
                                        tuple(h for _, h in mechanism_kinds(kg, cause))))
        if mechanisms:
            groups.append((cls, mechanisms[0].mechanism_label, tuple(mechanisms)))
    markers = tuple(sorted(biomarkers.values(), key=lambda h: (specimen_of(h), h.subject_name.lower(), h.predicate)))
    return MechanismReport(t.id, t.name, tuple(groups), markers)
