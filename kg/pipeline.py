"""Assembly: map documents to results, reduce them into one :class:`KnowledgeGraph`.

Reading is a pure map over documents; assembly is a reduce that adds entities,
pools duplicate assertions, attaches outcomes and reports conflicts (the same
arm, metric and subgroup with different values, found by :func:`kg.conflicts.find_conflicts`)
without resolving them.
"""
from __future__ import annotations

import difflib
import errno
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from kg.background import add_background
from kg.budget import DEFAULT_BUDGET_S, Overrun, checked_budget, time_limit
from kg.cache import DocumentCache
from kg.conflicts import find_conflicts
from kg.echo import cut
from kg.graph import KnowledgeGraph, SchemaViolation
from kg.heap import collector_paused, long_lived
from kg.ids import document_key, mint
from kg.model import DocumentResult, Entity
from kg.resources import bundled_corpus_dir, read_yaml

MAX_BYTES = 20_000_000
METADATA_FILE = "documents.yaml"


class CorpusError(ValueError):
    """The corpus as a whole cannot be built (missing directory, no documents)."""


class ReaderSetupError(RuntimeError):
    """The reader's own packaged data (schema, vocabulary, rule tables, curated overlay) cannot be loaded:
    a file of ``ontology/`` was damaged or edited into something the loaders refuse."""


@dataclass
class BuildReport:
    documents: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    rejected: int = 0
    background: dict | None = None  # what the background knowledge layer added (None: left out)


# documents in formats that are not read yet (plain text, PubMed/JATS/BioC XML and BioC JSON are:
# builders.formats.READERS)
PLANNED_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".md", ".markdown", ".docx", ".doc",
                              ".odt", ".rtf", ".tex", ".epub"})
READ_FORMATS = ".txt, .xml, .nxml, .json or .pdf (plain text, PubMed XML, PMC/JATS XML, BioC XML or JSON, PDF)"
# notes that come with a corpus (not documents): neither read nor listed as skipped, like documents.yaml
CORPUS_NOTES = frozenset({"readme", "sources", "license", "licence", "notice", "copying", "authors", "citation",
                          "changelog"})
_SPECIAL_FILES = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def read_suffixes() -> frozenset[str]:
    """The file-name suffixes of the documents a corpus may hold (those of :data:`builders.formats.READERS`)."""
    from builders.formats import READERS

    return frozenset(READERS)


def _skip_reason(path: Path) -> str | None:
    """Why the corpus entry ``path`` is not read as a document, or None for a document that is read.

    The entry is only looked at (``stat``), never opened: opening a named pipe would wait forever.
    """
    try:
        mode = path.stat().st_mode  # follows a symbolic link
    except OSError as exc:
        if path.is_symlink() and exc.errno == errno.ELOOP:
            return "a symbolic link that leads back to itself (a loop); remove it or point it at a document"
        if path.is_symlink() and exc.errno == errno.ENOENT:
            return (f"a symbolic link to {os.readlink(path)}, which does not exist; "
                    f"remove the link or restore its target")
        return f"cannot be looked at ({exc.strerror}); check its permissions"
    if stat.S_ISDIR(mode):
        return "a folder, not a document; folders inside the corpus are not read (move its documents up)"
    for is_kind, kind in _SPECIAL_FILES:
        if is_kind(mode):
            return f"{kind}, not a regular file; only regular files are read"
    suffix = path.suffix.lower()
    if suffix in read_suffixes():
        return None
    if suffix in PLANNED_SUFFIXES:
        return (f"not read: {suffix[1:].upper()} files are not read yet (only {READ_FORMATS}); "
                f"save it as plain text (.txt) to include it")
    return f"not a document this reader knows; only files ending in {READ_FORMATS} are read"


