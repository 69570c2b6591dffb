"""s44 oaudit: a study a document describes without a name is keyed by the document's whole file name, so that two
documents whose names share their first part ("A_f11_x.txt", "A_f17_y.txt"; "set.xml#3", "set.xml#4") never make one
trial of their two own series (one trial node holding the arms and values of two studies)."""
from rule_cases import context

# made-up texts: two single-centre series of the same drug, each reporting its own values
_SERIES = ("Regorafenib in routine practice: a single-centre experience\n\nWe retrospectively reviewed patients with "
           "metastatic colorectal cancer treated with regorafenib at our centre. {n} patients were included. Median "
           "progression-free survival was {pfs} months and median overall survival was {os} months.")


def _read(name: str, text: str):
    from builders import trials_text
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document(name, text)
    return trials_text.build(doc, Reading(doc, context()))


def test_document_key_is_the_whole_name():
    from kg.ids import document_key

    assert document_key("A_f11_real_world.txt") != document_key("A_f17_real_world.txt")
    assert document_key("set.xml#3") != document_key("set.xml#4")
    assert document_key("f15_tas102_retrospective.txt") == "f15_tas102_retrospective"


def test_document_id_keeps_its_form():
    from kg.pipeline import document_id

    assert document_id("d01_Cricket_rechallenge.txt") == "crc:doc_d01_cricket_rechallenge"
    assert document_id("日本語.txt") == "crc:doc_name_e1422b281110"


def test_two_own_series_are_two_trials():
    one = _read("A_f01_one.txt", _SERIES.format(n="Forty-one", pfs="2.9", os="6.1"))
    two = _read("A_f02_two.txt", _SERIES.format(n="Thirty-seven", pfs="2.4", os="5.2"))
    trials = [{e.id for e in out.entities.values() if e.category == "Trial"} for out in (one, two)]
    arms = [{e.id for e in out.entities.values() if e.category == "TrialArm"} for out in (one, two)]
    assert trials[0] and trials[1] and arms[0] and arms[1]
    # absent: no trial or arm node the two documents share (each series' values stay on its own study)
    assert not trials[0] & trials[1] and not arms[0] & arms[1]
    values = [{(o.metric, o.value) for o in out.outcomes if o.arm in arm} for out, arm in ((one, arms[0]), (two, arms[1]))]
    assert ("mPFS", 2.9) in values[0] and ("mPFS", 2.9) not in values[1]
