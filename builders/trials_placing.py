"""The outcome values of a sentence placed on a trial's arms, read for the trial reader (builders/trials_text.py).

Each metric's values go to the arm the sentence ties them to (``outcomes``, ``_place``: an arm label, a group named
by its drug, the order of a "vs" or "respectively" list; arms given by values tied to regimens, ``_arms_from_values``),
hazard ratios to the experimental arm (``_hazard_ratios``), with the population, cohort or subgroup a value is given
for (``_population_for``, ``_marker_part``, ``_previous_subgroup``, ``_leading_cohort``, ``_new_cohort`` ...); a value
the reader cannot place on one arm is left out. ``_add`` records one value.

:class:`ValuePlacing` is a part of the trial reader (``builders.trials_text._Reader``), not used alone. It keeps its
own ``_placed``, ``_landmarks``, ``_respective_runs``, ``_pair_metrics``, ``_hrs``, ``_who`` and ``_inherited`` for
the sentence being read, and relies on the reader's ``doc``, ``ctx``, ``out``, ``states``, ``doses``,
``short_forms``, ``main_trial``, ``main_regimen``, ``_levels`` and ``_cohort_kinds`` (set by its ``__init__``), on
its ``recognize``, on the design's arms and therapies (``therapies``, ``arm_refs``, ``_set_arms``,
``_components``, ``_unmerged`` ..., builders.trials_design), the counts (``_listed_counts``, ``_numbers``,
``_bound_count``, builders.trials_counts) and the focus's ``_main_regimen_evidence`` and ``_paragraph_break``
(builders.trials_focus).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from builders.context import add_arm, add_outcome, arm_entity, as_regimen, normal_subgroup, paired_labels
from builders.document import Sentence
from builders import trials_cited, trials_endpoint_ratios, trials_restricted_groups, trials_sites, trials_subgroups
from builders import trials_tested_arm
from builders import trials_value_subject as value_subject
from builders.lazy_patterns import lazy_compile
from builders.letter_forms import letter_chains
from builders.trials_contrasted_shares import contrasted_shares
from builders.trials_no_response import no_response, no_response_in_cohorts, no_response_with
from builders.trials_metric_bracket import bracket_end
from builders.trials_group_contrast import contrasted_groups
from builders.trials_hr_labels import analysis_of_ratio, trailing_group
from builders.trials_marker_groups import (bracketed_groups, group_named_before, level_pair as marker_level_pair, listed_marker_groups,
                                           value_groups)
from builders.trials_phases import phase_values
from builders.trials_part_values import part_values
from builders.trials_paired_metrics import metric_pairs
from builders.trials_population_values import population_values
from builders.trials_analysis_sets import sampled_part
from builders.trials_line_values import line_given, names_line
from builders.trials_role_groups import other_role_named
from builders.trials_own_series import series_part_start, series_regimen
from builders.trials_outside_comparator import known_arm_ref, set_against, single_arm_study
from builders.trials_arms import _added_apart, _CLAUSE_BREAK, _GAP_NOISE, _is_chemotherapy, _strip_brackets, _regimen_of
from builders.trials_values import (_count, fronted_whole_and_disease, population_runs, FEATURE_GROUP_WORDS, _LABEL_WORDS, _NUM, _ARM_LABEL, _OVERALL, _DOSE, TrialState, Value, hits_of, TIME_SLOT, _metrics,
                                    _values, _SHORT_TIME_UNITS, _fits_metric, _value_labels, _past_clause,
                                    _other_study_clauses, _motive_clause, _split_contrast, _after_label, _bracket_population,
                                    _run_label, _chunk_labels, _respective_labels, _COLON_LABEL, _colon_label,
                                    _chunk_label, _subgroup, _PART_OF_STUDY, trailing_part, _ANY_COHORT, _counted_group, _unknown_labels,
                                    _labels_contradict, _earlier_work, part_clause, _RESPECTIVELY)
from builders.prefilter import prefiltered
from builders.recognize import Recognition
from builders.trials_listed_arms import listed_runs
from builders.trials_clause_arms import compared_value_therapy
from builders.trials_written_order import written_order
from builders.trials_focus import _TRAILING_CITATION, _CITATION, _NOT_ARMS, _VS, _SIDE_TURN, _joined_runs
from builders.trials_design import _CLAUSE_SEP, _drug_doses
from builders.trials_controls import OBSERVATION
from builders.design_words import ASSIGN_VERB, ASSIGNED_TO, ASSIGNMENT_WORD, WITH_OR_WITHOUT_UNORDERED
from builders.trials_counts import _N_EQ, _N_EVENTS, _COHORT_LABEL, _blank, _cohort_name
from kg.model import Entity
from kg.groups import THERAPY


# a share in per cent that opens a phrase ("34 percent", "41% of ..."), the number its group 1
# (s50: also in words, "Forty-two percent of patients given A responded", read by _share_number)
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_PERCENT_LEAD = (r"(?<![\w.\-/])(\d{1,3}(?:\.\d+)?(?=\s*(?:%|percent\b))|"
                 rf"(?i:{_TENS_WORD}(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|"
                 r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?=\s+percent\b))\s*(?:%|percent\b)\s+")
# a share of the patients said to have responded: "34 percent responded to the combination", "41% of patients responded"
# (not a part response, nor a response to an earlier therapy)
_SHARE_RESPONDED = lazy_compile(rf"{_PERCENT_LEAD}(?:of\s+(?:the\s+|all\s+)?(?:\d+\s+)?"
                                r"(?:(?:evaluable|treated|enrolled)\s+)?(?:patients|participants|pts)\s+)?responded\b"
                                r"(?!\s+(?:to\s+)?(?:(?:their|the|a)\s+)?(?:prior|previous|earlier|first-line|initial)\b)", re.I)
_GIVEN_VERB = rf"(?:received|receiving|treated\s+with|given|{ASSIGNED_TO})"
# a share of one arm's patients ("87% of patients who received A", "60% of those treated with B") and the result it
# has ("had a response", "achieved disease control"), which _arm_shares reads
# (s50) also a share of an arm named as a group: "57 percent of the chemo only group responded", "64% of the B arm"
_ARM_SHARE = lazy_compile(rf"{_PERCENT_LEAD}of\s+(?:the\s+)?(?:(?:patients|those|participants)\s+"
                          rf"(?:who\s+(?:were\s+)?)?(?:{_GIVEN_VERB}|in\s+the)\s+|"
                          r"(?=(?:[\w+/\-]+\s+){1,4}?(?:group|arm)\b))", re.I)
# what ties a value to the arm after it: "... months with A", "... % in those who were randomised to A"
# ("42% (A) and 28% (B)": the arm alone in the bracket after its value; "42% for patients in the A arm")
_VALUE_TO_ARM = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:(?:\([^()]*\)\s*)?,?\s*(?:with|for|in|on|among)\s+(?:the\s+)?"
                             rf"(?:(?:patients|those)\s+(?:(?:who\s+(?:were\s+)?)?{_GIVEN_VERB}|in|on)\s+(?:the\s+)?)?|"
                             r"\((?=[^()]*\)))", re.I)
# what ties a value to the arm after it by randomisation, the patients perhaps described first: "... months for all
# KRAS-evaluable patients randomized to A", "... % in those with mutant tumours who were assigned to B"
_RANDOMISED_TIE = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?,?\s*(?:for|in|among)\s+(?:all\s+|the\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:patients|those|participants)\s+(?:(?:with|who\s+had)\s+[^,;()]{1,40}?\s+)?"
                               rf"(?:who\s+were\s+)?{ASSIGNED_TO}\s+(?:the\s+)?", re.I)
# what may stand between the values of one run ("81% and 89%", "59%, 88%")
_RUN_GAP = lazy_compile(r"[\s,;]*(?:and\s+|,\s*|/\s*)?")
# what ties a run of values to the arm after it ("59% and 88% in the A group", "... in patients receiving B")
# (also closed by "respectively" first, and patients "allocated/assigned/randomised to" it: "9.0 and 19.3 months,
# respectively, in patients allocated to arm A")
_RUN_TO_ARM = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:,?\s*respectively\s*,?\s*)?(?:in|with|for|on|among)\s+"
                           rf"(?:the\s+)?(?:patients\s+(?:in|on|receiving|given|treated with|{ASSIGN_VERB}"
                           r"\s+to)\s+(?:the\s+)?|those\s+(?:on|receiving|given)\s+)?", re.I)
_SHARE_RESULT = lazy_compile(r"\b(?:(?:had|achieved|experienced|showed)\s+(?:an?\s+)?(?:(?:objective|overall|confirmed|"
                             r"partial\s+or\s+complete)\s+)?(?:response|(?P<control>disease\s+control))|responded)\b"
                             # (a response to an earlier therapy is no response to the arm's: "responded to prior A")
                             r"(?!\s+(?:to\s+)?(?:(?:their|the|a|an)\s+)?(?:prior|previous|earlier|first-line|initial|"
                             r"preceding|induction)\b)", re.I)
# an analysis beside the trial's primary one, announced as such ("an exploratory analysis of OS in ...", "An updated
# analysis showed ..."): its values are labelled with it, not taken for the primary analysis's
_EXTRA_ANALYSIS = lazy_compile(r"\b(?i:an?)\s+((?i:exploratory|updated|post[- ]hoc|unplanned)\s+(?i:analysis))\b")
# (s46 groups) a sentence that opens with the one arm or group it speaks of: "In arm B,", "For the cetuximab group,",
# "Among patients in group A,", "In the HAI arm,"
_ARM_LEAD = lazy_compile(r"\s*(?:In|For|Among|Within)\s+(?:(?:the\s+)?(?:patients|pts|those)\s+(?:in|of)\s+)?(?:the\s+)?"
                         r"(?:(?:arm|group|cohort)\s+[A-H1-9]|[\w+/\-]+(?:\s+[\w+/\-]+){0,3}?\s+(?:arm|group))\s*,", re.I)
# one value of a metric that each of two arms had, said right after it: "was 8.6 months in both groups", "(42%) in both
# treatment arms", "for each arm" (not "in both KRAS-mutant groups": no arm's words)
_IN_BOTH_ARMS = lazy_compile(r"\s*(?:%|months?|mos?|weeks?|wks?)?\s*(?:in|for|across|with)\s+(?:both|each)\s+(?:of\s+the\s+)?"
                             r"(?:(?:treatment|study|trial|randomi[sz]ed)\s+)?(?:arms?|groups?)\b", re.I)
# one value for every metric of a list: "the ORR and DCR were both 95.8%"
_BOTH = lazy_compile(r"\s*(?:(?:were|was|are)\s+)?both\s+(?:(?:were|was)\s+)?(?:at\s+)?", re.I)
# (s46 f11out) or the label in brackets after the patients it names: "a cohort of 40 patients with HER2-positive
# disease (cohort A) showed ..."
_COHORT_OF = lazy_compile(rf"(?:\b(?i:in|among|for|of)\s+(?:the\s+)?|\(\s*(?=(?i:cohort)\s+\w{{1,2}}\s*\)))"
                          rf"{_COHORT_LABEL}(?!\s*(?:and|or|,|&|/)\s*(?:[A-H]|\d)\b)")
_OF_N = lazy_compile(r"(\d{1,4})\s*\(\s*(\d{1,3}(?:\.\d+)?)\s*%[^)]*\)\s*of\s+(?:the\s+)?(\d{1,5})\b")
_LETTERED = lazy_compile(r"(?:cohort|part|group) [A-H1-9]")  # a value label _after_label reads from "in cohort A"
# one side of a pair of named groups: after "vs" ("vs the experimental regimen"), or before it ("best supportive care
# alone vs", "placebo group versus")
_AFTER_VS = lazy_compile(r"\b(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)
# a change "from" the control's value "to" the add-on arm's: "increased the rate from 56 to 67%" (not "from 4 to 12
# cycles")
_FROM_TO = lazy_compile(r"\b(?:increas|improv|rais|reduc|decreas|prolong|extend|shorten|lower)\w*\b[^.;]{0,60}?"
                        r"\bfrom\s+\d+(?:\.\d+)?\s*(?:%|months?|mo)?\s+to\s+\d", re.I)
# a verb of change whose clause runs to "to" right before a value: "prolonged median PFS to ", "rose to " (the
# change told from its end; "from" the control's value follows)
_CHANGED_TO = lazy_compile(r"\b(?:increas|improv|rais|rose|reduc|decreas|prolong|extend|shorten|lower|length)\w*\b[^.;]{0,60}?"
                           r"\bto\s*$", re.I)
# what a comparator arm may give with no therapy of its own: placebo, supportive care, observation
_COMPARATOR_ONLY = frozenset({"crc:regimen_placebo", "crc:regimen_best_supportive_care", OBSERVATION.id})
_BEFORE_VS = lazy_compile(r"[\w\-+/]+(?:\s+[\w\-+/]+){0,4}?\s+(?:vs\.?|versus|compared\s+(?:with|to))\s", re.I)
# a sentence's reference back to the group the sentence before named: "In this subgroup, ...", "among these patients"
# (not "in these patients", "for this group", "in this population": as often the whole trial's patients)
# a sentence that opens with its own population ("In patients with ...") names no group of the sentence before
# a group of patients named by a short form or a slash-joined pair of features ("In RC/non-LLD patients, ...",
# "... was observed in LLD patients (HR=0.62)"), or by age ("in younger patients"), where the sentence opens or right
# before a bracketed value
_OPENING_GROUP = lazy_compile(rf"^\s*(?:In|Among|Within)\s+(?:the\s+)?({FEATURE_GROUP_WORDS})\s+(?:patients|tumou?rs|subgroups?|subsets?)\s*,")
_BRACKETED_GROUP = lazy_compile(rf"\b(?:in|among)\s+(?:the\s+)?({FEATURE_GROUP_WORDS})\s+(?:patients|tumou?rs|subgroups?|subsets?)\s*\(")

# a value tied to the therapy after it ("30% with A", "5.6 months (95% CI ...) for patients receiving A")
_TIED_AFTER = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?,?\s*(?:with|for|in|among|on|by)\b(?!\s+(?:an?|the)\s+(?:median|mean|DOR|duration|disease|DCR|PFS|OS|objective|overall)\b)", re.I)


def _own_group(text: str) -> str | None:
    """The one group of patients a sentence gives its values for by a short form or a feature pair ("In RC/non-LLD
    patients, A showed an OS advantage over B (HR=2.09)"); None when it names none, or several."""
    m = _OPENING_GROUP.match(text)
    if m:
        return m.group(1)
    groups = {g.group(1) for g in _BRACKETED_GROUP.finditer(text)}
    return groups.pop() if len(groups) == 1 else None


# "A demonstrated a significant OS advantage over B", "a benefit of A over B": the side named first fared better
_BETTER_OVER = lazy_compile(r"\b(?:advantage|benefit|superiority|improvement)\b[^.;()]{0,40}?\bover\s+(?:the\s+)?$", re.I)
_NOT_REACHED = lazy_compile(r"\bnot\s+(?:yet\s+)?(?:been\s+)?reached\b", re.I)
_OWN_POPULATION_OPENER = lazy_compile(r"\s*(?:in|among|for|within)\b", re.I)
# a word that opens a group's name without naming a group ("this subgroup", "the overall population")
_NOT_A_GROUP_WORD = lazy_compile(r"(?i)(?:this|that|each|every|any|overall|whole|same|other|one|a)")
# "210 (45%) patients had left-sided tumours": a counted group of the sentence before
_COUNTED_BEFORE = lazy_compile(r"(?<![\d.])(\d[\d,]*)\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?(?:patients\s+|pts\s+)?"
                            r"((?:had|were|harbou?red|showed)\b[^.;,()]{3,80})")
_BACK_TO_GROUP = lazy_compile(r"\b(?:in|among|within|for)\s+(?:this|that|these|the\s+same)\s+(?:subgroups?|subsets?|"
                              r"sub-?populations?)\b", re.I)
# a subgroup named as such: "in the better efficacy subgroup", "within the left-sided subset"
_NAMED_SUBGROUP = lazy_compile(r"\b(?:in|among|within|for)\s+(?:the\s+)?([\w/+\-]+(?:\s[\w/+\-]+){0,3}?)\s+(?:subgroup|subset)\b",
                               re.I)
# a sentence reporting a finding (not a plan: "analyses were performed in the X subgroup")
# (also a result told as an advantage, a trend or an end point met or missed: "did not meet its end point, eliciting a
# non-significant OS advantage in the X subgroup")
_FINDING = lazy_compile(r"\b(?:observed|seen|found|showed|shown|demonstrated|improv\w*|benefit\w*|prolong\w*|superior|"
                        r"advantage|trend|elicit(?:ed|ing|s)?|favou?r(?:ed|ing)|met|meet|missed|misses)\b", re.I)
_MEDIAN_DURATION = lazy_compile(r"\bmedian\s+duration\s+of\s+(?:the\s+)?$", re.I)
# "in patients treated with", "among those receiving": the patients of a value's subject, named by their therapy
_TREATED_PATIENTS = lazy_compile(r"\b(?:in|among|for|of)\s+(?:the\s+)?(?:patients|those|participants|subjects)\s+"
                                 r"(?:who\s+(?:were\s+)?)?(?:receiving|received|treated\s+with|given|assigned\s+to)\s+", re.I)
_SUBGROUP_VS = lazy_compile(r"\bin\s+(?:patients\s+with\s+)?([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:versus|vs\.?|compared with)\s+"
                            r"([\w/+\-]+(?:\s[\w/+\-]+)?)\s+(?:m?CRC\s+)?(?:patients|tumou?rs|subgroups?|populations?|cases)\b", re.I)
# "<marker> was associated with a worse PFS": the carriers of the marker fared worse (or better) than the others
_MARKER_ASSOCIATED = lazy_compile(r"\b(?:(?:was|were|is|are|has been|have been)\s+(?:significantly\s+)?(?:associated|correlated)|"
                                  r"(?:significantly\s+)?correlated)\s+"
                                  r"with\s+(?:a\s+|an\s+|significantly\s+)*(?:worse|better|shorter|longer|poorer|improved|"
                                  r"inferior|superior|lower|higher|reduced|prolonged)\b", re.I)
# "Patients with right-sided primary tumors have worse overall survival": how a group defined by a feature fares,
# without a value or a therapy, is prognosis, not the result of a trial's arm
_FEATURE_GROUP_FARES = lazy_compile(r"^\s*(?:patients|tumou?rs|cases)\s+(?:with|harbou?ring|bearing)\s+(?:[\w\-/]+\s+){0,4}?"
                                    r"(?:have|has|had|show|showed|exhibit\w*|display\w*)\s+(?:a\s+|an\s+)?"
                                    r"(?:significantly\s+)?(?:worse|poorer|better|shorter|longer|inferior|superior|improved)\b", re.I)
# a hazard ratio between groups of patients a marker defines ("HR according to BRAF mutation status", "PIK3CA
# status HR", "for mutated versus wild-type"): how the marker's groups fare, not what an arm did
_MARKER_GROUPS_HR = lazy_compile(r"(?<!stratified\s)(?<!adjusted\s)\b(?:according\s+to|by)\s+(?:the\s+)?(?:[\w\-/]+\s+){1,3}?(?:status|expression)\b|"
                                 r"\b(?:status|expression)\s+(?:\(?HR\)?|hazard\s+ratio)\b|"
                                 r"\b(?:mutant|mutated|mutations?|positive|high)\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+"
                                 r"(?:the\s+)?(?:[\w/]+[\s\-])?(?:wild[- ]type|WT|non-?mutated|negative|low)\b|"
                                 # ("loss versus no loss PFS hazard ratio 0.9": a marker's loss against its presence)
                                 r"\b(?:loss|absence|absent|deficient|deficiency)\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+"
                                 r"(?:no\s+loss|retained|intact|presence|present|proficient|normal)\b", re.I)
# two groups a marker defines, compared by the values that follow: "for biomarker-positive vs. biomarker-negative
# patients", "in KRAS-mutant versus wild-type tumours" (the groups' values, not the arms')
_MARKER_PAIR = lazy_compile(r"\b(?:in|for|among|between)\s+(?:patients\s+with\s+)?((?:[\w/+]+[\s\-])?(?:mutant|mutated|positive|high))"
                            r"\s+(?:vs\.?|versus|compared\s+(?:with|to)|and)\s+((?:[\w/+]+[\s\-])?(?:wild[- ]type|non-?mutated|negative|low))"
                            r"\s+(?:patients|tumou?rs|subgroups?|populations?|cases|groups?)\b", re.I)


# (s57 prec2) two groups a marker sets apart, the first the subject of an association with a worse or better outcome
# and the second what it is compared with: "the ABCB1 3435T-allele was associated with shorter PFS compared with the
# 3435CC genotype (median PFS, 6.1 versus 10.4 months, respectively; HR, 1.71)", "carriers of X were associated with
# improved OS versus non-carriers (...)": the values and the ratio are the groups', not the arms'
_GROUP_WORD = (r"(?:genotypes?|alleles?|-allele|carriers?|polymorphisms?|variants?|mutant|mutated|mutations?|"
               r"wild[- ]type|expression|amplified|positive|negative|high|low|deleted|methylated|unmethylated)")
_GROUP_TOKEN = r"[\w\-<>≥≤/+.]+"
_GROUP_ASSOCIATED_PAIR = lazy_compile(
    rf"(?P<first>\b{_GROUP_TOKEN}(?:\s+{_GROUP_TOKEN}){{0,3}}?)\s+(?:was|were)\s+(?:significantly\s+|independently\s+)?"
    rf"associated\s+with\s+(?:an?\s+)?(?:significantly\s+)?(?:decreased|increased|reduced|shorter|longer|worse|"
    rf"better|improved|prolonged|inferior|superior|poorer|lower|higher)\s+[^;()]{{0,40}}?\b(?:compared\s+(?:with|to)|"
    rf"versus|vs\.?|than)\s+(?:those\s+with\s+|patients\s+with\s+)?(?P<second>[^,;()]{{2,50}}?)\s*(?=[(,;])", re.I)
_GROUP_NAMED = lazy_compile(rf"\b{_GROUP_WORD}(?![\w])|-allele\b|\bnon-?carriers?\b", re.I)


def marker_groups_compared(text: str, before: int) -> tuple[re.Match, str, str] | None:
    """The two groups a marker sets apart that a sentence compares before ``before`` (see _GROUP_ASSOCIATED_PAIR),
    as (match, first label, second label); None when the sentence compares no such groups there.

    >>> t = "The XYZ1 TT genotype was associated with shorter PFS compared with the XYZ1 CC genotype (median PFS, 5.9 versus 11.3 months)."
    >>> marker_groups_compared(t, t.index("5.9"))[1:]
    ('XYZ1 TT genotype', 'XYZ1 CC genotype')
    >>> marker_groups_compared("Arm A was associated with longer PFS compared with arm B (9.1 versus 6.0 months).", 70) is None
    True
    """
    m = _GROUP_ASSOCIATED_PAIR.search(text, 0, before)
    if m is None:
        return None
    first, second = (re.sub(r"^(?:an?|the)\s+", "", " ".join(m.group(g).split()), flags=re.I) for g in ("first", "second"))
    if not (_GROUP_NAMED.search(first) and _GROUP_NAMED.search(second)):
        return None
    if re.fullmatch(r"non-?carriers?", second, re.I):
        second = f"{first} {second}"  # "carriers of the X T allele ... than non-carriers": of the same allele
    return m, first, second


# two groups of patients set apart by the level of one measure, each named as patients with it: "patients with high
# VEGF-A levels at baseline had worse OS compared with patients with lower levels (9.6 vs. 12.9 months)", "those with
# low X ... than those with high X"; the level word of each side is its label
_LEVEL = r"(?:high|higher|low|lower|elevated|increased|decreased|reduced)"
_LEVEL_PAIR = lazy_compile(rf"\b(?:patients|those|participants)\s+with\s+(?P<first>{_LEVEL}(?:\s+[\w\-/]+){{1,4}}?)\s+[^;()]{{0,80}}?"
                           rf"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)\s+(?:patients|those|participants)\s+with\s+"
                           rf"(?:the\s+)?(?P<second>{_LEVEL}(?:\s+[\w\-/]+){{0,2}})", re.I)


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


# the time point of a survival rate, right before its metric: "1-year OS", "12-month PFS", "two-year overall survival"
_LANDMARK = lazy_compile(r"(?:(?P<n>\d{1,2})[- ]?(?P<unit>year|month)s?|(?P<word>one|two|three|five)[- ]year)\s*$", re.I)
_LANDMARK_WORDS = {"one": 12, "two": 24, "three": 36, "five": 60}
# the time points whose survival rates the schema declares (outcome_metrics PFS_6mo ... OS_60mo)
_LANDMARK_MONTHS = (6, 9, 12, 18, 24, 36, 60)


def landmark_metric(metric: str, before: str) -> str | None:
    """The rate metric of a survival measure at the time point written right before it (``before``), when the schema
    records that time point: "1-year" OS is OS_12mo, "6-month" PFS is PFS_6mo; None for other points and measures.

    >>> landmark_metric("mOS", "the 1-year "), landmark_metric("mPFS", "and 6-month "), landmark_metric("mOS", "10-month ")
    ('OS_12mo', 'PFS_6mo', None)
    """
    m = _LANDMARK.search(before)
    if m is None or metric not in ("mPFS", "mOS"):
        return None
    if m.group("n"):
        months = int(m.group("n")) * (12 if m.group("unit").lower() == "year" else 1)
    else:
        months = _LANDMARK_WORDS[m.group("word").lower()]
    return f"{'PFS' if metric == 'mPFS' else 'OS'}_{months}mo" if months in _LANDMARK_MONTHS else None


# what may stand between "grade ≥3 adverse events" and the share of patients who had them: a bracket, a verb, "in"
# ("Grade ≥3 AEs (CTCAE v5) occurred in 57% and 64%", "grade 3-4 toxicities: 35% vs 28%", "... were reported in 35%"),
# never an event's name ("were neutropenia (20%)")
_AE_GAP = lazy_compile(r"(?:\s*\([^()]{0,40}\))?\s*(?:(?:were|was|occurred|reported|observed|seen|noted|documented|"
                       r"developed|experienced|in|of|rates?|incidence|at|both|all|the|a|an|:|,|=)\s*)*", re.I)
_AE_LISTED = lazy_compile(r"\b(?:most\s+(?:common|frequent|frequently)|common|frequent|included|including|such\s+as|"
                          r"namely|were\s+mainly|mainly)\b", re.I)


def _ae_share_follows(text: str, start: int, end: int, region: list) -> bool:
    """Whether the share of patients with grade ≥3 adverse events follows their phrase at ``start``-``end``: the first
    value after it with nothing but a bracket, a verb or "in" between, and no list of events in view ("the most common
    grade 3-4 AEs were neutropenia (20%)", "grade ≥3 AEs, including diarrhea (12%)").

    >>> t = "Grade ≥3 AEs occurred in 57% of patients."
    >>> from builders.trials_values import Value
    >>> _ae_share_follows(t, 0, 12, [Value(25, 27, 57.0, "%")])
    True
    >>> t = "The most common grade 3-4 AEs were neutropenia (20%)."
    >>> _ae_share_follows(t, 16, 29, [Value(48, 50, 20.0, "%")])
    False
    """
    if not region or _AE_LISTED.search(text, max(0, start - 30), start) or _AE_LISTED.search(text, end, region[0].start):
        return False
    return _AE_GAP.fullmatch(text, end, region[0].start) is not None


# the one arm a pair's sentence names said to do better or worse ("PFS was improved in the A arm (6.9 v 9.8
# months)", "OS was significantly longer with A (16.7 vs 22.6 months)", "ORR was lower with B (..)"): the words
# right before the arm's name
_HIGHER_IS_BETTER = ("ORR", "DCR", "mPFS", "mOS")
_TO_ARM = r"\s+(?:\w+\s+){0,2}?(?:in|with|for|among|by)\s+(?:the\s+)?(?:patients\s+(?:treated|receiving)\s+(?:with\s+)?)?$"
_SAID_BETTER = lazy_compile(rf"\b(?:improv\w*|longer|higher|better|prolong\w*|superior|greater){_TO_ARM}", re.I)
# the arm named as the subject of a gain that the values right after it measure: "A improved PFS (", "A significantly
# prolonged median OS (" (never "A improved PFS over B": then two arms are named)
_ARM_IMPROVES = lazy_compile(r"[^,;:()]{1,60}?\s+(?:also\s+|further\s+|significantly\s+|markedly\s+|numerically\s+)?"
                             r"(?:improved|prolonged|increased|extended|lengthened)\s+(?:the\s+)?(?:median\s+)?"
                             r"(?:[\w\-]+\s+){0,3}?(?:PFS|OS|ORR|DCR|survival|response(?:\s+rates?)?|control(?:\s+rates?)?)"
                             r"(?:\s+\([A-Z]{2,4}\))?\s*[(\[]\s*(?:median\s+)?(?:\w+\s+)?$", re.I)
_SAID_WORSE = lazy_compile(rf"\b(?:shorter|lower|worse|poorer|inferior){_TO_ARM}", re.I)
# what adding a drug to a backbone did to a rate or a time: a rise or a fall said of the addition ("was increased when
# A was added to B", "the addition of A to B prolonged", "adding A improved", "rose from x to y with the addition of A")
_ADD_ON_CHANGE = lazy_compile(
    r"(?:\b(?:(?:was|were|is|are)\s+(?:\w+\s+)?added\s+to|the\s+addition\s+of|adding)\b[^;]{0,120}?"
    r"\b(?:(?P<rise>increas\w*|improv\w*|prolong\w*|rais\w*|rose|enhanc\w*|extend\w*|lengthen\w*|higher|longer)|"
    r"(?P<fall>decreas\w*|reduc\w*|lower\w*|declin\w*|fell|dropp\w*|shorten\w*|shorter))\b)|"
    r"(?:\b(?:(?P<rise2>increas\w*|improv\w*|prolong\w*|rais\w*|rose|enhanc\w*|extend\w*|lengthen\w*)|"
    r"(?P<fall2>decreas\w*|reduc\w*|lower\w*|declin\w*|fell|dropp\w*|shorten\w*))\b[^;]{0,120}?"
    r"\b(?:(?:was|were|is|are)\s+(?:\w+\s+)?added\s+to|the\s+addition\s+of|adding)\b)", re.I)
# the words that make the arm after them the comparator: "compared with", "versus", "than (with)", "relative to"
_COMPARATOR_BEFORE = lazy_compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|v\.?|"
                                  r"relative\s+to|as\s+opposed\s+to|than(?:\s+(?:with|in|for|among))?|over)\s+(?:the\s+)?"
                                  r"(?:(?:patients|those)\s+(?:treated|receiving|given|on)\s+(?:with\s+)?)?$", re.I)


