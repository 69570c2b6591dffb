"""BioC XML (``<collection>``) and BioC JSON (PubTator's export format): one document per BioC document.

**Offsets are honoured.** The text of a document puts every passage at its BioC offset:
``text[offset:offset + len(passage text)]`` is the passage's text, exactly, and the characters
between passages (and before the first) are line breaks. So an evidence offset is also a BioC
offset of the same document, and a PubTator annotation's offsets point into the same text.
Passages that overlap or go backwards cannot be placed so; such a document is refused with one
line. A passage given as ``<sentence>`` elements instead of a text has each sentence placed at its
own offset. Annotations and relations are not read.

A document is named by its PMID (``PMID:…``, from an ``article-id_pmid`` infon, or its id when
that is a number), else by its PMCID, else ``FILE#id``. PubTator3 keeps a document's year, authors
and citation (``"N Engl J Med. 2012 Jul 12;367(2):107-14. doi: 10.1056/…"``) on its title passage and
beside the passages; the DOI is taken from that citation when no ``article-id_doi`` infon gives it.
"""
from __future__ import annotations

import json

from builders.document import DocumentError
from builders.formats import Source, Unreadable
from builders.formats.ids import curies
from builders.formats.xmltools import child, children
from builders.lazy_patterns import lazy_compile

MAX_GAP = 1_000_000  # characters of line breaks allowed between two passages (a guard against absurd offsets)
_CITED_DOI = lazy_compile(r"\bdoi:\s*(10\.\d{4,9}/\S+?)\.?(?=\s|$)")
_YEAR = lazy_compile(r"^(1[89]\d\d|2\d\d\d)\b")


class _Bad(ValueError):
    """A BioC document whose structure is not as BioC says; the message says what and where."""


def xml_sources(file: str, root, sha256: str) -> list[Source | Unreadable]:
    docs = []
    for element in children(root, "document"):
        doc_id = (child(element, "id").text or "").strip() if child(element, "id") is not None else ""
        infons = {}
        passages = []
        for passage in children(element, "passage"):
            p_infons = {i.get("key", ""): (i.text or "").strip() for i in children(passage, "infon")}
            infons.update({k: v for k, v in p_infons.items() if k.startswith("article-id_")})
            offset = (child(passage, "offset").text or "") if child(passage, "offset") is not None else ""
            text = child(passage, "text")
            if text is not None:
                passages.append((offset, text.text or "", p_infons))
            else:
                for sentence in children(passage, "sentence"):
                    s_offset = child(sentence, "offset")
                    s_text = child(sentence, "text")
                    passages.append(((s_offset.text or "") if s_offset is not None else "",
                                     (s_text.text or "") if s_text is not None else "", p_infons))
        infons.update({i.get("key", ""): (i.text or "").strip() for i in children(element, "infon")})
        _pubtator_citation(infons, {}, passages)
        docs.append((doc_id, infons, passages))
    source = (child(root, "source").text or "") if child(root, "source") is not None else ""
    return [_document(file, sha256, "bioc-xml", i, *doc, source) for i, doc in enumerate(docs)]


def json_sources(file: str, data: bytes, sha256: str) -> list[Source | Unreadable]:
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{file}: not UTF-8 text (byte {exc.start}); BioC JSON is UTF-8, export it again") from None
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{file}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg}); fix the file or export "
                            f"it again") from None
    source = ""
    if isinstance(value, dict) and isinstance(value.get("PubTator3"), list):
        documents = value["PubTator3"]
        source = "PubTator3"
    elif isinstance(value, dict) and isinstance(value.get("documents"), list):
        documents = value["documents"]
        source = str(value.get("source") or "")
    elif isinstance(value, dict) and isinstance(value.get("passages"), list):
        documents = [value]
    elif isinstance(value, list) and value and all(isinstance(d, dict) and "passages" in d for d in value):
        documents = value
    else:
        raise DocumentError(f"{file}: JSON that is not BioC (expected a collection with \"documents\", a document "
                            f"with \"passages\", or PubTator3's {{\"PubTator3\": [...]}}); export it as BioC JSON")
    out: list[Source | Unreadable] = []
    for i, doc in enumerate(documents):
        try:
            if not isinstance(doc, dict) or not isinstance(doc.get("passages"), list):
                raise _Bad("has no \"passages\" list")
            infons = {str(k): str(v) for k, v in (doc.get("infons") or {}).items()}
            for key in ("journal", "year"):  # PubTator3 keeps these beside the passages
                if isinstance(doc.get(key), (str, int)) and key not in infons:
                    infons[key] = str(doc[key])
            if isinstance(doc.get("pmcid"), str) and "article-id_pmc" not in infons:
                infons["article-id_pmc"] = doc["pmcid"]
            passages = []
            for j, p in enumerate(doc["passages"]):
                if not isinstance(p, dict):
                    raise _Bad(f"passage {j + 1} is not an object")
                p_infons = {str(k): str(v) for k, v in (p.get("infons") or {}).items()}
                infons.update({k: v for k, v in p_infons.items() if k.startswith("article-id_")})
                if isinstance(p.get("text"), str):
                    passages.append((p.get("offset"), p["text"], p_infons))
                for s in p.get("sentences") or []:
                    if not isinstance(s, dict) or not isinstance(s.get("text"), str):
                        raise _Bad(f"a sentence of passage {j + 1} has no text")
                    passages.append((s.get("offset"), s["text"], p_infons))
            doc_id = str(doc.get("pmid") or doc.get("id") or "")
            _pubtator_citation(infons, doc, passages)
        except (AttributeError, TypeError) as exc:  # e.g. "infons" that is a list, not an object
            out.append(Unreadable(f"{file}#{i + 1}", f"{file}: BioC document {i + 1} is not laid out as BioC "
                                                   f"says ({exc}); fix the file or export it again"))
            continue
        except _Bad as exc:
            out.append(Unreadable(f"{file}#{i + 1}", f"{file}: BioC document {i + 1} {exc}; fix the file or export "
                                                   f"it again"))
            continue
        out.append(_document(file, sha256, "bioc-json", i, doc_id, infons, passages, source))
    return out


