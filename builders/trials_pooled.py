"""A review's pooled summary of the studies it cites: outcome values given as a range over them.

Reviews sum up several cited studies in one sentence: "These studies reported an ORR of 9%–41% and a median PFS of
3.2–6.5 months (Lee et al., 2019; Park et al., 2021; Ito et al., 2022)", "For A-based regimens in the second line, the
ORR is approximately 15%–25% (Roe et al., 2020; Doe et al., 2021)". No one study has these values: each range spans
the studies the closing citation group names. The trial reader (builders/trials_text.py) gives such a sentence a
pooled node named after its studies, "pooled (Lee 2019; Park 2021; Ito 2022)", with one arm, the regimen the
sentence (or, for "these studies" / "this regimen", the sentence it refers back to) names; each range gives two
outcomes, its lower and its upper end (``bound``). Each study of the closing group is also a study of its own, known
by its first author and year ("Lee et al. 2019"), that evaluates the regimen: no arm and no value, which are the pool's.

Read only where all of these hold: the sentence ends in a group of two or more author-year citations; it names no
trial and cites no study by its author in its own words ("Lee et al. reported ..."); each range stands right after its
metric ("ORR of", "median PFS was approximately", "response rates ranging from") in the metric's unit (% for response
and disease control rates, months for median survival) and runs upward; and one regimen is found. A single value
("approximately 12 months"), an open bound ("less than 6 months") and a range in brackets (a confidence interval) are
not read.
"""
from __future__ import annotations

import re

from builders.context import add_arm, add_outcome, as_regimen, author_trial, line_of, trial_entity, unnamed_trial
from builders.document import Sentence
from builders.lazy_patterns import lazy_compile
from builders.trials_values import _NUM, _metrics
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY

# one author-year citation: "Xu et al., 2024", "Lee and Park 2019", "Ito, 2022" (the first author's name, then who
# else, then the year)
_NAME = r"[A-Z][\w'\-]+"
_OTHERS = rf"(?:\s+(?:et\s+al\.?|and\s+{_NAME}|&\s+{_NAME}))?,?\s*"
_CITE = rf"{_NAME}{_OTHERS}(?:19|20)\d\d[a-z]?"
_CITE_PARTS = lazy_compile(rf"(?P<author>{_NAME}){_OTHERS}(?P<year>(?:19|20)\d\d)[a-z]?")
# the group that closes the sentence: two or more citations separated by semicolons
_CITATION_GROUP = lazy_compile(rf"\(\s*(?P<group>{_CITE}(?:\s*;\s*{_CITE})+)\s*\)\s*\.?\s*$")
# a numbered citation that closes the sentence: "[124]", "[12,13]", "[12-14]"
_NUMBERED_GROUP = lazy_compile(r"\[\s*(?P<refs>\d{1,4}(?:\s*[,–\-]\s*\d{1,4})*)\s*\]\s*\.?\s*$")
# studies as the sentence's subject, before its values: "Additional studies exploring A showed ...", "Trials of A reported"
_STUDIES_SUBJECT = lazy_compile(r"^\s*(?:(?:several|additional|other|further|recent|previous|subsequent|many|these|some|"
                              r"multiple|\w+\s+clinical)\s+)?(?:(?:clinical|phase\s+I{1,3}|early-phase|retrospective)\s+)?"
                              r"(?:studies|trials)\b", re.I)
# what may stand between a metric and its range: its short form in brackets, a verb, "of", a hedge
_LEAD = r"(?:\s*\((?![^()]*\bCI\b)[^()]{1,15}\))?\s*(?:(?:was|were|is|are|of|at|range[sd]?|ranging|var(?:y|ies|ied|ying)|" \
        r"from|reported|reached|:|,)\s*){0,3}(?:(?:approximately|about|around|roughly|nearly|~)\s+)?(?P<between>between\s+)?"
