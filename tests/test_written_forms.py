"""A node carries, as synonyms, the forms its documents write it in (builders/written_forms.py)."""
import pytest

from builders import read_document


def _synonyms(tmp_path, text: str) -> dict[str, tuple[str, ...]]:
    path = tmp_path / "review.txt"
    path.write_text(text, encoding="utf-8")
    return {e.name: e.synonyms for e in read_document(path).entities}


@pytest.mark.parametrize("text, name, form", [
    ("Cetuximab is the preferred treatment for patients with RAS and BRAF wild-type mCRC.",
     "RAS/BRAF wild-type", "RAS and BRAF wild-type"),
    ("Checkpoint inhibitors are effective in mismatch repair deficient (MMRd) tumours. "
     "MMRd tumours respond to pembrolizumab.", "MSI-H/dMMR", "MMRd"),
])
def test_a_written_form_is_a_synonym(tmp_path, text, name, form):
    assert form in _synonyms(tmp_path, text)[name]


@pytest.mark.parametrize("text, name, not_form", [
    # the antecedent of "these agents" is not named by those words
    ("Cetuximab and panitumumab block EGFR. These agents fail in KRAS-mutant tumours.", "cetuximab", "These agents"),
    # a gene symbol inside a class's name stays the gene's
    ("Anti-CSF1R antibodies deplete macrophages, and CSF1R blockade restores responses to PD-1 blockade.",
     "CSF1R inhibitor", "CSF1R"),
])
def test_no_reference_or_other_entity_s_name(tmp_path, text, name, not_form):
    synonyms = _synonyms(tmp_path, text)
    assert not_form not in synonyms.get(name, ())
