"""Kept copies of what the packaged data files read to, in the user's cache folder.

A build reads the same vocabulary and rule files every time; parsing their YAML (even with libyaml, whose
objects are still made in Python) is a good part of a cold build. :func:`kept_yaml` keeps what a YAML text
parses to as JSON (parsed in C), in ``$XDG_CACHE_HOME/crc-resistance-kg`` (else
``~/.cache/crc-resistance-kg``), in a file named by a digest of the text and of this module's code: another
text names another file, so a kept copy is never stale. Only plain data is kept (mappings with string keys,
lists, strings, numbers, booleans, null), so the copy reads back to the same values; a copy that is missing
or unreadable is parsed again, and one that cannot be written is not kept. Copies are data, never code.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
from functools import lru_cache
from pathlib import Path

from kg.atomic import atomic_open
from kg.resources import read_yaml


def cache_folder() -> Path:
    """Where kept copies go: ``$XDG_CACHE_HOME/crc-resistance-kg``, else ``~/.cache/crc-resistance-kg``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "crc-resistance-kg"


def kept_path(kind: str, name: str) -> str:
    """The path of the kept copy ``name`` of ``kind`` (``cache_folder() / kind / name``), as a string: asked for
    every pattern a build compiles, so the folder is worked out once for the environment's ``XDG_CACHE_HOME`` and
    ``HOME`` (``Path.home()`` and the joins cost more than reading the copy)."""
    return os.path.join(_folder(os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME")), kind, name)


@lru_cache(maxsize=8)
def _folder(xdg_cache_home: str | None, home: str | None) -> str:
    """:func:`cache_folder` for these values of the variables it depends on."""
    return str(cache_folder())


def kept_yaml(text: str, stream_name: str | None = None):
    """:func:`kg.resources.read_yaml` of ``text``, from its kept copy when there is one. A text that is not
    valid YAML raises as there (``stream_name``: the file name its error marks give, as when a file is read).

    >>> kept_yaml("a: [1, 2.5, true, null]\\nb: x")
    {'a': [1, 2.5, True, None], 'b': 'x'}
    """
    digest = hashlib.sha256(_code_digest())
    digest.update(text.encode("utf-8", "surrogatepass"))
    path = cache_folder() / "yaml" / f"{digest.hexdigest()[:32]}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    if stream_name is None:
        value = read_yaml(text)
    else:
        stream = io.StringIO(text)
        stream.name = stream_name
        value = read_yaml(stream)
    if _plain(value):
        keep_text(path, json.dumps(value, ensure_ascii=False))
    return value


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The digest of this module's code (read once per process: every packaged YAML file asks for it)."""
    return hashlib.sha256(Path(__file__).read_bytes()).digest()


def _plain(value) -> bool:
    """Whether JSON gives ``value`` back as it is (no sets, dates, non-string keys, infinities)."""
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    return False


def keep_text(path: Path, text: str) -> None:
    """Write a kept copy whole or not at all; a folder that cannot be written (or a text it cannot hold)
    means no copy is kept."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_open(path) as handle:
            handle.write(text)
    except (OSError, UnicodeEncodeError):
        return
