"""Trial names a report sets off by its own wording rather than by a lowercase "trial"/"study" right after them.

- a name in brackets after its spelled-out long form in title case, before a trial word or after one that closes the
  long form: "The Xxx Yyy Evaluation (XYE) study assessed ...", "The Zzz Prevention Trial (ZPT) tested ...";
- a name in capitals between design words in title case and "Study"/"Trial": "...: The AGITG Randomized Phase II XYZ
  Study", and a title's closing "(ABC-DEF Study)";
- a title's subtitle that gives results of a name: "...: Results of XyZ", "...: Results From the XYZ Phase III Trial";
- a name a trial word says the study is called: "a randomized ... study, called XYZ (NCT...)";
- a name set off by a comma before a study group's trial: "...: IND.210, a Canadian Cancer Trials Group Trial", "...:
  XYZ-3, an ABC Network Randomized Clinical Trial".

A name the reader knows as anything else (a gene, a drug, a group, a measure: "(ECOG)", "(ORR)"), a long form with a
study group's or an institution's words ("Eastern Cooperative Oncology Group (ECOG) study"), or a name that does not
spell its long form's letters, is no trial (builders/trial_names.py, ``titled_name``).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered
from builders.trial_names import titled_name

# a name: capitals (a lower case letter inside, "CONcePT"), digits and one hyphenated part
_NAME = r"[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?"
_LONG_WORD = r"(?:[A-Z][\w\-]*|and|of|for|in|with|on|the|to|after|versus)"
_SPELLED = lazy_compile(rf"(?<![\w\-])(?P<long>[A-Z][\w\-]*(?:\s+{_LONG_WORD}){{1,11}}?)\s*\(\s*(?P<name>{_NAME})\s*\)"
                        r"(?P<after>\s+(?:study|trial)\b(?!\s+(?:group|of\b)))?")
# a long form that closes on its own trial word ("The Zzz Prevention Trial (ZPT)")
_CLOSING_TRIAL_WORD = lazy_compile(r"\b(?:Trial|Study)$")
# a study group's, a meeting's or an institution's words: the long form of its acronym names no trial
_GROUP_WORDS = lazy_compile(r"\b(?:group|gruppo|grupo|groupe|oncology|society|cooperative|organi[sz]ation|network|consortium|"
                            r"symposium|congress|meeting|institut\w*|foundation|association|center|centre|hospital|university|"
                            r"alliance|intergroup|registry|database|program|programme|committee|agency|administration)\b", re.I)
# a design's words in a title's capitals
_TITLE_DESIGN = (r"(?:Randomi[sz]ed|Non-?[Rr]andomi[sz]ed|Controlled|Clinical|Open-Label|Double-Blind|Placebo-Controlled|"
                 r"Multicent(?:er|re)|Multinational|International|Pilot|Prospective|Single-Arm|"
                 r"Phase\s+(?:[1-4]|I{1,3}|IV)[ab]?(?:\s*/\s*(?:[1-4]|I{1,3}|IV)[ab]?)?),?\s+")
_DESIGN_TITLED = lazy_compile(rf"(?<![\w\-])(?:{_TITLE_DESIGN}){{1,5}}(?P<name>{_NAME})\s+(?:Study|Trial)\b")
_BRACKET_TITLED = lazy_compile(rf"\(\s*(?P<name>{_NAME})\s+(?:Study|Trial)\s*\)")
_RESULTS_TITLED = lazy_compile(r"(?:^|:)\s*(?:(?:Final|Updated|Long-[Tt]erm|Primary|Interim)\s+)?(?:[Rr]esults|[Oo]utcomes|"
                               rf"[Ff]indings)\s+(?:[Oo]f|[Ff]rom)\s+(?:[Tt]he\s+)?(?P<name>{_NAME})(?:\s+(?:{_TITLE_DESIGN}){{0,4}}(?:Study|Trial))?"
                               r"\s*[.!]?\s*$")
# a name a trial word says the study is called: "a phase 2 randomized ... study, called XYZ (NCT...)", with the number
# a name may take after a space ("The trial, known as XyZ 300, ..."), never a count or a time ("called XYZ 2 years ago")
_CALLED = lazy_compile(rf"\b(?:study|trial)\s*,?\s+(?:called|named|dubbed|termed|known\s+as)\s+(?:the\s+)?"
                       rf"(?P<name>{_NAME}(?:\s\d{{1,4}}[A-Za-z]?(?![\w\-.]|\s+(?:years?|months?|weeks?|days?|patients|"
                       rf"participants|subjects|cases|trials|studies|centers|centres|sites|mg|%)\b))?)(?![\w\-])")
_APPOSED_GROUP = lazy_compile(r"(?:^|[:;]\s*|\.\s+)(?P<name>[A-Z][A-Za-z0-9]*(?:[.\-][A-Za-z0-9]+)*),\s+an?\s+(?:[A-Z][\w\-]*\s+){1,8}?"
                              r"(?:Group|Consortium|Intergroup|Network|Alliance)\s+(?:[A-Z][\w\-]*\s+){0,4}?(?:[Tt]rial|[Ss]tudy)\b")
# the words of a title in capitals that a design's words stand before: no name ("Phase II Dose-Escalation Study")
_TITLE_WORDS = lazy_compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")


def _spells(name: str, long: str) -> bool:
    """Whether the long form's capitalised words, from one of them on, give the name's letters by their initials in
    order, the first the name's first ("Combined Oxaliplatin Neurotoxicity Prevention Trial" for "CONcePT"; a trial's
    name may add letters its long form does not spell, "ICECREAM"), two words at least, and no group's words.

    >>> [_spells(n, l) for n, l in (("CONcePT", "The Combined Oxaliplatin Neurotoxicity Prevention Trial"),
    ...                             ("ABC", "Results of the Alpha Beta Cetuximab"), ("ECOG", "Eastern Cooperative Oncology Group"),
    ...                             ("XYZ", "The Alpha Beta Trial"))]
    [True, True, False, False]
    """
    letters = name.lower()
    initials = [w[0].lower() for w in long.split() if w[:1].isupper()]
    for k in range(len(initials) - 1):
        if initials[k] != letters[0]:
            continue
        rest = iter(letters)
        if all(c in rest for c in initials[k:]):
            return not _GROUP_WORDS.search(long)
    return False


def spelled_trials(r, text: str, mentions: list) -> list:
    """``mentions`` with a trial mention for each name of the kinds the module lists."""
    out = list(mentions)
    not_trials = r.vocab.lexicon["not_trials"]
    for m in _SPELLED.finditer(text):
        long = m.group("long")
        if (m.group("after") or _CLOSING_TRIAL_WORD.search(long)) and _spells(m.group("name"), long):
            out = _named(r, m, out, not_trials)
    for rx in (_DESIGN_TITLED, _BRACKET_TITLED, _RESULTS_TITLED, _APPOSED_GROUP, _CALLED):
        for m in rx.finditer(text):
            out = _named(r, m, out, not_trials)
    return out


def _named(r, m: re.Match, out: list, not_trials) -> list:
    """``out`` with the trial the match's group "name" names, unless it is words in title case ("Dose-Escalation") or
    a name the vocabulary knows as something else."""
    name = m.group("name")
    known = r.vocab.resolve(name)
    if _TITLE_WORDS.fullmatch(name) or known and getattr(r.vocab.entities.get(known), "category", None) != "Trial":
        return out
    return titled_name(r, m.string, m.start("name"), m.end("name"), out, not_trials)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_SPELLED, _DESIGN_TITLED, _APPOSED_GROUP = (prefiltered(p) for p in (_SPELLED, _DESIGN_TITLED, _APPOSED_GROUP))
