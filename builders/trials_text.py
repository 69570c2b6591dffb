"""Builder: trials, arms and outcomes reported in prose.

A small reader walks the sentences in order and keeps a context: the trial
being discussed and its arms (the regimens patients were assigned to). Metric
phrases (``ORR of 30%``, ``PFS (9.9 mo vs 8.4 mo; HR = 0.70, P = 0.0012)``,
``ORR and DCR were 81% and 89%, respectively``) are then read into outcomes of
those arms. A value that cannot be placed on one arm is left out.
"""
from __future__ import annotations

import re

from builders.context import (BuildContext, Emitter, about_other_cancer, add_arm, add_outcome, line_of, phase_of,
                              report_trial, trial_entity, unnamed_trial)
from builders.document import Document
from builders.recognize import Mention

THERAPY = ("Drug", "DrugClass", "Regimen")
_METRIC = re.compile(
    r"(?P<kw>objective response rates?|overall response rates?|response rates?|ORRs?|\bRRs?\b|disease control rates?|DCR|"
    r"median progression-free survival|progression-free survival|median PFS|mPFS|\bPFS\b|"
    r"median overall survival|overall survival|median OS|mOS|\bOS\b)(?: times| durations)?", re.I)
_VALUE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(%|mo\b|months?\b|mon\b|wk\b|weeks?\b)?")
_HR = re.compile(r"(?:hazard ratio \(HR\)|\bHR)\s*[=:]?\s*(\d\.\d+)")
_ORATIO = re.compile(r"(?:odds ratio \(OR\)|\bOR)\s*=\s*(\d+\.\d+)")
_CI = re.compile(r"95%\s*CI[:,]?\s*(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)")
_P = re.compile(r"\bP\s*([<=>≤])\s*(0?\.\d+|0\.\d+)", re.I)
_ASSIGN = re.compile(r"randomi[sz]|assigned|received|receiving|treated with|with or without|evaluated|tested|divided|"
                     r"enrolled|either\b", re.I)
_ANAPHORA = re.compile(r"\b(?:this|the|in the|these)\b[^.;]{0,40}\b(?:trial|study|studies)\b", re.I)
_SUBGROUP_AFTER = re.compile(r"^\s*(?:mo|months?|%)?\s*(?:in|for|among) (?:the )?(?:patients with )?([\w/\-+]+(?: [\w/\-+]+)?) "
                             r"(?:population|group|subgroup|cohort|patients|tumors|arm)\b")
_THIS_STUDY = re.compile(r"\b(?:this|our|the present) (?:phase \w+ )?(?:study|trial|cohort)|in the overall cohort", re.I)
_STUDY_CUE = re.compile(r"(?:phase \w+|pilot|single-arm|randomi[sz]ed|clinical) (?:\w+ )?(?:trial|study)|\bet al\.", re.I)
_AUTHOR = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) et al\.?(?:,? \(?(\d{4})\)?)?")
_N_RECEIVED = re.compile(r"(\d{1,4}) (?:[\w\-/]+ ){0,8}?(?:patients|cases)(?: [\w\-/]+){0,8}? (?:received|were treated with|treated with|receiving)\s*$")
_CRITERIA = re.compile(r"exclusion criteria|inclusion criteria|eligibility|hypersensitivity|contraindicat", re.I)
_SKIP_SECTIONS = re.compile(r"introduction|discussion|limitation|conclusion|future|references|keywords", re.I)


def _metric_name(keyword: str, unit: str | None) -> str | None:
    k = keyword.lower()
    if "control" in k or k == "dcr":
        return "DCR" if unit in (None, "%") else None
    if "response" in k or k.startswith(("orr", "rr")):
        return "ORR" if unit in (None, "%") else None
    if unit in ("%", "wk", "week", "weeks"):
        return None  # landmark rates and weeks are not median survival
    if "progression" in k or "pfs" in k:
        return "mPFS"
    if "overall" in k or "os" in k:
        return "mOS"
    return None


