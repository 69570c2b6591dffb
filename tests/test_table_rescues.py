"""Rescues from a table of strategies against resistance (builders.table_rescues): the whole document is read."""
from conftest import overcomes_read as _overcomes


_TEXT = ("# Resistance to anti-EGFR therapy in colorectal cancer\n\n"
         "MET amplification confers acquired resistance to cetuximab in colorectal cancer. The EGFR S492R mutation "
         "is a common cause of cetuximab resistance.\n\n")
_HEADER = "Target(s) Agent(s) Phase Condition Treatment Main outcomes\n\n"


def _table(caption: str, *rows: str) -> str:
    return f" {caption}\n\n" + _HEADER + "".join(r + "\n\n" for r in rows)


def test_a_row_of_a_strategy_table_overcomes_its_target(tmp_path):
    read = _overcomes(tmp_path, _TEXT + _table("Table 1 Strategies to overcome anti-EGFR resistance in clinical trials",
                                               "EGFR S492R Panitumumab Phase II Previously treated Panitumumab + "
                                               "irinotecan ORR: 40%"))
    assert ("irinotecan + panitumumab", "EGFR S492R", (("certainty", "hypothesis"),)) in read


def test_a_treatment_cut_by_the_line_is_left_out(tmp_path):
    read = _overcomes(tmp_path, _TEXT + _table("Table 1 Strategies to overcome anti-EGFR resistance in clinical trials",
                                               "MET Savolitinib Phase II Previously treated Savolitinib +",
                                               "panitumumab ORR: 40%"))
    assert not any(o == "MET amplification" for s, o, _ in read)


def test_a_table_of_other_trials_gives_nothing(tmp_path):
    read = _overcomes(tmp_path, _TEXT + _table("Table 1 Clinical trials of targeted agents in colorectal cancer",
                                               "EGFR S492R Panitumumab Phase II Previously treated Panitumumab + "
                                               "irinotecan ORR: 40%"))
    assert not any(o == "EGFR S492R" for s, o, _ in read)


def test_a_treatment_not_aimed_at_the_target_is_left_out(tmp_path):
    read = _overcomes(tmp_path, _TEXT + _table("Table 1 Strategies to overcome anti-EGFR resistance in clinical trials",
                                               "MET amplification Capecitabine Phase II Previously treated Capecitabine "
                                               "+ oxaliplatin ORR: 40%"))
    assert not any(o == "MET amplification" for s, o, _ in read)
