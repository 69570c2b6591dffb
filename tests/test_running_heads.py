"""A printed page's running head and foot, kept by a PDF's text extraction, are page furniture: they name no section
and are read as no sentence (made-up texts)."""
from builders.document import parse_document

_TEXT = (
    "OVERCOMING RESISTANCE\n\n"
    "Several drugs were tested against the bypass in patients with the mutation, and the results are summarised here\n"
    "with their response rates and their survival in the trials that reported them at the time of writing this,\n"
    "together with the doses that were used and the side effects that were seen in the patients who received them.\n\n"
    "Smith AB et al. Resistance to targeted therapy in mCRC\n\n"
    "JGH https://www.example.org 212 March 3, 2021 Volume 12 Issue 4\n\n"
    "The second paragraph says what the drugs did in the cell lines that carried the same mutation as the patients,\n"
    "and how long the responses lasted in the mice that were given the drugs alone or together with the antibody.\n"
)


def _parse():
    return parse_document("d.txt", _TEXT)


def test_a_running_head_is_no_section():
    doc = _parse()
    names = [name for _, name in doc.sections]
    assert names == ["OVERCOMING RESISTANCE"]


def test_a_running_head_or_foot_is_no_sentence():
    texts = [s.text for s in _parse().sentences]
    assert not any("et al. Resistance" in t or "Volume 12" in t for t in texts)
    assert any(t.startswith("The second paragraph") for t in texts)


def test_a_sentence_naming_authors_stays_a_sentence():
    doc = parse_document("d.txt", "Smith AB et al. showed that the drug restored the response in resistant cells.\n")
    assert [s.text for s in doc.sentences] == [
        "Smith AB et al. showed that the drug restored the response in resistant cells."]
