"""Regular expressions written once at module level and compiled on first use.

The readers keep their patterns as module constants (about 1,100 of them). Compiling one costs far more
than most searches with it (Python's ``re`` parses and compiles in Python: about a third of a second for
all of them), and a build reaches only some of them: a corpus with no trial reports never asks the trial
reader's own-study patterns, and a prefiltered pattern is not run on text without its words. So a
constant is written ``lazy_compile(source, flags)`` where it was ``re.compile(source, flags)``: a
:class:`LazyPattern` that compiles when it is first searched, then passes everything to the compiled
pattern. Its ``pattern`` (the source) is there at once, so a constant made from another constant's
``pattern`` compiles neither. Matching is that of ``re.compile(source, flags)``, whatever is asked. What is
compiled is compiled from its kept code when there is one (builders.kept_patterns).

>>> p = lazy_compile(r"\\bEGFR\\b", re.I)
>>> p.pattern, "search" in vars(p)
('\\\\bEGFR\\\\b', False)
>>> p.search("anti-egfr antibodies").group(), "search" in vars(p)
('egfr', True)
>>> p == re.compile(r"\\bEGFR\\b", re.I), p.search("x EGFR").re == p, p.flags == re.I | re.U
(True, True, True)
"""
from __future__ import annotations

import re
from functools import cache

from builders.kept_patterns import kept_compile


@cache
def compiled(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, compiled once per process (from its kept code: builders.kept_patterns).

    Compiled past ``re``'s own cache: that cache keeps only the last 512 patterns compiled, and the readers'
    patterns compiled while documents are read would push out the patterns written inline in functions
    (``re.search(r"...", text)``), which would then be compiled again and again. These are kept here instead.
    """
    return kept_compile(source, flags)


class LazyPattern:
    """A pattern compiled on its first use (see the module); use it as the compiled pattern."""

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.source_flags = flags  # as given; ``flags`` (asked of the compiled pattern) adds inline and Unicode flags

    @property
    def regex(self) -> re.Pattern:
        """The compiled pattern (compiled now if it is not yet)."""
        return compiled(self.pattern, self.source_flags)

    def __getattr__(self, name):  # search, match, finditer, sub, flags, groups ...: the compiled pattern's
        if name.startswith("__") or name in ("pattern", "source_flags"):
            raise AttributeError(name)  # not set up (a copy being made): nothing to compile yet
        value = getattr(self.regex, name)
        self.__dict__[name] = value  # found directly from now on, without this call
        return value

    def __eq__(self, other) -> bool:
        return self.regex == (other.regex if isinstance(other, LazyPattern) else other)

    def __hash__(self) -> int:
        return hash(self.regex)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self.source_flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self.source_flags!r})"


def lazy_compile(source: str, flags: int = 0) -> LazyPattern:
    """``re.compile(source, flags)``, compiled when first used: for patterns written at module level."""
    return LazyPattern(source, flags)