# ("between 5% and 28%": "and" joins the two ends only after "between")
_RANGE = lazy_compile(rf"{_LEAD}(?P<low>{_NUM})\s*(?P<low_unit>%|months?)?\s*(?:[-–—]|to|(?(between)and|(?!)))\s*"
                    rf"(?P<high>{_NUM})\s*(?P<unit>%|months?\b)", re.I)
# a sentence about studies or a regimen the sentence before named: "These studies", "this regimen"
_BACK_REFERENCE = lazy_compile(r"\b(?:these|those|such|the above|both)\s+(?:\w+\s+){0,2}?(?:studies|trials|reports)\b|"
                             r"\b(?:this|that|such|these)\s+(?:\w+\s+)?(?:regimens?|combinations?|strateg(?:y|ies)|"
                             r"approach(?:es)?|treatments?)\b", re.I)
# a study cited by its author in the sentence's own words: the values are that study's, not a pool's
_AUTHOR_SUBJECT = lazy_compile(r"\bet al\.?(?!,?\s*(?:19|20)\d\d)", re.I)
_UNITS = {"%": "%", "month": "months", "months": "months"}
_LOOK_BACK = 3  # sentences a back-reference may reach


def cited_studies(text: str) -> list[tuple[str, str]] | None:
    """The (author, year) of each study in the citation group that closes ``text``, if it cites two or more.

    >>> cited_studies("An ORR of 9%–41% was seen (Lee et al., 2019; Park and Kim 2021; Ito, 2022).")
    [('Lee', '2019'), ('Park', '2021'), ('Ito', '2022')]
    >>> cited_studies("An ORR of 34% was seen (Lee et al., 2019).") is None
    True
    """
    m = _CITATION_GROUP.search(text)
    return None if m is None else _studies(m)


def _studies(group: re.Match) -> list[tuple[str, str]]:
    """The (author, year) of each study of a matched citation group."""
    return [(c.group("author"), c.group("year")) for c in _CITE_PARTS.finditer(group.group("group"))]


def pooled_trial(studies: list[tuple[str, str]], line: str | None = None) -> Entity:
    """The node of a review's summary over ``studies``, named after them.

    >>> pooled_trial([("Lee", "2019"), ("Park", "2021")]).name
    'pooled (Lee 2019; Park 2021)'
    """
    parts = [f"{author} {year}" for author, year in studies]
    return _as_pooled(Entity(mint("trial", "pooled", *parts), "Trial", f"pooled ({'; '.join(parts)})"), line)


def _as_pooled(base: Entity, line: str | None) -> Entity:
    """``base`` marked as a pool of studies, with the line of therapy its sentence names."""
    return trial_entity(Entity(base.id, "Trial", base.name, base.synonyms, base.xrefs, (("pooled", True),)), line=line)


def pooled_ranges(text: str, hits) -> list[tuple[str, float, float, str]]:
    """(metric, lower, upper, unit) of each range that stands right after its metric in ``text`` (``hits``: the
    sentence's cue hits).

    >>> hits = [(3, 6, "metric_orr"), (26, 36, "metric_pfs")]
    >>> pooled_ranges("An ORR of 9%–41% and a median PFS of 3.2–6.5 months", hits)
    [('ORR', 9.0, 41.0, '%'), ('mPFS', 3.2, 6.5, 'months')]
    >>> pooled_ranges("An ORR of 9%–41% and a median PFS of 3.2 months", hits)
    [('ORR', 9.0, 41.0, '%')]
    >>> pooled_ranges("An ORR of 9% and 41%, a median PFS between 3.2 and 6.5 months", [(3, 6, "metric_orr"), (24, 34, "metric_pfs")])
    [('mPFS', 3.2, 6.5, 'months')]
    """
    out = []
    if "%" not in text and "month" not in text.lower():
        return out  # (every range ends in its unit, a per cent sign or months: most sentences have neither)
    for start, end, metric, slots in _metrics(hits, text):
        if metric is None or len(slots) != 1 or metric not in ("ORR", "DCR", "mPFS", "mOS"):
            continue
        m = _RANGE.match(text, end)
        if m is None:
            continue
        unit = _UNITS[m.group("unit").lower()]
        if unit != ("%" if metric in ("ORR", "DCR") else "months"):
            continue
        if m.group("low_unit") and _UNITS[m.group("low_unit").lower()] != unit:
            continue
        low, high = float(m.group("low").replace(",", ".")), float(m.group("high").replace(",", "."))
        if not low < high or (unit == "%" and high > 100):
            continue
        out.append((metric, low, high, unit))
    return out


