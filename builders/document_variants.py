"""A protein change a document names once with its gene ("the EGFR S492R mutation", "EGFR ectodomain mutation
(S492R)", a table row "EGFR S468R | necitumumab | ...") and elsewhere alone ("a subject harboring the S492R
mutation"): the bare change is that gene's alteration too, when the document pairs the change with one gene only."""

from __future__ import annotations

from builders.lazy_patterns import lazy_compile
from builders.patterns import BARE_VARIANT
from builders.recognize import Mention, Recognition, in_text_order

# the protein change an alteration is named by ("EGFR S492R" -> "S492R")
_CHANGE_NAME = lazy_compile(r"^[A-Z][A-Z0-9]{1,9} ([A-Z]\d{2,4}[A-Z])$")


def named_changes(recognitions: list[Recognition]) -> dict[str, object]:
    """Each protein change the document names with exactly one gene, and that gene's alteration."""
    seen: dict[str, dict[str, object]] = {}
    for rec in recognitions:
        for m in rec.mentions:
            e = m.entity
            change = _CHANGE_NAME.match(e.name) if e.category == "Alteration" and e.attr("gene") else None
            if change:
                seen.setdefault(change.group(1), {})[e.id] = e
    return {change: next(iter(alts.values())) for change, alts in seen.items() if len(alts) == 1}


def add_bare_changes(rec: Recognition, text: str, changes: dict[str, object]) -> None:
    """Add to one sentence's mentions each bare protein change the document has named with its gene (the change
    alone where its "mutation" word is already part of another mention: "the S492R mutation of the EGFR")."""
    if not changes:
        return
    added = []
    for v in BARE_VARIANT.finditer(text):
        alt = changes.get(v.group(1) + v.group(2) + v.group(3))
        if alt is None:
            continue
        for start, end in ((v.start(), v.end()), (v.start(), v.start(3) + 1)):
            if start > 0 and text[start - 2:start] == "p.":
                continue
            if not any(m.start < end and start < m.end for m in rec.mentions):
                added.append(Mention(start, end, text[start:end], alt, "pattern"))
                break
    if added:
        rec.mentions = in_text_order(rec.mentions + added)
