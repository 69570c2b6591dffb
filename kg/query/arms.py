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
        outcomes=tuple(kg.outcomes(arm_id)), hops=tuple(hops), status=trial.attr("status") if trial else None,
        cancer=other_cancer(kg, trial.id) if trial else None)


COLORECTAL = ("MONDO:0005575",)  # colorectal cancer; its stages and sites are named "... colorectal ..."


def other_cancer(kg: KnowledgeGraph, trial_id: str) -> str | None:
    """The cancer(s) other than colorectal a trial studied (its ``studied_in`` edges), joined by " / "; None when
    it has none (a colorectal trial: the graph's subject, left unsaid).

    >>> from kg.query.testing import tiny_graph, with_other_cancer_trial
    >>> kg = with_other_cancer_trial(tiny_graph())
    >>> other_cancer(kg, "crc:trial_tiny_breast"), other_cancer(kg, "crc:trial_krystal_10")
    ('breast cancer', None)
    """
    names = set()
    for a in kg.edges(trial_id, "out", "studied_in"):
        disease = kg.entity(a.object)
        if not (set(disease.xrefs) & set(COLORECTAL) or a.object in COLORECTAL or "colorectal" in disease.name.lower()):
            names.add(disease.name)
    return " / ".join(sorted(names)) or None


def arms_of(kg: KnowledgeGraph, therapy_id: str) -> list[ArmOutcomes]:
    """Arms that received exactly this regimen (or this drug alone), strongest trial first."""
    idx = graph_index(kg)
    regimens = [therapy_id]
    if therapy_id in idx.monotherapy:
        regimens.append(idx.monotherapy[therapy_id])
    arms = [arm_record(kg, a) for r in regimens for a in idx.arms_by_regimen.get(r, ())]
    return sorted(arms, key=lambda a: (arm_rank(a)[0], a.trial_name, a.arm))


OTHER_CANCER = 10  # added to the rank of a trial of another cancer: after every colorectal study with results
ONGOING = 20  # added to the rank of an ongoing trial without results: after every study that reports one


def designs_only(arm: ArmOutcomes) -> bool:
    """True for an arm of a trial the text calls ongoing that has no outcomes: its sentences are design, not results."""
    return arm.status == "ongoing" and not arm.outcomes


def arm_rank(arm: ArmOutcomes) -> tuple[int, str]:
    """Strength of one arm's study: its trial's phase, or the kind of study its sentences report.

    An ongoing trial with no outcomes is ranked after every study with results (its phase says how
    strong the results will be, not what they are). A trial of another cancer (its ``studied_in`` edge)
    with results ranks after every colorectal study with results and before ongoing trials; its label
    names that cancer: its results are no colorectal evidence.

    >>> from kg.query.testing import tiny_graph, with_ongoing_trial
    >>> kg = with_ongoing_trial(tiny_graph())
    >>> arm_rank(arm_record(kg, "crc:arm_tiny_3__panitumumab_plus_tivantinib"))
    (21, 'ongoing phase III (no results yet)')
    >>> arm_rank(arm_record(kg, "crc:arm_tiny_phase_2__cetuximab_plus_tivantinib"))
    (3, 'phase II')
    >>> from kg.query.testing import with_other_cancer_trial
    >>> arm_rank(arm_record(with_other_cancer_trial(kg), "crc:arm_tiny_breast__cetuximab_plus_tivantinib"))
    (19, 'review statement in breast cancer')
    """
    evidence = [e for h in arm.hops for e in h.evidence] + [o.evidence for o in arm.outcomes]
    rank, label = study_strength(arm.phase, evidence)
    if designs_only(arm):
        return ONGOING + rank, f"ongoing {f'phase {arm.phase}' if arm.phase else 'trial'} (no results yet)"
    if arm.cancer:  # a trial of another cancer: after every colorectal study with results, and says which cancer
        return OTHER_CANCER + rank, f"{label} in {arm.cancer}"
    return rank, label


def design_sentences(arms) -> set[tuple[str, int, int]]:
    """(document, start, end) of the sentences that tie ongoing trials without results, or trials of another cancer,
    to their regimens (and give the latter's values): they count as that trial, not as a study of their own."""
    return {(e.document, e.start, e.end) for a in arms if designs_only(a) or a.cancer
            for e in [*(e for h in a.hops for e in h.evidence), *(o.evidence for o in a.outcomes)]}


def results_strength(arms, evidence) -> tuple[int, str]:
    """(rank, label) of the strongest study with results among trial arms and sentences.

    A sentence that only states an ongoing trial's design (it is the evidence of that trial's arm)
    counts as that ongoing trial, not as a result of its phase; a sentence of a trial of another cancer
    counts as that trial.
    """
    design = design_sentences(arms)
    said = [e for e in evidence if (e.document, e.start, e.end) not in design]
    return min([arm_rank(a) for a in arms] + [study_strength(None, said)])
