r"""The plain-text rendering of a structured (XML) document: the text its evidence offsets index.

The rendering is laid out the way the plain-text reader (:func:`builders.document.parse_document`)
already understands, so the reader needs no new rules:

* a heading is a line ``# Title`` (the article's title), ``## Section``, ``### Subsection``;
* a paragraph is one line; blocks are separated by a blank line;
* a table is a caption line ``Table 1 Caption`` followed by one line per row, cells separated by
  tabs (as in the tab-separated tables of the bundled corpus), then a blank line; its footnotes
  follow as a paragraph.

>>> page = Page()
>>> page.heading(1, "A title")
>>> page.paragraph("KRAS  is\nmutated.")
>>> page.table("Table 1 Outcomes", [["Arm", "ORR"], ["A", "30%"]])
>>> page.text().split("\n")
['# A title', '', 'KRAS is mutated.', '', 'Table 1 Outcomes', 'Arm\tORR', 'A\t30%', '']
"""
from __future__ import annotations

from builders.formats.xmltools import collapse


class Page:
    """Blocks of text, joined by blank lines."""

    def __init__(self):
        self.blocks: list[str] = []

    def heading(self, level: int, title: str) -> None:
        title = collapse(title)
        if title:
            self.blocks.append("#" * max(1, min(level, 6)) + " " + title)

    def paragraph(self, text: str) -> None:
        text = collapse(text)
        if text:
            self.blocks.append(text)

    def table(self, caption: str, rows: list[list[str]]) -> None:
        """A caption line (left out when empty) and one tab-separated line per row with any text.

        A row of one cell is written with a trailing tab, so it stays a table row.
        """
        lines = []
        for row in rows:
            cells = [collapse(c) for c in row]
            if any(cells):
                lines.append("\t".join(cells) if len(cells) > 1 else cells[0] + "\t")
        if not lines:
            self.paragraph(caption)
            return
        caption = collapse(caption)
        self.blocks.append("\n".join(([caption] if caption else []) + lines))

    def text(self) -> str:
        return "\n\n".join(self.blocks) + "\n" if self.blocks else ""
