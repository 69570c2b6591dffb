"""A trial's design, read for the trial reader (builders/trials_text.py).

The therapies a sentence names (``therapies``, with the trial names it spells out; ``_unmerged``: combinations that
join the arms of a comparison taken apart), the arms a design sentence gives
(``_design``: listed, received and compared arms, a result's subjects, later-line regimens that are no arms), dose
levels as arms (``_dose_arms``, ``_add_dose_arm``, ``_pooled_dose_arm``), the one arm of a single-arm trial
(``_single_arm``), arm labels, and the arm a sentence refers to by its regimen, label or drug (``arm_refs``,
``_arm_for_therapy``), with the checks of a clause about another therapy (``_clause_of_other_therapy``,
``_metric_of_other_therapy``).

:class:`TrialDesign` is a part of the trial reader (``builders.trials_text._Reader``), not used alone. It relies on
the reader's ``ctx``, ``out``, ``doses``, ``drug_letters``, ``main_trial``, ``main_regimen``, ``titled_trial``,
``titled_regimen``, ``_reading`` and ``_spelled_cache`` (set by its ``__init__``), on the focus's ``_shared_part``
(builders.trials_focus) and on the placing's ``_dose_levels`` and ``_cited_clause``
(builders.trials_placing).
"""
from __future__ import annotations

import re

from builders.context import add_arm, as_regimen
from builders.document import Sentence
from builders import trials_own
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trials_cohort import assign
from builders.prior_treatments import received_in_earlier_lines
from builders.letter_forms import lone_letter_parts
from builders.trials_controls import OBSERVATION, with_untreated_controls
from builders.trials_role_groups import experimental_groups
from builders.trials_named_groups import group_refs
from builders.treatment_lines import (first_lines, later_lines, sequence_compared, switched_at_progression,
                                     without_later_lines)
from builders.regimen_names import STANDARD_OF_CARE as _STANDARD_OF_CARE, WRITTEN_ONTO as _JOINED_WORDS
from builders.recognize import Mention
from builders.spelled_brackets import blanked, without_colon_spelled
from builders.design_words import (ASSIGN_VERB, ASSIGNMENT_WORD, OPTIONAL_PARTNER, PLUS_MINUS, RANDOMISED_VERB,
                                   WITH_JOINED_WITHOUT, WITH_OR_WITHOUT_UNORDERED)
from builders.trials_arms import (_ALT_SEP, better_over, over_on_shared, _JOINED, _is_chemotherapy, _cytotoxic_only, _strip_brackets, labelled_arms,
                                  _maintenance_choice, _choice_or_combination, sequence_alternatives, _without_appositions,
                                  _alone_or_combined_arms, _regimen_of, _respective_arms, arms_from, side_arms, _added_to_alone,
                                  without_bracketed_alternatives, strategy_refs)
from builders.trials_values import (_NUM, _ARM_LABEL, _DOSE, _DOSE_UNIT, TrialState, _count, hits_of, _metrics, _values,
                                    _cohort_part, _OWN_AIM, _top_level_semicolons, _top_level_colon)
from builders.trials_focus import _CITATION, _NOT_ARMS, _UNNAMED, _joined_runs
from builders.trials_nested_optional import added_contrast, chained_optional, nested_optional, shared_optional
from builders.trials_supported_arms import supported_arm
from kg.ids import mint
from kg.model import Entity
from kg.groups import THERAPY


# a group's count in brackets: "(n = 26)", "(125 patients)"
_COUNT_IN = lazy_compile(r"\(\s*(?:n\s*=\s*\d|\d[\d,]*\s+(?:patients|pts|participants))", re.I)
# the auxiliary that makes "received" the patients' earlier therapy: "had (also) received", "have previously received"
_HAD_AUX_BEFORE = lazy_compile(r"\b(?:had|have|has|having)\s+(?:(?:also|previously|already|all)\s+)?$", re.I)
# an open question of the field, as a background puts it ("Whether the addition of A to B improves outcomes is
# unclear", "it remains unknown whether A adds to B"): the therapies it names are no design of the trial
_OPEN_QUESTION = lazy_compile(r"\bwhether\b[^.;]{0,300}?\b(?:is|are|remains?)\s+(?:still\s+|currently\s+|largely\s+)?"
                              r"(?:unclear|unknown|uncertain|controversial|undetermined|not\s+(?:known|clear|established))\b|"
                              r"\b(?:is|are|remains?)\s+(?:still\s+|currently\s+|largely\s+)?(?:unclear|unknown|uncertain|"
                              r"not\s+(?:known|clear))\s+whether\b", re.I)
# a list of arm labels after one "arm(s)": "arm B vs A", "arms A and B", "arms A, B and C" (group 1 ends the first label)
_LABEL_LIST = lazy_compile(r"\b[Aa]rms?\s+([A-H1-9])\b(?:\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)[A-H1-9]\b"
                           r"(?![.,]\d)(?!\s*(?:%|months?|mos?\b|weeks?|days?|years?|patients)))+")
_LABEL_LIST_ITEM = lazy_compile(r"(?:,\s*(?:and\s+)?|and\s+|or\s+|vs\.?\s+|versus\s+)([A-H1-9])\b")
# a group named right after its therapy: "the B group", "the B treatment arm", "the B cohort" (not "B alone group",
# which _arm_for_therapy reads as the arm of B only)
_NAMED_GROUP_AFTER = lazy_compile(r"[-\s]*(?:(?:treatment|therapy|treated)\s+)?(?:group|arm|cohort)s?\b", re.I)
_GROUP_WORD = lazy_compile(r"\b(?:group|arm|cohort)s?\b", re.I)
_COMBO_GROUP = lazy_compile(r"\b(?:the\s+)?(?:combination|combined|doublet|triplet|dual[- ]\w+)\s+(?:group|arm|cohort)s?\b", re.I)
# an arm named by what it gives rather than by its drugs: "for monotherapy", "the single-agent cohort", "with the
# combination" (not "the combination of A and B", which names its drugs)
_MONO_GROUP = lazy_compile(r"\b(?:with|for|in|on|of)\s+(?:the\s+)?(?:monotherapy|single[- ]agent)(?:\s+(?:group|arm|cohort))?\b"
                           r"(?!\s+(?:with|of)\b)", re.I)
_COMBO_BARE = lazy_compile(r"\b(?:with|for|in|on)\s+the\s+combination\b(?!\s+(?:of|with|group|arm|cohort)s?\b)", re.I)
# a comparison with the control arm ("0.60 for the doublet versus the control treatment")
_VERSUS_CONTROL = lazy_compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than(?:\s+with)?)\s+(?:the\s+)?(?:control|comparator)\b",
                               re.I)
# a therapy word that names a group of the trial's patients: "the standard-of-care group", "the usual-care arm" (the
# control named by its standing)
_GROUP_AFTER = lazy_compile(r"[-\s]*(?:group|arm|cohort)s?\b", re.I)
# a design's arm named by its role in a bracket after its therapy: "(control group)", "(control arm; n = 240)",
# "(experimental group; a 3-week regimen ...)"
_CONTROL_ROLE_BRACKET = lazy_compile(r"\(\s*(?:the\s+)?(?:control|comparator|reference|standard)\s+(?:group|arm)\s*[;,:)]", re.I)
_TESTED_ROLE_BRACKET = lazy_compile(r"\(\s*(?:the\s+)?(?:experimental|investigational|study|intervention)\s+(?:group|arm)\s*[;,:)]",
                                    re.I)
_CONTROL_GROUP = lazy_compile(r"\b(?:the\s+)?(?:control|placebo|comparator|reference|standard(?:[- ]of[- ]care)?|usual[- ]care)\s+"
                              r"(?:group|arm|cohort)s?\b", re.I)
# one group of a trial and what it received: "54 patients received A, B and C", "while the others received B and
# C", "the remaining 80 patients were treated with D", "and 50 received placebo"
_RECEIVED_CLAUSE = lazy_compile(r"(?:(?<![\w.,%])(\d{1,5})\s+(?:(?:patients|pts|participants|subjects)\s+)?|"
                                r"\b(?:the\s+)?(?:others|remaining(?:\s+\d{1,5})?(?:\s+(?:patients|pts|participants))?|rest)\s+|"
                                # (s48 trialregs2) "One arm received A; the other received B", "the second group was
                                # given B": each group named by its place among the arms
                                r"\b(?:one|the\s+(?:first|second|third|other))\s+(?:arm|group|cohort)\s+|\bthe\s+other\s+)"
                                rf"(?:were\s+)?(?:received|were treated with|were given|were\s+{ASSIGN_VERB}\s+to)\s+"
                                r"(?!(?:prior|previous|at least|a median|no|one|two|three|\d))", re.I)
# the end of a group's clause: another clause, or what the sentence goes on to say of the groups
_RECEIVED_END = lazy_compile(r";|\.\s|,?\s+(?:while|whereas)\b|,\s*(?:with|which|who|and\s+(?:the|a|an)\s)|\s\(?(?:n\s*=)", re.I)
# a sentence about treatment before or after the trial's, whose groups are no arms
_NOT_TRIAL_THERAPY = lazy_compile(r"\b(?:subsequent|after progression|post-?progression|cross(?:ed)?[- ]?over|prior|previous(?:ly)?|"
                                  r"second-line therapy after|maintenance)\b", re.I)
# the words that list a study's end points ("The primary endpoint was PFS, and secondary end points included ...
# reintroduction rate of A"): a therapy named after them is what an end point measures, no arm the trial gave
# (end points only: "The primary objective was to assess A plus B" states what the study gave)
_END_POINTS_STATED = lazy_compile(r"\b(?:primary|secondary|co-?primary|exploratory)\s+(?:efficacy\s+)?"
                                  r"(?:end\s*-?\s*points?|outcome\s+measures?)\b", re.I)
# a drug's dose changed during the trial ("Fluorouracil dose was reduced to 2400 mg/m2 after ..."): that drug is one
# part of the arm, not the arm
_DOSE_CHANGED = lazy_compile(r"\bdoses?\s+(?:was|were|had\s+to\s+be)\s+(?:subsequently\s+)?(?:reduced|decreased|lowered|"
                             r"escalated|increased|modified|adjusted)\b", re.I)
