"""The reading cache behind incremental builds: one file's results, keyed by its bytes and the builders.

An entry is keyed by the file name, the SHA-256 of the file's bytes and :func:`builder_version`
(a digest of the builders' code and the ontology they read). Change a document, the
vocabulary or a builder, and only what that touches is read again. Entries are written
atomically; an entry that cannot be read is ignored and overwritten.

Entries are data, never code: JSON decoded by msgspec against the :class:`~kg.model.DocumentResult`
types, so a file planted in a shared or writable cache folder can at worst be a miss (an entry
that does not validate, or that is not the result of the file it is named for, is read again).
Pickle is not used, because loading a pickle runs whatever code it names.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import msgspec

from kg.atomic import atomic_open
from kg.model import DocumentResult

# What reading a document depends on, besides the document: these packages' files.
_INPUTS = (("builders", (".py",)), ("ontology", (".yaml", ".tsv")), ("kg", ("model.py", "ids.py", "schema.py",
                                                                         "vocab.py", "gene_tables.py",
                                                                         "resources.py")))


@lru_cache(maxsize=1)
def builder_version() -> str:
    """A digest of every file reading depends on (builders, vocabularies, schema, model); 16 hex digits."""
    from importlib.resources import files

    digest = hashlib.sha256()
    for package, endings in _INPUTS:
        root = Path(str(files(package)))
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(endings)
                           and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class DocumentCache:
    """Read results on disk under ``folder/<builder version>/``; counts hits and misses."""

    def __init__(self, folder):
        self.folder = Path(folder) / builder_version()
        self.hits = 0
        self.misses = 0
        self._entries: dict[Path, Path] = {}

    def _entry(self, path: Path) -> Path:
        """Where the result of ``path`` as it is now is kept (its bytes are hashed once per build)."""
        entry = self._entries.get(path)
        if entry is None:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            name = hashlib.sha256(path.name.encode("utf-8")).hexdigest()[:16]
            entry = self._entries[path] = self.folder / f"{digest}-{name}.json"
        return entry

    def get(self, path: Path) -> list[DocumentResult] | None:
        """The cached results of this file's documents as it is now, or None (also for a file that cannot
        be read). An entry is one result (a file of one document) or a list of them (a PubMed export)."""
        try:
            data = self._entry(path).read_bytes()
            entry = msgspec.json.decode(data, type=DocumentResult | list[DocumentResult])
        except (OSError, msgspec.MsgspecError, TypeError, ValueError):
            self.misses += 1
            return None
        results = entry if isinstance(entry, list) else [entry]
        if not results or any((r.file or r.document) != path.name for r in results):
            self.misses += 1
            return None
        self.hits += 1
        return results

    def put(self, path: Path, results: list[DocumentResult]) -> None:
        """Store a file's results (atomically; a cache that cannot be written is skipped, not fatal).

        Only files whose every document was read are stored, so a document that failed (ran out
        of time, say) is read again next time.
        """
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            with atomic_open(self._entry(path), binary=True) as handle:
                handle.write(msgspec.json.encode(results[0] if len(results) == 1 else results))
        except OSError:
            pass
