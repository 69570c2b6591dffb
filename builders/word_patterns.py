"""A name searched as a word: one compiled pattern per name, kept.

Several readers ask whether (or where) a text writes a name as a word, not inside a longer word or hyphenated
compound: ``(?<![\\w-])name(?![\\w-])``. Compiling that pattern at each question costs more than the search, and
as names vary the patterns would crowd the fixed ones out of ``re``'s own small cache (which then compiles those
again); here each name's pattern is compiled once, past that cache (a build asks for some 500 names: through it
they pushed out as many of the patterns written inline, compiled again at their next use).

>>> whole_word("FOLFOX").search("mFOLFOX6 or FOLFOX-based") is None
True
>>> whole_word("folfox").search("after FOLFOX, patients").group()
'FOLFOX'
>>> whole_word("Merck", case=True).search("by merck") is None
True
"""
from __future__ import annotations

import re
from functools import lru_cache

from builders.kept_patterns import uncached_compile


@lru_cache(maxsize=8192)
def whole_word(name: str, case: bool = False) -> re.Pattern:
    """The pattern of ``name`` as a word, in any case (``case=True``: as written)."""
    return uncached_compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", 0 if case else re.I)