def _pubtator_citation(infons: dict, doc: dict, passages: list) -> None:
    """Fill ``year``, ``authors`` and ``article-id_doi`` from where PubTator3 puts them (the title passage's
    infons, the document's ``date`` and ``authors``), when the document's own infons do not give them."""
    first = next((i for _, _, i in passages if i.get("type", "").lower() == "title"), {})
    year = infons.get("year") or first.get("year") or str(doc.get("date") or "")
    m = _YEAR.match(year)
    if m:
        infons["year"] = m.group(1)
    authors = doc.get("authors")
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        infons.setdefault("authors", "; ".join(a.strip() for a in authors if a.strip()))
    elif first.get("authors"):
        infons.setdefault("authors", "; ".join(a.strip() for a in first["authors"].split(",") if a.strip()))
    cited = _CITED_DOI.search(first.get("journal", ""))
    if cited and not infons.get("article-id_doi"):
        infons["article-id_doi"] = cited.group(1)


def _document(file: str, sha256: str, fmt: str, index: int, doc_id: str, infons: dict, passages: list,
              source: str) -> Source | Unreadable:
    pmid = infons.get("article-id_pmid", "") or (doc_id if doc_id.isdigit() else "")
    pmc = infons.get("article-id_pmc", "") or (doc_id if doc_id.upper().startswith("PMC") else "")
    publications = curies(pmid=pmid, pmc=pmc, doi=infons.get("article-id_doi", ""))
    name = next((p for p in publications if p.startswith("PMID:")), None) or \
        next((p for p in publications if p.startswith("PMC:")), None) or f"{file}#{doc_id or index + 1}"
    where = f"{file}: BioC document {doc_id or index + 1}"
    try:
        text = _place(passages, where)
    except _Bad as exc:
        return Unreadable(name, str(exc))
    if not text.strip():
        return Unreadable(name, f"{where} has no passage with text; nothing to read")
    title = next((t for _, t, i in passages if i.get("type", "").lower() in ("title", "front")), "")
    metadata = tuple((k, v) for k, v in (("authors", infons.get("authors", "")), ("journal", infons.get("journal", "")),
                                          ("title", " ".join(title.split())), ("year", infons.get("year", ""))) if v)
    return Source(name, text, sha256, file, fmt, publications, metadata)


def _place(passages: list, where: str) -> str:
    """The text with each passage at its offset, the gaps filled with line breaks."""
    placed: list[tuple[int, str]] = []
    for offset, text, _ in passages:
        try:
            start = int(str(offset).strip())
        except ValueError:
            raise _Bad(f"{where}: a passage has the offset {str(offset)[:20]!r}, not a number; fix the file or "
                       f"export it again") from None
        if start < 0:
            raise _Bad(f"{where}: a passage has a negative offset ({start}); fix the file or export it again")
        placed.append((start, text))
    out: list[str] = []
    end = 0
    for start, text in placed:
        if not text:
            continue
        if start < end:
            raise _Bad(f"{where}: the passage at offset {start} overlaps the one before it (which ends at {end}), "
                       f"so offsets cannot be kept; fix the offsets or export the file again")
        if start - end > MAX_GAP:
            raise _Bad(f"{where}: the passage at offset {start} leaves a gap of {start - end} characters; fix the "
                       f"offsets or export the file again")
        out.append("\n" * (start - end))
        out.append(text)
        end = start + len(text)
    return "".join(out) + "\n" if out else ""
