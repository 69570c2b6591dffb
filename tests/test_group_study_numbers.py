"""A trial named "GROUP NUMBER" ("the phase II XYZG AB.12 trial") also goes by its study number alone
(builders/trial_names.py)."""
from rule_cases import context

from builders import read_document
from builders.trial_names import _group_study_number


def _trial_names(path):
    """The names of each trial the document at ``path`` reads, by the trial's name."""
    return {e.name: set(e.synonyms) for e in read_document(path, context()).entities if e.category == "Trial"}


def test_the_study_number_of_a_group_s_trial():
    assert _group_study_number("XYZG AB.12") == ("AB.12",)
    assert _group_study_number("QRSO S2207") == ("S2207",)


def test_no_study_number_for_other_names():
    assert _group_study_number("KESTREL-3") == ()
    assert _group_study_number("FAKE TRIAL") == ()
    assert _group_study_number("phase II study of cetuximab + irinotecan") == ()
    assert _group_study_number("ABCD V600E") == ()  # a protein change, no study number


def test_the_trial_node_carries_the_study_number(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The phase II XYZG AB.12 trial compared durvalumab plus best supportive care with best supportive "
                    "care alone in refractory colorectal cancer. A total of 120 patients were randomly assigned.\n")
    trials = _trial_names(path)
    assert "AB.12" in trials.get("XYZG AB.12", set())


def test_a_known_group_signs_its_trial_s_acronym():
    """"the AGITG MAX trial", "the GERCOR DREAM trial": a cooperative group of the lexicon before the trial's acronym;
    the trial also goes by its acronym alone (made-up names, real groups)."""
    groups = ("AGITG", "GERCOR", "GONO", "SWOG")
    assert _group_study_number("GERCOR ZEPHYR", groups) == ("ZEPHYR",)
    assert _group_study_number("GONO QUILL-2", groups) == ("QUILL-2",)
    assert _group_study_number("SWOG TALON", groups) == ("TALON",)
    assert _group_study_number("AGITG ORBIT", groups) == ("ORBIT",)


def test_no_acronym_without_a_known_group():
    groups = ("AGITG", "GERCOR")
    assert _group_study_number("ABCDE ZEPHYR", groups) == ()  # no group the lexicon knows
    assert _group_study_number("GERCOR Zephyr", groups) == ()  # a word, no acronym
    assert _group_study_number("GERCOR ZEPHYR") == ()  # groups not given


def test_the_trial_node_carries_the_acronym(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Patients enrolled in the GERCOR ZEPHYR trial, a randomized phase III trial of capecitabine with "
                    "or without bevacizumab in metastatic colorectal cancer, were analysed.\n")
    trials = _trial_names(path)
    assert "ZEPHYR" in trials.get("GERCOR ZEPHYR", set())
