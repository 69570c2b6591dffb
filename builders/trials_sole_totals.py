"""The whole sample of a trial counted while it had one arm read so far, given back to the trial once the document has
named a second arm (for the trial reader, builders/trials_text.py).

A count of all of a trial's patients told with no therapy ("Between 2013 and 2015, 406 patients were enrolled") goes on
the trial's one arm when only one has been read (a single-arm study's sample is its arm's), builders/trials_counts.py.
A report may name its control only later ("... were randomized 2:1 to A or placebo"): the count was then all the
patients of both arms, no one arm's, and is the trial's. (A count whose clause tells its therapy, "A plus B was evaluated
in 94 patients", is that arm's whatever other arm comes later: it is not remembered.)

So too where the document says the trial randomised its patients, though only one arm is read (two doses of one drug,
"randomly assigned to standard-dose (group A) or dose-escalated (group B) A", read as one arm A): a randomised trial
has two arms or more, so its whole sample ("The intent-to-treat population comprised 157 patients") is no one arm's
(``randomised_trials``).
"""
from __future__ import annotations

import re

from dataclasses import replace

from builders.design_words import RANDOMISED_VERB
from builders.lazy_patterns import lazy_compile
from kg.model import Entity

# what ends the clause a count is told in: a stop that is no decimal point, a semicolon, a colon
_CLAUSE_END = lazy_compile(r"[;:]|\.(?!\d)")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the clause of ``text`` that holds ``text[start:end]`` (from the last stop, semicolon or colon before it
    to the first after it).

    >>> t = "Results were mature. In 2019, 312 patients were enrolled: 200 in Asia."
    >>> lo, hi = clause_bounds(t, t.index("312"), t.index("312") + 3); t[lo:hi]
    ' In 2019, 312 patients were enrolled'
    """
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    after = _CLAUSE_END.search(text, end)
    return lo, after.start() if after else len(text)


def sole_arm_total(records: list, trial: Entity, arm: Entity, value: float, evidence) -> None:
    """Remember that the whole-sample count ``value`` (read from ``evidence``) was put on ``arm``, the one arm of
    ``trial`` read so far."""
    records.append((trial.id, arm.id, value, evidence))


def trial_arms(out) -> dict[str, set[str]]:
    """The arm ids the emitter holds, by the trial each is an arm of."""
    arms: dict[str, set[str]] = {}
    for e in out.entities.values():
        if e.category == "TrialArm":
            trial = dict(e.attributes).get("trial")
            if trial:
                arms.setdefault(trial, set()).add(e.id)
    return arms


# a trial said to be randomised: in a sentence that names it ("the randomized EVEREST study", "X, a randomised phase II
# trial") or, the document's one trial, its patients said randomised ("patients were randomly assigned to ...")
_RANDOMISED_WORD = lazy_compile(r"\brandomi[sz]ed\b|\brandomly\b", re.I)
_PATIENTS_RANDOMISED = lazy_compile(rf"\b(?:were|was|been)\s+(?:then\s+|subsequently\s+)?{RANDOMISED_VERB}\b", re.I)
# a randomisation the sentence denies or plans for another study ("non-randomized", "should be randomized")
_NOT_RANDOMISED = lazy_compile(r"\bnon[\s\-]?randomi[sz]ed|\bnot\s+(?:been\s+)?randomi[sz]ed|\b(?:should|would|will|could)"
                               r"\s+be\s+randomi[sz]ed|\bsingle[\s\-]arm\b", re.I)


def randomised_trials(doc, states) -> set[str]:
    """The ids of the trials ``doc`` says were randomised: a sentence naming the trial says so ("Results of PICCOLO, a
    randomized controlled trial"), or, where the document reads one trial only, a sentence says its patients were
    randomised ("patients with grade 1 skin reactions were randomly assigned to ..."); never a sentence that denies it
    or speaks of a single arm ("a non-randomized, single-arm study")."""
    states = list(states)
    found = set()
    for st in states:
        for i in st.named:
            text = doc.sentences[i].norm
            if _RANDOMISED_WORD.search(text) and not _NOT_RANDOMISED.search(text):
                found.add(st.trial.id)
                break
    if len(states) == 1 and not found:
        for s in doc.sentences:
            if _PATIENTS_RANDOMISED.search(s.norm) and not _NOT_RANDOMISED.search(s.norm):
                found.add(states[0].trial.id)
                break
    return found


def rehome_sole_arm_totals(out, records: list, randomised: set[str] = frozenset()) -> None:
    """Put each remembered whole-sample count on its trial instead of its arm where the document has named two or more
    arms of that trial by its end, or says the trial was randomised (``randomised``: trial ids) (the trial's own count
    of the same value is not doubled)."""
    if not records:
        return
    arms = trial_arms(out)
    moved = {(arm, value, id(ev)): trial for trial, arm, value, ev in records
             if len(arms.get(trial, ())) >= 2 or trial in randomised}
    if not moved:
        return
    kept = []
    have = {(o.arm, o.value, o.subgroup) for o in out.outcomes if o.metric == "n"}
    for o in out.outcomes:
        trial = moved.get((o.arm, o.value, id(o.evidence))) if o.metric == "n" and o.subgroup is None else None
        if trial is None:
            kept.append(o)
        elif (trial, o.value, None) not in have:
            kept.append(replace(o, arm=trial))
            have.add((trial, o.value, None))
    out.outcomes[:] = kept
