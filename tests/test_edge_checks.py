"""Unit tests of the edge checks (builders/edge_checks.py), one piece of resistance knowledge each."""
import pytest
from types import SimpleNamespace

from rule_cases import context

from builders.edge_checks import (checked_edges, modulator_in_chemotherapy, targeted_agent_in_chemotherapy, overcomes_resistance_through_own_target,
                                  overcomes_resistance_to_itself, own_target_confers_resistance)
from kg.model import Assertion, Entity

_MECH = Entity("crc:mech_vegf_mediated_resistance", "ResistanceMechanism", "VEGF-mediated resistance")
_CLASSED = Entity("crc:mech_angiogenic_escape", "ResistanceMechanism", "angiogenic escape",
                  attributes=(("taxonomy_class", "bypass_signalling"),))


def _entities(*names):
    vocab = context().vocab
    found = {vocab.by_name[n.lower()]: vocab.entities[vocab.by_name[n.lower()]] for n in names}
    found.update({_MECH.id: _MECH, _CLASSED.id: _CLASSED})
    return found


def _id(name):
    return context().vocab.by_name[name.lower()]


def test_therapy_overcoming_resistance_to_itself_is_caught():
    vocab = context().vocab
    entities = _entities("bevacizumab", "cetuximab", "anti-EGFR antibody")
    facts = [Assertion(_MECH.id, "confers_resistance_to", _id("anti-EGFR antibody")),
             Assertion(_id("cetuximab"), "overcomes", _MECH.id)]
    assert overcomes_resistance_to_itself(facts, entities, vocab) == {facts[1].key}


def test_another_therapy_overcoming_the_resistance_is_kept():
    vocab = context().vocab
    entities = _entities("bevacizumab", "cetuximab")
    facts = [Assertion(_MECH.id, "confers_resistance_to", _id("cetuximab")),
             Assertion(_id("bevacizumab"), "overcomes", _MECH.id)]
    assert overcomes_resistance_to_itself(facts, entities, vocab) == set()


def test_resistance_mediated_by_the_drugs_own_target_is_caught():
    vocab = context().vocab
    entities = _entities("bevacizumab", "VEGF")
    facts = [Assertion(_MECH.id, "involves", _id("VEGF")), Assertion(_id("bevacizumab"), "overcomes", _MECH.id)]
    assert overcomes_resistance_through_own_target(facts, entities, vocab) == {facts[1].key}
    kept = checked_edges(facts, entities, SimpleNamespace(vocab=vocab))
    assert kept == [] and _MECH.id not in entities


def test_own_target_resistance_to_another_therapy_is_kept():
    vocab = context().vocab
    entities = _entities("bevacizumab", "VEGF", "chemotherapy")
    facts = [Assertion(_MECH.id, "involves", _id("VEGF")),
             Assertion(_MECH.id, "confers_resistance_to", _id("chemotherapy")),
             Assertion(_id("bevacizumab"), "overcomes", _MECH.id)]
    assert overcomes_resistance_through_own_target(facts, entities, vocab) == set()


def test_mechanism_of_a_known_kind_or_another_drug_is_kept():
    vocab = context().vocab
    entities = _entities("bevacizumab", "VEGF", "cetuximab")
    facts = [Assertion(_CLASSED.id, "involves", _id("VEGF")), Assertion(_id("bevacizumab"), "overcomes", _CLASSED.id),
             Assertion(_MECH.id, "involves", _id("VEGF")), Assertion(_id("cetuximab"), "overcomes", _MECH.id)]
    assert overcomes_resistance_through_own_target(facts, entities, vocab) == set()
    assert checked_edges(facts, entities, SimpleNamespace(vocab=vocab)) == facts


def test_new_form_of_the_resisted_class_is_kept():
    vocab = context().vocab
    entities = _entities("armored CAR-T cell therapy", "CAR-T cell therapy")
    facts = [Assertion(_MECH.id, "confers_resistance_to", _id("CAR-T cell therapy")),
             Assertion(_id("armored CAR-T cell therapy"), "overcomes", _MECH.id)]
    assert overcomes_resistance_to_itself(facts, entities, vocab) == set()


