"""A tiny, hand-made graph for the query docstrings and unit tests.

The six sentences of :data:`TINY_TEXT` are synthetic (written for the tests, loosely
after two trials the bundled corpus reports); each edge below points at the sentence
that states it, with true character offsets, so evidence checks work on it too.
What it holds:

- cetuximab and panitumumab are anti-EGFR antibodies ("EGFR blockade");
- MET amplification confers acquired resistance to the class; KRAS mutation predicts resistance;
- cetuximab + tivantinib overcomes MET overexpression, tested in a phase II study whose ORR is
  9.8% in one sentence and 10% in another (a conflict);
- adagrasib + cetuximab overcomes KRAS G12C, tested in a phase III trial (ORR 34%).
"""
from __future__ import annotations

import hashlib

from kg.background import add_background
from kg.graph import KnowledgeGraph
from kg.model import Assertion, Entity, Evidence, Outcome, quote_span

DOCUMENT = "tiny.txt"
TINY_TEXT = (
    "Cetuximab and panitumumab are anti-EGFR antibodies. "
    "MET amplification confers acquired resistance to EGFR blockade. "
    "KRAS mutations predict resistance to anti-EGFR antibodies. "
    "In a phase II study, cetuximab plus tivantinib was given to patients with MET overexpression and the ORR was 9.8%. "
    "In the phase III KRYSTAL-10 trial, adagrasib plus cetuximab gave an ORR of 34% in KRAS G12C mutant CRC. "
    "A later summary put the ORR of cetuximab plus tivantinib at 10%."
)


def _ev(sentence_start: str, method: str = "rule", kind: str = "review_statement") -> Evidence:
    start = TINY_TEXT.index(sentence_start)
    end = TINY_TEXT.index(". ", start) + 1 if ". " in TINY_TEXT[start:] else len(TINY_TEXT)
    return Evidence(DOCUMENT, start, end, TINY_TEXT[start:end], "Results", method, kind,
                    **quote_span(TINY_TEXT, start, end))


