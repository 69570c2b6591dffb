"""The values a trial's sentence reports, read for the trial reader (builders/trials_text.py).

Metric words in order, lists such as "ORR and DCR" grouped (``_metrics``); numbers with their units, CIs, P values,
doses and hazard ratios set apart (``_values``) and whether a value fits its metric; the population or label each
value is given for: a label after a value ("12.1 months in the AXL-negative cohort"), a "respectively" list, a colon
list, a marker-defined or counted group, a cohort contrast's subgroup (``_value_labels``, ``_respective_labels``,
``_subgroup`` ...); the two populations of one arm that "a vs b" compares; the clauses of a sentence that speak of
another study; and the per-trial state and value records (``TrialState``, ``Value``) these read with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from builders.context import paired_labels
from builders.document import Sentence
from builders import trials_cited, trials_endpoint_ratios, trials_subgroups
from builders.design_words import ASSIGN_VERB, ASSIGNMENT_WORD
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trials_analysis_sets import analysis_set, sampled_part
from kg.model import Entity

_NUM = r"\d{1,4}(?:[.,]\d+)?"
# (a value glued to its verb by a lost space, "median PFS was5.3 months", is still the value)
_VALUE = lazy_compile(rf"(?:(?<![\w.\-/])|(?<=\bwas)|(?<=\bwere))({_NUM})\s*(%|percent\b|months?\b|mos?\b|m\b|weeks?\b|wk\b|days?\b|years?\b)?")
# a median written before its metric, its unit hyphened onto it: "an inspiring 7.9-mo median PFS", "a 6.1-month median OS"
_PRENOMINAL_MEDIAN = lazy_compile(rf"(?<![\w.\-/])({_NUM})\s*-\s*(?:months?|mos?)\s+(?=median\b)", re.I)
# (in round or square brackets: "5.3 [95 % CI, 2.1–9.3]", its bounds in a bracket of their own too, "95%CI [0.73, 1.14]"; an open upper bound as NE, NR or NA; "C.I." and the "Cl" a
# text layer makes of "CI" too)
_CI = lazy_compile(rf"[(\[]?\s*(?:9[059]|80)(?:\.\d+)?\s*%\s*-?\s*(?:CI|C\.\s?I\.?|(?-i:Cl)|confidence interval)\s*(?:\[CI\]|\(CI\))?\s*[,:=]?\s*[\[(]?\s*({_NUM})\s*%?\s*(?:months?|mo)?\s*"
                   rf"(?:[-–—]|to|,)\s*({_NUM}|NE|NR|NA|not (?:evaluable|reached|estimable))\s*%?\s*(?:months?|mo)?[)\]]?", re.I)
# ("0.69 (0.54-0.89)", "0.691 [0.536-0.891]": an interval in round or square brackets)
_BARE_RANGE = lazy_compile(rf"[(\[]\s*({_NUM})\s*%?\s*(?:[-–—]|to)\s*({_NUM})\s*%?\s*(?:months?|mo)?\s*[)\]]")
# ("HR vs regorafenib = 1.00", "HR vs control arm, 0.58": a ratio against the arm it names; "HR [95% CI] = 0.69
# [0.54-0.89]": the interval's label between the ratio and its value; "HR (95% CI) (A:B): 0.97 (0.84-1.11)": the two
# sides of the ratio in a bracket of their own, the first side the arm whose ratio it is)
_HR = lazy_compile(rf"(?:hazards? ratios?|\bHRs?)\s*(?:\(?\s*\[HRs?\]|\(HRs?\))?\s*(?:[\[(]\s*95\s*%\s*CI\s*[\])])?\s*(?:\(\s*[A-Za-z][\w\-+ ]{{0,40}}?\s*(?::|\bvs\.?|\bversus\b)\s*[A-Za-z][\w\-+ ]{{0,40}}?\)\s*)?(?:for [\w\s\-]{{1,30}}?|(?:vs\.?|versus) (?:(?!(?:and|or|with)\b)[\w\-/]+ ?){{1,4}}?|"
                   # ("the hazard ratio of A/B versus B was 1.00", "hazard ratio for PFS of A plus B versus B was 0.72":
                   # the two arms compared, named between the ratio and its value)
                   # (never groups a marker defines: "for mutated versus wild-type BRAF" compares no arms)
                   rf"(?:of|for) (?:(?!mutat|mutant|wild|status|express|positiv|negativ)[\w\s\-/+]){{1,50}}? (?:vs\.?|versus) "
                   rf"(?!mutat|mutant|wild|status|express|positiv|negativ)[\w\-/+]+(?: [\w\-/+]+){{0,3}}? (?=was|is|[,:=]))?"
                   # (the ratio's value stands alone: never the number of a drug's code the words before it end on, "the
                   # hazard ratio for death in the TAS-102 group ...")
                   rf"\s*(?:[,:=]|was|were|of|is|are)?\s*(?:(?<=\bHR)|(?<=\bwas)|(?<![\w\-/.]))({_NUM})",
                   re.I)
# ("hazard ratio ([HR] 0.79; ...)": the short form opening the bracket that holds the value; "the HRs for OS in the
# subgroups were 0.77 in ... and 0.83 in ...": ratios, never medians)
# a confidence level named with no bounds, closing its bracket: the legend of the values that follow ("Median OS
# (months [95.34% confidence interval (CI)]) was 12.5 (10.8-15.5) versus ...", "50.0% (95% confidence interval [CI])")
_CI_LEGEND = lazy_compile(r"\b(?:80|9[059])(?:\.\d+)?\s*%\s*(?:CI|confidence\s+interval)(?:\s*[(\[]CI[)\]])?(?=\s*[)\]])", re.I)
# an odds ratio between arms ("odds ratio [OR], 0.87", "OR = 1.18", "odds ratio [95% CI] = 2.41 [1.61-3.61]"): a
# comparison, not an arm's value (the uppercase "OR" only, never the word "or")
_ODDS_RATIO = lazy_compile(rf"(?:\b(?i:odds\s+ratio)|\bOR\b)\s*(?:\[OR\]|\(OR\))?\s*(?:[\[(]\s*95\s*%\s*CI\s*[\])])?\s*"
                           rf"(?:[,:=]|(?i:was|of|is))?\s*{_NUM}(?![\d.])")
# a second hazard ratio chained to the first by the arm each belongs to ("... for the triplet and 0.60 for ...")
_HR_CHAINED = lazy_compile(rf"\s+(?:for|in|with)\s+(?:the\s+)?(?:(?:pts|patients)\s+with\s+(?:[\w\-]+\s+){{0,3}})?[\w\-]+(?:\s+[\w\-]+)?\s*(?:,|and|, and)\s+({_NUM})\s+"
                           rf"(?:for|in|with)\b")
# an unbracketed span of values ("Median OS was 6.5-7.8 months across regions"); a bracketed one after a value is its CI
_SPAN = lazy_compile(rf"(?<![\w.\-/])({_NUM})\s*%?\s*[-–—]\s*({_NUM})\s*(?:%|months?\b|mo\b|weeks?\b)?")
# a P value, also one named for its test ("P for interaction = 0.03", "p of non-inferiority = 0.43", "pnon-inferiority=0.01")
_P = lazy_compile(r"\b(?:log-rank\s+)?[Pp]\s*(?:-?value)?\s*(?:(?:for|of)\s+(?:the\s+)?)?"
                  r"(?:\(?(?:non-?inferiority|superiority|equivalence|interaction|trend|heterogeneity)\)?\s*)?"
                  r"(=|<|>|≤|<=)\s*(0?\.\d+|0\.\d+)")
# a P value whose decimal point stands apart from its digits, as text copied from a PDF writes it ("P =. 07", "P <. 128")
_P_SPLIT = lazy_compile(r"\b[Pp]\s*(?:=|<|>|≤|<=)\s*\.\s+\d+")
_WORD_NUMBERS = {w: i for i, w in enumerate(trials_cited.NUMBER_WORDS)}
_WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_WORD_NUMBERS.update({f"{tens}-{unit}": _WORD_NUMBERS[tens] + _WORD_NUMBERS[unit]  # "Forty-three patients were evaluable"
                      for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
                      for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")})
# an arm named by a digit: "for arm 1", "(arm 2)" (its digit is no value)
# ("8.6 months in arm 2", "30.1% in cohort 1 and 28.0% in cohort 2": a numbered arm, cohort, group or part)
_DIGIT_LABEL = lazy_compile(r"\b(?:[Aa]rms?|[Cc]ohorts?|[Gg]roups?|[Pp]arts?)\s+([1-9])\b(?![.,]\d)(?!\s*(?:%|months?|mos?\b|weeks?|days?|years?))")
_GROUP_LIST_SEP = lazy_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+")
_ARM_LABEL = lazy_compile(r"\b[Aa]rm\s+([A-H1-9])\b|\b([A-H1-9])\s+arm\b|\b(?:[Cc]ohort|[Pp]art|[Gg]roup)\s+([A-H1-9])\b|"
                          r"(?<=[\d%])\s*(?:m|mo|months?|%)?\s*\(([A-H])\)")  # a value's own label: "18.0 m (A) vs 25.0 m (B)"
# the patients of an age group ("in patients aged 70 years or older", "among those older than 65", "in patients ≥ 75 years")
_AGED = lazy_compile(r"\b(?i:in|among|for)\s+(?:the\s+)?(?:elderly\s+|older\s+|younger\s+)?(?:patients|those|participants)\s+"
                     r"((?:(?:aged|older\s+than|younger\s+than|over|under)\s+|[≥≤<>]\s*)(?P<age>\d{2})(?:\s*(?:years|yrs|y)\b)?"
                     r"(?:\s+(?:of\s+age|old))?(?:\s+(?:or|and)\s+(?:older|over|above|younger|under|below))?)")
_SUBGROUP = lazy_compile(r"\b(?:in|among|for)\s+(?:both\s+|all\s+)?(?:the\s+)?(?:patients\s+with\s+)?([\w/+\-]+(?:\s[\w/+\-]+){0,2}?)\s+"
                         r"(?:population|sub-?population|subgroup|subset|cohort|patients|tumou?rs)\b", re.I)
# (also a sentence that opens with "Overall," and names no part of its own: "Overall, median PFS was 3.7 vs 1.8 months")
_OVERALL = lazy_compile(r"\b(?:overall|whole|entire|total|intention-to-treat|ITT)\s+(?:population|cohort)\b|^\s*Overall\s*,|"
                        rf"\b(?:among|in|for)\s+all\s+(?:(?:{ASSIGN_VERB}|enrolled|treated)\s+){{0,2}}patients\b"
                        r"(?!\s+(?:with|who|whose|harbou?ring|carrying|receiving|treated|in)\b)", re.I)
# the units of a dose ("250 mg", "6 mg/kg", "85 mg/m2")
_DOSE_UNIT = r"mg/kg|mg/m2|mg/m²|mg"
_DOSE = lazy_compile(rf"({_NUM})\s*-?\s*({_DOSE_UNIT})(?![\w/])", re.I)
# a metric's short form in brackets after it: "progression-free survival (PFS)"
_OPEN_BRACKET_GAP = lazy_compile(r"\s*\(\s*")
_CLOSE_BRACKET = lazy_compile(r"\s*\)\s*")
# a PFS short form written inside the metric's name, before its head noun: "progression-free (PFS" [survival]
_SHORT_FORM_INSIDE = lazy_compile(r"\bprogression[- ]free\s*\(\s*m?PFS$", re.I)
# "progression-free" whose noun the overall survival after it shares, its own values in brackets between them or not:
# "Progression-free (6.5 v 4.7 months; HR 0.68) and overall survival (16.3 v 13.2 months) were longer ...", "median
# progression-free and overall survival were 3.1 and 8.2 months": a metric of its own, median PFS
_SHARED_SURVIVAL = lazy_compile(r"\bprogression[- ]free(?=\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?,?\s*and\s+(?:median\s+)?overall\s+"
                                r"survival\b)", re.I)
METRIC_CUES = {"metric_orr": "ORR", "metric_dcr": "DCR", "metric_pfs": "mPFS", "metric_os": "mOS", "metric_dor": "mDoR",
               "metric_ae3": "AE_G3", "metric_hr": "HR",
               "metric_other": None}
_MONTHS = ("month", "months", "mo", "mos", "m")


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
    population: object = None  # (sentence index, subgroup) of the last results sentence that named a population
    named: list = field(default_factory=list)  # the indices of the sentences that named it (and no other trial)
    optional: bool = False  # the latest design gave a regimen with and without an add-on ("A ± B")
    control_first: bool = False  # such a design's results given control first ("increased X from 56 to 67%")
    control: object = None  # the arm the latest design named its control in a bracket ("A (control group) or B ...")
    analysed: object = None  # (start of the sentence, label): the population the report says its analysis is of


@dataclass
class Value:
    start: int
    end: int
    number: float
    unit: str
    ci: tuple | None = None


# a reference to a table or figure of the article ("Table 2", "Figure 1A", "Fig. 3B and C", "Supplementary Table S1")
_FIGURE_REF = lazy_compile(r"\b(?:Supplementary\s+|Suppl\.?\s+)?(?:Tables?|Fig(?:ure)?s?\.?)\s*S?\d+[A-Za-z]?"
                           r"(?:\s*(?:,|and|&|-|–)\s*(?:(?:Tables?|Fig(?:ure)?s?\.?)\s*)?S?\d*[A-Za-z]?\b)*")
_RESPECTIVELY = lazy_compile(r"\brespectively\b", re.I)


_SCALES = {"hundred": 100, "thousand": 1000}


def _count(word: str) -> int | None:
    """ "1,072" -> 1072, "Sixteen" -> 16; a count in words past a hundred is a unit word, its scale and what is left
    below that scale ("three hundred seventy seven" -> 377, "one thousand one hundred and eighty-six" -> 1186, "two
    thousand and forty" -> 2040).

    >>> _count("1,072"), _count("Fifty three"), _count("two hundred and twelve"), _count("One thousand one hundred and eighty-six")
    (1072, 53, 212, 1186)
    """
    word = word.replace(",", "")
    if word.isdigit():
        return int(word)
    words = [w for w in re.split(r"[\s\-]+", word.lower()) if w != "and"]
    if len(words) >= 2 and words[1] in _SCALES:
        scale = _SCALES[words[1]]
        tail = _count(" ".join(words[2:])) if words[2:] else 0
        if tail is None or tail >= scale or words[0] not in _WORD_NUMBERS:
            return None
        return _WORD_NUMBERS[words[0]] * scale + tail
    return _WORD_NUMBERS.get("-".join(words))  # "Fifty three" as "fifty-three"


# adverse events of grade 3 or higher, the share of patients who had them (AE_G3): "grade ≥3 adverse events", "grade 3-4
# treatment-related AEs", "grade III/IV toxicities"; a grade worded in many ways, so a pattern rather than a lexicon
_AE_G3 = prefiltered(lazy_compile(
    r"\bgrades?\s*(?:≥\s*3|>=\s*3|>\s*2|≥\s*iii|3\s*(?:or\s+(?:higher|greater|more|above|worse|4|5)|and\s+[45]|to\s+[45]|[-–/]\s*[45])|"
    r"iii\s*(?:[-–/]|or|and|to)\s*iv)\s+(?:(?:treatment|drug)[- ](?:related|emergent)\s+|immune[- ]related\s+)?"
    r"(?:adverse\s+(?:events?|reactions?|effects?)|aes?|tr?aes?|teaes?|iraes?|toxicit(?:y|ies)|toxic\s+effects|events)\b", re.I))


def with_adverse_event_hits(text: str, hits: list) -> list:
    """``hits`` with a metric hit (lexicon ``metric_ae3``) for each phrase of grade 3 or higher adverse events.

    >>> with_adverse_event_hits("Grade ≥3 treatment-related AEs occurred in 12%.", [])
    [(0, 30, 'metric_ae3')]
    >>> with_adverse_event_hits("Grade 3 neutropenia occurred in 12%.", [])
    []
    """
    found = [(m.start(), m.end(), "metric_ae3") for m in _AE_G3.finditer(text)]
    return hits + found if found else hits


def hits_of(hits, lexicon: str) -> list:
    return [h for h in hits if h[2] == lexicon]


# (a response criterion's qualifier the second metric repeats, "immune-related ORR and immune-related PFS rate", keeps the list)
_LIST_SEP = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/\s*|&\s*)(?:the\s+)?(?:median\s+|confirmed\s+)?"
                         r"(?:immune[- ]related\s+)?$", re.I)


# a time-to-event metric the reader does not record ("duration of response", "TTP"): in a list of metrics it
# still holds its place ("median PFS, OS and DOR were 6.9, 15.5 and 7.0 months, respectively")
TIME_SLOT = "time"
_TIME_METRIC = lazy_compile(r"(?:median\s+)?(?:duration of (?:\w+\s+)?response|m?DoR|m?DOR|time to (?:progression|response|"
                            r"treatment failure)|m?TT[PRF]|(?:disease|relapse|recurrence|event|metastasis|pain|symptom)[- ]free survival|"
                            r"[DRE]FS|(?:2nd|second)\s+(?:PFS|progression-free survival)|PFS-?2)", re.I)


def _slot(metric: str | None, text: str, start: int, end: int) -> str | None:
    """The place a metric keyword takes in a list: its metric, TIME_SLOT for a time-to-event metric that is not
    recorded, else None."""
    if metric is not None:
        return metric
    return TIME_SLOT if text and _TIME_METRIC.fullmatch(text[start:end]) else None


def _metrics(hits, text: str = "") -> list[tuple[int, int, str | None, list]]:
    """Metric keywords in order (longest hit at each place), lists such as "ORR and DCR" grouped: a
    metric joined to the one before by "and", "," or "/" (nothing else between) joins its group. A list
    keeps the place of a time-to-event metric the reader does not record (TIME_SLOT); the group's own
    metric is its first recorded one."""
    found = [(start, end, METRIC_CUES[lex]) for start, end, lex in hits if lex in METRIC_CUES and lex != "metric_hr"]
    if found and "free" in text:
        found += [(m.start(), m.end(), "mPFS") for m in _SHARED_SURVIVAL.finditer(text)]
    if not found:
        return []  # (most sentences name no metric)
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    out: list = []
    last_end = -1
    for start, end, metric in found:
        if start < last_end:
            continue
        slot = _slot(metric, text, start, end)
        if out and text and out[-1][2] == "mPFS" and text[start:end].lower() == "survival" and \
                _SHORT_FORM_INSIDE.search(text, 0, out[-1][1]) and _CLOSE_BRACKET.fullmatch(text, out[-1][1], start):
            last_end = end  # "progression-free (PFS) survival": the short form written inside the name, one metric
            # (s47 f12out)
            continue
        if out and text and slot is not None and slot in out[-1][3] and \
                _OPEN_BRACKET_GAP.fullmatch(text, out[-1][1], start) and _CLOSE_BRACKET.match(text, end):
            last_end = end  # "progression-free survival (PFS)": the metric's short form in brackets, not a second metric
            continue
        if out and text and slot is not None and (out[-1][2] is not None or out[-1][3] == [TIME_SLOT]) and \
                slot not in out[-1][3] and _LIST_SEP.fullmatch(re.sub(r"\([^()\d]{0,12}\)", " ", text[out[-1][1]:start])):
            # "ORR and DCR", "median PFS and OS", "ORR (%), DCR": one list of metrics (not "ORR (79% vs 57%) and median
            # PFS": a metric with its values in brackets is a list's item no more)
            prev = out[-1]
            out[-1] = (prev[0], end, prev[2] if prev[2] is not None else metric, prev[3] + [slot])
        else:
            ahead = _PRENOMINAL_MEDIAN.search(text, max(0, start - 24)) if text and metric in ("mPFS", "mOS") else None
            if ahead is not None and (ahead.end() == start or
                                      re.fullmatch(r"median\s+", text[ahead.end():start], re.I) is not None):
                start = end = ahead.start(1)  # "a 7.9-mo median PFS": the metric reads the value written before it
            out.append((start, end, metric, [slot] if slot == TIME_SLOT else [metric]))
        last_end = max(end, last_end)
    return out


# a difference between arms ("increased by 17%", "improved median PFS by 2.1 months", "an improvement of 2.1 months"),
# not an arm's value
_DIFFERENCE_BY = lazy_compile(rf"\b(?:increas\w*|improv\w*|decreas\w*|reduc\w*|ris\w*|rose|fell|higher|lower|longer|shorter|"
                              rf"prolong\w*|extend\w*|gain\w*|differ\w*)\s+(?:(?!by\b)[A-Za-z\-]+\s+){{0,3}}?by\s+(?:an?\s+)?(?:absolute\s+)?{_NUM}(?:\s*(?:%|-fold|"
                              rf"months?|mo\b|weeks?|percentage points?))?(?:\s*(?:and|,)\s*{_NUM}\s*(?:%|months?|mo\b)?)*|"
                              rf"\b(?:difference|improvement|increase|reduction|gain|extension)\s+(?:of|in)\s+(?:\w+\s+){{0,3}}?{_NUM}"
                              rf"\s*(?:%|months?|mo\b|percentage points?)?|"
                              # a difference written with its sign in the bracket after the values: "8.9 months with A
                              # vs. 12.1 months with B (+3.2 months; p = 0.93)"
                              rf"(?<=\()\s*[+±]\s*{_NUM}\s*(?:%|months?|mo\b|weeks?|percentage points?)", re.I)
# a count of patients ("146 patients were treated"), not a result
# (never a number of months or weeks: "7 months among patients with CRC" is a median of that group)
_COUNT_OF_PATIENTS = lazy_compile(r"(?<![\d.,])\d[\d,]*\s+(?!(?:months?|mo|weeks?|wks?)\b)"
                                  r"(?:(?![\w\-]*\d)[\w\-]+\s+){0,3}?(?:patients|participants|pts|"
                                  r"subjects|cases)\b", re.I)


# thresholds and eligibility bounds ("at least 30%", "powered to detect a 10% difference") and bounds set in advance
# ("an ORR of 75% or higher"), which _values masks
_THRESHOLD = lazy_compile(rf"(?:\b(?:at least|more than|less than|longer than|shorter than|greater than|higher than|lower than|"
                          rf"above|below|exceed(?:s|ed|ing)?|over|up to|within)\b|"
                          rf"[>≥<≤]|powered to detect[^,;]*?)\s*(?:an?\s+)?(?:[A-Za-z\-]+\s+){{0,3}}?{_NUM}\s*"
                          rf"(?:%|months?|mo\b|weeks?)?", re.I)
_OR_HIGHER = lazy_compile(rf"(?<![\w.\-/]){_NUM}\s*(?:%|months?|mo\b|weeks?)?\s+or\s+(?:higher|more|greater|above|longer|"
                          rf"lower|less|below|shorter)\b", re.I)
# a time point on the follow-up, not a median: "the curves separated after 12 mo", "trended towards improved survival
# beyond 18 months", "until 24 months" (a landmark rate's time "at 12 months" too: the rate is the value, and so are the
# times of a list of landmarks, "rates at 12 and 18 months were 42.7% vs 40.3%")
_TIME_POINT = lazy_compile(rf"\b(?:after|beyond|until|at)\s+(?:about\s+|approximately\s+|around\s+)?"
                           rf"(?:{_NUM}(?:\s*,\s*{_NUM}){{0,4}},?\s+(?:and|or)\s+)?{_NUM}\s*"
                           rf"(?:months?|mos?\b|weeks?|years?)(?!\s*(?:vs\.?|versus|v\.?|and|or)\s*{_NUM})", re.I)

# a schedule or a period of treatment, never a result: "evaluated every 8 weeks", "for 12 weeks", "within 28 days"
_SCHEDULE = lazy_compile(rf"\b(?:every|each|q)\s+{_NUM}\s*(?:months?|weeks?|wks?|days?)\b|"
                         rf"\b(?:for|within|during|over|up\s+to)\s+(?:the\s+first\s+)?{_NUM}\s*(?:weeks?|wks?|days?)\b", re.I)


_ANY_DIGIT = lazy_compile(r"\d")


# a name that starts with digits glued (or hyphened) to capitals: "5-FU", "5FU", "6-MP" (never a value with its unit:
# units are written in small letters, "12mo", "5 mg")
_DIGIT_NAME = lazy_compile(r"(?<![\w.,])\d{1,2}-?[A-Z]{2,}\b")


def _values(text: str) -> tuple[list[Value], list[tuple[int, float, str | None]], list]:
    """Numbers with units (CIs, P values, doses and hazard ratios set apart)."""
    if _ANY_DIGIT.search(text) is None:
        return [], [], []  # (every value, ratio and interval is written with digits: a sentence without one has none)
    masked = list(text)
    cis = []
    hrs = []

    def mask(a: int, b: int) -> None:
        masked[a:b] = " " * (b - a)

    before_metric = []  # medians written before their metric, read first: the masks below would take "7.9-month" apart
    for m in _PRENOMINAL_MEDIAN.finditer(text):
        before_metric.append(Value(m.start(1), m.end(1), float(m.group(1).replace(",", ".")), "months"))
        mask(m.start(), m.end())
    listed = trials_endpoint_ratios.endpoint_ratios(text)
    for a, b, value, _ in listed:
        # "the hazard ratios for PFS and OS were 0.70 and 0.85, respectively": each the ratio of its endpoint
        tail = text[b:b + 60]
        p = _P.search(tail)
        p = p if p and p.start() < 25 and not _ANY_DIGIT.search(tail, 0, p.start()) else None  # (its own P value)
        hrs.append((a, value, f"{p.group(1)} {p.group(2)}" if p else None))
        mask(a, b)
    grouped = trials_endpoint_ratios.listed_ratio_spans(text)
    for a, b in grouped:
        mask(a, b)  # "the hazard ratios for PFS in A and B were 0.65 and 1.10, respectively": ratios of groups, no medians
    read = {start for start, *_ in listed} | {start for start, _ in grouped}
    for m in _HR.finditer(text):
        if m.start(1) in read:
            continue  # (its value is one of a listed pair, read above)
        value = float(m.group(1).replace(",", "."))
        tail = text[m.end():m.end() + 60]
        p = _P.search(tail)
        hrs.append((m.start(), value, f"{p.group(1)} {p.group(2)}" if p and p.start() < 45 else None))
        mask(m.start(), m.end())
        more = _HR_CHAINED.match(text, m.end())
        if more:
            # "HR 0.52 for the triplet and 0.60 for the doublet": the second ratio is one too, not a value
            hrs.append((more.start(1), float(more.group(1).replace(",", ".")), None))
            mask(more.start(1), more.end(1))
    for m in _CI_LEGEND.finditer(text):
        mask(m.start(), m.end())  # "(OS, months [95.34% CI])": the level of the intervals that follow, no value
    for m in _ODDS_RATIO.finditer(text):
        mask(m.start(), m.end())  # "odds ratio [OR], 0.87": between the arms, not an arm's value
    for m in _CI.finditer(text):
        cis.append((m.start(), m.group(1), m.group(2)))
        mask(m.start(), m.end())
    for m in _BARE_RANGE.finditer(text):
        # "7.4 months (95% CI 6.7-8.2) versus 4.8 months (4.0-5.8)", "HR 0.66 (0.55-0.80)": a bare interval right
        # after a value is its CI
        if masked[m.start()] != " " and re.search(r"\d\s*(?:%|months?|mo)?\s*$", text[max(0, m.start() - 12):m.start()]):
            cis.append((m.start(), m.group(1), m.group(2)))
            mask(m.start(), m.end())
    for m in _P.finditer(text):
        mask(m.start(), m.end())
    for m in _P_SPLIT.finditer(text):
        mask(m.start(), m.end())  # "P =. 07": a P value whose point a copied text set apart from its digits, no value
    for m in _SPAN.finditer(text):
        if masked[m.start()] != " ":
            mask(m.start(), m.end())  # "6.5-7.8 months in the three regions": a span across groups, no one group's value
    for m in _DIGIT_LABEL.finditer(text):
        mask(m.start(1), m.end(1))  # "8.6 months in arm 2": a label, not a value
    for m in _DOSE.finditer(text):
        mask(m.start(), m.end())
    for m in _THRESHOLD.finditer(text):
        mask(m.start(), m.end())  # thresholds and eligibility bounds, not results
    for m in _OR_HIGHER.finditer(text):
        mask(m.start(), m.end())  # "an ORR of 75% or higher": a bound set in advance, not a result
    for m in _TIME_POINT.finditer(text):
        if not re.search(r"\b(?:was|were|is|are|remained|stood)\s*$", text[max(0, m.start() - 12):m.start()], re.I):
            mask(m.start(), m.end())  # "survival curves separated after 12 mo": a time point ("was at 10.5 months": a value)
    for m in _DIFFERENCE_BY.finditer(text):
        mask(m.start(), m.end())  # differences between arms ("increased by 17%"), not an arm's value
    for m in _SCHEDULE.finditer(text):
        mask(m.start(), m.end())  # "tumour shrinkage (evaluated every 8 weeks)": a schedule, not a value
    for m in _FIGURE_REF.finditer(text):
        mask(m.start(), m.end())  # "(Table 2 and Figure 1A)": where the values are shown, not values
    for m in re.finditer(r"\b(?:19|20)\d\d\b|\b(?:n|N)\s*=\s*\d+|\bgrade\s*[≥>]?\s*\d|\b\d+:\d+(?::\d+)?|"
                         r"\bphase\s+\d+|\b\d+(?:st|nd|rd|th)\b|\[\d+(?:[,–-]\d+)*\]|\bstage\s+[IVX\d]+|"
                         r"\bday\s+\d+|\bcycles?\s+\d+|\bexon\s+\d+|\b[A-Z]\d{1,4}[A-Z]?\b|\b\d+-(?:year|month|week)|\b\d-(?:sided|tailed)\b", text):
        mask(m.start(), m.end())
    for m in _DIGIT_NAME.finditer(text):
        mask(m.start(), m.end())  # "5-FU", "5FU": a name that starts with a digit (fluorouracil), not a value
    for m in _COUNT_OF_PATIENTS.finditer(text):
        mask(m.start(), m.end())  # "146 patients were treated": a count, not a result
    for m in _JOURNAL_LOCATOR.finditer(text):
        mask(m.start(), m.end())  # "(Bennouna J et al. Lancet Oncol. 2013;14(1):29-37)": where a cited paper is printed
    for m in _REFERENCE_NUMBER.finditer(text):
        mask(m.start(), m.end())  # "(ref. 4)", "(refs. 12, 13)", "(reference 7)": which paper, not a value
    for m in _LINE_OF_THERAPY.finditer(text):
        mask(m.start(), m.end())  # "from the start of 1L treatment", "2L FOLFIRI": a line of therapy, not a value
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
    values = sorted(values + before_metric, key=lambda v: v.start)
    listed = set()  # the values that took their per cent sign from the next one ("41" and "20" in "41, 20 and 27%")
    for a, b in reversed(list(zip(values, values[1:]))):
        gap = text[a.end:b.start]
        if a.unit:
            continue
        if b.unit in ("months", "%") and _VS_GAP.fullmatch(gap):
            a.unit = b.unit  # "9 vs 7 months", "18 vs 52%": the unit written once, after the second
        elif b.unit == "%" and _SHARED_UNIT_GAP.fullmatch(gap) and not _RANGE_OPENER.search(text, 0, a.start) and \
                ("and" in gap or id(b) in listed):
            a.unit = "%"  # "42 and 46%", "41, 20 and 27%" (not "at week 8, 45% of patients ...")
            listed.add(id(a))
    for a, b in zip(values, values[1:]):
        if a.unit == "%" and not b.unit and b.number == 0 and _VS_GAP.fullmatch(text[a.end:b.start]) \
                and _BARE_ZERO_END.match(text, b.end):
            b.unit = "%"  # "ORR 28.6% vs 0": a rate of none, its per cent sign left off
    return values, hrs, cis


# a journal reference's year, volume, issue and pages ("2013;14(1):29-37", "2004;22(2):229-237", "2015; 386: 1749"):
# where the cited paper is printed, never a value
_JOURNAL_LOCATOR = lazy_compile(r"\b(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\s*[\w\s-]+\))?\s*:\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?")


# a reference cited by its number in words ("(ref. 4)", "(refs. 12, 13)", "(refs 4-6)", "(reference 7)"): which paper
_REFERENCE_NUMBER = lazy_compile(r"\b(?:refs?\.?|references?)\s*\d{1,3}(?:\s*(?:[,–-]|and)\s*\d{1,3})*\b(?!\s*(?:%|months?|mo\b|weeks?))",
                                 re.I)


# a line of therapy written as its number and L ("1L", "2L", "3L+", "≥3L"): which line, never a value
_LINE_OF_THERAPY = lazy_compile(r"(?<![\w.,])[≥>]?\dL\b\+?")


# what ends a bare zero that is the second rate of a pair ("ORR 28.6% vs 0, median PFS ...", "(40% vs 0)"): a
# comma, semicolon, bracket or the sentence's end, never a unit or a further digit
_BARE_ZERO_END = lazy_compile(r"\s*(?:[,;)\]]|\.(?!\d)|$)")


# what stands between two values whose unit is written once, after the second: "9 vs 7 months", "18 vs 52%"; and
# between the rates of a list with one per cent sign, "42 and 46%", "41, 20 and 27%" (not "12 and 24 months": time
# points as often as medians)
_VS_GAP = lazy_compile(r"\s*(?:vs\.?|versus|v\.?)\s*")
_SHARED_UNIT_GAP = lazy_compile(r"\s*(?:vs\.?|versus|v\.?|and|,|,\s*and)\s*")
# the words that open a range rather than a list ("between 10 and 20%", "from 5 to 12 months", "ranging from ...")
_RANGE_OPENER = lazy_compile(r"\b(?:between|from)\s+$", re.I)

# a median survival a report gives in weeks or days ("median PFS was 10.9 weeks", "52 days"), by its unit's word
_SHORT_TIME_UNITS = {"week": "weeks", "weeks": "weeks", "wk": "weeks", "day": "days", "days": "days"}


def _fits_metric(metric: str, v: Value, region: list[Value]) -> bool:
    if metric in ("ORR", "DCR", "AE_G3") or metric.endswith("mo"):  # (a rate, also a survival rate at a time point)
        return v.unit == "%"
    if metric in ("mPFS", "mOS", "mDoR") and v.unit in _SHORT_TIME_UNITS:
        # a median in weeks or days, in a passage that gives none in months ("10.9 weeks vs 11.4 weeks")
        return not any(w.unit == "months" for w in region)
    if metric in ("mPFS", "mOS", "mDoR", TIME_SLOT):
        if v.unit == "months":
            return True
        if v.unit == "" and any(w.unit == "months" for w in region) and v.number != int(v.number):
            return True
        return v.unit == "" and len(region) >= 2 and all(w.unit in ("", "months") for w in region) and v.number < 80 \
            and any(w.number != int(w.number) for w in region)
    return False


# words that make a population label of a marker status ("RAS wild-type", "left-sided", "HER2 IHC 3+")
_LABEL_WORDS = lazy_compile(r"wild|mut|MSI|MSS|dMMR|pMMR|left|right|sided|positive|negative|high|low|amplif|IHC|\bI?SH\b|"
                            r"\bFISH\b|\b[0-3]\+|\b(?:WT|MT)\b|"
                            r"(?-i:\b[A-Z][A-Z0-9]{1,7}\s?[+\-−])(?![\w\-])", re.I)  # a marker's sign: "EGFR+", "EGFR -"


def _value_labels(text: str, fitting: list[Value], lo: int) -> list | None:
    """The population each of several values of one metric is given for, or None unless every value has
    its own (one of them may be the whole population)."""
    labels = []
    prev = lo
    whole = disease = False
    for i, v in enumerate(fitting):
        stop = fitting[i + 1].start if i + 1 < len(fitting) else len(text)
        told, label = _after_label(text[v.end:stop])
        if not told:
            part = _DISEASE_PART.match(text, v.end, stop)
            # "44% among patients with CRC" after "28% in the intention-to-treat population": the part of a basket
            # trial's patients that has this disease (kept only when the list also gives the whole population's value)
            told, label, disease = (True, part.group(1), True) if part else (False, None, disease)
        if told:
            whole = whole or label is None
            labels.append(label)
        else:
            told, label = _chunk_label(text[prev:v.start])
            if not told and i == 0 and len(fitting) > 1 and _WHOLE_THEN_PART.fullmatch(text[v.end:stop]) and \
                    not _RESPECTIVELY.search(text):
                told = True  # "median OS was 11.6 months and reached 17.3 months in patients with ...": all patients first
            if not told and i + 1 < len(fitting):
                # "8.3 months in EGFR+ and 4.9 months in EGFR- patients": the noun both groups share, written once
                shared = _SHARED_NOUN_GROUP.fullmatch(text[v.end:stop])
                told = shared is not None and bool(_LABEL_WORDS.search(shared.group(1)))
                label = shared.group(1) if told else None
            if not told:
                return None
            labels.append(label)
        prev = v.end
    if len(set(labels)) != len(labels) or labels.count(None) > 1 or disease and not whole:
        return None
    return labels


# a value given for the patients with one disease ("44% among patients with CRC", "44% for those with CRC", "7 months in those with colorectal
# cancer"), up to the next value or the clause's end: the part of a trial across several cancers that has that disease
_DISEASE_PART = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|among|for)\s+(?:the\s+)?(?:patients|those|participants)\s+"
                             r"with\s+((?:metastatic\s+)?(?:m?CRC|colorectal\s+cancer))\s*(?=[,;.)]|\s+(?:and|but|while|whereas)\b|$)",
                             re.I)


# the whole population and one disease's part named once before the values that "respectively" gives them ("In patients
# overall and in those with CRC, median PFS was 6 months and 7 months, ..., respectively"): group 1 the disease
_FRONTED_WHOLE_AND_DISEASE = lazy_compile(
    r"^\s*(?:[A-Z][a-z]+:\s*)?(?:in|among|for)\s+(?:(?:all\s+)?patients\s+overall|all\s+(?:the\s+)?patients|the\s+overall\s+"
    r"population|the\s+whole\s+population)\s+and\s+(?:in|among|for)\s+(?:the\s+)?(?:patients|those|participants)\s+"
    r"with\s+((?:metastatic\s+)?(?:m?CRC|colorectal\s+cancer))\s*,", re.I)


def fronted_whole_and_disease(text: str) -> list | None:
    """The labels of a run of two values closed by "respectively" whose populations the sentence names first: the
    whole population (no label) and the part with one disease.

    >>> fronted_whole_and_disease("In patients overall and in those with CRC, median OS was 13 and 29 months, respectively.")
    [None, 'CRC']
    >>> fronted_whole_and_disease("In patients with KRAS and in those with CRC, median OS was 13 and 29 months, respectively.")
    """
    m = _FRONTED_WHOLE_AND_DISEASE.match(text)
    return [None, m.group(1)] if m and _RESPECTIVELY.search(text, m.end()) else None


# a value with its unit, then the next value of the same metric in a clause of its own ("11.6 months and reached",
# "20%, and rose to"): the first value, named with no population, is the whole population's when the next names one
_WHOLE_THEN_PART = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:,?\s*and\s+(?:(?:it\s+)?(?:reached|was|rose to|"
                                r"increased to|improved to|extended to|went up to)\s+)?|,\s*)", re.I)
# a value whose group is named before the next value's, the noun after both ("55% in EGFR+ and 35% in EGFR- patients",
# "8.3 months for KRAS wild-type and 4.9 months for KRAS mutant tumours"): the first group's words, group 1
_SHARED_NOUN_GROUP = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|among|for)\s+(?:the\s+)?"
                                  r"([\w/+\-−]+(?:\s?[\w/+\-−]+){0,2}?)\s*(?:,\s*)?(?:and|vs\.?|versus|compared\s+with)\s+", re.I)
# the words that name a population of patients, and the words around a marker that do not belong to its label
_POP_NOUN = r"(?:m?CRCs?\s+)?(?:patients|tumou?rs|counterparts|subgroups?|sub-populations?|populations?|cohorts?|cases|groups?)"
_POP_NOUNS = {"crc", "mcrc", "crcs", "patients", "tumors", "tumours", "counterparts", "subgroup", "subgroups", "population",
              "populations", "cohort", "cohorts", "cases", "group", "groups", "disease", "cancer", "cancers"}
_POP_STOP = {"in", "among", "for", "of", "the", "with", "and", "or", "versus", "vs", "vs.", "than", "to", "all", "both", "those",
             "a", "an", "that", "who", "whose", "compared", "while", "whereas"}
_POP_PHRASE = lazy_compile(rf"\b(?:patients|those|subjects)\s+(?:with|harbou?ring|carrying)\s+((?:[\w/+\-]+\s+){{0,3}}[\w/+\-]+)|"
                           rf"((?:[\w/+\-]+\s+){{0,2}}[\w/+\-]+)\s+{_POP_NOUN}\b", re.I)
# patients said to have a marker status ("patients with PR had baseline RAS-WT", "those who were KRAS wild-type")
_POP_HAD = lazy_compile(r"\b(?:patients|those|subjects)\b[^,;.()]{0,30}?\s(?:had|harbou?red|were)\s+(?:a\s+)?(?:baseline\s+)?"
                        r"((?:[\w/+\-]+\s+)?[\w/+\-]+)", re.I)
_COMPARATOR = lazy_compile(r"\b(?:versus|vs\.?|compared (?:with|to)|in comparison (?:with|to)|relative to|than)\s+(?:in\s+)?(?:the\s+)?"
                           r"(?=[A-Za-z])", re.I)
_BETTER = lazy_compile(r"\b(?:longer|higher|better|improved|superior|greater|prolonged)\b", re.I)
_WORSE = lazy_compile(r"\b(?:shorter|lower|worse|poorer|inferior|reduced|impaired)\b", re.I)


def _label_token(t: str) -> bool:
    return t.lower() not in _POP_STOP and t.lower() not in _POP_NOUNS and \
        bool(_LABEL_WORDS.search(t) or re.search(r"[A-Z0-9]", t))


def _pop_label(words: str, forward: bool) -> str | None:
    """The marker label of a population phrase: read forward from "patients with ..." ("RAS/BRAF wild-type
    CRC exhibited" -> "RAS/BRAF wild-type"), backward from "... patients" ("observed in KRAS-mutant" ->
    "KRAS-mutant"); None unless it names a marker status (wild-type, mutant, positive, high, sided ...)."""
    tokens = words.split()
    kept = []
    for t in (tokens if forward else reversed(tokens)):
        if not _label_token(t):
            break
        kept.append(t)
    if not forward:
        kept.reverse()
    label = " ".join(kept)
    return label if kept and _LABEL_WORDS.search(label) else None


# another study, introduced without a name, in a clause of its own ("A multicenter study demonstrated ..., while ...")
_OTHER_STUDY = lazy_compile(r"\b(?:an?|one|another|the other|an earlier|a previous|a prior)\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:study|trial|analysis|report|series)\b", re.I)
_CLAUSE_TURN = lazy_compile(r"(?:,\s*|\s+)(?:while|whereas)\s+|;\s*|,\s*(?:and\s+)?in contrast,?\s+", re.I)


# a time long past that a clause's values are of: "more than 10 years ago, median survival was 15 months",
# "Historically, median OS was about a year", "before the introduction of biologics, ..."
_PAST_TIME = lazy_compile(r"\b(?:\w+\s+)?(?:years|decades)\s+ago\b|\bhistorically\b|\bin\s+the\s+past\b|"
                          r"\bbefore\s+the\s+(?:advent|introduction|era|availability)\s+of\b", re.I)

# where such a clause ends: the comma or semicolon after its value (past a closing bracket and a citation)
_PAST_CLAUSE_END = lazy_compile(r"\)?\s*(?:\[[\d,\s\-–]+\]|\d{1,3}(?:[,\-–]\d{1,3})*)?\s*[,;]|;")


def _past_clause(text: str, values) -> tuple[int, int] | None:
    """The span of the clause that speaks of a time long past ("While more than 10 years ago, median survival was
    little over a year (15 months), median OS with A is now 30 months"): from its time words to the comma or
    semicolon after its first value (or the sentence's end); its values are of that past, no trial's."""
    m = _PAST_TIME.search(text)
    if m is None:
        return None
    later = [v.end for v in values if v.start >= m.end()]
    if not later:
        return None
    stop = _PAST_CLAUSE_END.search(text, min(later))
    return m.start(), stop.end() if stop else len(text)


# (h56 prec3) a fronted clause that gives why the study was done, with an earlier result ("Because A plus B demonstrated
# a disease control rate of 65% in a phase 1/2 study, researchers sought to determine ...", "Given that A showed an
# ORR of 30% in pretreated patients, we designed this trial", "Based on a previous study in which A yielded a median
# PFS of 6 months, the present trial was conducted"): its values are the earlier study's, no arm of the trial reported
_MOTIVE_OPENING = lazy_compile(r"\s*(?:because|since|as(?!\s+(?:shown|seen|expected|reported|described|noted|mentioned)\b)|given\s+that|based\s+on|on\s+the\s+basis\s+of|building\s+on|"
                               r"encouraged\s+by|prompted\s+by|following)\b", re.I)
_MOTIVE_FINDING = lazy_compile(r"\b(?:demonstrated|showed|shown|yielded|achieved|produced|resulted\s+in|reported|found|"
                               r"indicated|suggested|observed|results?|findings?|activity|efficacy|data)\b", re.I)
# the main clause that states the aim or the conduct of the study the report is of
_MOTIVE_AIM = lazy_compile(r",\s*(?:(?:the\s+)?(?:researchers|investigators|authors)|we|(?:this|the\s+(?:present|current))\s+"
                           r"(?:[\w\-/]+\s+){0,4}?(?:study|trial))\s+(?:\w+ly\s+)?(?:sought|aimed|set\s+out|designed|"
                           r"conducted|performed|initiated|undertook|launched|planned|hypothesi[sz]ed|decided|was\s+"
                           r"(?:designed|conducted|undertaken|initiated|performed|launched|planned))\b", re.I)
_MOTIVE_OWN = lazy_compile(r"\b(?:in|of)\s+(?:this|the\s+present|the\s+current|our)\s+(?:study|trial|cohort|analysis)\b", re.I)


def _motive_clause(text: str) -> int | None:
    """Where the fronted clause that gives an earlier result as the reason for the study ends (see _MOTIVE_OPENING):
    the values before it are the earlier study's. None when the sentence opens on no such clause, when the clause
    names the report's own study ("Since A showed an ORR of 35% in this trial, ...") or when no aim follows it.

    >>> t = "Because A demonstrated a DCR of 65% in a phase 1/2 study, researchers sought to determine the PFS of A."
    >>> t[:_motive_clause(t)]
    'Because A demonstrated a DCR of 65% in a phase 1/2 study'
    >>> _motive_clause("Because of toxicity, the ORR was 30% with A.") is None
    True
    >>> _motive_clause("Since A showed an ORR of 35% in this trial, we designed a phase III study.") is None
    True
    """
    if not _MOTIVE_OPENING.match(text):
        return None
    aim = _MOTIVE_AIM.search(text)
    if aim is None or not _MOTIVE_FINDING.search(text, 0, aim.start()) or _MOTIVE_OWN.search(text, 0, aim.start()):
        return None
    return aim.start()


def _other_study_clauses(st: TrialState, text: str, rec) -> tuple[int, int]:
    """The part of the sentence that speaks of the trial in focus when the sentence names it next to a clause
    about another study, before ("A multicenter study demonstrated an ORR of 22.2%, while the HER2-FUSCC-G
    trial reported ...") or after it ("..., whereas a smaller study found an ORR of 20%"): (start, end); the
    whole sentence when it does not."""
    at = next((m for m in rec.mentions if m.entity.category == "Trial" and m.entity.id == st.trial.id), None)
    if at is None:
        return 0, len(text)
    start, end = 0, len(text)
    turns = list(_CLAUSE_TURN.finditer(text, 0, at.start))
    if turns and _OTHER_STUDY.search(text, 0, turns[-1].start()) and \
            not any(m.entity.category == "Trial" and m.start < turns[-1].start() for m in rec.mentions):
        start = turns[-1].end()
    for turn in _CLAUSE_TURN.finditer(text, at.end):
        if re.match(r"(?:in\s+)?" + _OTHER_STUDY.pattern, text[turn.end():], re.I):
            end = turn.start()
            break
    return start, end


def _split_contrast(text: str, fitting: list) -> tuple[str, str] | None:
    """The two populations of one arm that two values "a vs b" compare when the sentence names one population
    as its subject and the other after "versus"/"compared with"/"than" ("those with RAS/BRAF wild-type CRC
    exhibited longer median PFS (8.5 vs 2.6 months) ... compared to KRAS-mutant patients"): (subject, other),
    or None. Not when the other population has values of its own ("... compared with signature-positive
    patients (PFS, 6.5 vs 11.9 months)"), nor when the sentence's wording contradicts the order."""
    a, b = fitting
    if not re.fullmatch(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?,?\s*(?:vs\.?|versus|compared (?:with|to))\s*",
                        text[a.end:b.start], re.I):
        return None
    others = []
    # "..., compared with 2.1 months in RAS-mutant patients": the other population named right after its value
    after = re.match(rf"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:for|in|among)\s+(?:the\s+)?(?:(?:patients|those)\s+with\s+)?"
                     rf"((?:[\w/+\-]+\s+){{0,2}}?[\w/+\-]+)\s+{_POP_NOUN}\b", text[b.end:], re.I)
    if after:
        label = _pop_label(after.group(1), True)
        if label is None or label != after.group(1).strip():
            return None
        others.append((b.end, b.end + after.end(), label))
    for c in _COMPARATOR.finditer(text):
        if a.end <= c.start() < b.start:
            continue
        rest = text[c.end():c.end() + 80]
        m = re.match(rf"(?:(?:patients|those)\s+(?:with|harbou?ring|carrying)\s+)?((?:[\w/+\-]+\s+){{0,2}}?[\w/+\-]+)\s+{_POP_NOUN}\b"
                     rf"|(?:patients|those)\s+(?:with|harbou?ring|carrying)\s+((?:[\w/+\-]+\s+){{0,3}}[\w/+\-]+)", rest, re.I)
        if not m:
            continue
        label = _pop_label(m.group(1), True) if m.group(1) else _pop_label(m.group(2), True)
        if label is None or (m.group(1) and label != m.group(1).strip()):
            continue
        bracket = re.match(r"\s*\([^()]*\d[^()]*\)?", rest[m.end():])
        if bracket and not c.end() + m.end() <= a.start < c.end() + m.end() + bracket.end():
            return None  # the compared population has values of its own (not the bracket that compares both)
        others.append((c.start(), c.end() + m.end(), label))
    if len({o[2] for o in others}) != 1:
        return None
    lo, hi, other = others[0]
    subjects = set()
    for m in _POP_PHRASE.finditer(text):
        if m.start() < hi and lo < m.end():
            continue
        label = _pop_label(m.group(1), True) if m.group(1) else _pop_label(m.group(2), False)
        if label and label != other:
            subjects.add(label)
    for m in _POP_HAD.finditer(text, 0, lo):
        # "All patients with PR had baseline RAS-WT, and these patients experienced longer PFS than patients with
        # ctDNA RAS-MT (4.0 mo vs 1.9 mo)": the status the subject patients were said to have
        label = _pop_label(m.group(1), True)
        if label and label != other:
            subjects.add(label)
    # "longer in RAS wild-type than in RAS-mutant patients": the subject shares the other's noun
    shared = re.search(r"\b(?:in|among|for)\s+(?:the\s+)?((?:[\w/+\-]+\s+){0,2}[\w/+\-]+)\s+$", text[:lo])
    if shared and lo - shared.end() <= 1:
        label = _pop_label(shared.group(1), False)
        if label and label != other:
            subjects.add(label)
    if len(subjects) != 1:
        return None
    said = text[max(0, a.start - 160):a.start]
    better, worse = list(_BETTER.finditer(said)), list(_WORSE.finditer(said))
    if (better and not worse and a.number < b.number) or (worse and not better and a.number > b.number):
        return None
    return _completed(next(iter(subjects)), other)


_LEVEL = lazy_compile(r"(?i:high|low|positive|negative|elevated|increased|decreased)")


def _completed(subject: str, other: str) -> tuple[str, str]:
    """Two population labels with the marker the second leaves out put back ("high EPHA2", "low" -> "high EPHA2",
    "low EPHA2": "those with low expression" of the same marker)."""
    head = subject.split(" ", 1)
    if _LEVEL.fullmatch(other) and len(head) == 2 and _LEVEL.fullmatch(head[0]) and head[0].lower() != other.lower():
        return subject, f"{other} {head[1]}"
    return subject, other


# "34.9% (95% CI, 23.3%-48.0%) in cohort B": a cohort, part or group named by its letter or digit right after a value
_COHORT_AFTER = lazy_compile(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|for|among)\s+(?:the\s+)?(?:patients\s+(?:in|of)\s+)?"
                             r"(cohort|part|group)\s+([A-H1-9])\b(?![.,]\d)(?!\s*(?:%|months?|mo\b|weeks?|days?|years?))",
                             re.I)


def _after_label(tail: str) -> tuple[bool, str | None]:
    """The population named right after a value ("12.1 months in the AXL-negative cohort"): (True, label),
    (True, None) for the whole population, (False, None) when none is named there."""
    after = re.match(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|for|among)\s+(?:the\s+)?(?:patients\s+with\s+)?"
                     r"([\w/+\-]+(?:[\s\-][\w/+\-]+){0,2}?)\s+(?:cohort|group|subgroup|sub-population|population|patients|"
                     r"tumou?rs|subset|(?:metastatic\s+)?colorectal\s+cancers?|m?CRCs?)\b", tail)
    if after and _OVERALL.search(after.group(0)):
        return True, None
    if after and _LABEL_WORDS.search(after.group(1)):
        return True, after.group(1)
    cohort = _COHORT_AFTER.match(tail)
    if cohort:
        return True, f"{cohort.group(1).lower()} {cohort.group(2).upper()}"
    if after is None:
        # "5.2 months in patients with RAS wild-type ctDNA": the marker status ends the clause
        after = re.match(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|among)\s+(?:the\s+)?(?:patients|those)\s+"
                         r"(?:with|harbou?ring)\s+([\w/+\-]+(?:\s[\w/+\-]+){0,5}?)\s*(?=[,;.)(]|\s+(?:and|but|while|whereas|"
                         r"versus|vs\.?|compared)\b|$)", tail)
        if after:
            # ("with baseline RAS wild-type circulating tumor DNA": the marker status of the patients' ctDNA)
            core = re.sub(r"^(?:baseline|plasma|tissue)\s+", "", after.group(1), flags=re.I)
            core = re.sub(r"\s+(?:ctDNA|circulating tumou?r DNA)$", "", core)
            label = _pop_label(core, True)
            if label and (label in (core, after.group(1)) or re.fullmatch(r"\s*(?:ctDNA|tumou?rs?|disease|m?CRC)",
                                                                            core[len(label):])):
                return True, after.group(1)
    # "35.0% (7/20) among patients without prior anti-EGFR therapy": a group named by what its patients have or lack
    group = re.match(r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|among)\s+(?:the\s+)?(?:patients|those)\s+"
                     r"((?:with|without)\s+[^,;:()]{3,50}?)\s*(?=[,;.)]|\s+(?:and|but|while|whereas|versus|vs\.?)\b|$)", tail)
    if group and _patient_group(group.group(1)):
        return True, group.group(1)
    return False, None


_BRACKET_LABEL = lazy_compile(r"\s*(?:%|months?|mo)?\s*\(\s*((?:[\w/+\-]+[\s\-]){0,3}[\w/+\-]+)\s*[;,)]")
_LEAD_LABEL = lazy_compile(r"(?:\bfor|\bin|\bamong|\band|,)\s+(?:the\s+)?(?:patients\s+with\s+)?((?:[\w/+\-]+[\s\-]){0,2}?[\w/+\-]+)"
                           r"(?:\s+(?:tumou?rs|patients|disease|cancers?|population|subgroup|cohort))?\s*\($")


# a group of patients named by a short form or a slash-joined pair of features ("RC/non-LLD", "LLD"), or by age
FEATURE_GROUP_WORDS = r"(?:[\w+\-]*[A-Z]{2,}[\w+\-]*(?:/[\w+\-]+)*|[\w+\-]+(?:/[\w+\-]+)+|younger|older|elderly)"
FEATURE_GROUP = lazy_compile(FEATURE_GROUP_WORDS)
_PATIENTS_BEFORE_BRACKET = lazy_compile(r"\b(?:patients|tumou?rs|subgroups?|subsets?)\s*\($")
_NOT_POPULATION = lazy_compile(r"\d|\b(?:HR|CI|P|an?|RR|ORR|DCR|m?PFS|m?OS|response|survival|rates?|benefit|higher|lower|"
                               r"longer|shorter|better|worse|greater|improved|reduced)\b", re.I)


def _population_words(words: str) -> bool:
    """Whether bracket-side words name a population ("RAS wild-type", "left-sided"), not a measure or a comparison
    ("a higher RR", "HR 0.78")."""
    return bool(_LABEL_WORDS.search(words)) and not _NOT_POPULATION.search(words)


def _bracket_population(text: str, pos: int) -> str | None:
    """The population a bracket holding ``pos`` is given for, by its first words or the words right before it:
    "23.8 vs 19.4 months (RAS wild-type; HR 0.78)", "for left-sided (21.5 vs 22.1 months; HR 1.05)"."""
    start = text.rfind("(", 0, pos)
    if start < 0 or ")" in text[start:pos]:
        return None
    m = _BRACKET_LABEL.match(text, start) or _LEAD_LABEL.search(text[:start + 1])
    if m and _population_words(m.group(1)):
        return m.group(1)
    lead = _LEAD_LABEL.search(text[:start + 1])
    if lead and _PATIENTS_BEFORE_BRACKET.search(text, 0, start + 1) and FEATURE_GROUP.fullmatch(lead.group(1)):
        return lead.group(1)  # "observed in LC/non-LLD patients (HR=0.62 ...)": patients named by a feature pair
    return None


def _run_label(text: str, run: list[Value], stop: int, lo: int = 0) -> str | None:
    """The population a run of values is given for in a bracket: the first words of the bracket right after it
    ("9.7 vs 4.9 months (RAS wild-type; HR 0.61)") or the words right before the bracket it stands in ("for
    left-sided (21.5 vs 22.1 months)"); None when neither names one."""
    m = _BRACKET_LABEL.match(text, run[-1].end, stop) or _LEAD_LABEL.search(text[lo:run[0].start])
    if m and _population_words(m.group(1)):
        return m.group(1)
    return None


def _chunk_labels(text: str, chunks: list[list[Value]], lo: int) -> list | None:
    """The population of each pair (or run) of values of one metric, one per arm: named before the run ("in the
    RAS wild-type subgroup, 23.8 vs 19.4 months"), as the first words of the bracket the run opens ("23.8 vs 19.4
    months (RAS wild-type; HR 0.78)") or right before the bracket it stands in ("for left-sided (21.5 vs 22.1
    months; ...)"). None unless every run but one (the whole population's) has a population of its own."""
    labels = []
    prev = lo
    for i, c in enumerate(chunks):
        stop = chunks[i + 1][0].start if i + 1 < len(chunks) else len(text)
        told, label = _chunk_label(text[prev:c[0].start])
        if not told:
            label = _run_label(text, c, stop, prev)
            told = label is not None
        labels.append(label if told else None)
        prev = c[-1].end
    if labels.count(None) > 1 or len(set(labels)) != len(labels):
        return _trailing_labels(text, chunks)
    return labels


# the group of patients a run of values is given for, named right after the run ("12.5 (10.8-15.5) versus 11.7
# (9.8-13.8) in patients with prior bevacizumab treatment and ..."), up to the next run or the sentence's end
_TRAILING_GROUP = lazy_compile(r"\s*(?:months?|mo)?\s*(?:\([^()]*\)\s*)?(?:in|among)\s+(?:the\s+)?(?:patients|those)\s+"
                               r"((?:with|without|who)\b[^;:()\[\]\d.]{0,80}?)\s*(?:,?\s*(?:and|whereas|while|but)\s*)?[.;]?\s*$",
                               re.I)


def _trailing_labels(text: str, chunks: list[list[Value]]) -> list | None:
    """The population of each run of values named right after it, each run followed by its own group of patients
    ("12.5 versus 11.7 months in patients with prior A and 13.9 versus 12.4 months in patients with no prior A");
    None unless every run has one and no two share it."""
    labels = []
    for i, c in enumerate(chunks):
        stop = chunks[i + 1][0].start if i + 1 < len(chunks) else len(text)
        m = _TRAILING_GROUP.match(text, c[-1].end, stop)
        if m is None:
            return None
        labels.append(m.group(1).strip())
    return labels if len(set(labels)) == len(labels) else None


# "..., in the RAS WT and RAS WT/BRAF WT populations, respectively": the populations of the runs before, listed once
# after the last of them
_RESPECTIVE_GROUPS = lazy_compile(r"(?:^|[,;)\]]\s*|\s)(?:in|for|among)\s+(?:the\s+)?(?:patients\s+with\s+)?"
                                  r"(?P<groups>[^;:()\[\]\d]{1,120}?)\s*(?:sub-?populations?|populations?|subgroups?|"
                                  r"subsets?|cohorts?|patients|tumou?rs)?\s*,?\s*$", re.I)


def _respective_labels(text: str, chunks: list[list[Value]]) -> list | None:
    """The population of each run of values when the sentence lists them once after the last run and closes the list
    with "respectively" ("36.9 vs 28.9 months (HR 0.76) and 41.3 vs 28.9 months (HR 0.70), in the RAS wild-type and
    RAS/BRAF wild-type populations, respectively"): one population per run, in order, each worded as a population
    (a marker status or a side), or every one an analysis set ("ITT", "per-protocol"); None otherwise.

    >>> v = lambda a: [Value(a, a + 1, 1.0, "months")]
    >>> _respective_labels("1 vs 2 (HR 0.7) and 3 vs 4, in the KRAS wild-type and KRAS mutant subgroups, respectively.",
    ...                    [v(0) + v(5), v(20) + v(25)])
    ['KRAS wild-type', 'KRAS mutant']
    >>> _respective_labels("1 vs 2 and 3 vs 4 in the ITT and per-protocol populations, respectively.", [v(0) + v(5), v(11) + v(16)])
    ['ITT population', 'per-protocol population']
    >>> _respective_labels("1 vs 2 and 3 vs 4 in the ITT and KRAS mutant populations, respectively.", [v(0) + v(5), v(11) + v(16)])
    """
    end = chunks[-1][-1].end
    resp = _RESPECTIVELY.search(text, end)
    if resp is None:
        return None
    m = _RESPECTIVE_GROUPS.search(text, end, resp.start())
    if m is None:
        return None
    labels = [w.strip() for w in _GROUP_LIST_SEP.split(m.group("groups")) if w.strip()]
    if len(labels) != len(chunks) or len(set(labels)) != len(labels):
        return None
    sets = [analysis_set(w) for w in labels]
    if all(sets) and len(set(sets)) == len(sets):
        return sets  # (s47 outnamed) "35.7 vs 30.7 months and 31.0 vs 25.2 months in the mPP and ITT populations,
        # respectively": each pair is the arms' in one analysis population
    if not all(_population_words(w) for w in labels):
        return None
    return list(paired_labels(*labels)) if len(labels) == 2 else labels  # "KRAS-mutant and wild-type": KRAS wild-type


# "(USA: HR 0.56; 95% CI ...; EU: HR 0.62; ...)": the group a listed hazard ratio is of, named before a colon right
# after the bracket or the semicolon that opens its item
_COLON_LABEL = lazy_compile(r"[(;]\s*((?:[\w/+\-≥<>]+\s+){0,2}[\w/+\-≥<>]+)\s*:\s*$")
# words that make a colon's head an analysis, a measure or a wording, not a group of patients
_NOT_COLON_GROUP = lazy_compile(r"\b(?:analys[ie]s|assess\w*|review|investigators?|IRC|BICR|central|stratified|adjusted|unadjusted|"
                                r"multivariate|univariate|multivariable|sensitivity|updated|final|interim|primary|secondary|"
                                r"end-?points?|m?PFS|m?OS|ORR|DCR|HR|CI|P|OR|RR|ratio|median|respectively|vs|versus|and|or|"
                                r"e\.g|i\.e|including|namely|triplet|doublet|arms?|groups?|cohorts?|combination|monotherapy|control|placebo|"
                                r"experimental|treatment|therapy|regimen)\b", re.I)
_WHOLE_COLON_GROUP = lazy_compile(r"(?i)(?:overall|all|all patients|ITT|intention-to-treat|total|whole population)")


def _colon_label(text: str) -> tuple[bool, str | None]:
    """The group a stretch ending right before a hazard ratio names as a list item's head ("...; EU: " -> "EU"):
    (True, label), (True, None) for the whole population ("overall: "), (False, None) when it names none.

    >>> _colon_label("in all regions (USA: "), _colon_label("; 95% CI 0.3-0.9; Japan: "), _colon_label("(overall: ")
    ((True, 'USA'), (True, 'Japan'), (True, None))
    >>> _colon_label("(IRC-assessed: "), _colon_label("(primary analysis: "), _colon_label("; doublet: ")
    ((False, None), (False, None), (False, None))
    """
    m = _COLON_LABEL.search(text)
    if m is None or re.search(r"\d", m.group(1)) and not re.search(r"[A-Za-z]", m.group(1)):
        return False, None
    if _WHOLE_COLON_GROUP.fullmatch(m.group(1)):
        return True, None
    if _NOT_COLON_GROUP.search(m.group(1)):
        return False, None
    return True, m.group(1)


def _chunk_label(text: str) -> tuple[bool, str | None]:
    """The population a stretch of a sentence names: (True, label), (True, None) for the whole population
    ("the overall population"), (False, None) when it names none."""
    if _OVERALL.search(text):
        return True, None
    label = _subgroup(text)
    if label is None:
        # "...: left-sided population (13.7 vs 13.2 months; HR 0.98)"
        m = re.search(r"(?:^|[:;,(]\s*|\band\s+(?:the\s+)?|\bin\s+(?:both\s+)?(?:the\s+)?)([\w/+\-]+(?:[\s\-][\w/+\-]+){0,2}?)\s+"
                      r"(?:population|sub-?population|subgroup|cohort)\b", text)
        if m and _LABEL_WORDS.search(m.group(1)):
            label = m.group(1)
    return (True, label) if label else (False, None)


# a group of a cohort named by a marker's level or status: "in patients with a high HGF signature", "among
# signature-positive patients", "Signature-negative patients ..."
_MARKER_GROUP = (
    lazy_compile(r"\b(?:in|among|for)\s+(?:the\s+)?(?:patients|those|subjects|cases)\s+with\s+(?:an?\s+)?"
                 r"((?:high|low|elevated|increased|decreased|positive|negative)\s+(?:[\w\-/+]+\s+){0,3}?"
                 r"(?:signature|score|levels?|expression|status)|[\w\-/+]+(?:\s+[\w\-/+]+){0,2}?[- ](?:high|low|positive|negative))\b",
                 re.I),
    lazy_compile(r"\b(?:in|among|for)\s+(?:the\s+)?([\w\-/+]+[- ](?:high|low|positive|negative|mutant|mutated|wild-type))\s+"
                 r"(?:patients|subgroup|group|cohort|tumou?rs|cases)\b", re.I),
    lazy_compile(r"^\s*((?:[A-Z][\w/+]*\s+)?[\w\-/+]+[- ](?:high|low|positive|negative|mutant|mutated|wild-type))\s+"
                 r"(?:patients|tumou?rs|cases)\b", re.I),
)


def _cohort_subgroup(text: str) -> str | None:
    """The subgroup a cohort contrast is given for: a marker's level or status, else what the trial reader
    reads as a subgroup."""
    for pattern in _MARKER_GROUP:
        m = pattern.search(text)
        if m:
            return re.sub(r"\s+", " ", m.group(1))
    return _subgroup(text)


# a statement of earlier evidence: "X has been associated with better survival", "previous studies showed"
_PRIOR_EVIDENCE = lazy_compile(r"\bha(?:s|ve)\s+been\s+(?:\w+ly\s+)?(?:associated|linked|shown|reported|demonstrated|suggested)\b|"
                               r"\b(?:previous|prior|earlier|recent)\s+(?:\w+\s+)?(?:studies|trials|reports|data|analyses)\b", re.I)


def _earlier_work(s: Sentence) -> bool:
    """Whether sentence ``s`` tells of earlier work, not the design of the report's own trial: it stands in the
    report's introduction or background, or states prior evidence ("has been associated with", "previous
    studies"), and gives no aim or assignment of its own ("we aimed to compare", "were randomly assigned")."""
    return (not _cohort_part(s) or _PRIOR_EVIDENCE.search(s.norm) is not None) and _OWN_AIM.search(s.norm) is None


def _cohort_part(s: Sentence) -> bool:
    """Whether sentence ``s`` may report the article's own cohort: not its introduction, background or
    discussion (where results are others')."""
    return not re.match(r"\s*(?:introduction|background|discussion|references)", s.subsection or s.section or "", re.I) \
        and not re.match(r"\s*(?:introduction|background|discussion)", s.section or "", re.I)


# a part of the patients the words "the subgroup with" announce, up to the comma that closes the opening ("In the
# subgroup with colorectal cancer, ...", "Among the subset of patients with liver-only metastases, ...")
_NAMED_SUBGROUP = lazy_compile(r"^\W*(?:\w+\s*:\s*)?(?i:in|among|for)\s+(?i:the|this|that)\s+(?:subgroup|subset)\s+(?:of\s+patients\s+)?"
                               r"(?:with|harbou?ring|carrying)\s+([^,;:()\[\]]{3,60}?)\s*,")


# a second trait joined to a marker status by "and" ("patients with RAS wild-type and left-sided tumours", "with KRAS
# mutated tumors and the FCGR2A R/R genotype", "with BRAF wild-type tumours and no liver metastases"): the group has
# both, so the label names both (never a second status of the same gene: "KRAS wild-type and KRAS-mutant tumours" are
# two groups)
_AND_TRAIT = lazy_compile(r"(?:\s+(?:tumou?rs|cancers?|disease|m?CRCs?))?\s+and\s+(?:the\s+|an?\s+)?"
                          r"((?:left|right)[- ]sided|no\s+liver[- ]metastases|"
                          r"(?P<gene>[A-Z][\w/+\-]*?)[- ]?(?:WT|MT|wild[- ]type|mutant|mutated|positive|negative|high|low|amplified)\b|"
                          r"[A-Z][\w+\-]*\s+[\w/+\-]+\s+genotype)")
_STATUS_GENE = lazy_compile(r"[A-Z][\w/+\-]*?(?=[- ]?(?:WT|MT|wild[- ]type|mutant|mutated|positive|negative|high|low|amplified)\b)")


def _joined_trait(text: str, label: str, end: int) -> str:
    """``label`` with a second trait the group is said to have after "and" (:data:`_AND_TRAIT`), else ``label``.

    >>> _joined_trait("in patients with RAS wild-type and left-sided tumors, ...", "RAS wild-type", 30)
    'RAS wild-type and left-sided'
    >>> _joined_trait("in patients with KRAS wild-type and KRAS-mutant tumours", "KRAS wild-type", 31)
    'KRAS wild-type'
    """
    m = _AND_TRAIT.match(text, end)
    if m is None:
        return label
    first = _STATUS_GENE.match(label)
    if m.group("gene") and first and m.group("gene") == first.group(0):
        return label  # two statuses of one gene: two groups
    return f"{label} and {' '.join(m.group(1).split())}"


def _subgroup(text: str) -> str | None:
    if _OVERALL.search(text):
        return None
    m = re.search(r"\b(?i:in|among|of)\s+(?:the\s+)?(?:patients|those|subgroup|subset|[\d,]+\s+patients\s*\(\s*\d+(?:\.\d+)?\s*%\s*\))"
                  r"\s+(?:with|harbou?ring|carrying)\s+"
                  r"((?:[A-Z][\w/+\-]*[- ]?(?:WT|MT|wild[- ]type|mutant|mutated|positive|negative|high|low|amplified)"
                  r"(?:\s+ctDNA)?))", text)
    if m:
        return _joined_trait(text, m.group(1), m.end(1))
    m = _NAMED_SUBGROUP.search(text)
    if m:
        return m.group(1)  # "In the subgroup with colorectal cancer, 3 of 42 patients ...": the part a basket trial reports
    m = _SUBGROUP.search(text)
    if m and _LABEL_WORDS.search(m.group(1)):
        return m.group(1)
    named = _named_part(text)
    if named:
        return named  # "... OS advantage in the non-liver metastases subgroup, with a median OS of 15.9 vs 12.7 months"
    sampled = sampled_part(text)
    if sampled:
        return sampled  # "Plasma samples were available for 553 patients (placebo n = 265; A n = 288)": a biomarker subset
    m = _AGED.search(text)
    if m and int(m.group("age")) >= 50:  # (not "patients aged 18 years or older": who was eligible)
        return re.sub(r"\s+", " ", m.group(1))  # "Among patients aged 70 years or older, ...": an age group's values
    m = _PART_OF_STUDY.search(text)
    if m:
        return re.sub(r"\s+", " ", m.group(1))
    part = trailing_part(text)
    if part:
        return part
    cohorts = {c.upper() for c in _IN_COHORT.findall(text)} or {c.upper() for c in _COHORT_SUBJECT.findall(text)}
    if len(cohorts) == 1 and len({c.upper() for c in _ANY_COHORT.findall(text)}) == 1:
        return f"cohort {cohorts.pop()}"  # "an ORR of 45.3% in cohort A": one lettered cohort of the study
    m = _COUNTED_AMONG.search(text)
    if m:
        # "with pretreated MSS metastatic CRC with no active liver metastases who received ...": the last
        # "with/without ..." that does not name the disease, up to "who"
        last = re.split(r"\s+(?=(?:with|without)\s)", m.group(1))[-1]
        last = re.split(r"\s+(?:who|that|which)\s", last)[0]
        if not _WHOLE_DISEASE.fullmatch(last):
            return last
    m = _WITH_GROUP.search(text)
    group = (m.group(1) or m.group(2) or m.group(3)) if m else None
    # a group a subgroup analysis names is a part of the patients, though its words name a tumour ("with resected
    # primary tumour")
    named_part = m is not None and re.search(r"\b(?:subgroup|subset)\b", m.group(0), re.I) is not None
    if group and (_patient_group(group) or named_part and not re.search(
            r"\b(?:received|receiving|treated|given|than|versus|vs|compared)\b", group)):
        # "In patients without liver metastases, the ORR was ..."; "... were 22.7% and 86.4% in patients without liver
        # metastases.": a group that opens or closes the sentence (not the disease all patients have)
        return group
    return None


# a part of the patients a sentence calls a subgroup or subset by name ("in the non-liver metastases subgroup", "within
# the better-prognosis subset"), whatever its words; not a word that names no group ("this subgroup", "any subgroup", "the
# prespecified subgroup analyses"), nor subgroups in the plural (the analyses across many)
_NAMED_PART = prefiltered(lazy_compile(r"\b(?:in|among|within|for)\s+(?:the\s+)?((?:(?!(?:subgroup|subset|sub-?population)\b)"
                                       r"[\w/+\-]+\s){0,3}?[\w/+\-]+)\s+(?:subgroup|subset|sub-?population)\b(?![\w\-])", re.I))
_NO_GROUP_WORD = lazy_compile(r"(?i:the|this|that|these|those|each|every|any|all|both|overall|whole|entire|same|other|one|a|an|"
                              r"following|respective|several|various|relevant|specific|certain|small|smaller|large|larger|"
                              r"different|patient|patients|population|ITT|intention-to-treat|study|trial|analysis)")
# how the analysis was planned, said before the group's words ("the post hoc better efficacy subgroup")
_PLANNED_WORD = lazy_compile(r"(?i:pre-?specified|pre-?defined|planned|exploratory|post|hoc|post-hoc)")
# a value of an outcome: the values a part names before it are its values ("... in the X subgroup (HR 0.83)")
_FIRST_VALUE = lazy_compile(r"\d(?:\.\d+)?\s*(?:%|months?\b|mo\b|weeks?\b)|\bHR\b|hazard\s+ratio", re.I)


def _named_part(text: str) -> str | None:
    """The part of the patients a sentence names as a subgroup (or subset) before its first value, when the words
    before "subgroup" name a group ("in the non-liver metastases subgroup" -> "non-liver metastases"), else None. A part
    named only after a value is that value's alone (left to the labels of several values)."""
    first = -1
    for m in _NAMED_PART.finditer(text):
        if first < 0:
            value = _FIRST_VALUE.search(text)
            first = value.start() if value else len(text)
        if m.start() > first:
            return None
        words = m.group(1).split()
        while words and _PLANNED_WORD.fullmatch(words[0]):
            words.pop(0)
        if not words or any(_NO_GROUP_WORD.fullmatch(w) for w in words):
            continue
        return " ".join(words)
    return None


def _patient_group(words: str) -> bool:
    """Do ``words`` ("with no active liver metastases", "without prior anti-EGFR therapy") name a group of the
    patients by what they have or lack, not the disease all of them have, a treatment, or a comparison?"""
    return not _WHOLE_DISEASE.fullmatch(words) and \
        not re.search(r"\b(?:received|receiving|treated|given|than|versus|vs|compared)\b", words)


# a group named by what its patients have or lack, where the sentence opens or right after its last value, ending it
# ("In the subgroup of 120 patients with liver-only metastases (n = 120), ..."; "Subgroup analysis showed ... in
# patients with resected primary tumour (n=180): ...": the group a subgroup analysis names, with its count)
_WITH_GROUP = lazy_compile(r"^\s*(?i:in|among|for)\s+(?:the\s+)?(?:(?i:subgroup|subset)\s+of\s+(?:the\s+)?)?(?:\d[\d,]*\s+)?"
                           r"(?:patients|those|subjects)\s+((?i:with|without)\s+[^,;:()]{3,60}?)\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?,|"
                           r"(?<=\d)\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?(?i:in|among)\s+(?:the\s+)?(?:patients|those|subjects)\s+"
                           r"((?i:with|without)\s+[^,;:()]{3,60}?)\s*[.)]?\s*$|"
                           r"^\s*(?i:subgroup|subset)\s+analys[ie]s\b[^.;:]*?\b(?i:in|among|for)\s+(?:the\s+)?(?:patients|pts|those)\s+"
                           r"((?i:with|without)\s+[^,;:()]{3,60}?)\s*(?:\(\s*n\s*=\s*\d+\s*\)\s*)?[:,]")
# "In the phase I portion, the ORR was 7.1%"; "In the second stage, 42 patients were enrolled": a part of the study,
# named where the sentence opens
_STUDY_PART = (r"(?i:phase\s+(?:I{1,3}|[1-3])[ab]?|first|second|third|dose[- ]escalation|dose[- ]expansion|expansion)\s+"
               r"(?i:portion|part|stage|phase|cohort)")
_PART_OF_STUDY = lazy_compile(rf"^\s*(?i:in|during|for)\s+(?:the\s+)?({_STUDY_PART})\b")
# (s48 outlabels) "Median PFS was 4.2 months in the expansion cohort", "the ORR was 9.7% in the phase II part of the
# trial": the one part of the study a sentence names, right after its last value, is that sentence's (never where
# it names a second part or the whole: "7.1% in the phase I portion and 9.7% overall")
_PART_AFTER_VALUE = prefiltered(lazy_compile(rf"(?<=\d)\s*(?:%|months?\b|mo\b)?\s*(?:\([^()]*\)\s*)?(?i:in|during|for)\s+"
                                             rf"(?:the\s+)?({_STUDY_PART})\b"))
_ANY_STUDY_PART = prefiltered(lazy_compile(rf"\b{_STUDY_PART}\b|\boverall\b|\ball\s+patients\b", re.I))
_VALUE_AFTER = lazy_compile(r"\d(?:\.\d+)?\s*(?:%|months?\b|mo\b)", re.I)


def trailing_part(text: str) -> str | None:
    """The one part of the study a sentence names right after its last value ("... 4.2 months in the expansion
    cohort" -> "expansion cohort"), else None."""
    m = _PART_AFTER_VALUE.search(text)
    if m is None or len(_ANY_STUDY_PART.findall(text)) != 1 or _VALUE_AFTER.search(text, m.end()):
        return None
    return re.sub(r"\s+", " ", m.group(1))
# "reporting an ORR of 45.3% in cohort A": a lettered or numbered cohort the values are of (one per sentence; a
# sentence giving two cohorts' values names no one population)
# (right after the value: "the primary endpoint was ORR in cohort A" gives no value and names no topic)
# (s48 outlabels) "Cohort B (n = 25) had an ORR of 12%", "Patients in cohort 2 achieved a DCR of 60%": a lettered or
# numbered cohort as the subject of the sentence's values
_COHORT_SUBJECT = lazy_compile(r"^\s*(?:(?:The\s+)?(?i:patients|participants)\s+(?:in|of)\s+)?(?:(?i:the)\s+)?[Cc]ohort\s+"
                               r"([A-Za-z]|\d{1,2})(?![\w\-])(?:\s+(?i:population|patients|participants))?(?:\s*\([^()]*\))?\s+(?:had|showed|achieved|demonstrated|reached|"
                               r"yielded|experienced|obtained)\b")
_ANY_COHORT = lazy_compile(r"\b[Cc]ohorts?\s+([A-Za-z]|\d{1,2})(?![\w\-])")  # every lettered cohort a sentence names
_IN_COHORT = lazy_compile(r"\b(?:ORR|DCR|PFS|OS|rates?|survival|response)\b[^.;()]{0,40}?\d(?:\.\d+)?\s*(?:%|months?)?\s+"
                          r"(?:in|for|among)\s+(?:the\s+)?[Cc]ohort\s+([A-Za-z]|\d{1,2})(?![\w\-])")
# "Among 123 patients with no active liver metastases, the ORR was 20%": a counted part of the study, named
# where the sentence opens
# (also after a sentence end the splitter kept inside, as after a reference number: "... in 2023.1 Among 123 ...")
_COUNTED_AMONG = lazy_compile(r"(?:^\s*(?i:among|in)|[.!?](?:\d{1,3}|\[\d{1,3}\])?\s+(?:Among|In))\s+(?:the\s+)?[\d,]{1,6}\s+(?:evaluable\s+)?patients\s+"
                              r"((?i:with|without)\s+[^,;:()]{3,100}?)\s*(?=,)")
# ... unless it names the disease, as the study's own population does ("In 94 patients with KRAS G12C-mutated mCRC")
_WHOLE_DISEASE = lazy_compile(r".*\b(?:m?CRC|cancer|adenocarcinoma|disease|tumou?rs?)\b.*", re.I)


def _count_phrase(text: str, m) -> str:
    """The count ``m`` with the description of its patients, up to the clause's end ("123 patients with pretreated
    MSS metastatic CRC with no active liver metastases who received the combination")."""
    stop = re.search(r"[,;:]\s|\.\s|$", text[m.end():])
    return text[m.start():m.end() + stop.start()]


def _counted_group(text: str) -> str | None:
    """The group a count names: "responses occurred in 38 of 60 KRAS G12C inhibitor-naive patients (62.5%)"
    -> "KRAS G12C inhibitor-naive" (a group of this sentence only)."""
    m = re.search(r"\b\d{1,4}\s+of\s+(?:the\s+)?\d{1,5}\s+((?:[\w/+\-]+\s+){1,4}?)(?:patients|participants|pts)\b", text)
    if m and re.search(r"wild|mut|MSI|MSS|dMMR|pMMR|sided|positive|negative|amplif|na[iï]ve|pretreated|exposed",
                       m.group(1), re.I):
        return m.group(1).strip()
    return None


def _unknown_labels(text: str, st: TrialState) -> bool:
    """Whether the sentence names arms by labels ("in arm A ... in arm B", "(A) vs (B)", "arm 2") that no design gave."""
    letters = {(m.group(1) or m.group(4) or "").upper() for m in _ARM_LABEL.finditer(text)}
    # letters, and the digits of "arm 1" (group 1 only: not "the FOLFOX-4 arm")
    return bool({x for x in letters if re.fullmatch(r"[A-H1-9]", x)} - set(st.labels))


# the arm label in brackets right after a value: "18.0 m (A)", "45% (arm B)" (not "28.1 vs 25.0 months in arm A versus
# arm B", a list of labels for the pair)
_VALUE_OWN_LABEL = lazy_compile(r"\s*(?:m|mo|months?|%)?\s*\(\s*(?:[Aa]rm\s+)?([A-H1-9])\s*\)")


def _labels_contradict(text: str, fitting: list, order: list, st: TrialState) -> bool:
    """Whether a value's own label ("18.0 m (A)", "45% (arm B)") names another arm than the one the arms' order
    would give it: the label binds to the arm the design defined it for, and a value the order would move to another
    arm is read for neither."""
    k = len(order)
    for i, v in enumerate(fitting):
        m = _VALUE_OWN_LABEL.match(text, v.end)
        if m is None:
            continue
        arm = st.labels.get(m.group(1).upper())
        if arm is not None and arm is not order[i % k]:
            return True
    return False


# the report's own aim or assignment: "we aimed to compare", "in this study", "patients were randomly assigned"
_OWN_AIM = lazy_compile(r"\b(?:we|our|this\s+(?:study|trial)|the\s+present|here)\b|" + ASSIGNMENT_WORD, re.I)


_LIST_COLON = lazy_compile(r"(?<!\d):|:(?!\d)")  # a colon that opens a list, not a ratio's "1:1"


def _top_level_marks(text: str, start: int, marks: str):
    """Positions at or after ``start`` of the characters in ``marks`` that stand outside brackets, counting the
    brackets from the start of ``text`` (a bracket opened before ``start`` still holds what follows it)."""
    depth = 0
    for k, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif k >= start and ch in marks and not depth:
            yield k


def _top_level_semicolons(text: str, start: int) -> list[int]:
    """Positions of the semicolons after ``start`` that stand outside brackets (the list's own separators)."""
    return list(_top_level_marks(text, start, ";"))


def _top_level_colon(text: str, start: int) -> int | None:
    """The first colon after ``start`` outside brackets that opens a list (not a ratio's "1:1"): "randomly assigned
    to three groups: A; B; C", not the one inside a regimen's dosing ("FOLFOX4 (biweekly administration of: ...)")."""
    return next((k for k in _top_level_marks(text, start, ":") if _LIST_COLON.match(text, k)), None)


# Performance only: the patterns searched over whole sentences skip the sentences that hold none of
# their words (builders.prefilter; same matches).
_SUBGROUP, _OVERALL = (prefiltered(p) for p in (_SUBGROUP, _OVERALL))
_DIFFERENCE_BY, _COUNT_OF_PATIENTS = prefiltered(_DIFFERENCE_BY), prefiltered(_COUNT_OF_PATIENTS)  # masks of every value


# searched in most sentences, which hold none of their words (builders/prefilter.py)
(_PAST_TIME, _DOSE, _HR, _WITH_GROUP, _SCHEDULE, _FIGURE_REF, _P, _OR_HIGHER, _CI, _PRIOR_EVIDENCE, _IN_COHORT, _P_SPLIT) = map(prefiltered, (
    _PAST_TIME, _DOSE, _HR, _WITH_GROUP, _SCHEDULE, _FIGURE_REF, _P, _OR_HIGHER, _CI, _PRIOR_EVIDENCE, _IN_COHORT, _P_SPLIT))


# where a clause may begin that gives a part of the patients its own values after the whole population's:
# a semicolon, ", while", "whereas", ", but", ", and" before "in/among/for/within"
_PART_CLAUSE_TURN = prefiltered(lazy_compile(
    r"(?:;|,\s*(?:while|whereas|but|and)\b|\s(?:while|whereas)\b)\s*(?=(?:in|among|for|within)\s)", re.I))
# the words of such a clause before its values, up to the comma that closes its opening ("in the RAS-mutant subgroup,")
_PART_OPENING = lazy_compile(r"\s*(?:in|among|for|within)\s+[^,;:]{3,80}?(?:,|\s(?=(?:they|these|it|those|the\s+(?:corresponding|"
                             r"respective|same|values|figures|rates))\b))", re.I)


# (s60 trials60c) a clause that gives a metric again for a second group, the metric named before the group ("..., while
# the ORR of refractory pMMR/MSS mCRC was 0%"): the clause begins at the metric, the group's words run up to its verb
_METRIC_FIRST_TURN = prefiltered(lazy_compile(
    r"(?:,\s*|\s)(?:while|whereas)\s+(?=(?:the|that)\s+(?:ORR|DCR|(?:median\s+)?(?:PFS|OS)|(?:objective\s+)?response\s+rates?|"
    r"disease[- ]control\s+rates?|median\s+(?:progression-free\s+|overall\s+)?survival)\s+(?:of|in|among|for)\s+"
    r"(?P<group>[^,;:.%]{2,120}?)\s+(?:was|were)\b)", re.I))


# a part named by the status of the patients' disease: "in patients with mismatch repair-proficient mCRC", "among those
# with RAS-mutant tumours"
_STATUS_OF_DISEASE = lazy_compile(r"\s*(?:in|among|for|within)\s+(?:the\s+)?(?:patients|those|participants)\s+(?:with|harbou?ring)\s+"
                                  r"((?:[\w/+\-]+\s+){0,3}?[\w/+\-]+)\s+(?:m?CRCs?|colorectal\s+cancers?|tumou?rs|disease)\b", re.I)
_DEFICIENCY = lazy_compile(r"\b(?:[\w\-]+-)?(?:proficient|deficient|stable|unstable)\b", re.I)


def _values_before_turn(head: str) -> bool:
    """Whether the words before a clause's turn give values, the turn standing outside brackets (a semicolon inside
    a bracket separates one population's values)."""
    return head.count("(") == head.count(")") and head.count("[") == head.count("]") and bool(_values(head)[0])


def part_clause(text: str) -> tuple[int, int, str, bool] | None:
    """A sentence that gives the values of the whole population (or of one part) and then, in a clause of its own
    opened by another part of the patients, that part's values: "the ORR was 25%, median PFS 6.1 months and OS 14.8
    months; in the RAS-mutant subgroup, the corresponding values were 20%, 5.0 months and 12.1 months". Each series
    keeps its own population: the values before the clause are never the part's. (s60 trials60c) So too a clause
    that names the metric before a group named by its marker status alone ("..., while the ORR of refractory
    proficient mismatch repair (pMMR)/microsatellite stable (MSS) mCRC was 0%"): its values are that group's, whatever
    else the clause's reading would give them. Returns (end of the first clause, start of the part's clause, the
    part's label, whether the label is the clause's values' own as it stands), or None when no such clause follows
    values.

    >>> t = "The ORR was 25% and median PFS 6.1 months; in the RAS-mutant subgroup, these were 20% and 5.0 months."
    >>> part_clause(t)[2]
    'RAS-mutant'
    >>> part_clause("In the RAS-mutant subgroup, the ORR was 20% and median PFS 5.0 months.") is None
    True
    >>> part_clause("The ORR of MSI-H tumours was 35%, whereas the ORR of microsatellite stable (MSS) tumours was 2%.")[2:]
    ('MSS', True)
    >>> part_clause("The ORR of MSI-H tumours was 35%, while the ORR of the historical cohort was 10%.") is None
    True
    """
    for m in _METRIC_FIRST_TURN.finditer(text):
        label = trials_subgroups.marker_group(m.group("group"))
        if label and _values_before_turn(text[:m.start()]) and _values(text[m.end():])[0]:
            return m.start(), m.end(), label, True
    for m in _PART_CLAUSE_TURN.finditer(text):
        if not _values_before_turn(text[:m.start()]):
            continue
        tail = text[m.end():]
        opening = _PART_OPENING.match(tail)
        if opening is None or _FIRST_VALUE.search(opening.group(0)) or _OVERALL.search(opening.group(0)):
            continue
        part = opening.group(0).rstrip().rstrip(",") + ", x"
        label = trials_subgroups.part_label(part) or _subgroup(part) or trials_subgroups.sentence_subgroup(part)
        if not label:
            status = _STATUS_OF_DISEASE.match(opening.group(0))  # "in patients with mismatch repair-proficient mCRC,"
            label = status.group(1) if status and (_LABEL_WORDS.search(status.group(1)) or
                                                   _DEFICIENCY.search(status.group(1))) else None
        if not label or not any(_values(tail)[:2]):
            continue
        return m.start(), m.end(), label, False
    return None


# two runs of values for a list of metrics, each run closed by the population it is given for ("ORR and DCR were 40%
# and 78%, respectively, for dMMR tumours and 0% and 11% for pMMR tumours"): the stretch after the first run up to the
# second, and after the second up to the clause's end
# a value's unit and its bracket ("40% (4 of 10 patients)"), then the population a run is given for
_VALUE_TAIL = r"\s*(?:%|months?|mo)?\s*(?:\([^()]*\)\s*)?"
_RUN_FOR = _VALUE_TAIL + r"(?:,?\s*respectively\s*,?)?\s*(?:for|in|among)\s+(?P<pop>[^,;:()\[\]\d]{2,80}?)\s*"
_RUN_ITEM_GAP = lazy_compile(_VALUE_TAIL + r"(?:,\s*and|,|and)\s*", re.I)
_FIRST_RUN_POPULATION = lazy_compile(_RUN_FOR + r",?\s*(?:and|while|whereas|but)\s+(?:(?:they\s+)?(?:were|was)\s+)?$", re.I)
_LAST_RUN_POPULATION = lazy_compile(_RUN_FOR + r"(?:,?\s*respectively\s*)?(?:[.;]|$)", re.I)
_RUN_POPULATION_WORDS = lazy_compile(r"^(?:the\s+)?(?:(?:patients|participants|those|cohort|group|subgroup)\s+with\s+)?(?P<core>.+?)"
                         r"(?:\s+(?:tumou?rs|patients|disease|cancers?|population|sub-?group|group|cohort|"
                         r"(?:metastatic\s+)?colorectal\s+cancers?|m?CRCs?))?$", re.I)
_LETTERED_COHORT = lazy_compile(r"(?:the\s+)?(cohort|part|group)\s+([A-H1-9])", re.I)


def _run_population(words: str) -> str | None:
    """The population a run of values is given for, by the words after its "for"/"in"/"among": a marker status
    (also a mismatch-repair or microsatellite status written out), a side or a lettered cohort; None for other words."""
    cohort = _LETTERED_COHORT.fullmatch(words.strip())
    if cohort:
        return f"{cohort.group(1).lower()} {cohort.group(2).upper()}"
    marker = trials_subgroups.population_named(f"for {words.strip()}")
    if marker:
        return marker
    core = _RUN_POPULATION_WORDS.match(words.strip())
    if core and _population_words(core.group("core")) and len(core.group("core").split()) <= 4:
        return core.group("core")
    return None


def population_runs(text: str, fitting: list[Value], n: int) -> list[str] | None:
    r"""The two populations of a sentence that gives a list of ``n`` metrics once and then one run of ``n`` values
    per population, in the metrics' order ("The ORR and the PFS rate were 40% and 78%, respectively, for dMMR tumours
    and 0% and 11% for pMMR tumours" -> ["dMMR", "pMMR"]): each run followed by its own population after
    "for"/"in"/"among", the second after "and"; None when the runs differ in length, another value or population
    stands between them, or a population is no marker status, side or lettered cohort.

    >>> vs = lambda t: [Value(m.start(), m.end(), 1.0, "%") for m in re.finditer(r"\d+%", t)]
    >>> t = "ORR and DCR were 40% and 78%, respectively, for dMMR tumours and 0% and 11% for pMMR tumours."
    >>> population_runs(t, vs(t), 2)
    ['dMMR', 'pMMR']
    >>> t = "ORR and DCR were 40% and 78% in cohort A and 12% and 50% in cohort B."
    >>> population_runs(t, vs(t), 2)
    ['cohort A', 'cohort B']
    >>> t = "ORR and DCR were 40% and 78% for dMMR tumours, 5% and 9% for MSI-H tumours and 0% and 11% for pMMR tumours."
    >>> population_runs(t, vs(t)[:2] + vs(t)[4:], 2) is None
    True
    """
    if n < 2 or len(fitting) != 2 * n:
        return None
    runs = [fitting[:n], fitting[n:]]
    for run in runs:
        if not all(_RUN_ITEM_GAP.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])):
            return None
    first = _FIRST_RUN_POPULATION.fullmatch(text, runs[0][-1].end, runs[1][0].start)
    last = _LAST_RUN_POPULATION.match(text, runs[1][-1].end)
    if first is None or last is None:
        return None
    labels = [_run_population(first.group("pop")), _run_population(last.group("pop"))]
    if None in labels or labels[0] == labels[1]:
        return None
    return labels
