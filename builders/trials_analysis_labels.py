"""Values of one arm that two analyses of a trial gave, told apart by the analysis each sentence names.

A report often gives the same measure of the same arm twice, once per analysis of the trial: "A previous interim
analysis showed ... (14.1 vs 20.5 months)" and "Having a median follow-up of 66.7 months, the current analysis showed
... (15.5 vs 22.2 months)"; "In the primary progression-free survival analysis, median progression-free survival was
5.1 months ..." and "At data cutoff for the final analysis, median progression-free survival was 5.4 months ...". Each
value belongs to the analysis its sentence names, and keeps that analysis as label (``subgroup``), the way a
subgroup's or an analysis population's values do: "interim analysis", "primary analysis", "final analysis", "updated
analysis" (an updated, current or longer follow-up analysis), "approval analysis" (the data an approval rests on) and
"published analysis" (one named by the journal that published it). A label is given only where one arm has two or more
different values of one measure from different sentences that name two different analyses, and only to a value whose
sentence names one analysis: a single analysis of a trial needs no label, and a sentence naming two analyses ("5.1 months in the primary and 5.4
months in the final analysis") does not say which value is which.

So too the values of an analysis population ("In the mPP population, ... a PFS of 10 versus 12.2 months"; "In the ATP
population of 89 patients, the ORR was 51% in ... and 67% in ..."): each keeps the population its own sentence names
for it (``label_populations``), whether or not the arm has another value of that measure (s57: a per-protocol value
without its label reads as the whole trial's).

So too the two counts of one trial: "The study enrolled 700 patients" and "After induction therapy, 452 patients were
randomly assigned ...": the larger count, said of the patients enrolled (registered, recruited) in a sentence that
randomises no one, is the trial's whole enrolment ("enrolled"), the smaller one of the randomised patients its arms
hold; the randomised one stays the trial's count.

>>> analysis_named("A previous interim analysis showed that the PFS was 14.1 months.")
'interim analysis'
>>> analysis_named("In the primary progression-free survival analysis (performed after 231 events), median PFS was 5.1 months.")
'primary analysis'
>>> analysis_named("At data cutoff for the final analysis, median PFS was 5.4 months."), analysis_named("After long-term follow-up, median OS was 30 months.")
('final analysis', 'updated analysis')
>>> analysis_named("Data cited in the drug's approval showed an ORR of 34%."), analysis_named("In an analysis of X-1 published in a journal, the ORR was 46%.")
('approval analysis', 'published analysis')
>>> analysis_named("Median PFS was 5.1 months in the primary analysis and 5.4 months in the final analysis.") is None
True
>>> analysis_named("The primary endpoint was PFS; the median PFS was 5.1 months.") is None
True
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from builders.design_words import ASSIGN_VERB
from builders.lazy_patterns import lazy_compile
from builders.trials_analysis_sets import analysis_counted, governing_set, set_label, value_spots

# the analyses of a trial a sentence may give values for, each with the words that name it ("interim analysis",
# "the primary progression-free survival analysis", "final overall survival analysis", "updated analysis", "the current
# analysis" after a median follow-up, "long-term follow-up", "extended follow-up")
_WORDS = r"(?:[\w\-]+\s+){0,3}?"
_ANALYSES = (
    ("interim analysis", lazy_compile(rf"\binterim\s+{_WORDS}analys[ie]s\b", re.I)),
    ("primary analysis", lazy_compile(rf"\bprimary\s+{_WORDS}analys[ie]s\b", re.I)),
    ("final analysis", lazy_compile(rf"\bfinal\s+{_WORDS}analys[ie]s\b", re.I)),
    ("updated analysis", lazy_compile(rf"\b(?:updated|current|extended|later|longer)\s+{_WORDS}analys[ie]s\b|"
                                      r"\b(?:long-term|longer|extended|prolonged)\s+follow-?\s?up\b", re.I)),
    # (h57 prec4) the data a regulator's approval rests on ("Data cited in the combination's approval", "the data
    # supporting its approval", "the registrational cohort"), and an analysis named by the journal that published it
    # ("an analysis of the trial published in the New England Journal of Medicine")
    ("approval analysis", lazy_compile(r"\b(?:data|results?|analys[ie]s|findings|cohort)\s+(?:[\w’'\-]+\s+){0,3}?"
                                       r"(?:cited|used|submitted|supporting|that\s+supported|underlying|behind)\s+"
                                       r"(?:[\w’'\-]+\s+){0,3}?(?:approval|registration)\b|\bregistrational\s+"
                                       r"(?:data|results?|analysis|cohort|trial)\b", re.I)),
    ("published analysis", lazy_compile(r"\b(?:analys[ie]s|data|results?|report)\s+(?:[\w’'\-]+\s+){0,4}?published\s+"
                                        r"(?:in|by)\b|\bpublished\s+(?:analys[ie]s|data|results?|report)\b", re.I)),
)
# a count of the patients enrolled, not randomised ("The study enrolled 700 patients", "700 patients were registered")
_ENROLLED = lazy_compile(r"\b(?:enrol(?:l)?(?:ed|ing|s)?|register(?:ed|ing|s)?|recruit(?:ed|ing|s)?|accrued)\b", re.I)
_RANDOMISED = lazy_compile(rf"\b(?:{ASSIGN_VERB}|randomi[sz]ation)\b", re.I)


def analysis_named(sentence: str) -> str | None:
    """The one analysis of a trial ``sentence`` names, or None (none, or two)."""
    found = {label for label, pattern in _ANALYSES if pattern.search(sentence)}
    return found.pop() if len(found) == 1 else None


def label_analyses(out, trials: set[str] = frozenset()) -> None:
    """Give each value the analysis its sentence names where one arm (or trial) has different values of one measure
    from different sentences, and the enrolment count of a trial (an id of ``trials``; never a count still on an arm,
    which the count checks may yet move) that also gives its randomised count the label "enrolled" (see the module's
    note). Values with a label of their own keep it."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for k, o in enumerate(out.outcomes):
        if o.subgroup is None and o.bound is None:
            groups[(o.arm, o.metric)].append(k)
    for (owner, metric), ks in groups.items():
        outs = [out.outcomes[k] for k in ks]
        if len({o.value for o in outs}) < 2 or len({o.evidence.start for o in outs}) < 2:
            continue
        if metric == "n":
            if owner in trials:
                _label_enrolment(out, ks)
            continue
        # (a sentence that gives one arm two values of the measure, "5.1 months in the primary and 5.4 months in the
        # final analysis", does not say which analysis each is of)
        values_at = defaultdict(set)
        for k in ks:
            values_at[out.outcomes[k].evidence.start].add(out.outcomes[k].value)
        labels = {k: analysis_named(out.outcomes[k].evidence.sentence)
                  if len(values_at[out.outcomes[k].evidence.start]) == 1 else None for k in ks}
        if len({v for v in labels.values() if v}) < 2:
            continue  # (two analyses named, each for values of its own, or nothing is told apart)
        for k in ks:
            if labels[k]:
                out.outcomes[k] = replace(out.outcomes[k], subgroup=labels[k])


