"""Regenerate the PDF test fixtures in ``tests/data/pdf/`` (maintainers only; not run by the tests).

The text is written for these fixtures (see ``tests/data/pdf/SOURCES.md``); every line break,
hyphen and column is placed by hand below, so the tests know exactly what a reader must undo:

* ``two_column.pdf``: two pages; a running header and a page number on each; a full-width title
  and abstract, then two columns; words hyphenated at line ends (also across a column and a
  page break) next to real hyphens at line ends ("anti-" + "EGFR", "BRAF-" + "mutant",
  "treatment-" + "free").
* ``table.pdf``: one page, a paragraph, a table without ruling between its columns, a legend.
* ``encrypted.pdf``: ``table.pdf`` encrypted with a user password ("secret", AES-128).
* ``owner_password.pdf``: ``table.pdf`` with an owner password only (opens without one).
* ``image_only.pdf``: a page that is a picture of text (as a scanner makes it), no text layer.
* ``zero_pages.pdf``: a well-formed PDF with no page.

Usage::

    pip install "reportlab>=4,<6" pypdf cryptography   # maintainer-only
    python tools/make_pdf_fixtures.py

reportlab's ``invariant`` mode leaves out dates and random ids, so the unencrypted files come out
byte-identical on every run (encryption salts are random by design).
"""
from __future__ import annotations

import io
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdf"

PAGE_W, PAGE_H = 595.27, 841.89
LEFT, GUTTER_X = 56.0, 308.0
BODY, BODY_SIZE, LEADING = "Times-Roman", 10, 12.5

TITLE = ["Resistance to anti-EGFR therapy in metastatic", "colorectal cancer: a worked example"]
ABSTRACT = [
    "Resistance to anti-EGFR antibodies limits the benefit of cetuximab and panitumumab in patients with",
    "metastatic colorectal cancer. This example describes how RAS mutations and MET amplification drive",
    "acquired resistance, and how BRAF-mutant tumours respond to encorafenib plus cetuximab.",
]
# Each column: a list of items, ("h", text) a heading, ("p", [lines]) a paragraph, ("c", [lines]) the
# continuation of the paragraph the column before ended with (no gap above it).
PAGE1_LEFT = [
    ("h", "Introduction"),
    ("p", ["Colorectal cancer is a common cause of death from",
           "cancer worldwide. Patients with RAS wild-type tu-",
           "mours receive cetuximab or panitumumab with chemo-",
           "therapy as first-line treatment. Most of them de-",
           "velop acquired resistance within two years."]),
    ("p", ["KRAS mutations confer resistance to anti-",
           "EGFR antibodies. Clones with MET amplification",
           "emerge during treatment with cetuximab and can be",
           "detected in circulating tumour DNA. Liquid biopsy",
           "can guide a rechallenge after a treatment-free",
           "interval of several months."]),
    ("p", ["Alterations of the MAPK pathway downstream of the",
           "receptor are the main cause of secondary resis-"]),
]
PAGE1_RIGHT = [
    ("c", ["tance to these antibodies."]),
    ("h", "Results"),
    ("p", ["BRAF V600E occurs in about one tenth of cases. In",
           "the BEACON trial, encorafenib plus cetuximab im-",
           "proved overall survival in patients with BRAF-",
           "mutant tumours after one or two prior regimens."]),
    ("p", ["A second course of an anti-EGFR antibody after a",
           "treatment-",
           "free interval produced responses in a minority of",
           "patients whose tumours had lost the resistant clones",
           "and who were then treated again with pani-"]),
]
PAGE2_LEFT = [
    ("c", ["tumumab or cetuximab."]),
    ("h", "Discussion"),
    ("p", ["HER2 amplification predicts a poor response to",
           "anti-EGFR antibodies. Dual HER2 blockade with",
           "trastuzumab and tucatinib is active in these pa-",
           "tients."]),
]
PAGE2_RIGHT = [
    ("h", "Conclusions"),
    ("p", ["Serial liquid biopsies show how resistant clones",
           "rise and decline. They help to time the next line",
           "of anti-EGFR treatment."]),
]

TABLE_INTRO = [
    "The table below lists three invented trials of an anti-EGFR rechallenge. The values are illustrative and",
    "describe no real study; they exist to test how a table is read from a PDF.",
]
TABLE_CAPTION = "Table 1 Rechallenge with anti-EGFR antibodies (illustrative values)"
TABLE_COLUMNS = [LEFT, 150.0, 300.0, 380.0, 450.0]
TABLE_ROWS = [
    ["Trial", "Agent", "Patients", "ORR (%)", "PFS (months)"],
    ["EXAMPLE-1", "cetuximab plus irinotecan", "28", "21", "3.4"],
    ["EXAMPLE-2", "panitumumab", "27", "30", "4.0"],
    ["EXAMPLE-3", "cetuximab plus avelumab", "33", "8", "3.6"],
]
TABLE_LEGEND = "ORR: objective response rate; PFS: progression-free survival."
TABLE_AFTER = ["Response was more frequent when no RAS mutation was found in circulating tumour DNA before",
               "the rechallenge."]


def _canvas(buffer):
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)


