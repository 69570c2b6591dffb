"""A document's specific alterations are kinds of the general alteration of their gene or family it names
(builders/alteration_kinds.py): a protein change of its gene's plain mutation, of its family's plain mutation and
of its position's mutation; a gene's plain mutation of its family's; a fusion with a partner of the gene's plain
fusion; a genomic change of the gene's plain alteration. Never two changes side by side, never another gene's,
never a level, never across documents. Every sentence here is made up."""
from builders import default_context
from builders.alteration_kinds import alteration_kinds, is_kind_of
from derived_cases import as_assertions, evidence
from kg.model import Assertion, Entity
from kg.pipeline import build_graph

CTX = default_context()
KRAS = CTX.vocab.entities[CTX.vocab.gene_ids["KRAS"]]
BRAF = CTX.vocab.entities[CTX.vocab.gene_ids["BRAF"]]
MET = CTX.vocab.entities[CTX.vocab.gene_ids["MET"]]


def _alt(name, gene, kind="mutation"):
    return Entity("crc:alt_" + name.replace(" ", "_").replace("-", "_").lower(), "Alteration", name,
                  attributes=(("alteration_kind", kind), ("gene", gene)))


_ev = evidence


EV1 = _ev(0, "Tumours with KRAS G12C respond to sotorasib.")
EV2 = _ev(60, "RAS mutations make anti-EGFR antibodies fail.")
EV3 = _ev(120, "KRAS mutations are common in colorectal cancer.")


def _kinds(*facts):
    ents, assertions = as_assertions(facts)
    return sorted((ents[a.subject].name, ents[a.object].name) for a in alteration_kinds(assertions, ents, CTX))


def test_a_protein_change_is_a_kind_of_its_gene_and_family_mutation():
    g12c, ras, kras = _alt("KRAS G12C", "KRAS"), _alt("RAS mutation", "RAS"), _alt("KRAS mutation", "KRAS")
    got = _kinds((g12c, "alteration_of", KRAS, EV1), (ras, "alteration_of", KRAS, EV2), (kras, "alteration_of", KRAS, EV3))
    assert got == [("KRAS G12C", "KRAS mutation"), ("KRAS G12C", "RAS mutation"), ("KRAS mutation", "RAS mutation")]


def test_a_change_is_a_kind_of_its_position_and_a_partnered_fusion_of_the_plain_one():
    v600e, v600 = _alt("BRAF V600E", "BRAF"), _alt("BRAF V600", "BRAF")
    assert _kinds((v600e, "alteration_of", BRAF, EV1), (v600, "alteration_of", BRAF, EV2)) == [("BRAF V600E", "BRAF V600")]
    g12c, codon = _alt("KRAS G12C", "KRAS"), _alt("KRAS codon 12 mutation", "KRAS")
    assert _kinds((g12c, "alteration_of", KRAS, EV1), (codon, "alteration_of", KRAS, EV2)) == \
        [("KRAS G12C", "KRAS codon 12 mutation")]
    amp, general = _alt("MET amplification", "MET", "amplification"), _alt("MET alteration", "MET", "alteration")
    assert _kinds((amp, "alteration_of", MET, EV1), (general, "alteration_of", MET, EV2)) == \
        [("MET amplification", "MET alteration")]


def test_no_kind_between_changes_of_one_gene_levels_or_other_genes():
    v600e, other = _alt("BRAF V600E", "BRAF"), _alt("BRAF non-V600", "BRAF")
    assert _kinds((v600e, "alteration_of", BRAF, EV1), (other, "alteration_of", BRAF, EV2)) == []
    g12d, codon13 = _alt("KRAS G12D", "KRAS"), _alt("KRAS codon 13 mutation", "KRAS")
    assert _kinds((g12d, "alteration_of", KRAS, EV1), (codon13, "alteration_of", KRAS, EV2)) == []
    level, general = _alt("MET overexpression", "MET", "overexpression"), _alt("MET alteration", "MET", "alteration")
    assert _kinds((level, "alteration_of", MET, EV1), (general, "alteration_of", MET, EV2)) == []
    braf = _alt("BRAF mutation", "BRAF")
    assert _kinds((_alt("KRAS G12C", "KRAS"), "alteration_of", KRAS, EV1), (braf, "alteration_of", BRAF, EV2)) == []
    assert not is_kind_of(_alt("KRAS G12C", "KRAS"), _alt("KRAS fusion", "KRAS", "fusion"), True)


def test_a_fact_reported_not_to_hold_joins_nothing():
    g12c, kras = _alt("KRAS G12C", "KRAS"), _alt("KRAS mutation", "KRAS")
    ents = {e.id: e for e in (g12c, kras, KRAS)}
    facts = [Assertion(g12c.id, "alteration_of", KRAS.id, (("direction", "does_not_support"),), [EV1]),
             Assertion(kras.id, "alteration_of", KRAS.id, (), [EV3])]
    assert alteration_kinds(facts, ents, CTX) == []


DOC_A = ("RAS mutations confer resistance to cetuximab in metastatic colorectal cancer. "
         "Sotorasib overcame KRAS G12C in colorectal cancer models.\n")
DOC_B = "Adagrasib overcame KRAS G12C in colorectal cancer models.\n"


def test_join_within_one_document_only(tmp_path):
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DOC_B, encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    kinds = [(kg.entity(a.subject).name, kg.entity(a.object).name, sorted({e.document for e in a.evidence}))
             for a in kg.assertions() if a.predicate == "subclass_of"]
    assert ("KRAS G12C", "RAS mutation", ["a.txt"]) in kinds
    assert all(docs == ["a.txt"] for _, _, docs in kinds)


# (s59 mechkinds) a receptor's fusion is a kind of the broad class's fusion the document names ("RTK fusions"), though
# the class's fusion is linked to none of its 58 receptors (builders/family_alterations.py)
def test_a_member_change_is_a_kind_of_a_broad_class_change():
    alk = CTX.vocab.gene_entity("ALK")
    rtk = CTX.vocab.entities["crc:gene_family_rtk"]
    fusion, general = _alt("ALK-EML4 fusion", "ALK", "fusion"), _alt("RTK fusion", "RTK", "fusion")
    kras = _alt("KRAS G12D", "KRAS")
    assert _kinds((fusion, "alteration_of", alk, EV1), (general, "alteration_of", rtk, EV2),
                  (kras, "alteration_of", KRAS, EV3)) == [("ALK-EML4 fusion", "RTK fusion")]
