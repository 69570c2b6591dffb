"""Which trial a sentence speaks of, read for the trial reader (builders/trials_text.py).

A report's own study (its registry id, its first author and year, the present cohort study; ``_own_study``,
``_main``, ``_present_study``), the trial a short report introduces without a name and its regimen
(``_introduced_trial``), the trial in focus from one sentence to the next (``_state``, ``_update_focus``), a study
introduced without a name or after its regimen (``_unnamed_study``, ``_study_after_regimen``), a study cited by its
author ("et al.", a citation marker; ``_cited_study``, ``_citations_ahead``, ``_cited_back``), lists of trials with
their phase or their regimens (``_listed_phase``, ``_paired_trials``), trials known by their registry numbers
after the therapy they test (``_registered_trials``).

:class:`TrialFocus` is a part of the trial reader (``builders.trials_text._Reader``), not used alone. It relies on
the reader's ``doc``, ``ctx``, ``out``, ``short``, ``states``, ``focus``, ``report``, ``main_trial``,
``main_regimen``, ``titled_trial``, ``main_from``, ``byline``, ``byline_line``, ``author_years``, ``cite_ahead``,
``unnamed_regimens``, ``first_unnamed``, ``after_regimen``, ``arms_ahead``, ``new_focus``, ``_cited_trials``, ``_review_header`` and
``_unnamed_prefix`` (set by its ``__init__``), on its ``recognize``, and on the design's ``therapies``, ``arm_refs``,
``_set_arms`` and ``_unmerged`` (builders.trials_design).
"""
from __future__ import annotations

import re
from functools import cached_property

from builders.context import as_regimen, author_trial, line_of, phase_of, trial_entity, unnamed_trial
from builders.document import EOL, LINE_END, Sentence, has_line_end
from builders import references, trials_cited, trials_own, trials_own_cohort, trials_pooled_named, trials_registered, trials_registry, \
    trials_series_given
from builders.lazy_patterns import lazy_compile
from builders.pattern_mentions import joined_runs
from builders.recognize import Mention
from builders.design_words import ASSIGN_VERB, RANDOMISED_VERB
from builders.trials_arms import _GAP_NOISE, _JOIN_SEP, _PLACEBO, _JOINED, _regimen_of, _added_apart, _parts_named
from builders.trials_values import _NUM, _DOSE, TrialState, hits_of, _values
from builders.trials_nested_optional import nested_optional
from builders.prefilter import prefiltered
from builders.prior_treatments import prior_treatment
from builders.cohort_shares import given_to_share
from builders.trials_own_sample import own_sample
from kg.model import Entity
from kg.groups import THERAPY


NEAR = 3          # sentences a trial stays in focus without being named again (long documents)
# "previously treated mCRC", "previously untreated patients": a population's earlier therapy, not a cited study
_TREATED_BEFORE = lazy_compile(r"previously\s+(?:un)?treated\b(?!\s+(?:with|by|in)\b)", re.I)
# the patients a sentence counts or describes, then what they had been given before ("120 patients with mCRC previously
# treated with A", "patients previously exposed to A"): their history, no earlier study
_PATIENTS_BEFORE = lazy_compile(r"\b(?:patients|participants|pts|subjects)\b[^.;:()]{0,60}$", re.I)
_HISTORY_AFTER = lazy_compile(r"previously\s+(?:(?:un)?treated|pre-?treated|received|exposed|given)\b", re.I)


# a value of the sentence's own, then words that set an outside value beside it, up to "historical" at the end
_OWN_VALUE_THEN_BENCHMARK = lazy_compile(r"\d\s*(?:%|months?|mo\b|weeks?)[^;]*?(?:,\s*which\b|\bthan\b|\bcompared\s+(?:with|to)\b|"
                                         r"\bversus\b|\bvs\b\.?|\bover\b|\bagainst\b|\bfrom\b|\bexceed\w*\b|\bsurpass\w*\b)"
                                         r"[^;%]{0,60}$", re.I)
_HISTORICAL = lazy_compile(r"historical\b", re.I)


# the words between a drug and the trial it names ("the Copanlisib NCI-MATCH trial", "the cetuximab-based X study")
_DRUG_TRIAL_JOIN = lazy_compile(r"\s*(?:-\s*)?(?:(?:arm|cohort|subprotocol|sub-study|based|containing)\s+(?:of\s+(?:the\s+)?)?)?$", re.I)


# the design words after a drug that make it the name of a study ("Taselisib phase II basket study", "A single-arm trial")
_NAMED_BY_DRUG = lazy_compile(r"(?:-based|-containing)?\s+(?:(?:phase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3]))?|(?!(?:arms?|groups?|cohorts?|of|in|with|and|or|plus|versus|vs|the|this|that|was|were|is|are)\b)[\w\-/]+)\s+){0,4}?"
                              r"(?:study|trial)\b", re.I)


# "the" right before a drug that names a study by it ("the Copanlisib NCI-MATCH trial", "the Taselisib basket study")
_THE_BEFORE = lazy_compile(r"\bthe\s+$", re.I)


def drug_named_with_trial(text: str, trial_start: int, therapies) -> Entity | None:
    """The therapy a sentence writes as part of a trial's name, right before it ("in the Copanlisib NCI-MATCH trial":
    the trial's arm that the sentence reports on gave copanlisib), or None. A review that names one trial this way
    and another drug elsewhere ("Similarly, in the Taselisib basket study ...") gives that trial the drug its name
    carries, never the drug named more often.

    >>> class _M:
    ...     def __init__(self, name, start, end):
    ...         self.entity, self.start, self.end = type("E", (), {"name": name, "category": "Drug", "id": name})(), start, end
    >>> t = "in the Copanlisib NCI-MATCH trial, responses were seen"
    >>> drug_named_with_trial(t, t.index("NCI"), [_M("copanlisib", 7, 17)]).name
    'copanlisib'
    >>> drug_named_with_trial("the NCI-MATCH trial of A", 4, [_M("A", 23, 24)]) is None
    True
    """
    before = [t for t in therapies if t.end <= trial_start and t.entity.category != "DrugClass"]
    if not before:
        return None
    last = max(before, key=lambda t: t.end)
    if not _DRUG_TRIAL_JOIN.fullmatch(text[last.end:trial_start]) or not _THE_BEFORE.search(text, 0, last.start):
        return None
    return last.entity


def _benchmark_clause(text: str, at: int) -> bool:
    """Whether the "historical" at ``at`` names an outside value the sentence sets its own value, given before it,
    beside ("The ORR was 12%, which was not different than the historical control rate of 5%", "a median PFS of 4.1
    months compared with 2.0 months historically"): the sentence still reports the study's own result."""
    return _HISTORICAL.match(text, at) is not None and _OWN_VALUE_THEN_BENCHMARK.search(text, 0, at) is not None


# an analysis made inside one trial, said to be an earlier one: "A previous interim analysis showed ...", "an earlier
# primary analysis", "In a prior planned analysis" (an interim, primary or pre-planned analysis is one trial's own,
# read at its data cut-offs: an update report gives its trial's earlier results so; never "a previous analysis" or
# "an earlier study" alone, which may be anyone's)
_OWN_EARLIER_ANALYSIS = lazy_compile(r"(?:in\s+)?(?:a|an)\s+(?:previous|prior|earlier|preceding)\s+(?:(?:pre-?)?(?:planned|specified)\s+)?"
                                     r"(?:interim|primary|(?:pre-?)?planned|(?:pre-?)?specified|final)\s+(?:efficacy\s+|survival\s+)?analys[ie]s\b",
                                     re.I)


def _own_earlier_analysis(text: str, at: int) -> bool:
    """Whether the "a previous" at ``at`` opens an earlier analysis within one trial ("A previous interim analysis
    showed that PFS was shorter ..."): the trial in focus's own earlier results, no cited study.

    >>> _own_earlier_analysis("A previous interim analysis showed a PFS of 14.1 months", 0)
    True
    >>> _own_earlier_analysis("A previous analysis of three trials showed a PFS of 14.1 months", 0)
    False
    """
    return _OWN_EARLIER_ANALYSIS.match(text, at) is not None


# the induction a maintenance trial gives every patient before it randomises them, named before the therapy
# ("subsequent to induction chemotherapy with 12 cycles of A, B, and C plus D", "after an induction phase of A plus B")
# or the therapy named as what the induction was based on ("after A-based induction therapy", "A induction")
# (only an induction said to come before, "after", "following", "subsequent to": a single-arm study of "induction with A
# plus B, followed by maintenance with B" tests that induction)
_AFTER_WORD = r"\b(?:after|following|subsequent\s+to|post)\s+(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?"
_INDUCTION_BEFORE = lazy_compile(_AFTER_WORD + r"induction\s+(?:(?:chemo)?therapy\s+|treatment\s+|regimen\s+|phase\s+)?"
                                 r"(?:with|of|consisting\s+of|using)\s[^.;()\[\]]{0,110}$", re.I)
_INDUCTION_AFTER = lazy_compile(r"(?:-(?:based|containing))?\s+induction\b", re.I)
_AFTER_BEFORE = lazy_compile(_AFTER_WORD + r"$", re.I)
# the first line a maintenance or continuation trial's patients had before it: "bevacizumab continuation versus no
# continuation after first-line chemotherapy plus bevacizumab", "after 4-6 months of standard first-line A plus B"
_AFTER_FIRST_LINE = lazy_compile(r"\b(?:after|following)\s+(?:\d+(?:\s*[-–]\s*\d+)?\s+(?:months?|cycles?|weeks?)\s+of\s+)?"
                                 r"(?:standard\s+)?(?:first[-\s]line|1L|initial)\s+$", re.I)


def _induction_given(text: str, start: int, end: int) -> bool:
    """Whether the therapy at ``start``-``end`` is the induction before a maintenance randomisation, no tested arm.

    >>> t = "we compared A maintenance with observation subsequent to induction chemotherapy with 12 cycles of FOLFIRI plus B"
    >>> _induction_given(t, t.index("FOLFIRI"), t.index("FOLFIRI") + 7), _induction_given(t, 12, 13)
    (True, False)
    >>> t = "B continuation versus no continuation after first-line chemotherapy plus B"
    >>> _induction_given(t, t.index("chemotherapy plus"), len(t)), _induction_given(t, 0, 1)
    (True, False)
    >>> t = "A single-arm study evaluated induction with FOLFOX plus B, followed by maintenance with B"
    >>> _induction_given(t, t.index("FOLFOX"), t.index("FOLFOX") + 6)
    False
    """
    return _INDUCTION_BEFORE.search(text, max(0, start - 160), start) is not None or \
        _INDUCTION_AFTER.match(text, end) is not None and _AFTER_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _AFTER_FIRST_LINE.search(text, max(0, start - 80), start) is not None


