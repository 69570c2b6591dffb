"""Immunohistochemistry scores of a gene product, read as biomarkers.

"HER2 IHC 3+", "HER2 3+ tumours", "HER2 IHC 2+/FISH+", "HER2 IHC 2+ and ISH-positive": the score a
protein's staining was given (0 to 3+), with the in-situ hybridisation result a 2+ score is often
written with. Each score of each gene is one Biomarker node, named by the gene's symbol and the score
("ERBB2 IHC 3+") and carrying the forms the text may use (by the gene's protein names: "HER2 3+"). A
score needs its gene right before it: "IHC 3+" alone, or a gene family ("HER 2+"), is not read here
(builders/entity_ihc_bare.py reads "IHC 3+" after the gene the sentence scores). A comparison of two scores after
the gene with "higher" or "lower" before it ("higher HER2 IHC score (3+ vs 2+)") is the score it names that way.
The recogniser calls :func:`ihc_scores` once alterations and classes are read.

The in-situ hybridisation ratio of a gene to its chromosome's centromere probe ("HER2/CEP17 ratio",
"ERBB2/CEP17 ratio ≥ 2.0") is a biomarker of the same kind, read by :func:`fish_ratios`.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

# after the gene: an optional "IHC" word, the score, and an optional in-situ hybridisation result
_SCORE_AFTER = lazy_compile(
    r"[-\s]*(?:(?P<ihc>IHC|immunohistochemistry|immunohistochemical)\s*(?:score\s+(?:of\s+)?)?)?(?P<score>[0-3])\s?\+"
    r"(?![\w+])(?:\s*(?:/|and|with)\s*(?P<ish>F?ISH|SISH|CISH)(?:\s?\+|[-\s]positive|(?P<neg>\s?-|[-\s]negative))"
    r"(?![\w+\-]))?")


def ihc_entity(gene: Entity, score: str, ish: str = "", written: str = "", ish_sign: str = "+") -> Entity:
    """The Biomarker of one IHC score of ``gene`` (``ish``: the in-situ hybridisation written with it;
    ``written``: the words as the text has them, kept as a name).

    >>> ihc_entity(Entity("HGNC:3430", "Gene", "ERBB2", ("HER2",)), "2", "FISH").name
    'ERBB2 IHC 2+/FISH+'
    >>> "HER2 immunohistochemistry score 3+" in ihc_entity(Entity("HGNC:3430", "Gene", "ERBB2", ("HER2",)), "3").synonyms
    True
    """
    from builders.patterns import short_aliases

    tail = f"/{ish}{ish_sign}" if ish else ""
    name = f"{gene.name} IHC {score}+{tail}"
    synonyms = {re.sub(r"\s+", " ", written).strip()} - {""}
    for alias in (gene.name, *short_aliases(gene)):
        synonyms |= {f"{alias} IHC {score}+{tail}", f"{alias} {score}+{tail}", f"{alias} IHC{score}+{tail}",
                     f"{alias} IHC score {score}+{tail}",
                     # the staining named in full, as the scores are also read ("HER2 immunohistochemistry score 3+")
                     f"{alias} immunohistochemistry score {score}+{tail}", f"{alias} immunohistochemistry {score}+{tail}"}
    attrs = (("biomarker_kind", "ihc_score"), ("gene", gene.name))
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (), attrs)


def ihc_scores(text: str, mentions: list) -> list:
    """Mentions with each gene followed by an IHC score read as that score's biomarker (the gene mention
    and any mention inside the score's words replaced)."""
    from builders.recognize import Mention

    out = list(mentions)
    for m in mentions:
        if m.entity.category != "Gene" or m.entity.attr("family"):
            continue
        score = _SCORE_AFTER.match(text, m.end)
        if score is None:
            compared = _compared_score(text, m.start, m.end)
            if compared is not None:
                entity = ihc_entity(m.entity, compared[0], "", text[m.start:compared[1]])
                out = [o for o in out if not (m.start <= o.start and o.end <= compared[1])]
                out.append(Mention(m.start, compared[1], text[m.start:compared[1]], entity, "pattern"))
            continue
        if not (score.group("ihc") or _tight(text, m.end, score.start("score"))):
            continue
        ish = (score.group("ish") or "").upper()
        # (a negative in-situ result is a score of its own: "HER2 IHC 2+/ISH-" is no "IHC 2+/ISH+" nor bare "IHC 2+")
        entity = ihc_entity(m.entity, score.group("score"), ish, text[m.start:score.end()],
                            "-" if score.group("neg") else "+")
        out = [o for o in out if not (m.start <= o.start and o.end <= score.end())]
        out.append(Mention(m.start, score.end(), text[m.start:score.end()], entity, "pattern"))
    return sorted(out, key=lambda x: (x.start, x.end))


