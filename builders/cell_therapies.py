"""Cell therapies named as treatments: a CAR-T product named by the antigen it is aimed at.

"CEA-targeted CAR-T cells", "GUCY2C CAR-T cells", "anti-CEA CAR-T", "CAR-T cells targeting cadherin-17 (CDH17)"
each name one therapy, a kind of CAR-T cell therapy (drug_classes.yaml) that targets the antigen's gene; the
cells as such ("CAR-T cells") stay the cell type. A CAR-T design written in quotes ("“armored” CAR-T cells")
is the design's therapy class, and bare CAR-T cells written where a treatment is ("resistance to CAR-T cells",
"CAR-T efficacy") are CAR-T cell therapy. The recogniser calls ``cell_therapies`` once the drug classes are read.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

CAR_T_THERAPY = "CAR-T cell therapy"
_CAR = r"CAR[-\s]?T(?:[-\s]cells?)?|CARs?"
# the antigen before the product: "CEA CAR-T", "anti-CEA CAR-T cells", "CEA-targeted CAR-T", "CEA-specific CAR T cells"
_TARGET_LINK = lazy_compile(r"(?:[-\s](?:targeted|targeting|directed|specific|redirected))?[-\s]+(?:" + _CAR + r")\b")
_ANTI_BEFORE = lazy_compile(r"\banti-$")
# the antigen after the product: "CAR-T cells targeting CDH17", "CAR T cells directed against/specific for GUCY2C"
_TARGET_AFTER = lazy_compile(r"\b(?:" + _CAR + r")\s+(?:targeting|directed\s+(?:against|to|at)|specific\s+for|against|"
                             r"recognizing|recognising)\s+$")
# the antigen said to be the product's target: "CEA is the most commonly researched target of CAR T cells",
# "GUCY2C is a promising target for CAR-T cells" (the CAR-T words are then that product)
_IS_TARGET_OF = lazy_compile(r"\)?\s+(?:is|was|remains|represents|has become|has been|serves as)\s+(?:the|a|an|one of the)\s+"
                             r"(?:[\w-]+\s+){0,4}?targets?\s+(?:of|for)\s+(?P<car>(?:chimeric antigen receptor\s*(?:\(CAR\)\s*)?T[-\s]cells?)|"
                             + _CAR + r")\b")
_QUOTED_DESIGN = lazy_compile(r"[“\"‘'](?P<word>[A-Za-z][\w-]*)[”\"’']\s+(?P<rest>(?:" + _CAR + r"))\b")
_LONG_FORM_SYMBOL = lazy_compile(r"\s*\(\s*([^()]{1,20})\s*\)")
# a gene the CAR-T cells carry or lack is no antigen: "dominant-negative TGFBR2 CAR-T", "IL-15-secreting"
_PAYLOAD_BEFORE = lazy_compile(r"(?:dominant[-\s]negative|\bDN|knock-?out|deficient|expressing|secreting|armou?red|"
                               r"co-?expressing)[-\s]*$", re.I)
_TREATMENT_AFTER = lazy_compile(r"[-\s]+(?:efficacy|effectiveness|responses?|resistance|failure|treatment|therapy|"
                                r"therapies|regimens?)\b", re.I)
_TREATMENT_BEFORE = lazy_compile(r"\b(?:escape[sd]?|escaping|evade[sd]?|evading|resist(?:s|ed|ing)?|"
                                 r"(?:resistance|response|responses|refractory|sensitivity)\s+to|(?:treated|"
                                 r"treatment|therapy)\s+with|(?:efficacy|effectiveness|activity)\s+of|(?:therapies|"
                                 r"therapy|immunotherapies|immunotherapy|treatments|strategies)\s+(?:such\s+as|like|"
                                 r"including))\s+$", re.I)
_THERAPY_TAIL = lazy_compile(r"[-\s]+(?:cell\s+)?(?:therapy|therapies|treatment|immunotherapy|infusion)\b", re.I)
_NAMED_PRODUCT = lazy_compile(r"(?:anti-)?\S+?[-\s](?:targeted|targeting|directed|specific|redirected)\s+(?:" + _CAR + r")",
                              re.I)


def _car_class(gene: Entity, written: str) -> Entity:
    """The CAR-T therapy aimed at ``gene``'s product, with the names papers give it and the words as written."""
    name = f"{gene.name}-targeted CAR-T cell therapy"
    synonyms = {f"{gene.name}{sep}{tail}" for sep in ("-targeted ", " ", "-", "-directed ")
                for tail in ("CAR-T", "CAR-T cells", "CAR-T cell", "CAR T cells")}
    synonyms |= {f"anti-{gene.name} CAR-T", f"anti-{gene.name} CAR-T cells", written}
    return Entity(mint("class", name), "DrugClass", name, tuple(sorted(synonyms - {name, ""})))


def _therapy_class(r) -> Entity | None:
    hit = r.vocab.by_name.get(CAR_T_THERAPY.lower())
    return r.vocab.entities.get(hit) if hit else None


def _antigen_before(text, mentions, k):
    """(start, end) of a CAR-T product named after the gene mention ``k`` ("CEA-targeted CAR-T cells")."""
    m = mentions[k]
    link = _TARGET_LINK.match(text, m.end)
    if not link or _PAYLOAD_BEFORE.search(text, max(0, m.start - 25), m.start):
        return None
    start = m.start - 5 if _ANTI_BEFORE.search(text, max(0, m.start - 5), m.start) else m.start
    return start, link.end()


