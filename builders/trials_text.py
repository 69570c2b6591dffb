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
comparison or by values tied to regimens ("31.4 months with A and 27.5 months with B"); per-arm and
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
year; an author line without a year (the present cohort study, no year invented); a news report's own trial after its
therapy ("A and B yielded ... based on early results from a phase 1/1b study"); counts with an aside ("Thirty-one
patients, 48% with ..., were treated") or by the inclusion criteria ("Sixty-eight patients met the inclusion
criteria"); a unit written once for two values ("9 vs 7 months"); a median survival in weeks or days, kept in its unit
("10.9 weeks vs 11.4 weeks", "52 days"; a schedule, "every 8 weeks", is no value); the one known arm as the subject of an improvement
("A demonstrated improvements in median PFS (9.8 vs 6.8 months, HR 0.59)": A's value and ratio). Left out: differences
("increased by 17%"), values tied to a regimen no arm has (also a clause about another regimen, "whereas adagrasib
monotherapy achieved ..."), a cited or unnamed other study's clause ("A multicenter study demonstrated ..., while"), event
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

This module is the reader (``_Reader``) and ``build``; the arms of a design sentence are read by
builders.trials_arms, the values, metrics and the labels and subgroups they are given for by builders.trials_values.
"""
from __future__ import annotations

import re
from functools import cached_property

from builders.context import (Emitter, about_other_cancer, add_arm, add_outcome, as_regimen, author_trial, line_of,
                              paired_labels, phase_of, report_trial, trial_entity, unnamed_trial)
from builders.document import EOL, LINE_END, Document, Sentence, has_line_end
from builders import trials_cited, trials_own, trials_registry, trials_subgroups
from builders.bylines import byline_at
from builders.trials_cohort import arm_names, assign, contrast_drug
from builders.letter_forms import drug_letters, letter_chains, lone_letter_parts
from builders.trials_controls import with_untreated_controls
from builders.trials_no_response import no_response
from builders.trials_standard import defined_standard, with_defined_standard
from builders.treatment_lines import first_lines, later_lines, sequence_compared, strategy_head, without_later_lines
from builders.patterns import STANDARD_OF_CARE as _STANDARD_OF_CARE, WRITTEN_ONTO as _JOINED_WORDS
from builders.recognize import Mention, Recognition
from builders.trials_arms import (THERAPY, _OPTIONAL, _GAP_NOISE, _ALT_SEP, _JOIN_SEP, _PLACEBO, _JOINED,
                                  _is_chemotherapy, _strip_brackets, labelled_arms, _maintenance_choice,
                                  _choice_or_combination, _without_appositions, _alone_or_combined_arms, _regimen_of,
                                  _added_apart, _respective_arms, arms_from, _added_to_alone)
from builders.trials_values import (_NUM, _WORD_NUMBERS, _GROUP_LIST_SEP, _ARM_LABEL, _OVERALL, _DOSE, TrialState,
                                    Value, _RESPECTIVELY, _count, hits_of, TIME_SLOT, _metrics, _values,
                                    _SHORT_TIME_UNITS, _fits_metric, _LABEL_WORDS, _value_labels, _past_clause,
                                    _other_study_clauses, _split_contrast, _after_label, _population_words,
                                    _bracket_population, _run_label, _chunk_labels, _respective_labels, _COLON_LABEL,
                                    _colon_label, _chunk_label, _cohort_subgroup, _earlier_work, _cohort_part,
                                    _subgroup, _PART_OF_STUDY, _count_phrase, _counted_group, _unknown_labels,
                                    _labels_contradict, _OWN_AIM, _top_level_semicolons, _top_level_colon)
from kg.ids import mint
from kg.model import Entity

NEAR = 3          # sentences a trial stays in focus without being named again (long documents)
SHORT_DOC = 60    # a document of at most this many sentences is one report: its trial stays in focus
# a group's count in brackets: "(n = 26)", "(125 patients)"
_COUNT_IN = re.compile(r"\(\s*(?:n\s*=\s*\d|\d[\d,]*\s+(?:patients|pts|participants))", re.I)
_N_EQ = re.compile(r"\(\s*n\s*=\s*(\d{1,5})\s*\)", re.I)
# what a count in brackets after them counts when it is no arm's size: events, deaths, responses
_EVENTS_BEFORE = re.compile(r"\b(?:events?|deaths?|died|responses?|responders?)\b[^.;()]*$", re.I)
# the auxiliary that makes "received" the patients' earlier therapy: "had (also) received", "have previously received"
_HAD_AUX_BEFORE = re.compile(r"\b(?:had|have|has|having)\s+(?:(?:also|previously|already|all)\s+)?$", re.I)
# an open question of the field, as a background puts it ("Whether the addition of A to B improves outcomes is
# unclear", "it remains unknown whether A adds to B"): the therapies it names are no design of the trial
_OPEN_QUESTION = re.compile(r"\bwhether\b[^.;]{0,300}?\b(?:is|are|remains?)\s+(?:still\s+|currently\s+|largely\s+)?"
                            r"(?:unclear|unknown|uncertain|controversial|undetermined|not\s+(?:known|clear|established))\b|"
                            r"\b(?:is|are|remains?)\s+(?:still\s+|currently\s+|largely\s+)?(?:unclear|unknown|uncertain|"
                            r"not\s+(?:known|clear))\s+whether\b", re.I)
# a bracketed aside, blanked out (same length) where commas inside it must not end a clause
_BRACKETS = re.compile(r"\([^()]*\)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


# who the counted patients were, in brackets after the count: "18 patients (50% men; median age 56.5 years)"
_DEMOGRAPHIC_ASIDE = re.compile(r"\s*\((?=\s*(?:\d+(?:\.\d+)?\s*%\s*(?:were\s+)?(?:men|women|males?|females?)\b|"
                                r"(?:median|mean)\s+age\b|aged?\b))[^()]{0,160}\)", re.I)
# an arm's size in brackets after it, in words: "FU/FA plus Pmab (125 patients) or FU/FA alone (123 patients)"
# an arm's count as the first or last item of the bracket after its therapy, beside its dosing or its ratio: "cobimetinib
# (60 mg once daily for days 1-21 of a 28-day cycle; n = 183)", "placebo (n = 54; HR, 0.49)"
_N_LISTED = re.compile(r"\(\s*(?:[^()]{1,90}?[;,]\s*)?n\s*=\s*(\d{1,5})\s*(?:[;,][^()]{1,120}?)?\)", re.I)
# a share in per cent that opens a phrase ("34 percent", "41% of ..."), the number its group 1
_PERCENT_LEAD = r"(?<![\w.\-/])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b)\s+"
# a share of the patients said to have responded: "34 percent responded to the combination", "41% of patients responded"
# (not a part response, nor a response to an earlier therapy)
_SHARE_RESPONDED = re.compile(rf"{_PERCENT_LEAD}(?:of\s+(?:the\s+|all\s+)?(?:\d+\s+)?"
                              r"(?:(?:evaluable|treated|enrolled)\s+)?(?:patients|participants|pts)\s+)?responded\b"
                              r"(?!\s+(?:to\s+)?(?:(?:their|the|a)\s+)?(?:prior|previous|earlier|first-line|initial)\b)", re.I)
# how patients are said to get a therapy: "received", "treated with", "randomized to receive", "randomly assigned to"
_ASSIGNED_TO = r"(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+to(?:\s+receive)?"
_GIVEN_VERB = rf"(?:received|receiving|treated\s+with|given|{_ASSIGNED_TO})"
# a share of one arm's patients ("87% of patients who received A", "60% of those treated with B") and the result it
# has ("had a response", "achieved disease control"), which _arm_shares reads
_ARM_SHARE = re.compile(rf"{_PERCENT_LEAD}of\s+(?:the\s+)?(?:patients|those|participants)\s+"
                        rf"(?:who\s+(?:were\s+)?)?(?:{_GIVEN_VERB}|in\s+the)\s+", re.I)
# what ties a value to the arm after it: "... months with A", "... % in those who were randomised to A"
_VALUE_TO_ARM = re.compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?,?\s*(?:with|for|in|on|among)\s+(?:the\s+)?"
                           rf"(?:(?:patients|those)\s+(?:who\s+(?:were\s+)?)?{_GIVEN_VERB}\s+)?", re.I)
# what may stand between the values of one run ("81% and 89%", "59%, 88%")
_RUN_GAP = re.compile(r"[\s,;]*(?:and\s+|,\s*|/\s*)?")
# what ties a run of values to the arm after it ("59% and 88% in the A group", "... in patients receiving B")
_RUN_TO_ARM = re.compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|with|for|on|among)\s+(?:the\s+)?(?:patients\s+"
                         r"(?:in|on|receiving|given|treated with)\s+(?:the\s+)?|those\s+(?:on|receiving|given)\s+)?", re.I)
_SHARE_RESULT = re.compile(r"\b(?:(?:had|achieved|experienced|showed)\s+(?:an?\s+)?(?:(?:objective|overall|confirmed|"
                           r"partial\s+or\s+complete)\s+)?(?:response|(?P<control>disease\s+control))|responded)\b", re.I)
_N_BRACKET = re.compile(r"\(\s*(\d{1,5})\s+(?:patients|participants|pts)\s*\)", re.I)
_UNIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SMALL_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
# "Three hundred seventy seven", "two hundred and twelve", "Eight-hundred": a count written in words past one hundred
_HUNDREDS = (rf"{_UNIT_WORDS}[\s\-]+hundred(?:\s+(?:and\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             rf"[\s\-]+{_UNIT_WORDS}|{_SMALL_WORDS})\b)?")
# a count in words is read whole or not at all: not the "seventy" of "One hundred seventy", not the "twenty" of
# "twenty five" (any case: "One hundred seventy patients had ..." opens a sentence)
_NUMBER_WORD = r"(?:hundred|thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" + _UNIT_WORDS[3:-1] + ")"
_WORDS_COUNT = (r"(?i:(?<!hundred and )(?<!thousand[\s\-])(?<!(?:hundred|seventy)[\s\-])"
                r"(?<!(?:twenty|thirty|eighty|ninety)[\s\-])(?<!(?:forty|fifty|sixty)[\s\-])"
                rf"(?:{_HUNDREDS}|{_SMALL_WORDS})(?![\s\-]+(?:and\s+)?{_NUMBER_WORD}\b))")
_COUNT = r"(\d{1,3}(?:,\d{3})+|\d{1,5}|" + _WORDS_COUNT + r")"
# a variant named in the words before "patients" ("665 BRAF V600E-mutant mCRC patients", "40 KRAS G12C patients"),
# or a marker's status ("21 HER2-positive mCRC patients")
_VARIANT_WORD = r"(?-i:[A-Z]\d{2,4}[A-Z])(?:[\-/][\w\-]+)?|(?-i:[A-Z][A-Z0-9]{1,7})-(?:positive|negative|mutant|mutated|" \
    r"amplified|wild-type|expressing|low|high)"
_N_PATIENTS = re.compile(rf"(?<![\d.,\-/])\b{_COUNT}\s+(?:(?:(?![\w\-]*\d)(?!(?:hundred|thousand)\b)[\w\-]+|"
                         rf"{_VARIANT_WORD})\s+){{0,3}}?"
                         r"(?:patients|participants|pts|subjects|individuals|cases)\b", re.I)
# "... screened and 77 were treated", "Of these, 33 were enrolled": a count whose noun (patients) is left out
_N_ELIDED = re.compile(rf"(?<![\d.,\-/])\b{_COUNT}\s+(?:were|was)\s+(?:then\s+|subsequently\s+|finally\s+|eventually\s+)?"
                       r"(?:enroll?ed|randomi[sz]ed|randomly assigned|treated|included|evaluable)\b", re.I)
# the sample's count in brackets after its noun, then the verb that makes it the sample: "Patients (n = 153) were
# randomised 1:1 to A or B", "participants (N=64) were enrolled"
_N_BRACKETED = re.compile(r"\b(?:patients|participants|pts|subjects)\s*\(\s*n\s*=\s*(\d{1,4})\s*\)\s+(?:were|had been)\s+"
                          r"(?:then\s+|subsequently\s+|\w+ly\s+)?(?:randomi[sz]ed|randomly assigned|enroll?ed|included|recruited)\b",
                          re.I)
# "20 patients were enrolled, with 17 evaluable for efficacy", "of whom 43 were evaluable": the analysed part of the sample
_N_EVALUABLE = re.compile(rf"\b(?:with|and|of whom|of these|of them)\s+{_COUNT}\s+(?:patients\s+)?(?:being\s+|were\s+)?"
                          r"(?:evaluable|assessable)\b", re.I)
# what makes a count that of the evaluable patients, right after it: "17 evaluable for efficacy", "43 response-evaluable
# patients", "17 patients (who were) evaluable for response", "12 were assessable" (not "33 were enrolled ... and evaluable")
_N_EVALUABLE_AFTER = re.compile(r"\s+(?:(?:(?!(?:were|was|being|enroll?ed|included|treated|randomi[sz]ed|received)\b)[\w\-]+\s+){0,2}?"
                                r"[\w\-]*?|(?:patients|participants|pts|subjects)\s+(?:(?:who\s+)?(?:were|was|being)\s+)?|"
                                r"(?:were|being)\s+)(?:evaluable|assessable)\b"
                                r"(?:\s+for\s+((?:[\w\-]+\s+){0,2}?(?:efficacy|response|activity|safety|toxicity|analysis|survival)))?",
                                re.I)
# "604 patients had left-sided tumors": the size of a population the text then reports values for
_N_HAD = re.compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:patients|participants|pts)\s+(?:had|harbou?red|presented with)\s+"
                    r"((?:an?\s+)?(?:[\w/+\-]+\s+){0,3}?(?:primary\s+)?(?:tumou?rs?|cancers?))\b(?!\s+(?:response|shrinkage|"
                    r"reduction|progression|growth|regression))", re.I)
# "the EPHA2 receptor was detected in 55 tissue samples", "PD-L1 was expressed in 30 of 82 tumours": the part of
# the study's patients with a marker (kept with the marker and what the text says of it)
_N_MARKER = re.compile(rf"\b(?P<marker>[A-Z][A-Za-z]?[A-Z0-9][A-Za-z0-9\-]*)(?P<alt>\s+(?:mutations?|amplifications?|fusions?|"
                       rf"overexpression|expression|loss))?(?:\s+(?!was\b|were\b)[a-z][\w\-]*){{0,3}}\s+(?:was|were)\s+"
                       rf"(?:also\s+)?(?P<verb>detected|expressed|overexpressed|amplified|found)\s+in\s+{_COUNT}\s+"
                       rf"(?:of\s+(?:the\s+)?\d{{1,5}}\s+)?(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:samples|specimens|tumou?rs|patients|cases)\b")
# the size of a marker-status part of the trial: "179 (57%) were KRAS wild type", "2 harbored KRAS mutations, 14
# were RAS/BRAF wild-type" ("Of 666 patients (63%) with KRAS wild type, ..." only names the population of the values
# that follow)
# one marker's status; a status naming two markers ("RAS WT/BRAF WT") is kept whole, never cut to its first
_STATUS_PART = (r"(?:all[- ])?[A-Z][A-Za-z0-9/]*(?:\s+exon\s+\d+)?[- ](?:wild[- ]type|WT|MT|mutant|mutated|mutations?|positive|"
                r"negative|amplified|amplification)")
_N_STATUS = re.compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:patients\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"
                       r"(?:were|had|harbou?red)\s+"
                       rf"(?P<status>{_STATUS_PART}(?:\s*/\s*{_STATUS_PART})*)\b"
                       r"(?![- ](?:status|tumou?rs?\s+(?:and|or))|\s*/)")
_N_HAD_NOT = re.compile(r"\b(?:stable|progressive|measurable|residual|new|shrinking|responding|evaluable|second|other)\b", re.I)
# a count of one labelled part of the study right after it: "63 patients in cohort B", "40 patients in arm 2"
_N_LABELLED_PART = re.compile(r"\s+in\s+(?:the\s+)?(?:cohorts?|parts?|stages?|groups?|arms?)\s+(?:[A-H]|[1-9]|I{1,3}|IV)\b(?![\-/])")
# "56 patients were randomised to arm A, 55 to arm B": the count of the patients assigned to one labelled arm, not
# the trial's sample (unless the labels go on as a list, "299 patients randomly assigned to arm A (n = 101), arm B ...")
_LABEL = r"(?:[A-H]|[1-9]|I{1,3}|IV)\b(?![\-/])"
_N_TO_LABELLED_ARM = re.compile(
    r"(?:\s+(?:[\w\-]+\s+){0,3}?(?:patients|participants|pts|subjects))?\s+(?:were\s+|was\s+)?"
    r"(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)\s+to\s+(?:the\s+)?(?:arm|group|cohort)\s+"
    rf"{_LABEL}(?!\s*(?:\([^()]*\)\s*)?(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:to\s+)?(?:the\s+)?"
    rf"(?:arms?\s+|groups?\s+|cohorts?\s+)?{_LABEL})", re.I)
# "a total of 83 patients were screened": the screened population, not the treated one
# (also what a study screened: "to screen 1299 tumors", "we screened 412 patients", "1,020 tumour samples were screened")
_N_SCREENED = re.compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:patients|participants|pts|subjects|"
                         rf"tumou?rs|tumou?r samples|samples|specimens)\s+(?:were|had been)\s+screened\b|"
                         rf"\bscreen(?:ed)?\s+(?:a total of\s+)?{_COUNT}\s+(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:patients|participants|"
                         rf"pts|subjects|tumou?rs|tumou?r samples|samples|specimens)\b", re.I)
# a count whose patients are described before the verb that makes them the sample: "1072 patients with progression on
# A, B, and C were randomized", "1298 patients who experienced first-line failure were randomly assigned"
_N_DESCRIBED = re.compile(r"\s+(?:with|who|whose|that|previously)\b[^.;:()\[\]]{0,160}?\s(?:were|had been)\s+(?:\w+ly\s+)?"
                          r"(?:randomi[sz]ed|randomly assigned|assigned|allocated|enroll?ed|included|recruited)\b", re.I)
# an aside between a count of patients and the verb that makes them the sample: "Thirty-one patients, 48% with ≥4 lines
# of previous therapies, were treated", "Forty patients, median age 61 years, were enrolled"
_N_APPOSED = re.compile(r",\s+(?![^,;.()]*\b(?:who|which|that|were|was|had|have|of whom)\b)[^,;.()]{1,100}?,\s+(?:were|had been)\s+"
                        r"(?:\w+ly\s+)?(?:randomi[sz]ed|randomly assigned|enroll?ed|included|recruited|treated)\b", re.I)
_N_PATIENTS_WORD = re.compile(r"\b(?:patients|participants|pts|subjects)$", re.I)
# deaths counted per group, not the patients each group enrolled
_DEATHS = re.compile(r"\b(?:died|deaths?)\b", re.I)
# what a description of counted patients must not tell: events during the study, not who entered it
_N_EVENTS = re.compile(r"adverse|toxicit|side effect|\bgrade\b|discontinu|\bdied\b|deaths?\b|withdr|excluded|lost to|screened", re.I)
# "30 further patients were recruited": patients added to a first group, not the whole sample
_N_ADDED = re.compile(r"\s*(?:further|additional|more)\b", re.I)
# a sample size a design planned, not the patients a study had: "the design required 85 patients to be included",
# "a planned 120 patients", "we aimed to enrol 30 patients", "57 patients were to be randomised"
_N_PLANNED_BEFORE = re.compile(r"\b(?:required?|requires|needed|planned|pre-?planned|calculated|projected|"
                               r"aim(?:ed|s)?\s+to\s+(?:enrol+|include|recruit|accrue|randomi[sz]e)|"
                               r"(?:would|will|to)\s+(?:need|require|enrol+|include|recruit|accrue)|target(?:ed)?\s+(?:accrual|"
                               r"enrol+ment|sample(?:\s+size)?)|sample\s+size\s+(?:of|was|is|would be)|"
                               r"accrual\s+(?:goal|target)\s+(?:of|was|is)|"
                               # ("a Simon's two-stage design (enrolling 6 patients in the safety lead-in, ...)": the
                               # design's planned stages, not the sample)
                               r"\bdesign\s*\(\s*(?:enrol+ing|including|with|accruing))\s+"
                               r"(?:(?:a\s+total\s+of|at\s+least|approximately|about|up\s+to|an?|the)\s+)*$", re.I)
_N_PLANNED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:(?:(?:were|was|are|is)\s+)?to\s+be|(?:would|will)\s+be)\s+(?:\w+ly\s+)?"
                              r"(?:included|enroll?ed|randomi[sz]ed|randomly\s+assigned|accrued|recruited|treated|needed|required)\b|"
                              r"[^.;]{0,80}?\b(?:were|was)\s+(?:needed|required|planned)\b", re.I)
# "the phase II PEAK study was conducted in 285 patients": a study carried out in its sample
_N_STUDY_IN = re.compile(r"\b(?:study|trial)\b[^.;]{0,40}?\b(?:was|were)\s+(?:conducted|performed|carried out)\s+in\s+"
                         r"(?:a total of\s+)?$", re.I)
# patients who met the criteria ("fulfilled the eligibility criteria")
_MET = r"(?:met|fulfilled)\s+(?:the\s+|all\s+)?(?:inclusion|eligibility|study)\s+criteria"
# the words that give a trial by the count of its patients: "this randomized clinical trial of 116 patients", "a phase 2
# trial involving 416 patients"
_TRIAL_OF_COUNT = re.compile(r"\b(?:trial|study)\s+(?:of|involving|including|enrolling)\s+(?:a\s+total\s+of\s+)?$", re.I)
_N_VERB = re.compile(rf"\b(?:randomi[sz]ed|randomly assigned|assigned|enroll?ed|included|treated|received|evaluable|assessable|"
                     rf"{_MET}|"
                     r"(?:were|was)\s+involved\s+in\s+(?:the|this|our)\s+(?:[\w\-]+\s+)?(?:study|trial|analysis|cohort)|"
                     r"were analy[sz]ed|underwent|recruited|accrued|randomi[sz]ing|divided|evaluated|assessed)\b", re.I)
# a sentence that only counts the patients who met the criteria gives the sample's size ("Sixty-eight patients met
# the inclusion criteria"): the reader does not skip it with the sentences about the criteria (_CRITERIA)
_MET_CRITERIA = re.compile(r"\s*(?:results?\s*:\s*)?(?:a total of\s+|overall,?\s+|in total,?\s+)?[\w\-,]+\s+(?:[\w\-]+\s+){0,2}?"
                           rf"(?:patients|participants|pts|subjects)\s+{_MET}\s*\.?\s*", re.I)
# a verb right before the count that makes it the study's sample: "included 28 patients", "evaluated 41 patients",
# "results for the 62 participants"
_N_VERB_BEFORE = re.compile(r"\b(?:enroll?ed|enroll?ing|included|including|randomi[sz]ed|randomi[sz]ing|recruited|recruiting|"
                            r"(?:randomly\s+)?(?:assigned|allocated)|"
                            r"accrued|evaluated|assessed|analy[sz]ed|studied|treated|involved|involving|comprised|"
                            r"(?:given|administered)\s+to|"
                            r"comprising|(?:results|data|outcomes)\s+(?:for|from|of|on|in)|(?:collected|obtained|taken)\s+"
                            r"(?:[\w\-]+\s+){0,4}?from)\s+"
                            r"(?:a total of\s+|the\s+|all\s+|only\s+|a cohort of\s+)?$", re.I)
# words that make a count of patients something else than the study's sample (events, prior therapy, screening)
_N_NOT = re.compile(r"screened|found|samples|adverse|toxicit|side effect|\bgrade\b|experienc|"
                    r"\bnot\s+(?:\w+ly\s+)?(?:evaluable|assessable|eligible)|\b(?:non-?|in|un)evaluable\b|"
                    r"discontinu|\bdied\b|deaths?\b|withdr|excluded|lost to|dose (?:reduction|interruption|delay|modification)|"
                    r"\bprior\s+(?:[\w\-]+\s+){0,2}(?:therap|treatment|line|regimen|exposure)|"
                    r"had (?:previously |already )?(?:received|been treated)|had (?:progress|relaps|recurr)", re.I)
# a per-arm split in brackets right after a total: "218 pts (arm A/B: 73/145)"
# a second count in the same frame right after a count's clause: "... to CBI and 17 to CI", "... in arm A and 87 in arm B"
_PARALLEL_COUNT = re.compile(rf",?\s*and\s+{_COUNT}\s+(?:patients\s+|participants\s+)?(?:(?:were|was)\s+)?"
                             r"(?:(?:randomi[sz]ed|randomly\s+assigned|assigned|allocated)\s+)?(?:to|in|into)\b", re.I)
# a count that is one group's of the study, not the whole sample: the clause names the group ("71 patients received
# A only (non-B group)"), the count is "the other" patients, or another group's count follows ("..., while the other")
_GROUP_LABEL = re.compile(r"\((?![^()]*\b(?:ITT|intention|intent|safety|overall|total|full|study|all|whole|evaluable|"
                          r"analysis|population)\b)[^()]{1,40}?\b(?:group|arm)\)", re.I)
_OTHER_GROUP_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.I)
_OTHER_GROUP_AFTER = re.compile(r"\s*,?\s*(?:while|whereas)\s+(?:the\s+)?(?:other|remaining|rest)\b", re.I)
_ARM_SPLIT = re.compile(r"\s*\(\s*arms?\s+[A-H1-9](?:\s*/\s*[A-H1-9])+\s*:\s*\d{1,4}(?:\s*/\s*\d{1,4})+\s*\)", re.I)
# the whole randomised sample named after its count: "592 patients in the intention-to-treat population"
_ITT_AFTER = re.compile(r"\s+(?:in|of)\s+the\s+(?:intention|intent)[- ]to[- ]treat\s+(?:\(ITT\)\s+)?(?:population|set|analysis)\b", re.I)
# what closes a count of the whole sample: a comma, the trial's name, the ITT population ("Of the 204 randomized patients
# in the CONCUR trial, ..."; not "Of the 120 randomized patients with RAS mutations", a part of the sample)
_WHOLE_SAMPLE_END = re.compile(r"(?:\s+(?:in|of)\s+the\s+(?:[\w\-]+\s+){0,3}?(?:trial|study|population|set|analysis))?\s*,", re.I)
# what a "(n = N)" may count: patients, a group, a trial or a dose level (not "diarrhea (n = 7)")
_N_OWNER = re.compile(r"\b(?:patients?|participants?|pts|subjects|individuals|cases|cohorts?|groups?|arms?|populations?|"
                      r"sets?|trials?|study|studies|enrolled|randomi[sz]ed|evaluable|analy[sz]ed|treated|total|overall|"
                      r"all|stages?|parts?|sample size|sample)\b|\d\s*(?:mg/kg|mg/m2|mg/m²|mg)\b", re.I)
# a share of the patients right before a bracketed count: "12% of patients (n = 4)" counts that share only
_SHARE_OF_PATIENTS = re.compile(r"(?:%|\bpercent)\s+of\s+(?:the\s+)?(?:patients|participants|pts|subjects)\s*$", re.I)
# an analysis beside the trial's primary one, announced as such ("an exploratory analysis of OS in ...", "An updated
# analysis showed ..."): its values are labelled with it, not taken for the primary analysis's
_EXTRA_ANALYSIS = re.compile(r"\b(?i:an?)\s+((?i:exploratory|updated|post[- ]hoc|unplanned)\s+(?i:analysis))\b")
# a cohort named by a letter or number ("cohort A", "Cohort 2"); as the population of a sentence's values
_COHORT_LABEL = r"((?i:cohort)\s+(?:[A-H]|\d{1,2})(?![\w\-]))"
_LETTER_COHORT = re.compile(rf"\b{_COHORT_LABEL}\s*$")
_COHORT_OF = re.compile(rf"\b(?i:in|among|for|of)\s+(?:the\s+)?{_COHORT_LABEL}(?!\s*(?:and|or|,|&|/)\s*(?:[A-H]|\d)\b)")


# "[27 and] 25 patients were assigned to tissue-positive and ctDNA-positive groups": patients counted into groups,
# the counts coordinated before the last one, and the groups' words parted
_INTO_GROUPS = re.compile(r"\s*(?:(?:were|had\s+been)\s+)?(?:assigned|allocated|classified|categori[sz]ed|grouped|divided|"
                          r"stratified)\s+(?:to|in|into)\s+(?:the\s+)?(?!(?:each|both|all|either|every|respective)\b)"
                          r"(?P<groups>[^,;.()]{1,80}?)\s+(?:groups|subgroups|cohorts|group|subgroup|cohort)\b", re.I)
_COUNTS_BEFORE = re.compile(r"(?<![\d.,])(?:\d{1,5}\s*,\s*)*\d{1,5}\s*,?\s*and\s+$")


def _cohort_name(m: re.Match) -> str:
    """The cohort a match of _LETTER_COHORT or _COHORT_OF names, as values are labelled with it ("Cohort B" ->
    "cohort B")."""
    return "cohort " + m.group(1).split()[-1]


# what may stand between a therapy and the bracket listing its count ("atezolizumab therapy (1,200 mg ...; n = 90)")
_OF_THERAPY_GAP = re.compile(r"\s*(?:(?:of\s+)?(?:therapy|treatment))?\s*", re.I)
_OF_N = re.compile(r"(\d{1,4})\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%[^)]*\)\s*of\s+(?:the\s+)?(\d{1,5})\b")
_LETTERED = re.compile(r"(?:cohort|part|group) [A-H1-9]")  # a value label _after_label reads from "in cohort A"
# a list of arm labels after one "arm(s)": "arm B vs A", "arms A and B", "arms A, B and C" (group 1 ends the first label)
_LABEL_LIST = re.compile(r"\b[Aa]rms?\s+([A-H1-9])\b(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)[A-H1-9]\b"
                         r"(?![.,]\d)(?!\s*(?:%|months?|mos?\b|weeks?|days?|years?|patients)))+")
_LABEL_LIST_ITEM = re.compile(r"(?:,\s*(?:and\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)([A-H1-9])\b")
# one side of a pair of named groups: after "vs" ("vs the experimental regimen"), or before it ("best supportive care
# alone vs", "placebo group versus")
_AFTER_VS = re.compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
_BEFORE_VS = re.compile(r"[\w\-+/]+(?:\s+[\w\-+/]+){0,4}?\s+(?:vs\.?|versus|compared\s+(?:with|to))\s", re.I)
_ARM_DEF = re.compile(r"\b[Aa]rm\s+([A-H1-9])\s*[(:]|\(\s*[Aa]rm\s+([A-H1-9])\s*\)")
_COMBO_GROUP = re.compile(r"\b(?:the\s+)?(?:combination|combined|doublet|triplet|dual[- ]\w+)\s+(?:group|arm|cohort)s?\b", re.I)
# an arm named by what it gives rather than by its drugs: "for monotherapy", "the single-agent cohort", "with the
# combination" (not "the combination of A and B", which names its drugs)
_MONO_GROUP = re.compile(r"\b(?:with|for|in|on|of)\s+(?:the\s+)?(?:monotherapy|single[- ]agent)(?:\s+(?:group|arm|cohort))?\b"
                         r"(?!\s+(?:with|of)\b)", re.I)
_COMBO_BARE = re.compile(r"\b(?:with|for|in|on)\s+the\s+combination\b(?!\s+(?:of|with|group|arm|cohort)s?\b)", re.I)
# a sentence's reference back to the group the sentence before named: "In this subgroup, ...", "among these patients"
# (not "in these patients", "for this group", "in this population": as often the whole trial's patients)
# a sentence that opens with its own population ("In patients with ...") names no group of the sentence before
_OWN_POPULATION_OPENER = re.compile(r"\s*(?:in|among|for|within)\b", re.I)
# a word that opens a group's name without naming a group ("this subgroup", "the overall population")
_NOT_A_GROUP_WORD = re.compile(r"(?i)(?:this|that|each|every|any|overall|whole|same|other|one|a)")
# "210 (45%) patients had left-sided tumours": a counted group of the sentence before
_COUNTED_BEFORE = re.compile(r"(?<![\d.])(\d[\d,]*)\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:patients\s+|pts\s+)?"
                            r"((?:had|were|harbou?red|showed)\b[^.;,()]{3,80})")
_BACK_TO_GROUP = re.compile(r"\b(?:in|among|within|for)\s+(?:this|that|these|the\s+same)\s+(?:subgroups?|subsets?|"
                            r"sub-?populations?)\b", re.I)
# a subgroup named as such: "in the better efficacy subgroup", "within the left-sided subset"
_NAMED_SUBGROUP = re.compile(r"\b(?:in|among|within|for)\s+(?:the\s+)?([\w/+\-]+(?:\s[\w/+\-]+){0,3}?)\s+(?:subgroup|subset)\b",
                             re.I)
# a sentence reporting a finding (not a plan: "analyses were performed in the X subgroup")
_FINDING = re.compile(r"\b(?:observed|seen|found|showed|shown|demonstrated|improv\w*|benefit\w*|prolong\w*|superior)\b", re.I)
# a comparison with the control arm ("0.60 for the doublet versus the control treatment")
_VERSUS_CONTROL = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than(?:\s+with)?)\s+(?:the\s+)?(?:control|comparator)\b",
                             re.I)
_CONTROL_GROUP = re.compile(r"\b(?:the\s+)?(?:control|placebo|comparator|standard)\s+(?:group|arm|cohort)s?\b", re.I)
# one group of a trial and what it received: "54 patients received A, B and C", "while the others received B and
# C", "the remaining 80 patients were treated with D", "and 50 received placebo"
_RECEIVED_CLAUSE = re.compile(r"(?:(?<![\w.,%])(\d{1,5})\s+(?:(?:patients|pts|participants|subjects)\s+)?|"
                              r"\b(?:the\s+)?(?:others|remaining(?:\s+\d{1,5})?(?:\s+(?:patients|pts|participants))?|rest)\s+)"
                              r"(?:were\s+)?(?:received|were treated with|were given|were assigned to|were allocated to)\s+"
                              r"(?!(?:prior|previous|at least|a median|no|one|two|three|\d))", re.I)
# a group's count and what it received, the verb given once ("63 patients received A and 33 received B", "612
# randomized to receive A and 614, placebo", "593 were assigned to A and 590 to B"): the verb is missing only after
# the first group
_GROUP_COUNT = re.compile(r"(?<![\w.,%])(?P<n>\d{1,3}(?:,\d{3})+|\d{1,5})(?:\s+(?:(?:patients|pts|participants|subjects)\s+)?"
                          rf"(?P<verb>(?:were\s+)?(?:received|treated with|given|{_ASSIGNED_TO}))\s+|,\s*|(?P<to>\s+to\s+))"
                          r"(?!(?:prior|previous|at least|a median|no|one|two|three|\d))", re.I)
# an arm's group and its size, the verb given once: "the A group comprised 278 patients and the B group 138"
_GROUP_SIZE = re.compile(r"\b(?:the\s+)?(?P<group>[^,;()]{1,50}?\s(?:group|arm|cohort))\s+(?:(?P<verb>comprised|included|"
                         r"consisted\s+of|enrolled|contained)\s+)?(?P<n>\d{1,5})(?:\s+(?:patients|participants|pts))?"
                         r"(?=\s*(?:,|;|\.|$|and\b|while\b|whereas\b))", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_AND_OR_COMMA_END = re.compile(r"(?:\band|,)\s*$")  # a bare "N to" counts a group only after these
_LABEL_BEFORE_COUNT = re.compile(r"\b(?:arms?|groups?|cohorts?|parts?|days?|cycles?|weeks?|lines?|phases?|stages?)\s*$", re.I)
# the end of a group's clause: another clause, or what the sentence goes on to say of the groups
_RECEIVED_END = re.compile(r";|\.\s|,?\s+(?:while|whereas)\b|,\s*(?:with|which|who|and\s+(?:the|a|an)\s)|\s\(?(?:n\s*=)", re.I)
# a sentence about treatment before or after the trial's, whose groups are no arms
# "previously treated mCRC", "previously untreated patients": a population's earlier therapy, not a cited study
_TREATED_BEFORE = re.compile(r"previously\s+(?:un)?treated\b(?!\s+(?:with|by|in)\b)", re.I)
_NOT_TRIAL_THERAPY = re.compile(r"\b(?:subsequent|after progression|post-?progression|cross(?:ed)?[- ]?over|prior|previous(?:ly)?|"
                                r"second-line therapy after|maintenance)\b", re.I)
# a drug's dose changed during the trial ("Fluorouracil dose was reduced to 2400 mg/m2 after ..."): that drug is one
# part of the arm, not the arm
_DOSE_CHANGED = re.compile(r"\bdoses?\s+(?:was|were|had\s+to\s+be)\s+(?:subsequently\s+)?(?:reduced|decreased|lowered|"
                           r"escalated|increased|modified|adjusted)\b", re.I)
# "Adagrasib (MRTX849) is another KRAS G12C inhibitor": a drug said to be another one
_SAID_ANOTHER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:is|was)\s+(?:also\s+)?another\b", re.I)
# the report's patients and the therapy they were given: "Patients with MSS mCRC who progressed on two prior lines
# received A, B, and C"
# ("These patients were treated with A"; not "Patients who had received A ...": theirs before entry)
_PATIENTS_RECEIVED = re.compile(r"^(?:(?:these|the|all|eligible|enrolled)\s+)?(?:patients|participants|pts)\b[^.;:]{0,160}?"
                                r"(?<!\bhad)(?<!\bhave)(?<!previously)(?<!already)\s(?:received|were\s+(?:treated\s+with|given))\s|"
                                # "Participants were randomly assigned 2:1 to receive A or B"
                                r"^(?:patients|participants|pts)\s+were\s+(?:randomly\s+(?:assigned|allocated)|randomi[sz]ed)\s+"
                                r"(?:\(?\d\s?:\s?\d\)?\s+)?to\s+receive\s+(?:either\s+)?", re.I)
_MEDIAN_DURATION = re.compile(r"\bmedian\s+duration\s+of\s+(?:the\s+)?$", re.I)
_SUBGROUP_VS = re.compile(r"\bin\s+(?:patients\s+with\s+)?([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:versus|vs\.?|compared with)\s+"
                          r"([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:m?CRC\s+)?(?:patients|tumou?rs|subgroups?|populations?|cases)\b", re.I)
_REFS = re.compile(r"\[(\d+(?:[,–-]\s*\d+)*)\]")
# "<marker> was associated with a worse PFS": the carriers of the marker fared worse (or better) than the others
_MARKER_ASSOCIATED = re.compile(r"\b(?:was|were|is|are|has been|have been)\s+(?:significantly\s+)?(?:associated|correlated)\s+"
                                r"with\s+(?:a\s+|an\s+|significantly\s+)*(?:worse|better|shorter|longer|poorer|improved|"
                                r"inferior|superior|lower|higher|reduced|prolonged)\b", re.I)
_UNNAMED = re.compile(r"\b(?:an?|one|another)\s+(?:(?:randomi[sz]ed|single-arm|open-label|multicenter|multicentre|prospective|"
                      r"retrospective|pilot|clinical|phase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3]))?)[\s,]+){1,4}"
                      r"(?:clinical\s+)?(?:study|trial|analysis)\b[^.;]{0,40}?\b(?:evaluat\w*|assess\w*|investigat\w*|"
                      r"tested|testing|of|with|in which)\b", re.I)
_TRAILING_CITATION = re.compile(r"\(\s*[^()]*\bet al\.?,?\s*\(?(?:19|20)\d\d[a-z]?\)?\s*\)\s*\.?\s*$")
_CITATION = re.compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-zA-Z'\-]+) et al\.?,?\s*(?:\(?((?:19|20)\d\d)[a-z]?\)?)?")
# bracketed short forms that are never a therapy's ("(ORR)", "(HR)", "(CI)")
_NOT_SHORT = {"ORR", "DCR", "PFS", "OS", "MPFS", "MOS", "HR", "CI", "CR", "PR", "SD", "PD", "AE", "AES", "TRAE", "TRAES",
              "TEAE", "TEAES", "DOR", "DOR", "ITT", "RR", "OR", "TTP", "CBR", "QOL", "NR", "NE", "NA", "MSI", "MSS", "DMMR",
              "PMMR", "TMB", "CTDNA", "NGS", "IHC", "FISH", "ECOG", "RECIST", "BICR", "MCRC", "CRC", "US", "UK", "EU"}
_NOT_ARMS = {_PLACEBO, "crc:regimen_best_supportive_care"}
# "standard-of-care imaging / response evaluation / testing": the usual practice of assessing, not an arm's therapy
_SOC_PRACTICE = re.compile(r"[-\s]*(?:radiolog\w*|imaging|CT\b|scans?\b|(?:response\s+)?(?:evaluation|assessment)s?\b|"
                           r"testing|tests?\b|diagnos\w*|monitoring|surveillance|biops\w*|genotyping|sequencing)", re.I)
# "Patients with right-sided primary tumors have worse overall survival": how a group defined by a feature fares,
# without a value or a therapy, is prognosis, not the result of a trial's arm
_FEATURE_GROUP_FARES = re.compile(r"^\s*(?:patients|tumou?rs|cases)\s+(?:with|harbou?ring|bearing)\s+(?:[\w\-/]+\s+){0,4}?"
                                  r"(?:have|has|had|show|showed|exhibit\w*|display\w*)\s+(?:a\s+|an\s+)?"
                                  r"(?:significantly\s+)?(?:worse|poorer|better|shorter|longer|inferior|superior|improved)\b", re.I)
# a hazard ratio between groups of patients a marker defines ("HR according to BRAF mutation status", "PIK3CA
# status HR", "for mutated versus wild-type"): how the marker's groups fare, not what an arm did
_MARKER_GROUPS_HR = re.compile(r"(?<!stratified\s)(?<!adjusted\s)\b(?:according\s+to|by)\s+(?:the\s+)?(?:[\w\-/]+\s+){1,3}?(?:status|expression)\b|"
                               r"\b(?:status|expression)\s+(?:\(?HR\)?|hazard\s+ratio)\b|"
                               r"\b(?:mutant|mutated|mutations?|positive|high)\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+"
                               r"(?:the\s+)?(?:[\w/]+[\s\-])?(?:wild[- ]type|WT|non-?mutated|negative|low)\b|"
                               # ("loss versus no loss PFS hazard ratio 0.9": a marker's loss against its presence)
                               r"\b(?:loss|absence|absent|deficient|deficiency)\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+"
                               r"(?:no\s+loss|retained|intact|presence|present|proficient|normal)\b", re.I)
# two groups a marker defines, compared by the values that follow: "for biomarker-positive vs. biomarker-negative
# patients", "in KRAS-mutant versus wild-type tumours" (the groups' values, not the arms')
_MARKER_PAIR = re.compile(r"\b(?:in|for|among|between)\s+(?:patients\s+with\s+)?((?:[\w/+]+[\s\-])?(?:mutant|mutated|positive|high))"
                          r"\s+(?:vs\.?|versus|compared\s+(?:with|to)|and)\s+((?:[\w/+]+[\s\-])?(?:wild[- ]type|non-?mutated|negative|low))"
                          r"\s+(?:patients|tumou?rs|subgroups?|populations?|cases|groups?)\b", re.I)


def _marker_group_ratios(text: str, positions: list[int]) -> set[int]:
    """The positions of the hazard ratios that compare groups a marker defines (see _compares_marker_groups), and of
    each ratio that follows one of them in the same clause: "loss versus no loss PFS HR 0.9 (0.7-1.16), OS HR 1.04"."""
    out: set[int] = set()
    prev = None
    for q in sorted(positions):
        if _compares_marker_groups(text, positions, q) or prev in out and not re.search(r"[;.]\s", text[prev:q]):
            out.add(q)
        prev = q
    return out


def _compares_marker_groups(text: str, positions: list[int], pos: int) -> bool:
    """Whether the words leading to the hazard ratio at ``pos`` (since the ratio before it, at most 90 characters,
    and its own "HR" word) say it compares groups a marker defines rather than arms."""
    start = max([q + 1 for q in positions if q < pos] + [pos - 90, 0])
    said = _MARKER_GROUPS_HR.search(text, start, pos + len("hazard ratio"))
    return said is not None and "performance" not in said.group(0).lower()  # "by ECOG performance status": no marker


_BLANK_LINE = re.compile(rf"{EOL}[ \t]*{EOL}")
# a sentence that refers back to the trial in focus, so that it carries over a paragraph break
_BACK_REF = re.compile(r"\b(?:th(?:e|is|at) (?:trial|study)|in this (?:cohort|population)|the (?:experimental|control) arm)\b", re.I)
_PRESENT = re.compile(r"\b(?:our|the present|the current) (?:study|trial|cohort|analysis|series)\b|\bin our\b|"
                      r"\bat our (?:[\w\-]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|department|clinic)s?\b|"
                      r"\bwe (?:found|observed|report|showed)\b", re.I)


# the parts of a trial report that speak of its own trial (abstract parts and report sections)
_REPORT_PART = re.compile(r"(?:abstract|summary|(?:materials and )?methods?|patients?(?: and methods)?|study design|design|"
                          r"treatments?|interventions?|results?|findings|efficacy|safety|outcomes?|responses?|survival|"
                          r"exploratory analys[ie]s|subgroup analys[ie]s|conclusions?|plain language summary|"
                          r"patient characteristics|baseline characteristics|tumou?r response)\b", re.I)


# in a report of a study of its own, words that speak of that study ("the purpose of this study", "we analyzed")
_OWN = re.compile(r"\b(?:aim|purpose|objective|goal)s?\s+of\s+(?:this|the present|our)\s+(?:study|analysis|trial|work)\b|"
                  r"\bin this (?:[\w\-]+,?\s+){0,3}(?:study|analysis|trial|cohort)\b|\bthis (?:\w+\s+){0,2}(?:study|trial) "
                  r"(?:aimed|aims|was designed|evaluated|investigated|compared)\b|\bwe (?:\w+ly\s+)?(?:collected|enrolled|"
                  r"included|analy[sz]ed|treated|report|reviewed|compared|evaluated|investigated|conducted|recruited)\b", re.I)
# words that make alternatives in a design sentence arms of a comparison (not one patient's or another's choice)
_COMPARATIVE = re.compile(r"\brandomi[sz]|\brandomly\b|\bassigned\b|\ballocated\b|\beither\b|\bversus\b|\bvs\b|\bcompar|"
                          r"\bgroups?\b|\barms?\b|\bcohorts?\b|\balone\b|\baddition of\b|\badding\b|"
                          r"\bdivided\b|\bstratified\b|\bplacebo\b", re.I)
# ("a retrospective review of patients", "56 patients were included in the review": an own series' review of records;
# "tumor assessments by blinded central review", "PFS by independent review", "approved by the institutional review
# board", "an independent review committee": a trial's own assessment or approval, no review article; "Research
# output: Contribution to journal > Article > peer-review", "Open access peer-reviewed chapter": the publisher's
# word for how any article was vetted)
_REVIEW = re.compile(r"(?<!peer-)(?<!peer )(?<!retrospective )(?<!chart )(?<!included in the )(?<!central )(?<!independent )(?<!blinded )"
                     r"(?<!radiology )(?<!radiologic )(?<!radiological )(?<!investigator )(?<!institutional )(?<!ethics )"
                     r"(?<!ethical )(?<!external )(?<!expert )(?<!pathology )\breview\b(?!\s+(?:committees?|boards?|panels?)\b)|"
                     r"\bmeta-analys[ie]s\b|\bsystematic\b", re.I)
# a text that reports a study of its own (not only others' results)
_PRIMARY = re.compile(r"\bwe (?:retrospectively |prospectively |consecutively )?(?:collected|enrolled|included|analy[sz]ed|"
                      r"treated|reviewed|recruited|compared)\b|\bwere (?:retrospectively|prospectively|consecutively) "
                      r"(?:collected|analy[sz]ed|reviewed|enrolled|included)\b|\b(?:this|the present|our) (?:retrospective|"
                      r"prospective|single-arm|multicenter|multicentre|observational|cohort) (?:study|analysis)\b|"
                      r"\b(?:this|the present|our) (?:study )?(?:is|was) an? (?:retrospective|prospective|observational) "
                      r"(?:study|analysis|review)\b", re.I)
# a dated article's own patients counted where a sentence opens: "A total of 36 patients were recruited.", "Results:
# Seventy-four patients were treated from ..." (with its author line, the article reports a study of its own)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?"
_OWN_COUNT = re.compile(rf"(?:^|[.:]\s+)(?:a\s+total\s+of\s+)?(?:\d[\d,]*|{_TENS}|{'|'.join(trials_cited.NUMBER_WORDS[2:])})\s+"
                        r"(?:eligible\s+|consecutive\s+)?(?:patients|participants)\s+(?:\([^()]{0,40}\)\s+)?were\s+"
                        r"(?:recruited|enrolled|accrued|treated|included)\b", re.I | re.M)
# a trial's name used for the standard it set, not the trial: "according to HERACLES (diagnostic) criteria"
_STANDARD_OF = re.compile(r"\s*(?:diagnostic\s+|scoring\s+|eligibility\s+)?(?:criteria|definition|scoring\s+system|"
                          r"algorithm)\b", re.I)


def _without_standards(text: str, rec: Recognition) -> Recognition:
    """The recognition without the trial names that stand for a standard the trial set ("HERACLES criteria")."""
    kept = [m for m in rec.mentions if m.entity.category != "Trial" or not _STANDARD_OF.match(text, m.end)]
    if len(kept) == len(rec.mentions):
        return rec
    return Recognition(kept, list(rec.regimens), dict(rec.populations), list(rec.implied))


# a regimen as the subject of an improvement: "FOLFOXIRI demonstrated statistically significant improvements in"
_SUBJECT_IMPROVES = re.compile(r"\s*(?:results?\s*:\s*)?(?P<subject>[^,;:]{1,60}?)\s+(?:demonstrated|showed|yielded|produced|"
                               r"resulted\s+in|led\s+to)\s+(?:an?\s+)?(?:statistically\s+)?(?:significant(?:ly)?\s+)?"
                               r"(?:improvements?|prolongation)\s+(?:in|of)\s+", re.I)


_LABEL_LEAD = r"\s*(?:(?:materials|patients|subjects)\s+and\s+)?"
# an inline label that opens a report's own methods or results ("RESULTS: 169 pts were randomised")
_OWN_PART_LABEL = re.compile(rf"{_LABEL_LEAD}(?:methods?|results?|findings)\s*:", re.I)
# an abstract's methods part, by its inline label ("Methods: ...", "Patients and methods: ...")
_METHODS_LABEL = re.compile(rf"{_LABEL_LEAD}methods?\s*:|\s*(?:study\s+)?design\s*:", re.I)


def _in_methods(s: Sentence) -> bool:
    """Whether sentence ``s`` opens a report's methods (its inline label) or stands in its methods section."""
    return bool(_METHODS_LABEL.match(s.norm) or _METHODS_LABEL.match((s.subsection or s.section or "") + ":"))


def _report_part(s: Sentence) -> bool:
    """Whether sentence ``s`` stands in a part of a trial report that reports its own trial (not its
    introduction, background, statistical plan or discussion)."""
    part = s.subsection or s.section
    if re.match(r"\s*(?:introduction|background|discussion|statistic|sample size|references|acknowledg|abbreviations)",
                part, re.I) or re.match(r"\s*(?:introduction|background|discussion)", s.section, re.I):
        return False
    return bool(_REPORT_PART.match(part.strip()))


# a trial's verdict on two therapies ("A was noninferior to B"), and the words that compare two therapies
_VERDICT = re.compile(r"(?:non-?inferior|superior|equivalent) to\b", re.I)
# (the last form, "A plus B improved PFS versus A alone": the comparator is a part of the combination given alone)
_CONTRAST = re.compile(rf"\b(?:compared (?:with|to)|in comparison (?:with|to)|than(?: did)?|{_VERDICT.pattern}|"
                       rf"(?:improv\w*|prolong\w*|extend\w*|benefit\w*|advantage)(?:\s+[\w\-]+){{0,4}}?\s+over|"
                       rf"(?:improv\w*|prolong\w*|extend\w*|benefits?|advantages?)(?:\s+[\w\-()]+){{0,4}}?\s+(?:versus|vs\.?)"
                       rf"(?=\s+(?:(?:treatment|therapy)\s+with\s+)?(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:alone|monotherapy)\b))\s", re.I)
# the words between the two sides of a comparison of therapies ("XELOX was as effective as FOLFOX4")
_SIDES_COMPARED = re.compile(r"\s*(?:(?:was|were|is|are)\s+)?(?:(?:as\s+(?:effective|active|efficacious|good)\s+as|"
                             r"compared\s+(?:with|to)|versus|vs\.?|(?:non-?inferior|superior|equivalent)\s+to)\s+"
                             r"(?:the\s+|that\s+of\s+)?)\s*", re.I)
_COMPARED = re.compile(rf"\bcompared (?:with|to)\b|\bin comparison (?:with|to)\b|\b{_VERDICT.pattern}", re.I)
# "versus" between two values of one metric: also the journal style "8.8 months v 5.7 months"
_VS = r"\b(?:vs\.?|versus|v\.?)\b"
# a therapy as the subject of its own result: "larotrectinib achieved an ORR of 75%", "entrectinib resulted in an ORR of 57%"
_RESULT_SUBJECT = re.compile(r"\s*(?:monotherapy\s+|alone\s+)?(?:achieved|resulted in|showed|yielded|produced|demonstrated|"
                             r"gave)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:ORR|DCR|response rate|objective response|"
                             r"disease control|median (?:PFS|OS|progression|overall)|m(?:PFS|OS))\b", re.I)
# the comparator named first, before the arm it is compared with ("Compared with placebo, A improved ...")
_FRONTED_COMPARATOR = re.compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|as\s+opposed\s+to)\s+"
                                 r"(?:the\s+)?(?:(?:patients|those)\s+(?:on|receiving|given|treated\s+with|in)\s+(?:the\s+)?)?$",
                                 re.I)
# the boundary between two clauses of one sentence
_CLAUSE_SEP = re.compile(r",\s*(?:and|while|whereas|but)\b|;|\bwhile\b|\bwhereas\b", re.I)
# the therapy that makes patients eligible, not the one the trial gave: "patients who were candidates for first-line
# chemotherapy", "unsuitable for intensive chemotherapy", "a lesion for which first-line chemotherapy was indicated"
_ELIGIBLE_FOR = re.compile(r"\b(?:(?:un)?suitable|candidates?|(?:un)?amenable)\s+(?:for|to)\s+(?:[\w\-/,]+\s+){0,3}$|"
                           r"\bfor\s+(?:which|whom)\s+(?:[\w\-/,]+\s+){0,2}$", re.I)
# a class's short form in brackets right after the class: "tyrosine-kinase inhibitor (TKI)"
_OPEN_BEFORE_SHORT = re.compile(r"\s*\(\s*")
_CLOSE_AFTER_SHORT = re.compile(r"\s*\)")
_INDICATED_AFTER = re.compile(r"\s*(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?indicated\b", re.I)
# what patients received after the trial's own treatment: "in subsequent treatment lines", "patients originally
# assigned to arm A" (not "after progression": "continuation of X after progression" may be the study's own therapy)
_LATER_LINES = re.compile(r"\b(?:in|during|as)\s+(?:(?:the|all|any)\s+)?(?:subsequent|later|further|post-?study|post-?protocol)"
                          r"\s+(?:treatment\s+|therapy\s+)?(?:lines?|therap(?:y|ies)|treatments?)\b|"
                          r"\boriginally\s+(?:assigned|randomi[sz]ed|allocated)\b|"
                          # the treatment patients may have after the trial's: "At progression, patients could go on to
                          # receive A or B"
                          r"\b(?:go|goes|went|going)\s+on\s+to\s+(?:receive|be\s+treated|be\s+given)\b|"
                          r"\b(?:at|upon)\s+(?:disease\s+)?progression,\s+(?:patients|they)\s+(?:could|may|might|were\s+(?:allowed|"
                          r"permitted|offered|eligible))\b", re.I)
# the patients who went on to further treatment after the trial's: their counts and values are a subset's
_LATER_GROUP = re.compile(r"\b(?:received|receiving|had|given|went on to receive|underwent)\s+(?:any\s+|an?\s+)?(?:further|"
                          r"subsequent|later|additional|post-?progression|post-?study|next-line)\s+(?:systemic\s+|anti-?cancer\s+|"
                          r"anticancer\s+)?(?:treatments?|therap(?:y|ies)|chemotherapy|lines?)\b", re.I)
# survival counted from a later time than randomisation: "from (the) start of second-line therapy", "from progression"
_LATER_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:start|initiation|beginning|onset)\s+of\s+(?:the\s+)?(?:second|third|"
                           r"fourth|subsequent|later|next|further|2nd|3rd)[\s\-]|(?:first\s+|disease\s+)?progression\b)", re.I)
