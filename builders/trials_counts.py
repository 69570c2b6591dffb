"""The counts of patients, read for the trial reader (builders/trials_text.py).

Counts listed per arm ("(RAM 536; PBO 536)", ``_listed_counts``), the counts of a sentence ("77 were treated",
"Five patients", "with 17 evaluable", ``_numbers``) and whether one is the trial's sample (``_sample_count``), counts
per arm, per group and per population (``_arm_counts``, ``_group_sizes``, ``_group_counts``, ``_run_counts`` for "61 and
59 patients were randomised to the A and B arms", ``_label_split_counts`` for "(Arms A/B, n=95/49)",
``_population_counts``), the parts of a sample kept with their label (an added group, "an additional 117 patients";
the randomised or treated part of the patients counted first), and whether a count is only a bound ("more than 450",
``_bound_count``).

:class:`PatientCounts` is a part of the trial reader (``builders.trials_text._Reader``), not used alone. It keeps
its own ``_arm_sized`` and relies on the design's ``therapies``, ``arm_refs``, ``_spelled``, ``_unmerged`` and
``_alternatives_counted`` (builders.trials_design) and on the placing's ``_add`` and ``_dosed_combination_arm``
(builders.trials_placing).
"""
from __future__ import annotations

import re
from dataclasses import replace

from builders import trials_subgroups
from builders.context import normal_subgroup
from builders.trials_analysis_sets import population_counts, sampled_count, set_named as analysis_set_named
from builders.lazy_patterns import lazy_compile
from builders.treatment_lines import strategy_head
from builders.design_words import ASSIGN_VERB, ASSIGNED_TO, RANDOMISED_VERB, WITH_WITHOUT_JOIN
from builders.trials_arms import _OPTIONAL, _PLACEBO
from builders.trials_values import (_WORD_NUMBERS, _GROUP_LIST_SEP, TrialState, Value, _RESPECTIVELY, _count,
                                    _LABEL_WORDS, _population_words, _PART_OF_STUDY, _count_phrase)
from builders.prefilter import prefiltered
from builders.trials_population_opening import opening_count_start
from builders.trials_part_counts import labelled_part_counts
from builders.prior_treatments import prior_treatment
from builders.trials_sole_totals import clause_bounds, sole_arm_total
from builders.trials_stated_count import stated_sample
from builders.trials_analysis_population import whole_before_marked_part
from builders.trials_closing_counts import closing_count
from builders.trials_focus import _NOT_ARMS
from builders.trials_design import _RECEIVED_END, _NOT_TRIAL_THERAPY
from kg.model import Entity
from kg.groups import THERAPY


# (s50) an arm's count with its patients' demographics after it in the bracket: "(n=17; median age 66 years, 55% men)"
_N_EQ = lazy_compile(r"\(\s*n\s*=\s*(\d{1,5})\s*(?:\)|[;,]\s*(?:(?:median|mean)\s+age|aged?\b|\d{1,3}(?:\.\d)?\s*(?:%|percent)\s+"
                     r"(?:were\s+)?(?:men|male|women|female)|(?:men|male|women|female)\b)[^()]{0,80}\))", re.I)
# each side's count of a design with or without an add-on: "A, with (n = 51) or without (n = 52) B" (also "with (n = 51)
# versus without (n = 52) B", "with (n = 51) and without (n = 52) B")
_WITH_WITHOUT_COUNTS = prefiltered(lazy_compile(  # (tried on every sentence with arms)
    rf"\bwith\s*\(\s*n\s*=\s*(\d{{1,5}})\s*\)\s*{WITH_WITHOUT_JOIN}\s+without\s*\(\s*n\s*=\s*(\d{{1,5}})\s*\)", re.I))
# (s51) where the words about one group end: a semicolon, a sentence's stop, "whereas", "versus", "or", "and", another
# group's bracketed count ("A (n = 461) or B (n = 230)")
_CLAUSE_TURN = lazy_compile(r";|\.\s|,\s*(?:and|whereas|while|but)\b|\b(?:whereas|versus|or|and)\b|\bvs\.?\s|"
                            r"\(\s*n\s*=\s*\d[^()]*\)", re.I)
# the counted group's regimen named after its count: "(n = 40) received B", "40 patients in the control group were given B"
_RECEIVED_AFTER_COUNT = lazy_compile(r"\)?[^;.()]{0,50}?\b(?:(?:was|were)\s+)?(?:received|given|treated\s+with|"
                                     rf"{ASSIGN_VERB}\s+to)\s+(?:(?:the|a|an)\s+)?", re.I)
# a therapy said to be given on its own: "A alone", "A monotherapy", "A as a single agent"
_GIVEN_ALONE = lazy_compile(r"[\s\-]*(?:monotherapy|alone|single[\s\-]agent|as\s+a\s+single\s+agent|by\s+itself)\b", re.I)
# what a count in brackets after them counts when it is no arm's size: events, deaths, responses
_EVENTS_BEFORE = lazy_compile(r"\b(?:events?|deaths?|died|responses?|responders?)\b[^.;()]*$", re.I)
# a bracketed aside, blanked out (same length) where commas inside it must not end a clause
_BRACKETS = lazy_compile(r"\([^()]*\)")


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


# who the counted patients were, in brackets after the count: "18 patients (50% men; median age 56.5 years)"
_DEMOGRAPHIC_ASIDE = lazy_compile(r"\s*\((?=\s*(?:\d+(?:\.\d+)?\s*%\s*(?:were\s+)?(?:men|women|males?|females?)\b|"
                                  r"(?:median|mean)\s+age\b|aged?\b))[^()]{0,160}\)", re.I)
# an arm's size in brackets after it, in words: "FU/FA plus Pmab (125 patients) or FU/FA alone (123 patients)"
# an arm's count as the first or last item of the bracket after its therapy, beside its dosing or its ratio: "cobimetinib
# (60 mg once daily for days 1-21 of a 28-day cycle; n = 183)", "placebo (n = 54; HR, 0.49)"
_N_LISTED = lazy_compile(r"\(\s*(?:[^()]{1,90}?[;,]\s*)?n\s*=\s*(\d{1,5})\s*(?:[;,][^()]{1,120}?)?\)", re.I)
# (also with the arm's label after it: "A plus B (31 patients, arm B) was compared to B (31 patients, arm A)")
_N_BRACKET = lazy_compile(r"\(\s*(\d{1,5})\s+(?:patients|participants|pts)\s*(?:[,;]\s*(?:arm|group|cohort)\s+[A-H1-9]\s*)?\)",
                          re.I)
_UNIT_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
# (a tens word and its unit apart or hyphened: "Fifty three", "fifty-three")
_SMALL_WORDS = "|".join(w.replace("-", r"[\s\-]") for w in sorted(_WORD_NUMBERS, key=len, reverse=True))
# "Three hundred seventy seven", "two hundred and twelve", "Eight-hundred": a count written in words past one hundred
_HUNDREDS = (rf"{_UNIT_WORDS}[\s\-]+hundred(?:\s+(?:and\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             rf"[\s\-]+{_UNIT_WORDS}|{_SMALL_WORDS})\b)?")
# "One thousand one hundred and eighty-six", "Two thousand and forty", "One thousand": a count written in words past one
# thousand (a sentence that opens with its count spells it out)
_THOUSANDS = rf"{_UNIT_WORDS}[\s\-]+thousand(?:,?\s+(?:and\s+)?(?:{_HUNDREDS}|{_SMALL_WORDS}))?"
# a count in words is read whole or not at all: not the "seventy" of "One hundred seventy", not the "twenty" of
# "twenty five" (any case: "One hundred seventy patients had ..." opens a sentence)
_NUMBER_WORD = r"(?:hundred|thousand|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|" + _UNIT_WORDS[3:-1] + ")"
_WORDS_COUNT = (r"(?i:(?<!hundred and )(?<!thousand[\s\-])(?<!(?:hundred|seventy)[\s\-])"
                r"(?<!(?:twenty|thirty|eighty|ninety)[\s\-])(?<!(?:forty|fifty|sixty)[\s\-])"
                rf"(?:{_THOUSANDS}|{_HUNDREDS}|{_SMALL_WORDS})(?![\s\-]+(?:and\s+)?{_NUMBER_WORD}\b))")
# a count in digits, with or without thousands separators ("1,083", "612")
_DIGITS_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,5}"
_COUNT = r"(" + _DIGITS_COUNT + "|" + _WORDS_COUNT + r")"
# a variant named in the words before "patients" ("665 BRAF V600E-mutant mCRC patients", "40 KRAS G12C patients"),
# or a marker's status ("21 HER2-positive mCRC patients")
_VARIANT_WORD = r"(?-i:[A-Z]\d{2,4}[A-Z])(?:[\-/][\w\-]+)?|(?-i:[A-Z][A-Z0-9]{1,7})-(?:positive|negative|mutant|mutated|" \
    r"amplified|wild-type|expressing|low|high)"
# the words that may describe counted patients, four to six of them: "430 previously untreated metastatic colorectal
# cancer patients" (no word that links, measures or counts something else: "12 cycles of treatment in patients")
_DESCRIBING_WORD = (r"(?!(?:of|in|with|without|and|or|to|for|from|at|on|by|as|than|who|were|was|had|have|received|"
                    r"months?|weeks?|days?|years?|cycles?|doses?|lines?|mg|events?|deaths?)\b)(?![\w\-]*\d)[a-z][\w\-]*")
# (two describing words joined by "and"/"or" count as one: "ten relapsed and refractory mCRC patients")
# (s44 ovals: "two cohorts of patients treated with either A or B" counts the cohorts, not the patients)
_N_GROUPS_OF = r"(?!(?:[\w\-]+\s+)?(?:cohorts?|groups?|arms?|subgroups?|populations?|sets?|series)\s+of\b)"
_N_PATIENTS = lazy_compile(rf"(?<![\d.,\-/])\b{_COUNT}\s+{_N_GROUPS_OF}(?:(?:(?:(?!(?:{_SMALL_WORDS})\b){_DESCRIBING_WORD}\s+(?:and|or)\s+(?!(?:{_SMALL_WORDS})\b)(?={_DESCRIBING_WORD}\s))?"
                           rf"(?:(?![\w\-]*\d)(?!(?:hundred|thousand)\b)[\w\-]+|"
                           rf"{_VARIANT_WORD})\s+){{0,3}}?|(?:{_DESCRIBING_WORD}\s+){{4,6}}?)"
                           r"(?:patients|participants|pts|subjects|individuals|cases|enrol+ments)\b", re.I)
# "... screened and 77 were treated", "Of these, 33 were enrolled": a count whose noun (patients) is left out
# ("48 patients were offered A, and 35 (73%) started treatment": those who started it are the ones treated)
_N_ELIDED = lazy_compile(rf"(?<![\d.,\-/])\b{_COUNT}\s+(?:(?:were|was)\s+(?:then\s+|subsequently\s+|finally\s+|eventually\s+)?"
                         rf"(?:enroll?ed|{RANDOMISED_VERB}|treated|included|evaluable)\b|"
                         r"(?:\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)\s+)?(?:started|began|initiated|commenced)\s+(?:the\s+)?"
                         r"(?:treatment|therapy)(?=\s*(?:[.;]|,\s|$)))", re.I)
# (s60) the count of those entered after the screened ones, noun and auxiliary shared with the screening clause: "49
# patients were screened (...) and 31 included", "80 were screened and 52 enrolled" (read only after "were screened")
_N_AFTER_SCREENED = lazy_compile(rf"(?<=\sand\s){_COUNT}\s+(?:enrol+ed|included|registered|{RANDOMISED_VERB})\b", re.I)
_SCREENED_BEFORE = lazy_compile(r"\b(?:were|was|had\s+been)\s+screened\b", re.I)
# the count that leads a sentence's part of it, its noun left out after the verb of entry: "Of the 102 enrolled, 44
# ...", "Among 121 randomized, ..." (the total of the patients the study took in)
_N_OF_ENTERED = lazy_compile(rf"(?:(?<=\bof\s)|(?<=\bamong\s))(?:the\s+|all\s+)?{_COUNT}\s+(?:(?:originally|initially)\s+)?"
                             rf"(?:enrol+ed|{RANDOMISED_VERB})(?=\s*,)", re.I)
# the sample's count in brackets after its noun, then the verb that makes it the sample: "Patients (n = 153) were
# randomised 1:1 to A or B", "participants (N=64) were enrolled"
# ("Patients with previously untreated mCRC (n = 280) were randomly assigned": the patients described before the bracket)
_N_BRACKETED = lazy_compile(r"\b(?:patients|participants|pts|subjects)(?:\s+(?:with|who)\s+[^.;:,()]{1,80}?)?\s*"
                            r"\(\s*n\s*=\s*(\d{1,4})\s*\)\s+(?:were|had been)\s+"
                            rf"(?:then\s+|subsequently\s+|\w+ly\s+)?(?:{RANDOMISED_VERB}|enroll?ed|included|recruited)\b",
                            re.I)
# "20 patients were enrolled, with 17 evaluable for efficacy", "of whom 43 were evaluable": the analysed part of the sample
_N_EVALUABLE = lazy_compile(rf"\b(?:with|and|of whom|of these|of them)\s+{_COUNT}\s+(?:patients\s+)?(?:being\s+|were\s+)?"
                            r"(?:evaluable|assessable)\b", re.I)
# what makes a count that of the evaluable patients, right after it: "17 evaluable for efficacy", "43 response-evaluable
# patients", "17 patients (who were) evaluable for response", "12 were assessable" (not "33 were enrolled ... and evaluable")
_N_EVALUABLE_AFTER = lazy_compile(r"\s+(?:(?:(?!(?:were|was|being|enroll?ed|included|treated|randomi[sz]ed|received)\b)[\w\-]+\s+){0,2}?"
                                  r"[\w\-]*?|(?:patients|participants|pts|subjects)\s+(?:(?:who\s+)?(?:were|was|being)\s+)?|"
                                  r"(?:were|being)\s+)(?:evaluable|assessable)\b"
                                  r"(?:\s+for\s+((?:[\w\-]+\s+){0,2}?(?:efficacy|response|activity|safety|toxicity|analysis|survival)))?",
                                  re.I)
# a count said itself to be evaluable ("566 were evaluable", "58 patients were evaluable for efficacy"; not "12 patients had
# assessable lesions")
_WERE_EVALUABLE = lazy_compile(r"\s+(?:patients\s+|participants\s+|pts\s+)?(?:were|was)\s+(?:evaluable|assessable)\b", re.I)
# the words of a random assignment: before an evaluable count ("were randomised ... 566 were evaluable"), and after a
# count that names the patients randomised ("121 randomly assigned patients"), never a pool they were taken from
_RANDOMISED = lazy_compile(rf"\b{RANDOMISED_VERB}\b", re.I)
# "604 patients had left-sided tumors": the size of a population the text then reports values for
_N_HAD = lazy_compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:patients|participants|pts)\s+(?:had|harbou?red|presented with)\s+"
                      r"((?:an?\s+)?(?:[\w/+\-]+\s+){0,3}?(?:primary\s+)?(?:tumou?rs?|cancers?))\b(?!\s+(?:response|shrinkage|"
                      r"reduction|progression|growth|regression))", re.I)
# "the EPHA2 receptor was detected in 55 tissue samples", "PD-L1 was expressed in 30 of 82 tumours": the part of
# the study's patients with a marker (kept with the marker and what the text says of it)
_N_MARKER = lazy_compile(rf"\b(?P<marker>[A-Z][A-Za-z]?[A-Z0-9][A-Za-z0-9\-]*)(?P<alt>\s+(?:mutations?|amplifications?|fusions?|"
                         rf"overexpression|expression|loss))?(?:\s+(?!was\b|were\b)[a-z][\w\-]*){{0,3}}\s+(?:was|were)\s+"
                         rf"(?:also\s+)?(?P<verb>detected|expressed|overexpressed|amplified|found)\s+in\s+{_COUNT}\s+"
                         rf"(?:of\s+(?:the\s+)?\d{{1,5}}\s+)?(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:samples|specimens|tumou?rs|patients|cases)\b")
# the size of a marker-status part of the trial: "179 (57%) were KRAS wild type", "2 harbored KRAS mutations, 14
# were RAS/BRAF wild-type" ("Of 666 patients (63%) with KRAS wild type, ..." only names the population of the values
# that follow)
# one marker's status; a status naming two markers ("RAS WT/BRAF WT") is kept whole, never cut to its first
_STATUS_PART = (r"(?:all[- ])?[A-Z][A-Za-z0-9/]*(?:\s+exon\s+\d+)?[- ](?:wild[- ]type|WT|MT|mutant|mutated|mutations?|positive|"
                r"negative|amplified|amplification)")
_N_STATUS = lazy_compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:patients\s+)?(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?"
                         r"(?:were|had|harbou?red)\s+"
                         rf"(?P<status>{_STATUS_PART}(?:\s*/\s*{_STATUS_PART})*)\b"
                         r"(?![- ](?:status|tumou?rs?\s+(?:and|or))|\s*/)")
