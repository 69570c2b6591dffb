"""The evidence level of a trial's structure follows the trial, not the wording of each sentence.

A sentence's study kind (builders/context.study_kind) is read from its own words, so a sentence of a phase III
trial report that does not itself say "phase III" ("Patients were randomly assigned 1:1 to A or B") is a review
statement (level E), and the same trial's arms get A and E side by side. The structure of a trial (``evaluates``,
``has_arm``, ``uses_regimen`` and the ``has_component`` of the regimens its arms use) is what the trial states, so
its evidence takes the kind of the trial it belongs to:

- the design the document states for that trial: its phase (the trial's ``phase``, read from a sentence of the
  document that names it, or from the trial's vocabulary entry): III (and II/III) randomised phase III, II phase II,
  I phase I;
- else, for a regimen named in a sentence that states a phased trial's arms or regimens, that trial's kind;
- else, for evidence that is a review statement, the document's own kind of study, read from its title and
  opening: a case report, a retrospective or real-world series, a preclinical (cell-line or animal) study; only for
  edges of no trial or of the document's own study (described without a name, or by its first author), never of
  a trial it names (a phase-less "CRYSTAL" cited in a lab paper stays), and a preclinical kind for no trial. A
  review's opening gives no kind: a review sentence about a trial it cites stays as it is unless that trial's
  phase is stated.

A regimen used by several trials of the document takes the strongest of their kinds. Biological edges keep the
level of their own sentences. This pass runs on a document's merged facts, last.
"""
from __future__ import annotations

import re
from dataclasses import replace

from builders.context import study_kind
from builders.lazy_patterns import lazy_compile
from kg.ids import document_key, mint
from kg.model import Assertion

TRIAL_EDGES = ("evaluates", "has_arm", "uses_regimen", "has_component")

# the opening read for the document's own kind of study: its first prose sentences (of at least _WORDS words: no
# journal line, author list or affiliation) among its first _SCANNED
_OPENING, _SCANNED, _WORDS = 30, 90, 8

# a review's opening: it reports no study of its own
_REVIEW = lazy_compile(r"\b(?:a\s+|this\s+|our\s+|narrative\s+|systematic\s+|mini[\s-]?)?review(?:s|ed)?\b(?!\s+board)|"
                       r"\bwe\s+(?:summari[sz]e|discuss|overview|highlight)\b|\bsummari[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:results|evidence|findings|data|trials|studies|current)\b|\bin\s+this\s+(?:article|chapter)\b", re.I)
_REVIEW_HEADING = lazy_compile(r"\b(?:mini[\s-]?)?reviews?\b", re.I)
# a case report: "CASE REPORT article", "Case presentation:", "We describe a 61-year-old man", "a case of"
_CASE = lazy_compile(r"\bcase\s+(?:reports?|presentations?|description|summary)\b|\ba\s+(?:rare\s+|unique\s+)?case\s+of\b|"
                     r"\bwe\s+(?:describe|report|present)\s+(?:here\s+)?(?:a|an|the)\s+(?:case|(?:\d+|[a-z]+)[\s-]+years?[\s-]+old|"
                     r"(?:male\s+|female\s+)?patient)\b", re.I)
# a retrospective or real-world series of the authors' own patients ("This single-center retrospective study included",
# "patients were retrospectively analyzed", "discovery cohort"), not one the text cites ("recent retrospective analyses
# have shown")
_RETROSPECTIVE = lazy_compile(r"\b(?:this|our|the\s+present|the\s+current|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:retrospective|"
                              r"real[\s-]world|observational|cohort)\s+(?:[\w\-]+\s+){0,2}?(?:study|analysis|cohort|review|"
                              r"series)\b(?!\s+(?:of\s+\S+\s+)?(?:has|have|had|showed|shows|found|reported|demonstrated)\b)|"
                              r"\bwe\s+(?:\w+\s+)?retrospectively\b|\b(?:were|was)\s+retrospectively\b|"
                              r"\bretrospectively\s+(?:analy[sz]ed|reviewed|collected|evaluated|enrolled|included|identified)\b|"
                              r"\b(?:discovery|validation|training)\s+cohorts?\b|\bmedical\s+records\b", re.I)
# words of a clinical study of patients (a preclinical study's opening has none)
_CLINICAL = lazy_compile(r"\b(?:patients|pts|participants)\s+(?:\([^()]*\)\s+)?"
                         r"(?:were|was|who)\s+(?:\w+\s+)?(?:enrolled|treated|included|randomi[sz]ed|received|assigned)\b|"
                         r"\benrolled\b|\bclinical\s+(?:trial|study)\b", re.I)
_PRECLINICAL = ("in_vivo", "in_vitro")
_PATIENTS = lazy_compile(r"\bpatients?\b|\bclinical(?:ly)?\b|\bstandard\s+of\s+care\b", re.I)


def phase_kind(phase: str | None) -> str | None:
    """The study kind of a trial's phase.

    >>> phase_kind("III"), phase_kind("II/III"), phase_kind("Ib/II"), phase_kind("I"), phase_kind("IV"), phase_kind(None)
    ('randomized_phase_3', 'randomized_phase_3', 'phase_2', 'phase_1', None, None)
    """
    if not phase or "IV" in phase.upper() or "4" in phase:
        return None
    parts = re.split(r"[/\-]", phase.upper())
    if any(p.startswith("III") or p.startswith("3") for p in parts):
        return "randomized_phase_3"
    if any(p.startswith("II") or p.startswith("2") for p in parts):
        return "phase_2"
    if any(p.startswith("I") or p.startswith("1") for p in parts):
        return "phase_1"
    return None


