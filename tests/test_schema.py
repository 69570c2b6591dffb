"""The schema is consistent, mapped to real Biolink terms, and every edge obeys it."""
from pathlib import Path

import pytest
import yaml

from kg.graph import KnowledgeGraph, MissingEvidence, SchemaViolation
from kg.model import Assertion, Entity, Evidence
from kg.schema import load_schema


@pytest.fixture(scope="module")
def biolink():
    model = pytest.importorskip("biolink_model", reason="biolink-model (test extra) is not installed")
    path = Path(model.__file__).parent / "schema" / "biolink_model.yaml" if model.__file__ else None
    if path is None or not path.exists():
        path = next(Path(p) for p in model.__path__).joinpath("schema", "biolink_model.yaml")
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _name(curie):
    return curie.split(":", 1)[1].replace("_", " ")


def test_biolink_mappings_exist(biolink):
    schema = load_schema()
    classes = {k.replace(" ", "").lower() for k in biolink["classes"]}
    for cat, spec in schema.categories.items():
        assert spec["biolink"].split(":", 1)[1].lower() in classes, cat
    for name, pred in schema.predicates.items():
        slot = biolink["slots"].get(_name(pred.biolink))
        assert slot is not None and not slot.get("deprecated"), (name, pred.biolink)


def test_every_edge_is_allowed(graph):
    for a in graph.assertions():
        s, o = graph.entity(a.subject).category, graph.entity(a.object).category
        assert graph.schema.allows(s, a.predicate, o), (a.subject, a.predicate, a.object)


def test_no_edge_without_evidence_and_no_disallowed_edge():
    kg = KnowledgeGraph()
    kg.add_entity(Entity("HGNC:6407", "Gene", "KRAS"))
    kg.add_entity(Entity("crc:drug_x", "Drug", "x"))
    with pytest.raises(MissingEvidence):
        kg.add_assertion(Assertion("crc:drug_x", "targets", "HGNC:6407", (), []))
    ev = Evidence("d.txt", 0, 5, "x", "", "rule")
    with pytest.raises(SchemaViolation):
        kg.add_assertion(Assertion("HGNC:6407", "targets", "crc:drug_x", (), [ev]))
    assert not hasattr(kg, "add_edge")


def test_duplicate_assertions_pool_evidence():
    kg = KnowledgeGraph()
    kg.add_entity(Entity("HGNC:6407", "Gene", "KRAS"))
    kg.add_entity(Entity("crc:drug_x", "Drug", "x"))
    for start in (0, 10):
        kg.add_assertion(Assertion("crc:drug_x", "targets", "HGNC:6407", (), [Evidence("d.txt", start, start + 5, "x", "", "rule")]))
    (edge,) = kg.assertions()
    assert kg.number_of_edges() == 1 and len(edge.evidence) == 2


def test_identifiers_use_standard_prefixes(graph):
    prefixes = set(load_schema().prefixes)
    for e in graph.nodes():
        assert e.id.split(":", 1)[0] in prefixes, e.id
    genes = [e for e in graph.nodes("Gene") if not e.attr("family")]
    assert genes and all(e.id.startswith("HGNC:") for e in genes)


def test_every_survival_rate_the_trial_reader_reads_is_a_declared_metric():
    """The trial reader names survival rates by their time point (builders.trials_placing.landmark_metric); each
    such metric must be declared under ``outcome_metrics``, which gives its unit."""
    from builders.trials_placing import _LANDMARK_MONTHS

    metrics = load_schema().outcome_metrics
    assert {f"{kind}_{m}mo" for kind in ("PFS", "OS") for m in _LANDMARK_MONTHS} <= set(metrics)
    assert {metrics[f"{kind}_{m}mo"]["unit"] for kind in ("PFS", "OS") for m in _LANDMARK_MONTHS} == {"%"}


def test_group_constants_are_generated_from_the_schema():
    """``kg/groups.py`` is the schema's ``groups:`` written as constants (``make ontology``); the reader and the
    queries import their category groups from it, so the schema stays their only definition."""
    import kg.groups
    from kg.schema import groups_module

    written = Path(kg.groups.__file__).read_text(encoding="utf-8")
    assert written == groups_module(load_schema()), "kg/groups.py is stale: run `make ontology`"
    assert kg.groups.THERAPY == tuple(load_schema().group_members["Therapy"])


# The groups that name a role of the domain. Smaller sets of common categories (Gene and Molecule, say) are also
# spelled out by modules for reasons of their own (the long forms a recogniser expands), so they are not checked.
_ROLE_GROUPS = ("Therapy", "Agent", "Cause", "CauseOrPathway", "RescueTarget", "Carrier")


def test_no_module_defines_a_schema_group_again():
    """No module of the reader or the queries spells out the categories of a role group (Therapy, Cause, ...) as
    its own constant."""
    import ast

    import builders
    import kg

    groups = {frozenset(load_schema().group_members[name]) for name in _ROLE_GROUPS}
    found = []
    for package in (builders, kg):
        for path in sorted(Path(package.__file__).parent.rglob("*.py")):
            if path.name == "groups.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    value = node.value
                    if isinstance(value, ast.Call) and getattr(value.func, "id", "") == "frozenset" and value.args:
                        value = value.args[0]
                    if isinstance(value, (ast.Tuple, ast.List, ast.Set)) and value.elts and \
                            all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts) and \
                            frozenset(e.value for e in value.elts) in groups:
                        found.append(f"{path.name}:{node.lineno} {node.targets[0].id}")
    assert not found, "import these from kg.groups instead: " + ", ".join(found)


def test_the_group_generator_explains_its_use(tmp_path, capsys):
    from kg.schema import main

    assert main([]) == 2 and "usage" in capsys.readouterr().err
    assert main([str(tmp_path / "g.py"), str(tmp_path / "missing.yaml")]) == 2
    assert "not found" in capsys.readouterr().err
    assert main([str(tmp_path / "g.py")]) == 0
    assert "THERAPY = ('Drug', 'DrugClass', 'Regimen')" in (tmp_path / "g.py").read_text(encoding="utf-8")
