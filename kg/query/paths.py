"""Generic typed paths between two nodes, found lazily with bounded hops and pruning.

By default a path follows its edges from subject to object, so every hop reads as a statement
(``MET amplification -confers_resistance_to-> anti-EGFR antibody``). The few predicates of
:data:`BACKWARD` may also be walked from object to subject because their reverse reads as a
statement too (``anti-EGFR antibody -has member-> cetuximab``); no causal, predictive or rescue
predicate is among them, so two causes of one therapy
(``A -confers_resistance_to-> X <-confers_resistance_to- B``) never make a path. ``directed=False``
walks every edge both ways (each hop records which way it goes).

The search first measures, by a breadth-first pass from the target (limited to ``max_hops`` levels and
a node budget), how far each node is from the target, or a lower bound for nodes beyond the
last complete level; the depth-first pass from the source then only steps onto nodes that
can still reach the target in the hops left. Paths come out shortest first and
one at a time, so asking for the first ten on a million-edge graph costs what those ten cost.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.echo import cut, shown
from kg.graph import KnowledgeGraph
from kg.model import Evidence
from kg.query.reasoning import hop
from kg.query.records import Hop
from kg.query.resolve import QueryError, resolve


#: Predicates a directed search may also walk from object to subject, with how the reversed edge reads.
#: Only links that classify or contain (class and member, regimen and component, gene and alteration,
#: trial and regimen): never a causal, predictive or rescue predicate.
BACKWARD: dict[str, str] = {
    "member_of": "has member",
    "subclass_of": "has kind",
    "has_component": "component of",
    "alteration_of": "has alteration",
    "evaluates": "evaluated in",
}


def reads(predicate: str, forward: bool) -> str | None:
    """How a hop reads along a path: its predicate, the :data:`BACKWARD` phrase, or None (against the statement).

    >>> reads("member_of", True), reads("member_of", False), reads("confers_resistance_to", False)
    ('member_of', 'has member', None)
    """
    return predicate if forward else BACKWARD.get(predicate)


@dataclass(frozen=True)
class Path:
    """A node sequence and, for each step, every edge joining the two nodes (``forward`` False = walked backwards).

    ``directed`` tells whether the search followed edge directions (see :data:`BACKWARD`).
    """

    nodes: tuple[str, ...]
    names: tuple[str, ...]
    steps: tuple[tuple[tuple[Hop, bool], ...], ...]
    directed: bool = True

    def __len__(self) -> int:
        return len(self.steps)

    def __str__(self) -> str:
        """The path on one line; a step that no sentence states (background knowledge only) is marked ``(background)``."""
        parts = [self.names[0]]
        for i, step in enumerate(self.steps):
            said = "|".join(sorted({reads(h.predicate, fwd) or h.predicate for h, fwd in step}))
            if all(h.background for h, _ in step):
                said += " (background)"
            readable = all(reads(h.predicate, fwd) for h, fwd in step)
            parts.append(f"-{said}->" if readable else f"<-{said}-")
            parts.append(self.names[i + 1])
        return " ".join(parts)

    def to_dict(self) -> dict:
        return {"nodes": list(self.nodes), "names": list(self.names), "directed": self.directed,
                "steps": [[dict(h.to_dict(), forward=fwd, reads=reads(h.predicate, fwd)) for h, fwd in step]
                          for step in self.steps]}


def _walkable(predicate: str, forward: bool, predicates: frozenset | None, directed: bool) -> bool:
    """May an edge of ``predicate`` be walked this way (forward = from subject to object)?"""
    if predicates is not None and predicate not in predicates:
        return False
    return forward or not directed or predicate in BACKWARD


def _neighbours(g, node: str, predicates: frozenset | None, directed: bool):
    """(neighbour, edge key, forward) for every edge that may be walked away from ``node``."""
    for _, o, key, data in g.out_edges(node, keys=True, data=True):
        if _walkable(data["predicate"], True, predicates, directed):
            yield o, key, True
    for s, _, key, data in g.in_edges(node, keys=True, data=True):
        if _walkable(data["predicate"], False, predicates, directed):
            yield s, key, False


def paths(kg: KnowledgeGraph, source: str, target: str, max_hops: int = 4, predicates: Iterable[str] | None = None,
          via_categories: Iterable[str] | None = None, directed: bool = True) -> Iterator[Path]:
    """Simple paths from ``source`` to ``target``, shortest first, generated lazily.

    Parameters
    ----------
    kg : KnowledgeGraph
    source, target : str
        Node names, synonyms or ids.
    max_hops : int
        Longest path considered (1-8).
    predicates : iterable of str, optional
        Only walk edges with these predicates.
    via_categories : iterable of str, optional
        Intermediate nodes must be of these categories (the ends may be anything).
    directed : bool
        Walk edges from subject to object, and the predicates of :data:`BACKWARD` also from object to
        subject (default). False walks every edge both ways; the direction of each hop is recorded.

    Yields
    ------
    Path

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> for p in paths(kg, "MET", "cetuximab", max_hops=3):
    ...     print(p)
    MET -has alteration-> MET amplification -confers_resistance_to-> anti-EGFR antibody -has member-> cetuximab
    >>> for p in paths(kg, "MET", "cetuximab", max_hops=3, directed=False):
    ...     print(p)
    MET -has alteration-> MET amplification -confers_resistance_to-> anti-EGFR antibody -has member-> cetuximab
    MET -has alteration-> MET overexpression <-overcomes- cetuximab + tivantinib -has_component-> cetuximab

    Two causes of resistance to one class are no path unless asked for without direction:

    >>> list(paths(kg, "MET amplification", "KRAS mutation"))
    []
    >>> [str(p) for p in paths(kg, "MET amplification", "KRAS mutation", directed=False)]
    ['MET amplification -confers_resistance_to-> anti-EGFR antibody <-predicts_resistance_to- KRAS mutation']
    >>> next(paths(kg, "KRAS G12C", "KRYSTAL-10", via_categories=["Regimen"], directed=False))
    Path(nodes=('crc:alt_kras_g12c', 'crc:regimen_adagrasib_plus_cetuximab', 'crc:trial_krystal_10'), ...)
    """
    if not isinstance(max_hops, int) or not 1 <= max_hops <= 8:
        raise QueryError(f"max_hops must be an integer from 1 to 8, not {shown(max_hops)}")
    src = resolve(kg, source).id
    dst = resolve(kg, target).id
    if src == dst:
        raise QueryError(f"{shown(source)} and {shown(target)} are the same node ({src}); a path needs two different ends")
    preds = frozenset(predicates) if predicates is not None else None
    if preds is not None:
        unknown = sorted(preds - set(kg.schema.predicates))
        if unknown:
            raise QueryError(f"unknown predicate(s) {', '.join(map(cut, unknown))}; known: {', '.join(sorted(kg.schema.predicates))}")
    cats = frozenset(via_categories) if via_categories is not None else None
    if cats is not None:
        unknown = sorted(cats - set(kg.schema.categories))
        if unknown:
            raise QueryError(f"unknown categories {', '.join(map(cut, unknown))}; known: {', '.join(sorted(kg.schema.categories))}")
    g = kg.to_networkx()
    return _search(kg, g, src, dst, max_hops, preds, cats, directed)


_BFS_BUDGET = 50_000  # nodes the backward pass may label before it stops deepening


def _search(kg, g, src, dst, max_hops, preds, cats, directed) -> Iterator[Path]:
    def passable(node: str) -> bool:
        return node in (src, dst) or cats is None or g.nodes[node]["entity"].category in cats

    # distance to the target, walking edges backwards from it, level by level within a budget;
    # a node not labelled is at least one level further than the deepest complete level
    dist = {dst: 0}
    frontier = [dst]
    complete = 0
    while frontier and complete < max_hops and len(dist) < _BFS_BUDGET:
        nxt = []
        for node in frontier:
            if node != dst and not passable(node):
                continue
            for other in _reverse_neighbours(g, node, preds, directed):
                if other not in dist and passable(other):
                    dist[other] = complete + 1
                    nxt.append(other)
        frontier = nxt
        complete += 1
    floor = complete + 1 if frontier else max_hops + 1  # frontier empty: everything reachable is labelled
    start = dist.get(src, floor)
    if start > max_hops:
        return
    for length in range(start, max_hops + 1):
        yield from _walk(kg, g, [src], length, dist, floor, preds, directed, dst)


def _reverse_neighbours(g, node, preds, directed):
    """Nodes from which one allowed step reaches ``node``."""
    for s, _, _, data in g.in_edges(node, keys=True, data=True):
        if _walkable(data["predicate"], True, preds, directed):
            yield s
    for _, o, _, data in g.out_edges(node, keys=True, data=True):
        if _walkable(data["predicate"], False, preds, directed):
            yield o


def _walk(kg, g, trail: list[str], length: int, dist: dict, floor: int, preds, directed, dst) -> Iterator[Path]:
    node = trail[-1]
    left = length - (len(trail) - 1)
    if node == dst:
        if left == 0:
            yield _make_path(kg, g, trail, preds, directed)
        return
    if left == 0:
        return
    options = sorted({other for other, _, _ in _neighbours(g, node, preds, directed)
                      if other not in trail and dist.get(other, floor) <= left - 1})
    for other in options:
        trail.append(other)
        yield from _walk(kg, g, trail, length, dist, floor, preds, directed, dst)
        trail.pop()


def _make_path(kg, g, trail, preds, directed) -> Path:
    steps = []
    for a, b in zip(trail, trail[1:]):
        step = []
        for s, o, fwd in ((a, b, True), (b, a, False)):
            for key, data in sorted((g.get_edge_data(s, o) or {}).items()):
                if _walkable(data["predicate"], fwd, preds, directed):
                    evidence = sorted(data["evidence"].values(), key=Evidence.key)
                    step.append((hop(kg, s, data["predicate"], o, evidence, data["qualifiers"]), fwd))
        steps.append(tuple(step))
    return Path(tuple(trail), tuple(kg.entity(n).name for n in trail), tuple(steps), directed)