# the "with" of "with or without": an optional add-on, never a design's "with"
_WITH_OR_WITHOUT_AT = re.compile(r"with\s+or\s+without\b", re.I)
# "not reached with A vs 39.3 months with B": an arm named before "vs" is the other side's, not the value's after it
_SIDE_TURN = re.compile(rf"{_VS}|\bcompared (?:with|to)\b", re.I)
_ALONE = re.compile(r"\s*(?:alone|monotherapy|as (?:a )?single agent|by itself)\b", re.I)
# "a subgroup analysis showed ...", "in a subset of patients": the values that follow are of a part of the patients
_PART_ANNOUNCED = re.compile(r"\b(?:subgroup|subset|sub-?population)\s+analys[ie]s\b|\b(?:in|among|for)\s+(?:the|a|this|that)\s+"
                             r"(?:subgroup|subset)\b", re.I)
# "inferior OS to that of the RECOURSE trial", "similar to those reported in X": a trial a report measures itself
# against, not the report's own trial
_BENCHMARK = re.compile(r"\b(?:(?:than|to|with)\s+(?:that|those)\s+(?:of|in|from|seen in|reported in|observed in)|"
                        r"differ\w*\s+from\s+(?:what\s+(?:was|were|had\s+been)\s+|those\s+|that\s+)?(?:seen|reported|observed|found)\s+in|"
                        r"similar to|comparable (?:to|with)|consistent with|in line with|in keeping with|"
                        r"compared (?:to|with)|than(?:\s+(?:in|with))?|as in|resembl\w+)\s+(?:the\s+)?(?:pivotal\s+)?$",
                        re.I)
# ... or a trial whose results prompted the report's own: "Inspired by the encouraging results of a small phase 1-2
# study, C-TASK FORCE, which evaluated A plus B, we aimed to ...", "based on the results of the X trial"
_PROMPTED_BY = re.compile(r"\b(?:inspired|encouraged|prompted|motivated)\s+by|\bbased\s+on|\bbuilding\s+on|\bfollowing", re.I)
_PROMPTING_STUDY = re.compile(r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?results?\s+(?:of|from|in)\s+(?:(?:an?|the)\s+)?"
                              r"(?:[\w\-–/]+\s+){0,5}?(?:(?:study|trial)\s*,?\s*(?:the\s+)?)?$", re.I)


# the words of a study of patients or its outcomes (a sentence that cites an author without them cites a finding)
_STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ies)|trials?|phase|patients|pts|participants|cohorts?|randomi[sz]\w*|treated|"
                          r"received|respon\w+|survival|ORR|PFS|OS|DCR|efficacy|benefit)\b", re.I)
# the words that cite a named trial for its results: "results of the AIO/AMG X study", "data from the X trial" (before the
# name), "X demonstrated", "the X trial showed" (after it)
# (not a news report's source of its own trial: "according to the results of the phase II X study")
_RESULTS_OF_BEFORE = re.compile(r"(?<!according to the )(?<!according to )(?<!based on the )(?<!based on )"
                                r"\b(?:results|data|findings)\s+(?:of|from)\s+(?:the\s+)?(?:[\w/\-]+\s+){0,3}$", re.I)
_SHOWED_AFTER = re.compile(r"(?:\s+(?:phase\s+\S+\s+)?(?:study|trial))?\s+(?:has\s+|have\s+|had\s+)?"
                           r"(?:demonstrated|showed|shown|reported|found|established|confirmed)\b", re.I)
# the sentence that introduces the report's own study as the present one ("The present study was conducted to
# evaluate ...", "The current retrospective study aimed to ..."): a trial named only before it is one it cites
_PRESENT_STUDY = re.compile(r"\b(?:the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:study|analysis)\s+"
                            r"(?:was\s+(?:conducted|performed|designed|carried\s+out|undertaken)|aim(?:s|ed)|is\s+to)\b", re.I)


# the words that make a count a bound: "more than 450 patients", "over 1,000", "at least 30", "> 200"
_BOUND_BEFORE = re.compile(r"(?:\b(?:more|greater|fewer|less)\s+than|\bover|\bat\s+least|\bnearly|\balmost|\bup\s+to|"
                           r"[>≥<≤])\s*$", re.I)
_COUNTS_RUN_BEFORE = re.compile(r"\d\s*(?:,|and|,\s*and)\s*$")
_COUNTS_RUN_AFTER = re.compile(r"\s*(?:,|and|,\s*and)\s*\d")


