"""The byline of a research article: its first author and year, read from the lines at its head.

A report cited without a trial name is cited by its first author and year ("Fu et al. 2023", "Fu 2023"), and reviews
cite it so. The head of an article as a text gives both: an author line ("Xiaoyan Fu 1, Jieer Ying 2, ..." or, as a
bibliographic record writes it, "Fu X, Ying J, Yang L, ...") and, a few lines after it, the journal line or date that
gives the year ("Cancer Sci. 2023;114(3):1067", "2020-08-04"), or else the page's publication date further down
("Received: ... Published: December 02, 2015"). A page may set its authors one to a line, under "Authors:" or "by", or
each followed by its affiliation marks on lines of their own, as a PDF's text does. Only a line of at least three personal names counts
as an author line; a news piece signed by one writer has none. A publisher's page may give the article's own citation
instead ("Wang, F., Yuan, X., ... (2020). Title."), and a news report of one article names its lead author ("wrote Clara
Montagut, MD, of ..., and colleagues") with its date line, the meeting or the journal citation giving the year.
"""
from __future__ import annotations

import re

from builders.document import LINE_END
from builders.lazy_patterns import lazy_compile
from builders.prefilter import prefiltered

# the longest part of an author line a personal name may be (longer parts are tried as no name: the name patterns
# backtrack on long hyphenated runs), and the end of a title run into a name that is searched for it
_NAME_CHARS = 80
# the lines of a document's head searched for its byline, and how far after the author line its year may stand
HEAD_LINES = 30
_YEAR_LINES = 4
_YEAR = lazy_compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_DEPOSITED = lazy_compile(r"\bavailable\s+in\s+PMC\b", re.I)
# a line of prose (an abstract's sentences run into one line): eight lower-case words in a row, as no journal, citation
# or date line has them
_PROSE = lazy_compile(r"(?:\b[a-z][a-z\-]*,?\s+){8}")

# (a capital of the Latin Extended-A letters too, as Turkish, Polish or Czech names begin: "İcli", "Łukasz", "Šimon")
_CAPITAL = "A-ZÀ-Þ\u0100-\u017f"
_NAME = rf"[{_CAPITAL}][^\W\d_]+(?:[-'][{_CAPITAL}a-z][^\W\d_]+)*"
# (a middle initial with or without its full stop: "Nicole M. Reilly", "Kirti S Prabhu")
_AUTHOR = lazy_compile(rf"{_NAME}(?:[ \-]{_NAME}|\s+[A-Z]\.?)*\s+({_NAME})")
# an author of a bibliographic record's author line, surname first and initials after ("Masi G", "Fabbri MA")
_SURNAME_INITIALS = lazy_compile(rf"({_NAME}(?:[ \-]{_NAME})*)\s+[A-Z]{{1,3}}")
# the end of a title run into the full name of the first author after it (first_author): a given name and a surname
_RUN_IN_NAME = lazy_compile(rf"\s{_NAME}\s+({_NAME})$")
# an author written initials first, as journals print author lines ("G Chong", "J L B Dickson", "JR Hecht", "F. De Braud",
# "M.G.H. van Oijen", "E Van Cutsem"): the surname has a lower-case letter, so a run of capitals is no name
_SURNAME_PART = rf"[{_CAPITAL}][a-zà-ÿ'’][^\W\d_]*(?:[-'’][{_CAPITAL}a-z][^\W\d_]+)*"
_SURNAME = rf"(?:(?:van|von|de|der|den|di|da|du|del|della|le|la)\s+)*{_SURNAME_PART}(?:[ \-]{_SURNAME_PART})*"
_INITIALS = r"(?:[A-Z]\.?[\s\-]*){1,4}"
_INITIALS_FIRST = lazy_compile(rf"{_INITIALS}({_SURNAME})")
# the same author at the end of a title the extraction ran into the author line ("... colorectal cancer E Elez1,
# A Hendlisz2, ..."): one or more initials after a lower-case title word (not the article "A")
_RUN_IN_AUTHOR = lazy_compile(rf"[a-z]\s+(?!A\s)(?:[A-Z]\.?[\s\-]+){{1,3}}({_SURNAME})$")


