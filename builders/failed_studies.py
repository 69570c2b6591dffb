"""A study that reports its own failure puts forward no rescue through its title or aim.

A trial report's title or aim names what the study set out to show ("Phase 2 Study of A in Patients With
B-Refractory mCRC", "we assessed the ability of A and B blockade to overcome resistance to C"); the rules read such
sentences as a rescue put forward (``overcomes``, mostly with certainty ``hypothesis``). When the same report's
results or conclusions state that the study failed ("A was not effective in B-refractory mCRC", "failed to meet its
primary endpoint", "the primary end point was not met"), or the document itself denies that rescue (``direction:
does_not_support``), the rescue read from the title or aim is no longer the document's claim and is dropped; rescues
read from other sentences stay. This pass runs on a document's merged facts, after the strategy instances and
heading carriers (which also read aims).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.model import Assertion

# a study's own negative result, said of its therapy or its primary end point
_FAILED = lazy_compile(
    r"\bfail(?:ed|s)?\s+to\s+(?:meet|reach|achieve|attain|show|demonstrate|improve|prolong)\b|"
    r"\bdid\s+not\s+(?:meet|reach|achieve|attain)\s+(?:its|the|their|our)\s+(?:pre-?specified\s+)?primary\b|"
    r"\bprimary\s+(?:end\s*-?\s*point|objective|outcome)\s+(?:was|were|has|had)\s+not\s+(?:been\s+)?(?:met|reached|achieved)\b|"
    r"\b(?:was|were|is|are)\s+not\s+(?:effective|active|efficacious|beneficial)\b|"
    r"\b(?:showed|shows|demonstrated|had|has|have)\s+no\s+(?:clinical(?:ly)?\s+)?(?:meaningful\s+|significant\s+)?"
    r"(?:activity|efficacy|benefit)\b|"
    r"\bdid\s+not\s+(?:show|demonstrate|provide|confer)\s+(?:any\s+)?(?:clinical(?:ly)?\s+)?(?:meaningful\s+|"
    r"significant\s+)?(?:activity|efficacy|benefit|improvement)\b", re.I)
# the parts of a report that state its results ("RESULTS:", "Conclusions:", "Interpretation")
_RESULT_PART = lazy_compile(r"^\s*(?:results?|conclusions?|interpretations?|findings|discussion|summary)\b", re.I)
# a label alone on its line ("Results:"), or leading a sentence ("CONCLUSION: ...")
_LABEL_ONLY = lazy_compile(r"^\s*[A-Za-z][A-Za-z ]{2,40}:?\s*$")
_LEADING_LABEL = lazy_compile(r"^\s*([A-Z][A-Za-z ]{2,40}):")
# a sentence that states what a study set out to test, or names the study itself (a title)
_AIM = lazy_compile(r"\b(?:aims?|aimed|purpose|objectives?|goal|sought|to\s+(?:assess|evaluate|investigate|examine|"
                    r"determine|test|explore)|we\s+(?:assessed|evaluated|investigated|examined|tested|explored))\b", re.I)
# a title that names a clinical study ("A Phase II Study of ...", "... : The PACER Trial", "a randomised trial")
_CLINICAL_TITLE = lazy_compile(r"\b(?:phase|trial|randomi[sz]ed|single-arm|multicent(?:er|re))\b", re.I)


def _parts(doc) -> dict[int, str]:
    """Each sentence's start offset -> the label of the part it stands in ("" before any)."""
    out: dict[int, str] = {}
    label = ""
    for s in doc.sentences:
        if s.subsection or s.section:
            label = (s.subsection or s.section.split("/")[-1]).strip()
        if _LABEL_ONLY.match(s.text):
            label = s.text.strip()
        lead = _LEADING_LABEL.match(s.text)
        out[s.start] = lead.group(1) if lead else label
    return out


def failed_study_rescues(assertions: list[Assertion], doc) -> set[tuple]:
    """The keys of supported ``overcomes`` facts read only from the title or an aim of a clinical study (its title
    says so) whose results or conclusions state that it failed, or whose document denies that same rescue."""
    if doc is None or not doc.sentences or not any(a.predicate == "overcomes" for a in assertions):
        return set()  # most documents state no rescue: no scan of their sentences for a failure
    denied = {(a.subject, a.object) for a in assertions if a.predicate == "overcomes" and not a.supported}
    parts = _parts(doc)
    title = doc.sentences[0].start
    clinical = bool(_CLINICAL_TITLE.search(doc.sentences[0].text))
    # (the part's label asked first: a failure is looked for only in the sentences of a results part)
    failed = any(_RESULT_PART.match(parts.get(s.start, "")) and _FAILED.search(s.text) for s in doc.sentences[1:])
    if not failed and not denied:
        return set()
    found = set()
    for a in assertions:
        if a.predicate != "overcomes" or not a.supported or not a.evidence:
            continue
        stated = [e for e in a.evidence if e.method != "vocabulary"]
        if not stated or not all(e.start == title or (_AIM.search(e.sentence) and
                                                      not _RESULT_PART.match(parts.get(e.start, "")))
                                 for e in stated):
            continue
        if (a.subject, a.object) in denied or (failed and clinical):
            found.add(a.key)
    return found


def without_failed_study_rescues(assertions: list[Assertion], doc) -> list[Assertion]:
    """``assertions`` without the rescues :func:`failed_study_rescues` finds."""
    dropped = failed_study_rescues(assertions, doc)
    return [a for a in assertions if a.key not in dropped] if dropped else assertions