def _in_counts_respectively(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is one of a run of counts the sentence pairs with its groups in order ("A
    total of 823 and 230 patients were randomly assigned to the oxaliplatin and irinotecan cohorts, respectively"):
    each count is one group's, none the whole study's."""
    return bool(_RESPECTIVELY.search(text, end)) and bool(
        _COUNTS_RUN_BEFORE.search(text, max(0, start - 12), start) or _COUNTS_RUN_AFTER.match(text, end))


def _benchmark_before(before: str) -> bool:
    """Whether the words ``before`` a trial's name make it a trial the report sets its own beside (_BENCHMARK) or
    builds on (_PROMPTED_BY ... _PROMPTING_STUDY, looked at in the last 120 characters only)."""
    if _BENCHMARK.search(before):
        return True
    tail = before[-120:]
    return any(_PROMPTING_STUDY.match(tail, m.end()) for m in _PROMPTED_BY.finditer(tail))


# a clause that says what a metric counts, between the metric and its value
_METRIC_DEFINITION = re.compile(r"(?:(?<=rate)|(?<=ORR)|(?<=DCR)),\s*(?:which|that)\s+(?:includes?|included|comprises?|comprised|counts?|"
                                r"combines?|is defined as|was defined as|refers to)\b[^,;()]{1,120}(?:,\s*and\s+[^,;()]{1,80})?,", re.I)
# one regimen's parts, the first given at its dose ("sotorasib at 960 mg plus panitumumab")
_DOSED_JOIN = re.compile(rf"(?:\s*(?:at\s+(?:a\s+)?(?:(?:daily\s+)?dose\s+of\s+)?)?{_NUM}\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg)(?![\w/]))?"
                         r"\s*(?:\+|plus|and|with|,|, and|combined with|in combination with)\s*", re.I)
# what joins a dosed therapy to the next part of its combination ("A 6 mg/kg every 2 weeks plus B"), its dosing removed
_DOSED_COMBINATION_JOIN = re.compile(r"\s*(?:\+|plus|combined with|in combination with)\s*", re.I)
_ADDED = re.compile(r"\badd(?:s|ed|ing|ition)\b", re.I)  # "the addition of X to Y": X is not an arm alone


# _subject_arm_improves: what may stand around the subject's therapy ("(A)"), what joins the bracket of one metric
# to the next metric ("...), and in "), words of a part of the patients, a metric opening its bracket ("median PFS
# (PFS) ("), and what joins the two values ("months vs")
_SUBJECT_FRAME = re.compile(r"[\s(]*")
_AND_NEXT_METRIC = re.compile(r"(?:median\s+)?[^;]*?\)\s*,?\s*and\s+(?:in\s+)?", re.I)
_PATIENT_PART = re.compile(r"\b(?:patients|subgroups?|among|with(?:out)?|those)\b", re.I)
_METRIC_BRACKET = re.compile(r"(?:median\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}\s*(?:\([A-Za-z]{2,4}\)\s*)?\(\s*", re.I)
_VALUE_VS = re.compile(r"\s*(?:months?|mo)?\s*(?:vs\.?|versus)\s*", re.I)
# a hazard ratio said to be against the control arm ("HR vs control"), or against a named arm ("hazard ratio [HR] vs C")
_HR_VS_CONTROL = re.compile(r"(?:hazard ratio|HR)\s*(?:vs\.?|versus)\s+(?:the\s+)?(?:control|comparator)\b", re.I)
# what may stand between the second value of a pair and its hazard ratio ("2.6 months; HR", "6.8 months, HR")
_HR_AFTER_VALUE = re.compile(r"\s*(?:%|months?|mo)?\s*[;,]\s*")
_HR_AFTER_MONTHS = re.compile(r"\s*(?:months?|mo)?\s*[;,]\s*")
_HR_VERSUS = re.compile(r"(?:hazard ratio|HR)\s*(?:\[HR\]|\(HR\))?\s*(?:vs\.?|versus)\s", re.I)


# how a bracketed list of arm counts splits into its parts: at semicolons when each part names its arm before a comma
# ("vanucizumab, n = 94; bevacizumab, n = 95"), else at semicolons, commas, "and", "vs"
_NAMED_COUNTS = re.compile(r"[^;]+,\s*n\s*=\s*\d+(?:\s*;[^;]+,\s*n\s*=\s*\d+)+", re.I)
_SEMICOLON_SPLIT = re.compile(r"\s*;\s*")
_BRACKET_PART_SPLIT = re.compile(r"\s*[;,]\s*|\s+and\s+|\s+vs\.?\s+|\s+versus\s+")
# the patients randomised to the arms a clause lists: their count is the trial's, not the first arm's
_RANDOMISED_TO = re.compile(r"\b(?:randomi[sz]ed|randomly\s+(?:assigned|allocated))\s+(?:\([^()]*\)\s+)?to\b", re.I)
# one arm's count inside a bracketed list ("(RAM 536; PBO 536)", "(n = 41 in the XELIRI arm and 46 in the FOLFIRI
# arm)"); a number with a unit is no count ("(63 years in the XELIRI and 62 years in the FOLFIRI arm)": median ages)
_BRACKET_ARM_COUNT = re.compile(r"(?:n\s*=\s*)?(\d{1,5})\s+(?!(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|cycles?|mg|kg|"
                                r"cm|%)(?:\W|$))(?:in\s+(?:the\s+)?)?(.+)|(.+?)(?:[:\s]|,\s*(?=n\s*=))\s*(?:n\s*=\s*)?(\d{1,5})")


# what makes a therapy one of the trial's arms, said right before it ("randomly assigned to receive A", "to receive A")
_ASSIGNED_BEFORE = re.compile(r"\b(?:random\w*|assign\w*|allocat\w*)\s+(?:to\s+)?(?:receive\s+)?(?:either\s+)?$", re.I)
_TO_RECEIVE_BEFORE = re.compile(r"(?<!eligible )(?<!\bfit )\bto\s+receive\s+(?:either\s+)?$", re.I)
# words right before a therapy that make it one the patients had before entry, not one the trial gave
_EARLIER_GIVEN_BEFORE = re.compile(
    r"(?:after|following|prior|previous(?:ly)?|progress\w* (?:on|during|after|to)|despite|refractory to|"
    r"failure of|failed|intolerant (?:of|to)|pretreated with|exposure to|resistan\w* to|"
    r"previously received|ha(?:ve|s|d) (?:also )?received|(?:eligible|fit)\s+(?:to\s+receive|for)|"
    # ("patients who received induction chemotherapy with A or B ... were randomly assigned to maintenance C or
    # observation": the induction before randomisation is no arm)
    # (not "In arm A, patients received induction with A plus B": a strategy arm's first part)
    r"\bwho\s+(?:had\s+)?(?:received|completed|underwent)\s+(?:[\w\-]+\s+){0,4}?induction(?:\s+(?:chemo)?(?:therapy|treatment|regimen))?"
    r"(?:\s+(?:with|of|using|consisting\s+of))?|"
    # "pts with mCRC treated in first-line with A, B or C, to receive in second-line ...": the patients'
    r"(?<!were )(?<!was )(?<!been )treated\s+in\s+(?:the\s+)?(?:first|1st|front)[- ]line\s+with)"
    r"\s+(?:[\w\-/,]+\s+){0,3}$", re.I)
_WITHOUT_PRIOR_BEFORE = re.compile(r"(?<!\bor )\bwithout\s+(?:prior\s+|previous\s+)?$", re.I)
# what joins the next item of a list of earlier therapies to the one before it
_PRIOR_LIST_JOIN = re.compile(r"[-–]?\s*(?:,|and|or|/|, and|, or)\s*(?:an?\s+|the\s+)?", re.I)
_INDUCTION_BEFORE = re.compile(r"\binduction\s+$", re.I)
_MAINTENANCE_WORD = re.compile(r"\bmaintenance\b", re.I)
_PLACEBO_CONTROLLED = re.compile(r"\s*[-–]\s*controlled\b", re.I)
# a therapy named as the kind of an earlier or resisted regimen ("irinotecan-containing", "oxaliplatin-refractory")
_EARLIER_KIND_AFTER = re.compile(r"[-–\s]?(?:based|containing|refractory|resistant|resistance|pretreated|naive|naïve|"
                                 r"failure|exposed)\b", re.I)
_COORDINATED_GAP = re.compile(r"\s*(?:,|and|or|plus|/|, and|, or)\s*")


class _Reader:
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
        from kg.ids import slug
        self._unnamed_prefix = f"crc:trial_{slug(doc.name.split('_')[0].split('.')[0])}_"
        # a short report's registry numbers that stand for the one trial it names (builders/trials_registry.py)
        self.aliases: dict[str, Entity] = {}
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
        self.own_study = None  # the article's own study, named by its first author ("Wen et al. 2022")
        if self.report is None:
            self.report, self.report_regimen = self._own_study()
            self.own_study = self.report
        # the sentence that introduces the report's own trial, and its section: the sentences of that section before it
        # are its background (the title and a page's key findings above the abstract are not)
        self.main_from: tuple[int, str] = (0, "")
        if self.short and self.main_trial is None and self.report is None:
            self.main_trial, self.main_regimen = self._introduced_trial()
        if self.short and self.main_trial is None and self.report is None and self.titled_trial is None and \
                self.byline is not None and self.byline[1] is not None:
            self.report, self.report_regimen = self._own_study(counted=True)
            self.own_study = self.report
        if self.report is not None and self.report_regimen is not None:
            self._state(self.report, doc.sentences[0] if doc.sentences else None).candidate = self.report_regimen
        self.unnamed_regimens: dict[str, Entity] = {}  # unnamed study id -> the regimen it was introduced with
        self.after_regimen: set[str] = set()  # unnamed studies introduced after their regimen ("A was tested in a ...")
        self.new_focus = -1  # the sentence that last introduced a study without naming a trial
        self.cite_ahead = self._citations_ahead()
        self.author_years: dict[str, set[str]] = {}
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
        out = Recognition(sorted(rec.mentions + extra, key=lambda x: (x.start, -x.end)), list(rec.regimens),
                          dict(rec.populations), list(rec.implied))
        self._augmented[s.index] = out
        return out

    def _own_study(self, counted: bool = False) -> tuple[Entity | None, Entity | None]:
        """A research article's own study, named by its first author and year ("Sun et al. 2021"), when its
        header has an author line and its text reports a study of its own ("we retrospectively collected ...")
        and is no review. Its regimen is the first one the title names, unless the title compares two. With no
        author line, the present cohort study when the article counts patients of its own (see _present_study).
        ``counted``: a dated author line and a sentence that opens with the count of its patients ("A total of 36
        patients were recruited.") also tell a study of its own (asked when no trial is introduced otherwise)."""
        dated = self.byline is not None and self.byline[1] is not None
        if self._review_header or not (_PRIMARY.search(self.doc.text) or _OWN_SERIES.search(self.doc.text) or
                                       counted and dated and _OWN_COUNT.search(self.doc.text)):
            return None, None
        if self.byline is None or self.byline[1] is None:
            # no author line, or one without a year: the present cohort study (no year invented)
            study = self._present_study()
            return study, (self._series_regimen() if study is not None else None)
        lines = LINE_END.split(self.doc.text, 30)[:30]
        trial = author_trial(*self.byline)
        regimen = None
        for line in lines[:self.byline_line]:
            if len(line) > 30 and not re.search(r"\b(?:versus|vs\.?|compared|or)\b", line, re.I):
                rec = self.ctx.find(line)
                if rec.regimens:
                    regimen = rec.regimens[0][0].entity
                    break
        return trial, regimen

    def _not_own(self, s: Sentence, m: Mention) -> bool:
        """Whether a sentence names a trial as another than the report's own: one it is set beside, or one still
        running."""
        return _benchmark_before(s.norm[:m.start]) or any(h[2] == "ongoing" for h in self.ctx.cue_hits(s))

    def _cited_before_own(self) -> set[str]:
        """The trials a report names only before the sentence that introduces its own study as "the present study"
        ("The activity of A plus B from a phase Ib X study is encouraging. The present study was conducted to evaluate
        C plus D ..."), never in its title nor after: studies it cites, not its own (computed once)."""
        if self._cited_trials is None:
            own_at = next((s.index for s in self.doc.sentences if _PRESENT_STUDY.search(s.norm)), None)
            first: dict[str, int] = {}
            last: dict[str, int] = {}
            if own_at is not None:
                for s in self.doc.sentences:
                    for m in self.recognize(s).mentions:
                        if m.entity.category == "Trial":
                            first.setdefault(m.entity.id, s.index)
                            last[m.entity.id] = s.index
            title = self.doc.sentences[0].index if self.doc.sentences else -1
            self._cited_trials = {t for t in first if first[t] > title and last[t] < own_at} | self._cited_results()
        return self._cited_trials

    @cached_property
    def own_intro(self) -> int | None:
        """The index of the sentence of the report's methods that introduces its own study by a demonstrative and names
        no trial ("Methods: This phase III study randomized ..."), if any (computed once)."""
        return next((s.index for s in self.doc.sentences[1:] if _in_methods(s) and trials_own.introduces_own_study(s.norm)
                     and not any(m.entity.category == "Trial" for m in self.recognize(s).mentions)), None)

    def _cited_results(self) -> set[str]:
        """The trials a report names, before the sentence of its methods that introduces its own study ("Methods:
        This phase III study randomized ...", see trials_own.introduces_own_study), only for their results:
        "Recently, results of the X study demonstrated ...", "Considering the results of the X trial, the study accrual
        was stopped": studies it cites, not its own. A report whose title introduces its own study without a name ("A
        single-arm phase II trial of A plus B in ...") cites, wherever it names it, a trial it names only for its
        results ("The X trial demonstrated that B prolongs survival")."""
        own_at = self.own_intro
        if own_at is None and self._title_introduces_own:
            own_at = len(self.doc.sentences)
        if own_at is None:
            return set()
        first: dict[str, int] = {}
        citing: dict[str, bool] = {}
        for s in self.doc.sentences[1:]:
            for m in self.recognize(s).mentions:
                if m.entity.category == "Trial":
                    first.setdefault(m.entity.id, s.index)
                    citing[m.entity.id] = citing.get(m.entity.id, True) and (
                        _RESULTS_OF_BEFORE.search(s.norm, max(0, m.start - 60), m.start) is not None or
                        _SHOWED_AFTER.match(s.norm, m.end) is not None)
        return {t for t in first if first[t] < own_at and citing[t]}

    @cached_property
    def _title_is_line(self) -> bool:
        """Whether the report's first sentence is a title on a line of its own (not the opening sentence of a text)."""
        title = trials_own.title_of(self.doc)
        nxt = self.doc.sentences[title.index + 1] if title is not None and title.index + 1 < len(self.doc.sentences) else None
        return nxt is not None and has_line_end(self.doc.text, title.end, nxt.start)

    @cached_property
    def _title_introduces_own(self) -> bool:
        """Whether the report's title introduces its own study and names no trial ("A single-arm phase II trial of A
        plus B in ...", see trials_own.introducing_sentence)."""
        title = trials_own.title_of(self.doc)
        if title is None or any(m.entity.category == "Trial" for m in self.recognize(title).mentions):
            return False
        found = trials_own.introducing_sentence(self.doc)
        return found is not None and found[0].index == title.index

    def _main(self, titled: bool = False) -> tuple[Entity | None, Entity | None]:
        """A short report's own trial (the only trial it names, ongoing ones aside) and its regimen
        (the first combination it names, else the therapy it names most). ``titled``: among several trials it
        names, the one its title names (else none)."""
        trials: dict[str, Entity] = {}
        counts: dict[str, int] = {}
        combo = None
        cited = self._cited_before_own()
        for s in self.doc.sentences:
            rec = self.recognize(s)
            ongoing = any(h[2] == "ongoing" for h in self.ctx.cue_hits(s))
            for m in rec.mentions:
                if m.entity.category == "Trial" and not ongoing and not _benchmark_before(s.norm[:m.start]) and \
                        m.entity.id not in cited:
                    trials[m.entity.id] = m.entity
            for m in self.therapies(s.norm, rec):
                if m.entity.category == "DrugClass" or m.entity.id in _NOT_ARMS or \
                        re.search(r"-(?:containing|based)\b", m.entity.name):
                    continue
                counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
                if combo is None and m.entity.category == "Regimen" and m.entity.attr("combination") and s.index < 12:
                    combo = m.entity
        if titled and len(trials) > 1:
            # a report that cites other trials: its own is the one its title names ("...: a phase II trial (TAS-CC4
            # study)" beside the RECOURSE trial its background cites)
            named = {m.entity.id: m.entity for m in self.recognize(self.doc.sentences[0]).mentions
                     if m.entity.category == "Trial"} if self.doc.sentences and not self.doc.sentences[0].section else {}
            trials = named if len(named) == 1 and set(named) <= set(trials) else trials
        elif titled:
            return None, None
        if len(trials) != 1:
            return None, None
        regimen = combo
        if regimen is None and counts:
            best = max(sorted(counts), key=lambda k: counts[k])
            regimen = next((m.entity for s in self.doc.sentences for m in self.recognize(s).merged()
                            if m.entity.id == best), None)
        return next(iter(trials.values())), regimen

    def _introduced_trial(self) -> tuple[Entity | None, Entity | None]:
        """A short report that names no trial: the trial of its own its title or opening introduces ("We performed
        a phase II study of FOLFOX plus cetuximab"; see builders/trials_own.py), named by its phase and first
        therapy (document-scoped), with that therapy as its regimen."""
        cited = self._cited_before_own()
        if any(m.entity.category == "Trial" and not _benchmark_before(s.norm[:m.start]) and m.entity.id not in cited
               for s in self.doc.sentences for m in self.recognize(s).mentions):
            return None, None  # (a trial the report only measures itself against is not its own)
        if self._review_header:
            return None, None
        found = trials_own.introducing_sentence(self.doc, self._first_therapy_before)
        if found is None:
            return None, None
        s, m = found
        text = s.norm
        # ("Although A yields responses in 5% of patients ... . This trial evaluated B ...": the background before the
        # sentence that introduces the trial is no part of it)
        self.main_from = (s.index, s.section)
        # "A plus B in ...: a phase II study", "A and B yielded ... based on results from a phase 1/1b study": the
        # therapy before it
        before = m.re in trials_own.THERAPY_BEFORE
        # ("we randomly assigned 402 to receive A, B, and C (ABC) plus D and ...": the first arm whole, as recognised)
        given = [t for t in self.recognize(s).merged() if t.entity.category in THERAPY] \
            if m.re in trials_own.RANDOMISED_FORMS else self.therapies(text, self.recognize(s))
        seq = [t for t in _added_apart(text, given, self.ctx) if (t.end <= m.start() if before else t.start >= m.end())
               and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS
               # ("In this phase II study, patients were eligible if they had received A, B, and C": theirs before entry)
               and (before or not trials_own.had_before(text, m.end(), t.start))] \
            if m.re is not trials_own.RESEARCHERS_ENROLLED else []
        if not seq and not before:
            # "In this phase II study, we assessed MAPK and VEGF pathway blockade ... . Patients with ... received A, B,
            # and C": the therapy the next sentences say the patients received
            _, first = self._given_next(s)
            aim = trials_own.stated_aim(self.doc) if not first else None
            if aim is not None and aim[0].index != s.index:
                # "Inspired by ... we aimed to compare A plus B versus A. ... This randomised phase 2 study enrolled
                # patients ...": the first therapy of the aim the opening states
                text_aim = aim[0].norm
                after = [t for t in _added_apart(text_aim, self.therapies(text_aim, self.recognize(aim[0])), self.ctx)
                         if t.start >= aim[1].end() and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS]
                first = after[:1]
            if not first and m.re is not trials_own.RESEARCHERS_ENROLLED:
                # "In this randomized clinical trial of 116 patients ..., neither of the 2 treatment arms met ...": the
                # therapy the report's title names first
                first = self._title_therapy()
        elif seq:
            # ("... to compare A plus B with B alone": the comparison's "with" joins no regimen)
            compares = re.search(r"\bcompar\w*", text[m.start():seq[0].start], re.I) is not None
            # ("Patients ... were treated with A 400 mg orally BID and B IV weekly": the dosed parts joined)
            first = seq[:1] if compares else _dosed_run(text, seq) if m.re is trials_own.PATIENTS_TREATED else \
                _joined_from_first(text, seq)
        else:
            first = []
        if not first:
            return None, None
        regimen, _ = _regimen_of(first, self.ctx)
        # ("Oral A compared with B ...: results of a large phase III study." over "We prospectively randomized ...")
        subtitle = trials_own.subtitle_phase(self.doc)
        phase = phase_of(text) or (phase_of(subtitle) if subtitle else None)
        return unnamed_trial(self.doc, f"{'phase ' + phase + ' ' if phase else ''}study of {regimen.name}", phase), regimen

    @cached_property
    def _main_regimen_evidence(self):
        """The evidence for the arm of the report's own unnamed study: the first sentence, from the one that introduced
        the study, that names its regimen ("A single-arm phase II trial of A, B and C in ..."), not the first sentence
        that gives a value; None when no sentence names it as one mention (computed once, after the study is known)."""
        if self.main_trial is None or self.main_regimen is None or not self.main_trial.id.startswith(self._unnamed_prefix):
            return None
        found = next((s for s in self.doc.sentences[self.main_from[0]:]
                      if any(m.entity.id == self.main_regimen.id for m in self.recognize(s).merged())), None)
        return self.out.evidence(found) if found is not None else None

    def _background_of_introduced(self, s: Sentence) -> bool:
        """Whether ``s`` stands before the sentence that introduced the report's own trial, in its section, and is
        not the report's title: the background of that trial ("Although A yields responses in 5% of patients ...")."""
        at, section = self.main_from
        if s.index >= at or s.section != section:
            return False
        title = trials_own.title_of(self.doc)
        return title is None or s.index != title.index or bool(s.section)

    def _title_therapy(self) -> list[Mention]:
        """The therapies the report's title names first, joined into one regimen ("Cetuximab Plus FOLFOXIRI Followed
        by ..."), unless words of the patients' earlier therapy stand before them; else []."""
        title = trials_own.title_of(self.doc)
        if title is None:
            return []
        seq = [t for t in _added_apart(title.norm, self.therapies(title.norm, self.recognize(title)), self.ctx)
               if t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS]
        if not seq or not trials_own.title_therapy_is_own(title.norm, seq[0].start):
            return []
        return _joined_runs(title.norm, seq)[0]

    def _given_next(self, s: Sentence) -> tuple[Sentence, list[Mention]]:
        """The therapies one of the two sentences after ``s`` says the report's patients received ("Patients with
        MSS mCRC ... received pembrolizumab, binimetinib, and bevacizumab"), with that sentence; else ``s`` and []."""
        for nxt in self.doc.sentences[s.index + 1:s.index + 3]:
            given = _PATIENTS_RECEIVED.search(nxt.norm)
            if given is None:
                continue
            seq = [t for t in self.therapies(nxt.norm, self.recognize(nxt)) if t.start >= given.end() and
                   t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS
                   and not trials_own.had_before(nxt.norm, given.end(), t.start)]
            if seq:
                return nxt, _joined_runs(nxt.norm, seq)[0]  # the therapies joined into one regimen
        return s, []

    def _first_therapy_before(self, s: Sentence, m: re.Match) -> int | None:
        """Where the first therapy a sentence names before ``m`` starts, or None."""
        return next((t.start for t in self.therapies(s.norm, self.recognize(s)) if t.end <= m.start() and
                     t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS), None)

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
        # ("patients with previously treated mCRC": the patients' earlier therapy, no earlier study)
        names = {h for h in hits_of(hits, "cited") if not _TREATED_BEFORE.match(text, h[0])}
        cited_trials = self._cited_trials or set()
        if len(named) == 1 and set(named) <= cited_trials and self.own_intro is not None and s.index > self.own_intro:
            return None  # "Considering the results of the X trial, the study accrual was stopped": the cited trial, named
        if len(named) == 1:
            mention = next(iter(named.values()))
            # a trial the sentence says is still running (cue lexicon `still_running`), with no values of it
            ongoing = "ongoing" if hits_of(hits, "still_running") and not _values(text)[0] else None
            trial = trial_entity(mention.entity, phase_of(text), line_of(text), ongoing)
            st = self._state(trial, s)
            st.trial = trial if not st.trial.attributes else st.trial.merged(trial) if st.trial.id == trial.id else trial
            st.last, st.section, st.subsection = s.index, s.section, s.subsection
            if not st.named or st.named[-1] != s.index:
                st.named.append(s.index)
            st.refs |= set(_REFS.findall(text))
            own = self.report or self.main_trial
            if own is not None and trial.id != own.id and _benchmark_before(text[:mention.start]):
                # "Lonsurf offered a better PFS than that of the RECOURSE trial": a trial the report's own results are
                # set beside; the therapy is the report's, and the text goes on about the report's own study
                self.out.entity(st.trial)
                return st
            therapies = self.therapies(text, rec)
            given = {t.entity.id: t.entity for t in therapies if t.entity.category != "DrugClass"
                     and t.entity.id not in _NOT_ARMS}
            if len(given) == 1 and not self._shared_part(text, therapies, next(iter(given))):
                st.candidate = next(iter(given.values()))
            elif not given and st.candidate is None and not st.every:
                st.candidate = self._introduced_regimen(s)
                if st.candidate is not None and "phase" not in dict(st.trial.attributes):
                    # "Two phase II trials verified ... . ..., while the HER2-FUSCC-G trial reported ...": their phase too
                    st.trial = trial_entity(st.trial, phase_of(self.doc.sentences[s.index - 1].norm))
            self.out.entity(st.trial)
            self.focus = st
            return st
        if len(named) > 1 and self.focus is not None and _registry_ids_of_one(text, list(named.values())):
            return self.focus  # "(ClinicalTrials.gov: NCT03227926; EudraCT 2016-002597-12)": one trial's numbers
        if len(named) > 1:
            self.focus = None
            return None
        if self.focus is not None and self.focus.trial.id.startswith("crc:trial_") and " et al." in self.focus.trial.name \
                and s.index > 0 and has_line_end(self.doc.text, self.doc.sentences[s.index - 1].end, s.start):
            self.focus = None  # a cited study's paragraph has ended
        if self.focus is not None and self.focus.trial.id in cited_trials and self._title_introduces_own and \
                not _BACK_REF.search(text):
            self.focus = None  # (a report whose title introduces its own study: a trial it cites for its results holds
            # only its own sentence; "A total of 31 patients were enrolled" is the report's)
        if _PRESENT.search(text) or (self.titled_trial or self.report) is not None and not names and _OWN.search(text) or \
                self.focus is not None and self.focus.trial.id in cited_trials and s.index == self.own_intro:
            # (the sentence that introduces the report's own study after a trial its background cites: its own again)
            own = self.report or self.main_trial or self.titled_trial
            if own is None:
                self.focus = None
                return None  # "our study" in a document that reports no trial of its own
            st = self.focus = self._state(own, s)
            if st.candidate is None and not st.every and own.id.startswith(self._unnamed_prefix):
                # "We retrospectively analyzed 120 patients treated with cetuximab": the one therapy of a study of
                # the article's own that has no name
                given = {t.entity.id: t.entity for t in self.therapies(text, rec) if t.entity.category != "DrugClass"
                         and t.entity.id not in _NOT_ARMS}
                if len(given) == 1:
                    st.candidate = next(iter(given.values()))
                elif len(given) > 1:
                    # "In this phase II study, patients received A 1500 mg plus B 75 mg every 4 weeks plus RT": the
                    # one combination a list of dosed parts gives
                    st.candidate = self._dosed_list_regimen(s, text, rec)
            return st
        cited = self._cited_study(text, s.index) or self._unnamed_study(text, rec)
        prev = self.focus
        if cited is not None and prev is not None and not prev.trial.id.startswith(self._unnamed_prefix) and \
                " et al." not in prev.trial.name and _TRAILING_CITATION.search(text) and \
                len(_CITATION.findall(text)) == 1 and s.index - prev.last <= 2 and \
                not self._paragraph_break(prev.last, s) and prev.section == s.section:
            # "In the BEACON CRC trial, 224 patients ... . The ORR was 26.8% (Tabernero et al., 2021).": the citation
            # is the source of the trial the text was speaking of
            prev.last = s.index
            return prev
        if cited is not None and " et al." in cited.name and cited.id not in self.states and \
                not _STUDY_WORDS.search(text) and not any(m.entity.category in THERAPY for m in rec.mentions):
            # "BRAF V600E mutations were initially reported by Davies et al. in 2002": the source of a finding, which
            # speaks of no therapy and no study of patients; no study the next sentences go on about
            self.focus = None
            return None
        if cited is not None:
            fresh = cited.id not in self.states
            st = self._state(cited, s)
            st.last, st.section, st.subsection = s.index, s.section, s.subsection
            if fresh and prev is not None and prev.arms and prev.trial.id.startswith(self._unnamed_prefix) and \
                    " et al." in cited.name and s.index - prev.last <= 2 and not self._paragraph_break(prev.last, s) and \
                    _TRAILING_CITATION.search(text):
                # "A clinical study compared A with B. ... The ORRs were 22% and 21% (Van Cutsem et al., 2014)": the
                # study the text introduced without a name is the one it then cites
                self._set_arms(st, [(prev.regimens[a.id], ()) for a in prev.arms if a.id in prev.regimens], self.out.evidence(s))
            self.new_focus = s.index
            if fresh and cited.id in self.after_regimen:
                st.refs |= set(_REFS.findall(text))  # a later sentence that cites another source speaks of another study
            if st.candidate is None and cited.id in self.unnamed_regimens:
                st.candidate = self.unnamed_regimens[cited.id]
            self.focus = st
            return st
        if re.search(r"\b(?:the\s+)?(?:latest|recent|several|other|many|some|previous|these|multiple|numerous|further)\s+"
                     r"(?:\w+\s+)?(?:studies|trials|reports|analyses)\b", text, re.I) and not _PRESENT.search(text):
            self.focus = None  # "The latest studies have utilized ...": studies in general, not the one in focus
            return None
        if self.titled_trial is not None and not names and self.focus is not None and self._title_is_line and \
                self.focus.trial.id != self.titled_trial.id and _OWN_PART_LABEL.match(text) and not _REFS.search(text):
            # ("It complements the COIN trial ... . RESULTS: 169 pts were randomised": a labelled part of the report
            # speaks of the trial its title names, not of the one its background set it beside)
            st = self.focus = self._state(self.titled_trial, s)
            self.out.entity(st.trial)
            return st
        if self.report is not None and not names and _report_part(s) and not _REFS.search(text):
            # a trial report's own methods and results speak of its own trial
            st = self.focus = self._state(self.report, s)
            self.out.entity(st.trial)
            return st
        st = self.focus
        if st is None and not names:
            st = self._cited_back(s, text)
            if st is not None:
                return st
        if st is None and self.main_trial is not None and not names and not self._background_of_introduced(s):
            st = self.focus = self._state(self.main_trial, s)
            self.out.entity(st.trial)
            return st
        if st is None or names:
            return None
        refs = set(_REFS.findall(text))
        if not self.short and refs and st.refs and not (refs & st.refs) and \
                len({a.id for _, a in self.arm_refs(st, text, rec)}) < 2:
            self.focus = None  # the sentence cites another source: another study (unless it names two of its arms)
            return None
        if self.short:
            return st
        if st.section == s.section and st.subsection == s.subsection and s.index - st.last <= NEAR \
                and (not self._paragraph_break(st.last, s) or _BACK_REF.search(text)):
            st.last = s.index
            return st
        self.focus = None
        return None

    def _dosed_list_regimen(self, s: Sentence, text: str, rec) -> Entity | None:
        """The one regimen of a sentence whose therapies are all parts of one list joined by "plus" (or "and", a comma),
        their dosing between them ("received A 1500 mg plus B 75 mg every 4 weeks plus RT"); None when any two are not
        so joined or no dose stands between them (a combination the recogniser would read whole)."""
        seg = [t for t in self.therapies(text, rec) if t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS]
        gaps = [text[a.end:b.start] for a, b in zip(seg, seg[1:])]
        if len(seg) < 2 or not any(_DOSE.search(g) for g in gaps) or \
                not all(_JOINED.fullmatch(_GAP_NOISE.sub(" ", g)) for g in gaps):
            return None
        regimen, comps = _regimen_of(seg, self.ctx)
        ev = self.out.evidence(s)
        for c in comps:
            self.out.fact(regimen, "has_component", c, ev)
        return regimen

    @staticmethod
    def _shared_part(text: str, therapies: list[Mention], given: str) -> bool:
        """Whether the one therapy a sentence names is only part of what its trial gave: joined to a class of
        therapy the sentence does not name ("panitumumab plus a stronger chemotherapy regimen"), or given on both
        sides of a comparison ("... over an active chemotherapy comparator plus panitumumab"). ``therapies``:
        the sentence's therapies, as the caller has them."""
        own = [t for t in therapies if t.entity.id == given]
        for t in own:
            for c in therapies:
                if c.entity.category != "DrugClass":
                    continue
                gap = text[t.end:c.start] if t.end <= c.start else text[c.end:t.start]
                if _CLASS_JOIN.fullmatch(gap):
                    return True
        return len(own) >= 2 and _SIDE_TURN_WIDE.search(text, own[0].end, own[-1].start) is not None

    def _introduced_regimen(self, s: Sentence) -> Entity | None:
        """The one regimen the sentence before, in the same paragraph, says trials of were run ("Two phase II
        trials verified pyrotinib-trastuzumab efficacy. ..., while the HER2-FUSCC-G trial reported an ORR of
        50%"), for a trial named after it with no therapy of its own; None when that sentence names a trial,
        another therapy, or speaks of no trials."""
        if s.index == 0 or self._paragraph_break(s.index - 1, s):
            return None
        prev = self.doc.sentences[s.index - 1]
        if prev.section != s.section or not re.search(r"\b(?:two|three|several|both|these|multiple)\s+(?:[\w\-]+\s+){0,3}"
                                                        r"(?:trials|studies)\b", prev.norm, re.I):
            return None
        rec = self.recognize(prev)
        if any(m.entity.category == "Trial" for m in rec.mentions):
            return None
        given = {t.entity.id: t.entity for t in self.therapies(prev.norm, rec)}
        if len(given) != 1:
            return None
        only = next(iter(given.values()))
        return None if only.category == "DrugClass" or only.id in _NOT_ARMS else only

    def _paragraph_break(self, last: int, s: Sentence) -> bool:
        """Whether a blank line lies between sentence `last` and `s` (a new paragraph)."""
        if last < 0 or last >= s.index:
            return False
        return _BLANK_LINE.search(self.doc.text, self.doc.sentences[last].end, s.start) is not None

    def _unnamed_study(self, text: str, rec) -> Entity | None:
        """A study the text introduces without a name: "A phase II clinical study evaluated tivantinib
        and cetuximab in 41 patients" -> "phase II study of cetuximab + tivantinib" (document-scoped)."""
        m = _UNNAMED.search(text)
        if self.short:
            return None
        if m is None:
            return self._study_after_regimen(text, rec)
        therapies = [t for t in self.therapies(text, rec) if t.start > m.end() and t.entity.category != "DrugClass"
                     and t.entity.id not in _NOT_ARMS]
        if not therapies:
            return None
        seq = therapies
        regimen, _ = _regimen_of(seq[:1] if len(seq) == 1 else seq[:2] if _JOIN_SEP.match(text[seq[0].end:seq[1].start])
                                 else seq[:1], self.ctx)
        return self._unnamed_of(text, regimen)

    def _study_after_regimen(self, text: str, rec) -> Entity | None:
        """A study the text introduces without a name after the one regimen it tested: "The activity of sotorasib
        ... has been demonstrated in a phase I trial" -> "phase I study of sotorasib" (builders/trials_cited.py)."""
        at = trials_cited.study_after_regimen(text)
        if at is None or any(m.entity.category == "Trial" for m in rec.mentions):
            return None
        before = {t.entity.id: t for t in self.therapies(text, rec) if t.end <= at}
        if len(before) != 1:
            return None  # "Two targeted agents, A and B, were evaluated in ...": arms, or a combination, not said
        only = next(iter(before.values()))
        if only.entity.category == "DrugClass" or only.entity.id in _NOT_ARMS:
            return None
        regimen, _ = _regimen_of([only], self.ctx)
        trial = self._unnamed_of(text, regimen)
        self.after_regimen.add(trial.id)
        return trial

    def _unnamed_of(self, text: str, regimen: Entity) -> Entity:
        """The document's unnamed study of ``regimen``, named by the phase ``text`` gives."""
        phase = phase_of(text)
        label = f"{'phase ' + phase + ' ' if phase else ''}study of {regimen.name}"
        trial = unnamed_trial(self.doc, label, phase)
        self.unnamed_regimens[trial.id] = regimen
        return trial

    def _cited_study(self, text: str, index: int = -1) -> Entity | None:
        """The one study a sentence cites by its first author ("Rimassa et al. evaluated ...",
        "... (Van Cutsem et al., 2014)"), with its year when the sentence, the next sentences of its
        paragraph or (when the author has one) the document give it."""
        found: dict[str, str | None] = {}
        for m in _CITATION.finditer(text):
            found[m.group(1)] = found.get(m.group(1)) or m.group(2)
        if len(found) != 1:
            return None
        author, year = next(iter(found.items()))
        if year is None:
            year = self.cite_ahead.get(index, {}).get(author)
        if year is None and len(self.author_years.get(author, ())) == 1:
            year = next(iter(self.author_years[author]))
        return author_trial(author, year, phase_of(text))

    def _citations_ahead(self) -> dict[int, dict[str, str]]:
        """For each sentence, the year the next two sentences of its paragraph cite each author with
        ("In the study of Tabernero et al., ... . The ORR was 27% (Tabernero et al., 2016).")."""
        cites = []
        for s in self.doc.sentences:
            cites.append({m.group(1): m.group(2) for m in _CITATION.finditer(s.norm) if m.group(2)} if "et al" in s.norm else {})
        ahead: dict[int, dict[str, str]] = {}
        for i, s in enumerate(self.doc.sentences):
            if "et al" not in s.norm:
                continue
            years: dict[str, str] = {}
            for j in (i + 1, i + 2):
                if j >= len(self.doc.sentences) or self._paragraph_break(j - 1, self.doc.sentences[j]):
                    break
                for author, year in cites[j].items():
                    years.setdefault(author, year)
            if years:
                ahead[i] = years
        return ahead

    # -- arms -------------------------------------------------------------------------------
    def _unmerged(self, text: str, rec) -> list[Mention]:
        """The sentence's mentions, combinations that join the arms of a comparison taken apart."""
        merged = []
        for m in rec.merged():
            inner = [x for x in rec.mentions if m.start <= x.start and x.end <= m.end and x is not m]
            if m.entity.attr("combination") and inner and (
                    ("(" in m.text and any(x.entity.category == "Regimen" and text[x.start - 1:x.start] == "(" for x in inner))
                    or re.search(r"\(\s*n\s*=", m.text)
                    or (re.search(r"\bwith\b", m.text) and re.search(r"\bcompar\w*\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$",
                                                                     text[max(0, m.start - 60):m.start], re.I))):
                # "5-fluorouracil (FOLFIRI) plus ramucirumab": the named backbone stays visible; "compared
                # pembrolizumab (n = 153) with chemotherapy": two arms, not one combination
                merged.extend(inner)
            else:
                merged.append(m)
        return merged

    def _spelled(self, text: str, rec) -> list[tuple[int, int]]:
        """_spelled_out_names for the sentence, worked out once per sentence (the entry keeps its recognition,
        so an id is never taken for another's)."""
        key = (text, id(rec))
        hit = self._spelled_cache.get(key)
        if hit is None or hit[0] is not rec:
            hit = self._spelled_cache[key] = (rec, _spelled_out_names(text, rec))
        return hit[1]

    def therapies(self, text: str, rec) -> list[Mention]:
        """Therapies given in this sentence (not the ones patients had before, or resisted)."""
        out = []
        prior = None
        spelled = self._spelled(text, rec)
        for m in self._unmerged(text, rec):
            if m.entity.category not in THERAPY:
                continue
            if any(a <= m.start < b for a, b in spelled):
                continue  # "the Panitumumab Randomized trial In combination with chemotherapy ... (PRIME)": the name's words
            if _unread_slash_part(text, m, rec):
                continue  # "FOLFOXIRI/bev/atezo": a regimen whose other parts the reader does not know; its arm would be cut short
            before = text[max(0, m.start - 45):m.start]
            after = text[m.end:m.end + 22]
            # ("treated with prior X to receive A or B")
            assigned = _ASSIGNED_BEFORE.search(before) or _TO_RECEIVE_BEFORE.search(before)
            if not assigned and _EARLIER_GIVEN_BEFORE.search(before) or _ELIGIBLE_FOR.search(before) or \
                    _INDICATED_AFTER.match(after) or \
                    _PRIOR_LIST.search(text[max(0, m.start - 140):m.start]) or _prior_including(text, m.start) or \
                    _WITHOUT_PRIOR_BEFORE.search(before) or \
                    prior is not None and _PRIOR_LIST_JOIN.fullmatch(text[prior.end:m.start]):
                prior = m  # "previously received fluoropyrimidine, irinotecan, oxaliplatin and an anti-VEGF antibody"
                continue
            prior = None
            if _INDUCTION_BEFORE.search(before) and _MAINTENANCE_WORD.search(text[m.end:]):
                continue  # "under induction chemotherapy via switch maintenance": the phase all share, the arms come after
            if out and out[-1].entity.id == _STANDARD_OF_CARE and _JOINED_WORDS.fullmatch(text, out[-1].end, m.start):
                out[-1] = m  # "standard-of-care anti-EGFR antibody-based therapy": what the therapy is, no part of it
                continue
            short = _CLOSE_AFTER_SHORT.match(text, m.end, m.end + 22) if out and m.entity.category == "DrugClass" and \
                m.entity.id == out[-1].entity.id and _OPEN_BEFORE_SHORT.fullmatch(text, out[-1].end, m.start) else None
            if short:
                # "the multitargeted tyrosine-kinase inhibitor (TKI) zanzalintinib": one class and its short form
                out[-1] = Mention(out[-1].start, short.end(), text[out[-1].start:short.end()], out[-1].entity,
                                  out[-1].source)
                continue
            if out and self._names_drug_of_class(text, out[-1], m, rec):
                out[-1] = m  # "single-agent anti-EGFR panitumumab": the class word names the drug, no second part
                continue
            if m.entity.id == "crc:regimen_placebo" and _PLACEBO_CONTROLLED.match(after):
                continue  # "a placebo-controlled study of A plus B versus A plus placebo": the design, not an arm's therapy
            if m.entity.id == _STANDARD_OF_CARE and _SOC_PRACTICE.match(after):
                continue  # "standard-of-care radiological response evaluation": a practice, not a therapy given
            if _EARLIER_KIND_AFTER.match(after) and m.entity.category != "Regimen":
                # "cetuximab and irinotecan–containing regimens": the drugs coordinated with it go too
                while out and _COORDINATED_GAP.fullmatch(text[out[-1].end:m.start]):
                    m = out.pop()
                continue
            out.append(m)
        return out

    def _names_drug_of_class(self, text: str, cls: Mention, drug: Mention, rec) -> bool:
        """Whether a class word stands right before a drug of that class ("anti-EGFR panitumumab", "the PD-1
        inhibitor pembrolizumab"): the class word then only names the drug, never a second part of a regimen. A class
        written with its short form names the drug that opens a combination too ("the multitargeted tyrosine-kinase
        inhibitor (TKI) zanzalintinib, when combined with atezolizumab"), unless the vocabulary places the drug in
        other classes only (of that class, of a broader one the class narrows, or of none known)."""
        if cls.entity.category != "DrugClass" or _JOINED_WORDS.fullmatch(text, cls.end, drug.start) is None:
            return False
        if drug.entity.category == "Drug":
            return self.ctx.vocab.in_class(drug.entity.id, cls.entity.id)
        if drug.entity.category != "Regimen" or not cls.text.rstrip().endswith(")"):
            return False
        vocab = self.ctx.vocab
        opening = next((x for x in rec.mentions if x.start == drug.start and x.entity.category == "Drug"), None)
        if opening is None:
            return False
        known = vocab.class_ancestors(opening.entity.id)
        return not known or cls.entity.id in known or any(vocab.in_class(cls.entity.id, a) for a in known)

    def _design(self, st: TrialState, s: Sentence, rec, hits, ev) -> bool:
        """Arms from a design sentence; returns whether arms were set."""
        text = s.norm
        names_trial = any(m.entity.category == "Trial" for m in rec.mentions)
        assign = [h for h in hits if h[2] == "assign" or (h[2] == "assign_weak" and names_trial and not (
            re.search(r"\b(?:ORR|DCR|m?PFS|m?OS|rates?|survival|response|duration|median|follow-up)\s*$", text[:h[0]], re.I)))]
        # ("a median PFS of 6.9 months, whereas adagrasib monotherapy ...": the "of" of a value is no design's)
        # ("led to the approval of A plus B and C-based chemotherapy": the "of" of an approval names the approved
        # indication, not the trial's arms)
        # ("A and B with or without C in refractory mCRC: the X trial": the "with" of "with or without" names an optional
        # add-on, no design; the therapies before it are arms too)
        assign = [h for h in assign if not _WITH_OR_WITHOUT_AT.match(text, h[0])]
        # ("47 patients who had received ... (most had also received A) were treated": a therapy the patients had before
        # entry, no design)
        assign = [h for h in assign if not _HAD_AUX_BEFORE.search(text, max(0, h[0] - 30), h[0])]
        approvals = hits_of(hits, "approval")
        approved = [h for h in assign if h[2] == "assign_weak" and any(a[0] <= h[0] <= a[1] + 1 for a in approvals)]
        assign = [h for h in assign if h not in approved]
        # ("first-line A, second-line B (sequential treatment) or first-line A plus B": a strategy's arm is its first line)
        therapies = without_later_lines(text, self.therapies(text, rec))
        # ("Whether adding A to B improves outcomes is unclear": a background's open question names no arm of the trial)
        questions = [q.span() for q in _OPEN_QUESTION.finditer(text)]
        therapies = [t for t in therapies if not any(a <= t.start < b for a, b in questions)]
        if approved:
            self._approved_regimen(text, [t for t in therapies if t.start >= approved[0][1]], ev)
        cited_end = re.search(r"\[\d+(?:[,–-]\s*\d+)*\]\s*\.?$", text)
        if not therapies or (cited_end and not names_trial):
            return False  # a cited background statement ("... improves OS [1].")
        if self._earlier_evidence(st, s, rec, names_trial):
            return False  # another trial's comparison: a planned one, or the earlier one a background recalls
        if lone_letter_parts(text, self.drug_letters):
            return False  # "CT (FOLFIRI or FOLFOX4) plus B (arm A) or CT only (arm B)": arms that miss the drug B stands for
        if sequence_compared(text) and not first_lines(text, therapies):
            return False  # "Sequential versus combination chemotherapy with A, B and C": the drugs both strategies share
        if _LATER_LINES.search(text):
            return False  # "In subsequent lines, 40% of patients originally assigned to arm A received X": no arm of the trial
        strong = any(h[2] == "assign" for h in assign)
        if assign:
            therapies = with_untreated_controls(text, therapies)  # "randomised to A or observation"
        labelled = self._fuller_labelled(labelled_arms(text, therapies, self.ctx),
                                         lambda: self._listed_arms(text, therapies, assign) or
                                         arms_from(text, therapies, self.ctx))
        if len(labelled) >= 2:
            self._set_arms(st, [reg for _, reg in labelled], ev)
            st.labels.update(self._arm_labels(st, labelled))
            return True
        strategies = [arms_from(text, group, self.ctx) for group in first_lines(text, therapies)] if assign else []
        if len(strategies) >= 2 and all(len(arms) == 1 for arms in strategies):
            self._set_arms(st, [arms[0] for arms in strategies], ev, text)  # one arm per strategy: its first line
            self._later_line_regimens(st, text, rec, ev)
            return True
        listed = self._listed_arms(text, therapies, assign)
        if len(listed) >= 2:
            self._set_arms(st, listed, ev)
            return True
        # (only for a trial with no arms yet: a later results sentence's list may name an arm by other words)
        respective = _respective_arms(text, therapies, self.ctx) if not st.arms else []
        if respective:
            self._set_arms(st, respective, ev)  # "57 and 77 received A and B, respectively": one arm each
            return True
        groups = self._received_arms(text, therapies)
        if len(groups) >= 2:
            self._set_arms(st, groups, ev)  # each group's count is read with the sentence's numbers
            return True
        subjects = self._result_subjects(text, therapies) if names_trial or _CITATION.search(text) else []
        if len(subjects) >= 2 and not st.arms:
            self._set_arms(st, subjects, ev)  # each value is then read with the therapy its clause names
            return True
        # (a sentence naming the trial, or one assigning patients: "randomly assigned to receive A alone or combined with B")
        alone_or_with = _alone_or_combined_arms(text, therapies, self.ctx) if names_trial or strong else []
        if alone_or_with:
            self._set_arms(st, alone_or_with, ev)
            return True
        doses = self._dose_arms(text, therapies, bool(assign) or names_trial)
        if doses:
            self._set_arms(st, doses, ev, text)
            return True
        # the design cue: the first strong one ("randomly assigned to") with a therapy after it, else a weak one ("of")
        cue_end = min((h[1] for h in assign if h[2] == "assign" and any(t.start >= h[1] for t in therapies) and
                       not re.search(r"(?:received|receiving|treated with|given|to receive)\s*$", text[h[0]:h[1]], re.I) and
                       not _DESIGN_ADJECTIVE.match(text, h[1])),
                      default=None)
        if cue_end is None:
            cue_end = min((h[1] for h in assign if any(t.start >= h[1] for t in therapies)), default=None)
        has_alt = any(_ALT_SEP.match(text[a.end:b.start]) for a, b in zip(therapies, therapies[1:]))
        # "A showed better PFS (5.6 vs. 3.6 months) than did B": a comparison of two therapies with results
        contrast = _CONTRAST.search(text)
        # "in the ASPECCT study, panitumumab was noninferior to cetuximab": a named trial's comparison is its design
        verdict = contrast is not None and _VERDICT.match(contrast.group(0)) is not None
        compares = contrast is not None and (_metrics(hits) or names_trial and verdict) and \
            any(t.start < contrast.start() for t in therapies) and any(t.start >= contrast.end() for t in therapies)
        if cue_end is None and not (has_alt and names_trial) and not compares:
            return False
        seq = [t for t in therapies if cue_end is None or t.start >= cue_end]
        maintained = _maintenance_choice(text, seq, self.ctx)
        if maintained:
            self._set_arms(st, maintained, ev, text)
            return True
        if any(re.search(r"\b(?:followed by|then)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$", text[a.end:b.start], re.I)
               and b.entity.id != a.entity.id for a, b in zip(seq, seq[1:])):
            return False  # "A as first-line followed by B as second-line, or C followed by D": strategies, not arms
        comp = _COMPARED.search(text)
        if (cue_end is not None and comp and any(t.start < comp.start() for t in therapies) and
                any(t.start > comp.end() for t in therapies)) or (cue_end is None and compares):
            seq = therapies  # "A showed a benefit compared with B": the arms stand on both sides of the cue
        arms = arms_from(text, seq, self.ctx)
        if len(arms) < 2 and compares and verdict:
            # "A was noninferior to B": one arm on each side of the comparison
            sides = ([t for t in seq if t.start < contrast.start()], [t for t in seq if t.start >= contrast.end()])
            if all(sides):
                arms = arms_from(text, sides[0], self.ctx) + arms_from(text, sides[1], self.ctx)
        if len(arms) < 2 and comp is not None and seq is therapies and len(st.arms) < 2:
            arms = self._compared_sides(text, therapies, comp) or arms
        if len(arms) >= 2 and not _COMPARATIVE.search(text) and not names_trial and (
                re.search(r"\([^()]*\bor\b[^()]*\)", text) or len(re.findall(r"\bor\b", text)) >= 3 or
                (re.search(r"\bwith or without\b", text) and len(re.findall(r"\bor\b", text)) >= 2)):
            # "The four patients received toripalimab or sintilimab plus chemotherapy (FOLFOX or FOLFIRI) with or
            # without bevacizumab": each patient's choice among nested alternatives, not arms
            return False
        if len(arms) < 2 and not (len(arms) == 1 and not st.arms and cue_end is not None):
            return False
        only = arms[0][0] if len(arms) == 1 and not arms[0][1] else None
        if only is not None and only.category != "DrugClass" and (
                self._shared_part(text, therapies, only.id) or _plus_another(text, seq, only.id)):
            # "a trial of irinotecan plus infusional, bolus, or oral fluoropyrimidines", "three regimens: irinotecan
            # plus infusional FU/LV (FOLFIRI), irinotecan plus ...": the one drug read is only part of each arm
            return False
        if len(arms) == 1 and arms[0][0].category == "DrugClass" and not arms[0][1] and \
                any(t.entity.category != "DrugClass" for t in therapies):
            return False  # "the intensification of the chemotherapy backbone with A ... compared with B": no one arm is the class
        if (cited_end and not strong and not compares) or (len(arms) == 1 and _ADDED.search(text)):
            # a review's sentence on a named trial with a weak cue ("... was evaluated in the X trial [9]"), or one
            # that adds a drug to others ("the addition of X to Y"), gives one arm, and only one that takes in every
            # therapy the sentence names
            given = {c for t in _without_appositions(text, therapies) if t.entity.category != "DrugClass"
                     for c in (self.ctx.combination_parts.get(t.entity.id) or (t.entity.id,))}
            parts = {c.id for c in arms[0][1]} | {arms[0][0].id} | set(self.ctx.combination_parts.get(arms[0][0].id, ())) | \
                set(self.ctx.vocab.regimen_components.get(arms[0][0].id, ()))
            parts |= {c for p in list(parts) for c in self.ctx.vocab.regimen_components.get(p, ())}
            if len(arms) != 1 or not given <= parts:
                return False
        self._set_arms(st, arms, ev, text)
        return True

    def _later_line_regimens(self, st: TrialState, text: str, rec, ev) -> None:
        """The regimens a strategy gives as its later lines ("second-line irinotecan, and third-line capecitabine plus
        oxaliplatin"): regimens the trial evaluates, no arms of their own (the graph has no place for an arm's later
        lines)."""
        for group in later_lines(text, self.therapies(text, rec)):
            regimens = arms_from(text, group, self.ctx)
            if len(regimens) != 1:
                continue
            reg, comps = regimens[0]
            regimen = as_regimen(self.ctx, reg)
            for c in comps:
                self.out.fact(regimen, "has_component", c, ev)
            if regimen.id != reg.id:
                self.out.fact(regimen, "has_component", reg, ev)
            self.out.fact(st.trial, "evaluates", regimen, ev)

    def _approved_regimen(self, text: str, therapies: list[Mention], ev) -> None:
        """The regimen an approval names ("approval of A plus B and C-based chemotherapy"), with its parts: a
        regimen the text gives, though not an arm of the trial whose results led to it."""
        regimens = arms_from(text, therapies, self.ctx) if therapies else []
        if len(regimens) != 1:
            return
        reg, comps = regimens[0]
        self.out.entity(reg)
        for c in comps:
            self.out.fact(reg, "has_component", c, ev)

    def _compared_sides(self, text: str, therapies: list[Mention], comp: re.Match) -> list:
        """One arm on each side of "compared with/to" when the therapies before it read as one regimen and those
        right after it as another: "A plus B and C resulted in shorter PFS compared to A plus C alone" (not one
        arm of every drug the sentence names); [] when a side does not give exactly one regimen of its own."""
        before = [t for t in therapies if t.start < comp.start()]
        after = [t for t in therapies if t.start >= comp.end()]
        if not before or not after or after[0].start - comp.end() > 25:
            return []
        if not all(_JOINED.fullmatch(text[a.end:b.start]) for side in (before, after) for a, b in zip(side, side[1:])):
            return []  # "the cohort treated with A plus B ..., while the cohort of C plus B ... compared with D": groups
        first, second = arms_from(text, before, self.ctx), arms_from(text, after, self.ctx)
        if len(before) == 1 and len(after) == 1 and _added_to_alone(text, before[0], after[0], self.ctx):
            # "those continuing A ... compared with those who received B alone": A + B against B
            first = [_regimen_of(before + after, self.ctx)]
        if len(first) != 1 or len(second) != 1 or first[0][0].id == second[0][0].id:
            return []
        return first + second

    def _listed_arms(self, text: str, therapies: list[Mention], assign) -> list:
        """Arms a design lists after a colon, one per semicolon: "randomly divided into three groups:
        encorafenib, binimetinib, and cetuximab; encorafenib and cetuximab; and irinotecan or FOLFIRI plus
        cetuximab (control group)"."""
        if not assign:
            return []
        # not the ratio's ("randomised 1:1 to"), nor one inside a regimen's dosing ("FOLFOX4 (given as: ...; ...)")
        colon = _top_level_colon(text, min(h[1] for h in assign))
        if colon is None:
            return []
        semicolons = _top_level_semicolons(text, colon)  # not one inside an arm's brackets ("(C-B; capecitabine ...)")
        if not semicolons:
            return []
        bounds = [colon] + semicolons + [len(text)]
        out = []
        for lo, hi in zip(bounds, bounds[1:]):
            seg = [t for t in therapies if lo < t.start < hi]
            if not seg:
                return []
            out.append(_choice_or_combination(text, seg, self.ctx))
        stated = re.search(r"\b(two|three|four|five|2|3|4|5)\s+(?:treatment\s+)?(?:groups|arms|cohorts)\b", text[:colon], re.I)
        if stated and _count(stated.group(1)) != len(out):
            return []
        return out

    def _received_arms(self, text: str, therapies: list[Mention]) -> list:
        """Arms a sentence gives group by group, each with what it received: "54 patients received irinotecan,
        cetuximab, and vemurafenib, while the others received cetuximab and irinotecan"; "100 patients received
        regorafenib and 50 received placebo". Each group is one arm (its therapies one regimen, or a choice
        among alternatives); groups given treatment before or after the trial's ("54 had received prior
        oxaliplatin") or the same regimen twice are no arms."""
        if _NOT_TRIAL_THERAPY.search(text):
            return []
        clauses = list(_RECEIVED_CLAUSE.finditer(text))
        if len(clauses) < 2:
            return []
        out = []
        for k, m in enumerate(clauses):
            stop = clauses[k + 1].start() if k + 1 < len(clauses) else len(text)
            end = _RECEIVED_END.search(text, m.end(), stop)
            seg = [t for t in therapies if m.end() <= t.start < (end.start() if end else stop)]
            if not seg or seg[0].start - m.end() > 25:
                return []
            out.append(_choice_or_combination(text, seg, self.ctx))
        if len({reg.id for reg, _ in out}) != len(out):
            return []
        return out

    def _result_subjects(self, text: str, therapies: list[Mention]) -> list:
        """Arms of a study whose results sentence gives each therapy its own clause and value: "larotrectinib
        achieved an ORR of 75%, and entrectinib resulted in an ORR of 57%" (each subject one arm); [] unless two
        or more regimens without a drug in common are subjects of a result verb, each in a clause of its own."""
        out = []
        last_end = -1
        for i, t in enumerate(therapies):
            if not _RESULT_SUBJECT.match(text, t.end):
                continue
            run = [t]
            for prev in reversed(therapies[:i]):
                if prev.end <= last_end or not _JOINED.fullmatch(text[prev.end:run[0].start]):
                    break
                run.insert(0, prev)
            if out and not _CLAUSE_SEP.search(text, last_end, run[0].start):
                return []  # two subjects of one clause ("A and B achieved ...") are one regimen or a comparison
            out.append(_regimen_of(run, self.ctx))
            last_end = t.end
        drugs = [{c.id for c in comps} or set(self.ctx.combination_parts.get(reg.id, ())) or {reg.id} for reg, comps in out]
        if len({reg.id for reg, _ in out}) != len(out) or \
                any(a & b for i, a in enumerate(drugs) for b in drugs[i + 1:]):
            return []  # "A plus B achieved ..., whereas A monotherapy achieved ...": a part of another study, not an arm
        return out

    def _dose_arms(self, text: str, therapies: list[Mention], design: bool) -> list:
        """Arms that differ by the dose of one therapy: "to receive either T-DXd at 5.4 mg/kg (n = 40) or
        6.4 mg/kg (n = 40)", "5.4 mg/kg ... compared to the 6.4 mg/kg dosage"."""
        given = {t.entity.id: t.entity for t in therapies if t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS}
        if not design or not given:
            return []
        dosed = [t for t in therapies if t.entity.id in given and _DOSE_LIST_AFTER.match(text, t.end)] \
            if len(given) > 1 else [t for t in therapies if t.entity.id in given]
        if not dosed or len({t.entity.id for t in dosed}) != 1:
            return []
        drug = dosed[0].entity
        # the other therapies are given in every arm ("vandetanib (100 or 300 mg) plus FOLFIRI"): the doses are the
        # drug's, written before the next therapy
        backbone = tuple(e for i, e in sorted(given.items()) if i != drug.id)
        first = dosed[0].start
        until = min((t.start for t in therapies if t.start > dosed[0].end and t.entity.id in given and t.entity.id != drug.id),
                    default=len(text)) if backbone else len(text)
        doses = [d for d in _dose_levels_after(text, first) if d[0] < until]
        if len(doses) < 2 or len({key for _, _, key in doses}) != len(doses) or len({key.split()[1] for _, _, key in doses}) != 1:
            return []
        for (_, a_end, _), (b_start, _, _) in zip(doses, doses[1:]):
            gap = _strip_brackets(text[a_end:b_start])
            if re.search(r"\b(?:then|followed by|loading|maintenance|daily|weekly|every|escalat|de-escalat|reduc)\w*", gap, re.I) \
                    or not re.search(r"\b(?:or|versus|vs\.?|compared (?:to|with)|than)\b", gap, re.I):
                return []
        out = []
        for _, _, key in doses:
            level = f"{drug.name} {key}"
            name = " + ".join(sorted([level] + [b.name for b in backbone], key=str.lower))
            synonyms = (" + ".join([level] + [b.name for b in backbone]),) if backbone else ()
            entity = Entity(mint("regimen", name), "Regimen", name, tuple(x for x in synonyms if x != name), (),
                            (("combination", True),) if backbone else ())
            self.doses[entity.id] = key
            if backbone:
                self.ctx.combination_parts.setdefault(entity.id, tuple(c.id for c in (drug, *backbone)))
            out.append((entity, (drug, *backbone)))
        return out

    def _set_arms(self, st: TrialState, regimens: list, ev, text: str = "") -> None:
        known = {st.regimens[a.id].id: a for a in st.arms if a.id in st.regimens}
        if st.arms and len(regimens) <= len(st.arms) and all(r.id in known for r, _ in regimens):
            return  # the same arms again ("the combination arm and the control arm")
        if st.arms and len(regimens) <= len(st.arms) and self._same_arms(st, regimens):
            return  # the arms again, named by what sets them apart ("the cetuximab group vs the bevacizumab group")
        if not st.arms and len(regimens) == 1:
            regimens = [self._own_regimen_for(st, *regimens[0])]
        st.arms = []
        for reg, comps in self._dosed_regimens(regimens)[:6]:
            self._append_arm(st, reg, comps, ev, dose_level=True)

    def _own_regimen_for(self, st: TrialState, reg: Entity, comps: tuple) -> tuple:
        """The one arm of a short report's own trial: its own combination when the arm read names only one of its
        drugs ("A (35 mg/m2) was given ..., and B (5 mg/kg) was administered ..." in a report of A plus B)."""
        main = self.main_regimen if self.main_trial is not None and st.trial.id == self.main_trial.id else \
            self.titled_regimen if self.titled_trial is not None and st.trial.id == self.titled_trial.id else None
        parts = tuple(self.ctx.combination_parts.get(main.id, ())) if main is not None else ()
        if comps or main is None or reg.id == main.id or (reg.attr("monotherapy") or reg.id) not in parts:
            return reg, comps
        return main, tuple(self.ctx.vocab.entities.get(c) or Entity(c, "Drug", c) for c in parts)

    def _append_arm(self, st: TrialState, reg: Entity, comps: tuple, ev, dose_level: bool = False) -> None:
        """The arm of ``reg`` (its components ``comps``) added to the trial's arms. ``dose_level``: a dose level of
        one drug (as _set_arms reads it) also names that drug as a one-drug regimen the trial evaluates."""
        for c in comps:
            self.out.fact(reg, "has_component", c, ev)
        arm = add_arm(self.out, st.trial, reg, ev)
        if dose_level and reg.id in self.doses and len(comps) == 1:
            mono = as_regimen(self.ctx, comps[0])  # the drug the dose levels give, as its one-drug regimen
            self.out.fact(mono, "has_component", comps[0], ev)
            self.out.fact(st.trial, "evaluates", mono, ev)
        st.arms.append(arm)
        st.regimens[arm.id] = as_regimen(self.ctx, reg)
        if arm not in st.every:
            st.every.append(arm)

    def _dosed_regimens(self, regimens: list) -> list:
        """The combinations of the sentence being read, each named with the dose level its sentence gives one of its
        drugs when the document gives that drug at two or more levels ("sotorasib at 960 mg plus panitumumab" and, in
        another arm, "sotorasib at 240 mg plus panitumumab"): each level is an arm of its own ("panitumumab +
        sotorasib 960 mg"). A drug the sentence gives at two levels sets no arm apart here."""
        text, rec = self._reading
        if text is None or not _DOSE.search(text):
            return regimens
        levels = self._dose_levels()
        given: dict[str, set[str]] = {}
        for drug, key in _drug_doses(text, rec):
            if key in levels.get(drug, ()):
                given.setdefault(drug, set()).add(key)
        one_level = {d: next(iter(keys)) for d, keys in given.items() if len(keys) == 1}
        if not one_level:
            return regimens
        out = []
        for reg, comps in regimens:
            if not comps and reg.attr("combination"):  # one mention of the whole combination ("sotorasib/panitumumab")
                comps = tuple(e for e in (self.ctx.vocab.entities.get(c) for c in self.ctx.combination_parts.get(reg.id, ()))
                              if e is not None)
            dosed = [c for c in comps if c.id in one_level]
            if len(comps) < 2 or len(dosed) != 1 or reg.id in self.doses:
                out.append((reg, comps))
                continue
            key = one_level[dosed[0].id]
            name = " + ".join(f"{c.name} {key}" if c is dosed[0] else c.name for c in sorted(comps, key=lambda c: c.name.lower()))
            entity = Entity(mint("regimen", name), "Regimen", name, (), (),
                            tuple(a for a in reg.attributes if a[0] == "combination"))
            self.doses[entity.id] = key
            self.ctx.combination_parts.setdefault(entity.id, tuple(c.id for c in comps))
            out.append((entity, comps))
        return out

    def _add_dose_arm(self, st: TrialState, text: str, rec, ev) -> bool:
        """A results sentence that names another dose level of the drug a dosed arm's combination gives ("3.9 months
        in patients treated with sotorasib at 240 mg plus panitumumab" while the arm read so far is "panitumumab +
        sotorasib 960 mg"): that level's arm, with the same other drugs, is added to the trial. Returns whether it was."""
        dosed = [st.regimens[a.id] for a in st.arms if a.id in st.regimens and st.regimens[a.id].id in self.doses]
        if len(dosed) != 1:
            return False
        held = set(self.ctx.combination_parts.get(dosed[0].id, ()))
        therapies = [t for t in self.therapies(text, rec) if t.entity.category != "DrugClass"]
        found = [_regimen_of(run, self.ctx) for run in _joined_runs(text, therapies)]
        # (one mention of the whole combination, "sotorasib at 240 mg plus panitumumab", holds its parts as read)
        found = [(reg, comps) for reg, comps in found
                 if ({c.id for c in comps} or set(self.ctx.combination_parts.get(reg.id, ()))) == held]
        if len(found) != 1:
            return False
        new = self._dosed_regimens(found)[0]
        if new[0].id not in self.doses or new[0].id == dosed[0].id:
            return False
        self._append_arm(st, new[0], new[1], ev)
        return True

    def _earlier_evidence(self, st: TrialState, s: Sentence, rec, names_trial: bool) -> bool:
        """Whether a sentence's comparison belongs to another trial than ``st``'s: "A and B will be compared with A
        alone in a phase III trial, following encouraging findings of the X study" (the trial named only as the
        source of the findings, the comparison said of an unnamed one), or, in a report's background, "A plus B
        showed improved outcomes compared with C plus B" (a finding of earlier trials, naming none and assigning no
        one, nor the report's own aim: not its design)."""
        text = s.norm
        if names_trial:
            own = [m for m in rec.mentions if m.entity.category == "Trial" and m.entity.id == st.trial.id]
            return bool(own) and _INDEFINITE_TRIAL.search(text) is not None and all(
                _EARLIER_FINDINGS_OF.search(text, max(0, m.start - 90), m.start) for m in own)
        return not _cohort_part(s) and _FINDING_OF_THERAPIES.search(text) is not None and not _OWN_AIM.search(text)

    def _fuller_labelled(self, labelled: list, listed_of) -> list:
        """The labelled arms, each given the fuller regimen the plain list reading finds at its place.

        "FOLFIRI plus cetuximab [arm A] or bevacizumab [arm B]": the text before label B holds bevacizumab only,
        while the list reading shares the backbone (FOLFIRI + bevacizumab). Taken only when both readings give
        the same number of arms, each labelled arm's drugs lie within the listed arm at the same place and what
        the list adds is a backbone another labelled arm names."""
        if len(labelled) < 2:
            return labelled
        listed = listed_of()
        if len(listed) != len(labelled):
            return labelled
        drugs = [self._regimen_parts(reg, comps) for _, (reg, comps) in labelled]
        out = []
        for i, ((label, own), (full, full_comps)) in enumerate(zip(labelled, listed)):
            fuller = self._regimen_parts(full, full_comps)
            others = set().union(*(d for j, d in enumerate(drugs) if j != i))
            if not drugs[i] <= fuller or not fuller - drugs[i] <= others:
                return labelled  # a drug no labelled arm names: the list reading merged an induction or phases
            # the same drugs: the label's own reading stands ("FOLFIRI, with or without bevacizumab (Arm E)" is a choice)
            out.append((label, own if fuller == drugs[i] else (full, full_comps)))
        return out

    @staticmethod
    def _regimen_parts(reg: Entity, comps: tuple) -> set[str]:
        """The names a regimen is made of: its read components, else the parts of its "A + B" name."""
        return {c.name.lower() for c in comps} or {p.strip().lower() for p in reg.name.split(" + ")}

    def _arm_labels(self, st: TrialState, labelled: list) -> dict:
        """Each label of a design's labelled arms -> the trial's arm of that regimen. The arms an earlier sentence
        set (a title's) may stand in another order, or name a regimen more fully ("A + B" for the design's "A"):
        then a label takes the one arm of its regimen, else the one arm holding all its drugs, else none."""
        by_regimen = {st.regimens[a.id].id: a for a in st.arms if a.id in st.regimens}
        out = {}
        for label, (reg, comps) in labelled:
            arm = by_regimen.get(as_regimen(self.ctx, reg).id)
            if arm is None:
                parts = {c.id for c in comps} or {reg.id}
                holders = [a for a in st.arms if parts <= self._components(st, a) | {st.regimens.get(a.id, a).id}]
                arm = holders[0] if len(holders) == 1 else None
            if arm is not None:
                out[label] = arm
        return out

    def _same_arms(self, st: TrialState, regimens: list) -> bool:
        """Whether each regimen names a different one of the trial's arms: the same regimen but for a placebo
        or supportive care ("FOLFIRI" for "FOLFIRI + placebo"), else the one arm that contains it."""
        inert = set(_NOT_ARMS)
        drugs = self.ctx.vocab.regimen_components

        def spelled(ids: set[str]) -> set[str]:
            # a named regimen with its drugs, so "FOLFIRI" and an arm kept as irinotecan + fluorouracil + leucovorin
            # agree (the regimen's own id stays: FOLFIRI and mIFL share their drugs, not their name)
            return ids | {d for i in ids for d in drugs.get(i, ())}
        arms = {a.id: spelled(self._components(st, a) | ({st.regimens[a.id].id} if a.id in st.regimens and
                                                          not st.regimens[a.id].attr("combination") else set()))
                for a in st.arms}
        backbone = set.intersection(*arms.values()) - inert if arms else set()
        used = set()
        for reg, comps in regimens:
            given = list(comps) or [self.ctx.vocab.entities.get(c) or Entity(c, "Drug", c)
                                    for c in getattr(self.ctx, "combination_parts", {}).get(reg.id, ())] or [reg]
            parts = spelled({c.id for c in given}) - inert
            generic = {c.id for c in given if _is_chemotherapy(c)}
            if generic and backbone:
                # "chemotherapy with cetuximab" / "chemotherapy without cetuximab" for arms sharing one backbone
                parts = (parts - generic) | backbone
            elif generic and parts == generic and any(c == {_STANDARD_OF_CARE} for c in arms.values()):
                parts = {_STANDARD_OF_CARE}  # "compared with chemotherapy" for the arm of "standard chemotherapy"
            same = [a for a, c in arms.items() if (c - inert) == parts and a not in used]
            holders = same or [a for a, c in arms.items() if parts <= c and a not in used]
            if len(holders) != 1:
                return False
            used.add(holders[0])
        return True

    def _single_arm(self, st: TrialState, s: Sentence, rec, ev) -> None:
        """A trial whose sentence names one regimen (and no comparison) gets that one arm; a sentence that
        names the trial and one drug or regimen replaces an arm known only by its drug class."""
        therapies = self.therapies(s.norm, rec)
        cut = self._cited_clause(st, s.norm)
        if cut is not None:
            # "median PFS of 8.2 months, whereas the expected median PFS is 5 months with A alone": the therapy of a
            # cited or expected result is no arm of this trial
            therapies = [t for t in therapies if t.start < cut]
        names_trial = any(m.entity.id == st.trial.id for m in rec.mentions if m.entity.category == "Trial")
        if not names_trial and _HEDGED_CLAIM.search(s.norm):
            return  # "Dose-intense chemotherapy may improve efficacy": a background hope, no therapy the trial gave
        if not st.arms and _DOSE_CHANGED.search(s.norm):
            return  # "A dose was reduced to 2400 mg/m2 after ...": one drug of the arm, its dose changed
        if st.arms:
            weak = len(st.arms) == 1 and st.regimens.get(st.arms[0].id) is not None and \
                self.ctx.vocab.entities.get(st.regimens[st.arms[0].id].attr("monotherapy") or "", Entity("x", "Drug", "x")
                                            ).category == "DrugClass"
            given = {t.entity.id for t in therapies if t.entity.category != "DrugClass"}
            if not (weak and names_trial and len(given) == 1):
                return
            st.arms = []
        distinct = {t.entity.id: t for t in therapies if (t.entity.category != "DrugClass" or len(therapies) == 1) and
                    (names_trial or not re.search(r"-(?:containing|based)\b", t.entity.name))}
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
            label = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).upper()
            if label in st.labels:
                refs.append((m.start(), st.labels[label]))
        for m in _LABEL_LIST.finditer(text, lo, hi):
            # "in arm B vs A", "in arms B and A": the bare letters after the first label name arms too
            for k in _LABEL_LIST_ITEM.finditer(m.group(0), m.end(1) - m.start()):
                label = k.group(1).upper()
                if label in st.labels:
                    refs.append((m.start() + k.start(1), st.labels[label]))
        for m in _COMBO_GROUP.finditer(text, lo, hi):
            combos = [a for a in st.arms if len(self._components(st, a)) > 1]
            if len(combos) == 1:
                refs.append((m.start(), combos[0]))
        for pattern, one in ((_MONO_GROUP, True), (_COMBO_BARE, False)):
            fits = [a for a in st.arms if (len(self._components(st, a)) == 1) == one and
                    st.regimens.get(a.id, a).id not in _NOT_ARMS]
            for m in pattern.finditer(text, lo, hi):
                if len(fits) == 1 and len(st.arms) >= 2:
                    refs.append((m.start(), fits[0]))  # "for monotherapy": the one arm of one drug
        for m in re.finditer(r"\b(triplet|doublet)(?:\s+(?:therapy|regimen|combination|arm|group|cohort))?\b", text[:hi], re.I):
            if m.start() < lo:
                continue
            size = 3 if m.group(1).lower() == "triplet" else 2
            fits = [a for a in st.arms if len(self._components(st, a)) == size]
            if len(fits) == 2 and len(st.arms) > 2 and fits[1] is st.arms[-1] and _VERSUS_CONTROL.search(text):
                fits = fits[:1]  # "0.60 for the doublet versus the control treatment": the control is no doublet
            if len(fits) == 1:
                refs.append((m.start(), fits[0]))  # "the triplet therapy": the one arm of three drugs
        for m in _CONTROL_GROUP.finditer(text, lo, hi):
            ctrl = st.arms[-1] if len(st.arms) > 1 else None
            if ctrl is not None and len(st.arms) > 2 and any(self._backbone_alternatives(st, a, b)
                                                             for a, b in zip(st.arms, st.arms[1:])):
                # "A or B plus C (control group)": a group given either backbone is two arms, the control group no one
                # of them (nor surely the arm listed last)
                ctrl = None
            if ctrl is not None:
                refs.append((m.start(), ctrl))
        doses = {self.doses[st.regimens[a.id].id]: a for a in st.arms if a.id in st.regimens and st.regimens[a.id].id in self.doses}
        if doses:
            for m in _DOSE.finditer(text, lo, hi):
                if _dose_key(m) in doses:
                    refs.append((m.start(), doses[_dose_key(m)]))
        for t in self._unmerged(text, rec):
            if t.entity.category not in THERAPY or not (lo <= t.start < hi):
                continue
            arm = self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25])
            if arm is not None and not any(abs(p - t.start) < 3 for p, _ in refs):
                refs.append((t.start, arm))
        refs.sort(key=lambda r: r[0])
        return refs

    def _alternatives_counted(self, st: TrialState, text: str, placed: list) -> bool:
        """Whether a count right after arm references closes a list of alternative backbones read as arms of their
        own ("mFOLFOX6 or CapeOX plus bevacizumab (n = 243)", "A plus B, C or D (n = 120)"): no count between them."""
        arms = {}
        for pos, arm in placed:
            arms.setdefault(arm.id, (pos, arm))
        if len(arms) < 2:
            return False
        (p1, a1), (p2, a2) = sorted(arms.values(), key=lambda x: x[0])[-2:]
        between = text[p1:p2]
        return re.search(r"\bor\b", text[p1:placed[-1][0] + 1]) is not None and not _COUNT_IN.search(between) and \
            self._backbone_alternatives(st, a1, a2)

    def _backbone_alternatives(self, st: TrialState, one: Entity, other: Entity) -> bool:
        """Whether two arms are one group's alternative chemotherapy backbones ("mFOLFOX6 or CapeOX plus bevacizumab"):
        the same other parts, each with its own named regimen."""
        a, b = self._components(st, one), self._components(st, other)
        only_a, only_b = a - b, b - a
        if len(only_a) != 1 or len(only_b) != 1 or not (a & b):
            return False
        entities = self.ctx.vocab.entities
        return all(getattr(entities.get(x), "category", None) == "Regimen" for x in only_a | only_b)

    def _has_component(self, subject_id: str) -> tuple | list:
        """The objects of the ``has_component`` facts recorded so far on ``subject_id``. The facts are
        indexed as they are recorded (only the ones added since the last call are looked at), so a
        document's arms are not found by a pass over every fact it has."""
        facts = self.out.assertions
        index = self.__dict__.get("_component_index")
        if index is None or index[0] is not facts or index[1] > len(facts):
            index = self._component_index = [facts, 0, {}]
        table = index[2]
        for a in facts[index[1]:]:
            if a.predicate == "has_component":
                table.setdefault(a.subject, []).append(a.object)
        index[1] = len(facts)
        return table.get(subject_id, ())

    def _pooled_dose_arm(self, st: TrialState, text: str, ev) -> Entity | None:
        """The arm of the drug itself (or of the combination read before its dose levels) when the trial's arms are dose
        levels of that one drug ("gefitinib 250 mg", "gefitinib 500 mg") and the sentence names no dose, arm or
        comparison: its values are of every patient ("Median progression-free survival was 1.9 months"). None otherwise."""
        if len(st.arms) < 2 or _DOSE.search(text) or _ARMS_TOLD_APART.search(text) or not _values(text)[0]:
            return None
        regimens = [st.regimens.get(a.id) for a in st.arms]
        if any(r is None or r.id not in self.doses for r in regimens):
            return None
        given = [self._components(st, a) for a in st.arms]
        if any(parts != given[0] for parts in given):
            return None
        held = [a for a in st.every if a not in st.arms and getattr(st.regimens.get(a.id), "id", None) not in self.doses
                and self._components(st, a) == given[0]]
        if held:
            return held[0]
        drug = self.ctx.vocab.entities.get(next(iter(given[0]))) if len(given[0]) == 1 else None
        if drug is None:
            return None
        arm = add_arm(self.out, st.trial, drug, ev)
        st.regimens[arm.id] = as_regimen(self.ctx, drug)
        return arm

    def _components(self, st: TrialState, arm: Entity) -> set[str]:
        reg = st.regimens.get(arm.id)
        vocab = self.ctx.vocab
        comps = set(self._has_component(reg.id)) if reg else set()
        if reg is not None:
            comps |= set(vocab.regimen_components.get(reg.id, ())) if not comps else set()
            mono = reg.attr("monotherapy")
            if mono:
                comps.add(mono)
            if not comps:
                comps.add(reg.id)
        return comps

    def _held(self, regimen: Entity | None) -> set:
        """The ids a regimen stands for: itself and its parts."""
        if regimen is None:
            return set()
        return {regimen.id} | set(self.ctx.combination_parts.get(regimen.id, ())) | \
            set(self.ctx.vocab.regimen_components.get(regimen.id, ())) | \
            ({regimen.attr("monotherapy")} if regimen.attr("monotherapy") else set())

    def _clause_of_other_therapy(self, st: TrialState, text: str, rec, v) -> bool:
        """Whether the clause a value stands in (after ", whereas", "while", ";") names therapies and none of
        them is the one arm's regimen or a part of it."""
        turns = [m.end() for m in re.finditer(r";|,\s*(?:whereas|while|but)\b|\bwhereas\b|\bwhile\b", text[:v.start])]
        if not turns:
            return False
        named = [t for t in rec.merged() if t.entity.category in THERAPY and turns[-1] <= t.start < v.start]
        if not named:
            return False
        reg = st.regimens.get(st.arms[0].id)
        if any(t.entity.id == getattr(reg, "id", None) for t in named):
            return False
        held = self._held(reg) | self._components(st, st.arms[0])
        # a drug of the arm's combination named on its own ("adagrasib monotherapy") is another regimen
        return any(t.entity.id not in held or re.match(r"[\s-]*(?:monotherapy|alone|single[- ]agent)\b", text[t.end:t.end + 20], re.I)
                   or "monotherapy" in t.text.lower() for t in named)

    def _another_drug_said(self, st: TrialState, text: str, rec) -> bool:
        """Whether the sentence opens with a drug the one arm does not hold, said to be another one ("Adagrasib
        (MRTX849) is another covalent KRAS G12C inhibitor that achieves ..."): its values are that drug's."""
        named = [t for t in rec.merged() if t.entity.category in ("Drug", "Regimen")]
        if not named or text[:named[0].start].strip() or any(m.entity.category == "Trial" for m in rec.mentions):
            return False
        if not _SAID_ANOTHER.match(text, named[0].end):
            return False
        held = self._held(st.regimens.get(st.arms[0].id)) | self._components(st, st.arms[0])
        return named[0].entity.id not in held

    def _metric_of_other_therapy(self, st: TrialState, text: str, rec, end: int, held: set | None = None) -> bool:
        """Whether the metric ending at ``end`` is tied to a therapy none of the arms (or ``held``) holds ("48 (45%)
        had an objective response with the cetuximab-containing treatment": the response to an earlier therapy)."""
        m = re.match(r"\s*(?:with|to|on|under|after)\s+(?:the\s+|an?\s+|prior\s+|previous\s+|earlier\s+)*", text[end:end + 40], re.I)
        if not m:
            return False
        tied = [t for t in rec.merged() if t.entity.category in THERAPY and t.start == end + m.end()]
        if not tied:
            return False
        if held is None:
            held = set().union(*(self._components(st, a) for a in st.every or st.arms)) | \
                {getattr(st.regimens.get(a.id), "id", None) for a in st.every or st.arms}
        t = tied[0].entity
        parts = set(self.ctx.combination_parts.get(t.id, ())) or set(self.ctx.vocab.regimen_components.get(t.id, ())) or {t.id}
        return not (parts <= held or t.id in held)

    def _arm_for_therapy(self, st: TrialState, therapy: Entity, after: str) -> Entity | None:
        """The arm a therapy mention stands for: the arm of exactly that regimen, else the only arm
        containing it, else (for "X alone"/"X monotherapy") the arm with X only."""
        for arm in st.arms + [a for a in st.every if a not in st.arms]:
            reg = st.regimens.get(arm.id)
            if reg is not None and (reg.id == therapy.id or reg.attr("monotherapy") == therapy.id):
                return arm
        named = self.ctx.vocab.regimen_components.get(therapy.id)
        if named and therapy.category == "Regimen":
            # "FOLFOX4" for the arm the title spelled out as "infused fluorouracil plus leucovorin and oxaliplatin":
            # the one arm of exactly the named regimen's drugs
            same = [a for a in st.arms if self._spelled_drugs(st, a) == set(named)]
            if len(same) == 1:
                return same[0]
        if _is_chemotherapy(therapy):
            soc = [a for a in st.arms if a.id in st.regimens and st.regimens[a.id].id == _STANDARD_OF_CARE]
            if len(soc) == 1:
                return soc[0]  # "the chemotherapy group" of a trial whose control is "standard chemotherapy"
        alone = re.match(r"[-\s]?(?:alone|monotherapy|only|single[- ]agent)\b", after, re.I)
        if alone and _is_chemotherapy(therapy) and len(st.arms) >= 2:
            # "the chemotherapy-alone arm": the one arm that is the backbone every arm shares, and nothing more
            spelled = {a.id: self._spelled_drugs(st, a) for a in st.arms}
            backbone = set.intersection(*spelled.values())
            bare = [a for a in st.arms if backbone and spelled[a.id] == backbone]
            return bare[0] if len(bare) == 1 else None
        holders = [a for a in st.arms if therapy.id in self._components(st, a)]
        if alone:
            singles = [a for a in holders if len(self._components(st, a) - set(_NOT_ARMS)) == 1]
            return singles[0] if len(singles) == 1 else None
        if len(holders) == 1:
            return holders[0]
        if therapy.category == "Regimen" and therapy.attr("combination"):
            # "the encorafenib plus cetuximab arm" when the arm also has chemotherapy
            parts = set(self._has_component(therapy.id))
            fits = [a for a in st.arms if parts and parts <= self._components(st, a)]
            return fits[0] if len(fits) == 1 else None
        return None

    def _spelled_drugs(self, st: TrialState, arm: Entity) -> set[str]:
        """The drugs an arm gives, its named regimens spelled out ("FOLFOX4" as fluorouracil, leucovorin, oxaliplatin)."""
        drugs = self.ctx.vocab.regimen_components
        return {d for i in self._components(st, arm) - set(_NOT_ARMS) for d in (drugs.get(i) or (i,))}

    # -- outcomes ---------------------------------------------------------------------------------
    def outcomes(self, st: TrialState, s: Sentence, rec, hits, ev) -> None:
        text = s.norm
        if not st.arms and st.candidate is not None and any(h[2].startswith("metric_") for h in hits) and \
                not any(self._metric_of_other_therapy(st, text, rec, m[1], self._held(st.candidate)) for m in _metrics(hits, text)):
            self._set_arms(st, [(st.candidate, ())], ev)
        if not st.arms and self.main_regimen is not None and st.trial.id == self.main_trial.id and \
                any(h[2].startswith("metric_") for h in hits) and _REPORTS_VALUE.search(text) and \
                not self._other_therapies(text, rec, self.main_regimen) and not self._prognostic_group(text, rec):
            self._set_arms(st, [(self.main_regimen, tuple(self.ctx.vocab.entities.get(c) or Entity(c, "Drug", c)
                                                       for c in self.ctx.combination_parts.get(self.main_regimen.id, ())))],
                           self._main_regimen_evidence or ev)
        if not st.arms:
            # a study known by no arm still has the number of patients it enrolled ("Smith et al. collected
            # 91 biopsies from 45 patients")
            self._placed = {}
            self._who = self._inherited = None
            subgroup = _subgroup(text)
            self._numbers(st, text, rec, ev, subgroup)
            counted = (subgroup or trials_subgroups.topic_population(text)) if _N_EQ.search(text) else None
            if counted and not _metrics(hits, text) and not _PART_OF_STUDY.search(text):
                # "In patients with KRAS wild-type tumours (n=666), the main findings were as follows:": the counted
                # population the next sentence's values are of
                st.population = (s.index, counted)
            return
        pooled = self._pooled_dose_arm(st, text, ev) if any(h[2].startswith("metric_") for h in hits) else None
        if pooled is not None:
            saved = st.arms
            st.arms = [pooled]
            try:
                self.outcomes(st, s, rec, hits, ev)
            finally:
                st.arms = saved
            return
        if len(st.arms) == 1 and len(self._components(st, st.arms[0]) - set(_NOT_ARMS)) == 1 and \
                re.search(r"\b(?:this|the|such a|these)\s+(?:combination|combined|doublet|triplet)\b", text, re.I) and \
                not any(t.entity.attr("combination") for t in self.therapies(text, rec)):
            return  # "This combination regimen achieved ..." while the trial's one arm gives a single drug
        if len(st.arms) == 1 and self._another_drug_said(st, text, rec):
            return  # "Adagrasib is another KRAS G12C inhibitor that achieves an ORR of 17%": not the arm's drug
        if _LATER_GROUP.search(text):
            return  # "seven patients received further systemic treatment and their median OS was 12 months": a subset's values
        # (an unplaced dose level whose arm _add_dose_arm cannot set apart, or that stays unplaced after it)
        if self._unplaced_dose(st, text, rec) and (not self._add_dose_arm(st, text, rec, ev) or
                                                   self._unplaced_dose(st, text, rec)):
            return  # "3.9 months in patients treated with sotorasib at 240 mg plus panitumumab": a dose level no arm stands for
        lead = self._leading_cohort(st, text, rec, ev)
        if lead is False:
            return  # "Among the patients who received X, ...": a group the reader cannot tie to one arm
        if lead is not None and (len(st.arms) != 1 or st.arms[0] is not lead):
            saved = st.arms
            st.arms = [lead]
            try:
                self.outcomes(st, s, rec, hits, ev)
            finally:
                st.arms = saved
            return
        subgroup = trials_subgroups.part_label(text) or _subgroup(text) or self._subset_of_previous(s, text) or \
            self._marker_part(st, s, text)
        # this sentence's values only (when it names no part of the patients itself)
        own = None if subgroup else self._population_for(st, s, text, hits) or self._cohort_part(st, text, rec)
        subgroup = subgroup or own or self._previous_subgroup(s, text)
        enrolled = trials_subgroups.enrolled_population(text) if s.index in st.named else None
        if subgroup and enrolled and not trials_subgroups.explicit_part(text) and trials_subgroups.selected_by(enrolled, subgroup):
            # "... in patients with HER2-positive mCRC, according to the final analysis of the X trial": the population
            # the sentence naming the trial says it enrolled, no part of it (nor of the next sentence's values)
            subgroup = None
        named = subgroup
        if subgroup is None and not _OVERALL.search(text) and st.population is not None and \
                st.population[0] == s.index - 1 and not self._paragraph_break(s.index - 1, s) and \
                not any(m.entity.category == "Trial" for m in rec.mentions):
            subgroup = st.population[1]  # "In the KRAS wild type population, ... . No benefit in OS was observed (...)."
        if subgroup is None and not _OVERALL.search(text):
            subgroup = self._paragraph_topic(st, s)
        # a population carries to the next sentence; a part of the study ("In the first stage, ...") does not, nor one
        # the sentence inherited without reporting a measure of it (a design or methods sentence ends the run)
        carried = subgroup if subgroup and not _PART_OF_STUDY.search(text) and not own else None
        if carried and not named and not any(h[2].startswith("metric_") for h in hits):
            carried = None
        st.population = (s.index, carried) if carried else None
        # the counts of a sentence that names no population of its own are of the population its context named
        self._inherited = subgroup if subgroup and not named else None
        subgroup = subgroup or _counted_group(text)
        extra = _EXTRA_ANALYSIS.search(text)
        if extra:
            # "An exploratory analysis of updated survival ... HR = 0.83": a second value beside the primary analysis's
            kind = " ".join(extra.group(1).lower().split())
            subgroup = f"{subgroup}, {kind}" if subgroup else kind
        if _LATER_ORIGIN.search(text):
            return  # "OS from start of second-line therapy was 16.3 v 13.2 months": not the trial's own survival
        if subgroup is None and _PART_ANNOUNCED.search(text) and not _OVERALL.search(text):
            return  # "A subgroup analysis by prior therapy showed that patients with ... (9.7 vs 4.9 months)": a part's values, its label unread
        who = _WHO.search(text)
        self._who = (who.end(), who.group(1)) if who and not subgroup else None  # values after it are that subgroup's
        if hits_of(hits, "design_hypothesis"):
            return  # "under the null hypothesis of an ORR of 10%", "(H0=ORR 10%; α=0.05)": the design's assumptions
        values, hrs, cis = _values(text)
        if hits_of(hits, "design_statistics"):
            hrs = []  # "to demonstrate superiority with a hazard ratio of 0.75 and a power of 80%": the design's, no result
        self._hrs = hrs
        cut = self._cited_clause(st, text)
        if cut is not None:
            # "...; for comparison, Rossi et al. reported a median PFS of 2.6 months": another study's values
            values = [v for v in values if v.start < cut]
            hrs = [h for h in hrs if h[0] < cut]
            text = text[:cut]
            hits = [h for h in hits if h[1] <= cut]
        past = _past_clause(text, values)
        if past is not None:
            # "While more than 10 years ago, median survival was 15 months, ...": the values of a time long past
            values = [v for v in values if not past[0] <= v.start < past[1]]
            hrs = [h for h in hrs if not past[0] <= h[0] < past[1]]
        since, until = _other_study_clauses(st, text, rec)
        if since or until < len(text):
            # "A multicenter study demonstrated an ORR of 22.2%, while the HER2-FUSCC-G trial reported ...": the values
            # of the clause about another study are that study's
            values = [v for v in values if since <= v.start < until]
            hrs = [h for h in hrs if since <= h[0] < until]
            hits = [h for h in hits if since <= h[0] < until]
        defined = [(m.start(), m.end()) for m in _METRIC_DEFINITION.finditer(text)]
        if defined:
            # "The disease control rate, which includes ... those with stable disease, was 85.1 percent": the words
            # that say what the metric counts name no metric of their own
            hits = [h for h in hits if not any(a <= h[0] < b for a, b in defined)]
        metrics = _metrics(hits, text)
        self._placed: dict[str, list] = {}
        self._landmarks: dict[str, list] = {}  # "10-month PFS was 59.9% in arm A versus 49.0% in arm B": its rates
        self._respective_runs: dict[str, list] = {}  # runs of one metric whose populations a "respectively" list gave
        self._pair_metrics: list[tuple[int, int, str]] = []  # the stretch after each metric's pair of values
        respectively = any(h[2] == "respectively" for h in hits)
        used: set[int] = set()
        # "N patients ... (n = 40)": patient numbers
        self._numbers(st, text, rec, ev, subgroup)
        arms_before = len(st.arms)
        for k, (start, end, metric, group_metrics) in enumerate(metrics):
            nxt = metrics[k + 1][0] if k + 1 < len(metrics) else len(text)
            region = [v for v in values if end <= v.start < nxt and id(v) not in used]
            if metric is None:
                # (not the share right before the next metric: "eight (30%) achieved partial response and 17 (63%)
                # disease control")
                used.update(id(v) for v in region if nxt == len(text) or text[v.end:nxt].strip(" )%"))
                continue
            lo_text = text[max(0, start - 14):start].lower()
            # ("the median duration of (progression-free) survival was 20.3 months": the median survival itself)
            median_duration = metric in ("mPFS", "mOS") and _MEDIAN_DURATION.search(text, max(0, start - 30), start)
            if not median_duration and re.search(
                    r"(?:\d+[- ]?(?:year|month|week)s?|one[- ]year|two[- ]year|landmark|rate at|duration of)\s*$", lo_text):
                used.update(id(v) for v in region)
                if metric in ("mPFS", "mOS") and not lo_text.rstrip().endswith("duration of"):
                    self._landmarks[metric] = [v for v in region if v.unit == "%"]
                continue
            if metric == "HR":
                continue
            if len(group_metrics) > 1:
                # "ORR and DCR were 81% and 89%, respectively": one value per metric, in order
                fitting = [v for v in region if any(_fits_metric(gm, v, region) for gm in group_metrics)]
                if len(fitting) == len(group_metrics) and len(st.arms) == 1 and \
                        all(_fits_metric(gm, v, fitting) for gm, v in zip(group_metrics, fitting)) and \
                        all(_RUN_GAP.fullmatch(_strip_brackets(text[a.end:b.start]))
                            for a, b in zip(fitting, fitting[1:])):
                    for gm, v in zip(group_metrics, fitting):
                        if gm != TIME_SLOT:
                            self._add(st.arms[0], gm, v, ev, subgroup)
                    used.update(id(v) for v in region)
                    continue
                paired = self._metric_list_per_arm(st, text, rec, group_metrics, fitting, nxt)
                if paired:
                    # "ORR and DCR were 59% and 88% in the A group and 43% and 79% in the B group": one run per arm
                    for arm, gm, v in paired:
                        self._add(arm, gm, v, ev, subgroup)
                    used.update(id(v) for v in region)
                    continue
                paired = self._metric_pairs_respectively(st, text, rec, group_metrics, fitting, start) \
                    if respectively else []
                if paired:
                    # "the median PFS and OS in the A versus B arms were 13.9 versus 12.1 months (HR 0.81) and 45.3
                    # versus 41.9 months (HR 0.85), respectively": one pair per metric, the arms in the order named
                    for arm, gm, v in paired:
                        self._add(arm, gm, v, ev, subgroup)
                    used.update(id(v) for v in region)
                    continue
                if len(fitting) > 1:
                    used.update(id(v) for v in region)
                    continue  # a list of metrics with values the reader cannot pair
                if re.match(r"\s*(?:\([^()]{0,20}\)\s*)?(?:were|are)\b", text[end:]):
                    used.update(id(v) for v in region)
                    continue  # "the ORR and DCR were 33.3% and 8" (cut short): one value for every metric, the rest lost
                metric = group_metrics[-1]  # "a 28% ORR, median PFS of 4.7 months": the last metric's value
                if metric == TIME_SLOT:
                    used.update(id(v) for v in region)
                    continue
            if metric in ("mPFS", "mOS") and len(region) == 2 and region[0].unit == "months" and region[1].unit == "%" and \
                    re.fullmatch(r"\s*(?:for|in)\s+[^,;()]{1,50}?\s+(?:compared (?:with|to)|versus|vs\.?)\s+",
                                 text[region[0].end:region[1].start], re.I) and region[1].number < 80:
                # "8.68 months for the mutation group compared with 12.35% for the wild-type group": a unit slip
                region = [region[0], Value(region[1].start, region[1].end, region[1].number, "months", region[1].ci)]
            fitting = [v for v in region if _fits_metric(metric, v, region) and not re.match(
                r"\s*%?\s*\)?\s*(?:(?:in total\s+|overall\s+)?(?:had|having|achieved|achieving|experienced|showed|reached|reaching)\s+"
                r"(?:an?\s+)?)?(?:confirmed\s+)?(?:clinical benefit|"
                r"stable disease|disease control|complete response|partial response|progressive disease|grade)",
                text[v.end:v.end + 60], re.I)]  # "23 (47%) in total had a clinical benefit", "... and 17 (63%) disease
            # control" (the verb shared with the clause before): another metric's value
            if not fitting:
                continue
            # arms named after the values count up to the next outcome metric ("5.8 months in the 5.4-mg/kg cohort")
            nxt_real = next((m[0] for m in metrics[k + 1:] if m[2] is not None), len(text))
            if len(fitting) >= 2 and len(st.arms) < 2:
                self._arms_from_values(st, s, rec, fitting, start, ev)
            self._place(st, metric, fitting, text, rec, ev, subgroup, start, nxt_real, respectively)
            used.update(id(v) for v in fitting)
        # values before their metric: "82.3% achieved disease control", "OR was observed in 6.1%"
        for start, end, metric, _ in metrics:
            if metric not in ("ORR", "DCR") or self._metric_of_other_therapy(st, text, rec, end):
                continue
            before = [v for v in values if id(v) not in used and v.unit == "%" and 0 <= start - v.end <= 80
                      and (re.search(r"(?:achieved|had|experienced|showed|with|of patients|of pts)\s*(?:an?\s+)?"
                                     r"(?:objective\s+|overall\s+)?$", text[v.end:start], re.I)
                           or not text[v.end:start].strip(" )%"))]  # "a 28% ORR", "17 (63%) disease control"
            if len(before) == 1 and len(st.arms) == 1 and start - before[0].end <= 40:
                self._add(st.arms[0], metric, before[0], ev, subgroup)
                used.add(id(before[0]))
            elif len(before) == 1 and len(st.arms) > 1:
                # "82.3% of patients treated with fruquintinib achieved disease control": the arm named in between
                refs = {a.id: a for _, a in self.arm_refs(st, text, rec, before[0].end, start)}
                if len(refs) == 1:
                    self._add(next(iter(refs.values())), metric, before[0], ev, subgroup)
                    used.add(id(before[0]))
        for m in _SHARE_RESPONDED.finditer(text):
            # "34 percent responded to the combination": the one arm's objective response rate
            share = Value(m.start(1), m.end(1), float(m.group(1)), "%")
            if len(st.arms) == 1 and not self._clause_of_other_therapy(st, text, rec, share):
                self._add(st.arms[0], "ORR", share, ev, subgroup)
        if len(st.arms) >= 2:
            self._arm_shares(st, text, rec, ev, subgroup)
        for m in _OF_N.finditer(text):
            # "10 (30.3%, 95% CI 17-47) of 33 patients achieved an objective response"
            tail = _strip_brackets(text[m.end():m.end() + 160])[:80]  # "of 33 PTS (median 5 prior regimens), achieved"
            metric = "ORR" if re.search(r"objective response|partial response|responded|response", tail, re.I) and \
                not re.search(r"stable|control", tail[:40], re.I) else None
            if metric and len(st.arms) == 1:
                v = Value(m.start(2), m.end(2), float(m.group(2)), "%")
                self._add(st.arms[0], metric, v, ev, subgroup)
                self._add(st.arms[0], "n", Value(m.start(3), m.end(3), float(m.group(3)), ""), ev, subgroup)
        for count in trials_cited.response_counts(text) if len(st.arms) == 1 else ():
            # "3 of 42 (7.1%) patients achieved partial response", "..., of whom five (12%) achieved partial response"
            share = Value(count.share_start, count.share_end, count.share, "%")
            if not self._clause_of_other_therapy(st, text, rec, share) and \
                    not self._metric_of_other_therapy(st, text, rec, count.end):
                self._add(st.arms[0], "ORR", share, ev, subgroup)
                if count.total is not None:
                    self._add(st.arms[0], "n", Value(count.total_start, count.total_end, float(count.total), ""), ev, subgroup)
        none = no_response(text) if len(st.arms) == 1 else None
        if none is not None and since <= none[0] < until:
            # "No objective responses were observed": the one arm's objective response rate is none
            said = Value(none[0], none[1], 0.0, "%")
            if not self._clause_of_other_therapy(st, text, rec, said) and \
                    not self._metric_of_other_therapy(st, text, rec, none[1]):
                self._add(st.arms[0], "ORR", said, ev, subgroup, stated_none=True)
        if arms_before < 2 <= len(st.arms):
            # arms the values set apart: "... compared with 2.2 months for those given investigator's choice (n = 54; ...)"
            self._listed_counts(st, text, rec, ev, subgroup)
        self._hazard_ratios(st, text, rec, hrs, metrics, ev, subgroup)
        compared = list(dict.fromkeys(a for arms in self._placed.values() for a in arms))
        if len(compared) >= 2:
            st.compared = compared

    def _metric_list_per_arm(self, st: TrialState, text: str, rec, group_metrics: list, fitting: list[Value],
                             stop: int) -> list[tuple[Entity, str, Value]]:
        """The values of a list of metrics given once per arm, each run of values followed by its arm: "Median PFS and
        OS were 8.3 and 22.8 months with A and 7.2 and 18.5 months with B" (every run joined by "and" or a comma, every
        arm named right after its run and named once). Nothing when any run or arm is unclear."""
        size = len(group_metrics)
        if len(st.arms) < 2 or TIME_SLOT in group_metrics or len(fitting) % size or len(fitting) // size < 2:
            return []
        runs = [fitting[k:k + size] for k in range(0, len(fitting), size)]
        read, seen = [], set()
        for k, run in enumerate(runs):
            if not all(_fits_metric(gm, v, run) for gm, v in zip(group_metrics, run)) or \
                    not all(_RUN_GAP.fullmatch(_strip_brackets(text[a.end:b.start]))
                            for a, b in zip(run, run[1:])):
                return []
            end = runs[k + 1][0].start if k + 1 < len(runs) else min(stop, run[-1].end + 60)
            refs = [(p, a) for p, a in self.arm_refs(st, text, rec, run[-1].end, end)]
            if not refs or refs[0][0] - run[-1].end > 25 or \
                    not _RUN_TO_ARM.fullmatch(text[run[-1].end:refs[0][0]]):
                return []
            arm = refs[0][1]
            if arm.id in seen:
                return []
            seen.add(arm.id)
            read.extend((arm, gm, v) for gm, v in zip(group_metrics, run))
        return read

    def _metric_pairs_respectively(self, st: TrialState, text: str, rec, group_metrics: list, fitting: list[Value],
                                   lo: int) -> list[tuple[Entity, str, Value]]:
        """The values of a list of metrics given as one "versus" pair per metric and closed by "respectively": "median
        PFS and OS in the A versus B arms were 13.9 versus 12.1 months (HR 0.81) and 45.3 versus 41.9 months (HR
        0.85), respectively". The arms are the two the sentence names before the values, joined by "versus", in that
        order; the ratio after each pair is of that pair's metric. Nothing when any pair or arm is unclear."""
        size = len(group_metrics)
        if len(st.arms) < 2 or TIME_SLOT in group_metrics or len(fitting) != 2 * size:
            return []
        refs = self.arm_refs(st, text, rec, lo, fitting[0].start)
        sides = list(dict.fromkeys(a for _, a in refs))
        if len(refs) != 2 or len(sides) != 2 or not re.search(_VS, text[refs[0][0]:refs[1][0]], re.I):
            return []
        pairs = [fitting[k:k + 2] for k in range(0, len(fitting), 2)]
        if not all(re.fullmatch(rf"\s*(?:%|months?|mo)?\s*{_VS}\s*", text[a.end:b.start], re.I) for a, b in pairs) or \
                not all(_fits_metric(gm, v, pair) for gm, pair in zip(group_metrics, pairs) for v in pair):
            return []
        read = []
        for k, (gm, pair) in enumerate(zip(group_metrics, pairs)):
            read.extend((arm, gm, v) for arm, v in zip(sides, pair))
            if gm in ("mPFS", "mOS"):  # the ratio right after the pair is of its metric
                self._pair_metrics.append((pair[-1].end, pairs[k + 1][0].start if k + 1 < len(pairs) else len(text), gm))
        return read

    def _arm_shares(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """Response rates given as the share of each arm's patients with the result: "71% of patients who
        received A had a response, compared with 52% of those who received B" (the result said once, for the
        first share). Each share names a different arm right after "of patients who received"."""
        if _N_EVENTS.search(text):
            return
        shares = list(_ARM_SHARE.finditer(text))
        if len(shares) < 2:
            return
        placed = []
        metric = None
        for k, m in enumerate(shares):
            stop = shares[k + 1].start() if k + 1 < len(shares) else len(text)
            result = _SHARE_RESULT.search(text, m.end(), stop)
            if result is not None:
                metric = "DCR" if result.group("control") else "ORR"
            elif k == 0 or not _SIDE_TURN.search(text, placed[-1][0].end, m.start()):
                return  # a share whose result the sentence does not give
            refs = {a.id: a for p, a in self.arm_refs(st, text, rec, m.end(), result.start() if result else stop)
                    if p - m.end() <= 3}
            if len(refs) != 1:
                return
            placed.append((Value(m.start(1), m.end(1), float(m.group(1)), "%"), next(iter(refs.values())), metric))
        if len({a.id for _, a, _ in placed}) != len(placed):
            return
        for v, arm, metric in placed:
            self._add(arm, metric, v, ev, subgroup)

    def _subject_arm_improves(self, st: TrialState, text: str, rec, fitting: list[Value], lo: int) -> bool:
        """Whether the sentence opens with the regimen of the trial's one arm as the subject of an improvement, and
        gives the two values in a bracket right after the metric (at ``lo``), joined by "vs": "A demonstrated
        statistically significant improvements in median PFS (9.8 vs 6.8 months, ...) and median OS (23.4 vs 16.7
        months, ...)" (not "... in patients with ...")."""
        regimen = st.regimens.get(st.arms[0].id)
        said = _SUBJECT_IMPROVES.match(text)
        if regimen is None or said is None:
            return False
        subject = [t for t in self.therapies(text, rec) if t.start < said.end("subject")]
        if len(subject) != 1 or subject[0].entity.id != regimen.id or \
                not _SUBJECT_FRAME.fullmatch(text[said.start("subject"):subject[0].start] + text[subject[0].end:said.end("subject")]):
            return False
        if lo < said.end() or not (lo == said.end() or _AND_NEXT_METRIC.fullmatch(text[said.end():lo])):
            return False
        if _PATIENT_PART.search(text[said.end():fitting[0].start]):
            return False
        return _METRIC_BRACKET.fullmatch(text[lo:fitting[0].start]) is not None and \
            _VALUE_VS.fullmatch(text[fitting[0].end:fitting[1].start]) is not None

    def _dose_levels(self) -> dict[str, set[str]]:
        """The drugs the document gives at two or more dose levels, each written right after the drug ("sotorasib at
        960 mg", "sotorasib 240 mg"), with those levels: each level may be an arm of its own."""
        if self._levels is None:
            levels: dict[str, set[str]] = {}
            for s in self.doc.sentences:
                for drug, key in _drug_doses(s.norm, self.recognize(s)):
                    levels.setdefault(drug, set()).add(key)
            self._levels = {d: keys for d, keys in levels.items() if len(keys) >= 2}
        return self._levels

    def _unplaced_dose(self, st: TrialState, text: str, rec) -> bool:
        """Whether the sentence names a dose level of a drug the document gives at several levels while no arm of
        the trial stands for that level: its values are of one level's arm, which the reader has not set apart."""
        if not _DOSE.search(text):
            return False
        levels = self._dose_levels()
        named = {key for drug, key in _drug_doses(text, rec) if key in levels.get(drug, ())}
        held = {self.doses.get(st.regimens[a.id].id) for a in st.arms if a.id in st.regimens}
        return bool(named) and not named & held

    def _prognostic_group(self, text: str, rec) -> bool:
        """A sentence telling how patients defined by a feature fare, with no value and no therapy named."""
        return bool(_FEATURE_GROUP_FARES.search(text)) and not _values(text)[0] and \
            not any(m.entity.category in THERAPY for m in rec.mentions)

    def _arms_from_values(self, st: TrialState, s: Sentence, rec, fitting: list[Value], lo: int, ev) -> None:
        """Arms a results sentence gives by tying each value to its own regimen when no design did: "median OS
        was 31.4 months with FOLFOX plus bevacizumab and 27.5 months with CAPOX plus bevacizumab"; "median PFS
        with A was 9.1 months, and with B alone it was 5.1 months"; "A yielded a median PFS of 10.0 months
        versus 8.4 months for B alone"."""
        text = s.norm
        names = any(m.entity.id == st.trial.id for m in rec.mentions if m.entity.category == "Trial")
        if not names and len(st.arms) > 1:
            return
        therapies = [t for t in self.therapies(text, rec) if t.entity.category != "DrugClass" or
                     re.search(r"chemotherapy", t.entity.name, re.I)]
        if len(therapies) < 2:
            return
        tied = []
        prev = 0
        for i, v in enumerate(fitting):
            stop = fitting[i + 1].start if i + 1 < len(fitting) else len(text)
            link = _VALUE_TO_ARM.match(text[v.end:stop])
            after = [t for t in therapies if link and v.end + link.end() <= t.start < stop]
            before = [t for t in therapies if prev <= t.start < v.start]
            if after and after[0].start <= v.end + link.end() + 2:
                run = _joined_runs(text, after)[0]  # "... for those who received FOLFOXIRI and bevacizumab"
            elif before:
                run = _joined_runs(text, before)[-1]  # "for patients who received atezolizumab plus FOLFOXIRI and bevacizumab was"
            else:
                return
            tied.append(run)
            prev = v.end
        regimens = self._dosed_regimens([_regimen_of(run, self.ctx) for run in tied])
        if len({r.id for r, _ in regimens}) != len(regimens):
            return
        if not names and st.arms:
            # a sentence that does not name the trial sets its one known arm against that arm's backbone: "23.5
            # months in those randomised to A plus B compared to 20.0 months in those receiving B alone"
            regimens = self._against_backbone(st, text, fitting, regimens)
            if regimens is None:
                return
        if st.arms and not any(st.regimens.get(a.id) is not None and st.regimens[a.id].id in
                               {as_regimen(self.ctx, r).id for r, _ in regimens} for a in st.arms):
            return  # the one arm the trial has is none of these
        self._set_arms(st, regimens, ev, text)

    def _against_backbone(self, st: TrialState, text: str, fitting: list[Value], regimens: list) -> list | None:
        """The two arms of a comparison whose values ``regimens`` tie, one to the trial's one known arm and one to
        a proper part of it (its backbone; "chemotherapy" for its one named chemotherapy regimen), the known arm
        first; None unless the two values are set against each other ("vs", "compared with")."""
        arm = st.arms[0]
        known = st.regimens.get(arm.id)
        if known is None or len(regimens) != 2 or len(fitting) != 2 or \
                not _SIDE_TURN.search(text, fitting[0].end, fitting[1].start):
            return None
        ids = [r.id for r, _ in regimens]
        if known.id not in ids:
            return None
        other, comps = regimens[1 - ids.index(known.id)]
        held = self._components(st, arm)
        if _is_chemotherapy(other):
            backbones = [c for c in held if self.ctx.vocab.regimen_components.get(c)]
            if len(backbones) != 1:
                return None
            other = self.ctx.vocab.entities.get(backbones[0])
            if other is None:
                return None
            comps = ()
        parts = {c.id for c in comps} or {other.id}
        if not parts < held:
            return None
        return [(known, ()), (other, comps)]

    def _cited_clause(self, st: TrialState, text: str) -> int | None:
        """Where a clause that reports another, cited study begins ("..., compared with 10% reported by Lee et
        al."; "; for comparison, Rossi et al. reported ..."; "..., whereas the expected median PFS with A alone is 5
        months": a value expected from past experience, no arm of the trial), when the trial in focus is not that
        study."""
        m = re.search(r"\bet al\b|\breported by\b|\bpreviously reported\b|\bin (?:a|an|the) (?:previous|prior|earlier) "
                      r"(?:study|trial|report)\b|\bhistorical(?:ly)?\b|"
                      r"\bexpected\s+(?:median\s+)?(?:PFS|OS|ORR|DCR|(?:progression-free\s+|overall\s+)?survival|"
                      r"(?:objective\s+)?response)\b", text, re.I)
        if m is None or " et al." in st.trial.name:
            return None
        trailing = _TRAILING_CITATION.search(text)
        if trailing is not None and m.start() >= trailing.start() and len(_CITATION.findall(text)) == 1 and \
                not re.search(r"\b(?:reported|observed|described|found)\s*$", text[:trailing.start()].rstrip(" ,"), re.I):
            return None  # "... 8.68 months for the mutation group compared with 12.35 for the wild-type group (Ciardiello
            # et al., 2025).": the sentence's own source, cited at its end
        starts = [x.end() for x in re.finditer(r";|,\s*(?=compared|for comparison|whereas|while|in contrast|versus|vs\b)|"
                                                r"\bcompared (?:with|to)\b|\bfor comparison\b|\bwhereas\b|\bin contrast\b",
                                                text[:m.start()], re.I)]
        if not starts:
            return None
        return starts[-1] - len(re.search(r"(?:\bcompared (?:with|to)|\bfor comparison|\bwhereas|\bin contrast)?$",
                                          text[:starts[-1]], re.I).group(0))

    def _marker_contrast(self, st, text: str, rec, fitting, lo: int) -> str | None:
        """The marker whose carriers the first of two compared values belongs to, when one arm's patients are
        split by a marker the sentence names right before: "<marker> was associated with a worse PFS (8.6 vs.
        12.3 months)". None when the sentence is not of that form."""
        if len(st.arms) != 1 or len(fitting) != 2 or not re.fullmatch(
                r"\s*(?:%|months?|mo)?\s*(?:vs\.?|versus)\s*", text[fitting[0].end:fitting[1].start], re.I):
            return None
        said = _MARKER_ASSOCIATED.search(text, max(0, fitting[0].start - 160), fitting[0].start)
        if said is None or not re.fullmatch(r"[\s(]*(?:[\w\-]+[\s,:(]*){0,3}", text[said.end():fitting[0].start]):
            return None
        markers = [t for t in rec.merged() if t.entity.category in ("Biomarker", "Alteration") and
                   said.start() - 80 <= t.start and t.end <= said.start()]
        return re.sub(r"^(?:an?|the)\s+", "", markers[-1].text, flags=re.I) if markers else None

    def _trailing_hrs(self, metric: str, fitting: list[Value], text: str, gap: re.Pattern) -> list[tuple[float, str | None]]:
        """The sentence's hazard ratios (value, P) right after the second of a median PFS or OS pair, only ``gap``
        between: "(8.5 vs 2.6 months; HR 0.32)"."""
        if metric not in ("mPFS", "mOS"):
            return []
        return [(value, p) for pos, value, p in getattr(self, "_hrs", ())
                if pos >= fitting[1].end and 0.05 <= value <= 5 and gap.fullmatch(text[fitting[1].end:pos])]

    def _place(self, st, metric, fitting, text, rec, ev, subgroup, lo, hi, respectively) -> None:
        """Give each value of one metric to its arm, or leave it out."""
        contrast = _SUBGROUP_VS.search(text)
        if contrast and len(st.arms) == 1:
            # "in RAS wild-type versus KRAS-mutant patients: ORR 28.6% vs 0": one arm, two subgroups
            for v, label in zip(fitting[:2], paired_labels(contrast.group(1), contrast.group(2))):
                self._add(st.arms[0], metric, v, ev, label)
            return
        pair = _MARKER_PAIR.search(text, 0, fitting[0].start) if len(st.arms) >= 2 and len(fitting) == 2 else None
        if pair is not None:
            # "In the control arm, median OS was shorter for biomarker-positive vs. biomarker-negative patients (12.1
            # vs. 18.5 months)": two groups of patients, not two arms; both values go to the one arm the sentence
            # names, each with its group, and to no arm when it names none or several
            named = {a.id: a for _, a in self.arm_refs(st, text, rec, 0, fitting[0].start)}
            if len(named) == 1:
                arm = next(iter(named.values()))
                first, second = paired_labels(pair.group(1), pair.group(2))
                self._add(arm, metric, fitting[0], ev, first)
                self._add(arm, metric, fitting[1], ev, second)
                for value, p in self._trailing_hrs(metric, fitting, text, _HR_AFTER_VALUE):
                    # the ratio of the two groups within that arm (prognostic), no treatment effect
                    add_outcome(self.out, arm, "HR_" + metric[1:], value, ev, subgroup=f"{first} vs {second}", p=p)
            return
        split = _split_contrast(text, fitting) if len(st.arms) == 1 and len(fitting) == 2 else None
        if split is not None:
            # "RAS/BRAF wild-type patients showed longer median PFS (8.5 vs 2.6 months; HR 0.32) versus KRAS-mutant
            # counterparts": one arm, its patients split by a marker; the population the sentence speaks of first
            # takes the first value, the one it compares them with the second
            first, second = paired_labels(*split)
            self._add(st.arms[0], metric, fitting[0], ev, first)
            self._add(st.arms[0], metric, fitting[1], ev, second)
            for value, p in self._trailing_hrs(metric, fitting, text, _HR_AFTER_VALUE):
                add_outcome(self.out, st.arms[0], "HR_" + metric[1:], value, ev, subgroup=f"{first} vs {second}", p=p)
            return
        if len(st.arms) == 1 and len(fitting) == 2 and self._subject_arm_improves(st, text, rec, fitting, lo):
            # "FOLFOXIRI demonstrated statistically significant improvements in median progression-free survival (9.8
            # vs 6.8 months, HR for progression = 0.59, ...)": the trial's one known arm, the subject, takes the first
            # value and the ratio; the second value is its comparator's, an arm the text has not named
            self._add(st.arms[0], metric, fitting[0], ev, subgroup)
            for value, p in self._trailing_hrs(metric, fitting, text, _HR_AFTER_MONTHS):
                add_outcome(self.out, st.arms[0], "HR_" + metric[1:], value, ev, subgroup=subgroup, p=p)
            return
        marker = self._marker_contrast(st, text, rec, fitting, lo)
        if marker is not None:
            # "a high level of EPHA2 was associated with a worse PFS (8.6 vs. 12.3 months)": the marker's patients
            # first, then the others, both on the one arm
            self._add(st.arms[0], metric, fitting[0], ev, marker)
            self._add(st.arms[0], metric, fitting[1], ev, f"not {marker}")
            return
        refs = self.arm_refs(st, text, rec, lo, hi)
        if len(fitting) == 1:
            v = fitting[0]
            # the arm named right after the value, else right before it, within the value's own clause ("A achieved
            # an ORR of 75%, and B resulted in ...": B's clause is not 75%'s)
            near = [a for p, a in refs if v.end <= p <= v.end + 60 and not _CLAUSE_SEP.search(text, v.end, p)] or \
                [a for p, a in refs if lo - 60 <= p < v.start and not _CLAUSE_SEP.search(text, p, v.start) and
                 not _SIDE_TURN.search(text, p, v.start)]
            arm = near[0] if len({a.id for a in near}) == 1 else None
            if arm is None:
                cohort = self._new_cohort(st, text, rec, v, lo, ev)
                if cohort is False:
                    return  # the value is tied to a therapy no arm has: leave it out
                arm = cohort
            if arm is None and self._foreign_therapy(st, text, rec, v):
                return  # "the ORR was 30% with trastuzumab plus lapatinib", a regimen no arm of the trial has
            if arm is None and len(st.arms) == 1:
                if self._clause_of_other_therapy(st, text, rec, v):
                    return  # "..., whereas adagrasib monotherapy achieved an ORR of 19%": another regimen's value
                arm = st.arms[0]
            if arm is None:
                before = self.arm_refs(st, text, rec, 0, lo)
                own = {a.id: a for p, a in before if not _CLAUSE_SEP.search(text, p, v.start)}
                if len({a.id for _, a in before}) == 1:
                    arm = before[0][1]
                elif len(own) == 1:
                    arm = next(iter(own.values()))  # "..., and entrectinib resulted in an ORR of 57%": its clause's arm
            if arm is not None:
                told, label = _after_label(text[v.end:hi])
                self._add(arm, metric, v, ev, label if told and label else subgroup)
            return
        # "adding cetuximab to FOLFIRI increased the ORR from 40% to 57%": the control's value, then the experimental arm's
        if len(fitting) == 2 and len(st.arms) == 2 and re.search(
                r"\bfrom\s*$", text[max(lo, fitting[0].start - 8):fitting[0].start], re.I) and \
                re.fullmatch(r"\s*(?:%|months?|mo)?\s*to\s*", text[fitting[0].end:fitting[1].start], re.I):
            self._add(st.arms[0], metric, fitting[1], ev, subgroup)  # the experimental arm first: a ratio that
            self._add(st.arms[1], metric, fitting[0], ev, subgroup)  # follows ("(HR 0.83)") is its ratio
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
        # "In the group receiving 5.4 mg/kg, the DCR was 86.6%, while it was 85.0% in the group receiving 6.4 mg/kg":
        # each value takes the arm named right after it, else the one named since the value before
        every = self.arm_refs(st, text, rec)
        mixed = []
        prev_end = 0
        for i, v in enumerate(fitting):
            stop = fitting[i + 1].start if i + 1 < len(fitting) else len(text)
            after = [a for p, a in every if v.end <= p <= min(v.end + 45, stop)]
            before = [a for p, a in every if prev_end <= p < v.start]
            mixed.append(after[0] if after else before[-1] if before else None)
            prev_end = v.end
        if all(mixed) and len({a.id for a in mixed}) == len(fitting):
            for v, a in zip(fitting, mixed):
                self._add(a, metric, v, ev, subgroup)
            return
        if len(st.arms) == 1 and len({a.id for _, a in every}) <= 1:
            # one arm, values of several populations: "6.2 months in the AXL-positive cohort vs. 12.1 months in the
            # AXL-negative cohort"; "In the overall population, median OS was 26.1 months; among patients with RAS
            # wild-type tumours, it was 30.2 months"
            labels = _value_labels(text, fitting, 0)
            if labels is not None and all(self._population_cohort(x) for x in labels if x and _LETTERED.fullmatch(x)):
                for v, label in zip(fitting, labels):
                    self._add(st.arms[0], metric, v, ev, label)
                return
        if respectively:
            ordered = list(dict.fromkeys(a for _, a in self.arm_refs(st, text, rec)))
            if len(ordered) == len(fitting):
                for v, a in zip(fitting, ordered):
                    self._add(a, metric, v, ev, subgroup)
                return
        if _unknown_labels(text, st) or any(c not in self.short_forms for c in letter_chains(text, None)) or \
                0 < sum(1 for m in _ARM_LABEL.finditer(text, lo, hi) if m.group(4)) < len(fitting):
            # "18.0 m (A) vs 25.0 m (B)" with arms the design did not label, "for D+P and T+P" with letters the text
            # gave no drug, "18.0 m (A) vs 25.0 m (" cut short (some values labelled, not all): the arms' order is no guide
            return
        order = st.compared if len(st.compared) >= 2 else st.arms
        every = self.arm_refs(st, text, rec)
        named = list(dict.fromkeys(a for _, a in every))
        if len(named) == 2 and _FRONTED_COMPARATOR.search(text[max(0, every[0][0] - 40):every[0][0]]):
            named.reverse()  # "Compared with placebo, fruquintinib improved OS (9.3 vs 6.6 months)": the comparator
            # named first is the second side of the pair
        if len(named) == len(order) and set(named) == set(order) and \
                not re.search(r"\brandomi[sz]|\brandomly\b|\bwith or without\b|\bassigned\b|\ballocated\b", text, re.I):
            order = named  # the order the sentence names the arms in ("patients treated with A ... compared with B")
        elif len(order) == 2 and self._against_order(st, text, rec, order):
            return  # "1.8 vs 1.9 months in the best supportive care vs immunotherapy groups": the one arm the pair
            # names stands where the design's order puts the other
        if len({a.id for a in order}) < len(order):
            return  # two arms of one regimen ("A until progression (arm A) or A then B's maintenance (arm B)" read as
            # A twice): the design's order would put both values on one arm
        k = len(order)
        if k >= 2 and len(fitting) % k == 0 and not _labels_contradict(text, fitting, order, st):
            chunks = [fitting[i:i + k] for i in range(0, len(fitting), k)]
            ok = all(any(re.search(rf"{_VS}|\b(?:compared (?:with|to)|and)\b|;", text[a.end:b.start], re.I)
                         for a, b in zip(c, c[1:])) for c in chunks)
            if ok and (respectively or any(re.search(_VS, text[c[0].end:c[-1].start], re.I)
                                           for c in chunks) or len(chunks) == 1):
                labels = _chunk_labels(text, chunks, lo) if len(chunks) > 1 else \
                    [subgroup or _run_label(text, chunks[0], len(text))]
                if labels is None and respectively and len(chunks) > 1:
                    labels = _respective_labels(text, chunks)
                    if labels is not None:  # the ratio after each run is of that run's population
                        self._respective_runs[metric] = [
                            (c[-1].end, chunks[i + 1][0].start if i + 1 < len(chunks) else len(text), label)
                            for i, (c, label) in enumerate(zip(chunks, labels))]
                if labels is None:
                    return  # "23.8 vs 19.4 months and 15.5 vs 16.1 months": pairs of one metric whose populations are unread
                for c, label in zip(chunks, labels):
                    for v, a in zip(c, order):
                        self._add(a, metric, v, ev, label)

    def _cohort_part(self, st: TrialState, text: str, rec) -> str | None:
        """The one cohort (or part) of a trial a sentence gives its values for, when the cohort is no arm of its own
        ("Patients in cohort A had an ORR of 45.3%" in a trial whose cohorts, defined by HER2 level, all received
        one regimen): its name ("cohort A"); None when the sentence names two cohorts or the cohort is an arm."""
        names = {m.group(1).lower(): m for m in _COHORT_OF.finditer(text)}
        if len(names) != 1:
            return None
        m = next(iter(names.values()))
        if self.arm_refs(st, text, rec, m.start(1), m.end(1) + 1):
            return None  # "in cohort B (sotorasib plus panitumumab)": an arm
        return _cohort_name(m)

    def _population_for(self, st: TrialState, s: Sentence, text: str, hits) -> str | None:
        """The marker-defined population a results sentence gives its values "for" or "among" ("Median PFS for WT
        KRAS mCRC was ..."), when it is a part of the trial's patients: not in a sentence that names the trial
        ("The X trial evaluated A in HER2-positive mCRC, demonstrating a 32% ORR": the trial's own population),
        nor a population a sentence naming the trial gave as the one it treated, nor in a sentence that gives no
        measure ("... offering data on the durability of A for MSI-H/dMMR mCRC": what the study is about)."""
        label = trials_subgroups.population_named(text)
        if label is None or s.index in st.named or not any(h[2].startswith("metric_") for h in hits):
            return None
        return None if self._enrolled_selects(st, s, label, named_too=True) else label

    def _enrolled_selects(self, st: TrialState, s: Sentence, label: str, named_too: bool = False) -> bool:
        """Whether a sentence naming the trial (other than ``s``) gave a population ``label`` selects as the one the
        trial enrolled (with ``named_too``, first the population it gives its values for)."""
        for i in st.named:
            if i == s.index:
                continue
            norm = self.doc.sentences[i].norm
            population = (named_too and trials_subgroups.population_named(norm)) or trials_subgroups.enrolled_population(norm)
            if population and trials_subgroups.selected_by(population, label):
                return True
        return False

    def _marker_part(self, st: TrialState, s: Sentence, text: str) -> str | None:
        """The marker-defined part of the trial's patients the sentence names ("In the subgroup of 28 patients
        with BRAF mutations, ..."; "BRAF-mutant patients treated with A had ..."); not a marker the trial
        enrolled all its patients by (a sentence naming the trial said so), unless the sentence calls it a part."""
        label = trials_subgroups.sentence_subgroup(text)
        if label is None or trials_subgroups.explicit_part(text):
            return label
        return None if self._enrolled_selects(st, s, label) else label

    def _paragraph_topic(self, st: TrialState, s: Sentence) -> str | None:
        """The marker-defined population a paragraph is about, for a trial the paragraph introduces as enrolling
        a broader population: "The NCCN guidelines recommend ... for patients with BRAF-mutated CRC. The X study
        compared A vs B in untreated patients with mCRC. Sixteen patients received A, ..., with a median OS of
        ..." -> "BRAF-mutated". Only for a trial the paragraph says enrolled patients of no marker status (not one
        that enrolled patients with a marker, nor one whose population the paragraph does not state)."""
        first = s.index
        while first > 0 and s.index - first < 8 and not self._paragraph_break(first - 1, self.doc.sentences[first]):
            first -= 1
        intro = next((i for i in st.named if first <= i < s.index), None)
        if intro is None:
            return None
        enrolled = trials_subgroups.enrolled_population(self.doc.sentences[intro].norm)
        if enrolled is None or not trials_subgroups.unselected(enrolled):
            return None
        trials = {i for other in self.states.values() for i in other.named}  # a sentence about a trial is no topic
        labels = {trials_subgroups.topic_population(self.doc.sentences[i].norm)
                  for i in range(first, intro) if i not in trials} - {None}
        if len(labels) != 1:
            return None
        label = labels.pop()
        # "The X trial compared A with B in patients with mCRC, BRAF-mutant ones included": the trial's own context
        return None if trials_subgroups.selected_by(self.doc.sentences[intro].norm, label) else label

    def _subset_of_previous(self, s: Sentence, text: str) -> str | None:
        """"Of the 106 patients, 48 (45%) had an objective response with the cetuximab-containing treatment.
        Among these 48 patients, 15 (31%) had an objective response with panitumumab": the values are of the
        part of the study the sentence before counted out, "48 who had an objective response with ..."."""
        if _AFTER_CROSSOVER.match(text):
            return "after crossover"  # "After crossover, the ORR among these patients was ...": the crossed-over patients
        m = _SUBSET_BACK.match(text)
        if m is None or s.index == 0:
            return None
        prev = self.doc.sentences[s.index - 1].text
        n = m.group(1)
        part = re.search(r"(?<![\d.])" + n + r"\s*(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)|of\s+(?:the\s+)?\d+)\s+(?:patients\s+|pts\s+)?"
                         r"((?:had|were|was|showed|achieved|experienced|responded|developed|harbou?red)\b[^.;,()]{3,80})", prev)
        return f"{n} who {part.group(1).strip()}" if part else None

    def _previous_subgroup(self, s: Sentence, text: str) -> str | None:
        """The subgroup the sentence before named, when this sentence's values are of it: "A benefit was seen in
        the better-prognosis subgroup. Median OS was 16.2 and 13.1 months" (the sentence before gives no values
        and reports a finding, not a plan), or "In this subgroup, median OS was ..." (a reference back)."""
        if s.index == 0:
            return None
        prev = self.doc.sentences[s.index - 1].norm
        back = _BACK_TO_GROUP.search(text)
        if not back and (_OWN_POPULATION_OPENER.match(text) or not _FINDING.search(prev) or _values(prev)[0]):
            return None
        m = _NAMED_SUBGROUP.search(prev)
        if m and not _NOT_A_GROUP_WORD.fullmatch(m.group(1).split()[0]):
            return re.sub(r"\s+", " ", m.group(1))
        if not back:
            return None
        counted = _COUNTED_BEFORE.search(prev)
        # "210 had left-sided tumours. In this subgroup, ...": those patients
        return _subgroup(prev) or trials_subgroups.sentence_subgroup(prev) or \
            (f"{counted.group(1)} who {counted.group(2).strip()}" if counted else None)

    def _leading_cohort(self, st: TrialState, text: str, rec, ev):
        """The arm a sentence opens with ("Among the 32 patients who received adagrasib monotherapy, the ORR was
        19%"): that arm (a cohort arm made for a one-drug cohort the trial had not named), None when the sentence
        does not open so, False when the group is none of the arms and not a cohort of one drug."""
        m = re.match(r"\s*(?:among|in|for)\s+(?:the\s+|all\s+)?(?:[\d,]+\s+)?(?:patients|participants|those)\s+(?:who\s+)?"
                     r"(?:received|receiving|were treated with|treated with|were given|given)\s+(?:the\s+)?", text, re.I)
        if not m:
            return None
        tied = [t for t in self.therapies(text, rec) if m.end() <= t.start <= m.end() + 2]
        if not tied:
            return None
        t = tied[0]
        after = text[t.end:t.end + 30]
        arm = self._arm_for_therapy(st, t.entity, after)
        if arm is not None:
            return arm
        if re.match(r"[-\s]?(?:alone|monotherapy|only|single[- ]agent)\b", after, re.I) or \
                not any(t.entity.id in self._components(st, a) for a in st.arms):
            if t.entity.id in _NOT_ARMS or t.entity.category == "DrugClass":
                return False
            arm = add_arm(self.out, st.trial, t.entity, ev)
            st.regimens[arm.id] = as_regimen(self.ctx, t.entity)
            if arm not in st.every:
                st.every.append(arm)
            return arm
        return False

    def _foreign_therapy(self, st, text, rec, v) -> bool:
        """Whether the value is tied ("30% with X", "5.6 months for patients receiving X") to a therapy that
        is none of the trial's arms nor a part of one."""
        m = re.match(r"\s*(?:%|months?|mo)?\s*(?:\([^)]*\)\s*)?(?:,\s*)?(?:with|for|on|in|among|by)\s+(?:the\s+)?"
                     r"(?:(?:patients|those)\s+(?:who\s+)?(?:receiving|received|treated with|given)\s+)?", text[v.end:v.end + 60],
                     re.I)
        if not m:
            return False
        start = v.end + m.end()
        tied = [t for t in self.therapies(text, rec) if start <= t.start <= start + 3]
        if not tied:
            return False
        t = tied[0]
        if self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25]) is not None:
            return False
        parts = set(self.ctx.combination_parts.get(t.entity.id, ())) or \
            set(self.ctx.vocab.regimen_components.get(t.entity.id, ())) or {t.entity.id}
        if _ALONE.match(text, t.end):
            # "39.3 months with nivolumab monotherapy": the drug by itself, which no arm of the combination is
            return not any(parts == self._components(st, a) for a in st.every or st.arms)
        return not any(parts <= self._components(st, a) or t.entity.id in self._components(st, a) or
                       t.entity.id == getattr(st.regimens.get(a.id), "id", None) for a in st.every or st.arms)

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
        found = []
        for pos, value, p in hrs:
            before = [m for m in metrics if m[0] < pos and m[2] in ("mPFS", "mOS")]
            after = [m for m in metrics if pos <= m[0] <= pos + 25 and m[2] in ("mPFS", "mOS")]
            nearest = [m for m in metrics if m[0] < pos]
            if nearest and nearest[-1][3] == [TIME_SLOT] and (not before or nearest[-1][0] > before[-1][0]):
                continue  # "PFS (HR 0.71) and PFS2 (HR 0.85)": the second ratio is of a measure the reader does not record
            paired = next((m for a, b, m in getattr(self, "_pair_metrics", ()) if a <= pos < b), None)
            if paired:
                metric = paired  # "13.9 vs 12.1 months (HR 0.81) and 45.3 vs 41.9 months (HR 0.85)" for "PFS and OS"
            elif before:
                metric = before[-1][2]
            elif after:
                metric = after[0][2]
            elif risk := _RISK_OF.search(text[max(0, pos - 60):pos]) or _HR_FOR.match(text, pos):
                metric = "mOS" if risk.group("death") else "mPFS"  # "the risk of disease progression was reduced (HR 0.70)"
            else:
                continue
            if 0.05 <= value <= 5:
                found.append((pos, value, p, metric))
        owners_of: dict[str, list] = {}  # the arm named after each ratio, per metric (when a metric has several)
        blocked = _marker_group_ratios(text, [q for q, _, _ in hrs])
        found = [f for f in found if f[0] not in blocked]
        for pos, value, p, metric in found:
            label = subgroup or _bracket_population(text, pos)
            same = [q for q, _, _, m in found if m == metric]
            if len(same) > 1 and metric not in owners_of:
                owners_of[metric] = [self._hr_arm(st, text, rec, q) for q in same]
            owners = owners_of.get(metric, []) if len(same) > 1 else []
            named = owners[same.index(pos)] if owners else None
            if named is not None and sum(a is not None and a.id == named.id for a in owners) == 1:
                # "HR 0.52 for the triplet and 0.60 for the doublet": each ratio is the arm named after it
                add_outcome(self.out, named, "HR_" + metric[1:], value, ev, subgroup=label, p=p)
                continue
            if len(same) > 1:
                # several hazard ratios of one metric: each needs the population it was read in
                # ("left-sided population (... HR 0.82) and the overall population (... HR 0.84)")
                prev = max([q for q in same if q < pos], default=0)
                head = _COLON_LABEL.search(text, prev, pos)
                heads = {a.id: a for _, a in self.arm_refs(st, text, rec, head.start(1), pos)} if head else {}
                if len(heads) == 1:
                    # "(triplet: HR 0.52; ...; doublet: HR 0.60; ...)": the list item's head is an arm, the ratio its
                    add_outcome(self.out, next(iter(heads.values())), "HR_" + metric[1:], value, ev, subgroup=subgroup, p=p)
                    continue
                told, label = _colon_label(text[prev:pos]) if not heads else (False, None)
                if not told:
                    told, label = _chunk_label(text[prev:pos])
                if not told:
                    # "in the RAS WT (12.8 vs 10.1 months; HR = 0.68 ...)": the population the ratio's bracket is of
                    label = _bracket_population(text, pos)
                    told = label is not None
                if not told:
                    runs = getattr(self, "_respective_runs", {}).get(metric) or []
                    label = next((run_label for a, b, run_label in runs if a <= pos < b), None)
                    told = label is not None
                if not told:
                    continue
            placed = self._placed.get(metric) or []
            rates = getattr(self, "_landmarks", {}).get(metric) or []
            if not placed and len(rates) == 2 and len(st.arms) == 2 and rates[0].end < pos and \
                    (rates[0].number - rates[1].number) * (value - 1) > 0:
                continue  # "59.9% in arm A versus 49.0% in arm B (HR=1.51)": a ratio of the second arm to the first
                # (the first arm did better), not of the first arm the ratio would go to
            against_control = _HR_VS_CONTROL.match(text[pos:pos + 40])
            if len({a.id for a in placed}) == 1 and placed[0].id != (st.compared or st.arms)[0].id and not against_control:
                continue  # "not reached with the combination versus 39.3 months with nivolumab (HR 0.62)": the one
                # arm with a value is not the experimental arm the ratio belongs to
            refs = [a for q, a in self.arm_refs(st, text, rec) if q < pos]
            if not placed and not refs and self._sides_not_arms(text, rec, pos):
                continue  # "XELOX was as effective as FOLFOX4 (HR 1.04)": a comparison of two therapies no arm is
            if not placed and len({a.id for a in refs}) == 1 and not against_control and \
                    self._add_on_control(st, refs[0]):
                continue  # "median IrPan = 10.4 mo, Ir = 10.5 mo, HR 0.91": the one arm named before the ratio is
                # the control of an add-on design, which the ratio measures against, not the arm it belongs to
            arm = placed[0] if placed else (refs[0] if refs else (st.compared or st.arms)[0])
            add_outcome(self.out, arm, "HR_" + metric[1:], value, ev, subgroup=label, p=p)

    def _add_on_control(self, st: TrialState, arm: Entity) -> bool:
        """Whether ``arm`` is the control of an add-on design: its therapies are a strict part of another arm's
        ("irinotecan" beside "irinotecan + panitumumab", "FOLFIRI" beside "FOLFIRI + cetuximab")."""
        def drugs(a: Entity) -> set[str]:  # a named regimen among the parts stands for its drugs
            return {d for c in self._components(st, a) for d in (self.ctx.vocab.regimen_components.get(c) or (c,))}
        own = drugs(arm)
        return bool(own) and any(other.id != arm.id and own < drugs(other) for other in st.arms)

    def _sides_not_arms(self, text: str, rec, pos: int) -> bool:
        """Whether the sentence compares two therapies before the ratio at ``pos`` ("A was as effective as B",
        "A versus B"); asked when neither names an arm, so that the ratio belongs to no arm the reader knows."""
        named = [t for t in self.therapies(text, rec) if t.end <= pos]
        return any(a.entity.id != b.entity.id and _SIDES_COMPARED.fullmatch(text, a.end, b.start)
                   for a, b in zip(named, named[1:]))

    def _population_cohort(self, label: str) -> bool:
        """Whether the document defines the lettered cohort ``label`` ("cohort A") as a group of patients of the
        one arm: named in brackets after who they are ("... two or more prior lines (cohort B)") or opening a
        description ("cohort A (n = 40)", "cohort A: ...", "cohort A included ..."); a cohort the document gives
        its own therapy ("cohort B received A plus B") or never defines is no population of the one arm (asked once
        per label: the answer is the whole document's)."""
        known = self._cohort_kinds.get(label)
        if known is None:
            known = self._cohort_kinds[label] = self._defines_population_cohort(label)
        return known

    def _defines_population_cohort(self, label: str) -> bool:
        """The document-wide search behind :meth:`_population_cohort`."""
        name = re.escape(label).replace(r"\ ", r"\s+")
        if re.search(rf"\b{name}\s+(?:\w+\s+){{0,2}}?(?:received|was\s+treated|were\s+treated|was\s+given|were\s+given)\b",
                     self.doc.text, re.I):
            return False
        return re.search(rf"\(\s*{name}\s*[),;]|\b{name}\s*[(:]|\b{name}\s+(?:included|enrolled|comprised|consisted\s+of)\b",
                         self.doc.text, re.I) is not None

    def _against_order(self, st: TrialState, text: str, rec, order: list) -> bool:
        """Whether an arm the sentence names as one side of "X vs Y" stands on the side the design's ``order`` gives
        the other arm (named first but second in ``order``, or named after "vs" but first in ``order``)."""
        for pos, arm in self.arm_refs(st, text, rec):
            if arm.id not in {a.id for a in order}:
                continue
            second = _AFTER_VS.search(text[max(0, pos - 30):pos]) is not None
            first = not second and _BEFORE_VS.match(text, pos) is not None
            if (first and arm.id == order[1].id) or (second and arm.id == order[0].id):
                return True
        return False

    def _hr_arm(self, st: TrialState, text: str, rec, pos: int) -> Entity | None:
        """The arm a hazard ratio at ``pos`` is said to be for, right after its value ("0.60 for the doublet")."""
        m = re.match(rf"(?:hazard ratio|HR)?[^\d]{{0,12}}?{_NUM}\s+(?:for|in|with)\s+(?:the\s+)?", text[pos:pos + 40], re.I)
        if m is None:
            return self._bracketed_hr_arm(st, text, rec, pos)
        at = pos + m.end()
        refs = [a for q, a in self.arm_refs(st, text, rec, at, at + 30) if q == at]
        return refs[0] if refs else None

    def _bracketed_hr_arm(self, st: TrialState, text: str, rec, pos: int) -> Entity | None:
        """The arm a hazard ratio opening a bracket is of, when the bracket follows a value's arm and the ratio names
        the arm it is measured against: "8.87 months in the A/B group (hazard ratio [HR] vs C = 1.00, P = .99)" is
        A + B's ratio, not C's."""
        if not _HR_VERSUS.match(text[pos:pos + 40]):
            return None
        opened = re.search(r"\(\s*$", text[max(0, pos - 3):pos])
        if opened is None:
            return None
        paren = max(0, pos - 3) + opened.start()
        refs = [(q, a) for q, a in self.arm_refs(st, text, rec, max(0, paren - 60), paren)]
        if not refs:
            return None
        q, arm = refs[-1]
        if not re.fullmatch(r"[\w\-/+ ]{1,50}?(?:\s+(?:group|arm|cohort))?\s*", text[q:paren], re.I) or \
                re.search(r"\d", text[q:paren]):
            return None
        against = [a for _, a in self.arm_refs(st, text, rec, pos, pos + 40)]
        if not against or against[0].id == arm.id:
            return None
        return arm

    def _dosed_combination_arm(self, st: TrialState, text: str, rec, ref: tuple[int, Entity]) -> Entity | None:
        """The arm a count after a therapy belongs to (``ref``: where the reference to the arm starts, and the arm). A
        therapy joined by "plus" to a therapy before it whose dose stands between them ("A 6 mg/kg every 2 weeks plus
        B (n = 231)") is part of that combination: the count is the combination's arm, never B's alone (no such arm,
        or two: no arm for it)."""
        pos, arm = ref
        therapies = [t for t in self._unmerged(text, rec) if t.entity.category in THERAPY]
        after = next((t for t in therapies if t.start == pos), None)
        before = [t for t in therapies if t.end <= pos]
        own = st.regimens.get(arm.id, arm)
        if after is None or not before or after.entity.id not in (own.id, own.attr("monotherapy")):
            return arm  # the reference is no bare therapy standing for its own arm
        raw = text[before[-1].end:pos]
        if "(" in raw or not _DOSE.search(raw) or not _DOSED_COMBINATION_JOIN.fullmatch(_GAP_NOISE.sub(" ", raw)):
            return arm  # no dose between them (a combination the recogniser reads whole), or no join
        regimen, _ = _regimen_of([before[-1], after], self.ctx)
        combined = [a for a in st.arms if st.regimens.get(a.id, a).id == regimen.id]
        return combined[0] if len(combined) == 1 else None

    def _listed_counts(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """Counts that share the bracket right after an arm's therapy with its dosing or its ratio ("atezolizumab
        (1,200 mg every 3 weeks; n = 90)"): the count of the arm that therapy stands for (a bare "(n = 90)" is read
        in _numbers)."""
        listed = [m for m in _N_LISTED.finditer(text) if not _N_EQ.fullmatch(m.group(0))]
        therapies = [t for t in self._unmerged(text, rec) if t.entity.category in THERAPY] if listed else []
        for m in listed:
            before = [t for t in therapies if t.end <= m.start() and _OF_THERAPY_GAP.fullmatch(text[t.end:m.start()])]
            if not before:
                continue
            t = strategy_head(text, therapies, before[-1])  # "third-line C (sequential treatment; n=410)": the strategy's arm
            refs = [a for p, a in self.arm_refs(st, text, rec, t.start, t.end) if p == t.start]
            if not refs:
                # "sotorasib at 240 mg plus panitumumab (n = 53; ...)": the arm the therapy's own phrase names (its dose)
                lo = max([k.end() for k in re.finditer(r"[,;()]", text[:t.start])], default=0)
                refs = [a for _, a in self.arm_refs(st, text, rec, lo, m.start())]
            if len({a.id for a in refs}) == 1:
                self._add(refs[0], "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, subgroup)

    def _numbers(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        sized = len(st.arms) >= 2 and _N_VERB.search(text) is not None and _N_EVENTS.search(text) is None
        spelled = self._spelled(text, rec)
        for m in list(_N_EQ.finditer(text)) + [b for b in _N_BRACKET.finditer(text) if sized]:
            # "fruquintinib (n = 461) or placebo (n = 230)": the therapy or arm named right before
            head = re.split(r"[,;:]", text[max(0, m.start() - 70):m.start()])[-1]
            placed = [(p, a) for p, a in self.arm_refs(st, text, rec, max(0, m.start() - 70), m.start())
                      if not any(lo <= p < hi for lo, hi in spelled)]  # not a word of the trial's spelled-out name
            refs = [a for _, a in placed]
            if not refs and not _N_OWNER.search(head):
                continue  # "diarrhea (n = 7)": a count of events, not of the patients an arm enrolled
            if _SHARE_OF_PATIENTS.search(head):
                continue  # "Twenty percent of patients (n = 5) had grade 3 events": the count of a share, not of the sample
            if refs and _ANALYSIS_HEAD.search(head):
                continue  # "an analysis of the predictive value of BRAF status on cetuximab efficacy (n=59)": a subset's count
            # "cohort A (n = 53) had patients who were IHC 3+": the count of a cohort that is no arm of its own
            cohort = _LETTER_COHORT.search(head)
            if cohort and not self.arm_refs(st, text, rec, m.start() - len(head) + cohort.start(1), m.start()):
                label = subgroup or _cohort_name(cohort)
            else:
                label = subgroup
            phase_part = _PHASE_PART_HEAD.search(head)
            if phase_part and not label and "/" in (st.trial.attr("phase") or ""):
                # "RP2D was 3 mg/kg in the phase 1b study (n=7)" of a phase Ib/II trial: the count of that part
                label = " ".join(phase_part.group(1).split())
            if refs and self._alternatives_counted(st, text, placed):
                continue  # "A or B plus C (n = 243)": the count of the group given either, no one arm's
            if refs:
                arm = self._dosed_combination_arm(st, text, rec, placed[-1])
                if arm is not None:
                    self._add(arm, "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, label)
            elif len(st.arms) == 1:
                self._add(st.arms[0], "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, label)
            elif not st.arms and any(t.entity.id == st.trial.id and _AFTER_TRIAL_NAME.fullmatch(text[t.end:m.start()])
                                     for t in rec.mentions):
                # "patients with KRAS wild-type tumours enrolled in the OPUS (...) study (n=82)": the count of the
                # marker-defined patients the sentence names, kept with their label (none named: no count read)
                marker = label or trials_subgroups.topic_population(text[:m.start()])
                if marker:
                    self._add(st.trial, "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, marker)
        if len(st.arms) >= 2:
            self._listed_counts(st, text, rec, ev, subgroup)
        self._arm_sized: set[int] = set()  # counts read as one arm's group size (no count of the trial)
        if not subgroup:
            self._arm_counts(st, text, rec, ev)
        self._population_counts(st, text, ev)
        # (a count split between arms, "218 pts (arm A/B: 73/145)", is the trial's even when one arm was read)
        owner = st.arms[0] if len(st.arms) == 1 and not re.search(r"randomi[sz]|randomly", text, re.I) and \
            not _ARM_SPLIT.search(text) else st.trial
        found = False
        # "In the second stage, 42 patients were enrolled"; "[For BRAF-mutant patients, ...] 16 patients received A"
        part = subgroup if _PART_OF_STUDY.search(text) or subgroup == getattr(self, "_inherited", None) else None
        first = None
        for m in sorted(list(_N_PATIENTS.finditer(text)) + list(_N_ELIDED.finditer(text)) + list(_N_EVALUABLE.finditer(text))
                        + list(_N_BRACKETED.finditer(text)), key=lambda x: x.start()):
            n = _count(m.group(1))
            if m.re is _N_EVALUABLE.regex:
                # the evaluable part of the sample the sentence counted first, on the same owner
                if found and first is not None and n < first and not subgroup and \
                        not any(o.start() < m.start(1) < o.end() for o in _N_PATIENTS.finditer(text)):
                    self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev,
                              part or self._evaluable_label(text, m))
                continue
            labelled = _LABELLED_PART.fullmatch(text, 0, m.start())
            if labelled:
                # "Arm 2 enrolled 21 patients": the count of one labelled part, its arm's when the label names one,
                # else the trial's, kept with the part's label (not the whole sample)
                if n is None or not 2 <= n <= 5000:
                    continue
                refs = {a.id: a for _, a in self.arm_refs(st, text, rec, 0, m.start())}
                owner_of_part = next(iter(refs.values())) if len(refs) == 1 else st.trial
                label = part or subgroup or (None if refs else labelled.group(1).lower())
                self._add(owner_of_part, "n", Value(m.start(1), m.end(1), float(n), ""), ev, label)
                continue
            if n is None or not 2 <= n <= 5000 or m.start(1) in self._arm_sized or not self._sample_count(text, rec, m):
                continue
            if _in_counts_respectively(text, m.start(1), m.end(1)):
                continue  # "823 and 230 patients were assigned to the A and B cohorts, respectively": each a part's count
            if subgroup and not part and subgroup.lower() in _count_phrase(text, m).lower():
                # "Among 123 patients with ... no active liver metastases, the ORR was 20%": the count of that subgroup
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
                continue
            if subgroup and subgroup.lower() in text[max(0, m.start() - 60):m.end() + 60].lower() and not part:
                continue  # the patients of a subgroup, not the study's (a part of the study keeps its own count)
            if self._counted_into_groups(st, text, rec, m, owner, ev):
                continue
            evaluable = self._evaluable_label(text, m)
            # "Sixteen patients received FOLFOXIRI plus bevacizumab, and 12 patients received FOLFIRI plus bevacizumab"
            # the one arm the count's clause names ("42 patients were enrolled to receive the 5.4 mg/kg dose")
            arm = None
            clause = text[m.end():]
            clause = clause[:re.search(r"[,;]|\bwhile\b|\bwhereas\b|\band\s+(?:the\s+)?(?:\d|others\b|remaining\b|rest\b)|$",
                                       clause).start()]
            if len(st.arms) >= 2 and re.match(r"\s*(?:(?:with\s+(?:(?!(?:who|that|which|and|or)\b)[^\s,;():]+\s+){1,4}?)?(?:were|had been|was)\s+)?"
                                              r"(?:randomi[sz]ed\s+and\s+)?(?:received|receiving|treated|given|"
                                              r"enrolled|included|assigned|allocated|in)\b", clause, re.I) and \
                    not re.search(r"\b(?:or|versus|vs|each|both|either|all)\b", clause, re.I) and \
                    not _RANDOMISED_TO.search(clause) and \
                    not re.match(r"\s*,?\s*(?:" + _OPTIONAL.pattern + ")", text[m.end() + len(clause):], re.I) and \
                    not _OPTIONAL.search(clause):
                # (not "140 patients received A plus B, with or without C": the patients of both arms; "193 pts with
                # RAS-wt mCRC were randomized and treated with A": the patients described, then their arm)
                refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.end(), m.end() + len(clause))}
                if len(refs) == 1:
                    arm = next(iter(refs.values()))
            if arm is None and len(st.arms) >= 2 and re.match(r"[^,;.]{0,40}?\b(?:to|in)\s+each\s+(?:group|arm|cohort)\b",
                                                               text[m.end():], re.I):
                for each in st.arms:  # "246 patients were assigned to each group"
                    self._add(each, "n", Value(m.start(1), m.end(1), float(n), ""), ev, None)
                found = True
            elif arm is not None:
                # "In the subgroup of 28 patients with BRAF mutations, 16 patients received A": that subgroup's arm
                self._add(arm, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or subgroup)
            elif _PARALLEL_COUNT.match(text, m.end() + len(clause)) and "(" not in clause:
                # "Nineteen patients were randomized to CBI and 17 to CI", "45 patients were randomized in arm A and 87
                # in arm B": one group's count beside another's, the whole sample neither
                continue
            elif _GROUP_LABEL.search(clause) or _OTHER_GROUP_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _OTHER_GROUP_AFTER.match(text, m.end() + len(clause)):
                # "71 patients received A only (non-B group), while the other 71 patients received B (B group)": a
                # group's count, no arm of which is read, not the trial's
                continue
            elif not found:
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or evaluable)
                found = True
                first = n

    def _counted_into_groups(self, st: TrialState, text: str, rec, m: re.Match, owner: Entity, ev) -> bool:
        """A count of patients put into groups that are no arms ("27 and 25 patients were assigned to tissue-positive
        and ctDNA-positive groups"): each count is the size of its group, recorded with that group as its subgroup
        when counts and groups pair one to one, else not at all; returns whether the count was such a one."""
        into = _INTO_GROUPS.match(text, m.end())
        if into is None or self.arm_refs(st, text, rec, into.start("groups"), into.end("groups")):
            return False
        labels = [w for w in _GROUP_LIST_SEP.split(into.group("groups")) if w]
        if not labels or not all(_population_words(w) for w in labels):
            return False  # "assigned to each group", "to the experimental group": the arms'
        before = _COUNTS_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
        counts = [int(c) for c in re.findall(r"\d+", before.group(0))] if before else []
        counts.append(_count(m.group(1)) or 0)
        if len(counts) == len(labels):
            for n, label in zip(counts, labels):
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, label)
        return True

    def _listed_phase(self, s: Sentence, rec) -> None:
        """A list of trials introduced by their phase ("Pivotal phase II trials, including HERACLES A, MyPathway
        and MOUNTAINEER, ..."; "Recent phase II trials—MOUNTAINEER and DESTINY-CRC01—demonstrated ..."): each
        listed trial has that phase (up to a phase the sentence names next)."""
        text = s.norm
        cue = _PHASE_LIST.search(text)
        if cue is None:
            return
        trials = [m for m in rec.mentions if m.entity.category == "Trial"]
        if len({m.entity.id for m in trials}) < 2 or any(m.start < cue.start() for m in trials):
            return
        stop = re.search(r"\bphase\b", text[cue.end():], re.I)
        end = cue.end() + stop.start() if stop else len(text)
        phase = phase_of(cue.group(0))
        for m in trials:
            if m.start < end:
                trial = trial_entity(m.entity, phase)
                self.out.entity(trial)
                st = self._state(trial, s)
                if "phase" not in dict(st.trial.attributes):
                    st.trial = trial_entity(st.trial, phase)

    def _paired_trials(self, s: Sentence, rec) -> None:
        """A sentence that lists several trials each right after its regimen ("Trastuzumab plus lapatinib
        (HERACLES-A), Trastuzumab plus tucatinib (MOUNTAINEER), ..."): each trial tested the regimen before it."""
        trials = [m for m in rec.mentions if m.entity.category == "Trial"]
        if len({m.entity.id for m in trials}) < 2:
            return
        text = s.norm
        therapies = [t for t in rec.merged() if t.entity.category in THERAPY]
        pairs = []
        for m in trials:
            if not re.match(r"\s*(?:trial|study)?\s*\)", text[m.end:]):
                continue
            before = [t for t in therapies if t.end <= m.start]
            if not before or not re.fullmatch(r"\s*\(\s*", text[before[-1].end:m.start]):
                continue  # "(HERACLES-A)" right after "Trastuzumab plus lapatinib", nothing between
            # the regimen starts the list item: after a list separator or the list's lead-in
            lead = text[:before[-1].start]
            if not re.search(r"(?:[,;:]|\bincluding|\bsuch as|\band|\bor|\be\.g\.,?|\d|[¹²³⁰-⁹]+)\s*$", lead):
                continue
            pairs.append((m, before[-1]))
        if len(pairs) < 2:
            return  # one pair is the focus reading's to make
        ev = self.out.evidence(s)
        for m, therapy in pairs:
            if therapy.entity.id in _NOT_ARMS:
                continue
            trial = trial_entity(m.entity, None)
            self.out.entity(trial)
            st = self._state(trial, s)
            if not st.arms:
                self._set_arms(st, [(therapy.entity, ())], ev)
        self.out.mentions(rec, ev)

    def _population_counts(self, st: TrialState, text: str, ev) -> None:

        """Counts of a population the trial holds, kept with that population: "In total, 604 patients had
        left-sided tumors" (n, left-sided tumors), "83 patients were screened" (n, screened)."""
        owner = st.arms[0] if len(st.arms) == 1 else st.trial
        for m in _N_STATUS.finditer(text):
            # a marker's share is that population's size even within an analysed part ("Among these, 179 (57%) were
            # KRAS wild type")
            n = _count(m.group(1))
            if n is not None and 2 <= n <= 5000:
                label = re.sub(r"(mutation)s$", r"\1", m.group("status"))
                self._add(owner, "n", Value(m.start(), m.start("status"), float(n), ""), ev, label)
        if re.match(r"\s*(?:of|among|in)\s+(?:these|them|those|whom|this group)\b", text, re.I):
            return  # "Of these, 5 patients had left-sided tumours": a part of a part
        for m in _N_HAD.finditer(text):
            n = _count(m.group(1))
            label = re.sub(r"^an?\s+", "", m.group(2))
            if n is None or not 2 <= n <= 5000 or _N_HAD_NOT.search(label) or \
                    re.search(r"\b(?:of|among)\s+(?:the(?:se)?\s+|them\s*)?$|\d\s*%?\s*$", text[max(0, m.start() - 25):m.start()], re.I):
                continue  # "12 patients had stable disease", "of these, 5 patients had ..." (a part of a part)
            if not re.search(r"\b(?:sided|MSI|MSS|dMMR|pMMR|mutant|mutated|wild[- ]type|positive|negative|amplified|colon|rectal|"
                             r"liver|metastatic|primary)\b", label, re.I):
                continue
            self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, label)
        for m in _N_MARKER.finditer(text):
            n = _count(m.group(4))
            if n is not None and 2 <= n <= 5000 and not re.match(r"\s*%|\s*\(", text[m.end(4):]):
                alt = re.sub(r"(mutation|amplification|fusion)s$", r"\1", m.group("alt") or "")
                label = f"{m.group('marker')}{alt} {m.group('verb')}"
                self._add(owner, "n", Value(m.start(4), m.end(4), float(n), ""), ev, label)
        for m in _N_SCREENED.finditer(text):
            n = _count(m.group(1) or m.group(2))
            if n is not None and 2 <= n <= 20000:
                self._add(st.trial, "n", Value(m.start(1), m.end(1), float(n), ""), ev, "screened")

    @staticmethod
    def _evaluable_label(text: str, m) -> str | None:
        """The label of a count of evaluable patients ("17 evaluable for efficacy" -> "evaluable for efficacy"): a
        count kept apart from the enrolled sample, which stays the arm's n."""
        e = _N_EVALUABLE_AFTER.match(text, m.end(1))
        if not e:
            return None
        return f"evaluable for {e.group(1).lower()}" if e.group(1) else "evaluable"

    def _sample_count(self, text: str, rec, m) -> bool:
        """Whether the count ``m`` ("28 patients", "77 were treated") is the number of patients a study
        enrolled, treated or analysed, judged within its clause."""
        bounds = [0] + [x.end() for x in re.finditer(r"[;:]|,\s*(?:and|while|whereas|but|of whom|of which)\b|\band\b|,(?=\s)",
                                                      text[:m.start()])]
        lo = bounds[-1]
        split = _ARM_SPLIT.match(text, m.end())  # "218 pts (arm A/B: 73/145) were enrolled": the split is no clause's end
        # ("18 patients (50% men; median age 56 years) were enrolled": who they were, in brackets, is no clause's end)
        demographic = _DEMOGRAPHIC_ASIDE.match(text, m.end())
        split = split or demographic
        after = m.end() + (len(split.group(0)) if split else 0)
        # (a comma or semicolon inside brackets ends no clause: "47 patients who had received ... (all had received A,
        # B, and C; most had also received D) were treated")
        stop = re.search(r"[;:]|,\s|\band\b|\bwhile\b|\bwhereas\b", _BRACKETS.sub(_blank, text[after:]))
        hi = after + stop.start() if stop else len(text)
        if split and not stop:
            hi = len(text)
        before, clause = text[lo:m.start()], text[lo:hi]
        if re.search(r"\b(?:phase|stage|grade|cohort|arm|part|level)\s*$", before, re.I):
            return False  # "a phase 2 trial patients with ... were enrolled": the number names the phase, counts no one
        if _N_ADDED.match(text, m.end(1), m.end()):
            return False  # "30 further patients were recruited": patients added to a first group, not the whole sample
        if _N_PLANNED_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _N_PLANNED_AFTER.match(text, m.end(), hi):
            return False  # "the design required 85 patients to be included": a planned sample size, not the sample
        # "106 patients who experienced progression on cetuximab were enrolled": what the enrolled patients had
        # been through is not what the count counts
        clause = re.sub(r"\b(?:who|that)\s+(?:had\s+)?(?:previously\s+)?(?:experienc|progress|relaps|recurr|received\b)\w*\b"
                        r"(?:[^,;()]|\([^()]*\))*?"
                        r"(?=\s+(?:were|was|had been)\s+(?:subsequently\s+)?(?:enrolled|included|randomi[sz]ed|randomly assigned|"
                        r"treated|recruited)\b)", " ", clause)
        late = _N_DESCRIBED.match(text, m.end())
        if late and not _N_PATIENTS.search(text, m.end(), late.end()) and not _N_EVENTS.search(text, m.end(), late.end()) \
                and not re.search(r"%\s*$", before):
            return True  # "1072 patients with progression on A, B, and C were randomized": the patients described first
        if _N_NOT.search(clause) or re.search(r"%\s*$|\d\s*(?:\([^)]*\)\s*)?of\s+(?:the\s+)?$",
                                              before) or re.match(r"\s*\(\s*\d+(?:\.\d+)?\s*%", text[m.end():]) and not demographic:
            return False
        aside = _N_APPOSED.match(text, m.end())
        if aside and _N_PATIENTS_WORD.search(m.group(0)) and not _N_EVENTS.search(aside.group(0)) and \
                not re.search(r"\b(?:of|among)\s+(?:these|them|those)\b", before, re.I):
            # "Thirty-one patients, 48% with ≥4 lines of previous therapies, were treated": an aside between count and verb
            return True
        if _N_LABELLED_PART.match(text, m.end()):
            return False  # "63 patients in cohort B were enrolled": the size of one labelled part, not of the sample
        if _N_TO_LABELLED_ARM.match(text, m.end(1)):
            return False  # "56 patients were randomised to arm A, 55 to arm B": one arm's patients, not the sample
        if m.re is _N_ELIDED.regex or m.re is _N_BRACKETED:
            return True  # ("77 were treated", "patients (n = 153) were randomised": the verb is the count's own)
        if _N_STUDY_IN.search(text[max(0, m.start() - 80):m.start()]):
            return True  # "the phase II PEAK study was conducted in 285 patients"
        if _TRIAL_OF_COUNT.search(text, max(0, m.start() - 40), m.start()):
            return True  # "In this randomized clinical trial of 116 patients with ...": the trial's own sample
        if re.fullmatch(r"\s*(?:Results?\s*:\s*)?(?i:in|among)\s+(?:(?i:all|the)\s+)?", text[:m.start()]) and \
                re.match(r"\s*,\s+(?:the\s+)?(?:median\s+|confirmed\s+|objective\s+)?(?:ORR|RR|DCR|PFS|OS|objective|response|"
                         r"disease control|progression|overall)", text[m.end():], re.I):
            return True  # "In 54 participants, the RR, median PFS, and OS were ...": the sample the results are of
        if re.search(r"\bin\s+(?:a total of\s+)?$", text[max(0, m.start() - 20):m.start()]) and \
                _RESULT_VERB.search(text[:m.start()]) and re.fullmatch(r"\s*(?:\[[\d,\s\-–]+\])?\s*\.?\s*", text[m.end():]) and \
                not _LABEL_WORDS.search(m.group(0)):
            return True  # "larotrectinib generated an ORR of 50% ... in ten mCRC patients[178].": the sample the results are of
        wide = text[max(0, m.start() - 40):m.start()]
        if _N_VERB_BEFORE.search(wide):
            return True
        verb = _N_VERB.search(text[m.end():hi])
        if verb and not re.search(r"\bhad\s+(?:\w+\s+)?$", text[m.end():hi][:30]) and not (
                re.match(r"evaluated|assessed", verb.group(0)) and
                re.match(r"\s+(?:by|for|with|using|in)\b(?!\s+(?:efficacy|response|safety|toxicity))", text[m.end() + verb.end():])):
            return True  # "246 patients were assigned", "1,072 eligible pts were randomized" (not "assessed by FISH")
        # "evaluated nivolumab plus ipilimumab in 119 patients", "tested dabrafenib plus trametinib in 43 patients"
        v = re.search(r"\b(?:evaluat\w*|assess\w*|investigat\w*|test\w*|stud(?:y|ied))\b[^.;]{0,120}\b(?:in|among)\s+(?:a total of\s+)?$",
                      text[max(0, m.start() - 160):m.start()], re.I)
        if v and any(t.entity.category in THERAPY and max(0, m.start() - 160) + v.start() < t.start < m.start() for t in rec.merged()):
            return True
        # "adagrasib plus cetuximab was evaluated in 94 patients"
        passive = re.search(r"\b(?:was|were|has been|have been)\s+(?:\w+ly\s+)?(?:evaluated|assessed|investigated|tested|studied)\s+"
                            r"in\s+(?:a total of\s+)?$", text[max(0, m.start() - 80):m.start()], re.I)
        if passive and any(t.entity.category in THERAPY and t.end <= m.start() - 10 for t in rec.merged()):
            return True
        # "Among 123 patients with ... who received the combination, the ORR was 20%"
        if re.fullmatch(r"(?:.*\b(?:showed|show|found|revealed|indicated)\s+that\s+)?\s*(?:of|in)\s+(?:the\s+|all\s+)?", before,
                        re.I) and re.search(r"\b(?:evaluable|assessable)\b", m.group(0), re.I):
            # "Of 43 evaluable patients, 12 achieved a partial response", "Results ... showed that of 21 evaluable
            # patients, the best overall response was ..."
            return True
        if re.fullmatch(r"\s*(?:(?:Results?\s*:\s*)?(?:of|among))\s+(?:the\s+|all\s+)?", before, re.I) and (
                re.search(r"\b(?:randomi[sz]ed|randomly assigned|enrolled)\s+(?:patients|participants|pts)\b", m.group(0), re.I)
                or _ITT_AFTER.match(text, m.end())) and _WHOLE_SAMPLE_END.match(text, m.end()):
            return True  # "Of the 204 randomized patients, ...", "Of 592 patients in the intention-to-treat population, ..."
        return bool(re.search(r"(?:^|\b)among\s+(?:the\s+|all\s+)?$", before, re.I)) and \
            bool(re.search(r"\b(?:ORR|DCR|PFS|OS|response rate|disease control|survival)\b", text[m.end():], re.I))

    def _arm_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """Per-arm counts in brackets after a total: "1,072 pts were randomized (RAM 536; PBO 536)"; counts
        of arm groups: "with 297 in the FOLFIRI plus cetuximab group and 295 in the FOLFIRI plus bevacizumab group"."""
        if len(st.arms) < 2:
            return
        for m in re.finditer(r"(?<![\d.,])(\d{1,5})\s+(?:patients\s+|pts\s+)?(?:were\s+)?in\s+the\s+", text):
            group = re.match(r"[^,;()]{1,60}?\b(?:group|arm|cohort)\b", text[m.end():])
            if _DEATHS.search(text, 0, m.start()):
                continue  # "675 patients died: 336 in the sequential group and 339 in the combination group": deaths
            if not group or re.search(r"%", text[m.end():m.end() + group.end()]):
                continue
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.end(), m.end() + group.end())}
            if len(refs) == 1:
                self._add(next(iter(refs.values())), "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, None)
        self._group_counts(st, text, rec, ev)
        self._group_sizes(st, text, rec, ev)
        for b in re.finditer(r"\(([^()]{3,80})\)", text):
            if _EVENTS_BEFORE.search(text, max(0, b.start() - 80), b.start()):
                continue  # "The number of PFS events was comparable (A, n = 39; B, n = 43)": events, not each arm's patients
            # ("vanucizumab, n = 94; bevacizumab, n = 95": a comma inside each arm's part, the parts apart by semicolons)
            parts = (_SEMICOLON_SPLIT if _NAMED_COUNTS.fullmatch(b.group(1)) else _BRACKET_PART_SPLIT).split(b.group(1))
            if len(parts) < 2:
                continue
            placed = []
            pos = b.start(1)
            for part in parts:
                at = text.index(part, pos)
                pos = at + len(part)
                m = _BRACKET_ARM_COUNT.fullmatch(part)
                if not m:
                    break
                num = m.group(1) or m.group(4)
                refs = self.arm_refs(st, text, rec, at, at + len(part))
                if len({a.id for _, a in refs}) != 1:
                    break
                placed.append((refs[0][1], num, at + part.index(num)))
            else:
                if len({a.id for a, _, _ in placed}) == len(placed):
                    for arm, num, at in placed:
                        self._add(arm, "n", Value(at, at + len(num), float(num), ""), ev, None)

    def _group_sizes(self, st: TrialState, text: str, rec, ev) -> None:
        """The size each arm's group is said to have, the verb given once: "The A group comprised 278 patients and
        the B group 138" (each group named by its arm, every arm once). The counts are the arms', not the trial's."""
        sizes = list(_GROUP_SIZE.finditer(text))
        if not sizes or sizes[0].group("verb") is None:
            return
        owners = []
        for m in sizes:
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.start("group"), m.end("group"))}
            if len(refs) != 1:
                return
            owners.append(next(iter(refs.values())))
        if len({a.id for a in owners}) != len(owners):
            return
        for m, arm in zip(sizes, owners):
            self._add(arm, "n", Value(m.start("n"), m.end("n"), float(m.group("n")), ""), ev, None)
            self._arm_sized.add(m.start("n"))

    def _group_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """The count of each group a sentence gives with what it received, the verb said once: "63 patients received
        A and 33 received B alone", "612 randomized to receive A and 614, placebo" (placebo for the one arm of a
        two-arm trial that none of the other groups names). Every group must name a different arm."""
        if _NOT_TRIAL_THERAPY.search(text) or _N_EVENTS.search(text):
            return
        groups = [m for m in _GROUP_COUNT.finditer(text) if not _LABEL_BEFORE_COUNT.search(text[max(0, m.start() - 12):m.start()])
                  and not (m.group("to") and not _AND_OR_COMMA_END.search(text[max(0, m.start() - 6):m.start()]))
                  and not (m.group("verb") is None and _YEAR.fullmatch(m.group("n")))]
        # (a bare year is no group: "Between December 2004 and March 2008, 56 patients were randomised to arm A, 55 to arm B")
        # (a bare "N to" counts a group only right after "and" or a comma: "... and 590 to B", not "from 10 to 20")
        if len(groups) < 2 or groups[0].group("verb") is None:
            return
        inert = [t.start for t in self.therapies(text, rec) if t.entity.id in _NOT_ARMS]  # placebo, supportive care
        owners: list[Entity | None] = []
        for k, m in enumerate(groups):
            stop = groups[k + 1].start() if k + 1 < len(groups) else len(text)
            end = _RECEIVED_END.search(text, m.end(), stop)
            refs = [(p, a) for p, a in self.arm_refs(st, text, rec, m.end(), end.start() if end else stop) if p - m.end() <= 25]
            if len({a.id for _, a in refs}) == 1:
                owners.append(refs[0][1])
            elif not refs and any(0 <= p - m.end() <= 3 for p in inert) and len(st.arms) == 2:
                owners.append(None)  # the control arm, once the other group's arm is known
            else:
                return
        named = {a.id for a in owners if a is not None}
        if len(named) != len([a for a in owners if a is not None]) or owners.count(None) > 1:
            return
        if None in owners:
            rest = [a for a in st.arms if a.id not in named]
            if len(rest) != 1 or rest[0] is not st.arms[-1]:
                return
            owners[owners.index(None)] = rest[0]
        for m, arm in zip(groups, owners):
            count = _count(m.group("n"))
            if count:
                self._add(arm, "n", Value(m.start("n"), m.end("n"), float(count), ""), ev, None)

    def _other_therapies(self, text: str, rec, regimen: Entity) -> bool:
        """Whether the sentence gives a therapy that is neither ``regimen`` nor one of its parts ("larotrectinib
        achieved an ORR of 75%, and entrectinib an ORR of 57%": not all of its values are the main regimen's)."""
        held = self._held(regimen) | {regimen.id}
        return any(t.entity.id not in held and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS
                   for t in self.therapies(text, rec))

    def _cited_back(self, s: Sentence, text: str) -> TrialState | None:
        """The trial a sentence refers back to ("the study", "this trial") under the citation marker the sentence
        that named it had, a few sentences on in the same section, after a sentence that cited another source
        ("HERACLES-A ... evaluated A [148]. HER2 positivity was defined ... [149]. The study achieved an ORR of 30%
        [148].")."""
        refs = set(_REFS.findall(text))
        if not refs or not _BACK_REF.search(text):
            return None
        near = [st for st in self.states.values() if st.refs & refs and 0 < s.index - st.last <= NEAR and
                st.section == s.section and not self._paragraph_break(st.last, s)]
        if len(near) != 1:
            return None
        st = self.focus = near[0]
        st.last = s.index
        return st

    def _design_follows(self, st: TrialState, s: Sentence, hits) -> bool:
        """Whether ``s`` gives the design of the trial the sentence right before named ("A randomized trial
        (FOCUS4-X) evaluated A ... . Patients were randomly assigned to two groups: A and B.")."""
        if s.index == 0 or not any(h[2] == "assign" for h in hits):
            return False
        before = self.recognize(self.doc.sentences[s.index - 1])
        return any(m.entity.id == st.trial.id for m in before.mentions if m.entity.category == "Trial")

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
        metrics = [m for m in _metrics(hits, text) if len(m[3]) == 1]
        if not metrics or _REFS.search(text) or not _cohort_part(s):
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

    def _design_pair(self, st: TrialState, drug: Entity) -> tuple[Entity, Entity] | None:
        """The study's two arms as (with the drug, without it), when its design gave two arms and the drug is
        in exactly one of them."""
        if len(st.arms) != 2:
            return None
        holds = [drug.id in self._components(st, a) for a in st.arms]
        if holds.count(True) != 1:
            return None
        return (st.arms[0], st.arms[1]) if holds[0] else (st.arms[1], st.arms[0])

    def _present_study(self) -> Entity | None:
        """The study an article reports of its own when it names none (no trial, no author line): only in a
        research article (it speaks of its own study or cohorts), never in a review."""
        if self._review_header or not (_OWN_PATIENTS.search(self.doc.text) or _OWN_COHORT.search(self.doc.text) or
                                       _OWN_SERIES.search(self.doc.text)):
            return None
        return unnamed_trial(self.doc, "present cohort study")

    def _series_regimen(self) -> Entity | None:
        """The therapy the article's own series of patients received, as the sentence introducing the series names it
        ("a retrospective evaluation of patients receiving trifluridine-tipiracil at our Cancer Centre"); None when that
        sentence names no therapy there, or several that are no one regimen."""
        for s in self.doc.sentences:
            m = _OWN_SERIES.search(s.norm)
            if m is None:
                continue
            seg = [t for t in self.therapies(s.norm, self.recognize(s)) if m.start("therapy") <= t.start < m.end("therapy")
                   and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS]
            if not seg or any(not _JOINED.fullmatch(s.norm[a.end:b.start]) for a, b in zip(seg, seg[1:])):
                return None
            return _regimen_of(seg, self.ctx)[0]
        return None

    def _bound_count(self, v: Value) -> bool:
        """Whether the count at ``v`` in the sentence being read is a bound ("more than 450", "over 1,000", "at least
        30 patients"), not the number of patients."""
        reading = getattr(self, "_reading", None)
        if reading is None or not 0 < v.start <= len(reading[0]):
            return False
        return _BOUND_BEFORE.search(reading[0], max(0, v.start - 20), v.start) is not None

    def _add(self, arm, metric, v: Value, ev, subgroup, stated_none: bool = False) -> None:
        """Record ``metric`` = ``v`` for ``arm`` (``stated_none``: a rate of none the sentence says in words, the one
        rate of 0 kept)."""
        who = getattr(self, "_who", None)
        if subgroup is None and who is not None and v.start > who[0]:
            subgroup = who[1]  # "for patients who crossed over to the dual HER2 blockade, the ORR was 17.9%"
        if metric in ("ORR", "DCR") and not 0 < v.number <= 100 and not (stated_none and v.number == 0):
            return  # ("ORR 28.6% vs 0": a rate of none is not read as an arm's outcome)
        placed = getattr(self, "_placed", None)
        if placed is not None and arm.category == "TrialArm":
            placed.setdefault(metric, []).append(arm)
        unit = _SHORT_TIME_UNITS.get(v.unit) if metric in ("mPFS", "mOS") else None
        if metric in ("mPFS", "mOS") and not 0 < v.number <= _LONGEST_MEDIAN_MONTHS * _UNITS_PER_MONTH.get(unit, 1):
            return
        if metric == "n" and self._bound_count(v):
            return  # ("more than 450 patients received ...": a bound, not the count)
        extra = {"subgroup": subgroup, "unit": unit}
        if v.ci and metric != "n":
            low, high = v.ci
            if v.unit == "%" and v.number > 1.5 and high <= 1.1 and low <= v.number / 100 <= high:
                low, high = round(low * 100, 4), round(high * 100, 4)  # "88.2% (95% CI, 0.712-1.053)": proportions
            if low <= v.number <= high:
                extra.update(ci_low=low, ci_high=high)  # an interval that does not hold the value is not its CI
        add_outcome(self.out, arm, metric, v.number, ev, **extra)

    # -- the walk --------------------------------------------------------------------------------
    def run(self) -> Emitter:
        for s in self.doc.sentences:
            text = s.norm
            if about_other_cancer(text) or (_CRITERIA.search(text) and not _MET_CRITERIA.fullmatch(text)) \
                    or re.match(r"\s*(?:abbreviations?|keywords?|note)\s*:", text, re.I) or _POWER_CALCULATION.search(text):
                continue
            rec = self.recognize(s)
            self._spelled_cache.clear()
            self._reading = (text, rec)  # the sentence whose arms _set_arms names by dose level
            self.ctx.combination_parts.update({m.entity.id: comps for m, comps in rec.regimens})
            hits = self.ctx.cue_hits(s)
            self._paired_trials(s, rec)
            self._listed_phase(s, rec)
            st = self._update_focus(s, rec, hits)
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
                if any(m.entity.category == "Trial" for m in rec.mentions):
                    ev = self.out.evidence(s)
                    if not self._design(st, s, rec, hits, ev):
                        self._single_arm(st, s, rec, ev)
                continue
            if (self.report or self.main_trial) is not None and st.trial.id != (self.report or self.main_trial).id and any(
                    m.entity.category == "Trial" and m.entity.id == st.trial.id and _benchmark_before(text[:m.start])
                    for m in rec.mentions):
                continue  # "Lonsurf offered a better PFS than that of the RECOURSE trial": the report's own results set
                # beside another trial's, whose arms and values the sentence does not give
            if _PRESENT.search(text) and any(m.entity.category == "Trial" for m in rec.mentions) and \
                    st.trial.id != getattr(self.main_trial, "id", None):
                continue  # "in our study ..., compared with X (32%)": whose value is which is not safe to read
            ev = self.out.evidence(s)
            reports = bool(_metrics(hits)) or bool(_N_EQ.search(text)) or \
                bool(_N_PATIENTS.search(text) and _N_VERB.search(text)) or bool(_N_ELIDED.search(text))
            named = any(m.entity.category == "Trial" for m in rec.mentions)
            introduced = (self.new_focus == s.index or (st.trial.id.startswith(self._unnamed_prefix) and
                                                        re.search(r"\b(?:this|the) (?:study|trial)\b", text, re.I))) and \
                re.search(r"\b(?:patients?|participants|cohorts?|cases|pts)\b", text, re.I) and \
                not re.search(r"\b(?:cells?|cell lines?|xenografts?|mice|mouse|organoids?|in vitro|in vivo)\b", text, re.I)
            # a study the text introduced without a name gets its arms where it is introduced or referred back to
            # (a short report's own trial, introduced in its title or opening, is the report's subject throughout)
            loose = st.trial.id.startswith(self._unnamed_prefix) and not introduced and \
                st.trial.id != getattr(self.main_trial, "id", None)
            if (reports or named or introduced or self._design_follows(st, s, hits) or
                    st.trial.id in (getattr(self.main_trial, "id", None), getattr(self.report, "id", None))) and \
                    not loose and not (not named and _earlier_work(s)) and not self._design(st, s, rec, hits, ev) and reports:
                self._single_arm(st, s, rec, ev)
            if rec.regimens:
                self.out.mentions(rec, ev)
            self.outcomes(st, s, rec, hits, ev)
        self._cited_by_byline()
        return self.out

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
        passing is no report of it."""
        own = self.report or self.main_trial or self.titled_trial
        if own is None or self._review_header or self.byline is None or self.byline[1] is None:
            return
        if own is not self.report and not own.id.startswith(self._unnamed_prefix) and not any(
                m.entity.id == own.id for s in self._head() for m in self.recognize(s).mentions):
            return
        known = self.out.entities.get(own.id)
        if known is None or known.category != "Trial":
            return
        cited = author_trial(*self.byline)
        if cited.id == own.id:
            return
        self.out.entity(Entity(own.id, "Trial", known.name, (cited.name, *cited.synonyms)))


# a trial registry's number ("NCT03227926", "EudraCT 2016-002597-12", "ISRCTN12345678")
_REGISTRY_ID = re.compile(r"(?:NCT\d{8}|EudraCT(?:\s+(?:No\.?|number))?\s*:?\s*\d{4}-\d{6}-\d{2}|ISRCTN\d{8}|ChiCTR[\w\-]+|"
                          r"jRCT\w+|UMIN\d+|ACTRN\d+|DRKS\d+)", re.I)


def _registry_ids_of_one(text: str, named: list[Mention]) -> bool:
    """Whether the trials a sentence names are only registry numbers in one bracket, each of another registry: the
    numbers one trial has in several registries ("(ClinicalTrials.gov: NCT03227926; EudraCT 2016-002597-12)"), not
    a list of trials ("(NCT05493683, NCT05333809)")."""
    if not all(_REGISTRY_ID.fullmatch(m.text) for m in named):
        return False
    registries = [re.match(r"[A-Za-z]+", m.text).group(0).upper() for m in named]
    if len(set(registries)) != len(registries):
        return False
    first, last = min(m.start for m in named), max(m.end for m in named)
    opened = text.rfind("(", 0, first)
    return opened >= 0 and ")" not in text[opened:first] and ")" not in text[first:last]


# what joins a drug named by its short form in brackets to the next ("camptothecin (CPT-11) and 5-FU/LV"), and what
# opens the bracket a list of drugs gives its named regimen in ("5-fluorouracil, leucovorin and irinotecan (FOLFIRI)")
_BRACKETED_JOIN = re.compile(r"\s*\)\s*(?:\+|plus|and|with|combined with|in combination with)\s*", re.I)
_REGIMEN_BRACKET = re.compile(r"\s*\(\s*")


def _joined_from_first(text: str, therapies: list[Mention]) -> list[Mention]:
    """The first therapy of a study's description with those joined to it in one regimen: "GC1118 with
    5-fluorouracil, leucovorin and irinotecan (FOLFIRI)" (the named regimen in brackets after the drugs it holds
    included), "camptothecin (CPT-11) and 5-FU/LV"; the run stops at the first other gap ("or", "versus", "in")."""
    run = therapies[:1]
    for t in therapies[1:]:
        gap = text[run[-1].end:t.start]
        bracketed = run[-1].start > 0 and text[run[-1].start - 1] == "("
        named = t.entity.category == "Regimen" and len(run) > 1 and _REGIMEN_BRACKET.fullmatch(gap)
        if not (_JOIN_SEP.match(gap) or bracketed and _BRACKETED_JOIN.fullmatch(gap) or named):
            break
        run.append(t)
    return run


def _dosed_run(text: str, therapies: list[Mention]) -> list[Mention]:
    """The first therapy of what patients were treated with and those joined to it, their dosing and schedule between
    them: "sorafenib 400 mg orally BID and cetuximab IV weekly" (the run stops at the first other gap)."""
    run = therapies[:1]
    for t in therapies[1:]:
        if not _JOINED.fullmatch(_GAP_NOISE.sub(" ", text[run[-1].end:t.start])):
            break
        run.append(t)
    return run


# what adds a second therapy to a drug ("irinotecan plus bolus FU/LV"): a combining word and up to two words of its kind
_PLUS_WORDS = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\+|plus|combined with|in combination with)\s+(?:[a-z][\w\-]*\s+){0,2}",
                         re.I)


def _plus_another(text: str, therapies: list[Mention], given: str) -> bool:
    """Whether the sentence adds another therapy to the drug ``given`` ("irinotecan plus oral capecitabine")."""
    return any(t.entity.id == given and u.entity.id != given and _PLUS_WORDS.fullmatch(text, t.end, u.start)
               for t, u in zip(therapies, therapies[1:]))


def _joined_runs(text: str, therapies: list[Mention]) -> list[list[Mention]]:
    """The therapies (in sentence order) in runs, each run joined into one regimen by _DOSED_JOIN ("A plus B and C")."""
    runs: list[list[Mention]] = []
    for t in therapies:
        if runs and _DOSED_JOIN.fullmatch(text[runs[-1][-1].end:t.start]):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


_SLASH_AFTER = re.compile(r"/([a-z][a-z\-]{1,7})(?![\w])")
_SLASH_BEFORE = re.compile(r"(?<![\w])([a-z][a-z\-]{1,7})/$")


def _unread_slash_part(text: str, m: Mention, rec) -> bool:
    """Whether the therapy is joined by a slash to a short lower-case word no mention covers ("FOLFOXIRI/bev",
    "atezo/FOLFOX"): an abbreviated drug of the same regimen, so the therapy alone is only part of it."""
    after = _SLASH_AFTER.match(text, m.end)
    before = _SLASH_BEFORE.search(text[max(0, m.start - 10):m.start])
    for hit, lo in ((after, m.end), (before, max(0, m.start - 10))):
        if hit is None:
            continue
        a, b = lo + hit.start(1), lo + hit.end(1)
        if not any(x.start < b and a < x.end for x in rec.mentions):
            return True
    return False


# "have received therapy that included as many of the following as permissible: fluoropyrimidine, ...": a list of
# the therapies patients had before entry (eligibility), announced by a colon; its first item opens the chain
_PRIOR_LIST = re.compile(r"\b(?:ha(?:ve|s|d)|having)\s+(?:previously\s+|already\s+)?(?:received|been\s+treated\s+with|"
                         r"been\s+(?:pre)?treated)\b[^.;:()]{0,100}:\s*$", re.I)

# "were eligible if they had received at least two prior regimens of standard therapies including A, B, and C": the
# therapies a list of the patients' earlier regimens names (no words of the trial's own therapy between)
_PRIOR_INCLUDING = re.compile(r"\b(?:prior|previous(?:ly)?|ha(?:ve|s|d)\s+(?:previously\s+|already\s+)?received|pre-?treated|"
                              r"refractory|failure|failed|progress(?:ed|ion)\s+(?:on|after))\b[^.;:()]{0,100}?\b(?:including|"
                              r"included|such\s+as|containing|comprising|consisting\s+of)\s+(?:[\w\-/]+\s+){0,2}$", re.I)


def _prior_including(text: str, start: int) -> bool:
    """Whether the therapy at ``start`` opens a list of the patients' earlier regimens (see _PRIOR_INCLUDING)."""
    m = _PRIOR_INCLUDING.search(text, max(0, start - 160), start)
    return m is not None and not trials_own.gives_now(text, m.start(), start)


