"""Germline genotypes and polymorphisms of a gene as markers: "the FCGR2A R/R genotype", "FCGR3A polymorphisms",
"UGT1A1*28", "the EGF 61A>G polymorphism", "FCGR2A (rs1801274)", "rs1801133".

An inherited variant of a gene (a single-nucleotide polymorphism, a star allele of a drug-metabolising enzyme, a
patient's pair of alleles at one site) is measured in the patient's blood and read as a marker of response or
toxicity, as an expression level is ("patients with the FCGR2A H/H genotype had longer PFS on cetuximab"). It is
no somatic alteration of the tumour: the gene's mention followed by the genotype (``H/H``, ``158V/V``), the site
and its alleles (``61A>G``, ``-251T/A``, ``158V allele``), a star allele glued to it (``*28``), a dbSNP id
(``rs1801274``) or a polymorphism word (``polymorphism``, ``SNP``) becomes one biomarker of kind ``genotype``
carrying the gene, so the prediction rules read it as they read any marker. Genes listed before one shared
polymorphism word ("FCGR2A and FCGR3A polymorphisms") each carry it, and so do genes after a polymorphism word
with "of"/"in" ("polymorphisms in FCGR2A and FCGR3A"). A dbSNP id with no gene before it is a marker of its own
(``rs1801133``). A protein change ("KRAS G12D", "FCGR3A V158F"), a mutation or a variant word is left to the
alteration reader; a cell line is never a gene mention. The recogniser calls :func:`genotypes` once biomarkers
are read.

>>> from kg.model import Entity
>>> g = Entity("HGNC:1", "Gene", "FCGR2A", (), (), (("gene", "FCGR2A"),))
>>> t = "patients with the FCGR2A H/H or H/R genotypes"
>>> genotype_after(t, t.index("FCGR2A") + 6)[1:]
('FCGR2A H/H or H/R genotype', 'genotype')
>>> t = "the FCGR2A-131 R/R genotype"
>>> genotype_after(t, t.index("FCGR2A") + 6)[1:]
('FCGR2A 131R/R genotype', 'genotype')
>>> t = "UGT1A1*28 carriers"
>>> genotype_after(t, 6)[1:]
('UGT1A1*28', 'allele')
>>> t = "FCGR3A polymorphisms were not associated"
>>> genotype_after(t, 6)[1:]
('FCGR3A polymorphism', 'polymorphism')
>>> t = "EGF 61A>G polymorphism"
>>> genotype_after(t, 3)[1:]
('EGF 61A>G', 'allele')
>>> t = "the FCGR3A 818C-allele carriers"
>>> genotype_after(t, t.index("FCGR3A") + 6)[1:]
('FCGR3A 818C allele', 'allele')
>>> t = "the IL-8 -251T>A polymorphism"
>>> genotype_after(t, t.index("IL-8") + 4)[1:]
('IL-8 -251T>A', 'allele')
>>> t = "FCGR2A (rs1801274)"
>>> genotype_after(t, 6)[1:]
('rs1801274', 'snp')
>>> genotype_after("KRAS G12D mutation", 4), genotype_after("KRAS mutant alleles", 4)
(None, None)
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, list_reach
from kg.ids import mint
from kg.model import Entity

_GT = r"(?:[A-Z]|\d{1,2})/(?:[A-Z]|\d{1,2})"
_POLY = r"(?:(?:genetic|germline|single[- ]nucleotide|functional)\s+)?(?:polymorphisms?|SNPs?)"
# after the gene: the genotype, an allele at a site, a star allele, a dbSNP id or a polymorphism word
_AFTER = lazy_compile(
    r"(?:"
    rf"(?P<star>\*\d{{1,2}}[A-Z]?(?:\s*/\s*\*\d{{1,2}}[A-Z]?)?)"                       # UGT1A1*28, *28/*28
    rf"(?:\s+(?:\(\s*)?(?P<star_gt>{_GT})(?:\s*\))?\s+genotypes?\b|\s+(?:alleles?|{_POLY}|genotypes?)\b)?"
    r"|[-\s]+(?:\(\s*)?(?P<rs>rs\d{3,})(?:\s*\))?(?:\s+(?:" + _POLY + r"|genotypes?)\b)?"  # FCGR2A (rs1801274)
    r"|[-\s]+(?:gene\s+)?(?P<poly>" + _POLY + r")(?![-\w])"                               # FCGR3A polymorphisms
    r"|(?:\s+|-)(?:(?P<pos>[-+]?\d{1,5})\s*)?(?P<gt>" + _GT + r"(?:(?:\s*,\s*|\s+or\s+|\s+and\s+|\s*,\s*(?:or|and)\s+)"
    + _GT + r")*)\s+genotypes?\b"                                                      # FCGR2A H/H or H/R genotypes
    r"|(?:\s+|-)(?P<site>[-+]?\d{1,5})\s*(?P<allele>[A-Z](?:\s*(?:>|/)\s*[A-Z])?)"
    r"(?:(?:\s+|-)(?P<word>alleles?|carriers?|" + _POLY + r"|genotypes?)\b)"            # EGF 61A>G polymorphism, 818C-allele
    r"|(?:\s+|-)(?P<nsite>[-+]?\d{1,5})\s*(?P<nt>[ACGT]\s*>\s*[ACGT])(?![\w>])"             # IL-8 -251T>A
    r")", 0)
# genes before one shared polymorphism word: "FCGR2A and FCGR3A polymorphisms", "FCGR2A, FCGR3A or EGF SNPs"
_LIST_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|/)\s*(?:the\s+)?")
# a polymorphism word with the genes after it: "polymorphisms in FCGR2A and FCGR3A", "SNPs of the EGF gene"
_WORD_BEFORE = lazy_compile(rf"(?<![\w-]){_POLY}\s+(?:in|of|within)\s+(?:the\s+)?(?:genes?\s+)?$", re.I)
MAY_GENOTYPE = lazy_compile(r"olymorphism|SNP|genotype|allele|\brs\d{3}|[A-Z0-9]\*\d|\d[ACGT]\s*>\s*[ACGT]")
# genes whose nucleotide changes in colorectal tumours are somatic drivers: a bare "KRAS 35G>A" is the tumour's
# mutation, not an inherited allele (a polymorphism word or a signed promoter position says otherwise)
_SOMATIC_DRIVERS = frozenset({"KRAS", "NRAS", "HRAS", "BRAF", "PIK3CA", "APC", "TP53", "SMAD4", "ERBB2", "MET",
                              "ALK", "ROS1", "RET", "NTRK1", "NTRK2", "NTRK3", "POLE", "CTNNB1", "FBXW7", "PTEN",
                              "MAP2K1", "AKT1", "EGFR"})
# star alleles name the inherited haplotypes of drug-metabolising and transporter genes (UGT1A1*28, DPYD*2A, TPMT*3A,
# CYP2D6*4, GSTM1*0, NAT2*5); after another gene the star is no allele ("HER2*2 amplification")
_STAR_GENES = lazy_compile(r"(?:UGT\w+|DPYD|TPMT|NUDT15|CYP\w+|GST\w+|NAT[12]|SLCO\w+|SULT\w+|ABC[BCG]\d+)\Z")
# an alteration word after the star: the gene's tumour change, no allele
_STAR_ALTERED = lazy_compile(r"[-\s]+(?:amplifi|mutat|mutant|overexpress|express|fusion|rearrang|deletion|loss|gain|"
                             r"alteration|positive|negative)", re.I)
_RS_BARE = lazy_compile(r"(?<![\w(-])(?P<rs>rs\d{3,})(?![\w])(?:\s+(?:" + _POLY + r"|genotypes?)\b)?")


def genotype_after(text: str, end: int, symbol: str | None = None) -> tuple[int, str, str] | None:
    """(end, canonical name, kind) of a genotype or polymorphism written right after a gene mention ending at
    ``end`` (``symbol``: the gene's name, else the word written before ``end``), or None."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    if symbol is None:
        start = end
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(,;":
            start -= 1
        symbol = text[start:end]
    if m.group("star") and (not _STAR_GENES.match(symbol) or _STAR_ALTERED.match(text, m.end())):
        return None  # "HER2*2 amplification": no star allele of a pharmacogene
    if symbol in _SOMATIC_DRIVERS and not _germline_after_driver(m):
        return None  # "KRAS 35G>A", "the KRAS 35G>A allele": the tumour's mutation
    return m.end(), _name(m, symbol), _kind(m)


def _germline_after_driver(m: re.Match) -> bool:
    """Whether the words after a somatic driver gene (KRAS, BRAF ...) name an inherited variant: only a polymorphism,
    SNP or genotype word, a dbSNP id or a signed promoter position does ("KRAS rs61764370", "EGFR -216G>T"); a
    nucleotide change with "allele" or "carrier" is the tumour's mutation ("carrying the KRAS 35G>A allele")."""
    if m.group("rs") or m.group("poly") or m.group("gt"):
        return True
    if m.group("site"):
        return not m.group("word").lower().startswith(("allele", "carrier"))
    return bool(m.group("nsite")) and m.group("nsite")[0] in "+-"


def _name(m: re.Match, symbol: str) -> str:
    if m.group("star"):
        star = re.sub(r"\s+", "", m.group("star"))
        if m.group("star_gt"):
            return f"{symbol}{star} {m.group('star_gt')} genotype"
        return f"{symbol}{star} genotype" if "/" in star else f"{symbol}{star}"
    if m.group("rs"):
        return m.group("rs")
    if m.group("poly"):
        return f"{symbol} polymorphism"
    if m.group("gt"):
        gts = re.findall(_GT, m.group("gt"))
        pos = m.group("pos") or ""
        joined = " or ".join(f"{pos}{g}" for g in gts)
        return f"{symbol} {joined} genotype"
    if m.group("site"):
        allele = re.sub(r"\s+", "", m.group("allele"))
        word = m.group("word").lower()
        if len(allele) == 1 and word.startswith(("allele", "carrier")):
            return f"{symbol} {m.group('site')}{allele} allele"
        return f"{symbol} {m.group('site')}{allele}" + (" genotype" if word.startswith("genotype") and "/" in allele
                                                         and not re.match(r"[ACGT]/[ACGT]", allele) else "")
    nt = re.sub(r"\s+", "", m.group("nt"))
    return f"{symbol} {m.group('nsite')}{nt}"


def _kind(m: re.Match) -> str:
    if m.group("rs"):
        return "snp"
    if m.group("poly"):
        return "polymorphism"
    if m.group("gt") or m.group("star_gt") or (m.group("star") and "/" in m.group("star")):
        return "genotype"
    return "allele"


def genotype_entity(name: str, gene: str | None, written: tuple[str, ...] = ()) -> Entity:
    """The germline marker ``name`` (a genotype, allele or polymorphism of ``gene``), also named as written."""
    attrs = (("biomarker_kind", "genotype"),) + ((("gene", gene),) if gene else ())
    synonyms = {w for w in written if w and w != name}
    if name.endswith(" polymorphism"):
        base = name[:-len(" polymorphism")]
        synonyms |= {f"{base} polymorphisms", f"{base} gene polymorphism", f"{base} SNP"}
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (), attrs)


def _gene_symbol(e: Entity) -> str:
    return e.attr("gene") or e.name


def genotypes(text: str, mentions: list) -> list:
    """Mentions with each gene followed by its genotype, allele, star allele, dbSNP id or polymorphism word read as
    that germline marker of the gene, and each bare dbSNP id as a marker of its own."""
    genes = [m for m in mentions if m.entity.category in ("Gene", "Molecule") and not m.entity.attr("family")]
    if not genes and "rs" not in text:
        return mentions
    made: dict[int, tuple[object, int, Entity]] = {}  # start of a gene mention -> (mention, end, entity)
    for m in genes:
        symbol = _gene_symbol(m.entity)
        found = genotype_after(text, m.end, symbol)
        if found is None:
            continue
        end, name, _ = found
        made[m.start] = (m, end, genotype_entity(name, symbol, (text[m.start:end],)))
    # a shared polymorphism word reaches back over the list of genes before it (a list, not a clause before it:
    # "In tumours expressing EGFR, FCGR3A polymorphisms ...")
    ordered = sorted(genes, key=lambda x: x.start)
    for j in range(len(ordered) - 1, 0, -1):
        nxt = ordered[j]
        if nxt.start not in made or not made[nxt.start][2].name.endswith(" polymorphism"):
            continue
        run, gaps = [], []
        for m in reversed(ordered[:j]):
            if m.start in made or not _LIST_JOIN.fullmatch(text, m.end, nxt.start):
                break
            run.append(m)
            gaps.append(text[m.end:nxt.start])
            nxt = m
        for m in run[:list_reach(gaps)]:
            symbol = _gene_symbol(m.entity)
            made[m.start] = (m, m.end, genotype_entity(f"{symbol} polymorphism", symbol))
    # a polymorphism word before "in"/"of" reaches the genes after it
    for i, m in enumerate(ordered):
        if m.start in made or not _WORD_BEFORE.search(text, max(0, m.start - 60), m.start):
            continue
        run, gaps = [m], []
        for nxt in ordered[i + 1:]:
            if nxt.start in made or not _LIST_JOIN.fullmatch(text, run[-1].end, nxt.start):
                break
            run.append(nxt)
            gaps.insert(0, text[run[-2].end:nxt.start])
        run = run[:1 + list_reach(gaps)]
        after_run = text[run[-1].end:run[-1].end + 12]
        if re.match(r"[-\s]*(?:mutations?|mutant|alterations?|variants?)\b", after_run, re.I):
            continue
        for g in run:
            symbol = _gene_symbol(g.entity)
            made[g.start] = (g, g.end, genotype_entity(f"{symbol} polymorphism", symbol))
    out = []
    covered: list[tuple[int, int]] = []
    for m in mentions:
        hit = made.get(m.start)
        if hit is not None and hit[0] is m:
            out.append(_mention(m.start, hit[1], text, hit[2]))
            covered.append((m.start, hit[1]))
            continue
        out.append(m)
    if covered:
        out = [o for o in out if not any(s <= o.start and o.end <= e and not (o.start == s and o.end == e)
                                         for s, e in covered)]
    if "rs" in text:
        taken = [(o.start, o.end) for o in out]
        for rs in _RS_BARE.finditer(text):
            if any(s <= rs.start() < e for s, e in taken):
                continue
            out.append(_mention(rs.start(), rs.end(), text, genotype_entity(rs.group("rs"), None, (rs.group(0),))))
    return sorted(out, key=lambda x: (x.start, x.end))

