"""Builder: trials, arms and outcomes reported in prose.

The reader walks the sentences in order with a small state per trial:

* **Which trial.** A sentence that names one trial (acronym, registry id) puts it in focus. A sentence
  that names none speaks of the trial in focus when it is near (same section, a few sentences on; in a
  short report, the whole text), unless it cites another study ("et al.", "a previous study") or the
  trial is only ongoing.
* **Its arms.** A design sentence ("randomly assigned to A or B", "received A with or without B",
  "comparing A and B with A alone", "the addition of A to B", "A versus B") gives the arms, one
  regimen each: alternatives are separate arms, a backbone shared by alternatives is given to each
  ("FOLFIRI plus ramucirumab or placebo"), and arm labels ("arm A (...)") are remembered. A trial
  whose text names one regimen only ("a phase II trial of sotorasib") has one arm.
* **Its outcomes.** Metric words (cue lexicons ``metric_*`` of ``ontology/rules/cues.yaml``) are found
  with their values: "ORR of 38.1%", "median OS 7.4 vs 4.8 months (HR 0.66, 95% CI ..., P < .0001)",
  "ORR and DCR were 81% and 89%, respectively", "82.3% achieved disease control", "10 (30.3%) of 33
  patients achieved a response", "(n = 461)". Each value goes to the arm the sentence ties it to (an
  arm label, a group named by its drug, the order of a "vs" or "respectively" list); a value the
  reader cannot place on one arm is left out. Hazard ratios go to the experimental arm.

Every outcome's evidence is the sentence it was read from (``method: rule``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from builders.context import (Emitter, about_other_cancer, add_arm, add_outcome, as_regimen, author_trial, line_of,
                              phase_of, report_trial, trial_entity)
from builders.document import Document, Sentence
from builders.recognize import Mention
from kg.ids import mint
from kg.model import Entity

THERAPY = ("Drug", "DrugClass", "Regimen")
NEAR = 3          # sentences a trial stays in focus without being named again (long documents)
SHORT_DOC = 60    # a document of at most this many sentences is one report: its trial stays in focus
_NUM = r"\d{1,4}(?:[.,]\d+)?"
_VALUE = re.compile(rf"(?<![\w.\-/])({_NUM})\s*(%|percent\b|months?\b|mos?\b|m\b|weeks?\b|wk\b|days?\b|years?\b)?")
_CI = re.compile(rf"\(?\s*95\s*%\s*(?:CI|confidence interval)\s*(?:\[CI\])?\s*[,:=]?\s*({_NUM})\s*%?\s*(?:months?|mo)?\s*"
                 rf"(?:[-–—]|to|,)\s*({_NUM}|NE|NR|not (?:evaluable|reached|estimable))\s*%?\s*(?:months?|mo)?\)?", re.I)
_HR = re.compile(rf"(?:hazard ratio|\bHR)\s*(?:\[HR\]|\(HR\))?\s*(?:for [\w\s\-]{{1,30}}?)?\s*(?:[,:=]|was|of|is)?\s*({_NUM})",
                 re.I)
_P = re.compile(r"\b(?:log-rank\s+)?[Pp]\s*(?:value)?\s*(=|<|>|≤|<=)\s*(0?\.\d+|0\.\d+)")
_N_EQ = re.compile(r"\(\s*n\s*=\s*(\d{1,5})\s*\)", re.I)
_N_PATIENTS = re.compile(r"(?<![\d.,\-/])(\d{1,3}(?:,\d{3})?|\d{1,5})\s+(?:(?![\w\-]*\d)[\w\-]+\s+){0,3}?"
                         r"(?:patients|participants|pts|subjects|individuals|cases)\b", re.I)
_N_VERB = re.compile(r"\b(?:randomi[sz]ed|randomly assigned|assigned|enrolled|included|treated|received|evaluable|"
                     r"were analy[sz]ed|underwent)\b", re.I)
_OF_N = re.compile(r"(\d{1,4})\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%[^)]*\)\s*of\s+(?:the\s+)?(\d{1,5})\b")
_ARM_LABEL = re.compile(r"\b[Aa]rm\s+([A-H1-9])\b|\b([A-H1-9])\s+arm\b|\b(?:[Cc]ohort|[Pp]art|[Gg]roup)\s+([A-H1-9])\b")
_ARM_DEF = re.compile(r"\b[Aa]rm\s+([A-H1-9])\s*[(:]|\(\s*[Aa]rm\s+([A-H1-9])\s*\)")
_COMBO_GROUP = re.compile(r"\b(?:the\s+)?(?:combination|combined|doublet|triplet|dual[- ]\w+)\s+(?:group|arm|cohort)\b", re.I)
_CONTROL_GROUP = re.compile(r"\b(?:the\s+)?(?:control|placebo|comparator|standard)\s+(?:group|arm|cohort)\b", re.I)
_SUBGROUP = re.compile(r"\b(?:in|among|for)\s+(?:the\s+)?(?:patients\s+with\s+)?([\w/+\-]+(?:\s[\w/+\-]+)?)\s+"
                       r"(?:population|sub-?population|subgroup|subset|cohort|patients|tumou?rs)\b", re.I)
_OVERALL = re.compile(r"\b(?:overall|whole|entire|total|intention-to-treat|ITT)\s+(?:population|cohort)\b", re.I)
_DOSE = re.compile(rf"({_NUM})\s*(mg/kg|mg/m2|mg/m²|mg)\b", re.I)
_GAP_NOISE = re.compile(
    r"\([^()]{0,80}\)|\[[^\[\]]{0,40}\]|\b(?:at\s+)?(?:a\s+)?(?:dose\s+of\s+)?\d+(?:\.\d+)?\s*(?:mg/kg|mg/m2|mg/m²|mg|g/m2|µg|ug|"
    r"AUC\s*\d*)(?:\s+(?:loading dose|dose|daily|weekly|twice daily|once daily|bid|qd))?\b|"
    r"\b(?:once|twice|three times)\s+(?:daily|a day|weekly)\b|\b(?:daily|weekly|biweekly|orally|intravenously|"
    r"IV|i\.v\.|p\.o\.|po|infusion|loading dose|subsequent|maintenance)\b|\bevery\s+\d+\s+(?:weeks?|days?)\b|"
    r"\bq\d+w\b|\bon days?\s+\d+(?:\s*(?:to|-|–|and)\s*\d+)?\b|\bin\s+\d+-day cycles\b|\bfollowed by\b|"
    r"\buntil (?:disease )?progression\b|\bgiven\b", re.I)
_ARM_WORD = re.compile(r"\b(?:arms?|groups?|cohorts?)\b", re.I)
_ALT_SEP = re.compile(r"^\s*(?:,\s*)?(?:or|versus|vs\.?|compared (?:with|to)|or to|;\s*or|, or|with or without|against)\s*"
                      r"(?:the\s+|an?\s+|either\s+)?$", re.I)
_JOIN_SEP = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:\+|plus|and|with|combined with|in combination with|,|, and|"
                       r"followed by|together with|and the|with the)\s*(?:an?|the)?\s*$", re.I)
METRIC_CUES = {"metric_orr": "ORR", "metric_dcr": "DCR", "metric_pfs": "mPFS", "metric_os": "mOS", "metric_hr": "HR",
               "metric_other": None}
_MONTHS = ("month", "months", "mo", "mos", "m")
_SUBGROUP_VS = re.compile(r"\bin\s+(?:patients\s+with\s+)?([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:versus|vs\.?|compared with)\s+"
                          r"([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:m?CRC\s+)?(?:patients|tumou?rs|subgroups?|populations?|cases)\b", re.I)
_REFS = re.compile(r"\[(\d+(?:[,–-]\s*\d+)*)\]")
_UNNAMED = re.compile(r"\b(?:an?|one|another)\s+(?:(?:randomi[sz]ed|single-arm|open-label|multicenter|multicentre|prospective|"
                      r"retrospective|pilot|clinical|phase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3]))?)[\s,]+){1,4}"
                      r"(?:clinical\s+)?(?:study|trial|analysis)\b[^.;]{0,40}?\b(?:evaluat\w*|assess\w*|investigat\w*|"
                      r"tested|testing|of|with|in which)\b", re.I)
_CITATION = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-zA-Z'\-]+) et al\.?,?\s*(?:\(?((?:19|20)\d\d)[a-z]?\)?)?")
_NOT_ARMS = {"crc:regimen_placebo", "crc:regimen_best_supportive_care"}
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# a sentence that refers back to the trial in focus, so that it carries over a paragraph break
_BACK_REF = re.compile(r"\b(?:th(?:e|is|at) (?:trial|study)|in this (?:cohort|population)|the (?:experimental|control) arm)\b", re.I)
_PRESENT = re.compile(r"\b(?:our|the present|the current) (?:study|trial|cohort|analysis|series)\b|\bin our\b|"
                      r"\bwe (?:found|observed|report|showed)\b", re.I)


@dataclass
class TrialState:
    trial: Entity
    arms: list = field(default_factory=list)  # arm entities of the latest design, in order (experimental first)
    every: list = field(default_factory=list)  # every arm the text gave the trial
    regimens: dict = field(default_factory=dict)  # arm id -> regimen entity
    labels: dict = field(default_factory=dict)  # "A" -> arm entity
    last: int = -1  # index of the last sentence that spoke of it
    section: str = ""
    compared: list = field(default_factory=list)  # the arms the last results sentence compared, in order
    subsection: str = ""
    refs: set = field(default_factory=set)  # citation markers of the sentences that named it ("[157]")
    candidate: object = None  # the one regimen a sentence naming the trial gave, for arms read later


@dataclass
class Value:
    start: int
    end: int
    number: float
    unit: str
    ci: tuple | None = None


class _Reader:
    def __init__(self, doc: Document, ctx):
        self.doc, self.ctx = doc, ctx
        self.out = Emitter(doc, ctx, "rule")
        self.cues = ctx.shared.rules.cues
        self.states: dict[str, TrialState] = {}
        self.focus: TrialState | None = None
        self.short = len(doc.sentences) <= SHORT_DOC
        self.main_trial, self.main_regimen = self._main() if self.short else (None, None)
        self.report, self.report_regimen = report_trial(doc, ctx)
        if self.report is not None and self.report_regimen is not None:
            self._state(self.report, doc.sentences[0] if doc.sentences else None).candidate = self.report_regimen
        self.author_years: dict[str, set[str]] = {}
        for m in _CITATION.finditer(doc.text):
            if m.group(2):
                self.author_years.setdefault(m.group(1), set()).add(m.group(2))

    def _main(self) -> tuple[Entity | None, Entity | None]:
        """A short report's own trial (the only trial it names, ongoing ones aside) and its regimen
        (the first combination it names, else the therapy it names most)."""
        trials: dict[str, Entity] = {}
        counts: dict[str, int] = {}
        combo = None
        for s in self.doc.sentences:
            rec = self.ctx.recognize(s)
            ongoing = any(h[2] == "ongoing" for h in self.ctx.cue_hits(s))
            for m in rec.mentions:
                if m.entity.category == "Trial" and not ongoing:
                    trials[m.entity.id] = m.entity
            for m in self.therapies(s.norm, rec):
                if m.entity.category == "DrugClass" or m.entity.id in _NOT_ARMS:
                    continue
                counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
                if combo is None and m.entity.category == "Regimen" and m.entity.attr("combination") and s.index < 12:
                    combo = m.entity
        if len(trials) != 1:
            return None, None
        regimen = combo
        if regimen is None and counts:
            best = max(sorted(counts), key=lambda k: counts[k])
            regimen = next((m.entity for s in self.doc.sentences for m in self.ctx.recognize(s).merged()
                            if m.entity.id == best), None)
        return next(iter(trials.values())), regimen

    # -- trials in focus ------------------------------------------------------------------
    def _state(self, trial: Entity, s: Sentence | None) -> TrialState:
        st = self.states.get(trial.id)
        if st is None:
            st = self.states[trial.id] = TrialState(trial, section=s.section if s else "")
        return st

    def _update_focus(self, s: Sentence, rec, hits) -> TrialState | None:
        text = s.norm
        named = {}
        for m in rec.mentions:
            if m.entity.category == "Trial":
                named.setdefault(m.entity.id, m)
        names = set(hits_of(hits, "cited"))
        if len(named) == 1:
            mention = next(iter(named.values()))
            trial = trial_entity(mention.entity, phase_of(text), line_of(text))
            st = self._state(trial, s)
            st.trial = trial if not st.trial.attributes else st.trial.merged(trial) if st.trial.id == trial.id else trial
            st.last, st.section, st.subsection = s.index, s.section, s.subsection
            st.refs |= set(_REFS.findall(text))
            given = {t.entity.id: t.entity for t in self.therapies(text, rec) if t.entity.category != "DrugClass"
                     and t.entity.id not in _NOT_ARMS}
            if len(given) == 1:
                st.candidate = next(iter(given.values()))
            self.out.entity(st.trial)
            self.focus = st
            return st
        if len(named) > 1:
            self.focus = None
            return None
        if self.focus is not None and self.focus.trial.id.startswith("crc:trial_") and " et al." in self.focus.trial.name \
                and s.index > 0 and "\n" in self.doc.text[self.doc.sentences[s.index - 1].end:s.start]:
            self.focus = None  # a cited study's paragraph has ended
        if _PRESENT.search(text):
            own = self.report or self.main_trial
            if own is None:
                self.focus = None
                return None  # "our study" in a document that reports no trial of its own
            st = self.focus = self._state(own, s)
            return st
        cited = self._cited_study(text) or self._unnamed_study(text, rec)
        if cited is not None:
            st = self._state(cited, s)
            st.last, st.section = s.index, s.section
            self.focus = st
            return st
        st = self.focus
        if st is None and self.main_trial is not None and not names:
            st = self.focus = self._state(self.main_trial, s)
            self.out.entity(st.trial)
            return st
        if st is None or names:
            return None
        refs = set(_REFS.findall(text))
        if not self.short and refs and st.refs and not (refs & st.refs):
            self.focus = None  # the sentence cites another source: another study
            return None
        if self.short:
            return st
        if st.section == s.section and st.subsection == s.subsection and s.index - st.last <= NEAR \
                and (not self._paragraph_break(st.last, s) or _BACK_REF.search(text)):
            st.last = s.index
            return st
        self.focus = None
        return None

    def _paragraph_break(self, last: int, s: Sentence) -> bool:
        """Whether a blank line lies between sentence `last` and `s` (a new paragraph)."""
        if last < 0 or last >= s.index:
            return False
        return _BLANK_LINE.search(self.doc.text, self.doc.sentences[last].end, s.start) is not None

    def _unnamed_study(self, text: str, rec) -> Entity | None:
        """A study the text introduces without a name: "A phase II clinical study evaluated tivantinib
        and cetuximab in 41 patients" -> "phase II study of cetuximab + tivantinib" (document-scoped)."""
        m = _UNNAMED.search(text)
        if m is None or self.short:
            return None
        therapies = [t for t in self.therapies(text, rec) if t.start > m.end() and t.entity.category != "DrugClass"]
        if not therapies:
            return None
        seq = therapies
        regimen, _ = _regimen_of(seq[:1] if len(seq) == 1 else seq[:2] if _JOIN_SEP.match(text[seq[0].end:seq[1].start])
                                 else seq[:1], self.ctx)
        phase = phase_of(text)
        label = f"{'phase ' + phase + ' ' if phase else ''}study of {regimen.name}"
        from builders.context import unnamed_trial

        return unnamed_trial(self.doc, label, phase)

    def _cited_study(self, text: str) -> Entity | None:
        """The one study a sentence cites by its first author ("Rimassa et al. evaluated ...",
        "... (Van Cutsem et al., 2014)"), with its year when the document gives one."""
        found: dict[str, str | None] = {}
        for m in _CITATION.finditer(text):
            found[m.group(1)] = found.get(m.group(1)) or m.group(2)
        if len(found) != 1:
            return None
        author, year = next(iter(found.items()))
        if year is None and len(self.author_years.get(author, ())) == 1:
            year = next(iter(self.author_years[author]))
        return author_trial(author, year, phase_of(text))

    # -- arms -------------------------------------------------------------------------------
    def therapies(self, text: str, rec) -> list[Mention]:
        """Therapies given in this sentence (not the ones patients had before, or resisted)."""
        out = []
        for m in rec.merged():
            if m.entity.category not in THERAPY:
                continue
            before = text[max(0, m.start - 45):m.start]
            after = text[m.end:m.end + 22]
            if re.search(r"(?:after|following|prior|previous(?:ly)?|progress\w* (?:on|during|after)|refractory to|"
                         r"failure of|failed|intolerant (?:of|to)|pretreated with|exposure to|resistan\w* to|"
                         r"previously received|had received)\s+(?:[\w\-/,]+\s+){0,3}$", before, re.I):
                continue
            if re.match(r"[-\s]?(?:based|containing|refractory|resistant|resistance|pretreated|naive|naïve|failure|"
                        r"exposed)\b", after, re.I) and m.entity.category != "Regimen":
                continue
            out.append(m)
        return out

    def _design(self, st: TrialState, s: Sentence, rec, hits, ev) -> bool:
        """Arms from a design sentence; returns whether arms were set."""
        text = s.norm
        names_trial = any(m.entity.category == "Trial" for m in rec.mentions)
        assign = [h for h in hits if h[2] == "assign" or (h[2] == "assign_weak" and names_trial)]
        therapies = self.therapies(text, rec)
        if not therapies or re.search(r"\[\d+(?:[,–-]\d+)*\]\s*\.?$", text):
            return False  # a cited background statement ("... improves OS [1].")
        labelled = labelled_arms(text, therapies, self.ctx)
        if len(labelled) >= 2:
            self._set_arms(st, [reg for _, reg in labelled], ev)
            st.labels.update({label: arm for (label, _), arm in zip(labelled, st.arms)})
            return True
        cue_end = min((h[1] for h in assign if any(t.start >= h[1] for t in therapies)), default=None)
        has_alt = any(_ALT_SEP.match(text[a.end:b.start]) for a, b in zip(therapies, therapies[1:]))
        if cue_end is None and not (has_alt and names_trial):
            return False
        seq = [t for t in therapies if cue_end is None or t.start >= cue_end]
        arms = arms_from(text, seq, self.ctx)
        if len(arms) < 2 and not (len(arms) == 1 and not st.arms and cue_end is not None):
            return False
        self._set_arms(st, arms, ev, text)
        return True

    def _set_arms(self, st: TrialState, regimens: list, ev, text: str = "") -> None:
        known = {st.regimens[a.id].id: a for a in st.arms if a.id in st.regimens}
        if st.arms and len(regimens) <= len(st.arms) and all(r.id in known for r, _ in regimens):
            return  # the same arms again ("the combination arm and the control arm")
        st.arms = []
        for reg, comps in regimens[:6]:
            for c in comps:
                self.out.fact(reg, "has_component", c, ev)
            arm = add_arm(self.out, st.trial, reg, ev)
            st.arms.append(arm)
            st.regimens[arm.id] = as_regimen(self.ctx, reg)
            if arm not in st.every:
                st.every.append(arm)

    def _single_arm(self, st: TrialState, s: Sentence, rec, ev) -> None:
        """A trial whose sentence names one regimen (and no comparison) gets that one arm; a sentence that
        names the trial and one drug or regimen replaces an arm known only by its drug class."""
        therapies = self.therapies(s.norm, rec)
        names_trial = any(m.entity.id == st.trial.id for m in rec.mentions if m.entity.category == "Trial")
        if st.arms:
            weak = len(st.arms) == 1 and st.regimens.get(st.arms[0].id) is not None and \
                self.ctx.vocab.entities.get(st.regimens[st.arms[0].id].attr("monotherapy") or "", Entity("x", "Drug", "x")
                                            ).category == "DrugClass"
            given = {t.entity.id for t in therapies if t.entity.category != "DrugClass"}
            if not (weak and names_trial and len(given) == 1):
                return
            st.arms = []
        distinct = {t.entity.id: t for t in therapies if t.entity.category != "DrugClass" or len(therapies) == 1}
        if len(distinct) == 1:
            reg = next(iter(distinct.values())).entity
            if reg.id in ("crc:regimen_placebo", "crc:regimen_best_supportive_care"):
                return
            self._set_arms(st, [(reg, ())], ev)

    # -- which arm a value belongs to ----------------------------------------------------------
    def arm_refs(self, st: TrialState, text: str, rec, lo: int = 0, hi: int | None = None) -> list[tuple[int, Entity]]:
        """Arms a stretch of the sentence refers to, by position: labels, drug groups, control groups."""
        hi = len(text) if hi is None else hi
        refs: list[tuple[int, Entity]] = []
        for m in _ARM_LABEL.finditer(text, lo, hi):
            label = (m.group(1) or m.group(2) or m.group(3)).upper()
            if label in st.labels:
                refs.append((m.start(), st.labels[label]))
        for m in _COMBO_GROUP.finditer(text, lo, hi):
            combos = [a for a in st.arms if len(self._components(st, a)) > 1]
            if len(combos) == 1:
                refs.append((m.start(), combos[0]))
        for m in _CONTROL_GROUP.finditer(text, lo, hi):
            ctrl = st.arms[-1] if len(st.arms) > 1 else None
            if ctrl is not None:
                refs.append((m.start(), ctrl))
        for t in rec.merged():
            if t.entity.category not in THERAPY or not (lo <= t.start < hi):
                continue
            arm = self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25])
            if arm is not None and not any(abs(p - t.start) < 3 for p, _ in refs):
                refs.append((t.start, arm))
        refs.sort(key=lambda r: r[0])
        return refs

    def _components(self, st: TrialState, arm: Entity) -> set[str]:
        reg = st.regimens.get(arm.id)
        vocab = self.ctx.vocab
        comps = {c for s, p, c in ((a.subject, a.predicate, a.object) for a in self.out.assertions)
                 if s == reg.id and p == "has_component"} if reg else set()
        if reg is not None:
            comps |= set(vocab.regimen_components.get(reg.id, ())) if not comps else set()
            mono = reg.attr("monotherapy")
            if mono:
                comps.add(mono)
            if not comps:
                comps.add(reg.id)
        return comps

    def _arm_for_therapy(self, st: TrialState, therapy: Entity, after: str) -> Entity | None:
        """The arm a therapy mention stands for: the arm of exactly that regimen, else the only arm
        containing it, else (for "X alone"/"X monotherapy") the arm with X only."""
        for arm in st.arms + [a for a in st.every if a not in st.arms]:
            reg = st.regimens.get(arm.id)
            if reg is not None and (reg.id == therapy.id or reg.attr("monotherapy") == therapy.id):
                return arm
        alone = re.match(r"[-\s]?(?:alone|monotherapy|only|single[- ]agent)\b", after, re.I)
        holders = [a for a in st.arms if therapy.id in self._components(st, a)]
        if alone:
            singles = [a for a in holders if len(self._components(st, a)) == 1]
            return singles[0] if len(singles) == 1 else None
        if len(holders) == 1:
            return holders[0]
        if therapy.category == "Regimen" and therapy.attr("combination"):
            # "the encorafenib plus cetuximab arm" when the arm also has chemotherapy
            parts = {c for s, p, c in ((a.subject, a.predicate, a.object) for a in self.out.assertions)
                     if s == therapy.id and p == "has_component"}
            fits = [a for a in st.arms if parts and parts <= self._components(st, a)]
            return fits[0] if len(fits) == 1 else None
        return None

    # -- outcomes ---------------------------------------------------------------------------------
    def outcomes(self, st: TrialState, s: Sentence, rec, hits, ev) -> None:
        text = s.norm
        if not st.arms and st.candidate is not None and any(h[2].startswith("metric_") for h in hits):
            self._set_arms(st, [(st.candidate, ())], ev)
        if not st.arms and self.main_regimen is not None and st.trial.id == self.main_trial.id and \
                any(h[2].startswith("metric_") for h in hits):
            self._set_arms(st, [(self.main_regimen, tuple(self.ctx.vocab.entities.get(c) or Entity(c, "Drug", c)
                                                       for c in self.ctx.combination_parts.get(self.main_regimen.id, ())))], ev)
        if not st.arms:
            return
        subgroup = _subgroup(text)
        values, hrs, cis = _values(text)
        metrics = _metrics(hits)
        self._placed: dict[str, list] = {}
        respectively = any(h[2] == "respectively" for h in hits)
        used: set[int] = set()
        # "N patients ... (n = 40)": patient numbers
        self._numbers(st, text, rec, ev, subgroup)
        for k, (start, end, metric, group_metrics) in enumerate(metrics):
            nxt = metrics[k + 1][0] if k + 1 < len(metrics) else len(text)
            region = [v for v in values if end <= v.start < nxt and id(v) not in used]
            if metric is None:
                used.update(id(v) for v in region)
                continue
            lo_text = text[max(0, start - 14):start].lower()
            if re.search(r"(?:\d+[- ]?(?:year|month|week)s?|one[- ]year|two[- ]year|landmark|rate at|duration of)\s*$",
                         lo_text):
                used.update(id(v) for v in region)
                continue
            if metric == "HR":
                continue
            fitting = [v for v in region if _fits_metric(metric, v, region)]
            if not fitting:
                continue
            if len(group_metrics) > 1 and respectively:
                # "ORR and DCR were 81% and 89%, respectively"
                if len(fitting) == len(group_metrics) and len(st.arms) == 1:
                    for gm, v in zip(group_metrics, fitting):
                        if _fits_metric(gm, v, fitting):
                            self._add(st.arms[0], gm, v, ev, subgroup)
                    used.update(id(v) for v in fitting)
                continue
            self._place(st, metric, fitting, text, rec, ev, subgroup, start, nxt, respectively)
            used.update(id(v) for v in fitting)
        # values before their metric: "82.3% achieved disease control", "OR was observed in 6.1%"
        for start, end, metric, _ in metrics:
            if metric not in ("ORR", "DCR"):
                continue
            before = [v for v in values if id(v) not in used and v.unit == "%" and 0 <= start - v.end <= 40
                      and (re.search(r"(?:achieved|had|experienced|showed|with|of patients|of pts)\s*(?:an?\s+)?"
                                     r"(?:objective\s+|overall\s+)?$", text[v.end:start], re.I)
                           or not text[v.end:start].strip())]  # "a 28% ORR"
            if len(before) == 1 and len(st.arms) == 1:
                self._add(st.arms[0], metric, before[0], ev, subgroup)
                used.add(id(before[0]))
        for m in _OF_N.finditer(text):
            # "10 (30.3%, 95% CI 17-47) of 33 patients achieved an objective response"
            tail = text[m.end():m.end() + 80]
            metric = "ORR" if re.search(r"objective response|partial response|responded|response", tail, re.I) and \
                not re.search(r"stable|control", tail[:40], re.I) else None
            if metric and len(st.arms) == 1:
                v = Value(m.start(2), m.end(2), float(m.group(2)), "%")
                self._add(st.arms[0], metric, v, ev, subgroup)
                self._add(st.arms[0], "n", Value(m.start(3), m.end(3), float(m.group(3)), ""), ev, subgroup)
        self._hazard_ratios(st, text, rec, hrs, metrics, ev, subgroup)
        compared = list(dict.fromkeys(a for arms in self._placed.values() for a in arms))
        if len(compared) >= 2:
            st.compared = compared

    def _place(self, st, metric, fitting, text, rec, ev, subgroup, lo, hi, respectively) -> None:
        """Give each value of one metric to its arm, or leave it out."""
        contrast = _SUBGROUP_VS.search(text)
        if contrast and len(st.arms) == 1:
            # "in RAS wild-type versus KRAS-mutant patients: ORR 28.6% vs 0": one arm, two subgroups
            for v, label in zip(fitting[:2], (contrast.group(1), contrast.group(2))):
                self._add(st.arms[0], metric, v, ev, label)
            return
        refs = self.arm_refs(st, text, rec, lo, hi)
        if len(fitting) == 1:
            v = fitting[0]
            near = [a for p, a in refs if v.end <= p <= v.end + 60] or [a for p, a in refs if lo - 60 <= p < v.start]
            arm = near[0] if len({a.id for a in near}) == 1 else None
            if arm is None:
                cohort = self._new_cohort(st, text, rec, v, lo, ev)
                if cohort is False:
                    return  # the value is tied to a therapy no arm has: leave it out
                arm = cohort
            if arm is None and len(st.arms) == 1:
                arm = st.arms[0]
            if arm is None:
                before = self.arm_refs(st, text, rec, 0, lo)
                if len({a.id for _, a in before}) == 1:
                    arm = before[0][1]
            if arm is not None:
                self._add(arm, metric, v, ev, subgroup)
            return
        # several values: one per arm
        after_refs = []
        for v in fitting:
            own = [a for p, a in refs if v.end <= p <= v.end + 45 and not any(
                w.start > v.end and w.start < p for w in fitting)]
            after_refs.append(own[0] if own else None)
        if all(after_refs) and len({a.id for a in after_refs}) == len(fitting):
            for v, a in zip(fitting, after_refs):
                self._add(a, metric, v, ev, subgroup)
            return
        before_refs = []
        for v in fitting:
            own = [a for p, a in refs if p < v.start and not any(w.end <= p for w in fitting if w is not v and w.start < v.start)
                   and p >= lo]
            before_refs.append(own[-1] if own else None)
        if all(before_refs) and len({a.id for a in before_refs}) == len(fitting):
            for v, a in zip(fitting, before_refs):
                self._add(a, metric, v, ev, subgroup)
            return
        if respectively:
            ordered = list(dict.fromkeys(a for _, a in self.arm_refs(st, text, rec)))
            if len(ordered) == len(fitting):
                for v, a in zip(fitting, ordered):
                    self._add(a, metric, v, ev, subgroup)
                return
        order = st.compared if len(st.compared) >= 2 else st.arms
        k = len(order)
        if k >= 2 and len(fitting) % k == 0:
            chunks = [fitting[i:i + k] for i in range(0, len(fitting), k)]
            ok = all(any(re.search(r"\b(?:vs\.?|versus|compared (?:with|to)|and)\b|;", text[a.end:b.start], re.I)
                         for a, b in zip(c, c[1:])) for c in chunks)
            if ok and (respectively or any(re.search(r"\b(?:vs\.?|versus)\b", text[c[0].end:c[-1].start], re.I)
                                           for c in chunks) or len(chunks) == 1):
                prev = lo
                for c in chunks:
                    label = _subgroup(text[prev:c[0].start]) if len(chunks) > 1 else subgroup
                    for v, a in zip(c, order):
                        self._add(a, metric, v, ev, label)
                    prev = c[-1].end

    def _new_cohort(self, st, text, rec, v, lo, ev):
        """A value tied to a cohort the arms do not have ("3.3% in the tucatinib monotherapy cohort"):
        that cohort's arm (added), None when no cohort is named, False when one is named but unclear."""
        m = re.match(r"\s*(?:%|months?|mo)?\s*(?:\([^)]*\)\s*)?(?:in|for|with|among)\s+(?:the\s+)?(?:patients\s+(?:receiving|"
                     r"treated with|given)\s+)?", text[v.end:v.end + 40], re.I)
        if not m:
            return None
        start = v.end + m.end()
        therapies = [t for t in self.therapies(text, rec) if start <= t.start <= start + 5]
        if not therapies:
            return None
        t = therapies[0]
        after = text[t.end:t.end + 30]
        if not re.match(r"\s*(?:alone|monotherapy|only|single[- ]agent)?\s*(?:cohort|arm|group|part)\b", after, re.I):
            return None
        known = self._arm_for_therapy(st, t.entity, after)
        if known is not None:
            return known
        if re.match(r"\s*(?:alone|monotherapy|only|single[- ]agent)\b", after, re.I) or t.entity.category != "DrugClass":
            arm = add_arm(self.out, st.trial, t.entity, ev)
            st.regimens[arm.id] = as_regimen(self.ctx, t.entity)
            if arm not in st.every:
                st.every.append(arm)
            return arm
        return False

    def _hazard_ratios(self, st, text, rec, hrs, metrics, ev, subgroup) -> None:
        if len(st.arms) < 2:
            return
        for pos, value, p in hrs:
            before = [m for m in metrics if m[0] < pos and m[2] in ("mPFS", "mOS")]
            after = [m for m in metrics if pos <= m[0] <= pos + 25 and m[2] in ("mPFS", "mOS")]
            if before:
                metric = before[-1][2]
            elif after:
                metric = after[0][2]
            else:
                continue
            if not 0.05 <= value <= 5:
                continue
            placed = self._placed.get(metric) or []
            refs = [a for q, a in self.arm_refs(st, text, rec) if q < pos]
            arm = placed[0] if placed else (refs[0] if refs else (st.compared or st.arms)[0])
            add_outcome(self.out, arm, "HR_" + metric[1:], value, ev, subgroup=subgroup, p=p)

    def _numbers(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        for m in _N_EQ.finditer(text):
            # "fruquintinib (n = 461) or placebo (n = 230)": the therapy or arm named right before
            refs = [a for p, a in self.arm_refs(st, text, rec, max(0, m.start() - 70), m.start())]
            if refs:
                self._add(refs[-1], "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, subgroup)
            elif len(st.arms) == 1:
                self._add(st.arms[0], "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, subgroup)
        if subgroup:
            return
        owner = st.arms[0] if len(st.arms) == 1 and not re.search(r"randomi[sz]|randomly", text, re.I) else st.trial
        for m in _N_PATIENTS.finditer(text):
            window = text[max(0, m.start() - 40):m.end() + 60]
            if not _N_VERB.search(window) or re.search(r"%|of \d|screened|found|samples|prior|previously|adverse|toxicit|"
                                                       r"side effect|grade|experienc|discontinu|died|death", window, re.I):
                continue
            n = int(m.group(1).replace(",", ""))
            if 2 <= n <= 5000:
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
                return

    def _add(self, arm, metric, v: Value, ev, subgroup) -> None:
        if metric in ("ORR", "DCR") and not 0 <= v.number <= 100:
            return
        placed = getattr(self, "_placed", None)
        if placed is not None and arm.category == "TrialArm":
            placed.setdefault(metric, []).append(arm)
        if metric in ("mPFS", "mOS") and not 0 < v.number <= 150:
            return
        extra = {"subgroup": subgroup}
        if v.ci and metric != "n":
            extra.update(ci_low=v.ci[0], ci_high=v.ci[1])
        add_outcome(self.out, arm, metric, v.number, ev, **extra)

    # -- the walk --------------------------------------------------------------------------------
    def run(self) -> Emitter:
        for s in self.doc.sentences:
            text = s.norm
            if about_other_cancer(text) or re.search(r"exclusion criteria|inclusion criteria|eligibility", text, re.I) \
                    or re.match(r"\s*(?:abbreviations?|keywords?|note)\s*:", text, re.I):
                continue
            rec = self.ctx.recognize(s)
            self.ctx.combination_parts.update({m.entity.id: comps for m, comps in rec.regimens})
            hits = self.ctx.cue_hits(s)
            st = self._update_focus(s, rec, hits)
            if st is None:
                continue
            if any(h[2] == "ongoing" for h in hits) and not _values(text)[0]:
                continue
            if _PRESENT.search(text) and any(m.entity.category == "Trial" for m in rec.mentions) and \
                    st.trial.id != getattr(self.main_trial, "id", None):
                continue  # "in our study ..., compared with X (32%)": whose value is which is not safe to read
            ev = self.out.evidence(s)
            reports = bool(_metrics(hits)) or bool(_N_EQ.search(text)) or \
                bool(_N_PATIENTS.search(text) and _N_VERB.search(text))
            named = any(m.entity.category == "Trial" for m in rec.mentions)
            if (reports or named or st.trial.id == getattr(self.main_trial, "id", None)) and \
                    not self._design(st, s, rec, hits, ev) and reports:
                self._single_arm(st, s, rec, ev)
            if rec.regimens:
                self.out.mentions(rec, ev)
            self.outcomes(st, s, rec, hits, ev)
        return self.out


def hits_of(hits, lexicon: str) -> list:
    return [h for h in hits if h[2] == lexicon]


def _metrics(hits) -> list[tuple[int, int, str | None, list]]:
    """Metric keywords in order (longest hit at each place), lists such as "ORR and DCR" grouped."""
    found = []
    for start, end, lex in hits:
        if lex in METRIC_CUES and lex != "metric_hr":
            found.append((start, end, METRIC_CUES[lex]))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list = []
    last_end = -1
    for start, end, metric in found:
        if start < last_end:
            continue
        out.append((start, end, metric, [metric]))
        last_end = end
    return out


def _values(text: str) -> tuple[list[Value], list[tuple[int, float, str | None]], list]:
    """Numbers with units (CIs, P values, doses and hazard ratios set apart)."""
    masked = list(text)
    cis = []
    hrs = []

    def mask(a: int, b: int) -> None:
        for i in range(a, b):
            masked[i] = " "

    for m in _HR.finditer(text):
        value = float(m.group(1).replace(",", "."))
        tail = text[m.end():m.end() + 60]
        p = _P.search(tail)
        hrs.append((m.start(), value, f"{p.group(1)} {p.group(2)}" if p and p.start() < 45 else None))
        mask(m.start(), m.end())
    for m in _CI.finditer(text):
        cis.append((m.start(), m.group(1), m.group(2)))
        mask(m.start(), m.end())
    for m in _P.finditer(text):
        mask(m.start(), m.end())
    for m in _DOSE.finditer(text):
        mask(m.start(), m.end())
    for m in re.finditer(rf"(?:\b(?:at least|more than|less than|longer than|shorter than|greater than|over|up to|within)\b|"
                         rf"[>≥<≤]|powered to detect[^,;]*?)\s*(?:an?\s+)?(?:[A-Za-z\-]+\s+){{0,3}}?{_NUM}\s*"
                         rf"(?:%|months?|mo\b|weeks?)?", text, re.I):
        mask(m.start(), m.end())  # thresholds and eligibility bounds, not results
    for m in re.finditer(r"\b(?:19|20)\d\d\b|\b(?:n|N)\s*=\s*\d+|\bgrade\s*[≥>]?\s*\d|\b\d+:\d+(?::\d+)?|"
                         r"\bphase\s+\d+|\b\d+(?:st|nd|rd|th)\b|\[\d+(?:[,–-]\d+)*\]|\bstage\s+[IVX\d]+|"
                         r"\bday\s+\d+|\bcycles?\s+\d+|\bexon\s+\d+|\b[A-Z]\d{1,4}[A-Z]?\b|\b\d+-(?:year|month|week)", text):
        mask(m.start(), m.end())
    clean = "".join(masked)
    values = []
    for m in _VALUE.finditer(clean):
        raw = m.group(1)
        if "," in raw and len(raw.split(",")[1]) == 3:
            number = float(raw.replace(",", ""))
        else:
            number = float(raw.replace(",", "."))
        unit = (m.group(2) or "").lower()
        unit = "%" if unit in ("%", "percent") else ("months" if unit in _MONTHS + ("month",) else unit)
        ci = next(((float(a.replace(",", ".")), float(b.replace(",", "."))) for pos, a, b in cis
                   if 0 <= pos - m.end() <= 3 and re.match(r"[\d.]+$", b.replace(",", "."))), None)
        values.append(Value(m.start(1), m.end(), number, unit, ci))
    return values, hrs, cis


def _fits_metric(metric: str, v: Value, region: list[Value]) -> bool:
    if metric in ("ORR", "DCR"):
        return v.unit == "%"
    if metric in ("mPFS", "mOS"):
        if v.unit == "months":
            return True
        if v.unit == "" and any(w.unit == "months" for w in region) and "." in str(v.number):
            return True
        return v.unit == "" and len(region) >= 2 and all(w.unit in ("", "months") for w in region) and v.number < 80 \
            and any(w.number != int(w.number) for w in region)
    return False


def _subgroup(text: str) -> str | None:
    if _OVERALL.search(text):
        return None
    m = re.search(r"\b(?:in|among)\s+(?:the\s+)?(?:patients|those|subgroup|subset)\s+(?:with|harbou?ring|carrying)\s+"
                  r"((?:[A-Z][\w/+\-]*[- ]?(?:WT|MT|wild[- ]type|mutant|mutated|positive|negative|high|low|amplified)"
                  r"(?:\s+ctDNA)?))", text)
    if m:
        return m.group(1)
    m = _SUBGROUP.search(text)
    if m and re.search(r"wild|mut|MSI|MSS|dMMR|pMMR|left|right|sided|positive|negative|high|low|amplif", m.group(1), re.I):
        return m.group(1)
    return None


def labelled_arms(text: str, therapies: list[Mention], ctx) -> list[tuple[str, tuple]]:
    """Arms a design names by label: "arm A (encorafenib with cetuximab); arm B (...)" or "... (Arm D)".

    Each label's stretch of text gives one regimen: its therapies combined, or, when the stretch lists
    alternatives ("mFOLFOX6 or FOLFOXIRI, with or without bevacizumab"), an investigator's-choice
    regimen named by them.
    """
    starts = [(m.start(), (m.group(1) or "").upper()) for m in re.finditer(r"\b[Aa]rm\s+([A-H1-9])\b\s*[(:]", text)]
    ends = [(m.end(), m.group(1).upper()) for m in re.finditer(r"\(\s*[Aa]rm\s+([A-H1-9])\s*\)", text)]
    out: list[tuple[str, tuple]] = []
    if len(starts) >= 2:
        bounds = [p for p, _ in starts] + [len(text)]
        for (pos, label), stop in zip(starts, bounds[1:]):
            seg = [t for t in therapies if pos <= t.start < stop]
            if seg:
                out.append((label, _choice_or_combination(text, seg, ctx)))
    elif ends:
        prev = 0
        for pos, label in ends:
            seg = [t for t in therapies if prev <= t.start < pos]
            if seg:
                out.append((label, _choice_or_combination(text, seg, ctx)))
            prev = pos
    return out


def _choice_or_combination(text: str, seg: list[Mention], ctx) -> tuple[Entity, tuple[Entity, ...]]:
    """One labelled arm's regimen: a combination, or an investigator's choice when the arm lists
    alternatives ("mFOLFOX6 or FOLFOXIRI, or CAPOX, each with or without bevacizumab")."""
    gaps = [""] + [text[a.end:b.start] for a, b in zip(seg, seg[1:])]
    if not any(re.search(r"\bor\b", g) for g in gaps[1:]):
        return _regimen_of(seg, ctx)
    if all(not re.search(r"\bor\b", g) or re.search(r"with or without", g) for g in gaps[1:]) and \
            sum(bool(re.search(r"with or without", g)) for g in gaps) == 1 and len(seg) == 2:
        name = f"{seg[0].entity.name} ± {seg[1].entity.name}"
        return Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),)), (seg[0].entity, seg[1].entity)
    alternatives: list[list[Mention]] = []
    optional: list[Entity] = []
    for i, (m, g) in enumerate(zip(seg, gaps)):
        if i and m.entity.id == seg[i - 1].entity.id:
            continue  # a synonym in brackets: "bevacizumab [Avastin]"
        if re.search(r"with or without", g):
            optional.append(m.entity)
        elif not alternatives or re.search(r"\bor\b", g):
            alternatives.append([m])
        elif re.fullmatch(r"\s*[\[(]\s*", g) and (m.entity.category == "Regimen" or m.entity.attr("named")):
            alternatives[-1] = [m]  # "5-FU, leucovorin, oxaliplatin, and irinotecan [FOLFOXIRI]"
        else:
            alternatives[-1].append(m)
    names = []
    parts: list[Entity] = []
    for alt in alternatives:
        reg, _ = _regimen_of(alt, ctx)
        names.append(reg.name)
        parts.append(reg)
    name = " or ".join(dict.fromkeys(names))
    if optional:
        name += " ± " + " ± ".join(dict.fromkeys(e.name for e in optional))
    entity = Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),))
    return entity, tuple(dict.fromkeys(parts + optional))


