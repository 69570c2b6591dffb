"""(s43 ent) A therapy the text names as given on its own: "regorafenib monotherapy", "chemotherapy alone",
"single-agent panitumumab", "antiangiogenic monotherapy group".

The words name a regimen of that one therapy: the one-drug regimen a trial arm receives
(:func:`builders.context.as_regimen`: same id, same name), here with the text's own spelling among its names
("single-agent panitumumab", "antiangiogenic monotherapy"). The mention itself stays the therapy's (what the sentence
says of it is said of the drug, as before); the regimen is recorded as implied by the words, with its one component.

Only the words that say "on its own": "monotherapy", "alone", "as (a) single agent" after the therapy, "-only" or
"only" before the word for an arm or group ("chemotherapy only arm"), "single-agent" or "monotherapy with" before it.
A therapy inside a combination already read ("FOLFOX plus bevacizumab alone"), the last of a list said alone together
("fluorouracil and folinic acid alone") and a named regimen (its own node already) are left as read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from builders.context import as_regimen
from builders.lazy_patterns import lazy_compile
from kg.model import Entity

_ALONE_AFTER = lazy_compile(r"(?:[-\s]+(?:monotherapy|alone)|\s*,?\s+as\s+(?:an?\s+)?single[-\s]agents?|"
                            r"[-\s]+only(?=[-\s]+(?:arms?|groups?|cohorts?|treatment|therapy)\b))(?![A-Za-z])", re.I)
_LISTED_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|plus\s+|\+\s*|/\s*|with\s+)", re.I)
_ALONE_BEFORE = lazy_compile(r"(?<![\w\-])(?:single[-\s]agent|monotherapy\s+with)\s+\Z", re.I)


# "single-agent anti-EGFR panitumumab", "single-agent anti-VEGF antibody bevacizumab": between a class and the drug it
# names, only the class's head noun
_CLASS_TO_DRUG = lazy_compile(r"(?:\s+(?:monoclonal\s+)?(?:antibody|antibodies|mAbs?|agent|inhibitor|drug|therapy))?\s+", re.I)


def _drug_named_after(text: str, cls, therapies: list) -> bool:
    """Whether a drug mention follows the class mention ``cls`` with only the class's head noun between ("anti-EGFR
    panitumumab", "anti-VEGF antibody bevacizumab"): the class names what the drug is, the drug is the therapy."""
    return any(t.entity.category == "Drug" and t.start >= cls.end and _CLASS_TO_DRUG.fullmatch(text, cls.end, t.start)
               for t in therapies)


def _single_class_before(text: str, drug, therapies: list):
    """The "single-agent" before a class mention that names what ``drug``, right after it, is ("single-agent
    anti-EGFR panitumumab": the drug is given on its own), or None."""
    for c in therapies:
        if c.entity.category == "DrugClass" and c.end <= drug.start and _CLASS_TO_DRUG.fullmatch(text, c.end, drug.start):
            found = _ALONE_BEFORE.search(text, max(0, c.start - 20), c.start)
            if found is not None:
                return found
    return None


def monotherapies(text: str, rec, therapies: list) -> None:
    """Record, for each drug or class among ``therapies`` (the sentence's therapy mentions) named as given on its
    own, its one-therapy regimen (implied, with its component)."""
    previous = None  # the therapy named last before ``m``
    for m in sorted(therapies, key=lambda t: (t.start, -t.end)):
        before_m, previous = previous, (m if previous is None or m.end > previous.end else previous)
        if m.entity.category not in ("Drug", "DrugClass"):
            continue
        after = _ALONE_AFTER.match(text, m.end)
        before = None if after else _ALONE_BEFORE.search(text, max(0, m.start - 20), m.start)
        if after is None and before is None and m.entity.category == "Drug":
            before = _single_class_before(text, m, therapies)
        if after is None and before is None:
            continue
        if before is not None and m.entity.category == "DrugClass" and _drug_named_after(text, m, therapies):
            continue  # (h57 prec4) "single-agent anti-EGFR panitumumab": the class says what the drug is; read at the drug
        if any(g.start <= m.start and m.end <= g.end for g, _ in rec.regimens):
            continue  # part of a combination read here
        if after is not None and before_m is not None and before_m.end <= m.start and \
                _LISTED_BEFORE.fullmatch(text, before_m.end, m.start):
            continue  # "fluorouracil and folinic acid alone": the listed therapies together, not the last alone
        written = re.sub(r"\s+", " ", text[before.start() if before else m.start:after.end() if after else m.end])
        rec.imply(mono_regimen(m.entity, m.text, written), "has_component", m.entity)


def mono_regimen(therapy: Entity, said: str = "", written: str = "") -> Entity:
    """The one-therapy regimen of ``therapy`` (:func:`builders.context.as_regimen`'s), with "single-agent" among its
    names and the text's spelling of it (``said``: the therapy's words; ``written``: the whole phrase).

    >>> e = mono_regimen(Entity("crc:class_x", "DrugClass", "angiogenesis inhibitor"), "antiangiogenic",
    ...                  "antiangiogenic monotherapy")
    >>> e.id, e.name, "antiangiogenic monotherapy" in e.synonyms, "single-agent antiangiogenic" in e.synonyms
    ('crc:regimen_angiogenesis_inhibitor', 'angiogenesis inhibitor', True, True)
    """
    regimen = as_regimen(None, therapy)
    names = set(regimen.synonyms) | {f"single-agent {therapy.name}"}
    said = re.sub(r"\s+", " ", said).strip()
    if said and said.lower() != therapy.name.lower() and len(said.split()) <= 3:
        names |= {f"{said} monotherapy", f"{said} alone", f"single-agent {said}"}
    if written and len(written.split()) <= 5:
        names.add(written)
    return replace(regimen, synonyms=tuple(names))
