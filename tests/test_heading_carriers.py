"""Trials of a targeted therapy under a run-in heading that names the alteration they answer
(builders.heading_carriers): the whole document is read, since trial regimens come from the trial builders."""
from conftest import overcomes_read as _overcomes


_REVIEW = ("# Resistance to anti-EGFR therapy in colorectal cancer\n\n## Bypass signalling\n\n"
           "MET amplification: MET amplification confers acquired resistance to cetuximab in colorectal cancer. "
           "It occurs in 5% of tumours.\n\n")


def test_a_trial_regimen_aimed_at_the_heading_alteration_overcomes_it(tmp_path):
    read = _overcomes(tmp_path, _REVIEW + "In the phase II SAVANNAH-X trial, patients were treated with savolitinib "
                      "and panitumumab.\n")
    assert ("panitumumab + savolitinib", "MET amplification", (("certainty", "hypothesis"),)) in read


def test_a_regimen_not_aimed_at_the_gene_is_no_rescue(tmp_path):
    read = _overcomes(tmp_path, _REVIEW + "In the phase II SAVANNAH-X trial, patients were treated with irinotecan "
                      "and panitumumab.\n")
    assert not any(o == "MET amplification" for s, o, _ in read)


def test_a_failed_trial_is_no_rescue(tmp_path):
    read = _overcomes(tmp_path, _REVIEW + "In the phase II SAVANNAH-X trial, savolitinib and panitumumab did not "
                      "improve survival.\n")
    assert not any(s == "panitumumab + savolitinib" and o == "MET amplification" for s, o, _ in read)


def test_the_heading_ends_at_the_next_section(tmp_path):
    read = _overcomes(tmp_path, _REVIEW + "## Other trials\n\nIn the phase II SAVANNAH-X trial, patients were "
                      "treated with savolitinib and panitumumab.\n")
    assert not any(s == "panitumumab + savolitinib" and o == "MET amplification" for s, o, _ in read)


def test_an_alteration_named_as_no_cause_is_no_rescue(tmp_path):
    read = _overcomes(tmp_path, "# Targeted therapy in colorectal cancer\n\n## Bypass signalling\n\n"
                      "MET amplification: MET amplification occurs in 5% of colorectal tumours.\n\n"
                      "In the phase II SAVANNAH-X trial, patients were treated with savolitinib and panitumumab.\n")
    assert not any(o == "MET amplification" for s, o, _ in read)


def test_a_section_heading_names_the_alteration_too(tmp_path):
    read = _overcomes(tmp_path, "# Resistance to anti-EGFR therapy in colorectal cancer\n\n## MET amplification\n\n"
                      "MET amplification confers acquired resistance to cetuximab in colorectal cancer.\n\n"
                      "In the phase II SAVANNAH-X trial, patients were treated with savolitinib and panitumumab.\n")
    assert ("panitumumab + savolitinib", "MET amplification", (("certainty", "hypothesis"),)) in read
