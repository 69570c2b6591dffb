"""Atomic file writes: a file is written beside its destination and renamed into place when complete.

A reader never sees half a file, and a write that fails (or is interrupted) leaves the previous
file, if any, untouched and no temporary file behind.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> write_atomic(path, "one\\n")
>>> with atomic_open(path) as handle:
...     _ = handle.write("two\\n")
>>> path.read_text(encoding="utf-8")
'two\\n'
>>> sorted(p.name for p in path.parent.iterdir())
['a.txt']
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_open(path, binary: bool = False) -> Iterator:
    """A file handle to write ``path`` through: a temporary file in the same folder, renamed over
    ``path`` when the ``with`` block ends without an exception, removed when it does not.

    Text is written as UTF-8 with ``\\n`` line ends; ``binary=True`` gives a bytes handle.
    """
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        with handle:
            yield handle
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_atomic(path, data: str) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder and a rename."""
    with atomic_open(path) as handle:
        handle.write(data)
