"""A trial arm worded by drug class that is another arm of the same trial named again.

Knowledge: a report's aim often names its arms in general words ("to compare dual-HER2 inhibition with anti-EGFR
antibody-based therapy", "an immune checkpoint inhibitor plus oxaliplatin") and its design names them again by their
drugs ("trastuzumab plus pertuzumab or cetuximab plus irinotecan", "nivolumab plus oxaliplatin"). A trial has no arm
of a class beside an arm that gives that class's drugs with the same other therapy, so the class-worded arm is the
named arm again. :func:`class_worded_arms` finds such arms in two ways, and an arm either finds is one:

- an arm named only "targeted therapy" beside arms that give targeted agents (drugs with a target, no chemotherapy);
- a class-only arm (every part a drug class) beside exactly one other arm whose drugs give every class (a drug of
  the class or of a broader class aimed at the same target: trastuzumab is an anti-HER2 therapy, "dual anti-HER2
  therapy" a narrower one), or beside two or more arms that all give only drugs of its classes (the umbrella case:
  "strategies of sequential and combination chemotherapy" beside fluorouracil + irinotecan and fluorouracil +
  oxaliplatin: the class words name what every arm gives, no arm of their own), chemotherapy classes included;
- an arm whose every part is the sibling's own or a class (no chemotherapy class) that the sibling's other drugs
  give (one drug of it, or two of its parent for a "dual" class), one part at least a class, when exactly one
  sibling fits ("an immune checkpoint inhibitor plus oxaliplatin" beside nivolumab + oxaliplatin). A chemotherapy
  class there is left alone: a chemotherapy arm beside a named chemotherapy arm with more is commonly a real one
  (investigator's choice).

An arm worded by a regimen built on one drug ("oxaliplatin-based chemotherapy", "aflibercept plus irinotecan-containing
chemotherapy", in a rationale or aim) beside exactly one arm that gives a named regimen holding that drug with the same
other parts ("mFOLFOX6", "aflibercept + FOLFIRI") is that arm named again (:func:`built_on_drug_arms`).

Exemptions: an arm the text sets apart by its schedule ("intermittent chemotherapy" beside "irinotecan and
capecitabine") is its own arm, and so is an arm with results of its own (the caller keeps those).
"""
from __future__ import annotations

import re

from builders.lazy_patterns import lazy_compile
from kg.model import Entity


def class_worded_arms(arms: dict[str, list[Entity]], schedule_named: set[str], vocab) -> set[str]:
    """The arms of one trial that are a class-worded naming of another of its arms (see the module's docstring).

    ``arms`` maps an arm id to its regimen's components; ``schedule_named`` holds the arms whose regimen carries a
    schedule ("intermittent"), which are never class-worded names of another arm.
    """
    parts = {arm: {c.id for c in comps} for arm, comps in arms.items()}
    found = set()
    for arm, comps in arms.items():
        if not comps:
            continue
        if arm not in schedule_named and _class_only_folds(arm, parts, vocab):
            found.add(arm)
        elif sum(1 for other, named in arms.items() if other != arm and _describes(comps, named, vocab)) == 1:
            found.add(arm)
    return found


def _class_only_folds(arm: str, parts: dict[str, set[str]], vocab) -> bool:
    """Whether a class-only arm is the one other arm that gives drugs of each of its classes, or the umbrella of
    two or more arms that give only drugs of its classes."""
    classes = _classes(vocab, parts[arm])
    if classes is None:
        return False
    others = [ids for other, ids in parts.items() if other != arm]
    holders = [ids for ids in others if _classes(vocab, ids) is None and
               all(any(_gives(vocab, d, c) for d in _drugs(vocab, ids)) for c in classes)]
    return len(holders) == 1 or _umbrella(vocab, classes, others) or _generic_targeted(vocab, classes, others)


_TARGETED_THERAPY = "crc:class_targeted_therapy"


def _generic_targeted(vocab, classes: list[str], others: list[set[str]]) -> bool:
    """Whether an arm named only "targeted therapy" (the modality, aimed at no target of its own) stands beside arms
    that give targeted agents: a review's "a combination of targeted agents in the X trial" names the trial's
    experimental arms by their modality, no arm of its own. A targeted agent is a drug the vocabulary gives a target and
    files under no chemotherapy class."""
    if classes != [_TARGETED_THERAPY]:
        return False
    return any(any(vocab.drug_targets.get(d) and not vocab.in_class(d, "crc:class_chemotherapy")
                   for d in _drugs(vocab, ids)) for ids in others if _classes(vocab, ids) is None)


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


