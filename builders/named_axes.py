"""Signalling axes and pathways named by their members (builders/patterns.py runs :func:`named_axes`).

A text names a signalling route it has no other name for by the genes and molecules that make it up, joined by
slashes or dashes, and a pathway word: "the Ang2/Tie-2 axis", "IL6/STAT3 signaling", "the p38/Nrf2/HO-1 axis",
"CXCL8-CXCR1/2 signalling", "the ZEB1/PD-L1 axis", "the Fas–FasL pathway". Such a name is a pathway (the route the
named parts signal along), not the activity of each part: it is a ``Pathway`` named by its parts as written and the
head "signaling" (:func:`axis_entity`; every head and the parts alone are its synonyms), whose genes take part in it
(the rule ``signalling.pathway_named_by_genes`` reads them from the name, as it does for the vocabulary's pathways).

- Every part is a mention of a gene, a gene family or a molecule, and the parts are joined by a bare "/", "-" or
  "–"; at least two parts. A word before the first part joined by a dash that is no mention ("autocrine HIF-VEGF-VEGFR
  signaling" with HIF unread) leaves the name unread, since its first part is unknown.
- A part may be written as its long name with its short form in brackets ("placental growth factor (PlGF)/vascular
  endothelial growth factor receptor 1 (VEGFR1) axis"): the part is its short form, so the name is "PlGF/VEGFR1"
  (the long name and the short form must be mentions of one entity).
- The pathway word follows right after the last part: "axis", "pathway", "cascade", "signaling"/"signalling", each
  optionally after "signaling" ("signaling axis") or before "pathway" ("signal transduction pathway").
- A name the vocabulary knows ("HGF/MET signaling", "PD-1/PD-L1 axis") is its vocabulary pathway, read before.
- A name one of whose parts is a pathway the vocabulary knows ("the PI3K/AKT/S6K axis") is no new pathway; when the
  parts before it are members the vocabulary lists for it ("the RAS/MAPK pathway"), the whole name is that pathway.
- A gene written before a vocabulary pathway by a dash ("the DLL4-Notch pathway", "the JAG1-Notch signaling") is a
  part of that pathway (the gene takes part in it; a molecule, a ligand, switches it on): no new pathway.
- Never a pair with no pathway word: "the EGFR/HER2 ratio", "KRAS/BRAF wild-type", "a MEK/ERK inhibitor",
  "PD-1/PD-L1 blockade", "the RAS/RAF mutation status".
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pathway_lists import vocab_pathway
from kg.ids import mint
from kg.model import Entity

# a text that may name an axis: a joining slash or dash, and a pathway word
MAY_NAMED_AXIS = lazy_compile(r"axis|pathway|signal(?:l)?ing|cascade", re.I)
# the bare join of two parts of one name
_JOIN = lazy_compile(r"[/\-–]")
# the pathway word right after the last part
_HEAD = lazy_compile(r"\s+(?P<head>(?:signal(?:l)?ing\s+)?axis|(?:signal(?:l)?ing\s+|signal\s+transduction\s+)?pathway|"
                     r"(?:signal(?:l)?ing\s+)?cascade|signal(?:l)?ing)(?![\w\-])", re.I)
# a word joined to the first part by a dash: the name starts before the parts read
_WORD_BEFORE = lazy_compile(r"[\w\-α-ωΑ-Ω]+[\-–/]$")
_PARTS = ("Gene", "Molecule")


def _head_word(head: str) -> str:
    """The head the name keeps: "axis", "signaling" or "pathway" (a cascade or a signal transduction pathway is a
    pathway, a signalling pathway too).

    >>> [_head_word(h) for h in ("signaling axis", "signalling", "signal transduction pathway", "cascade")]
    ['axis', 'signaling', 'pathway', 'pathway']
    """
    low = head.lower()
    if low.endswith("axis"):
        return "axis"
    if low in ("signaling", "signalling"):
        return "signaling"
    return "pathway"


def _known_pathway(vocab, stem: str, head: str):
    """The vocabulary's pathway of a name written with these parts (with any pathway word, or none), or None."""
    return vocab_pathway(vocab, (stem, f"{stem} {head}", f"{stem} axis", f"{stem} pathway", f"{stem} signaling",
                                 f"{stem} signalling", stem.replace("–", "/").replace("-", "/"), stem.replace("–", "-")))


