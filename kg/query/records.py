"""The records query answers are made of: hops with their evidence, trial arms with their outcomes.

Every record is a frozen dataclass with ``to_dict()`` (plain JSON types, stable key
order) so answers can be printed as tables, dumped as JSON or compared in tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Evidence, Outcome

DISCLAIMER = ("This summarises published literature read by a machine. It is not clinical advice: check every "
              "statement against its source and current guidelines.")


@dataclass(frozen=True)
class Hop:
    """One step of an answer: an edge with its evidence, or an inference the ontology makes.

    ``evidence`` holds the sentences that state the edge. An inferred hop (class membership
    from the vocabulary, a variant belonging to a broader alteration) has no sentence; it
    says why in ``inferred``.
    """

    subject: str
    subject_name: str
    predicate: str
    object: str
    object_name: str
    evidence: tuple[Evidence, ...] = ()
    qualifiers: tuple[tuple[str, str], ...] = ()
    inferred: str | None = None

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({e.document for e in self.evidence}))

    def to_dict(self) -> dict:
        out = {"subject": self.subject, "subject_name": self.subject_name, "predicate": self.predicate,
               "object": self.object, "object_name": self.object_name}
        if self.qualifiers:
            out["qualifiers"] = dict(self.qualifiers)
        if self.inferred:
            out["inferred"] = self.inferred
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    def __str__(self) -> str:
        tail = f"  [inferred: {self.inferred}]" if self.inferred else f"  [{len(self.evidence)} sentence(s)]"
        return f"{self.subject_name} -{self.predicate}-> {self.object_name}{tail}"


@dataclass(frozen=True)
class ArmOutcomes:
    """One trial arm: its trial (phase, line), its regimen, its outcomes and the hops that tie them."""

    trial: str
    trial_name: str
    phase: str | None
    line: str | None
    arm: str
    arm_name: str
    regimen: str
    regimen_name: str
    outcomes: tuple[Outcome, ...] = ()
    hops: tuple[Hop, ...] = ()

    def values(self, metric: str, subgroup: str | None = None) -> list[float]:
        """Distinct values reported for a metric (several when sources disagree)."""
        return sorted({o.value for o in self.outcomes if o.metric == metric and o.subgroup == subgroup})

    @property
    def documents(self) -> tuple[str, ...]:
        docs = {o.evidence.document for o in self.outcomes}
        for h in self.hops:
            docs.update(h.documents)
        return tuple(sorted(docs))

    def summary(self) -> str:
        """``ORR 34%; mPFS 6.9 months`` (overall population only; several values joined by ``/``)."""
        parts = []
        for metric in ("ORR", "DCR", "mPFS", "mOS", "HR_PFS", "HR_OS"):
            vals = self.values(metric)
            if vals:
                unit = next(o.unit for o in self.outcomes if o.metric == metric)
                shown = "/".join(f"{v:g}" for v in vals)
                parts.append(f"{metric} {shown}{'%' if unit == '%' else (' mo' if unit == 'months' else '')}")
        return "; ".join(parts)

    def to_dict(self) -> dict:
        return {"trial": self.trial, "trial_name": self.trial_name, "phase": self.phase, "line": self.line,
                "arm": self.arm, "arm_name": self.arm_name, "regimen": self.regimen, "regimen_name": self.regimen_name,
                "outcomes": [o.to_dict() for o in self.outcomes], "hops": [h.to_dict() for h in self.hops]}


@dataclass(frozen=True)
class RescuePath:
    """therapy <- resistance cause [~ related alteration] <- rescue regimen <- trial arms with outcomes."""

    therapy: str
    therapy_name: str
    cause: str
    cause_name: str
    target: str
    target_name: str
    regimen: str
    regimen_name: str
    hops: tuple[Hop, ...]
    arms: tuple[ArmOutcomes, ...]
    strength: str
    rank: int
    documents: tuple[str, ...]
    via: str = "direct"
    match: str | None = None  # why this path answers a mechanism/biomarker filter it does not name exactly

    @property
    def inherited(self) -> bool:
        """True when the resistance was recorded against a class of the asked therapy, not the therapy itself."""
        return self.via.startswith("inherited")

    @property
    def inferred(self) -> bool:
        """True when a hop comes from the vocabulary or an alteration hierarchy rather than a sentence."""
        return any(h.inferred for h in self.hops)

    def to_dict(self) -> dict:
        return {"therapy": self.therapy, "therapy_name": self.therapy_name, "cause": self.cause,
                "cause_name": self.cause_name, "target": self.target, "target_name": self.target_name,
                "regimen": self.regimen, "regimen_name": self.regimen_name, "strength": self.strength,
                "rank": self.rank, "documents": list(self.documents), "via": self.via, "match": self.match,
                "inherited": self.inherited, "inferred": self.inferred,
                "hops": [h.to_dict() for h in self.hops], "arms": [a.to_dict() for a in self.arms]}


@dataclass(frozen=True)
class Mechanism:
    """A cause of resistance to a therapy, with the hops that state it and the assays that detect it."""

    cause: str
    cause_name: str
    category: str
    mechanism_class: str
    mechanism_label: str
    resistance_types: tuple[str, ...]
    hops: tuple[Hop, ...]
    biomarkers: tuple[Hop, ...] = ()
    via: str = "direct"

    @property
    def inherited(self) -> bool:
        """True when the cause was recorded against a class of the asked therapy, not the therapy itself."""
        return self.via.startswith("inherited")

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({d for h in self.hops for d in h.documents}))

    def to_dict(self) -> dict:
        return {"cause": self.cause, "cause_name": self.cause_name, "category": self.category,
                "mechanism_class": self.mechanism_class, "mechanism_label": self.mechanism_label,
                "resistance_types": list(self.resistance_types), "via": self.via, "inherited": self.inherited,
                "documents": list(self.documents), "hops": [h.to_dict() for h in self.hops],
                "biomarkers": [h.to_dict() for h in self.biomarkers]}


@dataclass(frozen=True)
class Conflict:
    """The same arm and metric reported with different values, with the evidence for each value."""

    arm: str
    arm_name: str
    trial: str | None
    metric: str
    subgroup: str | None
    values: tuple[float, ...]
    sources: tuple[tuple[float, str, Evidence], ...]  # (value, "text" | "table", evidence)

    def to_dict(self) -> dict:
        return {"arm": self.arm, "arm_name": self.arm_name, "trial": self.trial, "metric": self.metric,
                "subgroup": self.subgroup, "values": list(self.values),
                "sources": [{"value": v, "kind": k, "evidence": e.to_dict()} for v, k, e in self.sources]}


@dataclass(frozen=True)
class Candidate:
    """A regimen a patient profile points to (or argues against), with the chains of evidence why."""

    therapy: str
    therapy_name: str
    reasons: tuple[tuple[Hop, ...], ...]
    arms: tuple[ArmOutcomes, ...] = ()
    strength: str = "review statement"
    rank: int = 99

    @property
    def documents(self) -> tuple[str, ...]:
        docs = {d for chain in self.reasons for h in chain for d in h.documents}
        for a in self.arms:
            docs.update(a.documents)
        return tuple(sorted(docs))

    def to_dict(self) -> dict:
        return {"therapy": self.therapy, "therapy_name": self.therapy_name, "strength": self.strength,
                "rank": self.rank, "documents": list(self.documents),
                "reasons": [[h.to_dict() for h in chain] for chain in self.reasons],
                "arms": [a.to_dict() for a in self.arms]}


@dataclass(frozen=True)
class Profile:
    """What the graph says for a patient profile: candidates, therapies argued against, other considerations."""

    alterations: tuple[str, ...]
    prior_therapies: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    against: tuple[Candidate, ...]
    considerations: tuple[Hop, ...] = ()
    disclaimer: str = DISCLAIMER
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return {"disclaimer": self.disclaimer, "alterations": list(self.alterations),
                "prior_therapies": list(self.prior_therapies),
                "candidates": [c.to_dict() for c in self.candidates], "against": [c.to_dict() for c in self.against],
                "considerations": [h.to_dict() for h in self.considerations], "notes": list(self.notes)}
