"""Two genes' wild-type statuses written each with its own status word and joined by a slash: one status of both.

A report may write the population wild-type for two genes by giving each gene its own status word and a slash between
("RAS WT/BRAF WT mCRC", "KRAS wild-type/BRAF wild-type tumours"): one group of patients, wild-type for both genes, as
"RAS and BRAF wild-type" names it, so one Biomarker of the two genes together (`RAS/BRAF wild-type`), not two
statuses each read alone. Only a bare slash joins them: "and" or "or" may set two groups side by side ("in RAS WT (59%)
and BRAF WT (40%) tumours"), and a slash between a wild-type and a mutant status ("RAS WT/BRAF MT") names no status of
both.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import joined_runs
from builders.recognize import Mention
from kg.model import Entity

# a status word, a slash, then more (the cheap test before the mentions are looked at)
MAY_SLASHED_STATUS = lazy_compile(r"(?i:\bWT|wild[- ]?type)\s*/\s*\S")
_SLASH = lazy_compile(r"\s*/\s*")


def _wild_type(m: Mention) -> bool:
    return m.entity.category == "Biomarker" and m.entity.attr("biomarker_kind") == "wild_type" and \
        bool(m.entity.attr("gene"))


def slashed_statuses(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each run of wild-type statuses joined by bare slashes made one status of all their genes.

    >>> from builders.patterns import status_entity
    >>> ras, braf = (Entity(f"crc:gene_{g.lower()}", "Gene", g) for g in ("RAS", "BRAF"))
    >>> t = "ORR was 68% in RAS WT/BRAF WT disease"
    >>> ms = [Mention(15, 21, "RAS WT", status_entity([ras], "RAS"), "pattern"),
    ...       Mention(22, 29, "BRAF WT", status_entity([braf], "BRAF"), "pattern")]
    >>> [(m.text, m.entity.name) for m in slashed_statuses(t, ms)]
    [('RAS WT/BRAF WT', 'RAS/BRAF wild-type')]
    """
    from builders.patterns import status_entity  # (patterns imports this module)

    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    runs = [r for r in joined_runs(text, [m for m in ordered if _wild_type(m)], _SLASH) if len(r) > 1]
    if not runs:
        return mentions
    dropped = {id(m) for r in runs for m in r}
    out = [m for m in mentions if id(m) not in dropped]
    for run in runs:
        genes: list[Entity] = []
        for m in run:
            for name in m.entity.attr("gene").split("/"):
                if name not in [g.name for g in genes]:
                    genes.append(Entity(f"gene:{name}", "Gene", name))
        written = "/".join(g.name for g in genes)
        start, end = run[0].start, run[-1].end
        out.append(Mention(start, end, text[start:end], status_entity(genes, written if len(written) <= 40 else ""),
                           "pattern"))
    return sorted(out, key=lambda m: (m.start, m.end))
