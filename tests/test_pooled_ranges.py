"""A review's range over the studies it cites (builders/trials_pooled.py): each end an outcome with its ``bound``,
kept through KGX and RDF, shown as one range by the queries and never reported as a conflict."""
from kg.conflicts import find_conflicts
from kg.query.trials import trials
from rule_cases import run_builder

TEXT = ("Other studies have tested nivolumab plus cetuximab in unselected patients. These studies reported an ORR of "
        "5%–28% and a median PFS of 3.9–6.6 months (Lee et al., 2021; Park et al., 2022; Ito et al., 2023).")


def test_each_end_of_a_range_is_an_outcome_with_its_bound():
    from builders import trials_text

    out = run_builder(trials_text.build, TEXT)
    got = sorted((o.metric, o.value, o.bound) for o in out.outcomes)
    assert got == [("ORR", 5.0, "lower"), ("ORR", 28.0, "upper"), ("mPFS", 3.9, "lower"), ("mPFS", 6.6, "upper")]
    [pool] = [e for e in out.entities.values() if e.category == "Trial" and dict(e.attributes).get("pooled")]
    assert pool.name == "pooled (Lee 2021; Park 2022; Ito 2023)" and dict(pool.attributes)["pooled"] is True
    # the sentence's evidence is the pool's, and the quote is the sentence
    assert all(TEXT[o.evidence.start:o.evidence.end].startswith("These studies reported") for o in out.outcomes)


def test_each_cited_study_of_a_pool_evaluates_its_regimen():
    """"These studies reported ... (Lee et al., 2021; Park et al., 2022; Ito et al., 2023)": each study tested the
    regimen (evaluates it), with no arm or value of its own; one study cited by its author gives no pool and no
    members."""
    from builders import trials_text

    out = run_builder(trials_text.build, TEXT)
    names = {e.id: e.name for e in out.entities.values()}
    evaluated = {(names.get(a.subject), names.get(a.object)) for a in out.assertions if a.predicate == "evaluates"}
    for study in ("Lee et al. 2021", "Park et al. 2022", "Ito et al. 2023"):
        assert (study, "cetuximab + nivolumab") in evaluated, sorted(evaluated)
    members = {e.id for e in out.entities.values() if e.name.endswith(("2021", "2022", "2023"))}
    assert not [a for a in out.assertions if a.subject in members and a.predicate == "has_arm"]
    assert not [o for o in out.outcomes if any(o.arm.startswith(m.replace("trial_", "arm_")) for m in members)]
    cited = run_builder(trials_text.build, "Lee et al. reported an ORR of 20%–30% with sotorasib across dose levels "
                                           "(Lee et al., 2021; Park et al., 2022).")
    assert not [a for a in cited.assertions if a.predicate == "evaluates"
                and cited.entities[a.subject].name.startswith("Park")]


def _pool_arms(graph):
    return {o.arm for o in graph.outcomes() if o.bound}


def test_the_bundled_ranges_survive_kgx_and_rdf(graph, built):
    from kg.rdf.load import read_rdf

    kgx = sorted((o.arm, o.metric, o.value, o.bound) for o in graph.outcomes() if o.bound)
    assert kgx, "the bundled reviews give ranges over the studies they cite"
    rdf = sorted((o.arm, o.metric, o.value, o.bound) for o in read_rdf(built / "kg.ttl").outcomes() if o.bound)
    assert rdf == kgx


def test_a_range_is_no_conflict_and_queries_show_it_whole(graph):
    arms = _pool_arms(graph)
    assert not [c for c in find_conflicts(graph) if c.arm in arms]
    rows = [r for r in trials(graph).records() if r["arm_id"] in arms]
    assert rows and all(r["ORR"] is None or not isinstance(r["ORR"], list) for r in rows)
    ranged = [r["ORR_range"] for r in rows if "ORR_range" in r]
    assert ranged and all(low < high for low, high in ranged)
    table = trials(graph)
    assert any("–" in a.summary() for a in table.rows if a.arm in arms)


def test_the_trials_command_shows_a_range_whole(built):
    from conftest import run_cli

    out = run_cli("query", "trials", "--graph", built, "--regimen", "anti-EGFR antibody", "--limit", "100").stdout
    assert "23–30" in out  # the ORR range a review gives over the second-line studies it cites
