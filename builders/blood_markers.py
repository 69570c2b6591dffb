"""What an alteration found in the blood predicts: the prediction of its liquid-biopsy marker.

An alteration or a wild-type status a sentence says was read in circulating tumour DNA, cell-free DNA or plasma
("patients with MET amplification detected by cfDNA were treated with savolitinib", "KRAS and NRAS mutations in
cell-free DNA emerged at progression on panitumumab", "patients with RAS/BRAF wild-type ctDNA received cetuximab")
is, in that sentence, a liquid-biopsy marker: the test that selects the patients or announces the therapy failing is
the blood test (ESMO's recommendations on ctDNA assays and CIViC's liquid-biopsy evidence file such statements as
predictive evidence of the blood marker). The reader keeps the alteration as the subject of what the sentence says
and makes the specimen's marker ``measured_by`` it (:mod:`builders.specimen_pairs`, ``patterns.biomarkers``). So,
for each fact of the same sentence about that alteration and a therapy:

- ``predicts_response_to`` / ``predicts_resistance_to``: the blood marker predicts the same, with the same
  qualifiers (and ``specimen: liquid_biopsy``);
- ``confers_resistance_to`` (the alteration arising or present with the resistance): the blood marker predicts
  resistance to that therapy.

Only markers of a blood specimen (a tissue marker of "in tissue or ctDNA" is not one) and only facts whose evidence
is the sentence that names the marker; none where the document already relates the marker to the therapy, and none
from a fact that reports that the relation did not hold (``direction: does_not_support`` is kept as such on
predictions, never turned into a resistance).

A sentence that finds the alteration in the blood of the patients whose tumours resist or relapse and says no more
of it ("Amplification of the MET locus was present in circulating tumor DNA before relapse was clinically evident",
"to detect HER2 amplification in ctDNA from patients with acquired resistance to anti-EGFR antibody therapy") makes
the blood marker predict resistance to the one therapy the document says the alteration confers resistance to
(``predicts_resistance_to``, ``specimen: liquid_biopsy``, as a hypothesis where every such resistance is one or the
sentence puts the finding forward or sets out to look for it: "may", "potential", "we sought", "the aim"): only
where the sentence speaks of resistance, relapse or progression, states nothing of the alteration and a therapy of
its own, names no other therapy and denies nothing, and where the document names one therapy only as resisted
through the alteration.
"""
from __future__ import annotations

import re

from builders.derived_facts import DerivedFacts
from builders.lazy_patterns import lazy_compile
from builders.word_patterns import whole_word
from kg.groups import THERAPY
from kg.model import Assertion, Entity

_BLOOD_NAME = lazy_compile(r"(?:ctDNA|cfDNA|plasma|liquid biopsy) ", re.I)
_PREDICTIONS = ("predicts_response_to", "predicts_resistance_to")
# the resisting tumours the alteration is found in the blood of ("before relapse", "patients with acquired resistance")
_RESISTING = lazy_compile(r"\b(?:resistan(?:ce|t)|relaps(?:e|es|ed|ing)|progression|progressed|progressing)\b", re.I)
# a sentence that denies the finding or says what the alteration does without a therapy is not the finding
_DENIED = lazy_compile(r"\b(?:not|no|never|neither|nor|without|absence|absent|undetectable)\b", re.I)
# a sentence that puts the finding forward or sets out to look for it: a hypothesis
_PUT_FORWARD = lazy_compile(r"\b(?:may|might|could|possibl[ey]|potential(?:ly)?|putative|candidate|suggest\w*|aim\w*|"
                            r"sought|seek\w*)\b", re.I)


def _blood_marker(entity: Entity | None) -> bool:
    """A marker of an alteration or status as a blood specimen shows it ("ctDNA KRAS mutation", "plasma RAS
    wild-type"), never a tissue marker."""
    return entity is not None and entity.category == "Biomarker" and entity.attr("biomarker_kind") != "tissue" \
        and bool(_BLOOD_NAME.match(entity.name))


def _where(evidence) -> set[tuple[str, int]]:
    return {(ev.document, ev.start) for ev in evidence}


