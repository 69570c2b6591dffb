"""The design's arm that an arm read before the design stands for (for the trial reader, builders/trials_design.py).

A report may name its experimental therapy before its design ("In the phase III X trial, A prolonged survival vs
placebo"), so that an arm of A alone is read first; the design sentence then gives the arms with what both received
("A or placebo, both with best supportive care"): "A + best supportive care" and "best supportive care + placebo".
A later "the A group" is the design's arm of A, not the first-read arm of A alone, when the design has exactly one arm
that is A with supportive care or placebo only.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.model import Entity


def supported_arm(arms: Iterable[Entity], therapy_ids: set, components: Callable[[Entity], set],
                  not_arms: set) -> Entity | None:
    """The one arm of ``arms`` whose components, apart from those that are no arm of their own (``not_arms``: placebo,
    best supportive care), are one of ``therapy_ids``, and that has such a component besides; else None.

    >>> a, b = Entity("crc:arm_x__a_bsc", "TrialArm", "X: A + BSC"), Entity("crc:arm_x__bsc_pbo", "TrialArm", "X: BSC + placebo")
    >>> parts = {a.id: {"A", "BSC"}, b.id: {"BSC", "PBO"}}
    >>> supported_arm([a, b], {"A"}, lambda arm: parts[arm.id], {"BSC", "PBO"}).name
    'X: A + BSC'
    >>> supported_arm([a, b], {"B"}, lambda arm: parts[arm.id], {"BSC", "PBO"}) is None
    True
    """
    fits = []
    for arm in arms:
        comps = set(components(arm))
        rest = comps - set(not_arms)
        if len(rest) == 1 and rest <= therapy_ids and comps & set(not_arms):
            fits.append(arm)
    return fits[0] if len(fits) == 1 else None
