"""Builder: drug classes from table rows that pair a combination with its classes, part by part.

Review tables often give a combination in one cell and its drug classes, in the same order, in the
next ("Atezolizumab + Ramucirumab" | "ICI (Anti-PD-L1) + Antiangiogenic (Anti-VEGFR2)"). When the
two cells split into the same number of parts, each drug of a part belongs to the classes named in
the matching part and acts on what those classes target. Rows whose parts do not line up say
nothing, and neither does a pairing the vocabulary contradicts (a drug known to act on other targets
than the class's), so a slip in the table does not become a fact.

>>> [(a, b) for a, b in split_parts("ICIs (Anti-PD-1 + Anti-CTLA-4) + CC")]
[(6, 15), (18, 29), (33, 35)]
"""
from __future__ import annotations

import re

from builders.context import Emitter
from builders.document import Document
from builders.guards import therapy_targets
from builders.lazy_patterns import lazy_compile

_INNER = lazy_compile(r"[^()]*\((?P<inner>[^()]*\s\+\s[^()]*)\)\s*")


def _plus_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans of ``text`` between top-level " + " separators (offsets shifted by ``offset``)."""
    spans, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(" + ", i):
            spans.append((offset + start, offset + i))
            start = i = i + 3
            continue
        i += 1
    spans.append((offset + start, offset + len(text)))
    return spans


def split_parts(cell: str) -> list[tuple[int, int]]:
    """The parts of a cell joined by " + "; a part whose parenthesis itself joins parts ("ICIs
    (Anti-PD-1 + Anti-CTLA-4)") stands for those inner parts."""
    out = []
    for a, b in _plus_spans(cell):
        inner = _INNER.fullmatch(cell, a, b)
        out.extend(_plus_spans(inner.group("inner"), inner.start("inner")) if inner else [(a, b)])
    return out


def _cells(text: str, cells: list[str]) -> list[tuple[int, int]]:
    """Where each non-empty cell of a row stands in the row's text (cells are found in order)."""
    spans, pos = [], 0
    for cell in cells:
        if not cell:
            continue
        at = text.find(cell, pos)
        if at < 0:
            return []
        spans.append((at, at + len(cell)))
        pos = at + len(cell)
    return spans


def build(doc: Document, ctx) -> Emitter:
    """``member_of`` and ``targets`` facts from rows that line a combination up with its classes."""
    out = Emitter(doc, ctx, "table")
    vocab = ctx.vocab
    for table in doc.tables:
        if table.kind != "tsv":
            continue
        for row, row_cells in zip(table.rows, table.cells):
            text = row.norm
            if " + " not in text:
                continue
            cells = _cells(text, row_cells)
            if len(cells) < 2:
                continue
            rec = ctx.recognize(row)
            for (a0, a1), (c0, c1) in zip(cells, cells[1:]):
                agents = [(a0 + x, a0 + y) for x, y in split_parts(text[a0:a1])]
                classes = [(c0 + x, c0 + y) for x, y in split_parts(text[c0:c1])]
                if len(agents) < 2 or len(agents) != len(classes):
                    continue
                pairs = []
                for (x0, x1), (y0, y1) in zip(agents, classes):
                    drugs = [m.entity for m in rec.mentions if m.entity.category == "Drug" and x0 <= m.start and
                             m.end <= x1 and text.count("(", x0, m.start) == text.count(")", x0, m.start)]
                    if len(drugs) > 1 and not re.search(r"\bor\b|/", text[x0:x1]):
                        drugs = []  # "Ipilimumab (after Temozolomide)": one agent per part, or alternatives
                    kinds = [m.entity for m in rec.mentions if m.entity.category == "DrugClass" and y0 <= m.start and m.end <= y1]
                    pairs.append((drugs, kinds))
                if sum(1 for _, kinds in pairs if kinds) < 2:
                    continue  # not a column of classes
                ev = out.evidence(row)
                for drugs, kinds in pairs:
                    for drug in drugs:
                        known = therapy_targets(vocab, drug)
                        for cls in kinds:
                            aimed = set(vocab.drug_targets.get(cls.id, ())) | \
                                {o.id for s, p, o in rec.implied if s.id == cls.id and p == "targets"}
                            if known and aimed and not known & aimed:
                                continue  # the vocabulary says the drug acts elsewhere
                            out.fact(drug, "member_of", cls, ev)
                            for gid in sorted(aimed):
                                gene = vocab.entities.get(gid) or next(
                                    (o for s, p, o in rec.implied if o.id == gid), None)
                                if gene is not None and not gene.attr("family"):
                                    out.fact(drug, "targets", gene, ev)
    return out
