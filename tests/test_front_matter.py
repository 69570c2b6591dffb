"""Front-matter field lines (keywords, dates of receipt and publication, correspondence) end with their line:
their lists hold no full stop, and must not be read as part of the abstract's first sentence."""
from builders.document import parse_document

_FRONT = ("Keywords: colorectal cancer, cetuximab, acquired resistance, ctDNA\n"
          "Received: August 21, 2015 Accepted: November 21, 2015 Published: December 02, 2015\n"
          "ABSTRACT\n"
          "Background: Patients with metastatic colorectal cancer harboring wild-type KRAS benefit from\n"
          "EGFR-targeted therapy. Resistance to it is common.\n")


def _sentences(text: str):
    return parse_document("f.txt", text).sentences


def test_keywords_and_dates_are_sentences_of_their_own():
    texts = [s.text for s in _sentences(_FRONT)]
    assert texts[0] == "Keywords: colorectal cancer, cetuximab, acquired resistance, ctDNA"
    assert texts[1].startswith("Received: August 21, 2015")
    assert any(t.startswith("Background: Patients with metastatic colorectal cancer") for t in texts)
    assert not any("ctDNA" in t and "benefit" in t for t in texts)


def test_heading_after_the_fields_names_the_abstract_section():
    first = next(s for s in _sentences(_FRONT) if s.text.startswith("Background:"))
    assert first.section == "ABSTRACT"


def test_a_sentence_that_mentions_keywords_in_running_text_is_unchanged():
    text = ("The keywords: of the search were cetuximab and resistance, as in\n"
            "earlier reviews of the field. Nothing else was searched.\n")
    assert [s.text for s in _sentences(text)][0].startswith("The keywords: of the search were cetuximab")


def test_a_keywords_line_states_no_relation(tmp_path):
    # s47: "fibroblast activating protein, FAP" in a list of key words is a protein's name, not fibroblasts activating FAP
    from kg.pipeline import read_one
    path = tmp_path / "k.txt"
    path.write_text("Abstract\nCancer-associated fibroblasts (CAFs) are abundant in rectal cancer. FAP expression was "
                    "scored in 90 tumours, and FAP-positive fibroblasts were common.\nKeywords: rectal cancer, TME, "
                    "cancer-associated fibroblasts, fibroblast activating protein, FAP\n1. Introduction\n"
                    "Rectal cancer is common.\n", encoding="utf-8")
    result = read_one(path)
    names = {e.id: e.name for e in (result.entities.values() if isinstance(result.entities, dict) else result.entities)}
    facts = {(names.get(a.subject), a.predicate, names.get(a.object)) for a in result.assertions}
    assert ("fibroblast", "activates", "FAP") not in facts
    assert ("FAP+ fibroblast", "expresses", "FAP") in facts  # the abstract's own statement is kept
    assert "FAP" in names.values()