# "Adagrasib (MRTX849) is another KRAS G12C inhibitor": a drug said to be another one
_SAID_ANOTHER = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:is|was)\s+(?:also\s+)?another\b", re.I)
# "Cetuximab gave / has been reported to yield an ORR of 10%": the drug that opens the sentence as the subject of the
# values it gave (then the values are that drug's, and of the one arm only when the arm holds it)
_GAVE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:alone|monotherapy)\s+)?(?:(?:has|have|had)\s+(?:been\s+(?:reported|shown)\s+to\s+"
                     r"|also\s+)?)?(?:gave|give|yielded|yield|produced|produce|achieved|achieve|resulted\s+in|result\s+in)\b",
                     re.I)
# "standard-of-care imaging / response evaluation / testing": the usual practice of assessing, not an arm's therapy
_SOC_PRACTICE = lazy_compile(r"[-\s]*(?:radiolog\w*|imaging|CT\b|scans?\b|(?:response\s+)?(?:evaluation|assessment)s?\b|"
                             r"testing|tests?\b|diagnos\w*|monitoring|surveillance|biops\w*|genotyping|sequencing)", re.I)
# "B, the standard of care", "B (Stivarga; Bayer), the current standard of care", "B (the standard of care)": the
# standing of the therapy named right before, said in apposition to it, no second part of its arm; what may stand between
# them, and what may follow the standing (never a therapy joined to it: "B, the standard of care plus C")
_SOC_APPOSITION_BEFORE = lazy_compile(r"\s*(?:\([^()]{0,60}\)\s*|[^()]{0,60}\)\s*)?(?:,\s*(?:which\s+(?:is|was)\s+|as\s+)?|\(\s*)(?:the|an?)\s+"
                                      r"(?:(?:current|approved|established|accepted|global|recommended)\s+){0,2}", re.I)
_SOC_APPOSITION_AFTER = lazy_compile(r"[-\s]*(?:(?:therapy|treatment|option|regimen|drug|agent|comparator)\b\s*)?"
                                     r"(?:[,.;)]|$|(?:in|for|at|as|of)\b)", re.I)
# words that make alternatives in a design sentence arms of a comparison (not one patient's or another's choice)
_COMPARATIVE = lazy_compile(ASSIGNMENT_WORD + r"|\beither\b|\bversus\b|\bvs\b|\bcompar|"
                            r"\bgroups?\b|\barms?\b|\bcohorts?\b|\balone\b|\baddition of\b|\badding\b|"
                            r"\bdivided\b|\bstratified\b|\bplacebo\b", re.I)


# a trial's verdict on two therapies ("A was noninferior to B"), and the words that compare two therapies
_VERDICT = lazy_compile(r"(?:non-?inferior|superior|equivalent) to\b", re.I)
# (the last form, "A plus B improved PFS versus A alone": the comparator is a part of the combination given alone)
_CONTRAST = lazy_compile(rf"\b(?:compared (?:with|to)|in comparison (?:with|to)|than(?: did)?|{_VERDICT.pattern}|"
                         rf"(?:improv\w*|prolong\w*|extend\w*|benefit\w*|advantage)(?:\s+[\w\-]+){{0,4}}?\s+over|"
                         rf"(?:improv\w*|prolong\w*|extend\w*|benefits?|advantages?)(?:\s+[\w\-()]+){{0,4}}?\s+(?:versus|vs\.?)"
                         rf"(?=\s+(?:(?:treatment|therapy)\s+with\s+)?(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:alone|monotherapy)\b))\s", re.I)
_COMPARED = lazy_compile(rf"\bcompared (?:with|to)\b|\bin comparison (?:with|to)\b|\b{_VERDICT.pattern}", re.I)
# (h60 prec) a comparison a result is set against, right before what it is compared with ("improved outcomes compared with
# chemotherapy", "longer than with standard therapy", "an advantage over chemotherapy")
_RESULT_AGAINST = lazy_compile(r"(?:\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|\brelative\s+to|\bthan(?:\s+(?:with|did))?|"
                               r"\bover|\bagainst)\s+(?:(?:the|a|an|conventional|standard|systemic|cytotoxic)\s+)*$", re.I)
# words that report how a trial was designed: its assignment, or its study verb before its arms ("compared A with B", "A
# is compared to B in the X trial", "tested A with or without B"); never the kind of trial ("the randomized phase III X
# trial showed ...")
_DESIGN_SAID = lazy_compile(r"\brandomi[sz](?!ed,?\s+(?:[\w\-]+\s+){0,3}?(?:phase|trials?|stud(?:y|ies))\b)|\brandomly\b|"
                            r"\b(?:assigned|allocated)\b|\bcompar(?:ed|es|ing)\s+(?!with\b|to\b)|\b(?:to\s+)?receive\b|"
                            r"\b(?:test|evaluat|investigat)(?:ed|es|s|ing)\b|\bstudied\b|"
                            r"\b(?:is|are|was|were|be|being|been)\s+(?:\w+\s+)?compared\s+(?:with|to)\b|\bdivided\s+into\b", re.I)


def generic_comparator(text: str, t: Mention) -> bool:
    """Is ``t`` only a generic word (chemotherapy, standard therapy, standard of care) a result of a named trial is set
    against, in a sentence that does not report the trial's design ("BEACON improved outcomes compared with
    chemotherapy")? Such a word says which arm the result was better than no more than "the control" does: no arm of
    the trial. A design's own words ("randomly assigned to A or chemotherapy", "the trial compared A with
    chemotherapy") keep it.

    >>> from builders.recognize import Mention
    >>> chemo = Entity("crc:class_chemotherapy", "DrugClass", "chemotherapy")
    >>> text = "BEACON improved outcomes compared with chemotherapy."
    >>> generic_comparator(text, Mention(39, 51, "chemotherapy", chemo, "vocab"))
    True
    >>> text = "BEACON compared encorafenib plus cetuximab with chemotherapy."
    >>> generic_comparator(text, Mention(48, 60, "chemotherapy", chemo, "vocab"))
    False
    >>> text = "The randomized phase III BEACON trial improved outcomes compared with chemotherapy."
    >>> generic_comparator(text, Mention(70, 82, "chemotherapy", chemo, "vocab"))
    True
    >>> text = "A plus B is compared to chemotherapy in the X trial."
    >>> generic_comparator(text, Mention(24, 36, "chemotherapy", chemo, "vocab"))
    False
    """
    return _set_against_generic(text, t) and not _DESIGN_SAID.search(text)


def _set_against_generic(text: str, t: Mention) -> bool:
    """Is ``t`` a generic word right after the comparison a result is set against (generic_comparator, the sentence's
    design words asked apart, once per sentence)?"""
    return (_is_chemotherapy(t.entity) or t.entity.id == _STANDARD_OF_CARE) and \
        _RESULT_AGAINST.search(text, max(0, t.start - 60), t.start) is not None


# a therapy as the subject of its own result: "larotrectinib achieved an ORR of 75%", "entrectinib resulted in an ORR of 57%"
_RESULT_SUBJECT = lazy_compile(r"\s*(?:monotherapy\s+|alone\s+)?(?:achieved|resulted in|showed|yielded|produced|demonstrated|"
                               r"gave)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:ORR|DCR|response rate|objective response|"
                               r"disease control|median (?:PFS|OS|progression|overall)|m(?:PFS|OS))\b", re.I)
# two values, and two therapies, set against each other: "12.7 vs 9.3 months", "A vs B alone"
_VALUE_VS_VALUE = lazy_compile(r"\d\s*(?:%|months?|mo)?\s*(?:vs\.?|versus)\s*\d", re.I)
# (s46 groups) the generic words a therapy's name opens with before the drugs it gives: "chemotherapy with", "combination
# therapy with", "treatment with"
_GENERIC_HEAD = lazy_compile(r"(?:[\w\-]+\s+){0,2}?(?:chemotherapy|therapy|treatment|regimen)\s+", re.I)
_THERAPY_VS = lazy_compile(r"\s*(?:alone\s+|monotherapy\s+)?(?:vs\.?|versus)\s+(?:the\s+)?", re.I)
# the boundary between two clauses of one sentence
_CLAUSE_SEP = lazy_compile(r",\s*(?:and|while|whereas|but)\b|;|\bwhile\b|\bwhereas\b", re.I)
# a clause after a semicolon that counts the patients of each arm: "; 152 were assigned to A and 148 to B", "; 61 patients
# received A and 59 received B"
_COUNTED_CLAUSE = lazy_compile(r";\s*(?:of\s+(?:these|them|whom),?\s*)?\d{1,5}\s+(?:(?:patients|pts|participants)\s+)?(?:(?:were|was)\s+)?"
                               rf"(?:{ASSIGN_VERB}|received|treated|given)\b", re.I)
# the therapy that makes patients eligible, not the one the trial gave: "patients who were candidates for first-line
# chemotherapy", "unsuitable for intensive chemotherapy", "a lesion for which first-line chemotherapy was indicated"
_ELIGIBLE_FOR = lazy_compile(r"\b(?:(?:un)?suitable|candidates?|(?:un)?amenable)\s+(?:for|to)\s+(?:[\w\-/,]+\s+){0,3}$|"
                             r"\bfor\s+(?:which|whom)\s+(?:[\w\-/,]+\s+){0,2}$", re.I)
# a class's short form in brackets right after the class: "tyrosine-kinase inhibitor (TKI)"
_OPEN_BEFORE_SHORT = lazy_compile(r"\s*\(\s*")
_CLOSE_AFTER_SHORT = lazy_compile(r"\s*\)")
_INDICATED_AFTER = lazy_compile(r"\s*(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?indicated\b", re.I)
# what patients received after the trial's own treatment: "in subsequent treatment lines", "patients originally
# assigned to arm A" (not "after progression": "continuation of X after progression" may be the study's own therapy)
_LATER_LINES = lazy_compile(r"\b(?:in|during|as)\s+(?:(?:the|all|any)\s+)?(?:subsequent|later|further|post-?study|post-?protocol)"
                            r"\s+(?:treatment\s+|therapy\s+)?(?:lines?|therap(?:y|ies)|treatments?)\b|"
                            rf"\boriginally\s+{ASSIGN_VERB}\b|"
                            # the treatment patients may have after the trial's: "At progression, patients could go on to
                            # receive A or B"
                            r"\b(?:go|goes|went|going)\s+on\s+to\s+(?:receive|be\s+treated|be\s+given)\b|"
                            r"\b(?:at|upon)\s+(?:disease\s+)?progression,\s+(?:patients|they)\s+(?:could|may|might|were\s+(?:allowed|"
                            r"permitted|offered|eligible))\b", re.I)
# the "with" of "with or without": an optional add-on, never a design's "with"
_WITH_OR_WITHOUT_AT = lazy_compile(rf"{WITH_JOINED_WITHOUT}\b", re.I)
# the written option marks a chain "A ± B ± C", "A +/- B +/- C" may use
_CHAIN_WORDS = lazy_compile(PLUS_MINUS, re.I)
# a design of one regimen with and without an add-on: "A ± B", "A +/- B", "A with or without B", "A plus or minus B",
# "A alone or in combination with B"
_OPTIONAL_DESIGN = lazy_compile(rf"{OPTIONAL_PARTNER}|\balone\s+or\s+(?:in\s+combination|combined)\s+with\b", re.I)
# the option words right before an add-on ("with or without concomitant A", "± A")
_OPTIONAL_BEFORE = lazy_compile(rf"(?:{OPTIONAL_PARTNER})\s*(?:(?:concomitant|concurrent|additional|added|the)\s+)?$", re.I)
# a bare "with or without" (in a sentence of nested alternatives, each patient's choice)
_WITH_OR_WITHOUT = lazy_compile(rf"\b{WITH_OR_WITHOUT_UNORDERED}\b", re.I)
_ADDED = lazy_compile(r"\badd(?:s|ed|ing|ition)\b", re.I)  # "the addition of X to Y": X is not an arm alone


# what makes a therapy one of the trial's arms, said right before it ("randomly assigned to receive A", "to receive A")
_ASSIGNED_BEFORE = lazy_compile(r"\b(?:random\w*|assign\w*|allocat\w*)\s+(?:to\s+)?(?:receive\s+)?(?:either\s+)?$", re.I)
_TO_RECEIVE_BEFORE = lazy_compile(r"(?<!eligible )(?<!\bfit )\bto\s+receive\s+(?:either\s+)?$", re.I)
# words right before a therapy that make it one the patients had before entry, not one the trial gave
_EARLIER_GIVEN_BEFORE = lazy_compile(
    r"(?:after|following|prior|previous(?:ly)?|progress\w* (?:on|during|after|to)|despite|refractory to|"
    # (s50) "who achieved a clinical benefit in response to first-line A plus B", "who had responded to first-line A":
    # the response to an earlier line that selected the patients
    r"(?:response|responded|responding|benefit(?:ed|ted)?)\s+(?:to|from)\s+(?:their\s+|the\s+|an?\s+)?"
    r"(?:first|second|1st|2nd|front|initial|earlier|induction)[- ]?(?:line)?\b|"
    r"failure of|failed|intolerant (?:of|to)|pretreated with|exposure to|resistan\w* to|"
    # ("who had progressed on or could not tolerate standard treatment": what they could not take before entry)
    r"(?:could\s+not|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+tolerate|"
    r"previously received|ha(?:ve|s|d) (?:also )?received|(?:eligible|fit)\s+(?:to\s+receive|for)|"
    # ("patients who received induction chemotherapy with A or B ... were randomly assigned to maintenance C or
    # observation": the induction before randomisation is no arm)
    # (not "In arm A, patients received induction with A plus B": a strategy arm's first part)
    r"\bwho\s+(?:had\s+)?(?:received|completed|underwent)\s+(?:[\w\-]+\s+){0,4}?induction(?:\s+(?:chemo)?(?:therapy|treatment|regimen))?"
    r"(?:\s+(?:with|of|using|consisting\s+of))?|"
    # "pts with mCRC treated in first-line with A, B or C, to receive in second-line ...": the patients'
    r"(?<!were )(?<!was )(?<!been )treated\s+in\s+(?:the\s+)?(?:first|1st|front)[- ]line\s+with)"
    # (the words between are no assignment's: "... could not tolerate standard treatment to A or B", nor the verb of the
    # therapy given now: "patients who had progressed after one prior line received A")
    # ("following at least 2 lines of chemotherapy": a least number of earlier lines before the words of the therapy)
    r",?\s+(?:at\s+least\s+)?(?:(?!to\s|received\s)[\w\-/,]+\s+){0,3}$", re.I)
_WITHOUT_PRIOR_BEFORE = lazy_compile(r"(?<!\bor )(?<!/)(?<!/ )\bwithout\s+(?:prior\s+|previous\s+)?$", re.I)
# the words between a therapy and the add-on of two arms set side by side, "A with versus without B", "A with vs.
# without B", "A with (n = 51) and without (n = 52) B": B is given in one arm, never a therapy the patients went without
_SIDE_BY_SIDE = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*with\s*(?:\(\s*n\s*=\s*\d[\d,]*\s*\)\s*)?(?:and|versus|vs\.?)\s+"
                             r"without(?:\s*\(\s*n\s*=\s*\d[\d,]*\s*\))?\s+(?:the\s+)?", re.I)