def _patients_history(text: str, at: int) -> bool:
    """Whether the "previously" at ``at`` tells what the patients described right before had been given."""
    return bool(_TREATED_BEFORE.match(text, at) or _HISTORY_AFTER.match(text, at) and
                _PATIENTS_BEFORE.search(text, max(0, at - 80), at))
# the report's patients and the therapy they were given: "Patients with MSS mCRC who progressed on two prior lines
# received A, B, and C"
# ("These patients were treated with A"; not "Patients who had received A ...": theirs before entry)
_PATIENTS_RECEIVED = lazy_compile(r"^(?:(?:these|the|all|eligible|enrolled)\s+)?(?:patients|participants|pts)\b[^.;:]{0,160}?"
                                  r"(?<!\bhad)(?<!\bhave)(?<!previously)(?<!already)\s(?:received|were\s+(?:then\s+)?(?:treated\s+with|given|administered))\s|"
                                  # "Participants were randomly assigned 2:1 to receive A or B"
                                  rf"^(?:patients|participants|pts)\s+were\s+{RANDOMISED_VERB}\s+"
                                  r"(?:\(?\d\s?:\s?\d\)?\s+)?to\s+receive\s+(?:either\s+)?", re.I)
# words that offer the next therapy as an alternative to the one before it ("were given A or B", "A versus B")
_OFFERED = lazy_compile(r"\b(?:or|versus|vs)\b", re.I)
_REFS = lazy_compile(r"\[(\d+(?:[,–-]\s*\d+)*)\]")
_DESIGN = r"(?:(?:randomi[sz]ed|single-arm|open-label|multicenter|multicentre|prospective|retrospective|pilot|clinical|" \
          r"phase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3]))?)[\s,]+){1,4}(?:clinical\s+)?(?:study|trial|analysis)\b"
# "a phase II study evaluated/of/compared A ...", and a study said to be run for a purpose, also after "the" ("Second,
# the phase II study was conducted in 100 patients to compare A with B": a study of its own, introduced by the
# purpose it was run for)
_UNNAMED = lazy_compile(rf"\b(?:an?|one|another)\s+{_DESIGN}[^.;]{{0,40}}?\b(?:evaluat\w*|assess\w*|investigat\w*|"
                        r"tested|testing|compared|comparing|of|with|in which)\b|"
                        rf"\b(?:an?|one|another|the)\s+{_DESIGN}\s+(?:was|were)\s+(?:conducted|performed|carried\s+out|designed)"
                        r"\b[^.;]{0,60}?\bto\s+(?:compare|evaluate|assess|investigate|test)\b|"
                        # a case report of one patient's treatment: "A case report documented prolonged PFS with A"
                        r"\b(?:an?|one|another)\s+case\s+report\s+(?:documented|described|reported|showed|demonstrated)\b"
                        r"[^.;]{0,40}?\b(?:with|of|to)\b", re.I)
# a sentence that opens on a study it introduces with an indefinite article and tells what it found ("A single-arm
# phase 2 study showed that ...", "In a randomised phase II trial, A improved ...", "Another study reported ...")
_CITED_UNNAMED_OPENING = lazy_compile(r"\W*(?:In\s+)?(?i:an?|another|one)\s+(?:[\w\-/]+,?\s+){0,5}?(?:study|trial)\b"
                                      r"(?:\s+(?:showed|demonstrated|reported|found|suggested|revealed|indicated|observed)\b|,)")
# a study a sentence introduces with an indefinite article ("A phase II study of A enrolled ...", "In a single-arm
# trial of A, ..."): another study than a trial named before
_INTRODUCED_OTHER = lazy_compile(rf"(?:^|[.;:]\s+|\bIn\s+)(?i:an?|another)\s+{_DESIGN}\s+(?:of|evaluating|testing|with)\b")
# the year written before the study an author is cited for: "the 2012 meta-analysis reported by X et al.", "a 2019 phase
# II study by X et al." (not "since 2015 the study by X et al.": the year of something else)
_YEAR_BEFORE_BY = lazy_compile(r"\b((?:19|20)\d\d)\s+(?:(?!(?:the|a|an|this|that|our)\s)[\w\-/]+\s+){0,3}?(?:meta-?analys[ie]s|analys[ie]s|stud(?:y|ies)|"
                               r"trials?|review|report|series)\s+(?:(?:reported|published|performed|conducted|led|presented|"
                               r"done|carried\s+out)\s+)?by\s+$")
_TRAILING_CITATION = lazy_compile(r"\(\s*[^()]*\bet al\.?,?\s*\(?(?:19|20)\d\d[a-z]?\)?\s*\)\s*\.?\s*$")
# (also a journal reference's first author with initials, the year after the journal: "Tournigand C et al. J Clin Oncol.
# 2004;22(2):229-237")
_CITATION = lazy_compile(r"\b((?:[A-Z][a-z]+ )?[A-Z][a-zA-Z'\-]+)(?: [A-Z]{1,3}(?= et al))? et al\.?,?\s*"
                         r"(?:(?:[A-Z][\w\-]*\.?\s+){1,6}(?=(?:19|20)\d\d\s*;))?(?:\(?((?:19|20)\d\d)[a-z]?\)?)?")
_NOT_ARMS = {_PLACEBO, "crc:regimen_best_supportive_care"}


_BLANK_LINE = lazy_compile(rf"{EOL}[ \t]*{EOL}")
# patients assigned to the arms that follow: "155 patients were randomized 1:1:1 to receive", "were randomly assigned to
# either"
_ASSIGNED_TO = lazy_compile(r"\b" + ASSIGN_VERB + r"\s+(?:\(?\d(?:\s?:\s?\d)+\)?\s+)?"
                            r"(?:in\s+an?\s+\d(?:\s?:\s?\d)+\s+ratio\s+)?to\s+(?:receive\s+)?(?:either\s+)?", re.I)
# a sentence that refers back to the trial in focus, so that it carries over a paragraph break
_BACK_REF = lazy_compile(r"\b(?:th(?:e|is|at) (?:trial|study)|in this (?:cohort|population)|the (?:experimental|control) arm)\b", re.I)
_PRESENT = lazy_compile(r"\b(?:our|the present|the current) (?:study|trial|cohort|analysis|series)\b|\bin our\b|"
                        r"\bat our (?:[\w\-]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|department|clinic)s?\b|"
                        r"\bwe (?:found|observed|report|showed)\b", re.I)


# the parts of a trial report that speak of its own trial (abstract parts and report sections)
_REPORT_PART = lazy_compile(r"(?:abstract|summary|(?:materials and )?methods?|patients?(?: and methods)?|study design|design|"
                            r"treatments?|interventions?|results?|findings|efficacy|safety|outcomes?|responses?|survival|"
                            r"exploratory analys[ie]s|subgroup analys[ie]s|conclusions?|plain language summary|"
                            r"patient characteristics|baseline characteristics|tumou?r response)\b", re.I)


# a sentence that opens on "In this trial" / "In this study": the trial the sentence before named, when it named one
# (" ... the phase 3 B trial, which investigated C ... . In this trial, patients ...": B's, not the report's own A)
_THIS_TRIAL = lazy_compile(r"(?:in\s+)?this\s+(?:trial|study)\b", re.I)
# in a report of a study of its own, words that speak of that study ("the purpose of this study", "we analyzed")
_OWN = lazy_compile(r"\b(?:aim|purpose|objective|goal)s?\s+of\s+(?:this|the present|our)\s+(?:study|analysis|trial|work)\b|"
                    r"\bin this (?:[\w\-]+,?\s+){0,3}(?:study|analysis|trial|cohort)\b|\bthis (?:\w+\s+){0,2}(?:study|trial) "
                    r"(?:aimed|aims|was designed|evaluated|assessed|examined|investigated|compared)\b|\bwe (?:\w+ly\s+)?(?:collected|enrolled|"
                    r"included|analy[sz]ed|treated|report|reviewed|compared|evaluated|investigated|conducted|recruited)\b", re.I)
# (s44 ovals) the report's own study told by the patients it took in, counted: "This two-centre retrospective study
# included 88 patients ...": its one therapy only what those patients received (builders.trials_series_given)
_OWN_INCLUDED = lazy_compile(r"\bthis (?:[\w\-]+,?\s+){0,3}(?:study|trial|analysis) (?:included|enrolled|recruited|comprised|"
                             r"involved) (?:a total of )?\d", re.I)
# a text that reports a study of its own (not only others' results)
_PRIMARY = lazy_compile(r"\bwe (?:retrospectively |prospectively |consecutively )?(?:collected|enrolled|included|analy[sz]ed|"
                        r"treated|reviewed|recruited|compared)\b|\bwere (?:retrospectively|prospectively|consecutively) "
                        r"(?:collected|analy[sz]ed|reviewed|enrolled|included)\b|\b(?:this|the present|our) (?:retrospective|"
                        r"prospective|single-arm|multicenter|multicentre|observational|cohort) (?:study|analysis)\b|"
                        r"\b(?:this|the present|our) (?:study )?(?:is|was) an? (?:retrospective|prospective|observational) "
                        r"(?:study|analysis|review)\b", re.I)
