"""A grid of made-up trial texts that probes the prose trial reader systematically (session 37): where the trial
is named (CONTEXT) x how the arms are written (ARMS) x the frame that carries an outcome per arm (FRAMES), plus
per-arm counts and negative cases (prior therapies, a cited trial's values, counts of values and arms that differ).

tests/test_trial_rules.py runs ``grid_cases()`` with the paraphrase suites (same case format as
tests/data/paraphrases_outcomes.yaml; an arm written "*: regimen" is that regimen in whatever trial the reader names,
as it names an unnamed study from its arms); a case matching KNOWN_GAPS carries known_gap (why it is not read yet).

    python tests/outcome_frames.py     # read every case, print each failing one with what is wrong, and the count
"""
from __future__ import annotations

import re
import sys
from itertools import product
from pathlib import Path

TRIAL = "FAKE-7"

# how the trial is introduced: (key, text before the value sentence, prefix of the value sentence, trial name)
# {design} is the sentence that assigns the arms, {a}/{b} the arms as the design sentence writes them
CONTEXTS = [
    ("in_sentence", "", "In the phase III {trial} trial, ", TRIAL),
    ("named_before", "The phase III {trial} trial was presented at ASCO. ", "", TRIAL),
    ("design_before", "In the randomized phase III {trial} trial, patients were assigned to {a} or {b}. ", "", TRIAL),
    ("unnamed_design", "In this randomized phase II study, patients were assigned to {a} or {b}. ", "", "*"),
    ("named_then_design", "The phase III {trial} trial was presented at ASCO. Patients were randomized to {a} or {b}. ",
     "", TRIAL),
    ("registry_design", "This randomized phase III trial (NCT01234567) assigned patients to {a} or {b}. ", "",
     "NCT01234567"),
    ("one_arm_known", "The phase III {trial} trial was designed to show the superiority of {a} in mCRC. ", "", TRIAL),
]

# (key, arm A as written in the design sentence, arm B, A as written in the value sentence, B, A read, B read)
ARMS = [
    ("single_drugs", "fruquintinib", "regorafenib", "fruquintinib", "regorafenib", "fruquintinib", "regorafenib"),
    ("shared_partner", "cetuximab plus FOLFIRI", "bevacizumab plus FOLFIRI", "cetuximab plus FOLFIRI",
     "bevacizumab plus FOLFIRI", "cetuximab + FOLFIRI", "bevacizumab + FOLFIRI"),
    ("antibody_backbone", "panitumumab plus FOLFOX", "FOLFOX alone", "panitumumab plus FOLFOX", "FOLFOX alone",
     "panitumumab + FOLFOX", "FOLFOX"),
    ("placebo", "fruquintinib", "placebo", "fruquintinib", "placebo", "fruquintinib", "placebo"),
    ("alone", "bevacizumab plus capecitabine", "capecitabine alone", "bevacizumab plus capecitabine",
     "capecitabine alone", "bevacizumab + capecitabine", "capecitabine"),
    ("letter_arms", "arm A (cetuximab plus FOLFOX)", "arm B (FOLFOX alone)", "arm A", "arm B",
     "cetuximab + FOLFOX", "FOLFOX"),
]

# metric: (key as read, words in the text, unit, value A, value B, comparative)
METRICS = [
    ("ORR", "the objective response rate", "%", "42", "28", "higher"),
    ("DCR", "the disease control rate", "%", "81", "64", "higher"),
    ("mPFS", "median PFS", " months", "12.7", "9.3", "longer"),
    ("mOS", "median OS", " months", "27.4", "21.6", "longer"),
]

