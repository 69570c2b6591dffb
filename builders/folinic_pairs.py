"""Fluorouracil written with folinic acid as a clipped pair: "5-FU/FA", "FU/FA".

"FA" alone is ambiguous (fatty acid, Fanconi anaemia, ...) and "FU" alone is follow-up; written as a slash pair
with the other they are the two drugs of the fluorouracil backbone, fluorouracil and folinic acid (leucovorin).
Each half is read as its drug, so the pair joins other therapies as "5-FU/LV" does.
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

FOLINIC_PAIR = lazy_compile(r"(?<![\w\-/])(?P<fu>5-?FU|FU)\s?/\s?(?P<fa>FA)(?![\w\-/])")
MAY_FOLINIC_PAIR = lazy_compile(r"FU\s?/\s?FA")


def folinic_pairs(r, text: str, mentions: list, rec, make_mention) -> list:
    """``mentions`` with each "5-FU/FA" pair read as one regimen of fluorouracil and leucovorin (its components
    recorded in ``rec``), where nothing but its halves ("5-FU", a defined "FA") was read there.

    >>> from builders.recognize import Recognizer, Recognition
    >>> from builders.pattern_mentions import _mention
    >>> from kg.vocab import load_vocabulary
    >>> text, rec = "Patients received FU/FA plus oxaliplatin.", Recognition()
    >>> [(m.text, m.entity.name) for m in folinic_pairs(Recognizer(load_vocabulary()), text, [], rec, _mention)]
    [('FU/FA', 'fluorouracil + leucovorin')]
    """
    drugs = [r.vocab.by_name.get(name) for name in ("fluorouracil", "leucovorin")]
    if None in drugs:
        return mentions
    for pair in FOLINIC_PAIR.finditer(text):
        start, end = pair.span()
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.entity.id not in drugs or m.start < start or m.end > end for m in inside):
            continue  # read already as something else: a short form the document defines as a regimen
        halves = [make_mention(*pair.span(half), text, r.vocab.entities[drug]) for half, drug in zip(("fu", "fa"), drugs)]
        entity, components = r.combination(halves)
        mention = make_mention(start, end, text, entity)
        mentions = [m for m in mentions if m not in inside] + [mention]
        rec.regimens.append((mention, components))
    return sorted(mentions, key=lambda m: (m.start, m.end))
