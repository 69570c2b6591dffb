"""Every reading rule against its test cases (tests/data/rules.yaml): sentence -> expected facts, and
facts that must not be read. Each case names the rule it exercises and is run twice: with that rule
alone (the rule does produce the fact) and with every rule (no other rule spoils the reading)."""
import pytest

from rule_cases import context, load, parse_expectation, read_relations

CASES = load("rules.yaml")


def _id(case):
    return f"{case['rule']}: {case['text'][:60]}"


def _holds(expectation, read) -> bool:
    """Whether a fact (and, when the case names one, its qualifier) is among the qualified facts read."""
    fact, qualifier = expectation
    for s, p, o, quals in read:
        if (s, p, o) != fact:
            continue
        if qualifier is None or dict(quals).get(qualifier[0], "-") == qualifier[1]:
            return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_rule_case(case):
    expected = [parse_expectation(x) for x in case.get("expect") or ()]
    absent = [parse_expectation(x) for x in case.get("absent") or ()]
    if expected:
        # "with": rules the case's rule builds on (a fact the previous sentence must state first)
        alone = read_relations(case["text"], only_rule=[case["rule"], *case.get("with", ())], qualified=True)
        missed = [e for e in expected if not _holds(e, alone)]
        assert not missed, f"rule {case['rule']} alone missed {missed}; it read {sorted(alone)}"
    every = read_relations(case["text"], qualified=True)
    missed = [e for e in expected if not _holds(e, every)]
    assert not missed, f"with every rule, missed {missed}; read {sorted(every)}"
    wrong = [e for e in absent if _holds(e, every)]
    assert not wrong, f"read what the text does not state: {wrong}"


def test_every_rule_has_a_case():
    tested = {c["rule"] for c in CASES}
    rules = {r.name for r in context().rules.rules}
    assert rules - tested == set(), f"rules without a test case: {sorted(rules - tested)}"
    assert tested - rules - {"none"} == set(), f"cases name unknown rules: {sorted(tested - rules - {'none'})}"


def test_enough_cases():
    negatives = [c for c in CASES if c.get("absent")]
    assert len(CASES) >= 150 and len(negatives) >= 30


def test_a_guard_name_is_filed_once():
    """A second guard of an existing name would silently replace the first in every rule naming it: refused."""
    import pytest
    from builders import guards

    def not_negated(m):  # the name of an existing guard
        return True

    with pytest.raises(ValueError, match="two guards named 'not_negated'"):
        guards.guard(not_negated)
    assert guards.GUARDS["not_negated"] is not not_negated


def test_default_guards_run_first_unless_a_row_opts_out(tmp_path):
    """Every rule that emits a predicate of DEFAULT_GUARDS runs those guards before its own; a row names the ones it
    does not run under ``without``; naming one again in ``guards``, or opting out of a guard that is no default of the
    row's predicates, fails the load with the file and the rule."""
    import shutil
    from pathlib import Path

    import yaml
    from builders.rules import DEFAULT_GUARDS, RuleError, load_rules
    from kg.schema import load_schema

    folder = Path(__file__).resolve().parents[1] / "ontology" / "rules"
    opted = {row["name"]: tuple(row["without"]) for f in folder.glob("*.yaml") if f.name != "cues.yaml"
             for row in yaml.safe_load(f.read_text(encoding="utf-8")) or () if row.get("without")}
    ran = 0
    for r in context().rules.rules:
        defaults = tuple(dict.fromkeys(g for _, p, _, _, _ in r.emits for g in DEFAULT_GUARDS.get(p, ())))
        kept = tuple(g for g in defaults if g not in opted.get(r.name, ()))
        assert r.guards[:len(kept)] == kept, r.name
        ran += bool(kept)
    assert ran and opted

    schema = load_schema()
    row = ('- name: t.one\n  pattern: "{marker:Predictor} <predict> ..3 {therapy:Therapy}"\n'
           '  emit: [marker, predicts_response_to, therapy]\n')
    for extra, why in (("  guards: [alteration_prediction_has_way]\n", "runs on every rule of its predicate"),
                       ("  without: [not_negated]\n", "no default guard")):
        shutil.copy(folder / "cues.yaml", tmp_path / "cues.yaml")
        (tmp_path / "t.yaml").write_text(row + extra, encoding="utf-8")
        with pytest.raises(RuleError, match=why):
            load_rules(schema, tmp_path)


def test_an_undirected_default_guard_renames_only_to_a_predicate_the_schema_declares(monkeypatch, tmp_path):
    """A default guard listed in UNDIRECTED weakens its predicate's facts instead of dropping them; the load fails,
    naming builders/rules.py, when the guard is no default of that predicate or the schema lacks the weaker one."""
    import shutil
    from pathlib import Path

    from builders import rules
    from kg.schema import load_schema

    folder = Path(__file__).resolve().parents[1] / "ontology" / "rules"
    shutil.copy(folder / "cues.yaml", tmp_path / "cues.yaml")
    schema = load_schema()
    assert set(schema.predicates["predicts_response_to"].domain) <= set(schema.predicates["predicts"].domain)
    for bad in ({"alteration_prediction_has_way": ("predicts_response_to", "predicts_outcome")},
                {"not_negated": ("predicts_response_to", "predicts")}):
        monkeypatch.setattr(rules, "UNDIRECTED", bad)
        with pytest.raises(rules.RuleError, match="UNDIRECTED"):
            rules.load_rules(schema, tmp_path)


def test_no_reader_module_defines_a_pattern_twice():
    """A module-level name bound twice in one reader module (a second ``_LACKING_BEFORE = ...`` further down) silently
    replaces the first for every function that reads it; only a rebinding that wraps the name itself
    (``_TIED = prefiltered(_TIED)``) is allowed."""
    import ast
    from pathlib import Path

    twice = []
    for path in sorted((Path(__file__).resolve().parents[1] / "builders").rglob("*.py")):
        seen = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.Assign):
                continue
            reads = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            for target in node.targets:
                for name in [t.id for t in ast.walk(target) if isinstance(t, ast.Name)]:
                    if name in seen and name not in reads:
                        twice.append(f"{path.name}: {name}")
                    seen.add(name)
    assert not twice, twice


def test_acquired_alteration_implied_unless_denied():
    """An alteration said to be acquired implies its acquired mechanism; one the sentence denies arose does not
    (builders/acquired.py)."""
    kept = read_relations("Acquired mutations in MEK1 were found in two resistant clones.")
    assert any(s == "acquired MAP2K1 mutation" and p == "involves" for s, p, *_ in kept), sorted(kept)
    denied = read_relations("Sequencing of the resistant clones found no acquired mutations in MEK1.")
    assert not any(s == "acquired MAP2K1 mutation" for s, *_ in denied), sorted(denied)
