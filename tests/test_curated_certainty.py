"""A curated fact takes the hedge of its quote, as a rule's fact does: a hedged quote gives a hypothesis."""
import pytest

from builders import curated, default_context
from builders.context import Reading
from builders.document import parse_document

_TEXT = ("Smith et al. suggested that MET amplification confers resistance to anti-EGFR antibodies. "
         "Jones et al. found that MET amplification confers resistance to anti-EGFR antibodies. "
         "Lee et al. could not show that MET amplification confers resistance to anti-EGFR antibodies.\n")


@pytest.fixture(scope="module")
def reading():
    return Reading(parse_document("c.txt", _TEXT), default_context())


def _certainty(reading, quote: str, qualifiers: dict | None = None):
    entry = {"document": "c.txt", "quote": quote, "subject": "MET amplification",
             "predicate": "confers_resistance_to", "object": "anti-EGFR antibody"}
    if qualifiers:
        entry["qualifiers"] = qualifiers
    out = curated.build(reading.doc, reading, [entry])
    (fact,) = [a for a in out.assertions if a.predicate == "confers_resistance_to"]
    return dict(fact.qualifiers).get("certainty")


def test_hedged_quote_gives_a_hypothesis(reading):
    assert _certainty(reading, "Smith et al. suggested that MET amplification confers resistance") == "hypothesis"


def test_plain_quote_states_a_finding(reading):
    assert _certainty(reading, "Jones et al. found that MET amplification confers resistance") is None


def test_negated_modal_is_no_hedge(reading):
    assert not curated.quote_hedged(reading, "Lee et al. could not show that MET amplification confers resistance")


def test_the_entry_own_certainty_stays(reading):
    quote = "Smith et al. suggested that MET amplification confers resistance"
    assert _certainty(reading, quote, {"certainty": "association"}) == "association"
