"""Which nodes and edges a view shows: the whole graph, a neighbourhood, or a query's answer.

Each function returns a :class:`Selection` of vis items (see :mod:`kg.view.cards`),
sorted by id so the same graph always gives the same page. A rescue answer is laid
out in columns, left to right: therapy, cause of resistance, rescued alteration,
regimen, trial arm, trial.

Examples
--------
>>> from kg.query.testing import tiny_graph
>>> kg = tiny_graph()
>>> whole = whole_graph(kg)
>>> sorted({n["category"] for n in whole.nodes} & set(STUDY_CATEGORIES))
[]
>>> everything = whole_graph(kg, everything=True)
>>> len(everything.nodes) + everything.left_out["isolated"] == kg.number_of_nodes()
True
>>> near = neighbourhood(kg, "MET amplification", hops=1)
>>> sorted(n["label"] for n in near.nodes)
['MET', 'MET amplification', 'anti-EGFR antibody']
>>> from kg.query import rescue_paths
>>> chain = answer(kg, "rescue", rescue_paths(kg, "EGFR blockade"))
>>> [(n["level"], n["label"]) for n in sorted(chain.nodes, key=lambda n: (n["level"], n["label"]))][:3]
[(0, 'anti-EGFR antibody'), (1, 'KRAS mutation'), (1, 'MET amplification')]
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kg.graph import KnowledgeGraph
from kg.query.records import ArmOutcomes, Hop
from kg.query.resolve import resolve
from kg.view.cards import Cards

KINDS = ("rescue", "mechanisms", "trials", "paths", "profile")

# What the whole-graph view draws by default: the biology. Every schema category is in one of the
# two lists (a test checks it), so a new category is drawn or hidden by a decision, not by accident.
BIOLOGY_CATEGORIES = ("Gene", "Alteration", "ResistanceMechanism", "Pathway", "Drug", "DrugClass", "Regimen",
                      "Biomarker", "CellType", "Molecule")
STUDY_CATEGORIES = ("Trial", "TrialArm", "Disease", "Document")  # trials, their arms and populations, sources
# Edges that say how things are put together rather than what they do: what a regimen contains, and
# how trials, arms, regimens and populations hang together. Hidden with the study categories.
STRUCTURE_PREDICATES = ("has_component", "has_arm", "uses_regimen", "evaluates", "studied_in")


@dataclass
class Selection:
    """The items of one view, and whether it reads left to right in levels (``hierarchical``)."""

    title: str
    subtitle: str
    nodes: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    hierarchical: bool = False
    focus: str | None = None
    #: what the view leaves out: ``isolated`` (nodes with no edge among those drawn), and the
    #: ``categories`` and ``predicates`` it hides, each with how many nodes or edges that is.
    left_out: dict = field(default_factory=lambda: {"isolated": 0, "categories": {}, "predicates": {}})


class _Collector:
    """Gathers items once each; a node keeps the lowest level it is given."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.cards = Cards(kg)
        self.nodes: dict[str, dict] = {}
        self.edges: dict[str, dict] = {}

    def node(self, node_id: str, level: int | None = None) -> None:
        if node_id not in self.nodes:
            self.nodes[node_id] = self.cards.node(node_id)
        if level is not None:
            current = self.nodes[node_id].get("level")
            self.nodes[node_id]["level"] = level if current is None else min(current, level)

    def assertion(self, a) -> None:
        """An edge of the graph, with all its evidence."""
        item = self.cards.edge(a)
        self.edges.setdefault(item["id"], item)

    def hop(self, h: Hop, levels: tuple[int, int] | None = None) -> None:
        self.node(h.subject, levels[0] if levels else None)
        self.node(h.object, levels[1] if levels else None)
        item = self.cards.edge_between(h.subject, h.predicate, h.object, h.qualifiers, h.evidence, h.inferred)
        self.edges.setdefault(item["id"], item)

    def arm(self, arm: ArmOutcomes, level: int | None = None) -> None:
        self.node(arm.arm, level)
        for h in arm.hops:
            if h.predicate == "has_arm":
                self.hop(h, None if level is None else (level + 1, level))
            else:
                self.hop(h, None if level is None else (level, level - 1))

    def tie(self, regimen: str, drug: str, level: int) -> None:
        """Draw how a one-agent regimen contains its drug: the stated edge, or an inference if none is stated."""
        stated = [a for a in self.kg.edges(regimen, "out", "has_component") if a.object == drug]
        self.node(regimen, level)
        self.node(drug, level)
        for a in stated:
            self.assertion(a)
        if not stated:
            reason = f"{self.cards.name(regimen)} gives {self.cards.name(drug)} alone"
            item = self.cards.edge_between(regimen, "has_component", drug, inferred=reason)
            self.edges.setdefault(item["id"], item)

    def selection(self, title: str, subtitle: str, hierarchical: bool = False, focus: str | None = None) -> Selection:
        nodes = [self.nodes[k] for k in sorted(self.nodes)]
        if hierarchical:  # number the levels in use 0, 1, 2 ... so no column is empty
            used = sorted({n.get("level", 0) for n in nodes})
            for n in nodes:
                n["level"] = used.index(n.get("level", 0))
        return Selection(title, subtitle, nodes, [self.edges[k] for k in sorted(self.edges)], hierarchical, focus)


