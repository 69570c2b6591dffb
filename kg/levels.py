"""What every export derives the same way from an assertion: its evidence level and agent type."""
from __future__ import annotations

from kg.model import Assertion
from kg.schema import Schema


def evidence_level(schema: Schema, assertion: Assertion) -> str:
    """The strongest CIViC-style level (A best ... E) among an assertion's evidence."""
    best = min(assertion.evidence, key=lambda ev: schema.rank_of(ev.study_kind))
    return schema.level_of(best.study_kind)


def agent_type(assertion: Assertion) -> str:
    methods = {ev.method for ev in assertion.evidence}
    return "manual_agent" if methods == {"curated"} else "text_mining_agent"
