"""A cell population's failure or build-up named as a process, read as a resistance mechanism where the sentence
ties it to resistance, escape, non-response or a strategy against it.

"exhaustion of CD8+ T cells", "dendritic cell dysfunction", "impaired NK cell function" (an effector cell's
failure) and "MDSC expansion", "accumulation of PD-L1+ TAMs", "infiltration of immunosuppressive macrophages"
(a suppressive cell's build-up) each become one ResistanceMechanism named by the cell's vocabulary name and the
process ("myeloid-derived suppressor cell expansion"), so that every wording of one process in a document is one
node; it ``involves`` the cell. An effector cell's build-up ("T cell infiltration") and a suppressive cell's
failure ("Treg depletion", a strategy) name no mechanism, and neither does a process in a sentence that speaks of
no resistance ("T-cell exhaustion develops during chronic infection").
"""
from __future__ import annotations

import re

from builders.pattern_mentions import _mention
from builders.mechanism_names import mechanism_entity
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the sentence ties what it names to resistance, immune escape, non-response or a strategy that answers it
_TIED = lazy_compile(
    r"resistan|refractor|escape|evasion|evade|insensitiv|unresponsive|non-?respon|\bfail(?:s|ed|ure)?\b|"
    r"overc[oa]m|revers(?:e|es|ed|ing|al)\b|restor|re-?sensiti|sensiti[sz](?:e|es|ed|ing|ation)\b|strateg|"
    r"limit\w*\s+(?:the\s+)?(?:efficacy|effectiveness|response|benefit)|"
    # "impairing immunotherapy efficacy", "compromises the effectiveness of ICIs": the therapy's efficacy falls
    r"(?:impair|compromis|undermin|hamper|reduc|diminish|blunt|hinder|weaken|attenuat|abrogat)\w*\s+(?:the\s+)?"
    r"(?:[\w/+-]+\s+){0,3}?(?:efficacy|effectiveness)\b|"
    r"(?:poor|lack of|reduced|no|limited)\s+(?:clinical\s+)?(?:response|benefit|efficacy)", re.I)
# what goes wrong with an effector cell
_FAILURE = r"dysfunction|exhaustion|exclusion|senescence|anergy|apoptosis|inactivation|deletion|trapping|suppression"
# what a suppressive cell does more of
_BUILD_UP = (r"accumulation|expansion|recruitment|trafficking|enrichment|infiltration|influx|mobili[sz]ation|activation|"
             r"polari[sz]ation")
_AFTER = lazy_compile(rf"[-\s](?P<proc>{_FAILURE}|{_BUILD_UP})(?![A-Za-z])", re.I)
# "exhaustion of tumour-specific CD8+ T cells": what the cells recognise says nothing of their role
_BEFORE = lazy_compile(rf"(?<![A-Za-z])(?P<proc>{_FAILURE}|{_BUILD_UP})\s+of\s+(?:the\s+)?(?P<qual>(?:immuno)?suppressive\s+|"
                     r"tolerogenic\s+|pro-?tumou?r(?:al)?\s+|M2-like\s+)?"
                     r"(?:(?:tumou?r|antigen|neoantigen)-(?:specific|reactive)\s+)?$", re.I)
# "impaired DC function", "defective NK cell activity": an effector cell's dysfunction
_IMPAIRED_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:impaired|defective|reduced|diminished|compromised|dampened|"
                              r"attenuated)\s+$", re.I)
_FUNCTION_AFTER = lazy_compile(r"\s+(?:function|functions|functionality|activity|cytotoxicity)(?![A-Za-z])", re.I)
# "senescent CD8+ T cells", "dysfunctional NK cells": an effector cell in a failed state
_STATE_BEFORE = lazy_compile(r"(?<![A-Za-z])(?P<state>senescent|anergic|dysfunctional|exhausted)\s+$", re.I)
_STATE_PROCESS = {"senescent": "senescence", "anergic": "anergy", "dysfunctional": "dysfunction", "exhausted": "exhaustion"}
# "suppressive immune cell infiltration": a qualifier that makes a cell of no stated role a suppressive one
_QUALIFIER_BEFORE = lazy_compile(r"(?<![A-Za-z])(?:immuno)?suppressive\s+$", re.I)
_DRIVEN_BEFORE = lazy_compile(r"-(?:mediated|driven|induced|dependent|triggered)\s+$", re.I)
# "accumulation of TAMs, MDSCs and Tregs": the process is each listed cell's
_LIST_GAP = lazy_compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_FAILURE_WORD = lazy_compile(rf"^(?:{_FAILURE})$", re.I)
# a cell the tumour recruits to hold the immune response down
_SUPPRESSIVE = lazy_compile(r"regulatory|suppressor|tolerogenic|M2|tumou?r-associated|cancer-associated|FOXP3|"
                          r"fibroblast|stellate|neutrophil|myeloid", re.I)
_IMMUNE = lazy_compile(r"T cell|T-cell|lymphocyte|killer|NK|dendritic|macrophage|myeloid|neutrophil|monocyte|B cell|"
                     r"immune|regulatory", re.I)


