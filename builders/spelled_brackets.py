"""Brackets that spell a regimen out: "sunitinib plus mFOLFOX6 (oxaliplatin plus leucovorin plus 5-fluorouracil)".

The drugs inside such a bracket restate the named regimen before it; read as therapies of their own they would
join the arm's drugs and, carried over as a shared backbone, reach the other arms too ("... was compared with
bevacizumab plus mFOLFOX6" read as bevacizumab + sunitinib + mFOLFOX6).
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

_OPENS = lazy_compile(r"\s*\(")


def _regimen_drugs(m, ctx) -> set[str]:
    """The drugs of the named regimens a therapy mention gives (itself, or those among its combination's parts)."""
    components = ctx.vocab.regimen_components
    parts = ctx.combination_parts.get(m.entity.id, ()) or (m.entity.id,)
    return {d for p in parts for d in components.get(p, ())}


def without_spelled_components(text: str, therapies: list, ctx) -> list:
    """``therapies`` (in text order) without the drugs of a bracket that opens right after a therapy and names only
    drugs of that therapy's named regimen (a bracket naming any other therapy is left whole)."""
    out: list = []
    i = 0
    while i < len(therapies):
        m = therapies[i]
        out.append(m)
        i += 1
        opened = _OPENS.match(text, m.end)
        if not opened:
            continue
        close = text.find(")", opened.end())
        inside = []
        while close > 0 and i + len(inside) < len(therapies) and therapies[i + len(inside)].end <= close:
            inside.append(therapies[i + len(inside)])
        drugs = _regimen_drugs(m, ctx)
        if len(inside) >= 2 and drugs and all(t.entity.category == "Drug" and t.entity.id in drugs for t in inside):
            i += len(inside)
    return out
