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
    _, (facts, _) = _read((rtk, "participates_in", mapk))
    assert facts == []  # a family the vocabulary gives no members
    ents = {e: ctx.vocab.entities[e] for e in ("crc:gene_family_ras", mapk)}
    denied = [Assertion("crc:gene_family_ras", "participates_in", mapk, (("direction", "does_not_support"),), [EV])]
    assert member_participation(denied, ents, ctx) == ([], [])
