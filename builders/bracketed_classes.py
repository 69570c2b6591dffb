"""Drug classes named through an abbreviation in brackets that is no target of its own: "poly ADP ribose
polymerase (PARP) inhibitor" is the vocabulary's PARP inhibitor, "vascular endothelial growth factor (VEGF)
receptor-2 inhibitor" the inhibitor of VEGF receptor 2.

A long name defines its short form in brackets and the class is then written with the short form: the words
the class is named by are the short form and what follows the bracket. When those words are a class the
vocabulary names ("PARP inhibitor"), or a receptor numbered after its ligand that the vocabulary knows
("VEGF receptor-2"), the mention is that class and spans the long name too.
"""
from __future__ import annotations

import re

from builders.abbreviations import defined_long_form_start
from builders.lazy_patterns import lazy_compile

# the short form in brackets, then (for a ligand's receptor) "receptor-2", then the word of the class
_BRACKETED = lazy_compile(r"\(\s*(?P<abbr>[A-Za-z][A-Za-z0-9\-/]{1,10})\s*\)[-\s]*(?:(?P<receptor>receptor)[-\s]?(?P<number>\d))?"
                          r"[-\s]*(?P<head>inhibitors?|antagonists?|blockers?)(?![A-Za-z])")
MAY_BRACKET_CLASS = lazy_compile(r"\)[-\s]*(?:receptor[-\s]?\d[-\s]*)?(?:inhibitor|antagonist|blocker)")


def bracketed_classes(r, text: str, mentions: list, rec, class_of, make_mention) -> list:
    """``mentions`` with each class written through a bracketed short form added (spanning its long name), unless
    another mention already covers the short form; ``class_of(target, head, surface)`` makes the class acting on
    a target."""
    out = list(mentions)
    for b in _BRACKETED.finditer(text):
        if any(m.entity.category == "DrugClass" and m.start < b.end() and m.end > b.start() for m in mentions):
            continue  # "(PD-1) inhibitors": the target's own mention made its class
        # where the long name the bracket defines starts ("poly ADP ribose polymerase (PARP)"), None when the words
        # before the bracket do not spell the short form
        start = defined_long_form_start(text, b.start(), b.group("abbr"))
        named = _named_class(r, b, class_of) if start is not None else None
        if named is None:
            continue
        entity, target = named
        if target is not None:
            rec.imply(entity, "targets", target)
        # the short form's own mention ("VEGF") is a word of the class name now
        out = [m for m in out if not (m.start >= b.start() and m.end <= b.end())]
        out.append(make_mention(start, b.end(), text, entity))
    return out


def _named_class(r, b: re.Match, class_of):
    """The class the short form and the words after the bracket name, with the target it is made for (None for a
    vocabulary class), or None."""
    abbr, head = b.group("abbr"), re.sub(r"s$", "", b.group("head").lower())
    if not b.group("receptor"):
        hit = r.vocab.by_name.get(f"{abbr} {head}".lower())
        return (r.vocab.entities[hit], None) if hit and hit.startswith("crc:class_") else None
    number = b.group("number")
    for written in (f"{abbr} receptor {number}", f"{abbr} receptor-{number}", f"{abbr}R{number}", f"{abbr}R-{number}"):
        hit = r.vocab.resolve(written)
        target = r.vocab.entities.get(hit) if hit else None
        if target is not None and target.category == "Gene":
            return class_of(target, head, f"{abbr} receptor-{number} {head}"), target
    return None