class _Reader:
    def __init__(self, doc: Document, ctx: "Reading"):
        self.doc, self.ctx = doc, ctx
        self.out = Emitter(doc, ctx, "rule")
        self.trial = None
        self.arms: list = []
        self.idle = 0
        self.section = None
        self.main_trial, self.main_regimen = report_trial(doc, ctx)

    def _other_author(self, text: str) -> bool:
        """"In the study of Tabernero et al." while another trial is in discussion: a different study."""
        m = _AUTHOR.search(text)
        return bool(m) and m.group(1) not in self.trial.name

    def therapies(self, text, rec) -> list[Mention]:
        out = [m for m in rec.merged() if m.entity.category in THERAPY]
        return [m for m in out if not re.match(r"^-based|^-containing|^-refractory|^-resistant|^ resistance|^ treatment failure",
                                               text[m.end:m.end + 20])
                and not re.search(r"(?:after|following|prior|previous|progress\w* on|refractory to|failure of|without)\s+(?:[\w\-]+\s+){0,2}$",
                                  text[max(0, m.start - 40):m.start])]

    def run(self) -> Emitter:
        for s in self.doc.sentences:
            if s.section != self.section:
                self.section, self.trial, self.arms = s.section, None, []
            text = s.norm
            if _CRITERIA.search(text) or about_other_cancer(text):
                self.trial, self.arms = None, []
                continue
            rec = self.ctx.recognize(s)
            ev = self.out.evidence(s)
            trials = [m for m in rec.mentions if m.entity.category == "Trial"]
            named = {m.entity.id: m for m in trials}
            therapies = self.therapies(text, rec)
            phase = phase_of(text)
            if len(named) == 1:
                t = next(iter(named.values())).entity
                switched = self.trial is None or self.trial.id != t.id
                self.trial = trial_entity(t, phase, line_of(text))
                self.out.entity(self.trial)
                if switched or not self.arms or self.idle > 0:
                    self.arms = []  # arms belong to the trial they were read for
                self.idle = 0
            elif len(named) > 1:
                self.trial, self.arms = None, []
                continue
            elif self.main_trial and self.main_regimen is not None and not _SKIP_SECTIONS.search(s.section) and (
                    _THIS_STUDY.search(text) or _METRIC.search(text)) and not _AUTHOR.search(text):
                self.trial = self.main_trial
                self.out.entity(self.trial)
                self.arms = [add_arm(self.out, self.trial, self.main_regimen, ev)]
                self.idle = 0
            elif self.trial is not None and _ANAPHORA.search(text) and self.idle <= 2 and not self._other_author(text):
                self.idle = 0
            elif therapies and self.trial is not None and self.trial is not self.main_trial and self.arms and not any(
                    self._arm_of(t.entity) for t in therapies) and not _ASSIGN.search(text):
                self.trial, self.arms = None, []
                continue
            elif therapies and (_STUDY_CUE.search(text) and _ASSIGN.search(text) or (
                    _METRIC.search(text) and re.search(r"patients", text) and len(therapies) == 1)):
                author = _AUTHOR.search(text)
                regimen = therapies[0].entity
                if regimen.category == "DrugClass":
                    continue
                label = f"{author.group(1)} et al." + (f" {author.group(2)}" if author and author.group(2) else "") if author \
                    else f"study of {regimen.name}"
                self.trial = unnamed_trial(self.doc, label, phase)
                if author and author.group(2):
                    from kg.ids import slug

                    self.trial = trial_entity(self.trial.__class__(f"crc:trial_{slug(author.group(1))}_{author.group(2)}",
                                                                   "Trial", label), phase)
                self.out.entity(self.trial)
                self.arms = []
                self.idle = 0
            else:
                self.idle += 1
                if self.idle > 2:
                    self.trial, self.arms = None, []
            if self.trial is None:
                continue
            # arms named in this sentence
            if therapies and self.trial is not self.main_trial and (_ASSIGN.search(text) or not self.arms):
                arms = []
                cue = _ASSIGN.search(text)
                if cue and any(t.start >= cue.end() for t in therapies):
                    therapies = [t for t in therapies if t.start >= cue.end()]
                added = set()
                for i, t in enumerate(therapies):
                    if i in added:
                        continue
                    base = next((j for j in range(i + 1, len(therapies)) if therapies[j].entity.category != "DrugClass"
                                 and re.search(r"\bto\b", text[t.end:therapies[j].start])), None)
                    if base is not None and re.search(r"\b(?:addition of|adding)\s+(?:the\s+)?$", text[max(0, t.start - 25):t.start]):
                        # "the addition of X (, a class,) to Y": arms X + Y and Y
                        both = self.ctx.recognizer.combination([t, therapies[base]])[0]
                        arms.extend([both, therapies[base].entity])
                        added.update(range(i + 1, base + 1))
                        continue
                    if re.match(r"^\s*with or without\b", text[t.end:t.end + 20]) and i + 1 < len(therapies):
                        both = self.ctx.recognizer.combination([t, therapies[i + 1]])[0]
                        arms.extend([both, t.entity])
                        continue
                    if i > 0 and re.match(r"^\s*with or without\s*$", text[therapies[i - 1].end:t.start]):
                        continue
                    arms.append(t.entity)
                if any(a.category != "DrugClass" for a in arms):
                    arms = [a for a in arms if a.category != "DrugClass"]
                seen, unique = set(), []
                for a in arms:
                    if a.id not in seen:
                        seen.add(a.id)
                        unique.append(a)
                self.arms = [add_arm(self.out, self.trial, a, ev) for a in unique[:4]]
                if rec.regimens:
                    self.out.mentions(rec, ev)
            if not self.arms:
                continue
            self._outcomes(text, rec, ev, therapies)
        return self.out

    def _arm_for(self, text: str, pos: int, therapies: list[Mention]):
        """The arm a single value at ``pos`` belongs to, or None."""
        if len(self.arms) == 1:
            return self.arms[0]
        for t in therapies:
            if t.start >= pos and re.search(r"^\S*\s*(?:arm|group)", text[t.end:t.end + 10]) and t.start - pos < 80:
                return self._arm_of(t.entity)
        before = [t for t in therapies if t.end <= pos]
        if before and pos - before[-1].end < 60:
            return self._arm_of(before[-1].entity)
        return None

    def _arm_of(self, regimen):
        for arm in self.arms:
            if arm.attr("regimen") in (regimen.id, "crc:regimen_" + regimen.id.split("_", 1)[-1]) or arm.name.endswith(": " + regimen.name):
                return arm
        return None

    def _outcomes(self, text, rec, ev, therapies):
        subgroup = None
        first_kw = _METRIC.search(text)
        alts = [m for m in rec.mentions if m.entity.category == "Alteration" and first_kw and m.end <= first_kw.start()
                and m.entity.attr("alteration_kind") in ("wild_type", "mutation", "msi_status")]
        if alts and re.search(r"subgroup|population|exclusively|cohort|tumors|patients|\bwith\b", text[:first_kw.start()]):
            subgroup = re.sub(r"[-\s](?:MT|WT)$", lambda m: " mutant" if "M" in m.group(0) else " wild-type", alts[-1].text)
        n_match = _N_RECEIVED.search(text[:therapies[0].start]) if therapies else None
        if n_match and len(self.arms) >= 1:
            arm = self._arm_of(therapies[0].entity)
            if arm is not None:
                add_outcome(self.out, arm, "n", int(n_match.group(1)), ev, subgroup=subgroup)
        kws = list(_METRIC.finditer(text))
        respectively = "respectively" in text
        i = 0
        while i < len(kws):
            kw = kws[i]
            # "ORR and DCR of 17% and 94%, respectively"
            group = [kw]
            while i + 1 < len(kws) and re.fullmatch(r"\s*(?:,|and|, and)\s*", text[group[-1].end():kws[i + 1].start()]):
                group.append(kws[i + 1])
                i += 1
            end = kws[i + 1].start() if i + 1 < len(kws) else len(text)
            region = text[group[-1].end():end]
            cut = re.search(r";(?! HR| P)|\. |, whereas|, while", region)
            region_text = region[:cut.start()] if cut else region
            if len(group) > 1 and respectively:
                values = [v for v in _VALUE.finditer(region_text) if v.group(2)]
                if len(values) == len(group) and len(self.arms) == 1:
                    for g, v in zip(group, values):
                        metric = _metric_name(g.group("kw"), v.group(2) and v.group(2)[:2].replace("mo", "mo"))
                        self._add(metric, v, self.arms[0], ev, subgroup, region_text)
                i += 1
                continue
            values = [v for v in _VALUE.finditer(region_text[:90]) if v.group(2) or re.match(r"\s*(?:vs|versus)", region_text[v.end():])]
            values = [v for v in values if not re.match(r"\s*(?:patients|cases|of \d)", region_text[v.end():v.end() + 12])]
            if not values:
                i += 1
                continue
            unit = next((v.group(2) for v in values if v.group(2)), None)
            metric = _metric_name(kw.group("kw"), "%" if unit == "%" else (unit[:2] if unit else None))
            if metric is None:
                i += 1
                continue
            head = region_text[:values[0].start()]
            if re.search(r"\b(?:1-year|one-year|2-year|rate of|\d+ (?:wk|week))", text[max(0, kw.start() - 12):kw.start()] + head):
                i += 1
                continue
            vs = len(values) >= 2 and re.search(r"\bvs\b\.?|versus", region_text[values[0].end():values[1].start()])
            subgroup_contrast = not therapies and sum(m.entity.category == "Alteration" for m in rec.mentions) >= 2
            if vs and len(self.arms) >= 2 and respectively is False and not subgroup_contrast:
                self._add(metric, values[0], self.arms[0], ev, subgroup, region_text)
                self._add(metric, values[1], self.arms[1], ev, subgroup, region_text)
                hr = _HR.search(region_text)
                if hr and metric in ("mPFS", "mOS"):
                    p = _P.search(region_text[hr.end():])
                    add_outcome(self.out, self.arms[0], "HR_" + metric[1:], float(hr.group(1)), ev, subgroup=subgroup,
                                p=(p.group(1) + " " + p.group(2)) if p else None)
            elif not vs and len(values) == 1 or (values and not vs and len(self.arms) == 1):
                arm = self._arm_for(text, kw.start(), therapies)
                if arm is not None:
                    self._add(metric, values[0], arm, ev, subgroup, region_text)
            i += 1

    def _add(self, metric, value_match, arm, ev, subgroup, region):
        if metric is None or arm is None:
            return
        after = _SUBGROUP_AFTER.match(region[value_match.end():])
        if after and re.search(r"wild|mut|-MT|-WT|positive|negative|MSI|MSS|dMMR|pMMR|high|low", after.group(1)):
            subgroup = after.group(1)
        if re.match(r"\s*(?:%|mo|months)?\s*(?:–|-|to)\s*\d", region[value_match.end():]) or \
                re.search(r"\d\s*(?:%\s*)?(?:–|-)\s*$", region[:value_match.start()]):
            return  # a range, not a value
        value = float(value_match.group(1))
        if metric in ("ORR", "DCR") and value > 100:
            return
        tail = region[value_match.end():value_match.end() + 40]
        ci = _CI.search(tail) or re.match(r"\s*\(95% CI,? (\d+(?:\.\d+)?)[-–](\d+(?:\.\d+)?)\)", tail)
        add_outcome(self.out, arm, metric, value, ev, subgroup=subgroup,
                    ci_low=float(ci.group(1)) if ci else None, ci_high=float(ci.group(2)) if ci else None)


def build(doc: Document, ctx: "Reading") -> Emitter:
    """Trials, arms and outcomes from the prose of ``doc``."""
    return _Reader(doc, ctx).run()
