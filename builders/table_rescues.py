"""Builder: rescues from a table of strategies against resistance, one per row that gives a target and a treatment.

A review may gather the therapies tried against each cause of resistance in one table whose caption says so
("Table 1 Strategies to reverse targeted therapy resistance in clinical trials"), each row opening with the target
and ending with the treatment tested and its outcomes, flattened into text under a header "Target(s) Agent(s) Phase
Condition Treatment Main outcomes" ("EGFR S468R Necitumumab Phase II First-line mCRC Necitumumab + mFOLFOX6 ORR:
63.6%"). The row's treatment is tried against the row's target: it overcomes it, as a hypothesis (a trial tests it).

Only a caption that speaks of overcoming or reversing resistance; only a row whose target is an alteration (an
allele: "EGFR S468R", "KRASG12C") or a gene whose one kind of gain the document names where it speaks of
resistance (the gain is then the target), of a gene the document names as a cause of resistance; only a treatment
that acts on the target's gene, written whole on the row's line (its outcomes follow it on that line: a treatment
cut by a line break, "Encorafenib + binimetinib +", is left out), and a row whose condition names no wild-type
status of that gene.

>>> bool(_CAPTION.search("Table 1 Strategies to reverse targeted therapy resistance in clinical trials"))
True
>>> bool(_CAPTION.search("Table 2 Clinical trials of anti-HER2 therapy"))
False
"""
from __future__ import annotations

import re

from builders.context import Emitter
from builders.document import Document
from builders.guards import (_GAIN_KINDS, _RESISTANCE_TALK, _document_gene_kinds, _document_resisting_genes, _gene_and_kin,
                             sentences_speaking, therapy_targets)
from builders.lazy_patterns import lazy_compile

# the flattened header of a table whose rows open with the target and its agents (as builders/table_targets.py reads
# it; a builder imports no other builder)
_FLAT_HEADER = lazy_compile(r"^\s*(?:molecular\s+)?targets?(?:\s*\(s\))?\s+(?:agents?|drugs?)(?:\s*\(s\))?(?:\s|$)", re.I)
# a caption that says its rows are strategies against resistance
_CAPTION = lazy_compile(r"\b(?:revers\w*|overcom\w*|overcame|circumvent\w*|counteract\w*)\b.{0,60}\bresistan", re.I)
# the outcomes that follow a whole treatment on its row ("ORR: 63.6%", "mOS: 12.8 mo")
_OUTCOME_NEXT = lazy_compile(r"\s*(?:m?OS|m?PFS|ORR|DCR|RR|CR|PR)\b\s*:", re.I)


def build(doc: Document, ctx) -> Emitter:
    """``overcomes`` facts from the rows of a table of strategies against resistance."""
    out = Emitter(doc, ctx, "table")
    for table in doc.tables:
        if table.kind == "flat" and table.rows and _CAPTION.search(table.caption or "") and \
                _FLAT_HEADER.match(table.rows[0].norm):
            _rows(table, ctx, out)
    return out


def _rows(table, ctx, out: Emitter) -> None:
    resisting = _document_resisting_genes(ctx)
    if not resisting:
        return
    vocab = ctx.vocab
    for row in table.rows[1:]:
        rec = ctx.recognize(row)
        mentions = sorted(rec.merged(), key=lambda m: (m.start, -m.end))
        if not mentions or row.norm[:mentions[0].start].strip():
            continue
        target = _target(mentions[0].entity, ctx, resisting)
        if target is None:
            continue
        gene = vocab.gene_entity(target.attr("gene"))
        if any("wild-type" in m.entity.name and gene.name in m.entity.name for m in mentions[1:]):
            continue  # "BRAF ... BRAF-WT ...": the row's patients do not carry the target
        treated = [m for m in mentions[1:] if m.entity.category in ("Regimen", "Drug")]
        if not treated:
            continue
        last = treated[-1]
        if not _OUTCOME_NEXT.match(row.norm, last.end):
            continue  # the treatment goes on past the line, or no outcome closes it
        kin = _gene_and_kin(vocab, gene)
        parts = [last.entity] + [vocab.entities[c] for mention, comps in rec.regimens
                                 if mention.entity.id == last.entity.id for c in comps if c in vocab.entities]
        if not any(therapy_targets(vocab, p) & kin for p in parts):
            continue
        out.fact(last.entity, "overcomes", target, out.evidence(row), certainty="hypothesis")


def _target(entity, ctx, resisting: set[str]):
    """The row's target as what is overcome: an alteration of a resisting gene, or a resisting gene's one named gain."""
    vocab = ctx.vocab
    if entity.category == "Alteration" and entity.attr("alteration_kind") in _GAIN_KINDS:
        gene = vocab.gene_entity(entity.attr("gene") or "")
        if gene is None:
            return None
        return entity if gene.id in resisting or entity.id in _resisting_alterations(ctx) else None
    if entity.category != "Gene" or entity.id not in resisting:
        return None
    kinds = _document_gene_kinds(ctx).get(entity.id, set())
    if len(kinds) != 1:
        return None
    return _named_gain(ctx, entity.id, next(iter(kinds)))


def _named_gain(ctx, gene_id: str, kind: str):
    """The document's own Alteration entity of that gene and kind (the first sentence that names it)."""
    return ctx.document_wide("table_rescue_named_gains", _scan_named_gains).get((gene_id, kind))


def _scan_named_gains(reading) -> dict[tuple[str, str], object]:
    """(gene id, alteration kind) -> the first Alteration entity of that gene and kind the document names; one pass."""
    vocab, first = reading.vocab, {}
    for sentence in reading.doc.sentences:
        for mention in reading.recognize(sentence).mentions:
            e = mention.entity
            if e.category == "Alteration" and e.attr("gene"):
                gene = vocab.gene_entity(e.attr("gene"))
                if gene is not None:
                    first.setdefault((gene.id, e.attr("alteration_kind")), e)
    return first


def _resisting_alterations(reading) -> set[str]:
    """Ids of the alterations a sentence of the document names where it speaks of resistance ("S468R, the most
    common cetuximab resistance substitution"): an on-target alteration of the resisted drug's own gene is a
    cause too; one pass."""
    return reading.document_wide("table_rescue_alterations", _scan_alterations)


def _scan_alterations(reading) -> set[str]:
    found = set()
    for _, rec in sentences_speaking(reading, _RESISTANCE_TALK):
        found.update(m.entity.id for m in rec.mentions if m.entity.category == "Alteration")
    return found
