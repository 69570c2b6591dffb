"""A regular expression compiled from its kept code: the readers' patterns are not parsed again at every build.

Python's ``re`` compiles a pattern in two steps written in Python, parsing it and generating the code its C
matcher runs, and then hands that code to the matcher (``_sre.compile``), which checks it. The Python steps
are nearly all of the cost: about a fifth of a second for the readers' patterns a build uses, against a few
hundredths for reading their code back. :func:`kept_compile` keeps what those steps give (the code, the flags,
the groups and their names) as JSON in :func:`kg.kept.cache_folder` (the code, a list of some thousand 32-bit
numbers, as the Base64 text of their bytes: read back several times faster than a JSON list), in a file named by
a digest of the pattern,
its flags, this module's code and the Python version (whose ``re`` made the code), so a copy is never stale; a
copy that is missing, of another shape or refused by the matcher is made again. The pattern is the one
``re.compile`` gives, equal to it in everything (``re`` compares patterns by their code and flags).

>>> import re
>>> p = kept_compile(r"(?P<gene>[A-Z][A-Z0-9]{1,7})\\s+amplification", re.I)
>>> p == re.compile(r"(?P<gene>[A-Z][A-Z0-9]{1,7})\\s+amplification", re.I), p.search("MET Amplification")["gene"]
(True, 'MET')
"""
from __future__ import annotations

import base64
import hashlib
import json
import re
import sys
from array import array
from functools import lru_cache
from pathlib import Path
try:  # re's own steps (private, as in Python 3.11-3.13); without them patterns are compiled as re compiles them
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python's re
    _compiler = _parser = _sre = None

from kg.kept import keep_text, kept_path


def kept_compile(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)`` from the kept code of the pattern, kept now if it was not (see the module).
    Compiled past ``re``'s own cache."""
    flags = int(flags)
    if _compiler is None or not isinstance(source, str) or flags & re.DEBUG:
        return re.compile(source, flags)
    path = _kept_path(source, flags)
    try:
        with open(path, encoding="utf-8") as handle:
            return _from_parts(source, json.loads(handle.read()))
    except (OSError, ValueError, TypeError, KeyError, OverflowError, RuntimeError):  # no copy, or not one the
        pass  # matcher takes (it refuses code that is not its numbers, or that it cannot run)
    try:
        parts = _parts(source, flags)
        pattern = _from_parts(source, parts)
    except Exception:  # noqa: BLE001 - re's internals differ in this Python: compile as re does, keep nothing
        return re.compile(source, flags)
    keep_text(Path(path), json.dumps(parts, ensure_ascii=False))
    return pattern


def uncached_compile(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)`` past ``re``'s own cache, nothing kept: for patterns made from names (one per
    name, kept by their caller), which would push the patterns written inline out of that cache (512 entries, the
    oldest out first), to be compiled again at their next use.

    >>> uncached_compile(r"\\bMET\\b", re.I) == re.compile(r"\\bMET\\b", re.I)
    True
    """
    if _compiler is None:  # pragma: no cover - another Python's re
        return re.compile(source, flags)
    return _compiler.compile(source, int(flags))


def _parts(source: str, flags: int) -> dict:
    """What ``re`` works out in Python for a pattern: its flags (with those written inside it), its code, its
    number of groups and their names (as ``re._compiler.compile``)."""
    tree = _parser.parse(source, flags)
    return {"flags": flags | tree.state.flags, "code": _code_text(_compiler._code(tree, flags)),
            "groups": tree.state.groups, "groupindex": dict(tree.state.groupdict)}


# the matcher's code unit: 32 bits (``_sre.CODESIZE``), kept little-endian
_UNIT = "I" if array("I").itemsize == 4 else "L"


def _code_text(code) -> str:
    """The matcher's code (numbers of 32 bits) as the Base64 text of their little-endian bytes (OverflowError:
    a number that does not fit, never kept).

    >>> _code_text([17, 4]), _code_list(_code_text([17, 4]))
    ('EQAAAAQAAAA=', [17, 4])
    """
    units = array(_UNIT, code)
    if sys.byteorder == "big":  # pragma: no cover - a big-endian machine
        units.byteswap()
    return base64.b64encode(units.tobytes()).decode("ascii")


def _code_list(text: str) -> list[int]:
    """The numbers :func:`_code_text` wrote (ValueError: not such a text)."""
    units = array(_UNIT)
    units.frombytes(base64.b64decode(text, validate=True))  # (bytes not a whole number of units: ValueError)
    if sys.byteorder == "big":  # pragma: no cover - a big-endian machine
        units.byteswap()
    return units.tolist()


def _from_parts(source: str, parts: dict) -> re.Pattern:
    """The compiled pattern of ``source`` from its :func:`_parts` (ValueError: parts of another shape; TypeError,
    OverflowError, RuntimeError: code the matcher refuses, as it checks every number of it)."""
    flags, code, groups, names = parts["flags"], parts["code"], parts["groups"], parts["groupindex"]
    if not (type(flags) is int and type(groups) is int and groups >= 1 and isinstance(code, str)
            and isinstance(names, dict)
            and all(isinstance(k, str) and type(i) is int and 0 < i < groups for k, i in names.items())):
        raise ValueError("not the parts of a compiled pattern")
    code = _code_list(code)
    index = [None] * groups
    for name, i in names.items():
        index[i] = name
    return _sre.compile(source, flags, code, groups - 1, names, tuple(index))


def _kept_path(source: str, flags: int) -> str:
    digest = hashlib.sha256(_code_digest())
    digest.update(f"{flags}\n{source}".encode("utf-8", "surrogatepass"))
    return kept_path("regex", f"{digest.hexdigest()[:32]}.json")


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The digest of this module's code and of the Python version (whose ``re`` makes the code)."""
    return hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).digest()
