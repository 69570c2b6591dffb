"""What every export derives the same way from an assertion: its evidence level, best evidence and agent type."""
from __future__ import annotations

from kg.model import Assertion, Evidence
from kg.schema import Schema


def best_evidence(schema: Schema, assertion: Assertion) -> Evidence:
    """The evidence of the strongest study kind; among equals, the first in the assertion's order.

    It is the evidence that sets :func:`evidence_level`.
    """
    return min(assertion.evidence, key=lambda ev: schema.rank_of(ev.study_kind))


def evidence_level(schema: Schema, assertion: Assertion) -> str:
    """The strongest CIViC-style level (A best ... E) among an assertion's evidence."""
    return schema.level_of(best_evidence(schema, assertion).study_kind)


def agent_type(assertion: Assertion) -> str:
    methods = {ev.method for ev in assertion.evidence}
    return "manual_agent" if methods == {"curated"} else "text_mining_agent"
