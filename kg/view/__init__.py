"""Interactive HTML network views (pyvis / vis-network) that open offline from ``file://``.

Three kinds of view share one page:

- the whole graph, laid out by physics that settles and then stops: by default its biology only,
  without isolated nodes, large categories gathered into clusters that open on a click;
- the neighbourhood of one node (``focus``, ``hops``);
- a query's answer; a rescue answer reads left to right: therapy → cause of resistance →
  regimen that overcomes it → trial arm → trial.

Nodes are coloured and shaped by category and sized by degree; edges are coloured and
labelled by predicate. Hovering shows a card (identifiers as links, synonyms, evidence
sentences with document and section, trial-arm outcomes); clicking pins it in the side
panel. A search box and category/predicate filters sit beside the network.

Examples
--------
>>> import tempfile, pathlib
>>> from kg.query.testing import tiny_graph
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> to_html(tiny_graph(), folder / "tiny.html").name
'tiny.html'
>>> to_html(tiny_graph(), folder / "rescue.html", rescue="EGFR blockade").stat().st_size > 100_000
True
"""
from __future__ import annotations

from pathlib import Path

from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.view.page import ViewError, render, write
from kg.view.select import KINDS, Selection, answer, neighbourhood, whole_graph

__all__ = ["to_html", "query_html", "selection", "render", "ViewError", "Selection", "KINDS"]


def selection(kg: KnowledgeGraph, focus: str | None = None, hops: int = 2, rescue: str | None = None,
              title: str | None = None, everything: bool = False) -> Selection:
    """What :func:`to_html` draws (see there for the parameters)."""
    if focus is not None and rescue is not None:
        raise ViewError("choose a neighbourhood (focus) or rescue chains (rescue), not both")
    if everything and (focus is not None or rescue is not None):
        raise ViewError("everything (--all) is for the whole-graph view; a neighbourhood or rescue view "
                        "already draws every category it reaches")
    if rescue is not None:
        from kg.query import rescue_paths

        paths = rescue_paths(kg, rescue)
        if not paths:
            raise ViewError(f"no rescue chain found for {shown(rescue)}, so there is nothing to draw")
        chosen = answer(kg, "rescue", paths)
    elif focus is not None:
        chosen = neighbourhood(kg, focus, hops)
    else:
        chosen = whole_graph(kg, everything=everything)
    if title:
        chosen.title = title
    return chosen


def to_html(kg: KnowledgeGraph, path, focus: str | None = None, hops: int = 2, rescue: str | None = None,
            title: str | None = None, everything: bool = False) -> Path:
    """Write an interactive view of ``kg`` to ``path`` (a self-contained ``.html`` file).

    Parameters
    ----------
    kg : KnowledgeGraph
    path : str or Path
        Output file; must end in ``.html`` and its folder must exist. Written atomically.
    focus : str, optional
        Draw only the neighbourhood of this node (name, synonym or id).
    hops : int, default 2
        Radius of the neighbourhood, in edges followed either way.
    rescue : str, optional
        Draw the rescue chains after this therapy ("EGFR blockade"), left to right.
    title : str, optional
        Page heading (default: says what the view shows).
    everything : bool, default False
        Whole-graph view only. By default it draws the biology: genes, alterations, mechanisms,
        pathways, drugs, classes, regimens, biomarkers, cells and molecules, without trials, arms,
        populations, documents and structure edges (what a regimen contains, trial bookkeeping).
        ``True`` draws every category and predicate. Either way, a node left with no edge is not
        drawn; the page says how many were left out.

    Returns
    -------
    Path
        The written file.

    Raises
    ------
    kg.query.QueryError
        ``focus`` or ``rescue`` names no node, or several.
    ViewError
        Bad output path, both ``focus`` and ``rescue`` given, ``everything`` with either, or nothing to draw.
    """
    return write(selection(kg, focus, hops, rescue, title, everything), path)


def query_html(kg: KnowledgeGraph, kind: str, result, path) -> Path:
    """Write the answer of a ``kg.query`` function as a view (``kind``: one of :data:`KINDS`)."""
    return write(answer(kg, kind, result), path)
