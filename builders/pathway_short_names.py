"""A signalling pathway named by its short name before a word of its state: "Wnt activation", "Notch
hyperactivation", "Hippo inactivation", "Wnt inhibition", "Hedgehog blockade".

A pathway is commonly named by the short name it is called after (Wnt, Notch, Hedgehog, Hippo, IGF) with no
signalling word, where the state word that follows (activation, reactivation, hyperactivation, upregulation,
inactivation; inhibition, blockade, suppression) shows the name stands for the whole pathway: "Wnt activation" is the
activation of the Wnt pathway, "Notch inhibition" its inhibition. The short name is a mention of the pathway the
vocabulary knows as "<name> pathway" or "<name> signalling" (ontology/vocab/pathways.yaml) when the pathway's own name
contains the short name, so the later steps read it as they read "Wnt pathway activation" (the mechanism of the
pathway's activation, builders/mechanism_names.py) and "Wnt pathway inhibition" (the pathway's inhibitor class,
builders/patterns.py).

A word the reader already names (a gene's "EGFR activation", "STING activation" and "NF-κB activation" stay the gene's
state), a word no pathway is named after ("T-cell activation", "immune activation", "platelet activation"), a short name
the pathway's name does not contain (the cell cycle's "CDK pathway", the T-cell receptor's "TCR signalling": "CDK
inhibition", "TCR activation" name no pathway's state) and the non-canonical branch ("non-canonical Wnt activation",
which the Wnt/β-catenin pathway is not) are passed over.

>>> from builders.pattern_mentions import _mention
>>> from kg.vocab import load_vocabulary
>>> v = load_vocabulary()
>>> t = "Wnt activation and Notch inhibition, but not T-cell activation or CDK inhibition."
>>> [(m.text, m.entity.name) for m in short_pathways(v, t, [], _mention)]
[('Wnt', 'Wnt/β-catenin pathway'), ('Notch', 'Notch signaling pathway')]
>>> [m.text for m in short_pathways(v, "non-canonical Wnt activation drives it", [], _mention)]
[]
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pathway_lists import vocab_pathway
from builders.prefilter import prefiltered

# the state words a pathway's short name stands before
_STATE = (r"(?:hyper-?|over-?|re-?|in)?activation|up-?regulation|inhibition|blockade|suppression")
MAY_SHORT_STATE = prefiltered(lazy_compile(r"activation|regulation|inhibition|blockade|suppression", re.I))
_SHORT_STATE = lazy_compile(rf"(?<![\w\-/])(?P<name>[A-Za-z][A-Za-z0-9\-]{{1,14}})\s+(?:{_STATE})(?![\w\-])", re.I)
# "non-canonical Wnt activation": the other branch, no mention of the Wnt/β-catenin pathway
_OTHER_BRANCH = lazy_compile(r"(?<![\w\-])non-?\s*canonical\s+$", re.I)
_HEADS = ("pathway", "signaling", "signalling", "signaling pathway", "signalling pathway")


def _pathway_named(vocab, name: str):
    """The Pathway the vocabulary knows as "<name> pathway" or "<name> signalling" and whose own name contains
    ``name``; None if there is none or the vocabulary names ``name`` itself as anything.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> [getattr(_pathway_named(v, n), "name", None) for n in ("Hippo", "hedgehog", "CDK", "TCR", "EGFR")]
    ['Hippo signaling pathway', 'Hedgehog signaling pathway', None, None, None]
    """
    low = name.lower()
    if low in vocab.by_name or vocab.gene_entity(name) is not None:
        return None
    entity = vocab_pathway(vocab, (f"{low} {head}" for head in _HEADS))
    if entity is None or not re.search(rf"(?<![A-Za-z0-9]){re.escape(low)}(?![A-Za-z0-9])", entity.name.lower()):
        return None
    return entity


def short_pathways(vocab, text: str, mentions: list, make) -> list:
    """``mentions`` with each pathway short name before a state word as a mention of its pathway;
    ``make(start, end, text, entity)`` builds a mention."""
    out = None
    for hit in _SHORT_STATE.finditer(text):
        start, end = hit.start("name"), hit.end("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        if _OTHER_BRANCH.search(text, max(0, start - 20), start):
            continue
        entity = _pathway_named(vocab, hit.group("name"))
        if entity is None:
            continue
        out = (out or list(mentions)) + [make(start, end, text, entity)]
    return sorted(out, key=lambda x: (x.start, x.end)) if out else mentions
