"""A prediction reported as not found (``direction: does_not_support``) is shown as a negative result, never as support."""

from __future__ import annotations

from kg.export.turtle import turtle_text
from kg.model import Assertion
from kg.query import profile
from kg.query.testing import tiny_graph

MET = "crc:alt_met_amplification"
PANITUMUMAB = "DRUGBANK:DB01269"
NOT_FOUND = (("direction", "does_not_support"),)


def _with_negative_prediction(predicate: str):
    kg = tiny_graph()
    [said] = [a for a in kg.assertions() if a.evidence][:1]
    kg.add_assertion(Assertion(MET, predicate, PANITUMUMAB, NOT_FOUND, [said.evidence[0]]))
    return kg


def test_a_response_prediction_not_found_is_a_negative_candidate():
    kg = _with_negative_prediction("predicts_response_to")
    [edge] = [a for a in kg.edges(MET, "out", "predicts_response_to") if a.object == PANITUMUMAB]
    assert not edge.supported
    answer = profile(kg, alterations=["MET amplification"])
    found = [c for c in answer.candidates if c.therapy == PANITUMUMAB]
    assert found and all(c.negative for c in found)
    assert all(h.negative for c in found for chain in c.reasons for h in chain if h.predicate == "predicts_response_to")
    assert list(answer.candidates[-len(found):]) == found  # after every supported candidate


def test_a_resistance_prediction_not_found_is_marked_negative_among_those_argued_against():
    kg = _with_negative_prediction("predicts_resistance_to")
    answer = profile(kg, alterations=["MET amplification"])
    argued = [c for c in answer.against if c.therapy == PANITUMUMAB]
    assert argued and all(c.negative for c in argued)
    assert all(not c.negative for c in answer.against if c.therapy != PANITUMUMAB)


def test_turtle_carries_the_direction_of_a_prediction_not_found():
    text = turtle_text(_with_negative_prediction("predicts_response_to"))
    assert "does_not_support" in text
