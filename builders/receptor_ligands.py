"""The ligands of a receptor named by the receptor: "EGFR ligands", "overexpression of the ERBB ligands".

A gene followed by "ligand(s)", after a word for a change (or, s43 ent, a word for a level: "expression of EGFR
ligands"; or before a word for a change or a level: "EGFR ligand overexpression"), names the molecules that bind what the gene encodes,
not the gene itself: the words read as one Molecule, "<gene> ligand", so that "overexpression of EGFR ligands" is no
overexpression of EGFR (the alteration readers see no gene there). A ligand-binding domain ("EGFR ligand-binding
domain") is part of the receptor and is left alone, as is a numbered ligand ("programmed cell death 1 ligand 1", a
gene of its own), and a ligand the vocabulary knows as a molecule ("the VEGF ligand family": VEGF itself). The
recogniser calls :func:`receptor_ligands` before alterations are read.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# a change word right before ("overexpression of", "amplification of the", "mutations in"): elsewhere the gene
# mention stays, for the readers of what the ligands do to it ("the EGFR ligands A and B": A and B activate EGFR)
_CHANGE_BEFORE = lazy_compile(r"\b(?:overexpression|over-expression|amplifications?|upregulation|up-regulation|"
                              r"mutations?|loss|deletions?|alterations?|aberrations?|gains?)\s+(?:of|in)\s+"
                              r"(?:the\s+)?\Z", re.I)
# (s43 ent) a word for the ligands' level before them ("the expression of EGFR ligands", "high levels of the EGFR
# ligands"), or a word for a change or a level after them ("EGFR ligand overexpression", "EGFR ligand levels")
_LEVEL_BEFORE = lazy_compile(r"\b(?:expression|levels?|concentrations?|secretion|release|production)\s+of\s+(?:the\s+)?\Z",
                             re.I)
_CHANGE_AFTER = lazy_compile(r"[-\s]+(?:overexpression|over-expression|upregulation|up-regulation|expression|levels?|"
                             r"concentrations?|secretion|production)(?![\w\-])", re.I)
# (not a numbered ligand, which is a gene of its own: "programmed cell death 1 ligand 1" is PD-L1)
_LIGANDS_AFTER = lazy_compile(r"[-\s]+ligands?(?![\w\-])(?!\s*\d)", re.I)


def receptor_ligands(text: str, mentions: list) -> list:
    """Mentions with each gene named before "ligand(s)" read as that receptor's ligands, a Molecule."""
    out = []
    for m in mentions:
        after = _LIGANDS_AFTER.match(text, m.end) if m.entity.category == "Gene" else None
        if after is None or not (_CHANGE_BEFORE.search(text, max(0, m.start - 40), m.start) or
                                 _LEVEL_BEFORE.search(text, max(0, m.start - 40), m.start) or
                                 _CHANGE_AFTER.match(text, after.end())):
            out.append(m)
            continue
        name = f"{m.entity.name} ligand"
        written = f"{m.text} ligand"
        ligand = Entity(mint("molecule", name.lower()), "Molecule", name, (written,) if written != name else ())
        out.append(_mention(m.start, after.end(), text, ligand))
    return out


# "receptor(s)" right after a ligand's name: the words name the receptor ("the colony-stimulating factor 1 receptor",
# "TGF-beta receptors", "VEGF receptor tyrosine kinases"), not where the ligand binds ("the VEGF receptor-binding
# site") nor a soluble form measured or given (read by builders/soluble_receptors.py, which covers the words)
MAY_RECEPTOR_AFTER = lazy_compile(r"(?i:receptor)|-R")
# the receptor written as the ligand's short form, a hyphen and R, perhaps with the member's number ("VEGF-R",
# "VEGF-R3", "FGF-R1"), and a class of drugs named from there on ("VEGF-R inhibitors", "VEGF-R tyrosine kinase inhibitor")
_HYPHEN_R = lazy_compile(r"-R(?P<num>[1-4])?(?![A-Za-z0-9\-])")
_CLASS_AFTER = lazy_compile(r"\s+(?:tyrosine[- ]kinase\s+)?(?:inhibitors?|blockers?|TKIs?|antagonists?)(?![\w\-])", re.I)
_RECEPTOR_AFTER = lazy_compile(r"[-\s]+(?:type\s+(?:I{1,3}|[1-3])\s+)?receptors?(?![\w\-]*\s*binding)(?![\w\-])", re.I)


