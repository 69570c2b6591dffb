"""``crckg query ...``: the query functions of :mod:`kg.query` as terminal tables or JSON."""
from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from kg.cli.common import CORPUS, GRAPH, CommandGroup, fail, load_graph, stderr
from kg.cli.common import escape as esc

app = typer.Typer(cls=CommandGroup, add_completion=False, no_args_is_help=True,
                  help="Ask the graph: rescue chains, mechanisms, trials, paths, profiles, evidence, conflicts.")

JSON = typer.Option(False, "--json", help="Print the full answer (with every evidence sentence) as JSON.")
HTML = typer.Option(None, "--html", help="Also write the answer as an interactive HTML view to this .html file.")
EVIDENCE = typer.Option(False, "--evidence", "-e", help="Print the sentences behind every hop.")
LIMIT = typer.Option(50, "--limit", min=1, help="Show at most this many rows.")
NEGATIVE = "\n(negative result)"  # marks a chain whose evidence says the therapy did not work


WIDE = typer.Option(False, "--wide", help="Every column at full length and nothing shortened, whatever the "
                                          "terminal width (for wide terminals, or piping to a file).")
NARROW = 100  # below this many columns, tables merge or drop columns (an 80-column terminal gets 3-4 columns)
PIPE_WIDTH = 160  # standard output that is not a terminal, and COLUMNS unset
WIDE_WIDTH = 100_000  # --wide: as wide as the longest cell
NARROW_PRIORS = 10  # "what makes the prior fail" statements listed before the profile tables, unless --wide


def _console(wide: bool = False):
    """Standard output: the terminal's width (or COLUMNS); a pipe or file without COLUMNS gets 160 columns."""
    import os
    import sys

    from rich.console import Console

    if wide:
        return Console(width=WIDE_WIDTH, soft_wrap=True, highlight=False)
    sized = sys.stdout.isatty() or os.environ.get("COLUMNS", "").strip().isdigit()
    return Console(width=None if sized else PIPE_WIDTH, highlight=False)


def _narrow(console, wide: bool) -> bool:
    return not wide and console.width < NARROW


def _table(console, wide: bool, columns, **options):
    """A rich table (rich is imported when a table is printed, not at start-up) fitted to the console.

    ``columns`` holds ``(header, ratio, max_width)``: a column with a ratio shares the width left by the
    others in that proportion, one without is as wide as its content up to ``max_width``. Cells fold
    rather than end in an ellipsis, so nothing is cut. With ``wide`` every column is as wide as its content.
    """
    from rich.table import Table

    table = Table(expand=not wide, **options)
    for header, ratio, max_width in columns:
        if wide:
            table.add_column(header, overflow="fold")
        else:
            table.add_column(header, ratio=ratio or None, max_width=max_width, overflow="fold")
    return table


def _row(table, *cells) -> None:
    """Add a row whose cells are plain text: document text may contain brackets rich would read as markup."""
    from rich.text import Text

    table.add_row(*(Text(str(c)) for c in cells))


def _said(hop) -> str:
    """A hop's predicate as a chain prints it: ``targets (background)`` when no sentence states it."""
    return f"{hop.predicate} (background)" if hop.background else hop.predicate


def _chain(hops, max_hops: int = 0) -> str:
    """Hops on one line, each node once where two hops meet: ``A -p-> B <-q- C`` (``<-q-`` read backwards:
    C q B). Hops that do not meet are joined by `` ; ``. With ``max_hops``, a longer chain keeps its
    last ``max_hops`` hops after a count of the others. A hop no sentence states (background knowledge,
    or an inference) reads ``-p (background)->``."""
    hops = list(hops)
    skipped = len(hops) - max_hops if max_hops and len(hops) > max_hops else 0
    parts, last = ([f"(+{skipped} hop{'s' if skipped > 1 else ''}, --evidence) ..."] if skipped else []), None
    for h in hops[skipped:]:
        if last is not None and last == h.subject:
            parts.append(f"-{_said(h)}-> {h.object_name}")
            last = h.object
        elif last is not None and last == h.object:
            parts.append(f"<-{_said(h)}- {h.subject_name}")
            last = h.subject
        else:
            if last is not None:
                parts.append(";")
            parts.append(f"{h.subject_name} -{_said(h)}-> {h.object_name}")
            last = h.object
    return " ".join(parts)