def document_kind(doc) -> str | None:
    """The kind of the document's own study, from its opening: ``case_report``, ``retrospective_cohort``, a
    preclinical kind (``in_vivo`` before ``in_vitro``), or None (a review, a trial report, or nothing stated)."""
    title = doc.sentences[:1]
    prose = [s for s in doc.sentences[:_SCANNED] if len(s.norm.split()) >= _WORDS and "Department" not in s.norm]
    opening = [s.norm for s in title + prose[:_OPENING]]
    text = " ".join(opening)
    # a heading of the opening ("Review", "Mini Review") or a sentence of it that says it reviews
    headings = " ".join(dict.fromkeys(s.section for s in doc.sentences[:_OPENING]))
    if _REVIEW.search(text) or _REVIEW_HEADING.search(headings):
        return None
    if _CASE.search(text):
        return "case_report"
    if _RETROSPECTIVE.search(text):
        return "retrospective_cohort"
    kinds = [study_kind(s) for s in opening]
    if _CLINICAL.search(text) or any(kind not in _PRECLINICAL + ("review_statement",) for kind in kinds):
        return None  # a clinical study (its phase, its patients enrolled) or a meta-analysis
    if sum(kind in _PRECLINICAL for kind in kinds) < 2:
        return None  # one word of cells or mice is no preclinical study
    return next((kind for kind in _PRECLINICAL if kind in kinds), None)


def _trials_of(assertions: list[Assertion], trials: dict[str, str | None]) -> dict[str, set[str]]:
    """For every arm and regimen of the document's trial structure, the trials it belongs to."""
    owner: dict[str, set[str]] = {}
    for a in assertions:
        if a.predicate in ("evaluates", "has_arm") and a.subject in trials:
            owner.setdefault(a.object, set()).add(a.subject)
    # arms to their regimens, regimens to their components (a regimen's component regimen: one level more)
    for predicate in ("uses_regimen", "has_component", "has_component"):
        for a in assertions:
            if a.predicate == predicate and a.subject in owner:
                owner.setdefault(a.object, set()).update(owner[a.subject])
    return owner


def trial_levels(assertions: list[Assertion], entities: dict, schema, doc) -> list[Assertion]:
    """The assertions with the evidence of their trial structure given the kind of the trial it belongs to (see
    the module's doc)."""
    trials = {eid: phase_kind(e.attr("phase")) for eid, e in entities.items() if e.category == "Trial"}
    structural = [a for a in assertions if a.predicate in TRIAL_EDGES]
    if not structural:
        return assertions
    owner = _trials_of(structural, trials)
    doc_kind = document_kind(doc)
    scoped = mint("trial", document_key(doc.name)) + "_"

    def own(trial_id: str) -> bool:
        # the document's own study: one it describes without a name, or one known by its first author
        return trial_id.startswith(scoped) or " et al" in (entities[trial_id].name if trial_id in entities else "")
    # the sentences that state a phased trial's design (its arms, its regimens): a regimen they name is that trial's
    designs: dict[tuple, str] = {}
    for a in structural:
        if a.predicate == "has_component":
            continue
        for t in ({a.subject} if a.subject in trials else set()) | owner.get(a.subject, set()):
            if trials.get(t):
                for ev in a.evidence:
                    key = (ev.start, ev.end)
                    if key not in designs or schema.rank_of(trials[t]) < schema.rank_of(designs[key]):
                        designs[key] = trials[t]
    out = []
    for a in assertions:
        if a.predicate not in TRIAL_EDGES:
            out.append(a)
            continue
        members = ({a.subject} if a.subject in trials else set()) | owner.get(a.subject, set())
        kinds = [trials[t] for t in members if trials.get(t)]
        kind = min(kinds, key=schema.rank_of) if kinds else None
        # the document's kind is its own study's: not that of a trial it names (a cited "CRYSTAL" in a lab paper), nor
        # a preclinical kind for any trial (a lab paper's patients are no cells)
        own_kind = doc_kind if not members or (doc_kind not in _PRECLINICAL and all(own(t) for t in members)) else None
        evidence = [_levelled(ev, kind or designs.get((ev.start, ev.end)), own_kind) for ev in a.evidence]
        out.append(a if all(x is y for x, y in zip(evidence, a.evidence))
                   else Assertion(a.subject, a.predicate, a.object, a.qualifiers, evidence))
    return out


def _levelled(ev, trial_kind: str | None, doc_kind: str | None):
    if ev.method not in ("rule", "table"):
        return ev
    if trial_kind is not None:
        return ev if ev.study_kind == trial_kind else replace(ev, study_kind=trial_kind)
    if doc_kind is not None and ev.study_kind == "review_statement" and \
            not (doc_kind in _PRECLINICAL and _PATIENTS.search(ev.sentence)):
        # (a lab paper's sentence on patients, "given with chemotherapy as the standard of care for patients", is
        # its background, no finding of its cells or mice)
        return replace(ev, study_kind=doc_kind)
    return ev