# affiliation marks set as superscript digits ("Wen Zhang¹, Aiping Zhou²"): read as the digits they mark
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def first_author(line: str) -> str | None:
    """The surname of the first author of an author line ("Lei Wen 1,2,#, Zhigang Chen 1,2, ..." -> "Wen"):
    a line of at least three comma-separated personal names, the first of them first."""
    line = re.sub(r"^[\s•·\-*>_]*(?:[\w ]{1,20}:[\s*_]*)?", "", line.replace("<sup>", " ").replace("</sup>", " ").translate(_SUPERSCRIPTS))
    chunks = [re.sub(r"^[\d#*†‡,\s^{}]+|[\d#*†‡,\s^{}]+$", "", c) for c in re.split(r",|;|\band\b", line)]
    chunks = [c for c in chunks if c]
    if len(chunks) < 3 or len(line) - len(chunks[0]) > 600:
        return None
    names = [_AUTHOR.fullmatch(c) if len(c) <= _NAME_CHARS else None for c in chunks]
    if names[0] and len(line) <= 600 and sum(bool(n) for n in names) >= max(3, 0.6 * len(chunks)):
        return names[0].group(1)
    if names[0] is None and sum(bool(n) for n in names[1:]) >= max(3, 0.8 * (len(chunks) - 1)):
        # the first author's full name run into the title before it, as a page's text joins them ("... to Anti-EGFR
        # Therapies Takuro Mizukami,1,2 Yosuke Togashi,1 Saeko Naruki,3 ..."): the title's case hides where it ends, but
        # the surname is the last word
        run_in = _RUN_IN_NAME.search(chunks[0][-_NAME_CHARS:])
        if run_in:
            return run_in.group(1)
    # a journal's line of authors written initials first ("G Chong 1, J L B Dickson 1, D Cunningham 1, ..."), the first
    # of them perhaps run into the title before it
    names = [_INITIALS_FIRST.fullmatch(c) if len(c) <= _NAME_CHARS else None for c in chunks]
    if sum(bool(n) for n in names[1:]) >= max(3, 0.8 * (len(chunks) - 1)):
        first = names[0] or _RUN_IN_AUTHOR.search(chunks[0][-_NAME_CHARS:])
        if first:
            return first.group(1)
    # a bibliographic record's line ("Masi G, Vasile E, Loupakis F, ..."): all but one author written so, no "et al."
    names = [n if n and not n.group(1).isupper() else None for n in (_SURNAME_INITIALS.fullmatch(c) if len(c) <= _NAME_CHARS else None
                                                                               for c in chunks)]
    if names[0] and sum(bool(n) for n in names) >= max(3, len(chunks) - 1) and not re.search(r"\bet\s+al\b", line):
        return names[0].group(1)
    return None


# the line a bibliographic page gives under an article's title: its first author in full, "et al.", the journal and
# the year ("Xianhua Fu et al. Cancer Sci. 2023 Mar."; the year may stand in the page's citation line instead)
_PAGE_BYLINE = lazy_compile(r"(?:[A-Z][\w'’\-]*\.?\s+){0,4}?(?P<surname>[A-Z][\w'’\-]+)\s+et\s+al\.\s+"
                            r"(?:[A-Z][\w&’'\-]*\.?\s*){1,10}(?:\.\s*)?(?:(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}\.?)?\s*)?\.?\s*")


# an article's own citation as a publisher's page offers it to copy ("CITATION STYLE ... APA"): surnames first, each with
# its initials after a comma, the last perhaps after an ellipsis, then the year in brackets ("Wang, F., Yuan, X., Jia, J.,
# … Wang, S. (2020). Title. Journal")
_CITED_SURNAME = r"[A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){0,2}"
_CITED_AUTHOR = rf"{_CITED_SURNAME},\s(?:[A-Z]\.[\s\-]?){{1,4}}"
_CITATION_LINE = lazy_compile(rf"(?P<surname>{_CITED_SURNAME}),\s(?:[A-Z]\.[\s\-]?){{1,4}}(?:,\s{_CITED_AUTHOR}){{2,}}"
                              rf"(?:,?\s(?:…|\.\.\.|&)\s{_CITED_AUTHOR})?\s*\((?P<year>(?:19|20)\d\d)\)\.")
# ... or as a journal's news page cites the one article it reports, its authors cut short by "et al." and its title and
# journal with the year in brackets on the next line ("Tian, J., Chen, J.H., Chao, S.X. et al." / "Title. Nat Med (2023)")
_CITATION_ET_AL = lazy_compile(rf"(?P<surname>{_CITED_SURNAME}),\s(?:[A-Z]\.[\s\-]?){{1,4}}(?:,\s{_CITED_AUTHOR}){{1,}}\s*,?\s*"
                               r"et\s+al\.?")
