"""Resistance that an alteration or a tumour status is said to predict.

"KRAS-mutant tumours do not benefit from cetuximab" and "BRAF mutations predict a lack of response to anti-EGFR
antibodies" are read as ``predicts_resistance_to`` facts. For an alteration (not a marker such as an expression
level) that is also what resistance means in the field: CIViC files such evidence as predictive evidence whose
clinical significance is resistance, and Biolink's ``associated_with_resistance_to``, which
``confers_resistance_to`` maps to, claims no more than that the alteration goes with the therapy failing. The same
holds for a tumour's genomic status (microsatellite / mismatch-repair status, mutational burden: "MSS tumours lack
response to ICIs"), which CIViC files as predictive evidence of resistance like an alteration, and for the site
a tumour has spread to ("the presence of liver metastases has been associated with a poor response to ICIs",
"reduced responses to immunotherapy in the presence of liver metastasis"), a feature of the tumour, not a level, that
reviews name among the sources of resistance; a level of a marker still predicts only. So each such fact a document states is also an ``A confers_resistance_to therapy`` fact, on
the same sentences:

- with certainty ``association`` (the sentence reports that the two go together), or ``hypothesis`` where the
  sentence hedged the prediction;
- with the class of resistance mechanism the alteration falls in (:func:`builders.guards.classify_mechanism`);
- none from a fact that reports that the prediction did not hold (``direction: does_not_support``), and none where
  the document already states a resistance of that alteration to that therapy (its own wording wins).

This pass runs on a document's checked facts (after :mod:`builders.edge_checks`): what it derives rests on facts
that survived every check, and the checks that look for resistance facts (a therapy overcoming resistance to
itself) do not see predictions.
"""
from __future__ import annotations

from builders.derived_facts import DerivedFacts
from builders.guards import classify_mechanism
from kg.model import Assertion, Entity

_PRESERVED = ("certainty", "population")
# a tumour's genomic status or the site it has spread to, predictive like an alteration (not a level of a marker)
_STATUS_KINDS = frozenset({"msi_status", "tmb_status", "metastatic_site"})


def _resists_as_it_predicts(cause: Entity) -> bool:
    """An alteration, a tumour's genomic status or its metastatic site (see the module docstring)."""
    return cause.category == "Alteration" or (
        cause.category == "Biomarker" and cause.attr("biomarker_kind") in _STATUS_KINDS)


def predicted_resistance(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New ``A confers_resistance_to T`` facts, one for each alteration or tumour status A a document says predicts
    resistance to a therapy T (see the module docstring), sorted by subject and object.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> kras, cetuximab = Entity("crc:kras_mut", "Alteration", "KRAS mutation"), ctx.vocab.entities[ctx.vocab.by_name["cetuximab"]]
    >>> ev = Evidence("d.txt", 0, 47, "KRAS mutations predict no benefit of cetuximab.", "", "rule")
    >>> facts = [Assertion(kras.id, "predicts_resistance_to", cetuximab.id, (), [ev])]
    >>> [(a.subject, a.predicate, a.qualifiers) for a in predicted_resistance(facts, {e.id: e for e in (kras, cetuximab)}, ctx)]
    [('crc:kras_mut', 'confers_resistance_to', (('certainty', 'association'), ('mechanism_class', 'downstream_pathway_reactivation')))]
    >>> facts.append(Assertion(kras.id, "confers_resistance_to", cetuximab.id, (), [ev]))  # stated in its own words
    >>> predicted_resistance(facts, {e.id: e for e in (kras, cetuximab)}, ctx)
    []
    """
    stated = {(a.subject, a.object) for a in assertions if a.predicate == "confers_resistance_to"}
    new = DerivedFacts()
    for a in assertions:
        cause, therapy = entities.get(a.subject), entities.get(a.object)
        if a.predicate != "predicts_resistance_to" or not a.supported or cause is None or therapy is None:
            continue
        if not _resists_as_it_predicts(cause) or (a.subject, a.object) in stated or not a.evidence:
            continue
        if not ctx.schema.allows(cause.category, "confers_resistance_to", therapy.category):
            continue
        kept = dict(q for q in a.qualifiers if q[0] in _PRESERVED)
        if kept.get("certainty") != "hypothesis":
            kept["certainty"] = "association"
        kept["mechanism_class"] = classify_mechanism(ctx.vocab, a.evidence[0].sentence, cause, therapy)
        derived = Assertion(a.subject, "confers_resistance_to", a.object, tuple(sorted(kept.items())), list(a.evidence))
        new.add((a.subject, a.object), derived, same_qualifiers=True)
    return new.sorted()


_LEVEL_KINDS = frozenset({"expression"})


def level_predictions(assertions: list[Assertion], entities: dict[str, Entity], ctx) -> list[Assertion]:
    """New ``M predicts_resistance_to T`` facts, one for each level marker M (a molecule's expression or level, "high
    ABCB1 expression", "angiopoietin-2 level") a document says brings about resistance to a therapy T ("elevated
    angiopoietin-2 levels counteract the effects of bevacizumab"), sorted by subject and object.

    The converse of :func:`predicted_resistance`: a level measured in the patient is a marker, so a level said to
    go with or cause the therapy failing is also predictive evidence of resistance (CIViC files a level associated
    with resistance as predictive evidence), with the sentence's certainty. None from a fact that reports that the
    resistance did not hold, and none where the document already relates the marker to the therapy by a prediction.

    >>> from builders import default_context
    >>> from kg.model import Evidence
    >>> ctx = default_context()
    >>> level = Entity("crc:ang2_level", "Biomarker", "angiopoietin-2 level", (), (), (("biomarker_kind", "expression"),))
    >>> bev = ctx.vocab.entities[ctx.vocab.by_name["bevacizumab"]]
    >>> ev = Evidence("d.txt", 0, 60, "Elevated angiopoietin-2 levels counteract the effects of bevacizumab.", "", "rule")
    >>> facts = [Assertion(level.id, "confers_resistance_to", bev.id, (("certainty", "hypothesis"),), [ev])]
    >>> [(a.subject, a.predicate, a.qualifiers) for a in level_predictions(facts, {e.id: e for e in (level, bev)}, ctx)]
    [('crc:ang2_level', 'predicts_resistance_to', (('certainty', 'hypothesis'),))]
    >>> facts.append(Assertion(level.id, "predicts_response_to", bev.id, (), [ev]))  # the document's own prediction
    >>> level_predictions(facts, {e.id: e for e in (level, bev)}, ctx)
    []
    """
    predicted = {(a.subject, a.object) for a in assertions if a.predicate in ("predicts_resistance_to",
                                                                              "predicts_response_to")}
    new = DerivedFacts()
    for a in assertions:
        marker, therapy = entities.get(a.subject), entities.get(a.object)
        if a.predicate != "confers_resistance_to" or not a.supported or marker is None or therapy is None:
            continue
        if marker.category != "Biomarker" or marker.attr("biomarker_kind") not in _LEVEL_KINDS:
            continue
        if (a.subject, a.object) in predicted or not a.evidence:
            continue
        if not ctx.schema.allows(marker.category, "predicts_resistance_to", therapy.category):
            continue
        kept = tuple(sorted(q for q in a.qualifiers if q[0] in _PRESERVED))
        new.add((a.subject, a.object), Assertion(a.subject, "predicts_resistance_to", a.object, kept, list(a.evidence)),
                same_qualifiers=True)
    return new.sorted()
