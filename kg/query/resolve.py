"""Turn what a user types (a name, a synonym, an identifier) into one node of the graph.

Matching is case-insensitive over names, synonyms, CURIEs and their local parts,
then over the vocabulary's HGNC aliases and previous symbols, then over names as
documents write them (:func:`read_name`: "HER2-amplified", "KRAS G12C mutant",
"cetuximab plus tivantinib", "MSI-H" for "MSI-H/dMMR"). A name that matches
nothing, or several things, raises an error that lists close matches.

Only the graph and the vocabulary are used: the query layer does not depend on the
builders (see ``docs/architecture.md``).
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from kg.echo import shown
from kg.graph import KnowledgeGraph
from kg.model import Entity
from kg.query.index import graph_index
from kg.vocab import load_vocabulary
from kg.groups import THERAPY



class QueryError(ValueError):
    """A query that cannot be answered as asked (bad name, bad argument)."""


class UnknownName(QueryError):
    """No node of the graph goes by this name."""


class AmbiguousName(QueryError):
    """Several nodes go by this name; the message lists them."""


def _describe(kg: KnowledgeGraph, node_id: str) -> str:
    e = kg.entity(node_id)
    return f"{e.name} ({e.category}, {e.id})"


def _prefer(kg: KnowledgeGraph, ids: set[str]) -> set[str]:
    """A drug and its own one-component regimen are the same therapy: keep the drug."""
    drugs = {i for i in ids if kg.entity(i).category in ("Drug", "DrugClass")}
    return {i for i in ids if not (kg.entity(i).category == "Regimen" and kg.entity(i).attr("monotherapy") in drugs)}


# A word after a name that does not change what it names ("KRAS G12C mutant", "MSI-H status").
_TAIL = re.compile(r"[\s-]+(?:mutations?|mutant|mutated|alterations?|positive|status|variant)$", re.I)
# "<gene> <modifier>": the alteration of that gene ("HER2-amplified", "c-MET amplified", "BRAF mutant").
_GENE_MODIFIER = re.compile(
    r"^(?P<gene>.+?)[\s-]+(?P<mod>amplifications?|amplified|over-?expression|over-?expressed|high expression|"
    r"fusions?|rearrangements?|rearranged|loss|deletions?|deleted|mutations?|mutant|mutated|mutation-positive|"
    r"wild[\s-]?type|WT|MT|positive|positivity)$", re.I)
# Alteration kind of a modifier, and the word alteration names use for it ("ERBB2 amplification").
_KINDS = (("amplif", "amplification", "amplification"), ("express", "overexpression", "overexpression"),
          ("mut", "mutation", "mutation"), ("positiv", "overexpression", "overexpression"),
          ("fusion", "fusion", "fusion"),
          ("rearrang", "fusion", "fusion"), ("loss", "loss", "loss"), ("delet", "loss", "loss"),
          ("wild", "wild_type", "wild-type"), ("wt", "wild_type", "wild-type"), ("mt", "mutation", "mutation"))
_COMBINATION = re.compile(r"\s*(?:\+|\bplus\b|\bcombined with\b|\bwith\b|\band\b)\s*", re.I)


def _gene_symbols(kg: KnowledgeGraph, text: str) -> set[str]:
    """Approved symbols ``text`` names: genes of the graph by name/synonym/id, else the vocabulary's."""
    idx = graph_index(kg)
    symbols = {kg.entity(i).attr("gene") or kg.entity(i).name for i in idx.names.get(text.lower(), ())
               if kg.entity(i).category in ("Gene", "Molecule")}
    if not symbols:
        vocab = load_vocabulary()
        for candidate in (text, text.upper()):
            symbol = candidate if candidate in vocab.hgnc else vocab.hgnc_aliases.get(candidate)
            if symbol:
                symbols.add(symbol)
        known = vocab.resolve(text)
        if known and known in vocab.entities and vocab.entities[known].category == "Gene":
            symbols.add(vocab.entities[known].attr("gene") or vocab.entities[known].name)
    return symbols


def _alterations(kg: KnowledgeGraph, gene: str, modifier: str) -> set[str]:
    """Alteration nodes of the gene(s) ``gene`` names, of the kind ``modifier`` says."""
    low = modifier.lower()
    kind, label = next((k, lab) for cue, k, lab in _KINDS if cue in low)
    idx = graph_index(kg)
    found = set()
    for symbol in _gene_symbols(kg, gene):
        named = idx.names.get(f"{symbol} {label}".lower(), set())
        found |= {i for i in named if kg.entity(i).category == "Alteration"}
        if not named:
            of_kind = [i for i in idx.alterations_by_gene.get(symbol, ())
                       if kg.entity(i).attr("alteration_kind") == kind]
            found |= set(of_kind) if len(of_kind) == 1 else set()
    return found