# (s50) the patients a cohort was made of, described by their history: "The study cohort comprised patients ... who
# achieved a clinical benefit ..., then had disease progression and received second-line chemotherapy", "Patients were
# eligible if they had progressed on ... and received ...": every therapy after the first word of an earlier outcome in
# that clause is one they had before entry (not "The cohort comprised 120 patients who received A": no history word)
_COHORT_HISTORY = lazy_compile(r"\b(?:comprised|consisted\s+of|were\s+eligible\s+if|eligible\s+patients\s+(?:were|had)|"
                               r"(?:eligibility|inclusion)\s+criteria)\b[^.;]{0,250}?\bwho\b[^.;]{0,200}?"
                               r"\b(?:response|responded|benefit(?:ed|ted)?|progress(?:ed|ion)|failed|failure|refractory)\b|"
                               # (the patients a trial randomised, described by what they had received before: "The trial
                               # randomized patients who had received A plus first-line B to receive C or D")
                               rf"\b(?:{RANDOMISED_VERB}|enrolled)\s+(?:\d[\d,]*\s+)?(?:patients|participants)\b"
                               r"[^.;]{0,120}?\bwho\s+had\s+(?:previously\s+|already\s+)?(?:received|been\s+treated\s+with)\b|"
                               # (the patients described by the treatment after which they were randomised: "patients
                               # without progression after 4-6 months of first-line A plus B were randomly assigned to
                               # continuing B or no treatment")
                               r"\b(?:patients|participants)\b[^.;]{0,120}?\b(?:after|following)\s+(?:\d+(?:\s*[-–]\s*\d+)?\s+"
                               r"(?:months?|cycles?|weeks?)\s+of\s+)?(?=[^.;]{0,160}?\b(?:were|was)\s+(?:then\s+)?"
                               rf"{RANDOMISED_VERB}\b)",
                               re.I)
# the verb that gives the cohort its treatment in the study ends its history: "comprised 200 patients who had
# progressed on A and were randomised to B or C", "... who had failed A and were then assigned to B" (B and C are
# the study's arms; "then progressed and received second-line B" stays history: no verb of assignment)
_COHORT_HISTORY_END = lazy_compile(r"\b(?:(?:were|was)\s+(?:then\s+|subsequently\s+|later\s+)?(?:" + ASSIGN_VERB +
                                   r"|enrolled|included)|"
                                   r"(?:were|was)\s+(?:then|subsequently)\s+(?:treated|given)|to\s+receive)\b", re.I)
# what joins the next item of a list of earlier therapies to the one before it
# (also its partner in an earlier combination: "in response to first-line A plus B", "following first-line A, plus B")
_PRIOR_LIST_JOIN = lazy_compile(r"[-–]?\s*(?:,?\s*(?:and|or|\+|plus|combined\s+with|in\s+combination\s+with)|,|/)\s*"
                                r"(?:an?\s+|the\s+)?", re.I)
_INDUCTION_BEFORE = lazy_compile(r"\binduction\s+$", re.I)
_MAINTENANCE_WORD = lazy_compile(r"\bmaintenance\b", re.I)
_PLACEBO_CONTROLLED = lazy_compile(r"\s*[-–]\s*controlled\b", re.I)
# a therapy named as the kind of an earlier or resisted regimen ("irinotecan-containing", "oxaliplatin-refractory")
_EARLIER_KIND_AFTER = lazy_compile(r"[-–\s]?(?:based|containing|refractory|resistant|resistance|pretreated|naive|naïve|"
                                   r"failure|exposed)\b", re.I)
_COORDINATED_GAP = lazy_compile(r"\s*(?:,|and|or|plus|/|, and|, or)\s*")


# what adds a second therapy to a drug ("irinotecan plus bolus FU/LV"): a combining word and up to two words of its kind
_PLUS_WORDS = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\+|plus|combined with|in combination with)\s+(?:[a-z][\w\-]*\s+){0,2}",
                           re.I)


def _plus_another(text: str, therapies: list[Mention], given: str) -> bool:
    """Whether the sentence adds another therapy to the drug ``given`` ("irinotecan plus oral capecitabine")."""
    return any(t.entity.id == given and u.entity.id != given and _PLUS_WORDS.fullmatch(text, t.end, u.start)
               for t, u in zip(therapies, therapies[1:]))


_SLASH_AFTER = lazy_compile(r"/([a-z][a-z\-]{1,7})(?![\w])")
_SLASH_BEFORE = lazy_compile(r"(?<![\w])([a-z][a-z\-]{1,7})/$")


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
_PRIOR_LIST = lazy_compile(r"\b(?:ha(?:ve|s|d)|having)\s+(?:previously\s+|already\s+)?(?:received|been\s+treated\s+with|"
                           r"been\s+(?:pre)?treated)\b[^.;:()]{0,100}:\s*$", re.I)

# "were eligible if they had received at least two prior regimens of standard therapies including A, B, and C": the
# therapies a list of the patients' earlier regimens names (no words of the trial's own therapy between)
_PRIOR_INCLUDING = lazy_compile(r"\b(?:prior|previous(?:ly)?|ha(?:ve|s|d)\s+(?:previously\s+|already\s+)?received|pre-?treated|"
                                r"refractory|failure|failed|progress(?:ed|ion)\s+(?:on|after))\b[^.;:()]{0,100}?\b(?:including|"
                                r"included|such\s+as|containing|comprising|consisting\s+of)\s+(?:[\w\-/]+\s+){0,2}$", re.I)


def _prior_including(text: str, start: int) -> bool:
    """Whether the therapy at ``start`` opens a list of the patients' earlier regimens (see _PRIOR_INCLUDING)."""
    m = _PRIOR_INCLUDING.search(text, max(0, start - 160), start)
    return m is not None and not trials_own.gives_now(text, m.start(), start)


_ACRONYM = lazy_compile(r"(?<![\w\-])[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?(?![\w\-])")


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


# (s47 outfix: also "A monotherapy at 75 mg", "A was administered at a higher dose of 150 mg")
_DOSE_AFTER = lazy_compile(rf"\s*(?:(?:monotherapy|alone)\s+)?(?:(?:was|were|is|are)\s+(?:administered|given|dosed)\s+)?"
                           rf"(?:at\s+(?:a\s+)?(?:(?:daily|higher|lower|reduced|starting|single)\s+)?(?:dose\s+(?:level\s+)?of\s+)?)?"
                           rf"(?=({_NUM})\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg)(?![\w/]))", re.I)


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
_DOSE_LIST_AFTER = lazy_compile(rf"\s*(?:\(\s*)?(?:at\s+(?:a\s+)?(?:(?:daily\s+)?doses?\s+of\s+)?)?{_NUM}\s*(?:-?\s*(?:{_DOSE_UNIT})"
                                rf"(?![\w/])|(?:or|versus|vs\.?)\s*{_NUM}\s*-?\s*(?:{_DOSE_UNIT})(?![\w/]))", re.I)
# words that tell arms or dose levels apart: a sentence with them gives no pooled value
_ARMS_TOLD_APART = lazy_compile(r"\b(?:arms?|groups?|cohorts?|levels?|doses?|respectively|versus|vs|compared|than|each|both|either)\b",
                                re.I)
# a dose level whose unit is written once, after the next level: the "250" of "gefitinib 250 or 500 mg"
_UNIT_ELIDED = lazy_compile(rf"({_NUM})\s*(?:or|versus|vs\.?)\s*$", re.I)


