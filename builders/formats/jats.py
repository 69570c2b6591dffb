"""PMC / JATS XML (an ``<article>``, or a ``<pmc-articleset>`` of them, as PMC's Open Access
service and E-utilities deliver full texts).

Rendered (:mod:`builders.formats.render`): the title as a ``#`` heading, the abstract and every
section of the body with its title as a heading, one paragraph per line, lists item by item,
figure captions as paragraphs, and tables as a caption line (``Table 1 Caption``) and one
tab-separated line per row (a cell spanning columns or rows is followed by, or leaves, empty
cells, as in a printed table). Table footnotes follow their table. The back matter (references,
acknowledgements, notes) is not read. A single article is named by its file; the articles of a
``<pmc-articleset>`` by their PMCID.
"""
from __future__ import annotations

import re

from builders.formats import Source, Unreadable
from builders.formats.ids import curies
from builders.formats.render import Page
from builders.formats.xmltools import child, children, collapse, find_path, local, text_of
from builders.lazy_patterns import lazy_compile

# elements whose text is not part of the running text
_SKIP = frozenset({"table-wrap", "fig", "list", "disp-quote", "boxed-text", "def-list", "supplementary-material",
                   "alternatives", "graphic", "media", "inline-graphic", "fn-group", "table-wrap-group", "fig-group",
                   "object-id", "label"})
_BLOCKS = ("table-wrap", "fig", "list", "disp-quote", "boxed-text", "def-list", "table-wrap-group", "fig-group",
           "statement", "disp-formula")
_TABLE_LABEL = lazy_compile(r"^Table\s+\d+", re.I)
_CITATION = lazy_compile(r"^[\d,\s\-–]+$")
_EXPONENT = lazy_compile(r"^[\-−–]?\d+$")


def sources(file: str, root, sha256: str) -> list[Source | Unreadable]:
    if local(root) == "article":
        return [_article(file, file, root, sha256)]
    out: list[Source | Unreadable] = []
    for i, article in enumerate(children(root, "article")):
        try:
            source = _article(file, None, article, sha256)
        except (ValueError, TypeError, AttributeError) as exc:
            out.append(Unreadable(f"{file}#{i + 1}", f"{file}, article {i + 1}: not a JATS article this reader "
                                                   f"understands ({exc}); export it again"))
            continue
        out.append(source)
    return out


def _article(file: str, name: str | None, article, sha256: str) -> Source:
    meta = find_path(article, "front", "article-meta")
    ids = {}
    if meta is not None:
        ids = {(a.get("pub-id-type") or "").lower(): text_of(a) for a in children(meta, "article-id")}
    publications = curies(pmid=ids.get("pmid", ""), pmc=ids.get("pmc", "") or ids.get("pmcid", ""),
                          doi=ids.get("doi", ""))
    title = text_of(find_path(meta, "title-group", "article-title"), frozenset({"xref", "fn"}))
    page = Page()
    page.heading(1, title)
    if meta is not None:
        for abstract in children(meta, "abstract"):
            if (abstract.get("abstract-type") or "") in ("graphical", "teaser", "toc"):
                continue
            page.heading(2, text_of(child(abstract, "title")) or "Abstract")
            _content(page, abstract, 3)
    body = child(article, "body")
    if body is not None:
        _content(page, body, 2)
    floats = child(article, "floats-group")
    if floats is not None:
        _content(page, floats, 2)
    if not page.blocks:
        raise ValueError("it has neither a title, an abstract nor a body")
    journal = text_of(find_path(article, "front", "journal-meta", "journal-title-group", "journal-title")) or \
        text_of(find_path(article, "front", "journal-meta", "journal-title"))
    year = ""
    if meta is not None:
        dates = children(meta, "pub-date")
        preferred = sorted(dates, key=lambda d: (d.get("pub-type") or d.get("date-type") or "")
                           not in ("epub", "ppub", "pub"))
        year = next((text_of(child(d, "year")) for d in preferred if child(d, "year") is not None), "")
    authors = []
    contribs = [c for g in children(meta, "contrib-group") for c in children(g, "contrib")] if meta is not None else []
    for contrib in contribs:
        if (contrib.get("contrib-type") or "author") != "author":
            continue
        person = child(contrib, "name")
        if person is None:
            label = text_of(child(contrib, "collab"))
        else:
            label = " ".join(filter(None, (text_of(child(person, "surname")),
                                           _initials(text_of(child(person, "given-names"))))))
        if label:
            authors.append(label)
    metadata = tuple((k, v) for k, v in (("authors", "; ".join(authors)), ("journal", journal), ("title", title),
                                          ("year", year)) if v)
    if name is None:
        name = next((p for p in publications if p.startswith("PMC:")), None) or f"{file}#{title[:40]}"
    return Source(name, page.text(), sha256, file, "jats", publications, metadata)


def _initials(given: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s.\-]+", given) if part)


