"""Column-aligned trial tables: each OR/HR keeps the P value printed under it."""


def test_hazard_ratio_rows_carry_their_p_values(graph):
    found = {(graph.entity(o.arm).name, o.metric, o.value): o.p for o in graph.outcomes()
             if o.evidence.method == "table" and o.metric in ("HR_PFS", "HR_OS", "OR_RR")}
    assert found[("CRYSTAL: cetuximab + FOLFIRI", "HR_OS", 0.69)] == "= 0.0024"
    assert found[("CRYSTAL: cetuximab + FOLFIRI", "OR_RR", 3.31)] == "< 0.001"
    # a lone P in the ORR column (no OR printed) does not shift the others
    assert found[("CALGB/SWOG 80405: cetuximab + chemotherapy", "HR_PFS", 1.04)] == "= 0.55"


def _table_facts(text: str) -> set[tuple[str, str, str]]:
    from rule_cases import run_builder

    from builders import table_classes

    out = run_builder(table_classes.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names[a.subject], a.predicate, names[a.object]) for a in out.assertions}


TABLE = """**Table 1:** Combinations under investigation

Agents\tCombination strategy\tTrial information
Pembrolizumab + Favezelimab\tICIs (Anti-PD-1 + Anti-LAG-3)\tClinical trial, early phase
Nivolumab + Ipilimumab (after Temozolomide)\tICIs (Anti-PD-1 + Anti-CTLA-4)\tMAYA, Phase II
Durvalumab + Tremelimumab\tICIs (Anti-PD-1 + Anti-CTLA-4)\tMEDITREME, Phase 1b/2
Pembrolizumab + Regorafenib + Aspirin\tICI (Anti-PD-1) + TKI\tPhase II

Text after the table.
"""


def test_table_rows_pair_each_agent_with_its_class():
    facts = _table_facts(TABLE)
    assert ("favezelimab", "member_of", "anti-LAG-3 antibody") in facts
    assert ("favezelimab", "targets", "LAG3") in facts
    # a drug in a parenthetical remark is not the part's agent
    assert not any(s == "temozolomide" for s, _, _ in facts)
    # the table says anti-PD-1 for durvalumab, which the vocabulary knows acts on PD-L1: not a fact
    assert ("durvalumab", "member_of", "anti-PD-1 antibody") not in facts
    # parts that do not line up (three agents, two classes) say nothing
    assert not any(s in ("regorafenib", "aspirin") for s, _, _ in facts)


CITED_TABLE = """**Table 2:** Combinations and the studies that tested them

Agents\tCombination strategy\tTrial information\tOutcomes/Results\tReferences
Nivolumab + Cabozantinib\tICI + TKI\tClinical trial, Phase II\tActivity in MSS mCRC\t[2]
Anti-PD-1 + Abemaciclib or Palbociclib\tICI + CDK4/6 inhibitors\tPreclinical studies (in vivo)\tBetter response\t[3]
Bispecific antibody (PD-L1/CD3) + Regorafenib\tICI + TKI\tPreclinical studies (in vivo)\tT cell activity\t[1]
Pembrolizumab + Regorafenib\tICI + TKI\tPhase II\tModest activity\t[1,2]

## References

1. Okafor N, Brandt K. A bispecific antibody with regorafenib in colorectal cancer models. *Cancer Res*. 2021;81(2):10–20.
2. Van der Berg AB, Smith J. Nivolumab and cabozantinib in 2019: a phase II study. *J Clin Oncol*. 2020;38:100–110.
3. Lindqvist P, Ortega M. CDK4/6 inhibition and PD-1 blockade. *Nature*. 2018;553:1–5.
"""


def _table_trials(text: str) -> set[tuple[str, str]]:
    from rule_cases import run_builder

    from builders import trials_table

    out = run_builder(trials_table.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names[a.subject], names[a.object]) for a in out.assertions if a.predicate == "evaluates"}


