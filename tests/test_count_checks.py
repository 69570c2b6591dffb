"""Unit tests of the patient-count checks (builders/count_checks.py)."""
from builders.count_checks import misplaced_counts


def test_trial_count_below_its_arms_is_one_arms():
    assert misplaced_counts({45.0}, {"a": {45.0}, "b": {87.0}}, 2) == (True, set())


def test_arm_count_equal_to_the_trials_is_the_trials():
    assert misplaced_counts({480.0}, {"a": {480.0}}, 2) == (False, {"a"})
    assert misplaced_counts({480.0}, {"a": {480.0}}, 1) == (False, set())  # one arm: its patients are the trial's


def test_arm_count_above_the_trials_is_misplaced():
    assert misplaced_counts({100.0}, {"a": {150.0}}, 2) == (False, {"a"})
    assert misplaced_counts({100.0}, {"a": {150.0}}, 1) == (False, {"a"})


def test_consistent_counts_are_kept():
    assert misplaced_counts({299.0}, {"a": {101.0}, "b": {99.0}, "c": {99.0}}, 3) == (False, set())
    assert misplaced_counts(set(), {"a": {120.0}}, 2) == (False, set())


def test_count_split_into_parts_beside_it_is_a_whole():
    from builders.count_checks import split_into_parts
    assert split_into_parts(300.0, "The safety population had 300 patients (arm A, n = 148; arm B, n = 152).")
    assert not split_into_parts(148.0, "The safety population had 300 patients (arm A, n = 148; arm B, n = 152).")
    assert not split_into_parts(60.0, "Sixty patients were enrolled; the median age was 61 years (range 35-80).")
    assert not split_into_parts(154.0, "307 patients were randomized 1:1 to drug A (n=153) or drug B (n=154).")
    assert not split_into_parts(33.0, "10 (30.3%) of 33 patients responded and 13 (39.3%) of 33 had stable disease.")


def test_two_counts_of_one_arm_in_one_sentence_are_dropped():
    from builders.count_checks import checked_counts
    from kg.model import Evidence, Outcome
    text = "Patients received A and either high-dose B (n = 60) or standard-dose B (n = 61)."
    ev = Evidence("d.txt", 0, len(text), text, "", "rule")
    other = Evidence("d.txt", 100, 140, "Overall, 121 patients were randomized.", "", "rule")
    outs = [Outcome("arm_b", "n", 60.0, "", ev), Outcome("arm_b", "n", 61.0, "", ev),
            Outcome("trial", "n", 121.0, "", other), Outcome("arm_b", "mPFS", 9.0, "mo", ev)]
    kept = checked_counts([], outs, {})
    assert [(o.arm, o.metric, o.value) for o in kept] == [("trial", "n", 121.0), ("arm_b", "mPFS", 9.0)]
