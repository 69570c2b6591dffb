"""Outcome values the sources disagree on: the same arm, metric and subgroup with different values.

Assembly reports them (``report.json``) and ``kg.query.conflicts`` answers with them; both use
:func:`find_conflicts`, which lives in the core because it needs nothing but the graph. Nothing is
resolved: every value is kept with the evidence that states it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.graph import KnowledgeGraph
from kg.model import Evidence


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


def find_conflicts(kg: KnowledgeGraph) -> list[Conflict]:
    """Outcomes of the same arm, metric, subgroup and unit reported with different values, with every source.

    A value read from a table is marked ``"table"``, one read from prose ``"text"``. Conflicts are
    ordered by arm, metric and subgroup; the sources of one conflict by value, then evidence.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> [c] = find_conflicts(tiny_graph())
    >>> c.arm_name, c.metric, c.values, [kind for _, kind, _ in c.sources]
    ('study of cetuximab + tivantinib: cetuximab + tivantinib', 'ORR', (9.8, 10.0), ['text', 'text'])
    """
    groups: dict[tuple, list] = defaultdict(list)
    for o in kg.outcomes():
        # (a median in weeks is not compared with one in months: the same measure written in another unit; the two ends
        # of a range are no disagreement)
        groups[(o.arm, o.metric, o.subgroup or "", o.unit, o.bound or "")].append(o)
    out = []
    for (arm, metric, subgroup, _unit, _bound), outs in sorted(groups.items()):
        values = tuple(sorted({o.value for o in outs}))
        if len(values) < 2:
            continue
        sources = tuple((o.value, "table" if o.evidence.method == "table" else "text", o.evidence)
                        for o in sorted(outs, key=lambda o: (o.value, o.evidence.key())))
        entity = kg.entity(arm)
        out.append(Conflict(arm, entity.name, entity.attr("trial") or None, metric, subgroup or None, values, sources))
    return out
