"""Clipped names of drugs a document uses without defining them: "FOLFOXIRI/bev/atezo", "FU/FA plus Pmab".

Clinical abstracts shorten a drug's name to its first syllables ("bev", "atezo", "nivo", "Pmab") without giving the
short form in brackets. The conventional clips are listed in ``ontology/vocab/lexicon.yaml``
(``clipped_drug_names``); a clip is read as its drug only in a document that also names that drug in full (or by a
synonym of it), so the text is about that drug, and only written in lower case or capitalised ("bev", "Bev").

A drug's capital letter written onto a named chemotherapy regimen by a hyphen ("CAPOX-B", "FOLFOXIRI-B") is that
regimen plus the drug, the same way: the letters are listed in the lexicon (``regimen_suffix_letters``), and read
only in a document that names the drug in full.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
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


# a named regimen with a capital letter written onto it by a hyphen: "CAPOX-B", "FOLFOXIRI-B" (not "FOLFOX/FOLFIRI-B",
# whose letter may go with either regimen or both)
_SUFFIXED = lazy_compile(r"(?<![\w/-])([A-Za-z][A-Za-z0-9]{2,14})-([A-Z])(?![\w-])")


def suffixed_regimens(sentences: list[str], recognizer) -> dict[str, Entity]:
    """The named chemotherapy regimens the document writes with a drug's letter after a hyphen, as written, each with
    the combination of the regimen and that drug.

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> [(k, e.name) for k, e in suffixed_regimens(["Induction with XELOX and bevacizumab (XELOX-B) was given."], r).items()]
    [('XELOX-B', 'bevacizumab + CAPOX')]
    >>> suffixed_regimens(["Patients received FOLFIRI-B in arm B."], r)  # bevacizumab never named in full
    {}
    >>> suffixed_regimens(["Bevacizumab was given; see Table 2-B and KRAS-B."], r)  # no regimen before the letter
    {}
    """
    vocab = recognizer.vocab
    table = vocab.lexicon.get("regimen_suffix_letters") or {}
    found: dict[str, Entity] = {}
    text = "\n".join(sentences)
    if not table or "-" not in text:
        return found
    for m in _SUFFIXED.finditer(text):
        head, letter = m.group(1), m.group(2)
        drug_id = vocab.by_name.get(str(table.get(letter, "")).lower())
        drug = vocab.entities.get(drug_id) if drug_id else None
        if drug is None or m.group(0) in found or not _named_in_full(text, drug):
            continue
        named = recognizer.find(head).mentions
        if len(named) != 1 or named[0].start or named[0].end != len(head) or \
                named[0].entity.category != "Regimen" or not vocab.regimen_components.get(named[0].entity.id):
            continue
        combined = recognizer.find(f"{head} plus {drug.name}").regimens
        if len(combined) == 1:
            found[m.group(0)] = combined[0][0].entity
    return found


# a word of two or three parts, each opening with a capital ("IrPan", "CapBevMit")
_JOINED = lazy_compile(r"(?<![\w/-])((?:[A-Z][a-z0-9]+){1,2}[A-Z][a-z0-9]+)(?![\w/-])")
_JOINED_PART = lazy_compile(r"[A-Z][a-z0-9]+")


def joined_short_forms(sentences: list[str], pairs: dict, recognizer) -> dict[str, Entity]:
    """Combinations a document writes as the short forms it defined for their drugs run together: with "irinotecan
    (Ir)" and "panitumumab (Pan)" defined, "IrPan" is irinotecan plus panitumumab. Trial reports name an arm so
    where each drug has a short form of two or more letters; the word counts only when every part is a short form the
    document itself defined for a different drug or regimen (never a one-letter form, which "arm B" or "grade A" are
    as well, nor a word the vocabulary or the document gives a meaning of its own).

    >>> from builders.recognize import Recognizer
    >>> from kg.vocab import load_vocabulary
    >>> r = Recognizer(load_vocabulary())
    >>> ir, pan = r.find("irinotecan").mentions[0].entity, r.find("panitumumab").mentions[0].entity
    >>> [(k, e.name) for k, e in joined_short_forms(["OS was 10.4 mo with IrPan and 10.5 with Ir."],
    ...                                             {"Ir": ir, "Pan": pan}, r).items()]
    [('IrPan', 'irinotecan + panitumumab')]
    >>> joined_short_forms(["The PanRas and IrOnly words."], {"Ir": ir, "Pan": pan}, r)  # a part no defined short form
    {}
    """
    therapies = {k: e for k, e in pairs.items() if e is not None and e.category in ("Drug", "Regimen") and
                 len(k) >= 2 and k[0].isupper() and not k[1:].isupper()}
    found: dict[str, Entity] = {}
    if len(therapies) < 2:
        return found
    vocab = recognizer.vocab
    for text in sentences:
        for m in _JOINED.finditer(text):
            word = m.group(1)
            if word in found or word in pairs or word.lower() in vocab.by_name:
                continue
            parts = _JOINED_PART.findall(word)
            if not all(p in therapies for p in parts) or len({therapies[p].id for p in parts}) != len(parts):
                continue
            combined = recognizer.find(" plus ".join(therapies[p].name for p in parts)).regimens
            if len(combined) == 1:
                found[word] = combined[0][0].entity
    return found
