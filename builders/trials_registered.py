"""Trials known only by their registry numbers, given in brackets for the one therapy a sentence says they test.

A review lists ongoing trials by their numbers, in a bracket after what they test:

* right after the therapy: "Combination regimens with A and B (NCT01111111, NCT02222222) are under investigation";
  each number in the bracket is a trial of that therapy;
* closing the words of a trial that an evaluating phrase puts the sentence's subject in: "X, a bispecific anti-HER2
  antibody engaging A and B binding epitopes, is under evaluation in phase II trials (NCT01111111; NCT02222222)",
  "Y is being assessed in an ongoing phase I trial (NCT03333333)"; each number is a trial of the subject. The
  subject is the one therapy the clause names before the evaluating phrase outside asides (an apposition
  ", a/an ... ," and brackets describe it, and the therapies they name are not tested).

Not read: a bracket holding anything but registry numbers, a sentence that compares ("A versus B", "A or B",
"with or without", "placebo", "compared"), a subject of several therapies, a therapy that is not the subject's head
("resistance to A was studied in trials (...)", "patients treated with A are enrolled in a trial (...)").
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile

# what a bracket of registry numbers may hold besides the numbers
_BRACKET_NOISE = lazy_compile(r"(?:clinicaltrials\.gov|identifiers?|ids?|nos?\.?|numbers?|and|[\s,;:])*", re.I)
# a comparison: the bracket's trials test more than one regimen, or one against another
_COMPARES = lazy_compile(r"\b(?:versus|vs\.?|compared|comparing|or|placebo|than)\b", re.I)
# the words of a trial right before the bracket ("in phase II trials (", "in an ongoing study (")
_TRIAL_WORDS = lazy_compile(r"\b(?:trials?|stud(?:y|ies))\s*$", re.I)
# a phrase that puts its subject in a trial
_EVALUATED = lazy_compile(r"\b(?:under\s+(?:evaluation|investigation|study)|"
                          r"(?:being|been|currently|is|are|was|were)\s+(?:evaluated|assessed|tested|investigated|studied|"
                          r"explored))\b", re.I)
# an apposition after the subject: ", a bispecific antibody engaging ..., "
_APPOSITION = lazy_compile(r",\s+(?:a|an)\s+[^,;()]*,")
_CLAUSE_START = lazy_compile(r"[;:]|\.\s|,\s+and\b|\bwhile\b|\bwhereas\b|\bbut\b", re.I)
# what may stand before the subject in its clause: "the combination of", "efficacy of"; not "resistance to A",
# "patients treated with A" (what the trials study is then not A)
_SUBJECT_LEAD = lazy_compile(r"\s*(?:(?:the|a|an|this|these|novel|new|combinations?|combined|regimens?|use|efficacy|"
                             r"activity|safety|and|of|with|in|addition|furthermore|moreover|also|currently|"
                             r"additionally|similarly)\b[\s,]*){0,6}", re.I)


def _bracket_of_numbers(text: str, trials: list) -> list[tuple[int, int, list]]:
    """(start, end, trial mentions) of each bracket holding registry numbers only."""
    out = []
    for m in re.finditer(r"\(([^()]*)\)", text):
        inside = [t for t in trials if m.start() < t.start and t.end < m.end()]
        if not inside:
            continue
        rest = text[m.start() + 1:m.end() - 1]
        for t in sorted(inside, key=lambda x: -x.start):
            rest = rest[:t.start - m.start() - 1] + " " + rest[t.end - m.start() - 1:]
        if _BRACKET_NOISE.fullmatch(rest):
            out.append((m.start(), m.end(), inside))
    return out


def _asides(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)] + \
        [(m.start(), m.end()) for m in _APPOSITION.finditer(text)]


def registered_tests(text: str, trials: list, therapies: list) -> list[tuple[object, object, int]]:
    """(trial mention, therapy mention, where the words of the trials begin) for each registry-numbered trial the sentence says tests one therapy (see
    the module docstring). ``trials``: the sentence's trial mentions known only by their numbers; ``therapies``:
    its therapy mentions, regimens merged."""
    if not trials or not therapies or _COMPARES.search(text):
        return []
    pairs = []
    for lo, hi, inside in _bracket_of_numbers(text, trials):
        before = [t for t in therapies if t.end <= lo]
        if before and not text[before[-1].end:lo].strip():
            pairs += [(t, before[-1], lo) for t in inside]  # "A and B (NCT1, NCT2)"
            continue
        if not _TRIAL_WORDS.search(text[:lo]):
            continue
        cues = list(_EVALUATED.finditer(text, 0, lo))
        if not cues:
            continue
        cue = cues[-1]
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, cue.start())]
        start = starts[-1] if starts else 0
        asides = _asides(text)
        subject = {t.entity.id: t for t in therapies if start <= t.start and t.end <= cue.start() and
                   not any(a < t.start and t.end <= b for a, b in asides)}
        if len(subject) == 1 and _SUBJECT_LEAD.fullmatch(text[start:min(t.start for t in subject.values())]):
            pairs += [(t, next(iter(subject.values())), cue.start()) for t in inside]
    return pairs
