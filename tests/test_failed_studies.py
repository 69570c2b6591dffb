"""A study that reports its own failure leaves no rescue read from its title or aim (builders/failed_studies.py)."""
from builders.document import parse_document
from builders.failed_studies import failed_study_rescues
from kg.model import Assertion, Evidence

_REPORT = ("Phase II Trial of Drugzumab in Patients With Oxaliplatin-Refractory Metastatic Colorectal Cancer\n\n"
           "Purpose: We assessed whether drugzumab overcomes resistance to oxaliplatin.\n\n"
           "Results: Forty patients were enrolled. The median progression-free survival was 1.9 months.\n\n"
           "Conclusion: {verdict}\n")


def _facts(doc, where):
    s = next(x for x in doc.sentences if x.text.startswith(where))
    ev = Evidence(doc.name, s.start, s.end, s.text, "", "rule")
    return [Assertion("crc:drugzumab", "overcomes", "crc:mech_resistance_to_oxaliplatin", (("certainty", "hypothesis"),),
                      [ev])]


def test_rescue_from_the_aim_of_a_failed_study_is_dropped():
    for verdict in ("Drugzumab was not effective in oxaliplatin-refractory disease.",
                    "The study failed to meet its primary end point.",
                    "The primary endpoint was not met."):
        doc = parse_document("r.txt", _REPORT.format(verdict=verdict))
        for where in ("Phase II Trial", "Purpose"):
            facts = _facts(doc, where)
            assert failed_study_rescues(facts, doc) == {facts[0].key}, (verdict, where)


def test_rescue_of_a_study_that_met_its_end_point_is_kept():
    doc = parse_document("r.txt", _REPORT.format(verdict="Drugzumab was effective and met its primary end point."))
    facts = _facts(doc, "Purpose")
    assert failed_study_rescues(facts, doc) == set()


def test_failure_said_in_the_background_keeps_the_rescue():
    text = ("Drugzumab in oxaliplatin-refractory colorectal cancer: a phase II study\n\n"
            "Background: An earlier agent was not effective in this setting. We evaluated drugzumab in this phase II "
            "study to overcome resistance to oxaliplatin.\n\nResults: Twelve of 30 patients responded.\n")
    doc = parse_document("r.txt", text)
    facts = _facts(doc, "We evaluated")
    assert failed_study_rescues(facts, doc) == set()
