"""A document's own mechanisms of one participant, joined: the specific ones are kinds of its "X-mediated resistance".

A review that says "expansion of MDSCs confers resistance to PD-1/PD-L1 inhibitors" and, a paragraph on, that
"CXCR2 inhibitors overcome MDSC-mediated resistance" names one process twice: the reader mints
``MDSC expansion`` (a cell's build-up, :mod:`builders.cell_processes`) and the generic ``MDSC-mediated
resistance`` (a rescued cause named only as the cell, gene, molecule or pathway behind it:
:func:`builders.guards.as_target_of_rescue`). Within one document, a mechanism that is a gain of a participant
X (its expansion, accumulation, enrichment, recruitment or infiltration; the immunosuppression X mediates) is a
way X mediates resistance, so each is a kind of the document's ``X-mediated resistance``: ``MDSC expansion
subclass_of MDSC-mediated resistance``, on the sentences that minted the two (the ``involves`` facts of each to X
in this document). An activity of X (its activation, hyperactivation, upregulation or signalling: "cetuximab-induced
MET activation contributes to resistance") is the cause of X-mediated resistance, no kind of it: it confers the
resistance and involves X, and joins nothing here.

Always a link, never a merge: mechanism ids are shared by every document, so a merge made for one document would
rename the node in all of them and lose the name the document chose; a link with this document's sentences keeps
both and joins them only where a document names both. What is joined, and what is not:

- only mechanisms of one document (the pass sees one document's facts), never across documents;
- only two mechanisms of the same one participant (the generic's name is that participant's ``X-mediated
  resistance``; the specific mechanism involves X and nothing else here): never mechanisms of different cells,
  genes or pathways ("PD-1+ TAM accumulation" is not a kind of "TAM-mediated resistance"; "TGF-beta signalling
  activation" involves the pathway, not the molecule), never an axis of two participants, never a participant
  itself (the cell is no mechanism);
- only a gain of the participant in number or in what it suppresses: its loss, depletion, exhaustion or dysfunction
  lessens what X does (or is resistance by X's failure), never X-mediated resistance; its activation or signalling
  causes the resistance X mediates ("SRC activation" is no kind of "SRC-mediated resistance").

This pass runs on a document's checked facts (after :mod:`builders.edge_checks`).
"""
from __future__ import annotations

import re
from collections import defaultdict

from builders.derived_facts import ordered_evidence
from builders.lazy_patterns import lazy_compile
from kg.model import Assertion, Entity, Evidence

_GENERIC = "-mediated resistance"
_INVOLVED = ("Gene", "Molecule", "Pathway", "CellType")

# what a name adds to its participant's name when it names a gain of it: "MDSC expansion", "TAM accumulation",
# "Treg-mediated immunosuppression"; never an activity ("IDO1 activation", "Wnt pathway signalling"), which causes
# the X-mediated resistance
_GAIN_AFTER = lazy_compile(
    r"(?:expansion|accumulation|enrichment|recruitment|infiltration)"
    r"|-(?:mediated|driven|induced)\s+immun[eo]-?\s*suppression", re.I)
# the same written before the participant: "expansion of MDSCs", "recruitment of the TAMs"
_GAIN_BEFORE = lazy_compile(
    r"(?:expansion|accumulation|enrichment|recruitment|infiltration)\s+of(?:\s+the)?", re.I)


def _names(entity: Entity) -> list[str]:
    return sorted({entity.name, *entity.synonyms}, key=lambda n: (-len(n), n))


def is_generic(mech: Entity, participant: Entity) -> bool:
    """The mechanism is the participant's "X-mediated resistance" (by the participant's name or a synonym).

    >>> mdsc = Entity("CL:0000889", "CellType", "myeloid-derived suppressor cell", ("MDSC",))
    >>> is_generic(Entity("crc:m", "ResistanceMechanism", "MDSC-mediated resistance"), mdsc)
    True
    >>> is_generic(Entity("crc:m", "ResistanceMechanism", "MDSC expansion"), mdsc)
    False
    """
    wanted = {f"{n}{_GENERIC}".casefold() for n in _names(participant)}
    return any(n.casefold() in wanted for n in _names(mech))