def test_table_rows_name_their_study_by_its_reference():
    found = _table_trials(CITED_TABLE)
    # the journal year, not a year in the title; a multi-word surname
    assert ("Van der Berg et al. 2020", "cabozantinib + nivolumab") in found
    # "A + B or C" is one arm per alternative, the shared drug in each
    assert ("Lindqvist et al. 2018", "abemaciclib + anti-PD-1 antibody") in found
    assert ("Lindqvist et al. 2018", "anti-PD-1 antibody + palbociclib") in found
    assert not any(r in ("palbociclib", "abemaciclib") for _, r in found)
    # a combination read only in part gives no one-drug arm
    assert not any(r == "regorafenib" for _, r in found)
    # two references: no one study to name
    assert not any(t.startswith(("Okafor", "Van der Berg")) and "pembrolizumab" in r for t, r in found)


ALIGNED_CHOICE = """Table 3  Treatment outcome of first-line trials in metastatic colorectal cancer

Trial name Regimens n ORR PFS (mo) OS (mo)

KESTREL FOLFOX/CapeOX + Bevacizumab 420 41% 9.1 20.5
           FOLFOX/CapeOX 418 37% 7.9 19.0
ORCA-2 FOLFIRI + Cetuximab 200 60% 10.1 28.0
           Trifluridine/tipiracil + Bevacizumab 100 10% 5.0 11.0

Text after the table.
"""


def test_aligned_row_with_a_slashed_choice_of_backbone_is_that_choice():
    found = _table_trials(ALIGNED_CHOICE)
    # "FOLFOX/CapeOX + Bevacizumab": either backbone with bevacizumab, not CAPOX + bevacizumab alone
    assert ("KESTREL", "(FOLFOX or CAPOX) + bevacizumab") in found
    assert ("KESTREL", "FOLFOX or CAPOX") in found
    assert not any(r in ("bevacizumab + CAPOX", "CAPOX") for _, r in found)
    # a slash inside one drug's name is no choice
    assert ("ORCA-2", "bevacizumab + TAS-102") in found
    assert ("ORCA-2", "cetuximab + FOLFIRI") in found


ARM_COLUMNS = """Regorafenib versus placebo in refractory colorectal cancer (WILLOW-3): a randomised phase 3 trial

Methods

Patients were randomly assigned to regorafenib or placebo. This trial is registered with ClinicalTrials.gov, NCT09990303.

Results

In total, 750 patients were randomly assigned. Efficacy is shown in Table 2.

Table 2 Efficacy

Outcome\tRegorafenib (n = 500)\tPlacebo (n = 250)
Objective response rate, %\t1.2\t0.4
Disease control rate, n (%)\t205 (41.0)\t38 (15.2)
Median OS, months (95% CI)\t6.6 (5.9-7.3)\t5.1 (4.4-5.8)
HR for OS (95% CI)\t0.76 (0.63-0.91)\t
Median duration of response, weeks\t12.0\t9.1

Discussion

Regorafenib improved survival.
"""


def _table_outcomes(text: str) -> set[tuple[str, str, float]]:
    from rule_cases import run_builder

    from builders import trials_table

    out = run_builder(trials_table.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names.get(o.arm, o.arm), o.metric, round(o.value, 4)) for o in out.outcomes}


def test_report_table_with_one_column_per_arm():
    found = _table_outcomes(ARM_COLUMNS)
    # the trial is the one its title names, "(WILLOW-3)", its registry id kept as its identifier
    assert ("WILLOW-3: regorafenib", "ORR", 1.2) in found
    assert ("WILLOW-3: placebo", "DCR", 15.2) in found
    assert ("WILLOW-3: regorafenib", "mOS", 6.6) in found
    assert ("WILLOW-3: placebo", "mOS", 5.1) in found
    assert ("WILLOW-3: regorafenib", "HR_OS", 0.76) in found
    assert ("WILLOW-3: regorafenib", "n", 500) in found
    # the hazard ratio is the experimental arm's; a duration of response is no survival median
    assert not any(arm.endswith("placebo") and metric == "HR_OS" for arm, metric, _ in found)
    assert not any(value in (12.0, 9.1) for _, _, value in found)
    assert not any(value == 205 for _, _, value in found)


SUBGROUP_COLUMNS = """Sotorasib plus panitumumab in chemorefractory colorectal cancer: a single-arm phase 2 trial (ROWAN-3)

Methods

All patients received sotorasib plus panitumumab. This study is registered with ClinicalTrials.gov, NCT09990707.

Results

Overall, 44 patients were treated. Efficacy is summarised in Table 2.

Table 2 Efficacy by subgroup

Endpoint\tAll patients (n = 44)\tRAS wild-type (n = 30)\tKRAS-mutant (n = 14)
ORR, n (%)\t13 (29.5)\t12 (40.0)\t1 (7.1)
Median PFS, months (95% CI)\t5.2 (4.0-6.9)\t6.8 (5.1-8.0)\t2.9 (1.9-4.4)
HR for PFS\t0.48\t\t

Discussion

The combination was active.
"""


