"""A document's mechanisms that are gains of one participant are kinds of its "X-mediated resistance"
(builders/mechanism_kinds.py), and rescue chains follow the join (kg.query.rescue). Never across documents, never
between mechanisms of different participants, never a loss of the participant, never a mechanism of two
participants. Every sentence here is made up."""
from builders import default_context
from builders.mechanism_kinds import is_gain_of, is_generic, mechanism_kinds
from derived_cases import as_assertions, evidence
from kg.model import Assertion, Entity
from kg.pipeline import build_graph
from kg.query import rescue_paths

CELL = Entity("CL:0000889", "CellType", "myeloid-derived suppressor cell", ("MDSC", "MDSCs"))
OTHER = Entity("crc:cell_pd_l1_mdsc", "CellType", "PD-L1+ myeloid-derived suppressor cell", ("PD-L1+ MDSCs",))
GENE = Entity("HGNC:6018", "Gene", "IL6", ("IL-6",))


def _mech(name):
    return Entity("crc:mech_" + name.replace(" ", "_").replace("-", "_").lower(), "ResistanceMechanism", name)


GENERIC = _mech("myeloid-derived suppressor cell-mediated resistance")
EXPANSION = _mech("myeloid-derived suppressor cell expansion")
RECRUITMENT = _mech("recruitment of MDSCs")


_ev = evidence


EV_EXP = _ev(0, "Expansion of MDSCs blunts anti-PD-1 therapy.")
EV_REC = _ev(50, "Recruitment of MDSCs limits anti-PD-1 therapy.")
EV_GEN = _ev(100, "CXCR2 inhibitors overcame MDSC-mediated resistance.")


def _kinds(*facts):
    ents, assertions = as_assertions(facts)
    return [(a.subject, a.predicate, a.object, a.evidence) for a in mechanism_kinds(assertions, ents, default_context())]


def test_two_specific_mechanisms_are_each_a_kind_of_the_generic():
    got = _kinds((EXPANSION, "involves", CELL, EV_EXP), (RECRUITMENT, "involves", CELL, EV_REC),
                 (GENERIC, "involves", CELL, EV_GEN))
    assert got == sorted([(EXPANSION.id, "subclass_of", GENERIC.id, [EV_EXP, EV_GEN]),
                          (RECRUITMENT.id, "subclass_of", GENERIC.id, [EV_REC, EV_GEN])])


def test_no_join_without_the_generic_or_between_specifics():
    assert _kinds((EXPANSION, "involves", CELL, EV_EXP), (RECRUITMENT, "involves", CELL, EV_REC)) == []


def test_no_join_across_participants_losses_or_axes():
    other = _mech("PD-L1+ myeloid-derived suppressor cell accumulation")
    assert _kinds((other, "involves", OTHER, EV_EXP), (GENERIC, "involves", CELL, EV_GEN)) == []
    depletion = _mech("myeloid-derived suppressor cell depletion")
    assert _kinds((depletion, "involves", CELL, EV_EXP), (GENERIC, "involves", CELL, EV_GEN)) == []
    axis = _mech("MDSC/IL-6 axis activation")
    assert _kinds((axis, "involves", CELL, EV_EXP), (axis, "involves", GENE, EV_EXP),
                  (GENERIC, "involves", CELL, EV_GEN)) == []


def test_a_fact_reported_not_to_hold_joins_nothing():
    ents = {e.id: e for e in (EXPANSION, GENERIC, CELL)}
    facts = [Assertion(EXPANSION.id, "involves", CELL.id, (("direction", "does_not_support"),), [EV_EXP]),
             Assertion(GENERIC.id, "involves", CELL.id, (), [EV_GEN])]
    assert mechanism_kinds(facts, ents, default_context()) == []


def test_names_of_gain_and_generic():
    assert is_generic(_mech("IL-6-mediated resistance"), GENE)
    # an activity of a gene causes the resistance it mediates; it is no kind of it
    for name in ("IL6 loss", "IL6 exhaustion", "IL6-mediated resistance", "IL6R activation", "loss of IL6",
                 "IL-6 signalling activation", "IL6 activation", "activation of IL-6", "IL-6 hyperactivation",
                 "IL6 upregulation", "IL-6 signaling"):
        assert not is_gain_of(Entity("crc:m", "ResistanceMechanism", name), GENE), name


