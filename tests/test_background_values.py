"""A value a report's background gives as earlier knowledge, before its study's arm is named, is not the arm's
(builders/background_values.py)."""
import pytest

from builders import read_document

_REPORT = ("Combined ERK and EGFR Inhibition in Patients with NRAS-Mutant Colorectal Cancer\n\n"
           "{background} This clinical trial evaluated ERK and EGFR inhibition with ulixertinib (U) + cetuximab (C) "
           "in 60 patients with NRAS-mutant colorectal cancer. Confirmed response rates for U+C were 12%.\n")


def _values(tmp_path, background):
    path = tmp_path / "report.txt"
    path.write_text(_REPORT.format(background=background), encoding="utf-8")
    return {(o.metric, o.value) for o in read_document(path).outcomes}


@pytest.mark.parametrize("background", [
    "Although ERK inhibitor monotherapy yields response rates >40% in NRAS-mutant melanoma, only approximately 4% of "
    "patients with NRAS-mutant colorectal cancer respond.",
    "While single-agent ERK inhibitors are active in melanoma, only about 4% of patients with NRAS-mutant colorectal "
    "cancer respond to them.",
])
def test_earlier_value_before_the_arm_is_not_the_arms(tmp_path, background):
    values = _values(tmp_path, background)
    assert ("ORR", 12.0) in values and ("ORR", 4.0) not in values, values


def test_value_stated_with_the_arm_stays(tmp_path):
    values = _values(tmp_path, "NRAS mutations occur in 4% of colorectal cancers.")
    assert ("ORR", 12.0) in values and ("n", 60.0) in values, values
