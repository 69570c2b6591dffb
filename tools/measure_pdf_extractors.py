"""Compare PDF text-extraction libraries on the fixtures in ``tests/data/pdf/`` (maintainers only).

For each library's plain text output it checks what ``builders.pdf`` needs from it:

* order: the abstract, then the left column, then the right column, then page 2 (each pair of
  markers found in this order);
* splits: how many words broken by a line-end hyphen have their two halves on consecutive lines
  of the output (so they can be joined), out of the four such words of the two-column fixture;
* rows: how many of the table's four rows come out as one line with their cells in order;
* time: median seconds per page over repeated runs (on this machine; a guide, not a test).

Usage::

    pip install pdfminer.six pypdf pypdfium2 pdfplumber   # maintainer-only
    python tools/measure_pdf_extractors.py
"""
from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdf"
ORDER = ["Abstract", "Introduction", "Most of them", "KRAS mutations", "these antibodies.", "Results",
         "BEACON", "Discussion", "Conclusions"]
# (end of a line, start of the next, the words joined in context)
SPLITS = [("resis-", "tance", "secondary resistance"), ("chemo-", "therapy", "with chemotherapy"),
          ("im-", "proved", "cetuximab improved"), ("pani-", "tumumab", "with panitumumab")]
ROWS = [["Trial", "Agent", "Patients", "ORR (%)", "PFS (months)"], ["EXAMPLE-1", "cetuximab plus irinotecan", "28", "21", "3.4"],
        ["EXAMPLE-2", "panitumumab", "27", "30", "4.0"], ["EXAMPLE-3", "cetuximab plus avelumab", "33", "8", "3.6"]]


def pdfminer_text(path):
    from pdfminer.high_level import extract_text

    return extract_text(str(path))


def pypdf_plain(path):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def pypdf_layout(path):
    from pypdf import PdfReader

    return "\n".join(page.extract_text(extraction_mode="layout") for page in PdfReader(path).pages)


def pdfium_text(path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_bounded() for i in range(len(pdf)))
    finally:
        pdf.close()


def pdfplumber_text(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def pdfplumber_layout(path):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text(layout=True) or "" for page in pdf.pages)


def builders_pdf(path):
    from builders.pdf import pdf_text

    return pdf_text(path)


EXTRACTORS = {"pdfminer.six extract_text": pdfminer_text, "pypdf extract_text": pypdf_plain,
              "pypdf layout mode": pypdf_layout, "pypdfium2 get_text_bounded": pdfium_text,
              "pdfplumber extract_text": pdfplumber_text, "pdfplumber layout=True": pdfplumber_layout}


def order_ok(text: str) -> tuple[int, int]:
    found = [text.find(marker) for marker in ORDER]
    good = sum(1 for a, b in zip(found, found[1:]) if 0 <= a < b)
    return good, len(ORDER) - 1


def splits_adjacent(text: str) -> int:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    count = 0
    for left, right, joined in SPLITS:
        for a, b in zip(lines, lines[1:]):
            if a.endswith(left) and b.startswith(right):
                count += 1
                break
        else:
            count += joined in " ".join(text.split())  # already joined
    return count


def rows_ok(text: str) -> int:
    good = 0
    for row in ROWS:
        pattern = r"\s+".join(re.escape(cell) for cell in row)
        good += any(re.search(pattern, line) for line in text.splitlines())
    return good


def seconds_per_page(extract, path, pages: int, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        extract(path)
        times.append((time.perf_counter() - start) / pages)
    return statistics.median(times)


def main() -> None:
    two, table = DATA / "two_column.pdf", DATA / "table.pdf"
    extractors = dict(EXTRACTORS)
    try:
        import builders.pdf  # noqa: F401
        extractors["builders.pdf.pdf_text"] = builders_pdf
    except ImportError:
        pass
    print("| extractor | order (pairs right) | hyphen splits joinable (of 4) | table rows (of 4) | ms/page |")
    print("|---|---|---|---|---|")
    for name, extract in extractors.items():
        text = extract(two)
        good, total = order_ok(text)
        rows = rows_ok(extract(table))
        ms = 1000 * seconds_per_page(extract, two, 2)
        print(f"| {name} | {good}/{total} | {splits_adjacent(text)} | {rows} | {ms:.1f} |")


if __name__ == "__main__":
    main()