# the noun a bracketed count closes is an analysis of part of the patients, not an arm
_ANALYSIS_HEAD = re.compile(r"\b(?:analys[ie]s|sub-?stud(?:y|ies))\s+of\b|\b(?:predictive|prognostic)\s+value\b", re.I)


# what joins a therapy to a class of therapy in one regimen ("panitumumab (Vectibix) plus a stronger chemotherapy")
# ("irinotecan plus infusional, bolus, or oral fluoropyrimidines": the class's words may be a list of its kinds, the
# last of them the class's own name, "oral fluoropyrimidine")
_CLASS_JOIN = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\+|plus|with|combined with|in combination with)\s+"
                         r"(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*,\s+){0,3}"
                         r"(?:(?:or|and)\s+(?:[a-z][\w\-]*\s+)?)?", re.I)
_SIDE_TURN_WIDE = re.compile(rf"{_SIDE_TURN.pattern}|\b(?:benefit|advantage|improvement)\s+over\b", re.I)


# what may stand between a trial's name and the bracketed count of its patients ("OPUS (OxaliPlatin and ...) study")
_AFTER_TRIAL_NAME = re.compile(r"\s*(?:(?:study|trial)\s*)?(?:\([^()]{0,200}\)\s*)?(?:(?:study|trial)\s*)?", re.I)


