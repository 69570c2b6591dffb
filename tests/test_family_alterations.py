"""An alteration of a gene family is an alteration of each member gene (builders/family_alterations.py); a family
with no members, a single gene, a fact reported not to hold and a member already named in its own words add nothing."""
import pytest

from builders import default_context
from builders.family_alterations import member_alterations
from kg.model import Assertion, Entity, Evidence

EV = Evidence("d.txt", 0, 40, "MEK mutations predict resistance.", "", "rule")


def _alt(name: str, gene: str, kind: str = "mutation") -> Entity:
    return Entity("crc:alt_" + name.lower().replace(" ", "_"), "Alteration", name,
                  attributes=(("gene", gene), ("alteration_kind", kind)))


def _read(ctx, alt, *objects, qualifiers=()):
    ents = {alt.id: alt}
    for o in objects:
        ents[o] = ctx.vocab.entities[o]
    return member_alterations([Assertion(alt.id, "alteration_of", o, qualifiers, [EV]) for o in objects], ents, ctx)


def test_each_member_gene_of_an_altered_family():
    ctx = default_context()
    facts, genes = _read(ctx, _alt("AKT mutation", "AKT"), "crc:gene_family_akt")
    assert sorted(g.name for g in genes) == ["AKT1", "AKT2", "AKT3"]
    assert all(a.predicate == "alteration_of" and a.evidence == [EV] for a in facts)


@pytest.mark.parametrize("family,alteration,meant", [
    ("crc:gene_family_ras", "RAS mutation", ["KRAS", "NRAS"]),
    ("crc:gene_family_raf", "RAF mutation", ["BRAF"]),  # colorectal RAF mutations are BRAF's, never ARAF or RAF1
    ("crc:gene_family_mek", "MEK alteration", ["MAP2K1"]),
    ("crc:gene_family_pi3k", "PI3K mutation", ["PIK3CA"]),
])
def test_only_the_members_a_colorectal_text_means(family, alteration, meant):
    ctx = default_context()
    _, genes = _read(ctx, _alt(alteration, alteration.split()[0]), family)
    assert sorted(g.name for g in genes) == meant


def test_nothing_without_members_or_when_stated_or_denied():
    ctx = default_context()
    kras = ctx.vocab.gene_ids["KRAS"]
    facts, _ = _read(ctx, _alt("RAS mutation", "RAS"), "crc:gene_family_ras", kras)
    assert kras not in {a.object for a in facts}  # named in its own words
    facts, _ = _read(ctx, _alt("KRAS mutation", "KRAS"), kras)
    assert facts == []  # a single gene has no members
    facts, _ = _read(ctx, _alt("RTK fusion", "RTK"), "crc:gene_family_rtk")
    assert facts == []  # (s59) a broad class of genes (58 receptors): its fusion says which of them no more than
    # "kinase fusion" does
    facts, _ = _read(ctx, _alt("RAS mutation", "RAS"), "crc:gene_family_ras", qualifiers=(("direction", "does_not_support"),))
    assert facts == []


# s47 pfam: a family's raised expression ("HER positive", "HER family overexpression") is linked to no member; a
# family's mutation or fusion still is
def test_no_member_for_a_family_overexpression():
    ctx = default_context()
    facts, genes = _read(ctx, _alt("HER family overexpression", "HER family", "overexpression"), "crc:gene_family_her")
    assert facts == [] and genes == []  # "HER positive CRC": which receptor's level rose is not said
    facts, genes = _read(ctx, _alt("PRSS overexpression", "PRSS", "overexpression"), "crc:gene_family_prss")
    assert facts == [] and genes == []  # "PRSS is highly expressed"
    _, genes = _read(ctx, _alt("NTRK fusion", "NTRK", "fusion"), "crc:gene_family_ntrk")
    assert sorted(g.name for g in genes) == ["NTRK1", "NTRK2", "NTRK3"]  # a fusion is one of a member by definition
    facts, _ = _read(ctx, _alt("RAS mutation", "RAS"), "crc:gene_family_ras")
    assert {ctx.vocab.entities[a.object].name for a in facts} == {"KRAS", "NRAS"}


# h60 prec: a fusion named by its family ("agents that act on NTRK fusion genes", "NTRK fusion-positive solid
# tumours") is tied to every member the house knows for the family, never to one of them alone
def test_a_family_fusion_read_in_prose_is_every_members(tmp_path):
    from kg.pipeline import build_graph
    (tmp_path / "a.txt").write_text("Targeted agents in colorectal cancer\n\nRepotrectinib and selitrectinib are agents "
                                    "that act on NTRK fusion genes. Repotrectinib is approved for NTRK fusion-positive "
                                    "solid tumours.\n", encoding="utf-8")
    kg, _ = build_graph(tmp_path, background=False)
    genes = {kg.entity(a.object).name for a in kg.assertions()
             if a.predicate == "alteration_of" and kg.entity(a.subject).name == "NTRK fusion"}
    assert genes - {"NTRK"} == {"NTRK1", "NTRK2", "NTRK3"}
