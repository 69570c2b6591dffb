"""s46 evlvl: the evidence level of a trial's structure follows the trial it belongs to (builders/trial_levels.py).

Made-up documents (no corpus text): a phase III report whose design sentence does not say "phase III", a case report,
and a review that cites a trial with its phase and one without."""
from __future__ import annotations

import pytest

from builders import read_document
from builders.trial_levels import phase_kind

STRUCTURE = ("evaluates", "has_arm", "uses_regimen", "has_component")

PHASE3 = """Ramucirumab plus FOLFIRI in previously treated metastatic colorectal cancer (ZELTA-3): a randomised, double-blind, phase III trial

Background: Patients with metastatic colorectal cancer who progress on first-line therapy need better options.

Methods: In ZELTA-3, adult patients were randomly assigned 1:1 to ramucirumab plus FOLFIRI or placebo plus FOLFIRI every 2 weeks until progression.

Results: Median overall survival was 13.1 months with ramucirumab plus FOLFIRI and 11.4 months with placebo plus FOLFIRI.
"""

CASE = """Case report: durable response to panitumumab-based chemotherapy in a patient with metastatic rectal cancer

Background: Anti-EGFR antibodies are standard for RAS wild-type colorectal cancer, and ctDNA can track resistance.

Case presentation: We describe a 58-year-old woman with metastatic rectal cancer who was treated with panitumumab-based chemotherapy and later with chemotherapy alone.

The tumour responded for fourteen months before KRAS mutant clones appeared in plasma.
"""

REVIEW = """Anti-VEGF therapy in colorectal cancer: a review

In this review we summarise the trials of angiogenesis inhibitors in metastatic colorectal cancer.

The phase III KORVA trial compared aflibercept plus FOLFIRI with placebo plus FOLFIRI in patients previously treated with oxaliplatin.

In the KORVA trial, patients who received aflibercept plus FOLFIRI lived longer than those who received placebo plus FOLFIRI.

Other trials have combined bevacizumab with FOLFOX in the first line.
"""


def _levels(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = read_document(path)
    names = {e.id: e.name for e in result.entities}
    out = {}
    for a in result.assertions:
        if a.predicate in STRUCTURE:
            for ev in a.evidence:
                out.setdefault((a.predicate, names.get(a.subject, a.subject), names.get(a.object, a.object)),
                               set()).add((ev.sentence[:12], ev.study_kind))
    return out


def test_phase_iii_report_sentence_without_phase_takes_the_trial_level(tmp_path):
    levels = _levels(tmp_path, "zelta.txt", PHASE3)
    arm = levels[("has_arm", "ZELTA-3", "ZELTA-3: ramucirumab + FOLFIRI")]
    assert arm == {("Methods: In ", "randomized_phase_3")}
    assert ("Methods: In ", "randomized_phase_3") in levels[("has_component", "ramucirumab + FOLFIRI", "ramucirumab")]
    assert ("Results: Med", "randomized_phase_3") in levels[("has_component", "FOLFIRI + placebo", "placebo")]


def test_case_report_regimen_is_a_case(tmp_path):
    levels = _levels(tmp_path, "case.txt", CASE)
    kinds = {kind for evs in levels.values() for _, kind in evs}
    assert ("has_component", "panitumumab-based chemotherapy", "panitumumab") in levels
    assert kinds == {"case_report"}


def test_review_cited_trial_takes_its_stated_phase_and_other_regimens_stay(tmp_path):
    levels = _levels(tmp_path, "review.txt", REVIEW)
    assert levels[("has_arm", "KORVA", "KORVA: aflibercept + FOLFIRI")] == {("The phase II", "randomized_phase_3")}
    # the second sentence on the same trial does not say its phase: the trial's stated phase still holds
    assert ("In the KORVA", "randomized_phase_3") in levels[("has_component", "aflibercept + FOLFIRI", "aflibercept")]
    # a regimen of no trial in a review keeps its sentence's own kind
    assert levels[("has_component", "bevacizumab + FOLFOX", "bevacizumab")] == {("Other trials", "review_statement")}


@pytest.mark.parametrize("phase,kind", [("III", "randomized_phase_3"), ("II/III", "randomized_phase_3"),
                                        ("Ib/II", "phase_2"), ("2", "phase_2"), ("Ib", "phase_1"), ("IV", None)])
def test_phase_kind(phase, kind):
    assert phase_kind(phase) == kind