def _without_appositions(text: str, therapies: list[Mention]) -> list[Mention]:
    """Drop drug classes that only name the class of the drug before them ("tivantinib, a MET
    inhibitor"; "cabozantinib (a multiple kinase inhibitor)")."""
    out: list[Mention] = []
    for m in therapies:
        if out and m.entity.category == "DrugClass" and out[-1].entity.category in ("Drug", "Regimen") and \
                re.fullmatch(r"\s*(?:,|\()\s*(?:an?|the|another)?\s*(?:[\w\-]+\s+){0,2}", text[out[-1].end:m.start]):
            continue
        out.append(m)
    return out


def _regimen_of(seg: list[Mention], ctx) -> tuple[Entity, tuple[Entity, ...]]:
    """One arm's regimen from its therapy mentions (a combination when they are several); drugs a
    named regimen of the same arm contains ("oxaliplatin, leucovorin and fluorouracil [mFOLFOX6]")
    are that regimen."""
    inside = {c for m in seg for c in ctx.vocab.regimen_components.get(m.entity.id, ())}
    parts = getattr(ctx, "combination_parts", {})
    seg = [m for m in seg if m.entity.id not in inside and not (parts.get(m.entity.id) and set(parts[m.entity.id]) <= inside)]
    distinct = list({m.entity.id: m for m in seg}.values())
    if len(distinct) == 1:
        return distinct[0].entity, ()
    entity, _ = ctx.recognizer.combination(distinct)
    return entity, tuple(m.entity for m in distinct)


