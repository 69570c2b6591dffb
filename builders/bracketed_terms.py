"""A process name the text interrupts with the short form of its first words: "extracellular matrix (ECM)
remodeling", "tumour microenvironment (TME) plasticity", "epithelial-mesenchymal transition (EMT)-driven ..." stays
the vocabulary's process ("extracellular matrix remodeling") when the words without the bracket are one of its
names; the mention covers the whole phrase, bracket included. Only resistance processes and pathways are read this
way (a drug class written so is ``builders/bracketed_classes.py``'s). A cell type is named the same way, its head
word after the bracket: "T helper 17 (Th17) cells", "regulatory T (Treg) cells", "T helper type 17 (T(H)17) cells" are
the cell type the short form names, when the words before the bracket with the head name it too or the short form is
made of their letters; the whole phrase is one mention, so a list it opens ("... (Th17) cells and IL-17") holds it
whole."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention

# a bracketed short form with a word after it, without which _INTERRUPTED cannot match (found by its bracket at once)
MAY_BRACKET = lazy_compile(r"\([A-Za-z](?:[A-Za-z0-9\-]|\([A-Za-z]{1,3}\)){1,9}\)\s+[A-Za-z]")
# up to four words, a bracketed short form, and one or two words after it
# (a short form may hold one bracketed letter group of its own: "T(H)17")
_INTERRUPTED = lazy_compile(r"(?P<long>(?:[A-Za-z0-9][\w\-]*\s+){1,4})\((?P<abbr>[A-Za-z](?:[A-Za-z0-9\-]|\([A-Za-z]{1,3}\)){1,9})\)\s+"
                            r"(?P<tail>[A-Za-z][\w\-]*)(?:\s+(?P<tail2>[A-Za-z][\w\-]*))?")
_KINDS = ("ResistanceMechanism", "Pathway")
_CELL_HEAD = lazy_compile(r"cells?", re.I)


def _initials_fit(words: list[str], abbr: str) -> bool:
    """Whether the short form is made of the words' first letters ("extracellular matrix" -> "ECM": e, m and the
    "c" inside "extracellular" in order)."""
    letters = "".join(words).lower()
    pos = 0
    for ch in re.sub(r"[-()]", "", abbr.lower()):
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return abbr[0].lower() == words[0][0].lower()


def bracketed_terms(vocab, text: str, mentions: list) -> list:
    """Mentions of process names interrupted by their short form, replacing what was read inside them."""
    out = list(mentions)
    for m in _INTERRUPTED.finditer(text):
        words = m.group("long").split()
        tails = [m.group("tail")] + ([f"{m.group('tail')} {m.group('tail2')}"] if m.group("tail2") else [])
        hit = None
        for k in range(len(words)):
            lead = words[k:]
            if not _initials_fit(lead, m.group("abbr")):
                continue
            for tail, end in sorted(zip(tails, (m.end("tail"), m.end("tail2") if m.group("tail2") else -1)),
                                    key=lambda t: -len(t[0])):
                eid = vocab.by_name.get(f"{' '.join(lead)} {tail}".lower())
                entity = vocab.entities.get(eid) if eid else None
                if entity is not None and entity.category in _KINDS:
                    start = m.start("long") + len(" ".join(words[:k])) + (1 if k else 0)
                    start = text.index(lead[0], start)
                    hit = (start, end, entity)
                    break
            if hit:
                break
        if hit is None:
            hit = _bracketed_cell(vocab, text, m, words)
        if hit is None:
            continue
        start, end, entity = hit
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(_mention(start, end, text, entity))
    return sorted(out, key=lambda x: (x.start, x.end)) if out != mentions else mentions


def _bracketed_cell(vocab, text: str, m, words: list[str]):
    """(start, end, cell type) of "<words> (<short>) cells" where the short form names a cell type and the words
    before the bracket name it too: with the head word ("regulatory T (Treg) cells") or as the words whose letters
    make the short form ("T helper 17 (Th17) cells"); the fewest words that do. None otherwise."""
    if not _CELL_HEAD.fullmatch(m.group("tail")):
        return None
    eid = vocab.by_name.get(m.group("abbr").lower())
    entity = vocab.entities.get(eid) if eid else None
    if entity is None or entity.category != "CellType":
        return None
    for k in range(len(words) - 1, -1, -1):
        lead = words[k:]
        if vocab.by_name.get(f"{' '.join(lead)} {m.group('tail')}".lower()) == eid or _initials_fit(lead, m.group("abbr")):
            start = m.start("long") + len(" ".join(words[:k])) + (1 if k else 0)
            return text.index(lead[0], start), m.end("tail"), entity
    return None
