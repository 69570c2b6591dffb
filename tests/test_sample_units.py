"""What an article's own sample counts is the unit of its n: patients, or the specimens, samples or cases it analysed
(builders/trials_own_sample.py; the schema's units of n). Made-up texts."""
import pytest

from rule_cases import run_builder

_HEAD = "Marker X in colorectal cancer\n\nAlma Rudberg, Jonas Mikkelsen, Anna Sorvik\n\nJ Oncol Pathol. 2019;12:44-51.\n\n"


@pytest.mark.parametrize("sentence, unit", [
    ("Abstract: AXL expression was assessed by immunohistochemistry in 84 primary tumour specimens.", "specimens"),
    ("Methods: Ninety-six formalin-fixed nodal tumour samples were stained for MET.", "samples"),
    ("Results: In the present study, 2,310 colorectal cancer cases were profiled by sequencing.", "cases"),
    ("Methods: One hundred and twelve archival tumours were analysed for budding.", "specimens"),
    ("• Subjects: 142 patients treated with panitumumab", "patients"),
])
def test_own_sample_unit(sentence, unit):
    from builders import trials_text

    out = run_builder(trials_text.build, _HEAD + sentence + "\n")
    counts = [o for o in out.outcomes if o.metric == "n"]
    assert counts, "no n read"
    assert {o.unit for o in counts} == {unit}


def test_units_are_the_schemas():
    """Every unit the own sample may give is one the schema allows for n (so the SHACL shape accepts it)."""
    from builders.trials_own_sample import _UNIT_OF
    from builders import default_context

    n = default_context().schema.outcome_metrics["n"]
    assert set(_UNIT_OF.values()) | {"patients"} <= {n["unit"], *n.get("other_units", ())}
