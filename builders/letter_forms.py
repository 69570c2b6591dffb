"""Arms named by one-letter short forms of their drugs: "dabrafenib (D) + panitumumab (P) ± trametinib (T)",
then "response rates for D+P, D+T+P and T+P were 10%, 21% and 0%".

A single capital letter is too ambiguous to stand for a drug on its own (arm labels "(A)", panels, grades), so
the letters are never read alone: only a chain of two or more of them joined by "+" names a regimen, and only
when every letter of the chain was defined in the document, right after a drug whose name it begins
("dabrafenib (D)"), and no letter was given to two drugs. (The recogniser reads a defined letter as its drug wherever
it stands in a combination, "FOLFOX plus B", "B-containing": builders/letter_drugs.py.)
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.recognize import Mention

# a drug's one-letter short form right after it: "dabrafenib (D)"
_LETTER_AFTER = lazy_compile(r"\s*\(\s*([A-Z])\s*\)")
# a chain of letters joined by "+": "D+P", "D + T + P" (not a part of a longer token: "HER2+", "CD8+T")
_CHAIN = lazy_compile(r"(?<![\w\-+/])[A-Z](?:\s?\+\s?[A-Z]){1,4}(?![\w\-+/])")


def drug_letters(text: str, drugs: list[Mention]) -> dict[str, Mention]:
    """The one-letter short forms a sentence defines: letter -> the drug mention it follows and begins."""
    out: dict[str, Mention] = {}
    for m in drugs:
        b = _LETTER_AFTER.match(text, m.end)
        if b and m.text[:1].upper() == b.group(1):
            out[b.group(1)] = m
    return out


def letter_chains(text: str, letters: dict[str, Mention] | None) -> dict[str, list[Mention]]:
    """Each chain of defined letters in the text ("D+T+P") -> the drug mentions its letters stand for, when
    every letter is defined and no letter repeats; with letters None, every chain of letters (to nothing)."""
    out: dict[str, list[Mention]] = {}
    for m in _CHAIN.finditer(text):
        keys = re.findall(r"[A-Z]", m.group(0))
        if letters is None:
            out[m.group(0)] = []
        elif len(set(keys)) == len(keys) and all(k in letters for k in keys):
            out[m.group(0)] = [letters[k] for k in keys]
    return out


# a lone capital letter (not a part of a longer token: "HER2+", "CD8+T")
_LONE = lazy_compile(r"(?<![\w\-+/])([A-Z])(?![\w\-+/])")
# the label words before a letter that make it an arm's, a group's or a cohort's name ("arm B"), not a drug's
_LABEL_BEFORE = lazy_compile(r"\b(?:arms?|groups?|cohorts?|parts?|stages?|panels?|types?|grades?)\s*$", re.I)


def lone_letter_parts(text: str, letters: set[str]) -> list[str]:
    """The one-letter short forms of drugs (``letters``, defined earlier in the document) that the text joins alone
    to a therapy as a part of it ("first-line CT plus B (arm A)"; not the letters of a chain "D+P", nor an arm's
    label "arm B"): the therapies the text names around them miss that drug."""
    chains = [m.span() for m in _CHAIN.finditer(text)]
    found = set()
    for m in _LONE.finditer(text):
        if m.group(1) not in letters or any(a <= m.start() < b for a, b in chains) or \
                _LABEL_BEFORE.search(text, 0, m.start()):
            continue
        if re.search(r"(?:\bplus|\+)\s*$", text[:m.start()]) or re.match(r"\s*(?:\+|plus\b)", text[m.end():]):
            found.add(m.group(1))
    return sorted(found)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_CHAIN = prefiltered(_CHAIN)