_ACRONYM = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?(?![\w\-])")


def _spelled_after(text: str, end: int, letters: str) -> tuple[int, int] | None:
    """The bracket right after a trial's acronym when it spells the acronym out: it opens with the acronym's first
    letter and its capitals hold the acronym's letters in order ("OPUS (OxaliPlatin and cetUximab in firSt-line
    treatment of mCRC)"). Regimens in brackets ("CRYSTAL (cetuximab plus FOLFIRI)") do not spell it.

    >>> _spelled_after("OPUS (OxaliPlatin and cetUximab in firSt-line treatment) study", 4, "OPUS")
    (6, 55)
    >>> _spelled_after("FIRE-3 (FOLFIRI plus cetuximab versus FOLFIRI plus bevacizumab)", 6, "FIRE") is None
    True
    """
    m = re.match(r"\s*(?:(?:study|trial)\s*)?\(([^()]{10,200})\)", text[end:], re.I)
    if not m or not m.group(1).startswith(letters[0]) or len(m.group(1).split()) < 4:
        return None
    capitals = iter(re.sub(r"[^A-Z]", "", m.group(1)))
    if not all(letter in capitals for letter in letters):
        return None
    return end + m.start(1), end + m.end(1)


def _spelled_out_names(text: str, rec) -> list[tuple[int, int]]:
    """Where the sentence spells out a trial's acronym right before giving it in brackets: the capitalised
    initials of the words before "(ACRONYM)" are its letters, in order ("The Panitumumab Randomized trial In
    combination with chemotherapy for Metastatic colorectal cancer to determine Efficacy (PRIME)"). The
    therapies among those words name the trial; they are no arm of it.

    >>> t = "The Big Lung Trial of Erlotinib and Docetaxel (BLTED) ran"
    >>> from types import SimpleNamespace as N
    >>> m = N(start=t.index("BLTED"), end=t.index("BLTED") + 5, text="BLTED", entity=N(category="Trial"))
    >>> _spelled_out_names(t, N(mentions=[m]))
    [(4, 46)]
    """
    spans = []
    # the characters therapy mentions cover, marked once (one look per acronym stays linear in the sentence)
    therapy_chars = bytearray(len(text) + 1)
    for m in rec.mentions:
        if m.entity.category in THERAPY:
            therapy_chars[m.start:m.end] = b"\x01" * (m.end - m.start)
    for k in _ACRONYM.finditer(text):
        # "OPUS (OxaliPlatin and cetUximab in firSt-line treatment of mCRC)": a name spelled out after it, also
        # when the reader does not know the name as a trial's (no therapy's short form: its bracket spells a regimen)
        if not any(therapy_chars[k.start():k.end()]):
            spelled_after = _spelled_after(text, k.end(), re.sub(r"[^A-Z]", "", k.group(0)))
            if spelled_after:
                spans.append(spelled_after)
    for m in rec.mentions:
        if m.entity.category != "Trial":
            continue
        head = text[:m.start].rstrip()
        letters = re.sub(r"[^A-Z]", "", m.text.upper())
        if len(letters) < 3 or not head.endswith("("):
            continue
        words = list(re.finditer(r"[A-Za-z][\w\-]*", head[:-1]))
        want = len(letters) - 1
        for w in reversed(words):
            if m.start - w.start() > 240:
                break
            if not w.group(0)[0].isupper():
                continue
            if w.group(0)[0] != letters[want]:
                break
            want -= 1
            if want < 0:
                spans.append((w.start(), len(head) - 1))
                break
    return spans


