"""A name the vocabulary knows only by its short form, written out before it: "the lncRNA cetuximab
resistance-associated RNA transcript 16 (CRART16)", "serine peptidase inhibitor Kazal type 1 (SPINK1)"; a
pathway written out part by part before its slashed short form ("phosphatidylinositol-3-kinase/protein kinase
B/mammalian target of rapamycin (PI3K/AKT/mTOR)").

The written-out words are the same entity as the short form in the parenthesis: one mention spans them
both, so a rule reads the entity where the sentence names it (before the parenthesis), and words of the
long form are not read as entities of their own ("cetuximab" in the lncRNA's name is no drug here).
"""
from __future__ import annotations

import re

from builders.abbreviations import _WORDS, _best_long_form
from builders.lazy_patterns import lazy_compile

_KINDS = ("Gene", "Molecule")
_OPEN_BEFORE = lazy_compile(r"\(\s*$")
_CLOSE_AFTER = lazy_compile(r"^\s*\)")
# a head after the parenthesis that makes the short form the modifier of another thing ("(PD-1) inhibitors",
# "(ABC) transporters"): the long form is then left as it is, for that thing's own recogniser
_MODIFIED_HEAD = lazy_compile(r"\s*[-–]?\s*(?:inhibitors?|antibod(?:y|ies)|blockers?|blockade|antagonists?|agonists?|"
                              r"transporters?|famil(?:y|ies)|proteins?|genes?|receptors?|ligands?|pathways?|signal\w*|"
                              r"axis|targeted|directed|based|positive|negative|mimics?|therap\w*|treatments?|drugs?|agents?)\b", re.I)
# the number that ends a long form the vocabulary knows without it ("Yes-associated protein 1 (YAP1)"): the
# number is part of the name, and the mention spans it with the short form
_NUMBER_AFTER = lazy_compile(r"\s+\d{1,2}\s*")
# what ends the phrase a long form stands in: also a comma (the pairs builders.abbreviations finds may reach past one)
_STOP = lazy_compile(r"[,;:.()\[\]]")
MAX_WORDS = 10


def defined_long_forms(text: str, mentions: list, make) -> list:
    """``mentions`` with each gene or molecule named as "<long form> (<short form>)" spanning both, the
    mentions inside its long form dropped; ``make(start, end, text, entity)`` builds a mention."""
    out = list(mentions)
    for m in mentions:
        if m.entity.category not in _KINDS or not _OPEN_BEFORE.search(text[max(0, m.start - 3):m.start]):
            continue
        synonym = _same_entity_after_slash(text, m, mentions)
        short_end = synonym.end if synonym is not None else m.end
        close = _CLOSE_AFTER.match(text[short_end:short_end + 3])
        if close is None or _MODIFIED_HEAD.match(text, short_end + close.end()):
            continue
        opening = text.rfind("(", 0, m.start)
        start = phrase_long_form_start(text, opening, m.text)
        if start is None:
            continue
        start = _after_joined_partner(text, start, out, m, opening)
        inside = _inside(out, start, opening)
        same = [x for x in inside if x.entity.id == m.entity.id]
        if same and not (len(same) == 1 and _NUMBER_AFTER.fullmatch(text, same[0].end, opening)):
            continue  # the long form is already read as the entity
        out = _spanning(out, inside, make(start, short_end + close.end(), text, m.entity), m, synonym)
    return sorted(out, key=lambda x: (x.start, x.end))


def _inside(mentions: list, start: int, opening: int) -> list:
    """The mentions within the long form ``text[start:opening]``."""
    return [x for x in mentions if start <= x.start and x.end <= opening]


def _spanning(mentions: list, inside: list, whole, *short) -> list:
    """``mentions`` with ``whole`` (the long form and its short form in one mention) instead of the mentions
    ``inside`` the long form and the ``short`` form's own mentions."""
    out = [x for x in mentions if x not in inside and all(x is not s for s in short)]
    out.append(whole)
    return out


_SLASH_GAP = lazy_compile(r"\s*/\s*")


