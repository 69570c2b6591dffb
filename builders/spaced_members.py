"""A gene family written with its members' numbers or letters after it, apart: each member the items name.

A drug's targets are often listed by family with the members' numbers or letters set off by a space: "targeting
VEGFR 1/2/3, FGFR 1-4, PDGFR α/β and c-kit" names FLT1, KDR, FLT4 (VEGFR1-3), FGFR1 to FGFR4, PDGFRA and PDGFRB.
Glued forms ("VEGFR1-3", "PDGFR-α/β") are read by :func:`builders.patterns.numbered_genes` and
:func:`builders.patterns.greek_lists`; this reads the spaced ones, and a Latin "a" for α beside a Greek β ("PDGFR
a/β", as PDF extraction leaves it). Truth first: the words before the items must be a family the vocabulary knows
(the recogniser's mention of it covers them exactly), a range expands only over numbers each of which names a member
of that family ("FGFR 1-4": FGFR1 ... FGFR4 are all FGFR members), and one item the family does not have leaves the
words as they are ("Table 1-4", "KRAS 12/13", "VEGFR 1-5" give nothing). The recogniser calls
:func:`spaced_members` when a sentence has a digit or a slash. A comma list is read only with a space after each comma
("VEGFR 1, 2 and 3"): "VEGFR 1,2" is more often the family with two reference marks.

A first member written whole and the next ones by their numbers only, each after a hyphen ("VEGFR-1, -2 and -3",
"VEGFR1, -2, and -3") or as a list of three or more closed by "and"/"or" ("VEGFR1, 2, and 3"), names the same members: the hyphen before a bare number says its stem is left out. Each
item must name a gene with the first one's stem ("VEGFR-2" is KDR), or the words stay as they are.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.long_forms import phrase_long_form_start

# (a comma list only with a space after each comma: "VEGFR 1,2" is more often a family with two reference marks)
_NUMBERS = r"\d{1,2}(?:\s?/\s?\d{1,2}){1,5}|\d{1,2}(?:,\s\d{1,2}){1,5}(?:,?\s(?:and|or)\s\d{1,2})?|\d{1,2}\s?[-–]\s?\d{1,2}(?!\d|\.\d)"
_LETTERS = (r"(?:[αβγ]|a|b|alpha|beta|gamma)(?:\s?/\s?(?:[αβγ]|a|b|alpha|beta|gamma)){1,2}")
# (also after "pan-" or "anti-": "a pan-FGFR 1-4 inhibitor" acts on all four)
_SPACED = lazy_compile(r"(?:(?<=\bpan-)|(?<=\banti-)|(?<![A-Za-z0-9\-]))(?P<stem>[A-Z][A-Za-z]{1,7})(?:\s|\s?-\s?|-)(?P<items>"
                       + _NUMBERS + "|" + _LETTERS + r")(?![A-Za-z0-9])")
# "VEGFR-1, -2 and -3": the first member whole, the others by a hyphen and their number
# ... and "VEGFR1, 2, and 3": bare numbers after the whole first member, only as a list of three or more that closes
# with "and"/"or" (a bare "VEGFR2, 3" is more often a name with reference marks)
_ELIDED = lazy_compile(r"(?<![A-Za-z0-9\-])(?P<stem>[A-Z][A-Za-z]{1,7})-?(?P<first>\d{1,2})"
                       r"(?P<rest>(?:,\s?-\s?\d{1,2}){0,5},?\s(?:and|or)\s-\s?\d{1,2}|(?:,\s?-\s?\d{1,2}){1,5}|"
                       r"(?:,\s\d{1,2}){1,4},?\s(?:and|or)\s\d{1,2})"
                       r"(?![A-Za-z0-9\-.,]\d|[A-Za-z0-9])")
_GREEK = {"α": "α", "a": "α", "alpha": "α", "β": "β", "b": "β", "beta": "β", "γ": "γ", "gamma": "γ"}
_LATIN = {"α": "A", "β": "B", "γ": "G"}


def _items(written: str) -> list[str]:
    """The numbers or Greek letters of the items, in order ("1-4" is 1, 2, 3, 4; "a/β" is α, β); [] for a range
    of more than seven, backwards, or letters with no Greek one among them ("a/b" alone may be anything)."""
    if written[0].isdigit():
        ends = re.fullmatch(r"(\d{1,2})\s?[-–]\s?(\d{1,2})", written)
        if ends:
            first, last = int(ends.group(1)), int(ends.group(2))
            return [str(n) for n in range(first, last + 1)] if 0 < last - first <= 6 else []
        return re.findall(r"\d{1,2}", written)
    letters = [x.strip() for x in written.split("/")]
    if not any(x not in ("a", "b") for x in letters):
        return []
    return [_GREEK[x] for x in letters]


def _member(gene_named, stem: str, item: str, members: set[str]):
    """The member gene the family's name with one item names, or None."""
    names = [f"{stem}{item}", f"{stem}-{item}"] + ([f"{stem}{_LATIN[item]}"] if item in _LATIN else [])
    for name in names:
        gene = gene_named(name)
        if gene is not None and gene.id in members:
            return gene
    return None


