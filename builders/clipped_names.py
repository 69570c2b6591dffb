"""Clipped names of drugs a document uses without defining them: "FOLFOXIRI/bev/atezo", "FU/FA plus Pmab".

Clinical abstracts shorten a drug's name to its first syllables ("bev", "atezo", "nivo", "Pmab") without giving the
short form in brackets. The conventional clips are listed in ``ontology/vocab/lexicon.yaml``
(``clipped_drug_names``); a clip is read as its drug only in a document that also names that drug in full (or by a
synonym of it), so the text is about that drug, and only written in lower case or capitalised ("bev", "Bev").
"""
from __future__ import annotations

import re

from builders.word_patterns import whole_word
from kg.model import Entity


def _named_in_full(text: str, entity: Entity) -> bool:
    """Whether ``text`` names the drug by its name or a synonym of it, as a whole word."""
    for name in (entity.name,) + tuple(entity.synonyms):
        if len(name) >= 4 and whole_word(name).search(text):
            return True
    return False


def _clip_pattern(clip: str) -> re.Pattern:
    """``clip`` as a word, or joined by a hyphen to a name in capitals ("Pmab-FOLFOX4")."""
    return re.compile(rf"(?<![\w-]){re.escape(clip)}(?=-[A-Z]|(?![\w-]))", re.I)


def _written_as(text: str, form: str, pattern: re.Pattern) -> bool:
    """Is ``form`` (the clip as written, one casing) in ``text`` where ``pattern`` matches it? (Found as a string
    first: a search with the pattern, which opens with a look-behind, tries every position of the document.)"""
    at = text.find(form)
    while at >= 0:
        if pattern.match(text, at):
            return True
        at = text.find(form, at + 1)
    return False


def clipped_names(sentences: list[str], vocab) -> dict[str, Entity]:
    """The clipped drug names the document uses, as written, each with its drug's entity.

    >>> from kg.vocab import load_vocabulary
    >>> v = load_vocabulary()
    >>> sorted((k, e.name) for k, e in clipped_names(["FOLFOXIRI plus bevacizumab and atezolizumab.",
    ...                                                 "Arms: FOLFOXIRI/bev or FOLFOXIRI/bev/atezo; IPI was low."], v).items())
    [('atezo', 'atezolizumab'), ('bev', 'bevacizumab')]
    >>> sorted(clipped_names(["Panitumumab was given.", "Arms: Pmab-FOLFOX4 or FOLFOX4 alone."], v))
    ['Pmab']
    >>> clipped_names(["Patients received FOLFOX/bev."], v)
    {}
    """
    table = vocab.lexicon.get("clipped_drug_names") or {}
    text = "\n".join(sentences)
    lowered = text.lower()
    found: dict[str, Entity] = {}
    for clip, drug in sorted(table.items()):
        if clip.lower() not in lowered or clip not in text and clip.capitalize() not in text:
            continue  # (most clips are absent as written: no pattern is compiled or searched for them)
        entity_id = vocab.by_name.get(str(drug).lower())
        entity = vocab.entities.get(entity_id) if entity_id else None
        if entity is None:
            continue
        # ("Pmab-FOLFOX4": a clip joined to the regimen it is given with is written whole too)
        written = {w for w in {clip, clip.capitalize()} if _written_as(text, w, _clip_pattern(clip))}
        if written and _named_in_full(text, entity):
            for w in sorted(written):
                found[w] = entity
    return found