def tiny_graph() -> KnowledgeGraph:
    """Build the tiny graph (a new object each call).

    >>> kg = tiny_graph()
    >>> kg.number_of_nodes(), kg.number_of_edges(), len(kg.outcomes())
    (19, 20, 3)
    """
    kg = KnowledgeGraph()
    ents = [
        Entity("crc:doc_tiny", "Document", DOCUMENT, attributes=(
            ("file", DOCUMENT), ("sha256", hashlib.sha256(TINY_TEXT.encode("utf-8")).hexdigest()))),
        Entity("HGNC:3430", "Gene", "ERBB2", ("HER2",), ("HGNC:3430",)),
        Entity("HGNC:7029", "Gene", "MET", ("c-MET",), ("HGNC:7029",)),
        Entity("HGNC:6407", "Gene", "KRAS", (), ("HGNC:6407",)),
        Entity("crc:class_anti_egfr_antibody", "DrugClass", "anti-EGFR antibody", ("EGFR blockade", "anti-EGFR mAb")),
        Entity("DRUGBANK:DB00002", "Drug", "cetuximab", ("Erbitux",), ("DRUGBANK:DB00002",)),
        Entity("DRUGBANK:DB01269", "Drug", "panitumumab", (), ("DRUGBANK:DB01269",)),
        Entity("crc:drug_tivantinib", "Drug", "tivantinib"),
        Entity("DRUGBANK:DB15568", "Drug", "adagrasib", (), ("DRUGBANK:DB15568",)),
        Entity("crc:alt_met_amplification", "Alteration", "MET amplification", (), (),
               (("alteration_kind", "amplification"), ("gene", "MET"))),
        Entity("crc:alt_met_overexpression", "Alteration", "MET overexpression", (), (),
               (("alteration_kind", "overexpression"), ("gene", "MET"))),
        Entity("crc:alt_kras_mutation", "Alteration", "KRAS mutation", (), (),
               (("alteration_kind", "mutation"), ("gene", "KRAS"))),
        Entity("crc:alt_kras_g12c", "Alteration", "KRAS G12C", (), (), (("alteration_kind", "mutation"), ("gene", "KRAS"))),
        Entity("crc:regimen_cetuximab_plus_tivantinib", "Regimen", "cetuximab + tivantinib", (), (), (("combination", True),)),
        Entity("crc:regimen_adagrasib_plus_cetuximab", "Regimen", "adagrasib + cetuximab", (), (), (("combination", True),)),
        Entity("crc:trial_tiny_phase_2", "Trial", "study of cetuximab + tivantinib", (), (), (("phase", "II"),)),
        Entity("crc:trial_krystal_10", "Trial", "KRYSTAL-10", (), (), (("line", "second-line"), ("phase", "III"))),
        Entity("crc:arm_tiny_phase_2__cetuximab_plus_tivantinib", "TrialArm", "study of cetuximab + tivantinib: cetuximab + tivantinib",
               (), (), (("regimen", "crc:regimen_cetuximab_plus_tivantinib"), ("trial", "crc:trial_tiny_phase_2"))),
        Entity("crc:arm_krystal_10__adagrasib_plus_cetuximab", "TrialArm", "KRYSTAL-10: adagrasib + cetuximab", (), (),
               (("regimen", "crc:regimen_adagrasib_plus_cetuximab"), ("trial", "crc:trial_krystal_10"))),
    ]
    for e in ents:
        kg.add_entity(e)
        kg.note_mention(e.id, DOCUMENT)
    classes = _ev("Cetuximab and")
    met = _ev("MET amplification")
    kras = _ev("KRAS mutations")
    tiv = _ev("In a phase II", kind="phase_2")
    ada = _ev("In the phase III", kind="randomized_phase_3")
    later = _ev("A later summary")
    facts = [
        ("DRUGBANK:DB00002", "member_of", "crc:class_anti_egfr_antibody", (), classes),
        ("DRUGBANK:DB01269", "member_of", "crc:class_anti_egfr_antibody", (), classes),
        ("crc:alt_met_amplification", "alteration_of", "HGNC:7029", (), met),
        ("crc:alt_met_amplification", "confers_resistance_to", "crc:class_anti_egfr_antibody",
         (("mechanism_class", "bypass_receptor_activation"), ("resistance_type", "acquired")), met),
        ("crc:alt_kras_mutation", "alteration_of", "HGNC:6407", (), kras),
        ("crc:alt_kras_mutation", "predicts_resistance_to", "crc:class_anti_egfr_antibody", (), kras),
        ("crc:alt_met_overexpression", "alteration_of", "HGNC:7029", (), tiv),
        ("crc:regimen_cetuximab_plus_tivantinib", "has_component", "DRUGBANK:DB00002", (), tiv),
        ("crc:regimen_cetuximab_plus_tivantinib", "has_component", "crc:drug_tivantinib", (), tiv),
        ("crc:regimen_cetuximab_plus_tivantinib", "overcomes", "crc:alt_met_overexpression", (), tiv),
        ("crc:trial_tiny_phase_2", "evaluates", "crc:regimen_cetuximab_plus_tivantinib", (), tiv),
        ("crc:trial_tiny_phase_2", "has_arm", "crc:arm_tiny_phase_2__cetuximab_plus_tivantinib", (), tiv),
        ("crc:arm_tiny_phase_2__cetuximab_plus_tivantinib", "uses_regimen", "crc:regimen_cetuximab_plus_tivantinib", (), tiv),
        ("crc:alt_kras_g12c", "alteration_of", "HGNC:6407", (), ada),
        ("crc:regimen_adagrasib_plus_cetuximab", "has_component", "DRUGBANK:DB15568", (), ada),
        ("crc:regimen_adagrasib_plus_cetuximab", "has_component", "DRUGBANK:DB00002", (), ada),
        ("crc:regimen_adagrasib_plus_cetuximab", "overcomes", "crc:alt_kras_g12c", (), ada),
        ("crc:trial_krystal_10", "evaluates", "crc:regimen_adagrasib_plus_cetuximab", (), ada),
        ("crc:trial_krystal_10", "has_arm", "crc:arm_krystal_10__adagrasib_plus_cetuximab", (), ada),
        ("crc:arm_krystal_10__adagrasib_plus_cetuximab", "uses_regimen", "crc:regimen_adagrasib_plus_cetuximab", (), ada),
    ]
    for s, p, o, q, ev in facts:
        kg.add_assertion(Assertion(s, p, o, q, [ev]))
    kg.add_outcome(Outcome("crc:arm_tiny_phase_2__cetuximab_plus_tivantinib", "ORR", 9.8, "%", tiv))
    kg.add_outcome(Outcome("crc:arm_tiny_phase_2__cetuximab_plus_tivantinib", "ORR", 10.0, "%", later))
    kg.add_outcome(Outcome("crc:arm_krystal_10__adagrasib_plus_cetuximab", "ORR", 34.0, "%", ada))
    return kg


RESULTS_DOCUMENT = "tiny_results.txt"
RESULTS_TEXT = (
    "The phase III TINY-3 trial of panitumumab plus tivantinib in MET-amplified CRC is ongoing. "
    "In a phase II study, panitumumab alone did not improve outcomes in patients with MET amplification."
)