def arms_from(text: str, therapies: list[Mention], ctx) -> list[tuple[Entity, tuple[Entity, ...]]]:
    """The regimens a design names, one per arm, from its therapies in order and the words between them.

    "A plus B or C" gives the backbone A to C as well; "A with or without B" gives A + B and A;
    "the addition of A to B" gives A + B and B; "A and B with A alone" gives A + B and A.
    """
    if not therapies:
        return []
    # "the addition of X to Y" / "adding X to Y"
    if len(therapies) >= 2 and re.search(r"(?:addition of|adding)\s+(?:the\s+)?$", text[max(0, therapies[0].start - 20):
                                                                                       therapies[0].start], re.I) \
            and re.search(r"\bto\b", text[therapies[0].end:therapies[1].start]):
        return [_regimen_of([therapies[0], therapies[1]], ctx), (therapies[1].entity, ())]
    therapies = _without_appositions(text, therapies)
    if not therapies:
        return []
    segments: list[list[Mention]] = [[therapies[0]]]
    kinds = []
    compared = re.search(r"\bcompar\w*\s+(?:the\s+)?(?:\w+\s+){0,4}$", text[max(0, therapies[0].start - 60):therapies[0].start], re.I)
    for a, b in zip(therapies, therapies[1:]):
        gap = text[a.end:b.start]
        if compared and re.fullmatch(r"\s*(?:with|to|and|versus|vs\.?)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?", gap, re.I):
            segments.append([b])
            kinds.append("alt")
            continue
        if re.search(r"with or without", gap, re.I):
            segments[-1].append(b)
            kinds.append("optional")
            continue
        if _ARM_WORD.search(gap) and re.search(r"\b(?:and|or|versus|vs\.?|compared)\b", gap, re.I):
            segments.append([b])  # "the A plus B arm and the A plus C arm"
            kinds.append("alt")
            continue
        gap = re.sub(r"\s+", " ", _GAP_NOISE.sub(" ", gap))
        if _ALT_SEP.match(gap) or re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*)?(?:or|versus|vs\.?)\s*(?:the\s+|an?\s+)?(?:[\w\-]+\s+){0,2}",
                                               gap, re.I) or (re.fullmatch(r"\s*with\s*", gap)
                                                              and re.search(r"\balone\b", text[b.end:b.end + 10])):
            segments.append([b])
            kinds.append("alt")
            continue
        if _JOIN_SEP.match(gap) or len(gap) <= 3:
            segments[-1].append(b)
            kinds.append("join")
            continue
        if re.search(r"\b(?:both|each|all)\s+(?:arms?\s+|groups?\s+)?(?:with|plus|in combination with)\s*(?:the\s+)?$", gap, re.I):
            break  # a component shared by every arm (see _shared_component)
        break
    if "optional" in kinds and len(segments) == 1:
        seg = segments[0]
        k = kinds.index("optional") + 1
        return [_regimen_of(seg, ctx), _regimen_of(seg[:k], ctx)]
    if len(segments) >= 2 and len(segments[0]) >= 2 and all(len(x) == 1 for x in segments[1:]):
        backbone = segments[0][0]
        if backbone.entity.category == "Regimen" or backbone.entity.attr("named"):
            segments = [segments[0]] + [[backbone, x[0]] for x in segments[1:]]
    shared = _shared_component(text, therapies, segments)
    out = {}
    for seg in segments:
        reg, comps = _regimen_of(seg + shared, ctx)
        out.setdefault(reg.id, (reg, comps))
    return list(out.values())


def _shared_component(text: str, therapies: list[Mention], segments: list) -> list[Mention]:
    """"... or placebo, both with best supportive care": a therapy given in every arm."""
    last = segments[-1][-1]
    for t in therapies:
        if t.start > last.end and re.search(r"\b(?:both|each|all)\s+(?:arms?\s+|groups?\s+)?(?:with|plus|in combination with|"
                                            r"combined with|together with|received)\s*(?:the\s+)?$",
                                            text[max(last.end, t.start - 40):t.start], re.I):
            return [t]
    return []


def build(doc: Document, ctx) -> Emitter:
    """Trials, arms and outcomes from the prose of ``doc``."""
    return _Reader(doc, ctx).run()


# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
from builders.prefilter import prefiltered  # noqa: E402

_PRESENT, _UNNAMED, _CITATION, _BACK_REF = (prefiltered(p) for p in (_PRESENT, _UNNAMED, _CITATION, _BACK_REF))
_N_PATIENTS, _N_VERB, _SUBGROUP, _SUBGROUP_VS, _OVERALL = (prefiltered(p) for p in (_N_PATIENTS, _N_VERB, _SUBGROUP,
                                                                                      _SUBGROUP_VS, _OVERALL))