# the pool a marker-status share is taken from, counted before anyone was assigned or treated: "718 patients were
# registered; 247 (34%) were RAS-mutant", "of the 412 patients screened, 96 had BRAF-mutant tumours" (the share is a
# part of the screened or registered patients, never the size of an arm or of the treated sample)
_SCREENED_POOL_BEFORE = lazy_compile(
    rf"\b{_COUNT}\s+(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:patients|participants|pts|subjects|tumou?rs|samples)\s+"
    r"(?:(?:were|had been)\s+(?:\w+ly\s+)?)?(?:registered|screened|tested|genotyped|pre-?screened|assessed\s+for\s+eligibility)\b"
    r"(?:(?![.;]\s+[A-Z])[^.])*$", re.I)
_N_HAD_NOT = lazy_compile(r"\b(?:stable|progressive|measurable|residual|new|shrinking|responding|evaluable|second|other)\b", re.I)
# a count of one labelled part of the study right after it: "63 patients in cohort B", "40 patients in arm 2"
_N_LABELLED_PART = lazy_compile(r"\s+in\s+(?:the\s+)?(?:cohorts?|parts?|stages?|groups?|arms?)\s+(?:[A-H]|[1-9]|I{1,3}|IV)\b(?![\-/])")
# "56 patients were randomised to arm A, 55 to arm B": the count of the patients assigned to one labelled arm, not
# the trial's sample (unless the labels go on as a list, "299 patients randomly assigned to arm A (n = 101), arm B ...")
_LABEL = r"(?:[A-H]|[1-9]|I{1,3}|IV)\b(?![\-/])"
_N_TO_LABELLED_ARM = lazy_compile(
    r"(?:\s+(?:[\w\-]+\s+){0,3}?(?:patients|participants|pts|subjects))?\s+(?:were\s+|was\s+)?"
    + ASSIGN_VERB + r"\s+to\s+(?:the\s+)?(?:arm|group|cohort)\s+"
    rf"{_LABEL}(?!\s*(?:\([^()]*\)\s*)?(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:to\s+)?(?:the\s+)?"
    rf"(?:arms?\s+|groups?\s+|cohorts?\s+)?{_LABEL})", re.I)
# "a total of 83 patients were screened": the screened population, not the treated one
# (also what a study screened: "to screen 1299 tumors", "we screened 412 patients", "1,020 tumour samples were screened")
_N_SCREENED = lazy_compile(rf"(?<![\d.,\-/%(])\b{_COUNT}\s+(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:patients|participants|pts|subjects|"
                           rf"tumou?rs|tumou?r samples|samples|specimens)\s+(?:were|had been)\s+screened\b|"
                           rf"\bscreen(?:ed)?\s+(?:a total of\s+)?{_COUNT}\s+(?:(?!\d)[\w\-]+\s+){{0,2}}?(?:patients|participants|"
                           rf"pts|subjects|tumou?rs|tumou?r samples|samples|specimens)\b", re.I)
# the count of the patients whose marker status could be told, a part of the sample: "The KRAS status of the tumors
# was investigated in 1083 cases (91%)", "tumour samples from 1063 patients were used for KRAS mutation analysis",
# "BRAF status was available for 412 patients"
_KNOWN_COUNT = rf"(?P<n>{_DIGITS_COUNT})"
_KNOWN_MARKER = r"(?P<marker>(?-i:[A-Z][A-Z0-9]{1,6}))"
_N_MARKER_KNOWN = lazy_compile(
    rf"\b{_KNOWN_MARKER}\s+(?:mutation(?:al)?\s+)?status\s+(?:of\s+(?:the\s+)?(?:tumou?rs?|samples|patients)\s+)?"
    r"(?:was|were|could\s+be)\s+(?:investigated|assessed|determined|evaluated|ascertained|available|known|analy[sz]ed)\s+"
    rf"(?:in|for)\s+(?:a\s+total\s+of\s+)?{_KNOWN_COUNT}\s+(?:patients|participants|cases|pts)\b", re.I)
_N_MARKER_TESTED = lazy_compile(
    rf"\bsamples\s+from\s+{_KNOWN_COUNT}\s+(?:patients|participants|cases|pts)\s+were\s+(?:used|available|analy[sz]ed)\s+"
    rf"for\s+{_KNOWN_MARKER}\s+(?:mutation(?:al)?\s+)?(?:analysis|testing|status)\b", re.I)
# a count whose patients are described before the verb that makes them the sample: "1072 patients with progression on
# A, B, and C were randomized", "1298 patients who experienced first-line failure were randomly assigned"
# (the verb may stand without "were" when it tells the patients entered the study: "99 patients with BRAF-mutated and RAS
# wild-type mCRC enrolled in the study", "... enrolled within the trial")
_N_DESCRIBED = lazy_compile(r"\s+(?:with|who|whose|that|previously)\b(?:[^.;:()\[\]]{0,160}?\s(?:were|had been)\s+(?:\w+ly\s+)?"
                            rf"(?:{ASSIGN_VERB}|enroll?ed|included|recruited)\b|"
                            # (no other count before the bare verb: "Of 88 patients with ..., 30 enrolled in the study")
                            # (not a denial, "previously", another trial named, or patients then excluded: "40 patients
                            # ... never enrolled in the trial", "... previously enrolled in the ABC trial were excluded")
                            r"(?:(?!,\s*\d)[^.;:()\[\]]){0,160}?(?<!\snot)(?<!\snever)(?<!\spreviously)(?<!\sformerly)"
                            r"\senroll?ed\s+(?:in|into|on|onto|within)\s+(?:the|this|our)\s+"
                            r"(?:(?-i:[a-z0-9][\w\-]*|I{1,3}[ab]?|IV)\s+){0,2}?(?:study|trial|cohort)\b"
                            r"(?![^.;:]{0,80}?\b(?:were|was|had been)\s+(?:later\s+|subsequently\s+)?(?:excluded|withdrawn|removed|"
                            r"ineligible|not\s+eligible)\b))", re.I)
# an aside between a count of patients and the verb that makes them the sample: "Thirty-one patients, 48% with ≥4 lines
# of previous therapies, were treated", "Forty patients, median age 61 years, were enrolled"
# (the aside may hold its own brackets: "755 patients, median age 62 yrs (range 27-83), were randomized")
# (a relative word in lower case: "WHO PS 0-1" is the performance scale)
_N_APPOSED = lazy_compile(r",\s+(?!(?:[^,;.()]|\([^()]*\))*\b(?-i:who|which|that|were|was|had|have|of whom)\b)"
                          r"(?:[^,;.()]|\([^();]{1,40}\)){1,100}?,\s+(?:were|had been)\s+"
                          rf"(?:\w+ly\s+)?(?:{RANDOMISED_VERB}|enroll?ed|included|recruited|treated)\b", re.I)
# what the counted patients had been through before entry, right after the count ("441 patients with mCRC whose disease
# had progressed during A", "120 patients previously treated with A", "98 patients refractory to A", "who could not
# tolerate standard treatment"): their history, which tells nothing of what the count counts
_HISTORY_DESC = lazy_compile(
    r"(?:\s*\([^()]{1,80}\))?\s+(?:with\s+(?:(?!(?:who|whose|that)\b)[^\s,;()]+\s+){1,8}?)?"
    r"(?:(?:who|whose\s+(?:disease|tumou?rs?|cancers?)|that)\s+(?:had\s+|has\s+|have\s+)?(?:previously\s+|already\s+)?"
    r"(?:been\s+)?(?:progress|relaps|recurr|fail|receiv|treated|pretreated|could\s+not\s+tolerate|were\s+(?:intolerant|"
    r"refractory|unable\s+to\s+tolerate))|(?:previously|heavily)\s+(?:pre-?)?treated\s+with|pre-?treated\s+with|"
    r"refractory\s+to|intolerant\s+(?:of|to)|progressing\s+(?:on|after|during)|(?:after|following)\s+(?:the\s+)?failure\s+of)\w*\b",
    re.I)
# the verb that makes the described patients the sample, after their history
_SAMPLE_VERB_AFTER = lazy_compile(r"\s(?:were|was|had been)\s+(?:subsequently\s+|then\s+)?(?:enroll?ed|included|"
                                  rf"{RANDOMISED_VERB}|treated|recruited)\b", re.I)
# the words of a design with more than one arm: a count told with them is no one arm's
_CONTROLLED_DESIGN = lazy_compile(r"randomi[sz]|randomly|\b(?:placebo[- ]controlled|double-blind|parallel-group|"
                                  r"(?:two|three|2|3)-arm)\b", re.I)
_N_PATIENTS_WORD = lazy_compile(r"\b(?:patients|participants|pts|subjects)$", re.I)
# deaths counted per group, not the patients each group enrolled
_DEATHS = lazy_compile(r"\b(?:died|deaths?)\b", re.I)
# what a description of counted patients must not tell: events during the study, not who entered it
# (h56) the patients a finding or an event was had in, named right after it: "responses were seen in 4 patients", "KRAS
# mutations were found in 20 patients", "grade 3 rash occurred among 9 patients", "a response was achieved by 16
# patients", "ctDNA was assessable in 25 patients": those who had it, never the sample a study or an arm took in (a rate
# said of them, "an ORR of 50% was observed in 10 patients", makes them the rate's sample: see _event_locus)
_EVENT_LOCUS_BEFORE = lazy_compile(
    r"\b(?:(?:occurred|occurring|observed|seen|noted|reported|recorded|documented|found|detected|identified|developed|"
    r"achieved|attained|experienced|present|confirmed)\s+(?:in|among|by)|(?:evaluable|assessable)\s+(?:in|for))\s+"
    r"(?:a\s+total\s+of\s+|only\s+|the\s+|all\s+|another\s+|an?\s+(?:additional|further)\s+)?$", re.I)
# (h56) an event, a response or a finding said of counted patients whose own words name no verb of entry: "Nine patients
# treated in the expansion cohort had a confirmed response", "30 patients treated with A and 12 treated with B
# responded", "12 patients receiving A died" (not "24 patients received A and 10 responded", "30 patients were enrolled
# and 12 had a response", "patients who ... responded": the count has its own verb)
_EVENT_PREDICATE_AFTER = lazy_compile(
    r"(?:(?!\b(?:were|was|had\s+been|received|enrol+ed|entered|underwent|included|started|began|who|whom|whose|which|that)\b)"
    r"[^;.(),]){0,100}?\b(?:responded|progressed|died|relapsed|recurred|discontinued|withdrew|experienced|developed|"
    r"suffered|harbou?red|(?:achieved|attained|had|showed)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?(?:responses?|remissions?|"
    r"disease\s+control|stable\s+disease|progression|PR|CR|events?|toxicit\w*|rash|diarrh\w*|mutations?|amplifications?))\b"
    # (a rate or a duration had is the counted sample's result: "The 29 patients evaluable for efficacy had an overall
    # response rate of 28%")
    r"(?![\s\-]+(?:rates?|duration|ratio|free)\b)", re.I)
# the words between a count and its noun that make it a count of something else among the patients: "9 responders among
# the patients", "20 of the patients"
_COUNTED_AMONG = lazy_compile(r"\b(?:responders?|non-?responders?|events?|deaths?|among|of)\b", re.I)
# where a clause begins, after a semicolon, a colon or a comma
_CLAUSE_MARK = lazy_compile(r"[;:]|,\s")
# a rate the clause gives before the verb: its sample is the count after it
_RATE_BEFORE = lazy_compile(r"\d\s*%|\b(?:rates?|ORR|DCR)\b", re.I)


def _event_locus(text: str, start: int) -> bool:
    """Whether the count at ``start`` names the patients an event, a response, a finding or an assay's result was had
    in (see _EVENT_LOCUS_BEFORE), which a rate said before it does not make ("An ORR of 50% was observed in 10
    patients": the rate's sample).

    >>> _event_locus("Responses were seen in 4 patients treated in the cohort.", 23)
    True
    >>> _event_locus("An ORR of 50% was observed in 10 patients.", 30)
    False
    >>> _event_locus("Sotorasib was evaluated in 40 patients.", 27)
    False
    """
    verb = _EVENT_LOCUS_BEFORE.search(text, max(0, start - 60), start)
    if verb is None:
        return False
    lo = max((k.end() for k in _CLAUSE_MARK.finditer(text, 0, verb.start())), default=0)
    return _RATE_BEFORE.search(_BRACKETS.sub(_blank, text[lo:verb.start()])) is None


_N_EVENTS = lazy_compile(r"adverse|toxicit|side effect|\bgrade\b|discontinu|\bdied\b|deaths?\b|withdr|excluded|lost to|screened", re.I)
# (s59) the patients a clause counts right before a bracketed count of them: "occurred in 5 patients (n = 5)", "were
# needed in 12 patients (n = 12)", "was seen among patients (n = 7)"
_IN_PATIENTS_BEFORE = lazy_compile(rf"\b(?:in|among|by)\s+(?:a\s+total\s+of\s+|only\s+|the\s+|all\s+)?(?:{_COUNT}\s+)?"
                                   r"(?:patients|participants|pts|subjects|cases)\s*$", re.I)
# (s59) what counted patients may have had rather than entered with: an adverse event (by its grade or its name), a
# response category, a death, a dose reduction or delay, a stop of treatment
_HAD_EVENT = lazy_compile(r"adverse|toxicit|side\s+effects?|\bgrade\b|\brash|neutropeni|diarrh|nause|vomit|fatigue|"
                          r"mucositis|stomatitis|hypertension|proteinuria|\bevents?\b|\bresponses?\b|\bresponders?\b|"
                          r"remissions?\b|stable\s+disease|progressi(?:on|ve\s+disease)|\bdeaths?\b|\bdied\b|"
                          r"reductions?\b|delays?\b|interruptions?\b|discontinu|withdr|hospitali[sz]", re.I)
# (s59) a bracketed count's patients said, right after it, to have had an adverse event of a grade or needed a change of
# their dose: "(n = 3) had grade 4 neutropenia", "(n = 6) required dose reductions"
_NEEDED_AFTER = lazy_compile(r"\s*(?:(?:had|experienced|developed|suffered)\s+(?:an?\s+|any\s+)?grade\b|"
                             r"(?:required|needed|underwent)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:reductions?|delays?|"
                             r"interruptions?|modifications?|discontinuation)\b)", re.I)


_AFTER_COUNT_STOP = lazy_compile(r"[;.]\s|,\s")  # (where the words after a count stop being its clause)


def _counts_an_event(text: str, start: int, end: int) -> bool:
    """(s59) Whether the bracketed count "(n = N)" at ``start``..``end`` counts the patients who had an event rather
    than those an arm took in: its patients said right after it to have had it ("(n = 3) had grade 4 neutropenia",
    "(n = 5) died", "(n = 6) required dose reductions"), or named right before it as those the clause's event was had in
    ("grade 3 rash occurred in 5 patients (n = 5)", "dose reductions were needed in 12 patients (n = 12)"), where the
    clause gives no rate and no verb of entry ("an ORR of 40% was seen in patients (n = 30)", "a response was seen in
    patients (n = 30) at a rate of 40%": the rate's sample).

    >>> _counts_an_event("Grade 3 rash occurred in 5 patients (n = 5).", 35, 42)
    True
    >>> _counts_an_event("Patients (n = 3) had grade 4 neutropenia.", 9, 16)
    True
    >>> _counts_an_event("An ORR of 40% was observed in patients (n = 30).", 39, 47)
    False
    >>> _counts_an_event("Patients (n = 40) were randomized to A or B.", 9, 17)
    False
    """
    if _EVENT_PREDICATE_AFTER.match(text, end) or _NEEDED_AFTER.match(text, end):
        return True
    lo = max(0, start - 160)
    lo = max((k.end() for k in _CLAUSE_MARK.finditer(_BRACKETS.sub(_blank, text[:start]), lo, start)), default=lo)
    locus = _IN_PATIENTS_BEFORE.search(text, lo, start)
    if locus is None:
        return False
    clause = _BRACKETS.sub(_blank, text[lo:locus.start()])
    rest = _AFTER_COUNT_STOP.split(text[end:end + 80], maxsplit=1)[0]  # ("... (n = 30) at a rate of 40%": its sample)
    return _HAD_EVENT.search(clause) is not None and _RATE_BEFORE.search(clause) is None and \
        _RATE_BEFORE.search(rest) is None and _SAMPLE_VERB.search(clause) is None
