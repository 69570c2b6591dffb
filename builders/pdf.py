"""PDF in, plain text out: the text layer of a PDF laid out for :func:`builders.document.parse_document`.

The reader finds headings, paragraphs, sentences and tables from the shape of plain text, so a
PDF's text is written in the shape it expects:

* reading order from pdfminer.six's layout analysis (text boxes ordered across columns: a
  two-column page reads down the left column, then the right one);
* the lines of a paragraph kept as lines, paragraphs separated by a blank line; a paragraph
  broken by a column or page end goes on without one;
* a word split by a line-end hyphen joined ("resis-" + "tance"), a real hyphen kept ("anti-" +
  "EGFR", "BRAF-" + "mutant", "treatment-" + "free" when the document writes "treatment-free"
  elsewhere); the first word of the next line is moved up, so a quote reads "anti-EGFR";
* running headers and footers dropped where they are reliably detectable: a bare page number
  near the top or bottom edge, and a line near an edge that repeats (digits aside) near an edge
  of another page;
* a table whose cells stand apart (three or more short cells a row) written one line per row,
  cells separated by tabs, which the reader reads as a table;
* typographic ligatures (ﬁ, ﬂ, ...) written as their letters.

It cannot read scanned pages (no OCR: a page that is an image has no text), tables whose cells
wrap onto several lines or whose columns sit close together (they come out as ordinary lines),
or formulas (they come out as whatever characters the PDF holds).

Every failure is a :class:`~builders.document.DocumentError` whose one line names the file and
says what to do.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from builders.document import HYPHEN_FIRST, HYPHEN_SECOND, DocumentError
from builders.lazy_patterns import lazy_compile

# A line whose centre is this close to the top or bottom edge (a fraction of the page's height)
# may be a running header, a footer or a page number.
EDGE_BAND = 0.08
_PAGE_NUMBER = lazy_compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
              "\ufb06": "st"}
_LIGATURE = lazy_compile("[" + "".join(_LIGATURES) + "]")
SOFT_HYPHEN = "\u00ad"
# the word a line ends with, cut by a hyphen: "anti-EGFR-" gives ("anti-EGFR", "-")
_LINE_END_WORD = lazy_compile(r"([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*)([-\u00ad])$")
_FIRST_WORD = lazy_compile(r"^(\S+)\s*")
_TOKEN = lazy_compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_TERMINAL = ".!?:"


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    box: int  # the text box it came from, numbered in reading order

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class _Page:
    lines: list[_Line]
    bottom: float
    top: float
    has_image: bool


def pdf_text(path) -> str:
    """The plain text of the PDF at ``path``, laid out for the reader (see the module docstring).

    Raises :class:`~builders.document.DocumentError` for a file that is not a readable PDF: not a
    PDF, corrupt or truncated, encrypted with a password, without pages, or without a text layer.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path.name}: cannot be read ({exc.strerror}); check the path and permissions") from None
    return pdf_bytes_text(path.name, data)


def pdf_bytes_text(name: str, data: bytes) -> str:
    """:func:`pdf_text` of a PDF already read (``name`` is its file name, for messages)."""
    _check_envelope(name, data)
    pages = _layout(name, data)
    if not pages:
        raise DocumentError(f"{name}: the PDF has no pages; remove it or export the document again")
    if not any(page.lines for page in pages):
        if any(page.has_image for page in pages):
            raise DocumentError(f"{name}: the PDF has no text layer (a scanned or image-only PDF) and OCR is "
                                f"not done; run OCR on it first (e.g. ocrmypdf) or supply the text")
        raise DocumentError(f"{name}: the PDF holds no text; remove it or supply the document's text")
    _drop_headers_and_footers(pages)
    blocks: list[tuple[str, list[str]]] = []
    for page in pages:
        blocks.extend(_blocks(page.lines))
    return _write(blocks)


def _check_envelope(name: str, data: bytes) -> None:
    """A PDF starts with ``%PDF-`` and a whole one ends with ``%%EOF`` (a truncated one does not)."""
    if not data.strip():
        raise DocumentError(f"{name}: the file is empty; remove it or add the PDF again")
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(f"{name}: not a PDF (it does not start with %PDF-); check the file or its extension")
    if b"%%EOF" not in data[-2048:]:
        raise DocumentError(f"{name}: the PDF is truncated or corrupt (no end-of-file marker); download or export "
                            f"it again")


