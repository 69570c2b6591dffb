"""The OWL ontology and SHACL shapes in ontology/: current, parseable, and covering every term the export uses."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.namespaces import BIOLINK, CRC, OA
from kg.rdf.ontology import ontology_turtle
from kg.rdf.shapes import shapes_turtle
from kg.resources import ontology_dir
from kg.schema import load_schema

DECLARED = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "crc.ttl", format="turtle")


@pytest.fixture(scope="module")
def export(built) -> Graph:
    return Graph().parse(built / "kg.ttl", format="turtle")


def test_committed_ontology_and_shapes_are_current():
    """Edit ontology/schema.yaml, then run `make ontology`: this test fails until you do."""
    assert (ontology_dir() / "crc.ttl").read_text(encoding="utf-8") == ontology_turtle()
    assert (ontology_dir() / "shapes.ttl").read_text(encoding="utf-8") == shapes_turtle()


def test_ontology_and_shapes_parse_with_rdflib_and_pyoxigraph():
    pyoxigraph = pytest.importorskip("pyoxigraph")
    for name in ("crc.ttl", "shapes.ttl"):
        path = ontology_dir() / name
        n_rdflib = len(Graph().parse(path, format="turtle"))
        store = pyoxigraph.Store()
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        assert len(store) == n_rdflib > 100, name


def _declared(ontology: Graph, term: URIRef) -> bool:
    return any((term, RDF.type, kind) in ontology for kind in DECLARED)


def test_every_project_term_the_export_uses_is_declared_with_label_and_definition(ontology, export):
    used = set()
    for s, p, o in export:
        used.add(p)
        if p == RDF.type or p == CRC.mechanism_class:
            used.add(o)
    ours = {t for t in used if str(t).startswith(str(CRC))}
    assert CRC.confers_resistance_to in ours and CRC.OnTargetAlteration in ours
    for term in sorted(ours):
        assert _declared(ontology, term), f"{term} is used by the export but not declared in ontology/crc.ttl"
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, SKOS.definition) is not None, term


def test_every_vocabulary_term_is_declared_and_nothing_else(ontology):
    terms = {URIRef(str(CRC) + name) for name in CRC.__annotations__}
    declared = {s for kind in DECLARED for s in ontology.subjects(RDF.type, kind) if str(s).startswith(str(CRC))}
    assert terms == declared


def test_other_terms_the_export_uses_come_from_standard_vocabularies(export, biolink_terms):
    oa = {URIRef(str(OA) + name) for name in OA.__annotations__}
    standard = {RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object, RDFS.label, SKOS.altLabel,
                SKOS.exactMatch, PROV.wasDerivedFrom, DCTERMS.title, DCTERMS.bibliographicCitation}
    for s, p, o in export:
        for term in (p, o) if p == RDF.type else (p,):
            if str(term).startswith(str(CRC)):
                continue
            if str(term).startswith(str(BIOLINK)):
                assert term.split("/")[-1].replace("_", "").lower() in biolink_terms, term
            else:
                assert term in standard or term in oa, term


def test_properties_have_domain_and_range_and_biolink_mappings(ontology):
    schema = load_schema()
    for name in schema.predicates:
        term = CRC[name]
        assert ontology.value(term, RDFS.domain) is not None and ontology.value(term, RDFS.range) is not None, name
        assert any(ontology.objects(term, p) for p in (SKOS.exactMatch, SKOS.closeMatch)), name
    for name in schema.categories:
        assert any(ontology.objects(CRC[name], p) for p in (SKOS.exactMatch, SKOS.closeMatch)), name
    assert (CRC.value, RDFS.range, XSD.decimal) in ontology
    assert (CRC.Gene, SKOS.exactMatch, BIOLINK.Gene) in ontology


def test_mechanism_taxonomy_is_classes_with_aro_analogies(ontology):
    classes = set(ontology.subjects(RDFS.subClassOf, CRC.ResistanceMechanism))
    assert len(classes) == len(load_schema().mechanism_taxonomy) == 10
    aro = URIRef("http://purl.obolibrary.org/obo/ARO_0001001")  # antibiotic target alteration
    assert (CRC.OnTargetAlteration, SKOS.closeMatch, aro) in ontology


@pytest.fixture(scope="module")
def biolink_terms():
    model = pytest.importorskip("biolink_model", reason="biolink-model (test extra) is not installed")
    path = Path(next(iter(model.__path__))) / "schema" / "biolink_model.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {k.replace(" ", "").replace("_", "").lower() for k in list(data["classes"]) + list(data["slots"])}
