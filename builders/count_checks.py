"""Plausibility checks on the patient counts (metric "n") one document's reading gave a trial and its arms.

Knowledge: a trial's patients are its arms' patients. An arm cannot hold more patients than its trial; a trial
of two or more arms cannot hold fewer than its arms together; and an arm of a trial with two or more arms cannot
hold all of them. A count that breaks one of these sits on the wrong node (the whole sample read as one arm's,
one arm's read as the trial's) and is left out. Only counts of the whole population (no subgroup) are compared.
And a count its own sentence splits into parts (480 with 239 and 241 beside it) is a whole: read on an arm, it is
the trial's. One arm given two different counts by one sentence ("high-dose A (n = 69) or standard-dose A (n = 70)")
stands for two groups the reading did not tell apart: neither count is kept.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from builders.lazy_patterns import lazy_compile
from kg.model import Assertion, Entity

_GROUP_SIZE = lazy_compile(r"\bn\s*=\s*(\d{1,5})\b", re.I)


def split_into_parts(value: float, sentence: str) -> bool:
    """Whether two group sizes the sentence gives ("n = 239", "n = 241") add up to the count, itself no group's
    size ("The intent-to-treat population comprised 480 patients (A, n = 239; B, n = 241)")."""
    sizes = [int(x) for x in _GROUP_SIZE.findall(sentence)]
    if value != int(value) or int(value) in sizes:
        return False
    seen: set[int] = set()
    for x in sizes:
        if value - x in seen:
            return True
        seen.add(x)
    return False


def _whole(outcome) -> bool:
    return outcome.metric == "n" and not outcome.subgroup


def _trials_count_on_arm(count: float, trial_counts: set[float], n_arms: int) -> bool:
    """Whether an arm's count is its trial's: above every trial count, or equal to one when the trial has two or
    more arms (``trial_counts`` not empty)."""
    return count > max(trial_counts) or (n_arms >= 2 and count in trial_counts)


def misplaced_counts(trial_counts: set[float], arm_counts: dict[str, set[float]], n_arms: int) -> tuple[bool, set]:
    """Which counts of one trial are misplaced: (whether the trial's count is, the arms whose count is).

    ``trial_counts``: the trial's whole-population counts; ``arm_counts``: arm id -> its whole-population counts;
    ``n_arms``: how many arms the trial has. A trial count below the sum of its arms' (one count each) is one
    arm's; an arm count above every trial count, or equal to one when the trial has two or more arms, is the
    trial's.
    """
    single = [next(iter(c)) for c in arm_counts.values() if len(c) == 1]
    trial_wrong = bool(trial_counts) and n_arms >= 2 and len(single) >= 2 and max(trial_counts) < sum(single)
    kept = set() if trial_wrong else trial_counts
    arms_wrong = set()
    if kept:
        for arm, counts in arm_counts.items():
            if any(_trials_count_on_arm(c, kept, n_arms) for c in counts):
                arms_wrong.add(arm)
    return trial_wrong, arms_wrong


def _two_groups_on_one_arm(outcomes: list) -> set[tuple[str, str, int]]:
    """(node, document, sentence start) where one sentence gives one node two different whole-population counts."""
    values: dict[tuple[str, str, int], set[float]] = defaultdict(set)
    for o in outcomes:
        if _whole(o):
            values[(o.arm, o.evidence.document, o.evidence.start)].add(o.value)
    return {k for k, v in values.items() if len(v) > 1}


def checked_counts(assertions: list[Assertion], outcomes: list, entities: dict[str, Entity]) -> list:
    """The outcomes without the patient counts :func:`misplaced_counts` finds on the wrong node, nor those of one
    node that one sentence gives two different counts."""
    arms_of: dict[str, set[str]] = defaultdict(set)
    for a in assertions:
        if a.predicate == "has_arm":
            arms_of[a.subject].add(a.object)
    counts: dict[str, set[float]] = defaultdict(set)
    for o in outcomes:
        if _whole(o):
            counts[o.arm].add(o.value)
    if not counts:
        return outcomes
    dropped: set[tuple[str, float]] = set()
    for trial, arms in arms_of.items():
        arm_counts = {a: counts[a] for a in sorted(arms) if counts.get(a)}
        if not arm_counts:
            continue
        trial_wrong, arms_wrong = misplaced_counts(counts.get(trial, set()), arm_counts, len(arms))
        if trial_wrong:
            dropped |= {(trial, v) for v in counts[trial]}
        kept = set() if trial_wrong else counts.get(trial, set())
        for arm in arms_wrong:
            dropped |= {(arm, v) for v in counts[arm] if _trials_count_on_arm(v, kept, len(arms))}
    trial_of = {arm: trial for trial, arms in arms_of.items() for arm in arms}
    doubled = _two_groups_on_one_arm(outcomes)
    out = []
    for o in outcomes:
        if _whole(o) and ((o.arm, o.value) in dropped or (o.arm, o.evidence.document, o.evidence.start) in doubled):
            continue
        if _whole(o) and o.arm in trial_of and split_into_parts(o.value, o.evidence.sentence or ""):
            o = replace(o, arm=trial_of[o.arm])  # the whole sample, read on one arm: the trial's
        out.append(o)
    return out
