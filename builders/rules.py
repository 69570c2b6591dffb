"""The rule tables: cue lexicons and reading rules from ``ontology/rules/``, checked on load.

``cues.yaml`` maps a lexicon name to its phrases (lower case; a trailing ``*`` matches the rest of
the word; ``"@part"`` stands for the phrases of the list ``part``, and a list named with a leading
``_`` is such a shared part only: :func:`with_parts`). Every other ``*.yaml`` file there holds rule rows::

    - name: resistance.causal_verb          # unique, used in test cases and reports
      pattern: "{cause:Cause} ... <confer> ..3 <resistance> <to> {therapy:Therapy}"
      emit: [cause, confers_resistance_to, therapy]     # or a list of such triples
      scope: clause                           # clause (default) or sentence
      guards: [not_negated]                   # named functions of builders.guards
      without: [alteration_prediction_has_way]  # default guards of its predicates it does not run (DEFAULT_GUARDS)
      transforms: {cause: as_cause}           # per slot, also in builders.guards
      qualifiers: {mechanism_class: mechanism_class, resistance_type: resistance_type}

Loading fails with a message naming the file and the rule for an unknown predicate, group,
category, cue lexicon, guard, transform or qualifier, for a slot an ``emit`` row does not capture,
and for a (subject, predicate, object) category pair the schema refuses.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from builders import guards
from builders.engine import CueIndex, Slot, parse_pattern
from kg.kept import kept_yaml
from kg.schema import Schema

SCOPES = ("clause", "sentence")
# guards every rule that emits the predicate runs before its own, unless its row names them under ``without``: a
# prediction of response needs a direction the text states ("KRAS mutations predict the efficacy of cetuximab" has
# none), whatever the wording the row reads; the rows that read a denied or failed prediction opt out
DEFAULT_GUARDS = {"predicts_response_to": ("alteration_prediction_has_way",)}
# a default guard that, refusing, names the statement with a weaker predicate instead of dropping it: a marker said
# to predict "the efficacy" of a therapy, with no way, still predicts (``predicts``, direction-neutral); only the
# facts of the guarded predicate are kept, renamed, and every other guard of the rule must still pass
UNDIRECTED = {"alteration_prediction_has_way": ("predicts_response_to", "predicts")}
# What the discourse (builders.discourse) supplies to a rule, by name, and its group; prev_cause and
# prev_resisted: the (first) cause of resistance the previous sentence stated, and the one therapy it resists
# (builders.relations.build); study_therapy: the therapy a trial report's sentence speaks of without naming it
# (builders.discourse.Discourse.studied_therapy); recent_resisted: the one therapy the previous sentence names as
# resisted (builders.discourse.Discourse.just_resisted); prev_overcome: the one thing the previous sentence says a
# therapy overcomes (builders.relations.build); prev_named: the one therapy the previous sentence names
# (builders.discourse.Discourse.named_just_before); report_therapy: the studied therapy, else the one therapy the
# document's title names (builders.relations.build, builders.discourse.Discourse.titled_therapy); prev_failed: the one therapy the previous
# sentence names and says failed (builders.discourse.Discourse.failed_just_before).
CONTEXT_SLOTS = {"therapy": "Therapy", "section_therapy": "Therapy", "study_therapy": "Therapy", "report_therapy": "Therapy",
                 "prev_cause": "RescueTarget",
                 "prev_resisted": "Therapy", "recent_resisted": "Therapy", "prev_overcome": "RescueTarget",
                 "prev_named": "Therapy", "prev_failed": "Therapy"}
# the context slots given only to the rules that name them in an emit row (Rule.asks_studied, builders.relations)
ASKED_ONLY = ("study_therapy", "report_therapy", "prev_named", "prev_failed")
_ASKED_REFS = tuple("@" + slot for slot in ASKED_ONLY)


class RuleError(ValueError):
    """A rule table that cannot be used; the message names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    name: str
    file: str
    elements: tuple
    emits: tuple[tuple[str, str, str, str | None, str | None], ...]  # subject, predicate, object, transforms
    scope: str = "clause"
    guards: tuple[str, ...] = ()
    transforms: tuple[tuple[str, str], ...] = ()
    qualifiers: tuple[tuple[str, str], ...] = ()
    anchor: str | None = None  # the first required cue: a rule runs only in sentences that have it
    pairing: str = "all"  # "all": every subject with every object; "zip": the n-th with the n-th ("respectively")
    required: frozenset = frozenset()  # every cue lexicon the pattern needs (the rule is skipped without one)
    needs: tuple = ()  # the category sets of its required slots (the rule is skipped when one is absent)
    combinations: str = "whole"  # "whole": a combination is one token for a Therapy slot; "parts": its therapies are
    # tokens of their own, each for its own slot ("the addition of A to B": A and B, not the regimen A plus B)

    # computed once per rule (the rule is frozen; cached_property writes the instance dict directly)
    @cached_property
    def slots(self) -> dict[str, Slot]:
        return {e.name: e for e in self.elements if isinstance(e, Slot)}

    @cached_property
    def uses_context(self) -> bool:
        """Does an emit row take an entity from the discourse (``@therapy``)?"""
        return any(s.startswith("@") or o.startswith("@") for s, _, o, _, _ in self.emits)

    @cached_property
    def asks_studied(self) -> bool:
        """Does an emit row take the studied therapy (``@study_therapy``, ``@report_therapy``) or the therapy the
        previous sentence names (``@prev_named``, ``@prev_failed``), which only such rules are given?"""
        return any(s in _ASKED_REFS or o in _ASKED_REFS for s, _, o, _, _ in self.emits)

    @cached_property
    def takes_regimens(self) -> bool:
        """Does a slot take regimens? Then a combination ("A plus B") is one token; otherwise its parts are (and
        always for a rule that reads combinations as parts: "the addition of A to B", "A synergized with B")."""
        return self.combinations != "parts" and any("Regimen" in e.categories for e in self.elements if isinstance(e, Slot))


