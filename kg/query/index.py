"""Look-up tables the queries share, built once per graph version.

Queries must stay fast on large graphs, so anything that would otherwise scan all
nodes (names, alterations by gene, arms by regimen) is indexed here the first
time a graph is queried and rebuilt only when the graph changes.
"""
from __future__ import annotations

import weakref
from collections import defaultdict
from dataclasses import dataclass, field

from kg.graph import KnowledgeGraph
from kg.vocab import load_vocabulary

_CACHE: "weakref.WeakKeyDictionary[KnowledgeGraph, GraphIndex]" = weakref.WeakKeyDictionary()


@dataclass
class GraphIndex:
    names: dict[str, set[str]] = field(default_factory=dict)  # lower-cased name/synonym/id/xref -> node ids
    name_parts: dict[str, set[str]] = field(default_factory=dict)  # halves of one-word names with "/" (MSI-H/dMMR)
    alterations_by_gene: dict[str, list[str]] = field(default_factory=dict)  # gene symbol -> alteration ids
    biomarkers_by_gene: dict[str, list[str]] = field(default_factory=dict)  # gene(s) ("RAS/BRAF") -> biomarker ids
    family_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # family symbol -> member symbols
    monotherapy: dict[str, str] = field(default_factory=dict)  # drug/class id -> its one-component regimen id
    arms_by_regimen: dict[str, list[str]] = field(default_factory=dict)
    trial_of_arm: dict[str, str] = field(default_factory=dict)
    drug_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # vocabulary: drug id -> class ids
    class_members: dict[str, tuple[str, ...]] = field(default_factory=dict)  # vocabulary: class id -> drug ids
    drug_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # vocabulary: drug/class id -> gene ids
    version: int = -1


def _add_name(names: dict[str, set[str]], text: str, node_id: str) -> None:
    if text:
        names.setdefault(text.lower(), set()).add(node_id)


def graph_index(kg: KnowledgeGraph) -> GraphIndex:
    """The (cached) index of ``kg``; rebuilt when ``kg.version`` has moved on."""
    idx = _CACHE.get(kg)
    if idx is not None and idx.version == kg.version:
        return idx
    vocab = load_vocabulary()
    idx = GraphIndex(version=kg.version)
    by_gene: dict[str, list[str]] = defaultdict(list)
    markers: dict[str, list[str]] = defaultdict(list)
    arms: dict[str, list[str]] = defaultdict(list)
    for e in kg.nodes():
        for text in (e.id, e.name, *e.synonyms, *e.xrefs, *(x.split(":", 1)[1] for x in e.xrefs if ":" in x)):
            _add_name(idx.names, text, e.id)
        if "/" in e.name and " " not in e.name:
            for part in e.name.split("/"):
                _add_name(idx.name_parts, part.strip(), e.id)
        if e.category == "Alteration" and e.attr("gene"):
            by_gene[e.attr("gene")].append(e.id)
        elif e.category == "Biomarker" and e.attr("gene"):
            markers[e.attr("gene")].append(e.id)
        elif e.category == "Regimen" and e.attr("monotherapy"):
            idx.monotherapy[e.attr("monotherapy")] = e.id
        elif e.category == "TrialArm":
            if e.attr("regimen"):
                arms[e.attr("regimen")].append(e.id)
            if e.attr("trial"):
                idx.trial_of_arm[e.id] = e.attr("trial")
    idx.alterations_by_gene = {k: sorted(v) for k, v in by_gene.items()}
    idx.biomarkers_by_gene = {k: sorted(v) for k, v in markers.items()}
    idx.arms_by_regimen = {k: sorted(v) for k, v in arms.items()}
    for family_id, members in vocab.family_members.items():
        family = vocab.entities.get(family_id)
        if family is not None:
            idx.family_members[family.name] = tuple(members)
    idx.drug_classes = dict(vocab.drug_classes)
    members: dict[str, list[str]] = defaultdict(list)
    for drug, classes in sorted(vocab.drug_classes.items()):
        for cls in classes:
            members[cls].append(drug)
    idx.class_members = {k: tuple(v) for k, v in members.items()}
    idx.drug_targets = dict(vocab.drug_targets)
    _CACHE[kg] = idx
    return idx