def label_populations(out) -> None:
    """Give a value the analysis population its own sentence names for it (``governing_set``: "In the mPP population,
    ... a PFS of 10 versus 12.2 months"; "the intention-to-treat population included 39 patients"): one arm's two
    values of one measure from two analysis populations are told apart by them ("10 ... months" in the mPP, "9 months"
    in the ITT population), and a single value is known as that population's. A value with a label of its own keeps
    it; an earlier sentence naming the population ("Efficacy was analysed in the per-protocol population") labels no
    value of a later one. So too the assessment a value's clause opens on (``assessment_of``: "On investigator
    assessment, median PFS was 9.2 vs 7.4 months (HR = 0.65)" beside the primary result by independent review)."""
    from builders.trials_values import _count
    for k, o in enumerate(out.outcomes):
        if o.bound is None and o.subgroup is None:
            label = governing_set(o.evidence.sentence, o.metric, o.value, _count)
            if label is None and o.metric == "n":
                # (s57 prec3) "... and 241 assigned to the experimental group were included in the primary analysis"
                label = analysis_counted(o.evidence.sentence, o.value)
            elif label is None:
                label = assessment_of(o.evidence.sentence, o.value)
            if label is not None:
                out.outcomes[k] = replace(o, subgroup=label)


# (h60 prec) who assessed the responses or progressions the values of a clause count, where the clause opens on it: the
# investigators ("On investigator assessment, ...", "Per investigator, ...", "As assessed by the investigators, ..."),
# or a blinded independent (central) review ("By independent central review, ...", "By BICR, ..."); never the
# investigators' choice of a therapy ("chemotherapy per investigator's choice")
_ASSESSED_BY = r"(?:on|by|per|according\s+to|as\s+assessed\s+by|assessed\s+by)\s+(?:an?\s+|the\s+)?"
_ASSESSMENTS = (
    ("investigator assessment", lazy_compile(
        rf"{_ASSESSED_BY}(?:local\s+)?investigators?(?:['’]s?)?(?:\s+(?:assessment|review|evaluation)s?)?(?=\s*[,;)]|\s+\w)"
        r"(?!\s+choice)", re.I)),
    ("independent review", lazy_compile(
        rf"{_ASSESSED_BY}(?:(?:blinded\s+)?(?:independent\s+(?:central\s+)?|central\s+)(?:radiolog\w*\s+)?"
        r"(?:review|assessment)(?:\s+committee)?|BICR|BIRC|IRC|ICR|IRRC)\b", re.I)),
)
# where a clause of a results sentence opens, and the words that may lead into it: the sentence's start or a label
# ("Results:"), a semicolon or a contrast between two clauses, then a connective ("However,", "Similarly,")
_CLAUSE_LEAD = lazy_compile(r"(?:^|[;:]|,?\s+(?:whereas|while)\b|,\s+(?:and|but)\b)\s*(?:(?:however|similarly|likewise|"
                            r"in\s+contrast|moreover|additionally|also|conversely|notably),?\s+)?", re.I)


