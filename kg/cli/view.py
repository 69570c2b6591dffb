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
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS,
) -> None:
    """Write a self-contained HTML network view (opens offline; hover for evidence, click to pin a card)."""
    from kg.query import QueryError
    from kg.view import ViewError, selection, write

    kg = load_graph(graph, corpus)
    try:
        chosen = selection(kg, focus=focus, hops=hops, rescue=rescue, title=title)
        path = write(chosen, out)
    except (QueryError, ViewError) as exc:
        fail(str(exc))
    stderr().print(f"Wrote {esc(str(path))}: {len(chosen.nodes)} nodes, {len(chosen.edges)} edges "
              f"({path.stat().st_size / 1e6:.1f} MB). Open it in a browser; it needs no network.")