def ligand_receptors(vocab, text: str, mentions: list) -> list:
    """``mentions`` with each ligand (a Molecule) whose name is only the first words of its receptor's name read as
    that receptor, or dropped.

    "inhibiting the colony-stimulating factor 1 receptor", "blocking VEGF receptors": a receptor named after the
    ligand that binds it is not that ligand (what the receptor does, or what blocks it, is not said of the ligand). A
    receptor the vocabulary knows by that name is read whole by the recogniser (the longer name wins); else the
    receptor is the gene or family whose symbol is the ligand's with an R ("VEGF" - "VEGFR", "FGF" - "FGFR",
    "HGF" - "HGFR"), else the words are left unnamed rather than read as the ligand. A mention that covers the
    receptor words too (a soluble decoy receptor's class) keeps the ligand as its part."""
    out = []
    taken: set[int] = set()
    for m in mentions:
        if id(m) in taken:
            continue
        after = _RECEPTOR_AFTER.match(text, m.end) if m.entity.category == "Molecule" else None
        if after is None:
            hyphen = _HYPHEN_R.match(text, m.end) if m.entity.category == "Molecule" else None
            out.append(_hyphen_receptor(vocab, text, m, hyphen, mentions, taken) if hyphen else m)
            continue
        over = [x for x in mentions if x is not m and x.start < after.end() and m.start < x.end]
        kinase = _receptor_class(vocab, text, m, over)
        if kinase is not None:
            out.append(kinase[0])  # "vascular endothelial growth factor receptor tyrosine kinase inhibitor"
            taken.add(id(kinase[1]))
            continue
        if not over:
            receptor = _receptor_of(vocab, m.entity)
            if receptor is not None:
                out.append(_mention(m.start, after.end(), text, receptor))
            continue
        out.append(m)
    return out


def _hyphen_receptor(vocab, text: str, m, hyphen, mentions: list, taken: set):
    """The ligand's name, a hyphen and R ("VEGF-R", "VEGF-R3"): the receptor gene or family the vocabulary names by
    the ligand's symbol with an R (and the member's number), or the class acting on it named from there on ("VEGF-R
    tyrosine kinase inhibitor": VEGFR inhibitor; the general class read over the words after it is replaced); the
    ligand mention as it was when the vocabulary has no such receptor.

    >>> from kg.vocab import load_vocabulary
    >>> from builders.pattern_mentions import _mention
    >>> v = load_vocabulary()
    >>> t = "levels of VEGF-R3 rose"
    >>> vegf = _mention(10, 14, t, v.entities[v.by_name["vegf"]])
    >>> [(x.text, x.entity.name) for x in ligand_receptors(v, t, [vegf])]
    [('VEGF-R3', 'FLT4')]
    >>> t = "a VEGF-R tyrosine kinase inhibitor"
    >>> [(x.text, x.entity.name) for x in ligand_receptors(v, t, [_mention(2, 6, t, vegf.entity)])]
    [('VEGF-R tyrosine kinase inhibitor', 'VEGFR inhibitor')]
    """
    receptor = _receptor_of(vocab, m.entity)
    if receptor is None:
        return m
    if hyphen.group("num"):
        hit = vocab.resolve(f"{receptor.name}{hyphen.group('num')}")
        receptor = vocab.entities.get(hit) if hit else None
        if receptor is None or receptor.category != "Gene":
            return m
        return _mention(m.start, hyphen.end(), text, receptor)
    drugs = _CLASS_AFTER.match(text, hyphen.end())
    if drugs is not None:
        found = vocab.entities.get(vocab.by_name.get(f"{receptor.name} inhibitor".lower(), ""))
        if found is not None and found.category == "DrugClass":
            for x in mentions:
                if x is not m and x.start < drugs.end() and hyphen.end() <= x.start:
                    taken.add(id(x))  # ("tyrosine kinase inhibitor" of "VEGF-R tyrosine kinase inhibitor")
            return _mention(m.start, drugs.end(), text, found)
    return _mention(m.start, hyphen.end(), text, receptor)


def _receptor_class(vocab, text: str, m, over: list):
    """A ligand's name, then a class named from "receptor" on ("vascular endothelial growth factor receptor
    tyrosine kinase inhibitor", "FGF receptor tyrosine kinase inhibitors"): the class of drugs acting on that ligand's
    receptor, as the vocabulary names it by the receptor's symbol ("VEGFR tyrosine kinase inhibitor"), never the
    general receptor tyrosine kinase inhibitor class beside the ligand (``over``: the other mentions over the ligand's
    name and the receptor word). Returns (mention, class mention replaced) or None."""
    if len(over) != 1 or over[0].entity.category != "DrugClass" or over[0].start < m.end or \
            not text[over[0].start:over[0].end].lower().startswith("receptor"):
        return None
    receptor = _receptor_of(vocab, m.entity)
    if receptor is None:
        return None
    rest = text[over[0].start + len("receptor"):over[0].end].strip()
    plural = "s" if rest.lower().endswith("s") else ""
    # (a kinase inhibitor class the vocabulary names only as the receptor's inhibitor: "FGFR inhibitor")
    names = [rest, f"inhibitor{plural}", "inhibitor"] if _KINASE_INHIBITOR.fullmatch(rest) else [rest]
    for tail in names:
        for sym in (receptor.name, *receptor.synonyms):
            found = vocab.entities.get(vocab.by_name.get(f"{sym} {tail}".lower(), ""))
            if found is not None and found.category == "DrugClass":
                return _mention(m.start, over[0].end, text, found), over[0]
    return None


_KINASE_INHIBITOR = lazy_compile(r"tyrosine[- ]kinase\s+inhibitors?|TKIs?", re.I)


def _receptor_of(vocab, ligand: Entity) -> Entity | None:
    """The gene (or gene family) the vocabulary names by one of the ligand's short names with an R after it."""
    for name in (ligand.name, *ligand.synonyms):
        if " " in name:
            continue
        found = vocab.entities.get(vocab.by_name.get(f"{name}R".lower(), ""))
        if found is not None and found.category == "Gene":
            return found
    return None