def assessment_of(sentence: str, value: float) -> str | None:
    """The assessment the clause holding ``sentence``'s value ``value`` opens on, as the value's label, else None: "On
    investigator assessment, median PFS was 9.2 vs 7.4 months (HR = 0.65)" gives its values "investigator assessment",
    beside a primary result by independent review it would otherwise clash with. An assessment named inside a clause
    ("Median PFS by BICR was 8.1 months", "8.1 months by BICR and 9.2 months by investigator assessment") labels
    nothing.

    >>> assessment_of("On investigator assessment, median PFS was 9.2 vs 7.4 months (HR = 0.65).", 0.65)
    'investigator assessment'
    >>> assessment_of("By BICR, the ORR was 28% vs 17%; per investigator, it was 31% vs 20%.", 17)
    'independent review'
    >>> assessment_of("By BICR, the ORR was 28% vs 17%; per investigator, it was 31% vs 20%.", 31)
    'investigator assessment'
    >>> assessment_of("Median PFS was 8.1 months by BICR and 9.2 months by investigator assessment.", 9.2) is None
    True
    >>> assessment_of("Per investigator's choice, patients received A; median OS was 7.1 months.", 7.1) is None
    True
    """
    spots = value_spots(sentence, value)
    if not spots:
        return None
    lead = None
    for m in _CLAUSE_LEAD.finditer(sentence, 0, spots[0]):
        lead = m
    if lead is None:
        return None
    for label, pattern in _ASSESSMENTS:
        if pattern.match(sentence, lead.end()):
            return label
    return None


def _label_enrolment(out, ks: list[int]) -> None:
    """Label "enrolled" the larger count a sentence says was enrolled (and randomises no one) beside a smaller count
    a sentence says was randomised."""
    enrolled = [k for k in ks if _ENROLLED.search(out.outcomes[k].evidence.sentence)
                and not _RANDOMISED.search(out.outcomes[k].evidence.sentence)]
    randomised = [out.outcomes[k].value for k in ks if _RANDOMISED.search(out.outcomes[k].evidence.sentence)]
    if not enrolled or not randomised:
        return
    for k in enrolled:
        if out.outcomes[k].value > max(randomised):
            out.outcomes[k] = replace(out.outcomes[k], subgroup="enrolled")
