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

A second join (:func:`named_kinds`) links a mechanism the document names by a known process of the vocabulary
(``ontology/vocab/processes.yaml``) narrowed by what carries it: "adaptive feedback reactivation of MAPK signaling,
often mediated by EGFR", minted as ``EGFR-mediated MAPK pathway reactivation``, holds "pathway reactivation", a
name of the vocabulary's ``adaptive feedback reactivation``; so it is a kind of it, on the first sentence that names
it. Only where the rest of its name is what narrows the process: the mechanism's own participants in this document
("EGFR", "MAPK"), a cause written with "-mediated", "-driven", "-induced" or "-dependent" ("Smurf1-mediated
ubiquitination of STAT1"), the process's carriers after "of", "by", "via", "through" or "in", and words that
neither lower nor deny it ("adaptive", "compensatory", "increased", "signalling"); never a lowered or lost process
("insufficient Smurf1-mediated ubiquitination of STAT1" is no ubiquitination), never a process the vocabulary
gives a participant of its own ("T-cell exhaustion" involves T cells) unless the mechanism involves it too ("CD8+
T cell exhaustion" involves CD8+ T cells: another participant, no join), never one process of the vocabulary as a
kind of another.

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


# what may stand beside a known process's name in a mechanism's name and leave it that process, narrowed: a cause
# written before it with a hyphen ("EGFR-mediated", "IL-6-driven"), words that neither lower nor deny it, and the
# words that join its carriers after it ("of", "via"); anything else ("insufficient", "loss of", "inhibition")
# leaves the mechanism another thing (s59 mechkinds)
_CAUSE_SUFFIX = r"-(?:mediated|driven|induced|dependent)"
_NARROWING_WORDS = (r"adaptive|feedback|compensatory|increased|enhanced|elevated|aberrant|sustained|persistent|"
                    r"signall?ing|pathways?")
_CARRIER_WORDS = r"of|by|via|through|in"


def _narrowing(carriers: list[str]) -> tuple[re.Pattern, re.Pattern]:
    """Patterns for what may stand before and after a known process's name in a mechanism's name: the names of the
    mechanism's participants (``carriers``), a hyphenated cause, narrowing words, carriers joined after it."""
    names = "|".join(re.escape(n) for n in sorted(set(carriers), key=lambda n: (-len(n), n)))
    word = rf"(?:{names}|{_NARROWING_WORDS})" if names else rf"(?:{_NARROWING_WORDS})"
    before = rf"(?:(?:{word}(?:{_CAUSE_SUFFIX})?|\S+{_CAUSE_SUFFIX})\s+)*"
    after = rf"(?:\s+(?:{_CARRIER_WORDS})(?:\s+the)?(?:\s+{word})+)?"
    return re.compile(before, re.I), re.compile(after, re.I)


def process_forms(vocab) -> dict[str, str]:
    """Every name and synonym of the vocabulary's processes, case-folded, with the process's id (built once per
    vocabulary and kept in its lexicon)."""
    forms = vocab.lexicon.get("process_forms")
    if forms is None:
        forms = vocab.lexicon["process_forms"] = {
            n.casefold(): e.id for e in sorted(vocab.entities.values(), key=lambda e: e.id)
            if e.category == "ResistanceMechanism" for n in sorted((e.name, *e.synonyms))}
    return forms


_WORD = lazy_compile(r"\S+")


def known_kind(mech: Entity, carriers: list[str], forms: dict[str, str]) -> str | None:
    """The id of the vocabulary's process (``forms``: :func:`process_forms`) the mechanism is a kind of by its name,
    narrowed only by its participants' names (``carriers``) and words that neither lower nor deny it, or None.

    >>> from builders import default_context
    >>> forms = process_forms(default_context().vocab)
    >>> known_kind(Entity("crc:m", "ResistanceMechanism", "EGFR-mediated MAPK pathway reactivation"),
    ...            ["EGFR", "MAPK", "MAPK pathway"], forms)
    'crc:mech_adaptive_feedback_reactivation'
    >>> known_kind(Entity("crc:m", "ResistanceMechanism", "Smurf1-mediated ubiquitination of STAT1"), ["STAT1"], forms)
    'crc:mech_ubiquitination'
    >>> [known_kind(Entity("crc:m", "ResistanceMechanism", n), ["STAT1"], forms) for n in (
    ...  "insufficient Smurf1-mediated ubiquitination of STAT1", "ubiquitination loss", "STAT1-mediated resistance",
    ...  "loss of autophagy", "autophagy inhibition")]
    [None, None, None, None, None]
    """
    name = mech.name
    words = [(w.start(), w.end()) for w in _WORD.finditer(name)]
    spans = sorted(((words[i][0], words[j][1]) for i in range(len(words)) for j in range(i, len(words))),
                   key=lambda span: (span[0] - span[1], span))  # the longest name first
    before = after = None
    for start, end in spans:
        pid = forms.get(name[start:end].casefold())
        if pid is None:
            continue
        if before is None:
            before, after = _narrowing(carriers)
        if before.fullmatch(name[:start]) and after.fullmatch(name[end:]):
            return pid
    return None


def named_kinds(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> tuple[list[Assertion], list[Entity]]:
    """New ``mechanism subclass_of process`` facts: each mechanism of one document whose name is a known process of
    the vocabulary narrowed by what carries it (see the module docstring), on the first sentence naming it, sorted;
    and the processes they name.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> egfr, mapk = ctx.vocab.gene_entity("EGFR"), ctx.vocab.entities[ctx.vocab.by_name["mapk pathway"]]
    >>> mech = Entity("crc:mech_x", "ResistanceMechanism", "EGFR-mediated MAPK pathway reactivation")
    >>> ev = Evidence("d.txt", 0, 60, "Resistance is due to feedback reactivation of MAPK mediated by EGFR.", "", "rule")
    >>> facts = [Assertion(mech.id, "involves", egfr.id, (), [ev]), Assertion(mech.id, "involves", mapk.id, (), [ev])]
    >>> new, known = named_kinds(facts, {e.id: e for e in (mech, egfr, mapk)}, ctx)
    >>> [(a.subject, a.predicate, a.object, len(a.evidence)) for a in new], [p.name for p in known]
    ([('crc:mech_x', 'subclass_of', 'crc:mech_adaptive_feedback_reactivation', 1)], ['adaptive feedback reactivation'])
    """
    vocab = ctx.vocab
    forms = process_forms(vocab)
    processes = set(forms.values())
    said: dict[str, list[Evidence]] = defaultdict(list)  # mechanism -> the sentences of its facts
    carriers: dict[str, set[str]] = defaultdict(set)  # mechanism -> what it involves here
    stated = set()
    for a in assertions:
        if not a.supported or not a.evidence:
            continue
        if a.predicate == "subclass_of":
            stated.add((a.subject, a.object))
        for end in (a.subject, a.object):
            e = entities.get(end)
            if e is not None and e.category == "ResistanceMechanism" and end not in processes:
                said[end].extend(a.evidence)
        if a.predicate == "involves" and a.subject in said and a.object in entities:
            carriers[a.subject].add(a.object)
    new: list[Assertion] = []
    known: dict[str, Entity] = {}
    for mid in sorted(said):
        parts = carriers.get(mid, set())
        names = [n for pid in parts for n in (entities[pid].name, *entities[pid].synonyms)]
        pid = known_kind(entities[mid], names, forms)
        if pid is None or (mid, pid) in stated:
            continue
        process = entities.get(pid) or vocab.entities[pid]
        own = {vocab.resolve(n) for n in vocab.process_parts.get(pid, ())}
        if not own <= parts or not ctx.schema.allows(entities[mid].category, "subclass_of", process.category):
            continue  # a process of its own participant, which this mechanism does not involve
        known[pid] = process
        new.append(Assertion(mid, "subclass_of", pid, (), ordered_evidence(said[mid])[:1]))
    return new, [known[k] for k in sorted(known)]
