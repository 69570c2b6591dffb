"""A trial's standard-of-care arm that its document spells out.

A trial report often names its control arm "standard of care" and says once what that is: "nivolumab plus
standard-of-care therapy (SOC; 5-fluorouracil/leucovorin/oxaliplatin/bevacizumab) versus SOC", "versus standard of
care (mFOLFOX6 plus cetuximab or bevacizumab)", "or investigator's choice of regorafenib or trifluridine/tipiracil
(SOC)". In a report of one trial every mention of the standard of care is that regimen (a choice when the text
gives alternatives); a longer document, such as a review of several trials, reads it so only where it is spelled out.
A document that defines it two different ways keeps the plain "standard of care".
"""
from __future__ import annotations

import re
from typing import Callable

from builders.lazy_patterns import lazy_compile
from builders.regimen_names import STANDARD_OF_CARE
from builders.recognize import Mention, Recognition
from kg.model import Entity
from kg.groups import THERAPY


# what may stand between the standard-of-care words and the bracket that spells it out, and the bracket's own lead
# ("standard-of-care therapy (SOC; ...", "standard of care (...")
_BRACKET_OPEN = lazy_compile(r"\s*(?:therapy|treatment|regimen|chemotherapy)?\s*\(\s*(?:SOC\s*[;:,]\s*)?", re.I)
# what joins the therapies of one spelled-out standard ("5-FU/leucovorin/oxaliplatin/bevacizumab", "A plus B or C")
_JOIN = lazy_compile(r"\s*\**\s*(?:/|,|\+|plus|and|or|with|,\s*and|,\s*or)?\s*\**\s*", re.I)
# "investigator's choice of A or B (SOC)": the standard named after the therapies it is
_CHOICE_OF = lazy_compile(r"(?:investigator|physician)(?:['’]s|s['’]|s)?\s+choice\s+of\s+(?:either\s+)?$", re.I)


# "standard-of-care therapy (n = 239) consisting of investigator's choice of A or B": the standard spelled out after
# the words (and a bracket that gives no therapy, such as its count) by a verb of what it is made of
# "the standard-of-care (SOC) regimen of A and B": the same, the noun of the standard itself followed by "of"
_CONSISTING_OF = lazy_compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:therapy|treatment|regimen|chemotherapy|arm|group)\s*"
                              r"(?:\([^()]{0,30}\)\s*)?,?\s*(?:(?:which|that)\s+)?"
                              r"(?:(?:consist(?:ing|ed|s)|compris(?:ing|ed|es)|made up)\s+)?|,?\s*(?:(?:which|that)\s+)?"
                              r"(?:consist(?:ing|ed|s)|compris(?:ing|ed|es)|made up)\s+)of\s+"
                              r"(?:(?:the\s+)?(?:investigator|physician)(?:['’]s|s['’]|s)?\s+choice\s+(?:of|between)\s+)?"
                              r"(?:either\s+)?", re.I)
# what may close the spelled-out run: the sentence's or clause's end
# (a bracket of the last therapy's other name may come first; a verb whose subject the whole standard is, too:
# "the SOC regimen of A and B (Avastin) did not improve ...")
_RUN_END = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:$|[.;:)]|,\s*(?:and|or|but|while|whereas|respectively)\b|,?\s*"
                        r"(?:and|or)\s+(?:patients|the|was|were)\b|,?\s*(?:or\s+to|versus|vs\.?|compared\s+(?:with|to))\s|(?:did|does|do|was|were|is|are|has|had|have|failed|improved|"
                        r"prolonged|extended|increased|reduced|showed|yielded|led|resulted|achieved|significantly)\s)",
                        re.I)


class Standard:
    """The regimen a document's standard of care is, and where the document defines it (sentence index and the
    span whose therapy mentions are the definition, not further therapies)."""

    def __init__(self, entity: Entity, parts: tuple[Entity, ...], sentence: int, span: tuple[int, int],
                 trailing: bool = False):
        self.entity, self.parts, self.sentence, self.span = entity, parts, sentence, span
        # spelled out in running words after the standard-of-care words ("the SOC regimen of A and B"): the
        # mention of the standard there reaches over its definition, one arm in the sentence's list of arms
        self.trailing = trailing


def _therapies(rec: Recognition) -> list[Mention]:
    return [m for m in rec.merged() if m.entity.category in THERAPY]


def _spelled_after(text: str, soc: Mention, therapies: list[Mention]) -> tuple[list[Mention], tuple[int, int]] | None:
    """"standard-of-care therapy (SOC; A/B/C)": the therapies of the bracket after the standard-of-care words."""
    opened = _BRACKET_OPEN.match(text, soc.end)
    if opened is None or "(" not in text[soc.end:opened.end()]:
        return None
    close = text.find(")", opened.end())
    if close < 0 or "(" in text[opened.end():close]:
        return None
    inside = [t for t in therapies if opened.end() <= t.start and t.end <= close and t.entity.id != STANDARD_OF_CARE]
    if not inside or text[opened.end():inside[0].start].strip(" *") or text[inside[-1].end:close].strip(" *"):
        return None
    if not all(_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(inside, inside[1:])):
        return None
    return inside, (soc.end, close + 1)