class PooledRanges:
    """The trial reader's part that reads a review's pooled ranges (mixed into ``builders.trials_text._Reader``)."""

    def _pooled(self, s: Sentence, rec, hits) -> bool:
        """Read ``s`` as a summary of the studies it cites, if it is one; True when it was (the sentence then speaks
        of no trial in focus)."""
        text = s.norm
        ranges = pooled_ranges(text, hits)
        if not ranges:
            return False
        group = _CITATION_GROUP.search(text)
        numbered = None if group else _NUMBERED_GROUP.search(text)
        if group is None and (numbered is None or not _STUDIES_SUBJECT.match(text)):
            return False
        own_words = text[:group.start()] if group else text
        if _AUTHOR_SUBJECT.search(own_words) or any(m.entity.category == "Trial" for m in rec.mentions):
            return False
        therapy = self._pooled_therapy(s, rec)
        if therapy is None:
            return False
        ev = self.out.evidence(s)
        if group:
            trial = pooled_trial(_studies(group), line_of(text))
        else:  # "Additional studies of A showed response rates of 10%-39% [124]": the studies by their reference
            refs = re.sub(r"\s+", "", numbered.group("refs"))
            trial = _as_pooled(unnamed_trial(self.doc, f"pooled studies [{refs}]"), line_of(text))
        arm = add_arm(self.out, trial, therapy, ev)
        for metric, low, high, unit in ranges:
            add_outcome(self.out, arm, metric, low, ev, unit=unit, bound="lower")
            add_outcome(self.out, arm, metric, high, ev, unit=unit, bound="upper")
        if group:
            self._pooled_members(_studies(group), therapy, line_of(text), ev)
        return True

    def _pooled_members(self, studies: list[tuple[str, str]], therapy: Entity, line: str | None, ev) -> None:
        """Each study a pooled summary cites tested the summary's regimen: "Lee 2019" evaluates it (a study of its
        own, known by its first author and year; no arm and no values, which are the pool's)."""
        regimen = as_regimen(self.ctx, therapy)
        if regimen.id != therapy.id:
            self.out.fact(regimen, "has_component", therapy, ev)
        for author, year in dict.fromkeys(studies):
            study = trial_entity(author_trial(author, year), line=line)
            self.out.entity(study)
            self.out.fact(study, "evaluates", regimen, ev)

    def _pooled_therapy(self, s: Sentence, rec) -> Entity | None:
        """The one regimen ``s`` names, or, when it names none and refers back ("these studies", "this regimen"),
        the one regimen of the nearest sentence before it in the same section that names one."""
        for k in range(_LOOK_BACK + 1):
            if k:
                if s.index - k < 0 or self.doc.sentences[s.index - k].section != s.section:
                    return None
                rec = self.recognize(self.doc.sentences[s.index - k])
            found = _one_therapy(rec)
            if found is not False:
                return found
            if not _BACK_REFERENCE.search(self.doc.sentences[s.index - k].norm):
                return None
        return None


def _one_therapy(rec) -> Entity | None | bool:
    """The one regimen (or therapy) a sentence's mentions give; None when it gives several; False when none. A
    therapy inside a combination's words is that combination's part, not another regimen."""
    spans = [(m.start, m.end) for m, _ in rec.regimens]
    found = {m.entity.id: m.entity for m, _ in rec.regimens}
    found.update({m.entity.id: m.entity for m in rec.mentions if m.entity.category in THERAPY and
                  not any(a <= m.start and m.end <= b for a, b in spans)})
    if not found:
        return False
    return next(iter(found.values())) if len(found) == 1 else None