def _clip(text: str, cut: Optional[int]) -> str:
    return text if cut is None or len(text) <= cut else text[:cut].rstrip() + "..."


def _more(console, shown: int, total: int, what: str, indent: str = "", hint: str = "raise --limit, or --json for all"):
    """``... and N more WHAT (HINT)`` under a list or table that shows ``shown`` of ``total`` items."""
    if total > shown:
        console.print(f"{indent}[dim]... and {total - shown} more {what} ({hint})[/dim]")


def _answer(fn, *args, **kwargs):
    from kg.query import QueryError

    try:
        return fn(*args, **kwargs)
    except QueryError as exc:
        fail(str(exc))


def _html(path: Optional[Path], kind: str, answer, kg) -> None:
    if path is None:
        return
    from kg.view import ViewError, query_html

    try:
        query_html(kg, kind, answer, path)
    except ViewError as exc:
        fail(str(exc))
    stderr().print(f"HTML view written to {esc(str(path))}")


def _deliver(kg, answer, as_json: bool, html: Optional[Path] = None, kind: str = "", wide: bool = False):
    """Write the HTML view if asked, print JSON if asked (then None), else the console to print tables on."""
    from kg.query.records import as_plain

    _html(html, kind, answer, kg)
    if as_json:
        typer.echo(json.dumps(as_plain(answer), ensure_ascii=False, indent=2))
        return None
    return _console(wide)


def _print_hops(console, hops, indent: str = "    ") -> None:
    """Each hop with its layer (literature or background), then its sentences, then its vocabulary entries."""
    for h in hops:
        quals = dict(h.qualifiers)
        marks = "".join(f" [{esc(k)}: {esc(quals[k])}]" for k in ("direction", "certainty", "population") if k in quals)
        console.print(f"{indent}[bold]{esc(h.subject_name)}[/bold] -{h.predicate}-> [bold]{esc(h.object_name)}[/bold]"
                      + (f"[italic]{marks}[/italic]" if marks else "") + f" [dim]({h.layer})[/dim]")
        if h.inferred:
            console.print(f"{indent}  [italic]inferred:[/italic] {esc(h.inferred)}")
        for e in h.evidence:
            if not e.literature:
                console.print(f"{indent}  [dim]background: {esc(e.document)} ({esc(e.section)}; {esc(e.source)}):[/dim] "
                              f"{esc(e.sentence)}", highlight=False)
                continue
            where = "; ".join(x for x in (e.section, e.study_kind.replace("_", " ")) if x)
            console.print(f"{indent}  [dim]{esc(e.document)} {e.start}-{e.end} ({esc(where)}):[/dim] {esc(e.sentence)}",
                          highlight=False)
            if e.publications:  # PubMed, PMC and doi.org links of the document
                from kg.ids import publication_link

                console.print(f"{indent}    [dim]" + esc(" ".join(filter(None, map(publication_link, e.publications))))
                              + "[/dim]", highlight=False, soft_wrap=True)


def _arms_text(arms, limit: int = 4) -> str:
    """One line per trial arm; more than ``limit`` (0: no limit) arms end in a count of the rest."""
    parts = []
    limit = limit or len(arms)
    for a in arms[:limit]:
        phase = f" (phase {a.phase})" if a.phase else ""
        cancer = f" (in {a.cancer})" if a.cancer else ""  # a trial of another cancer: its values are not colorectal
        summary = a.summary()
        parts.append(f"{a.trial_name}{phase}{cancer}" + (f": {summary}" if summary else ""))
    if len(arms) > limit:
        parts.append(f"... {len(arms) - limit} more")
    return "\n".join(parts) or "-"


