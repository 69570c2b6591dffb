"""Clinical prognostic factors written with their cut-off, read as biomarkers: "albumin <3.5 g/dL",
"hemoglobin (< 10.5 vs. ≥ 10.5 g/dL)", "direct bilirubin >ULN", "age > 60 years", "an ECOG PS of 2 or 3".

A laboratory value, the patient's age or performance status on one side of a cut-off is a feature of the patients,
and a report names it as a factor of their outcome (a multivariate analysis, a hazard ratio, "prognostic factor",
"predictors of poor survival"). Each factor on each side of each cut-off is one Biomarker node, named by the
measure, the comparison, the number and the unit as a curator writes it ("albumin < 3.5 g/dL", "LDH > ULN",
"ECOG performance status 2-3"), so that the same factor in another report is the same node. A value set beside
its other side ("< 10.5 vs. ≥ 10.5 g/dL") is the side named first. Only a sentence that speaks of outcome or
prognosis is read: elsewhere ("ECOG performance status 0-1" among the eligibility criteria, "albumin 3.2 g/dL"
in a case) the cut-off selects or describes patients and no factor is named.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import _mention
from kg.ids import mint
from kg.model import Entity

# a sentence that names factors of outcome
MAY_CLINICAL_FACTOR = lazy_compile(
    r"prognos|predictors?\b|multivariat|\bMVA\b|hazard\s+ratio|\bHR\b|risk\s+factors?", re.I)

# each measure: its name and the ways it is written (longest first in the pattern)
_MEASURES = {
    "albumin": ("serum albumin", "albumin"),
    "hemoglobin": ("hemoglobin", "haemoglobin", "Hgb", "Hb"),
    "LDH": ("lactate dehydrogenase", "LDH"),
    "CEA": ("carcinoembryonic antigen", "CEA"),
    "direct bilirubin": ("direct bilirubin", "conjugated bilirubin"),
    "total bilirubin": ("total bilirubin",),
    "bilirubin": ("serum bilirubin", "bilirubin"),
    "alkaline phosphatase": ("alkaline phosphatase", "ALP"),
    "WBC": ("white blood cell count", "white blood cells", "leukocyte count", "WBC"),
    "neutrophil count": ("absolute neutrophil count", "neutrophil count", "ANC"),
    "platelet count": ("platelet count", "platelets"),
    "C-reactive protein": ("C-reactive protein", "CRP"),
    "NLR": ("neutrophil-to-lymphocyte ratio", "neutrophil to lymphocyte ratio", "NLR"),
    "age": ("age",),
}
_FORM = {f.lower(): name for name, forms in _MEASURES.items() for f in forms}
_CASED = frozenset(f.lower() for forms in _MEASURES.values() for f in forms if f.isupper() or f in ("Hgb", "Hb"))
_OPS = {"<": "<", ">": ">", "≤": "≤", "≥": "≥", "<=": "≤", ">=": "≥", "=<": "≤", "=>": "≥",
        "less than": "<", "lower than": "<", "below": "<", "under": "<",
        "more than": ">", "greater than": ">", "higher than": ">", "above": ">", "over": ">"}
_OP = r"(?:<=|>=|=<|=>|[<>≤≥]|less\s+than|lower\s+than|below|more\s+than|greater\s+than|higher\s+than|above)"
_NUM = r"\d+(?:\.\d+)?"
_UNIT = (r"(?:g\s*/\s*dL|g\s*/\s*L|mg\s*/\s*dL|mg\s*/\s*L|µmol\s*/\s*L|μmol\s*/\s*L|U\s*/\s*L|IU\s*/\s*L|"
         r"ng\s*/\s*mL|µg\s*/\s*L|μg\s*/\s*L|k\s*/\s*[uµμ]L|(?:×|x)\s*10\^?9\s*/\s*L|/\s*[uµμ]L|/\s*mm3|years?|yrs?)")
_ULN = r"(?:(?:\d+(?:\.\d+)?\s*(?:×|x|times)\s*)?(?:the\s+)?(?:ULN|upper\s+limit\s+of\s+normal))"
_forms = "|".join(re.escape(f) for f in sorted(_FORM, key=len, reverse=True))
# the measure, an optional bracket or "of", the comparison, and the number with its unit or the upper limit of normal;
# a second side after "vs." may carry the unit the first side leaves out
_FACTOR = lazy_compile(
    rf"(?<![\w\-])(?P<measure>{_forms})\s*(?:\(\s*|of\s+|level\s+|levels\s+)?(?P<op>{_OP})\s*"
    rf"(?:(?P<uln>{_ULN})|(?P<num>{_NUM})\s*(?P<unit>{_UNIT})?(?:\s*(?:vs\.?|versus)\s*{_OP}?\s*{_NUM}\s*"
    rf"(?P<unit2>{_UNIT}))?)(?![\w/])", re.I)
# performance status: the scale, "PS" or the words, "of"/"score of", and one score or a range of two
_PS = lazy_compile(
    r"(?<![\w\-])(?P<scale>ECOG|WHO|Eastern\s+Cooperative\s+Oncology\s+Group(?:\s*\(\s*ECOG\s*\))?)\s*"
    r"(?:performance\s+status|PS)\s*(?:score\s+)?(?:of\s+)?(?P<a>[0-4])"
    r"(?:\s*(?:-|–|to|or|/)\s*(?P<b>[0-4]))?(?![\w.])", re.I)


def clinical_factor_entity(measure: str, comparison: str, value: str, written: str = "") -> Entity:
    """The Biomarker of one clinical factor on one side of its cut-off (``value``: the number with its unit, or
    "ULN").

    >>> clinical_factor_entity("albumin", "<", "3.5 g/dL").name
    'albumin < 3.5 g/dL'
    """
    name = " ".join(part for part in (measure, comparison, value) if part)
    synonyms = {re.sub(r"\s+", " ", written).strip()} - {"", name}
    return Entity(mint("biomarker", name), "Biomarker", name, tuple(sorted(synonyms)), (),
                  (("biomarker_kind", "clinical_factor"),))


def _unit(raw: str) -> str:
    unit = re.sub(r"\s+", "", raw)
    unit = re.sub(r"(?i)^k/[uµμ]l$", "k/uL", unit)
    return {"year": "years", "yr": "years", "yrs": "years"}.get(unit.lower(), unit)


def _lab(x: re.Match) -> Entity | None:
    written = x.group("measure")
    if written.lower() in _CASED and not written.isupper() and written not in ("Hgb", "Hb"):
        return None  # a short form only as written ("CEA", not "cea")
    measure = _FORM[written.lower()]
    op = _OPS[re.sub(r"\s+", " ", x.group("op").lower())]
    if x.group("uln"):
        uln = x.group("uln")
        times = re.match(r"(\d+(?:\.\d+)?)", uln)
        value = f"{times.group(1)} × ULN" if times else "ULN"
    else:
        unit = x.group("unit") or x.group("unit2") or ""
        if measure == "age" and not unit:
            return None  # "age > 60" without years may be any number
        value = f"{x.group('num')} {_unit(unit)}".strip()
    return clinical_factor_entity(measure, op, value, x.group(0).rstrip(" ("))


def _performance(x: re.Match) -> Entity:
    scale = "WHO" if x.group("scale").upper() == "WHO" else "ECOG"
    score = x.group("a") if not x.group("b") else f"{x.group('a')}-{x.group('b')}"
    return clinical_factor_entity(f"{scale} performance status", "", score, x.group(0))


def clinical_factors(text: str, mentions: list) -> list:
    """Mentions with each clinical factor written with its cut-off, in a sentence about outcome or prognosis, read
    as that factor's Biomarker (the mentions inside its words replaced)."""
    if not MAY_CLINICAL_FACTOR.search(text):
        return mentions
    out = list(mentions)
    for pattern, make in ((_FACTOR, _lab), (_PS, _performance)):
        for x in pattern.finditer(text):
            entity = make(x)
            if entity is None:
                continue
            start, end = x.start(), x.end()
            if any(o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in out):
                continue  # crosses another mention's bounds
            out = [o for o in out if not (start <= o.start and o.end <= end)]
            out.append(_mention(start, end, text, entity))
    return sorted(out, key=lambda m: (m.start, m.end))
