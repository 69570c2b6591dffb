"""A gene family placed in a pathway places its member genes there too (builders/family_members.py); a family with no
members, a single gene, a fact reported not to hold and a member already placed in its own words add nothing."""
from builders import default_context
from builders.family_members import member_participation
from kg.model import Assertion, Evidence

EV = Evidence("d.txt", 0, 40, "The RAS/RAF/MEK/ERK pathway drives growth.", "", "rule")


def _read(*facts):
    ctx = default_context()
    ents = {}
    for s, _, o in facts:
        ents[s] = ctx.vocab.entities[s]
        ents[o] = ctx.vocab.entities[o]
    assertions = [Assertion(s, p, o, (), [EV]) for s, p, o in facts]
    return ctx, member_participation(assertions, ents, ctx)


def _mapk(ctx):
    return ctx.vocab.by_name["mapk pathway"]


def test_each_named_member_of_a_placed_family_takes_part():
    """s42 pr: only the members the document names ("KRAS and NRAS mutations" elsewhere), not HRAS it never names."""
    ctx = default_context()
    mapk = _mapk(ctx)
    ents = {e: ctx.vocab.entities[e] for e in ("crc:gene_family_ras", mapk)}
    for symbol in ("KRAS", "NRAS"):
        ents[ctx.vocab.gene_ids[symbol]] = ctx.vocab.entities[ctx.vocab.gene_ids[symbol]]
    facts, genes = member_participation([Assertion("crc:gene_family_ras", "participates_in", mapk, (), [EV])], ents, ctx)
    assert sorted(g.name for g in genes) == ["KRAS", "NRAS"]
    assert all(a.predicate == "participates_in" and a.object == mapk and a.evidence == [EV] for a in facts)


def test_no_member_the_document_never_names():
    """s42 pr: "the PI3K/AKT pathway" alone names no isoform."""
    ctx = default_context()
    _, (facts, genes) = _read(("crc:gene_family_ras", "participates_in", _mapk(ctx)))
    assert facts == [] and genes == []


def test_no_member_facts_without_members_or_when_stated():
    ctx = default_context()
    mapk = _mapk(ctx)
    kras = ctx.vocab.gene_ids["KRAS"]
    _, (facts, _) = _read(("crc:gene_family_ras", "participates_in", mapk), (kras, "participates_in", mapk))
    assert kras not in {a.subject for a in facts}  # stated in its own words
    _, (facts, _) = _read((kras, "participates_in", mapk))
    assert facts == []  # a single gene has no members
    rtk = "crc:gene_family_rtk"
    ents = {e: ctx.vocab.entities[e] for e in (rtk, mapk)}
    for symbol in ("EGFR", "EPHA4"):  # receptors the document names elsewhere
        ents[ctx.vocab.gene_entity(symbol).id] = ctx.vocab.gene_entity(symbol)
    facts, _ = member_participation([Assertion(rtk, "participates_in", mapk, (), [EV])], ents, ctx)
    assert facts == []  # (s59) a broad class of genes: "RTK/RAS/MAPK" places no one receptor in the pathway
    ents = {e: ctx.vocab.entities[e] for e in ("crc:gene_family_ras", mapk)}
    denied = [Assertion("crc:gene_family_ras", "participates_in", mapk, (("direction", "does_not_support"),), [EV])]
    assert member_participation(denied, ents, ctx) == ([], [])


def test_a_familys_members_never_depend_on_what_was_read_before():
    """(s59 mechkinds) a member no text has named yet is a member all the same: the receptor tyrosine kinases of HGNC
    gene group 321, read from a vocabulary that has touched none of them, are all 58 (the output never depends on the
    order documents are read in)."""
    from kg.vocab import build_vocabulary

    fresh = build_vocabulary()
    members = {fresh.entities[g].name for g in fresh.family_gene_ids("crc:gene_family_rtk")}
    assert len(members) == 58 and {"EGFR", "MET", "STYK1", "EPHA10", "AATK"} <= members
    assert "crc:gene_family_rtk" in fresh.broad_families and not fresh.family_altered_gene_ids("crc:gene_family_rtk")