# the gap between two dose levels given on the same schedule: "160 mg daily or [regorafenib] 120 mg (daily)"
_SCHEDULED_ALTERNATIVE = lazy_compile(r"\s*(?:(?:once|twice)\s+)?(?:daily|weekly|every\s+(?:\w+\s+)?weeks?)\s*,?\s*"
                                      r"(?:or|versus|vs\.?)\s+(?:at\s+)?(?:[a-z][\w\-]*\s+){0,2}?(?:at\s+)?", re.I)


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
# a hedged claim about a therapy's worth ("A may improve efficacy", "B could overcome resistance"): background, no
# statement of what a trial gave
_HEDGED_CLAIM = lazy_compile(r"\b(?:may|might|could)\s+(?:\w+\s+)?(?:improve|enhance|increase|prolong|overcome|benefit|"
                             r"offer|provide|reduce|restore|delay|reverse)\b", re.I)


# the findings a sentence names a trial as the source of: "following encouraging phase Ib findings of the X study"
_EARLIER_FINDINGS_OF = lazy_compile(r"\b(?:following|after|building on|in light of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?"
                                    r"(?:findings|results|data|success)\s+(?:of|from|in|seen in)\s+(?:the\s+)?$", re.I)
# a trial the sentence does not name: "in a phase III trial", "by a new randomized study"
_INDEFINITE_TRIAL = lazy_compile(r"\b(?:in|by)\s+an?\s+(?:(?:new|planned|future|subsequent|larger|confirmatory|randomi[sz]ed|"
                                 r"phase\s+(?:I{1,3}|[1-3])[ab]?)\s+)+(?:clinical\s+)?(?:trial|study)\b", re.I)
# a finding stated of therapies, not a design: "A plus B showed improved outcomes ..., compared with C"
_FINDING_OF_THERAPIES = lazy_compile(r"\b(?:showed|shown|demonstrated|improved|prolonged|was\s+superior|were\s+superior|resulted\s+in|"
                      r"led\s+to|yielded)\b", re.I)


# "a randomized phase III trial in which ...": the word names the kind of trial, not the design's assignment
_DESIGN_ADJECTIVE = lazy_compile(r"\s*,?\s*(?:(?:open-label|double-blind|placebo-controlled|controlled|multicent(?:er|re)|"
                                 r"international|clinical|phase|[IV]{1,3}|[1-3][ab]?|,)\s+)*(?:trial|study|phase)\b", re.I)


# a study's verb right before the therapy it tested, maybe with what it looked at: "evaluated A plus B", "explored the
# efficacy of A", "to assess the safety and activity of A" (not "suggest that A is an option": no study's verb)
_STUDY_VERB_BEFORE = lazy_compile(
    r"\b(?:evaluated|investigated|assessed|tested|explored|examined|studied|(?:to|will)\s+(?:evaluate|investigate|assess|"
    r"test|explore|examine))\s+(?:the\s+)?(?:(?:clinical\s+|antitumou?r\s+)?(?:efficacy|activity|safety|tolerability|"
    r"benefit)\s+(?:(?:and|,)\s+(?:the\s+)?(?:clinical\s+|antitumou?r\s+)?(?:efficacy|activity|safety|tolerability)\s+)?"
    r"of\s+)?(?:the\s+)?$", re.I)


def cites_tested_study(st: TrialState, text: str, rec) -> bool:
    """Whether ``text`` cites the study in focus by its first author and says what it tested with a study's verb right
    before the therapy ("Lee et al. evaluated the efficacy of A plus B in ...", "One study is ongoing to explore A plus
    B in ... (Lee et al., 2021)"); not a source cited for a statement of its own ("A is an option (Lee et al., 2021)")."""
    if " et al." not in st.trial.name or not any(st.trial.name.startswith(f"{m.group(1)} et al.")
                                                  for m in _CITATION.finditer(text)):
        return False
    return any(_STUDY_VERB_BEFORE.search(text, max(0, t.start - 80), t.start) for t in rec.mentions
               if t.entity.category in THERAPY)


# the report's own study named by a demonstrative with its study verb: "This clinical trial evaluated", "This phase II
# study tested" (TrialDesign._own_study_verb)
_THIS_STUDY_VERB = lazy_compile(r"\bthis\s+(?:[\w\-]+\s+){0,3}?(?:study|trial)\s+(?:evaluated|tested|assessed|investigated|"
                                r"examined|explored)\b", re.I)


# (arm_refs, _unmerged, _arm_for_therapy: compiled once, not looked up at every arm reference)
# "the triplet therapy", "the doublet arm": the one arm of three (two) drugs
_SIZED_GROUP = prefiltered(lazy_compile(r"\b(triplet|doublet)(?:\s+(?:therapy|regimen|combination|arm|group|cohort))?\b", re.I))
_COUNT_BRACKET = lazy_compile(r"\(\s*n\s*=")
_WITH_WORD = lazy_compile(r"\bwith\b")
_COMPARED_BEFORE = lazy_compile(r"\bcompar\w*\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$", re.I)
_ALONE_AFTER = lazy_compile(r"[-\s]?(?:alone|monotherapy|only|single[- ]agent)\b", re.I)