def _combination(kg: KnowledgeGraph, text: str) -> set[str]:
    """Regimens whose components are exactly the therapies ``text`` joins ("cetuximab plus tivantinib")."""
    parts = [p for p in _COMBINATION.split(text) if p.strip()]
    if len(parts) < 2:
        return set()
    idx = graph_index(kg)
    components = []
    for part in parts:
        ids = _prefer(kg, {i for i in idx.names.get(" ".join(part.split()).lower(), ())
                           if kg.entity(i).category in THERAPY})
        if len(ids) != 1:
            return set()
        components.append(next(iter(ids)))
    wanted = set(components)
    return {a.subject for a in kg.edges(components[0], "in", "has_component")
            if {b.object for b in kg.edges(a.subject, "out", "has_component")} == wanted}


def read_name(kg: KnowledgeGraph, text: str) -> set[str]:
    """The nodes a name written as documents write it stands for (empty when it is not read).

    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> read_name(kg, "c-MET amplified"), read_name(kg, "KRAS G12C-mutant")
    ({'crc:alt_met_amplification'}, {'crc:alt_kras_g12c'})
    >>> read_name(kg, "cetuximab plus tivantinib")
    {'crc:regimen_cetuximab_plus_tivantinib'}
    """
    text = " ".join(text.split())
    idx = graph_index(kg)
    m = _GENE_MODIFIER.match(text)
    if m:
        found = _alterations(kg, m.group("gene"), m.group("mod"))
        if found:
            return found
    stripped = _TAIL.sub("", text)
    if stripped != text and stripped:
        found = set(idx.names.get(stripped.lower(), ())) or read_name(kg, stripped)
        if found:
            return found
    found = _combination(kg, text)
    if found:
        return found
    return set(idx.name_parts.get(text.lower(), ()))


def resolve(kg: KnowledgeGraph, name: str, categories: Iterable[str] | None = None) -> Entity:
    """The node called ``name`` (case-insensitive name, synonym or identifier).

    Parameters
    ----------
    kg : KnowledgeGraph
    name : str
        A name ("ERBB2"), synonym ("HER2", "EGFR blockade", "T-DXd") or identifier ("HGNC:3430").
    categories : iterable of str, optional
        Only nodes of these categories count (e.g. ``("Drug", "DrugClass", "Regimen")``).

    Returns
    -------
    Entity

    Raises
    ------
    UnknownName
        Nothing matches; the message lists close matches.
    AmbiguousName
        Several nodes match; the message lists them.

    Examples
    --------
    >>> from kg.query.testing import tiny_graph
    >>> kg = tiny_graph()
    >>> resolve(kg, "her2").id, resolve(kg, "HGNC:3430").name
    ('HGNC:3430', 'ERBB2')
    >>> resolve(kg, "EGFR blockade").name
    'anti-EGFR antibody'
    >>> resolve(kg, "c-MET amplified").name  # read like a document sentence
    'MET amplification'
    >>> resolve(kg, "cetuximabb")
    Traceback (most recent call last):
    ...
    kg.query.resolve.UnknownName: no node is called 'cetuximabb'; did you mean: cetuximab?
    """
    if not isinstance(name, str) or not name.strip():
        raise QueryError(f"expected a non-empty name, got {shown(name)}")
    wanted = tuple(categories) if categories else None
    idx = graph_index(kg)
    key = " ".join(name.split()).lower()
    ids = set(idx.names.get(key, ()))
    if not ids:
        vocab = load_vocabulary()
        known = vocab.resolve(name.strip())
        for candidate in (vocab.hgnc_aliases.get(name.strip()), vocab.hgnc_aliases.get(name.strip().upper()), known):
            if candidate:
                ids |= set(idx.names.get(str(candidate).lower(), ()))
        if not ids:
            ids |= read_name(kg, name)
        if not ids and known:
            raise UnknownName(f"{shown(name)} is known to the vocabulary but does not occur in this graph")
    if wanted:
        typed = {i for i in ids if kg.entity(i).category in wanted}
        if ids and not typed:
            found = ", ".join(sorted(_describe(kg, i) for i in ids))
            raise UnknownName(f"{shown(name)} is {found}, not a {' or '.join(wanted)}")
        ids = typed
    ids = _prefer(kg, ids)
    if len(ids) == 1:
        return kg.entity(next(iter(ids)))
    if len(ids) > 1:
        listed = "; ".join(sorted(_describe(kg, i) for i in ids))
        raise AmbiguousName(f"{shown(name)} could be any of: {listed}. Use an identifier to choose one")
    pool = [k for k in idx.names if not wanted or any(kg.entity(i).category in wanted for i in idx.names[k])]
    close = difflib.get_close_matches(key, pool, n=5, cutoff=0.75)
    hint = f"; did you mean: {', '.join(close)}?" if close else "; try `crckg query` with a name from the graph"
    kind = f" {' or '.join(wanted)}" if wanted else " node"
    raise UnknownName(f"no{kind} is called {shown(name)}{hint}")