# Document A names both the expansion of MDSCs and MDSC-mediated resistance, and the accumulation of TAMs;
# document B alone names TAM-mediated resistance. The join is made in A only.
DOC_A = ("Expansion of MDSCs confers resistance to anti-PD-1 antibodies in colorectal cancer. "
         "Accumulation of TAMs also limits the efficacy of anti-PD-1 antibodies in colorectal cancer. "
         "Regorafenib overcame MDSC-mediated resistance in colorectal cancer models.\n")
DOC_B = "CSF1R inhibitors overcame TAM-mediated resistance in colorectal cancer models.\n"


def _corpus(tmp_path):
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DOC_B, encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    return kg


def test_join_within_one_document_only_and_rescue_follows_it(tmp_path):
    kg = _corpus(tmp_path)
    kinds = [(kg.entity(a.subject).name, kg.entity(a.object).name, sorted({e.document for e in a.evidence}),
              sorted(e.sentence for e in a.evidence)) for a in kg.assertions() if a.predicate == "subclass_of"]
    assert kinds == [("myeloid-derived suppressor cell expansion", "myeloid-derived suppressor cell-mediated resistance",
                      ["a.txt"], ["Expansion of MDSCs confers resistance to anti-PD-1 antibodies in colorectal cancer.",
                                  "Regorafenib overcame MDSC-mediated resistance in colorectal cancer models."])]
    paths = rescue_paths(kg, "anti-PD-1 antibody")
    chains = {(p.cause_name, p.target_name, p.regimen_name) for p in paths}
    assert ("myeloid-derived suppressor cell expansion", "myeloid-derived suppressor cell-mediated resistance",
            "regorafenib") in chains
    assert not any(p.regimen_name == "CSF1R inhibitor" for p in paths)  # TAM-mediated resistance is named in B only
    mdsc = next(p for p in paths if p.regimen_name == "regorafenib")
    assert [h.predicate for h in mdsc.hops] == ["confers_resistance_to", "subclass_of", "overcomes"]
    assert not mdsc.inferred and mdsc.hops[1].documents == ("a.txt",)
    # asked by the specific mechanism, the chain through its generic is found too
    assert rescue_paths(kg, "anti-PD-1 antibody", mechanism="MDSC expansion")


# An activity of a gene or pathway that confers resistance causes the resistance the gene mediates: it confers the
# resistance and involves the gene, and is no kind of "X-mediated resistance" (schema: subclass_of). A build-up of
# cells stays a kind of the cells' mediated resistance.
ACTIVITY_GRID = {
    "a.txt": "AXL hyperactivation may drive resistance to panitumumab in colorectal cancer. "
             "AXL inhibitors overcame AXL-mediated resistance in colorectal cancer models.\n",
    "b.txt": "In colorectal cancer, EPHA2 activation was associated with acquired resistance to cetuximab. "
             "An EPHA2 inhibitor overcame EPHA2-mediated resistance in xenografts.\n",
    "c.txt": "Accumulation of TAMs confers resistance to anti-PD-1 antibodies in colorectal cancer. "
             "CSF1R inhibitors overcame TAM-mediated resistance in colorectal cancer models.\n",
    "d.txt": "Recruitment of regulatory T cells limits the efficacy of pembrolizumab in colorectal cancer. "
             "Anti-CCR4 antibodies overcame Treg-mediated resistance in colorectal cancer models.\n",
}


def test_an_activation_causes_the_mediated_resistance_and_is_no_kind_of_it(tmp_path):
    for name, text in ACTIVITY_GRID.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    facts = {(kg.entity(a.subject).name, a.predicate, kg.entity(a.object).name) for a in kg.assertions()}
    kinds = {(s, o) for s, p, o in facts if p == "subclass_of"}
    assert ("AXL hyperactivation", "confers_resistance_to", "panitumumab") in facts
    assert ("AXL hyperactivation", "involves", "AXL") in facts
    assert ("EPHA2 activation", "confers_resistance_to", "cetuximab") in facts
    assert ("EPHA2 activation", "involves", "EPHA2") in facts
    assert not any(s in ("AXL hyperactivation", "EPHA2 activation") for s, _ in kinds), kinds
    assert ("tumor-associated macrophage accumulation", "tumor-associated macrophage-mediated resistance") in kinds
    assert ("regulatory T cell recruitment", "regulatory T cell-mediated resistance") in kinds