def spaced_members(vocab, text: str, mentions: list, gene_named, make_mention) -> list:
    """Mentions with each family written with its members' items apart read as one mention of each member.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> found = ctx.recognizer.find("X targets VEGFR 1/2/3, FGFR 1-4 and PDGFR a/β, not NTRK 1-5.").mentions
    >>> [(m.text, m.entity.name) for m in found if m.entity.category == "Gene"]  # doctest: +NORMALIZE_WHITESPACE
    [('VEGFR 1/2/3', 'FLT1'), ('VEGFR 1/2/3', 'KDR'), ('VEGFR 1/2/3', 'FLT4'), ('FGFR 1-4', 'FGFR1'),
     ('FGFR 1-4', 'FGFR2'), ('FGFR 1-4', 'FGFR3'), ('FGFR 1-4', 'FGFR4'), ('PDGFR a/β', 'PDGFRA'),
     ('PDGFR a/β', 'PDGFRB'), ('NTRK', 'NTRK')]
    """
    out = list(mentions)
    for m in _SPACED.finditer(text):
        family = [x for x in out if (x.start, x.end) == m.span("stem") and x.entity.attr("family")]
        if len(family) != 1:
            continue
        members = vocab.family_gene_ids(family[0].entity.id)
        items = _items(m.group("items"))
        if len(items) < 2 or not members:
            continue
        genes = [_member(gene_named, m.group("stem"), item, members) for item in items]
        if not all(genes) or len({g.id for g in genes}) < 2:
            continue
        if any(x.start < m.start() < x.end or x.start < m.end() < x.end for x in out):
            continue  # a longer name runs across the list's ends
        out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
        out.extend(make_mention(m.start(), m.end(), text, g) for g in dict.fromkeys(genes))
    if "-" in text or "," in text:
        out = _elided_members(text, out, gene_named, make_mention)
    if ")" in text:
        out = _bracketed_members(vocab, text, out, gene_named, make_mention)
    return sorted(out, key=lambda x: (x.start, x.end))


# a family's long name, its short form in brackets (perhaps plural) and the members' numbers after the bracket:
# "vascular endothelial growth factor receptor (VEGFR) 1–3", "fibroblast growth factor receptors (FGFRs) 1 and 2",
# "(VEGFR)-1, -2 and -3"; two numbers joined by "and"/"or" too, the bracket saying the numbers are the family's
_BRACKETED_ITEMS = lazy_compile(r"\((?P<stem>[A-Z][A-Za-z]{1,7}?)s?\)(?:\s?[-–]\s?|\s)(?P<items>" + _NUMBERS
                                + r"|\d{1,2}\s(?:and|or)\s\d{1,2}|\d{1,2}(?:,\s?-\s?\d{1,2}){0,5},?\s(?:and|or)\s-\s?\d{1,2}"
                                r"|\d{1,2}(?:,\s?-\s?\d{1,2}){1,5})(?![A-Za-z0-9\-.,]\d|[A-Za-z0-9])")


