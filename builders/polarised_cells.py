"""Myeloid cells named by their polarisation code: M1 and M2 for macrophages, N1 and N2 for neutrophils ("M1/M2
macrophages", "N1 and N2 neutrophils", "N2-polarized TANs", "M2-like TAMs", "a sustained M1 polarization", "the N1
phenotype").

The code is the cell's subtype: an M code of a macrophage (or a tumour-associated macrophage) is the M1 or M2
macrophage the vocabulary knows; an N code of a neutrophil (or a tumour-associated neutrophil) is the N1 or N2
neutrophil, a subset of the neutrophils named by the code; the tumour's own cells after the code ("M2-like TAMs",
"M2-like tumor-associated macrophages") stay named too, one mention of each at the same place, so what is said of
them holds for the subtype and for the tumour-associated cells. Codes joined by a slash, "and" or "or" before one cell word
share it ("M1/M2 macrophages": M1 and M2 macrophages). A code before "polarization", "phenotype" or "-polarized" names
the subtype without the cell word: always for an M code (macrophages are the cells so polarised), for an N code only
where the sentence names neutrophils (else "N1" and "N2" are the nodal stages of a tumour, "N2 disease"). A code of
the other lineage ("N2 macrophages") and a stage ("M1 disease", "pT3N1M0") name no cell.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# a sentence that may name a polarised cell (a code of two characters standing alone)
MAY_POLARISED = lazy_compile(r"(?<![A-Za-z0-9])[MN][12](?![0-9])")
_CODE = r"[MN][12](?:-like|-polari[sz]ed|-(?=\s))?"
# one or more codes, joined, then the cell word or the word of polarisation
_POLARISED = lazy_compile(
    rf"(?<![\w\-/])(?P<codes>{_CODE}(?:\s*(?:/|,|\band\b|\bor\b|,\s*and\b)\s*{_CODE}){{0,3}})"
    r"(?:-?\s*polari[sz]ed)?[\s\-]+(?P<head>macrophages?|TAMs?|neutrophils?|TANs?|"
    r"tumou?r[-\s]associated\s+(?:macrophages?|neutrophils?)|phenotypes?|polari[sz]ation|"
    r"(?<=-)polari[sz]ed|(?<=-)like|state|subtypes?)(?![A-Za-z])")
_ONE_CODE = lazy_compile(r"[MN][12]")
_NEUTROPHIL_IN = lazy_compile(r"(?i)neutrophil|\bTANs?\b")
_CELL_OF = {"M": "macrophage", "N": "neutrophil"}


def _subtype(vocab, code: str) -> Entity | None:
    """The cell type a polarisation code names ("M1": M1 macrophage; "N2": N2 neutrophil, a subset of neutrophils)."""
    name = f"{code} {_CELL_OF[code[0]]}"
    hit = vocab.by_name.get(name.lower())
    if hit:
        return vocab.entities.get(hit)
    synonyms = (f"{name}s", f"{code}-polarized {_CELL_OF[code[0]]}s", f"{code}-like {_CELL_OF[code[0]]}s")
    return Entity(mint("cell", name), "CellType", name, synonyms)


def polarised_cells(vocab, text: str, mentions: list, make) -> list:
    """``mentions`` with each polarisation code before a cell word or a word of polarisation as a mention of the
    subtype it names; ``make(start, end, text, entity)`` builds a mention.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> mk = lambda a, b, t, e: type("M", (), {"start": a, "end": b, "text": t[a:b], "entity": e})()
    >>> [(m.text, m.entity.name) for m in polarised_cells(v, "infiltration of M1/M2 macrophages", [], mk)]
    [('M1', 'M1 macrophage'), ('M2 macrophages', 'M2 macrophage')]
    >>> [(m.text, m.entity.name) for m in polarised_cells(v, "neutrophils show N1 and N2 phenotypes", [], mk)]
    [('N1', 'N1 neutrophil'), ('N2 phenotypes', 'N2 neutrophil')]
    >>> [m.text for m in polarised_cells(v, "M1- and M2-polarized TAMs", [], mk)]
    ['M1', 'M2-polarized TAMs']
    >>> tam = type("M", (), {"start": 8, "end": 36, "text": "tumor-associated macrophages",
    ...                      "entity": v.entities[v.by_name["tam"]]})()
    >>> [(m.text, m.entity.name) for m in polarised_cells(v, "M2-like tumor-associated macrophages", [tam], mk)]
    [('M2-like tumor-associated macrophages', 'M2 macrophage'), ('M2-like tumor-associated macrophages', 'tumor-associated macrophage')]
    >>> polarised_cells(v, "patients with N2 disease and M1 status", [], mk)
    []
    >>> polarised_cells(v, "the N2 phenotype of the tumour", [], mk)
    []
    """
    found = []
    neutrophils = None
    for m in _POLARISED.finditer(text):
        head = m.group("head").lower()
        cell_word = head.startswith(("macrophage", "tam", "neutrophil", "tan", "tumo"))
        tumour_cells = head.startswith(("tam", "tan", "tumo"))  # the tumour's own: the subtype of them
        lineage = "macrophage" if head.startswith("tam") or "macrophage" in head else "neutrophil"
        codes = list(_ONE_CODE.finditer(m.group("codes")))
        for i, c in enumerate(codes):
            code = c.group()
            if cell_word and _CELL_OF[code[0]] != lineage:
                continue  # a code of the other lineage
            if not cell_word and code[0] == "N":
                if neutrophils is None:
                    neutrophils = bool(_NEUTROPHIL_IN.search(text))
                if not neutrophils:
                    continue  # "N2 phenotype" with no neutrophils: no cell of ours
            entity = _subtype(vocab, code)
            if entity is None:
                continue
            start = m.start("codes") + c.start()
            end = m.end() if i == len(codes) - 1 else start + len(code)
            found.append((start, end, entity, tumour_cells and i == len(codes) - 1))
    if not found:
        return mentions
    out = list(mentions)
    for start, end, entity, tumour_cells in found:
        inside = [o for o in out if o.start < end and start < o.end]
        if any(o.entity.id == entity.id for o in inside):
            continue  # already read as the subtype ("M1 macrophages")
        if any(o.entity.category != "CellType" for o in inside):
            continue  # the code is part of another mention
        held = []
        for o in inside:
            if o.start >= start and o.end <= end:
                out.remove(o)  # the plain cell type inside ("neutrophils" of "N2 neutrophils")
                if tumour_cells and o.end == end:
                    held.append(o.entity)  # the tumour's own macrophages ("M2-like TAMs"): still TAMs
        if any(o.start < end and start < o.end for o in out):
            continue
        out.append(make(start, end, text, entity))
        out.extend(make(start, end, text, cells) for cells in held)
    return sorted(out, key=lambda x: (x.start, x.end))