_BRACKETED_YEAR = lazy_compile(r"\((?P<year>(?:19|20)\d\d)\)\.?\s*$")
# a news report's account of the article it reports: the article's lead author named in full with a degree, "and
# colleagues" ("..., wrote Clara Montagut, MD, of Hospital del Mar, Barcelona, Spain, and colleagues.")
_DEGREE = r"(?:MD|PhD|MBBS|MSc|MPH|DO|FRCP)"
_LEAD_AUTHOR = lazy_compile(rf"\b(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){{0,2}}\s+(?P<surname>[A-Z][\w'’\-]+),\s+"
                            rf"{_DEGREE}(?:,\s+{_DEGREE})*,\s+[^.;“”\"]{{0,120}}?,\s+and\s+(?:his\s+|her\s+|their\s+)?"
                            r"(?:colleagues|co-?authors|co-?investigators)\b")
# ... or as the study's lead ("says the study’s principal investigator Johanna Bendell, MD, of ...", "lead author Jane Roe, PhD")
_LEAD_INVESTIGATOR = lazy_compile(rf"(?:\b(?:study|trial)['’]s\s+(?:principal|lead)\s+investigator|\b(?:lead|first)\s+author),?\s+"
                                  rf"(?:Dr\.?\s+)?(?:[A-Z][a-z]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z]+|[A-Z]\.)){{0,2}}\s+"
                                  rf"(?P<surname>[A-Z][\w'’\-]+),\s+{_DEGREE}\b")
# the year of a news report: its date line ("February 20, 2018", "Posted: Tuesday, April 30, 2019") or the journal
# citation of the article it reports ("(Lancet Oncol 2022;23:115–24)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = lazy_compile(rf"(?:(?:Posted|Published|Updated)(?:\s+online)?(?:\s+on)?:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
                          rf"(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH}\s+)(?P<year>(?:19|20)\d\d)")
# ... or of the meeting where the study was presented ("World GI 2016: ...", "presented during the 2020 ESMO World Congress")
_MEETING = r"(?:ESMO|ASCO|AACR|World\s+GI|World\s+Congress|Gastrointestinal\s+Cancers\s+Symposium)"
_MEETING_YEAR = lazy_compile(rf"\b(?P<year>(?:19|20)\d\d)\s+{_MEETING}|\b{_MEETING}(?:\s+[A-Z][\w\-]*){{0,3}}\s+(?P<year2>(?:19|20)\d\d)\b")
_JOURNAL_CITATION = lazy_compile(r"\((?:[A-Z][A-Za-z]*\.?\s+){1,4}(?P<year>(?:19|20)\d\d)\s*;\s*\d+\s*[:(]")


# the date a journal's page says the article was published, anywhere in its head ("Received: August 21, 2015 Accepted:
# ... Published: December 02, 2015", "Published online: March 14, 2010", "Epub 2019 Oct 28", "Published - Dec 2025", a
# research portal's field run into its label, "Publication statusPublished - Mar 15 2019", "StatePublished - Jun 15 2019"): the
# article's year when no line near its author line gives one
PUBLISHED_LINES = 50
_PUBLISHED = lazy_compile(rf"(?:\b|(?<=State)|(?<=status))(?:(?:First\s+)?[Pp]ublished|PUBLISHED|Epub)(?:\s+online)?(?:\s+on)?\s*[:\-]?\s*"
                          rf"(?:[A-Z][a-z]+day,?\s+)?(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH},?\s+|{_MONTH}\s+)?"
                          rf"(?P<year>(?:19|20)\d\d)\b")
# ... or, when the head gives no such date, its copyright line ("© 2019 The Authors", "Copyright © 2021 Elsevier")
_COPYRIGHT = lazy_compile(r"(?:©|\bCopyright\b)\s*(?:©\s*)?(?:\(c\)\s*)?(?P<year>(?:19|20)\d\d)\b")
# a meeting abstract's page naming its first author alone ("First Author: Jane A. Roe, University Hospital, Oslo")
_FIRST_AUTHOR_LINE = lazy_compile(rf"\W*(?i:First|Lead)\s+(?i:Author)\s*:\s*(?:Dr\.?\s+)?(?P<name>[^,;]{{3,60}}?)"
                                  rf"(?:\s+{_DEGREE})*\s*(?:[,;].*)?")