def _as_said_better(text: str, refs: list, pairs: list) -> list:
    """``pairs`` (value, arm) of a two-value comparison, the arms swapped when the sentence says the one arm it names
    did better (or worse) and the pair would give that arm the lower (or higher) value: the text's words, not the
    design's order, say which arm a bare "6.9 v 9.8" belongs to.

    >>> from builders.trials_values import Value
    >>> pairs = [(Value(44, 48, 16.7, "months"), "A"), (Value(52, 56, 22.6, "months"), "B")]
    >>> [(v.number, a) for v, a in _as_said_better("OS was significantly longer with FOLFOXIRI (16.7 vs 22.6 months)",
    ...                                             [(33, "A")], pairs)]
    [(16.7, 'B'), (22.6, 'A')]
    """
    if len(pairs) != 2 or pairs[0][1] is pairs[1][1] or len({id(a) for _, a in refs}) != 1:
        return pairs
    pos, arm = refs[0]
    first = min(pairs[0][0].start, pairs[1][0].start)
    if pos > first or re.search(r"[;:]|,\s*(?:while|whereas|but|and)\b", text[pos:first]):
        return pairs  # the arm is named after the values, or in another clause ("..., while RR was higher with A")
    before = text[max(0, pos - 60):pos]
    better = _SAID_BETTER.search(before) is not None
    if not better and _SAID_WORSE.search(before) is None:
        # the arm as the subject of a gain, the pair after it: "A-B improved PFS (median 6.4 versus 3.7 months)"
        if _ARM_IMPROVES.match(text, pos, first) is None:
            return pairs
        better = True
    if _COMPARATOR_BEFORE.search(before):
        # "The combination improved PFS compared with A alone (5.6 vs 3.1 months)": the arm named is the one the
        # better (or worse) arm is measured against
        better = not better
    (v1, a1), (v2, a2) = pairs
    if v1.number == v2.number or arm not in (a1, a2):
        return pairs
    high_arm = a1 if v1.number > v2.number else a2
    if (high_arm is arm) == better:
        return pairs
    return [(v1, a2), (v2, a1)]


# a regimen as the subject of an improvement: "FOLFOXIRI demonstrated statistically significant improvements in"
_SUBJECT_IMPROVES = lazy_compile(r"\s*(?:results?\s*:\s*)?(?P<subject>[^,;:]{1,60}?)\s+(?:demonstrated|showed|yielded|produced|"
                                 r"resulted\s+in|led\s+to)\s+(?:an?\s+)?(?:statistically\s+)?(?:significant(?:ly)?\s+)?"
                                 r"(?:improvements?|prolongation)\s+(?:in|of)\s+", re.I)
# the words between the two sides of a comparison of therapies ("XELOX was as effective as FOLFOX4")
_SIDES_COMPARED = lazy_compile(r"\s*(?:(?:was|were|is|are)\s+)?(?:(?:as\s+(?:effective|active|efficacious|good)\s+as|"
                               r"compared\s+(?:with|to)|versus|vs\.?|(?:non-?inferior|superior|equivalent)\s+to)\s+"
                               r"(?:the\s+|that\s+of\s+)?)\s*", re.I)
# the comparator named first, before the arm it is compared with ("Compared with placebo, A improved ...")
_FRONTED_COMPARATOR = lazy_compile(r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to|as\s+opposed\s+to)\s+"
                                   r"(?:the\s+)?(?:(?:patients|those)\s+(?:on|receiving|given|treated\s+with|in)\s+(?:the\s+)?)?$",
                                   re.I)
# the side a comparison measures against, right before an arm's name: "non-inferior to B", "compared with B", "than B",
# "versus B", "relative to B" (a hazard ratio of "A ... B" is never B's)
_REFERENCE_SIDE = lazy_compile(r"\b(?:(?:non-?inferior|inferior|superior|equivalent|similar|comparable|relative|"
                               r"noninferiority|superiority|equivalence)\s+to|compared\s+(?:with|to)|in\s+comparison\s+"
                               r"(?:with|to)|as\s+opposed\s+to|than|versus|vs\.?|v\.?|over|against)\s+(?:that\s+(?:of|with)\s+|"
                               r"those\s+(?:of|with)\s+)?(?:the\s+)?(?:(?:patients|those)\s+(?:on|receiving|given|treated\s+"
                               r"with|in)\s+(?:the\s+)?)?$", re.I)
# the patients who went on to further treatment after the trial's: their counts and values are a subset's
_LATER_GROUP = lazy_compile(r"\b(?:received|receiving|had|given|went on to receive|underwent)\s+(?:any\s+|an?\s+)?(?:further|"
                            r"subsequent|later|additional|post-?progression|post-?study|next-line)\s+(?:systemic\s+|anti-?cancer\s+|"
                            r"anticancer\s+)?(?:treatments?|therap(?:y|ies)|chemotherapy|lines?)\b", re.I)
# survival counted from a later time than randomisation: "from (the) start of second-line therapy", "from progression"
# (not "freedom from progression", a measure of its own)
_LATER_ORIGIN = lazy_compile(r"(?<!freedom )(?<!free )\bfrom\s+(?:the\s+)?(?:(?:start|initiation|beginning|onset)\s+of\s+(?:the\s+)?"
                             r"(?:second|third|fourth|subsequent|later|next|further|2nd|3rd)[\s\-](?:line\b\s*)?"
                             r"(?:(?:systemic\s+|anti-?cancer\s+)?(?:therap(?:y|ies)|treatments?|chemotherapy)\b)?|"
                             r"(?:first\s+|disease\s+)?progression\b)", re.I)
# a survival measure right before such an origin, its values in brackets between or not: "overall survival (16.3 v 13.2
# months; ...) from start of second-line therapy", "Median OS from the start of second-line therapy"
_ORIGIN_OF_SURVIVAL = lazy_compile(r"\b(?:survival|PFS|OS)\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?$", re.I)


def later_origin(text: str) -> str | None:
    """The later time a sentence's survival is counted from, written right after its measure ("overall survival (16.3
    v 13.2 months; ...) from start of second-line therapy were longer in arm A", "OS from first progression"), as the
    label its values carry ("from start of second-line therapy"): the arms' survival from that time on, never their
    survival from randomisation. "" for such an origin written elsewhere in the sentence (no value of it is read), None
    for none."""
    m = _LATER_ORIGIN.search(text)
    if m is None:
        return None
    if not _ORIGIN_OF_SURVIVAL.search(text, max(0, m.start() - 200), m.start()):
        return ""
    return " ".join(m.group(0).lower().rstrip(" -").split())


_ALONE = lazy_compile(r"\s*(?:alone|monotherapy|as (?:a )?single agent|by itself)\b", re.I)
# two groups of patients set against each other by a feature they have or lack: "in patients with versus without liver
# metastases", "the ORR of patients with and without KRAS mutations was 60% and 45%, respectively" ("with and without"
# only before "respectively": "the benefit was seen in patients with and without X" is the whole trial's; the "without" word
# ends the match: a therapy named right after it makes the groups treated and untreated, read by trials_cohort)
_FEATURE_GROUPS = lazy_compile(r"\b(?:patients|pts|those|subjects|cases|tumou?rs)\s+with\s+(?:(?P<vs>versus|vs\.?)|and)\s+without\s+",
                               re.I)
# what opens a clause that reports another, cited study (ValuePlacing._cited_clause); prefiltered: asked of every
# sentence with values, which mostly hold none of its words
# a journal reference closing a sentence, its first author with initials and where the paper is printed ("(Smith J et
# al. Lancet Oncol. 2013;14(1):29-37).", "(Rossi AB, et al. J Clin Oncol 2004;22:229-37)"): the sentence's own source
_TRAILING_JOURNAL_REFERENCE = lazy_compile(r"\(\s*[A-Z][\w'\-]+(?:\s+[A-Z]{1,3})?,?\s+et al\.?[^()]{0,80}?(?:19|20)\d\d\s*;"
                                           r"\s*\d+\s*(?:\([^()]{1,12}\))?\s*:\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?\s*\)\s*\.?\s*$")
_CITED_STUDY = prefiltered(lazy_compile(
    r"\bet al\b|\breported by\b|\bpreviously reported\b|\bin (?:a|an|the) (?:previous|prior|earlier) "
    r"(?:study|trial|report)\b|\bhistorical(?:ly)?\b|"
    # an outside population set beside the trial's own: "an ORR of 0% in a matched real-world reference
    # population treated with B", "an external control cohort", "a real-world comparator group"
    r"\b(?:real-world|external|synthetic|matched)\s+(?:\w+\s+){0,2}?(?:reference|control|comparator)\s+"
    r"(?:population|cohort|group|arm)s?\b|\breference\s+(?:population|cohort)s?\b|"
    r"\bexpected\s+(?:median\s+)?(?:PFS|OS|ORR|DCR|(?:progression-free\s+|overall\s+)?survival|"
    r"(?:objective\s+)?response)\b", re.I))
# "a subgroup analysis showed ...", "in a subset of patients": the values that follow are of a part of the patients
_PART_ANNOUNCED = lazy_compile(r"\b(?:subgroup|subset|sub-?population)\s+analys[ie]s\b|\b(?:in|among|for)\s+(?:the|a|this|that)\s+"
                               r"(?:subgroup|subset)\b", re.I)


# a clause that says what a metric counts, between the metric and its value
_METRIC_DEFINITION = lazy_compile(r"(?:(?<=rate)|(?<=ORR)|(?<=DCR)),\s*(?:which|that)\s+(?:includes?|included|comprises?|comprised|counts?|"
                                  r"combines?|is defined as|was defined as|refers to)\b[^,;()]{1,120}(?:,\s*and\s+[^,;()]{1,80})?,", re.I)
# the responses a rate counts, in a bracket right after it: "10% (2 partial responses) versus 38% (1 complete, 8
# partial)" (the bracket's response words name the rate's parts, no metric of their own)
_RESPONSE_PARTS = lazy_compile(r"(?<=[\d%])\s*\(\s*\d{1,3}\s+(?:partial|complete)\b[^()]{0,60}\)", re.I)
# what joins a dosed therapy to the next part of its combination ("A 6 mg/kg every 2 weeks plus B"), its dosing removed
_DOSED_COMBINATION_JOIN = lazy_compile(r"\s*(?:\+|plus|combined with|in combination with)\s*", re.I)


# _subject_arm_improves: what may stand around the subject's therapy ("(A)"), what joins the bracket of one metric
# to the next metric ("...), and in "), words of a part of the patients, a metric opening its bracket ("median PFS
# (PFS) ("), and what joins the two values ("months vs")
_SUBJECT_FRAME = lazy_compile(r"[\s(]*")
_AND_NEXT_METRIC = lazy_compile(r"(?:median\s+)?[^;]*?\)\s*,?\s*and\s+(?:in\s+)?", re.I)
_PATIENT_PART = lazy_compile(r"\b(?:patients|subgroups?|among|with(?:out)?|those)\b", re.I)
_METRIC_BRACKET = lazy_compile(r"(?:median\s+)?[\w\-]+(?:\s+[\w\-]+){0,2}\s*(?:\([A-Za-z]{2,4}\)\s*)?\(\s*", re.I)
# the first arm of a pair and what sets the second off ("CAPIRI versus ", "A plus B compared with the "), and the
# second arm's name up to the bracket of the pair's values
_ARM_PAIR_GAP = lazy_compile(r"[\w\-+/]+(?:\s+[\w\-+/]+){0,3}?\s+(?:vs\.?|versus|compared\s+(?:with|to))\s+(?:the\s+)?", re.I)
_ARM_PAIR_TAIL = lazy_compile(r"[\w\-+/]+(?:\s+[\w\-+/]+){0,3}?\s*")
_VALUE_VS = lazy_compile(r"\s*(?:months?|mo)?\s*(?:vs\.?|versus)\s*", re.I)
# a hazard ratio said to be against the control arm ("HR vs control"), or against a named arm ("hazard ratio [HR] vs C")
# an arm's label and a colon right before its value ("arm A: 35.8", "(FOLFOX: 61%")
_COLON_HEAD = lazy_compile(r"([^\s:;,(\[][^:;,(\[]{0,40}?)\s*:\s*$")
_HR_VS_CONTROL = lazy_compile(r"(?:hazard ratio|HR)\s*(?:vs\.?|versus)\s+(?:the\s+)?(?:control|comparator)\b", re.I)
# what may stand between the second value of a pair and its hazard ratio ("2.6 months; HR", "6.8 months, HR")
_HR_AFTER_VALUE = lazy_compile(r"\s*(?:%|months?|mo)?\s*[;,]\s*")
# what stands between the second value of a pair of marker groups and the ratio that compares them: "12.8 [95%CI,
# 10.3-14.7] months, respectively; HR, 1.57", "13.1 months, HR 0.43"
# what stands between the two values of a pair, also each value's confidence interval: "8.6 vs. 12.3", "8.6 months;
# confidence interval (CI) 95%, 6.4-10.8; vs. 12.3", "8.6 (95% CI, 6.4-10.8) versus 12.3"
_PAIR_GAP = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:[;,]?\s*[(\[]?\s*(?:(?:confidence\s+interval\s*\(CI\)|CI)\s*95\s*%|95\s*%\s*"
                         r"(?:CI|confidence\s+interval))\s*[,:]?\s*\d[\d.]*\s*[–\-−]\s*\d[\d.]*\s*[)\]]?\s*[;,]?\s*)?(?:vs\.?|versus)\s*",
                         re.I)
_HR_AFTER_GROUP_PAIR = lazy_compile(r"\s*(?:\[[^\[\]]*\]\s*)?(?:%|months?|mo)?\s*(?:,\s*respectively\s*)?[;,]\s*", re.I)
_HR_AFTER_MONTHS = lazy_compile(r"\s*(?:months?|mo)?\s*[;,]\s*")
# (s60) a ratio's value and the side it is measured against after it: "hazard ratio of 1.19 compared with B", "HR 0.8 versus
# the B arm"
_RATIO_VALUE = rf"(?:hazard ratio|HR)?[^\d]{{0,12}}?{_NUM}"
_RATIO_AGAINST = lazy_compile(rf"{_RATIO_VALUE}\s*(?:\([^()]*\)\s*)?,?\s*(?:compared\s+(?:with|to)|"
                              r"versus|vs\.?|relative\s+to)\s+(?:the\s+)?", re.I)
# a ratio's value and the arm it is for right after it: "0.60 for the doublet" (:meth:`ValuePlacing._hr_arm`)
_RATIO_FOR = lazy_compile(rf"{_RATIO_VALUE}\s+(?:for|in|with)\s+(?:the\s+)?", re.I)
_HR_VERSUS = lazy_compile(r"(?:hazard ratio|HR)\s*(?:\[HR\]|\(HR\))?\s*(?:vs\.?|versus)\s", re.I)
# a hazard ratio that names the two sides it compares before its value: "the hazard ratio for death in the A group
# versus the B group was 0.68", "HR for PFS of A versus B, 0.72": the side named first is the arm whose hazard it is
_HR_SIDES = lazy_compile(r"(?:hazard ratio|\bHR)\s*(?:for|of)\b(?P<first>[^;()]{1,60}?)\b(?:vs\.?|versus)\s"
                         r"(?P<second>[^;()]{1,40}?)\s*(?:was|is|[,:=])\s*\d", re.I)
# an arm the metric is said of, right before its change ("median OS with A increased from 6.1 to 6.4 months")
_OWN_ARM_BEFORE = lazy_compile(r"\b(?:with|in|for|of)\s+(?:the\s+)?$", re.I)
# values told as a change from the comparator's to the experimental arm's: "improved from 5.3 months with placebo to
# 7.1 months with A"
_FROM_VALUE = lazy_compile(r"\bfrom\s*$", re.I)
_TO_VALUE = lazy_compile(r"\bto\s*$", re.I)
# what stands between an arm's name and the value it equates it with: "IrPan = 10.4 mo", "arm A = 35%" (a name of a few
# words, no clause or list break inside)
_EQUATED = lazy_compile(r"[^,;()=]{0,50}?\s=\s*$")


# what a hazard ratio measures when no survival metric is named: "the risk of (disease) progression (or death)" is of
# progression-free survival, "the risk of death" of overall survival
# ... or the ratio says it itself: "the hazard ratio for death was 0.77", "HR for progression, 0.57"
_HR_FOR = lazy_compile(r"(?:hazard\s+ratio|HR)\s*(?:\(HR\)\s*)?for\s+(?:(?:disease\s+)?progression(?:\s+or\s+death)?|(?P<death>death|dying))\b",
                       re.I)
_RISK_OF = lazy_compile(r"\brisk\s+of\s+(?:(?:disease\s+)?progression(?:\s+or\s+death)?|(?P<death>death|dying))\b", re.I)


def _event_named(text: str, pos: int, since: int) -> str | None:
    """The survival metric of the event a hazard ratio at ``pos`` names as its own, "for death" after the ratio's
    word ("hazard ratio for death was 0.68") or "risk of death" (of progression) right before it, after ``since``
    with no value between ("reduced the risk of death (HR 0.36)"): mOS for death, mPFS for progression; else None."""
    risk = _HR_FOR.match(text, pos)
    if risk is None:
        near = [m for m in _RISK_OF.finditer(text, max(since, pos - 60), pos)]
        risk = near[-1] if near and not re.search(r"\d", text[near[-1].end():pos]) else None
    if risk is None:
        return None
    if risk.group("death") and re.match(r"\s+or\s+(?:disease\s+)?progression", text[risk.end():]):
        return "mPFS"  # "the risk of death or progression": the event of progression-free survival
    return "mOS" if risk.group("death") else "mPFS"


# the longest median survival (in months) read as one; in weeks or days, its length in those units
_LONGEST_MEDIAN_MONTHS = 150
_UNITS_PER_MONTH = {"weeks": 4.35, "days": 30.44}


# a therapy given on its own: no dose level of a combination
_MONOTHERAPY_SAID = lazy_compile(r"\b(?:monotherapy|alone|single[- ]agent)\b", re.I)
# "After crossover, ...", "Following cross-over to the combination, ...": values of the patients who crossed over
_AFTER_CROSSOVER = lazy_compile(r"^\s*(?:(?:Of note|Notably|Moreover),\s+)?(?:after|following|upon)\s+(?:the\s+)?cross-?over\b", re.I)
# "Among these 48 patients, ...": a part of the study the sentence before counted
_SUBSET_BACK = lazy_compile(r"^\s*(?:among|of|in)\s+(?:these|those|the)\s+(\d{1,5})\s+(?:patients|pts|participants|responders)\b", re.I)
# a sentence that gives a value (a number, or "not reached"), not one that only names an end point ("a poor
# prognosis and dismal median survival")
_REPORTS_VALUE = lazy_compile(r"\d|\bnot (?:been )?reached\b", re.I)


_WHO = lazy_compile(r"\b(?:for|in|among)\s+(?:the\s+)?(?:patients|those)\s+(who\s+(?:crossed over|had (?:not )?(?:received|been)|"
                    r"received prior|were (?:previously|pre)\w*|did not)(?:(?:\s+[\w\-]+){0,7}?(?=\s*[,;:(])|(?:\s+[\w\-]+){0,3}))", re.I)

# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
_SUBGROUP_VS = prefiltered(_SUBGROUP_VS)


# a therapy named as the drug of a group of the trial: "the A (treatment) arm", "the B alone group"
_ARM_WORD_AFTER = lazy_compile(r"\s*(?:alone\s+|monotherapy\s+)?(?:treatment\s+|therapy\s+)?(?:arm|group|cohort)\b", re.I)
# words that set values beside data from outside the trial
_EARLIER_DATA = lazy_compile(r"\b(?:historical|previous(?:ly)?|prior|earlier|expected|literature|reported)\b", re.I)
# the words that join a therapy onto a regimen named before it ("... regimen plus A")
_JOINED_ON = lazy_compile(r"(?:\+|\bplus|\bcombined with|\bin combination with)\s*$", re.I)
# a bracket that holds one value only: "(27.4 months)", "(42%)"
_OPEN_BRACKET = lazy_compile(r"\(\s*$")
_CLOSE_BRACKET = lazy_compile(r"\s*(?:%|months?|mo)?\s*\)")
# the words that tie a value to the group named right after it: "3.6 months (95% CI ...) in the B group"
_GROUP_TIED_AFTER = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^)]*\)\s*)?(?:in|for|with|among)\s+(?:the\s+)?", re.I)
# what stands between two rates of one list ("2.2% and 0.0%", "44% versus 0%", "14%, 0%")
_RATE_LIST_GAP = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|/\s*|(?:vs\.?|versus|v\.?)\s+)")