# a dated article's own patients counted where a sentence or a listed point opens: "A total of 36 patients were
# recruited.", "Results: Seventy-four patients were treated from ...", "• 23 previously treated patients with mCRC were
# treated", "This study enrolled 254 patients", "In this randomized clinical trial of 116 patients" (with its author line, the article reports a study of its own)
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?"
_COUNT = rf"(?:a\s+total\s+of\s+)?(?:\d[\d,]*|{_TENS}|{'|'.join(trials_cited.NUMBER_WORDS[2:])})"
_OWN_COUNT = lazy_compile(rf"(?:^[\s•*\-]*|[.:]\s+)(?:{_COUNT}\s+(?:eligible\s+|consecutive\s+|previously[\s\-]treated\s+)?"
                          r"(?:patients|participants)\s+(?:\([^()]{0,40}\)\s+)?(?:with\s+[^.;()]{1,80}?\s+)?were\s+"
                          rf"(?:recruited|enrolled|accrued|treated|included)\b|(?:this|the)\s+(?:study|trial)\s+(?:enrolled|recruited|"
                          rf"included|accrued)\s+{_COUNT}\s+(?:[\w\-]+\s+){{0,2}}?(?:patients|participants)\b|"
                          # (the key findings of a journal's summary: "In this randomized clinical trial of 116 patients
                          # with ...", "In this cohort study that included 254 participants", "This phase II trial of 37 patients was ...")
                          r"(?:in\s+)?this\s+(?:[\w\-]+\s+){0,4}?(?:trial|study)\s*,?\s+(?:of|that\s+included|including|"
                          rf"involving|enrolling)\s+{_COUNT}\s+(?:[\w\-]+\s+){{0,2}}?(?:patients|participants|adults)\b)", re.I | re.M)


_LABEL_LEAD = r"\s*(?:(?:materials|patients|subjects)\s+and\s+)?"
# an inline label that opens a report's own methods or results ("RESULTS: 169 pts were randomised")
_OWN_PART_LABEL = lazy_compile(rf"{_LABEL_LEAD}(?:methods?|results?|findings)\s*:", re.I)
# an abstract's methods part, by its inline label ("Methods: ...", "Patients and methods: ...")
_METHODS_LABEL = lazy_compile(rf"{_LABEL_LEAD}methods?\s*:|\s*(?:study\s+)?design\s*:", re.I)


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
# "versus" between two values of one metric: also the journal style "8.8 months v 5.7 months"
_VS = r"\b(?:vs\.?|versus|v\.?)\b"
# "not reached with A vs 39.3 months with B": an arm named before "vs" is the other side's, not the value's after it
_SIDE_TURN = lazy_compile(rf"{_VS}|\bcompared (?:with|to)\b", re.I)
# "inferior OS to that of the RECOURSE trial", "similar to those reported in X": a trial a report measures itself
# against, not the report's own trial
_BENCHMARK = lazy_compile(r"\b(?:(?:than|to|with)\s+(?:that|those)\s+(?:of|in|from|seen in|reported in|observed in)|"
                          r"differ\w*\s+from\s+(?:what\s+(?:was|were|had\s+been)\s+|those\s+|that\s+)?(?:seen|reported|observed|found)\s+in|"
                          r"similar to|comparable (?:to|with)|consistent with|in line with|in keeping with|"
                          r"compared (?:to|with)|than(?:\s+(?:in|with))?|as in|resembl\w+)\s+(?:the\s+)?(?:pivotal\s+)?$",
                          re.I)
# ... or a trial whose results prompted the report's own: "Inspired by the encouraging results of a small phase 1-2
# study, C-TASK FORCE, which evaluated A plus B, we aimed to ...", "based on the results of the X trial"
_PROMPTED_BY = lazy_compile(r"\b(?:inspired|encouraged|prompted|motivated)\s+by|\bbased\s+on|\bbuilding\s+on|\bfollowing", re.I)
_PROMPTING_STUDY = lazy_compile(r"\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?results?\s+(?:of|from|in)\s+(?:(?:an?|the)\s+)?"
                                r"(?:[\w\-–/]+\s+){0,5}?(?:(?:study|trial)\s*,?\s*(?:the\s+)?)?$", re.I)


# the words of a study of patients or its outcomes (a sentence that cites an author without them cites a finding)
# the sample a cited author analysed, counted: "through IHC/FISH analysis of 1000 specimens", "profiled 200 tumours"
_COUNTED_SAMPLE = lazy_compile(r"\b\d[\d,]*\s+(?:[\w\-]+\s+){0,2}?(?:specimens|samples|tumou?rs|biopsies|cases)\b", re.I)
_STUDY_WORDS = lazy_compile(r"\b(?:stud(?:y|ies)|trials?|phase|patients|pts|participants|cohorts?|randomi[sz]\w*|treated|"
                            r"received|respon\w+|survival|ORR|PFS|OS|DCR|efficacy|benefit)\b", re.I)
# the words that cite a named trial for its results: "results of the AIO/AMG X study", "data from the X trial" (before the
# name), "X demonstrated", "the X trial showed" (after it)
# (not a news report's source of its own trial: "according to the results of the phase II X study")
_RESULTS_OF_BEFORE = lazy_compile(r"(?<!according to the )(?<!according to )(?<!based on the )(?<!based on )"
                                  r"\b(?:results|data|findings)\s+(?:of|from)\s+(?:the\s+)?(?:[\w/\-]+\s+){0,3}$", re.I)
_SHOWED_AFTER = lazy_compile(r"(?:\s+(?:phase\s+\S+\s+)?(?:study|trial))?\s+(?:has\s+|have\s+|had\s+)?"
                             r"(?:demonstrated|showed|shown|reported|found|established|confirmed)\b", re.I)
# the words that call the trial named right after them an earlier or another one: "A previous phase I/II X study", "the
# earlier X trial", "the similarly designed X trial" (not "prior to the X trial", "similar to the X trial")
_CALLED_EARLIER = lazy_compile(r"\b(?:previous|prior|earlier|former|similar|similarly\s+designed)(?!\s+to\b)\s+(?:[\w\-/]+\s+){0,4}?$", re.I)
# the sentence that introduces the report's own study as the present one ("The present study was conducted to
# evaluate ...", "The current retrospective study aimed to ..."): a trial named only before it is one it cites
_PRESENT_STUDY = lazy_compile(r"\b(?:the\s+present|the\s+current)\s+(?:[\w\-]+\s+){0,3}?(?:study|analysis)\s+"
                              r"(?:was\s+(?:conducted|performed|designed|carried\s+out|undertaken)|aim(?:s|ed)|is\s+to)\b", re.I)


def _benchmark_before(before: str) -> bool:
    """Whether the words ``before`` a trial's name make it a trial the report sets its own beside (_BENCHMARK) or
    builds on (_PROMPTED_BY ... _PROMPTING_STUDY, looked at in the last 120 characters only)."""
    if _BENCHMARK.search(before):
        return True
    tail = before[-120:]
    return any(_PROMPTING_STUDY.match(tail, m.end()) for m in _PROMPTED_BY.finditer(tail))
# one regimen's parts, the first given at its dose ("sotorasib at 960 mg plus panitumumab")
_DOSED_JOIN = lazy_compile(rf"(?:\s*(?:at\s+(?:a\s+)?(?:(?:daily\s+)?dose\s+of\s+)?)?{_NUM}\s*-?\s*(?:mg/kg|mg/m2|mg/m²|mg)(?![\w/]))?"
                           r"\s*(?:\+|plus|and|with|,|, and|combined with|in combination with)\s*", re.I)


# a trial registry's number ("NCT03227926", "EudraCT 2016-002597-12", "ISRCTN12345678")
_REGISTRY_ID = lazy_compile(r"(?:NCT\d{8}|EudraCT(?:\s+(?:No\.?|number))?\s*:?\s*\d{4}-\d{6}-\d{2}|ISRCTN\d{8}|ChiCTR[\w\-]+|"
                            r"jRCT\w+|UMIN\d+|ACTRN\d+|DRKS\d+)", re.I)


# a registry number alone in the bracket that closes a sentence: "... who have progressed after first-line treatment
# (NCT04793958)."
_CLOSING_REGISTRY_BRACKET = lazy_compile(r"\(\s*(?:ClinicalTrials\.gov(?:\s+identifier)?\s*[:,]?\s*)?$")
_CLOSING_BRACKET_END = lazy_compile(r"\s*\)\s*\.?\s*$")


# a study word of another study between a trial's name and a registry number ("..., a phase 2 study tested ..."), and the
# apposition that describes the named trial itself right after its name ("the ALPHA-10 trial, a phase 3 randomized trial")
_ANOTHER_STUDY = lazy_compile(r"\b(?:an?|another|new|second|separate|this|our)\s+(?:[\w\-/]+\s+){0,4}?(?:study|trial)\b", re.I)
# (a noun phrase only, followed by what describes it: "..., a phase 3 randomized trial in patients with ..."; never the
# subject of a verb of its own, "..., a phase 2 study tested A")
_TRIAL_APPOSITION = lazy_compile(r"\s*(?:(?:trial|study)\s*)?,\s*an?\s+(?:[\w\-/]+\s+){0,4}?(?:study|trial)\b"
                                 r"(?=\s+(?:in|of|with|for|among|that|which|comparing|evaluating|testing|enrolling)\b|\s*[,(])",
                                 re.I)


def _with_own_registry_id(text: str, named: dict) -> dict:
    """The trials a sentence names, less the registry number in the bracket that closes it when the sentence names
    one trial by its name besides: a sentence about one named trial that cites its registration at its end ("...
    is compared to B in the ALPHA-10 trial, a phase 3 randomized trial in ... (NCT04793958).") speaks of one trial,
    whose registry number that is.

    >>> from builders.recognize import Mention
    >>> from kg.model import Entity
    >>> t = "A is compared to B in the ALPHA-10 trial in patients with mCRC (NCT04793958)."
    >>> a = Mention(t.index("ALPHA"), t.index("ALPHA") + 8, "ALPHA-10", Entity("x", "Trial", "ALPHA-10"))
    >>> n = Mention(t.index("NCT"), t.index("NCT") + 11, "NCT04793958", Entity("y", "Trial", "NCT04793958"))
    >>> list(_with_own_registry_id(t, {"x": a, "y": n}))
    ['x']
    >>> t = "After the ALPHA-10 trial, a phase 2 study tested A in 40 patients (NCT04793958)."
    >>> a = Mention(t.index("ALPHA"), t.index("ALPHA") + 8, "ALPHA-10", Entity("x", "Trial", "ALPHA-10"))
    >>> n = Mention(t.index("NCT"), t.index("NCT") + 11, "NCT04793958", Entity("y", "Trial", "NCT04793958"))
    >>> sorted(_with_own_registry_id(t, {"x": a, "y": n}))
    ['x', 'y']
    """
    ids = [k for k, m in named.items() if _REGISTRY_ID.fullmatch(m.text)]
    if len(ids) != 1:
        return named
    reg = named[ids[0]]
    other = next(m for k, m in named.items() if k != ids[0])
    if other.start > reg.start or not _CLOSING_REGISTRY_BRACKET.search(text, 0, reg.start) or \
            not _CLOSING_BRACKET_END.match(text, reg.end):
        return named
    between = text[other.end:reg.start]
    apposition = _TRIAL_APPOSITION.match(between)
    if _ANOTHER_STUDY.search(between, apposition.end() if apposition else 0):
        return named  # "Building on the ALPHA trial, a phase 2 study tested A (NCT...)": the number is the other study's
    return {k: m for k, m in named.items() if k != ids[0]}