# a line listing an article's key words or abbreviations, never its authors ("Keywords: Colorectal Cancer, Drug Resistance, ...")
_TERM_LIST = lazy_compile(r"\W*(?:key\s*words?|abbreviations|subjects?|topics?|MeSH)\b", re.I)
# a journal page's author list set one name to a line, under its own heading ("Authors:", "by") or, as a PDF's text
# sets it, each name followed by its affiliation marks on the next line ("Vito Amodio" / "1,2," / "Gianluca Mauri" / ...,
# "S. Siena" / "1,2" / "*" / ", A. Sartore-Bianchi" / ...), each name perhaps bulleted or after the comma or "&" before it
_LIST_HEAD = lazy_compile(r"[\s•\-*·]*(?:by|Authors?|Author\s+information)\s*:?\s*", re.I)
_MARK_CHARS = r"(?:[\s,*#†‡§¶&]|\d{1,2}(?!\d))"  # (numbers of one or two digits: a year is no mark)
_LIST_MARKS = lazy_compile(rf"{_MARK_CHARS}*(?:and{_MARK_CHARS}*)?")
# words of a title, a heading or an institution, never of a personal name
_NO_NAME = lazy_compile(r"\b(?:Cancers?|Tumou?rs?|Resistance|Therapy|Colorectal|Metasta\w*|Review|Article|Abstract|Introduction|"
                        r"Background|Methods|Results|Conclusions?|Universit\w*|Hospital|Department|Institute|Cent(?:er|re)|"
                        r"Clinical|Oncology|Medicine|School|College|Research)\b")
_SOME_MARK = lazy_compile(r"[\d*#†‡§¶]")
_LIST_NAME = lazy_compile(rf"[\s•\-*·,&]*(?:and\s+)?(?P<name>{_NAME}(?:[ \-]{_NAME}|\s+[A-Z]\.?(?:[A-Z]\.?)?|"
                          rf"\s+(?:van|von|de|der|den|di|da|du|del|della|le|la)){{0,4}}\s+{_NAME}|"
                          rf"{_INITIALS}{_SURNAME}){_MARK_CHARS}*(?:and\s*)?")


def _listed_authors(lines: list[str], at: int) -> tuple[str, int] | None:
    """The author list set one name to a line at ``lines[at]`` (under its heading "Authors:" or "by" there, or starting
    there with a name whose next line holds its affiliation marks) as one author line, with the index of its last name:
    at least three names, the list ending at the first line that is neither a name nor affiliation marks (blank lines
    between them are passed over)."""
    if _LIST_HEAD.fullmatch(lines[at]):
        start = at + 1
    else:
        following = next((line for line in lines[at + 1:at + 3] if line.strip()), "")
        if not (_LIST_NAME.fullmatch(lines[at]) and _LIST_MARKS.fullmatch(following) and _SOME_MARK.search(following)):
            return None
        start = at
    names: list[str] = []
    last = seen = at  # the last name, the last name or marks
    for j in range(start, len(lines)):
        line = lines[j]
        if not line.strip():
            if names and j > seen + 2:
                break
            continue
        name = _LIST_NAME.fullmatch(line)
        if name and _NO_NAME.search(name.group("name")):
            break
        if name:
            names.append(name.group("name"))
            last = j
        elif not _LIST_MARKS.fullmatch(line):
            break
        seen = j
    return (", ".join(names), last) if len(names) >= 3 else None


def _published_year(text: str) -> str | None:
    """The year of the first publication date in the head of ``text`` (never an author manuscript's deposit), else of its
    first copyright line."""
    lines = [line for line in LINE_END.split(text, PUBLISHED_LINES)[:PUBLISHED_LINES] if not _DEPOSITED.search(line)]
    for pattern in (_PUBLISHED, _COPYRIGHT):
        for line in lines:
            m = pattern.search(line)
            if m:
                return m.group("year")
    return None


