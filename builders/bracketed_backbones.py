"""(s43 ent) A backbone named by its kind, with its alternatives in brackets, given with another therapy.

"A in combination with chemotherapy (either FOLFIRI or FOLFOX)", "chemotherapy (FOLFIRI or FOLFOX4) plus A", "an
oxaliplatin-based regimen (FOLFOX or CapeOX) with or without A": the brackets say which backbones the patients had,
one or the other; each is given with A, so each alternative makes a regimen with A (A + FOLFIRI, A + FOLFOX), read at
the alternative's own mention. Never one regimen of the alternatives ("A or B plus X" is two regimens).

Only a bracket that holds nothing but two to four therapies of their own (drugs or regimens, no class), joined as
alternatives (an "or" or a slash; an optional "either" first), right after a word for the backbone's kind
(chemotherapy, an "X-based"/"X-containing" regimen, a doublet); and only a partner joined to that kind word by a word
of giving together ("plus", "+", "with", "in combination with", "combined with", "with or without"). An alternative
already read inside a regimen is left as read.

(s45 regs) A bracket that restates the kind word by one named backbone, "triplet (FOLFOXIRI) plus A", "doublet
chemotherapy (FOLFOX) with A": the named backbone is the one given with A (FOLFOXIRI + A, in place of a regimen of A
with the kind's class), read from the backbone's mention (or the kind word's, when read as a therapy) to A's. Only a bracket holding that one regimen and nothing
else, right after a kind word, with A joined right after the closing bracket.
"""
from __future__ import annotations

import re

from builders.design_words import OPTIONAL_PARTNER
from builders.lazy_patterns import lazy_compile
from builders.shared_partner import PARTNER_JOINED_AFTER

# a word for the kind of backbone the bracket spells out
_KIND_NAME = lazy_compile(r"chemotherap|\w-(?:based|containing)\b|\bdoublets?\b|\bbackbones?\b", re.I)
# from the kind word to the first alternative: the opening bracket and an optional "either"
_OPEN = lazy_compile(r"\s*\(\s*(?:either\s+)?")
# between two alternatives
_ALTERNATIVE_GAP = lazy_compile(r"\s*(?:,\s*(?:or\s+)?|,?\s+or\s+|/|\s+and/or\s+)\s*", re.I)
_OR_OR_SLASH = lazy_compile(r"\bor\b|/", re.I)
_CLOSE = lazy_compile(r"\s*\)")
# the partner before the kind word: "A plus chemotherapy (", "A in combination with first-line chemotherapy ("
_JOIN_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:plus|\+|with|in\s+combination\s+with|combined\s+with|"
                            r"together\s+with|added\s+to)\s+(?:either\s+)?(?:(?:the|an?|standard|conventional|"
                            r"cytotoxic|systemic|(?:first|second|third|front)[-\s]?line)\s+){0,3}", re.I)
# the partner after the bracket: ") plus A", ") with or without A"
_JOIN_AFTER = lazy_compile(rf"\s*,?\s*(?:plus|\+|{OPTIONAL_PARTNER}|with|in\s+combination\s+with|"
                           r"combined\s+with)\s+(?:the\s+|an?\s+)?", re.I)
_MAX_ALTERNATIVES = 4
_BUILT_ON = lazy_compile(r"\w-(?:based|containing)\b", re.I)
# (s45 regs) a kind word right before the bracket that restates it by one backbone: "triplet (", "chemotherapy ("
_KIND_OPEN = lazy_compile(r"\b(?:triplets?|doublets?|chemotherap(?:y|ies)|backbones?|regimens?)\s*\(\s*\Z", re.I)


def bracketed_backbones(r, text: str, rec, therapies: list, make) -> None:
    """Record a regimen of the partner with each bracketed alternative among ``therapies`` (the sentence's therapy
    mentions, brackets included); ``make(start, end, text, entity)`` makes a mention."""
    # a regimen built on a drug ("an oxaliplatin-based regimen") names the kind as one mention
    built_on = [g for g, _ in rec.regimens if _BUILT_ON.search(g.entity.name)]
    therapies = _outermost(list(therapies) + built_on)
    for k, kind in enumerate(therapies):
        if not _KIND_NAME.search(kind.entity.name) or kind.entity.category not in ("DrugClass", "Regimen"):
            continue
        alternatives = _alternatives(text, therapies, k)
        if not alternatives:
            continue
        partner = _partner(text, therapies, k, alternatives[-1])
        if partner is None or partner.entity.id in {a.entity.id for a in alternatives} or \
                _KIND_NAME.search(partner.entity.name):
            continue
        for alt in alternatives:
            if any(g.start <= alt.start and alt.end <= g.end for g, _ in rec.regimens):
                continue  # already read inside a regimen
            entity, comps = r.combination([partner, alt])
            rec.regimens.append((make(alt.start, alt.end, text, entity), comps))
    _restated_backbones(r, text, rec, therapies, make)


