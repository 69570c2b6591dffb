"""The population a resistance, rescue or prediction statement is restricted to, as the sentence writes it: a
prepositional phrase of the statement's clause ("in MSS CRC", "among patients with RAS wild-type tumours", "in
KRAS-mutant disease", "in liver metastases", "in the hepatic niche"), or one that opens the sentence ("In
BRAF-mutant mCRC, ..."). It becomes the edge's ``population`` qualifier, so a claim stated for carriers of a marker or
for one metastatic site is not widened to every patient.

Knowledge encoded: a population is a group of patients or tumours set apart by a marker or status, or a metastatic
site; the disease as a whole ("in CRC", "in patients with mCRC") restricts nothing, and model systems ("in vitro", "in
KRAS-mutant cell lines", "in xenografts") and trials are no patient population. A population that is one end of the
statement itself ("HER2 amplification predicts benefit from trastuzumab in HER2-amplified tumours") is no
restriction of it."""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.model import Entity
from kg.groups import CARRIER

# words introducing the population of a statement
_PREPOSITIONS = frozenset({"in", "among", "amongst"})
# the group before the words that name what sets it apart: "patients with", "tumours harbouring"
_GROUP_NOUNS = frozenset({"patients", "those", "tumours", "tumors", "cases", "subjects", "individuals", "people"})
_CARRYING = frozenset({"with", "harbouring", "harboring", "bearing", "carrying", "having", "who", "whose"})
# head nouns a marker run may end on: the patients, tumours or disease of the marker
_HEADS = frozenset({"crc", "mcrc", "crcs", "tumours", "tumors", "tumour", "tumor", "patients", "disease", "cancer",
                    "cancers", "carcinoma", "carcinomas", "cases", "subgroup", "subset", "subtype", "population",
                    "metastases", "lesions", "colorectal", "metastatic", "advanced"})
# a model system after the marker: no patient population ("in KRAS-mutant cells")
_MODEL_WORDS = frozenset({"cells", "cell", "lines", "line", "xenografts", "xenograft", "mice", "models", "model",
                          "organoids", "organoid", "spheroids", "pdx", "pdxs", "clones"})
# a metastatic site's niche or milieu written in words: "in the hepatic niche", "in the liver microenvironment"
_SITE = lazy_compile(r"(?:the\s+)?(?:hepatic|liver|peritoneal|pulmonary|lung|metastatic\s+liver)\s+"
                     r"(?:niche|micro-?environment|milieu|metastases|metastasis|metastatic\s+(?:sites?|lesions|disease))\b"
                     r"|the\s+liver\b(?!\s+(?:and|or)\b)", re.I)
_DISEASE_BASES = frozenset({"colorectal cancer", "metastatic colorectal cancer"})


def _is_population_entity(e: Entity) -> bool:
    """A marker or status, a population context ("MSS/pMMR CRC") or a metastatic site; never the disease as a whole."""
    if e.category in CARRIER:
        return True
    return e.category == "Disease" and e.name not in _DISEASE_BASES


def _phrase_at(m, i: int, hi: int, ends: frozenset, ends_genes: frozenset) -> str | None:
    """The population written after the preposition at token ``i`` (tokens before ``hi``), as written, or None."""
    toks, text = m.tokens, m.text
    j = i + 1
    if j >= hi:
        return None
    rest = text[toks[j].start:toks[hi - 1].end]
    site = _SITE.match(rest)
    if site:
        return rest[:site.end()].removeprefix("the ").strip()
    if toks[j].lower in ("the", "these") and j + 1 < hi:
        j += 1
    lead = False
    if toks[j].lower in _GROUP_NOUNS and not toks[j].entities and j + 1 < hi and toks[j + 1].lower in _CARRYING:
        lead = True
        j += 2
    first, last, named = j, None, False
    while j < hi:
        tok = toks[j]
        if tok.entities:
            if any(e.category in ("Trial", "CellType", "Drug", "DrugClass", "Regimen") for e in tok.entities):
                return None
            pops = [e for e in tok.entities if _is_population_entity(e)]
            if not pops and not any(e.category == "Disease" for e in tok.entities):
                break
            if any(e.id in ends or (e.attr("gene") and e.attr("gene") in ends_genes) for e in tok.entities):
                return None  # the population is the statement's own end
            named = named or bool(pops)
            last = j
        elif tok.lower in _HEADS:
            last = j
        else:
            break
        j += 1
    if not named or last is None:
        return None
    if j < hi and toks[j].lower in _MODEL_WORDS:
        return None
    if not lead and toks[last].lower not in _HEADS and not any(
            e.category == "Disease" for e in toks[last].entities):
        return None  # a bare marker after "in" is what is measured or mutated ("mutations in KRAS"), no group
    return text[toks[first].start:toks[last].end]


def _not_the_statements(toks, i: int, match_end: int, lo: int) -> bool:
    """The phrase at token ``i`` restricts no statement the match read: it follows a word that only stresses a
    subgroup of a wider claim ("particularly in", "especially in"), tells where a cause is common ("hypoxia, common in
    liver metastases, ..."), is coordinated with another setting ("in models and in X patients"), or stands past a
    second predicate or clause after the match ("... in CMS2 and not effective in CMS4 tumours")."""
    prev = toks[i - 1].lower if i > lo else ""
    if prev in _STRESS_WORDS or prev in _PREVALENCE_WORDS or prev in ("and", "or", "but", "both", "not"):
        return True
    return i > match_end and any(toks[k].lower in _CLAUSE_BREAKS for k in range(match_end, i))


# words before "in" that stress one part of a wider claim, or say where something is common
_STRESS_WORDS = frozenset({"particularly", "especially", "notably", "even", "also", "including", "mainly", "mostly",
                           "primarily", "predominantly", "except"})
_PREVALENCE_WORDS = frozenset({"common", "frequent", "prevalent", "rare", "enriched", "observed", "found", "seen",
                               "detected", "present", "reported", "described", "abundant", "frequently", "commonly"})
# a word after the match that opens another predicate or clause
_CLAUSE_BREAKS = frozenset({"and", "or", "but", "whereas", "while", ";", "although", "though", "unlike", "than",
                            "versus", "vs", "vs."})


def stated_population(m, subject: Entity, obj: Entity) -> str | None:
    """The population the statement's clause (or the sentence's opening phrase) restricts it to, as written."""
    toks = m.tokens
    ends = {subject.id, obj.id} | {e.id for es in m.slot_entities.values() for e in es}
    genes = {g for e in (subject, obj) for g in (e.attr("gene"), e.attr("target")) if g}
    genes |= {e.attr("gene") for es in m.slot_entities.values() for e in es if e.attr("gene")}
    ends_f, genes_f = frozenset(ends), frozenset(genes)
    taken = {i for idx in m.match.slots.values() for i in idx}
    lo, hi = m.clause.lo, m.clause.hi
    found: list[str] = []
    starts = [i for i in range(lo, hi) if toks[i].lower in _PREPOSITIONS and i + 1 not in taken
              and not _not_the_statements(toks, i, m.match.end, lo)]
    if m.clause.origin is None and lo > 0 and toks[0].lower in _PREPOSITIONS:
        comma = next((k for k in range(1, lo) if toks[k].text == ","), None)
        if comma is not None:
            phrase = _phrase_at(m, 0, comma, ends_f, genes_f)
            if phrase:
                found.append(phrase)
    for i in starts:
        phrase = _phrase_at(m, i, hi, ends_f, genes_f)
        if phrase and phrase not in found:
            found.append(phrase)
    return "; ".join(found) or None