def _bracketed_members(vocab, text: str, mentions: list, gene_named, make_mention) -> list:
    """A family's long name with its short form in brackets and the members' numbers after the bracket
    ("vascular endothelial growth factor receptor (VEGFR) 1–3", "(FGFRs) 1 and 2", "(VEGFR)-1, -2 and -3"): one
    mention of each member over the whole, only after the words the short form abbreviates, and nothing
    unless every number names a member of it ("(VEGFR) 1-5" stays as it is).

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> found = ctx.recognizer.find("X inhibits vascular endothelial growth factor receptor (VEGFR) 1–3.").mentions
    >>> [(m.text, m.entity.name) for m in found if m.entity.category == "Gene"]  # doctest: +NORMALIZE_WHITESPACE
    [('vascular endothelial growth factor receptor (VEGFR) 1–3', 'FLT1'),
     ('vascular endothelial growth factor receptor (VEGFR) 1–3', 'KDR'),
     ('vascular endothelial growth factor receptor (VEGFR) 1–3', 'FLT4')]
    >>> found = ctx.recognizer.find("X inhibits vascular endothelial growth factor receptor (VEGFR) 1–5.").mentions
    >>> [m.entity.name for m in found if m.entity.category == "Gene"]
    ['VEGFR', 'FLT1']
    """
    out = mentions
    for m in _BRACKETED_ITEMS.finditer(text):
        family = gene_named(m.group("stem"))
        members = vocab.family_gene_ids(family.id) if family is not None and family.attr("family") else set()
        if not members:
            continue
        start = phrase_long_form_start(text, m.start(), m.group("stem"))
        if start is None:
            continue  # only after the family's long name: a bare bracket and numbers may be anything
        written = m.group("items")
        items = _items(written) if re.fullmatch(_NUMBERS, written) else re.findall(r"\d{1,2}", written)
        genes = [_member(gene_named, m.group("stem"), item, members) for item in items]
        if len(items) < 2 or not all(genes) or len({g.id for g in genes}) < len(genes):
            continue
        if any(x.start < start < x.end or x.start < m.end() < x.end for x in out):
            continue  # a longer name runs across the whole's ends
        out = [x for x in out if not (start <= x.start and x.end <= m.end())]
        out.extend(make_mention(start, m.end(), text, g) for g in genes)
    return out


def _elided_members(text: str, mentions: list, gene_named, make_mention) -> list:
    """"VEGFR-1, -2 and -3": one mention of each member, the first written whole and the others by their numbers
    after a hyphen; nothing unless every item names a gene with the first one's stem, no two the same.

    >>> from builders import default_context
    >>> ctx = default_context()
    >>> found = ctx.recognizer.find("Fruquintinib inhibits VEGFR-1, -2 and -3 and FGFR1, -2.").mentions
    >>> [(m.text, m.entity.name) for m in found if m.entity.category == "Gene"]  # doctest: +NORMALIZE_WHITESPACE
    [('VEGFR-1, -2 and -3', 'FLT1'), ('VEGFR-1, -2 and -3', 'KDR'), ('VEGFR-1, -2 and -3', 'FLT4'),
     ('FGFR1, -2', 'FGFR1'), ('FGFR1, -2', 'FGFR2')]
    """
    out = mentions
    for m in _ELIDED.finditer(text):
        items = [m.group("first")] + re.findall(r"\d{1,2}", m.group("rest"))
        genes = [gene_named(f"{m.group('stem')}{item}") or gene_named(f"{m.group('stem')}-{item}") for item in items]
        if not all(genes) or len({g.id for g in genes}) < len(genes):
            continue
        if any(x.start < m.start() < x.end or x.start < m.end() < x.end for x in out):
            continue  # a longer name runs across the list's ends
        out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
        out.extend(make_mention(m.start(), m.end(), text, g) for g in genes)
    return out
