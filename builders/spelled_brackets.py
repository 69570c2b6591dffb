"""Brackets that spell a regimen out: "sunitinib plus mFOLFOX6 (oxaliplatin plus leucovorin plus 5-fluorouracil)";
and a colon that does: "FOLFIRI: irinotecan (180 mg/m2 ...); leucovorin (...); 5-FU (...)".

The drugs inside such a bracket restate the named regimen before it; read as therapies of their own they would
join the arm's drugs and, carried over as a shared backbone, reach the other arms too ("... was compared with
bevacizumab plus mFOLFOX6" read as bevacizumab + sunitinib + mFOLFOX6).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

_OPENS = lazy_compile(r"\s*\(")


def _regimen_drugs(m, ctx) -> set[str]:
    """The drugs of the named regimens a therapy mention gives (itself, or those among its combination's parts)."""
    components = ctx.vocab.regimen_components
    parts = ctx.combination_parts.get(m.entity.id, ()) or (m.entity.id,)
    return {d for p in parts for d in components.get(p, ())}


def _without_spellings(therapies: list, spelling) -> list:
    """``therapies`` (in text order) without those that spell out the therapy before them: ``spelling(m, i)`` gives how
    many of the therapies from index ``i`` on spell ``m`` out (0 when none do)."""
    out: list = []
    i = 0
    while i < len(therapies):
        m = therapies[i]
        out.append(m)
        i += 1
        i += spelling(m, i)
    return out


def without_spelled_components(text: str, therapies: list, ctx) -> list:
    """``therapies`` (in text order) without the drugs of a bracket that opens right after a therapy and names only
    drugs of that therapy's named regimen (a bracket naming any other therapy is left whole)."""
    def spelling(m, i: int) -> int:
        opened = _OPENS.match(text, m.end)
        if not opened:
            return 0
        close = text.find(")", opened.end())
        inside = []
        while close > 0 and i + len(inside) < len(therapies) and therapies[i + len(inside)].end <= close:
            inside.append(therapies[i + len(inside)])
        drugs = _regimen_drugs(m, ctx)
        if len(inside) >= 2 and drugs and all(t.entity.category == "Drug" and t.entity.id in drugs for t in inside):
            return len(inside)
        return 0
    return _without_spellings(therapies, spelling)


# a colon right after a named regimen ("FOLFIRI: irinotecan (180 mg/m2 ...); leucovorin (...); 5-FU (...)")
_COLON = lazy_compile(r"\s*:\s*")
# what may stand between two drugs that spell one regimen out: their dosing brackets, a semicolon, a comma, "and",
# "plus", "+", a route word ("capecitabine p.o. (...)"); never "or", "versus" or a word that would part two arms
_SPELLING_GAP = lazy_compile(r"(?:\s*\((?:[^()]|\([^()]*\))*\))*\s*(?:p\.?o\.?|i\.?v\.?|orally|intravenously)?"
                             r"(?:\s*\((?:[^()]|\([^()]*\))*\))*\s*(?:[;,+]|\band\b|\bplus\b)?\s*(?:and\s+)?", re.I)


def without_colon_spelled(text: str, therapies: list, ctx) -> tuple[list, list]:
    """``therapies`` (in text order) without the drugs a colon after a named regimen lists as its parts, and the
    spans from each such regimen's end to the end of its spelling.

    "randomly assigned to receive FOLFIRI: irinotecan (180 mg/m2 ...); leucovorin (...); 5-FU (...) or CAPIRI:
    irinotecan (...); capecitabine (...)": each named regimen is the arm and the drugs after its colon, each with its
    dose, spell it out; read as therapies of their own they would become arms ("fluorouracil or CAPIRI"). Taken only
    when at least two drugs follow the colon, all of them parts of that regimen, each joined to the next by its dosing
    and a semicolon, a comma, "and" or "plus" (a colon before a count, "FOLFIRI: 42 patients", or before a drug the
    regimen does not hold, "FOLFOX: oxaliplatin plus bevacizumab", leaves the sentence whole)."""
    spans: list = []

    def spelling(m, i: int) -> int:
        colon = _COLON.match(text, m.end)
        if not colon or ":" not in text[m.end:colon.end()]:
            return 0
        drugs = _regimen_drugs(m, ctx)
        if not drugs:
            return 0
        spelled = []
        at = colon.end()
        while i + len(spelled) < len(therapies):
            t = therapies[i + len(spelled)]
            if t.entity.category != "Drug" or t.entity.id not in drugs or not (
                    t.start == at or _SPELLING_GAP.fullmatch(text, at, t.start)):
                break
            spelled.append(t)
            at = t.end
        if len(spelled) < 2:
            return 0
        tail = _DOSING_AFTER.match(text, at)
        spans.append((m.end, tail.end() if tail else at))
        return len(spelled)
    return _without_spellings(therapies, spelling), spans


# the dosing brackets and route words after the last drug that spells a regimen out
_DOSING_AFTER = lazy_compile(r"(?:\s*(?:p\.?o\.?|i\.?v\.?|orally|intravenously)?\s*\((?:[^()]|\([^()]*\))*\))+", re.I)


def blanked(text: str, spans: list) -> str:
    """``text`` with the spelling stretches of ``without_colon_spelled`` written as spaces (offsets kept), so the words
    between the named regimens read as "FOLFIRI or CAPIRI"."""
    for lo, hi in spans:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    return text