def _antigen_after(text, mentions, k):
    """(start, end) of "CAR-T cells targeting GENE", the gene's bracketed symbol included."""
    m = mentions[k]
    lead = _TARGET_AFTER.search(text, max(0, m.start - 60), m.start)
    if not lead:
        return None
    end = m.end
    bracket = _LONG_FORM_SYMBOL.match(text, m.end)
    if bracket and k + 1 < len(mentions) and mentions[k + 1].entity.id == m.entity.id and \
            mentions[k + 1].start >= bracket.start():
        end = bracket.end()
    return lead.start(), end


def _antigen_is_target(text, mentions, k):
    """(start, end) of the CAR-T words in "GENE is the (main) target of CAR T cells" (not a negated "is not")."""
    said = _IS_TARGET_OF.match(text, mentions[k].end)
    return (said.start("car"), said.end("car")) if said else None


def _read_class(text, m, rec):
    """(gene, span) of a class the drug-class reader already made of "CEA-targeted CAR-T cells", else (None, None)."""
    span = (m.start, m.end) if _NAMED_PRODUCT.fullmatch(m.text) else None
    if span is None and re.fullmatch(r"anti-\S+", m.text):  # "anti-CEA" read as a class, then "CAR-T cells"
        link = _TARGET_LINK.match(text, m.end)
        span = (m.start, link.end()) if link and not link.group(0).startswith("-") else None
    genes = [o for s, p, o in rec.implied if s.id == m.entity.id and p == "targets"]
    return (genes[0], span) if span and len(genes) == 1 else (None, None)


def _named_as_treatment(r, text, mentions) -> list[tuple[int, int, Entity]]:
    """The CAR-T cells written where a treatment is ("CAR-T efficacy", "resistance to CAR-T cells",
    "immunotherapies such as CAR-T", "tumour cells escape CAR-T cells"): CAR-T cell therapy; elsewhere
    ("sinusoids trap CAR-T cells") they stay the cells."""
    parent = _therapy_class(r)
    if parent is None:
        return []
    found = []
    for m in mentions:
        if m.entity.category != "CellType" or m.entity.name != "CAR-T cell":
            continue
        if _TREATMENT_AFTER.match(text, m.end) or _TREATMENT_BEFORE.search(text, max(0, m.start - 40), m.start):
            found.append((m.start, m.end, parent))
    return found


def _quoted_designs(r, text) -> list[tuple[int, int, Entity]]:
    """A CAR-T design written in quotes ("“armored” CAR-T cells"): the vocabulary's class of that design."""
    found = []
    for x in _QUOTED_DESIGN.finditer(text):
        hit = r.vocab.by_name.get(f"{x.group('word')} {x.group('rest')}".lower())
        entity = r.vocab.entities.get(hit) if hit else None
        if entity is not None and entity.category == "DrugClass":
            found.append((x.start(), x.end(), entity))
    return found


def _targeted_products(r, text, mentions, rec) -> list[tuple]:
    """Each CAR-T product the sentence names by its antigen, with what it implies: the gene it targets and the
    class it belongs to ("CEA-targeted CAR-T cell therapy" whole)."""
    parent = _therapy_class(r)
    found = []
    for k, m in enumerate(mentions):
        gene, span = _read_class(text, m, rec) if m.entity.category == "DrugClass" else (m.entity, None)
        if gene is None or gene.category != "Gene":
            continue
        span = span or _antigen_before(text, mentions, k) or _antigen_after(text, mentions, k)
        said = None if span else _antigen_is_target(text, mentions, k)
        span = span or said
        if span is None:
            continue
        tail = _THERAPY_TAIL.match(text, span[1])
        span = (span[0], tail.end()) if tail else span
        written = "" if said else re.sub(r"\s+", " ", text[span[0]:span[1]]).strip()  # "CAR T cells" names no antigen
        entity = _car_class(gene, written)
        implied = [(entity, "targets", gene)] + ([(entity, "member_of", parent)] if parent is not None else [])
        found.append((span[0], span[1], entity, implied))
    return found


def cell_therapies(r, text, mentions, rec) -> list:
    """Mentions with each CAR-T product named by its antigen or quoted design read as that therapy class (the
    mentions it covers replaced, and what an earlier reading of the same words implied dropped)."""
    from builders.recognize import Mention

    found = _targeted_products(r, text, mentions, rec)
    found += [(*f, []) for f in _quoted_designs(r, text) + _named_as_treatment(r, text, mentions)]
    if not found:
        return mentions
    out = list(mentions)
    for start, end, entity, implied in found:
        if any(m.start < start < m.end or m.start < end < m.end for m in out):
            continue
        for fact in implied:
            rec.imply(*fact)
        covered = [m for m in out if start <= m.start and m.end <= end]
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention(start, end, text[start:end], entity, "pattern"))
        gone = {c.entity.id for c in covered if c.entity.category == "DrugClass"} - {m.entity.id for m in out}
        rec.implied[:] = [t for t in rec.implied if t[0].id not in gone]
    return sorted(out, key=lambda m: (m.start, m.end))