@dataclass
class RuleSet:
    lexicons: dict[str, list[str]]
    rules: list[Rule] = field(default_factory=list)
    cues: CueIndex | None = None

    def candidates(self, present: set | frozenset) -> list[Rule]:
        """The rules whose required cue lexicons all occur in ``present``, in table order. Each rule is
        filed under its anchor (first required cue) with its other required cues, so a sentence looks only at
        the rules of the cues it has, not at every rule, and tests only those other cues (the index is made on
        first use and again when the rule list changes)."""
        index = self.__dict__.get("_index")
        if index is None or index[0] is not self.rules or index[1] != len(self.rules):
            always: list[int] = []
            by_cue: dict[str, list[tuple[int, frozenset]]] = {}
            for k, r in enumerate(self.rules):
                key = r.anchor if r.anchor in r.required else next(iter(sorted(r.required)), None)
                if key is None:
                    always.append(k)
                else:
                    by_cue.setdefault(key, []).append((k, r.required - {key}))
            index = (self.rules, len(self.rules), always, by_cue)
            self.__dict__["_index"] = index
        _, _, always, by_cue = index
        picked = list(always)
        for name in present:
            found = by_cue.get(name)
            if found:
                for k, others in found:
                    if others <= present:
                        picked.append(k)
        picked.sort()
        rules = self.rules
        return [rules[k] for k in picked]

    def by_name(self, name: str) -> Rule:
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(name)


def _groups(schema: Schema) -> dict[str, frozenset]:
    out = {name: frozenset(cats) for name, cats in schema.groups.items()}
    for cat in schema.categories:
        out.setdefault(cat, frozenset({cat}))
    return out


def _fail(path: Path, where: str, why: str):
    raise RuleError(f"{path.name}: {where}: {why}")