def _table_subgroups(text: str) -> set[tuple[str, str, float, str]]:
    from rule_cases import run_builder

    from builders import trials_table

    out = run_builder(trials_table.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names.get(o.arm, o.arm), o.metric, round(o.value, 4), o.subgroup or "-") for o in out.outcomes}


def test_report_table_with_one_column_per_population():
    found = _table_subgroups(SUBGROUP_COLUMNS)
    arm = "ROWAN-3: panitumumab + sotorasib"  # the report's title names its registered trial
    assert (arm, "ORR", 29.5, "-") in found
    assert (arm, "ORR", 40.0, "RAS wild-type") in found
    assert (arm, "mPFS", 2.9, "KRAS-mutant") in found
    assert (arm, "n", 14, "KRAS-mutant") in found
    # a hazard ratio between populations of one arm has no arm to go to
    assert not any(metric == "HR_PFS" for _, metric, _, _ in found)

FLAT_TABLE_THEN_PROSE = """Panitumumab was studied in several settings in this review of trials.

Table 9  Trials of an antibody in metastatic disease

Trial name Regimens n ORR PFS (mo) OS (mo)

First-line chemotherapy
   ALPHA                  FOLFOX + Panitumumab 100 50% 9.0 20.0
   BETA                   FOLFIRI + Panitumumab 110 40% 8.0 18.0

ORR: Objective response rate; PFS: Progression-free survival; OS: Overall survival; FOLFOX: Bolus and
infusional 5-fluorouracil/leucovorin/oxaliplatin.
 OTHER AGENTS
The efficacy of gefitinib was evaluated in a small phase II study of pretreated patients.
"""


def test_prose_set_in_after_a_flat_tables_legend_is_read():
    """A PDF's text where the next block follows a table's legend with no blank line: the set-in line opens
    running text again, which is read (not skipped with the legend)."""
    from builders.document import parse_document

    doc = parse_document("t.txt", FLAT_TABLE_THEN_PROSE)
    texts = [s.text for s in doc.sentences]
    assert any("efficacy of gefitinib" in t for t in texts)
    assert not any("Objective response rate" in t for t in texts)


def _target_facts(text: str) -> set[tuple[str, str, str]]:
    from rule_cases import run_builder

    from builders import table_targets

    out = run_builder(table_targets.build, text)
    names = {e.id: e.name for e in out.entities.values()}
    return {(names[a.subject], a.predicate, names[a.object]) for a in out.assertions}


TARGET_TABLE_FLAT = """Some prose before the table about targeted agents in colorectal cancer.

Table 2 Targeted agents in clinical development

Target(s) Agent(s) Phase Condition Treatment Main outcomes

KRASG12C Divarasib (GDC-6036) Phase I Solid tumors Divarasib ORR: 29%

HER2 Zanidatamab Phase II Previously treated Zanidatamab + chemotherapy ORR: 20%

VEGF Ramucirumab Phase III Second-line Ramucirumab + FOLFIRI mOS: 13.3 mo

EGFR rechallenge Panitumumab Phase II Third-line Panitumumab ORR: 14%

Text after the table.
"""

TARGET_TABLE_TSV = """**Table 3:** Agents by target

Target\tAgent\tPhase
HER2\tZanidatamab\tPhase II
VEGFR2\tBevacizumab\tPhase III

Text after the table.
"""


def test_target_column_rows_give_each_agent_its_target():
    flat = _target_facts(TARGET_TABLE_FLAT)
    assert ("divarasib", "targets", "KRAS") in flat  # an allele stands for its gene
    assert ("zanidatamab", "targets", "ERBB2") in flat
    # the vocabulary places ramucirumab on VEGFR-2, not VEGF: the loose cell is no fact
    assert ("ramucirumab", "targets", "VEGF") not in flat
    # a word between the target and the agent: not a target column ("EGFR rechallenge")
    assert not any(s == "panitumumab" for s, _, _ in flat)
    tsv = _target_facts(TARGET_TABLE_TSV)
    assert ("zanidatamab", "targets", "ERBB2") in tsv
    assert ("bevacizumab", "targets", "KDR") not in tsv