def corpus_entries(corpus_dir: Path) -> tuple[list[Path], list[dict]]:
    """The documents of a corpus folder (or the one file given), and every other entry with why it is not read.

    Returns
    -------
    files, skipped
        ``files`` sorted by name; ``skipped`` as ``{"entry", "reason"}`` dicts sorted by entry.
        Hidden entries (``.name``), :data:`METADATA_FILE` and notes such as ``SOURCES.md`` or
        ``README.md`` (:data:`CORPUS_NOTES`) belong with a corpus and are not listed.

    Raises :class:`CorpusError` for a missing folder, or one with no document (naming what it has).
    """
    corpus_dir = Path(corpus_dir)
    try:
        exists, is_dir = corpus_dir.exists(), corpus_dir.is_dir()
        entries = sorted(corpus_dir.iterdir()) if is_dir else []
    except OSError as exc:  # a name too long, a folder that may not be listed
        raise CorpusError(f"{cut(corpus_dir)}: cannot be read ({exc.strerror}); "
                          f"pass --corpus with a folder of documents or one document") from None
    if not exists:
        raise CorpusError(f"{cut(corpus_dir)}: no such file or directory; pass --corpus with a folder of documents "
                          f"or one document")
    if not is_dir:
        reason = _skip_reason(corpus_dir)
        if reason is not None:
            raise CorpusError(f"{cut(corpus_dir)}: {reason}")
        return [corpus_dir], []
    files, skipped = [], []
    for path in entries:
        if path.name.startswith(".") or path.name == METADATA_FILE or \
                (path.stem.lower() in CORPUS_NOTES and path.suffix.lower() not in read_suffixes()):
            continue
        reason = _skip_reason(path)
        if reason is None:
            files.append(path)
        else:
            skipped.append({"entry": path.name, "reason": reason})
    if not files:
        found = ""
        if skipped:
            names = ", ".join(s["entry"] for s in skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
            found = f" (only {names}, which {'is' if len(skipped) == 1 else 'are'} not read)"
        raise CorpusError(f"{cut(corpus_dir)}: contains no documents{found}; add files ending in {READ_FORMATS}")
    return files, skipped


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The document files of a corpus folder, sorted (see :func:`corpus_entries` for the rest)."""
    return corpus_entries(corpus_dir)[0]


_METADATA_KEYS = ("title", "citation")


def document_metadata(corpus_dir: Path) -> dict[str, dict[str, str]]:
    """Title and citation per document (its file name, or ``PMID:…`` for an article of an export), from
    the corpus folder's optional ``documents.yaml``.

    Raises :class:`CorpusError` (naming the file and line) when the file is not a mapping of file
    names to ``title``/``citation`` strings.
    """
    import yaml

    corpus_dir = Path(corpus_dir)
    path = (corpus_dir if corpus_dir.is_dir() else corpus_dir.parent) / METADATA_FILE
    if not path.is_file():
        return {}
    try:
        data = read_yaml(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        raise CorpusError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)}); fix or remove the file") from None
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a mapping of file names to title/citation; fix or remove the file")
    out = {}
    for name, fields in data.items():
        if not isinstance(fields, dict) or set(fields) - set(_METADATA_KEYS) or \
                not all(isinstance(v, str) for v in fields.values()):
            raise CorpusError(f"{path}: entry {name!r} must have only string fields {' and '.join(_METADATA_KEYS)}")
        out[str(name)] = {k: fields[k].strip() for k in _METADATA_KEYS if fields.get(k)}
    return out


def document_id(name: str) -> str:
    """The id of the Document node of a file: ``crc:doc_`` and the slug of its name without the extension.

    Any file name gives a safe id (the name itself is kept as the node's label); a name with no
    letter or digit a slug can keep (``日本語.txt``, ``#%.txt``) is named by a digest of the name.

    >>> document_id("d01_Cricket_rechallenge.txt"), document_id("A paper (v2).txt")
    ('crc:doc_d01_cricket_rechallenge', 'crc:doc_a_paper_v2')
    >>> document_id('a"b <c> {d}.txt'), document_id("日本語.txt")
    ('crc:doc_a_b_c_d', 'crc:doc_name_e1422b281110')
    >>> document_id("PMID:31388315"), document_id("export.xml#7")
    ('crc:doc_pmid_31388315', 'crc:doc_export_xml_7')
    """
    return mint("doc", document_key(name))


def document_text(corpus, name: str) -> str:
    """The exact text the evidence offsets of document ``name`` index (``text[start:end]`` is a quote).

    ``corpus`` is the folder (or the one file) the graph was built from; ``name`` is the document
    as evidence names it (its file name, ``PMID:…``, ``PMC:…``) or its id (``crc:doc_…``).
    Raises :class:`CorpusError` when no file of the corpus holds it, or the file cannot be read.
    """
    from builders import DocumentError, Unreadable, read_sources

    files, _ = corpus_entries(Path(corpus))
    wanted = {name, document_id(name) if not name.startswith("crc:doc_") else name}
    names = []
    for path in files:
        one_document = path.suffix.lower() == ".txt" and not name.startswith(("PMID:", "PMC:"))
        if one_document and path.name != name and document_id(path.name) not in wanted:
            names.append(path.name)  # a text file is its own document: no need to read it
            continue
        try:
            sources = read_sources(path)
        except DocumentError as exc:
            if path.name == name:
                raise CorpusError(str(exc)) from None
            continue
        for source in sources:
            if isinstance(source, Unreadable):
                continue
            if source.name == name or document_id(source.name) in wanted:
                return source.text
            names.append(source.name)
    close = ", ".join(difflib.get_close_matches(name, names, n=3, cutoff=0.5))
    raise CorpusError(f"no document {cut(name)} in {cut(corpus)}" + (f" (did you mean {close}?)" if close else "")
                      + "; give the document as evidence names it (a file name, PMID:..., PMC:...)")


@dataclass(frozen=True)
class ReadFailure:
    """A document that could not be read, and why (one line that names the file and what to do)."""

    document: str
    error: str


@lru_cache(maxsize=1)
def _curated() -> list[dict]:
    from builders import load_curated

    return load_curated()


@lru_cache(maxsize=1)
def _loaded_reader_data():
    """The shared reading context and the curated overlay, loaded once per process as data that lives
    as long as the process (:func:`kg.heap.long_lived`)."""
    with long_lived():
        from builders import default_context

        return default_context(), _curated()


def _reader_data():
    """The shared reading context and the curated overlay, loaded once per process. A packaged file the
    loaders refuse (the message names it) is a :class:`ReaderSetupError`, not a traceback."""
    import yaml

    try:
        return _loaded_reader_data()
    except (ValueError, OSError, yaml.YAMLError) as exc:
        raise ReaderSetupError(f"the reader's data cannot be loaded: {exc}; fix that file, or reinstall the "
                               f"package if it was not edited on purpose") from None


def warm_up() -> None:
    """Load what reading needs (schema, vocabulary, recogniser, curated overlay) in this process."""
    _reader_data()


def read_one(path, budget_s: float | None = None) -> DocumentResult | ReadFailure:
    """The result of a file that holds one document (for one of several, see :func:`read_file`).

    >>> read_one("no/such/file.txt")
    ReadFailure(document='file.txt', error='file.txt: cannot be read (No such file or directory); check the path and permissions')
    """
    outcomes = read_file(path, budget_s)
    if len(outcomes) != 1:
        name = Path(path).name
        return ReadFailure(name, f"{name}: holds {len(outcomes)} documents; read it with read_file")
    return outcomes[0]


def read_file(path, budget_s: float | None = None) -> list[DocumentResult | ReadFailure]:
    """The map step: one file in, the result (or why it failed) of each of its documents out. Pure and picklable.

    A plain-text, JATS or PDF file holds one document; a PubMed or BioC export may hold many, and
    one that cannot be read is reported while the others are read. Each document has its own time
    budget: reading that takes longer than ``budget_s`` seconds (None: no limit) is given up, and
    the document is reported as failed like any other (splitting the file into documents has a
    budget of its own). The builders check the budget between their steps;
    :func:`kg.budget.time_limit` also stops a step that runs on (see there for how, in the main
    thread of a process and in other threads).

    >>> read_file("no/such/file.txt")
    [ReadFailure(document='file.txt', error='file.txt: cannot be read (No such file or directory); check the path and permissions')]
    """
    from builders import DocumentError, Unreadable, read_source, read_sources

    budget_s = checked_budget(budget_s)
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [ReadFailure(path.name, f"{path.name}: cannot be read ({exc.strerror}); check the path and permissions")]
    if size > MAX_BYTES:
        return [ReadFailure(path.name, f"{path.name}: {size / 1e6:.0f} MB is larger than the {MAX_BYTES / 1e6:.0f} MB "
                                       f"limit for one file; split it into smaller files")]
    context, curated = _reader_data()
    try:
        with time_limit(budget_s):
            sources = read_sources(path)
    except DocumentError as exc:
        return [ReadFailure(path.name, str(exc))]
    except Overrun:
        return [ReadFailure(path.name, _timeout_message(path.name, budget_s))]
    outcomes: list[DocumentResult | ReadFailure] = []
    for source in sources:
        if isinstance(source, Unreadable):
            outcomes.append(ReadFailure(source.name, source.error))
            continue
        try:
            with collector_paused(), time_limit(budget_s):  # (reading makes no garbage cycles: kg.heap)
                outcomes.append(read_source(source, context, curated, budget_s=budget_s))
        except DocumentError as exc:
            outcomes.append(ReadFailure(source.name, str(exc)))
        except Overrun:
            outcomes.append(ReadFailure(source.name, _timeout_message(source.name, budget_s)))
    return outcomes


def _timeout_message(name: str, budget_s: float) -> str:
    """The builders' own message for a document that ran out of time (one wording for both ways of stopping)."""
    from builders import ReadingTimeout
    from builders.context import Deadline

    try:
        Deadline(0.0, budget_s).check(name)  # a deadline long passed
    except ReadingTimeout as exc:
        return str(exc)
    return f"{name}: reading took longer than the {budget_s:g} s budget for one document"


def read_all(files: list[Path], progress: Callable[[str], None] | None = None, workers: int = 1,
             executor: str = "process", scheduler: str | None = None,
             cache: DocumentCache | None = None,
             budget_s: float | None = DEFAULT_BUDGET_S) -> tuple[list[DocumentResult], list[dict]]:
    """Map :func:`read_file` over the files; a bad file or document is reported and the others go on.

    Parameters
    ----------
    files : list of Path
    progress : callable, optional
        Called with each file name as it is done (in the order documents finish).
    workers, executor, scheduler
        How the map runs (see :func:`kg.executors.map_documents`). The result does not depend on them;
        with more than one worker the largest files are handed out first.
    cache : DocumentCache, optional
        Results of files read before (same bytes, same builders) are taken from it; new ones are added.
    budget_s : float or None, default :data:`DEFAULT_BUDGET_S`
        Seconds of reading allowed per document (applied where the document is read, in the worker);
        a document that takes longer is reported as failed. None: no limit.

    Returns
    -------
    results, failed
        Results in file order; failures as ``{"document", "error"}`` dicts. Of two files with the same
        content (also when they differ only in a byte-order mark or their line endings), the second is
        reported as a duplicate, and of two documents with the same id (two files whose names slug
        alike, one PMID in two exports) the second is reported and not built.
    """
    from kg.executors import map_documents

    budget_s = checked_budget(budget_s)
    files = [Path(f) for f in files]
    outcomes: dict[int, list[DocumentResult | ReadFailure]] = {}
    todo = []
    for i, path in enumerate(files):
        hit = cache.get(path) if cache is not None else None
        if hit is not None:
            outcomes[i] = hit
            if progress:
                progress(path.name)
        else:
            todo.append(i)
    if workers > 1:
        todo.sort(key=lambda i: -_size(files[i]))
    read = partial(read_file, budget_s=budget_s)
    for j, outcome in map_documents(read, [str(files[i]) for i in todo], workers, executor, scheduler, warm_up):
        i = todo[j]
        outcomes[i] = outcome
        if cache is not None and outcome and all(isinstance(o, DocumentResult) for o in outcome):
            cache.put(files[i], outcome)
        if progress:
            progress(files[i].name)
    results, failed = [], []
    seen: dict[str, str] = {}
    named: dict[str, str] = {}
    for i, path in enumerate(files):
        for outcome in outcomes[i]:
            if isinstance(outcome, ReadFailure):
                failed.append({"document": outcome.document, "error": outcome.error})
                continue
            here = _where(outcome)
            doc_id = document_id(outcome.document)
            if doc_id in named:  # e.g. "a-b.txt" and "a_b.txt", or one PMID in two exports
                failed.append({"document": outcome.document, "error": _clash(outcome, doc_id, named[doc_id])})
                continue
            content = outcome.content_sha256 or outcome.sha256  # "" in a result cached before the field existed
            if content in seen:
                failed.append({"document": outcome.document, "error": f"{here}: same content as "
                               f"{seen[content]}; remove one of the duplicate documents"})
                continue
            named[doc_id] = seen[content] = here
            results.append(outcome)
    return results, failed


def _size(path: Path) -> int:
    """The size of a file in bytes (0 when it cannot be looked at: reading it reports why).

    Several workers are handed the largest files first, so that no large file is left to read
    alone at the end while the other workers have finished.
    """
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _where(result: DocumentResult) -> str:
    """How a message names a document: its file, or its name and the file it is in."""
    return f"{result.document} (in {result.file})" if result.file else result.document


def _clash(result: DocumentResult, doc_id: str, first: str) -> str:
    if result.file and result.document.startswith(("PMID:", "PMC:")):
        return (f"{result.document} (in {result.file}) is also {first}; the copy in {result.file} is not built; "
                f"remove the article from one of the two files")
    name = result.file or result.document
    return f"{name}: its document id {doc_id} is already that of {first}; rename one of the two files"


def assemble(results: list[DocumentResult], report: BuildReport | None = None,
             metadata: dict[str, dict[str, str]] | None = None) -> KnowledgeGraph:
    """Reduce: one graph from many document results (order-independent).

    ``metadata`` (from :func:`document_metadata`, by document name) adds a title and
    citation to Document nodes, over what the file's format says (title, journal, year, authors);
    a document's publications (PMID, PMCID, DOI) are its node's xrefs.
    """
    report = report or BuildReport()
    metadata = metadata or {}
    kg = KnowledgeGraph()
    for result in sorted(results, key=lambda r: r.document):
        attributes = dict(result.metadata) | metadata.get(result.document, {})
        kg.add_entity(Entity(document_id(result.document), "Document", result.document, xrefs=result.publications,
                             attributes=(("sha256", result.sha256), ("file", result.file or result.document),
                                         *sorted(attributes.items()))))
        for entity in result.entities:
            kg.add_entity(entity)
            kg.note_mention(entity.id, result.document)
    for result in sorted(results, key=lambda r: r.document):
        for assertion in result.assertions:
            try:
                kg.add_assertion(assertion)
            except SchemaViolation as exc:
                report.rejected += 1
                report.warnings.append(f"{result.document}: {exc}")
        for outcome in result.outcomes:
            kg.add_outcome(outcome)
        report.documents.append({"document": result.document, "sha256": result.sha256, "sentences": result.n_sentences,
                                 "tables": result.n_tables, "assertions": len(result.assertions),
                                 "outcomes": len(result.outcomes)})
        report.warnings.extend(result.warnings)
    report.conflicts = [c.to_dict() for c in find_conflicts(kg)]
    return kg


def build_graph(corpus_dir=None, progress: Callable[[str], None] | None = None, workers: int = 1,
                executor: str = "process", scheduler: str | None = None,
                cache: DocumentCache | None = None,
                budget_s: float | None = DEFAULT_BUDGET_S,
                background: bool = True) -> tuple[KnowledgeGraph, BuildReport]:
    """Build the graph of a corpus directory (default: the bundled corpus).

    ``workers``, ``executor``, ``scheduler``, ``cache`` and ``budget_s`` (seconds of reading per
    document) are passed to :func:`read_all`; the graph is the same whatever they are, as long as
    no document runs out of time. With ``background`` (the default) the background knowledge layer
    (:func:`kg.background.add_background`) is added after assembly; ``False`` leaves it out.
    """
    corpus_dir = Path(corpus_dir) if corpus_dir else bundled_corpus_dir()
    files, skipped = corpus_entries(corpus_dir)
    metadata = document_metadata(corpus_dir)
    results, failed = read_all(files, progress, workers, executor, scheduler, cache, budget_s)
    report = BuildReport(failed=failed, skipped=skipped)
    kg = assemble(results, report, metadata)
    if background:
        report.background = add_background(kg).to_dict()
    return kg, report