def byline(text: str) -> tuple[str, str | None] | None:
    """The first author's surname and the year of the article whose text is ``text`` (None for the year when neither
    the lines up to three after its author line nor a publication date or copyright line in its head give one), or None
    when its head has no author line.

    >>> byline("Pyrotinib plus trastuzumab in HER2-positive mCRC\\nFu X, Ying J, Yang L, Fang W\\nCancer Sci. 2023;114:1067.\\n")
    ('Fu', '2023')
    >>> byline("Clinical Trial\\n. 2023 Mar;114(3):1067.\\n\\nA phase 2 trial of A\\n\\nXianhua Fu et al. Cancer Sci. 2023 Mar.\\n")
    ('Fu', '2023')
    >>> byline("A review of anti-EGFR therapy\\nBy Jane Smith\\n2021\\n") is None
    True
    """
    found = byline_at(text)
    return None if found is None else found[1:]


def byline_at(text: str) -> tuple[int, str, str | None] | None:
    """:func:`byline` with the index of the author line among the text's lines, first."""
    lines = LINE_END.split(text, HEAD_LINES)[:HEAD_LINES]
    for at, line in enumerate(lines):
        if _TERM_LIST.match(line):
            continue
        cited = _CITATION_LINE.match(line.strip())
        if cited:
            return at, cited.group("surname"), cited.group("year")
        cited = _CITATION_ET_AL.fullmatch(line.strip())
        if cited:
            dated = next((m for later in lines[at + 1:at + 3] for m in (_BRACKETED_YEAR.search(later),) if m), None)
            return at, cited.group("surname"), dated.group("year") if dated else None
        page = _PAGE_BYLINE.fullmatch(line.strip())
        listed = None if page else _listed_authors(lines, at)
        author = page.group("surname") if page else first_author(listed[0] if listed else line)
        lead = None if author or page else _FIRST_AUTHOR_LINE.fullmatch(line)
        if lead:
            named = _AUTHOR.fullmatch(lead.group("name")) or _INITIALS_FIRST.fullmatch(lead.group("name"))
            author = named.group(1) if named else None
        if author is None and not page and ";" in line:
            # an abstract's line of authors and then, after a semicolon, their institutions ("Jane Roe, John Doe, Ann Poe;
            # University Hospital, Oslo, Norway; ...")
            author = first_author(line.split(";", 1)[0])
        if author:
            # (a name set in capitals, "JOHN HOLM1, ...", is written as a name: "Holm")
            author = author.title() if author.isupper() else author
            # (up to three lines after the author line or list, not counting blank ones or affiliation marks)
            end = listed[1] if listed else at
            ahead = [j for j in range(end + 1, len(lines)) if not _LIST_MARKS.fullmatch(lines[j])][:_YEAR_LINES - 1]
            end = ahead[-1] if ahead else end
            # (not the date an author manuscript was deposited: "Author manuscript; available in PMC: 2017 Aug 7.")
            # (nor a year an abstract's prose gives, "patients treated from 2001 to 2016", when the abstract follows the
            # author line closely)
            years = _YEAR.findall("\n".join(line for line in lines[:end + 1]
                                            if not _DEPOSITED.search(line) and not _PROSE.search(line)))
            return at, author, (years[0] if years else _published_year(text))
    return _news_lead(lines)


def news_lead(text: str) -> tuple[int, str, str | None] | None:
    """:func:`byline_at` of a news report that names the lead author of the one article it reports (None for any other
    text): the study the report speaks of throughout."""
    return _news_lead(LINE_END.split(text, HEAD_LINES)[:HEAD_LINES])


def _news_lead(lines: list[str]) -> tuple[int, str, str | None] | None:
    """A news report's lead author of the article it reports, with the year of its date line or of the article's
    journal citation: only one author so named and one year so given, else none (or no year)."""
    leads = [(at, m.group("surname")) for at, line in enumerate(lines)
             for m in (*_LEAD_AUTHOR.finditer(line), *_LEAD_INVESTIGATOR.finditer(line))]
    if not leads or len({surname for _, surname in leads}) > 1:
        return None
    years = {m.group("year") for line in lines for m in (_DATE_LINE.fullmatch(line.strip()),) if m} | \
        {m.group("year") for line in lines for m in _JOURNAL_CITATION.finditer(line)} | \
        {m.group("year") or m.group("year2") for line in lines for m in _MEETING_YEAR.finditer(line)}
    return leads[0][0], leads[0][1], (years.pop() if len(years) == 1 else None)


# searched in most sentences, which hold none of their words (builders/prefilter.py)
_LEAD_AUTHOR, _LEAD_INVESTIGATOR = (prefiltered(p) for p in (_LEAD_AUTHOR, _LEAD_INVESTIGATOR))