def blood_marker_predictions(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New facts of a blood marker (see the module docstring), sorted by subject, predicate and object.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> met = Entity("crc:met_amp", "Alteration", "MET amplification")
    >>> blood = Entity("crc:cf_met", "Biomarker", "cfDNA MET amplification", (), (), (("biomarker_kind", "liquid_biopsy"),))
    >>> drug = ctx.vocab.entities[ctx.vocab.by_name["savolitinib"]]
    >>> s = "Patients with MET amplification detected by cfDNA responded to savolitinib."
    >>> ev = Evidence("d.txt", 0, len(s), s, "", "rule")
    >>> facts = [Assertion(met.id, "measured_by", blood.id, (), [ev]),
    ...          Assertion(met.id, "predicts_response_to", drug.id, (("certainty", "association"),), [ev])]
    >>> ents = {e.id: e for e in (met, blood, drug)}
    >>> [(a.subject, a.predicate, a.qualifiers) for a in blood_marker_predictions(facts, ents, ctx)]
    [('crc:cf_met', 'predicts_response_to', (('certainty', 'association'), ('specimen', 'liquid_biopsy')))]
    >>> facts[1] = Assertion(met.id, "confers_resistance_to", drug.id, (("resistance_type", "acquired"),), [ev])
    >>> [(a.subject, a.predicate, a.qualifiers) for a in blood_marker_predictions(facts, ents, ctx)]
    [('crc:cf_met', 'predicts_resistance_to', (('specimen', 'liquid_biopsy'),))]
    >>> tissue = Entity("crc:t_met", "Biomarker", "tissue MET amplification", (), (), (("biomarker_kind", "tissue"),))
    >>> facts[0] = Assertion(met.id, "measured_by", tissue.id, (), [ev])
    >>> blood_marker_predictions(facts, {e.id: e for e in (met, tissue, drug)}, ctx)
    []
    """
    measured: dict[str, list[tuple[str, set]]] = {}
    measured_in: list[tuple[str, str, list]] = []
    for a in assertions:
        if a.predicate == "measured_by" and _blood_marker(entities.get(a.object)):
            measured.setdefault(a.subject, []).append((a.object, _where(a.evidence)))
            measured_in.append((a.subject, a.object, a.evidence))
    if not measured:
        return []
    related = {(a.subject, a.object) for a in assertions}
    new = DerivedFacts()
    _found_with_resistance(assertions, entities, measured_in, related, new, ctx)
    for a in assertions:
        if a.subject not in measured or not a.evidence:
            continue
        if a.predicate in _PREDICTIONS:
            predicate = a.predicate
            kept = dict(a.qualifiers)
        elif a.predicate == "confers_resistance_to" and a.supported:
            predicate = "predicts_resistance_to"
            kept = {k: v for k, v in a.qualifiers if k in ("certainty", "population")}
        else:
            continue
        therapy = entities.get(a.object)
        if therapy is None:
            continue
        kept["specimen"] = "liquid_biopsy"
        where = _where(a.evidence)
        for marker, marker_where in measured[a.subject]:
            shared = where & marker_where
            if not shared or (marker, a.object) in related:
                continue
            if not ctx.schema.allows("Biomarker", predicate, therapy.category):
                continue
            evidence = [ev for ev in a.evidence if (ev.document, ev.start) in shared]
            new.add((marker, predicate, a.object),
                    Assertion(marker, predicate, a.object, tuple(sorted(kept.items())), evidence))
    return new.sorted()


def _found_with_resistance(assertions: list[Assertion], entities: dict[str, Entity], measured_in: list, related: set,
                           new: DerivedFacts, ctx) -> None:
    """Add to ``new`` the resistance a blood marker predicts where its sentence finds the alteration with the
    resistance or relapse only (see the module docstring).

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> alt = Entity("crc:x_amp", "Alteration", "XYZ1 amplification")
    >>> blood = Entity("crc:cf_x", "Biomarker", "ctDNA XYZ1 amplification")
    >>> drug = ctx.vocab.entities[ctx.vocab.by_name["cetuximab"]]
    >>> s1, s2 = "XYZ1 amplification drives resistance to cetuximab.", "XYZ1 amplification was found in ctDNA at relapse."
    >>> ev1, ev2 = Evidence("d.txt", 0, len(s1), s1, "", "rule"), Evidence("d.txt", 60, 60 + len(s2), s2, "", "rule")
    >>> facts = [Assertion(alt.id, "confers_resistance_to", drug.id, (), [ev1]),
    ...          Assertion(alt.id, "measured_by", blood.id, (), [ev2])]
    >>> ents = {e.id: e for e in (alt, blood, drug)}
    >>> [(a.subject, a.predicate, a.object, a.qualifiers) for a in blood_marker_predictions(facts, ents, ctx)]
    [('crc:cf_x', 'predicts_resistance_to', 'DRUGBANK:DB00002', (('specimen', 'liquid_biopsy'),))]
    >>> s3 = "XYZ1 amplification was not found in ctDNA at relapse."
    >>> facts[1] = Assertion(alt.id, "measured_by", blood.id, (), [Evidence("d.txt", 60, 60 + len(s3), s3, "", "rule")])
    >>> blood_marker_predictions(facts, ents, ctx)
    []
    """
    resisted: dict[str, dict[str, list[Assertion]]] = {}
    stated: set[tuple[str, str, int]] = set()  # (alteration, document, start) of a sentence relating it to a therapy
    for a in assertions:
        therapy = entities.get(a.object)
        if therapy is None or therapy.category not in THERAPY:
            continue
        for ev in a.evidence:
            stated.add((a.subject, ev.document, ev.start))
        if a.predicate == "confers_resistance_to" and a.supported:
            resisted.setdefault(a.subject, {}).setdefault(a.object, []).append(a)
    therapies = [e for e in entities.values() if e.category in THERAPY]
    for alteration, marker, evidence in measured_in:
        by_therapy = resisted.get(alteration, {})
        if len(by_therapy) != 1:
            continue
        (therapy_id, facts), = by_therapy.items()
        if (marker, therapy_id) in related or not ctx.schema.allows("Biomarker", "predicts_resistance_to",
                                                                      entities[therapy_id].category):
            continue
        put_forward = all(dict(f.qualifiers).get("certainty") == "hypothesis" for f in facts)
        for ev in evidence:
            if (alteration, ev.document, ev.start) in stated or not _RESISTING.search(ev.sentence) \
                    or _DENIED.search(ev.sentence):
                continue
            named = {t.id for t in therapies if _names_in(t, ev.sentence)}
            if named - {therapy_id}:
                continue
            kept = {"specimen": "liquid_biopsy"}
            if put_forward or _PUT_FORWARD.search(ev.sentence):
                kept["certainty"] = "hypothesis"
            new.add((marker, "predicts_resistance_to", therapy_id),
                    Assertion(marker, "predicts_resistance_to", therapy_id, tuple(sorted(kept.items())), [ev]))


def _names_in(entity: Entity, sentence: str) -> bool:
    """Whether the sentence holds one of the entity's names as words of its own."""
    return any(whole_word(name).search(sentence) for name in (entity.name, *entity.synonyms))
