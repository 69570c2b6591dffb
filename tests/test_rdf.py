"""The RDF export: statements twice, W3C evidence, typed outcomes, escaping, round trip, SHACL conformance."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from conftest import run_cli
from kg.export.kgx import kgx_text
from kg.graph import KnowledgeGraph
from kg.model import Assertion, Entity, Evidence, Outcome
from kg.query.testing import tiny_graph
from kg.rdf.load import RDFReadError, from_rdf, read_rdf
from kg.rdf.mapping import RDFExportError, to_rdf
from kg.rdf.namespaces import CRC, OA, PROV, RDF, XSD
from kg.rdf.shapes import validate


@pytest.fixture(scope="module")
def turtle(built) -> Graph:
    return Graph().parse(built / "kg.ttl", format="turtle")


def test_each_assertion_is_a_plain_triple_and_a_statement_with_w3c_evidence(turtle):
    statements = set(turtle.subjects(RDF.type, CRC.Assertion))
    assert len(statements) > 1000
    for st in statements:
        s, p, o = (turtle.value(st, t) for t in (RDF.subject, RDF.predicate, RDF.object))
        assert (s, p, o) in turtle and (st, RDF.type, RDF.Statement) in turtle
    # one resistance statement, followed down to its selectors
    st = next(st for st in statements if turtle.value(st, RDF.predicate) == CRC.confers_resistance_to
              and turtle.value(st, CRC.mechanism_class) is not None)
    ann = turtle.value(st, CRC.evidence)
    target = turtle.value(ann, OA.hasTarget)
    doc = turtle.value(target, OA.hasSource)
    assert (doc, RDF.type, CRC.Document) in turtle and (ann, PROV.wasDerivedFrom, doc) in turtle
    assert len(turtle.value(doc, CRC.sha256)) == 64
    kinds = {turtle.value(sel, RDF.type) for sel in turtle.objects(target, OA.hasSelector)}
    assert kinds == {OA.TextQuoteSelector, OA.TextPositionSelector}


def test_w3c_selectors_quote_the_source_file_exactly(turtle, built):
    texts = {}
    from kg.resources import bundled_corpus_dir

    for path in bundled_corpus_dir().glob("*.txt"):
        texts[path.name] = path.read_text(encoding="utf-8")
    n = 0
    for quote in turtle.subjects(RDF.type, OA.TextQuoteSelector):
        target = next(turtle.subjects(OA.hasSelector, quote))
        pos = next(s for s in turtle.objects(target, OA.hasSelector) if s != quote)
        doc = turtle.value(target, OA.hasSource)
        text = texts[str(turtle.value(doc, CRC.file))]
        start, end = int(turtle.value(pos, OA.start)), int(turtle.value(pos, OA.end))
        assert text[start:end] == str(turtle.value(quote, OA.exact))
        assert text[:start].endswith(str(turtle.value(quote, OA.prefix)))
        assert text[end:].startswith(str(turtle.value(quote, OA.suffix)))
        n += 1
    assert n > 500  # one annotation per distinct quoted span, shared by the statements it supports


def test_outcomes_are_typed_decimals_so_a_filter_finds_them(turtle):
    rows = list(turtle.query("""
        PREFIX crc: <https://w3id.org/crc-resistance-kg/>
        SELECT ?arm ?v WHERE { ?arm crc:has_outcome ?o . ?o crc:metric "ORR" ; crc:value ?v . FILTER(?v > 50) }"""))
    assert rows and all(r.v.datatype == XSD.decimal and r.v.toPython() > Decimal(50) for r in rows)


def test_documents_carry_title_citation_and_hash(turtle):
    from rdflib.namespace import DCTERMS

    docs = set(turtle.subjects(RDF.type, CRC.Document))
    assert len(docs) == 5
    titled = {str(turtle.value(d, DCTERMS.title)) for d in docs if turtle.value(d, DCTERMS.title)}
    assert any(t.startswith("Pyrotinib Plus Trastuzumab") for t in titled)
    assert all(turtle.value(d, DCTERMS.bibliographicCitation) for d in docs)


def test_external_ids_are_full_iris_with_bound_prefixes(built, turtle):
    text = (built / "kg.ttl").read_text(encoding="utf-8")
    for prefix in ("hgnc:", "drugbank:", "clinicaltrials:", "oa:", "prov:", "biolink:"):
        assert f"@prefix {prefix}" in text
    egfr = URIRef("http://identifiers.org/hgnc/3236")
    assert (egfr, RDF.type, CRC.Gene) in turtle


def test_bundled_export_conforms_to_the_shapes(turtle):
    report = validate(turtle)
    assert report.conforms, report.text()


def test_a_broken_graph_fails_with_a_readable_report():
    g = to_rdf(tiny_graph())
    gene = URIRef("http://identifiers.org/hgnc/7029")  # MET
    arm = next(g.subjects(CRC.has_outcome, None))
    outcome = g.value(arm, CRC.has_outcome)
    g.remove((gene, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None))     # no label
    g.set((outcome, CRC.value, Literal("34%")))                                         # value not a decimal
    g.add((gene, CRC.confers_resistance_to, gene))                                      # gene resists a gene
    st = next(g.subjects(RDF.type, CRC.Assertion))
    g.remove((st, CRC.evidence, None))                                                  # statement without evidence
    report = validate(g)
    assert not report.conforms
    text = report.text()
    assert "hgnc:7029 rdfs:label" in text
    assert "crc:value: an outcome value is one xsd:decimal" in text
    assert "the object of crc:confers_resistance_to must be a Drug or DrugClass or Regimen" in text
    assert "every assertion needs at least one evidence annotation" in text
    assert "Traceback" not in text


def test_turtle_round_trip_gives_the_same_graph_and_the_same_turtle(built, turtle):
    kg = read_rdf(built / "kg.ttl")
    nodes, edges = kgx_text(kg)
    assert nodes == (built / "nodes.jsonl").read_text(encoding="utf-8")
    assert edges == (built / "edges.jsonl").read_text(encoding="utf-8")
    assert isomorphic(to_rdf(kg), turtle)


NASTY = 'He said "x" \\ y\nnext line\t<script>alert(1)</script> & é β 阿 $\\beta$ \\frac{1}{2} \U0001F600 \'q\''


def _nasty_graph() -> KnowledgeGraph:
    kg = KnowledgeGraph()
    ev = Evidence("nasty.txt", 3, 3 + len(NASTY), " ".join(NASTY.split()), 'Sec "1" <b>', "rule",
                  exact=NASTY, prefix='>> "', suffix="\\n\n")
    kg.add_entity(Entity("crc:doc_nasty", "Document", "nasty.txt",
                         attributes=(("file", "nasty.txt"), ("sha256", "0" * 64), ("title", NASTY))))
    kg.add_entity(Entity("crc:mechanism_x", "ResistanceMechanism", NASTY, ("syn <1>", 'syn "2"')))
    kg.add_entity(Entity("crc:class_y", "DrugClass", "class \\ y"))
    kg.add_entity(Entity("crc:arm_z", "TrialArm", "arm ünïcode",
                         attributes=(("regimen", "crc:regimen_r"), ("trial", "crc:trial_t"))))
    kg.add_entity(Entity("crc:regimen_r", "Regimen", "r"))
    kg.add_entity(Entity("crc:trial_t", "Trial", "t", attributes=(("phase", "II"),)))
    kg.note_mention("crc:mechanism_x", "nasty.txt")
    kg.add_assertion(Assertion("crc:mechanism_x", "confers_resistance_to", "crc:class_y",
                               (("mechanism_class", "immune_evasion"), ("population", NASTY)), [ev]))
    kg.add_outcome(Outcome("crc:arm_z", "ORR", 0.1234567890123, "%", ev, 1e-05, 99.5, "< 0.001", NASTY))
    return kg


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_quotes_backslashes_newlines_markup_unicode_and_latex_survive_a_round_trip(fmt):
    from kg.export.jsonld import jsonld_text
    from kg.export.ntriples import ntriples_text
    from kg.export.turtle import turtle_text

    kg = _nasty_graph()
    text = {"turtle": turtle_text, "nt": ntriples_text, "json-ld": jsonld_text}[fmt](kg)
    back = from_rdf(Graph().parse(data=text, format=fmt))
    assert kgx_text(back) == kgx_text(kg)
    assert back.entity("crc:mechanism_x").name == NASTY
    out = back.outcomes()[0]
    assert out.value == 0.1234567890123 and out.ci_low == 1e-05 and out.evidence.quote == NASTY
    assert validate(to_rdf(back)).conforms


def test_the_tiny_graph_round_trips_through_every_rdf_format(tmp_path):
    from kg.export import WRITERS

    kg = tiny_graph()
    for fmt in ("ttl", "nt", "jsonld"):
        (path,) = WRITERS[fmt](kg, tmp_path)
        assert kgx_text(read_rdf(path)) == kgx_text(kg), fmt


def test_export_errors_are_clear(tmp_path):
    kg = KnowledgeGraph()
    kg.add_entity(Entity("crc:doc_d", "Document", "d.txt", attributes=(("file", "d.txt"), ("sha256", "0" * 64))))
    kg.add_entity(Entity("FOO:1", "Gene", "X"))
    with pytest.raises(RDFExportError, match="FOO:1.*prefixes"):
        to_rdf(kg)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix crc: <https://w3id.org/crc-resistance-kg/> .\ncrc:a crc:b \n", encoding="utf-8")
    with pytest.raises(RDFReadError, match="bad.ttl: cannot parse"):
        read_rdf(bad)
    empty_label = tmp_path / "nolabel.ttl"
    empty_label.write_text("@prefix crc: <https://w3id.org/crc-resistance-kg/> .\ncrc:gene_x a crc:Gene .\n",
                           encoding="utf-8")
    with pytest.raises(RDFReadError, match="exactly one rdfs:label"):
        read_rdf(empty_label)


def test_cli_export_writes_each_format_byte_identically(built, tmp_path):
    for name in ("nodes.jsonl", "edges.jsonl"):
        (tmp_path / name).write_bytes((built / name).read_bytes())
    for fmt, name in (("ttl", "kg.ttl"), ("nt", "kg.nt"), ("jsonld", "kg.jsonld")):
        run_cli("export", "--out", tmp_path, "--format", fmt)
        first = (tmp_path / name).read_bytes()
        run_cli("export", "--out", tmp_path, "--format", fmt)
        assert (tmp_path / name).read_bytes() == first, fmt
    assert (tmp_path / "kg.ttl").read_bytes() == (built / "kg.ttl").read_bytes()
    assert json.loads((tmp_path / "kg.jsonld").read_text(encoding="utf-8"))["@context"]["crc"].startswith("https://")
    proc = run_cli("export", "--out", tmp_path, "--format", "rdfxml", check=False)
    assert proc.returncode == 2 and "choose one of" in proc.stderr


# -- the triples, mapped once and written without rdflib ------------------------------------------------------------
def test_each_evidence_is_mapped_once_however_many_statements_cite_it(graph):
    from kg.rdf.mapping import Triples

    triples = Triples(graph)
    cited = {ev for a in graph.assertions() for ev in a.evidence} | {o.evidence for o in graph.outcomes()}
    # a sentence is an annotation, a background fact a vocabulary record (:mod:`kg.background`)
    annotations = [s for s, entries in triples.subjects.items()
                   if any(kind in ("annotation", "record") for kind, _ in entries)]
    assert len(annotations) == len(cited) < sum(len(a.evidence) for a in graph.assertions())


def test_writers_import_no_rdflib(tmp_path):
    import subprocess
    import sys

    code = ("import sys\nfrom kg.export import WRITERS\nfrom kg.query.testing import tiny_graph\nkg = tiny_graph()\n"
            f"for fmt in WRITERS:\n    WRITERS[fmt](kg, {str(tmp_path)!r})\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('rdflib', 'curies', 'pyshacl')))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"
    assert {p.name for p in tmp_path.iterdir()} == {"kg.ttl", "kg.nt", "kg.jsonld", "nodes.jsonl", "edges.jsonl",
                                                    "kg.graphml", "kg.cyjs", "kg.cx2", "neo4j"}


def test_ntriples_keep_one_triple_per_line_whatever_the_text():
    from kg.export.ntriples import ntriples_text

    kg = _nasty_graph()
    kg.add_entity(Entity("crc:class_z", "DrugClass", "page\x0cbreak and line\u2028separator\x85next"))
    text = ntriples_text(kg)
    lines = text.split("\n")[:-1]
    assert lines == sorted(lines) and all(line.endswith(" .") for line in lines)
    assert len(lines) == len(Graph().parse(data=text, format="nt")) == len(to_rdf(kg))
    assert isomorphic(Graph().parse(data=text, format="nt"), to_rdf(kg))


def test_jsonld_is_the_canonical_json_of_its_content():
    from kg.export.jsonld import jsonld_text

    for kg in (tiny_graph(), _nasty_graph(), KnowledgeGraph()):
        text = jsonld_text(kg)
        doc = json.loads(text)
        assert text == json.dumps(doc, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
        assert [n["@id"] for n in doc.get("@graph", [])] == sorted(n["@id"] for n in doc.get("@graph", []))
        assert isomorphic(Graph().parse(data=text, format="json-ld"), to_rdf(kg))


def test_an_id_that_is_no_iri_is_refused(tmp_path):
    from kg.export import WRITERS

    kg = KnowledgeGraph()
    kg.add_entity(Entity("crc:doc_d", "Document", "d.txt", attributes=(("file", "d.txt"), ("sha256", "0" * 64))))
    kg.add_entity(Entity("crc:class_a b", "DrugClass", "a b"))
    for fmt in ("ttl", "nt", "jsonld"):
        with pytest.raises(RDFExportError, match="'crc:class_a b' cannot be written as an IRI"):
            WRITERS[fmt](kg, tmp_path)
    assert not list(tmp_path.iterdir())  # nothing half-written