_NEXT_ITEM = lazy_compile(r"[;]|\b(?:and|whereas|while|but|vs|versus|compared)\b", re.I)
_LISTED_AFTER = lazy_compile(r"\b(?:and|or)\b|/", re.I)
_CLAUSE_STOP = lazy_compile(r"[,;.()\[\]]")
# the words that tie a value to the arm named right before it: "and with cetuximab 57%", "in the placebo arm, 11%"
# (the words between are the arm's alone: not the end of the value before's, "7.4 months in the A group vs 4.8 months")
_ARM_TIED_BEFORE = lazy_compile(r"\b(?:with|in|for|on|among|under)\s+(?P<group>(?:(?!\b(?:vs|versus|and|or|compared|than|while|"
                            r"whereas|but)\b)[^,;()\d%\]\[])+?)\s*,?\s*$", re.I)
# the words that tie a value to the arm named right after it: "57% with cetuximab", "39% (95% CI ...) in the placebo arm"
_ARM_TIED_AFTER = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:with|in|for|on|among|under)\s+"
                           r"(?:the\s+|those\s+|patients\s+)?(?:(?:treated|receiving|given|who\s+received)\s+(?:with\s+)?)?",
                           re.I)


def _listed_zero_rates(text: str, values: list[Value]) -> frozenset[int]:
    """The starts of the rates of 0% a list of rates gives beside a rate above 0 ("the ORR was 2.2% and 0.0% in the A
    and B groups", "14% and 0% in Arms A and B", "(44% versus 0%)"): written with their per cent sign, one arm's
    value as much as the others', and a bare "0" set against a rate, "ORR 28.6% vs 0", is the rate of none of the
    second group (``trials_values`` gives it the per cent sign of the rate before it)."""
    zeros = set()
    for a, b in zip(values, values[1:]):
        if a.unit != "%" or b.unit != "%" or not _RATE_LIST_GAP.fullmatch(text[a.end:b.start]):
            continue
        for zero, other in ((a, b), (b, a)):
            if zero.number == 0 and other.number > 0 and ("%" in text[zero.start:zero.end] or zero is b):
                zeros.add(zero.start)  # (a bare zero after "vs" took the per cent sign of the rate before it)
    return frozenset(zeros)


# a rate of none written right after its rate's name ("an ORR of 0%", "the ORR was 0%", "(ORR 0%)", "DCR: 0.0%"), after
# its name and the group it is of ("the ORR of pMMR/MSS mCRC was 0%"), or right before it ("0% ORR"), never the low end
# of a range ("ORR ranged from 0% to 23%", "0-12%")
_RATE_NAME = (r"(?:ORR|DCR|(?:(?:objective|overall|confirmed|tumou?r)\s+)?response\s+rates?|"
              r"disease[- ]control\s+rates?)(?:\s*\((?:ORR|DCR|RR)\))?")
_ZERO = r"(0(?:\.0{1,2})?\s*%)"
_ZERO_NOT_RANGE = r"(?!\s*(?:[-–—]|to\b)\s*\d)"
# (each alternative captures its zero as the one group it has)
_NAMED_ZERO = lazy_compile(rf"\b{_RATE_NAME}\s*(?:(?:of|was|were|is|:|=|,)\s*)?(?:only\s+)?{_ZERO}{_ZERO_NOT_RANGE}"
                           rf"|(?<![\d.,\-–]){_ZERO}\s+{_RATE_NAME}\b"
                           rf"|\b{_RATE_NAME}\s+(?:of|in|among|for)\s+[^,;:.%\d]{{2,120}}?\s+(?:was|were)\s+(?:only\s+)?"
                           rf"{_ZERO}{_ZERO_NOT_RANGE}", re.I)
_ZERO_RATE_CUE = lazy_compile(r"(?<![\d.])0(?:\.0{1,2})?\s*%")


def _named_zero_rates(text: str, values: list[Value]) -> frozenset[int]:
    """The starts of the rates of 0% the sentence names as a response or disease-control rate of their own ("the
    combination gave an ORR of 0%", "no responses were seen (ORR 0%)", "0% ORR and 33% DCR"): a rate of none said in
    numbers, as much a value as any other rate; never the low end of a range ("ranged from 0% to 23%").

    >>> t = "Sotorasib monotherapy gave an ORR of 0% and a DCR of 45%."
    >>> vs = [Value(t.index("0%"), t.index("0%") + 2, 0.0, "%")]
    >>> _named_zero_rates(t, vs) == {t.index("0%")}
    True
    >>> t = "The DCR of pMMR/MSS tumours was 0%."
    >>> _named_zero_rates(t, [Value(t.index("0%"), t.index("0%") + 2, 0.0, "%")]) == {t.index("0%")}
    True
    >>> t = "The ORR ranged from 0% to 23% across studies."
    >>> _named_zero_rates(t, [Value(t.index("0%"), t.index("0%") + 2, 0.0, "%")])
    frozenset()
    """
    if _ZERO_RATE_CUE.search(text) is None:
        return frozenset()
    said = {m.start(m.lastindex) for m in _NAMED_ZERO.finditer(text)}
    return frozenset(v.start for v in values if v.number == 0 and any(v.start <= z < v.end for z in said))


# the other side's share after a share that responded: "..., versus 2.2% for regorafenib" (the therapy right at the end)
_SHARE_CONTRAST = lazy_compile(r"[^.;]{0,60}?,?\s*(?:versus|vs\.?|compared\s+with)\s+(\d+(?:\.\d+)?)\s*%\s+(?:for|with|in|on)\s+"
                               r"(?:(?:the|patients|those)\s+)?(?:(?:treated|receiving|given)\s+(?:with\s+)?)?", re.I)
# "responded to the combination": the arm of several drugs; "In the combination arm"; "compared with 33% without A"
_COMBINATION_WORD = lazy_compile(r"\b(?:combination|combined)\s+(?:arm|group|cohort)\b", re.I)
_WITHOUT_NEXT = lazy_compile(r"\s*,?\s*without\b", re.I)
_TO_THE_COMBINATION = lazy_compile(r"\s+to\s+the\s+combination\b(?!\s+(?:of|with)\b)", re.I)
# the gap between two values of one bare run ("10.4 and 10.0 months", "22%, 19.8% and 15%"): a unit, a comma, "and"
_BARE_RUN_GAP = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:,\s*and|,|and)\s*", re.I)
# the values of a list closed by "respectively" right after its last value, naming nothing it is respective to
# ("13 months and 29 months, respectively.")
# a run closed by "respectively" right after its last value, whatever follows ("(20.4, 19.7, 20.3 months, respectively)")
_CLOSED_RESPECTIVELY = lazy_compile(r"\s*(?:%|months?|mo)?\s*,?\s*respectively\b", re.I)
# the arms counted as a whole ("for the three groups", "in the two treatment arms", "all three arms")
_COUNTED_ARMS = lazy_compile(r"\b(?:both|(?:all\s+|the\s+|each\s+of\s+the\s+)?(?:two|three|four|2|3|4))\s+(?:(?:treatment|study|"
                             r"randomi[sz]ed)\s+)?(?:arms|groups|regimens)\b", re.I)
# parts of the patients counted as a whole ("in the three KRAS subgroups", "across both cohorts")
_COUNTED_PARTS = lazy_compile(r"\b(?:both|two|three|four|2|3|4)\s+(?:[\w/+-]+\s+){0,2}?(?:subgroups|subsets|subpopulations|"
                              r"populations|strata)\b", re.I)
_BARE_RESPECTIVELY = lazy_compile(r"\s*(?:%|months?|mo)?\s*,?\s*respectively\s*(?:[.;]|$)", re.I)


def _clause_view(s: Sentence, rec, hits, lo: int, hi: int) -> tuple[Sentence, Recognition, list]:
    """The sentence as only its clause ``text[lo:hi]`` (the rest blanked, offsets kept), with the mentions, regimens
    and cue hits that lie inside the clause: a part of a sentence read as a sentence of its own."""
    text = s.norm
    part = Recognition([m for m in rec.mentions if lo <= m.start and m.end <= hi],
                       [r for r in rec.regimens if lo <= r[0].start and r[0].end <= hi], dict(rec.populations), [])
    return (replace(s, norm=" " * lo + text[lo:hi] + " " * (len(text) - hi)), part,
            [h for h in hits if lo <= h[0] and h[1] <= hi])


def _share_number(word: str) -> float:
    """The share a _PERCENT_LEAD gives, in digits or in words ("42" -> 42.0, "Forty-two" -> 42.0)."""
    return float(word) if word[0].isdigit() else float(_count(word) or 0)


def _within(pos: int, spans) -> bool:
    """Whether ``pos`` lies in one of the (start, end) ``spans``."""
    return any(a <= pos < b for a, b in spans)


# (s46 outv) the patients a rate counts, in brackets after it: "ORR was 12.0% (6/50)", "DCR 62.2% (28/45)"
_RATE_FRACTION = lazy_compile(r"(?<=%)\s*\(\s*\d{1,5}\s*/\s*\d{1,5}\s*\)")


def other_trial_named(st: TrialState, rec) -> bool:
    """Whether the sentence (its recognition ``rec``) names a trial other than the one in focus: its values may be
    that trial's."""
    return any(m.entity.category == "Trial" and m.entity.id != st.trial.id for m in rec.mentions)


# the verbs that say which patients received which arm: "44 treated with A and 45 with B", "randomized to A or B"
_GIVEN_ARMS = lazy_compile(r"\b(?:randomi[sz]ed|randomly|assigned|allocated|treated\s+with|received|receiving|given)\b", re.I)

# the gap from a median's number to a hazard ratio inside the bracket opened right after it: " mo (HR = ", " months (hazard
# ratio, "
_BRACKET_AFTER_VALUE = lazy_compile(r"\s*(?:mo|mos|months?|m)?\.?\s*\(\s*(?:(?:HR|hazard\s+ratio)\s*(?:[=:,]|of)?\s*)?", re.I)


def _level_pair_at(text: str, fitting: list) -> tuple | None:
    """The two level groups (builders.trials_marker_groups.level_pair) whose bracket holds the two values ``fitting``,
    right after the words naming the groups ("... than those with lower levels (34.5 vs 13.1 months)"), or None."""
    leveled = marker_level_pair(text) if len(fitting) == 2 else None
    if leveled is None or text.find("(", leveled[0].end() - 1) != leveled[0].end() - 1 or \
            not leveled[0].end() <= fitting[0].start <= leveled[0].end() + 12:
        return None
    return leveled


