"""A member named by its family's short form in brackets with the member's letter or number after the bracket:
"vascular endothelial growth factor (VEGF)-D", "interleukin (IL)-6", "transforming growth factor (TGF)-β".

The long form before the bracket names the family ("vascular endothelial growth factor" is VEGF), but with the suffix
after the bracket the whole names one member (VEGF-D, IL-6, TGF-β). The document text is never changed (evidence
offsets must stay verifiable): :func:`repair` returns a copy of the same length in which the bracketed short form
and its suffix are written joined ("VEGF-D  " for "(VEGF)-D"), and the recogniser keeps a hit in the copy only when
it is exactly the joined name; :func:`bracket_after` gives the recogniser the bracket right after a long form, which names
no family of its own when the joined name in that bracket is one the vocabulary knows.

>>> repair("levels of vascular endothelial growth factor (VEGF)-D rose")
('levels of vascular endothelial growth factor VEGF-D   rose', {(45, 51)})
>>> sorted(repair("via hypoxia-inducible factor 1 (HIF-1) alpha and insulin growth factor (IGF) 2.")[1])
[(31, 42), (71, 76)]
>>> repair("hazard ratio (HR) 0.82, interval (CI) 4.5%, score (IHC) 3+, (TNF) B cells")[1]
set()
"""
from __future__ import annotations

from builders.lazy_patterns import lazy_compile

# a bracketed short form (letters, a digit after the first, perhaps a hyphen and number: "HIF-1") and, after a hyphen,
# a member's number, letter or Greek letter: "(IL)-6", "(VEGF)-D", "(TGF)-β", "(IL)-1β"; or, after a blank, its
# number or Greek letter, also spelled: "insulin growth factor (IGF) 2", "hypoxia-inducible factor 1 (HIF-1) alpha"
# (never a capital letter after a blank, "(TNF) B cells", nor a measure, "(HR) 0.82", "(CI) 4.5%")
_BRACKETED = lazy_compile(r"\(([A-Za-z][A-Za-z0-9]{0,7}(?:-[0-9]{1,2})?)\)"
                          r"(?:-([0-9]{1,2}[A-Za-zα-ω]?|[A-Za-z]|[α-ω])|[ ]([0-9]{1,2}[α-ω]?|[α-ω]|alpha|beta|gamma|delta))"
                          r"(?![A-Za-z0-9α-ω]|[.,][0-9]|\s?%|\+)")
# the blank before a bracket right after a name
_BRACKET_AFTER = lazy_compile(r"\s*\(", 0)
MAY_HOLD = lazy_compile(r"\)(?:-| (?:[0-9]|alpha|beta|gamma|delta|[α-ω]))", 0)


def repair(text: str) -> tuple[str, set[tuple[int, int]]]:
    """``text`` with each bracketed short form joined to the suffix after it (same length, spaces after it), and the
    (start, end) spans of the joined names in that copy, from one scan."""
    parts: list[str] = []
    spans: set[tuple[int, int]] = set()
    last = 0
    for m in _BRACKETED.finditer(text):
        joined = f"{m.group(1)}-{m.group(2) or m.group(3)}"
        parts += [text[last:m.start()], joined + " " * (m.end() - m.start() - len(joined))]
        spans.add((m.start(), m.start() + len(joined)))
        last = m.end()
    if not parts:
        return text, spans
    parts.append(text[last:])
    return "".join(parts), spans


def bracket_after(text: str, end: int) -> int:
    """Where a bracket opens right after position ``end`` (blanks between allowed), or -1.

    >>> bracket_after("interleukin (IL)-6", 11)
    12
    """
    m = _BRACKET_AFTER.match(text, end)
    return m.end() - 1 if m else -1
