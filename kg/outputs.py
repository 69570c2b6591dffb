"""The build's output folder: checked before any reading, filled all at once, never left half-written.

A build writes its files into a staging folder inside ``out`` and then moves them into place
while it holds ``out/.crckg-build.lock`` (an exclusive ``flock``), so two builds writing to the
same folder take turns: the folder ends up with one build's complete set, never a mix. The
move ends with ``manifest.json`` (each file's size and SHA-256), which is removed before the
first file is moved and written after the last: a folder whose manifest lists its files was
completely written by one build (``crckg validate`` checks it). Staging folders left by a build
that was killed are removed by the next build that takes the lock; live ones only exist while
their build holds it.

>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "out"
>>> check_out(out)
>>> def write(folder):
...     (folder / "a.txt").write_text("one\\n", encoding="utf-8")
...     return [folder / "a.txt"]
>>> [p.name for p in publish(out, write)]
['a.txt', 'manifest.json']
>>> sorted(p.name for p in out.iterdir())
['.crckg-build.lock', 'a.txt', 'manifest.json']
>>> verify_manifest(out)
[]
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.atomic import write_atomic
from kg.echo import cut

MANIFEST = "manifest.json"
LOCK = ".crckg-build.lock"
STAGING_PREFIX = ".staging-"


class OutputError(ValueError):
    """The output folder cannot be used (one line: which folder, what is wrong, what to do)."""


def check_out(out) -> None:
    """Make sure ``out`` is (or can be made) a folder this process can write; raise :class:`OutputError` if not.

    Run before any document is read, so a bad ``--out`` costs nothing.
    """
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {cut(out)}: is a file, not a folder; choose a folder for the outputs")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=out, prefix=".crckg-probe-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OutputError(f"--out {cut(out)}: cannot write there ({reason}); choose a folder you can write to") from None


@contextmanager
def _build_lock(out: Path) -> Iterator[None]:
    """Hold the folder's build lock (blocking until another build releases it)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, each file is still replaced atomically
        yield
        return
    with open(out / LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_leftovers(out: Path) -> list[str]:
    """Remove staging folders left in ``out`` by killed builds; return their names. Call with the lock held."""
    removed = []
    for path in sorted(Path(out).glob(STAGING_PREFIX + "*")):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _manifest(files: list[Path]) -> str:
    entries = {p.name: {"bytes": p.stat().st_size, "sha256": _digest(p)} for p in sorted(files)}
    return json.dumps({"files": entries}, indent=2, sort_keys=True) + "\n"


def publish(out, write: Callable[[Path], list[Path]]) -> list[Path]:
    """Run ``write(staging)`` (which writes files into the folder it is given and returns them) and
    move its files into ``out`` as one set, ending with ``manifest.json``; return the paths in ``out``.

    If ``write`` raises, nothing in ``out`` changes and the staging folder is removed.
    """
    out = Path(out)
    with _build_lock(out):
        remove_leftovers(out)
        staging = Path(tempfile.mkdtemp(dir=out, prefix=STAGING_PREFIX))
        try:
            files = write(staging)
            names = [p.name for p in files]
            if MANIFEST in names or len(set(names)) != len(names):
                raise ValueError(f"writers returned {names}: file names must be distinct and not {MANIFEST}")
            manifest = _manifest(files)
            (out / MANIFEST).unlink(missing_ok=True)
            for path in files:
                path.replace(out / path.name)
            write_atomic(out / MANIFEST, manifest)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return [out / name for name in names] + [out / MANIFEST]


def verify_manifest(out) -> list[str]:
    """Problems with ``out``'s set of build outputs (an empty list when ``manifest.json`` matches every file).

    A missing manifest is a problem: the folder was not completely written by one build.
    """
    out = Path(out)
    try:
        listed = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
        if not isinstance(listed, dict) or not all(isinstance(e, dict) for e in listed.values()):
            raise TypeError("not a mapping of file names to sizes and digests")
    except FileNotFoundError:
        return [f"{out / MANIFEST}: missing; the outputs were not completely written by one build "
                f"(a build was stopped while moving them into place); run `crckg build` again"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [f"{out / MANIFEST}: cannot be read ({type(exc).__name__}); run `crckg build` again"]
    problems = []
    for name, entry in sorted(listed.items()):
        path = out / name
        if not path.is_file():
            problems.append(f"{path}: listed in {MANIFEST} but missing; run `crckg build` again")
        elif path.stat().st_size != entry.get("bytes") or _digest(path) != entry.get("sha256"):
            problems.append(f"{path}: not the file {MANIFEST} lists (changed, or written by another build); "
                            f"run `crckg build` again")
    return problems
