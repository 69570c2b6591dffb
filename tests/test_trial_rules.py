"""The prose trial reader against its test cases (tests/data/trials.yaml): a short trial text ->
the arms it names and the outcomes each arm gets, and readings that must not happen (a combination
split into one-drug arms, alternatives merged into one arm, a cited study given the present values).
A case may also list `subgroups` ("TRIAL: regimen | metric | value | population"): outcomes that must
carry that population (or "-" for the whole population), `absent_subgroups` (labels that must not be given), and `trial_attributes` ("TRIAL | attribute | value",
value "-" for absent): what the trial node must say about itself (phase, line, status); `evaluates`/`no_evaluates`
and `studied_in`/`no_studied_in` ("TRIAL | regimen", "TRIAL | disease"): the trial's edges of that predicate."""
import pytest

from outcome_frames import grid_cases
from rule_cases import load, parse_outcome, read_trials, run_builder

CASES = load("trials.yaml")
# the paraphrase suites (issue 14): canonical outcome and design statements in other words (a randomised two- or
# three-arm design, a single-arm study, cohorts, a control named by a group word, the trial named by acronym,
# registry id or "the present study"; near-misses such as prior therapies give no arm); `known_gap` cases are
# measured, not asserted; the outcome-frame grid (tests/outcome_frames.py: where the trial is named x how the arms are
# written x the frame of the values) is run with them
PARAPHRASES = load("paraphrases_outcomes.yaml") + load("paraphrases_arms.yaml") + grid_cases()


def _with_subgroups(text: str) -> set[tuple[str, str, float, str]]:
    from builders import trials_text

    out = run_builder(trials_text.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names.get(o.arm, o.arm), o.metric, round(o.value, 4), o.subgroup or "-") for o in out.outcomes}


def _trial_attributes(text: str) -> dict[str, dict[str, str]]:
    from builders import trials_text

    out = run_builder(trials_text.build, text)
    return {e.name: dict(e.attributes) for e in out.entities.values() if e.category == "Trial"}


