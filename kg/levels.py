"""What every export derives the same way from an assertion: its evidence level, best evidence and agent type."""
from __future__ import annotations

from kg.model import Assertion, Evidence
from kg.schema import Schema


def best_evidence(schema: Schema, assertion: Assertion) -> Evidence:
    """The evidence of the strongest study kind, literature before background knowledge; among equals,
    the first in the assertion's order. It is the evidence that sets :func:`evidence_level`."""
    literature = [ev for ev in assertion.evidence if ev.literature]
    return min(literature or assertion.evidence, key=lambda ev: schema.rank_of(ev.study_kind))


def evidence_level(schema: Schema, assertion: Assertion) -> str | None:
    """The strongest CIViC-style level (A best ... E) among an assertion's literature evidence.

    None for an edge of the background knowledge layer alone (no sentence states it, so no study
    supports it).
    """
    best = best_evidence(schema, assertion)
    return schema.level_of(best.study_kind) if best.literature else None


def agent_type(assertion: Assertion) -> str:
    """``text_mining_agent`` when a rule or table parser read any of the evidence, else ``manual_agent``
    (curation, or the vocabularies' curated background knowledge)."""
    methods = {ev.method for ev in assertion.evidence}
    return "manual_agent" if methods <= {"curated", "vocabulary"} else "text_mining_agent"


def layers(assertion) -> tuple[str, ...]:
    """The knowledge layers an edge's evidence comes from: ``literature`` (sentences of documents) first,
    then ``background`` (the vocabularies)."""
    kinds = {ev.literature for ev in assertion.evidence}
    return tuple(name for flag, name in ((True, "literature"), (False, "background")) if flag in kinds)