def test_drugs_own_target_as_cause_of_resistance_to_it_is_caught():
    vocab = context().vocab
    entities = _entities("bevacizumab", "VEGF", "cetuximab")
    facts = [Assertion(_id("VEGF"), "confers_resistance_to", _id("bevacizumab")),
             Assertion(_id("VEGF"), "confers_resistance_to", _id("cetuximab"))]
    assert own_target_confers_resistance(facts, entities, vocab) == {facts[0].key}
    assert checked_edges(facts, entities, SimpleNamespace(vocab=vocab)) == facts[1:]


# s42 pr: an alteration of the gene a therapy acts on, in a document about resistance to a therapy on that gene
def _alteration(gene, kind="mutation"):
    vocab = context().vocab
    g = vocab.gene_entity(gene)
    return Entity(f"crc:alt_{gene.lower()}_{kind}", "Alteration", f"{gene} {kind}", attributes=(("gene", gene),)), g


def test_therapy_aimed_at_the_alteration_it_overcomes_is_caught():
    from builders.edge_checks import overcomes_own_target_alteration
    vocab = context().vocab
    alt, _ = _alteration("BRAF")
    pik3ca, _ = _alteration("PIK3CA")
    entities = _entities("vemurafenib", "BRAF inhibitor")
    entities.update({alt.id: alt, pik3ca.id: pik3ca})
    facts = [Assertion(pik3ca.id, "confers_resistance_to", _id("vemurafenib")),
             Assertion(_id("vemurafenib"), "overcomes", alt.id)]
    assert overcomes_own_target_alteration(facts, entities, vocab) == {facts[1].key}


def test_targeted_rescue_of_an_alteration_named_as_a_cause_is_kept():
    from builders.edge_checks import overcomes_own_target_alteration
    vocab = context().vocab
    alt, _ = _alteration("BRAF")
    v600e = Entity("crc:alt_braf_v600e", "Alteration", "BRAF V600E", attributes=(("gene", "BRAF"),))
    entities = _entities("vemurafenib", "cetuximab", "BRAF inhibitor")
    entities.update({alt.id: alt, v600e.id: v600e})
    facts = [Assertion(v600e.id, "confers_resistance_to", _id("cetuximab")),
             Assertion(alt.id, "confers_resistance_to", _id("BRAF inhibitor"), (("direction", "does_not_support"),)),
             Assertion(_id("vemurafenib"), "overcomes", alt.id)]
    assert overcomes_own_target_alteration(facts, entities, vocab) == set()


def test_alteration_of_another_gene_than_the_resisted_therapys_is_kept():
    from builders.edge_checks import overcomes_own_target_alteration
    vocab = context().vocab
    alt, _ = _alteration("ERBB2", "amplification")
    entities = _entities("trastuzumab", "cetuximab")
    entities[alt.id] = alt
    facts = [Assertion(alt.id, "involves", _id("cetuximab")), Assertion(_id("trastuzumab"), "overcomes", alt.id)]
    assert overcomes_own_target_alteration(facts, entities, vocab) == set()


def test_marker_predicting_standard_of_care_is_caught():
    from builders.edge_checks import predicts_for_standard_of_care
    from builders.regimen_names import STANDARD_OF_CARE
    vocab = context().vocab
    entities = _entities("cetuximab")
    marker = "crc:biomarker_ras_wild_type"
    facts = [Assertion(marker, "predicts_response_to", STANDARD_OF_CARE),
             Assertion(marker, "predicts_response_to", _id("cetuximab"))]
    assert predicts_for_standard_of_care(facts, entities, vocab) == {facts[0].key}


