"""Generic typed paths between two nodes, found lazily with bounded hops and pruning.

Edges may be walked in either direction (each hop records which way it goes). The search
first measures, by a breadth-first pass from the target (limited to ``max_hops`` levels and
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


@dataclass(frozen=True)
class Path:
    """A node sequence and, for each step, every edge joining the two nodes (``forward`` False = walked backwards)."""

    nodes: tuple[str, ...]
    names: tuple[str, ...]
    steps: tuple[tuple[tuple[Hop, bool], ...], ...]

    def __len__(self) -> int:
        return len(self.steps)

    def __str__(self) -> str:
        parts = [self.names[0]]
        for i, step in enumerate(self.steps):
            preds = "|".join(sorted({h.predicate for h, _ in step}))
            forward = step[0][1]
            parts.append(f"-{preds}->" if forward else f"<-{preds}-")
            parts.append(self.names[i + 1])
        return " ".join(parts)

    def to_dict(self) -> dict:
        return {"nodes": list(self.nodes), "names": list(self.names),
                "steps": [[dict(h.to_dict(), forward=fwd) for h, fwd in step] for step in self.steps]}


def _neighbours(g, node: str, predicates: frozenset | None, directed: bool):
    """(neighbour, edge key, forward) for every allowed edge at ``node``."""
    for _, o, key, data in g.out_edges(node, keys=True, data=True):
        if predicates is None or data["predicate"] in predicates:
            yield o, key, True
    if not directed:
        for s, _, key, data in g.in_edges(node, keys=True, data=True):
            if predicates is None or data["predicate"] in predicates:
                yield s, key, False


def paths(kg: KnowledgeGraph, source: str, target: str, max_hops: int = 4, predicates: Iterable[str] | None = None,
          via_categories: Iterable[str] | None = None, directed: bool = False) -> Iterator[Path]:
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
        Walk edges only from subject to object (default: both ways, the direction is recorded).

    Yields
    ------
    Path

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> for p in paths(kg, "MET", "cetuximab", max_hops=3):
    ...     print(p)
    MET <-alteration_of- MET amplification -confers_resistance_to-> anti-EGFR antibody <-member_of- cetuximab
    MET <-alteration_of- MET overexpression <-overcomes- cetuximab + tivantinib -has_component-> cetuximab
    >>> next(paths(kg, "KRAS G12C", "KRYSTAL-10", via_categories=["Regimen"]))
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
        if preds is None or data["predicate"] in preds:
            yield s
    if not directed:
        for _, o, _, data in g.out_edges(node, keys=True, data=True):
            if preds is None or data["predicate"] in preds:
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
            if not fwd and directed:
                continue
            for key, data in sorted((g.get_edge_data(s, o) or {}).items()):
                if preds is None or data["predicate"] in preds:
                    evidence = sorted(data["evidence"].values(), key=Evidence.key)
                    step.append((hop(kg, s, data["predicate"], o, evidence, data["qualifiers"]), fwd))
        steps.append(tuple(step))
    return Path(tuple(trail), tuple(kg.entity(n).name for n in trail), tuple(steps))
