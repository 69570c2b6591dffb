"""One-letter short forms of drugs (builders/letter_drugs.py): read only in a combination, only where the document
defines the letter right after its drug."""
import pytest

from rule_cases import context


def _names(text: str) -> list[str]:
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("letters.txt", text)
    reading = Reading(doc, context())
    return [m.entity.name for s in doc.sentences for m in reading.recognize(s).merged()]


@pytest.mark.parametrize("text,name", [
    ("Patients received irinotecan (I) or cetuximab (C). Responses to I+C were frequent.", "cetuximab + irinotecan"),
    ("We added aflibercept (A) to FOLFIRI. Patients were given FOLFIRI plus A in the first arm.", "aflibercept + FOLFIRI"),
    ("We added aflibercept (A) to FOLFIRI. A-containing regimens caused hypertension.", "aflibercept-containing regimen"),
])
def test_a_defined_letter_in_a_combination_is_its_drug(text, name):
    assert name in _names(text), _names(text)


@pytest.mark.parametrize("text,letter_drug", [
    ("We added aflibercept (A) to FOLFIRI. Patients in arm A had more hypertension.", "aflibercept"),
    ("We gave bevacizumab (B) to all. Two patients had hepatitis B at baseline.", "bevacizumab"),
    ("We gave bevacizumab (B) to all. Arms A and B were balanced.", "bevacizumab"),
    # a letter the document gives two drugs is neither
    ("We gave cetuximab (C) first. Later, capecitabine (C) was added. Patients then received FOLFOX plus C.", "cetuximab"),
    ("We gave cetuximab (C) first. Later, capecitabine (C) was added. Patients then received FOLFOX plus C.", "capecitabine"),
    # a letter nobody defined is nothing
    ("Patients then received FOLFOX plus B.", "bevacizumab"),
])
def test_a_letter_alone_or_undefined_is_no_drug(text, letter_drug):
    tail = text.rsplit(". ", 1)[-1]
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("letters.txt", text)
    reading = Reading(doc, context())
    last = doc.sentences[-1]
    found = [m for m in reading.recognize(last).merged() if len(m.text) == 1 or "+" in m.text or " plus " in m.text]
    assert not any(letter_drug in m.entity.name for m in found), (tail, [(m.text, m.entity.name) for m in found])
