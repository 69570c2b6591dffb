"""Drug classes a qualifier makes narrower: "paradox breaker BRAF inhibitors", "next-generation EGFR
inhibitors", "second-generation TKIs".

The qualifier names a kind within the class the vocabulary knows; the text means that kind, not every
member of the class. The mention becomes a class of its own, a member of the plain class and acting on
what the plain class acts on, so that facts about the kind stay on it and still reach the plain class
through the member_of link.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Entity

# (s47 classes: a costimulatory kind of an antibody class, "stimulatory bispecific antibodies", "costimulatory agonist
# antibody")
_QUALIFIER_BEFORE = lazy_compile(r"(?<![\w\-])(?P<q>paradox[-\s]breakers?|(?:next|second|third|fourth|new)[-\s]generation|"
                                 r"(?:co-?)?stimulatory)"
                                 r"\s+$", re.I)
MAY_QUALIFY = lazy_compile(r"paradox|generation|stimulatory", re.I)  # a word of a qualifier: one may be in the sentence
_WORD_BREAK = lazy_compile(r"[-\s]+")
_ANTIBODY_OR_AGONIST = lazy_compile(r"antibod|agonist", re.I)


def qualified_classes(r, text: str, mentions: list, rec, make_mention) -> list:
    """``mentions`` with each drug class written right after a qualifier read as the qualified class."""
    out: list = []
    for m in mentions:
        q = _QUALIFIER_BEFORE.search(text, max(0, m.start - 24), m.start) if m.entity.category == "DrugClass" else None
        if q is not None and "stimulatory" in q.group("q").lower() and not _ANTIBODY_OR_AGONIST.search(m.entity.name):
            q = None  # a stimulatory kind only of an antibody or agonist class
        if q is None or any(x.start < m.start and x.end > q.start() for x in mentions if x is not m):
            out.append(m)
            continue
        generic = m.entity
        entity = _entity(_qualifier(q.group("q")), generic)
        rec.imply(entity, "member_of", generic)
        for target in _targets(r.vocab, rec, generic):
            rec.imply(entity, "targets", target)
        out.append(make_mention(q.start(), m.end, text, entity))
    return out


def _qualifier(written: str) -> str:
    """The qualifier's one spelling: lower case, a hyphen in "next-generation", one word pair "paradox breaker"."""
    words = _WORD_BREAK.split(written.lower())
    if words[-1] == "stimulatory":
        return "costimulatory" if words[0].startswith("co") else "stimulatory"
    if words[0] == "paradox":
        return "paradox breaker"
    return "-".join(words)


def _entity(qualifier: str, generic: Entity) -> Entity:
    """The class ``generic`` narrowed by ``qualifier`` ("paradox breaker BRAF inhibitor")."""
    name = f"{qualifier} {generic.name}"
    spellings = {qualifier, qualifier.replace(" ", "-"), qualifier.replace("-", " ")}
    heads = {generic.name, *generic.synonyms[:6]}
    forms = {f"{q} {h}" for q in spellings for h in heads} | {f"{q} {h}s" for q in spellings for h in heads
                                                                if not h.endswith("s")}
    return Entity(mint("class", name), "DrugClass", name, tuple(sorted(forms - {name})))


def _targets(vocab, rec, generic: Entity) -> list[Entity]:
    """What the plain class acts on: the vocabulary's targets of it, or those the sentence's patterns gave it."""
    ids = list(vocab.drug_targets.get(generic.id, ()))
    found = [vocab.entities.get(i) for i in ids]
    found += [o for s, p, o in rec.implied if s.id == generic.id and p == "targets"]
    return list({e.id: e for e in found if e is not None and e.category in ("Gene", "Molecule")}.values())


# searched in most sentences, which hold none of their words (builders/prefilter.py)
MAY_QUALIFY = prefiltered(MAY_QUALIFY)
