"""A bracket the source never closed holds the full stops inside it only so far: not past a structured abstract's
section label, and not for longer than builders.document.UNCLOSED_BRACKET_CHARS characters. A closed bracket with a
full stop inside it stays inside its sentence."""
from builders.document import UNCLOSED_BRACKET_CHARS, parse_document


def _texts(text: str) -> list[str]:
    return [s.text for s in parse_document("f.txt", text).sentences]


def test_a_section_label_ends_an_unclosed_bracket():
    text = ("We studied nivolumab, an antibody to PD-1 (PD-1 in a cohort of treated patients. Methods: Twenty patients "
            "received nivolumab. Results: The response rate was 30%.")
    texts = _texts(text)
    assert any(t.startswith("Methods: Twenty patients received nivolumab.") for t in texts)
    assert any(t.startswith("Results: The response rate") for t in texts)


def test_a_long_unclosed_bracket_lets_its_sentences_go():
    filler = "with a long account of the patients and their prior lines of therapy " * 6
    text = f"Patients were enrolled (a cohort {filler}. The response rate was 30%. Survival was 9 months."
    assert len(filler) > UNCLOSED_BRACKET_CHARS
    texts = _texts(text)
    assert texts[-1] == "Survival was 9 months."


def test_a_closed_bracket_keeps_its_full_stop_inside():
    text = "Patients received nivolumab (dose 5 mg/kg. Given every 2 weeks) until progression. Survival was 9 months."
    assert _texts(text)[0] == "Patients received nivolumab (dose 5 mg/kg. Given every 2 weeks) until progression."
