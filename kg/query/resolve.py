"""Turn what a user types (a name, a synonym, an identifier) into one node of the graph.

Matching is case-insensitive over names, synonyms, CURIEs and their local parts,
then over the vocabulary's HGNC aliases and previous symbols. A name that matches
nothing, or several things, raises an error that lists close matches.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from kg.graph import KnowledgeGraph
from kg.model import Entity
from kg.query.index import graph_index
from kg.vocab import load_vocabulary

THERAPY = ("Drug", "DrugClass", "Regimen")


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


_TAIL = re.compile(r"^[\s-]*(?:mutations?|mutant|mutated|alterations?|positive|status|variant)?\s*$", re.I)


def _recognised(text: str, names: dict[str, set[str]]) -> set[str]:
    """Read the name as documents are read ("HER2-amplified" -> ERBB2 amplification) if one mention covers it."""
    from builders import default_context

    recognizer = default_context().recognizer
    words = text.split(" ")
    for variant in dict.fromkeys([text, " ".join([words[0].upper(), *words[1:]])]):
        for m in recognizer.find(variant).merged():
            if m.start == 0 and _TAIL.match(variant[m.end:]):
                found = names.get(m.entity.id.lower(), set())
                if found:
                    return set(found)
    return set()


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
        raise QueryError(f"expected a non-empty name, got {name!r}")
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
            ids |= _recognised(name.strip(), idx.names)
        if not ids and known:
            raise UnknownName(f"{name!r} is known to the vocabulary but does not occur in this graph")
    if wanted:
        typed = {i for i in ids if kg.entity(i).category in wanted}
        if ids and not typed:
            found = ", ".join(sorted(_describe(kg, i) for i in ids))
            raise UnknownName(f"{name!r} is {found}, not a {' or '.join(wanted)}")
        ids = typed
    ids = _prefer(kg, ids)
    if len(ids) == 1:
        return kg.entity(next(iter(ids)))
    if len(ids) > 1:
        listed = "; ".join(sorted(_describe(kg, i) for i in ids))
        raise AmbiguousName(f"{name!r} could be any of: {listed}. Use an identifier to choose one")
    pool = [k for k in idx.names if not wanted or any(kg.entity(i).category in wanted for i in idx.names[k])]
    close = difflib.get_close_matches(key, pool, n=5, cutoff=0.75)
    hint = f"; did you mean: {', '.join(close)}?" if close else "; try `crckg query` with a name from the graph"
    kind = f" {' or '.join(wanted)}" if wanted else " node"
    raise UnknownName(f"no{kind} is called {name!r}{hint}")
