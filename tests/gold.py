"""Scoring the build against the hand-annotated gold set in ``tests/data/gold.yaml``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kg.graph import KnowledgeGraph
from kg.ids import slug

GOLD = Path(__file__).parent / "data" / "gold.yaml"


def load_gold() -> dict:
    with open(GOLD, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _doc(kg: KnowledgeGraph, prefix) -> str:
    prefix = f"{int(prefix):03d}" if not isinstance(prefix, str) else prefix
    return next(e.name for e in kg.nodes("Document") if e.name.startswith(prefix))


class Index:
    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.by_name: dict[str, set[str]] = {}
        for e in kg.nodes():
            for n in (e.name, *e.synonyms, *e.xrefs, e.id, *(x.split(":", 1)[1] for x in e.xrefs)):
                self.by_name.setdefault(n.lower(), set()).add(e.id)
        self.docs_of: dict[str, set[str]] = {}
        for a in kg.assertions():
            for ev in a.evidence:
                self.docs_of.setdefault(a.subject, set()).add(ev.document)
                self.docs_of.setdefault(a.object, set()).add(ev.document)
        for o in kg.outcomes():
            self.docs_of.setdefault(o.arm, set()).add(o.evidence.document)
        for e in kg.nodes():
            self.docs_of.setdefault(e.id, set()).update(kg.mentioned_in(e.id))

    def ids(self, name: str, category: str | None = None) -> set[str]:
        found = set(self.by_name.get(str(name).lower(), set()))
        if " + " in str(name):
            parts = sorted(p.strip() for p in str(name).split(" + "))
            found |= {e.id for e in self.kg.nodes("Regimen") if self.components(e.id) == {p.lower() for p in parts}}
        return {i for i in found if category is None or self.kg.entity(i).category == category}

    def components(self, regimen_id: str) -> set[str]:
        names = set()
        for a in self.kg.assertions("has_component"):
            if a.subject == regimen_id:
                names.add(self.kg.entity(a.object).name.lower())
        return names or {self.kg.entity(regimen_id).name.lower()}


@dataclass
class Score:
    found: int = 0
    total: int = 0
    missed: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


def score(kg: KnowledgeGraph) -> dict[str, Score]:
    gold = load_gold()
    idx = Index(kg)
    out = {"entities": Score(), "relations": Score(), "outcomes": Score(), "negatives": Score()}
    for doc, category, name in gold["entities"]:
        out["entities"].total += 1
        d = _doc(kg, doc)
        if any(d in idx.docs_of.get(i, ()) for i in idx.ids(name, category)):
            out["entities"].found += 1
        else:
            out["entities"].missed.append((doc, category, name))
    edges = {}
    for a in kg.assertions():
        edges.setdefault((a.subject, a.predicate, a.object), set()).update(ev.document for ev in a.evidence)
    for doc, s, p, o in gold["relations"]:
        out["relations"].total += 1
        d = _doc(kg, doc)
        if any(d in edges.get((si, p, oi), ()) for si in idx.ids(s) for oi in idx.ids(o)):
            out["relations"].found += 1
        else:
            out["relations"].missed.append((doc, s, p, o))
    for doc, trial, regimen, metric, value in gold["outcomes"]:
        out["outcomes"].total += 1
        if _outcome_found(kg, idx, _doc(kg, doc), trial, regimen, metric, value):
            out["outcomes"].found += 1
        else:
            out["outcomes"].missed.append((doc, trial, regimen, metric, value))
    for kind, *fact in gold["negatives"]:
        out["negatives"].total += 1
        if kind == "relation":
            s, p, o = fact
            present = any((si, p, oi) in edges for si in idx.ids(s) for oi in idx.ids(o))
        else:
            trial, regimen, metric, value = fact
            present = _outcome_found(kg, idx, None, trial, regimen, metric, value, subgroup_free=True)
        if present:
            out["negatives"].missed.append(fact)
        else:
            out["negatives"].found += 1
    return out


def _outcome_found(kg, idx, doc, trial, regimen, metric, value, subgroup_free=False) -> bool:
    trials = idx.ids(trial, "Trial") | {f"crc:trial_{slug(trial)}"}
    wanted = {r.lower() for r in regimen}
    for o in kg.outcomes():
        if o.metric != metric or abs(o.value - float(value)) > 1e-9:
            continue
        if doc and o.evidence.document != doc:
            continue
        if subgroup_free and o.subgroup:
            continue
        arm = kg.entity(o.arm)
        if arm.attr("trial") not in trials:
            continue
        if idx.components(arm.attr("regimen")) == wanted:
            return True
    return False
