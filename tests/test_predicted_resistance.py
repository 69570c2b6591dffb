"""Unit tests of the resistance an alteration is said to predict (builders/predicted_resistance.py), and of the
same pass on real sentences read end to end."""
import pytest
from rule_cases import context

from builders import read_document
from builders.predicted_resistance import predicted_resistance
from kg.model import Assertion, Entity, Evidence

_KRAS = Entity("crc:alt_kras_mutation", "Alteration", "KRAS mutation", attributes=(("gene", "KRAS"),))
_LOW = Entity("crc:biomarker_low_x_expression", "Biomarker", "low X expression")
_MSS = Entity("crc:biomarker_mss_pmmr", "Biomarker", "MSS/pMMR", attributes=(("biomarker_kind", "msi_status"),))
_CMS4 = Entity("crc:biomarker_cms4", "Biomarker", "CMS4", attributes=(("biomarker_kind", "subtype"),))
_EV = Evidence("d.txt", 0, 10, "Made-up sentence.", "", "rule")


def _cetuximab():
    vocab = context().vocab
    return vocab.entities[vocab.by_name["cetuximab"]]


def _derive(facts, *entities):
    return predicted_resistance(facts, {e.id: e for e in (*entities, _cetuximab())}, context())


def test_an_alteration_predicting_resistance_confers_it_as_an_association():
    facts = [Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (), [_EV])]
    (new,) = _derive(facts, _KRAS)
    assert (new.subject, new.predicate, new.object) == (_KRAS.id, "confers_resistance_to", _cetuximab().id)
    assert dict(new.qualifiers)["certainty"] == "association"
    assert dict(new.qualifiers)["mechanism_class"] == "downstream_pathway_reactivation"
    assert new.evidence == [_EV]


def test_a_tumour_status_predicting_resistance_confers_it_but_not_a_subtype():
    status = [Assertion(_MSS.id, "predicts_resistance_to", _cetuximab().id, (), [_EV])]
    subtype = [Assertion(_CMS4.id, "predicts_resistance_to", _cetuximab().id, (), [_EV])]
    (new,) = _derive(status, _MSS)
    assert (new.subject, new.predicate, dict(new.qualifiers)["certainty"]) == (
        _MSS.id, "confers_resistance_to", "association")
    assert _derive(subtype, _CMS4) == []


def test_a_hedged_prediction_stays_a_hypothesis():
    facts = [Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (("certainty", "hypothesis"),), [_EV])]
    assert dict(_derive(facts, _KRAS)[0].qualifiers)["certainty"] == "hypothesis"


def test_a_marker_level_or_a_prediction_that_did_not_hold_gives_nothing():
    marker = [Assertion(_LOW.id, "predicts_resistance_to", _cetuximab().id, (), [_EV])]
    failed = [Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (("direction", "does_not_support"),), [_EV])]
    assert _derive(marker, _LOW) == [] and _derive(failed, _KRAS) == []


def test_a_resistance_the_document_states_in_its_own_words_is_not_repeated():
    facts = [Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (), [_EV]),
             Assertion(_KRAS.id, "confers_resistance_to", _cetuximab().id, (("resistance_type", "primary"),), [_EV])]
    assert _derive(facts, _KRAS) == []


def test_two_sentences_of_one_prediction_give_one_fact_with_both():
    other = Evidence("d.txt", 20, 30, "Another made-up sentence.", "", "rule")
    facts = [Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (), [_EV]),
             Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (("population", "mCRC"),), [other])]
    (new,) = _derive(facts, _KRAS)
    assert new.evidence == [_EV]  # the second has other qualifiers: its own prediction stays, no second resistance
    facts[1] = Assertion(_KRAS.id, "predicts_resistance_to", _cetuximab().id, (), [other])
    (new,) = _derive(facts, _KRAS)
    assert new.evidence == [_EV, other]


@pytest.mark.parametrize("sentence, cause, therapy", [
    ("In metastatic colorectal cancer, NRAS mutations predict a lack of response to panitumumab.",
     "NRAS mutation", "panitumumab"),
    ("Most colorectal tumours are mismatch repair proficient (pMMR) and lack response to ipilimumab.",
     "MSS/pMMR", "ipilimumab"),
])
def test_read_end_to_end_from_a_prediction_sentence(tmp_path, sentence, cause, therapy):
    path = tmp_path / "made_up.txt"
    path.write_text(sentence + "\n")
    result = read_document(path, context())
    names = {e.id: e.name for e in result.entities}
    facts = {(names.get(a.subject), a.predicate, names.get(a.object)) for a in result.assertions}
    assert (cause, "predicts_resistance_to", therapy) in facts
    assert (cause, "confers_resistance_to", therapy) in facts


# s46 resist: the site a tumour has spread to, said to predict resistance, is also a resistance (an association)
@pytest.mark.parametrize("sentence, therapy", [
    ("Patients with liver metastases derive little benefit from pembrolizumab.", "pembrolizumab"),
    ("Lower response rates to immune checkpoint inhibitors were observed in patients with liver metastases.",
     "immune checkpoint inhibitor"),
    ("Liver metastases limit the efficacy of immune checkpoint inhibitors in colorectal cancer.",
     "immune checkpoint inhibitor"),
])
def test_a_metastatic_site_predicting_resistance_confers_it_as_an_association(tmp_path, sentence, therapy):
    path = tmp_path / "made_up.txt"
    path.write_text(sentence + "\n")
    result = read_document(path, context())
    names = {e.id: e.name for e in result.entities}
    facts = {(names.get(a.subject), a.predicate, names.get(a.object)): a for a in result.assertions}
    assert ("liver metastasis", "predicts_resistance_to", therapy) in facts
    derived = facts[("liver metastasis", "confers_resistance_to", therapy)]
    assert dict(derived.qualifiers)["certainty"] == "association"


@pytest.mark.parametrize("sentence", [
    "In patients with liver metastases, pembrolizumab achieved a response rate of 40%.",  # only the scene
    "The presence of liver metastases was not associated with a poor response to pembrolizumab.",  # denied
])
def test_a_metastatic_site_not_said_to_predict_resistance_confers_nothing(tmp_path, sentence):
    path = tmp_path / "made_up.txt"
    path.write_text(sentence + "\n")
    result = read_document(path, context())
    names = {e.id: e.name for e in result.entities}
    assert not any(a.predicate == "confers_resistance_to" and names.get(a.subject) == "liver metastasis"
                   for a in result.assertions)