def whole_graph(kg: KnowledgeGraph, title: str = "crc-resistance-kg", everything: bool = False) -> Selection:
    """The biology of the graph, or (``everything``) every category and predicate; never an isolated node.

    By default the categories of :data:`STUDY_CATEGORIES` and the edges of
    :data:`STRUCTURE_PREDICATES` are left out. Then every node with no edge left is left
    out too; ``left_out`` says how many of each were.
    """
    hidden_categories = set() if everything else set(STUDY_CATEGORIES)
    hidden_predicates = set() if everything else set(STRUCTURE_PREDICATES)
    kept = {e.id for e in kg.nodes() if e.category not in hidden_categories}
    edges = [a for a in kg.assertions() if a.predicate not in hidden_predicates
             and a.subject in kept and a.object in kept]
    linked = {a.subject for a in edges} | {a.object for a in edges}
    c = _Collector(kg)
    for node_id in sorted(linked):
        c.node(node_id)
    for a in edges:
        c.assertion(a)
    categories = Counter(e.category for e in kg.nodes() if e.category in hidden_categories)
    predicates = Counter(a.predicate for a in kg.assertions() if a.predicate in hidden_predicates)
    isolated = len(kept - linked)
    what = "the whole graph" if everything else "the biology (trials, arms, populations, documents and regimen parts hidden)"
    chosen = c.selection(title, f"{what}: {len(linked)} nodes, {len(edges)} edges; {isolated} isolated node(s) left out")
    chosen.left_out = {"isolated": isolated, "categories": dict(sorted(categories.items())),
                       "predicates": dict(sorted(predicates.items()))}
    return chosen


def neighbourhood(kg: KnowledgeGraph, focus: str, hops: int = 2) -> Selection:
    """The nodes within ``hops`` steps of ``focus`` (either direction) and every edge among them.

    Raises :class:`~kg.query.resolve.QueryError` for an unknown or ambiguous name, or ``hops`` < 0.
    """
    from kg.query.resolve import QueryError

    if hops < 0:
        raise QueryError(f"hops must be 0 or more, not {hops}")
    centre = resolve(kg, focus)
    seen = {centre.id}
    frontier = [centre.id]
    for _ in range(hops):
        frontier = sorted({n for f in frontier for n in kg.neighbors(f)} - seen)
        seen.update(frontier)
    c = _Collector(kg)
    for node_id in sorted(seen):
        c.node(node_id)
        for a in kg.edges(node_id, "out"):
            if a.object in seen:
                c.assertion(a)
    return c.selection(f"{centre.name}: {hops}-step neighbourhood", f"{len(seen)} nodes within {hops} step(s) of "
                       f"{centre.name} ({centre.category}, {centre.id})", focus=centre.id)


def answer(kg: KnowledgeGraph, kind: str, result) -> Selection:
    """The nodes and edges a query answer is made of (``kind`` is one of :data:`KINDS`)."""
    if kind not in KINDS:
        raise ValueError(f"unknown answer kind {kind!r}; expected one of {', '.join(KINDS)}")
    c = _Collector(kg)
    if kind == "rescue":
        return _rescue(c, result)
    if kind == "mechanisms":
        for m in result.mechanisms():
            for h in m.hops + m.biomarkers:
                c.hop(h)
        for h in result.biomarkers:
            c.hop(h)
        c.node(result.therapy)
        return c.selection(f"Resistance to {result.therapy_name}", f"{len(result.mechanisms())} mechanism(s)",
                           focus=result.therapy)
    if kind == "trials":
        for arm in result:
            c.arm(arm)
            for h in arm.matched:  # how the arm answers --target (a background hop is drawn dashed)
                c.hop(h)
        return c.selection("Trial arms", f"{len(result)} arm(s)")
    if kind == "paths":
        for p in result:
            for i, step in enumerate(p.steps):
                for h, forward in step:
                    c.hop(h, (i, i + 1) if forward else (i + 1, i))
        first = result[0].names if result else ("", "")
        return c.selection(f"Paths from {first[0]} to {first[-1]}", f"{len(result)} path(s)", hierarchical=bool(result))
    for cand in list(result.candidates) + list(result.against):  # profile
        c.node(cand.therapy)
        for chain in cand.reasons:
            for h in chain:
                c.hop(h)
        for h in cand.members:  # member drugs a class's chains apply to
            c.hop(h)
        for arm in cand.arms:
            c.arm(arm)
    for h in result.considerations:
        c.hop(h)
    return c.selection("Profile", f"{len(result.candidates)} candidate(s), {len(result.against)} argued against")


def _rescue(c: _Collector, paths) -> Selection:
    """therapy (0) <- cause (1) [~ rescued alteration (2)] <- regimen (3) <- arm (4) <- trial (5)."""
    for p in paths:
        c.node(p.therapy, 0)
        for h in p.hops:
            if h.predicate in ("confers_resistance_to", "predicts_resistance_to"):
                c.hop(h, (1, 0))
            elif h.predicate == "related_to":
                c.hop(h, (1, 2))
            elif h.predicate == "overcomes":
                c.hop(h, (3, 1 if p.target == p.cause else 2))
            else:  # how the asked therapy relates to the class the statement names
                c.hop(h, (0, 0))
        for arm in p.arms:
            c.arm(arm, 4)
            if arm.regimen and arm.regimen != p.regimen:  # an arm given the drug as a one-agent regimen
                c.tie(arm.regimen, p.regimen, 3)
    name = paths[0].therapy_name if paths else "the therapy"
    regimens = len({p.regimen for p in paths})
    return c.selection(f"Rescue after {name}", f"{len(paths)} chain(s) to {regimens} regimen(s): therapy → "
                       "cause of resistance → regimen that overcomes it → trial arm", hierarchical=True)
