"""s46 f11out: a control group's value the reader put on the other arm is dropped (builders/comparator_values.py).

Made-up texts: a trial whose comparator has no arm of its own gives "A%, compared with B% getting the standard
treatment"; B is the control's, never the experimental arm's. Where the comparator has its own arm, both values stay.
"""
from __future__ import annotations

import pytest

# (text, arm, metric, kept value, dropped value)
CASES = [
    ("Drugzumab in the phase 2 DELTA-4 study\n\nThe phase 2 DELTA-4 study (NCT01234569) enrolled 80 patients with "
     "BRAF-mutant metastatic colorectal cancer to receive drugzumab plus irinotecan.\n\nDELTA-4 results showed a 48% "
     "response rate, versus 15% among patients on the control regimen.\n",
     "DELTA-4: drugzumab + irinotecan", "ORR", 48.0, 15.0),
    ("Tinibmab for refractory colorectal cancer\n\nThe phase 2 OMEGA-12 trial (NCT07654321) enrolled 64 patients "
     "with metastatic colorectal cancer to receive tinibmab plus cetuximab.\n\nOMEGA-12 demonstrated a 41% response "
     "rate, in comparison with 12% among participants receiving placebo.\n",
     "OMEGA-12: cetuximab + tinibmab", "ORR", 41.0, 12.0),
    ("Ribozumab news\n\nThe phase 2 SIGMA-2 trial (NCT05554443) tested ribozumab plus FOLFIRI in 90 patients with "
     "metastatic colorectal cancer.\n\nSIGMA-2 also demonstrated a 52% objective response rate compared to 30% for "
     "those receiving the usual care.\n",
     "SIGMA-2: ribozumab + FOLFIRI", "ORR", 52.0, 30.0),
]


def _outcomes(tmp_path, text):
    import kg

    (tmp_path / "case.txt").write_text(text, encoding="utf-8")
    graph, _ = kg.build(tmp_path)
    names = {e.id: e.name for e in graph.nodes()}
    return {(names.get(o.arm, o.arm), o.metric, o.value) for o in graph.outcomes()}


@pytest.mark.parametrize("text,arm,metric,kept,dropped", CASES)
def test_comparator_value_stays_off_the_experimental_arm(tmp_path, text, arm, metric, kept, dropped):
    got = _outcomes(tmp_path, text)
    assert (arm, metric, kept) in got
    assert (arm, metric, dropped) not in got


def test_comparator_with_its_own_arm_keeps_both_values(tmp_path):
    text = ("Drugzumab plus FOLFOX in the ALPHA-7 trial\n\nIn the phase 3 ALPHA-7 trial (NCT01234567), patients with "
            "metastatic colorectal cancer were randomly assigned to drugzumab plus FOLFOX or FOLFOX alone.\n\nThe "
            "objective response rate was 61% with drugzumab plus FOLFOX compared with 40% with FOLFOX alone.\n")
    got = _outcomes(tmp_path, text)
    assert ("ALPHA-7: drugzumab + FOLFOX", "ORR", 61.0) in got
    assert ("ALPHA-7: FOLFOX", "ORR", 40.0) in got


def test_comparator_numbers_need_a_control_group():
    from builders.comparator_values import _comparator_numbers

    assert _comparator_numbers("a 67% response rate, compared with 22% getting the standard treatment") == {22.0}
    assert _comparator_numbers("an ORR of 61% compared with 40% in KRAS-mutant patients") == set()