def test_undirected_prediction_beside_a_directed_one_is_caught():
    from builders.edge_checks import undirected_beside_directed
    vocab = context().vocab
    entities = _entities("cetuximab", "panitumumab")
    marker = "crc:alt_kras_mutation"
    facts = [Assertion(marker, "predicts", _id("cetuximab")),
             Assertion(marker, "predicts_resistance_to", _id("cetuximab")),
             Assertion(marker, "predicts", _id("panitumumab")),
             Assertion(marker, "predicts_response_to", _id("panitumumab"), (("direction", "does_not_support"),))]
    # the told way stands for the pair; a denied prediction tells no way, so the undirected one stays
    assert undirected_beside_directed(facts, entities, vocab) == {facts[0].key}


def test_treatment_history_conferring_resistance_is_caught():
    from builders.edge_checks import history_confers_resistance
    from builders.entity_treatment_history import treatment_history_entity
    vocab = context().vocab
    history = treatment_history_entity("bevacizumab")
    entities = _entities("bevacizumab", "aflibercept")
    entities[history.id] = history
    facts = [Assertion(history.id, "confers_resistance_to", _id("bevacizumab")),
             Assertion(history.id, "predicts_resistance_to", _id("aflibercept"))]
    assert history_confers_resistance(facts, entities, vocab) == {facts[0].key}


def test_sensitising_marker_whose_carriers_often_fail_is_caught():
    from builders.edge_checks import sensitising_marker_resists
    vocab = context().vocab
    (mutation, _), (deficiency, _) = _alteration("POLE"), _alteration("POLE", "deficiency")
    entities = {**_entities("immune checkpoint inhibitor", "anti-PD-1 antibody"), mutation.id: mutation,
                deficiency.id: deficiency}
    often_fail = Assertion(mutation.id, "confers_resistance_to", _id("immune checkpoint inhibitor"),
                           qualifiers=(("certainty", "association"),))
    facts = [often_fail, Assertion(deficiency.id, "predicts_response_to", _id("anti-PD-1 antibody"))]
    assert sensitising_marker_resists(facts, entities, vocab) == {often_fail.key}


def test_marker_never_called_sensitising_keeps_its_association():
    from builders.edge_checks import sensitising_marker_resists
    vocab = context().vocab
    (nras, _), (pole, _) = _alteration("NRAS"), _alteration("POLE", "deficiency")
    entities = {**_entities("panitumumab", "anti-PD-1 antibody"), nras.id: nras, pole.id: pole}
    often_fail = Assertion(nras.id, "confers_resistance_to", _id("panitumumab"),
                           qualifiers=(("certainty", "association"),))
    stated = Assertion(pole.id, "confers_resistance_to", _id("anti-PD-1 antibody"))
    facts = [often_fail, stated, Assertion(pole.id, "predicts_response_to", _id("panitumumab"))]
    # another gene's sensitivity, and an asserted (not associated) resistance, are no reason to drop
    assert sensitising_marker_resists(facts, entities, vocab) == set()


def test_wild_type_status_predicting_response_keeps_the_mutations_association():
    from builders.edge_checks import sensitising_marker_resists
    vocab = context().vocab
    (mutation, _) = _alteration("KRAS")
    wild = Entity("crc:bm_kras_wild_type", "Biomarker", "KRAS wild-type", attributes=(("gene", "KRAS"),))
    entities = {**_entities("cetuximab"), mutation.id: mutation, wild.id: wild}
    often_fail = Assertion(mutation.id, "confers_resistance_to", _id("cetuximab"),
                           qualifiers=(("certainty", "association"),))
    facts = [often_fail, Assertion(wild.id, "predicts_response_to", _id("cetuximab"))]
    assert sensitising_marker_resists(facts, entities, vocab) == set()


def _read_whole(text: str) -> set:
    """(subject, predicate, object) names of what a whole document's reading keeps, output-level checks included."""
    from builders import read_source
    from builders.formats import Source

    result = read_source(Source("blood.txt", text, "", "blood.txt", "text"))
    names = {e.id: e.name for e in result.entities}
    return {(names.get(a.subject), a.predicate, names.get(a.object)) for a in result.assertions}