def load_rules(schema: Schema, folder: Path) -> RuleSet:
    """Read and check ``cues.yaml`` and every rule file of ``folder``."""
    cue_path = folder / "cues.yaml"
    try:
        lexicons = kept_yaml(cue_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{cue_path}: cannot be read ({exc})") from None
    if not isinstance(lexicons, dict):
        _fail(cue_path, "top level", "expected a mapping of lexicon names to phrase lists")
    for name, phrases in lexicons.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) and p.strip() for p in phrases):
            _fail(cue_path, f"lexicon {name!r}", "expected a list of non-empty phrases")
    lexicons = with_parts(cue_path, lexicons)
    _check_undirected(schema)
    groups = _groups(schema)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == "cues.yaml":
            continue
        try:
            rows = kept_yaml(path.read_text(encoding="utf-8")) or []
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "file"
            _fail(path, where, f"not valid YAML ({getattr(exc, 'problem', exc)})")
        if not isinstance(rows, list):
            _fail(path, "top level", "expected a list of rules")
        for i, row in enumerate(rows, 1):
            rules.append(_rule(path, i, row, schema, groups, lexicons, seen))
    rs = RuleSet(lexicons, rules)
    rs.cues = CueIndex({name: spaced_free(expand_stems(phrases)) for name, phrases in lexicons.items()})
    return rs


def with_parts(path: Path, lexicons: dict[str, list[str]]) -> dict[str, list[str]]:
    """The lexicons with each phrase ``@part`` written out as the phrases of the list ``part``: two lexicons that
    share a run of phrases write it once. A list whose name opens with "_" is such a shared part only, no lexicon
    of its own (no rule names it, no cue is found by it).

    >>> with_parts(Path("cues.yaml"), {"_by": ["by a"], "x": ["@_by", "and a"], "y": ["@_by", "via a"]})
    {'x': ['by a', 'and a'], 'y': ['by a', 'via a']}
    """
    def written_out(name: str, seen: frozenset) -> list[str]:
        out = []
        for phrase in lexicons[name]:
            if not phrase.startswith("@"):
                out.append(phrase)
            elif phrase[1:] not in lexicons or phrase[1:] in seen:
                _fail(path, f"lexicon {name!r}", f"unknown or circular part {phrase!r}")
            else:
                out += written_out(phrase[1:], seen | {phrase[1:]})
        return out
    return {name: written_out(name, frozenset({name})) for name in lexicons if not name.startswith("_")}


def spaced_free(phrases: list[str]) -> list[str]:
    """The phrases with a "-free" measure also in its spaced spelling: the survival measures named by what they
    are free of ("progression-free survival", "disease-free survival") are as often written without the hyphen
    ("shorter progression free survival").

    >>> spaced_free(["progression-free survival", "=PFS"])
    ['progression-free survival', '=PFS', 'progression free survival']
    """
    seen = set(phrases)
    extra = [p.replace("-free", " free") for p in phrases if "-free" in p and not p.startswith("=")]
    return phrases + [p for p in dict.fromkeys(extra) if p not in seen]


_STEM_ENDINGS = ("", "e", "s", "es", "ed", "d", "ing", "ion", "ation", "ions", "ations", "ment", "ments")


def expand_stems(phrases: list[str]) -> list[str]:
    """Phrases with a stem inside them ("restor* sensitivity") written out with the usual endings
    ("restore sensitivity", "restored sensitivity", "restoring sensitivity", "restoration
    sensitivity" ...); a stem at the end of a phrase is left to the cue index, which takes the rest
    of the word.

    >>> expand_stems(["restor* the response", "resistan*"])[:3]
    ['restor the response', 'restore the response', 'restors the response']
    """
    out: list[str] = []
    for phrase in phrases:
        words = phrase.split(" ")
        if not any(w.endswith("*") for w in words[:-1]):
            out.append(phrase)
            continue
        variants = [""]
        for k, w in enumerate(words):
            forms = [w[:-1] + e for e in _STEM_ENDINGS] if w.endswith("*") and k < len(words) - 1 else [w]
            variants = [f"{v} {f}".strip() for v in variants for f in forms]
        out.extend(variants)
    return list(dict.fromkeys(out))


