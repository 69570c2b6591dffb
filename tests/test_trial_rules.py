"""The prose trial reader against its test cases (tests/data/trials.yaml): a short trial text ->
the arms it names and the outcomes each arm gets, and readings that must not happen (a combination
split into one-drug arms, alternatives merged into one arm, a cited study given the present values)."""
import pytest

from rule_cases import load, parse_outcome, read_trials

CASES = load("trials.yaml")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:70] for c in CASES])
def test_trial_case(case):
    arms, outcomes = read_trials(case["text"])
    for arm in case.get("arms") or ():
        assert arm in arms, f"arm {arm!r} not read; arms: {sorted(arms)}"
    for arm in case.get("no_arms") or ():
        assert arm not in arms, f"arm {arm!r} read but the text has no such arm; arms: {sorted(arms)}"
    expected = {parse_outcome(x) for x in case.get("outcomes") or ()}
    assert expected <= outcomes, f"missed {sorted(expected - outcomes)}; read {sorted(outcomes)}"
    absent = {parse_outcome(x) for x in case.get("absent") or ()}
    assert not (absent & outcomes), f"read outcomes the text does not give that arm: {sorted(absent & outcomes)}"


def test_enough_cases():
    assert len(CASES) >= 60