@pytest.mark.parametrize("text,marker,predicate,therapy", [
    ("Two phase II studies showed the efficacy of tucatinib plus trastuzumab in patients with HER2 amplification "
     "detected in ctDNA.", "ctDNA ERBB2 amplification", "predicts_response_to", "trastuzumab + tucatinib"),
    ("Serial analysis of cell-free DNA revealed the emergence of NRAS mutations during treatment with panitumumab.",
     "cfDNA NRAS mutation", "predicts_resistance_to", "panitumumab"),
    ("Patients with MET amplification detected by liquid biopsy responded to capmatinib plus cetuximab.",
     "ctDNA MET amplification", "predicts_response_to", "capmatinib + cetuximab"),
])
def test_blood_marker_predicts_what_its_alteration_does(text, marker, predicate, therapy):
    """An alteration read in the blood: its liquid-biopsy marker predicts what the sentence says of it."""
    read = _read_whole(text)
    assert (marker, predicate, therapy) in read, sorted(read)


def test_tissue_marker_and_other_sentence_give_nothing():
    """A tissue marker is no liquid biopsy, and a blood marker of one sentence takes nothing from another's fact."""
    read = _read_whole("HER2 amplification in tissue or ctDNA was assessed at baseline. "
                       "HER2 amplification confers resistance to cetuximab in colorectal cancer.")
    assert not any(s and s.startswith(("tissue", "ctDNA")) and p.startswith("predicts") for s, p, _ in read), sorted(read)


@pytest.mark.parametrize("text,marker,therapy", [
    ("FGFR1 amplification confers resistance to panitumumab in colorectal cancer. FGFR1 amplification was present in "
     "cell-free DNA before relapse was radiologically evident.", "cfDNA FGFR1 amplification", "panitumumab"),
    ("ERBB2 amplification confers resistance to cetuximab in colorectal cancer. We sought to detect ERBB2 amplification "
     "in circulating tumour DNA from patients with acquired resistance to cetuximab.", "ctDNA ERBB2 amplification",
     "cetuximab"),
])
def test_blood_marker_found_with_the_resistance_predicts_it(text, marker, therapy):
    """An alteration found in the blood at relapse or in resistant patients, of which the sentence says no more: its
    blood marker predicts resistance to the one therapy the document says the alteration resists."""
    read = _read_whole(text)
    assert (marker, "predicts_resistance_to", therapy) in read, sorted(read)


@pytest.mark.parametrize("text,fact", [
    # denied
    ("FGFR1 amplification confers resistance to panitumumab in colorectal cancer. FGFR1 amplification was not present "
     "in cell-free DNA before relapse.", ("cfDNA FGFR1 amplification", "predicts_resistance_to", "panitumumab")),
    # another therapy named: the sentence's own fact, never the document's other therapy
    ("FGFR1 amplification confers resistance to panitumumab in colorectal cancer. FGFR1 amplification was present in "
     "cell-free DNA at progression on regorafenib.", ("cfDNA FGFR1 amplification", "predicts_resistance_to",
                                                      "panitumumab")),
    # two therapies resisted in the document: which one is not said
    ("FGFR1 amplification confers resistance to panitumumab and to regorafenib in colorectal cancer. FGFR1 "
     "amplification was present in cell-free DNA before relapse.", ("cfDNA FGFR1 amplification",
                                                                    "predicts_resistance_to", "panitumumab")),
    # no resistance, relapse or progression in the sentence
    ("FGFR1 amplification confers resistance to panitumumab in colorectal cancer. FGFR1 amplification was present in "
     "cell-free DNA of the patients.", ("cfDNA FGFR1 amplification", "predicts_resistance_to", "panitumumab")),
])
def test_blood_marker_found_without_the_resistance_predicts_nothing(text, fact):
    read = _read_whole(text)
    assert fact not in read, sorted(read)


