"""Which way a document says a marker's level goes with treatment outcome.

"X might predict the response to cetuximab" names no direction; a later sentence of the same document such
as "X expression was higher in the progressive disease patients than in the responders" gives it: high X
marks the patients who do not respond. :func:`level_directions` scans a document once and returns, per gene
named by a level marker, ``"resistance"`` (higher in non-responders, or lower in responders) or
``"response"`` (higher in responders, or lower in non-responders); a gene the document compares both ways
is left out.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the groups of patients compared; the non-responders first, so that "non-responders" is not read as "responders"
_NONRESPONDERS = (r"non-?respon\w*|progressive disease|progressors?|progressing|PD|"
                  r"(?:\w+-)?resistant (?:patients|tumou?rs|cases|group)|"
                  r"patients (?:with|who had) (?:progressive disease|progression|no response|resistance)|"
                  r"poor responders|refractory (?:patients|tumou?rs|cases)")
_RESPONDERS = (r"responders|responding (?:patients|tumou?rs)|(?:partial|complete|objective) respon\w*|"
               r"[CP]R|(?:\w+-)?sensitive (?:patients|tumou?rs|cases|group)|"
               r"patients (?:with|who had|who achieved) (?:a )?(?:partial |complete |objective )?response")
_HIGHER = r"higher|elevated|increased|up-?regulated|greater|more abundant|overexpressed"
_LOWER = r"lower|reduced|decreased|down-?regulated|less abundant|diminished"
_COMPARED = lazy_compile(
    rf"\b(?P<way>{_HIGHER}|{_LOWER})\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+|those\s+|patients\s+with\s+)?"
    rf"(?:(?P<non>{_NONRESPONDERS})|(?P<resp>{_RESPONDERS}))(?![\w-])", re.I)
_LOWER_WAY = lazy_compile(rf"^(?:{_LOWER})$", re.I)
_NEGATION = lazy_compile(r"\b(?:not|no|neither|nor|without)\b[^,;]*$", re.I)
SUBJECT_REACH = 80  # characters before the comparison word where its subject (the marker) stands
_LEVEL_KINDS = ("expression", "level", "protein", "mrna", "circulating")


_SPECIMEN_BEFORE = lazy_compile(r"^(?:(?:plasma|serum|exosomal|circulating|tissue|tumou?r|urinary|blood|high|elevated|"
                                r"increased)\s+)+", re.I)
_LEVEL_AFTER = lazy_compile(r"(?:\s+(?:expression|levels?|positivity|overexpression|mRNA))+$", re.I)
_LOWERED = lazy_compile(r"^(?:low|reduced|decreased|loss|lost|absent|negative)\b", re.I)


def gene_keys(entity) -> frozenset:
    """What a level marker or gene is the level of ("exosomal UCA1", "UCA1 expression", UCA1: ``uca1``; a
    gene's id too): the name without its specimen and level words. None for an alteration, whose frequency,
    not level, a comparison of patients gives, nor for a marker named by a low level ("low X"), whose way is
    the mirror one."""
    if entity.category not in ("Gene", "Molecule", "Biomarker"):
        return frozenset()
    if entity.category == "Biomarker" and entity.attr("biomarker_kind") not in _LEVEL_KINDS:
        return frozenset()
    if _LOWERED.match(entity.name):
        return frozenset()
    core = _LEVEL_AFTER.sub("", _SPECIMEN_BEFORE.sub("", entity.name)).strip().lower()
    keys = {core} if core else set()
    gene = entity.attr("gene")
    if gene:
        keys.add(gene.lower())
    if entity.category == "Gene":
        keys.add(entity.name.lower())
    return frozenset(keys)


def _direction(match: re.Match) -> str:
    lower = bool(_LOWER_WAY.match(match.group("way")))
    nonresponders = match.group("non") is not None
    return "resistance" if nonresponders != lower else "response"


def mentions_before(reading, sentence, start: int, reach: int) -> list:
    """The sentence's mentions in the ``reach`` characters before ``start`` (where the subject of a comparison or
    outcome word stands), from the last ";" or ". " there on; [] when a negation stands there ("not", "no", ...)."""
    text = sentence.norm
    lo = max(0, start - reach)
    before = text[lo:start]
    if _NEGATION.search(before):
        return []
    cut = max(before.rfind(";"), before.rfind(". "))
    lo += cut + 1 if cut >= 0 else 0
    return [x for x in reading.recognize(sentence).mentions if x.start >= lo and x.end <= start]


def scan_level_directions(reading) -> dict[str, str]:
    """Gene id -> the direction the document's comparisons of its level between outcome groups give."""
    seen: dict[str, set] = {}
    for sentence in getattr(reading.doc, "sentences", ()):
        text = sentence.norm
        for match in _COMPARED.finditer(text):
            for x in mentions_before(reading, sentence, match.start(), SUBJECT_REACH):
                for key in gene_keys(x.entity):
                    seen.setdefault(key, set()).add(_direction(match))
    return {key: next(iter(ways)) for key, ways in sorted(seen.items()) if len(ways) == 1}


def level_directions(reading) -> dict[str, str]:
    """:func:`scan_level_directions`, one pass per document."""
    return reading.document_wide("level_directions", scan_level_directions)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_COMPARED = prefiltered(_COMPARED)
