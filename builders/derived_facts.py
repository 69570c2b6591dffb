"""Facts a document-level pass derives, each once: a fact derived again from another statement pools that
statement's evidence into the first.

Several passes derive one fact per (subject, object) from the document's statements (a family's members from the
family's alteration, a blood marker's prediction from its alteration's, a resistance from its prediction). A fact
derived again keeps its first qualifiers and gains the evidence it lacks, in the order met; the evidence already
pooled is kept in a set beside it, so pooling costs no scan of the list.

>>> from kg.model import Assertion, Evidence
>>> ev1 = Evidence("d.txt", 0, 9, "A gives B.", "", "rule")
>>> ev2 = Evidence("d.txt", 10, 19, "B from A.", "", "rule")
>>> facts = DerivedFacts()
>>> facts.add(("a", "b"), Assertion("a", "p", "b", (), [ev1]))
>>> facts.add(("a", "b"), Assertion("a", "p", "b", (("certainty", "hypothesis"),), [ev1, ev2]))
>>> [(f.qualifiers, len(f.evidence)) for f in facts.sorted()]
[((), 2)]
>>> facts.add(("a", "b"), Assertion("a", "p", "b", (("certainty", "hypothesis"),), [ev2]), same_qualifiers=True)
>>> len(facts.sorted()[0].evidence)
2
"""
from __future__ import annotations

from kg.model import Assertion, Evidence


class DerivedFacts:
    """The facts derived so far, by a key the pass chooses, with the evidence each already holds."""

    def __init__(self) -> None:
        self._facts: dict[tuple, Assertion] = {}
        self._held: dict[tuple, set[Evidence]] = {}

    def add(self, key: tuple, fact: Assertion, same_qualifiers: bool = False) -> None:
        """``fact`` under ``key``: the first fact so keyed is kept; a later one gives it the evidence it lacks
        (``same_qualifiers``: only a later one with the same qualifiers)."""
        earlier = self._facts.get(key)
        if earlier is None:
            self._facts[key] = fact
            self._held[key] = set(fact.evidence)
            return
        if same_qualifiers and earlier.qualifiers != fact.qualifiers:
            return
        held = self._held[key]
        for ev in fact.evidence:
            if ev not in held:
                held.add(ev)
                earlier.evidence.append(ev)

    def sorted(self) -> list[Assertion]:
        """The facts in the order of their keys."""
        return [self._facts[k] for k in sorted(self._facts)]


def ordered_evidence(evidence: list[Evidence]) -> list[Evidence]:
    """Each evidence once, in the order of ``Evidence.key`` (as the graph pools them)."""
    return sorted({e.key(): e for e in evidence}.values(), key=Evidence.key)