def axis_entity(stem: str) -> Entity:
    """The pathway named by its parts ``stem`` ("IL6/STAT3"): one pathway whatever the head word ("the IL6/STAT3 axis"
    is "IL6/STAT3 signaling", and its activation one mechanism), named with the head "signaling" as the vocabulary
    names signalling a gene or ligand starts ("IL-10/STAT3 signaling"), also by the parts alone and with each head.

    >>> e = axis_entity("IL6/STAT3")
    >>> e.name, sorted(e.synonyms)[:3]
    ('IL6/STAT3 signaling', ['IL6/STAT3', 'IL6/STAT3 axis', 'IL6/STAT3 pathway'])
    """
    stem = stem.replace("–", "-")
    name = f"{stem} signaling"
    forms = {stem} | {f"{stem} {h}" for h in ("axis", "pathway", "signaling", "signalling", "signaling pathway")}
    return Entity(mint("pathway", stem), "Pathway", name, tuple(sorted(forms - {name})))


# the numbers of the last part's siblings after it ("CXCR1/2")
_NUMBERED_TAIL = lazy_compile(r"(?:/\d{1,2})+(?![\w\-/])")


def _numbered_genes(vocab, gene: Entity, tail) -> list:
    """The genes a number after a numbered gene's slash names ("CXCR1/2": CXCR2), all or none."""
    stem = re.match(r"(.*?)\d+$", gene.name)
    if gene.category != "Gene" or stem is None:
        return []
    out = [vocab.gene_entity(stem.group(1) + n) for n in re.findall(r"\d+", tail.group(0))]
    return out if all(e is not None for e in out) else []


def _sentence_case(stem: str, first, opens: bool) -> str:
    """The parts as the name writes them: a first word capitalised only to open the sentence (``opens``) is written
    as its entity is ("Angiopoietin/Tie-2" -> "angiopoietin/Tie-2"; never "Ang2").

    >>> m = type("M", (), {"text": "Angiopoietin", "entity": Entity("x", "Gene", "angiopoietin")})
    >>> _sentence_case("Angiopoietin/Tie-2", m, True), _sentence_case("Angiopoietin/Tie-2", m, False)
    ('angiopoietin/Tie-2', 'Angiopoietin/Tie-2')
    """
    word = first.text
    if opens and word[:1].isupper() and word[1:].isalpha() and word[1:].islower() and first.entity.name[:1].islower():
        return stem[:1].lower() + stem[1:]
    return stem


def _member(vocab, gene: Entity, pathway: Entity) -> bool:
    """The gene, or the family, is one of the members the vocabulary lists for the pathway (a family when one of its
    genes is; a gene when its family is)."""
    if gene.category != "Gene":
        return False
    members = set(vocab.pathway_members.get(pathway.id, ()))
    if gene.id in members:
        return True
    genes = vocab.family_gene_ids(gene.id)
    return bool(genes & members) or any(gene.id in vocab.family_gene_ids(f) for f in members)


def _imply_parts(rec, parts: list, more: list, pathway: Entity) -> None:
    """Each gene (or gene family) a pathway is named by takes part in it; a molecule named first, the ligand the
    route starts from ("IL-6/JAK2/STAT3"), switches it on (a molecule takes part in no pathway by the schema)."""
    for k, e in enumerate(parts + more):
        if e.category == "Gene":
            rec.imply(e, "participates_in", pathway)
        elif e.category == "Molecule" and k == 0:
            rec.imply(e, "activates", pathway)


# the bracket a part's short form is written in after its long name ("placental growth factor (PlGF)")
_OPEN_BRACKET = lazy_compile(r"\s*\(\s*")
_CLOSE_BRACKET = lazy_compile(r"\s*\)")


def _long_forms(text: str, items: list) -> dict:
    """The parts written as a long name with their short form in brackets after it ("placental growth factor (PlGF)",
    one entity both): by the short form's mention, its long form's mention and where the bracket closes."""
    out: dict = {}
    for m, b in zip(items, items[1:]):
        if b.entity.id == m.entity.id and _OPEN_BRACKET.fullmatch(text, m.end, b.start) and \
                (close := _CLOSE_BRACKET.match(text, b.end)):
            out[id(b)] = (m, close.end())
    return out


def _written_start(m, long_forms: dict) -> int:
    """Where the part of mention ``m`` starts, from its long name when written with one (``long_forms``)."""
    return long_forms[id(m)][0].start if id(m) in long_forms else m.start


def _written_end(m, long_forms: dict) -> int:
    """Where the part of mention ``m`` ends, after the bracket of its short form when written so (``long_forms``)."""
    return long_forms[id(m)][1] if id(m) in long_forms else m.end


