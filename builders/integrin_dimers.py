"""Integrins named by their two subunits, read as the two genes that make them.

An integrin is a heterodimer of one α and one β chain, each the product of its own gene: "integrin α2β1" is
ITGA2 with ITGB1, "integrin αvβ6" ITGAV with ITGB6, "α5β1 integrin" ITGA5 with ITGB1 (HGNC names the chains
ITGA<letter or number> and ITGB<number>). The dimer's words become one mention of each chain's gene (a gene
the vocabulary does not know, such as a mistyped chain, leaves the words as they are), so "collagen activates
AKT via integrin α2β1" and "an integrin α2β1 inhibitor" are read about both genes. The recogniser calls
:func:`integrin_dimers` when a sentence names an integrin.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# "integrin α2β1", "integrin α 2 β 1", "integrin alpha2beta1", "integrin α2/β1", "α2β1 integrin", "α2β1-integrin"
_CHAIN_PAIR = r"(?:α|alpha)\s?(?P<a>[0-9]{1,2}[A-Za-z]?|[a-zA-Z]{1,2}(?![a-z]))\s?[/-]?\s?(?:β|beta)\s?(?P<b>[0-9])(?![0-9])"
_BEFORE = lazy_compile(r"\bintegrins?[-\s]+" + _CHAIN_PAIR)
_AFTER = lazy_compile(r"(?<![\w-])" + _CHAIN_PAIR + r"[-\s]integrins?\b")


def _chain_genes(vocab, alpha: str, beta: str) -> list:
    """The gene entities of the α and β chains, or [] when either is no approved symbol."""
    out = []
    for symbol in (f"ITGA{alpha.upper()}", f"ITGB{beta}"):
        entity = vocab.gene_entity(symbol) if symbol in vocab.hgnc or symbol in vocab.gene_ids else None
        if entity is None:
            return []
        out.append(entity)
    return out


def integrin_dimers(vocab, text: str, mentions: list, make_mention) -> list:
    """Mentions with each integrin written by its α and β chains read as one mention of each chain's gene.

    >>> from kg.vocab import load_vocabulary
    >>> from builders.pattern_mentions import _mention
    >>> text = "Collagen acts via integrin α2β1 and the αvβ6 integrin."
    >>> [(m.text, m.entity.name) for m in integrin_dimers(load_vocabulary(), text, [], _mention)]
    [('integrin α2β1', 'ITGA2'), ('integrin α2β1', 'ITGB1'), ('αvβ6 integrin', 'ITGAV'), ('αvβ6 integrin', 'ITGB6')]
    """
    out = list(mentions)
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            genes = _chain_genes(vocab, m.group("a"), m.group("b"))
            if not genes:
                continue
            if any(x.start < m.start() < x.end or x.start < m.end() < x.end for x in out):
                continue  # a longer name runs across the dimer's ends
            out = [x for x in out if not (m.start() <= x.start and x.end <= m.end())]
            out.extend(make_mention(m.start(), m.end(), text, g) for g in genes)
    return sorted(out, key=lambda x: (x.start, x.end))
