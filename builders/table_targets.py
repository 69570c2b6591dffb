"""Builder: drug targets from table rows that give a target next to the agents acting on it.

Review tables of targeted agents often open each row with the target and then the agent
("KRASG12C | Sotorasib (AMG 510) | Phase I | ...", or the same row flattened into text under a header
"Target(s) Agent(s) Phase ..."). Each agent of the row's agent cell acts on the row's target gene (an
allele stands for its gene). A row says nothing when its target is a drug class, a gene family or more
than one gene, and a pairing the vocabulary contradicts (an agent known to act on other genes: "VEGF |
Ramucirumab", ramucirumab binding VEGFR-2) is left out, so a loose table cell does not become a fact.

>>> bool(_FLAT_HEADER.match("Target(s) Agent(s) Phase Condition Treatment Main outcomes"))
True
>>> bool(_FLAT_HEADER.match("Trial name Regimens n ORR"))
False
"""
from __future__ import annotations

import re

from builders.context import Emitter
from builders.document import Document
from builders.guards import therapy_targets
from builders.lazy_patterns import lazy_compile

_FLAT_HEADER = lazy_compile(r"^\s*(?:molecular\s+)?targets?(?:\s*\(s\))?\s+(?:agents?|drugs?)(?:\s*\(s\))?(?:\s|$)", re.I)
_TARGET_CELL = lazy_compile(r"^\s*(?:molecular\s+)?targets?(?:\s*\(s\))?\s*$", re.I)
_AGENT_CELL = lazy_compile(r"^\s*(?:agents?|drugs?|targeted agents?|inhibitors?)(?:\s*\(s\))?\s*$", re.I)
# what may stand between two agents of one cell ("Pertuzumab; T-DM1", "Larotrectinib, entrectinib")
_AGENT_JOIN = lazy_compile(r"^\s*(?:[;,/]|and|or|\+)?\s*$", re.I)
# an agent's code name or brand in brackets after it ("Sotorasib (AMG 510)")
_BRACKET = lazy_compile(r"^\s*\([^()]{1,30}\)")


def _gene_of(entity, vocab):
    """The one gene a target mention names: a gene itself or the gene of an allele; None for a family."""
    if entity.category in ("Gene", "Molecule"):
        gene = entity
    elif entity.category == "Alteration" and entity.attr("gene"):
        gene = vocab.gene_entity(entity.attr("gene"))
    else:
        return None
    if gene is None or gene.attr("family"):
        return None
    return gene


def _agents_after(text: str, mentions: list, pos: int) -> list:
    """The drugs that follow ``pos`` with nothing but joins (or a bracketed code name) between them."""
    agents = []
    for m in mentions:
        if m.start < pos:
            continue
        gap = _BRACKET.sub("", text[pos:m.start]) if agents else text[pos:m.start]
        if m.entity.category != "Drug" or not _AGENT_JOIN.match(gap) or (not agents and gap.strip()):
            break
        agents.append(m.entity)
        pos = m.end
        bracket = _BRACKET.match(text, pos)
        pos = bracket.end() if bracket else pos
    return agents


def _emit(out: Emitter, vocab, gene, agents: list, ev) -> None:
    """``agent targets gene`` for each agent the vocabulary does not place elsewhere."""
    for drug in dict.fromkeys(agents):
        known = therapy_targets(vocab, drug)
        if known and gene.id not in known:
            continue
        out.fact(drug, "targets", gene, ev)


def _flat_rows(table, ctx, out: Emitter) -> None:
    """Rows of a flattened table under a "Target(s) Agent(s) ..." header: the target opens the row."""
    if not table.rows or not _FLAT_HEADER.match(table.rows[0].norm):
        return
    for row in table.rows[1:]:
        rec = ctx.recognize(row)
        mentions = sorted(rec.merged(), key=lambda m: (m.start, -m.end))
        if not mentions or row.norm[:mentions[0].start].strip():
            continue
        gene = _gene_of(mentions[0].entity, ctx.vocab)
        if gene is None:
            continue
        agents = _agents_after(row.norm, mentions[1:], mentions[0].end)
        if agents:
            _emit(out, ctx.vocab, gene, agents, out.evidence(row))


def _tsv_rows(table, ctx, out: Emitter) -> None:
    """Rows of a tab-separated table with a target column and an agent column."""
    if not table.cells:
        return
    header = table.cells[0]
    t_col = next((i for i, c in enumerate(header) if _TARGET_CELL.match(c)), None)
    a_col = next((i for i, c in enumerate(header) if _AGENT_CELL.match(c)), None)
    if t_col is None or a_col is None:
        return
    for row, cells in zip(table.rows[1:], table.cells[1:]):
        if len(cells) <= max(t_col, a_col):
            continue
        targets = [m for m in ctx.find(cells[t_col]).merged()]
        genes = {g.id: g for g in (_gene_of(m.entity, ctx.vocab) for m in targets) if g is not None}
        if len(genes) != 1 or len(targets) != 1:
            continue
        agents = [m.entity for m in ctx.find(cells[a_col]).merged() if m.entity.category == "Drug"]
        if agents:
            _emit(out, ctx.vocab, next(iter(genes.values())), agents, out.evidence(row))


def build(doc: Document, ctx) -> Emitter:
    """``targets`` facts from tables that pair a target with its agents, row by row."""
    out = Emitter(doc, ctx, "table")
    for table in doc.tables:
        if table.kind == "flat":
            _flat_rows(table, ctx, out)
        elif table.kind == "tsv":
            _tsv_rows(table, ctx, out)
    return out
