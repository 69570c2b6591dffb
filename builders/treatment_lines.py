"""Treatment sequences in a trial's design: the later lines of a strategy arm.

A trial that compares treatment strategies ("first-line A, second-line B and third-line C versus first-line A + B
and second-line C"; "A as first-line followed by B as second-line, or C as first-line followed by D as second-line";
"initial A, followed by the addition of B at progression, versus upfront A + B") assigns each patient to one
strategy. The strategy's arm is its first line; a therapy given as a later line of the strategy is no arm of its
own, and the drugs of its lines are no one combination.
"""
from __future__ import annotations

import re
from functools import lru_cache

from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

_ORDINAL_FIRST = r"(?:first|1st)[- ]line\b"
_ORDINAL_LATER = r"(?:second|third|fourth|2nd|3rd|4th)[- ]?\s?line\b"
# a line named after its therapy: "A as first-line", "B as second-line (therapy)"
_AS_LINE = lazy_compile(rf"\bas\s+(?:the\s+)?(?:(?P<first>{_ORDINAL_FIRST})|(?P<later>{_ORDINAL_LATER}))", re.I)
# a line named before its therapy: "first-line treatment with A", "initial treatment with A", "upfront use of A"
_FIRST_BEFORE = lazy_compile(rf"\b{_ORDINAL_FIRST}|\binitial\s+(?:treatment|therapy|chemotherapy)\b|\bupfront\b", re.I)
_LATER_BEFORE = lazy_compile(rf"\b{_ORDINAL_LATER}", re.I)
# a first line the patients had already been given, not one the trial assigns ("who progressed on oxaliplatin- or
# irinotecan-based first-line therapy")
_PRIOR = lazy_compile(r"\b(?:after|following|failed|failure|progress(?:ed|ing)|refractory|prior|previous(?:ly)?|pretreated|"
                      r"resistant|intolerant|relapsed|(?:who|that)\s+had\s+(?:already\s+|previously\s+)?(?:received|been\s+"
                      r"(?:treated|given))|(?:who|that)\s+had\s+been\s+on)\b", re.I)
# "followed by (the addition of) B at first progression": what the strategy adds or switches to at progression
_AT_PROGRESSION = lazy_compile(r"\b(?:followed\s+by|then)\b[^;()]{1,80}?\b(?:at|upon|on|after)\s+(?:the\s+)?(?:first\s+|"
                               r"disease\s+|tumou?r\s+)?progression\b", re.I)
# a strategy named as its lines in order: "a sequence of A and B" (A first, then B)
_SEQUENCE_OF = lazy_compile(r"\ba\s+sequence\s+of\s+", re.I)
# where a sequence's first line ends: the "and" (outside brackets) before its next line
_THEN_AND = lazy_compile(r"\s+and\s+(?![^()]*\))", re.I)
# where a later line named before its therapy ends: its strategy's bracket, the next alternative, the next line
_LINE_END = lazy_compile(rf"[(;]|\s(?:or|versus|vs\.?|compared)\s|\b{_ORDINAL_FIRST}|\b{_ORDINAL_LATER}|\binitial\s+"
                         r"(?:treatment|therapy|chemotherapy)\b|\bupfront\b|\bas\s+(?:the\s+)?(?:first|1st)[- ]line\b", re.I)
# where a later line named after its therapy begins: "followed by", "then", "and by"
_LINE_START = lazy_compile(r"\b(?:followed\s+by|then|and\s+by)\b", re.I)
# where a first line named after its therapy begins: the alternative or the assignment before it
_CHOICE_START = lazy_compile(r"\b(?:either|or|versus|vs\.?|receive|to)\b|[:;]", re.I)
# "as" right before an ordinal line: the line is named after its therapy (read by _AS_LINE), not before it
_AS_BEFORE = lazy_compile(r"\bas\s+(?:the\s+)?$", re.I)


# "patients with mCRC treated in first-line with A": a participle describing the patients (not "were treated in")
_PRIOR_PARTICIPLE = lazy_compile(r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)\btreated\s+(?:in|with)\s+(?:the\s+)?$", re.I)


