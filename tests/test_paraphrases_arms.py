"""The trial design reader against its paraphrase suite (tests/data/paraphrases_arms.yaml): each canonical design
statement (a randomised two- or three-arm design, a single-arm study, cohorts, a control named by a group word,
the trial named by acronym, registry id or "the present study") said in several ways must give the same arms, and
near-misses (prior therapies, eligibility, later options) must give none. Cases marked `known_gap` are measured,
not asserted."""
import pytest

from rule_cases import load, parse_outcome, read_trials

CASES = [c for c in load("paraphrases_arms.yaml") if not c.get("known_gap")]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:70] for c in CASES])
def test_paraphrased_design(case):
    arms, outcomes = read_trials(case["text"])
    for arm in case.get("arms") or ():
        assert arm in arms, f"arm {arm!r} not read; arms: {sorted(arms)}"
    for arm in case.get("no_arms") or ():
        assert arm not in arms, f"arm {arm!r} read but the text has no such arm; arms: {sorted(arms)}"
    expected = {parse_outcome(x) for x in case.get("outcomes") or ()}
    assert expected <= outcomes, f"missed {sorted(expected - outcomes)}; read {sorted(outcomes)}"