@app.command()
def rescue(
    therapy: str = typer.Option(..., "--therapy", "-t", help="Drug, class or regimen that failed (e.g. 'EGFR blockade')."),
    mechanism: Optional[str] = typer.Option(None, "--mechanism", "-m", help="Only chains through this cause."),
    biomarker: Optional[str] = typer.Option(None, "--biomarker", "-b", help="Only chains tied to this biomarker."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, html: Optional[Path] = HTML,
    evidence: bool = EVIDENCE, limit: int = LIMIT, wide: bool = WIDE,
) -> None:
    """Rescue chains: what makes THERAPY fail, what overcomes it, which trials tested that, with what outcome."""
    from kg.query import rescue_paths

    kg = load_graph(graph, corpus)
    paths = _answer(rescue_paths, kg, therapy, mechanism=mechanism, biomarker=biomarker)
    console = _deliver(kg, paths, as_json, html, "rescue", wide)
    if console is None:
        return
    if not paths:
        console.print(f"No rescue chain found for {esc(repr(therapy))}" + (" with these filters." if mechanism or biomarker else "."))
        return
    narrow = _narrow(console, wide)
    title = f"Rescue chains after {paths[0].therapy_name} ({len(paths)})"
    if narrow:  # cause and rescued target in one column, evidence and documents under the regimen
        columns = [("#", 0, None), ("resistance cause -> rescued", 3, None), ("regimen", 3, None),
                   ("trial arms and outcomes", 4, None)]
    else:
        columns = [("#", 0, None), ("evidence", 0, 12), ("resistance cause", 2, None), ("rescued", 2, None),
                   ("regimen", 2, None), ("trial arms and outcomes", 4, None), ("docs", 0, None), ("via", 2, None)]
    table = _table(console, wide, columns, title=title, show_lines=True)
    for i, p in enumerate(paths[:limit], 1):
        via = p.via + (" + background hop" if p.inferred else "") + (f"; matched: {p.match}" if p.match else "")
        arms = _arms_text(p.arms, 0 if wide else 4)
        strength = p.strength + (NEGATIVE if p.negative else "")
        if narrow:
            cause = p.cause_name + (f"\n-> {p.target_name}" if p.target_name != p.cause_name else "")
            cause += f"\n({via})" if via != "direct" else ""
            docs = len(p.documents)
            regimen = f"{p.regimen_name}\n[{strength}; {docs} doc{'s' if docs != 1 else ''}]"
            _row(table, str(i), cause, regimen, arms)
        else:
            _row(table, str(i), strength, p.cause_name, p.target_name, p.regimen_name, arms,
                 str(len(p.documents)), via)
    console.print(table)
    _more(console, min(limit, len(paths)), len(paths), "chains")
    if evidence:
        for i, p in enumerate(paths[:limit], 1):
            console.print(f"[bold]{i}. {esc(p.cause_name)} -> {esc(p.regimen_name)}[/bold]")
            _print_hops(console, p.hops)
            for a in p.arms:
                console.print(f"    arm: {esc(a.arm_name)} (phase {a.phase or '?'}): {esc(a.summary() or 'no outcome read')}")
    else:
        console.print("[dim]Add --evidence for the sentences behind every hop, or --json for everything.[/dim]")


@app.command()
def mechanisms(
    therapy: str = typer.Option(..., "--therapy", "-t", help="Drug, class or regimen."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, html: Optional[Path] = HTML,
    evidence: bool = EVIDENCE, wide: bool = WIDE,
) -> None:
    """Mechanisms of resistance to THERAPY by taxonomy class, primary vs acquired, with biomarkers."""
    from kg.query import resistance_mechanisms
    from kg.query.mechanisms import specimen_of

    kg = load_graph(graph, corpus)
    report = _answer(resistance_mechanisms, kg, therapy)
    console = _deliver(kg, report, as_json, html, "mechanisms", wide)
    if console is None:
        return
    narrow = _narrow(console, wide)
    if not report.groups:
        console.print(f"No resistance mechanism recorded for {esc(report.therapy_name)}.")
    for _, label, ms in report.groups:
        if narrow:  # kind and via under the cause; docs are in --wide and --json
            columns = [("cause", 3, None), ("primary/ acquired", 0, 11), ("detected by", 3, None)]
        else:
            columns = [("cause", 3, None), ("kind", 0, 20), ("primary/acquired", 0, 16), ("via", 2, None),
                       ("docs", 0, None), ("detected by", 3, None)]
        table = _table(console, wide, columns, title=f"{label} ({len(ms)})", title_justify="left")
        for m in ms:
            detected = ", ".join(f"{b.subject_name if b.subject != m.cause else b.object_name} ({specimen_of(b)})"
                                 for b in m.biomarkers) or "-"
            kinds = " / ".join(m.resistance_types)
            joined = "".join(f"\n(kind of {h.object_name})" if h.subject == m.cause else f"\n(has kind {h.subject_name})"
                             for h in m.kinds)
            if narrow:
                via = f"\n({m.via})" if m.via != "direct" else ""
                _row(table, f"{m.cause_name}\n[{m.category}]{via}{joined}", kinds, detected)
            else:
                _row(table, m.cause_name + joined, m.category, kinds, m.via, str(len(m.documents)), detected)
        console.print(table)
        if evidence:
            for m in ms:
                console.print(f"  [bold]{esc(m.cause_name)}[/bold]")
                _print_hops(console, m.hops + m.kinds)
    if report.biomarkers:
        table = _table(console, wide, [("biomarker", 3, None), ("predicts", 0, None), ("specimen", 2, None),
                                       ("docs", 0, None)],
                       title=f"Biomarkers for {report.therapy_name}", title_justify="left")
        for b in report.biomarkers:
            _row(table, b.subject_name, b.predicate.replace("predicts_", "").replace("_to", ""), specimen_of(b),
                          str(len(b.documents)))
        console.print(table)


@app.command()
def trials(
    regimen: Optional[str] = typer.Option(None, "--regimen", help="Arms whose regimen is or contains this regimen."),
    drug: Optional[str] = typer.Option(None, "--drug", help="Arms whose regimen contains this drug or class."),
    target: Optional[str] = typer.Option(None, "--target", help="Arms with a drug acting on this gene (e.g. ERBB2)."),
    biomarker: Optional[str] = typer.Option(None, "--biomarker", help="Arms whose regimen is linked to this biomarker."),
    phase: Optional[str] = typer.Option(None, "--phase", help="I, II, III or IV (1-4 accepted)."),
    line: Optional[str] = typer.Option(None, "--line", help="first-line, second-line or later-line."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, html: Optional[Path] = HTML,
    limit: int = LIMIT, wide: bool = WIDE,
) -> None:
    """Trial arms with their outcomes (ORR, DCR, median PFS/OS, HR), filtered."""
    from kg.query import trials as find_trials
    from kg.query.records import range_text

    kg = load_graph(graph, corpus)
    table_ = _answer(find_trials, kg, regimen=regimen, drug=drug, target=target, biomarker=biomarker, phase=phase, line=line)
    console = _deliver(kg, table_, as_json, html, "trials", wide)
    if console is None:
        return
    if not len(table_):
        console.print("No trial arm matches these filters.")
        return
    narrow = _narrow(console, wide)
    if wide:
        cols = ("trial", "phase", "line", "regimen", "n", "ORR", "DCR", "mPFS", "mOS", "mDoR", "HR_PFS", "HR_OS", "docs")
    elif narrow:  # phase and line under the trial name; hazard ratios and docs in --wide and --json
        cols = ("trial", "regimen", "n", "ORR", "mPFS", "mOS")
    else:
        cols = ("trial", "regimen", "n", "ORR", "DCR", "mPFS", "mOS", "HR_PFS", "HR_OS", "docs")
    if target is not None and wide:  # how each arm answers --target: its drug's targets hop, by layer
        cols = cols[:2] + ("matched by",) + cols[2:]  # (under the regimen when the table must fit the terminal)
    flexible = {"trial": 3, "regimen": 3, "matched by": 3}
    table = _table(console, wide, [(c, flexible.get(c, 0), None if c in flexible else 8) for c in cols],
                   title=f"Trial arms ({len(table_)})", show_lines=not wide)
    for row, rec in zip(table_.rows[:limit], table_.records()[:limit]):
        cells = []
        for col in cols:
            value = rec.get(col)
            if col == "matched by":
                value = _chain(row.matched)
            elif col == "regimen" and not wide and row.matched:
                value = f"{value}\n(matched by {_chain(row.matched)})"
            elif col == "docs":
                value = len(rec["documents"])
            elif value is None and rec.get(f"{col}_range"):
                value = range_text(*rec[f"{col}_range"])  # a range over pooled studies
            elif col == "trial" and rec.get("status"):
                value = f"{value} ({rec['status']})"  # an ongoing trial's arm is design, not a result
            if col == "trial" and rec.get("cancer"):
                value = f"{value} (in {rec['cancer']})"  # a trial of another cancer: its values are not colorectal
            if col == "trial" and not wide:
                value = "\n".join([str(value)] + ([f"phase {rec['phase']}"] if rec.get("phase") else [])
                                   + ([rec["line"]] if rec.get("line") else []))
            if isinstance(value, list):
                value = ("/" if narrow else " / ").join(f"{v:g}" for v in value)
            elif isinstance(value, float):
                value = f"{value:g}"
            cells.append("-" if value is None else str(value))
        _row(table, *cells)
    console.print(table)
    _more(console, min(limit, len(table_)), len(table_), "arms")
    if narrow:
        console.print("[dim]DCR, mDoR, HR_PFS, HR_OS and docs: --wide or --json.[/dim]")


@app.command()
def paths(
    source: str = typer.Argument(..., help="Start node (name, synonym or id)."),
    target: str = typer.Argument(..., help="End node."),
    max_hops: int = typer.Option(3, "--max-hops", min=1, max=8, help="Longest path."),
    predicate: Optional[List[str]] = typer.Option(None, "--predicate", "-p", help="Only these predicates (repeatable)."),
    via: Optional[List[str]] = typer.Option(None, "--via", help="Intermediate nodes of these categories (repeatable)."),
    directed: bool = typer.Option(True, "--directed/--undirected",
                                  help="Follow edges from subject to object (default; a few containment links such as "
                                       "member_of may be walked back, shown as 'has member'), or walk every edge both ways."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, html: Optional[Path] = HTML,
    evidence: bool = EVIDENCE, limit: int = typer.Option(20, "--limit", min=1, help="Show at most this many paths."),
    wide: bool = WIDE,
) -> None:
    """Typed paths between two nodes, shortest first, following the direction of the edges unless --undirected."""
    from itertools import islice

    from kg.query import paths as find_paths

    kg = load_graph(graph, corpus)
    found = _answer(lambda: list(islice(find_paths(kg, source, target, max_hops=max_hops, predicates=predicate,
                                                   via_categories=via, directed=directed), limit)))
    console = _deliver(kg, found, as_json, html, "paths", wide)
    if console is None:
        return
    if not found:
        if directed:
            console.print(f"No directed path of at most {max_hops} hops from {esc(repr(source))} to {esc(repr(target))}; "
                          "add --undirected to walk edges both ways.")
        else:
            console.print(f"No path of at most {max_hops} hops.")
        return
    for i, p in enumerate(found, 1):
        console.print(f"{i}. {esc(str(p))}")
        if evidence:
            _print_hops(console, [h for step in p.steps for h, _ in step])
    if len(found) == limit:
        console.print(f"[dim]First {limit} paths shown; raise --limit for more.[/dim]")


@app.command()
def profile(
    alteration: Optional[List[str]] = typer.Option(
        None, "--alteration", "-a",
        help="Tumour alteration or status (repeatable): 'KRAS G12C', 'HER2-amplified', 'RAS wild-type', "
             "'HER2-negative', 'MSI-H'."),
    prior: Optional[List[str]] = typer.Option(
        None, "--prior", help="Therapy already given (repeatable): 'cetuximab', 'FOLFOX + bevacizumab'."),
    msi: Optional[str] = typer.Option(None, "--msi", help="MSI-H, dMMR, MSS or pMMR."),
    sidedness: Optional[str] = typer.Option(None, "--sidedness", help="left or right."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, html: Optional[Path] = HTML,
    evidence: bool = EVIDENCE, limit: int = LIMIT, wide: bool = WIDE,
) -> None:
    """Regimens a tumour profile points to and therapies it argues against (literature summary, not advice)."""
    from kg.query import profile as make_profile

    kg = load_graph(graph, corpus)
    answer = _answer(make_profile, kg, alterations=alteration or [], prior_therapies=prior or [], msi=msi,
                     sidedness=sidedness)
    console = _deliver(kg, answer, as_json, html, "profile", wide)
    if console is None:
        return
    console.print(f"[bold yellow]{esc(answer.disclaimer)}[/bold yellow]")
    if answer.statuses:
        console.print(f"statuses: {esc(', '.join(answer.statuses))}")
    for p in answer.priors:
        console.print(f"prior: [bold]{esc(p.name)}[/bold] (counts as received: {esc(', '.join(p.received))}); "
                      f"{len(p.resistance)} statement(s) of what makes it fail")
        shown = limit if wide else min(limit, NARROW_PRIORS)
        for chain in p.resistance[:shown]:
            console.print("  " + esc(_chain(chain)))
        _more(console, min(shown, len(p.resistance)), len(p.resistance), "statements", "  ", "--json for all")
    narrow = _narrow(console, wide)
    reasons, hops = (0, 0) if wide else ((2, 3) if narrow else (3, 4))  # per row, per reason; 0: all
    for title, rows in (("Candidate regimens", answer.candidates), ("Argued against", answer.against),
                        ("Already received", answer.already_received)):
        if title == "Already received" and not rows:
            continue
        if narrow:  # evidence and documents under the therapy
            columns = [("therapy", 2, None), ("why", 4, None), ("trial arms and outcomes", 3, None)]
        else:
            columns = [("therapy", 2, None), ("evidence", 0, 12), ("why", 4, None), ("trial arms and outcomes", 3, None),
                       ("docs", 0, None)]
        table = _table(console, wide, columns, title=f"{title} ({len(rows)})", title_justify="left", show_lines=True)
        for c in rows[:limit]:
            why = [_chain(chain, hops) for chain in c.reasons[:reasons or None]]
            if reasons and len(c.reasons) > reasons:
                why.append(f"... {len(c.reasons) - reasons} more (--evidence)")
            name = c.therapy_name + (f"\n(after {', '.join(c.after)})" if c.after else "")
            name += f"\n(and members {', '.join(h.subject_name for h in c.members)})" if c.members else ""
            strength = c.strength + (NEGATIVE if c.negative else "")
            arms = _arms_text(c.arms, 0 if wide else 3)
            if narrow:
                docs = len(c.documents)
                _row(table, f"{name}\n[{strength}; {docs} doc{'s' if docs != 1 else ''}]", "\n".join(why), arms)
            else:
                _row(table, name, strength, "\n".join(why), arms, str(len(c.documents)))
        console.print(table)
        _more(console, min(limit, len(rows)), len(rows), "therapies")
        if evidence:
            for c in rows[:limit]:
                console.print(f"  [bold]{esc(c.therapy_name)}[/bold]")
                for chain in c.reasons:
                    _print_hops(console, chain)
    for h in answer.considerations:
        console.print(f"consideration: {esc(h.subject_name)} -{h.predicate}-> {esc(h.object_name)}")
    for note in answer.notes:
        console.print(f"[italic]note:[/italic] {esc(note)}")


@app.command("evidence")
def evidence_(
    node: str = typer.Argument(..., help="The node (name, synonym or id); with --object, the edge's subject."),
    predicate: Optional[str] = typer.Option(None, "--predicate", "-p", help="Only this predicate."),
    object_: Optional[str] = typer.Option(None, "--object", "-o", help="Only the edges from NODE to this node."),
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON,
    limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many edges."), wide: bool = WIDE,
) -> None:
    """The sentences behind every edge of NODE (leaving or entering it), or behind the edges NODE -> OBJECT."""
    from kg.query import evidence as find_evidence
    from kg.query import node_evidence

    kg = load_graph(graph, corpus)
    if object_ is None:
        hops = _answer(node_evidence, kg, node, predicate)
    else:
        hops = _answer(find_evidence, kg, node, predicate, object_)
    console = _deliver(kg, hops, as_json, wide=wide)
    if console is None:
        return
    if not hops:
        console.print("No such edge." if object_ is not None else f"No edge touches {esc(repr(node))}"
                      + (f" with predicate {esc(predicate)}." if predicate else "."))
        return
    sentences = sum(1 for h in hops for e in h.evidence if e.literature)
    entries = sum(1 for h in hops for e in h.evidence if not e.literature)
    console.print(f"[bold]{len(hops)} edge(s), {sentences} sentence(s)"
                  + (f", {entries} background vocabulary entr{'y' if entries == 1 else 'ies'}" if entries else "") + "[/bold]")
    _print_hops(console, hops[:limit], indent="")
    if len(hops) > limit:
        console.print(f"[dim]First {limit} of {len(hops)} edges shown; raise --limit for more, or --json for all.[/dim]")


@app.command()
def conflicts(
    graph: Path = GRAPH, corpus: Optional[Path] = CORPUS, as_json: bool = JSON, wide: bool = WIDE,
) -> None:
    """Outcomes of one trial arm reported with different values (text vs table, or across documents)."""
    from kg.query import conflicts as find_conflicts

    kg = load_graph(graph, corpus)
    found = find_conflicts(kg)
    console = _deliver(kg, found, as_json, wide=wide)
    if console is None:
        return
    narrow = _narrow(console, wide)
    if narrow:  # metric and subgroup under the arm
        columns = [("arm", 2, None), ("values", 0, 10), ("sources", 5, None)]
    else:
        columns = [("arm", 2, None), ("metric", 0, None), ("subgroup", 1, None), ("values", 0, 14), ("sources", 5, None)]
    table = _table(console, wide, columns, title=f"Conflicting outcome values ({len(found)})", show_lines=True)
    cut = None if wide else (80 if narrow else 120)  # characters of each sentence; --wide and --json have them whole
    for c in found:
        sources = "\n".join(f"{v:g} [{kind}] {e.document} {e.start}-{e.end}: {_clip(e.sentence, cut)}"
                            for v, kind, e in c.sources)
        values = " vs ".join(f"{v:g}" for v in c.values)
        if narrow:
            _row(table, f"{c.arm_name}\n{c.metric}" + (f"\n({c.subgroup})" if c.subgroup else ""), values, sources)
        else:
            _row(table, c.arm_name, c.metric, c.subgroup or "-", values, sources)
    console.print(table)