# one outcome per arm: {m} metric words, {u} unit, {x}/{y} values, {a}/{b} arms, {c} comparative
FRAMES = [
    ("and", "{m} was {x}{u} with {a} and {y}{u} with {b}."),
    ("respectively", "{m} was {x} vs {y}{u} for {a} and {b}, respectively."),
    ("colon_list", "{m} was reported per arm ({a}: {x}{u}; {b}: {y}{u})."),
    ("arm_compared_with", "{m} was {x}{u} in the {a} arm compared with {y}{u} in the {b} arm."),
    ("achieved_versus", "{a} achieved {m} of {x}{u} versus {y}{u} for {b}."),
    ("bracket_vs", "{m} was {c} with {a} than with {b} ({x}{u} vs {y}{u})."),
    ("than_with_brackets", "{m} was {c} with {a} ({x}{u}) than with {b} ({y}{u})."),
    ("groups_and", "{m} was {x}{u} and {y}{u} in the {a} and {b} groups."),
    ("for_a_vs_b", "{m} for {a} vs {b}: {x} vs {y}{u}."),
    ("comma_list", "{m} by arm was as follows: {a}, {x}{u}; {b}, {y}{u}."),
    ("subjects_respectively", "{a} and {b} gave {m} of {x}{u} and {y}{u}, respectively."),
    ("whereas", "{m} was {x}{u} with {a}, whereas it was {y}{u} with {b}."),
    ("arm_clauses", "in the {a} arm, {m} was {x}{u}; in the {b} arm, it was {y}{u}."),
    ("values_then_arms", "{m} was {x} vs {y}{u} ({a} vs {b})."),
    ("value_bracket_arm", "{m} was {x}{u} ({a}) and {y}{u} ({b})."),
    ("ci_brackets", "{m} was {x}{u} (95% CI 5.1-14.2) in the {a} group and {y}{u} (95% CI 4.0-11.3) in the {b} group."),
    ("treatment_arm", "{m} was {x}{u} for patients in the {a} treatment arm and {y}{u} for those in the {b} treatment arm."),
    ("at_a_median_of", "{a} gave a {c} {m} than {b}, at a median of {x} versus {y}{u}."),
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(prefix: str, body: str) -> str:
    return prefix + body if prefix else _cap(body)


def _arm(trial: str, regimen: str) -> str:
    return f"{trial}: {regimen}"


def outcome_cases() -> list[dict]:
    cases = []
    for (i, (ckey, before, prefix, trial)), (j, arms), (k, (fkey, frame)) in product(
            enumerate(CONTEXTS), enumerate(ARMS), enumerate(FRAMES)):
        akey, design_a, design_b, a, b, read_a, read_b = arms
        if akey == "letter_arms" and "{a} or {b}" not in before:
            continue  # letter arms mean nothing unless a design sentence defined them
        if fkey in ("arm_compared_with", "groups_and", "arm_clauses") and akey == "letter_arms":
            a_words, b_words = a.split()[1], b.split()[1]  # "in the A arm", "in the A and B groups"
        else:
            a_words, b_words = a, b
        metric, words, unit, x, y, comparative = METRICS[(i + j + k) % len(METRICS)]  # every metric in every frame
        if akey == "placebo" and metric == "ORR":
            metric, words, unit, x, y, comparative = METRICS[2]  # a placebo arm rarely responds: use PFS
        body = frame.format(m=words, u=unit, x=x, y=y, a=a_words, b=b_words, c=comparative)
        if fkey == "achieved_versus":  # "A achieved an objective response rate of ...", "... achieved median PFS of"
            body = body.replace(" achieved the ", " achieved an " if words[4] in "aeiou" else " achieved a ")
        text = before.format(trial=TRIAL, a=design_a, b=design_b) + _sentence(prefix.format(trial=TRIAL), body)
        cases.append({
            "text": text, "grid": f"{ckey} / {akey} / {fkey} / {metric}",
            "arms": [_arm(trial, read_a), _arm(trial, read_b)],
            "outcomes": [f"{_arm(trial, read_a)} | {metric} | {x}", f"{_arm(trial, read_b)} | {metric} | {y}"],
            "absent": [f"{_arm(trial, read_a)} | {metric} | {y}", f"{_arm(trial, read_b)} | {metric} | {x}"],
        })
    return cases


# how a design sentence gives the two arms, with what real designs carry around them: {a}/{b} the arms as a design
# writes them (ARMS); each design is followed by one results sentence ("X with A and Y with B")
DESIGNS = [
    ("assigned_or", "In the phase III {trial} trial, patients were assigned to {a} or {b}."),
    ("randomized_ratio", "In the phase III {trial} trial, patients were randomly assigned in a 1:1 ratio to receive {a} "
                         "or {b}."),
    ("dates_between", "In the phase III {trial} trial, 402 patients were randomly assigned between July 2016 and April "
                      "2019 to receive {a} or {b}."),
    ("counts_in_brackets", "In the phase III {trial} trial, 402 patients were randomized to {a} (n = 203) or {b} (n = 199)."),
    ("cycles_then_maintenance", "In the phase III {trial} trial, patients were randomized to {a} or {b} for up to 12 "
                                "cycles, followed by maintenance therapy."),
    ("stratified", "In the phase III {trial} trial, patients were randomized to {a} or {b}, stratified by ECOG "
                   "performance status and primary tumour side."),
    ("versus_title", "{trial}: a randomized phase III trial of {a} versus {b}."),
    ("compared", "The phase III {trial} trial compared {a} with {b} in patients with RAS wild-type mCRC."),
]


# arms that share a drug, written around it ({either}) and that drug alone ({shared}): "FOLFIRI with either A or B"
SHARED = {
    "shared_partner": ("FOLFIRI with either cetuximab or bevacizumab", "FOLFIRI"),
    "antibody_backbone": ("FOLFOX with or without panitumumab", "FOLFOX"),
    "alone": ("capecitabine with or without bevacizumab", "capecitabine"),
}
SHARED_DESIGNS = [
    ("with_either", "In the phase III {trial} trial, 402 patients were randomly assigned to receive {either}."),
    ("shared_maintenance", "In the phase III {trial} trial, patients were randomized to {a} or {b} for up to 12 cycles, "
                           "followed by {shared} maintenance."),
]


def design_cases() -> list[dict]:
    cases = []
    designs = [(dkey, design, akey) for dkey, design in DESIGNS for akey, *_ in ARMS] + \
        [(dkey, design, akey) for dkey, design in SHARED_DESIGNS for akey in SHARED]
    for dkey, design, akey in designs:
        akey, design_a, design_b, a, b, read_a, read_b = next(arms for arms in ARMS if arms[0] == akey)
        if akey == "letter_arms" and dkey in ("versus_title", "compared"):
            continue  # letter arms are defined where patients are assigned
        either, shared = SHARED.get(akey, ("", ""))
        arm_a, arm_b = _arm(TRIAL, read_a), _arm(TRIAL, read_b)
        text = (design.format(trial=TRIAL, a=design_a, b=design_b, either=either, shared=shared) +
                f" Median PFS was 12.7 months with {a} and 9.3 months with {b}.")
        counted = dkey == "counts_in_brackets"
        cases.append({
            "text": text, "grid": f"design_{dkey} / {akey} / and / mPFS", "arms": [arm_a, arm_b],
            "outcomes": [f"{arm_a} | mPFS | 12.7", f"{arm_b} | mPFS | 9.3"] +
                        ([f"{arm_a} | n | 203", f"{arm_b} | n | 199"] if counted else []),
            "absent": [f"{arm_a} | mPFS | 9.3", f"{arm_b} | mPFS | 12.7"] + ([f"{arm_a} | n | 199"] if counted else [])})
    return cases


# per-arm patient counts: {a}/{b} the arms as a results sentence writes them
COUNT_FRAMES = [
    ("n_equals_or", "A total of 402 patients were randomized to {a} (n = 203) or {b} (n = 199)."),
    ("to_and_to", "Overall, 203 patients were randomized to {a} and 199 to {b}."),
    ("spelled_to_and_to", "Two hundred and three patients were randomized to {a} and 199 to {b}."),
    ("allocated", "Overall, 203 patients were allocated {a} and 199 were allocated {b}."),
    ("received", "In all, 203 patients received {a} and 199 received {b}."),
    ("bracket_list", "A total of 402 patients were enrolled ({a}, n = 203; {b}, n = 199)."),
]
COUNT_CONTEXTS = [
    ("design_before", "In the phase III {trial} trial, patients were assigned to {a} or {b}. "),
    ("named_before", "The phase III {trial} trial was presented at ASCO. "),
]


def count_cases() -> list[dict]:
    cases = []
    for (ckey, before), arms, (fkey, frame) in product(COUNT_CONTEXTS, ARMS, COUNT_FRAMES):
        akey, design_a, design_b, a, b, read_a, read_b = arms
        if akey == "letter_arms" and ckey != "design_before":
            continue
        arm_a, arm_b = _arm(TRIAL, read_a), _arm(TRIAL, read_b)
        cases.append({
            "text": before.format(trial=TRIAL, a=design_a, b=design_b) + frame.format(a=a, b=b),
            "grid": f"{ckey} / {akey} / counts_{fkey} / n", "arms": [arm_a, arm_b],
            "outcomes": [f"{arm_a} | n | 203", f"{arm_b} | n | 199"],
            "absent": [f"{arm_a} | n | 199", f"{arm_b} | n | 203", f"{arm_a} | n | 402", f"{arm_b} | n | 402"]})
    return cases


def hazard_and_count_cases() -> list[dict]:
    cases = []
    for ckey, before, prefix, trial in CONTEXTS:
        design = before.format(trial=TRIAL, a="panitumumab plus FOLFOX", b="FOLFOX alone")
        p = prefix.format(trial=TRIAL)
        a, b = _arm(trial, "panitumumab + FOLFOX"), _arm(trial, "FOLFOX")
        cases.append({
            "text": design + _sentence(p, "median PFS was 11.2 vs 8.9 months with panitumumab plus FOLFOX and "
                                          "FOLFOX alone, respectively (HR 0.71; 95% CI 0.58-0.86)."),
            "grid": f"{ckey} / antibody_backbone / hazard_ratio / HR_PFS",
            "outcomes": [f"{a} | mPFS | 11.2", f"{b} | mPFS | 8.9", f"{a} | HR_PFS | 0.71"],
            "absent": [f"{b} | HR_PFS | 0.71", f"{a} | mPFS | 0.58"]})
        cases.append({
            "text": design + _sentence(p, "median OS was 27.4 months with panitumumab plus FOLFOX and 21.6 months with "
                                          "FOLFOX alone (HR 0.78; 95% CI 0.65-0.94; P = .004)."),
            "grid": f"{ckey} / antibody_backbone / hazard_ratio_after_and / HR_OS",
            "outcomes": [f"{a} | mOS | 27.4", f"{b} | mOS | 21.6", f"{a} | HR_OS | 0.78"],
            "absent": [f"{b} | HR_OS | 0.78", f"{a} | mOS | 0.65"]})
        cases.append({
            "text": design + _sentence(p, "a total of 203 patients received panitumumab plus FOLFOX and 199 received "
                                          "FOLFOX alone."),
            "grid": f"{ckey} / antibody_backbone / counts_received / n",
            "arms": [a, b], "outcomes": [f"{a} | n | 203", f"{b} | n | 199"], "absent": [f"{a} | n | 199"]})
        if ckey != "in_sentence":
            cases.append({
                "text": design + _sentence(p, "overall survival favoured panitumumab plus FOLFOX over FOLFOX alone "
                                              "(HR 0.78; 95% CI 0.65-0.94)."),
                "grid": f"{ckey} / antibody_backbone / hazard_ratio_only / HR_OS",
                "outcomes": [f"{a} | HR_OS | 0.78"], "absent": [f"{b} | HR_OS | 0.78"]})
        count_lead = {"in_sentence": f"In the phase III {TRIAL} trial, a total",
                      "named_before": f"The phase III {TRIAL} trial was presented at ASCO. A total",
                      "design_before": f"The randomized phase III {TRIAL} trial enrolled patients with mCRC. A total",
                      "unnamed_design": "In this randomized phase II study, a total",
                      "named_then_design": f"The phase III {TRIAL} trial was presented at ASCO. In all, a total",
                      "registry_design": "This randomized phase III trial (NCT01234567) enrolled patients with mCRC. "
                                         "A total",
                      "one_arm_known": design + "A total"}[ckey]
        cases.append({
            "text": count_lead + " of 402 patients were randomized to panitumumab plus FOLFOX (n = 203) or FOLFOX "
                                 "alone (n = 199).",
            "grid": f"{ckey} / antibody_backbone / counts / n",
            "arms": [a, b], "outcomes": [f"{a} | n | 203", f"{b} | n | 199"], "absent": [f"{a} | n | 199"]})
    return cases


def single_arm_cases() -> list[dict]:
    leads = [("unnamed", "In this phase II study, 46 patients received encorafenib plus cetuximab. ", "*"),
             ("named_before", f"The phase II {TRIAL} trial was presented at ASCO. In all, 46 patients received "
                              "encorafenib plus cetuximab. ", TRIAL),
             ("in_sentence", f"In the phase II {TRIAL} trial, 46 patients received encorafenib plus cetuximab. ", TRIAL)]
    bodies = [
        ("and", "The objective response rate was 21% and median PFS was 4.2 months.",
         ["{arm} | ORR | 21", "{arm} | mPFS | 4.2"]),
        ("colon_list", "Efficacy was as follows: ORR, 21%; DCR, 78%; median PFS, 4.2 months.",
         ["{arm} | ORR | 21", "{arm} | DCR | 78", "{arm} | mPFS | 4.2"]),
        ("achieved", "Patients achieved an ORR of 21% and a median OS of 9.3 months.",
         ["{arm} | ORR | 21", "{arm} | mOS | 9.3"]),
        ("brackets", "Responses were seen in 10 patients (ORR 21%), with a median PFS of 4.2 months (95% CI 3.1-5.5).",
         ["{arm} | ORR | 21", "{arm} | mPFS | 4.2"]),
        ("share_responded", "Ten of 46 patients (21%) had an objective response, and disease control was achieved in 78%.",
         ["{arm} | ORR | 21", "{arm} | DCR | 78"]),
    ]
    cases = []
    for lkey, lead, study in leads:
        arm = _arm(study, "cetuximab + encorafenib")
        for key, body, outcomes in bodies:
            cases.append({"text": lead + body, "grid": f"single_arm_{lkey} / combination / {key} / -", "arms": [arm],
                          "outcomes": [f"{arm} | n | 46"] + [x.replace("{arm}", arm) for x in outcomes],
                          "absent": [f"{arm} | mPFS | 3.1"]})
    return cases


def negative_cases() -> list[dict]:
    a, b = _arm(TRIAL, "panitumumab + FOLFOX"), _arm(TRIAL, "FOLFOX")
    design = f"In the randomized phase III {TRIAL} trial, patients were assigned to panitumumab plus FOLFOX or FOLFOX alone. "
    return [
        {"text": f"In the phase II {TRIAL} trial, 38 patients received trifluridine/tipiracil. Patients had received "
                 "oxaliplatin and irinotecan before enrolment. The objective response rate was 8%.",
         "grid": "negative / prior_therapies / listed / -",
         "no_arms": [_arm(TRIAL, "oxaliplatin"), _arm(TRIAL, "irinotecan"), _arm(TRIAL, "irinotecan + oxaliplatin")],
         "absent": [f"{_arm(TRIAL, 'oxaliplatin')} | ORR | 8", f"{_arm(TRIAL, 'irinotecan')} | ORR | 8"]},
        {"text": f"The phase III {TRIAL} trial was presented at ASCO. Median PFS was 5.1 months in patients who had "
                 "received oxaliplatin before and 3.2 months in those who had received irinotecan before.",
         "grid": "negative / prior_therapies / tied_values / mPFS",
         "no_arms": [_arm(TRIAL, "oxaliplatin"), _arm(TRIAL, "irinotecan")],
         "absent": [f"{_arm(TRIAL, 'oxaliplatin')} | mPFS | 5.1", f"{_arm(TRIAL, 'irinotecan')} | mPFS | 3.2"]},
        {"text": f"The phase III {TRIAL} trial was presented at ASCO. In a previous study by Smith et al., median PFS "
                 "was 10.1 months with panitumumab plus FOLFOX and 7.9 months with FOLFOX alone.",
         "grid": "negative / cited_study / named_before / mPFS",
         "no_arms": [a, b], "absent": [f"{a} | mPFS | 10.1", f"{b} | mPFS | 7.9"]},
        {"text": f"The phase III {TRIAL} trial was presented at ASCO. Median PFS was 12.7, 11.0 and 9.3 months with "
                 "panitumumab plus FOLFOX and FOLFOX alone.",
         "grid": "negative / three_values_two_arms / named_before / mPFS",
         "absent": [f"{a} | mPFS | 12.7", f"{b} | mPFS | 11.0", f"{a} | mPFS | 11.0", f"{b} | mPFS | 9.3"]},
        {"text": design + "In the earlier CITED-3 trial, median PFS was 10.1 months with panitumumab plus FOLFOX and "
                          "7.9 months with FOLFOX alone.",
         "grid": "negative / cited_trial / and / mPFS",
         "absent": [f"{a} | mPFS | 10.1", f"{b} | mPFS | 7.9"]},
        {"text": design + "Median PFS was 12.7, 11.0 and 9.3 months with panitumumab plus FOLFOX and FOLFOX alone.",
         "grid": "negative / three_values_two_arms / and / mPFS",
         "absent": [f"{a} | mPFS | 12.7", f"{b} | mPFS | 11.0", f"{a} | mPFS | 11.0", f"{b} | mPFS | 9.3"]},
        {"text": design + "The objective response rate was 44% with panitumumab plus FOLFOX, FOLFOX alone and "
                          "bevacizumab plus FOLFOX.",
         "grid": "negative / one_value_three_arms / and / ORR",
         "absent": [f"{b} | ORR | 44"]},
    ]


def all_cases() -> list[dict]:
    return outcome_cases() + design_cases() + count_cases() + hazard_and_count_cases() + single_arm_cases() + negative_cases()


# the cause in the reader of each combination the grid finds unread, keyed by a pattern of the case's grid label
KNOWN_GAPS: dict[str, str] = {
    r"^(?:in_sentence|named_before) / .* / subjects_respectively /":
        'the therapies listed as subject ("A and B gave ... of X and Y, respectively") may be one combination: arms '
        'only where a design gave them (trials_arms._respective_arms reads a list only right before "respectively")',
    r"^one_arm_known / (?:.* / (?:and|colon_list|comma_list|for_a_vs_b|value_bracket_arm|values_then_arms|whereas|"
    r"hazard_ratio_after_and|hazard_ratio_only|subjects_respectively)|(?:single_drugs|shared_partner|placebo) / "
    r"achieved_versus) /":
        'a trial known by one arm gets a second from a results sentence only where the sentence calls both sides arms '
        'or groups, lists them with "respectively", or sets the arm against its own backbone with "vs" (trials_placing.'
        '_against_named_arm, _against_backbone): a single-arm study may set its values beside another regimen\'s',
    r"^named_before / .* / counts_bracket_list /":
        'a count sentence with no design cue ("402 patients were enrolled (A, n = 203; B, n = 199)") gives no arms to a '
        'trial that has none (trials_design._design needs "randomized/assigned to" or a comparison; the counts are '
        'placed only on arms a design gave)',
    r"^named_before / .* / hazard_ratio_only /":
        'a verdict with a ratio only ("favoured A over B (HR ...)") gives arms only in a sentence that names the trial '
        '(trials_design._design: a comparison needs a metric value pair or the trial named)',
}


def grid_cases() -> list[dict]:
    """Every case of the grid, those that match KNOWN_GAPS with their known_gap."""
    cases = all_cases()
    for case in cases:
        reason = next((why for key, why in KNOWN_GAPS.items() if re.search(key, case["grid"])), None)
        if reason:
            case["known_gap"] = reason
    return cases


def _matches(expected: str, read: set) -> bool:
    head = expected.split(" | ")[0] if " | " in expected else expected
    if not head.startswith("*: "):
        return expected in read
    tail = expected[1:]
    return any(r.endswith(tail) or (" | " in r and r.split(": ", 1)[-1] == tail[2:]) for r in read)


def failures(case: dict) -> list[str]:
    """What the reader gets wrong on ``case``: missing arm, missing value, arm read though absent, a value on the
    wrong arm (the `absent` list)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from rule_cases import read_trials

    arms, outcomes = read_trials(case["text"])
    read = {f"{arm} | {metric} | {value:g}" for arm, metric, value in outcomes}
    wrong = []
    wrong += [f"missing arm {x}" for x in case.get("arms") or () if not _matches(x, arms)]
    wrong += [f"arm read {x}" for x in case.get("no_arms") or () if _matches(x, arms)]
    wrong += [f"missing value {x}" for x in case.get("outcomes") or () if not _matches(_norm(x), read)]
    wrong += [f"wrong value {x}" for x in case.get("absent") or () if _matches(_norm(x), read)]
    return wrong


def _norm(line: str) -> str:
    head, metric, value = line.rsplit(" | ", 2)
    return f"{head} | {metric} | {float(value):g}"


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    cases = grid_cases()
    failed = 0
    for case in cases:
        wrong = failures(case)
        if wrong:
            failed += 1
            print(case["grid"], "|", "known gap" if case.get("known_gap") else "ASSERTED", "|", "; ".join(wrong), "|",
                  case["text"])
    print(f"{len(cases)} cases, {failed} failing, {sum(1 for c in cases if c.get('known_gap'))} known gaps", file=sys.stderr)


if __name__ == "__main__":
    main()