def test_level_said_to_bring_resistance_predicts_it():
    """A level marker said to counteract a therapy is predictive evidence of resistance to it."""
    read = _read_whole("Elevated angiopoietin-2 levels counteract the therapeutic effects of bevacizumab in colorectal "
                       "cancer patients.")
    assert ("angiopoietin-2 level", "predicts_resistance_to", "bevacizumab") in read, sorted(read)


def test_level_with_its_own_prediction_takes_no_other():
    """A document that states the level's prediction itself keeps its own wording."""
    read = _read_whole("High AREG expression predicts response to cetuximab and does not confer resistance to it.")
    assert not any(p == "predicts_resistance_to" for _, p, _ in read), sorted(read)


@pytest.mark.parametrize("text,fact", [
    ("Baseline plasma RAS status was a predictive marker of rechallenge with cetuximab.",
     ("baseline plasma RAS status", "predicts_response_to", "cetuximab rechallenge")),
    ("Low VEGF-A levels predicted benefit from bevacizumab beyond progression.",
     ("low VEGF-A expression", "predicts_response_to", "bevacizumab beyond progression")),
    ("Low HGF levels predicted benefit from retreatment with panitumumab.",
     ("low HGF expression", "predicts_response_to", "panitumumab retreatment")),
    ("The single-arm phase 2 ORCHID trial tested a rechallenge with cetuximab in patients with RAS wild-type ctDNA.",
     ("ORCHID", "evaluates", "cetuximab rechallenge")),
    ("Continuation of aflibercept after disease progression in patients previously given aflibercept was studied in the "
     "observational HARBOR-3 study.", ("HARBOR-3", "evaluates", "aflibercept beyond progression")),
])
def test_renewed_use_takes_what_the_sentence_says_of_its_therapy(text, fact):
    """A therapy named as given again: what the sentence predicts of it, it predicts of the renewed use."""
    read = _read_whole(text)
    assert fact in read, sorted(read)


@pytest.mark.parametrize("text,fact", [
    ("In the ALPHA-7 trial, patients who responded to induction were randomised to maintenance with panitumumab or "
     "aflibercept.", ("ALPHA-7", "evaluates", "aflibercept maintenance")),
    ("Panitumumab or aflibercept maintenance was given after six cycles of FOLFOX in the ETA-9 study.",
     ("ETA-9", "evaluates", "panitumumab maintenance")),
    ("In the ZETA-1 trial, patients were randomly assigned to maintenance capecitabine plus aflibercept or observation.",
     ("ZETA-1", "evaluates", "aflibercept + capecitabine maintenance")),
])
def test_trial_of_a_maintenance_evaluates_it(text, fact):
    """A trial that gives a therapy as the maintenance after induction evaluates that maintenance regimen (a
    combination's too)."""
    read = _read_whole(text)
    assert fact in read, sorted(read)


def test_no_maintenance_regimen_without_the_phase_named():
    """A trial whose sentence speaks of maintaining a response names no maintenance regimen."""
    read = _read_whole("Maintenance of response to panitumumab was observed in 40% of patients in the THETA-2 trial.")
    assert not any(o and o.endswith("maintenance") for _, _, o in read), sorted(read)


def test_no_renewed_use_fact_without_the_renewal_named():
    """A prediction of a therapy with no renewal named gives no renewed-use regimen."""
    read = _read_whole("Low VEGF-A levels predicted benefit from bevacizumab in the first-line setting.")
    assert not any(o and o.endswith("beyond progression") for _, _, o in read), sorted(read)


@pytest.mark.parametrize("text,fact", [
    ("Emerging NRAS mutations predicted resistance to panitumumab, so a panitumumab rechallenge was offered after a "
     "drug holiday.", ("NRAS mutation", "predicts_resistance_to", "panitumumab rechallenge")),
    ("MET amplification predicts resistance to cetuximab before any rechallenge with cetuximab.",
     ("MET amplification", "predicts_resistance_to", "cetuximab rechallenge")),
])
def test_no_renewed_use_fact_from_the_first_course(text, fact):
    """A sentence that names the therapy twice may predict of its first course what it does not say of the
    renewed use: nothing is copied."""
    read = _read_whole(text)
    assert fact not in read, sorted(read)