def _layout(name: str, data: bytes) -> list[_Page]:
    """Every page's text lines, numbered by text box in pdfminer's reading order."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTFigure, LTImage, LTTextBoxHorizontal, LTTextLineHorizontal
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    params = LAParams(line_overlap=0.5, char_margin=2.0, line_margin=0.5, word_margin=0.1, boxes_flow=0.5)
    pages = []
    try:
        for layout in extract_pages(io.BytesIO(data), password="", laparams=params):
            page = _Page([], layout.y0, layout.y1, False)
            for index, item in enumerate(layout):
                if isinstance(item, (LTFigure, LTImage)):
                    page.has_image = True
                if not isinstance(item, LTTextBoxHorizontal):
                    continue
                for line in item:
                    text = _clean(line.get_text()) if isinstance(line, LTTextLineHorizontal) else ""
                    if text:
                        page.lines.append(_Line(text, line.x0, line.x1, line.y0, line.y1, index))
            pages.append(page)
    except PDFPasswordIncorrect:
        raise DocumentError(f"{name}: the PDF is encrypted with a password; save a copy without the password and "
                            f"use that") from None
    except PDFEncryptionError as exc:
        raise DocumentError(f"{name}: the PDF is encrypted in a way that cannot be opened ({_short(exc)}); save a "
                            f"copy without encryption and use that") from None
    except Exception as exc:  # noqa: BLE001 (a damaged file makes pdfminer raise many kinds of error)
        raise DocumentError(f"{name}: the PDF is corrupt and cannot be read ({type(exc).__name__}: {_short(exc)}); "
                            f"download or export it again") from None
    return pages


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:100] or "no detail"


def _clean(text: str) -> str:
    """One line's text: ligatures spelt out, runs of white space made one space, soft hyphens
    dropped but at the line's end.

    >>> _clean("  the \\ufb01rst  line\\n"), _clean("hyper\\u00admu\\u00ad\\n")
    ('the first line', 'hypermu\\xad')
    """
    text = " ".join(_LIGATURE.sub(lambda m: _LIGATURES[m.group()], text).split())
    if SOFT_HYPHEN in text:
        text = text[:-1].replace(SOFT_HYPHEN, "") + text[-1]
    return text


def _drop_headers_and_footers(pages: list[_Page]) -> None:
    """Remove page numbers, and lines near an edge that repeat (digits aside) near an edge of another page."""

    def at_edge(line: _Line, page: _Page) -> bool:
        band = (page.top - page.bottom) * EDGE_BAND
        return line.middle > page.top - band or line.middle < page.bottom + band

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", line.text.lower())

    seen: dict[str, set[int]] = {}
    for number, page in enumerate(pages):
        for line in page.lines:
            if at_edge(line, page):
                seen.setdefault(key(line), set()).add(number)
    repeated = {k for k, where in seen.items() if len(where) >= 2}
    for page in pages:
        kept = []
        for line in page.lines:
            if at_edge(line, page):
                beside = sum(1 for other in page.lines if other is not line and _same_row(line, other))
                if key(line) in repeated or (_PAGE_NUMBER.match(line.text) and beside <= 2):
                    continue
            kept.append(line)
        page.lines = kept


def _same_row(a: _Line, b: _Line) -> bool:
    """Whether two lines share a baseline (each one's middle lies within the other's height)."""
    return b.y0 <= a.middle <= b.y1 and a.y0 <= b.middle <= a.y1


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """The page's lines grouped into visual rows, top to bottom, each row left to right."""
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda item: (-item.middle, item.x0)):
        if rows and _same_row(rows[-1][0], line):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(row, key=lambda item: item.x0) for row in rows]


def _tables(lines: list[_Line]) -> list[list[list[_Line]]]:
    """Runs of visual rows that form a table: two rows or more of three or more cells, the cells
    short (a median of four words or fewer), with rows of two short cells allowed among them."""

    def cellular(row: list[_Line]) -> bool:
        return len(row) >= 3 or (len(row) == 2 and all(len(cell.text.split()) <= 4 for cell in row))

    tables, run = [], []
    for row in _rows(lines) + [[]]:
        if cellular(row):
            run.append(row)
            continue
        while run and len(run[-1]) < 3:  # a table ends with a full row
            run.pop()
        while run and len(run[0]) < 3:
            run.pop(0)
        cells = [len(cell.text.split()) for r in run for cell in r]
        if sum(1 for r in run if len(r) >= 3) >= 2 and statistics.median(cells) <= 4:
            tables.append(run)
        run = []
    return tables


def _table_rows(rows: list[list[_Line]]) -> list[str]:
    """Each row as its cells joined by tabs, a cell put in the column of the fullest row it overlaps most."""
    widest = max(rows, key=len)
    columns = [(cell.x0, cell.x1) for cell in widest]
    out = []
    for row in rows:
        cells = [""] * len(columns)
        for cell in row:
            overlap = [min(cell.x1, x1) - max(cell.x0, x0) for x0, x1 in columns]
            best = max(range(len(columns)), key=lambda j: (overlap[j], -abs(columns[j][0] - cell.x0)))
            if overlap[best] <= 0:
                best = min(range(len(columns)), key=lambda j: abs((columns[j][0] + columns[j][1]) / 2
                                                                   - (cell.x0 + cell.x1) / 2))
            cells[best] = f"{cells[best]} {cell.text}".strip()
        out.append("\t".join(cells))
    return out