class TrialDesign:
    """The trial reader's part that reads a trial's therapies and arms (see the module)."""

    # -- arms -------------------------------------------------------------------------------
    def _unmerged(self, text: str, rec) -> list[Mention]:
        """The sentence's mentions, combinations that join the arms of a comparison taken apart."""
        merged = []
        for m in rec.merged():
            inner = [x for x in rec.mentions if m.start <= x.start and x.end <= m.end and x is not m]
            if m.entity.attr("combination") and inner and (
                    ("(" in m.text and any(x.entity.category == "Regimen" and text[x.start - 1:x.start] == "(" for x in inner))
                    or _COUNT_BRACKET.search(m.text)
                    or (_WITH_WORD.search(m.text) and _COMPARED_BEFORE.search(text[max(0, m.start - 60):m.start]))):
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
        cohort = _COHORT_HISTORY.search(text)
        history = None
        if cohort:
            stop = text.find(";", cohort.end()) % (len(text) + 1)
            given = _COHORT_HISTORY_END.search(text, cohort.end(), stop)
            history = (cohort.end(), given.start() if given else stop)
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
                    _WITHOUT_PRIOR_BEFORE.search(before) and not (out and _SIDE_BY_SIDE.fullmatch(text, out[-1].end, m.start)) or \
                    history is not None and history[0] <= m.start < history[1] or \
                    received_in_earlier_lines(text, m.start) or \
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
            if m.entity.id == _STANDARD_OF_CARE and _GROUP_AFTER.match(after):
                continue  # "than in the standard-of-care group": the control group by its standing (arm_refs), no therapy
            if m.entity.id == _STANDARD_OF_CARE and out and out[-1].entity.id != _STANDARD_OF_CARE and \
                    _SOC_APPOSITION_BEFORE.fullmatch(text, out[-1].end, m.start) and \
                    _SOC_APPOSITION_AFTER.match(text, m.end):
                continue  # "or B, the standard of care": the standing of B, said in apposition, no part given with B
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

    def _own_study_verb(self, st: TrialState, text: str) -> bool:
        """Whether ``text`` names the report's own unnamed trial in focus by a demonstrative with its study verb
        ("This clinical trial evaluated A + B ± C", "This phase II study tested ..."): the verb names its arms as a
        trial's name would."""
        return self.main_trial is not None and st.trial.id == self.main_trial.id and \
            st.trial.id.startswith(self._unnamed_prefix) and _THIS_STUDY_VERB.search(text) is not None

    def _design(self, st: TrialState, s: Sentence, rec, hits, ev) -> bool:
        """Arms from a design sentence; returns whether arms were set."""
        text = s.norm
        names_trial = any(m.entity.category == "Trial" for m in rec.mentions)
        # (a study the sentence cites by its first author, with its study verb: the verb names its arms as a trial's
        # name would)
        names_study = names_trial or cites_tested_study(st, text, rec) or self._own_study_verb(st, text)
        assign = [h for h in hits if h[2] == "assign" or (h[2] == "assign_weak" and names_study and not (
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
        # (s46 groups) ("Chemotherapy with A and B versus C (X): a randomized study": the "with" inside the name of a
        # therapy is no design cue; the therapy it names is an arm too)
        inside = [(m.start, m.end) for m in rec.merged() if m.entity.category in THERAPY]
        assign = [h for h in assign if not any(lo < h[0] and h[1] <= hi and _GENERIC_HEAD.fullmatch(text, lo, h[0])
                                               for lo, hi in inside)]
        approvals = hits_of(hits, "approval")
        approved = [h for h in assign if h[2] == "assign_weak" and any(a[0] <= h[0] <= a[1] + 1 for a in approvals)]
        assign = [h for h in assign if h not in approved]
        chain = self._chained_arms(text, rec) if assign and ("±" in text or _CHAIN_WORDS.search(text)) else []
        if chain:
            self._set_arms(st, chain, ev, text)  # "A ± B ± C": A, A + B and A + B + C
            return True
        if nested_optional(text):
            # (s44 oarm) "A ± B with C or without C": the add-on each arm may take is no arm's distinction, and no one
            # regimen of the sentence is the trial's either; the trial evaluates "A ± B", which every arm gives
            st.candidate = None
            if assign:
                # (s44 osite) "A ± B with C or without C": when the second contrast adds a named therapy C, the arms
                # are "A ± B + C" and "A ± B"
                arms = self._nested_add_on_arms(text, rec)
                if arms:
                    self._set_arms(st, arms, ev, text)
                    return True
                self._shared_optional_regimen(st, text, rec, ev)
            return False
        # ("first-line A, second-line B (sequential treatment) or first-line A plus B": a strategy's arm is its first line)
        # ("FOLFIRI: irinotecan (dose); leucovorin (dose); 5-FU (dose) or CAPIRI: ...": the drugs after a named regimen's
        # colon spell it out, no arms of their own)
        given, spelled_spans = without_colon_spelled(text, self.therapies(text, rec), self.ctx)
        if spelled_spans:
            text = blanked(text, spelled_spans)
        therapies = without_later_lines(text, given)
        # ("Whether adding A to B improves outcomes is unclear": a background's open question names no arm of the trial)
        questions = [q.span() for q in _OPEN_QUESTION.finditer(text)]
        therapies = [t for t in therapies if not any(a <= t.start < b for a, b in questions)]
        generic: frozenset[str] = frozenset()  # the generic comparators the sentence names that are no arm (_set_arms)
        if (names_trial or st.trial.id in self.ctx.vocab.entities) and not any(_values(text)[:2]):
            # (h60 prec) "BEACON improved outcomes compared with chemotherapy": a named trial's result set against a
            # generic word is no report of its design, and the word no arm of it (one given values of its own,
            # "compared with chemotherapy (16.5 vs 8.2 months)", stays the arm that holds them); the therapy it is set
            # against stays an arm
            generic = frozenset(t.entity.id for t in therapies if _set_against_generic(text, t))
            if generic and _DESIGN_SAID.search(text):
                generic = frozenset()
        counted = _COUNTED_CLAUSE.search(text)
        if counted is not None and any(t.start < counted.start() for t in therapies):
            # ("randomized to A plus B or A alone; 152 were assigned to A plus B and 148 to A alone": the clause that
            # counts the arms names them again, no arms of its own)
            therapies = [t for t in therapies if t.start < counted.start()]
        cut = self._cited_clause(st, text)
        if cut is not None:
            # ("..., as compared to an ORR of 0% in a matched reference population treated with B": the therapy of an
            # outside or cited population is no arm of the trial)
            therapies = [t for t in therapies if t.start < cut]
        if approved:
            self._approved_regimen(text, [t for t in therapies if t.start >= approved[0][1]], ev)
        cited_end = re.search(r"\[\d+(?:[,–-]\s*\d+)*\]\s*\.?$", text)
        # ("Second, a phase II study was conducted in 100 patients to compare A with B alone[93].": a sentence that
        # introduces a study without a name cites that study, its arms are the study's)
        if not therapies or (cited_end and not names_trial and not _UNNAMED.search(text)):
            return False  # a cited background statement ("... improves OS [1].")
        if self._earlier_evidence(st, s, rec, names_trial):
            return False  # another trial's comparison: a planned one, or the earlier one a background recalls
        if [k for k in lone_letter_parts(text, self.drug_letters) if not any(m.text == k for m in rec.mentions)]:
            # "CT (FOLFIRI or FOLFOX4) plus B (arm A) or CT only (arm B)": arms that miss the drug B stands for (unless
            # the recogniser read B as its drug, builders/letter_drugs.py)
            return False
        if sequence_compared(text) and not first_lines(text, therapies):
            return False  # "Sequential versus combination chemotherapy with A, B and C": the drugs both strategies share
        if _LATER_LINES.search(text):
            return False  # "In subsequent lines, 40% of patients originally assigned to arm A received X": no arm of the trial
        strong = any(h[2] == "assign" for h in assign)
        if assign:
            therapies = with_untreated_controls(text, therapies)  # "randomised to A or observation"
        phases: list = []  # the later phases of arms that are treatment sequences ("arm A received A then B, ...")
        labelled = []
        switched = switched_at_progression(text, therapies, given)
        if switched is not None:
            # "initial A, followed by the addition of B at first progression (arm A) versus upfront A plus B (arm B)":
            # the phase a labelled arm switches to at progression makes the arm a sequence (no later line of its own)
            labelled = labelled_arms(text, switched, self.ctx, phases)
            if not phases:
                labelled = []
        if not labelled:
            phases = []
            labelled = labelled_arms(text, therapies, self.ctx, phases)
        if not phases:
            labelled = self._fuller_labelled(labelled, lambda: self._listed_arms(text, therapies, assign) or
                                             arms_from(text, therapies, self.ctx))
        if len(labelled) >= 2 and not assign and self._labels_named_again(st, labelled):
            # "9.0 months with FOLFOX or FOLFIRI plus B (arm A)": a results sentence names the trial's arms again (a
            # design sentence that names them more fully sets them anew)
            return True
        if len(labelled) >= 2:
            # (arms of one drug at its dose levels, "cetuximab 500 mg/m2 (arm A) or 250 mg/m2 (arm B)": each level
            # sets its arm apart, as the dose arms below do)
            self.doses.update({reg.id: reg.attr("dose") for _, (reg, _) in labelled if reg.attr("dose")})
            self._set_arms(st, [reg for _, reg in labelled], ev, generic=generic)
            self._note_roles(st, text, [reg for _, reg in labelled])  # "A (control group) or B (experimental group)"
            st.labels.update(self._arm_labels(st, labelled))
            self._phase_regimens(st, text, phases, ev)
            return True
        strategies = [arms_from(text, group, self.ctx) for group in first_lines(text, therapies)] if assign else []
        if len(strategies) >= 2 and all(len(arms) == 1 for arms in strategies):
            self._set_arms(st, [arms[0] for arms in strategies], ev, text, generic=generic)  # one arm per strategy: its first line
            self._later_line_regimens(st, text, rec, ev)
            return True
        listed = self._listed_arms(text, therapies, assign)
        if len(listed) >= 2:
            self._set_arms(st, listed, ev, generic=generic)
            self._note_roles(st, text, listed)  # "A (control group) or B (experimental group)"
            return True
        # (only for a trial with no arms yet, or with one that the list names: a later results sentence's list may name
        # an arm by other words)
        respective = _respective_arms(text, therapies, self.ctx) if len(st.arms) <= 1 else []
        if respective and st.arms and st.regimens.get(st.arms[0].id) is not None and \
                st.regimens[st.arms[0].id].id not in {as_regimen(self.ctx, r).id for r, _ in respective}:
            respective = []
        if respective:
            self._set_arms(st, respective, ev, generic=generic)  # "57 and 77 received A and B, respectively": one arm each
            return True
        groups = self._received_arms(text, therapies)
        if len(groups) >= 2:
            self._set_arms(st, groups, ev, generic=generic)  # each group's count is read with the sentence's numbers
            return True
        subjects = self._result_subjects(text, therapies) if names_trial or _CITATION.search(text) else []
        if len(subjects) >= 2 and not st.arms:
            self._set_arms(st, subjects, ev, generic=generic)  # each value is then read with the therapy its clause names
            return True
        # (a sentence naming the trial, or one assigning patients: "randomly assigned to receive A alone or combined with B")
        alone_or_with = _alone_or_combined_arms(text, therapies, self.ctx) if names_trial or strong else []
        if alone_or_with:
            self._set_arms(st, alone_or_with, ev, text, generic=generic)
            return True
        doses = self._dose_arms(text, therapies, bool(assign) or names_trial)
        if doses:
            self._set_arms(st, doses, ev, text, generic=generic)
            return True
        # the design cue: the first strong one ("randomly assigned to") with a therapy after it, else a weak one ("of")
        cue_end = min((h[1] for h in assign if h[2] == "assign" and any(t.start >= h[1] for t in therapies) and
                       not re.search(r"(?:received|receiving|treated with|given|to receive)\s*$", text[h[0]:h[1]], re.I) and
                       not _DESIGN_ADJECTIVE.match(text, h[1])),
                      default=None)
        if cue_end is None:
            cue_end = min((h[1] for h in assign if any(t.start >= h[1] for t in therapies)), default=None)
        on_shared = over_on_shared(text, therapies, self.ctx) if (names_trial or cue_end is not None) else None
        if on_shared is not None:
            self._set_arms(st, on_shared, ev, text, generic=generic)  # "the superiority of A over B when combined with C": A + C, B + C
            return True
        has_alt = any(_ALT_SEP.match(text[a.end:b.start]) or better_over(text, a, b) for a, b in zip(therapies, therapies[1:]))
        # "A showed better PFS (5.6 vs. 3.6 months) than did B": a comparison of two therapies with results
        contrast = _CONTRAST.search(text)
        # "in the ASPECCT study, panitumumab was noninferior to cetuximab": a named trial's comparison is its design
        verdict = contrast is not None and _VERDICT.match(contrast.group(0)) is not None
        compares = contrast is not None and (_metrics(hits) or names_trial and verdict) and \
            any(t.start < contrast.start() for t in therapies) and any(t.start >= contrast.end() for t in therapies)
        # "Median PFS for A vs B: 12.7 vs 9.3 months": two therapies set against each other, and the values likewise, in
        # a results sentence of a trial that has no arms yet
        set_against = not st.arms and bool(_metrics(hits)) and _VALUE_VS_VALUE.search(text) is not None and any(
            _THERAPY_VS.fullmatch(text[a.end:b.start]) for a, b in zip(therapies, therapies[1:]))
        if cue_end is None and not (has_alt and (names_trial or set_against)) and not compares:
            return False
        # (h58) a combination the recogniser read across the cue, "A was combined with B or C", is given after it too
        seq = [t for t in therapies if cue_end is None or t.start >= cue_end or
               t.start < cue_end < t.end and t.entity.attr("combination")]
        maintained = _maintenance_choice(text, seq, self.ctx)
        if maintained:
            self._set_arms(st, maintained, ev, text, generic=generic)
            return True
        if any(re.search(r"\b(?:followed by|then)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}$", text[a.end:b.start], re.I)
               and b.entity.id != a.entity.id for a, b in zip(seq, seq[1:])):
            phases = []
            strategies = sequence_alternatives(text, seq, self.ctx, phases)
            if strategies:
                # "randomly assigned to A followed by B, or C followed by D": one arm per sequence, its first phase
                self._set_arms(st, strategies, ev, text, generic=generic)
                self._phase_regimens(st, text, phases, ev)
                return True
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
                arms = side_arms(text, sides[0], self.ctx) + side_arms(text, sides[1], self.ctx)
        if len(arms) < 2 and comp is not None and seq is therapies and len(st.arms) < 2:
            arms = self._compared_sides(text, therapies, comp) or arms
        if len(arms) >= 2 and not _COMPARATIVE.search(text) and not names_trial and (
                re.search(r"\([^()]*\bor\b[^()]*\)", text) or len(re.findall(r"\bor\b", text)) >= 3 or
                (_WITH_OR_WITHOUT.search(text) and len(re.findall(r"\bor\b", text)) >= 2)):
            # "The four patients received toripalimab or sintilimab plus chemotherapy (FOLFOX or FOLFIRI) with or
            # without bevacizumab": each patient's choice among nested alternatives, not arms
            return False
        # (h58) "A plus B or C ...: the X trial": the one arm of a choice of backbones a sentence naming the trial gives
        chosen = len(arms) == 1 and arms[0][0].attr("choice") and names_trial and not st.arms
        if len(arms) < 2 and not (len(arms) == 1 and not st.arms and (cue_end is not None or chosen)):
            return False
        only = arms[0][0] if len(arms) == 1 and not arms[0][1] else None
        if only is not None and any(t.entity.id == only.id and _OPTIONAL_BEFORE.search(text, max(0, t.start - 40), t.start)
                                    for t in seq):
            # "randomly assigned to second-line therapy with the regimen they did not receive first, with or without
            # concomitant A": the add-on of an option whose backbone is no therapy read is no arm alone
            return False
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
            # ("bevacizumab added to chemotherapy (mFOLFOX6/bFOL/CapeOX)": the bracket spells out the class, no
            # therapy of its own)
            given = {c for t in without_bracketed_alternatives(text, _without_appositions(text, therapies))
                     if t.entity.category != "DrugClass"
                     for c in (self.ctx.combination_parts.get(t.entity.id) or (t.entity.id,))}
            parts = {c.id for c in arms[0][1]} | {arms[0][0].id} | set(self.ctx.combination_parts.get(arms[0][0].id, ())) | \
                set(self.ctx.vocab.regimen_components.get(arms[0][0].id, ()))
            parts |= {c for p in list(parts) for c in self.ctx.vocab.regimen_components.get(p, ())}
            if len(arms) != 1 or not given <= parts:
                return False
        self._set_arms(st, arms, ev, text, generic=generic)
        self._note_roles(st, text, arms)  # "A (control group) or B (experimental group)"
        return True

    def _chained_arms(self, text: str, rec) -> list:
        """The arms of a design of chained options, "A ± B ± C": A, A + B and A + B + C, each option adding to the
        one before (builders/trials_nested_optional.py, ``chained_optional``); [] when the sentence is not so."""
        single = sorted({(m.start, m.end): m for m in rec.mentions if m.entity.category in ("Drug", "Regimen") and
                         not m.entity.attr("combination")}.values(), key=lambda m: m.start)
        found = chained_optional(text, single)
        if found is None:
            return []
        a, b, c = found
        return [_regimen_of([a], self.ctx), _regimen_of([a, b], self.ctx), _regimen_of([a, b, c], self.ctx)]

    def _nested_add_on_arms(self, text: str, rec) -> list:
        """The two arms of a design that gives every arm a backbone with an optional add-on and adds a named therapy
        to one ("randomly assigned to A ± B with C or without C", "A (± B) versus A (± B) plus C"): "A ± B + C" and
        "A ± B", each a regimen whose name keeps the option (its components the backbone, the optional add-on and C),
        in the order the sentence names them; [] when the sentence does not give them so."""
        single = sorted({(m.start, m.end): m for m in rec.mentions if m.entity.category in ("Drug", "Regimen") and
                         not m.entity.attr("combination")}.values(), key=lambda m: m.start)
        found = added_contrast(text, single)
        if found is None:
            return []
        a, b, c, c_first = found
        base = f"{a.entity.name} ± {b.entity.name}"
        name = f"{base} + {c.entity.name}"
        backbone = (Entity(mint("regimen", base), "Regimen", base, (), (), (("choice", True),)), (a.entity, b.entity))
        added = (Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),)), (a.entity, b.entity, c.entity))
        return [added, backbone] if c_first else [backbone, added]

    def _shared_optional_regimen(self, st: TrialState, text: str, rec, ev) -> None:
        """The backbone with its optional add-on that every arm of a design gives ("randomly assigned to mFOLFOX6 ±
        bevacizumab with SIRT or without SIRT"): a choice regimen "mFOLFOX6 ± bevacizumab" the trial evaluates, no arm."""
        # (the single therapies as written: a prose reading may have joined the add-on to its backbone already)
        single = sorted({(m.start, m.end): m for m in rec.mentions if m.entity.category in ("Drug", "Regimen") and
                         not m.entity.attr("combination")}.values(), key=lambda m: m.start)
        pair = shared_optional(text, single)
        if pair is None:
            return
        a, b = pair
        name = f"{a.entity.name} ± {b.entity.name}"
        regimen = Entity(mint("regimen", name), "Regimen", name, (), (), (("choice", True),))
        for c in (a.entity, b.entity):
            self.out.fact(regimen, "has_component", c, ev)
        self.out.fact(st.trial, "evaluates", regimen, ev)

    def _phase_regimens(self, st: TrialState, text: str, phases: list, ev) -> None:
        """The regimens of the later phases of arms that are treatment sequences ("arm A received A then B"): regimens
        the trial evaluates, as a strategy's later lines are (:meth:`_later_line_regimens`), no arms of their own."""
        self._evaluated_regimens(st, text, [group for group in phases if group], ev)

    def _later_line_regimens(self, st: TrialState, text: str, rec, ev) -> None:
        """The regimens a strategy gives as its later lines ("second-line irinotecan, and third-line capecitabine plus
        oxaliplatin"): regimens the trial evaluates, no arms of their own (the graph has no place for an arm's later
        lines)."""
        self._evaluated_regimens(st, text, later_lines(text, self.therapies(text, rec)), ev)

    def _evaluated_regimens(self, st: TrialState, text: str, groups, ev) -> None:
        """Each group of therapies that reads as one regimen is a regimen the trial evaluates, with its components;
        no arm of its own."""
        for group in groups:
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
            if _SCHEDULED_ALTERNATIVE.fullmatch(gap):
                continue  # "regorafenib 160 mg daily or regorafenib 120 mg daily": one schedule, two levels
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

    def _set_arms(self, st: TrialState, regimens: list, ev, text: str = "", generic: frozenset[str] = frozenset()) -> None:
        if generic:
            regimens = [(reg, comps) for reg, comps in regimens if reg.id not in generic]
            if not regimens:
                return
        known = {st.regimens[a.id].id: a for a in st.arms if a.id in st.regimens}
        if st.arms and len(regimens) <= len(st.arms) and all(r.id in known for r, _ in regimens):
            return  # the same arms again ("the combination arm and the control arm")
        if st.arms and len(regimens) <= len(st.arms) and self._same_arms(st, regimens):
            return  # the arms again, named by what sets them apart ("the cetuximab group vs the bevacizumab group")
        if not st.arms and len(regimens) == 1:
            regimens = [self._own_regimen_for(st, *regimens[0])]
        st.arms = []
        st.control = None
        for reg, comps in self._dosed_regimens(regimens)[:6]:
            self._append_arm(st, reg, comps, ev, dose_level=True)
        st.optional = _OPTIONAL_DESIGN.search(text) is not None and self._add_on_pair(st)
        st.control_first = False

    def _add_on_pair(self, st: TrialState) -> bool:
        """Whether one arm's drugs are a strict part of another's ("A + B" beside "A"; not "A or B, both with or
        without C")."""
        drugs = [self._arm_drugs(st, a) for a in st.arms]
        return any(x and x < y for x in drugs for y in drugs)

    def _arm_drugs(self, st: TrialState, arm: Entity, split_combinations: bool = True) -> set[str]:
        """The drugs of an arm, a named regimen among its parts taken apart ("bevacizumab + CAPOX" -> bevacizumab,
        capecitabine, oxaliplatin), and a combination the document read among its parts too unless
        ``split_combinations`` is false."""
        ctx = self.ctx
        split = ctx.combination_parts if split_combinations else {}
        return {d for c in self._components(st, arm) for p in (split.get(c) or (c,))
                for d in (ctx.vocab.regimen_components.get(p) or (p,))}

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

    def _labels_named_again(self, st: TrialState, labelled: list) -> bool:
        """Whether a sentence's labelled regimens are the trial's arms named again, each label then bound to its arm.
        A label the design gave is that arm when its regimen shares a drug with the arm or names chemotherapy of the
        arm's class ("FOLFOX or FOLFIRI plus bevacizumab (arm A)" for the design's "bevacizumab plus doublet
        chemotherapy (arm A)"): the words of a results sentence may name the arm by what its patients were given. A
        label the design did not give finds its arm by the arm's own regimen, else by that class alone (``_label_arm``)."""
        if not st.arms or len({label for label, _ in labelled}) != len(labelled):
            return False
        drugs = self.ctx.vocab.regimen_components
        parts = getattr(self.ctx, "combination_parts", {})
        found = {}
        for label, (reg, comps) in labelled:
            arm = st.labels.get(label)
            if arm is None or arm not in st.arms:
                arm = self._label_arm(st, reg, comps)
                if arm is None:
                    return False
            elif not (st.regimens.get(arm.id) is not None and st.regimens[arm.id].id == as_regimen(self.ctx, reg).id):
                given = {c.id for c in comps} | {reg.id}
                for _ in range(2):  # a combination among the parts taken apart, then a named regimen's drugs
                    given |= {d for i in list(given) for d in (*parts.get(i, ()), *drugs.get(i, ()))}
                own = self._arm_drugs(st, arm) | self._components(st, arm)
                if not (given - set(_NOT_ARMS)) & own and not self._class_stands_for(st, arm, tuple(comps) or (reg,)):
                    return False
            found[label] = arm
        if len({a.id for a in found.values()}) != len(found):
            return False  # (two labels on one arm are no arms told apart)
        st.labels.update(found)
        return True

    def _label_arm(self, st: TrialState, reg: Entity, comps) -> Entity | None:
        """The one arm a labelled regimen of a results sentence names when the design gave the label to no arm: the
        arm of that regimen, else the one arm whose chemotherapy class the regimen's chemotherapy belongs to (with the
        arm's other drugs)."""
        rid = as_regimen(self.ctx, reg).id
        exact = [a for a in st.arms if st.regimens.get(a.id) is not None and st.regimens[a.id].id == rid]
        holders = exact or [a for a in st.arms if self._class_stands_for(st, a, tuple(comps) or (reg,))]
        return holders[0] if len(holders) == 1 else None

    def _results_labels(self, st: TrialState, text: str, rec) -> None:
        """The labels a results sentence that the design reading passed by gives the trial's arms ("9.0 months with
        FOLFOX or FOLFIRI plus bevacizumab (arm A) vs 10.6 months with FOLFOXIRI-B (arm B)" after a design of
        "bevacizumab and doublet chemotherapy" or FOLFOXIRI-B), bound as ``_labels_named_again`` binds them; the
        values of the sentence then go to the arms of their labels."""
        labelled = labelled_arms(text, self.therapies(text, rec), self.ctx)
        if len(labelled) >= 2:
            self._labels_named_again(st, labelled)

    def _class_stands_for(self, st: TrialState, arm: Entity, comps) -> bool:
        """Whether the arm names its chemotherapy by the class ("doublet chemotherapy") and every therapy ``comps``
        is cytotoxic chemotherapy (FOLFOX, FOLFIRI) or a drug of the arm."""
        own = self._components(st, arm)
        classes = [c for c in own if (self.ctx.vocab.entities.get(c) is not None and
                                      _is_chemotherapy(self.ctx.vocab.entities[c]))]
        if not classes:
            return False
        split = getattr(self.ctx, "combination_parts", {})
        vocab = self.ctx.vocab
        # (a choice's alternatives, "bevacizumab + FOLFOX or bevacizumab + FOLFIRI", each taken apart)
        leaves = [vocab.entities.get(p) or Entity(p, "Drug", p) for c in comps
                  for p in (split.get(c.id) or self._named_parts(c.id, c.name) or (c.id,))]
        return all(c.id in own or _cytotoxic_only(c, split, vocab) for c in leaves) and \
            any(c.id not in own for c in leaves)

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
        # an arm given a choice of backbones ("cetuximab + FOLFOX or cetuximab + CAPOX") by the drugs of its
        # alternatives, the named backbones among them kept aside for a regimen named by itself ("FOLFOX")
        extra: dict[str, set[str]] = {}
        for a in st.arms:
            alternatives = self._choice_alternatives(st, a)
            if alternatives:
                arms[a.id] = self._spelled_drugs(st, a) | self._choice_shared(st, a)
                extra[a.id] = {p for _, parts in alternatives for p in parts}
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
            holders = same or [a for a, c in arms.items() if parts <= c | extra.get(a, set()) and a not in used]
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
        stated = _END_POINTS_STATED.search(s.norm)
        if stated is not None:
            therapies = [t for t in therapies if t.start < stated.start()]
        names_trial = any(m.entity.id == st.trial.id for m in rec.mentions if m.entity.category == "Trial")
        if not names_trial and _HEDGED_CLAIM.search(s.norm):
            return  # "Dose-intense chemotherapy may improve efficacy": a background hope, no therapy the trial gave
        if not st.arms and _DOSE_CHANGED.search(s.norm):
            return  # "A dose was reduced to 2400 mg/m2 after ...": one drug of the arm, its dose changed
        own = self.main_trial is not None and st.trial.id == self.main_trial.id
        introduced_later = own and s.index < self.main_from[0] and self.main_regimen is not None and \
            self.main_regimen.category != "DrugClass"
        if st.arms:
            weak = len(st.arms) == 1 and st.regimens.get(st.arms[0].id) is not None and \
                self.ctx.vocab.entities.get(st.regimens[st.arms[0].id].attr("monotherapy") or "", Entity("x", "Drug", "x")
                                            ).category == "DrugClass"
            given = {t.entity.id for t in therapies if t.entity.category != "DrugClass"}
            # (the sentence that introduces the report's own unnamed trial names it too: "In a phase II study published
            # in a journal, A ..." over the title's "mAb Combo")
            introduces = own and s.index == self.main_from[0]
            if not (weak and (names_trial or introduces) and len(given) == 1):
                return
            st.arms = []
        distinct = {t.entity.id: t for t in therapies if (t.entity.category != "DrugClass" or len(therapies) == 1) and
                    (names_trial or not re.search(r"-(?:containing|based)\b", t.entity.name))}
        if len(distinct) == 1:
            reg = next(iter(distinct.values())).entity
            if reg.id in ("crc:regimen_placebo", "crc:regimen_best_supportive_care"):
                return
            if reg.category == "DrugClass" and introduced_later:
                return  # a title's "mAb Combo" above the sentence that introduces the trial of its named drug
            self._set_arms(st, [(reg, ())], ev)

    # -- which arm a value belongs to ----------------------------------------------------------
    def arm_refs(self, st: TrialState, text: str, rec, lo: int = 0, hi: int | None = None) -> list[tuple[int, Entity]]:
        """Arms a stretch of the sentence refers to, by position: labels, drug groups, control groups."""
        hi = len(text) if hi is None else hi
        refs: list[tuple[int, Entity]] = []
        for at, label in self._labels_written(text, lo, hi):
            if label in st.labels:
                refs.append((at, st.labels[label]))
        groups = getattr(self, "group_names", {}).get(st.trial.id)
        if groups:
            # "the A continuation group": a group the report's own study named where it compared them
            refs.extend((lo + at, groups[name]) for at, name in group_refs(text[lo:hi], groups))
        for m in _LABEL_LIST.finditer(text, lo, hi):
            # "in arm B vs A", "in arms B and A": the bare letters after the first label name arms too
            if m.group(0)[3:4] in "sS" and m.group(1).upper() in st.labels:
                # (s44 oarm) "for arms B and A, respectively": the first letter after the plural, which the one-arm
                # label pattern ("arm B") does not take, names the first arm
                refs.append((m.start(1), st.labels[m.group(1).upper()]))
            for k in _LABEL_LIST_ITEM.finditer(m.group(0), m.end(1) - m.start()):
                label = k.group(1).upper()
                if label in st.labels:
                    refs.append((m.start() + k.start(1), st.labels[label]))
        for m in _COMBO_GROUP.finditer(text, lo, hi):
            combos = [a for a in st.arms if len(self._components(st, a)) > 1]
            if len(combos) == 1:
                refs.append((m.start(), combos[0]))
        for pattern, one in ((_MONO_GROUP, True), (_COMBO_BARE, False)):
            fits = None  # (the arms' parts looked at only when the sentence names such a group)
            for m in pattern.finditer(text, lo, hi):
                if fits is None:
                    fits = [a for a in st.arms if (len(self._components(st, a)) == 1) == one and
                            st.regimens.get(a.id, a).id not in _NOT_ARMS]
                if len(fits) == 1 and len(st.arms) >= 2:
                    refs.append((m.start(), fits[0]))  # "for monotherapy": the one arm of one drug
        for m in _SIZED_GROUP.finditer(text[:hi]):
            if m.start() < lo:
                continue
            size = 3 if m.group(1).lower() == "triplet" else 2
            fits = [a for a in st.arms if len(self._components(st, a)) == size]
            if len(fits) == 2 and len(st.arms) > 2 and fits[1] is st.arms[-1] and _VERSUS_CONTROL.search(text):
                fits = fits[:1]  # "0.60 for the doublet versus the control treatment": the control is no doublet
            if len(fits) == 1:
                refs.append((m.start(), fits[0]))  # "the triplet therapy": the one arm of three drugs
        for m in _CONTROL_GROUP.finditer(text, lo, hi):
            ctrl = self._control_arm(st) if len(st.arms) > 1 else None
            if ctrl is not None and len(st.arms) > 2 and any(self._backbone_alternatives(st, a, b)
                                                             for a, b in zip(st.arms, st.arms[1:])):
                # "A or B plus C (control group)": a group given either backbone is two arms, the control group no one
                # of them (nor surely the arm listed last)
                ctrl = None
            if ctrl is not None:
                refs.append((m.start(), ctrl))
        if len(st.arms) == 2:
            # (s46 groups) "in the experimental arm": the one arm of a two-arm trial that is not its control
            tested = [a for a in st.arms if not self._is_control(st, a)]
            if len(tested) == 1:
                refs.extend((m.start(), tested[0]) for m in experimental_groups(text, lo, hi))
        # (arms of one therapy told apart by a dosing strategy or schedule, named by it: "Dose escalation ... compared
        # with standard dosing")
        strategies = [(st.regimens[a.id].attr("schedule"), a) for a in st.arms if a.id in st.regimens
                      and st.regimens[a.id].attr("schedule") and st.regimens[a.id].id not in self.doses]
        if len({s for s, _ in strategies}) == len(strategies) >= 2:
            refs.extend(strategy_refs(text, lo, hi, dict(strategies)))
        doses = {self.doses[st.regimens[a.id].id]: a for a in st.arms if a.id in st.regimens and st.regimens[a.id].id in self.doses}
        if doses:
            for m in _DOSE.finditer(text, lo, hi):
                if _dose_key(m) in doses:
                    refs.append((m.start(), doses[_dose_key(m)]))
        whole = self.whole_named_groups(st, text, rec)
        for t in self._unmerged(text, rec):
            if t.entity.category not in THERAPY or not (lo <= t.start < hi):
                continue
            arm = self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25], whole)
            if arm is not None and not any(abs(p - t.start) < 3 for p, _ in refs):
                refs.append((t.start, arm))
        refs.sort(key=lambda r: r[0])
        return refs

    def _labels_written(self, text: str, lo: int, hi: int) -> tuple[tuple[int, str], ...]:
        """The arm labels ``text[lo:hi]`` writes ("arm B", "cohort 2", "18.0 m (A)"), each as its position and the
        label in capitals: found once per stretch of a sentence (arm_refs looks at one stretch for each trial and pair
        of arms, as the comparisons of every two-arm trial are looked for, builders/trials_tested_arm.py)."""
        found = self.__dict__.setdefault("_labels_written_cache", {})
        key = (text, lo, hi)
        labels = found.get(key)
        if labels is None:
            labels = found[key] = tuple((m.start(), (m.group(1) or m.group(2) or m.group(3) or m.group(4)).upper())
                                        for m in _ARM_LABEL.finditer(text, lo, hi))
        return labels

    @staticmethod
    def _note_roles(st: TrialState, text: str, read: list) -> None:
        """The arm a two-arm design names its control in a bracket of its own, "A (control group) or B (experimental
        group)": of the two regimens the sentence read in its order (``read``), the one whose bracket comes first or
        second, kept as the trial's arm of that regimen, and the arms put in that order (only when the sentence gives
        both roles so, one each, to the trial's two arms)."""
        control = [m.start() for m in _CONTROL_ROLE_BRACKET.finditer(text)]
        tested = [m.start() for m in _TESTED_ROLE_BRACKET.finditer(text)]
        if len(st.arms) != 2 or len(read) != 2 or len(control) != 1 or len(tested) != 1:
            return
        order = [[a for a in st.arms if st.regimens.get(a.id, a).id == r.id] for r, _ in read]
        if any(len(x) != 1 for x in order) or order[0][0] is order[1][0]:
            return
        # (the arms in the order this sentence gives them, which the results that follow name them in)
        st.arms = [order[0][0], order[1][0]]
        st.compared = list(st.arms)  # (the latest order the arms were named in, which an earlier one gives way to)
        st.control = st.arms[0] if control[0] < tested[0] else st.arms[1]

    def _control_arm(self, st: TrialState) -> Entity:
        """The arm a "control group" names: the one the design called so ("A (control group) or B (experimental
        group)"), else the one control arm (placebo, the standard of care), else in a two-arm
        trial of an add-on the arm whose therapy is all in the other arm ("A alone or in combination with B": A), else
        the arm listed last."""
        if st.control is not None and any(a.id == st.control.id for a in st.arms):
            return st.control
        controls = [a for a in st.arms if self._is_control(st, a)]
        if len(controls) == 1:
            return controls[0]
        if len(st.arms) == 2:
            one, other = (self._components(st, a) for a in st.arms)
            if one and other and one < other:
                return st.arms[0]
            if one and other and other < one:
                return st.arms[1]
        return st.arms[-1]

    def _is_control(self, st: TrialState, arm: Entity) -> bool:
        """Whether the arm is the comparison's control: placebo, best supportive care, observation or the standard of
        care (alone or together)."""
        controls = _NOT_ARMS | {_STANDARD_OF_CARE, OBSERVATION.id}
        if st.regimens.get(arm.id, arm).id in controls:
            return True
        parts = self._components(st, arm)
        return bool(parts) and parts <= controls

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
        (MRTX849) is another covalent KRAS G12C inhibitor that achieves ...") or said to have given the values
        ("Cetuximab gave an ORR of 0% in KRAS-mutant tumours"): its values are that drug's."""
        named = [t for t in rec.merged() if t.entity.category in ("Drug", "Regimen")]
        if not named or text[:named[0].start].strip() or any(m.entity.category == "Trial" for m in rec.mentions):
            return False
        if not _SAID_ANOTHER.match(text, named[0].end) and not _GAVE.match(text, named[0].end):
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

    def _named_parts(self, regimen_id: str, name: str | None = None) -> tuple:
        """The therapies a combination minted in this document is named by ("bevacizumab + FOLFOX"), read from its
        name (``name``, else the name it was recorded with); () when it has no "+" name."""
        entity = self.out.entities.get(regimen_id)
        name = name or (entity.name if entity is not None else "")
        if " + " not in name:
            return ()
        found = []
        for name in name.split(" + "):
            named = [t.entity.id for t in self.ctx.find(name).merged() if t.entity.category in THERAPY]
            if len(named) != 1:
                return ()
            found += named
        return tuple(found)

    def _choice_alternatives(self, st: TrialState, arm: Entity) -> list[tuple[str, tuple]] | None:
        """Each alternative of an arm that offers a choice of backbones with its parts ("bevacizumab + FOLFOX or
        bevacizumab + FOLFIRI": (bevacizumab + FOLFOX, (bevacizumab, FOLFOX)), ...); None for any other arm. An
        alternative whose parts are not known has ()."""
        reg = st.regimens.get(arm.id)
        if reg is None or not reg.attr("choice") or " or " not in reg.name:
            return None
        return [(c, tuple(self.ctx.combination_parts.get(c) or self._has_component(c) or self._named_parts(c)))
                for c in self._components(st, arm)]

    def _choice_shared(self, st: TrialState, arm: Entity) -> set[str]:
        """The therapies every alternative of an arm that offers a choice of backbones is given with ("bevacizumab +
        FOLFOX or bevacizumab + FOLFIRI": bevacizumab); empty for any other arm."""
        parts = [set(p) for _, p in self._choice_alternatives(st, arm) or ()]
        return set.intersection(*parts) if len(parts) >= 2 and all(parts) else set()

    def whole_named_groups(self, st: TrialState, text: str, rec) -> frozenset[str]:
        """The combination arms the sentence names whole as a group ("the A plus B group", "the combination arm"): a
        group the sentence names by one part of such an arm ("... and 3.6 months in the B group") is another group,
        never that arm (see _arm_for_therapy)."""
        if not st.arms or not _GROUP_WORD.search(text):
            return frozenset()
        key = (st.trial.id, tuple(a.id for a in st.arms), text)
        cached = self.__dict__.get("_whole_groups")
        if cached is not None and cached[0] == key:
            return cached[1]  # (asked at every arm reference of one sentence)
        named = set()
        if _COMBO_GROUP.search(text):  # ("the combination arm": the one arm of more than one drug)
            combos = [a for a in st.arms if len(self._components(st, a)) > 1]
            if len(combos) == 1:
                named.add(combos[0].id)
        for t in self._unmerged(text, rec):
            if t.entity.category not in THERAPY or not _NAMED_GROUP_AFTER.match(text, t.end):
                continue
            parts = set(self.ctx.combination_parts.get(t.entity.id, ())) or set(self._has_component(t.entity.id))
            if len(parts) < 2:
                continue
            arm = self._arm_for_therapy(st, t.entity, text[t.end:t.end + 25])
            if arm is not None and len(self._components(st, arm) - set(_NOT_ARMS)) > 1:
                named.add(arm.id)
        self._whole_groups = (key, frozenset(named))
        return self._whole_groups[1]

    def _add_on_holder(self, st: TrialState, drug: str) -> Entity | None:
        """The add-on arm of a design read after an arm of ``drug`` alone: the one arm of the design holding the drug,
        when another arm of the design is all that arm's other therapies ("11.2 months with continued A, compared with
        9.8 months with chemotherapy alone": A + chemotherapy, once the design's arms are A + chemotherapy and
        chemotherapy); None otherwise."""
        holders = [a for a in st.arms if drug in self._components(st, a)]
        if len(holders) != 1:
            return None
        rest = self._components(st, holders[0]) - {drug}
        return holders[0] if rest and any(self._components(st, a) == rest for a in st.arms) else None

    def _arm_for_therapy(self, st: TrialState, therapy: Entity, after: str,
                         whole: frozenset[str] = frozenset()) -> Entity | None:
        """The arm a therapy mention stands for: the arm of exactly that regimen, else the only arm
        containing it, else (for "X alone"/"X monotherapy") the arm with X only. A group named by one part of a
        combination arm the sentence also names whole as a group (``whole``: "... in the A plus B group; ... in the B
        group") is no arm known here: the part's own group, never the combination's."""
        for arm in st.arms + [a for a in st.every if a not in st.arms]:
            reg = st.regimens.get(arm.id)
            if reg is not None and (reg.id == therapy.id or reg.attr("monotherapy") == therapy.id):
                if arm not in st.arms:
                    # (s44 oaudit) an arm read before the design ("A prolonged survival vs placebo") is the design's
                    # arm of A with supportive care or placebo only ("A or placebo, both with best supportive care")
                    supported = supported_arm(st.arms, {therapy.id, reg.id, reg.attr("monotherapy")},
                                              lambda a: self._components(st, a), _NOT_ARMS)
                    if supported is not None:
                        return supported
                    added = self._add_on_holder(st, reg.attr("monotherapy") or therapy.id)
                    if added is not None:
                        return added
                if reg.id != therapy.id and self._factor_level(st, therapy):
                    return None
                return arm
        if self._factor_level(st, therapy):
            return None
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
        alone = _ALONE_AFTER.match(after)
        if alone and _is_chemotherapy(therapy) and len(st.arms) >= 2:
            # "the chemotherapy-alone arm": the one arm that is the backbone every arm shares, and nothing more
            spelled = {a.id: self._spelled_drugs(st, a) for a in st.arms}
            backbone = set.intersection(*spelled.values())
            bare = [a for a in st.arms if backbone and spelled[a.id] == backbone]
            return bare[0] if len(bare) == 1 else None
        holders = [a for a in st.arms if therapy.id in self._components(st, a) | self._choice_shared(st, a)]
        if alone:
            singles = [a for a in holders if len(self._components(st, a) - set(_NOT_ARMS)) == 1]
            if not singles and len(holders) >= 2:
                # "the bevacizumab-only group" of arms "bevacizumab + FOLFOX" and "bevacizumab + panitumumab + FOLFOX":
                # the arm that gives the drug with nothing but the chemotherapy backbone every holder shares
                return self._alone_on_backbone(st, therapy, holders)
            return singles[0] if len(singles) == 1 else None
        if len(holders) == 1:
            if holders[0].id in whole and _NAMED_GROUP_AFTER.match(after) and \
                    (set(self.ctx.combination_parts.get(therapy.id, ())) or {therapy.id}) < self._components(st, holders[0]):
                return None  # "3.6 months in the B group" beside "the A plus B group": B's own group
            return holders[0]
        if therapy.category == "Regimen" and therapy.attr("combination"):
            # "the encorafenib plus cetuximab arm" when the arm also has chemotherapy
            parts = set(self._has_component(therapy.id))
            fits = [a for a in st.arms if parts and parts <= self._components(st, a)]
            if not fits and len(st.arms) >= 2:
                # "the group that got chemotherapy plus A": the bare class "chemotherapy" stands for the backbone the
                # arms share, so the combination is the one arm that adds the other parts to that backbone
                vocab = self.ctx.vocab.entities
                rest = {p for p in parts if not (p in vocab and _is_chemotherapy(vocab[p]))}
                spelled = {a.id: self._spelled_drugs(st, a) for a in st.arms}
                backbone = set.intersection(*spelled.values())
                if rest and len(rest) < len(parts) and backbone:
                    fits = [a for a in st.arms if rest <= self._components(st, a) | self._choice_shared(st, a) and
                            spelled[a.id] > backbone]
            return fits[0] if len(fits) == 1 else None
        return None

    def _alone_on_backbone(self, st: TrialState, therapy: Entity, holders: list[Entity]) -> Entity | None:
        """The one arm among ``holders`` (the arms that give ``therapy``) whose other parts are only a chemotherapy
        backbone (a named regimen, or chemotherapy) and are held by every other holder too; None otherwise.

        A piece of knowledge: in a trial whose arms all give the drug on a chemotherapy backbone, "the drug-only group"
        is the arm that adds nothing else to that backbone."""
        vocab = self.ctx.vocab.entities
        comps = {a.id: self._components(st, a) - set(_NOT_ARMS) for a in holders}
        least = min(len(c) for c in comps.values())
        bare = [a for a in holders if len(comps[a.id]) == least]
        if len(bare) != 1:
            return None
        rest = comps[bare[0].id] - {therapy.id}
        if not rest or not all(p in vocab and (_is_chemotherapy(vocab[p]) or vocab[p].category == "Regimen" and
                                              vocab[p].attr("named") and not vocab[p].attr("combination")) for p in rest):
            return None
        return bare[0] if all(comps[bare[0].id] < comps[a.id] for a in holders if a is not bare[0]) else None

    def _factor_level(self, st: TrialState, therapy: Entity) -> bool:
        """Whether ``therapy`` is one level of a factor of a factorial design rather than one arm: held by two arms or
        more while another arm holds none of it ("FOLFIRI + celecoxib", "FOLFIRI + placebo", "CAPIRI + celecoxib",
        "CAPIRI + placebo": "9.6 months with FOLFIRI" is the pooled FOLFIRI level, the value of no one arm, never that of
        "FOLFIRI + placebo" because placebo adds no drug). Four arms at least, the other factor's levels given with
        either level of this one."""
        if len(st.arms) < 4:
            return False
        holders = [a for a in st.arms if therapy.id in self._components(st, a)]
        others = [self._components(st, a) for a in st.arms if a not in holders]
        if len(holders) < 2 or len(others) < 2:
            return False
        # (the other factor crossed with this one: each holder's other parts given with another level too,
        # "FOLFIRI + celecoxib" beside "CAPIRI + celecoxib"; never "A + B", "A", "C" of a three-arm trial)
        rests = [self._components(st, a) - {therapy.id} for a in holders]
        return len({frozenset(r) for r in rests}) == len(rests) and \
            all(r and any(r <= o for o in others) for r in rests)

    def _spelled_drugs(self, st: TrialState, arm: Entity) -> set[str]:
        """The drugs an arm gives, its named regimens spelled out ("FOLFOX4" as fluorouracil, leucovorin, oxaliplatin)."""
        drugs = self.ctx.vocab.regimen_components
        # (an arm given a choice of backbones, "cetuximab + FOLFOX or cetuximab + CAPOX": each alternative's parts)
        parts = {p for i in self._components(st, arm) - set(_NOT_ARMS)
                 for p in ((self.ctx.combination_parts.get(i) or (i,)) if self._choice_alternatives(st, arm) else (i,))}
        return {d for i in parts - set(_NOT_ARMS) for d in (drugs.get(i) or (i,))}

    def _design_pair(self, st: TrialState, drug: Entity) -> tuple[Entity, Entity] | None:
        """The study's two arms as (with the drug, without it), when its design gave two arms and the drug is
        in exactly one of them."""
        if len(st.arms) != 2:
            return None
        holds = [drug.id in self._components(st, a) for a in st.arms]
        if holds.count(True) != 1:
            return None
        return (st.arms[0], st.arms[1]) if holds[0] else (st.arms[1], st.arms[0])


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_EARLIER_GIVEN_BEFORE, _NOT_TRIAL_THERAPY, _RECEIVED_CLAUSE, _CONTRAST, _COMBO_GROUP, _PRIOR_INCLUDING,
 _CONTROL_GROUP, _MONO_GROUP, _OPEN_QUESTION, _LATER_LINES, _COMBO_BARE, _WITHOUT_PRIOR_BEFORE, _ELIGIBLE_FOR,
 _COHORT_HISTORY, _TO_RECEIVE_BEFORE) = map(prefiltered, (
    _EARLIER_GIVEN_BEFORE, _NOT_TRIAL_THERAPY, _RECEIVED_CLAUSE, _CONTRAST, _COMBO_GROUP, _PRIOR_INCLUDING,
    _CONTROL_GROUP, _MONO_GROUP, _OPEN_QUESTION, _LATER_LINES, _COMBO_BARE, _WITHOUT_PRIOR_BEFORE, _ELIGIBLE_FOR,
    _COHORT_HISTORY,
    _TO_RECEIVE_BEFORE))
