"""Literal prefilters: a regular expression is not run over text that cannot hold a match.

Reading searches every sentence with several case-insensitive alternations of words
(``breast|melanoma|lung|...``, the study-kind patterns). Under ``IGNORECASE`` Python's ``re``
cannot look for the words' letters directly, so each such search tries every position of the
sentence, and most sentences contain none of the words. :func:`prefiltered` wraps a compiled
pattern: from the pattern's parse tree it derives literal strings one of which every match must
contain, and its ``search``, ``finditer``, ``findall`` and ``sub`` give their empty answer at once
when the text contains none of them. It is exact: a case-insensitive pattern is only prefiltered
on ASCII text (where ``IGNORECASE`` is plain lower-casing; other text goes straight to the pattern),
and a pattern whose structure gives no such strings is always run.

>>> p = prefiltered(re.compile(r"\\bmice\\b|xenograft|in vivo|(?:CRC|cancer) models?", re.I))
>>> sorted(p.words)
[' model', 'in vivo', 'mice', 'xenograft']
>>> p.search("KRAS G12C confers resistance") is None, p.search("in CRC MODELS of").group()
(True, 'CRC MODELS')
>>> prefiltered(re.compile(r"\\d+ of \\w+")).words, prefiltered(re.compile(r"a?b*")).words
(frozenset({' of '}), None)
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from re import _constants as C, _parser

from builders.lazy_patterns import LazyPattern, lazy_compile
from kg.kept import keep_text, kept_path

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


def _required(items, fold: bool) -> frozenset | None:
    """Strings one of which every match of the parsed sequence ``items`` contains (None: unknown).

    Runs of literal characters give one string; a group, a repeat of at least one and an
    alternation whose every branch gives strings give theirs; of several, the set whose shortest
    string is longest is kept. Under ``fold`` (case-insensitive) only ASCII literals count, lower-cased.
    """
    candidates: list[frozenset] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is C.LITERAL and (not fold or av < 128):
            run.append(chr(av).lower() if fold else chr(av))
            continue
        flush()
        found = None
        if op is C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & re.IGNORECASE:
                found = _required(sub, fold)
        elif op is C.BRANCH:
            branches = [_required(b, fold) for b in av[1]]
            if all(branches):
                found = frozenset().union(*branches)
        elif op in _REPEATS and av[0] >= 1:
            found = _required(av[2], fold)
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda words: min(len(w) for w in words))


def _case_twin(string: str) -> bool:
    """Does ``string`` hold a character other than ASCII that IGNORECASE matches with an ASCII letter ("ſ" with
    "s", the Kelvin sign with "k", dotted and dotless I with "i")? Then it is not prefiltered. (Each is looked for
    as a string: about six times faster than a pattern of the four.)"""
    return "\u0130" in string or "\u0131" in string or "\u017f" in string or "\u212a" in string


# the last string lower-cased and its lower case (one sentence is tested by many patterns); one tuple,
# replaced whole, so that threads reading at once never see one string with another's lower case
_last_folded: tuple = (None, None)


def _folded(string: str) -> str | None:
    """``string`` lower-cased, in which an ASCII literal of a case-insensitive pattern occurs wherever the
    pattern could match it; None when no such text exists (a character that IGNORECASE matches with an
    ASCII letter). Lower-casing other characters can only add occurrences, never remove one."""
    global _last_folded
    last = _last_folded
    if last[0] is string:
        return last[1]
    folded = string.lower() if string.isascii() or not _case_twin(string) else None
    _last_folded = (string, folded)
    return folded


class Prefiltered:
    """A compiled pattern whose searches skip text that contains none of :attr:`words`."""

    __slots__ = ("regex", "words", "fold")

    def __init__(self, regex: re.Pattern | LazyPattern):
        self.regex = regex
        source, flags = _written(regex)
        self.fold, self.words = _kept_analysis(source, flags) if isinstance(source, str) else _analysis(source, flags)

    def possible(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Might ``string[pos:endpos]`` hold a match? (False only when it cannot.)"""
        words = self.words
        if words is None:
            return True
        if self.fold:  # the whole string lower-cased (kept for the next pattern): same length, ASCII where it was
            last = _last_folded
            string = last[1] if last[0] is string else _folded(string)
            if string is None:
                return True
        if pos or endpos < len(string):  # (no copy of the part: most searches of a part look a few words back)
            for w in words:
                if string.find(w, pos, endpos) >= 0:
                    return True
            return False
        for w in words:
            if w in string:
                return True
        return False

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self.regex.search(string, pos, endpos) if self.possible(string, pos, endpos) else None

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self.regex.finditer(string, pos, endpos) if self.possible(string, pos, endpos) else iter(())

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self.regex.findall(string, pos, endpos) if self.possible(string, pos, endpos) else []

    def sub(self, repl, string, count=0):
        return self.regex.sub(repl, string, count) if self.possible(string) else string

    def __getattr__(self, name):  # match, fullmatch, pattern, flags, groups ... as the pattern has them
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"prefiltered({self.regex!r})"