def _prior(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is one the patients had before ("who progressed on A-based first-line therapy",
    "patients treated in first-line with A")."""
    return _PRIOR.search(text, max(0, pos - 60), pos) is not None or \
        _PRIOR_PARTICIPLE.search(text, max(0, pos - 30), pos) is not None


@lru_cache(maxsize=256)
def _lines(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of the first lines and of the later lines a design sentence assigns (none unless both are
    named, the first before the later ones). Kept per sentence: the trial reader asks several times of one."""
    firsts, laters = [], []
    for m in _AS_LINE.finditer(text):
        if m.group("first"):
            lo = max((c.end() for c in _CHOICE_START.finditer(text, 0, m.start())), default=0)
            lo = max([lo] + [hi for _, hi in laters if hi <= m.start()])
            firsts.append((lo, m.start()))
        else:
            starts = [s.start() for s in _LINE_START.finditer(text, 0, m.start())]
            if starts:
                laters.append((starts[-1], m.end()))
    for m in _FIRST_BEFORE.finditer(text):
        if not _prior(text, m.start()) and not any(lo <= m.start() < hi for lo, hi in firsts) and \
                not _AS_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            end = _LINE_END.search(text, m.end())
            firsts.append((m.end(), end.start() if end else len(text)))
    for m in _SEQUENCE_OF.finditer(text):
        step = _THEN_AND.search(text, m.end())
        if step:
            end = _LINE_END.search(text, step.end())
            firsts.append((m.end(), step.start()))
            laters.append((step.start(), end.start() if end else len(text)))
    if not firsts:
        return (), ()
    first = min(lo for lo, _ in firsts)
    for m in _LATER_BEFORE.finditer(text):
        if m.start() > first and not _prior(text, m.start()) and \
                not _AS_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            end = _LINE_END.search(text, m.end())
            laters.append((m.start(), end.start() if end else len(text)))
    laters += [(m.start(), m.end()) for m in _AT_PROGRESSION.finditer(text) if m.start() > first]
    laters = [s for s in laters if s[0] > first]
    if not laters:
        return (), ()
    return tuple(sorted(firsts)), tuple(sorted(laters))


def later_line_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a design sentence that name a strategy's later lines (none unless the sentence also assigns a
    first line before them).

    >>> later_line_spans("randomised to first-line A, second-line B (sequential) or first-line A plus B")
    [(28, 42)]
    >>> later_line_spans("patients who failed first-line A were randomised to second-line B or C")
    []
    """
    return list(_lines(text)[1])


# what opens a phase a strategy switches to at progression, right after the phase before it: "followed by (the
# addition of)", "then"
_PHASE_OPENS = lazy_compile(r"^[\s,]*(?:followed\s+by|then)\s+(?:(?:the\s+)?addition\s+of\s+|adding\s+)?$", re.I)


def switched_at_progression(text: str, kept: list, given: list) -> list | None:
    """The therapies of a design sentence with those of the phases its strategies switch to at progression put back
    ("A, followed by the addition of B at first progression (arm A)": B opens a phase right after A), when
    :func:`without_later_lines` left them out; None when it left out none such."""
    at = [(m.start(), m.end()) for m in _AT_PROGRESSION.finditer(text)]
    back = [t for t in given if t not in kept and any(lo <= t.start < hi for lo, hi in at)]
    back = [t for t in back if any(k.end <= t.start and _PHASE_OPENS.match(text[k.end:t.start]) for k in kept + back)]
    if not back:
        return None
    return sorted(kept + back, key=lambda t: t.start)


def later_lines(text: str, therapies: list) -> list[list]:
    """The therapies of each later line a design sentence names by its ordinal ("second-line B, and third-line C
    plus D" gives [B], [C, D]), when the sentence assigns a first line before them."""
    groups = [[t for t in therapies if lo <= t.start < hi] for lo, hi in later_line_spans(text)
              if not _AT_PROGRESSION.fullmatch(text, lo, hi)]
    return [g for g in groups if g]


def first_lines(text: str, therapies: list) -> list[list]:
    """Each strategy's first-line therapies, in order, for a design sentence that gives strategies later lines
    ("first-line A, second-line B ... or first-line A plus B and second-line C" gives [A], [A, B]); none otherwise."""
    firsts, laters = _lines(text)
    groups = []
    for lo, hi in firsts:
        group = [t for t in therapies if lo <= t.start < hi and not any(a <= t.start < b for a, b in laters)]
        if group:
            groups.append(group)
    return groups


def without_later_lines(text: str, therapies: list) -> list:
    """The therapies of a design sentence less those its strategies give as later lines (all of them when that would
    leave none)."""
    spans = later_line_spans(text)
    if not spans:
        return therapies
    kept = [t for t in therapies if not any(lo <= t.start < hi for lo, hi in spans)]
    return kept or therapies


def strategy_head(text: str, therapies: list, mention):
    """The first-line therapy of the strategy a later-line therapy belongs to (the first therapy of the first line
    nearest before it), or the mention itself when it is no later line."""
    firsts, laters = _lines(text)
    if not any(lo <= mention.start < hi for lo, hi in laters):
        return mention
    before = [lo for lo, _ in firsts if lo < mention.start]
    if not before:
        return mention
    heads = [t for t in therapies if before[-1] <= t.start < mention.start]
    return heads[0] if heads else mention


# a comparison of treatment strategies by how their drugs are given: "sequential versus combination chemotherapy"
_SEQUENCE_COMPARED = lazy_compile(r"\bsequential\s+(?:versus|vs\.?|or|and|compared\s+with)\s+(?:upfront\s+)?combination\b|"
                                  r"\bcombination\s+(?:versus|vs\.?|or|and|compared\s+with)\s+sequential\b", re.I)


def sequence_compared(text: str) -> bool:
    """Whether the sentence compares sequential with combination treatment (its drugs are then those the strategies
    share, no one arm's combination)."""
    return _SEQUENCE_COMPARED.search(text) is not None


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_FIRST_BEFORE = prefiltered(_FIRST_BEFORE)
