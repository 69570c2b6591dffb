"""The storage behind :class:`kg.graph.KnowledgeGraph`: a directed multigraph of plain dictionaries.

It holds what a ``networkx.MultiDiGraph`` would (node attributes; edges keyed by (subject, object, key),
each with its attributes; successors and predecessors in insertion order) and makes that graph on
request (:meth:`Multigraph.to_networkx`), so building a graph does not import networkx (a quarter of a
second): only the commands that run networkx algorithms do.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


class Multigraph:
    """Nodes with attribute dictionaries and keyed directed edges, in insertion order.

    >>> g = Multigraph()
    >>> g.add_node("a", name="A"); g.add_node("b")
    >>> g.add_edge("a", "b", "e1", predicate="p")
    >>> g.has_edge("a", "b", "e1"), g.number_of_edges(), g.succ["a"]["b"]["e1"]["predicate"]
    (True, 1, 'p')
    >>> sorted(g.to_networkx(0).edges(keys=True))
    [('a', 'b', 'e1')]
    """

    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.succ: dict[str, dict[str, dict[str, dict]]] = {}
        self.pred: dict[str, dict[str, dict[str, dict]]] = {}
        self._edges: dict[tuple[str, str, str], dict] = {}  # every edge's attributes, in insertion order
        self._made: tuple[int, nx.MultiDiGraph] | None = None

    def __contains__(self, node: str) -> bool:
        return node in self.nodes

    def add_node(self, node: str, **attributes) -> None:
        """Add a node, or update the attributes of one already there (it keeps its place)."""
        if node in self.nodes:
            self.nodes[node].update(attributes)
            return
        self.nodes[node] = dict(attributes)
        self.succ[node] = {}
        self.pred[node] = {}

    def add_edge(self, subject: str, obj: str, key: str, **attributes) -> None:
        """Add the edge ``subject -> obj`` under ``key`` (both nodes must be there), or update its attributes."""
        data = self._edges.get((subject, obj, key))
        if data is not None:
            data.update(attributes)
            return
        data = self._edges[(subject, obj, key)] = dict(attributes)
        self.succ[subject].setdefault(obj, {})[key] = data
        self.pred[obj].setdefault(subject, {})[key] = data

    def has_edge(self, subject: str, obj: str, key: str) -> bool:
        return (subject, obj, key) in self._edges

    def edge(self, subject: str, obj: str, key: str) -> dict:
        """The attributes of one edge."""
        return self._edges[(subject, obj, key)]

    def edges(self):
        """``(subject, object, key, attributes)`` of every edge, subject by subject (as networkx orders them)."""
        for subject, neighbours in self.succ.items():
            for obj, keyed in neighbours.items():
                for key, data in keyed.items():
                    yield subject, obj, key, data

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def number_of_edges(self) -> int:
        return len(self._edges)

    def to_networkx(self, version: int) -> nx.MultiDiGraph:
        """The same graph as a frozen ``networkx.MultiDiGraph`` (nodes, neighbours and keys in the same order;
        attribute values shared), made once per ``version`` of the graph."""
        if self._made is None or self._made[0] != version:
            import networkx as nx

            g = nx.MultiDiGraph()
            for node, attributes in self.nodes.items():
                g.add_node(node, **attributes)
            for (subject, obj, key), attributes in self._edges.items():
                g.add_edge(subject, obj, key=key, **attributes)
            self._made = (version, nx.freeze(g))
        return self._made[1]