def _same_entity_after_slash(text: str, short, mentions: list):
    """The second short form of the same entity after a slash in the parenthesis ("pregnane X receptor
    (PXR/SXR)"), or None: the two short forms are one name, not two entities."""
    gap = _SLASH_GAP.match(text[short.end:short.end + 4])
    if gap is None:
        return None
    start = short.end + gap.end()
    return next((x for x in mentions if x.start == start and x.entity.id == short.entity.id), None)


# a gene named as part of another gene's name ("EGFR-associated protein", "MET-related kinase"): no partner
_NAMED_AFTER_GENE = lazy_compile(r"(?:associated|related|regulated|interacting|binding|activated|dependent|induced|"
                                 r"inducible|responsive|specific|derived|like)\b", re.I)


def _after_joined_partner(text: str, start: int, mentions: list, short, opening: int) -> int:
    """Where the long form begins when its first word opens with another entity joined to it by a hyphen
    ("the PLCγ1-SH2-containing protein tyrosine phosphatase 2 (SHP2) tandem"): the partner (one gene, one word)
    before the hyphen stays a mention of its own, and the long form begins after the hyphen ("cytotoxic
    T-lymphocyte-associated antigen 4" opens with no gene). ``opening``: where the parenthesis opens."""
    for x in mentions:
        if x.start == start and x.entity.category == "Gene" and x.entity.id != short.entity.id and \
                " " not in x.text and text[x.end:x.end + 1] in ("-", "–") and \
                not _NAMED_AFTER_GENE.match(text, x.end + 1) and \
                " " in text[x.end + 1:opening].strip():
            return x.end + 1
    return start


def phrase_long_form_start(text: str, opening: int, short: str) -> int | None:
    """Where the long form of ``short`` begins in the words just before the parenthesis at ``opening``
    (within the same phrase, at least two words), or None.

    Stricter than :func:`builders.abbreviations.defined_long_form_start`, which takes the pair as ``find_pairs`` finds
    it (past a comma, also a numbered or a loose long form): the long form found here becomes part of one mention with
    its short form, so it must spell the short form out within its phrase, and it never opens with "anti" ("anti-
    epidermal growth factor receptor (EGFR)" names a therapy)."""
    head = text[:opening]
    stop = max((s.end() for s in _STOP.finditer(head)), default=0)
    spans = [w for w in _WORDS.finditer(head, stop)][-MAX_WORDS:]
    if len(spans) < 2:
        return None
    k = _best_long_form(short, [w.group() for w in spans])
    if k is None or len(spans) - k < 2 or spans[k].group().lower().startswith("anti"):
        return None  # "anti-epidermal growth factor receptor (EGFR)" names a therapy, not the gene
    return spans[k].start()


_SLASHED_LONG_FORM = lazy_compile(r"[^\s,;:.()\[\]/]+(?:/[^,;:.()\[\]/]+)+\(\s*$")


def slashed_long_forms(text: str, mentions: list, make) -> list:
    """``mentions`` with each pathway named as "<part>/<part>/<part> (<A>/<B>/<C>)" spanning both, the mentions
    inside the written-out parts dropped: the parts name the pathway's members one by one (as many parts as the
    short form has), so a gene named inside them ("protein kinase B") is no mention of its own there."""
    out = list(mentions)
    for m in mentions:
        parts = m.text.count("/")
        if m.entity.category != "Pathway" or parts < 1 or not _OPEN_BEFORE.search(text[max(0, m.start - 3):m.start]):
            continue
        close = _CLOSE_AFTER.match(text[m.end:m.end + 3])
        if close is None:
            continue
        opening = text.rfind("(", 0, m.start)
        long_form = _SLASHED_LONG_FORM.search(text, max(0, opening - 200), opening + 1)
        if long_form is None or long_form.group(0).count("/") != parts:
            continue
        start = long_form.start()
        inside = _inside(out, start, opening)
        if any(x.entity.category == "Pathway" for x in inside):
            continue  # the written-out words already name a pathway of their own
        out = _spanning(out, inside, make(start, m.end + close.end(), text, m.entity), m)
    return sorted(out, key=lambda x: (x.start, x.end))
