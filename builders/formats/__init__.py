"""Input formats: how a file of the corpus becomes the text of one or more documents.

A format is a way to make a :class:`Source` (the exact text a document is read from, its name, and
what is known of it: PMID, PMCID, DOI, title, journal, year, authors); the reader
(:func:`builders.document.parse_document` and the builders) is the same for every format.

:data:`READERS` maps a file-name suffix to the function that splits such a file into sources;
XML and JSON files are then told apart by their content (the root element, the JSON keys), not
by their suffix. A new format is one more entry (a function ``(path, data) -> list[Source |
Unreadable]``), as ``.pdf`` is, and nothing else changes.

A source's ``text`` is what every evidence offset of its document indexes; ``crckg evidence-text``
prints it. For plain text it is the file's text as decoded; for XML it is a plain-text rendering
(headings as ``#`` lines, one paragraph per line, table rows as tab-separated lines), see
:mod:`builders.formats.render`; for BioC it keeps every passage at its BioC offset.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from builders.document import DocumentError
from builders.encoding import DecodeError, decode_text


@dataclass(frozen=True)
class Source:
    """One document to read: its name, the exact text its offsets index, and what is known of it.

    ``publications`` are CURIEs (``PMID:…``, ``PMC:PMC…``, ``doi:…``); ``metadata`` are
    ``(key, value)`` pairs for the Document node (``title``, ``journal``, ``year``, ``authors``).
    """

    name: str
    text: str
    sha256: str  # of the file's bytes
    file: str
    format: str
    publications: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Unreadable:
    """A document of a file that holds several (an article of a PubMed set) that cannot be read, and why."""

    name: str
    error: str


Reader = Callable[[Path, bytes], "list[Source | Unreadable]"]


def read_text_file(path: Path, data: bytes) -> list[Source | Unreadable]:
    """A plain-text file: one document, its text as decoded (an XML file saved as .txt is read as XML)."""
    try:
        text = decode_text(data, path.name)
    except DecodeError as exc:
        raise DocumentError(str(exc)) from None
    if not text.strip():
        raise DocumentError(f"{path.name}: the file is empty; remove it or add the document's text")
    if text.lstrip()[:5] in ("<?xml", "<!DOC"):
        return read_xml_file(path, data)
    return [Source(path.name, text, _sha256(data), path.name, "text")]


def read_xml_file(path: Path, data: bytes) -> list[Source | Unreadable]:
    """An XML file: PubMed (``PubmedArticleSet``), JATS (``article``, ``pmc-articleset``) or BioC
    (``collection``), told apart by the root element."""
    from builders.formats import bioc, jats, pubmed
    from builders.formats.xmltools import local, parse_xml

    root = parse_xml(path.name, data)
    kinds = {"PubmedArticleSet": pubmed.sources, "article": jats.sources, "pmc-articleset": jats.sources,
             "collection": bioc.xml_sources}
    split = kinds.get(local(root))
    if split is None:
        raise DocumentError(f"{path.name}: an XML file whose root element is <{local(root)}>, which is none of the "
                            f"formats read (PubMed <PubmedArticleSet>, JATS <article>, BioC <collection>); "
                            f"export it in one of them or save its text as .txt")
    return split(path.name, root, _sha256(data))


def read_json_file(path: Path, data: bytes) -> list[Source | Unreadable]:
    """A JSON file: BioC JSON (a collection, a list of documents, or PubTator3's ``{"PubTator3": [...]}``)."""
    from builders.formats import bioc

    return bioc.json_sources(path.name, data, _sha256(data))


def read_pdf_file(path: Path, data: bytes) -> list[Source | Unreadable]:
    """A PDF: one document, the text of its text layer laid out for the reader (:func:`builders.pdf.pdf_bytes_text`);
    the offsets of its evidence index that text, which ``crckg evidence-text`` prints."""
    from builders.pdf import pdf_bytes_text

    return [Source(path.name, pdf_bytes_text(path.name, data), _sha256(data), path.name, "pdf")]


#: How each kind of file is read, by suffix (lower case).
READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".xml": read_xml_file,
    ".nxml": read_xml_file,
    ".json": read_json_file,
    ".pdf": read_pdf_file,
}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_sources(path) -> list[Source | Unreadable]:
    """The documents of one corpus file, in file order.

    Raises :class:`~builders.document.DocumentError` (one line: file, where, what to do) when the
    file as a whole cannot be read; an article of a multi-article file that cannot be read is
    returned as an :class:`Unreadable` and the others are kept.
    """
    path = Path(path)
    reader = READERS.get(path.suffix.lower(), read_text_file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror}); check the path and permissions") from None
    if not data.strip():
        raise DocumentError(f"{path.name}: the file is empty; remove it or add the document's text")
    sources = reader(path, data)
    if not sources:
        raise DocumentError(f"{path.name}: holds no document (no article, no passage with text); "
                            f"check that it is the export you meant")
    return sources


__all__ = ["READERS", "Source", "Unreadable", "read_sources"]
