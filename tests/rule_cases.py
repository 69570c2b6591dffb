"""Run the reader on short texts, as the rule test files (tests/data/rules.yaml, trials.yaml) need."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
_FACT = re.compile(r"^(?P<s>.+?) -(?P<p>[a-z_]+)-> (?P<o>.+)$")
_OUTCOME = re.compile(r"^(?P<arm>.+?) \| (?P<metric>\w+) \| (?P<value>[\d.]+)$")


@lru_cache(maxsize=1)
def context():
    from builders import default_context

    return default_context()


def load(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or []


def parse_fact(line: str) -> tuple[str, str, str]:
    m = _FACT.match(line.strip())
    if m is None:
        raise ValueError(f"cannot read {line!r}: write 'subject -predicate-> object'")
    return m.group("s"), m.group("p"), m.group("o")


def parse_outcome(line: str) -> tuple[str, str, float]:
    m = _OUTCOME.match(line.strip())
    if m is None:
        raise ValueError(f"cannot read {line!r}: write 'TRIAL: regimen | metric | value'")
    return m.group("arm"), m.group("metric"), float(m.group("value"))


def parse_expectation(line: str) -> tuple[tuple[str, str, str], tuple[str, str] | None]:
    """'subject -predicate-> object' with an optional ' | qualifier=value' (value '-': the fact read
    without that qualifier)."""
    fact, _, qualifier = line.partition(" | ")
    if not qualifier:
        return parse_fact(fact), None
    key, sep, value = qualifier.strip().partition("=")
    if not sep:
        raise ValueError(f"cannot read {line!r}: write '... | qualifier=value'")
    return parse_fact(fact), (key.strip(), value.strip())


def read_relations(text: str, only_rule: "str | list | None" = None, qualified: bool = False) -> set:
    """(subject name, predicate, object name) of every fact the relation reader finds in ``text``
    (with ``qualified``, a fourth member: the fact's qualifiers as a dict's sorted items); with
    ``only_rule``, the rule tables are cut down to that one rule."""
    from builders import relations
    from builders.context import BuildContext, Reading
    from builders.document import parse_document

    ctx = context()
    if only_rule is not None:  # one rule, or a list: the rule and the ones it reads after (a case's "with")
        names = [only_rule] if isinstance(only_rule, str) else list(only_rule)
        rules = replace(ctx.rules, rules=[ctx.rules.by_name(n) for n in names])
        ctx = BuildContext(ctx.schema, ctx.vocab, ctx.recognizer, rules)
    doc = parse_document("case.txt", text)
    out = relations.build(doc, Reading(doc, ctx))
    names = {e.id: e.name for e in out.entities.values()}
    if qualified:
        return {(names.get(a.subject, a.subject), a.predicate, names.get(a.object, a.object), a.qualifiers)
                for a in out.assertions}
    return {(names.get(a.subject, a.subject), a.predicate, names.get(a.object, a.object)) for a in out.assertions}


def run_builder(build, text: str):
    """What one builder (``trials_text.build``, ``table_classes.build`` ...) reads in ``text``, read as
    a document of its own: the builder's emitter (entities, assertions, outcomes)."""
    from builders.context import Reading
    from builders.document import parse_document

    doc = parse_document("case.txt", text)
    return build(doc, Reading(doc, context()))


def read_trials(text: str) -> tuple[set[str], set[tuple[str, str, float]]]:
    """Arm names and (arm name, metric, value) outcomes the prose trial reader finds in ``text``, after the
    regimen checks the graph applies (builders/regimen_checks.py)."""
    from builders import trials_text
    from builders.regimen_checks import checked_regimens

    out = run_builder(trials_text.build, text)
    _, kept_outcomes = checked_regimens(out.assertions, out.outcomes, out.entities, context())
    names = {e.id: e.name for e in out.entities.values()}
    arms = {e.name for e in out.entities.values() if e.category == "TrialArm"}
    outcomes = {(names.get(o.arm, o.arm), o.metric, round(o.value, 4)) for o in kept_outcomes}
    return arms, outcomes
