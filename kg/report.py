"""The build report: counts per category, predicate and document, method shares, conflicts, failures,
corpus entries skipped, and the background knowledge layer.

``edge_share_by_method`` is the share of all edges that have evidence of each method (``vocabulary``
is the background layer); ``literature_edge_share_by_method`` counts only edges a sentence states,
so the curated overlay's share is measured against the literature, not diluted by the background
layer. ``knowledge_layers`` counts edges from the literature, from the background alone, and both.
``evidence_per_document`` counts literature evidence only."""
from __future__ import annotations

import json
from collections import Counter

from kg.graph import KnowledgeGraph
from kg.model import VOCABULARY
from kg.pipeline import BuildReport


def report_dict(kg: KnowledgeGraph, report: BuildReport) -> dict:
    edges = list(kg.assertions())
    method_counts: Counter = Counter()
    literature_counts: Counter = Counter()  # among edges a sentence states: the background layer left out
    layers: Counter = Counter()
    for a in edges:
        methods = sorted({ev.method for ev in a.evidence})
        for m in methods:
            method_counts[m] += 1
        literature = [m for m in methods if m != VOCABULARY]
        for m in literature:
            literature_counts[m] += 1
        layers["literature" if literature else "background_only"] += 1
        layers["both"] += bool(literature) and VOCABULARY in methods
    total = len(edges) or 1
    n_literature = layers["literature"] or 1
    per_doc: Counter = Counter(ev.document for a in edges for ev in a.evidence if ev.literature)
    return {
        "nodes": kg.number_of_nodes(),
        "edges": len(edges),
        "outcomes": len(kg.outcomes()),
        "categories": dict(sorted(Counter(e.category for e in kg.nodes()).items())),
        "predicates": dict(sorted(Counter(a.predicate for a in edges).items())),
        "edge_share_by_method": {m: round(c / total, 4) for m, c in sorted(method_counts.items())},
        "literature_edge_share_by_method": {m: round(c / n_literature, 4) for m, c in sorted(literature_counts.items())},
        "knowledge_layers": {k: layers[k] for k in ("literature", "background_only", "both")},
        "background": report.background,
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
