"""An arm a text names only by a drug class, folded into the one arm that gives drugs of that class.

A report's aim often names its arms in general words ("to compare dual-HER2 inhibition with anti-EGFR
antibody-based therapy") and its methods name them again by their drugs ("trastuzumab plus pertuzumab or
cetuximab plus irinotecan"). Both wordings are one arm each: the class wording is dropped when exactly one
other arm of the trial gives a drug of that class (or of a broader class aimed at the same target: trastuzumab
is an anti-HER2 therapy, "dual anti-HER2 therapy" a narrower one), or when two or more other arms give only drugs of
that class (the class words then name what every arm gives), and the class arm has no result of its own. An arm the
text sets apart by its schedule ("intermittent chemotherapy" beside "irinotecan and capecitabine") is its own arm.
"""
from __future__ import annotations

from kg.model import Entity


def _classes(vocab, comps: set[str]) -> list[str] | None:
    """The classes an arm is named by, when every part of it is a drug class; else None."""
    kinds = [vocab.entities.get(c) for c in comps]
    if not comps or any(e is None or e.category != "DrugClass" for e in kinds):
        return None
    return sorted(comps)


def _gives(vocab, drug: str, cls: str) -> bool:
    """Whether ``drug`` is of class ``cls`` or of a parent class aimed at the same target."""
    if vocab.in_class(drug, cls):
        return True
    targets = set(vocab.drug_targets.get(cls, ()))
    return bool(targets) and any(set(vocab.drug_targets.get(p, ())) == targets and vocab.in_class(drug, p)
                                 for p in vocab.drug_classes.get(cls, ()))


def folded_class_arms(vocab, arms: list[tuple[Entity, Entity, set[str]]], with_results: set[str]) -> list[Entity]:
    """The class-named arms of one trial to drop: ``arms`` holds (arm, regimen, component ids) for every arm the
    text gave the trial; ``with_results`` the ids of arms that have a result (those are kept)."""
    drop = []
    for arm, regimen, comps in arms:
        classes = _classes(vocab, comps)
        if classes is None or arm.id in with_results or regimen.attr("schedule"):  # "intermittent chemotherapy": its own arm
            continue
        holders = [other for other, _, parts in arms if other.id != arm.id and _classes(vocab, parts) is None and
                   all(any(_gives(vocab, d, c) for d in _drugs(vocab, parts)) for c in classes)]
        others = [parts for other, _, parts in arms if other.id != arm.id]
        if len(holders) == 1 or _umbrella(vocab, classes, others):
            drop.append(arm)
    return drop


def _umbrella(vocab, classes: list[str], others: list[set[str]]) -> bool:
    """Whether two or more other arms all give only drugs of the classes ("strategies of sequential and combination
    chemotherapy" beside fluorouracil + irinotecan and fluorouracil + oxaliplatin): the class words name what every
    arm gives, no arm of their own."""
    if len(others) < 2:
        return False
    for parts in others:
        drugs = _drugs(vocab, parts)
        if not drugs or len(drugs) < len(parts) or not all(any(vocab.in_class(d, c) for c in classes) for d in drugs):
            return False
    return True


def _drugs(vocab, parts: set[str]) -> list[str]:
    """The drugs an arm gives: its parts, a named regimen's taken apart (no class, placebo or supportive care)."""
    ids = [d for p in sorted(parts) for d in (vocab.regimen_components.get(p) or (p,))]
    return [d for d in ids if vocab.entities.get(d) is not None and vocab.entities[d].category == "Drug"]


def drop_arms(out, trial: Entity, dropped: list[tuple[Entity, Entity]], kept_regimens: set[str]) -> None:
    """Remove the facts of ``dropped`` (arm, regimen) pairs from ``out``: the arm, and the trial's evaluation of a
    regimen no kept arm uses (with the one-class regimen's tie to its class)."""
    arm_ids = {a.id for a, _ in dropped}
    gone = {r.id for _, r in dropped if r.id not in kept_regimens}
    wrappers = {r.id for _, r in dropped if r.id in gone and r.attr("monotherapy")}
    out.assertions[:] = [
        f for f in out.assertions
        if f.subject not in arm_ids and f.object not in arm_ids and
        not (f.subject == trial.id and f.predicate == "evaluates" and f.object in gone) and
        not (f.subject in wrappers and f.predicate == "has_component")]
    for a in arm_ids:
        out.entities.pop(a, None)