# "30 further patients were recruited", "an additional 117 patients were randomly assigned": patients added to a first
# group, not the whole sample (kept with that label)
_N_ADDED = lazy_compile(r"\s*(?:further|additional|more)\b", re.I)
_N_ADDED_BEFORE = lazy_compile(r"\b(?:an?\s+)?(?:further|additional)\s+$", re.I)
_ADDED_LABEL = "additional patients"
# the part of an enrolled sample that was then randomised: "164 patients were enrolled; of whom, 113 patients were then
# randomised"
_OF_WHOM_BEFORE = lazy_compile(r"\bof\s+(?:whom|which|these|them)\s*,?\s*$", re.I)
_RANDOMISED_AFTER = lazy_compile(rf"\s+(?:were|was)\s+(?:then\s+|subsequently\s+|later\s+)?{RANDOMISED_VERB}\b", re.I)
_RANDOMISED_LABEL = "randomized"
# the treated part of a sample counted first in the sentence ("... enrolled, and 45 patients were treated")
_TREATED_AFTER = lazy_compile(r"\s+(?:were|was)\s+(?:then\s+|subsequently\s+|actually\s+)?treated\b(?!\s+with\b)", re.I)
_TREATED_LABEL = "treated"
# s42 pr: a bracket of per-arm counts right after the treated part of the sample ("765 were treated (A n = 384; B n =
# 381)"), the count inside it and no closing bracket between
_TREATED_BRACKET = lazy_compile(r"\b(?:were|was)\s+(?:then\s+|subsequently\s+|actually\s+)?treated\s*\([^()]*$", re.I)
# a sample size a design planned, not the patients a study had: "the design required 85 patients to be included",
# "a planned 120 patients", "we aimed to enrol 30 patients", "57 patients were to be randomised"
_N_PLANNED_BEFORE = lazy_compile(r"\b(?:(?:required?|planned|pre-?planned|projected|expected|intended|targeted)\s+"
                                 # ("terminated before a pre-planned accrual of 45 subjects": the accrual planned)
                                 r"(?:accrual|enrol+ment|recruitment)\s+of|"
                                 r"required?|requires|needed|planned|pre-?planned|calculated|projected|"
                                 r"aim(?:ed|s)?\s+to\s+(?:enrol+|include|recruit|accrue|randomi[sz]e)|"
                                 r"(?:would|will|to)\s+(?:need|require|enrol+|include|recruit|accrue)|target(?:ed)?\s+(?:accrual|"
                                 r"enrol+ment|sample(?:\s+size)?)|sample\s+size\s+(?:of|was|is|would be)|"
                                 r"accrual\s+(?:goal|target)\s+(?:of|was|is)|"
                                 # ("a Simon's two-stage design (enrolling 6 patients in the safety lead-in, ...)": the
                                 # design's planned stages, not the sample)
                                 r"\bdesign\s*\(\s*(?:enrol+ing|including|with|accruing))\s+"
                                 r"(?:(?:a\s+total\s+of|at\s+least|approximately|about|up\s+to|an?|the)\s+)*$", re.I)
_N_PLANNED_AFTER = lazy_compile(r"[^.;]{0,80}?\b(?:(?:(?:were|was|are|is)\s+)?to\s+be|(?:would|will)\s+be)\s+(?:\w+ly\s+)?"
                                rf"(?:included|enroll?ed|{RANDOMISED_VERB}|accrued|recruited|treated|needed|required)\b|"
                                r"[^.;]{0,80}?\b(?:were|was)\s+(?:needed|required|planned)\b", re.I)
# "the phase II PEAK study was conducted in 285 patients": a study carried out in its sample
_N_STUDY_IN = lazy_compile(r"\b(?:study|trial)\b[^.;]{0,40}?\b(?:was|were)\s+(?:conducted|performed|carried out)\s+in\s+"
                           r"(?:a total of\s+)?$", re.I)
# patients who met the criteria ("fulfilled the eligibility criteria")
_MET = r"(?:met|fulfilled)\s+(?:the\s+|all\s+)?(?:inclusion|eligibility|study)\s+criteria"
# the words that give a trial by the count of its patients: "this randomized clinical trial of 116 patients", "a phase 2
# trial involving 416 patients"
_TRIAL_OF_COUNT = lazy_compile(r"\b(?:trial|study)\s+(?:of|involving|including|enrolling)\s+(?:a\s+total\s+of\s+)?$", re.I)
_N_VERB = lazy_compile(rf"\b(?:{ASSIGN_VERB}|enroll?ed|included|treated|received|evaluable|assessable|"
                       rf"{_MET}|"
                       r"(?:were|was)\s+involved\s+in\s+(?:the|this|our)\s+(?:[\w\-]+\s+)?(?:study|trial|analysis|cohort)|"
                       r"were analy[sz]ed|underwent|recruited|accrued|randomi[sz]ing|divided|evaluated|assessed|"
                       # "Thirty-two patients entered the study", "139 patients were entered and treated"
                       r"entered\s+(?:the|this|our|onto|into)\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|protocol)|were\s+entered)\b", re.I)
# a verb right before the count that makes it the study's sample: "included 28 patients", "evaluated 41 patients",
# "results for the 62 participants"
_N_VERB_BEFORE = lazy_compile(r"\b(?:enroll?ed|enroll?ing|included|including|" + ASSIGN_VERB + r"|randomi[sz]ing|recruited|"
                              r"recruiting|accrued|evaluated|assessed|analy[sz]ed|studied|treated|involved|involving|comprised|"
                              r"(?:given|administered)\s+to|"
                              r"comprising|(?:results|data|outcomes)\s+(?:for|from|of|on|in)|"
                              # "closed early following accrual of 191 patients", "an intent-to-treat population of 1,226"
                              r"(?:accrual|enrol+ment|recruitment)\s+of|"
                              r"(?:intent(?:ion)?[- ]to[- ]treat|ITT)\s+(?:patient\s+)?population\s+of|(?:collected|obtained|taken)\s+"
                              r"(?:[\w\-]+\s+){0,4}?from)\s+"
                              r"(?:a total of\s+|the\s+|all\s+|only\s+|a cohort of\s+)?$", re.I)
# words that make a count of patients something else than the study's sample (events, prior therapy, screening)
_N_NOT = lazy_compile(r"screened|found|samples|adverse|toxicit|side effect|\bgrade\b|experienc|"
                      r"\bnot\s+(?:\w+ly\s+)?(?:evaluable|assessable|eligible)|\b(?:non-?|in|un)evaluable\b|"
                      r"discontinu|\bdied\b|deaths?\b|withdr|excluded|lost to|dose (?:reduction|interruption|delay|modification)|"
                      r"\bprior\s+(?:[\w\-]+\s+){0,2}(?:therap|treatment|line|regimen|exposure)|"
                      r"had (?:previously |already )?(?:received|been treated)|had (?:progress|relaps|recurr)", re.I)
# a count whose own verb is an operation ("Thirty patients underwent curative resection", "12 had undergone
# hepatectomy"): the patients who had surgery are a part of a cohort, not the sample a therapy's arm was given
_N_OPERATED = lazy_compile(r"(?:\s+(?:patients|pts|participants|cases))?\s+(?:had\s+|have\s+)?(?:underw\w+|undergone)\s+"
                           r"(?:[\w\-]+\s+){0,2}?(?:resection|surgery|surgical|metastasectomy|hepatectomy|colectomy|"
                           r"operation|biops)", re.I)
# ... unless the same patients are then the ones the study took in: "400 patients underwent curative resection and
# were randomised to A or B", "... had undergone hepatectomy and were subsequently enrolled"
_OPERATED_THEN_SAMPLE = lazy_compile(r"[^,;.()]{0,60}?\s(?:and\s+)?(?:were|was)\s+(?:subsequently\s+|then\s+|later\s+)?"
                                     rf"(?:{ASSIGN_VERB}|enrol+ed|included)\b",
                                     re.I)
# a per-arm split in brackets right after a total: "218 pts (arm A/B: 73/145)"
# a bracket the clause opens and does not close: the parts of a count it lists
_OPEN_PARTS = lazy_compile(r"\([^()]*$|$")
# a second count in the same frame right after a count's clause: "... to CBI and 17 to CI", "... in arm A and 87 in arm B"
_PARALLEL_COUNT = lazy_compile(rf",?\s*and\s+{_COUNT}\s+(?:patients\s+|participants\s+)?(?:(?:were|was)\s+)?"
                               rf"(?:(?:{ASSIGN_VERB}|treated|enrol+ed|included)\s+)?"
                               r"(?:to|in|into|on)\b(?!\s+(?:the\s+|this\s+)?(?:[\w\-]+\s+){0,2}analys[ie]s\b)", re.I)
# (s60 b) "(64 patients were enrolled) and 40 included in the efficacy analysis": the part of the sample the sentence
# counted first that one analysis of the trial took in, its noun and auxiliary shared with the first count's clause
_N_ANALYSED = lazy_compile(rf"(?<=\sand\s){_COUNT}\s+(?:patients\s+)?(?:were\s+)?(?:included|analy[sz]ed)\s+in\s+"
                           r"(?:the|this)\s+(?P<which>(?:[\w\-]+\s+){0,2}?)analys[ie]s(?:\s+(?:set|population))?\b", re.I)
# one phase of a study a count's patients entered, right after the count: "(patients) were treated in the dose
# escalation cohort", "were enrolled in the dose-expansion phase"
_PHASE_WORDS = r"(?P<part>(?:dose[\s\-]?)?(?:escalation|expansion)(?:\s+(?:cohort|phase|part|stage))?)\b"
_PHASE_PART_IN = lazy_compile(r"\s+(?:patients\s+|pts\s+|participants\s+)?(?:were|was)\s+(?:treated|enrol+ed|included|"
                              r"accrued|recruited)\s+in\s+(?:the\s+)?" + _PHASE_WORDS, re.I)
# the other phase's count beside it: "and 18 patients were treated in the expansion cohort", "and 37 patients in the
# mCRC cohort of the dose-expansion"
_PHASE_PART_NEXT = lazy_compile(rf"\s*,?\s*and\s+{_COUNT}\s+(?:patients\s+|pts\s+|participants\s+)?(?:(?:were|was)\s+"
                                r"(?:treated|enrol+ed|included|accrued|recruited)\s+)?in\s+(?:the\s+)?"
                                r"(?:(?!(?:and|or|who|with)\b)[\w\-]+\s+){0,4}?" + _PHASE_WORDS, re.I)


def _phase_label(m) -> str:
    """The phase a count's patients entered, as its label: "dose escalation", "expansion" (its head word dropped)."""
    return re.sub(r"\s+(?:cohort|phase|part|stage)$", "", " ".join(m.group("part").lower().replace("-", " ").split()))


# the first count's clause of two counted in one frame, a verb of assignment or enrolment and the word naming the
# group ("were randomized to", "were assigned to", "were enrolled in", "in")
_PARALLEL_FRAME = lazy_compile(rf"\s*(?:(?:were|was|had\s+been)\s+)?(?:(?:{ASSIGN_VERB}|enrol+ed|included|treated|recruited|"
                               r"accrued|registered)\s+)?(?:to|in|into|on)\b", re.I)
# where the second count's words end: a comma, semicolon, stop, bracket, "and", a verb
_PARALLEL_END = lazy_compile(r"[,;:.()]\s|[;:()]|\.$|\b(?:and|while|whereas|were|was|had|who|of\s+whom)\b", re.I)
# words after the pair that make them no sample sizes ("... and 17 to CI were evaluable", "... had responses")
_NOT_SAMPLE_AFTER = lazy_compile(r"[^,;.()]{0,60}?\b(?:were|was)\s+(?:evaluable|eligible|analy[sz]ed|excluded|"
                                 r"assessable|included\s+in\s+the\s+(?:\w+\s+)?analys)", re.I)
# two groups counted by what each received, one clause each: "60 patients received A and 66 received B", "45 patients
# received A, and 52 patients were treated with B" (the clause of the first count, then the second count's start)
# (s52 prec) a second group counted with the treatment it was given as its description: "The 177 patients randomly
# assigned to receive A and the 88 patients given B", "the 40 patients treated with B": the first count is its own
# group's, never the whole sample
_GROUP_PARALLEL = lazy_compile(rf",?\s*and\s+(?:the\s+|those\s+)?{_COUNT}\s+(?:patients|participants|pts|subjects)\s+"
                               rf"(?:who\s+(?:were|had\s+been)\s+)?(?:{ASSIGN_VERB}"
                               r"\s+to|given|receiving|treated\s+with|in\s+the\s+[\w\-+ ]{1,40}?(?:arm|group))\b", re.I)
_RECEIVED_CLAUSE = lazy_compile(r"\s*(?:received|were\s+(?:treated\s+with|given))\s", re.I)
_RECEIVED_PARALLEL = lazy_compile(rf",?\s*and\s+{_COUNT}\s+(?:patients\s+|participants\s+)?(?:received|were\s+(?:treated\s+with|"
                                  r"given))\s", re.I)
# (s44 ovals) a pool the study's patients were taken from, the part that entered named after it: "Out of 1820 patients
# treated palliatively, 32% (590 patients) met study criteria", "Of 400 patients seen, 120 were eligible"
_POOL_BEFORE = lazy_compile(r"(?:^|\b)(?:results?\s*:\s*)?(?:out\s+of|of|among|from)\s+(?:the\s+|all\s+)?$", re.I)
_POOL_SELECTED = lazy_compile(r"\s*,[^.;]{0,60}?\b(?:(?:met|fulfilled)\s+(?:the\s+|all\s+)?(?:study|eligibility|inclusion)\s+"
                              r"criteria|were\s+(?:eligible|selected))\b", re.I)
# (words that make the patients a count names the ones randomised: _RANDOMISED)
# (s44 ovals) a total, then its split into two groups by what each received: "Of 178 eligible patients, 141 received A,
# and 37 received B"
_GIVEN_VERB = r"(?:received|were\s+(?:treated\s+with|given))\s"
# (also with "were" left out and the second verb too: "Of the 102 enrolled, 44 treated with A and 45 with B")
_GIVEN_SHORT = rf"(?:{_GIVEN_VERB}|(?:treated\s+with|given)\s)"
_TOTAL_SPLIT_RECEIVED = lazy_compile(rf"\b(?:of|among)\s+(?:the\s+|all\s+)?{_COUNT}\s*[^,;]{{0,60}}?,\s*{_COUNT}\s+"
                                     rf"(?:patients\s+)?{_GIVEN_SHORT}[^;]{{1,80}}?,?\s+and\s+{_COUNT}\s+(?:patients\s+)?"
                                     rf"(?:{_GIVEN_SHORT}|with\s)", re.I)
# a count that is one group's of the study, not the whole sample: the clause names the group ("71 patients received
# A only (non-B group)"), the count is "the other" patients, or another group's count follows ("..., while the other")
_GROUP_LABEL = lazy_compile(r"\((?![^()]*\b(?:ITT|intention|intent|safety|overall|total|full|study|all|whole|evaluable|"
                            r"analysis|population)\b)[^()]{1,40}?\b(?:group|arm)\)", re.I)
_OTHER_GROUP_BEFORE = lazy_compile(r"\b(?:the\s+)?(?:other|remaining)\s+$", re.I)
_OTHER_GROUP_AFTER = lazy_compile(r"\s*,?\s*(?:while|whereas)\s+(?:the\s+)?(?:other|remaining|rest)\b", re.I)
# ("(Arms A/B, n=95/49)": the labels, then the counts in the same order)
_ARM_SPLIT = lazy_compile(r"\s*\(\s*arms?\s+(?P<labels>[A-H1-9](?:\s*/\s*[A-H1-9])+)\s*(?::|,\s*n\s*=)\s*"
                          r"(?P<counts>\d{1,4}(?:\s*/\s*\d{1,4})+)\s*\)", re.I)
# a total's split told as a list after it, each count with its arm's label: "Seventy-four patients were treated; 31 with
# arm A, 43 with arm B", "...: 40 in arm A and 38 in arm B"
_ARM_LIST_SPLIT = lazy_compile(r"(?:[;:]|\bof\s+(?:whom|these|them),?)\s*(?P<n1>\d{1,4})\s+(?:patients\s+)?(?:with|in|on)\s+(?:the\s+)?"
                               r"arm\s+(?P<l1>[A-H1-9])\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n2>\d{1,4})\s+(?:patients\s+)?"
                               r"(?:with|in|on)\s+(?:the\s+)?arm\s+(?P<l2>[A-H1-9])\b", re.I)
# (s56 armcounts) a total, then its split between two labelled arms, each count told with a few words of its own:
# "This included 729 patients -- 367 on the standard treatment Arm A and 362 who also received B on Arm B", "120
# patients were enrolled, 61 treated in arm A and 59 in arm B" (read only where the two add up to the total)
_SPLIT_ARM_WORDS = r"(?:patients\s+|pts\s+)?(?:(?!(?:and|or|vs|versus)\b)[\w\-]+\s+){0,5}?(?:with|in|on|to|into)\s+(?:the\s+)?" \
                   r"(?:(?!(?:and|or|vs|versus)\b)[\w\-]+\s+){0,4}?(?i:arm)\s+"