_DOSE_AFTER = re.compile(rf"\s*(?:at\s+(?:a\s+)?(?:(?:daily\s+)?dose\s+of\s+)?)?(?=({_NUM})\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg)(?![\w/]))", re.I)


def _drug_doses(text: str, rec) -> list[tuple[str, str]]:
    """(drug id, dose level) for each drug written with its dose right after it: "sotorasib at 960 mg", "T-DXd
    5.4 mg/kg"."""
    out = []
    for m in rec.mentions:
        if m.entity.category != "Drug":
            continue
        after = _DOSE_AFTER.match(text, m.end)
        dose = _DOSE.match(text, after.end()) if after else None
        if dose is not None:
            out.append((m.entity.id, _dose_key(dose)))
    return out


# a dose list right after a drug, perhaps in a bracket: "vandetanib (100 or 300 mg)", "gefitinib 250 or 500 mg"
_DOSE_LIST_AFTER = re.compile(rf"\s*(?:\(\s*)?(?:at\s+(?:a\s+)?(?:(?:daily\s+)?doses?\s+of\s+)?)?{_NUM}\s*(?:-?\s*(?:mg/kg|mg/m2|mg/m²|mg)"
                              rf"(?![\w/])|(?:or|versus|vs\.?)\s*{_NUM}\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg)(?![\w/]))", re.I)
