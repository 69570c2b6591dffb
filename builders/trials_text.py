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

Also read: a trial report's own methods and results parts (its registry id, or for a research article
with an author line its first author and year, "Sun et al. 2021"); short forms the text defines for a
therapy or arm ("(FTD-TPI)", "(FP)"); dose levels as arms ("5.4 mg/kg or 6.4 mg/kg", "250 or 500 mg", "A (100 or 300 mg) plus B"), their pooled values on the drug's own arm; arms given by a
comparison or by values tied to regimens ("31.4 months with A and 27.5 months with B", also in a later sentence of a
trial named before it, "X months (A) and Y months (B)", "X and Y in the A and B groups"); each value in its own bracket
after its arm ("longer with A (27.4 months) than with B (21.6 months)"); per-arm and
elided patient counts ("(RAM 536; PBO 536)", "77 were treated", "Five patients"); the size of a population kept with
that population ("604 patients had left-sided tumors", "83 patients were screened"); values of several
populations of one arm, each with its population; a study introduced without a name and named by its
trailing citation; a list of trials each right after its regimen ("trastuzumab plus lapatinib (HERACLES-A),
trastuzumab plus tucatinib (MOUNTAINEER), ..."); one arm's patients split into two populations ("RAS/BRAF wild-type patients
showed longer median PFS (8.5 vs 2.6 months; HR 0.32) versus KRAS-mutant counterparts": the subject first, the compared
population second, the bracket's HR between them); a trial named with no therapy after "Two phase II trials verified
<regimen> ..." (that regimen and phase); the evaluable part of a sample ("with 17 evaluable"); an article's own study
that has no name and no author line (the present cohort study), its named cohorts with their sizes ("(discovery cohort,
n = 64)") and the outcomes of its patients treated with and without one drug ("11.9 vs 6.5 months with and without
bevacizumab", builders.trials_cohort; arms "DRUG-containing therapy" and "therapy without DRUG" unless its design gave
two); what a trial screened ("to screen 1299 tumors"); the part of the patients with a marker ("EPHA2 was detected in
55 tissue samples"); a bibliographic record's author line ("Masi G, Vasile E, ...", surname first) with the record's
year; a dated article's own series of the patients of its institution ("Records of patients ... at our institution were
reviewed"), named by its byline, and when no therapy was given to the series as one, its whole-series values on its one
arm "treatments as given" ("The median survival of the whole population was 30.1 months"; not the values of a part named in
the words around them, builders.trials_own_series); an author line without a year (the present cohort study, no year invented); the arms of the present cohort study from
the sentence that says what it compared ("This retrospective study aimed to investigate A plus B compared with A
monotherapy", builders.trials_own_cohort), with two groups counted by what each received ("60 patients received A and 66
received B") counted on those arms and never on the whole study; a news report's own trial after its
therapy ("A and B yielded ... based on early results from a phase 1/1b study"); counts with an aside ("Thirty-one
patients, 48% with ..., were treated") or by the inclusion criteria ("Sixty-eight patients met the inclusion
criteria"); a unit written once for two values ("9 vs 7 months"); a median survival in weeks or days, kept in its unit
("10.9 weeks vs 11.4 weeks", "52 days"; a schedule, "every 8 weeks", is no value); the one known arm as the subject of an improvement
("A demonstrated improvements in median PFS (9.8 vs 6.8 months, HR 0.59)": A's value and ratio). Left out: differences
("increased by 17%"), values tied to a regimen no arm has (also a clause about another regimen, "whereas adagrasib
monotherapy achieved ..."), an unnamed other study's clause that cites no reference ("A multicenter study demonstrated ...,
while"; a cited one's values go to that study, builders.trials_two_studies), event
counts ("diarrhea (n = 7)"), an ongoing trial's targets, ORR/DCR of 0, other endpoints (relapse-free survival), a
design's hypotheses ("H0=ORR 10%", "powered to detect an ORR of 30%") and sample-size calculations ("To detect a HR for
PFS of 0.70 with an α and β error of 0.05 and 0.20 ..."), a trial the report only measures itself
against ("differed from what was seen in the X trial"), a trial's name used for its standard ("HERACLES criteria"), a
trial a short report's background cites for its results before its methods introduce the report's own study
("Recently, results of the X study demonstrated ... Methods: This phase III study randomized ...": X is not its own),
the author a finding is cited to ("mutations were initially reported by Davies et al. in 2002": no study of a
therapy), and the patients randomised to one labelled arm as the trial's count ("56 patients were randomised to arm A, 55
to arm B").

Every outcome's evidence is the sentence it was read from (``method: rule``).

This module is the reader (``_Reader``: its state, the sentence loop and an own cohort study's contrasts) and
``build``; the reader's parts are mixins of their own modules: which trial a sentence speaks of
(builders.trials_focus), a trial's therapies and arms (builders.trials_design), the counts of patients
(builders.trials_counts) and the outcome values placed on arms (builders.trials_placing). The arms of a design
sentence are read by builders.trials_arms, the values, metrics and the labels and subgroups they are given for by
builders.trials_values.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from functools import cached_property

from builders.context import (Emitter, about_other_cancer, add_arm, add_outcome, author_trial, report_trial, unnamed_trial,
                              other_cancer_named, trial_entity)
from builders.document import LINE_END, Document, Sentence
from builders import trials_own, trials_registry
from builders.bylines import byline_at, news_lead
from builders.trials_own_sample import add_sample_count
from builders.lazy_patterns import lazy_compile
from builders.trials_cohort import arm_names, assign, contrast_drug
from builders.trials_own_cohort import states_own_comparison
from builders.trials_named_groups import compared_groups
from builders.letter_forms import drug_letters, letter_chains
from builders.trials_standard import defined_standard, with_defined_standard
from builders.trials_value_arms import compared_sides
from builders.trials_clause_arms import clause_sides, improvement_sides, listed_sides
from builders.trials_arm_pair import arm_pair
from builders.trials_induction import shared_induction
from builders.trials_backbones import backbone_ratios, may_give_ratios
from builders.trials_analysis_sets import label_cohort_roles
from builders.trials_sole_totals import randomised_trials, rehome_sole_arm_totals
from builders.trials_analysis_population import label_analysed_values, label_marked_counts, note_analysis_population
from builders.trials_analysis_labels import label_analyses, label_populations
from builders.trials_pooled_arms import LABEL as POOLED_LABEL, joined_short_sides, pooled_sides
from builders.trials_marker_groups import subgroup_ratios
from builders.trials_group_contrast import survival_kind
# the survival measure a sentence names ("for PFS", "overall survival")
_RATIOS_WORD = lazy_compile(r"\bHRs\b|\bhazard\s+ratios\b", re.I)
_SURVIVAL_WORD = lazy_compile(r"\b(?:PFS|OS|progression-free\s+survival|overall\s+survival)\b", re.I)
from dataclasses import replace
from builders.trials_anaphors import anaphor_span, with_therapy_anaphor
from builders.trials_values import with_adverse_event_hits, _ARM_LABEL, _unknown_labels
from builders.recognize import Mention, Recognition, in_text_order
from builders.trials_arms import _choice_or_combination, _is_chemotherapy, _regimen_of
from builders.other_options_values import other_options
from builders.trials_values import (TrialState, Value, _metrics, _values, _fits_metric, _cohort_subgroup, _earlier_work,
                                    _cohort_part)
from builders.prefilter import prefiltered
from builders.trials_focus import TrialFocus, _REFS, _CITATION, _NOT_ARMS, _PRESENT, _benchmark_before, names_own_trial
from builders.trials_design import TrialDesign, cites_tested_study
from builders.trials_counts import PatientCounts, _N_EQ, _N_PATIENTS, _N_ELIDED, _MET, _N_VERB
from builders.trials_placing import ValuePlacing, other_trial_named
from builders.trials_two_studies import TwoStudies
from builders.trials_unknown_owner import arm_short_forms, arms_of_unknown_trial, names_short_forms
from builders.trials_pooled import PooledRanges
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY


SHORT_DOC = 60    # a document of at most this many sentences is one report: its trial stays in focus
# a sentence that only counts the patients who met the criteria gives the sample's size ("Sixty-eight patients met
# the inclusion criteria"): the reader does not skip it with the sentences about the criteria (_CRITERIA)
_MET_CRITERIA = lazy_compile(r"\s*(?:results?\s*:\s*)?(?:a total of\s+|overall,?\s+|in total,?\s+)?[\w\-,]+\s+(?:[\w\-]+\s+){0,2}?"
                             rf"(?:patients|participants|pts|subjects)\s+{_MET}\s*\.?\s*", re.I)
_ARM_DEF = lazy_compile(r"\b[Aa]rm\s+([A-H1-9])\s*[(:]|\(\s*[Aa]rm\s+([A-H1-9])\s*\)")
# bracketed short forms that are never a therapy's ("(ORR)", "(HR)", "(CI)")
_NOT_SHORT = {"ORR", "DCR", "PFS", "OS", "MPFS", "MOS", "HR", "CI", "CR", "PR", "SD", "PD", "AE", "AES", "TRAE", "TRAES",
              "TEAE", "TEAES", "DOR", "DOR", "ITT", "RR", "OR", "TTP", "CBR", "QOL", "NR", "NE", "NA", "MSI", "MSS", "DMMR",
              "PMMR", "TMB", "CTDNA", "NGS", "IHC", "FISH", "ECOG", "RECIST", "BICR", "MCRC", "CRC", "US", "UK", "EU"}
# ("a retrospective review of patients", "56 patients were included in the review", "a single-centre review": an own
# series' review of records (a title's "Real-life use of A: a single-centre review");
# "tumor assessments by blinded central review", "PFS by independent review", "approved by the institutional review
# board", "an independent review committee": a trial's own assessment or approval, no review article; "Research
# output: Contribution to journal > Article > peer-review", "Open access peer-reviewed chapter": the publisher's
# word for how any article was vetted)
_REVIEW = lazy_compile(r"(?<!peer-)(?<!peer )(?<!retrospective )(?<!chart )(?<!included in the )(?<!central )(?<!independent )(?<!blinded )"
                       r"(?<!single-centre )(?<!single-center )(?<!single centre )(?<!single center )(?<!single-institution )"
                       r"(?<!radiology )(?<!radiologic )(?<!radiological )(?<!investigator )(?<!institutional )(?<!ethics )"
                       r"(?<!ethical )(?<!external )(?<!expert )(?<!pathology )\breview\b(?!\s+(?:committees?|boards?|panels?)\b)"
                       # (s47 pfocus: "identified from review of electronic health records": a cohort's source, no review)
                       r"(?!\s+of\s+(?:the\s+|their\s+)?(?:(?:electronic|medical|health|patient|patients'|hospital|clinical)\s+){0,3}"
                       r"(?:records|charts|files|notes)\b)|"
                       r"\bmeta-analys[ie]s\b|\bsystematic\b", re.I)
# groups set by what patients took besides the trial's therapy, compared in a secondary analysis ("OS was shorter in
# statin users versus non-users (HR = 1.54)", "the median OS for non-users compared to statin users was 22.4 vs. 19.8
# months", "statin use, adjusted for covariates, was not associated with increased PFS (HR = 1.01)"): the values are
# the exposure groups', not the arms'; nor are the patients of a study "evaluating the effect of statin use on outcome in
# patients treated with A" an arm of A
_EXPOSURE_GROUPS = prefiltered(lazy_compile(r"\bnon-?users\b|\b[\w\-]+\s+users\b|\beffects?\s+of\s+[\w\-]+\s+use\s+on\b|\b[\w\-]+\s+use\b(?:,?\s+(?:adjusted|corrected)\s+for\s+[\w\s]{1,40},?)?"
                                             r"\s+(?:was|were|is)\s+(?:not\s+|significantly\s+|independently\s+)?associated\s+with\b", re.I))  # every sentence
# a trial's name used for the standard it set, not the trial: "according to HERACLES (diagnostic) criteria"
_STANDARD_OF = lazy_compile(r"\s*(?:diagnostic\s+|scoring\s+|eligibility\s+)?(?:criteria|definition|scoring\s+system|"
                            r"algorithm)\b", re.I)
# a sentence about another study than the trial read ("another phase III trial", "previous studies")
_ANOTHER_STUDY = lazy_compile(r"(?i)\b(?:another|other|previous|prior|earlier)\s+(?:\w+\s+){0,2}?"
                              r"(?:study|studies|trials?)\b")


def _without_standards(text: str, rec: Recognition) -> Recognition:
    """The recognition without the trial names that stand for a standard the trial set ("HERACLES criteria")."""
    kept = [m for m in rec.mentions if m.entity.category != "Trial" or not _STANDARD_OF.match(text, m.end)]
    if len(kept) == len(rec.mentions):
        return rec
    return Recognition(kept, list(rec.regimens), dict(rec.populations), list(rec.implied))


# the regimens a trial sets its arm against with no active therapy: a placebo, best supportive care
_CONTROLS = frozenset({"crc:regimen_placebo", "crc:regimen_best_supportive_care"})


class _Reader(TrialFocus, TrialDesign, PatientCounts, ValuePlacing, PooledRanges, TwoStudies):
    def __init__(self, doc: Document, ctx):
        self.doc, self.ctx = doc, ctx
        # whether the document's header (its first 30 lines) says it is a review: then it reports no study of its own
        self._review_header = _REVIEW.search("\n".join(LINE_END.split(doc.text, 30)[:30])) is not None
        self.out = Emitter(doc, ctx, "rule")
        self.cues = ctx.shared.rules.cues
        self.states: dict[str, TrialState] = {}
        self.focus: TrialState | None = None
        self._cohort_kinds: dict[str, bool] = {}  # lettered cohort label -> defined as a group of patients?
        self.short = len(doc.sentences) <= SHORT_DOC
        self._augmented: dict[int, Recognition] = {}
        self.doses: dict[str, str] = {}  # regimen id -> the dose that sets its arm apart ("5.4 mg/kg")
        self._levels: dict[str, set[str]] | None = None  # drug id -> the dose levels the document gives it at
        self._reading: tuple = (None, None)  # the sentence being read and its mentions
        # (text, id(rec)) -> (rec, its spelled-out trial names): therapies() asks for them at every call
        self._spelled_cache: dict[tuple[str, int], tuple[object, list[tuple[int, int]]]] = {}
        self.short_forms = self._short_forms()
        # the standard of care the document spells out ("standard-of-care therapy (SOC; A/B/C)"): what its mentions are
        self.standard = defined_standard(doc.sentences, ctx.recognize, lambda text, seg: _choice_or_combination(text, seg, ctx))
        if self.standard is not None and self.standard.parts:
            ctx.combination_parts.setdefault(self.standard.entity.id, tuple(c.id for c in self.standard.parts))
        self._short_re = re.compile(r"(?<![\w\-])(" + "|".join(re.escape(k) for k in sorted(self.short_forms, key=len, reverse=True))
                                    + r")(?![\w\-])") if self.short_forms else None
        from kg.ids import document_key
        self._unnamed_prefix = mint("trial", document_key(doc.name)) + "_"  # as builders/context.py unnamed_trial keys them
        # a short report's registry numbers that stand for the one trial it names (builders/trials_registry.py)
        self.aliases: dict[str, Entity] = {}
        # whole-sample counts put on a trial's one arm read so far (builders/trials_sole_totals.py)
        self._sole_totals: list = []
        self.title_trial_name: Entity | None = None  # the trial the title closes with in brackets ("... (STEAM).")
        if self.short:
            title = trials_own.title_of(doc)
            self.title_trial_name = trials_registry.title_closing_trial(title, ctx.recognize, ctx.vocab)
            self.aliases = trials_registry.registry_aliases(
                doc, lambda s: trials_registry.with_named(s.norm, ctx.recognize(s), self.title_trial_name),
                self._unnamed_prefix, title.index if title else -1, self._not_own)
        self._cited_trials: set[str] | None = None
        self.main_trial, self.main_regimen = self._main() if self.short else (None, None)
        # the trial a short report's title names among others it cites: its own, where a sentence says "this study"
        self.titled_trial, self.titled_regimen = self._main(titled=True) if self.short and self.main_trial is None \
            else (None, None)
        self.report, self.report_regimen = report_trial(doc, ctx)
        if self.report is not None and self.report.id in self.aliases:
            # the registry number the report says it was registered under, of the trial it names
            named = self.aliases[self.report.id]
            self.report = Entity(named.id, "Trial", named.name, named.synonyms, named.xrefs, self.report.attributes)
        head = byline_at(doc.text)  # (line, first author, year) of the article's byline (builders/bylines.py)
        self.byline_line, self.byline = (head[0], head[1:]) if head else (-1, None)
        self.news_report = head is not None and news_lead(doc.text) == head  # a news report of one article, by its lead
        self.own_study = None  # the article's own study, named by its first author ("Wen et al. 2022")
        if self.report is None and not self.named_trial_is_own():
            self.report, self.report_regimen = self._own_study()
            self.own_study = self.report
            if self.own_study is not None and self.main_trial is not None and self.byline is not None and \
                    self.byline[1] is not None:
                # a dated article's own study, beside one named trial that is not its own (a real-world series of a
                # regimen a named trial tested): the sentences that name no trial speak of the own study
                self.main_trial, self.main_regimen = None, None
        # the sentence that introduces the report's own trial, and its section: the sentences of that section before it
        # are its background (the title and a page's key findings above the abstract are not)
        self.main_from: tuple[int, str] = (0, "")
        if self.short and self.main_trial is None and self.report is None:
            self.main_trial, self.main_regimen = self._introduced_trial()
            if self.main_trial is not None:
                self.main_trial = trials_registry.with_registered_number(self.main_trial, doc.text)
        if self.short and self.main_trial is None and self.report is None and self.titled_trial is None and \
                self.byline is not None and self.byline[1] is not None:
            self.report, self.report_regimen = self._own_study(counted=True)
            self.own_study = self.report
            if self.report is not None and self.news_report:
                # a news report of one article, named by its lead author: its study is the one it speaks of throughout
                self.main_trial, self.main_regimen = self.report, self.report_regimen
        if self.short and self.main_trial is None and self.report is None and self.titled_trial is None and \
                self._own_comparison_stated():
            # (s45 own) a report that introduces no trial otherwise and says what its own study compared ("This trial
            # was a randomized phase 3 comparison of A versus B"): the present study, its arms from that sentence
            self.report, self.report_regimen = unnamed_trial(doc, "present cohort study"), None
            self.own_study = self.report
        if self.report is not None and self.report_regimen is not None:
            self._state(self.report, doc.sentences[0] if doc.sentences else None).candidate = self.report_regimen
        self.first_unnamed: Entity | None = None  # the first study a long report introduces without a name
        self.unnamed_regimens: dict[str, Entity] = {}  # unnamed study id -> the regimen it was introduced with
        self.after_regimen: set[str] = set()  # unnamed studies introduced after their regimen ("A was tested in a ...")
        self.arms_ahead: dict[str, int] = {}  # unnamed studies whose arms a later sentence assigns: that sentence's index
        self._series_parted: set[str] = set()  # own studies whose parts' values have begun (ValuePlacing._whole_series_part)
        self.new_focus = -1  # the sentence that last introduced a study without naming a trial
        self.cite_ahead = self._citations_ahead()
        self.named_at: dict[str, int] = {}  # trial id -> the last sentence read that names it
        self.group_names: dict[str, dict] = {}  # trial id -> the names of its own groups -> their arms ("the A group")
        self.author_years: dict[str, set[str]] = {}
        # (sentence index, trial id, population labels in order) of the last single-arm value list each of
        # whose values named its population ("28% in the ITT population and 44% among patients with CRC"): the
        # populations a "respectively" list of the next sentence gives its values for
        self.listed_groups: tuple[int, str, list] | None = None
        self.sentence_index = -1  # the sentence whose values are being placed
        for m in _CITATION.finditer(doc.text):
            if m.group(2):
                self.author_years.setdefault(m.group(1), set()).add(m.group(2))

    # -- short forms of therapies and arms the document defines ---------------------------------------
    def _short_forms(self) -> dict[str, Entity]:
        """Short forms the document gives a therapy or an arm's regimen in brackets, which the recogniser
        does not know: "trifluridine/tipiracil (FTD-TPI)", "fruquintinib combined with PD-1 inhibitor (FP)",
        "placebo (PBO)". Every letter of the short form is a letter of the long form."""
        found: dict[str, Entity] = {}
        one_letter: dict[str, Mention] = {}
        clashes: set[str] = set()
        for s in self.doc.sentences:
            text = s.norm
            if "(" not in text:
                continue
            rec = self.ctx.recognize(s)
            therapies = [m for m in rec.merged() if m.entity.category in THERAPY]
            for key, m in drug_letters(text, [t for t in rec.mentions if t.entity.category == "Drug"]).items():
                if key in one_letter and one_letter[key].entity.id != m.entity.id:
                    clashes.add(key)  # one letter for two drugs: neither reading is safe
                one_letter.setdefault(key, m)
            for b in re.finditer(r"\(\s*([A-Za-z][A-Za-z0-9\-/+]{0,11})\s*\)", text):
                short = b.group(1)
                if short in found or len(short) < 2 or not re.search(r"[A-Z].*[A-Z]|^[A-Z]{2}", short) or \
                        short.upper() in _NOT_SHORT or re.fullmatch(r"[IVX]+|[A-H]|\d.*", short) or \
                        any(m.start <= b.start(1) < m.end for m in rec.mentions):
                    continue
                before = [t for t in therapies if t.end <= b.start() and not text[t.end:b.start()].strip()]
                if not before:
                    continue
                seq = [before[-1]]
                for t in reversed([t for t in therapies if t.end <= seq[0].start]):
                    gap = text[t.end:seq[0].start]
                    if re.fullmatch(r"\s*(?:\+|plus|and|with|combined with|in combination with)\s*(?:an?|the)?\s*", gap, re.I):
                        seq.insert(0, t)
                    else:
                        break
                entity, comps = _regimen_of(seq, self.ctx)
                long_letters = set(re.sub(r"[^a-z]", "", " ".join(t.text for t in seq).lower() + entity.name.lower()))
                letters = re.sub(r"[^a-z]", "", short.lower())
                initials = {w[0] for w in re.findall(r"[a-z]+", " ".join(t.text for t in seq).lower())}
                if not letters or (letters[0] not in initials and len(letters) < 4) or not set(letters) <= long_letters:
                    continue
                if comps:
                    self.ctx.combination_parts.setdefault(entity.id, tuple(c.id for c in comps))
                found[short] = entity
        one_letter = {k: m for k, m in one_letter.items() if k not in clashes}
        self.drug_letters = set(one_letter)  # "bevacizumab (B)": letters that stand for a drug in this document
        if one_letter:
            for chain, drugs in letter_chains(self.doc.text, one_letter).items():
                entity, comps = _regimen_of(drugs, self.ctx)  # "D+T+P": the regimen of the drugs its letters stand for
                if comps:
                    self.ctx.combination_parts.setdefault(entity.id, tuple(c.id for c in comps))
                found.setdefault(chain, entity)
        return found

    def recognize(self, s: Sentence):
        """The sentence's mentions, with the short forms of therapies the document defined."""
        if s.index in self._augmented:
            return self._augmented[s.index]
        rec = trials_registry.with_aliases(trials_registry.with_named(
            s.norm, _without_standards(s.norm, self.ctx.recognize(s)), self.title_trial_name), self.aliases)
        if self.standard is not None and (self.short or s.index == self.standard.sentence):
            # (a long document, a review, may speak of several trials' standards: there only where it is spelled out)
            rec = with_defined_standard(s.index, rec, self.standard, lambda entities: _regimen_of(
                [Mention(0, 0, e.name, e) for e in entities], self.ctx))
        rec = self._with_anaphor(s, rec)
        if self._short_re is None:
            self._augmented[s.index] = rec
            return rec
        text = s.norm
        extra = []
        for m in self._short_re.finditer(text):
            if any(x.start < m.end() and m.start() < x.end for x in rec.mentions):
                continue
            entity = self.short_forms[m.group(1)]
            prev = [x for x in rec.merged() if x.end <= m.start() - 1 and not text[x.end:m.start() - 1].strip()]
            if text[m.start() - 1:m.start()] == "(" and prev and prev[-1].entity.id == entity.id:
                continue  # the definition itself: "placebo (PBO)"
            if text[m.start() - 1:m.start()] == "(" and prev and prev[-1].entity.category in THERAPY:
                continue  # "... with panitumumab (FP)": the short form of what stands before
            extra.append(Mention(m.start(), m.end(), m.group(1), entity, "abbreviation"))
        if not extra:
            self._augmented[s.index] = rec
            return rec
        out = Recognition(in_text_order(rec.mentions + extra), list(rec.regimens),
                          dict(rec.populations), list(rec.implied))
        self._augmented[s.index] = out
        return out

    @contextmanager
    def recognized_as(self, s: Sentence, rec):
        """Within the block, ``recognize(s)`` gives ``rec`` (a clause's own mentions wherever the clause's reading asks
        for the sentence's, builders/trials_two_studies.py); after it, what it gave before (or a fresh reading)."""
        before = self._augmented.get(s.index)
        self._augmented[s.index] = rec
        try:
            yield
        finally:
            if before is None:
                self._augmented.pop(s.index, None)
            else:
                self._augmented[s.index] = before

    def _with_anaphor(self, s: Sentence, rec):
        """``rec`` with the therapy "this drug" / "this combination" stands for, named in the sentence before of the
        same section, where the sentence introduces its trial (builders.trials_anaphors)."""
        found = anaphor_span(s.norm) if s.index else None
        trials = [m.entity.id for m in rec.mentions if m.entity.category == "Trial"] if found else []
        if not trials:
            return rec  # (only a sentence that names its trial gives the trial its therapy)
        if any(self._first_named.get(t, s.index) < s.index for t in trials):
            return rec  # (a trial named before has its arms: the anaphor's therapy may be none of them)
        previous = self.doc.sentences[s.index - 1]
        if previous.section != s.section:
            return rec
        return with_therapy_anaphor(s.norm, rec, self.ctx.recognize(previous), found) or rec

    @cached_property
    def _first_named(self) -> dict:
        """Each trial's first naming sentence (one pass over the document, on first use)."""
        first = {}
        for other in self.doc.sentences:
            for m in self.ctx.recognize(other).mentions:
                if m.entity.category == "Trial":
                    first.setdefault(m.entity.id, other.index)
        return first

    def _cohort_contrast(self, st: TrialState | None, s: Sentence, rec, hits) -> bool:
        """Outcomes of a cohort's patients treated with and without one drug ("in patients with a high HGF
        signature, median PFS was 11.9 vs 6.5 months with and without bevacizumab (HR 0.52)"), in a study of the
        article's own (no trial in focus, or the article's author-named study): arms "DRUG-containing therapy" and
        "therapy without DRUG", each value with the subgroup the sentence names (builders.trials_cohort). A study
        whose design gave two arms, one with the drug, keeps them (also a named trial's)."""
        text = s.norm
        named = st is not None and st.trial.id != getattr(self.own_study, "id", None)
        if named and len(st.arms) != 2:
            return False  # a named trial's with/without values go to its own two arms only
        if not _cohort_part(s) or _REFS.search(text):
            return False  # (the part and the citations asked before the metrics are read, which costs more)
        metrics = [m for m in _metrics(hits, text) if len(m[3]) == 1]
        if not metrics:
            return False
        found = contrast_drug(text, [m for m in self._unmerged(text, rec) if m.entity.category in THERAPY])
        if found is None:
            return False
        drug, groups = found
        values, hrs, _ = _values(text)
        read = []
        for i, (_, end, metric, _) in enumerate(metrics):
            stop = metrics[i + 1][0] if i + 1 < len(metrics) else len(text)
            region = [v for v in values if end <= v.start < stop]
            fitting = [v for v in region if _fits_metric(metric, v, region)]
            sides = assign(groups, [v.start for v in fitting])
            if sides is not None:
                read.append((metric, fitting, sides, [h for h in hrs if end <= h[0] < stop and 0.05 <= h[1] <= 5]))
        if not read:
            return False
        trial = st.trial if st is not None else self._present_study()
        if trial is None:
            return False
        arms = self._design_pair(st, drug.entity) if st is not None else None
        if named and arms is None:
            return False
        ev = self.out.evidence(s)
        if arms is not None:
            arm_with, arm_without = arms  # "treated with chemotherapy with or without bevacizumab": its design's arms
        else:
            treated_name, untreated_name = arm_names(drug.entity.name)
            treated = Entity(mint("regimen", treated_name), "Regimen", treated_name, (), (), (("combination", True),))
            untreated = Entity(mint("regimen", untreated_name), "Regimen", untreated_name)
            self.out.fact(treated, "has_component", drug.entity, ev)
            arm_with, arm_without = add_arm(self.out, trial, treated, ev), add_arm(self.out, trial, untreated, ev)
        subgroup = _cohort_subgroup(text)
        for metric, fitting, sides, ratios in read:
            for v, had in zip(fitting, sides):
                self._add(arm_with if had else arm_without, metric, v, ev, subgroup)
            if metric in ("mPFS", "mOS") and len(ratios) == 1:
                add_outcome(self.out, arm_with, "HR_" + metric[1:], ratios[0][1], ev, subgroup=subgroup, p=ratios[0][2])
        return True

    def _named_cohorts(self, st: TrialState | None, s: Sentence, rec) -> bool:
        """The size of each cohort an article of its own names ("in patients who received bevacizumab-containing
        therapy (discovery cohort, n = 64)"): n of the arm of the one therapy right before it, else of the study,
        kept with the cohort's name."""
        text = s.norm
        if st is not None and st.trial.id != getattr(self.own_study, "id", None):
            return False
        found = list(_NAMED_COHORT.finditer(text))
        if not found or _REFS.search(text) or not _cohort_part(s):
            return False
        trial = st.trial if st is not None else self._present_study()
        if trial is None:
            return False
        ev = self.out.evidence(s)
        therapies = [m for m in self._unmerged(text, rec) if m.entity.category in THERAPY and m.entity.id not in _NOT_ARMS]
        prev = 0
        for m in found:
            clause = re.split(r"[;,]\s*(?:and\s+|while\s+|whereas\s+)?|\band\s+(?=\w+ly\b|\w+ed\b)", text[prev:m.start()])[-1]
            lo = m.start() - len(clause)
            given = [t for t in therapies if lo <= t.start and t.end <= m.start()]
            owner = trial
            if len(given) == 1 and not re.search(r"\bwith(?:out)?\s+(?:and|or|versus|vs\.?)\s+with(?:out)?\s+(?:the\s+)?$",
                                                 text[max(0, given[0].start - 30):given[0].start], re.I):
                owner = add_arm(self.out, trial, given[0].entity, ev)
            else:
                self.out.entity(trial)
            name = re.sub(r"\s+", " ", m.group("name") or m.group("name2"))
            count = m.group("n") or m.group("n2")
            self._add(owner, "n", Value(m.start(), m.end(), float(count), ""), ev, name)
            prev = m.end()
        return True

    # -- the walk --------------------------------------------------------------------------------
    def _other_cancer_trial(self, s: Sentence) -> bool:
        """Whether a sentence about another cancer cites one named trial with its arms ("PHOEBE confirmed A's advantage
        over B when combined with C for HER2-positive breast cancer"): a named trial's design says what that trial
        tested, whatever its cancer, so its arms and the sentence's values are read as for any trial; a sentence that
        gives the trial fewer than two arms (a mention near its name) is left unread, as other cancers' are.

        The trial studied the cancer the sentence names (one only: "trial studied_in breast cancer", on the sentence),
        so that its values are never taken for colorectal ones; a sentence that names no one cancer ("in breast and
        gastric cancers", a cancer diseases.yaml does not list) is left unread."""
        rec = self.recognize(s)
        named = {m.entity.id: m for m in rec.mentions if m.entity.category == "Trial"}
        if len(named) != 1:
            return False
        cited = self._cited_other_cancer_trial(s, rec, named)
        if cited:
            cancer = other_cancer_named(s.norm, self.ctx.vocab)
            if cancer is None:
                return False  # no one cancer told ("in breast and gastric cancers"): skipped, its arms read as no one's
            self.out.fact(trial_entity(next(iter(named.values())).entity), "studied_in", cancer, self.out.evidence(s))
        return cited

    def _cited_other_cancer_trial(self, s: Sentence, rec, named: dict) -> bool:
        """Whether the sentence gives its one named trial two arms or more (see :meth:`_other_cancer_trial`).

        The reading is a scratch one: what it records goes to a scratch emitter, and the shared context, the sentence
        being read and the index of recorded components are given back as they were, so a sentence left unread leaves
        nothing behind (a sentence read goes on to the full reading, which sets them again)."""
        mention = next(iter(named.values()))
        text = s.norm
        parts = self.ctx.combination_parts
        kept_parts = dict(parts)
        parts.update({m.entity.id: comps for m, comps in rec.regimens})
        hits = with_adverse_event_hits(text, self.ctx.cue_hits(s))
        out, self.out = self.out, Emitter(self.doc, self.ctx, "rule")
        reading, index = self._reading, self.__dict__.get("_component_index")
        try:
            scratch = TrialState(trial_entity(mention.entity))
            self._reading = (text, rec)
            self._design(scratch, s, rec, hits, self.out.evidence(s))
        finally:
            self.out, self._reading = out, reading
            self.__dict__["_component_index"] = index  # (the index of the document's facts, not the scratch ones)
            parts.clear()
            parts.update(kept_parts)
        return len(scratch.arms) >= 2

    def run(self) -> Emitter:
        held: tuple | None = None  # the focus before a sentence citing another cancer's trial, given back after it
        # the section where arms of a trial the reader does not know were listed, and their short forms
        # (builders/trials_unknown_owner.py)
        self._foreign: str | None = None
        self._foreign_forms: frozenset[str] = frozenset()
        self.foreign_regimens: set[str] = set()  # what those sentences name: no regimen of the trial in focus
        for s in self.doc.sentences:
            text = s.norm
            if held is not None:
                self.focus, held = held[0], None
            self._line = None  # (the later line outcomes() finds is this sentence's only: _add reads it before then)
            other = about_other_cancer(text)
            if (other and not self._other_cancer_trial(s)) or (_CRITERIA.search(text) and not _MET_CRITERIA.fullmatch(text)) \
                    or re.match(r"\s*(?:abbreviations?|keywords?|note)\s*:", text, re.I) or _POWER_CALCULATION.search(text) \
                    or _EXPOSURE_GROUPS.search(text):
                continue
            if other:
                held = (self.focus,)  # the passage goes on about colorectal cancer: the cited trial holds no focus
            rec = self.recognize(s)
            self._spelled_cache.clear()
            self._reading = (text, rec)  # the sentence whose arms _set_arms names by dose level
            self.ctx.combination_parts.update({m.entity.id: comps for m, comps in rec.regimens})
            hits = with_adverse_event_hits(text, self.ctx.cue_hits(s))
            if self._pooled(s, rec, hits):
                continue  # a review's ranges over the studies it cites: no one trial's values
            self._paired_trials(s, rec)
            self._registered_trials(s, rec)
            self._pooled_named_trials(s, rec)
            self._listed_phase(s, rec)
            if self._two_studies(s, rec, hits):
                # several studies, each with its values in its own clause (builders/trials_two_studies.py)
                self.named_at.update({m.entity.id: s.index for m in rec.mentions if m.entity.category == "Trial"})
                continue
            st = self._update_focus(s, rec, hits)
            if st is not None and st.trial.attr("pooled") and st.named and st.named[-1] == s.index and \
                    not _metrics(hits):
                continue  # (the sentence naming a pool of named trials: what they compared is no design of the pool)
            if self._foreign is not None:
                if any(m.entity.category == "Trial" for m in rec.mentions):
                    self._foreign = None
                elif self._foreign == s.section or names_short_forms(text, self._foreign_forms):
                    self.foreign_regimens.update(m.entity.id for m in rec.merged())
                    continue  # the passage goes on about that trial ("Patients with low X benefited (HR (C vs CB),
                    # 0.21)") until another trial is named: not the focus trial's arms or values
            if arms_of_unknown_trial(text, rec.mentions, st.trial if st is not None else None):
                self._foreign, self._foreign_forms = s.section, arm_short_forms(text)
                self.foreign_regimens.update(m.entity.id for m in rec.merged())
                continue  # arms "randomised to ... in the X trial" of a trial the reader does not know, not the one in
                # focus (a further population the sentence names): not that trial's (builders/trials_unknown_owner.py)
            if st is not None and not st.trial.id.startswith(self._unnamed_prefix) and st.trial != self.own_study:
                # "we report the outcomes of patients with RAS-wt disease" of a named trial (a report's own unnamed
                # series that says so, "We evaluated the outcome of patients with MSS mCRC who were treated with A",
                # states the population it took in)
                note_analysis_population(st, self.doc, s)
            self.named_at.update({m.entity.id: s.index for m in rec.mentions if m.entity.category == "Trial"})
            named = self._named_cohorts(st, s, rec)  # a sentence that sizes the cohorts of the article's own study
            if self._cohort_contrast(st, s, rec, hits) or named:
                continue
            if st is None:
                continue
            if any(h[2] == "ongoing" for h in hits) and (
                    (not _values(text)[0] and not _N_PATIENTS.search(text)) or
                    re.search(r"\bwill\b|\btarget(?:ed)?\s+(?:median|ORR|PFS|OS|response|sample|enrol)|\bexpected to\b|"
                              r"\b(?:is|are|currently) recruiting\b|\bestimated enrol", text, re.I)):
                # an ongoing trial's plans are not results, but what it tests is its design
                cited = cites_tested_study(st, text, rec)
                if cited and any(h[2] == "still_running" for h in hits) and "status" not in dict(st.trial.attributes):
                    # ("One study is ongoing to explore A plus B (Lee et al., 2024)": a study still running, as a
                    # named trial said to be ongoing is)
                    st.trial = trial_entity(st.trial, status="ongoing")
                    self.out.entity(st.trial)
                if any(m.entity.category == "Trial" for m in rec.mentions) or cited:
                    ev = self.out.evidence(s)
                    if not self._design(st, s, rec, hits, ev):
                        self._single_arm(st, s, rec, ev)
                continue
            if (self.report or self.main_trial) is not None and st.trial.id != (self.report or self.main_trial).id and any(
                    m.entity.category == "Trial" and m.entity.id == st.trial.id and _benchmark_before(text[:m.start])
                    for m in rec.mentions):
                continue  # "Lonsurf offered a better PFS than that of the RECOURSE trial": the report's own results set
                # beside another trial's, whose arms and values the sentence does not give
            if any(m.entity.category == "Trial" for m in rec.mentions) and _PRESENT.search(text) and \
                    st.trial.id != getattr(self.main_trial, "id", None) and \
                    not names_own_trial(text, rec.mentions, st.trial.id):
                continue  # "in our study ..., compared with X (32%)": whose value is which is not safe to read (but
                # "In our phase 2 trial (NCT...), ... ORR of 15%" names the own study itself: its values are read)
            ev = self.out.evidence(s)
            reports = bool(_metrics(hits)) or bool(_N_EQ.search(text)) or \
                bool(_N_VERB.search(text) and _N_PATIENTS.search(text)) or bool(_N_ELIDED.search(text))
            named = any(m.entity.category == "Trial" for m in rec.mentions)
            introduced = (self.new_focus == s.index or self.arms_ahead.get(st.trial.id) == s.index or (
                st.trial.id.startswith(self._unnamed_prefix) and
                re.search(r"\b(?:this|the) (?:study|trial)\b", text, re.I))) and \
                re.search(r"\b(?:patients?|participants|cohorts?|cases|pts)\b", text, re.I) and \
                not re.search(r"\b(?:cells?|cell lines?|xenografts?|mice|mouse|organoids?|in vitro|in vivo)\b", text, re.I)
            # a study the text introduced without a name gets its arms where it is introduced or referred back to
            # (a short report's own trial, introduced in its title or opening, is the report's subject throughout)
            loose = st.trial.id.startswith(self._unnamed_prefix) and not introduced and \
                st.trial.id != getattr(self.main_trial, "id", None)
            if not st.arms and st.trial.id == getattr(self.own_study, "id", None) and states_own_comparison(text):
                # (the own study introduced or named by its byline, "Feng et al. 2016", as well as one left loose)
                if self._named_groups(st, s, rec, ev):
                    # (each group's count is read with its name: no other reading of the sentence's brackets)
                    if rec.regimens:
                        self.out.mentions(rec, ev)
                    continue
                if loose:
                    self._own_cohort_arms(st, s, rec, hits, ev)
            if not loose and (self._subgroup_ratio_run(st, s, rec, ev) or self._backbone_ratios(st, s, rec, ev)):
                if rec.regimens:
                    self.out.mentions(rec, ev)
                continue  # the sentence's ratios are each one marker group's or one backbone's: no other reading of it
            # (s44 ovals) the report's own unnamed trial, in focus from its title, takes no arms from the background
            # before the sentence that introduces it ("Purpose: The addition of B to C improved PFS. This phase II study
            # was designed to evaluate A plus B ...": no arms B + C and C)
            background = self.main_trial is not None and st.trial.id == self.main_trial.id and not named and \
                st.trial.id.startswith(self._unnamed_prefix) and self._background_of_introduced(s)
            if (reports or named or introduced or self._design_follows(st, s, hits) or
                    st.trial.id in (getattr(self.main_trial, "id", None), getattr(self.report, "id", None))) and \
                    not loose and not background and not (not named and _earlier_work(s)) and \
                    not self._design(st, s, rec, hits, ev) and reports and \
                    not self._arms_from_tied_values(st, s, rec, hits, ev):
                self._single_arm(st, s, rec, ev)
            if background:
                pass
            elif not st.arms and self._own_in_focus(st, s):
                self._value_compared_arms(st, s, rec, ev)
            elif len(st.arms) == 1 and not loose and self._own_in_focus(st, s):
                self._second_named_arm(st, s, rec, ev)
            if len(st.arms) >= 2 and not loose and "induction" in text:
                self._shared_induction(st, s, rec, ev)
            if rec.regimens:
                self.out.mentions(rec, ev)
            if len(st.arms) >= 2 and not loose and _ARM_LABEL.search(text) and _unknown_labels(text, st):
                self._results_labels(st, text, rec)  # "9.0 months with A or B plus C (arm A) vs ...": the arm's label
            if not other_options(text):  # (what the available treatments achieve: no arm's, builders/other_options_values.py)
                before = len(self.out.outcomes)
                self.outcomes(st, s, rec, hits, ev)
                if len(self.out.outcomes) > before and len(st.arms) >= 2:
                    self._label_pooled(st, text, rec, before)
                if len(self.out.outcomes) > before:
                    self._closing_count(st, text, before, ev)  # "... 87% among 45 evaluable patients"
        if held is not None:
            self.focus = held[0]  # (the document's last sentence cited another cancer's trial)
        # (whole-sample counts back on their trial before any label is given: builders/trials_sole_totals.py)
        rehome_sole_arm_totals(self.out, self._sole_totals, randomised_trials(self.doc, self.states.values()))
        label_analysed_values(self.out, self.states.values())  # (builders/trials_analysis_population.py)
        label_marked_counts(self.out, self.states.values(), self.doc)
        label_populations(self.out)  # (builders/trials_analysis_labels.py)
        label_cohort_roles(self.out)  # (builders/trials_analysis_sets.py)
        label_analyses(self.out, {st.trial.id for st in self.states.values()})
        if self.own_study is not None and self.byline is not None and self.byline[1] is not None and \
                self.own_study.id == author_trial(*self.byline).id:
            add_sample_count(self.out, self.doc, self.own_study, self.recognize)  # (builders/trials_own_sample.py)
        self._cited_by_byline()
        return self.out

    def _label_pooled(self, st: TrialState, text: str, rec, since: int) -> None:
        """Label "pooled arms" the values the sentence just gave (from ``since`` on) for arms it says were pooled
        ("pooled concurrent and sequential A versus B (11.7 vs 9.5 months; HR 0.7)": 11.7 and the ratio;
        builders/trials_pooled_arms.py): the one arm named where the pooling is (two arms the reader knows as one
        regimen), else every arm the sentence names nowhere else (the other side of the comparison keeps its values); a
        value put on one of two arms named as pooled ("pooled arms A and B") is dropped."""
        joined = joined_short_sides(text)
        if joined:
            # "(HR (C vs CB+CBM), 0.21)": two arms' short forms joined as one side; a value put on either is of neither,
            # and a ratio of that comparison is no single arm's (neither the pooled arms' nor the other side's)
            refs = self.arm_refs(st, text, rec)
            inside = {a.id for q, a in refs if any(lo <= q < hi for lo, hi in joined)}
            if len(inside) >= 2:
                self.out.outcomes[since:] = [o for o in self.out.outcomes[since:]
                                             if o.arm not in inside and not o.metric.startswith("HR")]
        sides = pooled_sides(text)
        if not sides:
            return
        refs = self.arm_refs(st, text, rec)
        inside = {a.id for q, a in refs if any(lo <= q < hi for lo, hi in sides)}
        if len(inside) >= 2:
            # "pooled arms A and B versus arm C": a value put on one of the arms pooled is of neither: none is kept
            self.out.outcomes[since:] = [o for o in self.out.outcomes[since:] if o.arm not in inside]
            return
        if not inside:
            outside = {a.id for q, a in refs}
            inside = {o.arm for o in self.out.outcomes[since:]} - outside
        self.out.outcomes[since:] = [replace(o, subgroup=POOLED_LABEL) if o.arm in inside and o.subgroup is None else o
                                     for o in self.out.outcomes[since:]]

    def _backbone_ratios(self, st: TrialState, s: Sentence, rec, ev) -> bool:
        """The hazard ratios of a two-arm add-on trial given one per chemotherapy backbone ("the hazard ratio for PFS
        was 0.72 with FOLFOX and 1.02 with CapeOX"; builders.trials_backbones): each the add-on arm's, labelled with
        its backbone, when the backbones are no arm's parts (the arms name a class of regimen: "an oxaliplatin-based
        regimen (FOLFOX or CapeOX) with or without A") and the sentence names no therapy but them and the add-on.
        Returns whether it read them."""
        if len(st.arms) != 2 or not may_give_ratios(s.norm):
            return False  # (the cheap test first: most sentences give no hazard ratio)
        if _earlier_work(s) or self._cited_clause(st, s.norm) is not None or other_trial_named(st, rec) or \
                _ANOTHER_STUDY.search(s.norm):
            return False
        regs = [st.regimens.get(a.id) for a in st.arms]
        if None in regs:
            return False
        comps = [set(self._has_component(r.id)) or {r.id} for r in regs]

        def holds(big: int, small: int) -> bool:  # the arm ``big`` is the arm ``small`` plus something
            return regs[big].id != regs[small].id and (comps[small] < comps[big] or regs[small].id in comps[big])
        order = [(b, 1 - b) for b in (0, 1) if holds(b, 1 - b)]
        if len(order) != 1:
            return False
        big, small = order[0]
        addon_arm = st.arms[big]
        added = comps[big] - comps[small] - {regs[small].id}
        held = comps[0] | comps[1] | {c for a in st.arms for c in self._components(st, a)} | {r.id for r in regs}
        vocab = self.ctx.vocab
        therapies = self.therapies(s.norm, rec)
        # a backbone written with the add-on ("FOLFOX plus A", one combination mention) stands for the backbone
        split = []
        for t in therapies:
            parts = set(self.ctx.combination_parts.get(t.entity.id, ()))
            rest = parts - added
            if parts & added and len(rest) == 1 and vocab.entities.get(next(iter(rest))) is not None:
                t = Mention(t.start, t.end, t.text, vocab.entities[next(iter(rest))], t.source)
            split.append(t)
        therapies = split
        backbones = [t for t in therapies if vocab.regimen_components.get(t.entity.id) and t.entity.id not in held]
        others = [t for t in therapies if t not in backbones]
        if any(t.entity.id not in added and not _is_chemotherapy(t.entity) for t in others):
            return False
        ratios = backbone_ratios(s.norm, backbones, others)
        for metric, a, b, v, bb in ratios:
            self._add(addon_arm, metric, Value(a, b, v, ""), ev, bb.entity.name)
        if ratios and st.population is not None and st.population[0] == s.index - 1:
            st.population = (s.index, st.population[1])  # the population the run of results is of goes on past them
        return bool(ratios)

    def _subgroup_ratio_run(self, st: TrialState, s: Sentence, rec, ev) -> bool:
        """The hazard ratios a sentence gives one per marker group in a "respectively" run ("hazard ratios for A versus
        B in CMS1, 2, 3 and 4: 0.83, 0.50, 0.31 and 1.24, respectively"; builders.trials_marker_groups): each the arm's
        the sentence names first among the sides, labelled with its group, when the sentence names one survival
        measure, and when the side names one arm ("CB+CBM versus C", two arms joined, names none). Returns whether
        it read them."""
        if len(st.arms) < 2 or "respectively" not in s.norm or not _RATIOS_WORD.search(s.norm):
            return False  # (the cheap test first)
        found = subgroup_ratios(s.norm)
        if found is None:
            return False
        side, ratios = found
        measures = {survival_kind(x.group(0)) for x in _SURVIVAL_WORD.finditer(s.norm)}
        if side is None or len(measures) != 1:
            return False
        named = {a.id: a for q, a in self.arm_refs(st, s.norm, rec) if side[0] <= q < side[1]}
        if len(named) != 1:
            return False  # (a side of two arms joined, "IP+IPO versus I", is no arm's: _label_pooled)
        arm, metric = next(iter(named.values())), "HR_" + next(iter(measures))
        for label, value in ratios:
            add_outcome(self.out, arm, metric, value, ev, subgroup=label)
        return True

    def _own_cohort_arms(self, st: TrialState, s: Sentence, rec, hits, ev) -> None:
        """The arms of the article's own cohort study that has no name, from the sentence that states what it compared
        ("This retrospective study aimed to investigate A plus B compared with A monotherapy", "We retrospectively
        compared A with B"; builders.trials_own_cohort): only two or more (the design read first on a scratch state, so
        that a sentence that gives one therapy leaves the study without arms)."""
        out, self.out = self.out, Emitter(self.doc, self.ctx, "rule")
        try:
            scratch = TrialState(st.trial)
            self._design(scratch, s, rec, hits, ev)
        finally:
            self.out = out
        if len(scratch.arms) >= 2:
            self._design(st, s, rec, hits, ev)

    def _named_groups(self, st: TrialState, s: Sentence, rec, ev) -> bool:
        """The two arms of the article's own cohort study from the sentence that compares its two groups, each named and
        counted ("A plus B (A group, n = 40) was compared with B only (B group, n = 38)"; builders.trials_named_groups):
        each group's therapies its arm, its count the arm's, its name kept so that results place values by it."""
        pair = compared_groups(s.norm)
        if pair is None:
            return False
        therapies = [t for t in self.therapies(s.norm, rec) if t.entity.id not in _NOT_ARMS]
        sides = [[t for t in therapies if lo <= t.start and t.end <= hi] for lo, hi in (pair.first, pair.second)]
        if not all(sides):
            return False
        regimens = [_regimen_of(side, self.ctx) if len(side) > 1 else (side[0].entity, ()) for side in sides]
        if regimens[0][0].id == regimens[1][0].id:
            return False
        self._set_arms(st, regimens, ev)
        if len(st.arms) != 2:
            return False
        for name, arm, (a, b) in zip(pair.names, st.arms, pair.counts):
            if name:
                self.group_names.setdefault(st.trial.id, {})[name] = arm
            self._add(arm, "n", Value(a, b, float(s.norm[a:b]), ""), ev, None)
        return True

    def _own_in_focus(self, st: TrialState, s: Sentence) -> bool:
        """Whether the trial in focus is the one a short report (no review) reports as its own at ``s``: its own trial
        (named or introduced), or the trial it named in this sentence or the one before."""
        if not self.short or self._review_header:
            return False
        own = {getattr(t, "id", None) for t in (self.main_trial, self.report, self.titled_trial)} - {None}
        return st.trial.id in own or self.named_at.get(st.trial.id, -2) >= s.index - 1

    def _shared_induction(self, st: TrialState, s: Sentence, rec, ev) -> None:
        """The induction all patients of a maintenance trial received before randomisation ("Following induction with A
        plus B, responding patients were randomly assigned to maintenance with C or D"; builders.trials_induction): the
        trial evaluates it, as no arm."""
        run = shared_induction(s.norm, [m for m in self._unmerged(s.norm, rec) if m.entity.category in THERAPY])
        if not run:
            return
        reg, comps = _regimen_of(run, self.ctx)
        if any(st.regimens.get(a.id) is not None and st.regimens[a.id].id == reg.id for a in st.arms):
            return  # the induction is one of the arms: nothing more to say
        for c in comps:
            self.out.fact(reg, "has_component", c, ev)
        self.out.fact(st.trial, "evaluates", reg, ev)

    def _second_named_arm(self, st: TrialState, s: Sentence, rec, ev) -> None:
        """The second arm of a trial with one known arm, named beside it as an arm in a results sentence ("6.5 months in
        the A arm and 4.3 months in the placebo arm"; builders.trials_arm_pair)."""
        pair = arm_pair(s.norm, self.therapies(s.norm, rec))
        known = st.regimens.get(st.arms[0].id)
        if pair is None and known is not None:
            self._clause_named_arm(st, s, rec, known, ev)
            return
        if pair is None or known is None:
            return
        ordered = self._known_first(known, [_regimen_of([m], self.ctx) for m in pair])
        if ordered is not None:
            self._set_arms(st, ordered, ev, s.norm)

    def _clause_named_arm(self, st: TrialState, s: Sentence, rec, known: Entity, ev) -> None:
        """The second arm of a trial with one known arm, named in its own clause of a results sentence that restates
        the metric for each arm ("the median PFS with A plus B (n = 127) was 11.9 months; the median PFS with B alone
        (n = 68) was 11.2 months"; builders.trials_clause_arms): the known arm's backbone, or a regimen the report
        sets the trial against by a word of comparison ("an advantage over C")."""
        if other_trial_named(st, rec):
            return  # "... with B alone in the ALPHA trial was 5.1 months": another trial's value
        therapies = self.therapies(s.norm, rec)
        sides = clause_sides(s.norm, therapies) or improvement_sides(s.norm, therapies) or listed_sides(s.norm, therapies)
        if sides is None:
            return
        ordered = self._known_first(known, [_regimen_of(side, self.ctx) for side in sides])
        if ordered is None:
            return
        other, comps = ordered[1]
        drugs = {c.id for c in comps} or {other.id}
        held = self._components(st, st.arms[0])
        if not drugs < held and not drugs - _CONTROLS < held and \
                not self._compared_in_report(s, {t.entity.id for t in sides[0] + sides[1]} - held):
            return  # neither the known arm's backbone (with a placebo or supportive care, or these alone) nor a regimen
            # the report sets the trial against
        self._set_arms(st, ordered, ev, s.norm)

    def _value_compared_arms(self, st: TrialState, s: Sentence, rec, ev) -> None:
        """The two arms a results sentence compares by its values ("A plus B had an ORR of 76% vs 73% with C plus B"),
        for a trial no design sentence gave arms (builders.trials_value_arms)."""
        sides = compared_sides(s.norm, self.therapies(s.norm, rec))
        if sides is not None:
            self._set_arms(st, [_regimen_of(side, self.ctx) for side in sides], ev)

    def _head(self) -> list[Sentence]:
        """The article's head: its title and the two lines after it (a subtitle, an author line, a title after
        the author line)."""
        title = trials_own.title_of(self.doc)
        return [] if title is None else self.doc.sentences[title.index:title.index + 3]

    def _cited_by_byline(self) -> None:
        """The report's own trial, whatever names it (its acronym, registry id, or the phase and therapy it is introduced
        with), is also known as its article's first author and year ("Fu 2023", "Fu et al. 2023"), the name reviews
        cite it by: added as synonyms when the article's head has an author line with a year and is no review, and the
        trial was read. A trial the report names (rather than introduces without a name, or registers) must be the one its
        head names (its title, subtitle or the line after its author line): a research article that names one trial only in
        passing is no report of it. A news report of one article, named by its lead author, speaks of its main trial
        throughout."""
        own = self.report or self.main_trial or self.titled_trial
        if own is None or self._review_header or self.byline is None or self.byline[1] is None:
            return
        if own is not self.report and not own.id.startswith(self._unnamed_prefix) and not any(
                m.entity.id == own.id for s in self._head() for m in self.recognize(s).mentions) and \
                not (own is self.main_trial and self.news_report):
            return
        known = self.out.entities.get(own.id)
        if known is None or known.category != "Trial":
            return
        cited = author_trial(*self.byline)
        if cited.id == own.id:
            return
        self.out.entity(Entity(own.id, "Trial", known.name, (cited.name, *cited.synonyms)))


# a cohort an article names with its size: "(discovery cohort, n = 64)", "validation cohort (n = 186)"
_COHORT_NAME = r"(?:discovery|validation|training|derivation|testing|test|exploratory|internal|external)\s+cohort"
_NAMED_COHORT = lazy_compile(rf"\(\s*(?P<name>{_COHORT_NAME})\s*[,;:]\s*n\s*=\s*(?P<n>\d{{1,5}})\s*\)|"
                             rf"\b(?P<name2>{_COHORT_NAME})\s*\(\s*n\s*=\s*(?P<n2>\d{{1,5}})\s*\)", re.I)


def build(doc: Document, ctx) -> Emitter:
    """Trials, arms and outcomes from the prose of ``doc``."""
    return _Reader(doc, ctx).run()


# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
# a trial's sample-size calculation ("To detect a HR for PFS of 0.70 with an α and β error of 0.05 and 0.20 ...", "The
# study had 85% power to detect ..."): the values it was designed for, never results (every sentence)
_POWER_CALCULATION = prefiltered(lazy_compile(r"(?<!not )\bpower(?:ed)?\s+to\s+detect\b|"
                                              # "The study was designed to detect an increase in the median PFS of 3
                                              # months from 11 to 14 months (..., HR=0.79)"
                                              r"\b(?:designed|planned|sized|calculated)\s+to\s+(?:detect|demonstrate|show)\s+"
                                              r"(?:an?\s+|the\s+)?(?:[a-z\-]+\s+){0,2}?(?:HR|hazard ratio|difference|"
                                              r"improvement|increase|reduction|prolongation|superiority|benefit)\b|"
                                              r"^(?:[^.]*\.\s*)?to\s+detect\s+(?:an?\s+)?"
                                              r"(?:HR|hazard ratio|difference|improvement|increase)\b|"
                                              r"\b(?:α|β|alpha|beta)(?:\s+and\s+(?:α|β|alpha|beta))?[\s\-]+errors?\b|"
                                              r"\btype\s+I{1,2}\s+error\b|\bstatistical\s+power\b|"
                                              # the power a sample size gives: "(85% power for 70% improvement in median
                                              # PFS from 4.5 to 7.65 months)", "with a power of 80% to ..."
                                              r"\b\d{2}(?:\.\d)?\s*%\s+power\b|\bpower\s+of\s+\d{2}(?:\.\d)?\s*%|"
                                              # a design's target, not a result: "The main objective was to demonstrate
                                              # 6-month PFS of 45% ..., compared to theoretical 30%"
                                              r"\b(?:objective|aim|goal|purpose)\s+(?:was|is)\s+to\s+(?:demonstrate|show|detect|"
                                              r"achieve|reach)\b|\btheoretical\b", re.I))
_CRITERIA = prefiltered(lazy_compile(r"exclusion criteria|inclusion criteria|eligibility", re.I))  # every sentence


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_REVIEW, _NAMED_COHORT = (prefiltered(p) for p in (_REVIEW, _NAMED_COHORT))
