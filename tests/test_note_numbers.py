"""A reference note's number printed flat after a sentence's full stop ("... were identified.3 Amongst them, ...")
ends that sentence, whatever word opens the next one; a number that is a decimal or a count is no note."""
import pytest

from builders.document import parse_document


def _sentences(text: str):
    return [s.text for s in parse_document("f.txt", text).sentences]


@pytest.mark.parametrize("text,first,second", [
    ("Several escape routes were described.4 Among them, FGF2 signalling stands out.",
     "Several escape routes were described.4", "Among them, FGF2 signalling stands out."),
    ("Cetuximab loses activity over time.2,5,7 Strikingly, HER2 gains were frequent.",
     "Cetuximab loses activity over time.2,5,7", "Strikingly, HER2 gains were frequent."),
    ("Panitumumab was studied in older patients.1–3 Recent series confirm the benefit.",
     "Panitumumab was studied in older patients.1–3", "Recent series confirm the benefit."),
    ("We showed this in xenografts (mouse models).12 We now test it in organoids.",
     "We showed this in xenografts (mouse models).12", "We now test it in organoids."),
])
def test_note_number_ends_its_sentence(text, first, second):
    assert _sentences(text) == [first, second]


@pytest.mark.parametrize("text", [
    "The median PFS was 5.2 Months in one table and longer in another.",  # a decimal, no note
    "Patients (n = 12) were treated with FOLFOX.6 regimens were compared here.",  # lower case after: no new sentence
])
def test_no_note_number(text):
    assert len(_sentences(text)) == 1
