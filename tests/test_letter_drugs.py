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


_DEFINED = "Mice were given alectinib (A), gefitinib (G), regorafenib (R) or dacomitinib (D) in four cohorts."


@pytest.mark.parametrize("tail,name", [
    # a defined letter standing alone where only a therapy can: added, alone, what resistance is to, or joined by
    # "and"/"or"/"versus" to another of the document's short forms
    ("After tumours progressed on G + R, the addition of D led to renewed shrinkage.", "dacomitinib"),
    ("Regression was seen with R alone in two models.", "regorafenib"),
    ("Acquired resistance to G emerged after eight weeks.", "gefitinib"),
    ("Animals pretreated with A or D were not included.", "alectinib"),
    ("Animals pretreated with A or D were not included.", "dacomitinib"),
    ("Tumour volumes under G versus R differed at day 21.", "gefitinib"),
    ("D monotherapy slowed growth in three of five lines.", "dacomitinib"),
    ("Models that progressed on A +/- G were collected.", "gefitinib"),
])
def test_a_defined_letter_where_only_a_therapy_stands_is_its_drug(tail, name):
    assert name in _names(f"{_DEFINED} {tail}"), _names(f"{_DEFINED} {tail}")


@pytest.mark.parametrize("tail,letter_drug", [
    # labels, statistics, cells and proteins written with the same capital are never the drug
    ("The A allele and grade D rash were more frequent with G + R.", "alectinib"),
    ("The A allele and grade D rash were more frequent with G + R.", "dacomitinib"),
    ("Mice in cohort D received vehicle only.", "dacomitinib"),
    ("Growth differed between the groups (with P < 0.05), and R-sensitive lines were few.", "regorafenib"),
    ("C-reactive protein and grade A toxicity were recorded with G + R.", "alectinib"),
    ("As Table A shows, stage D tumours responded to G + R.", "dacomitinib"),
    ("As Table A shows, stage D tumours responded to G + R.", "alectinib"),
    ("Mice in parts A and D of the study were weighed.", "alectinib"),
    ("Hepatitis A was reported with R alone.", "alectinib"),
])
def test_a_lone_letter_a_label_or_a_statistic_names_is_no_drug(tail, letter_drug):
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("letters.txt", f"{_DEFINED} {tail}")
    reading = Reading(doc, context())
    found = [m for m in reading.recognize(doc.sentences[-1]).merged()]
    assert not any(letter_drug in m.entity.name for m in found), (tail, [(m.text, m.entity.name) for m in found])
