"""A grid of made-up trial DESIGN texts (where the trial is named x which arms x the frame that states them),
read with the prose trial reader; prints each text whose arms are read wrongly, and a tally per frame and cause.

    $PY tools/design_grid.py [--all] [--frame NAME]

Each text must yield exactly its arms (each a set of components, compared without case) under its trial, and
no other arm. A failure is told by cause: `missing` (an arm not read), `merged` (alternatives read as one arm),
`split` (a combination read as a part of itself), `extra` (an arm the text does not give), `trial` (right arm
under another trial)."""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[1] / "tests")]

TRIAL = "KESTREL-4"

# where the trial is named: (name, text before the design clause, clause starts a sentence?, words that end the
# clause's sentence, trial name read)
CONTEXTS = [
    ("named", f"In the randomized phase III {TRIAL} trial, ", False, ".", TRIAL),
    ("earlier", f"{TRIAL} was a randomized phase III trial in metastatic colorectal cancer. ", True, ".", TRIAL),
    ("unnamed", "In this randomized phase II study, ", False, ".", None),
    ("named after", "", True, f" in the phase III {TRIAL} trial.", TRIAL),
    ("strata first", f"The {TRIAL} trial randomised patients into clinical group 1 (resectable), 2 (unresectable) or 3 "
                     "(asymptomatic). ", True, ".", TRIAL),
]

# two arms given as two regimens: (label, arm A as written, arm B as written, components A, components B)
PAIRS = [
    ("single drugs", "regorafenib", "cetuximab", ["regorafenib"], ["cetuximab"]),
    ("combo vs mono", "cetuximab plus irinotecan", "irinotecan", ["cetuximab", "irinotecan"], ["irinotecan"]),
    ("backbone+antibody", "panitumumab plus FOLFOX", "bevacizumab plus FOLFOX",
     ["panitumumab", "FOLFOX"], ["bevacizumab", "FOLFOX"]),
    ("backbone vs backbone+ab", "bevacizumab plus CAPOX", "CAPOX", ["bevacizumab", "CAPOX"], ["CAPOX"]),
    ("drug vs placebo", "fruquintinib", "placebo", ["fruquintinib"], ["placebo"]),
    ("doses in brackets", "cetuximab (400 mg/m2 initial dose, then 250 mg/m2 weekly) plus FOLFIRI",
     "FOLFIRI (every 2 weeks)", ["cetuximab", "FOLFIRI"], ["FOLFIRI"]),
    ("counts in brackets", "panitumumab plus FOLFOX4 (n = 325)", "FOLFOX4 alone (n = 331)",
     ["panitumumab", "FOLFOX4"], ["FOLFOX4"]),
    ("spelled backbone", "capecitabine and oxaliplatin (CAPOX) plus bevacizumab", "CAPOX alone",
     ["CAPOX", "bevacizumab"], ["CAPOX"]),
]
# an added drug: (label, backbone as written, backbone's components, added drug); arms backbone + added and backbone
ADDONS = [
    ("FOLFOX+panitumumab", "FOLFOX", ["FOLFOX"], "panitumumab"),
    ("FOLFIRI+cetuximab", "FOLFIRI", ["FOLFIRI"], "cetuximab"),
    ("CAPOX+bevacizumab", "CAPOX", ["CAPOX"], "bevacizumab"),
    ("irinotecan+cetuximab", "irinotecan", ["irinotecan"], "cetuximab"),
    ("slash backbone FOLFOX/bevacizumab+irinotecan", "FOLFOX/bevacizumab", ["FOLFOX", "bevacizumab"], "irinotecan"),
    ("spelled backbone (FOLFIRI)+cetuximab", "irinotecan, fluorouracil and leucovorin (FOLFIRI)", ["FOLFIRI"],
     "cetuximab"),
]
# a backbone with one of two drugs: (label, backbone as written, backbone's components, drug 1, drug 2)
TRIPLES = [
    ("FOLFIRI+cetuximab/bevacizumab", "FOLFIRI", ["FOLFIRI"], "cetuximab", "bevacizumab"),
    ("FOLFOX+panitumumab/bevacizumab", "FOLFOX", ["FOLFOX"], "panitumumab", "bevacizumab"),
    ("spelled backbone (mFOLFOX6)+panitumumab/cetuximab",
     "oxaliplatin, fluorouracil, and leucovorin (mFOLFOX6)", ["mFOLFOX6"], "panitumumab", "cetuximab"),
]

