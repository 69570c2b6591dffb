"""Bacteria named by their binomial: "Fusobacterium periodonticum", "Peptostreptococcus stomatis".

The vocabulary lists the bacteria papers most often tie to colorectal cancer (cell_types.yaml, `role: microbe`,
with the genus abbreviated as print writes it after the first mention, "F. nucleatum"). Other species of those
genera, and species of a genus whose name says it is a bacterium (-bacterium, -bacter, -coccus, -bacillus,
-monas), are read here: the genus, an optional bracketed initial ("Fusobacterium (F.) periodonticum") and a
lower-case Latin species epithet. A microbe is a CellType, a population of the tumour's microenvironment, as the
project's schema files microbes. A capitalised word before an English word ("Streptococcus were", "Fusobacterium
abundance") is no binomial.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention, _overlaps
from builders.prefilter import prefiltered
from kg.ids import mint
from kg.model import Entity

# genera whose name says they are bacteria
_BACTERIAL_SUFFIX = r"[A-Z][a-z]{2,20}(?:bacterium|bacter|coccus|bacillus|monas)"
# a Latin species epithet ends as Latin does ("nucleatum", "fragilis", "coli", "micra", "difficile", "faecalis")
_EPITHET = lazy_compile(r"[a-z]{3,20}(?:um|us|is|ii|ae|i|a|ens|ans|ile)\Z")
# English words with a Latin ending that follow a genus in print
_NOT_EPITHET = frozenset({"this", "thus", "plus", "versus", "status", "via", "data", "area", "criteria", "alpha",
                          "bacteria", "media", "stimulus", "focus", "nucleus", "corpus", "apparatus", "consensus",
                          "analysis", "basis", "genus", "taxa", "phyla", "also", "sera", "villi", "mucosa", "plasma"})


def _binomial_pattern(vocab):
    """The binomial pattern over the vocabulary's microbe genera (`role: microbe`) and the bacterial suffixes, built once."""
    cached = vocab.lexicon.get("_microbe_re")
    if cached is None:
        genera = sorted({vocab.entities[i].name.split()[0] for i in vocab.lexicon.get("microbes") or ()})
        alternatives = "|".join([re.escape(g) for g in genera] + [_BACTERIAL_SUFFIX])
        # (prefiltered: a sentence that holds no genus name nor bacterial suffix is not scanned; same matches)
        cached = vocab.lexicon["_microbe_re"] = prefiltered(re.compile(
            rf"(?<![\w\-])(?P<genus>{alternatives})(?:\s+\((?P<initial>[A-Z])\.\))?\s+(?P<species>[a-z]{{3,20}})(?![\w])"))
    return cached


def microbes(vocab, text: str, mentions: list) -> list:
    """Mentions with each binomial of a bacterium no vocabulary term covers read as that microbe (a CellType)."""
    out = list(mentions)
    for x in _binomial_pattern(vocab).finditer(text):
        genus, species = x.group("genus"), x.group("species")
        if x.group("initial") and x.group("initial") != genus[0]:
            continue
        if species in _NOT_EPITHET or not _EPITHET.match(species):
            continue
        if _overlaps(x.start(), x.end(), out):
            continue
        name = f"{genus} {species}"
        known = vocab.by_name.get(name.lower())
        entity = vocab.entities.get(known) if known else None
        if entity is None or entity.category != "CellType":
            entity = Entity(mint("cell", name), "CellType", name, (f"{genus[0]}. {species}",))
        out.append(_mention(x.start(), x.end(), text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))
