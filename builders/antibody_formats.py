"""Antibody formats of a targeted class: "a bispecific anti-HER2 antibody", "an anti-HER2 ADC",
"HER2-directed antibody-drug conjugates".

An antibody class is named by its target ("anti-HER2 antibody"); a word for its format before or
after it (bispecific or biparatopic; a drug conjugate) makes a class of its own, still acting on that
target, rather than the plain class beside a separate "ADC". The class is named by the target's
node name ("anti-ERBB2 antibody-drug conjugate") and carries the forms by the target's written name.
The plain format word after a class spelled out by its target ("anti-epidermal growth factor receptor
(EGFR) monoclonal antibodies") is that class's head word, not the broad class of all monoclonal antibodies.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.ids import mint
from kg.model import Entity

_FORMAT_BEFORE = lazy_compile(r"\b(?P<fmt>bispecific|biparatopic)\s+$", re.I)
# after an antibody class: "-drug conjugate" finishing "anti-X antibody", or "ADC"/"antibody-drug conjugate" after "anti-X"
_CONJUGATE_AFTER = lazy_compile(r"(?:[-\s]drug\s+conjugates?|\s+(?:ADCs?|antibody[-\s]drug\s+conjugates?))(?![A-Za-z])", re.I)
_TARGETED_CONJUGATE = lazy_compile(r"[-\s](?:targeted|directed|targeting)\s+(?:ADCs?|antibody[-\s]drug\s+conjugates?)(?![A-Za-z])", re.I)
_WRITTEN = lazy_compile(r"^(?:[Aa]nti[-–\s]?(?P<t>[^\s]+?)(?:[-\s](?:monoclonal\s+)?antibod(?:y|ies)|[-\s]mAbs?)?|"
                        r"(?P<by>[^\s]+?)[-\s](?:targeted|directed|targeting)\s+antibod(?:y|ies))$")


def _targets(vocab, mention) -> list[Entity]:
    """The genes an antibody class mention acts on (a vocabulary class by its declared targets)."""
    ids = vocab.drug_targets.get(mention.entity.id) or ()
    return [e for e in (vocab.entities.get(i) for i in ids) if e is not None]


def _entity(fmt: str, targets: list[Entity], written: str) -> Entity:
    """The class of one format ("bispecific" or "conjugate") acting on ``targets``."""
    names = "/".join(t.name for t in targets)
    shown = {names, written} - {""}
    if fmt == "conjugate":
        name = f"anti-{names} antibody-drug conjugate"
        forms = {f"anti-{n} {h}" for n in shown for h in ("ADC", "ADCs", "antibody-drug conjugate", "antibody-drug conjugates")} | \
            {f"{n}-{v} {h}" for n in shown for v in ("targeted", "directed") for h in ("ADC", "antibody-drug conjugate")}
    else:
        name = f"bispecific anti-{names} antibody"
        forms = {f"{w} anti-{n} {h}" for n in shown for w in ("bispecific", "biparatopic")
                 for h in ("antibody", "antibodies")} | {f"anti-{n} bispecific antibody" for n in shown}
    return Entity(mint("class", name), "DrugClass", name, tuple(sorted(forms - {name})))


def conjugate_class(targets: list[Entity], written: str) -> Entity:
    """The antibody-drug conjugate class acting on ``targets`` ("anti-ERBB2 antibody-drug conjugate")."""
    return _entity("conjugate", targets, written)


def antibody_formats(r, text: str, mentions: list, rec, make_mention, bispecific_of=None) -> list:
    """``mentions`` with each antibody class written with its format read as the format's class (the
    separate format mention it absorbs dropped); the class targets what the plain class targets. A bispecific
    antibody followed by its two targets in brackets ("Bispecific antibody (PD-L1/CD3)") is the class that binds
    both, made by ``bispecific_of(targets, written)``."""
    out: list = []
    drop: set[tuple[int, int]] = set()
    general = r.vocab.by_name.get("bispecific antibody")
    for m in mentions:
        if (m.start, m.end) in drop:
            continue
        e = m.entity
        made = None
        written = _WRITTEN.match(m.text) if e.category == "DrugClass" else None
        if e.id == general and bispecific_of is not None:
            bracket = _bracketed_targets(text, m.end, mentions)
            if bracket is not None:
                end, targets, shown = bracket
                made = (m.start, end, bispecific_of(targets, shown))
        elif written is not None:
            targets = _targets(r.vocab, m)
            written = written.group("t") or written.group("by")
            before = _FORMAT_BEFORE.search(text, max(0, m.start - 14), m.start)
            after = _CONJUGATE_AFTER.match(text, m.end)
            if targets and after and not (m.text.lower().endswith(("antibody", "antibodies")) and
                                          not after.group().startswith(("-", " drug"))):
                made = (m.start, after.end(), _entity("conjugate", targets, written))
            elif targets and before and re.search(r"antibod|mAb", m.text):
                made = (before.start(), m.end, _entity("bispecific", targets, written))
        elif e.category == "Gene" and not e.attr("family"):
            after = _TARGETED_CONJUGATE.match(text, m.end)
            if after:
                made = (m.start, after.end(), _entity("conjugate", [e], m.text))
                targets = [e]
        if made is None:
            out.append(m)
            continue
        start, end, entity = made
        for t in targets:
            rec.imply(entity, "targets", t)
        imply_format_class(r.vocab, rec, entity)
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        drop |= {(x.start, x.end) for x in mentions if start <= x.start and x.end <= end and x is not m}
        out.append(make_mention(start, end, text, entity))
    return out


# the targets of a bispecific antibody in brackets after it: "(PD-L1/CD3)", "(CEA x CD3)", "(EGFR and MET)"
_TARGET_BRACKET = lazy_compile(r"\s*\(\s*(?P<inner>[^()]{3,40}?)\s*\)")
_TARGET_JOIN = lazy_compile(r"\s*(?:/|×|\bx\b|-|,|\band\b)\s*")


def _bracketed_targets(text: str, at: int, mentions: list) -> tuple[int, list, str] | None:
    """(end, targets, as written) of two or more genes or molecules that alone fill the brackets right at ``at``,
    joined by a slash, a times sign, "x", a comma or "and"; None otherwise."""
    b = _TARGET_BRACKET.match(text, at)
    if b is None:
        return None
    lo, hi = b.span("inner")
    inner = sorted((x for x in mentions if lo <= x.start and x.end <= hi and x.entity.category in ("Gene", "Molecule")),
                   key=lambda x: x.start)
    if len({x.entity.id for x in inner}) < 2 or inner[0].start != lo or inner[-1].end != hi or \
            not all(_TARGET_JOIN.fullmatch(text[a.end:c.start]) for a, c in zip(inner, inner[1:])):
        return None
    return b.end(), [x.entity for x in inner], "/".join(x.text for x in inner)


# the general class of each format (by its vocabulary name) and the word that names the format in a class's name
_FORMAT_CLASSES = (("bispecific", "bispecific antibody"), ("antibody-drug conjugate", "antibody-drug conjugate"))


def imply_format_class(vocab, rec, entity: Entity) -> None:
    """A class of one antibody format named by its targets ("PD-L1/CD3 bispecific antibody", "anti-ERBB2
    antibody-drug conjugate") is a member of the format's general class (the vocabulary's "bispecific antibody",
    "antibody-drug conjugate")."""
    for word, general in _FORMAT_CLASSES:
        if word in entity.name and entity.name != general:
            gid = vocab.by_name.get(general)
            if gid is not None and gid != entity.id and gid in vocab.entities:
                rec.imply(entity, "member_of", vocab.entities[gid])
            return


# the plain format word after a class named "anti-<target>", with the target's short form in brackets between:
# "anti-epidermal growth factor receptor (EGFR) monoclonal antibodies"
_FORMAT_HEAD_AFTER = lazy_compile(r"(?:\s*\([A-Za-z0-9\-]{2,12}\))?\s+monoclonal\s+antibod(?:y|ies)(?![A-Za-z\-])", re.I)


# the plain format word on its own: the broad class of all monoclonal antibodies
_PLAIN_HEAD = lazy_compile(r"monoclonal\s+antibod(?:y|ies)$", re.I)


def format_heads(r, text: str, mentions: list, make_mention) -> list:
    """``mentions`` with the plain "monoclonal antibody" that finishes an antibody class named by its target
    ("anti-epidermal growth factor receptor (EGFR) monoclonal antibodies") taken into that class: it is the
    class's head word, not a broader class of its own beside it (what lies in the span is dropped). So is the head
    word inside a class named by its target without "anti" ("EGFR monoclonal antibody +/- irinotecan": the anti-EGFR
    antibody is the partner, never "monoclonal antibody").

    >>> _PLAIN_HEAD.fullmatch("monoclonal antibodies") is not None, _PLAIN_HEAD.fullmatch("EGFR monoclonal antibody") is None
    (True, True)
    """
    spans = {}
    for m in mentions:
        e = m.entity
        if e.category == "DrugClass" and m.text[:4].lower() == "anti" and r.vocab.drug_targets.get(e.id):
            after = _FORMAT_HEAD_AFTER.match(text, m.end)
            if after is not None:
                spans[id(m)] = (m.start, after.end())
    heads = [m for m in mentions if m.entity.category == "DrugClass" and r.vocab.drug_targets.get(m.entity.id)
             and _PLAIN_HEAD.search(m.text) and not _PLAIN_HEAD.fullmatch(m.text)]
    if heads:
        mentions = [m for m in mentions if not (_PLAIN_HEAD.fullmatch(m.text) and any(
            h.start < m.start and m.end <= h.end for h in heads))]
    if not spans:
        return mentions
    out = []
    for m in mentions:
        span = spans.get(id(m))
        if span is not None:
            out.append(make_mention(span[0], span[1], text, m.entity))
        elif not any(start <= m.start < end for start, end in spans.values()):
            out.append(m)
    return out
