"""The build report: counts per category, predicate and document, method shares, conflicts, failures,
corpus entries skipped."""
from __future__ import annotations

import json
from collections import Counter

from kg.graph import KnowledgeGraph
from kg.pipeline import BuildReport


def report_dict(kg: KnowledgeGraph, report: BuildReport) -> dict:
    edges = list(kg.assertions())
    method_counts: Counter = Counter()
    for a in edges:
        for m in sorted({ev.method for ev in a.evidence}):
            method_counts[m] += 1
    total = len(edges) or 1
    per_doc: Counter = Counter(ev.document for a in edges for ev in a.evidence)
    return {
        "nodes": kg.number_of_nodes(),
        "edges": len(edges),
        "outcomes": len(kg.outcomes()),
        "categories": dict(sorted(Counter(e.category for e in kg.nodes()).items())),
        "predicates": dict(sorted(Counter(a.predicate for a in edges).items())),
        "edge_share_by_method": {m: round(c / total, 4) for m, c in sorted(method_counts.items())},
        "evidence_per_document": dict(sorted(per_doc.items())),
        "documents": report.documents,
        "failed": report.failed,
        "skipped": report.skipped,
        "warnings": report.warnings,
        "rejected_by_schema": report.rejected,
        "conflicts": report.conflicts,
    }


def report_json(kg: KnowledgeGraph, report: BuildReport) -> str:
    return json.dumps(report_dict(kg, report), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