def _check_undirected(schema: Schema) -> None:
    """Every :data:`UNDIRECTED` entry renames the facts of a predicate its guard runs on by default, to a predicate
    the schema declares for at least the same ends (a renamed fact is never one the schema would refuse)."""
    for guard, (strong, weak) in UNDIRECTED.items():
        if guard not in DEFAULT_GUARDS.get(strong, ()):
            raise RuleError(f"builders/rules.py UNDIRECTED: {guard!r} is no default guard of {strong!r}")
        a, b = schema.predicates.get(strong), schema.predicates.get(weak)
        if a is None or b is None or not (set(a.domain) <= set(b.domain) and set(a.range) <= set(b.range)):
            raise RuleError(f"builders/rules.py UNDIRECTED: ontology/schema.yaml must declare {weak!r} for every "
                            f"subject and object category of {strong!r}")


def _rule(path: Path, i: int, row, schema: Schema, groups, lexicons, seen) -> Rule:
    if not isinstance(row, dict) or "name" not in row:
        _fail(path, f"rule {i}", "each rule is a mapping with a name")
    name = str(row["name"])
    where = f"rule {i} ({name})"
    if name in seen:
        _fail(path, where, f"the name is already used in {seen[name]}")
    seen[name] = path.name
    unknown = set(row) - {"name", "pattern", "emit", "scope", "guards", "without", "transforms", "qualifiers", "note",
                          "pairing", "combinations"}
    if unknown:
        _fail(path, where, f"unknown field(s) {', '.join(sorted(unknown))}")
    try:
        elements = parse_pattern(str(row.get("pattern", "")), groups)
    except ValueError as exc:
        _fail(path, where, str(exc))
    slots = {e.name: e for e in elements if isinstance(e, Slot)}
    for e in elements:
        lex = getattr(e, "lexicon", None)
        if lex is not None and lex not in lexicons:
            _fail(path, where, f"unknown cue lexicon <{lex}>; declare it in cues.yaml")
    emit = row.get("emit")
    if not emit:
        _fail(path, where, "an emit row [subject slot, predicate, object slot] is required")
    emits = [emit] if isinstance(emit[0], str) else emit
    checked = []
    for triple in emits:
        if not (isinstance(triple, list) and len(triple) == 3):
            _fail(path, where, f"emit {triple!r} must be [subject slot, predicate, object slot]")
        (s, s_fn), p, (o, o_fn) = _slot_ref(triple[0]), triple[1], _slot_ref(triple[2])
        if p not in schema.predicates:
            _fail(path, where, f"unknown predicate {p!r}")
        for slot, fn in ((s, s_fn), (o, o_fn)):
            if slot.startswith("@"):
                if slot[1:] not in CONTEXT_SLOTS:
                    _fail(path, where, f"unknown context slot {slot!r}; context slots: "
                                       f"{', '.join('@' + k for k in CONTEXT_SLOTS)}")
                continue
            if slot not in slots:
                _fail(path, where, f"emit names slot {slot!r}, which the pattern does not capture")
            if fn is not None and fn not in guards.TRANSFORMS:
                _fail(path, where, f"unknown transform {fn!r} in emit; transforms: {', '.join(sorted(guards.TRANSFORMS))}")
        s_cats = _context_or_slot(slots, s, groups)
        o_cats = _context_or_slot(slots, o, groups)
        refused = sorted((a, b) for a in _transformed(s_cats, row, s, s_fn)
                         for b in _transformed(o_cats, row, o, o_fn) if not schema.allows(a, p, b))
        if refused:
            a, b = refused[0]
            _fail(path, where, f"the schema refuses {a} -{p}-> {b}; narrow the slot groups or add a transform")
        checked.append((s, p, o, s_fn, o_fn))
    scope = row.get("scope", "clause")
    if scope not in SCOPES:
        _fail(path, where, f"scope must be one of {', '.join(SCOPES)}")
    for g in row.get("guards") or ():
        if g not in guards.GUARDS:
            _fail(path, where, f"unknown guard {g!r}; guards: {', '.join(sorted(guards.GUARDS))}")
    defaults = tuple(dict.fromkeys(g for _, p, _, _, _ in checked for g in DEFAULT_GUARDS.get(p, ())))
    without = tuple(row.get("without") or ())
    for g in without:
        if g not in defaults:
            _fail(path, where, f"'without' names {g!r}, which is no default guard of its predicates "
                               f"(defaults: {', '.join(defaults) or 'none'})")
    row_guards = tuple(row.get("guards") or ())
    for g in defaults:
        if g in row_guards:
            _fail(path, where, f"guard {g!r} runs on every rule of its predicate already (DEFAULT_GUARDS); drop it")
    all_guards = tuple(g for g in defaults if g not in without) + row_guards
    transforms = row.get("transforms") or {}
    for slot, fn in transforms.items():
        if slot not in slots:
            _fail(path, where, f"transform for slot {slot!r}, which the pattern does not capture")
        if fn not in guards.TRANSFORMS:
            _fail(path, where, f"unknown transform {fn!r}; transforms: {', '.join(sorted(guards.TRANSFORMS))}")
    qualifiers = row.get("qualifiers") or {}
    for key, fn in qualifiers.items():
        if key not in schema.qualifiers:
            _fail(path, where, f"unknown qualifier {key!r}; declare it under qualifiers in ontology/schema.yaml")
        if fn not in guards.QUALIFIERS and not str(fn).startswith("="):
            _fail(path, where, f"unknown qualifier function {fn!r}; use one of {', '.join(sorted(guards.QUALIFIERS))} "
                               f"or a constant written '=value'")
        allowed = schema.qualifiers.get(key)
        if str(fn).startswith("=") and allowed and fn[1:] not in allowed:
            _fail(path, where, f"qualifier {key} cannot be {fn[1:]!r}; allowed: {', '.join(allowed)}")
    anchor = next((e.lexicon for e in elements if hasattr(e, "lexicon") and not e.optional), None)
    pairing = row.get("pairing", "all")
    if pairing not in ("all", "zip"):
        _fail(path, where, "pairing must be all or zip")
    combinations = row.get("combinations", "whole")
    if combinations not in ("whole", "parts"):
        _fail(path, where, "combinations must be whole or parts")
    required = frozenset(e.lexicon for e in elements if hasattr(e, "lexicon") and not e.optional)
    needs = tuple(e.categories for e in elements if isinstance(e, Slot) and not e.optional)
    return Rule(name, path.name, elements, tuple(checked), scope, all_guards,
                tuple(sorted(transforms.items())), tuple(sorted(qualifiers.items())), anchor, pairing, required, needs,
                combinations)


def _context_or_slot(slots: dict, name: str, groups: dict) -> frozenset:
    return groups[CONTEXT_SLOTS[name[1:]]] if name.startswith("@") else slots[name].categories


def _slot_ref(ref: str) -> tuple[str, str | None]:
    """``"cls|class_targets"`` -> ``("cls", "class_targets")``: a slot, transformed for this emit only."""
    slot, _, fn = str(ref).partition("|")
    return slot, fn or None


def _transformed(categories: frozenset, row: dict, slot: str, emit_fn: str | None = None) -> frozenset:
    fn = emit_fn or (row.get("transforms") or {}).get(slot)
    if fn is None:
        return categories
    out = guards.TRANSFORMS[fn].results
    return frozenset(out(categories) if callable(out) else out)
