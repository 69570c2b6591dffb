"""A head noun a coordinated list shares, written once after its last item: "CD4+ and CD8+ T cells", "stromal and
immune cells", "naive and memory T cells", "WNT and MYC signaling", "the PI3K/AKT, Notch and MAPK pathways", "the Wnt
and the Hedgehog pathways" (the article repeated before an item), "the AKT and ERK pathways" (a gene's name before a
plural pathway head names the pathway the vocabulary knows by it with that head).

The last item with the head is a mention (a cell type, or a pathway or gene with a signalling word after it); an item
before it written without the head names, with the head, a cell type or pathway the vocabulary knows ("CD4+ T cells",
"Wnt signaling"), and is a mention of that entity over its own word. An item the vocabulary does not know with the
head ("tumour and T cells": "tumour T cells") or that is already a mention is left as it is.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# the separator before the next item of the list ("A and B", "A, B", "A, B, and C", "A or B"), the article repeated
# before the next item or not ("the Wnt and the Notch pathways" is "the Wnt and Notch pathways")
_BEFORE_ITEM = lazy_compile(r"(?:^|[\s(])(?P<item>[A-Za-z0-9α-ωΑ-Ω][\w+\-/α-ωΑ-Ω]{0,24})(?:\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?$")
# the signalling word after a gene or pathway named as the last item ("MYC signaling", "MAPK pathways")
_SIGNAL_HEAD = lazy_compile(r"(?i)\s*(?P<head>signal(?:l)?ing(?:\s+pathways?)?|pathways?)\b")
# the genes a pathway is named by, joined to the first ("JAK" of "the Wnt and the JAK-STAT pathways", "PI3K" of
# "PI3K/AKT signaling"): the signalling word after the last is the first one's head too
_PAIRED_GENES = lazy_compile(r"(?:[-/][A-Z][A-Za-z0-9]*){0,2}")
_WORD_GAP = lazy_compile(r"\s+")
# a plural pathway head ("the AKT and ERK pathways") makes each item a pathway, a gene's name included: the gene
# written alone before it names, with the head, the pathway the vocabulary knows ("AKT pathways": PI3K/AKT/mTOR);
# a singular head may be one item's only ("inhibition of EGFR and the ERK pathway": EGFR stays the gene)
_PLURAL_PATHWAYS = lazy_compile(r"(?i)(?:signal(?:l)?ing\s+)?pathways")
_SIGNAL_WORDS = ("signaling", "signalling", "pathway", "pathways", "signaling pathway", "signalling pathway")
_MAX_ITEMS = 3
_HEAD_KINDS = {"CellType": ("CellType",), "Pathway": ("Pathway",), "Gene": ("Pathway",),
               "ResistanceMechanism": ("Pathway",)}


def shared_head_items(vocab, text: str, mentions: list, make) -> list:
    """``mentions`` with the items before a list's last item that share its head noun ("CD4+" of "CD4+ and CD8+
    T cells") as mentions of what they name with it; ``make(start, end, text, entity)`` builds a mention."""
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        kinds = _HEAD_KINDS.get(m.entity.category)
        if kinds is None:
            continue
        head = _head(text, m)
        if head is None:
            continue
        end = m.start
        for _ in range(_MAX_ITEMS):
            before = _BEFORE_ITEM.search(text, max(0, end - 40), end)
            if before is None:
                break
            start, stop = before.start("item"), before.end("item")
            end = start
            gene = _gene_marker(text, out, start, stop) if m.entity.category == "CellType" or \
                _PLURAL_PATHWAYS.fullmatch(head) else None
            if gene is None and any(a < stop and start < b for a, b in taken):
                continue  # an item named on its own ("macrophages and B cells")
            found = _with_head(vocab, before.group("item"), head)
            entity = vocab.entities.get(found) if found else None
            if entity is None or entity.category not in kinds or entity.id == m.entity.id:
                if gene is not None:
                    continue
                break
            if gene is not None:
                out.remove(gene)  # "CD4 and CD8 T cells": the marker names the cells here, not the gene
            out.append(make(start, stop, text, entity))
            taken.append((start, stop))
    changed = len(out) != len(mentions) or any(x is not y for x, y in zip(out, mentions))
    return sorted(out, key=lambda x: (x.start, x.end)) if changed else mentions


def _with_head(vocab, item: str, head: str) -> str | None:
    """The id of what ``item`` names with ``head``, or for a signalling word with another signalling word the
    vocabulary gives it ("Hippo/YAP" of "... and Notch signalling" is the "Hippo/YAP pathway"); None when unknown."""
    found = vocab.by_name.get(f"{item} {head}".lower())
    if found is not None or not _SIGNAL_HEAD.fullmatch(" " + head):
        return found
    return next((vocab.by_name[k] for k in (f"{item} {h}".lower() for h in _SIGNAL_WORDS) if k in vocab.by_name), None)


def _gene_marker(text: str, mentions: list, start: int, stop: int):
    """The one gene mention that is the whole item ``[start, stop)``, with a "+" after it at most ("CD8" of "CD8 and
    CD4+ T cells", "CD4" of "CD4+, CD8+ and regulatory T cells"), or None."""
    over = [x for x in mentions if x.start < stop and start < x.end]
    if len(over) == 1 and over[0].start == start and text[over[0].end:stop] in ("", "+") and \
            over[0].entity.category == "Gene":
        return over[0]
    return None


def _head(text: str, m) -> str | None:
    """The head noun the mention ``m`` carries after its first word: the rest of its words for a cell type ("T cells"
    of "CD8+ T cells"), the signalling word inside or just after it for a gene or pathway ("signaling" of "MYC
    signaling", of "JAK" in "JAK-STAT signaling"); None when it has none."""
    first = _WORD_GAP.search(m.text)
    if m.entity.category == "CellType":
        return m.text[first.end():] if first is not None else None
    if first is not None:
        inside = _SIGNAL_HEAD.match(m.text, first.start())
        return inside.group("head") if inside is not None else None
    after = _SIGNAL_HEAD.match(text, _PAIRED_GENES.match(text, m.end).end())
    return after.group("head") if after is not None else None
