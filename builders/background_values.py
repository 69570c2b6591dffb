"""Values a report's background gives before its own study's arms are named.

A trial report often opens on what was known: "Although BRAF inhibitor monotherapy yields response rates >50% in
melanoma, only approximately 5% of patients with BRAFV600E colorectal cancer respond." The trial reader, once the
report's study is in focus (its title names it), can put such a value on the study's arm. A value whose sentence comes
before any sentence that names the arm, and that the sentence itself gives as earlier knowledge (a monotherapy's or
single agent's result, a historical or previously reported one, "only approximately 5% ... respond"), is not the arm's:
it is dropped. Values stated with or after the arm are the reader's as before.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.model import Assertion

# how a sentence gives a value as earlier knowledge rather than the study's own result
_EARLIER = lazy_compile(
    r"\b(?:monotherapy|monotherapies|alone|single[- ]agents?|historical(?:ly)?|previous(?:ly)?|"
    r"(?:prior|earlier|other|previous)\s+(?:studies|trials|reports)|(?:has|have|had)\s+been\s+reported|"
    r"only\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|~\s*)?\d)", re.I)


def background_outcomes(assertions: list[Assertion], outcomes: list) -> set[int]:
    """Indexes of the ``outcomes`` given in a sentence before the first that names their arm, when that sentence
    gives the value as earlier knowledge (see the module docstring)."""
    named_at: dict[str, int] = {}
    for a in assertions:
        if a.predicate in ("has_arm", "uses_regimen"):
            arm = a.object if a.predicate == "has_arm" else a.subject
            for e in a.evidence:
                if e.method != "vocabulary":
                    named_at[arm] = min(named_at.get(arm, e.start), e.start)
    out = set()
    for i, o in enumerate(outcomes):
        first = named_at.get(o.arm)
        if first is not None and o.evidence.end <= first and _EARLIER.search(o.evidence.sentence):
            out.add(i)
    return out


def without_background_values(assertions: list[Assertion], outcomes: list) -> list:
    """``outcomes`` without the ones :func:`background_outcomes` finds (s42 pr)."""
    dropped = background_outcomes(assertions, outcomes)
    return [o for i, o in enumerate(outcomes) if i not in dropped] if dropped else outcomes