_ARM_TOTAL_SPLIT = lazy_compile(r"(?<![\d.,])(?P<total>\d{1,3}(?:,\d{3})+|\d{1,5})\s+(?:patients|pts|participants)\b"
                                r"[^;:\u2014\u2013.()]{0,40}?\s*(?:[;:\u2014\u2013]|,|\s-\s)\s*"
                                rf"(?P<n1>\d{{1,4}})\s+{_SPLIT_ARM_WORDS}(?P<l1>[A-H1-9])\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                rf"(?P<n2>\d{{1,4}})\s+{_SPLIT_ARM_WORDS}(?P<l2>[A-H1-9])(?![\w\-])", re.I)
# a total's split told as labels set equal to counts: "(116 were evaluable: A=54, B=62)", "(arm A = 54; arm B = 62)",
# "(A: n = 54, B: n = 62)" (the labels in capitals, each the label of an arm the design named)
_LABEL_EQ_SPLIT = lazy_compile(r"(?:[(:;,]\s*)(?:(?i:arms?)\s+)?(?P<l1>[A-H1-9])\s*(?::\s*n\s*)?=\s*(?P<n1>\d{1,4})\s*"
                               r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:(?i:arm)\s+)?(?P<l2>[A-H1-9])\s*(?::\s*n\s*)?=\s*"
                               r"(?P<n2>\d{1,4})(?![\d.])")
# (s57 labels) the analysis population whose total a split between arms follows, in its bracket or clause: "(116 were
# evaluable: A=54, B=62)", "116 patients were assessable for response (A=54, B=62)", "the per-protocol population (arm A
# = 54; arm B = 62)"
_SPLIT_EVALUABLE = lazy_compile(r"\b(?:(?:were|was|being)\s+)?(?P<word>(?:efficacy[\s\-]|response[\s\-])?(?:evaluable|assessable))"
                                r"(?:\s+(?:for|in)\s+(?:the\s+)?(?P<for>efficacy|response|safety|toxicity|analysis|the\s+analysis))?"
                                r"[\s,:;(]*$", re.I)


def _split_population(text: str, at: int) -> str | None:
    """The analysis population a split between arms at ``at`` counts the parts of ("evaluable", "per-protocol
    population"), named in its bracket or clause right before it, else None.

    >>> t = "In total, 123 patients were randomized (116 were evaluable: A=54, B=62)."
    >>> _split_population(t, t.index(": A")), _split_population("123 patients were randomized (A=61, B=62).", 30)
    ('evaluable', None)
    >>> t = "Overall, 116 patients were assessable for response (A=54, B=62)."
    >>> _split_population(t, t.index("(A"))
    'evaluable for response'
    """
    lo = max(text.rfind("(", 0, at), text.rfind(";", 0, at), text.rfind(". ", 0, at), 0)
    before = text[lo:at].lstrip("(;. ").rstrip("(:;, ")
    m = _SPLIT_EVALUABLE.search(before)
    if m is not None:
        words = re.sub(r"assessable", "evaluable", m.group("word").lower())  # (one word for both, as the total's)
        return f"{words} for {m.group('for').lower()}" if m.group("for") else words
    return analysis_set_named(before)


# the whole randomised sample named after its count: "592 patients in the intention-to-treat population"
_ITT_AFTER = lazy_compile(r"\s+(?:in|of)\s+the\s+(?:intention|intent)[- ]to[- ]treat\s+(?:\(ITT\)\s+)?(?:population|set|analysis)\b", re.I)
# what closes a count of the whole sample: a comma, the trial's name, the ITT population ("Of the 204 randomized patients
# in the CONCUR trial, ..."; not "Of the 120 randomized patients with RAS mutations", a part of the sample)
_WHOLE_SAMPLE_END = lazy_compile(r"(?:\s+(?:in|of)\s+the\s+(?:[\w\-]+\s+){0,3}?(?:trial|study|population|set|analysis))?\s*,", re.I)
# what a "(n = N)" may count: patients, a group, a trial or a dose level (not "diarrhea (n = 7)")
_N_OWNER = lazy_compile(r"\b(?:patients?|participants?|pts|subjects|individuals|cases|cohorts?|groups?|arms?|populations?|"
                        r"sets?|trials?|study|studies|enrolled|randomi[sz]ed|evaluable|analy[sz]ed|treated|total|overall|"
                        r"all|stages?|parts?|sample size|sample)\b|\d\s*(?:mg/kg|mg/m2|mg/m²|mg)\b", re.I)
# a share of the patients right before a bracketed count: "12% of patients (n = 4)" counts that share only
_SHARE_OF_PATIENTS = lazy_compile(r"(?:%|\bpercent)\s+of\s+(?:the\s+)?(?:patients|participants|pts|subjects)\s*$", re.I)
# a cohort named by a letter or number ("cohort A", "Cohort 2"); as the population of a sentence's values
_COHORT_LABEL = r"((?i:cohort)\s+(?:[A-H]|\d{1,2})(?![\w\-]))"
_LETTER_COHORT = lazy_compile(rf"\b{_COHORT_LABEL}\s*$")


# "[27 and] 25 patients were assigned to tissue-positive and ctDNA-positive groups": patients counted into groups,
# the counts coordinated before the last one, and the groups' words parted
_INTO_GROUPS = lazy_compile(r"\s*(?:(?:were|had\s+been)\s+)?(?:assigned|allocated|classified|categori[sz]ed|grouped|divided|"
                            r"stratified)\s+(?:to|in|into)\s+(?:the\s+)?(?!(?:each|both|all|either|every|respective)\b)"
                            r"(?P<groups>[^,;.()]{1,80}?)\s+(?:groups|subgroups|cohorts|group|subgroup|cohort)\b", re.I)
_COUNTS_BEFORE = lazy_compile(r"(?<![\d.,])(?:\d{1,5}\s*,\s*)*\d{1,5}\s*,?\s*and\s+$")


# a count given for a cohort named by a letter or number, the cohort after it: "86 patients were enrolled (53 in cohort A,
# 15 in cohort B, and 18 in cohort C)", "Sixty-one patients in cohort A and 63 patients in cohort B were enrolled"
# (not a share, "45% in cohort A", nor a count of what the cohort's patients had, "12 patients in cohort A had a response")
_IN_COHORT = lazy_compile(rf"(?<![\w.,%\-]){_COUNT}\s+(?:(?:patients|pts|participants|subjects)\s+)?(?:(?:were|was)\s+)?"
                          rf"(?:(?:enrol+ed|included|treated|registered|accrued|assigned|allocated)\s+)?(?:in|into|to)\s+"
                          rf"(?:the\s+)?{_COHORT_LABEL}"
                          r"(?!\s*(?:\([^()]*\)\s*)?(?:had|have|has|achieved|experienced|showed|developed|responded|died|"
                          r"progressed|were\s+(?:alive|responders|progression))\b)")
# a sentence that opens with the eligible part of the sample: "Among 41 eligible patients, median age was 63 years", "Of
# the 38 eligible patients, 12 responded" (not "Among 41 eligible patients with KRAS mutations": a subgroup; the evaluable
# part is read by _N_EVALUABLE)
_OPENING_ELIGIBLE = lazy_compile(rf"\s*(?:[A-Z]+:\s*)?(?:Among|Of|In)\s+(?:the\s+|all\s+|these\s+)?{_COUNT}\s+"
                                 r"(?P<part>eligible)\s+(?:patients|participants|pts|"
                                 r"subjects)\s*,", re.I)
# a sentence that says who entered the study: only there is a cohort's count its size
_ENTERED = lazy_compile(r"\b(?:enrol+ed|enrol+ment|included|registered|accrued|recruited|assigned|allocated|treated|"
                        r"received|evaluable|analy[sz]ed)\b", re.I)


def _cohort_name(m: re.Match) -> str:
    """The cohort a match of _LETTER_COHORT or _COHORT_OF names, as values are labelled with it ("Cohort B" ->
    "cohort B")."""
    return "cohort " + m.group(1).split()[-1]


# what may stand between a therapy and the bracket listing its count ("atezolizumab therapy (1,200 mg ...; n = 90)")
_OF_THERAPY_GAP = lazy_compile(r"\s*(?:(?:of\s+)?(?:therapy|treatment))?\s*", re.I)
# a group's count and what it received, the verb given once ("63 patients received A and 33 received B", "612
# randomized to receive A and 614, placebo", "593 were assigned to A and 590 to B"): the verb is missing only after
# the first group
# (a count in words too: "Ninety-six patients were randomized to A and 95 to B")
_GROUP_COUNT = lazy_compile(rf"(?<![\w.,%\-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|{_WORDS_COUNT})(?:\s+(?:(?:patients|pts|participants|subjects)\s+)?"
                            rf"(?P<verb>(?:were\s+)?(?:received|treated with|given|{ASSIGNED_TO}|"
                            # ("133 patients were randomly allocated A and 134 were allocated B": the arm right after)
                            r"(?:randomly\s+)?allocated(?!\s+to\b)))\s+|,\s*|(?P<to>\s+to\s+))"
                            r"(?!(?:prior|previous|at least|a median|no|one|two|three|\d))", re.I)
# an arm's group and its size, the verb given once: "the A group comprised 278 patients and the B group 138"
# (also a group named by its label after its word: "Arm A enrolled 50 patients and arm B 48")
_GROUP_SIZE = lazy_compile(r"\b(?:the\s+)?(?P<group>[^,;()]{1,50}?\s(?:group|arm|cohort)|(?<![\w\-])(?:group|arm|cohort)\s+"
                           r"(?:[A-H]|[1-9])(?![\w\-/]))\s+(?:(?P<verb>comprised|included|"
                           r"consisted\s+of|enrolled|recruited|accrued|contained)\s+)?(?P<n>\d{1,5})(?:\s+(?:patients|participants|pts))?"
                           r"(?=\s*(?:,|;|\.|$|and\b|while\b|whereas\b))", re.I)
# (s56 armcounts) a sentence that opens with one arm and counts the patients it took in: "In arm A, 52 patients were
# enrolled", "In the cetuximab arm, a total of 60 patients were randomized" (the arm before the count, the verb of entry
# after it; never "were treated", which may count a part: "In arm A, 12 patients were treated beyond progression")
_ARM_OPENING = lazy_compile(r"^\W*(?:[A-Z][a-z]+\s*:\s*)?(?:In|Within)\s+(?:the\s+)?(?P<grp>(?:[^,;()]{1,50}?\s)?"
                            r"(?:group|arm|cohort)(?:\s+(?:[A-H]|[1-9])(?![\w\-/]))?)\s*,\s*(?:a\s+total\s+of\s+)?"
                            rf"{_COUNT}\s+(?:patients|pts|participants|subjects)\s+(?:were|had\s+been)\s+(?:{ASSIGN_VERB}|"
                            r"enrol+ed|included|recruited|accrued|registered)\b"
                            r"(?![^,;.()]{0,40}\b(?:and|or)\s+\d)", re.I)
# (s56 armcounts) a sentence that opens with the patients assigned to one arm, then says what some of them had: "Of 120
# patients randomized to arm A, 40 responded", "Among the 60 patients assigned to receive A plus B, ..." -- the count of
# that arm's patients (the part after the comma is read as before, never as a sample)
_ARM_POOL_OPENING = lazy_compile(rf"^\W*(?:[A-Z][a-z]+\s*:\s*)?(?:Of|Among)\s+(?:the\s+|all\s+)?{_COUNT}\s+(?:patients|pts|"
                                 r"participants|subjects)\s+(?:who\s+(?:were|had\s+been)\s+)?"
                                 rf"{ASSIGN_VERB}\s+(?:to|in|into)\s+(?:receive\s+)?"
                                 r"(?P<grp>[^,;()]{1,60}?)\s*,", re.I)
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_AND_OR_COMMA_END = lazy_compile(r"(?:\band|,)\s*$")  # a bare "N to" counts a group only after these
# the verb of a total said once for its parts that follow ("87 patients were randomly assigned, 41 to A and 46 to B",
# "randomized: 41 to A and 46 to B"): the first part needs no verb of its own
_SHARED_VERB_BEFORE = lazy_compile(r"\b" + ASSIGN_VERB + r"\s*[,:]\s*$", re.I)
# (also "n =": "arm A n = 100, arm B n = 98" gives each label's size after it, no group counted before its arm)
_LABEL_BEFORE_COUNT = lazy_compile(r"\b(?:arms?|groups?|cohorts?|parts?|days?|cycles?|weeks?|lines?|phases?|stages?)\s*$|"
                                   r"\bn\s*=\s*$", re.I)


# the words that make a count a bound: "more than 450 patients", "over 1,000", "at least 30", "> 200"
_BOUND_BEFORE = lazy_compile(r"(?:\b(?:more|greater|fewer|less)\s+than|\bover|\bat\s+least|\bnearly|\balmost|\bup\s+to|"
                             r"[>≥<≤])\s*$", re.I)
# (a year before the count starts no run: "From 2011 to 2014, 121 patients were enrolled")
_COUNTS_RUN_BEFORE = lazy_compile(r"(?<!\d)(?!(?:19|20)\d\d\b)\d{1,5}\s*(?:,|and|,\s*and)\s*$")
_COUNTS_RUN_AFTER = lazy_compile(r"\s*(?:,|and|,\s*and)\s*\d")


# the groups a run of counts goes to, named together before one plural noun: "61 and 59 patients were randomised to
# the A and B arms"
_TO_GROUPS = lazy_compile(r"\s+(?:(?:[\w\-]+\s+){0,3}?(?:patients|participants|pts|subjects)\s+)?(?:were\s+)?"
                          + ASSIGN_VERB + r"\s+(?:to|in|into)\s+(?:the\s+)?"
                          r"(?P<groups>[^,;.()]{1,80}?)\s+(?P<noun>arms|groups|cohorts)\b", re.I)


# a run of two or more counts: "61 and 59", "40, 41 and 42"
_COUNT_RUN = lazy_compile(r"(?<![\d.,\-/])\b\d{1,5}(?:\s*,\s*\d{1,5})*\s*,?\s+and\s+\d{1,5}\b(?![.,]\d)")


# two counts of patients said to have been assigned or treated "respectively", the arms left to the design named before:
# "142 and 143 patients, respectively, were treated", "A total of 142 and 143 patients were assigned to the two arms,
# respectively"
_RESPECTIVE_PAIR = lazy_compile(r"(?<![\d.,\-/])(?P<a>\d{1,5})\s+and\s+(?P<b>\d{1,5})\s+(?:patients|participants|pts)\s*"
                                rf"(?:,\s*respectively\s*,\s*)?(?:were|had\s+been)\s+(?:{ASSIGN_VERB}|treated|enrolled|"
                                r"included)\b(?:\s+(?:to|in|into)\s+(?:the\s+)?(?:two|both|respective)\s+"
                                r"(?:arms|groups))?\s*(?:,\s*respectively\b)?", re.I)
# (screened patients: _N_EVENTS, asked first, already says "screened")
_NOT_ARM_GROUPS = lazy_compile(r"\b(?:subgroups?|populations?|cohorts?|with|tumou?rs?|mutant|mutated|wild[- ]type|"
                               r"stages?|sites?|centres?|centers?|countries)\b", re.I)
# the patients a count is of, named between an arm and the count: "B alone in patients with RAS wild-type (n = 142)"
_POPULATION_BETWEEN = lazy_compile(r"\b(?:in|among)\s+(?:the\s+)?(?:patients|participants|subjects|those)\b", re.I)
# two counts in one bracket, nothing else in it: "(n = 142 and n = 143)", "(142 vs 143 patients)", "(142 and 143
# patients, respectively)", "(n=142/143)"
_PAIR_BRACKET = lazy_compile(r"\(\s*(?:n\s*=\s*)?(?P<a>\d{1,5})\s*(?:patients|pts)?\s*,?\s*(?:and|vs\.?|versus|v\.?|/)\s*"
                             r"(?:n\s*=\s*)?(?P<b>\d{1,5})\s*(?:patients|pts)?\s*(?:,?\s*respectively)?\s*\)", re.I)
# what may stand between the second arm's name and the bracket of the counts: its own words, never a population
_PAIR_GAP = lazy_compile(r"[\w\s\-+/]{0,30}", re.I)
_PAIR_GAP_POPULATION = lazy_compile(r"\b(?:patients|participants|tumou?rs|population|cohorts?|subgroups?|with|in|among)\b",
                                    re.I)
_PAIR_TOTAL = lazy_compile(r"(?<![\d.,])(\d{1,5})\s+(?:\w+\s+){0,2}?(?:patients|participants|pts|subjects)\b", re.I)


