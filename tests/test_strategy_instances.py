"""Trial regimens read as instances of a class combination a review puts forward against a mechanism
(builders.strategy_instances): the whole document is read, since trial arms come from the trial builders."""
import pytest

from conftest import overcomes_read as _overcomes


_STRATEGY = ("# Review of colorectal cancer immunotherapy\n\n## 3 Dual blockade\n\n"
             "Targeting two immune checkpoints at once could help overcome T-cell exhaustion in colorectal cancer "
             "(i.e., combining anti-PD-1 + anti-CTLA-4 agents). ")


def test_named_drugs_of_the_classes_with_a_result_are_an_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "In a phase II trial, nivolumab plus ipilimumab achieved durable "
                      "responses in MSS colorectal cancer.\n")
    assert ("ipilimumab + nivolumab", "T-cell exhaustion", (("certainty", "hypothesis"),)) in read


def test_a_drug_of_the_same_axis_counts(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "Durvalumab plus tremelimumab demonstrated disease control in "
                      "MSS colorectal cancer.\n")
    assert any(s == "durvalumab + tremelimumab" and o == "T-cell exhaustion" for s, o, _ in read)


def test_a_failed_trial_is_no_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "Durvalumab plus tremelimumab did not improve survival in "
                      "MSS colorectal cancer.\n")
    assert not any(s == "durvalumab + tremelimumab" and o == "T-cell exhaustion" for s, o, _ in read)


def test_other_classes_are_no_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "Pembrolizumab plus favezelimab (anti-LAG-3) showed modest responses "
                      "in MSS colorectal cancer.\n")
    assert not any(o == "T-cell exhaustion" and "favezelimab" in s for s, o, _ in read)


def test_another_section_is_out_of_scope(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "\n\n## 4 Trials\n\nDurvalumab plus tremelimumab demonstrated "
                      "disease control in MSS colorectal cancer.\n")
    assert not any(s == "durvalumab + tremelimumab" and o == "T-cell exhaustion" for s, o, _ in read)


def test_the_strategy_sentence_may_name_the_instance(tmp_path):
    read = _overcomes(tmp_path, "# Review of colorectal cancer immunotherapy\n\n## 3 Dual blockade\n\n"
                      "Combining anti-PD-1 + anti-CTLA-4 agents could help overcome T-cell exhaustion in colorectal "
                      "cancer, and nivolumab plus ipilimumab achieved durable responses in MSS tumours.\n")
    assert any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)


def test_a_study_setting_out_to_test_an_instance_puts_it_forward(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "The aim of this study was to evaluate the efficacy of nivolumab plus "
                      "ipilimumab in MSS colorectal cancer.\n")
    assert ("ipilimumab + nivolumab", "T-cell exhaustion", (("certainty", "hypothesis"),)) in read


def test_a_stated_aim_without_a_regimen_of_the_classes_is_no_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "The aim of this study was to evaluate the efficacy of pembrolizumab "
                      "plus favezelimab in MSS colorectal cancer.\n")
    assert not any(o == "T-cell exhaustion" and "favezelimab" in s for s, o, _ in read)


def test_a_test_word_without_an_aim_is_no_result(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "Nivolumab plus ipilimumab was compared with nivolumab alone in MSS "
                      "colorectal cancer.\n")
    assert not any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)


# s41 rt
def test_the_next_sentence_may_report_the_result(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "In a phase II trial, 40 patients with MSS colorectal cancer received "
                      "nivolumab plus ipilimumab. The results showed durable responses in 12 patients.\n")
    assert ("ipilimumab + nivolumab", "T-cell exhaustion", (("certainty", "hypothesis"),)) in read


def test_poor_results_in_the_next_sentence_are_no_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "In a phase II trial, 40 patients with MSS colorectal cancer received "
                      "nivolumab plus ipilimumab. The results were disappointing, with 2 responses.\n")
    assert not any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)


