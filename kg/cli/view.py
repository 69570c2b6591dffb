"""``crckg view``: write an interactive HTML view of the graph, a neighbourhood or the rescue chains."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.common import CORPUS, GRAPH, fail, load_graph, stderr
from kg.cli.common import escape as esc


def view_command(
    out: Path = typer.Option(Path("view.html"), "--out", "-o", help="HTML file to write (must end in .html)."),
    focus: Optional[str] = typer.Option(None, "--focus", "-f", help="Only the neighbourhood of this node "
                                        "(name, synonym or id), e.g. 'MET amplification'."),
    hops: int = typer.Option(2, "--hops", min=0, max=6, help="Radius of the --focus neighbourhood, in edges."),
    rescue: Optional[str] = typer.Option(None, "--rescue", "-r", help="The rescue chains after this therapy, left "
                                         "to right (e.g. 'EGFR blockade')."),
    title: Optional[str] = typer.Option(None, "--title", help="Page heading (default: says what is shown)."),
    everything: bool = typer.Option(False, "--all", help="Whole graph: draw trials, arms, populations, documents "
                                    "and structure edges too (by default only the biology is drawn)."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS,
) -> None:
    """Write a self-contained HTML network view (opens offline; hover for evidence, click to pin a card)."""
    from kg.query import QueryError
    from kg.view import ViewError, selection, write

    kg = load_graph(graph, corpus)
    try:
        chosen = selection(kg, focus=focus, hops=hops, rescue=rescue, title=title, everything=everything)
        path = write(chosen, out)
    except (QueryError, ViewError) as exc:
        fail(str(exc))
    err = stderr()
    err.print(f"Wrote {esc(str(path))}: {len(chosen.nodes)} nodes, {len(chosen.edges)} edges "
              f"({path.stat().st_size / 1e6:.1f} MB). Open it in a browser; it needs no network.")
    left = chosen.left_out
    if left["isolated"]:
        err.print(f"Left out {left['isolated']} isolated node(s) (no edge among those drawn).")
    if left["categories"] or left["predicates"]:
        hidden = [f"{k} {n}" for k, n in left["categories"].items()]
        hidden += [f"{k.replace('_', ' ')} {n}" for k, n in left["predicates"].items()]
        err.print(f"Hidden (--all draws them): {esc(', '.join(hidden))}.")
