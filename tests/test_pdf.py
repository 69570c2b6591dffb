"""PDF text for the reader (builders.pdf): reading order, hyphens, tables, page furniture, errors.

The fixtures in tests/data/pdf/ are made by tools/make_pdf_fixtures.py from text written for them
(tests/data/pdf/SOURCES.md). Their drawing order is scrambled on purpose: page 1 of
two_column.pdf draws its right column first, page 2 draws both columns line by line bottom up.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from builders.document import DocumentError, parse_document
from builders.pdf import pdf_text

DATA = Path(__file__).resolve().parent / "data" / "pdf"


@pytest.fixture(scope="module")
def two_column() -> str:
    return pdf_text(DATA / "two_column.pdf")


@pytest.fixture(scope="module")
def table() -> str:
    return pdf_text(DATA / "table.pdf")


def test_columns_are_read_in_order(two_column):
    markers = ["Resistance to anti-EGFR therapy", "Abstract", "Introduction", "Colorectal cancer is a common",
               "KRAS mutations confer", "Alterations of the MAPK", "secondary resistance", "Results",
               "BRAF V600E", "A second course", "panitumumab\nor cetuximab.", "Discussion", "HER2 amplification",
               "Conclusions", "Serial liquid biopsies"]
    where = [two_column.find(marker) for marker in markers]
    assert -1 not in where, [m for m, w in zip(markers, where) if w == -1]
    assert where == sorted(where), two_column


def test_line_break_hyphens_are_joined(two_column):
    for word in ["tumours", "chemotherapy", "develop", "resistance\nto these", "improved", "patients.",
                 "panitumumab"]:
        assert word in two_column, word
    for broken in ["tu-", "chemo-", "de-\n", "resis-", "im-", "pa-\n", "pani-"]:
        assert broken not in two_column, broken


def test_real_hyphens_are_kept(two_column):
    # anti- + EGFR (capital), BRAF- + mutant (gene symbol), treatment- + free (written so elsewhere)
    assert "resistance to anti-EGFR\nantibodies." in two_column
    assert "patients with BRAF-mutant\ntumours" in two_column
    assert "after a\ntreatment-free\ninterval produced" in two_column
    assert "RAS wild-type" in two_column and "first-line" in two_column


def test_headers_footers_and_page_numbers_are_dropped(two_column):
    assert "Worked Examples in Oncology" not in two_column and "Writer A" not in two_column
    assert not [line for line in two_column.splitlines() if line.strip().isdigit()]


def test_paragraphs_are_separated_by_blank_lines(two_column):
    assert "within two years.\n\nKRAS mutations" in two_column
    # a paragraph broken by the column end and by the page end goes on without a blank line
    assert "secondary resistance\nto these antibodies." in two_column
    assert "treated again with panitumumab\nor cetuximab." in two_column


def test_table_rows_are_tab_separated(table):
    rows = [line.split("\t") for line in table.splitlines() if "\t" in line]
    assert rows == [["Trial", "Agent", "Patients", "ORR (%)", "PFS (months)"],
                    ["EXAMPLE-1", "cetuximab plus irinotecan", "28", "21", "3.4"],
                    ["EXAMPLE-2", "panitumumab", "27", "30", "4.0"],
                    ["EXAMPLE-3", "cetuximab plus avelumab", "33", "8", "3.6"]]
    # the title sits near the top edge of the only page: not repeated, so kept
    assert table.startswith("Rechallenge after anti-EGFR resistance\n\nThe table below")
    assert "\n\nTable 1 Rechallenge with anti-EGFR antibodies (illustrative values)\n\nTrial\t" in table
    assert "\t3.6\n\nORR: objective response rate" in table


def test_the_reader_finds_sections_and_sentences(two_column):
    doc = parse_document("two_column.pdf", two_column)
    assert [name for _, name in doc.sections] == ["Abstract", "Introduction", "Results", "Discussion", "Conclusions"]
    sentences = [(s.section, s.text) for s in doc.sentences]
    assert ("Introduction", "KRAS mutations confer resistance to anti-EGFR antibodies.") in sentences
    assert ("Introduction", "Alterations of the MAPK pathway downstream of the receptor are the main cause of "
                            "secondary resistance to these antibodies.") in sentences
    assert ("Results", "In the BEACON trial, encorafenib plus cetuximab improved overall survival in patients "
                       "with BRAF-mutant tumours after one or two prior regimens.") in sentences
    assert ("Results", "A second course of an anti-EGFR antibody after a treatment-free interval produced "
                       "responses in a minority of patients whose tumours had lost the resistant clones and who "
                       "were then treated again with panitumumab or cetuximab.") in sentences
    assert ("Discussion", "Dual HER2 blockade with trastuzumab and tucatinib is active in these patients.") in sentences
    assert len(sentences) == 18
    for sentence in doc.sentences:  # offsets index the text
        assert " ".join(two_column[sentence.start:sentence.end].split()) == sentence.text


def test_the_reader_finds_the_table(table):
    doc = parse_document("table.pdf", table)
    [found] = doc.tables
    assert found.caption == "Table 1 Rechallenge with anti-EGFR antibodies (illustrative values)"
    assert found.kind == "tsv"
    assert found.cells[2] == ["EXAMPLE-2", "panitumumab", "27", "30", "4.0"]
    assert [s.text for s in doc.sentences][-1] == ("Response was more frequent when no RAS mutation was found in "
                                                   "circulating tumour DNA before the rechallenge.")


def test_a_caption_with_a_full_stop_after_its_number_is_a_caption(table):
    text = table.replace("Table 1 Rechallenge", "Table 1. Rechallenge")
    [found] = parse_document("table.pdf", text).tables
    assert found.caption == "Table 1. Rechallenge with anti-EGFR antibodies (illustrative values)"
    assert found.cells[2] == ["EXAMPLE-2", "panitumumab", "27", "30", "4.0"]


def test_owner_password_alone_does_not_stop_reading(table):
    assert pdf_text(DATA / "owner_password.pdf") == table


def _fail(path) -> str:
    with pytest.raises(DocumentError) as caught:
        pdf_text(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{Path(path).name}: ")
    # no chained library error under it (a CLI printing the message shows nothing else)
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None or caught.value.__suppress_context__
    return message


def test_encrypted_pdf():
    assert "encrypted with a password" in _fail(DATA / "encrypted.pdf")


def test_image_only_pdf():
    message = _fail(DATA / "image_only.pdf")
    assert "no text layer" in message and "OCR is not done" in message


def test_zero_pages():
    assert "has no pages" in _fail(DATA / "zero_pages.pdf")


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_pdf(tmp_path, cut):
    data = (DATA / "two_column.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:int(len(data) * cut)])
    assert "truncated or corrupt" in _fail(path)


def test_corrupt_body(tmp_path):
    path = tmp_path / "garbled.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\nstartxref\n9\n%%EOF\n")
    assert "corrupt and cannot be read" in _fail(path)


@pytest.mark.parametrize("name,content,expect", [("empty.pdf", b"", "empty"),
                                                 ("notes.pdf", b"KRAS mutations confer resistance.\n", "not a PDF")])
def test_not_a_pdf(tmp_path, name, content, expect):
    path = tmp_path / name
    path.write_bytes(content)
    assert expect in _fail(path)


def test_missing_file(tmp_path):
    assert "cannot be read" in _fail(tmp_path / "absent.pdf")


def test_errors_print_no_traceback_or_warning():
    """In a fresh interpreter the library logs nothing to standard error on any fixture."""
    script = ("import sys\nfrom builders.pdf import pdf_text\nfrom builders.document import DocumentError\n"
              "for path in sys.argv[1:]:\n"
              "    try:\n        pdf_text(path)\n    except DocumentError as exc:\n        print(exc)\n")
    names = ["two_column.pdf", "table.pdf", "owner_password.pdf", "encrypted.pdf", "image_only.pdf",
             "zero_pages.pdf"]
    proc = subprocess.run([sys.executable, "-c", script, *(str(DATA / n) for n in names)], capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parent.parent, check=True)
    assert proc.stderr == ""
    assert [line.split(":")[0] for line in proc.stdout.splitlines()] == ["encrypted.pdf", "image_only.pdf",
                                                                          "zero_pages.pdf"]


def test_deterministic(two_column, table):
    """The same text twice in this process and in another one with another hash seed."""
    assert pdf_text(DATA / "two_column.pdf") == two_column
    script = "import sys\nfrom builders.pdf import pdf_text\nsys.stdout.buffer.write(pdf_text(sys.argv[1]).encode())"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    for name, text in [("two_column.pdf", two_column), ("table.pdf", table)]:
        proc = subprocess.run([sys.executable, "-c", script, str(DATA / name)], capture_output=True, env=env,
                              cwd=Path(__file__).resolve().parent.parent, check=True)
        assert proc.stdout == text.encode()


def test_no_pdf_library_is_loaded_on_import():
    script = "import sys, builders.pdf\nprint(sorted(m for m in sys.modules if m.split('.')[0] == 'pdfminer'))"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert proc.stdout.strip() == "[]"
