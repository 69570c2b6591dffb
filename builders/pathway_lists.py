"""Pathways listed by their short names without a head noun after the list, beside a pathway the reader knows: "the
aberrant activation of Wnt/β-catenin, Notch, Hedgehog and Hippo/YAP", "crosstalk between PI3K/AKT, Notch and
Hedgehog".

A list whose first item names a pathway as a mention (a pathway, or a pathway's activation, written by its short name
with no signalling word after it) lists pathways: each later item the vocabulary knows with a signalling word ("Notch
signaling", "Hedgehog pathway") is a mention of that pathway over its own word. An item that is already a mention, or
that the vocabulary does not know as a pathway, is passed over ("Hippo/YAP", where YAP is the gene) or ends the list
(any other word). (A head noun written once after the list's last item is builders/shared_heads.py.)
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# the next item of a list: an optional bracket after the item before, a separator, and the item
_NEXT_ITEM = lazy_compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                          r"(?P<item>[A-Za-z0-9α-ωΑ-Ω][\w\-/α-ωΑ-Ω]{0,24})")
# the short name a mention ends on ("Wnt/β-catenin" of "activation of Wnt/β-catenin")
_LAST_WORD = lazy_compile(r"(?P<item>[A-Za-z0-9α-ωΑ-Ω][\w\-/α-ωΑ-Ω]{0,24})$")
# a signalling word right after an item or mention ("Notch signaling", "PI3K/AKT pathway")
_SIGNAL_AFTER = lazy_compile(r"(?i)\s*(?:signal(?:l)?ing|pathways?|axis|cascades?)\b")
_SIGNAL_WORDS = ("pathway", "signaling", "signalling", "signaling pathway")
_MAX_ITEMS = 5


def vocab_pathway(vocab, names):
    """The Pathway entity the vocabulary knows by the first of ``names`` that names one (any case), or None."""
    for name in names:
        found = vocab.by_name.get(name.lower())
        entity = vocab.entities.get(found) if found else None
        if entity is not None and entity.category == "Pathway":
            return entity
    return None


def _pathway(vocab, name: str, with_head: bool):
    """The Pathway entity the vocabulary knows ``name`` as (``with_head``: with a signalling word after it), or None."""
    return vocab_pathway(vocab, [f"{name} {h}" for h in _SIGNAL_WORDS] if with_head else [name])


def listed_pathways(vocab, text: str, mentions: list, make) -> list:
    """``mentions`` with the items of a head-less list of pathways after a known pathway as mentions of the pathways
    they name; ``make(start, end, text, entity)`` builds a mention."""
    out = list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    for m in mentions:
        if m.entity.category not in ("Pathway", "ResistanceMechanism") or _SIGNAL_AFTER.match(text, m.end):
            continue
        last = _LAST_WORD.search(m.text)
        if last is None or _pathway(vocab, last.group("item"), False) is None:
            continue
        end = m.end
        for _ in range(_MAX_ITEMS):
            nxt = _NEXT_ITEM.match(text, end)
            if nxt is None:
                break
            start, stop = nxt.start("item"), nxt.end("item")
            end = stop
            if any(a < stop and start < b for a, b in taken):
                continue  # an item named on its own ("Hippo/YAP": the gene YAP1)
            if _SIGNAL_AFTER.match(text, stop):
                break  # the list's own head: builders/shared_heads.py
            entity = _pathway(vocab, nxt.group("item"), True)
            if entity is None:
                break
            out.append(make(start, stop, text, entity))
            taken.append((start, stop))
    return sorted(out, key=lambda x: (x.start, x.end)) if len(out) != len(mentions) else mentions
