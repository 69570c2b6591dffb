"""``crckg build`` and ``crckg export``: read a corpus into a graph and write its outputs."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.budget import DEFAULT_BUDGET_S
from kg.cli.common import escape as esc
from kg.cli.common import fail, print_skipped, stderr
from kg.echo import cut, shown


def build(
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="Folder of documents, or one document: .txt, PubMed or "
                                          "JATS XML, BioC XML or JSON (default: the bundled corpus)."),
    out: Path = typer.Option(Path("out"), "--out", help="Output folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    workers: int = typer.Option(1, "--workers", "-j", min=1, help="Read documents in this many processes "
                                "(the output is the same for any number)."),
    executor: str = typer.Option("process", "--executor", help="process (a pool on this machine) or dask "
                                 "(a Dask cluster; needs pip install '.[dask]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Address of a running Dask scheduler "
                                            "(tcp://host:8786); without it --executor dask starts a local cluster."),
    cache: Optional[Path] = typer.Option(None, "--cache", help="Folder of cached document readings "
                                         "(default: OUT/.cache); unchanged documents are not read again."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Read every document, and keep no cache."),
    time_budget: float = typer.Option(DEFAULT_BUDGET_S, "--time-budget", metavar="SECONDS",
                                      help="Give up reading a document after this many seconds and report it as "
                                      "failed (the others are still built; exit code 1). Must be positive."),
    background: bool = typer.Option(True, "--background/--no-background",
                                    help="Add the background knowledge layer: the targets, classes and pathways the "
                                         "vocabularies record for the drugs, classes and genes the documents name "
                                         "(evidence method 'vocabulary'; default), or leave it out."),
) -> None:
    """Read the documents, build the graph and write nodes.jsonl, edges.jsonl, kg.ttl and report.json."""
    from kg.heap import long_lived

    with long_lived():  # modules stay loaded until the process ends
        from rich.console import Console
        from rich.progress import Progress
        from rich.table import Table

        from kg.budget import checked_budget
        from kg.cache import DocumentCache
        from kg.executors import ExecutorError
        from kg.outputs import OutputError, check_out, publish
        from kg.export import BUILD_FORMATS, WRITERS
        from kg.pipeline import (BuildReport, CorpusError, ReaderSetupError, assemble, corpus_entries,
                                 document_metadata, read_all, read_suffixes)
        from kg.report import report_dict, report_json

        read_suffixes()  # (imports the readers' modules, which listing the corpus needs: long-lived too)
        from kg.resources import bundled_corpus_dir

    err = stderr()
    console = Console(stderr=True, quiet=quiet, soft_wrap=True)
    if not time_budget > 0:  # also refuses NaN
        fail(f"--time-budget {time_budget:g}: give a positive number of seconds "
             f"(the default is {DEFAULT_BUDGET_S:g})")
    budget = checked_budget(time_budget)
    try:
        check_out(out)
    except OutputError as exc:
        fail(str(exc))
    try:
        corpus = corpus or bundled_corpus_dir()
        files, skipped = corpus_entries(corpus)
        metadata = document_metadata(corpus)
    except CorpusError as exc:
        fail(str(exc))
    store = None if no_cache else DocumentCache(cache or out / ".cache")
    try:
        with Progress(console=console, transient=True, disable=quiet) as progress:
            task = progress.add_task("Reading documents", total=len(files))
            results, failed = read_all(files, lambda name: progress.advance(task), workers, executor, scheduler,
                                       store, budget)
    except (ExecutorError, ReaderSetupError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        kept = "" if store is None else f"; the documents read so far are kept in the cache ({store.folder.parent})"
        fail(f"interrupted while reading; the outputs in {cut(out)} were not changed{kept}", 130)
    report = BuildReport(failed=failed, skipped=skipped)
    if not results:
        print_skipped(skipped)
        for f in failed:
            err.print(f"[red]failed:[/red] {esc(f['error'])}")
        err.print("[red]error:[/red] no document could be read; nothing was written")
        raise typer.Exit(1)
    with long_lived():  # the graph stays until the process ends: no collector passes over it while it is written
        kg = assemble(results, report, metadata)
        if background:
            from kg.background import add_background

            report.background = add_background(kg).to_dict()

    def write(staging: Path) -> list[Path]:
        written = [path for writer in (WRITERS[f] for f in BUILD_FORMATS) for path in writer(kg, staging)]
        (staging / "report.json").write_text(report_json(kg, report), encoding="utf-8")
        return written + [staging / "report.json"]

    try:
        written = publish(out, write)
    except OSError as exc:
        fail(f"--out {cut(out)}: the outputs could not be written ({exc.strerror or exc}); "
             f"the folder keeps its previous outputs", 1)
    except KeyboardInterrupt:
        fail(f"interrupted while writing the outputs; check them with `crckg validate --graph {cut(out)}` "
             f"or build again", 130)
    summary = report_dict(kg, report)
    if not quiet:
        table = Table(title="crc-resistance-kg build")
        table.add_column("what")
        table.add_column("count", justify="right")
        for key in ("nodes", "edges", "outcomes"):
            table.add_row(key, str(summary[key]))
        for cat, n in summary["categories"].items():
            table.add_row(f"  {cat}", str(n))
        for pred, n in summary["predicates"].items():
            table.add_row(f"  {pred}", str(n))
        for method, share in summary["edge_share_by_method"].items():
            table.add_row(f"edges with {method} evidence", f"{share:.1%}")
        layers = summary["knowledge_layers"]
        table.add_row("edges from the literature", str(layers["literature"]))
        table.add_row("  with curated evidence", f"{summary['literature_edge_share_by_method'].get('curated', 0):.1%}")
        table.add_row("edges from background knowledge only" if background else "background knowledge",
                      str(layers["background_only"]) if background else "left out (--no-background)")
        table.add_row("conflicting outcomes", str(len(summary["conflicts"])))
        table.add_row("documents built", str(len(results)))
        table.add_row("documents failed", str(len(failed)))
        table.add_row("corpus entries skipped", str(len(skipped)))
        if store is not None:  # the cache keeps one entry per file, whatever the articles in it
            table.add_row("files read / from cache", f"{len(files) - store.hits} / {store.hits}")
        Console().print(table)
        for w in summary["warnings"]:
            err.print(f"[yellow]warning:[/yellow] {esc(w)}")
        Console().print(f"Outputs written to [bold]{out.resolve()}[/bold]: "
                        + ", ".join(p.name for p in sorted(written)))
    print_skipped(skipped)  # printed also with --quiet, like failures
    for f in failed:
        err.print(f"[red]failed:[/red] {esc(f['error'])}")
    if failed:  # a skipped entry is not a failure: it does not change the exit code
        raise typer.Exit(1)


EXPORT_FORMATS = ("ttl (Turtle, kg.ttl), nt (N-Triples, kg.nt), jsonld (JSON-LD, kg.jsonld), kgx (KGX JSON Lines), "
                  "graphml (GraphML for Gephi, yEd, Cytoscape: kg.graphml), cyjs (Cytoscape.js JSON: kg.cyjs), "
                  "cx2 (CX2 for NDEx and Cytoscape: kg.cx2) or neo4j (Neo4j bulk-import CSV: a folder neo4j/ with "
                  "nodes.csv and relationships.csv)")


def export(
    out: Path = typer.Option(Path("out"), "--out", help="Folder with a built graph; the export is written there too, "
                             "unless --to is given."),
    format: str = typer.Option("ttl", "--format", help=EXPORT_FORMATS + "."),
    to: Optional[Path] = typer.Option(None, "--to", help="Where to write instead: a file (or an existing folder, "
                                      "to hold the format's default file name); for kgx and neo4j a folder, "
                                      "created if the folder above it exists."),
) -> None:
    """Export a built graph (read from OUT/nodes.jsonl and edges.jsonl) in one format; print the files written."""
    from kg.export import FORMATS, DestinationError, destination
    from kg.export.flat import ExportError
    from kg.export.kgx import GraphFileError, read_kgx
    from kg.rdf.mapping import RDFExportError

    if format not in FORMATS:
        fail(f"unknown format {shown(format)}; choose one of {', '.join(sorted(FORMATS))}")
    fmt = FORMATS[format]
    try:
        kg = read_kgx(out)
    except (FileNotFoundError, GraphFileError) as exc:
        fail(str(exc))
    try:
        target = destination(fmt, out, to)
    except DestinationError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{'--to' if to else '--out'} {cut(to or out)}: cannot be used ({exc.strerror or exc}); "
             f"choose a folder you can write")
    try:
        paths = fmt.write(kg, target)
    except (RDFExportError, ExportError) as exc:
        fail(str(exc), 1)
    except OSError as exc:
        fail(f"{cut(target)}: the export could not be written ({exc.strerror or exc}); choose a destination you "
             f"can write with --to", 1)
    for path in paths:
        print(path)


def evidence_text(
    document: str = typer.Argument(..., help="The document, as evidence names it (a file name, PMID:..., PMC:...)."),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="The folder (or file) the graph was built from "
                                          "(default: the bundled corpus)."),
    start: Optional[int] = typer.Option(None, "--start", help="Print only the text from this offset."),
    end: Optional[int] = typer.Option(None, "--end", help="Print only the text up to this offset."),
) -> None:
    """Print the exact text a document's evidence offsets index, so any quote can be checked.

    An evidence with start S and end E quotes characters S to E of this text (print them with
    --start S --end E). For a .txt file it is the file's text; for PubMed, JATS and BioC it is
    the text the document was read from (see README, Input formats).
    """
    import sys

    from kg.pipeline import CorpusError, document_text
    from kg.resources import bundled_corpus_dir

    try:
        text = document_text(corpus or bundled_corpus_dir(), document)
    except CorpusError as exc:
        fail(str(exc))
    for name, value in (("--start", start), ("--end", end)):
        if value is not None and not 0 <= value <= len(text):
            fail(f"{name} {value}: the text of {document} has {len(text)} characters; give an offset from 0 to "
                 f"{len(text)}")
    out = text[start:end]
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()