# the article's own study named in apposition: "In our phase 2 trial (NCT03104439), ...", "in the present study,
# ALPHA-3, ...", "our randomized ALPHA-3 trial"
_OWN_BEFORE_NAME = lazy_compile(r"\b(?:our|the\s+present|the\s+current)\s+(?:[\w\-/]+\s+){0,4}?(?:study|trial)\s*(?:\(\s*|,\s*)?$|"
                                r"\b(?:our|the\s+present|the\s+current)\s+(?:[\w\-/]+\s+){0,3}?$", re.I)
_STUDY_AFTER_NAME = lazy_compile(r"\s*(?:study|trial)\b", re.I)


def names_own_trial(text: str, mentions, trial_id: str) -> bool:
    """Whether a sentence that speaks of "our" study names that study itself, and no other trial: the trial it names
    (``trial_id``, the one in focus) stands in apposition to "our ... trial" ("In our phase 2 trial (NCT03104439), 27
    patients received A with an ORR of 15%", "in the present study, ALPHA-3, ...", "in our randomized ALPHA-3 trial"),
    and no other words of the sentence speak of a study of its own. Then its values are that trial's: the sentence sets
    no own study's value beside another trial's ("In our study, the ORR was 40%, compared with 32% in the ALPHA-3
    trial").

    >>> from builders.recognize import Mention
    >>> from kg.model import Entity
    >>> def m(t, name): return [Mention(t.index(name), t.index(name) + len(name), name, Entity("x", "Trial", name))]
    >>> t = "In our phase 2 trial (NCT03104439), 27 patients received A with an ORR of 15%."
    >>> names_own_trial(t, m(t, "NCT03104439"), "x")
    True
    >>> t = "In our randomized ALPHA-3 trial, the ORR was 15%."
    >>> names_own_trial(t, m(t, "ALPHA-3"), "x")
    True
    >>> t = "In our study, the ORR was 40%, compared with 32% in the ALPHA-3 trial."
    >>> names_own_trial(t, m(t, "ALPHA-3"), "x")
    False
    >>> t = "In our trial (NCT03104439), the ORR was 40%, higher than in our earlier study."
    >>> names_own_trial(t, m(t, "NCT03104439"), "x")
    False
    """
    trials = [x for x in mentions if x.entity.category == "Trial"]
    if not trials or any(x.entity.id != trial_id for x in trials):
        return False
    rest, cut = text, 0
    for x in sorted(trials, key=lambda x: x.start):
        before = _OWN_BEFORE_NAME.search(text, cut, x.start)
        if before is None:
            continue
        end = x.end
        if not re.search(r"(?:study|trial)\s*[(,]?\s*$", before.group(0), re.I):
            after = _STUDY_AFTER_NAME.match(text, x.end)  # "our randomized ALPHA-3 trial"
            if after is None:
                continue
            end = after.end()
        start = before.start()
        prep = re.search(r"\b(?:in|within|from)\s+$", text[:start], re.I)  # "in our ...": the apposition's too
        start = prep.start() if prep else start
        rest = rest[:start] + " " * (end - start) + rest[end:]
        cut = x.end
    if rest == text:
        return False
    return _PRESENT.search(rest) is None


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
_BRACKETED_JOIN = lazy_compile(r"\s*\)\s*(?:\+|plus|and|with|combined with|in combination with)\s*", re.I)
_REGIMEN_BRACKET = lazy_compile(r"\s*\(\s*")


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


def _joined_runs(text: str, therapies: list[Mention], join=_DOSED_JOIN) -> list[list[Mention]]:
    """The therapies (in sentence order) in runs, each run joined into one regimen by ``join`` (what stands between two
    parts of one regimen; _DOSED_JOIN: "A plus B and C")."""
    return joined_runs(text, therapies, join)


# what joins a therapy to a class of therapy in one regimen ("panitumumab (Vectibix) plus a stronger chemotherapy")
# ("irinotecan plus infusional, bolus, or oral fluoropyrimidines": the class's words may be a list of its kinds, the
# last of them the class's own name, "oral fluoropyrimidine")
_CLASS_JOIN = lazy_compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:\+|plus|with|combined with|in combination with)\s+"
                           r"(?:an?\s+|the\s+)?(?:[a-z][\w\-]*\s+){0,2}(?:[a-z][\w\-]*,\s+){0,3}"
                           r"(?:(?:or|and)\s+(?:[a-z][\w\-]*\s+)?)?", re.I)
_SIDE_TURN_WIDE = lazy_compile(rf"{_SIDE_TURN.pattern}|\b(?:benefit|advantage|improvement)\s+over\b", re.I)


# trials introduced as a list by their phase: "phase II trials, including", "phase II trials—"
_PHASE_LIST = lazy_compile(r"\bphase\s+(?:I{1,3}|[1-3])[ab]?(?:/(?:I{1,3}|[1-3])[ab]?)?\s+(?:clinical\s+)?(?:trials|studies)"
                           r"\s*(?:,\s*(?:including|such as)|including|such as|[—–:(]|\s-\s)", re.I)


# an article that speaks of its own study or of the cohorts it analysed
_OWN_COHORT = lazy_compile(r"\b(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,2}(?:study|analysis)\s+"
                           r"(?:aim|intend|sought|seek|investigat|evaluat|examin|assess|explor|analy[sz]|compar)\w*|"
                           r"\b(?:aim|purpose|objective|goal)s?\s+of\s+(?:this|the present|the current|our)\s+(?:[\w\-]+\s+){0,2}"
                           r"(?:study|analysis)\s+(?:was|is)\s+to\b|"
                           r"\b(?:discovery|validation|training|derivation|testing)\s+(?:and\s+\w+\s+)?cohorts?\b", re.I)
# an article that counts the patients of its own study ("we retrospectively analyzed 120 patients", "186 patients
# were retrospectively reviewed")
_OWN_PATIENTS = lazy_compile(r"\bwe\s+(?:\w+ly\s+)?(?:collected|enrolled|included|analy[sz]ed|recruited|treated|reviewed|identified)"
                             r"\s+(?:the\s+)?(?:(?:data|records)\s+(?:of|from)\s+)?(?:a total of\s+)?\d[\d,]*\s+"
                             r"(?:consecutive\s+|eligible\s+)?(?:patients|participants|cases)\b|"
                             r"\b\d[\d,]*\s+(?:consecutive\s+|eligible\s+)?patients\s+(?:were|who\s+were)\s+(?:retrospectively|"
                             r"prospectively|consecutively)\s+(?:collected|analy[sz]ed|reviewed|enrolled|included|identified)\b", re.I)
# (s46 outv) an article's own patients counted as those its study took in: "Fifty-one patients were enrolled in this
# study", "38 consecutive patients were included in our analysis", and under its own methods' or results' label "Methods:
# A total of 45 patients with refractory mCRC were involved in the study" (a study of its own, whether or not it has an
# author line; "the study" elsewhere may be a cited one)
_COUNTED_IN_STUDY = lazy_compile(rf"(?:\b(?P<label>(?:methods?|results?|patients(?:\s+and\s+methods)?)\s*:\s*))?\b{_COUNT}\s+"
                                 r"(?:[\w\-]+\s+){0,4}?patients\s+(?:\([^()]{0,40}\)\s+)?(?:with\s+[^.;()]{1,80}?\s+)?were\s+"
                                 r"(?:\w+ly\s+)?(?:included|enrolled|involved|recruited)\s+in\s+(?:(?:this|our|the\s+present|the\s+current)\s+|"
                                 r"the\s+(?=(?:study|analysis)\b)(?(label)|(?!)))(?:study|analysis)\b", re.I)
# a dated article's own patients, or their records, at its institution ("Records of patients on phase I trials at our
# institution were reviewed", "Among the 1200 patients tested at our institution, ...")
_OWN_INSTITUTION = lazy_compile(r"\b(?:patients|records|charts|cases)\b[^.;]{0,60}?\bat\s+(?:our|a\s+single)\s+(?:[\w\-]+\s+){0,2}?"
                                r"(?:institution|cent(?:re|er)|hospital|clinic|department)s?\b", re.I)
# the words of a report about a series of its own patients, not a trial it names
_OWN_SERIES_WORDS = lazy_compile(r"\b(?:retrospective(?:ly)?|observational|real[- ]world|registry|chart review|"
                                 r"at\s+(?:our|a single|one)\s+(?:[\w\-]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|"
                                 r"department|clinic)s?)\b", re.I)
# the words that state a trial's design where it is named ("The randomised phase II X trial compared A with B")
_DESIGN_STATED = lazy_compile(r"\bphase\b|randomi[sz]|\bcompar(?:ed|ing)\b|\b(?:evaluat|assess|investigat|enrol|assign|allocat)\w*|"
                              r"single-arm|open-label|multicent|double-blind|placebo-controlled", re.I)