def _role(vocab, cell, qualified: bool) -> str | None:
    """"effector", "suppressive" or None (a cell line, or a cell such as "macrophage" whose role its name does not
    say and no qualifier gives)."""
    if cell.attr("cell_line"):
        return None
    if qualified or _SUPPRESSIVE.search(cell.name):
        return "suppressive"
    return "effector" if cell.id in vocab.lexicon.get("effector_cells", ()) else None


def _written(vocab, cell, surface: str) -> str:
    """The cell as written, in the singular when the vocabulary knows the singular ("MDSCs" -> "MDSC")."""
    surface = re.sub(r"\s+", " ", surface)
    if surface.endswith("s") and vocab.resolve(surface[:-1]) == cell.id:
        return surface[:-1]
    return surface


def _process(text, m, effector: bool):
    """(start, end, process word, qualifier) of the process a cell mention is the subject of ("" when no qualifier
    such as "immunosuppressive" gives the cell its role), or None."""
    after = _AFTER.match(text, m.end)
    if after:
        qualifier = _QUALIFIER_BEFORE.search(text, max(0, m.start - 20), m.start)
        return (qualifier.start() if qualifier else m.start), after.end(), after.group("proc").lower(), \
            (qualifier.group(0).strip().lower() if qualifier else "")
    before = _BEFORE.search(text, max(0, m.start - 60), m.start)
    if before:
        # "accumulation of TAMs": the mention is the cells' own span, so that a rule reading the cells reads their
        # process too; "IL-10-mediated suppression of CD8+ T cells" keeps the whole, which its driver joins
        driven = _DRIVEN_BEFORE.search(text, max(0, before.start() - 12), before.start())
        return (before.start() if driven else m.start), m.end, before.group("proc").lower(), \
            (before.group("qual") or "").strip().lower()
    state = _STATE_BEFORE.search(text, max(0, m.start - 20), m.start) if effector else None
    if state:
        return state.start(), m.end, _STATE_PROCESS[state.group("state").lower()], ""
    if effector:
        impaired = _IMPAIRED_BEFORE.search(text, max(0, m.start - 20), m.start)
        function = _FUNCTION_AFTER.match(text, m.end) if impaired else None
        if function:
            return impaired.start(), function.end(), "dysfunction", ""
    return None


def _known_process(vocab, names):
    """The vocabulary's process one of ``names`` already names ("T cell dysfunction" is T-cell exhaustion), or None."""
    for name in names:
        known = vocab.entities.get(vocab.resolve(name) or "")
        if known is not None and known.category == "ResistanceMechanism":
            return known
    return None


def _infiltrate(m) -> bool:
    """A mention read as the infiltration of immune cells (a biomarker)."""
    return m.entity.category == "Biomarker" and m.entity.attr("biomarker_kind") == "immune_infiltrate"


def cell_processes(vocab, text: str, mentions: list, rec) -> list:
    """Each cell population's failure or build-up the sentence ties to resistance becomes a mechanism involving
    the cell, its mention covering the process words and the cell (the cell's own mention stays, as the driver's
    does in "TGF-β-driven T-cell exclusion"). A qualified cell's infiltration read as an infiltrate ("suppressive
    immune cell infiltration") is that cell's build-up instead."""
    if not any(m.entity.category == "CellType" for m in mentions) or not _TIED.search(text):
        return mentions
    out, dropped, carried = [], set(), None
    for m in mentions:
        if m.entity.category != "CellType":
            out.append(m)
            continue
        found = _process(text, m, m.entity.id in vocab.lexicon.get("effector_cells", ()))
        if found is None and carried and _LIST_GAP.fullmatch(text, carried[0], m.start):
            found = (m.start, m.end, carried[1], carried[2])
        carried = (m.end, found[2], found[3]) if found and found[1] == m.end else None
        qualified = bool(found and found[3])
        role = _role(vocab, m.entity, qualified)
        others = [o for o in mentions if o is not m and o.start < found[1] and found[0] < o.end] if found else []
        if found is None or role is None or (role == "effector") != bool(_FAILURE_WORD.match(found[2])) or \
                any(not (qualified and _infiltrate(o) and found[0] <= o.start and o.end <= found[1]) for o in others):
            out.append(m)
            continue
        start, end, word, qualifier = found
        dropped.update(id(o) for o in others)
        written = _written(vocab, m.entity, m.text)
        lead = f"{qualifier} " if qualifier else ""
        name = f"{lead}{m.entity.name} {word}"
        surface = () if (start, end) == (m.start, m.end) else (re.sub(r"\s+", " ", text[start:end]),)  # not the cells'
        synonyms = tuple(dict.fromkeys((f"{lead}{written} {word}", f"{word} of {lead}{m.text}") + surface))
        mech = _known_process(vocab, (name,) + synonyms)
        if mech is None:
            cls = "immune_evasion" if _IMMUNE.search(m.entity.name) else "tumour_microenvironment"
            mech = mechanism_entity(name, [m.entity], cls, synonyms)
            rec.imply(mech, "involves", m.entity)
        out += [m, _mention(start, end, text, mech, "process")]  # the cells stay, as a driver does in "X-driven Y"
    if len(out) == len(mentions) and not dropped and all(a is b for a, b in zip(out, mentions)):
        return mentions
    return sorted((m for m in out if id(m) not in dropped), key=lambda x: (x.start, x.end))


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_TIED = prefiltered(_TIED)
