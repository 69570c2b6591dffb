"""A sample-size calculation states the effect a trial was sized to detect, not its result: such a sentence gives the
trial reader no values (builders/trials_text.py, ``_POWER_CALCULATION``). A whole-document build is checked too,
because a lone design sentence is where the trial in focus takes any value it finds."""
import pytest

from builders.trials_text import _POWER_CALCULATION


@pytest.mark.parametrize("sentence", [
    "A total of 96 patients were compared for PFS as primary endpoint (80% power for 60% improvement in median PFS "
    "from 4.0 to 6.4 months).",
    "The sample size gave a power of 90% to show a rise in ORR from 20% to 40%.",
    "With 85 % power and a two-sided alpha of 0.05, 120 patients were needed.",
    "The study was designed to detect an increase in the median PFS from 11 to 14 months (HR=0.79).",
])
def test_a_sample_size_calculation_is_no_result(sentence):
    assert _POWER_CALCULATION.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Median PFS was 6.4 months with the triplet and 4.0 months with irinotecan-cetuximab.",
    "The power of combined EGFR and VEGF blockade was shown in xenografts (ORR 40%).",
    "Power Doppler ultrasound showed reduced perfusion in 80% of patients.",
])
def test_a_result_is_not_taken_for_a_sample_size_calculation(sentence):
    assert not _POWER_CALCULATION.search(sentence)


def test_a_trial_takes_no_value_from_its_sample_size_calculation(tmp_path):
    from builders import read_document

    (tmp_path / "d.txt").write_text(
        "Combining anti-VEGF and anti-EGFR antibodies: randomized phase II study of irinotecan and cetuximab with "
        "ramucirumab in second-line colorectal cancer (HERON-41).\n\nA total of 96 patients were compared for "
        "progression-free survival (PFS) as primary endpoint (80% power for 60% improvement in median PFS from 4.0 "
        "to 6.4 months).\n", encoding="utf-8")
    values = {(o.metric, o.value) for o in read_document(tmp_path / "d.txt").outcomes}
    assert not values & {("mPFS", 4.0), ("mPFS", 6.4)}
