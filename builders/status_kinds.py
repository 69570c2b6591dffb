"""A gene's bare "status" in a document that tests that gene by its mutations.

"KRAS status was used for patient selection", "the BRAF status of the tumours was available": a gene's status is
what the test of that gene reports. The recogniser reads "GENE status" as the gene's expression (the status of a
protein marker such as PD-L1 or HER2 is its expression). A document that speaks of the gene's mutations or of its
wild-type status, and never of its expression, level, positivity or amplification, tests it by its mutations: there
"GENE status" is the gene's mutation status (the marker "KRAS mutational status" names).
"""
from __future__ import annotations

import dataclasses
import re

from builders.lazy_patterns import lazy_compile
from builders.recognize import Recognition

# a mention that names a gene's status by the bare word ("KRAS status", "the NRAS status")
_BARE_STATUS = lazy_compile(r"^(?P<gene>[A-Za-z0-9\-]{2,12})\s+status$", re.I)
# what a document says of a gene when it tests it by its product, not its sequence
_PRODUCT_KINDS = {"expression", "level", "expression_status", "amplification", "overexpression", "copy_number"}


def _genes_of(entity) -> list[str]:
    """The gene symbols an alteration or a gene-level status names ("KRAS/NRAS wild-type": KRAS and NRAS)."""
    gene = entity.attr("gene")
    return [g for g in gene.split("/") if g] if gene else []


def _tested(recognitions: list[Recognition], product_kinds=_PRODUCT_KINDS) -> tuple[set[str], set[str]]:
    """The genes whose mutations or wild-type status the document names, and those (upper-cased) whose product it
    names by one of ``product_kinds`` (a bare "status" aside)."""
    mutated: set[str] = set()
    product: set[str] = set()
    for rec in recognitions:
        for m in rec.mentions:
            e = m.entity
            if e.category == "Alteration":
                kind = e.attr("alteration_kind")
                (mutated if kind == "mutation" else product if kind in product_kinds else set()).update(_genes_of(e))
            elif e.category == "Biomarker":
                kind = e.attr("biomarker_kind")
                if kind in ("wild_type", "mutation_status"):
                    mutated.update(_genes_of(e))
                elif kind in product_kinds and not _BARE_STATUS.match(m.text):
                    product.add(e.name.split(" ")[0].upper())
                    product.update(_genes_of(e))
    return mutated, {p.upper() for p in product}


def mutation_tested_genes(recognitions: list[Recognition]) -> set[str]:
    """The genes (by symbol) whose mutations or wild-type status the document names, and whose expression, level,
    positivity or amplification it never names (a bare "status" aside)."""
    mutated, named = _tested(recognitions)
    return {g for g in mutated if g.upper() not in named}


def product_tested_genes(recognitions: list[Recognition]) -> set[str]:
    """The genes (upper-cased symbols) whose expression, level, positivity, amplification or loss the document names
    and whose mutations it never names: a bare "GENE status" there is the product marker it reads ("PTEN status" in a
    document of PTEN expression and its loss)."""
    mutated, named = _tested(recognitions, _PRODUCT_KINDS | {"loss"})
    return named - {g.upper() for g in mutated}


def bare_status_symbol(text: str) -> str | None:
    """The gene symbol of a mention written as a bare status ("PTEN status"), upper-cased, else None."""
    bare = _BARE_STATUS.match(text)
    return bare.group("gene").upper() if bare else None


def restate_statuses(rec: Recognition, genes: set[str], status_of) -> None:
    """Replace in one sentence's mentions each bare "GENE status" read as the gene's expression by the gene's
    mutation status, for a gene of ``genes`` (:func:`mutation_tested_genes`); ``status_of(symbol)`` makes that
    status (None when the symbol names no gene)."""
    if not genes:
        return
    upper = {g.upper(): g for g in genes}
    for i, m in enumerate(rec.mentions):
        bare = _BARE_STATUS.match(m.text)
        if bare is None or m.entity.category != "Biomarker" or m.entity.attr("biomarker_kind") != "expression":
            continue
        symbol = m.entity.name.split(" ")[0].upper()
        if symbol not in upper:
            continue
        status = status_of(upper[symbol])
        if status is not None:
            rec.mentions[i] = dataclasses.replace(m, entity=status)