def test_undirected_level_prediction_follows_the_molecules_resistance():
    from builders.edge_checks import undirected_level_predictions
    from kg.model import Evidence
    vocab = context().vocab
    marker = Entity("crc:biomarker_mir_21_expression", "Biomarker", "miR-21 expression")
    mir = Entity("crc:ncrna_mir_21", "Molecule", "miR-21")
    other = Entity("crc:biomarker_mir_7_expression", "Biomarker", "miR-7 expression")
    entities = {**_entities("oxaliplatin"), marker.id: marker, mir.id: mir, other.id: other}
    ev = Evidence("d.txt", 0, 10, "miR-21 expression differed between oxaliplatin-resistant and -sensitive cells.", "", "rule")
    ev7 = Evidence("d.txt", 0, 10, "miR-7 expression differed between oxaliplatin-resistant and -sensitive cells.", "", "rule")
    facts = [Assertion(marker.id, "predicts_response_to", _id("oxaliplatin"), (("certainty", "association"),), [ev]),
             Assertion(other.id, "predicts_response_to", _id("oxaliplatin"), (("certainty", "association"),), [ev7]),
             Assertion(mir.id, "confers_resistance_to", _id("oxaliplatin"))]
    found = undirected_level_predictions(facts, entities, vocab)
    assert [a.predicate for a in found.values()] == ["predicts_resistance_to"]
    assert set(found) == {facts[0].key}


def test_undirected_level_prediction_follows_a_raised_level_or_mediated_resistance():
    from builders.edge_checks import undirected_level_predictions
    from kg.model import Evidence
    vocab = context().vocab
    marker = Entity("crc:biomarker_abcb1_expression", "Biomarker", "ABCB1 expression")
    over = Entity("crc:alt_abcb1_over", "Alteration", "ABCB1 overexpression")
    mech = Entity("crc:mech_x", "ResistanceMechanism", "ABCB1-mediated resistance")
    entities = {**_entities("irinotecan"), marker.id: marker, over.id: over, mech.id: mech}
    told = Evidence("d.txt", 0, 10, "ABCB1 expression differed between irinotecan-resistant and -sensitive cells.", "", "rule")
    directed = Evidence("d.txt", 0, 10, "ABCB1 expression was lower in irinotecan-resistant than in sensitive cells, "
                                         "and differed.", "", "rule")
    for cause in (over, mech):
        facts = [Assertion(marker.id, "predicts_response_to", _id("irinotecan"), (), [told]),
                 Assertion(cause.id, "confers_resistance_to", _id("irinotecan"))]
        assert set(undirected_level_predictions(facts, entities, vocab)) == {facts[0].key}
    # a sentence that states a direction is the rule's own reading, never turned
    facts = [Assertion(marker.id, "predicts_response_to", _id("irinotecan"), (), [directed]),
             Assertion(over.id, "confers_resistance_to", _id("irinotecan"))]
    assert undirected_level_predictions(facts, entities, vocab) == {}


def test_folinic_acid_as_a_member_of_chemotherapy_is_caught():
    """Folinic acid modulates fluorouracil, no cytotoxic drug: no member of chemotherapy; fluorouracil stays one."""
    vocab = context().vocab
    entities = _entities("leucovorin", "fluorouracil", "chemotherapy")
    facts = [Assertion(_id("leucovorin"), "member_of", _id("chemotherapy")),
             Assertion(_id("fluorouracil"), "member_of", _id("chemotherapy"))]
    assert modulator_in_chemotherapy(facts, entities, vocab) == {facts[0].key}
    assert not vocab.in_class(_id("leucovorin"), _id("chemotherapy")) and vocab.backbone_modulator(_id("leucovorin"))


