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
"""
from __future__ import annotations

import re

from builders.derived_facts import DerivedFacts
from builders.lazy_patterns import lazy_compile
from kg.model import Assertion, Entity

_BLOOD_NAME = lazy_compile(r"(?:ctDNA|cfDNA|plasma|liquid biopsy) ", re.I)
_PREDICTIONS = ("predicts_response_to", "predicts_resistance_to")


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
    for a in assertions:
        if a.predicate == "measured_by" and _blood_marker(entities.get(a.object)):
            measured.setdefault(a.subject, []).append((a.object, _where(a.evidence)))
    if not measured:
        return []
    related = {(a.subject, a.object) for a in assertions}
    new = DerivedFacts()
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