def _content(page: Page, element, level: int) -> None:
    """The block content of a body, abstract or section, in document order."""
    for node in element:
        kind = local(node)
        if kind == "sec":
            page.heading(level, text_of(child(node, "title")))
            _content(page, node, level + 1)
        elif kind in ("title", "label", "sec-meta", "object-id", "ref-list", "fn-group", "glossary", "ack"):
            continue
        elif kind == "p":
            _paragraph(page, node, level)
        else:
            _block(page, node, level)


def _paragraph(page: Page, p, level: int) -> None:
    page.paragraph(_inline(p))
    for node in p.iter():  # blocks nested in the paragraph come after its text
        if node is not p and local(node) in _BLOCKS and not _inside_block(p, node):
            _block(page, node, level)


def _inside_block(top, node) -> bool:
    """Whether ``node`` sits inside another block below ``top`` (rendered with that block)."""
    parents = {c: parent for parent in top.iter() for c in parent}
    up = parents.get(node)
    while up is not None and up is not top:
        if local(up) in _BLOCKS:
            return True
        up = parents.get(up)
    return False


def _inline(element) -> str:
    """The running text of a paragraph: citations in superscript as ``[1, 2]``, blocks left out."""
    parts: list[str] = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        nodes = list(node)
        for k, c in enumerate(nodes):
            kind = local(c)
            if kind == "sup" and _CITATION.match(text_of(c) or "x") and c.find(".//*") is not None:
                parts.append("[" + text_of(c) + "]")
            elif kind == "sup" and parts and parts[-1][-1:].isdigit() and _EXPONENT.match(text_of(c)):
                parts.append("^" + text_of(c))  # 10<sup>9</sup> is 10^9, never 109
            elif kind not in _SKIP and kind not in _BLOCKS:
                walk(c)
                if not c.tail and k + 1 < len(nodes) and _run_in_label(c):
                    parts.append(" ")  # <bold>Figure 2.</bold><italic>KRAS</italic> is "Figure 2. KRAS"
            if c.tail:
                parts.append(c.tail)

    walk(element)
    return collapse("".join(parts))


def _run_in_label(element) -> bool:
    """A bold run-in label ending in a full stop or colon ("Figure 2.", "Results:"), which the next words follow."""
    return local(element) == "bold" and text_of(element).rstrip().endswith((".", ":"))


def _block(page: Page, node, level: int) -> None:
    kind = local(node)
    if kind == "table-wrap":
        _table(page, node)
    elif kind == "fig":
        caption = child(node, "caption")
        page.paragraph(" ".join(filter(None, (text_of(child(node, "label")), _caption_text(caption)))))
    elif kind in ("list", "def-list"):
        for item in node.iter():
            if local(item) in ("list-item", "def-item"):
                for p in (c for c in item if local(c) in ("p", "term", "def")):
                    page.paragraph(_inline(p))
    elif kind in ("table-wrap-group", "fig-group", "boxed-text", "disp-quote", "statement"):
        caption = child(node, "caption")
        if caption is not None:
            page.paragraph(_caption_text(caption))
        _content(page, node, level)
    elif kind == "disp-formula":
        page.paragraph(text_of(node, frozenset({"label"})))
    elif kind not in ("graphic", "media", "alternatives", "supplementary-material", "caption"):
        page.paragraph(_inline(node))


def _caption_text(caption) -> str:
    if caption is None:
        return ""
    return " ".join(filter(None, [text_of(child(caption, "title"))] + [_inline(p) for p in children(caption, "p")]))


def _table(page: Page, wrap) -> None:
    label = text_of(child(wrap, "label")).rstrip(".:")
    caption = child(wrap, "caption")
    title = text_of(child(caption, "title")) if caption is not None else ""
    legend = [_inline(p) for p in children(caption, "p")] if caption is not None else []
    if not title and legend:
        title, legend = legend[0], legend[1:]
    line = " ".join(filter(None, (label, title)))
    if label and not _TABLE_LABEL.match(label):
        line = collapse(line)
    for table in (t for t in wrap.iter() if local(t) == "table"):
        page.table(line, _grid(table))
        line = ""
    for text in legend:
        page.paragraph(text)
    foot = child(wrap, "table-wrap-foot")
    if foot is not None:
        for node in foot.iter():
            if local(node) == "p":
                page.paragraph(_inline(node))


def _grid(table) -> list[list[str]]:
    """The rows of an HTML-like table as lists of cell texts, spans filled with empty cells."""
    rows = [r for r in table.iter() if local(r) == "tr"]
    grid: list[list[str]] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a cell above
    for tr in rows:
        row: list[str] = []
        col = 0
        for cell in (c for c in tr if local(c) in ("td", "th")):
            while pending.get(col, 0) > 0:
                row.append("")
                pending[col] -= 1
                col += 1
            row.append(_inline(cell).replace("\t", " "))
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            for k in range(span):
                if down > 1:
                    pending[col + k] = down - 1
            row.extend([""] * (span - 1))
            col += span
        while pending.get(col, 0) > 0:
            row.append("")
            pending[col] -= 1
            col += 1
        grid.append(row)
    return grid


def _int(value) -> int:
    try:
        return max(1, min(int(value), 100))
    except (TypeError, ValueError):
        return 1