def _in_counts_respectively(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is one of a run of counts the sentence pairs with its groups in order ("A
    total of 823 and 230 patients were randomly assigned to the oxaliplatin and irinotecan cohorts, respectively",
    "61 and 59 patients were randomised to the A and B arms"): each count is one group's, none the whole study's."""
    if not (_COUNTS_RUN_BEFORE.search(text, max(0, start - 12), start) or _COUNTS_RUN_AFTER.match(text, end)):
        return False
    if _RESPECTIVELY.search(text, end):
        return True
    to = _TO_GROUPS.match(text, end)
    # (groups that are not arms, "assigned to tissue-positive and plasma-positive groups", are read in _counted_into_groups)
    return bool(to and to.group("noun").lower() == "arms")


# what a bracket splitting the whole sample between arms stands after ("In the general study population (",
# "553 patients (", "were randomised ("), not a subgroup ("were biomarker-positive (")
_WHOLE_BEFORE = lazy_compile(rf"\b(?:population|patients|pts|participants|{RANDOMISED_VERB}|enroll?ed|"
                             r"treated|analy[sz]ed)\s*$", re.I)
# a bracket of two groups' counts apart by a semicolon ("(placebo n = 265; aflibercept n = 288)")
_TWO_PART_BRACKET = prefiltered(lazy_compile(r"\(([^();]{2,40}\d;[^();]{2,40}\d)\s*\)"))
# a bracket part that names its group only by its role as the comparison's control ("control, n=629", "controls: 272")
_CONTROL_PART = lazy_compile(r"\s*(?:the\s+)?(?:controls?|control\s+(?:arm|group))\s*[,:]?\s*", re.I)
# how a bracketed list of arm counts splits into its parts: at semicolons when each part names its arm before a comma
# ("vanucizumab, n = 94; bevacizumab, n = 95"), else at semicolons, commas, "and", "vs"
_NAMED_COUNTS = lazy_compile(r"[^;]+,\s*(?:n\s*=\s*)?\d+(?:\s*;[^;]+,\s*(?:n\s*=\s*)?\d+)+", re.I)
_SEMICOLON_SPLIT = lazy_compile(r"\s*;\s*")
_BRACKET_PART_SPLIT = lazy_compile(r"\s*[;,]\s*|\s+and\s+|\s+vs\.?\s+|\s+versus\s+")
# the verb of a count, then a bracket of two or more arms' counts ("306 patients were enrolled (XELOX n = 156; FOLFOX-6
# n = 150)"): the count is all the arms' patients, no one arm's
_ARM_COUNTS_BRACKET = lazy_compile(r"[^(),;]{0,40}?\(\s*[^()]*?\bn\s*=\s*\d[^()]*\bn\s*=\s*\d", re.I)
# a total's breakdown per group right after the total's verb, in brackets, after a comma ("with"), or after a colon:
# "87 patients were enrolled (41 pts in the A and 46 pts in the B arm)", "87 were randomized, with 41 in the A arm and
# 46 in the B arm", "87 patients were randomized: 41 to A and 46 to B", "(A, 41; B, 46)": the arms these name are the
# parts', and the total is none of them (group "lead" is where the breakdown starts)
_BREAKDOWN = lazy_compile(
    r"[^(),;:.]{0,50}?(?P<lead>\s*(?:\(\s*|[,:]\s*(?:(?:with|including|of\s+whom|comprising|namely)\s+)?))"
    r"(?:(?:n\s*=\s*)?\d{1,5}\s+(?:(?:patients|pts|participants|subjects)\s+)?(?:(?:were|was)\s+)?"
    r"(?:" + ASSIGN_VERB + r"\s+)?"
    r"(?:in|to|into|received|receiving|on|treated\s+with|given)\b"
    r"|(?<=\()[^()\d;,]{1,40}?(?:,|:)?\s*(?:n\s*=\s*)?\d{1,5}\s*[;,][^()]*\d\s*\))", re.I)
# the patients randomised to the arms a clause lists: their count is the trial's, not the first arm's
_RANDOMISED_TO = lazy_compile(rf"\b{RANDOMISED_VERB}\s+(?:\([^()]*\)\s+)?to\b", re.I)
# one arm's count inside a bracketed list ("(RAM 536; PBO 536)", "(n = 41 in the XELIRI arm and 46 in the FOLFIRI
# arm)"); a number with a unit is no count ("(63 years in the XELIRI and 62 years in the FOLFIRI arm)": median ages)
_BRACKET_ARM_COUNT = lazy_compile(r"(?:n\s*=\s*)?(\d{1,5})\s+(?!(?:years?|yrs?|y|months?|mos?|weeks?|wks?|days?|cycles?|mg|kg|"
                                  r"cm|%)(?:\W|$))(?:in\s+(?:the\s+)?)?(.+)|(.+?)(?:[:\s]|,\s*(?=n\s*=))\s*(?:n\s*=\s*)?(\d{1,5})")


# the noun a bracketed count closes is an analysis of part of the patients, not an arm
_ANALYSIS_HEAD = lazy_compile(r"\b(?:analys[ie]s|sub-?stud(?:y|ies))\s+of\b|\b(?:predictive|prognostic)\s+value\b", re.I)


# what may stand between a trial's name and the bracketed count of its patients ("OPUS (OxaliPlatin and ...) study")
_AFTER_TRIAL_NAME = lazy_compile(r"\s*(?:(?:study|trial)\s*)?(?:\([^()]{0,200}\)\s*)?(?:(?:study|trial)\s*)?", re.I)
# a verb that reports a study's results ("the trial reported that X generated an ORR of 50% ...")
_RESULT_VERB = lazy_compile(r"\b(?:reported|generated|achieved|showed|yielded|produced|demonstrated|resulted in)\b", re.I)


# a labelled part of a study as the subject of its count ("Arm 2 enrolled", "Cohort B included"), up to the count
_LABELLED_PART = lazy_compile(r"\s*(?:the\s+)?((?:arm|cohort|group)\s+(?:\d{1,2}|[A-D]))\b[^,;.()]{0,30}", re.I)
# one phase's part of a trial of two phases, named right before its count ("in the phase 1b study (n=7)")
_PHASE_PART_HEAD = lazy_compile(r"\b(phase\s+(?:I{1,3}|[1-3])[ab]?)\s+(?:study|part|portion|stage|cohort)\s*$", re.I)

# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
_N_PATIENTS, _N_VERB = (prefiltered(p) for p in (_N_PATIENTS, _N_VERB))

# one item of counts listed arm by arm: a count, then how its patients got the therapy that follows ("499 panitumumab",
# "499 patients received panitumumab", "500 to cetuximab", "500 in the cetuximab arm")
_SPLIT_ITEM = prefiltered(lazy_compile(
    r"(?<![\d.,\-/])(\d{1,3}(?:,\d{3})?|\d{1,5})\s+(?:(?:patients|pts|participants)\s+)?"
    rf"(?:(?:were\s+)?(?:received|receiving|treated\s+with|given|{ASSIGN_VERB}\s+to|to|in\s+the|on)\s+)?"
    r"(?=[A-Za-z])", re.I))
# what may stand between one listed arm and the next count: a comma, a semicolon, "and"
_SPLIT_SEP = lazy_compile(r"\s*(?:arm|group|cohort)?\s*(?:,\s*and|;\s*and|,|;|and)\s*", re.I)
# the total the list splits, right before its colon: "999 patients were randomised and treated:"
_SPLIT_TOTAL = lazy_compile(r"(?<![\d.,\-/])(\d{1,3}(?:,\d{3})?|\d{1,5})\s+(?:patients|pts|participants)\b[^:;()]{0,60}:\s*$", re.I)

# the counts (each tries its number words at every position of a sentence); a match's ``re`` is the pattern
# itself, so code that asks which one matched compares it with ``.regex`` (by ``==``: the pattern is compiled on first use)
_N_ELIDED, _N_EVALUABLE, _N_HAD, _N_MARKER, _N_STATUS, _N_SCREENED, _N_OF_ENTERED = (
    prefiltered(p) for p in (_N_ELIDED, _N_EVALUABLE, _N_HAD, _N_MARKER, _N_STATUS, _N_SCREENED, _N_OF_ENTERED))


# what may lead a sentence's count of the subgroup its results are of ("Of", "Among the", "In all")
_SUBGROUP_LEAD = lazy_compile(r"\s*(?:of|among)\s+(?:the\s+|all\s+)?", re.I)
# what leads a count of the part the sentence before counted out ("Among these", "Of those")
_THESE_LEAD = lazy_compile(r"\s*(?:of|among|in)\s+(?:these|those)\s+", re.I)
# its share of the sample, which says it is a part ("666 patients (63%)")
_SHARE_AFTER = lazy_compile(r"\s*\(\s*\d{1,2}(?:\.\d+)?\s*%\s*\)")


def _loose(words: str) -> str:
    """``words`` lower-cased with hyphens read as spaces ("KRAS wild-type" is "KRAS wild type")."""
    return " ".join(words.lower().replace("-", " ").split())

# a bracket that opens with the whole sample's count, then gives each arm's: "(n = 452 patients with X; A n = 231, B
# n = 221)", "(N=300; A, n=150; B, n=150)"
_TOTAL_LEAD = lazy_compile(r"\s*n\s*=\s*(\d{1,5})(?:\s+(?:patients|pts|participants)\b[^;()]{0,50})?\s*;\s*", re.I)
# a group's patients said to have had an event ("14 patients in the A group had severe rash", "in the B arm developed",
# "Diarrhoea occurred in 12 patients in the A arm"): a count of the event, as is every group's count set beside it
_GROUP_HAD_EVENT = lazy_compile(r"\d\s+(?:patients\s+|pts\s+)?in\s+(?:the\s+)?[^,;()]{1,60}?\b(?:group|arm|cohort)\s+"
                                r"(?:\([^()]*\)\s+)?(?:had|has|experienced|developed|suffered|showed|reported|achieved|"
                                r"responded|died|progressed|relapsed|required|needed|stopped|discontinued)\b|"
                                # (h56: "KRAS mutations were found in 20 patients in the A arm", "... among 9 patients on
                                # arm A", "... achieved by 16 patients of the B group")
                                r"\b(?:occurred|observed|seen|reported|noted|recorded|developed|documented|found|detected|"
                                r"identified|achieved|attained|experienced|present|confirmed)\s+(?:in|among|by)\s+\d{1,5}\s+"
                                r"(?:patients\s+|pts\s+)?(?:in|on|of)\s+(?:the\s+)?[^,;()]{0,60}?\b(?:group|arm|cohort)\b", re.I)
# (h56 prec3) a group's patients said, in a participle after the group, to have had a response or an event: "with 4
# patients in the A arm achieving a partial response", "three patients in the B group experiencing grade 4
# neutropenia": those who had it, never the group's size
_GROUP_PARTICIPLE_EVENT = lazy_compile(r"\s+(?:\([^()]*\)\s+)?(?:achieving|attaining|reaching|having|experiencing|developing|"
                                       r"suffering|showing|responding|progressing|dying|relapsing|requiring|"
                                       r"discontinuing|stopping)\b", re.I)
# (h56) the one group of a trial with several a counted part of the patients is said to be of, right after them: "(20
# patients) in the A arm", "on arm B", "of the control group"
_ONE_GROUP_AFTER = lazy_compile(r"\s+(?:in|on|of)\s+(?:the\s+)?[^,;()]{0,60}?\b(?:group|arm|cohort)\b", re.I)
# (h56) a sentence that opens on the patients of one group of a trial with several: "Among patients in arm A, ...", "Of
# the 60 patients in the B group, ...", "In arm A, ..." (the marker-status parts it counts are that group's)
_ONE_GROUP_OPENING = lazy_compile(r"\s*(?:(?:among|of|in)\s+(?:the\s+|all\s+)?(?:\d{1,5}\s+)?(?:patients|participants|pts|those)\s+"
                                  r"(?:in|on|of|from)\s+|in\s+|on\s+)(?:the\s+)?[^,;()]{0,60}?\b(?:arm|group)\b[^,;()]{0,6},",
                                  re.I)
# the words that make a count the patients a study took in or assigned
_SAMPLE_VERB = lazy_compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|enrol+ed|included|recruited|accrued|"
                            r"treated|received)\b", re.I)


def _counts_events(text: str) -> bool:
    """Whether the groups' counts of a sentence count patients who had an event (an adverse event, a response, a death)
    rather than those each group took in: a group's count said to have had something, or events named where no verb of
    assignment or enrolment stands.

    >>> _counts_events("14 patients in the A group had severe rash compared to 114 in the B arm.")
    True
    >>> _counts_events("Severe toxicity was seen in 12 in the A arm and 30 in the B arm.")
    True
    >>> _counts_events("Of 592 patients randomized, 297 were in the A group and 295 in the B group.")
    False
    """
    return _GROUP_HAD_EVENT.search(text) is not None or \
        (_N_EVENTS.search(text) is not None and _SAMPLE_VERB.search(text) is None)


def _event_clauses(text: str) -> list[tuple[int, int, bool]]:
    """The sentence's clauses (apart by a semicolon outside brackets) as (start, end, whether its groups' counts count
    events, see _counts_events): a clause of events leaves the groups' sizes of the clause beside it standing ("Of 300
    patients randomised, 152 were in the A group and 148 in the B group; 20 patients in the A group had grade 3 rash").

    >>> [c[2] for c in _event_clauses("152 were in the A group and 148 in the B group; 20 in the A group had rash (n = 3; 2).")]
    [False, True]
    """
    cuts, depth = [], 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            cuts.append(i)
    bounds = zip([0] + [c + 1 for c in cuts], cuts + [len(text)])
    return [(a, b, _counts_events(text[a:b])) for a, b in bounds]


def _in_event_clause(clauses: list[tuple[int, int, bool]], pos: int) -> bool:
    """Whether the clause holding ``pos`` counts events (see _event_clauses)."""
    return any(a <= pos <= b and events for a, b, events in clauses)


# a study verb before the count of its patients, a therapy between: "evaluated nivolumab plus ipilimumab in 119 patients"
# (PatientCounts._is_sample)
_STUDIED_IN_BEFORE = lazy_compile(r"\b(?:evaluat\w*|assess\w*|investigat\w*|test\w*|stud(?:y|ied)|compar(?:ed|ing))\b[^.;]{0,200}"
                                  r"\b(?:in|among)\s+(?:a total of\s+)?$", re.I)
# the patients a count names as the sample entered: "the 204 randomized patients", "59 treated patients"
_ENTERED_PATIENTS = lazy_compile(rf"\b(?:{RANDOMISED_VERB}|enrolled|treated)\s+(?:patients|participants|pts)\b", re.I)


class PatientCounts:
    """The trial reader's part that reads the counts of patients (see the module)."""

    def _closing_count(self, st: TrialState, text: str, since: int, ev) -> None:
        """(s59) The count of evaluable patients that closes a sentence of values ("A alone resulted in an ORR of 22%
        and a DCR of 87% among 45 evaluable patients"; builders.trials_closing_counts): the sample of the values the
        sentence gave from ``since`` on, on the one arm they all went to, labelled "evaluable" (with their own group,
        if they share one); nothing when they went to two arms or the count was read already."""
        found = closing_count(text)
        if found is None:
            return
        given = self.out.outcomes[since:]
        placed = [o for o in given if o.metric != "n"]
        if not placed or any(o.metric == "n" and o.value == found.count for o in given):
            return
        arms, groups = {o.arm for o in placed}, {o.subgroup for o in placed}
        arm = next((a for a in st.every + st.arms if a.id in arms), None)
        if len(arms) != 1 or len(groups) != 1 or arm is None:
            return
        group, line = next(iter(groups)), getattr(self, "_line", None)
        if group is not None and line is not None and group != line:
            return  # (a later line's part: its label and the count's would not be told apart)
        label = found.label if group is None or group == line else f"{group}, {found.label}"
        self._add(arm, "n", Value(found.start, found.end, float(found.count), ""), ev, label)

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

    def _arm_opening_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """A count of the patients one arm took in, that arm named where the sentence opens: "In arm A, 52 patients
        were enrolled", or the patients assigned to it counted first, "Of 120 patients randomized to arm A, 40
        responded": that arm's count, never the trial's (the arm's words naming exactly one arm; never a count of
        those who had an event or a response, which the sentence reads as before)."""
        for pattern, g in ((_ARM_OPENING, 2), (_ARM_POOL_OPENING, 1)):  # (g: the count's group)
            m = pattern.match(text)
            if m is None:
                continue
            n = _count(m.group(g))
            if n is None or not 2 <= n <= 5000 or _event_locus(text, m.start(g)):
                continue
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.start("grp"), m.end("grp"))}
            if len(refs) != 1:
                continue
            arm = next(iter(refs.values()))
            self._add(arm, "n", Value(m.start(g), m.end(g), float(n), ""), ev, None)
            self._arm_sized.add(m.start(g))
            return

    def _phase_part_counts(self, st: TrialState, text: str, m, owner, ev, subgroup) -> int | None:
        """A count of the patients one phase of a study took in, "15 patients were treated in the dose escalation
        cohort", "23 patients were enrolled in the dose-escalation", and the other phase's count set beside it ("and 18
        patients were treated in the expansion cohort", "and 37 patients in the mCRC cohort of the dose-expansion"):
        each that phase's count, kept with the phase as its label, never the whole study's. None where none was read,
        else where the other phase's words end (-1 where none follow)."""
        here = _PHASE_PART_IN.match(text, m.end())
        n = _count(m.group(1))
        if here is None or n is None or not 2 <= n <= 5000:
            return None
        self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup or _phase_label(here))
        nxt = _PHASE_PART_NEXT.match(text, here.end())
        k = _count(nxt.group(1)) if nxt else None
        if k is not None and 2 <= k <= 5000 and _phase_label(nxt) != _phase_label(here):
            self._add(owner, "n", Value(nxt.start(1), nxt.end(1), float(k), ""), ev, subgroup or _phase_label(nxt))
        return nxt.end() if nxt else -1

    def _parallel_arm_counts(self, st: TrialState, text: str, rec, m, clause: str, par, ev, subgroup) -> bool:
        """Two groups' counts in one frame of assignment, the second with its verb left out: "Nineteen patients were
        randomized to CBI and 17 to CI", "45 patients were assigned to arm A and 87 to arm B". Each count is the arm
        the words after it name (its clause up to the second count; the second's up to the next comma, "and", verb or
        the end), where each names exactly one arm and the two differ; whether they were read. Never where the first
        clause is not one of assignment or enrolment ("12 patients in arm A had rash and 5 in arm B"), nor a count
        of patients evaluable, eligible or analysed."""
        if len(st.arms) < 2 or not _PARALLEL_FRAME.match(clause) or _NOT_SAMPLE_AFTER.match(text, par.end()) or \
                _EVENT_PREDICATE_AFTER.match(text, par.end()):
            return False  # (nor "... and 3 in arm B had grade 3 rash": those who had an event)
        end = _PARALLEL_END.search(text, par.end())
        spans = (((m.start(1), m.end(1)), (m.end(), m.end() + len(clause))),
                 ((par.start(1), par.end(1)), (par.end(), end.start() if end else len(text))))
        found = []
        for (a, b), (lo, hi) in spans:
            refs = {r.id: r for _, r in self.arm_refs(st, text, rec, lo, hi)}
            count = _count(text[a:b])
            if len(refs) != 1 or count is None or not 2 <= count <= 5000:
                return False
            found.append((next(iter(refs.values())), Value(a, b, float(count), "")))
        if found[0][0].id == found[1][0].id:
            return False
        for arm, value in found:
            self._add(arm, "n", value, ev, subgroup)
        return True

    def _split_counts(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """A sample given arm by arm, each count right before its arm's therapy: after a colon that closes the total
        they add up to ("999 patients were randomised: 499 panitumumab, 500 cetuximab"), or as one count's clause
        whose second count leaves its verb out ("499 patients received panitumumab and 500 cetuximab"). Each count is
        that arm's; never a list whose counts miss the total, nor two counts of one arm."""
        items = []
        unmerged = None  # the sentence's mentions, taken apart once, at the first count right before one arm
        for m in _SPLIT_ITEM.finditer(text):
            n = _count(m.group(1))
            if n is None or not 2 <= n <= 5000:
                continue
            refs = [a for p, a in self.arm_refs(st, text, rec, m.end(), m.end() + 1) if p == m.end()]
            if len(refs) != 1:
                continue
            if unmerged is None:
                unmerged = self._unmerged(text, rec)
            heads = [t.end for t in unmerged if t.start == m.end() and t.entity.category in THERAPY]
            if heads:
                items.append((m, refs[0], max(heads)))
        runs, run = [], []
        for item in items:
            if run and _SPLIT_SEP.fullmatch(text, run[-1][2], item[0].start()):
                run.append(item)
            else:
                if len(run) >= 2:
                    runs.append(run)
                run = [item]
        if len(run) >= 2:
            runs.append(run)
        for run in runs:
            if len({a.id for _, a, _ in run}) != len(run):
                continue
            total = _SPLIT_TOTAL.search(text, 0, run[0][0].start())
            counts = [float(_count(m.group(1))) for m, _, _ in run]
            if total is not None:
                if _count(total.group(1)) != sum(counts):
                    continue
            elif not re.match(r"\d[\d,]*\s+(?:patients|pts|participants)\s+(?:were\s+)?(?:received|treated\s+with|given)\s",
                              run[0][0].group(0), re.I) or \
                    any(re.search(r"\b(?:patients|pts|participants|received|treated|given)\b", m.group(0), re.I)
                        for m, _, _ in run[1:]):
                continue  # (a second count with its own verb is read in _numbers)
            for (m, arm, _), n in zip(run, counts):
                self._add(arm, "n", Value(m.start(1), m.end(1), n, ""), ev, subgroup)

    def _numbers(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """The counts of patients a sentence gives, on the trial, its arms and its parts (see the module), then the
        counts of its named analysis populations no count read before took (``_analysis_set_counts``)."""
        start = len(self.out.outcomes)
        self._numbers_read(st, text, rec, ev, subgroup)
        if not subgroup:
            self._analysis_set_counts(st, text, ev, start)

    def _analysis_set_counts(self, st: TrialState, text: str, ev, start: int) -> None:
        """(s56 armcounts) A count of a named analysis population, "with 107 included in the full analysis set
        (FAS)", "321 were identified as belonging in the PPS", "n = 55 in the ITT population": the trial's (or its
        one arm's), kept with the population's name as its label (``trials_analysis_sets.population_counts``) -- where
        the sentence's other readers read no count of that number (those keep what they read)."""
        taken = {o.value for o in self.out.outcomes[start:] if o.metric == "n"}
        owner = st.arms[0] if len(st.arms) == 1 else st.trial
        for label, n, a, b in population_counts(text, _count):
            if 2 <= n <= 20000 and float(n) not in taken:
                self._add(owner, "n", Value(a, b, float(n), ""), ev, label)
                taken.add(float(n))

    def _numbers_read(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        sized = len(st.arms) >= 2 and _N_VERB.search(text) is not None and _N_EVENTS.search(text) is None
        spelled = self._spelled(text, rec)
        paired = self._with_without_counts(st, text, ev, subgroup)
        for m in list(_N_EQ.finditer(text)) + [b for b in _N_BRACKET.finditer(text) if sized]:
            if paired is not None and paired.start() <= m.start() < paired.end():
                continue
            # "fruquintinib (n = 461) or placebo (n = 230)": the therapy or arm named right before
            head = re.split(r"[,;:]", text[max(0, m.start() - 70):m.start()])[-1]
            # (a combination whose drugs each carry their dosing, "A at 20 mg orally once daily plus B at 400 mg
            # every 6 weeks (n = 241)", is looked at from where it starts)
            lo = max(0, m.start() - 70)
            lo = min([t.start for t in self._unmerged(text, rec)
                      if t.entity.category in THERAPY and t.start < lo < t.end <= m.start()] + [lo])
            placed = [(p, a) for p, a in self.arm_refs(st, text, rec, lo, m.start())
                      if not any(lo <= p < hi for lo, hi in spelled)]  # not a word of the trial's spelled-out name
            refs = [a for _, a in placed]
            if _counts_an_event(text, m.start(), m.end()):
                continue  # (s59) "grade 3 rash occurred in 5 patients (n = 5)": those who had the event, no arm's size
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
            if refs and _POPULATION_BETWEEN.search(text, placed[-1][0], m.start()):
                continue  # "A with B alone in patients with RAS wild-type (n = 142) and ...": a population's count
            if refs:
                arm = self._dosed_combination_arm(st, text, rec, placed[-1])
                if arm is not None and not self._clause_names_other_regimen(st, text, rec, m, arm):
                    self._add(arm, "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, label)
            elif len(st.arms) == 1:
                if not self._clause_names_other_regimen(st, text, rec, m, st.arms[0]):
                    self._add(st.arms[0], "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, label)
            elif opening_count_start(text) == m.start() and (label or trials_subgroups.topic_population(text[:m.start()])):
                # "In patients with KRAS wild-type tumours (n=666), the main findings were ...": the count of the
                # marker-defined population of the trial the passage reports (builders.trials_population_opening)
                self._add(st.trial, "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev,
                          label or trials_subgroups.topic_population(text[:m.start()]))
            elif not st.arms and any(t.entity.id == st.trial.id and _AFTER_TRIAL_NAME.fullmatch(text[t.end:m.start()])
                                     for t in rec.mentions):
                # "patients with KRAS wild-type tumours enrolled in the OPUS (...) study (n=82)": the count of the
                # marker-defined patients the sentence names, kept with their label (none named: no count read)
                marker = label or trials_subgroups.topic_population(text[:m.start()])
                if marker:
                    self._add(st.trial, "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, marker)
        if len(st.arms) >= 2:
            self._listed_counts(st, text, rec, ev, subgroup)
            self._split_counts(st, text, rec, ev, subgroup)
        self._arm_sized: set[int] = set()  # counts read as one arm's group size (no count of the trial)
        if len(st.arms) >= 2 and not subgroup:
            self._arm_opening_counts(st, text, rec, ev)
        sampled = sampled_count(text)
        if not subgroup or sampled and subgroup == sampled[0]:
            before = len(self.out.outcomes)
            self._arm_counts(st, text, rec, ev)
            if sampled:
                # "Plasma samples were available for 553 patients (placebo n = 265; A n = 288)": each arm's share of a
                # biomarker subset, kept with the subset's label (never the arm's randomised count)
                label = normal_subgroup(sampled[0])
                self.out.outcomes[before:] = [replace(o, subgroup=label) if o.metric == "n" and not o.subgroup else o
                                              for o in self.out.outcomes[before:]]
        if sampled and 2 <= sampled[1] <= 20000:
            self._add(st.trial, "n", Value(sampled[2], sampled[3], float(sampled[1]), ""), ev, sampled[0])
        self._population_counts(st, text, ev)
        if not subgroup:
            # "800 patients were enrolled: USA, n = 99; EU, n = 403": the size of each labelled part, the trial's
            spans = [(t.start, t.end) for t in self._unmerged(text, rec) if t.entity.category in THERAPY]
            for label, n, a, b in labelled_part_counts(text, spans):
                self._add(st.trial, "n", Value(a, b, float(n), ""), ev, label)
        self._cohort_counts(st, text, rec, ev, subgroup)
        # (a count split between arms, "218 pts (arm A/B: 73/145)", is the trial's even when one arm was read)
        # (nor in a sentence that says the trial has a control: "For the double-blind, placebo-controlled phase III trial,
        # researchers enrolled 204 patients", its one arm read so far no arm of all its patients)
        # (s44 ovals: nor a total the sentence then splits by what each group received, "Of 178 eligible patients, 141
        # received A, and 37 received B": the study's, whichever one arm was read)
        owner = st.arms[0] if len(st.arms) == 1 and not _CONTROLLED_DESIGN.search(text) and \
            not _ARM_SPLIT.search(text) and not _TOTAL_SPLIT_RECEIVED.search(text) else st.trial
        found = False
        # "In the second stage, 42 patients were enrolled"; "[For BRAF-mutant patients, ...] 16 patients received A"
        part = subgroup if _PART_OF_STUDY.search(text) or subgroup == getattr(self, "_inherited", None) else None
        first = None
        paired_upto = -1  # the end of the second count of two groups counted by what each received
        inherited, part0, subgroup0 = getattr(self, "_inherited", None), part, subgroup
        for m in sorted(list(_N_PATIENTS.finditer(text)) + list(_N_ELIDED.finditer(text)) + list(_N_EVALUABLE.finditer(text))
                        + list(_N_OF_ENTERED.finditer(text)) + list(_N_ANALYSED.finditer(text))
                        + [m for m in _N_AFTER_SCREENED.finditer(text) if _SCREENED_BEFORE.search(text, 0, m.start())]
                        + list(_N_BRACKETED.finditer(text)), key=lambda x: x.start()):
            n = _count(m.group(1))
            if sampled and m.start(1) == sampled[2]:
                continue  # (s57 prec3) the biomarker subset's count, read with its label above: no sample of the trial
            # (s57 labels) the population the sentence before named is no label of a total this sentence parts by a
            # marker of its own: "Of 134 randomized patients, 98 were RAS wt" (134 all randomised, whatever the label)
            part, subgroup = (None, None) if inherited and subgroup0 == inherited and \
                whole_before_marked_part(text, m.start(1), m.end(1), inherited) else (part0, subgroup0)
            if _event_locus(text, m.start(1)) or _COUNTED_AMONG.search(text, m.end(1), m.end()) or (
                    _EVENT_PREDICATE_AFTER.match(text, m.end()) and
                    not _N_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                # "Responses were seen in 4 patients treated in the expansion cohort", "Nine patients treated with A had a
                # response", "There were 9 responders among the patients": those who had it, not the sample (the count a
                # verb before makes its object is: "The trial included 480 patients whose disease had progressed on A")
                continue
            if m.re in (_N_EVALUABLE.regex, _N_ANALYSED.regex):
                # the evaluable part of the sample the sentence counted first, on the same owner
                # (not one of "227 and 235 patients were evaluable for efficacy and safety, respectively": which count
                # is evaluable for what the label would not say)
                if found and first is not None and n < first and not subgroup and \
                        not _in_counts_respectively(text, m.start(1), m.end(1)) and \
                        not any(o.start() < m.start(1) < o.end() for o in _N_PATIENTS.finditer(text)):
                    label = f"{' '.join(m.group('which').split()).lower()} analysis".lstrip() \
                        if m.re == _N_ANALYSED.regex else self._evaluable_label(text, m)
                    self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or label)
                continue
            labelled = _LABELLED_PART.fullmatch(text, 0, m.start())
            if labelled and m.start(1) in self._arm_sized:
                continue  # ("Arm A enrolled 50 patients and arm B 48": read as the groups' sizes)
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
            if m.start(1) < paired_upto:
                continue  # ("... and 66 received B": the second group's count, no arm of which is read)
            if (upto := self._phase_part_counts(st, text, m, owner, ev, part or subgroup)) is not None:
                # "15 patients were treated in the dose escalation cohort and 18 in the expansion cohort"
                paired_upto = max(paired_upto, upto)
                continue
            if n is not None and 2 <= n <= 5000 and subgroup and not part and not found and \
                    _SUBGROUP_LEAD.fullmatch(text, 0, m.start()) and _SHARE_AFTER.match(text, m.end()) and \
                    _loose(subgroup) in _loose(_count_phrase(text, m)):
                # "Of 666 patients (63%) with KRAS wild type, the benefit of A was ...": the count of the subgroup the
                # sentence's results are of (its share of the sample beside it), never the trial's sample
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
                found, first = True, n
                continue
            if n is not None and 2 <= n <= 5000 and subgroup and not part and not found and \
                    subgroup.startswith(f"{m.group(1)} who ") and _THESE_LEAD.fullmatch(text, 0, m.start()):
                # "Of the 106 patients, 48 (45%) had a response to A. Among these 48 patients, ...": the count of the part
                # the sentence before counted out, kept with it, never the sample
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
                found, first = True, n
                continue
            if n is None or not 2 <= n <= 5000 or m.start(1) in self._arm_sized or not self._sample_count(text, rec, m):
                continue
            if _in_counts_respectively(text, m.start(1), m.end(1)):
                continue  # "823 and 230 patients were assigned to the A and B cohorts, respectively": each a part's count
            if _N_ADDED.match(text, m.end(1), m.end()) or _N_ADDED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                # "an additional 117 patients were randomly assigned": the count of a group added to the first one
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or subgroup or _ADDED_LABEL)
                continue
            if subgroup and not part and _loose(subgroup) in _loose(_count_phrase(text, m)):
                # "Among 123 patients with ... no active liver metastases, the ORR was 20%": the count of that subgroup
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
                continue
            if subgroup and _loose(subgroup) in _loose(text[max(0, m.start() - 60):m.end() + 60]) and not part:
                continue  # the patients of a subgroup, not the study's (a part of the study keeps its own count)
            if self._counted_into_groups(st, text, rec, m, owner, ev):
                continue
            evaluable = self._evaluable_label(text, m)
            # "Sixteen patients received FOLFOXIRI plus bevacizumab, and 12 patients received FOLFIRI plus bevacizumab"
            # the one arm the count's clause names ("42 patients were enrolled to receive the 5.4 mg/kg dose")
            arm = None
            clause = text[m.end():]
            clause = clause[:re.search(r"[,;:]|\bwhile\b|\bwhereas\b|\band\s+(?:the\s+)?(?:\d|others\b|remaining\b|rest\b)|$",
                                       clause).start()]
            breakdown = _BREAKDOWN.match(text, m.end())
            if breakdown and not self.arm_refs(st, text, rec, m.end(), breakdown.start("lead")):
                # "87 patients were enrolled (41 pts in the A and 46 pts in the B arm)": the total of the parts that
                # follow, the trial's (the parts' arms are no arm of the total)
                clause = clause[:breakdown.start("lead") - m.end()]
            else:
                breakdown = None
                # ("402 patients were enrolled (A, n = 203; B, n = 199)": a bracket left open lists the parts of the count)
                clause = clause[:_OPEN_PARTS.search(clause).start()]
            if len(st.arms) >= 2 and re.match(r"\s*(?:(?:with\s+(?:(?!(?:who|that|which|and|or)\b)[^\s,;():]+\s+){1,4}?)?(?:were|had been|was)\s+)?"
                                              r"(?:randomi[sz]ed\s+and\s+)?(?:received|receiving|treated|given|"
                                              r"enrolled|included|assigned|allocated|in)\b", clause, re.I) and \
                    not re.search(r"\b(?:or|versus|vs|each|both|either|all)\b", clause, re.I) and \
                    not _RANDOMISED_TO.search(clause) and not _ARM_COUNTS_BRACKET.match(text, m.end()) and \
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
                if (par := _PARALLEL_COUNT.match(text, m.end() + len(clause))) and "(" not in clause and \
                        breakdown is None and self._parallel_arm_counts(st, text, rec, m, clause, par, ev, part or subgroup):
                    # "60 patients were treated in arm A and 58 in arm B": the second group's count, its verb left out,
                    # is the arm its own words name (builders.trials_counts._parallel_arm_counts)
                    paired_upto = par.end()
                    continue
                # "In the subgroup of 28 patients with BRAF mutations, 16 patients received A": that subgroup's arm
                if not self._clause_names_other_regimen(st, text, rec, m, arm):
                    self._add(arm, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or subgroup)
            elif self._received_pair(text, rec, m, clause):
                # "60 patients received A and 66 received B": each group's count, no arm of which is read; neither is
                # the whole sample
                paired_upto = _RECEIVED_PARALLEL.match(text, m.end() + len(clause)).end()
                continue
            elif (pair := _GROUP_PARALLEL.match(text, m.end() + len(clause))) and "(" not in clause and breakdown is None:
                # "The 177 patients randomly assigned to receive A and the 88 patients given B achieved ...": two groups,
                # each counted by its treatment; the first count is its arm's when its clause names the one arm read
                nxt = re.search(r"[,;]|\b(?:and|had|have|showed|achieved|were|was)\b|$", text[pair.end():]).start() + pair.end()
                for (a, b), (lo, hi) in (((m.start(1), m.end(1)), (m.end(), m.end() + len(clause))),
                                         ((pair.start(1), pair.end(1)), (pair.end(1), nxt))):
                    refs = {r.id: r for _, r in self.arm_refs(st, text, rec, lo, hi)}
                    count = _count(text[a:b])
                    if len(refs) == 1 and count is not None and 2 <= count <= 5000:
                        self._add(next(iter(refs.values())), "n", Value(a, b, float(count), ""), ev, part or subgroup)
                paired_upto = pair.end(1)
                continue
            elif (par := _PARALLEL_COUNT.match(text, m.end() + len(clause))) and "(" not in clause and breakdown is None:
                # "Nineteen patients were randomized to CBI and 17 to CI", "45 patients were randomized in arm A and 87
                # in arm B": one group's count beside another's, the whole sample neither; each its arm's where the
                # words of each name one arm, two different arms (builders.trials_counts._parallel_arm_counts)
                if self._parallel_arm_counts(st, text, rec, m, clause, par, ev, part or subgroup):
                    paired_upto = par.end()
                continue
            elif _GROUP_LABEL.search(clause) or _OTHER_GROUP_BEFORE.search(text, max(0, m.start() - 20), m.start()) \
                    or _OTHER_GROUP_AFTER.match(text, m.end() + len(clause)):
                # "71 patients received A only (non-B group), while the other 71 patients received B (B group)": a
                # group's count, no arm of which is read, not the trial's
                continue
            elif found and first is not None and n < first and _OF_WHOM_BEFORE.search(text, max(0, m.start() - 25), m.start()) \
                    and _RANDOMISED_AFTER.match(text, m.end()):
                # "310 patients were enrolled, of which 195 patients were randomized": the randomised part of the sample
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or subgroup or _RANDOMISED_LABEL)
            elif found and first is not None and n < first and not subgroup and (
                    m.re == _N_ELIDED.regex and m.group(0).lower().endswith("treated") or _TREATED_AFTER.match(text, m.end())):
                # "Thirty-two patients entered the study, and 31 were treated": the treated part of the sample
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or _TREATED_LABEL)
            elif found and first is not None and n < first and not subgroup and evaluable and \
                    _WERE_EVALUABLE.match(text, m.end(1)) and _RANDOMISED.search(text, 0, m.start()):
                # (s45 own2) "Of the 571 patients randomly assigned, 566 were evaluable in ITT analyses", "123 patients were
                # randomized (116 were evaluable: A=54, B=62)": the evaluable part of the randomised sample counted first,
                # kept apart (its analysis population; not of a sample only enrolled: "Of 24 patients enrolled, 22 were
                # evaluable")
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or evaluable)
            elif not found:
                if owner is not st.trial and self._clause_names_other_regimen(st, text, rec, m, owner):
                    continue  # "40 patients in the control group received A alone": another arm's group, not the one read
                if owner is st.trial and len(st.arms) >= 2 and (one := _ONE_GROUP_OPENING.match(text)) and \
                        one.end() <= m.start():
                    continue  # (s56 armcounts) "In arm A, 12 patients were treated beyond progression": a part of one
                    # arm's patients, never the trial's sample
                self._add(owner, "n", Value(m.start(1), m.end(1), float(n), ""), ev, part or evaluable)
                lo, hi = clause_bounds(text, m.start(), m.end())
                if owner is not st.trial and not (part or evaluable) and \
                        not any(t.entity.category in THERAPY and lo <= t.start < hi and not prior_treatment(text, t.start)
                                for t in self._unmerged(text, rec)):
                    # the whole sample, its clause telling no therapy, on the one arm read so far: the trial's if the
                    # document names a second arm (builders.trials_sole_totals; not "A plus B was evaluated in 94 patients";
                    # a therapy of the patients' earlier line, "who had responded to first-line A plus B", is none of it)
                    sole_arm_total(self._sole_totals, st.trial, owner, float(n), ev)
                found = True
                first = n

    def _clause_names_other_regimen(self, st: TrialState, text: str, rec, m: re.Match, arm: Entity) -> bool:
        """A group's size belongs to the arm whose regimen its clause names ("A control group received A alone (n=40)",
        "The control arm (n = 40) received B", "40 patients in the control group received A alone"): the regimen named
        right before the count, or received right after it, in its clause, that is no part of ``arm``, or a part of a
        combination arm given alone ("A alone", "A monotherapy"), is another arm's, whose size this is not."""
        lo = max([0] + [k.end() for k in _CLAUSE_TURN.finditer(text, 0, m.start())])
        stop = _CLAUSE_TURN.search(text, m.end())
        hi = stop.start() if stop else len(text)
        named = [t for t in self._unmerged(text, rec) if t.entity.category in THERAPY and lo <= t.start < hi
                 and not prior_treatment(text, t.start)]  # (not "who had progressed on A to receive B (n = 80)")
        before = [t for t in named if t.end <= m.start()]
        after = [t for t in named if t.start >= m.end()]
        # the regimen nearest before the count, and the one the counted group received after it ("(n = 40) received B")
        near = before[-1:] + [t for t in after[:1] if _RECEIVED_AFTER_COUNT.match(text, m.end(), t.start)]
        own = st.regimens.get(arm.id, arm)
        held = self._held(own) | self._components(st, arm) | {arm.id}
        whole = {own.id, arm.id, own.attr("monotherapy")} - {None}
        for t in near:
            if t.entity.category == "DrugClass" or t.entity.id in _NOT_ARMS:
                continue  # a class or a placebo: the arm is not told by it here
            parts = self._held(t.entity) - {t.entity.id}  # (a dosed arm's regimen is its drugs' regimen too)
            if t.entity.id in whole or parts and parts == held - whole:
                continue  # the arm's own regimen, "alone" or not ("FOLFIRI alone (n=299)")
            if t.entity.id not in held and not (parts and parts <= held) or _GIVEN_ALONE.match(text, t.end):
                return True  # another drug, or a part of the arm's combination given alone
        return False

    @staticmethod
    def _received_pair(text: str, rec, m: re.Match, clause: str) -> bool:
        """Whether the count ``m`` and the one after its ``clause`` count two groups by what each received ("60 patients
        received A and 66 received B"): each clause gives a therapy."""
        if not _RECEIVED_CLAUSE.match(clause):
            return False
        pair = _RECEIVED_PARALLEL.match(text, m.end() + len(clause))
        if pair is None:
            return False
        nxt = re.search(r"[,;]|\band\b|$", text[pair.end():]).start() + pair.end()
        given = [t for t in rec.merged() if t.entity.category in THERAPY]
        return any(m.end() < t.start < pair.start() for t in given) and any(pair.end() <= t.start < nxt for t in given)

    def _with_without_counts(self, st: TrialState, text: str, ev, subgroup) -> re.Match | None:
        """"A, with (n = 51) or without (n = 52) B": the first count is the arm's that adds B, the second the arm's
        without it (the design's two arms, one holding the other's therapies and more); the match, when read."""
        m = _WITH_WITHOUT_COUNTS.search(text)
        if m is None or len(st.arms) != 2:
            return None
        first, second = st.arms
        # (by their drugs: "cetuximab + FOLFIRI" holds FOLFIRI's drugs, not its name)
        with_b, without_b = self._arm_drugs(st, first), self._arm_drugs(st, second)
        if with_b > without_b:
            arms = (first, second)
        elif without_b > with_b:
            arms = (second, first)
        else:
            return None
        for k, arm in zip((1, 2), arms):
            self._add(arm, "n", Value(m.start(k), m.end(k), float(m.group(k)), ""), ev, subgroup)
        return m

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

    def _population_counts(self, st: TrialState, text: str, ev) -> None:

        """Counts of a population the trial holds, kept with that population: "In total, 604 patients had
        left-sided tumors" (n, left-sided tumors), "83 patients were screened" (n, screened)."""
        owner = st.arms[0] if len(st.arms) == 1 else st.trial
        # ("Among patients in arm A, 20 had KRAS mutations": a part of one arm, not of the trial)
        one_group = len(st.arms) >= 2 and _ONE_GROUP_OPENING.match(text) is not None
        for m in () if one_group else _N_STATUS.finditer(text):
            # a marker's share is that population's size even within an analysed part ("Among these, 179 (57%) were
            # KRAS wild type")
            if _SCREENED_POOL_BEFORE.search(text, 0, m.start()):
                continue  # a share of the patients registered or screened, before any was assigned: no arm's count
            n = _count(m.group(1))
            if n is not None and 2 <= n <= 5000:
                label = re.sub(r"(mutation)s$", r"\1", m.group("status"))
                self._add(owner, "n", Value(m.start(), m.start("status"), float(n), ""), ev, label)
        if re.match(r"\s*(?:of|among|in)\s+(?:these|them|those|whom|this group)\b", text, re.I):
            return  # "Of these, 5 patients had left-sided tumours": a part of a part
        # (a count of the patients with a disease feature, "63 patients had primary tumours", describes the study's
        # sample, which the one arm read so far may be only a part of ("113 patients ..., 53 of whom received A"): the
        # trial's, no arm's n)
        for m in _N_HAD.finditer(text):
            n = _count(m.group(1))
            label = re.sub(r"^an?\s+", "", m.group(2))
            if n is None or not 2 <= n <= 5000 or _N_HAD_NOT.search(label) or \
                    re.search(r"\b(?:of|among)\s+(?:the(?:se)?\s+|them\s*)?$|\d\s*%?\s*$", text[max(0, m.start() - 25):m.start()], re.I):
                continue  # "12 patients had stable disease", "of these, 5 patients had ..." (a part of a part)
            if not re.search(r"\b(?:sided|MSI|MSS|dMMR|pMMR|mutant|mutated|wild[- ]type|positive|negative|amplified|colon|rectal|"
                             r"liver|metastatic|primary)\b", label, re.I):
                continue
            self._add(st.trial, "n", Value(m.start(1), m.end(1), float(n), ""), ev, label)
        for m in _N_MARKER.finditer(text):
            n = _count(m.group(4))
            if len(st.arms) >= 2 and _ONE_GROUP_AFTER.match(text, m.end()):
                continue  # "KRAS mutations were found in 20 patients in the A arm and 18 in the B arm": each arm's part
            if n is not None and 2 <= n <= 5000 and not re.match(r"\s*%|\s*\(", text[m.end(4):]):
                alt = re.sub(r"(mutation|amplification|fusion)s$", r"\1", m.group("alt") or "")
                label = f"{m.group('marker')}{alt} {m.group('verb')}"
                self._add(owner, "n", Value(m.start(4), m.end(4), float(n), ""), ev, label)
        for m in list(_N_MARKER_KNOWN.finditer(text)) + list(_N_MARKER_TESTED.finditer(text)):
            n = _count(m.group("n"))
            if n is not None and 2 <= n <= 20000:
                # the patients whose marker status is known: a labelled part, never the sample
                self._add(owner, "n", Value(m.start("n"), m.end("n"), float(n), ""), ev, f"{m.group('marker')} evaluable")
        opening = _OPENING_ELIGIBLE.match(text)
        if opening is not None and (_count(opening.group(1)) or 0) >= 2:
            # "Among 41 eligible patients, ...": the eligible part of the sample, kept apart from the enrolled count
            n = _count(opening.group(1))
            self._add(owner, "n", Value(opening.start(1), opening.end(1), float(n), ""), ev, opening.group("part").lower())
        for m in _N_SCREENED.finditer(text):
            n = _count(m.group(1) or m.group(2))
            if n is not None and 2 <= n <= 20000:
                self._add(st.trial, "n", Value(m.start(1), m.end(1), float(n), ""), ev, "screened")

    def _cohort_counts(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """The size of each cohort a sentence on who entered the study counts by its label ("53 in cohort A, 15 in
        cohort B"): the one arm's count kept with the cohort's label, or the count of the arm the label names."""
        if not _ENTERED.search(text):
            return
        for m in _IN_COHORT.finditer(text):
            n = _count(m.group(1))
            if n is None or not 1 <= n <= 5000:
                continue
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.start(2), m.end(2))}
            if len(refs) == 1:
                # arms the design labelled "cohort A", "cohort B": the count of that arm
                self._add(next(iter(refs.values())), "n", Value(m.start(1), m.end(1), float(n), ""), ev, subgroup)
            elif not refs and len(st.arms) == 1:
                label = _cohort_name(_LETTER_COHORT.search(m.group(2)))
                self._add(st.arms[0], "n", Value(m.start(1), m.end(1), float(n), ""), ev,
                          f"{subgroup}, {label}" if subgroup else label)

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
        if _N_PLANNED_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _N_PLANNED_AFTER.match(text, m.end(), hi):
            return False  # "the design required 85 patients to be included": a planned sample size, not the sample
        # "106 patients who experienced progression on cetuximab were enrolled": what the enrolled patients had
        # been through is not what the count counts
        clause = re.sub(r"\b(?:who|that)\s+(?:had\s+)?(?:previously\s+)?(?:experienc|progress|relaps|recurr|received\b)\w*\b"
                        r"(?:[^,;()]|\([^()]*\))*?"
                        rf"(?=\s+(?:were|was|had been)\s+(?:subsequently\s+)?(?:enrolled|included|{RANDOMISED_VERB}|"
                        r"treated|recruited)\b)", " ", clause)
        history = _HISTORY_DESC.match(text, m.end())
        if history and _N_PATIENTS_WORD.search(m.group(0)):
            # "The trial enrolled 441 patients with mCRC whose disease had progressed during A": the patients'
            # history is left out of the clause judged (the verb that makes them the sample stays)
            # (with no such verb after it, only when the verb before makes them the sample: "enrolled 441 patients
            # ..."; not "12 patients who had received A were not evaluable")
            verb = _SAMPLE_VERB_AFTER.search(text, history.end(), hi)
            if verb:
                clause = text[lo:m.end()] + text[verb.start():hi]
            elif _N_VERB_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                clause = text[lo:m.end()]
        operated = _N_OPERATED.match(text, m.end())
        if operated and not _OPERATED_THEN_SAMPLE.match(text, operated.end()):
            return False  # "Thirty patients underwent curative resection": those operated on, not the sample
        if _POOL_BEFORE.search(before) and _POOL_SELECTED.match(text, hi) and \
                not _RANDOMISED.search(text, m.start(), hi):
            # ("Of 121 randomly assigned patients, 117 were eligible": the patients randomised are the sample, not
            # a pool it was taken from; those found eligible after it are its part, read apart)
            return False  # (s44 ovals) "Out of 1820 patients treated palliatively, 32% (590 patients) met study criteria": the pool
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
        if m.re in (_N_ELIDED.regex, _N_BRACKETED, _N_OF_ENTERED.regex, _N_AFTER_SCREENED.regex):
            return True  # ("77 were treated", "patients (n = 153) were randomised": the verb is the count's own)
        if stated_sample(text, m.start(), m.end()):
            return True  # (s45 own2) "There were 142 enrollments on 29 trials", "The ITT population was comprised of 300 patients"
        if _N_STUDY_IN.search(text[max(0, m.start() - 80):m.start()]):
            return True  # "the phase II PEAK study was conducted in 285 patients"
        if _TRIAL_OF_COUNT.search(text, max(0, m.start() - 40), m.start()):
            return True  # "In this randomized clinical trial of 116 patients with ...": the trial's own sample
        if re.fullmatch(r"\s*(?:Results?\s*:\s*)?(?i:in|among)\s+(?:(?i:all|the)\s+)?", text[:m.start()]) and \
                re.match(r"\s*,?\s+(?:the\s+)?(?:median\s+|confirmed\s+|objective\s+)?(?:ORR|RR|DCR|PFS|OS|objective|response|"
                         r"disease control|progression|overall)", text[m.end():], re.I):
            return True  # "In 54 participants, the RR, median PFS, and OS were ...": the sample the results are of (the comma
            # may be left out: "In the 48 enrolled patients response rate was 46.8%")
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
        # "evaluated nivolumab plus ipilimumab in 119 patients", "tested dabrafenib plus trametinib in 43 patients",
        # "the trial compared A with B in 412 patients" (also past the drugs' short forms and the aim between: "evaluated
        # BRAF and EGFR inhibition with A (D) + B (P) ± C (T) to achieve greater MAPK suppression ... in 142 patients")
        v = _STUDIED_IN_BEFORE.search(text[max(0, m.start() - 240):m.start()])
        if v and any(t.entity.category in THERAPY and max(0, m.start() - 240) + v.start() < t.start < m.start() for t in rec.merged()):
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
                _ENTERED_PATIENTS.search(m.group(0))
                or _ITT_AFTER.match(text, m.end())) and _WHOLE_SAMPLE_END.match(text, m.end()):
            return True  # "Of the 204 randomized patients, ...", "Of 592 patients in the intention-to-treat population, ...",
            # "Of 59 treated patients, ..."
        return bool(re.search(r"(?:^|\b)among\s+(?:the\s+|all\s+)?$", before, re.I)) and \
            bool(re.search(r"\b(?:ORR|DCR|PFS|OS|response rate|disease control|survival)\b", text[m.end():], re.I))

    def _arm_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """Per-arm counts in brackets after a total: "1,072 pts were randomized (RAM 536; PBO 536)"; counts
        of arm groups: "with 297 in the FOLFIRI plus cetuximab group and 295 in the FOLFIRI plus bevacizumab group"."""
        if len(st.arms) == 1:
            self._placebo_group_counted(st, text, rec, ev)
        if len(st.arms) < 2:
            return
        clauses = _event_clauses(text)
        for m in re.finditer(r"(?<![\d.,])(\d{1,5})\s+(?:patients\s+|pts\s+)?(?:were\s+)?in\s+the\s+", text):
            if _in_event_clause(clauses, m.start()):
                continue  # "14 patients in the A group had severe rash": a count of an event, not the group's size
            if _N_PLANNED_AFTER.match(text, m.end()):
                continue  # (s46 groups) "57 patients (38 in the experimental arm and 19 in the control arm) were to be
                # included": the planned split, not the arms' patients
            group = re.match(r"[^,;()]{1,60}?\b(?:group|arm|cohort)\b", text[m.end():])
            if group and _GROUP_PARTICIPLE_EVENT.match(text, m.end() + group.end()):
                continue  # "..., with 4 patients in the A arm achieving a partial response": those who had it
            if _DEATHS.search(text, 0, m.start()):
                continue  # "675 patients died: 336 in the sequential group and 339 in the combination group": deaths
            if not group or re.search(r"%", text[m.end():m.end() + group.end()]):
                continue
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, m.end(), m.end() + group.end())}
            if len(refs) == 1:
                self._add(next(iter(refs.values())), "n", Value(m.start(1), m.end(1), float(m.group(1)), ""), ev, None)
        self._group_counts(st, text, rec, ev)
        self._group_sizes(st, text, rec, ev)
        self._run_counts(st, text, rec, ev)
        self._pair_bracket_counts(st, text, rec, ev)
        self._respective_pair_counts(st, text, rec, ev)
        self._label_split_counts(st, text, ev)
        for b in re.finditer(r"\(([^()]{3,80}|" + _TOTAL_LEAD.pattern + r"[^()]{3,90})\)", text):
            if _N_PLANNED_AFTER.match(text, b.end()):
                continue  # (s46 groups) "57 patients (38 in the experimental arm and 19 in the control arm) were to be
                # included": the planned split, not the arms' patients
            if _EVENTS_BEFORE.search(text, max(0, b.start() - 80), b.start()):
                continue  # "The number of PFS events was comparable (A, n = 39; B, n = 43)": events, not each arm's patients
            # ("vanucizumab, n = 94; bevacizumab, n = 95": a comma inside each arm's part, the parts apart by semicolons)
            inner, pos = b.group(1), b.start(1)
            lead = _TOTAL_LEAD.match(inner)
            if lead is not None and _in_event_clause(clauses, b.start()):
                continue  # "Grade 3 rash was more frequent (n = 30; A n = 28, B n = 2)": the event's counts
            if lead is not None:
                # "(n = 452 patients with X; A n = 231, B n = 221)": the whole sample first, then each arm's part
                inner, pos = inner[lead.end():], pos + lead.end()
            parts = (_SEMICOLON_SPLIT if _NAMED_COUNTS.fullmatch(inner) else _BRACKET_PART_SPLIT).split(inner)
            if len(parts) < 2:
                continue
            placed = []
            for part in parts:
                at = text.index(part, pos)
                pos = at + len(part)
                m = _BRACKET_ARM_COUNT.fullmatch(part)
                if not m:
                    break
                num = m.group(1) or m.group(4)
                refs = self.arm_refs(st, text, rec, at, at + len(part))
                if not refs and _CONTROL_PART.fullmatch(m.group(2) or m.group(3) or "") and \
                        not any(arm is None for arm, _, _ in placed):
                    placed.append((None, num, at + part.index(num)))  # "(A, n=624; control, n=629)": the arm not named
                    continue
                if len({a.id for _, a in refs}) != 1:
                    break
                placed.append((refs[0][1], num, at + part.index(num)))
            else:
                if any(arm is None for arm, _, _ in placed):
                    left = [a for a in st.arms if all(p is None or p.id != a.id for p, _, _ in placed)]
                    # (s47 outnamed) "(napabucasin, n=624; control, n=629)": the control is the one arm the bracket's
                    # other parts leave, when the trial has no other and the bracket splits its whole sample (not
                    # "44% were biomarker-positive (A, n=275; control, n=272)": a subgroup's counts)
                    if len(left) != 1 or not _WHOLE_BEFORE.search(text, max(0, b.start() - 60), b.start()):
                        continue
                    placed = [(arm or left[0], num, at) for arm, num, at in placed]
                if len({a.id for a, _, _ in placed}) == len(placed):
                    # s42 pr: "604 were treated (A n = 303; B n = 301)": each arm's treated patients
                    label = _TREATED_LABEL if _TREATED_BRACKET.search(text, max(0, b.start() - 160), b.start() + 1) else None
                    for arm, num, at in placed:
                        self._add(arm, "n", Value(at, at + len(num), float(num), ""), ev, label)
                    if lead is not None and sum(float(num) for _, num, _ in placed) == float(lead.group(1)):
                        # (the arms' counts add up to the lead's: the lead is the trial's whole sample)
                        self._add(st.trial, "n", Value(b.start(1) + lead.start(1), b.start(1) + lead.end(1),
                                                       float(lead.group(1)), ""), ev, label)

    def _placebo_group_counted(self, st: TrialState, text: str, rec, ev) -> None:
        """(s47 outnamed) "553 patients (placebo n = 265; A n = 288)" in a trial whose one known arm is A: the bracket
        splits the sample between that arm and a placebo group the design did not name, which is the trial's other
        arm (added here; the bracket's counts are then read as every arm's, by _arm_counts)."""
        for b in _TWO_PART_BRACKET.finditer(text):
            if not _WHOLE_BEFORE.search(text, max(0, b.start() - 60), b.start()):
                continue
            parts = _SEMICOLON_SPLIT.split(b.group(1))
            if not all(_BRACKET_ARM_COUNT.fullmatch(p) for p in parts):  # (two parts: the bracket holds one ";")
                continue
            cut = b.start(1) + b.group(1).index(";")
            sides = [(b.start(1), cut), (cut, b.end(1))]
            refs = [{a.id for _, a in self.arm_refs(st, text, rec, lo, hi)} for lo, hi in sides]
            said = [[t.entity for t in rec.mentions if t.entity.category in THERAPY and lo <= t.start < hi] for lo, hi in sides]
            for known, other in ((0, 1), (1, 0)):
                if refs[known] == {st.arms[0].id} and not refs[other] and len(said[other]) == 1 and \
                        said[other][0].id == _PLACEBO:
                    self._append_arm(st, said[other][0], (), ev)
                    return

    def _label_split_counts(self, st: TrialState, text: str, ev) -> None:
        """A total's split between labelled arms in brackets ("144 patients were randomised (Arms A/B, n=95/49)",
        "218 pts (arm A/B: 73/145)", "(116 were evaluable: A=54, B=62)"): each count is the arm its label names, when every label names a different arm.
        A split of an analysis population's total ("116 were evaluable: A=54, B=62", "the per-protocol set: A=54, B=62")
        counts each arm's part of that population and keeps its name (``_split_population``)."""
        for m in _ARM_SPLIT.finditer(text):
            labels = re.findall(r"[A-H1-9]", m.group("labels").upper())
            counts = list(re.finditer(r"\d+", m.group("counts")))
            arms = [st.labels.get(label) for label in labels]
            if len(counts) != len(labels) or None in arms or len({a.id for a in arms}) != len(arms):
                continue
            label = _split_population(text, m.start())
            for k, arm in zip(counts, arms):
                at = m.start("counts") + k.start()
                self._add(arm, "n", Value(at, at + len(k.group(0)), float(k.group(0)), ""), ev, label)
        totalled = [m for m in _ARM_TOTAL_SPLIT.finditer(text)
                    if int(m.group("n1")) + int(m.group("n2")) == int(m.group("total").replace(",", ""))]
        for m in list(_ARM_LIST_SPLIT.finditer(text)) + list(_LABEL_EQ_SPLIT.finditer(text)) + totalled:
            arms = [st.labels.get(m.group(g).upper()) for g in ("l1", "l2")]
            if None in arms or arms[0].id == arms[1].id or m.start("n1") in self._arm_sized:
                continue
            if _in_event_clause(_event_clauses(text), m.start("n1")):
                continue  # ("... ; 20 patients in arm A and 5 in arm B had rash": those who had an event)
            label = _split_population(text, m.start())
            for g, arm in zip(("n1", "n2"), arms):
                self._add(arm, "n", Value(m.start(g), m.end(g), float(m.group(g)), ""), ev, label)
                self._arm_sized.add(m.start(g))

    def _run_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """A run of counts assigned to groups named together in the same order ("61 and 59 patients were randomised
        to the A and B arms"): each count is its group's arm's, when every group names a different arm."""
        for run in _COUNT_RUN.finditer(text):
            to = _TO_GROUPS.match(text, run.end())
            if to is None or _N_EVENTS.search(text, run.start(), to.end()):
                continue  # (not "12 and 8 patients discontinued ... in the A and B arms": events)
            counts = [(k.start(), k.end(), int(k.group(0))) for k in re.finditer(r"\d+", run.group(0))]
            cuts = [0] + [x for sep in _GROUP_LIST_SEP.finditer(to.group("groups")) for x in sep.span()] + [len(to.group("groups"))]
            parts = [(lo, hi) for lo, hi in zip(cuts[::2], cuts[1::2]) if hi > lo]
            if len(parts) != len(counts):
                continue
            owners = []
            for lo, hi in parts:
                lo, hi = to.start("groups") + lo, to.start("groups") + hi
                refs = {a.id: a for _, a in self.arm_refs(st, text, rec, lo, hi)}
                if not refs:
                    # ("the A and B arms" read as one combination "A + B": each group's own drug names its arm)
                    arms = (self._arm_for_therapy(st, t.entity, text[t.end:hi]) for t in rec.mentions
                            if t.entity.category in THERAPY and lo <= t.start < hi)
                    refs = {a.id: a for a in arms if a is not None}
                if len(refs) != 1:
                    break
                owners.append(next(iter(refs.values())))
            if len(owners) != len(counts) or len({a.id for a in owners}) != len(owners):
                continue
            for (lo, hi, n), arm in zip(counts, owners):
                self._add(arm, "n", Value(run.start() + lo, run.start() + hi, float(n), ""), ev, None)
                self._arm_sized.add(run.start() + lo)

    def _respective_pair_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """The counts of a two-arm trial's arms given "respectively" in a sentence that names no arm nor therapy,
        after the design named them: "142 and 143 patients, respectively, were treated", "A total of 142 and 143
        patients were assigned to the two arms, respectively" -- each arm's in the order the design gave them (as a
        "respectively" run of values is). Not read: counts of groups of another kind (subgroups, populations,
        patients with a marker, screened patients) or of events."""
        if len(st.arms) != 2 or _N_EVENTS.search(text) or _NOT_ARM_GROUPS.search(text):
            return
        m = _RESPECTIVE_PAIR.search(text)
        if m is None or not _RESPECTIVELY.search(m.group(0)):
            return
        if self.therapies(text, rec) or self.arm_refs(st, text, rec):
            return  # (arms the sentence names are read by their names)
        order = st.compared if len(st.compared) == 2 else st.arms
        if len({a.id for a in order}) != 2:
            return
        for key, arm in (("a", order[0]), ("b", order[1])):
            self._add(arm, "n", Value(m.start(key), m.end(key), float(m.group(key)), ""), ev, None)
            self._arm_sized.add(m.start(key))

    def _pair_bracket_counts(self, st: TrialState, text: str, rec, ev) -> None:
        """The counts of a two-arm trial's arms given in one bracket right after the sentence names both arms, in the
        order it names them: "patients were randomly assigned to A plus B or A alone (n = 142 and n = 143)", "A plus B
        was compared with A (142 vs 143 patients)". Not read: a bracket after a population ("... in RAS wild-type and
        RAS-mutant tumours (142 and 143)"), of events, or whose counts add up to more than the sentence's total."""
        if len(st.arms) != 2 or len({a.id for a in st.arms}) != 2 or _N_EVENTS.search(text):
            return
        for m in _PAIR_BRACKET.finditer(text):
            if _EVENTS_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                continue
            refs = sorted(self.arm_refs(st, text, rec, 0, m.start()), key=lambda r: r[0])
            order = list(dict.fromkeys(a.id for _, a in refs))
            if len(order) != 2:
                continue
            gap = text[refs[-1][0]:m.start()]
            # (the last arm's name, then at most a few words of its own: "FOLFOX alone (n = 143)")
            tail = gap[next((k for k, ch in enumerate(gap) if ch in " ,;"), len(gap)):]
            if not _PAIR_GAP.fullmatch(tail) or _PAIR_GAP_POPULATION.search(tail):
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            totals = [int(t.group(1)) for t in _PAIR_TOTAL.finditer(text, 0, m.start())]
            if totals and a + b > max(totals):
                continue
            arms = {x.id: x for _, x in refs}
            for key, arm_id in (("a", order[0]), ("b", order[1])):
                self._add(arms[arm_id], "n", Value(m.start(key), m.end(key), float(m.group(key)), ""), ev, None)
                self._arm_sized.add(m.start(key))

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
                  and not (m.group("to") and not _AND_OR_COMMA_END.search(text[max(0, m.start() - 6):m.start()])
                           and not _SHARED_VERB_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
                  and not (m.group("verb") is None and _YEAR.fullmatch(m.group("n")))]
        # (a bare year is no group: "Between December 2004 and March 2008, 56 patients were randomised to arm A, 55 to arm B")
        # (a bare "N to" counts a group only right after "and" or a comma: "... and 590 to B", not "from 10 to 20")
        if any(_event_locus(text, m.start("n")) for m in groups):
            return  # "Responses were seen in 12 patients treated with A and 5 treated with B": those who responded
        if len(groups) >= 2 and (_NOT_SAMPLE_AFTER.match(text, groups[-1].end()) or
                                 _EVENT_PREDICATE_AFTER.match(text, groups[-1].end())):
            return  # "45 were randomized to A and 17 to B were evaluable", "30 treated with A and 12 treated with B
            # responded": the evaluable parts or the responders, no arm's sample
        if len(groups) < 2 or groups[0].group("verb") is None and not (
                groups[0].group("to") and _SHARED_VERB_BEFORE.search(text[max(0, groups[0].start() - 30):groups[0].start()])):
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

    def _bound_count(self, v: Value) -> bool:
        """Whether the count at ``v`` in the sentence being read is a bound ("more than 450", "over 1,000", "at least
        30 patients"), not the number of patients."""
        reading = getattr(self, "_reading", None)
        if reading is None or not 0 < v.start <= len(reading[0]):
            return False
        return _BOUND_BEFORE.search(reading[0], max(0, v.start - 20), v.start) is not None


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_N_EVENTS, _GROUP_SIZE, _CONTROLLED_DESIGN, _N_NOT, _GROUP_COUNT, _ARM_TOTAL_SPLIT) = map(prefiltered, (
    _N_EVENTS, _GROUP_SIZE, _CONTROLLED_DESIGN, _N_NOT, _GROUP_COUNT, _ARM_TOTAL_SPLIT))
_ENTERED = prefiltered(_ENTERED)  # (the cohort counts' first question, asked of every sentence of a trial's passage)