# A flattened "target | agent | phase | ... | outcomes" table (as PDF text extraction leaves one): each row
# opens with its target written as a symbol; a drug, a population or a trial at the head of a wrapped line
# continues the row above, and a row is whole only once its outcome cell has been read.
TARGET_ROWS_FLAT = """Table 2 Agents against emerging targets

Target(s) Agent(s) Phase Condition Treatment Main outcomes

FGFR2 Pemigatinib Phase II Previously treated Pemigatinib ORR: 11%; DCR:
64%

KRASG12D Zoldonrasib FOCUS-9; phase I Solid tumors Zoldonrasib +
cetuximab

ORR: 24%; mPFS: 5.1 mo

EGFR Amivantamab ORBIT-2 and
HALO-3; phase II
RAS/BRAF WT Amivantamab + FOLFIRI ORR: 40%

MET Capmatinib Phase Ib Previously treated Capmatinib + panitumumab ORR: 29%

Text after the table.
"""


def test_flattened_target_rows_open_at_a_target_symbol():
    from rule_cases import run_builder

    from builders import trials_table

    out = run_builder(trials_table.build, TARGET_ROWS_FLAT)
    names = {e.id: e.name for e in out.entities.values()}
    found = {(names[o.arm], o.metric, o.value) for o in out.outcomes}
    assert ("study of pemigatinib: pemigatinib", "ORR", 11.0) in found
    assert ("study of pemigatinib: pemigatinib", "DCR", 64.0) in found
    # the wrapped second drug and the outcome line belong to the row its target opened
    assert ("FOCUS-9: cetuximab + zoldonrasib", "ORR", 24.0) in found
    assert ("study of capmatinib + panitumumab: capmatinib + panitumumab", "ORR", 29.0) in found
    # "RAS/BRAF WT" heads a wrapped line of the two-trial row (not a row of its own): no study owns its ORR
    assert not any(v == 40.0 for _, _, v in found)


PIPE_TABLE = """Table 2.
Selected trials of combined blockade in a marker-selected population.
Study | Phase | Sample size | Treatment arm(s) | Line | ORR (%) | mPFS (months) | mOS (months) |
---|---|---|---|---|---|---|---|
Dual antibody blockade | ||||||| 
LARKSPUR41 | II | 40 | Trastuzumab + lapatinib | ⩾2L | 25 | 3.9 | 11.0 |
WILLOW-B43 | II | 30 | Pertuzumab + trastuzumab | ⩾2L | 12.5 | – | – |
MAPLE-CRC0244 | II | 61 | Trastuzumab + tucatinib | ⩾3L | 40 | 7.1 | NR |
Ortega et al.42 | II | 15 | Trastuzumab + pyrotinib | ⩾1L | 20 | – | – |
ROWAN-9 (NCT09990001) | III | 200 (in 2 arms) | Pertuzumab + trastuzumab versus cetuximab + irinotecan | ⩾2L | – | – | – |
ORR, objective response rate.
"""

FIELD_TABLE = """Journal | Journal of Example Oncology |
---|---|
Summary: | Cetuximab resistance is conferred by MET amplification. |
"""


def test_pipe_separated_trial_table():
    found = _table_outcomes(PIPE_TABLE)
    # the reference numbers glued to the names (41, 43, 44 ...) are taken off the names
    assert ("LARKSPUR: lapatinib + trastuzumab", "ORR", 25.0) in found
    assert ("LARKSPUR: lapatinib + trastuzumab", "mPFS", 3.9) in found
    assert ("LARKSPUR: lapatinib + trastuzumab", "n", 40) in found
    assert ("WILLOW-B: pertuzumab + trastuzumab", "ORR", 12.5) in found
    assert ("MAPLE-CRC02: trastuzumab + tucatinib", "mPFS", 7.1) in found
    # a dash or NR is no value; a row of arms set against each other puts its count on neither
    assert not any(arm.startswith("WILLOW-B") and metric == "mPFS" for arm, metric, _ in found)
    assert not any(arm.startswith("MAPLE-CRC02") and metric == "mOS" for arm, metric, _ in found)
    assert not any(value == 200 for _, _, value in found)
    assert not any("et al" in arm or "42" in arm or "41" in arm for arm, _, _ in found)