# a report that presents further results of one study, the one it names: "Final results from a randomized phase 3
# study of A", "Updated long-term data from a prespecified analysis are reported", "We report the final overall
# survival analysis", "Long-term follow-up of the X trial" (a title or a sentence of the report's own; the trial it names
# is then its own, whose design it need not repeat)
_FURTHER_RESULTS = lazy_compile(r"^(?:final|updated?|long[- ]term|mature|extended)\s+(?:[\w\-]+\s+){0,3}?"
                                r"(?:results?|data|analys[ie]s|outcomes?|follow[- ]up|survival)\s+(?:of|from)\b|"
                                r"\b(?:final|updated?|long[- ]term|mature)\s+(?:[\w\-]+\s+){0,3}?(?:results?|data|analys[ie]s|"
                                r"outcomes?|follow[- ]up)\s+(?:[^.;]{0,60}?\s)?(?:are|is)\s+(?:here\s+)?(?:reported|presented|described)\b|"
                                r"\bwe\s+(?:here\s+)?(?:report|present|describe)\s+(?:the\s+)?(?:final|updated?|long[- ]term|mature)\s+"
                                r"(?:[\w\-]+\s+){0,3}?(?:results?|data|analys[ie]s|outcomes?|follow[- ]up)\b", re.I)
# an article's own series of patients, named by the therapy they received where the authors work: "A retrospective
# evaluation of patients receiving trifluridine-tipiracil at our Cancer Centre was performed"
_OWN_SERIES = lazy_compile(r"\b(?:an?|this|our)\s+(?:single-cent(?:re|er)\s+)?(?:retrospective|prospective|real-world|observational)\s+"
                           r"(?:evaluation|review|analysis|audit|study|series)\s+of\s+(?:all\s+|consecutive\s+)?(?:the\s+)?patients\s+"
                           r"(?:with\s+(?:[\w\-]+\s+){1,4}?)?"
                           r"(?:receiving|treated\s+with|who\s+(?:received|were\s+treated\s+with))\s+(?P<therapy>[^.;]{1,80}?)\s+"
                           r"at\s+(?:our|a single|one)\s+(?:[\w\-]+\s+){0,2}(?:cent(?:re|er)|institution|hospital|department|clinic)s?\b",
                           re.I)

# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
_PRESENT, _UNNAMED, _CITATION, _BACK_REF = (prefiltered(p) for p in (_PRESENT, _UNNAMED, _CITATION, _BACK_REF))


# the labels of a structured abstract's part that gives the background of the report's own study
_BACKGROUND_PART = lazy_compile(r"(?:background|purpose|introduction|rationale|aims?|objectives?|context|importance)"
                                r"(?:\s+(?:and|&)\s+(?:aims?|objectives?|purpose|rationale))?\s*:?", re.I)


