"""A therapy named by its format as a soluble (decoy) receptor of a ligand: "aflibercept, a soluble VEGF receptor",
"a soluble decoy receptor for VEGF", "a recombinant VEGF decoy receptor".

Written with an indefinite article (what a drug is), the words name a class of its own acting on the ligand, a
member of the soluble decoy receptor class; "soluble VEGFR-2" or "soluble VEGF receptor levels" (a circulating
marker) is none: the receptor word must follow the ligand, and no word of measure may follow.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

MAY_SOLUBLE_RECEPTOR = lazy_compile(r"decoy|soluble", re.I)
# an indefinite article, up to two words between ("a fully human soluble ...", "as a recombinant ...")
_ARTICLE_BEFORE = lazy_compile(r"\b(?:a|an)\s+(?:[\w\-]+\s+){0,2}$", re.I)
# the format words before the ligand ("soluble", "soluble decoy") and the receptor words after it
_BEFORE_LIGAND = lazy_compile(r"(?:soluble\s+(?:decoy\s+)?|decoy\s+)$", re.I)
_AFTER_LIGAND = lazy_compile(r"[-\s]+(?:decoy\s+)?receptors?\b(?!\s*(?:-\s*)?\d)(?!\s+(?:levels?|concentrations?|expression))", re.I)
_DECOY_AFTER_LIGAND = lazy_compile(r"[-\s]+decoy\s+receptors?\b", re.I)
# the ligand after the format words ("a soluble decoy receptor for VEGF")
_FOR_LIGAND = lazy_compile(r"\bsoluble\s+decoy\s+receptors?\s+(?:for|of|against)\s+(?:the\s+)?$", re.I)
_LIGANDS = ("Molecule", "Gene")


def soluble_receptors(r, text: str, mentions: list, rec, make_mention) -> list:
    """``mentions`` with each soluble decoy receptor of a ligand read as its class (a member of the soluble decoy
    receptor class, acting on the ligand)."""
    generic_id = r.vocab.by_name.get("soluble decoy receptor")
    if generic_id is None:
        return mentions
    generic = r.vocab.entities[generic_id]
    out = list(mentions)
    for m in mentions:
        if m.entity.category not in _LIGANDS:
            continue
        start, end = _span(text, m)
        if start is None or any(x is not m and x.start < end and start < x.end and x.entity.category != "DrugClass"
                                for x in out):
            continue
        entity = _entity(m.entity, m.text)
        rec.imply(entity, "member_of", generic)
        rec.imply(entity, "targets", m.entity)
        out = [x for x in out if not (x.start >= start and x.end <= end)] + [make_mention(start, end, text, entity)]
    return sorted(out, key=lambda x: (x.start, x.end))


def _span(text: str, m) -> tuple[int | None, int]:
    """Where the class is written around the ligand mention ``m``, or (None, 0)."""
    before = _BEFORE_LIGAND.search(text, max(0, m.start - 20), m.start)
    after = _AFTER_LIGAND.match(text, m.end) if before else _DECOY_AFTER_LIGAND.match(text, m.end)
    if after is not None:
        start = before.start() if before else m.start
        if _ARTICLE_BEFORE.search(text, max(0, start - 40), start):
            return start, after.end()
        return None, 0
    of = _FOR_LIGAND.search(text, max(0, m.start - 60), m.start)
    if of is not None and _ARTICLE_BEFORE.search(text, max(0, of.start() - 40), of.start()):
        return of.start(), m.end
    return None, 0


def _entity(ligand: Entity, written: str) -> Entity:
    """The soluble decoy receptor class of one ligand ("VEGF decoy receptor")."""
    names = {ligand.name, written}
    name = f"{ligand.name} decoy receptor"
    forms = {f for n in names for f in (f"soluble {n} receptor", f"soluble {n} receptors", f"soluble {n} decoy receptor",
                                         f"{n} decoy receptor", f"{n} decoy receptors", f"soluble decoy receptor for {n}",
                                         f"decoy receptor for {n}")}
    return Entity(mint("class", name), "DrugClass", name, tuple(sorted(forms - {name})))
