"""Headings wrapped over lines of a hard-wrapped text: read apart from the sentence below them."""
from builders.document import parse_document

_BODY = ("Cetuximab was given to patients with tumours that carried no\n"
         "mutation in any RAS exon, as described in the methods of the\n"
         "trial. Responses were seen in a third of the patients treated.\n")


def _sentences(text: str) -> list[str]:
    return [s.text for s in parse_document("w.txt", text).sentences]


def test_two_line_heading_is_no_part_of_the_next_sentence():
    text = (_BODY + "\nOutcome of anti-EGFR therapy for patients\nwith RAS wild type mCRC\n"
            "An activating mutation of KRAS exon 2 has been found to be a\nnegative predictive marker. " + _BODY)
    sentences = _sentences(text)
    assert "Outcome of anti-EGFR therapy for patients with RAS wild type mCRC" in sentences
    assert any(s.startswith("An activating mutation of KRAS exon 2") for s in sentences)
    assert parse_document("w.txt", text).sentences[-1].section.startswith("Outcome of anti-EGFR")


def test_wrapped_prose_is_no_heading():
    # a paragraph's first lines run to the full width; a sentence going on after a short line is no heading
    text = _BODY + "\n" + _BODY
    assert _sentences(text)[0].startswith("Cetuximab was given") and len(_sentences(text)) == 4