def _runs(text: str, items: list, long_forms: dict) -> list[list]:
    """The mentions in runs of parts joined by a bare slash or dash; mentions of one span (the genes of "CXCR1/2")
    are one part; a part written with its long name and its short form in brackets (``long_forms``) is one part,
    the short form, joined from where its long name starts and to where its bracket closes."""
    runs: list[list] = []
    longs = {id(v[0]) for v in long_forms.values()}
    for m in items:
        if id(m) in longs:
            continue
        if runs and runs[-1][-1][0].start == m.start and runs[-1][-1][0].end == m.end:
            runs[-1][-1].append(m)
            continue
        if runs and _JOIN.fullmatch(text[_written_end(runs[-1][-1][0], long_forms):_written_start(m, long_forms)]):
            runs[-1].append([m])
        else:
            runs.append([[m]])
    return runs


def _without(out: list, parts: list) -> list:
    """``out`` without the mentions of ``parts`` (they are read as one name now)."""
    inside = {id(x) for p in parts for x in p}
    return [m for m in out if id(m) not in inside]


def named_axes(vocab, text: str, mentions: list, rec, make) -> list:
    """``mentions`` with each axis or pathway named by its members as one Pathway mention over the parts and the
    pathway word (see the module); ``make(start, end, text, entity)`` builds a mention."""
    items = sorted(mentions, key=lambda m: (m.start, m.end))
    out = list(items)
    changed = False
    long_forms = _long_forms(text, items)
    for run in _runs(text, items, long_forms):
        # the run's parts, cut at a part that is not a gene, molecule or pathway
        pieces: list[list] = [[]]
        for part in run:
            if all(m.entity.category in _PARTS + ("Pathway",) for m in part):
                pieces[-1].append(part)
            else:
                pieces.append([])
        for parts in pieces:
            if len(parts) < 2:
                continue  # a name of one part names no axis
            last = parts[-1]
            start, end = parts[0][0].start, last[0].end
            # a word dashed or slashed onto the first part: the name starts before the parts read
            cut = _WORD_BEFORE.search(text, max(0, start - 30), start) is not None
            if last[0].entity.category == "Pathway" and len(parts) == 2 and _HEAD.search(last[0].text) and \
                    all(m.entity.category == "Molecule" for m in parts[0]) and \
                    text[parts[0][0].end:last[0].start] in ("-", "\u2013"):
                # "the DLL4-Notch pathway": the ligand dashed to the known pathway switches it on
                if not cut:
                    for m in parts[0]:
                        rec.imply(m.entity, "activates", last[0].entity)
                continue
            if last[0].entity.category == "Pathway" and \
                    all(len(p) == 1 and _member(vocab, p[0].entity, last[0].entity) for p in parts[:-1]):
                # "the RAS/MAPK pathway": a member slashed before its known pathway names that pathway
                if not cut:
                    out = _without(out, parts)
                    out.append(make(start, last[0].end, text, last[0].entity))
                    changed = True
                continue
            if any(m.entity.category == "Pathway" for p in parts for m in p):
                continue
            numbered = _NUMBERED_TAIL.match(text, end)
            extra = _numbered_genes(vocab, last[0].entity, numbered) if numbered else []
            if extra:
                end = numbered.end()  # "CXCL8-CXCR1/2 signaling": CXCR2 too
            bracketed = [long_forms[id(p[0])] for p in parts if id(p[0]) in long_forms]
            if bracketed:
                # (s61 ents) "the placental growth factor (PlGF)/vascular endothelial growth factor receptor 1 (VEGFR1)
                # axis": each part by its short form, the name spanning the long names and their brackets
                written = "".join(p[0].text + text[_written_end(p[0], long_forms):
                                                   _written_start(q[0], long_forms) if id(p[0]) in long_forms else
                                                   q[0].start]
                                  for p, q in zip(parts, parts[1:])) + last[0].text
                start = long_forms[id(parts[0][0])][0].start if id(parts[0][0]) in long_forms else start
                end = long_forms[id(last[0])][1] if id(last[0]) in long_forms else end
                cut = _WORD_BEFORE.search(text, max(0, start - 30), start) is not None
            head = _HEAD.match(text, end)
            if head is None or cut:
                continue
            inside = [x for p in parts for x in p] + [b[0] for b in bracketed]
            if any(m.start < head.end() and start < m.end and not any(m is x for x in inside) for m in items):
                continue  # a longer reading of the words ("PD-1/PD-L1 axis inhibitors" read as a class)
            stem = _sentence_case(written if bracketed else text[start:end], parts[0][0],
                                  text[:start].strip(" \"'(“‘") == "")
            entity = _known_pathway(vocab, stem, _head_word(head.group("head"))) or axis_entity(stem)
            out = _without(out, parts + [[b[0]] for b in bracketed])
            out.append(make(start, head.end(), text, entity))
            _imply_parts(rec, [p[0].entity for p in parts] + extra, [x.entity for p in parts for x in p[1:]], entity)
            changed = True
    return sorted(out, key=lambda m: (m.start, m.end)) if changed else mentions