# a comparison of two scores after the gene's staining score ("HER2 IHC score (3+ vs 2+)")
_COMPARED_AFTER = lazy_compile(
    r"[-\s]*(?:IHC|immunohistochemistry|immunohistochemical)\s+scores?\s*\(\s*(?P<a>[0-3])\s?\+\s*"
    r"(?:vs\.?|versus|compared\s+with|v\.?)\s*(?P<b>[0-3])\s?\+\s*\)", re.I)
_SIDE_BEFORE = lazy_compile(r"\b(?P<side>higher|lower)\s+$", re.I)


def _compared_score(text: str, gene_start: int, gene_end: int):
    """The score a comparison of two scores names as the higher or lower one, and where its words end: in "higher HER2
    immunohistochemistry score (3+ vs 2+)" the outcome goes with the 3+ score, in "lower ... (1+ vs 2+)" with 1+; a
    comparison without "higher" or "lower" before the gene names no one score (None)."""
    compared = _COMPARED_AFTER.match(text, gene_end)
    if compared is None:
        return None
    side = _SIDE_BEFORE.search(text, max(0, gene_start - 12), gene_start)
    if side is None or compared.group("a") == compared.group("b"):
        return None
    pick = max if side.group("side").lower() == "higher" else min
    return pick(compared.group("a"), compared.group("b")), compared.end()


def _tight(text: str, gene_end: int, score_start: int) -> bool:
    """A score written without "IHC" must follow its gene after one space ("HER2 3+"), not after a hyphen
    or a gap ("HER-2+" is a status, not a score)."""
    return text[gene_end:score_start] == " "


# after the gene: a slash, a centromere enumeration probe of a chromosome, and the word ratio
_PROBE_RATIO = lazy_compile(r"\s?/\s?(?P<probe>CEP\s?(?:[1-9]|1[0-9]|2[0-2]|X|Y))\s+ratios?(?![A-Za-z])")


def fish_ratio_entity(gene: Entity, probe: str) -> Entity:
    """The Biomarker of the in-situ hybridisation ratio of ``gene`` to a centromere probe.

    >>> fish_ratio_entity(Entity("HGNC:3430", "Gene", "ERBB2", ("HER2",)), "CEP17").name
    'ERBB2/CEP17 ratio'
    """
    from builders.patterns import short_aliases

    name = f"{gene.name}/{probe} ratio"
    synonyms = {f"{alias}/{probe} {w}" for alias in (gene.name, *short_aliases(gene)) for w in ("ratio", "ratios")}
    attrs = (("biomarker_kind", "ish_ratio"), ("gene", gene.name))
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms - {name})), (), attrs)


def fish_ratios(text: str, mentions: list) -> list:
    """Mentions with each gene followed by "/CEP<n> ratio" read as that ratio's biomarker."""
    from builders.recognize import Mention

    out = list(mentions)
    for m in mentions:
        if m.entity.category != "Gene" or m.entity.attr("family"):
            continue
        ratio = _PROBE_RATIO.match(text, m.end)
        if ratio is None:
            continue
        entity = fish_ratio_entity(m.entity, re.sub(r"\s", "", ratio.group("probe")))
        out = [o for o in out if not (m.start <= o.start and o.end <= ratio.end())]
        out.append(Mention(m.start, ratio.end(), text[m.start:ratio.end()], entity, "pattern"))
    return sorted(out, key=lambda x: (x.start, x.end))