def _umbrella(vocab, classes: list[str], others: list[set[str]]) -> bool:
    """Whether two or more other arms all give only drugs of the classes: the class words name what every arm
    gives."""
    if len(others) < 2:
        return False
    for ids in others:
        drugs = _drugs(vocab, ids)
        if not drugs or len(drugs) < len(ids) or not all(any(vocab.in_class(d, c) for c in classes) for d in drugs):
            return False
    return True


def _drugs(vocab, ids: set[str]) -> list[str]:
    """The drugs an arm gives: its parts, a named regimen's taken apart (no class, placebo or supportive care)."""
    given = [d for p in sorted(ids) for d in (vocab.regimen_components.get(p) or (p,))]
    return [d for d in given if vocab.entities.get(d) is not None and vocab.entities[d].category == "Drug"]


def _describes(comps: list[Entity], named: list[Entity], vocab) -> bool:
    """Whether an arm's parts are the sibling's own or non-chemotherapy classes the sibling's other drugs give,
    one at least a class."""
    named_ids = {c.id for c in named}
    classes = [c for c in comps if c.id not in named_ids]
    drugs = [c for c in named if c.category != "DrugClass" and c.id not in {x.id for x in comps}]
    return bool(classes) and bool(drugs) and all(
        c.category == "DrugClass" and not chemotherapy_class(c, vocab) and _covers(drugs, c, vocab) for c in classes)


def _covers(drugs: list[Entity], cls: Entity, vocab) -> bool:
    """Whether named drugs give the class: one drug in it, or for a "dual" class two drugs of its parent class."""
    if any(vocab.in_class(d.id, cls.id) for d in drugs if d.id != cls.id):
        return True
    parents = vocab.drug_classes.get(cls.id, ())
    return cls.name.lower().startswith(("dual ", "double ")) and \
        sum(1 for d in drugs if d.id != cls.id and any(vocab.in_class(d.id, p) for p in parents)) >= 2


def chemotherapy_class(cls: Entity, vocab) -> bool:
    """Whether a drug class is chemotherapy (in the chemotherapy class, or so named)."""
    return vocab.in_class(cls.id, "crc:class_chemotherapy") or "chemotherapy" in cls.name.lower()


_BUILT_ON = lazy_compile(r"^[\w\-]+?-(?:based|containing|including)\b", re.I)


def built_on_drug_arms(arms: dict[str, list[Entity]], regimens: dict[str, Entity], components: dict[str, list[str]],
                       vocab) -> set[str]:
    """(s52 prec) The arms of one trial worded by a regimen built on one drug ("oxaliplatin-based chemotherapy"), alone
    or with other parts, beside exactly one other arm that gives the same other parts and a named regimen of several
    drugs holding that drug (mFOLFOX6 holds oxaliplatin): a report's rationale names the design's arm in general words,
    no arm of its own. ``regimens`` maps an arm id to its regimen entity, ``components`` a document regimen's id to
    its parts' ids (its ``has_component`` facts)."""
    found = set()
    for arm, comps in arms.items():
        built = _built_on(arm, comps, regimens, components)
        if built is None:
            continue
        drug, rest = built
        fits = [other for other, named in arms.items() if other != arm and
                _built_on(other, named, regimens, components) is None and _holds_named(named, drug, rest, vocab)]
        if len(fits) == 1:
            found.add(arm)
    return found


def _built_on(arm: str, comps: list[Entity], regimens: dict[str, Entity],
              components: dict[str, list[str]]) -> tuple[str, set[str]] | None:
    """(the drug the arm's regimen is built on, the ids of its other parts), or None when no part is so named."""
    regimen = regimens.get(arm)
    if regimen is not None and _BUILT_ON.match(regimen.name) and len(components.get(regimen.id, ())) == 1:
        return components[regimen.id][0], set()
    built = [c for c in comps if c.category == "Regimen" and _BUILT_ON.match(c.name) and len(components.get(c.id, ())) == 1]
    if len(built) != 1:
        return None
    return components[built[0].id][0], {c.id for c in comps if c.id != built[0].id}


def _holds_named(named: list[Entity], drug: str, rest: set[str], vocab) -> bool:
    """Whether an arm gives exactly ``rest`` and one named regimen of several drugs, ``drug`` among them."""
    ids = {c.id for c in named}
    return any(len(vocab.regimen_components.get(c.id, ())) >= 2 and drug in vocab.regimen_components[c.id]
               and ids - {c.id} == rest for c in named)