@pytest.mark.parametrize("text,kept", [
    ("Cytotoxic agents such as 5-FU, folinic acid and irinotecan remain the backbone.", ["fluorouracil", "irinotecan"]),
    ("Chemotherapy drugs, including leucovorin and capecitabine, were given.", ["capecitabine"]),
    ("The chemotherapeutic agents oxaliplatin and leucovorin were administered.", ["oxaliplatin"]),
])
def test_folinic_acid_listed_among_chemotherapy_agents_is_no_member(text, kept):
    """A list of chemotherapy's agents that names folinic acid names the backbone's parts: the cytotoxic drugs are
    members, folinic acid is not."""
    read = _read_whole(text)
    assert ("leucovorin", "member_of", "chemotherapy") not in read, sorted(read)
    assert all((d, "member_of", "chemotherapy") in read for d in kept), sorted(read)


@pytest.mark.parametrize("text,kept,dropped", [
    ("Colorectal cancer cell lines with low levels of both EGFR and IGF1R were resistant to cetuximab or linsitinib "
     "given alone.",
     [("low EGFR expression", "cetuximab"), ("low IGF1R expression", "linsitinib")],
     [("low IGF1R expression", "cetuximab"), ("low EGFR expression", "linsitinib")]),
    ("Colorectal tumours expressing low EGFR and low MET levels were relatively insensitive to cetuximab and capmatinib "
     "as single agents.",
     [("low EGFR expression", "cetuximab"), ("low MET expression", "capmatinib")],
     [("low MET expression", "cetuximab"), ("low EGFR expression", "capmatinib")]),
    ("In colorectal cancer cells, low expression of HER2 and EGFR predicted resistance to trastuzumab and panitumumab.",
     [("low ERBB2 expression", "trastuzumab"), ("low EGFR expression", "panitumumab")],
     [("low ERBB2 expression", "panitumumab"), ("low EGFR expression", "trastuzumab")]),
])
def test_crossed_levels_of_several_genes_and_drugs_are_caught(text, kept, dropped):
    """Low levels of several targets beside several drugs: a low level marks resistance only to the drug aimed at its
    own target."""
    read = _read_whole(text)
    resist = {(s, o) for s, p, o in read if p in ("confers_resistance_to", "predicts_resistance_to")}
    assert all(k in resist for k in kept), sorted(read)
    assert not any(d in resist for d in dropped), sorted(read)


@pytest.mark.parametrize("text,kept", [
    ("Colorectal cancer cells with low EGFR and IGF1R levels were resistant to cetuximab.",
     [("low EGFR expression", "cetuximab"), ("low IGF1R expression", "cetuximab")]),
    ("Colorectal cancer cells with low EGFR expression were resistant to cetuximab or linsitinib.",
     [("low EGFR expression", "cetuximab"), ("low EGFR expression", "linsitinib")]),
    ("Colorectal cancer cells with low PTEN and low EGFR levels were resistant to oxaliplatin or irinotecan.",
     [("low PTEN expression", "oxaliplatin"), ("low EGFR expression", "irinotecan")]),
])
def test_one_drug_one_level_or_untargeted_drugs_stay_as_read(text, kept):
    """A single drug, a single level, or drugs aimed at none of the genes: nothing is crossed, all stays as read."""
    read = _read_whole(text)
    resist = {(s, o) for s, p, o in read if p in ("confers_resistance_to", "predicts_resistance_to")}
    assert all(k in resist for k in kept), sorted(read)


def test_targeted_agent_as_a_member_of_chemotherapy_is_caught():
    """A kinase inhibitor or antibody given with chemotherapy is no member of it; a cytotoxic drug stays one."""
    vocab = context().vocab
    entities = _entities("regorafenib", "bevacizumab", "irinotecan", "chemotherapy")
    facts = [Assertion(_id("regorafenib"), "member_of", _id("chemotherapy")),
             Assertion(_id("bevacizumab"), "member_of", _id("chemotherapy")),
             Assertion(_id("irinotecan"), "member_of", _id("chemotherapy"))]
    assert targeted_agent_in_chemotherapy(facts, entities, vocab) == {facts[0].key, facts[1].key}
