"""Plausibility checks on the regimens and trial arms one document's reading assembled.

The trial reader builds regimens and arms sentence by sentence; some of what it assembles cannot be given to a
patient whatever words the text used: a drug class beside its own member or beside a named regimen of its drugs, a
named regimen beside its own drugs, two complete chemotherapy backbones in one regimen, an arm worded by class that
is another arm named again (builders/class_worded_arms.py), a placebo-only arm beside an arm of placebo with a
backbone, an arm that is another arm without the background every arm receives (best supportive care, placebo), a
one-drug arm beside a chemotherapy arm and that chemotherapy with the drug, a therapy named like one of the
document's trials; and a trial evaluates no comparator that gives no active therapy (placebo, best supportive care,
observation): that stays its arm only. Each check below encodes one piece of knowledge about regimens (never about how a sentence is
written) and :func:`checked_regimens` applies them to a document's result after every builder ran and before the
graph is assembled: a regimen is rewritten (its combination, the arms that use it and their outcomes follow) or an
arm is dropped.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from builders.class_worded_arms import built_on_drug_arms, chemotherapy_class, class_worded_arms
from builders.context import arm_entity, as_regimen, keep_entity
from builders.design_words import OPTIONAL_PARTNER
from builders.lazy_patterns import lazy_compile
from builders.recognize import Mention
from kg.ids import slug
from kg.model import Assertion, Entity, objects_by_subject


def class_describes_member(components: list[Entity], stated_members: dict[str, set[str]], vocab) -> list[Entity]:
    """A regimen's components without the drug classes that describe another of its components.

    Knowledge: a class is a description of a drug in it, never a second drug given beside it ("the multitargeted
    TKI zanzalintinib plus atezolizumab" gives two drugs, not four). A class C describes a component D when D is in
    C (the vocabulary's classes and their parents, the class a drug's INN stem implies, or a membership the document
    states), when D is a named regimen whose drugs are all in C ("chemotherapy with XELOX" is CAPOX), when C is a
    broader class of another class component, or when D's only known class is its stem class and C is a finer kind
    of it (a new "-tinib" called a multikinase inhibitor). Folinic acid, no chemotherapy drug, is a part of the
    chemotherapy it is given in ("chemotherapy with FOLFOX": FOLFOX).
    """
    def member(d: str, cls: str) -> bool:
        return vocab.in_class(d, cls) or (cls == "crc:class_chemotherapy" and vocab.backbone_modulator(d))

    def describes(cls: Entity, other: Entity) -> bool:
        if other.id == cls.id:
            return False
        if member(other.id, cls.id) or cls.id in stated_members.get(other.id, ()):
            return True
        drugs = vocab.regimen_components.get(other.id, ()) if other.category == "Regimen" else ()
        if drugs and all(member(d, cls.id) for d in drugs):
            return True  # "induction chemotherapy with XELOX": a named regimen whose drugs are all of the class
        stem = vocab.stem_classes.get(other.id)
        if other.category != "Drug" or not stem:
            return False
        return vocab.in_class(stem, cls.id) or (not vocab.drug_classes.get(other.id) and
                                                vocab.in_class(cls.id, stem))

    return [c for c in components
            if not (c.category == "DrugClass" and any(describes(c, o) for o in components))]


def named_regimen_gives_drug(components: list[Entity], vocab) -> list[Entity]:
    """A regimen's components without the drugs a named regimen among them already gives.

    Knowledge: a named regimen is its drugs ("capecitabine plus oxaliplatin (XELOX)" is CAPOX); a drug of it
    beside it is the regimen spelled out, not a second dose of that drug ("bevacizumab + capecitabine + oxaliplatin
    + CAPOX" is bevacizumab + CAPOX). The named form is kept: it says the schedule the drugs alone do not, and it is
    the regimen the same trial's other sentences name. Only a regimen spelled out by two of its drugs or more is
    one: a single drug beside a regimen that has it may be its alternative ("irinotecan or FOLFIRI"), and a named
    regimen of alternatives ("FOLFOX or CAPOX") gives none of its drugs for certain.
    """
    drug_ids = {c.id for c in components if c.category == "Drug"}
    given: set[str] = set()
    for c in components:
        spelled = drug_ids & set(vocab.regimen_components.get(c.id, ())) if c.category == "Regimen" and \
            " or " not in c.name else set()
        if len(spelled) >= 2:
            given |= spelled
    return [c for c in components if c.id not in given]


def schedule_names_family(components: list[Entity], vocab) -> list[Entity]:
    """A regimen's components without a named regimen another of them is a schedule of.

    Knowledge: a schedule of a regimen (mFOLFOX6, FOLFOX4: the same drugs as FOLFOX, named by the family's name
    and the schedule's mark) is that regimen; both named in one arm ("cetuximab plus mFOLFOX-6 (FOLFOX + Cmab)")
    are one backbone written twice, not two, so the family's name goes and the schedule, which says more, stays.
    A regimen of other drugs whose name holds the family's (FOLFOXIRI: irinotecan added) is not a schedule of it.
    """
    named = [c for c in components if c.category == "Regimen" and " or " not in c.name]
    family = {f.id for f in named for s in named if _schedule_of(s, f, vocab)}
    return [c for c in components if c.id not in family]


def _schedule_of(schedule: Entity, family: Entity, vocab) -> bool:
    """Whether a named regimen is a schedule of another (mFOLFOX6 of FOLFOX): named by the family's name and a
    mark, of the same two or more drugs."""
    drugs = set(vocab.regimen_components.get(family.id, ()))
    return schedule.id != family.id and schedule.category == family.category == "Regimen" and len(drugs) >= 2 and \
        family.name.lower() in schedule.name.lower() and set(vocab.regimen_components.get(schedule.id, ())) == drugs


def family_arm_beside_schedule_arm(arms: dict[str, list[Entity]], with_results: set[str], vocab) -> set[str]:
    """The arms of one trial that are another arm named again with its backbone's family name for its schedule.

    Knowledge: as in :func:`schedule_names_family`, a schedule of a regimen (mFOLFOX6) is that regimen (FOLFOX); two
    arms that differ only so ("cetuximab plus mFOLFOX-6 (FOLFOX + Cmab)" read once as each) are one arm. The arm
    without results goes (when neither has any, the one named by the family, as the schedule says more)."""
    dropped: set[str] = set()
    parts = {arm: {c.id: c for c in comps} for arm, comps in arms.items()}
    for fam_arm, sched_arm in ((a, b) for a in sorted(parts) for b in sorted(parts) if a != b):
        if fam_arm in dropped or sched_arm in dropped or {fam_arm, sched_arm} <= with_results:
            continue
        only_fam = parts[fam_arm].keys() - parts[sched_arm].keys()
        only_sched = parts[sched_arm].keys() - parts[fam_arm].keys()
        if len(only_fam) == len(only_sched) == 1 and \
                _schedule_of(parts[sched_arm][min(only_sched)], parts[fam_arm][min(only_fam)], vocab):
            dropped.add(sched_arm if fam_arm in with_results else fam_arm)
    return dropped


def chemotherapy_backbone(entity: Entity, vocab) -> bool:
    """A complete multi-drug chemotherapy regimen given by name (FOLFOX, CAPOX, FOLFIRI, IFL, ...): a named
    regimen of the vocabulary made of two or more drugs, not a list of alternatives ("FOLFOX or CAPOX")."""
    return entity.category == "Regimen" and bool(entity.attr("named")) and not entity.attr("combination") and \
        len(vocab.regimen_components.get(entity.id, ())) >= 2 and " or " not in entity.name


# drug classes of which one regimen gives one drug: two of them in a regimen are alternatives
_ONE_OF = ("crc:class_anti_egfr_antibody", "crc:class_fluoropyrimidine")


def alternatives_in_one_regimen(components: list[Entity], vocab) -> list[list[Entity]]:
    """The regimens a component list stands for: one per alternative when it gives two of one kind.

    Knowledge: a patient receives one chemotherapy backbone at a time; two complete backbones in one regimen
    ("bevacizumab + CAPOX + FOLFOX4") are alternatives the text listed ("added to XELOX or FOLFOX4"), so each
    backbone goes with the other components (bevacizumab + CAPOX, bevacizumab + FOLFOX4). The same holds for two
    anti-EGFR antibodies (cetuximab and panitumumab block the same receptor: "cetuximab/panitumumab" is either) and
    two fluoropyrimidines (capecitabine is oral fluorouracil: "5-FU/capecitabine" is either). A list with no two
    of a kind is returned as it is (one regimen).
    """
    kinds = [lambda c: chemotherapy_backbone(c, vocab)] + \
        [lambda c, k=k: c.category == "Drug" and vocab.in_class(c.id, k) for k in _ONE_OF]
    for kind in kinds:
        alternatives = [c for c in components if kind(c)]
        if len(alternatives) >= 2:
            rest = [c for c in components if c not in alternatives]
            return [rest + [a] for a in alternatives]
    return [components]


def placebo_arm_beside_placebo_backbone(arms: dict[str, list[Entity]]) -> set[str]:
    """The arms of one trial given as placebo alone beside an arm that gives placebo with other therapy.

    Knowledge: placebo stands in for the drug a trial adds, on the therapy every arm receives; where one arm gives
    placebo with a backbone ("chemotherapy + placebo"), "placebo" alone is that arm's short name, not a further arm
    of untreated patients. ``arms`` maps an arm id to its regimen's components; the caller keeps an arm with
    results of its own.
    """
    def placebo(c: Entity) -> bool:
        return c.name.lower() == "placebo"

    with_backbone = any(any(placebo(c) for c in comps) and not all(placebo(c) for c in comps)
                        for comps in arms.values())
    if not with_backbone:
        return set()
    return {arm for arm, comps in arms.items() if comps and all(placebo(c) for c in comps)}


# What a comparator gives when it gives no active therapy: every arm of a placebo-controlled or best-supportive-care
# trial receives it as background, and an untreated control gives nothing (mint ids of ontology/vocab/regimens.yaml
# and builders/trials_controls.py)
NO_ACTIVE_THERAPY = frozenset(("crc:regimen_placebo", "crc:regimen_best_supportive_care", "crc:regimen_observation",
                               "crc:regimen_active_monitoring"))


def background_only(ids) -> bool:
    """A regimen's components (ids) that give no active therapy: placebo, best supportive care, observation."""
    ids = set(ids)
    return bool(ids) and ids <= NO_ACTIVE_THERAPY


def arm_without_background(arms: dict[str, list[Entity]]) -> set[str]:
    """The arms of one trial whose regimen is another arm's regimen without its placebo or best supportive care.

    Knowledge: placebo and best supportive care are the background a controlled trial gives every arm; "A" beside
    "A + best supportive care" (or "A + placebo") is that arm's short name, not a further arm of A given without
    it. ``arms`` maps an arm id to its regimen's components; the caller keeps an arm with results of its own.
    """
    given = [frozenset(c.id for c in comps) for comps in arms.values() if comps]
    return {arm for arm, comps in arms.items() if comps and any(
        ids > (own := frozenset(c.id for c in comps)) and background_only(ids - own) for ids in given)}


def drug_arm_beside_add_on_arms(arms: dict[str, list[Entity]], vocab) -> set[str]:
    """The arms of one trial that give one drug alone beside an arm of chemotherapy with the drug and an arm of that
    chemotherapy alone or with another drug.

    Knowledge: a trial with a chemotherapy arm and an arm of the same chemotherapy plus drug D tests D added to the
    chemotherapy ("cetuximab with FLOX versus FLOX alone"), and a trial with arms of one chemotherapy plus D and plus
    E compares D with E on that chemotherapy ("D or E, each with FOLFIRI"); D alone is the short name of D's arm
    there, not a further arm (a trial that also gives D alone reports that arm's results, and the caller keeps an arm
    with results of its own). The chemotherapy is a named backbone (FOLFOX, FLOX, CAPOX, ...) or a chemotherapy
    class. ``arms`` maps an arm id to its regimen's components.
    """
    chemotherapy = {c.id for comps in arms.values() for c in comps if chemotherapy_backbone(c, vocab) or
                    (c.category == "DrugClass" and chemotherapy_class(c, vocab))}
    given = {frozenset(c.id for c in comps) for comps in arms.values() if comps}

    def added_to_chemotherapy(drug: str) -> bool:
        for ids in given:
            backbone = ids - {drug}
            if drug in ids and backbone & chemotherapy and (backbone in given or any(
                    backbone < other and drug not in other for other in given)):
                return True
        return False

    return {arm for arm, comps in arms.items()
            if len(comps) == 1 and comps[0].category == "Drug" and added_to_chemotherapy(comps[0].id)}


# a partner named as optional: "A alone +/- B", "A with or without B", "A ± B", "A alone or in combination with B"
_OPTIONAL_PARTNER = lazy_compile(OPTIONAL_PARTNER + r"|"
                                 r"\balone\s*,?\s+or\s+(?:in\s+combination\s+with|combined\s+with|with|plus)\b", re.I)


def optional_partner_arms(arms: dict[str, list[Entity]], regimens: dict[str, Entity],
                          optional: set[str]) -> set[str]:
    """The arms of one trial whose regimen the document gives only with an optional partner ("treated with A alone
    +/- B") where the trial has no arm of the rest alone (nor, for the backbone of "A + B ± C", one with the partner).

    Knowledge: "A ± B" given to a cohort names two treatments, A alone and A with B; an arm of A + B alone says
    every patient had B. The cohort is either both arms or none (the regimen stays what the study evaluates).
    ``arms`` maps an arm id to its regimen's components, ``regimens`` to its regimen, ``optional`` holds the regimens
    every sentence of which gives a part as optional.
    """
    def parts(arm: str) -> tuple[frozenset, str]:
        regimen = regimens.get(arm)
        return frozenset(c.id for c in arms[arm]), regimen.id if regimen is not None else ""

    dropped = set()
    for arm, comps in arms.items():
        regimen = regimens.get(arm)
        if regimen is None or regimen.id not in optional or len(comps) < 2 or _named_alternatives(regimen):
            continue  # ("FOLFIRI ± bevacizumab (arm E)": an arm named with its optional part is that one arm)
        ids, rid = parts(arm)
        # no arm without the partner, nor one with it (a regimen named as a part counts as its parts)
        if not any(o < ids or ids < o or orid in ids or rid in o
                   for o, orid in (parts(other) for other in arms if other != arm)):
            dropped.add(arm)
    return dropped


def trial_named_therapies(therapies: list[Entity], trials: list[Entity]) -> set[str]:
    """The therapies (regimens, drugs) whose name is a trial's name of the same document.

    Knowledge: a trial's name names the study, never what its patients receive; a regimen or drug read under a
    name the document gives a trial ("a randomized phase II trial of the GOIM group (GOIM 2802)") is that trial's
    name misread, whatever the wording. Names are compared without case, spaces and hyphens ("GOIM-2802").
    """
    names = {slug(n) for t in trials for n in (t.name, *t.synonyms) if n}
    return {e.id for e in therapies if slug(e.name) in names}


def _sequence(regimen: Entity, components) -> bool:
    """A regimen that is a treatment sequence, named by its phases ("A followed by B", trials_arms.sequence_regimen)
    and made of two or more of them: its components are phases given one after another, so no check of one
    combination's parts applies to them (two chemotherapy backbones in sequence are no alternatives; a drug of both
    phases is no repeat). A dose schedule of one drug ("A 9 mg/kg loading dose followed by 6 mg/kg/wk") is none."""
    return regimen.category == "Regimen" and " followed by " in regimen.name and len(set(components)) >= 2


def _named_alternatives(regimen: Entity) -> bool:
    """A regimen whose own name lists alternatives or an optional part ("FOLFOX or CAPOX", "± bevacizumab")."""
    return " or " in regimen.name or "±" in regimen.name


def _regimen_for(components: list[Entity], ctx) -> Entity:
    """The regimen entity of a component list (a combination when several, the therapy's own regimen when one)."""
    if len(components) == 1:
        return as_regimen(ctx, components[0])
    regimen, _ = ctx.recognizer.combination([Mention(0, 0, c.name, c) for c in components])
    return regimen


def plain_arm_beside_dosed_arms(arms: dict[str, list[Entity]], regimens: dict[str, Entity]) -> set[str]:
    """The arms of one trial that give its drugs with no dose or schedule, beside two or more arms that give the same
    drugs each at a dose or on a schedule of its own.

    Knowledge: a trial that randomises one drug (or combination) at different doses or schedules ("regorafenib 160 mg
    QD (arm A) or 120 mg QD (arm B)", "Sym004 12 mg/kg/wk (arm A) or 9 mg/kg then 6 mg/kg/wk (arm B)") has those dosed
    arms; the drug named bare by its title or aim ("different dose approaches of regorafenib") is what all of them
    give, no arm of its own (the trial still evaluates it). (One dosed arm beside the plain drug is an arm against the
    standard: both stay.)"""
    scheduled: dict[frozenset, set[str]] = defaultdict(set)
    for arm, comps in arms.items():
        regimen = regimens.get(arm)
        if regimen is not None and regimen.attr("schedule") and comps:
            scheduled[frozenset(c.id for c in comps)].add(regimen.attr("schedule"))
    return {arm for arm, comps in arms.items()
            if comps and arm in regimens and not regimens[arm].attr("schedule")
            and len(scheduled.get(frozenset(c.id for c in comps), ())) >= 2}


def checked_regimens(assertions: list[Assertion], outcomes: list, entities: dict[str, Entity],
                     ctx) -> tuple[list, list]:
    """A document's assertions and outcomes after the regimen checks; ``entities`` (id -> entity) gains the
    rewritten regimens and arms and loses those no fact names any more."""
    vocab = ctx.vocab
    with_results = {o.arm for o in outcomes}
    assertions = _trial_names_as_therapies_dropped(assertions, entities, with_results)
    components: dict[str, list[str]] = defaultdict(list)
    stated: dict[str, set[str]] = defaultdict(set)
    uses: dict[str, str] = {}
    for a in assertions:
        if a.predicate == "has_component" and a.subject in entities and entities[a.subject].category == "Regimen":
            if a.object not in components[a.subject] and a.object in entities:
                components[a.subject].append(a.object)
        elif a.predicate == "member_of":
            stated[a.subject].add(a.object)
        elif a.predicate == "uses_regimen":
            uses[a.subject] = a.object
    # regimen id -> the component lists it stands for ([] : no regimen)
    rewritten: dict[str, list[list[Entity]]] = {}
    measured = {rid for arm, rid in uses.items() if arm in with_results}
    for rid, ids in components.items():
        if _sequence(entities[rid], ids):
            continue  # "A followed by B": phases given one after another, never one combination's parts
        comps = [entities[c] for c in ids]
        kept = schedule_names_family(named_regimen_gives_drug(class_describes_member(comps, stated, vocab), vocab), vocab)
        # a regimen named as alternatives ("(FOLFOX or CAPOX) + bevacizumab") says so itself; one an arm with results
        # uses is left as read (its results belong to no one of the parts)
        parts = [kept] if _named_alternatives(entities[rid]) or rid in measured else \
            alternatives_in_one_regimen(kept, vocab)
        if len(parts) > 1 or len(kept) < len(comps):
            rewritten[rid] = parts
    assertions = _comparators_not_evaluated(assertions, components)
    dropped_arms = {arm for arm, rid in uses.items() if len(rewritten.get(rid, ())) > 1}
    short_names: set[str] = set()
    trial_arms: dict[str, dict[str, list[Entity]]] = defaultdict(dict)
    for arm, rid in uses.items():
        if arm not in entities:
            continue
        parts = rewritten.get(rid) or [[entities[c] for c in components.get(rid, ())] or [entities[rid]]]
        if rid in entities and _sequence(entities[rid], components.get(rid, ())):
            parts = [[entities[rid]]]  # a treatment sequence is compared with other arms as a whole
        if len(parts) == 1:
            trial_arms[entities[arm].attr("trial")][arm] = parts[0]
    schedule_named = {arm for arm, rid in uses.items() if rid in entities and entities[rid].attr("schedule")}
    optional = _optional_partner_regimens(assertions)
    for arms in trial_arms.values():
        short_names |= arm_without_background(arms) - with_results
        regimens = {arm: entities[uses[arm]] for arm in arms if uses.get(arm) in entities}
        optional_arms = optional_partner_arms(arms, regimens, optional)
        short_names |= optional_arms - with_results  # the regimen stays evaluated
        plain = plain_arm_beside_dosed_arms(arms, regimens)
        short_names |= plain - with_results  # (the drug all the dosed arms give stays evaluated, as a dose level's does)
        dropped_arms |= (arm_without_background(arms) | class_worded_arms(arms, schedule_named, vocab) | placebo_arm_beside_placebo_backbone(arms) |
                         built_on_drug_arms(arms, regimens, components, vocab) |
                         drug_arm_beside_add_on_arms(arms, vocab) |
                         family_arm_beside_schedule_arm(arms, with_results, vocab) |
                         plain |
                         optional_arms) - with_results
    if not rewritten and not dropped_arms:
        return assertions, outcomes
    return _rewrite(assertions, outcomes, entities, rewritten, dropped_arms, uses, ctx, short_names)


def _optional_partner_regimens(assertions: list[Assertion]) -> set[str]:
    """The regimens every sentence that gives their parts names a part as optional (:data:`_OPTIONAL_PARTNER`)."""
    sentences: dict[str, list[str]] = defaultdict(list)
    for a in assertions:
        if a.predicate == "has_component":
            sentences[a.subject].extend(ev.sentence for ev in a.evidence)
    return {rid for rid, said in sentences.items() if said and all(_OPTIONAL_PARTNER.search(x) for x in said)}


def _comparators_not_evaluated(assertions: list[Assertion], components: dict[str, list[str]]) -> list[Assertion]:
    """Leave out "trial evaluates R" where R gives no active therapy (:func:`background_only`): a placebo, best
    supportive care or observation comparator is the trial's arm (has_arm, uses_regimen), never what it tests."""
    return [a for a in assertions if not (a.predicate == "evaluates" and background_only(
        components.get(a.object) or (a.object,)))]


def _rewrite(assertions, outcomes, entities, rewritten, dropped_arms, uses, ctx,
             short_names: set[str] = frozenset()) -> tuple[list, list]:
    """Remake the facts of rewritten regimens and of the arms that use them; leave out dropped arms. The regimen of
    an arm dropped as another arm's short name (``short_names``) stays one the trial evaluates."""
    new_regimen: dict[str, list[Entity]] = {}
    for rid, parts in rewritten.items():
        new_regimen[rid] = [keep_entity(entities, _regimen_for(p, ctx)) for p in parts]
    new_arm: dict[str, str] = {}
    dropped_regimens = {uses[a] for a in dropped_arms if a in uses}
    still_evaluated = {uses[a] for a in short_names if a in uses}
    for arm, rid in uses.items():
        if arm in dropped_arms or rid not in new_regimen or len(new_regimen[rid]) != 1:
            continue
        trial = entities.get(entities[arm].attr("trial"))
        if trial is not None:
            new_arm[arm] = keep_entity(entities, arm_entity(trial, new_regimen[rid][0])).id
    still_used = {rid for arm, rid in uses.items() if arm not in dropped_arms}
    out: list[Assertion] = []
    component_evidence: dict[str, list] = defaultdict(list)
    for a in assertions:
        if a.subject in dropped_arms or a.object in dropped_arms:
            continue
        if a.predicate == "evaluates" and a.object in dropped_regimens and a.object not in still_used | still_evaluated:
            continue
        if a.predicate == "has_component" and a.subject in new_regimen:
            component_evidence[a.subject].extend(a.evidence)
            continue
        subjects = [a.subject] if a.subject not in new_regimen else [r.id for r in new_regimen[a.subject]]
        objects = [new_arm.get(a.object, a.object)] if a.object not in new_regimen else \
            [r.id for r in new_regimen[a.object]]
        for s in subjects:
            for o in objects:
                s = new_arm.get(s, s)
                if s != o:
                    out.append(Assertion(s, a.predicate, o, a.qualifiers, list(a.evidence)))
    for rid, parts in rewritten.items():
        for regimen, comps in zip(new_regimen[rid], parts):
            for c in comps:
                if c.id != regimen.id:
                    out.append(Assertion(regimen.id, "has_component", c.id, (), list(component_evidence[rid])))
    kept_outcomes = [replace(o, arm=new_arm[o.arm]) if o.arm in new_arm else o for o in outcomes
                     if o.arm not in dropped_arms]
    out = _unused_regimens_dropped(out, dropped_regimens)
    named = {x for a in out for x in (a.subject, a.object)} | {o.arm for o in kept_outcomes}
    for gone in (set(rewritten) | set(new_arm) | dropped_arms | dropped_regimens) - named:
        entities.pop(gone, None)
    return out, kept_outcomes


def _unused_regimens_dropped(assertions: list[Assertion], regimens: set[str]) -> list[Assertion]:
    """Leave out the component facts of a dropped arm's regimen that no other fact names any more."""
    named = {x for a in assertions if a.predicate != "has_component" for x in (a.subject, a.object)}
    return [a for a in assertions if not (a.predicate == "has_component" and a.subject in regimens and
                                          a.subject not in named)]


_TRIAL_STRUCTURE = ("has_component", "has_arm", "uses_regimen", "evaluates")


def _trial_names_as_therapies_dropped(assertions: list[Assertion], entities: dict[str, Entity],
                                      with_results: set[str]) -> list[Assertion]:
    """Leave out the trial-structure facts of therapies :func:`trial_named_therapies` finds, of the regimens made
    of nothing else and of the arms (without results) that give them."""
    trials = [e for e in entities.values() if e.category == "Trial"]
    if not trials:
        return assertions
    named = trial_named_therapies([e for e in entities.values() if e.category in ("Regimen", "Drug")], trials)
    if not named:
        return assertions
    components = objects_by_subject(assertions, "has_component")
    named |= {rid for rid, comps in components.items() if comps <= named}
    arms = {a.subject for a in assertions if a.predicate == "uses_regimen" and a.object in named} - with_results
    kept = [a for a in assertions if not (a.predicate in _TRIAL_STRUCTURE and {a.subject, a.object} & (named | arms))]
    still = {x for a in kept for x in (a.subject, a.object)}
    for gone in arms - still:
        entities.pop(gone, None)
    return kept
