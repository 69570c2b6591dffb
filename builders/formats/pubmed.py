"""PubMed XML (``<PubmedArticleSet>``, as PubMed and E-utilities export it): one document per article.

The text of an article is its title (a ``#`` heading) and its abstract; each labelled part of a
structured abstract (``<AbstractText Label="RESULTS">``) becomes a ``##`` heading, so evidence
names the part it comes from. The document is named by its PMID (``PMID:31388315``); PMID, PMCID
and DOI are its publications, and title, journal, year and authors its metadata.
"""
from __future__ import annotations

from builders.formats import Source, Unreadable
from builders.formats.render import Page
from builders.formats.xmltools import children, find_path, local, text_of
from builders.formats.ids import curies
from builders.lazy_patterns import lazy_compile

_YEAR = lazy_compile(r"\b(1[89]\d\d|2\d\d\d)\b")


def sources(file: str, root, sha256: str) -> list[Source | Unreadable]:
    out: list[Source | Unreadable] = []
    for i, article in enumerate(a for a in root if local(a) in ("PubmedArticle", "PubmedBookArticle")):
        where = f"{file}, article {i + 1}"
        if local(article) == "PubmedBookArticle":
            out.append(Unreadable(f"{file}#{i + 1}", f"{where}: a book chapter (PubmedBookArticle), which is not read; "
                                                   f"remove it from the export to silence this line"))
            continue
        try:
            out.append(_article(file, article, sha256))
        except (ValueError, TypeError, AttributeError) as exc:  # a record whose parts are not where PubMed puts them
            out.append(Unreadable(f"{file}#{i + 1}", f"{where}: not a PubMed record this reader understands ({exc}); "
                                                   f"export it from PubMed again"))
    return out


def _article(file: str, article, sha256: str) -> Source | Unreadable:
    citation = find_path(article, "MedlineCitation")
    pmid = text_of(find_path(citation, "PMID"))
    art = find_path(citation, "Article")
    if art is None:
        raise ValueError("it has no <Article>")
    title = text_of(find_path(art, "ArticleTitle"))
    page = Page()
    page.heading(1, title)
    abstract = find_path(art, "Abstract")
    parts = children(abstract, "AbstractText") if abstract is not None else []
    if not title and not parts:
        return Unreadable(f"PMID:{pmid}" if pmid else file,
                          f"{file}: PMID {pmid or '(none)'} has neither a title nor an abstract; nothing to read")
    labelled = any(p.get("Label") for p in parts)
    if parts and not labelled:
        page.heading(2, "Abstract")
    for part in parts:
        if part.get("Label"):
            page.heading(2, part.get("Label"))
        page.paragraph(text_of(part))
    id_list = find_path(article, "PubmedData", "ArticleIdList")  # not the reference list's ids
    ids = {}
    if id_list is not None:
        ids = {(a.get("IdType") or "").lower(): text_of(a) for a in children(id_list, "ArticleId")}
    doi = ids.get("doi") or next((text_of(e) for e in children(art, "ELocationID") if e.get("EIdType") == "doi"), "")
    publications = curies(pmid=pmid, pmc=ids.get("pmc", ""), doi=doi)
    journal = text_of(find_path(art, "Journal", "Title"))
    date = find_path(art, "Journal", "JournalIssue", "PubDate")
    year = text_of(find_path(date, "Year")) or _first_year(text_of(find_path(date, "MedlineDate"))) \
        or text_of(find_path(art, "ArticleDate", "Year"))
    authors = []
    author_list = find_path(art, "AuthorList")
    for author in children(author_list, "Author") if author_list is not None else ():
        name = text_of(find_path(author, "CollectiveName")) or \
            " ".join(filter(None, (text_of(find_path(author, "LastName")), text_of(find_path(author, "Initials")))))
        if name:
            authors.append(name)
    metadata = tuple((k, v) for k, v in (("authors", "; ".join(authors)), ("journal", journal), ("title", title),
                                          ("year", year)) if v)
    name = f"PMID:{pmid}" if pmid else f"{file}#{title[:40]}"
    return Source(name, page.text(), sha256, file, "pubmed", publications, metadata)


def _first_year(text: str) -> str:
    m = _YEAR.search(text)
    return m.group(1) if m else ""
