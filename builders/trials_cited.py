"""How reviews cite a study they give no name: the study after its regimen, and responses written as counts.

A review may name the regimen before the study that tested it: "The activity of A in patients with X has been
demonstrated in a phase I trial", "the efficacy of A plus B was evaluated in a small phase II study", "27 patients
received A plus B in the single-arm phase II study". ``study_after_regimen`` finds the words that introduce such a
study (not one still under way: "is being evaluated in a phase I trial"); the trial reader names the study after the
one regimen the sentence gives before them, as it does a study introduced before its regimen ("a phase II study of A").

A review also gives a cited study's response rate as the patients who responded, their share in brackets: "3 of 42 (7.1%)
patients achieved partial response", "9 of 60 patients (15%) had an objective response", "responses were seen in 4
of 25 patients (16%)" (or "in 4 patients (16%)"), or, the study's patients counted just before, "..., of whom five (12%)
achieved partial response", or the counted patients opening a clause of their own: "Three patients (9.7%) had partial
response" (the share may follow the response: "four patients achieved partial response (5%)"), or after an opening that names their total: "Of 27 enrolled patients, eight (30%) achieved partial response", "Among the 23 patients, only one patient (4.3%) had a
partial response". The share is the objective response rate of the regimen the study gave (and in the "X of N" forms N is
the patients it counts). The trial reader (builders/trials_text.py) places it on the study's one arm.

Only a count whose share agrees with it ("X of N" and "Of N patients, X", X/N within a point of the share; the other
forms give no N) is read; a partial response
only where the sentence names no complete response (the rate would then be their sum) or denies one ("and no
complete response was observed"); a sentence with more than one
such count gives several subgroups' rates and is not read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trials_own import PHASE

_NUM = r"\d{1,3}(?:\.\d+)?"
# the numbers to twenty in words (the trial reader's word counts start from them too)
NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty").split()
_WORD_COUNT = f"(?:{'|'.join(NUMBER_WORDS[1:])})"
_PATIENTS = r"(?:(?:evaluable|assessable|treated|enrolled)\s+)?(?:patients|participants|pts)"
_SHARE = rf"\(\s*(?P<share>{_NUM})\s*%\s*\)"
_SHARE_AFTER = _SHARE.replace("<share>", "<share_after>")  # the share after the word "patients"
# the response said of the counted patients: "achieved partial response", "had an objective response", "responded"
_RESPONSE = r"(?:(?:achieved|had|showed|experienced|attained|obtained)\s+(?:an?\s+)?(?:confirmed\s+)?" \
            r"(?P<kind>objective|partial|overall)\s+(?:responses?|remissions?)|(?P<responded>responded))\b"
# a few words about who the patients were may stand between the count and the verb ("patients with BRAF V600E")
_WHO = r"(?:\s+(?:with|who|in)\b[^.;:()%\d]{1,60}?)?"
_X_OF_N = lazy_compile(
    rf"(?<![\w.\-/])(?P<x>\d{{1,4}}|(?i:{_WORD_COUNT}))\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<n>\d{{1,5}})\s*"
    rf"(?:{_SHARE}\s*(?:{_PATIENTS})?|{_PATIENTS}\s*{_SHARE_AFTER}){_WHO}\s*{_RESPONSE}", re.I)
_SEEN_IN = lazy_compile(
    rf"\b(?P<kind>objective|partial|overall)?\s*responses?\s+(?:was|were)\s+(?:seen|observed|reported|noted|achieved)\s+in\s+"
    rf"(?P<x>\d{{1,4}})\s+(?:of|out\s+of)\s+(?:the\s+)?(?P<n>\d{{1,5}})\s*(?:{_PATIENTS})?\s*{_SHARE}", re.I)
# the count of patients just named: "in 43 patients ..., of whom five (12%) achieved partial response"
_OF_WHOM = lazy_compile(rf"\bof\s+(?:whom|these)\s*,?\s+(?P<x>\d{{1,4}}|{_WORD_COUNT})\s*(?:{_PATIENTS}\s*)?{_SHARE}\s*"
                        rf"(?:{_PATIENTS}\s+)?{_RESPONSE}", re.I)
# the patients counted with their share, the share maybe with its interval: "Three patients (9.7%) had partial response",
# "One patient (2%; 90% CI, 0.1-10) achieved an objective response" (a clause of its own: at the sentence's start or
# after a clause mark)
_SHARE_NOTED = rf"\(\s*(?P<share>{_NUM})\s*%\s*(?:[;,][^()]{{0,60}})?\)"
_ONE_OR_MORE = r"(?:patients?|participants?|pts)"  # "One patient (3%)", "Three patients (9.7%)"
_COUNTED = lazy_compile(rf"(?:^|(?<=[.;:,])\s+|\b(?:and|while|whereas)\s+)(?:only\s+)?(?P<x>\d{{1,4}}|{_WORD_COUNT})\s+{_ONE_OR_MORE}\s*"
                        rf"{_SHARE_NOTED}{_WHO}\s*{_RESPONSE}", re.I)
# the share after the response it counts: "four patients achieved partial response (5%) and 37 patients achieved
# stable disease (45%)"
_COUNTED_SHARE_AFTER = lazy_compile(rf"(?:^|(?<=[.;:,])\s+|\b(?:and|while|whereas)\s+)(?:only\s+)?(?P<x>\d{{1,4}}|{_WORD_COUNT})\s+"
                                    rf"{_ONE_OR_MORE}{_WHO}\s*{_RESPONSE}\s*{_SHARE_NOTED}", re.I)
# the responses seen in a count of patients with its share: "A partial response was observed in 2 patients (4.5%, 95% CI
# 0.4-16.0%)", "An objective response (OR) was documented in 12 cases (57.1% ...)"
_SEEN_COUNTED = lazy_compile(
    rf"\b(?P<kind>objective|partial|overall)?\s*responses?\s+(?:\(\s*[A-Z]{{1,4}}s?\s*\)\s+)?(?:was|were)\s+"
    rf"(?:seen|observed|reported|noted|achieved|documented|obtained)\s+in\s+(?P<x>\d{{1,4}}|{_WORD_COUNT})\s+"
    rf"(?:{_ONE_OR_MORE}|cases)\s*\(\s*(?P<share>{_NUM})\s*%", re.I)
# the patients counted after an opening that names their total: "Of 27 enrolled patients, eight (30%) achieved partial
# response", "Among 40 evaluable patients, four (10%) achieved partial response" (the total is checked, not read)
_AMONG_N = lazy_compile(
    rf"\b(?:of|among)\s+(?:the\s+)?(?P<n>\d{{1,5}})\s+{_PATIENTS}\s*,\s*(?:only\s+)?(?P<x>\d{{1,4}}|{_WORD_COUNT})\s*"
    rf"(?:(?:{_PATIENTS}|patient|participant)\s*)?{_SHARE}\s*{_RESPONSE}", re.I)
# a partial response counted with the better ones: "five (12%) achieved a partial response or better"
_OR_BETTER = lazy_compile(r"\s*or\s+(?:better|complete\s+response)\b", re.I)
_COMPLETE = lazy_compile(r"\bcomplete\s+(?:responses?|remissions?)\b|\bCRs?\b")
# a complete response the sentence denies: "no complete response was observed", "without complete responses", "no
# patient achieved a complete response" (the partial responses are then all the responses)
_NO_COMPLETE = lazy_compile(r"\b(?:no|without)\s+(?:confirmed\s+)?(?:complete\s+(?:responses?|remissions?)|CRs?)\b|"
                            r"\bno\s+(?:patients?|participants?|one)\s+(?:had|achieved|showed|experienced|attained)\s+(?:an?\s+)?"
                            r"(?:confirmed\s+)?complete\s+(?:responses?|remissions?)\b", re.I)


# the words after a regimen that say a study tested it: "... was evaluated in a small sample size phase II study",
# "... has been demonstrated in a phase I trial", "... received A plus B in the single-arm phase II study" (not the
# patients' earlier therapy: "had received A in a phase III trial")
_STUDY_AFTER = lazy_compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:evaluated|tested|assessed|investigated|studied|examined|"
    r"explored|demonstrated|shown)|(?<!had\s)(?<!previously\s)(?:received|were\s+given|were\s+treated\s+with))\b[^.;]{0,80}?\b"
    rf"(?P<study>in\s+(?:an?|the|one)\s+(?:[\w\-]+\s+){{0,4}}?{PHASE}\s+"
    r"(?:clinical\s+)?(?:study|trial)\b)", re.I)
_UNDER_WAY = lazy_compile(r"\b(?:is|are)\s+(?:currently\s+)?being\b|\bongoing\b|\bplanned\b|\bunderway\b|\bunder\s+way\b", re.I)


def study_after_regimen(text: str) -> int | None:
    """Where the words that name the study ("in a phase I trial") start, after a regimen said to be tested in it (see
    the module's note), or None; the regimen is the one therapy the caller finds before that place."""
    m = _STUDY_AFTER.search(text)
    if m is None or _UNDER_WAY.search(text):
        return None
    return m.start("study")


@dataclass(frozen=True)
class ResponseCount:
    share: float  # the share of patients who responded, in %
    share_start: int
    share_end: int
    end: int  # where the words saying the response end
    total: int | None = None  # N of "X of N"
    total_start: int = -1
    total_end: int = -1


def response_counts(text: str) -> list[ResponseCount]:
    """The response counts of a sentence (see the module's note); [] unless exactly one is read."""
    found = [m for pattern in (_X_OF_N, _SEEN_IN, _OF_WHOM, _COUNTED, _COUNTED_SHARE_AFTER, _SEEN_COUNTED, _AMONG_N)
             for m in pattern.finditer(text)]
    if len(found) == 2 and found[1].re == _AMONG_N and found[0].re == _COUNTED and found[0].span("share") == found[1].span("share"):
        found = found[1:]  # "Among 23 patients, one patient (4.3%) had ...": one count, its total named before it
    if len(found) != 1:
        return []
    m = found[0]
    group = "share" if m.group("share") is not None else "share_after"
    share = float(m.group(group))
    if not 0 < share <= 100:
        return []
    if (m.group("kind") or "").lower() == "partial" and _COMPLETE.search(_NO_COMPLETE.sub(" ", text)) and \
            not _OR_BETTER.match(text, m.end()):  # ("a partial response or better": complete ones counted in it)
        return []  # partial and complete responses both counted: the rate is their sum
    if m.re in (_OF_WHOM, _COUNTED, _COUNTED_SHARE_AFTER, _SEEN_COUNTED):
        return [ResponseCount(share, m.start(group), m.end(group), m.end())]
    if m.re in (_AMONG_N,):
        x_said, n = m.group("x").lower(), int(m.group("n"))
        x = int(x_said) if x_said.isdigit() else NUMBER_WORDS.index(x_said)
        if not 0 < x <= n or abs(100 * x / n - share) > 1:
            return []  # a share that is not the count's
        return [ResponseCount(share, m.start(group), m.end(group), m.end())]
    x_said, n = m.group("x").lower(), int(m.group("n"))
    x = int(x_said) if x_said.isdigit() else NUMBER_WORDS.index(x_said)  # ("Twelve of 43 patients (28%) responded")
    if not 0 < x <= n or abs(100 * x / n - share) > 1:
        return []  # a share that is not the count's
    return [ResponseCount(share, m.start(group), m.end(group), m.end(), n, m.start("n"), m.end("n"))]


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_STUDY_AFTER, _SEEN_IN = (prefiltered(p) for p in (_STUDY_AFTER, _SEEN_IN))
