"""The ``crckg`` command line: the Typer app and ``main``.

Each command group lives in a module beside this one (``build``, ``query``, ``rdf``, ``view``);
they import no other command module, only :mod:`kg.cli.common`. Everything heavy (the graph,
the pipeline, rdflib, pyoxigraph, pyvis, Jinja2, rich tables) is imported inside the command that
uses it, so ``crckg --help`` imports little more than Typer.
"""
from __future__ import annotations

import typer

from kg.cli import build, query, rdf, view
from kg.cli.common import CommandGroup
from kg.heap import no_final_collection

app = typer.Typer(cls=CommandGroup, add_completion=False, no_args_is_help=True,
                  help="crc-resistance-kg: a knowledge graph of therapy resistance in metastatic colorectal cancer.")
app.command("build")(build.build)
app.command("export")(build.export)
app.command("evidence-text")(build.evidence_text)
app.add_typer(query.app, name="query")
app.command("sparql")(rdf.sparql_command)
app.command("validate")(rdf.validate_command)
app.command("serve")(rdf.serve_command)
app.command("view")(view.view_command)


def main() -> None:
    """Run ``crckg`` with the command line's arguments (the console script and ``python -m kg``); the
    process ends without a last scan of its heap for garbage cycles (:func:`kg.heap.no_final_collection`)."""
    no_final_collection()
    app()
