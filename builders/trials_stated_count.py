"""A study's sample stated as what there was or what its population was made of (for the trial reader's counts,
builders/trials_counts.py).

Besides a verb that enrols or treats ("120 patients were enrolled"), a report states its sample as

* what there was, opening its sentence or its results: "There were 142 enrollments on 29 phase I trials", "Results: There
  were 64 patients enrolled in the study", "At the time of analysis, there were 51 patients with ... who had started A";
* what its whole population was made of: "The intention-to-treat population was comprised of 300 patients", "The
  study population consisted of 212 participants", "Our cohort was composed of 95 patients";
* the patients said to form the whole population analysed, the count first: "A total of 421 randomly assigned patients
  (arm A: n = 212; arm B: n = 209) formed the full analysis set", "300 patients made up the intention-to-treat
  population" (a bracket of the arms' counts may stand between; not a group, an arm or a marker-defined population:
  "40 patients formed the control group", "52 patients constituted the KRAS-mutant population").

A "there were" count is the sample only with the words that make it one after it (enrolled, included, treated, on
trials, in the study, who started a therapy): "There were 12 patients with a partial response" or "There were 9
patients who had received prior A" count a part. A group's or arm's population ("the control group consisted of 50
patients") is no whole population.
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what there was, where the sentence (or its results) opens: "Results There were", "At the time of analysis, there were"
_THERE_WERE_BEFORE = lazy_compile(
    r"\s*(?:results?\s*:?\s*)?(?:(?:at\s+(?:the\s+time\s+of\s+)?(?:the\s+)?(?:data\s+cut-?off|analysis|this\s+report)|"
    r"in\s+total|overall|altogether|all\s+told)\s*,?\s*)?there\s+(?:were|was)\s+(?:a\s+total\s+of\s+|in\s+total\s+)?", re.I)
# what makes the patients there were the sample: enrolled, included, treated, on trials, in the study, starting a therapy
_THERE_WERE_AFTER = lazy_compile(
    r"[^.;:()]{0,160}?(?:\b(?:were\s+)?(?:enroll?ed|included|treated|accrued|recruited|registered)\b|"
    r"\bon\s+(?:\d{1,4}|[a-z]+)\s+(?:[\w\-]+\s+){0,3}?(?:trials|studies|protocols)\b|"
    r"\b(?:in|into|onto)\s+(?:the|this|our)\s+(?:[\w\-]+\s+){0,2}?(?:study|trial|analysis|cohort|series)\b|"
    r"\bwho\s+(?:had\s+)?(?:initiated|started|began|commenced|begun)\b)", re.I)
# the whole population a sentence says its count made up (not a group's, an arm's or a cohort named by a letter)
_MADE_OF_BEFORE = lazy_compile(
    r"\b(?:(?:intent(?:ion)?[- ]to[- ]treat|ITT|study|overall|total|whole|analy[sz]ed|analysis|evaluable|safety)\s+"
    r"(?:\(\s*\w+\s*\)\s+)?(?:patient\s+)?population|(?:our|the\s+(?:present|current|study))\s+(?:cohort|series|sample))\s+"
    r"(?:was\s+|were\s+)?(?:comprised\s+of|composed\s+of|consisted\s+of|made\s+up\s+of|comprised|consisting\s+of)\s+"
    r"(?:a\s+total\s+of\s+)?$", re.I)

# the whole population analysed, said to be formed by the count before: "... patients (arm A: n = 212; ...) formed the
# full analysis set", "... patients made up the intention-to-treat population"
_FORMS_WHOLE_AFTER = lazy_compile(
    r"\s*(?:\([^()]{1,120}\)\s*)?,?\s*(?:formed|form|made\s+up|make\s+up|constituted|constitute|comprised|comprise)\s+the\s+"
    r"(?:(?:full|whole|overall|total|primary|final|modified|efficacy|safety|study|evaluable|per[- ]protocol|"
    r"intent(?:ion)?[- ]to[- ]treat|m?ITT|FAS)\s+){0,3}(?:analysis\s+(?:set|population)|(?:patient\s+)?population|"
    r"study\s+(?:sample|cohort))\b", re.I)


def stated_sample(text: str, start: int, end: int) -> bool:
    """Whether the count of patients ``text[start:end]`` is the study's sample stated as what there was ("There were
    142 enrollments on 29 phase I trials") or as what its whole population was made of ("The ITT population was
    comprised of 300 patients")."""
    if _THERE_WERE_BEFORE.fullmatch(text, 0, start) and _THERE_WERE_AFTER.match(text, end):
        return True
    if _FORMS_WHOLE_AFTER.match(text, end):
        return True
    return _MADE_OF_BEFORE.search(text, max(0, start - 80), start) is not None