class TrialFocus:
    """The trial reader's part that tells which trial a sentence speaks of (see the module)."""

    def _own_study(self, counted: bool = False) -> tuple[Entity | None, Entity | None]:
        """A research article's own study, named by its first author and year ("Sun et al. 2021"), when its
        header has an author line and its text reports a study of its own ("we retrospectively collected ...")
        and is no review. Its regimen is the first one the title names, unless the title compares two. With no
        author line, the present cohort study when the article counts patients of its own (see _present_study).
        ``counted``: a dated author line and a sentence that opens with the count of its patients ("A total of 36
        patients were recruited.") also tell a study of its own (asked when no trial is introduced otherwise), and so
        do a dated author line and the patients or records of the authors' institution ("Records of patients on phase
        I trials at our institution were reviewed")."""
        dated = self.byline is not None and self.byline[1] is not None
        if self._review_header or not (_PRIMARY.search(self.doc.text) or _OWN_SERIES.search(self.doc.text) or
                                       counted and dated and _OWN_COUNT.search(self.doc.text) or
                                       dated and _OWN_INSTITUTION.search(self.doc.text) or
                                       dated and own_sample(self.doc.text) is not None or
                                       self._own_series_stated() or self._own_count_stated()):
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

    def named_trial_is_own(self) -> bool:
        """Whether a short report's one named trial (``main_trial``) is the study its "we enrolled ...", "our study"
        speaks of: the report names it as no other's (no sentence naming it cites a source, sets it beside the report's
        results or says it was reported before) and speaks of no series of its own patients (retrospective,
        observational, real-world, "at our centre"): then its own study is that trial, no unnamed cohort study of its own
        ("The FAKE trial compared A with B. We enrolled 98 patients ..."; not "The FAKE trial showed ... [3]. We
        retrospectively analysed 98 patients treated at our centre")."""
        trial = self.main_trial
        if trial is None or trial.id.startswith(self._unnamed_prefix) or _OWN_SERIES_WORDS.search(self.doc.text):
            return False
        designed = False
        for s in self.doc.sentences:
            named = [m for m in self.recognize(s).mentions if m.entity.id == trial.id]
            if named and (_REFS.search(s.norm) or _CITATION.search(s.norm) or hits_of(self.ctx.cue_hits(s), "cited") or
                          any(self._not_own(s, m) for m in named)):
                return False
            designed = designed or bool(named and _DESIGN_STATED.search(s.norm)) or _FURTHER_RESULTS.search(s.norm) is not None
        return designed  # (a trial named only for what it showed is one the report cites, unless it reports more of it)

    def _not_own(self, s: Sentence, m: Mention) -> bool:
        """Whether a sentence names a trial as another than the report's own: one it is set beside, or one still
        running."""
        return _benchmark_before(s.norm[:m.start]) or any(h[2] == "ongoing" for h in self.ctx.cue_hits(s))

    def _cited_before_own(self) -> set[str]:
        """The trials a report names only before the sentence that introduces its own study as "the present study"
        ("The activity of A plus B from a phase Ib X study is encouraging. The present study was conducted to evaluate
        C plus D ..."), never in its title nor after: studies it cites, not its own (computed once). So too before the
        sentence that introduces a new study of its own in the first person or by its aim ("In the X study, A plus B was
        effective ... . Therefore, we designed a single-arm, phase II trial to determine ... C plus D", "The aim of this
        study was to evaluate C"; trials_own.introduces_new_own_study): the trial whose results prompted the report."""
        if self._cited_trials is None:
            own_at = next((s.index for s in self.doc.sentences if _PRESENT_STUDY.search(s.norm)), None)
            new_at = self.new_own_at
            first: dict[str, int] = {}
            last: dict[str, int] = {}
            if own_at is not None or new_at is not None:
                for s in self.doc.sentences:
                    for m in self.recognize(s).mentions:
                        if m.entity.category == "Trial":
                            first.setdefault(m.entity.id, s.index)
                            last[m.entity.id] = s.index
            title = self.doc.sentences[0].index if self.doc.sentences else -1
            # (a first sentence in a labelled section, "Abstract", or one the text goes on from on its line, is no
            # title: it may open the background)
            opened = title if self._first_is_title_line else title - 1
            # (a trial named in that sentence only before its "we designed a ... trial" prompted it: "Building on the
            # X trial, in which A gave ..., we conducted a phase II trial of B")
            prompting: set[str] = set()
            if new_at is not None:
                s = self.doc.sentences[new_at]
                words_at = trials_own.new_own_study_at(s.norm)
                named = [m for m in self.recognize(s).mentions if m.entity.category == "Trial"]
                prompting = {m.entity.id for m in named if last.get(m.entity.id) == new_at} - \
                    {m.entity.id for m in named if words_at is None or m.end > words_at}
            self._cited_trials = {t for t in first if first[t] > opened and (
                own_at is not None and last[t] < own_at or new_at is not None and (last[t] < new_at or t in prompting))} | \
                self._cited_results() | self._earlier_named
        return self._cited_trials

    def _called_earlier(self) -> set[str]:
        """The trials a report names only as earlier or similar ones, each naming right after "previous", "prior",
        "earlier", "former", "similar" or "similarly designed" in its noun phrase ("A previous phase I/II X study of A plus B
        showed promising activity"): studies it cites, never its own, whose results it builds on."""
        earlier: dict[str, bool] = {}
        for s in self.doc.sentences:
            for m in self.recognize(s).mentions:
                if m.entity.category == "Trial":
                    earlier[m.entity.id] = earlier.get(m.entity.id, True) and \
                        _CALLED_EARLIER.search(s.norm, max(0, m.start - 60), m.start) is not None
        return {t for t, said in earlier.items() if said}

    @cached_property
    def _first_is_title_line(self) -> bool:
        """Whether the text's first sentence stands outside any labelled section on a line of its own (a title)."""
        sents = self.doc.sentences
        return len(sents) > 1 and not sents[0].section and has_line_end(self.doc.text, sents[0].end, sents[1].start)

    @cached_property
    def new_own_at(self) -> int | None:
        """The index of the sentence (not the title) that introduces a new study of the report's own in the first person
        ("Therefore, we designed a single-arm, phase II trial ...", trials_own.introduces_new_own_study), or by its aim or
        a demonstrative ("The aim of this study was to evaluate C", "This phase II study evaluated C";
        trials_own.states_own_aim) when it names therapies and none that a sentence naming a trial before it names (a
        report of the named trial itself speaks of that trial's therapy), if any (computed once)."""
        naming: list[Sentence] = []  # the sentences so far that name a trial (their therapies asked only at an aim)
        for s in self.doc.sentences:
            if s.index == 0 and self._first_is_title_line:
                continue  # (the title)
            if trials_own.introduces_new_own_study(s.norm):
                return s.index
            if trials_own.states_own_aim(s.norm):
                own = self._therapy_ids(s)
                if own and not any(own & self._therapy_ids(t) for t in naming):
                    return s.index
            if any(m.entity.category == "Trial" for m in self.recognize(s).mentions):
                naming.append(s)
        return None

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
        results ("The X trial demonstrated that B prolongs survival"). (s47 pfocus) After that sentence, a naming that only
        sets the report's own results beside the trial ("comparable to the X trial", "similar to that of X") cites it too."""
        own_at = self.own_intro
        if own_at is None and self._title_introduces_own:
            own_at = len(self.doc.sentences)
        if own_at is None:
            own_at = self._own_series_at
        if own_at is None:
            return set()
        first: dict[str, int] = {}
        citing: dict[str, bool] = {}
        for s in self.doc.sentences[1:]:
            same = self._further_results_of(s)
            for m in self.recognize(s).mentions:
                if m.entity.category == "Trial":
                    first.setdefault(m.entity.id, s.index)
                    citing[m.entity.id] = citing.get(m.entity.id, True) and not same and (
                        _RESULTS_OF_BEFORE.search(s.norm, max(0, m.start - 60), m.start) is not None or
                        _SHOWED_AFTER.match(s.norm, m.end) is not None or
                        # (s47 pfocus: or only set beside the report's own: "a DCR of 44%, comparable to the X trial")
                        (s.index > own_at and _benchmark_before(s.norm[:m.start])))
        return {t for t in first if first[t] < own_at and citing[t]}

    @cached_property
    def _further_results(self) -> bool:
        """Whether the report says it presents further results of a study: final, updated or long-term results, data
        or analyses ("Final results from a randomized phase 3 study of A", "Updated data ... are reported")."""
        return any(_FURTHER_RESULTS.search(s.norm) for s in self.doc.sentences)

    def _therapy_ids(self, s: Sentence) -> set[str]:
        """The therapies (no classes) sentence ``s`` names, each combination with its parts."""
        ids: set[str] = set()
        rec = self.recognize(s)
        for m in self.therapies(s.norm, rec):
            if m.entity.category != "DrugClass":
                ids |= {m.entity.id, *self.ctx.combination_parts.get(m.entity.id, ()),
                        *self.ctx.vocab.regimen_components.get(m.entity.id, ())}
        for mention, comps in rec.regimens:
            ids |= {c.id if hasattr(c, "id") else c for c in comps}
        return ids

    def _further_results_of(self, s: Sentence) -> bool:
        """Whether ``s`` names the study the report gives further results of (see _further_results): the report says it
        does, and ``s`` names every therapy its title names ("Final results from a phase 3 study of A +/- B" ...
        "The X study demonstrated improvements with A-B versus A alone"): what the named trial showed before is the
        report's own study, not one it cites."""
        title = trials_own.title_of(self.doc)
        if title is None or s.index == title.index or not self._further_results:
            return False
        wanted = self._title_therapies
        return bool(wanted) and wanted <= self._therapy_ids(s)

    @cached_property
    def _title_therapies(self) -> set[str]:
        """The therapies (no classes) the report's title names (computed once)."""
        title = trials_own.title_of(self.doc)
        return set() if title is None else {m.entity.id for m in self.therapies(title.norm, self.recognize(title))
                                            if m.entity.category != "DrugClass"}

    @cached_property
    def _own_series_at(self) -> int | None:
        """The index of the first sentence (not the title) that states the report's own study of a series of its
        patients and names no trial ("This retrospective study aimed to ...", "We retrospectively compared A with B";
        builders.trials_own_cohort), if any (computed once; a first sentence in a labelled section is no title)."""
        return next((s.index for s in self.doc.sentences if (s.index > 0 or s.section) and
                     trials_own_cohort.states_own_series(s.norm) and
                     not any(m.entity.category == "Trial" for m in self.recognize(s).mentions)), None)

    @cached_property
    def _title_is_line(self) -> bool:
        """Whether the report's first sentence is a title on a line of its own (not the opening sentence of a text)."""
        title = trials_own.title_of(self.doc)
        nxt = self.doc.sentences[title.index + 1] if title is not None and title.index + 1 < len(self.doc.sentences) else None
        return nxt is not None and has_line_end(self.doc.text, title.end, nxt.start)

    @cached_property
    def _title_names_trial(self) -> bool:
        """Whether the report has a title and it names a trial."""
        title = trials_own.title_of(self.doc)
        return title is not None and any(m.entity.category == "Trial" for m in self.recognize(title).mentions)

    @cached_property
    def _earlier_named(self) -> frozenset[str]:
        """The trials the report names only as earlier or similar ones (:meth:`_called_earlier`, computed once)."""
        return frozenset(self._called_earlier())

    @cached_property
    def _title_introduces_own(self) -> bool:
        """Whether the report's title introduces its own study and names no trial ("A single-arm phase II trial of A
        plus B in ...", see trials_own.introducing_sentence)."""
        title = trials_own.title_of(self.doc)
        if title is None or self._title_names_trial:
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
        # the regimens a sentence says the patients had before the trial's arms ("continuation after first-line A plus B")
        before_phase = {m.entity.id for s in self.doc.sentences[:12] for m in self.recognize(s).merged()
                        if m.entity.category == "Regimen" and _induction_given(s.norm, m.start, m.end)}
        cited = self._cited_before_own()
        attached: dict[str, Entity] = {}  # trial id -> the one therapy named as part of its name ("the A X trial")
        from builders.trials_two_studies import other_study_clauses  # (that module builds on this one)
        for s in self.doc.sentences:
            rec = self.recognize(s)
            ongoing = any(h[2] == "ongoing" for h in self.ctx.cue_hits(s))
            # ("..., while the randomized A-B study reported ...": another study's therapy, never the report's regimen)
            others = other_study_clauses(s.norm, rec.mentions)
            therapies = None  # (the sentence's therapies, read once where a trial or the regimen count asks for them)
            for m in rec.mentions:
                if m.entity.category == "Trial" and not ongoing and not _benchmark_before(s.norm[:m.start]) and \
                        m.entity.id not in cited:
                    trials[m.entity.id] = m.entity
                    therapies = self.therapies(s.norm, rec) if therapies is None else therapies
                    given = drug_named_with_trial(s.norm, m.start, therapies)
                    if given is not None:
                        attached.setdefault(m.entity.id, given)
            # (s44 oarm: "A ± B with C or without C" names no one regimen the trial gives, builders/trials_nested_optional.py)
            for m in () if nested_optional(s.norm) else therapies if therapies is not None else self.therapies(s.norm, rec):
                if m.entity.category == "DrugClass" or m.entity.id in _NOT_ARMS or \
                        re.search(r"-(?:containing|based)\b", m.entity.name) or prior_treatment(s.norm, m.start):
                    continue  # (s47 outfix: a list of the patients' earlier treatments, builders/prior_treatments.py)
                if given_to_share(s.norm, m.start, m.end):
                    continue  # (s47 presp: what a share of the cohort received, builders/cohort_shares.py)
                if _induction_given(s.norm, m.start, m.end):
                    continue  # the induction every patient had before a maintenance randomisation: not the tested regimen
                if any(lo <= m.start < hi for lo, hi in others):
                    continue
                counts[m.entity.id] = counts.get(m.entity.id, 0) + 1
                if combo is None and m.entity.category == "Regimen" and m.entity.attr("combination") and s.index < 12 and \
                        m.entity.id not in before_phase:  # (nor where a later sentence names that induction again)
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
        if regimen is None:
            regimen = attached.get(next(iter(trials)))
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
            if m.re != trials_own.RESEARCHERS_ENROLLED else []
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
            if not first and m.re != trials_own.RESEARCHERS_ENROLLED:
                # "In this randomized clinical trial of 116 patients ..., neither of the 2 treatment arms met ...": the
                # therapy the report's title names first
                first = self._title_therapy()
        elif seq:
            # ("... to compare A plus B with B alone": the comparison's "with" joins no regimen)
            compares = re.search(r"\bcompar\w*", text[m.start():seq[0].start], re.I) is not None
            # ("Patients ... were treated with A 400 mg orally BID and B IV weekly": the dosed parts joined)
            first = seq[:1] if compares else _dosed_run(text, seq) if m.re in (trials_own.PATIENTS_TREATED, trials_own.COUNTED_TREATED) else \
                _joined_from_first(text, seq)
        else:
            first = []
        if not first:
            return None, None
        regimen, _ = _regimen_of(first, self.ctx)
        # ("Oral A compared with B ...: results of a large phase III study." over "We prospectively randomized ...")
        subtitle = trials_own.subtitle_phase(self.doc)
        phase = phase_of(text) or (phase_of(subtitle) if subtitle else None)
        trial = unnamed_trial(self.doc, f"{'phase ' + phase + ' ' if phase else ''}study of {regimen.name}", phase)
        if self.byline is not None and self.byline[1] is not None:
            # a dated article's own trial is also known by its first author and year ("Fu 2023", "Fu et al. 2023"),
            # the name reviews cite it by
            author = author_trial(*self.byline)
            trial = Entity(trial.id, "Trial", trial.name, trial.synonyms + (author.name,) + author.synonyms, trial.xrefs,
                           trial.attributes)
        return trial, regimen

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
        """Whether ``s`` stands before the sentence that introduced the report's own trial, in its section or in a
        Background or Purpose part of the abstract before it, and is not the report's title: the background of that
        trial ("Although A yields responses in 5% of patients ...")."""
        at, section = self.main_from
        if s.index >= at:
            return False
        if s.section != section:
            # (a structured abstract's Background or Purpose part, before the part that introduces the trial: "Purpose:
            # Preclinical data show that adding B enhances activity. Design: We undertook a pilot trial of A plus B")
            if s.section:
                return _BACKGROUND_PART.fullmatch(s.section.strip()) is not None
            # (a label the page gives on a line of its own that was left a sentence, not a section: "Background")
            return any(_BACKGROUND_PART.fullmatch(t.norm.strip()) for t in self.doc.sentences[max(0, s.index - 4):s.index]
                       if not t.section)
        title = trials_own.title_of(self.doc)
        return title is None or s.index != title.index or bool(s.section)

    def _after_cited_unnamed(self, s: Sentence) -> bool:
        """Whether ``s`` follows, in its section, a sentence that introduces a study with no name and cites it ("A
        single-arm phase 2 study showed that A was safe [8, 9]. The disease control rate was 72.7%."; a study cited by its
        author is read as that author's, builders/trials_cited.py), before any
        sentence names the short text's one named trial: the values are of that cited study, not of the named trial
        the text turns to later ("A phase 2 trial (XYZ trial) of A and B ...")."""
        if s.index == 0:
            return False
        prev = self.doc.sentences[s.index - 1]
        if prev.section != s.section or not _CITED_UNNAMED_OPENING.match(prev.norm) or not _REFS.search(prev.norm):
            return False
        if any(m.entity.category == "Trial" for m in self.recognize(prev).mentions):
            return False
        st = self.states.get(self.main_trial.id)
        return not (st is not None and st.named and st.named[0] < s.index)

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
                   and not trials_own.had_before(nxt.norm, given.end(), t.start)
                   # (s59) "Patients who received A, B, and C as first- and second-line chemotherapy were selected":
                   # the lines the patients had, never the study's treatment
                   and not prior_treatment(nxt.norm, t.start)]
            if seq:
                # the therapies joined into one regimen, their doses and schedules between them ("Patients were
                # administered 200 mg A intravenously every 3 weeks combined with B 250 mg orally"; s45 solo)
                run = _dosed_run(nxt.norm, seq)
                if len(run) < len(seq) and _OFFERED.search(nxt.norm, run[-1].end, seq[len(run)].start):
                    return s, []  # ("were given A or B": alternatives, two arms, never the first alone)
                return nxt, run
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

    def _pool_focus(self, s: Sentence, rec, trials: list) -> TrialState | None:
        """The pool a sentence names as a pooled analysis (combined results, meta-analysis) of its named trials, "a
        pooled analysis of ALPHA and BETA-2", "combined results from the ALPHA, BETA-2 and GAMMA studies of A": the
        trial the text then goes on about, named by its trials (builders.trials_pooled_named.pool_of), its one therapy
        the one the trials are "of" (none otherwise: what the listed trials compared is no arm of the pool); None for
        any other sentence naming several trials."""
        pool, of = trials_pooled_named.pool_of(s.norm, trials, self.therapies(s.norm, rec), _NOT_ARMS)
        if pool is None:
            return None
        st = self._state(trial_entity(pool), s)
        st.last, st.section, st.subsection = s.index, s.section, s.subsection
        if not st.named or st.named[-1] != s.index:
            st.named.append(s.index)
        if of is not None and st.candidate is None and not st.every:
            st.candidate = of.entity
        self.out.entity(st.trial)
        return st

    def _update_focus(self, s: Sentence, rec, hits) -> TrialState | None:
        text = s.norm
        named = {}
        for m in rec.mentions:
            if m.entity.category == "Trial":
                named.setdefault(m.entity.id, m)
        # ("patients with previously treated mCRC": the patients' earlier therapy, no earlier study)
        # (nor an outside value the sentence sets its own value beside: "ORR was 12% ..., which was not different than
        # the historical control rate of 5%": the clause is cut off where the values are placed)
        names = {h for h in hits_of(hits, "cited") if not _patients_history(text, h[0]) and not _benchmark_clause(text, h[0])
                 and not _own_earlier_analysis(text, h[0])}
        cited_trials = self._cited_trials or set()
        if len(named) == 2:
            named = _with_own_registry_id(text, named)
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
            self.focus = self._pool_focus(s, rec, list(named.values()))
            return self.focus
        if self.focus is not None and self.focus.trial.id.startswith("crc:trial_") and " et al." in self.focus.trial.name \
                and s.index > 0 and has_line_end(self.doc.text, self.doc.sentences[s.index - 1].end, s.start):
            self.focus = None  # a cited study's paragraph has ended
        if self.focus is not None and self.focus.trial.id in self._earlier_named and self._title_introduces_own:
            self.focus = None  # ("... when the similarly designed X trial showed ... . The trial had randomized 185
            # patients": a trial named only as an earlier or similar one held its own sentence; "the trial" is the report's)
        if self.focus is not None and self.focus.trial.id in cited_trials and self._title_introduces_own and \
                not _BACK_REF.search(text):
            self.focus = None  # (a report whose title introduces its own study: a trial it cites for its results holds
            # only its own sentence; "A total of 31 patients were enrolled" is the report's)
        included = (self.titled_trial or self.report) is not None and not names and not _OWN.search(text) and \
            _OWN_INCLUDED.search(text) is not None and not _PRESENT.search(text)
        just_named = self.focus is not None and self.focus.named and self.focus.named[-1] == s.index - 1 and \
            self.focus.trial.id != (self.report or self.main_trial or self.titled_trial or self.focus.trial).id and \
            _THIS_TRIAL.match(text)
        if not just_named and (_PRESENT.search(text) or (self.titled_trial or self.report) is not None and not names and
                               _OWN.search(text) or included or
                               self.focus is not None and self.focus.trial.id in cited_trials and
                               (s.index in (self.own_intro, self.new_own_at) or
                                # (the trial that prompted it, named in the sentence that introduces the new study:
                                # "Building on the X trial, in which A gave 33%, we conducted a phase II trial of B.
                                # A total of 25 patients were enrolled": the next sentences are the report's own)
                                bool(self.focus.named) and self.focus.named[-1] == self.new_own_at and
                                s.index > self.new_own_at and not names)):
            # (the sentence that introduces the report's own study after a trial its background cites: its own again)
            own = self.report or self.main_trial or self.titled_trial
            if own is None:
                self.focus = None
                return None  # "our study" in a document that reports no trial of its own
            st = self.focus = self._state(own, s)
            if included:
                pass  # (its therapy is the one its counted patients received: the own series' regimen, see _own_study)
            elif st.candidate is None and not st.every and own.id.startswith(self._unnamed_prefix):
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
        cited = self._cited_study(text, s.index) or self._unnamed_study(text, rec, s)
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
                not _STUDY_WORDS.search(text) and not _COUNTED_SAMPLE.search(text) and \
                not any(m.entity.category in THERAPY for m in rec.mentions):
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
        if not names and self.main_trial is not None and self.short and \
                (self.focus is None or self.focus.trial.id == self.main_trial.id) and self._after_cited_unnamed(s):
            self.focus = None  # "A single-arm study showed ... [8]. The DCR was 72.7%.": the cited study's, no trial named
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
        if self.short and st.trial.id not in {t.id for t in (self.titled_trial, self.report) if t is not None} and \
                self._study_of_another_drug(text, rec, st):
            # "In the Copanlisib X trial, ... 16%. Similarly, in the Taselisib phase II basket study, median PFS was
            # 3.1 months": the study the sentence names by the drug it tested, not the trial the text spoke of
            self.focus = None
            return None
        if self.short and _INTRODUCED_OTHER.search(text) and \
                st.trial.id not in {t.id for t in (self.titled_trial, self.report) if t is not None}:
            # "The ALPHA trial enrolled 800 patients. A phase II study of A enrolled 44 patients.": a study the
            # sentence introduces as another one, whose values are not the trial's the text spoke of before
            self.focus = None
            return None
        if self.short:
            return st
        if st.section == s.section and st.subsection == s.subsection and s.index - st.last <= NEAR \
                and (not self._paragraph_break(st.last, s) or _BACK_REF.search(text)):
            st.last = s.index
            return st
        self.focus = None
        return None

    def _study_of_another_drug(self, text: str, rec, st: TrialState) -> bool:
        """Whether the sentence, naming no trial, speaks of "the" study of a drug other than the trial in focus gave
        ("in the Taselisib phase II basket study", "the alpelisib cohort study"): a study named by the drug it tested,
        whose values are that study's (builders/trials_two_studies.py reads the same within one sentence)."""
        if any(m.entity.category == "Trial" for m in rec.mentions):
            return False
        given = {e.id for e in st.regimens.values()} | ({st.candidate.id} if st.candidate is not None else set())
        if not given and self.main_regimen is not None:
            given.add(self.main_regimen.id)  # (the report's guess, when the trial in focus gave none of its own)
        if not given:
            return False
        for t in self.therapies(text, rec):
            if t.entity.category == "DrugClass" or t.entity.id in given:
                continue
            if _THE_BEFORE.search(text, 0, t.start) and _NAMED_BY_DRUG.match(text, t.end):
                parts = set(self.ctx.vocab.regimen_components.get(t.entity.id, ()))
                if not parts & given:
                    return True
        return False

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

    def _unnamed_study(self, text: str, rec, s: Sentence | None = None) -> Entity | None:
        """A study the text introduces without a name: "A phase II clinical study evaluated tivantinib
        and cetuximab in 41 patients" -> "phase II study of cetuximab + tivantinib" (document-scoped)."""
        m = _UNNAMED.search(text)
        if self.short:
            return None
        if m is None:
            return self._study_after_regimen(text, rec, s)
        therapies = [t for t in self.therapies(text, rec) if t.start > m.end() and t.entity.category != "DrugClass"
                     and t.entity.id not in _NOT_ARMS]
        if not therapies:
            # "A and B were evaluated in a randomized phase II study in patients with ...": the study words name no
            # therapy after them; the ones before them are what it tested
            return self._study_after_regimen(text, rec, s)
        seq = therapies
        regimen, _ = _regimen_of(seq[:1] if len(seq) == 1 else seq[:2] if _JOIN_SEP.match(text[seq[0].end:seq[1].start])
                                 else seq[:1], self.ctx)
        return self._unnamed_of(text, regimen, s)

    def _study_after_regimen(self, text: str, rec, s: Sentence | None = None) -> Entity | None:
        """A study the text introduces without a name after the one regimen it tested: "The activity of sotorasib
        ... has been demonstrated in a phase I trial" -> "phase I study of sotorasib" (builders/trials_cited.py)."""
        at = trials_cited.study_after_regimen(text)
        if at is None or any(m.entity.category == "Trial" for m in rec.mentions):
            return None
        before = {t.entity.id: t for t in self.therapies(text, rec) if t.end <= at}
        agents = {k: t for k, t in before.items() if t.entity.category != "DrugClass"}
        if len(agents) > 1:
            # "Two targeted agents, A and B, were evaluated in ...": arms, or a combination, not said here; the
            # randomisation the next sentences give may say it
            found = self._arms_assigned_ahead(s, agents)
            if found is None:
                return None
            regimen, at = found
            trial = self._unnamed_of(text, regimen, s)
            self.after_regimen.add(trial.id)
            self.unnamed_regimens.pop(trial.id, None)  # (its arms are the assigned ones, no single regimen)
            self.arms_ahead[trial.id] = at  # (the sentence that assigns them gives its arms, as its introduction would)
            return trial
        if len(before) != 1:
            return None
        only = next(iter(before.values()))
        if only.entity.category == "DrugClass" or only.entity.id in _NOT_ARMS:
            return None
        regimen, _ = _regimen_of([only], self.ctx)
        trial = self._unnamed_of(text, regimen, s)
        self.after_regimen.add(trial.id)
        return trial

    def _arms_assigned_ahead(self, s: Sentence | None, before: dict) -> tuple[Entity, int] | None:
        """The first arm of a study introduced after several agents it evaluated ("Two agents, A and B, were
        evaluated in a randomized phase II study"), when one of the next two sentences of its paragraph assigns the
        patients to arms that hold every one of those agents ("Patients were randomized 1:1:1 to receive C plus A,
        B, or placebo"): the agents were then compared as arms, the study is named by the first; that regimen and
        the index of the assigning sentence, else None (agents evaluated together, or arms the text does not give)."""
        if s is None or any(t.entity.id in _NOT_ARMS for t in before.values()):
            return None
        known = getattr(self.ctx, "combination_parts", {})
        for j in (s.index + 1, s.index + 2):
            if j >= len(self.doc.sentences) or self._paragraph_break(j - 1, self.doc.sentences[j]):
                return None
            nxt = self.doc.sentences[j]
            m = _ASSIGNED_TO.search(nxt.norm)
            if m is None:
                continue
            rec = self.recognize(nxt)
            given = [t for t in rec.merged() if t.entity.category in THERAPY and t.start >= m.end()]
            held = {c for t in given for c in (t.entity.id, *(known.get(t.entity.id) or _parts_named(t.entity, self.ctx.vocab)))}
            if len(given) < 2 or not set(before) <= held or given[0].entity.id in _NOT_ARMS:
                return None
            regimen, _ = _regimen_of(given[:1], self.ctx)
            return regimen, j
        return None

    def _unnamed_of(self, text: str, regimen: Entity, s: Sentence | None = None) -> Entity:
        """The document's unnamed study of ``regimen``, named by the phase ``text`` gives; a study whose words cite
        one study of the reference list by number ("in a phase I trial [12]", "a multicenter study³⁸") is that
        study, named by its entry's first author and year ("Fu et al. 2023"; builders/references.py)."""
        phase = phase_of(text)
        ref = references.study_citation(self.ctx, s.text) if s is not None else None
        if ref is not None:
            trial = author_trial(ref.author, ref.year, phase)
            self.unnamed_regimens[trial.id] = regimen
            return trial
        label = f"{'phase ' + phase + ' ' if phase else ''}study of {regimen.name}"
        trial = unnamed_trial(self.doc, label, phase)
        if self.first_unnamed is None:
            # a long report's first unnamed study: its own, which the number it says it registered may name
            self.first_unnamed = trials_registry.with_registered_number(trial, self.doc.text, said_registered=True)
        if trial.id == self.first_unnamed.id:
            trial = self.first_unnamed
        self.unnamed_regimens[trial.id] = regimen
        return trial

    def _cited_study(self, text: str, index: int = -1) -> Entity | None:
        """The one study a sentence cites by its first author ("Rimassa et al. evaluated ...",
        "... (Van Cutsem et al., 2014)"), with its year when the sentence, the next sentences of its
        paragraph or (when the author has one) the document give it."""
        found: dict[str, str | None] = {}
        for m in _CITATION.finditer(text):
            before = _YEAR_BEFORE_BY.search(text, max(0, m.start() - 80), m.start())
            found[m.group(1)] = found.get(m.group(1)) or m.group(2) or (before.group(1) if before else None)
        if len(found) != 1:
            return None
        author, year = next(iter(found.items()))
        if year is None:
            year = self.cite_ahead.get(index, {}).get(author)
        if year is None and len(self.author_years.get(author, ())) == 1:
            year = next(iter(self.author_years[author]))
        if year is None and index >= 0:
            # "Valtorta et al identified ... .³²": the year of the sentence's numbered reference by that author
            year = references.author_year(self.ctx, self.doc.sentences[index].text, author)
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

    def _pooled_named_trials(self, s: Sentence, rec) -> None:
        """The named trials a pooled analysis lists ("a pooled analysis of ALPHA, BETA and GAMMA to compare A versus
        B"; builders.trials_pooled_named): each evaluates the regimens compared, with no arm and no value."""
        trials = [m for m in rec.mentions if m.entity.category == "Trial"]
        if len(trials) < 2:
            return
        therapies = [t for t in rec.merged() if t.entity.category in THERAPY]
        listed, tested = trials_pooled_named.pooled_trials_tested(s.norm, trials, therapies, self.ctx.combination_parts,
                                                                  _NOT_ARMS)
        if not listed:
            return
        ev = self.out.evidence(s)
        regimens = []
        for t in tested:
            regimen = as_regimen(self.ctx, t.entity)
            if regimen.id != t.entity.id:
                self.out.fact(regimen, "has_component", t.entity, ev)
            regimens.append(regimen)
        for m in listed:
            trial = trial_entity(m.entity, None)
            self.out.entity(trial)
            for regimen in regimens:
                self.out.fact(trial, "evaluates", regimen, ev)
        self.out.mentions(rec, ev)

    def _registered_trials(self, s: Sentence, rec) -> None:
        """Trials known only by their registry numbers, in a bracket after the one therapy the sentence says they
        test ("A is under evaluation in phase II trials (NCT1; NCT2)"; builders.trials_registered): each tested it, in the
        phase written between the evaluating words and the bracket."""
        trials = [m for m in rec.mentions if trials_registry.registry_name(m.entity)]
        if not trials:
            return
        therapies = [t for t in rec.merged() if t.entity.category in THERAPY and t.entity.id not in _NOT_ARMS]
        pairs = trials_registered.registered_tests(s.norm, trials, therapies)
        if not pairs:
            return
        ev = self.out.evidence(s)
        for m, therapy, at in pairs:
            # (the phase written between the therapy and the bracket: "shown activity in a phase I study and is under
            # evaluation in phase II trials (...)" are phase II trials)
            trial = trial_entity(m.entity, phase_of(s.norm[at:m.start]))
            self.out.entity(trial)
            st = self._state(trial, s)
            if not st.arms:
                self._set_arms(st, [(therapy.entity, ())], ev)
        self.out.mentions(rec, ev)

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

    def _present_study(self) -> Entity | None:
        """The study an article reports of its own when it names none (no trial, no author line): only in a
        research article (it speaks of its own study or cohorts, or, when it names no trial of its own, of a series of its
        own patients: "We retrospectively compared A with B", "This was a retrospective study of 23 patients"), never
        in a review."""
        if self._review_header or not (_OWN_PATIENTS.search(self.doc.text) or _OWN_COHORT.search(self.doc.text) or
                                       _OWN_SERIES.search(self.doc.text) or self._own_series_stated() or
                                       self._own_count_stated()):
            return None
        return unnamed_trial(self.doc, "present cohort study")

    def _own_series_stated(self) -> bool:
        """Whether a report that names no trial of its own states its own study of a series of its patients ("This was a
        retrospective study of 23 patients from two centres"; builders.trials_own_cohort), in a sentence that names no
        trial."""
        return self.main_trial is None and self._own_series_at is not None

    def _own_count_stated(self) -> bool:
        """(s46 outv) Whether a report that names no trial of its own counts its patients as those its study took in
        ("Fifty-one patients were enrolled in this study", "Methods: A total of 45 patients ... were involved in the
        study"), under a title that names no trial and introduces none ("... : a phase II, multicenter, clinical trial
        (X study)": that trial is its own)."""
        if self.main_trial is not None or self._title_introduces_own or not self._counted_in_study:
            return False
        return not self._title_names_trial

    @cached_property
    def _counted_in_study(self) -> bool:
        """Whether the text counts patients as those a study took in (:data:`_COUNTED_IN_STUDY`): the document-only
        part of :meth:`_own_count_stated`, searched once (``main_trial`` may change between its calls)."""
        return _COUNTED_IN_STUDY.search(self.doc.text) is not None

    def _own_comparison_stated(self) -> bool:
        """Whether a report that names no trial states, in a sentence that names none (not its title), what its own
        study compared ("This study aimed to compare A or B", "This trial was a randomized, two-armed phase 3 comparison
        of A versus B"; builders.trials_own_cohort): a study of its own, whose arms that sentence gives."""
        if self._review_header or self.main_trial is not None:
            return False
        for s in self.doc.sentences:
            if (s.index > 0 or s.section) and trials_own_cohort.states_own_comparison(s.norm):
                rec = self.recognize(s)
                if not any(m.entity.category == "Trial" for m in rec.mentions) and \
                        len({m.entity.id for m in rec.mentions if m.entity.category in THERAPY}) >= 2:
                    return True  # (therapies compared, two at least: not groups of a marker or of a period)
        return False

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
            return self._joined_regimen(s.norm, seg)
        return self._counted_series_regimen()

    def _joined_regimen(self, text: str, seg: list) -> Entity | None:
        """The one regimen of the therapies ``seg`` of ``text``, when words that join therapies stand between each two;
        else (or with none) None."""
        if not seg or any(not _JOINED.fullmatch(text[a.end:b.start]) for a, b in zip(seg, seg[1:])):
            return None
        return _regimen_of(seg, self.ctx)[0]

    def _counted_series_regimen(self) -> Entity | None:
        """(s44 ovals) The therapy the counted patients of the report's own series received, as a sentence that states
        the series says ("This retrospective study included 157 patients ..., who received A plus B as later-line
        therapy", "OS was analysed for 78 patients treated with A at six institutions"; builders.trials_series_given):
        the first such sentence, from the one that first states the series, naming no trial; None when its words are
        not one regimen (a class, alternatives, words between its parts that join none)."""
        if self._own_series_at is None:
            return None
        for s in self.doc.sentences[self._own_series_at:]:
            span = trials_series_given.given_span(s.norm) if trials_own_cohort.states_own_series(s.norm) else None
            if span is None:
                continue
            rec = self.recognize(s)
            if any(m.entity.category == "Trial" for m in rec.mentions):
                return None
            seg = [t for t in self.therapies(s.norm, rec) if span[0] <= t.start < span[1]]
            if not seg or seg[0].start != span[0] or seg[-1].end > span[1] or \
                    any(t.entity.category == "DrugClass" or t.entity.id in _NOT_ARMS for t in seg) or \
                    _SOLE_TAIL.fullmatch(s.norm[seg[-1].end:span[1]]) is None:
                return None
            return self._joined_regimen(s.norm, seg)
        return None


# (s47 pfocus) what may follow the one therapy a series received: nothing, or a word that says it was given alone
# ("patients who received A monotherapy", "... A alone")
_SOLE_TAIL = lazy_compile(r"\s*(?:monotherapy|alone)?\s*", re.I)
# searched in most sentences, which hold none of their words (builders/prefilter.py)
_PHASE_LIST, _OWN_SERIES = (prefiltered(p) for p in (_PHASE_LIST, _OWN_SERIES))