# words that tell arms or dose levels apart: a sentence with them gives no pooled value
_ARMS_TOLD_APART = re.compile(r"\b(?:arms?|groups?|cohorts?|levels?|doses?|respectively|versus|vs|compared|than|each|both|either)\b",
                              re.I)
# a dose level whose unit is written once, after the next level: the "250" of "gefitinib 250 or 500 mg"
_UNIT_ELIDED = re.compile(rf"({_NUM})\s*(?:or|versus|vs\.?)\s*$", re.I)


def _dose_levels_after(text: str, start: int) -> list[tuple[int, int, str]]:
    """(start, end, dose level) of each dose written after ``start``, a level whose unit is elided ("250 or 500 mg")
    with the unit of the level after it.

    >>> [key for _, _, key in _dose_levels_after("gefitinib 250 or 500 mg orally once a day", 0)]
    ['250 mg', '500 mg']
    """
    out = []
    for m in _DOSE.finditer(text, start):
        elided = _UNIT_ELIDED.search(text, max(start, m.start() - 16), m.start())
        if elided is not None:
            unit = m.group(2).lower().replace("²", "2")
            out.append((elided.start(1), elided.end(1), f"{float(elided.group(1).replace(',', '.')):g} {unit}"))
        out.append((m.start(), m.end(), _dose_key(m)))
    return out