class Recorder:
    """Collects the strings of one page, to draw them later in a chosen order.

    The order of the drawing operators is the order a naive extractor reads in; the fixtures
    scramble it on purpose so that only a reader that looks at positions gets it right.
    """

    def __init__(self):
        self.ops = []  # (font, size, x, y, text, align)
        self.font = (BODY, BODY_SIZE)

    def setFont(self, name, size):  # noqa: N802 (the canvas's spelling)
        self.font = (name, size)

    def drawString(self, x, y, text):  # noqa: N802
        self.ops.append((*self.font, x, y, text, "left"))

    def drawRightString(self, x, y, text):  # noqa: N802
        self.ops.append((*self.font, x, y, text, "right"))

    def drawCentredString(self, x, y, text):  # noqa: N802
        self.ops.append((*self.font, x, y, text, "centre"))

    def play(self, c, ops) -> None:
        for font, size, x, y, text, align in ops:
            c.setFont(font, size)
            {"left": c.drawString, "right": c.drawRightString, "centre": c.drawCentredString}[align](x, y, text)


def _header_footer(c, page: int) -> None:
    c.setFont("Helvetica", 8)
    c.drawString(LEFT, 805, "Worked Examples in Oncology 2026; 3: 1-2")
    c.drawRightString(PAGE_W - LEFT, 805, "Writer A")
    c.drawCentredString(PAGE_W / 2, 30, str(page))


def _column(c, x: float, y: float, items) -> float:
    for kind, content in items:
        if kind == "h":
            y -= 6
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, y, content)
            y -= LEADING + 2
            continue
        if kind == "p" and y < 600:  # a gap before every paragraph but a column's first
            y -= 7
        c.setFont(BODY, BODY_SIZE)
        for line in content:
            c.drawString(x, y, line)
            y -= LEADING
    return y


def two_column() -> bytes:
    buffer = io.BytesIO()
    canvas = _canvas(buffer)
    c = Recorder()
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LEFT, 760, TITLE[0])
    c.drawString(LEFT, 741, TITLE[1])
    c.setFont("Times-Italic", 10)
    c.drawString(LEFT, 720, "A. Writer, Example Institute of Oncology")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(LEFT, 695, "Abstract")
    c.setFont(BODY, BODY_SIZE)
    y = 680
    for line in ABSTRACT:
        c.drawString(LEFT, y, line)
        y -= LEADING
    top = c.ops
    c.ops = []
    _column(c, LEFT, 620, PAGE1_LEFT)
    left = c.ops
    c.ops = []
    _column(c, GUTTER_X, 620, PAGE1_RIGHT)
    right = c.ops
    c.ops = []
    _header_footer(c, 1)
    # page 1 is drawn right column first, then the page number and header, the left column,
    # and the title and abstract last
    c.play(canvas, right + c.ops + left + top)
    canvas.showPage()
    c.ops = []
    _header_footer(c, 2)
    _column(c, LEFT, 770, PAGE2_LEFT)
    _column(c, GUTTER_X, 770, PAGE2_RIGHT)
    # page 2 is drawn line by line across both columns, bottom to top
    c.play(canvas, sorted(c.ops, key=lambda op: (op[3], op[2])))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def table() -> bytes:
    buffer = io.BytesIO()
    c = _canvas(buffer)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(LEFT, 780, "Rechallenge after anti-EGFR resistance")
    c.setFont(BODY, BODY_SIZE)
    y = 750
    for line in TABLE_INTRO:
        c.drawString(LEFT, y, line)
        y -= LEADING
    y -= 14
    c.setFont("Times-Bold", BODY_SIZE)
    c.drawString(LEFT, y, TABLE_CAPTION)
    y -= 8
    c.setLineWidth(0.6)
    c.line(LEFT, y, PAGE_W - LEFT, y)
    y -= 13
    for r, row in enumerate(TABLE_ROWS):
        c.setFont("Times-Bold" if r == 0 else BODY, BODY_SIZE)
        for x, cell in zip(TABLE_COLUMNS, row):
            c.drawString(x, y, cell)
        if r == 0:
            c.line(LEFT, y - 4, PAGE_W - LEFT, y - 4)
        y -= 15
    c.line(LEFT, y + 9, PAGE_W - LEFT, y + 9)
    c.setFont(BODY, 8)
    c.drawString(LEFT, y - 2, TABLE_LEGEND)
    y -= 30
    c.setFont(BODY, BODY_SIZE)
    for line in TABLE_AFTER:
        c.drawString(LEFT, y, line)
        y -= LEADING
    c.showPage()
    c.save()
    return buffer.getvalue()


def image_only() -> bytes:
    """A page holding only a picture of two lines of text: what a scanner without OCR makes."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    picture = Image.new("L", (800, 200), 255)
    draw = ImageDraw.Draw(picture)
    draw.text((20, 40), "KRAS mutations confer resistance to cetuximab.", fill=0)
    draw.text((20, 100), "This page is a scanned image without a text layer.", fill=0)
    buffer = io.BytesIO()
    c = _canvas(buffer)
    c.drawImage(ImageReader(picture), LEFT, 600, width=480, height=120)
    c.showPage()
    c.save()
    return buffer.getvalue()


def encrypted(plain: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zero_pages() -> bytes:
    from pypdf import PdfWriter

    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    return buffer.getvalue()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    table_pdf = table()
    files = {
        "two_column.pdf": two_column(),
        "table.pdf": table_pdf,
        "encrypted.pdf": encrypted(table_pdf, "secret"),
        "owner_password.pdf": encrypted(table_pdf, ""),
        "image_only.pdf": image_only(),
        "zero_pages.pdf": zero_pages(),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
