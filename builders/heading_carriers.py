"""Trials of a targeted therapy under a run-in heading that names the alteration they answer.

A review lists, per cause of resistance, the therapies tried against it, under a heading naming the cause (a
section, "3.2 MET amplification", or a run-in heading and the paragraphs after it, "HER-2
amplification/overexpression: Amplification of the HER2 gene ... . In the HERACLES-B study, patients were treated
with pertuzumab and trastuzumab emtansine ..."). A trial regimen reported there that acts on the altered gene is
tried against that alteration: it overcomes it, as a hypothesis (a trial tests it; the heading, not the sentence,
names the carriers).

Only where the document names the gene's gain as a cause of resistance to another therapy (as
:func:`builders.guards.as_resisting_alteration` asks); only a regimen the sentence evaluates through a trial, that
acts on the altered gene (a component, by the vocabulary or by what the document says it targets), in a sentence
that reports no failure; one alteration per heading (the first it names: "HER-2 amplification/overexpression" is
the amplification); never a fact the document already states.
This pass runs on a document's merged facts (trial regimens come from the trial builders).
"""
from __future__ import annotations

import re
from dataclasses import replace

from builders.guards import _GAIN_KINDS, _document_resisting_genes, _gene_and_kin, therapy_targets
from builders.lazy_patterns import lazy_compile
from kg.model import Assertion, Entity, facts_by_subject

# a sentence that says the tested regimen failed ("did not improve", "failed to", "no benefit")
_FAILURE = lazy_compile(r"\b(?:not|no|failed|fail|fails|lack\w*|neither|nor|futil\w*|inferior|terminated|halted)\b", re.I)


def heading_carrier_rescues(assertions: list[Assertion], entities: dict[str, Entity], reading) -> list[Assertion]:
    """New "R overcomes A" facts, one for each trial regimen R acting on the gene of the alteration A that the
    run-in heading of its sentence names (see the module docstring)."""
    headed = _heading_alterations(reading, entities)
    if not headed:
        return []
    vocab = reading.vocab
    facts = facts_by_subject(assertions)
    answered = {(a.subject, a.object) for a in assertions if a.predicate == "overcomes"}
    new, done = [], set()
    said = [(a.object, where) for a in assertions if a.predicate == "evaluates" for where in a.evidence]
    for regimen_id, where in said:
        alteration = headed.get(where.start)
        regimen = entities.get(regimen_id)
        if alteration is None or regimen is None or regimen.category != "Regimen" or _FAILURE.search(where.sentence):
            continue
        gene = _gene_of(vocab, alteration)
        key = (regimen.id, alteration.id)
        if gene is None or key in done or key in answered:
            continue
        kin = _gene_and_kin(vocab, vocab.entities[gene]) if gene in vocab.entities else {gene}
        if not _targets(vocab, entities, facts, regimen.id) & kin:
            continue
        done.add(key)
        new.append(Assertion(regimen.id, "overcomes", alteration.id, (("certainty", "hypothesis"),),
                             [replace(where, method="rule")]))
    return new


def _heading_alterations(reading, entities: dict[str, Entity]) -> dict[int, Entity]:
    """Sentence start -> the first gain the heading over the sentence names, of a gene the document names as a cause
    of resistance. A section heading ("3.2 MET amplification") goes on over its section; a run-in heading
    ("HER-2 amplification/overexpression: ...") opens its paragraph and goes on over the paragraphs after it that
    open with none of their own, until the next run-in heading (one naming no gain gives the section's back) or
    section heading."""
    resisting = _document_resisting_genes(reading)
    if not resisting:
        return {}
    out = {}
    section, current, whole = None, None, None
    for sentence in getattr(reading.doc, "sentences", ()):
        if sentence.section != section:
            section = sentence.section
            whole = current = _first_gain(reading.find(section).mentions, len(section), reading, resisting, entities)
        heading = sentence.subsection
        if heading and sentence.norm.startswith(heading):
            current = _first_gain(reading.recognize(sentence).mentions, len(heading), reading, resisting,
                                  entities) or whole
        elif heading:
            continue  # a run-in heading of another form: nothing to carry over
        if current is not None:
            out[sentence.start] = current
    return out


def _first_gain(mentions, end: int, reading, resisting: set[str], entities: dict[str, Entity]) -> Entity | None:
    """The first gain the mentions within the first ``end`` characters (a heading) name, of a resisting gene."""
    for mention in mentions:
        e = mention.entity
        if mention.start >= end or e.category != "Alteration" or e.attr("alteration_kind") not in _GAIN_KINDS:
            continue
        if _gene_of(reading.vocab, e) in resisting and e.id in entities:
            return entities[e.id]
    return None


def _gene_of(vocab, entity: Entity | None) -> str | None:
    if entity is None or not entity.attr("gene"):
        return None
    gene = vocab.gene_entity(entity.attr("gene"))
    return gene.id if gene is not None else None


def _targets(vocab, entities: dict[str, Entity], facts: dict, regimen: str) -> set[str]:
    """Gene ids a regimen acts on through its components: by the vocabulary and by what the document says."""
    found: set[str] = set()
    for part in facts.get((regimen, "has_component"), set()) | {regimen}:
        entity = entities.get(part) or vocab.entities.get(part)
        if entity is not None:
            found |= therapy_targets(vocab, entity)
        found |= facts.get((part, "targets"), set())
        for cls in facts.get((part, "member_of"), set()):
            found |= set(vocab.drug_targets.get(cls, ())) | facts.get((cls, "targets"), set())
    return found
