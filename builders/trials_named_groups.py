"""A report's own groups, named and counted where the report compares them.

A retrospective report may name the two groups of its own study after what each received, with its size, in the
sentence that compares them: "Continued A plus B (A continuation group, n = 102) was compared with B only (B only
group, n = 96)". Each group is an arm of the report's own study (the therapies before its bracket), of the size the
bracket gives; its results then name the groups again: "The A continuation group showed better progression-free
survival (median, 6.3 vs. 4.5 months) ... than the B only group" (each "X vs. Y" pair in the order of the two groups
the sentence names).

This module only reads the words; the trial reader (builders.trials_text) decides whose study it is and sets the arms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

_NAME = r"[A-Za-z][\w\-/+]*(?:\s+[\w\-/+]+){0,3}?\s+(?:group|cohort)"
# "A plus B (A group, n = 40) was compared with B alone (B group, n = 38)"
# (or counted only: "A plus B (n = 40) was compared with B alone (n = 38)")
_COMPARED = prefiltered(lazy_compile(
    rf"\(\s*(?:(?P<name1>{_NAME})\s*[,;:]\s*)?n\s*=\s*(?P<n1>\d{{1,5}})\s*\)\s+(?:was|were)\s+(?:\w+ly\s+)?compared\s+"
    rf"(?:with|to|against)\s+(?P<second>[^()]{{1,160}}?)\s*\(\s*(?:(?P<name2>{_NAME})\s*[,;:]\s*)?n\s*=\s*(?P<n2>\d{{1,5}})\s*\)",
    re.I))
# where the first group's therapies start: after the last clause break before its bracket
_CLAUSE_BREAK = lazy_compile(r"[.;:]\s+|,\s+(?:while|whereas|and)\s+")


@dataclass(frozen=True)
class GroupPair:
    """The two groups a sentence compares: the stretch of text that names each one's therapies, its name ("" when
    it has none) and size (with where the size stands)."""
    first: tuple[int, int]
    second: tuple[int, int]
    names: tuple[str, str]
    counts: tuple[tuple[int, int], tuple[int, int]]


def compared_groups(text: str) -> GroupPair | None:
    """The two counted groups a sentence compares, named ("A plus B (A group, n = 40) was compared with B (B group,
    n = 38)") or not ("A plus B (n = 40) was compared with B (n = 38)"; names ""), or None; never two of one name."""
    m = _COMPARED.search(text)
    if m is None:
        return None
    names = (_norm(m.group("name1") or ""), _norm(m.group("name2") or ""))
    if names[0] and names[0] == names[1]:
        return None
    lo = 0
    for b in _CLAUSE_BREAK.finditer(text, 0, m.start()):
        lo = b.end()
    return GroupPair((lo, m.start()), (m.start("second"), m.end("second")), names,
                     ((m.start("n1"), m.end("n1")), (m.start("n2"), m.end("n2"))))


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


def group_refs(text: str, names) -> list[tuple[int, str]]:
    """Where a sentence names one of the groups ``names`` ("the A continuation group"), by position."""
    low = re.sub(r"\s", " ", text.lower())
    refs = []
    for name in names:
        if not name:
            continue
        for m in re.finditer(r"(?<![\w\-])" + re.escape(name).replace(r"\ ", r"\s+") + r"(?![\w\-])", low):
            refs.append((m.start(), name))
    return sorted(refs)