# (s59 mechkinds) A mechanism named as a known process of the vocabulary, narrowed by what carries it, is a kind of
# that process (builders/mechanism_kinds.py, named_kinds): the reactivation a document puts down to one receptor is a
# kind of the vocabulary's adaptive feedback reactivation, so what another document says overcomes the one reaches
# resistance by the other. Never a lowered or lost process, never a process of another participant.
def test_named_kinds_of_known_processes():
    from builders.mechanism_kinds import known_kind, process_forms

    forms = process_forms(default_context().vocab)

    def kind(name, *carriers):
        return known_kind(Entity("crc:m", "ResistanceMechanism", name), list(carriers), forms)

    assert kind("HER3-mediated MAPK pathway reactivation", "HER3", "ERBB3", "MAPK") == \
        "crc:mech_adaptive_feedback_reactivation"
    assert kind("SHP2-dependent pathway reactivation", "SHP2") == "crc:mech_adaptive_feedback_reactivation"
    assert kind("ABCG2-mediated drug efflux", "ABCG2") == "crc:mech_drug_efflux"
    assert kind("IL-6-driven autophagy", "IL-6") == "crc:mech_autophagy"
    assert kind("glycosylation of MET", "MET") == "crc:mech_glycosylation"
    # lowered, lost or blocked: another thing; a word the name does not explain: left alone
    for name in ("insufficient NEDD4-mediated ubiquitination of AKT1", "loss of autophagy", "autophagy inhibition",
                 "impaired drug efflux", "reduced angiogenesis", "angiogenesis blockade", "AXL-mediated resistance",
                 "MET amplification-driven bypass", "drug efflux of irinotecan metabolites"):
        assert kind(name, "NEDD4", "AKT1", "AXL", "MET") is None, name


NAMED_GRID = {
    "a.txt": "In BRAF V600E colorectal cancer, the limited activity of encorafenib is due to feedback reactivation of "
             "MAPK signalling, mainly mediated by HER3.\n",
    "b.txt": "In colorectal cancer models, SHP2 inhibitors overcame adaptive feedback reactivation.\n",
    "c.txt": "In colorectal cancer cells, insufficient NEDD4-mediated ubiquitination of AKT1 confers resistance to "
             "oxaliplatin. Exhaustion of CD8+ T cells limits the efficacy of nivolumab in colorectal cancer.\n",
    "d.txt": "In colorectal cancer cells, ABCG2-mediated drug efflux confers resistance to irinotecan.\n",
}


def test_a_named_kind_of_a_known_process_joins_rescue_and_resistance(tmp_path):
    for name, text in NAMED_GRID.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    kinds = {(kg.entity(a.subject).name, kg.entity(a.object).name): sorted({e.document for e in a.evidence})
             for a in kg.assertions() if a.predicate == "subclass_of"}
    assert kinds[("HER3-mediated MAPK pathway reactivation", "adaptive feedback reactivation")] == ["a.txt"]
    assert kinds[("ABCG2-mediated drug efflux", "drug efflux")] == ["d.txt"]
    # a lowered process is no kind of it; CD8+ T cells are another participant than the T cells T-cell exhaustion
    # involves (the vocabulary gives cells no hierarchy)
    assert not any(s == "insufficient NEDD4-mediated ubiquitination of AKT1" for s, _ in kinds), kinds
    assert not any(s == "CD8+ T cell exhaustion" for s, _ in kinds), kinds
    # what overcomes the known process in b.txt answers the resistance a.txt puts down to its kind
    chains = {(p.cause_name, p.target_name, p.regimen_name) for p in rescue_paths(kg, "encorafenib")}
    assert ("HER3-mediated MAPK pathway reactivation", "adaptive feedback reactivation", "SHP2 inhibitor") in chains