def _written(regex: re.Pattern | LazyPattern) -> tuple[str | bytes, int]:
    """The source of a pattern and its flags as written, for the analysis: a pattern compiled on first use
    (builders.lazy_patterns) is not compiled for it. Parsing gives the same tree for either flags (a compiled
    pattern's add only its inline and Unicode flags, which parsing adds too).

    >>> _written(lazy_compile("(?i)x")), _written(re.compile("(?i)x")) == ("(?i)x", re.I | re.U)
    (('(?i)x', 0), True)
    """
    if isinstance(regex, LazyPattern):
        return regex.pattern, regex.source_flags
    return regex.pattern, regex.flags


def _analysis(source: str | bytes, flags: int) -> tuple[bool, frozenset | None]:
    """Whether pattern ``source`` ignores case, and the strings one of which each match holds (None: no such set)."""
    tree = _parser.parse(source, flags)
    fold = bool(tree.state.flags & re.IGNORECASE)
    words = _required(list(tree), fold) if isinstance(source, str) else None
    return fold, (words if words and all(words) else None)


def _kept_analysis(source: str, flags: int) -> tuple[bool, frozenset | None]:
    """:func:`_analysis` of a text pattern, from its kept copy when there is one (parsing a pattern again costs
    about as much as compiling it). The copy is a JSON file in :func:`kg.kept.cache_folder` named by a digest of
    the pattern, its flags, this module's code and the Python version, so it is never stale; a copy that is
    missing or not of the expected shape is made again."""
    digest = hashlib.sha256(_code_digest())
    digest.update(f"{flags}\n{source}".encode("utf-8", "surrogatepass"))
    path = kept_path("prefilter", f"{digest.hexdigest()[:32]}.json")
    try:
        with open(path, encoding="utf-8") as handle:
            kept = json.loads(handle.read())
    except (OSError, ValueError):
        kept = None
    if isinstance(kept, dict) and isinstance(kept.get("fold"), bool) and (
            kept.get("words") is None or isinstance(kept.get("words"), list)
            and kept["words"] and all(isinstance(w, str) and w for w in kept["words"])):
        return kept["fold"], None if kept["words"] is None else frozenset(kept["words"])
    fold, words = _analysis(source, flags)
    keep_text(Path(path), json.dumps({"fold": fold, "words": None if words is None else sorted(words)}, ensure_ascii=False))
    return fold, words


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """The digest of this module's code and of the Python version (whose parser the analysis uses)."""
    return hashlib.sha256(Path(__file__).read_bytes() + sys.version.encode()).digest()


def prefiltered(regex: re.Pattern | LazyPattern) -> Prefiltered:
    """``regex`` with literal prefiltering (see the module); use it where ``regex`` was used."""
    return Prefiltered(regex)