def is_gain_of(mech: Entity, participant: Entity) -> bool:
    """The mechanism is named as a gain of the participant: its name is the participant's and a word of
    build-up ("MDSC expansion", "recruitment of MDSCs"), nothing else; an activation or signalling of it is none.

    >>> mdsc = Entity("CL:0000889", "CellType", "myeloid-derived suppressor cell", ("MDSC", "MDSCs"))
    >>> is_gain_of(Entity("crc:m", "ResistanceMechanism", "MDSC expansion"), mdsc)
    True
    >>> is_gain_of(Entity("crc:m", "ResistanceMechanism", "expansion of MDSCs"), mdsc)
    True
    >>> [is_gain_of(Entity("crc:m", "ResistanceMechanism", n), mdsc) for n in ("MDSC depletion", "MDSC exhaustion",
    ...  "PD-L1+ MDSC accumulation", "MDSC-mediated resistance")]
    [False, False, False, False]
    >>> met = Entity("HGNC:7029", "Gene", "MET", ("c-MET",))
    >>> [is_gain_of(Entity("crc:m", "ResistanceMechanism", n), met) for n in ("MET activation", "activation of MET",
    ...  "c-MET hyperactivation", "MET signaling", "MET upregulation")]
    [False, False, False, False, False]
    """
    parts = [part.casefold() for part in _names(participant)]
    for name in _names(mech):
        low = name.casefold()
        if low.endswith(_GENERIC):
            return False
        for p in parts:
            if low.startswith(p) and _GAIN_AFTER.fullmatch(low[len(p):].lstrip(" ")):
                return True
            if low.endswith(p):
                before = low[:len(low) - len(p)].rstrip()
                if before != low[:len(low) - len(p)] and _GAIN_BEFORE.fullmatch(before):
                    return True
    return False


def mechanism_kinds(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New ``specific subclass_of generic`` facts: each mechanism of one document that is a gain of a participant,
    joined to the document's ``<participant>-mediated resistance`` (see the module docstring), sorted.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> mdsc = Entity("CL:0000889", "CellType", "myeloid-derived suppressor cell", ("MDSC", "MDSCs"))
    >>> gen = Entity("crc:mech_g", "ResistanceMechanism", "myeloid-derived suppressor cell-mediated resistance")
    >>> spec = Entity("crc:mech_s", "ResistanceMechanism", "myeloid-derived suppressor cell expansion")
    >>> ev1 = Evidence("d.txt", 0, 50, "Expansion of MDSCs confers resistance to anti-PD-1.", "", "rule")
    >>> ev2 = Evidence("d.txt", 60, 100, "CXCR2 inhibitors overcame MDSC-mediated resistance.", "", "rule")
    >>> facts = [Assertion(spec.id, "involves", mdsc.id, (), [ev1]), Assertion(gen.id, "involves", mdsc.id, (), [ev2])]
    >>> [(a.subject, a.predicate, a.object, len(a.evidence))
    ...  for a in mechanism_kinds(facts, {e.id: e for e in (mdsc, gen, spec)}, ctx)]
    [('crc:mech_s', 'subclass_of', 'crc:mech_g', 2)]
    """
    involved: dict[str, dict[str, list[Evidence]]] = defaultdict(dict)  # mechanism -> participant -> sentences
    for a in assertions:
        if a.predicate != "involves" or not a.supported or not a.evidence:
            continue
        mech, part = entities.get(a.subject), entities.get(a.object)
        if mech is None or part is None or mech.category != "ResistanceMechanism":
            continue
        involved[a.subject].setdefault(a.object, []).extend(a.evidence)
    generic: dict[str, list[str]] = defaultdict(list)  # participant -> its generic mechanisms here
    specific: dict[str, list[str]] = defaultdict(list)
    for mid in sorted(involved):
        parts = involved[mid]
        if len(parts) != 1:
            continue  # an axis of two participants, or a mechanism of several: no one participant's kind
        (pid,) = parts
        mech, part = entities[mid], entities[pid]
        if part.category not in _INVOLVED:
            continue
        if is_generic(mech, part):
            generic[pid].append(mid)
        elif is_gain_of(mech, part):
            specific[pid].append(mid)
    new: list[Assertion] = []
    for pid in sorted(generic):
        for gid in generic[pid]:
            for sid in specific.get(pid, ()):
                if not ctx.schema.allows(entities[sid].category, "subclass_of", entities[gid].category):
                    continue
                evidence = ordered_evidence(involved[sid][pid] + involved[gid][pid])
                new.append(Assertion(sid, "subclass_of", gid, (), evidence))
    return sorted(new, key=lambda a: (a.subject, a.object))
