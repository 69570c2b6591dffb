"""PubMed XML, PMC/JATS XML and BioC (XML, JSON) corpora: documents, identifiers, offsets, errors.

The files under tests/data/formats/ are real records (see SOURCES.md there); evidence offsets of
every format are checked against the text ``crckg evidence-text`` prints.
"""
import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import run_cli
from kg.resources import bundled_corpus_dir

DATA = Path(__file__).parent / "data" / "formats"
PDF_DATA = Path(__file__).parent / "data" / "pdf"
PDF = "two_column.pdf"
TEXT = "003_4761f86816592ae5.txt"
PUBMED = "pubmed-31388315.xml"  # one article, unstructured abstract, mCRC
STRUCTURED = "pubmed-20628391.xml"  # one article, structured abstract, mCRC
JATS = "PMC4049792.xml"  # PMC E-utilities full text (<pmc-articleset>), mCRC, with tables
JATS_ARTICLE = "mds526.nxml"  # a bare JATS <article>, as in PMC's Open Access packages
BIOC_XML = "bioc-31388315.xml"
BIOC_CRC = "bioc-19789368.xml"  # a real BioC XML record (NCBI's BioRED corpus), annotated, colorectal
BIOC_JSON = "bioc-22663011.json"  # a real PubTator3 export (BioC JSON), with its annotations


def pubmed_set(*names: str) -> bytes:
    """One PubmedArticleSet holding the articles of the real PubMed files ``names`` (in that order)."""
    articles = []
    for name in names:
        data = (DATA / name).read_bytes()
        articles.append(data[data.index(b"<PubmedArticle>"):data.rindex(b"</PubmedArticleSet>")])
    head = b'<?xml version="1.0" encoding="utf-8"?>\n<PubmedArticleSet>\n'
    return head + b"".join(articles) + b"</PubmedArticleSet>\n"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """A corpus with a document of every format: text, a PubMed file of two articles, JATS, BioC JSON."""
    d = tmp_path_factory.mktemp("mixed")
    shutil.copy(bundled_corpus_dir() / TEXT, d / TEXT)
    (d / "pubmed-export.xml").write_bytes(pubmed_set(STRUCTURED, PUBMED))
    shutil.copy(DATA / JATS, d / JATS)
    shutil.copy(DATA / JATS_ARTICLE, d / JATS_ARTICLE)
    shutil.copy(DATA / BIOC_JSON, d / BIOC_JSON)
    shutil.copy(PDF_DATA / PDF, d / PDF)
    return d


