"""An alteration of a gene family is an alteration of each member gene (builders/family_alterations.py); a family
with no members, a single gene, a fact reported not to hold and a member already named in its own words add nothing."""
import pytest

from builders import default_context
from builders.family_alterations import member_alterations
from kg.model import Assertion, Entity, Evidence

EV = Evidence("d.txt", 0, 40, "MEK mutations predict resistance.", "", "rule")


def _alt(name: str, gene: str) -> Entity:
    return Entity("crc:alt_" + name.lower().replace(" ", "_"), "Alteration", name, attributes=(("gene", gene),))


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
    assert facts == []  # a family the vocabulary gives no members
    facts, _ = _read(ctx, _alt("RAS mutation", "RAS"), "crc:gene_family_ras", qualifiers=(("direction", "does_not_support"),))
    assert facts == []