class ValuePlacing:
    """The trial reader's part that places outcome values on a trial's arms (see the module)."""

    # -- outcomes ---------------------------------------------------------------------------------
    def _outcomes_of_one_arm(self, arm: Entity, st: TrialState, s: Sentence, rec, hits, ev) -> None:
        """Read the sentence's values as if the trial had only ``arm`` (a pooled dose level, a leading cohort), then
        give the trial its arms back."""
        saved = st.arms
        st.arms = [arm]
        try:
            self.outcomes(st, s, rec, hits, ev)
        finally:
            st.arms = saved

    def _backbone_brackets(self, st: TrialState, s: Sentence, rec, hits, ev) -> bool:
        """(s50 trialprec) "the addition of A to B (ORR 57% vs 39%; HR 0.70) and to C (ORR 61% vs 37%; HR 0.57)": the
        values in the bracket right after each backbone are that backbone's comparison, A + B against B, then A + C
        against C, each read as a two-arm sentence of its own. Only when two backbones or more each have such a bracket
        and the arms of each pair are known (one bracket goes the ordinary way). Returns whether it read them."""
        text = s.norm
        pairs = []
        for t in _added_apart(text, self.therapies(text, rec), self.ctx):
            opened = re.match(r"\s*\(", text[t.end:])
            if opened is None:
                continue
            lo = t.end + opened.end()
            depth, hi = 1, None
            for i in range(lo, len(text)):
                depth += 1 if text[i] == "(" else -1 if text[i] == ")" else 0
                if depth == 0:
                    hi = i
                    break
            if hi is None or not any(_values(text[lo:hi])[:2]):
                continue
            control = [a for a in st.arms if getattr(st.regimens.get(a.id), "id", None) == t.entity.id or
                       self._components(st, a) == {t.entity.id}]
            addon = [a for a in st.arms if a not in control and t.entity.id in self._components(st, a)]
            if len(control) != 1 or len(addon) != 1:
                return False
            pairs.append((lo, hi, addon[0], control[0]))
        if len(pairs) < 2 or len({(p[2].id, p[3].id) for p in pairs}) != len(pairs):
            return False
        saved = st.arms, st.compared
        try:
            for lo, hi, addon, control in pairs:
                st.arms = st.compared = [addon, control]
                self.outcomes(st, *_clause_view(s, rec, hits, lo, hi), ev)
        finally:
            st.arms, st.compared = saved
        return True

    def _part_clause_outcomes(self, st: TrialState, s: Sentence, rec, hits, ev, parted) -> None:
        """(s50 trialprec) A sentence whose values of the whole population come first and those of a part of the
        patients after, in a clause the part opens ("...; in the RAS-mutant subgroup, the corresponding values were
        20%, 5.0 months and 12.1 months"): the first clause is read as a sentence of its own, then the part's clause,
        its values labelled with the part; a clause that names no metric gives its values to the first clause's
        metrics and arms, in their order, when it gives as many values and each fits its metric (else none)."""
        head_end, tail_start, label, own_label = parted
        text = s.norm
        head, head_rec, head_hits = _clause_view(s, rec, hits, 0, head_end)
        before = len(self.out.outcomes)
        self.outcomes(st, head, head_rec, head_hits, ev)
        ratios = [o for o in self.out.outcomes[before:] if o.metric.startswith("HR") and o.subgroup is None]
        tail, tail_rec, tail_hits = _clause_view(s, rec, hits, tail_start, len(text))
        if any(h[2].startswith("metric_") and h[2] != "metric_hr" for h in tail_hits):
            told = len(self.out.outcomes)
            self.outcomes(st, tail, tail_rec, tail_hits, ev)
            if own_label:
                self._two_groups(st, text, head_end, label, before, told)
            return
        placed = sorted((end, metric, arm) for metric, at in (getattr(self, "_placed_at", None) or {}).items()
                        for end, arm in at if end <= head_end)
        values, hrs, _ = _values(tail.norm)
        if not placed or len(values) != len(placed) or len(hrs) not in (0, len(ratios)) or \
                not all(_fits_metric(metric, v, values) for (_, metric, _), v in zip(placed, values)):
            if tail_hits:
                self.outcomes(st, tail, tail_rec, tail_hits, ev)  # ("...; in the X subgroup, HR 0.70": its ratio)
            return  # values whose metrics the clause does not say, not one for each value before: whose they are is unread
        for (_, metric, arm), v in zip(placed, values):
            self._add(arm, metric, v, ev, label)
        arms = {a.id: a for _, _, a in placed}
        for ratio, h in zip(ratios, hrs):
            if ratio.arm in arms:  # "(HR 0.85); ..., the corresponding values were ... (HR 0.70)": the same arm's ratio
                add_outcome(self.out, arms[ratio.arm], ratio.metric, h[1], ev, subgroup=label)

    def _two_groups(self, st: TrialState, text: str, head_end: int, label: str, before: int, told: int) -> None:
        """(s60 trials60c) A sentence that sets two groups against each other, the second in a clause that names the
        metric before it ("The ORR of dMMR/MSI-H mCRC patients treated with A was 40%, while the ORR of refractory
        proficient mismatch repair (pMMR)/microsatellite stable (MSS) mCRC was 0%"): the second clause's values (read
        from ``told`` on) are its group's, ``label``; the first clause's values (from ``before``) that its reading left
        unlabelled are the first group's, when the sentence names it with its values and it ends where the second
        clause begins (:func:`builders.trials_subgroups.metric_population`); no population carries on past the two."""
        outs = self.out.outcomes
        first = trials_subgroups.metric_population(text)
        if first is not None and first[1] == head_end:
            outs[before:told] = [replace(o, subgroup=normal_subgroup(first[0])) if o.subgroup is None else o
                                 for o in outs[before:told]]
        outs[told:] = [replace(o, subgroup=normal_subgroup(label)) for o in outs[told:]]
        st.population = None

    def _whole_series_part(self, st: TrialState, s: Sentence, rec, hits) -> tuple[Sentence, list] | None:
        """The part of the sentence (and its cue hits) that gives values of the article's own study as a whole, when
        ``st`` is that study, named by its byline or the present cohort study (no byline), and no design, title or series
        sentence gave it a therapy: the
        words before the first that name a part of its patients or a therapy (builders.trials_own_series), when they
        hold a value of each metric at most; else None. (s46 outv) Once a sentence has given a part's values, the
        series' values are over: the values of the sentences after it may still be that part's ("In the triplet group,
        ORR was 13.3%. The median PFS was 5.1 months.")."""
        if st.trial.id != getattr(self.own_study, "id", None) or st.candidate is not None or st.every:
            return None
        parted = self._series_parted
        if st.trial.id in parted:
            return None
        cut = series_part_start(s.norm, [t.start for t in self.therapies(s.norm, rec)])
        if any(h[2].startswith("metric_") and h[2] != "metric_other" and h[1] > cut for h in hits) and \
                _values(s.norm[cut:])[0]:
            parted.add(st.trial.id)  # (not a median age or a count: "Median age was 59 years and number of prior ...")
        kept = [h for h in hits if h[1] <= cut]
        if not any(h[2].startswith("metric_") for h in kept):
            return None
        # (s46 outv: a rate's patients in brackets, "12.0% (6/50)", are no value of their own)
        counted = _RATE_FRACTION.sub(_blank, s.norm[:cut])
        if not 0 < len(_values(counted)[0]) <= sum(len(m[3]) for m in _metrics(kept, s.norm[:cut])):
            return None  # "The median OS of the first and second periods were 11.0 and 13.0 months": parts' values
        return replace(s, norm=s.norm[:cut]), kept

    def outcomes(self, st: TrialState, s: Sentence, rec, hits, ev) -> None:
        text = s.norm
        if len(st.arms) >= 4 and "(" in text and self._backbone_brackets(st, s, rec, hits, ev):
            return
        parted = part_clause(text) if st.arms or st.candidate is not None else None
        if parted is not None:
            self._part_clause_outcomes(st, s, rec, hits, ev, parted)
            return
        self.sentence_index = s.index
        self._named_order(st, text, rec, hits)
        self._line = self._later_line(st, s, rec)  # (s47 outfix: a later line's values, builders/trials_line_values.py)
        if st.optional and _FROM_TO.search(text):
            st.control_first = True  # "The addition of B increased X from 56 to 67%": the add-on design's report gives
            # its pairs control first
        self._listed_zeros = frozenset()
        if not st.arms and st.candidate is not None and any(h[2].startswith("metric_") for h in hits) and \
                not any(self._metric_of_other_therapy(st, text, rec, m[1], self._held(st.candidate)) for m in _metrics(hits, text)):
            self._set_arms(st, [(st.candidate, ())], ev)
        if not st.arms and self.main_regimen is not None and st.trial.id == self.main_trial.id and \
                self.main_regimen.id not in getattr(self, "foreign_regimens", ()) and \
                any(h[2].startswith("metric_") for h in hits) and _REPORTS_VALUE.search(text) and \
                not self._other_therapies(text, rec, self.main_regimen, self._cited_clause(st, text)) and \
                not self._prognostic_group(text, rec):
            self._set_arms(st, [(self.main_regimen, tuple(self.ctx.vocab.entities.get(c) or Entity(c, "Drug", c)
                                                       for c in self.ctx.combination_parts.get(self.main_regimen.id, ())))],
                           self._main_regimen_evidence or ev)
        whole = self._whole_series_part(st, s, rec, hits) if not st.arms else None
        if whole is not None:
            # the article's own study of a series of its patients, no one therapy given to them: the values before the
            # words naming a part of it are the whole series' ("The median OS of the whole cohort was 21.0 months")
            before = len(self.out.outcomes)
            series_arm = arm_entity(st.trial, series_regimen())
            self._outcomes_of_one_arm(series_arm, st, whole[0], rec, whole[1], ev)
            if len(self.out.outcomes) > before:
                add_arm(self.out, st.trial, series_regimen(), ev)  # (the arm where a value of it is read)
                # (s45 own2) then the values of its parts, lines or lettered cohorts, in the order the sentence named
                # them ("... 32.0 months, with a difference between Cohort A and B (29.2 vs. 33.5 months)")
                self._part_values(series_arm, part_values(text, cohorts=True), ev)
                return
        if not st.arms:
            # a study known by no arm still has the number of patients it enrolled ("Smith et al. collected
            # 91 biopsies from 45 patients")
            self._placed, self._placed_at, self._placed_numbers = {}, {}, {}
            self._who = self._inherited = None
            subgroup = _subgroup(text)
            self._numbers(st, text, rec, ev, subgroup)
            parts = part_values(text, cohorts=False)
            if parts and not self.therapies(text, rec):
                # (s47 f12out) a study known by no arm: "Median PFS was 9.5 mo in first-; 4.8 mo in second-line", each
                # line's value its series' (the treatments as given) with its line as subgroup
                self._part_values(arm_entity(st.trial, series_regimen()), parts, ev)
                add_arm(self.out, st.trial, series_regimen(), ev)
            counted = (subgroup or trials_subgroups.topic_population(text)) if _N_EQ.search(text) else None
            if counted and not _metrics(hits, text) and not _PART_OF_STUDY.search(text):
                # "In patients with KRAS wild-type tumours (n=666), the main findings were as follows:": the counted
                # population the next sentence's values are of
                st.population = (s.index, counted)
            return
        pooled = self._pooled_dose_arm(st, text, ev) if any(h[2].startswith("metric_") for h in hits) else None
        if pooled is not None:
            self._outcomes_of_one_arm(pooled, st, s, rec, hits, ev)
            return
        if len(st.arms) == 1 and len(self._components(st, st.arms[0]) - set(_NOT_ARMS)) == 1 and \
                re.search(r"\b(?:this|the|such a|these)\s+(?:combination|combined|doublet|triplet)\b", text, re.I) and \
                not any(t.entity.attr("combination") for t in self.therapies(text, rec)):
            return  # "This combination regimen achieved ..." while the trial's one arm gives a single drug
        if len(st.arms) == 1 and self._only_single_agent_said(st, text, rec):
            return  # "BRAF inhibitor monotherapy yields response rates of 5%": one agent's values, not the combination arm's
        if len(st.arms) == 1 and not any(t.entity.id not in _NOT_ARMS for t in self.therapies(text, rec)) and \
                not _ARM_LABEL.search(text) and other_role_named(text, self._is_control(st, st.arms[0])):
            # ("The placebo group had an ORR of 0%": placebo names the control group, no therapy of the arm known)
            return  # (s46 groups) "In the control arm, median OS was 5.0 months" while the one arm known is the drug tested
        if len(st.arms) == 1 and self._another_drug_said(st, text, rec):
            return  # "Adagrasib is another KRAS G12C inhibitor that achieves an ORR of 17%": not the arm's drug
        if _LATER_GROUP.search(text):
            return  # "seven patients received further systemic treatment and their median OS was 12 months": a subset's values
        contrasted, groups = contrasted_groups(text) if len(st.arms) == 1 else ([], [])
        if any(lo <= t.start < hi for t in self.therapies(text, rec) for lo, hi in groups):
            contrasted = []  # "patients with A had longer OS (...) than those with B (...)": therapies, no groups of the arm
        for metric, value, group in contrasted:
            # "patients with A had longer OS (10.2 months) versus those with B (5.4 months)": each group's own value
            add_outcome(self.out, st.arms[0], metric, value, ev, subgroup=group)
        if contrasted:
            return
        phased = phase_values(text) if len(st.arms) == 1 else []
        for metric, value, phase in phased:
            # "55.8% for the initial A plus B therapy, 17.8% for C plus B maintenance therapy": each phase's own rate
            add_outcome(self.out, st.arms[0], metric, value, ev, subgroup=phase)
        if phased:
            return
        parts = part_values(text, cohorts=False) if len(st.arms) == 1 else []
        if parts and not self._other_therapies_said(st, text, rec):
            self._part_values(st.arms[0], parts, ev)
            return  # (s45 own2) "For the first three lines, median PFS was 6.3, 2.5 and 2.6 months, respectively"
        populations = population_values(text)
        if populations and len(st.arms) > 1:
            return  # (s47 outnamed) "ORR was 41% in the per-protocol population and 38% in the ITT population" in a
            # trial of two arms: one value per analysis population, not one per arm
        if populations and not self._other_therapies_said(st, text, rec):
            self._part_values(st.arms[0], populations, ev)
            return  # (s47 outnamed) "The ORRs were 48% in the efficacy-evaluable cohort and 45% in the ITT cohort"
        # (an unplaced dose level whose arm _add_dose_arm cannot set apart, or that stays unplaced after it)
        dose_label = None
        if self._unplaced_dose(st, text, rec) and (not self._add_dose_arm(st, text, rec, ev) or
                                                   self._unplaced_dose(st, text, rec)):
            dose_label = self._dose_level_label(st, text, rec)
            if dose_label is None:
                return  # "3.9 months in patients treated with sotorasib at 240 mg plus panitumumab": a dose level no arm stands for
        lead = self._leading_cohort(st, text, rec, ev)
        if lead is False:
            return  # "Among the patients who received X, ...": a group the reader cannot tie to one arm
        if lead is not None and (len(st.arms) != 1 or st.arms[0] is not lead):
            self._outcomes_of_one_arm(lead, st, s, rec, hits, ev)
            return
        # "... not reached in the cohort with dMMR tumours but were 2.2 and 5.0 months, respectively, in the cohort with
        # pMMR tumours": the population named after the values is theirs (_population_for), not one named before them
        respective = trials_subgroups.respective_population(text)
        subgroup = dose_label or trials_subgroups.part_label(text) or (None if respective else (
            _subgroup(text) or self._subset_of_previous(s, text) or self._marker_part(st, s, text)))
        subgroup = subgroup or _own_group(text)
        group_end = None  # where a second group set against the sentence's subject group begins
        announced = _PART_ANNOUNCED.search(text) is not None  # "a subgroup analysis ...": the part is read below
        if subgroup is None and not respective and not announced:
            group = self._subject_group(st, s, text)
            if group is not None:
                subgroup, group_end = group
        # this sentence's values only (when it names no part of the patients itself)
        own = None if subgroup else self._population_for(st, s, text, hits) or self._cohort_part(st, text, rec)
        subgroup = subgroup or own or self._previous_subgroup(s, text)
        if subgroup is None and not respective and not announced and any(h[2].startswith("metric_") for h in hits):
            group = self._metric_group(st, s, text)
            if group is not None:
                subgroup, group_end = group
        enrolled = trials_subgroups.enrolled_population(text) if s.index in st.named else None
        if subgroup and enrolled and not trials_subgroups.explicit_part(text) and trials_subgroups.selected_by(enrolled, subgroup):
            # "... in patients with HER2-positive mCRC, according to the final analysis of the X trial": the population
            # the sentence naming the trial says it enrolled, no part of it (nor of the next sentence's values)
            subgroup = None
        named = subgroup
        kept_population = None  # a marker population carried on past a part of it the sentence names
        if subgroup is None and not respective and not _OVERALL.search(text):
            restricted = self._restricted_group(st, s, text) if any(h[2].startswith("metric_") for h in hits) else None
            if restricted is not None:
                # "In patients previously treated with oxaliplatin, median OS was ...": a part of the patients set apart
                # by a genotype, a prior therapy, a confirmed status or a disease cohort (with the marker population the
                # sentence before carried, "WT KRAS, receiving prior oxaliplatin-bevacizumab"); the marker population
                # carries on, the part does not
                subgroup = f"{inherited}, {restricted}" if (inherited := self._carried_population(st, s, rec, text)) \
                    else restricted
                own = named = restricted
                kept_population = inherited
        if subgroup is None and not _OVERALL.search(text):
            # (s48 outlabels: not into a sentence that names a cohort of its own, "Cohort B had an ORR of 30%, higher
            # than cohort C", after "The ORR was 38.5% in cohort A")
            subgroup = self._carried_population(st, s, rec, text)  # "In the KRAS wild type population, ... . No benefit in OS was observed (...)."
        if subgroup is None and not _OVERALL.search(text):
            subgroup = self._paragraph_topic(st, s)
        # a population carries to the next sentence; a part of the study ("In the first stage, ...") does not, nor one
        # the sentence inherited without reporting a measure of it (a design or methods sentence ends the run)
        # (nor the patients whose samples a biomarker analysis had: "Plasma samples were available for 553 patients")
        carried = subgroup if subgroup and not _PART_OF_STUDY.search(text) and not own and group_end is None and \
            subgroup != sampled_part(text) and subgroup != trailing_part(text) else None
        if carried and not named and not any(h[2].startswith("metric_") for h in hits):
            carried = None
        st.population = (s.index, carried) if carried else (s.index, kept_population) if kept_population else None
        # the counts of a sentence that names no population of its own are of the population its context named
        self._inherited = subgroup if subgroup and not named else None
        subgroup = subgroup or _counted_group(text)
        extra = _EXTRA_ANALYSIS.search(text)
        if extra:
            # "An exploratory analysis of updated survival ... HR = 0.83": a second value beside the primary analysis's
            kind = " ".join(extra.group(1).lower().split())
            subgroup = f"{subgroup}, {kind}" if subgroup else kind
        origin = later_origin(text)
        if origin == "":
            return  # a survival counted from progression or a later line, whose measure the reader does not find
        if origin:
            # "OS from start of second-line therapy was 16.3 v 13.2 months": the arms' survival from that time on, not
            # the trial's own survival from randomisation
            subgroup = f"{subgroup}, {origin}" if subgroup else origin
        groups = _FEATURE_GROUPS.search(text)
        if groups is not None and (groups.group("vs") or _RESPECTIVELY.search(text, groups.end())) and \
                not any(groups.end() <= t.start <= groups.end() + 4 for t in self.therapies(text, rec)):
            # "the ORR in patients with versus without liver metastases was 60% and 45%, respectively": the values of
            # two groups of patients a feature parts, never of the trial's arms (their labels are left unread)
            return
        if subgroup is None and announced and not _OVERALL.search(text):
            subgroup = trials_subgroups.announced_part(text)  # "... showed that the patients with no previous targeted
            # therapy derived the most benefit (9.7 vs 4.9 months)": the part the finding names as its subject
        if subgroup is None and announced and not _OVERALL.search(text):
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
        if group_end is not None and group_end < len(text):
            # "Patients with wild-type tumours had higher response rates (44%) than patients with mutated tumours
            # (0%)": the values after the second group are its own, whose arm and label the sentence leaves open
            values = [v for v in values if v.start < group_end]
            hrs = [h for h in hrs if h[0] < group_end]
        past = _past_clause(text, values)
        if past is not None:
            # "While more than 10 years ago, median survival was 15 months, ...": the values of a time long past
            values = [v for v in values if not past[0] <= v.start < past[1]]
            hrs = [h for h in hrs if not past[0] <= h[0] < past[1]]
        motive = _motive_clause(text)
        if motive is not None:
            # "Because A demonstrated a DCR of 65% in a phase 1/2 study, researchers sought to ...": the earlier study's
            values = [v for v in values if v.start >= motive]
            hrs = [h for h in hrs if h[0] >= motive]
        since, until = _other_study_clauses(st, text, rec)
        if since or until < len(text):
            # "A multicenter study demonstrated an ORR of 22.2%, while the HER2-FUSCC-G trial reported ...": the values
            # of the clause about another study are that study's
            values = [v for v in values if since <= v.start < until]
            hrs = [h for h in hrs if since <= h[0] < until]
            hits = [h for h in hits if since <= h[0] < until]
        defined = [(m.start(), m.end()) for m in _METRIC_DEFINITION.finditer(text)] + \
            [(m.start(), m.end()) for m in _RESPONSE_PARTS.finditer(text)]
        if defined:
            # "The disease control rate, which includes ... those with stable disease, was 85.1 percent", "10% (2
            # partial responses)": the words that say what the metric counts name no metric of their own
            hits = [h for h in hits if not _within(h[0], defined)]
        # (s44 osite) "median PFS in the liver was 20.5 vs 12.6 months": a site-restricted endpoint carries its site;
        # beside an overall one in the same sentence its values are dropped (builders/trials_sites.py)
        site, dropped = trials_sites.restricted_sites(text, hits)
        if site:
            subgroup = f"{subgroup}, {site}" if subgroup else site
        if dropped:
            values = [v for v in values if not _within(v.start, dropped)]
            hrs = [h for h in hrs if not _within(h[0], dropped)]
            hits = [h for h in hits if not _within(h[0], dropped)]
        metrics = _metrics(hits, text)
        self._placed: dict[str, list] = {}
        self._placed_at: dict[str, list] = {}  # (end of the value, its arm) per metric, in the sentence's order
        self._placed_numbers: dict[str, list] = {}  # (its arm, the value) per metric, in the sentence's order
        self._listed_zeros = _listed_zero_rates(text, values)  # "2.2% and 0.0%": a rate of none in a list is a value
        self._listed_zeros |= _named_zero_rates(text, values)  # "an ORR of 0%": a rate of none named as such
        self._landmarks: dict[str, list] = {}  # "10-month PFS was 59.9% in arm A versus 49.0% in arm B": its rates
        self._respective_runs: dict[str, list] = {}  # runs of one metric whose populations a "respectively" list gave
        self._listed_arm_of: dict[int, Entity] = {}  # the arm of each value of a "respectively" list of regimens, by start
        self._pair_metrics: list[tuple[int, int, str]] = []  # the stretch after each metric's pair of values
        respectively = any(h[2] == "respectively" for h in hits)
        used: set[int] = set()
        # "N patients ... (n = 40)": patient numbers
        self._numbers(st, text, rec, ev, subgroup)
        arms_before = len(st.arms)
        for k, (start, end, metric, group_metrics) in enumerate(metrics):
            nxt = metrics[k + 1][0] if k + 1 < len(metrics) else len(text)
            closed = bracket_end(text, end) if metric is not None else None
            if closed is not None and closed < nxt:
                # "the disease control rate (91% vs 93%, P = .496), early tumour shrinkage rate (57% vs 58%)": the
                # metric's own values are those of its bracket, the rest are the next item's
                nxt = closed
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
                if metric in ("mPFS", "mOS") and not lo_text.rstrip().endswith("duration of"):
                    self._landmarks[metric] = [v for v in region if v.unit == "%"]
                landmark = landmark_metric(metric, lo_text) if len(group_metrics) == 1 else None
                if landmark is None:
                    used.update(id(v) for v in region)
                    continue
                metric, group_metrics = landmark, [landmark]  # "the 1-year OS rate was 62% vs 48%": a rate at a time point
            if metric == "HR":
                continue
            if metric == "AE_G3" and not _ae_share_follows(text, start, end, region):
                used.update(id(v) for v in region)
                continue  # "The most common grade 3-4 AEs were neutropenia (20%) and ...": each event's share, not all's
            if len(group_metrics) > 1:
                # "ORR and DCR were 81% and 89%, respectively": one value per metric, in order
                fitting = [v for v in region if any(_fits_metric(gm, v, region) for gm in group_metrics)]
                if len(fitting) == len(group_metrics) and len(st.arms) == 1 and \
                        all(_fits_metric(gm, v, fitting) for gm, v in zip(group_metrics, fitting)) and \
                        all(_RUN_GAP.fullmatch(_strip_brackets(text[a.end:b.start]))
                            for a, b in zip(fitting, fitting[1:])):
                    # (s55 group) "... were 3.6 and 6.7 months in the B group" beside "the A plus B group": B's own arm
                    own = self._part_group_arm(st, text, rec, fitting[-1], ev) or st.arms[0]
                    for gm, v in zip(group_metrics, fitting):
                        if gm != TIME_SLOT:
                            self._add(own, gm, v, ev, subgroup)
                    used.update(id(v) for v in region)
                    continue
                runs = population_runs(text, fitting, len(group_metrics)) if len(st.arms) == 1 and \
                    len(fitting) == 2 * len(group_metrics) and not self._other_therapies_said(st, text, rec) else None
                if runs is not None and not all(self._population_cohort(x) for x in runs if _LETTERED.fullmatch(x)):
                    runs = None  # a lettered cohort the document does not define as a group of the one arm's patients
                if runs is not None:
                    # "The ORR and the PFS rate were 40% and 78%, respectively, for dMMR tumours and 0% and 11% for
                    # pMMR tumours": one run per population, each value its metric's in order (a value that does not
                    # fit its metric is skipped, never given to the next)
                    for i, label in enumerate(runs):
                        run = fitting[i * len(group_metrics):(i + 1) * len(group_metrics)]
                        for gm, v in zip(group_metrics, run):
                            if gm != TIME_SLOT and _fits_metric(gm, v, run):
                                self._add(st.arms[0], gm, v, ev, label, stated_none=v.unit == "%")  # (a listed rate)
                    used.update(id(v) for v in region)
                    continue
                both = len(fitting) == 1 and _BOTH.fullmatch(text, end, fitting[0].start) is not None
                led = self._led_by_one_arm(st, text, rec, start, group_metrics, fitting * len(group_metrics) if both else fitting)
                if led is not None:
                    # (s46 groups) "In arm B, the ORR and DCR were 48% and 82%, respectively" ("... were both 95%"):
                    # the list of the one labelled arm the sentence opens with, one value per metric
                    for gm, v in zip(group_metrics, fitting * len(group_metrics) if both else fitting):
                        self._add(led, gm, v, ev, subgroup)
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
                split = metric_pairs(text, group_metrics, fitting) if len(st.arms) >= 2 else []
                if split:
                    # (s59) "PFS and OS were longer in arm A than in arm B (11.0 v 9.8 months and 30.1 v 27.0 months)",
                    # "median PFS and OS were 5.2 and 11.3 months versus 3.1 and 8.0 months": one pair per metric, each
                    # placed as a single metric's pair is (the ratio right after a pair is of its metric)
                    nxt_real = next((m[0] for m in metrics[k + 1:] if m[2] is not None), len(text))
                    for i, (gm, pair) in enumerate(split):
                        if gm == TIME_SLOT:
                            continue
                        if gm in ("mPFS", "mOS") and split[0][1][1].start < split[1][1][0].start:
                            # (one pair per metric written whole: "4.0 vs 3.1 months (HR 0.80) and 12.1 vs ...")
                            self._pair_metrics.append((pair[-1].end, split[i + 1][1][0].start if i + 1 < len(split)
                                                       else len(text), gm))
                        self._place(st, gm, pair, text, rec, ev, subgroup, start, nxt_real, False)
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
                r"\s*%?\s*\)?\s*(?:of\s+(?:the\s+)?(?:patients|pts)\s+)?"
                r"(?:(?:in total\s+|overall\s+)?(?:had|having|achieved|achieving|experienced|showed|reached|reaching)\s+"
                r"(?:an?\s+)?)?(?:confirmed\s+)?(?:clinical benefit|"
                r"stable disease|disease control|complete response|partial response|progressive disease|grade)",
                text[v.end:v.end + 60], re.I)]  # "23 (47%) in total had a clinical benefit", "... and 17 (63%) disease
            # control" (the verb shared with the clause before): another metric's value
            if not fitting:
                continue
            # arms named after the values count up to the next outcome metric ("5.8 months in the 5.4-mg/kg cohort")
            nxt_real = next((m[0] for m in metrics[k + 1:] if m[2] is not None), len(text))
            if len(fitting) >= 2 and (len(st.arms) < 2 or respectively and len(fitting) > len(st.arms)):
                self._arms_from_values(st, s, rec, fitting, start, ev)
            self._place(st, metric, fitting, text, rec, ev, subgroup, start, nxt_real, respectively)
            used.update(id(v) for v in fitting)
        # values before their metric: "82.3% achieved disease control", "OR was observed in 6.1%"
        for start, end, metric, _ in metrics:
            if metric not in ("ORR", "DCR") or self._metric_of_other_therapy(st, text, rec, end):
                continue
            before = [v for v in values if id(v) not in used and v.unit == "%" and 0 <= start - v.end <= 80
                      and (re.search(r"(?:achieved|had|experienced|showed|with|of patients|of pts|"
                                     r"of (?:the\s+)?(?:patients|pts)\s+(?:achieving|reaching|having|experiencing))\s*(?:an?\s+)?"
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
            share = Value(m.start(1), m.end(1), _share_number(m.group(1)), "%")
            contrast = _SHARE_CONTRAST.match(text, m.end()) if len(st.arms) == 1 else None
            if contrast is not None and any(p == contrast.end() and a.id == st.arms[0].id
                                            for p, a in self.arm_refs(st, text, rec, contrast.end(), contrast.end() + 1)):
                # "only 2.7% of patients responded to the drug duo, versus 2.2% for regorafenib": the one arm read is
                # the side after "versus" and takes that value; the share before it is the other side's
                self._add(st.arms[0], "ORR", Value(contrast.start(1), contrast.end(1), float(contrast.group(1)), "%"),
                          ev, subgroup)
                continue
            if len(st.arms) == 1 and not self._clause_of_other_therapy(st, text, rec, share):
                self._add(st.arms[0], "ORR", share, ev, subgroup)
        if len(st.arms) >= 2:
            self._arm_shares(st, text, rec, ev, subgroup)
            self._contrasted_shares(st, text, rec, ev, subgroup)
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
        for lo, hi, cohort in no_response_in_cohorts(text) if len(st.arms) == 1 and \
                (not subgroup or _LETTERED.fullmatch(subgroup)) else ():
            # "No responses occurred in cohorts B or C": each lettered cohort of the one arm's patients had none (the
            # cohort the sentence before spoke of gives way to the ones this sentence names)
            said = Value(lo, hi, 0.0, "%")
            if since <= lo < until and self._population_cohort(cohort) and \
                    not self._clause_of_other_therapy(st, text, rec, said) and \
                    not self._metric_of_other_therapy(st, text, rec, hi):
                self._add(st.arms[0], "ORR", said, ev, cohort, stated_none=True)
        for lo, hi, named_lo, named_hi in no_response_with(text) if len(st.arms) >= 2 else ():
            # "No objective responses were observed with FOLFIRI alone": the one arm the words name had none
            refs = {a.id: a for _, a in self.arm_refs(st, text, rec, named_lo, named_hi)}
            if len(refs) == 1 and since <= lo < until:
                self._add(next(iter(refs.values())), "ORR", Value(lo, hi, 0.0, "%"), ev, subgroup, stated_none=True)
        if arms_before < 2 <= len(st.arms):
            # arms the values set apart: "... compared with 2.2 months for those given investigator's choice (n = 54; ...)"
            self._listed_counts(st, text, rec, ev, subgroup)
        self._hazard_ratios(st, text, rec, hrs, metrics, ev, subgroup)
        compared = list(dict.fromkeys(a for arms in self._placed.values() for a in arms))
        if len(compared) >= 2:
            st.compared = compared

    def _named_order(self, st: TrialState, text: str, rec, hits) -> None:
        """A sentence that gives no outcome but says who received which arm names the arms in the order a bare run of
        values after it follows ("Of the 102 enrolled, 44 treated with A and 45 with A plus B were evaluable. Median PFS
        was 6.0 vs 9.2 months, respectively": 6.0 months is A's), whatever order the title or design named them in.
        Only a sentence that names every arm of the trial, each once, with a verb of giving or assigning, and not the
        one the arms were read from (whose order the design reading keeps in the arms themselves)."""
        seen = getattr(self, "_arms_seen", None)
        if seen is None:
            seen = self._arms_seen = {}
        known, seen[st.trial.id] = seen.get(st.trial.id), frozenset(a.id for a in st.arms)
        if len(st.arms) < 2 or known != seen[st.trial.id] or any(h[2].startswith("metric_") for h in hits) or \
                not _GIVEN_ARMS.search(text):
            return
        named = self._written_arms(st, text, self.arm_refs(st, text, rec))
        if len(named) == len(st.arms) and {a.id for a in named} == {a.id for a in st.arms}:
            st.compared = named
            st.control_first = False

    def _led_by_one_arm(self, st: TrialState, text: str, rec, start: int, group_metrics: list,
                        fitting: list[Value]) -> Entity | None:
        """The one arm of a several-arm trial whose list of metrics a sentence gives, named in its opening words before
        the metrics ("In arm B, the ORR and DCR were 48% and 82%, respectively"; "For the cetuximab group, median PFS
        and OS were 9.1 and 20.2 months"), one value per metric and no other arm named; else None."""
        if len(st.arms) < 2 or TIME_SLOT in group_metrics or len(fitting) != len(group_metrics):
            return None
        if not all(_fits_metric(gm, v, fitting) for gm, v in zip(group_metrics, fitting)) or \
                not all(a is b or _RUN_GAP.fullmatch(_strip_brackets(text[a.end:b.start])) for a, b in zip(fitting, fitting[1:])):
            return None
        lead = _ARM_LEAD.match(text)
        if lead is None or lead.end() > start:
            return None
        refs = {a.id: a for _, a in self.arm_refs(st, text, rec)}
        named = {a.id for _, a in self.arm_refs(st, text, rec, 0, lead.end())}
        if len(refs) != 1 or len(named) != 1:
            return None
        return next(iter(refs.values()))

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
            if not refs or refs[0][0] - run[-1].end > 60 or \
                    not _RUN_TO_ARM.fullmatch(text[run[-1].end:refs[0][0]]):
                return []
            arm = refs[0][1]
            if arm.id in seen:
                return []
            seen.add(arm.id)
            read.extend((arm, gm, v) for gm, v in zip(group_metrics, run))
        return read

    def _written_arms(self, st: TrialState, text: str, refs: list) -> list[Entity]:
        """The arms the references name, each once, in the order the sentence writes them ("A with or without B":
        A + B first, though B is written after A; builders/trials_written_order.py)."""
        return written_order(text, refs, lambda a: self._arm_drugs(st, a))

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
        sides = self._written_arms(st, text, refs)
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
        if not shares or len(shares) == 1 and _SHARE_RESULT.search(text, shares[0].end()) is None:
            return  # (one share: "42% of patients given A responded", its arm's rate when it names one arm)
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
            placed.append((Value(m.start(1), m.end(1), _share_number(m.group(1)), "%"), next(iter(refs.values())), metric))
        if len({a.id for _, a, _ in placed}) != len(placed):
            return
        for v, arm, metric in placed:
            self._add(arm, metric, v, ev, subgroup)

    def _contrasted_shares(self, st: TrialState, text: str, rec, ev, subgroup) -> None:
        """Response rates given as one arm's share of patients who responded set against the other's share
        (builders/trials_contrasted_shares.py): "In the combination arm, 41.5% of patients achieved a response compared
        with 33.0% without A", "4.0% of patients responded to the combination, versus 2.5% for B". The first share
        is the one arm the sentence names before the contrast (the arm adding a drug to the other's where it says "the
        combination arm" or "to the combination"; else the other of two arms), the second the one arm named right after
        the second share ("without A": the arm that lacks A); two different arms, or nothing."""
        for c in contrasted_shares(text):
            # what another frame's reader placed of these two shares already (a value's end may take its "%")
            read = {at: arm.id for at, arm in self._placed_at.get("ORR", ()) if c.first_start < at <= c.end}
            read = {("first" if at <= c.first_end + 1 else "second" if c.second_start < at <= c.second_end + 1 else at): arm
                    for at, arm in read.items()}
            first = {a.id: a for _, a in self.arm_refs(st, text, rec, 0, c.first_start)}
            first.update({a.id: a for _, a in self.arm_refs(st, text, rec, c.first_end, c.result_start)})
            first.update({a.id: a for _, a in self.arm_refs(st, text, rec, c.result_end, c.contrast_start)})
            second = {a.id: a for p, a in self.arm_refs(st, text, rec, c.end, min(len(text), c.end + 80))
                      if p - c.end <= 25}
            fuller = self._fuller_of_two(st)
            if _WITHOUT_NEXT.match(text, c.end):
                # "... compared with 33.0% without A": the arm that lacks the drug named, of two arms one of which is
                # the other with that drug added
                if fuller is None or set(second) != {fuller[0].id}:
                    continue
                second = {fuller[1].id: fuller[1]}
            if not first and fuller is not None and (_COMBINATION_WORD.search(text, 0, c.first_start) or
                                                     _TO_THE_COMBINATION.match(text, c.result_end)):
                first = {fuller[0].id: fuller[0]}  # "In the combination arm", "responded to the combination"
            if not first and len(st.arms) == 2 and len(second) == 1:
                first = {a.id: a for a in st.arms if a.id not in second}  # the other of two arms
            if len(first) != 1 or len(second) != 1 or first.keys() == second.keys():
                continue
            if set(read) - {"first", "second"} or read.get("first", next(iter(first))) != next(iter(first)) or \
                    read.get("second", next(iter(second))) != next(iter(second)):
                continue  # (read otherwise by a reader of another frame)
            if "first" not in read:
                self._add(next(iter(first.values())), "ORR", Value(c.first_start, c.first_end, c.first, "%"), ev, subgroup)
            if "second" not in read:
                self._add(next(iter(second.values())), "ORR", Value(c.second_start, c.second_end, c.second, "%"), ev, subgroup)

    def _fuller_of_two(self, st: TrialState):
        """(the arm with more drugs, the other) of a trial of two arms one of which gives the other's drugs and more
        ("A plus FOLFIRI" beside "FOLFIRI alone"), else None."""
        if len(st.arms) != 2:
            return None
        a, b = st.arms
        pa, pb = self._arm_drugs(st, a), self._arm_drugs(st, b)
        if pb < pa:
            return a, b
        if pa < pb:
            return b, a
        return None

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

    def _later_line(self, st: TrialState, s: Sentence, rec) -> str | None:
        """The later line of the one arm's treatment sequence a sentence gives values of (its own "75 patients
        received second-line B", or the sentence before's when this one names no therapy, trial or line of its own
        and follows it in the paragraph); None otherwise. Remembers the line a sentence gives for the next one."""
        known = getattr(self, "_line_read", None)
        if known is not None and known[0] == s.index:
            return known[1] if len(st.arms) <= 1 else None  # (asked again for the sentence: one arm at a time)
        if len(st.arms) > 1:
            return None
        text = s.norm
        given = line_given(text)
        last = getattr(self, "_line_said", None)
        self._line_said = (s.index, given) if given else None
        line = given
        if not given and last is not None and last[0] == s.index - 1 and not self._paragraph_break(last[0], s) and \
                not names_line(text) and \
                not any(m.entity.category in THERAPY or m.entity.category == "Trial" for m in rec.mentions):
            line = last[1]
        self._line_read = (s.index, line)
        return line

    def _dose_level_label(self, st: TrialState, text: str, rec) -> str | None:
        """The dose level, as a subgroup label ("A 75 mg"), of a sentence that gives the values of one dose level of
        the one arm's combination while no arm stands for that level (s47 outfix): "A at 75 mg plus B (n = 62)
        resulted in an ORR of 19%", "when A was given at a higher dose of 150 mg plus B, the ORR was 8%". Only when
        the sentence names every drug of the arm, one level of one of them, and no therapy alone."""
        if len(st.arms) != 1:
            return None
        comps = self._components(st, st.arms[0])
        levels = self._dose_levels()
        named = {(drug, key) for drug, key in _drug_doses(text, rec) if key in levels.get(drug, ()) and drug in comps}
        if len(named) != 1 or len(comps) < 2 or _MONOTHERAPY_SAID.search(text):
            return None
        said = {m.entity.id for m in rec.mentions}
        if not comps <= said or self._other_therapies_said(st, text, rec):
            return None
        drug, key = next(iter(named))
        name = next((m.entity.name for m in rec.mentions if m.entity.id == drug), drug)
        return f"{name} {key}"

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
        therapies = [t for t in self.therapies(text, rec) if t.entity.category != "DrugClass" or
                     re.search(r"chemotherapy", t.entity.name, re.I)]
        if self._respective_list_arms(st, s, text, therapies, fitting, ev):
            return
        if not names and len(st.arms) > 1:
            return
        if len(therapies) < 2 and not (len(st.arms) == 1 and therapies):
            return  # (one therapy may stand beside the known arm's reference: "... with the combination vs ... with B")
        tied = []
        prev = 0
        for i, v in enumerate(fitting):
            stop = fitting[i + 1].start if i + 1 < len(fitting) else len(text)
            link = _RANDOMISED_TIE.match(text[v.end:stop]) or _VALUE_TO_ARM.match(text[v.end:stop])
            after = [t for t in therapies if link and v.end + link.end() <= t.start < stop]
            before = [t for t in therapies if prev <= t.start < v.start]
            if after and after[0].start <= v.end + link.end() + 2:
                run = _joined_runs(text, after)[0]  # "... for those who received FOLFOXIRI and bevacizumab"
            elif link and len(st.arms) == 1 and len(fitting) == 2 and \
                    known_arm_ref(text, v.end + link.end()) is not None:
                run = None  # "... months with the combination": the trial's one known arm (trials_outside_comparator)
            elif before:
                run = _joined_runs(text, before)[-1]  # "for patients who received atezolizumab plus FOLFOXIRI and bevacizumab was"
                if _JOINED_ON.search(text, 0, run[0].start):
                    return  # "the mFOLFOX6 (...) regimen plus panitumumab had ...": the run is only the end of its regimen
            else:
                return
            tied.append(run)
            prev = v.end
        if any(run is None for run in tied):
            regimens = self._against_outside_comparator(st, s, rec, fitting, tied)
            if regimens is not None:
                self._set_arms(st, regimens, ev, text)
            return
        regimens = self._dosed_regimens([_regimen_of(run, self.ctx) for run in tied])
        if len({r.id for r, _ in regimens}) != len(regimens):
            return
        if not names and st.arms:
            # a sentence that does not name the trial sets its one known arm against that arm's backbone: "23.5
            # months in those randomised to A plus B compared to 20.0 months in those receiving B alone"
            regimens = self._against_backbone(st, text, fitting, regimens) or \
                self._against_named_arm(st, text, fitting, regimens, tied) or \
                self._against_randomised_arm(st, text, fitting, regimens, tied) or \
                self._against_outside_comparator(st, s, rec, fitting, tied)
            if regimens is None:
                return
        if st.arms and not any(st.regimens.get(a.id) is not None and st.regimens[a.id].id in
                               {as_regimen(self.ctx, r).id for r, _ in regimens} for a in st.arms):
            return  # the one arm the trial has is none of these
        self._set_arms(st, regimens, ev, text)

    def _respective_list_arms(self, st: TrialState, s: Sentence, text: str, therapies: list, fitting: list[Value], ev) -> bool:
        """The arms of a "respectively" list of regimens, one value each ("Response rates for A + B, A + C + B, and C
        + B were 10%, 21%, and 0%, respectively", ``listed_runs``) when the trial knows fewer arms and every arm it
        knows is among them, three or more (two regimens side by side may set the trial's one arm against an outside
        comparator); nothing for earlier or cited work. Returns whether arms were set."""
        if not st.arms or len(fitting) <= len(st.arms) or len(fitting) < 3 or _earlier_work(s) or self._cited_clause(st, text) is not None:
            return False
        runs = listed_runs(text, therapies, fitting)
        if runs is None:
            return False
        regimens = self._dosed_regimens([_regimen_of(run, self.ctx) for run in runs])
        ids = [as_regimen(self.ctx, r).id for r, _ in regimens]  # (each list item's regimen, in the list's order)
        listed = set(ids)
        if len(listed) != len(fitting) or any(st.regimens.get(a.id) is None or st.regimens[a.id].id not in listed
                                              for a in st.arms):
            return False  # two items of one regimen, or a known arm the list leaves out: not the trial's arms
        self._set_arms(st, regimens, ev, text)
        arm_of = {st.regimens[a.id].id: a for a in st.arms if a.id in st.regimens}
        order = [arm_of.get(i) for i in ids]
        if all(order):
            self._listed_arm_of = {v.start: a for v, a in zip(fitting, order)}
        return True

    def _arms_from_tied_values(self, st: TrialState, s: Sentence, rec, hits, ev) -> bool:
        """Arms of a named trial that has none yet, from a results sentence that names it or speaks of it after an
        earlier one did: the first single metric of ``s`` with two or more values, each tied to its own regimen
        (``_arms_from_values``: "The phase III X trial was presented at ASCO. Median PFS was 12.7 months with A and 9.3
        months with B"); nothing where another study's clause holds the values. Returns whether arms were set."""
        text = s.norm
        if st.arms or st.trial.id.startswith(self._unnamed_prefix) or _earlier_work(s) or \
                self._cited_clause(st, text) is not None or hits_of(hits, "design_hypothesis"):
            return False
        values = _values(text)[0]
        metrics = _metrics(hits, text)
        for k, (start, end, metric, group_metrics) in enumerate(metrics):
            if metric is None or metric == "HR" or len(group_metrics) > 1:
                continue
            nxt = metrics[k + 1][0] if k + 1 < len(metrics) else len(text)
            region = [v for v in values if end <= v.start < nxt]
            fitting = [v for v in region if _fits_metric(metric, v, region)]
            if len(fitting) >= 2:
                self._arms_from_values(st, s, rec, fitting, start, ev)
            return bool(st.arms)
        return False

    def _against_named_arm(self, st: TrialState, text: str, fitting: list[Value], regimens: list,
                           tied: list) -> list | None:
        """The two arms of a comparison whose values ``regimens`` tie, one to the trial's one known arm, when the
        sentence calls each side an arm or group ("29.9 months for patients in the A treatment arm versus 29.0 months
        for patients in the B treatment arm"), the known arm first; None otherwise (a single-arm study's values may
        be set beside another regimen's that no arm of it gave)."""
        known = st.regimens.get(st.arms[0].id)
        if known is None or len(regimens) != 2 or len(fitting) != 2 or \
                not all(_ARM_WORD_AFTER.match(text, run[-1].end) for run in tied) or _EARLIER_DATA.search(text):
            return None
        return self._known_first(known, regimens)

    def _against_outside_comparator(self, st: TrialState, s: Sentence, rec, fitting: list[Value],
                                    tied: list) -> list | None:
        """The two arms of the report's own trial when a results sentence sets a value of its one known arm, referred
        to ("with the combination"), against a value tied to another regimen ("vs 12.7 months with B"), the known arm
        first; None unless the report also sets the trial against that regimen by a word of comparison elsewhere or
        here ("an advantage over B") and the sentence holds no outside data (builders.trials_outside_comparator)."""
        text = s.norm
        known = self._own_pair_known(st, text, fitting)
        if known is None or len(tied) != 2 or _earlier_work(s) or self._cited_clause(st, text) is not None:
            return None
        knowns = [run is None or as_regimen(self.ctx, _regimen_of(run, self.ctx)[0]).id == known.id for run in tied]
        if knowns.count(True) != 1:
            return None  # (one side the known arm, by reference or by name: "with the combination", "with A plus B")
        if None in tied and len(self._components(st, st.arms[0])) < 2:
            return None  # "the combination" of a one-drug arm: no reference to it
        if other_trial_named(st, rec):
            return None  # "... vs 6.4 months with B in the ALPHA trial": another trial's value
        run = tied[knowns.index(False)]
        other, comps = _regimen_of(run, self.ctx)
        other_drugs = {c.id for c in comps} or {other.id}
        if as_regimen(self.ctx, other).id == known.id or other_drugs <= self._components(st, st.arms[0]):
            return None  # the known arm itself, or its backbone (_against_backbone reads that)
        if not self._compared_in_report(s, {t.entity.id for t in run}):
            return None
        return [(known, ()), (other, comps)] if knowns[0] else [(other, comps), (known, ())]

    def _own_pair_known(self, st: TrialState, text: str, fitting: list[Value]) -> Entity | None:
        """The regimen of the one known arm of the report's own trial (no review) when a results sentence sets its two
        ``fitting`` values against each other and holds no earlier data and no marker-defined population; None
        otherwise. (A marker-defined population named in the sentence would label both sides' values, though only one
        side's patients may carry the marker: "... for all patients randomized to A versus ... for patients with
        KRAS-mutant tumours randomized to B".)"""
        own = {getattr(t, "id", None) for t in (self.main_trial, self.report, self.titled_trial)} - {None}
        known = st.regimens.get(st.arms[0].id)
        if known is None or st.trial.id not in own or getattr(self, "_review_header", False) or len(fitting) != 2 or \
                not _SIDE_TURN.search(text, fitting[0].end, fitting[1].start) or _EARLIER_DATA.search(text) or \
                trials_subgroups.topic_population(text):
            return None
        return known

    def _compared_in_report(self, s: Sentence, named: set) -> bool:
        """Whether the report, in sentence ``s`` or before, sets its trial against one of the ``named`` therapies by a
        word of comparison ("an advantage over B"), and is no single-arm study (which sets its values beside a
        benchmark's)."""
        if self._single_arm_report:
            return False
        at = self._set_against_at
        return any(at.get(i, s.index + 1) <= s.index for i in named)

    @cached_property
    def _single_arm_report(self) -> bool:
        """Whether the document calls its study single-arm or non-randomised (one pass, on first use)."""
        return single_arm_study(d.norm for d in self.doc.sentences)

    @cached_property
    def _set_against_at(self) -> dict[str, int]:
        """Each therapy's first sentence (by position) naming it right after a word of comparison ("over B", "versus
        B"): one pass over the document, on first use."""
        first: dict[str, int] = {}
        for k, d in enumerate(self.doc.sentences):
            text = d.norm
            for t in self.therapies(text, self.recognize(d)):
                if set_against(text, t.start):
                    first.setdefault(t.entity.id, k)
        return first

    def _known_first(self, known: Entity, regimens: list) -> list | None:
        """The two tied regimens with the trial's known arm's first; None when neither is the known arm's."""
        ids = [as_regimen(self.ctx, r).id for r, _ in regimens]
        if known.id not in ids:
            return None
        return [regimens[ids.index(known.id)], regimens[1 - ids.index(known.id)]]

    def _against_randomised_arm(self, st: TrialState, text: str, fitting: list[Value], regimens: list,
                                tied: list) -> list | None:
        """The two arms of the report's own randomised trial whose values ``regimens`` tie, one the trial's one known
        arm, when each value is said to be of the patients randomised to its regimen and the two are set against each
        other ("median OS was 6.4 months for patients randomized to A versus 4.4 months for those randomized to B"):
        the sentence itself names the arm the design never gave, the known arm first; None otherwise (a review's
        cited trial, or a value tied to its regimen by any other word)."""
        known = self._own_pair_known(st, text, fitting)
        if known is None or len(regimens) != 2:
            return None
        if not all((tie := _RANDOMISED_TIE.match(text, v.end, run[0].start)) and tie.end() == run[0].start
                   for v, run in zip(fitting, tied)):
            return None
        return self._known_first(known, regimens)

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
        months": a value expected from past experience, no arm of the trial; "..., as compared to an ORR of 0% in a
        matched real-world reference population treated with B": an outside population's), when the trial in focus is
        not that study."""
        m = _CITED_STUDY.search(text)
        if m is None or " et al." in st.trial.name:
            return None
        trailing = _TRAILING_CITATION.search(text)
        if trailing is not None and m.start() >= trailing.start() and len(_CITATION.findall(text)) == 1 and \
                not re.search(r"\b(?:reported|observed|described|found)\s*$", text[:trailing.start()].rstrip(" ,"), re.I):
            return None  # "... 8.68 months for the mutation group compared with 12.35 for the wild-type group (Ciardiello
            # et al., 2025).": the sentence's own source, cited at its end
        journal = _TRAILING_JOURNAL_REFERENCE.search(text)
        if journal is not None and m.start() >= journal.start() and text.count("et al") == 1:
            return None  # "... 23.9 months with A versus 22.5 months with B (Smith J et al. Lancet Oncol. 2013;14(1):29-37).":
            # the sentence's own source, a journal reference cited at its end
        # (also a relative clause or a "than" that sets the value beside the outside one: "ORR was 12% [95% CI ...], which
        # was not different from the historical control rate of 5%", "..., higher than the historical 10%")
        starts = [x.end() for x in re.finditer(r";|,\s*(?=compared|for comparison|whereas|while|in contrast|versus|vs\b|which\b)|"
                                                r"\bcompared (?:with|to)\b|\bfor comparison\b|\bwhereas\b|\bin contrast\b|"
                                                r"\b(?:than|from)\b(?=\s+(?:the\s+|an?\s+|that\s+of\s+(?:the\s+)?)?historical)",
                                                text[:m.start()], re.I)]
        if not starts:
            return None
        return starts[-1] - len(re.search(r"(?:\bcompared (?:with|to)|\bfor comparison|\bwhereas|\bin contrast)?$",
                                          text[:starts[-1]], re.I).group(0))

    def _marker_contrast(self, st, text: str, rec, fitting, lo: int) -> str | None:
        """The marker whose carriers the first of two compared values belongs to, when one arm's patients are
        split by a marker the sentence names right before: "<marker> was associated with a worse PFS (8.6 vs.
        12.3 months)". None when the sentence is not of that form."""
        if len(st.arms) != 1 or len(fitting) != 2 or not _PAIR_GAP.fullmatch(text[fitting[0].end:fitting[1].start]):
            return None
        said = _MARKER_ASSOCIATED.search(text, max(0, fitting[0].start - 160), fitting[0].start)
        if said is None or not re.fullmatch(r"[\s(\[]*(?:[\w\-]+[\s,:(\[]*){0,3}", text[said.end():fitting[0].start]):
            return None
        markers = [t for t in rec.merged() if t.entity.category in ("Biomarker", "Alteration") and
                   said.start() - 80 <= t.start and t.end <= said.start()]
        if not markers:
            return None
        label = re.sub(r"^(?:an?|the)\s+", "", markers[-1].text, flags=re.I)
        # (s58) the level word right before the marker is the group's: "High levels of X", "high X expression"
        level = re.search(r"\b(high|higher|low|lower|elevated|increased|decreased|reduced)\s+(?:(?:levels?|expression)\s+of\s+)?$",
                          text[max(0, markers[-1].start - 30):markers[-1].start], re.I)
        if level is not None and not re.match(r"(?:high|low|elevated|increased|decreased|reduced)\b", label, re.I):
            label = f"{level.group(0).strip().lower()} {label}"
        if re.match(r"(?:High|Higher|Low|Lower|Elevated|Increased|Decreased|Reduced)\b", label):
            label = label[0].lower() + label[1:]  # ("High levels of X" opening the sentence: "not high levels of X")
        return label

    def _trailing_hrs(self, metric: str, fitting: list[Value], text: str, gap: re.Pattern) -> list[tuple[float, str | None]]:
        """The sentence's hazard ratios (value, P) right after the second of a median PFS or OS pair, only ``gap``
        between: "(8.5 vs 2.6 months; HR 0.32)"."""
        if metric not in ("mPFS", "mOS"):
            return []
        return [(value, p) for pos, value, p in getattr(self, "_hrs", ())
                if pos >= fitting[1].end and 0.05 <= value <= 5 and gap.fullmatch(text[fitting[1].end:pos])]

    def _changed_arm(self, st, text: str, rec, hi: int):
        """The two arms of a change told between them ("adding A increased the ORR from 40% to 57%", "A prolonged OS to
        7.8 from 7.1 months") as (the arm changed to, the control), else None: the arm that holds the other's drugs and
        more, else the one that is not a placebo, supportive care or observation alone, else the one arm the sentence
        names before the values."""
        fuller = self._fuller_of_two(st)
        if fuller is not None:
            return fuller
        a, b = st.arms[0], st.arms[1]
        ca, cb = self._arm_drugs(st, a) <= _COMPARATOR_ONLY, self._arm_drugs(st, b) <= _COMPARATOR_ONLY
        if ca != cb:
            return (b, a) if ca else (a, b)
        named = {x.id: x for _, x in self.arm_refs(st, text, rec, 0, hi)}
        if len(named) == 1 and next(iter(named)) in (a.id, b.id):
            return (a, b) if a.id in named else (b, a)
        return None

    def _two_groups_of_one_arm(self, st, metric, fitting, text, rec, ev, start, first, second) -> None:
        """The two values of two groups of one arm's patients named from ``start`` on (labelled ``first`` and
        ``second``), each its group's, on the one arm the sentence names before the groups (the trial's only arm when
        it names none and no group of its own), and on no arm otherwise; the ratio that compares the two groups
        is labelled as that comparison ("first vs second"), never the arm's or one group's own ratio."""
        named = {a.id: a for _, a in self.arm_refs(st, text, rec, 0, start)}
        arm = next(iter(named.values())) if len(named) == 1 else st.arms[0] if len(st.arms) == 1 and not named and \
            not group_named_before(text, start) else None
        if arm is None:
            return
        self._add(arm, metric, fitting[0], ev, first)
        self._add(arm, metric, fitting[1], ev, second)
        for value, p in self._trailing_hrs(metric, fitting, text, _HR_AFTER_GROUP_PAIR):
            add_outcome(self.out, arm, "HR_" + metric[1:], value, ev, subgroup=f"{first} vs {second}", p=p)

    def _place(self, st, metric, fitting, text, rec, ev, subgroup, lo, hi, respectively) -> None:
        """Give each value of one metric to its arm, or leave it out."""
        if len(fitting) > 1 and all(v.start in self._listed_arm_of for v in fitting):
            # "Response rates for A + B, A + C + B, and C + B were 10%, 21%, and 0%, respectively": each its regimen's
            for v in fitting:
                self._add(self._listed_arm_of[v.start], metric, v, ev, subgroup)
            return
        bracketed = bracketed_groups(text, [(v.start, v.end) for v in fitting])
        if bracketed is not None:
            # (s60) "On A, ORR was 34.6% (57.1% with GCN ≥20 v 9.1% with GCN <20)": the value before the bracket is the
            # arm's own, placed as one value; the bracket's are its marker groups', on that arm, each with its group
            self._place(st, metric, fitting[:1], text, rec, ev, subgroup, lo, bracketed[0], False)
            own = [a for end, a in getattr(self, "_placed_at", {}).get(metric, ()) if end == fitting[0].end]
            if own:
                for v, label in zip(fitting[1:], bracketed[1]):
                    self._add(own[-1], metric, v, ev, label)
            return
        if respectively and self._class_part_arms(st, metric, text, rec, fitting, ev, subgroup):
            return
        if self._foreign_pair(st, text, rec, fitting):
            return  # "... and for aspirin versus placebo (OS 20.5 vs 19.1 months)" in a trial whose arms are the other
            # factor's (a second randomisation the reader did not build): the pair's values are no arm's
        contrast = _SUBGROUP_VS.search(text)
        if contrast and len(st.arms) == 1:
            # "in RAS wild-type versus KRAS-mutant patients: ORR 28.6% vs 0": one arm, two subgroups
            for v, label in zip(fitting[:2], paired_labels(contrast.group(1), contrast.group(2))):
                self._add(st.arms[0], metric, v, ev, label)
            return
        groups = marker_groups_compared(text, fitting[0].start) if len(fitting) == 2 else None
        if groups is not None:
            # "In A-treated patients, the X T-allele was associated with shorter PFS compared with the X CC genotype
            # (6.1 versus 10.4 months)": two groups of one arm's patients, each value its group's, on the one arm the
            # sentence names before the groups (the trial's only arm when it has one), and on no arm otherwise
            self._two_groups_of_one_arm(st, metric, fitting, text, rec, ev, groups[0].start(), groups[1], groups[2])
            return
        marked = value_groups(text, [(v.start, v.end) for v in fitting]) if len(fitting) >= 2 and len(st.arms) >= 2 \
            else None
        if marked is not None:
            # "ORR was 53% in XYZ1 R/R patients and 31% in XYZ1 H/H patients": each value its marker group's, on the
            # one arm the sentence names outside the groups, and on no arm otherwise (never the arms in their order)
            spans = [(a, b) for _, a, b in marked]
            named = {a.id: a for q, a in self.arm_refs(st, text, rec) if not any(x <= q < y for x, y in spans)}
            if len(named) == 1:
                arm = next(iter(named.values()))
                for v, (label, _, _) in zip(fitting, marked):
                    self._add(arm, metric, v, ev, label)
            return
        leveled = _level_pair_at(text, fitting)
        if leveled is not None:
            # "patients with baseline X levels >=12,000 ng/mL had a better median OS than those with lower levels
            # (34.5 vs 13.1 months, HR 0.43)": two groups of one arm's patients set apart by a level, each value its
            # group's, the ratio the two groups' comparison; on the one arm the sentence names before the groups (the
            # trial's only arm when it names none), and on no arm otherwise
            self._two_groups_of_one_arm(st, metric, fitting, text, rec, ev, leveled[0].start(), leveled[1], leveled[2])
            return
        pair = _MARKER_PAIR.search(text, 0, fitting[0].start) if len(st.arms) >= 2 and len(fitting) == 2 else None
        level = _LEVEL_PAIR.search(text, 0, fitting[0].start) if len(st.arms) >= 2 and len(fitting) == 2 and \
            pair is None else None
        if level is not None:
            # "In the placebo group, patients with high VEGF-A levels had worse OS compared with patients with lower
            # levels (9.6 vs. 12.9 months)": two groups of one arm set apart by a level, not two arms; the values go
            # to the one arm the sentence names before the groups, each with its group, and to no arm otherwise
            named = {a.id: a for _, a in self.arm_refs(st, text, rec, 0, level.start())}
            if len(named) == 1:
                arm = next(iter(named.values()))
                first = level.group("first").split()
                # (the second group's level with the first's measure: "lower levels" of VEGF-A is "lower VEGF-A levels")
                self._add(arm, metric, fitting[0], ev, " ".join(first))
                self._add(arm, metric, fitting[1], ev, " ".join(level.group("second").split()[:1] + first[1:]))
            return
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
        if len(fitting) == 1 and len(st.arms) == 2 and _IN_BOTH_ARMS.match(text, fitting[0].end):
            # "PFS was 8.6 months in both groups": one value each arm had
            for arm in st.arms:
                self._add(arm, metric, fitting[0], ev, subgroup)
            return
        if len(fitting) == 1:
            v = fitting[0]
            # the arm named right after the value, else right before it, within the value's own clause ("A achieved
            # an ORR of 75%, and B resulted in ...": B's clause is not 75%'s)
            # (s60: not one the value is set against, "7.1 months, with a hazard ratio of 1.19 compared with B")
            near = [a for p, a in refs if v.end <= p <= v.end + 60 and not _CLAUSE_SEP.search(text, v.end, p) and
                    not _SIDE_TURN.search(text, v.end, p)] or \
                [a for p, a in refs if lo - 60 <= p < v.start and not _CLAUSE_SEP.search(text, p, v.start) and
                 not _SIDE_TURN.search(text, p, v.start)]
            arm = near[0] if len({a.id for a in near}) == 1 else None
            subject = self._subject_arm(st, text, rec, v) if len(st.arms) >= 2 else None
            if subject is not None and not _TIED_AFTER.match(text, v.end):
                # (s45 solo) "A monotherapy yielded an ORR of 8% and A plus B yielded ...": the arm right before the
                # value's verb, not the next clause's subject right after it
                arm = subject
            if arm is None:
                cohort = self._new_cohort(st, text, rec, v, lo, ev)
                if cohort is False:
                    return  # the value is tied to a therapy no arm has: leave it out
                arm = cohort
            if arm is None and self._part_group_in_clause(st, text, rec, v):
                return  # "..., and the ORR was 20% for patients in the B-treated group" beside "the A plus B group": a
                # group of one part of the combination, never the combination's arm
            if arm is None and (self._foreign_therapy(st, text, rec, v) or self._foreign_subject(st, text, rec, v, lo)):
                return  # "the ORR was 30% with trastuzumab plus lapatinib", "the median PFS in patients treated with
                # X was 2.2 months": a regimen no arm of the trial has
            if arm is None and len(st.arms) == 1:
                if self._clause_of_other_therapy(st, text, rec, v) or self._alone_subject(st, text, rec, v):
                    return  # "..., whereas adagrasib monotherapy achieved an ORR of 19%", "A alone showed an ORR of
                    # 10%, while A plus B ...": another regimen's value
                arm = st.arms[0]
            if arm is None:
                before = self.arm_refs(st, text, rec, 0, lo)
                own = {a.id: a for p, a in before if not _CLAUSE_SEP.search(text, p, v.start)}
                if len({a.id for _, a in before}) == 1:
                    arm = before[0][1]
                elif len(own) == 1:
                    arm = next(iter(own.values()))  # "..., and entrectinib resulted in an ORR of 57%": its clause's arm
                elif len(own) > 1:
                    arm = self._subject_arm(st, text, rec, v)  # (s45 solo) "comparing A monotherapy with A/B, A
                    # monotherapy showed an ORR of 19%": the arm right before the value's verb
            if arm is not None:
                told, label = _after_label(text[v.end:hi])
                self._add(arm, metric, v, ev, label if told and label else subgroup)
            return
        # "adding cetuximab to FOLFIRI increased the ORR from 40% to 57%": the control's value, then the experimental arm's
        if len(fitting) == 2 and len(st.arms) == 2 and re.search(
                r"\bfrom\s*$", text[max(lo, fitting[0].start - 8):fitting[0].start], re.I) and \
                re.fullmatch(r"\s*(?:%|months?|mo)?\s*to\s*", text[fitting[0].end:fitting[1].start], re.I):
            if any(_OWN_ARM_BEFORE.search(text, max(0, p - 12), p) for p, _ in refs if p < fitting[0].start):
                return  # "median OS with A increased from 6.1 to 6.4 months": one arm's value at two times, no pair
            added, control = self._changed_arm(st, text, rec, fitting[0].start) or (st.arms[0], st.arms[1])
            # (the arm that holds the other's drugs and more is the one added to, whatever order the design named them
            # in, "FLOX or cetuximab plus FLOX")
            self._add(added, metric, fitting[1], ev, subgroup)  # the experimental arm first: a ratio that
            self._add(control, metric, fitting[0], ev, subgroup)  # follows ("(HR 0.83)") is its ratio
            return
        # the same change told from its end: "adding A prolonged median PFS to 10.9 months from 8.8 months", "the ORR
        # rose to 57% from 40%": the value after "to" the experimental arm's, the one after "from" the control's
        if len(fitting) == 2 and len(st.arms) == 2 and _CHANGED_TO.search(text, max(lo - 60, 0), fitting[0].start) and \
                re.fullmatch(r"\s*(?:%|months?|mo)?\s*from\s*", text[fitting[0].end:fitting[1].start], re.I):
            if any(_OWN_ARM_BEFORE.search(text, max(0, p - 12), p) for p, _ in refs if p < fitting[0].start):
                return  # "median OS with A increased to 6.4 from 6.1 months": one arm's value at two times, no pair
            changed = self._changed_arm(st, text, rec, fitting[0].start)
            if changed is None:
                return  # ("A prolonged OS to 7.8 from 7.1 months" after "randomised to A or B": A's arm is the one named)
            added, control = changed
            self._add(added, metric, fitting[0], ev, subgroup)
            self._add(control, metric, fitting[1], ev, subgroup)
            return
        listed = listed_marker_groups(text, fitting[0].start) if respectively and len(st.arms) >= 2 else None
        if listed is not None and _respective_labels(text, [[v] for v in fitting]) is None:
            # "In the A arm, median PFS in the KRAS wild-type and KRAS-mutant groups was 9.1 and 5.0 months,
            # respectively": the values of the marker groups the list names, in its order, on the one arm the sentence
            # names outside the list, when the run gives as many values as groups; never the arms' in their order
            named = {a.id: a for q, a in self.arm_refs(st, text, rec) if not listed[1] <= q < listed[2]}
            if len(named) == 1 and len(listed[0]) == len(fitting):
                arm = next(iter(named.values()))
                for v, label in zip(fitting, listed[0]):
                    self._add(arm, metric, v, ev, label)
            return
        # several values: one per arm
        if respectively and all(_BARE_RUN_GAP.fullmatch(text, a.end, b.start) for a, b in zip(fitting, fitting[1:])):
            # "Median OS in the A and B arms was 10.4 and 10.0 months, respectively", "... was 10.4 and 10.0 months in
            # the A and B arms, respectively": one bare run of values closed by "respectively" is given in the order
            # the sentence names its arms, wherever it names them (each arm counted once); a run the list before
            # "respectively" gives to groups of patients ("8.1 and 9.2 months in the KRAS-mutant and wild-type groups,
            # respectively") is of those groups, on the one arm the sentence names, and of no arm otherwise
            groups = _respective_labels(text, [[v] for v in fitting])
            if groups is not None:
                named = {a.id: a for _, a in self.arm_refs(st, text, rec)}
                arm = next(iter(named.values())) if len(named) == 1 else \
                    st.arms[0] if not named and len(st.arms) == 1 else None
                for v, group in zip(fitting, groups) if arm is not None else ():
                    self._add(arm, metric, v, ev, group)
                return
            # ("A with or without B": A + B written first, builders/trials_written_order.py)
            ordered = self._written_arms(st, text, self.arm_refs(st, text, rec))
            if len(ordered) == len(fitting):
                for v, a in zip(fitting, ordered):
                    self._add(a, metric, v, ev, subgroup)
                return
        # "median OS was longer with A (27.4 months) than with B (21.6 months)": each value in its arm's bracket;
        # "shorter for A versus B (PFS 5.9 versus 9.6 months ...)": the bracket's two values are the pair's, in the
        # order the pair names its arms (a factor level's values never reach the other factor's arms);
        # "median IrPan = 10.4 mo, Ir = 10.5 mo": each value equated with the arm named right before its "="
        for place in (lambda: self._bracketed_after_arms(refs, fitting, text, lo),
                      lambda: self._pair_before_bracket(self.arm_refs(st, text, rec), fitting, text, 0),
                      lambda: self._equated_arms(refs, fitting, text, lo)):
            placed = place()
            if placed:
                for v, a in zip(fitting, placed):
                    self._add(a, metric, v, ev, subgroup)
                return
        after_refs = []
        for v in fitting:
            own = [a for p, a in refs if v.end <= p <= v.end + 45 and not any(
                w.start > v.end and w.start < p for w in fitting)]
            after_refs.append(own[0] if own else None)
        if all(after_refs) and len({a.id for a in after_refs}) == len(fitting):
            pairs = list(zip(fitting, after_refs))
            if len(pairs) == 2 and _FROM_VALUE.search(text, max(lo, fitting[0].start - 8), fitting[0].start) and \
                    _TO_VALUE.search(text, fitting[0].end, fitting[1].start):
                pairs.reverse()  # "from 5.3 months with placebo to 7.1 months with A": the arm it rose to first, the
                # one a ratio that follows is of
            for v, a in pairs:
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
        headed = self._colon_headed_arms(st, text, rec, fitting)
        if headed:
            # "The median OS was 35.7 months [arm A: 35.8 (95% CI ...), arm B: 29.0 months]": each value after its
            # arm's label and a colon; the whole trial's value before them is no arm's
            for v, a in headed:
                self._add(a, metric, v, ev, subgroup)
            return
        # "In the group receiving 5.4 mg/kg, the DCR was 86.6%, while it was 85.0% in the group receiving 6.4 mg/kg":
        # each value takes the arm named right after it, else the one named since the value before
        every = self.arm_refs(st, text, rec)
        mixed = []
        prev_end = 0
        for i, v in enumerate(fitting):
            stop = fitting[i + 1].start if i + 1 < len(fitting) else len(text)
            clause = _CLAUSE_BREAK.search(text, v.end, stop)  # another clause's therapy (builders.trials_arms)
            stop = clause.start() if clause else stop
            after = [a for p, a in every if v.end <= p <= min(v.end + 45, stop)]
            before = [a for p, a in every if prev_end <= p < v.start]
            mixed.append(after[0] if after else before[-1] if before else None)
            prev_end = v.end
        if all(mixed) and len({a.id for a in mixed}) == len(fitting):
            for v, a in zip(fitting, mixed):
                self._add(a, metric, v, ev, subgroup)
            return
        if self._compared_with_own_therapy(st, metric, text, rec, fitting, refs, lo, ev, subgroup):
            return
        if len(st.arms) == 1 and len({a.id for _, a in every}) <= 1:
            # one arm, values of several populations: "6.2 months in the AXL-positive cohort vs. 12.1 months in the
            # AXL-negative cohort"; "In the overall population, median OS was 26.1 months; among patients with RAS
            # wild-type tumours, it was 30.2 months"
            labels = _value_labels(text, fitting, 0)
            if labels is not None and all(self._population_cohort(x) for x in labels if x and _LETTERED.fullmatch(x)):
                for v, label in zip(fitting, labels):
                    # (a rate of none given for one of the populations, "0% in the pMMR cohort", is a listed rate)
                    self._add(st.arms[0], metric, v, ev, label, stated_none=v.unit == "%")
                self.listed_groups = (self.sentence_index, st.trial.id, labels)
                return
            carried = self.listed_groups
            if respectively and not every and carried is not None and carried[1] == st.trial.id and \
                    carried[0] == self.sentence_index - 1 and len(carried[2]) == len(fitting) and \
                    _BARE_RESPECTIVELY.match(text, fitting[-1].end):
                # "Median PFS was 6 months in the ITT population and 7 months among patients with CRC. There was a
                # median OS of 13 months and 29 months, respectively.": the populations of the sentence before
                for v, label in zip(fitting, carried[2]):
                    self._add(st.arms[0], metric, v, ev, label)
                return
            fronted = fronted_whole_and_disease(text) if respectively and len(fitting) == 2 else None
            if fronted is not None:
                # "In patients overall and in those with CRC, median PFS was 6 months and 7 months, respectively": the
                # whole population's value, then the disease's part, on the one arm
                for v, label in zip(fitting, fronted):
                    self._add(st.arms[0], metric, v, ev, label)
                return
        if respectively:
            ordered = self._written_arms(st, text, self.arm_refs(st, text, rec))
            if len(ordered) == len(fitting):
                for v, a in zip(fitting, ordered):
                    self._add(a, metric, v, ev, subgroup)
                return
        if _unknown_labels(text, st) or any(c not in self.short_forms for c in letter_chains(text, None)) or \
                0 < sum(1 for m in _ARM_LABEL.finditer(text, lo, hi) if m.group(4)) < len(fitting):
            # "18.0 m (A) vs 25.0 m (B)" with arms the design did not label, "for D+P and T+P" with letters the text
            # gave no drug, "18.0 m (A) vs 25.0 m (" cut short (some values labelled, not all): the arms' order is no guide
            return
        if respectively and _COUNTED_PARTS.search(text, lo, fitting[0].start):
            return  # "OS was similar in the three KRAS subgroups (20.4, 19.7 and 20.3 months, respectively)": values of
            # parts of the patients, not of the arms in the design's order
        if any(self._foreign_therapy(st, text, rec, v, controls=False) for v in fitting):
            return  # "38% with bevacizumab versus 36% with placebo" in a trial whose arms are its backbones (a second
            # randomisation of a factorial design the reader did not build): values tied to a therapy no arm has or
            # holds are no arm's, whatever order the design named its arms in
        order = st.compared if len(st.compared) >= 2 else st.arms
        every = self.arm_refs(st, text, rec)
        named = self._written_arms(st, text, every)
        if len(named) == 2 and _FRONTED_COMPARATOR.search(text[max(0, every[0][0] - 40):every[0][0]]):
            named.reverse()  # "Compared with placebo, fruquintinib improved OS (9.3 vs 6.6 months)": the comparator
            # named first is the second side of the pair
        control_first = False
        if len(named) == len(order) and set(named) == set(order) and \
                not re.search(rf"{ASSIGNMENT_WORD}|\b{WITH_OR_WITHOUT_UNORDERED}\b", text, re.I):
            order = named  # the order the sentence names the arms in ("patients treated with A ... compared with B")
        elif st.control_first and len(order) == 2 and order[0] is not min(order, key=lambda a: len(self._arm_drugs(st, a))):
            # "They received A ± B. ... The addition of B increased X from 56 to 67%. ... ORR was 61% vs. 69%": a report
            # that gave its add-on design's first pair control first gives the pairs after it so too
            order = order[::-1]
            control_first = True
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
                         for a, b in zip(c, c[1:])) for c in chunks) or \
                respectively and len(chunks) == 1 and _CLOSED_RESPECTIVELY.match(text, fitting[-1].end) is not None and \
                all(_BARE_RUN_GAP.fullmatch(text, a.end, b.start) for a, b in zip(fitting, fitting[1:])) and \
                _COUNTED_ARMS.search(text, 0, fitting[0].start) is not None
            # ("OS was almost identical for the three groups (20.4, 19.7, 20.3 months, respectively)": a run written with
            # commas alone, closed by "respectively" right after its last value, after words that count the arms; not
            # "in the three KRAS subgroups (...)")
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
                    pairs = list(zip(c, order))
                    pairs = pairs[::-1] if control_first else pairs  # (the arm that adds first: the ratio's)
                    if len(chunks) == 1 and metric in _HIGHER_IS_BETTER and _ADD_ON_CHANGE.search(text):
                        pairs = self._as_added_on(st, text, pairs)  # (what adding the drug did says which is whose)
                    elif len(chunks) == 1 and metric in _HIGHER_IS_BETTER and len(named) == 1:
                        pairs = _as_said_better(text, every, pairs)
                    if not respectively and self._tied_elsewhere(st, text, rec, pairs):
                        return  # "39% in the first cohort and 57% with cetuximab": the arm one value is said to be of
                        # is not the one the design's order gives it, so the order is no guide
                    for v, a in pairs:
                        self._add(a, metric, v, ev, label)

    def _compared_with_own_therapy(self, st, metric, text, rec, fitting, refs, lo, ev, subgroup) -> bool:
        """(s60) Two values of one metric, the second set against the first by a word of comparison and written with its
        own therapy ("the median OS with the combination of A with B was 8.9 months (95% CI, ...) compared with 8.5
        months with the multikinase inhibitor C"; builders.trials_clause_arms.compared_value_therapy): the first is the
        one arm named with it (right after it, else before it in its clause), the second the arm of its therapy, added
        to a randomised trial that has no arm of it yet; never the design's order. False when not so written."""
        if len(fitting) != 2 or len(st.arms) < 2 or other_trial_named(st, rec):
            return False
        t = compared_value_therapy(text, self.therapies(text, rec), fitting[0].end, (fitting[1].start, fitting[1].end))
        if t is None or t.entity.category == "DrugClass":
            return False
        first = {a.id: a for p, a in refs if fitting[0].end <= p < fitting[1].start} or \
            {a.id: a for p, a in refs if lo <= p < fitting[0].start and not _CLAUSE_SEP.search(text, p, fitting[0].start)}
        if len(first) != 1:
            return False
        own = next(iter(first.values()))
        other = self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25])
        if other is None:
            other = self._added_arm(st, t.entity, ev)
        if other.id == own.id:
            return False
        self._add(own, metric, fitting[0], ev, subgroup)
        self._add(other, metric, fitting[1], ev, subgroup)
        return True

    def _added_arm(self, st: TrialState, therapy: Entity, ev) -> Entity:
        """The arm of ``therapy`` added to the trial's arms (one more arm a sentence gives values to)."""
        arm = add_arm(self.out, st.trial, therapy, ev)
        st.regimens[arm.id] = as_regimen(self.ctx, therapy)
        if arm not in st.every:
            st.every.append(arm)
        return arm

    def _class_part_arms(self, st, metric, text, rec, fitting, ev, subgroup) -> bool:
        """(s60) The values a "respectively" list gives regimens that each fall within the drug class the trial's one arm
        is named by ("chemotherapy" of a series, "Median PFS was not affected by the backbone, whether oxaliplatin-based
        or irinotecan-based (6.4 months vs. 5.4 months, respectively)"; builders.trials_listed_arms): the series' groups
        by regimen, each value its regimen's arm (added), in the list's order, as for named regimens. False when not
        so written (every listed regimen one therapy, within the class, all different)."""
        if len(st.arms) != 1 or len(fitting) < 2:
            return False
        runs = listed_runs(text, self.therapies(text, rec), fitting)
        if runs is None or any(len(run) != 1 for run in runs) or len({run[0].entity.id for run in runs}) != len(runs):
            return False
        if not all(run[0].entity.category != "DrugClass" and self._in_class_part(st, run[0].entity) for run in runs):
            return False
        for v, run in zip(fitting, runs):
            arm = self._arm_for_therapy(st, run[0].entity, "")
            if arm is None or arm.id == st.arms[0].id:
                arm = self._added_arm(st, run[0].entity, ev)
            self._add(arm, metric, v, ev, subgroup)
        return True

    def _as_added_on(self, st: TrialState, text: str, pairs: list) -> list:
        """``pairs`` (value, arm) of an add-on trial's two arms, placed by what the sentence says adding the drug
        did: a rise ("the response rate was increased from 31% to 53% when A was added to B", "adding A to B
        improved ORR (31% vs 53%)") is the higher value the arm with the added drug had, a fall the lower, whatever
        order the sentence names the arms in; unchanged when the sentence says neither, or when neither arm holds
        the other's drugs and more."""
        if len(pairs) != 2 or pairs[0][0].number == pairs[1][0].number:
            return pairs
        change = _ADD_ON_CHANGE.search(text)
        if change is None:
            return pairs
        (v1, a1), (v2, a2) = pairs
        d1, d2 = self._arm_drugs(st, a1), self._arm_drugs(st, a2)
        if d1 < d2:
            added = a2
        elif d2 < d1:
            added = a1
        else:
            return pairs
        rise = change.group("fall") is None and change.group("fall2") is None
        high_arm = a1 if v1.number > v2.number else a2
        if (high_arm is added) == rise:
            return pairs
        return [(v1, a2), (v2, a1)]

    @staticmethod
    def _bracketed_after_arms(refs: list, fitting: list[Value], text: str, lo: int) -> list[Entity]:
        """The arm of each value that stands alone in a bracket right after that arm ("with A (27.4 months) than with
        B (21.6 months)", "A (42%) vs B (28%)"), in the values' order; [] unless every value is so bracketed, each
        after a different arm named since the value before."""
        arms = []
        prev_end = lo
        for v in fitting:
            opened = _OPEN_BRACKET.search(text, prev_end, v.start)
            if opened is None or opened.end() != v.start or not _CLOSE_BRACKET.match(text, v.end):
                return []
            own = [(p, a) for p, a in refs if prev_end <= p < opened.start() and opened.start() - p <= 45]
            if not own or _CLAUSE_SEP.search(text, own[-1][0], opened.start()):
                return []
            arms.append(own[-1][1])
            prev_end = v.end
        return arms if len({a.id for a in arms}) == len(fitting) else []

    def _foreign_pair(self, st, text, rec, fitting) -> bool:
        """Whether two values stand in a bracket right after a pair of therapies, "for A versus B (OS 20.5 vs 19.1
        months)", neither of which the sentence names as an arm of the trial: a factor level's values (a 2x2
        factorial's second randomisation, "A or placebo"), never the values of the arms of the other factor."""
        if len(fitting) != 2:
            return False
        opened = text.rfind("(", 0, fitting[0].start)
        if opened < 0 or ")" in text[opened:fitting[1].start]:
            return False
        named = [t for t in self.therapies(text, rec) if t.end <= opened]
        if len(named) < 2:
            return False
        a, b = named[-2:]
        if not (_ARM_PAIR_GAP.fullmatch(text, a.start, b.start) and _ARM_PAIR_TAIL.fullmatch(text, b.start, opened)):
            return False
        at_arms = {p for p, _ in self.arm_refs(st, text, rec)}
        return a.start not in at_arms and b.start not in at_arms

    @staticmethod
    def _pair_before_bracket(refs: list, fitting: list[Value], text: str, lo: int) -> list[Entity]:
        """The two arms of a pair named right before a bracket that holds its two values: "shorter for A versus B
        (PFS 5.9 versus 9.6 months and OS ...)", "A compared with B (ORR 40% vs. 30%)" give A the first value and B
        the second; [] unless both values stand in one still-open bracket, set off by "versus", with no arm named
        inside it, and the two arms named last before it are different and set off by "versus"/"compared with".

        >>> from kg.model import Entity
        >>> from builders.trials_values import Value
        >>> a, b = Entity("a", "Regimen", "A"), Entity("b", "Regimen", "B")
        >>> t = "shorter for A versus B (PFS 5.9 versus 9.6 months)"
        >>> vs = [Value(28, 31, 5.9, "months"), Value(39, 42, 9.6, "months")]
        >>> [x.name for x in ValuePlacing._pair_before_bracket([(12, a), (21, b)], vs, t, 0)]
        ['A', 'B']
        >>> ValuePlacing._pair_before_bracket([(12, a), (21, b)], vs, "shorter for A and B (PFS 5.9 versus 9.6 months)", 0)
        []
        """
        if len(fitting) != 2:
            return []
        opened = text.rfind("(", lo, fitting[0].start)
        if opened < 0 or ")" in text[opened:fitting[1].start] or not _VALUE_VS.match(text, fitting[0].end) or \
                _VALUE_VS.match(text, fitting[0].end).end() > fitting[1].start:
            return []
        if any(opened < p < fitting[1].start for p, _ in refs):
            return []
        before = [(p, a) for p, a in refs if lo <= p < opened]
        if len(before) < 2:
            return []
        (p1, a1), (p2, a2) = before[-2:]
        if a1.id == a2.id or not _ARM_PAIR_GAP.fullmatch(text, p1, p2) or not _ARM_PAIR_TAIL.fullmatch(text, p2, opened):
            return []
        return [a1, a2]

    @staticmethod
    def _equated_arms(refs: list, fitting: list[Value], text: str, lo: int) -> list[Entity]:
        """The arms of values written as equations, "median IrPan = 10.4 mo, Ir = 10.5 mo": each value takes the arm
        named last before it since the value before, when only that arm's name and "=" stand between them; [] unless
        every value has one so and the arms differ (a value equated with no arm, "HR = 0.91", makes no pair).

        >>> from kg.model import Entity
        >>> from builders.trials_values import Value
        >>> a, b = Entity("a", "Regimen", "A"), Entity("b", "Regimen", "B")
        >>> t = "median AB = 10.4 mo, A = 10.5 mo"
        >>> vs = [Value(12, 16, 10.4, "months"), Value(25, 29, 10.5, "months")]
        >>> [x.name for x in ValuePlacing._equated_arms([(7, a), (21, b)], vs, t, 0)]
        ['A', 'B']
        >>> ValuePlacing._equated_arms([(7, a), (21, b)], vs, "median AB 10.4 mo, A = 10.5 mo", 0)
        []
        """
        if len(fitting) < 2:
            return []
        out, prev = [], lo
        for v in fitting:
            own = [(p, a) for p, a in refs if prev <= p < v.start]
            if not own or not _EQUATED.fullmatch(text, own[-1][0], v.start):
                return []
            out.append(own[-1][1])
            prev = v.end
        return out if len({a.id for a in out}) == len(out) else []

    def _colon_headed_arms(self, st: TrialState, text: str, rec, fitting: list[Value]) -> list[tuple[Value, Entity]]:
        """The values a list gives each after its own arm's label and a colon ("arm A: 35.8 (95% CI 28.1-43.6), arm
        B: 29.0 months", "(FOLFOX: 61%; FOLFIRI: 69%)"), each with that arm; [] unless two values or more are so
        headed, by distinct arms, and any value with no head comes before them all (the whole trial's value)."""
        headed: list[tuple[Value, Entity]] = []
        prev_end = 0
        for v in fitting:
            head = _COLON_HEAD.search(text, prev_end, v.start)
            refs = [a for p, a in self.arm_refs(st, text, rec, head.start(1), v.start)] if head else []
            if len({a.id for a in refs}) == 1:
                headed.append((v, refs[0]))
            elif headed:
                return []  # a value with no head after headed ones: the list is not read by its heads
            prev_end = v.end
        if len(headed) < 2 or len({a.id for _, a in headed}) < len(headed):
            return []
        return headed

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
        KRAS mCRC was ...", or right after its values and "respectively"), when it is a part of the trial's patients: not in a sentence that names the trial
        ("The X trial evaluated A in HER2-positive mCRC, demonstrating a 32% ORR": the trial's own population),
        nor a population a sentence naming the trial gave as the one it treated, nor in a sentence that gives no
        measure ("... offering data on the durability of A for MSI-H/dMMR mCRC": what the study is about)."""
        label = trials_subgroups.population_named(text) or trials_subgroups.respective_population(text)
        if label is None or s.index in st.named or not any(h[2].startswith("metric_") for h in hits):
            return None
        return None if self._enrolled_selects(st, s, label, named_too=True) else label

    def _carried_population(self, st: TrialState, s: Sentence, rec, text: str) -> str | None:
        """The population the sentence before gave its values for, carried to this sentence ("In the KRAS wild type
        population, ... . No benefit in OS was observed (...)."): not across a paragraph break, nor into a sentence
        that names a trial or a cohort of its own."""
        if st.population is None or st.population[0] != s.index - 1 or self._paragraph_break(s.index - 1, s) or \
                any(m.entity.category == "Trial" for m in rec.mentions) or _ANY_COHORT.search(text):
            return None
        return st.population[1]

    def _restricted_group(self, st: TrialState, s: Sentence, text: str) -> str | None:
        """The part of the patients a results sentence names by a genotype, a prior therapy, a confirmed status, a
        disease cohort or measurable disease (:func:`builders.trials_restricted_groups.restricted_group`); not a
        prior therapy a sentence naming the trial says all its patients had, nor in a sentence naming the trial."""
        label = trials_restricted_groups.restricted_group(text) or \
            (trials_restricted_groups.next_phase_group(text) if len(st.arms) == 1 else None)
        if label is None or s.index in st.named:
            return None
        if any(trials_restricted_groups.prior_of_all(label, self.doc.sentences[i].norm) for i in st.named):
            return None  # "The X trial enrolled patients previously treated with oxaliplatin": all its patients
        return label

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

    def _subject_group(self, st: TrialState, s: Sentence, text: str) -> tuple[str, int] | None:
        """The part of the patients a results sentence makes the subject of its values ("Pts with high LDH showed a
        strong improvement in PFS when treated with A (5.6 vs 3.8 months)" -> "high LDH"), with where a second group
        set against it begins (:func:`builders.trials_subgroups.subject_group`); not a status the trial enrolled all
        its patients by (a sentence naming the trial said so)."""
        group = trials_subgroups.subject_group(text)
        if group is None or self._enrolled_selects(st, s, group[0]):
            return None
        return group

    def _metric_group(self, st: TrialState, s: Sentence, text: str) -> tuple[str, int] | None:
        """The part of the patients a results sentence gives its values "of", "in" or "among" ("The ORR of
        dMMR/MSI-H mCRC patients treated with A was 40%" -> "dMMR/MSI-H"), with where a second group begins
        (:func:`builders.trials_subgroups.metric_population`); not a status the trial enrolled all its patients by."""
        found = trials_subgroups.counted_population(text)
        if found is None or self._enrolled_selects(st, s, found[0]):
            return None
        label, end, count = found
        if end == len(text) and (s.index in st.named or not any(i < s.index for i in st.named)):
            return None  # "Yaeger et al. reported that among 15 patients with BRAF-mutant CRC ...": the study's own patients
        if count and any(re.search(rf"(?<![\d,.]){count}(?![\d,.])", self.doc.sentences[i].norm) for i in st.named if i != s.index):
            return None  # "The trial treated 120 patients ... In 120 patients with KRAS-mutant refractory mCRC, ...": all of them
        return label, end

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
            return self._added_arm(st, t.entity, ev)
        return False

    def _subject_arm(self, st: TrialState, text: str, rec, v) -> Entity | None:
        """The arm of the therapy that stands right before the verb of the value's clause ("A monotherapy showed an ORR
        of 19%"; builders/trials_value_subject.py), else None."""
        t = value_subject.clause_subject(text, list(self._unmerged(text, rec)), v.start, _CLAUSE_SEP)
        if t is None or t.entity.category not in THERAPY or not value_subject.is_subject(text, t.end, v.start):
            return None
        return self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25])

    def _alone_subject(self, st: TrialState, text: str, rec, v) -> bool:
        """Whether the subject of the value's clause is one drug given by itself ("A alone showed an ORR of 10% with a
        median DOR of 4.1 months, while A plus B ...") while the trial's one arm combines several: the single agent's
        value, not the arm's (builders/trials_value_subject.py)."""
        if len(self._components(st, st.arms[0])) < 2:
            return False
        t = value_subject.clause_subject(text, list(self._unmerged(text, rec)), v.start, _CLAUSE_SEP)
        return t is not None and t.entity.category in THERAPY and value_subject.said_alone(text, t.end) and \
            len(set(self.ctx.combination_parts.get(t.entity.id, ())) or {t.entity.id}) == 1

    def _only_single_agent_said(self, st: TrialState, text: str, rec) -> bool:
        """Whether every therapy the sentence names is one agent given by itself ("BRAF inhibitor monotherapy", "A
        alone") while the trial's one arm combines several, and the sentence names no trial: the values are those of
        the single agent (the background a report sets its combination against), none of the arm's."""
        if any(m.entity.category == "Trial" for m in rec.mentions) or len(self._components(st, st.arms[0])) < 2:
            return False
        named = [t for t in self.therapies(text, rec) if t.entity.id not in _NOT_ARMS]
        if not named or not all("monotherapy" in t.text.lower() or _ALONE.match(text, t.end) for t in named):
            return False  # (asked before the sentence's values are read: most sentences name no agent by itself)
        values = _values(text)[0]
        if not values or any(t.start > values[0].start for t in named):
            return False  # (an agent named after the first value: "9.1 months, whereas it is 6 months with A alone")
        # (not patients the trial gave the one agent: "Among the 32 patients who received A monotherapy, ...")
        return all(len(set(self.ctx.combination_parts.get(t.entity.id, ())) or {t.entity.id}) == 1 and
                   not re.search(rf"\b{_GIVEN_VERB}\s+(?:[\w\-]+\s+){{0,2}}$", text[:t.start], re.I)
                   for t in named)

    def _foreign_therapy(self, st, text, rec, v, controls: bool = True) -> bool:
        """Whether the value is tied ("30% with X", "5.6 months for patients receiving X") to a therapy that
        is none of the trial's arms nor a part of one (``controls`` False: a placebo or supportive care, which may
        stand for the control arm that no longer names it, is never such a therapy)."""
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
        if not controls and (t.entity.id in _NOT_ARMS or self._in_class_part(st, t.entity)):
            return False
        if self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25]) is not None:
            return False
        parts = set(self.ctx.combination_parts.get(t.entity.id, ())) or \
            set(self.ctx.vocab.regimen_components.get(t.entity.id, ())) or {t.entity.id}
        if _ALONE.match(text, t.end):
            # "39.3 months with nivolumab monotherapy": the drug by itself, which no arm of the combination is
            return not any(parts == self._components(st, a) for a in st.every or st.arms)
        return not any(parts <= self._components(st, a) or t.entity.id in self._components(st, a) or
                       t.entity.id == getattr(st.regimens.get(a.id), "id", None) for a in st.every or st.arms)

    def _in_class_part(self, st, therapy) -> bool:
        """Whether ``therapy`` is of a drug class an arm is named by ("mFOLFOX6" beside the arm "doublet
        chemotherapy + panitumumab": a named regimen whose drugs are all of the class, or a drug of it)."""
        vocab = self.ctx.vocab
        # (s60: also a regimen the text builds on one drug, "oxaliplatin-based chemotherapy", by the parts read for it)
        drugs = vocab.regimen_components.get(therapy.id) or tuple(self.ctx.combination_parts.get(therapy.id, ())) or \
            (therapy.id,)
        for arm in st.arms:
            for c in self._components(st, arm):
                ent = vocab.entities.get(c)
                if ent is not None and ent.category == "DrugClass" and \
                        all(vocab.in_class(d, c) or vocab.backbone_modulator(d) for d in drugs):
                    return True
        return False

    def _foreign_subject(self, st, text, rec, v, lo) -> bool:
        """Whether the value's subject names the patients by a therapy ("the median PFS in patients treated with
        investigator's choice of X or Y was 2.2 months") and none of the therapies it names is, or is part of, an arm."""
        last = None
        for m in _TREATED_PATIENTS.finditer(text, lo, v.start):
            last = m
        if last is None or _CLAUSE_SEP.search(text, last.end(), v.start) or _SIDE_TURN.search(text, last.end(), v.start):
            return False
        named = [t for t in self.therapies(text, rec) if last.end() <= t.start < v.start]
        if not named:
            return False
        return all(self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25]) is None and
                   not any(t.entity.id in self._components(st, a) for a in st.every or st.arms) for t in named)

    def _part_group_arm(self, st, text, rec, v, ev):
        """The arm of the group a value is tied to right after it when that group is named by one part of a
        combination arm the sentence also names whole as a group ("6.9 months in the A plus B group; ... 3.6 months
        in the B group": B's own arm, added), else None."""
        whole = self.whole_named_groups(st, text, rec)
        m = _GROUP_TIED_AFTER.match(text[v.end:v.end + 40]) if whole else None
        if m is None:
            return None
        start = v.end + m.end()
        tied = [t for t in self.therapies(text, rec) if start <= t.start <= start + 5]
        if not tied:
            return None
        if not self._names_part_group(st, tied[0], text, whole):
            return None
        return self._new_cohort(st, text, rec, v, 0, ev) or None

    def _names_part_group(self, st, t, text, whole) -> bool:
        """Whether the therapy mention ``t`` names a group by one part of a combination arm the sentence names whole
        as a group (``whole``): an arm of the trial's for it alone, none once the whole-named groups are known."""
        after = text[t.end:t.end + 30]
        return self._arm_for_therapy(st, t.entity, after, whole) is None and \
            self._arm_for_therapy(st, t.entity, after) is not None

    def _part_group_in_clause(self, st, text, rec, v) -> bool:
        """Whether the value's clause names a group by one part of a combination arm the sentence also names whole as
        a group (see _arm_for_therapy): its values are not that arm's."""
        whole = self.whole_named_groups(st, text, rec)
        if not whole:
            return False
        for t in self._unmerged(text, rec):
            if t.entity.category not in THERAPY:
                continue
            lo, hi = sorted((t.start, v.start))
            if _CLAUSE_SEP.search(text, lo, hi):
                continue
            if self._names_part_group(st, t, text, whole):
                return True
        return False

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
        known = self._arm_for_therapy(st, t.entity, after, self.whole_named_groups(st, text, rec))
        if known is not None:
            return known
        if re.match(r"\s*(?:alone|monotherapy|only|single[- ]agent)\b", after, re.I) or t.entity.category != "DrugClass":
            return self._added_arm(st, t.entity, ev)
        return False

    def _ratios_after_arm_values(self, text: str, metric: str, ratios: list[int]) -> dict[int, Entity]:
        """The arm of each hazard ratio of ``metric`` when each stands in a bracket opened right after one arm's median
        ("The median PFS was 6.5 mo (HR = 0.69), 4.5 mo (HR = 1.01), and 4.6 mo"): a ratio compares that arm with the
        reference arm, the one arm whose median has no ratio. Read only where the sentence gives each arm one median,
        every arm but one has its ratio so, and no two ratios follow one arm's value; else {} (a ratio after the second
        of "12.8 vs 10.1 months (HR 0.68)" is of the pair, not of the arm it follows)."""
        values = getattr(self, "_placed_at", {}).get(metric) or []
        arms = [a.id for _, a in values]
        if len(values) < 3 or len(set(arms)) != len(arms) or len(ratios) != len(values) - 1:
            return {}
        owners: dict[int, Entity] = {}
        for pos in ratios:
            before = [(end, arm) for end, arm in values if end <= pos]
            if not before or not _BRACKET_AFTER_VALUE.fullmatch(text, before[-1][0], pos):
                return {}
            owners[pos] = before[-1][1]
        return owners if len({a.id for a in owners.values()}) == len(owners) else {}

    def _hazard_ratios(self, st, text, rec, hrs, metrics, ev, subgroup) -> None:
        if len(st.arms) < 2:
            return
        found = []
        listed = {a: metric for a, _, _, metric in trials_endpoint_ratios.endpoint_ratios(text)}
        for pos, value, p in hrs:
            if pos in listed:
                # "the hazard ratios for PFS and OS were 0.70 and 0.85, respectively": the endpoint the list pairs it with
                found.append((pos, value, p, listed[pos]))
                continue
            before = [m for m in metrics if m[0] < pos and m[2] in ("mPFS", "mOS")]
            after = [m for m in metrics if pos <= m[0] <= pos + 25 and m[2] in ("mPFS", "mOS")]
            nearest = [m for m in metrics if m[0] < pos]
            if nearest and (nearest[-1][3] == [TIME_SLOT] or nearest[-1][2] == "mDoR") and \
                    (not before or nearest[-1][0] > before[-1][0]):
                continue  # "PFS (HR 0.71) and PFS2 (HR 0.85)": the second ratio is of a measure the reader does not record
                # (nor a ratio of the duration of response: "11.2 vs 8.3 months (hazard ratio for progression, 0.70)")
            paired = next((m for a, b, m in getattr(self, "_pair_metrics", ()) if a <= pos < b), None)
            named = _event_named(text, pos, before[-1][1] if before else 0)
            if named:
                metric = named  # "nearly tripled median PFS (18.1 vs 7.0 months), and reduced the risk of death (HR
                # 0.36)": the ratio of the event named right before it (or after its word) is of that event's survival
            elif paired:
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
        blocked |= {q for q, _, _ in hrs if marker_groups_compared(text, q) is not None}  # the groups' ratio, no arm's
        leveled = marker_level_pair(text)
        if leveled is not None:
            # (the ratio in the bracket of two level groups' values compares the groups: no arm's)
            blocked |= {q for q, _, _ in hrs if q >= leveled[0].end() and ")" not in text[leveled[0].end():q]}
        found = [f for f in found if f[0] not in blocked]
        bracketed: dict[str, dict] = {}
        for pos, value, p, metric in found:
            label = subgroup or _bracket_population(text, pos)
            same = [q for q, _, _, m in found if m == metric]
            if len(same) > 1:
                if metric not in bracketed:
                    bracketed[metric] = self._ratios_after_arm_values(text, metric, same)
                if pos in bracketed[metric]:
                    # "6.5 mo (HR 0.69), 4.5 mo (HR 1.01), and 4.6 mo": each ratio is the arm whose median it follows
                    add_outcome(self.out, bracketed[metric][pos], "HR_" + metric[1:], value, ev, subgroup=label, p=p)
                    continue
            if len(same) > 1 and metric not in owners_of:
                owners_of[metric] = [self._hr_arm(st, text, rec, q) for q in same]
            owners = owners_of.get(metric, []) if len(same) > 1 else []
            named = owners[same.index(pos)] if owners else None
            if named is not None and sum(a is not None and a.id == named.id for a in owners) == 1:
                # "HR 0.52 for the triplet and 0.60 for the doublet": each ratio is the arm named after it
                add_outcome(self.out, named, "HR_" + metric[1:], value, ev, subgroup=label, p=p)
                continue
            analyses = [analysis_of_ratio(text, q) for q in same] if len(same) > 1 else []
            if analyses and None not in analyses and len(set(analyses)) == len(analyses):
                # "(stratified HR = 0.81, P = .059; unstratified HR = 0.78)": the ratios of two analyses of the same
                # comparison, each labelled with its own (builders/trials_hr_labels.py)
                label = analyses[same.index(pos)] if not subgroup else f"{subgroup}, {analyses[same.index(pos)]}"
            elif len(same) > 1:
                # several hazard ratios of one metric: each needs the population it was read in
                # ("left-sided population (... HR 0.82) and the overall population (... HR 0.84)")
                prev = max([q for q in same if q < pos], default=0)
                head = _COLON_LABEL.search(text, prev, pos)
                heads = {a.id: a for _, a in self.arm_refs(st, text, rec, head.start(1), pos)} if head else {}
                if len(heads) == 1:
                    # "(triplet: HR 0.52; ...; doublet: HR 0.60; ...)": the list item's head is an arm, the ratio its
                    add_outcome(self.out, next(iter(heads.values())), "HR_" + metric[1:], value, ev, subgroup=subgroup, p=p)
                    continue
                # "the HRs for OS were 0.77 in patients with KRAS wild-type tumours and 0.83 in patients with ...": the
                # group named right after each ratio, when every ratio of the metric has its own
                trailing = [trailing_group(text, q, _LABEL_WORDS) for q in same] if not heads else []
                if trailing and None not in trailing and len(set(trailing)) == len(trailing):
                    label = trailing[same.index(pos)]
                    told = True
                else:
                    told, label = _colon_label(text[prev:pos]) if not heads else (False, None)
                if not told and not (prev and trailing_group(text, prev, _LABEL_WORDS)):
                    # (never the group the ratio before names right after its value: "0.33 in left-sided tumours and
                    # 1.10 ...": left-sided is 0.33's)
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
            if len({a.id for a in placed}) == 1 and placed[0].id != (st.compared or st.arms)[0].id and \
                    not against_control and not self._ratio_against_other(st, text, rec, pos, placed[0]):
                # (s60: never a ratio said against another arm right after it, "7.1 months ..., with a hazard ratio of
                # 1.19 compared with B": the one arm with the value is its own)
                # "not reached with the combination versus 39.3 months with nivolumab (HR 0.62)": the one arm with a
                # value is not the experimental arm the ratio belongs to; the arm the median was not reached with,
                # when it is that experimental arm, is the ratio's
                lead = (st.compared or st.arms)[0]
                unreached = _NOT_REACHED.search(text, 0, pos)
                after = sorted(self.arm_refs(st, text, rec, unreached.end(), pos), key=lambda r: r[0]) if unreached else []
                if after and after[0][1].id == lead.id and after[0][0] - unreached.end() <= 80 and \
                        not _CLAUSE_SEP.search(re.sub(r"\([^()]*\)", "", text[unreached.end():after[0][0]])):
                    add_outcome(self.out, lead, "HR_" + metric[1:], value, ev, subgroup=label, p=p)
                continue
            refs = [a for q, a in self.arm_refs(st, text, rec) if q < pos]
            if not placed and not refs and self._sides_not_arms(text, rec, pos):
                continue  # "XELOX was as effective as FOLFOX4 (HR 1.04)": a comparison of two therapies no arm is
            if not placed and len({a.id for a in refs}) == 1 and not against_control and \
                    self._add_on_control(st, refs[0]):
                continue  # "median IrPan = 10.4 mo, Ir = 10.5 mo, HR 0.91": the one arm named before the ratio is
                # the control of an add-on design, which the ratio measures against, not the arm it belongs to
            sides = self._experimental_side(st, text, rec, pos) if not placed and refs and against_control is None \
                else None
            if sides is False:
                continue  # the only arm named is the reference of a trial of more than two arms: no arm known
            arm = placed[0] if placed else (sides or (refs[0] if refs else (st.compared or st.arms)[0]))
            if not placed and not against_control and self._add_on_control(st, arm):
                # "patients received A alone or in combination with B; the HR for progression was 0.83": a ratio with no
                # values of its arms, said of the add-on design only (no arm named, or just its two arms), compares the
                # add-on arm with its control: it is the one arm's that holds the control's therapies
                holders = [a for a in st.arms if a.id != arm.id and self._holds(st, a, arm)]
                if len(holders) == 1 and {a.id for a in refs} <= {arm.id, holders[0].id}:
                    arm = holders[0]
            if placed and len({a.id for a in placed}) == 2 and len(st.arms) == 2 and not against_control and \
                    not self._add_on_control(st, arm):
                # (s57 prec3) "11.7 months in the B group and 12.2 months in the A group (HR 1.051)": the ratio of the
                # arm the document tests against the other ("A was non-inferior to B"), whichever value comes first
                tested = self._tested_arm(st)
                if tested is not None and any(a.id == tested.id for a in placed):
                    arm = tested
            sided = self._hr_sides(st, text, rec, pos)
            if sided is not None:
                arm = sided  # "the hazard ratio for death in the A group versus the B group was 0.68": A's
            if not placed and value > 1 and len({a.id for a in refs}) == 2:
                # "A demonstrated a significant OS advantage over B (HR=2.09)": a ratio above 1 for the better side is
                # the other side's hazard against it, the ratio of the arm named after "over"
                first = sorted(((q, a) for q, a in self.arm_refs(st, text, rec) if q < pos), key=lambda r: r[0])
                other = next(((q, a) for q, a in first if a.id != first[0][1].id), None)
                if other is not None and arm.id == first[0][1].id and _BETTER_OVER.search(text, first[0][0], other[0]):
                    arm = other[1]
            if placed and not against_control and self._add_on_control(st, arm):
                # "(median PFS, 6.9 v 9.8 months; HR 0.63)" with the control's value first: the ratio is the add-on
                # arm's, the other arm of the pair whose therapies hold the control's
                arm = next((a for a in placed if a.id != arm.id and self._holds(st, a, arm)), arm)
            if sided is None and not against_control:
                consistent = self._consistent_hr_arm(metric, value, arm)
                if consistent.id != arm.id and analyses and None not in analyses:
                    continue  # (the ratios of two analyses whose medians part the other way from the arm the text
                    # compares first: "5.1 vs 6.0 months (stratified HR 0.79; unstratified HR 0.76)": no arm is clear)
                arm = consistent
            add_outcome(self.out, arm, "HR_" + metric[1:], value, ev, subgroup=label, p=p)

    def _experimental_side(self, st: TrialState, text: str, rec, pos: int):
        """The arm a hazard ratio at ``pos`` with no values of its arms belongs to, when the sentence names an arm before
        it as the side it is measured against ("A was non-inferior to B (HR 0.76)", "Compared with B, A ... (HR 0.86)",
        "better than B"): a ratio of A against B is A's, the experimental side, never the reference B's. The one arm
        named before the ratio on no reference side; when every arm named is a reference, the other arm of a two-arm
        trial (the side the sentence names in words the reader does not tie to an arm, "IRIS was non-inferior to
        FOLFIRI"), and ``False`` (no arm) in a trial of more arms; None when no arm named is a reference."""
        named = sorted(self.arm_refs(st, text, rec, 0, pos), key=lambda r: r[0])
        reference = {a.id for q, a in named if _REFERENCE_SIDE.search(text[max(0, q - 60):q])}
        if not reference:
            return None
        others = {a.id: a for _, a in named if a.id not in reference}
        if len(others) == 1:
            return next(iter(others.values()))
        if others:
            return None
        rest = [a for a in st.arms if a.id not in reference]
        return rest[0] if len(st.arms) == 2 and len(rest) == 1 else False

    def _tested_arm(self, st: TrialState) -> Entity | None:
        """The arm of a two-arm trial every comparison of the document names first ("A was non-inferior to B", "A
        versus B"; builders/trials_tested_arm.py), else None; one pass per trial and pair of arms."""
        cache = self.__dict__.setdefault("_tested_arms", {})
        key = (st.trial.id, tuple(a.id for a in st.arms))
        if key not in cache:
            if "_comparing_sentences" not in self.__dict__:
                # (the sentences that can put a side first, found once per document, not once per trial and arms)
                self._comparing_sentences = [d for d in self.doc.sentences if trials_tested_arm.may_compare(d.norm)]
            votes = []
            for d in self._comparing_sentences:
                refs = sorted(self.arm_refs(st, d.norm, self.recognize(d)), key=lambda r: r[0])
                votes.extend(trials_tested_arm.first_sides(d.norm, refs))
            cache[key] = trials_tested_arm.tested_arm(votes)
        return cache[key]

    def _consistent_hr_arm(self, metric: str, value: float, arm: Entity) -> Entity:
        """The arm a hazard ratio placed on ``arm`` belongs to, given the two medians of ``metric`` the sentence put on
        two arms: a ratio below 1 is the arm with the longer median's (its hazard against the other's), above 1 the arm
        with the shorter median's ("4.97 months for arm A compared to 6.77 months for arm B, HR 0.65": arm B's). With
        no such pair, equal medians, or a ratio between 0.8 and 1.25, ``arm`` itself."""
        numbers = (getattr(self, "_placed_numbers", None) or {}).get(metric) or []
        if metric not in ("mPFS", "mOS") or len(numbers) != 2 or 0.8 < value < 1.25:
            return arm  # (near 1 the medians may part the other way: "6.4 vs 6.0 months, HR 1.01")
        (a, x), (b, y) = numbers
        if a.id == b.id or x == y or arm.id not in (a.id, b.id):
            return arm
        longer, shorter = (a, b) if x > y else (b, a)
        return longer if value < 1 else shorter

    def _holds(self, st: TrialState, arm: Entity, control: Entity) -> bool:
        """Whether ``arm``'s therapies strictly hold ``control``'s ("FOLFOXIRI" holds "FOLFIRI")."""
        theirs = self._arm_drugs(st, arm, split_combinations=False)
        choice = self._choice_alternatives(st, control)
        if choice is not None:
            # a choice of backbones ("bevacizumab + FOLFOX or bevacizumab + FOLFIRI") is held when each alternative is
            # ("bevacizumab + FOLFOXIRI" holds either), never by the union of the alternatives' drugs
            components = self.ctx.vocab.regimen_components
            alts = [{d for p in (parts or (c,)) for d in (components.get(p) or (p,))} for c, parts in choice]
            return bool(alts) and all(alt and alt < theirs for alt in alts)
        own = self._arm_drugs(st, control, split_combinations=False)
        return bool(own) and own < theirs

    def _add_on_control(self, st: TrialState, arm: Entity) -> bool:
        """Whether ``arm`` is the control of an add-on design: its therapies are a strict part of another arm's
        ("irinotecan" beside "irinotecan + panitumumab", "FOLFIRI" beside "FOLFIRI + cetuximab")."""
        return any(other.id != arm.id and self._holds(st, other, arm) for other in st.arms)

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

    def _tied_elsewhere(self, st: TrialState, text: str, rec, pairs: list) -> bool:
        """Whether a value of ``pairs`` (value, arm) is said right after it to be of another arm than the one it is
        paired with ("The ORR was 39% in the control population and 57% with cetuximab", paired in the design's
        order, cetuximab's arm first): a value is its own arm's, whatever the order of a design."""
        ends = sorted(v.end for v, _ in pairs)
        for v, arm in pairs:
            m = _ARM_TIED_AFTER.match(text, v.end)
            if m:
                stop = _CLAUSE_STOP.search(text, m.end())
                end = stop.start() if stop else len(text)
                found = self.arm_refs(st, text, rec, m.end(), end)
                refs = {a.id for pos, a in found if pos <= m.end() + 2}
                # (one arm, named alone: not "2.8 and 1.5 months in the A and B groups", the arms listed in turn)
                listed = _LISTED_AFTER.search(text, m.end(), end)
                if len(refs) == 1 and {a.id for _, a in found} == refs and arm.id not in refs and not listed:
                    return True
            b = _ARM_TIED_BEFORE.search(text, max(0, v.start - 50), v.start)
            before = [e for e in ends if e <= v.start]
            if b and before and not _NEXT_ITEM.search(text, before[-1], b.start()):
                b = None  # "9.3 months with the triplet, 8.4 months ...": the words are the value before's own tie
            refs = {a.id for _, a in self.arm_refs(st, text, rec, b.start("group"), b.end("group"))} if b else set()
            if len(refs) == 1 and arm.id not in refs:
                return True  # "..., and with cetuximab 57%"
        return False

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

    def _hr_sides(self, st: TrialState, text: str, rec, pos: int) -> Entity | None:
        """The arm a hazard ratio at ``pos`` says it is of by naming the two sides before its value: a ratio of one
        arm's hazard against another's ("the hazard ratio for death in the A group versus the B group was 0.68") is
        the arm named first, when each side names one arm and the two differ."""
        m = _HR_SIDES.match(text, pos)
        if m is None:
            return None
        first = {a.id: a for _, a in self.arm_refs(st, text, rec, m.start("first"), m.end("first"))}
        second = {a.id: a for _, a in self.arm_refs(st, text, rec, m.start("second"), m.end("second"))}
        if len(first) != 1 or len(second) != 1 or first.keys() == second.keys():
            return None
        return next(iter(first.values()))

    def _ratio_against_other(self, st: TrialState, text: str, rec, pos: int, arm: Entity) -> bool:
        """Whether the hazard ratio at ``pos`` names right after its value another arm than ``arm`` as the side it is
        measured against ("a hazard ratio of 1.19 compared with B")."""
        m = _RATIO_AGAINST.match(text, pos)
        if m is None:
            return False
        refs = [a for q, a in self.arm_refs(st, text, rec, m.end(), m.end() + 40) if q == m.end()]
        return bool(refs) and refs[0].id != arm.id

    def _hr_arm(self, st: TrialState, text: str, rec, pos: int) -> Entity | None:
        """The arm a hazard ratio at ``pos`` is said to be for, right after its value ("0.60 for the doublet")."""
        m = _RATIO_FOR.match(text[pos:pos + 40])
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

    def _other_therapies(self, text: str, rec, regimen: Entity, cited_from: int | None = None) -> bool:
        """Whether the sentence gives a therapy that is neither ``regimen`` nor one of its parts ("larotrectinib
        achieved an ORR of 75%, and entrectinib an ORR of 57%": not all of its values are the main regimen's); a
        therapy of a cited or expected result's clause from ``cited_from`` on ("whereas the expected median PFS is 5
        months with A alone") is none the sentence gives its values to."""
        held = self._held(regimen) | {regimen.id}
        return any(t.entity.id not in held and t.entity.category != "DrugClass" and t.entity.id not in _NOT_ARMS and
                   (cited_from is None or t.start < cited_from) for t in self.therapies(text, rec))

    def _part_values(self, arm: Entity, found: list, ev) -> None:
        """The values a sentence gives per treatment line (or per lettered cohort or period) of the one arm's study
        (``found``, from builders.trials_part_values.part_values), each on ``arm`` with its part as subgroup."""
        for metric, number, unit, a, b, label in found:
            self._add(arm, metric, Value(a, b, number, unit), ev, label)

    def _other_therapies_said(self, st: TrialState, text: str, rec) -> bool:
        """Whether ``text`` names a therapy that is not part of the study's one arm ("with FOLFOX and FOLFIRI in the
        first and second lines": the lines' values are those therapies')."""
        held = self._components(st, st.arms[0]) | {getattr(st.regimens.get(st.arms[0].id), "id", None)}
        return any(t.entity.id not in held and t.entity.id not in _NOT_ARMS for t in self.therapies(text, rec))

    def _add(self, arm, metric, v: Value, ev, subgroup, stated_none: bool = False) -> None:
        """Record ``metric`` = ``v`` for ``arm`` (``stated_none``: a rate of none the sentence says in words; a rate of
        0% written in a list of rates, ``_listed_zero_rates``, is kept too)."""
        stated_none = stated_none or v.start in getattr(self, "_listed_zeros", ())
        line = getattr(self, "_line", None)
        if line is not None:
            subgroup = f"{line}, {subgroup}" if subgroup and subgroup != line else line
        who = getattr(self, "_who", None)
        if subgroup is None and who is not None and v.start > who[0]:
            subgroup = who[1]  # "for patients who crossed over to the dual HER2 blockade, the ORR was 17.9%"
        if metric in ("ORR", "DCR") and not 0 < v.number <= 100 and not (stated_none and v.number == 0):
            return  # (a rate of none only where the sentence states it: in words or in a list of rates)
        placed = getattr(self, "_placed", None)
        if placed is not None and arm.category == "TrialArm":
            placed.setdefault(metric, []).append(arm)
            self._placed_at.setdefault(metric, []).append((v.end, arm))
        unit = _SHORT_TIME_UNITS.get(v.unit) if metric in ("mPFS", "mOS", "mDoR") else None
        if metric in ("mPFS", "mOS", "mDoR") and not 0 < v.number <= _LONGEST_MEDIAN_MONTHS * _UNITS_PER_MONTH.get(unit, 1):
            return
        if placed is not None and arm.category == "TrialArm":
            # (in months, for the ratio that follows: "24 weeks vs 5.2 months")
            self._placed_numbers.setdefault(metric, []).append((arm, v.number / _UNITS_PER_MONTH.get(unit, 1)))
        if metric == "n" and self._bound_count(v):
            return  # ("more than 450 patients received ...": a bound, not the count)
        if subgroup and _FRACTION_LABEL.fullmatch(subgroup):
            subgroup = None  # "disease control was achieved in 30/40 patients (75%)": the share's fraction, no population
        counted = _COUNTED_LABEL.fullmatch(subgroup) if metric != "n" and subgroup else None
        if counted:
            # "an ORR of 30% in 27 tissue-positive patients": the population's label, and its count
            subgroup = counted.group(2)
            text = (getattr(self, "_reading", None) or (None,))[0] or ""
            if 2 <= int(counted.group(1)) <= 5000 and \
                    re.search(rf"\b{counted.group(1)}\s+{re.escape(subgroup)}", text[v.end:v.end + 80]):
                add_outcome(self.out, arm, "n", float(counted.group(1)), ev, subgroup=subgroup)
        extra = {"subgroup": subgroup, "unit": unit}
        if v.ci and metric != "n":
            low, high = v.ci
            if v.unit == "%" and v.number > 1.5 and high <= 1.1 and low <= v.number / 100 <= high:
                low, high = round(low * 100, 4), round(high * 100, 4)  # "88.2% (95% CI, 0.712-1.053)": proportions
            if low <= v.number <= high:
                extra.update(ci_low=low, ci_high=high)  # an interval that does not hold the value is not its CI
        add_outcome(self.out, arm, metric, v.number, ev, **extra)


# a value's label that is only the fraction it was counted as: "30/40" (from "in 30/40 patients (75%)")
_FRACTION_LABEL = lazy_compile(r"\d{1,5}\s*/\s*\d{1,5}")
# a value's label that opens with the count of its patients: "27 tissue-positive" (from "30% in 27 tissue-positive patients")
_COUNTED_LABEL = lazy_compile(r"(\d{1,5})\s+([A-Za-z][\w/+\-]*(?:[\s\-][\w/+\-]+){0,2})")


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_COLON_HEAD, _METRIC_DEFINITION, _FINDING, _PART_ANNOUNCED, _LATER_GROUP, _SHARE_RESPONDED, _BACK_TO_GROUP,
 _MARKER_GROUPS_HR) = map(prefiltered, (
    _COLON_HEAD, _METRIC_DEFINITION, _FINDING, _PART_ANNOUNCED, _LATER_GROUP, _SHARE_RESPONDED, _BACK_TO_GROUP,
    _MARKER_GROUPS_HR))