def _blocks(lines: list[_Line]) -> list[tuple[str, list[str]]]:
    """One page's blocks in reading order: ``("p", lines)`` paragraphs and ``("t", rows)`` tables."""
    placed: dict[int, list[tuple[str, list[str]]]] = {}  # first box -> blocks that start there
    in_table: set[int] = set()
    for table in _tables(lines):
        members = [cell for row in table for cell in row]
        in_table.update(id(cell) for cell in members)
        placed.setdefault(min(cell.box for cell in members), []).append(("t", _table_rows(table)))
    boxes: dict[int, list[_Line]] = {}
    for line in lines:
        if id(line) not in in_table:
            boxes.setdefault(line.box, []).append(line)
    blocks = []
    for box in sorted(set(boxes) | set(placed)):
        blocks.extend(placed.get(box, []))
        if box in boxes:
            blocks.extend(("p", paragraph) for paragraph in _paragraphs(boxes[box]))
    return blocks


def _paragraphs(lines: list[_Line]) -> list[list[str]]:
    """A text box's lines split into paragraphs where a line is indented after a sentence's end."""
    left = min(line.x0 for line in lines)
    height = statistics.median(line.y1 - line.y0 for line in lines)
    paragraphs: list[list[str]] = []
    for line in lines:
        indented = line.x0 - left > 0.8 * height
        if paragraphs and not (indented and paragraphs[-1][-1][-1] in _TERMINAL):
            paragraphs[-1].append(line.text)
        else:
            paragraphs.append([line.text])
    return paragraphs


def _write(blocks: list[tuple[str, list[str]]]) -> str:
    """The blocks as text: a paragraph that goes on in the next block (it ends without a sentence
    end and the next starts in lower case) is one paragraph; line-end hyphens resolved."""
    merged: list[tuple[str, list[str]]] = []
    for kind, lines in blocks:
        if (kind == "p" and merged and merged[-1][0] == "p" and merged[-1][1][-1][-1] not in _TERMINAL
                and lines[0][:1].islower()):
            merged[-1][1].extend(lines)
        else:
            merged.append((kind, list(lines)))
    words = _words(line for kind, lines in merged if kind == "p" for line in lines)
    parts = []
    for kind, lines in merged:
        parts.append("\n".join(lines if kind == "t" else _join_hyphens(lines, words)))
    return "\n\n".join(parts) + "\n"


def _words(lines) -> frozenset:
    """Lower-cased words and hyphenated compounds the document writes within a line."""
    found = set()
    for line in lines:
        tokens = _TOKEN.findall(line)
        if line.endswith(("-", SOFT_HYPHEN)) and tokens:
            tokens.pop()  # the first half of a word broken at the line end
        found.update(token.lower() for token in tokens)
    return frozenset(found)


def _join_hyphens(lines: list[str], words: frozenset) -> list[str]:
    """The lines with every word cut by a line-end hyphen made whole again.

    >>> _join_hyphens(["resistance to anti-", "EGFR drugs in tu-", "mours that are BRAF-", "mutant."], frozenset())
    ['resistance to anti-EGFR', 'drugs in tumours', 'that are BRAF-mutant.']
    >>> _join_hyphens(["an anti-", "EGFR-", "targeted drug"], frozenset())
    ['an anti-EGFR-targeted', 'drug']
    """
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        end = _LINE_END_WORD.search(out[i])
        start = _FIRST_WORD.match(out[i + 1])
        if not end or not start or not start.group(1)[0].isalnum():
            i += 1
            continue
        left, mark = end.group(1), end.group(2)
        right = start.group(1)
        glue = "-" if mark == "-" and _real_hyphen(left, right, words) else ""
        out[i] = out[i][:end.start(2)] + glue + right
        out[i + 1] = out[i + 1][start.end():]
        if out[i + 1]:
            i += 1
        else:  # the next line was that one word: the line after it may go on the same word
            del out[i + 1]
    return out


def _real_hyphen(left: str, right: str, words: frozenset) -> bool:
    """Whether the hyphen between ``left`` (the line's last word) and ``right`` (the next line's
    first word) belongs to the word, rather than being where the line was broken.

    >>> words = frozenset({"treatment-free", "tumour"})
    >>> [_real_hyphen(a, b, words) for a, b in [("anti", "EGFR"), ("BRAF", "mutant"), ("treatment", "free"),
    ...                                         ("tu", "mour"), ("resis", "tance"), ("wild", "type")]]
    [True, True, True, False, False, True]
    """
    last = left.rsplit("-", 1)[-1]
    head = re.match(r"[A-Za-z0-9\-]*[A-Za-z0-9]", right)
    right_word = head.group() if head else right
    if not right_word[0].islower():
        return True  # anti-EGFR, PD-L1, IL-6
    if any(not c.islower() for c in last[1:]) or (len(last) == 1 and not last.islower()):
        return True  # BRAF-mutant, CD8-positive, T-cell
    joined, hyphenated = (left + right_word).lower(), (left + "-" + right_word).lower()
    if joined in words:
        return False
    if hyphenated in words:
        return True
    first_right = right_word.split("-")[0].lower()
    return last.lower() in HYPHEN_FIRST or (len(last) >= 3 and first_right in HYPHEN_SECOND)
