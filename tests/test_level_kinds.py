"""A marker of a gene product's lowered level is a kind of the product's plain level marker (builders/level_kinds.py):
``low X expression subclass_of X expression``, the plain node named as the reader names a product's level. Never
for a raised level (named by the plain marker itself), never to another product or an alteration, never for a
marker the document states nothing of. Every sentence here is made up."""
import pytest

from builders import default_context
from builders.level_kinds import level_kinds, lowered_product
from derived_cases import as_assertions, evidence
from kg.model import Entity
from kg.pipeline import build_graph

CTX = default_context()


def _kinds(tmp_path, text):
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    return sorted((kg.entity(a.subject).name, kg.entity(a.object).name) for a in kg.assertions()
                  if a.predicate == "subclass_of" and kg.entity(a.subject).category == "Biomarker")


@pytest.mark.parametrize("text, low, plain", [
    ("Lower SPRY4 expression was associated with longer progression-free survival with cetuximab.",
     "low SPRY4 expression", "SPRY4 expression"),
    ("Patients with low levels of DUSP6 derived more benefit from panitumumab.",
     "low DUSP6 expression", "DUSP6 expression"),
    ("Reduced ETV5 expression predicted response to cetuximab in RAS wild-type metastatic colorectal cancer.",
     "low ETV5 expression", "ETV5 expression"),
])
def test_a_lowered_level_is_a_kind_of_the_products_level(tmp_path, text, low, plain):
    assert (low, plain) in _kinds(tmp_path, text)


def test_a_raised_level_is_the_plain_marker_and_needs_no_parent(tmp_path):
    assert _kinds(tmp_path, "High SPRY4 expression predicted resistance to cetuximab in metastatic colorectal "
                            "cancer.") == []


def test_only_the_low_level_of_an_expression_marker_of_a_stated_fact():
    low = Entity("crc:b1", "Biomarker", "low ETV5 expression", attributes=(("biomarker_kind", "expression"),))
    burden = Entity("crc:b2", "Biomarker", "low tumour mutational burden", attributes=(("biomarker_kind", "tmb_status"),))
    mech = Entity("crc:m", "ResistanceMechanism", "low ETV5 expression")
    drug = Entity("crc:d", "Drug", "cetuximab")
    ev = evidence(0, "Reduced ETV5 expression predicted response to cetuximab.")
    ents, facts = as_assertions([(burden, "predicts_resistance_to", drug, ev), (mech, "confers_resistance_to", drug, ev)])
    assert level_kinds(facts, ents, CTX) == []
    assert lowered_product(low) == "ETV5" and lowered_product(burden) is None and lowered_product(mech) is None
    ents[low.id] = low  # named, but no fact of the document is about it
    assert level_kinds(facts, ents, CTX) == []


# s59 predict: a wild-type status of several genes read as one is a kind of each gene's own
@pytest.mark.parametrize("text, joint, parts", [
    ("Panitumumab is an effective therapy for patients with colorectal cancer, particularly for those with NRAS and "
     "BRAF wild-type tumours.", "NRAS/BRAF wild-type", ["BRAF wild-type", "NRAS wild-type"]),
    ("Patients with KRAS, NRAS and PIK3CA wild-type tumours derived more benefit from cetuximab.",
     "KRAS/NRAS/PIK3CA wild-type", ["KRAS wild-type", "NRAS wild-type", "PIK3CA wild-type"]),
])
def test_a_joint_wild_type_status_is_a_kind_of_each_genes_status(tmp_path, text, joint, parts):
    kinds = _kinds(tmp_path, text)
    assert [p for j, p in kinds if j == joint] == parts


def test_a_one_gene_status_and_a_change_status_have_no_parent(tmp_path):
    assert _kinds(tmp_path, "Patients with BRAF wild-type tumours derived more benefit from panitumumab.") == []
    assert _kinds(tmp_path, "Patients with RAS/BRAF V600E wild-type tumours derived more benefit from "
                            "panitumumab.") == []