def test_pipe_separated_rows_keep_their_offsets():
    from builders.document import parse_document

    doc = parse_document("t.txt", PIPE_TABLE)
    (table,) = doc.tables
    assert table.cells[0][:3] == ["Study", "Phase", "Sample size"]
    assert all(PIPE_TABLE[r.start:r.end].rstrip() == PIPE_TABLE[r.start:r.end] for r in table.rows)
    assert PIPE_TABLE[table.rows[2].start:table.rows[2].end].startswith("LARKSPUR41 | II")
    # no rule line is a row, no row is also read as a sentence
    assert not any(set(r.text) <= set("-| ") for r in table.rows)
    assert not any("|" in s.text for s in doc.sentences)


def test_field_and_value_lines_with_bars_are_prose():
    from builders.document import parse_document

    doc = parse_document("t.txt", FIELD_TABLE)
    assert not doc.tables
    assert any("MET amplification" in s.text for s in doc.sentences)


def test_tab_separated_trial_table_reads_as_the_pipe_one():
    lines = [line for line in PIPE_TABLE.splitlines() if not line.startswith("---")]
    tsv = "\n".join(line.rstrip(" |").replace(" | ", "\t") if "|" in line else line for line in lines) + "\n"
    assert "\t" in tsv and "|" not in tsv.replace("|||", "")
    assert _table_outcomes(tsv) >= {("LARKSPUR: lapatinib + trastuzumab", "ORR", 25.0),
                                    ("MAPLE-CRC02: trastuzumab + tucatinib", "mPFS", 7.1)}


SEVERAL_REGIMENS_TABLE = """The trials below tested anti-EGFR and anti-HER2 agents.

| Trial | Phase | Sample size | Treatment arm(s) | ORR (%) | mPFS (months) |
|---|---|---|---|---|---|
| ALDER | III | 300 | Cetuximab or panitumumab | 30 | 5.1 |
| BIRCH | II | 120 | Encorafenib + cetuximab ± binimetinib | 26 | 4.2 |
| CEDAR | II | 80 | Regorafenib, trifluridine/tipiracil | 10 | 2.0 |
| DOGWOOD | III | 400 | FOLFIRI with or without cetuximab | 57 | 9.9 |
| ELM | II | 60 | Trastuzumab + tucatinib | 38.1 | 8.2 |
"""


def test_summary_row_naming_several_regimens_gives_its_values_to_none():
    found = _table_outcomes(SEVERAL_REGIMENS_TABLE)
    assert ("ELM: trastuzumab + tucatinib", "ORR", 38.1) in found
    assert ("ELM: trastuzumab + tucatinib", "n", 60) in found
    # "A or B", "A + B ± C", "A, B", "A with or without B": which arm the row's values are of the row does not say
    for trial in ("ALDER", "BIRCH", "CEDAR", "DOGWOOD"):
        assert not any(arm.startswith(trial) for arm, _, _ in found), (trial, found)


def test_glued_reference_is_linear_in_the_cell():
    import time

    from builders.trials_table import _glued_reference, _without_glued_references

    assert _glued_reference("HERACLES108", 3) == ("HERACLES", 108)
    assert _glued_reference("DESTINY-CRC01116", 3) == ("DESTINY-CRC01", 116)
    assert _glued_reference("FIRE-3", 1) is None
    t0 = time.perf_counter()
    _without_glued_references(["1" * 20000 + "x"] * 3)
    assert time.perf_counter() - t0 < 1.0


def test_captioned_pipe_table_keeps_its_cells():
    from builders.document import parse_document

    body = "| Trial | Phase | ORR (%) |\n|---|---|---|\n| ALDER | II | 30 |\n"
    for caption in ("Table 2. Trials of agents\n\n", "Table 2. Trials of agents\n", "Table 2: Trials\n"):
        text = "Intro text here.\n\n" + caption + body
        (table,) = parse_document("t.txt", text).tables
        assert table.kind == "tsv" and table.cells == [["Trial", "Phase", "ORR (%)"], ["ALDER", "II", "30"]], caption
        assert table.caption == caption.strip()
        assert all(r.text == " ".join(text[r.start:r.end].split()) for r in table.rows)