def _restated_backbones(r, text: str, rec, therapies: list, make) -> None:
    """"triplet (FOLFOXIRI) plus A": the one backbone in the bracket after a kind word, given with A after the
    bracket, is a regimen with A; a regimen already read over the kind word and A is replaced."""
    for k, backbone in enumerate(therapies[:-1]):
        if backbone.entity.category != "Regimen" or _KIND_NAME.search(backbone.entity.name):
            continue
        kind = _KIND_OPEN.search(text, max(0, backbone.start - 30), backbone.start)
        if kind is None:
            continue
        close = _CLOSE.match(text, backbone.end)
        partner = therapies[k + 1]
        if close is None or partner.start < close.end() or \
                not _JOIN_AFTER.fullmatch(text, close.end(), partner.start) or \
                partner.entity.category == "Regimen" or _KIND_NAME.search(partner.entity.name):
            continue
        if _OPTIONAL_JOIN.match(text, close.end()):
            continue  # "(FOLFOX) with or without A": an optional part opens no regimen
        if k + 2 < len(therapies) and PARTNER_JOINED_AFTER.fullmatch(text, partner.end, therapies[k + 2].start):
            continue  # "(FOLFOXIRI) plus A and B", "(FOLFOXIRI) plus A or B": more than A, or a choice
        entity, comps = r.combination([backbone, partner])
        held = [g for g, _ in rec.regimens if g.start < partner.end and kind.start() < g.end]
        if any(g.entity.id == entity.id for g in held):
            continue
        if any(g.start < backbone.start - 40 or g.end > partner.end for g in held):
            continue  # a longer regimen already holds them
        rec.regimens[:] = [(g, cs) for g, cs in rec.regimens if g not in held]
        start = min([backbone.start] + [g.start for g in held])  # from the kind word when a regimen read it
        rec.regimens.append((make(start, partner.end, text, entity), comps))


_OPTIONAL_JOIN = lazy_compile(rf"\s*,?\s*{OPTIONAL_PARTNER}", re.I)


def _alternatives(text: str, therapies: list, k: int) -> list:
    """The therapies in the bracket right after ``therapies[k]``, when it holds only alternatives; else []."""
    if k + 2 >= len(therapies) or not _OPEN.fullmatch(text, therapies[k].end, therapies[k + 1].start):
        return []
    listed, alternative = [therapies[k + 1]], False
    for nxt in therapies[k + 2:k + 1 + _MAX_ALTERNATIVES]:
        gap = _ALTERNATIVE_GAP.fullmatch(text, listed[-1].end, nxt.start)
        if gap is None:
            break
        alternative = alternative or bool(_OR_OR_SLASH.search(gap.group(0)))
        listed.append(nxt)
    if len(listed) < 2 or not alternative or not _CLOSE.match(text, listed[-1].end):
        return []
    if any(m.entity.category not in ("Drug", "Regimen") for m in listed) or \
            len({m.entity.id for m in listed}) < len(listed):
        return []
    return listed


def _partner(text: str, therapies: list, k: int, last):
    """The therapy given with the bracketed backbone: joined before the kind word, or after the closing bracket."""
    if k and _JOIN_BEFORE.fullmatch(text, therapies[k - 1].end, therapies[k].start):
        return therapies[k - 1]
    close = _CLOSE.match(text, last.end)
    after = next((t for t in therapies if t.start >= close.end()), None)
    if after is not None and _JOIN_AFTER.fullmatch(text, close.end(), after.start):
        return after
    return None


def _outermost(therapies: list) -> list:
    """The mentions no other one holds, in text order."""
    ordered = sorted(therapies, key=lambda m: (m.start, -m.end))
    out: list = []
    for m in ordered:
        if out and out[-1].start <= m.start and m.end <= out[-1].end:
            continue
        out.append(m)
    return out
