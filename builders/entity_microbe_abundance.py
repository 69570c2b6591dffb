"""How much of a microbe a tumour carries, as a Biomarker: "F. nucleatum abundance", "high levels of Fusobacterium
nucleatum", "Fusobacterium nucleatum-high tumours", "the load of B. fragilis".

A bacterium's amount in the tumour (read by qPCR of its DNA or by sequencing) is measured and tested as a marker of
outcome and of resistance, apart from the bacterium itself. Each microbe mention (builders/entity_microbes.py and
the vocabulary's `role: microbe`) with a word for its amount right after or before it also names the biomarker
"<microbe> abundance"; the microbe's own mention stays, for what the bacterium itself does.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

MAY_ABUNDANCE = lazy_compile(r"abundan|load|level|amount|enrich|-high|positiv|quantit", re.I)
_AMOUNT_AFTER = lazy_compile(r"(?:\s+DNA)?(?:[-\s](?:abundance|load|levels?|amounts?|enrichment|positivity|quantity)|"
                             r"-(?:high|positive|low))(?![\w\-])", re.I)
_AMOUNT_BEFORE = lazy_compile(r"(?<![\w\-])(?:(?:high|low|increased|elevated|greater)\s+)?(?:abundance|load|levels?|"
                              r"amounts?|enrichment|quantity)\s+of\s+(?:the\s+)?(?:intratumou?ral\s+)?\Z", re.I)


def microbe_abundance(vocab, text: str, mentions: list) -> list:
    """The mentions, with a biomarker of the amount of each microbe written with a word for its amount."""
    microbes = vocab.lexicon.get("microbes") or frozenset()
    out = list(mentions)
    for m in mentions:
        e = m.entity
        if e.category != "CellType" or not (e.id in microbes or _is_binomial(e.name)):
            continue
        after = _AMOUNT_AFTER.match(text, m.end)
        before = None if after else _AMOUNT_BEFORE.search(text, max(0, m.start - 40), m.start)
        if after is None and before is None:
            continue
        start = before.start() if before else m.start
        end = after.end() if after else m.end
        name = f"{e.name} abundance"
        names = (e.name, *e.synonyms[:3])
        synonyms = {f"{n} {w}" for n in names for w in ("abundance", "load", "level", "levels")}
        synonyms |= {f"abundance of {n}" for n in names} | {re.sub(r"\s+", " ", text[start:end])}
        entity = Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (),
                        (("biomarker_kind", "microbial_abundance"),))
        out.append(_mention(start, end, text, entity))
    return sorted(out, key=lambda x: (x.start, x.end))


_BINOMIAL_NAME = lazy_compile(r"[A-Z][a-z]+ [a-z]+")


def _is_binomial(name: str) -> bool:
    """Whether a CellType name is a species binomial ("Fusobacterium periodonticum"), as the microbe reader names one."""
    return bool(_BINOMIAL_NAME.fullmatch(name)) and not name.endswith((" cell", " cells"))