# two-arm frames ({A}, {B} as written)
PAIR_FRAMES = [
    ("assigned (1:1) to A or B", "patients were randomly assigned (1:1) to {A} or {B}."),
    ("randomized to receive A or B", "patients were randomized to receive {A} or {B}."),
    ("either A or B", "patients were randomized to either {A} or {B}."),
    ("A versus B", "patients were randomized to {A} versus {B}."),
    ("compared A with B", "{A} was compared with {B}."),
    ("A vs. B", "patients were randomly assigned to {A} vs. {B}."),
    ("A (arm A) or B (arm B)", "patients were randomly assigned to {A} (arm A) or {B} (arm B)."),
    ("A (arm 1) or B (arm 2)", "patients received {A} (arm 1) or {B} (arm 2)."),
    ("arm A: A; arm B: B", "patients were randomized to two arms (arm A: {A}; arm B: {B})."),
    ("experimental arm ... control arm", "the experimental arm received {A} and the control arm received {B}."),
    ("experimental arm. control arm (two sentences)",
     "patients in the experimental arm received {A}. The control arm received {B}."),
    ("arm A: A. arm B: B. (two sentences)", "patients were randomized to two arms. Arm A: {A}. Arm B: {B}."),
    ("A (experimental group) or B (control group)",
     "patients were randomized to receive {A} (experimental group) or {B} (control group)."),
    ("one of two arms: A or B", "patients were assigned to one of two arms: {A} or {B}."),
    ("1:1 ratio to receive either A or B", "patients were randomized in a 1:1 ratio to receive either {A} or {B}."),
    ("A in the experimental arm, B in the control arm",
     "patients received {A} in the experimental arm and {B} in the control arm."),
    ("A vs. B was evaluated", "the efficacy of {A} vs. {B} was evaluated."),
]
# frames with an added drug ({X} backbone, {Y} added): arms X + Y and X
ADDON_FRAMES = [
    ("Y plus X or X alone", "patients were randomized to receive {Y} plus {X} or {X} alone."),
    ("X with or without Y", "patients were randomized to {X} with or without {Y}."),
    ("X +/- Y", "patients were randomized to {X} +/- {Y}."),
    ("X +/− Y (minus sign)", "patients were randomized to {X} +/− {Y}."),
    ("X ± Y", "patients were randomized to {X} ± {Y}."),
    ("Y-X hyphen-joined or X", "patients were randomized to {Y}-{X} or {X} alone."),
    ("received X +/- Y", "patients received {X} +/− {Y}."),
    ("received X with or without Y", "patients received {X} with or without {Y}."),
    ("they received X +/- Y", "they received {X} +/- {Y}."),
    ("X alone or in combination with Y", "patients were randomized to {X} alone or in combination with {Y}."),
    ("X or X plus Y", "patients were randomized to {X} or {X} plus {Y}."),
    ("X versus X plus Y", "patients were randomized to {X} versus {X} plus {Y}."),
    ("X with Y (arm A) or without Y (arm B)", "patients received {X} with {Y} (arm A) or without {Y} (arm B)."),
    ("addition of Y to X", "patients were randomized to evaluate the addition of {Y} to {X}."),
    ("X +/- Y (n=)", "patients were randomized to {X} +/- {Y} (n = 240)."),
    ("Y + X vs X symbols", "patients were randomized to {Y} + {X} vs {X}."),
]
# frames with a backbone and one of two drugs ({X}, {Y}, {Z}): arms X + Y and X + Z
TRIPLE_FRAMES = [
    ("X in combination with either Y or Z", "patients were randomized to {X} in combination with either {Y} or {Z}."),
    ("X with either Y or Z", "patients were randomized to {X} with either {Y} or {Z}."),
    ("X plus Y or placebo", "patients were randomized to {X} plus {Y} or placebo."),  # arms X + Y, X + placebo
    ("X plus Y, X plus Z, or X alone", "patients were randomized to {X} plus {Y}, {X} plus {Z}, or {X} alone."),
    ("Y or Z, both with X", "patients were randomized to {Y} or {Z}, both in combination with {X}."),
    ("Y or Z, each combined with X", "patients were randomized to receive {Y} or {Z}, each combined with {X}."),
    ("X plus Y or Z (1:1:1 three)", "patients were randomized (1:1:1) to {X} plus {Y}, {X} plus {Z}, or {X} alone."),
    ("X with Y or placebo", "patients were randomized to {X} with {Y} or placebo."),
    ("X plus either Y or Z", "patients were randomized to {X} plus either {Y} or {Z}."),
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def cases() -> list[dict]:
    """Every text of the grid: {frame, arms label, context, text, trial, arms (list of component sets), no_arms}."""
    out = []

    def add(frame, label, clause, arms, no_arms=()):
        for cname, lead, starts, tail, trial in CONTEXTS:
            if cname == "named after" and clause.count(". ") > 0:
                continue  # (a design of two sentences has no one sentence to end with the trial's name)
            body = (_cap(clause) if starts else clause)[:-1] + tail
            out.append({"frame": frame, "label": label, "context": cname, "text": lead + body, "trial": trial,
                        "arms": [frozenset(a) for a in arms], "no_arms": [frozenset(a) for a in no_arms]})

    for frame, tpl in PAIR_FRAMES:
        for label, a, b, ca, cb in PAIRS:
            add(frame, label, tpl.format(A=a, B=b), [ca, cb], [ca + cb])
    for frame, tpl in ADDON_FRAMES:
        for label, x, xc, y in ADDONS:
            add(frame, label, tpl.format(X=x, Y=y), [xc + [y], xc], [[y]])
    for frame, tpl in TRIPLE_FRAMES:
        for label, x, xc, y, z in TRIPLES:
            arms = [xc + [y], xc + ["placebo"]] if "placebo" in tpl else [xc + [y], xc + [z]]
            if "alone" in tpl:
                arms.append(xc)
            add(frame, label, tpl.format(X=x, Y=y, Z=z), arms, [[y], [z], xc + [y, z]])
    # abbreviated drug names joined to a backbone
    for frame, clause, arms in [
        # (a clipped name is read only in a text that names the drug in full)
        ("Pmab-FOLFOX4 or FOLFOX4", "patients were randomized to Pmab-FOLFOX4 or FOLFOX4 alone. "
                                    "The dose of panitumumab was 6 mg/kg.",
         [["panitumumab", "FOLFOX4"], ["FOLFOX4"]]),
        ("Bev-FOLFIRI vs Cmab-FOLFIRI", "patients were randomized to Bev-FOLFIRI or Cmab-FOLFIRI. "
                                        "The doses of bevacizumab and cetuximab were standard.",
         [["bevacizumab", "FOLFIRI"], ["cetuximab", "FOLFIRI"]]),
        ("FOLFOX4 + panitumumab (spelled) vs FOLFOX4", "patients were randomized to FOLFOX4 plus panitumumab or FOLFOX4.",
         [["panitumumab", "FOLFOX4"], ["FOLFOX4"]]),
    ]:
        add(frame, "abbreviation", clause, arms)
    # three arms, the third of other drugs
    add("A plus B, A plus C, or D", "three arms",
        "patients were randomized to cetuximab plus FOLFIRI, bevacizumab plus FOLFIRI, or FOLFOXIRI.",
        [["cetuximab", "FOLFIRI"], ["bevacizumab", "FOLFIRI"], ["FOLFOXIRI"]],
        [["cetuximab", "bevacizumab", "FOLFIRI"]])
    # class words: an arm only where the text gives no drug for it
    add("class word arms", "chemotherapy",
        "patients were randomized to chemotherapy plus cetuximab or chemotherapy alone.",
        [["chemotherapy", "cetuximab"], ["chemotherapy"]])
    # dose levels of one drug: an arm per dose level (the reader names it by drug and dose)
    for frame, clause in [
            ("A 160 mg daily or A 120 mg daily", "patients were randomly assigned to regorafenib 160 mg daily or "
                                                 "regorafenib 120 mg daily."),
            ("A 160 mg versus A 120 mg", "patients were randomized to regorafenib 160 mg versus regorafenib 120 mg."),
            ("A at 160 mg or 120 mg", "patients were randomized to regorafenib at 160 mg or 120 mg once daily.")]:
        add(frame, "dose levels", clause, [["regorafenib 160 mg"], ["regorafenib 120 mg"]], [["regorafenib"]])
    # single-arm studies
    single = [("single-arm N received A", "In the single-arm phase II {T} study, 42 patients received {A}."),
              ("N were treated with A", "{T} was a phase II study. Forty-two patients were treated with {A}."),
              ("A was administered to N", "In the phase II {T} trial, {A} was administered to 42 patients."),
              ("all patients received A", "In the {T} study, all patients received {A} until progression.")]
    for frame, tpl in single:
        for label, arm, comps in [("one drug", "sotorasib", ["sotorasib"]),
                                  ("combination", "encorafenib plus cetuximab", ["encorafenib", "cetuximab"]),
                                  ("backbone+antibody", "panitumumab plus FOLFOXIRI", ["panitumumab", "FOLFOXIRI"])]:
            out.append({"frame": frame, "label": label, "context": "single-arm", "text": tpl.format(T=TRIAL, A=arm),
                        "trial": TRIAL, "arms": [frozenset(comps)], "no_arms": []})
    # negatives: earlier therapy is no arm; a class word is an arm only when no drug is given
    out += [
        {"frame": "NEG progression on A and B", "label": "prior", "context": "named",
         "text": f"In the {TRIAL} trial, patients who had progressed on oxaliplatin and irinotecan were randomly "
                 "assigned to regorafenib or placebo.", "trial": TRIAL,
         "arms": [frozenset(["regorafenib"]), frozenset(["placebo"])],
         "no_arms": [frozenset(["oxaliplatin", "irinotecan"]), frozenset(["oxaliplatin"]), frozenset(["irinotecan"])]},
        {"frame": "NEG A or B as second-line had been used", "label": "prior", "context": "earlier",
         "text": f"{TRIAL} was a randomized phase III trial of trifluridine/tipiracil versus placebo. "
                 "Bevacizumab or cetuximab as second-line therapy had been used in most patients.", "trial": TRIAL,
         "arms": [frozenset(["TAS-102"]), frozenset(["placebo"])],
         "no_arms": [frozenset(["bevacizumab"]), frozenset(["cetuximab"])]},
        {"frame": "NEG previously treated with A or B", "label": "prior", "context": "named",
         "text": f"In the {TRIAL} trial, patients previously treated with bevacizumab or aflibercept were randomized "
                 "to fruquintinib or placebo.", "trial": TRIAL,
         "arms": [frozenset(["fruquintinib"]), frozenset(["placebo"])],
         "no_arms": [frozenset(["bevacizumab"]), frozenset(["aflibercept"])]},
        {"frame": "NEG A-refractory", "label": "prior", "context": "named",
         "text": f"The {TRIAL} trial randomized patients with oxaliplatin-refractory disease to panitumumab plus "
                 "irinotecan or irinotecan alone.", "trial": TRIAL,
         "arms": [frozenset(["panitumumab", "irinotecan"]), frozenset(["irinotecan"])],
         "no_arms": [frozenset(["oxaliplatin"])]},
        {"frame": "NEG later therapy allowed", "label": "later", "context": "named",
         "text": f"In the {TRIAL} trial, patients were randomized to FOLFOXIRI plus bevacizumab or FOLFOX plus "
                 "bevacizumab. After progression, regorafenib was allowed.", "trial": TRIAL,
         "arms": [frozenset(["FOLFOXIRI", "bevacizumab"]), frozenset(["FOLFOX", "bevacizumab"])],
         "no_arms": [frozenset(["regorafenib"])]},
        {"frame": "NEG class word with drugs", "label": "class", "context": "named",
         "text": f"In the {TRIAL} trial, patients were randomized to cetuximab plus FOLFIRI or FOLFIRI alone; "
                 "chemotherapy was given every two weeks.", "trial": TRIAL,
         "arms": [frozenset(["cetuximab", "FOLFIRI"]), frozenset(["FOLFIRI"])],
         "no_arms": [frozenset(["chemotherapy"]), frozenset(["cetuximab", "chemotherapy"])]},
    ]
    return out


def _parts(arm: str) -> tuple[str, frozenset]:
    trial, _, regimen = arm.partition(": ")
    parts = [p.strip().lower() for p in regimen.split(" + ")]
    # (a part named twice, "bevacizumab + CAPOX + bevacizumab", is a wrong name: kept apart by a marker)
    return trial, frozenset(parts) | ({"(duplicated part)"} if len(set(parts)) < len(parts) else set())


def failures(case: dict, arms: set[str]) -> list[str]:
    """What is wrong with the arms read for ``case``, each as 'cause: detail'."""
    want = {frozenset(c.lower() for c in a) for a in case["arms"]}
    forbidden = {frozenset(c.lower() for c in a) for a in case["no_arms"]}
    read = [_parts(a) for a in arms]
    got = {comps for trial, comps in read if case["trial"] is None or trial == case["trial"]}
    out = []
    for w in sorted(want - got, key=sorted):
        cause = "trial" if any(c == w for _, c in read) else "missing"
        out.append(f"{cause}: {' + '.join(sorted(w))}")
    for g in sorted(got - want, key=sorted):
        if any(w < g for w in want):
            cause = "merged"
        elif any(g < w for w in want):
            cause = "split"
        else:
            cause = "extra"
        out.append(f"{cause}: {' + '.join(sorted(g))}" + (" (forbidden)" if g in forbidden else ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--all", action="store_true", help="print every text, not only the failures")
    ap.add_argument("--frame", help="only frames whose name contains this")
    a = ap.parse_args()
    from rule_cases import read_trials

    per_frame: Counter = Counter()
    per_cause: Counter = Counter()
    total = 0
    for case in cases():
        if a.frame and a.frame not in case["frame"]:
            continue
        total += 1
        arms, _ = read_trials(case["text"])
        wrong = failures(case, arms)
        per_frame[case["frame"], bool(wrong)] += 1
        for w in wrong:
            per_cause[w.split(":")[0]] += 1
        if wrong or a.all:
            print(f"[{case['frame']} | {case['label']} | {case['context']}] {case['text']}")
            print("    read:", sorted(arms))
            for w in wrong:
                print("    ", w)
    print("\nframe: failing/total")
    for frame in dict.fromkeys(f for f, _ in per_frame):
        bad, ok = per_frame[frame, True], per_frame[frame, False]
        print(f"  {frame:45s} {bad}/{bad + ok}")
    print(f"texts {total}, failing {sum(v for (f, w), v in per_frame.items() if w)}; by cause: {dict(per_cause)}")


if __name__ == "__main__":
    main()
