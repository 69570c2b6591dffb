"""How a value the user gave (a name, an option, a path) is quoted back in a message: cut to a
length a terminal line can hold, so a pasted 100 KB string does not flood the error."""
from __future__ import annotations

ECHO_CHARS = 80  # characters of a long value kept in a message


def shown(value: object, limit: int = ECHO_CHARS) -> str:
    """``repr(value)`` for a short string, else its first ``limit`` characters, an ellipsis and the length.

    >>> shown("cetuximab"), shown("x" * 100_000, limit=8)
    ("'cetuximab'", "'xxxxxxx…' (100,000 characters)")
    """
    if not isinstance(value, str) or len(value) <= limit:
        return repr(value)
    return f"{value[:limit - 1] + '…'!r} ({len(value):,} characters)"


def cut(text: object, limit: int = ECHO_CHARS) -> str:
    """``text`` (a path, a name) as it is, cut like :func:`shown` when longer than ``limit`` characters (no quotes).

    >>> cut("corpus/"), cut("a" * 500, limit=6)
    ('corpus/', 'aaaaa… (500 characters)')
    """
    text = str(text)
    return text if len(text) <= limit else f"{text[:limit - 1]}… ({len(text):,} characters)"
