"""What the literature graph says for a patient profile: regimens it points to and therapies it argues against.

This summarises statements in the source documents; it is not clinical advice, and the
answer says so.
"""
from __future__ import annotations

from collections.abc import Iterable

from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.query.arms import arm_rank, arms_of
from kg.query.reasoning import edge_hop, hop, related_alterations, study_strength, therapy_scope
from kg.query.records import Candidate, Hop, Profile
from kg.query.rescue import rescue_paths
from kg.query.resolve import THERAPY, QueryError, UnknownName, resolve

AGAINST = ("confers_resistance_to", "predicts_resistance_to")
STRUCTURAL = ("member_of", "has_component", "related_to")  # their sentences say nothing about efficacy
MSI = {"msi-h": "MSI-H/dMMR", "msi": "MSI-H/dMMR", "dmmr": "MSI-H/dMMR", "msi-h/dmmr": "MSI-H/dMMR",
       "mss": "MSS/pMMR", "pmmr": "MSS/pMMR", "mss/pmmr": "MSS/pMMR"}
SIDES = ("left", "right")
SIDEDNESS_NODES = ("primary tumor sidedness", "left-sided primary tumor", "right-sided primary tumor")


def _carried(kg: KnowledgeGraph, alteration_id: str) -> list[tuple[str, tuple[Hop, ...]]]:
    """The alteration and what it implies (KRAS G12C implies KRAS mutation and RAS mutation), with the hop why."""
    out = []
    for other, reason in related_alterations(kg, alteration_id, narrower=False):
        link = () if reason is None else (hop(kg, alteration_id, "related_to", other, inferred=reason),)
        out.append((other, link))
    return out


def _candidate(kg: KnowledgeGraph, therapy_id: str, chains: list[tuple[Hop, ...]], with_arms: bool) -> Candidate:
    arms = tuple(arms_of(kg, therapy_id)) if with_arms else ()
    evidence = [e for chain in chains for h in chain if h.predicate not in STRUCTURAL for e in h.evidence]
    rank, label = min([arm_rank(a) for a in arms] + [study_strength(None, evidence)])
    unique = tuple(dict.fromkeys(chains))
    return Candidate(therapy_id, kg.entity(therapy_id).name, unique, arms, label, rank)


def _order(c: Candidate):
    """Strongest study first; a class before the member drugs it stands for; then more documents."""
    inherited = all(chain and chain[-1].predicate == "member_of" for chain in c.reasons)
    return (c.rank, inherited, -len(c.documents), c.therapy_name.lower())


def profile(kg: KnowledgeGraph, alterations: Iterable[str] = (), prior_therapies: Iterable[str] = (),
            msi: str | None = None, sidedness: str | None = None) -> Profile:
    """Candidate regimens for a tumour profile and therapies the profile argues against, with evidence.

    Parameters
    ----------
    kg : KnowledgeGraph
    alterations : iterable of str
        Alterations of the tumour ("KRAS G12C", "HER2 amplification"). Statements about broader
        alterations apply (a KRAS G12C tumour carries a KRAS and a RAS mutation).
    prior_therapies : iterable of str
        Therapies already given; the rescue chains of each are searched for the profile's alterations.
    msi : str, optional
        ``"MSI-H"``/``"dMMR"`` or ``"MSS"``/``"pMMR"``.
    sidedness : str, optional
        ``"left"`` or ``"right"``; what the texts say of either side or of sidedness in general is
        listed under ``considerations`` rather than for or against.

    Returns
    -------
    Profile
        ``candidates`` and ``against`` (each with evidence chains, trial arms and study strength),
        ``considerations``, ``notes`` and a ``disclaimer``: this summarises literature, it is not advice.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> p = profile(tiny_graph(), alterations=["KRAS G12C"], prior_therapies=["cetuximab"])
    >>> [c.therapy_name for c in p.candidates], [c.therapy_name for c in p.against]
    (['adagrasib + cetuximab'], ['anti-EGFR antibody', 'cetuximab', 'panitumumab'])
    >>> p.disclaimer.startswith("This summarises published literature")
    True
    """
    alts = [resolve(kg, a, ("Alteration", "Biomarker")) for a in alterations]
    if msi is not None:
        name = MSI.get(str(msi).strip().lower())
        if name is None:
            raise QueryError(f"unknown MSI status {shown(msi)}; use MSI-H, dMMR, MSS or pMMR")
        alts.append(resolve(kg, name, ("Alteration", "Biomarker")))
    priors = [resolve(kg, p, THERAPY) for p in prior_therapies]
    if sidedness is not None and str(sidedness).strip().lower() not in SIDES:
        raise QueryError(f"unknown sidedness {shown(sidedness)}; use left or right")
    if not alts and not priors and sidedness is None:
        raise QueryError("describe the profile: give at least one alteration, prior therapy, MSI status or sidedness")

    carried: dict[str, tuple[Hop, ...]] = {}
    for a in alts:
        for other, link in _carried(kg, a.id):
            if other not in carried or len(link) < len(carried[other]):
                carried[other] = link

    against: dict[str, list[tuple[Hop, ...]]] = {}
    for alt_id, link in sorted(carried.items()):
        for edge in kg.edges(alt_id, "out", AGAINST):
            chain = link + (edge_hop(kg, edge),)
            against.setdefault(edge.object, []).append(chain)
            for scope in therapy_scope(kg, kg.entity(edge.object)):
                if scope.relation == "member":
                    against.setdefault(scope.node, []).append(chain + scope.hops)

    pro: dict[str, list[tuple[Hop, ...]]] = {}
    for alt_id, link in sorted(carried.items()):
        for edge in kg.edges(alt_id, "in", "overcomes"):
            if edge.supported:  # (a rescue that did not work is no candidate)
                pro.setdefault(edge.subject, []).append(link + (edge_hop(kg, edge),))
        for edge in kg.edges(alt_id, "out", "predicts_response_to"):
            pro.setdefault(edge.object, []).append(link + (edge_hop(kg, edge),))
    for prior in priors:
        for path in rescue_paths(kg, prior.id):
            if carried and path.target not in carried:
                continue
            pro.setdefault(path.regimen, []).append(path.hops)

    considerations: list[Hop] = []
    if sidedness is not None:
        # what the texts say of either side, or of sidedness in general, is for the reader to weigh:
        # "left-sided tumours benefit more" bears on a right-sided tumour too
        for name in SIDEDNESS_NODES:
            side = _optional(kg, name)
            if side is not None:
                considerations += [edge_hop(kg, e) for e in
                                   kg.edges(side.id, "out", ("predicts_response_to", "predicts_resistance_to"))]

    candidates = sorted((_candidate(kg, t, chains, True) for t, chains in pro.items()), key=_order)
    argued = sorted((_candidate(kg, t, chains, False) for t, chains in against.items()), key=_order)
    notes = [f"{c.therapy_name} is both a candidate and argued against; read both sets of evidence"
             for c in candidates if c.therapy in against]
    if sidedness is not None:
        notes.append("sidedness: statements about tumour side (either side, or sidedness in general) are "
                     "listed under considerations, not for or against")
    return Profile(tuple(a.name for a in alts), tuple(p.name for p in priors), tuple(candidates), tuple(argued),
                   tuple(considerations), notes=tuple(notes))


def _optional(kg: KnowledgeGraph, name: str):
    """The node called ``name``, or None when the graph has none."""
    try:
        return resolve(kg, name, ("Biomarker",))
    except UnknownName:
        return None
