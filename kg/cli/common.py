"""What every ``crckg`` command shares: the error console, the one-line failure exit, the graph to work on.

Nothing heavy is imported here (rich, the graph, the pipeline are imported when used), because
every command module imports this one and ``crckg --help`` imports every command module.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NoReturn, Optional

import typer
from typer.core import TyperGroup

from kg.echo import ECHO_CHARS, cut, shown

GRAPH = typer.Option(Path("out"), "--graph", help="Folder written by `crckg build` (nodes.jsonl, edges.jsonl).")
CORPUS = typer.Option(None, "--corpus", help="Build in memory from this folder (or file) of documents instead of --graph.")


class CommandGroup(TyperGroup):
    """A command group whose "No such command" error quotes a long unknown name cut (see :mod:`kg.echo`)."""

    def resolve_command(self, ctx, args):
        if args and len(args[0]) > ECHO_CHARS and args[0] not in self.commands:
            ctx.fail(f"No such command {shown(args[0])}.")
        return super().resolve_command(ctx, args)


@lru_cache(maxsize=1)
def stderr():
    """The console for messages and errors (standard error; text is printed as given, not highlighted)."""
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False)


def escape(text: str) -> str:
    """``text`` with rich markup escaped, so brackets from documents are printed, not read as styles."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def fail(message: str, code: int = 2) -> NoReturn:
    """Print ``error: MESSAGE`` (as plain text, not rich markup) on stderr and exit with ``code``."""
    stderr().print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(code)


def print_skipped(skipped: list[dict]) -> None:
    """One ``skipped:`` line on stderr for each corpus entry that is not read (see ``kg.pipeline.corpus_entries``)."""
    for s in skipped:
        stderr().print(f"[yellow]skipped:[/yellow] {escape(s['entry'])}: {escape(s['reason'])}")


def load_graph(graph: Path, corpus: Optional[Path]):
    """The graph to work on: built in memory from ``corpus``, or read from the build folder ``graph``."""
    if corpus is not None:
        from kg.pipeline import CorpusError, build_graph

        try:
            kg, report = build_graph(corpus)
        except CorpusError as exc:
            fail(str(exc))
        print_skipped(report.skipped)
        for f in report.failed:
            stderr().print(f"[yellow]skipped:[/yellow] {escape(f['error'])}")
        return kg
    from kg.export.kgx import GraphFileError, read_kgx

    try:
        built = (graph / "nodes.jsonl").is_file()
    except OSError as exc:  # e.g. a name too long
        fail(f"--graph {cut(graph)}: cannot be read ({exc.strerror}); pass the folder `crckg build` wrote")
    if not built:
        fail(f"no built graph in {cut(graph)}/ (nodes.jsonl missing). Run `crckg build --out {cut(graph)}` first, "
             f"or pass --graph DIR or --corpus DIR")
    try:
        return read_kgx(graph)
    except (FileNotFoundError, GraphFileError) as exc:
        fail(str(exc))
