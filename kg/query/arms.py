"""Trial arms of a therapy, as :class:`~kg.query.records.ArmOutcomes` with the edges that tie them together."""
from __future__ import annotations

from kg.graph import KnowledgeGraph
from kg.query.index import graph_index
from kg.query.reasoning import edge_hop, study_strength
from kg.query.records import ArmOutcomes


def arm_record(kg: KnowledgeGraph, arm_id: str) -> ArmOutcomes:
    """One arm with its trial, regimen, outcomes and the ``has_arm``/``uses_regimen`` hops (with evidence).

    >>> from kg.query.testing import tiny_graph
    >>> arm = arm_record(tiny_graph(), "crc:arm_krystal_10__adagrasib_plus_cetuximab")
    >>> arm.trial_name, arm.phase, arm.summary()
    ('KRYSTAL-10', 'III', 'ORR 34%')
    """
    idx = graph_index(kg)
    arm = kg.entity(arm_id)
    trial_id = idx.trial_of_arm.get(arm_id)
    trial = kg.entity(trial_id) if trial_id and kg.has_node(trial_id) else None
    regimen_id = arm.attr("regimen")
    hops = [edge_hop(kg, a) for a in kg.edges(arm_id, "in", "has_arm")]
    hops += [edge_hop(kg, a) for a in kg.edges(arm_id, "out", "uses_regimen")]
    return ArmOutcomes(
        trial=trial.id if trial else "", trial_name=trial.name if trial else "", phase=trial.attr("phase") if trial else None,
        line=trial.attr("line") if trial else None, arm=arm_id, arm_name=arm.name, regimen=regimen_id or "",
        regimen_name=kg.entity(regimen_id).name if regimen_id and kg.has_node(regimen_id) else "",
        outcomes=tuple(kg.outcomes(arm_id)), hops=tuple(hops), status=trial.attr("status") if trial else None)


def arms_of(kg: KnowledgeGraph, therapy_id: str) -> list[ArmOutcomes]:
    """Arms that received exactly this regimen (or this drug alone), strongest trial first."""
    idx = graph_index(kg)
    regimens = [therapy_id]
    if therapy_id in idx.monotherapy:
        regimens.append(idx.monotherapy[therapy_id])
    arms = [arm_record(kg, a) for r in regimens for a in idx.arms_by_regimen.get(r, ())]
    return sorted(arms, key=lambda a: (arm_rank(a)[0], a.trial_name, a.arm))


def arm_rank(arm: ArmOutcomes) -> tuple[int, str]:
    """Strength of one arm's study: its trial's phase, or the kind of study its sentences report."""
    evidence = [e for h in arm.hops for e in h.evidence] + [o.evidence for o in arm.outcomes]
    return study_strength(arm.phase, evidence)