def _spelled_trailing(text: str, soc: Mention, therapies: list[Mention]) -> tuple[list[Mention], tuple[int, int]] | None:
    """"standard-of-care therapy (n = 239) consisting of investigator's choice of A or B": the therapies after a verb
    of what the standard is made of, running to the end of the clause."""
    lead = _CONSISTING_OF.match(text, soc.end)
    if lead is None or any(lead.start() <= t.start < lead.end() and t.entity.id != STANDARD_OF_CARE for t in therapies):
        return None
    run = [t for t in therapies if t.start >= lead.end()]
    if not run or text[lead.end():run[0].start].strip() or run[0].entity.id == STANDARD_OF_CARE:
        return None
    seg = [run[0]]
    for t in run[1:]:
        if not _JOIN.fullmatch(text, seg[-1].end, t.start) or t.entity.id == STANDARD_OF_CARE:
            break
        seg.append(t)
    if not _RUN_END.match(text, seg[-1].end):
        return None  # ("consisting of A or B in the first 4 weeks followed by C"): more than the run is said
    return seg, (soc.end, seg[-1].end)


def _spelled_before(text: str, soc: Mention, therapies: list[Mention]) -> tuple[list[Mention], tuple[int, int]] | None:
    """"investigator's choice of A or B (SOC)": the therapies before the bracketed short form, after "choice of"."""
    if not text[:soc.start].rstrip().endswith("(") or not text[soc.end:].lstrip().startswith(")"):
        return None
    bracket = text.rfind("(", 0, soc.start)
    run = [t for t in therapies if t.end <= bracket]
    if not run or text[run[-1].end:bracket].strip():
        return None
    seg = [run[-1]]
    for t in reversed(run[:-1]):
        if not _JOIN.fullmatch(text, t.end, seg[0].start):
            break
        seg.insert(0, t)
    if not _CHOICE_OF.search(text[:seg[0].start]) or any(t.entity.id == STANDARD_OF_CARE for t in seg):
        return None
    return seg, (seg[0].start, soc.start)


def defined_standard(sentences, recognize: Callable, regimen_of: Callable) -> Standard | None:
    """The standard of care the document spells out, once or always the same way; None otherwise.
    ``recognize(sentence)`` gives a sentence's recognition, ``regimen_of(text, mentions)`` the regimen (or choice)
    of a run of therapy mentions."""
    found: dict[str, Standard] = {}
    for s in sentences:
        text = s.norm
        if "(" not in text and not re.search(r"\b(?:therapy|treatment|regimen|chemotherapy)\s+of\b", text, re.I) or \
                not re.search(r"\bSOC\b|standard[- ]of[- ]care|standard therapy", text, re.I):
            continue
        rec = recognize(s)
        therapies = _therapies(rec)
        for soc in (m for m in rec.mentions if m.entity.id == STANDARD_OF_CARE):
            spelled = _spelled_after(text, soc, therapies) or _spelled_before(text, soc, therapies)
            trailing = spelled is None
            spelled = spelled or _spelled_trailing(text, soc, therapies)
            if spelled is None:
                continue
            entity, parts = regimen_of(text, spelled[0])
            if not parts and len(spelled[0]) == 1:
                # one combination the recogniser read whole ("5-fluorouracil/leucovorin/oxaliplatin/bevacizumab")
                whole = spelled[0][0]
                ids = next((comps for m, comps in rec.regimens if m.start == whole.start and m.end == whole.end), ())
                parts = tuple({m.entity.id: m.entity for m in rec.mentions if m.entity.id in ids and
                               whole.start <= m.start and m.end <= whole.end}.values())
            if entity.id != STANDARD_OF_CARE:
                found.setdefault(entity.id, Standard(entity, parts, s.index, spelled[1], trailing))
    return next(iter(found.values())) if len(found) == 1 else None


def with_defined_standard(index: int, rec: Recognition, standard: Standard, combine: Callable) -> Recognition:
    """Sentence ``index``'s recognition with every standard-of-care mention standing for the regimen the document
    defined it as, and a combination with it ("nivolumab plus SOC") holding that regimen's parts
    (``combine(entities)`` gives the regimen of several therapies and its parts); in the defining sentence, the
    therapies that spell it out are that definition, no others."""
    if not any(m.entity.id == STANDARD_OF_CARE for m in rec.mentions):
        return rec
    lo, hi = standard.span if index == standard.sentence else (-1, -1)

    def defining(m: Mention) -> bool:
        return lo <= m.start and m.end <= hi

    def over(m: Mention) -> Mention:  # (a mention that ends where a running definition starts reaches over it)
        return Mention(m.start, hi, m.text, m.entity, m.source) if standard.trailing and m.end == lo else m

    mentions = [over(Mention(m.start, m.end, standard.entity.name, standard.entity, m.source))
                if m.entity.id == STANDARD_OF_CARE and not defining(m) else m
                for m in rec.mentions if not (defining(m) and m.entity.category in THERAPY)]
    regimens = []
    for m, comps in rec.regimens:
        if defining(m):
            continue
        m = over(m)
        if STANDARD_OF_CARE in comps:
            if standard.entity.attr("choice") or not standard.parts:
                continue  # "A plus SOC" where SOC is a choice: the parts are read one by one
            entities = [e for e in rec.mentions if e.entity.id in comps and e.entity.id != STANDARD_OF_CARE]
            others = list({e.entity.id: e.entity for e in entities}.values())
            if len(others) != len(comps) - 1:
                continue
            entity, parts = combine(others + list(standard.parts))
            m, comps = Mention(m.start, m.end, m.text, entity, m.source), tuple(c.id for c in parts)
        regimens.append((m, comps))
    if standard.parts:  # each mention of the standard is a combination (or choice) of its parts
        covered = {m.start for m, _ in regimens}
        regimens += [(m, tuple(c.id for c in standard.parts)) for m in mentions
                     if m.entity.id == standard.entity.id and m.start not in covered]
    return Recognition(mentions, regimens, dict(rec.populations), list(rec.implied))
