"""The whole sample of a trial counted while it had one arm read so far, given back to the trial once the document has
named a second arm (for the trial reader, builders/trials_text.py).

A count of all of a trial's patients told with no therapy ("Between 2013 and 2015, 406 patients were enrolled") goes on
the trial's one arm when only one has been read (a single-arm study's sample is its arm's), builders/trials_counts.py.
A report may name its control only later ("... were randomized 2:1 to A or placebo"): the count was then all the
patients of both arms, no one arm's, and is the trial's. (A count whose clause tells its therapy, "A plus B was evaluated
in 94 patients", is that arm's whatever other arm comes later: it is not remembered.)
"""
from __future__ import annotations

from dataclasses import replace

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


def rehome_sole_arm_totals(out, records: list) -> None:
    """Put each remembered whole-sample count on its trial instead of its arm where the document has named two or more
    arms of that trial by its end (the trial's own count of the same value is not doubled)."""
    if not records:
        return
    arms = trial_arms(out)
    moved = {(arm, value, id(ev)): trial for trial, arm, value, ev in records if len(arms.get(trial, ())) >= 2}
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