def _dose_key(m) -> str:
    """ "5.4 mg/kg", "5.4-mg/kg" -> "5.4 mg/kg"."""
    unit = m.group(2).lower().replace("²", "2")
    return f"{float(m.group(1).replace(',', '.')):g} {unit}"


# what a hazard ratio measures when no survival metric is named: "the risk of (disease) progression (or death)" is of
# progression-free survival, "the risk of death" of overall survival
# ... or the ratio says it itself: "the hazard ratio for death was 0.77", "HR for progression, 0.57"
_HR_FOR = re.compile(r"(?:hazard\s+ratio|HR)\s*(?:\(HR\)\s*)?for\s+(?:(?:disease\s+)?progression(?:\s+or\s+death)?|(?P<death>death|dying))\b",
                     re.I)
_RISK_OF = re.compile(r"\brisk\s+of\s+(?:(?:disease\s+)?progression(?:\s+or\s+death)?|(?P<death>death|dying))\b", re.I)
# the longest median survival (in months) read as one; in weeks or days, its length in those units
_LONGEST_MEDIAN_MONTHS = 150
_UNITS_PER_MONTH = {"weeks": 4.35, "days": 30.44}
# a verb that reports a study's results ("the trial reported that X generated an ORR of 50% ...")
_RESULT_VERB = re.compile(r"\b(?:reported|generated|achieved|showed|yielded|produced|demonstrated|resulted in)\b", re.I)


# trials introduced as a list by their phase: "phase II trials, including", "phase II trials—"
_PHASE_LIST = re.compile(r"\bphase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3])[ab]?)?\s+(?:clinical\s+)?(?:trials|studies)"
                         r"\s*(?:,\s*(?:including|such as)|including|such as|[—–:(]|\s-\s)", re.I)


# an article that speaks of its own study or of the cohorts it analysed
_OWN_COHORT = re.compile(r"\b(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,2}(?:study|analysis)\s+"
                         r"(?:aim|intend|sought|seek|investigat|evaluat|examin|assess|explor|analy[sz]|compar)\w*|"
                         r"\b(?:aim|purpose|objective|goal)s?\s+of\s+(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,2}"
                         r"(?:study|analysis)\s+(?:was|is)\s+to\b|"
                         r"\b(?:discovery|validation|training|derivation|testing)\s+(?:and\s+\w+\s+)?cohorts?\b", re.I)
# a cohort an article names with its size: "(discovery cohort, n = 64)", "validation cohort (n = 186)"
_COHORT_NAME = r"(?:discovery|validation|training|derivation|testing|test|exploratory|internal|external)\s+cohort"
_NAMED_COHORT = re.compile(rf"\(\s*(?P<name>{_COHORT_NAME})\s*[,;:]\s*n\s*=\s*(?P<n>\d{{1,5}})\s*\)|"
                           rf"\b(?P<name2>{_COHORT_NAME})\s*\(\s*n\s*=\s*(?P<n2>\d{{1,5}})\s*\)", re.I)
# an article that counts the patients of its own study ("we retrospectively analyzed 120 patients", "186 patients
# were retrospectively reviewed")
_OWN_PATIENTS = re.compile(r"\bwe\s+(?:\w+ly\s+)?(?:collected|enrolled|included|analy[sz]ed|recruited|treated|reviewed|identified)"
                           r"\s+(?:the\s+)?(?:(?:data|records)\s+(?:of|from)\s+)?(?:a total of\s+)?\d[\d,]*\s+"
                           r"(?:consecutive\s+|eligible\s+)?(?:patients|participants|cases)\b|"
                           r"\b\d[\d,]*\s+(?:consecutive\s+|eligible\s+)?patients\s+(?:were|who\s+were)\s+(?:retrospectively|"
                           r"prospectively|consecutively)\s+(?:collected|analy[sz]ed|reviewed|enrolled|included|identified)\b", re.I)
# an article's own series of patients, named by the therapy they received where the authors work: "A retrospective
# evaluation of patients receiving trifluridine-tipiracil at our Cancer Centre was performed"
_OWN_SERIES = re.compile(r"\b(?:an?|this|our)\s+(?:single-cent(?:re|er)\s+)?(?:retrospective|prospective|real-world|observational)\s+"
                         r"(?:evaluation|review|analysis|audit|study|series)\s+of\s+(?:all\s+|consecutive\s+)?(?:the\s+)?patients\s+"
                         r"(?:receiving|treated\s+with|who\s+(?:received|were\s+treated\s+with))\s+(?P<therapy>[^.;]{1,80}?)\s+"
                         r"at\s+(?:our|a single|one)\s+(?:[\w\-]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|department|clinic)s?\b",
                         re.I)


# a labelled part of a study as the subject of its count ("Arm 2 enrolled", "Cohort B included"), up to the count
_LABELLED_PART = re.compile(r"\s*(?:the\s+)?((?:arm|cohort|group)\s+(?:\d{1,2}|[A-D]))\b[^,;.()]{0,30}", re.I)
# one phase's part of a trial of two phases, named right before its count ("in the phase 1b study (n=7)")
_PHASE_PART_HEAD = re.compile(r"\b(phase\s+(?:I{1,3}|[1-3])[ab]?)\s+(?:study|part|portion|stage|cohort)\s*$", re.I)
# a hedged claim about a therapy's worth ("A may improve efficacy", "B could overcome resistance"): background, no
# statement of what a trial gave
_HEDGED_CLAIM = re.compile(r"\b(?:may|might|could)\s+(?:\w+\s+)?(?:improve|enhance|increase|prolong|overcome|benefit|"
                           r"offer|provide|reduce|restore|delay|reverse)\b", re.I)


# "After crossover, ...", "Following cross-over to the combination, ...": values of the patients who crossed over
_AFTER_CROSSOVER = re.compile(r"^\s*(?:(?:Of note|Notably|Moreover),\s+)?(?:after|following|upon)\s+(?:the\s+)?cross-?over\b", re.I)
# "Among these 48 patients, ...": a part of the study the sentence before counted
_SUBSET_BACK = re.compile(r"^\s*(?:among|of|in)\s+(?:these|those|the)\s+(\d{1,5})\s+(?:patients|pts|participants|responders)\b", re.I)
# a sentence that gives a value (a number, or "not reached"), not one that only names an end point ("a poor
# prognosis and dismal median survival")
_REPORTS_VALUE = re.compile(r"\d|\bnot (?:been )?reached\b", re.I)


_WHO = re.compile(r"\b(?:for|in|among)\s+(?:the\s+)?(?:patients|those)\s+(who\s+(?:crossed over|had (?:not )?(?:received|been)|"
                  r"received prior|were (?:previously|pre)\w*|did not)(?:(?:\s+[\w\-]+){0,7}?(?=\s*[,;:(])|(?:\s+[\w\-]+){0,3}))", re.I)


# the findings a sentence names a trial as the source of: "following encouraging phase Ib findings of the X study"
_EARLIER_FINDINGS_OF = re.compile(r"\b(?:following|after|building on|in light of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?"
                                  r"(?:findings|results|data|success)\s+(?:of|from|in|seen in)\s+(?:the\s+)?$", re.I)
# a trial the sentence does not name: "in a phase III trial", "by a new randomized study"
_INDEFINITE_TRIAL = re.compile(r"\b(?:in|by)\s+an?\s+(?:(?:new|planned|future|subsequent|larger|confirmatory|randomi[sz]ed|"
                               r"phase\s+(?:I{1,3}|[1-3])[ab]?)\s+)+(?:clinical\s+)?(?:trial|study)\b", re.I)
# a finding stated of therapies, not a design: "A plus B showed improved outcomes ..., compared with C"
_FINDING_OF_THERAPIES = re.compile(r"\b(?:showed|shown|demonstrated|improved|prolonged|was\s+superior|were\s+superior|resulted\s+in|"
                      r"led\s+to|yielded)\b", re.I)


# "a randomized phase III trial in which ...": the word names the kind of trial, not the design's assignment
_DESIGN_ADJECTIVE = re.compile(r"\s*,?\s*(?:(?:open-label|double-blind|placebo-controlled|controlled|multicent(?:er|re)|"
                               r"international|clinical|phase|[IV]{1,3}|[1-3][ab]?|,)\s+)*(?:trial|study|phase)\b", re.I)


def build(doc: Document, ctx) -> Emitter:
    """Trials, arms and outcomes from the prose of ``doc``."""
    return _Reader(doc, ctx).run()


# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
from builders.prefilter import prefiltered  # noqa: E402

_PRESENT, _UNNAMED, _CITATION, _BACK_REF = (prefiltered(p) for p in (_PRESENT, _UNNAMED, _CITATION, _BACK_REF))
# a trial's sample-size calculation ("To detect a HR for PFS of 0.70 with an α and β error of 0.05 and 0.20 ...", "The
# study had 85% power to detect ..."): the values it was designed for, never results (every sentence)
_POWER_CALCULATION = prefiltered(re.compile(r"(?<!not )\bpower(?:ed)?\s+to\s+detect\b|^(?:[^.]*\.\s*)?to\s+detect\s+(?:an?\s+)?"
                                            r"(?:HR|hazard ratio|difference|improvement|increase)\b|"
                                            r"\b(?:α|β|alpha|beta)(?:\s+and\s+(?:α|β|alpha|beta))?[\s\-]+errors?\b|"
                                            r"\btype\s+I{1,2}\s+error\b|\bstatistical\s+power\b", re.I))
_CRITERIA = prefiltered(re.compile(r"exclusion criteria|inclusion criteria|eligibility", re.I))  # every sentence
_N_PATIENTS, _N_VERB, _SUBGROUP_VS = (prefiltered(p) for p in (_N_PATIENTS, _N_VERB, _SUBGROUP_VS))
# the counts (each tries its number words at every position of a sentence); a match's ``re`` is the pattern
# itself, so code that asks which one matched compares with ``.regex``
_N_ELIDED, _N_EVALUABLE, _N_HAD, _N_MARKER, _N_STATUS, _N_SCREENED = (
    prefiltered(p) for p in (_N_ELIDED, _N_EVALUABLE, _N_HAD, _N_MARKER, _N_STATUS, _N_SCREENED))