def test_a_next_sentence_not_on_the_results_is_no_instance(tmp_path):
    read = _overcomes(tmp_path, _STRATEGY + "In a phase II trial, 40 patients with MSS colorectal cancer received "
                      "nivolumab plus ipilimumab. Durable responses were seen in melanoma.\n")
    assert not any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)


# s42 rp
_TITLED = ("Resistance to EGFR Inhibition in Colorectal Cancer Can Be Overcome with HER2 Inhibition\n\n"
           "Background: Few options exist once colorectal tumours stop responding to EGFR-directed drugs.\n\n"
           "Results: Combined treatment of gefitinib with tucatinib caused synergistic growth inhibition in "
           "colorectal cancer cells with acquired resistance.\n")


def test_a_strategy_the_title_states_has_instances_in_every_section(tmp_path):
    read = _overcomes(tmp_path, _TITLED)
    assert any(s == "gefitinib + tucatinib" and o == "resistance to EGFR inhibitor" for s, o, _ in read)


def test_an_opening_sentence_is_no_title(tmp_path):
    read = _overcomes(tmp_path, _TITLED.replace("HER2 Inhibition\n", "HER2 Inhibition.\n", 1))
    assert not any(s == "gefitinib + tucatinib" for s, o, _ in read)


# (s52 rescue) the study its authors say they ran to test an instance: "we undertook a pilot trial to assess ...",
# "we conducted a phase 2 study to evaluate ..." (a test, so a hypothesis)
@pytest.mark.parametrize("aim", [
    "We undertook a pilot trial to assess the response rate and safety of nivolumab combined with ipilimumab",
    "We conducted a phase 2 study to evaluate the clinical activity of nivolumab plus ipilimumab",
    "Therefore, we initiated a multicentre single-arm trial to further assess nivolumab and ipilimumab",
    "We designed this randomized study to compare nivolumab plus ipilimumab with standard care",
])
def test_a_trial_the_authors_ran_to_test_an_instance_puts_it_forward(tmp_path, aim):
    read = _overcomes(tmp_path, _STRATEGY + aim + " in MSS colorectal cancer.\n")
    assert ("ipilimumab + nivolumab", "T-cell exhaustion", (("certainty", "hypothesis"),)) in read


@pytest.mark.parametrize("text", [
    "We conducted a review of trials that tested nivolumab plus ipilimumab in MSS colorectal cancer.\n",
    "A trial was conducted by others to assess nivolumab plus ipilimumab in melanoma.\n",
])
def test_a_trial_run_for_no_aim_of_the_authors_is_no_instance(tmp_path, text):
    read = _overcomes(tmp_path, _STRATEGY + text)
    assert not any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)


# (s60 rescue) a structured abstract: the strategy its grounds part states, the study its design part sets out to run
_ABSTRACT = ("Dual checkpoint blockade in MSS colorectal cancer\n\nBackground\n\n"
             "Combining anti-PD-1 + anti-CTLA-4 agents could help overcome T-cell exhaustion in colorectal cancer.\n\n"
             "{part}\n\nWe conducted a phase 2 study to evaluate nivolumab plus ipilimumab in MSS colorectal cancer.\n\n"
             "Results\n\nTwenty patients were treated.\n")


@pytest.mark.parametrize("part", ["Methods", "Patients and Methods", "Experimental Design"])
def test_the_design_part_after_the_grounds_tests_an_instance(tmp_path, part):
    read = _overcomes(tmp_path, _ABSTRACT.format(part=part))
    assert ("ipilimumab + nivolumab", "T-cell exhaustion", (("certainty", "hypothesis"),)) in read


def test_a_part_after_the_grounds_that_is_no_design_is_out_of_scope(tmp_path):
    read = _overcomes(tmp_path, _ABSTRACT.format(part="Discussion"))
    assert not any(s == "ipilimumab + nivolumab" and o == "T-cell exhaustion" for s, o, _ in read)
