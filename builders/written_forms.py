"""The forms a document writes its entities in, kept as the entities' synonyms.

A node's name is the project's canonical one ("RAS/BRAF wild-type", "MSI-H/dMMR"); a document writes
it as it pleases ("RAS and BRAF wild-type", "MMRd"). Every such written form the recogniser read as
that entity becomes one of its synonyms (KGX ``synonym``), so the graph can be searched by what the
literature says. A form is kept only when it is a name: it comes from a document's own abbreviation
or a pattern, or from the vocabulary as a spelling of one of the entity's names ("BRAF-V600E"; never
an anaphor, "these agents", nor a word the recogniser took for a name), is 2-80 characters with a letter,
does not open on a determiner or pronoun, names one entity only in that document, and is not the
name of another entity of the document or of the vocabulary ("CSF1R" read inside "anti-CSF1R" names
the gene, never the inhibitor class).

>>> from kg.model import Entity
>>> from builders.recognize import Mention, Recognition
>>> wt = Entity("crc:biomarker_ras_braf_wild_type", "Biomarker", "RAS/BRAF wild-type")
>>> rec = Recognition([Mention(0, 22, "RAS and BRAF  wild-type", wt, "pattern"),
...                    Mention(30, 40, "these agents", wt, "anaphor")])
>>> with_written_forms({wt.id: wt}, [rec])[wt.id].synonyms
('RAS and BRAF wild-type',)
>>> cls = Entity("crc:class_x", "DrugClass", "X inhibitor")
>>> gene = Entity("HGNC:1", "Gene", "X")
>>> rec = Recognition([Mention(5, 6, "X", cls, "pattern"), Mention(9, 19, "X blockers", cls, "pattern")])
>>> with_written_forms({cls.id: cls, gene.id: gene}, [rec])[cls.id].synonyms
('X blockers',)
>>> alt = Entity("crc:alt_x", "Alteration", "X overexpression")
>>> rec = Recognition([Mention(0, 14, "overexpression", alt, "pattern")])
>>> with_written_forms({alt.id: alt}, [rec])[alt.id].synonyms
()
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable

from kg.model import Entity

# where a mention's text is the entity's name as written (not an antecedent's, not a made-up part)
_SOURCES = frozenset({"vocab", "abbreviation", "pattern", "process"})
# a first word that makes the text a reference, not a name ("the combination", "this mechanism")
_REFERRING = frozenset({"a", "an", "the", "this", "these", "that", "those", "such", "it", "its", "they", "their",
                        "them", "both", "each", "either", "neither", "our", "we", "which", "other", "another"})
# words that name no entity by themselves ("overexpression" read as the one overexpression in view)
_GENERIC = frozenset({"overexpression", "over", "expression", "expressions", "high", "low", "level", "levels",
                      "mutation", "mutations", "mutant", "mutated", "amplification", "amplified", "loss", "fusion",
                      "fusions", "wild", "type", "wt", "status", "inhibitor", "inhibitors", "inhibition", "blockade",
                      "activation", "signalling", "signaling", "pathway", "therapy", "treatment", "cells", "cell",
                      "positive", "negative", "and", "or", "of", "in", "plus", "alteration", "alterations"})
# kinds of node a list of genes with one shared status names ("RAS and BRAF wild-type"); any other node written as
# a bare list of other entities ("CCR2/CCR5" for their inhibitor class) is not named by that list
_LISTED_STATES = frozenset({"Biomarker", "Alteration", "Disease"})
# nodes that are not named by the text they are mentioned with
_SKIPPED = frozenset({"Document"})


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _form(text: str) -> str | None:
    """The text with its white space made single, or None when it is no name."""
    form = " ".join(text.split())
    if not 2 <= len(form) <= 80 or not any(ch.isalpha() for ch in form):
        return None
    if form.split(" ", 1)[0].lower() in _REFERRING:
        return None
    if all(w in _GENERIC for w in re.findall(r"[a-z0-9]+", form.casefold())):
        return None
    return form


def _parts(form: str) -> list[str]:
    """The items of a form written as a list ("CCR2/CCR5", "A and B")."""
    return [p for p in re.split(r"\s*(?:/|,|\band\b|\bor\b)\s*", form) if p]


def with_written_forms(entities: dict[str, Entity], recognitions: Iterable,
                       resolve: Callable[[str], str | None] | None = None) -> dict[str, Entity]:
    """``entities`` (id -> entity), each with the forms the recognitions write it in added to its synonyms.

    A form that the document writes for two different entities names neither (it is left out), nor does
    one that is another entity's name or synonym, in the document or by ``resolve`` (the vocabulary's
    look-up of a name: an id or None); one that differs from the name or a synonym only in case or white
    space adds nothing.
    """
    named: dict[str, set[str]] = {}
    for entity in entities.values():
        for name in (entity.name, *entity.synonyms):
            named.setdefault(name.casefold(), set()).add(entity.id)
    forms: dict[str, set[str]] = {}
    spellings: dict[str, set[str]] = {}  # an entity's names as letters and digits, once per entity
    known_names: dict[str, set[str]] = {}  # an entity's names, case-folded, once per entity
    owners: dict[str, set[str]] = {}
    for rec in recognitions:
        for m in rec.mentions:
            if m.source not in _SOURCES or m.entity.id not in entities or m.entity.category in _SKIPPED:
                continue
            form = _form(m.text)
            if form is None:
                continue
            names = known_names.get(m.entity.id)
            if names is None:
                entity = entities[m.entity.id]
                names = known_names[m.entity.id] = {n.casefold() for n in (entity.name, *entity.synonyms)}
            if form.casefold() in names:
                continue  # written as one of its names already
            if m.source == "vocab":
                spelt = spellings.get(m.entity.id)
                if spelt is None:
                    spelt = spellings[m.entity.id] = {_letters(n) for n in (m.entity.name, *m.entity.synonyms)}
                if _letters(form) not in spelt:
                    continue
            forms.setdefault(m.entity.id, set()).add(form)
            owners.setdefault(form.casefold(), set()).add(m.entity.id)
    out = dict(entities)
    for entity_id, written in forms.items():
        entity = entities[entity_id]
        added = {}
        for form in sorted(written):
            key = form.casefold()
            if len(owners[key]) > 1 or named.get(key, {entity_id}) != {entity_id}:
                continue
            if resolve is not None and resolve(form) not in (None, entity_id):
                continue
            parts = _parts(form)
            if resolve is not None and entity.category not in _LISTED_STATES and len(parts) > 1 and all(resolve(p) not in (None, entity_id) for p in parts):
                continue  # other entities listed ("CCR2/CCR5" read inside the name of their inhibitor class)
            added.setdefault(key, form)
        if added:
            out[entity_id] = dataclasses.replace(entity, synonyms=(*entity.synonyms, *added.values()))
    return out