def _evaluated(text: str, predicate: str = "evaluates") -> set[tuple[str, str]]:
    """(trial name, object name) of each ``evaluates`` (or other ``predicate``) fact the prose trial reader states in
    ``text``, after the regimen checks the graph applies (builders/regimen_checks.py)."""
    from builders import trials_text
    from builders.regimen_checks import checked_regimens
    from rule_cases import context

    out = run_builder(trials_text.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    assertions, _ = checked_regimens(out.assertions, out.outcomes, dict(out.entities), context())
    return {(names.get(a.subject, a.subject), names.get(a.object, a.object)) for a in assertions
            if a.predicate == predicate}


_ASSERTED = CASES + [c for c in PARAPHRASES if not c.get("known_gap")]


def _in_read_trial(case: dict, arms: set[str]) -> dict:
    """The case with "*: regimen" (a study the reader names from its arms) written with the one trial the arms read
    belong to."""
    lists = ("arms", "no_arms", "outcomes", "absent")
    if not any(x.startswith("*: ") for key in lists for x in case.get(key) or ()):
        return case
    trials = {a.split(": ", 1)[0] for a in arms}
    trial = trials.pop() if len(trials) == 1 else "(no one trial read)"
    return {key: [x.replace("*", trial, 1) if x.startswith("*: ") else x for x in value] if key in lists else value
            for key, value in case.items()}


@pytest.mark.parametrize("case", _ASSERTED, ids=[c["text"][:70] for c in _ASSERTED])
def test_trial_case(case):
    arms, outcomes = read_trials(case["text"])
    case = _in_read_trial(case, arms)
    for arm in case.get("arms") or ():
        assert arm in arms, f"arm {arm!r} not read; arms: {sorted(arms)}"
    for arm in case.get("no_arms") or ():
        assert arm not in arms, f"arm {arm!r} read but the text has no such arm; arms: {sorted(arms)}"
    expected = {parse_outcome(x) for x in case.get("outcomes") or ()}
    assert expected <= outcomes, f"missed {sorted(expected - outcomes)}; read {sorted(outcomes)}"
    absent = {parse_outcome(x) for x in case.get("absent") or ()}
    assert not (absent & outcomes), f"read outcomes the text does not give that arm: {sorted(absent & outcomes)}"
    if case.get("subgroups"):
        read = _with_subgroups(case["text"])
        for line in case["subgroups"]:
            head, label = line.rsplit("|", 1)
            arm, metric, value = parse_outcome(head)
            assert (arm, metric, value, label.strip()) in read, f"{line!r} not read; read {sorted(read)}"
    if case.get("absent_subgroups"):
        read = _with_subgroups(case["text"])
        for line in case["absent_subgroups"]:
            head, label = line.rsplit("|", 1)
            arm, metric, value = parse_outcome(head)
            assert (arm, metric, value, label.strip()) not in read, f"{line!r} read, but the text gives it no such population"
    if case.get("evaluates") or case.get("no_evaluates"):
        tested = _evaluated(case["text"])
        for line in case.get("evaluates") or ():
            assert tuple(x.strip() for x in line.split("|")) in tested, f"{line!r} not read; read {sorted(tested)}"
        for line in case.get("no_evaluates") or ():
            assert tuple(x.strip() for x in line.split("|")) not in tested, f"{line!r} read, but the text does not say so"
    if case.get("studied_in") or case.get("no_studied_in"):
        studied = _evaluated(case["text"], "studied_in")
        for line in case.get("studied_in") or ():
            assert tuple(x.strip() for x in line.split("|")) in studied, f"{line!r} not read; read {sorted(studied)}"
        for line in case.get("no_studied_in") or ():
            assert tuple(x.strip() for x in line.split("|")) not in studied, f"{line!r} read, but the text does not say so"
    if case.get("trial_attributes"):
        trials = _trial_attributes(case["text"])
        for line in case["trial_attributes"]:
            name, key, value = (x.strip() for x in line.split("|"))
            assert name in trials, f"trial {name!r} not read; trials: {sorted(trials)}"
            got = trials[name].get(key, "-")
            assert str(got) == value, f"{name} {key}: expected {value!r}, read {got!r}"


def test_enough_cases():
    assert len(CASES) >= 60


def test_paraphrase_suite_covers_every_kind():
    """Six to ten paraphrases per canonical statement kind, and the cases left as known gaps say why."""
    assert len(PARAPHRASES) >= 100
    assert all(isinstance(c["known_gap"], str) and c["known_gap"] for c in PARAPHRASES if "known_gap" in c)


def test_bulleted_items_are_sentences_of_their_own():
    """(s50 17a2) A list item whose bullet opens a line is a sentence of its own, whether or not the item before it
    closed with a full stop; a bullet inside a line (a decimal point in some renderings) splits nothing."""
    from builders.document import parse_document

    listed = ("Results of the trial:\n  • Median OS was 20.1 months in both groups\n"
              "  • Median PFS was 9.9 versus 8.1 months.\n  • ORR: 44% vs 30%\n")
    texts = [s.text for s in parse_document("a.txt", listed).sentences]
    assert [t for t in texts if t.startswith("•")] == ["• Median OS was 20.1 months in both groups",
                                                        "• Median PFS was 9.9 versus 8.1 months.", "• ORR: 44% vs 30%"], texts
    inline = "Median PFS was 9\u20221 months with A and 5 \u2022 2 months with B.\n"
    assert len(parse_document("b.txt", inline).sentences) == 1


def test_page_break_inside_a_sentence_is_read_whole():
    """A blank line inside a wrapped sentence keeps the sentence whole; front matter without a full sentence
    inside, or a block whose last line is short, stays apart from the title or paragraph that follows."""
    from builders.document import parse_document

    wrapped = ("Patients were assigned to FOLFOXIRI plus bevacizumab or FOLFIRI plus bevacizumab.\n"
               "Although the FOLFOXIRI plus bevacizumab regimen did not improve overall survival\n"
               "in the trial, response was higher with it than with the doublet regimen as\n\n"
               "OS (31.0 mo vs 25.8 mo) and RR (65% vs 53%) showed in the triplet arm.\n")
    texts = [s.text for s in parse_document("a.txt", wrapped).sentences]
    assert any(t.startswith("Although") and "31.0 mo" in t for t in texts), texts
    front = ("Front. Oncol., 06 October 2021\nSec. Gastrointestinal Cancers: Colorectal Cancer\n"
             "This article is part of the Research Topic on tumour immunity View all 13 articles\n\n"
             "Efficacy and Safety of Drug A Plus Drug B in Refractory Metastatic Colorectal Cancer\n\n"
             "Background: Drug A plus drug B was tested in a small cohort of patients with cancer.\n")
    texts = [s.text for s in parse_document("b.txt", front).sentences]
    assert not any("View all" in t and "Efficacy" in t for t in texts), texts


def test_a_name_written_in_lower_case_opens_a_sentence():
    """A sentence may open with a name that is always written with a lower-case first letter ("mTOR", "ctDNA",
    "miR-31", "c-MET", "p53", "β-catenin"): the full stop before it ends a sentence; after an abbreviation ("e.g.
    mTOR") or before a link it does not."""
    from builders.document import parse_document

    text = ("Responses were rare. mTOR activation was seen. ctDNA was analysed. miR-31 was high. c-MET was amplified. "
            "p53 was lost. β-catenin was active. Other kinases, e.g. mTOR kinases, were not. See doi:10.1200/JCO.19.1.\n")
    texts = [s.text for s in parse_document("c.txt", text).sentences]
    assert texts == ["Responses were rare.", "mTOR activation was seen.", "ctDNA was analysed.", "miR-31 was high.",
                     "c-MET was amplified.", "p53 was lost.", "β-catenin was active.",
                     "Other kinases, e.g. mTOR kinases, were not.", "See doi:10.1200/JCO.19.1."], texts


def test_lower_case_sentence_after_a_citation_starts_a_sentence():
    """"... trial[37]. moreover, the benefit ..." (a conversion that set the next sentence in lower case) is two
    sentences; an abbreviation followed by lower case ("et al. reported") stays one."""
    from builders.document import parse_document

    text = ("Similar results were shown in the TREE trial[37]. moreover, cetuximab was evaluated in the CAIRO2 "
            "trial[38]. In the study by Tol et al. the arms were balanced.\n")
    texts = [s.text for s in parse_document("c.txt", text).sentences]
    assert texts[:2] == ["Similar results were shown in the TREE trial[37].",
                         "moreover, cetuximab was evaluated in the CAIRO2 trial[38]."], texts
    assert any("Tol et al. the arms" in t for t in texts), texts


def test_an_arm_label_ends_its_sentence():
    """(s59 armletters) An arm's, group's or cohort's label letter before a full stop ("... in study arm A versus B.",
    "... with arms C and D.", "... in group B.") is no initial: the sentence ends there; an author's initial stays
    inside its sentence."""
    from builders.document import parse_document

    text = ("Treatment lasted 4.1 versus 2.9 months in study arm A versus B. Median PFS was longer in arm A. The trial "
            "went on with arms C and D. Toxicity was lower in group B. As shown by Rossi A. Bianchi and colleagues, "
            "it held.\n")
    texts = [s.text for s in parse_document("l.txt", text).sentences]
    assert texts == ["Treatment lasted 4.1 versus 2.9 months in study arm A versus B.", "Median PFS was longer in arm A.",
                     "The trial went on with arms C and D.", "Toxicity was lower in group B.",
                     "As shown by Rossi A. Bianchi and colleagues, it held."], texts


def test_a_month_or_page_abbreviation_before_a_number_ends_no_sentence():
    """A month, page or volume abbreviation before a number ("As of Feb. 21, ...", "pp. 412-419", "vol. 7") does
    not end its sentence; before a capital its full stop may ("... in Oct. The ..."), and a sentence ending on
    "etc." or on a name after "e.g." ends there."""
    from builders.document import parse_document

    text = ("As of Feb. 21, there were 40 evaluable patients treated with sotorasib. The cutoff was in Oct. The data "
            "were reported in a journal, vol. 7, pp. 412-419. Several kinases were studied, e.g. MET. Others were "
            "named too, e.g. AXL, HER2, etc. All of them were active.\n")
    texts = [s.text for s in parse_document("m.txt", text).sentences]
    assert texts == ["As of Feb. 21, there were 40 evaluable patients treated with sotorasib.", "The cutoff was in Oct.",
                     "The data were reported in a journal, vol. 7, pp. 412-419.", "Several kinases were studied, e.g. MET.",
                     "Others were named too, e.g. AXL, HER2, etc.", "All of them were active."], texts