@pytest.fixture(scope="module")
def mixed_out(mixed, tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed-out")
    proc = run_cli("build", "--quiet", "--corpus", mixed, "--out", out, "--no-cache")
    assert "Traceback" not in proc.stderr
    return out


@pytest.fixture(scope="module")
def bioc(tmp_path_factory):
    """A second mixed corpus: text, two BioC XML files and BioC JSON (one BioC XML article is the PubMed one above)."""
    d = tmp_path_factory.mktemp("bioc")
    shutil.copy(bundled_corpus_dir() / TEXT, d / TEXT)
    shutil.copy(DATA / BIOC_XML, d / BIOC_XML)
    shutil.copy(DATA / BIOC_CRC, d / BIOC_CRC)
    shutil.copy(DATA / BIOC_JSON, d / BIOC_JSON)
    out = tmp_path_factory.mktemp("bioc-out")
    run_cli("build", "--quiet", "--corpus", d, "--out", out, "--no-cache")
    return d, out


def _records(out, name):
    return [json.loads(line) for line in (out / name).read_text(encoding="utf-8").splitlines()]


def _all_evidence(out):
    for row in _records(out, "edges.jsonl"):
        yield from row["evidence"]
    for row in _records(out, "nodes.jsonl"):
        for outcome in row.get("outcomes", ()):
            yield outcome["evidence"]


# -- reading each format ------------------------------------------------------------------------------------------

def test_pubmed_article_is_a_document_named_by_its_pmid():
    from builders.formats import read_sources

    [source] = read_sources(DATA / PUBMED)
    assert source.name == "PMID:31388315" and source.file == PUBMED and source.format == "pubmed"
    assert source.publications == ("PMC:PMC6607986", "PMID:31388315", "doi:10.2147/CMAR.S186042")
    assert dict(source.metadata) == {
        "title": "The impact of panitumumab treatment on survival and quality of life in patients with RAS wild-type "
                 "metastatic colorectal cancer.",
        "journal": "Cancer management and research", "year": "2019",
        "authors": "Battaglin F; Puccini A; Ahcene Djaballah S; Lenz HJ"}
    assert source.text.startswith("# The impact of panitumumab treatment")
    assert "Panitumumab is a fully human monoclonal antibody targeting the epidermal growth factor receptor (EGFR)." \
        in source.text
    assert "Nat Rev Mol Cell Biol" not in source.text  # the reference list is not text


def test_structured_abstract_keeps_its_labels_as_sections():
    from builders.document import parse_document
    from builders.formats import read_sources

    [source] = read_sources(DATA / STRUCTURED)
    doc = parse_document(source.name, source.text, source.sha256, source.publications)
    sections = {s.section for s in doc.sentences}
    assert sections == {"", "BACKGROUND", "METHODS", "RESULTS", "CONCLUSION"}
    # the title is the document's first sentence, before any section (its words are read as a text's title line is)
    title = doc.sentences[0]
    assert title.section == "" and title.text.startswith("UGT1A and TYMS genetic variants predict toxicity")
    assert source.text[title.start:title.end] == title.text
    first_result = next(s for s in doc.sentences if s.section == "RESULTS")
    assert first_result.text.startswith("TYMS 3TRP/3TRP genotype was the only independent predictor of tumour response")
    assert source.publications == ("PMC:PMC2939780", "PMID:20628391", "doi:10.1038/sj.bjc.6605776")
    meta = dict(source.metadata)
    assert meta["title"].startswith("UGT1A and TYMS genetic variants predict toxicity and response of colorectal cancer")
    assert (meta["journal"], meta["year"]) == ("British journal of cancer", "2010")
    assert meta["authors"].startswith("Martinez-Balibrea E; Abad A; Martínez-Cardús A")  # entities decoded
    assert "Spanish Cooperative Group" not in source.text  # the reference list is not text


def test_a_pubmed_file_of_several_articles_gives_one_document_each():
    from builders.formats import read_sources

    path = Path(pytest.importorskip("tempfile").mkdtemp()) / "set.xml"
    path.write_bytes(pubmed_set(STRUCTURED, PUBMED))
    sources = read_sources(path)
    assert [s.name for s in sources] == ["PMID:20628391", "PMID:31388315"]
    assert {s.file for s in sources} == {"set.xml"}


def test_jats_sections_tables_captions_and_no_references():
    from builders.document import parse_document
    from builders.formats import read_sources

    [source] = read_sources(DATA / JATS)
    assert source.name == "PMC:PMC4049792" and source.file == JATS and source.format == "jats"  # named by its PMCID
    assert source.publications == ("PMC:PMC4049792", "PMID:24642870", "doi:10.4161/cbt.28550")
    meta = dict(source.metadata)
    assert meta == {"title": "Characterization of rare transforming KRAS mutations in sporadic colorectal cancer",
                    "journal": "Cancer Biology & Therapy", "year": "2014",
                    "authors": "Tong JH; Lung RW; Sin FM; Law PP; Kang W; Chan AW; Ma BB; Mak TW; Ng SS; To KF"}
    text = source.text
    assert text.startswith("# Characterization of rare transforming KRAS mutations in sporadic colorectal cancer\n")
    assert "KRAS mutational status has been shown to be a predictive biomarker of resistance to anti-EGFR monoclonal " \
           "antibody (mAb) therapy in patients with metastatic colorectal cancer." in text
    assert "\n## Materials and Methods\n" in text and "\n### Statistical analysis\n" in text
    # the reference list, the acknowledgements and the glossary are not text
    assert "<ref" not in text and "Global cancer statistics" not in text
    assert "No potential conflicts of interest" not in text and "Abbreviations" not in text
    doc = parse_document(source.name, text, source.sha256, source.publications)
    assert {"Abstract", "Introduction", "Discussion", "Status of KRAS mutation"} <= {s.section for s in doc.sentences}
    # five tables, each a tab-separated table under its caption, one row per <tr>
    assert [t.caption.split(".")[0] for t in doc.tables] == [f"Table {i}" for i in range(1, 6)]
    assert all(t.kind == "tsv" for t in doc.tables)
    spectrum = doc.tables[1]
    assert spectrum.caption == "Table 2. KRAS mutations spectrum in 670 colorectal cancers"
    assert spectrum.cells[:3] == [["Mutation", "Frequency", "Percentage"], ["Codon 12", "505", "75.1%"],
                                  ["G12D", "252", "37.5%"]]
    clinical = doc.tables[2]  # "KRAS mutation" spans two columns: the cell after it is empty
    assert clinical.cells[:2] == [["Characteristics", "KRAS mutation", "", "Total", "P value"], ["", "+", "−", "", ""]]
    assert ["Right", "209 (57.3%)", "156 (42.7%)", "365", "< 0.0001"] in clinical.cells
    # the table footnote follows its table; figure captions are paragraphs
    assert "A total of 672 KRAS mutations were detected from 670 colorectal tumors." in text
    assert re.search(r"^Figure 1\. Electropherogram for KRAS mutants\.", text, re.M)
    assert "\nFigure 2. KRAS insertion mutants activated RAS signaling" in text  # <bold>Figure 2.</bold><italic>KRAS


def test_a_bare_jats_article_is_named_by_its_file():
    from builders.document import parse_document
    from builders.formats import read_sources

    [source] = read_sources(DATA / JATS_ARTICLE)
    assert source.name == JATS_ARTICLE and source.format == "jats"
    assert source.publications == ("PMC:PMC3574550", "PMID:23149571", "doi:10.1093/annonc/mds526")
    meta = dict(source.metadata)
    assert meta["title"].startswith("Socio-demographic inequalities in stage of cancer diagnosis")
    assert (meta["journal"], meta["year"]) == ("Annals of Oncology", "2013")
    assert meta["authors"].startswith("Lyratzopoulos G; Abel GA; Brown CH")
    text = source.text
    # sections are headings; the reference list and acknowledgements are not text
    assert "\n## introduction\n" in text and "\n### analysis\n" in text
    assert "<ref" not in text and "References" not in text
    doc = parse_document(source.name, text, source.sha256, source.publications)
    assert "methods / analysis" not in {s.section for s in doc.sentences}
    assert {"introduction", "analysis", "results", "discussion"} <= {s.section for s in doc.sentences}
    # every table is read as a tab-separated table with its caption, one row per <tr>
    assert len(doc.tables) == 4 and all(t.kind == "tsv" for t in doc.tables)
    first = doc.tables[0]
    assert first.caption.startswith("Table 1 Distribution of stage, gender, age and deprivation categories by cancer")
    assert first.cells[0][:4] == ["", "Bladder", "Breast", "Colon"]
    assert first.cells[2][:3] == ["Stage I", "2219 45%", "8595 38%"]
    # figure captions are paragraphs
    assert re.search(r"^Figure 1\. ", text, re.M) or re.search(r"^Figure 1 ", text, re.M)


def test_jats_spanning_cells_leave_empty_cells():
    from xml.etree.ElementTree import fromstring

    from builders.formats.jats import _grid

    table = fromstring("<table><tr><th rowspan='2'>Arm</th><th colspan='2'>ORR</th></tr>"
                       "<tr><th>n</th><th>%</th></tr><tr><td>A</td><td>3</td><td>30%</td></tr></table>")
    assert _grid(table) == [["Arm", "ORR", ""], ["", "n", "%"], ["A", "3", "30%"]]


@pytest.mark.parametrize("name,expected", [(BIOC_XML, "PMID:31388315"), (BIOC_CRC, "PMID:19789368"),
                                           (BIOC_JSON, "PMID:22663011")])
def test_bioc_passages_keep_their_offsets(name, expected):
    from builders.formats import read_sources

    [source] = read_sources(DATA / name)
    assert source.name == expected
    if name.endswith(".json"):
        document = json.loads((DATA / name).read_text("utf-8"))["PubTator3"][0]
        passages = [(p["offset"], p["text"]) for p in document["passages"]]
        assert source.publications == ("PMID:22663011", "doi:10.1056/NEJMoa1203421")  # the DOI from the citation
        meta = dict(source.metadata)
        assert (meta["title"], meta["journal"], meta["year"]) == (
            "Improved survival with MEK inhibition in BRAF-mutated melanoma.", "N Engl J Med", "2012")
        assert meta["authors"].startswith("Flaherty KT; Robert C; Hersey P")
    else:
        raw = (DATA / name).read_text("utf-8")
        passages = [(int(o), re.sub(r"&lt;", "<", t).replace("&gt;", ">").replace("&amp;", "&"))
                    for o, t in re.findall(r"<offset>(\d+)</offset><text>([^<]*)</text>", raw)]
        assert source.publications == (expected,)
    assert len(passages) == 2
    for offset, text in passages:
        assert source.text[offset:offset + len(text)] == text
    if name == BIOC_CRC:
        title = "Vitamin D receptor expression is associated with PIK3CA and KRAS mutations in colorectal cancer."
        assert dict(source.metadata) == {"title": title}
        assert source.text.startswith(title + "\nVitamin D is associated with decreased risks of various cancers")
        assert "VDR overexpression in colorectal cancer is independently associated with PIK3CA and KRAS mutations." \
            in source.text


def test_pubtator_annotations_point_into_the_text_at_their_bioc_offsets():
    """The offsets of a real PubTator3 export index the document's text, so its annotations can be checked against it."""
    from builders.formats import read_sources

    [source] = read_sources(DATA / BIOC_JSON)
    document = json.loads((DATA / BIOC_JSON).read_text("utf-8"))["PubTator3"][0]
    annotations = [a for p in document["passages"] for a in p["annotations"]]
    assert len(annotations) == 40
    for annotation in annotations:
        for where in annotation["locations"]:
            assert source.text[where["offset"]:where["offset"] + where["length"]] == annotation["text"]


def test_bioc_xml_annotations_point_into_the_text_at_their_offsets():
    """The annotations of the real BioC XML record (BioRED's genes, diseases, ...) quote the document's text."""
    from xml.etree.ElementTree import parse

    from builders.formats import read_sources

    [source] = read_sources(DATA / BIOC_CRC)
    [document] = parse(DATA / BIOC_CRC).getroot().iter("document")
    assert document.findtext("id") == "19789368"
    annotations = [a for p in document.iter("passage") for a in p.iter("annotation")]
    assert len(annotations) == 59
    for annotation in annotations:
        for where in annotation.iter("location"):
            start, length = int(where.get("offset")), int(where.get("length"))
            assert source.text[start:start + length] == annotation.findtext("text")


def test_pubtator_citation_gives_the_doi_year_and_authors_in_bioc_xml_too(tmp_path):
    from builders.formats import read_sources

    (tmp_path / "p.xml").write_text(
        '<collection><source>PubTator</source><document><id>24642870</id><passage>'
        '<infon key="journal">Cancer Biol Ther. 2014 Jun 1;15(6):768-76. doi: 10.4161/cbt.28550. Epub 2014 Mar 18.'
        '</infon><infon key="year">2014</infon><infon key="authors">Tong JH, Lung RW, Sin FM</infon>'
        '<infon key="type">title</infon><offset>0</offset><text>KRAS.</text></passage></document></collection>',
        encoding="utf-8")
    [source] = read_sources(tmp_path / "p.xml")
    assert source.publications == ("PMID:24642870", "doi:10.4161/cbt.28550")
    assert dict(source.metadata) == {"authors": "Tong JH; Lung RW; Sin FM", "title": "KRAS.", "year": "2014"}


def test_bioc_passages_that_overlap_are_refused_with_one_line(tmp_path):
    from builders.formats import Unreadable, read_sources

    doc = {"documents": [{"id": "1", "passages": [{"offset": 0, "text": "KRAS is mutated."},
                                                  {"offset": 5, "text": "Overlap."}]}]}
    (tmp_path / "b.json").write_text(json.dumps(doc), encoding="utf-8")
    [bad] = read_sources(tmp_path / "b.json")
    assert isinstance(bad, Unreadable)
    assert "b.json: BioC document 1: the passage at offset 5 overlaps the one before it" in bad.error


# -- a mixed corpus ----------------------------------------------------------------------------------------------

def test_mixed_corpus_builds_every_format(mixed_out):
    report = json.loads((mixed_out / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["document"] for d in report["documents"]) == sorted(
        [TEXT, JATS_ARTICLE, PDF, "PMC:PMC4049792", "PMID:20628391", "PMID:22663011", "PMID:31388315"])
    assert report["failed"] == []
    docs = {r["name"]: r for r in _records(mixed_out, "nodes.jsonl") if "biolink:Publication" in r["category"]
            or r["category"][1] == "crc:Document"}
    assert docs["PMID:31388315"]["xref"] == ["PMC:PMC6607986", "PMID:31388315", "doi:10.2147/CMAR.S186042"]
    assert docs["PMID:31388315"]["file"] == "pubmed-export.xml"
    assert docs["PMID:31388315"]["journal"] == "Cancer management and research"
    assert docs["PMC:PMC4049792"]["xref"] == ["PMC:PMC4049792", "PMID:24642870", "doi:10.4161/cbt.28550"]
    assert docs["PMC:PMC4049792"]["file"] == JATS
    assert docs[JATS_ARTICLE]["xref"] == ["PMC:PMC3574550", "PMID:23149571", "doi:10.1093/annonc/mds526"]
    assert "xref" not in docs[TEXT] and "journal" not in docs[TEXT]


@pytest.mark.parametrize("which", ["mixed", "bioc"])
def test_every_evidence_quote_matches_the_printed_text_by_offsets(which, request):
    from kg.pipeline import document_text

    if which == "mixed":
        corpus, out = request.getfixturevalue("mixed"), request.getfixturevalue("mixed_out")
        expected = {TEXT, "PMID:31388315", "PMID:20628391", "PMC:PMC4049792", PDF}  # not every document states a fact read
    else:
        corpus, out = request.getfixturevalue("bioc")
        expected = {TEXT, "PMID:31388315", "PMID:19789368"}  # both BioC XML documents here
    texts = {}
    checked = set()
    for ev in _all_evidence(out):
        name = ev["document"]
        if name not in texts:
            texts[name] = document_text(corpus, name)
        text = texts[name]
        quote = ev.get("exact", ev["sentence"])
        assert text[ev["start"]:ev["end"]] == quote, (name, ev["start"])
        assert " ".join(quote.split()) == ev["sentence"]
        assert text[max(0, ev["start"] - 32):ev["start"]] == ev.get("prefix", "")
        assert text[ev["end"]:ev["end"] + 32] == ev.get("suffix", "")
        checked.add(name)
    assert expected <= checked


def test_evidence_and_edges_carry_the_document_identifiers(mixed_out):
    nodes = {r["name"]: r for r in _records(mixed_out, "nodes.jsonl") if r["category"][1] == "crc:Document"}
    seen = 0
    for row in _records(mixed_out, "edges.jsonl"):
        expected = set()
        for ev in row["evidence"]:
            assert sorted(ev.get("publications", [])) == nodes[ev["document"]].get("xref", [])
            expected.update(ev.get("publications", []))
        assert row.get("publications", []) == sorted(expected)
        seen += bool(expected)
    assert seen


def test_evidence_text_prints_exactly_the_indexed_text(mixed):
    from kg.pipeline import document_text

    for name in (TEXT, "PMID:31388315", "PMID:20628391", "PMC:PMC4049792", JATS_ARTICLE, "PMID:22663011", PDF):
        proc = run_cli("evidence-text", name, "--corpus", mixed)
        assert proc.stdout == document_text(mixed, name)
    assert document_text(mixed, TEXT) == (mixed / TEXT).read_text(encoding="utf-8")
    proc = run_cli("evidence-text", "PMID:31388315", "--corpus", mixed, "--start", "0", "--end", "5")
    assert proc.stdout == "# The"
    proc = run_cli("evidence-text", "PMID:31388316", "--corpus", mixed, check=False)
    assert proc.returncode == 2 and "no document PMID:31388316" in proc.stderr and "PMID:31388315" in proc.stderr


def test_workers_and_the_cache_give_the_same_graph(mixed, tmp_path):
    from kg.cache import DocumentCache
    from kg.export.kgx import kgx_text
    from kg.pipeline import assemble, corpus_files, read_all

    files = corpus_files(mixed)
    serial, failed = read_all(files)
    assert failed == []
    cache = DocumentCache(tmp_path / "cache")
    parallel, _ = read_all(files, workers=2, cache=cache)
    assert cache.misses == len(files)
    again = DocumentCache(tmp_path / "cache")
    cached, _ = read_all(files, cache=again)
    assert (again.hits, again.misses) == (len(files), 0)
    assert [r.document for r in cached] == [r.document for r in serial]
    assert kgx_text(assemble(serial)) == kgx_text(assemble(parallel)) == kgx_text(assemble(cached))


def test_one_article_out_of_time_does_not_sink_the_others(tmp_path, monkeypatch):
    import builders
    from builders import ReadingTimeout
    from kg.pipeline import read_file

    path = tmp_path / "set.xml"
    path.write_bytes(pubmed_set(STRUCTURED, PUBMED))
    real = builders.read_source

    def slow(source, *args, **kwargs):
        if source.name == "PMID:20628391":
            raise ReadingTimeout(f"{source.name}: reading took longer than the 1 s budget for one document")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(builders, "read_source", slow)
    first, second = read_file(path, budget_s=60)
    assert first.document == "PMID:20628391" and "budget" in first.error
    assert second.document == "PMID:31388315" and second.assertions


def test_duplicate_pmids_across_files_are_reported(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    shutil.copy(DATA / PUBMED, d / PUBMED)
    shutil.copy(DATA / BIOC_XML, d / BIOC_XML)
    out = tmp_path / "out"
    proc = run_cli("build", "--quiet", "--corpus", d, "--out", out, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert ("failed: PMID:31388315 (in pubmed-31388315.xml) is also PMID:31388315 (in bioc-31388315.xml); the copy "
            "in pubmed-31388315.xml is not built") in proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [doc["document"] for doc in report["documents"]] == ["PMID:31388315"]


def test_a_single_file_corpus(tmp_path):
    out = tmp_path / "out"
    run_cli("build", "--quiet", "--corpus", DATA / PUBMED, "--out", out)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [doc["document"] for doc in report["documents"]] == ["PMID:31388315"]


# -- bad input -----------------------------------------------------------------------------------------------------

BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<PubmedArticleSet><PubmedArticle>&lol3;</PubmedArticle></PubmedArticleSet>
"""
BAD_FILES = {
    "broken.xml": (b"<?xml version='1.0'?>\n<PubmedArticleSet>\n  <PubmedArticle>\n</PubmedArticleSet>\n",
                   "broken.xml:4:3: not well-formed XML (mismatched tag); fix the file or export it again"),
    "page.xml": (b"<html><body><p>KRAS</p></body></html>",
                 "page.xml: an XML file whose root element is <html>, which is none of the formats read"),
    "bomb.xml": (BOMB, "bomb.xml: declares XML entities (<!ENTITY ...>), which are refused"),
    "notbioc.json": (b'{"articles": []}', "notbioc.json: JSON that is not BioC"),
    "badjson.json": (b'{"documents": [\n  {"id": 1,\n', "badjson.json:3:1: not valid JSON"),
    "badoffset.json": (b'{"documents": [{"id": "7", "passages": [{"offset": "x", "text": "KRAS."}]}]}',
                       "badoffset.json: BioC document 7: a passage has the offset 'x', not a number"),
    "nopassages.json": (b'{"documents": [{"id": "8", "passages": [{"offset": 0, "text": "MET."}]}, {"id": "9"}]}',
                        "nopassages.json: BioC document 2 has no \"passages\" list"),
}


def test_bad_xml_and_json_get_one_line_each_and_the_others_build(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    shutil.copy(DATA / PUBMED, d / PUBMED)
    for name, (content, _) in BAD_FILES.items():
        (d / name).write_bytes(content)
    out = tmp_path / "out"
    proc = run_cli("build", "--quiet", "--corpus", d, "--out", out, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    failures = [line for line in proc.stderr.splitlines() if line.startswith("failed: ")]
    for name, (_, words) in BAD_FILES.items():
        lines = [line for line in failures if name in line]
        assert len(lines) == 1 and words in lines[0], (name, failures)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert sorted(d["document"] for d in report["documents"]) == ["PMID:31388315", "PMID:8"]


def test_an_article_that_cannot_be_read_does_not_sink_the_others(tmp_path):
    from kg.pipeline import ReadFailure, read_file

    data = pubmed_set(PUBMED).replace(b"<PubmedArticleSet>\n", b"<PubmedArticleSet>\n<PubmedArticle><MedlineCitation>"
                                      b"<PMID>123</PMID></MedlineCitation></PubmedArticle>\n")
    (tmp_path / "set.xml").write_bytes(data)
    bad, good = read_file(tmp_path / "set.xml")
    assert isinstance(bad, ReadFailure) and bad.error.startswith("set.xml, article 1: not a PubMed record")
    assert good.document == "PMID:31388315" and good.assertions


# -- identifiers as links in queries, views and RDF ----------------------------------------------------------------

@pytest.fixture(scope="module")
def pubmed_graph():
    from kg.pipeline import build_graph

    graph, report = build_graph(DATA / PUBMED)
    assert report.failed == []
    return graph


def test_query_answers_link_the_publications(pubmed_graph):
    from kg.query import node_evidence

    hops = node_evidence(pubmed_graph, "panitumumab")
    assert hops
    evidence = [e for h in hops for e in h.to_dict()["evidence"] if e["method"] != "vocabulary"]  # sentences only
    assert evidence and all(e["links"] == ["https://www.ncbi.nlm.nih.gov/pmc/articles/PMC6607986/",
                                           "https://pubmed.ncbi.nlm.nih.gov/31388315/",
                                           "https://doi.org/10.2147/CMAR.S186042"] for e in evidence)


def test_query_table_prints_the_links(tmp_path):
    proc = run_cli("query", "evidence", "panitumumab", "--corpus", DATA / PUBMED)
    assert "https://pubmed.ncbi.nlm.nih.gov/31388315/" in proc.stdout


def test_view_cards_link_the_publications(pubmed_graph, tmp_path):
    from kg.view import to_html

    page = to_html(pubmed_graph, tmp_path / "v.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1))
    cards = [q for e in data["edges"] for q in e["info"]["evidence"] if q["method"] != "vocabulary"]
    assert cards and all(["PMID:31388315", "https://pubmed.ncbi.nlm.nih.gov/31388315/"] in q["publications"]
                         for q in cards)


def test_rdf_round_trip_keeps_the_publications(pubmed_graph, tmp_path):
    from kg.export.turtle import write_turtle
    from kg.rdf.load import read_rdf

    [path] = write_turtle(pubmed_graph, tmp_path)
    ttl = path.read_text(encoding="utf-8")
    assert "<http://identifiers.org/pubmed/31388315>" in ttl or "pmid:31388315" in ttl
    back = read_rdf(path)
    assert sorted((a.key, tuple(a.evidence)) for a in back.assertions()) == \
        sorted((a.key, tuple(a.evidence)) for a in pubmed_graph.assertions())


def test_text_documents_carry_no_publications(built):
    text = (built / "edges.jsonl").read_text(encoding="utf-8")
    assert '"publications"' not in text


def test_view_card_links_open_pubmed_in_the_browser(pubmed_graph, tmp_path):
    """In Chromium: a pinned evidence card shows the document's identifiers as links."""
    import browser as chrome

    reason = chrome.missing()
    if reason is not None:
        pytest.skip(f"browser tests skipped: {reason}")
    from test_view_browser import POINTS_ON_EDGE
    from kg.view import to_html

    page_file = to_html(pubmed_graph, tmp_path / "pubmed.html")
    edge = next(iter(pubmed_graph.assertions()))
    with chrome.chromium() as browser, chrome.visit(browser, page_file) as seen:
        seen.settle()
        point = seen.page.evaluate(POINTS_ON_EDGE, edge.id)[0]
        seen.page.mouse.click(point["x"], point["y"])  # pin the edge's card in the side panel
        links = seen.page.eval_on_selector_all("#kg-details cite a", "(as) => as.map((a) => [a.textContent, a.href])")
    assert ["PMID:31388315", "https://pubmed.ncbi.nlm.nih.gov/31388315/"] in links
    assert ["doi:10.2147/CMAR.S186042", "https://doi.org/10.2147/CMAR.S186042"] in links
    assert seen.errors == [] and seen.blocked == []


def test_a_pdf_that_cannot_be_read_is_one_line_and_the_others_build(tmp_path):
    d = tmp_path / "c"
    d.mkdir()
    shutil.copy(bundled_corpus_dir() / TEXT, d / TEXT)
    shutil.copy(PDF_DATA / "encrypted.pdf", d / "encrypted.pdf")
    shutil.copy(PDF_DATA / "image_only.pdf", d / "image_only.pdf")
    out = tmp_path / "out"
    proc = run_cli("build", "--corpus", d, "--out", out, "--no-cache", check=False)
    assert "Traceback" not in proc.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [r["document"] for r in report["documents"]] == [TEXT]
    failed = {f["document"]: f["error"] for f in report["failed"]}
    assert "encrypted with a password" in failed["encrypted.pdf"]
    assert "OCR" in failed["image_only.pdf"]


def test_every_export_carries_the_publications(pubmed_graph, tmp_path):
    """RDF statements and the property-graph exports name the PMID/PMCID/DOI of the documents an edge comes from."""
    import rdflib

    from kg.export import WRITERS

    literature = [a for a in pubmed_graph.assertions() if any(ev.literature for ev in a.evidence)]
    assert literature
    WRITERS["cyjs"](pubmed_graph, tmp_path)
    cy = json.loads((tmp_path / "kg.cyjs").read_text(encoding="utf-8"))
    with_pubs = [e["data"] for e in cy["elements"]["edges"] if e["data"].get("publications")]
    assert len(with_pubs) == len(literature)
    assert all(d["publications"] == ["PMC:PMC6607986", "PMID:31388315", "doi:10.2147/CMAR.S186042"] for d in with_pubs)
    WRITERS["ttl"](pubmed_graph, tmp_path)
    g = rdflib.Graph().parse(tmp_path / "kg.ttl")
    pubs = rdflib.URIRef("https://w3id.org/biolink/vocab/publications")
    stated = {s for s in g.subjects(pubs, rdflib.URIRef("http://identifiers.org/pubmed/31388315"))}
    assert len(stated) == len(literature)


def test_jats_exponents_stay_apart_from_their_base_and_plus_signs_stay_on_the_name():
    from xml.etree.ElementTree import fromstring

    from builders.formats.jats import _inline

    p = fromstring("<p>Counts above 10<sup>9</sup>/L and 10<sup>−3</sup> M; CD8<sup>+</sup> T cells"
                   " were scarce<sup><xref ref-type='bibr'>4</xref></sup>.</p>")
    assert _inline(p) == "Counts above 10^9/L and 10^−3 M; CD8+ T cells were scarce[4]."


def test_jats_bold_run_in_labels_are_a_word_apart_from_what_follows():
    from xml.etree.ElementTree import fromstring

    from builders.formats.jats import _inline

    p = fromstring("<p><bold>Figure 2.</bold><italic>KRAS</italic> mutants; <bold>KRAS</bold><italic>G12C</italic>;"
                   " <bold>Results:</bold> none</p>")
    assert _inline(p) == "Figure 2. KRAS mutants; KRASG12C; Results: none"