def _results_ev(sentence_start: str, kind: str) -> Evidence:
    start = RESULTS_TEXT.index(sentence_start)
    end = RESULTS_TEXT.index(".", start) + 1
    return Evidence(RESULTS_DOCUMENT, start, end, RESULTS_TEXT[start:end], "Results", "rule", kind,
                    **quote_span(RESULTS_TEXT, start, end))


def _add_document(kg: KnowledgeGraph) -> None:
    if not kg.has_node("crc:doc_tiny_results"):
        kg.add_entity(Entity("crc:doc_tiny_results", "Document", RESULTS_DOCUMENT, attributes=(
            ("file", RESULTS_DOCUMENT), ("sha256", hashlib.sha256(RESULTS_TEXT.encode("utf-8")).hexdigest()))))


def with_ongoing_trial(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Add an ongoing phase III trial whose only sentence is its design: panitumumab + tivantinib for MET amplification.

    The design sentence names phase III, so its study kind says so; it reports no result.

    >>> kg = with_ongoing_trial(tiny_graph())
    >>> kg.entity("crc:trial_tiny_3").attr("status"), kg.outcomes("crc:arm_tiny_3__panitumumab_plus_tivantinib")
    ('ongoing', [])
    """
    _add_document(kg)
    design = _results_ev("The phase III TINY-3", "randomized_phase_3")
    regimen, trial, arm = ("crc:regimen_panitumumab_plus_tivantinib", "crc:trial_tiny_3",
                           "crc:arm_tiny_3__panitumumab_plus_tivantinib")
    for e in (Entity(regimen, "Regimen", "panitumumab + tivantinib", (), (), (("combination", True),)),
              Entity(trial, "Trial", "TINY-3", (), (), (("phase", "III"), ("status", "ongoing"))),
              Entity(arm, "TrialArm", "TINY-3: panitumumab + tivantinib", (), (),
                     (("regimen", regimen), ("trial", trial)))):
        kg.add_entity(e)
        kg.note_mention(e.id, RESULTS_DOCUMENT)
    for s, p, o in ((regimen, "has_component", "DRUGBANK:DB01269"), (regimen, "has_component", "crc:drug_tivantinib"),
                    (regimen, "overcomes", "crc:alt_met_amplification"), (trial, "evaluates", regimen),
                    (trial, "has_arm", arm), (arm, "uses_regimen", regimen)):
        kg.add_assertion(Assertion(s, p, o, (), [design]))
    return kg


def with_background(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Add the background knowledge layer (:func:`kg.background.add_background`): what the vocabularies
    record of the graph's drugs, classes and genes (adagrasib targets KRAS, is a KRAS G12C inhibitor ...).

    >>> kg = with_background(tiny_graph())
    >>> [(a.predicate, kg.entity(a.object).name, a.evidence[0].method) for a in kg.edges("DRUGBANK:DB15568", "out")]
    [('targets', 'KRAS', 'vocabulary'), ('member_of', 'KRAS G12C inhibitor', 'vocabulary')]
    """
    add_background(kg)
    return kg


def with_negative_result(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Add a result that did not hold: panitumumab alone did not improve outcomes with MET amplification.

    >>> kg = with_negative_result(tiny_graph())
    >>> [a.supported for a in kg.edges("DRUGBANK:DB01269", "out", "overcomes")]
    [False]
    """
    _add_document(kg)
    said = _results_ev("In a phase II study, panitumumab", "phase_2")
    kg.note_mention("DRUGBANK:DB01269", RESULTS_DOCUMENT)
    kg.add_assertion(Assertion("DRUGBANK:DB01269", "overcomes", "crc:alt_met_amplification",
                               (("direction", "does_not_support"),), [said]))
    return kg


KINDS_DOCUMENT = "tiny_kinds.txt"
KINDS_TEXT = (
    "Expansion of MDSCs confers resistance to anti-PD-1 antibodies. "
    "CXCR2 inhibitors overcame MDSC-mediated resistance in mouse models."
)


def _kinds_ev(sentence_start: str) -> Evidence:
    start = KINDS_TEXT.index(sentence_start)
    end = KINDS_TEXT.index(".", start) + 1
    return Evidence(KINDS_DOCUMENT, start, end, KINDS_TEXT[start:end], "Results", "rule", "review_statement",
                    **quote_span(KINDS_TEXT, start, end))


def with_mechanism_kinds(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Add a document that names one process twice (:mod:`builders.mechanism_kinds`): MDSC expansion confers
    resistance to anti-PD-1 antibodies, CXCR2 inhibitors overcome MDSC-mediated resistance, and the expansion
    is a kind of that resistance, on both sentences.

    >>> kg = with_mechanism_kinds(tiny_graph())
    >>> [(kg.entity(a.subject).name, len(a.evidence)) for a in kg.edges("crc:mech_mdsc_mediated_resistance", "in", "subclass_of")]
    [('MDSC expansion', 2)]
    """
    if not kg.has_node("crc:doc_tiny_kinds"):
        kg.add_entity(Entity("crc:doc_tiny_kinds", "Document", KINDS_DOCUMENT, attributes=(
            ("file", KINDS_DOCUMENT), ("sha256", hashlib.sha256(KINDS_TEXT.encode("utf-8")).hexdigest()))))
    stated, rescued = _kinds_ev("Expansion of"), _kinds_ev("CXCR2 inhibitors")
    expansion, generic, cell = "crc:mech_mdsc_expansion", "crc:mech_mdsc_mediated_resistance", "CL:0000889"
    pd1, cxcr2 = "crc:class_anti_pd_1_antibody", "crc:class_cxcr2_inhibitor"
    for e in (Entity(cell, "CellType", "MDSC", ("MDSCs",), ("CL:0000889",)),
              Entity(expansion, "ResistanceMechanism", "MDSC expansion", ("expansion of MDSCs",)),
              Entity(generic, "ResistanceMechanism", "MDSC-mediated resistance"),
              Entity(pd1, "DrugClass", "anti-PD-1 antibody"),
              Entity(cxcr2, "DrugClass", "CXCR2 inhibitor")):
        kg.add_entity(e)
        kg.note_mention(e.id, KINDS_DOCUMENT)
    for s, p, o, ev in ((expansion, "involves", cell, [stated]), (expansion, "confers_resistance_to", pd1, [stated]),
                        (generic, "involves", cell, [rescued]), (cxcr2, "overcomes", generic, [rescued]),
                        (expansion, "subclass_of", generic, [stated, rescued])):
        kg.add_assertion(Assertion(s, p, o, (), ev))
    return kg


OTHER_CANCER_DOCUMENT = "tiny_other_cancer.txt"
OTHER_CANCER_TEXT = (
    "In HER2-positive breast cancer, the TINY-BC trial compared cetuximab plus tivantinib with cetuximab alone, "
    "and the ORR was 41% vs 20%."
)


def with_other_cancer_trial(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Add a cited trial of another cancer: TINY-BC studied breast cancer (``studied_in``), its cetuximab +
    tivantinib arm with an ORR of 41% (a breast-cancer value, never a colorectal one).

    >>> kg = with_other_cancer_trial(tiny_graph())
    >>> [kg.entity(a.object).name for a in kg.edges("crc:trial_tiny_breast", "out", "studied_in")]
    ['breast cancer']
    """
    if not kg.has_node("crc:doc_tiny_other_cancer"):
        kg.add_entity(Entity("crc:doc_tiny_other_cancer", "Document", OTHER_CANCER_DOCUMENT, attributes=(
            ("file", OTHER_CANCER_DOCUMENT),
            ("sha256", hashlib.sha256(OTHER_CANCER_TEXT.encode("utf-8")).hexdigest()))))
    ev = Evidence(OTHER_CANCER_DOCUMENT, 0, len(OTHER_CANCER_TEXT), OTHER_CANCER_TEXT, "Discussion", "rule",
                  "review_statement", **quote_span(OTHER_CANCER_TEXT, 0, len(OTHER_CANCER_TEXT)))
    regimen, trial, arm = ("crc:regimen_cetuximab_plus_tivantinib", "crc:trial_tiny_breast",
                           "crc:arm_tiny_breast__cetuximab_plus_tivantinib")
    for e in (Entity("MONDO:0007254", "Disease", "breast cancer", (), ("MONDO:0007254",)),
              Entity(trial, "Trial", "TINY-BC"),
              Entity(arm, "TrialArm", "TINY-BC: cetuximab + tivantinib", (), (), (("regimen", regimen), ("trial", trial)))):
        kg.add_entity(e)
        kg.note_mention(e.id, OTHER_CANCER_DOCUMENT)
    for s, p, o in ((trial, "studied_in", "MONDO:0007254"), (trial, "evaluates", regimen), (trial, "has_arm", arm),
                    (arm, "uses_regimen", regimen)):
        kg.add_assertion(Assertion(s, p, o, (), [ev]))
    kg.add_outcome(Outcome(arm, "ORR", 41.0, "%", ev))
    return kg
